/**
 * Builders for the branch_rules / checks / push facts (record.facts) and an in-memory GitHubApi for
 * collector tests. Used by the branch, checks, commits and change.* control tests.
 */
import type { ApiFailure, ApiFailureKind, ApiResult, GitHubApi, PaginatedSuccess } from '../../src/collect/github/api.js'
import type { Collected } from '../../src/model/record.js'
import type { BranchRulesFacts, ClassicProtection, NormalizedProtection, RuleSnapshot, RulesetProtection } from '../../src/model/facts/branch-rules.js'
import { normalizeRules } from '../../src/collect/branch-rules.js'
import { CLASSIC_PROTECTION_REMEDY } from '../../src/model/facts/branch-rules.js'
import type { CheckRunFact, ChecksAtSha, ChecksFacts, CommitStatusFact } from '../../src/model/facts/checks.js'

export const ok = <T>(value: T): Collected<T> => ({ state: 'complete', value, sources: ['test'] })

/** Ruleset facts from raw rules as GitHub returns them. */
export function rulesGroup(raw: RuleSnapshot[]): Collected<RulesetProtection> {
  return ok(normalizeRules(raw))
}

export const prRule = (p: Partial<Record<string, unknown>> = {}, ruleset_id = 7): RuleSnapshot => ({
  type: 'pull_request',
  ruleset_source_type: 'Repository',
  ruleset_source: 'octo-org/octo-repo',
  ruleset_id,
  parameters: {
    required_approving_review_count: 1,
    dismiss_stale_reviews_on_push: true,
    require_code_owner_review: false,
    require_last_push_approval: false,
    required_review_thread_resolution: false,
    ...p
  }
})
export const simpleRule = (type: string, ruleset_id = 7): RuleSnapshot => ({
  type,
  ruleset_source_type: 'Repository',
  ruleset_source: 'octo-org/octo-repo',
  ruleset_id
})
export const checksRule = (contexts: (string | { context: string; integration_id?: number })[], ruleset_id = 7): RuleSnapshot => ({
  type: 'required_status_checks',
  ruleset_id,
  parameters: {
    strict_required_status_checks_policy: false,
    required_status_checks: contexts.map(c => (typeof c === 'string' ? { context: c } : c))
  }
})

export const classic403: Collected<ClassicProtection> = {
  state: 'unavailable',
  value: null,
  sources: ['GET /repos/{owner}/{repo}/branches/{branch}/protection'],
  missing: { reason: 'Classic branch protection: answered 403 (Resource not accessible by integration)', remedy: CLASSIC_PROTECTION_REMEDY, http_status: 403 }
}
export const classicNone: Collected<ClassicProtection> = ok({ protected: false, reason: 'GitHub answered 404 "Branch not protected".' })

export function classicProtected(p: Partial<NormalizedProtection> = {}): Collected<ClassicProtection> {
  return ok({
    protected: true,
    pull_request_required: true,
    required_approving_review_count: 1,
    dismiss_stale_reviews_on_push: true,
    require_code_owner_review: false,
    require_last_push_approval: false,
    required_review_thread_resolution: false,
    required_status_checks: [],
    strict_required_status_checks: false,
    required_signatures: false,
    blocks_force_push: true,
    blocks_deletion: true,
    enforce_admins: true,
    ...p
  })
}

export function branchRules(rules: Collected<RulesetProtection>, classic: Collected<ClassicProtection>): Collected<BranchRulesFacts> {
  return {
    state: rules.state === 'complete' && classic.state === 'complete' ? 'complete' : 'partial',
    value: { branch: 'main', rules, classic },
    sources: ['test']
  }
}

export function run(
  name: string,
  status: string,
  conclusion: string | null,
  app: { id: number; slug: string } = { id: 15368, slug: 'github-actions' }
): CheckRunFact {
  return {
    id: 1,
    name,
    status,
    conclusion,
    app_id: app.id,
    app_slug: app.slug,
    html_url: `https://github.com/o/r/runs/${name}`,
    started_at: null,
    completed_at: null
  }
}
export function status(context: string, state: string): CommitStatusFact {
  return { context, state, target_url: null, description: null, updated_at: null }
}
export function at(sha: string, runs: CheckRunFact[], statuses: CommitStatusFact[] = [], role: 'head' | 'merge' = 'head'): ChecksAtSha {
  return { sha, role, check_runs: ok(runs), statuses: ok(statuses) }
}
export function checksGroup(list: ChecksAtSha[], self: string[] = ['compliance-gate']): Collected<ChecksFacts> {
  return ok({ self_check_names: self, at: list })
}

// ---------------------------------------------------------------------------------------------------
// In-memory GitHubApi

export type Answer = { status: number; data?: unknown; message?: string }
export type Handler = (params: Record<string, unknown>) => Answer

function kindOf(status: number, message: string): ApiFailureKind {
  if (status === 401) return 'unauthorized'
  if (status === 403 && /rate limit/i.test(message)) return 'rate_limited'
  if (status === 403) return 'forbidden'
  if (status === 404) return 'not_found'
  if (status === 429) return 'rate_limited'
  if (status >= 500) return 'server'
  return 'other'
}

/** A GitHubApi answering from route handlers; records each call. Unknown routes answer 404. */
export class FakeApi implements GitHubApi {
  calls: { route: string; params: Record<string, unknown> }[] = []
  constructor(private readonly handlers: Record<string, Handler>) {}

  private answer(route: string, params: Record<string, unknown>): Answer {
    this.calls.push({ route, params })
    const h = this.handlers[route]
    return h ? h(params) : { status: 404, message: 'Not Found' }
  }

  private failure(route: string, a: Answer): ApiFailure {
    const message = a.message ?? 'error'
    return { ok: false, kind: kindOf(a.status, message), status: a.status, message, route }
  }

  async request<T>(route: string, params: Record<string, unknown> = {}): Promise<ApiResult<T>> {
    const a = this.answer(route, params)
    if (a.status >= 400) return this.failure(route, a)
    return { ok: true, status: a.status, data: a.data as T, route }
  }

  async paginate<T>(
    route: string,
    params: Record<string, unknown> = {},
    options: { maxItems?: number; itemsKey?: string } = {}
  ): Promise<PaginatedSuccess<T> | ApiFailure> {
    const a = this.answer(route, params)
    if (a.status >= 400) return this.failure(route, a)
    let list = a.data
    if (options.itemsKey && list && typeof list === 'object' && !Array.isArray(list)) list = (list as Record<string, unknown>)[options.itemsKey]
    const items = (Array.isArray(list) ? list : []) as T[]
    const max = options.maxItems ?? Infinity
    return { ok: true, status: a.status, data: items.slice(0, max), route, truncated: items.length > max }
  }
}
