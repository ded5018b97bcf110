import { describe, expect, test } from '@jest/globals'
import { control } from '../../src/controls/review-codeowners.js'
import { parseCodeowners } from '../../src/codeowners/parse.js'
import type { CodeownersFacts, TeamFacts } from '../../src/model/facts/codeowners.js'
import type { ChangeRecord, ChangedFileFacts, Collected, ReviewFacts } from '../../src/model/record.js'
import { BASE_SHA, EARLIER_SHA, approve, baseRecord, collected, commit, file, perm, unavailableGroup } from '../helpers/records.js'

const ctx = { enabledControls: new Set<string>(['review.codeowners']) }
const run = (record: ChangeRecord, params: Partial<typeof control.meta.defaults> = {}) => control.evaluate(record, { ...control.meta.defaults, ...params }, ctx)

const CODEOWNERS = `* @bob
/docs/ @carol
/infra/ @octo-org/platform
/secret/ @octo-org/security
/legacy/ @octo-org/readers
*.md writer@example.com
*.cfg ghost@example.com
/vendor/
`

function facts(text: string, teams: Record<string, TeamFacts> = {}): Collected<CodeownersFacts> {
  const parsed = parseCodeowners(text)
  return collected({
    file: { path: '.github/CODEOWNERS', ref: BASE_SHA, text_sha256: '0'.repeat(64), rules: parsed.rules, errors: parsed.errors },
    teams
  })
}

const TEAMS: Record<string, TeamFacts> = {
  'octo-org/platform': { has_write: true, members: ['dave', 'erin'] },
  'octo-org/security': {
    has_write: null,
    members: null,
    missing: {
      reason: 'Members of @octo-org/security: GET /orgs/{org}/teams/{team_slug}/members answered 403',
      remedy:
        'the workflow GITHUB_TOKEN can never read organisation team membership; pass a GitHub App token or a PAT with `read:org` (Organization → Members: read) as github-token'
    }
  },
  'octo-org/readers': { has_write: false, members: ['frank'] }
}

function record(files: ChangedFileFacts[], reviews: ReviewFacts[], extra: Partial<ChangeRecord> = {}, text = CODEOWNERS): ChangeRecord {
  return baseRecord({
    files: collected(files),
    reviews: collected(reviews),
    permissions: collected({ bob: perm('write'), carol: perm('write'), dave: perm('write'), erin: perm('write'), frank: perm('write'), wendy: perm('write') }),
    facts: { codeowners: facts(text, TEAMS) },
    ...extra
  })
}

const finding = (out: ReturnType<typeof run>, subject: string) => out.findings?.find(f => f.subject === subject)

