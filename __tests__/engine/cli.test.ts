/** The CLI as a user runs it: `node dist/cli/index.js …`. */
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createHash } from 'node:crypto'
import { Ajv } from 'ajv'
import addFormats from 'ajv-formats'
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js'
import { runCli } from '../helpers/runner.js'
import { serveScenario } from '../helpers/scenario.js'

const schema = JSON.parse(readFileSync(new URL('../../schemas/change-record.v2.schema.json', import.meta.url), 'utf8'))
const ajv = new Ajv({ allErrors: true, strict: false })
;(addFormats as unknown as (a: Ajv) => void)(ajv)
const validateRecord = ajv.compile(schema)
const validateResults = ajv.compile(JSON.parse(readFileSync(new URL('../../schemas/results.v1.schema.json', import.meta.url), 'utf8')))

let demoDir: string
let demoRun: Awaited<ReturnType<typeof runCli>>
let fake: FakeGitHub

beforeAll(async () => {
  demoDir = mkdtempSync(join(tmpdir(), 'cg-demo-'))
  demoRun = await runCli(['demo', '--out', demoDir], { timeoutMs: 60_000 })
  fake = await startFakeGitHub()
})
afterAll(async () => {
  await fake.close()
})
afterEach(() => fake.assertNoSchemaViolations())

const bundles = () =>
  readdirSync(demoDir)
    .filter(d => !d.startsWith('.'))
    .map(d => join(demoDir, d))
const sha = (text: string) => createHash('sha256').update(text).digest('hex')

describe('compliance-gate demo', () => {
  test('runs both samples offline, writes two verified bundles and prints the summaries', () => {
    expect(demoRun.code).toBe(0)
    expect(demoRun.stdout).toContain('Sample 1: a compliant change')
    expect(demoRun.stdout).toContain('compliance-gate: ✅ passed')
    expect(demoRun.stdout).toContain('compliance-gate: ❌ failed')
    expect(demoRun.stdout.match(/verify: OK/g)?.length).toBe(2)
    expect(bundles()).toHaveLength(2)
  })

  test('every record.json follows the versioned change-record schema and holds no patch', () => {
    for (const dir of bundles()) {
      const record = JSON.parse(readFileSync(join(dir, 'record.json'), 'utf8'))
      const ok = validateRecord(record)
      expect(validateRecord.errors ?? []).toEqual([])
      expect(ok).toBe(true)
    }
  })

  test('every results.json follows schemas/results.v1.schema.json, the schema its $schema names', () => {
    for (const dir of bundles()) {
      const results = JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8'))
      expect(results.$schema).toBe('https://compliance-gate.dev/schemas/results/v1.json')
      const ok = validateResults(results)
      expect(validateResults.errors ?? []).toEqual([])
      expect(ok).toBe(true)
    }
  })

  test('the failing sample fails for the reasons it was built with, and names no secret value', () => {
    const failing = bundles().find(d => d.includes('pr42'))!
    const results = JSON.parse(readFileSync(join(failing, 'results.json'), 'utf8'))
    const status = Object.fromEntries(results.verdicts.map((v: { control: string; status: string }) => [v.control, v.status]))
    expect(status).toMatchObject({
      'review.approvals': 'fail',
      'checks.required': 'fail',
      'secrets.no-new-secrets': 'fail',
      'iac.encryption': 'fail'
    })
    const secret = results.verdicts.find((v: { control: string }) => v.control === 'secrets.no-new-secrets')
    for (const f of secret.findings) expect(f.data.preview).toMatch(/^.{0,4}…$/)
    const iac = results.verdicts.find((v: { control: string }) => v.control === 'iac.encryption')
    expect(iac.findings.find((f: { status: string }) => f.status === 'fail').location).toMatchObject({ path: 'infra/db.tf', line: 5 })
  })
})

