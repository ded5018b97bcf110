/**
 * Issue 3: every API route the gate calls × every fault GitHub can give, engine tier (the entry code of `node dist/index.js`
 * against a fresh schema-validated fake GitHub API per case).
 *
 * 1. Discovery: the gate runs once on a rich pull_request scenario (CODEOWNERS naming a team, rulesets and
 *    classic protection, check runs and statuses, an IaC file read through the contents API), on a push to
 *    main (commits → PRs, compare) and on a merge_group event. The distinct route templates in record.json
 *    `api_calls` (and the fake's request log) must equal ROUTES below: a route added later must join the matrix.
 * 2. Matrix: each route × each fault (persistent). The gate must exit by itself with 0 or 1, print no crash or
 *    stack trace, set `result`, write a bundle whose manifest digests match, record the failed call in
 *    record.json, and report every control that depends on the route as not_verified (or, for the PR itself,
 *    an error naming the failure) — never `pass` on facts it did not read.
 */
import { describe, expect, test } from '@jest/globals'
import { createHash } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startFakeGitHub, githubError, type FakeGitHub, type FaultSpec } from '../helpers/fake-github.js'
import { mergeGroupEvent, pushEvent } from '../helpers/events.js'
import { runAction, type RunResult } from '../helpers/runner.js'
import { prEventFor, readBundle } from '../helpers/gate.js'
import { serveScenario, DEFAULT_REVIEWER, type Scenario } from '../helpers/scenario.js'
import * as gh from '../helpers/github-data.js'
import { exampleFor } from '../helpers/openapi.js'

const TOKEN = 'ghs_faultsTokenValue0123456789abcdefABCDE'
const AUTHOR = 'alice-author'
const RITA = DEFAULT_REVIEWER
const MERGER = 'mallory-merger'
const TEAM = 'octo-org/reviewers'

// -------------------------------------------------------------------------------------------------
// Scenarios
// -------------------------------------------------------------------------------------------------

type ScenarioKind = 'pull_request' | 'push' | 'merge_group' | 'unprotected'

const STORAGE_TF = [
  'resource "aws_ebs_volume" "scratch" {',
  '  availability_zone = "eu-west-1a"',
  '  size              = 10',
  '  encrypted         = true',
  '}',
  ''
].join('\n')
const CODEOWNERS = `* @${TEAM}\n`

function directoryListing(owner: string, repo: string, ref: string, files: Record<string, string>): unknown[] {
  const [template] = exampleFor('repos/get-content', 200, 'response-if-content-is-a-directory') as Record<string, unknown>[]
  return Object.entries(files).map(([path, text]) => {
    const sha = gh.blobSha(text)
    const url = `https://api.github.com/repos/${owner}/${repo}/contents/${path}?ref=${ref}`
    const git = `https://api.github.com/repos/${owner}/${repo}/git/blobs/${sha}`
    const html = `https://github.com/${owner}/${repo}/blob/${ref}/${path}`
    return {
      ...template,
      type: 'file',
      name: path.split('/').pop(),
      path,
      size: Buffer.byteLength(text),
      sha,
      url,
      git_url: git,
      html_url: html,
      download_url: `https://raw.githubusercontent.com/${owner}/${repo}/${ref}/${path}`,
      _links: { self: url, git, html }
    }
  })
}

/** Contents route: `head` files (and their directories) at the head SHA, `base` files at any other ref. */
function serveContents(fake: FakeGitHub, s: Scenario, head: Record<string, string>, base: Record<string, string>): void {
  fake.on('GET /repos/{owner}/{repo}/contents/{path}', ({ params, query }) => {
    const path = String(params.path)
    if (query.ref === s.headSha) {
      if (head[path] !== undefined) return { status: 200, body: gh.contentFile(path, head[path], { owner: s.owner, repo: s.repo, ref: s.headSha }) }
      const inDir = Object.fromEntries(Object.entries(head).filter(([p]) => p.slice(0, p.lastIndexOf('/')) === path))
      if (Object.keys(inDir).length > 0) return { status: 200, body: directoryListing(s.owner, s.repo, s.headSha, inDir) }
      return { status: 404, body: githubError(404) }
    }
    if (base[path] !== undefined)
      return { status: 200, body: gh.contentFile(path, base[path], { owner: s.owner, repo: s.repo, ref: String(query.ref ?? 'main') }) }
    return { status: 404, body: githubError(404) }
  })
}

