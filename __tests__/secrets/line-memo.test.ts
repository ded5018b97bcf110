/**
 * The scanner judges a line it has seen before from a memo (src/secrets/scanner.ts, lineMemo). What it
 * reports must be exactly what a fresh scanner reports for each text alone: the same rules, lines, columns
 * and fingerprints, also for multi-line rules selected on a repeated line and across scanned texts.
 */
import { describe, expect, test } from '@jest/globals'
import { createScanner } from '../../src/secrets/index.js'
import { expandTemplate, seededRandom } from '../../src/secrets/generate.js'

const rand = seededRandom(2026)
const gh = () => expandTemplate('ghp_{alnum:36}', rand)
const pem = () =>
  ['-----BEGIN RSA PRIVATE KEY-----', ...Array.from({ length: 6 }, () => expandTemplate('{b64:64}', rand)), '-----END RSA PRIVATE KEY-----'].join('\n')

/** Every line judged afresh (no memo), by a scanner that scanned nothing before. */
const alone = (text: string) => createScanner({ repo: 'acme/app', lineMemo: false }).scanText(text)

describe('line memo', () => {
  test('a repeated line with a secret is reported on every line it occurs, at the same column', () => {
    const line = `  const token = "${gh()}" // and a password: ${expandTemplate('{alnum:10}7!', rand)}`
    const text = [line, 'const x = 1', line, line].join('\n')
    const shared = createScanner({ repo: 'acme/app' })
    const found = shared.scanText(text)
    expect(found).toEqual(alone(text))
    const lines = found.filter(f => f.rule === 'github-pat').map(f => [f.line, f.column])
    expect(lines).toEqual([
      [1, 18],
      [3, 18],
      [4, 18]
    ])
    // Scanned again by the same scanner (every line now from the memo): the same findings.
    expect(shared.scanText(text)).toEqual(found)
  })

  test('a repeated BEGIN line still runs the multi-line rule on each window (keys differ, so do fingerprints)', () => {
    const a = pem()
    const b = pem()
    const text = [a, 'x', b, 'y', a].join('\n')
    const shared = createScanner({ repo: 'acme/app' })
    shared.scanText(a) // the BEGIN line is now in the memo
    const found = shared.scanText(text)
    expect(found).toEqual(alone(text))
    const keys = found.filter(f => f.rule === 'private-key')
    expect(keys.map(k => k.line)).toEqual([1, 10, 19])
    expect(keys[0].fingerprint).toBe(keys[2].fingerprint)
    expect(keys[0].fingerprint).not.toBe(keys[1].fingerprint)
  })

  test('a line whose keyword has no finding stays quiet from the memo too, and a changed line is judged afresh', () => {
    const shared = createScanner({ repo: 'acme/app' })
    const quiet = '  password: ${DB_PASSWORD}'
    expect(shared.scanText([quiet, quiet].join('\n'))).toEqual([])
    const loud = `  password: ${expandTemplate('{alnum:12}9#', rand)}`
    expect(shared.scanText([quiet, loud, quiet].join('\n')).map(f => f.line)).toEqual([2])
  })

  test('many texts through one scanner (the memo emptied on the way) report as each text alone', () => {
    const shared = createScanner({ repo: 'acme/app' })
    for (let i = 0; i < 60; i++) {
      const filler = Array.from({ length: 400 }, (_, k) => `const token${k % 37} = getToken(${i}) // secret ${k % 11}`).join('\n')
      const text = `${filler}\nconst t = "${gh()}"\n${i % 3 === 0 ? pem() : filler.slice(0, 2000)}`
      const padded = text + '\n' + 'x'.repeat(200_000) // the memo keeps texts alive only up to a bound
      expect(shared.scanText(padded)).toEqual(alone(padded))
    }
  })
})

describe('a long line whose keyword repeats', () => {
  test('passes over repeated keywords once their rules are selected, and still finds what the line holds', () => {
    const token = gh()
    // 21 A's are Twitter's bearer-token keyword: a run of A hits it at every character.
    const text = `${'A'.repeat(300_000)} const t = "${token}" ${'A'.repeat(300_000)}\nnext line`
    const found = createScanner({ repo: 'acme/app' }).scanText(text)
    expect(found.map(f => [f.rule, f.line, f.column])).toEqual([['github-pat', 1, 300_013]])
    expect(found).toEqual(alone(text))
  })
})
