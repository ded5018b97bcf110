/**
 * Review semantics shared by the review.* controls, following GitHub's documented behaviour:
 *
 * - Reviews come oldest first. A user's latest *decisive* review (APPROVED, CHANGES_REQUESTED, DISMISSED)
 *   is their state; COMMENTED and PENDING change nothing; DISMISSED removes an earlier approval.
 * - An approval is independent when the approver is not the PR author, not the author or committer of any
 *   commit, and not a `Co-authored-by:` co-author (matched by e-mail to commit identities and by GitHub
 *   noreply addresses).
 * - A repository role of admin, maintain or write qualifies; triage, read and none do not.
 *
 * Pure functions over the ChangeRecord; no I/O.
 */
import type { ChangeRecord, CommitFacts, PermissionFacts, ReviewFacts } from '../../model/record.js'

export type Tri = 'yes' | 'no' | 'unknown'

const DECISIVE = new Set(['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED'])

/** GitHub logins are case-insensitive. */
export function sameLogin(a: string | null | undefined, b: string | null | undefined): boolean {
  return !!a && !!b && a.toLowerCase() === b.toLowerCase()
}

export function isBot(user: { login: string; type?: string } | null | undefined): boolean {
  if (!user) return false
  return user.type === 'Bot' || user.login.toLowerCase().endsWith('[bot]')
}

/** Login (and id) encoded in a GitHub noreply address: `ID+login@users.noreply.github.com` or `login@users.noreply.github.com`. */
export function noreplyIdentity(email: string | null | undefined): { login: string; id?: number } | null {
  if (!email) return null
  const m = /^(?:(\d+)\+)?([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\[bot\])?)@users\.noreply\.github\.com$/i.exec(email.trim())
  if (!m) return null
  return m[1] ? { login: m[2], id: Number(m[1]) } : { login: m[2] }
}

/** The state of one reviewer after all their reviews. */
export interface ReviewerState {
  login: string
  user: NonNullable<ReviewFacts['user']>
  /** Latest decisive state, or null when the reviewer only commented. */
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'DISMISSED' | null
  /** The review that set `state` (null when only comments). */
  review: ReviewFacts | null
  /** True when the reviewer approved at some point before the latest decisive state. */
  approvedEarlier: boolean
}

/** Latest decisive review per user, in order of first appearance. Reviews without a user (deleted accounts) are skipped. */
export function reviewerStates(reviews: readonly ReviewFacts[]): ReviewerState[] {
  const byLogin = new Map<string, ReviewerState>()
  for (const review of reviews) {
    if (!review.user?.login) continue
    const key = review.user.login.toLowerCase()
    let entry = byLogin.get(key)
    if (!entry) {
      entry = { login: review.user.login, user: review.user, state: null, review: null, approvedEarlier: false }
      byLogin.set(key, entry)
    }
    const state = String(review.state).toUpperCase()
    if (!DECISIVE.has(state)) continue
    if (entry.state === 'APPROVED') entry.approvedEarlier = true
    entry.state = state as ReviewerState['state']
    entry.review = review
  }
  return [...byLogin.values()]
}

/**
 * The reviews a pull request had when it was merged: one submitted after `merged_at` gated nothing (GitHub merged
 * without it), so no control counts it as pre-merge review; a retrospective approval is change.emergency's to judge.
 * All reviews while the PR is open, and any whose time GitHub did not give.
 */
export function reviewsAtMerge(record: Pick<ChangeRecord, 'reviews' | 'pull_request'>): ReviewFacts[] {
  const after = submittedAfterMerge(record)
  return (record.reviews.value ?? []).filter(r => !after(r))
}

/** The record's reviews submitted after its pull request was merged, oldest first (none while it is open). */
export function reviewsAfterMerge(record: Pick<ChangeRecord, 'reviews' | 'pull_request'>): ReviewFacts[] {
  return (record.reviews.value ?? []).filter(submittedAfterMerge(record))
}

/** Whether a review was submitted after the record's pull request was merged (never, while it is open). */
function submittedAfterMerge(record: Pick<ChangeRecord, 'pull_request'>): (review: ReviewFacts) => boolean {
  const mergedAt = record.pull_request.value?.merged_at
  const merged = mergedAt ? Date.parse(mergedAt) : NaN
  return review => {
    const at = review.submitted_at ? Date.parse(review.submitted_at) : NaN
    return !Number.isNaN(merged) && !Number.isNaN(at) && at > merged
  }
}

