import { CONTROLS } from '../../src/controls/index.js'
import { describe, expect, test, beforeAll, afterAll } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { codeownersCollector } from '../../src/collect/codeowners.js'
import type { CollectContext } from '../../src/collect/context.js'
import type { ApiFailure, ApiResult, GitHubApi, PaginatedSuccess } from '../../src/collect/github/api.js'
import type { CodeownersFacts } from '../../src/model/facts/codeowners.js'
import { BASE_SHA, OWNER, REPO, approve, baseRecord, collected, file, user } from '../helpers/records.js'

type Answer = { status: number; data?: unknown }

/** An in-memory GitHubApi: answers keyed by `route path-params`, records each call. */
function fakeApi(answers: Record<string, Answer>): GitHubApi & { calls: { route: string; params: Record<string, unknown> }[] } {
  const calls: { route: string; params: Record<string, unknown> }[] = []
  const key = (route: string, params: Record<string, unknown>) =>
    `${route} ${['path', 'team_slug']
      .map(k => params[k])
      .filter(Boolean)
      .join(' ')}`.trim()
  const failure = (route: string, status: number): ApiFailure => ({
    ok: false,
    kind: status === 404 ? 'not_found' : status === 403 ? 'forbidden' : 'other',
    status,
    message: status === 403 ? 'Resource not accessible by integration' : 'Not Found',
    route
  })
  return {
    calls,
    async request<T>(route: string, params: Record<string, unknown> = {}): Promise<ApiResult<T>> {
      calls.push({ route, params })
      const a = answers[key(route, params)] ?? { status: 404 }
      return a.status < 300 ? { ok: true, status: a.status, data: a.data as T, route } : failure(route, a.status)
    },
    async paginate<T>(route: string, params: Record<string, unknown> = {}): Promise<PaginatedSuccess<T> | ApiFailure> {
      calls.push({ route, params })
      const a = answers[key(route, params)] ?? { status: 404 }
      return a.status < 300 ? { ok: true, status: a.status, data: a.data as T[], route, truncated: false } : failure(route, a.status)
    }
  }
}

const CONTENTS = 'GET /repos/{owner}/{repo}/contents/{path}'
const MEMBERS = 'GET /orgs/{org}/teams/{team_slug}/members'
const TEAM_REPO = 'GET /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}'
const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64')

function context(api: GitHubApi | null, checkoutDir: string | null = null, record = baseRecord()): CollectContext {
  return { owner: OWNER, repo: REPO, record, api, checkoutDir, neededBy: [], selfCheckNames: [] }
}

