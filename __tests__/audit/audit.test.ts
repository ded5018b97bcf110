/**
 * `compliance-gate audit`, in-process against the fake GitHub API serving a generated 600-change quarter
 * (./helpers/audit-quarter.ts): the population is exact, the sample reproducible, the re-performed bundles
 * verify, an interrupted run resumes with no repeated call, a finished run revalidates with ETags.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createHash } from 'node:crypto'
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js'
import { generateQuarter, serveQuarter, QUARTER_POLICY, type Quarter } from '../helpers/audit-quarter.js'
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
    const direct = outcome.population.filter(c => c.kind === 'direct-push').map(c => c.id).sort()
    expect(direct).toEqual(quarter.changes.filter(c => c.inWindow && c.kind === 'direct').map(c => c.headSha).sort())
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
    expect(commits.query).toBe(`GET /repos/${quarter.owner}/${quarter.repo}/commits?sha=main&since=${quarter.from}T00%3A00%3A00Z&until=${quarter.to}T23%3A59%3A59Z&per_page=100`)
    expect(commits.pages).toBe(paths(/\/commits$/))
    expect(lookups.pages).toBe(paths(/\/commits\/[0-9a-f]{40}\/pulls$/))
    console.log(JSON.stringify(meta.queries), meta.api)
    expect(meta.counts).toEqual({ total: 600, by_kind: { pr: 600 - meta.counts.by_kind['direct-push'], 'direct-push': meta.counts.by_kind['direct-push'] } })
    expect(meta.hashed_file).toBe('population.json')
    expect(meta.population_sha256).toBe(sha256(readFileSync(join(outcome.outDir, 'population.json'), 'utf8')))
  })

  test('population.csv has one row per change with the documented columns', () => {
    const lines = readFileSync(join(outcome.outDir, 'population.csv'), 'utf8').trimEnd().split('\r\n')
    expect(lines).toHaveLength(601)
    expect(lines[0].split(',').slice(0, 11)).toEqual(['id', 'kind', 'merged_at', 'author', 'approvers', 'merger', 'head_sha', 'merge_sha', 'emergency', 'sampled', 'result'])
    const emergency = quarter.changes.filter(c => c.inWindow && c.emergency).map(c => `pr#${c.number}`)
    expect(emergency.length).toBeGreaterThan(3)
    for (const id of emergency) expect(lines.find(l => l.startsWith(`${id},`))).toMatch(/,yes,no,/)
  })
})
