/**
 * The runner tier: a few smoke tests that spawn the built bundles exactly as their users do —
 * `node dist/index.js` with the runner's environment (INPUT_*, GITHUB_EVENT_PATH, GITHUB_OUTPUT,
 * GITHUB_STEP_SUMMARY, GITHUB_API_URL) against the fake GitHub API, and `node dist/cli/index.js …`.
 *
 * Everything these runs judge is pinned in depth by the engine tier (__tests__/engine, the same entry code
 * in-process); what only a real process shows is pinned here: the bundle loads and starts, the exit code,
 * the workflow commands on real stdout, the token masked and written nowhere, the run-wide deadline ending
 * the process by itself, and the CLI's entry. `npm run build` first.
 */
import { describe, expect, test } from '@jest/globals'
import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { createServer, request as httpRequest, type IncomingMessage } from 'node:http'
import { connect, type AddressInfo, type Socket } from 'node:net'
import { join } from 'node:path'
import { readBundle, runGate, TOKEN, useFakeGitHub, type GateOptions } from '../helpers/gate.js'
import { makeGitRepo } from '../helpers/git-repo.js'
import { runCli, type RunResult } from '../helpers/runner.js'
import { sarifSchemaErrors } from '../helpers/sarif.js'
import { DEFAULT_REVIEWER, serveScenario, type Scenario } from '../helpers/scenario.js'
import { addedFile } from '../helpers/github-data.js'
import { expandTemplateWithParts, seededRandom } from '../../src/secrets/generate.js'

const fake = useFakeGitHub()
const rand = seededRandom(2121)

/** Every run here spawns dist/index.js, whatever the tier's default. */
const spawned = (s: Scenario | null, opts: GateOptions = {}): Promise<RunResult> =>
  runGate(fake, s, { ...opts, spawn: true, httpTimeoutMs: opts.httpTimeoutMs ?? '2000' })
const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex')

const UNENCRYPTED_TF =
  'resource "aws_ebs_volume" "scratch" {\n  availability_zone = "eu-central-1a"\n  size              = 10\n  encrypted         = false\n}\n'

const added = addedFile

/**
 * A PR adding an unencrypted EBS volume and a script holding a GitHub token (generated, never stored here),
 * checked out as actions/checkout leaves it: the head of the PR branch in the workspace.
 */
function failingPr(): { s: Scenario; secret: string; workspace: string } {
  const secret = expandTemplateWithParts('ghp_{alnum:36}', rand).text
  const change = { 'infra/storage.tf': UNENCRYPTED_TF, 'scripts/release.sh': `#!/bin/sh\nexport GITHUB_TOKEN=${secret}\ngh release create "$1"\n` }
  const repo = makeGitRepo({ prefix: 'cg-smoke-pr-' })
  const base = repo.commit({ 'README.md': '# infra\n' }, 'Base')
  repo.branch('feature/7')
  repo.checkout('feature/7')
  const head = repo.commit(change, 'Add storage and a release script')
  const s = serveScenario(fake, { baseSha: base, headSha: head, files: Object.entries(change).map(([path, text]) => added(path, text)) })
  return { s, secret, workspace: repo.dir }
}

/** No 8-character piece of `value` in `text`. */
function expectNoPieceOf(value: string, text: string): void {
  for (let i = 0; i + 8 <= value.length; i++) expect(text.includes(value.slice(i, i + 8))).toBe(false)
}

