/**
 * The GitHub Action: inputs → Settings → reporters start → engine → reporters → exit code.
 * Thin on purpose: everything that judges lives in the engine, every output channel in src/report/.
 */
import { existsSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { isAbsolute, join } from 'node:path'
import { discardEarly, earlyToken } from './collect/git/run.js'
import { targetFromEvent } from './collect/target.js'
import { runGate, type GateRun } from './engine.js'
import { plain } from './evidence/escape.js'
import { actionReporters, publishReporters } from './report/index.js'
import { reportApi } from './report/github.js'
import { runReporters, startReporters } from './report/run.js'
import type { ReporterIo, SharedReportState } from './report/types.js'
import {
  parseBoolean,
  parseCommentMode,
  parseMode,
  parsePrNumber,
  parseRepository,
  parseRetentionDays,
  parseSignMode,
  retryBaseFromEnv,
  parseTimeoutMinutes,
  timeoutFromEnv,
  workflowRunFromEnv,
  type Settings
} from './settings.js'
import * as runner from './workflow-commands.js'

/** Every input of action.yml, read once, here. */
export function settingsFromInputs(env: NodeJS.ProcessEnv = process.env): Settings {
  const token = runner.getInput('github-token').trim()
  if (token) runner.setSecret(token)
  const workspace = env.GITHUB_WORKSPACE || process.cwd()
  const eventName = env.GITHUB_EVENT_NAME ?? ''
  let eventPayload: Record<string, unknown> = {}
  let eventError: string | null = null
  const eventPath = env.GITHUB_EVENT_PATH
  if (eventPath && existsSync(eventPath)) {
    // A bad event file is the run's error, not a reason to skip the evidence: the engine records it.
    try {
      const parsed: unknown = JSON.parse(readFileSync(eventPath, 'utf8'))
      if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) eventPayload = parsed as Record<string, unknown>
      else
        eventError = `GITHUB_EVENT_PATH (${eventPath}) holds ${parsed === null ? 'null' : Array.isArray(parsed) ? 'a JSON array' : `a JSON ${typeof parsed}`}, not an event object.`
    } catch (error) {
      eventError = `GITHUB_EVENT_PATH (${eventPath}) is not valid JSON: ${(error as Error).message}`
    }
  }
  const evidenceInput = runner.getInput('evidence-dir').trim() || 'compliance-evidence'
  const evidenceDir = isAbsolute(evidenceInput) ? evidenceInput : join(workspace, evidenceInput)
  const policyInput = runner.getInput('policy').trim()
  const signingKey = runner.getInput('signing-key').trim()
  if (signingKey) {
    runner.setSecret(signingKey)
    // A multi-line secret is masked line by line too (the PEM armour lines are not secret).
    for (const line of signingKey.split(/\r?\n/)) if (line.trim() && !line.startsWith('-----')) runner.setSecret(line.trim())
  }
  const publishBundle = runner.getInput('publish-bundle').trim()
  return {
    token: token || null,
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    repository: parseRepository(env.GITHUB_REPOSITORY ?? ''),
    eventName,
    eventPayload,
    eventError,
    prNumber: parsePrNumber(runner.getInput('pr-number')),
    policyPath: policyInput || null,
    workspace,
    checkoutDir: existsSync(join(workspace, '.git')) ? workspace : null,
    evidenceDir,
    evidenceFallbackDir: env.RUNNER_TEMP || tmpdir(),
    mode: parseMode(runner.getInput('mode')),
    httpTimeoutMs: timeoutFromEnv(env),
    retryAfterBaseMs: retryBaseFromEnv(env),
    selfCheckNames: [env.GITHUB_JOB, 'compliance-gate'].filter((s): s is string => Boolean(s)),
    run: workflowRunFromEnv(env),
    timeoutMinutes: parseTimeoutMinutes(runner.getInput('timeout-minutes')),
    report: {
      uploadArtifact: parseBoolean('upload-artifact', runner.getInput('upload-artifact'), true),
      retentionDays: parseRetentionDays(runner.getInput('retention-days')),
      checkRun: parseBoolean('check-run', runner.getInput('check-run'), false),
      comment: parseCommentMode(runner.getInput('comment')),
      sarif: parseBoolean('sarif', runner.getInput('sarif'), false),
      publishBundle: publishBundle ? (isAbsolute(publishBundle) ? publishBundle : join(workspace, publishBundle)) : null
    },
    signing: {
      mode: parseSignMode(runner.getInput('sign')),
      keyPem: signingKey || null,
      storeAttestation: parseBoolean('store-attestation', runner.getInput('store-attestation'), false)
    }
  }
}

