/**
 * Issue 11: the secure defaults, pinned. Every engine-tier test here runs the action's entry code (as `node dist/index.js` would) with NO
 * policy file in the workspace, so the bundled policies/default.yml decides; each fails if a default of
 * issue 11's table changes (enabled, params, on-not-verified) or a control's GitHub semantics drift.
 * The last block pins the exact resolved defaults of every control as a table.
 */
import { describe, expect, test } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pullRequestEvent, pushEvent } from '../helpers/events.js'
import { PROJECT_ROOT, type RunResult } from '../helpers/runner.js'
import { readBundle, runGate, useFakeGitHub, workspace, type Bundle as EvidenceBundle } from '../helpers/gate.js'
import { serveScenario, DEFAULT_REVIEWER, type Scenario, type ScenarioOptions } from '../helpers/scenario.js'
import * as gh from '../helpers/github-data.js'
import { exampleFor } from '../helpers/openapi.js'
import { CONTROLS } from '../../src/controls/index.js'
import { resolvePolicy } from '../../src/policy/load.js'
import { DEFAULT_POLICY_TEXT } from '../../src/policy/default-policy.generated.js'
import { cell } from '../../src/evidence/summary.js'

const AUTHOR = 'alice-author'
const RITA = DEFAULT_REVIEWER

interface Finding {
  status: string
  subject: string
  message: string
  remedy?: string
  data?: Record<string, unknown>
}
interface Verdict {
  control: string
  status: string
  effect: 'blocking' | 'warning' | 'none'
  reason: string
  remedy?: string
  findings: Finding[]
}
interface Bundle extends EvidenceBundle<Verdict> {
  run: RunResult
  v(id: string): Verdict
}

const fake = useFakeGitHub()

const HEAD = gh.fakeSha('defaults-head')
const BASE = gh.fakeSha('defaults-base')
const EARLIER = gh.fakeSha('defaults-earlier')

/** Rules of a well-protected main branch (what the scenario serves by default), optionally with required checks. */
function goodRules(extra: gh.BranchRuleSpec[] = []): gh.BranchRuleSpec[] {
  return [
    { type: 'pull_request', parameters: { required_approving_review_count: 1, dismiss_stale_reviews_on_push: true, require_last_push_approval: true } },
    { type: 'non_fast_forward' },
    { type: 'deletion' },
    ...extra
  ]
}
const requireBuild: gh.BranchRuleSpec = { type: 'required_status_checks', parameters: { required_status_checks: [{ context: 'build' }] } }

function aliceCommit(over: Partial<gh.CommitOptions> = {}): gh.CommitOptions {
  return {
    sha: HEAD,
    message: 'Implement the change',
    author: { name: 'Alice', email: 'alice@example.com', login: AUTHOR },
    committer: { name: 'Alice', email: 'alice@example.com', login: AUTHOR },
    parents: [BASE],
    ...over
  }
}

function approval(user: string, commit_id: string | null = HEAD, id = 1, state: gh.ReviewOptions['state'] = 'APPROVED'): gh.ReviewOptions {
  return { id, user, state, commit_id, submitted_at: `2026-11-20T10:${String(id).padStart(2, '0')}:00Z` }
}

function scenario(o: ScenarioOptions = {}): Scenario {
  return serveScenario(fake, { headSha: HEAD, baseSha: BASE, author: AUTHOR, commits: [aliceCommit()], ...o })
}

/** Every not_verified verdict must be in summary.md with its remedy (issue 11), whatever its effect. */
function expectNotVerifiedInSummary(b: Pick<Bundle, 'results' | 'summary'>): void {
  for (const v of b.results.verdicts.filter(x => x.status === 'not_verified')) {
    expect(v.remedy).toBeTruthy()
    expect(b.summary).toContain(`### ⚠️ \`${v.control}\`: not verified`)
    expect(b.summary).toContain(`**What to do:** ${cell(v.remedy!)}`)
  }
}

async function gate(
  s: Scenario,
  opts: { eventPath?: string; eventName?: string; sender?: string; action?: string; inputs?: Record<string, string> } = {}
): Promise<Bundle> {
  const ws = workspace('cg-defaults-ws-')
  // No policy anywhere in the workspace: the bundled default decides.
  expect(existsSync(join(ws, '.github', 'compliance-gate.yml'))).toBe(false)
  const run = await runGate(fake, s, { ...opts, cwd: ws })
  const bundle = readBundle<Verdict>(run)
  const b: Bundle = { ...bundle, run, v: bundle.verdict }
  const results = b.results
  expectNotVerifiedInSummary(b)
  // The gate's outcome always agrees with the effects (blocking ⇔ fail when no error).
  if (results.errors.length === 0) {
    expect(results.result).toBe(results.verdicts.some(x => x.effect === 'blocking') ? 'fail' : 'pass')
    expect(run.code).toBe(results.result === 'pass' ? 0 : 1)
  }
  return b
}

