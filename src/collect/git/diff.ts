/**
 * The added lines of a change from a local checkout, through the one hardened git runner (./run.ts): for the
 * change as a whole, the files it adds read whole from their blobs (`git cat-file --batch`) and the lines it adds
 * to the others from `git diff base...head`; `git log -p base..head` for each of its commits.
 *
 * Every added byte is shown: `--text` (a NUL byte, `-diff` or `binary` never turn a file into "Binary files
 * differ"), no textconv, no external diff, and no attributes from the pull request: git runs in an empty
 * directory with the repository named and no index (run.ts, isolatedRun).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type { AddedFile, DiffResult } from '../../model/facts/secrets.js'
import {
  addedBlobFile,
  applyFilters,
  BlobBatchReader,
  DEFAULT_MAX_FILE_SIZE,
  DiffBlockSplitter,
  LogBlockSplitter,
  parseDiffBytes,
  wholeFile,
  type FilterOptions,
  type ParsedDiffFile
} from '../../secrets/diff.js'
import { needsContext } from '../../secrets/table-view.js'
import { rawListing, rawListingCommand } from './files.js'
import { type ChangeCommits, earlyKey, type GitOutput, isolatedRun, keepEarly, runGit, startGitOutput, streamGit, takeEarly, tempRoot } from './run.js'

export interface GitOptions extends FilterOptions {
  cwd: string
  base: string
  head: string
  timeoutMs?: number
  /** History scan: at most this many commits one by one (default MAX_HISTORY_COMMITS). */
  maxHistoryCommits?: number
  /** History scan: the commits of base..head when already counted (countCommits). */
  commitCount?: number | { failed: string }
}

/** A diff of a large change: up to 1 GiB of output. */
const MAX_DIFF_BYTES = 1024 * 1024 * 1024
/** How each file's changes are shown, for the diff and the log alike. */
const PATCH_FLAGS = ['--no-color', '--unified=0', '--text', '--no-ext-diff', '--no-textconv', '--find-renames', '--src-prefix=a/', '--dst-prefix=b/']

/** What git prints before each commit's SHA in the history log (`%x00` is a NUL byte). */
const COMMIT_MARKER = '%x00compliance-gate-commit '

/**
 * How the history is read. Oldest commit first: a value several commits add is reported at the first one (the
 * one that leaked it). A merge commit shows what it adds beyond git's own merge of its parents
 * (`--remerge-diff`, git 2.36+), i.e. a conflict's resolution and any line the merge alone brings in; the lines
 * it takes from a parent were scanned in that parent's commits (or are the base branch's own). Merges left out,
 * a secret written into a conflict's resolution and removed by a later commit went unseen.
 */
const HISTORY_FLAGS = ['--reverse', '--diff-merges=remerge']

/** The remedy when git could not show the history or the added files: every object of the change must be in the checkout. */
export const WHOLE_CHECKOUT_REMEDY =
  'Check out the repository whole (actions/checkout with fetch-depth: 0 and no filter: git here never fetches objects a partial clone lacks) and re-run.'

/**
 * `git diff` of the change as a whole, the files it adds left out (they are read from their blobs), and `git log
 * -p` of its commits: the arguments, before the hardening.
 */
function diffArgs(base: string, head: string): string[] {
  return ['diff', `${base}...${head}`, ...PATCH_FLAGS, '--diff-filter=a']
}
/** Each blob asked on stdin, printed as stored (no filters, no textconv): `<oid> blob <size>\n<bytes>\n`. */
const BLOB_BATCH_ARGS = ['cat-file', '--batch']
function logArgs(base: string, head: string): string[] {
  return ['log', ...HISTORY_FLAGS, `--format=${COMMIT_MARKER}%H`, '-p', `${base}..${head}`, ...PATCH_FLAGS]
}

/** The commands gitAddedFiles and gitHistoryAddedFiles run (before their hardening), as recorded in the evidence's sources. */
export function patchCommands(base: string, head: string): { diff: string; log: string } {
  const shown = (args: string[]) => ['git', ...args.map(a => (/\s/.test(a) ? JSON.stringify(a) : a))].join(' ')
  return {
    // The files base...head adds, with their blobs' full names, are the `A` entries of the change's raw listing (the
    // files list's): the same three-dot diff and rename detection as the patch (a file paired with a deleted one is a
    // rename there, not an addition here), so the two cover every file.
    diff: `${shown(diffArgs(base, head))}; ${rawListingCommand(base, head)} (its A entries) | ${shown(BLOB_BATCH_ARGS)}`,
    log: shown(logArgs(base, head))
  }
}

