/**
 * SARIF 2.1.0 for code scanning (input sarif: true; output sarif-path): the located findings of the secrets,
 * IaC and CODEOWNERS controls, with the rule and result properties GitHub reads (see the README):
 * rules with shortDescription, fullDescription (≤ 1,024 characters), help (text and Markdown with the
 * remedy), helpUri when known, properties.tags (incl. `security`), properties.security-severity (GitHub's
 * 0.1–10 scale as a string) and precision; results with partialFingerprints.primaryLocationLineHash and the
 * gate's own fingerprint; runs[].automationDetails.id as the category. At most 5,000 results (GitHub keeps no
 * more), the rest counted in the run's properties. Messages are the findings' own, which never hold a
 * secret's value (the scanner redacts when it creates a finding).
 */
import { createHash } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import { isAbsolute, join, relative } from 'node:path'
import { CONTROLS } from '../controls/index.js'
import type { Results } from '../evidence/bundle.js'
import type { Finding, GatedVerdict } from '../model/verdict.js'
import type { Reporter } from './types.js'
import { md, plain, truncate } from '../evidence/escape.js'
import { locatedFindings, type LocatedFinding } from './select.js'
import { TOOL_NAME, TOOL_VERSION } from '../version.js'

export const SARIF_RESULT_LIMIT = 5000
export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json'

/** Controls whose findings are code-scanning alerts: secrets, IaC, and CODEOWNERS syntax. */
export function isSarifFinding(l: LocatedFinding): boolean {
  const c = l.verdict.control
  if (c.startsWith('secrets.') || c.startsWith('iac.')) return true
  return c === 'review.codeowners' && l.finding.rule === 'codeowners-syntax'
}

const SEVERITY_SCORE: Record<string, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0', info: '1.0' }

function severityOf(f: Finding, verdict: GatedVerdict): string {
  if (f.severity) return SEVERITY_SCORE[f.severity]
  return verdict.control.startsWith('secrets.') ? SEVERITY_SCORE.high : SEVERITY_SCORE.medium
}

function ruleIdOf(l: LocatedFinding): string {
  return l.finding.rule ? `${l.verdict.control}/${l.finding.rule}` : l.verdict.control
}

function fingerprint(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex')
}

export interface SarifOptions {
  workspace: string
  /** Category for code scanning (automationDetails.id). */
  category?: string
  /** Where rules point for help (the action's repository), when known. */
  helpBase?: string | null
}

