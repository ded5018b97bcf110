/**
 * The one way compliance-gate starts git. A checkout may come from the pull request, so git must not run
 * anything the repository configures: no hooks, no external diff, no textconv, no fsmonitor, no pager, no
 * system or global config, no credential prompts, and attributes never taken from the working tree.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process'
import {
  closeSync,
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { isAbsolute, join, resolve } from 'node:path'

export interface GitResult {
  ok: boolean
  /** Exit code; null when git could not be started or was killed. */
  code: number | null
  stdout: string
  stderr: string
}

/** Config that overrides anything a repository's own .git/config could set to run code or change output. */
export const HARDENED_CONFIG: readonly string[] = [
  'core.fsmonitor=false',
  'core.hooksPath=/dev/null',
  'core.attributesFile=/dev/null',
  'core.pager=cat',
  'core.quotePath=off',
  'diff.external=',
  'diff.noprefix=false',
  'diff.mnemonicPrefix=false',
  'diff.relative=false',
  'diff.renames=true',
  'color.ui=false',
  // log and show verify signatures with a program the config names (log.showSignature + gpg.program)
  'log.showSignature=false',
  'gpg.program=false',
  'gpg.ssh.program=false',
  'gpg.x509.program=false',
  // a log re-encoded to UTF-16 hides every commit marker from the history scan
  'i18n.logOutputEncoding=UTF-8',
  'protocol.allow=never',
  'safe.directory=*'
]

/** The environment git runs in: no system/global config, no prompts, no optional locks, no replace refs, no network. */
export function gitEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const key of ['PATH', 'SYSTEMROOT', 'TMPDIR', 'TEMP', 'TMP', 'LANG', 'LC_ALL']) if (process.env[key] !== undefined) env[key] = process.env[key]
  return {
    ...env,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_TERMINAL_PROMPT: '0',
    GIT_OPTIONAL_LOCKS: '0',
    GIT_NO_REPLACE_OBJECTS: '1',
    GIT_ATTR_NOSYSTEM: '1',
    GIT_PAGER: 'cat',
    GIT_EXTERNAL_DIFF: '',
    // No transport at all: a partial clone (actions/checkout's `filter:`) fetches a missing blob on demand from
    // its promisor remote, and a remote's URL (`ext::<command>`) and `protocol.<name>.allow` come from the
    // checkout's .git/config, which a per-protocol setting lets override protocol.allow=never. An empty
    // allow-list refuses every transport over any config; git 2.44+ also stops lazy fetching outright.
    GIT_ALLOW_PROTOCOL: '',
    GIT_NO_LAZY_FETCH: '1',
    HOME: '/nonexistent'
  }
}

/** The argument list for `git <args>` with the hardened config in front. */
export function hardenedArgs(args: readonly string[]): string[] {
  return ['--no-pager', ...HARDENED_CONFIG.flatMap(c => ['-c', c]), ...args]
}

export interface RunGitOptions {
  /** Largest stdout accepted (default 16 MiB); more fails the call. */
  maxBuffer?: number
  /** Kill git after this long (default 120 s). */
  timeoutMs?: number
  /** Variables added to the hardened environment (e.g. GIT_INDEX_FILE for a diff that reads no index). */
  env?: Record<string, string>
  /** Kills git when aborted (a command started early that no one took, see discardEarly). */
  signal?: AbortSignal
  /** git's standard input (startGitOutput only): written to a file git reads, so git never waits on this thread. */
  input?: string
}

export function runGit(cwd: string, args: readonly string[], options: RunGitOptions = {}): Promise<GitResult> {
  return runGitBytes(cwd, args, options).then(r => ({ ...r, stdout: r.stdout.toString('utf8') }))
}

/**
 * Streams (streamGit) still being read, and what resolves when none is. Starting a process forks this one, and
 * after a fork every page of the heap the scan then writes is copied or re-mapped by the kernel, one fault per
 * page: a short git command started while a diff is being scanned cost the scan 40-60 ms on a 2-core runner, far
 * more than the command itself. So a short command asked for during a stream starts when the stream ends; its
 * caller waits no longer than the scan it would have slowed (every collector shares the one thread).
 */
let streams = 0
let streamsEnded: { promise: Promise<void>; resolve: () => void } | null = null

function streamStarted(): void {
  if (streams++ === 0) {
    let resolve = () => undefined as void
    const promise = new Promise<void>(r => (resolve = r))
    streamsEnded = { promise, resolve }
  }
}

function streamEnded(): void {
  if (--streams === 0) {
    streamsEnded?.resolve()
    streamsEnded = null
  }
}

