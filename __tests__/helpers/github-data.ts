/**
 * Builders of GitHub REST response bodies that validate against GitHub's OpenAPI schema. Each starts
 * from the spec's own example (realistic, complete), retargets it to the test repository, fixes the
 * few places where GitHub's examples lag their schema (teams without `type`, protection without
 * `checks` …) and applies the overrides. Pass the results to the fake (./fake-github.ts).
 *
 * Default repository: DEFAULT_OWNER/DEFAULT_REPO ('octo-org/octo-repo'); most builders take `owner`/`repo`.
 */
import { createHash } from 'node:crypto'
import { exampleFor } from './openapi.js'

type Obj = Record<string, any>

export const DEFAULT_OWNER = 'octo-org'
export const DEFAULT_REPO = 'octo-repo'
const API = 'https://api.github.com'
const WEB = 'https://github.com'

export interface RepoRef {
  owner?: string
  repo?: string
}

/** A deterministic 40-hex SHA from any seed text (sha1). */
export function fakeSha(seed: string): string {
  return createHash('sha1').update(seed).digest('hex')
}

/** A deterministic positive id for a string. */
export function idFor(seed: string, max = 2_000_000_000): number {
  return (parseInt(fakeSha(seed).slice(0, 8), 16) % max) + 1
}

/** Rewrite every occurrence of the example's repository to ours (URLs, full_name …). */
function retarget<T>(value: T, fromFullName: string, owner: string, repo: string): T {
  const [fromOwner, fromRepo] = fromFullName.split('/')
  let text = JSON.stringify(value)
  text = text.split(`repos/${fromOwner}/${fromRepo}`).join(`repos/${owner}/${repo}`)
  text = text.split(`github.com/${fromOwner}/${fromRepo}`).join(`github.com/${owner}/${repo}`)
  text = text.split(`"${fromFullName}"`).join(`"${owner}/${repo}"`)
  return JSON.parse(text) as T
}

function example(operation: string, status = 200, name?: string): any {
  const ex = exampleFor(operation, status, name)
  if (ex === undefined) throw new Error(`no example for ${operation} ${status}`)
  return ex
}

function fixTeams(teams: unknown): void {
  if (!Array.isArray(teams)) return
  for (const t of teams as Obj[]) {
    if (t && typeof t === 'object' && t.type === undefined) t.type = 'organization'
    if (t?.parent && typeof t.parent === 'object' && t.parent.type === undefined) t.parent.type = 'organization'
  }
}

function userPath(login: string): string {
  return encodeURIComponent(login)
}

// ---------------------------------------------------------------------------------------------------
// Users
// ---------------------------------------------------------------------------------------------------

export type UserType = 'User' | 'Bot' | 'Organization'

/** A `simple-user` (the shape of user/owner/sender fields). Logins ending in `[bot]` default to 'Bot'. */
export function user(login: string, type?: UserType, id?: number): Obj {
  const t: UserType = type ?? (login.endsWith('[bot]') ? 'Bot' : 'User')
  const uid = id ?? idFor('user:' + login)
  const p = userPath(login)
  const prefix = t === 'Organization' ? 'MDEyOk9yZ2FuaXphdGlvbj' : t === 'Bot' ? 'MDM6Qm90' : 'MDQ6VXNlcj'
  return {
    login,
    id: uid,
    node_id: prefix + Buffer.from(String(uid)).toString('base64').replace(/=+$/, ''),
    avatar_url: `https://avatars.githubusercontent.com/u/${uid}?v=4`,
    gravatar_id: '',
    url: `${API}/users/${p}`,
    html_url: t === 'Bot' ? `${WEB}/apps/${p.replace(/%5Bbot%5D$/, '')}` : `${WEB}/${p}`,
    followers_url: `${API}/users/${p}/followers`,
    following_url: `${API}/users/${p}/following{/other_user}`,
    gists_url: `${API}/users/${p}/gists{/gist_id}`,
    starred_url: `${API}/users/${p}/starred{/owner}{/repo}`,
    subscriptions_url: `${API}/users/${p}/subscriptions`,
    organizations_url: `${API}/users/${p}/orgs`,
    repos_url: `${API}/users/${p}/repos`,
    events_url: `${API}/users/${p}/events{/privacy}`,
    received_events_url: `${API}/users/${p}/received_events`,
    type: t,
    user_view_type: 'public',
    site_admin: false
  }
}

function asUser(u: string | Obj | null | undefined): Obj | null | undefined {
  if (u === undefined || u === null) return u
  return typeof u === 'string' ? user(u) : u
}

// ---------------------------------------------------------------------------------------------------
// Repository
// ---------------------------------------------------------------------------------------------------

