/**
 * CODEOWNERS parser with GitHub's documented syntax
 * (docs.github.com → "About code owners" → CODEOWNERS syntax):
 *
 * - one rule per line: a gitignore-like pattern followed by owners separated by whitespace;
 * - `#` starts a comment at the start of a line, and after the pattern (inline comments, as in GitHub's
 *   own example `*.js @js-owner #This is an inline comment.`);
 * - owners are `@username`, `@org/team-name` or an e-mail address; a pattern with no owners means the
 *   matching paths have no owners;
 * - gitignore rules GitHub documents as *not working* in CODEOWNERS are errors: escaping a leading `#`
 *   with `\`, `!` negation, and `[ ]` character ranges;
 * - GitHub skips an invalid line (and shows the error on the file); we report it with its line number and
 *   leave it out of the rules, so matching follows what GitHub enforces.
 */
import type { CodeownersError, CodeownersRule, OwnerRef } from '../model/facts/codeowners.js'

export interface ParsedCodeowners {
  rules: CodeownersRule[]
  errors: CodeownersError[]
}

/**
 * A GitHub login as CODEOWNERS may name it. New accounts get alphanumerics and single inner hyphens, but
 * GitHub still serves older logins that end in a hyphen or double one (`@tobias-`, `@gil--`), and Enterprise
 * Managed Users are `<name>_<shortcode>` (`@the-octocat_acme`). Rejecting those dropped the whole line and
 * left its files without owners, so every form GitHub has issued is accepted: a leading alphanumeric, then
 * alphanumerics and hyphens, then an optional `_shortcode`. (No leading hyphen: GitHub never issued one.)
 */
const LOGIN = '[A-Za-z0-9][A-Za-z0-9-]{0,38}(?:_[A-Za-z0-9]{1,39})?'
const USER_RE = new RegExp(`^@(${LOGIN})$`)
/** `@org/team-slug`: org as a login; team slugs are letters, digits, `-`, `_` and `.`. */
const TEAM_RE = new RegExp(`^@(${LOGIN})/([A-Za-z0-9][A-Za-z0-9._-]*)$`)
const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export function parseOwner(token: string): OwnerRef | null {
  let m = TEAM_RE.exec(token)
  if (m) return { kind: 'team', org: m[1], slug: m[2] }
  m = USER_RE.exec(token)
  if (m) return { kind: 'user', login: m[1] }
  if (!token.startsWith('@') && EMAIL_RE.test(token)) return { kind: 'email', email: token }
  return null
}

/** Split a line into whitespace-separated tokens; a backslash escapes the next character (kept in the token). */
function tokenize(line: string): string[] {
  const tokens: string[] = []
  let current = ''
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]
    if (ch === '\\' && i + 1 < line.length) {
      current += ch + line[i + 1]
      i++
    } else if (ch === ' ' || ch === '\t') {
      if (current) tokens.push(current)
      current = ''
    } else {
      current += ch
    }
  }
  if (current) tokens.push(current)
  return tokens
}

/** The first problem with a pattern GitHub does not support, or null. */
export function patternProblem(pattern: string): string | null {
  if (pattern.startsWith('\\#')) {
    return 'escaping a leading "#" with "\\" does not work in CODEOWNERS (GitHub documents this gitignore rule as unsupported); the line is skipped'
  }
  if (pattern.startsWith('!')) {
    return 'negation with "!" is not supported in CODEOWNERS; the line is skipped'
  }
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i] === '\\') {
      i++
      continue
    }
    if (pattern[i] === '[' || pattern[i] === ']') {
      return 'character ranges with "[ ]" are not supported in CODEOWNERS; the line is skipped'
    }
  }
  if (pattern === '/') return 'the pattern "/" never matches anything (did you mean "*"?); the line is skipped'
  if (pattern.endsWith('\\')) return 'the pattern ends with an unfinished "\\" escape; the line is skipped'
  return null
}

export function parseCodeowners(text: string): ParsedCodeowners {
  const rules: CodeownersRule[] = []
  const errors: CodeownersError[] = []
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/)
  lines.forEach((raw, index) => {
    const line = index + 1
    const trimmed = raw.trim()
    if (trimmed === '' || trimmed.startsWith('#')) return
    const tokens = tokenize(trimmed)
    const commentAt = tokens.findIndex((t, i) => i > 0 && t.startsWith('#'))
    const [pattern, ...ownerTokens] = commentAt === -1 ? tokens : tokens.slice(0, commentAt)
    const problem = patternProblem(pattern)
    if (problem) {
      errors.push({ line, message: `${problem}: ${pattern}` })
      return
    }
    const bad = ownerTokens.filter(t => parseOwner(t) === null)
    if (bad.length > 0) {
      errors.push({
        line,
        message: `invalid owner${bad.length > 1 ? 's' : ''} ${bad.map(b => `"${b}"`).join(', ')}: owners must be @username, @org/team-name or an e-mail address; the line is skipped`
      })
      return
    }
    rules.push({ pattern, owners: ownerTokens, line })
  })
  return { rules, errors }
}
