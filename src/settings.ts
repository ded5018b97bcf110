/** Settings: everything the engine needs, from the action's inputs or the CLI's flags. Nothing else reads inputs. */
import type { Target } from './collect/target.js'
import type { RunFacts } from './model/record.js'

export type Mode = 'enforce' | 'report'

export interface Settings {
  /** Masked by the action before anything else runs. Never written anywhere. */
  token: string | null
  apiUrl: string
  repository: { owner: string; repo: string }
  eventName: string
  eventPayload: Record<string, unknown>
  /**
   * Why the event file could not be read as an event (not JSON, not an object). The run still writes its
   * evidence: the change cannot be named, so the gate's result is an error with this message.
   */
  eventError?: string | null
  /** From the pr-number input / --pr. */
  prNumber: number | null
  /** The action's `policy` input: a repository path, read at the base commit; null: .github/compliance-gate.yml. */
  policyPath: string | null
  /** The CLI's `--policy FILE`: the user's own local file, used as given. */
  localPolicyFile?: string | null
  /** The change to judge when the CLI names it (else the triggering event decides). */
  target?: Target
  /** The workflow run or CLI invocation, recorded in the evidence. */
  run?: RunFacts
  /** Run-wide deadline: after this many minutes the gate writes what it has and exits as an error. */
  timeoutMinutes?: number | null
  /** Where the repository's files are (the runner's GITHUB_WORKSPACE, or cwd). */
  workspace: string
  /** A git checkout to read diffs and IaC from; null when there is none. */
  checkoutDir: string | null
  evidenceDir: string
  /**
   * Where evidence goes when `evidenceDir` cannot be used (a file or symlink there, no permission): the action
   * uses RUNNER_TEMP and warns; absent or null (the CLI), the run stops with one clear message instead.
   */
  evidenceFallbackDir?: string | null
  mode: Mode
  /** Per-attempt HTTP timeout. */
  httpTimeoutMs: number
  /** Milliseconds per second of the API client's retry and rate-limit waits (default 1000; tests set 1). */
  retryAfterBaseMs?: number
  /** Names of the gate's own check, excluded from required checks. */
  selfCheckNames: string[]
  /** How the verdicts are reported (the action's reporting inputs); absent: the defaults below. */
  report?: ReportSettings
  /** Evidence signing (src/evidence/sign.ts); absent means auto without a key. */
  signing?: SigningSettings
}

/** auto: a key when one is given, else keyless when the job has an OIDC token, else unsigned (with the reason). */
export type SignMode = 'auto' | 'keyless' | 'key' | 'off'

export interface SigningSettings {
  mode: SignMode
  /** PEM private key (ECDSA P-256 or Ed25519). Masked by the action; never written anywhere. */
  keyPem: string | null
  /** Also store a keyless attestation with GitHub's attestations API (input store-attestation). */
  storeAttestation?: boolean
}

export function parseSignMode(value: string): SignMode {
  const v = value.trim().toLowerCase() || 'auto'
  if (v !== 'auto' && v !== 'keyless' && v !== 'key' && v !== 'off') throw new SettingsError(`Input 'sign' must be auto, keyless, key or off, got '${value}'.`)
  return v
}

export type CommentMode = 'off' | 'on-failure' | 'always'

/** The reporting inputs (src/report/**): they never change a verdict or the exit code. */
export interface ReportSettings {
  /** Upload the bundle as a workflow artifact (input upload-artifact). */
  uploadArtifact: boolean
  /** Artifact retention in days; null: the repository's default (input retention-days). */
  retentionDays: number | null
  /** Create the `compliance-gate` check run with annotations (input check-run; needs checks: write). */
  checkRun: boolean
  /** Sticky PR comment (input comment; needs pull-requests: write). */
  comment: CommentMode
  /** Write a SARIF 2.1.0 file of the secrets, IaC and CODEOWNERS findings (input sarif). */
  sarif: boolean
  /** Publish mode (input publish-bundle): judge nothing, publish this verified bundle directory instead. */
  publishBundle: string | null
}

