/**
 * The per-commit history scan (issue 20): each distinct added line is scanned once. Lines the final diff
 * already scanned are not scanned again in a commit; secrets only a commit holds are still found, also a
 * new private key whose BEGIN line the final diff shares with another key.
 */
import { describe, expect, test } from '@jest/globals'
import { resolveSecretsParams, secretsFactsOf, type AddedLinesScan } from '../../src/collect/secrets.js'
import { CONTEXT, unscannedPart } from '../../src/secrets/history.js'
import { expandTemplate, seededRandom } from '../../src/secrets/generate.js'
import type { AddedFile } from '../../src/model/facts/secrets.js'

const rand = seededRandom(4242)
const fake = (t: string) => expandTemplate(t, rand)
const file = (path: string, lines: string[], first = 1): AddedFile => ({ path, text: lines.join('\n'), lineNumbers: lines.map((_, i) => first + i) })
const CODE = Array.from({ length: 40 }, (_, i) => `export const value${i} = compute(${i}, options)`)

function scanOf(final: AddedFile[], history: { commit: string; files: AddedFile[] }[]): AddLinesResult {
  const scan: AddedLinesScan = {
    diff: { files: final, skipped: [], not_verified: [] },
    history,
    repo: 'acme/app',
    base: 'b'.repeat(40),
    head: 'h'.repeat(40),
    source: 'checkout',
    baseline: { facts: { path: '.compliance-gate/secrets-baseline.json', ref: 'b'.repeat(40), entries: 0, present: false }, fingerprints: new Set() },
    notes: [],
    sources: []
  }
  const c = secretsFactsOf(resolveSecretsParams({}), scan)
  return { findings: c.value!.findings.map(f => [f.rule, f.path, f.line, f.commit ?? null]), notes: c.value!.notes }
}
type AddLinesResult = { findings: (string | number | null)[][]; notes: string[] }

describe('unscannedPart', () => {
  test('a commit whose lines the final diff holds has nothing left to scan', () => {
    const seen = new Set(CODE)
    expect(unscannedPart(seen, file('src/a.ts', CODE))).toBeNull()
  })

  test('a new line is scanned with at most CONTEXT lines around it from its run of consecutive lines', () => {
    const seen = new Set(CODE)
    const lines = [...CODE.slice(0, 20), 'const fresh = 1', ...CODE.slice(20)]
    const part = unscannedPart(seen, file('src/a.ts', lines))!
    expect(part.lineNumbers).toEqual(Array.from({ length: 2 * CONTEXT + 1 }, (_, i) => 21 - CONTEXT + i))
    expect(part.text.split('\n')[CONTEXT]).toBe('const fresh = 1')
    // Scanned once: the same line in a later commit is not scanned again.
    expect(unscannedPart(seen, file('src/b.ts', ['const fresh = 1']))).toBeNull()
  })

  test('context stops at a gap in the line numbers', () => {
    const seen = new Set(['a line seen before'])
    const f: AddedFile = { path: 'x', text: 'a line seen before\nnew line', lineNumbers: [3, 10] }
    expect(unscannedPart(seen, f)).toEqual({ path: 'x', text: 'new line', lineNumbers: [10] })
  })
})

describe('secretsFactsOf with a history', () => {
  test('a secret a commit added and a later one removed is reported once, with its commit; lines of the final diff are not rescanned', () => {
    const token = `GITHUB_TOKEN=${fake('ghp_{alnum:36}')}`
    const final = [file('src/a.ts', CODE)]
    const r = scanOf(final, [
      { commit: '1'.repeat(40), files: [file('src/a.ts', CODE.slice(0, 30)), file('ci.env', [token])] },
      { commit: '2'.repeat(40), files: [file('src/a.ts', CODE.slice(30)), file('copy.env', [token])] }
    ])
    expect(r.findings).toEqual([['github-pat', 'ci.env', 1, '1'.repeat(40)]])
    // Only the one new line of the history was scanned: 40 code lines were not scanned twice.
    expect(r.notes.join(' ')).toMatch(/2 commits scanned one by one; 1 of their added lines/)
  })

  test('a private key only a commit holds is found although the final diff holds another key with the same BEGIN line', () => {
    const key = (n: number) => ['-----BEGIN RSA PRIVATE KEY-----', ...fake(`{pem:${n}}`).split('\n'), '-----END RSA PRIVATE KEY-----']
    const finalKey = key(12)
    const oldKey = key(12)
    const r = scanOf([file('deploy/id_rsa', finalKey)], [{ commit: '3'.repeat(40), files: [file('deploy/id_rsa', oldKey)] }])
    expect(r.findings).toEqual([
      ['private-key', 'deploy/id_rsa', 1, null],
      ['private-key', 'deploy/id_rsa', 1, '3'.repeat(40)]
    ])
  })
})
