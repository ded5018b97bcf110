/**
 * Issue 19, "Bad paths get one clear message": `--out` under /proc looped forever (Node's recursive mkdir does
 * on such file systems), `--out /dev/null` gave a misleading EEXIST, and `--checkout /nonexistent` was accepted
 * silently. Runner-level: `node dist/cli/index.js` must stop at once with exit 2 and one line naming the path,
 * before any API call.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js'
import { runCli, type CliResult } from '../helpers/runner.js'
import { serveScenario } from '../helpers/scenario.js'

let fake: FakeGitHub
beforeAll(async () => {
  fake = await startFakeGitHub()
  serveScenario(fake)
})
afterAll(async () => {
  await fake.close()
})

const env = () => ({ GITHUB_TOKEN: 'ghs_cliPathsTokenValue0123456789abcdefAB', GITHUB_API_URL: fake.url })

/** Exit 2, no hang, no stack trace, and the message is one line naming `path` and `why`. */
function expectOneClearLine(r: CliResult, path: string, why: RegExp): void {
  expect(r.timedOut).toBe(false)
  expect(r.code).toBe(2)
  const lines = r.stderr
    .trim()
    .split('\n')
    .filter(l => l.trim() !== '')
  expect(lines).toHaveLength(1)
  expect(lines[0]).toContain(path)
  expect(lines[0]).toMatch(why)
  expect(r.stderr).not.toMatch(/^\s+at /m)
  expect(r.stderr).not.toMatch(/EEXIST/)
}

describe('compliance-gate check', () => {
  test('--out under /proc: one message, no endless loop, no API call', async () => {
    fake.resetLog()
    const r = await runCli(['check', '--repo', 'octo-org/octo-repo', '--pr', '7', '--out', '/proc/cg-evidence/x'], { env: env(), timeoutMs: 20_000 })
    expectOneClearLine(r, '/proc/cg-evidence', /cannot be created/)
    expect(fake.requests).toEqual([])
  })

  test('--out /dev/null: not a directory, said so', async () => {
    const r = await runCli(['check', '--repo', 'octo-org/octo-repo', '--pr', '7', '--out', '/dev/null'], { env: env(), timeoutMs: 20_000 })
    expectOneClearLine(r, '/dev/null', /not a directory/)
  })

  test('--out through a regular file: said so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cg-cli-paths-'))
    writeFileSync(join(dir, 'file'), 'x')
    const r = await runCli(['check', '--repo', 'octo-org/octo-repo', '--pr', '7', '--out', join(dir, 'file', 'evidence')], { env: env(), timeoutMs: 20_000 })
    expectOneClearLine(r, join(dir, 'file'), /not a directory/)
  })

  test('--checkout /nonexistent: refused, not scanned-as-empty', async () => {
    fake.resetLog()
    const out = mkdtempSync(join(tmpdir(), 'cg-cli-paths-out-'))
    const r = await runCli(['check', '--repo', 'octo-org/octo-repo', '--pr', '7', '--checkout', '/nonexistent/checkout', '--out', out], {
      env: env(),
      timeoutMs: 20_000
    })
    expectOneClearLine(r, '/nonexistent/checkout', /no such directory/)
    expect(fake.requests).toEqual([])
  })

  test('--checkout of a directory that is not a git checkout: refused', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cg-cli-paths-nogit-'))
    const r = await runCli(['check', '--repo', 'octo-org/octo-repo', '--pr', '7', '--checkout', dir, '--out', join(dir, 'ev')], {
      env: env(),
      timeoutMs: 20_000
    })
    expectOneClearLine(r, dir, /not a git checkout/)
  })

  test('control: a fresh --out directory is created and the bundle written', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'cg-cli-paths-ok-')), 'a', 'b')
    const r = await runCli(['check', '--repo', 'octo-org/octo-repo', '--pr', '7', '--out', out], { env: env(), timeoutMs: 60_000 })
    expect(r.timedOut).toBe(false)
    expect([0, 1]).toContain(r.code)
    expect(existsSync(out)).toBe(true)
    expect(r.stdout).toContain(`Evidence: ${out}/`)
  })
})

describe('compliance-gate demo', () => {
  test('--out under /proc: one message, no endless loop', async () => {
    const r = await runCli(['demo', '--out', '/proc/cg-demo'], { timeoutMs: 20_000 })
    expectOneClearLine(r, '/proc/cg-demo', /cannot be created/)
  })

  test('--out /dev/null: not a directory, said so', async () => {
    const r = await runCli(['demo', '--out', '/dev/null'], { timeoutMs: 20_000 })
    expectOneClearLine(r, '/dev/null', /not a directory/)
  })
})