describe('compliance-gate verify', () => {
  test('a bundle re-verifies offline', async () => {
    const r = await runCli(['verify', bundles()[0]])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^OK: 4 file digests match and \d+ verdicts re-evaluate the same/)
  })

  test('a changed file is named', async () => {
    const dir = bundles()[0]
    const copy = mkdtempSync(join(tmpdir(), 'cg-tamper-'))
    for (const f of readdirSync(dir)) writeFileSync(join(copy, f), readFileSync(join(dir, f)))
    const summary = readFileSync(join(copy, 'summary.md'), 'utf8')
    writeFileSync(join(copy, 'summary.md'), summary.replace('passed', 'PASSED'))
    const r = await runCli(['verify', copy])
    expect(r.code).toBe(3) // digest mismatch (issue 16: one exit code per kind of failure)
    expect(r.stdout).toMatch(/summary\.md: sha256 is [0-9a-f]{64}, manifest says/)
  })

  test('a verdict edited with a recomputed digest is caught by re-evaluation', async () => {
    const dir = bundles().find(d => d.includes('pr42'))!
    const copy = mkdtempSync(join(tmpdir(), 'cg-tamper-'))
    for (const f of readdirSync(dir)) writeFileSync(join(copy, f), readFileSync(join(dir, f)))
    const results = JSON.parse(readFileSync(join(copy, 'results.json'), 'utf8'))
    results.verdicts.find((v: { control: string }) => v.control === 'review.approvals').status = 'pass'
    const text = JSON.stringify(results, null, 2) + '\n'
    writeFileSync(join(copy, 'results.json'), text)
    const manifest = JSON.parse(readFileSync(join(copy, 'manifest.json'), 'utf8'))
    manifest.files.find((f: { path: string }) => f.path === 'results.json').sha256 = sha(text)
    writeFileSync(join(copy, 'manifest.json'), JSON.stringify(manifest, null, 2))
    const r = await runCli(['verify', copy])
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/review\.approvals: recorded pass, re-evaluated fail/)
  })

  test('not a bundle → exit 2', async () => {
    const r = await runCli(['verify', mkdtempSync(join(tmpdir(), 'cg-empty-'))])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/not an evidence bundle/)
  })
})

describe('compliance-gate check', () => {
  test('judges a PR through the API with GITHUB_TOKEN and writes a bundle; exit 0 on pass', async () => {
    const s = serveScenario(fake, { number: 12 })
    const out = mkdtempSync(join(tmpdir(), 'cg-check-'))
    const cwd = mkdtempSync(join(tmpdir(), 'cg-cwd-'))
    const r = await runCli(['check', '--repo', `${s.owner}/${s.repo}`, '--pr', '12', '--out', out], {
      cwd,
      env: { GITHUB_TOKEN: 'ghp_cliTokenValue000000000000000000000000', GITHUB_API_URL: fake.url }
    })
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('compliance-gate: ✅ passed')
    expect(r.stdout).not.toContain('ghp_cliTokenValue')
    expect(readdirSync(out)).toEqual([`${s.owner}-${s.repo}-pr12-${s.headSha.slice(0, 7)}`])
  })

  test('exit 1 on fail, 2 on a missing token or bad usage', async () => {
    const s = serveScenario(fake, { number: 13, reviews: [] })
    const cwd = mkdtempSync(join(tmpdir(), 'cg-cwd-'))
    const env = { GITHUB_TOKEN: 'ghp_x', GITHUB_API_URL: fake.url }
    expect((await runCli(['check', '--repo', `${s.owner}/${s.repo}`, '--pr', '13', '--out', join(cwd, 'ev')], { cwd, env })).code).toBe(1)
    const noToken = await runCli(['check', '--repo', `${s.owner}/${s.repo}`, '--pr', '13', '--out', join(cwd, 'ev2')], {
      cwd,
      env: { GITHUB_API_URL: fake.url }
    })
    expect(noToken.code).toBe(2)
    expect(noToken.stderr).toMatch(/GITHUB_TOKEN/)
    const usage = await runCli(['check', '--repo', 'not-a-repo', '--pr', '1'], { cwd, env })
    expect(usage.code).toBe(2)
    expect(usage.stderr).toMatch(/owner\/name/)
  })

  test('--help everywhere', async () => {
    for (const args of [['--help'], ['check', '--help'], ['verify', '--help'], ['demo', '--help']]) {
      const r = await runCli(args)
      expect(r.code).toBe(0)
      expect(r.stdout).toMatch(/Usage: compliance-gate/)
    }
    const bare = await runCli([])
    expect(bare.code).toBe(2)
  })
})
