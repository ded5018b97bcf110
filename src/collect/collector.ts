/**
 * Collection: the GitHub API (and the checkout, through extra collectors) → one ChangeRecord.
 * Nothing here judges; every fact that could not be read is recorded as missing with its reason.
 */
import type { ApiFailure, GitHubApi } from './github/api.js'
import { describeFailure } from './github/api.js'
import { whenRequestSent } from './github/sent.js'
import type { RawPullFile } from './raw.js'
import { changedFilesCommands, gitChangedFiles } from './git/files.js'
import { hasCommit } from './git/objects.js'
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
import type { ProseOptions } from '../secrets/prose.js'

/** Replaces any secret in a text by its preview and rule id (the secrets scanner's redactSecrets). */
type Redact = (text: string, repo: string, options?: ProseOptions) => { text: string; redacted: number }

/** How text people write is redacted: also a random token pasted with no label. */
const WRITTEN: ProseOptions = { unlabeledTokens: true }

let redactorLoading: Promise<Redact> | null = null

/**
 * The secrets scanner (its rules and RE2 engine are a large part of the bundle) is loaded on demand: once the
 * first request of the pull request's read is sent, so the load overlaps GitHub's answer instead of start-up.
 */
export function loadRedactor(): Promise<Redact> {
  return (redactorLoading ??= import('../secrets/scanner.js').then(m => m.redactSecrets))
}

/** GitHub's caps on PR lists. */
export const MAX_PR_COMMITS = 250
export const MAX_PR_FILES = 3000

export type { RawPullFile } from './raw.js'

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
      // The event's base until the pull request is read (and when it cannot be: the checkout's diff still has one).
      ...(target.baseSha ? { base_sha: target.baseSha } : {}),
      ...(target.mergeSha ? { merge_sha: target.mergeSha } : {}),
      ...(target.prNumber ? { pull_request_number: target.prNumber } : {})
    },
    pull_request: waiting,
    commits: waiting,
    files: waiting,
    reviews: waiting,
    permissions: waiting,
    facts: {},
    truncated: [],
    api_calls: calls,
    errors: []
  }
}

export interface CoreOptions {
  target: Target
  api: GitHubApi | null
  /** Why there is no API, when api is null (e.g. "no token"). */
  apiUnavailableReason?: { reason: string; remedy: string }
  apiCalls: ApiCall[]
  now?: () => Date
}

/** The core facts as they are being read: the pull request first, then its lists. */
export interface CoreCollection {
  record: ChangeRecord
  /** Errors that stop the gate from judging the change at all (PR unreadable, bad credentials). */
  fatal: string[]
  /** PR files with patches, for scanners; never written out. Filled by readPullLists. */
  pullFiles: RawPullFile[] | null
  /** On a push: the pushed commits (compare API or payload). */
  pushedCommits: Collected<CommitFacts[]> | null
  /** Set when the pull request was read: what readPullLists needs. */
  pull: { ids: { owner: string; repo: string; pull_number: number }; facts: PullRequestFacts } | null
}

/**
 * Step 1 of the core facts: the pull request (on a push, the pushed commits and the merged PR that holds
 * them). Anything that stops the gate from judging the change at all is a fatal error with one clear line.
 */
export async function readPullRequest(options: CoreOptions): Promise<CoreCollection> {
  const { target, api } = options
  const now = options.now ?? (() => new Date())
  const record = emptyRecord(target, options.apiCalls, now())
  const core: CoreCollection = { record, fatal: [], pullFiles: null, pushedCommits: null, pull: null }
  const ids = { owner: target.owner, repo: target.repo }

  if (!api) {
    const missing = options.apiUnavailableReason ?? { reason: 'No GitHub API access.', remedy: 'Pass a token in github-token.' }
    for (const key of ['pull_request', 'commits', 'files', 'reviews', 'permissions'] as const) {
      record[key] = unavailable(missing)
    }
    return core
  }
  // Loads once the first request is on the wire; awaited where text is redacted (a failed load fails there).
  // Removed again when no request went out (it failed before its headers were written).
  const cancelLoad = whenRequestSent(() => void loadRedactor().catch(() => undefined))
  try {
    let prNumber = target.prNumber
    if (target.kind === 'push') {
      // The pushed commits are the push collector's to judge; record.commits becomes the merged PR's own
      // commits when there is one (independence, last push and signatures are about the reviewed change).
      core.pushedCommits = await collectPushedCommits(api, target)
      record.commits = core.pushedCommits
      prNumber = await findMergedPullForPush(api, target, record)
      if (prNumber !== null) record.subject.pull_request_number = prNumber
    }
    if (prNumber === null) {
      if (target.kind === 'push') {
        const reason = `No merged pull request contains the pushed commit ${target.headSha?.slice(0, 7)}.`
        for (const key of ['pull_request', 'files', 'reviews', 'permissions'] as const) {
          if (record[key].state === 'not_collected') record[key] = { state: 'not_collected', value: null, sources: [ROUTES.commitPulls], missing: { reason } }
        }
      }
      return core
    }
    const pull = await api.request<Record<string, any>>(ROUTES.pull, { ...ids, pull_number: prNumber })
    if (!pull.ok) {
      const d = describeFailure(pull, `Pull request #${prNumber}`)
      record.pull_request = unavailable(d, [ROUTES.pull])
      core.fatal.push(pullUnreadable(pull, prNumber, target))
      for (const key of ['files', 'reviews', 'permissions'] as const) {
        record[key] = unavailable({ reason: `The pull request could not be read: ${d.reason}`, remedy: d.remedy })
      }
      if (target.kind !== 'push') record.commits = record.files as Collected<never>
      return core
    }
    const facts = redactPullText(pullFacts(pull.data), `${target.owner}/${target.repo}`, await loadRedactor())
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
    core.pull = { ids: { ...ids, pull_number: prNumber }, facts }
    return core
  } finally {
    cancelLoad()
  }
}

