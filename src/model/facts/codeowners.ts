/**
 * Facts about the CODEOWNERS file, stored as `record.facts.codeowners` (a Collected<CodeownersFacts>).
 * The raw file text is not stored; its rules, errors and SHA-256 are.
 */

/** One owner as written: `@user`, `@org/team` or an e-mail address. */
export type OwnerRef = { kind: 'user'; login: string } | { kind: 'team'; org: string; slug: string } | { kind: 'email'; email: string }

export interface CodeownersRule {
  /** The pattern as written (escapes kept). */
  pattern: string
  /** Owners as written; empty means "matched, no owners". */
  owners: string[]
  /** 1-based line number. */
  line: number
}

export interface CodeownersError {
  line: number
  message: string
}

export interface CodeownersFile {
  /** Where it was found: `.github/CODEOWNERS`, `CODEOWNERS` or `docs/CODEOWNERS`. */
  path: string
  /** The base commit SHA it was read from. */
  ref: string
  text_sha256: string
  /** Valid rules in file order (GitHub skips invalid lines; so do we). */
  rules: CodeownersRule[]
  errors: CodeownersError[]
}

export interface TeamFacts {
  /** Whether the team has write (push), maintain or admin on this repository; null when unknown. */
  has_write: boolean | null
  /** Member logins (including child-team members); null when unreadable. */
  members: string[] | null
  missing?: { reason: string; remedy: string }
  /**
   * Set when the team was not looked up because no approval by a member could change a verdict: every file
   * it owns is approved by an individual owner, or nobody who could be a member approved. The control then
   * treats the team as not having approved.
   */
  not_needed?: string
}

export interface CodeownersFacts {
  /** null when none of the three locations holds a CODEOWNERS file on the base commit. */
  file: CodeownersFile | null
  /** Keyed by `org/team-slug` in lower case, for each team named as an owner. */
  teams: Record<string, TeamFacts>
}

/** The CODEOWNERS locations GitHub searches, in order; the first found wins. */
export const CODEOWNERS_LOCATIONS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'] as const

/** Key of a team in CodeownersFacts.teams. */
export function teamKey(org: string, slug: string): string {
  return `${org}/${slug}`.toLowerCase()
}

/** Facts of the `codeowners` group: the CODEOWNERS file at the base commit, parsed, and team facts. */
