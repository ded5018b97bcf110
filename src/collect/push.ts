/**
 * `push` collector: on a push event, for each pushed commit (context.pushedCommits, capped at the
 * change.unreviewed-push `max-commits` param, default 250), the pull requests GitHub associates with it
 * (`GET /repos/{o}/{r}/commits/{commit_sha}/pulls`), whether one of them was merged into the pushed branch,
 * and for each such PR its merger (`GET …/pulls/{n}`; the list answer lacks merged_by) and reviews.
 */
import { neededParam, type CollectContext, type FactCollector } from './context.js'
import { describeFailure } from './github/api.js'
import type { Actor, Collected, CommitFacts, ReviewFacts } from '../model/record.js'
import { type AssociatedPull, type PushFacts, type PushPullFact, type PushedCommitFact } from '../model/facts/push.js'
import { targetBranch } from './branch-rules.js'

export const COMMIT_PULLS_ROUTE = 'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls'
export const PULL_ROUTE = 'GET /repos/{owner}/{repo}/pulls/{pull_number}'
export const REVIEWS_ROUTE = 'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews'
export const DEFAULT_MAX_COMMITS = 250
const CONCURRENCY = 6

const obj = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {})
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null)

function toActor(v: unknown): Actor | null {
  const a = obj(v)
  if (typeof a.login !== 'string') return null
  return { login: a.login, ...(typeof a.type === 'string' ? { type: a.type } : {}), ...(typeof a.id === 'number' ? { id: a.id } : {}) }
}

function toReview(v: unknown): ReviewFacts {
  const r = obj(v)
  return {
    id: typeof r.id === 'number' ? r.id : 0,
    user: toActor(r.user),
    state: str(r.state) ?? 'UNKNOWN',
    commit_id: str(r.commit_id),
    submitted_at: str(r.submitted_at),
    ...(typeof r.author_association === 'string' ? { author_association: r.author_association } : {})
  }
}

async function pool<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length)
  let next = 0
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++
      out[i] = await fn(items[i])
    }
  })
  await Promise.all(workers)
  return out
}

