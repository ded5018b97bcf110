import { describe, expect, test } from '@jest/globals'
import { control } from '../../src/controls/review-no-changes-requested.js'
import type { ChangeRecord, ReviewFacts } from '../../src/model/record.js'
import { approve, baseRecord, collected, partialGroup, review, unavailableGroup } from '../helpers/records.js'

const ctx = { enabledControls: new Set<string>(['review.no-changes-requested']) }
const run = (record: ChangeRecord) => control.evaluate(record, {}, ctx)
const withReviews = (reviews: ReviewFacts[]) => baseRecord({ reviews: collected(reviews) })

describe('review.no-changes-requested', () => {
  test('pass: only approvals', () => {
    expect(run(baseRecord()).status).toBe('pass')
  })

  test('fail: a reviewer requested changes, named in the finding', () => {
    const out = run(withReviews([approve('bob'), review('carol', 'CHANGES_REQUESTED')]))
    expect(out.status).toBe('fail')
    expect(out.reason).toMatch(/carol/)
    expect(out.findings?.map(f => f.subject)).toEqual(['carol'])
  })

  test('pass: CHANGES_REQUESTED then APPROVED by the same reviewer', () => {
    expect(run(withReviews([review('carol', 'CHANGES_REQUESTED'), approve('carol')])).status).toBe('pass')
  })

  test('fail: APPROVED then CHANGES_REQUESTED', () => {
    expect(run(withReviews([approve('carol'), review('carol', 'CHANGES_REQUESTED')])).status).toBe('fail')
  })

  test('fail: COMMENTED after CHANGES_REQUESTED changes nothing', () => {
    expect(run(withReviews([review('carol', 'CHANGES_REQUESTED'), review('carol', 'COMMENTED')])).status).toBe('fail')
  })

  test('pass: a dismissed change request no longer blocks', () => {
    expect(run(withReviews([review('carol', 'CHANGES_REQUESTED'), review('carol', 'DISMISSED')])).status).toBe('pass')
  })

  test('not_verified: reviews unavailable or partial', () => {
    expect(run(baseRecord({ reviews: unavailableGroup(403) })).status).toBe('not_verified')
    expect(run(baseRecord({ reviews: partialGroup([approve('bob')]) })).status).toBe('not_verified')
  })
})
