/**
 * The branch_rules, checks and push collectors against an in-memory GitHubApi; response bodies are GitHub's
 * own OpenAPI examples or hand-built ones validated against the spec.
 */
import { describe, expect, test } from '@jest/globals'
import { branchRulesCollector, CLASSIC_ROUTE, RULES_ROUTE } from '../../src/collect/branch-rules.js'
import { checksCollector, CHECK_RUNS_ROUTE, STATUS_ROUTE } from '../../src/collect/checks.js'
import { pushCollector, COMMIT_PULLS_ROUTE, PULL_ROUTE, REVIEWS_ROUTE } from '../../src/collect/push.js'
import type { CollectContext } from '../../src/collect/context.js'
import type { BranchRulesFacts } from '../../src/model/facts/branch-rules.js'
import type { ChecksFacts } from '../../src/model/facts/checks.js'
import type { PushFacts } from '../../src/model/facts/push.js'
import type { ChangeRecord } from '../../src/model/record.js'
import { FakeApi, type Handler } from '../helpers/change-facts.js'
import { HEAD_SHA, baseRecord, collected, commit } from '../helpers/records.js'
import { exampleFor, validateResponse } from '../helpers/openapi.js'
import { control as branchProtection } from '../../src/controls/branch-protection.js'

const OWNER = 'octo-org'
const REPO = 'octo-repo'

function contextFor(record: ChangeRecord, handlers: Record<string, Handler>, neededBy?: CollectContext['neededBy']): { ctx: CollectContext; api: FakeApi } {
  const api = new FakeApi(handlers)
  return { api, ctx: { owner: OWNER, repo: REPO, record, api, checkoutDir: null, neededBy, selfCheckNames: ['compliance-gate'] } }
}

const RULES = [
  {
    type: 'pull_request',
    ruleset_source_type: 'Repository',
    ruleset_source: `${OWNER}/${REPO}`,
    ruleset_id: 11,
    parameters: {
      required_approving_review_count: 2,
      dismiss_stale_reviews_on_push: true,
      require_code_owner_review: true,
      require_last_push_approval: false,
      required_review_thread_resolution: false
    }
  },
  { type: 'non_fast_forward', ruleset_source_type: 'Organization', ruleset_source: 'octo-org', ruleset_id: 12 },
  { type: 'deletion', ruleset_source_type: 'Repository', ruleset_source: `${OWNER}/${REPO}`, ruleset_id: 11 },
  { type: 'required_signatures', ruleset_source_type: 'Repository', ruleset_source: `${OWNER}/${REPO}`, ruleset_id: 11 },
  {
    type: 'required_status_checks',
    ruleset_source_type: 'Repository',
    ruleset_source: `${OWNER}/${REPO}`,
    ruleset_id: 11,
    parameters: { strict_required_status_checks_policy: true, required_status_checks: [{ context: 'build', integration_id: 15368 }, { context: 'lint' }] }
  }
]