export interface RepositoryOptions extends RepoRef {
  name?: string
  private?: boolean
  default_branch?: string
  ownerType?: 'User' | 'Organization'
  visibility?: 'public' | 'private' | 'internal'
  fork?: boolean
  archived?: boolean
}

/** GET /repos/{owner}/{repo} → `full-repository`. */
export function repository(opts: RepositoryOptions = {}): Obj {
  const owner = opts.owner ?? DEFAULT_OWNER
  const name = opts.name ?? opts.repo ?? DEFAULT_REPO
  const r = retarget(example('repos/get'), 'octocat/Hello-World', owner, name)
  delete r.source
  delete r.parent
  delete r.template_repository
  r.language ??= null
  r.name = name
  r.full_name = `${owner}/${name}`
  r.id = idFor('repo:' + r.full_name)
  r.owner = user(owner, opts.ownerType ?? 'Organization')
  if (opts.ownerType !== 'User' && r.organization !== undefined) r.organization = user(owner, 'Organization')
  else delete r.organization
  r.private = opts.private ?? false
  r.visibility = opts.visibility ?? (r.private ? 'private' : 'public')
  r.default_branch = opts.default_branch ?? 'main'
  if (r.master_branch !== undefined) r.master_branch = r.default_branch
  r.fork = opts.fork ?? false
  r.archived = opts.archived ?? false
  return r
}

/** The `repository` shape embedded in pull-request head/base (and `minimal` lists). */
function embeddedRepo(template: Obj, owner: string, name: string, isPrivate = false): Obj {
  const r = retarget(template, template.full_name, owner, name)
  r.name = name
  r.full_name = `${owner}/${name}`
  r.id = idFor('repo:' + r.full_name)
  r.owner = user(owner, 'Organization')
  r.private = isPrivate
  if ('visibility' in r) r.visibility = isPrivate ? 'private' : 'public'
  return r
}

// ---------------------------------------------------------------------------------------------------
// Pull requests
// ---------------------------------------------------------------------------------------------------

export interface PullRequestOptions extends RepoRef {
  number?: number
  user?: string | Obj
  head?: {
    sha?: string
    ref?: string
    /**
     * 'owner/name' of a fork. null = the fork was deleted: GitHub really sends `head.repo: null` then,
     * but its schema does not allow it, so serve such a body with `skipValidation: true`.
     */
    repo?: string | null
  }
  base?: { ref?: string; sha?: string }
  title?: string
  body?: string | null
  labels?: (string | Obj)[]
  merged?: boolean
  merged_by?: string | Obj | null
  merged_at?: string | null
  merge_commit_sha?: string | null
  draft?: boolean
  state?: 'open' | 'closed'
  author_association?: string
  created_at?: string
  updated_at?: string
  commits?: number
  additions?: number
  deletions?: number
  changed_files?: number
  private?: boolean
}

function label(l: string | Obj, owner: string, repo: string): Obj {
  if (typeof l !== 'string') return l
  return {
    id: idFor('label:' + l),
    node_id: 'MDU6TGFiZWw' + idFor('label:' + l),
    url: `${API}/repos/${owner}/${repo}/labels/${encodeURIComponent(l)}`,
    name: l,
    description: null,
    color: 'ededed',
    default: false
  }
}

