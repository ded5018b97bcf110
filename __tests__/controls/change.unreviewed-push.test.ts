import { describe, expect, test } from '@jest/globals'
import { control } from '../../src/controls/change-unreviewed-push.js'
import { baseRecord, collected, user } from '../helpers/records.js'
import type { PushFacts, PushedCommitFact } from '../../src/model/facts/push.js'
import { ok } from '../helpers/change-facts.js'

const ctx = { enabledControls: new Set<string>() }
const P = control.meta.defaults
const A = 'a'.repeat(40)
const B = 'b'.repeat(40)
const M = 'f'.repeat(40)

const pushed = (sha: string, author: string, merged_pr: number | null, extra: Partial<PushedCommitFact> = {}): PushedCommitFact => ({
  sha,
  author_login: author,
  author_name: author,
  committer_login: author,
  parents_count: 1,
  lookup: 'ok',
  associated: [],
  merged_pr,
  ...extra
})
const record = (commits: PushedCommitFact[], ref = 'refs/heads/main', over: Partial<PushFacts> = {}) =>
  baseRecord({
    event: { name: 'push', ref, before: '0'.repeat(39) + '1', after: commits[0]?.sha ?? A },
    subject: { kind: 'push', head_sha: A, base_ref: ref.replace('refs/heads/', '') },
    facts: {
      push: ok<PushFacts>({
        branch: ref.replace('refs/heads/', ''),
        total_commits: commits.length,
        max_commits: 250,
        truncated: false,
        commits,
        pulls: {
          '12': {
            number: 12,
            html_url: null,
            author: user('alice'),
            merged_at: '2026-01-01T13:00:00Z',
            merged_by: user('bob'),
            merge_commit_sha: M,
            base_ref: 'main',
            reviews: collected([])
          }
        },
        ...over
      })
    }
  })

describe('change.unreviewed-push', () => {
  test('not a push → not_applicable', () => {
    expect(control.evaluate(baseRecord(), P, ctx).status).toBe('not_applicable')
  })

  test('all commits in a merged PR (including its merge commit) → pass', () => {
    const v = control.evaluate(record([pushed(A, 'alice', 12), pushed(M, 'bob', 12, { parents_count: 2 })]), P, ctx)
    expect(v.status).toBe('pass')
    expect(v.findings![1].message).toMatch(/merge commit of PR #12/)
  })

  test('a pushed commit in no PR → fail naming the short SHA and author', () => {
    const v = control.evaluate(record([pushed(A, 'alice', 12), pushed(B, 'mallory', null)]), P, ctx)
    expect(v.status).toBe('fail')
    expect(v.reason).toMatch(/bbbbbbb \(mallory\)/)
  })

  test('a commit only in an open PR → fail, saying so', () => {
    const v = control.evaluate(
      record([pushed(B, 'mallory', null, { associated: [{ number: 13, state: 'open', merged_at: null, base_ref: 'main', merge_commit_sha: null }] })]),
      P,
      ctx
    )
    expect(v.status).toBe('fail')
    expect(v.findings![0].message).toMatch(/unmerged PR #13/)
  })

  test('lookups failed → not_verified', () => {
    const v = control.evaluate(
      record([pushed(A, 'alice', null, { lookup: 'failed', missing: { reason: '403', remedy: 'grant pull-requests: read' } })]),
      P,
      ctx
    )
    expect(v.status).toBe('not_verified')
    expect(v.remedy).toMatch(/pull-requests: read/)
  })

  test('commits beyond max-commits → not_verified', () => {
    const v = control.evaluate(record([pushed(A, 'alice', 12)], 'refs/heads/main', { total_commits: 300, truncated: true }), P, ctx)
    expect(v.status).toBe('not_verified')
    expect(v.reason).toMatch(/299 pushed commit/)
  })

  test('push to a branch other than the default branch → not_applicable; `branches` widens it', () => {
    const r = record([pushed(B, 'mallory', null)], 'refs/heads/feature/x')
    expect(control.evaluate(r, P, ctx).status).toBe('not_applicable')
    expect(control.evaluate(r, { ...P, branches: ['feature/*'] }, ctx).status).toBe('fail')
  })

  test('push facts missing → not_verified', () => {
    const r = baseRecord({ event: { name: 'push', ref: 'refs/heads/main' } })
    expect(control.evaluate(r, P, ctx).status).toBe('not_verified')
  })
})