describe('branch_rules collector: classic protection is read only when it could change a verdict', () => {
  const protection = { control: 'branch.protection', params: branchProtection.meta.defaults as unknown as Record<string, unknown> }
  const withNeeds = (needs: { control: string; params: Record<string, unknown> }[], rules: unknown[] = RULES) => {
    const { ctx, api } = contextFor(
      baseRecord(),
      { [RULES_ROUTE]: () => ({ status: 200, data: rules }), [CLASSIC_ROUTE]: () => ({ status: 403, message: 'Resource not accessible by integration' }) },
      needs
    )
    return { ctx, api }
  }
  const routes = (api: FakeApi) => api.calls.map(c => c.route)

  test('branch.protection met by the rulesets and no other reader: one call, the same pass', async () => {
    const { ctx, api } = withNeeds([protection])
    const group = await branchRulesCollector.collect(ctx)
    expect(routes(api)).toEqual([RULES_ROUTE])
    expect(group.state).toBe('complete')
    expect((group.value as BranchRulesFacts).classic).toMatchObject({
      state: 'not_collected',
      missing: { reason: expect.stringMatching(/could not change a verdict/) }
    })
    const verdict = branchProtection.evaluate(baseRecord({ facts: { branch_rules: group } }), branchProtection.meta.defaults, {
      enabledControls: new Set()
    })
    expect(verdict.status).toBe('pass')
  })

  test('rulesets that do not meet branch.protection: classic protection is read after them, and the verdict stays not verified', async () => {
    const { ctx, api } = withNeeds([protection], [{ type: 'deletion', ruleset_id: 11 }])
    const group = await branchRulesCollector.collect(ctx)
    expect(routes(api)).toContain(CLASSIC_ROUTE)
    const verdict = branchProtection.evaluate(baseRecord({ facts: { branch_rules: group } }), branchProtection.meta.defaults, {
      enabledControls: new Set()
    })
    expect(verdict.status).toBe('not_verified')
  })

  test('checks.required enabled: classic protection is read beside the rulesets (its required checks count)', async () => {
    const { ctx, api } = withNeeds([protection, { control: 'checks.required', params: { checks: [], 'self-check-names': ['compliance-gate'] } }])
    await branchRulesCollector.collect(ctx)
    expect(routes(api).slice(0, 2).sort()).toEqual([CLASSIC_ROUTE, RULES_ROUTE].sort())
  })

  test('commits.signed: classic protection is read unless the policy or a ruleset already requires signatures', async () => {
    const unsignedRules = RULES.filter(r => r.type !== 'required_signatures')
    const open = withNeeds([protection, { control: 'commits.signed', params: { required: false } }], unsignedRules)
    await branchRulesCollector.collect(open.ctx)
    expect(routes(open.api)).toContain(CLASSIC_ROUTE)
    const byRuleset = withNeeds([protection, { control: 'commits.signed', params: { required: false } }])
    await branchRulesCollector.collect(byRuleset.ctx)
    expect(routes(byRuleset.api)).toEqual([RULES_ROUTE])
    const byPolicy = withNeeds([protection, { control: 'commits.signed', params: { required: true } }], unsignedRules)
    await branchRulesCollector.collect(byPolicy.ctx)
    expect(routes(byPolicy.api)).toEqual([RULES_ROUTE])
  })

  test('without the plan (neededBy unknown) classic protection is always read', async () => {
    const { ctx, api } = contextFor(baseRecord(), {
      [RULES_ROUTE]: () => ({ status: 200, data: RULES }),
      [CLASSIC_ROUTE]: () => ({ status: 403, message: 'Resource not accessible by integration' })
    })
    await branchRulesCollector.collect(ctx)
    expect(routes(api)).toContain(CLASSIC_ROUTE)
  })
})

describe('branch_rules collector', () => {
  test('the hand-built rules body is valid per GitHub’s schema', () => {
    expect(validateResponse('GET', `/repos/${OWNER}/${REPO}/rules/branches/main`, 200, RULES)).toEqual([])
  })

  test('rules 200 + classic 403 → partial; rules normalised with snapshot; classic unreadable with the Administration remedy', async () => {
    const { ctx, api } = contextFor(baseRecord(), {
      [RULES_ROUTE]: () => ({ status: 200, data: RULES }),
      [CLASSIC_ROUTE]: () => ({ status: 403, message: 'Resource not accessible by integration' })
    })
    const group = await branchRulesCollector.collect(ctx)
    expect(group.state).toBe('partial')
    const facts = group.value as BranchRulesFacts
    expect(facts.branch).toBe('main')
    expect(facts.rules.value).toMatchObject({
      pull_request_required: true,
      required_approving_review_count: 2,
      dismiss_stale_reviews_on_push: true,
      require_code_owner_review: true,
      required_signatures: true,
      blocks_force_push: true,
      blocks_deletion: true,
      strict_required_status_checks: true,
      required_status_checks: [
        { context: 'build', integration_id: 15368 },
        { context: 'lint', integration_id: null }
      ],
      rule_count: 5,
      ruleset_ids: [11, 12]
    })
    expect(facts.rules.value!.raw[1]).toEqual({ type: 'non_fast_forward', ruleset_source_type: 'Organization', ruleset_source: 'octo-org', ruleset_id: 12 })
    expect(facts.classic.state).toBe('unavailable')
    expect(facts.classic.missing?.http_status).toBe(403)
    expect(facts.classic.missing?.remedy).toMatch(/Administration: read; the workflow GITHUB_TOKEN cannot have it/)
    expect(api.calls.map(c => c.params.branch)).toEqual(['main', 'main'])
    // and the control decides from the rulesets
    const verdict = branchProtection.evaluate(baseRecord({ facts: { branch_rules: group } }), branchProtection.meta.defaults, {
      enabledControls: new Set()
    })
    expect(verdict.status).toBe('pass')
  })

  test('classic 404 "Branch not protected" → decided: not protected', async () => {
    const { ctx } = contextFor(baseRecord(), {
      [RULES_ROUTE]: () => ({ status: 200, data: [] }),
      [CLASSIC_ROUTE]: () => ({ status: 404, message: 'Branch not protected' })
    })
    const group = await branchRulesCollector.collect(ctx)
    expect(group.state).toBe('complete')
    const facts = group.value as BranchRulesFacts
    expect(facts.classic.value).toEqual({ protected: false, reason: expect.stringMatching(/Branch not protected/) })
    expect(facts.rules.value?.rule_count).toBe(0)
    const verdict = branchProtection.evaluate(baseRecord({ facts: { branch_rules: group } }), branchProtection.meta.defaults, {
      enabledControls: new Set()
    })
    expect(verdict.status).toBe('fail')
  })

  test('classic 404 "Not Found" (repository not visible) → unavailable, not "unprotected"', async () => {
    const { ctx } = contextFor(baseRecord(), {
      [RULES_ROUTE]: () => ({ status: 200, data: [] }),
      [CLASSIC_ROUTE]: () => ({ status: 404, message: 'Not Found' })
    })
    const facts = (await branchRulesCollector.collect(ctx)).value as BranchRulesFacts
    expect(facts.classic.state).toBe('unavailable')
  })

  test('classic 200 (GitHub’s example body) → normalised', async () => {
    const body = exampleFor('GET /repos/{owner}/{repo}/branches/{branch}/protection')
    const { ctx } = contextFor(baseRecord(), {
      [RULES_ROUTE]: () => ({ status: 200, data: [] }),
      [CLASSIC_ROUTE]: () => ({ status: 200, data: body })
    })
    const facts = (await branchRulesCollector.collect(ctx)).value as BranchRulesFacts
    expect(facts.classic.value).toMatchObject({
      protected: true,
      required_approving_review_count: 2,
      dismiss_stale_reviews_on_push: true,
      require_code_owner_review: true,
      require_last_push_approval: true,
      required_status_checks: [{ context: 'continuous-integration/travis-ci', integration_id: null }],
      enforce_admins: true
    })
  })

  test('both unreadable → unavailable with both reasons; no API → unavailable', async () => {
    const { ctx } = contextFor(baseRecord(), {})
    const group = await branchRulesCollector.collect(ctx)
    expect(group.state).toBe('unavailable')
    expect(group.missing?.reason).toMatch(/Rulesets/)
    const offline = await branchRulesCollector.collect({ ...ctx, api: null })
    expect(offline.state).toBe('unavailable')
  })
})

