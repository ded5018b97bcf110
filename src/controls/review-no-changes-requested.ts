/**
 * review.no-changes-requested: no reviewer's latest decisive review requests changes.
 */
import type { Finding } from '../model/verdict.js'
import { defineControl, type Outcome } from './types.js'
import { noPullRequest, reviewerStates, reviewsAtMerge, reviewsProblem } from './lib/reviews.js'

export type NoChangesRequestedParams = Record<string, never>

export const control = defineControl<NoChangesRequestedParams>({
  meta: {
    id: 'review.no-changes-requested',
    needs: [],
    title: 'No outstanding change requests',
    question: "Is every reviewer's latest decisive review something other than a request for changes?",
    rationale:
      'A reviewer who requested changes has objected to the change. Merging over an open objection bypasses the ' +
      'review the change-management process relies on; the objection must be resolved by a new approval or a ' +
      'documented dismissal.',
    defaults: {},
    paramsSchema: {},
    remedy: 'Address the requested changes and ask the reviewer to approve, or have a maintainer dismiss the review with a reason.'
  },

  evaluate(record): Outcome {
    if (noPullRequest(record)) {
      return { status: 'not_applicable', reason: 'No pull request is under judgement (direct push); review controls do not apply.' }
    }
    const problem = reviewsProblem(record)
    if (problem) {
      return { status: 'not_verified', reason: `Reviews cannot be judged: ${problem.reason}.`, remedy: problem.remedy, evidence: ['/reviews'] }
    }
    const blocking = reviewerStates(reviewsAtMerge(record)).filter(s => s.state === 'CHANGES_REQUESTED')
    const findings: Finding[] = blocking.map(s => ({
      status: 'fail',
      subject: s.login,
      message: `${s.login} requested changes${s.review?.submitted_at ? ` at ${s.review.submitted_at}` : ''} and has not approved or been dismissed since.`,
      data: { review_id: s.review?.id, commit_id: s.review?.commit_id ?? null }
    }))
    if (blocking.length === 0) {
      return { status: 'pass', reason: 'No reviewer has an outstanding request for changes.', evidence: ['/reviews'] }
    }
    return {
      status: 'fail',
      reason: `Changes requested by ${blocking.map(s => s.login).join(', ')}.`,
      evidence: ['/reviews'],
      findings
    }
  }
})
