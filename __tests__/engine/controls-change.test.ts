/**
 * Runner-level acceptance tests of the checks, signature and change-record controls and of the list limits
 * (issues 4 and 11): `node dist/index.js` with the runner's environment against the fake GitHub API (every
 * answer validated against GitHub's OpenAPI schema), judged from results.json / record.json in the evidence
 * bundle, the gate result and the exit code.
 */
import { describe, expect, test } from '@jest/globals'
import type { RunResult } from '../helpers/runner.js'
import { expectJudgeable, recordOf, resultsOf as results, runGate, useFakeGitHub, verdictOf as verdict, workspace } from '../helpers/gate.js'
import { serveScenario, type Scenario, DEFAULT_REVIEWER } from '../helpers/scenario.js'
import * as gh from '../helpers/github-data.js'

const AUTHOR = 'alice-author'
const ALICE = { name: 'Alice', email: 'alice@example.com', login: AUTHOR }
/** serveScenario's head SHA for PR 7 (its default number). */
const HEAD = gh.fakeSha('head-7')
const BASE = gh.fakeSha('base-7')

const fake = useFakeGitHub()

interface GateOptions {
  /** Policy YAML at .github/compliance-gate.yml on the base commit (the working tree is never read for it). */
  policy?: string
  action?: string
  sender?: string
  merged?: boolean
  mergedBy?: string | null
  /**
   * false: no checkout at all (the API alone). The default workspace is a git repository without the PR's
   * commits, which leaves a change of several commits' secrets history not verified (fetch-depth 0 needed).
   */
  checkout?: boolean
}

async function gate(s: Scenario, opts: GateOptions = {}, judgeable = true): Promise<RunResult> {
  const ws = opts.checkout === false ? null : workspace()
  if (opts.policy) s.baseFiles['.github/compliance-gate.yml'] = opts.policy
  const r = await runGate(fake, s, {
    action: opts.action,
    sender: opts.sender,
    event: { ...(opts.merged !== undefined ? { merged: opts.merged } : {}), ...(opts.mergedBy !== undefined ? { mergedBy: opts.mergedBy } : {}) },
    cwd: ws
  })
  // Every scenario here is judgeable (no run-level error: those make the result 'error', not a verdict) unless
  // the test says otherwise.
  if (judgeable) expectJudgeable(r)
  return r
}

function blocking(r: RunResult): string[] {
  return results(r)
    .verdicts.filter(v => v.effect === 'blocking')
    .map(v => v.control)
    .sort()
}

const DEFAULT_RULES: gh.BranchRuleSpec[] = [
  { type: 'pull_request', parameters: { required_approving_review_count: 1, dismiss_stale_reviews_on_push: true, require_last_push_approval: true } },
  { type: 'non_fast_forward' },
  { type: 'deletion' }
]

/** The default ruleset plus a required_status_checks rule naming `contexts`. */
function rulesRequiring(...contexts: string[]): gh.BranchRuleSpec[] {
  return [...DEFAULT_RULES, { type: 'required_status_checks', parameters: { required_status_checks: contexts.map(context => ({ context })) } }]
}

// -------------------------------------------------------------------------------------------------------
// checks.required
// -------------------------------------------------------------------------------------------------------