function applyPullRequest(pr: Obj, opts: PullRequestOptions): Obj {
  const owner = opts.owner ?? DEFAULT_OWNER
  const repo = opts.repo ?? DEFAULT_REPO
  pr = retarget(pr, 'octocat/Hello-World', owner, repo)
  const number = opts.number ?? 1
  pr.number = number
  pr.id = idFor(`pr:${owner}/${repo}#${number}`)
  for (const k of ['url', 'html_url', 'diff_url', 'patch_url', 'issue_url', 'commits_url', 'review_comments_url', 'comments_url']) {
    if (typeof pr[k] === 'string') pr[k] = pr[k].replace(/\/(pulls|pull|issues)\/1347(?=\b|\.)/, `/$1/${number}`)
  }
  if (pr._links) {
    for (const l of Object.values(pr._links) as Obj[]) {
      if (typeof l?.href === 'string') l.href = l.href.replace(/\/(pulls|pull|issues)\/1347(?=\b|\.)/, `/$1/${number}`)
    }
  }
  if (opts.title !== undefined) pr.title = opts.title
  if (opts.body !== undefined) pr.body = opts.body
  if (opts.user !== undefined) pr.user = asUser(opts.user)
  else pr.user = user('octocat')
  if (opts.author_association) pr.author_association = opts.author_association
  if (opts.labels !== undefined) pr.labels = opts.labels.map(l => label(l, owner, repo))
  const state = opts.state ?? (opts.merged ? 'closed' : 'open')
  pr.state = state
  if ('draft' in pr || opts.draft !== undefined) pr.draft = opts.draft ?? false
  if (opts.created_at) pr.created_at = opts.created_at
  if (opts.updated_at) pr.updated_at = opts.updated_at
  const merged = opts.merged ?? false
  if ('merged' in pr) pr.merged = merged
  pr.merged_at = opts.merged_at !== undefined ? opts.merged_at : merged ? (pr.updated_at ?? '2011-01-26T19:01:12Z') : null
  pr.closed_at = state === 'closed' ? (pr.merged_at ?? pr.updated_at ?? '2011-01-26T19:01:12Z') : null
  if ('merged_by' in pr || opts.merged_by !== undefined) {
    pr.merged_by = opts.merged_by !== undefined ? asUser(opts.merged_by) : merged ? user('octocat') : null
  }
  if ('mergeable' in pr && merged) {
    pr.mergeable = null
    pr.mergeable_state = 'unknown'
  }
  const headSha = opts.head?.sha ?? fakeSha(`head:${owner}/${repo}#${number}`)
  const baseSha = opts.base?.sha ?? fakeSha(`base:${owner}/${repo}#${number}`)
  pr.merge_commit_sha = opts.merge_commit_sha !== undefined ? opts.merge_commit_sha : fakeSha(`merge:${owner}/${repo}#${number}`)
  const baseRef = opts.base?.ref ?? 'main'
  const headRef = opts.head?.ref ?? `feature-${number}`
  pr.base.ref = baseRef
  pr.base.label = `${owner}:${baseRef}`
  pr.base.sha = baseSha
  pr.base.user = user(owner, 'Organization')
  pr.base.repo = embeddedRepo(pr.base.repo, owner, repo, opts.private)
  if (pr.base.repo.default_branch !== undefined) pr.base.repo.default_branch = 'main'
  pr.head.ref = headRef
  pr.head.sha = headSha
  if (opts.head?.repo === null) {
    pr.head.repo = null
    pr.head.label = `unknown:${headRef}`
  } else if (opts.head?.repo) {
    const [fo, fr] = opts.head.repo.split('/')
    pr.head.repo = embeddedRepo(pr.head.repo, fo, fr, opts.private)
    pr.head.repo.fork = true
    pr.head.user = user(fo, 'User')
    pr.head.label = `${fo}:${headRef}`
  } else {
    pr.head.repo = embeddedRepo(pr.head.repo, owner, repo, opts.private)
    pr.head.user = user(owner, 'Organization')
    pr.head.label = `${owner}:${headRef}`
  }
  if (pr.head.repo && pr.head.repo.default_branch !== undefined) pr.head.repo.default_branch = 'main'
  if (typeof pr.statuses_url === 'string') pr.statuses_url = `${API}/repos/${owner}/${repo}/statuses/${headSha}`
  if (pr._links?.statuses) pr._links.statuses.href = pr.statuses_url
  for (const k of ['commits', 'additions', 'deletions', 'changed_files'] as const) {
    if (opts[k] !== undefined) pr[k] = opts[k]
  }
  fixTeams(pr.requested_teams)
  return pr
}

/** GET /repos/{owner}/{repo}/pulls/{pull_number} → `pull-request`. */
export function pullRequest(opts: PullRequestOptions = {}): Obj {
  return applyPullRequest(example('pulls/get'), opts)
}

/** One `pull-request-simple` (lists: GET /repos/{o}/{r}/pulls, …/commits/{sha}/pulls). */
export function pullRequestSimple(opts: PullRequestOptions = {}): Obj {
  return applyPullRequest(example('repos/list-pull-requests-associated-with-commit')[0], opts)
}

/** GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls → `pull-request-simple[]`; each PR's merge_commit_sha defaults to `sha`. */
export function commitPulls(sha: string, prs: PullRequestOptions[]): Obj[] {
  return prs.map(p => pullRequestSimple({ merged: true, merge_commit_sha: sha, ...p }))
}

// ---------------------------------------------------------------------------------------------------
// Reviews, commits, files
// ---------------------------------------------------------------------------------------------------

export interface ReviewOptions extends RepoRef {
  id?: number
  user?: string | Obj | null
  state?: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING'
  commit_id?: string | null
  submitted_at?: string
  body?: string
  author_association?: string
  pull_number?: number
}

