import { describe, expect, test } from '@jest/globals'
import { secretsNoNewSecrets } from '../../src/controls/secrets-no-new-secrets.js'
import type { Collected } from '../../src/model/record.js'
import { MAX_ITEMIZED, MAX_ITEMIZED_PER_FILE, type SecretFinding, type SecretsFacts } from '../../src/model/facts/secrets.js'
import { diffScan, hasFindings, itemizeFindings, judgedFacts, resolveSecretsParams, scannedChange, secretsFactsOf } from '../../src/collect/secrets.js'
import { Gen } from './fakes.js'
import { makeRecord } from './helpers.js'

const ctx = { enabledControls: new Set<string>() }
const params = secretsNoNewSecrets.meta.defaults

function facts(over: Partial<SecretsFacts> = {}): SecretsFacts {
  return {
    source: 'checkout',
    base_sha: 'a'.repeat(40),
    head_sha: 'b'.repeat(40),
    findings: [],
    scanned: { files: 3, lines: 40, bytes: 900 },
    skipped: [{ path: 'vendor/lib.js', reason: 'excluded by policy pattern vendor/**' }],
    not_verified: [],
    rules_version: '1.x',
    rules_digest: 'd',
    rule_count: 194,
    custom_rule_ids: [],
    custom_rule_errors: [],
    disabled_rules: [],
    baseline: { path: '.compliance-gate/secrets-baseline.json', ref: 'a'.repeat(40), entries: 0, present: false },
    inline_allow_enabled: false,
    max_file_size: 1048576,
    notes: [],
    ...over
  }
}
const finding = (over: Partial<SecretFinding> = {}): SecretFinding => ({
  rule: 'github-pat',
  description: 'GitHub personal access token (classic)',
  severity: 'critical',
  path: 'src/a.ts',
  line: 3,
  column: 14,
  preview: 'ghp_…',
  fingerprint: 'f'.repeat(64),
  baselined: false,
  ...over
})
const run = (group: Collected<SecretsFacts> | undefined) =>
  secretsNoNewSecrets.evaluate(makeRecord('a'.repeat(40), 'b'.repeat(40), group ? { secrets: group } : {}), params, ctx)
const ok = (v: SecretsFacts): Collected<SecretsFacts> => ({ state: 'complete', value: v, sources: ['git diff'] })

describe('secrets.no-new-secrets', () => {
  test('meta: mappings and kebab-case params', () => {
    expect(secretsNoNewSecrets.meta.id).toBe('secrets.no-new-secrets')
    // Mappings come from catalog/*.yml (which may add requirements); these must stay among them.
    const ids = (fw: string) => secretsNoNewSecrets.meta.mappings.find(m => m.framework === fw)?.controls ?? []
    expect(ids('SOC 2')).toEqual(expect.arrayContaining(['CC6.1', 'CC6.7']))
    expect(ids('ISO/IEC 27001:2022')).toEqual(expect.arrayContaining(['A.5.17', 'A.8.24']))
    expect(Object.keys(secretsNoNewSecrets.meta.paramsSchema).sort()).toEqual([
      'allow-inline-comments',
      'baseline',
      'custom-rules',
      'disabled-rules',
      'exclude-paths',
      'max-file-size'
    ])
    expect(params['allow-inline-comments']).toBe(false)
  })
  test('pass with counts', () => {
    const o = run(ok(facts()))
    expect(o.status).toBe('pass')
    expect(o.reason).toMatch(/3 file\(s\), 40 added line\(s\)/)
  })
  test('fail: one finding per secret with location, rule and redacted preview', () => {
    const o = run(ok(facts({ findings: [finding(), finding({ rule: 'aws-access-key-id', description: 'AWS access key ID', line: 9, preview: 'AKIA…' })] })))
    expect(o.status).toBe('fail')
    expect(o.remedy).toMatch(/revoke or rotate/)
    expect(o.findings).toHaveLength(2)
    expect(o.findings?.[0]).toMatchObject({
      status: 'fail',
      subject: 'src/a.ts',
      message: 'GitHub personal access token (classic) added (redacted: ghp_…)',
      location: { path: 'src/a.ts', line: 3, column: 14 },
      rule: 'github-pat',
      data: { fingerprint: 'f'.repeat(64), preview: 'ghp_…' }
    })
  })
  test('baselined and inline-allowed findings pass, recorded', () => {
    const o = run(ok(facts({ findings: [finding({ baselined: true }), finding({ inline_allowed: true, line: 4 })] })))
    expect(o.status).toBe('pass')
    expect(o.findings?.map(f => f.status)).toEqual(['pass', 'pass'])
    expect(o.findings?.[1]?.message).toMatch(/inline/)
  })
  test('not verified when the facts are unavailable or not collected', () => {
    const u = run({
      state: 'unavailable',
      value: null,
      sources: [],
      missing: { reason: 'The checkout lacks the base commit: fetch-depth: 0 needed', remedy: 'use fetch-depth: 0' }
    })
    expect(u.status).toBe('not_verified')
    expect(u.reason).toMatch(/fetch-depth: 0/)
    expect(u.remedy).toBe('use fetch-depth: 0')
    expect(run(undefined).status).toBe('not_verified')
    expect(run({ state: 'not_collected', value: null, sources: [], missing: { reason: 'disabled' } }).status).toBe('not_verified')
  })
  test('files not verified → not_verified; fail wins over not verified', () => {
    const nv = [{ path: 'dump.sql', reason: 'GitHub omitted the patch' }]
    expect(run({ ...ok(facts({ not_verified: nv })), state: 'partial' }).status).toBe('not_verified')
    expect(run({ ...ok(facts({ not_verified: nv, findings: [finding()] })), state: 'partial' }).status).toBe('fail')
  })
  test('a custom rule that does not compile → not_verified', () => {
    const o = run(ok(facts({ custom_rule_errors: [{ id: 'acme', error: 'missing )' }] })))
    expect(o.status).toBe('not_verified')
    expect(o.remedy).toMatch(/custom-rules/)
  })
})

