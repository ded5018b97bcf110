/**
 * Runner-level (issue 15, issue 19 output escaping): what a developer sees on the PR. `node dist/index.js` against
 * the fake GitHub API, whose check-run and comment routes keep state, enforce GitHub's limits (50 annotations
 * per request, 65,535-character summaries) and answer with GitHub's schema-validated shapes.
 */
import { describe, expect, test } from '@jest/globals'
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sarifSchemaErrors } from '../helpers/sarif.js'
import { githubError, serveReporting } from '../helpers/fake-github.js'
import { addedFile, blobSha, contentFile } from '../helpers/github-data.js'
import { exampleFor } from '../helpers/openapi.js'
import { writeEventFile } from '../helpers/events.js'
import type { RunResult } from '../helpers/runner.js'
import { readBundle, runGate, TOKEN, useFakeGitHub } from '../helpers/gate.js'
import { serveScenario, DEFAULT_REVIEWER, type Scenario, type ScenarioOptions } from '../helpers/scenario.js'
import { expandTemplateWithParts, seededRandom } from '../../src/secrets/generate.js'
import { COMMENT_MARKER, authorTag } from '../../src/report/comment.js'

const fake = useFakeGitHub()
const rand = seededRandom(1515)

const CONTENTS = 'GET /repos/{owner}/{repo}/contents/{path}'
const UNENCRYPTED_TF = [
  'resource "aws_ebs_volume" "scratch" {',
  '  availability_zone = "me-central-1a"',
  '  size              = 10',
  '  encrypted         = false',
  '}',
  ''
].join('\n')

const added = addedFile

/** The contents route: head files at the head SHA (and their directory), base files (CODEOWNERS) at any other ref. */
function serveContents(s: Scenario, head: Record<string, string>, base: Record<string, string>): void {
  fake.on(CONTENTS, ({ params, query }) => {
    const path = String(params.path)
    const ref = { owner: s.owner, repo: s.repo }
    if (query.ref === s.headSha) {
      if (head[path] !== undefined) return { status: 200, body: contentFile(path, head[path], { ...ref, ref: s.headSha }) }
      const inDir = Object.entries(head).filter(([p]) => p.slice(0, p.lastIndexOf('/')) === path)
      if (inDir.length > 0) {
        const [template] = exampleFor('repos/get-content', 200, 'response-if-content-is-a-directory') as Record<string, unknown>[]
        return {
          status: 200,
          body: inDir.map(([p, text]) => {
            const sha = blobSha(text)
            const url = `https://api.github.com/repos/${s.owner}/${s.repo}/contents/${p}?ref=${s.headSha}`
            const git = `https://api.github.com/repos/${s.owner}/${s.repo}/git/blobs/${sha}`
            const html = `https://github.com/${s.owner}/${s.repo}/blob/${s.headSha}/${p}`
            return {
              ...template,
              type: 'file',
              name: p.split('/').pop(),
              path: p,
              size: Buffer.byteLength(text),
              sha,
              url,
              git_url: git,
              html_url: html,
              download_url: null,
              _links: { self: url, git, html }
            }
          })
        }
      }
    } else if (base[path] !== undefined) return { status: 200, body: contentFile(path, base[path], ref) }
    return { status: 404, body: githubError(404) }
  })
}

/**
 * A PR with 62 changed files under src/ that need an owner who has not approved (62 review.codeowners
 * findings), one unencrypted EBS volume (iac.encryption) and one GitHub token (secrets.no-new-secrets).
 */
function noisyPr(o: ScenarioOptions = {}): { s: Scenario; secret: string } {
  const secret = expandTemplateWithParts('ghp_{alnum:36}', rand).text
  const files = [
    ...Array.from({ length: 62 }, (_, i) => added(`src/module${String(i).padStart(2, '0')}.ts`, `export const v${i} = ${i}\n`)),
    added('infra/storage.tf', UNENCRYPTED_TF),
    added('scripts/release.sh', `#!/bin/sh\nexport GITHUB_TOKEN=${secret}\ngh release create "$1"\n`)
  ]
  const codeowners = '/src/ @carol-critic\n'
  const s = serveScenario(fake, { files, codeowners, ...o })
  serveContents(s, { 'infra/storage.tf': UNENCRYPTED_TF }, { '.github/CODEOWNERS': codeowners })
  return { s, secret }
}

