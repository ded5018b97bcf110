/**
 * The scanning engine: keyword prefilter (one Aho-Corasick pass per block of added lines), then only the
 * rules whose keyword occurs run their regex on that line (or, for multi-line rules such as PEM keys, on
 * a window starting at that line). Candidates pass entropy, placeholder and allow checks; the value is
 * turned into a preview and a keyed fingerprint at once and never leaves this module.
 */
import { createHash } from 'node:crypto'
import { githubChecksumOk } from './checksum.js'
import { isBase64OfText, isPlaceholder, isPublicByDesign, isStoredHash, isTimestamp, shannonEntropy } from './heuristics.js'
import { ownString } from './own-string.js'
import { shownValue } from './shown.js'
import { KeywordAutomaton } from './keywords.js'
import { lockfileDigests, overlapsDigest } from './lockfile.js'
import { fingerprint, redactPreview } from './redact.js'
import { redactProseCredentials, type ProseOptions } from './prose.js'
import { RULES, RULES_DIGEST, RULES_VERSION } from './rules.generated.js'
import type { AddedFile, CustomRuleParam, RawMatch, SecretRuleDef, SecretSeverity } from '../model/facts/secrets.js'
import { SEVERITY_RANK } from '../model/verdict.js'

export interface ScannerOptions {
  /** Repository full_name, part of every fingerprint. */
  repo?: string
  /** Rule table; default: the built-in rules. */
  rules?: readonly SecretRuleDef[]
  /** Policy custom rules in Go/RE2 syntax (run with re2js). */
  customRules?: CustomRuleParam[]
  /** Rule ids not to run. */
  disabledRules?: string[]
  /** Honour `compliance-gate:allow-secret` comments (default false); honoured findings are kept, marked. */
  allowInlineComments?: boolean
  /** Judge a line seen before from the memo of what was found on it (default true); false judges every line afresh. */
  lineMemo?: boolean
}

export interface Scanner {
  readonly ruleCount: number
  readonly ruleIds: string[]
  readonly customRuleIds: string[]
  readonly customRuleErrors: { id: string; error: string }[]
  readonly rulesVersion: string
  /** sha256 over the effective rule set (built-ins, custom rules, disabled ids). */
  readonly rulesDigest: string
  /** Scan the added lines of one file. */
  scanFile(file: AddedFile): RawMatch[]
  /** Scan a block of text whose lines are numbered from firstLine (default 1). */
  scanText(text: string, firstLine?: number): RawMatch[]
  /** The text with every secret found replaced by its preview and rule id (for free text kept as evidence). */
  redactText(text: string): { text: string; redacted: number }
}

/** A rule's owned prefix (`owns: ['ghp_ [A-Za-z0-9]{36,251}']`): what follows it in a token, by alphabet and length. */
interface OwnedPrefix {
  prefix: string
  alphabet: RegExp
  min: number
  max: number
}

/** `PREFIX [class]{min,max}` (checked by scripts/gen-secret-rules.mjs). */
function ownedPrefix(entry: string): OwnedPrefix {
  const m = /^(\S+) \[([^\]]+)\]\{(\d+),(\d+)\}$/.exec(entry)
  if (m === null) throw new Error(`owns: ${entry} is not 'PREFIX [class]{min,max}'`)
  return { prefix: m[1], alphabet: new RegExp(`[${m[2]}]`), min: Number(m[3]), max: Number(m[4]) }
}

/**
 * Whether rest (what follows an owned prefix) is a near miss of the provider's token: its length within
 * NEAR_LENGTH of the token's with at most NEAR_STRAYS characters outside its alphabet (a token cut short or padded,
 * a few characters of another alphabet), or its very length (within 2) in a token's characters (a made-up value of
 * random letters and digits in the token's place). `SG.mailrelay.…` or `AKIA#2024-…` under a password name is far
 * from a SendGrid or AWS key, so the name = value rules judge it as before.
 */
function nearMiss(shape: OwnedPrefix, rest: string): boolean {
  if (rest.length < shape.min - NEAR_LENGTH || rest.length > shape.max + NEAR_LENGTH) return false
  let strays = 0
  for (let i = 0; i < rest.length; i++) if (!shape.alphabet.test(rest[i])) strays++
  if (strays <= NEAR_STRAYS) return true
  return rest.length >= shape.min - 2 && rest.length <= shape.max + 2 && TOKEN_CHARACTERS.test(rest)
}
const NEAR_LENGTH = 8
const NEAR_STRAYS = 3
const TOKEN_CHARACTERS = /^[A-Za-z0-9_.-]+$/

interface Candidate {
  /** Where the whole match begins (multi-line rules report the line and column of the match). */
  matchStart?: number
  start: number
  end: number
  secret: string
}
/** Appends the candidates found in input to out (no closure per call on the hot path). */
type MatchFn = (input: string, out: Candidate[]) => void

interface CompiledRule {
  id: string
  description: string
  severity: SecretSeverity
  entropy: number
  generic: boolean
  multiline: boolean
  reportAtSecret: boolean
  placeholderCheck: boolean
  allow: ((v: string) => boolean)[]
  /** Rules with `decoded`: the base64-decoded secret must pass this test. */
  decoded?: (v: string) => boolean
  /** Rules with `decoded`: the base64 without its wrapping, so one value wrapped any way has one fingerprint. */
  canonical?: (v: string) => string
  /** Rules with `checksum`: false when the value's check digits do not match (reported at severity low). */
  checksum?: (v: string) => boolean
  /** Built-ins with `requires`: the regex runs only on text holding one of these (indexOf, case-sensitive). */
  requires?: readonly string[]
  /** Built-ins with `owns`: prefixes that make a value this provider's, with the shape of the rest (see ownerFindsToken in createScanner). */
  owns?: readonly OwnedPrefix[]
  /** A policy's custom rule: reports what its regex reads, owned prefixes aside. */
  custom?: boolean
  match: MatchFn
}

/** An accepted candidate of a single-line rule, relative to its line (the line memo's unit). */
interface MemoHit {
  ri: number
  start: number
  end: number
  secret: string
}

/** What the memo knows of a line: its single-line findings, and [rule, last position] of each multi-line rule selected. */
interface LineMemo {
  hits: MemoHit[]
  multi: number[]
}