/** One line naming why the pull request itself could not be read, and what to do. */
function pullUnreadable(failure: ApiFailure, prNumber: number, target: Target): string {
  const where = `${target.owner}/${target.repo}`
  switch (failure.kind) {
    case 'not_found':
      return `Pull request #${prNumber} was not found in ${where} (404). Check the repository and number, and that the token can read this repository.`
    case 'unauthorized':
      return `GitHub rejected the token (401 ${failure.message}). Pass a valid token in github-token.`
    case 'forbidden':
      return `The token may not read pull request #${prNumber} of ${where} (403 ${failure.message}). Give it \`pull-requests: read\` and \`contents: read\`.`
    case 'rate_limited':
      return `GitHub's rate limit stopped the gate from reading pull request #${prNumber} of ${where} (${failure.status} ${failure.message}). Re-run after the limit resets, or use a token with a higher limit.`
    case 'network':
      return `GitHub could not be reached to read pull request #${prNumber} of ${where}: ${failure.message}. Check GITHUB_API_URL and the network, then re-run.`
    case 'server':
      return `GitHub answered ${failure.status} (${failure.message}) for pull request #${prNumber} of ${where}, also after retries. Re-run the job.`
    case 'malformed':
      return `GitHub's answer for pull request #${prNumber} of ${where} was not the JSON expected. Check GITHUB_API_URL, then re-run.`
    default:
      return `Pull request #${prNumber} of ${where} could not be read: ${failure.route} answered ${failure.status ?? 'no response'} (${failure.message}).`
  }
}

/** The PR's lists as they are read: `listed` once commits, files and reviews are in the record, `done` once the reviewers' permissions are too. */
export interface PullLists {
  listed: Promise<void>
  done: Promise<void>
}

/**
 * Step 2 of the core facts: the PR's commits, files and reviews at once; the reviewers' permissions as soon as
 * the reviews are read (beside the commits and files, not after them). Collectors that need only the lists start
 * on `listed`; those that judge approvers wait for `done`.
 */
