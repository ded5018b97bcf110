/**
 * population.json / population.csv / sample.csv: one row per change. Columns of facts from the population
 * lists for every change; approvers, merger and verdicts for the re-performed (sampled) changes, empty with
 * `sampled = no` otherwise. CSV follows RFC 4180 (quoted when needed, CRLF), and cells that a spreadsheet
 * would run as a formula (=, +, -, @, tab, CR first) get a leading apostrophe.
 */
import type { ChangeFacts } from './population.js'
import type { Reperformed } from './reperform.js'
import type { Drawn } from './sample.js'

export interface PopulationRow {
  id: string
  kind: 'pr' | 'direct-push'
  number: number | null
  title: string
  url: string
  merged_at: string
  author: string | null
  approvers: string[] | null
  merger: string | null
  head_sha: string | null
  merge_sha: string | null
  emergency: boolean
  sampled: boolean
  sample_rank: string | null
  result: string | null
  verdicts: Record<string, string> | null
  exceptions: string[]
  bundle_manifest_sha256: string | null
  /** The gate's original bundle from its workflow artifact: found (verified / not), absent, expired, error. */
  original_bundle: string | null
  commits: string[]
}

export function populationRows(changes: ChangeFacts[], sample: Drawn[], reperformed: Reperformed[], emergencyLabel: string): PopulationRow[] {
  const drawn = new Map(sample.map(d => [d.id, d]))
  const judged = new Map(reperformed.map(r => [r.id, r]))
  const label = emergencyLabel.toLowerCase()
  return changes.map(c => {
    const r = judged.get(c.id)
    return {
      id: c.id,
      kind: c.kind,
      number: c.number,
      title: c.title,
      url: c.url,
      merged_at: c.merged_at,
      author: c.author,
      approvers: r ? r.approvers : null,
      merger: r ? r.merger : c.kind === 'direct-push' ? c.committer : null,
      head_sha: c.head_sha,
      merge_sha: c.merge_sha,
      emergency: r ? r.emergency : c.labels.some(l => l.toLowerCase() === label),
      sampled: drawn.has(c.id),
      sample_rank: drawn.get(c.id)?.rank ?? null,
      result: r?.result ?? null,
      verdicts: r ? Object.fromEntries(r.verdicts.map(v => [v.control, v.waived ? `${v.status} (waived)` : v.status])) : null,
      exceptions: r ? r.exceptions.map(e => `${e.control}: ${e.status}`) : [],
      bundle_manifest_sha256: r?.bundle.manifest_sha256 ?? null,
      original_bundle: r ? (r.original.state === 'found' ? (r.original.verified ? 'found, verified' : 'found, does not verify') : r.original.state) : null,
      commits: c.commits
    }
  })
}

/** JSON with sorted object keys and a final newline: equal content, equal bytes, equal SHA-256. */
export function stableStringify(value: unknown): string {
  const sort = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(sort)
      : v && typeof v === 'object'
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map(k => [k, sort((v as Record<string, unknown>)[k])])
          )
        : v
  return JSON.stringify(sort(value), null, 2) + '\n'
}

export function csvCell(value: unknown): string {
  let s = value === null || value === undefined ? '' : Array.isArray(value) ? value.join(' ') : String(value)
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

function csv(header: string[], lines: unknown[][]): string {
  return [header, ...lines].map(l => l.map(csvCell).join(',')).join('\r\n') + '\r\n'
}

export function controlColumns(rows: PopulationRow[]): string[] {
  const set = new Set<string>()
  for (const r of rows) for (const k of Object.keys(r.verdicts ?? {})) set.add(k)
  return [...set].sort()
}

export function populationCsv(rows: PopulationRow[]): string {
  const controls = controlColumns(rows)
  const header = [
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
    'result',
    ...controls,
    'exceptions',
    'title',
    'url'
  ]
  return csv(
    header,
    rows.map(r => [
      r.id,
      r.kind,
      r.merged_at,
      r.author,
      r.approvers === null ? '' : r.approvers,
      r.merger,
      r.head_sha,
      r.merge_sha,
      r.emergency ? 'yes' : 'no',
      r.sampled ? 'yes' : 'no',
      r.result ?? '',
      ...controls.map(c => r.verdicts?.[c] ?? ''),
      r.exceptions.join('; '),
      r.title,
      r.url
    ])
  )
}

export function sampleCsv(sample: Drawn[], rows: PopulationRow[]): string {
  const byId = new Map(rows.map(r => [r.id, r]))
  return csv(
    [
      'position',
      'id',
      'rank_sha256',
      'kind',
      'merged_at',
      'author',
      'approvers',
      'merger',
      'emergency',
      'result',
      'exceptions',
      'bundle_manifest_sha256',
      'original_bundle',
      'url'
    ],
    sample.map(d => {
      const r = byId.get(d.id)
      return [
        d.position,
        d.id,
        d.rank,
        r?.kind,
        r?.merged_at,
        r?.author,
        r?.approvers ?? '',
        r?.merger,
        r?.emergency ? 'yes' : 'no',
        r?.result ?? '',
        r?.exceptions.join('; '),
        r?.bundle_manifest_sha256 ?? '',
        r?.original_bundle ?? '',
        r?.url
      ]
    })
  )
}