/** The memo's values for the (most common) line where nothing was accepted, or no multi-line rule selected: shared, never written to. */
const NO_MEMO_HITS: MemoHit[] = []
const NO_MULTI: number[] = []
/** Lines longer than this are not memoized (long lines rarely repeat, and keys would cost memory). */
const MEMO_MAX_LINE = 256
/** The memo is emptied when it holds this many lines (at most MEMO_MAX_LINE characters each). */
const MEMO_MAX_LINES = 16384
/**
 * The memo pays only where lines repeat (lockfiles, generated code, config): in ordinary source most lines are
 * new, and looking each up and storing its copy was a fifth of the scan. It is judged over each MEMO_TRIAL lines
 * looked up: with fewer than MEMO_MIN_HITS found there, it rests for the next MEMO_REST lines (neither looked
 * up nor stored), then is tried again. Findings are the same either way.
 */
const MEMO_TRIAL = 2048
const MEMO_MIN_HITS = 256
const MEMO_REST = 16384

interface Hit {
  rule: CompiledRule
  /** The rule's position in the scanner's table (ties on one span go to the earlier rule). */
  ri: number
  absStart: number
  absEnd: number
  /** Line (index in the block) and its start offset where the match begins; column is 1-based. */
  lineIdx: number
  lineStart: number
  column: number
  secret: string
}

const MULTILINE_WINDOW = 32 * 1024
/**
 * A multi-line rule selected further into its line than half a window (a key escaped into a minified bundle's
 * 80 KB line, a source map's sourcesContent) is run on a window from this far before its keyword, not from the
 * line's start: a match begins at most this far before the keyword that selects it.
 */
const MULTILINE_BACK = 4096

/** Automaton state after the last nextKeywordEnd call (premultiplied offset into the table). */
let acState = 0

/**
 * The hot loop, kept apart from the closures of scanBlock so V8 holds everything in registers: run the
 * keyword automaton from `from` in `state`; return the index of the next character that ends a keyword
 * (acState is then the state there), or -1 at the end of the text.
 */
