/**
 * The engine, one straight pipeline used by the action, the CLI and the audit command alike:
 *
 *   read the pull request → choose the policy (at the base commit) → plan the fact groups the enabled
 *   controls need → collect them → evaluate (pure) → results → evidence bundle
 *
 * `judgeChange` judges one change in-process and can be called many times with shared deps (one API
 * client, per-commit file caches); `runGate` is one judged change written as an evidence bundle.
 * Evidence is always written, also when the policy is invalid, the event unsupported or the API failing.
 */
import { createGitHubApi } from './collect/github/client.js'
import type { GitHubApi } from './collect/github/api.js'
import { readPullLists, readPullRequest, emptyRecord, type CoreCollection } from './collect/collector.js'
import { needsByGroup, type CollectContext, type FactCollectors } from './collect/context.js'
import { FACT_COLLECTORS } from './collect/index.js'
import { whenRequestSent } from './collect/github/sent.js'
import { createFileReader, type FileReader } from './collect/read-at.js'
import { targetFromEvent, type Target } from './collect/target.js'
import type { Control } from './controls/types.js'
import type { Evaluation, VerdictAdjuster } from './evaluate/evaluate.js'
import type { Results, WrittenBundle } from './evidence/bundle.js'
import type { FactGroupName, FactGroups } from './model/facts/index.js'
import { unavailable, type ApiCall, type ChangeRecord, type RunFacts } from './model/record.js'
import type { PolicyChoice, PolicyRequest } from './policy/choose.js'
import { cleanPolicyPath, DEFAULT_POLICY_PATH } from './policy/path.js'
import type { ResolvedPolicy } from './policy/load.js'
import type { Settings } from './settings.js'
import { TOOL_NAME, TOOL_VERSION } from './version.js'

type EngineParts = typeof import('./engine-parts.js')
let partsLoading: Promise<EngineParts> | null = null
/** The policy, controls, evaluation and bundle writer, loaded on demand (see src/engine-parts.ts). */
function engineParts(): Promise<EngineParts> {
  return (partsLoading ??= import('./engine-parts.js'))
}

/** Resolves once a request is on the wire (or `settled` settles first: no request is sent, or it failed before). */
function requestSent(settled: Promise<unknown>): Promise<void> {
  let cancel = (): void => undefined
  const sent = new Promise<void>(resolve => (cancel = whenRequestSent(resolve)))
  // Settled without a request on the wire: the subscriber is removed, not left for a later request.
  const over = settled.then(cancel, cancel)
  return Promise.race([sent, over])
}

export interface GateRun {
  record: ChangeRecord
  policy: ResolvedPolicy | null
  results: Results
  summary: string
  bundle: WrittenBundle
  /** True when the run-wide deadline cut collection short (the caller should exit once reporters ran). */
  timedOut: boolean
}

export interface EngineDeps {
  /** Inject an API (tests, demo, audit); default: Octokit on settings.apiUrl. */
  api?: GitHubApi | null
  apiCalls?: ApiCall[]
  controls?: readonly Control<any>[]
  collectors?: FactCollectors
  adjusters?: readonly VerdictAdjuster[]
  defaultPolicyText?: string
  now?: () => Date
  log?: (message: string) => void
  /** Shared across judged changes: file reads per (commit, path) and memoised look-ups (branch rules, teams). */
  caches?: SharedCaches
}

/** Caches a caller judging many changes passes to every judgeChange (the audit command). */
export interface SharedCaches {
  readers: Map<string, FileReader>
  memo: Map<string, Promise<unknown>>
}

export function createSharedCaches(): SharedCaches {
  return { readers: new Map(), memo: new Map() }
}

/** What judgeChange needs besides the target: everything else comes from deps. */
export interface JudgeRequest {
  /** The action's `policy` input: a repository path read at the base commit; null: the default path. */
  policyPath: string | null
  /** The CLI's `--policy FILE`: the user's own local file. */
  localPolicyFile?: string | null
  checkoutDir: string | null
  selfCheckNames: string[]
  mode: Settings['mode']
  run?: RunFacts
  /** Epoch ms after which collection stops, the rest is not verified and the result is error. */
  deadline?: number | null
  /** Why there is no API, when deps.api is null: recorded per fact, and `error` once as the run's error. */
  apiUnavailableReason?: { reason: string; remedy: string; error: string }
}