/** Does a repository role let this person's approval count? role_name first, then the legacy permission. */
export function permissionQualifies(perm: PermissionFacts | null | undefined): Tri {
  if (!perm) return 'unknown'
  const role = perm.role_name?.toLowerCase()
  if (role) {
    if (role === 'admin' || role === 'maintain' || role === 'write') return 'yes'
    if (role === 'triage' || role === 'read' || role === 'none') return 'no'
    // custom role: fall through to its base permission
  }
  const p = perm.permission?.toLowerCase()
  if (p === 'admin' || p === 'maintain' || p === 'write') return 'yes'
  if (p === 'read' || p === 'triage' || p === 'none') return 'no'
  return 'unknown'
}

/** Permission facts of a login from the record: the facts, or null when not collected for that login. */
export function permissionOf(record: ChangeRecord, login: string): PermissionFacts | null {
  const perms = record.permissions.value
  if (!perms) return null
  if (perms[login]) return perms[login]
  const key = Object.keys(perms).find(k => sameLogin(k, login))
  return key ? perms[key] : null
}

/** Logins and e-mails of everyone who wrote the change. */
export interface Contributors {
  author: string | null
  /** Commit author / committer logins (web-flow excluded: it is GitHub, not a person). */
  commitLogins: Set<string>
  /** Co-authors resolved to logins (lowercase) and ids. */
  coAuthorLogins: Set<string>
  coAuthorIds: Set<number>
  /** Co-authors whose e-mail matched no GitHub identity in the record. */
  unresolvedCoAuthors: string[]
  /** False when PR or commits are missing or partial, so independence cannot be fully decided. */
  complete: boolean
  incompleteReason?: string
}

function identityLogin(identity: CommitFacts['author']): string | null {
  return identity.login ?? noreplyIdentity(identity.email)?.login ?? null
}

export function contributors(record: ChangeRecord): Contributors {
  const pr = record.pull_request.value
  const commits = record.commits.value ?? []
  const commitLogins = new Set<string>()
  const emailToLogin = new Map<string, string>()
  for (const c of commits) {
    for (const identity of [c.author, c.committer]) {
      const login = identityLogin(identity)
      if (login && login.toLowerCase() !== 'web-flow') {
        commitLogins.add(login.toLowerCase())
        if (identity.email) emailToLogin.set(identity.email.toLowerCase(), login.toLowerCase())
      }
    }
  }
  const coAuthorLogins = new Set<string>()
  const coAuthorIds = new Set<number>()
  const unresolved = new Set<string>()
  for (const c of commits) {
    for (const co of c.co_authors ?? []) {
      const email = co.email?.toLowerCase() ?? ''
      const noreply = noreplyIdentity(email)
      const login = noreply?.login.toLowerCase() ?? emailToLogin.get(email)
      if (noreply?.id !== undefined) coAuthorIds.add(noreply.id)
      if (login) coAuthorLogins.add(login)
      else unresolved.add(`${co.name} <${co.email}>`)
    }
  }
  let complete = true
  let incompleteReason: string | undefined
  if (!pr) {
    complete = false
    incompleteReason = `pull request facts are ${record.pull_request.state}${record.pull_request.missing ? ` (${record.pull_request.missing.reason})` : ''}`
  } else if (record.commits.state !== 'complete' || !record.commits.value) {
    complete = false
    incompleteReason = `the PR's commits are ${record.commits.state}${record.commits.missing ? ` (${record.commits.missing.reason})` : ''}, so commit authors and co-authors are not all known`
  }
  return {
    author: pr?.author.login ?? null,
    commitLogins,
    coAuthorLogins,
    coAuthorIds,
    unresolvedCoAuthors: [...unresolved],
    complete,
    incompleteReason
  }
}

export type Disqualification = 'bot' | 'pr-author' | 'commit-author' | 'co-author' | 'stale' | 'no-commit-id' | 'permission'

export const DISQUALIFICATION_TEXT: Record<Disqualification, string> = {
  bot: 'is a bot; bot approvals never count',
  'pr-author': 'is the pull request author',
  'commit-author': 'authored or committed a commit of this pull request',
  'co-author': 'is a Co-authored-by co-author of a commit of this pull request',
  stale: 'approved an earlier commit, not the head; a later push made the approval stale',
  'no-commit-id': 'approval does not say which commit it reviewed (commit_id is null), so it is treated as stale',
  permission: 'has a repository role below write (triage/read/none), so the approval does not count'
}

