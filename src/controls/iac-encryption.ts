/**
 * iac.encryption: storage, databases, queues, keys and AI resources created or changed by the PR are
 * encrypted at rest and in transit (customer-managed keys with `require-cmk`), judged per resource with
 * file and line. Facts: record.facts.iac (src/collect/iac.ts); checks: src/iac/checks/.
 */
import type { Severity } from '../iac/checks/base.js'
import { evaluateIac } from '../iac/evaluate.js'
import { defineControl } from './types.js'
import { iacFactsOrOutcome, IAC_EVIDENCE, isOutcome, ordered, rollUp } from './iac-shared.js'

export interface IacEncryptionParams {
  'require-cmk': boolean
  checks: string[]
  'skip-checks': string[]
  'severity-overrides': Record<string, Severity>
  'allow-skip-comments': boolean
  'plan-file': string
  'max-file-size': number
  'on-unevaluated': 'warn' | 'fail'
  'require-infrastructure-encryption': boolean
}

export const iacEncryption = defineControl<IacEncryptionParams>({
  meta: {
    id: 'iac.encryption',
    needs: ['iac'],
    title: 'Infrastructure-as-code encryption',
    question: 'Are the storage, databases, queues, keys and AI resources this change defines encrypted at rest and in transit?',
    rationale:
      'Unencrypted data stores and plaintext endpoints defined in code reach production unreviewed; catching them in the pull request, with the file and line, is the cheapest control over cryptography (SOC 2 CC6.1/CC6.7, ISO/IEC 27001 A.8.24, ISO/IEC 42001 A.7 for AI data).',
    defaults: {
      'require-cmk': false,
      checks: [],
      'skip-checks': [],
      'severity-overrides': {},
      'allow-skip-comments': false,
      'plan-file': '',
      'max-file-size': 2 * 1024 * 1024,
      'on-unevaluated': 'warn',
      'require-infrastructure-encryption': false
    },
    paramsSchema: {
      'require-cmk': {
        type: 'boolean',
        default: false,
        description: 'Raise "encrypted" to "encrypted with a customer-managed key" (AWS-managed aliases, AWS-owned and Microsoft/Google-managed keys fail).'
      },
      checks: { type: 'array', items: { type: 'string' }, default: [], description: 'Only these IaC check ids run (empty: all).' },
      'skip-checks': { type: 'array', items: { type: 'string' }, default: [], description: 'IaC check ids that never run.' },
      'severity-overrides': {
        type: 'object',
        additionalProperties: { enum: ['critical', 'high', 'medium', 'low', 'info'] },
        default: {},
        description: 'Severity per IaC check id.'
      },
      'allow-skip-comments': {
        type: 'boolean',
        default: false,
        description: 'Honour `# compliance-gate:skip=<check> <reason>` comments in IaC files; each honoured skip is recorded.'
      },
      'plan-file': {
        type: 'string',
        default: '',
        description: 'Path (in the checkout) of a `terraform show -json` plan; when given, its planned values are used.'
      },
      'max-file-size': { type: 'integer', minimum: 1, default: 2097152, description: 'IaC files larger than this (bytes) are not evaluated (not verified).' },
      'on-unevaluated': {
        enum: ['warn', 'fail'],
        default: 'warn',
        description:
          "Code the gate cannot read (remote modules, resource types without checks such as azapi_resource of an unknown type or other clouds) is always shown as not verified findings; `warn` makes a verdict that is not verified only because of them a warning, `fail` lets the policy's on-not-verified decide (blocking by default)."
      },
      'require-infrastructure-encryption': {
        type: 'boolean',
        default: false,
        description: 'Also require Azure storage infrastructure (double) encryption, optional hardening that is off by default and set only at creation.'
      }
    },
    remedy:
      'Enable encryption on the resources named in the findings (and a customer-managed key where require-cmk is set), or record a reviewed skip comment where the policy allows it.'
  },
  evaluate(record, params) {
    const facts = iacFactsOrOutcome(record)
    if (isOutcome(facts)) return facts
    const findings = evaluateIac(facts, {
      requireCmk: params['require-cmk'] === true,
      checks: params.checks,
      skipChecks: params['skip-checks'],
      severityOverrides: params['severity-overrides'],
      allowSkipComments: params['allow-skip-comments'] === true,
      onUnevaluated: params['on-unevaluated'] === 'fail' ? 'fail' : 'warn',
      requireInfrastructureEncryption: params['require-infrastructure-encryption'] === true
    })
    const { status, counts } = rollUp(findings)
    const touched = new Set(facts.files.filter(f => f.changed).map(f => f.path))
    // Resources of files the change did not touch, judged because it changed what they read (a variable, a removed file).
    const alsoJudged = new Set(facts.resources.filter(r => r.changed && !touched.has(r.file)).map(r => r.file)).size
    const changedFiles = `${touched.size}${alsoJudged > 0 ? ` (and ${alsoJudged} more whose values it changes)` : ''}`
    const unevaluated = findings.filter(f => f.data?.unevaluated === true).length
    const tail =
      unevaluated > 0
        ? ` ${unevaluated} remote module call(s) or resource(s) without checks not evaluated${params['on-unevaluated'] === 'fail' ? '' : ' (on-unevaluated: warn)'}.`
        : ''
    const reason =
      status === 'fail'
        ? `${counts.fail} resource check(s) fail in ${changedFiles} changed IaC file(s); ${counts.not_verified} not verified.${tail}`
        : status === 'not_verified'
          ? `${counts.not_verified} resource check(s) or file(s) could not be verified statically (unresolved values or parse errors); none fail.${tail}`
          : counts.pass > 0
            ? `${counts.pass} resource check(s) pass in ${changedFiles} changed IaC file(s).${tail}`
            : `${changedFiles} changed IaC file(s) define no resource subject to an encryption check.${tail}`
    // on-unevaluated: warn — when all that could not be verified is code the gate cannot read (remote
    // modules, resource types without checks), the not-verified verdict warns instead of blocking
    const onlyUnevaluated = status === 'not_verified' && findings.filter(f => f.status === 'not_verified').every(f => f.data?.unevaluated === true)
    return {
      status,
      ...(onlyUnevaluated && params['on-unevaluated'] !== 'fail' ? { notVerifiedEscalation: 'warn' as const } : {}),
      reason,
      remedy:
        status === 'not_verified'
          ? 'Give the unresolved variables values (terraform.tfvars or defaults), fix parse errors, or provide a plan JSON via plan-file.'
          : undefined,
      evidence: [IAC_EVIDENCE],
      findings: ordered(findings)
    }
  }
})