export interface JudgedChange {
  record: ChangeRecord
  policy: ResolvedPolicy | null
  results: Results
  timedOut: boolean
}

const DEADLINE = Symbol('deadline')

/** The record's groups still unread when the deadline passed: unread for want of time, not of a permission, and said so. */
function markUnread(record: ChangeRecord): void {
  const late = unavailable({ reason: 'not read before the run-wide deadline (timeout-minutes)', remedy: 'Raise timeout-minutes or re-run.' })
  const groups = record as unknown as Record<string, unknown>
  for (const [key, group] of Object.entries(groups))
    if (group !== null && typeof group === 'object' && (group as { state?: unknown }).state === 'not_collected') groups[key] = late
}

/** Resolve `work`, or DEADLINE once the deadline passes (work goes on in the background, unawaited). */
function beforeDeadline<T>(work: Promise<T>, deadline: number | null | undefined): Promise<T | typeof DEADLINE> {
  if (!deadline) return work
  const left = deadline - Date.now()
  if (left <= 0) return Promise.resolve(DEADLINE)
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<typeof DEADLINE>(resolve => {
    timer = setTimeout(() => resolve(DEADLINE), left)
    timer.unref?.()
  })
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer))
}

/** The fact groups the enabled controls need, in collection order. */
export function planFacts(controls: readonly Control<any>[], policy: ResolvedPolicy): FactGroupName[] {
  const needed = new Set<FactGroupName>()
  for (const control of controls) if (policy.controls[control.meta.id]?.enabled) for (const group of control.meta.needs) needed.add(group)
  return [...needed]
}

function readerFor(caches: SharedCaches, target: Target, api: GitHubApi | null, checkoutDir: string | null): FileReader {
  const key = `${target.owner}/${target.repo}\u0000${checkoutDir ?? ''}`
  let reader = caches.readers.get(key)
  if (!reader) caches.readers.set(key, (reader = createFileReader({ owner: target.owner, repo: target.repo, checkoutDir, api })))
  return reader
}

/** The commit a change builds on, where its judging policy is read. */
function policyCommit(record: ChangeRecord, target: Target): { sha: string; role: 'base' | 'before' } | null {
  if (target.kind === 'push') {
    const before = record.event.before
    if (before && !/^0+$/.test(before)) return { sha: before, role: 'before' }
    // A new branch: no commit before the push. The merged PR's base, when one was found, else unknown.
    return record.subject.base_sha ? { sha: record.subject.base_sha, role: 'base' } : null
  }
  const sha = target.baseSha ?? record.subject.base_sha
  return sha ? { sha, role: 'base' } : null
}

