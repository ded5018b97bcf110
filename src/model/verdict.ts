/** Verdicts: what a control decided about a change record. */
import type { RequirementRef } from '../catalog/types.js'

export type VerdictStatus = 'pass' | 'fail' | 'not_verified' | 'not_applicable'

export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'info'

/** Severities in order: the higher the rank, the more severe. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { info: 0, low: 1, medium: 2, high: 3, critical: 4 }

export interface SourceLocation {
  path: string
  line?: number
  column?: number
  end_line?: number
  end_column?: number
}

/** One judged item inside a control: a file, a commit, a resource, a secret finding. */
export interface Finding {
  status: VerdictStatus
  /** What was judged: a path, a commit SHA, a resource address. */
  subject: string
  message: string
  location?: SourceLocation
  /** Rule or check id inside the control (secrets rule, IaC check). */
  rule?: string
  severity?: Severity
  /** Remedy for this item when it differs from the control's. */
  remedy?: string
  /** Extra facts; never a secret's value. */
  data?: Record<string, unknown>
}

export interface FrameworkMapping {
  framework: string
  controls: string[]
}

export interface ControlVerdict {
  control: string
  title: string
  status: VerdictStatus
  /** Why, in one or two sentences. */
  reason: string
  /** What to do about a fail or not_verified. */
  remedy?: string
  /** JSON pointers into record.json of the facts the verdict rests on. */
  evidence: string[]
  findings: Finding[]
  mappings: FrameworkMapping[]
  /** The framework requirements this verdict evidences, with strength and rationale (from catalog/*.yml). */
  requirements?: RequirementRef[]
  /** When a waiver (e.g. emergency change) applied: who/what waived it. */
  waived?: { by: string; reason: string }
}

/** How a verdict counts toward the gate, per policy. */
export type Effect = 'blocking' | 'warning' | 'none'

export interface GatedVerdict extends ControlVerdict {
  effect: Effect
}
