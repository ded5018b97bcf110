/**
 * The population: every change that reached a branch in a window (UTC dates, both inclusive).
 *
 *  1. Pull requests: `GET /repos/{o}/{r}/pulls?state=closed&base=BRANCH&sort=updated&direction=desc`, page by
 *     page. A PR's updated_at is never earlier than its merged_at, so once a page ends with a PR updated
 *     before the window starts, no later page can hold a PR merged in the window: the scan stops there.
 *     Kept: merged_at inside the window. All PRs merged into the branch since the window started (also after
 *     it) are remembered, because their commits explain commits on the branch.
 *  2. Commits: `GET /repos/{o}/{r}/commits?sha=BRANCH&since=FROM&until=TO` (committer date), every page.
 *  3. Which commits a merged PR explains, without a call:
 *     - the PR's merge_commit_sha (merge commit, squash commit, or the last commit of a rebase merge);
 *     - for merge-commit merges, the PR's own commits: every listed commit reachable from the PR's head SHA
 *       that is not on the branch's first-parent line (the line is the first-parent closure of the PRs'
 *       merge commits).
 *  4. The rest are asked `GET /repos/{o}/{r}/commits/{sha}/pulls` (GitHub's commit→pull association), one
 *     call per commit, except for rebase merges: GitHub rewrites a rebased PR's commits in one push, each with
 *     GitHub as committer and the merge time as committer date. The run of first-parent commits just below a
 *     PR's merge commit with the same committer and committer date is a candidate batch; its oldest commit is
 *     asked, and when GitHub ties it to the same PR, every commit between it and the merge commit belongs to
 *     that PR (nothing can interleave inside one push). Otherwise each is asked on its own.
 *  5. A commit no PR merged into this branch contains is a change of kind `direct-push`. A commit of a PR
 *     merged into the branch outside the window belongs to that PR and is not in the population.
 */
import type { ApiFailure } from '../collect/github/api.js'
import { describeFailure } from '../collect/github/api.js'
import type { AuditApi } from './api.js'
import { nextLink } from './api.js'

export interface Window {
  /** YYYY-MM-DD, UTC, inclusive. */
  from: string
  to: string
}

export interface ChangeFacts {
  /** `pr#N` or the commit SHA. */
  id: string
  kind: 'pr' | 'direct-push'
  number: number | null
  title: string
  url: string
  /** PR: merged_at; direct push: the commit's committer date. */
  merged_at: string
  author: string | null
  head_sha: string | null
  merge_sha: string | null
  /** Labels as GitHub lists them now (the PR list answer). */
  labels: string[]
  /** PR: how it was merged, as far as the lists tell ('merge' | 'squash-or-rebase' | 'unknown'). */
  merge_method: string
  /** Direct push: the committer (login, else name). */
  committer: string | null
  /** Commits on the branch in the window this change accounts for. */
  commits: string[]
  /** Direct push: the commit's first parent, what the push built on (its `before`); null when GitHub did not say. */
  parent_sha?: string | null
}

export interface QueryLog {
  /** The exact request: method, path and query. */
  query: string
  pages: number
  items: number
  note?: string
}

export interface PopulationResult {
  changes: ChangeFacts[]
  queries: QueryLog[]
  /** Commits in the window that belong to PRs merged outside the window (not in the population). */
  outsideWindow: { sha: string; pr: number; merged_at: string }[]
  /** Commits whose associated PR was merged into another branch only (they count as direct pushes). */
  otherBranch: { sha: string; pr: number; base: string }[]
  listedCommits: number
  scannedPulls: number
  lookups: number
}

export class PopulationError extends Error {
  constructor(
    message: string,
    readonly failure: ApiFailure
  ) {
    super(message)
    this.name = 'PopulationError'
  }
}

/**
 * The fields read from GitHub's `pull-request-simple` (list pulls; commit → pulls). Each may be missing or null
 * in an answer that does not follow the schema: every read is guarded.
 */
interface PullSummary {
  number?: number
  title?: string | null
  html_url?: string
  merged_at?: string | null
  merge_commit_sha?: string | null
  updated_at?: string
  base?: { ref?: string } | null
  head?: { sha?: string } | null
  user?: { login?: string } | null
  labels?: ({ name?: string } | string | null)[] | null
}

