import { execFileSync } from 'node:child_process'
import { describe, expect, test } from '@jest/globals'
import { createScanner, loadBuiltinRules } from '../../src/secrets/index.js'
import { expandTemplate, seededRandom } from '../../src/secrets/generate.js'

const rules = loadBuiltinRules()
const full = createScanner({ repo: 'acme/app' })

describe('rule table', () => {
  test('ids are unique and there are at least 120 rules', () => {
    const ids = rules.map(r => r.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids.length).toBeGreaterThanOrEqual(120)
  })

  test('every rule has keywords, description and test cases; rules bound to paths name a matching test path', () => {
    for (const r of rules) {
      if (r.paths !== undefined) expect(new RegExp(r.paths).test(r.tests?.path ?? '')).toBe(true)
      expect(r.keywords.length).toBeGreaterThan(0)
      expect(r.description.length).toBeGreaterThan(0)
      expect(r.tests?.positives.length ?? 0).toBeGreaterThan(0)
      expect(r.tests?.negatives.length ?? 0).toBeGreaterThan(0)
    }
  })

  // A name prefix matched with an unbounded class (`[a-z0-9_.-]*password`) can start at every separator of a
  // line: a pull request adding one 1 MB line of `a_a_a_…password` kept the scan busy for hours. Prefixes are
  // bounded ({0,80}); this keeps the shapes that did it out of the table.
  test('no unbounded name prefix: a crafted long line costs linear time, not quadratic', () => {
    const unbounded = /\[(?:a-z0-9_\.-|A-Z0-9_|a-z0-9_-|\\w\.:-|a-z0-9_\.:-)\]\*|\(\?:\[A-Z0-9\]\+_\)\*/
    expect(rules.filter(r => unbounded.test(r.regex)).map(r => r.id)).toEqual([])
  })

  test('src/secrets/rules.generated.ts is up to date with rules/secrets/rules.yaml', () => {
    expect(() => execFileSync(process.execPath, ['scripts/gen-secret-rules.mjs', '--check'], { stdio: 'pipe' })).not.toThrow()
  })
})

describe.each(rules.map(r => [r.id, r] as const))('rule %s', (id, rule) => {
  const alone = createScanner({ repo: 'acme/app', rules: [rule] })
  const rand = seededRandom(id.split('').reduce((a, c) => (a * 31 + c.charCodeAt(0)) >>> 0, 7))
  const positives = (rule.tests?.positives ?? []).map(t => expandTemplate(t, rand))
  const negatives = (rule.tests?.negatives ?? []).map(t => expandTemplate(t, rand))
  // Rules bound to file names (paths) run on files of that name: scan the cases as such a file.
  const path = rule.tests?.path ?? 'case.txt'
  const asFile = (s: { scanFile: typeof full.scanFile }, text: string) => s.scanFile({ path, text, lineNumbers: text.split('\n').map((_, i) => i + 1) })

  test('positives match (rule alone and full table)', () => {
    for (const p of positives) {
      const found = asFile(alone, p)
      if (found.length === 0) throw new Error(`${id}: positive not matched: ${rule.tests?.positives[positives.indexOf(p)]}`)
      const inFull = asFile(full, p).map(f => f.rule)
      if (!inFull.includes(id)) throw new Error(`${id}: full table reported ${JSON.stringify(inFull)} for ${rule.tests?.positives[positives.indexOf(p)]}`)
    }
  })

  test('negatives do not match', () => {
    for (const n of negatives) {
      const found = asFile(alone, n)
      if (found.length > 0) throw new Error(`${id}: negative matched: ${rule.tests?.negatives[negatives.indexOf(n)]}`)
    }
  })
})

describe('regex shapes that cost time with the square of a line', () => {
  test('no lookahead runs on unbounded over a negated class (a value check is bounded by the value it checks)', () => {
    // `(?=[^\s"']*[A-Za-z])` at each candidate scans to the end of the run: a 1 MB line of `[SSHPASS=C` repeated
    // took 32 s (a cold review's shape). Bounded, each candidate reads at most that many characters.
    const unbounded = rules.filter(r => /\(\?=\[\^[^\]]*\]\*/.test(r.regex)).map(r => r.id)
    expect(unbounded).toEqual([])
  })
})

describe('requires (a string every match holds, checked before the regex runs)', () => {
  const def = {
    id: 'test-requires',
    description: 'upper-case prefix behind a case-insensitive keyword',
    regex: '(?i)(?<![A-Za-z0-9])(tok_[a-z0-9]{12})(?![A-Za-z0-9])',
    keywords: ['tok_'],
    tests: { positives: ['TOK_q8Zr2LmX9vTp'], negatives: ['TOK_q8'] }
  }
  test('a line without any required string is not tried; one with it is', () => {
    const withReq = createScanner({ rules: [{ ...def, requires: ['TOK_'] }] })
    const without = createScanner({ rules: [def] })
    expect(withReq.scanText('key = TOK_q8Zr2LmX9vTp').map(f => f.rule)).toEqual(['test-requires'])
    expect(without.scanText('key = tok_q8Zr2LmX9vTp').map(f => f.rule)).toEqual(['test-requires'])
    expect(withReq.scanText('key = tok_q8Zr2LmX9vTp')).toEqual([])
  })
  test('built-in rules with requires: every positive case holds one of the strings', () => {
    const withRequires = rules.filter(r => r.requires !== undefined)
    expect(withRequires.map(r => r.id)).toEqual(
      expect.arrayContaining(['azure-devops-pat', 'aws-secret-access-key-near-id', 'password-assignment', 'password-assignment-words'])
    )
    for (const r of withRequires) for (const p of r.tests?.positives ?? []) expect(r.requires?.some(q => p.includes(q))).toBe(true)
  })
})