describe('node dist/index.js as the Actions runner starts it', () => {
  test('an approved PR: exit 0, outputs, job summary, a bundle whose digests match; the token masked and written nowhere', async () => {
    const s = serveScenario(fake)
    const r = await spawned(s)
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(r.outputs.result).toBe('pass')
    expect(r.summary).toContain('compliance-gate: ✅ passed')
    const { files } = readBundle(r)
    const manifest = JSON.parse(files['manifest.json']) as { files: { path: string; sha256: string }[] }
    for (const f of manifest.files) expect(sha256(files[f.path])).toBe(f.sha256)
    expect(sha256(files['manifest.json'])).toBe(r.outputs['manifest-sha256'])
    expect(r.stdout).toContain(`::add-mask::${TOKEN}`)
    const stdout = r.stdout
      .split('\n')
      .filter(l => !l.startsWith('::add-mask::'))
      .join('\n')
    expect([stdout, r.stderr, r.summary, JSON.stringify(r.outputs), ...Object.values(files)].join('\n')).not.toContain(TOKEN)
    expect(JSON.parse(files['record.json']).reviews.value[0].user.login).toBe(DEFAULT_REVIEWER)
  })

  test('a PR with an unencrypted volume and a token: exit 1, error annotations at file and line, SARIF valid, the value nowhere', async () => {
    const { s, secret, workspace } = failingPr()
    const r = await spawned(s, { cwd: workspace, inputs: { sarif: 'true' } })
    expect(r.code).toBe(1)
    expect(r.outputs.result).toBe('fail')
    expect(r.outputs['failed-controls'].split(',')).toEqual(expect.arrayContaining(['iac.encryption', 'secrets.no-new-secrets']))
    const at = (file: string) => r.annotations.find(a => a.level === 'error' && a.properties.file === file)
    expect(at('infra/storage.tf')?.properties.line).toBe('4')
    expect(at('scripts/release.sh')?.properties.line).toBe('2')
    const sarif = readFileSync(r.outputs['sarif-path'], 'utf8')
    expect(sarifSchemaErrors(JSON.parse(sarif))).toEqual([])
    const { files } = readBundle(r)
    expectNoPieceOf(secret, [r.stdout, r.stderr, r.summary, JSON.stringify(r.outputs), sarif, ...Object.values(files)].join('\n'))
  })

  test('report mode: the same failing PR keeps exit 0 with result fail and a warning', async () => {
    const { s, workspace } = failingPr()
    const r = await spawned(s, { cwd: workspace, inputs: { mode: 'report' } })
    expect(r.code).toBe(0)
    expect(r.outputs.result).toBe('fail')
    expect(r.annotations.some(a => a.level === 'warning' && /report mode/.test(a.message))).toBe(true)
  })

  test('a malformed policy in the workspace checkout at the base commit: error naming file and line, exit 1, bundle written', async () => {
    const repo = makeGitRepo({ prefix: 'cg-smoke-policy-' })
    const base = repo.commit({ '.github/compliance-gate.yml': 'controls:\n  review.approvals: {enabled: true\n' }, 'Base with a broken policy')
    repo.branch('feature/7')
    repo.checkout('feature/7')
    const head = repo.commit({ 'README.md': '# x\n' }, 'Change')
    const s = serveScenario(fake, { baseSha: base, headSha: head, files: [added('README.md', '# x\n')] })
    s.baseFiles['.github/compliance-gate.yml'] = 'controls:\n  review.approvals: {enabled: true\n'
    const r = await spawned(s, { cwd: repo.dir })
    expect(r.code).toBe(1)
    expect(r.outputs.result).toBe('error')
    expect(r.annotations.some(a => a.level === 'error' && /compliance-gate\.yml:\d+/.test(a.message))).toBe(true)
    expect(existsSync(join(r.outputs['evidence-path'], 'manifest.json'))).toBe(true)
    repo.remove()
  })

  test('the pull request unreadable (500 on every attempt): error, exit 1, a bundle written', async () => {
    const s = serveScenario(fake)
    fake.fault('GET /repos/{owner}/{repo}/pulls/{pull_number}', { status: 500 })
    const r = await spawned(s)
    expect(r.code).toBe(1)
    expect(r.outputs.result).toBe('error')
    expect(readBundle(r).results.errors.join('\n')).toMatch(/pull request #\d+ of octo-org\/octo-repo/i)
  })

  test('no token and an unsupported event: each an error naming what to fix, with a bundle', async () => {
    const s = serveScenario(fake)
    const noToken = await spawned(s, { inputs: { 'github-token': '' } })
    expect(noToken.code).toBe(1)
    expect(noToken.outputs.result).toBe('error')
    expect(readBundle(noToken).results.errors.join('\n')).toMatch(/github-token/)
    const eventPath = join(mkdtempSync(join(tmpdir(), 'cg-smoke-event-')), 'event.json')
    writeFileSync(eventPath, JSON.stringify({ action: 'created', repository: { full_name: `${s.owner}/${s.repo}` } }))
    const unsupported = await spawned(s, { eventName: 'issue_comment', eventPath })
    expect(unsupported.code).toBe(1)
    expect(unsupported.outputs.result).toBe('error')
    expect(readBundle(unsupported).results.errors.join('\n')).toMatch(/pull_request/)
  })

  test('the run-wide deadline ends the process by itself: what was not read is not verified, the bundle is written', async () => {
    const s = serveScenario(fake)
    fake.fault('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', { type: 'hang' })
    const r = await spawned(s, { inputs: { 'timeout-minutes': '0.03' }, httpTimeoutMs: '60000' })
    expect(r.timedOut).toBe(false)
    expect(r.code).toBe(1)
    const { results } = readBundle(r)
    expect(results.errors.join('\n')).toMatch(/run-wide deadline/)
    expect(results.verdicts.find(v => v.control === 'review.approvals')?.status).toBe('not_verified')
    // The reason is the deadline, and the remedy its own (not a permission; cold PR-experience review, session 40).
    expect(results.verdicts.find(v => v.control === 'review.approvals')).toMatchObject({
      reason: expect.stringMatching(/deadline/),
      remedy: expect.stringMatching(/timeout-minutes/)
    })
  }, 60_000)
})

/**
 * An HTTP proxy on 127.0.0.1 that sends every request to the fake API whatever host it names (CONNECT tunnels
 * and absolute-form requests alike), and records the hosts it was asked for.
 */
async function startProxy(fakePort: number): Promise<{ url: string; hosts: string[]; close: () => Promise<void> }> {
  const hosts: string[] = []
  const server = createServer((req, res) => {
    const target = new URL(req.url ?? '/')
    hosts.push(target.host)
    const upstream = httpRequest(
      { host: '127.0.0.1', port: fakePort, method: req.method, path: target.pathname + target.search, headers: req.headers },
      answer => {
        res.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(res)
      }
    )
    upstream.on('error', () => res.destroy())
    req.pipe(upstream)
  })
  server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    hosts.push(req.url ?? '')
    const upstream = connect(fakePort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      upstream.write(head)
      upstream.pipe(client)
      client.pipe(upstream)
    })
    upstream.on('error', () => client.destroy())
    client.on('error', () => upstream.destroy())
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { url: `http://127.0.0.1:${port}`, hosts, close: () => new Promise(resolve => server.close(() => resolve())) }
}