describe('findings past the itemized cap (a dump of credentials cannot swell the evidence without bound)', () => {
  const many = (n: number, path: string, over: Partial<SecretFinding> = {}) =>
    Array.from({ length: n }, (_, i) => finding({ path, line: i + 1, fingerprint: `${path}:${i}`.padEnd(64, '0'), ...over }))

  test('per file the first 100 new and 100 acknowledged are listed, 2,000 in all; the rest are counted per file', () => {
    const acknowledged = many(150, 'db/dump.sql', { baselined: true })
    const open = many(300, 'db/dump.sql')
    const { itemized, notItemized } = itemizeFindings([...acknowledged, ...open])
    expect(itemized.filter(f => !f.baselined)).toHaveLength(MAX_ITEMIZED_PER_FILE)
    expect(itemized.filter(f => f.baselined)).toHaveLength(MAX_ITEMIZED_PER_FILE)
    // Order kept: acknowledged first, as scanned.
    expect(itemized[0].baselined).toBe(true)
    expect(notItemized).toEqual([{ path: 'db/dump.sql', open: 200, acknowledged: 50, rules: ['github-pat'] }])
    const files = Array.from({ length: 30 }, (_, k) => many(100, `gen/f${k}.env`)).flat()
    const capped = itemizeFindings(files)
    expect(capped.itemized).toHaveLength(MAX_ITEMIZED)
    expect(capped.notItemized.reduce((n, x) => n + x.open, 0)).toBe(3000 - MAX_ITEMIZED)
    expect(itemizeFindings(many(5, 'a.env')).notItemized).toEqual([])
  })

  test('a lone token among 150 passwords allowed inline stays listed with its line (the first of each rule is itemized)', () => {
    const allowed = many(150, 'fixtures/users.env', { rule: 'generic-password', inline_allowed: true })
    const token = finding({ path: 'fixtures/users.env', line: 151, inline_allowed: true })
    const { itemized, notItemized } = itemizeFindings([...allowed, token])
    expect(itemized).toContain(token)
    expect(itemized.filter(f => f.rule === 'generic-password')).toHaveLength(MAX_ITEMIZED_PER_FILE - 1)
    expect(notItemized).toEqual([{ path: 'fixtures/users.env', open: 0, acknowledged: 51, rules: ['generic-password'] }])
    // Allowed inline (by the change's author) before baselined (on the base branch): each kind has its own cap.
    const mixed = itemizeFindings([...many(120, 'a.env', { baselined: true }), ...many(120, 'a.env', { rule: 'generic-password', inline_allowed: true })])
    expect(mixed.itemized.filter(f => f.inline_allowed)).toHaveLength(MAX_ITEMIZED_PER_FILE)
    expect(mixed.itemized.filter(f => f.baselined)).toHaveLength(MAX_ITEMIZED_PER_FILE)
  })

  test('a new secret past 100 acknowledged ones in its file is still listed (new ones are itemized first)', () => {
    const { itemized } = itemizeFindings([...many(3000, 'big.env', { baselined: true }), finding({ path: 'big.env', line: 9999 })])
    expect(itemized.some(f => !f.baselined && f.line === 9999)).toBe(true)
  })

  test('counted new findings fail the verdict and are named per file; counted acknowledged ones pass', () => {
    const v = run(
      ok(
        facts({
          findings: many(100, 'db/dump.sql'),
          not_itemized: [
            { path: 'db/dump.sql', open: 4900, acknowledged: 0, rules: ['generic-env-secret'] },
            { path: 'old.env', open: 0, acknowledged: 7, rules: ['github-pat'] }
          ]
        })
      )
    )
    expect(v.status).toBe('fail')
    expect(v.reason).toMatch(/^5000 new secret\(s\) added \(github-pat, generic-env-secret\), 4900 of them counted but not listed;/)
    const counted = v.findings?.filter(f => /counted but not listed/.test(f.message)) ?? []
    expect(counted.map(f => [f.subject, f.status])).toEqual([
      ['db/dump.sql', 'fail'],
      ['old.env', 'pass']
    ])
    const onlyAcknowledged = run(ok(facts({ not_itemized: [{ path: 'old.env', open: 0, acknowledged: 7, rules: ['github-pat'] }] })))
    expect(onlyAcknowledged.status).toBe('pass')
    expect(onlyAcknowledged.reason).toMatch(/7 acknowledged finding\(s\)/)
  })
})

