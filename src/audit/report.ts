/**
 * report.html: one self-contained page for compliance leads. No script, no external resource (a Content
 * Security Policy forbids any fetch at view time); charts are inline SVG. Every text that came from GitHub
 * (titles, logins, reasons) is HTML-escaped, and only http(s) URLs become links.
 */
import type { PopulationMeta } from './meta.js'
import type { PopulationRow } from './outputs.js'
import { controlColumns } from './outputs.js'
import type { Reperformed } from './reperform.js'
import type { Drawn } from './sample.js'

export function esc(value: unknown): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

function link(url: string | null | undefined, text: string): string {
  if (url && /^https?:\/\/[^\s"'<>]+$/.test(url)) return `<a href="${esc(url)}" rel="noreferrer">${esc(text)}</a>`
  return esc(text)
}

/** Monday (UTC) of the ISO week of a timestamp, as YYYY-MM-DD. */
export function weekOf(iso: string): string {
  const d = new Date(iso)
  const day = (d.getUTCDay() + 6) % 7
  const monday = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - day))
  return monday.toISOString().slice(0, 10)
}

export interface RateBar {
  label: string
  pass: number
  total: number
}

/** Pass rate by control over the re-performed changes: pass / (pass + fail + not verified); waived counts as pass. */
export function passRateByControl(rows: PopulationRow[]): RateBar[] {
  return controlColumns(rows).map(control => {
    let pass = 0
    let total = 0
    for (const r of rows) {
      const s = r.verdicts?.[control]
      if (!s || s.startsWith('not_applicable')) continue
      total++
      if (s.startsWith('pass')) pass++
    }
    return { label: control, pass, total }
  })
}

/** By week of merge: changes in the population (by kind), and re-performed changes without exception. */
export function byWeek(rows: PopulationRow[]): { week: string; pr: number; direct: number; sampled: number; clean: number }[] {
  const weeks = new Map<string, { week: string; pr: number; direct: number; sampled: number; clean: number }>()
  for (const r of rows) {
    if (!r.merged_at) continue
    const w = weekOf(r.merged_at)
    const e = weeks.get(w) ?? { week: w, pr: 0, direct: 0, sampled: 0, clean: 0 }
    if (r.kind === 'pr') e.pr++
    else e.direct++
    if (r.result !== null) {
      e.sampled++
      if (r.exceptions.length === 0) e.clean++
    }
    weeks.set(w, e)
  }
  return [...weeks.values()].sort((a, b) => a.week.localeCompare(b.week))
}

function rateChart(bars: RateBar[]): string {
  if (bars.length === 0) return '<p>No re-performed verdicts.</p>'
  const rowH = 22
  const labelW = 230
  const barW = 360
  const h = bars.length * rowH + 10
  const items = bars
    .map((b, i) => {
      const y = i * rowH + 5
      const rate = b.total ? b.pass / b.total : 0
      const text = b.total ? `${Math.round(rate * 100)} % (${b.pass}/${b.total})` : 'n/a'
      return (
        `<text x="${labelW - 6}" y="${y + 14}" text-anchor="end">${esc(b.label)}</text>` +
        `<rect x="${labelW}" y="${y + 2}" width="${barW}" height="15" fill="#eee"/>` +
        `<rect x="${labelW}" y="${y + 2}" width="${Math.round(barW * rate)}" height="15" fill="${rate === 1 ? '#2e7d32' : rate >= 0.8 ? '#f9a825' : '#c62828'}"><title>${esc(b.label)}: ${esc(text)}</title></rect>` +
        `<text x="${labelW + barW + 6}" y="${y + 14}">${esc(text)}</text>`
      )
    })
    .join('')
  return `<svg role="img" aria-label="Pass rate by control" width="${labelW + barW + 130}" height="${h}" font-size="12" font-family="sans-serif">${items}</svg>`
}

