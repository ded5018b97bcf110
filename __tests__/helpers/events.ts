/**
 * Webhook event payloads for GITHUB_EVENT_PATH, built from @octokit/webhooks-examples (real payloads)
 * and retargeted to the test repository. `xxxPayload()` returns the object, `xxxEvent()` writes it to a
 * fresh temp file and returns the file's path.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DEFAULT_OWNER, DEFAULT_REPO, fakeSha, user } from './github-data.js'

type Obj = Record<string, any>

const require = createRequire(import.meta.url)

interface WebhookDefinition {
  name: string
  actions: string[]
  examples: Obj[]
}

let definitions: WebhookDefinition[] | undefined
function examplesOf(name: string): Obj[] {
  definitions ??= require('@octokit/webhooks-examples') as WebhookDefinition[]
  const def = definitions.find(d => d.name === name)
  if (!def) throw new Error(`no webhook examples for ${name}`)
  return def.examples
}

function retarget(payload: Obj, owner: string, repo: string): Obj {
  const from: string = payload.repository?.full_name
  if (!from) return modernize(structuredClone(payload))
  const [fo, fr] = from.split('/')
  let text = JSON.stringify(payload)
  text = text.split(`repos/${fo}/${fr}`).join(`repos/${owner}/${repo}`)
  text = text.split(`github.com/${fo}/${fr}`).join(`github.com/${owner}/${repo}`)
  text = text.split(`"${from}"`).join(`"${owner}/${repo}"`)
  const out = modernize(JSON.parse(text) as Obj)
  out.repository.name = repo
  if (out.repository.owner) {
    out.repository.owner.login = owner
    out.repository.owner.type ??= 'Organization'
  }
  return out
}

/**
 * The community examples predate some fields GitHub's webhook schema now requires; add them (with the
 * values GitHub sends when the feature is off) so payloads validate against `x-webhooks`.
 */
function modernize(payload: Obj): Obj {
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(walk)
    if (!isPlainObject(v)) return
    if (typeof v.full_name === 'string' && 'owner' in v && 'html_url' in v && !('has_discussions' in v)) v.has_discussions = false
    if (v.homepage === '') v.homepage = null
    else if (typeof v.homepage === 'string' && !/^[a-z][a-z0-9+.-]*:/i.test(v.homepage)) v.homepage = `https://${v.homepage}`
    Object.values(v).forEach(walk)
  }
  walk(payload)
  if (isPlainObject(payload.pull_request) && !('auto_merge' in payload.pull_request)) payload.pull_request.auto_merge = null
  return payload
}

function isPlainObject(v: unknown): v is Obj {
  return v !== null && typeof v === 'object' && !Array.isArray(v)
}

/** Deep-merge `patch` into `target` (objects merged, arrays and scalars replaced; undefined skipped). */
export function deepMerge(target: Obj, patch: Obj): Obj {
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) continue
    if (isPlainObject(v) && isPlainObject(target[k])) deepMerge(target[k], v)
    else target[k] = structuredClone(v)
  }
  return target
}

function asUser(u: string | Obj): Obj {
  return typeof u === 'string' ? user(u) : u
}

let eventDir: string | undefined
let counter = 0
/** Write a payload to a fresh temp file (JSON) and return its absolute path. */
export function writeEventFile(payload: unknown, name = 'event'): string {
  eventDir ??= mkdtempSync(join(tmpdir(), 'compliance-gate-events-'))
  mkdirSync(eventDir, { recursive: true })
  const file = join(eventDir, `${name}-${++counter}.json`)
  writeFileSync(file, JSON.stringify(payload, null, 2))
  return file
}

// ---------------------------------------------------------------------------------------------------
// pull_request / pull_request_target
// ---------------------------------------------------------------------------------------------------

export type PullRequestAction =
  | 'opened'
  | 'synchronize'
  | 'closed'
  | 'reopened'
  | 'edited'
  | 'labeled'
  | 'unlabeled'
  | 'ready_for_review'
  | 'converted_to_draft'
  | 'assigned'
  | 'unassigned'
  | 'review_requested'
  | 'review_request_removed'
  | 'locked'
  | 'unlocked'
  | 'auto_merge_enabled'
  | 'auto_merge_disabled'
  | 'enqueued'
  | 'dequeued'