export function readPullLists(core: CoreCollection, api: GitHubApi | null, checkoutDir: string | null = null): PullLists {
  if (!api || !core.pull) {
    const done = Promise.resolve()
    return { listed: done, done }
  }
  const { record } = core
  const { ids, facts } = core.pull
  const reviews = collectReviews(api, ids)
  const permissions = reviews.then(r => collectPermissions(api, { owner: ids.owner, repo: ids.repo }, r, facts))
  const files = filesFromCheckout(checkoutDir, facts, record).then(git => git ?? collectFiles(api, ids, facts, record))
  const listed = Promise.all([collectCommits(api, ids, facts, record), files, reviews]).then(([commits, files, read]) => {
    if (commits) record.commits = commits
    record.files = files.collected
    core.pullFiles = files.raw
    record.reviews = read
  })
  // The files' line counts (from a checkout) may still be on the way when the list is read; done waits for them.
  const counted = files.then(f => ('counted' in f ? f.counted : undefined))
  const done = Promise.all([listed, permissions, counted]).then(([, read]) => {
    record.permissions = read
  })
  // A failure surfaces where `done` or `listed` is awaited; never as an unhandled rejection of the other.
  listed.catch(() => undefined)
  done.catch(() => undefined)
  return { listed, done }
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
 * Redact a list of short strings in one scanner pass: only when the joined text holds a secret are the items
 * scanned one by one. Returns the redacted items (the same array when nothing was found) and the count.
 */
function redactEach(items: string[], repo: string, redactSecrets: Redact): { items: string[]; redacted: number } {
  if (items.length === 0 || redactSecrets(items.join('\n'), repo).redacted === 0) return { items, redacted: 0 }
  let redacted = 0
  const out = items.map(item => {
    const r = redactSecrets(item, repo)
    redacted += r.redacted
    return r.text
  })
  return { items: out, redacted }
}

/**
 * Text from the pull request is kept as evidence; a credential pasted into any of it must not be. The title,
 * body, labels and branch names are scanned with the secrets rules; a secret is replaced by its preview and
 * rule id, and the count recorded.
 */
export function redactPullText(pr: PullRequestFacts, repo: string, redactSecrets: Redact): PullRequestFacts {
  const title = redactSecrets(pr.title, repo, WRITTEN)
  const body = redactSecrets(pr.body, repo, WRITTEN)
  const labels = redactEach(pr.labels, repo, redactSecrets)
  const refs = redactEach([pr.head.ref ?? '', pr.base.ref ?? ''], repo, redactSecrets)
  const n = title.redacted + body.redacted + labels.redacted + refs.redacted
  if (n === 0) return pr
  return {
    ...pr,
    title: title.text,
    body: body.text,
    labels: labels.items,
    head: { ...pr.head, ref: refs.items[0] },
    base: { ...pr.base, ref: refs.items[1] },
    secrets_redacted: n
  }
}

/** A commit person with its name and e-mail replaced by their redacted text (an absent one stays absent). */
function withRedacted<P extends { name?: string | null; email?: string | null }>(person: P, name: string, email: string): P {
  return { ...person, name: person.name == null ? person.name : name, email: person.email == null ? person.email : email }
}

/** A commit's message, identities and `Co-authored-by:` trailers, with any secret replaced by its preview. */
export function redactCommitMessage(commit: CommitFacts, repo: string, redactSecrets: Redact): CommitFacts {
  const message = redactSecrets(commit.message, repo, WRITTEN)
  const people = redactEach(
    [commit.author.name ?? '', commit.author.email ?? '', commit.committer.name ?? '', commit.committer.email ?? ''],
    repo,
    redactSecrets
  )
  const n = message.redacted + people.redacted
  if (n === 0) return commit
  const [authorName, authorEmail, committerName, committerEmail] = people.items
  return {
    ...commit,
    message: message.text,
    // Trailers are read again from the redacted message, so a token in a trailer is not kept either.
    co_authors: coAuthors(message.text),
    author: people.redacted ? withRedacted(commit.author, authorName, authorEmail) : commit.author,
    committer: people.redacted ? withRedacted(commit.committer, committerName, committerEmail) : commit.committer,
    secrets_redacted: n
  }
}

/** Changed file paths (and former paths of renames) with any secret in a name replaced by its preview. */
export function redactFilePaths(files: ChangedFileFacts[], repo: string, redactSecrets: Redact): ChangedFileFacts[] {
  const names = files.flatMap(f => (f.previous_path ? [f.path, f.previous_path] : [f.path]))
  const scanned = redactEach(names, repo, redactSecrets)
  if (scanned.redacted === 0) return files
  let i = 0
  return files.map(f => {
    const path = scanned.items[i++]
    const previous = f.previous_path ? scanned.items[i++] : undefined
    if (path === f.path && previous === f.previous_path) return f
    const n = redactSecrets(f.path, repo).redacted + (f.previous_path ? redactSecrets(f.previous_path, repo).redacted : 0)
    return { ...f, path, ...(previous !== undefined ? { previous_path: previous } : {}), secrets_redacted: n }
  })
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

async function collectCommits(api: GitHubApi, prIds: Record<string, unknown>, pr: PullRequestFacts, record: ChangeRecord): Promise<Collected<CommitFacts[]>> {
  const list = await api.paginate<Record<string, any>>(ROUTES.commits, prIds, { maxItems: MAX_PR_COMMITS, concurrentPages: true })
  if (!list.ok) return unavailable(describeFailure(list, 'PR commits'), [ROUTES.commits])
  const redact = await loadRedactor()
  const commits = list.data.map(c => redactCommitMessage(commitFacts(c), record.repository.full_name, redact))
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
      missing: {
        reason: `Only ${commits.length} of ${total} commits could be listed (GitHub's cap).`,
        remedy: 'Split the pull request, or judge it with the CLI over a full checkout.'
      }
    }
  }
  return complete(commits, [ROUTES.commits])
}

const FILE_STATUSES = new Set(['added', 'removed', 'modified', 'renamed', 'copied', 'changed', 'unchanged'])

