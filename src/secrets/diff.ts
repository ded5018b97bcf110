/**
 * Added lines of a change, head side: parsed from `git diff --text base...head` (run by
 * src/collect/git/diff.ts) or from the `patch` fields of GitHub's pull-request files API. Pure: no I/O.
 *
 * Nothing added goes unscanned in silence (issue 19): git runs with `--text`, no textconv, no external
 * diff and no attributes from the pull request's tree, so a NUL byte or a `.gitattributes` the PR adds
 * cannot hide a file. A file name never exempts content: lockfiles are scanned whole, URLs included
 * (only their digests are kept from the generic rules, see lockfile.ts). Only a path the policy excludes is skipped on purpose;
 * content that is not scanned for any other reason (over max-file-size, a compressed archive, a patch
 * GitHub omitted) is "not verified" with the reason and the remedy.
 */
import { isAscii, isUtf8 } from 'node:buffer'
import { basename } from 'node:path'
import { minimatch } from 'minimatch'
import type { AddedFile, DiffResult, PathReason } from '../model/facts/secrets.js'
import { decodeWide } from './encoding.js'
import { EMBEDDING_ESCAPE, HIDDEN_ANY, INVISIBLE, UNRESERVED_PERCENT, shownLine } from './shown.js'
import { ownString } from './own-string.js'
import { addedRows, tableView } from './table-view.js'

export const DEFAULT_MAX_FILE_SIZE = 1024 * 1024

/** Dependency lockfiles: scanned whole, their machine-written digests kept from the generic rules (lockfile.ts). */
export const LOCKFILES: readonly string[] = [
  'package-lock.json',
  'npm-shrinkwrap.json',
  'yarn.lock',
  'pnpm-lock.yaml',
  'bun.lock',
  'bun.lockb',
  'deno.lock',
  'Cargo.lock',
  'go.sum',
  'go.work.sum',
  'poetry.lock',
  'Pipfile.lock',
  'pdm.lock',
  'uv.lock',
  'Gemfile.lock',
  'composer.lock',
  'packages.lock.json',
  'paket.lock',
  'Podfile.lock',
  'Package.resolved',
  'Cartfile.resolved',
  'mix.lock',
  'pubspec.lock',
  'flake.lock',
  'gradle.lockfile',
  'conan.lock',
  '.terraform.lock.hcl'
]

export interface ParsedDiffFile {
  path: string
  previous_path?: string
  binary: boolean
  deleted: boolean
  /** The added lines (head side) joined with '\n', no trailing newline; a CRLF line's CR is dropped. */
  text: string
  /**
   * Head-side line number of each line of `text` (lineNumbers[i] is the line of text's i-th line): an array from a
   * patch, a typed array counting from 1 for a whole file.
   */
  lineNumbers: ArrayLike<number>
  /**
   * The added bytes themselves (lines joined with 0x0A), kept from a local diff when `text` holds a NUL
   * or a U+FFFD (bytes that are not UTF-8): what UTF-16 and UTF-32 are decoded from.
   */
  raw?: Buffer
  /** The whole file's bytes as stored, kept by addedBlobFile when they start like a key container (see keyContainerView). */
  bytes?: Buffer
  /** The whole file's text at the head, for a table changed in place whose added rows need its header or definitions (tableView). */
  context?: string
  /** Every byte the text was decoded from is ASCII (set by a reader that checked them): no invisible character can hide in it. */
  ascii?: boolean
}

/** The added lines of a parsed or filtered file as { line, text } pairs (tests, small callers). */
export function addedLines(file: { text: string; lineNumbers: ArrayLike<number> }): { line: number; text: string }[] {
  if (file.lineNumbers.length === 0) return []
  return file.text.split('\n').map((text, i) => ({ line: file.lineNumbers[i], text }))
}

/** Undo git's C-style quoting of a path ("a\\tb", "\\303\\251" octal UTF-8 bytes). */
export function unquoteGitPath(p: string): string {
  if (!(p.length >= 2 && p.startsWith('"') && p.endsWith('"'))) return p
  const body = p.slice(1, -1)
  const bytes: number[] = []
  const simple: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 }
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]
    if (ch !== '\\') {
      for (const b of Buffer.from(ch, 'utf8')) bytes.push(b)
      continue
    }
    const nx = body[i + 1]
    if (/[0-7]/.test(nx)) {
      bytes.push(parseInt(body.slice(i + 1, i + 4), 8))
      i += 3
    } else {
      bytes.push(simple[nx] ?? nx.charCodeAt(0))
      i += 1
    }
  }
  return Buffer.from(bytes).toString('utf8')
}

function stripPrefix(p: string, prefix: string): string {
  const u = unquoteGitPath(p)
  return u.startsWith(prefix) ? u.slice(prefix.length) : u
}

/** Header paths of `diff --git a/x b/y` when unambiguous (quoted, or both halves equal). */
function headerPaths(rest: string): { a?: string; b?: string } {
  const q = /^("(?:[^"\\]|\\.)*"|\S+) ("(?:[^"\\]|\\.)*"|\S+)$/.exec(rest)
  if (q && (rest.includes('"') || !rest.slice(2).includes(' '))) {
    return { a: stripPrefix(q[1], 'a/'), b: stripPrefix(q[2], 'b/') }
  }
  // Unquoted with spaces: "a/<p> b/<p>" with the same path on both sides (no rename).
  const half = (rest.length - 1) / 2
  if (Number.isInteger(half) && rest.slice(2, half) === rest.slice(half + 3)) {
    const p = rest.slice(2, half)
    return { a: p, b: p }
  }
  return {}
}

interface Builder {
  file: ParsedDiffFile
  /** Runs of consecutive added lines, each already stripped of its '+' prefixes. */
  pieces: string[]
}

function finish(b: Builder | null): void {
  if (!b) return
  b.file.text = b.pieces.length === 1 ? b.pieces[0] : b.pieces.join('\n')
  b.pieces = []
}

/**
 * Parse `git diff --unified=0` output (also works with context lines) into per-file added text.
 * Each run of consecutive `+` lines is cut out of the diff in one slice and its `\n+` separators folded
 * to `\n`; a file's text is the join of its runs. No per-line objects are built.
 */
export function parseUnifiedDiff(text: string): ParsedDiffFile[] {
  const parser = new UnifiedDiffParser()
  parser.push(text)
  return parser.end()
}

/**
 * parseUnifiedDiff over a diff given in pieces, each of whole lines: what it returns for the pieces joined.
 * A file larger than a piece is read across pieces (its hunk's counts carry over), so no piece (and no
 * string decoded from one) need be larger than the caller's cut: V8 places a string over 128 KiB in its
 * large-object space, fresh memory for each, which costs some 20 times what a smaller string costs.
 */
export class UnifiedDiffParser {
  private readonly files: ParsedDiffFile[] = []
  private cur: Builder | null = null
  /** The hunk being read (its counts left and the next head-side line number), or null between hunks. */
  private hunk: { oldLeft: number; newLeft: number; lineNo: number } | null = null

