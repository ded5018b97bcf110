import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals'
import { request as httpRequest } from 'node:http'
import { getOctokit } from '@actions/github'
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js'
import { prFile, pullRequest, checkRun } from '../helpers/github-data.js'

let fake: FakeGitHub

beforeAll(async () => {
  fake = await startFakeGitHub()
})
afterEach(() => {
  fake.clearFaults()
  fake.assertNoSchemaViolations()
  fake.resetLog()
})
afterAll(async () => {
  await fake.close()
})

async function get(
  path: string,
  headers: Record<string, string> = {}
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; text: string }> {
  const res = await fetch(fake.url + path, { headers })
  return { status: res.status, headers: Object.fromEntries(res.headers.entries()), text: await res.text() }
}

describe('fake GitHub', () => {
  test('serves a route with GitHub headers and logs the request without the token', async () => {
    fake.on('GET /repos/{owner}/{repo}/pulls/{pull_number}', ({ params }) => ({
      body: pullRequest({ owner: params.owner, repo: params.repo, number: Number(params.pull_number) })
    }))
    const r = await get('/repos/acme/api/pulls/5?x=1', { authorization: 'token ghs_secret' })
    expect(r.status).toBe(200)
    expect(JSON.parse(r.text).number).toBe(5)
    expect(r.headers['content-type']).toBe('application/json; charset=utf-8')
    for (const h of ['x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset', 'x-ratelimit-used', 'x-ratelimit-resource', 'x-github-request-id'])
      expect(r.headers[h]).toBeDefined()
    const logged = fake.requests[0]
    expect(logged).toMatchObject({
      method: 'GET',
      path: '/repos/acme/api/pulls/5',
      query: { x: '1' },
      route: 'GET /repos/{owner}/{repo}/pulls/{pull_number}',
      status: 200,
      authorization: { present: true, scheme: 'token' }
    })
    expect(JSON.stringify(logged)).not.toContain('ghs_secret')
  })

  test('collects schema violations of 2xx answers', async () => {
    fake.on('GET /repos/{owner}/{repo}/pulls/{pull_number}', { body: { ...pullRequest(), number: '5' } })
    await get('/repos/o/r/pulls/5')
    expect(fake.schemaViolations.join('\n')).toMatch(/\/number must be integer/)
    expect(() => fake.assertNoSchemaViolations()).toThrow(/violating GitHub's OpenAPI schema/)
    expect(fake.schemaViolations).toEqual([])
  })

  test('unknown routes get GitHub 404 and are recorded', async () => {
    const r = await get('/repos/o/r/nothing-here')
    expect(r.status).toBe(404)
    expect(JSON.parse(r.text)).toEqual({ message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' })
    expect(fake.unhandled.map(q => q.path)).toEqual(['/repos/o/r/nothing-here'])
  })

  test('paginates with Link headers (raw) and through Octokit', async () => {
    const files = Array.from({ length: 250 }, (_, i) => prFile({ filename: `f${i}.ts` }))
    fake.onList('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', files)
    const p1 = await get('/repos/o/r/pulls/1/files?per_page=100')
    expect(JSON.parse(p1.text)).toHaveLength(100)
    expect(p1.headers.link).toBe(
      `<${fake.url}/repos/o/r/pulls/1/files?per_page=100&page=2>; rel="next", <${fake.url}/repos/o/r/pulls/1/files?per_page=100&page=3>; rel="last"`
    )
    const p3 = await get('/repos/o/r/pulls/1/files?per_page=100&page=3')
    expect(JSON.parse(p3.text)).toHaveLength(50)
    expect(p3.headers.link).toContain('rel="prev"')
    expect(p3.headers.link).not.toContain('rel="next"')
    const d = await get('/repos/o/r/pulls/1/files')
    expect(JSON.parse(d.text)).toHaveLength(30)

    fake.resetLog()
    const octokit = getOctokit('ghs_x', { baseUrl: fake.url })
    const all = await octokit.paginate('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', { owner: 'o', repo: 'r', pull_number: 1, per_page: 100 })
    expect(all).toHaveLength(250)
    expect(fake.requests.map(q => q.query.page ?? '1')).toEqual(['1', '2', '3'])
    expect(fake.requests[0].authorization.scheme).toBe('token')
  })

  test('wrapped lists (itemsKey) and caps', async () => {
    const sha = 'a'.repeat(40)
    fake.onList(
      'GET /repos/{owner}/{repo}/commits/{ref}/check-runs',
      Array.from({ length: 5 }, (_, i) => checkRun(sha, { name: `c${i}` })),
      { itemsKey: 'check_runs' }
    )
    const octokit = getOctokit('t', { baseUrl: fake.url })
    const runs = await octokit.paginate('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', { owner: 'o', repo: 'r', ref: sha, per_page: 2 })
    expect(runs).toHaveLength(5)
    fake.onList('GET /repos/{owner}/{repo}/pulls/{pull_number}/commits', [], { cap: 250 })
    expect(JSON.parse((await get('/repos/o/r/pulls/1/commits')).text)).toEqual([])
  })

  test('status faults with GitHub bodies, limited times', async () => {
    fake.on('GET /repos/{owner}/{repo}/branches/{branch}/protection', { status: 404, body: { message: 'Branch not protected', documentation_url: 'x' } })
    fake.fault('GET /repos/{owner}/{repo}/branches/{branch}/protection', { status: 403, times: 1 })
    const r = await get('/repos/o/r/branches/main/protection')
    expect(r.status).toBe(403)
    expect(JSON.parse(r.text)).toMatchObject({ message: 'Resource not accessible by integration', documentation_url: expect.any(String), status: '403' })
    expect((await get('/repos/o/r/branches/main/protection')).status).toBe(404)
    for (const status of [401, 404, 500, 502, 503]) {
      fake.fault('GET /repos/{owner}/{repo}', { status, times: 1 })
      expect((await get('/repos/o/r')).status).toBe(status)
    }
    fake.fault('*', { status: 500, body: { message: 'custom' }, headers: { 'x-extra': '1' }, times: 1 })
    const c = await get('/anything')
    expect(c.status).toBe(500)
    expect(c.headers['x-extra']).toBe('1')
    expect(fake.requests.at(-1)?.fault).toBe('status 500')
  })

  test('rate limits in GitHub shape', async () => {
    fake.fault('GET /repos/{owner}/{repo}', { type: 'primary-rate-limit', resetInSeconds: 120, times: 1 })
    const p = await get('/repos/o/r')
    expect(p.status).toBe(403)
    expect(p.headers['x-ratelimit-remaining']).toBe('0')
    expect(Number(p.headers['x-ratelimit-reset'])).toBeGreaterThan(Date.now() / 1000 + 100)
    expect(JSON.parse(p.text).message).toMatch(/^API rate limit exceeded/)

    fake.fault('GET /repos/{owner}/{repo}', { type: 'secondary-rate-limit', status: 429, retryAfterSeconds: 7, times: 1 })
    const s = await get('/repos/o/r')
    expect(s.status).toBe(429)
    expect(s.headers['retry-after']).toBe('7')
    expect(JSON.parse(s.text).message).toMatch(/You have exceeded a secondary rate limit/)
  })

  test('malformed JSON: 200, json content-type, truncated body', async () => {
    fake.on('GET /repos/{owner}/{repo}/pulls/{pull_number}', { body: pullRequest() })
    fake.fault('GET /repos/{owner}/{repo}/pulls/{pull_number}', { type: 'malformed', times: 1 })
    const r = await get('/repos/o/r/pulls/1')
    expect(r.status).toBe(200)
    expect(r.headers['content-type']).toMatch(/application\/json/)
    expect(() => JSON.parse(r.text)).toThrow()
    expect(r.text.startsWith('{"url"')).toBe(true)
  })

  test('reset destroys the connection', async () => {
    fake.fault('GET /repos/{owner}/{repo}', { type: 'reset', times: 1 })
    await expect(fetch(fake.url + '/repos/o/r')).rejects.toThrow()
  })

  test('hang never answers, and close() still finishes', async () => {
    const own = await startFakeGitHub()
    own.fault('*', { type: 'hang' })
    const errored = new Promise<string>(resolve => {
      const req = httpRequest(own.url + '/repos/o/r', res => resolve(`answered ${res.statusCode}`))
      req.on('error', e => resolve(`error ${(e as NodeJS.ErrnoException).code ?? e.message}`))
      req.end()
    })
    await new Promise(r => setTimeout(r, 200))
    expect(own.requests).toHaveLength(1)
    expect(own.requests[0].status).toBeNull()
    const t0 = Date.now()
    await own.close()
    expect(Date.now() - t0).toBeLessThan(2000)
    expect(await errored).toMatch(/^error/)
  })
})
