/**
 * Issue 19, "CODEOWNERS as GitHub reads it": engine tier (the action's entry code, in-process). Real account names GitHub serves — legacy logins
 * ending in or doubling a hyphen, Enterprise Managed User names — were rejected, the line dropped and its files
 * left without owners (a false fail by default, a false pass with fail-on-syntax-error off). And nested `**`
 * patterns made matching take minutes on one deep path: the gate must finish with a verdict.
 */
import { describe, expect, test } from '@jest/globals'
import { readBundle, runGate, useFakeGitHub } from '../helpers/gate.js'
import * as gh from '../helpers/github-data.js'
import { serveScenario } from '../helpers/scenario.js'

const fake = useFakeGitHub()

describe('review.codeowners with the logins GitHub accepts', () => {
  test.each([
    ['a legacy login ending in a hyphen', 'tobias-'],
    ['a legacy login doubling a hyphen', 'gil--'],
    ['an Enterprise Managed User', 'the-octocat_acme']
  ])('%s (@%s) owns /src/ and approved → pass, no syntax error', async (_what, login) => {
    const headSha = gh.fakeSha(`codeowners-${login}`)
    const s = serveScenario(fake, {
      headSha,
      codeowners: `* @octo-org/everyone\n/src/ @${login}\n`,
      reviews: [{ id: 1, user: login, state: 'APPROVED', commit_id: headSha, submitted_at: '2026-11-20T10:00:00Z' }],
      permissions: { [login]: 'write' }
    })
    const r = await runGate(fake, s)
    const b = readBundle(r)
    const v = b.verdict('review.codeowners')
    expect(b.record.facts.codeowners.value.file.errors).toEqual([])
    expect(b.record.facts.codeowners.value.file.rules).toHaveLength(2)
    expect(v.status).toBe('pass')
    expect(JSON.stringify(v.findings)).toContain(`@${login}`)
  })

  test('control: a login GitHub never issued (leading hyphen) is still a syntax error on its line', async () => {
    const s = serveScenario(fake, { codeowners: '/src/ @-nobody\n' })
    const r = await runGate(fake, s)
    const b = readBundle(r)
    expect(b.record.facts.codeowners.value.file.errors).toEqual([expect.objectContaining({ line: 1, message: expect.stringContaining('@-nobody') })])
  })
})

test('nested ** patterns on an 80-deep path: the gate finishes with a verdict', async () => {
  const deepPath = `${Array.from({ length: 80 }, (_, i) => `d${i % 3}`).join('/')}/file.txt`
  const nested = `${Array.from({ length: 14 }, () => '**/d0').join('/')}/**/nomatch`
  const s = serveScenario(fake, {
    codeowners: `* @rita-reviewer\n${nested} @carol-critic\n`,
    files: [{ filename: deepPath, status: 'added', additions: 1, deletions: 0, patch: '@@ -0,0 +1 @@\n+x\n' }]
  })
  const r = await runGate(fake, s)
  expect(r.timedOut).toBe(false)
  const v = readBundle(r).verdict('review.codeowners')
  // The nested rule does not match (no `nomatch` segment): the default owner, who approved, decides.
  expect(v.status).toBe('pass')
  expect(r.durationMs).toBeLessThan(45_000)
})