  /** A piece of the diff: whole lines (the last may lack its '\n' only at the end of the diff). */
  push(text: string): void {
    const n = text.length
    let pos = 0
    while (pos < n) {
      if (this.hunk) {
        pos = this.readHunk(text, pos)
        if (this.hunk) return // the piece ended inside the hunk
        continue
      }
      let eol = text.indexOf('\n', pos)
      if (eol < 0) eol = n
      const c0 = text.charCodeAt(pos)
      // Header and hunk lines all start with one of: d r c - + B G @ (and others we ignore).
      if (c0 === 100 /* d */ && text.startsWith('diff --git ', pos)) {
        finish(this.cur)
        const hp = headerPaths(text.slice(pos + 'diff --git '.length, eol))
        const file: ParsedDiffFile = { path: hp.b ?? hp.a ?? '', binary: false, deleted: false, text: '', lineNumbers: [] }
        if (hp.a && hp.b && hp.a !== hp.b) file.previous_path = hp.a
        this.files.push(file)
        this.cur = { file, pieces: [] }
        pos = eol + 1
        continue
      }
      const cur = this.cur
      if (!cur) {
        pos = eol + 1
        continue
      }
      const f = cur.file
      if (c0 === 64 /* @ */ && text.startsWith('@@ ', pos)) {
        const h = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(text.slice(pos, Math.min(eol, pos + 200)))
        pos = eol + 1
        if (h) this.hunk = { oldLeft: h[1] === undefined ? 1 : Number(h[1]), newLeft: h[3] === undefined ? 1 : Number(h[3]), lineNo: Number(h[2]) }
        continue
      }
      if (c0 === 114 /* r */ && text.startsWith('rename from ', pos)) f.previous_path = unquoteGitPath(text.slice(pos + 12, eol))
      else if (c0 === 114 && text.startsWith('rename to ', pos)) f.path = unquoteGitPath(text.slice(pos + 10, eol))
      else if (c0 === 99 /* c */ && text.startsWith('copy to ', pos)) f.path = unquoteGitPath(text.slice(pos + 8, eol))
      else if (c0 === 100 && text.startsWith('deleted file mode', pos)) f.deleted = true
      else if (c0 === 43 && text.startsWith('+++ ', pos)) {
        const p = text.slice(pos + 4, eol).replace(/\t$/, '')
        if (p === '/dev/null') f.deleted = true
        else f.path = stripPrefix(p, 'b/')
      } else if (c0 === 66 /* B */ && text.startsWith('Binary files ', pos)) {
        const l = text.slice(pos, eol)
        if (l.endsWith(' differ')) {
          f.binary = true
          const m = / and (.+) differ$/.exec(l)
          if (m && m[1] !== '/dev/null' && !f.path) f.path = stripPrefix(m[1], 'b/')
          if (m && m[1] === '/dev/null') f.deleted = true
        }
      } else if (c0 === 71 /* G */ && text.startsWith('GIT binary patch', pos)) {
        f.binary = true
      }
      pos = eol + 1
    }
  }

  /**
   * The hunk's lines from pos, until its counts are used up (then this.hunk is null) or the piece ends.
   * Counts, not prefixes, end a hunk: an added line may itself start with "+++ " or "diff --git".
   */
  private readHunk(text: string, from: number): number {
    const hunk = this.hunk as { oldLeft: number; newLeft: number; lineNo: number }
    const cur = this.cur as Builder
    // A patch's files are built here with an array of line numbers (see the Builder's file).
    const nums = cur.file.lineNumbers as number[]
    const n = text.length
    let pos = from
    let { oldLeft, newLeft, lineNo } = hunk
    let ended = false
    while (pos < n) {
      const c = text.charCodeAt(pos)
      if (!(oldLeft > 0 || newLeft > 0 || c === 92)) {
        ended = true
        break
      }
      if (c === 43 /* + */) {
        // A run of added lines: [runStart, runEnd) with runEnd at the '\n' (or end) of its last line.
        const runStart = pos
        let runEnd = pos
        let cr = false
        let runLines = 0
        while (pos < n && text.charCodeAt(pos) === 43 && (oldLeft > 0 || newLeft > 0)) {
          runLines++
          let e = text.indexOf('\n', pos)
          if (e < 0) e = n
          if (text.charCodeAt(e - 1) === 13) cr = true
          nums.push(lineNo)
          lineNo++
          newLeft--
          runEnd = e
          pos = e + 1
        }
        // split/join yields a flat string (replaceAll builds a rope that is slow to read char by char).
        let piece = text
          .slice(runStart + 1, runEnd)
          .split('\n+')
          .join('\n')
        if (cr) {
          piece = piece.split('\r\n').join('\n')
          if (piece.charCodeAt(piece.length - 1) === 13) piece = piece.slice(0, -1)
        }
        // One line is the slice itself (split found nothing to fold): copied, so it does not keep the diff alive.
        cur.pieces.push(runLines === 1 && !cr ? ownString(piece) : piece)
        continue
      }
      let e = text.indexOf('\n', pos)
      if (e < 0) e = n
      if (c === 45 /* - */) {
        oldLeft--
      } else if (c === 32 /* space */) {
        lineNo++
        newLeft--
        oldLeft--
      } else if (c === 92 /* \ */) {
        // "\ No newline at end of file"
      } else {
        // malformed hunk (or the empty tail of the text): stop counting, read this line as a header
        ended = true
        break
      }
      pos = e + 1
    }
    if (ended) this.hunk = null
    else Object.assign(hunk, { oldLeft, newLeft, lineNo })
    return pos
  }

  /** The files read (the diff has ended). */
  end(): ParsedDiffFile[] {
    finish(this.cur)
    this.cur = null
    this.hunk = null
    // Paths are slices of the diff: copied, so a path kept (a finding's, a not-verified file's) does not keep
    // the whole diff text it was cut from alive (a streamed diff's or log's every block).
    const out = this.files.filter(f => f.path !== '')
    for (const f of out) {
      f.path = ownString(f.path)
      if (f.previous_path !== undefined) f.previous_path = ownString(f.previous_path)
    }
    return out
  }
}

/** Added lines of one GitHub API `patch` field (hunks only, no file header). */
export function parsePatch(patch: string): { line: number; text: string }[] {
  const f = parsePatchFile(patch)
  return f ? addedLines(f) : []
}

function parsePatchFile(patch: string): ParsedDiffFile | undefined {
  return parseUnifiedDiff(`diff --git a/x b/x\n--- a/x\n+++ b/x\n${patch}`)[0]
}

export interface FilterOptions {
  maxFileSize?: number
  excludePaths?: string[]
}

/** The remedy of a file whose added text is over max-file-size. */
export const OVERSIZE_REMEDY =
  'Raise `max-file-size` for secrets.no-new-secrets in the policy on the base branch, or list the path in its `exclude-paths` when it holds no credentials (generated data).'
/** The remedy of a compressed archive added to the repository. */
export const ARCHIVE_REMEDY =
  'Keep archives (and credentials in Git LFS) out of the repository (publish them as release assets or packages), or list the path in `exclude-paths` of the policy on the base branch once its content is known to hold no credentials.'

