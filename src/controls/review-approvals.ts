/**
 * review.approvals: enough independent, current approvals by people allowed to approve.
 */
import type { Finding } from '../model/verdict.js'
import { defineControl, type Outcome } from './types.js'
import {
  DISQUALIFICATION_TEXT,
  contributors,
  judgeApproval,
  noPullRequest,
  permissionsRemedy,
  reviewerStates,
  reviewsAfterMerge,
  reviewsAtMerge,
  reviewsProblem,
  type ApprovalJudgement
} from './lib/reviews.js'

export interface ApprovalsParams {
  count: number
  'require-head-commit': boolean
  'exclude-bots': boolean
}

const EVIDENCE = ['/reviews', '/permissions', '/pull_request/value/author', '/commits', '/subject/head_sha']

export const control = defineControl<ApprovalsParams>({
  meta: {
    id: 'review.approvals',
    needs: [],
    title: 'Independent approvals',
    question: 'Did enough people independent of the change, with write access, approve the commit being merged?',
    rationale:
      'Change management requires that someone other than the authors reviews and authorises a change before it ' +
      "reaches production. An approval counts only when it is the reviewer's latest decision, covers the head " +
      'commit, comes from a person (not a bot) who wrote none of the commits, and that person holds write, ' +
      'maintain or admin on the repository; for a merged pull request, it was submitted before the merge.',
    defaults: { count: 1, 'require-head-commit': true, 'exclude-bots': true },
    paramsSchema: {
      count: {
        type: 'integer',
        minimum: 1,
        default: 1,
        description: 'Number of qualifying approvals required.'
      },
      'require-head-commit': {
        type: 'boolean',
        default: true,
        description: 'Count only approvals of the PR head commit. An approval whose commit_id is null or an earlier commit is stale.'
      },
      'exclude-bots': {
        type: 'boolean',
        default: true,
        description: 'Never count approvals by bots (user type Bot or a login ending in [bot]).'
      }
    },
    remedy: 'Ask a reviewer with write access who did not author or co-author any commit of this pull request to approve its head commit.'
  },

  evaluate(record, params): Outcome {
    if (noPullRequest(record)) {
      return { status: 'not_applicable', reason: 'No pull request is under judgement (direct push); review controls do not apply.' }
    }
    const problem = reviewsProblem(record)
    if (problem) {
      return {
        status: 'not_verified',
        reason: `Approvals cannot be counted: ${problem.reason}.`,
        remedy: problem.remedy,
        evidence: ['/reviews']
      }
    }
    const who = contributors(record)
    const states = reviewerStates(reviewsAtMerge(record))
    const judged: ApprovalJudgement[] = []
    const findings: Finding[] = []
    for (const s of states) {
      if (s.state === 'APPROVED') {
        const j = judgeApproval(record, s, who, {
          requireHeadCommit: params['require-head-commit'],
          excludeBots: params['exclude-bots']
        })
        judged.push(j)
        findings.push(approvalFinding(j))
      } else if (s.approvedEarlier && s.state === 'CHANGES_REQUESTED') {
        findings.push({
          status: 'fail',
          subject: s.login,
          message: `${s.login}'s approval was superseded: their latest review requests changes.`,
          data: { latest_state: s.state, review_id: s.review?.id }
        })
      } else if (s.state === 'DISMISSED') {
        findings.push({
          status: 'fail',
          subject: s.login,
          message: `${s.login}'s review was dismissed; a dismissed approval does not count.`,
          data: { latest_state: s.state, review_id: s.review?.id }
        })
      }
    }
    // An approval given after the merge approved nothing that gated it: shown, never counted (reviewsAtMerge).
    for (const r of reviewsAfterMerge(record)) {
      if (String(r.state).toUpperCase() !== 'APPROVED' || !r.user?.login) continue
      findings.push({
        status: 'fail',
        subject: r.user.login,
        message: `${r.user.login} approved at ${r.submitted_at}, after the merge at ${record.pull_request.value?.merged_at}: an approval after the merge does not count as review before it.`,
        data: { review_id: r.id, submitted_at: r.submitted_at ?? null }
      })
    }
    const good = judged.filter(j => j.counts === 'yes')
    const unknown = judged.filter(j => j.counts === 'unknown')
    const need = params.count
    const notes = who.unresolvedCoAuthors.length
      ? ` Co-authors not matched to a GitHub account (independence checked by e-mail only): ${who.unresolvedCoAuthors.join(', ')}.`
      : ''
    const countText = `${good.length} of ${need} required approval${need === 1 ? '' : 's'}`

    if (good.length >= need) {
      return {
        status: 'pass',
        reason: `${countText} qualify (${good.map(j => j.login).join(', ')}).${notes}`,
        evidence: EVIDENCE,
        findings
      }
    }
    if (good.length + unknown.length >= need) {
      const missingPerm = unknown.some(j => j.unknown.some(u => u.startsWith('repository')))
      return {
        status: 'not_verified',
        reason: `${countText} are confirmed; ${unknown.map(j => `${j.login} (${j.unknown.join('; ')})`).join(', ')} ` + `could not be judged.${notes}`,
        remedy: missingPerm
          ? permissionsRemedy(record)
          : (record.commits.missing?.remedy ?? record.pull_request.missing?.remedy ?? 'Re-run once the pull request and all its commits can be read.'),
        evidence: EVIDENCE,
        findings
      }
    }
    const notCounted = findings.filter(f => f.status !== 'pass')
    return {
      status: 'fail',
      reason:
        `${countText} qualify.` +
        (notCounted.length
          ? ` Not counted: ${notCounted.map(f => f.message).join(' ')}`
          : good.length === 0
            ? ' No one has approved.'
            : ` ${need - good.length} more approval${need - good.length === 1 ? '' : 's'} needed (${good.map(j => j.login).join(', ')} counted).`) +
        notes,
      evidence: EVIDENCE,
      findings
    }
  }
})

function approvalFinding(j: ApprovalJudgement): Finding {
  const data = {
    review_id: j.review.id,
    commit_id: j.review.commit_id,
    permission: j.permission?.permission ?? null,
    role_name: j.permission?.role_name ?? null,
    reasons: j.reasons
  }
  if (j.counts === 'yes') {
    return { status: 'pass', subject: j.login, message: `${j.login} approved the head commit and qualifies.`, data }
  }
  if (j.counts === 'no') {
    return {
      status: 'fail',
      subject: j.login,
      message: `${j.login}'s approval does not count: ${j.reasons.map(r => DISQUALIFICATION_TEXT[r]).join('; ')}.`,
      data
    }
  }
  return {
    status: 'not_verified',
    subject: j.login,
    message: `${j.login}'s approval could not be judged: ${j.unknown.join('; ')}.`,
    data
  }
}
