/**
 * review.last-push: someone other than the last pusher approved after that push
 * (GitHub's "require approval of the most recent reviewable push").
 */
import type { ChangeRecord } from '../model/record.js'
import type { Finding } from '../model/verdict.js'
import { defineControl, type Outcome } from './types.js'
import {
  DISQUALIFICATION_TEXT,
  contributors,
  headSha,
  judgeApproval,
  noPullRequest,
  permissionsRemedy,
  reviewerStates,
  reviewsAtMerge,
  reviewsProblem,
  sameLogin
} from './lib/reviews.js'

export interface LastPushParams {
  'exclude-bots': boolean
}

/** GitHub's committer for commits made in the web UI or by merges/rebases done by GitHub. */
const WEB_FLOW = 'web-flow'

export interface LastPusher {
  login: string | null
  source: string
  /** Why unknown. */
  reason?: string
}

/** Who pushed the head commit, per issue 11: synchronize sender, else the head commit's committer (author when web-flow). */
export function lastPusher(record: ChangeRecord): LastPusher {
  const ev = record.event
  const head = headSha(record)
  if (
    (ev.name === 'pull_request' || ev.name === 'pull_request_target') &&
    ev.action === 'synchronize' &&
    ev.sender &&
    (!ev.pushed_sha || ev.pushed_sha === head)
  ) {
    return { login: ev.sender, source: `sender of the ${ev.name} synchronize event` }
  }
  const commits = record.commits.value
  if (!commits) {
    return { login: null, source: 'head commit', reason: `the PR's commits are ${record.commits.state}` }
  }
  const c = commits.find(x => x.sha === head)
  if (!c) return { login: null, source: 'head commit', reason: `the head commit ${head.slice(0, 12)} is not among the collected commits` }
  const committer = c.committer.login
  if (committer && !sameLogin(committer, WEB_FLOW)) {
    return { login: committer, source: `committer of head commit ${head.slice(0, 12)}` }
  }
  if (c.author.login) {
    return {
      login: c.author.login,
      source: committer
        ? `author of head commit ${head.slice(0, 12)} (committed by GitHub's web-flow)`
        : `author of head commit ${head.slice(0, 12)} (committer not linked to an account)`
    }
  }
  return {
    login: null,
    source: 'head commit',
    reason: `neither the committer nor the author of head commit ${head.slice(0, 12)} is linked to a GitHub account`
  }
}

export const control = defineControl<LastPushParams>({
  meta: {
    id: 'review.last-push',
    needs: [],
    title: 'Approval after the last push',
    question: 'Did someone other than the person who pushed the last commit approve the pull request after that push?',
    rationale:
      "Without this, a reviewer's approval can be followed by an unreviewed push from the author (or anyone with " +
      'push access) that is then merged. Requiring an approval of the head commit by someone other than its pusher ' +
      'means every change that is merged has been seen by a second person.',
    defaults: { 'exclude-bots': true },
    paramsSchema: {
      'exclude-bots': {
        type: 'boolean',
        default: true,
        description: 'Never count approvals by bots (user type Bot or a login ending in [bot]).'
      }
    },
    remedy: 'Ask a reviewer with write access, other than the person who pushed the last commit and the commit authors, to approve the head commit.'
  },

  evaluate(record, params): Outcome {
    if (noPullRequest(record)) {
      return { status: 'not_applicable', reason: 'No pull request is under judgement (direct push); review controls do not apply.' }
    }
    const problem = reviewsProblem(record)
    if (problem) {
      return { status: 'not_verified', reason: `Approvals cannot be judged: ${problem.reason}.`, remedy: problem.remedy, evidence: ['/reviews'] }
    }
    const pusher = lastPusher(record)
    const evidence = ['/event', '/commits', '/reviews', '/permissions', '/subject/head_sha']
    if (!pusher.login) {
      return {
        status: 'not_verified',
        reason: `The person who pushed the last commit is unknown: ${pusher.reason}.`,
        remedy:
          'Run the gate on the pull_request synchronize event (its sender is the pusher), or make sure the PR commits are readable (pull-requests: read) and the committer e-mail is linked to a GitHub account.',
        evidence
      }
    }
    const who = contributors(record)
    const findings: Finding[] = []
    let good: string[] = []
    const unknown: string[] = []
    for (const s of reviewerStates(reviewsAtMerge(record))) {
      if (s.state !== 'APPROVED') continue
      if (sameLogin(s.login, pusher.login)) {
        findings.push({ status: 'fail', subject: s.login, message: `${s.login} pushed the last commit; their own approval does not count.` })
        continue
      }
      // "After that push": only an approval of the head commit can postdate the push that created it.
      const j = judgeApproval(record, s, who, { requireHeadCommit: true, excludeBots: params['exclude-bots'] })
      if (j.counts === 'yes') {
        good = [...good, s.login]
        findings.push({ status: 'pass', subject: s.login, message: `${s.login} approved the head commit after the last push.` })
      } else if (j.counts === 'no') {
        findings.push({
          status: 'fail',
          subject: s.login,
          message: `${s.login}'s approval does not count: ${j.reasons.map(r => DISQUALIFICATION_TEXT[r]).join('; ')}.`
        })
      } else {
        unknown.push(s.login)
        findings.push({ status: 'not_verified', subject: s.login, message: `${s.login}'s approval could not be judged: ${j.unknown.join('; ')}.` })
      }
    }
    const pushedBy = `${pusher.login} (${pusher.source})`
    if (good.length > 0) {
      return { status: 'pass', reason: `Last push by ${pushedBy}; approved afterwards by ${good.join(', ')}.`, evidence, findings }
    }
    if (unknown.length > 0) {
      return {
        status: 'not_verified',
        reason: `Last push by ${pushedBy}; approvals by ${unknown.join(', ')} could not be judged.`,
        remedy: permissionsRemedy(record),
        evidence,
        findings
      }
    }
    return {
      status: 'fail',
      reason: `Last push by ${pushedBy}; no one else with write access approved the head commit after it.`,
      evidence,
      findings
    }
  }
})
