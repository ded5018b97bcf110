/**
 * Collection: the GitHub API (and the checkout, through extra collectors) → one ChangeRecord.
 * Nothing here judges; every fact that could not be read is recorded as missing with its reason.
 */
import type { ApiFailure, GitHubApi } from './github/api.js'
import { describeFailure } from './github/api.js'
import type { CollectContext, ExtraCollector } from './context.js'
import { isZeroSha, type PushedCommit, type Target } from './target.js'
import {
  RECORD_SCHEMA_ID,
  RECORD_VERSION,
  complete,
  notCollected,
  unavailable,
  type ApiCall,
  type ChangeRecord,
  type ChangedFileFacts,
  type Collected,
  type CommitFacts,
  type FileStatus,
  type PermissionFacts,
  type PullRequestFacts,
  type ReviewFacts
} from '../model/record.js'
import { TOOL_NAME, TOOL_VERSION } from '../version.js'
import { redactSecrets } from '../secrets/scanner.js'

/** GitHub's caps on PR lists. */
export const MAX_PR_COMMITS = 250
export const MAX_PR_FILES = 3000

/** A PR file as the API lists it, patch included. Kept out of the record: a patch may hold a secret. */
export interface RawPullFile {
  filename: string
  status: string
  additions: number
  deletions: number
  changes?: number
  patch?: string
  previous_filename?: string
  sha?: string
}

export interface CollectOptions {
  target: Target
  api: GitHubApi | null
  /** Why there is no API, when api is null (e.g. "no token"). */
  apiUnavailableReason?: { reason: string; remedy: string }
  checkoutDir: string | null
  params: ReadonlyMap<string, Record<string, unknown>>
  enabledControls: ReadonlySet<string>
  extraCollectors: readonly ExtraCollector[]
  selfCheckNames: string[]
  apiCalls: ApiCall[]
  now?: () => Date
  /**
   * Called once the core facts are in, before the extra collectors run: may replace the params and the
   * enabled controls (the engine re-reads the policy from the base branch when the change edits it).
   */
  afterCore?: (record: ChangeRecord, pullFiles: RawPullFile[] | null) => Promise<{ params: ReadonlyMap<string, Record<string, unknown>>; enabledControls: ReadonlySet<string> } | void>
}

export interface CollectResult {
  record: ChangeRecord
  /** Errors that stop the gate from judging the change at all (PR not found, bad credentials). */
  fatal: string[]
  /** PR files with patches, for scanners; never written out. */
  pullFiles: RawPullFile[] | null
}

const ROUTES = {
  pull: 'GET /repos/{owner}/{repo}/pulls/{pull_number}',
  commits: 'GET /repos/{owner}/{repo}/pulls/{pull_number}/commits',
  files: 'GET /repos/{owner}/{repo}/pulls/{pull_number}/files',
  reviews: 'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews',
  permission: 'GET /repos/{owner}/{repo}/collaborators/{username}/permission',
  commitPulls: 'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls',
  compare: 'GET /repos/{owner}/{repo}/compare/{basehead}'
} as const

export function emptyRecord(target: Target, calls: ApiCall[], now: Date): ChangeRecord {
  const waiting = notCollected<never>('not collected')
  return {
    $schema: RECORD_SCHEMA_ID,
    record_version: RECORD_VERSION,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    collected_at: now.toISOString(),
    event: target.event,
    repository: { owner: target.owner, name: target.repo, full_name: `${target.owner}/${target.repo}` },
    subject: {
      kind: target.kind,
      head_sha: target.headSha ?? '',
      base_ref: target.baseRef ?? '',
      ...(target.mergeSha ? { merge_sha: target.mergeSha } : {})
    },
    pull_request: waiting,
    commits: waiting,
    files: waiting,
    reviews: waiting,
    permissions: waiting,
    extra: {},
    truncated: [],
    api_calls: calls,
    errors: []
  }
}