const finding = (v: Verdict, subject: string): Finding => {
  const f = v.findings.find(x => x.subject === subject)
  if (!f) throw new Error(`${v.control}: no finding for ${subject}; have ${v.findings.map(x => x.subject).join(', ')}`)
  return f
}

// -------------------------------------------------------------------------------------------------
// The whole default verdict set
// -------------------------------------------------------------------------------------------------

describe('the bundled default policy decides when the repository has none', () => {
  test('an approved PR: the default control set, statuses and effects', async () => {
    const b = await gate(scenario())
    expect(b.policy.sources).toEqual([expect.objectContaining({ path: 'policies/default.yml (bundled)', bundled: true })])
    const statuses = Object.fromEntries(b.results.verdicts.map(v => [v.control, `${v.status}/${v.effect}`]))
    expect(statuses).toEqual({
      'review.approvals': 'pass/none',
      'review.last-push': 'pass/none',
      'review.no-changes-requested': 'pass/none',
      'review.codeowners': 'not_applicable/none',
      'branch.protection': 'pass/none',
      'checks.required': 'pass/none',
      // classic protection is unreadable with the workflow token, so whether signatures are required is unknown
      'commits.signed': 'not_verified/warning',
      'change.separation-of-duties': 'not_applicable/none',
      'change.unreviewed-push': 'not_applicable/none',
      'secrets.no-new-secrets': 'pass/none',
      'iac.encryption': 'not_applicable/none',
      'iac.data-residency': 'not_applicable/none'
    })
    expect(b.results.result).toBe('pass')
    expect(b.run.code).toBe(0)
  })

  test('change.ticket and change.emergency are off: no verdict, and the emergency label waives nothing', async () => {
    const b = await gate(
      scenario({ title: 'A change without any ticket reference', body: 'No ticket here.', labels: ['emergency-change'], reviews: [approval(RITA, EARLIER)] })
    )
    const ids = b.results.verdicts.map(v => v.control)
    expect(ids).not.toContain('change.ticket')
    expect(ids).not.toContain('change.emergency')
    const approvals = b.v('review.approvals')
    expect(approvals.status).toBe('fail')
    expect(approvals.effect).toBe('blocking')
    expect(b.results.verdicts.some(v => v.status === 'pass' && /waived/i.test(v.reason))).toBe(false)
    expect(b.results.result).toBe('fail')
  })
})

// -------------------------------------------------------------------------------------------------
// review.approvals
// -------------------------------------------------------------------------------------------------

describe('review.approvals: on, count 1, require-head-commit', () => {
  test('one approval of the head commit by a writer is enough', async () => {
    const b = await gate(scenario({ reviews: [approval(RITA)] }))
    const v = b.v('review.approvals')
    expect(v.status).toBe('pass')
    expect(v.reason).toBe(`1 of 1 required approval qualify (${RITA}).`)
  })

  test('an approval of an earlier commit is stale: fail, blocking', async () => {
    const b = await gate(scenario({ reviews: [approval(RITA, EARLIER)] }))
    const v = b.v('review.approvals')
    expect(v.status).toBe('fail')
    expect(v.effect).toBe('blocking')
    expect(finding(v, RITA).message).toMatch(/approved an earlier commit, not the head; a later push made the approval stale/)
    expect(b.run.outputs['failed-controls'].split(',')).toContain('review.approvals')
  })

  test('an approval whose commit_id is null is stale', async () => {
    const b = await gate(scenario({ reviews: [approval(RITA, null)] }))
    const v = b.v('review.approvals')
    expect(v.status).toBe('fail')
    expect(finding(v, RITA).message).toMatch(/commit_id is null/)
  })

  test('one stale and one current approval: count 1 is met by the current one', async () => {
    const b = await gate(
      scenario({ reviews: [approval(RITA, EARLIER, 1), approval('bob-reviewer', HEAD, 2)], permissions: { [RITA]: 'write', 'bob-reviewer': 'write' } })
    )
    const v = b.v('review.approvals')
    expect(v.status).toBe('pass')
    expect(v.reason).toBe('1 of 1 required approval qualify (bob-reviewer).')
  })
})

