/**
 * The sample-size table, an organisation (list, merge of per-repository folders), and the runner-level
 * command: `node dist/cli/index.js audit …` against the fake API (run `npm run build` first).
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createHash } from 'node:crypto'
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js'
import * as gh from '../helpers/github-data.js'
import { generateQuarter, serveQuarter, QUARTER_POLICY, type Quarter } from '../helpers/audit-quarter.js'
import { runCli } from '../helpers/runner.js'
import { autoSampleSize, parseSampleSpec, sampleSize } from '../../src/audit/sample.js'
import { runAudit } from '../../src/audit/run.js'
import { mergeAudits } from '../../src/audit/org.js'

const tmp = (name: string) => mkdtempSync(join(tmpdir(), `cg-audit-${name}-`))
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

describe('--sample auto follows the table', () => {
  test.each([
    [0, 0],
    [1, 1],
    [5, 5],
    [6, 5],
    [50, 5],
    [51, 6],
    [100, 10],
    [101, 11],
    [250, 25],
    [251, 25],
    [600, 25],
    [10_000, 25]
  ])('population %i → %i', (population, size) => {
    expect(autoSampleSize(population)).toBe(size)
    expect(sampleSize(population, { kind: 'auto' })).toBe(size)
  })
  test('N larger than the population takes every change; all; bad values are refused', () => {
    expect(sampleSize(7, parseSampleSpec('30'))).toBe(7)
    expect(sampleSize(7, parseSampleSpec('all'))).toBe(7)
    expect(() => parseSampleSpec('-3')).toThrow(/whole number/)
    expect(() => parseSampleSpec('10%')).toThrow(/whole number/)
  })
})

describe('an organisation', () => {
  let fakes: FakeGitHub[] = []
  let quarters: Quarter[] = []
  let policyPath: string
  beforeAll(async () => {
    policyPath = join(tmp('policy'), 'policy.yml')
    writeFileSync(policyPath, QUARTER_POLICY)
    quarters = [generateQuarter({ repo: 'payments', changes: 30, seed: 7 }), generateQuarter({ repo: 'ledger', changes: 12, seed: 8 })]
    fakes = await Promise.all(quarters.map(() => startFakeGitHub()))
    quarters.forEach((q, i) => serveQuarter(fakes[i], q))
    fakes[0].onList('GET /orgs/{org}/repos', [
      gh.repository({ owner: 'octo-org', name: 'payments' }),
      gh.repository({ owner: 'octo-org', name: 'ledger', default_branch: 'trunk' }),
      gh.repository({ owner: 'octo-org', name: 'old-thing', archived: true })
    ])
  })
  afterAll(async () => {
    await Promise.all(fakes.map(f => f.close()))
  })
  afterEach(() => fakes.forEach(f => f.assertNoSchemaViolations()))

  test("audit merge combines the repositories' populations and samples into one report", async () => {
    const dirs: string[] = []
    for (const [i, q] of quarters.entries()) {
      const outDir = tmp(`org-${q.repo}`)
      const outcome = await runAudit({
        owner: q.owner,
        repo: q.repo,
        branch: 'main',
        window: { from: q.from, to: q.to },
        policyPath,
        workspace: tmp('ws'),
        sample: { kind: 'auto' },
        seed: null,
        cacheDir: null,
        outDir,
        token: 'ghs_test',
        apiUrl: fakes[i].url,
        httpTimeoutMs: 10_000
      })
      expect(outcome.error).toBeNull()
      dirs.push(outDir)
    }
    const out = tmp('merged')
    const merged = await mergeAudits(dirs, out)
    expect(merged.rows).toHaveLength(42)
    expect(merged.meta.sample.size).toBe(5 + 5)
    expect(merged.rows.filter(r => r.sampled)).toHaveLength(10)
    expect(new Set(merged.rows.map(r => r.id.split(':')[0]))).toEqual(new Set(['octo-org/payments', 'octo-org/ledger']))
    expect(merged.meta.population_sha256).toBe(sha256(readFileSync(join(out, 'population.json'), 'utf8')))
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toContain('2 repositories')
    // a changed input folder is refused
    writeFileSync(join(dirs[0], 'population.json'), readFileSync(join(dirs[0], 'population.json'), 'utf8').replace('"pr"', '"direct-push"'))
    await expect(mergeAudits(dirs, tmp('merged2'))).rejects.toThrow(/does not match the SHA-256/)
  })

  test("without --policy the current directory's .github/compliance-gate.yml judges the sample, and the meta records it (cold audit review, session 40)", async () => {
    const q = quarters[0]
    const cwd = tmp('audit-cwd')
    mkdirSync(join(cwd, '.github'), { recursive: true })
    const text = readFileSync(policyPath, 'utf8')
    writeFileSync(join(cwd, '.github', 'compliance-gate.yml'), text)
    const out = join(cwd, 'out')
    const run = await runCli(['audit', '--repo', `${q.owner}/${q.repo}`, '--from', q.from, '--to', q.to, '--sample', '1', '--out', out], {
      cwd,
      env: { GITHUB_TOKEN: 'ghs_test', GITHUB_API_URL: fakes[0].url },
      timeoutMs: 120_000
    })
    expect(run.code).toBeLessThanOrEqual(1)
    const meta = JSON.parse(readFileSync(join(out, 'population.meta.json'), 'utf8'))
    expect(meta.policy).toEqual({ file: join(cwd, '.github', 'compliance-gate.yml'), sha256: sha256(text), judged_by: 'file' })
  })

  const built = existsSync(join(process.cwd(), 'dist', 'cli', 'index.js'))
  ;(built ? test : test.skip)('runner: `audit --org ORG --list` prints the unarchived repositories as JSON', async () => {
    const run = await runCli(['audit', '--org', 'octo-org', '--list'], { env: { GITHUB_TOKEN: 'ghs_test', GITHUB_API_URL: fakes[0].url } })
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout)).toEqual([
      { repository: 'octo-org/ledger', default_branch: 'trunk', archived: false, private: false },
      { repository: 'octo-org/payments', default_branch: 'main', archived: false, private: false }
    ])
  })

  ;(built ? test : test.skip)('runner: `audit` writes the population, sample, bundles and report, prints the seed, exits 1 on exceptions', async () => {
    const q = quarters[0]
    const out = tmp('cli')
    const run = await runCli(
      ['audit', '--repo', `${q.owner}/${q.repo}`, '--branch', 'main', '--from', q.from, '--to', q.to, '--policy', policyPath, '--sample', 'all', '--out', out],
      { env: { GITHUB_TOKEN: 'ghs_secret_value_never_printed', GITHUB_API_URL: fakes[0].url }, timeoutMs: 120_000 }
    )
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/Population: 30 changes/)
    expect(run.stdout).toMatch(/Sample: 30 with seed [0-9a-f]{16} \(derived from the population\)/)
    expect(run.stderr).toMatch(/audit: re-performing \d+\/30 changes.*API budget left: \d+/)
    for (const f of ['population.csv', 'population.json', 'population.meta.json', 'sample.csv', 'reperformance.json', 'report.html'])
      expect(existsSync(join(out, f))).toBe(true)
    const all = run.stdout + run.stderr + readFileSync(join(out, 'report.html'), 'utf8') + readFileSync(join(out, 'population.meta.json'), 'utf8')
    expect(all).not.toContain('ghs_secret_value_never_printed')
    // emergency changes: the retrospective approval decides change.emergency
    const rows = JSON.parse(readFileSync(join(out, 'population.json'), 'utf8')).changes as {
      id: string
      emergency: boolean
      verdicts: Record<string, string>
    }[]
    const emergencies = q.changes.filter(c => c.inWindow && c.emergency)
    expect(emergencies.length).toBeGreaterThan(0)
    for (const c of emergencies) {
      const r = rows.find(x => x.id === `pr#${c.number}`)!
      expect(r.emergency).toBe(true)
      expect(r.verdicts['change.emergency']).toBe(c.retroHours === null ? 'fail' : 'pass')
      // without any approval the waiver carries review.approvals; a retrospective approval may pass it on its own
      if (c.retroHours === null) expect(r.verdicts['review.approvals']).toBe('pass (waived)')
      else expect(r.verdicts['review.approvals']).toMatch(/^pass/)
    }
    const bad = await runCli(['audit', '--repo', `${q.owner}/${q.repo}`, '--from', '2026-02-30', '--to', q.to, '--out', out], {
      env: { GITHUB_TOKEN: 'x', GITHUB_API_URL: fakes[0].url }
    })
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/--from must be a date YYYY-MM-DD/)
  })
})
