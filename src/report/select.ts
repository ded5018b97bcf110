/**
 * Which findings get an annotation, fairly: first the most severe located finding of every failing or
 * not-verified control (so one control with 60 findings cannot crowd out another's single one), then the
 * rest by level and severity, up to a limit, with a count of what was left out. Used for check-run
 * annotations (limit 1,000) and workflow-command annotations (limit 50: the UI shows 10 errors per step, so
 * the first ten cover the most controls).
 */
import type { Results } from '../evidence/bundle.js'
import { SEVERITY_RANK, type Finding, type GatedVerdict, type SourceLocation } from '../model/verdict.js'

export type AnnotationLevel = 'error' | 'warning'

export interface LocatedFinding {
  verdict: GatedVerdict
  finding: Finding & { location: SourceLocation }
  /** error: a finding that blocks the gate (see levelOf); warning: anything else that needs attention. */
  level: AnnotationLevel
}

export interface Selection {
  selected: LocatedFinding[]
  /** Located findings not selected because of the limit. */
  omitted: number
  /** Controls with at least one located finding. */
  controls: number
}

/** Annotations a check run carries at most (documented in the README). */
export const CHECK_RUN_ANNOTATION_LIMIT = 1000
/** Workflow-command annotations at most (GitHub shows 50 per job, 10 errors and 10 warnings per step). */
export const WORKFLOW_ANNOTATION_LIMIT = 50

function rank(l: LocatedFinding): number[] {
  // Most severe first; a finding without a severity between medium and low.
  const severity = l.finding.severity ? -SEVERITY_RANK[l.finding.severity] : -1.5
  return [l.level === 'error' ? 0 : 1, l.finding.status === 'fail' ? 0 : 1, severity]
}

function compare(a: LocatedFinding, b: LocatedFinding): number {
  const ra = rank(a)
  const rb = rank(b)
  for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i] - rb[i]
  return 0
}

/**
 * An annotation is an error when its finding blocks the gate, else a warning. A failing finding blocks when its
 * verdict does; a not-verified finding blocks when its verdict is not verified and blocks (the policy's
 * `on_not_verified: fail`). A not-verified finding inside a failing verdict stays a warning: the verdict blocks
 * for its failing findings, and whether not-verified ones would block alone is not in the verdict.
 */
export function levelOf(verdict: GatedVerdict, finding: Finding): AnnotationLevel {
  if (verdict.effect !== 'blocking') return 'warning'
  if (finding.status === 'fail') return 'error'
  return finding.status === 'not_verified' && verdict.status === 'not_verified' ? 'error' : 'warning'
}

/** Every located fail/not-verified finding of every fail/not-verified verdict, in verdict order. */
export function locatedFindings(results: Pick<Results, 'verdicts'>): LocatedFinding[] {
  const out: LocatedFinding[] = []
  for (const verdict of results.verdicts) {
    if (verdict.status !== 'fail' && verdict.status !== 'not_verified') continue
    for (const finding of verdict.findings) {
      if (!finding.location?.path || (finding.status !== 'fail' && finding.status !== 'not_verified')) continue
      out.push({ verdict, finding: finding as LocatedFinding['finding'], level: levelOf(verdict, finding) })
    }
  }
  return out
}

export function selectAnnotations(results: Pick<Results, 'verdicts'>, limit: number): Selection {
  const all = locatedFindings(results)
  // Stable sort: within equal rank, the control's own order (file, line) is kept.
  const sorted = all
    .map((l, i) => ({ l, i }))
    .sort((a, b) => compare(a.l, b.l) || a.i - b.i)
    .map(x => x.l)
  const firsts: LocatedFinding[] = []
  const rest: LocatedFinding[] = []
  const seen = new Set<string>()
  for (const l of sorted) {
    if (seen.has(l.verdict.control)) rest.push(l)
    else {
      seen.add(l.verdict.control)
      firsts.push(l)
    }
  }
  // Every control's most severe finding before any control's second (errors first within each part); GitHub
  // counts errors and warnings apart (10 of each per step), so this order decides which ten are shown.
  const selected = [...firsts, ...rest].slice(0, Math.max(0, limit))
  return { selected, omitted: all.length - selected.length, controls: seen.size }
}

/** The annotation title: control id and, when there is one, the rule. */
export function annotationTitle(l: LocatedFinding): string {
  return `${l.verdict.control}${l.finding.rule ? ` (${l.finding.rule})` : ''}`
}