describe('behind a proxy', () => {
  test('http_proxy set: every API request goes through the proxy, and the run passes; a loopback API is reached directly', async () => {
    const proxy = await startProxy(fake.port)
    try {
      const s = serveScenario(fake)
      const apiUrl = `http://api.github.test:${fake.port}`
      const r = await spawned(s, { env: { GITHUB_API_URL: apiUrl, http_proxy: proxy.url } })
      expect(r.stderr).toBe('')
      expect(r.outputs.result).toBe('pass')
      const calls = (JSON.parse(readBundle(r).files['record.json']) as { api_calls: unknown[] }).api_calls.length
      expect(calls).toBeGreaterThan(3)
      // One entry per CONNECT tunnel or per proxied request, each naming the API's host.
      expect(proxy.hosts.length).toBeGreaterThan(0)
      for (const h of proxy.hosts) expect(h).toBe(`api.github.test:${fake.port}`)
      expect(fake.requests.length).toBe(calls)

      // The fake's own loopback address bypasses the proxy, as @actions/http-client decides.
      proxy.hosts.length = 0
      const direct = await spawned(serveScenario(fake), { env: { http_proxy: proxy.url, https_proxy: proxy.url } })
      expect(direct.outputs.result).toBe('pass')
      expect(proxy.hosts).toEqual([])
    } finally {
      await proxy.close()
    }
  })
})