/** Resolves once no stream is being read (at once when none is): when another git process may be started. */
export function whenNoStream(): Promise<void> {
  return streamsEnded?.promise ?? Promise.resolve()
}

/** runGit with stdout as bytes (a diff whose text is not UTF-8, e.g. UTF-16 files). */
export function runGitBytes(cwd: string, args: readonly string[], options: RunGitOptions = {}): Promise<Omit<GitResult, 'stdout'> & { stdout: Buffer }> {
  // Not during a stream (see streamStarted); otherwise at once, so commands asked for in order start in order.
  if (streamsEnded !== null) return streamsEnded.promise.then(() => runGitBytes(cwd, args, options))
  return new Promise(resolve => {
    execFile(
      'git',
      hardenedArgs(args),
      {
        cwd,
        env: { ...gitEnv(), ...options.env },
        maxBuffer: options.maxBuffer ?? 16 * 1024 * 1024,
        timeout: options.timeoutMs ?? 120_000,
        encoding: 'buffer',
        windowsHide: true,
        ...(options.signal ? { signal: options.signal, killSignal: 'SIGKILL' as const } : {})
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof (error as { code?: unknown }).code === 'number' ? (error as { code: number }).code : null) : 0
        resolve({
          ok: !error,
          code,
          stdout: Buffer.isBuffer(stdout) ? stdout : Buffer.alloc(0),
          stderr: Buffer.isBuffer(stderr) ? stderr.toString('utf8') : String(stderr ?? '')
        })
      }
    )
  })
}

/** git's empty tree: attributes read from it are none. */
export const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904'

const checkoutObjects = new Map<string, Promise<{ common: string; sha256: boolean } | null>>()

/**
 * How git runs on a checkout's commits without reading anything of the checkout but its objects (a diff or log
 * between two commits): git is started in `scratch` (an empty directory) on a repository of its own made there,
 * which borrows the checkout's objects (objects/info/alternates), with a work tree of `scratch`, an index that
 * does not exist and attributes from the empty tree (GIT_ATTR_SOURCE, git >= 2.40). So nothing of the checkout's
 * .git/config applies (merge drivers and filters a re-merged commit would start, signature programs, encodings,
 * a promisor remote), and neither do its info/attributes or, before git 2.40, the `.gitattributes` the change
 * under judgement writes. When the checkout's git directory cannot be found, git runs in the checkout itself.
 */
export async function isolatedRun(cwd: string, scratch: string): Promise<{ cwd: string; env: Record<string, string> }> {
  let objects = checkoutObjects.get(cwd)
  if (!objects) checkoutObjects.set(cwd, (objects = objectsOf(cwd)))
  const found = await objects
  const env: Record<string, string> = { GIT_INDEX_FILE: join(scratch, 'no-index'), GIT_ATTR_SOURCE: EMPTY_TREE }
  if (found === null) return { cwd, env }
  return { cwd: scratch, env: { ...env, GIT_DIR: borrowingRepository(join(scratch, 'objects.git'), found.common, found.sha256) } }
}

/** The checkout's common git directory (absolute) and whether its objects are SHA-256; null when git cannot say. */
async function objectsOf(cwd: string): Promise<{ common: string; sha256: boolean } | null> {
  const plain = plainGitDir(cwd)
  if (plain) return plain
  const r = await runGit(cwd, ['rev-parse', '--path-format=absolute', '--git-common-dir', '--show-object-format'])
  if (!r.ok) return null
  const [common, format] = r.stdout.split('\n').map(l => l.trim())
  return common && isAbsolute(common) ? { common, sha256: format === 'sha256' } : null
}

/**
 * The checkout's git directory read without starting git (a process start blocks this thread for 10-30 ms), when
 * it is the plain case actions/checkout makes: `.git` a directory of its own at the top of the checkout (not a
 * worktree's or submodule's `gitdir:` file, no `commondir`), with objects, and SHA-1 (a repository of another
 * object format names it in its config's extensions.objectFormat). Anything else: null, and git is asked.
 */
function plainGitDir(cwd: string): { common: string; sha256: false } | null {
  const dir = resolve(cwd, '.git')
  try {
    if (!lstatSync(dir).isDirectory() || !lstatSync(join(dir, 'objects')).isDirectory() || existsSync(join(dir, 'commondir'))) return null
    if (/objectformat/i.test(readFileSync(join(dir, 'config'), 'utf8'))) return null
  } catch {
    return null
  }
  return { common: dir, sha256: false }
}

/**
 * A bare repository at dir whose objects are the checkout's: its alternates name the checkout's object
 * directory, its `shallow` list is the checkout's, its object format the checkout's, and its config is git's
 * defaults and nothing more. A few small files, written without starting git.
 */
