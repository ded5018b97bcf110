/**
 * branch.protection: the target branch is protected as the policy requires.
 *
 * Rulesets first, classic protection second (GitHub enforces both, layered). A requirement satisfied by an
 * active ruleset is decided without classic protection; otherwise classic protection decides when it is
 * readable. A branch with no active rule and a 404 "Branch not protected" fails (decided). When no ruleset
 * satisfies a requirement and classic protection answered 403 (the workflow token), the requirement is
 * unknown and the verdict is not_verified naming Administration: read.
 */
import type { Collected } from '../model/record.js'
import type { Finding } from '../model/verdict.js'
import { defineControl, type Outcome } from './types.js'
import { requirements, type BranchProtectionParams, type Requirement } from './lib/protection.js'
import { CLASSIC_PROTECTION_REMEDY, branchRulesOf, BRANCH_RULES_KEY, type ClassicProtection, type RulesetProtection } from '../model/facts/branch-rules.js'

export type { BranchProtectionParams } from './lib/protection.js'

type Decision = { status: 'pass' | 'fail' | 'not_verified'; by: 'rulesets' | 'classic' | null; message: string }

function decide(req: Requirement, rules: Collected<RulesetProtection>, classic: Collected<ClassicProtection>): Decision {
  const r = rules.value
  if (r && req.satisfied(r)) {
    return {
      status: 'pass',
      by: 'rulesets',
      message: `Required ${req.text}: met by ruleset(s) ${r.ruleset_ids.join(', ') || '(ids not given)'} (${req.actual(r)}).`
    }
  }
  const rulesDecided = rules.state === 'complete' && r !== null
  const rulesSay = r ? `rulesets: ${req.actual(r)}` : `rulesets unreadable (${rules.missing?.reason ?? rules.state})`
  const c = classic.value
  if (c && c.protected) {
    if (req.satisfied(c)) return { status: 'pass', by: 'classic', message: `Required ${req.text}: met by classic branch protection (${req.actual(c)}).` }
    if (rulesDecided) {
      return { status: 'fail', by: 'classic', message: `Required ${req.text}: not met (${rulesSay}; classic protection: ${req.actual(c)}).` }
    }
    return { status: 'not_verified', by: null, message: `Required ${req.text}: classic protection does not meet it (${req.actual(c)}) and the ${rulesSay}.` }
  }
  if (c && !c.protected) {
    if (rulesDecided) return { status: 'fail', by: null, message: `Required ${req.text}: not met (${rulesSay}; no classic protection).` }
    return { status: 'not_verified', by: null, message: `Required ${req.text}: no classic protection and the ${rulesSay}.` }
  }
  return {
    status: 'not_verified',
    by: null,
    message: `Required ${req.text}: no ruleset meets it (${rulesSay}) and classic protection could not be read (${classic.missing?.reason ?? classic.state}).`
  }
}

const EVIDENCE = [`/facts/${BRANCH_RULES_KEY}/value/rules`, `/facts/${BRANCH_RULES_KEY}/value/classic`]

