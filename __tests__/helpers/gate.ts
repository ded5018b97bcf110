/**
 * Shared plumbing of the engine-tier tests (__tests__/engine, in-process; spawned with COMPLIANCE_GATE_TESTS=spawn) and the runner tier (__tests__/runner): the fake GitHub API's jest lifecycle, one gate
 * run (`node dist/index.js` via runAction, by default on a pull_request synchronize event built from a
 * scenario), and the readers of the evidence bundle the run wrote.
 */
import { afterAll, afterEach, beforeAll, beforeEach, expect } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { startFakeGitHub, type FakeGitHub } from './fake-github.js'
import { pullRequestEvent, type PullRequestEventOverrides } from './events.js'
import { cleanupRunnerTemps, runAction, type RunResult } from './runner.js'
import { makeGitRepo } from './git-repo.js'
import type { Scenario } from './scenario.js'

/** The `github-token` input of every gate run (the action must mask it and never write it anywhere). */
export const TOKEN = 'ghs_e2eTokenValue0123456789abcdefABCDEF'

/**
 * One fake GitHub API for the whole file: started before all tests, faults and request log cleared before
 * each, every answer of each test checked against GitHub's OpenAPI schema after it, closed (and the runner's
 * temp directories removed) after all; `cleanup` runs after that. Returns a handle that forwards to the
 * running fake (usable inside tests and hooks; not at module level, before it has started).
 */
export function useFakeGitHub(cleanup?: () => void): FakeGitHub {
  let fake: FakeGitHub | undefined
  const current = (): FakeGitHub => {
    if (!fake) throw new Error('the fake GitHub API runs only inside tests (useFakeGitHub starts it in beforeAll)')
    return fake
  }
  beforeAll(async () => {
    fake = await startFakeGitHub()
  })
  afterAll(async () => {
    await fake?.close()
    cleanupRunnerTemps()
    cleanup?.()
  })
  beforeEach(() => {
    current().clearFaults()
    current().resetLog()
  })
  afterEach(() => {
    current().assertNoSchemaViolations()
  })
  return new Proxy({} as FakeGitHub, {
    get(_, prop) {
      const target = current()
      const value = Reflect.get(target, prop, target)
      return typeof value === 'function' ? value.bind(target) : value
    }
  })
}

/** A fresh git repository as the workspace. */
export function workspace(prefix = 'cg-ws-'): string {
  return makeGitRepo({ prefix }).dir
}

export interface GateOptions {
  /** GITHUB_EVENT_PATH; default: a pull_request event for the scenario (see prEventFor). */
  eventPath?: string
  /** GITHUB_EVENT_NAME; default 'pull_request'. */
  eventName?: string
  /** pull_request action of the default event; default 'synchronize'. */
  action?: string
  /** Sender of the default event; default the scenario's author. */
  sender?: string
  /** More fields of the default event (merged, mergedBy …). */
  event?: PullRequestEventOverrides
  /** Action inputs, over { 'github-token': TOKEN }. */
  inputs?: Record<string, string>
  /**
   * COMPLIANCE_GATE_HTTP_TIMEOUT_MS; default NORMAL_HTTP_TIMEOUT_MS (generous). Only a test that makes the fake
   * API hang gives a short one (the fault matrix in faults.test.ts sets its own).
   */
  httpTimeoutMs?: string
  /** Environment, applied over COMPLIANCE_GATE_HTTP_TIMEOUT_MS. */
  env?: Record<string, string | undefined>
  /** Workspace; default a fresh git repository (workspace()); null: the runner's fresh empty directory. */
  cwd?: string | null
  /** Spawn `node dist/index.js` (the runner tier) instead of the engine tier's in-process run. */
  spawn?: boolean
}

/** The pull_request event file of a scenario's PR (synchronize, sent by its author, unless told otherwise). */
export function prEventFor(s: Scenario, opts: Pick<GateOptions, 'action' | 'sender' | 'event'> = {}): string {
  return pullRequestEvent(opts.action ?? 'synchronize', {
    owner: s.owner,
    repo: s.repo,
    number: s.number,
    headSha: s.headSha,
    baseSha: s.baseSha,
    baseRef: s.baseRef,
    headRef: s.headRef,
    author: s.author,
    sender: opts.sender ?? s.author,
    ...(opts.event ?? {})
  })
}

/**
 * The per-request HTTP timeout of a run whose fake API answers at once. An in-process run compiles the code it
 * loads on demand (the secrets scanner, the IaC parsers) while its first requests are in flight; on a loaded
 * machine that blocks the event loop for seconds, and a short timeout then fires before the answer that has
 * already arrived is read, so the client retries and the request is counted twice. The fake never needs more
 * than milliseconds: a generous timeout changes no verdict and keeps call counts exact.
 */