function borrowingRepository(dir: string, common: string, sha256: boolean): string {
  // Made once per scratch directory, however many commands ask: writing its files again would truncate them under a
  // git already reading them.
  if (existsSync(join(dir, 'objects', 'info', 'alternates'))) return dir
  mkdirSync(join(dir, 'objects', 'info'), { recursive: true })
  mkdirSync(join(dir, 'refs', 'heads'), { recursive: true })
  writeFileSync(join(dir, 'HEAD'), 'ref: refs/heads/main\n')
  writeFileSync(
    join(dir, 'config'),
    `[core]\n\trepositoryformatversion = ${sha256 ? 1 : 0}\n\tbare = true\n${sha256 ? '[extensions]\n\tobjectformat = sha256\n' : ''}`
  )
  writeFileSync(join(dir, 'objects', 'info', 'alternates'), `${join(common, 'objects')}\n`)
  if (existsSync(join(common, 'shallow'))) copyFileSync(join(common, 'shallow'), join(dir, 'shallow'))
  return dir
}

/**
 * Where git's scratch files go: the runner's own temp directory (RUNNER_TEMP, emptied after each job, on the
 * disk the runner sizes for the job) when it is set and is a directory, else the system's.
 */
export function tempRoot(): string {
  const runner = process.env.RUNNER_TEMP
  if (runner) {
    try {
      if (statSync(runner).isDirectory()) return runner
    } catch {
      // not there: the system's temp directory
    }
  }
  return tmpdir()
}

/**
 * runGitBytes with stdout handed over chunk by chunk as git writes it, never held whole: the caller parses
 * (and scans) while git is still producing. git writes to a private file in a fresh temp directory (see
 * tempRoot), read as it grows: git never waits for the reader (a pipe holds 64 KiB), so git and the reader
 * each run on a core. Each chunk is valid only during its onData call: the next read reuses its buffer, so
 * onData copies what it keeps. maxBuffer caps the total (git is killed past it), as timeoutMs caps git's time: the
 * time spent in onData (the caller's parsing and scanning) does not count, only the time git runs outside it.
 */
export async function streamGit(
  cwd: string,
  args: readonly string[],
  onData: (chunk: Buffer) => void,
  options: RunGitOptions = {}
): Promise<Omit<GitResult, 'stdout'> & { bytes: number }> {
  return await startGitOutput(cwd, args, options).read(onData)
}

/**
 * git started now with its stdout going to a private file, to be read (once) by `read` as streamGit reads it,
 * or dropped by `discard`: a command started before its reader is ready (see startEarly) writes ahead into the
 * file and waits for no one.
 */
export function startGitOutput(cwd: string, args: readonly string[], options: RunGitOptions = {}): GitOutput {
  return new GitOutput(cwd, args, options)
}

export class GitOutput {
  private readonly dir: string
  private readonly child: ChildProcess | null = null
  private readonly stderr: Buffer[] = []
  private readonly exited: Promise<void>
  private exit: { code: number | null; error?: Error } | null = null
  private wake: (() => void) | null = null
  private failure: string | null = null
  private readonly spawned = performance.now()
  /** How the output was taken: by read (once) or dropped by discard. */
  private taken: 'read' | 'discarded' | null = null
  /** While no one reads: stops git past maxBuffer bytes or timeoutMs (see watch). */
  private watchdog: NodeJS.Timeout | null = null
  private readonly maxBytes: number
  private readonly timeoutMs: number

  constructor(cwd: string, args: readonly string[], options: RunGitOptions) {
    this.maxBytes = options.maxBuffer ?? 16 * 1024 * 1024
    this.timeoutMs = options.timeoutMs ?? 120_000
    this.dir = mkdtempSync(join(tempRoot(), 'cg-git-'))
    let resolveExited = () => undefined as void
    this.exited = new Promise<void>(resolve => (resolveExited = resolve))
    const done = (code: number | null, error?: Error) => {
      this.exit ??= { code, ...(error ? { error } : {}) }
      resolveExited()
      this.wake?.()
    }
    try {
      let input: number | 'ignore' = 'ignore'
      if (options.input !== undefined) {
        writeFileSync(join(this.dir, 'stdin'), options.input, { mode: 0o600, flag: 'wx' })
        input = openSync(join(this.dir, 'stdin'), 'r')
      }
      const out = openSync(join(this.dir, 'stdout'), 'wx', 0o600)
      try {
        this.child = spawn('git', hardenedArgs(args), { cwd, env: { ...gitEnv(), ...options.env }, stdio: [input, out, 'pipe'], windowsHide: true })
      } finally {
        closeSync(out)
        if (typeof input === 'number') closeSync(input)
      }
    } catch (e) {
      done(null, e instanceof Error ? e : new Error(String(e)))
      return
    }
    this.child.stderr?.on('data', (chunk: Buffer) => this.stderr.push(chunk))
    this.child.on('error', e => done(null, e))
    this.child.on('close', code => done(code))
    liveChildren.add(this.child)
    const child = this.child
    void this.exited.then(() => {
      liveChildren.delete(child)
      this.stopWatching()
    })
    this.watch()
  }

