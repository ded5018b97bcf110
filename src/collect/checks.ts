/**
 * `checks` collector: check runs (`filter=latest`) and the combined commit status at the PR head and,
 * when set, at the merge SHA. Shape in src/model/facts/checks.ts.
 */
import type { CollectContext, FactCollector } from './context.js'
import { describeFailure } from './github/api.js'
import type { Collected } from '../model/record.js'
import { type ChecksAtSha, type ChecksFacts, type CheckRunFact, type CommitStatusFact } from '../model/facts/checks.js'

export const CHECK_RUNS_ROUTE = 'GET /repos/{owner}/{repo}/commits/{ref}/check-runs'
export const STATUS_ROUTE = 'GET /repos/{owner}/{repo}/commits/{ref}/status'

const CHECKS_HINT =
  'Reading check runs and commit statuses needs Checks: read and Statuses: read (add `checks: read` and `statuses: read` to the workflow `permissions:`).'

const obj = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {})
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null)
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null)

export function toCheckRun(raw: unknown): CheckRunFact {
  const r = obj(raw)
  const app = obj(r.app)
  return {
    id: num(r.id),
    name: str(r.name) ?? '',
    status: str(r.status) ?? 'unknown',
    conclusion: str(r.conclusion),
    app_slug: str(app.slug),
    app_id: num(app.id),
    html_url: str(r.html_url),
    started_at: str(r.started_at),
    completed_at: str(r.completed_at)
  }
}

export function toStatus(raw: unknown): CommitStatusFact {
  const s = obj(raw)
  return {
    context: str(s.context) ?? '',
    state: str(s.state) ?? 'unknown',
    target_url: str(s.target_url),
    description: str(s.description),
    updated_at: str(s.updated_at)
  }
}

async function atSha(context: CollectContext, sha: string, role: 'head' | 'merge'): Promise<ChecksAtSha> {
  const api = context.api!
  const params = { owner: context.owner, repo: context.repo, ref: sha }
  const [runs, statuses] = await Promise.all([
    api.paginate<unknown>(CHECK_RUNS_ROUTE, { ...params, filter: 'latest' }, { itemsKey: 'check_runs' }),
    api.paginate<unknown>(STATUS_ROUTE, params, { itemsKey: 'statuses' })
  ])
  const checkRuns: Collected<CheckRunFact[]> = runs.ok
    ? { state: runs.truncated ? 'partial' : 'complete', value: runs.data.map(toCheckRun), sources: [CHECK_RUNS_ROUTE] }
    : { state: 'unavailable', value: null, sources: [CHECK_RUNS_ROUTE], missing: describeFailure(runs, `Check runs at ${sha.slice(0, 7)}`, CHECKS_HINT) }
  const commitStatuses: Collected<CommitStatusFact[]> = statuses.ok
    ? { state: statuses.truncated ? 'partial' : 'complete', value: statuses.data.map(toStatus), sources: [STATUS_ROUTE] }
    : { state: 'unavailable', value: null, sources: [STATUS_ROUTE], missing: describeFailure(statuses, `Commit statuses at ${sha.slice(0, 7)}`, CHECKS_HINT) }
  return { sha, role, check_runs: checkRuns, statuses: commitStatuses }
}

export const checksCollector: FactCollector<'checks'> = {
  group: 'checks',
  after: 'pull_request',
  async collect(context: CollectContext): Promise<Collected<ChecksFacts>> {
    const sources = [CHECK_RUNS_ROUTE, STATUS_ROUTE]
    if (!context.api) {
      return {
        state: 'unavailable',
        value: null,
        sources,
        missing: {
          reason: 'No GitHub API available (offline run), so check results could not be read.',
          remedy: 'Run with a GitHub token (github-token input or GITHUB_TOKEN).'
        }
      }
    }
    const { head_sha, merge_sha } = context.record.subject
    const shas: [string, 'head' | 'merge'][] = []
    if (head_sha) shas.push([head_sha, 'head'])
    if (merge_sha && merge_sha !== head_sha) shas.push([merge_sha, 'merge'])
    if (shas.length === 0) return { state: 'unavailable', value: null, sources, missing: { reason: 'The head SHA is not known.' } }
    const at = await Promise.all(shas.map(([sha, role]) => atSha(context, sha, role)))
    const value: ChecksFacts = { self_check_names: [...context.selfCheckNames], at }
    const groups = at.flatMap(a => [a.check_runs, a.statuses])
    if (groups.every(g => g.state === 'complete')) return { state: 'complete', value, sources }
    if (groups.every(g => g.state === 'unavailable')) {
      return { state: 'unavailable', value: null, sources, missing: groups[0].missing }
    }
    return { state: 'partial', value, sources, missing: groups.find(g => g.state !== 'complete')?.missing }
  }
}