const gate = (s: Scenario, inputs: Record<string, string> = {}, eventPath?: string): Promise<RunResult> => runGate(fake, s, { cwd: null, inputs, eventPath })

describe('check run', () => {
  test('created in_progress on the PR head SHA (not GITHUB_SHA), >50 annotations in PATCHes of ≤ 50, then completed with a conclusion, title and summary', async () => {
    const reporting = serveReporting(fake)
    const { s } = noisyPr()
    // the runner checks out the test-merge commit refs/pull/N/merge: GITHUB_SHA is its SHA, not the head's
    const r = await runGate(fake, s, { cwd: null, inputs: { 'check-run': 'true' }, event: { mergeCommitSha: 'abcdef0'.repeat(5) + 'abcde' } })
    expect(r.code).toBe(1)
    expect(r.stderr).toBe('')
    expect(reporting.checkRuns).toHaveLength(1)
    const run = reporting.checkRuns[0]
    expect(run.name).toBe('compliance-gate')
    expect(run.head_sha).toBe(s.headSha)
    expect(r.env.GITHUB_SHA).toBe('abcdef0'.repeat(5) + 'abcde')
    expect(run.bodies[0]).toMatchObject({ status: 'in_progress', head_sha: s.headSha })
    expect(r.outputs['check-run-id']).toBe(String(run.id))
    // 64 located findings: 62 CODEOWNERS, 1 IaC, 1 secret; every request within GitHub's limit of 50
    const patches = fake.requestsFor('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}')
    const sizes = patches.map(q => ((q.body as any).output?.annotations ?? []).length)
    expect(Math.max(...sizes)).toBeLessThanOrEqual(50)
    expect(sizes.filter(n => n > 0).length).toBeGreaterThanOrEqual(2)
    expect(run.output.annotations).toHaveLength(64)
    const controls = new Set(run.output.annotations.map(a => String(a.title).split(' ')[0]))
    expect(controls).toEqual(new Set(['review.codeowners', 'iac.encryption', 'secrets.no-new-secrets']))
    // the last PATCH completes it
    expect(patches[patches.length - 1].body).toMatchObject({ status: 'completed', conclusion: 'failure' })
    expect(run.status).toBe('completed')
    expect(run.output.title).toMatch(/^Failed: \d+ failed, \d+ not verified, \d+ passed$/)
    expect(run.output.summary!.length).toBeLessThanOrEqual(65_535)
    expect(run.output.summary).toContain('review.codeowners')
    expect(run.details_url).toBe(`https://github.com/${s.owner}/${s.repo}/actions/runs/7715553082/attempts/1`)
    // the check run carries the findings: no duplicate workflow-command annotations at the same lines
    expect(r.annotations.filter(a => a.properties.file)).toEqual([])
    // the gate's own verdict is unchanged by reporting
    expect(r.outputs.result).toBe('fail')
  })

  test("403 on check runs (a fork PR's read-only token): workflow annotations and job summary instead, said once, the gate unaffected", async () => {
    serveReporting(fake)
    const { s } = noisyPr()
    fake.fault('POST /repos/{owner}/{repo}/check-runs', { status: 403, message: 'Resource not accessible by integration' })
    const r = await gate(s, { 'check-run': 'true' })
    expect(r.code).toBe(1)
    expect(r.outputs.result).toBe('fail')
    expect(r.outputs['check-run-id']).toBeUndefined()
    const said = r.annotations.filter(a => /check run could not be written/.test(a.message))
    expect(said).toHaveLength(1)
    expect(said[0].message).toMatch(/checks: write/)
    expect(r.summary).toMatch(/check run could not be written/)
    expect(fake.requestsFor('POST /repos/{owner}/{repo}/check-runs')).toHaveLength(1) // not retried at the end
    expect(fake.requestsFor('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}')).toHaveLength(0)
    // fallback annotations: capped at 50, and the IaC and secret findings are among the first ten errors
    const located = r.annotations.filter(a => a.properties.file)
    expect(located.length).toBe(50)
    const firstTen = located
      .filter(a => a.level === 'error')
      .slice(0, 10)
      .map(a => a.properties.title.split(' ')[0])
    expect(firstTen).toEqual(expect.arrayContaining(['iac.encryption', 'secrets.no-new-secrets', 'review.codeowners']))
    expect(r.annotations.some(a => a.level === 'notice' && /14 more finding\(s\)/.test(a.message))).toBe(true)
  })

  test('a check-runs API that does not answer: tried once, never asks for checks: write, the gate unaffected (cold review, session 40)', async () => {
    serveReporting(fake)
    const { s } = noisyPr()
    fake.fault('POST /repos/{owner}/{repo}/check-runs', { type: 'reset', times: 10 })
    const r = await gate(s, { 'check-run': 'true' })
    expect(r.outputs.result).toBe('fail')
    const said = r.annotations.filter(a => /check run could not be written/.test(a.message))
    expect(said).toHaveLength(1)
    expect(said[0].message).not.toMatch(/checks: write/)
    expect(said[0].message).toMatch(/GitHub did not accept the check-run request/)
    // the start's create (with its own retries) is not repeated at the end
    const creates = fake.requestsFor('POST /repos/{owner}/{repo}/check-runs').length
    expect(creates).toBeGreaterThanOrEqual(1)
    expect(creates).toBeLessThanOrEqual(3)
  })
})

