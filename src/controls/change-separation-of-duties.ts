/**
 * change.separation-of-duties: on a merged pull request (and on each merged PR a push brings in), the person
 * who merged was not the only approver, and nobody who wrote the change approved it.
 *
 * - Merger not the only approver: some approval (latest decisive review APPROVED, not a bot, write access
 *   when the permission is known) comes from someone other than merged_by who wrote none of the change.
 * - No self-approval: no approver is the PR author, a commit author/committer or a Co-authored-by co-author.
 * Open PRs are not_applicable; an unknown merger is not_verified.
 */
import type { ReviewFacts } from '../model/record.js'
import type { Finding } from '../model/verdict.js'
import { PUSH_EVIDENCE, pushFactsOr } from './lib/push.js'
import { defineControl, type Outcome } from './types.js'
import { contributors, isBot, noreplyIdentity, permissionOf, permissionQualifies, reviewerStates, reviewsProblem, sameLogin, type Tri } from './lib/reviews.js'

export type SeparationParams = Record<string, never>

interface Subject {
  /** e.g. "PR #42" */
  name: string
  mergedBy: string
  prAuthor: string | null
  reviews: readonly ReviewFacts[]
  /** Lowercase logins of commit authors/committers and co-authors. */
  writers: Set<string>
  /** Reason the writer set may be incomplete, or null. */
  writersIncomplete: string | null
  permission(login: string): Tri | 'not_checked'
}

/** Judge one merged change; returns its findings. */
export function judgeSeparation(s: Subject): Finding[] {
  const findings: Finding[] = []
  const approvers = reviewerStates(s.reviews).filter(r => r.state === 'APPROVED')
  const isWriter = (login: string): boolean => sameLogin(login, s.prAuthor) || s.writers.has(login.toLowerCase())

  // 1. No author approved their own change.
  const selfApprovers = approvers.filter(a => isWriter(a.login))
  for (const a of selfApprovers) {
    findings.push({
      status: 'fail',
      subject: `${s.name}: ${a.login}`,
      message: `${s.name}: ${a.login} approved a change they ${sameLogin(a.login, s.prAuthor) ? 'opened' : 'authored or co-authored commits of'}.`,
      data: { rule: 'self-approval' }
    })
  }
  if (selfApprovers.length === 0 && s.writersIncomplete) {
    findings.push({
      status: 'not_verified',
      subject: `${s.name}: authors`,
      message: `${s.name}: whether an author approved cannot be fully checked: ${s.writersIncomplete}.`,
      data: { rule: 'self-approval' }
    })
  }

  // 2. The merger is not the only approver.
  let independent: string | null = null
  let maybe: string | null = null
  const notes: string[] = []
  for (const a of approvers) {
    if (sameLogin(a.login, s.mergedBy) || isWriter(a.login)) continue
    if (isBot(a.user)) {
      notes.push(`${a.login} is a bot`)
      continue
    }
    const perm = s.permission(a.login)
    if (perm === 'no') {
      notes.push(`${a.login} lacks write access`)
      continue
    }
    if (perm === 'unknown') {
      maybe ??= a.login
      continue
    }
    independent ??= a.login
  }
  const approverList = approvers.map(a => a.login).join(', ') || 'nobody'
  if (independent) {
    findings.push({
      status: 'pass',
      subject: `${s.name}: merger`,
      message: `${s.name} was merged by ${s.mergedBy} and approved by ${independent}, who is independent of the merger and the authors.`,
      data: { rule: 'merger-not-sole-approver', merged_by: s.mergedBy, approvers: approvers.map(a => a.login) }
    })
  } else if (maybe) {
    findings.push({
      status: 'not_verified',
      subject: `${s.name}: merger`,
      message: `${s.name} was merged by ${s.mergedBy}; ${maybe} approved but their repository permission is unknown.`,
      data: { rule: 'merger-not-sole-approver' }
    })
  } else {
    const sole = approvers.length > 0 && approvers.every(a => sameLogin(a.login, s.mergedBy))
    findings.push({
      status: 'fail',
      subject: `${s.name}: merger`,
      message: sole
        ? `${s.name} was merged by ${s.mergedBy}, its only approver.`
        : `${s.name} was merged by ${s.mergedBy} without an approval from anyone else independent of the change (approvers: ${approverList}${notes.length ? `; ${notes.join('; ')}` : ''}).`,
      data: { rule: 'merger-not-sole-approver', merged_by: s.mergedBy, approvers: approvers.map(a => a.login) }
    })
  }
  return findings
}