/**
 * At most this many commits of a change are scanned one by one (history scan; streamed, so memory does not
 * grow with it); more are not scanned, and the control says the history is not verified.
 */
export const MAX_HISTORY_COMMITS = 1000

/**
 * How git runs for a patch listing: no attributes, index or work tree from the checkout (isolatedRun). The commands
 * of one scratch directory share its repository (made once, see isolatedRun).
 */
async function patchRun(
  options: GitOptions,
  command: string[],
  scratch: string
): Promise<{ cwd: string; args: string[]; env: Record<string, string>; maxBuffer: number; timeoutMs?: number }> {
  return {
    ...(await isolatedRun(options.cwd, scratch)),
    args: [`--work-tree=${scratch}`, ...command, '--'],
    maxBuffer: MAX_DIFF_BYTES,
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {})
  }
}

/**
 * Added lines of base...head from a local checkout, read as git prints them: each block of whole files is
 * parsed and filtered at once (onFile gets every kept file then, so the caller can scan while git still
 * writes), and git's output is never held whole. Without keepTexts (the caller scanned each file in onFile and
 * needs no text after), the files come back with their paths only, so memory does not grow with the diff;
 * keepTexts may be asked file by file (the caller learns while git runs whether it needs the texts).
 * Throws with git's message when git fails.
 */
export async function gitAddedFiles(
  options: GitOptions,
  onFile?: (file: AddedFile) => void,
  { keepTexts = true }: { keepTexts?: boolean | (() => boolean) } = {}
): Promise<DiffResult> {
  const keep = typeof keepTexts === 'function' ? keepTexts : () => keepTexts
  const result: DiffResult = { files: [], skipped: [], not_verified: [] }
  // onFile's own failure (the caller's scanner) stops git, and is rethrown as itself: it is not git's
  let callbackError: Error | undefined
  const take = (r: DiffResult) => {
    for (const f of r.files) {
      result.files.push(keep() ? f : pathsOnly(f))
      try {
        onFile?.(f)
      } catch (e) {
        callbackError ??= e instanceof Error ? e : new Error(String(e))
        throw e
      }
    }
    result.skipped.push(...r.skipped)
    result.not_verified.push(...r.not_verified)
  }
  const rethrowCallbackError = () => {
    if (callbackError !== undefined) throw callbackError
  }
  // A table changed in place waits for its head blob (see parseAddedRaw): its added rows are read under the header or
  // the definitions above them (the patch holds no added file: those are read from their blobs).
  const waiting: ParsedDiffFile[] = []
  const contexts = new Map<string, string>()
  const splitter = new DiffBlockSplitter(block => {
    const now: ParsedDiffFile[] = []
    for (const f of parseDiffBytes(block)) (needsContext(f.path) ? waiting : now).push(f)
    take(applyFilters(now, options))
  })
  const started = takeEarly<Promise<PatchOutput>>(earlyKey('diff', options)) ?? startPatchOutput(options)
  const patch = await started
  const { output, scratch, added } = patch
  try {
    const r = await output.read(chunk => splitter.push(chunk))
    rethrowCallbackError()
    if (!r.ok) throw new Error(`git diff ${options.base}...${options.head} failed: ${r.stderr.trim() || `exit ${r.code}`}`)
    splitter.end()
    const blobs = await added
    if ('failed' in blobs) throw new CheckoutObjectsError(blobs.failed)
    for (const m of blobs.submodules) take(applyFilters([wholeFile(m.path, `Subproject commit ${m.oid}\n`)], options))
    if (blobs.output) {
      const reader = new BlobBatchReader(blobs.paths, (path, bytes) => {
        // A head blob above max-file-size is not read as a table (its added rows are judged line by line only).
        if (blobs.contextPaths.has(path)) {
          if (bytes.length <= (options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE)) contexts.set(path, bytes.toString('utf8'))
        } else take(applyFilters([addedBlobFile(path, bytes)], options))
      })
      const b = await blobs.output.read(chunk => reader.push(chunk))
      rethrowCallbackError()
      if (!b.ok) {
        const why = `git cat-file --batch failed: ${b.stderr.trim() || `exit ${b.code}`}`
        throw LIMIT_FAILURE.test(why) ? new Error(why) : new CheckoutObjectsError(why)
      }
      reader.end()
    }
    for (const f of waiting) {
      const context = contexts.get(f.path)
      if (context !== undefined) f.context = context
    }
    take(applyFilters(waiting, options))
  } finally {
    await patch.dropAdded()
    rmSync(scratch, { recursive: true, force: true })
  }
  // In git's order, as one diff would have listed them (the added files came after the others).
  sortInGitOrder(result.files)
  sortInGitOrder(result.skipped)
  sortInGitOrder(result.not_verified)
  return result
}

