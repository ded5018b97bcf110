import { describe, expect, test } from '@jest/globals'
import { control } from '../../src/controls/branch-protection.js'
import { baseRecord } from '../helpers/records.js'
import { branchRules, classic403, classicNone, classicProtected, prRule, rulesGroup, simpleRule } from '../helpers/change-facts.js'
import type { BranchProtectionParams } from '../../src/controls/branch-protection.js'

const params = (p: Partial<BranchProtectionParams> = {}): BranchProtectionParams => ({ ...control.meta.defaults, ...p })
const ctx = { enabledControls: new Set<string>() }
const evaluate = (extra: Record<string, unknown>, p: Partial<BranchProtectionParams> = {}) => control.evaluate(baseRecord({ facts: extra }), params(p), ctx)

const goodRules = [prRule(), simpleRule('non_fast_forward'), simpleRule('deletion')]

describe('branch.protection', () => {
  test('classic protection 403 with a ruleset that decides every requirement → pass, decided by rulesets', () => {
    const v = evaluate({ branch_rules: branchRules(rulesGroup(goodRules), classic403) })
    expect(v.status).toBe('pass')
    expect(v.reason).toMatch(/rulesets/)
    expect(v.findings!.every(f => f.data?.decided_by === 'rulesets')).toBe(true)
  })

  test('classic protection 403 and no ruleset → not_verified naming Administration: read', () => {
    const v = evaluate({ branch_rules: branchRules(rulesGroup([]), classic403) })
    expect(v.status).toBe('not_verified')
    expect(v.reason).toMatch(/Administration: read/)
    expect(v.remedy).toMatch(/Administration: read/)
    expect(v.remedy).toMatch(/ruleset/)
  })

  test('ruleset decides some requirements, classic 403 leaves the rest unknown → not_verified listing them', () => {
    const v = evaluate({ branch_rules: branchRules(rulesGroup([prRule()]), classic403) })
    expect(v.status).toBe('not_verified')
    expect(v.reason).toMatch(/forbid-force-push/)
    expect(v.reason).toMatch(/forbid-deletion/)
    expect(v.findings!.find(f => f.subject === 'min-approvals')!.status).toBe('pass')
  })

  test('a branch with no ruleset and no classic protection → fail (decided)', () => {
    const v = evaluate({ branch_rules: branchRules(rulesGroup([]), classicNone) })
    expect(v.status).toBe('fail')
    expect(v.reason).toMatch(/not protected/)
  })

  test('ruleset too weak and no classic protection → fail per requirement', () => {
    const v = evaluate({
      branch_rules: branchRules(
        rulesGroup([prRule({ required_approving_review_count: 0, dismiss_stale_reviews_on_push: false }), simpleRule('deletion')]),
        classicNone
      )
    })
    expect(v.status).toBe('fail')
    const byKey = Object.fromEntries(v.findings!.map(f => [f.subject, f.status]))
    expect(byKey).toEqual({ 'min-approvals': 'fail', 'require-dismiss-stale-or-last-push': 'fail', 'forbid-force-push': 'fail', 'forbid-deletion': 'pass' })
  })

  test('last-push approval satisfies the stale-or-last-push requirement', () => {
    const v = evaluate({
      branch_rules: branchRules(
        rulesGroup([
          prRule({ dismiss_stale_reviews_on_push: false, require_last_push_approval: true }),
          simpleRule('non_fast_forward'),
          simpleRule('deletion')
        ]),
        classic403
      )
    })
    expect(v.status).toBe('pass')
  })

  test('readable classic protection decides what rulesets leave open', () => {
    const v = evaluate({ branch_rules: branchRules(rulesGroup([prRule()]), classicProtected()) })
    expect(v.status).toBe('pass')
    expect(v.findings!.find(f => f.subject === 'forbid-force-push')!.data?.decided_by).toBe('classic')
  })

  test('classic protection allowing force pushes, no ruleset blocking them → fail', () => {
    const v = evaluate({ branch_rules: branchRules(rulesGroup([]), classicProtected({ blocks_force_push: false, required_approving_review_count: 2 })) })
    expect(v.status).toBe('fail')
    expect(v.reason).toMatch(/forbid-force-push/)
  })

  test('policy asks for more approvals than the rules give', () => {
    const v = evaluate({ branch_rules: branchRules(rulesGroup(goodRules), classicNone) }, { 'min-approvals': 2 })
    expect(v.status).toBe('fail')
    expect(v.findings!.find(f => f.subject === 'min-approvals')!.message).toMatch(/1 approval/)
  })

  test('optional requirements: code owners, signatures, status checks', () => {
    const rules = rulesGroup([...goodRules, prRule({ require_code_owner_review: true }, 8), simpleRule('required_signatures', 8)])
    expect(evaluate({ branch_rules: branchRules(rules, classicNone) }, { 'require-code-owner-review': true, 'require-signed-commits': true }).status).toBe(
      'pass'
    )
    const v = evaluate({ branch_rules: branchRules(rules, classicNone) }, { 'require-status-checks': true })
    expect(v.status).toBe('fail')
    expect(v.reason).toMatch(/require-status-checks/)
  })

  test('branch rules not collected → not_verified', () => {
    const v = evaluate({})
    expect(v.status).toBe('not_verified')
    expect(v.remedy).toBeTruthy()
  })

  test('rulesets unreadable but classic readable and not meeting → not_verified (a ruleset could meet it)', () => {
    const rules = { state: 'unavailable' as const, value: null, sources: [], missing: { reason: '500' } }
    const v = evaluate({ branch_rules: branchRules(rules, classicProtected({ blocks_deletion: false })) })
    expect(v.status).toBe('not_verified')
    expect(v.findings!.find(f => f.subject === 'forbid-deletion')!.status).toBe('not_verified')
  })

  test('defaults match issue 11', () => {
    expect(control.meta.defaults).toEqual({
      'min-approvals': 1,
      'require-dismiss-stale-or-last-push': true,
      'require-code-owner-review': false,
      'require-last-push-approval': false,
      'require-status-checks': false,
      'forbid-force-push': true,
      'forbid-deletion': true,
      'require-signed-commits': false
    })
    for (const [k, v] of Object.entries(control.meta.defaults)) expect(control.meta.paramsSchema[k]).toMatchObject({ default: v })
  })
})
