/** What population.meta.json says about an audit run: its own module, so the report and the run share it without a cycle. */
import type { PhaseCounters } from './api.js'
import type { PopulationResult } from './population.js'

export interface PopulationMeta {
  tool: { name: string; version: string }
  repository: string
  branch: string
  window: { from: string; to: string; start: string; end: string; timezone: 'UTC'; inclusive: true }
  queries: PopulationResult['queries']
  counts: { total: number; by_kind: Record<string, number> }
  listed_commits: number
  scanned_pull_requests: number
  association_lookups: number
  commits_of_prs_merged_outside_window: PopulationResult['outsideWindow']
  commits_of_prs_merged_into_other_branches: PopulationResult['otherBranch']
  api: { population: PhaseCounters; reperformance: PhaseCounters; population_calls_per_change: number; budget_left: number | null }
  sample: { spec: string; size: number; seed: string; seed_source: 'given' | 'population ids'; algorithm: string }
  /**
   * The policy the sample was judged by: the auditor's file (with its digest), or each change's own at its base commit.
   * Absent in a merge of audits judged by different policies (each folder's meta says), and in metas before it was kept.
   */
  policy?: { file: string | null; sha256: string | null; judged_by: 'file' | 'each change base commit policy' }
  hashed_file: 'population.json'
  population_sha256: string
  cache: { dir: string | null; resumed: boolean }
  generated_at: string
}
