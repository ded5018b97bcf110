/** Shared by iac.encryption and iac.data-residency: reading record.facts.iac. */
import type { IacFacts } from '../model/facts/iac.js'
import type { ChangeRecord } from '../model/record.js'
import type { Finding, VerdictStatus } from '../model/verdict.js'
import type { Outcome } from './types.js'

export const IAC_EVIDENCE = '/facts/iac'

/** The facts, or the not_verified / not_applicable outcome when there are none to judge. */
export function iacFactsOrOutcome(record: ChangeRecord): IacFacts | Outcome {
  const group = record.facts.iac
  if (!group || !group.value) {
    return {
      status: 'not_verified',
      reason: `IaC facts were not collected: ${group?.missing?.reason ?? 'the iac collector did not run'}`,
      remedy: group?.missing?.remedy ?? 'add actions/checkout before the gate',
      evidence: [IAC_EVIDENCE]
    }
  }
  const facts = group.value
  // A change that only removed a file still changes what its module's other resources evaluate to (marked changed).
  if (!facts.files.some(f => f.changed) && !facts.resources.some(r => r.changed))
    return { status: 'not_applicable', reason: 'no infrastructure-as-code file changed', evidence: [IAC_EVIDENCE] }
  return facts
}

export function isOutcome(v: IacFacts | Outcome): v is Outcome {
  return 'status' in v
}

/** fail wins over not_verified, which wins over pass. */
export function rollUp(findings: Finding[]): { status: VerdictStatus; counts: Record<VerdictStatus, number> } {
  const counts: Record<VerdictStatus, number> = { pass: 0, fail: 0, not_verified: 0, not_applicable: 0 }
  for (const f of findings) counts[f.status]++
  const status: VerdictStatus = counts.fail > 0 ? 'fail' : counts.not_verified > 0 ? 'not_verified' : 'pass'
  return { status, counts }
}

/** Only the findings a reader needs first: fail, then not_verified, then the rest. */
export function ordered(findings: Finding[]): Finding[] {
  const rank: Record<VerdictStatus, number> = { fail: 0, not_verified: 1, pass: 2, not_applicable: 3 }
  return [...findings].sort((a, b) => rank[a.status] - rank[b.status])
}
