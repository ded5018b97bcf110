import { describe, expect, test } from '@jest/globals'
import {
  exampleFor,
  findOperation,
  preloadOpenApi,
  toJsonSchema,
  validateResponse,
  validateSchema,
  validateWebhook,
  openApiLoadMs
} from '../helpers/openapi.js'
import * as data from '../helpers/github-data.js'
import * as events from '../helpers/events.js'
import { readFileSync } from 'node:fs'

describe('openapi validator', () => {
  test('loads the spec once', () => {
    preloadOpenApi()
    expect(openApiLoadMs()).toBeGreaterThan(0)
    expect(preloadOpenApi()).toBe(0)
    console.log(`OpenAPI spec load: ${Math.round(openApiLoadMs() ?? 0)} ms`)
  })

  test('matches concrete paths to templates, literals first, params decoded', () => {
    expect(findOperation('GET', '/repos/o/r/pulls/5')).toMatchObject({
      template: '/repos/{owner}/{repo}/pulls/{pull_number}',
      operationId: 'pulls/get',
      params: { owner: 'o', repo: 'r', pull_number: '5' }
    })
    expect(findOperation('GET', '/repos/o/r/pulls/comments')?.template).toBe('/repos/{owner}/{repo}/pulls/comments')
    expect(findOperation('GET', '/repos/o/r/rules/branches/feature%2Fx')?.params.branch).toBe('feature/x')
    expect(findOperation('GET', '/repos/o/r/contents/a/b/c.txt')?.params.path).toBe('a/b/c.txt')
    expect(findOperation('GET', '/repos/o/r/commits/abc/check-runs')?.operationId).toBe('checks/list-for-ref')
    expect(findOperation('GET', '/nope/x')).toBeNull()
  })

  test('converts nullable', () => {
    expect(toJsonSchema({ type: 'string', nullable: true, example: 'x', 'x-foo': 1 })).toEqual({ type: ['string', 'null'] })
    expect(toJsonSchema({ type: 'string', enum: ['a'], nullable: true })).toEqual({ type: ['string', 'null'], enum: ['a', null] })
    expect(toJsonSchema({ allOf: [{ $ref: '#/components/schemas/simple-user' }], nullable: true })).toMatchObject({
      anyOf: [{ type: 'null' }, { allOf: [{}] }]
    })
    // property names that look like keywords are kept
    expect(toJsonSchema({ type: 'object', properties: { example: { type: 'string' }, 'x-y': { type: 'integer' } } })).toEqual({
      type: 'object',
      properties: { example: { type: 'string' }, 'x-y': { type: 'integer' } }
    })
  })

  test('rejects a wrong shape, an unknown route and an undocumented status', () => {
    const pr = data.pullRequest({ number: 5 })
    expect(validateResponse('GET', '/repos/o/r/pulls/5', 200, pr)).toEqual([])
    const bad = { ...pr, number: '5' }
    const errors = validateResponse('GET', '/repos/o/r/pulls/5', 200, bad)
    expect(errors.join('\n')).toMatch(/\/number must be integer/)
    expect(validateResponse('GET', '/repos/o/r/pulls/5', 200, { ...pr, user: { login: 'x' } }).length).toBeGreaterThan(0)
    expect(validateResponse('GET', '/not/a/route', 200, {})[0]).toMatch(/no such route/)
    expect(validateResponse('GET', '/repos/o/r/pulls/5/reviews', 418, [])[0]).toMatch(/not documented/)
    expect(validateResponse('GET', '/repos/o/r/pulls/5', 200, undefined)[0]).toMatch(/empty body/)
  })

  test('exampleFor by operationId and by route', () => {
    expect(exampleFor('pulls/get')?.number).toBe(1347)
    expect(exampleFor('GET /repos/{owner}/{repo}/pulls/{pull_number}')?.number).toBe(1347)
    expect(exampleFor('GET /repos/{owner}/{repo}/contents/{path}', 200, 'response-if-content-is-a-file')?.type).toBe('file')
    expect(() => exampleFor('nope/nope')).toThrow()
  })
})