export async function collect(options: CollectOptions): Promise<CollectResult> {
  const { target, api } = options
  const now = options.now ?? (() => new Date())
  const record = emptyRecord(target, options.apiCalls, now())
  const fatal: string[] = []
  let pullFiles: RawPullFile[] | null = null
  let pushedCommits: Collected<CommitFacts[]> | null = null
  const ids = { owner: target.owner, repo: target.repo }

  if (!api) {
    const missing = options.apiUnavailableReason ?? { reason: 'No GitHub API access.', remedy: 'Pass a token in github-token.' }
    for (const key of ['pull_request', 'commits', 'files', 'reviews', 'permissions'] as const) {
      record[key] = unavailable(missing)
    }
  } else {
    let prNumber = target.prNumber
    if (target.kind === 'push') {
      // The pushed commits are the push collector's to judge; record.commits becomes the merged PR's own
      // commits when there is one (independence, last push and signatures are about the reviewed change).
      pushedCommits = await collectPushedCommits(api, target)
      record.commits = pushedCommits
      prNumber = await findMergedPullForPush(api, target, record)
    }
    if (prNumber !== null) {
      const pull = await api.request<Record<string, any>>(ROUTES.pull, { ...ids, pull_number: prNumber })
      if (!pull.ok) {
        const d = describeFailure(pull, `Pull request #${prNumber}`)
        record.pull_request = unavailable(d, [ROUTES.pull])
        if (pull.kind === 'not_found') fatal.push(`Pull request #${prNumber} was not found in ${target.owner}/${target.repo} (404). ${d.remedy}`)
        else if (pull.kind === 'unauthorized') fatal.push(`GitHub rejected the token (401 ${pull.message}). Pass a valid token in github-token.`)
        else record.errors.push({ stage: 'collect.pull_request', message: d.reason })
        for (const key of ['files', 'reviews', 'permissions'] as const) {
          record[key] = unavailable({ reason: `The pull request could not be read: ${d.reason}`, remedy: d.remedy })
        }
        if (target.kind !== 'push') record.commits = record.files as Collected<never>
      } else {
        const facts = redactPullText(pullFacts(pull.data), `${target.owner}/${target.repo}`)
        record.pull_request = complete(facts, [ROUTES.pull])
        fillRepository(record, pull.data)
        // On a push the PR under judgement is the merged one found for the pushed SHA: judge its head (issue 11);
        // the pushed SHA stays in subject.merge_sha, where required checks may also have passed.
        if (!record.subject.head_sha || target.kind === 'push') record.subject.head_sha = facts.head.sha
        record.subject.base_ref = record.subject.base_ref || facts.base.ref
        record.subject.base_sha = facts.base.sha
        if (target.kind === 'pull_request' && target.headSha && target.headSha !== facts.head.sha) {
          record.errors.push({
            stage: 'collect.pull_request',
            message: `The event's head ${target.headSha.slice(0, 7)} is no longer the PR head (${facts.head.sha.slice(0, 7)}); judging the event's commit.`
          })
        }
        const prIds = { ...ids, pull_number: prNumber }
        const [commits, files, reviews] = await Promise.all([
          collectCommits(api, prIds, facts, record),
          collectFiles(api, prIds, facts, record),
          collectReviews(api, prIds)
        ])
        if (commits) record.commits = commits
        record.files = files.collected
        pullFiles = files.raw
        record.reviews = reviews
        record.permissions = await collectPermissions(api, ids, reviews, facts)
      }
    } else if (target.kind === 'push') {
      const reason = `No merged pull request contains the pushed commit ${target.headSha?.slice(0, 7)}.`
      for (const key of ['pull_request', 'files', 'reviews', 'permissions'] as const) {
        if (record[key].state === 'not_collected') record[key] = { state: 'not_collected', value: null, sources: [ROUTES.commitPulls], missing: { reason } }
      }
    }
  }

  let params = options.params
  let enabledControls = options.enabledControls
  if (options.afterCore) {
    const replaced = await options.afterCore(record, pullFiles)
    if (replaced) {
      params = replaced.params
      enabledControls = replaced.enabledControls
    }
  }
  const context: CollectContext = {
    owner: target.owner,
    repo: target.repo,
    record,
    api,
    checkoutDir: options.checkoutDir,
    params,
    selfCheckNames: options.selfCheckNames,
    pullFiles,
    pushedCommits
  }
  const wanted = options.extraCollectors.filter(c => c.forControls.some(id => enabledControls.has(id)))
  const results = await Promise.all(
    wanted.map(async collector => {
      try {
        return [collector.name, await collector.collect(context)] as const
      } catch (error) {
        const message = (error as Error)?.message ?? String(error)
        record.errors.push({ stage: `collect.${collector.name}`, message })
        return [collector.name, unavailable<unknown>({ reason: `Collecting ${collector.name} failed: ${message}`, remedy: 'Re-run; if it persists, report it with the evidence bundle.' })] as const
      }
    })
  )
  for (const [name, value] of results) record.extra[name] = value
  return { record, fatal, pullFiles }
}