function aliceCommit(sha: string, parents: string[]): gh.CommitOptions {
  return {
    sha,
    message: 'Implement the change',
    author: { name: 'Alice', email: 'alice@example.com', login: AUTHOR },
    committer: { name: 'Alice', email: 'alice@example.com', login: AUTHOR },
    parents,
    verified: true
  }
}

/**
 * Every fact source in use, and every control passing on them: rulesets (code-owner review, required checks,
 * signatures, no force push) and classic protection (which alone blocks deletion), a team in CODEOWNERS, a check
 * run and a commit status both required, an IaC file read at the head SHA through the contents API.
 */
function servePullRequest(fake: FakeGitHub): { s: Scenario; eventName: string; eventPath: string } {
  const N = 7
  const HEAD = gh.fakeSha('faults-pr-head')
  const BASE = gh.fakeSha('faults-pr-base')
  const s = serveScenario(fake, {
    number: N,
    headSha: HEAD,
    baseSha: BASE,
    author: AUTHOR,
    commits: [aliceCommit(HEAD, [BASE])],
    files: [
      { filename: 'src/app.ts', status: 'modified', additions: 1, deletions: 1, patch: '@@ -1,1 +1,1 @@\n-const b = 2\n+const b = 3\n' },
      {
        filename: 'infra/storage.tf',
        status: 'added',
        additions: 5,
        deletions: 0,
        patch: `@@ -0,0 +1,5 @@\n${STORAGE_TF.trimEnd()
          .split('\n')
          .map(l => `+${l}`)
          .join('\n')}\n`
      }
    ],
    reviews: [{ id: 1, user: RITA, state: 'APPROVED', commit_id: HEAD, submitted_at: '2026-11-20T10:00:00Z' }],
    permissions: { [RITA]: 'write' },
    rules: [
      {
        type: 'pull_request',
        parameters: {
          required_approving_review_count: 1,
          dismiss_stale_reviews_on_push: true,
          require_code_owner_review: true,
          require_last_push_approval: true
        }
      },
      { type: 'required_status_checks', parameters: { required_status_checks: [{ context: 'build' }, { context: 'ci/lint' }] } },
      { type: 'required_signatures' },
      { type: 'non_fast_forward' }
    ],
    protection: {
      reviews: { required_approving_review_count: 1, dismiss_stale_reviews: true },
      statusChecks: { contexts: ['build'] },
      allow_deletions: false,
      allow_force_pushes: false
    },
    checkRuns: [{ name: 'build', status: 'completed', conclusion: 'success' }],
    statuses: [{ context: 'ci/lint', state: 'success' }],
    codeowners: CODEOWNERS,
    teams: { [TEAM]: { members: [RITA], write: true } }
  })
  serveContents(fake, s, { 'infra/storage.tf': STORAGE_TF }, { '.github/CODEOWNERS': CODEOWNERS })
  const eventPath = prEventFor(s)
  return { s, eventName: 'pull_request', eventPath }
}

