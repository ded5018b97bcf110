/**
 * Runner-level acceptance tests of the review, code-owner and branch-protection controls (issues 4 and 11):
 * `node dist/index.js` with the runner's environment against the fake GitHub API (every answer validated
 * against GitHub's OpenAPI schema). Each control's pass, fail and not_verified paths, judged from
 * results.json in the evidence bundle, the gate result / exit code and the annotations.
 */
import { describe, expect, test } from '@jest/globals'
import type { RunResult } from '../helpers/runner.js'
import { expectJudgeable, recordOf, resultsOf as results, runGate, useFakeGitHub, verdictOf as verdict } from '../helpers/gate.js'
import { serveScenario, type Scenario, type ScenarioOptions, DEFAULT_REVIEWER } from '../helpers/scenario.js'
import * as gh from '../helpers/github-data.js'

const AUTHOR = 'alice-author'
const ALICE = { name: 'Alice', email: 'alice@example.com', login: AUTHOR }
/** serveScenario's head SHA for PR 7 (its default number). */
const HEAD = gh.fakeSha('head-7')

const fake = useFakeGitHub()

async function gate(s: Scenario, opts: { sender?: string; action?: string; eventPath?: string; cwd?: string | null } = {}): Promise<RunResult> {
  const r = await runGate(fake, s, opts)
  // Every scenario here is judgeable: no run-level error (those make the result 'error', not a verdict).
  expectJudgeable(r)
  return r
}

/** A gate run that must fail exactly because of `blocking` (exit 1, result fail, failed-controls listed). */
function expectBlocked(r: RunResult, ...blocking: string[]): void {
  expect(r.code).toBe(1)
  expect(r.outputs.result).toBe('fail')
  const res = results(r)
  expect(
    res.verdicts
      .filter(v => v.effect === 'blocking')
      .map(v => v.control)
      .sort()
  ).toEqual([...blocking].sort())
  expect(r.annotations.some(a => a.level === 'error' && a.message.startsWith(`compliance-gate failed: ${blocking.length === 1 ? blocking[0] : ''}`))).toBe(true)
}

function expectPassed(r: RunResult): void {
  expect(r.code).toBe(0)
  expect(r.outputs.result).toBe('pass')
}

const review = (
  user: string,
  state: gh.ReviewOptions['state'],
  commit_id: string | null,
  id: number,
  submitted_at = `2026-11-20T1${id % 10}:00:00Z`
): gh.ReviewOptions => ({
  id,
  user,
  state,
  commit_id,
  submitted_at
})

// -------------------------------------------------------------------------------------------------------
// review.approvals
// -------------------------------------------------------------------------------------------------------

