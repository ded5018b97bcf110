/**
 * Evaluation: pure. (policy, record) → one verdict per enabled control, each with its effect on the gate.
 * A control that throws yields `not_verified` with the error — an error never passes and is never dropped.
 */
import { requirementsFor } from '../catalog/index.js'
import type { Control, EvaluationContext, Outcome } from '../controls/types.js'
import type { ChangeRecord } from '../model/record.js'
import type { Effect, GatedVerdict } from '../model/verdict.js'
import type { ResolvedPolicy } from '../policy/load.js'

export type GateResult = 'pass' | 'fail' | 'error'

export interface Evaluation {
  result: GateResult
  verdicts: GatedVerdict[]
  counts: Record<'pass' | 'fail' | 'not_verified' | 'not_applicable', number>
  failed_controls: string[]
  not_verified_controls: string[]
  warnings: string[]
}

/** A hook that adjusts verdicts after all controls ran (e.g. an emergency-change waiver). Pure. */
export type VerdictAdjuster = (record: ChangeRecord, policy: ResolvedPolicy, verdicts: GatedVerdict[]) => GatedVerdict[]

export function effectOf(status: GatedVerdict['status'], onFail: 'fail' | 'warn', onNotVerified: 'fail' | 'warn'): Effect {
  if (status === 'fail') return onFail === 'fail' ? 'blocking' : 'warning'
  if (status === 'not_verified') return onNotVerified === 'fail' ? 'blocking' : 'warning'
  return 'none'
}

export function evaluate(
  controls: readonly Control<any>[],
  policy: ResolvedPolicy,
  record: ChangeRecord,
  adjusters: readonly VerdictAdjuster[] = [],
  fatalErrors: readonly string[] = []
): Evaluation {
  const enabled = controls.filter(c => policy.controls[c.meta.id]?.enabled)
  const context: EvaluationContext = { enabledControls: new Set(enabled.map(c => c.meta.id)) }
  let verdicts: GatedVerdict[] = enabled.map(control => {
    const settings = policy.controls[control.meta.id]
    let outcome: Outcome
    try {
      outcome = control.evaluate(record, settings.params, context)
    } catch (error) {
      outcome = {
        status: 'not_verified',
        reason: `The control raised an error while evaluating: ${(error as Error)?.message ?? String(error)}`,
        remedy: 'This is a defect in compliance-gate; report it with the evidence bundle.'
      }
    }
    return {
      control: control.meta.id,
      title: control.meta.title,
      status: outcome.status,
      reason: outcome.reason,
      ...(outcome.status === 'fail' || outcome.status === 'not_verified'
        ? { remedy: outcome.remedy ?? (outcome.status === 'fail' ? control.meta.remedy : undefined) }
        : outcome.remedy
          ? { remedy: outcome.remedy }
          : {}),
      evidence: outcome.evidence ?? [],
      findings: outcome.findings ?? [],
      mappings: control.meta.mappings,
      requirements: requirementsFor(control.meta.id),
      ...(outcome.waived ? { waived: outcome.waived } : {}),
      effect: effectOf(outcome.status, settings.on_fail, outcome.notVerifiedEscalation ?? settings.on_not_verified)
    }
  })
  for (const adjust of adjusters) verdicts = adjust(record, policy, verdicts)
  return summarize(verdicts, fatalErrors)
}

export function summarize(verdicts: GatedVerdict[], fatalErrors: readonly string[] = []): Evaluation {
  const counts = { pass: 0, fail: 0, not_verified: 0, not_applicable: 0 }
  for (const v of verdicts) counts[v.status]++
  const failed = verdicts.filter(v => v.status === 'fail').map(v => v.control)
  const notVerified = verdicts.filter(v => v.status === 'not_verified').map(v => v.control)
  const blocking = verdicts.some(v => v.effect === 'blocking')
  const result: GateResult = fatalErrors.length > 0 ? 'error' : blocking ? 'fail' : 'pass'
  const warnings = verdicts.filter(v => v.effect === 'warning').map(v => `${v.control}: ${v.reason}`)
  return { result, verdicts, counts, failed_controls: failed, not_verified_controls: notVerified, warnings }
}
