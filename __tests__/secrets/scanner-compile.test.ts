/**
 * What the scanner works out of the rule table at start-up without compiling a regex for it: each rule's
 * capturing groups (read from the source), and the keyword automaton (built in flat arrays).
 */
import { describe, expect, test } from '@jest/globals'
import { KeywordAutomaton } from '../../src/secrets/keywords.js'
import { groupCount, loadBuiltinRules, unionOf } from '../../src/secrets/scanner.js'

const compiledCount = (src: string) => (new RegExp(`${src}|`).exec('') as RegExpExecArray).length - 1

describe('groupCount', () => {
  test('agrees with the compiled regex on every built-in rule', () => {
    for (const r of loadBuiltinRules()) {
      const src = r.regex.replace(/^\(\?i\)/, '')
      expect([r.id, groupCount(src)]).toEqual([r.id, compiledCount(src)])
    }
  })
  test.each([
    ['(a)(b)', 2],
    ['(?:a)(?=b)(?!c)(?<=d)(?<!e)', 0],
    ['(?<name>a)(b)', 2],
    ['\\(a\\)', 0],
    ['[(](a)', 1],
    ['[\\]()](a)', 1],
    ['\\\\(a)', 1],
    ['[a-z(]{2}(?<k>x)', 1]
  ])('%s has %i', (src, n) => {
    expect(groupCount(src)).toBe(n)
    expect(compiledCount(src)).toBe(n)
  })
})

describe('KeywordAutomaton', () => {
  /** Every (end index, keyword) the automaton reports, by walking its table as the scanner does. */
  function ends(a: KeywordAutomaton, text: string): string[] {
    const out: string[] = []
    let s = 0
    for (let i = 0; i < text.length; i++) {
      s = a.table[s + a.classOf[text.charCodeAt(i) & 127]]
      if (s < 0) {
        s = -s
        for (const k of a.outputs[a.outIndex[s >> a.shift] - 1]) out.push(`${i}:${a.keywords[k]}`)
      }
    }
    return out.sort()
  }
  /** The same by brute force: every keyword occurrence, ASCII case-insensitive. */
  function brute(keywords: string[], text: string): string[] {
    const low = text.toLowerCase()
    const out: string[] = []
    for (const k of keywords) for (let i = low.indexOf(k); i >= 0; i = low.indexOf(k, i + 1)) out.push(`${i + k.length - 1}:${k}`)
    return out.sort()
  }
  test('finds every occurrence of every keyword, overlapping and nested ones too', () => {
    const keywords = ['he', 'she', 'his', 'hers', 'a', 'ab', 'bab', 'bc', 'bca', 'c', 'caa']
    const a = new KeywordAutomaton(keywords)
    for (const text of ['ushers', 'ahishers', 'abccab', 'bcaab babcaa', 'SHE sells HERS', 'xyz']) expect(ends(a, text)).toEqual(brute(keywords, text))
  })
  test('the built-in keywords over code with credentials in it', () => {
    const keywords = [...new Set(loadBuiltinRules().flatMap(r => r.keywords))].filter(k => /^[\x00-\x7f]+$/.test(k))
    const a = new KeywordAutomaton(keywords)
    const text = [
      'export AWS_SECRET_ACCESS_KEY=abc; password: "x"; token=ghp_; sk_live_',
      'const apiKey = getApiKey(); // Bearer xoxb- -----BEGIN OPENSSH PRIVATE KEY-----',
      'postgres://user:pass@host/db mongodb+srv:// AKIA glpat- hooks.slack.com'
    ].join('\n')
    expect(ends(a, text)).toEqual(brute(keywords, text))
  })
  test('the built-in keywords over text made of their overlapping pieces, in either case', () => {
    const keywords = [...new Set(loadBuiltinRules().flatMap(r => r.keywords))].filter(k => /^[\x00-\x7f]+$/.test(k))
    // A fixed pseudo-random walk: keyword prefixes, suffixes and whole keywords run together, some upper-cased.
    let seed = 7
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n
    const parts: string[] = []
    for (let i = 0; i < 4000; i++) {
      const k = keywords[next(keywords.length)]
      const piece = [k, k.slice(next(k.length)), k.slice(0, 1 + next(k.length)), '-_ =:'[next(5)]][next(4)]
      parts.push(next(3) === 0 ? piece.toUpperCase() : piece)
    }
    const text = parts.join('')
    const a = new KeywordAutomaton(keywords)
    expect(ends(a, text)).toEqual(brute(keywords, text))
  })
  test('rows of 64 classes for the built-in keywords; 128 when keywords hold more characters (a custom rule may)', () => {
    const builtin = [...new Set(loadBuiltinRules().flatMap(r => r.keywords))].filter(k => /^[\x00-\x7f]+$/.test(k))
    expect(new KeywordAutomaton(builtin).shift).toBe(6)
    // Every printable ASCII character (keywords are lower case) in some keyword: more than 63 classes.
    const printable = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).filter(c => !/[A-Z]/.test(c))
    const keywords = [...printable.map(c => `k${c}y`), 'pa|ss', 'to~ken']
    const a = new KeywordAutomaton(keywords)
    expect(a.shift).toBe(7)
    const text = `x ${printable.map(c => `K${c}Y`).join(' ')} PA|SS to~kenk~y\u00e9k\u0155y`
    // A character past ASCII is read by its low 7 bits (U+0155 as 'U'): a spurious hit the regexes turn down, never a miss.
    const masked = text.replace(/[^\x00-\x7f]/g, c => String.fromCharCode(c.charCodeAt(0) & 127))
    expect(ends(a, text)).toEqual(brute(keywords, masked))
    expect(ends(a, text)).toContain(`${text.length - 1}:kuy`)
    // Characters no keyword holds (class 0) send the walk back to the root: no keyword spans them.
    const b = new KeywordAutomaton(['token'])
    expect(b.classOf['#'.charCodeAt(0)]).toBe(0)
    expect(ends(b, 'tok#en token TOKEN')).toEqual(brute(['token'], 'tok#en token TOKEN'))
  })
})