/** One item of GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews (`pull-request-review`). */
export function review(opts: ReviewOptions = {}): Obj {
  const owner = opts.owner ?? DEFAULT_OWNER
  const repo = opts.repo ?? DEFAULT_REPO
  const r = retarget(example('pulls/list-reviews')[0], 'octocat/Hello-World', owner, repo)
  const n = opts.pull_number ?? 1
  r.id = opts.id ?? 80
  r.node_id = 'PRR_' + Buffer.from(String(r.id)).toString('base64url')
  r.user = opts.user === undefined ? user('octocat') : asUser(opts.user)
  r.state = opts.state ?? 'APPROVED'
  r.body = opts.body ?? (r.state === 'APPROVED' ? 'LGTM' : '')
  r.commit_id = opts.commit_id === undefined ? fakeSha(`head:${owner}/${repo}#${n}`) : opts.commit_id
  if (opts.submitted_at !== undefined) r.submitted_at = opts.submitted_at
  if (r.state === 'PENDING') delete r.submitted_at
  r.author_association = opts.author_association ?? 'MEMBER'
  r.html_url = `${WEB}/${owner}/${repo}/pull/${n}#pullrequestreview-${r.id}`
  r.pull_request_url = `${API}/repos/${owner}/${repo}/pulls/${n}`
  if (r._links) {
    r._links.html.href = r.html_url
    r._links.pull_request.href = r.pull_request_url
  }
  return r
}

export interface GitActor {
  name?: string
  email?: string
  /** GitHub account the identity resolved to; null = not linked to an account. */
  login?: string | null
  date?: string
}

export interface CommitOptions extends RepoRef {
  sha?: string
  message?: string
  author?: GitActor
  committer?: GitActor
  verified?: boolean
  /** Verification reason: 'valid', 'unsigned', 'unknown_key', 'bad_email' … */
  reason?: string
  parents?: string[]
}

/** One item of GET /repos/{owner}/{repo}/pulls/{pull_number}/commits (`commit`). */
export function commit(opts: CommitOptions = {}): Obj {
  const owner = opts.owner ?? DEFAULT_OWNER
  const repo = opts.repo ?? DEFAULT_REPO
  const c = retarget(example('pulls/list-commits')[0], 'octocat/Hello-World', owner, repo)
  const sha = opts.sha ?? fakeSha(`commit:${opts.message ?? ''}:${JSON.stringify(opts.author ?? {})}`)
  c.sha = sha
  c.node_id = 'C_' + Buffer.from(sha.slice(0, 12)).toString('base64url')
  c.url = `${API}/repos/${owner}/${repo}/commits/${sha}`
  c.html_url = `${WEB}/${owner}/${repo}/commit/${sha}`
  c.comments_url = `${API}/repos/${owner}/${repo}/commits/${sha}/comments`
  c.commit.url = `${API}/repos/${owner}/${repo}/git/commits/${sha}`
  c.commit.message = opts.message ?? 'Fix all the bugs'
  c.commit.comment_count ??= 0
  const author = { name: 'Monalisa Octocat', email: 'mona@github.com', login: 'octocat', date: '2024-01-01T00:00:00Z', ...opts.author }
  const committer = { ...author, ...opts.committer }
  c.commit.author = { name: author.name, email: author.email, date: author.date }
  c.commit.committer = { name: committer.name, email: committer.email, date: committer.date }
  c.author = author.login ? user(author.login) : null
  c.committer = committer.login ? user(committer.login) : null
  const verified = opts.verified ?? false
  c.commit.verification = {
    verified,
    reason: opts.reason ?? (verified ? 'valid' : 'unsigned'),
    signature: verified ? '-----BEGIN PGP SIGNATURE-----\n...\n-----END PGP SIGNATURE-----' : null,
    payload: verified ? `tree ${fakeSha('tree:' + sha)}\n...` : null,
    verified_at: verified ? committer.date : null
  }
  c.commit.tree = { sha: fakeSha('tree:' + sha), url: `${API}/repos/${owner}/${repo}/git/trees/${fakeSha('tree:' + sha)}` }
  c.parents = (opts.parents ?? [fakeSha('parent:' + sha)]).map(p => ({
    sha: p,
    url: `${API}/repos/${owner}/${repo}/commits/${p}`,
    html_url: `${WEB}/${owner}/${repo}/commit/${p}`
  }))
  return c
}

export interface PrFileOptions extends RepoRef {
  filename: string
  status?: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged'
  additions?: number
  deletions?: number
  /** Omit (undefined) for GitHub's "no patch" case (binary / large file): pass `patch: null`. */
  patch?: string | null
  previous_filename?: string
  sha?: string
  ref?: string
}

/** One item of GET /repos/{owner}/{repo}/pulls/{pull_number}/files (`diff-entry`). */
/** A file the pull request adds, as the files route lists it: every line added, GitHub's patch of one hunk. */
export function addedFile(filename: string, text: string): PrFileOptions {
  const lines = text.trimEnd().split('\n')
  return { filename, status: 'added', additions: lines.length, deletions: 0, patch: `@@ -0,0 +1,${lines.length} @@\n${lines.map(l => `+${l}`).join('\n')}\n` }
}

