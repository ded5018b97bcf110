/**
 * `branch_rules` collector: active ruleset rules and classic protection of the target branch.
 * See src/model/facts/branch-rules.ts for the shape and the permission story.
 */
import type { CollectContext, FactCollector } from './context.js'
import { describeFailure, type ApiFailure } from './github/api.js'
import type { Collected } from '../model/record.js'
import { requirements, type BranchProtectionParams } from '../controls/lib/protection.js'
import {
  CLASSIC_PROTECTION_REMEDY,
  type BranchRulesFacts,
  type ClassicProtection,
  type NormalizedProtection,
  type RequiredStatusCheck,
  type RuleSnapshot,
  type RulesetProtection
} from '../model/facts/branch-rules.js'

export const RULES_ROUTE = 'GET /repos/{owner}/{repo}/rules/branches/{branch}'
export const CLASSIC_ROUTE = 'GET /repos/{owner}/{repo}/branches/{branch}/protection'
/** The branch itself: `protected` is readable with the workflow token (true for classic protection or a ruleset). */
export const BRANCH_ROUTE = 'GET /repos/{owner}/{repo}/branches/{branch}'

/** The branch under protection: the PR base, or the pushed branch. */
export function targetBranch(ref: string): string {
  return ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : ref
}

function emptyProtection(): NormalizedProtection {
  return {
    pull_request_required: false,
    required_approving_review_count: null,
    dismiss_stale_reviews_on_push: false,
    require_code_owner_review: false,
    require_last_push_approval: false,
    required_review_thread_resolution: false,
    required_status_checks: [],
    strict_required_status_checks: false,
    required_signatures: false,
    blocks_force_push: false,
    blocks_deletion: false,
    enforce_admins: null
  }
}

const obj = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {})
const bool = (v: unknown): boolean => v === true
const int = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null)

function addCheck(list: RequiredStatusCheck[], check: RequiredStatusCheck): void {
  if (!list.some(c => c.context === check.context && c.integration_id === check.integration_id)) list.push(check)
}

/** Union of all active rules: GitHub enforces every rule of every active ruleset, so the strictest wins. */
export function normalizeRules(raw: unknown[]): RulesetProtection {
  const p = emptyProtection()
  const snapshot: RuleSnapshot[] = []
  const ids = new Set<number>()
  for (const item of raw) {
    const rule = obj(item)
    const type = typeof rule.type === 'string' ? rule.type : 'unknown'
    const parameters = rule.parameters === undefined ? undefined : obj(rule.parameters)
    const snap: RuleSnapshot = { type }
    if (parameters) snap.parameters = parameters
    if (typeof rule.ruleset_source_type === 'string') snap.ruleset_source_type = rule.ruleset_source_type
    if (typeof rule.ruleset_source === 'string') snap.ruleset_source = rule.ruleset_source
    const id = int(rule.ruleset_id)
    if (id !== null) {
      snap.ruleset_id = id
      ids.add(id)
    }
    snapshot.push(snap)
    const params = parameters ?? {}
    switch (type) {
      case 'pull_request': {
        p.pull_request_required = true
        const count = int(params.required_approving_review_count) ?? 0
        p.required_approving_review_count = Math.max(p.required_approving_review_count ?? 0, count)
        p.dismiss_stale_reviews_on_push ||= bool(params.dismiss_stale_reviews_on_push)
        p.require_code_owner_review ||= bool(params.require_code_owner_review)
        p.require_last_push_approval ||= bool(params.require_last_push_approval)
        p.required_review_thread_resolution ||= bool(params.required_review_thread_resolution)
        break
      }
      case 'required_status_checks': {
        const checks = Array.isArray(params.required_status_checks) ? params.required_status_checks : []
        for (const c of checks) {
          const check = obj(c)
          if (typeof check.context === 'string') {
            addCheck(p.required_status_checks, { context: check.context, integration_id: int(check.integration_id) })
          }
        }
        p.strict_required_status_checks ||= bool(params.strict_required_status_checks_policy)
        break
      }
      case 'required_signatures':
        p.required_signatures = true
        break
      case 'non_fast_forward':
        p.blocks_force_push = true
        break
      case 'deletion':
        p.blocks_deletion = true
        break
      default:
        break
    }
  }
  return { ...p, rule_count: snapshot.length, ruleset_ids: [...ids].sort((a, b) => a - b), raw: snapshot }
}