describe('builders validate against the schema', () => {
  const cases: [string, string, unknown][] = [
    [
      'pullRequest',
      'GET /repos/o/r/pulls/5',
      data.pullRequest({
        number: 5,
        user: 'alice',
        head: { sha: 'a'.repeat(40), ref: 'feat' },
        base: { ref: 'main', sha: 'b'.repeat(40) },
        title: 'T',
        body: null,
        labels: ['risk:high'],
        draft: true
      })
    ],
    ['pullRequest merged', 'GET /repos/o/r/pulls/5', data.pullRequest({ merged: true, merged_by: 'bob', state: 'closed' })],
    ['pullRequest fork', 'GET /repos/o/r/pulls/5', data.pullRequest({ head: { repo: 'eve/octo-repo' } })],
    [
      'reviews',
      'GET /repos/o/r/pulls/5/reviews',
      [
        data.review({ id: 1, user: 'bob', state: 'APPROVED', commit_id: 'a'.repeat(40), submitted_at: '2024-01-02T00:00:00Z' }),
        data.review({ id: 2, user: null, state: 'COMMENTED', commit_id: null }),
        data.review({ id: 3, state: 'PENDING' })
      ]
    ],
    [
      'commits',
      'GET /repos/o/r/pulls/5/commits',
      [
        data.commit({
          sha: 'c'.repeat(40),
          message: 'x\n\nCo-authored-by: A <a@x.io>',
          author: { login: 'alice', name: 'Alice', email: 'alice@example.com' },
          verified: true,
          reason: 'valid',
          parents: ['d'.repeat(40)]
        }),
        data.commit({ author: { login: null } })
      ]
    ],
    [
      'files',
      'GET /repos/o/r/pulls/5/files',
      [
        data.prFile({ filename: 'src/a.ts', status: 'modified', additions: 2, deletions: 1 }),
        data.prFile({ filename: 'b.bin', patch: null, status: 'added' }),
        data.prFile({ filename: 'new.ts', previous_filename: 'old.ts' })
      ]
    ],
    ['permission', 'GET /repos/o/r/collaborators/bob/permission', data.collaboratorPermission('bob', 'write', 'maintain')],
    [
      'rules',
      'GET /repos/o/r/rules/branches/main',
      data.branchRules([
        { type: 'pull_request', parameters: { required_approving_review_count: 2 } },
        { type: 'required_status_checks', parameters: { required_status_checks: [{ context: 'ci' }] } },
        { type: 'required_signatures' },
        { type: 'non_fast_forward', ruleset_source_type: 'Organization' },
        { type: 'deletion' }
      ])
    ],
    [
      'protection',
      'GET /repos/o/r/branches/main/protection',
      data.branchProtection({ reviews: { required_approving_review_count: 2 }, statusChecks: { contexts: ['ci'] } })
    ],
    ['protection minimal', 'GET /repos/o/r/branches/main/protection', data.branchProtection({ reviews: null, statusChecks: null })],
    [
      'check-runs',
      'GET /repos/o/r/commits/abc/check-runs',
      data.checkRunsFor('a'.repeat(40), [
        { name: 'build', conclusion: 'success' },
        { name: 'lint', status: 'in_progress' },
        { name: 'x', app: 'circleci', conclusion: 'failure' }
      ])
    ],
    [
      'status',
      'GET /repos/o/r/commits/abc/status',
      data.combinedStatus('a'.repeat(40), [
        { context: 'ci/a', state: 'success' },
        { context: 'ci/b', state: 'pending' }
      ])
    ],
    ['status empty', 'GET /repos/o/r/commits/abc/status', data.combinedStatus('a'.repeat(40), [])],
    ['content', 'GET /repos/o/r/contents/.github/CODEOWNERS', data.contentFile('.github/CODEOWNERS', '* @org/team\n'.repeat(20))],
    ['team members', 'GET /orgs/o/teams/t/members', data.teamMembers(['a', 'b', 'renovate[bot]'])],
    ['team repo', 'GET /orgs/o/teams/t/repos/o/r', data.teamRepository({ permission: 'maintain' })],
    ['repository', 'GET /repos/o/r', data.repository({ owner: 'o', name: 'r', private: true, default_branch: 'trunk' })],
    ['commit pulls', 'GET /repos/o/r/commits/abc/pulls', data.commitPulls('a'.repeat(40), [{ number: 3 }, { number: 4, merged: false, state: 'open' }])]
  ]
  test.each(cases)('%s', (_name, route, body) => {
    const [method, path] = route.split(' ')
    expect(validateResponse(method, path, 200, body)).toEqual([])
  })

  test('user()', () => {
    expect(validateSchema('simple-user', data.user('dependabot[bot]'))).toEqual([])
    expect(data.user('dependabot[bot]').type).toBe('Bot')
    expect(validateSchema('simple-user', { login: 'x' }).length).toBeGreaterThan(0)
  })

  test('builders honour overrides', () => {
    const pr = data.pullRequest({ owner: 'acme', repo: 'api', number: 9, head: { sha: 'f'.repeat(40) } })
    expect(pr.base.repo.full_name).toBe('acme/api')
    expect(pr.url).toBe('https://api.github.com/repos/acme/api/pulls/9')
    expect(pr.head.sha).toBe('f'.repeat(40))
    const f = data.contentFile('a.txt', 'hello\n')
    expect(Buffer.from(f.content, 'base64').toString()).toBe('hello\n')
    expect(f.sha).toBe('ce013625030ba8dba906f756967f9e9ca394464a') // git hash-object of "hello\n"
  })
})

describe('webhook payloads', () => {
  test.each([
    ['pull_request', () => events.pullRequestPayload('opened', { number: 7, headSha: 'a'.repeat(40), sender: 'alice' })],
    ['pull_request', () => events.pullRequestPayload('synchronize', { number: 7 })],
    ['pull_request', () => events.pullRequestPayload('closed', { merged: true, mergedBy: 'bob' })],
    ['push', () => events.pushPayload({ commits: [{ id: 'a'.repeat(40), message: 'm' }] })],
    ['merge_group', () => events.mergeGroupPayload({ headSha: 'b'.repeat(40) })],
    ['workflow_dispatch', () => events.workflowDispatchPayload({ mode: 'audit' })]
  ] as [string, () => Record<string, unknown>][])('%s is valid per x-webhooks', (name, build) => {
    expect(validateWebhook(name, build() as { action?: string })).toEqual([])
  })

  test('overrides and file', () => {
    const path = events.pullRequestEvent('closed', {
      owner: 'acme',
      repo: 'api',
      number: 3,
      headSha: 'c'.repeat(40),
      baseRef: 'release',
      merged: true,
      mergedBy: 'bob'
    })
    const p = JSON.parse(readFileSync(path, 'utf8'))
    expect(p).toMatchObject({ action: 'closed', number: 3, repository: { full_name: 'acme/api', name: 'api', owner: { login: 'acme' } } })
    expect(p.pull_request).toMatchObject({ number: 3, merged: true, merged_by: { login: 'bob' }, head: { sha: 'c'.repeat(40) }, base: { ref: 'release' } })
    expect(p.pull_request.url).toBe('https://api.github.com/repos/acme/api/pulls/3')
    expect(JSON.parse(readFileSync(events.workflowDispatchEvent({ a: '1' }), 'utf8')).inputs).toEqual({ a: '1' })
  })
})