export function prFile(opts: PrFileOptions): Obj {
  const owner = opts.owner ?? DEFAULT_OWNER
  const repo = opts.repo ?? DEFAULT_REPO
  const f = retarget(example('pulls/list-files')[0], 'octocat/Hello-World', owner, repo)
  const additions = opts.additions ?? 1
  const deletions = opts.deletions ?? 0
  const ref = opts.ref ?? fakeSha('ref')
  const enc = opts.filename.split('/').map(encodeURIComponent).join('/')
  f.sha = opts.sha ?? fakeSha('blob:' + opts.filename)
  f.filename = opts.filename
  f.status = opts.status ?? (opts.previous_filename ? 'renamed' : 'modified')
  f.additions = additions
  f.deletions = deletions
  f.changes = additions + deletions
  f.blob_url = `${WEB}/${owner}/${repo}/blob/${ref}/${enc}`
  f.raw_url = `${WEB}/${owner}/${repo}/raw/${ref}/${enc}`
  f.contents_url = `${API}/repos/${owner}/${repo}/contents/${enc}?ref=${ref}`
  if (opts.patch === null) delete f.patch
  else f.patch = opts.patch ?? `@@ -1,${deletions} +1,${additions} @@\n` + '+added line\n'.repeat(additions) + '-removed line\n'.repeat(deletions)
  if (opts.previous_filename) f.previous_filename = opts.previous_filename
  else delete f.previous_filename
  return f
}

// ---------------------------------------------------------------------------------------------------
// Permissions, teams
// ---------------------------------------------------------------------------------------------------

/** GET /repos/{owner}/{repo}/collaborators/{username}/permission. role_name defaults to the permission. */
export function collaboratorPermission(login: string, permission: 'admin' | 'write' | 'read' | 'none', role_name?: string): Obj {
  const p = example('repos/get-collaborator-permission-level')
  const role = role_name ?? permission
  p.permission = permission
  p.role_name = role
  const u: Obj = user(login)
  u.permissions = {
    admin: permission === 'admin',
    maintain: permission === 'admin' || role === 'maintain',
    push: permission === 'admin' || permission === 'write',
    triage: permission !== 'none',
    pull: permission !== 'none'
  }
  u.role_name = role
  p.user = u
  return p
}

/** GET /orgs/{org}/teams/{team_slug}/members → `simple-user[]`. */
export function teamMembers(logins: string[]): Obj[] {
  return logins.map(l => user(l))
}

export interface TeamRepositoryOptions extends RepoRef {
  /** admin | maintain | push | triage | pull */
  permission?: 'admin' | 'maintain' | 'push' | 'triage' | 'pull'
  role_name?: string
}

/** GET /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo} with `application/vnd.github.v3.repository+json` → `team-repository`. */
export function teamRepository(opts: TeamRepositoryOptions = {}): Obj {
  const owner = opts.owner ?? DEFAULT_OWNER
  const repo = opts.repo ?? DEFAULT_REPO
  const r = retarget(example('teams/check-permissions-for-repo-in-org'), 'octocat/Hello-World', owner, repo)
  delete r.template_repository
  r.name = repo
  r.full_name = `${owner}/${repo}`
  r.id = idFor('repo:' + r.full_name)
  r.owner = user(owner, 'Organization')
  const perm = opts.permission ?? 'push'
  const order = ['pull', 'triage', 'push', 'maintain', 'admin']
  const lvl = order.indexOf(perm)
  r.permissions = { pull: lvl >= 0, triage: lvl >= 1, push: lvl >= 2, maintain: lvl >= 3, admin: lvl >= 4 }
  r.role_name = opts.role_name ?? (perm === 'push' ? 'write' : perm === 'pull' ? 'read' : perm)
  return r
}

// ---------------------------------------------------------------------------------------------------
// Branch rules and protection
// ---------------------------------------------------------------------------------------------------

export interface RuleSource {
  ruleset_source_type?: 'Repository' | 'Organization'
  ruleset_source?: string
  ruleset_id?: number
}

export type BranchRuleSpec = RuleSource &
  (
    | {
        type: 'pull_request'
        parameters?: {
          required_approving_review_count?: number
          dismiss_stale_reviews_on_push?: boolean
          require_code_owner_review?: boolean
          require_last_push_approval?: boolean
          required_review_thread_resolution?: boolean
          allowed_merge_methods?: ('merge' | 'squash' | 'rebase')[]
        }
      }
    | {
        type: 'required_status_checks'
        parameters?: {
          required_status_checks?: { context: string; integration_id?: number }[]
          strict_required_status_checks_policy?: boolean
          do_not_enforce_on_create?: boolean
        }
      }
    | { type: 'required_signatures' | 'non_fast_forward' | 'deletion' | 'creation' | 'required_linear_history' }
    | { type: string; parameters?: Record<string, unknown> }
  )

