import { describe, expect, test } from '@jest/globals'
import { parseCodeowners, parseOwner } from '../../src/codeowners/parse.js'
import { compilePattern, compileRules, matchingRule, ownersOf, type MatchWork } from '../../src/codeowners/match.js'

/**
 * The example CODEOWNERS file from GitHub's documentation ("About code owners" → "Example of a CODEOWNERS
 * file"), rules as published; the explanatory comments are shortened.
 */
const GITHUB_EXAMPLE = `# This is a comment.
# Each line is a file pattern followed by one or more owners.

# Default owners for everything in the repo, unless a later match takes precedence.
*       @global-owner1 @global-owner2

# Order is important; the last matching pattern takes the most precedence.
*.js    @js-owner #This is an inline comment.

# E-mail addresses are looked up like commit author e-mails.
*.go docs@example.com

# Teams need explicit write access to the repository.
*.txt @octo-org/octocats

# @doctocat owns build/logs at the root and all its subdirectories.
/build/logs/ @doctocat

# docs/* matches docs/getting-started.md but not docs/build-app/troubleshooting.md.
docs/*  docs@example.com

# @octocat owns any file in an apps directory anywhere in the repository.
apps/ @octocat

# @doctocat owns any file in the root /docs directory and its subdirectories.
/docs/ @doctocat

# Any change inside /scripts requires approval from @doctocat or @octocat.
/scripts/ @doctocat @octocat

# @octocat owns any file in a logs directory such as /build/logs, /scripts/logs and /deeply/nested/logs.
**/logs @octocat

# /apps owned by @octocat except /apps/github, whose owners are left empty.
/apps/ @octocat
/apps/github

# /apps owned by @octocat except /apps/github, which has its own owner @doctocat.
/apps/ @octocat
/apps/github @doctocat
`

describe("parseCodeowners on GitHub's example file", () => {
  const parsed = parseCodeowners(GITHUB_EXAMPLE)

  test('has no errors and keeps every rule with its line', () => {
    expect(parsed.errors).toEqual([])
    expect(parsed.rules.map(r => r.pattern)).toEqual([
      '*',
      '*.js',
      '*.go',
      '*.txt',
      '/build/logs/',
      'docs/*',
      'apps/',
      '/docs/',
      '/scripts/',
      '**/logs',
      '/apps/',
      '/apps/github',
      '/apps/',
      '/apps/github'
    ])
    expect(parsed.rules[0]).toEqual({ pattern: '*', owners: ['@global-owner1', '@global-owner2'], line: 5 })
  })

  test('an inline comment is not an owner', () => {
    expect(parsed.rules[1].owners).toEqual(['@js-owner'])
  })

  test('a pattern with no owners is kept with an empty owner list', () => {
    expect(parsed.rules[11]).toMatchObject({ pattern: '/apps/github', owners: [] })
  })

  // Whole file: the last matching rule wins.
  const compiled = compileRules(parsed.rules)
  test.each([
    ['README.md', ['@global-owner1', '@global-owner2']],
    ['src/app.js', ['@js-owner']],
    ['cmd/server/main.go', ['docs@example.com']],
    ['notes/todo.txt', ['@octo-org/octocats']],
    // **/logs (later) takes precedence over /build/logs/
    ['build/logs/output.log', ['@octocat']],
    ['scripts/logs/run.log', ['@octocat']],
    ['deeply/nested/logs/x.log', ['@octocat']],
    // /docs/ (later) takes precedence over docs/*
    ['docs/getting-started.md', ['@doctocat']],
    ['docs/build-app/troubleshooting.md', ['@doctocat']],
    ['lib/apps/view.rb', ['@octocat']],
    ['scripts/deploy.sh', ['@doctocat', '@octocat']],
    ['apps/web/index.html', ['@octocat']],
    ['apps/github/index.html', ['@doctocat']],
    ['apps/github', ['@doctocat']]
  ])('whole example: %s → %j', (path, owners) => {
    expect(ownersOf(compiled, path)).toEqual(owners)
  })
})

