/**
 * Facts of the `push` collector (record.facts.push): for each pushed commit, whether a merged pull request
 * into the pushed branch contains it (`GET /repos/{o}/{r}/commits/{sha}/pulls`), and for each such PR who
 * merged it and its reviews.
 */
import type { Actor, Collected, Missing, ReviewFacts } from '../collected.js'

export const PUSH_KEY = 'push'

export interface AssociatedPull {
  number: number
  state: string
  merged_at: string | null
  base_ref: string
  merge_commit_sha: string | null
}

export interface PushedCommitFact {
  sha: string
  author_login: string | null
  author_name: string | null
  committer_login: string | null
  parents_count: number
  /** ok: the PR lookup answered; failed: see `missing`. */
  lookup: 'ok' | 'failed'
  missing?: Missing
  /** Every PR GitHub associates with the commit. */
  associated: AssociatedPull[]
  /** The merged PR into the pushed branch that contains the commit (or whose merge commit it is); null if none. */
  merged_pr: number | null
}

export interface PushPullFact {
  number: number
  html_url: string | null
  author: Actor | null
  merged_at: string | null
  /** Null when the PR could not be read (see `missing`) or GitHub did not say. */
  merged_by: Actor | null
  merge_commit_sha: string | null
  base_ref: string
  missing?: Missing
  reviews: Collected<ReviewFacts[]>
}

export interface PushFacts {
  /** The pushed branch (without refs/heads/). */
  branch: string
  /** Commits in the push, before the cap. */
  total_commits: number
  max_commits: number
  /** True when only the first max_commits were looked up. */
  truncated: boolean
  commits: PushedCommitFact[]
  /** Merged PRs found, keyed by number. */
  pulls: Record<string, PushPullFact>
}

export function pushOf(record: { facts?: { push?: Collected<PushFacts> } }): Collected<PushFacts> | null {
  return record.facts?.[PUSH_KEY] ?? null
}