function fillRepository(record: ChangeRecord, pull: Record<string, any>): void {
  const repo = pull.base?.repo
  if (!repo) return
  record.repository = {
    owner: repo.owner?.login ?? record.repository.owner,
    name: repo.name ?? record.repository.name,
    full_name: repo.full_name ?? record.repository.full_name,
    ...(repo.default_branch ? { default_branch: repo.default_branch } : {}),
    ...(typeof repo.private === 'boolean' ? { private: repo.private } : {}),
    ...(repo.visibility ? { visibility: repo.visibility } : {}),
    ...(repo.owner?.type ? { owner_type: repo.owner.type } : {})
  }
}

export function pullFacts(pr: Record<string, any>): PullRequestFacts {
  const actor = (u: any) => (u && typeof u.login === 'string' ? { login: u.login, type: u.type, id: u.id } : null)
  return {
    number: pr.number,
    title: pr.title ?? '',
    body: pr.body ?? '',
    author: actor(pr.user) ?? { login: 'unknown' },
    html_url: pr.html_url,
    state: pr.state,
    draft: pr.draft,
    merged: Boolean(pr.merged ?? pr.merged_at),
    merged_at: pr.merged_at ?? null,
    merged_by: actor(pr.merged_by),
    merge_commit_sha: pr.merge_commit_sha ?? null,
    labels: Array.isArray(pr.labels) ? pr.labels.map((l: any) => (typeof l === 'string' ? l : l?.name)).filter(Boolean) : [],
    base: { ref: pr.base?.ref, sha: pr.base?.sha, repo_full_name: pr.base?.repo?.full_name },
    head: { ref: pr.head?.ref, sha: pr.head?.sha, repo_full_name: pr.head?.repo?.full_name ?? null },
    created_at: pr.created_at,
    updated_at: pr.updated_at,
    commits_count: pr.commits,
    changed_files_count: pr.changed_files,
    additions: pr.additions,
    deletions: pr.deletions
  }
}

/**
 * PR titles, bodies and commit messages are kept as evidence; a credential pasted into one must not be.
 * Secrets found by the scanner's rules are replaced by their preview and rule id, and the count recorded.
 */
export function redactPullText(pr: PullRequestFacts, repo: string): PullRequestFacts {
  const title = redactSecrets(pr.title, repo)
  const body = redactSecrets(pr.body, repo)
  const n = title.redacted + body.redacted
  return n === 0 ? pr : { ...pr, title: title.text, body: body.text, secrets_redacted: n }
}

export function redactCommitMessage(commit: CommitFacts, repo: string): CommitFacts {
  const message = redactSecrets(commit.message, repo)
  return message.redacted === 0 ? commit : { ...commit, message: message.text, secrets_redacted: message.redacted }
}

const CO_AUTHOR = /^co-authored-by:\s*(.+?)\s*<([^>]+)>\s*$/gim

export function coAuthors(message: string): { name: string; email: string }[] {
  const found: { name: string; email: string }[] = []
  for (const m of message.matchAll(CO_AUTHOR)) found.push({ name: m[1], email: m[2].toLowerCase() })
  return found
}