function nextKeywordEnd(
  text: string,
  ac: { readonly table: Int32Array; readonly classOf: Uint8Array; readonly shift: number; readonly outIndex: Int32Array },
  from: number,
  state: number,
  quietUntil: Float64Array
): number {
  const { table, classOf, shift, outIndex } = ac
  const n = text.length
  let s = state
  for (let i = from; i < n; i++) {
    s = table[s + classOf[text.charCodeAt(i) & 127]]
    if (s < 0) {
      s = -s
      // A keyword whose rules are all done up to a position (see quietUntil in scanBlock) is passed over.
      if (quietUntil[outIndex[s >> shift]] > i) continue
      acState = s
      return i
    }
  }
  acState = s
  return -1
}
const INLINE_ALLOW = /compliance-gate:\s*allow-secret\b/i
/** A line that is only a comment: #, //, --, ;, %, ', REM, or the start or body of a block comment. */
const COMMENT_LINE = /^\s*(?:#|\/\/|--|;|%|'|REM\b|\/\*|\*|<!--|\{-|\(\*)/i

/** Five letters of one case in a row: a word in the value. */
const WORD_RUN = /[a-z]{5}|[A-Z]{5}/

/** 32 or more hexadecimal digits of one case: a hex-encoded secret (an OAuth client secret, an HMAC key). */
const LONG_HEX = /^(?:[0-9a-f]{32,}|[0-9A-F]{32,})$/

/**
 * The entropy a candidate must reach. Generic rules' floors are set for mixed alphabets and long values; hex
 * carries at most 4 bits a character and random hex of 32-64 digits measures about 3.5-3.9, so a long hex value
 * is held to a floor of 3.3 (a name-anchored generic rule then finds a 40-hex client secret; placeholders and
 * repeated digits stay out by the placeholder check and by this floor), 32 to 39 digits to 3.1 (one random
 * 32-hex value in 60 measures under 3.3, one in 1,000 under 3.1: a Twilio auth token or an MD5-sized API key),
 * and a short value to one its length can reach.
 */
function entropyFloor(rule: CompiledRule, v: string): number {
  if (!rule.generic) return rule.entropy
  if (v.length >= 32 && LONG_HEX.test(v)) return Math.min(rule.entropy, v.length >= 40 ? 3.3 : 3.1)
  // A short value cannot reach a long one's entropy: n characters measure at most log2(n) bits, and 16 random
  // letters and digits average 3.77, a quarter of them under 3.7. Below 22 characters a token rule's floor is
  // log2(n) - 0.7 (about 1 in 200 random values under it), never under 3; not for a value holding a word (five
  // letters of one case in a row: V1SecretEnvSource, Password01), which reads as a name, and not for password
  // rules, whose floors are set for what people type.
  if (v.length < 22 && rule.entropy >= 3.5 && !WORD_RUN.test(v)) return Math.min(rule.entropy, Math.max(3, Math.log2(v.length) - 0.7))
  return rule.entropy
}

function splitFlags(src: string): { src: string; flags: string } {
  return src.startsWith('(?i)') ? { src: src.slice(4), flags: 'i' } : { src, flags: '' }
}

/**
 * Capturing groups of a JS regex source, read from the source (compiling a regex only to count its groups
 * cost ~20 ms at start-up over the table): `(` not escaped, outside a class, and not `(?:`, `(?=`, `(?!`,
 * `(?<=`, `(?<!` (a named group `(?<name>` captures).
 */
export function groupCount(src: string): number {
  let n = 0
  let inClass = false
  for (let i = 0; i < src.length; i++) {
    const c = src[i]
    if (c === '\\') i++
    else if (inClass) inClass = c !== ']'
    else if (c === '[') inClass = true
    else if (c === '(' && (src[i + 1] !== '?' || (src[i + 2] === '<' && src[i + 3] !== '=' && src[i + 3] !== '!'))) n++
  }
  return n
}

function jsMatcher(source: string, multiline: boolean, group?: number): MatchFn {
  const { src, flags } = splitFlags(source)
  const g = group ?? (groupCount(src) >= 1 ? 1 : 0)
  // Without an explicit secret-group, a regex of alternatives reports the first group that took part.
  const firstDefined = group === undefined && groupCount(src) > 1
  if (multiline) {
    // Anchored to the window start: the match must begin on the keyword's line (a rule written `^…` begins at the
    // line's start, and is tried there alone). Group 1 wraps the rule's regex, so the rule's own groups shift by one.
    const re = new RegExp(src.startsWith('^') ? `^(${src.slice(1)})` : `^[^\\n]*?(${src})`, `d${flags}`)
    return (input, out) => {
      const m = re.exec(input)
      if (m === null) return
      let gg = g + 1
      if (firstDefined) while (gg < m.length && m[gg] === undefined) gg++
      const idx = m.indices?.[gg]
      const whole = m.indices?.[1]
      const s = m[gg]
      if (idx && whole && s) out.push({ matchStart: whole[0], start: idx[0], end: idx[1], secret: s })
    }
  }
  const re = new RegExp(src, `gd${flags}`)
  // Most runs find nothing: a test without match indices first allocates nothing and runs faster.
  const probe = new RegExp(src, flags)
  return (input, out) => {
    if (!probe.test(input)) return
    re.lastIndex = 0
    let m: RegExpExecArray | null
    while ((m = re.exec(input)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex++
        continue
      }
      let gi = g
      if (firstDefined && m[gi] === undefined) {
        gi = 2
        while (gi < m.length && m[gi] === undefined) gi++
      }
      const idx = m.indices?.[gi]
      const s = m[gi]
      if (idx && s) out.push({ start: idx[0], end: idx[1], secret: s })
    }
  }
}

/** re2js, loaded by loadCustomRuleEngine only when a policy has custom rules (its module costs ~15 ms at start-up). */
let re2: Pick<typeof import('re2js'), 'RE2JS'> | undefined

/**
 * Load the RE2 engine custom rules run on. Whoever builds a scanner with custom rules awaits it first (the
 * secrets collectors do); without it each custom rule is reported as one that does not compile, so the
 * control is not verified rather than passed.
 */
export async function loadCustomRuleEngine(): Promise<void> {
  re2 ??= await import('re2js')
}

function re2Matcher(source: string, group?: number): MatchFn {
  if (!re2) throw new Error('the RE2 engine for custom rules was not loaded (loadCustomRuleEngine)')
  const p = re2.RE2JS.compile(source)
  const probe = p.matcher('')
  const g = group ?? (probe.groupCount() >= 1 ? 1 : 0)
  if (g > probe.groupCount()) throw new Error(`secret-group ${g} but the regex has ${probe.groupCount()} groups`)
  return (input, out) => {
    const m = p.matcher(input)
    while (m.find()) {
      const s = m.group(g)
      if (s) out.push({ start: m.start(g), end: m.end(g), secret: s })
    }
  }
}

function compileBuiltin(def: SecretRuleDef): CompiledRule {
  return {
    id: def.id,
    description: def.description,
    severity: def.severity ?? 'high',
    entropy: def.entropy ?? 0,
    generic: def.generic === true,
    multiline: def.multiline === true,
    reportAtSecret: def['report-at'] === 'secret',
    placeholderCheck: def['no-placeholder-check'] !== true,
    allow: (def.allow ?? []).map(a => {
      const { src, flags } = splitFlags(a)
      const re = new RegExp(src, flags)
      return (v: string) => re.test(v)
    }),
    match: jsMatcher(def.regex, def.multiline === true, def['secret-group']),
    ...(def.requires !== undefined && { requires: def.requires }),
    ...(def.owns !== undefined && { owns: def.owns.map(ownedPrefix) }),
    ...(def.decoded !== undefined && { decoded: decodedTest(def.decoded), canonical: unwrapBase64 }),
    ...(def.checksum === 'github-crc32' && { checksum: githubChecksumOk })
  }
}

/** Base64 with its line wrapping (whitespace, `\n` escapes of a JSON string) dropped. */
function unwrapBase64(v: string): string {
  return v.replace(/\\+[rn]|\s/g, '')
}

/**
 * Base64 decoded is read only this far (6 KB decoded): a PEM header with its Proc-Type/DEK-Info lines and the
 * body's start, or a whole GCP key file (about 2.3 KB with a 2048-bit key, 4 KB with a 4096-bit one) in any key order.
 */
const DECODED_PREFIX = 8192
let lastEncoded = ''
let lastDecoded = ''

/** The start of the secret's base64 (unwrapped) decoded as Latin-1; the last one is kept (rules sharing a keyword see the same value). */
function decodedStart(v: string): string {
  if (v !== lastEncoded) {
    lastEncoded = v
    lastDecoded = Buffer.from(unwrapBase64(v.slice(0, 2 * DECODED_PREFIX)).slice(0, DECODED_PREFIX), 'base64').toString('latin1')
  }
  return lastDecoded
}

/** The test of a rule's `decoded` regex (anchored at the start of the decoded text, see DECODED_PREFIX). */
function decodedTest(source: string): (v: string) => boolean {
  const { src, flags } = splitFlags(source)
  const re = new RegExp(src, flags)
  return v => re.test(decodedStart(v))
}

function compileCustom(def: CustomRuleParam): CompiledRule {
  return {
    id: def.id,
    description: def.description ?? `Custom rule ${def.id}`,
    severity: def.severity ?? 'high',
    entropy: def.entropy ?? 0,
    generic: false,
    multiline: false,
    reportAtSecret: false,
    placeholderCheck: true,
    allow: [],
    custom: true,
    match: re2Matcher(def.regex, def['secret-group'])
  }
}

/** Whether text holds one of the rule's required strings (or the rule has none). */
function holdsRequired(rule: CompiledRule, text: string): boolean {
  const req = rule.requires
  if (req === undefined) return true
  for (let k = 0; k < req.length; k++) if (text.includes(req[k])) return true
  return false
}

/**
 * Compiled once per process (issue 20): each built-in rule's regexes, and the keyword automaton of a keyword
 * list (~100 ms to build for the full table). Both are stateless between scans, so scanners share them.
 */
const compiledBuiltins = new WeakMap<SecretRuleDef, CompiledRule>()
const automata = new Map<string, KeywordAutomaton>()

/** The built-in rule table (a copy). */
export function loadBuiltinRules(): SecretRuleDef[] {
  return RULES.map(r => ({ ...r }))
}

export function createScanner(options: ScannerOptions = {}): Scanner {
  const repo = options.repo ?? ''
  const disabled = new Set(options.disabledRules ?? [])
  const defs = (options.rules ?? RULES).filter(r => !disabled.has(r.id))
  const compiled: CompiledRule[] = []
  const keywordsOf: string[][] = []
  /** Rules bound to file names: index into compiled, and the path regex. */
  const pathRules: { ri: number; path: RegExp }[] = []
  for (const d of defs) {
    if (d.paths !== undefined) pathRules.push({ ri: compiled.length, path: new RegExp(d.paths) })
    let c = compiledBuiltins.get(d)
    if (c === undefined) compiledBuiltins.set(d, (c = compileBuiltin(d)))
    compiled.push(c)
    keywordsOf.push(d.paths !== undefined ? [] : d.keywords)
  }
  const pathRuleSet = new Set(pathRules.map(p => p.ri))
  /** Rules before this index are built in; custom rules follow. */
  const builtinCount = compiled.length
  const anyPathRule = unionOf(pathRules.map(p => p.path))
  const customRuleIds: string[] = []
  const customRuleErrors: { id: string; error: string }[] = []
  const ids = new Set(compiled.map(r => r.id))
  for (const c of options.customRules ?? []) {
    const id = String(c?.id ?? '')
    if (!id) {
      customRuleErrors.push({ id: '(no id)', error: 'custom rule without an id' })
      continue
    }
    if (disabled.has(id)) continue
    if (ids.has(id)) {
      customRuleErrors.push({ id, error: 'id already used by another rule' })
      continue
    }
    try {
      if (typeof c.regex !== 'string' || c.regex === '') throw new Error('regex missing')
      compiled.push(compileCustom(c))
      keywordsOf.push((c.keywords ?? []).map(k => k.toLowerCase()).filter(k => k.length > 0))
      customRuleIds.push(id)
      ids.add(id)
    } catch (e) {
      customRuleErrors.push({ id, error: e instanceof Error ? e.message : String(e) })
    }
  }

  /** Ids of the generic rules: a finding by one gives way to a provider rule's at the same place in a second view. */
  const genericRuleIds = new Set(compiled.filter(r => r.generic).map(r => r.id))
  /** Per built-in rule reading an encoded value: the rules reading it decoded (its `encodes`). */
  const encodedBy = new Map<string, ReadonlySet<string>>()
  for (const d of defs) if (d.encodes !== undefined) encodedBy.set(d.id, new Set(d.encodes))

  // Keyword table: keyword → rules; rules without keywords run on every line.
  const kwIndex = new Map<string, number>()
  const kwRules: number[][] = []
  const alwaysRules: number[] = []
  const asciiKw: string[] = []
  keywordsOf.forEach((kws, ri) => {
    if (pathRuleSet.has(ri)) return
    const usable = kws.filter(k => /^[\x00-\x7f]+$/.test(k))
    if (usable.length === 0 || usable.length !== kws.length) {
      alwaysRules.push(ri)
      return
    }
    for (const k of usable) {
      let id = kwIndex.get(k)
      if (id === undefined) {
        id = asciiKw.length
        asciiKw.push(k)
        kwIndex.set(k, id)
        kwRules.push([])
      }
      const list = kwRules[id]
      if (!list.includes(ri)) list.push(ri)
    }
  })
  const acKey = asciiKw.join('\u0000')
  const ac = automata.get(acKey) ?? new KeywordAutomaton(asciiKw)
  if (!automata.has(acKey)) {
    if (automata.size >= 8) automata.clear()
    automata.set(acKey, ac)
  }
  // Per output set of the automaton: the union of rule indexes.
  const outRules: number[][] = ac.outputs.map(kwIds => {
    const s = new Set<number>()
    for (const k of kwIds) for (const r of kwRules[k]) s.add(r)
    return [...s]
  })
  /**
   * Per output set (1-based, as outIndex gives it): 1 when it selects only specific single-line rules (a token's
   * prefix: `pat`, `==`, `://`). The memo is looked up at a line's first keyword that is not one of these, and a line
   * with none is neither looked up nor stored: its rules are a few quick regexes, cheaper than hashing and copying
   * the line (two lines in three with a keyword, in ordinary source). Where lines repeat (half of a trial's found:
   * generated code, a lockfile) every line is looked up at its first keyword.
   */
  const cheapOut = new Uint8Array(outRules.length + 1)
  outRules.forEach((rs, o) => {
    if (rs.every(ri => !compiled[ri].generic && !compiled[ri].multiline)) cheapOut[o + 1] = 1
  })
  const scannedUpTo = new Float64Array(compiled.length)
  /** The single-line rules selected on the current line, in the order their keywords occur, and a mark per rule. */
  const pending = new Int32Array(compiled.length)
  const pendingMark = new Uint8Array(compiled.length)
  /** Line text → what the keyword-selected single-line rules accepted on it (see runPending in scanBlock). */
  const lineMemo = new Map<string, LineMemo>()
  const memoMaxLine = options.lineMemo === false ? -1 : MEMO_MAX_LINE
  /** The memo's trial (lines looked up, and found, since it began) and rest (lines left before the next). */
  let memoTried = 0
  let memoFound = 0
  let memoRest = 0
  /** Half the last trial's lines were found: lines repeat (generated code, a lockfile), so token-rule lines are looked up too. */
  let memoHot = false
  /** The multi-line rules selected on the current line, and the last position (in the line) each was selected at, or -1. */
  const multiRules = new Int32Array(compiled.length)
  const multiLast = new Int32Array(compiled.length).fill(-1)
  /** Per output set of the automaton (1-based, as outIndex gives it): hits before this position are passed over. */
  const quietUntil = new Float64Array(ac.outputs.length + 1)

  const rulesDigest = createHash('sha256')
    .update(
      JSON.stringify({
        builtin: options.rules ? createHash('sha256').update(JSON.stringify(options.rules)).digest('hex') : RULES_DIGEST,
        custom: options.customRules ?? [],
        disabled: [...disabled].sort()
      })
    )
    .digest('hex')

  /**
   * Owned prefixes (rules' `owns`), longest first, with their rule; and the first characters among them. A value a
   * rule reads that starts with one and is a near miss of that provider's token (`GITHUB_TOKEN=ghp_…` one
   * character short, `Authorization: Bearer glpat-…` with a few characters of another alphabet) is judged by the
   * provider's format: reported by its rule when that rule finds the token, else by none. Such a value is an
   * example's look-alike, not a credential of an unknown format; the provider's rule still reports a whole token
   * wherever it stands, and a value far from the token's shape (a password that happens to begin `ASIA`) is judged
   * by the rule reading it.
   */
  const owners: { shape: OwnedPrefix; rule: CompiledRule }[] = []
  for (let ri = 0; ri < builtinCount; ri++) for (const shape of compiled[ri].owns ?? []) owners.push({ shape, rule: compiled[ri] })
  owners.sort((a, b) => b.shape.prefix.length - a.shape.prefix.length)
  const ownedFirst = new Set(owners.map(o => o.shape.prefix.charCodeAt(0)))
  const ownerFound: Candidate[] = []

  /** False when v is a near miss of a token another built-in rule owns by its prefix and that rule's regex finds no token in v. */
  function ownerFindsToken(rule: CompiledRule, v: string): boolean {
    if (rule.custom === true || !ownedFirst.has(v.charCodeAt(0))) return true
    for (const o of owners) {
      if (!v.startsWith(o.shape.prefix)) continue
      if (o.rule === rule || !nearMiss(o.shape, v.slice(o.shape.prefix.length))) return true
      ownerFound.length = 0
      if (holdsRequired(o.rule, v)) o.rule.match(v, ownerFound)
      return ownerFound.length !== 0
    }
    return true
  }

  function accept(rule: CompiledRule, v: string): boolean {
    // The decoded test first: it is the most selective (a base64 certificate fails it at once).
    if (rule.decoded && !rule.decoded(v)) return false
    if (!ownerFindsToken(rule, v)) return false
    if (rule.entropy > 0 && shannonEntropy(v) < entropyFloor(rule, v)) return false
    if (rule.placeholderCheck && isPlaceholder(v)) return false
    for (const a of rule.allow) if (a(v)) return false
    if (rule.generic && (isBase64OfText(v) || isPublicByDesign(v) || isStoredHash(v) || isTimestamp(v))) return false
    return true
  }

  /**
   * digests: spans (sorted) no generic rule may report from (a lockfile's hashes); a specific rule's
   * match is reported wherever it is.
   */
  function scanBlock(
    text: string,
    lineNumber: (idx: number) => number,
    everyHit?: Hit[],
    fileRules: number[] = [],
    digests?: readonly [number, number][],
    blockLines?: number[]
  ): RawMatch[] {
    let hits: Hit[] = []
    const n = text.length
    scannedUpTo.fill(-1)
    quietUntil.fill(-1)
    const { outIndex } = ac

    const found: Candidate[] = []
    // The current line's text, cut once for all the rules its keywords select.
    let sliceStart = -1
    let slice = ''

    /**
     * Run rule ri on the line [lineStart, lineEnd) (multi-line rules: on a window from lineStart, or from a little
     * before `at`, where its keyword was, when that is far into the line).
     */
    const runLine = (ri: number, lineStart: number, lineEnd: number, lineIdx: number, at = lineStart) => {
      const rule = compiled[ri]
      // Setting length is a runtime call: only when the last run found something.
      if (found.length !== 0) found.length = 0
      if (rule.multiline) {
        const from = at - lineStart > MULTILINE_WINDOW / 2 ? at - MULTILINE_BACK : lineStart
        const window = text.slice(from, Math.min(n, from + MULTILINE_WINDOW))
        if (holdsRequired(rule, window)) rule.match(window, found)
        // A window ending before its line does: the rule runs again at its next keyword past the window's middle (a
        // key later in a minified line, after an earlier "private key" in a message).
        let upTo = from + MULTILINE_WINDOW >= lineEnd ? lineEnd + 1 : from + MULTILINE_WINDOW / 2
        for (const c of found) {
          if (!accept(rule, c.secret)) continue
          // The match begins on this line (anchored): report there, or where the secret begins (report-at: secret).
          if (rule.reportAtSecret) {
            let li = lineIdx
            let ls = lineStart
            for (let p = text.indexOf('\n', lineStart); p >= 0 && p < from + c.start; p = text.indexOf('\n', p + 1)) {
              li++
              ls = p + 1
            }
            hits.push({
              rule,
              ri,
              absStart: from + c.start,
              absEnd: from + c.end,
              lineIdx: li,
              lineStart: ls,
              column: from + c.start - ls + 1,
              secret: c.secret
            })
          } else {
            hits.push({
              rule,
              ri,
              absStart: from + c.start,
              absEnd: from + c.end,
              lineIdx,
              lineStart,
              column: from - lineStart + (c.matchStart ?? c.start) + 1,
              secret: c.secret
            })
          }
          upTo = Math.max(upTo, from + c.end)
        }
        scannedUpTo[ri] = upTo
        return
      }
      if (lineStart !== sliceStart) {
        sliceStart = lineStart
        slice = text.slice(lineStart, lineEnd)
      }
      if (holdsRequired(rule, slice)) rule.match(slice, found)
      for (const c of found) {
        if (!accept(rule, c.secret)) continue
        hits.push({ rule, ri, absStart: lineStart + c.start, absEnd: lineStart + c.end, lineIdx, lineStart, column: c.start + 1, secret: c.secret })
      }
      scannedUpTo[ri] = lineEnd + 1
    }

    /**
     * Per line with a keyword: the single-line rules its keywords selected (run once, at the line's end, by
     * finishLine) and the multi-line rules they selected (run at once, on a window from the line) with the
     * last position on the line where each was selected. Both depend only on the line's text (the automaton
     * starts each line afresh: no keyword holds a '\n'), so a line seen before (a repeated line of code,
     * config or a lockfile) is judged from lineMemo at its first keyword selecting more than token rules and the
     * rest of it is skipped.
     */
    let pendingCount = 0
    let multiCount = 0
    /**
     * The current line's text, cut at its first keyword; whether the memo may judge it (short enough, memo not
     * resting); and whether it was looked up there (at its first keyword selecting more than token rules: see
     * cheapOut), so is stored there at its end.
     */
    let line = ''
    let memoable = false
    let memoChecked = false

    const finishLine = (lineStart: number, lineIdx: number) => {
      let memoHits: MemoHit[] = NO_MEMO_HITS
      for (let k = 0; k < pendingCount; k++) {
        const ri = pending[k]
        pendingMark[ri] = 0
        const rule = compiled[ri]
        if (found.length !== 0) found.length = 0
        if (holdsRequired(rule, line)) rule.match(line, found)
        for (const c of found) {
          if (!accept(rule, c.secret)) continue
          if (memoHits === NO_MEMO_HITS) memoHits = []
          memoHits.push({ ri, start: c.start, end: c.end, secret: c.secret })
        }
      }
      pendingCount = 0
      let multi: number[] = NO_MULTI
      if (multiCount !== 0) {
        if (memoChecked) multi = []
        for (let k = 0; k < multiCount; k++) {
          const ri = multiRules[k]
          if (memoChecked) multi.push(ri, multiLast[ri])
          multiLast[ri] = -1
        }
        multiCount = 0
      }
      if (memoChecked) {
        // The key is the line's own copy: a slice would keep the whole text it was cut from alive (and every
        // text with a new line in the memo would outlive its scan, to be copied by each garbage collection).
        if (lineMemo.size >= MEMO_MAX_LINES) lineMemo.clear()
        lineMemo.set(ownString(line), { hits: memoHits, multi })
      }
      pushMemoHits(memoHits, lineStart, lineIdx)
    }

    const pushMemoHits = (memoHits: MemoHit[], lineStart: number, lineIdx: number) => {
      for (const h of memoHits) {
        hits.push({
          rule: compiled[h.ri],
          ri: h.ri,
          absStart: lineStart + h.start,
          absEnd: lineStart + h.end,
          lineIdx,
          lineStart,
          column: h.start + 1,
          secret: h.secret
        })
      }
    }

    // Two table lookups per character (nextKeywordEnd); line positions are worked out only on a hit.
    let lineIdx = 0
    let lineStart = 0
    let lineEnd = text.indexOf('\n')
    if (lineEnd < 0) lineEnd = n
    /** Whether the current line was cut and looked up in the memo (at its first keyword). */
    let lineOpen = false
    let i = nextKeywordEnd(text, ac, 0, 0, quietUntil)
    while (i >= 0) {
      // Advance the line to the one holding i (keywords never contain '\n', so i is not a newline).
      if (lineEnd < i) {
        if (lineOpen) finishLine(lineStart, lineIdx)
        lineOpen = false
        do {
          lineIdx++
          lineStart = lineEnd + 1
          lineEnd = text.indexOf('\n', lineStart)
          if (lineEnd < 0) lineEnd = n
        } while (lineEnd < i)
      }
      if (!lineOpen) {
        line = text.slice(lineStart, lineEnd)
        memoable = line.length <= memoMaxLine
        if (memoable && memoRest > 0) {
          memoRest--
          memoable = false
        }
        memoChecked = false
        lineOpen = true
      }
      const out = outIndex[acState >> ac.shift]
      if (memoable && !memoChecked && (memoHot || cheapOut[out] === 0)) {
        // The line's first keyword selecting more than token rules: the memo is looked up now.
        memoChecked = true
        const memo = lineMemo.get(line)
        if (memo !== undefined) memoFound++
        if (++memoTried === MEMO_TRIAL) {
          if (memoFound < MEMO_MIN_HITS) memoRest = MEMO_REST
          memoHot = memoFound >= MEMO_TRIAL / 2
          memoTried = 0
          memoFound = 0
        }
        if (memo !== undefined) {
          // Seen before: its single-line findings as they were (the token rules selected so far included); each
          // multi-line rule runs (on this line's window) as it would have at the line's last keyword selecting it.
          for (let k = 0; k < pendingCount; k++) pendingMark[pending[k]] = 0
          pendingCount = 0
          lineOpen = false
          pushMemoHits(memo.hits, lineStart, lineIdx)
          const multi = memo.multi
          for (let k = 0; k < multi.length; k += 2) {
            if (lineStart + multi[k + 1] >= scannedUpTo[multi[k]]) runLine(multi[k], lineStart, lineEnd, lineIdx, lineStart + multi[k + 1])
          }
          if (lineEnd >= n) break
          i = nextKeywordEnd(text, ac, lineEnd + 1, 0, quietUntil)
          continue
        }
      }
      const rs = outRules[out - 1]
      let done = true
      for (let k = 0; k < rs.length; k++) {
        const ri = rs[k]
        if (compiled[ri].multiline) {
          if (multiLast[ri] < 0) multiRules[multiCount++] = ri
          multiLast[ri] = i - lineStart
          if (i >= scannedUpTo[ri]) runLine(ri, lineStart, lineEnd, lineIdx, i)
          if (scannedUpTo[ri] <= lineEnd) done = false
        } else if (pendingMark[ri] === 0) {
          pendingMark[ri] = 1
          pending[pendingCount++] = ri
        }
      }
      // On a line the memo does not store (whose multi-line entries need each rule's last keyword), a keyword
      // whose rules have all been selected or run past the line's end is passed over for the rest of it: a
      // 1 MB line of `AAAA…` hit Twitter's 21-A keyword at every character. Token rules' keywords select no
      // multi-line rule, so they are passed over on any line.
      if (done && (!memoChecked || cheapOut[out] === 1)) quietUntil[out] = lineEnd
      i = nextKeywordEnd(text, ac, i + 1, acState, quietUntil)
    }
    if (lineOpen) finishLine(lineStart, lineIdx)
    const lineRules = fileRules.length > 0 ? [...alwaysRules, ...fileRules] : alwaysRules
    if (lineRules.length > 0) {
      let ls = 0
      let li = 0
      while (ls <= n) {
        let le = text.indexOf('\n', ls)
        if (le < 0) le = n
        for (const ri of lineRules) if (ls >= scannedUpTo[ri]) runLine(ri, ls, le, li)
        ls = le + 1
        li++
      }
    }
    if (digests !== undefined && digests.length > 0) hits = hits.filter(h => !(h.rule.generic && overlapsDigest(digests, h.absStart, h.absEnd)))
    if (hits.length === 0) return []

    // A specific rule's match inside a block's value (a run of a private key's base64 body that reads like a token,
    // `EAAA…` or `AKIA…`) is part of that value, not a finding of its own: it goes, and the key stays (it went, the
    // other way round, for one OpenSSH ECDSA key in 80). Blocks are the generic multi-line rules reported where the
    // match begins (the BEGIN line of a key); a value read under a name (report-at: secret) is not one.
    const blocks = hits.filter(h => h.rule.generic && h.rule.multiline && !h.rule.reportAtSecret)
    if (blocks.length > 0)
      hits = hits.filter(
        h => h.rule.generic || !blocks.some(b => b.absStart <= h.absStart && h.absEnd <= b.absEnd && (b.absStart < h.absStart || h.absEnd < b.absEnd))
      )
    // Drop generic hits overlapping a specific one, and exact duplicates.
    hits.sort((a, b) => a.absStart - b.absStart || Number(a.rule.generic) - Number(b.rule.generic) || a.ri - b.ri)
    // Both overlap tests sweep in start order (a file of 30,000 password lines was 30,000 squared comparisons): the
    // specific hits starting before a hit ends overlap it when the furthest of their ends passes its start, and a
    // kept generic hit (which starts at or before this one) when its end does. No hit is empty: the matchers drop
    // an empty secret.
    const specific = hits.filter(h => !h.rule.generic)
    const specificEnds = new Float64Array(specific.length)
    specific.forEach((o, k) => (specificEnds[k] = Math.max(o.absEnd, k > 0 ? specificEnds[k - 1] : -1)))
    const overlapsSpecific = (h: Hit): boolean => {
      let lo = 0
      let hi = specific.length
      while (lo < hi) {
        const mid = (lo + hi) >> 1
        if (specific[mid].absStart < h.absEnd) lo = mid + 1
        else hi = mid
      }
      return lo > 0 && specificEnds[lo - 1] > h.absStart
    }
    let keptGenericEnd = -1
    const kept: Hit[] = []
    /** Where the kept hits starting at the current hit's position begin (a rule reports one match per position). */
    let samePositionFrom = 0
    for (const h of hits) {
      // A generic hit goes when a specific one overlaps it, or a generic one already kept: two generic rules on
      // one value (the same span, a quoted and an unquoted reading, a .env and a config reading) report it once,
      // by the first in table order.
      if (h.rule.generic && (keptGenericEnd > h.absStart || overlapsSpecific(h))) continue
      if (samePositionFrom < kept.length && kept[samePositionFrom].absStart !== h.absStart) samePositionFrom = kept.length
      // One finding per position: a rule's second match there goes, and of two built-in specific rules reading the
      // same value (the same span: a provider's token that a context rule also reads, a ghp_ token as a .netrc or URL
      // password) the rule of higher severity reports it (the provider's: a made-up token failing its checksum is still
      // reported by it, at low), else the one listed first.
      // A longer value from the same start (a URL password that begins with a token) is another finding; a custom
      // rule's finding is always kept.
      let again = false
      for (let k = samePositionFrom; k < kept.length && !again; k++) {
        const o = kept[k]
        if (o.ri === h.ri) again = true
        else if (o.absEnd === h.absEnd && !o.rule.generic && !h.rule.generic && o.ri < builtinCount && h.ri < builtinCount) {
          again = true
          if (SEVERITY_RANK[h.rule.severity] > SEVERITY_RANK[o.rule.severity]) kept[k] = h
        }
      }
      if (again) continue
      kept.push(h)
      if (h.rule.generic) keptGenericEnd = Math.max(keptGenericEnd, h.absEnd)
    }
    // Redaction takes every accepted span, also a generic one a specific one overlaps: reporting keeps one
    // finding, but a password written against a key (`pw: S3cr3t!,sk_live_…`) must go with it.
    if (everyHit) everyHit.push(...hits)
    // One value found again and again (a generated file, a fixture of thousands of rows) is fingerprinted and
    // previewed once per rule (a line the memo judged hands over the same string each time: its hash is computed once too).
    const redacted = new Map<CompiledRule, Map<string, { fingerprint: string; preview: string }>>()
    const redactedOf = (h: Hit): { fingerprint: string; preview: string } => {
      let ofRule = redacted.get(h.rule)
      if (ofRule === undefined) redacted.set(h.rule, (ofRule = new Map<string, { fingerprint: string; preview: string }>()))
      let r = ofRule.get(h.secret)
      if (r === undefined) {
        r = {
          fingerprint: fingerprint(repo, h.rule.id, h.rule.canonical ? h.rule.canonical(h.secret) : shownValue(h.secret)),
          preview: redactPreview(h.secret)
        }
        ofRule.set(h.secret, r)
      }
      return r
    }
    if (blockLines) for (const h of kept) blockLines.push(h.lineIdx)
    return kept.map(h => {
      // A value failing its format's checksum was not issued by the vendor (an example, a made-up value): still
      // reported, in its exact shape, but at severity low with the reason.
      const badChecksum = h.rule.checksum !== undefined && !h.rule.checksum(h.secret)
      const shown = redactedOf(h)
      const out: RawMatch = {
        rule: h.rule.id,
        description: badChecksum ? `${h.rule.description} (checksum does not match: likely an example or made-up value)` : h.rule.description,
        severity: badChecksum ? 'low' : h.rule.severity,
        line: lineNumber(h.lineIdx),
        column: h.column,
        preview: shown.preview,
        fingerprint: shown.fingerprint
      }
      if (options.allowInlineComments === true && inlineAllowed(text, h)) out.inline_allowed = true
      return out
    })
  }

  /** The marker on the reported line or on the line before it. */
  function inlineAllowed(text: string, h: Hit): boolean {
    const ls = h.lineStart
    let le = text.indexOf('\n', ls)
    if (le < 0) le = text.length
    if (INLINE_ALLOW.test(text.slice(ls, le))) return true
    // The line above counts only when it is a comment of its own (`# compliance-gate:allow-secret` before a
    // multi-line value); a trailing marker after one line's value does not allow the next line's too.
    if (ls > 0) {
      const pls = text.lastIndexOf('\n', ls - 2) + 1
      const above = text.slice(pls, ls - 1)
      if (INLINE_ALLOW.test(above) && COMMENT_LINE.test(above)) return true
    }
    return false
  }

  return {
    ruleCount: compiled.length,
    ruleIds: compiled.map(r => r.id),
    customRuleIds,
    customRuleErrors,
    rulesVersion: options.rules ? `custom.${rulesDigest.slice(0, 12)}` : RULES_VERSION,
    rulesDigest,
    scanFile(file: AddedFile): RawMatch[] {
      if (file.lineNumbers.length === 0) return []
      const nums = file.lineNumbers
      const fileRules =
        pathRules.length === 0 || (anyPathRule !== undefined && !anyPathRule.test(file.path))
          ? []
          : pathRules.filter(p => p.path.test(file.path)).map(p => p.ri)
      const blockLines: number[] = []
      const found = scanBlock(file.text, i => nums[i], undefined, fileRules, file.lockfile === true ? lockfileDigests(file.text) : undefined, blockLines)
      if (found.length < 2) return found
      return oneFindingPerValue(found, blockLines, viewStart(nums), genericRuleIds, encodedBy)
    },
    scanText(text: string, firstLine = 1): RawMatch[] {
      return scanBlock(text, i => firstLine + i)
    },
    redactText(text: string): { text: string; redacted: number } {
      const hits: Hit[] = []
      scanBlock(text, i => i + 1, hits)
      if (hits.length === 0) return { text, redacted: 0 }
      // Each hit's span runs on to the next space (in free text a value a rule cut short, `pw=abc#def` or a URL's
      // next `&pass=` parameter, goes with the secret it touches), and overlapping or nested spans are merged:
      // each run of text any hit covers goes whole, labelled by the hit it starts with (the widest there).
      const spans: { start: number; end: number; hit: Hit }[] = []
      for (const h of [...hits].sort((a, b) => a.absStart - b.absStart || b.absEnd - a.absEnd)) {
        const end = toSpace(text, h.absEnd)
        const last = spans[spans.length - 1]
        if (last !== undefined && h.absStart < last.end) last.end = Math.max(last.end, end)
        else spans.push({ start: h.absStart, end, hit: h })
      }
      let out = text
      for (let k = spans.length - 1; k >= 0; k--) {
        const { start, end, hit } = spans[k]
        out = out.slice(0, start) + `${redactPreview(hit.secret)}[redacted ${hit.rule.id}]` + out.slice(end)
      }
      return { text: out, redacted: spans.length }
    }
  }
}

/**
 * Where a file's second views begin in its scanned text (decoded wide text, unhidden lines): their lines are numbered
 * by the lines they were read from, so the numbers stop rising there (the file's own lines only rise). n when none.
 */
function viewStart(nums: ArrayLike<number>): number {
  for (let i = 1; i < nums.length; i++) if (nums[i] <= nums[i - 1]) return i
  return nums.length
}

/**
 * A file's findings, each value once. A rule finding the same value twice on one line (in one view or two) reports it
 * once. A finding of a second view (decoded, unhidden) at the line and column of one of the file's own lines is the
 * same value read again (a Kubernetes Secret's base64 value and its decoded text): one finding, a specific rule's
 * rather than a generic one's, else the first. Findings of second views at one line and column are different lines
 * of one decoded value (a .git-credentials file in a Secret): each is kept. A rule that reads an encoded value (its
 * `encodes`: a base64 PEM's private-key-base64) and the rule it names, in the line's decoded view, are one finding,
 * the encoded reading's. Nothing else merges: a line may hold two values, one hidden (escaped) and one not.
 */
function oneFindingPerValue(
  found: RawMatch[],
  blockLines: readonly number[],
  firstViewLine: number,
  genericRuleIds: ReadonlySet<string>,
  encodedBy: ReadonlyMap<string, ReadonlySet<string>>
): RawMatch[] {
  const out: RawMatch[] = []
  /** Line, rule and fingerprint of each value reported. */
  const seen = new Set<string>()
  // The file's own findings come first (its second views follow its text): each may pair with one reading in a view.
  /** Per line and column: the index in out of the file's own finding there, not yet paired. */
  const own = new Map<string, number>()
  /** Per line: the indexes in out of the file's own findings by a rule reading an encoded value, not yet paired. */
  const encodedOnLine = new Map<number, number[]>()
  for (let k = 0; k < found.length; k++) {
    const m = found[k]
    const valueKey = `${m.line}\u0000${m.rule}\u0000${m.fingerprint}`
    if (seen.has(valueKey)) continue
    seen.add(valueKey)
    const at = `${m.line}\u0000${m.column}`
    if (blockLines[k] < firstViewLine) {
      if (!own.has(at)) own.set(at, out.length)
      if (encodedBy.has(m.rule)) encodedOnLine.set(m.line, [...(encodedOnLine.get(m.line) ?? []), out.length])
      out.push(m)
      continue
    }
    // The decoded reading of a value a rule read encoded on the file's line (a base64 PEM's private key): one finding.
    const encoded = encodedOnLine.get(m.line)
    const e = encoded?.findIndex(j => encodedBy.get(out[j].rule)?.has(m.rule) === true) ?? -1
    if (encoded !== undefined && e >= 0) {
      encoded.splice(e, 1)
      continue
    }
    // The same value read again at the same place (one rule, or a generic one), a specific rule's reading kept; paired
    // once (the next decoded line at that column is another value).
    const other = own.get(at)
    if (other !== undefined && (out[other].rule === m.rule || genericRuleIds.has(out[other].rule) || genericRuleIds.has(m.rule))) {
      if (genericRuleIds.has(out[other].rule) && !genericRuleIds.has(m.rule)) out[other] = m
      own.delete(at)
      continue
    }
    out.push(m)
  }
  return out
}

/**
 * One regex matching where any of the given ones does (a path most rules' paths do not name is then tested once, not
 * once per rule), or undefined when they cannot be joined: flags, or groups referred to by number or name.
 */
export function unionOf(regexes: readonly RegExp[]): RegExp | undefined {
  if (regexes.length < 2 || regexes.some(r => r.flags !== '' || /\\[1-9]|\\k<|\(\?<[A-Za-z_$]/.test(r.source))) return undefined
  try {
    return new RegExp(regexes.map(r => `(?:${r.source})`).join('|'))
  } catch {
    return undefined
  }
}

/** The index of the first whitespace character at or after from (text.length when none). */
function toSpace(text: string, from: number): number {
  const space = /\s/g
  space.lastIndex = from
  return space.exec(text)?.index ?? text.length
}

const scannerCache = new Map<string, Scanner>()

/**
 * Free text kept as evidence (PR title and body, commit messages) with every secret found replaced. unlabeledTokens:
 * also a random token with no label (see redactProseCredentials), for text people write.
 */
export function redactSecrets(text: string, repo: string, options: ProseOptions = {}): { text: string; redacted: number } {
  if (!text) return { text, redacted: 0 }
  const key = JSON.stringify({ repo })
  let scanner = scannerCache.get(key)
  if (!scanner) {
    if (scannerCache.size > 16) scannerCache.clear()
    scanner = createScanner({ repo })
    scannerCache.set(key, scanner)
  }
  const scanned = scanner.redactText(text)
  const prose = redactProseCredentials(scanned.text, options)
  const once = { text: prose.text, redacted: scanned.redacted + prose.redacted }
  // A secret written so a regex does not see it (a zero-width character inside, `%67hp_…`) is read as it shows: when
  // that shows one more, the text is kept as it shows, with it redacted.
  const shown = shownValue(once.text)
  if (shown === once.text) return once
  const again = scanner.redactText(shown)
  const againProse = redactProseCredentials(again.text, options)
  if (again.redacted + againProse.redacted === 0) return once
  return { text: againProse.text, redacted: once.redacted + again.redacted + againProse.redacted }
}