describe('the collector itemizes what it scanned (secretsFactsOf)', () => {
  test('a 250-line dump of passwords: 100 listed, the rest counted, all new; the verdict counts them all', () => {
    const gen = new Gen(250)
    const text = Array.from({ length: 250 }, (_, i) => `DB_PASSWORD_${i}=${gen.alnum(20)}`).join('\n')
    const params = resolveSecretsParams({})
    const baseline = { facts: { path: params.baseline, ref: 'a'.repeat(40), entries: 0, present: false }, fingerprints: new Set<string>() }
    const collected = secretsFactsOf(params, {
      diff: { files: [{ path: 'db/passwords.env', text, lineNumbers: Array.from({ length: 250 }, (_, i) => i + 1) }], skipped: [], not_verified: [] },
      repo: 'o/r',
      base: 'a'.repeat(40),
      head: 'b'.repeat(40),
      source: 'checkout',
      baseline,
      notes: [],
      sources: []
    })
    expect(collected.value?.findings).toHaveLength(MAX_ITEMIZED_PER_FILE)
    // Random 20-character values: a few fall under the entropy floor, so the count is read, not assumed.
    const counted = collected.value?.not_itemized ?? []
    expect(counted).toEqual([{ path: 'db/passwords.env', open: expect.any(Number), acknowledged: 0, rules: expect.any(Array) }])
    const total = MAX_ITEMIZED_PER_FILE + counted[0].open
    expect(total).toBeGreaterThan(200)
    expect(collected.value?.notes.some(n => n.startsWith(`${counted[0].open} finding(s) (${counted[0].open} new) in 1 file(s) are counted, not listed`))).toBe(
      true
    )
    const v = run(collected)
    expect(v.status).toBe('fail')
    expect(v.reason).toMatch(new RegExp(`^${total} new secret\\(s\\) added .*${counted[0].open} of them counted but not listed`))
  })
})