describe('what only loading the bundle shows', () => {
  test('a malformed event file is an error naming it (not a crash while the bundle loads); a missing one prints nothing before --version', async () => {
    const eventPath = join(mkdtempSync(join(tmpdir(), 'cg-smoke-event-')), 'event.json')
    writeFileSync(eventPath, '{"action": "synchronize", ')
    const r = await spawned(null, { eventPath })
    expect(r.code).toBe(1)
    expect(r.outputs.result).toBe('error')
    expect(r.stderr).not.toMatch(/SyntaxError|^\s+at /m)
    expect(r.annotations.some(a => a.level === 'error' && /GITHUB_EVENT_PATH .* is not valid JSON/.test(a.message))).toBe(true)
    // and the evidence is written, as on every run
    expect(readBundle(r).results.errors.join('\n')).toMatch(/GITHUB_EVENT_PATH .* is not valid JSON/)
    const version = await runCli(['--version'], { spawn: true, env: { GITHUB_EVENT_PATH: join(tmpdir(), 'cg-no-such-event.json') } })
    expect(version.code).toBe(0)
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/)
  })
})

describe('node dist/cli/index.js as a user runs it', () => {
  test('--version, help and an unknown command: exit codes 0, 0, 2', async () => {
    const version = await runCli(['--version'], { spawn: true })
    expect(version.code).toBe(0)
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/)
    const help = await runCli(['help', 'verify'], { spawn: true })
    expect(help.code).toBe(0)
    expect(help.stdout).toMatch(/verify/)
    const unknown = await runCli(['frobnicate'], { spawn: true })
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toMatch(/Unknown command 'frobnicate'/)
  })

  test('demo runs offline and writes two bundles that verify; a changed file fails verify with exit 3', async () => {
    const out = mkdtempSync(join(tmpdir(), 'cg-smoke-demo-'))
    const demo = await runCli(['demo', '--out', out], { spawn: true, timeoutMs: 60_000 })
    expect(demo.code).toBe(0)
    const bundles = readdirSync(out).filter(d => !d.startsWith('.'))
    expect(bundles).toHaveLength(2)
    for (const b of bundles) expect((await runCli(['verify', join(out, b)], { spawn: true })).code).toBe(0)
    const summary = join(out, bundles[0], 'summary.md')
    writeFileSync(summary, readFileSync(summary, 'utf8') + '\nedited\n')
    const tampered = await runCli(['verify', join(out, bundles[0])], { spawn: true })
    expect(tampered.code).toBe(3)
    expect(tampered.stdout).toMatch(/summary\.md: sha256 is [0-9a-f]{64}, manifest says/)
  }, 90_000)

  test('check --pr through the fake API: exit 0 and a bundle named after the PR; the token printed nowhere', async () => {
    const s = serveScenario(fake, { number: 12 })
    const out = mkdtempSync(join(tmpdir(), 'cg-smoke-check-'))
    const token = 'ghp_smokeCliToken00000000000000000000000'
    const r = await runCli(['check', '--repo', `${s.owner}/${s.repo}`, '--pr', '12', '--out', out], {
      spawn: true,
      env: { GITHUB_TOKEN: token, GITHUB_API_URL: fake.url }
    })
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(r.stdout + r.stderr).not.toContain(token)
    expect(readdirSync(out)).toEqual([`${s.owner}-${s.repo}-pr12-${s.headSha.slice(0, 7)}`])
  })

  test('scan DIR: a planted token fails with exit 1 at its file and line, its value not printed', async () => {
    const repo = makeGitRepo({ prefix: 'cg-smoke-scan-' })
    const secret = expandTemplateWithParts('ghp_{alnum:36}', rand).text
    repo.commit({ 'deploy.sh': `#!/bin/sh\nexport GITHUB_TOKEN=${secret}\n` }, 'Add deploy script')
    const r = await runCli(['scan', '.'], { spawn: true, cwd: repo.dir })
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/deploy\.sh:2/)
    expectNoPieceOf(secret, r.stdout + r.stderr)
    repo.remove()
  })
})