/**
 * The pull request's files from the checkout, when it holds both the base and the head commit: the same
 * three-dot diff GitHub lists, read without 3,000-file cap and without paging 30 lists of patches through the
 * API (the secrets scanner reads the checkout's diff itself). null (the API lists them) when there is no such
 * checkout or git fails; git's failure is kept in the record's errors.
 */
async function filesFromCheckout(
  checkoutDir: string | null,
  pr: PullRequestFacts,
  record: ChangeRecord
): Promise<{ collected: Collected<ChangedFileFacts[]>; raw: null; counted: Promise<void> } | null> {
  const base = pr.base.sha
  const head = record.subject.head_sha || pr.head.sha
  if (!checkoutDir || !base || !head) return null
  const [hasBase, hasHead] = await Promise.all([hasCommit(checkoutDir, base), hasCommit(checkoutDir, head)])
  if (!hasBase || !hasHead) return null
  try {
    const listing = await gitChangedFiles({ cwd: checkoutDir, base, head })
    const files = redactFilePaths(listing.files, record.repository.full_name, await loadRedactor())
    const collected = complete(files, changedFilesCommands(base, head))
    // The line counts arrive after the list (the collectors that need the paths do not wait for them).
    const counted = listing.counted.then(
      () =>
        listing.files.forEach((f, i) => {
          const kept = files[i]
          if (kept === f) return
          kept.additions = f.additions
          kept.deletions = f.deletions
          if (f.binary) kept.binary = true
        }),
      (e: unknown) => {
        const message = e instanceof Error ? e.message : String(e)
        record.errors.push({ stage: 'collect.files', message })
        if (record.files === collected) {
          record.files = {
            ...collected,
            state: 'partial',
            missing: { reason: `The files' added and deleted lines could not be counted: ${message}`, remedy: 'Re-run the job.' }
          }
        }
      }
    )
    return { collected, raw: null, counted }
  } catch (e) {
    record.errors.push({ stage: 'collect.files', message: `${e instanceof Error ? e.message : String(e)}; the files were listed through the API instead.` })
    return null
  }
}

async function collectFiles(
  api: GitHubApi,
  prIds: Record<string, unknown>,
  pr: PullRequestFacts,
  record: ChangeRecord
): Promise<{ collected: Collected<ChangedFileFacts[]>; raw: RawPullFile[] | null }> {
  const list = await api.paginate<RawPullFile>(ROUTES.files, prIds, { maxItems: MAX_PR_FILES, concurrentPages: true })
  if (!list.ok) return { collected: unavailable(describeFailure(list, 'PR files'), [ROUTES.files]), raw: null }
  let files: ChangedFileFacts[] = list.data.map(f => ({
    path: f.filename,
    ...(f.previous_filename ? { previous_path: f.previous_filename } : {}),
    status: (FILE_STATUSES.has(f.status) ? f.status : 'changed') as FileStatus,
    additions: f.additions ?? 0,
    deletions: f.deletions ?? 0,
    ...(f.patch === undefined && (f.changes ?? f.additions + f.deletions) > 0 ? { patch_omitted: true } : {})
  }))
  files = redactFilePaths(files, record.repository.full_name, await loadRedactor())
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
        missing: {
          reason: `Only ${files.length} of ${total} changed files could be listed (GitHub's cap).`,
          remedy: 'Run the gate with a full checkout (actions/checkout with fetch-depth: 0) so scanners read the diff from git.'
        }
      },
      raw: list.data
    }
  }
  return { collected: complete(files, [ROUTES.files]), raw: list.data }
}

async function collectReviews(api: GitHubApi, prIds: Record<string, unknown>): Promise<Collected<ReviewFacts[]>> {
  const list = await api.paginate<Record<string, any>>(ROUTES.reviews, prIds)
  if (!list.ok)
    return unavailable(describeFailure(list, 'PR reviews', 'Reading reviews needs `pull-requests: read` in the workflow permissions.'), [ROUTES.reviews])
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
        failures.push({
          login: username,
          failure: { ok: false, kind: 'malformed', status: answer.status, message: 'no permission field', route: ROUTES.permission }
        })
      }
    })
  )
  const sorted = Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)))
  if (failures.length === 0) return complete(sorted, [ROUTES.permission])
  const first = describeFailure(
    failures[0].failure,
    `Repository permission of ${failures.map(f => f.login).join(', ')}`,
    "Reading a collaborator's permission needs read access to the repository's metadata (granted to GITHUB_TOKEN by default)."
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
      const redact = await loadRedactor()
      const commits = compare.data.commits.map(c => redactCommitMessage(commitFacts(c), `${target.owner}/${target.repo}`, redact))
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
  const redact = await loadRedactor()
  const fromPayload = target.pushedCommits.map((c: PushedCommit) =>
    redactCommitMessage(commitFacts(c as Record<string, any>), `${target.owner}/${target.repo}`, redact)
  )
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
