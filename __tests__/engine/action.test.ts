/**
 * Engine tier: the action's entry code (in-process; `node dist/index.js` with COMPLIANCE_GATE_TESTS=spawn) with the runner's environment against the fake GitHub API,
 * whose every answer is validated against GitHub's OpenAPI schema.
 */
import { describe, expect, test } from '@jest/globals'
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { createHash } from 'node:crypto'
import { pullRequestEvent, workflowDispatchEvent, writeEventFile } from '../helpers/events.js'
import type { RunResult } from '../helpers/runner.js'
import { readBundle, resultsOf as results, runGate, TOKEN, useFakeGitHub, verdictOf as verdict, workspace, type GateOptions } from '../helpers/gate.js'
import { serveScenario, type Scenario, DEFAULT_REVIEWER } from '../helpers/scenario.js'

const fake = useFakeGitHub()

function gate(s: Scenario, opts: Pick<GateOptions, 'inputs' | 'eventPath' | 'eventName' | 'env'> & { cwd?: string } = {}): Promise<RunResult> {
  return runGate(fake, s, opts)
}

const bundleFiles = (r: RunResult): Record<string, string> => readBundle(r).files

describe('the action end to end', () => {
  test('an approved PR passes: outputs, job summary, bundle with manifest digests, token never written', async () => {
    const s = serveScenario(fake)
    const r = await gate(s)
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(r.outputs.result).toBe('pass')
    expect(r.outputs['failed-controls']).toBe('')
    expect(r.summary).toContain('compliance-gate: ✅ passed')
    const files = bundleFiles(r)
    expect(Object.keys(files).sort()).toEqual(['manifest.json', 'policy.json', 'record.json', 'results.json', 'summary.md'])
    const manifest = JSON.parse(files['manifest.json'])
    for (const f of manifest.files) expect(createHash('sha256').update(files[f.path]).digest('hex')).toBe(f.sha256)
    expect(createHash('sha256').update(files['manifest.json']).digest('hex')).toBe(r.outputs['manifest-sha256'])
    expect(r.outputs['evidence-path']).toMatch(new RegExp(`${s.owner}-${s.repo}-pr${s.number}-${s.headSha.slice(0, 7)}$`))
    const record = JSON.parse(files['record.json'])
    expect(record.pull_request.value.number).toBe(s.number)
    expect(record.reviews.value[0].user.login).toBe(DEFAULT_REVIEWER)
    expect(record.permissions.value[DEFAULT_REVIEWER].permission).toBe('write')
    expect(record.api_calls.length).toBeGreaterThan(5)
    expect(record.api_calls.every((c: { route: string }) => c.route.startsWith('GET /'))).toBe(true)
    // Every request was authenticated, and the token appears in no output, log or file.
    expect(fake.requests.every(q => q.authorization.present)).toBe(true)
    // core.setSecret emits `::add-mask::<token>`, which the runner consumes (and masks everywhere after): expected.
    expect(r.stdout).toContain(`::add-mask::${TOKEN}`)
    const stdout = r.stdout
      .split('\n')
      .filter(l => !l.startsWith('::add-mask::'))
      .join('\n')
    const everything = [stdout, r.stderr, r.summary, JSON.stringify(r.outputs), ...Object.values(files)].join('\n')
    expect(everything).not.toContain(TOKEN)
    expect(verdict(r, 'review.approvals').status).toBe('pass')
  })

  test('a stale approval fails the gate with exit 1 and an error annotation; report mode keeps exit 0', async () => {
    const s = serveScenario(fake, { reviews: [{ id: 1, user: DEFAULT_REVIEWER, state: 'APPROVED', commit_id: 'c'.repeat(40) }] })
    const r = await gate(s)
    expect(r.code).toBe(1)
    expect(r.outputs.result).toBe('fail')
    expect(r.outputs['failed-controls'].split(',')).toContain('review.approvals')
    expect(r.annotations.some(a => a.level === 'error' && /compliance-gate failed/.test(a.message))).toBe(true)
    const report = await gate(s, { inputs: { mode: 'report' } })
    expect(report.code).toBe(0)
    expect(report.outputs.result).toBe('fail')
  })

  test('pull_request_target reads metadata only and judges the same way', async () => {
    const s = serveScenario(fake)
    const eventPath = pullRequestEvent('opened', { owner: s.owner, repo: s.repo, number: s.number, headSha: s.headSha, baseSha: s.baseSha, author: s.author })
    const payload = JSON.parse(readFileSync(eventPath, 'utf8'))
    const r = await gate(s, { eventName: 'pull_request_target', eventPath: writeEventFile(payload, 'prt') })
    expect(r.outputs.result).toBe('pass')
    expect(fake.requests.every(q => q.method === 'GET')).toBe(true)
  })

  test('workflow_dispatch judges the PR named by pr-number', async () => {
    const s = serveScenario(fake, { number: 31 })
    const r = await gate(s, { eventName: 'workflow_dispatch', eventPath: workflowDispatchEvent({}, {}), inputs: { 'pr-number': '31' } })
    expect(r.outputs.result).toBe('pass')
    expect(JSON.parse(bundleFiles(r)['record.json']).subject.head_sha).toBe(s.headSha)
  })
})