describe('unionOf (the path rules tested once per file)', () => {
  test('matches exactly the paths one of the built-in path rules matches', () => {
    const regexes = loadBuiltinRules()
      .filter(r => r.paths !== undefined)
      .map(r => new RegExp(r.paths as string))
    const union = unionOf(regexes) as RegExp
    expect(union).toBeDefined()
    const paths = [
      'src/index.ts',
      'pkg/module-12/file.go',
      '.env',
      'deploy/.env.production',
      'config/master.key',
      'config/credentials/production.key',
      'home/.netrc',
      '.pgpass',
      'ops/datadog.yaml',
      'docs/README.md',
      'db/seed.sql',
      'src/locales/en/messages.yml',
      'app/etc/env.php',
      'conf/postfix/sasl_passwd',
      'keys/deployer-keypair.json',
      'Makefile',
      'api/requests.http',
      'lib/app.ex',
      'build.gradle',
      'Dockerfile',
      'notes.txt',
      'a/b/c/d.tsx',
      'vendor/x.min.js'
    ]
    for (const p of paths) expect([p, union.test(p)]).toEqual([p, regexes.some(r => r.test(p))])
  })
  test('none for regexes that cannot be joined: flags, or groups referred to by number or name', () => {
    expect(unionOf([/a/i, /b/])).toBeUndefined()
    expect(unionOf([/(a)\1/, /b/])).toBeUndefined()
    expect(unionOf([/(?<x>a)/, /(?<x>b)/])).toBeUndefined()
    expect(unionOf([/a/])).toBeUndefined()
    expect(unionOf([/^a$/, /^b$/])?.test('b')).toBe(true)
    expect(unionOf([/^a$/, /^b$/])?.test('ab')).toBe(false)
  })
})