/** Classic protection body → the same normalised fields. */
export function normalizeClassic(body: unknown): NormalizedProtection {
  const b = obj(body)
  const p = emptyProtection()
  if (b.required_pull_request_reviews && typeof b.required_pull_request_reviews === 'object') {
    const r = obj(b.required_pull_request_reviews)
    p.pull_request_required = true
    p.required_approving_review_count = int(r.required_approving_review_count) ?? 0
    p.dismiss_stale_reviews_on_push = bool(r.dismiss_stale_reviews)
    p.require_code_owner_review = bool(r.require_code_owner_reviews)
    p.require_last_push_approval = bool(r.require_last_push_approval)
  }
  p.required_review_thread_resolution = bool(obj(b.required_conversation_resolution).enabled)
  if (b.required_status_checks && typeof b.required_status_checks === 'object') {
    const s = obj(b.required_status_checks)
    const checks = Array.isArray(s.checks) ? s.checks : []
    for (const c of checks) {
      const check = obj(c)
      if (typeof check.context === 'string') {
        addCheck(p.required_status_checks, { context: check.context, integration_id: int(check.app_id) })
      }
    }
    // `contexts` is the older list; every entry also appears in `checks` on current GitHub, add any missing.
    for (const c of Array.isArray(s.contexts) ? s.contexts : []) {
      if (typeof c === 'string' && !p.required_status_checks.some(x => x.context === c)) {
        p.required_status_checks.push({ context: c, integration_id: null })
      }
    }
    p.strict_required_status_checks = bool(s.strict)
  }
  p.required_signatures = bool(obj(b.required_signatures).enabled)
  // Classic protection blocks force pushes and deletion unless explicitly allowed.
  p.blocks_force_push = !bool(obj(b.allow_force_pushes).enabled)
  p.blocks_deletion = !bool(obj(b.allow_deletions).enabled)
  p.enforce_admins = bool(obj(b.enforce_admins).enabled)
  return p
}

async function collectRules(context: CollectContext, branch: string): Promise<Collected<RulesetProtection>> {
  const api = context.api!
  const result = await api.paginate<unknown>(RULES_ROUTE, { owner: context.owner, repo: context.repo, branch })
  const sources = [RULES_ROUTE]
  if (!result.ok) {
    return {
      state: 'unavailable',
      value: null,
      sources,
      missing: describeFailure(
        result,
        'Rulesets for the branch',
        'Reading rules for a branch needs Metadata: read (granted to every workflow token that can read the repository).'
      )
    }
  }
  const value = normalizeRules(result.data)
  if (result.truncated) {
    return { state: 'partial', value, sources, missing: { reason: 'The list of rules was cut short.' } }
  }
  return { state: 'complete', value, sources }
}

function isUpgradeRequired(failure: ApiFailure): boolean {
  // Private repositories on GitHub Free: "Upgrade to GitHub Pro or make this repository public to enable this feature."
  return failure.status === 403 && /upgrade to github pro|make this repository public/i.test(failure.message)
}