describe('codeowners collector (API)', () => {
  test('metadata', () => {
    expect(codeownersCollector.group).toBe('codeowners')
    expect(CONTROLS.filter(c => c.meta.needs.includes('codeowners')).map(c => c.meta.id)).toEqual(['review.codeowners'])
  })

  test('reads the first location found, at the base SHA; stores rules, not text', async () => {
    const text = '* @bob\n/infra/ @octo-org/platform @octo-org/security\n'
    const api = fakeApi({
      [`${CONTENTS} CODEOWNERS`]: { status: 200, data: { type: 'file', encoding: 'base64', content: b64(text), size: text.length } },
      [`${MEMBERS} platform`]: { status: 200, data: [{ login: 'dave' }, { login: 'erin' }] },
      [`${TEAM_REPO} platform`]: { status: 200, data: { role_name: 'write', permissions: { push: true, pull: true } } },
      [`${MEMBERS} security`]: { status: 403 },
      [`${TEAM_REPO} security`]: { status: 403 }
    })
    // infra/main.tf is owned by teams only and bob (not an individual owner there) approved: the teams are read.
    const got = await codeownersCollector.collect(context(api, null, baseRecord({ files: collected([file('src/index.ts'), file('infra/main.tf')]) })))
    const value = got.value as CodeownersFacts
    expect(value.file).toMatchObject({ path: 'CODEOWNERS', ref: BASE_SHA, errors: [] })
    expect(value.file?.rules).toHaveLength(2)
    expect(value.file?.text_sha256).toMatch(/^[0-9a-f]{64}$/)
    expect(JSON.stringify(got)).not.toContain(text)
    // .github/CODEOWNERS was tried first and answered 404
    const contentCalls = api.calls.filter(c => c.route === CONTENTS)
    expect(contentCalls.map(c => c.params.path)).toEqual(['.github/CODEOWNERS', 'CODEOWNERS'])
    expect(contentCalls.every(c => c.params.ref === BASE_SHA)).toBe(true)
    // team facts
    expect(value.teams['octo-org/platform']).toEqual({ has_write: true, members: ['dave', 'erin'] })
    expect(value.teams['octo-org/security']).toMatchObject({ has_write: null, members: null })
    expect(value.teams['octo-org/security'].missing?.remedy).toMatch(/read:org/)
    expect(got.state).toBe('partial')
    const teamRepoCall = api.calls.find(c => c.route === TEAM_REPO)
    expect(teamRepoCall?.params.headers).toEqual({ accept: 'application/vnd.github.v3.repository+json' })
  })

  test('all three locations 404 → file: null', async () => {
    const got = await codeownersCollector.collect(context(fakeApi({})))
    expect(got).toMatchObject({ state: 'complete', value: { file: null, teams: {} } })
  })

  test('403 on contents → unavailable with a remedy, never "no file"', async () => {
    const got = await codeownersCollector.collect(context(fakeApi({ [`${CONTENTS} .github/CODEOWNERS`]: { status: 403 } })))
    expect(got.state).toBe('unavailable')
    expect(got.missing?.remedy).toMatch(/contents: read/)
    expect(got.missing?.http_status).toBe(403)
  })

  test('team visible but 404 on the repository → has_write false; team invisible → unknown', async () => {
    const text = '* @octo-org/readers @octo-org/hidden\n'
    const api = fakeApi({
      [`${CONTENTS} .github/CODEOWNERS`]: { status: 200, data: { type: 'file', encoding: 'base64', content: b64(text) } },
      [`${MEMBERS} readers`]: { status: 200, data: [{ login: 'frank' }] },
      [`${MEMBERS} hidden`]: { status: 404 }
    })
    const value = (await codeownersCollector.collect(context(api))).value as CodeownersFacts
    expect(value.teams['octo-org/readers']).toEqual({ has_write: false, members: ['frank'] })
    expect(value.teams['octo-org/hidden'].has_write).toBeNull()
  })

  test('teams are read only when an approval by a member could decide a verdict (issue 21)', async () => {
    // src/index.ts is owned by @bob (approved, write) and a team: the file is decided without the team.
    // docs/guide.md is owned by a team only and bob approved: bob might be a member, so that team is read.
    // nobody-approved teams: with no approver besides the author, no member can have approved.
    const text = '/src/ @bob @octo-org/backend\n/docs/ @octo-org/writers\n/ops/ @octo-org/ops\n'
    const api = fakeApi({
      [`${CONTENTS} .github/CODEOWNERS`]: { status: 200, data: { type: 'file', encoding: 'base64', content: b64(text) } },
      [`${MEMBERS} writers`]: { status: 200, data: [{ login: 'bob' }] },
      [`${TEAM_REPO} writers`]: { status: 200, data: { permissions: { push: true }, role_name: 'write' } }
    })
    const record = baseRecord({ files: collected([file('src/index.ts'), file('docs/guide.md')]) })
    const value = (await codeownersCollector.collect(context(api, null, record))).value as CodeownersFacts
    const teamCalls = api.calls.filter(c => c.route === MEMBERS || c.route === TEAM_REPO).map(c => c.params.team_slug)
    expect(new Set(teamCalls)).toEqual(new Set(['writers']))
    expect(value.teams['octo-org/backend'].not_needed).toMatch(/no approval by a member could change a verdict/)
    expect(value.teams['octo-org/ops'].not_needed).toBeDefined()
    expect(value.teams['octo-org/writers'].not_needed).toBeUndefined()

    // No approval at all: no team is read.
    const none = fakeApi({ [`${CONTENTS} .github/CODEOWNERS`]: { status: 200, data: { type: 'file', encoding: 'base64', content: b64(text) } } })
    await codeownersCollector.collect(context(none, null, baseRecord({ files: collected([file('docs/guide.md')]), reviews: collected([]) })))
    expect(none.calls.filter(c => c.route === MEMBERS || c.route === TEAM_REPO)).toEqual([])
  })

  test('team with read-only role → has_write false', async () => {
    const text = '* @octo-org/triagers\n'
    const api = fakeApi({
      [`${CONTENTS} .github/CODEOWNERS`]: { status: 200, data: { type: 'file', encoding: 'base64', content: b64(text) } },
      [`${MEMBERS} triagers`]: { status: 200, data: [] },
      [`${TEAM_REPO} triagers`]: { status: 200, data: { role_name: 'triage', permissions: { triage: true, pull: true } } }
    })
    const value = (await codeownersCollector.collect(context(api))).value as CodeownersFacts
    expect(value.teams['octo-org/triagers'].has_write).toBe(false)
  })

  test('syntax errors are collected with their lines', async () => {
    const text = '* @bob\n!x @bob\n'
    const api = fakeApi({ [`${CONTENTS} .github/CODEOWNERS`]: { status: 200, data: { type: 'file', encoding: 'base64', content: b64(text) } } })
    const value = (await codeownersCollector.collect(context(api))).value as CodeownersFacts
    expect(value.file?.errors).toEqual([{ line: 2, message: expect.stringMatching(/negation/) }])
  })
})