/** The runner as reporters see it. */
export function runnerIo(env: NodeJS.ProcessEnv = process.env): ReporterIo {
  return {
    info: m => runner.info(m),
    notice: (m, p) => runner.notice(m, p),
    warning: (m, p) => runner.warning(m, p),
    error: (m, p) => runner.error(m, p),
    setOutput: (n, v) => runner.setOutput(n, v),
    appendSummary: text => runner.appendSummary(text),
    env
  }
}

/** The exit: error fails the step; fail fails it in enforce mode only. Reporters never decide this. */
export function finish(gate: GateRun, settings: Settings): void {
  const { results, bundle } = gate
  runner.info(
    `compliance-gate: ${results.result} (${results.counts.pass} pass, ${results.counts.fail} fail, ${results.counts.not_verified} not verified). Evidence: ${bundle.dir}`
  )
  if (results.result === 'error') {
    runner.setFailed(
      `compliance-gate could not judge this change:\n${results.errors
        .map(e =>
          e
            .split('\n')
            .map(line => plain(line))
            .join('\n')
        )
        .join('\n')}`
    )
  } else if (results.result === 'fail') {
    const message = `compliance-gate failed: ${[...new Set([...results.verdicts.filter(v => v.effect === 'blocking').map(v => v.control)])].join(', ')}`
    if (settings.mode === 'enforce') runner.setFailed(message)
    else runner.warning(`${message} (report mode: the job is not failed)`)
  }
}

export async function run(): Promise<GateRun | undefined> {
  let settings: Settings
  try {
    settings = settingsFromInputs()
  } catch (error) {
    runner.setOutput('result', 'error')
    runner.setFailed((error as Error).message)
    return
  }
  const io = runnerIo()
  const shared: SharedReportState = {}
  if (settings.report?.publishBundle) {
    await publish(settings, settings.report.publishBundle, io, shared)
    return undefined
  }
  const reporters = actionReporters(settings)
  let gate: GateRun
  try {
    startCheckoutEarly(settings)
    await startReporters(reporters, { settings, io, shared })
    gate = await runGate(settings, { log: m => runner.info(plain(m)) })
  } finally {
    await discardEarly()
  }
  await runReporters(reporters, { settings, run: gate, io, shared })
  finish(gate, settings)
  return gate
}

/**
 * A pull request's checkout commands (its files, commit count and diff) started now, from the event's commits,
 * for the collectors to take when they ask for the same commits (src/collect/git/early.ts). Anything unusual
 * (another pull request named by input, a payload without commits, no checkout) starts nothing.
 */
function startCheckoutEarly(settings: Settings): void {
  if (!settings.checkoutDir || settings.eventError || settings.prNumber !== null) return
  const checkout = settings.checkoutDir
  let target: ReturnType<typeof targetFromEvent>
  try {
    target = targetFromEvent(settings.eventName, settings.eventPayload, settings.repository)
  } catch {
    return
  }
  const { baseSha, headSha } = target
  if (target.kind !== 'pull_request' || !baseSha || !headSha) return
  const token = earlyToken()
  void import('./collect/git/early.js').then(m => m.startChangeEarly(checkout, baseSha, headSha, token)).catch(() => undefined)
}

/**
 * Publish mode (the workflow_run half of the fork pattern): verify the downloaded bundle, refuse it unless it
 * judges the triggering PR's head, then run the publishing reporters. The step fails only when the bundle is
 * refused; the gate's verdict travels in the check run's conclusion and the `result` output.
 */
async function publish(settings: Settings, dir: string, io: ReporterIo, shared: SharedReportState): Promise<void> {
  const repository = `${settings.repository.owner}/${settings.repository.repo}`
  // Publish mode only: verifying a bundle needs the controls and the evaluation, which a gate run loads later.
  const { expectationFromEvent, loadBundleForPublish, PublishRefused } = await import('./report/publish.js')
  let gate: GateRun
  try {
    gate = await loadBundleForPublish(dir, expectationFromEvent(settings.eventName, settings.eventPayload, repository), reportApi(settings))
  } catch (error) {
    runner.setOutput('result', 'error')
    runner.setFailed(
      error instanceof PublishRefused
        ? `compliance-gate refuses to publish ${plain(dir)}:\n${error.problems.map(p => `- ${plain(p, 1000)}`).join('\n')}`
        : `compliance-gate could not publish ${plain(dir)}: ${plain((error as Error).message)}`
    )
    return
  }
  await runReporters(publishReporters(settings), { settings, run: gate, io, shared })
  runner.info(`compliance-gate: published the verified bundle ${dir} (${gate.results.result}) for ${gate.record.subject.head_sha}.`)
}