describe('checks.required', () => {
  test('a pending (in_progress) required check → fail with "re-run when it completes"', async () => {
    const s = serveScenario(fake, { rules: rulesRequiring('build'), checkRuns: [{ name: 'build', status: 'in_progress' }] })
    const r = await gate(s)
    expect(r.code).toBe(1)
    expect(blocking(r)).toEqual(['checks.required'])
    const v = verdict(r, 'checks.required')
    expect(v.status).toBe('fail')
    expect(v.reason).toBe('1 of 1 required check(s) did not succeed: build. build still running; re-run when it completes.')
    expect(v.findings[0].message).toBe(
      `Still running (head ${HEAD.slice(0, 7)}: check run (github-actions) is in_progress); re-run the gate when it completes.`
    )
  })

  test('skipped and neutral count as success', async () => {
    const s = serveScenario(fake, {
      rules: rulesRequiring('lint', 'docs'),
      checkRuns: [
        { name: 'lint', status: 'completed', conclusion: 'skipped' },
        { name: 'docs', status: 'completed', conclusion: 'neutral' }
      ]
    })
    const r = await gate(s)
    expect(r.code).toBe(0)
    const v = verdict(r, 'checks.required')
    expect(v.status).toBe('pass')
    expect(v.reason).toMatch(/^All 2 required check\(s\) succeeded: lint, docs\./)
    expect(v.findings.map(f => f.message)).toEqual([
      `Succeeded at head ${HEAD.slice(0, 7)}: check run (github-actions) concluded skipped.`,
      `Succeeded at head ${HEAD.slice(0, 7)}: check run (github-actions) concluded neutral.`
    ])
  })

  test('a required check that never reported → fail', async () => {
    const s = serveScenario(fake, { rules: rulesRequiring('build', 'e2e'), checkRuns: [{ name: 'build', status: 'completed', conclusion: 'success' }] })
    const r = await gate(s)
    expect(r.code).toBe(1)
    const v = verdict(r, 'checks.required')
    expect(v.status).toBe('fail')
    expect(v.reason).toBe('1 of 2 required check(s) did not succeed: e2e.')
    const e2e = v.findings.find(f => f.subject === 'e2e')
    expect(e2e?.message).toBe(`Required check never reported at head ${HEAD.slice(0, 7)}.`)
    expect(e2e?.remedy).toMatch(/Make sure the workflow or app that reports "e2e" runs on this commit/)
  })

  test("the gate's own check (compliance-gate) is excluded even while in progress", async () => {
    const s = serveScenario(fake, {
      rules: rulesRequiring('build', 'compliance-gate'),
      checkRuns: [
        { name: 'build', status: 'completed', conclusion: 'success' },
        { name: 'compliance-gate', status: 'in_progress' }
      ]
    })
    const r = await gate(s)
    expect(r.code).toBe(0)
    expect(r.outputs.result).toBe('pass')
    const v = verdict(r, 'checks.required')
    expect(v.status).toBe('pass')
    expect(v.reason).toMatch(/^All 1 required check\(s\) succeeded: build\. The gate's own check \(compliance-gate\) is excluded\./)
    expect(v.findings.map(f => f.subject)).toEqual(['build'])
  })

  test('a failing commit status context required by a ruleset → fail', async () => {
    const s = serveScenario(fake, {
      rules: rulesRequiring('ci/legacy'),
      statuses: [{ context: 'ci/legacy', state: 'failure' }]
    })
    const r = await gate(s)
    expect(r.code).toBe(1)
    expect(blocking(r)).toEqual(['checks.required'])
    const v = verdict(r, 'checks.required')
    expect(v.status).toBe('fail')
    expect(v.reason).toBe('1 of 1 required check(s) did not succeed: ci/legacy.')
    expect(v.findings[0].message).toBe(`Did not succeed (head ${HEAD.slice(0, 7)}: commit status failure ("ci/legacy: failure")).`)
  })

  test('a successful commit status satisfies a required context', async () => {
    const s = serveScenario(fake, { rules: rulesRequiring('ci/legacy'), statuses: [{ context: 'ci/legacy', state: 'success' }] })
    const r = await gate(s)
    expect(verdict(r, 'checks.required').status).toBe('pass')
  })

  test('check runs and statuses unreadable (403) → not_verified naming checks: read', async () => {
    const s = serveScenario(fake, { rules: rulesRequiring('build') })
    fake.fault('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', { status: 403 })
    fake.fault('GET /repos/{owner}/{repo}/commits/{ref}/status', { status: 403 })
    const r = await gate(s)
    expect(r.code).toBe(1)
    const v = verdict(r, 'checks.required')
    expect(v.status).toBe('not_verified')
    expect(v.effect).toBe('blocking')
    expect(v.findings[0]).toMatchObject({ status: 'not_verified', subject: 'build' })
    expect(v.findings[0].remedy ?? v.remedy).toMatch(/checks: read/)
  })
})

// -------------------------------------------------------------------------------------------------------
// commits.signed
// -------------------------------------------------------------------------------------------------------

describe('commits.signed', () => {
  const unsigned = gh.fakeSha('unsigned-head')

  test('ruleset required_signatures + an unsigned commit → fail naming the commit and reason unsigned', async () => {
    const s = serveScenario(fake, {
      headSha: unsigned,
      rules: [...DEFAULT_RULES, { type: 'required_signatures' }],
      commits: [{ sha: unsigned, message: 'Unsigned work', author: ALICE, committer: ALICE, verified: false }]
    })
    const r = await gate(s)
    expect(r.code).toBe(1)
    expect(blocking(r)).toEqual(['commits.signed'])
    const v = verdict(r, 'commits.signed')
    expect(v.status).toBe('fail')
    expect(v.reason).toBe(
      `1 of 1 commit(s) have no verified signature (required by an active ruleset (required_signatures)): ${unsigned.slice(0, 7)} (unsigned).`
    )
    expect(v.findings).toEqual([
      expect.objectContaining({
        status: 'fail',
        subject: unsigned,
        message: `${unsigned.slice(0, 7)} by ${AUTHOR}: not verified (unsigned).`,
        data: { reason: 'unsigned', index: 0 }
      })
    ])
  })

  test('ruleset required_signatures + verified commits → pass', async () => {
    const sha = gh.fakeSha('signed-head')
    const s = serveScenario(fake, {
      headSha: sha,
      rules: [...DEFAULT_RULES, { type: 'required_signatures' }],
      commits: [{ sha, message: 'Signed work', author: ALICE, committer: ALICE, verified: true }]
    })
    const r = await gate(s)
    expect(r.code).toBe(0)
    const v = verdict(r, 'commits.signed')
    expect(v.status).toBe('pass')
    expect(v.reason).toBe('All 1 commit(s) carry a verified signature (required by an active ruleset (required_signatures)).')
  })

  test('no ruleset requirement and classic protection unreadable + unsigned → not_verified as a warning', async () => {
    const s = serveScenario(fake, {
      headSha: unsigned,
      commits: [{ sha: unsigned, message: 'Unsigned work', author: ALICE, committer: ALICE, verified: false }]
    })
    const r = await gate(s)
    expect(r.code).toBe(0)
    const v = verdict(r, 'commits.signed')
    expect(v.status).toBe('not_verified')
    expect(v.effect).toBe('warning')
    expect(v.remedy).toMatch(/Administration: read/)
    expect(v.remedy).toMatch(/`required: true`/)
  })
})

// -------------------------------------------------------------------------------------------------------
// change.ticket
// -------------------------------------------------------------------------------------------------------

describe('change.ticket', () => {
  const POLICY = "version: 1\ncontrols:\n  change.ticket:\n    enabled: true\n    pattern: '[A-Z][A-Z0-9]+-\\d+'\n"

  test('off by default (no pattern): not in the verdicts as a check', async () => {
    const s = serveScenario(fake)
    const r = await gate(s)
    expect(results(r).verdicts.find(v => v.control === 'change.ticket')).toBeUndefined()
  })

  test('a ticket in the branch name → pass', async () => {
    const s = serveScenario(fake, { headRef: 'feature/PROJ-123-login', title: 'Fix the login form', body: 'Small fix.' })
    const r = await gate(s, { policy: POLICY })
    expect(r.code).toBe(0)
    const v = verdict(r, 'change.ticket')
    expect(v.status).toBe('pass')
    expect(v.reason).toBe('Ticket PROJ-123 found in the branch name.')
  })

  test('no ticket anywhere → fail', async () => {
    const s = serveScenario(fake, { headRef: 'fix-login', title: 'Fix the login form', body: 'Small fix. <!-- PROJ-1 in a comment does not count -->' })
    const r = await gate(s, { policy: POLICY })
    expect(r.code).toBe(1)
    expect(blocking(r)).toEqual(['change.ticket'])
    const v = verdict(r, 'change.ticket')
    expect(v.status).toBe('fail')
    expect(v.reason).toBe('No ticket reference (pattern /[A-Z][A-Z0-9]+-\\d+/) in title, body, branch.')
  })

  test('the pull request unreadable (403) → not_verified', async () => {
    const s = serveScenario(fake)
    fake.fault('GET /repos/{owner}/{repo}/pulls/{pull_number}', { status: 403 })
    const r = await gate(s, { policy: POLICY }, false)
    const v = verdict(r, 'change.ticket')
    expect(v.status).toBe('not_verified')
    expect(v.reason).toMatch(/^The pull request could not be read: /)
    // The pull request itself unread is a run-level error (issue 19), the verdicts still recorded.
    expect(r.outputs.result).toBe('error')
    expect(r.code).toBe(1)
  })
})

// -------------------------------------------------------------------------------------------------------
// change.emergency
// -------------------------------------------------------------------------------------------------------

describe('change.emergency', () => {
  const POLICY = 'version: 1\ncontrols:\n  change.emergency:\n    enabled: true\n    label: emergency-change\n    retro-approval-hours: 72\n'

  test('the label on an open PR waives review.approvals (pass with waived in results.json)', async () => {
    const s = serveScenario(fake, { labels: ['emergency-change'], reviews: [] })
    const r = await gate(s, { policy: POLICY })
    expect(r.code).toBe(0)
    expect(r.outputs.result).toBe('pass')
    const v = verdict(r, 'review.approvals')
    expect(v.status).toBe('pass')
    expect(v.effect).toBe('none')
    expect(v.waived).toEqual({
      by: "label 'emergency-change'",
      reason: 'Emergency change; change.emergency requires a retrospective approval within 72 h of merge.'
    })
    expect(v.reason).toMatch(
      /^Waived: emergency change \(label 'emergency-change'\)\. Without the waiver: fail — 0 of 1 required approval qualify\. No one has approved\./
    )
    expect(verdict(r, 'review.last-push').waived).toBeDefined()
    const e = verdict(r, 'change.emergency')
    expect(e.status).toBe('pass')
    expect(e.reason).toMatch(/retrospective approval due within 72 h of merge/)
    // The record flags it: the label is in the PR facts.
    expect(recordOf(r).pull_request.value.labels).toEqual(['emergency-change'])
  })

  test('without the label nothing is waived', async () => {
    const s = serveScenario(fake, { reviews: [] })
    const r = await gate(s, { policy: POLICY })
    expect(r.code).toBe(1)
    expect(verdict(r, 'review.approvals')).toMatchObject({ status: 'fail', effect: 'blocking' })
    expect(verdict(r, 'review.approvals').waived).toBeUndefined()
    expect(verdict(r, 'change.emergency').status).toBe('not_applicable')
  })

  test('merged emergency PR with a retrospective approval after merge → pass', async () => {
    const s = serveScenario(fake, {
      labels: ['emergency-change'],
      merged: true,
      mergedBy: AUTHOR,
      mergedAt: '2026-11-20T10:00:00Z',
      reviews: [{ id: 1, user: DEFAULT_REVIEWER, state: 'APPROVED', commit_id: HEAD, submitted_at: '2026-11-20T12:30:00Z' }]
    })
    const r = await gate(s, { policy: POLICY, action: 'closed', merged: true, mergedBy: AUTHOR })
    expect(r.code).toBe(0)
    const v = verdict(r, 'change.emergency')
    expect(v.status).toBe('pass')
    expect(v.reason).toBe('Emergency change merged at 2026-11-20T10:00:00Z; rita-reviewer approved it retrospectively within 72 h.')
  })

  test('merged emergency PR whose window passed without a retrospective approval → fail (a pre-merge approval is not one)', async () => {
    const s = serveScenario(fake, {
      labels: ['emergency-change'],
      merged: true,
      mergedBy: AUTHOR,
      mergedAt: '2024-03-01T10:00:00Z',
      reviews: [{ id: 1, user: DEFAULT_REVIEWER, state: 'APPROVED', commit_id: HEAD, submitted_at: '2024-03-01T09:00:00Z' }]
    })
    const r = await gate(s, { policy: POLICY, action: 'closed', merged: true, mergedBy: AUTHOR })
    expect(r.code).toBe(1)
    expect(blocking(r)).toEqual(['change.emergency'])
    const v = verdict(r, 'change.emergency')
    expect(v.status).toBe('fail')
    expect(v.reason).toBe(
      'Emergency change merged at 2024-03-01T10:00:00Z got no independent retrospective approval within 72 h (window closed 2024-03-04T10:00:00.000Z).'
    )
  })

  test('merged emergency PR still inside its window without an approval → not_verified, due date named', async () => {
    const mergedAt = new Date(Date.now() - 3_600_000).toISOString().replace(/\.\d{3}Z$/, 'Z')
    const s = serveScenario(fake, { labels: ['emergency-change'], merged: true, mergedBy: AUTHOR, mergedAt, reviews: [] })
    const r = await gate(s, { policy: POLICY, action: 'closed', merged: true, mergedBy: AUTHOR })
    const v = verdict(r, 'change.emergency')
    expect(v.status).toBe('not_verified')
    expect(v.reason).toMatch(/^Retrospective approval due by \S+ \(emergency change merged at /)
    expect(v.remedy).toMatch(/Get an independent approval on PR #7 before/)
  })
})

// -------------------------------------------------------------------------------------------------------
// change.separation-of-duties
// -------------------------------------------------------------------------------------------------------

describe('change.separation-of-duties', () => {
  test('pull_request closed+merged where the merger is the sole approver → fail', async () => {
    const s = serveScenario(fake, { merged: true, mergedBy: DEFAULT_REVIEWER, mergedAt: '2026-11-20T11:00:00Z' })
    const r = await gate(s, { action: 'closed', merged: true, mergedBy: DEFAULT_REVIEWER, sender: DEFAULT_REVIEWER })
    expect(r.code).toBe(1)
    expect(blocking(r)).toEqual(['change.separation-of-duties'])
    const v = verdict(r, 'change.separation-of-duties')
    expect(v.status).toBe('fail')
    expect(v.reason).toBe('PR #7 was merged by rita-reviewer, its only approver.')
    // The merger's permission is part of the record.
    expect(recordOf(r).pull_request.value.merged_by.login).toBe(DEFAULT_REVIEWER)
  })

  test('another independent approver → pass', async () => {
    const s = serveScenario(fake, {
      merged: true,
      mergedBy: DEFAULT_REVIEWER,
      mergedAt: '2026-11-20T11:00:00Z',
      reviews: [
        { id: 1, user: DEFAULT_REVIEWER, state: 'APPROVED', commit_id: HEAD, submitted_at: '2026-11-20T10:00:00Z' },
        { id: 2, user: 'bob-builder', state: 'APPROVED', commit_id: HEAD, submitted_at: '2026-11-20T10:30:00Z' }
      ],
      permissions: { [DEFAULT_REVIEWER]: 'write', 'bob-builder': 'write' }
    })
    const r = await gate(s, { action: 'closed', merged: true, mergedBy: DEFAULT_REVIEWER, sender: DEFAULT_REVIEWER })
    expect(r.code).toBe(0)
    const v = verdict(r, 'change.separation-of-duties')
    expect(v.status).toBe('pass')
    expect(v.findings.find(f => f.subject === 'PR #7: merger')?.message).toBe(
      'PR #7 was merged by rita-reviewer and approved by bob-builder, who is independent of the merger and the authors.'
    )
  })

  test('an author approving their own change → fail (self-approval)', async () => {
    const s = serveScenario(fake, {
      merged: true,
      mergedBy: DEFAULT_REVIEWER,
      reviews: [
        { id: 1, user: AUTHOR, state: 'APPROVED', commit_id: HEAD, submitted_at: '2026-11-20T10:00:00Z' },
        { id: 2, user: 'bob-builder', state: 'APPROVED', commit_id: HEAD, submitted_at: '2026-11-20T10:30:00Z' }
      ],
      permissions: { [AUTHOR]: 'write', 'bob-builder': 'write', [DEFAULT_REVIEWER]: 'write' }
    })
    const r = await gate(s, { action: 'closed', merged: true, mergedBy: DEFAULT_REVIEWER })
    const v = verdict(r, 'change.separation-of-duties')
    expect(v.status).toBe('fail')
    expect(v.reason).toBe('PR #7: alice-author approved a change they opened.')
  })

  test('merged but GitHub did not say who merged it → not_verified', async () => {
    const s = serveScenario(fake, { merged: true, mergedBy: null })
    const r = await gate(s, { action: 'closed', merged: true, mergedBy: null })
    const v = verdict(r, 'change.separation-of-duties')
    expect(v.status).toBe('not_verified')
    expect(v.reason).toBe('PR #7 is merged but GitHub did not say who merged it.')
  })

  test('an open PR → not_applicable', async () => {
    const s = serveScenario(fake)
    const r = await gate(s)
    expect(verdict(r, 'change.separation-of-duties').status).toBe('not_applicable')
  })
})

// -------------------------------------------------------------------------------------------------------
// Limits: pagination and GitHub's caps
// -------------------------------------------------------------------------------------------------------

describe('limits', () => {
  /** `n` commits by Alice, chained; the last is `head`. */
  function commits(n: number, head: string, verified = false): gh.CommitOptions[] {
    const out: gh.CommitOptions[] = []
    let parent = BASE
    for (let i = 1; i <= n; i++) {
      const sha = i === n ? head : gh.fakeSha(`limit-commit-${i}`)
      out.push({ sha, message: `Step ${i}`, author: ALICE, committer: ALICE, parents: [parent], verified })
      parent = sha
    }
    return out
  }

  test('more than 100 reviews, commits and files are paginated; every fact is in record.json', async () => {
    const N = 150
    const reviews: gh.ReviewOptions[] = []
    for (let i = 1; i < N; i++) reviews.push({ id: i, user: `commenter-${i}`, state: 'COMMENTED', commit_id: HEAD, submitted_at: '2026-11-20T09:00:00Z' })
    reviews.push({ id: N, user: DEFAULT_REVIEWER, state: 'APPROVED', commit_id: HEAD, submitted_at: '2026-11-20T10:00:00Z' })
    const files: gh.PrFileOptions[] = Array.from({ length: N }, (_, i) => ({
      filename: `src/mod${i}.ts`,
      status: 'modified' as const,
      additions: 1,
      deletions: 0,
      patch: `@@ -1 +1,2 @@\n const x${i} = 1\n+const y${i} = 2\n`
    }))
    const s = serveScenario(fake, { commits: commits(N, HEAD), files, reviews })
    const r = await gate(s, { checkout: false })
    expect(r.code).toBe(0)
    for (const route of ['reviews', 'commits', 'files']) {
      const pages = fake.requestsFor(`GET /repos/{owner}/{repo}/pulls/{pull_number}/${route}`).map(q => q.query.page ?? '1')
      expect({ route, pages }).toEqual({ route, pages: ['1', '2'] })
    }
    const rec = recordOf(r)
    expect(rec.truncated).toEqual([])
    expect(rec.reviews.state).toBe('complete')
    expect(rec.reviews.value).toHaveLength(N)
    expect(rec.reviews.value[N - 1]).toMatchObject({ id: N, state: 'APPROVED', user: { login: DEFAULT_REVIEWER } })
    expect(rec.commits.state).toBe('complete')
    expect(rec.commits.value.map((c: { sha: string }) => c.sha)).toEqual(commits(N, HEAD).map(c => c.sha))
    expect(rec.files.state).toBe('complete')
    expect(rec.files.value.map((f: { path: string }) => f.path)).toEqual(files.map(f => f.filename))
    // The approval on page 2 was found and counts.
    expect(verdict(r, 'review.approvals').status).toBe('pass')
  })

  test('a PR of 300 commits where GitHub serves only 250: record.truncated names it and commit-based verdicts say so', async () => {
    const s = serveScenario(fake, { commits: commits(300, HEAD, true), rules: [...DEFAULT_RULES, { type: 'required_signatures' }] })
    const r = await gate(s, { checkout: false })
    expect(r.code).toBe(1)
    const pages = fake.requestsFor('GET /repos/{owner}/{repo}/pulls/{pull_number}/commits').map(q => q.query.page ?? '1')
    expect(pages).toEqual(['1', '2', '3'])
    const rec = recordOf(r)
    expect(rec.truncated).toEqual([
      { what: 'commits', reason: 'GitHub lists at most 250 commits of a pull request; this one has 300. Controls over commits judge only those listed.' }
    ])
    expect(rec.commits.state).toBe('partial')
    expect(rec.commits.value).toHaveLength(250)
    expect(rec.commits.missing.reason).toBe("Only 250 of 300 commits could be listed (GitHub's cap).")

    const approvals = verdict(r, 'review.approvals')
    expect(approvals.status).toBe('not_verified')
    expect(approvals.reason).toContain("Only 250 of 300 commits could be listed (GitHub's cap)")
    expect(approvals.remedy).toBe('Split the pull request, or judge it with the CLI over a full checkout.')

    const signed = verdict(r, 'commits.signed')
    expect(signed.status).toBe('not_verified')
    expect(signed.reason).toBe("Only 250 commit(s) were read (Only 250 of 300 commits could be listed (GitHub's cap).); the rest cannot be checked.")
    // The ruleset requires signatures, so commits that could not be read block (only an unknown requirement warns).
    expect(signed.effect).toBe('blocking')
    const lastPush = verdict(r, 'review.last-push')
    expect(lastPush.status).toBe('not_verified')
    expect(lastPush.findings[0].message).toContain("Only 250 of 300 commits could be listed (GitHub's cap)")
    expect(blocking(r)).toEqual(['commits.signed', 'review.approvals', 'review.last-push'])
  })
})