/**
 * Co-authors whose e-mail resolves to no login: they matter only if one could be an approver. Reviews carry
 * no e-mail, so compare the co-author's name (and e-mail local part) with approver logins, spaces and case
 * ignored; a plausible match makes self-approval unknown.
 */
function unresolvedMatch(unresolved: string[], reviews: readonly ReviewFacts[]): string | null {
  const norm = (x: string): string => x.toLowerCase().replace(/[\s._-]+/g, '')
  const approvers = reviewerStates(reviews)
    .filter(r => r.state === 'APPROVED')
    .map(r => norm(r.login))
  const hits = unresolved.filter(u => {
    const m = /^(.*?)\s*<([^@>]*)@?[^>]*>$/.exec(u)
    const candidates = m ? [m[1], m[2]] : [u]
    return candidates.some(c => c && approvers.includes(norm(c)))
  })
  return hits.length ? `co-author(s) ${hits.join(', ')} could not be matched to a GitHub login but resemble an approver` : null
}

function summarize(findings: Finding[], evidence: string[], what: string, remedy?: string): Outcome {
  const failed = findings.filter(f => f.status === 'fail')
  const unknown = findings.filter(f => f.status === 'not_verified')
  if (failed.length > 0) return { status: 'fail', reason: failed.map(f => f.message).join(' '), evidence, findings }
  if (unknown.length > 0) {
    return {
      status: 'not_verified',
      reason: unknown.map(f => f.message).join(' '),
      remedy: remedy ?? "Let the token read the PR's commits, reviews and the approvers' repository permissions, then re-run.",
      evidence,
      findings
    }
  }
  return {
    status: 'pass',
    reason: `Duties were separated for ${what}: the merger was not the only approver and no author approved their own change.`,
    evidence,
    findings
  }
}

