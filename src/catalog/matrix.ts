/**
 * The coverage matrix: for each framework requirement in scope, the controls that evidence it and how strongly,
 * and — for every requirement — the evidence a team must bring from elsewhere. Pure rendering of the catalog.
 */
import type { CatalogFramework, CatalogRequirement, Strength } from './types.js'

/** The strongest evidence any control gives; `none` when the gate does not cover the requirement. */
export type Coverage = Strength | 'none'

const RANK: Record<Strength, number> = { direct: 3, partial: 2, supporting: 1 }

export function coverageOf(r: CatalogRequirement): Coverage {
  let best: Coverage = 'none'
  for (const c of r.controls) if (best === 'none' || RANK[c.strength] > RANK[best]) best = c.strength
  return best
}

const COVERAGE_TEXT: Record<Coverage, string> = {
  direct: 'covered (direct)',
  partial: 'partly covered',
  supporting: 'supporting evidence only',
  none: 'not covered'
}

export interface MatrixRow {
  framework: string
  framework_name: string
  requirement: string
  title: string
  coverage: Coverage
  controls: { id: string; strength: Strength; rationale: string }[]
  elsewhere: string
  source?: { title: string; url: string }
}

export function matrixRows(frameworks: readonly CatalogFramework[]): MatrixRow[] {
  return frameworks.flatMap(f =>
    f.requirements.map(r => ({
      framework: f.id,
      framework_name: f.framework,
      requirement: r.id,
      title: r.title,
      coverage: coverageOf(r),
      controls: r.controls.map(c => ({ id: c.id, strength: c.strength, rationale: c.rationale })),
      elsewhere: r.elsewhere,
      ...(r.source ? { source: r.source } : {})
    }))
  )
}

const md = (s: string) =>
  s
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ')

export function renderMatrixMarkdown(frameworks: readonly CatalogFramework[]): string {
  const out: string[] = []
  for (const f of frameworks) {
    const rows = matrixRows([f])
    const count = (c: Coverage) => rows.filter(r => r.coverage === c).length
    out.push(`### ${md(f.title)}`, '')
    out.push(`Source: [${md(f.source.title)}](${f.source.url}) · id \`${f.id}\``, '')
    out.push(
      `${rows.length} requirements in scope: ${count('direct')} covered directly, ${count('partial')} partly, ${count('supporting')} with supporting evidence only, ` +
        `**${count('none')} not covered** by compliance-gate.`,
      ''
    )
    out.push('| Requirement | Controls (strength) | Coverage | Evidence to bring from elsewhere |', '|---|---|---|---|')
    for (const r of rows) {
      const controls = r.controls.length ? r.controls.map(c => `\`${c.id}\` (${c.strength})`).join('<br>') : '—'
      const cite = r.source ? ` ([source](${r.source.url}))` : ''
      out.push(`| **${md(r.requirement)}** ${md(r.title)}${cite} | ${controls} | ${COVERAGE_TEXT[r.coverage]} | ${md(r.elsewhere)} |`)
    }
    out.push('')
  }
  return out.join('\n')
}

/** One RFC 4180 cell; a leading = + - @ (or tab/CR) is prefixed with ' so spreadsheets do not run it as a formula. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

export function renderMatrixCsv(frameworks: readonly CatalogFramework[]): string {
  const header = ['framework', 'requirement', 'title', 'coverage', 'controls', 'rationales', 'elsewhere', 'source']
  const lines = [header.join(',')]
  for (const r of matrixRows(frameworks)) {
    lines.push(
      [
        r.framework,
        r.requirement,
        r.title,
        r.coverage,
        r.controls.map(c => `${c.id} (${c.strength})`).join('; '),
        r.controls.map(c => `${c.id}: ${c.rationale}`).join(' | '),
        r.elsewhere,
        r.source?.url ?? ''
      ]
        .map(csvCell)
        .join(',')
    )
  }
  return lines.join('\r\n') + '\r\n'
}

export function renderMatrixJson(frameworks: readonly CatalogFramework[]): string {
  return (
    JSON.stringify(
      {
        frameworks: frameworks.map(f => ({ id: f.id, framework: f.framework, title: f.title, source: f.source })),
        requirements: matrixRows(frameworks)
      },
      null,
      2
    ) + '\n'
  )
}
