/**
 * Types of the secrets engine and of the facts the `secrets` collector stores in record.facts.secrets.
 * No type here ever holds a detected value: findings carry a redacted preview and a keyed fingerprint.
 */

export type SecretSeverity = 'critical' | 'high' | 'medium' | 'low' | 'info'

/** One rule as data (rules/secrets/rules.yaml → src/secrets/rules.generated.ts, or a policy custom rule). */
export interface SecretRuleDef {
  id: string
  description: string
  /** Built-in rules: a JS RegExp source (no flags; `(?i)` at the very start is allowed). Custom rules: Go/RE2 syntax. */
  regex: string
  /** Literal keywords (case-insensitive); a line is tried only when one occurs in it. Empty → every line. */
  keywords: string[]
  /** Minimum Shannon entropy (bits per character) of the secret. */
  entropy?: number
  /** Values matching one of these (JS RegExp sources for built-ins, RE2 for custom) are not reported. */
  allow?: string[]
  /** Capture group holding the secret; default: group 1 when the regex has one, else the whole match. */
  'secret-group'?: number
  severity?: SecretSeverity
  /** The regex may span lines (private keys): it is run on a window from the keyword's line onwards. */
  multiline?: boolean
  /** Only for files whose path matches this regex (credential files by name, e.g. `.pgpass`): run on every line of such files, keywords aside. */
  paths?: string
  /** Multi-line rules: report the line where the match begins (default) or where the secret begins. */
  'report-at'?: 'match' | 'secret'
  /** A generic rule: dropped when a specific rule reports an overlapping span. */
  generic?: boolean
  /** Built-ins: the secret is base64 (line breaks and `\\n` escapes ignored); its decoded text must match this JS RegExp source. */
  decoded?: string
  /**
   * A check digit the format carries: `github-crc32` (GitHub's and npm's 40-character tokens end in a base62
   * CRC32 of their 30 random characters). A value failing it is still reported, with severity low and the
   * reason in its description (an example or made-up value rather than an issued token).
   */
  checksum?: 'github-crc32'
  /**
   * Built-ins: strings (case-sensitive) of which every match holds one, such as a case-sensitive prefix the
   * case-insensitive keyword stands for, or the separator of a name = value rule. The regex runs on a line
   * (multi-line rules: a window) only when one occurs in it: one indexOf instead of a regex over a long line
   * whose keyword occurred by chance (a 1 MB line of random base64 holds most short keywords).
   */
  requires?: string[]
  /**
   * Built-ins: the rules that read, decoded, what this rule reads encoded (private-key-base64 encodes private-key). Its
   * finding on a line and theirs in that line's decoded view are one value: one finding, this rule's.
   */
  encodes?: string[]
  /**
   * Built-ins: prefixes (case-sensitive) that make a value this provider's token, each with the shape of the token's
   * rest: `'ghp_ [A-Za-z0-9]{36,251}'`. Another built-in rule (a name = value, header or URL rule) reading a value
   * that starts with one and is a near miss of that shape (its length within 8 of it, at most 3 characters outside
   * its alphabet) reports it only when this rule's regex finds a token in it: a truncated, padded or wrong-alphabet
   * `ghp_…` under `GITHUB_TOKEN=` is a look-alike of a token (a shortened example, a redacted value), not a
   * credential of an unknown format.
   */
  owns?: string[]
  /** Skip the placeholder heuristics (rules whose format already excludes them). */
  'no-placeholder-check'?: boolean
  /** Cases; `path` is the file they are scanned as (default case.txt; rules with `paths` need a matching one). */
  tests?: { positives: string[]; negatives: string[]; path?: string }
}

/** A detected secret inside scanned text. `value` never leaves the engine (see toPublicFinding). */
export interface RawMatch {
  rule: string
  description: string
  severity: SecretSeverity
  /** 1-based line in the file (head side). */
  line: number
  /** 1-based column (UTF-16 code units) of the secret's first character. */
  column: number
  preview: string
  fingerprint: string
  inline_allowed?: boolean
}

