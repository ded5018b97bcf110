import type { ChangeRecord } from '../../src/model/record.js'
import { describe, expect, test } from '@jest/globals'
import { control, emergencyWaiver } from '../../src/controls/change-emergency.js'
import { approve, baseRecord, collected, pullRequest, user, unavailableGroup } from '../helpers/records.js'

const ctx = { enabledControls: new Set<string>() }
const P = control.meta.defaults
const MERGED_AT = '2026-01-01T12:00:00Z'
const merged = (reviews: ReturnType<typeof approve>[], collected_at: string) =>
  baseRecord({
    collected_at,
    pull_request: collected(
      pullRequest({ labels: ['Emergency-Change'], state: 'closed', merged: true, merged_at: MERGED_AT, merged_by: user('alice', 'User', 1) })
    ),
    reviews: collected(reviews)
  })

describe('change.emergency', () => {
  test('no label → not_applicable, and the waiver is inactive', () => {
    expect(control.evaluate(baseRecord(), P, ctx).status).toBe('not_applicable')
    expect(emergencyWaiver(baseRecord()).active).toBe(false)
  })

  test('emergencyWaiver: active with the label (case-insensitive), listing the waived controls', () => {
    const record = baseRecord({ pull_request: collected(pullRequest({ labels: ['EMERGENCY-change'] })) })
    expect(emergencyWaiver(record)).toEqual({ active: true, label: 'emergency-change', waives: ['review.approvals', 'review.last-push', 'review.codeowners'] })
    expect(emergencyWaiver(record, { label: 'hotfix' }).active).toBe(false)
  })

  test('open emergency PR → pass with the retrospective-approval notice', () => {
    const v = control.evaluate(baseRecord({ pull_request: collected(pullRequest({ labels: ['emergency-change'] })) }), P, ctx)
    expect(v.status).toBe('pass')
    expect(v.reason).toMatch(/retrospective approval due within 72 h of merge/)
  })

  test('merged, independent approval after merge inside the window → pass', () => {
    const v = control.evaluate(merged([approve('bob', { at: '2026-01-02T09:00:00Z' })], '2026-01-02T10:00:00Z'), P, ctx)
    expect(v.status).toBe('pass')
    expect(v.reason).toMatch(/bob approved it retrospectively/)
  })

  test('merged, approval only after the window closed → fail', () => {
    const v = control.evaluate(merged([approve('bob', { at: '2026-01-05T13:00:00Z' })], '2026-01-06T00:00:00Z'), P, ctx)
    expect(v.status).toBe('fail')
    expect(v.findings!.some(f => f.subject === 'bob' && /after the window closed/.test(f.message))).toBe(true)
  })

  test('merged, window passed with only a pre-merge approval → fail', () => {
    const v = control.evaluate(merged([approve('bob', { at: '2026-01-01T11:00:00Z' })], '2026-01-10T00:00:00Z'), P, ctx)
    expect(v.status).toBe('fail')
  })

  test('merged, window still open, no approval yet → not_verified "due by"', () => {
    const v = control.evaluate(merged([], '2026-01-02T00:00:00Z'), P, ctx)
    expect(v.status).toBe('not_verified')
    expect(v.reason).toMatch(/^Retrospective approval due by 2026-01-04T12:00:00.000Z/)
  })

  test('the author approving their own emergency change does not count', () => {
    const v = control.evaluate(merged([approve(user('alice', 'User', 1), { at: '2026-01-02T09:00:00Z' })], '2026-01-05T00:00:00Z'), P, ctx)
    expect(v.status).toBe('fail')
  })

  test('custom window', () => {
    const v = control.evaluate(merged([approve('bob', { at: '2026-01-02T09:00:00Z' })], '2026-01-03T00:00:00Z'), { ...P, 'retro-approval-hours': 12 }, ctx)
    expect(v.status).toBe('fail')
  })

  test('reviews unavailable → not_verified', () => {
    const record = { ...merged([], '2026-01-02T00:00:00Z'), reviews: unavailableGroup(403) as ChangeRecord['reviews'] }
    expect(control.evaluate(record, P, ctx).status).toBe('not_verified')
  })
})
