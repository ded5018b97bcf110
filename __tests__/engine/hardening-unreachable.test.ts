/**
 * Issue 19, "Could not judge is an error, not a failure": with GitHub unreachable (DNS failure, nothing
 * listening) the CLI printed "failed: 0 failed · 10 not verified", exit 1, with no error recorded, and the
 * missing-token run printed the same sentence about 100 times. Required: any failure to read the pull request
 * itself is result `error`, exit 2, with one clear line naming the cause.
 *
 * Before the fix (main at b88b5b7) nothing listening exited 1 ("0 failed · 10 not verified", no error recorded),
 * DNS failure likewise, and the missing-token run said "No GitHub token" 12 times.
 */
import { describe, expect, test } from '@jest/globals'
import { Ajv } from 'ajv'
import addFormats from 'ajv-formats'
import { readFileSync, readdirSync, mkdtempSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runCli, type CliResult } from '../helpers/runner.js'

const TOKEN = 'ghs_unreachableTokenValue0123456789abcdef'
const ajv = new Ajv({ allErrors: true, strict: false })
;(addFormats as unknown as (a: Ajv) => void)(ajv)
const validateResults = ajv.compile(JSON.parse(readFileSync(new URL('../../schemas/results.v1.schema.json', import.meta.url), 'utf8')))

/** A port nothing listens on: bound, then closed. */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', () => resolve()))
  const port = (server.address() as { port: number }).port
  await new Promise<void>(resolve => server.close(() => resolve()))
  return port
}

async function check(env: Record<string, string | undefined>): Promise<{ r: CliResult; results: { result: string; errors: string[] } | null }> {
  const out = mkdtempSync(join(tmpdir(), 'cg-unreachable-'))
  const r = await runCli(['check', '--repo', 'octo-org/octo-repo', '--pr', '7', '--out', out], {
    env: { COMPLIANCE_GATE_HTTP_TIMEOUT_MS: '2000', ...env },
    timeoutMs: 90_000
  })
  const bundles = readdirSync(out).filter(d => !d.startsWith('.'))
  const results = bundles.length ? JSON.parse(readFileSync(join(out, bundles[0], 'results.json'), 'utf8')) : null
  return { r, results }
}

/** How many lines of the output name the cause (a line naming it twice, e.g. "could not be reached … ECONNREFUSED", counts once). */
function count(text: string, what: RegExp): number {
  const pattern = new RegExp(what.source, what.flags.replace('g', ''))
  return text.split('\n').filter(line => pattern.test(line)).length
}

/** Exit 2, result error with one recorded cause, and that cause said once — not once per control. */
function expectOneError(o: { r: CliResult; results: { result: string; errors: string[] } | null }, cause: RegExp): void {
  expect(o.r.timedOut).toBe(false)
  expect(o.r.code).toBe(2)
  expect(o.results?.result).toBe('error')
  expect(o.results?.errors).toHaveLength(1)
  expect(o.results?.errors[0]).toMatch(cause)
  // An error run's results.json still follows its schema.
  expect({ valid: validateResults(o.results), errors: validateResults.errors ?? [] }).toEqual({ valid: true, errors: [] })
  const all = `${o.r.stdout}\n${o.r.stderr}`
  expect(count(o.r.stderr, cause)).toBe(1)
  // The summary may repeat the run's error once; never once per control.
  expect(count(all, cause)).toBeLessThanOrEqual(2)
}

describe('GitHub unreachable: CLI check', () => {
  test('nothing listening → exit 2, one line naming the refused connection', async () => {
    const port = await closedPort()
    const o = await check({ GITHUB_TOKEN: TOKEN, GITHUB_API_URL: `http://127.0.0.1:${port}` })
    expectOneError(o, /ECONNREFUSED|connection refused|could not be reached/i)
  }, 120_000)

  test('DNS failure → exit 2, one line naming the unknown host', async () => {
    const o = await check({ GITHUB_TOKEN: TOKEN, GITHUB_API_URL: 'http://api.github.invalid' })
    expectOneError(o, /ENOTFOUND|EAI_AGAIN|getaddrinfo|api\.github\.invalid/i)
  }, 120_000)

  test('missing token: the sentence is said once, not once per control', async () => {
    const o = await check({ GITHUB_TOKEN: undefined, GITHUB_API_URL: 'http://127.0.0.1:9' })
    expect(o.r.timedOut).toBe(false)
    expect(o.r.code).toBe(2)
    expect(o.results?.result).toBe('error')
    expect(count(o.r.stderr, /No GitHub token/)).toBe(1)
    expect(count(`${o.r.stdout}\n${o.r.stderr}`, /No GitHub token/)).toBeLessThanOrEqual(2)
    // The per-control reason (one per not-verified control) must not flood the output either.
    expect(count(`${o.r.stdout}\n${o.r.stderr}`, /no fact could be read from the GitHub API/)).toBeLessThanOrEqual(1)
  }, 120_000)
})