describe('review.approvals: independent of the author, commit authors and co-authors; bots never count', () => {
  test('the PR author approving their own PR does not count', async () => {
    const b = await gate(scenario({ reviews: [approval(AUTHOR)], permissions: { [AUTHOR]: 'write' } }))
    const v = b.v('review.approvals')
    expect(v.status).toBe('fail')
    expect(finding(v, AUTHOR).message).toMatch(/is the pull request author/)
  })

  test('the author of a commit of the PR does not count', async () => {
    const commits = [
      aliceCommit({
        sha: EARLIER,
        author: { name: 'Rita', email: 'rita@example.com', login: RITA },
        committer: { name: 'Rita', email: 'rita@example.com', login: RITA }
      }),
      aliceCommit({ parents: [EARLIER] })
    ]
    const b = await gate(scenario({ commits, reviews: [approval(RITA)] }))
    const v = b.v('review.approvals')
    expect(v.status).toBe('fail')
    expect(finding(v, RITA).message).toMatch(/authored or committed a commit of this pull request/)
  })

  test('the committer of a commit of the PR does not count', async () => {
    const commits = [aliceCommit({ committer: { name: 'Rita', email: 'rita@example.com', login: RITA } })]
    const b = await gate(scenario({ commits, reviews: [approval(RITA)] }))
    expect(finding(b.v('review.approvals'), RITA).message).toMatch(/authored or committed a commit of this pull request/)
    expect(b.v('review.approvals').status).toBe('fail')
  })

  test('a Co-authored-by co-author does not count', async () => {
    const commits = [aliceCommit({ message: `Implement the change\n\nCo-authored-by: Rita R <4242+${RITA}@users.noreply.github.com>` })]
    const b = await gate(scenario({ commits, reviews: [approval(RITA)] }))
    const v = b.v('review.approvals')
    expect(v.status).toBe('fail')
    expect(finding(v, RITA).message).toMatch(/Co-authored-by co-author/)
  })

  test('a bot never counts, even with admin', async () => {
    const bot = 'release-helper[bot]'
    const b = await gate(scenario({ reviews: [approval(bot)], permissions: { [bot]: 'admin' } }))
    const v = b.v('review.approvals')
    expect(v.status).toBe('fail')
    expect(finding(v, bot).message).toMatch(/is a bot; bot approvals never count/)
  })
})

describe('review.approvals: repository role write, maintain or admin counts; triage and read do not', () => {
  // [permission API `permission`, `role_name`, expected]. The API reports maintain as write and triage as read.
  test.each([
    ['write', 'write', 'pass'],
    ['write', 'maintain', 'pass'],
    ['admin', 'admin', 'pass'],
    ['read', 'triage', 'fail'],
    ['read', 'read', 'fail'],
    // role_name is preferred when present: it decides even when the legacy permission says more.
    ['write', 'triage', 'fail'],
    // a custom role falls back to its base permission
    ['write', 'release-manager', 'pass'],
    ['read', 'auditor', 'fail']
  ])('permission %s, role_name %s → %s', async (permission, role, expected) => {
    const b = await gate(scenario({ reviews: [approval(RITA)], permissions: { [RITA]: [permission, role] } }))
    const v = b.v('review.approvals')
    expect(v.status).toBe(expected)
    const f = finding(v, RITA)
    expect(f.data).toEqual(expect.objectContaining({ permission, role_name: role }))
    if (expected === 'fail') expect(f.message).toMatch(/repository role below write/)
  })
})

// -------------------------------------------------------------------------------------------------
// review.last-push
// -------------------------------------------------------------------------------------------------

describe('review.last-push: on; who pushed last', () => {
  test('synchronize: the sender is the pusher; an approval of the head by someone else passes', async () => {
    const b = await gate(scenario({ reviews: [approval(RITA)] }), { sender: 'bob-pusher' })
    const v = b.v('review.last-push')
    expect(v.status).toBe('pass')
    expect(v.reason).toBe(`Last push by bob-pusher (sender of the pull_request synchronize event); approved afterwards by ${RITA}.`)
  })

  test('synchronize: the pusher approving their own push does not count', async () => {
    const b = await gate(scenario({ reviews: [approval(RITA)] }), { sender: RITA })
    const v = b.v('review.last-push')
    expect(v.status).toBe('fail')
    expect(v.effect).toBe('blocking')
    expect(finding(v, RITA).message).toBe(`${RITA} pushed the last commit; their own approval does not count.`)
    // review.approvals does not know the pusher: it still passes, so the failure is last-push's own.
    expect(b.v('review.approvals').status).toBe('pass')
  })

  test('not a synchronize event: the head commit committer is the pusher', async () => {
    const commits = [aliceCommit({ committer: { name: 'Carol', email: 'carol@example.com', login: 'carol-committer' } })]
    const b = await gate(scenario({ commits, reviews: [approval(RITA)] }), { action: 'opened', sender: 'someone-else' })
    const v = b.v('review.last-push')
    expect(v.status).toBe('pass')
    expect(v.reason).toMatch(new RegExp(`^Last push by carol-committer \\(committer of head commit ${HEAD.slice(0, 12)}\\)`))
  })

  test("committer web-flow (GitHub's web UI): the head commit author is the pusher", async () => {
    const commits = [aliceCommit({ committer: { name: 'GitHub', email: 'noreply@github.com', login: 'web-flow' } })]
    const b = await gate(scenario({ commits, reviews: [approval(RITA)] }), { action: 'opened' })
    const v = b.v('review.last-push')
    expect(v.status).toBe('pass')
    expect(v.reason).toMatch(new RegExp(`^Last push by ${AUTHOR} \\(author of head commit ${HEAD.slice(0, 12)} \\(committed by GitHub's web-flow\\)\\)`))
  })

  test("web-flow commit authored by the only approver: their approval is not after someone else's push", async () => {
    const commits = [
      aliceCommit({
        author: { name: 'Rita', email: 'rita@example.com', login: RITA },
        committer: { name: 'GitHub', email: 'noreply@github.com', login: 'web-flow' }
      })
    ]
    const b = await gate(scenario({ commits, reviews: [approval(RITA)] }), { action: 'opened' })
    const v = b.v('review.last-push')
    expect(v.status).toBe('fail')
    expect(finding(v, RITA).message).toBe(`${RITA} pushed the last commit; their own approval does not count.`)
  })
})