export function buildSarif(results: Pick<Results, 'verdicts'>, options: SarifOptions): Record<string, unknown> {
  const meta = new Map(CONTROLS.map(c => [c.meta.id, c.meta]))
  const all = locatedFindings(results).filter(isSarifFinding)
  const order = (l: LocatedFinding) => -Number(severityOf(l.finding, l.verdict))
  const sorted = all
    .map((l, i) => ({ l, i }))
    .sort((a, b) => order(a.l) - order(b.l) || a.i - b.i)
    .map(x => x.l)
  const kept = sorted.slice(0, SARIF_RESULT_LIMIT)
  const rules: Record<string, unknown>[] = []
  const ruleIndex = new Map<string, number>()
  const results_: Record<string, unknown>[] = []
  const occurrences = new Map<string, number>()
  for (const l of kept) {
    const id = ruleIdOf(l)
    if (!ruleIndex.has(id)) {
      const m = meta.get(l.verdict.control)
      const title = m?.title ?? l.verdict.title
      const remedy = l.finding.remedy ?? l.verdict.remedy ?? m?.remedy ?? ''
      const family = l.verdict.control.split('.')[0]
      ruleIndex.set(id, rules.length)
      rules.push({
        id,
        name: id.replace(/[^A-Za-z0-9]+(.)?/g, (_x, c: string | undefined) => (c ? c.toUpperCase() : '')),
        shortDescription: { text: truncate(plain(`${title}${l.finding.rule ? `: ${l.finding.rule}` : ''}`), 1024) },
        fullDescription: { text: truncate(plain(`${m?.question ?? title} ${m?.rationale ?? ''}`.trim()), 1024) },
        help: {
          // Each part made visible on its own, joined by a real line break (plain text: a newline is no syntax there).
          text: truncate(`${plain(m?.question ?? title)}\nFix: ${plain(remedy)}`, 4000),
          markdown: truncate(`**${md(m?.question ?? title)}**\n\n${md(m?.rationale ?? '', 1500)}\n\n**Fix:** ${md(remedy, 1500)}`, 4000)
        },
        ...(options.helpBase ? { helpUri: `${options.helpBase}#${l.verdict.control.replace(/\./g, '')}` } : {}),
        defaultConfiguration: { level: l.level === 'error' ? 'error' : 'warning' },
        properties: {
          tags: ['security', family, 'compliance-gate'],
          'security-severity': severityOf(l.finding, l.verdict),
          precision: family === 'secrets' ? 'high' : 'very-high',
          problem: { severity: l.level === 'error' ? 'error' : 'warning' }
        }
      })
    }
    const loc = l.finding.location
    const uri = (isAbsolute(loc.path) ? relative(options.workspace, loc.path) : loc.path).split('\\').join('/')
    const stable = fingerprint(id, uri, l.finding.subject, String(loc.line ?? 0))
    const lineKey = fingerprint(id, uri, l.finding.subject).slice(0, 16)
    const n = (occurrences.get(lineKey) ?? 0) + 1
    occurrences.set(lineKey, n)
    const region: Record<string, number> = { startLine: loc.line && loc.line > 0 ? loc.line : 1 }
    if (loc.column && loc.column > 0) region.startColumn = loc.column
    if (loc.end_line && loc.end_line >= region.startLine) region.endLine = loc.end_line
    results_.push({
      ruleId: id,
      ruleIndex: ruleIndex.get(id),
      level: l.level === 'error' ? 'error' : 'warning',
      kind: 'fail',
      message: { text: truncate(plain(l.finding.message + (l.finding.remedy ? ` Fix: ${l.finding.remedy}` : '')), 4000) },
      locations: [{ physicalLocation: { artifactLocation: { uri: encodeURI(uri), uriBaseId: '%SRCROOT%' }, region } }],
      partialFingerprints: { primaryLocationLineHash: `${lineKey}:${n}`, 'complianceGateFinding/v1': stable }
    })
  }
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            semanticVersion: TOOL_VERSION,
            version: TOOL_VERSION,
            ...(options.helpBase ? { informationUri: options.helpBase } : {}),
            rules
          }
        },
        automationDetails: { id: `${options.category ?? TOOL_NAME}/` },
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The repository root.' } } },
        results: results_,
        properties: { 'compliance-gate': { results_total: all.length, results_omitted: all.length - kept.length, limit: SARIF_RESULT_LIMIT } }
      }
    ]
  }
}

export function sarifReporter(): Reporter {
  return {
    name: 'SARIF',
    async report({ settings, run, io, shared }) {
      if (!settings.report?.sarif) return
      const actionRepo = io.env.GITHUB_ACTION_REPOSITORY
      const helpBase = actionRepo && /^[\w.-]+\/[\w.-]+$/.test(actionRepo) ? `https://github.com/${actionRepo}/blob/main/README.md` : null
      const sarif = buildSarif(run.results, { workspace: settings.workspace, helpBase })
      const dir = settings.evidenceDir
      await mkdir(dir, { recursive: true })
      const path = join(dir, `${run.bundle.dir.split(/[\\/]/).pop()}.sarif`)
      await writeFile(path, JSON.stringify(sarif, null, 2) + '\n')
      shared.sarifPath = path
      io.setOutput('sarif-path', path)
      const props = (sarif.runs as { properties: { 'compliance-gate': { results_total: number; results_omitted: number } } }[])[0].properties['compliance-gate']
      io.info(
        `compliance-gate: SARIF with ${props.results_total - props.results_omitted} result(s) written to ${path}${props.results_omitted ? ` (${props.results_omitted} over GitHub's ${SARIF_RESULT_LIMIT} left out)` : ''}.`
      )
    }
  }
}