function weekChart(weeks: ReturnType<typeof byWeek>): string {
  if (weeks.length === 0) return '<p>No changes in the window.</p>'
  const colW = 34
  const chartH = 160
  const max = Math.max(1, ...weeks.map(w => w.pr + w.direct))
  const w = weeks.length * colW + 60
  const bars = weeks
    .map((wk, i) => {
      const x = 40 + i * colW
      const hPr = Math.round((wk.pr / max) * chartH)
      const hDirect = Math.round((wk.direct / max) * chartH)
      const rate = wk.sampled ? `${Math.round((wk.clean / wk.sampled) * 100)} %` : '–'
      return (
        `<rect x="${x}" y="${20 + chartH - hPr}" width="${colW - 8}" height="${hPr}" fill="#1565c0"><title>week of ${esc(wk.week)}: ${wk.pr} PRs</title></rect>` +
        `<rect x="${x}" y="${20 + chartH - hPr - hDirect}" width="${colW - 8}" height="${hDirect}" fill="#c62828"><title>week of ${esc(wk.week)}: ${wk.direct} direct pushes</title></rect>` +
        `<text x="${x + (colW - 8) / 2}" y="${14 + chartH - hPr - hDirect}" text-anchor="middle" font-size="9">${wk.pr + wk.direct}</text>` +
        `<text x="${x + (colW - 8) / 2}" y="${chartH + 34}" text-anchor="middle" font-size="9">${esc(rate)}</text>` +
        `<text x="${x + (colW - 8) / 2}" y="${chartH + 48}" text-anchor="middle" font-size="8" transform="rotate(45 ${x + (colW - 8) / 2} ${chartH + 48})">${esc(wk.week.slice(5))}</text>`
      )
    })
    .join('')
  return (
    `<svg role="img" aria-label="Changes and sampled pass rate by week" width="${w}" height="${chartH + 90}" font-family="sans-serif" font-size="10">` +
    `<text x="0" y="${chartH + 34}" font-size="9">pass</text>${bars}</svg>` +
    '<p class="note">Bars: changes merged per week (blue: pull requests, red: direct pushes). Below: share of the week\'s sampled changes with no exception.</p>'
  )
}