export function commitFacts(c: Record<string, any>): CommitFacts {
  const message: string = c.commit?.message ?? c.message ?? ''
  const identity = (git: any, account: any) => ({
    name: git?.name ?? null,
    email: git?.email ?? null,
    login: account?.login ?? git?.username ?? null,
    date: git?.date ?? git?.timestamp ?? null
  })
  const verification = c.commit?.verification
  return {
    sha: c.sha ?? c.id,
    message,
    author: identity(c.commit?.author ?? c.author, c.commit ? c.author : null),
    committer: identity(c.commit?.committer ?? c.committer, c.commit ? c.committer : null),
    co_authors: coAuthors(message),
    parents: Array.isArray(c.parents) ? c.parents.map((p: any) => p.sha) : [],
    verification: verification ? { verified: Boolean(verification.verified), reason: String(verification.reason) } : null
  }
}

async function collectCommits(
  api: GitHubApi,
  prIds: Record<string, unknown>,
  pr: PullRequestFacts,
  record: ChangeRecord
): Promise<Collected<CommitFacts[]>> {
  const list = await api.paginate<Record<string, any>>(ROUTES.commits, prIds, { maxItems: MAX_PR_COMMITS })
  if (!list.ok) return unavailable(describeFailure(list, 'PR commits'), [ROUTES.commits])
  const commits = list.data.map(c => redactCommitMessage(commitFacts(c), record.repository.full_name))
  const total = pr.commits_count ?? commits.length
  if (list.truncated || total > commits.length) {
    record.truncated.push({
      what: 'commits',
      reason: `GitHub lists at most ${MAX_PR_COMMITS} commits of a pull request; this one has ${total}. Controls over commits judge only those listed.`
    })
    return {
      state: 'partial',
      value: commits,
      sources: [ROUTES.commits],
      missing: { reason: `Only ${commits.length} of ${total} commits could be listed (GitHub's cap).`, remedy: 'Split the pull request, or judge it with the CLI over a full checkout.' }
    }
  }
  return complete(commits, [ROUTES.commits])
}

const FILE_STATUSES = new Set(['added', 'removed', 'modified', 'renamed', 'copied', 'changed', 'unchanged'])

async function collectFiles(
  api: GitHubApi,
  prIds: Record<string, unknown>,
  pr: PullRequestFacts,
  record: ChangeRecord
): Promise<{ collected: Collected<ChangedFileFacts[]>; raw: RawPullFile[] | null }> {
  const list = await api.paginate<RawPullFile>(ROUTES.files, prIds, { maxItems: MAX_PR_FILES })
  if (!list.ok) return { collected: unavailable(describeFailure(list, 'PR files'), [ROUTES.files]), raw: null }
  const files: ChangedFileFacts[] = list.data.map(f => ({
    path: f.filename,
    ...(f.previous_filename ? { previous_path: f.previous_filename } : {}),
    status: (FILE_STATUSES.has(f.status) ? f.status : 'changed') as FileStatus,
    additions: f.additions ?? 0,
    deletions: f.deletions ?? 0,
    ...(f.patch === undefined && (f.changes ?? f.additions + f.deletions) > 0 ? { patch_omitted: true } : {})
  }))
  const total = pr.changed_files_count ?? files.length
  if (list.truncated || total > files.length) {
    record.truncated.push({
      what: 'files',
      reason: `GitHub lists at most ${MAX_PR_FILES} files of a pull request; this one changes ${total}.`
    })
    return {
      collected: {
        state: 'partial',
        value: files,
        sources: [ROUTES.files],
        missing: { reason: `Only ${files.length} of ${total} changed files could be listed (GitHub's cap).`, remedy: 'Run the gate with a full checkout (actions/checkout with fetch-depth: 0) so scanners read the diff from git.' }
      },
      raw: list.data
    }
  }
  return { collected: complete(files, [ROUTES.files]), raw: list.data }
}

async function collectReviews(api: GitHubApi, prIds: Record<string, unknown>): Promise<Collected<ReviewFacts[]>> {
  const list = await api.paginate<Record<string, any>>(ROUTES.reviews, prIds)
  if (!list.ok) return unavailable(describeFailure(list, 'PR reviews', 'Reading reviews needs `pull-requests: read` in the workflow permissions.'), [ROUTES.reviews])
  return complete(
    list.data.map(r => ({
      id: r.id,
      user: r.user ? { login: r.user.login, type: r.user.type, id: r.user.id } : null,
      state: r.state,
      commit_id: r.commit_id ?? null,
      submitted_at: r.submitted_at ?? null,
      author_association: r.author_association
    })),
    [ROUTES.reviews]
  )
}

