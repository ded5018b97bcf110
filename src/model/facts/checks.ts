/**
 * Facts of the `checks` collector (record.facts.checks): check runs and commit statuses reported on the
 * PR head and, when set, on the merge SHA (merge_group head / pushed commit), where required checks may
 * also pass.
 */
import type { Collected } from '../collected.js'

export const CHECKS_KEY = 'checks'

export interface CheckRunFact {
  id: number | null
  name: string
  /** queued | in_progress | completed | waiting | requested | pending */
  status: string
  /** success | failure | neutral | cancelled | skipped | timed_out | action_required | stale | null */
  conclusion: string | null
  app_slug: string | null
  app_id: number | null
  html_url: string | null
  started_at: string | null
  completed_at: string | null
}

export interface CommitStatusFact {
  context: string
  /** error | failure | pending | success */
  state: string
  target_url: string | null
  description: string | null
  updated_at: string | null
}

export interface ChecksAtSha {
  sha: string
  /** head: the PR head; merge: subject.merge_sha (merge_group head or pushed commit). */
  role: 'head' | 'merge'
  /** `filter=latest`: the most recent run per check. */
  check_runs: Collected<CheckRunFact[]>
  /** The latest status per context (combined status). */
  statuses: Collected<CommitStatusFact[]>
}

export interface ChecksFacts {
  /** Names of the gate's own check, excluded from required checks. */
  self_check_names: string[]
  at: ChecksAtSha[]
}

export function checksOf(record: { facts?: { checks?: Collected<ChecksFacts> } }): ChecksFacts | null {
  const group = record.facts?.[CHECKS_KEY]
  return group?.value ?? null
}
