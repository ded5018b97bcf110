/**
 * The engine: settings → collect → evaluate → evidence. Used by the action and the CLI alike.
 * Evidence is always written, also when the policy is invalid, the event unsupported or the API failing.
 */
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { isAbsolute, join } from 'node:path'
import { collect, emptyRecord } from './collect/collector.js'
import type { ExtraCollector } from './collect/context.js'
import type { GitHubApi } from './collect/github/api.js'
import { createGitHubApi } from './collect/github/client.js'
import { targetFromEvent, type Target } from './collect/target.js'
import { EXTRA_COLLECTORS } from './collect/index.js'
import { CONTROLS } from './controls/index.js'
import type { Control } from './controls/types.js'
import { evaluate, summarize, type Evaluation, type VerdictAdjuster } from './evaluate/evaluate.js'
import { ADJUSTERS } from './evaluate/adjusters.js'
import { writeBundle, type Results, type WrittenBundle } from './evidence/bundle.js'
import type { ApiCall, ChangeRecord } from './model/record.js'
import { DEFAULT_POLICY_TEXT } from './policy/default-policy.generated.js'
import { PolicyError, resolvePolicy, type ResolvedPolicy } from './policy/load.js'
import { renderSummary } from './report/summary.js'
import { DEFAULT_POLICY_PATH, type Settings } from './settings.js'
import { TOOL_NAME, TOOL_VERSION } from './version.js'

export interface GateRun {
  record: ChangeRecord
  policy: ResolvedPolicy | null
  results: Results
  summary: string
  bundle: WrittenBundle
}

export interface EngineDeps {
  /** Inject an API (tests, demo); default: Octokit on settings.apiUrl. */
  api?: GitHubApi | null
  apiCalls?: ApiCall[]
  controls?: readonly Control<any>[]
  collectors?: readonly ExtraCollector[]
  adjusters?: readonly VerdictAdjuster[]
  defaultPolicyText?: string
  now?: () => Date
  log?: (message: string) => void
}

export async function loadPolicy(
  settings: Pick<Settings, 'policyPath' | 'workspace'>,
  controls: readonly Control<any>[],
  defaultText: string
): Promise<ResolvedPolicy> {
  let user: { text: string; path: string } | undefined
  if (settings.policyPath) {
    const full = isAbsolute(settings.policyPath) ? settings.policyPath : join(settings.workspace, settings.policyPath)
    let text: string
    try {
      text = await readFile(full, 'utf8')
    } catch (error) {
      throw new PolicyError([
        { file: settings.policyPath, line: 0, column: 0, key: '', message: `cannot read the policy file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` }
      ])
    }
    user = { text, path: settings.policyPath }
  } else {
    const candidate = join(settings.workspace, DEFAULT_POLICY_PATH)
    if (existsSync(candidate)) user = { text: await readFile(candidate, 'utf8'), path: DEFAULT_POLICY_PATH }
  }
  return resolvePolicy(controls, defaultText, user)
}

export async function runGate(settings: Settings, deps: EngineDeps = {}): Promise<GateRun> {
  const controls = deps.controls ?? CONTROLS
  const collectors = deps.collectors ?? EXTRA_COLLECTORS
  const adjusters = deps.adjusters ?? ADJUSTERS
  const now = deps.now ?? (() => new Date())
  const log = deps.log ?? (() => undefined)
  const calls: ApiCall[] = deps.apiCalls ?? []
  const errors: string[] = []

  let policy: ResolvedPolicy | null = null
  try {
    policy = await loadPolicy(settings, controls, deps.defaultPolicyText ?? DEFAULT_POLICY_TEXT)
  } catch (error) {
    errors.push(error instanceof PolicyError ? `Invalid policy:\n${error.message}` : `Policy could not be loaded: ${(error as Error).message}`)
  }

  let target: Target | null = null
  try {
    target = targetFromEvent(settings.eventName, settings.eventPayload, settings.repository, settings.prNumber)
  } catch (error) {
    errors.push((error as Error).message)
  }

  let record: ChangeRecord
  if (target) {
    let api: GitHubApi | null = null
    let apiUnavailableReason: { reason: string; remedy: string } | undefined
    if (deps.api !== undefined) {
      api = deps.api
    } else if (settings.token) {
      api = createGitHubApi({ token: settings.token, baseUrl: settings.apiUrl, timeoutMs: settings.httpTimeoutMs, calls, log, userAgent: `${TOOL_NAME}/${TOOL_VERSION}` })
    } else {
      apiUnavailableReason = {
        reason: 'No GitHub token was given, so no fact could be read from the GitHub API.',
        remedy: 'Set the github-token input (default `${{ github.token }}`) or GITHUB_TOKEN for the CLI.'
      }
      errors.push('No GitHub token: set the github-token input (its default is ${{ github.token }}) or GITHUB_TOKEN for the CLI.')
    }
    const enabledControls = new Set(policy ? Object.entries(policy.controls).filter(([, c]) => c.enabled).map(([id]) => id) : [])
    const params = new Map(policy ? Object.entries(policy.controls).map(([id, c]) => [id, c.params]) : [])
    try {
      const collected = await collect({
        target,
        api,
        apiUnavailableReason,
        checkoutDir: settings.checkoutDir,
        params,
        enabledControls,
        extraCollectors: collectors,
        selfCheckNames: settings.selfCheckNames,
        apiCalls: calls,
        now
      })
      record = collected.record
      errors.push(...collected.fatal)
    } catch (error) {
      record = emptyRecord(target, calls, now())
      record.errors.push({ stage: 'collect', message: (error as Error)?.stack ?? String(error) })
      errors.push(`Collecting facts failed: ${(error as Error)?.message ?? String(error)}`)
    }
  } else {
    const fallback: Target = {
      owner: settings.repository.owner,
      repo: settings.repository.repo,
      kind: 'pull_request',
      prNumber: settings.prNumber,
      headSha: null,
      baseRef: null,
      mergeSha: null,
      event: { name: settings.eventName },
      pushedCommits: []
    }
    record = emptyRecord(fallback, calls, now())
  }

  let evaluation: Evaluation
  if (policy) {
    evaluation = evaluate(controls, policy, record, adjusters, errors)
  } else {
    evaluation = summarize([], errors)
  }
  const pr = record.pull_request.value
  const results: Results = {
    $schema: 'https://compliance-gate.dev/schemas/results/v1.json',
    bundle_version: 1,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    mode: settings.mode,
    evaluated_at: now().toISOString(),
    subject: { ...record.subject, repository: record.repository.full_name, pull_request: pr?.number ?? settings.prNumber ?? null },
    errors,
    ...evaluation
  }
  const summary = renderSummary(record, results)
  const bundle = await writeBundle(settings.evidenceDir, { record, policy, results, summary })
  return { record, policy, results, summary, bundle }
}
