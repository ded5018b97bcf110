/**
 * What branch.protection requires of the branch rules, as pure predicates over the normalised protection. Its
 * own module so that the branch_rules collector can ask whether the rulesets alone decide (and skip a call)
 * without loading the controls and their catalog mappings at start-up.
 */
import type { NormalizedProtection } from '../../model/facts/branch-rules.js'

export interface BranchProtectionParams {
  'min-approvals': number
  'require-dismiss-stale-or-last-push': boolean
  'require-code-owner-review': boolean
  'require-last-push-approval': boolean
  'require-status-checks': boolean
  'forbid-force-push': boolean
  'forbid-deletion': boolean
  'require-signed-commits': boolean
}

export interface Requirement {
  key: string
  /** What is required, in words. */
  text: string
  satisfied(p: NormalizedProtection): boolean
  /** What a source has for this requirement, for the finding message. */
  actual(p: NormalizedProtection): string
}

const approvals = (p: NormalizedProtection): string =>
  p.pull_request_required ? `${p.required_approving_review_count ?? 0} approval(s) required` : 'no pull request required'

export function requirements(params: BranchProtectionParams): Requirement[] {
  const list: Requirement[] = []
  const n = params['min-approvals']
  if (n > 0) {
    list.push({
      key: 'min-approvals',
      text: `a pull request with at least ${n} approval(s)`,
      satisfied: p => p.pull_request_required && (p.required_approving_review_count ?? 0) >= n,
      actual: approvals
    })
  }
  if (params['require-dismiss-stale-or-last-push']) {
    list.push({
      key: 'require-dismiss-stale-or-last-push',
      text: 'stale approvals dismissed on push, or approval of the most recent push',
      satisfied: p => p.dismiss_stale_reviews_on_push || p.require_last_push_approval,
      actual: p => `dismiss stale: ${p.dismiss_stale_reviews_on_push}, last-push approval: ${p.require_last_push_approval}`
    })
  }
  const flag = (key: keyof BranchProtectionParams, text: string, field: keyof NormalizedProtection): void => {
    if (params[key]) list.push({ key, text, satisfied: p => p[field] === true, actual: p => `${String(field)}: ${String(p[field])}` })
  }
  flag('require-code-owner-review', 'code-owner review', 'require_code_owner_review')
  flag('require-last-push-approval', 'approval of the most recent push by someone else', 'require_last_push_approval')
  if (params['require-status-checks']) {
    list.push({
      key: 'require-status-checks',
      text: 'at least one required status check',
      satisfied: p => p.required_status_checks.length > 0,
      actual: p => (p.required_status_checks.length ? p.required_status_checks.map(c => c.context).join(', ') : 'no required checks')
    })
  }
  flag('forbid-force-push', 'force pushes blocked', 'blocks_force_push')
  flag('forbid-deletion', 'branch deletion blocked', 'blocks_deletion')
  flag('require-signed-commits', 'signed commits required', 'required_signatures')
  return list
}