/** GET /repos/{owner}/{repo}/rules/branches/{branch} → `repository-rule-detailed[]`. */
export function branchRules(rules: BranchRuleSpec[], repoRef: RepoRef = {}): Obj[] {
  const full = `${repoRef.owner ?? DEFAULT_OWNER}/${repoRef.repo ?? DEFAULT_REPO}`
  return rules.map((r, i) => {
    const out: Obj = {
      type: r.type,
      ruleset_source_type: r.ruleset_source_type ?? 'Repository',
      ruleset_source: r.ruleset_source ?? (r.ruleset_source_type === 'Organization' ? full.split('/')[0] : full),
      ruleset_id: r.ruleset_id ?? 42 + i
    }
    const params = (r as { parameters?: Obj }).parameters
    if (r.type === 'pull_request') {
      out.parameters = {
        required_approving_review_count: 1,
        dismiss_stale_reviews_on_push: false,
        require_code_owner_review: false,
        require_last_push_approval: false,
        required_review_thread_resolution: false,
        allowed_merge_methods: ['merge', 'squash', 'rebase'],
        ...params
      }
    } else if (r.type === 'required_status_checks') {
      out.parameters = { required_status_checks: [], strict_required_status_checks_policy: false, ...params }
    } else if (params) {
      out.parameters = params
    }
    return out
  })
}

export interface BranchProtectionOptions extends RepoRef {
  branch?: string
  /** null/false removes the required_pull_request_reviews section. */
  reviews?:
    | {
        required_approving_review_count?: number
        dismiss_stale_reviews?: boolean
        require_code_owner_reviews?: boolean
        require_last_push_approval?: boolean
      }
    | null
    | false
  /** null/false removes required_status_checks. */
  statusChecks?: { contexts?: string[]; strict?: boolean; checks?: { context: string; app_id: number | null }[] } | null | false
  enforce_admins?: boolean
  required_signatures?: boolean
  allow_force_pushes?: boolean
  allow_deletions?: boolean
  required_linear_history?: boolean
  required_conversation_resolution?: boolean
}

/** GET /repos/{owner}/{repo}/branches/{branch}/protection → `branch-protection`. */
export function branchProtection(opts: BranchProtectionOptions = {}): Obj {
  const owner = opts.owner ?? DEFAULT_OWNER
  const repo = opts.repo ?? DEFAULT_REPO
  const branch = opts.branch ?? 'main'
  let p = retarget(example('repos/get-branch-protection'), 'octocat/Hello-World', owner, repo)
  p = JSON.parse(
    JSON.stringify(p)
      .split(`/branches/master/`)
      .join(`/branches/${encodeURIComponent(branch)}/`)
  )
  p.url = `${API}/repos/${owner}/${repo}/branches/${encodeURIComponent(branch)}/protection`
  const rpr = p.required_pull_request_reviews
  if (rpr) {
    fixTeams(rpr.dismissal_restrictions?.teams)
    fixTeams(rpr.bypass_pull_request_allowances?.teams)
    for (const a of [...(rpr.dismissal_restrictions?.apps ?? []), ...(rpr.bypass_pull_request_allowances?.apps ?? [])] as Obj[]) {
      if (a?.owner && a.owner.type === undefined) a.owner.type = 'Organization'
    }
    // Restrictions are org-only and noisy; keep the section minimal.
    delete rpr.dismissal_restrictions
    delete rpr.bypass_pull_request_allowances
  }
  delete p.restrictions
  if (opts.reviews === null || opts.reviews === false) delete p.required_pull_request_reviews
  else {
    p.required_pull_request_reviews = {
      url: `${p.url}/required_pull_request_reviews`,
      dismiss_stale_reviews: opts.reviews?.dismiss_stale_reviews ?? false,
      require_code_owner_reviews: opts.reviews?.require_code_owner_reviews ?? false,
      required_approving_review_count: opts.reviews?.required_approving_review_count ?? 1,
      require_last_push_approval: opts.reviews?.require_last_push_approval ?? false
    }
  }
  if (opts.statusChecks === null || opts.statusChecks === false) delete p.required_status_checks
  else {
    const contexts = opts.statusChecks?.contexts ?? opts.statusChecks?.checks?.map(c => c.context) ?? ['ci/build']
    p.required_status_checks = {
      url: `${p.url}/required_status_checks`,
      strict: opts.statusChecks?.strict ?? true,
      contexts,
      contexts_url: `${p.url}/required_status_checks/contexts`,
      checks: opts.statusChecks?.checks ?? contexts.map(c => ({ context: c, app_id: null }))
    }
  }
  const flag = (key: string, value: boolean | undefined, dflt: boolean): void => {
    p[key] = { ...(typeof p[key] === 'object' && p[key] ? p[key] : {}), enabled: value ?? dflt }
    if (key === 'enforce_admins' || key === 'required_signatures') p[key].url = `${p.url}/${key}`
  }
  flag('enforce_admins', opts.enforce_admins, true)
  flag('required_signatures', opts.required_signatures, false)
  flag('allow_force_pushes', opts.allow_force_pushes, false)
  flag('allow_deletions', opts.allow_deletions, false)
  flag('required_linear_history', opts.required_linear_history, false)
  flag('required_conversation_resolution', opts.required_conversation_resolution, false)
  return p
}

