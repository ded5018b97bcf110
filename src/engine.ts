/**
 * The engine: settings → collect → evaluate → evidence. Used by the action and the CLI alike.
 * Evidence is always written, also when the policy is invalid, the event unsupported or the API failing.
 */
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { isAbsolute, join, relative, sep } from 'node:path'
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

/** Where the repository's policy file was found, relative to the workspace (null: bundled default only). */
export interface PolicyFile {
  path: string
  relativePath: string | null
}

export async function loadPolicy(
  settings: Pick<Settings, 'policyPath' | 'workspace'>,
  controls: readonly Control<any>[],
  defaultText: string
): Promise<ResolvedPolicy & { file: PolicyFile | null }> {
  let user: { text: string; path: string } | undefined
  let file: PolicyFile | null = null
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
    const rel = relative(settings.workspace, full).split(sep).join('/')
    file = { path: settings.policyPath, relativePath: rel.startsWith('..') || isAbsolute(rel) ? null : rel }
  } else {
    const candidate = join(settings.workspace, DEFAULT_POLICY_PATH)
    if (existsSync(candidate)) {
      user = { text: await readFile(candidate, 'utf8'), path: DEFAULT_POLICY_PATH }
      file = { path: DEFAULT_POLICY_PATH, relativePath: DEFAULT_POLICY_PATH }
    }
  }
  return { ...resolvePolicy(controls, defaultText, user), file }
}

/**
 * A pull request must not judge itself by a policy it edits: when the change touches the policy file, the
 * base commit's copy decides (the bundled default when the base has none). Read from the checkout
 * (`git show <base>:<path>`) or the contents API at the base SHA; never by running anything.
 */
async function policyFromBase(
  file: PolicyFile,
  record: ChangeRecord,
  api: GitHubApi | null,
  checkoutDir: string | null
): Promise<{ text: string | null; ref: string } | { error: string }> {
  const base = record.subject.base_sha
  if (!base || !file.relativePath) return { error: 'the base commit is unknown' }
  if (checkoutDir) {
    try {
      const text = await gitShow(checkoutDir, base, file.relativePath)
      return { text, ref: base }
    } catch {
      // fall through to the API
    }
  }
  if (api) {
    const answer = await api.request<{ content?: string; encoding?: string }>('GET /repos/{owner}/{repo}/contents/{path}', {
      owner: record.repository.owner,
      repo: record.repository.name,
      path: file.relativePath,
      ref: base
    })
    if (answer.ok && typeof answer.data?.content === 'string') return { text: Buffer.from(answer.data.content, 'base64').toString('utf8'), ref: base }
    if (!answer.ok && answer.kind === 'not_found') return { text: null, ref: base }
    return { error: answer.ok ? 'the contents API gave no file content' : `${answer.route} answered ${answer.status ?? 'no response'} (${answer.message})` }
  }
  return { error: 'neither a checkout with the base commit nor the API is available' }
}

function gitShow(cwd: string, sha: string, path: string): Promise<string | null> {
  return new Promise((resolvePromise, reject) => {
    execFile('git', ['-c', 'core.quotepath=off', 'cat-file', '-e', `${sha}^{commit}`], { cwd }, commitError => {
      if (commitError) return reject(commitError as Error)
      execFile('git', ['show', `${sha}:${path}`], { cwd, maxBuffer: 8 * 1024 * 1024, encoding: 'utf8' }, (error, stdout) => {
        if (error) return resolvePromise(null) // the base has no such file
        resolvePromise(stdout)
      })
    })
  })
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
  let policyFile: PolicyFile | null = null
  const defaultPolicyText = deps.defaultPolicyText ?? DEFAULT_POLICY_TEXT
  try {
    const { file, ...resolved } = await loadPolicy(settings, controls, defaultPolicyText)
    policy = resolved
    policyFile = file
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
      api = createGitHubApi({ token: settings.token, baseUrl: settings.apiUrl, timeoutMs: settings.httpTimeoutMs, retryAfterBaseMs: settings.retryAfterBaseMs, calls, log, userAgent: `${TOOL_NAME}/${TOOL_VERSION}` })
    } else {
      apiUnavailableReason = {
        reason: 'No GitHub token was given, so no fact could be read from the GitHub API.',
        remedy: 'Set the github-token input (default `${{ github.token }}`) or GITHUB_TOKEN for the CLI.'
      }
      errors.push('No GitHub token: set the github-token input (its default is ${{ github.token }}) or GITHUB_TOKEN for the CLI.')
    }
    const enabledOf = (p: ResolvedPolicy | null) => new Set(p ? Object.entries(p.controls).filter(([, c]) => c.enabled).map(([id]) => id) : [])
    const paramsOf = (p: ResolvedPolicy | null) => new Map(p ? Object.entries(p.controls).map(([id, c]) => [id, c.params]) : [])
    const enabledControls = enabledOf(policy)
    const params = paramsOf(policy)
    const afterCore = async (core: ChangeRecord) => {
      if (!policy || !policyFile?.relativePath || core.subject.kind === 'push') return
      const rel = policyFile.relativePath
      const edited = (core.files.value ?? []).some(f => f.path === rel || f.previous_path === rel)
      if (!edited) return
      const base = await policyFromBase(policyFile, core, api, settings.checkoutDir)
      if ('error' in base) {
        errors.push(`This change edits the policy file ${rel}, and the base branch's copy could not be read (${base.error}); the gate does not judge a change by a policy the change itself edits.`)
        return
      }
      try {
        const fromBase = resolvePolicy(controls, defaultPolicyText, base.text === null ? undefined : { text: base.text, path: `${rel}@${base.ref.slice(0, 12)}`, ref: base.ref })
        const note =
          base.text === null
            ? `This change adds the policy file ${rel}; it takes effect once merged. Judged by the bundled default policy.`
            : `This change edits the policy file ${rel}; judged by the base commit's copy (${base.ref.slice(0, 12)}). The edit takes effect once merged.`
        policy = { ...fromBase, notes: [...(fromBase.notes ?? []), note] }
      } catch (error) {
        errors.push(`The base branch's copy of the policy file ${rel} is invalid:\n${(error as Error).message}`)
        return
      }
      return { params: paramsOf(policy), enabledControls: enabledOf(policy) }
    }
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
        now,
        afterCore
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
    policy_notes: policy?.notes ?? [],
    ...evaluation
  }
  const summary = renderSummary(record, results, { policy })
  const bundle = await writeBundle(settings.evidenceDir, { record, policy, results, summary }, {}, { workspace: settings.workspace, fallbackDir: settings.evidenceFallbackDir ?? null })
  // A bundle written to the fallback directory says why in its results.json; the run's results say the same.
  if (bundle.warnings?.length) return { record, policy, results: { ...results, warnings: [...results.warnings, ...bundle.warnings] }, summary, bundle }
  return { record, policy, results, summary, bundle }
}
