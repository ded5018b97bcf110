import { describe, expect, test } from '@jest/globals'
import { control } from '../../src/controls/checks-required.js'
import { HEAD_SHA, baseRecord } from '../helpers/records.js'
import { at, branchRules, checksGroup, checksRule, classic403, classicNone, classicProtected, rulesGroup, run, status } from '../helpers/change-facts.js'
import type { ChecksRequiredParams } from '../../src/controls/checks-required.js'

const ctx = { enabledControls: new Set<string>() }
const MERGE_SHA = '4444444444444444444444444444444444444444'
const evaluate = (extra: Record<string, unknown>, p: Partial<ChecksRequiredParams> = {}, subject = {}) =>
  control.evaluate(
    baseRecord({ facts: extra, subject: { kind: 'pull_request', head_sha: HEAD_SHA, base_ref: 'main', ...subject } }),
    { ...control.meta.defaults, ...p },
    ctx
  )
const rules = (contexts: Parameters<typeof checksRule>[0], classic = classicNone) => branchRules(rulesGroup([checksRule(contexts)]), classic)

describe('checks.required', () => {
  test('all required checks succeeded → pass', () => {
    const v = evaluate({
      branch_rules: rules(['build', 'lint']),
      checks: checksGroup([at(HEAD_SHA, [run('build', 'completed', 'success')], [status('lint', 'success')])])
    })
    expect(v.status).toBe('pass')
  })

  test('a pending required check → fail with the re-run message', () => {
    const v = evaluate({ branch_rules: rules(['build']), checks: checksGroup([at(HEAD_SHA, [run('build', 'in_progress', null)])]) })
    expect(v.status).toBe('fail')
    expect(v.reason).toMatch(/re-run when it completes/)
    expect(v.findings![0].message).toMatch(/Still running/)
  })

  test('a pending commit status → fail (pending is not success)', () => {
    const v = evaluate({ branch_rules: rules(['ci/jenkins']), checks: checksGroup([at(HEAD_SHA, [], [status('ci/jenkins', 'pending')])]) })
    expect(v.status).toBe('fail')
  })

  test.each(['skipped', 'neutral'])('a %s check run counts as success', conclusion => {
    const v = evaluate({ branch_rules: rules(['build']), checks: checksGroup([at(HEAD_SHA, [run('build', 'completed', conclusion)])]) })
    expect(v.status).toBe('pass')
  })

  test.each(['failure', 'cancelled', 'timed_out', 'action_required', 'stale'])('a %s check run fails', conclusion => {
    const v = evaluate({ branch_rules: rules(['build']), checks: checksGroup([at(HEAD_SHA, [run('build', 'completed', conclusion)])]) })
    expect(v.status).toBe('fail')
  })

  test('a required check that never reported → fail "never reported"', () => {
    const v = evaluate({ branch_rules: rules(['build', 'e2e']), checks: checksGroup([at(HEAD_SHA, [run('build', 'completed', 'success')])]) })
    expect(v.status).toBe('fail')
    expect(v.findings!.find(f => f.subject === 'e2e')!.message).toMatch(/never reported/)
  })

  test("the gate's own check is excluded (collector's selfCheckNames and the policy's)", () => {
    const v = evaluate({
      branch_rules: rules(['build', 'compliance-gate', 'audit']),
      checks: checksGroup([at(HEAD_SHA, [run('build', 'completed', 'success')])], ['audit'])
    })
    expect(v.status).toBe('pass')
    expect(v.findings!.map(f => f.subject)).toEqual(['build'])
    expect(v.reason).toMatch(/excluded/)
  })

  test('required check pinned to an app: a same-named run from another app does not count', () => {
    const v = evaluate({
      branch_rules: rules([{ context: 'build', integration_id: 15368 }]),
      checks: checksGroup([at(HEAD_SHA, [run('build', 'completed', 'success', { id: 999, slug: 'impostor' })])])
    })
    expect(v.status).toBe('fail')
  })

  test('success at the merge SHA counts (merge_group / push)', () => {
    const v = evaluate(
      { branch_rules: rules(['build']), checks: checksGroup([at(HEAD_SHA, []), at(MERGE_SHA, [run('build', 'completed', 'success')], [], 'merge')]) },
      {},
      { merge_sha: MERGE_SHA }
    )
    expect(v.status).toBe('pass')
    expect(v.findings![0].message).toMatch(/merge 4444444/)
  })

  test('classic protection unreadable and the policy lists none → not_verified (required set unknown)', () => {
    const v = evaluate({ branch_rules: branchRules(rulesGroup([]), classic403), checks: checksGroup([at(HEAD_SHA, [])]) })
    expect(v.status).toBe('not_verified')
    expect(v.reason).toMatch(/unknown/)
    expect(v.remedy).toMatch(/Administration: read/)
    expect(v.remedy).toMatch(/`checks`/)
  })

  test('classic unreadable, ruleset checks all green, policy lists none → pass, judged by the rulesets, gap stated (issue 11: classic counts when readable)', () => {
    const v = evaluate({ branch_rules: rules(['build'], classic403), checks: checksGroup([at(HEAD_SHA, [run('build', 'completed', 'success')])]) })
    expect(v.status).toBe('pass')
    expect(v.reason).toMatch(/classic branch protection/)
  })

  test('classic unreadable but a ruleset check failed → fail (decided)', () => {
    const v = evaluate({ branch_rules: rules(['build'], classic403), checks: checksGroup([at(HEAD_SHA, [run('build', 'completed', 'failure')])]) })
    expect(v.status).toBe('fail')
  })

  test('classic unreadable, policy lists the checks → judged against the policy list', () => {
    const v = evaluate(
      { branch_rules: branchRules(rulesGroup([]), classic403), checks: checksGroup([at(HEAD_SHA, [run('test', 'completed', 'success')])]) },
      { checks: ['test'] }
    )
    expect(v.status).toBe('pass')
    expect(v.reason).toMatch(/policy's list/)
  })

  test('classic protection contributes its required checks', () => {
    const v = evaluate({
      branch_rules: branchRules(rulesGroup([]), classicProtected({ required_status_checks: [{ context: 'unit', integration_id: null }] })),
      checks: checksGroup([at(HEAD_SHA, [])])
    })
    expect(v.status).toBe('fail')
    expect(v.findings![0].data?.required_by).toEqual(['classic protection'])
  })

  test('no required checks anywhere, rules readable → not_applicable', () => {
    const v = evaluate({ branch_rules: branchRules(rulesGroup([]), classicNone), checks: checksGroup([at(HEAD_SHA, [])]) })
    expect(v.status).toBe('not_applicable')
  })

  test('a check run succeeded but the commit statuses could not be read → not_verified (a failing status of that name would fail it)', () => {
    const statusesFailed = {
      state: 'unavailable' as const,
      value: null,
      sources: [],
      missing: { reason: 'GET /repos/{owner}/{repo}/commits/{ref}/status answered 500' }
    }
    const head = { ...at(HEAD_SHA, [run('build', 'completed', 'success')]), statuses: statusesFailed }
    const v = evaluate({ branch_rules: rules(['build']), checks: checksGroup([head]) })
    expect(v.status).toBe('not_verified')
    expect(v.findings![0].message).toMatch(/check run \(github-actions\) concluded success, but commit statuses unavailable \(GET .* answered 500\)/)
    // the same check pinned to an app is judged by check runs only: the statuses do not matter
    const pinned = evaluate({
      branch_rules: rules([{ context: 'build', integration_id: 15368 }]),
      checks: checksGroup([{ ...at(HEAD_SHA, [run('build', 'completed', 'success', { id: 15368, slug: 'github-actions' })]), statuses: statusesFailed }])
    })
    expect(pinned.status).toBe('pass')
    // and a failure is a failure whatever could not be read
    const failing = evaluate({
      branch_rules: rules(['build']),
      checks: checksGroup([{ ...at(HEAD_SHA, [run('build', 'completed', 'failure')]), statuses: statusesFailed }])
    })
    expect(failing.status).toBe('fail')
  })

  test('a commit status succeeded but the check runs were only partly read → not_verified', () => {
    const head = {
      ...at(HEAD_SHA, [], [status('ci/jenkins', 'success')]),
      check_runs: { state: 'partial' as const, value: [], sources: [], missing: { reason: 'page 2 answered 502' } }
    }
    const v = evaluate({ branch_rules: rules(['ci/jenkins']), checks: checksGroup([head]) })
    expect(v.status).toBe('not_verified')
    expect(v.reason).toMatch(/could not be fully read/)
  })

  test('check results unreadable → not_verified', () => {
    const unreadable = {
      sha: HEAD_SHA,
      role: 'head' as const,
      check_runs: { state: 'unavailable' as const, value: null, sources: [], missing: { reason: '403' } },
      statuses: { state: 'unavailable' as const, value: null, sources: [], missing: { reason: '403' } }
    }
    const v = evaluate({ branch_rules: rules(['build']), checks: checksGroup([unreadable]) })
    expect(v.status).toBe('not_verified')
  })
})