export const NORMAL_HTTP_TIMEOUT_MS = '30000'

/** Run the action once against `fake`; `s` (the served scenario) builds the default event when no eventPath is given. */
export async function runGate(fake: FakeGitHub, s: Scenario | null, opts: GateOptions = {}): Promise<RunResult> {
  let eventPath = opts.eventPath
  if (!eventPath) {
    if (!s) throw new Error('runGate: give a scenario or an eventPath')
    eventPath = prEventFor(s, opts)
  }
  return runAction({
    eventName: opts.eventName ?? 'pull_request',
    eventPath,
    apiUrl: fake.url,
    cwd: opts.cwd === null ? undefined : (opts.cwd ?? workspace()),
    inputs: { 'github-token': TOKEN, ...(opts.inputs ?? {}) },
    env: { COMPLIANCE_GATE_HTTP_TIMEOUT_MS: opts.httpTimeoutMs ?? NORMAL_HTTP_TIMEOUT_MS, COMPLIANCE_GATE_RETRY_BASE_MS: '1', ...(opts.env ?? {}) },
    timeoutMs: 60_000,
    ...(opts.spawn ? { spawn: true } : {})
  })
}

// -------------------------------------------------------------------------------------------------
// The evidence bundle
// -------------------------------------------------------------------------------------------------

export interface FindingJson {
  status: string
  subject: string
  message: string
  rule?: string
  remedy?: string
  location?: { path: string; line?: number; column?: number }
  data?: Record<string, unknown>
}
export interface VerdictJson {
  control: string
  status: string
  effect: string
  reason: string
  remedy?: string
  waived?: { by: string; reason: string }
  findings: FindingJson[]
}
export interface ResultsJson<V = VerdictJson> {
  result: string
  errors: string[]
  verdicts: V[]
  subject?: Record<string, unknown>
  failed_controls?: string[]
}

export interface Bundle<V extends { control: string } = VerdictJson> {
  /** The evidence-path output ('' when the run wrote none and allowMissing was given). */
  dir: string
  /** Every file of the bundle by name. */
  files: Record<string, string>
  results: ResultsJson<V>
  /** record.json. */
  record: Record<string, any>
  /** policy.json. */
  policy: Record<string, any>
  /** summary.md. */
  summary: string
  /** The verdict of one control; throws if there is none. */
  verdict(id: string): V
}

/**
 * The evidence bundle of a run (its evidence-path output). Throws when the run wrote none, unless
 * `allowMissing`: then missing files read as empty ({ result: 'none' } with no verdicts, a record without
 * API calls or errors).
 */
export function readBundle<V extends { control: string } = VerdictJson>(r: RunResult, opts: { allowMissing?: boolean } = {}): Bundle<V> {
  const dir = r.outputs['evidence-path'] ?? ''
  if (!dir && !opts.allowMissing) throw new Error(`no evidence-path output; stdout:\n${r.stdout}\nstderr:\n${r.stderr}`)
  const files: Record<string, string> = {}
  if (dir && (existsSync(dir) || !opts.allowMissing)) for (const f of readdirSync(dir)) files[f] = readFileSync(join(dir, f), 'utf8')
  const parsed: Record<string, any> = {}
  const json = (name: string, empty: unknown) => (parsed[name] ??= files[name] === undefined && opts.allowMissing ? empty : JSON.parse(files[name]))
  const results = json('results.json', { result: 'none', errors: [], verdicts: [] }) as ResultsJson<V>
  return {
    dir,
    files,
    results,
    get record() {
      return json('record.json', { api_calls: [], errors: [] }) as Record<string, any>
    },
    get policy() {
      return json('policy.json', {}) as Record<string, any>
    },
    summary: files['summary.md'] ?? '',
    verdict(id: string): V {
      const found = results.verdicts.find(x => x.control === id)
      if (!found) throw new Error(`no verdict for ${id}; have ${results.verdicts.map(x => x.control).join(', ')}`)
      return found
    }
  }
}

/** results.json of a run's bundle. */
export function resultsOf(r: RunResult): ResultsJson {
  return readBundle(r).results
}

/** record.json of a run's bundle. */
export function recordOf(r: RunResult): Record<string, any> {
  return readBundle(r).record
}

/** The verdict of control `id` in a run's results.json; throws if there is none. */
export function verdictOf(r: RunResult, id: string): VerdictJson {
  return readBundle(r).verdict(id)
}

/** A run the gate could judge: nothing on stderr and no run-level error (those make the result 'error', not a verdict). */
export function expectJudgeable(r: RunResult): void {
  expect(r.stderr).toBe('')
  expect(resultsOf(r).errors).toEqual([])
}
