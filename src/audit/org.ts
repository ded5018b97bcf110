/**
 * An organisation: list its repositories for a GitHub Actions matrix, and merge the per-repository audit
 * folders into one population, sample and report. The merged sample is stratified by repository: it is the
 * union of each repository's own sample (each drawn with its own seed and re-performed in its own job), so
 * every sampled change has its bundle; the merged population.json gets its own SHA-256.
 */
import { readFile, writeFile, mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { GitHubApi } from '../collect/github/api.js'
import { describeFailure } from '../collect/github/api.js'
import { TOOL_NAME, TOOL_VERSION } from '../version.js'
import type { PopulationRow } from './outputs.js'
import { populationCsv, sampleCsv, stableStringify } from './outputs.js'
import type { Reperformed } from './reperform.js'
import { renderReport } from './report.js'
import type { PopulationMeta } from './meta.js'
import { sha256Hex, type Drawn } from './sample.js'

export interface OrgRepository {
  repository: string
  default_branch: string
  archived: boolean
  private: boolean
}

export async function listOrgRepositories(api: GitHubApi, org: string, includeArchived = false): Promise<OrgRepository[]> {
  const answer = await api.paginate<Record<string, any>>('GET /orgs/{org}/repos', { org, type: 'all', sort: 'full_name' })
  if (!answer.ok) throw new Error(describeFailure(answer, `Listing the repositories of ${org}`).reason)
  return answer.data
    .map(r => ({
      repository: String(r.full_name),
      default_branch: String(r.default_branch ?? 'main'),
      archived: Boolean(r.archived),
      private: Boolean(r.private)
    }))
    .filter(r => includeArchived || !r.archived)
    .sort((a, b) => a.repository.localeCompare(b.repository))
}

interface AuditFolder {
  dir: string
  meta: PopulationMeta
  population: { repository: string; branch: string; window: { from: string; to: string }; changes: PopulationRow[] }
  reperformed: Reperformed[]
  populationText: string
}

async function readFolder(dir: string): Promise<AuditFolder> {
  const populationText = await readFile(join(dir, 'population.json'), 'utf8')
  const meta = JSON.parse(await readFile(join(dir, 'population.meta.json'), 'utf8')) as PopulationMeta
  if (sha256Hex(populationText) !== meta.population_sha256) {
    throw new Error(`${dir}: population.json does not match the SHA-256 in population.meta.json (the file was changed).`)
  }
  const reperformed = JSON.parse(await readFile(join(dir, 'reperformance.json'), 'utf8')) as Reperformed[]
  return { dir, meta, population: JSON.parse(populationText) as AuditFolder['population'], reperformed, populationText }
}

export async function mergeAudits(
  dirs: string[],
  outDir: string,
  now: () => Date = () => new Date()
): Promise<{ rows: PopulationRow[]; meta: PopulationMeta; exceptions: number }> {
  if (dirs.length === 0) throw new Error('audit merge needs at least one audit folder.')
  const folders = await Promise.all(dirs.map(readFolder))
  const windows = new Set(folders.map(f => `${f.meta.window.from}..${f.meta.window.to}`))
  if (windows.size > 1) throw new Error(`The folders cover different windows (${[...windows].join(', ')}); merge audits of one period only.`)
  const rows: PopulationRow[] = []
  const sample: Drawn[] = []
  const reperformed: Reperformed[] = []
  for (const f of folders) {
    const prefix = `${f.meta.repository}:`
    for (const r of f.population.changes) rows.push({ ...r, id: prefix + r.id })
    for (const r of f.reperformed) reperformed.push({ ...r, id: prefix + r.id })
    for (const r of f.population.changes.filter(c => c.sampled).sort((a, b) => String(a.sample_rank).localeCompare(String(b.sample_rank)))) {
      sample.push({ id: prefix + r.id, rank: r.sample_rank ?? '', position: sample.length + 1 })
    }
  }
  rows.sort((a, b) => (a.merged_at === b.merged_at ? a.id.localeCompare(b.id) : a.merged_at.localeCompare(b.merged_at)))
  const first = folders[0].meta
  const populationJson = stableStringify({
    schema: 'https://compliance-gate.dev/schemas/audit-population/v1.json',
    repository: folders.map(f => f.meta.repository).join(','),
    branch: [...new Set(folders.map(f => f.meta.branch))].join(','),
    window: { from: first.window.from, to: first.window.to },
    sources: folders.map(f => ({
      repository: f.meta.repository,
      branch: f.meta.branch,
      population_sha256: f.meta.population_sha256,
      changes: f.population.changes.length
    })),
    changes: rows
  })
  const sum = (pick: (m: PopulationMeta) => number) => folders.reduce((n, f) => n + pick(f.meta), 0)
  const counter = (key: 'population' | 'reperformance') => ({
    network: sum(m => m.api[key].network),
    notModified: sum(m => m.api[key].notModified),
    cacheHits: sum(m => m.api[key].cacheHits)
  })
  const byKind: Record<string, number> = {}
  for (const r of rows) byKind[r.kind] = (byKind[r.kind] ?? 0) + 1
  const policies = new Set(folders.map(f => JSON.stringify(f.meta.policy ?? null)))
  const meta: PopulationMeta = {
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    ...(policies.size === 1 && first.policy ? { policy: first.policy } : {}),
    repository: `${folders.length} repositories`,
    branch: [...new Set(folders.map(f => f.meta.branch))].join(', '),
    window: first.window,
    queries: folders.flatMap(f => f.meta.queries),
    counts: { total: rows.length, by_kind: byKind },
    listed_commits: sum(m => m.listed_commits),
    scanned_pull_requests: sum(m => m.scanned_pull_requests),
    association_lookups: sum(m => m.association_lookups),
    commits_of_prs_merged_outside_window: folders.flatMap(f => f.meta.commits_of_prs_merged_outside_window),
    commits_of_prs_merged_into_other_branches: folders.flatMap(f => f.meta.commits_of_prs_merged_into_other_branches),
    api: {
      population: counter('population'),
      reperformance: counter('reperformance'),
      population_calls_per_change: rows.length ? Number((sum(m => m.api.population.network) / rows.length).toFixed(3)) : 0,
      budget_left: null
    },
    sample: {
      spec: 'stratified by repository',
      size: sample.length,
      seed: folders.map(f => `${f.meta.repository}=${f.meta.sample.seed}`).join(' '),
      seed_source: 'given',
      algorithm: `Union of each repository's sample (each: ${first.sample.algorithm})`
    },
    hashed_file: 'population.json',
    population_sha256: sha256Hex(populationJson),
    cache: { dir: null, resumed: false },
    generated_at: now().toISOString()
  }
  await mkdir(outDir, { recursive: true })
  await writeFile(join(outDir, 'population.json'), populationJson)
  await writeFile(join(outDir, 'population.csv'), populationCsv(rows))
  await writeFile(join(outDir, 'population.meta.json'), JSON.stringify(meta, null, 2) + '\n')
  await writeFile(join(outDir, 'sample.csv'), sampleCsv(sample, rows))
  await writeFile(join(outDir, 'reperformance.json'), JSON.stringify(reperformed, null, 2) + '\n')
  await writeFile(join(outDir, 'report.html'), renderReport({ meta, rows, sample, reperformed }))
  return { rows, meta, exceptions: reperformed.filter(r => r.exceptions.length > 0).length }
}