/** git could not read objects of the change (a missing blob, a listing that failed): the checkout must hold them all. */
export class CheckoutObjectsError extends Error {
  readonly remedy = WHOLE_CHECKOUT_REMEDY
}

/** A git output stopped at its byte cap or its timeout (GitOutput): not a missing object. */
const LIMIT_FAILURE = /timed out|printed more than/

/**
 * Sorts (stably) by path in git's order: the bytes of the path, as git orders a diff's files (a rename at its new
 * path). The findings of files scanned out of that order are put back in it the same way.
 */
export function sortInGitOrder<T extends { path: string }>(list: T[]): T[] {
  const keys = new Map<string, Buffer>()
  const key = (p: string) => keys.get(p) ?? keys.set(p, Buffer.from(p, 'utf8')).get(p)!
  return list.sort((a, b) => Buffer.compare(key(a.path), key(b.path)))
}

/**
 * The blobs of the files a change adds (one batch reads them all) and the submodules it adds (a commit, whose
 * one line the patch shows as `Subproject commit <oid>`), or why git could not list them.
 */
/** The blobs read after the patch: the added files' and, as contextPaths, the head blobs of tables changed in place. */
type AddedBlobs = { paths: string[]; contextPaths: Set<string>; output: GitOutput | null; submodules: { path: string; oid: string }[] } | { failed: string }

/**
 * The added files of `git diff --raw -z --no-abbrev`: `:<mode> <mode> <oid> <oid> <status>\0<path>\0` each (a rename
 * or copy `…R086\0<old>\0<new>\0`), the added ones `:000000 <mode> <null oid> <oid> A`. A submodule (mode 160000)
 * adds a commit, not a blob: marked, as there is no blob to read (the patch shows its commit's name).
 */
export function parseAddedRaw(out: Buffer): { path: string; oid: string; submodule?: true; context?: true }[] {
  const tokens = out.toString('utf8').split('\u0000')
  const files: { path: string; oid: string; submodule?: true; context?: true }[] = []
  for (let i = 0; i + 1 < tokens.length;) {
    const m = /^:\d{6} (\d{6}) [0-9a-f]{40,64} ([0-9a-f]{40,64}) ([ACDMRTUX])(\d{0,3})$/.exec(tokens[i])
    if (!m) throw new Error(`git diff --raw: unexpected output ${JSON.stringify(tokens[i].slice(0, 200))}`)
    const paired = m[3] === 'R' || m[3] === 'C'
    if (m[3] === 'A') files.push({ path: tokens[i + 1], oid: m[2], ...(m[1] === '160000' ? { submodule: true as const } : {}) })
    else if ((m[3] === 'M' || paired) && m[1] !== '160000') {
      // A table changed in place: its head blob is read too, for the header or definitions above the added rows.
      const path = tokens[i + (paired ? 2 : 1)]
      if (needsContext(path)) files.push({ path, oid: m[2], context: true })
    }
    i += paired ? 3 : 2
  }
  return files
}

/**
 * `git diff base...head` started (writing ahead into its own file) in its scratch directory, which the reader
 * removes; and the files the change adds listed, then their blobs read by one batch, also writing ahead.
 */