/** A push to main of PR #21's merge commit: the pushed commits from compare, the merged PR from commits/{sha}/pulls. */
function servePush(fake: FakeGitHub): { s: Scenario; eventName: string; eventPath: string } {
  const N = 21
  const BEFORE = gh.fakeSha('faults-push-before')
  const PR_HEAD = gh.fakeSha('faults-push-pr-head')
  const MERGE = gh.fakeSha('faults-push-merge')
  const prCommit = aliceCommit(PR_HEAD, [BEFORE])
  const mergeCommit: gh.CommitOptions = {
    sha: MERGE,
    message: `Merge pull request #${N} from octo-org/feature/${N}\n\nImplement the change`,
    author: { name: 'Mallory', email: 'mallory@example.com', login: MERGER },
    committer: { name: 'GitHub', email: 'noreply@github.com', login: 'web-flow' },
    parents: [BEFORE, PR_HEAD],
    verified: true
  }
  const s = serveScenario(fake, {
    number: N,
    headSha: PR_HEAD,
    baseSha: BEFORE,
    author: AUTHOR,
    merged: true,
    mergedBy: MERGER,
    mergedAt: '2026-11-20T12:00:00Z',
    commits: [prCommit],
    reviews: [{ id: 1, user: RITA, state: 'APPROVED', commit_id: PR_HEAD, submitted_at: '2026-11-20T10:00:00Z' }],
    permissions: { [RITA]: 'write', [MERGER]: 'write' },
    rules: [
      { type: 'pull_request', parameters: { required_approving_review_count: 1, dismiss_stale_reviews_on_push: true, require_last_push_approval: true } },
      { type: 'required_status_checks', parameters: { required_status_checks: [{ context: 'build' }] } },
      { type: 'non_fast_forward' },
      { type: 'deletion' }
    ],
    checkRuns: [{ name: 'build', status: 'completed', conclusion: 'success' }]
  })
  const compare = exampleFor('repos/compare-commits-with-basehead')
  compare.commits = [prCommit, mergeCommit].map(c => gh.commit(c))
  compare.total_commits = 2
  compare.ahead_by = 2
  compare.behind_by = 0
  compare.status = 'ahead'
  fake.on('GET /repos/{owner}/{repo}/compare/{basehead}', { status: 200, body: compare })
  const merged = gh.commitPulls(MERGE, [
    { number: N, user: AUTHOR, head: { sha: PR_HEAD, ref: `feature/${N}` }, base: { ref: 'main', sha: BEFORE }, merged_at: '2026-11-20T12:00:00Z' }
  ])
  fake.on('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', ({ params }) => ({
    status: 200,
    body: [PR_HEAD, MERGE].includes(params.commit_sha) ? merged : []
  }))
  const eventPath = pushEvent({
    before: BEFORE,
    after: MERGE,
    commits: [
      {
        id: PR_HEAD,
        message: 'Implement the change',
        author: { name: 'Alice', email: 'alice@example.com', username: AUTHOR },
        committer: { name: 'Alice', email: 'alice@example.com', username: AUTHOR }
      },
      { id: MERGE, message: mergeCommit.message, author: { name: 'Mallory', email: 'mallory@example.com', username: MERGER } }
    ],
    sender: MERGER
  })
  return { s, eventName: 'push', eventPath }
}

/** PR #12 in the merge queue: number and head SHA from the queue ref; checks read at the PR head and the group head. */
function serveMergeGroup(fake: FakeGitHub): { s: Scenario; eventName: string; eventPath: string } {
  const N = 12
  const PR_HEAD = gh.fakeSha('faults-mq-pr-head')
  const PR_BASE = gh.fakeSha('faults-mq-pr-base')
  const MQ_HEAD = gh.fakeSha('faults-mq-head')
  const MQ_BASE = gh.fakeSha('faults-mq-base')
  const s = serveScenario(fake, {
    number: N,
    headSha: PR_HEAD,
    baseSha: PR_BASE,
    author: AUTHOR,
    commits: [aliceCommit(PR_HEAD, [PR_BASE])],
    reviews: [{ id: 1, user: RITA, state: 'APPROVED', commit_id: PR_HEAD, submitted_at: '2026-11-20T10:00:00Z' }],
    rules: [
      { type: 'pull_request', parameters: { required_approving_review_count: 1, dismiss_stale_reviews_on_push: true, require_last_push_approval: true } },
      { type: 'required_status_checks', parameters: { required_status_checks: [{ context: 'build' }] } },
      { type: 'non_fast_forward' },
      { type: 'deletion' }
    ]
  })
  const eventPath = mergeGroupEvent({
    prNumber: N,
    headSha: MQ_HEAD,
    baseSha: MQ_BASE,
    headRef: `refs/heads/gh-readonly-queue/main/pr-${N}-${PR_HEAD}`,
    sender: MERGER
  })
  return { s, eventName: 'merge_group', eventPath }
}

/**
 * A pull request into a branch with no ruleset and no classic protection, read with the workflow token
 * (classic protection 403): the branch object's `"protected": false` decides that branch.protection fails.
 */
function serveUnprotected(fake: FakeGitHub): { s: Scenario; eventName: string; eventPath: string } {
  const N = 31
  const HEAD = gh.fakeSha('faults-unprotected-head')
  const BASE = gh.fakeSha('faults-unprotected-base')
  const s = serveScenario(fake, {
    number: N,
    headSha: HEAD,
    baseSha: BASE,
    author: AUTHOR,
    commits: [aliceCommit(HEAD, [BASE])],
    reviews: [{ id: 1, user: RITA, state: 'APPROVED', commit_id: HEAD, submitted_at: '2026-11-20T10:00:00Z' }],
    permissions: { [RITA]: 'write' },
    rules: [],
    protection: 403,
    branchProtected: false
  })
  return { s, eventName: 'pull_request', eventPath: prEventFor(s) }
}