export const DEFAULT_REPORT_SETTINGS: ReportSettings = {
  uploadArtifact: true,
  retentionDays: null,
  checkRun: false,
  comment: 'off',
  sarif: false,
  publishBundle: null
}

export function parseCommentMode(value: string): CommentMode {
  const v = value.trim().toLowerCase() || 'off'
  if (v !== 'off' && v !== 'on-failure' && v !== 'always') throw new SettingsError(`Input 'comment' must be off, on-failure or always, got '${value}'.`)
  return v
}

export function parseRetentionDays(value: string): number | null {
  const v = value.trim()
  if (v === '') return null
  // GitHub keeps artifacts 1–90 days on public repositories and up to 400 on private ones; 0 means the default.
  if (!/^\d+$/.test(v) || Number(v) > 400)
    throw new SettingsError(`Input 'retention-days' must be a whole number of days (1 to 400; empty for the repository default), got '${value}'.`)
  return Number(v) === 0 ? null : Number(v)
}

export { DEFAULT_POLICY_PATH } from './policy/path.js'

export class SettingsError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'SettingsError'
  }
}

/** Strict boolean: a typo is an error, not false. */
export function parseBoolean(name: string, value: string, fallback: boolean): boolean {
  const v = value.trim().toLowerCase()
  if (v === '') return fallback
  if (v === 'true') return true
  if (v === 'false') return false
  throw new SettingsError(`Input '${name}' must be true or false, got '${value}'.`)
}

export function parseMode(value: string): Mode {
  const v = value.trim().toLowerCase() || 'enforce'
  if (v !== 'enforce' && v !== 'report') throw new SettingsError(`Input 'mode' must be enforce or report, got '${value}'.`)
  return v
}

export function parsePrNumber(value: string): number | null {
  const v = value.trim()
  if (v === '') return null
  if (!/^\d+$/.test(v) || Number(v) < 1) throw new SettingsError(`Input 'pr-number' must be a positive whole number, got '${value}'.`)
  return Number(v)
}

export function parseRepository(value: string): { owner: string; repo: string } {
  const m = /^([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+)$/.exec(value.trim())
  if (!m) throw new SettingsError(`Repository must be owner/name, got '${value}'.`)
  return { owner: m[1], repo: m[2] }
}

export function timeoutFromEnv(env: NodeJS.ProcessEnv): number {
  const raw = env.COMPLIANCE_GATE_HTTP_TIMEOUT_MS
  const n = raw ? Number(raw) : NaN
  return Number.isFinite(n) && n > 0 ? n : 20_000
}

/**
 * COMPLIANCE_GATE_RETRY_BASE_MS: milliseconds per second of the API client's retry/rate-limit waits. Only the
 * test harness sets it (to 1, so that retries are exercised without sleeping); unset or invalid means 1000.
 */
export function retryBaseFromEnv(env: NodeJS.ProcessEnv): number {
  const raw = env.COMPLIANCE_GATE_RETRY_BASE_MS
  const n = raw ? Number(raw) : NaN
  return Number.isFinite(n) && n >= 0 ? n : 1000
}

/** The run-wide deadline in minutes: a positive number (fractions allowed), default 10. */
export function parseTimeoutMinutes(value: string): number {
  const v = value.trim()
  if (v === '') return 10
  const n = Number(v)
  if (!/^\d+(\.\d+)?$/.test(v) || !(n > 0)) throw new SettingsError(`Input 'timeout-minutes' must be a positive number of minutes, got '${value}'.`)
  return n
}

/** The workflow run the action runs in, from the runner's environment. */
export function workflowRunFromEnv(env: NodeJS.ProcessEnv): RunFacts {
  const server = env.GITHUB_SERVER_URL || 'https://github.com'
  const id = env.GITHUB_RUN_ID || null
  return {
    kind: 'workflow',
    id,
    attempt: env.GITHUB_RUN_ATTEMPT || null,
    url: id && env.GITHUB_REPOSITORY ? `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${id}` : null,
    workflow_ref: env.GITHUB_WORKFLOW_REF || null,
    actor: env.GITHUB_ACTOR || null,
    event_name: env.GITHUB_EVENT_NAME || ''
  }
}