export const pushCollector: FactCollector<'push'> = {
  group: 'push',
  after: 'changes',
  async collect(context: CollectContext): Promise<Collected<PushFacts>> {
    const sources = [COMMIT_PULLS_ROUTE, PULL_ROUTE, REVIEWS_ROUTE]
    const { record } = context
    if (record.event.name !== 'push') {
      return { state: 'not_collected', value: null, sources: [], missing: { reason: `Not a push event (${record.event.name}).` } }
    }
    if (!context.api) {
      return {
        state: 'unavailable',
        value: null,
        sources,
        missing: {
          reason: 'No GitHub API available (offline run), so pushed commits could not be matched to pull requests.',
          remedy: 'Run with a GitHub token (github-token input or GITHUB_TOKEN).'
        }
      }
    }
    const pushed = context.pushedCommits ?? record.commits
    const commits = pushed.value
    if (!commits) {
      return {
        state: 'unavailable',
        value: null,
        sources,
        missing: {
          reason: `The pushed commits are not known: ${pushed.missing?.reason ?? 'not collected'}.`,
          ...(pushed.missing?.remedy ? { remedy: pushed.missing.remedy } : {})
        }
      }
    }
    const param = neededParam(context.neededBy, 'max-commits')
    const max = typeof param === 'number' && param > 0 ? Math.floor(param) : DEFAULT_MAX_COMMITS
    const branch = targetBranch(record.event.ref ?? record.subject.base_ref)
    const api = context.api
    const base = { owner: context.owner, repo: context.repo }
    const considered = commits.slice(0, max)

    const lookups = await pool(considered, CONCURRENCY, async (c: CommitFacts): Promise<PushedCommitFact> => {
      const fact: PushedCommitFact = {
        sha: c.sha,
        author_login: c.author.login ?? null,
        author_name: c.author.name ?? null,
        committer_login: c.committer.login ?? null,
        parents_count: c.parents.length,
        lookup: 'ok',
        associated: [],
        merged_pr: null
      }
      const res = await api.paginate<unknown>(COMMIT_PULLS_ROUTE, { ...base, commit_sha: c.sha })
      if (!res.ok) {
        fact.lookup = 'failed'
        fact.missing = describeFailure(
          res,
          `Pull requests of commit ${c.sha.slice(0, 7)}`,
          'Listing the pull requests of a commit needs Pull requests: read (`pull-requests: read` in the workflow permissions) and Contents: read.'
        )
        return fact
      }
      fact.associated = res.data.map((p): AssociatedPull => {
        const pr = obj(p)
        return {
          number: typeof pr.number === 'number' ? pr.number : 0,
          state: str(pr.state) ?? 'unknown',
          merged_at: str(pr.merged_at),
          base_ref: str(obj(pr.base).ref) ?? '',
          merge_commit_sha: str(pr.merge_commit_sha)
        }
      })
      const merged = fact.associated.filter(p => p.merged_at && p.base_ref === branch)
      // Prefer the PR whose merge/squash commit this is, then the earliest-merged one.
      const own = merged.find(p => p.merge_commit_sha === c.sha)
      const first = [...merged].sort((a, b) => (a.merged_at! < b.merged_at! ? -1 : 1))[0]
      fact.merged_pr = (own ?? first)?.number ?? null
      return fact
    })

    const numbers = [...new Set(lookups.map(l => l.merged_pr).filter((n): n is number => n !== null))]
    const pulls = await pool(numbers, CONCURRENCY, async (n): Promise<PushPullFact> => {
      const [pr, reviews] = await Promise.all([
        api.request<unknown>(PULL_ROUTE, { ...base, pull_number: n }),
        api.paginate<unknown>(REVIEWS_ROUTE, { ...base, pull_number: n })
      ])
      const assoc = lookups.flatMap(l => l.associated).find(a => a.number === n)
      const fact: PushPullFact = {
        number: n,
        html_url: null,
        author: null,
        merged_at: assoc?.merged_at ?? null,
        merged_by: null,
        merge_commit_sha: assoc?.merge_commit_sha ?? null,
        base_ref: assoc?.base_ref ?? branch,
        reviews: reviews.ok
          ? { state: reviews.truncated ? 'partial' : 'complete', value: reviews.data.map(toReview), sources: [REVIEWS_ROUTE] }
          : { state: 'unavailable', value: null, sources: [REVIEWS_ROUTE], missing: describeFailure(reviews, `Reviews of PR #${n}`) }
      }
      if (pr.ok) {
        const p = obj(pr.data)
        fact.html_url = str(p.html_url)
        fact.author = toActor(p.user)
        fact.merged_by = toActor(p.merged_by)
        fact.merged_at = str(p.merged_at) ?? fact.merged_at
        fact.merge_commit_sha = str(p.merge_commit_sha) ?? fact.merge_commit_sha
      } else {
        fact.missing = describeFailure(pr, `Pull request #${n}`)
      }
      return fact
    })

    const value: PushFacts = {
      branch,
      total_commits: commits.length,
      max_commits: max,
      truncated: commits.length > max || pushed.state === 'partial',
      commits: lookups,
      pulls: Object.fromEntries(pulls.map(p => [String(p.number), p]))
    }
    const anyFailed = lookups.some(l => l.lookup === 'failed') || pulls.some(p => p.missing || p.reviews.state !== 'complete')
    if (value.truncated || anyFailed) {
      const reasons: string[] = []
      if (value.truncated)
        reasons.push(
          `only the first ${Math.min(max, commits.length)} of ${commits.length}${pushed.state === 'partial' ? '+' : ''} pushed commits were looked up (max-commits ${max})`
        )
      if (anyFailed) reasons.push('some lookups failed (see each commit and pull request)')
      return { state: 'partial', value, sources, missing: { reason: reasons.join('; ') } }
    }
    return { state: 'complete', value, sources }
  }
}