describe('API faults end in a recorded verdict and a written bundle', () => {
  test('401 on the pull request: error naming the token, bundle written', async () => {
    const s = serveScenario(fake)
    fake.fault('GET /repos/{owner}/{repo}/pulls/{pull_number}', { status: 401, message: 'Bad credentials' })
    const r = await gate(s)
    expect(r.code).toBe(1)
    expect(r.outputs.result).toBe('error')
    expect(results(r).errors.join('\n')).toMatch(/rejected the token \(401/)
    expect(existsSync(join(r.outputs['evidence-path'], 'manifest.json'))).toBe(true)
  })

  test('403 on reviews: review controls are not verified, naming the permission', async () => {
    const s = serveScenario(fake)
    fake.fault('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', { status: 403, message: 'Resource not accessible by integration' })
    const r = await gate(s)
    expect(r.outputs.result).toBe('fail')
    const v = verdict(r, 'review.approvals')
    expect(v.status).toBe('not_verified')
    expect(v.remedy).toMatch(/pull-requests: read/)
    expect(r.outputs['not-verified-controls']).toContain('review.approvals')
  })

  test('404 pull request: a clear error and a bundle', async () => {
    const s = serveScenario(fake)
    const r = await gate(s, { eventName: 'workflow_dispatch', eventPath: workflowDispatchEvent({}, {}), inputs: { 'pr-number': '999' } })
    expect(r.code).toBe(1)
    expect(r.outputs.result).toBe('error')
    expect(results(r).errors.join('\n')).toMatch(/Pull request #999 was not found/)
    expect(existsSync(join(r.outputs['evidence-path'], 'results.json'))).toBe(true)
  })

  test('500 then success is retried', async () => {
    const s = serveScenario(fake)
    fake.fault('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', { status: 500, times: 1 })
    const r = await gate(s)
    expect(r.outputs.result).toBe('pass')
    expect(fake.requestsFor('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews').length).toBe(2)
    const calls = JSON.parse(bundleFiles(r)['record.json']).api_calls.filter((c: { route: string }) => c.route.endsWith('/reviews'))
    expect(calls.map((c: { status: number }) => c.status)).toEqual([500, 200])
  })

  test('secondary rate limit (429, retry-after) is waited out and retried', async () => {
    const s = serveScenario(fake)
    fake.fault('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', { type: 'secondary-rate-limit', status: 429, retryAfterSeconds: 1, times: 1 })
    const r = await gate(s)
    expect(r.outputs.result).toBe('pass')
    expect(fake.requestsFor('GET /repos/{owner}/{repo}/pulls/{pull_number}/files').length).toBe(2)
  })

  test('primary rate limit far in the future gives up: not verified, bundle written', async () => {
    const s = serveScenario(fake)
    fake.fault('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', { type: 'primary-rate-limit', resetInSeconds: 3600 })
    const r = await gate(s)
    const v = verdict(r, 'review.approvals')
    expect(v.status).toBe('not_verified')
    expect(v.reason).toMatch(/403|rate limit/i)
  })

  test('malformed JSON is not verified, not a crash', async () => {
    const s = serveScenario(fake)
    fake.fault('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', { type: 'malformed' })
    const r = await gate(s)
    expect(r.code).toBe(1)
    const v = verdict(r, 'review.approvals')
    expect(v.status).toBe('not_verified')
    expect(v.remedy).toMatch(/not valid JSON/)
  })

  test('a connection that never answers times out: not verified, bundle written', async () => {
    const s = serveScenario(fake)
    fake.fault('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', { type: 'hang' })
    const r = await gate(s, { env: { COMPLIANCE_GATE_HTTP_TIMEOUT_MS: '400' } })
    expect(r.timedOut).toBe(false)
    const v = verdict(r, 'review.approvals')
    expect(v.status).toBe('not_verified')
    expect(v.reason).toMatch(/no response|no answer|timed out/)
  }, 90_000)
})

describe('bad input: a clear message, an exit code and a bundle with the error', () => {
  test('malformed policy YAML names file and line', async () => {
    const s = serveScenario(fake)
    s.baseFiles['.github/compliance-gate.yml'] = 'version: 1\ncontrols:\n  review.approvals:\n    count: [1\n'
    const r = await gate(s, { cwd: workspace() })
    expect(r.code).toBe(1)
    expect(r.outputs.result).toBe('error')
    const errors = results(r).errors.join('\n')
    expect(errors).toMatch(/\.github\/compliance-gate\.yml:\d+:\d+/)
    expect(r.stdout + r.stderr).toMatch(/compliance-gate\.yml:\d+/)
  })

  test('unknown control id and a wrong type name the key and line', async () => {
    const s = serveScenario(fake)
    s.baseFiles['policy.yml'] = 'version: 1\ncontrols:\n  review.approvalz: {}\n  review.approvals:\n    count: "two"\n'
    const r = await gate(s, { cwd: workspace(), inputs: { policy: 'policy.yml' } })
    expect(r.outputs.result).toBe('error')
    const errors = results(r).errors.join('\n')
    expect(errors).toMatch(/policy\.yml:3:3: controls\.review\.approvalz: unknown control id 'review\.approvalz'/)
    expect(errors).toMatch(/policy\.yml:5:12: controls\.review\.approvals\.count: must be integer/)
  })

  test('missing token: error naming the input, bundle written', async () => {
    const s = serveScenario(fake)
    const r = await gate(s, { inputs: { 'github-token': '' } })
    expect(r.code).toBe(1)
    expect(r.outputs.result).toBe('error')
    expect(results(r).errors.join('\n')).toMatch(/github-token/)
    expect(fake.requests.length).toBe(0)
  })

  test('unsupported event names the supported ones', async () => {
    const s = serveScenario(fake)
    const r = await gate(s, { eventName: 'issues', eventPath: writeEventFile({ action: 'opened', issue: { number: 1 } }, 'issues') })
    expect(r.code).toBe(1)
    expect(r.outputs.result).toBe('error')
    expect(results(r).errors.join('\n')).toMatch(
      /does not support the 'issues' event.*pull_request, pull_request_target, pull_request_review, merge_group, workflow_dispatch, push/
    )
  })

  test('an invalid input value is an error, not a silent default', async () => {
    const s = serveScenario(fake)
    const r = await gate(s, { inputs: { mode: 'enforcing' } })
    expect(r.code).toBe(1)
    expect(r.outputs.result).toBe('error')
    expect(r.stdout).toMatch(/mode/)
  })
})

describe('a change cannot judge itself by a policy it edits', () => {
  test('the PR weakens .github/compliance-gate.yml: the base copy (from the contents API at the base SHA) decides', async () => {
    const strict = 'version: 1\ncontrols:\n  review.approvals:\n    count: 2\n'
    const weak = 'version: 1\ncontrols:\n  review.approvals:\n    count: 1\n'
    const s = serveScenario(fake, {
      baseFiles: { '.github/compliance-gate.yml': strict },
      files: [{ filename: '.github/compliance-gate.yml', status: 'modified', additions: 1, deletions: 1, patch: '@@ -4 +4 @@\n-    count: 2\n+    count: 1\n' }]
    })
    const ws = workspace()
    mkdirSync(join(ws, '.github'), { recursive: true })
    writeFileSync(join(ws, '.github/compliance-gate.yml'), weak)
    const r = await gate(s, { cwd: ws })
    expect(r.outputs.result).toBe('fail')
    const v = verdict(r, 'review.approvals')
    expect(v.status).toBe('fail')
    expect(v.reason).toMatch(/1 of 2/)
    expect(r.summary).toMatch(/edits the policy file \.github\/compliance-gate\.yml; judged by the base commit's copy/)
    const policy = JSON.parse(bundleFiles(r)['policy.json'])
    expect(policy.sources.map((x: { ref?: string }) => x.ref)).toContain(s.baseSha)
  })

  test('the working tree is never read for the policy: an edit GitHub does not list (past 3,000 files) still cannot weaken it', async () => {
    // The PR's file list does not show the policy edit (GitHub lists at most 3,000 files), and the checkout
    // (the PR's merge commit) holds a policy that enables almost nothing: the base commit's policy judges.
    const s = serveScenario(fake, { files: [{ filename: 'src/a.ts', status: 'modified', additions: 1, deletions: 0, patch: '@@ -1 +1,2 @@\n a\n+b\n' }] })
    s.baseFiles['.github/compliance-gate.yml'] = 'version: 1\ncontrols:\n  review.approvals:\n    count: 2\n'
    const ws = workspace()
    mkdirSync(join(ws, '.github'), { recursive: true })
    writeFileSync(join(ws, '.github/compliance-gate.yml'), 'version: 1\nextends: none\ncontrols:\n  review.no-changes-requested: {}\n')
    const r = await gate(s, { cwd: ws })
    expect(r.outputs.result).toBe('fail')
    expect(verdict(r, 'review.approvals').reason).toMatch(/1 of 2/)
    const record = JSON.parse(bundleFiles(r)['record.json'])
    expect(record.policy_origin).toEqual({ path: '.github/compliance-gate.yml', commit: s.baseSha, read_from: 'api' })
  })

  test("an explicit policy input is read at the base commit too; one the base lacks is an error, not the PR's copy", async () => {
    const s = serveScenario(fake)
    const ws = workspace()
    writeFileSync(join(ws, 'weak.yml'), 'version: 1\nextends: none\ncontrols:\n  review.no-changes-requested: {}\n')
    const r = await gate(s, { cwd: ws, inputs: { policy: 'weak.yml' } })
    expect(r.outputs.result).toBe('error')
    expect(results(r).errors.join('\n')).toMatch(/weak\.yml: the policy file does not exist at the base commit/)
    expect(JSON.parse(bundleFiles(r)['results.json']).verdicts).toEqual([])
  })

  test('a policy that enables no control is an error, not a pass', async () => {
    const s = serveScenario(fake)
    s.baseFiles['.github/compliance-gate.yml'] = 'version: 1\nextends: none\n'
    const r = await gate(s, { cwd: workspace() })
    expect(r.code).toBe(1)
    expect(r.outputs.result).toBe('error')
    expect(results(r).errors.join('\n')).toMatch(/enables no control/)
  })

  test('an unedited repository policy is used as is', async () => {
    const s = serveScenario(fake)
    s.baseFiles['.github/compliance-gate.yml'] = 'version: 1\ncontrols:\n  review.approvals:\n    count: 2\n'
    const r = await gate(s, { cwd: workspace() })
    expect(verdict(r, 'review.approvals').reason).toMatch(/1 of 2/)
    expect(r.summary).not.toMatch(/edits the policy file/)
  })
})
