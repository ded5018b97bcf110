/**
 * Targets from event payloads, typed with @octokit/webhooks' payload types: GitHub's own example payloads
 * (@octokit/webhooks-examples) give the target their fields say, and a payload missing or mistyping a field is
 * read as absent, never trusted as a value.
 */
import { describe, expect, test } from '@jest/globals'
import { createRequire } from 'node:module'
import { targetFromEvent } from '../../src/collect/target.js'

const require = createRequire(import.meta.url)
const examples = (name: string): Record<string, any>[] =>
  (require('@octokit/webhooks-examples') as { name: string; examples: Record<string, any>[] }[]).find(d => d.name === name)!.examples

const REPO = { owner: 'fallback-owner', repo: 'fallback-repo' }

describe('targetFromEvent over GitHub example payloads', () => {
  test.each(examples('pull_request').map(p => [p.action as string, p] as const))(
    'pull_request %s: number, head, base and repository from the payload',
    (_, payload) => {
      const t = targetFromEvent('pull_request', payload, REPO)
      expect(t.kind).toBe('pull_request')
      expect(t.prNumber).toBe(payload.pull_request.number)
      expect(t.headSha).toBe(payload.pull_request.head.sha)
      expect(t.baseRef).toBe(payload.pull_request.base.ref)
      expect(t.baseSha).toBe(payload.pull_request.base.sha)
      expect(t.owner).toBe(payload.repository.owner.login)
      expect(t.repo).toBe(payload.repository.name)
      expect(t.event).toMatchObject({ name: 'pull_request', action: payload.action, sender: payload.sender.login })
      if (payload.action === 'synchronize') expect(t.event.pushed_sha).toBe(payload.after)
      else expect(t.event.pushed_sha).toBeUndefined()
    }
  )

  test.each(
    examples('push')
      .filter(p => String(p.ref).startsWith('refs/heads/') && !/^0{40}$/.test(p.after))
      .map((p, i) => [i, p] as const)
  )('push example %s: the pushed commits keep id, message, author and committer', (_, payload) => {
    const t = targetFromEvent('push', payload, REPO)
    expect(t.kind).toBe('push')
    expect(t.headSha).toBe(payload.after)
    expect(t.baseRef).toBe(String(payload.ref).slice('refs/heads/'.length))
    expect(t.event).toMatchObject({ name: 'push', ref: payload.ref, before: payload.before, after: payload.after })
    expect(t.pushedCommits.map(c => c.id)).toEqual(payload.commits.map((c: { id: string }) => c.id))
    for (const [i, c] of t.pushedCommits.entries()) {
      expect(c.message).toBe(payload.commits[i].message)
      expect(c.author?.name).toBe(payload.commits[i].author.name)
      expect(c.author?.email ?? null).toBe(payload.commits[i].author.email ?? null)
      expect(c.committer?.username).toBe(payload.commits[i].committer.username)
    }
  })

  test.each(examples('merge_group').map((p, i) => [i, p] as const))('merge_group example %s: the PR number and head SHA from the queue ref', (_, payload) => {
    const t = targetFromEvent('merge_group', payload, REPO)
    const m = /pr-(\d+)-([0-9a-f]{40})$/.exec(payload.merge_group.head_ref)!
    expect(t.prNumber).toBe(Number(m[1]))
    expect(t.headSha).toBe(m[2])
    expect(t.mergeSha).toBe(payload.merge_group.head_sha)
    expect(t.baseSha).toBe(payload.merge_group.base_sha)
    expect(t.baseRef).toBe(String(payload.merge_group.base_ref).replace(/^refs\/heads\//, ''))
  })
})

describe('fields of another type are absent, not trusted', () => {
  test('a pull_request payload with non-string SHAs, refs and action: those are null/absent; the repository falls back', () => {
    const t = targetFromEvent(
      'pull_request',
      {
        action: 7,
        pull_request: { number: 3, head: { sha: 42 }, base: { ref: ['main'], sha: {} } },
        repository: { name: 1, owner: { login: null } },
        sender: { login: 5 }
      },
      REPO
    )
    expect(t).toMatchObject({ prNumber: 3, headSha: null, baseRef: null, baseSha: null, owner: 'fallback-owner', repo: 'fallback-repo' })
    expect(t.event).toEqual({ name: 'pull_request', action: undefined, sender: null })
  })

  test('push commits without a string id are dropped; null e-mails and non-string names are left out', () => {
    const t = targetFromEvent(
      'push',
      {
        ref: 'refs/heads/main',
        after: 'a'.repeat(40),
        commits: [
          { id: 'b'.repeat(40), message: 'm', author: { name: 'N', email: null }, committer: { name: 3, email: 'c@example.com' }, distinct: true },
          { message: 'no id' },
          null
        ]
      },
      REPO
    )
    expect(t.pushedCommits).toEqual([{ id: 'b'.repeat(40), message: 'm', author: { name: 'N' }, committer: { email: 'c@example.com' }, distinct: true }])
  })

  test('a pull_request payload without a numeric pull_request.number is refused', () => {
    expect(() => targetFromEvent('pull_request', { pull_request: { number: '7' } }, REPO)).toThrow(/no pull_request.number/)
  })
})
