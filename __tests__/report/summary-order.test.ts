/**
 * The job summary lists a control's failing findings most severe first (cold PR-experience review, session 40: fifty
 * high-severity key ids hid the one critical secret key behind "… and 11 more").
 */
import { describe, expect, test } from '@jest/globals'
import { renderSummary } from '../../src/evidence/summary.js'
import { gateRun, located, verdict } from './fixtures.js'

describe('job summary order', () => {
  test('the critical finding is listed even when it comes last among many', () => {
    const findings = [
      ...Array.from({ length: 60 }, (_, i) => located(`config/ids-${i}.env`, 1, { severity: 'high' as const, message: `AWS access key ID added ${i}` })),
      located('config/aws.ini', 2, { severity: 'critical' as const, message: 'AWS secret access key added' })
    ]
    const run = gateRun([verdict('secrets.no-new-secrets', 'fail', findings)])
    const text = renderSummary(run.record, run.results, { findingsPerControl: 50 })
    const listed = text.split('\n').filter(l => l.startsWith('- '))
    expect(listed[0]).toMatch(/config\/aws\.ini:2.*AWS secret access key added/)
    expect(text).toMatch(/… and 11 more \(see results\.json\)/)
    // equal severities keep the control's order
    expect(listed[1]).toMatch(/ids-0\.env/)
    expect(listed[2]).toMatch(/ids-1\.env/)
  })
})