interface PatchOutput {
  output: GitOutput
  scratch: string
  added: Promise<AddedBlobs>
  /** Stops the listing of added files (when still running) and drops the blobs' output unless it was read. */
  dropAdded(): Promise<void>
}

async function startPatchOutput(options: GitOptions): Promise<PatchOutput> {
  const scratch = mkdtempSync(join(tempRoot(), 'cg-diff-'))
  try {
    const { cwd, args, ...opts } = await patchRun(options, diffArgs(options.base, options.head), scratch)
    const output = startGitOutput(cwd, args, opts)
    const abort = new AbortController()
    const added = startAddedBlobs(options, scratch, abort.signal)
    added.catch(() => undefined)
    const dropAdded = async () => {
      abort.abort()
      const blobs = await added.catch(() => null)
      if (blobs && 'output' in blobs) await blobs.output?.discard()
    }
    return { output, scratch, added, dropAdded }
  } catch (e) {
    rmSync(scratch, { recursive: true, force: true })
    throw e
  }
}

async function startAddedBlobs(options: GitOptions, scratch: string, signal: AbortSignal): Promise<AddedBlobs> {
  const listing = await rawListing(options, signal)
  const command = rawListingCommand(options.base, options.head)
  if (!listing.ok) return { failed: `${command} failed: ${listing.stderr.trim() || `exit ${listing.code}`}` }
  let listed: ReturnType<typeof parseAddedRaw>
  try {
    listed = parseAddedRaw(listing.stdout)
  } catch (e) {
    return { failed: `${command}: ${e instanceof Error ? e.message : String(e)}` }
  }
  const submodules = listed.filter(f => f.submodule)
  const files = listed.filter(f => !f.submodule)
  const contextPaths = new Set(files.filter(f => f.context).map(f => f.path))
  if (files.length === 0 || signal.aborted) return { paths: [], contextPaths, output: null, submodules }
  const { cwd, args, ...opts } = await patchRun(options, BLOB_BATCH_ARGS, scratch)
  const batch = args.slice(0, -1) // cat-file takes no `--`
  return {
    paths: files.map(f => f.path),
    contextPaths,
    output: startGitOutput(cwd, batch, { ...opts, input: files.map(f => `${f.oid}\n`).join('') }),
    submodules
  }
}

/** The diff gitAddedFiles reads and the count countCommits gives, started now for those calls to take (see ./early.ts). */
export function startAddedFilesEarly(options: ChangeCommits): void {
  const abort = new AbortController()
  const counting = startCount(options, abort.signal)
  keepEarly(earlyKey('count', options), counting, async c => {
    abort.abort()
    await c
  })
  const patch = startPatchOutput(options)
  patch.catch(() => undefined)
  keepEarly(earlyKey('diff', options), patch, async p => {
    const started = await p.catch(() => null)
    if (!started) return
    await Promise.all([started.output.discard(), started.dropAdded()])
    rmSync(started.scratch, { recursive: true, force: true })
  })
}

/** A file of a diff with its path(s) only: the texts of a scanned file no longer needed. */
export function pathsOnly(f: AddedFile): AddedFile {
  return { path: f.path, ...(f.previous_path ? { previous_path: f.previous_path } : {}), text: '', lineNumbers: [] }
}

/** How many commits (merges included) base..head holds, or why git could not say. */
export function countCommits(options: Pick<GitOptions, 'cwd' | 'base' | 'head'>): Promise<number | { failed: string }> {
  return takeEarly<ReturnType<typeof startCount>>(earlyKey('count', options)) ?? startCount(options)
}

async function startCount(options: Pick<GitOptions, 'cwd' | 'base' | 'head'>, signal?: AbortSignal): Promise<number | { failed: string }> {
  const range = `${options.base}..${options.head}`
  const count = await runGit(options.cwd, ['rev-list', '--count', range], signal ? { signal } : {})
  return count.ok ? Number(count.stdout.trim()) : { failed: `git rev-list ${range} failed: ${count.stderr.trim()}` }
}

/**
 * The lines each commit of base..head adds (a merge: what it adds beyond its parents, see HISTORY_FLAGS): a
 * secret one commit adds and a later one removes is not in base...head but stays in the history. `skipped` (the
 * reason, with its remedy) when there are too many
 * commits to scan one by one or git fails; `not_scanned` names what a commit added that could not be scanned.
 * The log is read as git prints it, a block of whole files at a time. onFile gets each commit's kept files
 * then (so the caller can scan while git still writes), and the commits listed hold no files: none is kept.
 * onFile's own failure stops git and is thrown as itself.
 */