const SCENARIOS: Record<ScenarioKind, (fake: FakeGitHub) => { s: Scenario; eventName: string; eventPath: string }> = {
  pull_request: servePullRequest,
  push: servePush,
  merge_group: serveMergeGroup,
  unprotected: serveUnprotected
}

/** The result of each fault-free run. */
const BASELINE_RESULT: Record<ScenarioKind, string> = { pull_request: 'pass', push: 'pass', merge_group: 'pass', unprotected: 'fail' }

// -------------------------------------------------------------------------------------------------
// Running one case
// -------------------------------------------------------------------------------------------------

interface Verdict {
  control: string
  status: string
  effect: string
  reason: string
  remedy?: string
  findings: { status: string; subject: string; message: string; remedy?: string }[]
}
interface ApiCallJson {
  route: string
  status: number | null
  error?: string
  attempt?: number
}
interface Outcome {
  run: RunResult
  dir: string
  files: Record<string, string>
  results: { result: string; errors: string[]; verdicts: Verdict[] }
  record: { api_calls: ApiCallJson[]; errors: { stage: string; message: string }[] } & Record<string, any>
  requests: { route: string | null; status: number | null; fault?: string }[]
  statuses: Record<string, string>
}

/** At most this many gate processes at once. */
const CONCURRENCY = 4
let running = 0
const waiting: (() => void)[] = []
async function limited<T>(fn: () => Promise<T>): Promise<T> {
  if (running >= CONCURRENCY) await new Promise<void>(resolve => waiting.push(resolve))
  running++
  try {
    return await fn()
  } finally {
    running--
    waiting.shift()?.()
  }
}

async function runCase(kind: ScenarioKind, fault?: { route: string; spec: FaultSpec }, timeoutMs = '5000'): Promise<Outcome> {
  return limited(async () => {
    const fake = await startFakeGitHub()
    try {
      const { eventName, eventPath } = SCENARIOS[kind](fake)
      // The branch route's template also covers the rules and protection routes (a param may span slashes): fault only its own requests.
      if (fault) fake.fault(fault.route, fault.spec, { exact: fault.route === R.branch })
      // No checkout (no .git): IaC files and CODEOWNERS come through the contents API.
      const cwd = mkdtempSync(join(tmpdir(), 'cg-faults-ws-'))
      const run = await runAction({
        eventName,
        eventPath,
        apiUrl: fake.url,
        cwd,
        inputs: { 'github-token': TOKEN },
        env: { COMPLIANCE_GATE_HTTP_TIMEOUT_MS: timeoutMs, COMPLIANCE_GATE_RETRY_BASE_MS: '1' },
        timeoutMs: 90_000
      })
      fake.assertNoSchemaViolations()
      const { dir, files, results, record } = readBundle<Verdict>(run, { allowMissing: true })
      return {
        run,
        dir,
        files,
        results,
        record: record as Outcome['record'],
        requests: fake.requests.map(q => ({ route: q.route, status: q.status, ...(q.fault ? { fault: q.fault } : {}) })),
        statuses: Object.fromEntries(results.verdicts.map(v => [v.control, v.status]))
      }
    } finally {
      await fake.close()
    }
  })
}

// -------------------------------------------------------------------------------------------------
// The routes, the faults and what each route's failure must do
// -------------------------------------------------------------------------------------------------

const R = {
  branch: 'GET /repos/{owner}/{repo}/branches/{branch}',
  teamMembers: 'GET /orgs/{org}/teams/{team_slug}/members',
  teamRepo: 'GET /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}',
  classic: 'GET /repos/{owner}/{repo}/branches/{branch}/protection',
  permission: 'GET /repos/{owner}/{repo}/collaborators/{username}/permission',
  commitPulls: 'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls',
  checkRuns: 'GET /repos/{owner}/{repo}/commits/{ref}/check-runs',
  status: 'GET /repos/{owner}/{repo}/commits/{ref}/status',
  compare: 'GET /repos/{owner}/{repo}/compare/{basehead}',
  contents: 'GET /repos/{owner}/{repo}/contents/{path}',
  pull: 'GET /repos/{owner}/{repo}/pulls/{pull_number}',
  commits: 'GET /repos/{owner}/{repo}/pulls/{pull_number}/commits',
  files: 'GET /repos/{owner}/{repo}/pulls/{pull_number}/files',
  reviews: 'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews',
  rules: 'GET /repos/{owner}/{repo}/rules/branches/{branch}'
} as const

