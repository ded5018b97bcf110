/**
 * Issue 19, "Pagination followed a `Link: rel="next"` to another host and sent the token there": engine tier (the action's entry code, in-process).
 * The fake GitHub API answers the PR's files with a Link header whose next page lives on a second local server
 * (another port, so another origin; and under another host name). The gate must not call it at all — the token
 * never leaves the configured API origin — and must record the refused link as a failure naming that host.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import * as gh from '../helpers/github-data.js'
import { TOKEN, readBundle, runGate, useFakeGitHub } from '../helpers/gate.js'
import { serveScenario } from '../helpers/scenario.js'

const fake = useFakeGitHub()

/** The second server: records every request and whether it carried an Authorization header. */
interface Seen {
  path: string
  authorization: string | undefined
}
const seen: Seen[] = []
let other: Server
let otherPort = 0

beforeAll(async () => {
  other = createServer((req, res) => {
    seen.push({ path: req.url ?? '', authorization: req.headers.authorization })
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' })
    res.end('[]')
  })
  await new Promise<void>(resolve => other.listen(0, '127.0.0.1', () => resolve()))
  otherPort = (other.address() as AddressInfo).port
})
afterAll(async () => {
  await new Promise<void>(resolve => other.close(() => resolve()))
})

/** Serve the PR's files: page 1 from the fake, with `rel="next"` pointing at `nextUrl`. */
function serveFilesWithNext(nextUrl: string) {
  const s = serveScenario(fake)
  const file = gh.prFile({
    owner: s.owner,
    repo: s.repo,
    filename: 'src/app.ts',
    status: 'modified',
    additions: 1,
    deletions: 1,
    patch: '@@ -1 +1 @@\n-a\n+b\n'
  })
  fake.on('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', {
    status: 200,
    body: [file],
    headers: { link: `<${nextUrl}>; rel="next", <${nextUrl.replace('page=2', 'page=9')}>; rel="last"` }
  })
  return s
}

describe.each([
  ['another port on the same host', () => `http://127.0.0.1:${otherPort}`, () => `127.0.0.1:${otherPort}`],
  ['another host name', () => `http://localhost:${otherPort}`, () => `localhost:${otherPort}`]
])('a next-page link to %s', (_what, origin, host) => {
  test('is not followed: the token never leaves the API origin, and the refusal names the host', async () => {
    seen.length = 0
    const s = serveFilesWithNext(`${origin()}/repos/octo-org/octo-repo/pulls/7/files?per_page=100&page=2`)
    const r = await runGate(fake, s)
    expect(r.timedOut).toBe(false)
    // The foreign server was never called, with or without the token.
    expect(seen).toEqual([])
    // (::add-mask:: is how the action tells the runner to mask it; nothing else may carry it.)
    expect(`${r.stdout}\n${r.stderr}`.replace(`::add-mask::${TOKEN}`, '')).not.toContain(TOKEN)
    const b = readBundle(r)
    // Recorded in the evidence: the refused call names the foreign host …
    const refused = (b.record.api_calls as { url: string; status: number | null; error?: string }[]).filter(c => (c.error ?? '').includes(host()))
    expect(refused.length).toBeGreaterThan(0)
    expect(refused[0].status).toBeNull()
    // … and the facts that needed the file list are not verified with that reason, never judged on page 1 alone.
    const text = JSON.stringify(b.results)
    expect(text).toContain(host())
    expect(b.results.result).not.toBe('pass')
    expect(b.verdict('secrets.no-new-secrets').status).not.toBe('pass')
  })
})

test('a next-page link on the API origin is still followed (control case)', async () => {
  const s = serveScenario(fake, {
    files: Array.from({ length: 150 }, (_, i) => ({
      filename: `src/f${i}.ts`,
      status: 'added' as const,
      additions: 1,
      deletions: 0,
      patch: '@@ -0,0 +1 @@\n+x\n'
    }))
  })
  const r = await runGate(fake, s)
  const b = readBundle(r)
  expect(fake.requestsFor('GET /repos/{owner}/{repo}/pulls/{pull_number}/files').length).toBe(2)
  expect(fake.requestsFor('GET /repos/{owner}/{repo}/pulls/{pull_number}/files').every(q => q.authorization.present)).toBe(true)
  expect(b.record.files.value).toHaveLength(150)
})
