/**
 * A whole pull request served by the fake GitHub API: every route the gate reads, with GitHub's shapes
 * (builders start from @octokit/openapi examples). Options override the parts a test is about.
 */
import type { FakeGitHub } from './fake-github.js'
import * as gh from './github-data.js'

export interface ScenarioOptions {
  owner?: string
  repo?: string
  number?: number
  author?: string
  headSha?: string
  baseSha?: string
  baseRef?: string
  headRef?: string
  title?: string
  body?: string
  labels?: string[]
  merged?: boolean
  mergedBy?: string | null
  mergedAt?: string | null
  commits?: gh.CommitOptions[]
  files?: gh.PrFileOptions[]
  reviews?: gh.ReviewOptions[]
  /** login → permission ('admin'|'write'|'read'|'none') or [permission, role_name]. */
  permissions?: Record<string, string | [string, string]>
  /** Rules for the base branch; default: a pull_request rule (1 approval, dismiss stale), no force push, no deletion. */
  rules?: gh.BranchRuleSpec[]
  /** Classic protection: 403 (workflow token, default), 404 (not protected) or a protection object. */
  protection?: 403 | 404 | gh.BranchProtectionOptions
  /**
   * `protected` of GET /repos/{owner}/{repo}/branches/{branch} (readable with the workflow token); default:
   * true when classic protection is an object or any ruleset rule applies, false otherwise.
   */
  branchProtected?: boolean
  checkRuns?: gh.CheckRunSpec[]
  statuses?: { context: string; state: 'success' | 'failure' | 'pending' | 'error' }[]
  /** CODEOWNERS text on the base branch at .github/CODEOWNERS, or null for none. */
  codeowners?: string | null
  /** Extra files on the base branch served by the contents API. */
  baseFiles?: Record<string, string>
  teams?: Record<string, { members: string[] | 403; write: boolean }>
}

export interface Scenario {
  owner: string
  repo: string
  number: number
  headSha: string
  baseSha: string
  baseRef: string
  headRef: string
  author: string
  /** Files the contents API serves at the base commit; add to it to put a file (e.g. a policy) on the base. */
  baseFiles: Record<string, string>
}

export const DEFAULT_REVIEWER = 'rita-reviewer'

