import { describe, expect, test } from '@jest/globals'
import { control } from '../../src/controls/commits-signed.js'
import { baseRecord, collected, commit, unavailableGroup } from '../helpers/records.js'
import { branchRules, classic403, classicNone, classicProtected, rulesGroup, simpleRule } from '../helpers/change-facts.js'

const ctx = { enabledControls: new Set<string>() }
const UNSIGNED = 'aaaaaaa000000000000000000000000000000000'
const signedRules = { branch_rules: branchRules(rulesGroup([simpleRule('required_signatures')]), classic403) }

describe('commits.signed', () => {
  test('an unsigned commit when a ruleset requires signatures → fail with GitHub reason', () => {
    const record = baseRecord({
      facts: signedRules,
      commits: collected([commit(), commit({ sha: UNSIGNED, verification: { verified: false, reason: 'unsigned' } })])
    })
    const v = control.evaluate(record, { required: false }, ctx)
    expect(v.status).toBe('fail')
    expect(v.reason).toMatch(/aaaaaaa \(unsigned\)/)
    expect(v.reason).toMatch(/ruleset/)
    expect(v.findings!.find(f => f.subject === UNSIGNED)!.data?.reason).toBe('unsigned')
  })

  test('bad_email / unknown_key are failures too, when the policy requires signatures', () => {
    const record = baseRecord({
      commits: collected([
        commit({ verification: { verified: false, reason: 'bad_email' } }),
        commit({ sha: UNSIGNED, verification: { verified: false, reason: 'unknown_key' } })
      ])
    })
    const v = control.evaluate(record, { required: true }, ctx)
    expect(v.status).toBe('fail')
    expect(v.findings!.map(f => f.data?.reason)).toEqual(['bad_email', 'unknown_key'])
  })

  test('classic protection requiring signatures switches the control on', () => {
    const record = baseRecord({ facts: { branch_rules: branchRules(rulesGroup([]), classicProtected({ required_signatures: true })) } })
    expect(control.evaluate(record, { required: false }, ctx).status).toBe('pass')
  })

  test('neither policy nor rules require signatures → not_applicable', () => {
    const record = baseRecord({ facts: { branch_rules: branchRules(rulesGroup([]), classicNone) } })
    expect(control.evaluate(record, { required: false }, ctx).status).toBe('not_applicable')
  })

  test('requirement unknown (classic 403): verified commits pass, unverified ones are not_verified', () => {
    const extra = { branch_rules: branchRules(rulesGroup([]), classic403) } as never
    expect(control.evaluate(baseRecord({ facts: extra }), { required: false }, ctx).status).toBe('pass')
    const v = control.evaluate(
      baseRecord({ facts: extra, commits: collected([commit({ verification: { verified: false, reason: 'unsigned' } })]) }),
      { required: false },
      ctx
    )
    expect(v.status).toBe('not_verified')
    expect(v.remedy).toMatch(/Administration: read/)
  })

  test('commits unavailable → not_verified', () => {
    const v = control.evaluate(baseRecord({ facts: signedRules, commits: unavailableGroup(403) }), { required: false }, ctx)
    expect(v.status).toBe('not_verified')
  })

  test('verification missing on a commit → not_verified', () => {
    const v = control.evaluate(baseRecord({ commits: collected([commit({ verification: null })]) }), { required: true }, ctx)
    expect(v.status).toBe('not_verified')
  })
})