describe('checks collector', () => {
  const MERGE = 'e'.repeat(40)
  test('check runs (filter=latest) and statuses at head and merge SHA', async () => {
    const runs = exampleFor('GET /repos/{owner}/{repo}/commits/{ref}/check-runs')
    const statuses = exampleFor('GET /repos/{owner}/{repo}/commits/{ref}/status')
    const record = baseRecord({ subject: { kind: 'merge_group', head_sha: HEAD_SHA, base_ref: 'main', merge_sha: MERGE } })
    const { ctx, api } = contextFor(record, {
      [CHECK_RUNS_ROUTE]: () => ({ status: 200, data: runs }),
      [STATUS_ROUTE]: p => (p.ref === MERGE ? { status: 403, message: 'Resource not accessible by integration' } : { status: 200, data: statuses })
    })
    const group = await checksCollector.collect(ctx)
    expect(group.state).toBe('partial')
    const facts = group.value as ChecksFacts
    expect(facts.self_check_names).toEqual(['compliance-gate'])
    expect(facts.at.map(a => [a.role, a.sha])).toEqual([
      ['head', HEAD_SHA],
      ['merge', MERGE]
    ])
    expect(facts.at[0].check_runs.value![0]).toMatchObject({
      name: 'mighty_readme',
      status: 'completed',
      conclusion: 'neutral',
      app_slug: 'octoapp',
      app_id: 1
    })
    expect(facts.at[0].statuses.value!.map(s => [s.context, s.state])).toEqual([
      ['continuous-integration/jenkins', 'success'],
      ['security/brakeman', 'success']
    ])
    expect(facts.at[1].statuses.state).toBe('unavailable')
    expect(api.calls.find(c => c.route === CHECK_RUNS_ROUTE)!.params.filter).toBe('latest')
  })

  test('everything 403 → unavailable', async () => {
    const { ctx } = contextFor(baseRecord(), {
      [CHECK_RUNS_ROUTE]: () => ({ status: 403, message: 'Resource not accessible by integration' }),
      [STATUS_ROUTE]: () => ({ status: 403, message: 'Resource not accessible by integration' })
    })
    const group = await checksCollector.collect(ctx)
    expect(group.state).toBe('unavailable')
    expect(group.missing?.remedy).toMatch(/checks: read/)
  })
})