export const control = defineControl<BranchProtectionParams>({
  meta: {
    id: 'branch.protection',
    needs: ['branch_rules'],
    title: 'Branch protection',
    question: 'Is the target branch protected as the policy requires (reviews, stale-approval handling, no force push, no deletion …)?',
    rationale:
      'Branch protection is what makes review and checks mandatory: without it anyone with write access can push ' +
      'or force-push to the branch and bypass every other control. Auditors test that the protection was in force ' +
      'when the change was merged; the rules read are kept in the record as a snapshot.',
    defaults: {
      'min-approvals': 1,
      'require-dismiss-stale-or-last-push': true,
      'require-code-owner-review': false,
      'require-last-push-approval': false,
      'require-status-checks': false,
      'forbid-force-push': true,
      'forbid-deletion': true,
      'require-signed-commits': false
    },
    paramsSchema: {
      'min-approvals': {
        type: 'integer',
        minimum: 0,
        maximum: 10,
        default: 1,
        description: 'Minimum number of approving reviews the branch rules must require before merging (0: do not check).'
      },
      'require-dismiss-stale-or-last-push': {
        type: 'boolean',
        default: true,
        description: 'Require that the rules either dismiss stale approvals on push or require approval of the most recent push; either satisfies.'
      },
      'require-code-owner-review': { type: 'boolean', default: false, description: 'Require that the rules demand a code-owner review.' },
      'require-last-push-approval': {
        type: 'boolean',
        default: false,
        description: 'Require that the rules demand approval of the most recent push by someone other than its pusher.'
      },
      'require-status-checks': { type: 'boolean', default: false, description: 'Require that the rules name at least one required status check.' },
      'forbid-force-push': { type: 'boolean', default: true, description: 'Require that force pushes to the branch are blocked.' },
      'forbid-deletion': { type: 'boolean', default: true, description: 'Require that deleting the branch is blocked.' },
      'require-signed-commits': { type: 'boolean', default: false, description: 'Require that the rules demand signed commits.' }
    },
    remedy:
      'Add a repository ruleset for the branch (Settings → Rules → Rulesets) with "Require a pull request before merging" ' +
      '(the required approvals, "Dismiss stale pull request approvals" or "Require approval of the most recent reviewable push"), ' +
      '"Block force pushes" and "Restrict deletions"; rulesets are readable by the workflow token.'
  },

  evaluate(record, params): Outcome {
    const group = record.facts?.[BRANCH_RULES_KEY]
    const facts = branchRulesOf(record)
    if (!facts) {
      return {
        status: 'not_verified',
        reason: `Branch rules and protection were not read: ${group?.missing?.reason ?? 'the branch_rules collector did not run'}.`,
        remedy: group?.missing?.remedy ?? CLASSIC_PROTECTION_REMEDY,
        evidence: [`/facts/${BRANCH_RULES_KEY}`]
      }
    }
    const { rules, classic, branch } = facts
    // Neither a ruleset nor classic protection: decided, whatever the policy asks.
    if (rules.state === 'complete' && rules.value?.rule_count === 0 && classic.value && !classic.value.protected) {
      return {
        status: 'fail',
        reason: `Branch "${branch}" is not protected: no active ruleset applies to it and it has no classic branch protection (${classic.value.reason}).`,
        evidence: EVIDENCE,
        findings: [{ status: 'fail', subject: branch, message: 'No active ruleset rule and no classic branch protection.' }]
      }
    }
    let reqs = requirements(params)
    if (reqs.length === 0) {
      reqs = [
        {
          key: 'protected',
          text: 'some protection',
          satisfied: p =>
            p.pull_request_required ||
            p.blocks_force_push ||
            p.blocks_deletion ||
            p.required_status_checks.length > 0 ||
            p.required_signatures ||
            ('rule_count' in p && (p as RulesetProtection).rule_count > 0),
          actual: () => 'see snapshot'
        }
      ]
    }
    const findings: Finding[] = reqs.map(req => {
      const d = decide(req, rules, classic)
      return { status: d.status, subject: req.key, message: d.message, ...(d.by ? { data: { decided_by: d.by } } : {}) }
    })
    const failed = findings.filter(f => f.status === 'fail')
    const unknown = findings.filter(f => f.status === 'not_verified')
    if (failed.length > 0) {
      return {
        status: 'fail',
        reason: `Branch "${branch}" protection does not meet the policy: ${failed.map(f => f.subject).join(', ')}${unknown.length ? ` (also unknown: ${unknown.map(f => f.subject).join(', ')})` : ''}.`,
        evidence: EVIDENCE,
        findings
      }
    }
    if (unknown.length > 0) {
      const classicUnreadable = classic.state === 'unavailable'
      const remedy = classicUnreadable
        ? (classic.missing?.remedy ?? CLASSIC_PROTECTION_REMEDY)
        : (rules.missing?.remedy ?? 'Re-run when GitHub answers; see the findings for what could not be read.')
      return {
        status: 'not_verified',
        reason: classicUnreadable
          ? `No active ruleset decides ${unknown.map(f => f.subject).join(', ')} for "${branch}", and classic branch protection could not be read (it needs Administration: read).`
          : `Protection of "${branch}" could not be fully read: ${unknown.map(f => f.subject).join(', ')} unknown.`,
        remedy,
        evidence: EVIDENCE,
        findings
      }
    }
    const by = new Set(findings.map(f => f.data?.decided_by).filter(Boolean))
    return {
      status: 'pass',
      reason: `Branch "${branch}" is protected as the policy requires (decided by ${[...by].join(' and ')}).`,
      evidence: EVIDENCE,
      findings
    }
  }
})