/** Every route the gate calls. A route the gate starts calling must be added here and to MATRIX. */
const ROUTES: string[] = Object.values(R).sort()

/** Verdicts of the fault-free runs (data: the matrix compares every other control against these). */
const BASELINE: Record<ScenarioKind, Record<string, string>> = {
  pull_request: {
    'review.approvals': 'pass',
    'review.last-push': 'pass',
    'review.no-changes-requested': 'pass',
    'review.codeowners': 'pass',
    'branch.protection': 'pass',
    'checks.required': 'pass',
    'commits.signed': 'pass',
    'change.separation-of-duties': 'not_applicable',
    'change.unreviewed-push': 'not_applicable',
    'secrets.no-new-secrets': 'pass',
    'iac.encryption': 'pass',
    'iac.data-residency': 'not_applicable'
  },
  push: {
    'review.approvals': 'pass',
    'review.last-push': 'pass',
    'review.no-changes-requested': 'pass',
    'review.codeowners': 'not_applicable',
    'branch.protection': 'pass',
    'checks.required': 'pass',
    'commits.signed': 'pass',
    'change.separation-of-duties': 'pass',
    'change.unreviewed-push': 'pass',
    'secrets.no-new-secrets': 'pass',
    'iac.encryption': 'not_applicable',
    'iac.data-residency': 'not_applicable'
  },
  merge_group: {
    'review.approvals': 'pass',
    'review.last-push': 'pass',
    'review.no-changes-requested': 'pass',
    'review.codeowners': 'not_applicable',
    'branch.protection': 'pass',
    'checks.required': 'pass',
    'commits.signed': 'pass',
    'change.separation-of-duties': 'not_applicable',
    'change.unreviewed-push': 'not_applicable',
    'secrets.no-new-secrets': 'pass',
    'iac.encryption': 'not_applicable',
    'iac.data-residency': 'not_applicable'
  },
  unprotected: {
    'review.approvals': 'pass',
    'review.last-push': 'pass',
    'review.no-changes-requested': 'pass',
    'review.codeowners': 'not_applicable',
    'branch.protection': 'fail',
    'checks.required': 'not_applicable',
    'commits.signed': 'not_applicable',
    'change.separation-of-duties': 'not_applicable',
    'change.unreviewed-push': 'not_applicable',
    'secrets.no-new-secrets': 'pass',
    'iac.encryption': 'not_applicable',
    'iac.data-residency': 'not_applicable'
  }
}

interface FaultCase {
  spec: () => FaultSpec
  /** What record.json api_calls must show for the faulted route: an HTTP status, or null (no answer, `error` set). */
  status: number | null
  /** The words a verdict or record uses for this failure. */
  named: RegExp
  /** COMPLIANCE_GATE_HTTP_TIMEOUT_MS for the run. */
  timeoutMs: string
}
const http = (status: number): Omit<FaultCase, 'spec'> => ({ status, named: new RegExp(`answered ${status}\\b`), timeoutMs: '10000' })
const FAULTS: Record<string, FaultCase> = {
  '401': { spec: () => ({ status: 401 }), ...http(401) },
  '403': { spec: () => ({ status: 403 }), ...http(403) },
  '404': { spec: () => ({ status: 404 }), ...http(404) },
  // Primary rate limit, reset an hour away (beyond the gate's wait limit): given up at once.
  'primary rate limit 403': { spec: () => ({ type: 'primary-rate-limit', resetInSeconds: 3600 }), ...http(403) },
  'primary rate limit 429': {
    spec: () => ({
      status: 429,
      message: 'API rate limit exceeded for installation ID 1.',
      headers: { 'x-ratelimit-remaining': 0, 'x-ratelimit-used': 5000, 'x-ratelimit-reset': Math.floor(Date.now() / 1000) + 3600 }
    }),
    ...http(429)
  },
  // Secondary rate limit with retry-after 1 s: waited out twice, then given up.
  'secondary rate limit 403': { spec: () => ({ type: 'secondary-rate-limit', status: 403, retryAfterSeconds: 1 }), ...http(403) },
  'secondary rate limit 429': { spec: () => ({ type: 'secondary-rate-limit', status: 429, retryAfterSeconds: 1 }), ...http(429) },
  '500': { spec: () => ({ status: 500 }), ...http(500) },
  '502': { spec: () => ({ status: 502 }), ...http(502) },
  '503': { spec: () => ({ status: 503 }), ...http(503) },
  'malformed JSON': {
    spec: () => ({ type: 'malformed' }),
    status: 200,
    named: /answered 200 \(expected a JSON (?:list|object); the body is not valid JSON\)/,
    timeoutMs: '10000'
  },
  hang: { spec: () => ({ type: 'hang' }), status: null, named: /answered no response \(the request timed out\)/, timeoutMs: '300' },
  'connection reset': { spec: () => ({ type: 'reset' }), status: null, named: /answered no response/, timeoutMs: '10000' }
}