// -------------------------------------------------------------------------------------------------
// review.no-changes-requested
// -------------------------------------------------------------------------------------------------

describe("review.no-changes-requested: a reviewer's latest decisive state counts", () => {
  const perms = { [RITA]: 'write', 'bob-reviewer': 'write' }

  test('a later COMMENTED review does not lift a change request', async () => {
    const reviews = [approval(RITA, HEAD, 1), approval('bob-reviewer', HEAD, 2, 'CHANGES_REQUESTED'), approval('bob-reviewer', HEAD, 3, 'COMMENTED')]
    const b = await gate(scenario({ reviews, permissions: perms }))
    const v = b.v('review.no-changes-requested')
    expect(v.status).toBe('fail')
    expect(v.effect).toBe('blocking')
    expect(v.reason).toBe('Changes requested by bob-reviewer.')
  })

  test('a DISMISSED change request no longer blocks', async () => {
    const reviews = [approval(RITA, HEAD, 1), approval('bob-reviewer', HEAD, 2, 'DISMISSED')]
    const b = await gate(scenario({ reviews, permissions: perms }))
    expect(b.v('review.no-changes-requested').status).toBe('pass')
  })

  test('a later COMMENTED review keeps an approval; a DISMISSED one removes it', async () => {
    const kept = await gate(scenario({ reviews: [approval(RITA, HEAD, 1), approval(RITA, HEAD, 2, 'COMMENTED')] }))
    expect(kept.v('review.approvals').status).toBe('pass')
    const removed = await gate(scenario({ reviews: [approval(RITA, HEAD, 1), approval(RITA, HEAD, 2, 'DISMISSED')] }))
    const v = removed.v('review.approvals')
    expect(v.status).toBe('fail')
    expect(finding(v, RITA).message).toMatch(/review was dismissed; a dismissed approval does not count/)
  })
})

// -------------------------------------------------------------------------------------------------
// review.codeowners
// -------------------------------------------------------------------------------------------------

describe('review.codeowners: on; not applicable without CODEOWNERS', () => {
  test('no CODEOWNERS on the base branch: not_applicable', async () => {
    const b = await gate(scenario({ codeowners: null }))
    const v = b.v('review.codeowners')
    expect(v.status).toBe('not_applicable')
    expect(v.reason).toMatch(/no CODEOWNERS file/)
  })

  test('a team owner without write access is ignored, as GitHub ignores it', async () => {
    const b = await gate(scenario({ codeowners: '* @octo-org/ops\n', teams: { 'octo-org/ops': { members: [RITA], write: false } } }))
    const v = b.v('review.codeowners')
    expect(v.status).toBe('fail')
    expect(v.effect).toBe('blocking')
    expect(finding(v, 'src/app.ts').message).toMatch(/@octo-org\/ops has no write access to the repository, so GitHub ignores it as an owner/)
  })

  test("the same team with write access: a member's approval satisfies it", async () => {
    const b = await gate(scenario({ codeowners: '* @octo-org/ops\n', teams: { 'octo-org/ops': { members: [RITA], write: true } } }))
    const v = b.v('review.codeowners')
    expect(v.status).toBe('pass')
    expect(finding(v, 'src/app.ts').message).toMatch(new RegExp(`${RITA} \\(member of @octo-org/ops\\) approved`))
  })

  test('team membership unreadable (workflow token): not_verified, a warning naming the token to use', async () => {
    const b = await gate(scenario({ codeowners: '* @octo-org/ops\n', teams: { 'octo-org/ops': { members: 403, write: true } } }))
    const v = b.v('review.codeowners')
    expect(v.status).toBe('not_verified')
    expect(v.effect).toBe('warning')
    expect(v.remedy).toMatch(/GITHUB_TOKEN can never read organisation team membership/)
    expect(v.remedy).toMatch(/read:org/)
    expect(b.results.result).toBe('pass')
  })
})