export async function gitHistoryAddedFiles(
  options: GitOptions,
  onFile?: (commit: string, file: AddedFile) => void
): Promise<
  | { commits: { commit: string; files: AddedFile[] }[]; not_scanned: string[]; unscanned: { path: string; commit: string; reason: string }[] }
  | { skipped: string; remedy: string }
> {
  const range = `${options.base}..${options.head}`
  const n = options.commitCount ?? (await countCommits(options))
  if (typeof n !== 'number') return { skipped: n.failed, remedy: WHOLE_CHECKOUT_REMEDY }
  if (n <= 1) return { commits: [], not_scanned: [], unscanned: [] } // one commit: its lines are the net diff's
  const max = options.maxHistoryCommits ?? MAX_HISTORY_COMMITS
  if (n > max)
    return {
      skipped: `${n} commits: more than ${max}, so commits were not scanned one by one (only the final diff)`,
      remedy: 'Squash or rebase the branch into fewer commits and re-run (its final diff was scanned).'
    }
  // git shows no remerge diff for a merge of more than two parents: what such a merge adds would go unseen.
  const octopus = await runGit(options.cwd, ['rev-list', '--min-parents=3', range])
  if (!octopus.ok) return { skipped: `git rev-list --min-parents=3 ${range} failed: ${octopus.stderr.trim()}`, remedy: WHOLE_CHECKOUT_REMEDY }
  const octopusMerges = octopus.stdout.split('\n').filter(l => l !== '')
  if (octopusMerges.length > 0)
    return {
      skipped: `merge commit ${octopusMerges[0].slice(0, 7)} has more than two parents, and git shows no diff of what such a merge adds (only the final diff was scanned)`,
      remedy: 'Merge one branch at a time (two-parent merges), or squash or rebase the branch, and re-run.'
    }
  const commits: { commit: string; files: AddedFile[] }[] = []
  const notScanned: string[] = []
  const unscanned: { path: string; commit: string; reason: string }[] = []
  let callbackError: Error | undefined
  // A marker starts each commit at the start of a line, where no patch line can hold it (every patch line
  // starts with +, -, space, @ or a header word), so NULs inside UTF-16 content do not split a commit.
  const splitter = new LogBlockSplitter(
    Buffer.from(`\u0000${COMMIT_MARKER.slice(4)}`),
    commit => commits.push({ commit, files: [] }),
    (commit, bytes) => {
      const filtered = applyFilters(parseDiffBytes(bytes), options)
      for (const f of filtered.files) {
        if (!onFile) {
          commits[commits.length - 1].files.push(f)
          continue
        }
        try {
          onFile(commit, f)
        } catch (e) {
          callbackError ??= e instanceof Error ? e : new Error(String(e))
          throw e
        }
      }
      for (const nv of filtered.not_verified) {
        notScanned.push(`${nv.path} in commit ${commit.slice(0, 7)} (${nv.reason})`)
        unscanned.push({ path: nv.path, commit, reason: nv.reason })
      }
    }
  )
  const scratch = mkdtempSync(join(tempRoot(), 'cg-diff-'))
  try {
    const { cwd, args, ...opts } = await patchRun(options, logArgs(options.base, options.head), scratch)
    const r = await streamGit(cwd, args, chunk => splitter.push(chunk), opts)
    if (callbackError !== undefined) throw callbackError
    if (!r.ok) return { skipped: `git log -p ${range} failed: ${r.stderr.trim() || `exit ${r.code}`}`, remedy: WHOLE_CHECKOUT_REMEDY }
    splitter.end()
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
  // Every commit counted must have been read: a log whose commit markers were not found (re-encoded output,
  // say) would otherwise pass as a history without secrets.
  if (commits.length !== n) return { skipped: `git log -p ${range} showed ${commits.length} of its ${n} commits`, remedy: WHOLE_CHECKOUT_REMEDY }
  return { commits, not_scanned: notScanned, unscanned }
}