/**
 * Compressed archives, told by their magic bytes at the start of a new file's first added line (as git
 * prints it with --text, decoded as UTF-8: bytes above 0x7f that are not UTF-8 read as U+FFFD). Their
 * content is compressed, so no rule can read it.
 */
const ARCHIVE_MAGIC: readonly [string, RegExp][] = [
  ['zip archive (zip, jar, docx, apk …)', /^PK\u0003\u0004/],
  ['gzip archive', /^\u001f(?:\ufffd|\u008b)\u0008/],
  ['7z archive', /^7z(?:\ufffd|\u00bc)(?:\ufffd|\u00af)'\u001c/],
  ['xz archive', /^(?:\ufffd|\u00fd)7zXZ\u0000/],
  ['bzip2 archive', /^BZh[1-9]1AY&SY/],
  ['rar archive', /^Rar!\u001a\u0007/],
  ['zstd archive', /^\(\ufffd\/\ufffd/],
  // A bare zlib stream (RFC 1950: CMF 0x78, then FLG 0x01, 0x9C or 0xDA, which UTF-8 reads as U+FFFD).
  ['zlib stream', /^x(?:\u0001|\ufffd|\u009c|\u00da)/]
]

/** A PDF whose content streams are compressed (FlateDecode, LZW …): its text is not in its bytes. */
const PDF_COMPRESSED = /\/Filter\s*\[?\s*\/(?:FlateDecode|LZWDecode|Fl|LZW)\b/

/** The kind of archive the file's first added line starts like, when it is line 1 of the file. */
export function archiveKind(file: { text: string; lineNumbers: ArrayLike<number> }): string | undefined {
  if (file.lineNumbers.length === 0 || file.lineNumbers[0] !== 1) return undefined
  const head = file.text.slice(0, 16)
  for (const [kind, re] of ARCHIVE_MAGIC) if (re.test(head)) return kind
  if (head.startsWith('%PDF-') && PDF_COMPRESSED.test(file.text)) return 'PDF with compressed streams'
  if (LFS_POINTER.test(file.text.slice(0, 200))) return LFS_KIND
  return undefined
}

const LFS_KIND = 'Git LFS pointer'

/** A Git LFS pointer file (git-lfs spec v1): the committed text only names the object by its hash. */
const LFS_POINTER = /^version https:\/\/git-lfs\.github\.com\/spec\/v1\r?\noid sha256:[0-9a-f]{64}\r?\nsize \d+/

/**
 * Text stored as UTF-16 or UTF-32 whose bytes are not at hand (a GitHub `patch`) reads, byte by byte, as
 * ASCII with NULs between the characters: when at least 3 ASCII characters are followed by a NUL, the
 * text without its NULs (and without a leading byte-order mark), so `A\0K\0I\0A\0…` is scanned as
 * `AKIA…`. Line numbers stay right because '\n' is kept.
 */
export function foldWideText(text: string): string {
  let at = text.indexOf('\u0000')
  if (at < 0) return text
  let pairs = 0
  while (at >= 0 && pairs < 3) {
    const c = text.charCodeAt(at - 1)
    if (c > 0 && c < 0x80) pairs++
    at = text.indexOf('\u0000', at + 1)
  }
  if (pairs < 3) return text
  let out = text.split('\u0000').join('')
  if (out.charCodeAt(0) === 0xfeff || out.charCodeAt(0) === 0xfffd) out = out.replace(/^(?:\ufeff|\ufffd{1,2})/, '')
  return out
}

/** The remedy of wide text whose bytes could not be read. */
export const WIDE_TEXT_REMEDY =
  'Check out the repository with actions/checkout (fetch-depth: 0) so the gate reads the bytes of UTF-16/UTF-32 files from git, or save the file as UTF-8.'

/** A GitHub `patch` (or a diff) whose text shows UTF-16/UTF-32 (a byte-order mark read as UTF-8, NULs between characters) with characters lost. */
function looksWide(f: { text: string; lineNumbers: ArrayLike<number> }): boolean {
  if (!f.text.includes('\ufffd')) return false
  if (f.lineNumbers[0] === 1 && f.text.startsWith('\ufffd\ufffd')) return true
  return foldWideText(f.text) !== f.text
}

/**
 * The second view of a file's added text that is scanned along with it: the text decoded from UTF-16 or
 * UTF-32 (by the bytes when a local diff kept them), or the text without NULs; undefined when there is
 * none; a string (the reason) when the text is wide but cannot be decoded.
 */
export function wideView(f: Pick<ParsedDiffFile, 'text' | 'lineNumbers' | 'raw'>): { text: string; lineNumbers: ArrayLike<number> } | string | undefined {
  if (f.raw !== undefined) {
    try {
      const d = decodeWide(f.raw, f.lineNumbers)
      if (d) return { text: d.text, lineNumbers: d.lineNumbers }
    } catch (e) {
      return `text in UTF-16/UTF-32 that could not be decoded (${e instanceof Error ? e.message : String(e)}): not scanned`
    }
  } else if (looksWide(f)) {
    return 'text in UTF-16/UTF-32 (a byte-order mark or NULs between characters) whose bytes are not available, only their UTF-8 reading with characters lost: not scanned'
  }
  const folded = foldWideText(f.text)
  return folded === f.text ? undefined : { text: folded, lineNumbers: f.lineNumbers }
}

/** Key containers are small: a bigger file starting like one is not read as one. */
const KEY_CONTAINER_MAX_BYTES = 256 * 1024

/**
 * The first bytes of binary files that may hold a private key: DER (a SEQUENCE with a long-form length: PKCS#8,
 * PKCS#1 and SEC1 keys, PKCS#12 .p12/.pfx), Java keystores (JKS FEEDFEED, JCEKS CECECECE) and a Tor onion
 * service's `hs_ed25519_secret_key`.
 */
const KEY_CONTAINER_MAGIC =
  /^(?:\x30[\x81-\x83]|\x30\x80\x02\x01\x03|\x30[\x20-\x7f]\x02\x01[\x00\x01]|\xfe\xed\xfe\xed|\xce\xce\xce\xce|== ed25519v1-secret: )/

/**
 * A binary file that starts like a key container (`.p12`, `.jks`, a DER `.key`), read as the base64 of its bytes:
 * one line, numbered 1, that the rules for base64 keys judge (a DER private key, a PKCS#12 with a key bag, a
 * keystore with a private-key entry, an onion service key). A certificate, a public key or a truststore reads
 * otherwise and is no finding. Only a whole file's bytes (from a checkout or a local diff) are read.
 */
export function keyContainerView(f: Pick<ParsedDiffFile, 'raw' | 'bytes' | 'lineNumbers'>): { text: string; lineNumbers: number[] } | undefined {
  // The stored bytes when a checkout gave them; else the added bytes of a local diff (CRs before a newline and a last
  // newline dropped: the key's prefix still reads, though its fingerprint is not the stored file's).
  const raw = f.bytes ?? f.raw
  if (raw === undefined || raw.length < 32 || raw.length > KEY_CONTAINER_MAX_BYTES || f.lineNumbers[0] !== 1) return undefined
  if (!KEY_CONTAINER_MAGIC.test(raw.toString('latin1', 0, 24))) return undefined
  return { text: javaKeystoreFromKeyEntry(raw).toString('base64'), lineNumbers: [1] }
}

/**
 * A Java keystore (JKS FEEDFEED, JCEKS CECECECE) holding a key entry: its header, counting one entry, and the bytes from
 * its first key entry on, so that the key is what the rules read first whatever came before it (keytool writes entries
 * in alias order: Kafka's CARoot before localhost, a JDK cacerts with a key pair added). Any other file as it is.
 */
function javaKeystoreFromKeyEntry(raw: Buffer): Buffer {
  const magic = raw.readUInt32BE(0)
  if (magic !== 0xfeedfeed && magic !== 0xcececece) return raw
  const version = raw.readUInt32BE(4)
  const count = raw.readUInt32BE(8)
  let off = 12
  for (let e = 0; e < count && off + 4 <= raw.length; e++) {
    const entry = off
    const tag = raw.readUInt32BE(off)
    // Its header then says one entry: a store of 64 entries or more reads the same way as a small one.
    if (tag === 1 || tag === 3) return Buffer.concat([raw.subarray(0, 8), Buffer.from([0, 0, 0, 1]), raw.subarray(entry)])
    if (tag !== 2 || off + 6 > raw.length) return raw
    // A trusted certificate: alias (UTF: 2-byte length), date (8 bytes), the certificate's type (version 2), its bytes.
    off += 6 + raw.readUInt16BE(off + 4) + 8
    if (version === 2) {
      if (off + 2 > raw.length) return raw
      off += 2 + raw.readUInt16BE(off)
    }
    if (off + 4 > raw.length) return raw
    off += 4 + raw.readUInt32BE(off)
  }
  return raw
}

/**
 * A base64 value in a YAML or JSON data file (a Kubernetes Secret's `data:`, Helm values, `kubectl get secret -o json`):
 * after `key:` (anchors and tags allowed between), a list item's `- `, or inside a flow mapping or sequence, quoted or
 * not, up to a comment, a separator or the line's end. The quick test finds a file that may hold one.
 */
const DATA_BASE64_VALUE = /(:[ \t]*|-[ \t]+|[{,[][ \t]*)((?:[&!][^\s,{}[\]]*[ \t]+)*)(["']?)([A-Za-z0-9+/]{12,}={0,2})\3(?=[ \t]*(?:[,}\]]|#|$))/g
const DATA_BASE64_ANY = /(?::|-[ \t]|[{,[])[ \t]*(?:[&!][^\s]*[ \t]+)*["']?[A-Za-z0-9+/]{12}|^[ \t]+[A-Za-z0-9+/]{12}/m
/** A block scalar's header (`key: |`, `key: >-`, tags and anchors allowed), whose value is on the lines below it. */
const BLOCK_SCALAR_HEADER = /:[ \t]*(?:[&!][^\s]*[ \t]+)*[|>][-+0-9]*[ \t]*(?:#.*)?$/
/** A line of base64 alone, indented: the body of a block scalar or a plain value folded over lines. */
const BASE64_CONTINUATION = /^([ \t]+)([A-Za-z0-9+/]+={0,2})[ \t]*$/

/** Base64 text decoded when it is printable text (8 bytes or more); null otherwise. */
function printableBase64(b64: string): string | null {
  if (b64.length % 4 === 1) return null
  const bytes = Buffer.from(b64, 'base64')
  if (bytes.length < 8) return null
  for (const b of bytes) if ((b < 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09) || b > 0x7e) return null
  return bytes
    .toString('latin1')
    .replace(/\r?\n$/, '')
    .replace(/\r\n/g, '\n')
}

/**
 * The line with each base64 value decoded when it decodes to printable text (`password: <decoded>`): a Kubernetes
 * Secret's data is only encoded, so what it holds is in the change all the same. A value that decodes to lines of
 * text (a whole `.env` or properties file kept under one key) gives those lines as they are, the key left out: each
 * is a line of that file, the first too (`DB_PASSWORD=…` read after a key is no line start). Otherwise the line.
 */
function decodedDataLine(line: string): string {
  // A value encoded twice (base64 of base64) is read through both.
  let out = line
  for (let round = 0; round < 3; round++) {
    const next = decodedDataValues(out)
    if (next === out) break
    out = next
  }
  return out
}

/** A data line this long is read as `key: <value>` by hand: the general pattern's backtracking outgrows the stack. */
const LONG_DATA_LINE = 256 * 1024

/** One round of decodedDataLine. */
function decodedDataValues(line: string): string {
  if (line.length > LONG_DATA_LINE) return decodedLongValue(line)
  let lines: string | null = null
  const out = line.replace(DATA_BASE64_VALUE, (all: string, lead: string, props: string, quote: string, b64: string) => {
    const decoded = printableBase64(b64)
    if (decoded === null) return all
    if (decoded.includes('\n')) lines ??= decoded
    return `${lead}${props}${quote}${decoded}${quote}`
  })
  return lines ?? out
}

/** decodedDataValues for a very long line: one `key: value` (quoted or not), decoded when it is base64 of printable text. */
function decodedLongValue(line: string): string {
  const lead = /^[^:\n]{0,256}:[ \t]*["']?/.exec(line)
  if (lead === null) return line
  // By hand: a pattern's backtracking over megabytes outgrows the stack.
  let end = line.length
  while (end > lead[0].length && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--
  if (end > lead[0].length && (line[end - 1] === '"' || line[end - 1] === "'")) end--
  let pad = 0
  while (pad < 2 && end - pad > lead[0].length && line[end - pad - 1] === '=') pad++
  for (let i = lead[0].length; i < end - pad; i++) {
    const c = line.charCodeAt(i)
    const b64 = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 47
    if (!b64) return line
  }
  const value = line.slice(lead[0].length, end)
  if (value.length === pad) return line
  const decoded = printableBase64(value)
  return decoded === null ? line : decoded.includes('\n') ? decoded : `${lead[0]}${decoded}`
}

/**
 * The data lines of a YAML or JSON file with their base64 values decoded (see decodedDataLine), a value written over
 * several lines (a block scalar `key: |` and its indented base64 lines, or a plain value folded onto more-indented
 * lines) read whole at the line of its key, as long as those lines follow each other in the file.
 */
function decodedDataLines(lines: readonly string[], numbers: ArrayLike<number>): string[] {
  const out = lines.map(decodedDataLine)
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].length > LONG_DATA_LINE) continue
    const header = BLOCK_SCALAR_HEADER.test(lines[i])
    const inline = header ? null : /:[ \t]*["']?([A-Za-z0-9+/]{12,})[ \t]*$/.exec(lines[i])
    if (!header && inline === null) continue
    let b64 = inline?.[1] ?? ''
    let j = i + 1
    let indent = -1
    for (; j < lines.length && numbers[j] === numbers[j - 1] + 1; j++) {
      const m = lines[j].length > LONG_DATA_LINE ? null : BASE64_CONTINUATION.exec(lines[j])
      if (m === null || (indent >= 0 && m[1].length !== indent)) break
      indent = m[1].length
      b64 += m[2]
    }
    if (j === i + 1) continue
    const decoded = printableBase64(b64)
    if (decoded !== null) out[i] = decoded
  }
  return out
}

/**
 * A second view of the lines that hide text from a reader or a regex: invisible characters dropped, `\u0041`
 * and `\x41` escapes and percent-encoded letters decoded (`sk\u005flive\u005f…`, a zero-width space inside a
 * token), a YAML base64 value decoded, a Jupyter notebook's escaped quotes unescaped. Only the lines that change,
 * numbered as they are; undefined when none does. Scanned with the file.
 */
export function unhiddenView(
  f: Pick<AddedFile, 'text' | 'lineNumbers'> & { path?: string; ascii?: boolean }
): { text: string; lineNumbers: number[] } | undefined {
  const lines = unhiddenLines(f)
  const pems = urlEncodedPems(f.text, f.lineNumbers)
  if (pems === undefined) return lines
  if (lines === undefined) return pems
  return { text: `${lines.text}\n${pems.text}`, lineNumbers: lines.lineNumbers.concat(pems.lineNumbers) }
}

/** A PEM block URL-encoded into one value (`-----BEGIN%20PRIVATE%20KEY-----%0AMIIE…`; form-encoded, `+` for a space). */
const URL_ENCODED_PEM = /-----BEGIN(?:%20|\+)[A-Z0-9%+]{0,60}-----[A-Za-z0-9%+._~/=-]*/g

/** The URL-encoded PEM blocks of the text, decoded: each of a block's lines is read at the line of the block. */
function urlEncodedPems(t: string, numbers: ArrayLike<number>): { text: string; lineNumbers: number[] } | undefined {
  if (!t.includes('-----BEGIN%20') && !t.includes('-----BEGIN+')) return undefined
  const text: string[] = []
  const lineNumbers: number[] = []
  let line = 0
  let counted = 0
  for (const m of t.matchAll(URL_ENCODED_PEM)) {
    for (let nl = t.indexOf('\n', counted); nl >= 0 && nl < m.index; nl = t.indexOf('\n', nl + 1)) {
      line++
      counted = nl + 1
    }
    let decoded: string
    try {
      decoded = decodeURIComponent(m[0].replace(/\+/g, ' '))
    } catch {
      continue
    }
    for (const piece of decoded.split(/\r?\n/)) {
      text.push(piece)
      lineNumbers.push(numbers[line])
    }
  }
  return text.length > 0 ? { text: text.join('\n'), lineNumbers } : undefined
}

/** An octal escape of printable ASCII (`\\147hp_…` in a C or shell string): see ASCII_ESCAPE in ./shown.ts. */
const OCTAL_ESCAPE = /\\(?:0?[4-7][0-7]|1[0-7][0-7])(?![0-7])/

/** unhiddenView's lines rewritten one for one (invisible characters, escapes, YAML base64 values, notebook strings). */
function unhiddenLines(f: Pick<AddedFile, 'text' | 'lineNumbers'> & { path?: string; ascii?: boolean }): { text: string; lineNumbers: number[] } | undefined {
  const t = f.text
  INVISIBLE.lastIndex = 0
  UNRESERVED_PERCENT.lastIndex = 0
  // YAML data, and JSON holding a "data" map (a Secret as kubectl prints it): base64 values are read decoded.
  const yamlData = f.path !== undefined && (/\.ya?ml$/i.test(f.path) || (/\.json$/i.test(f.path) && t.includes('"data"'))) && DATA_BASE64_ANY.test(t)
  // A notebook keeps each line of its cells' code as a JSON string: `"key = \\"…\\"\\n",` reads as code once unescaped.
  const notebook = f.path !== undefined && /\.ipynb$/i.test(f.path) && t.includes('\\"')
  // The cheap tests first: ASCII text holds no invisible character, and a percent escape needs a '%'.
  EMBEDDING_ESCAPE.lastIndex = 0
  const hidden =
    (f.ascii !== true && INVISIBLE.test(t)) ||
    t.includes('\\u00') ||
    t.includes('\\u{') ||
    t.includes('\\U000000') ||
    t.includes('\\x') ||
    OCTAL_ESCAPE.test(t) ||
    (t.includes('%') && (UNRESERVED_PERCENT.test(t) || EMBEDDING_ESCAPE.test(t))) ||
    t.includes('\\/') ||
    t.includes('&#') ||
    t.includes('/$()/') ||
    t.includes('\r')
  if (!yamlData && !notebook && !hidden) return undefined
  if (!yamlData && !notebook) return hiddenLines(t, f.lineNumbers)
  const lines = t.split('\n')
  const text: string[] = []
  const lineNumbers: number[] = []
  const data = yamlData ? decodedDataLines(lines, f.lineNumbers) : lines
  for (let i = 0; i < lines.length; i++) {
    const decoded = data[i]
    const shown = shownLine(notebook ? decoded.replace(/\\(["\\])/g, '$1') : decoded)
    if (shown !== lines[i]) {
      // A value decoded to several lines: each is read as a line of its own, all at the line of the value.
      for (const piece of shown.split('\n')) {
        text.push(piece)
        lineNumbers.push(f.lineNumbers[i])
      }
    }
  }
  return text.length > 0 ? { text: text.join('\n'), lineNumbers } : undefined
}

/**
 * unhiddenView's lines for a file that is not YAML data: only the lines holding something to decode or drop are
 * cut and rewritten (a source file with `\x1b` escapes or a `%` on a few lines is not split into all of its lines).
 */
function hiddenLines(t: string, numbers: ArrayLike<number>): { text: string; lineNumbers: number[] } | undefined {
  const text: string[] = []
  const lineNumbers: number[] = []
  let line = 0
  let counted = 0
  HIDDEN_ANY.lastIndex = 0
  for (let m = HIDDEN_ANY.exec(t); m !== null; m = HIDDEN_ANY.exec(t)) {
    for (let nl = t.indexOf('\n', counted); nl >= 0 && nl < m.index; nl = t.indexOf('\n', nl + 1)) {
      line++
      counted = nl + 1
    }
    const end = t.indexOf('\n', m.index)
    const lineEnd = end < 0 ? t.length : end
    // A line of a file saved with CR endings is several lines as it shows: each read at the line git counts.
    for (const piece of shownLine(t.slice(counted, lineEnd)).split('\n')) {
      text.push(piece)
      lineNumbers.push(numbers[line])
    }
    if (end < 0) break
    HIDDEN_ANY.lastIndex = end + 1
  }
  return text.length > 0 ? { text: text.join('\n'), lineNumbers } : undefined
}

/** The file's name is a dependency lockfile's. */
export function isLockfile(path: string): boolean {
  return LOCKFILE_SET.has(basename(path))
}
const LOCKFILE_SET = new Set(LOCKFILES)

/** The first `exclude-paths` pattern (minimatch, dot: true) that matches the path, if any. */
export function excludedBy(path: string, excludes: readonly string[]): string | undefined {
  return excludes.find(g => minimatch(path, g, { dot: true }))
}

/**
 * A whole file as if the change added it (every line added, numbered from 1), for `compliance-gate scan`
 * over a directory: the same shape `git diff` gives a new file, so the same filters and scanner apply.
 * A CRLF line's CR is dropped and a final newline ends the last line, as in parseUnifiedDiff.
 */
export function wholeFile(path: string, content: string): ParsedDiffFile {
  let text = content.endsWith('\n') ? content.slice(0, -1) : content
  if (text.includes('\r\n')) text = text.split('\r\n').join('\n')
  if (text.endsWith('\r')) text = text.slice(0, -1)
  // Counted and numbered in plain loops: a file of a million lines is split into no strings, and its numbers are
  // one typed array (pushed one by one into an array, they were a tenth of reading a big change's files).
  let count = 0
  if (content !== '') {
    count = 1
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++
  }
  const lineNumbers = new Int32Array(count)
  for (let i = 0; i < count; i++) lineNumbers[i] = i + 1
  return { path, binary: false, deleted: false, text, lineNumbers }
}

/**
 * A file the change adds, from its blob's bytes as stored: the file parseDiffBytes gives for its all-added patch
 * (the same text and line numbers, its bytes kept when they are not UTF-8 or hold a NUL, marked ascii when every
 * byte is), without the patch's `+` on every line to fold away.
 */
export function addedBlobFile(path: string, bytes: Buffer): ParsedDiffFile {
  const file = wholeFile(path, bytes.toString('utf8'))
  const ascii = isAscii(bytes)
  if (ascii) file.ascii = true
  const mayNeedRaw = bytes.includes(0) || (!ascii && (!isUtf8(bytes) || bytes.includes(REPLACEMENT_BYTES)))
  if (mayNeedRaw && /[\u0000\ufffd]/.test(file.text)) file.raw = Buffer.from(wholeFile(path, bytes.toString('latin1')).text, 'latin1')
  if (file.raw !== undefined && KEY_CONTAINER_MAGIC.test(bytes.toString('latin1', 0, 24))) file.bytes = bytes
  return file
}

/**
 * Drop deleted and policy-excluded files (each exclude recorded with its pattern); report oversize files
 * and compressed archives as not verified; keep everything else, binary or not, as text to scan.
 */
export function applyFilters(files: ParsedDiffFile[], options: FilterOptions = {}): DiffResult {
  const max = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE
  const excludes = options.excludePaths ?? []
  const out: AddedFile[] = []
  const skipped: PathReason[] = []
  const notVerified: PathReason[] = []
  for (const f of files) {
    if (f.deleted) continue
    const pattern = excludedBy(f.path, excludes)
    if (pattern !== undefined) {
      skipped.push({ path: f.path, reason: `excluded by policy pattern ${pattern}` })
      continue
    }
    if (f.lineNumbers.length === 0) {
      // Only `Binary files differ` (git without --text, or a GitHub patch): the content was never seen.
      if (f.binary) notVerified.push({ path: f.path, reason: 'binary file whose content the diff did not show', remedy: CHECKOUT_REMEDY })
      continue
    }
    // Each added line and its newline. UTF-8 takes at most 3 bytes per UTF-16 unit: count exactly only
    // when it could matter.
    const chars = f.text.length + 1
    const size = chars * 3 > max ? Buffer.byteLength(f.text, 'utf8') + 1 : chars
    if (size > max) {
      notVerified.push({ path: f.path, reason: `added text is ${size} bytes, above the max-file-size of ${max} bytes: not scanned`, remedy: OVERSIZE_REMEDY })
      continue
    }
    const archive = archiveKind(f)
    if (archive) {
      const why =
        archive === LFS_KIND
          ? 'the content is stored outside the repository (Git LFS) and cannot be scanned'
          : 'its content is compressed and cannot be scanned'
      notVerified.push({ path: f.path, reason: `${archive}: ${why}`, remedy: ARCHIVE_REMEDY })
      continue
    }
    // Text in UTF-16/UTF-32 is scanned twice: as git shows it (bytes read as UTF-8, so a wide-looking
    // file cannot hide ASCII) and decoded; its decoded lines follow, numbered by the git line they start on.
    const wide = wideView(f)
    if (typeof wide === 'string') {
      notVerified.push({ path: f.path, reason: wide, remedy: WIDE_TEXT_REMEDY })
      continue
    }
    let added: AddedFile = wide
      ? { path: f.path, text: `${f.text}\n${wide.text}`, lineNumbers: Array.from(f.lineNumbers).concat(Array.from(wide.lineNumbers)) }
      : { path: f.path, text: f.text, lineNumbers: f.lineNumbers }
    const unhidden = unhiddenView({ ...added, path: f.path, ascii: f.ascii === true && !wide })
    if (unhidden) added = { path: f.path, text: `${added.text}\n${unhidden.text}`, lineNumbers: Array.from(added.lineNumbers).concat(unhidden.lineNumbers) }
    // A table changed in place is viewed whole, as it is at the head, and its added rows kept.
    const table = f.context !== undefined ? addedRows(tableView(wholeFile(f.path, f.context)), f.lineNumbers) : tableView(wide ? { path: f.path, ...wide } : f)
    if (table) added = { path: f.path, text: `${added.text}\n${table.text}`, lineNumbers: Array.from(added.lineNumbers).concat(table.lineNumbers) }
    const container = keyContainerView(f)
    if (container) added = { path: f.path, text: `${added.text}\n${container.text}`, lineNumbers: Array.from(added.lineNumbers).concat(container.lineNumbers) }
    if (f.previous_path) added.previous_path = f.previous_path
    if (isLockfile(f.path)) added.lockfile = true
    out.push(added)
  }
  return { files: out, skipped, not_verified: notVerified }
}

/** A file object of GET /repos/{owner}/{repo}/pulls/{pull_number}/files (the fields used). */
/** The remedy of a file GitHub sent no patch for. */
export const CHECKOUT_REMEDY = 'Check out the repository with actions/checkout and fetch-depth: 0 so files GitHub omits from the API can be scanned.'

export interface ApiPullFile {
  filename: string
  previous_filename?: string
  status: string
  additions?: number
  changes?: number
  patch?: string
}

/** Added lines from API file objects; a missing patch on a file with additions → not verified. */
export function filesFromApi(apiFiles: ApiPullFile[], options: FilterOptions = {}): DiffResult {
  const parsed: ParsedDiffFile[] = []
  const notVerified: PathReason[] = []
  for (const f of apiFiles) {
    if (f.status === 'removed') continue
    if (typeof f.patch !== 'string') {
      // A binary file has no patch and counts 0 additions: its bytes were never seen, so it is not verified
      // (only a pure rename or copy, 0 changes, adds no content).
      const moveOnly = (f.status === 'renamed' || f.status === 'copied') && (f.changes ?? 0) === 0
      if (!moveOnly && f.status !== 'unchanged') {
        notVerified.push({
          path: f.filename,
          reason: 'GitHub omitted the patch (large or binary file) and there is no checkout to read it from',
          remedy: CHECKOUT_REMEDY
        })
      }
      continue
    }
    const pf = parsePatchFile(f.patch)
    const p: ParsedDiffFile = { path: f.filename, binary: false, deleted: false, text: pf?.text ?? '', lineNumbers: pf?.lineNumbers ?? [] }
    if (f.previous_filename) p.previous_path = f.previous_filename
    parsed.push(p)
  }
  const r = applyFilters(parsed, options)
  // An excluded file without a patch is a skip, not an unverified file (lockfiles are not excluded).
  for (const nv of notVerified) {
    const pattern = (options.excludePaths ?? []).find(g => minimatch(nv.path, g, { dot: true }))
    if (pattern !== undefined) r.skipped.push({ path: nv.path, reason: `excluded by policy pattern ${pattern}` })
    else r.not_verified.push(nv)
  }
  return r
}

/**
 * Keep the added bytes of each file whose text (the diff read as UTF-8) holds a NUL or a U+FFFD: the
 * diff read as Latin-1 parses into the same files and lines, one character per byte.
 */
export function attachRawBytes(files: ParsedDiffFile[], diff: Buffer): void {
  const raw = parseDiffPieces(diff, 'latin1')
  if (raw.length !== files.length) return
  files.forEach((f, i) => {
    const r = raw[i]
    if (!/[\u0000\ufffd]/.test(f.text) || r.lineNumbers.length !== f.lineNumbers.length) return
    f.raw = Buffer.from(r.text, 'latin1')
  })
}

/** U+FFFD in UTF-8: a replacement character written in the source decodes to it as invalid bytes do. */
const REPLACEMENT_BYTES = Buffer.from('\ufffd', 'utf8')

/**
 * Parse git's patch output (bytes of whole files), keeping the bytes of files whose text is not UTF-8 (UTF-16/UTF-32
 * is decoded from them): the text then holds a NUL or a U+FFFD, which the bytes tell at native speed (a NUL, bytes
 * that are not UTF-8, or U+FFFD's own bytes). Files of an all-ASCII block are marked ascii.
 */
export function parseDiffBytes(bytes: Buffer): ParsedDiffFile[] {
  const files = parseDiffPieces(bytes, 'utf8')
  if (isAscii(bytes)) {
    for (const f of files) f.ascii = true
    if (bytes.includes(0)) attachRawBytes(files, bytes)
  } else if (bytes.includes(0) || !isUtf8(bytes) || bytes.includes(REPLACEMENT_BYTES)) attachRawBytes(files, bytes)
  return files
}

/**
 * The bytes decoded and parsed a piece of whole lines at a time, each piece at most BLOCK_BYTES where lines allow,
 * so no string decoded is a large object (see UnifiedDiffParser); the same files as the whole text parsed. A piece
 * ends at a '\n', an ASCII byte, so UTF-8 decodes the same by piece.
 */
function parseDiffPieces(bytes: Buffer, encoding: 'utf8' | 'latin1'): ParsedDiffFile[] {
  if (bytes.length <= BLOCK_BYTES) return parseUnifiedDiff(bytes.toString(encoding))
  const parser = new UnifiedDiffParser()
  let start = 0
  while (start < bytes.length) {
    let end = bytes.length
    if (end - start > BLOCK_BYTES) {
      const nl = bytes.lastIndexOf(0x0a, start + BLOCK_BYTES - 1)
      if (nl >= start) end = nl + 1
      else {
        // One line longer than a piece: the line whole.
        const next = bytes.indexOf(0x0a, start + BLOCK_BYTES)
        end = next < 0 ? bytes.length : next + 1
      }
    }
    parser.push(bytes.toString(encoding, start, end))
    start = end
  }
  return parser.end()
}

const FILE_MARK = Buffer.from('\ndiff --git ')

/**
 * The size a block is cut down to where whole files allow: V8 keeps a string over 128 KiB in its large-object
 * space (one mapping per string, and more full garbage collections), so decoding 48 MB in 1 MB blocks costs
 * some 20 times what decoding it in 64 KiB blocks costs. A single file larger than this is its own block.
 */
export const BLOCK_BYTES = 60 * 1024

/**
 * Cuts git's patch output, as it arrives, into blocks of whole files, so each block is parsed (and scanned)
 * while git still writes the rest and the output is never held whole. A block ends before a line that starts
 * with `diff --git `: no patch line can (added, removed and context lines start with `+`, `-`, a space or
 * `\`, and git quotes a path holding a newline), so parseUnifiedDiff reads each block exactly as it reads
 * that part of the whole output. The cut is at an ASCII byte, so UTF-8 decodes the same by block.
 */
export class DiffBlockSplitter {
  private parts: Buffer[] = []
  private held = 0
  /** The last bytes held after the last cut (up to the longest mark's length - 1): a mark may begin in them and end in the next chunk. */
  private tail: Buffer = Buffer.alloc(0)
  private readonly marks: Buffer[]
  private readonly keepMax: number

  /**
   * marks: '\n' and the start of a line a block begins with (default `diff --git `); the history log also cuts
   * before its commit marker lines the same way. A block ends before the last mark read so far.
   */
  constructor(
    private readonly onBlock: (block: Buffer) => void,
    marks: Buffer | Buffer[] = FILE_MARK
  ) {
    this.marks = Array.isArray(marks) ? marks : [marks]
    this.keepMax = Math.max(...this.marks.map(m => m.length)) - 1
  }

  /**
   * A chunk of git's output. Blocks are cut out of the chunk itself; only the bytes of the one file a chunk
   * boundary cuts through are copied (held until its end arrives): nothing refers to the chunk once push
   * returns, so the reader may read the next chunk into the same buffer (see streamGit).
   */
  push(chunk: Buffer): void {
    if (chunk.length === 0) return
    // A mark that begins in the held tail and ends in this chunk: where it begins in the held bytes (-1: none).
    let straddle = -1
    if (this.tail.length > 0) {
      const probe = Buffer.concat([this.tail, chunk.subarray(0, this.keepMax)])
      for (const m of this.marks) {
        const i = probe.indexOf(m)
        if (i >= 0 && i < this.tail.length) straddle = Math.max(straddle, this.held - this.tail.length + i)
      }
    }
    let first = -1
    let last = -1
    for (const m of this.marks) {
      const i = chunk.indexOf(m)
      if (i >= 0 && (first < 0 || i < first)) first = i
      last = Math.max(last, chunk.lastIndexOf(m))
    }
    if (straddle >= 0) {
      // The files held before that mark are whole: cut there; the file it starts continues into this chunk.
      const held = this.heldBytes()
      if (straddle + 1 > 0) this.emit(held, 0, straddle + 1)
      this.parts = [held.subarray(straddle + 1)]
      this.held = held.length - straddle - 1
    }
    if (last < 0) {
      this.hold(chunk)
      return
    }
    // The held bytes and the chunk up to its first mark end one file; the chunk's whole files follow.
    const head = this.held > 0 ? Buffer.concat([...this.parts, chunk.subarray(0, first + 1)]) : chunk.subarray(0, first + 1)
    if (head.length > 0) this.emit(head, 0, head.length)
    this.emit(chunk, first + 1, last + 1)
    this.parts = []
    this.held = 0
    this.tail = Buffer.alloc(0)
    this.hold(chunk.subarray(last + 1))
  }

  /** The held bytes as one buffer. */
  private heldBytes(): Buffer {
    return this.parts.length === 1 ? this.parts[0] : Buffer.concat(this.parts)
  }

  /** Bytes after the last cut (copied), kept until the file they begin ends; the tail is their last keepMax bytes. */
  private hold(bytes: Buffer): void {
    if (bytes.length > 0) {
      this.parts.push(Buffer.from(bytes))
      this.held += bytes.length
    }
    const keep = Math.min(this.keepMax, this.held)
    if (keep === 0) this.tail = Buffer.alloc(0)
    else if (bytes.length >= keep) this.tail = Buffer.from(bytes.subarray(bytes.length - keep))
    else this.tail = Buffer.from(this.heldBytes().subarray(this.held - keep))
  }

  /** The last block (git has exited). */
  end(): void {
    if (this.held > 0) {
      const all = this.heldBytes()
      this.emit(all, 0, all.length)
    }
    this.parts = []
    this.held = 0
    this.tail = Buffer.alloc(0)
  }

  /** bytes[from, end) (whole files) as blocks of about BLOCK_BYTES, each cut after a mark's '\n'. */
  private emit(bytes: Buffer, from: number, end: number): void {
    let start = from
    while (end - start > BLOCK_BYTES) {
      // The last mark that keeps the block within BLOCK_BYTES, else the first one after (a file larger than that).
      let at = -1
      for (const m of this.marks) {
        const i = bytes.lastIndexOf(m, start + BLOCK_BYTES - 1)
        if (i >= start && i + 1 < end) at = Math.max(at, i)
      }
      if (at < 0) {
        let next = end
        for (const m of this.marks) {
          const i = bytes.indexOf(m, start + BLOCK_BYTES)
          if (i >= 0 && i + 1 < next) next = i + 1
        }
        if (next >= end) break
        at = next - 1
      }
      this.onBlock(bytes.subarray(start, at + 1))
      start = at + 1
    }
    if (end > start) this.onBlock(bytes.subarray(start, end))
  }
}

/**
 * Cuts `git log -p` output, as it arrives, into pieces of whole files with the commit each belongs to, so a
 * commit is parsed (and scanned) a block of files at a time and never held whole. Each commit starts at a
 * marker line (marker, SHA) whose marker begins with a byte no patch line starts with (a NUL), found only at
 * the start of a line, so a NUL inside UTF-16 content does not split a commit. Bytes before the first marker,
 * and a commit whose marker line holds no SHA, are skipped.
 */
export class LogBlockSplitter {
  private readonly splitter: DiffBlockSplitter
  /** The commit whose files the next block continues (null: skipped). */
  private commit: string | null = null

  /**
   * onCommit: each commit as its marker line is read, in log order; onPatches: a piece of whole files (or
   * the blank line after a marker) of that commit.
   */
  constructor(
    private readonly marker: Buffer,
    private readonly onCommit: (commit: string) => void,
    private readonly onPatches: (commit: string, bytes: Buffer) => void
  ) {
    this.splitter = new DiffBlockSplitter(block => this.block(block), [FILE_MARK, Buffer.concat([Buffer.from('\n'), marker])])
  }

  push(chunk: Buffer): void {
    this.splitter.push(chunk)
  }

  /** The last block (git has exited). */
  end(): void {
    this.splitter.end()
  }

  private block(block: Buffer): void {
    const { marker } = this
    let from = 0
    for (let i = block.indexOf(marker); i >= 0; i = block.indexOf(marker, i + 1)) {
      if (i > 0 && block[i - 1] !== 0x0a) continue
      if (this.commit !== null && i > from) this.onPatches(this.commit, block.subarray(from, i))
      const nl = block.indexOf(0x0a, i + marker.length)
      const commit = block
        .subarray(i + marker.length, nl < 0 ? undefined : nl)
        .toString('utf8')
        .trim()
      this.commit = /^[0-9a-f]{40,64}$/.test(commit) ? commit : null
      if (this.commit !== null) this.onCommit(this.commit)
      if (nl < 0) return
      from = nl + 1
      i = nl
    }
    if (this.commit !== null && from < block.length) this.onPatches(this.commit, block.subarray(from))
  }
}

/**
 * Reads `git cat-file --batch`'s answers for the blobs asked, in order: each blob's bytes go to onBlob with its
 * path, as a view of the chunk when the blob is whole in it (the read buffer is reused by the next read: onBlob
 * must copy what it keeps), else copied together. A missing object or any other answer stops
 * the read; end() checks that every blob came.
 */
export class BlobBatchReader {
  private next = 0
  private header: Buffer[] = []
  private body: { left: number; parts: Buffer[] } | null = null

  constructor(
    private readonly paths: string[],
    private readonly onBlob: (path: string, bytes: Buffer) => void
  ) {}

  push(chunk: Buffer): void {
    let at = 0
    while (at < chunk.length) {
      if (this.body) {
        const { body } = this
        const take = Math.min(body.left, chunk.length - at)
        if (take === body.left && body.parts.length === 0) {
          // Whole in this chunk: handed over as a view of it (onBlob keeps nothing of it past its return).
          this.body = null
          this.onBlob(this.paths[this.next++], chunk.subarray(at, at + take - 1))
          at += take
          continue
        }
        body.parts.push(Buffer.from(chunk.subarray(at, at + take)))
        body.left -= take
        at += take
        if (body.left > 0) return
        // The blob's bytes and the '\n' git prints after them.
        const bytes = Buffer.concat(body.parts)
        this.body = null
        this.onBlob(this.paths[this.next++], bytes.subarray(0, bytes.length - 1))
        continue
      }
      const nl = chunk.indexOf(0x0a, at)
      this.header.push(Buffer.from(chunk.subarray(at, nl < 0 ? chunk.length : nl)))
      if (nl < 0) return
      at = nl + 1
      const line = Buffer.concat(this.header).toString('utf8')
      this.header = []
      const m = /^[0-9a-f]{40,64} blob (\d+)$/.exec(line)
      if (!m || this.next >= this.paths.length) {
        // git's own answer when it is one (`<oid> missing`); anything else may be file content out of step: not quoted.
        const said = /^[0-9a-f]{40,64} [a-z]+$/.test(line) ? JSON.stringify(line) : 'an unexpected answer'
        throw new Error(`git cat-file --batch: ${said} for ${this.paths[this.next] ?? 'no file asked'}`)
      }
      this.body = { left: Number(m[1]) + 1, parts: [] }
    }
  }

  end(): void {
    if (this.body || this.next !== this.paths.length) throw new Error(`git cat-file --batch showed ${this.next} of the ${this.paths.length} added files`)
  }
}
