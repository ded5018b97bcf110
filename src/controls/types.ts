/**
 * A control: metadata beside a pure evaluate function over the change record.
 *
 * Each control lives in its own file in src/controls/ and is listed in src/controls/index.ts.
 * `evaluate` must not do I/O; everything it needs is in the record and its params.
 */
import { mappingsFor } from '../catalog/index.js'
import type { ChangeRecord } from '../model/record.js'
import type { FactGroupName } from '../model/facts/index.js'
import type { Finding, FrameworkMapping, VerdictStatus } from '../model/verdict.js'

/** A JSON Schema fragment (draft-07) for a control's own policy keys. */
export type ParamsSchema = Record<string, unknown>

export interface ControlMeta<P> {
  /** Stable id, e.g. `review.approvals`. */
  id: string
  /** The fact groups evaluate reads beyond the core facts; only these are collected (src/model/facts/). */
  needs: readonly FactGroupName[]
  title: string
  /** The yes/no question the control answers. */
  question: string
  /** Why an auditor cares. */
  rationale: string
  /** Framework requirement ids this control evidences: derived from catalog/*.yml by defineControl. */
  mappings: FrameworkMapping[]
  /** Default params, used for keys the policy leaves out. */
  defaults: P
  /** JSON Schema of the params (property names as written in the policy YAML, kebab-case). */
  paramsSchema: Record<string, ParamsSchema>
  /** Default remedy for a failing verdict. */
  remedy: string
}

/** What evaluate returns; the engine adds id, title and mappings. */
export interface Outcome {
  status: VerdictStatus
  reason: string
  remedy?: string
  evidence?: string[]
  findings?: Finding[]
  waived?: { by: string; reason: string }
  /**
   * A control may soften the policy's `on-not-verified` to `warn` when every unverifiable item is of a kind
   * its own params say to warn on (e.g. team membership the workflow token can never read). Never harder.
   */
  notVerifiedEscalation?: 'warn'
}

export interface EvaluationContext {
  /** Resolved policy of every control, for controls that read another's settings (emergency waivers). */
  enabledControls: ReadonlySet<string>
}

export interface Control<P = Record<string, unknown>> {
  meta: ControlMeta<P>
  evaluate(record: ChangeRecord, params: P, context: EvaluationContext): Outcome
}

/**
 * What a control file declares: everything but its mappings, which come from the catalog (one source;
 * __tests__/catalog.test.ts holds every registered control to it). Only test doubles pass `mappings`.
 */
export interface ControlDefinition<P> {
  meta: Omit<ControlMeta<P>, 'mappings'> & { mappings?: FrameworkMapping[] }
  evaluate: Control<P>['evaluate']
}

export function defineControl<P>(control: ControlDefinition<P>): Control<P> {
  return { meta: { ...control.meta, mappings: control.meta.mappings ?? mappingsFor(control.meta.id) }, evaluate: control.evaluate }
}