describe('review.approvals', () => {
  test('an independent approval of the head commit by a writer passes', async () => {
    const s = serveScenario(fake)
    const r = await gate(s)
    expectPassed(r)
    const v = verdict(r, 'review.approvals')
    expect(v.status).toBe('pass')
    expect(v.reason).toMatch(/^1 of 1 required approval qualify \(rita-reviewer\)/)
    expect(v.findings).toEqual([
      expect.objectContaining({ status: 'pass', subject: DEFAULT_REVIEWER, data: expect.objectContaining({ commit_id: s.headSha, permission: 'write' }) })
    ])
  })

  test('an approval of an earlier commit followed by a new push is stale: fail', async () => {
    const first = gh.fakeSha('stale-first')
    const head = gh.fakeSha('stale-head')
    const s = serveScenario(fake, {
      headSha: head,
      commits: [
        { sha: first, message: 'First cut', author: ALICE, committer: ALICE },
        { sha: head, message: 'Address review', author: ALICE, committer: ALICE, parents: [first] }
      ],
      reviews: [review(DEFAULT_REVIEWER, 'APPROVED', first, 1)]
    })
    // No checkout: the default workspace lacks the PR's two commits, which would leave the secrets history not verified.
    const r = await gate(s, { cwd: null })
    expectBlocked(r, 'review.approvals', 'review.last-push')
    const v = verdict(r, 'review.approvals')
    expect(v.status).toBe('fail')
    expect(v.reason).toMatch(/0 of 1 required approval qualify/)
    expect(v.reason).toMatch(/rita-reviewer's approval does not count: approved an earlier commit, not the head; a later push made the approval stale/)
    expect(v.findings[0].data).toMatchObject({ commit_id: first, reasons: ['stale'] })
    expect(v.remedy).toMatch(/approve its head commit/)
  })

  test('an approval with commit_id null is treated as stale', async () => {
    const s = serveScenario(fake, { reviews: [review(DEFAULT_REVIEWER, 'APPROVED', null, 1)] })
    const r = await gate(s)
    const v = verdict(r, 'review.approvals')
    expect(v.status).toBe('fail')
    expect(v.findings[0].data).toMatchObject({ reasons: ['no-commit-id'] })
  })

  test('an approval from a read-only collaborator does not count', async () => {
    const s = serveScenario(fake, { permissions: { [DEFAULT_REVIEWER]: 'read' } })
    const r = await gate(s)
    expectBlocked(r, 'review.approvals', 'review.last-push')
    const v = verdict(r, 'review.approvals')
    expect(v.status).toBe('fail')
    expect(v.reason).toMatch(/has a repository role below write \(triage\/read\/none\)/)
    expect(v.findings[0].data).toMatchObject({ permission: 'read', role_name: 'read', reasons: ['permission'] })
  })

  test('triage (role_name triage, permission read) does not count', async () => {
    const s = serveScenario(fake, { permissions: { [DEFAULT_REVIEWER]: ['read', 'triage'] } })
    const r = await gate(s)
    const v = verdict(r, 'review.approvals')
    expect(v.status).toBe('fail')
    expect(v.findings[0].data).toMatchObject({ permission: 'read', role_name: 'triage', reasons: ['permission'] })
    expect(recordOf(r).permissions.value[DEFAULT_REVIEWER]).toEqual({ permission: 'read', role_name: 'triage' })
  })

  test('maintain (role_name maintain, permission write) counts', async () => {
    const s = serveScenario(fake, { permissions: { [DEFAULT_REVIEWER]: ['write', 'maintain'] } })
    const r = await gate(s)
    expectPassed(r)
    const v = verdict(r, 'review.approvals')
    expect(v.status).toBe('pass')
    expect(v.findings[0].data).toMatchObject({ permission: 'write', role_name: 'maintain', reasons: [] })
  })

  test('a bot approval (dependabot[bot], type Bot) never counts, even with write', async () => {
    const bot = 'dependabot[bot]'
    const s = serveScenario(fake, { reviews: [review(bot, 'APPROVED', HEAD, 1)], permissions: { [bot]: 'write' } })
    const r = await gate(s)
    expectBlocked(r, 'review.approvals', 'review.last-push')
    const rec = recordOf(r)
    expect(rec.reviews.value[0].user).toMatchObject({ login: bot, type: 'Bot' })
    const v = verdict(r, 'review.approvals')
    expect(v.status).toBe('fail')
    expect(v.reason).toMatch(/dependabot\[bot\]'s approval does not count: is a bot; bot approvals never count/)
    expect(v.findings[0].data).toMatchObject({ reasons: ['bot'] })
  })

  test("the author's co-author approving (Co-authored-by with the reviewer's noreply address) does not count", async () => {
    const rita = gh.user(DEFAULT_REVIEWER)
    const s = serveScenario(fake, {
      commits: [
        {
          sha: gh.fakeSha('coauthored-head'),
          message: `Implement the change\n\nCo-authored-by: Rita <${rita.id}+${DEFAULT_REVIEWER}@users.noreply.github.com>`,
          author: ALICE,
          committer: ALICE
        }
      ],
      headSha: gh.fakeSha('coauthored-head')
    })
    const r = await gate(s)
    expectBlocked(r, 'review.approvals', 'review.last-push')
    const v = verdict(r, 'review.approvals')
    expect(v.status).toBe('fail')
    expect(v.reason).toMatch(/rita-reviewer's approval does not count: is a Co-authored-by co-author of a commit of this pull request/)
    expect(v.findings[0].data).toMatchObject({ reasons: ['co-author'] })
    expect(recordOf(r).commits.value[0].co_authors).toEqual([{ name: 'Rita', email: `${rita.id}+${DEFAULT_REVIEWER}@users.noreply.github.com` }])
  })

  test("a Co-authored-by e-mail matching the reviewer's commit identity disqualifies them as co-author", async () => {
    const rita = { name: 'Rita', email: 'rita@example.com', login: DEFAULT_REVIEWER }
    const c1 = gh.fakeSha('co-email-1')
    const head = gh.fakeSha('co-email-2')
    const s = serveScenario(fake, {
      headSha: head,
      commits: [
        { sha: c1, message: 'Implement the change\n\nCo-authored-by: Rita <rita@example.com>', author: ALICE, committer: ALICE },
        // Rita rebased the branch: she is the committer of the head commit (and so its pusher's identity).
        { sha: head, message: 'Tidy up', author: ALICE, committer: rita, parents: [c1] }
      ]
    })
    const r = await gate(s)
    const v = verdict(r, 'review.approvals')
    expect(v.status).toBe('fail')
    expect(v.findings[0].data).toMatchObject({ reasons: ['commit-author', 'co-author'] })
  })

  test('a Co-authored-by e-mail no commit identity resolves is named in the reason (independence checked by e-mail only)', async () => {
    const s = serveScenario(fake, {
      commits: [{ sha: gh.fakeSha('co-unresolved'), message: 'Implement\n\nCo-authored-by: Rita <rita@example.com>', author: ALICE, committer: ALICE }],
      headSha: gh.fakeSha('co-unresolved')
    })
    const r = await gate(s)
    const v = verdict(r, 'review.approvals')
    expect(v.status).toBe('pass')
    expect(v.reason).toContain('Co-authors not matched to a GitHub account (independence checked by e-mail only): Rita <rita@example.com>.')
  })

  test('an approval later dismissed (state DISMISSED in the review list) does not count', async () => {
    const s = serveScenario(fake, { reviews: [review(DEFAULT_REVIEWER, 'DISMISSED', HEAD, 1)] })
    const r = await gate(s)
    expectBlocked(r, 'review.approvals', 'review.last-push')
    const v = verdict(r, 'review.approvals')
    expect(v.status).toBe('fail')
    expect(v.reason).toMatch(/rita-reviewer's review was dismissed; a dismissed approval does not count/)
    expect(v.findings).toEqual([
      expect.objectContaining({ status: 'fail', subject: DEFAULT_REVIEWER, data: expect.objectContaining({ latest_state: 'DISMISSED' }) })
    ])
  })

  test('CHANGES_REQUESTED then APPROVED by the same reviewer counts (and clears the change request)', async () => {
    const s = serveScenario(fake, {
      reviews: [review(DEFAULT_REVIEWER, 'CHANGES_REQUESTED', HEAD, 1), review(DEFAULT_REVIEWER, 'APPROVED', HEAD, 2)]
    })
    const r = await gate(s)
    expectPassed(r)
    expect(verdict(r, 'review.approvals').status).toBe('pass')
    expect(verdict(r, 'review.no-changes-requested').status).toBe('pass')
  })

  test('APPROVED then CHANGES_REQUESTED by the same reviewer: the approval is superseded', async () => {
    const s = serveScenario(fake, {
      reviews: [review(DEFAULT_REVIEWER, 'APPROVED', HEAD, 1), review(DEFAULT_REVIEWER, 'CHANGES_REQUESTED', HEAD, 2)]
    })
    const r = await gate(s)
    const v = verdict(r, 'review.approvals')
    expect(v.status).toBe('fail')
    expect(v.reason).toMatch(/rita-reviewer's approval was superseded: their latest review requests changes/)
  })

  test.each([
    [404, 'Not Found'],
    [403, 'Resource not accessible by integration']
  ])('permission API %i for the approver → not_verified, blocking, naming the approver', async (status, message) => {
    const s = serveScenario(fake)
    fake.fault('GET /repos/{owner}/{repo}/collaborators/{username}/permission', { status, message })
    const r = await gate(s)
    expectBlocked(r, 'review.approvals', 'review.last-push')
    const v = verdict(r, 'review.approvals')
    expect(v.status).toBe('not_verified')
    expect(v.effect).toBe('blocking')
    expect(v.reason).toMatch(/0 of 1 required approval are confirmed; rita-reviewer \(repository permission of rita-reviewer was not collected/)
    expect(v.remedy).toMatch(/Reading a collaborator's permission needs read access to the repository's metadata/)
    expect(r.outputs['not-verified-controls'].split(',')).toEqual(expect.arrayContaining(['review.approvals', 'review.last-push']))
    expect(recordOf(r).permissions.state).toBe('unavailable')
    expect(recordOf(r).permissions.missing.http_status).toBe(status)
  })
})

// -------------------------------------------------------------------------------------------------------
// review.last-push, review.no-changes-requested
// -------------------------------------------------------------------------------------------------------

describe('review.last-push', () => {
  test('the synchronize sender pushed last and only they approved → fail', async () => {
    const s = serveScenario(fake)
    const r = await gate(s, { sender: DEFAULT_REVIEWER })
    expectBlocked(r, 'review.last-push')
    expect(verdict(r, 'review.approvals').status).toBe('pass')
    const v = verdict(r, 'review.last-push')
    expect(v.status).toBe('fail')
    expect(v.reason).toBe(
      'Last push by rita-reviewer (sender of the pull_request synchronize event); no one else with write access approved the head commit after it.'
    )
    expect(v.findings).toEqual([
      expect.objectContaining({
        status: 'fail',
        subject: DEFAULT_REVIEWER,
        message: 'rita-reviewer pushed the last commit; their own approval does not count.'
      })
    ])
  })

  test('another person approved the head after the push → pass', async () => {
    const s = serveScenario(fake, {
      reviews: [review(DEFAULT_REVIEWER, 'APPROVED', HEAD, 1), review('bob-builder', 'APPROVED', HEAD, 2)],
      permissions: { [DEFAULT_REVIEWER]: 'write', 'bob-builder': 'write' }
    })
    const r = await gate(s, { sender: DEFAULT_REVIEWER })
    expectPassed(r)
    const v = verdict(r, 'review.last-push')
    expect(v.status).toBe('pass')
    expect(v.reason).toBe('Last push by rita-reviewer (sender of the pull_request synchronize event); approved afterwards by bob-builder.')
  })

  test("not a synchronize event: the head commit's committer is the pusher (author when web-flow)", async () => {
    const s = serveScenario(fake, {
      commits: [
        {
          sha: gh.fakeSha('webflow-head'),
          message: 'Edit in the browser',
          author: { ...ALICE, login: DEFAULT_REVIEWER },
          committer: { name: 'GitHub', email: 'noreply@github.com', login: 'web-flow' }
        }
      ],
      headSha: gh.fakeSha('webflow-head')
    })
    const r = await gate(s, { action: 'opened', sender: AUTHOR })
    const v = verdict(r, 'review.last-push')
    expect(v.status).toBe('fail')
    expect(v.reason).toMatch(/^Last push by rita-reviewer \(author of head commit [0-9a-f]{12} \(committed by GitHub's web-flow\)\)/)
  })

  test('the pusher cannot be known (opened event, commits unreadable) → not_verified', async () => {
    const s = serveScenario(fake)
    fake.fault('GET /repos/{owner}/{repo}/pulls/{pull_number}/commits', { status: 403 })
    const r = await gate(s, { action: 'opened' })
    const v = verdict(r, 'review.last-push')
    expect(v.status).toBe('not_verified')
    expect(v.reason).toMatch(/The person who pushed the last commit is unknown: the PR's commits are unavailable/)
    expect(v.remedy).toMatch(/synchronize/)
  })
})

describe('review.no-changes-requested', () => {
  test('an outstanding CHANGES_REQUESTED fails naming the reviewer', async () => {
    const s = serveScenario(fake, {
      reviews: [review(DEFAULT_REVIEWER, 'APPROVED', HEAD, 1), review('carol-critic', 'CHANGES_REQUESTED', HEAD, 2, '2026-11-20T11:00:00Z')],
      permissions: { [DEFAULT_REVIEWER]: 'write', 'carol-critic': 'write' }
    })
    const r = await gate(s)
    expectBlocked(r, 'review.no-changes-requested')
    const v = verdict(r, 'review.no-changes-requested')
    expect(v.status).toBe('fail')
    expect(v.reason).toBe('Changes requested by carol-critic.')
    expect(v.findings).toEqual([
      expect.objectContaining({
        status: 'fail',
        subject: 'carol-critic',
        message: 'carol-critic requested changes at 2026-11-20T11:00:00Z and has not approved or been dismissed since.'
      })
    ])
  })

  test('a COMMENTED review after it does not clear it', async () => {
    const s = serveScenario(fake, {
      reviews: [
        review(DEFAULT_REVIEWER, 'APPROVED', HEAD, 1),
        review('carol-critic', 'CHANGES_REQUESTED', HEAD, 2),
        review('carol-critic', 'COMMENTED', HEAD, 3)
      ],
      permissions: { [DEFAULT_REVIEWER]: 'write', 'carol-critic': 'write' }
    })
    const r = await gate(s)
    const v = verdict(r, 'review.no-changes-requested')
    expect(v.status).toBe('fail')
    expect(v.reason).toBe('Changes requested by carol-critic.')
  })

  test('a dismissed change request no longer blocks', async () => {
    const s = serveScenario(fake, {
      reviews: [review(DEFAULT_REVIEWER, 'APPROVED', HEAD, 1), review('carol-critic', 'DISMISSED', HEAD, 2)],
      permissions: { [DEFAULT_REVIEWER]: 'write', 'carol-critic': 'write' }
    })
    const r = await gate(s)
    expectPassed(r)
    expect(verdict(r, 'review.no-changes-requested').status).toBe('pass')
  })

  test('reviews unreadable (403) → every review control is not_verified, naming pull-requests: read', async () => {
    const s = serveScenario(fake, { codeowners: '* @rita-reviewer\n' })
    fake.fault('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', { status: 403 })
    const r = await gate(s)
    expect(r.code).toBe(1)
    for (const id of ['review.approvals', 'review.last-push', 'review.no-changes-requested', 'review.codeowners']) {
      const v = verdict(r, id)
      expect({ id, status: v.status, effect: v.effect }).toEqual({ id, status: 'not_verified', effect: 'blocking' })
      expect(v.remedy).toMatch(/pull-requests: read/)
    }
  })
})

// -------------------------------------------------------------------------------------------------------
// review.codeowners
// -------------------------------------------------------------------------------------------------------

describe('review.codeowners', () => {
  const TWO_FILES: ScenarioOptions['files'] = [
    { filename: 'src/app.ts', status: 'modified', additions: 1, deletions: 1, patch: '@@ -1 +1 @@\n-const a = 1\n+const a = 2\n' },
    { filename: 'README.md', status: 'modified', additions: 1, deletions: 0, patch: '@@ -1 +1,2 @@\n # octo\n+More words.\n' }
  ]

  test('CODEOWNERS is read from the base branch via the contents API; an owner approved → pass', async () => {
    const s = serveScenario(fake, { codeowners: '# owners\n/src/ @rita-reviewer\n' })
    const r = await gate(s)
    expectPassed(r)
    const v = verdict(r, 'review.codeowners')
    expect(v.status).toBe('pass')
    expect(v.reason).toMatch(/^1 of 1 changed file have code owners \(\.github\/CODEOWNERS at [0-9a-f]{12}\); each was approved by an owner\.$/)
    const contents = fake.requestsFor('GET /repos/{owner}/{repo}/contents/{path}')
    expect(contents.length).toBeGreaterThanOrEqual(1)
    expect(contents.every(q => q.query.ref === s.baseSha)).toBe(true)
    expect(recordOf(r).facts.codeowners.value.file).toMatchObject({ path: '.github/CODEOWNERS', ref: s.baseSha })
  })

  test('the owner has not approved → fail with an error annotation on the file', async () => {
    const s = serveScenario(fake, { codeowners: '/src/ @carol-critic\n' })
    const r = await gate(s)
    expectBlocked(r, 'review.codeowners')
    const v = verdict(r, 'review.codeowners')
    expect(v.status).toBe('fail')
    expect(v.reason).toMatch(/1 without an owner's approval: src\/app\.ts/)
    expect(v.findings[0].message).toBe('owners @carol-critic (CODEOWNERS line 1): @carol-critic has not approved the head commit.')
    const ann = r.annotations.find(a => a.level === 'error' && a.properties.file === 'src/app.ts')
    expect(ann).toBeDefined()
    expect(ann!.properties.title).toBe('review.codeowners')
    expect(ann!.message).toContain('@carol-critic has not approved the head commit')
  })

  test('a team code owner whose member approved (team has write) → pass', async () => {
    const s = serveScenario(fake, {
      codeowners: '* @octo-org/platform\n',
      teams: { 'octo-org/platform': { members: ['dave-dev', DEFAULT_REVIEWER], write: true } }
    })
    const r = await gate(s)
    expectPassed(r)
    const v = verdict(r, 'review.codeowners')
    expect(v.status).toBe('pass')
    expect(v.findings[0].message).toBe('owners @octo-org/platform (CODEOWNERS line 1): rita-reviewer (member of @octo-org/platform) approved.')
    expect(fake.requestsFor('GET /orgs/{org}/teams/{team_slug}/members').length).toBeGreaterThan(0)
    expect(fake.requestsFor('GET /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}').length).toBeGreaterThan(0)
  })

  test('a team without write access is ignored as an owner (GitHub ignores it) → fail', async () => {
    const s = serveScenario(fake, {
      codeowners: '* @octo-org/readers\n',
      teams: { 'octo-org/readers': { members: [DEFAULT_REVIEWER], write: false } }
    })
    const r = await gate(s)
    const v = verdict(r, 'review.codeowners')
    expect(v.status).toBe('fail')
    expect(v.findings[0].message).toMatch(/@octo-org\/readers has no write access to the repository, so GitHub ignores it as an owner/)
  })

  test.each([
    ['members 403, team access readable', false],
    ['members and team access both 403 (the workflow token)', true]
  ])('team membership unreadable (%s) → not_verified with a warning effect and the remedy naming read:org / Members: read', async (_, accessForbidden) => {
    const s = serveScenario(fake, {
      codeowners: '* @octo-org/platform\n',
      teams: { 'octo-org/platform': { members: 403, write: true } }
    })
    if (accessForbidden) fake.fault('GET /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}', { status: 403 })
    const r = await gate(s)
    // The default on-team-membership-unreadable: warn keeps the gate green, with the warning shown.
    expectPassed(r)
    const v = verdict(r, 'review.codeowners')
    expect(v.status).toBe('not_verified')
    expect(v.effect).toBe('warning')
    expect(v.remedy).toMatch(/read:org/)
    expect(v.remedy).toMatch(/Members: read/)
    expect(v.findings[0].data).toMatchObject({ team_membership_unreadable: true })
    expect(r.outputs['not-verified-controls'].split(',')).toContain('review.codeowners')
    const ann = r.annotations.find(a => a.level === 'warning' && a.properties.file === 'src/app.ts')
    expect(ann?.message).toMatch(/membership of @octo-org\/platform is unreadable/)
    expect(r.annotations.some(a => a.level === 'warning' && a.message.startsWith('review.codeowners: '))).toBe(true)
    expect(r.annotations.some(a => a.level === 'error')).toBe(false)
  })

  test('team membership 403 with on-team-membership-unreadable: fail → blocking', async () => {
    const s = serveScenario(fake, {
      codeowners: '* @octo-org/platform\n',
      teams: { 'octo-org/platform': { members: 403, write: true } }
    })
    // The policy is the one on the base commit (never the working tree), read here through the contents API.
    s.baseFiles['.github/compliance-gate.yml'] = 'version: 1\ncontrols:\n  review.codeowners:\n    on-team-membership-unreadable: fail\n'
    const r = await gate(s)
    const v = verdict(r, 'review.codeowners')
    expect(v.status).toBe('not_verified')
    expect(v.effect).toBe('blocking')
    expect(r.code).toBe(1)
  })

  test('a file with no owner needs no owner approval', async () => {
    const s = serveScenario(fake, { codeowners: '/docs/ @carol-critic\n', files: TWO_FILES })
    const r = await gate(s)
    expectPassed(r)
    const v = verdict(r, 'review.codeowners')
    expect(v.status).toBe('pass')
    expect(v.reason).toMatch(/^0 of 2 changed files have code owners .*; no owner approval is needed\.$/)
  })

  test('an owned file and an unowned file: only the owned one needs its owner', async () => {
    const s = serveScenario(fake, { codeowners: '*.md @carol-critic\n/src/ @rita-reviewer\n# README has an owner; app.ts too\n', files: TWO_FILES })
    const r = await gate(s)
    const v = verdict(r, 'review.codeowners')
    expect(v.status).toBe('fail')
    expect(v.findings.map(f => [f.subject, f.status])).toEqual([
      ['src/app.ts', 'pass'],
      ['README.md', 'fail']
    ])
  })

  test('a CODEOWNERS syntax error (a !negation line) is reported with its line, as an error annotation', async () => {
    const s = serveScenario(fake, { codeowners: '# owners\n/src/ @rita-reviewer\n!/src/generated/ @nobody\n' })
    const r = await gate(s)
    expectBlocked(r, 'review.codeowners')
    const v = verdict(r, 'review.codeowners')
    expect(v.status).toBe('fail')
    expect(v.reason).toMatch(/\.github\/CODEOWNERS has 1 invalid line \(3\) that GitHub skips/)
    const syntax = v.findings.find(f => f.location?.line === 3)
    expect(syntax).toMatchObject({ status: 'fail', subject: '.github/CODEOWNERS', location: { path: '.github/CODEOWNERS', line: 3 } })
    expect(syntax!.message).toMatch(/^CODEOWNERS line 3: negation with "!" is not supported/)
    const ann = r.annotations.find(a => a.level === 'error' && a.properties.file === '.github/CODEOWNERS')
    expect(ann?.properties.line).toBe('3')
    expect(ann?.properties.title).toBe('review.codeowners (codeowners-syntax)')
  })

  test('no CODEOWNERS on the base branch → not_applicable (all three locations tried)', async () => {
    const s = serveScenario(fake, { codeowners: null })
    const r = await gate(s)
    expectPassed(r)
    const v = verdict(r, 'review.codeowners')
    expect(v.status).toBe('not_applicable')
    expect(v.reason).toMatch(/no CODEOWNERS file/)
    const paths = fake.requestsFor('GET /repos/{owner}/{repo}/contents/{path}').map(q => decodeURIComponent(q.path).split('/contents/')[1])
    expect(paths.filter(p => p.endsWith('CODEOWNERS'))).toEqual(['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'])
  })

  test('contents API 403 → not_verified naming contents: read', async () => {
    const s = serveScenario(fake, { codeowners: '* @rita-reviewer\n' })
    // 403 on the CODEOWNERS locations only: a 403 on every contents read also leaves the policy unread, and
    // that is a run-level error (the policy is read at the base commit, fail closed), tested in faults.test.ts.
    for (const at of ['.github%2FCODEOWNERS', 'CODEOWNERS', 'docs%2FCODEOWNERS']) fake.fault(`GET /repos/{owner}/{repo}/contents/${at}`, { status: 403 })
    const r = await gate(s)
    const v = verdict(r, 'review.codeowners')
    expect(v.status).toBe('not_verified')
    expect(v.effect).toBe('blocking')
    expect(v.remedy).toMatch(/contents: read/)
  })
})

// -------------------------------------------------------------------------------------------------------
// branch.protection
// -------------------------------------------------------------------------------------------------------

describe('branch.protection', () => {
  test('classic protection 403 with a ruleset present: decided by the rulesets → pass', async () => {
    const s = serveScenario(fake)
    const r = await gate(s)
    expectPassed(r)
    const v = verdict(r, 'branch.protection')
    expect(v.status).toBe('pass')
    expect(v.reason).toBe('Branch "main" is protected as the policy requires (decided by rulesets).')
    expect(v.findings.map(f => [f.subject, f.status])).toEqual([
      ['min-approvals', 'pass'],
      ['require-dismiss-stale-or-last-push', 'pass'],
      ['forbid-force-push', 'pass'],
      ['forbid-deletion', 'pass']
    ])
    // The rules read are snapshotted into the record.
    const rules = recordOf(r).facts.branch_rules.value
    expect(rules.rules.value.raw.map((x: { type: string }) => x.type)).toEqual(['pull_request', 'non_fast_forward', 'deletion'])
    expect(rules.classic.state).toBe('unavailable')
    expect(rules.classic.missing.http_status).toBe(403)
  })

  test('classic protection 403 and no ruleset ([]) → not_verified, warning, remedy naming Administration: read', async () => {
    // The branch object says "protected": true (classic protection exists, unreadable with this token).
    const s = serveScenario(fake, { rules: [], branchProtected: true })
    const r = await gate(s)
    expectPassed(r)
    const v = verdict(r, 'branch.protection')
    expect(v.status).toBe('not_verified')
    expect(v.effect).toBe('warning')
    expect(v.reason).toMatch(
      /No active ruleset decides min-approvals, require-dismiss-stale-or-last-push, forbid-force-push, forbid-deletion for "main", and classic branch protection could not be read \(it needs Administration: read\)/
    )
    expect(v.remedy).toMatch(/Administration: read/)
    expect(r.outputs['not-verified-controls'].split(',')).toContain('branch.protection')
    expect(r.annotations.some(a => a.level === 'warning' && a.message.startsWith('branch.protection: '))).toBe(true)
  })

  test('no ruleset and classic 404 "Branch not protected" → fail (decided)', async () => {
    const s = serveScenario(fake, { rules: [], protection: 404 })
    const r = await gate(s)
    expectBlocked(r, 'branch.protection')
    const v = verdict(r, 'branch.protection')
    expect(v.status).toBe('fail')
    expect(v.reason).toMatch(
      /^Branch "main" is not protected: no active ruleset applies to it and it has no classic branch protection \(GitHub answered 404 "Branch not protected"\.\)/
    )
  })

  test('classic protection readable (a PAT) with force pushes allowed → fail naming the requirement', async () => {
    const s = serveScenario(fake, {
      rules: [],
      protection: {
        reviews: { required_approving_review_count: 1, dismiss_stale_reviews: true },
        statusChecks: { contexts: ['build'] },
        allow_force_pushes: true
      }
    })
    const r = await gate(s)
    expectBlocked(r, 'branch.protection')
    const v = verdict(r, 'branch.protection')
    expect(v.status).toBe('fail')
    expect(v.reason).toBe('Branch "main" protection does not meet the policy: forbid-force-push.')
    const f = v.findings.find(x => x.subject === 'forbid-force-push')
    expect(f).toMatchObject({ status: 'fail' })
    expect(f!.message).toMatch(/Required force pushes blocked: not met .*classic protection: blocks_force_push: false/)
    expect(v.findings.filter(x => x.status === 'pass').map(x => x.subject)).toEqual(['min-approvals', 'require-dismiss-stale-or-last-push', 'forbid-deletion'])
  })

  test('classic protection readable and sufficient, no ruleset → pass decided by classic', async () => {
    const s = serveScenario(fake, {
      rules: [],
      protection: { reviews: { required_approving_review_count: 2, dismiss_stale_reviews: true }, statusChecks: { contexts: ['build'] } }
    })
    const r = await gate(s)
    expectPassed(r)
    const v = verdict(r, 'branch.protection')
    expect(v.status).toBe('pass')
    expect(v.reason).toBe('Branch "main" is protected as the policy requires (decided by classic).')
  })
})