describe('fair annotations without a check run (the default)', () => {
  test('a failing IaC finding is annotated even when another control has 60+ findings', async () => {
    const { s } = noisyPr()
    const r = await gate(s)
    expect(r.outputs.result).toBe('fail')
    const errors = r.annotations.filter(a => a.properties.file && a.level === 'error')
    const iac = errors.find(a => a.properties.title.startsWith('iac.encryption'))
    expect(iac).toBeDefined()
    expect(iac!.properties.file).toBe('infra/storage.tf')
    expect(errors.slice(0, 10).some(a => a.properties.title.startsWith('iac.encryption'))).toBe(true)
  })
})

describe('sticky PR comment', () => {
  test('created on run 1, edited (not duplicated) on run 2, updated to say the change passes once it does', async () => {
    const reporting = serveReporting(fake, [{ issue: 7, body: `${COMMENT_MARKER}\nfake sticky from a person`, user: 'mallory' }])
    reporting.comments[0].user = 'mallory' // a person's comment with the marker is never taken over
    const failing = serveScenario(fake, { reviews: [{ id: 1, user: DEFAULT_REVIEWER, state: 'APPROVED', commit_id: 'c'.repeat(40) }] })
    const r1 = await gate(failing, { comment: 'on-failure' })
    expect(r1.outputs.result).toBe('fail')
    const ours = () => reporting.comments.filter(c => !c.deleted && c.user === 'github-actions[bot]')
    expect(ours()).toHaveLength(1)
    const id = ours()[0].id
    expect(r1.outputs['comment-id']).toBe(String(id))
    expect(ours()[0].body.startsWith(COMMENT_MARKER)).toBe(true)
    expect(ours()[0].body).toMatch(/review\.approvals/)
    expect(ours()[0].body).toMatch(/\*\*Fix:\*\*/)

    const r2 = await gate(failing, { comment: 'on-failure' })
    expect(r2.outputs.result).toBe('fail')
    expect(ours()).toHaveLength(1)
    expect(ours()[0].id).toBe(id)
    // Run 1 tags the comment it posted with its author (one PATCH), run 2 edits it: every edit is of that one comment.
    const edits = fake.requestsFor('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}').map(q => q.path)
    expect(edits.length).toBeGreaterThanOrEqual(1)
    expect(edits.every(p => p.endsWith(`/${id}`))).toBe(true)

    const passing = serveScenario(fake)
    const r3 = await gate(passing, { comment: 'on-failure' })
    expect(r3.outputs.result).toBe('pass')
    expect(ours()).toHaveLength(1)
    expect(ours()[0].body).toMatch(/this change now passes/)
    expect(reporting.comments.find(c => c.user === 'mallory')!.body).toBe(`${COMMENT_MARKER}\nfake sticky from a person`)
  })

  test("another app's marker comment is passed over with one warning, and ours is edited from then on; older copies of ours are removed (cold review, session 40)", async () => {
    const reporting = serveReporting(fake, [{ issue: 7, body: `${COMMENT_MARKER}\nfrom an app that ran the gate before`, user: 'acme-compliance[bot]' }])
    const failing = serveScenario(fake, { reviews: [{ id: 1, user: DEFAULT_REVIEWER, state: 'APPROVED', commit_id: 'c'.repeat(40) }] })
    const ours = () => reporting.comments.filter(c => !c.deleted && c.user === 'github-actions[bot]')
    const r1 = await gate(failing, { comment: 'always' })
    expect(ours()).toHaveLength(1)
    expect(r1.annotations.filter(a => a.level === 'warning' && /could not be edited with this token/.test(a.message))).toHaveLength(1)
    const r2 = await gate(failing, { comment: 'always' })
    expect(ours()).toHaveLength(1)
    expect(r2.outputs['comment-id']).toBe(String(ours()[0].id))
    expect(r2.annotations.filter(a => a.level === 'warning' && /could not be edited/.test(a.message))).toEqual([])
    // A create retried after its answer was lost left two of ours: the newer is edited, the older removed.
    const kept = ours()[0].id
    reporting.comments.push({ id: 7_100_000, issue: 7, body: `${COMMENT_MARKER}\nduplicate`, user: 'github-actions[bot]', deleted: false })
    const r3 = await gate(failing, { comment: 'always' })
    expect(ours().map(c => c.id)).toEqual([kept])
    expect(r3.outputs['comment-id']).toBe(String(kept))
    expect(reporting.comments.find(c => c.user === 'acme-compliance[bot]')!.deleted).toBe(false)
  })

  test("with a person's token (a PAT) the comment is that person's: found again by its author tag and edited, never duplicated (cold re-review, session 40)", async () => {
    const reporting = serveReporting(fake)
    const failing = serveScenario(fake, { reviews: [{ id: 1, user: DEFAULT_REVIEWER, state: 'APPROVED', commit_id: 'c'.repeat(40) }] })
    // A PAT writes as its person, a User (octocat in GitHub's examples), and may edit that person's comments only.
    reporting.actor = 'octocat'
    await gate(failing, { comment: 'always' })
    expect(reporting.comments.filter(c => !c.deleted).map(c => c.body.includes(authorTag('octocat')))).toEqual([true])
    const mine = () => reporting.comments.filter(c => !c.deleted && c.user === 'octocat')
    expect(mine()).toHaveLength(1)
    const r2 = await gate(failing, { comment: 'always' })
    expect(r2.outputs['comment-id']).toBe(String(mine()[0].id))
    expect(reporting.comments.filter(c => !c.deleted)).toHaveLength(1)
  })

  test('on-failure on a change that always passed writes no comment; a 403 is one warning, never a failed gate', async () => {
    const reporting = serveReporting(fake)
    const passing = serveScenario(fake)
    const r = await gate(passing, { comment: 'on-failure' })
    expect(r.code).toBe(0)
    expect(reporting.comments).toHaveLength(0)
    fake.fault('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { status: 403 })
    const r2 = await gate(passing, { comment: 'always' })
    expect(r2.code).toBe(0)
    expect(r2.outputs.result).toBe('pass')
    expect(r2.annotations.filter(a => a.level === 'warning' && /PR comment reporter failed.*pull-requests: write/.test(a.message))).toHaveLength(1)
  })
})

describe('SARIF', () => {
  test('validates against the SARIF 2.1.0 schema, holds the IaC, secret and no review findings, and no secret value', async () => {
    const { s, secret } = noisyPr()
    const r = await gate(s, { sarif: 'true' })
    const path = r.outputs['sarif-path']
    expect(path).toMatch(/\.sarif$/)
    const text = readFileSync(path, 'utf8')
    const sarif = JSON.parse(text)
    expect(sarifSchemaErrors(sarif)).toEqual([])
    const results = sarif.runs[0].results
    expect(results.map((x: any) => x.ruleId.split('/')[0]).sort()).toEqual(['iac.encryption', 'secrets.no-new-secrets'])
    for (const x of results) {
      expect(x.partialFingerprints.primaryLocationLineHash).toMatch(/^[0-9a-f]{16}:\d+$/)
      expect(x.locations[0].physicalLocation.artifactLocation.uri).toMatch(/^(infra\/storage\.tf|scripts\/release\.sh)$/)
    }
    for (const rule of sarif.runs[0].tool.driver.rules) {
      expect(rule.properties.tags).toContain('security')
      expect(Number(rule.properties['security-severity'])).toBeGreaterThanOrEqual(0.1)
      expect(rule.fullDescription.text.length).toBeLessThanOrEqual(1024)
      expect(rule.help.markdown).toMatch(/Fix:/)
    }
    expect(sarif.runs[0].automationDetails.id).toBe('compliance-gate/')
    for (let i = 0; i + 8 <= secret.length; i++) expect(text).not.toContain(secret.slice(i, i + 8))
    expect(text).not.toContain(TOKEN)
  })
})

describe('publishing from a bundle (workflow_run, fork PRs)', () => {
  function workflowRunEvent(s: Scenario, headSha: string): string {
    return writeEventFile(
      {
        action: 'completed',
        workflow_run: {
          id: 99,
          name: 'Compliance',
          event: 'pull_request',
          status: 'completed',
          conclusion: 'failure',
          head_sha: headSha,
          head_branch: s.headRef,
          pull_requests: []
        },
        repository: { name: s.repo, full_name: `${s.owner}/${s.repo}`, owner: { login: s.owner } },
        sender: { login: 'octocat' }
      },
      'workflow-run'
    )
  }

  async function judgedBundle(): Promise<{ s: Scenario; dir: string }> {
    const s = serveScenario(fake, { reviews: [{ id: 1, user: DEFAULT_REVIEWER, state: 'APPROVED', commit_id: 'c'.repeat(40) }] })
    const r = await gate(s) // the pull_request run: read-only, writes the bundle
    expect(r.outputs.result).toBe('fail')
    const dir = mkdtempSync(join(tmpdir(), 'cg-downloaded-'))
    cpSync(readBundle(r).dir, dir, { recursive: true }) // as actions/download-artifact lays it out
    return { s, dir }
  }

  /** GitHub's pull request now names another base commit than the one the bundle's run used. */
  async function movePullBase(s: Scenario, sha: string): Promise<void> {
    const answer = await fetch(`${fake.url}/repos/${s.owner}/${s.repo}/pulls/${s.number}`)
    const pr = (await answer.json()) as { base: { sha: string } }
    pr.base.sha = sha
    fake.on('GET /repos/{owner}/{repo}/pulls/{pull_number}', { status: 200, body: pr })
  }

  /** The workflow_run publish of a downloaded bundle, as the README's two-workflow pattern runs it. */
  const publishBundle = (s: Scenario, dir: string) =>
    runGate(fake, null, {
      cwd: null,
      eventName: 'workflow_run',
      eventPath: workflowRunEvent(s, s.headSha),
      inputs: { 'publish-bundle': dir, 'check-run': 'true', comment: 'always' }
    })

  test('posts the check run and comment from a verified bundle, on the PR head', async () => {
    const reporting = serveReporting(fake)
    const { s, dir } = await judgedBundle()
    fake.resetLog()
    const r = await runGate(fake, null, {
      cwd: null,
      eventName: 'workflow_run',
      eventPath: workflowRunEvent(s, s.headSha),
      inputs: { 'publish-bundle': dir, 'check-run': 'true', comment: 'always' }
    })
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(r.outputs.result).toBe('fail')
    expect(reporting.checkRuns).toHaveLength(1)
    expect(reporting.checkRuns[0]).toMatchObject({ head_sha: s.headSha, status: 'completed', conclusion: 'failure' })
    expect(reporting.comments.filter(c => !c.deleted)).toHaveLength(1)
    // read the PR to confirm its head; never judged again (no reviews, files or rules read)
    expect(fake.requests.filter(q => q.method === 'GET').map(q => q.route)).toEqual(expect.arrayContaining(['GET /repos/{owner}/{repo}/pulls/{pull_number}']))
    expect(fake.requestsFor('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews')).toHaveLength(0)
  })

  test('refuses a tampered bundle and one whose subject is not the triggering head: nothing posted', async () => {
    const reporting = serveReporting(fake)
    const { s, dir } = await judgedBundle()
    // a different head: refused
    const other = await runGate(fake, null, {
      cwd: null,
      eventName: 'workflow_run',
      eventPath: workflowRunEvent(s, 'e'.repeat(40)),
      inputs: { 'publish-bundle': dir, 'check-run': 'true', comment: 'always' }
    })
    expect(other.code).toBe(1)
    expect(other.stdout).toMatch(/refuses to publish/)
    expect(other.stdout).toMatch(/triggering run was for e{40}/)
    // a tampered verdict: refused by re-verification
    const results = JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8'))
    results.result = 'pass'
    for (const v of results.verdicts) if (v.status === 'fail') v.status = 'pass'
    writeFileSync(join(dir, 'results.json'), JSON.stringify(results))
    const tampered = await runGate(fake, null, {
      cwd: null,
      eventName: 'workflow_run',
      eventPath: workflowRunEvent(s, s.headSha),
      inputs: { 'publish-bundle': dir, 'check-run': 'true', comment: 'always' }
    })
    expect(tampered.code).toBe(1)
    expect(tampered.stdout).toMatch(/refuses to publish/)
    expect(tampered.stdout).toMatch(/results\.json: sha256 is/)
    expect(reporting.checkRuns).toHaveLength(0)
    expect(reporting.comments).toHaveLength(0)
  })

  test('a base that moved on since the run (another merge) with nothing the gate reads changed: published; with CODEOWNERS changed: refused (cold re-review, session 40)', async () => {
    const reporting = serveReporting(fake)
    const { s, dir } = await judgedBundle()
    await movePullBase(s, 'b'.repeat(40))
    const compare = (files: string[]) => {
      const body = exampleFor('repos/compare-commits-with-basehead')
      body.status = 'ahead'
      body.ahead_by = 1
      body.behind_by = 0
      body.files = files.map(filename => ({ ...body.files[0], filename }))
      fake.on('GET /repos/{owner}/{repo}/compare/{basehead}', { status: 200, body })
    }
    const publish = () => publishBundle(s, dir)
    compare(['src/unrelated.ts'])
    const ok = await publish()
    expect(ok.code).toBe(0)
    expect(reporting.checkRuns).toHaveLength(1)
    compare(['.github/CODEOWNERS'])
    const refused = await publish()
    expect(refused.code).toBe(1)
    expect(refused.stdout).toMatch(/\.github\/CODEOWNERS changed since the bundle's base/)
    expect(reporting.checkRuns).toHaveLength(1)
  })

  test("refuses a bundle judged against another base than the pull request's (a fork's run can check out a base of its own): nothing posted", async () => {
    const reporting = serveReporting(fake)
    const { s, dir } = await judgedBundle()
    // GitHub's pull request names another base commit than the one the bundle's run used (cold attacker review, session 40).
    await movePullBase(s, 'b'.repeat(40))
    const r = await publishBundle(s, dir)
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/refuses to publish/)
    expect(r.stdout).toMatch(new RegExp(`judged the change against base ${s.baseSha}, but pull request #${s.number}'s base is b{40}`))
    expect(reporting.checkRuns).toHaveLength(0)
    expect(reporting.comments).toHaveLength(0)
  })
})

describe('output that the PR cannot steer (issue 19)', () => {
  test('a carriage return, a heading, a link, an image and a workflow command in the PR title stay text in the summary and on stdout', async () => {
    const title = 'Fix\r## compliance-gate: ✅ passed\r::error::forged ![x](https://evil.example/p.png) [y](https://evil.example)'
    const s = serveScenario(fake, { title, reviews: [{ id: 1, user: DEFAULT_REVIEWER, state: 'APPROVED', commit_id: 'c'.repeat(40) }] })
    const r = await gate(s)
    expect(r.outputs.result).toBe('fail')
    for (const text of [r.summary, readBundle(r).summary]) {
      expect(text).not.toMatch(/\r/)
      expect(text.split('\n').filter(l => /^#+ .*passed/.test(l))).toEqual([])
      expect(text).not.toMatch(/!\[x\]\(|\[y\]\(/)
    }
    expect(r.stdout.split(/\r\n|\r|\n/).filter(l => l.startsWith('::error::forged'))).toEqual([])
    expect(r.annotations.some(a => /forged/.test(a.message) && a.level === 'error' && !a.message.startsWith('compliance-gate'))).toBe(false)
  })
})
