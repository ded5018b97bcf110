/**
 * Added lines of a change, head side: from `git diff base...head` in a local checkout, or from the
 * `patch` fields of GitHub's pull-request files API. Binary files, oversize files, lockfiles and policy
 * excludes are skipped, each with its reason; a file whose patch GitHub omitted is "not verified".
 */
import { execFile } from 'node:child_process'
import { basename } from 'node:path'
import { minimatch } from 'minimatch'
import type { AddedFile, DiffResult, PathReason } from './types.js'

export const DEFAULT_MAX_FILE_SIZE = 1024 * 1024

/** Dependency lockfiles: machine-written hashes and URLs, excluded by default. */
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
  lines: { line: number; text: string }[]
}

/** Undo git's C-style quoting of a path ("a\\tb", "\\303\\251" octal UTF-8 bytes). */
export function unquoteGitPath(p: string): string {
  if (!(p.length >= 2 && p.startsWith('"') && p.endsWith('"'))) return p
  const body = p.slice(1, -1)
  const bytes: number[] = []
  const simple: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 }
  for (let i = 0; i < body.length; i++) {
    const ch = body[i] as string
    if (ch !== '\\') {
      for (const b of Buffer.from(ch, 'utf8')) bytes.push(b)
      continue
    }
    const nx = body[i + 1] as string
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
    return { a: stripPrefix(q[1] as string, 'a/'), b: stripPrefix(q[2] as string, 'b/') }
  }
  // Unquoted with spaces: "a/<p> b/<p>" with the same path on both sides (no rename).
  const half = (rest.length - 1) / 2
  if (Number.isInteger(half) && rest.slice(2, half) === rest.slice(half + 3)) {
    const p = rest.slice(2, half)
    return { a: p, b: p }
  }
  return {}
}

/** Parse `git diff --unified=0` output (also works with context lines). */
export function parseUnifiedDiff(text: string): ParsedDiffFile[] {
  const files: ParsedDiffFile[] = []
  const lines = text.split('\n')
  let cur: ParsedDiffFile | null = null
  let i = 0
  while (i < lines.length) {
    const l = lines[i] as string
    if (l.startsWith('diff --git ')) {
      const hp = headerPaths(l.slice('diff --git '.length))
      cur = { path: hp.b ?? hp.a ?? '', binary: false, deleted: false, lines: [] }
      if (hp.a && hp.b && hp.a !== hp.b) cur.previous_path = hp.a
      files.push(cur)
      i++
      continue
    }
    if (!cur) {
      i++
      continue
    }
    if (l.startsWith('rename from ')) cur.previous_path = unquoteGitPath(l.slice(12))
    else if (l.startsWith('rename to ')) cur.path = unquoteGitPath(l.slice(10))
    else if (l.startsWith('copy to ')) cur.path = unquoteGitPath(l.slice(8))
    else if (l.startsWith('deleted file mode')) cur.deleted = true
    else if (l.startsWith('--- ')) {
      // old side; nothing to take
    } else if (l.startsWith('+++ ')) {
      const p = l.slice(4).replace(/\t$/, '')
      if (p === '/dev/null') cur.deleted = true
      else cur.path = stripPrefix(p, 'b/')
    } else if (l.startsWith('Binary files ') && l.endsWith(' differ')) {
      cur.binary = true
      const m = / and (.+) differ$/.exec(l)
      if (m && m[1] !== '/dev/null' && !cur.path) cur.path = stripPrefix(m[1] as string, 'b/')
      if (m && m[1] === '/dev/null') cur.deleted = true
    } else if (l.startsWith('GIT binary patch')) {
      cur.binary = true
    } else if (l.startsWith('@@ ')) {
      const h = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(l)
      if (h) {
        let oldLeft = h[1] === undefined ? 1 : Number(h[1])
        let lineNo = Number(h[2])
        let newLeft = h[3] === undefined ? 1 : Number(h[3])
        i++
        // Counts, not prefixes, end a hunk: an added line may itself start with "+++ " or "diff --git".
        while (i < lines.length && (oldLeft > 0 || newLeft > 0 || (lines[i] as string).startsWith('\\'))) {
          const t = lines[i] as string
          const c = t.charAt(0)
          if (c === '+') {
            cur.lines.push({ line: lineNo, text: t.charCodeAt(t.length - 1) === 13 ? t.slice(1, -1) : t.slice(1) })
            lineNo++
            newLeft--
          } else if (c === '-') {
            oldLeft--
          } else if (c === ' ') {
            lineNo++
            newLeft--
            oldLeft--
          } else if (c === '\\') {
            // "\ No newline at end of file"
          } else if (t === '' && i === lines.length - 1) {
            break
          } else {
            // malformed hunk: stop counting
            break
          }
          i++
        }
        continue
      }
    }
    i++
  }
  return files.filter((f) => f.path !== '')
}

/** Added lines of one GitHub API `patch` field (hunks only, no file header). */
export function parsePatch(patch: string): { line: number; text: string }[] {
  const parsed = parseUnifiedDiff(`diff --git a/x b/x\n--- a/x\n+++ b/x\n${patch}`)
  return parsed[0]?.lines ?? []
}