export interface PullRequestEventOverrides {
  owner?: string
  repo?: string
  number?: number
  headSha?: string
  headRef?: string
  /** 'owner/name' of a fork the PR comes from. */
  headRepo?: string
  baseRef?: string
  baseSha?: string
  /** Who triggered the event (login or user object). */
  sender?: string | Obj
  /** PR author. */
  author?: string | Obj
  merged?: boolean
  mergedBy?: string | Obj | null
  mergeCommitSha?: string | null
  title?: string
  body?: string | null
  draft?: boolean
  labels?: string[]
  private?: boolean
  /** synchronize: the previous head SHA (`before`); `after` = headSha. */
  before?: string
  /** Deep-merged last, for anything else. */
  payload?: Obj
}

export function pullRequestPayload(action: PullRequestAction | string, o: PullRequestEventOverrides = {}): Obj {
  const all = examplesOf('pull_request')
  const base = all.find(e => e.action === action) ?? all.find(e => e.action === 'opened')!
  const owner = o.owner ?? DEFAULT_OWNER
  const repo = o.repo ?? DEFAULT_REPO
  const p = retarget(base, owner, repo)
  p.action = action
  const number = o.number ?? 1
  p.number = number
  const pr = p.pull_request
  for (const k of Object.keys(pr)) {
    if (typeof pr[k] === 'string') pr[k] = pr[k].replace(new RegExp(`/(pulls|pull|issues)/${base.number}(?=$|/|\\.)`), `/$1/${number}`)
  }
  if (pr._links) {
    for (const l of Object.values(pr._links) as Obj[]) {
      if (typeof l?.href === 'string') l.href = l.href.replace(new RegExp(`/(pulls|pull|issues)/${base.number}(?=$|/|\\.)`), `/$1/${number}`)
    }
  }
  pr.number = number
  pr.id = 100000 + number
  if (o.title !== undefined) pr.title = o.title
  if (o.body !== undefined) pr.body = o.body
  if (o.draft !== undefined) pr.draft = o.draft
  if (o.author !== undefined) pr.user = asUser(o.author)
  if (o.sender !== undefined) p.sender = asUser(o.sender)
  if (o.labels !== undefined) {
    pr.labels = o.labels.map((name, i) => ({
      id: 1000 + i,
      node_id: `LA_${1000 + i}`,
      url: `https://api.github.com/repos/${owner}/${repo}/labels/${encodeURIComponent(name)}`,
      name,
      color: 'ededed',
      default: false,
      description: null
    }))
  }
  const headSha = o.headSha ?? fakeSha(`head:${owner}/${repo}#${number}`)
  const baseSha = o.baseSha ?? fakeSha(`base:${owner}/${repo}#${number}`)
  pr.head.sha = headSha
  pr.base.sha = baseSha
  pr.head.ref = o.headRef ?? `feature-${number}`
  pr.base.ref = o.baseRef ?? 'main'
  pr.base.label = `${owner}:${pr.base.ref}`
  if (o.headRepo) {
    const [fo, fr] = o.headRepo.split('/')
    pr.head.repo = retarget({ repository: structuredClone(pr.head.repo) }, fo, fr).repository
    pr.head.repo.fork = true
    pr.head.repo.owner.type = 'User'
    pr.head.user = user(fo)
    pr.head.label = `${fo}:${pr.head.ref}`
  } else {
    pr.head.label = `${owner}:${pr.head.ref}`
  }
  if (o.private !== undefined) {
    p.repository.private = o.private
    p.repository.visibility = o.private ? 'private' : 'public'
  }
  pr.statuses_url = `https://api.github.com/repos/${owner}/${repo}/statuses/${headSha}`
  if (pr._links?.statuses) pr._links.statuses.href = pr.statuses_url
  if (action === 'synchronize') {
    p.before = o.before ?? fakeSha(`before:${headSha}`)
    p.after = headSha
  }
  const merged = o.merged ?? false
  pr.merged = merged
  if (action === 'closed') {
    pr.state = 'closed'
    pr.closed_at ??= '2019-05-15T15:20:42Z'
    pr.merged_at = merged ? pr.closed_at : null
    pr.merged_by = merged ? (o.mergedBy === undefined ? p.sender : o.mergedBy === null ? null : asUser(o.mergedBy)) : null
    pr.merge_commit_sha = o.mergeCommitSha !== undefined ? o.mergeCommitSha : fakeSha(`merge:${owner}/${repo}#${number}`)
  } else {
    pr.state = 'open'
    if (o.mergedBy !== undefined) pr.merged_by = o.mergedBy === null ? null : asUser(o.mergedBy)
    if (o.mergeCommitSha !== undefined) pr.merge_commit_sha = o.mergeCommitSha
  }
  if (o.payload) deepMerge(p, o.payload)
  return p
}

