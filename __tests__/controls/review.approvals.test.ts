import { describe, expect, test } from '@jest/globals'
import { control } from '../../src/controls/review-approvals.js'
import type { ChangeRecord, PermissionFacts, ReviewFacts } from '../../src/model/record.js'
import {
  EARLIER_SHA,
  HEAD_SHA,
  approve,
  baseRecord,
  collected,
  commit,
  notCollectedGroup,
  partialGroup,
  perm,
  pullRequest,
  review,
  unavailableGroup,
  user
} from '../helpers/records.js'

const ctx = { enabledControls: new Set<string>(['review.approvals']) }
const run = (record: ChangeRecord, params: Partial<typeof control.meta.defaults> = {}) => control.evaluate(record, { ...control.meta.defaults, ...params }, ctx)

function withReviews(reviews: ReviewFacts[], permissions?: Record<string, PermissionFacts>, extra: Partial<ChangeRecord> = {}): ChangeRecord {
  const base = baseRecord()
  return baseRecord({
    reviews: collected(reviews),
    permissions: collected({ ...base.permissions.value!, ...(permissions ?? {}) }),
    ...extra
  })
}

function findingFor(outcome: ReturnType<typeof run>, login: string) {
  return outcome.findings?.find(f => f.subject === login)
}

describe('review.approvals', () => {
  test('meta: defaults pinned by issue 11', () => {
    expect(control.meta.id).toBe('review.approvals')
    expect(control.meta.defaults).toEqual({ count: 1, 'require-head-commit': true, 'exclude-bots': true })
    for (const [key, schema] of Object.entries(control.meta.paramsSchema)) {
      expect(key).toMatch(/^[a-z]+(-[a-z]+)*$/)
      expect(schema).toHaveProperty('description')
      expect((schema as { default: unknown }).default).toEqual((control.meta.defaults as unknown as Record<string, unknown>)[key])
    }
  })

  test('pass: an independent writer approved the head commit', () => {
    const out = run(baseRecord())
    expect(out.status).toBe('pass')
    expect(findingFor(out, 'bob')?.status).toBe('pass')
  })

  test('fail: approval on an earlier commit followed by a new push is stale', () => {
    const out = run(withReviews([approve('bob', { commit: EARLIER_SHA })]))
    expect(out.status).toBe('fail')
    expect(findingFor(out, 'bob')?.data?.reasons).toEqual(['stale'])
    expect(out.reason).toMatch(/stale/)
  })

  test('stale approval counts when require-head-commit is false', () => {
    expect(run(withReviews([approve('bob', { commit: EARLIER_SHA })]), { 'require-head-commit': false }).status).toBe('pass')
  })

  test('fail: approval with a null commit_id is treated as stale', () => {
    const out = run(withReviews([approve('bob', { commit: null })]))
    expect(out.status).toBe('fail')
    expect(findingFor(out, 'bob')?.data?.reasons).toEqual(['no-commit-id'])
  })

  test('fail: approval from a read-only collaborator', () => {
    const out = run(withReviews([approve('erin')], { erin: perm('read') }))
    expect(out.status).toBe('fail')
    expect(findingFor(out, 'erin')?.data?.reasons).toEqual(['permission'])
  })

  test('fail: triage role does not count (the permission API reports it as read)', () => {
    const out = run(withReviews([approve('erin')], { erin: perm('read', 'triage') }))
    expect(out.status).toBe('fail')
    expect(findingFor(out, 'erin')?.data?.role_name).toBe('triage')
  })

  test('pass: maintain role counts (the permission API reports it as write)', () => {
    expect(run(withReviews([approve('erin')], { erin: perm('write', 'maintain') })).status).toBe('pass')
  })

  test('custom role falls back to its base permission', () => {
    expect(run(withReviews([approve('erin')], { erin: perm('write', 'security-reviewer') })).status).toBe('pass')
    expect(run(withReviews([approve('erin')], { erin: perm('read', 'auditor') })).status).toBe('fail')
  })

  test('fail: bot approval never counts (type Bot or [bot] suffix)', () => {
    const typed = run(withReviews([approve(user('release-helper', 'Bot'))], { 'release-helper': perm('write') }))
    expect(typed.status).toBe('fail')
    expect(findingFor(typed, 'release-helper')?.data?.reasons).toEqual(['bot'])
    const suffixed = run(withReviews([approve(user('renovate[bot]', 'User'))], { 'renovate[bot]': perm('write') }))
    expect(suffixed.status).toBe('fail')
    expect(run(withReviews([approve(user('renovate[bot]'))], { 'renovate[bot]': perm('write') }), { 'exclude-bots': false }).status).toBe('pass')
  })

  test('fail: the PR author approving their own change', () => {
    const out = run(withReviews([approve('alice')], { alice: perm('admin') }))
    expect(out.status).toBe('fail')
    expect(findingFor(out, 'alice')?.data?.reasons).toEqual(expect.arrayContaining(['pr-author', 'commit-author']))
  })

  test("fail: the author's co-author approving (noreply e-mail)", () => {
    const record = withReviews([approve(user('bob', 'User', 2))], undefined, {
      commits: collected([commit({ co_authors: [{ name: 'Bob', email: '2+bob@users.noreply.github.com' }] })])
    })
    const out = run(record)
    expect(out.status).toBe('fail')
    expect(findingFor(out, 'bob')?.data?.reasons).toEqual(['co-author'])
  })

  test('fail: co-author matched by e-mail to a commit identity', () => {
    const record = withReviews([approve('bob')], undefined, {
      commits: collected([
        commit({ co_authors: [{ name: 'Bob B.', email: 'Bob@Corp.example' }] }),
        commit({
          sha: 'a'.repeat(40),
          author: { name: 'Bob', email: 'bob@corp.example', login: 'bob' },
          committer: { name: 'GitHub', email: 'noreply@github.com', login: 'web-flow' }
        })
      ])
    })
    const out = run(record)
    expect(out.status).toBe('fail')
    expect(findingFor(out, 'bob')?.data?.reasons).toEqual(expect.arrayContaining(['co-author', 'commit-author']))
  })

  test('fail: a committer of one of the commits approving', () => {
    const record = withReviews([approve('bob')], undefined, {
      commits: collected([commit({ committer: { name: 'Bob', email: 'bob@example.com', login: 'bob' } })])
    })
    expect(findingFor(run(record), 'bob')?.data?.reasons).toEqual(['commit-author'])
  })

  test('fail: an approval later dismissed (state rewritten to DISMISSED)', () => {
    const out = run(withReviews([review('bob', 'DISMISSED')]))
    expect(out.status).toBe('fail')
    expect(findingFor(out, 'bob')?.message).toMatch(/dismissed/)
  })

  test('fail: APPROVED then a DISMISSED entry removes the approval', () => {
    expect(run(withReviews([approve('bob'), review('bob', 'DISMISSED')])).status).toBe('fail')
  })

  test('pass: CHANGES_REQUESTED then APPROVED by the same reviewer counts', () => {
    expect(run(withReviews([review('bob', 'CHANGES_REQUESTED'), approve('bob')])).status).toBe('pass')
  })

  test('fail: APPROVED then CHANGES_REQUESTED does not count', () => {
    const out = run(withReviews([approve('bob'), review('bob', 'CHANGES_REQUESTED')]))
    expect(out.status).toBe('fail')
    expect(findingFor(out, 'bob')?.message).toMatch(/superseded/)
  })

  test('pass: COMMENTED (and PENDING) after APPROVED leave the approval standing', () => {
    expect(run(withReviews([approve('bob'), review('bob', 'COMMENTED'), review('bob', 'PENDING', { commit: null })])).status).toBe('pass')
  })

  test('count: 2 needs two qualifying approvals', () => {
    expect(run(baseRecord(), { count: 2 }).status).toBe('fail')
    expect(run(withReviews([approve('bob'), approve('carol')]), { count: 2 }).status).toBe('pass')
  })

  test('too few approvals, all of them counted: the reason says how many more, never "No one has approved"', () => {
    const out = run(withReviews([approve('bob'), approve('carol')]), { count: 3 })
    expect(out.status).toBe('fail')
    expect(out.reason).toBe('2 of 3 required approvals qualify. 1 more approval needed (bob, carol counted).')
    expect(run(withReviews([]), { count: 2 }).reason).toMatch(/^0 of 2 required approvals qualify\. No one has approved\./)
  })

  test('not_verified: reviews unavailable (403) names the remedy', () => {
    const out = run(baseRecord({ reviews: unavailableGroup(403) }))
    expect(out.status).toBe('not_verified')
    expect(out.remedy).toMatch(/pull-requests: read/)
  })

  test('not_verified: reviews partial', () => {
    expect(run(baseRecord({ reviews: partialGroup([approve('bob')]) })).status).toBe('not_verified')
  })

  test('not_verified: permissions unavailable and the approval could reach the count', () => {
    const out = run(baseRecord({ permissions: unavailableGroup(403, 'Resource not accessible by integration', 'use a token with Metadata: read') }))
    expect(out.status).toBe('not_verified')
    expect(out.remedy).toBe('use a token with Metadata: read')
    expect(findingFor(out, 'bob')?.status).toBe('not_verified')
  })

  test('fail, not not_verified: unknown permissions cannot reach the count anyway', () => {
    expect(run(baseRecord({ permissions: unavailableGroup(403) }), { count: 2 }).status).toBe('fail')
  })

  test('pass: known-good approvals reach the count even when another permission is unknown', () => {
    const out = run(withReviews([approve('bob'), approve('zed')]))
    expect(out.status).toBe('pass')
    expect(findingFor(out, 'zed')?.status).toBe('not_verified')
  })

  test('not_verified: commits partial, so independence is not decided', () => {
    const out = run(baseRecord({ commits: partialGroup([commit()], 'PR commits stop at 250') }))
    expect(out.status).toBe('not_verified')
    expect(out.reason).toMatch(/250/)
  })

  test('not_applicable on a direct push with no pull request', () => {
    const record = baseRecord({
      subject: { kind: 'push', head_sha: HEAD_SHA, base_ref: 'main' },
      pull_request: notCollectedGroup('push event')
    })
    expect(run(record).status).toBe('not_applicable')
  })

  test('logins compare case-insensitively', () => {
    expect(run(withReviews([approve('Bob')])).status).toBe('pass')
  })
})

describe('an approval after the merge (cold review, session 40: an audit re-performing a merged PR)', () => {
  const merged = (reviews: ReviewFacts[]) =>
    withReviews(reviews, undefined, {
      pull_request: collected(pullRequest({ state: 'closed', merged: true, merged_at: '2026-01-01T13:00:00Z', merged_by: user('carol') }))
    })

  test('fail: the only approval was submitted after merged_at; it is shown and not counted', () => {
    const out = run(merged([approve('bob', { at: '2026-01-02T09:00:00Z' })]))
    expect(out.status).toBe('fail')
    expect(findingFor(out, 'bob')?.status).toBe('fail')
    expect(findingFor(out, 'bob')?.message).toMatch(/after the merge/)
  })

  test('pass: an approval before the merge counts; one after it changes nothing', () => {
    const out = run(merged([approve('bob', { at: '2026-01-01T12:30:00Z' }), review('bob', 'CHANGES_REQUESTED', { at: '2026-01-03T09:00:00Z' })]))
    expect(out.status).toBe('pass')
  })

  test('an open PR counts every review, whatever its time', () => {
    expect(run(withReviews([approve('bob', { at: '2030-01-01T00:00:00Z' })])).status).toBe('pass')
  })
})
