/** Pure evaluation: effects, errors that never pass, and the result. */
import { beforeAll, describe, expect, test } from '@jest/globals'
import { defineControl, type Control } from '../src/controls/types.js'
import { evaluate } from '../src/evaluate/evaluate.js'
import { prepareValidator, resolvePolicy } from '../src/policy/load.js'
import { baseRecord } from './helpers/records.js'

const make = (id: string, evaluateFn: Control['evaluate']): Control =>
  defineControl({
    meta: {
      id,
      needs: [],
      title: id,
      question: `${id}?`,
      rationale: 'test',
      mappings: [{ framework: 'SOC 2', controls: ['CC8.1'] }],
      defaults: {},
      paramsSchema: {},
      remedy: `fix ${id}`
    },
    evaluate: evaluateFn
  })

const passing = make('t.pass', () => ({ status: 'pass', reason: 'ok' }))
const failing = make('t.fail', () => ({ status: 'fail', reason: 'no' }))
const unknown = make('t.unknown', () => ({ status: 'not_verified', reason: 'cannot read', remedy: 'grant it' }))
const softened = make('t.soft', () => ({ status: 'not_verified', reason: 'team unreadable', notVerifiedEscalation: 'warn' }))
const throwing = make('t.throws', () => {
  throw new Error('boom')
})
const controls = [passing, failing, unknown, softened, throwing]
// A control set of its own: its policy schema is compiled with ajv, loaded first.
beforeAll(() => prepareValidator(controls))

function policy(yaml: string) {
  return resolvePolicy(controls, `version: 1\ncontrols:\n${yaml}`)
}

describe('evaluate', () => {
  test('each verdict carries its effect; a thrown error is not verified, never pass', () => {
    const p = policy('  t.pass: {}\n  t.fail: {}\n  t.unknown: {}\n  t.soft: {}\n  t.throws: {}\n')
    const e = evaluate(controls, p, baseRecord())
    const byId = Object.fromEntries(e.verdicts.map(v => [v.control, v]))
    expect(byId['t.pass']).toMatchObject({ status: 'pass', effect: 'none' })
    expect(byId['t.fail']).toMatchObject({ status: 'fail', effect: 'blocking', remedy: 'fix t.fail' })
    expect(byId['t.unknown']).toMatchObject({ status: 'not_verified', effect: 'blocking', remedy: 'grant it' })
    expect(byId['t.soft']).toMatchObject({ status: 'not_verified', effect: 'warning' })
    expect(byId['t.throws'].status).toBe('not_verified')
    expect(byId['t.throws'].reason).toMatch(/boom/)
    expect(e.result).toBe('fail')
    expect(e.failed_controls).toEqual(['t.fail'])
    expect(e.not_verified_controls).toEqual(['t.unknown', 't.soft', 't.throws'])
    expect(byId['t.pass'].mappings).toEqual([{ framework: 'SOC 2', controls: ['CC8.1'] }])
  })

  test('on-fail / on-not-verified warn make the gate pass with warnings; disabled controls give no verdict', () => {
    const p = policy('  t.pass: {}\n  t.fail:\n    on-fail: warn\n  t.unknown:\n    on-not-verified: warn\n  t.throws:\n    enabled: false\n')
    const e = evaluate(controls, p, baseRecord())
    expect(e.result).toBe('pass')
    expect(e.verdicts.map(v => v.control)).toEqual(['t.pass', 't.fail', 't.unknown'])
    expect(e.warnings).toHaveLength(2)
  })

  test('fatal errors make the result error whatever the verdicts', () => {
    const p = policy('  t.pass: {}\n')
    expect(evaluate(controls, p, baseRecord(), [], ['PR not found']).result).toBe('error')
  })
})
