import { describe, expect, test } from '@jest/globals'
import { control, lastPusher } from '../../src/controls/review-last-push.js'
import type { ChangeRecord } from '../../src/model/record.js'
import { EARLIER_SHA, approve, baseRecord, collected, commit, perm, unavailableGroup } from '../helpers/records.js'

const ctx = { enabledControls: new Set<string>(['review.last-push']) }
const run = (record: ChangeRecord) => control.evaluate(record, { ...control.meta.defaults }, ctx)

const synchronize = (sender: string) => ({ name: 'pull_request', action: 'synchronize', sender })
const webFlowHead = (authorLogin: string) =>
  collected([
    commit({
      author: { name: authorLogin, email: `${authorLogin}@example.com`, login: authorLogin },
      committer: { name: 'GitHub', email: 'noreply@github.com', login: 'web-flow' }
    })
  ])

describe('review.last-push', () => {
  test('pusher is the sender of a synchronize event', () => {
    const record = baseRecord({ event: synchronize('carol') })
    expect(lastPusher(record)).toMatchObject({ login: 'carol', source: expect.stringMatching(/synchronize/) })
  })

  test('pusher is the head commit committer otherwise', () => {
    expect(lastPusher(baseRecord()).login).toBe('alice')
  })

  test('pusher is the head commit author when GitHub web-flow committed it', () => {
    expect(lastPusher(baseRecord({ commits: webFlowHead('bob') })).login).toBe('bob')
  })

  test('synchronize for another SHA falls back to the head commit', () => {
    const record = baseRecord({ event: { ...synchronize('carol'), pushed_sha: EARLIER_SHA } })
    expect(lastPusher(record).login).toBe('alice')
  })

  test('pass: someone other than the synchronize sender approved the head', () => {
    const out = run(baseRecord({ event: synchronize('carol') }))
    expect(out.status).toBe('pass')
    expect(out.reason).toMatch(/carol/)
  })

  test('fail: the synchronize sender is the only approver', () => {
    const record = baseRecord({ event: synchronize('bob') })
    const out = run(record)
    expect(out.status).toBe('fail')
    expect(out.findings?.find(f => f.subject === 'bob')?.message).toMatch(/pushed the last commit/)
  })

  test('fail: web-flow committed the head; its author is the pusher and the only approver', () => {
    const record = baseRecord({
      commits: webFlowHead('bob'),
      reviews: collected([approve('bob')])
    })
    expect(run(record).status).toBe('fail')
  })

  test('pass: web-flow committed the head; another writer approved it', () => {
    const record = baseRecord({
      commits: webFlowHead('dave'),
      reviews: collected([approve('carol')]),
      permissions: collected({ carol: perm('write') })
    })
    expect(run(record).status).toBe('pass')
  })

  test('fail: the only approval predates the last push (stale)', () => {
    const record = baseRecord({ event: synchronize('alice'), reviews: collected([approve('bob', { commit: EARLIER_SHA })]) })
    expect(run(record).status).toBe('fail')
  })

  test('not_verified: pusher unknown (no login on the head commit identities)', () => {
    const record = baseRecord({
      commits: collected([
        commit({
          author: { name: 'Someone', email: 'someone@example.com', login: null },
          committer: { name: 'GitHub', email: 'noreply@github.com', login: 'web-flow' }
        })
      ])
    })
    const out = run(record)
    expect(out.status).toBe('not_verified')
    expect(out.remedy).toMatch(/synchronize/)
  })

  test('not_verified: reviews unavailable', () => {
    expect(run(baseRecord({ reviews: unavailableGroup(403) })).status).toBe('not_verified')
  })

  test('not_verified: approver permission unknown', () => {
    expect(run(baseRecord({ event: synchronize('carol'), permissions: unavailableGroup(403) })).status).toBe('not_verified')
  })
})
