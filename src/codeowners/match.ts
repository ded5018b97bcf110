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
import type { CodeownersRule } from '../model/facts/codeowners.js'

/**
 * How a pattern is matched, in linear time: the pattern is compiled to a list of steps over path *segments*
 * and run as a set of states over the path's segments (an NFA simulation, no backtracking), so the work is
 * at most segments × steps glob checks, each linear in the segment. A regular expression with one
 * `(?:.*\/)?` per `**` backtracked: nested `**` patterns took minutes on one 80-deep path.
 */
type Step =
  /** Zero or more whole segments (`**` inside a pattern, the free prefix of an unanchored one, a directory's contents). */
  | { kind: 'any' }
  /** Exactly one segment matching a glob (`*` and `?` within the segment, `\x` a literal x). */
  | { kind: 'segment'; glob: GlobPart[] }

type GlobPart = { kind: 'literal'; text: string } | { kind: 'one' } | { kind: 'star' }

/** Counts the glob checks and state visits a match does (for tests and benchmarks; not timing). */
export interface MatchWork {
  steps: number
}

export interface PathMatcher {
  readonly pattern: string
  test(path: string, work?: MatchWork): boolean
}

function parseGlob(segment: string): GlobPart[] {
  const parts: GlobPart[] = []
  let literal = ''
  const flush = (): void => {
    if (literal) parts.push({ kind: 'literal', text: literal })
    literal = ''
  }
  for (let i = 0; i < segment.length; i++) {
    const ch = segment[i]
    if (ch === '\\' && i + 1 < segment.length) {
      literal += segment[i + 1]
      i++
    } else if (ch === '*') {
      flush()
      // `a**b` inside a segment is the same as `a*b`.
      if (parts[parts.length - 1]?.kind !== 'star') parts.push({ kind: 'star' })
    } else if (ch === '?') {
      flush()
      parts.push({ kind: 'one' })
    } else {
      literal += ch
    }
  }
  flush()
  return parts
}

/**
 * One segment against a glob: the classic single-star-backtrack scan (only the last `*` is ever revisited),
 * O(segment × glob) at worst, never exponential.
 */
function globMatches(glob: GlobPart[], text: string, work: MatchWork): boolean {
  let g = 0
  let t = 0
  let starG = -1
  let starT = 0
  while (t <= text.length) {
    work.steps++
    const part = glob[g]
    if (part && part.kind === 'star') {
      starG = g++
      starT = t
      continue
    }
    if (part && part.kind === 'one' && t < text.length) {
      g++
      t++
      continue
    }
    if (part && part.kind === 'literal' && text.startsWith(part.text, t)) {
      g++
      t += part.text.length
      continue
    }
    if (!part && t === text.length) return true
    if (starG < 0 || starT >= text.length) return false
    // Let the last star take one more character and retry what follows it.
    g = starG + 1
    t = ++starT
  }
  return false
}

/** The steps of a CODEOWNERS pattern (the rules in this file's header). */
function compileSteps(pattern: string): Step[] {
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
  const steps: Step[] = []
  const any = (): void => {
    // Consecutive `any` steps mean the same as one: keep one, so `**/**/**/…` costs no more than `**`.
    if (steps[steps.length - 1]?.kind !== 'any') steps.push({ kind: 'any' })
  }
  const oneSegment = (): void => {
    steps.push({ kind: 'segment', glob: [{ kind: 'star' }] })
  }
  if (!anchored) any()
  segments.forEach((segment, i) => {
    const last = i === segments.length - 1
    if (segment === '**') {
      if (last) {
        // `x/**`: one or more segments below.
        oneSegment()
        any()
      } else {
        any()
      }
    } else {
      steps.push({ kind: 'segment', glob: parseGlob(segment) })
    }
  })
  const lastSegment = segments[segments.length - 1]
  if (lastSegment === '**') {
    // done
  } else if (dirOnly) {
    // `dir/`: only what is below the directory.
    oneSegment()
    any()
  } else if (lastSegment === '*' && anchored) {
    // `dir/*` and `/*`: direct children only.
  } else {
    // The path itself, or anything below it when it is a directory.
    any()
  }
  return steps
}

/** Whether the steps match the whole list of segments: a set of states advanced segment by segment. */
function runSteps(steps: Step[], segments: string[], work: MatchWork): boolean {
  const n = steps.length
  let current = new Uint8Array(n + 1)
  let next = new Uint8Array(n + 1)
  // Epsilon closure: an `any` step may match zero segments.
  const close = (states: Uint8Array): void => {
    for (let i = 0; i < n; i++) {
      work.steps++
      if (states[i] && steps[i].kind === 'any') states[i + 1] = 1
    }
  }
  current[0] = 1
  close(current)
  for (const segment of segments) {
    next.fill(0)
    let alive = false
    for (let i = 0; i < n; i++) {
      if (!current[i]) continue
      work.steps++
      const step = steps[i]
      if (step.kind === 'any') {
        next[i] = 1
        alive = true
      } else if (globMatches(step.glob, segment, work)) {
        next[i + 1] = 1
        alive = true
      }
    }
    if (!alive) return false
    close(next)
    ;[current, next] = [next, current]
  }
  return current[n] === 1
}

/** Compile a CODEOWNERS pattern to a matcher over repository-relative paths (no leading slash). */
export function compilePattern(pattern: string): PathMatcher {
  const steps = compileSteps(pattern)
  return {
    pattern,
    test(path: string, work: MatchWork = { steps: 0 }): boolean {
      return runSteps(steps, path.split('/'), work)
    }
  }
}

export interface CompiledRules {
  rules: CodeownersRule[]
  matchers: PathMatcher[]
}

export function compileRules(rules: CodeownersRule[]): CompiledRules {
  return { rules, matchers: rules.map(r => compilePattern(r.pattern)) }
}

/** The rule that decides a path's owners: the last matching one, or null when none matches. */
export function matchingRule(compiled: CompiledRules, path: string, work?: MatchWork): CodeownersRule | null {
  const clean = path.replace(/^\/+/, '')
  for (let i = compiled.rules.length - 1; i >= 0; i--) {
    if (compiled.matchers[i].test(clean, work)) return compiled.rules[i]
  }
  return null
}

/** Owners of a path (as written); empty when no rule matches or the matching rule lists no owners. */
export function ownersOf(compiled: CompiledRules, path: string): string[] {
  return matchingRule(compiled, path)?.owners ?? []
}
