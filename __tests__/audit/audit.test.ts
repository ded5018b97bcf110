/**
 * `compliance-gate audit`, in-process against the fake GitHub API serving a generated 600-change quarter
 * (./helpers/audit-quarter.ts): the population is exact, the sample reproducible, the re-performed bundles
 * verify, an interrupted run resumes with no repeated call, a finished run revalidates with ETags.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { createHash } from 'node:crypto'
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js'
import { generateQuarter, serveQuarter, zipFiles, QUARTER_POLICY, type Quarter } from '../helpers/audit-quarter.js'
import { runAudit, type AuditOptions, type AuditOutcome } from '../../src/audit/run.js'
import { verifyBundle } from '../../src/verify.js'

let fake: FakeGitHub
let quarter: Quarter
let policyPath: string

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')
const tmp = (name: string) => mkdtempSync(join(tmpdir(), `cg-audit-${name}-`))

function options(over: Partial<AuditOptions> = {}): AuditOptions {
  return {
    owner: quarter.owner,
    repo: quarter.repo,
    branch: 'main',
    window: { from: quarter.from, to: quarter.to },
    policyPath,
    workspace: tmp('ws'),
    sample: { kind: 'count', n: 0 },
    seed: null,
    cacheDir: null,
    outDir: tmp('out'),
    token: 'ghs_test_token_for_the_fake',
    apiUrl: fake.url,
    httpTimeoutMs: 10_000,
    ...over
  }
}

beforeAll(async () => {
  fake = await startFakeGitHub()
  quarter = generateQuarter({ changes: 600 })
  serveQuarter(fake, quarter)
  policyPath = join(tmp('policy'), 'policy.yml')
  writeFileSync(policyPath, QUARTER_POLICY)
})
afterAll(async () => {
  await fake.close()
})
afterEach(() => fake.assertNoSchemaViolations())

describe('population of a 600-change quarter', () => {
  let outcome: AuditOutcome
  beforeAll(async () => {
    fake.resetLog()
    outcome = await runAudit(options())
  })

  test('is exactly the PRs merged into main in the window and the direct pushes, edges included', () => {
    expect(outcome.error).toBeNull()
    const ids = outcome.population.map(c => c.id).sort()
    expect(ids).toHaveLength(600)
    expect(ids).toEqual(quarter.expected)
    const kinds = new Set(quarter.changes.filter(c => c.inWindow && c.base === 'main').map(c => c.kind))
    expect([...kinds].sort()).toEqual(['direct', 'merge', 'rebase', 'squash'])
    // the window's edges: 00:00:00Z on the first day and 23:59:59Z on the last day are in, a second outside is not
    const times = outcome.population.map(c => c.merged_at)
    expect(times).toContain(`${quarter.from}T00:00:00Z`)
    expect(times).toContain(`${quarter.to}T23:59:59Z`)
    expect(times.every(t => t >= `${quarter.from}T00:00:00Z` && t <= `${quarter.to}T23:59:59Z`)).toBe(true)
    // merges into `release` are not changes on main
    const release = quarter.changes.filter(c => c.base === 'release').map(c => `pr#${c.number}`)
    expect(release.length).toBeGreaterThan(0)
    for (const id of release) expect(ids).not.toContain(id)
  })

  test('every commit of a rebase or merge-commit PR belongs to its PR, not to a direct push', () => {
    const byId = new Map(outcome.population.map(c => [c.id, c]))
    for (const c of quarter.changes.filter(c => c.inWindow && c.base === 'main' && c.kind === 'rebase')) {
      expect(byId.get(`pr#${c.number}`)?.commits.sort()).toEqual([...c.mainCommits].sort())
    }
    const direct = outcome.population
      .filter(c => c.kind === 'direct-push')
      .map(c => c.id)
      .sort()
    expect(direct).toEqual(
      quarter.changes
        .filter(c => c.inWindow && c.kind === 'direct')
        .map(c => c.headSha)
        .sort()
    )
  })

  test('the commit of a PR merged after the window and the release commit pushed to main are explained in the meta', () => {
    const meta = outcome.meta!
    const late = quarter.changes.find(c => c.kind === 'merge' && !c.inWindow && Date.parse(c.at) > Date.parse(`${quarter.to}T23:59:59Z`))!
    expect(meta.commits_of_prs_merged_outside_window.map(x => x.pr)).toContain(late.number)
    expect(meta.commits_of_prs_merged_into_other_branches.map(x => x.base)).toEqual(['release'])
  })

  test('costs at most 0.5 API calls per change, and the meta records the exact queries and page counts', () => {
    const meta = outcome.meta!
    expect(meta.api.population.network).toBe(fake.requests.length)
    expect(meta.api.population_calls_per_change).toBeLessThanOrEqual(0.5)
    const [pulls, commits, lookups] = meta.queries
    expect(pulls.query).toBe(`GET /repos/${quarter.owner}/${quarter.repo}/pulls?state=closed&base=main&sort=updated&direction=desc&per_page=100`)
    const paths = (suffix: RegExp) => fake.requests.filter(r => suffix.test(r.path)).length
    expect(pulls.pages).toBe(paths(/\/pulls$/) - paths(/\/commits\/[0-9a-f]{40}\/pulls$/))
    expect(commits.query).toBe(
      `GET /repos/${quarter.owner}/${quarter.repo}/commits?sha=main&since=${quarter.from}T00%3A00%3A00Z&until=${quarter.to}T23%3A59%3A59Z&per_page=100`
    )
    expect(commits.pages).toBe(paths(/\/commits$/))
    expect(lookups.pages).toBe(paths(/\/commits\/[0-9a-f]{40}\/pulls$/))
    expect(meta.counts).toEqual({ total: 600, by_kind: { pr: 600 - meta.counts.by_kind['direct-push'], 'direct-push': meta.counts.by_kind['direct-push'] } })
    expect(meta.hashed_file).toBe('population.json')
    expect(meta.population_sha256).toBe(sha256(readFileSync(join(outcome.outDir, 'population.json'), 'utf8')))
  })

  test('population.csv has one row per change with the documented columns', () => {
    const lines = readFileSync(join(outcome.outDir, 'population.csv'), 'utf8').trimEnd().split('\r\n')
    expect(lines).toHaveLength(601)
    expect(lines[0].split(',').slice(0, 11)).toEqual([
      'id',
      'kind',
      'merged_at',
      'author',
      'approvers',
      'merger',
      'head_sha',
      'merge_sha',
      'emergency',
      'sampled',
      'result'
    ])
    const emergency = quarter.changes.filter(c => c.inWindow && c.emergency).map(c => `pr#${c.number}`)
    expect(emergency.length).toBeGreaterThan(3)
    for (const id of emergency) expect(lines.find(l => l.startsWith(`${id},`))).toMatch(/,yes,no,/)
  })
})

describe('sample and re-performance', () => {
  let outcome: AuditOutcome
  beforeAll(async () => {
    fake.resetLog()
    outcome = await runAudit(options({ sample: { kind: 'auto' } }))
  })

  test('--sample auto draws 25 of 600, with the seed derived from the population ids', () => {
    expect(outcome.error).toBeNull()
    expect(outcome.sample).toHaveLength(25)
    const ids = [...quarter.expected].sort()
    expect(outcome.meta!.sample.seed).toBe(sha256(ids.join('\n')).slice(0, 16))
    // rank = SHA-256("SEED:ID"); the sample is the 25 lowest ranks (an auditor's spreadsheet does the same)
    const ranks = ids.map(id => ({ id, rank: sha256(`${outcome.meta!.sample.seed}:${id}`) })).sort((a, b) => (a.rank < b.rank ? -1 : 1))
    expect(outcome.sample.map(d => d.id)).toEqual(ranks.slice(0, 25).map(r => r.id))
    const sampleLines = readFileSync(join(outcome.outDir, 'sample.csv'), 'utf8').trimEnd().split('\r\n')
    expect(sampleLines).toHaveLength(26)
  })

  test('every sampled change has a re-collected bundle that passes verify', async () => {
    const bundles = readdirSync(join(outcome.outDir, 'bundles')).filter(d => !d.startsWith('.'))
    expect(bundles).toHaveLength(25)
    for (const b of bundles) expect((await verifyBundle(join(outcome.outDir, 'bundles', b))).problems).toEqual([])
    expect(outcome.reperformed.every(r => r.bundle.verified)).toBe(true)
  })

  test("verdicts are the model's: approved PRs pass, direct pushes and unapproved PRs are exceptions (exit 1)", () => {
    const model = new Map(quarter.changes.map(c => [c.kind === 'direct' ? c.headSha : `pr#${c.number}`, c]))
    for (const r of outcome.reperformed) {
      const c = model.get(r.id)!
      const failing = r.exceptions.map(e => e.control)
      if (c.kind === 'direct') expect(failing).toContain('change.unreviewed-push')
      else if (c.emergency) expect(failing.includes('change.emergency')).toBe(c.retroHours === null)
      else if (!c.approved) expect(failing).toContain('review.approvals')
      else expect(r.exceptions).toEqual([])
      if (c.kind !== 'direct') {
        expect(r.merger).toBe(c.merger)
        expect(r.approvers).toEqual(c.approved ? [['rita-reviewer', 'sam-senior'][(c.number as number) % 2]] : c.retroHours !== null ? ['sam-senior'] : [])
      }
    }
    expect(outcome.exitCode).toBe(outcome.reperformed.some(r => r.exceptions.length > 0) ? 1 : 0)
    expect(outcome.reperformed.some(r => r.exceptions.length > 0)).toBe(true)
  })

  test("a direct push is judged against what it built on: its first parent is the push event's before (cold audit review, session 40)", async () => {
    const { settingsFor } = await import('../../src/audit/reperform.js')
    const pushes = outcome.population.filter(c => c.kind === 'direct-push')
    expect(pushes.length).toBeGreaterThan(0)
    for (const c of pushes) expect(c.parent_sha).toMatch(/^[0-9a-f]{40}$/)
    const settings = settingsFor(pushes[0], {
      owner: quarter.owner,
      repo: quarter.repo,
      branch: 'main',
      policyPath: null,
      workspace: tmp('ws-push'),
      evidenceDir: tmp('ev-push'),
      originalsDir: tmp('orig-push'),
      apiUrl: fake.url,
      httpTimeoutMs: 10_000,
      emergencyLabel: 'emergency'
    })
    expect(settings.eventPayload).toMatchObject({ before: pushes[0].parent_sha, after: pushes[0].head_sha })
    // and the re-performed push is judged (no gate error), not stopped for want of a base
    const judged = outcome.reperformed.filter(r => pushes.some(p => p.id === r.id))
    for (const r of judged) expect(r.errors).toEqual([])
  })

  test('the same seed gives the same sample, another seed a different one', async () => {
    const { drawSample } = await import('../../src/audit/sample.js')
    const again = await runAudit(options({ sample: { kind: 'count', n: 0 }, seed: 'auditor-2026-q3' }))
    expect(again.meta!.sample.seed).toBe('auditor-2026-q3')
    expect(again.meta!.sample.seed_source).toBe('given')
    const ids = outcome.population.map(x => x.id)
    expect(again.population.map(x => x.id)).toEqual(ids)
    const one = drawSample(ids, 25, 'auditor-2026-q3').map(d => d.id)
    expect(drawSample([...ids].reverse(), 25, 'auditor-2026-q3').map(d => d.id)).toEqual(one)
    expect(drawSample(ids, 25, 'another-seed').map(d => d.id)).not.toEqual(one)
    // with the default seed, a second run over the same population draws the same sample
    expect(drawSample(ids, 25, outcome.meta!.sample.seed).map(d => d.id)).toEqual(outcome.sample.map(d => d.id))
  })

  test("the gate's original bundle comes from its workflow artifact when it still exists, and is verified", async () => {
    const firstThree = outcome.sample.slice(0, 3).map(d => outcome.reperformed.find(r => r.id === d.id)!)
    expect(firstThree.every(r => r.original.state === 'absent')).toBe(true)
    const filesOf = (dir: string) => Object.fromEntries(readdirSync(dir).map(f => [f, readFileSync(join(dir, f))]))
    const [intact, tampered, expired] = firstThree.map(r => basename(r.bundle.dir))
    const tamperedFiles = filesOf(firstThree[1].bundle.dir)
    tamperedFiles['results.json'] = Buffer.from(tamperedFiles['results.json'].toString('utf8').replace(/"result": "(pass|fail)"/, '"result": "error"'))
    quarter.artifacts.set(`compliance-evidence-${intact}`, [
      { id: 901, expired: false, created_at: '2026-09-01T10:00:00Z', zip: zipFiles(filesOf(firstThree[0].bundle.dir)) }
    ])
    quarter.artifacts.set(`compliance-evidence-${tampered}`, [{ id: 902, expired: false, created_at: '2026-09-01T10:00:00Z', zip: zipFiles(tamperedFiles) }])
    quarter.artifacts.set(`compliance-evidence-${expired}`, [
      { id: 903, expired: true, created_at: '2026-01-01T10:00:00Z', zip: zipFiles(filesOf(firstThree[2].bundle.dir)) }
    ])
    try {
      const again = await runAudit(options({ sample: { kind: 'count', n: 3 }, seed: outcome.meta!.sample.seed }))
      expect(again.sample.map(d => d.id)).toEqual(firstThree.map(r => r.id))
      const [a, b, c] = again.sample.map(d => again.reperformed.find(r => r.id === d.id)!)
      expect(a.original).toMatchObject({ state: 'found', artifact_id: 901, verified: true, problems: [] })
      expect(await verifyBundle(a.original.dir!)).toMatchObject({ ok: true })
      expect(b.original).toMatchObject({ state: 'found', artifact_id: 902, verified: false })
      expect(b.exceptions.map(e => e.control)).toContain('(original bundle)')
      expect(c.original).toMatchObject({ state: 'expired' })
      expect(readFileSync(join(again.outDir, 'sample.csv'), 'utf8')).toContain('found, verified')
      // Another change's bundle uploaded under this change's artifact name verifies on its own, yet is no original of
      // this change (cold audit review, session 40): an exception naming the change it judges.
      quarter.artifacts.set(`compliance-evidence-${intact}`, [
        { id: 904, expired: false, created_at: '2026-09-02T10:00:00Z', zip: zipFiles(filesOf(firstThree[2].bundle.dir)) }
      ])
      const swapped = await runAudit(options({ sample: { kind: 'count', n: 1 }, seed: outcome.meta!.sample.seed }))
      const s = swapped.reperformed.find(r => r.id === firstThree[0].id)!
      expect(s.original).toMatchObject({ state: 'found', artifact_id: 904, verified: false })
      expect(s.original.problems?.join(' ')).toMatch(/it judges another change \(.*head [0-9a-f]{40}\)/)
      expect(s.exceptions.map(e => e.control)).toContain('(original bundle)')
    } finally {
      quarter.artifacts.clear()
    }
  })

  test('report.html holds the charts, the exceptions, the emergency changes and the completeness evidence, with no external resource', () => {
    const html = readFileSync(join(outcome.outDir, 'report.html'), 'utf8')
    expect(html).toContain('<svg role="img" aria-label="Pass rate by control"')
    expect(html).toContain('aria-label="Changes and sampled pass rate by week"')
    for (const h of ['Exceptions', 'Emergency changes', 'Direct pushes', 'Sample', 'Completeness evidence', 'Population']) expect(html).toContain(`<h2>${h}`)
    expect(html).toContain(outcome.meta!.population_sha256)
    expect(html).not.toMatch(/<script|<link|src=|url\(/i)
  })
})

describe('an interrupted run resumes from --cache', () => {
  test('the rate-limited run stops with exit 2; the resumed run asks nothing twice; a finished run revalidates with ETags', async () => {
    const cacheDir = tmp('cache')
    const outDir = tmp('resume')
    fake.resetLog()
    fake.fault('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', { type: 'primary-rate-limit', resetInSeconds: 3600 })
    const first = await runAudit(options({ sample: { kind: 'count', n: 8 }, cacheDir, outDir }))
    fake.clearFaults()
    expect(first.exitCode).toBe(2)
    expect(first.error).toMatch(/rate limit/i)
    const answered = new Set(fake.requests.filter(r => r.status === 200).map(r => `${r.path}?${new URLSearchParams(r.query).toString()}`))
    expect(answered.size).toBeGreaterThan(100)

    fake.resetLog()
    const second = await runAudit(options({ sample: { kind: 'count', n: 8 }, cacheDir, outDir }))
    expect(second.error).toBeNull()
    expect(second.meta!.cache.resumed).toBe(true)
    const asked = fake.requests.map(r => `${r.path}?${new URLSearchParams(r.query).toString()}`)
    expect(asked.filter(k => answered.has(k))).toEqual([])
    expect(second.meta!.api.population.network).toBe(0)
    expect(second.meta!.api.population.cacheHits).toBeGreaterThan(100)

    // a new session (the previous one finished) asks again, conditionally: unchanged answers are 304
    fake.resetLog()
    const third = await runAudit(options({ sample: { kind: 'count', n: 8 }, cacheDir, outDir }))
    expect(third.meta!.cache.resumed).toBe(false)
    expect(third.meta!.api.population.notModified).toBe(third.meta!.api.population.network)
    // only answers never stored (404s: the policy file the engine looks for) are asked unconditionally
    expect(fake.requests.filter(r => !r.headers['if-none-match']).every(r => r.status === 404)).toBe(true)
    expect(fake.requests.filter(r => r.headers['if-none-match']).every(r => r.status === 304)).toBe(true)
    expect(third.meta!.api.population.network).toBeGreaterThan(100)
    expect(third.population.map(c => c.id)).toEqual(second.population.map(c => c.id))
  })
})