async function collectClassic(context: CollectContext, branch: string): Promise<Collected<ClassicProtection>> {
  const api = context.api!
  const sources = [CLASSIC_ROUTE]
  const result = await api.request<unknown>(CLASSIC_ROUTE, { owner: context.owner, repo: context.repo, branch })
  if (result.ok) {
    return { state: 'complete', value: { protected: true, ...normalizeClassic(result.data) }, sources }
  }
  // GitHub answers 404 "Branch not protected" for an unprotected branch: that is a decided fact. Its
  // message is the only thing telling it apart from a 404 for a repository the token may not see.
  if (result.kind === 'not_found' && /branch not protected/i.test(result.message)) {
    return { state: 'complete', value: { protected: false, reason: 'GitHub answered 404 "Branch not protected".' }, sources }
  }
  if (isUpgradeRequired(result)) {
    return {
      state: 'complete',
      value: {
        protected: false,
        reason: 'Classic branch protection is not available for this private repository on its plan (403 "Upgrade to GitHub Pro …").'
      },
      sources
    }
  }
  if (result.kind === 'forbidden' || result.kind === 'not_found') {
    const d = describeFailure(result, 'Classic branch protection', CLASSIC_PROTECTION_REMEDY)
    return { state: 'unavailable', value: null, sources, missing: { ...d, remedy: CLASSIC_PROTECTION_REMEDY } }
  }
  return { state: 'unavailable', value: null, sources, missing: describeFailure(result, 'Classic branch protection') }
}

/**
 * Whether the active rulesets alone meet every requirement branch.protection has under the policy: then
 * classic protection cannot change its verdict and is not worth another call.
 */
function rulesetsDecide(params: Record<string, unknown>, rules: Collected<RulesetProtection>): boolean {
  const r = rules.value
  if (!r) return false
  const reqs = requirements(params as unknown as BranchProtectionParams)
  return reqs.length === 0 ? r.rule_count > 0 : reqs.every(q => q.satisfied(r))
}

/** rulesetsDecide for branch.protection's params when it is enabled; true when it is off. */
function protectionDecidedBy(context: CollectContext, rules: Collected<RulesetProtection>): boolean {
  const need = context.neededBy?.find(n => n.control === 'branch.protection')
  return need ? rulesetsDecide(need.params, rules) : true
}

/**
 * Classic protection was unreadable (the workflow token gets 403 from the protection endpoint). The branch
 * object is readable, and its `protected` is false only when neither classic protection nor a ruleset
 * applies: then "no classic protection" is a decided fact. `protected: true` does not say which of the two
 * protects the branch, so classic protection stays unknown.
 */
async function classicFromBranch(context: CollectContext, branch: string, classic: Collected<ClassicProtection>): Promise<Collected<ClassicProtection>> {
  const result = await context.api!.request<{ protected?: unknown }>(BRANCH_ROUTE, { owner: context.owner, repo: context.repo, branch })
  const sources = [...classic.sources, BRANCH_ROUTE]
  if (result.ok && result.data && result.data.protected === false) {
    return {
      state: 'complete',
      value: {
        protected: false,
        reason: `GitHub says branch "${branch}" is not protected ("protected": false on ${BRANCH_ROUTE}: no classic protection and no ruleset)`
      },
      sources
    }
  }
  const note = result.ok
    ? result.data && result.data.protected === true
      ? `GitHub says the branch is protected ("protected": true), by classic protection or a ruleset — the field does not say which`
      : `${BRANCH_ROUTE} did not say whether the branch is protected`
    : describeFailure(result, 'The branch').reason
  const missing = classic.missing ? { ...classic.missing, reason: `${classic.missing.reason}; ${note}` } : { reason: note }
  return { ...classic, sources, missing }
}

/**
 * True when the plan says which controls read the branch rules and none but branch.protection and
 * commits.signed does: then classic protection can wait for the rulesets' answer (classicCouldDecide).
 * checks.required adds classic protection's required checks, so with it enabled classic protection is read.
 */
function classicReadersKnown(context: CollectContext): boolean {
  const by = context.neededBy
  return by !== undefined && by.every(n => n.control === 'branch.protection' || n.control === 'commits.signed')
}

