/** Shared by the controls judging push events: the push facts, or why they are missing. */
import type { ChangeRecord } from '../../model/record.js'
import { PUSH_KEY, pushOf, type PushFacts } from '../../model/facts/push.js'
import type { Outcome } from '../types.js'

export const PUSH_EVIDENCE = [`/facts/${PUSH_KEY}`, '/commits']

/** The push facts, or a not_verified outcome saying why the pushed commits could not be matched to PRs. */
export function pushFactsOr(record: ChangeRecord): { facts: PushFacts } | { unverified: Outcome } {
  const group = pushOf(record)
  if (group?.value) return { facts: group.value }
  return {
    unverified: {
      status: 'not_verified',
      reason: `The pushed commits could not be matched to pull requests: ${group?.missing?.reason ?? 'the push collector did not run'}.`,
      remedy: group?.missing?.remedy ?? 'Give the token `pull-requests: read` and `contents: read`, then re-run.',
      evidence: PUSH_EVIDENCE
    }
  }
}
