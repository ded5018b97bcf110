/**
 * The GitHub Action: inputs → Settings → engine → outputs, job summary, annotations, artifact, exit code.
 * Thin on purpose: everything that judges lives in the engine.
 */
import * as core from '@actions/core'
import { existsSync, readFileSync } from 'node:fs'
import { isAbsolute, join, relative } from 'node:path'
import { runGate, type GateRun } from './engine.js'
import { parseBoolean, parseMode, parsePrNumber, parseRepository, SettingsError, timeoutFromEnv, type Settings } from './settings.js'

export function settingsFromInputs(env: NodeJS.ProcessEnv = process.env): Settings {
  const token = core.getInput('github-token').trim()
  if (token) core.setSecret(token)
  const workspace = env.GITHUB_WORKSPACE || process.cwd()
  const eventName = env.GITHUB_EVENT_NAME ?? ''
  let eventPayload: Record<string, unknown> = {}
  const eventPath = env.GITHUB_EVENT_PATH
  if (eventPath && existsSync(eventPath)) {
    try {
      eventPayload = JSON.parse(readFileSync(eventPath, 'utf8')) as Record<string, unknown>
    } catch (error) {
      throw new SettingsError(`GITHUB_EVENT_PATH (${eventPath}) is not valid JSON: ${(error as Error).message}`)
    }
  }
  const evidenceInput = core.getInput('evidence-dir').trim() || 'compliance-evidence'
  const evidenceDir = isAbsolute(evidenceInput) ? evidenceInput : join(workspace, evidenceInput)
  const policyInput = core.getInput('policy').trim()
  return {
    token: token || null,
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    repository: parseRepository(env.GITHUB_REPOSITORY ?? ''),
    eventName,
    eventPayload,
    prNumber: parsePrNumber(core.getInput('pr-number')),
    policyPath: policyInput || null,
    workspace,
    checkoutDir: existsSync(join(workspace, '.git')) ? workspace : null,
    evidenceDir,
    mode: parseMode(core.getInput('mode')),
    httpTimeoutMs: timeoutFromEnv(env),
    selfCheckNames: [env.GITHUB_JOB, 'compliance-gate'].filter((s): s is string => Boolean(s))
  }
}

export function annotate(run: GateRun, workspace: string): void {
  let emitted = 0
  for (const verdict of run.results.verdicts) {
    if (verdict.status !== 'fail' && verdict.status !== 'not_verified') continue
    for (const finding of verdict.findings) {
      if (!finding.location || (finding.status !== 'fail' && finding.status !== 'not_verified')) continue
      if (emitted >= 50) break
      const props = {
        title: `${verdict.control}${finding.rule ? ` (${finding.rule})` : ''}`,
        file: isAbsolute(finding.location.path) ? relative(workspace, finding.location.path) : finding.location.path,
        startLine: finding.location.line,
        startColumn: finding.location.column,
        endLine: finding.location.end_line
      }
      const message = finding.remedy ? `${finding.message}\n${finding.remedy}` : finding.message
      if (finding.status === 'fail' && verdict.effect === 'blocking') core.error(message, props)
      else core.warning(message, props)
      emitted++
    }
  }
}

async function uploadArtifact(run: GateRun, retentionDays: number | undefined): Promise<void> {
  if (!process.env.ACTIONS_RUNTIME_TOKEN || !process.env.ACTIONS_RESULTS_URL) {
    core.notice(`Artifact upload skipped: the runner gave no artifact service (ACTIONS_RUNTIME_TOKEN/ACTIONS_RESULTS_URL). The evidence is at ${run.bundle.dir}.`)
    return
  }
  try {
    const { DefaultArtifactClient } = await import('@actions/artifact')
    const client = new DefaultArtifactClient()
    const files = run.bundle.manifest.files.map(f => join(run.bundle.dir, f.path)).concat(join(run.bundle.dir, 'manifest.json'))
    const name = `compliance-evidence-${run.bundle.dir.split(/[\\/]/).pop()}`
    const uploaded = await client.uploadArtifact(name, files, run.bundle.dir, retentionDays ? { retentionDays } : {})
    core.info(`Evidence uploaded as artifact '${name}' (id ${uploaded.id ?? 'unknown'}).`)
  } catch (error) {
    core.warning(`Evidence artifact upload failed: ${(error as Error).message}. The bundle is still at ${run.bundle.dir}.`)
  }
}

export async function run(): Promise<void> {
  let settings: Settings
  try {
    settings = settingsFromInputs()
  } catch (error) {
    core.setOutput('result', 'error')
    core.setFailed((error as Error).message)
    return
  }
  let uploadWanted: boolean
  let retentionDays: number | undefined
  try {
    uploadWanted = parseBoolean('upload-artifact', core.getInput('upload-artifact'), true)
    const r = core.getInput('retention-days').trim()
    if (r && !/^\d+$/.test(r)) throw new SettingsError(`Input 'retention-days' must be a whole number of days, got '${r}'.`)
    retentionDays = r ? Number(r) : undefined
  } catch (error) {
    core.setOutput('result', 'error')
    core.setFailed((error as Error).message)
    return
  }

  const gate = await runGate(settings, { log: m => core.info(m) })
  const { results, bundle } = gate
  core.setOutput('result', results.result)
  core.setOutput('failed-controls', results.failed_controls.join(','))
  core.setOutput('not-verified-controls', results.not_verified_controls.join(','))
  core.setOutput('evidence-path', bundle.dir)
  core.setOutput('manifest-sha256', bundle.manifestSha256)
  annotate(gate, settings.workspace)
  try {
    await core.summary.addRaw(gate.summary + `\nEvidence: \`${bundle.dir}\` · manifest sha256 \`${bundle.manifestSha256}\`\n`).write()
  } catch (error) {
    core.warning(`Job summary not written: ${(error as Error).message}`)
  }
  if (uploadWanted) await uploadArtifact(gate, retentionDays)
  for (const w of results.warnings) core.warning(w)
  core.info(`compliance-gate: ${results.result} (${results.counts.pass} pass, ${results.counts.fail} fail, ${results.counts.not_verified} not verified). Evidence: ${bundle.dir}`)
  if (results.result === 'error') {
    core.setFailed(`compliance-gate could not judge this change:\n${results.errors.join('\n')}`)
  } else if (results.result === 'fail') {
    const message = `compliance-gate failed: ${[...new Set([...results.verdicts.filter(v => v.effect === 'blocking').map(v => v.control)])].join(', ')}`
    if (settings.mode === 'enforce') core.setFailed(message)
    else core.warning(`${message} (report mode: the job is not failed)`)
  }
}