/**
 * Whether classic protection could change a verdict, given the rulesets: branch.protection when the rulesets
 * alone do not meet every requirement; commits.signed when neither the policy (`required: true`) nor a ruleset
 * already requires signatures.
 */
function classicCouldDecide(context: CollectContext, rules: Collected<RulesetProtection>): boolean {
  return (context.neededBy ?? []).some(n => {
    if (n.control === 'branch.protection') return !rulesetsDecide(n.params, rules)
    if (n.control === 'commits.signed') return n.params.required !== true && !(rules.state === 'complete' && rules.value?.required_signatures)
    return true
  })
}

/** The rulesets decide every verdict that reads the branch rules: classic protection is not read (one call fewer). */
function rulesOnly(branch: string, rules: Collected<RulesetProtection>): Collected<BranchRulesFacts> {
  const classic: Collected<ClassicProtection> = {
    state: 'not_collected',
    value: null,
    sources: [],
    missing: { reason: 'Not read: the active rulesets meet every requirement the enabled controls judge, so classic protection could not change a verdict.' }
  }
  const value: BranchRulesFacts = { branch, rules, classic }
  if (rules.state === 'complete') return { state: 'complete', value, sources: [RULES_ROUTE] }
  return {
    state: rules.state === 'unavailable' ? 'unavailable' : 'partial',
    value: rules.state === 'unavailable' ? null : value,
    // only the rulesets were asked
    sources: [RULES_ROUTE],
    missing: rules.missing
  }
}

export const branchRulesCollector: FactCollector<'branch_rules'> = {
  group: 'branch_rules',
  after: 'pull_request',
  async collect(context: CollectContext): Promise<Collected<BranchRulesFacts>> {
    const sources = [RULES_ROUTE, CLASSIC_ROUTE, BRANCH_ROUTE]
    const branch = targetBranch(context.record.subject.base_ref)
    if (!context.api) {
      return {
        state: 'unavailable',
        value: null,
        sources,
        missing: {
          reason: 'No GitHub API available (offline run), so branch rules and protection could not be read.',
          remedy: 'Run with a GitHub token (github-token input or GITHUB_TOKEN).'
        }
      }
    }
    if (!branch) {
      return { state: 'unavailable', value: null, sources, missing: { reason: 'The target branch is not known.' } }
    }
    // Classic protection is read beside the rulesets whenever a control other than branch.protection (and
    // commits.signed, below) may read it; otherwise only once the rulesets leave a verdict open.
    const onlyRulesetsMayDecide = classicReadersKnown(context)
    const rulesRead = collectRules(context, branch)
    const classicRead = onlyRulesetsMayDecide ? null : collectClassic(context, branch)
    const rules = await rulesRead
    let unreadClassic: Collected<ClassicProtection>
    if (classicRead) unreadClassic = await classicRead
    else if (classicCouldDecide(context, rules)) unreadClassic = await collectClassic(context, branch)
    else return rulesOnly(branch, rules)
    // One more call, only when it can decide: classic protection unreadable and the rulesets not enough alone.
    const classic =
      unreadClassic.state === 'unavailable' && rules.state === 'complete' && !protectionDecidedBy(context, rules)
        ? await classicFromBranch(context, branch, unreadClassic)
        : unreadClassic
    const value: BranchRulesFacts = { branch, rules, classic }
    const states = [rules.state, classic.state]
    if (states.every(s => s === 'complete')) return { state: 'complete', value, sources }
    if (states.every(s => s === 'unavailable')) {
      const reason = [rules.missing?.reason, classic.missing?.reason].filter(Boolean).join('; ')
      const remedy = [rules.missing?.remedy, classic.missing?.remedy].filter(Boolean).join(' ')
      return { state: 'unavailable', value: null, sources, missing: { reason, ...(remedy ? { remedy } : {}) } }
    }
    return { state: 'partial', value, sources, missing: classic.state !== 'complete' ? classic.missing : rules.missing }
  }
}