/** pull_request payload written to a temp file; returns the path (use as GITHUB_EVENT_PATH). */
export function pullRequestEvent(action: PullRequestAction | string, overrides: PullRequestEventOverrides = {}): string {
  return writeEventFile(pullRequestPayload(action, overrides), `pull_request-${action}`)
}

/** pull_request_target has the pull_request payload (GitHub sends the same body). */
export function pullRequestTargetPayload(action: PullRequestAction | string, overrides: PullRequestEventOverrides = {}): Obj {
  return pullRequestPayload(action, overrides)
}

export function pullRequestTargetEvent(action: PullRequestAction | string, overrides: PullRequestEventOverrides = {}): string {
  return writeEventFile(pullRequestTargetPayload(action, overrides), `pull_request_target-${action}`)
}

// ---------------------------------------------------------------------------------------------------
// push
// ---------------------------------------------------------------------------------------------------

export interface PushCommit {
  id: string
  message?: string
  author?: { name?: string; email?: string; username?: string }
  committer?: { name?: string; email?: string; username?: string }
  added?: string[]
  removed?: string[]
  modified?: string[]
  timestamp?: string
  distinct?: boolean
}

export interface PushEventOverrides {
  owner?: string
  repo?: string
  /** default 'refs/heads/main' */
  ref?: string
  before?: string
  after?: string
  commits?: PushCommit[]
  forced?: boolean
  created?: boolean
  deleted?: boolean
  sender?: string | Obj
  private?: boolean
  payload?: Obj
}

export function pushPayload(o: PushEventOverrides = {}): Obj {
  const all = examplesOf('push')
  const base =
    all.find(e => e.ref === 'refs/heads/master' && Array.isArray(e.commits) && e.commits.length > 0) ??
    all.find(e => e.ref?.startsWith('refs/heads/')) ??
    all[0]
  const owner = o.owner ?? DEFAULT_OWNER
  const repo = o.repo ?? DEFAULT_REPO
  const p = retarget(base, owner, repo)
  const template = p.commits?.[0] ?? p.head_commit
  p.ref = o.ref ?? 'refs/heads/main'
  const after = o.after ?? o.commits?.[o.commits.length - 1]?.id ?? fakeSha(`push-after:${owner}/${repo}`)
  p.before = o.before ?? fakeSha(`push-before:${after}`)
  p.after = after
  p.created = o.created ?? false
  p.deleted = o.deleted ?? false
  p.forced = o.forced ?? false
  p.base_ref = null
  p.compare = `https://github.com/${owner}/${repo}/compare/${p.before.slice(0, 12)}...${after.slice(0, 12)}`
  const commits = (o.commits ?? [{ id: after }]).map(c => ({
    ...structuredClone(template),
    id: c.id,
    tree_id: fakeSha('tree:' + c.id),
    distinct: c.distinct ?? true,
    message: c.message ?? 'Update README.md',
    timestamp: c.timestamp ?? '2024-01-01T00:00:00Z',
    url: `https://github.com/${owner}/${repo}/commit/${c.id}`,
    author: { name: 'Monalisa Octocat', email: 'mona@github.com', username: 'octocat', ...c.author },
    committer: { name: 'GitHub', email: 'noreply@github.com', username: 'web-flow', ...c.committer },
    added: c.added ?? [],
    removed: c.removed ?? [],
    modified: c.modified ?? ['README.md']
  }))
  p.commits = p.deleted ? [] : commits
  p.head_commit = p.deleted ? null : commits[commits.length - 1]
  if (o.sender !== undefined) {
    p.sender = asUser(o.sender)
    p.pusher = { name: p.sender.login, email: `${p.sender.login}@users.noreply.github.com` }
  }
  if (o.private !== undefined) {
    p.repository.private = o.private
    p.repository.visibility = o.private ? 'private' : 'public'
  }
  if (o.payload) deepMerge(p, o.payload)
  return p
}