  /**
   * Until read starts, git writes ahead with no reader to hold it to maxBuffer and timeoutMs: checked here every
   * WATCH_EVERY_MS (the file's size, the time since git started), so output no one reads cannot fill the disk.
   */
  private watch(): void {
    const file = join(this.dir, 'stdout')
    this.watchdog = setInterval(() => {
      if (this.exit !== null) return this.stopWatching()
      let size = 0
      try {
        size = statSync(file).size
      } catch {
        // removed: git is being stopped
      }
      if (size > this.maxBytes) this.stopOverLimit()
      else if (performance.now() - this.spawned > this.timeoutMs) this.stopTimedOut()
    }, WATCH_EVERY_MS)
    this.watchdog.unref()
  }

  private stopWatching(): void {
    if (this.watchdog) clearInterval(this.watchdog)
    this.watchdog = null
  }

  private stop(why: string): void {
    this.failure ??= why
    this.child?.kill('SIGKILL')
  }

  private stopOverLimit(): void {
    this.stop(`git printed more than ${this.maxBytes} bytes`)
  }

  private stopTimedOut(): void {
    this.stop(`git timed out after ${this.timeoutMs} ms`)
  }

  /** Stop git (when still running) and remove its output: nobody will read it. Resolves once git has exited. */
  discard(): Promise<void> {
    if (this.taken) return Promise.resolve()
    this.taken = 'discarded'
    this.stopWatching()
    this.stop('discarded')
    return this.exited.then(() => rmSync(this.dir, { recursive: true, force: true }))
  }

  /** git's output, chunk by chunk (see streamGit), then how git ended. Once. */
  async read(onData: (chunk: Buffer) => void): Promise<Omit<GitResult, 'stdout'> & { bytes: number }> {
    if (this.taken) throw new Error(this.taken === 'read' ? 'git output read twice' : 'git output read after it was discarded')
    this.taken = 'read'
    this.stopWatching()
    // The reader's clock (timeoutMs) starts now: the time git ran before (unread) was the watchdog's to bound.
    const started = performance.now()
    let bytes = 0
    let reader: number | null = null
    streamStarted()
    try {
      let inCallback = 0
      const deliver = (chunk: Buffer) => {
        const t = performance.now()
        try {
          onData(chunk)
        } finally {
          inCallback += performance.now() - t
        }
      }
      const checkClock = () => {
        if (this.exit === null && performance.now() - started - inCallback > this.timeoutMs) this.stopTimedOut()
      }
      try {
        reader = openSync(join(this.dir, 'stdout'), 'r')
        // One buffer for every read: onData must copy what it keeps (the splitters copy only the bytes of a file a
        // read cuts through). A fresh megabyte per read cost more than the reading: new memory is faulted in page by page.
        const buf = Buffer.allocUnsafe(READ_CHUNK)
        let yielded = performance.now()
        for (;;) {
          const finished = this.exit !== null
          const n = this.failure === null ? readSync(reader, buf, 0, READ_CHUNK, bytes) : 0
          if (n > 0) {
            bytes += n
            if (bytes > this.maxBytes) this.stopOverLimit()
            else deliver(n === READ_CHUNK ? buf : buf.subarray(0, n))
            checkClock()
            // The caller's work on git's output (a scan) can outlast git: other I/O (the API's answers, other git
            // commands) gets its turn every YIELD_EVERY_MS instead of waiting for the whole output.
            if (performance.now() - yielded >= YIELD_EVERY_MS) {
              await new Promise<void>(resolve => setImmediate(resolve))
              yielded = performance.now()
            }
            continue
          }
          if (finished || this.failure !== null) break
          checkClock()
          if (this.failure !== null) break
          // Caught up with git: wait for more output (or its exit).
          await new Promise<void>(resolve => {
            this.wake = resolve
            setTimeout(resolve, 2)
          })
          this.wake = null
        }
      } catch (e) {
        this.stop(e instanceof Error ? e.message : String(e))
      }
      await this.exited
      const code = this.exit?.code ?? null
      const why = this.failure ?? this.exit?.error?.message
      const err = Buffer.concat(this.stderr).toString('utf8')
      return { ok: why === undefined && code === 0, code, stderr: why !== undefined ? `${err}${err && !err.endsWith('\n') ? '\n' : ''}${why}` : err, bytes }
    } finally {
      streamEnded()
      if (reader !== null) closeSync(reader)
      rmSync(this.dir, { recursive: true, force: true })
    }
  }
}

