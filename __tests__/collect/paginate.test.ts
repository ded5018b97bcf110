/**
 * Page-numbered lists read side by side (PaginateOptions.concurrentPages): a PR's files come in up to 30
 * pages, which one by one cost 30 round trips. The list must be the same as read one by one — every item,
 * in order, GitHub's cap and maxItems kept — and a failing page fails the whole list, never a partial one.
 */
import { afterAll, beforeAll, beforeEach, expect, test } from '@jest/globals'
import { createGitHubApi } from '../../src/collect/github/client.js'
import type { ApiCall } from '../../src/model/record.js'
import { startFakeGitHub, type FakeGitHub, type FakeResponse } from '../helpers/fake-github.js'

const FILES = 'GET /repos/{owner}/{repo}/pulls/{pull_number}/files'
const ids = { owner: 'octo-org', repo: 'octo-repo', pull_number: 7 }
let fake: FakeGitHub
let calls: ApiCall[]

beforeAll(async () => {
  fake = await startFakeGitHub({ validate: false })
})
afterAll(async () => {
  await fake.close()
})
beforeEach(() => {
  fake.resetLog()
  calls = []
})

const api = () => createGitHubApi({ token: 'test-token', baseUrl: fake.url, calls, retries: 0, retryAfterBaseMs: 1 })
const file = (i: number) => ({ filename: `src/f${i}.ts`, status: 'added', additions: 1, deletions: 0, changes: 1, patch: '@@ -0,0 +1 @@\n+x' })
const pagesAsked = () =>
  fake
    .requestsFor(FILES)
    .map(r => Number(r.query.page ?? 1))
    .sort((a, b) => a - b)

test('30 pages (GitHub caps a PR at 3000 files): every file, in order, one request per page', async () => {
  fake.onList(
    FILES,
    Array.from({ length: 3200 }, (_, i) => file(i)),
    { cap: 3000 }
  )
  const r = await api().paginate<{ filename: string }>(FILES, ids, { maxItems: 3000, concurrentPages: true })
  expect(r.ok).toBe(true)
  if (!r.ok) return
  expect(r.data).toHaveLength(3000)
  expect(r.data.every((f, i) => f.filename === `src/f${i}.ts`)).toBe(true)
  expect(r.truncated).toBe(false)
  expect(pagesAsked()).toEqual(Array.from({ length: 30 }, (_, i) => i + 1))
  expect(fake.requestsFor(FILES).every(q => q.query.per_page === '100')).toBe(true)
  // Each page is logged under its route, as the one-by-one reading logs it.
  expect(calls.filter(c => c.route === FILES).map(c => c.status)).toEqual(Array(30).fill(200))
})

test('maxItems stops the reading: only the pages it needs, and the list says it was cut', async () => {
  fake.onList(
    FILES,
    Array.from({ length: 900 }, (_, i) => file(i))
  )
  const r = await api().paginate<{ filename: string }>(FILES, ids, { maxItems: 250, concurrentPages: true })
  expect(r.ok && r.data.length).toBe(250)
  expect(r.ok && r.truncated).toBe(true)
  expect(Math.max(...pagesAsked())).toBeLessThanOrEqual(4)
})

test('one page failing fails the list (no partial list), with the status of that page', async () => {
  const all = Array.from({ length: 1000 }, (_, i) => file(i))
  fake.on(FILES, (ctx): FakeResponse => {
    const page = Number(ctx.query.page ?? 1)
    if (page === 7) return { status: 500, body: { message: 'Server Error', documentation_url: 'https://docs.github.com/rest', status: '500' } }
    const link = (p: number) => `${fake.url}/repos/octo-org/octo-repo/pulls/7/files?per_page=100&page=${p}`
    return {
      status: 200,
      body: all.slice((page - 1) * 100, page * 100),
      headers: page < 10 ? { link: `<${link(page + 1)}>; rel="next", <${link(10)}>; rel="last"` } : {}
    }
  })
  const r = await api().paginate(FILES, ids, { concurrentPages: true })
  expect(r.ok).toBe(false)
  if (r.ok) return
  expect(r.kind).toBe('server')
  expect(r.status).toBe(500)
})

test('a page that is not a list fails the list as malformed', async () => {
  fake.on(FILES, (ctx): FakeResponse => {
    const page = Number(ctx.query.page ?? 1)
    const link = (p: number) => `${fake.url}/repos/octo-org/octo-repo/pulls/7/files?per_page=100&page=${p}`
    if (page === 2) return { status: 200, body: { message: 'not a list' } }
    return { status: 200, body: [file(page)], headers: page === 1 ? { link: `<${link(2)}>; rel="next", <${link(3)}>; rel="last"` } : {} }
  })
  const r = await api().paginate(FILES, ids, { concurrentPages: true })
  expect(r.ok).toBe(false)
  if (!r.ok) expect(r.kind).toBe('malformed')
})

test('without a last page (cursor links) the next links are followed one by one', async () => {
  fake.on(FILES, (ctx): FakeResponse => {
    const cursor = Number(ctx.query.after ?? 0)
    const next = `${fake.url}/repos/octo-org/octo-repo/pulls/7/files?per_page=100&after=${cursor + 1}`
    return { status: 200, body: [file(cursor)], headers: cursor < 4 ? { link: `<${next}>; rel="next"` } : {} }
  })
  const r = await api().paginate<{ filename: string }>(FILES, ids, { concurrentPages: true })
  expect(r.ok && r.data.map(f => f.filename)).toEqual([0, 1, 2, 3, 4].map(i => `src/f${i}.ts`))
  expect(fake.requestsFor(FILES).map(q => q.query.after ?? '')).toEqual(['', '1', '2', '3', '4'])
})

test('a last page off the API origin is not counted on: the next link is checked (and refused) instead', async () => {
  const foreign = 'http://127.0.0.1:9/repos/octo-org/octo-repo/pulls/7/files?per_page=100'
  fake.on(FILES, { status: 200, body: [file(0)], headers: { link: `<${foreign}&page=2>; rel="next", <${foreign}&page=9>; rel="last"` } })
  const r = await api().paginate(FILES, ids, { concurrentPages: true })
  expect(r.ok).toBe(false)
  if (!r.ok) expect(r.kind).toBe('refused')
  expect(pagesAsked()).toEqual([1])
})

test('a page cut off mid-JSON fails the list as "not valid JSON" (the body is parsed here, not by Octokit)', async () => {
  fake.onList(
    FILES,
    Array.from({ length: 250 }, (_, i) => file(i))
  )
  fake.fault(FILES, { type: 'malformed', times: 1 })
  const r = await api().paginate(FILES, ids, { concurrentPages: true })
  expect(r.ok).toBe(false)
  if (!r.ok) expect([r.kind, r.message]).toEqual(['malformed', 'expected a JSON list; the body is not valid JSON'])
  fake.clearFaults()
})
