/** Verdict adjusters run after all controls (pure). */
import { emergencyWaiver } from '../controls/change-emergency.js'
import type { VerdictAdjuster } from './evaluate.js'

/**
 * An emergency change (the policy's label on the PR, change.emergency enabled) waives the listed review
 * controls: a failing or unverifiable verdict becomes `pass` with `waived` set, keeping its reason and
 * findings as evidence. change.emergency itself then demands a retrospective approval after merge.
 */
export const emergencyWaivers: VerdictAdjuster = (record, policy, verdicts) => {
  const settings = policy.controls['change.emergency']
  if (!settings?.enabled) return verdicts
  const waiver = emergencyWaiver(record, settings.params)
  if (!waiver.active) return verdicts
  return verdicts.map(v => {
    if (!waiver.waives.includes(v.control) || (v.status !== 'fail' && v.status !== 'not_verified')) return v
    return {
      ...v,
      status: 'pass',
      effect: 'none',
      reason: `Waived: emergency change (label '${waiver.label}'). Without the waiver: ${v.status === 'fail' ? 'fail' : 'not verified'} — ${v.reason}`,
      waived: {
        by: `label '${waiver.label}'`,
        reason: `Emergency change; change.emergency requires a retrospective approval within ${String(settings.params['retro-approval-hours'] ?? 72)} h of merge.`
      }
    }
  })
}

export const ADJUSTERS: readonly VerdictAdjuster[] = [emergencyWaivers]
