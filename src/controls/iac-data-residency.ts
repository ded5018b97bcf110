/**
 * iac.data-residency: regions and locations in the changed IaC (provider blocks, resource location /
 * region, CloudFormation and ARM locations) are in the policy's allowed list (e.g. `me-central-1` only
 * for a DIFC workload under DIFC DP Law 2020; APEC CBPR cross-border transfer rules). Unknown → not verified.
 */
import { evaluateResidency } from '../iac/evaluate.js'
import { defineControl } from './types.js'
import { iacFactsOrOutcome, IAC_EVIDENCE, isOutcome, ordered, rollUp } from './iac-shared.js'

export interface IacDataResidencyParams {
  'allowed-regions': string[]
}

export const iacDataResidency = defineControl<IacDataResidencyParams>({
  meta: {
    id: 'iac.data-residency',
    needs: ['iac'],
    title: 'Infrastructure-as-code data residency',
    question: 'Does the change deploy resources only to the regions/locations the policy allows?',
    rationale:
      'Data protection laws (DIFC DP Law 2020, GDPR, APEC CBPR) and contracts restrict where personal data may be stored and processed; a region in code is where the data will live.',
    defaults: { 'allowed-regions': [] },
    paramsSchema: {
      'allowed-regions': {
        type: 'array',
        items: { type: 'string', minLength: 1 },
        default: [],
        description:
          'Regions/locations resources may be deployed to (AWS `me-central-1`, Azure `uaenorth`, GCP `me-central2`); zones of an allowed region pass. Empty: the control does not apply.'
      }
    },
    remedy: 'Deploy to an allowed region, or pin the provider region / resource location to one so it can be verified.'
  },
  evaluate(record, params) {
    const allowed = params['allowed-regions'] ?? []
    if (allowed.length === 0) return { status: 'not_applicable', reason: 'no allowed-regions configured in the policy', evidence: [IAC_EVIDENCE] }
    const facts = iacFactsOrOutcome(record)
    if (isOutcome(facts)) return facts
    const findings = evaluateResidency(facts, allowed)
    if (findings.length === 0) return { status: 'pass', reason: 'the changed IaC files set no region or location', evidence: [IAC_EVIDENCE] }
    const { status, counts } = rollUp(findings)
    const reason =
      status === 'fail'
        ? `${counts.fail} region/location setting(s) outside ${allowed.join(', ')}.`
        : status === 'not_verified'
          ? `${counts.not_verified} region/location setting(s) cannot be determined statically (set at apply/deploy time).`
          : `every region/location in the changed IaC is in ${allowed.join(', ')}.`
    return { status, reason, evidence: [IAC_EVIDENCE], findings: ordered(findings) }
  }
})