/** Judge one change: collect its facts, choose its policy, evaluate. No bundle is written here. */
export async function judgeChange(target: Target, request: JudgeRequest, deps: EngineDeps = {}): Promise<JudgedChange> {
  const collectors = deps.collectors ?? FACT_COLLECTORS
  const now = deps.now ?? (() => new Date())
  const calls: ApiCall[] = deps.apiCalls ?? []
  const caches = deps.caches ?? createSharedCaches()
  const api = deps.api ?? null
  const errors: string[] = []
  let timedOut = false
  const deadlineMessage =
    'The run-wide deadline (timeout-minutes) was reached before every fact was read; what was not read is not verified. Raise timeout-minutes or re-run.'

  // 1. The pull request (on a push: the pushed commits and the merged PR holding them). When the event names
  // the base commit (a pull request's base SHA), its policy is read at the same time: one round trip, not two.
  // The rest of the engine (policy loader, controls, evaluation) is loaded and compiled once the first request is
  // on the wire, while GitHub answers, rather than before it is sent (src/engine-parts.ts); the policy file's
  // read does not wait for it, only its parsing does.
  const pending = readPullRequest({ target, api, apiUnavailableReason: request.apiUnavailableReason, apiCalls: calls, now })
  const reader = readerFor(caches, target, api, request.checkoutDir)
  const eventCommit = target.kind !== 'push' && target.baseSha ? { sha: target.baseSha, role: 'base' as const } : null
  // The policy file at the event's base commit is read beside the pull request, in the same round trip; the
  // reader keeps the answer for choosePolicy (the same ref and path), which parses it once the loader is loaded.
  const prefetchPath = cleanPolicyPath(request.policyPath ?? DEFAULT_POLICY_PATH)
  if (eventCommit && prefetchPath && !request.localPolicyFile) reader.readAt(eventCommit.sha, prefetchPath).catch(() => undefined)
  const sent = requestSent(pending)
  const parts = sent.then(engineParts)
  parts.catch(() => undefined)
  const choose = (commit: PolicyRequest['commit']): Promise<{ choice: PolicyChoice } | { error: unknown }> =>
    parts
      .then(({ CONTROLS, DEFAULT_POLICY_TEXT, choosePolicy }) =>
        choosePolicy({
          controls: deps.controls ?? CONTROLS,
          defaultText: deps.defaultPolicyText ?? DEFAULT_POLICY_TEXT,
          repoPath: request.policyPath,
          localFile: request.localPolicyFile ?? null,
          commit,
          reader
        })
      )
      .then(
        choice => ({ choice }),
        (error: unknown) => ({ error })
      )
  const earlyChoice = eventCommit || request.localPolicyFile ? choose(eventCommit) : null
  const first = await beforeDeadline(pending, request.deadline)
  let core: CoreCollection
  if (first === DEADLINE) {
    timedOut = true
    const record = emptyRecord(target, calls, now())
    markUnread(record)
    core = { record, fatal: [deadlineMessage], pullFiles: null, pushedCommits: null, pull: null }
  } else {
    core = first
  }
  const { record } = core
  if (request.run) record.run = request.run
  errors.push(...core.fatal)
  if (!api && request.apiUnavailableReason) errors.push(request.apiUnavailableReason.error)
  // The PR's lists are read as soon as the PR is, also while the engine's parts still load.
  const lists = timedOut ? null : readPullLists(core, api, request.checkoutDir)
  const listed = lists?.listed ?? Promise.resolve()
  const changes = lists?.done ?? Promise.resolve()
  const { CONTROLS, ADJUSTERS, PolicyError, policyEditNote, evaluate, summarize } = await parts
  const controls = deps.controls ?? CONTROLS
  const adjusters = deps.adjusters ?? ADJUSTERS

  // 2. The policy, read at the commit the change builds on (while the PR's lists are read).
  let policy: ResolvedPolicy | null = null
  const commit = policyCommit(record, target)
  // When the change itself could not be read, the policy is still applied where it can be read, so the
  // evidence says which controls could not be judged; its own failure then adds nothing to the one error.
  const fatal = errors.length > 0
  if (!timedOut && (!fatal || commit || request.localPolicyFile)) {
    const sameCommit = earlyChoice && (request.localPolicyFile || (commit && eventCommit && commit.sha === eventCommit.sha && commit.role === eventCommit.role))
    const chosen = await beforeDeadline(sameCommit ? earlyChoice : choose(commit), request.deadline)
    if (chosen === DEADLINE) {
      timedOut = true
      errors.push(deadlineMessage)
    } else if ('choice' in chosen) {
      policy = chosen.choice.policy
      record.policy_origin = chosen.choice.origin
    } else {
      const error = chosen.error
      // After an earlier fatal error a policy that could not be read adds nothing; a local policy file that is
      // invalid is its own problem, said even when GitHub could not be reached.
      if (!fatal || (error instanceof PolicyError && request.localPolicyFile)) {
        errors.push(error instanceof PolicyError ? `Invalid policy:\n${error.message}` : `Policy could not be loaded: ${(error as Error).message}`)
      }
    }
  }

  // 3. Plan and collect the fact groups the enabled controls need.
  const plan = policy && !timedOut ? planFacts(controls, policy) : []
  for (const collector of Object.values(collectors)) if (!plan.includes(collector.group)) collector.unplanned?.()
  if (policy && !timedOut) {
    // Code loaded on demand (the secrets scanner, the IaC parsers) starts loading while the lists are read.
    for (const group of plan) collectors[group].prepare?.()
    const context = (): CollectContext => ({
      owner: target.owner,
      repo: target.repo,
      record,
      api,
      reader,
      checkoutDir: request.checkoutDir,
      selfCheckNames: request.selfCheckNames,
      listedPullFiles: () =>
        listed.then(
          () => core.pullFiles ?? null,
          () => null
        ),
      pushedCommits: core.pushedCommits,
      changes
    })
    type AnyGroup = NonNullable<FactGroups[FactGroupName]>
    const collected = new Map<FactGroupName, AnyGroup>()
    const neededBy = needsByGroup(controls, policy.controls)
    const run = async (group: FactGroupName, ctx: CollectContext) => {
      try {
        collected.set(
          group,
          await (collectors[group] as { collect(c: CollectContext): Promise<AnyGroup> }).collect({ ...ctx, neededBy: neededBy.get(group) ?? [] })
        )
      } catch (error) {
        const message = (error as Error)?.message ?? String(error)
        record.errors.push({ stage: `collect.${group}`, message })
        collected.set(
          group,
          unavailable<never>({ reason: `Collecting ${group} failed: ${message}`, remedy: 'Re-run; if it persists, report it with the evidence bundle.' })
        )
      }
    }
    const early = plan.filter(g => collectors[g].after === 'pull_request')
    const late = plan.filter(g => collectors[g].after === 'changes')
    // Also when the change itself was unread (an error already): each collector reads what it still can (the
    // target branch and head SHA are known from the event) and says why the rest is missing, so the evidence
    // keeps every fact that is known.
    // The groups that need the change's lists start as soon as those are read (the reviewers' permissions may
    // still be on the way), beside the early ones; a group that judges approvers awaits `changes` itself.
    const work = (async () => {
      const earlyCtx = context()
      await Promise.all([
        ...early.map(g => run(g, earlyCtx)),
        changes,
        listed.then(() => {
          const lateCtx = context()
          return Promise.all(late.map(g => run(g, lateCtx)))
        })
      ])
    })()
    if ((await beforeDeadline(work, request.deadline)) === DEADLINE) {
      timedOut = true
      errors.push(deadlineMessage)
      markUnread(record)
    }
    for (const group of plan) {
      const value =
        collected.get(group) ?? unavailable({ reason: 'Not read before the run-wide deadline (timeout-minutes).', remedy: 'Raise timeout-minutes or re-run.' })
      ;(record.facts as Record<FactGroupName, unknown>)[group] = value
    }
    const note = policyEditNote(record.policy_origin!, record.files.value ?? [])
    if (note) policy = { ...policy, notes: [...(policy.notes ?? []), note] }
  } else if (!timedOut) {
    await changes
  }

  // 4. Evaluate (pure) and assemble the results.
  const evaluation: Evaluation = policy ? evaluate(controls, policy, record, adjusters, errors) : summarize([], errors)
  const pr = record.pull_request.value
  const results: Results = {
    $schema: 'https://compliance-gate.dev/schemas/results/v1.json',
    bundle_version: 1,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    mode: request.mode,
    evaluated_at: now().toISOString(),
    subject: { ...record.subject, repository: record.repository.full_name, pull_request: pr?.number ?? record.subject.pull_request_number ?? null },
    errors,
    policy_notes: policy?.notes ?? [],
    ...evaluation
  }
  return { record, policy, results, timedOut }
}