describe('review.codeowners', () => {
  test('meta', () => {
    expect(control.meta.id).toBe('review.codeowners')
    expect(control.meta.defaults).toEqual({ 'require-head-commit': true, 'fail-on-syntax-error': true, 'on-team-membership-unreadable': 'warn' })
    expect(control.meta.mappings.find(m => m.framework === 'ISO/IEC 27001:2022')?.controls).toContain('A.8.4')
  })

  test('not_applicable: no CODEOWNERS on the base branch', () => {
    const out = run(baseRecord({ facts: { codeowners: collected({ file: null, teams: {} }) } }))
    expect(out.status).toBe('not_applicable')
  })

  test('not_verified: codeowners facts missing or unreadable', () => {
    expect(run(baseRecord()).status).toBe('not_verified')
    const out = run(baseRecord({ facts: { codeowners: unavailableGroup(403, 'Resource not accessible by integration', 'grant contents: read') } }))
    expect(out.status).toBe('not_verified')
    expect(out.remedy).toBe('grant contents: read')
  })

  test('pass: the user owner approved', () => {
    const out = run(record([file('src/a.ts')], [approve('bob')]))
    expect(out.status).toBe('pass')
    expect(finding(out, 'src/a.ts')?.status).toBe('pass')
  })

  test('fail: the owner did not approve; finding names the path and the owners', () => {
    const out = run(record([file('docs/guide.txt')], [approve('bob')]))
    expect(out.status).toBe('fail')
    const f = finding(out, 'docs/guide.txt')
    expect(f?.status).toBe('fail')
    expect(f?.message).toMatch(/@carol/)
    expect(f?.message).toMatch(/line 2/)
  })

  test('fail: the owner approved an earlier commit (stale); passes when require-head-commit is false', () => {
    const r = record([file('docs/guide.txt')], [approve('carol', { commit: EARLIER_SHA })])
    expect(run(r).status).toBe('fail')
    expect(run(r, { 'require-head-commit': false }).status).toBe('pass')
  })

  test('pass: a file with no owner needs nothing (rule without owners)', () => {
    const out = run(record([file('vendor/lib.js')], []))
    expect(out.status).toBe('pass')
    expect(out.findings).toEqual([])
    expect(out.reason).toMatch(/0 of 1/)
  })

  test('pass: no rule matches the file', () => {
    const out = run(record([file('src/a.ts')], [], {}, '/docs/ @carol\n'))
    expect(out.status).toBe('pass')
  })

  test('pass: a member of a team owner with write access approved', () => {
    const out = run(record([file('infra/main.tf')], [approve('erin')]))
    expect(out.status).toBe('pass')
    expect(finding(out, 'infra/main.tf')?.message).toMatch(/erin \(member of @octo-org\/platform\)/)
  })

  test('fail: no member of the team owner approved', () => {
    expect(run(record([file('infra/main.tf')], [approve('bob')])).status).toBe('fail')
  })

  test('not_verified: team membership unreadable, naming the token to use', () => {
    const out = run(record([file('secret/keys.yml')], [approve('bob')]))
    expect(out.status).toBe('not_verified')
    expect(out.remedy).toMatch(/read:org/)
    expect(finding(out, 'secret/keys.yml')?.status).toBe('not_verified')
  })

  test('fail: a team without write access is ignored, as GitHub ignores it', () => {
    const out = run(record([file('legacy/old.c')], [approve('frank')]))
    expect(out.status).toBe('fail')
    expect(finding(out, 'legacy/old.c')?.message).toMatch(/no write access/)
  })

  test('e-mail owner resolved via a commit identity', () => {
    const commits = collected([
      commit(),
      commit({
        sha: 'b'.repeat(40),
        author: { name: 'W', email: 'writer@example.com', login: 'wendy' },
        committer: { name: 'W', email: 'writer@example.com', login: 'wendy' }
      })
    ])
    expect(run(record([file('README.md')], [approve('wendy')], { commits })).status).toBe('pass')
  })

  test('not_verified: e-mail owner that cannot be resolved', () => {
    const out = run(record([file('app.cfg')], [approve('bob')]))
    expect(out.status).toBe('not_verified')
    expect(finding(out, 'app.cfg')?.message).toMatch(/cannot be resolved/)
  })

  test('fail wins over not_verified', () => {
    const out = run(record([file('secret/keys.yml'), file('docs/guide.txt')], [approve('bob')]))
    expect(out.status).toBe('fail')
    expect(finding(out, 'secret/keys.yml')?.status).toBe('not_verified')
  })

  test("a renamed file needs its old path's owners too", () => {
    const renamed = file('src/guide.ts', { status: 'renamed', previous_path: 'docs/guide.ts' })
    expect(run(record([renamed], [approve('bob')])).status).toBe('fail')
    expect(run(record([renamed], [approve('bob'), approve('carol')])).status).toBe('pass')
  })

  test('the PR author cannot satisfy ownership', () => {
    expect(run(record([file('src/a.ts')], [approve('alice')], {}, '* @alice\n')).status).toBe('fail')
  })

  test('an owner who approved with read access does not count', () => {
    const r = record([file('docs/a.txt')], [approve('carol')])
    r.permissions = collected({ carol: perm('read') })
    expect(run(r).status).toBe('fail')
  })

  test('fail: CODEOWNERS syntax error reported with its line', () => {
    const text = '* @bob\n!vendor/ @bob\n'
    const out = run(record([file('src/a.ts')], [approve('bob')], {}, text))
    expect(out.status).toBe('fail')
    const syntax = out.findings?.find(f => f.rule === 'codeowners-syntax')
    expect(syntax?.location).toEqual({ path: '.github/CODEOWNERS', line: 2 })
    expect(out.reason).toMatch(/invalid line .*\(2\)/)
    const lenient = run(record([file('src/a.ts')], [approve('bob')], {}, text), { 'fail-on-syntax-error': false })
    expect(lenient.status).toBe('pass')
  })

  test('not_verified: reviews unavailable', () => {
    const r = record([file('src/a.ts')], [])
    r.reviews = unavailableGroup(403)
    expect(run(r).status).toBe('not_verified')
  })

  test('not_verified: changed-file list partial and nothing failed', () => {
    const r = record([file('src/a.ts')], [approve('bob')])
    r.files = { state: 'partial', value: [file('src/a.ts')], sources: ['test'], missing: { reason: 'PR files stop at 3,000' } }
    expect(run(r).status).toBe('not_verified')
  })
})

describe('review.codeowners: on-team-membership-unreadable', () => {
  test('not verified only for team membership → the outcome softens on-not-verified to warn; with fail it does not', async () => {
    const { control: c } = await import('../../src/controls/review-codeowners.js')
    const { baseRecord } = await import('../helpers/records.js')
    const record = baseRecord()
    record.facts.codeowners = {
      state: 'partial',
      value: {
        file: {
          path: '.github/CODEOWNERS',
          ref: record.subject.base_sha ?? 'b'.repeat(40),
          text_sha256: '0'.repeat(64),
          rules: [{ pattern: '*', owners: ['@octo-org/platform'], line: 1 }],
          errors: []
        },
        teams: { 'octo-org/platform': { has_write: null, members: null, missing: { reason: '403', remedy: 'use a token with read:org' } } }
      },
      sources: []
    }
    const ctx = { enabledControls: new Set<string>() }
    const warn = c.evaluate(record, { ...c.meta.defaults }, ctx)
    expect(warn.status).toBe('not_verified')
    expect(warn.notVerifiedEscalation).toBe('warn')
    const strict = c.evaluate(record, { ...c.meta.defaults, 'on-team-membership-unreadable': 'fail' }, ctx)
    expect(strict.status).toBe('not_verified')
    expect(strict.notVerifiedEscalation).toBeUndefined()
  })
})