interface GitActor {
  name?: string
  email?: string
  date?: string
}

/** The fields read from GitHub's `commit` (list commits). */
interface CommitSummary {
  sha?: string
  html_url?: string
  parents?: { sha?: string }[] | null
  commit?: { message?: string; author?: GitActor | null; committer?: GitActor | null } | null
  author?: { login?: string } | null
  committer?: { login?: string } | null
}

const LOOKUP_CONCURRENCY = 8

async function pool<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await fn(items[next++])
  })
  await Promise.all(workers)
}

export function windowBounds(w: Window): { start: string; end: string; startMs: number; endMs: number } {
  const start = `${w.from}T00:00:00Z`
  const end = `${w.to}T23:59:59Z`
  return { start, end, startMs: Date.parse(start), endMs: Date.parse(end) + 999 }
}

export function validWindow(w: Window): string | null {
  for (const [name, v] of [
    ['--from', w.from],
    ['--to', w.to]
  ] as const) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(`${v}T00:00:00Z`)) || new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) !== v) {
      return `${name} must be a date YYYY-MM-DD (UTC), got '${v}'.`
    }
  }
  if (w.from > w.to) return `--from ${w.from} is after --to ${w.to}.`
  return null
}

function queryString(params: Record<string, unknown>): string {
  return Object.entries(params)
    .filter(([k]) => k !== 'owner' && k !== 'repo')
    .map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`)
    .join('&')
}

export interface PopulationProgress {
  (event: { stage: 'pulls' | 'commits' | 'associations'; done: number; total: number | null }): void
}

export async function collectPopulation(
  api: AuditApi,
  target: { owner: string; repo: string; branch: string; window: Window },
  progress: PopulationProgress = () => undefined
): Promise<PopulationResult> {
  const { owner, repo, branch } = target
  const { start, end, startMs, endMs } = windowBounds(target.window)
  const queries: QueryLog[] = []
  api.setPhase('population')

  // 1. Pull requests merged into the branch, newest update first, until past the window.
  const pullsRoute = 'GET /repos/{owner}/{repo}/pulls'
  const pullParams = { owner, repo, state: 'closed', base: branch, sort: 'updated', direction: 'desc', per_page: 100 }
  const mergedIntoBranch: PullSummary[] = []
  let scanned = 0
  const listPulls = async (): Promise<QueryLog> => {
    let pages = 0
    let stopNote = 'last page reached'
    for (let page = 1; ; page++) {
      const answer = await api.request<(PullSummary | null)[]>(pullsRoute, { ...pullParams, page })
      if (!answer.ok) throw new PopulationError(describeFailure(answer, 'Listing the pull requests').reason, answer)
      pages++
      const list = Array.isArray(answer.data) ? answer.data : []
      scanned += list.length
      for (const pr of list) {
        if (pr?.merged_at && pr.base?.ref === branch && Date.parse(pr.merged_at) >= startMs) mergedIntoBranch.push(pr)
      }
      progress({ stage: 'pulls', done: scanned, total: null })
      const last = list[list.length - 1]
      if (last && typeof last.updated_at === 'string' && Date.parse(last.updated_at) < startMs) {
        stopNote = `stopped after page ${page}: its last PR was updated ${last.updated_at}, before the window; a PR's updated_at is never before its merged_at`
        break
      }
      if (!nextLink(answer.headers?.link as string | undefined) || list.length === 0) break
    }
    return { query: `GET /repos/${owner}/${repo}/pulls?${queryString(pullParams)}`, pages, items: scanned, note: stopNote }
  }

  // 2. Commits on the branch with a committer date in the window.
  const commitsRoute = 'GET /repos/{owner}/{repo}/commits'
  const commitParams = { owner, repo, sha: branch, since: start, until: end, per_page: 100 }
  const commits: CommitSummary[] = []
  const listCommits = async (): Promise<QueryLog> => {
    let pages = 0
    for (let page = 1; ; page++) {
      const answer = await api.request<CommitSummary[]>(commitsRoute, { ...commitParams, page })
      if (!answer.ok) throw new PopulationError(describeFailure(answer, 'Listing the branch commits').reason, answer)
      pages++
      const list = Array.isArray(answer.data) ? answer.data : []
      commits.push(...list)
      progress({ stage: 'commits', done: commits.length, total: null })
      if (!nextLink(answer.headers?.link as string | undefined) || list.length === 0) break
    }
    return { query: `GET /repos/${owner}/${repo}/commits?${queryString(commitParams)}`, pages, items: commits.length }
  }
  // The two lists are independent: read them at the same time.
  queries.push(...(await Promise.all([listPulls(), listCommits()])))

  // 3. Commits explained by the PRs without a call.
  const bySha = new Map<string, CommitSummary>(commits.map(c => [String(c.sha), c]))
  const parentsOf = (sha: string): string[] => (bySha.get(sha)?.parents ?? []).map(p => String(p?.sha))
  const byMergeSha = new Map<string, PullSummary>()
  for (const pr of mergedIntoBranch) if (pr.merge_commit_sha) byMergeSha.set(String(pr.merge_commit_sha), pr)
  const owner_ = new Map<string, PullSummary>() // commit sha → PR (merged into the branch)
  const firstParentLine = new Set<string>()
  for (const sha of byMergeSha.keys()) {
    let cur: string | undefined = sha
    while (cur && bySha.has(cur) && !firstParentLine.has(cur)) {
      firstParentLine.add(cur)
      cur = parentsOf(cur)[0]
    }
  }
  for (const [sha, pr] of byMergeSha) if (bySha.has(sha)) owner_.set(sha, pr)
  for (const pr of mergedIntoBranch) {
    const merge = pr.merge_commit_sha ? bySha.get(String(pr.merge_commit_sha)) : undefined
    const head = pr.head?.sha ? String(pr.head.sha) : null
    if (!merge || !head || (merge.parents?.length ?? 0) < 2 || !bySha.has(head)) continue
    const stack = [head]
    while (stack.length) {
      const sha = stack.pop() as string
      if (!bySha.has(sha) || firstParentLine.has(sha) || owner_.has(sha)) continue
      owner_.set(sha, pr)
      stack.push(...parentsOf(sha))
    }
  }

  // 4. Ask GitHub about the rest; rebase batches with one call.
  const outsideWindow: PopulationResult['outsideWindow'] = []
  const otherBranch: PopulationResult['otherBranch'] = []
  const direct: CommitSummary[] = []
  const associationRoute = 'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls'
  let lookups = 0
  const asked = new Map<string, PullSummary[]>()
  const unexplainedCount = () => commits.filter(c => !owner_.has(String(c.sha))).length
  const total = unexplainedCount()
  const ask = async (sha: string): Promise<PullSummary[]> => {
    lookups++
    progress({ stage: 'associations', done: lookups, total })
    const answer = await api.request<(PullSummary | null)[]>(associationRoute, { owner, repo, commit_sha: sha, per_page: 100 })
    if (!answer.ok) throw new PopulationError(describeFailure(answer, `The pull requests of commit ${sha.slice(0, 12)}`).reason, answer)
    return Array.isArray(answer.data) ? answer.data.filter((p): p is PullSummary => typeof p === 'object' && p !== null) : []
  }
  const sameCommitter = (a: CommitSummary, b: CommitSummary): boolean =>
    a.commit?.committer?.date === b.commit?.committer?.date && a.commit?.committer?.email === b.commit?.committer?.email
  const batches: { pr: PullSummary; batch: string[] }[] = []
  for (const [sha, pr] of byMergeSha) {
    const merge = bySha.get(sha)
    if (!merge || (merge.parents?.length ?? 0) !== 1) continue
    const batch: string[] = []
    let cur = parentsOf(sha)[0]
    while (cur && bySha.has(cur) && !owner_.has(cur) && (bySha.get(cur)?.parents?.length ?? 0) === 1 && sameCommitter(bySha.get(cur) as CommitSummary, merge)) {
      batch.push(cur)
      cur = parentsOf(cur)[0]
    }
    if (batch.length > 0) batches.push({ pr, batch })
  }
  // The lookups are independent: ask several at once, then decide in listing order (deterministic output).
  await pool(batches, LOOKUP_CONCURRENCY, async ({ pr, batch }) => {
    const oldest = batch[batch.length - 1]
    const pulls = await ask(oldest)
    if (pulls.some(p => Number(p.number) === Number(pr.number))) for (const b of batch) owner_.set(b, pr)
    else asked.set(oldest, pulls)
  })
  const rest = commits.map(c => String(c.sha)).filter(sha => !owner_.has(sha) && !asked.has(sha))
  await pool(rest, LOOKUP_CONCURRENCY, async sha => {
    asked.set(sha, await ask(sha))
  })
  for (const c of commits) {
    const sha = String(c.sha)
    if (owner_.has(sha)) continue
    const pulls = asked.get(sha) ?? []
    const mergedHere = pulls.find(p => p.merged_at && p.base?.ref === branch)
    if (mergedHere) {
      const at = Date.parse(String(mergedHere.merged_at))
      if (at >= startMs && at <= endMs) {
        const known = mergedIntoBranch.find(p => Number(p.number) === Number(mergedHere.number))
        owner_.set(sha, known ?? mergedHere)
        if (!known) mergedIntoBranch.push(mergedHere)
      } else {
        owner_.set(sha, mergedHere)
        outsideWindow.push({ sha, pr: Number(mergedHere.number), merged_at: String(mergedHere.merged_at) })
      }
      continue
    }
    const elsewhere = pulls.find(p => p.merged_at)
    if (elsewhere) otherBranch.push({ sha, pr: Number(elsewhere.number), base: String(elsewhere.base?.ref ?? '') })
    direct.push(c)
  }
  queries.push({
    query: `GET /repos/${owner}/${repo}/commits/{sha}/pulls?per_page=100`,
    pages: lookups,
    items: lookups,
    note: 'one call per commit not explained by a merged PR (merge commit SHA, merge-commit ancestry, verified rebase batch)'
  })

  // 5. The changes.
  const changes: ChangeFacts[] = []
  const commitsOf = new Map<number, string[]>()
  for (const [sha, pr] of owner_) {
    const n = Number(pr.number)
    commitsOf.set(n, [...(commitsOf.get(n) ?? []), sha])
  }
  for (const pr of mergedIntoBranch) {
    const at = Date.parse(String(pr.merged_at))
    if (!(at >= startMs && at <= endMs)) continue
    const merge = pr.merge_commit_sha ? bySha.get(String(pr.merge_commit_sha)) : undefined
    changes.push({
      id: `pr#${pr.number}`,
      kind: 'pr',
      number: Number(pr.number),
      title: String(pr.title ?? ''),
      url: String(pr.html_url ?? ''),
      merged_at: new Date(at).toISOString().replace('.000Z', 'Z'),
      author: pr.user?.login ?? null,
      head_sha: pr.head?.sha ?? null,
      merge_sha: pr.merge_commit_sha ?? null,
      labels: (pr.labels ?? []).map(l => String(typeof l === 'string' ? l : (l?.name ?? l))).sort(),
      merge_method: merge ? ((merge.parents?.length ?? 0) > 1 ? 'merge' : 'squash-or-rebase') : 'unknown',
      committer: null,
      commits: (commitsOf.get(Number(pr.number)) ?? []).sort()
    })
  }
  for (const c of direct) {
    const date = c.commit?.committer?.date ?? c.commit?.author?.date ?? ''
    changes.push({
      id: String(c.sha),
      kind: 'direct-push',
      number: null,
      title: String(c.commit?.message ?? '')
        .split('\n')[0]
        .slice(0, 200),
      url: String(c.html_url ?? ''),
      merged_at: date ? new Date(Date.parse(date)).toISOString().replace('.000Z', 'Z') : '',
      author: c.author?.login ?? c.commit?.author?.name ?? null,
      head_sha: String(c.sha),
      merge_sha: String(c.sha),
      labels: [],
      merge_method: 'push',
      committer: c.committer?.login ?? c.commit?.committer?.name ?? null,
      commits: [String(c.sha)],
      parent_sha: typeof c.parents?.[0]?.sha === 'string' ? c.parents[0].sha : null
    })
  }
  changes.sort((a, b) => (a.merged_at === b.merged_at ? a.id.localeCompare(b.id) : a.merged_at.localeCompare(b.merged_at)))
  return { changes, queries, outsideWindow, otherBranch, listedCommits: commits.length, scannedPulls: scanned, lookups }
}