export interface FilterOptions {
  maxFileSize?: number
  excludePaths?: string[]
  /** Exclude dependency lockfiles (default true). */
  excludeLockfiles?: boolean
}

function utf8Length(lines: { text: string }[]): number {
  let n = 0
  for (const l of lines) n += Buffer.byteLength(l.text, 'utf8') + 1
  return n
}

/** Drop binary, deleted, lockfile, excluded and oversize files; record each skip with its reason. */
export function applyFilters(files: ParsedDiffFile[], options: FilterOptions = {}): DiffResult {
  const max = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE
  const excludes = options.excludePaths ?? []
  const lockfiles = new Set(options.excludeLockfiles === false ? [] : LOCKFILES)
  const out: AddedFile[] = []
  const skipped: PathReason[] = []
  for (const f of files) {
    if (f.deleted) continue
    if (f.binary) {
      skipped.push({ path: f.path, reason: 'binary file' })
      continue
    }
    if (lockfiles.has(basename(f.path))) {
      skipped.push({ path: f.path, reason: 'dependency lockfile (excluded by default)' })
      continue
    }
    const pattern = excludes.find((g) => minimatch(f.path, g, { dot: true }))
    if (pattern !== undefined) {
      skipped.push({ path: f.path, reason: `excluded by policy pattern ${pattern}` })
      continue
    }
    if (f.lines.length === 0) continue
    let chars = 0
    for (const l of f.lines) chars += l.text.length + 1
    // UTF-8 takes at most 3 bytes per UTF-16 unit: count exactly only when it could matter.
    const size = chars * 3 > max ? utf8Length(f.lines) : chars
    if (size > max) {
      skipped.push({ path: f.path, reason: `added text is ${size} bytes, above the max-file-size of ${max} bytes` })
      continue
    }
    const added: AddedFile = { path: f.path, lines: f.lines }
    if (f.previous_path) added.previous_path = f.previous_path
    out.push(added)
  }
  return { files: out, skipped, not_verified: [] }
}

/** A file object of GET /repos/{owner}/{repo}/pulls/{pull_number}/files (the fields used). */
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
      if ((f.additions ?? 1) > 0 && !(f.status === 'renamed' && (f.changes ?? 0) === 0)) {
        notVerified.push({ path: f.filename, reason: 'GitHub omitted the patch (large or binary file) and there is no checkout to read it from' })
      }
      continue
    }
    const p: ParsedDiffFile = { path: f.filename, binary: false, deleted: false, lines: parsePatch(f.patch) }
    if (f.previous_filename) p.previous_path = f.previous_filename
    parsed.push(p)
  }
  const r = applyFilters(parsed, options)
  // A lockfile or excluded file without a patch is a skip, not an unverified file.
  const lock = new Set(options.excludeLockfiles === false ? [] : LOCKFILES)
  for (const nv of notVerified) {
    const pattern = (options.excludePaths ?? []).find((g) => minimatch(nv.path, g, { dot: true }))
    if (lock.has(basename(nv.path))) r.skipped.push({ path: nv.path, reason: 'dependency lockfile (excluded by default)' })
    else if (pattern !== undefined) r.skipped.push({ path: nv.path, reason: `excluded by policy pattern ${pattern}` })
    else r.not_verified.push(nv)
  }
  return r
}

export interface GitOptions extends FilterOptions {
  cwd: string
  base: string
  head: string
  timeoutMs?: number
}

/** Run git without a shell, with config that keeps repository-controlled programs from running. */
export function runGit(cwd: string, args: string[], timeoutMs = 120000): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      'git',
      ['-c', 'core.quotepath=off', '-c', 'diff.external=', '-c', 'core.fsmonitor=false', '-c', 'diff.noprefix=false', '-c', 'diff.mnemonicPrefix=false', ...args],
      { cwd, maxBuffer: 1024 * 1024 * 1024, timeout: timeoutMs, encoding: 'utf8', env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_EXTERNAL_DIFF: '', GIT_PAGER: 'cat' } },
      (err, stdout, stderr) => {
        const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? ((err as { code: number }).code) : 1) : 0
        resolve({ code, stdout: String(stdout ?? ''), stderr: String(stderr ?? '') })
      }
    )
  })
}

/** Added lines of base...head from a local checkout. Throws with git's message when git fails. */
export async function gitAddedFiles(options: GitOptions): Promise<DiffResult> {
  const r = await runGit(
    options.cwd,
    ['diff', '--no-color', '--unified=0', '--no-ext-diff', '--no-textconv', '--find-renames', '--src-prefix=a/', '--dst-prefix=b/', `${options.base}...${options.head}`, '--'],
    options.timeoutMs
  )
  if (r.code !== 0) throw new Error(`git diff ${options.base}...${options.head} failed: ${r.stderr.trim() || `exit ${r.code}`}`)
  return applyFilters(parseUnifiedDiff(r.stdout), options)
}
