/** The reporter seam: a failing reporter is one warning and never stops the others or changes the result. */
import { describe, expect, test } from '@jest/globals'
import { runReporters, startReporters } from '../../src/report/run.js'
import { outputsReporter } from '../../src/report/outputs.js'
import { workflowAnnotationsReporter } from '../../src/report/workflow-annotations.js'
import { selectAnnotations } from '../../src/report/select.js'
import type { Reporter } from '../../src/report/types.js'
import { gateRun, located, recordingIo, settings, verdict } from './fixtures.js'

describe('runReporters', () => {
  test('a reporter that throws gives one warning naming its channel; later reporters still run; the result is unchanged', async () => {
    const run = gateRun([verdict('review.approvals', 'fail')])
    const io = recordingIo()
    const boom: Reporter = {
      name: 'exploding channel',
      start: async () => {
        throw new Error('start\rfailed')
      },
      report: async () => {
        throw new Error('network down')
      }
    }
    const shared = {}
    await startReporters([boom], { settings: settings(), io, shared })
    await runReporters([boom, outputsReporter()], { settings: settings(), run, io, shared })
    const warnings = io.log.filter(l => l.kind === 'warning').map(l => l.message)
    expect(warnings).toHaveLength(2)
    expect(warnings[0]).toMatch(/exploding channel reporter could not start: start␍failed/)
    expect(warnings[1]).toMatch(/exploding channel reporter failed: network down\. The gate's verdict is not affected/)
    expect(io.outputs.result).toBe('fail')
    expect(run.results.result).toBe('fail')
  })
})

describe('fair annotation selection (issue 15)', () => {
  const codeowners = verdict(
    'review.codeowners',
    'fail',
    Array.from({ length: 60 }, (_, i) => located(`src/file${i}.ts`, 1))
  )
  const iac = verdict('iac.encryption', 'fail', [located('infra/db.tf', 6, { rule: 'CG_IAC_AWS_RDS_ENCRYPTION', severity: 'high' })])
  const secrets = verdict('secrets.no-new-secrets', 'fail', [located('.env', 2, { rule: 'aws-access-key', severity: 'critical' })])
  const nv = verdict('review.last-push', 'not_verified', [{ ...located('src/a.ts', 3), status: 'not_verified' }])

  test('a control with 60 findings cannot crowd out the IaC and secrets findings: each failing control is in the first ten', () => {
    const { selected, omitted, controls } = selectAnnotations({ verdicts: [codeowners, iac, secrets, nv] }, 50)
    const firstTen = selected.slice(0, 10).map(l => l.verdict.control)
    expect(firstTen).toEqual(expect.arrayContaining(['review.codeowners', 'iac.encryption', 'secrets.no-new-secrets']))
    expect(selected).toHaveLength(50)
    expect(omitted).toBe(63 - 50)
    expect(controls).toBe(4)
    // the not-verified finding is a warning and still selected, before the 59 further codeowners findings
    expect(selected.findIndex(l => l.verdict.control === 'review.last-push')).toBe(3)
  })

  test('with room for every control but no more, each control gets its most severe finding', () => {
    const { selected } = selectAnnotations({ verdicts: [codeowners, iac, secrets, nv] }, 4)
    expect(selected.map(l => l.verdict.control).sort()).toEqual(['iac.encryption', 'review.codeowners', 'review.last-push', 'secrets.no-new-secrets'])
    expect(selected[0].verdict.control).toBe('secrets.no-new-secrets') // critical first
  })

  test('passing and not-applicable verdicts and findings without a location are never annotated', () => {
    const passing = verdict('review.approvals', 'pass', [located('src/x.ts', 1, { status: 'pass' })])
    const unlocated = verdict('checks.required', 'fail', [{ status: 'fail', subject: 'build', message: 'build failed' }])
    expect(selectAnnotations({ verdicts: [passing, unlocated] }, 50).selected).toEqual([])
  })

  test('workflow-command annotations: at most the limit, a notice with the count left out, control characters made visible', async () => {
    const evil = verdict('review.codeowners', 'fail', [located('src/a\r::error::x.ts', 1, { message: 'owner\n::warning::missing' })])
    const run = gateRun([codeowners, evil])
    const io = recordingIo()
    await workflowAnnotationsReporter(10).report({ settings: settings(), run, io, shared: {} })
    const errors = io.log.filter(l => l.kind === 'error')
    expect(errors).toHaveLength(10)
    expect(io.log.some(l => l.kind === 'notice' && /51 more finding\(s\)/.test(l.message))).toBe(true)
    for (const e of io.log) {
      expect(e.message.split('\n').every(line => !line.startsWith('::'))).toBe(true)
      expect(`${e.props?.file ?? ''}${e.props?.title ?? ''}`).not.toMatch(/[\r\n]/)
    }
  })
})

describe('annotation level follows whether the finding blocks the gate', () => {
  const nvFinding = (path: string) => ({ ...located(path, 4), status: 'not_verified' as const, message: `could not read ${path}` })

  test('a not-verified finding of a blocking not-verified verdict (on_not_verified: fail) is an ::error, with its remedy', async () => {
    const blocking = verdict('secrets.no-new-secrets', 'not_verified', [nvFinding('assets/logo.bin')], { effect: 'blocking' })
    const run = gateRun([blocking])
    expect(run.results.result).toBe('fail')
    const io = recordingIo()
    await workflowAnnotationsReporter().report({ settings: settings(), run, io, shared: {} })
    const located = io.log.filter(l => l.props?.file)
    expect(located).toHaveLength(1)
    expect(located[0].kind).toBe('error')
    expect(located[0].props?.file).toBe('assets/logo.bin')
    expect(located[0].props?.title).toBe('secrets.no-new-secrets')
  })

  test('the same finding of an advisory not-verified verdict (effect warning) stays a ::warning', async () => {
    const advisory = verdict('secrets.no-new-secrets', 'not_verified', [nvFinding('assets/logo.bin')])
    const io = recordingIo()
    await workflowAnnotationsReporter().report({ settings: settings(), run: gateRun([advisory]), io, shared: {} })
    expect(io.log.filter(l => l.props?.file).map(l => l.kind)).toEqual(['warning'])
  })

  test('in a blocking failing verdict the failing finding is an error, a not-verified one beside it a warning', () => {
    const mixed = verdict('secrets.no-new-secrets', 'fail', [located('.env', 2, { rule: 'aws-access-key' }), nvFinding('big.bin')])
    const levels = selectAnnotations({ verdicts: [mixed] }, 50).selected.map(l => [l.finding.location.path, l.level])
    expect(levels).toEqual([
      ['.env', 'error'],
      ['big.bin', 'warning']
    ])
  })

  test('a failing finding of a warn-only verdict (on_fail: warn) is a warning', () => {
    const warnOnly = verdict('iac.encryption', 'fail', [located('infra/db.tf', 6)], { effect: 'warning' })
    expect(selectAnnotations({ verdicts: [warnOnly] }, 50).selected.map(l => l.level)).toEqual(['warning'])
  })

  test('a blocking not-verified finding ranks with the errors, before advisory warnings', () => {
    const advisory = verdict('review.last-push', 'not_verified', [nvFinding('src/a.ts')])
    const blocking = verdict('secrets.no-new-secrets', 'not_verified', [nvFinding('assets/logo.bin')], { effect: 'blocking' })
    const { selected } = selectAnnotations({ verdicts: [advisory, blocking] }, 50)
    expect(selected.map(l => [l.verdict.control, l.level])).toEqual([
      ['secrets.no-new-secrets', 'error'],
      ['review.last-push', 'warning']
    ])
  })
})
