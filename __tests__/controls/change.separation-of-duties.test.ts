import { describe, expect, test } from '@jest/globals'
import { control } from '../../src/controls/change-separation-of-duties.js'
import { approve, baseRecord, collected, commit, pullRequest, review, user, type RecordOverrides } from '../helpers/records.js'
import type { PushFacts } from '../../src/model/facts/push.js'
import { ok } from '../helpers/change-facts.js'

const ctx = { enabledControls: new Set<string>() }
const mergedBy = (login: string, over: RecordOverrides = {}) =>
  baseRecord({ pull_request: collected(pullRequest({ state: 'closed', merged: true, merged_at: '2026-01-01T13:00:00Z', merged_by: user(login) })), ...over })

describe('change.separation-of-duties', () => {
  test('open PR → not_applicable', () => {
    expect(control.evaluate(baseRecord(), {}, ctx).status).toBe('not_applicable')
  })

  test('merged by carol, approved by bob → pass', () => {
    const v = control.evaluate(mergedBy('carol'), {}, ctx)
    expect(v.status).toBe('pass')
  })

  test('a merge by the sole approver → fail', () => {
    const v = control.evaluate(mergedBy('bob'), {}, ctx)
    expect(v.status).toBe('fail')
    expect(v.reason).toMatch(/merged by bob, its only approver/)
  })

  test('merger approved, another approval dismissed → fail', () => {
    const v = control.evaluate(mergedBy('bob', { reviews: collected([approve('bob'), approve('carol'), review('carol', 'DISMISSED')]) }), {}, ctx)
    expect(v.status).toBe('fail')
  })

  test('a co-author approving their own change → fail, even with another approval', () => {
    const record = mergedBy('dave', {
      commits: collected([commit({ co_authors: [{ name: 'Carol', email: '7+carol@users.noreply.github.com' }] })]),
      reviews: collected([approve('carol'), approve('bob')])
    })
    const v = control.evaluate(record, {}, ctx)
    expect(v.status).toBe('fail')
    expect(v.reason).toMatch(/carol approved a change they authored or co-authored/)
  })

  test('a commit author approving (someone else opened the PR) → fail', () => {
    const record = mergedBy('dave', {
      commits: collected([commit(), commit({ sha: 'b'.repeat(40), author: { login: 'bob', name: 'Bob', email: 'bob@example.com' } })])
    })
    expect(control.evaluate(record, {}, ctx).status).toBe('fail')
  })

  test('bot approval does not separate duties', () => {
    const v = control.evaluate(mergedBy('carol', { reviews: collected([approve('carol'), approve('renovate[bot]')]) }), {}, ctx)
    expect(v.status).toBe('fail')
  })

  test('merged_by unknown → not_verified', () => {
    const record = baseRecord({ pull_request: collected(pullRequest({ state: 'closed', merged: true, merged_at: '2026-01-01T13:00:00Z', merged_by: null })) })
    expect(control.evaluate(record, {}, ctx).status).toBe('not_verified')
  })

  test('approver permission not collected → not_verified', () => {
    const v = control.evaluate(mergedBy('carol', { reviews: collected([approve('erin')]) }), {}, ctx)
    expect(v.status).toBe('not_verified')
  })

  describe('on push', () => {
    const pushRecord = (facts: PushFacts) =>
      baseRecord({
        event: { name: 'push', ref: 'refs/heads/main' },
        subject: { kind: 'push', head_sha: 'c'.repeat(40), base_ref: 'main' },
        pull_request: { state: 'not_collected', value: null, sources: [] },
        facts: { push: ok(facts) }
      })
    const facts = (mergedByLogin: string, reviews: ReturnType<typeof approve>[]): PushFacts => ({
      branch: 'main',
      total_commits: 1,
      max_commits: 250,
      truncated: false,
      commits: [
        {
          sha: 'c'.repeat(40),
          author_login: 'alice',
          author_name: 'Alice',
          committer_login: 'web-flow',
          parents_count: 1,
          lookup: 'ok',
          associated: [],
          merged_pr: 9
        }
      ],
      pulls: {
        '9': {
          number: 9,
          html_url: null,
          author: user('alice'),
          merged_at: '2026-01-01T13:00:00Z',
          merged_by: user(mergedByLogin),
          merge_commit_sha: 'c'.repeat(40),
          base_ref: 'main',
          reviews: collected(reviews)
        }
      }
    })

    test('PR in the push merged by its sole approver → fail', () => {
      const v = control.evaluate(pushRecord(facts('bob', [approve('bob')])), {}, ctx)
      expect(v.status).toBe('fail')
      expect(v.reason).toMatch(/PR #9 was merged by bob, its only approver/)
    })

    test('PR in the push approved by someone other than the merger → pass', () => {
      expect(control.evaluate(pushRecord(facts('carol', [approve('bob')])), {}, ctx).status).toBe('pass')
    })

    test('push with no merged PR → not_applicable (unreviewed-push judges it)', () => {
      const f = facts('bob', [])
      f.commits[0].merged_pr = null
      f.pulls = {}
      expect(control.evaluate(pushRecord(f), {}, ctx).status).toBe('not_applicable')
    })
  })
})
