/**
 * report.html: escaping of everything that came from GitHub, the chart numbers, and a render in headless
 * Chromium (Debian package `chromium`; .ci/run installs it) with no console message (CSP violations, errors).
 */
import { describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { byWeek, esc, passRateByControl, renderReport, weekOf } from '../../src/audit/report.js'
import type { PopulationRow } from '../../src/audit/outputs.js'
import { populationCsv } from '../../src/audit/outputs.js'
import type { PopulationMeta } from '../../src/audit/meta.js'
import type { Reperformed } from '../../src/audit/reperform.js'

const HOSTILE = `<img src=x onerror="alert(1)"><script>alert(2)</script>'"&`

function row(over: Partial<PopulationRow>): PopulationRow {
  return {
    id: 'pr#1',
    kind: 'pr',
    number: 1,
    title: 'A change',
    url: 'https://github.com/octo-org/octo-repo/pull/1',
    merged_at: '2026-07-01T10:00:00Z',
    author: 'alice-author',
    approvers: ['rita-reviewer'],
    merger: 'mia-maintainer',
    head_sha: 'a'.repeat(40),
    merge_sha: 'b'.repeat(40),
    emergency: false,
    sampled: true,
    sample_rank: '0'.repeat(64),
    result: 'pass',
    verdicts: { 'review.approvals': 'pass', 'change.emergency': 'not_applicable' },
    exceptions: [],
    bundle_manifest_sha256: 'c'.repeat(64),
    original_bundle: 'absent',
    commits: ['b'.repeat(40)],
    ...over
  }
}

const rows: PopulationRow[] = [
  row({}),
  row({
    id: 'pr#2',
    number: 2,
    title: HOSTILE,
    author: HOSTILE,
    url: 'javascript:alert(3)',
    merged_at: '2026-07-08T10:00:00Z',
    result: 'fail',
    verdicts: { 'review.approvals': 'fail', 'change.emergency': 'not_applicable' },
    exceptions: ['review.approvals: fail']
  }),
  row({
    id: 'pr#3',
    number: 3,
    emergency: true,
    merged_at: '2026-07-09T10:00:00Z',
    verdicts: { 'review.approvals': 'pass (waived)', 'change.emergency': 'pass' }
  }),
  row({
    id: 'd'.repeat(40),
    kind: 'direct-push',
    number: null,
    title: 'hotfix',
    url: `https://github.com/octo-org/octo-repo/commit/${'d'.repeat(40)}`,
    sampled: false,
    result: null,
    verdicts: null,
    approvers: null,
    merged_at: '2026-07-09T11:00:00Z'
  })
]

const reperformed: Reperformed[] = [
  {
    id: 'pr#2',
    result: 'fail',
    verdicts: [],
    exceptions: [{ control: 'review.approvals', status: 'fail', reason: `No approval ${HOSTILE}` }],
    approvers: [],
    merger: 'mia-maintainer',
    emergency: false,
    retro_approvals: [],
    errors: [],
    bundle: { dir: '/tmp/x', manifest_sha256: 'c'.repeat(64), verified: true, problems: [] },
    original: { state: 'absent', artifact: 'compliance-evidence-x' }
  },
  {
    id: 'pr#3',
    result: 'pass',
    verdicts: [],
    exceptions: [],
    approvers: ['sam-senior'],
    merger: 'mia-maintainer',
    emergency: true,
    retro_approvals: [{ login: 'sam-senior', at: '2026-07-09T15:00:00Z' }],
    errors: [],
    bundle: { dir: '/tmp/y', manifest_sha256: 'c'.repeat(64), verified: true, problems: [] },
    original: { state: 'found', artifact: 'compliance-evidence-y', verified: true, problems: [] }
  }
]

const counters = { network: 3, notModified: 0, cacheHits: 0 }
const meta: PopulationMeta = {
  tool: { name: 'compliance-gate', version: '0.1.0' },
  repository: 'octo-org/octo-repo',
  branch: 'main',
  window: { from: '2026-07-01', to: '2026-09-30', start: '2026-07-01T00:00:00Z', end: '2026-09-30T23:59:59Z', timezone: 'UTC', inclusive: true },
  queries: [
    { query: `GET /repos/octo-org/octo-repo/pulls?state=closed&base=main&sort=updated&direction=desc&per_page=100`, pages: 1, items: 3, note: HOSTILE }
  ],
  counts: { total: 4, by_kind: { pr: 3, 'direct-push': 1 } },
  listed_commits: 4,
  scanned_pull_requests: 3,
  association_lookups: 1,
  commits_of_prs_merged_outside_window: [],
  commits_of_prs_merged_into_other_branches: [],
  api: { population: counters, reperformance: counters, population_calls_per_change: 0.75, budget_left: 4990 },
  sample: { spec: 'auto', size: 3, seed: 'abc', seed_source: 'population ids', algorithm: 'rank = SHA-256(SEED:ID)' },
  hashed_file: 'population.json',
  population_sha256: 'e'.repeat(64),
  cache: { dir: null, resumed: false },
  generated_at: '2026-12-04T00:00:00Z'
}
const sample = [
  { id: 'pr#1', rank: '1'.repeat(64), position: 1 },
  { id: 'pr#2', rank: '2'.repeat(64), position: 2 },
  { id: 'pr#3', rank: '3'.repeat(64), position: 3 }
]
const html = renderReport({ meta, rows, sample, reperformed })

describe('report.html', () => {
  test('escapes every text from GitHub and links only http(s) URLs', () => {
    expect(html).not.toContain('<img')
    expect(html).not.toContain('<script')
    expect(html).not.toContain('javascript:')
    expect(html).toContain(esc(HOSTILE))
    expect(html).toContain('href="https://github.com/octo-org/octo-repo/pull/1"')
  })

  test('pass rate by control counts waived as pass and leaves not applicable out; weeks start on Monday (UTC)', () => {
    expect(passRateByControl(rows)).toEqual([
      { label: 'change.emergency', pass: 1, total: 1 },
      { label: 'review.approvals', pass: 2, total: 3 }
    ])
    expect(weekOf('2026-07-05T23:59:59Z')).toBe('2026-06-29') // a Sunday belongs to the week before
    expect(weekOf('2026-07-06T00:00:00Z')).toBe('2026-07-06')
    expect(byWeek(rows).map(w => [w.week, w.pr, w.direct, w.sampled, w.clean])).toEqual([
      ['2026-06-29', 1, 0, 1, 1],
      ['2026-07-06', 2, 1, 2, 1]
    ])
  })

  test('shows the emergency change with its retrospective approval', () => {
    expect(html).toMatch(/pr#3<\/a><\/td><td>2026-07-09T10:00:00Z<\/td>.*sam-senior at 2026-07-09T15:00:00Z/s)
  })

  test('CSV cells that a spreadsheet would run as a formula are neutralised', () => {
    const csv = populationCsv([row({ title: '=HYPERLINK("http://evil.example","x")', author: '@sum(1)' })])
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`)
    expect(csv).toContain(`'@sum(1)`)
  })

  const chromium = spawnSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], { encoding: 'utf8' }).stdout.trim()
  if (!chromium) {
    console.warn('\n\n!!! SKIPPED: report.html was NOT rendered in a browser: no `chromium` on PATH (apt-get install chromium; .ci/run installs it).\n')
  }
  ;(chromium ? test : test.skip)('renders in headless Chromium with no console message and the charts drawn', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cg-report-'))
    const file = join(dir, 'report.html')
    writeFileSync(file, html)
    const result = spawnSync(
      chromium,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        `--user-data-dir=${join(dir, 'profile')}`,
        '--enable-logging=stderr',
        '--v=0',
        '--dump-dom',
        `file://${file}`
      ],
      { encoding: 'utf8', timeout: 90_000, maxBuffer: 32 * 1024 * 1024 }
    )
    expect(result.status).toBe(0)
    const consoleLines = result.stderr.split('\n').filter(l => /:CONSOLE|Uncaught|Refused to/.test(l))
    expect(consoleLines).toEqual([])
    const dom = result.stdout
    expect((dom.match(/<svg /g) ?? []).length).toBe(2)
    expect((dom.match(/<rect /g) ?? []).length).toBeGreaterThan(4)
    expect(dom).toContain('<h2>Completeness evidence</h2>')
    expect(dom).not.toMatch(/<img|<script/)
  })
})