/** A finding as stored in the record. */
export interface SecretFinding extends RawMatch {
  path: string
  /** The fingerprint is listed in the base branch's baseline file. */
  baselined: boolean
  /**
   * Set when the secret is not in the change's final diff: a commit of the change added it and a later one
   * removed it, so it stays in the history a merge commit keeps. path/line are that commit's.
   */
  commit?: string
}

export interface PathReason {
  path: string
  reason: string
  /** What makes the file scannable (not-verified files). */
  remedy?: string
}

export interface BaselineFacts {
  path: string
  /** The commit the baseline was read from (always the base commit). */
  ref: string | null
  /** Entries read; 0 when absent. */
  entries: number
  /** Present when the file exists but could not be read or parsed, or could not be looked up. */
  error?: string
  /** true when the file exists at the base commit. */
  present: boolean
  /** Why the file was not read (no finding it could acknowledge); then `present` and `entries` say nothing. */
  not_read?: string
}

export interface SecretsFacts {
  /** Where the added lines came from. */
  source: 'checkout' | 'api'
  base_sha: string
  head_sha: string
  findings: SecretFinding[]
  scanned: { files: number; lines: number; bytes: number }
  /** Files the policy (read at base) excludes, each with the pattern: the only files deliberately not scanned. */
  skipped: PathReason[]
  /** Files whose added content was not scanned (over max-file-size, a compressed archive, a patch GitHub omitted), each with reason and remedy. */
  not_verified: PathReason[]
  rules_version: string
  rules_digest: string
  rule_count: number
  custom_rule_ids: string[]
  /** Custom rules that did not compile: the policy cannot be enforced as written. */
  custom_rule_errors: { id: string; error: string }[]
  disabled_rules: string[]
  baseline: BaselineFacts
  inline_allow_enabled: boolean
  max_file_size: number
  /** Notes about how the facts were gathered (fallbacks taken). */
  notes: string[]
  /**
   * Findings past the itemized cap (per file the first of each rule, then up to 100 new, 100 allowed inline and 100
   * baselined, 2,000 in all, are listed in `findings`), counted per file: a dump or generated file of credentials
   * cannot swell the evidence without bound.
   */
  not_itemized?: NotItemized[]
}

/** Findings listed per file of each kind: new, allowed inline, baselined (a dump of 100,000 credentials is not 100,000 entries of evidence). */
export const MAX_ITEMIZED_PER_FILE = 100
/** Findings listed in all. */
export const MAX_ITEMIZED = 2000

/** A file's findings counted but not listed (see SecretsFacts.not_itemized). */
export interface NotItemized {
  path: string
  /** Findings neither baselined nor allowed inline. */
  open: number
  /** Baselined or allowed inline. */
  acknowledged: number
  rules: string[]
}

/** Policy params of `secrets.no-new-secrets` (kebab-case as written in the policy). */
export interface SecretsParams {
  'max-file-size': number
  'exclude-paths': string[]
  'custom-rules': CustomRuleParam[]
  'allow-inline-comments': boolean
  baseline: string
  'disabled-rules': string[]
}

export interface CustomRuleParam {
  id: string
  description?: string
  regex: string
  keywords?: string[]
  entropy?: number
  severity?: SecretSeverity
  'secret-group'?: number
}

export interface BaselineEntry {
  fingerprint: string
  rule?: string
  path?: string
  reason?: string
  acknowledged_by?: string
  acknowledged_at?: string
}

/** Added lines of one file on the head side, as one text and a line table (see diff.ts addedLines). */
export interface AddedFile {
  path: string
  previous_path?: string
  /** The added lines joined with '\n' (no trailing newline; the CR of a CRLF line dropped). */
  text: string
  /** Head-side line number of each line of `text`, in order; its length is the number of added lines. */
  lineNumbers: ArrayLike<number>
  /** A dependency lockfile by name: scanned whole, its digests kept from the generic rules (lockfile.ts). */
  lockfile?: boolean
}

export interface DiffResult {
  files: AddedFile[]
  skipped: PathReason[]
  not_verified: PathReason[]
}

/** Facts of the `secrets` group: findings (preview and fingerprint, never a value) in the lines the change adds. */