export const control = defineControl<SeparationParams>({
  meta: {
    id: 'change.separation-of-duties',
    needs: ['push'],
    title: 'Separation of duties',
    question: 'Was the change merged by someone other than its only approver, with no author approving their own change?',
    rationale:
      'Segregation of duties means no one person can write, approve and release a change alone. On GitHub a person ' +
      'with write access can approve and then merge, or a co-author can approve the commits they wrote; both defeat ' +
      'the four-eyes principle the review controls assume.',
    defaults: {},
    paramsSchema: {},
    remedy:
      'Have someone who neither wrote nor merged the change approve it (retrospectively if already merged), and require an approval from someone other than the last pusher in the branch rules.'
  },

  evaluate(record): Outcome {
    if (record.event.name === 'push') {
      const push = pushFactsOr(record)
      if ('unverified' in push) return push.unverified
      const facts = push.facts
      const evidence = PUSH_EVIDENCE
      const pulls = Object.values(facts.pulls)
      const failedLookups = facts.commits.filter(c => c.lookup === 'failed')
      if (pulls.length === 0) {
        if (failedLookups.length > 0 || facts.truncated) {
          return {
            status: 'not_verified',
            reason: `No merged pull request found in the push, but ${failedLookups.length} lookup(s) failed${facts.truncated ? ' and the commit list was cut short' : ''}.`,
            remedy: failedLookups[0]?.missing?.remedy,
            evidence
          }
        }
        return {
          status: 'not_applicable',
          reason: 'The push brings in no merged pull request (direct commits are judged by change.unreviewed-push).',
          evidence
        }
      }
      const byCommit = new Map((record.commits.value ?? []).map(c => [c.sha, c]))
      const findings: Finding[] = []
      for (const pr of pulls) {
        const name = `PR #${pr.number}`
        if (!pr.merged_by) {
          findings.push({
            status: 'not_verified',
            subject: `${name}: merger`,
            message: `${name}: who merged it is unknown${pr.missing ? ` (${pr.missing.reason})` : ''}.`
          })
          continue
        }
        if (!pr.reviews.value || pr.reviews.state === 'unavailable') {
          findings.push({
            status: 'not_verified',
            subject: `${name}: reviews`,
            message: `${name}: reviews could not be read (${pr.reviews.missing?.reason ?? pr.reviews.state}).`
          })
          continue
        }
        const writers = new Set<string>()
        for (const c of facts.commits.filter(x => x.merged_pr === pr.number)) {
          const full = byCommit.get(c.sha)
          for (const login of [c.author_login, c.committer_login]) if (login && login.toLowerCase() !== 'web-flow') writers.add(login.toLowerCase())
          for (const co of full?.co_authors ?? []) {
            const l = noreplyIdentity(co.email)?.login
            if (l) writers.add(l.toLowerCase())
          }
        }
        findings.push(
          ...judgeSeparation({
            name,
            mergedBy: pr.merged_by.login,
            prAuthor: pr.author?.login ?? null,
            reviews: pr.reviews.value,
            writers,
            // Only the pushed commits of the PR are known here (a squash merge shows one commit).
            writersIncomplete: null,
            permission: login => {
              const p = permissionOf(record, login)
              return p ? permissionQualifies(p) : 'not_checked'
            }
          })
        )
      }
      return summarize(findings, evidence, `${pulls.length} merged pull request(s) in the push`)
    }

    const pr = record.pull_request
    if (!pr.value) {
      if (pr.state === 'not_collected') return { status: 'not_applicable', reason: 'No pull request is under judgement.' }
      return {
        status: 'not_verified',
        reason: `The pull request could not be read: ${pr.missing?.reason ?? pr.state}.`,
        remedy: pr.missing?.remedy ?? 'Give the token `pull-requests: read`, then re-run.',
        evidence: ['/pull_request']
      }
    }
    const p = pr.value
    if (!p.merged) {
      return {
        status: 'not_applicable',
        reason: `PR #${p.number} is ${p.state === 'closed' ? 'closed without merging' : 'not merged yet'}; separation of duties is judged at merge.`
      }
    }
    const evidence = ['/pull_request/value/merged_by', '/reviews', '/commits', '/permissions']
    if (!p.merged_by?.login) {
      return {
        status: 'not_verified',
        reason: `PR #${p.number} is merged but GitHub did not say who merged it.`,
        remedy: 'Re-run on the closed event with `pull-requests: read` so GET /repos/{owner}/{repo}/pulls/{pull_number} returns merged_by.',
        evidence
      }
    }
    const problem = reviewsProblem(record)
    if (problem) return { status: 'not_verified', reason: `Approvals cannot be read: ${problem.reason}.`, remedy: problem.remedy, evidence }
    const who = contributors(record)
    const writers = new Set<string>([...who.commitLogins, ...who.coAuthorLogins])
    const findings = judgeSeparation({
      name: `PR #${p.number}`,
      mergedBy: p.merged_by.login,
      prAuthor: p.author.login,
      // Who approved, whenever: a retrospective approval of an emergency change separates duties too (its timing is
      // change.emergency's to judge, and review.approvals counts only approvals before the merge).
      reviews: record.reviews.value ?? [],
      writers,
      writersIncomplete: who.complete ? unresolvedMatch(who.unresolvedCoAuthors, record.reviews.value ?? []) : (who.incompleteReason ?? 'commits unknown'),
      permission: login => permissionQualifies(permissionOf(record, login))
    })
    return summarize(findings, evidence, `PR #${p.number}`)
  }
})
