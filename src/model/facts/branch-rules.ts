/**
 * Facts of the `branch_rules` collector (record.facts.branch_rules): the protection of the target branch
 * as GitHub enforces it, from two independent sources that GitHub layers on top of each other:
 *
 * - `rules`: the active repository/organisation rulesets for the branch (`GET /repos/{o}/{r}/rules/branches/{b}`,
 *   readable with Metadata: read, so with the workflow token). Rules in "evaluate" or "disabled" rulesets are
 *   not returned by GitHub and so are not here.
 * - `classic`: classic branch protection (`GET /repos/{o}/{r}/branches/{b}/protection`, needs Administration:
 *   read; the workflow GITHUB_TOKEN always gets 403).
 *
 * Each is its own `Collected<…>`, so one can be known while the other is not (Scorecard's lesson: read
 * rulesets first and tolerate a permission error on classic protection).
 */
import type { Collected } from '../collected.js'

export const BRANCH_RULES_KEY = 'branch_rules'

export interface RequiredStatusCheck {
  context: string
  /** GitHub App id the check must come from (rulesets: integration_id; classic: checks[].app_id); null = any. */
  integration_id: number | null
}

/** One protection normalised to the fields the controls judge. Rulesets and classic protection use it alike. */
export interface NormalizedProtection {
  /** A pull request is required before merging (ruleset `pull_request` rule / classic required_pull_request_reviews). */
  pull_request_required: boolean
  /** 0 when a PR is required without approvals; null when no PR rule at all. */
  required_approving_review_count: number | null
  dismiss_stale_reviews_on_push: boolean
  require_code_owner_review: boolean
  require_last_push_approval: boolean
  required_review_thread_resolution: boolean
  /** Status checks that must pass before merging (empty when none). */
  required_status_checks: RequiredStatusCheck[]
  /** The branch must be up to date before merging. */
  strict_required_status_checks: boolean
  required_signatures: boolean
  /** Force pushes are blocked (ruleset `non_fast_forward` / classic allow_force_pushes.enabled false). */
  blocks_force_push: boolean
  /** Branch deletion is blocked (ruleset `deletion` / classic allow_deletions.enabled false). */
  blocks_deletion: boolean
  /**
   * Whether admins are bound too (classic enforce_admins). Rulesets: null, since bypass actors are not
   * visible through rules/branches.
   */
  enforce_admins: boolean | null
}

/** One rule as GitHub returned it, kept verbatim for the evidence snapshot. */
export interface RuleSnapshot {
  type: string
  parameters?: Record<string, unknown>
  ruleset_source_type?: string
  ruleset_source?: string
  ruleset_id?: number
}

/** Rulesets: the normalised union of every active rule (max approval count, any-of for the booleans). */
export interface RulesetProtection extends NormalizedProtection {
  /** Number of active rules (0: no ruleset applies to the branch). */
  rule_count: number
  /** Distinct ruleset ids that contributed rules. */
  ruleset_ids: number[]
  raw: RuleSnapshot[]
}

/** Classic protection: either absent (decided) or present and normalised. */
export type ClassicProtection = { protected: false; reason: string } | ({ protected: true } & NormalizedProtection)

export interface BranchRulesFacts {
  branch: string
  rules: Collected<RulesetProtection>
  classic: Collected<ClassicProtection>
}

/** The branch_rules facts of a record, or null when the collector did not run / produced nothing. */
export function branchRulesOf(record: { facts?: { branch_rules?: Collected<BranchRulesFacts> } }): BranchRulesFacts | null {
  const group = record.facts?.[BRANCH_RULES_KEY]
  return group?.value ?? null
}

/** The remedy for classic protection that the token may not read. */
export const CLASSIC_PROTECTION_REMEDY =
  'Classic branch protection needs Administration: read; the workflow GITHUB_TOKEN cannot have it — pass a ' +
  'fine-grained PAT or GitHub App token with Administration: read as github-token, or move the protection ' +
  'into a repository ruleset (readable with the default token)'