// -------------------------------------------------------------------------------------------------
// branch.protection
// -------------------------------------------------------------------------------------------------

describe('branch.protection: ≥ 1 approval, stale dismissal or last-push approval, no force push, no deletion', () => {
  test('an active ruleset with all four: pass, decided by rulesets', async () => {
    const b = await gate(scenario({ rules: goodRules() }))
    const v = b.v('branch.protection')
    expect(v.status).toBe('pass')
    expect(v.reason).toBe('Branch "main" is protected as the policy requires (decided by rulesets).')
    expect(v.findings.map(f => [f.subject, f.status])).toEqual([
      ['min-approvals', 'pass'],
      ['require-dismiss-stale-or-last-push', 'pass'],
      ['forbid-force-push', 'pass'],
      ['forbid-deletion', 'pass']
    ])
  })

  test('a ruleset missing every requirement (no classic protection): each requirement fails', async () => {
    const rules: gh.BranchRuleSpec[] = [
      { type: 'pull_request', parameters: { required_approving_review_count: 0, dismiss_stale_reviews_on_push: false, require_last_push_approval: false } }
    ]
    const b = await gate(scenario({ rules, protection: 404 }))
    const v = b.v('branch.protection')
    expect(v.status).toBe('fail')
    expect(v.effect).toBe('blocking')
    expect(v.findings.map(f => [f.subject, f.status])).toEqual([
      ['min-approvals', 'fail'],
      ['require-dismiss-stale-or-last-push', 'fail'],
      ['forbid-force-push', 'fail'],
      ['forbid-deletion', 'fail']
    ])
  })

  test.each([
    ['stale dismissal only', { dismiss_stale_reviews_on_push: true, require_last_push_approval: false }],
    ['last-push approval only', { dismiss_stale_reviews_on_push: false, require_last_push_approval: true }]
  ])('either stale dismissal or last-push approval is enough: %s', async (_name, params) => {
    const rules: gh.BranchRuleSpec[] = [
      { type: 'pull_request', parameters: { required_approving_review_count: 1, ...params } },
      { type: 'non_fast_forward' },
      { type: 'deletion' }
    ]
    const b = await gate(scenario({ rules, protection: 404 }))
    expect(b.v('branch.protection').status).toBe('pass')
  })

  test('neither rulesets nor classic protection: fail (decided)', async () => {
    const b = await gate(scenario({ rules: [], protection: 404 }))
    const v = b.v('branch.protection')
    expect(v.status).toBe('fail')
    expect(v.effect).toBe('blocking')
    expect(v.reason).toMatch(/^Branch "main" is not protected: no active ruleset applies to it and it has no classic branch protection/)
  })

  test('classic protection readable and sufficient (no ruleset): pass, decided by classic', async () => {
    const b = await gate(
      scenario({
        rules: [],
        protection: { reviews: { required_approving_review_count: 1, dismiss_stale_reviews: true }, allow_force_pushes: false, allow_deletions: false }
      })
    )
    const v = b.v('branch.protection')
    expect(v.status).toBe('pass')
    expect(v.reason).toBe('Branch "main" is protected as the policy requires (decided by classic).')
  })

  test('classic protection 403 and no ruleset deciding: not_verified naming Administration: read, only a warning', async () => {
    const b = await gate(scenario({ rules: [], protection: 403, branchProtected: true }))
    const v = b.v('branch.protection')
    expect(v.status).toBe('not_verified')
    expect(v.effect).toBe('warning')
    expect(v.reason).toMatch(/Administration: read/)
    expect(v.remedy).toMatch(/Administration: read/)
    expect(b.results.result).toBe('pass')
    expect(b.run.code).toBe(0)
  })
})

// -------------------------------------------------------------------------------------------------
// checks.required
// -------------------------------------------------------------------------------------------------