export interface BranchOptions extends RepoRef {
  branch?: string
  sha?: string
  /**
   * The branch object's `protected`: true when classic protection *or* an active ruleset applies to the
   * branch (GitHub sets it for rulesets too), false when neither does.
   */
  protected: boolean
}

/**
 * GET /repos/{owner}/{repo}/branches/{branch} → `branch-with-protection` (GitHub's example, readable with
 * Contents/Metadata: read). Without Administration: read the `protection` object carries only `enabled` and
 * the status-check summary, as in GitHub's example for an unprotected branch.
 */
export function branch(opts: BranchOptions): Obj {
  const owner = opts.owner ?? DEFAULT_OWNER
  const repo = opts.repo ?? DEFAULT_REPO
  const name = opts.branch ?? 'main'
  const b = retarget(example('repos/get-branch'), 'octocat/Hello-World', owner, repo)
  const enc = encodeURIComponent(name)
  b.name = name
  if (opts.sha) {
    b.commit = JSON.parse(JSON.stringify(b.commit).split(b.commit.sha).join(opts.sha))
  }
  b._links = { self: `${API}/repos/${owner}/${repo}/branches/${enc}`, html: `${WEB}/${owner}/${repo}/tree/${enc}` }
  b.protected = opts.protected
  b.protection = opts.protected
    ? { enabled: true, required_status_checks: { enforcement_level: 'non_admins', contexts: [], checks: [] } }
    : { enabled: false, required_status_checks: { enforcement_level: 'off', contexts: [], checks: [] } }
  b.protection_url = `${API}/repos/${owner}/${repo}/branches/${enc}/protection`
  return b
}

// ---------------------------------------------------------------------------------------------------
// Checks and statuses
// ---------------------------------------------------------------------------------------------------

export interface CheckRunSpec {
  name: string
  status?: 'queued' | 'in_progress' | 'completed' | 'waiting' | 'requested' | 'pending'
  conclusion?: 'success' | 'failure' | 'neutral' | 'cancelled' | 'skipped' | 'timed_out' | 'action_required' | 'stale' | null
  /** App slug (default 'github-actions'). */
  app?: string
  app_id?: number
  id?: number
}

/** One `check-run` on `sha` (for onList(…, { itemsKey: 'check_runs' })). */
export function checkRun(sha: string, spec: CheckRunSpec, repoRef: RepoRef = {}): Obj {
  const owner = repoRef.owner ?? DEFAULT_OWNER
  const repo = repoRef.repo ?? DEFAULT_REPO
  const run = retarget(example('checks/list-for-ref').check_runs[0], 'github/hello-world', owner, repo)
  const id = spec.id ?? idFor(`check:${sha}:${spec.name}`)
  const status = spec.status ?? 'completed'
  run.id = id
  run.node_id = 'CR_' + Buffer.from(String(id)).toString('base64url')
  run.name = spec.name
  run.head_sha = sha
  run.status = status
  run.conclusion = status === 'completed' ? (spec.conclusion ?? 'success') : null
  run.completed_at = status === 'completed' ? run.completed_at : null
  run.url = `${API}/repos/${owner}/${repo}/check-runs/${id}`
  run.html_url = `${WEB}/${owner}/${repo}/runs/${id}`
  run.output.annotations_url = `${run.url}/annotations`
  const slug = spec.app ?? 'github-actions'
  run.app.slug = slug
  run.app.id = spec.app_id ?? (slug === 'github-actions' ? 15368 : idFor('app:' + slug, 1_000_000))
  run.app.name = slug === 'github-actions' ? 'GitHub Actions' : slug
  run.app.html_url = `${WEB}/apps/${slug}`
  run.app.owner = user(slug === 'github-actions' ? 'github' : owner, 'Organization')
  run.pull_requests = []
  return run
}

/** GET /repos/{owner}/{repo}/commits/{ref}/check-runs → `{ total_count, check_runs }`. */
export function checkRunsFor(sha: string, runs: CheckRunSpec[], repoRef: RepoRef = {}): Obj {
  const check_runs = runs.map(r => checkRun(sha, r, repoRef))
  return { total_count: check_runs.length, check_runs }
}

export interface StatusSpec {
  context: string
  state: 'success' | 'failure' | 'error' | 'pending'
  description?: string
  target_url?: string | null
}