describe('push collector', () => {
  const A = 'a'.repeat(40)
  const B = 'b'.repeat(40)
  const C = 'c'.repeat(40)
  const pushRecord = (n = 3) =>
    baseRecord({
      event: { name: 'push', ref: 'refs/heads/main', before: '9'.repeat(40), after: C },
      subject: { kind: 'push', head_sha: C, base_ref: 'main', merge_sha: C },
      pull_request: { state: 'not_collected', value: null, sources: [] },
      commits: collected([commit({ sha: A }), commit({ sha: B, author: { login: 'mallory', name: 'M', email: 'm@x' } }), commit({ sha: C })].slice(0, n))
    })
  const pullsFor = (sha: string): unknown[] => {
    const base = exampleFor('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls')[0]
    if (sha === A) return [{ ...base, number: 5, state: 'closed', merged_at: '2026-01-01T10:00:00Z', merge_commit_sha: C, base: { ...base.base, ref: 'main' } }]
    if (sha === C) return [{ ...base, number: 5, state: 'closed', merged_at: '2026-01-01T10:00:00Z', merge_commit_sha: C, base: { ...base.base, ref: 'main' } }]
    return [{ ...base, number: 6, state: 'open', merged_at: null, base: { ...base.base, ref: 'main' } }]
  }
  const handlers: Record<string, Handler> = {
    [COMMIT_PULLS_ROUTE]: p => ({ status: 200, data: pullsFor(String(p.commit_sha)) }),
    [PULL_ROUTE]: () => ({
      status: 200,
      data: {
        ...(exampleFor('GET /repos/{owner}/{repo}/pulls/{pull_number}') as Record<string, unknown>),
        number: 5,
        merged_by: { login: 'carol', id: 3, type: 'User' }
      }
    }),
    [REVIEWS_ROUTE]: () => ({
      status: 200,
      data: [
        {
          id: 1,
          user: { login: 'bob', id: 2, type: 'User' },
          state: 'APPROVED',
          commit_id: A,
          submitted_at: '2026-01-01T09:00:00Z',
          body: '',
          html_url: 'x',
          pull_request_url: 'x',
          author_association: 'MEMBER',
          _links: {},
          node_id: 'x'
        }
      ]
    })
  }

  test('looks up each commit; finds the merged PR, its merger and reviews', async () => {
    const { ctx, api } = contextFor(pushRecord(), handlers)
    const group = await pushCollector.collect(ctx)
    expect(group.state).toBe('complete')
    const facts = group.value as PushFacts
    expect(facts.branch).toBe('main')
    expect(facts.commits.map(c => [c.sha[0], c.merged_pr])).toEqual([
      ['a', 5],
      ['b', null],
      ['c', 5]
    ])
    expect(facts.commits[1].associated[0]).toMatchObject({ number: 6, state: 'open', merged_at: null })
    expect(facts.pulls['5'].merged_by?.login).toBe('carol')
    expect(facts.pulls['5'].reviews.value![0]).toMatchObject({ user: { login: 'bob' }, state: 'APPROVED' })
    expect(api.calls.filter(c => c.route === PULL_ROUTE)).toHaveLength(1)
  })

  test('max-commits caps the lookups and records truncation', async () => {
    const { ctx, api } = contextFor(pushRecord(), handlers, [{ control: 'change.unreviewed-push', params: { 'max-commits': 2 } }])
    const group = await pushCollector.collect(ctx)
    expect(group.state).toBe('partial')
    const facts = group.value as PushFacts
    expect(facts).toMatchObject({ truncated: true, total_commits: 3, max_commits: 2 })
    expect(api.calls.filter(c => c.route === COMMIT_PULLS_ROUTE)).toHaveLength(2)
    expect(group.missing?.reason).toMatch(/first 2 of 3/)
  })

  test('lookup 403 → commit marked failed with a remedy', async () => {
    const { ctx } = contextFor(pushRecord(1), { [COMMIT_PULLS_ROUTE]: () => ({ status: 403, message: 'Resource not accessible by integration' }) })
    const group = await pushCollector.collect(ctx)
    expect(group.state).toBe('partial')
    const facts = group.value as PushFacts
    expect(facts.commits[0]).toMatchObject({ lookup: 'failed', merged_pr: null })
    expect(facts.commits[0].missing?.remedy).toMatch(/pull-requests: read/)
  })

  test('not a push → not_collected; commits unknown → unavailable', async () => {
    const { ctx } = contextFor(baseRecord(), handlers)
    expect((await pushCollector.collect(ctx)).state).toBe('not_collected')
    const r = pushRecord()
    const { ctx: c2 } = contextFor({ ...r, commits: { state: 'unavailable', value: null, sources: [], missing: { reason: 'compare failed' } } }, handlers)
    expect((await pushCollector.collect(c2)).state).toBe('unavailable')
  })
})
