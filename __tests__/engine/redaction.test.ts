/** A credential pasted into a PR description or commit message is never written into the evidence. */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js'
import { pullRequestEvent } from '../helpers/events.js'
import { cleanupRunnerTemps, runAction } from '../helpers/runner.js'
import { serveScenario } from '../helpers/scenario.js'

let fake: FakeGitHub
beforeAll(async () => {
  fake = await startFakeGitHub()
})
afterAll(async () => {
  await fake.close()
  cleanupRunnerTemps()
})

function randomToken(prefix: string, length: number, seed: number): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
  let x = seed
  return prefix + Array.from({ length }, () => chars[(x = (x * 1103515245 + 12345) % 2147483648) % chars.length]).join('')
}

/** The action run on a scenario's pull request: its evidence directory, and every output it wrote as one text. */
async function runOn(s: ReturnType<typeof serveScenario>): Promise<{ dir: string; everything: string }> {
  const r = await runAction({
    eventName: 'pull_request',
    eventPath: pullRequestEvent('synchronize', {
      owner: s.owner,
      repo: s.repo,
      number: s.number,
      headSha: s.headSha,
      baseSha: s.baseSha,
      author: s.author,
      sender: s.author
    }),
    apiUrl: fake.url,
    inputs: { 'github-token': 'ghs_redactionTestToken' }
  })
  const dir = r.outputs['evidence-path']
  const everything = [r.stdout, r.stderr, r.summary, JSON.stringify(r.outputs), ...readdirSync(dir).map(f => readFileSync(join(dir, f), 'utf8'))].join('\n')
  return { dir, everything }
}

test('PR title, body and commit messages are recorded with secrets replaced by preview and rule', async () => {
  const inBody = randomToken('ghp_', 36, 7)
  const inMessage = randomToken('ghp_', 36, 11)
  const s = serveScenario(fake, {
    body: `Deploy with token ${inBody} please`,
    commits: [
      {
        sha: 'a'.repeat(40),
        message: `Fix auth\n\nused ${inMessage} to test`,
        author: { name: 'Alice', email: 'alice@example.com', login: 'alice-author' },
        committer: { name: 'Alice', email: 'alice@example.com', login: 'alice-author' }
      }
    ],
    headSha: 'a'.repeat(40),
    reviews: [{ id: 1, user: 'rita-reviewer', state: 'APPROVED', commit_id: 'a'.repeat(40) }]
  })
  const { dir, everything } = await runOn(s)
  for (const secret of [inBody, inMessage]) {
    for (let i = 0; i + 8 <= secret.length; i++) expect(everything).not.toContain(secret.slice(i, i + 8))
  }
  const record = JSON.parse(readFileSync(join(dir, 'record.json'), 'utf8'))
  expect(record.pull_request.value.body).toMatch(/^Deploy with token ghp_…\[redacted [a-z0-9-]+\] please$/)
  expect(record.pull_request.value.secrets_redacted).toBe(1)
  expect(record.commits.value[0].message).toMatch(/\[redacted [a-z0-9-]+\] to test$/)
  expect(record.commits.value[0].secrets_redacted).toBe(1)
  fake.assertNoSchemaViolations()
})

test('secrets in file names, branch names, labels and Co-authored-by trailers are redacted too (issue 19)', async () => {
  const inPath = randomToken('ghp_', 36, 13)
  const inBranch = randomToken('ghp_', 36, 17)
  const inLabel = randomToken('ghp_', 36, 19)
  const inTrailer = randomToken('ghp_', 36, 23)
  const head = 'b'.repeat(40)
  const s = serveScenario(fake, {
    headRef: `fix/${inBranch}`,
    labels: ['bug', `token ${inLabel}`],
    files: [
      { filename: `notes/${inPath}.txt`, status: 'added', additions: 1, deletions: 0, patch: '@@ -0,0 +1 @@\n+hello\n' },
      { filename: 'src/app.ts', status: 'modified', additions: 1, deletions: 0, patch: '@@ -1 +1,2 @@\n a\n+b\n' }
    ],
    commits: [
      {
        sha: head,
        message: `Fix\n\nCo-authored-by: Bob ${inTrailer} <bob@example.com>`,
        author: { name: 'Alice', email: 'alice@example.com', login: 'alice-author' },
        committer: { name: 'Alice', email: 'alice@example.com', login: 'alice-author' }
      }
    ],
    headSha: head,
    reviews: [{ id: 1, user: 'rita-reviewer', state: 'APPROVED', commit_id: head }]
  })
  const { dir, everything } = await runOn(s)
  for (const secret of [inPath, inBranch, inLabel, inTrailer]) {
    for (let i = 0; i + 8 <= secret.length; i++) expect(everything).not.toContain(secret.slice(i, i + 8))
  }
  const record = JSON.parse(readFileSync(join(dir, 'record.json'), 'utf8'))
  expect(record.pull_request.value.head.ref).toMatch(/^fix\/ghp_…\[redacted [a-z0-9-]+\]$/)
  expect(record.pull_request.value.labels).toEqual(['bug', expect.stringMatching(/^token ghp_…\[redacted [a-z0-9-]+\]$/)])
  expect(record.files.value.find((f: { path: string }) => f.path.startsWith('notes/'))).toMatchObject({ secrets_redacted: 1 })
  expect(record.commits.value[0].co_authors).toEqual([{ name: expect.stringMatching(/^Bob ghp_…\[redacted [a-z0-9-]+\]$/), email: 'bob@example.com' }])
  fake.assertNoSchemaViolations()
})

test('a random key pasted with no label into the PR body or a commit message is redacted; a SHA and a link stay', async () => {
  // The shape of an AWS secret access key: 40 characters of letters, digits, '/' and '+', no label near it.
  const inBody = `${randomToken('', 18, 29)}/${randomToken('', 12, 31)}+${randomToken('', 8, 37)}`
  const inMessage = randomToken('', 44, 41)
  const head = 'c'.repeat(40)
  const link = 'https://docs.example.com/d/1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms/edit'
  const s = serveScenario(fake, {
    body: `The new one is ${inBody} (the old one is revoked).\nSpec: ${link}\nBuilt on ${'0123456789abcdef'.repeat(2)}01234567.`,
    commits: [
      {
        sha: head,
        message: `Rotate the deploy credentials\n\n${inMessage}`,
        author: { name: 'Alice', email: 'alice@example.com', login: 'alice-author' },
        committer: { name: 'Alice', email: 'alice@example.com', login: 'alice-author' }
      }
    ],
    headSha: head,
    reviews: [{ id: 1, user: 'rita-reviewer', state: 'APPROVED', commit_id: head }]
  })
  const { dir, everything } = await runOn(s)
  for (const secret of [inBody, inMessage]) {
    for (let i = 0; i + 8 <= secret.length; i++) expect(everything).not.toContain(secret.slice(i, i + 8))
  }
  const record = JSON.parse(readFileSync(join(dir, 'record.json'), 'utf8'))
  expect(record.pull_request.value.body).toContain(link)
  expect(record.pull_request.value.body).toContain(`Built on ${'0123456789abcdef'.repeat(2)}01234567.`)
  expect(record.pull_request.value.secrets_redacted).toBe(1)
  expect(record.commits.value[0].message).toMatch(/^Rotate the deploy credentials\n\n.{0,8}\[redacted [a-z-]+\]$/)
  fake.assertNoSchemaViolations()
})
