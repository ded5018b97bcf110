/**
 * change.unreviewed-push: on a push, every pushed commit came in through a merged pull request.
 *
 * A commit counts as reviewed when GitHub associates it with a PR merged into the pushed branch
 * (`GET /repos/{o}/{r}/commits/{sha}/pulls`: PR commits, and the merge or squash commit of a merged PR).
 * A commit in no merged PR was pushed directly and fails, named by SHA and author. Failed lookups and
 * commits past `max-commits` are not verified. Only pushes to `branches` (default: the repository's default
 * branch) are judged; other events and branches are not_applicable.
 */
import { minimatch } from 'minimatch'
import type { Finding } from '../model/verdict.js'
import { PUSH_EVIDENCE, pushFactsOr } from './lib/push.js'
import { defineControl, type Outcome } from './types.js'

export interface UnreviewedPushParams {
  'max-commits': number
  branches: string[]
}

const ZERO_SHA = /^0+$/

export const control = defineControl<UnreviewedPushParams>({
  meta: {
    id: 'change.unreviewed-push',
    needs: ['push'],
    title: 'No unreviewed pushes',
    question: 'Did every commit pushed to the protected branch arrive through a merged pull request?',
    rationale:
      'A commit pushed straight to the release branch skipped review, checks and approval, even if branch ' +
      'protection exists (admins and bypass actors can push). Checking each pushed commit catches the bypass ' +
      'after the fact, naming the commit for the auditor.',
    defaults: { 'max-commits': 250, branches: [] },
    paramsSchema: {
      'max-commits': {
        type: 'integer',
        minimum: 1,
        default: 250,
        description: 'Look up at most this many pushed commits (one API call each); the rest are reported as not verified.'
      },
      branches: {
        type: 'array',
        items: { type: 'string', minLength: 1 },
        default: [],
        description:
          "Glob patterns of branches whose pushes are judged. Empty: the repository's default branch (every branch when the default branch is unknown)."
      }
    },
    remedy:
      'Open a pull request for the change (revert and re-land it through review, or have it reviewed retrospectively), and remove the direct-push bypass from the branch rules.'
  },

  evaluate(record, params): Outcome {
    if (record.event.name !== 'push') return { status: 'not_applicable', reason: `Judged on push events only (this is ${record.event.name}).` }
    const ref = record.event.ref ?? ''
    if (ref.startsWith('refs/tags/')) return { status: 'not_applicable', reason: `Tag push (${ref}).` }
    if (record.event.after && ZERO_SHA.test(record.event.after))
      return { status: 'not_applicable', reason: `Branch deletion (${ref}); no commits were pushed.` }
    const branch = ref.replace(/^refs\/heads\//, '') || record.subject.base_ref
    const patterns = params.branches?.length ? params.branches : record.repository.default_branch ? [record.repository.default_branch] : []
    if (patterns.length && !patterns.some(p => minimatch(branch, p))) {
      return { status: 'not_applicable', reason: `Push to "${branch}", which is not among the judged branches (${patterns.join(', ')}).` }
    }
    const push = pushFactsOr(record)
    if ('unverified' in push) return push.unverified
    const facts = push.facts
    const evidence = PUSH_EVIDENCE
    if (facts.total_commits === 0) return { status: 'not_applicable', reason: 'The push contains no new commits.', evidence }
    const findings: Finding[] = facts.commits.map(c => {
      const short = c.sha.slice(0, 7)
      const who = c.author_login ?? c.author_name ?? 'unknown author'
      if (c.lookup === 'failed') {
        return {
          status: 'not_verified',
          subject: c.sha,
          message: `${short} by ${who}: pull request lookup failed (${c.missing?.reason ?? 'no answer'}).`,
          ...(c.missing?.remedy ? { remedy: c.missing.remedy } : {})
        }
      }
      if (c.merged_pr !== null) {
        const pr = facts.pulls[String(c.merged_pr)]
        const how = pr?.merge_commit_sha === c.sha ? 'merge commit of' : 'in'
        return {
          status: 'pass',
          subject: c.sha,
          message: `${short} by ${who}: ${how} PR #${c.merged_pr}, merged into ${facts.branch}.`,
          data: { pull_request: c.merged_pr }
        }
      }
      const open = c.associated.filter(a => !a.merged_at)
      const elsewhere = c.associated.filter(a => a.merged_at && a.base_ref !== facts.branch)
      const note = open.length
        ? ` (in unmerged PR ${open.map(a => `#${a.number}`).join(', ')})`
        : elsewhere.length
          ? ` (merged only into ${[...new Set(elsewhere.map(a => a.base_ref))].join(', ')})`
          : ''
      return {
        status: 'fail',
        subject: c.sha,
        message: `${short} by ${who} was pushed to ${facts.branch} without a merged pull request${note}.`,
        data: { author: who }
      }
    })
    const bad = findings.filter(f => f.status === 'fail')
    const unknown = findings.filter(f => f.status === 'not_verified')
    const skipped = facts.total_commits - facts.commits.length
    if (bad.length > 0) {
      return {
        status: 'fail',
        reason: `${bad.length} pushed commit(s) are in no merged pull request: ${bad.map(f => `${f.subject.slice(0, 7)} (${String(f.data?.author)})`).join(', ')}.`,
        evidence,
        findings
      }
    }
    if (unknown.length > 0 || facts.truncated) {
      return {
        status: 'not_verified',
        reason:
          [
            unknown.length ? `${unknown.length} commit lookup(s) failed` : null,
            facts.truncated
              ? `${skipped > 0 ? skipped : 'some'} pushed commit(s) beyond max-commits ${facts.max_commits} (or GitHub's list cap) were not looked up`
              : null
          ]
            .filter(Boolean)
            .join('; ') + '.',
        remedy: unknown.find(f => f.remedy)?.remedy ?? 'Raise `max-commits` for change.unreviewed-push, or audit the remaining commits with the CLI.',
        evidence,
        findings
      }
    }
    return { status: 'pass', reason: `All ${findings.length} pushed commit(s) came through merged pull requests into ${facts.branch}.`, evidence, findings }
  }
})