const REVIEW = ['review.approvals', 'review.last-push', 'review.no-changes-requested']
/** Everything read through the pull request (its head and base SHAs, commits, files, reviews). */
const ALL_PR = [...REVIEW, 'review.codeowners', 'commits.signed', 'change.separation-of-duties', 'secrets.no-new-secrets', 'iac.encryption']

interface Expectation {
  /** Controls that must be not_verified. */
  notVerified: string[]
  /** Controls that must end in another status than their baseline (a decided fact the fault stands for). */
  decided?: Record<string, string>
  /** The gate cannot judge at all: result error with a message matching this. */
  error?: RegExp
  /** Why, when the expectation is not simply "not verified". */
  why?: string
  /** No control is judged at all (the policy itself could not be read): no verdict is recorded. */
  unjudged?: true
}
type RouteRule = (fault: string) => Expectation

const PR_MATRIX: Record<string, RouteRule> = {
  [R.teamMembers]: () => ({ notVerified: ['review.codeowners'] }),
  [R.teamRepo]: f =>
    f === '404'
      ? {
          notVerified: [],
          decided: { 'review.codeowners': 'fail' },
          why: 'members were readable, so 404 on team access means the team has no access: its approval does not count'
        }
      : { notVerified: ['review.codeowners'] },
  // Rulesets leave deletion undecided; classic protection decides it, so without it branch.protection is unknown.
  [R.classic]: () => ({ notVerified: ['branch.protection'] }),
  [R.permission]: () => ({ notVerified: ['review.approvals', 'review.last-push'] }),
  [R.checkRuns]: () => ({ notVerified: ['checks.required'] }),
  [R.status]: () => ({ notVerified: ['checks.required'] }),
  [R.contents]: f =>
    f === '404'
      ? {
          notVerified: ['iac.encryption'],
          decided: { 'review.codeowners': 'not_applicable' },
          why: 'GitHub answers 404 for a file that is not there: no repository policy and no CODEOWNERS on the base; a changed IaC file missing at the head is not verified'
        }
      : {
          notVerified: [],
          unjudged: true,
          error: /policy could not be read at the base commit/,
          why: 'the policy is read at the base commit (never from the working tree): when GitHub cannot say whether the repository has one, nothing is judged under a policy that may not be its own (issue 19, fail closed)'
        },
  // The pull request itself unread is an error (issue 19); the groups that need only the target branch and
  // head SHA from the event are still collected and judged.
  [R.pull]: f =>
    f === '401'
      ? { notVerified: ALL_PR, error: /GitHub rejected the token \(401 Bad credentials\)/ }
      : f === '404'
        ? { notVerified: ALL_PR, error: /Pull request #7 was not found in octo-org\/octo-repo \(404\)/ }
        : { notVerified: ALL_PR, error: /pull request #7 of octo-org\/octo-repo/i },
  [R.commits]: () => ({ notVerified: ['review.approvals', 'review.last-push', 'commits.signed'] }),
  [R.files]: () => ({ notVerified: ['review.codeowners', 'secrets.no-new-secrets', 'iac.encryption'] }),
  [R.reviews]: () => ({ notVerified: [...REVIEW, 'review.codeowners'] }),
  // Classic protection is readable here and decides every branch.protection requirement on its own.
  [R.rules]: () => ({ notVerified: ['checks.required'] })
}

const PUSH_MATRIX: Record<string, RouteRule> = {
  [R.commitPulls]: () => ({
    notVerified: [...REVIEW, 'review.codeowners', 'change.separation-of-duties', 'change.unreviewed-push', 'secrets.no-new-secrets', 'iac.encryption']
  }),
  [R.compare]: () => ({ notVerified: [], why: "the pushed commits are read from the push event's own commits list instead" }),
  // Classic protection is 403 here (the workflow token): with the rulesets unread nothing is known.
  [R.rules]: () => ({ notVerified: ['branch.protection', 'checks.required'] }),
  [R.pull]: () => ({
    notVerified: [...REVIEW, 'review.codeowners', 'change.separation-of-duties', 'secrets.no-new-secrets', 'iac.encryption'],
    error: /pull request #\d+ of octo-org\/octo-repo/i
  }),
  [R.reviews]: () => ({ notVerified: [...REVIEW, 'change.separation-of-duties'] })
}
/** Routes whose push-side consumers differ (push collector, classic 403): a fault of each class. */
const PUSH_SHARED_FAULTS = ['403', '503', 'malformed JSON', 'connection reset']

/** The branch object is read only where it can decide: the unprotected scenario (classic 403, no ruleset). */
const UNPROTECTED_MATRIX: Record<string, RouteRule> = {
  [R.branch]: () => ({
    notVerified: ['branch.protection'],
    decided: { 'checks.required': 'pass', 'commits.signed': 'pass' },
    why: 'without "protected": false nothing shows the branch unprotected: classic protection stays unknown (403), so branch.protection is not verified; checks.required and commits.signed then judge the checks and signatures present, as on any PR read with the workflow token'
  })
}

type Row = [ScenarioKind, string, string, Expectation]
const MATRIX: Row[] = [
  ...Object.entries(UNPROTECTED_MATRIX).flatMap(([route, rule]) => Object.keys(FAULTS).map((f): Row => ['unprotected', route, f, rule(f)])),
  ...Object.entries(PR_MATRIX).flatMap(([route, rule]) => Object.keys(FAULTS).map((f): Row => ['pull_request', route, f, rule(f)])),
  ...Object.entries(PUSH_MATRIX).flatMap(([route, rule]) =>
    Object.keys(FAULTS)
      .filter(f => route === R.commitPulls || route === R.compare || PUSH_SHARED_FAULTS.includes(f))
      .map((f): Row => ['push', route, f, rule(f)])
  )
]

// -------------------------------------------------------------------------------------------------
// Tests
// -------------------------------------------------------------------------------------------------

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex')
const STACK_LINE = /^\s+at .+(:\d+:\d+\)?|\(native\)|\(node:.+\))$/m

/** The process ended by itself, printed no crash, set `result`, and wrote a bundle whose manifest matches. */
function expectCleanRunAndBundle(o: Outcome): void {
  expect({ timedOut: o.run.timedOut, signal: o.run.signal }).toEqual({ timedOut: false, signal: null })
  expect([0, 1]).toContain(o.run.code)
  const out = o.run.stdout + '\n' + o.run.stderr
  expect(out).not.toMatch(/crashed/i)
  expect(out).not.toMatch(STACK_LINE)
  expect(['pass', 'fail', 'error']).toContain(o.run.outputs.result)
  expect(o.results.result).toBe(o.run.outputs.result)
  expect(o.run.code).toBe(o.run.outputs.result === 'pass' ? 0 : 1)
  expect(o.dir).toBeTruthy()
  const manifest = JSON.parse(o.files['manifest.json']) as { files: { path: string; sha256: string; bytes: number }[] }
  expect(Object.keys(o.files).sort()).toEqual([...manifest.files.map(f => f.path), 'manifest.json'].sort())
  for (const f of manifest.files) expect({ path: f.path, sha256: sha256(o.files[f.path]) }).toEqual({ path: f.path, sha256: f.sha256 })
  expect(sha256(o.files['manifest.json'])).toBe(o.run.outputs['manifest-sha256'])
}

describe('route discovery', () => {
  test('the routes the gate calls on a pull_request, a push, a merge_group and a PR into an unprotected branch are exactly ROUTES; fault-free, all pass but the unprotected branch', async () => {
    const seen = new Set<string>()
    for (const kind of ['pull_request', 'push', 'merge_group', 'unprotected'] as ScenarioKind[]) {
      const o = await runCase(kind)
      expectCleanRunAndBundle(o)
      expect({ kind, result: o.results.result, errors: o.results.errors }).toEqual({ kind, result: BASELINE_RESULT[kind], errors: [] })
      expect({ kind, statuses: o.statuses }).toEqual({ kind, statuses: BASELINE[kind] })
      const called = new Set(o.record.api_calls.map(c => c.route))
      const answered = new Set(o.requests.map(q => q.route ?? '(unhandled)'))
      // The call log and the fake agree, and no call went to a route the fake does not serve.
      expect({ kind, routes: [...called].sort() }).toEqual({ kind, routes: [...answered].sort() })
      for (const r of called) seen.add(r)
    }
    expect([...seen].sort()).toEqual(ROUTES)
    // Every route is in the matrix.
    expect([...new Set(MATRIX.map(([, route]) => route))].sort()).toEqual(ROUTES)
  }, 180_000)
})

describe('every route × every fault: a verdict, never a crash, a hang or an unearned pass', () => {
  test.concurrent.each(MATRIX.map(([kind, route, fault, expected]) => [`${kind}: ${route} → ${fault}`, kind, route, fault, expected] as const))(
    '%s',
    async (_name, kind, route, fault, expected) => {
      const f = FAULTS[fault]
      const o = await runCase(kind, { route, spec: f.spec() }, f.timeoutMs)
      expectCleanRunAndBundle(o)

      // The failed call is in the evidence: its status, or the network error when nothing answered.
      const calls = o.record.api_calls.filter(c => c.route === route)
      expect(calls.length).toBeGreaterThan(0)
      for (const c of calls) {
        if (f.status === null) {
          expect({ status: c.status, error: typeof c.error }).toEqual({ status: null, error: 'string' })
          if (fault === 'hang') expect(c.error).toBe('no answer within 300 ms')
        } else {
          expect(c.status).toBe(f.status)
        }
      }
      // A transient failure (5xx, no answer) was retried before the gate gave up.
      if (/^5/.test(fault) || f.status === null) expect(Math.max(...calls.map(c => c.attempt ?? 1))).toBe(3)
      // A rate limit whose reset is an hour away is not retried.
      if (fault.startsWith('primary rate limit')) expect(calls.every(c => c.attempt === 1)).toBe(true)

      // Verdicts: the controls that depend on the route are not verified, the failure named; everything else
      // is as without the fault.
      const want: Record<string, string> = expected.unjudged ? {} : { ...BASELINE[kind], ...(expected.decided ?? {}) }
      for (const id of expected.notVerified) want[id] = 'not_verified'
      expect(o.statuses).toEqual(want)
      for (const v of o.results.verdicts.filter(x => expected.notVerified.includes(x.control))) {
        expect({ control: v.control, names: f.named.test(JSON.stringify(v)) || f.named.test(JSON.stringify(o.record)) }).toEqual({
          control: v.control,
          names: true
        })
        expect(v.remedy ?? v.findings.map(x => x.remedy).join('')).toBeTruthy()
      }

      if (expected.error) {
        expect(o.results.result).toBe('error')
        expect(o.results.errors.join('\n')).toMatch(expected.error)
        expect(o.run.stdout).toMatch(expected.error)
      } else {
        expect(o.results.errors).toEqual([])
        const blocking = o.results.verdicts.some(v => v.effect === 'blocking')
        expect(o.results.result).toBe(blocking ? 'fail' : 'pass')
      }
      if (route === R.pull && kind === 'pull_request') {
        // The secrets verdict names the unread pull request as its cause, not a missing checkout (cold review, session 40).
        const secrets = o.results.verdicts.find(v => v.control === 'secrets.no-new-secrets')
        expect(secrets?.reason).toMatch(/the pull request could not be read \(/)
      }
      if (route === R.pull && !expected.error) {
        // The PR could not be read: the record says so, naming the failure.
        const e = o.record.errors.find(x => x.stage === 'collect.pull_request')
        expect(e?.message).toMatch(f.named)
      }
      if (route === R.compare) {
        // The pushed commits came from the event payload, and were judged from it.
        const unreviewed = o.results.verdicts.find(v => v.control === 'change.unreviewed-push')
        expect(unreviewed?.reason).toBe('All 2 pushed commit(s) came through merged pull requests into main.')
      }
    },
    180_000
  )
})