/**
 * Commands started before anyone asked for them (see ./early.ts), each under a key naming the command and its
 * options: taken once, by the first caller asking for that very command, or dropped by discardEarly.
 */
const earlyRuns = new Map<string, { kind: string; value: unknown; discard: () => Promise<void> }>()
/** Stops begun and not yet done (see discardEarly). */
const earlyStopping = new Set<Promise<void>>()
/** Counts discardEarly calls: a start begun before one (see earlyStillWanted) keeps nothing after it. */
let earlyEpoch = 0

/** A token for a start about to wait (for the commits to be found); earlyStillWanted(token) tells whether to go on. */
export function earlyToken(): number {
  return earlyEpoch
}
export function earlyStillWanted(token: number): boolean {
  return token === earlyEpoch
}

/** The commits of a checkout a command compares, and its timeout: what a command started early is known by. */
export interface ChangeCommits {
  cwd: string
  base: string
  head: string
  timeoutMs?: number
}

/** The key of a command started early: its kind (`files`, `count`, `diff`) and everything its arguments are made of. */
export function earlyKey(kind: string, options: ChangeCommits): string {
  return JSON.stringify([kind, options.cwd, options.base, options.head, options.timeoutMs ?? null])
}

const kindOf = (key: string) => (JSON.parse(key) as string[])[0]

/** Stop one, tracked until it is done (discardEarly waits for every stop begun). */
function stopEarly(run: { discard: () => Promise<void> }): Promise<void> {
  const stopped = run.discard().catch(() => undefined)
  earlyStopping.add(stopped)
  void stopped.then(() => earlyStopping.delete(stopped))
  return stopped
}

export function keepEarly<T>(key: string, value: T, discard: (value: T) => Promise<void>): void {
  const before = earlyRuns.get(key)
  earlyRuns.set(key, { kind: kindOf(key), value, discard: () => discard(value) })
  if (before) void stopEarly(before)
}

/**
 * The command started early under this key, now the caller's (undefined: none was). A run asks for each kind once:
 * one of this kind started for other commits (the API's base is not the event's) will not be taken, and is stopped.
 */
export function takeEarly<T>(key: string): T | undefined {
  const run = earlyRuns.get(key)
  if (run) {
    earlyRuns.delete(key)
    return run.value as T
  }
  void discardEarlyKinds([kindOf(key)])
  return undefined
}

/** The keys of the commands started early and not yet taken. */
export function earlyKeys(): string[] {
  return [...earlyRuns.keys()]
}

/**
 * Stop every command started early that no one took, and wait for those already being stopped; a start still
 * waiting (earlyStillWanted) keeps nothing. Resolves once they have all exited.
 */
export async function discardEarly(): Promise<void> {
  earlyEpoch++
  await Promise.all([...discardEarlyKinds(), ...earlyStopping])
}

/** Stop the commands of these kinds started early (every kind when none is named): the run will not ask for them. */
function discardEarlyKinds(kinds?: readonly string[]): Promise<void>[] {
  const stopping: Promise<void>[] = []
  for (const [key, run] of earlyRuns) {
    if (kinds && !kinds.includes(run.kind)) continue
    earlyRuns.delete(key)
    stopping.push(stopEarly(run))
  }
  return stopping
}

/** Stop the commands of these kinds started early (`files`, `count`, `diff`): the run will not ask for them. */
export async function dropEarly(kinds: readonly string[]): Promise<void> {
  await Promise.all(discardEarlyKinds(kinds))
}

/** How often an unread GitOutput checks its file's size and git's time (see GitOutput.watch). */
const WATCH_EVERY_MS = 250

/**
 * git processes writing to a file (GitOutput) that have not exited: killed when this process exits, so a diff still
 * written when the run ends (the run-wide deadline exits at once) does not outlive it.
 */
const liveChildren = new Set<ChildProcess>()
process.on('exit', () => {
  for (const child of liveChildren) child.kill('SIGKILL')
})

/** What streamGit reads at a time. */
const READ_CHUNK = 1024 * 1024
/** How long streamGit's read loop runs (onData included) before it lets other I/O in. */
const YIELD_EVERY_MS = 10
