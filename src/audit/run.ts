/**
 * `compliance-gate audit`: population → sample → re-performance → population/sample files and report.
 * Everything runs in-process on one API client; the engine judges each sampled change.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { GitHubApi } from '../collect/github/api.js'
import { createGitHubApi } from '../collect/github/client.js'
import { CONTROLS } from '../controls/index.js'
import { EMERGENCY_DEFAULTS } from '../controls/change-emergency.js'
import { choosePolicy } from '../policy/choose.js'
import { resolvePolicy } from '../policy/load.js'
import { DEFAULT_POLICY_TEXT } from '../policy/default-policy.generated.js'
import { TOOL_NAME, TOOL_VERSION } from '../version.js'
import { createAuditApi, openCache, type AuditApi } from './api.js'
import type { PopulationMeta } from './meta.js'
import { collectPopulation, validWindow, windowBounds, type ChangeFacts, type PopulationResult, type Window } from './population.js'
import { reperform, type Reperformed } from './reperform.js'
import { defaultSeed, drawSample, sampleSize, sha256Hex, type Drawn, type SampleSpec } from './sample.js'
import { populationCsv, populationRows, sampleCsv, stableStringify, type PopulationRow } from './outputs.js'
import { renderReport } from './report.js'
import { createProgress } from './progress.js'

export interface AuditOptions {
  owner: string
  repo: string
  branch: string
  window: Window
  policyPath: string | null
  workspace: string
  sample: SampleSpec
  seed: string | null
  cacheDir: string | null
  outDir: string
  token: string | null
  apiUrl: string
  httpTimeoutMs: number
  /** Sampled changes judged at once (default 6). */
  concurrency?: number
}

export interface AuditDeps {
  /** Injected API (tests); default: createGitHubApi on apiUrl with the token. */
  api?: GitHubApi
  now?: () => Date
  /** Progress lines (stderr). */
  progress?: (line: string, final?: boolean) => void
  log?: (message: string) => void
}

export interface AuditOutcome {
  exitCode: 0 | 1 | 2
  population: ChangeFacts[]
  sample: Drawn[]
  reperformed: Reperformed[]
  rows: PopulationRow[]
  meta: PopulationMeta | null
  api: AuditApi | null
  error: string | null
  outDir: string
}

export const SAMPLE_ALGORITHM =
  'rank = lower-case hex SHA-256 of the UTF-8 text SEED + ":" + ID; sample = the N lowest ranks. Default SEED = first 16 hex of SHA-256 of the sorted ids joined by "\\n".'

export function auditScope(o: Pick<AuditOptions, 'owner' | 'repo' | 'branch' | 'window' | 'policyPath' | 'sample' | 'seed'>): string {
  return JSON.stringify({ repo: `${o.owner}/${o.repo}`, branch: o.branch, window: o.window, policy: o.policyPath, sample: o.sample, seed: o.seed })
}

async function pool<T, R>(items: T[], limit: number, fn: (item: T, index: number) => Promise<R>, stop: () => boolean): Promise<R[]> {
  const out = new Array<R>(items.length)
  let next = 0
  const workers = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
    while (next < items.length && !stop()) {
      const i = next++
      out[i] = await fn(items[i], i)
    }
  })
  await Promise.all(workers)
  return out
}