describe('codeowners collector (checkout, no API)', () => {
  let dir: string
  let base: string
  let head: string
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' }
    }).trim()

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'cg-codeowners-'))
    git('init', '-q')
    mkdirSync(join(dir, 'docs'))
    writeFileSync(join(dir, 'docs', 'CODEOWNERS'), '* @base-owner\n')
    git('add', '.')
    git('commit', '-q', '-m', 'base')
    base = git('rev-parse', 'HEAD')
    // The PR changes its own CODEOWNERS: GitHub (and we) still read the base one.
    writeFileSync(join(dir, 'docs', 'CODEOWNERS'), '* @pr-author\n')
    git('commit', '-q', '-am', 'head')
    head = git('rev-parse', 'HEAD')
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  test('reads docs/CODEOWNERS from the base commit, not the head', async () => {
    const record = baseRecord({ subject: { kind: 'pull_request', head_sha: head, base_ref: 'main', base_sha: base } })
    const got = await codeownersCollector.collect(context(null, dir, record))
    const value = got.value as CodeownersFacts
    expect(value.file).toMatchObject({ path: 'docs/CODEOWNERS', ref: base })
    expect(value.file?.rules[0].owners).toEqual(['@base-owner'])
  })

  test('base commit missing from a shallow checkout → unavailable naming fetch-depth', async () => {
    const record = baseRecord({ subject: { kind: 'pull_request', head_sha: head, base_ref: 'main', base_sha: 'f'.repeat(40) } })
    const got = await codeownersCollector.collect(context(null, dir, record))
    expect(got.state).toBe('unavailable')
    expect(got.missing?.remedy).toMatch(/fetch-depth/)
  })

  test('team owners without an API are recorded as unreadable', async () => {
    writeFileSync(join(dir, 'CODEOWNERS'), '* @octo-org/platform\n')
    git('add', '.')
    git('commit', '-q', '-m', 'root codeowners')
    const sha = git('rev-parse', 'HEAD')
    const record = baseRecord({
      subject: { kind: 'pull_request', head_sha: sha, base_ref: 'main', base_sha: sha },
      reviews: collected([{ ...approve(user('bob', 'User', 2)), commit_id: sha }])
    })
    const got = await codeownersCollector.collect(context(null, dir, record))
    const value = got.value as CodeownersFacts
    expect(value.file?.path).toBe('CODEOWNERS')
    expect(value.teams['octo-org/platform'].missing?.remedy).toMatch(/read:org/)
    expect(got.state).toBe('partial')
  })
})
