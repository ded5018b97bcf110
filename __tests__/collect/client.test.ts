/**
 * The API client as GitHub sees it: Octokit on Node's own fetch sends what @actions/github's getOctokit sends
 * (the token in `Authorization: token …`, the runner's orchestration id in the user agent). The proxy path
 * (getOctokit itself) is run end to end by the runner tier (__tests__/runner/smoke.test.ts).
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { createGitHubApi, withOrchestrationId } from '../../src/collect/github/client.js'
import type { ApiCall } from '../../src/model/record.js'
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js'

let fake: FakeGitHub

beforeAll(async () => {
  fake = await startFakeGitHub({ validate: false })
})
afterAll(async () => {
  await fake.close()
})

test('a request carries the token as `token` auth and the user agent with the orchestration id', async () => {
  fake.on('GET /repos/{owner}/{repo}', () => ({ status: 200, body: { id: 1, full_name: 'octo-org/octo-repo' } }))
  const calls: ApiCall[] = []
  const saved = process.env.ACTIONS_ORCHESTRATION_ID
  process.env.ACTIONS_ORCHESTRATION_ID = 'run 42/a'
  try {
    const api = createGitHubApi({ token: 'test-token', baseUrl: fake.url, calls, retries: 0, userAgent: 'compliance-gate/1.0' })
    const r = await api.request('GET /repos/{owner}/{repo}', { owner: 'octo-org', repo: 'octo-repo' })
    expect(r.ok).toBe(true)
  } finally {
    if (saved === undefined) delete process.env.ACTIONS_ORCHESTRATION_ID
    else process.env.ACTIONS_ORCHESTRATION_ID = saved
  }
  const [sent] = fake.requests
  expect(sent.authorization).toEqual({ present: true, scheme: 'token' })
  expect(sent.headers['user-agent']).toMatch(/^compliance-gate\/1\.0 actions_orchestration_id\/run_42_a /)
  expect(calls).toHaveLength(1)
})

test('no token: refused at once, as getOctokit refuses it', () => {
  expect(() => createGitHubApi({ token: '', baseUrl: fake.url, calls: [] })).toThrow('Parameter token or opts.auth is required')
})

test.each([
  [undefined, undefined, undefined],
  ['tool/1', undefined, 'tool/1'],
  ['tool/1', '  ', 'tool/1'],
  ['tool/1', 'abc', 'tool/1 actions_orchestration_id/abc'],
  [undefined, 'a:b/c', 'actions_orchestration_id/a_b_c'],
  ['tool/1 actions_orchestration_id/abc', 'abc', 'tool/1 actions_orchestration_id/abc']
])('withOrchestrationId(%j, %j) is %j', (agent, id, expected) => {
  expect(withOrchestrationId(agent, id)).toBe(expected)
})

test('a token fetch refuses as a header (a newline in it) is written nowhere: not in the failure, not in the call log', async () => {
  const token = 'ghs_FIRSTPARTabcdefghij\nSECONDPARTklmnopqrst'
  const calls: ApiCall[] = []
  const api = createGitHubApi({ token, baseUrl: fake.url, calls, retries: 0 })
  const r = await api.request('GET /repos/{owner}/{repo}', { owner: 'octo-org', repo: 'octo-repo' })
  expect(r.ok).toBe(false)
  const written = JSON.stringify([r, calls])
  for (const piece of token.split('\n')) expect(written).not.toContain(piece)
})

test('a base URL that is no URL: each request fails with the reason, nothing throws', async () => {
  const api = createGitHubApi({ token: 'test-token', baseUrl: 'api.github.com', calls: [], retries: 0 })
  const r = await api.request('GET /repos/{owner}/{repo}', { owner: 'octo-org', repo: 'octo-repo' })
  expect(r).toMatchObject({ ok: false, kind: 'network' })
  expect(r.ok ? '' : r.message).toMatch(/Invalid URL/)
})