async function collectPermissions(
  api: GitHubApi,
  ids: { owner: string; repo: string },
  reviews: Collected<ReviewFacts[]>,
  pr: PullRequestFacts
): Promise<Collected<Record<string, PermissionFacts>>> {
  const logins = new Set<string>()
  for (const r of reviews.value ?? []) {
    if (r.user?.login && (r.state === 'APPROVED' || r.state === 'CHANGES_REQUESTED')) logins.add(r.user.login)
  }
  if (pr.merged_by?.login) logins.add(pr.merged_by.login)
  const value: Record<string, PermissionFacts> = {}
  const failures: { login: string; failure: ApiFailure }[] = []
  await Promise.all(
    [...logins].sort().map(async username => {
      const answer = await api.request<{ permission: string; role_name?: string }>(ROUTES.permission, { ...ids, username })
      if (answer.ok && typeof answer.data?.permission === 'string') {
        value[username] = { permission: answer.data.permission, role_name: answer.data.role_name ?? null }
      } else if (!answer.ok) {
        failures.push({ login: username, failure: answer })
      } else {
        failures.push({ login: username, failure: { ok: false, kind: 'malformed', status: answer.status, message: 'no permission field', route: ROUTES.permission } })
      }
    })
  )
  const sorted = Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)))
  if (failures.length === 0) return complete(sorted, [ROUTES.permission])
  const first = describeFailure(
    failures[0].failure,
    `Repository permission of ${failures.map(f => f.login).join(', ')}`,
    'Reading a collaborator\'s permission needs read access to the repository\'s metadata (granted to GITHUB_TOKEN by default).'
  )
  return {
    state: Object.keys(sorted).length > 0 ? 'partial' : 'unavailable',
    value: Object.keys(sorted).length > 0 ? sorted : null,
    sources: [ROUTES.permission],
    missing: first
  }
}

async function collectPushedCommits(api: GitHubApi, target: Target): Promise<Collected<CommitFacts[]>> {
  const before = target.event.before
  if (!isZeroSha(before) && target.headSha) {
    const compare = await api.request<{ commits?: Record<string, any>[]; total_commits?: number }>(ROUTES.compare, {
      owner: target.owner,
      repo: target.repo,
      basehead: `${before}...${target.headSha}`
    })
    if (compare.ok && Array.isArray(compare.data.commits)) {
      const commits = compare.data.commits.map(c => redactCommitMessage(commitFacts(c), `${target.owner}/${target.repo}`))
      const total = compare.data.total_commits ?? commits.length
      if (total > commits.length) {
        return {
          state: 'partial',
          value: commits,
          sources: [ROUTES.compare],
          missing: { reason: `The compare API listed ${commits.length} of ${total} pushed commits.`, remedy: 'Judge the push from a full checkout.' }
        }
      }
      return complete(commits, [ROUTES.compare])
    }
  }
  const fromPayload = target.pushedCommits.map((c: PushedCommit) => redactCommitMessage(commitFacts(c as Record<string, any>), `${target.owner}/${target.repo}`))
  if (fromPayload.length > 0) return complete(fromPayload, ['event payload: push.commits'])
  return unavailable({ reason: 'The pushed commits could not be listed.', remedy: 'Re-run the job.' })
}

async function findMergedPullForPush(api: GitHubApi, target: Target, record: ChangeRecord): Promise<number | null> {
  if (!target.headSha) return null
  const answer = await api.request<Record<string, any>[]>(ROUTES.commitPulls, { owner: target.owner, repo: target.repo, commit_sha: target.headSha })
  if (!answer.ok) {
    const d = describeFailure(answer, `Pull requests of ${target.headSha.slice(0, 7)}`)
    record.pull_request = unavailable(d, [ROUTES.commitPulls])
    return null
  }
  if (!Array.isArray(answer.data)) return null
  const merged = answer.data.find(p => p.merged_at && (!target.baseRef || p.base?.ref === target.baseRef))
  return merged ? Number(merged.number) : null
}
