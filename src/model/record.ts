/**
 * The change record: every fact the controls may look at, collected once, plain JSON.
 *
 * Each group of facts is a `Collected<T>`: either the value with where it came from, or the reason it
 * could not be read and what would fix that. Controls never see an API or a checkout, only this record,
 * so an auditor can re-run every verdict from record.json alone.
 */

import type { Actor, Collected, Missing, ReviewFacts } from './collected.js'
import type { FactGroups } from './facts/index.js'

export type { Actor, Collected, Missing, ReviewFacts } from './collected.js'

export const RECORD_SCHEMA_ID = 'https://compliance-gate.dev/schemas/change-record/v2.json'
/** 2: fact groups are typed fields of `facts` (v1 kept them in an untyped `extra`). */
export const RECORD_VERSION = 2
/** Record versions this tool can read (verify re-performs both). */
export const READABLE_RECORD_VERSIONS: readonly number[] = [1, 2]

/**
 * A record as the current controls read it. Version 1 kept the fact groups (branch rules, checks, CODEOWNERS,
 * secrets, IaC, push …) under `extra`; version 2 names them under `facts`. The groups' own shapes did not change,
 * so a v1 record is read by moving them; everything else is the same. Other versions are returned as they are
 * (the caller refuses them by `record_version`).
 */
export function readableRecord(raw: unknown): ChangeRecord {
  const r = raw as (ChangeRecord & { extra?: Record<string, unknown> }) | null
  if (!r || typeof r !== 'object' || r.record_version !== 1 || r.facts !== undefined || !r.extra || typeof r.extra !== 'object') return r as ChangeRecord
  const { extra, ...rest } = r
  return { ...rest, facts: extra }
}

export interface RepositoryFacts {
  owner: string
  name: string
  full_name: string
  default_branch?: string
  private?: boolean
  visibility?: string
  /** 'Organization' | 'User' */
  owner_type?: string
}

export interface PullRequestFacts {
  number: number
  title: string
  body: string
  author: Actor
  html_url?: string
  state: string
  draft?: boolean
  merged: boolean
  merged_at?: string | null
  merged_by?: Actor | null
  merge_commit_sha?: string | null
  labels: string[]
  base: { ref: string; sha: string; repo_full_name?: string }
  head: { ref: string; sha: string; repo_full_name?: string | null }
  created_at?: string
  updated_at?: string
  commits_count?: number
  changed_files_count?: number
  additions?: number
  deletions?: number
  /** How many secrets were replaced in title and body before they were recorded. */
  secrets_redacted?: number
}

export interface GitIdentity {
  name?: string | null
  email?: string | null
  /** GitHub login when GitHub resolved the identity to an account. */
  login?: string | null
  date?: string | null
}

export interface CommitFacts {
  sha: string
  message: string
  author: GitIdentity
  committer: GitIdentity
  /** `Co-authored-by:` trailers. */
  co_authors: { name: string; email: string }[]
  parents: string[]
  verification?: { verified: boolean; reason: string } | null
  /** How many secrets were replaced in the message before it was recorded. */
  secrets_redacted?: number
}

export type FileStatus = 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged'

export interface ChangedFileFacts {
  path: string
  previous_path?: string
  status: FileStatus
  additions: number
  deletions: number
  /** true when GitHub omitted the patch (large or binary file). */
  patch_omitted?: boolean
  binary?: boolean
  /** How many secrets were replaced in the path (or former path) before it was recorded. */
  secrets_redacted?: number
}

export interface PermissionFacts {
  /** admin | write | read | none as the permission API reports it (maintain → write, triage → read). */
  permission: string
  /** Finer role when present: admin | maintain | write | triage | read | custom role name. */
  role_name?: string | null
}

export interface ApiCall {
  method: string
  /** Route template, e.g. GET /repos/{owner}/{repo}/pulls/{pull_number}. */
  route: string
  url: string
  status: number | null
  duration_ms: number
  /** Set when the request failed without an HTTP answer (timeout, connection reset). */
  error?: string
  attempt?: number
}

export interface EventFacts {
  name: string
  action?: string
  /** Login of whoever triggered the event. */
  sender?: string | null
  /** For push: the ref and the pushed SHAs. */
  ref?: string
  before?: string
  after?: string
  /** For merge_group: the queue head SHA. */
  merge_group_head_sha?: string
  /** For pull_request synchronize: the SHA pushed. */
  pushed_sha?: string
}

/** Where the policy that judged the change came from. */
export interface PolicyOrigin {
  /** Repository path (or the CLI user's local file); null: the bundled default. */
  path: string | null
  /** The commit it was read at: the change's base (or, for a push, the commit before it). */
  commit: string | null
  read_from: 'checkout' | 'api' | 'bundled' | 'file'
  /** With read_from 'bundled': the repository path that was looked for and not found at the commit. */
  looked_for?: string
}

/** The run that produced the record: a workflow run, or a CLI invocation with its user-given target. */
export type RunFacts =
  | {
      kind: 'workflow'
      id: string | null
      attempt: string | null
      url: string | null
      workflow_ref: string | null
      actor: string | null
      event_name: string
    }
  | { kind: 'cli'; command: string; target: string }

export interface ChangeRecord {
  $schema: string
  record_version: number
  tool: { name: string; version: string }
  collected_at: string
  event: EventFacts
  /** The workflow run or CLI invocation that collected this record. */
  run?: RunFacts
  /** Where the judging policy came from (read at the base commit, never from the working tree). */
  policy_origin?: PolicyOrigin
  repository: RepositoryFacts
  /** What is under judgement: the PR head commit and its base, or the pushed commits. */
  subject: {
    kind: 'pull_request' | 'push' | 'merge_group'
    head_sha: string
    base_ref: string
    base_sha?: string
    /** merge_group head or pushed commit: required checks may also pass here. */
    merge_sha?: string
    /** The pull request under judgement, when known from the event or the user (even when it could not be read). */
    pull_request_number?: number
  }
  pull_request: Collected<PullRequestFacts>
  commits: Collected<CommitFacts[]>
  files: Collected<ChangedFileFacts[]>
  reviews: Collected<ReviewFacts[]>
  /** Repository permission of each reviewer (and the merger), keyed by login. */
  permissions: Collected<Record<string, PermissionFacts>>
  /**
   * The fact groups the enabled controls need (branch rules, checks, codeowners, push, secrets, iac), each a
   * typed Collected<…> (src/model/facts/). A group absent here was not needed by any enabled control.
   */
  facts: FactGroups
  /** Lists cut short (GitHub's caps, policy limits), each saying what and why. */
  truncated: { what: string; reason: string }[]
  /** Every API call made, in order. */
  api_calls: ApiCall[]
  /** Errors met while collecting that did not stop the run. */
  errors: { stage: string; message: string }[]
}

/** Build an unavailable group with its reason. */
export function unavailable<T>(missing: Missing, sources: string[] = []): Collected<T> {
  return { state: 'unavailable', value: null, sources, missing }
}

export function complete<T>(value: T, sources: string[]): Collected<T> {
  return { state: 'complete', value, sources }
}

export function notCollected<T>(reason: string): Collected<T> {
  return { state: 'not_collected', value: null, sources: [], missing: { reason } }
}