export function pushEvent(overrides: PushEventOverrides = {}): string {
  return writeEventFile(pushPayload(overrides), 'push')
}

// ---------------------------------------------------------------------------------------------------
// merge_group
// ---------------------------------------------------------------------------------------------------

export interface MergeGroupEventOverrides {
  owner?: string
  repo?: string
  headSha?: string
  /** Full ref; default refs/heads/gh-readonly-queue/<base>/pr-<n>-<baseSha>. */
  headRef?: string
  /** Full ref; default refs/heads/main. */
  baseRef?: string
  baseSha?: string
  prNumber?: number
  sender?: string | Obj
  payload?: Obj
}

export function mergeGroupPayload(o: MergeGroupEventOverrides = {}): Obj {
  const owner = o.owner ?? DEFAULT_OWNER
  const repo = o.repo ?? DEFAULT_REPO
  const p = retarget(examplesOf('merge_group')[0], owner, repo)
  const baseRef = o.baseRef ?? 'refs/heads/main'
  const baseSha = o.baseSha ?? fakeSha(`mq-base:${owner}/${repo}`)
  const headSha = o.headSha ?? fakeSha(`mq-head:${baseSha}`)
  const n = o.prNumber ?? 1
  p.action = 'checks_requested'
  p.merge_group.base_ref = baseRef
  p.merge_group.base_sha = baseSha
  p.merge_group.head_sha = headSha
  p.merge_group.head_ref = o.headRef ?? `refs/heads/gh-readonly-queue/${baseRef.replace(/^refs\/heads\//, '')}/pr-${n}-${baseSha}`
  p.merge_group.head_commit.id = headSha
  p.merge_group.head_commit.tree_id = fakeSha('tree:' + headSha)
  p.merge_group.head_commit.message = `Merge pull request #${n} from ${owner}/feature-${n}`
  if (o.sender !== undefined) p.sender = asUser(o.sender)
  if (o.payload) deepMerge(p, o.payload)
  return p
}

export function mergeGroupEvent(overrides: MergeGroupEventOverrides = {}): string {
  return writeEventFile(mergeGroupPayload(overrides), 'merge_group')
}

// ---------------------------------------------------------------------------------------------------
// workflow_dispatch
// ---------------------------------------------------------------------------------------------------

export interface WorkflowDispatchEventOverrides {
  owner?: string
  repo?: string
  /** default refs/heads/main */
  ref?: string
  /** default .github/workflows/compliance.yml */
  workflow?: string
  sender?: string | Obj
  payload?: Obj
}

export function workflowDispatchPayload(inputs: Record<string, unknown> = {}, o: WorkflowDispatchEventOverrides = {}): Obj {
  const owner = o.owner ?? DEFAULT_OWNER
  const repo = o.repo ?? DEFAULT_REPO
  const p = retarget(examplesOf('workflow_dispatch')[0], owner, repo)
  p.inputs = structuredClone(inputs)
  p.ref = o.ref ?? 'refs/heads/main'
  p.workflow = o.workflow ?? '.github/workflows/compliance.yml'
  if (o.sender !== undefined) p.sender = asUser(o.sender)
  if (o.payload) deepMerge(p, o.payload)
  return p
}

export function workflowDispatchEvent(inputs: Record<string, unknown> = {}, overrides: WorkflowDispatchEventOverrides = {}): string {
  return writeEventFile(workflowDispatchPayload(inputs, overrides), 'workflow_dispatch')
}