export async function runAudit(options: AuditOptions, deps: AuditDeps = {}): Promise<AuditOutcome> {
  const now = deps.now ?? (() => new Date())
  const progress = createProgress(deps.progress ?? (() => undefined))
  const outcome: AuditOutcome = {
    exitCode: 2,
    population: [],
    sample: [],
    reperformed: [],
    rows: [],
    meta: null,
    api: null,
    error: null,
    outDir: options.outDir
  }
  const windowProblem = validWindow(options.window)
  if (windowProblem) return { ...outcome, error: windowProblem }
  if (!deps.api && !options.token)
    return { ...outcome, error: 'No GitHub token: set GITHUB_TOKEN (read access to the repository: contents, pull requests, metadata).' }

  let emergencyLabel = EMERGENCY_DEFAULTS.label
  /** The auditor's policy file as it was read (population.meta.json records it). */
  let policyFileSha256: string | null = null
  try {
    const policy = options.policyPath
      ? (
          await choosePolicy({
            controls: CONTROLS,
            defaultText: DEFAULT_POLICY_TEXT,
            repoPath: null,
            localFile: resolve(options.workspace, options.policyPath),
            commit: null,
            reader: null
          })
        ).policy
      : resolvePolicy(CONTROLS, DEFAULT_POLICY_TEXT)
    policyFileSha256 = options.policyPath ? (policy.sources.find(s => !s.bundled)?.sha256 ?? null) : null
    const label = policy.controls['change.emergency']?.params?.label
    if (typeof label === 'string' && label) emergencyLabel = label
  } catch (error) {
    return { ...outcome, error: `Invalid policy: ${(error as Error).message}` }
  }

  const cache = options.cacheDir ? await openCache(options.cacheDir, auditScope(options)) : null
  const inner =
    deps.api ??
    createGitHubApi({
      token: options.token as string,
      baseUrl: options.apiUrl,
      timeoutMs: options.httpTimeoutMs,
      calls: [],
      log: deps.log,
      userAgent: `${TOOL_NAME}/${TOOL_VERSION}`
    })
  const api = createAuditApi(inner, cache)
  outcome.api = api
  await mkdir(options.outDir, { recursive: true })

  let population: PopulationResult
  try {
    population = await collectPopulation(api, { owner: options.owner, repo: options.repo, branch: options.branch, window: options.window }, e =>
      progress.update(`population: ${e.stage} ${e.done}${e.total !== null ? `/${e.total}` : ''}`, api.budget())
    )
  } catch (error) {
    progress.done()
    const limited = api.rateLimited()
    return { ...outcome, error: `${(error as Error).message}${limited ? ` Re-run with the same --cache after the rate limit resets to continue.` : ''}` }
  }
  outcome.population = population.changes

  const ids = population.changes.map(c => c.id)
  const seed = options.seed ?? defaultSeed(ids)
  const size = sampleSize(ids.length, options.sample)
  const sample = drawSample(ids, size, seed)
  outcome.sample = sample
  deps.log?.(`Population: ${ids.length} changes. Sample: ${size} with seed ${seed}${options.seed ? '' : ' (derived from the population ids)'}.`)

  api.setPhase('reperformance')
  const byId = new Map(population.changes.map(c => [c.id, c]))
  const started = Date.now()
  let done = 0
  let failure: string | null = null
  const reperformed = await pool(
    sample,
    options.concurrency ?? 6,
    async d => {
      const change = byId.get(d.id) as ChangeFacts
      try {
        const r = await reperform(
          change,
          {
            owner: options.owner,
            repo: options.repo,
            branch: options.branch,
            policyPath: options.policyPath,
            workspace: options.workspace,
            evidenceDir: join(options.outDir, 'bundles'),
            originalsDir: join(options.outDir, 'original-bundles'),
            apiUrl: options.apiUrl,
            httpTimeoutMs: options.httpTimeoutMs,
            emergencyLabel
          },
          api,
          { now, log: deps.log }
        )
        if (api.rateLimited())
          failure ??= `GitHub's rate limit was reached while re-performing ${d.id}: ${api.rateLimited()?.message}. Re-run with the same --cache after the limit resets; answers already fetched are not asked again.`
        return r
      } catch (error) {
        failure ??= `Re-performing ${d.id} failed: ${(error as Error).message}`
        return null as unknown as Reperformed
      } finally {
        done++
        const elapsed = (Date.now() - started) / 1000
        const eta = done > 0 ? Math.round((elapsed / done) * (sample.length - done)) : null
        progress.update(`re-performing ${done}/${sample.length} changes${eta !== null ? `, ETA ${eta} s` : ''}`, api.budget())
      }
    },
    () => failure !== null
  )
  progress.done()
  if (failure) return { ...outcome, error: failure }
  outcome.reperformed = reperformed

  const rows = populationRows(population.changes, sample, reperformed, emergencyLabel)
  outcome.rows = rows
  const { start, end } = windowBounds(options.window)
  const populationJson = stableStringify({
    schema: 'https://compliance-gate.dev/schemas/audit-population/v1.json',
    repository: `${options.owner}/${options.repo}`,
    branch: options.branch,
    window: { from: options.window.from, to: options.window.to },
    changes: rows
  })
  const byKind: Record<string, number> = { pr: 0, 'direct-push': 0 }
  for (const c of population.changes) byKind[c.kind] = (byKind[c.kind] ?? 0) + 1
  const meta: PopulationMeta = {
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    repository: `${options.owner}/${options.repo}`,
    branch: options.branch,
    window: { from: options.window.from, to: options.window.to, start, end, timezone: 'UTC', inclusive: true },
    queries: population.queries,
    counts: { total: population.changes.length, by_kind: byKind },
    listed_commits: population.listedCommits,
    scanned_pull_requests: population.scannedPulls,
    association_lookups: population.lookups,
    commits_of_prs_merged_outside_window: population.outsideWindow,
    commits_of_prs_merged_into_other_branches: population.otherBranch,
    api: {
      population: api.counters.population,
      reperformance: api.counters.reperformance,
      population_calls_per_change: population.changes.length ? Number((api.counters.population.network / population.changes.length).toFixed(3)) : 0,
      budget_left: api.budget()
    },
    sample: {
      spec: options.sample.kind === 'count' ? String(options.sample.n) : options.sample.kind,
      size,
      seed,
      seed_source: options.seed ? 'given' : 'population ids',
      algorithm: SAMPLE_ALGORITHM
    },
    policy: options.policyPath
      ? { file: options.policyPath, sha256: policyFileSha256, judged_by: 'file' }
      : { file: null, sha256: null, judged_by: 'each change base commit policy' },
    hashed_file: 'population.json',
    population_sha256: sha256Hex(populationJson),
    cache: { dir: options.cacheDir, resumed: cache?.resumed ?? false },
    generated_at: now().toISOString()
  }
  outcome.meta = meta
  await writeFile(join(options.outDir, 'population.json'), populationJson)
  await writeFile(join(options.outDir, 'population.csv'), populationCsv(rows))
  await writeFile(join(options.outDir, 'population.meta.json'), JSON.stringify(meta, null, 2) + '\n')
  await writeFile(join(options.outDir, 'sample.csv'), sampleCsv(sample, rows))
  await writeFile(join(options.outDir, 'reperformance.json'), JSON.stringify(reperformed, null, 2) + '\n')
  await writeFile(join(options.outDir, 'report.html'), renderReport({ meta, rows, sample, reperformed }))
  await cache?.finish()
  const exceptions = reperformed.some(r => r.exceptions.length > 0 || !r.bundle.verified)
  return { ...outcome, exitCode: exceptions ? 1 : 0 }
}
