/**
 * The files a change touches, from a local checkout, through the one hardened git runner (./run.ts): what
 * GitHub's pull request files list holds, without its 3,000-file cap and without paging patches.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type { ChangedFileFacts, FileStatus } from '../../model/record.js'
import { type ChangeCommits, earlyKey, isolatedRun, keepEarly, runGitBytes, takeEarly, tempRoot } from './run.js'

/** git's status letters (`--raw`) as GitHub's pull request files list names them. */
const RAW_STATUS: Record<string, FileStatus> = { A: 'added', D: 'removed', M: 'modified', R: 'renamed', C: 'copied', T: 'changed' }

/** The change's raw listing (rawListing), as recorded in the evidence's sources: read by the files list and the secrets scan. */
export function rawListingCommand(base: string, head: string): string {
  return `git diff --raw -z --no-abbrev --find-renames ${base}...${head}`
}

/** The commands gitChangedFiles runs (before their hardening), as recorded in the evidence's sources. */
export function changedFilesCommands(base: string, head: string): string[] {
  return [rawListingCommand(base, head), `git diff --numstat -z --find-renames ${base}...${head}`]
}

/** What gitChangedFiles lists: the files at once, their line counts when git has counted them. */
export interface ChangedFilesListing {
  /** Path, former path, status; additions and deletions 0 until `counted` resolves. */
  files: ChangedFileFacts[]
  /**
   * Resolves once each file's added and deleted lines (a binary file: 0 and 0, `binary`) are set on `files`;
   * rejects with git's message. Counting reads every changed blob: it runs beside whatever waits on the list.
   */
  counted: Promise<void>
}

/**
 * The files base...head changes, as GitHub lists a pull request's files (the same three-dot diff): path, former
 * path of a rename or copy, status, and added and deleted lines. Every file, with no cap at 3,000. Attributes are
 * not read from the change (a `.gitattributes` cannot hide a file's lines), and the work tree and index are not
 * used. The list comes first (`git diff --raw`, which reads no file contents); the counts (`--numstat`) follow.
 * Throws with git's message when the listing fails.
 */
export async function gitChangedFiles(options: ChangeCommits): Promise<ChangedFilesListing> {
  const [rawCommand, countCommand] = changedFilesCommands(options.base, options.head)
  const { listing, counting } = takeEarly<ChangedFilesRuns>(earlyKey('files', options)) ?? startChangedFiles(options)
  const raw = await listing
  if (!raw.ok) throw new Error(`${rawCommand} failed: ${raw.stderr.trim() || `exit ${raw.code}`}`)
  const files = parseRaw(raw.stdout.toString('utf8'))
  const counted = counting.then(r => {
    if (!r.ok) throw new Error(`${countCommand} failed: ${r.stderr.trim() || `exit ${r.code}`}`)
    applyNumstat(files, r.stdout.toString('utf8'))
  })
  counted.catch(() => undefined)
  return { files, counted }
}

type ChangedFilesRuns = Record<'listing' | 'counting', ReturnType<typeof isolatedDiff>>

/**
 * Both commands start at once: the counts run on another core while the list is read and used, and a command
 * started once a diff is being scanned would wait for that scan to end (see streamStarted in ./run.ts).
 */
function startChangedFiles(options: ChangeCommits, signal?: AbortSignal): ChangedFilesRuns {
  const runs = { listing: rawListing(options, signal), counting: isolatedDiff(options, ['--numstat'], signal) }
  runs.counting.catch(() => undefined)
  return runs
}

/** gitChangedFiles's commands started now, for the gitChangedFiles call of these options to take (see ./early.ts). */
export function startChangedFilesEarly(options: ChangeCommits): void {
  const abort = new AbortController()
  const runs = startChangedFiles(options, abort.signal)
  runs.listing.catch(() => undefined)
  keepEarly(earlyKey('files', options), runs, async r => {
    abort.abort()
    await Promise.allSettled([r.listing, r.counting])
  })
}

type GitBytesRun = ReturnType<typeof isolatedDiff>

/** The raw listing of a change being run, shared by whoever asks for it while it runs (see rawListing). */
const rawListings = new Map<string, { result: GitBytesRun; waiting: number; stop: AbortController }>()