describe('each documented rule on its own', () => {
  const table: [string, string, boolean][] = [
    // "@doctocat owns any files in the build/logs directory at the root of the repository and any of its subdirectories"
    ['/build/logs/', 'build/logs/a.log', true],
    ['/build/logs/', 'build/logs/2026/a.log', true],
    ['/build/logs/', 'src/build/logs/a.log', false],
    ['/build/logs/', 'build/logs', false],
    // "docs/* matches docs/getting-started.md but not docs/build-app/troubleshooting.md"
    ['docs/*', 'docs/getting-started.md', true],
    ['docs/*', 'docs/build-app/troubleshooting.md', false],
    ['docs/*', 'src/docs/getting-started.md', false],
    // "any file in an apps directory anywhere in your repository"
    ['apps/', 'apps/a.js', true],
    ['apps/', 'src/apps/deep/a.js', true],
    ['apps/', 'apps', false],
    ['apps/', 'myapps/a.js', false],
    // "any file in the /docs directory in the root of your repository and any of its subdirectories"
    ['/docs/', 'docs/a.md', true],
    ['/docs/', 'docs/x/y/a.md', true],
    ['/docs/', 'site/docs/a.md', false],
    // "**/logs": /build/logs, /scripts/logs, /deeply/nested/logs
    ['**/logs', 'build/logs/a', true],
    ['**/logs', 'scripts/logs/a', true],
    ['**/logs', 'deeply/nested/logs/a/b', true],
    ['**/logs', 'logs/a', true],
    ['**/logs', 'catalogs/a', false],
    // globbing
    ['*', 'anything/at/all.txt', true],
    ['*.js', 'a.js', true],
    ['*.js', 'deep/dir/a.js', true],
    ['*.js', 'a.jsx', false],
    ['f?o', 'foo', true],
    ['f?o', 'fo', false],
    ['f?o', 'f/o', false],
    ['/*', 'README.md', true],
    ['/*', 'src/a.ts', false],
    ['src/*.ts', 'src/a.ts', true],
    ['src/*.ts', 'src/lib/a.ts', false],
    ['src/**/*.ts', 'src/a.ts', true],
    ['src/**/*.ts', 'src/lib/deep/a.ts', true],
    ['src/**', 'src/a', true],
    ['src/**', 'src', false],
    ['foo/*/baz', 'foo/bar/baz/qux', true],
    // a pattern naming a directory covers its contents; without a slash it matches at any depth
    ['/apps/github', 'apps/github/x.js', true],
    ['/apps/github', 'apps/githubber/x.js', false],
    ['Makefile', 'Makefile', true],
    ['Makefile', 'sub/Makefile', true],
    ['config', 'a/config/b.yml', true],
    // escapes and regex metacharacters are literal
    ['a\\*b', 'a*b', true],
    ['a\\*b', 'axb', false],
    ['file.(x)+', 'file.(x)+', true],
    ['file.ts', 'fileXts', false],
    // case-sensitive, like git
    ['/Docs/', 'docs/a.md', false]
  ]
  test.each(table)('%s matches %s: %s', (pattern, path, expected) => {
    expect(compilePattern(pattern).test(path)).toBe(expected)
  })

  test('a pattern with no owners makes the path unowned; no match is also unowned', () => {
    const compiled = compileRules(parseCodeowners('/apps/ @octocat\n/apps/github\n').rules)
    expect(matchingRule(compiled, 'apps/github/a.js')).toMatchObject({ owners: [], line: 2 })
    expect(ownersOf(compiled, 'apps/main/a.js')).toEqual(['@octocat'])
    expect(matchingRule(compiled, 'README.md')).toBeNull()
  })
})

describe('syntax errors are reported with their line and the line is skipped', () => {
  const text = [
    '# header', //                     1
    '* @org/everyone', //              2
    '!vendor/ @org/everyone', //       3 negation
    'src/*.[ch] @c-owner', //          4 character range
    '\\#notes.md @writer', //          5 escaped leading hash: documented as not working
    'docs/ writer', //                 6 owner without @
    'lib/ @bad_name!', //              7 invalid username
    '/ @root', //                      8 never matches
    'ok/ @good user@example.com @org/team-a @a-b', // 9 valid mix
    '' //                              10
  ].join('\r\n')
  const parsed = parseCodeowners(text)

  test('errors carry line numbers', () => {
    expect(parsed.errors.map(e => e.line)).toEqual([3, 4, 5, 6, 7, 8])
    expect(parsed.errors[0].message).toMatch(/negation/)
    expect(parsed.errors[1].message).toMatch(/character ranges/)
    expect(parsed.errors[2].message).toMatch(/leading "#"/)
    expect(parsed.errors[3].message).toMatch(/invalid owner "writer"/)
    expect(parsed.errors[5].message).toMatch(/never matches/)
  })

  test('only valid lines become rules', () => {
    expect(parsed.rules.map(r => r.line)).toEqual([2, 9])
    expect(parsed.rules[1].owners).toEqual(['@good', 'user@example.com', '@org/team-a', '@a-b'])
  })

  test('a backslash-escaped space belongs to the pattern', () => {
    const p = parseCodeowners('path\\ with\\ spaces/ @space-owner\n')
    expect(p.rules[0]).toMatchObject({ pattern: 'path\\ with\\ spaces/', owners: ['@space-owner'] })
    expect(compilePattern(p.rules[0].pattern).test('path with spaces/a.txt')).toBe(true)
  })
})