describe('checks.required: judged at the PR head', () => {
  test.each([
    ['queued', null],
    ['in_progress', null]
  ] as const)('a required check that is %s fails: re-run when it completes', async (status, conclusion) => {
    const b = await gate(scenario({ rules: goodRules([requireBuild]), checkRuns: [{ name: 'build', status, conclusion }] }))
    const v = b.v('checks.required')
    expect(v.status).toBe('fail')
    expect(v.effect).toBe('blocking')
    expect(v.reason).toMatch(/re-run when it completes/)
    expect(finding(v, 'build').message).toMatch(new RegExp(`^Still running \\(head ${HEAD.slice(0, 7)}: check run \\(github-actions\\) is ${status}\\)`))
  })

  test.each(['skipped', 'neutral', 'success'] as const)('conclusion %s counts as success', async conclusion => {
    const b = await gate(scenario({ rules: goodRules([requireBuild]), checkRuns: [{ name: 'build', status: 'completed', conclusion }] }))
    const v = b.v('checks.required')
    expect(v.status).toBe('pass')
    expect(finding(v, 'build').message).toBe(`Succeeded at head ${HEAD.slice(0, 7)}: check run (github-actions) concluded ${conclusion}.`)
  })

  test('a failed required check fails', async () => {
    const b = await gate(scenario({ rules: goodRules([requireBuild]), checkRuns: [{ name: 'build', status: 'completed', conclusion: 'failure' }] }))
    expect(b.v('checks.required').status).toBe('fail')
  })

  test('a required check with no result fails', async () => {
    const b = await gate(scenario({ rules: goodRules([requireBuild]), checkRuns: [{ name: 'lint', status: 'completed', conclusion: 'success' }] }))
    const v = b.v('checks.required')
    expect(v.status).toBe('fail')
    expect(finding(v, 'build').message).toBe(`Required check never reported at head ${HEAD.slice(0, 7)}.`)
  })

  test("the gate's own check is excluded even when a ruleset requires it", async () => {
    const rules = goodRules([
      { type: 'required_status_checks', parameters: { required_status_checks: [{ context: 'build' }, { context: 'compliance-gate' }] } }
    ])
    const b = await gate(
      scenario({
        rules,
        checkRuns: [
          { name: 'build', status: 'completed', conclusion: 'success' },
          { name: 'compliance-gate', status: 'in_progress' }
        ]
      })
    )
    const v = b.v('checks.required')
    expect(v.status).toBe('pass')
    expect(v.findings.map(f => f.subject)).toEqual(['build'])
    expect(v.reason).toMatch(/The gate's own check \(compliance-gate\) is excluded/)
  })

  test('check results unreadable: not_verified, blocking', async () => {
    const s = scenario({ rules: goodRules([requireBuild]) })
    fake.fault('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', { status: 403, message: 'Resource not accessible by integration' })
    fake.fault('GET /repos/{owner}/{repo}/commits/{ref}/status', { status: 403, message: 'Resource not accessible by integration' })
    const b = await gate(s)
    const v = b.v('checks.required')
    expect(v.status).toBe('not_verified')
    expect(v.effect).toBe('blocking')
    expect(v.remedy).toMatch(/checks: read/)
    expect(b.results.result).toBe('fail')
  })
})

// -------------------------------------------------------------------------------------------------
// commits.signed
// -------------------------------------------------------------------------------------------------

describe('commits.signed: on whenever the branch rules require signed commits', () => {
  test('a ruleset requires signatures and a commit is unsigned: fail, blocking', async () => {
    const b = await gate(scenario({ rules: goodRules([{ type: 'required_signatures' }]), commits: [aliceCommit({ verified: false })] }))
    const v = b.v('commits.signed')
    expect(v.status).toBe('fail')
    expect(v.effect).toBe('blocking')
    expect(v.reason).toBe(`1 of 1 commit(s) have no verified signature (required by an active ruleset (required_signatures)): ${HEAD.slice(0, 7)} (unsigned).`)
  })

  test('a ruleset requires signatures and every commit is verified: pass', async () => {
    const b = await gate(scenario({ rules: goodRules([{ type: 'required_signatures' }]), commits: [aliceCommit({ verified: true })] }))
    expect(b.v('commits.signed').status).toBe('pass')
  })

  test('nothing requires signatures (rules and classic protection both read): not_applicable', async () => {
    const b = await gate(scenario({ rules: goodRules(), protection: 404, commits: [aliceCommit({ verified: false })] }))
    const v = b.v('commits.signed')
    expect(v.status).toBe('not_applicable')
    expect(v.reason).toMatch(/neither the policy nor the branch rules require signed commits/)
  })
})

// -------------------------------------------------------------------------------------------------
// change.separation-of-duties, change.unreviewed-push
// -------------------------------------------------------------------------------------------------

describe('change.separation-of-duties: on for merged PRs', () => {
  const merged = (mergedBy: string) =>
    scenario({
      merged: true,
      mergedBy,
      mergedAt: '2026-11-20T12:00:00Z',
      reviews: [approval(RITA)],
      permissions: { [RITA]: 'write', 'mallory-merger': 'write' }
    })
  const closedEvent = (s: Scenario, mergedBy: string) =>
    pullRequestEvent('closed', {
      owner: s.owner,
      repo: s.repo,
      number: s.number,
      headSha: s.headSha,
      baseSha: s.baseSha,
      author: s.author,
      merged: true,
      mergedBy,
      sender: mergedBy
    })

  test('merged by someone other than the approver: pass', async () => {
    const s = merged('mallory-merger')
    const b = await gate(s, { eventPath: closedEvent(s, 'mallory-merger') })
    const v = b.v('change.separation-of-duties')
    expect(v.status).toBe('pass')
    expect(finding(v, `PR #${s.number}: merger`).message).toBe(
      `PR #${s.number} was merged by mallory-merger and approved by ${RITA}, who is independent of the merger and the authors.`
    )
  })

  test('merged by its only approver: fail, blocking', async () => {
    const s = merged(RITA)
    const b = await gate(s, { eventPath: closedEvent(s, RITA) })
    const v = b.v('change.separation-of-duties')
    expect(v.status).toBe('fail')
    expect(v.effect).toBe('blocking')
    expect(v.reason).toBe(`PR #${s.number} was merged by ${RITA}, its only approver.`)
  })

  test('an open PR: not_applicable (judged at merge)', async () => {
    const b = await gate(scenario())
    expect(b.v('change.separation-of-duties').reason).toMatch(/not merged yet; separation of duties is judged at merge/)
  })
})

describe('change.unreviewed-push: on for push events', () => {
  test('a direct push (no merged PR) fails naming the commit; a PR event is not_applicable', async () => {
    const pr = await gate(scenario())
    expect(pr.v('change.unreviewed-push').status).toBe('not_applicable')
    expect(pr.v('change.unreviewed-push').reason).toBe('Judged on push events only (this is pull_request).')

    const sha = gh.fakeSha('defaults-direct-push')
    const before = gh.fakeSha('defaults-direct-push-before')
    scenario()
    const cmp = exampleFor('repos/compare-commits-with-basehead')
    cmp.commits = [
      gh.commit({ sha, message: 'hotfix straight to main', author: { name: 'Dan', email: 'dan@example.com', login: 'dan-direct' }, parents: [before] })
    ]
    cmp.total_commits = 1
    cmp.ahead_by = 1
    cmp.behind_by = 0
    cmp.status = 'ahead'
    fake.on('GET /repos/{owner}/{repo}/compare/{basehead}', { status: 200, body: cmp })
    fake.on('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', { status: 200, body: [] })
    const push = await gate(scenario(), {
      eventName: 'push',
      eventPath: pushEvent({
        before,
        after: sha,
        commits: [{ id: sha, message: 'hotfix straight to main', author: { name: 'Dan', email: 'dan@example.com', username: 'dan-direct' } }],
        sender: 'dan-direct'
      })
    })
    const v = push.v('change.unreviewed-push')
    expect(v.status).toBe('fail')
    expect(v.effect).toBe('blocking')
    expect(v.reason).toBe(`1 pushed commit(s) are in no merged pull request: ${sha.slice(0, 7)} (dan-direct).`)
  })
})

// -------------------------------------------------------------------------------------------------
// on-not-verified defaults
// -------------------------------------------------------------------------------------------------

describe('on-not-verified: fail for review controls and checks.required, warn for branch.protection and team membership', () => {
  test('reviews unreadable: every review control is not_verified and blocking, each in the summary with its remedy', async () => {
    const s = scenario({ codeowners: '* @' + RITA + '\n' })
    fake.fault('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', { status: 403, message: 'Resource not accessible by integration' })
    const b = await gate(s)
    for (const id of ['review.approvals', 'review.last-push', 'review.no-changes-requested', 'review.codeowners']) {
      const v = b.v(id)
      expect([id, v.status, v.effect]).toEqual([id, 'not_verified', 'blocking'])
      expect(v.remedy).toMatch(/pull-requests: read/)
    }
    expect(b.results.result).toBe('fail')
    expect(b.run.outputs['not-verified-controls'].split(',')).toEqual(
      expect.arrayContaining(['review.approvals', 'review.last-push', 'review.no-changes-requested', 'review.codeowners'])
    )
  })

  test('warnings still appear in the summary with their remedy', async () => {
    const b = await gate(
      scenario({ rules: [], protection: 403, branchProtected: true, codeowners: '* @octo-org/ops\n', teams: { 'octo-org/ops': { members: 403, write: true } } })
    )
    const warned = b.results.verdicts.filter(v => v.status === 'not_verified').map(v => [v.control, v.effect])
    expect(warned).toEqual([
      ['review.codeowners', 'warning'],
      ['branch.protection', 'warning'],
      ['commits.signed', 'warning']
    ])
    expect(b.results.result).toBe('pass')
    for (const id of ['review.codeowners', 'branch.protection', 'commits.signed']) {
      expect(b.summary).toContain(`### ⚠️ \`${id}\`: not verified`)
      expect(b.summary).toContain(`**What to do:** ${cell(b.v(id).remedy!)}`)
    }
    expect(b.summary).toContain('compliance-gate: ✅ passed')
  })
})

// -------------------------------------------------------------------------------------------------
// The exact resolved defaults (unit)
// -------------------------------------------------------------------------------------------------

describe('policies/default.yml resolves to exactly these defaults', () => {
  test('the generated DEFAULT_POLICY_TEXT is policies/default.yml', () => {
    expect(DEFAULT_POLICY_TEXT).toBe(readFileSync(join(PROJECT_ROOT, 'policies', 'default.yml'), 'utf8'))
  })

  test('every control: enabled, on_fail, on_not_verified, params', () => {
    const resolved = resolvePolicy(CONTROLS, DEFAULT_POLICY_TEXT)
    expect(resolved.sources).toEqual([{ path: 'policies/default.yml (bundled)', bundled: true, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) }])
    const on = (on_not_verified: 'fail' | 'warn', params: Record<string, unknown>) => ({ enabled: true, on_fail: 'fail', on_not_verified, params })
    const off = (params: Record<string, unknown>) => ({ enabled: false, on_fail: 'fail', on_not_verified: 'fail', params })
    expect(resolved.controls).toEqual({
      'review.approvals': on('fail', { count: 1, 'require-head-commit': true, 'exclude-bots': true }),
      'review.last-push': on('fail', { 'exclude-bots': true }),
      'review.no-changes-requested': on('fail', {}),
      'review.codeowners': on('fail', { 'require-head-commit': true, 'fail-on-syntax-error': true, 'on-team-membership-unreadable': 'warn' }),
      'branch.protection': on('warn', {
        'min-approvals': 1,
        'require-dismiss-stale-or-last-push': true,
        'require-code-owner-review': false,
        'require-last-push-approval': false,
        'require-status-checks': false,
        'forbid-force-push': true,
        'forbid-deletion': true,
        'require-signed-commits': false
      }),
      'checks.required': on('fail', { checks: [], 'self-check-names': ['compliance-gate'] }),
      // Unsigned commits with an unknown requirement (classic protection unreadable) are softened to a warning by
      // the control itself; a known requirement whose commits cannot be read blocks.
      'commits.signed': on('fail', { required: false }),
      'change.ticket': off({ pattern: null, trackers: [], sources: ['title', 'body', 'branch'], 'required-template-sections': [] }),
      'change.emergency': off({ label: 'emergency-change', waives: ['review.approvals', 'review.last-push', 'review.codeowners'], 'retro-approval-hours': 72 }),
      'change.separation-of-duties': on('fail', {}),
      'change.unreviewed-push': on('fail', { 'max-commits': 250, branches: [] }),
      'secrets.no-new-secrets': on('fail', {
        'max-file-size': 1048576,
        'exclude-paths': [],
        'custom-rules': [],
        'allow-inline-comments': false,
        baseline: '.compliance-gate/secrets-baseline.json',
        'disabled-rules': []
      }),
      'iac.encryption': on('fail', {
        'require-cmk': false,
        checks: [],
        'skip-checks': [],
        'severity-overrides': {},
        'allow-skip-comments': false,
        'plan-file': '',
        'max-file-size': 2097152,
        'on-unevaluated': 'warn',
        'require-infrastructure-encryption': false
      }),
      'iac.data-residency': on('fail', { 'allowed-regions': [] }),
      // ISO/IEC 42001 AI-change governance: off in the default policy (policies/iso42001-2023.yml turns it on).
      'ai.change-governance': off({
        paths: [
          'models/**',
          'model/**',
          'prompts/**',
          '**/*.prompt',
          '**/*.prompty',
          '**/*.ipynb',
          'training/**',
          'train/**',
          'evals/**',
          'eval/**',
          'evaluation/**',
          'datasets/**',
          'data/**/*manifest*.{json,yaml,yml}',
          '**/dataset*.{json,yaml,yml}',
          '**/*.{safetensors,onnx,gguf,pt,pth,h5,pkl,joblib}',
          '**/{MODEL_CARD,model_card,model-card,MODEL-CARD}.md'
        ],
        'min-approvals': 1,
        reviewers: { teams: [], users: [] },
        'require-label': null,
        'require-documentation': false,
        'documentation-paths': [
          '**/{MODEL_CARD,model_card,model-card,MODEL-CARD}.md',
          '**/*{impact-assessment,impact_assessment,IMPACT_ASSESSMENT,aia}*.md',
          'docs/ai/**'
        ],
        'require-evaluation': false,
        'evaluation-result-paths': ['**/eval-results/**', '**/eval_results/**', '**/evals/results/**', '**/*.eval.json'],
        'evaluation-link-prefixes': []
      })
    })
  })
})