describe('findings past what a file keeps are counted while scanning (memory stays bounded)', () => {
  test('a 700-line dump keeps 400 findings; the rest are counted and judged against the baseline by fingerprint', () => {
    const gen = new Gen(700)
    const text = Array.from({ length: 700 }, (_, i) => `DB_PASSWORD_${i}=${gen.alnum(20)}`).join('\n')
    const params = resolveSecretsParams({})
    const file = { path: 'db/passwords.env', text, lineNumbers: Array.from({ length: 700 }, (_, i) => i + 1) }
    const ds = diffScan(params, 'o/r')
    ds.add(file)
    expect(ds.findings).toHaveLength(400)
    const counted = ds.overflow.get('db/passwords.env')
    expect(counted?.fingerprints.length).toBeGreaterThan(200)
    const total = 400 + (counted?.fingerprints.length ?? 0)
    // The baseline acknowledges 50 of the counted findings.
    const acknowledged = new Set(counted?.fingerprints.slice(0, 50))
    const baseline = { facts: { path: params.baseline, ref: 'a'.repeat(40), entries: 50, present: true }, fingerprints: acknowledged }
    const scan = {
      diff: { files: [file], skipped: [], not_verified: [] },
      repo: 'o/r',
      base: 'a'.repeat(40),
      head: 'b'.repeat(40),
      source: 'checkout' as const,
      baseline,
      notes: [],
      sources: []
    }
    const collected = secretsFactsOf(params, scan, ds)
    expect(collected.value?.findings).toHaveLength(MAX_ITEMIZED_PER_FILE)
    expect(collected.value?.not_itemized).toEqual([
      { path: 'db/passwords.env', open: total - MAX_ITEMIZED_PER_FILE - 50, acknowledged: 50, rules: expect.any(Array) }
    ])
    const v = run(collected)
    expect(v.status).toBe('fail')
    expect(v.reason).toMatch(new RegExp(`^${total - 50} new secret\\(s\\) added`))
    // The same change scanned whole (no streaming) gives the same facts.
    expect(secretsFactsOf(params, scan)).toEqual(collected)
  })
})

describe('counted findings and the second review', () => {
  const params = { ...resolveSecretsParams({}), 'allow-inline-comments': true }
  const lines = (n: number, seed: number, allow: boolean) => {
    const gen = new Gen(seed)
    return Array.from({ length: n }, (_, i) => `DB_PASSWORD_${i}="${gen.alnum(16)}"${allow ? ' # compliance-gate:allow-secret' : ''}`)
  }
  const fileOf = (path: string, text: string[]) => ({ path, text: text.join('\n'), lineNumbers: text.map((_, i) => i + 1) })
  const scanOf = (files: ReturnType<typeof fileOf>[], history?: { commit: string; files: ReturnType<typeof fileOf>[] }[]) => ({
    diff: { files, skipped: [], not_verified: [] },
    ...(history && { history }),
    repo: 'o/r',
    base: 'a'.repeat(40),
    head: 'b'.repeat(40),
    source: 'checkout' as const,
    notes: [],
    sources: []
  })
  const noBaseline = {
    facts: { path: '.compliance-gate/secrets-baseline.json', ref: 'a'.repeat(40), entries: 0, present: false },
    fingerprints: new Set<string>()
  }

  test('a new secret after 500 passwords allowed inline keeps its line', () => {
    const gen = new Gen(9)
    const file = fileOf('conf/test.env', [...lines(500, 1, true), '', `PROD_DB_PASSWORD="${gen.alnum(18)}"`])
    const facts = secretsFactsOf(params, { ...scanOf([file]), baseline: noBaseline }).value
    const open = facts?.findings.filter(f => !f.inline_allowed && !f.baselined) ?? []
    expect(open.map(f => f.line)).toEqual([502])
  })

  test('passwords allowed inline past the kept ones are not reported again by the history scan', () => {
    // Commit 1 adds 500 passwords; commit 2 allows each with a comment (the final diff holds the allowed lines).
    const plain = fileOf('conf/test.env', lines(500, 2, false))
    const allowed = fileOf('conf/test.env', lines(500, 2, true))
    const scan = scanOf(
      [allowed],
      [
        { commit: 'c'.repeat(40), files: [plain] },
        { commit: 'd'.repeat(40), files: [allowed] }
      ]
    )
    const v = run(secretsFactsOf(params, { ...scan, baseline: noBaseline }))
    expect(v.status).toBe('pass')
  })

  test('counted findings are judged against the baseline read after the scan (the action reads it only when something was found)', () => {
    const file = fileOf('db/dump.env', lines(700, 3, false))
    const scan = scanOf([file])
    const change = scannedChange(params, scan)
    expect(hasFindings(change)).toBe(true)
    const all = [...change.ds.findings.map(f => f.fingerprint), ...(change.ds.overflow.get('db/dump.env')?.fingerprints ?? [])]
    const baseline = { facts: { ...noBaseline.facts, entries: all.length, present: true }, fingerprints: new Set(all) }
    const v = run(judgedFacts(params, { ...scan, baseline }, change, baseline))
    expect(v.status).toBe('pass')
    expect(v.reason).toMatch(new RegExp(`${all.length} acknowledged finding\\(s\\)`))
  })
})