describe('parseOwner', () => {
  test.each([
    ['@octocat', { kind: 'user', login: 'octocat' }],
    ['@octo-org/octocats', { kind: 'team', org: 'octo-org', slug: 'octocats' }],
    ['@octo-org/team_v2.x', { kind: 'team', org: 'octo-org', slug: 'team_v2.x' }],
    ['docs@example.com', { kind: 'email', email: 'docs@example.com' }],
    ['@-bad', null],
    // Logins GitHub issued before today's rules, still live (issue 19): a trailing or doubled hyphen.
    ['@tobias-', { kind: 'user', login: 'tobias-' }],
    ['@gil--', { kind: 'user', login: 'gil--' }],
    ['@bad-', { kind: 'user', login: 'bad-' }],
    ['@a--b', { kind: 'user', login: 'a--b' }],
    // Enterprise Managed Users: <normalized name>_<enterprise shortcode> (GitHub docs, "About Enterprise Managed Users").
    ['@the-octocat_acme', { kind: 'user', login: 'the-octocat_acme' }],
    ['@octocat_acme/security', { kind: 'team', org: 'octocat_acme', slug: 'security' }],
    ['@legacy-org-/team', { kind: 'team', org: 'legacy-org-', slug: 'team' }],
    ['@name_', null],
    ['@_acme', null],
    ['@a_b_c', null],
    ['@bad_name!', null],
    ['octocat', null],
    ['@org/', null],
    ['@a/b/c', null]
  ])('%s', (token, expected) => {
    expect(parseOwner(token)).toEqual(expected)
  })
})

describe('matching stays linear in the path and the pattern (issue 19: nested ** took 181 s on one 80-deep path)', () => {
  const deep = Array.from({ length: 80 }, (_, i) => `d${i % 3}`).join('/') + '/file.txt'
  const nested = Array.from({ length: 40 }, () => '**/d0').join('/') + '/**/nomatch'
  const starry = Array.from({ length: 40 }, () => '*a*a*a*').join('/') + '/x'

  test.each([
    ['40 nested ** steps, no match', nested, false],
    ['14 nested ** steps (the old regex: minutes), no match', Array.from({ length: 14 }, () => '**/d0').join('/') + '/**/nomatch', false],
    ['40 nested ** steps, matching', Array.from({ length: 20 }, () => '**/d0').join('/') + '/**/file.txt', true],
    ['unanchored **/ chains', Array.from({ length: 60 }, () => '**').join('/') + '/file.txt', true],
    ['star-heavy segments', starry, false]
  ])('%s: work bounded by segments × steps × segment length', (_name, pattern, expected) => {
    const work: MatchWork = { steps: 0 }
    expect(compilePattern(pattern).test(deep, work)).toBe(expected)
    const segments = deep.split('/').length
    const steps = pattern.split('/').length + 2
    const longest = Math.max(...deep.split('/').map(s => s.length), ...pattern.split('/').map(s => s.length)) + 1
    expect(work.steps).toBeLessThanOrEqual(segments * steps * longest * longest)
    // A concrete ceiling, far below what a backtracking regex does on the same input.
    expect(work.steps).toBeLessThan(200_000)
  })

  test('a long segment against a star-heavy glob is not exponential', () => {
    const work: MatchWork = { steps: 0 }
    expect(compilePattern('*a*a*a*a*a*a*a*a*a*a*b').test('a'.repeat(5000), work)).toBe(false)
    expect(work.steps).toBeLessThan(5001 * 25)
  })

  test('the same answers as before on the nested patterns (spot checks)', () => {
    expect(compilePattern('**/a/**/b').test('x/a/y/z/b/c')).toBe(true)
    expect(compilePattern('**/a/**/b').test('x/b/y/a')).toBe(false)
    expect(compilePattern('a/**/b/**').test('a/b/c')).toBe(true)
    expect(compilePattern('a/**/b/**').test('a/b')).toBe(false)
    expect(compilePattern('a/**/**/b').test('a/b')).toBe(true)
    expect(compilePattern('/**').test('x')).toBe(true)
    expect(compilePattern('**').test('x/y')).toBe(true)
    expect(compilePattern('docs/*/').test('docs/a/b')).toBe(true)
    expect(compilePattern('docs/*/').test('docs/a')).toBe(false)
    expect(compilePattern('a*b*c').test('aXbYc')).toBe(true)
    expect(compilePattern('a*b*c').test('aXbY')).toBe(false)
  })
})