/**
 * `git diff --raw -z --no-abbrev --find-renames base...head`: every file the change touches, with its status and
 * its blobs' full names. The files list reads it (gitChangedFiles), and so does the secrets scan for the blobs of
 * the files the change adds (./diff.ts): one run serves every caller asking while it runs. A caller's signal
 * stops git only once every caller waiting on that run has given up.
 */
export function rawListing(options: ChangeCommits, signal?: AbortSignal): GitBytesRun {
  const key = earlyKey('raw', options)
  let run = rawListings.get(key)
  if (run === undefined) {
    const stop = new AbortController()
    const result = isolatedDiff(options, ['--raw', '--no-abbrev'], stop.signal)
    run = { result, waiting: 0, stop }
    rawListings.set(key, run)
    const forget = () => {
      if (rawListings.get(key) === run) rawListings.delete(key)
    }
    void result.then(forget, forget)
  }
  const shared = run
  shared.waiting++
  if (signal) {
    const leave = () => {
      if (--shared.waiting > 0) return
      // Stopped: whoever asks from now on gets a run of its own, not this one's failure.
      if (rawListings.get(key) === shared) rawListings.delete(key)
      shared.stop.abort()
    }
    if (signal.aborted) leave()
    else signal.addEventListener('abort', leave, { once: true })
  }
  return shared.result
}

/** `git diff <format> -z --find-renames base...head` in an empty directory (isolatedRun). */
async function isolatedDiff(options: ChangeCommits, format: readonly string[], signal?: AbortSignal) {
  const scratch = mkdtempSync(join(tempRoot(), 'cg-files-'))
  try {
    const run = await isolatedRun(options.cwd, scratch)
    return await runGitBytes(
      run.cwd,
      [`--work-tree=${scratch}`, 'diff', ...format, '-z', '--find-renames', '--no-ext-diff', '--no-textconv', `${options.base}...${options.head}`, '--'],
      { env: run.env, maxBuffer: 256 * 1024 * 1024, ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}), ...(signal ? { signal } : {}) }
    )
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}

/** `git diff --raw -z`: one entry per file (`:modes shas STATUS\0path\0`, a rename or copy `…R086\0old\0new\0`). */
export function parseRaw(out: string): ChangedFileFacts[] {
  const tokens = out.split('\u0000')
  const files: ChangedFileFacts[] = []
  for (let i = 0; i < tokens.length && tokens[i].startsWith(':');) {
    const letter = tokens[i].trim().split(/\s+/)[4]?.[0] ?? ''
    const paired = letter === 'R' || letter === 'C'
    const from = tokens[i + 1]
    const to = paired ? tokens[i + 2] : from
    if (to === undefined || to === '') throw new Error(`git diff --raw: unexpected output after ${JSON.stringify(tokens[i])}`)
    files.push({ path: to, ...(paired ? { previous_path: from } : {}), status: RAW_STATUS[letter] ?? 'changed', additions: 0, deletions: 0 })
    i += paired ? 3 : 2
  }
  return files
}

/**
 * `git diff --numstat -z` (the same diff, so the same files in the same order): `added\tdeleted\tpath\0`, a
 * rename `added\tdeleted\t\0old\0new\0`, a binary file `-\t-\t…`. The counts are set on `files`.
 */
export function applyNumstat(files: ChangedFileFacts[], out: string): void {
  const tokens = out.split('\u0000')
  let i = 0
  for (const f of files) {
    const m = /^(-|\d+)\t(-|\d+)\t/.exec(tokens[i] ?? '')
    if (!m) throw new Error(`git diff --numstat: unexpected output for ${f.path}`)
    const paired = tokens[i].length === m[0].length
    const path = paired ? tokens[i + 2] : tokens[i].slice(m[0].length)
    if (path !== f.path) throw new Error(`git diff --numstat: ${JSON.stringify(path)} where --raw listed ${JSON.stringify(f.path)}`)
    if (m[1] === '-') f.binary = true
    else {
      f.additions = Number(m[1])
      f.deletions = Number(m[2])
    }
    i += paired ? 3 : 1
  }
}