/** The change a run of the action or CLI judges: the CLI's own target, else the triggering event. */
export function targetOf(settings: Settings): Target {
  if (settings.target) return settings.target
  if (settings.eventError) throw new Error(settings.eventError)
  return targetFromEvent(settings.eventName, settings.eventPayload, settings.repository, settings.prNumber)
}

/** Judge the change of a run and write its evidence bundle. */
export async function runGate(settings: Settings, deps: EngineDeps = {}): Promise<GateRun> {
  const now = deps.now ?? (() => new Date())
  const calls: ApiCall[] = deps.apiCalls ?? []
  const log = deps.log ?? (() => undefined)
  const deadline = settings.timeoutMinutes ? Date.now() + settings.timeoutMinutes * 60_000 : null

  let target: Target | null = null
  let targetError: string | null = null
  try {
    target = targetOf(settings)
  } catch (error) {
    targetError = (error as Error).message
  }

  let judged: JudgedChange
  if (target) {
    let api: GitHubApi | null = null
    let apiUnavailableReason: JudgeRequest['apiUnavailableReason']
    if (deps.api !== undefined) {
      api = deps.api
    } else if (settings.token) {
      api = createGitHubApi({
        token: settings.token,
        baseUrl: settings.apiUrl,
        timeoutMs: settings.httpTimeoutMs,
        retryAfterBaseMs: settings.retryAfterBaseMs,
        calls,
        log,
        userAgent: `${TOOL_NAME}/${TOOL_VERSION}`
      })
    } else {
      apiUnavailableReason = {
        reason: 'No GitHub token was given, so no fact could be read from the GitHub API.',
        remedy: 'Set the github-token input (its default is ${{ github.token }}) or GITHUB_TOKEN for the CLI.',
        error: 'No GitHub token: set the github-token input (its default is ${{ github.token }}) or GITHUB_TOKEN for the CLI.'
      }
    }
    try {
      judged = await judgeChange(
        target,
        {
          policyPath: settings.policyPath,
          localPolicyFile: settings.localPolicyFile ?? null,
          checkoutDir: settings.checkoutDir,
          selfCheckNames: settings.selfCheckNames,
          mode: settings.mode,
          run: settings.run,
          deadline,
          apiUnavailableReason
        },
        { ...deps, api, apiCalls: calls }
      )
    } catch (error) {
      const record = emptyRecord(target, calls, now())
      record.errors.push({ stage: 'collect', message: (error as Error)?.stack ?? String(error) })
      judged = await failedJudgement(record, settings, [`Judging the change failed: ${(error as Error)?.message ?? String(error)}`], now)
    }
  } else {
    const fallback: Target = {
      owner: settings.repository.owner,
      repo: settings.repository.repo,
      kind: 'pull_request',
      prNumber: settings.prNumber,
      headSha: null,
      baseRef: null,
      baseSha: null,
      mergeSha: null,
      event: { name: settings.eventName },
      pushedCommits: []
    }
    const record = emptyRecord(fallback, calls, now())
    if (settings.run) record.run = settings.run
    judged = await failedJudgement(record, settings, [targetError ?? 'No change to judge.'], now)
  }
  const { renderSummary, writeBundle } = await engineParts()
  const summary = renderSummary(judged.record, judged.results, { policy: judged.policy })
  const bundle = await writeBundle(
    settings.evidenceDir,
    { record: judged.record, policy: judged.policy, results: judged.results, summary },
    {},
    { workspace: settings.workspace, fallbackDir: settings.evidenceFallbackDir ?? null }
  )
  // A bundle written to the fallback directory says why in its results.json; the run's results say the same.
  const results = bundle.warnings?.length ? { ...judged.results, warnings: [...judged.results.warnings, ...bundle.warnings] } : judged.results
  return { ...judged, results, summary, bundle }
}

async function failedJudgement(record: ChangeRecord, settings: Settings, errors: string[], now: () => Date): Promise<JudgedChange> {
  const { summarize } = await engineParts()
  const results: Results = {
    $schema: 'https://compliance-gate.dev/schemas/results/v1.json',
    bundle_version: 1,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    mode: settings.mode,
    evaluated_at: now().toISOString(),
    subject: { ...record.subject, repository: record.repository.full_name, pull_request: record.subject.pull_request_number ?? settings.prNumber ?? null },
    errors,
    policy_notes: [],
    ...summarize([], errors)
  }
  return { record, policy: null, results, timedOut: false }
}