/** GET /repos/{owner}/{repo}/commits/{ref}/status → `combined-commit-status` (state combined as GitHub does). */
export function combinedStatus(sha: string, statuses: StatusSpec[], repoRef: RepoRef = {}): Obj {
  const owner = repoRef.owner ?? DEFAULT_OWNER
  const repo = repoRef.repo ?? DEFAULT_REPO
  const c = retarget(example('repos/get-combined-status-for-ref'), 'octocat/Hello-World', owner, repo)
  const template = c.statuses[0]
  c.sha = sha
  c.statuses = statuses.map(s => {
    const id = idFor(`status:${sha}:${s.context}`)
    return {
      ...template,
      id,
      node_id: 'SC_' + Buffer.from(String(id)).toString('base64url'),
      url: `${API}/repos/${owner}/${repo}/statuses/${sha}`,
      context: s.context,
      state: s.state,
      description: s.description ?? `${s.context}: ${s.state}`,
      target_url: s.target_url === undefined ? `https://ci.example.com/${id}` : s.target_url
    }
  })
  c.total_count = c.statuses.length
  c.state = statuses.some(s => s.state === 'failure' || s.state === 'error')
    ? 'failure'
    : statuses.length === 0 || statuses.some(s => s.state === 'pending')
      ? 'pending'
      : 'success'
  c.commit_url = `${API}/repos/${owner}/${repo}/commits/${sha}`
  c.url = `${API}/repos/${owner}/${repo}/commits/${sha}/status`
  c.repository = embeddedRepo(c.repository, owner, repo)
  return c
}

// ---------------------------------------------------------------------------------------------------
// Contents
// ---------------------------------------------------------------------------------------------------

/** The git blob SHA of some content. */
export function blobSha(content: string | Buffer): string {
  const buf = Buffer.isBuffer(content) ? content : Buffer.from(content)
  return createHash('sha1').update(`blob ${buf.length}\0`).update(buf).digest('hex')
}

/** GET /repos/{owner}/{repo}/contents/{path} for a file → `content-file` (base64, wrapped at 60 columns like GitHub). */
export function contentFile(path: string, text: string | Buffer, opts: RepoRef & { ref?: string } = {}): Obj {
  const owner = opts.owner ?? DEFAULT_OWNER
  const repo = opts.repo ?? DEFAULT_REPO
  const ref = opts.ref ?? 'main'
  const buf = Buffer.isBuffer(text) ? text : Buffer.from(text)
  const sha = blobSha(buf)
  const enc = path.split('/').map(encodeURIComponent).join('/')
  const b64 = buf.toString('base64').replace(/(.{60})/g, '$1\n')
  const f = example('repos/get-content', 200, 'response-if-content-is-a-file')
  Object.assign(f, {
    type: 'file',
    encoding: 'base64',
    size: buf.length,
    name: path.split('/').pop(),
    path,
    content: b64.endsWith('\n') ? b64 : b64 + '\n',
    sha,
    url: `${API}/repos/${owner}/${repo}/contents/${enc}?ref=${ref}`,
    git_url: `${API}/repos/${owner}/${repo}/git/blobs/${sha}`,
    html_url: `${WEB}/${owner}/${repo}/blob/${ref}/${enc}`,
    download_url: `https://raw.githubusercontent.com/${owner}/${repo}/${ref}/${enc}`
  })
  f._links = { git: f.git_url, self: f.url, html: f.html_url }
  return f
}

// ---------------------------------------------------------------------------------------------------
// Issue comments (PR conversation comments)
// ---------------------------------------------------------------------------------------------------

export interface IssueCommentOptions extends RepoRef {
  id: number
  issueNumber: number
  body: string
  /** Author login (default 'github-actions[bot]', as a workflow token posts). */
  user?: string
  createdAt?: string
  updatedAt?: string
}

/** An `issue-comment` (GET/POST /repos/{owner}/{repo}/issues/{n}/comments, PATCH …/issues/comments/{id}). */
export function issueComment(opts: IssueCommentOptions): Obj {
  const owner = opts.owner ?? DEFAULT_OWNER
  const repo = opts.repo ?? DEFAULT_REPO
  const c = retarget(example('issues/create-comment', 201), 'octocat/Hello-World', owner, repo)
  c.id = opts.id
  c.node_id = 'IC_' + Buffer.from(String(opts.id)).toString('base64url')
  c.url = `${API}/repos/${owner}/${repo}/issues/comments/${opts.id}`
  c.html_url = `${WEB}/${owner}/${repo}/pull/${opts.issueNumber}#issuecomment-${opts.id}`
  c.issue_url = `${API}/repos/${owner}/${repo}/issues/${opts.issueNumber}`
  c.body = opts.body
  c.user = user(opts.user ?? 'github-actions[bot]')
  c.created_at = opts.createdAt ?? '2026-12-01T10:00:00Z'
  c.updated_at = opts.updatedAt ?? c.created_at
  c.author_association = 'NONE'
  return c
}