export function serveScenario(fake: FakeGitHub, o: ScenarioOptions = {}): Scenario {
  const owner = o.owner ?? gh.DEFAULT_OWNER
  const repo = o.repo ?? gh.DEFAULT_REPO
  const number = o.number ?? 7
  const author = o.author ?? 'alice-author'
  const headSha = o.headSha ?? gh.fakeSha(`head-${number}`)
  const baseSha = o.baseSha ?? gh.fakeSha(`base-${number}`)
  const baseRef = o.baseRef ?? 'main'
  const headRef = o.headRef ?? `feature/${number}`
  const ref = { owner, repo }
  const commits = o.commits ?? [
    {
      sha: headSha,
      message: 'Implement the change',
      author: { name: 'Alice', email: 'alice@example.com', login: author },
      committer: { name: 'Alice', email: 'alice@example.com', login: author },
      parents: [baseSha]
    }
  ]
  const files = o.files ?? [
    {
      filename: 'src/app.ts',
      status: 'modified' as const,
      additions: 2,
      deletions: 1,
      patch: '@@ -1,2 +1,3 @@\n const a = 1\n-const b = 2\n+const b = 3\n+const c = 4\n'
    }
  ]
  const reviews = o.reviews ?? [{ id: 1, user: DEFAULT_REVIEWER, state: 'APPROVED' as const, commit_id: headSha, submitted_at: '2026-11-20T10:00:00Z' }]
  const permissions = o.permissions ?? { [DEFAULT_REVIEWER]: 'write' }
  const pr = gh.pullRequest({
    ...ref,
    number,
    user: author,
    head: { sha: headSha, ref: headRef },
    base: { ref: baseRef, sha: baseSha },
    title: o.title ?? `PROJ-${number} A change`,
    body: o.body ?? 'Implements PROJ-1.',
    labels: o.labels ?? [],
    merged: o.merged ?? false,
    ...(o.mergedBy !== undefined ? { merged_by: o.mergedBy } : {}),
    ...(o.mergedAt !== undefined ? { merged_at: o.mergedAt } : {}),
    commits: commits.length,
    changed_files: files.length,
    additions: files.reduce((n, f) => n + (f.additions ?? 0), 0),
    deletions: files.reduce((n, f) => n + (f.deletions ?? 0), 0)
  })
  fake.on('GET /repos/{owner}/{repo}/pulls/{pull_number}', ({ params }) =>
    Number(params.pull_number) === number
      ? { status: 200, body: pr }
      : { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest/pulls/pulls#get-a-pull-request', status: '404' } }
  )
  fake.onList(
    'GET /repos/{owner}/{repo}/pulls/{pull_number}/commits',
    commits.map(c => gh.commit({ ...ref, ...c })),
    { cap: 250 }
  )
  fake.onList(
    'GET /repos/{owner}/{repo}/pulls/{pull_number}/files',
    files.map(f => gh.prFile({ ...ref, ...f })),
    { cap: 3000 }
  )
  fake.onList(
    'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews',
    reviews.map(r => gh.review({ ...ref, pull_number: number, ...r }))
  )
  fake.on('GET /repos/{owner}/{repo}/collaborators/{username}/permission', ({ params }) => {
    const p = permissions[String(params.username)]
    if (p === undefined)
      return { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest/collaborators/collaborators', status: '404' } }
    const [permission, role] = Array.isArray(p) ? p : [p, p]
    return { status: 200, body: gh.collaboratorPermission(String(params.username), permission as 'write', role) }
  })
  fake.on('GET /repos/{owner}/{repo}/rules/branches/{branch}', {
    status: 200,
    body: gh.branchRules(
      o.rules ?? [
        {
          type: 'pull_request',
          parameters: {
            required_approving_review_count: 1,
            dismiss_stale_reviews_on_push: true,
            require_code_owner_review: false,
            require_last_push_approval: true,
            required_review_thread_resolution: false
          }
        },
        { type: 'non_fast_forward' },
        { type: 'deletion' }
      ],
      ref
    )
  })
  const protection = o.protection ?? 403
  if (protection === 403) {
    fake.on('GET /repos/{owner}/{repo}/branches/{branch}/protection', {
      status: 403,
      body: {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest/branches/branch-protection#get-branch-protection',
        status: '403'
      }
    })
  } else if (protection === 404) {
    fake.on('GET /repos/{owner}/{repo}/branches/{branch}/protection', {
      status: 404,
      body: {
        message: 'Branch not protected',
        documentation_url: 'https://docs.github.com/rest/branches/branch-protection#get-branch-protection',
        status: '404'
      }
    })
  } else {
    fake.on('GET /repos/{owner}/{repo}/branches/{branch}/protection', { status: 200, body: gh.branchProtection({ ...ref, branch: baseRef, ...protection }) })
  }
  const rulesServed = o.rules ?? [{ type: 'pull_request' }]
  const branchProtected = o.branchProtected ?? (typeof protection === 'object' || rulesServed.length > 0)
  fake.on('GET /repos/{owner}/{repo}/branches/{branch}', ({ params }) => ({
    status: 200,
    body: gh.branch({ ...ref, branch: String(params.branch), sha: baseSha, protected: String(params.branch) === baseRef ? branchProtected : false })
  }))
  const runs = o.checkRuns ?? [{ name: 'build', status: 'completed' as const, conclusion: 'success' as const }]
  fake.onList(
    'GET /repos/{owner}/{repo}/commits/{ref}/check-runs',
    runs.map(r => gh.checkRun(headSha, r, ref)),
    { itemsKey: 'check_runs' }
  )
  const status = gh.combinedStatus(headSha, o.statuses ?? [], ref)
  fake.on('GET /repos/{owner}/{repo}/commits/{ref}/status', { status: 200, body: status })
  fake.on('GET /repos/{owner}/{repo}/commits/{ref}/statuses', { status: 200, body: (status as { statuses: unknown[] }).statuses })
  const baseFiles: Record<string, string> = { ...(o.baseFiles ?? {}) }
  if (o.codeowners) baseFiles['.github/CODEOWNERS'] = o.codeowners
  fake.on('GET /repos/{owner}/{repo}/contents/{path}', ({ params, query }) => {
    // Only the base commit's files exist here: a read at any other ref (e.g. the PR head) finds nothing.
    const text = query.ref === undefined || query.ref === baseSha || query.ref === baseRef ? baseFiles[String(params.path)] : undefined
    if (text === undefined)
      return {
        status: 404,
        body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest/repos/contents#get-repository-content', status: '404' }
      }
    return { status: 200, body: gh.contentFile(String(params.path), text, { ...ref }) }
  })
  const teams = o.teams ?? {}
  const teamOf = (params: Record<string, string>) => teams[`${params.org}/${params.team_slug}`]
  const notFound = { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest/teams/teams', status: '404' } }
  fake.on('GET /orgs/{org}/teams/{team_slug}/members', ({ params }) => {
    const team = teamOf(params)
    if (!team) return notFound
    if (team.members === 403)
      return {
        status: 403,
        body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/teams/members', status: '403' }
      }
    return { status: 200, body: gh.teamMembers(team.members) }
  })
  fake.on('GET /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}', ({ params }) => {
    const team = teamOf(params)
    if (!team || !team.write) return notFound
    return { status: 200, body: gh.teamRepository({ ...ref, permission: 'push', role_name: 'write' }) }
  })
  return { owner, repo, number, headSha, baseSha, baseRef, headRef, author, baseFiles }
}