function table(header: string[], rows: string[][], empty: string): string {
  if (rows.length === 0) return `<p>${esc(empty)}</p>`
  return `<table><thead><tr>${header.map(h => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows.map(r => `<tr>${r.map(c => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table>`
}

function statusCell(s: string | undefined): string {
  if (!s) return ''
  const cls = s.startsWith('pass') ? 'pass' : s.startsWith('fail') ? 'fail' : s.startsWith('not_verified') ? 'nv' : 'na'
  return `<span class="${cls}">${esc(s)}</span>`
}

export interface ReportInput {
  meta: PopulationMeta
  rows: PopulationRow[]
  sample: Drawn[]
  reperformed: Reperformed[]
}

export function renderReport({ meta, rows, sample, reperformed }: ReportInput): string {
  const byId = new Map(rows.map(r => [r.id, r]))
  const judged = reperformed.filter(Boolean)
  const exceptions = judged.flatMap(r => r.exceptions.map(e => ({ change: byId.get(r.id), ...e })))
  const emergencies = rows.filter(r => r.emergency)
  const directs = rows.filter(r => r.kind === 'direct-push')
  const retroOf = new Map(judged.map(r => [r.id, r.retro_approvals]))
  const controls = controlColumns(rows)
  const changeLink = (r: PopulationRow | undefined) => (r ? link(r.url, r.kind === 'pr' ? r.id : r.id.slice(0, 12)) : '')
  const css = `body{font-family:system-ui,sans-serif;margin:2rem;color:#222}table{border-collapse:collapse;font-size:12px;margin:.5rem 0 1.5rem}
td,th{border:1px solid #ccc;padding:2px 6px;text-align:left;vertical-align:top}th{background:#f4f4f4}.pass{color:#2e7d32}.fail{color:#c62828;font-weight:bold}
.nv{color:#ef6c00}.na{color:#777}.note{color:#555;font-size:12px}code{font-size:12px}h2{margin-top:2rem;border-bottom:1px solid #ddd}`
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>Change audit: ${esc(meta.repository)} ${esc(meta.branch)} ${esc(meta.window.from)} – ${esc(meta.window.to)}</title>
<style>${css}</style></head><body>
<h1>Change audit: ${esc(meta.repository)} <code>${esc(meta.branch)}</code>, ${esc(meta.window.from)} to ${esc(meta.window.to)} (UTC, inclusive)</h1>
<p>${meta.counts.total} changes (${meta.counts.by_kind.pr ?? 0} pull requests, ${meta.counts.by_kind['direct-push'] ?? 0} direct pushes);
sample of ${meta.sample.size} (${esc(meta.sample.spec)}) with seed <code>${esc(meta.sample.seed)}</code>; ${exceptions.length} exception(s) in ${judged.filter(r => r.exceptions.length).length} sampled change(s).
Generated ${esc(meta.generated_at)} by ${esc(meta.tool.name)} ${esc(meta.tool.version)}.</p>

<h2>Pass rate by control (sampled changes, re-performed)</h2>
${rateChart(passRateByControl(rows))}
<p class="note">pass ÷ (pass + fail + not verified); not applicable is left out; a waived control (emergency change) counts as pass and is marked in the tables.</p>

<h2>By week</h2>
${weekChart(byWeek(rows))}

<h2>Exceptions</h2>
${table(
  ['change', 'merged at', 'control', 'status', 'reason'],
  exceptions.map(e => [changeLink(e.change), esc(e.change?.merged_at), esc(e.control), statusCell(e.status), esc(e.reason)]),
  'No exception in the sample.'
)}

<h2>Emergency changes</h2>
${table(
  ['change', 'merged at', 'author', 'merger', 'sampled', 'retrospective approvals', 'change.emergency'],
  emergencies.map(r => [
    changeLink(r),
    esc(r.merged_at),
    esc(r.author),
    esc(r.merger ?? ''),
    r.sampled ? 'yes' : 'no',
    r.sampled ? esc((retroOf.get(r.id) ?? []).map(a => `${a.login}${a.at ? ` at ${a.at}` : ''}`).join(', ') || 'none') : 'not re-performed',
    statusCell(r.verdicts?.['change.emergency'])
  ]),
  'No emergency change in the window.'
)}

<h2>Direct pushes</h2>
${table(
  ['commit', 'committed at', 'author', 'committer', 'message', 'sampled', 'change.unreviewed-push'],
  directs.map(r => [
    changeLink(r),
    esc(r.merged_at),
    esc(r.author),
    esc(r.merger ?? ''),
    esc(r.title),
    r.sampled ? 'yes' : 'no',
    statusCell(r.verdicts?.['change.unreviewed-push'])
  ]),
  'No direct push in the window.'
)}

<h2>Sample</h2>
<p class="note">${esc(meta.sample.algorithm)}</p>
${table(
  [
    '#',
    'change',
    'rank (SHA-256)',
    'kind',
    'merged at',
    'approvers',
    'merger',
    'result',
    ...controls,
    'bundle manifest SHA-256',
    'original bundle (workflow artifact)'
  ],
  sample.map(d => {
    const r = byId.get(d.id)
    return [
      String(d.position),
      changeLink(r),
      `<code>${esc(d.rank.slice(0, 16))}…</code>`,
      esc(r?.kind),
      esc(r?.merged_at),
      esc((r?.approvers ?? []).join(', ')),
      esc(r?.merger ?? ''),
      statusCell(r?.result ?? undefined),
      ...controls.map(c => statusCell(r?.verdicts?.[c])),
      `<code>${esc(r?.bundle_manifest_sha256 ?? '')}</code>`,
      esc(r?.original_bundle ?? '')
    ]
  }),
  'The sample is empty.'
)}

<h2>Completeness evidence</h2>
<p>The population is the answer of these queries (dates UTC, both inclusive: ${esc(meta.window.start)} to ${esc(meta.window.end)}):</p>
${table(
  ['query', 'pages', 'items', 'note'],
  meta.queries.map(q => [`<code>${esc(q.query)}</code>`, String(q.pages), String(q.items), esc(q.note ?? '')]),
  'No query.'
)}
<p>Commits listed on the branch in the window: ${meta.listed_commits}; pull requests scanned: ${meta.scanned_pull_requests}; commit→pull lookups: ${meta.association_lookups}.
Population API calls: ${meta.api.population.network} (${meta.api.population_calls_per_change} per change; ${meta.api.population.notModified} answered 304, ${meta.api.population.cacheHits} from the cache);
re-performance calls: ${meta.api.reperformance.network}.</p>
<p>Commits in the window that belong to pull requests merged outside it: ${meta.commits_of_prs_merged_outside_window.length}; commits whose pull request was merged into another branch only (counted as direct pushes): ${meta.commits_of_prs_merged_into_other_branches.length}.</p>
<p><code>population.json</code> SHA-256: <code>${esc(meta.population_sha256)}</code> (check with <code>sha256sum population.json</code>).</p>

<h2>Population</h2>
${table(
  ['change', 'kind', 'merged at', 'author', 'emergency', 'sampled', 'result', 'title'],
  rows.map(r => [
    changeLink(r),
    esc(r.kind),
    esc(r.merged_at),
    esc(r.author),
    r.emergency ? 'yes' : 'no',
    r.sampled ? 'yes' : 'no',
    statusCell(r.result ?? undefined),
    esc(r.title)
  ]),
  'The population is empty.'
)}
</body></html>
`
}