describe('a secret in a commit message or a file path fails the change (cold attacker review, session 40)', () => {
  const record = (commits: unknown[], files: unknown[]) => {
    const r = makeRecord('a'.repeat(40), 'b'.repeat(40), { secrets: ok(facts()) })
    r.commits = { state: 'complete', value: commits as never, sources: [] }
    r.files = { state: 'complete', value: files as never, sources: [] }
    return r
  }
  const commit = (n: number) => ({
    sha: 'c'.repeat(40),
    message: 'fix\n\ntoken ghp_…[redacted github-pat]',
    author: {},
    committer: {},
    co_authors: [],
    parents: [],
    secrets_redacted: n
  })
  const file = (n: number) => ({ path: 'ghp_…[redacted github-pat].txt', status: 'added', additions: 1, deletions: 0, secrets_redacted: n })

  test('a redacted commit message: fail, naming the commit, no location', () => {
    const o = secretsNoNewSecrets.evaluate(record([commit(1)], []), params, ctx)
    expect(o.status).toBe('fail')
    expect(o.reason).toMatch(/secret\(s\) in 1 commit message\(s\) or file path\(s\)/)
    const f = o.findings?.find(x => x.subject === 'commit ccccccc')
    expect(f).toMatchObject({ status: 'fail', severity: 'high' })
    expect(f?.location).toBeUndefined()
  })
  test('a redacted file path: fail', () => {
    const o = secretsNoNewSecrets.evaluate(record([], [file(1)]), params, ctx)
    expect(o.status).toBe('fail')
    expect(o.findings?.some(x => x.status === 'fail' && /path of a changed file/.test(x.message))).toBe(true)
  })
  test('nothing redacted: pass as before', () => {
    expect(secretsNoNewSecrets.evaluate(record([commit(0)], [file(0)]), params, ctx).status).toBe('pass')
  })
})

test('an unlabelled random word redacted from a commit message to be safe (a quoted integrity hash) is no finding', () => {
  const r = makeRecord('a'.repeat(40), 'b'.repeat(40), { secrets: ok(facts()) })
  r.commits = {
    state: 'complete',
    value: [
      {
        sha: 'd'.repeat(40),
        message: 'chore: update lockfile\n\nintegrity sha5…[redacted token]',
        author: {},
        committer: {},
        co_authors: [],
        parents: [],
        secrets_redacted: 1
      }
    ],
    sources: []
  }
  expect(secretsNoNewSecrets.evaluate(r, params, ctx).status).toBe('pass')
})

test('what free-text heuristics redact on a guess (a cache key, an SSH host key fingerprint) is no finding in a commit message (cold re-review, session 40)', () => {
  const r = makeRecord('a'.repeat(40), 'b'.repeat(40), { secrets: ok(facts()) })
  const commit = (sha: string, message: string) => ({ sha, message, author: {}, committer: {}, co_authors: [], parents: [], secrets_redacted: 1 })
  r.commits = {
    state: 'complete',
    value: [
      commit('e'.repeat(40), 'ci: bump cache key to node…[redacted prose-credential]'),
      commit('f'.repeat(40), 'Set the session cookie to sess…[redacted cookie]')
    ],
    sources: []
  }
  expect(secretsNoNewSecrets.evaluate(r, params, ctx).status).toBe('pass')
  r.commits.value!.push(commit('9'.repeat(40), 'deploy\n\nPASSWORD url postgres://u:p4ss…[redacted url-password]@db'))
  const o = secretsNoNewSecrets.evaluate(r, params, ctx)
  expect(o.status).toBe('fail')
  expect(o.findings?.find(f => f.subject === 'commit 9999999')?.remedy).toMatch(/A baseline cannot acknowledge it/)
})