export interface ApprovalJudgement {
  login: string
  review: ReviewFacts
  /** yes: counts; no: does not (see reasons); unknown: a fact needed to decide is missing. */
  counts: Tri
  reasons: Disqualification[]
  /** Why unknown. */
  unknown: string[]
  permission: PermissionFacts | null
}

export interface ApprovalOptions {
  requireHeadCommit: boolean
  excludeBots: boolean
  /** Require independence from author, commit authors and co-authors (default true). */
  requireIndependence?: boolean
  /** Require write-level permission (default true). */
  requirePermission?: boolean
}

/** The head commit the PR is judged at. */
export function headSha(record: ChangeRecord): string {
  return record.subject.head_sha || record.pull_request.value?.head.sha || ''
}

/** Judge one reviewer whose latest decisive state is APPROVED. */
export function judgeApproval(record: ChangeRecord, reviewer: ReviewerState, who: Contributors, options: ApprovalOptions): ApprovalJudgement {
  const review = reviewer.review as ReviewFacts
  const login = reviewer.login
  const reasons: Disqualification[] = []
  const unknown: string[] = []
  if (options.excludeBots && isBot(reviewer.user)) reasons.push('bot')
  if (options.requireIndependence !== false) {
    if (sameLogin(login, who.author)) reasons.push('pr-author')
    if (who.commitLogins.has(login.toLowerCase())) reasons.push('commit-author')
    if (who.coAuthorLogins.has(login.toLowerCase()) || (reviewer.user.id !== undefined && who.coAuthorIds.has(reviewer.user.id))) reasons.push('co-author')
    if (!who.complete && who.incompleteReason) unknown.push(`independence cannot be confirmed: ${who.incompleteReason}`)
  } else if (sameLogin(login, who.author)) {
    reasons.push('pr-author')
  }
  if (options.requireHeadCommit) {
    if (!review.commit_id) reasons.push('no-commit-id')
    else if (review.commit_id !== headSha(record)) reasons.push('stale')
  }
  const permission = permissionOf(record, login)
  if (options.requirePermission !== false) {
    const q = permissionQualifies(permission)
    if (q === 'no') reasons.push('permission')
    else if (q === 'unknown') {
      const m = record.permissions.missing
      unknown.push(
        permission
          ? `repository role "${permission.role_name ?? permission.permission}" is not recognised`
          : `repository permission of ${login} was not collected${m ? ` (${m.reason})` : ''}`
      )
    }
  }
  const counts: Tri = reasons.length > 0 ? 'no' : unknown.length > 0 ? 'unknown' : 'yes'
  return { login, review, counts, reasons, unknown, permission }
}

/** Reason the reviews group cannot be relied on, or null when complete. */
export function reviewsProblem(record: ChangeRecord): { reason: string; remedy: string } | null {
  const r = record.reviews
  if (r.state === 'complete' && r.value) return null
  const defaultRemedy = 'Give the workflow token `pull-requests: read` so GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews is readable, then re-run.'
  if (r.state === 'partial' && r.value) {
    return {
      reason: `the PR's reviews were read only in part${r.missing ? ` (${r.missing.reason})` : ''}; a later review may have changed a reviewer's state`,
      remedy: r.missing?.remedy ?? defaultRemedy
    }
  }
  return {
    reason: `the PR's reviews are ${r.state}${r.missing ? `: ${r.missing.reason}` : ''}`,
    remedy: r.missing?.remedy ?? defaultRemedy
  }
}

/** Remedy for missing permission facts. */
export function permissionsRemedy(record: ChangeRecord): string {
  return (
    record.permissions.missing?.remedy ??
    "Let the token read each approver's role: GET /repos/{owner}/{repo}/collaborators/{username}/permission (GitHub App / fine-grained token: Metadata: read on the repository), then re-run."
  )
}

/** Whether the record judges a pull request at all (a direct push has none). */
export function noPullRequest(record: ChangeRecord): boolean {
  return record.subject.kind === 'push' && record.pull_request.state === 'not_collected'
}

/** Resolve an e-mail to a GitHub login using commit identities of the record and noreply addresses. */
export function loginForEmail(record: ChangeRecord, email: string): string | null {
  const noreply = noreplyIdentity(email)
  if (noreply) return noreply.login
  const wanted = email.toLowerCase()
  for (const c of record.commits.value ?? []) {
    for (const identity of [c.author, c.committer]) {
      if (identity.email?.toLowerCase() === wanted && identity.login) return identity.login
    }
  }
  return null
}
