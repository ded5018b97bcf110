/**
 * CODEOWNERS pattern matching with GitHub's semantics (gitignore-like, with GitHub's documented differences):
 *
 * - a leading `/`, or a `/` anywhere but the end, anchors the pattern to the repository root; a pattern
 *   without such a slash matches at any depth;
 * - `*` matches within one path segment, `?` one character other than `/`, `**` any number of segments
 *   (`**∕x` anywhere, `x/**` everything below x, `a/**∕b` zero or more directories between);
 * - a pattern that names a directory also covers everything below it (`/apps/github` owns
 *   `apps/github/index.js`); a trailing `/` matches only the directory's contents;
 * - `dir/*` matches only the direct children of `dir` ("docs/* matches docs/getting-started.md but not
 *   docs/build-app/troubleshooting.md");
 * - the last matching rule wins; a matching rule with no owners leaves the path without owners.
 * Paths are case-sensitive, as in git.
 */
import type { CodeownersRule } from './types.js'

function escapeRegExp(ch: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(ch) ? `\\${ch}` : ch
}

/** Translate one path segment (no `/`) to a regular expression fragment. */
function segmentToRegExp(segment: string): string {
  let out = ''
  for (let i = 0; i < segment.length; i++) {
    const ch = segment[i]
    if (ch === '\\' && i + 1 < segment.length) {
      out += escapeRegExp(segment[i + 1])
      i++
    } else if (ch === '*') {
      out += '[^/]*'
    } else if (ch === '?') {
      out += '[^/]'
    } else {
      out += escapeRegExp(ch)
    }
  }
  return out
}

/** Compile a CODEOWNERS pattern to a RegExp over repository-relative paths (no leading slash). */
export function compilePattern(pattern: string): RegExp {
  let p = pattern
  let dirOnly = false
  if (p.endsWith('/') && !p.endsWith('\\/')) {
    dirOnly = true
    p = p.slice(0, -1)
  }
  let anchored = false
  if (p.startsWith('/')) {
    anchored = true
    p = p.slice(1)
  }
  if (p.includes('/')) anchored = true
  const segments = p.split('/')
  let re = anchored ? '^' : '^(?:.*/)?'
  segments.forEach((segment, i) => {
    const last = i === segments.length - 1
    if (segment === '**') {
      re += last ? '.+' : '(?:.*/)?'
    } else {
      re += segmentToRegExp(segment)
      if (!last) re += '/'
    }
  })
  const lastSegment = segments[segments.length - 1]
  if (lastSegment === '**') {
    re += '$'
  } else if (dirOnly) {
    re += '/.+$'
  } else if (lastSegment === '*' && anchored) {
    // `dir/*` and `/*`: direct children only.
    re += '$'
  } else {
    // The path itself, or anything below it when it is a directory.
    re += '(?:/.*)?$'
  }
  return new RegExp(re)
}

export interface CompiledRules {
  rules: CodeownersRule[]
  regexps: RegExp[]
}

export function compileRules(rules: CodeownersRule[]): CompiledRules {
  return { rules, regexps: rules.map((r) => compilePattern(r.pattern)) }
}

/** The rule that decides a path's owners: the last matching one, or null when none matches. */
export function matchingRule(compiled: CompiledRules, path: string): CodeownersRule | null {
  const clean = path.replace(/^\/+/, '')
  for (let i = compiled.rules.length - 1; i >= 0; i--) {
    if (compiled.regexps[i].test(clean)) return compiled.rules[i]
  }
  return null
}

/** Owners of a path (as written); empty when no rule matches or the matching rule lists no owners. */
export function ownersOf(compiled: CompiledRules, path: string): string[] {
  return matchingRule(compiled, path)?.owners ?? []
}
