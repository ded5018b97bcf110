/**
 * Objects of a checkout (a commit, a file at a commit) read through one `git cat-file --batch` per checkout
 * instead of a git process per question. Starting a process forks this one, which blocks the thread for
 * 10-30 ms on a runner once the heap has grown; a run asks a dozen such questions (are the base and head
 * there, the policy, CODEOWNERS at three places, the baseline, the checkout's HEAD). Questions go in on
 * stdin one per line and the answers come back in the same order; git runs hardened as every other git
 * (./run.ts) and reads nothing but objects. When the batch cannot answer (git could not start, died or
 * timed out) the answer is null and the caller asks git the old way.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { gitEnv, hardenedArgs, runGit, whenNoStream } from './run.js'

export type ObjectAnswer =
  /** No such object (or the name does not resolve, e.g. a path the commit lacks). */
  | { missing: true }
  /** The object; `content` is absent when its size is over the maxBytes asked with. */
  | { missing: false; oid: string; type: string; size: number; content?: Buffer }

/** How long the batch waits for an answer before it is stopped (and its questions asked the old way). */
const ANSWER_TIMEOUT_MS = 120_000
/** An idle batch ends after this long, so a long-lived process (a test runner) does not keep one per checkout. */
const IDLE_MS = 3_000

interface Question {
  name: string
  maxBytes: number
  resolve: (answer: ObjectAnswer | null) => void
}

class CatFileBatch {
  private readonly child: ChildProcess
  private readonly questions: Question[] = []
  private pending: Buffer = Buffer.alloc(0)
  /** The object being read: its header, the bytes still to come (content and its '\n') and what is kept. */
  private body: { answer: ObjectAnswer & { missing: false }; left: number; kept: Buffer[] | null } | null = null
  private dead = false
  private timer: NodeJS.Timeout | null = null
  private idle: NodeJS.Timeout | null = null

  constructor(
    cwd: string,
    private readonly onEnd: () => void
  ) {
    this.child = spawn('git', hardenedArgs(['cat-file', '--batch']), { cwd, env: gitEnv(), stdio: ['pipe', 'pipe', 'ignore'], windowsHide: true })
    // Nothing of the batch keeps the process alive: an unanswered question's timer does (see ask).
    this.child.unref()
    for (const s of [this.child.stdin, this.child.stdout]) (s as unknown as { unref?: () => void } | null)?.unref?.()
    this.child.stdout?.on('data', (chunk: Buffer) => this.read(chunk))
    this.child.on('error', () => this.end())
    this.child.on('close', () => this.end())
    this.child.stdin?.on('error', () => this.end())
  }

  ask(name: string, maxBytes: number): Promise<ObjectAnswer | null> {
    if (this.dead) return Promise.resolve(null)
    if (this.idle) clearTimeout(this.idle)
    this.idle = null
    return new Promise(resolve => {
      this.questions.push({ name, maxBytes, resolve })
      this.child.stdin?.write(`${name}\n`)
      this.timer ??= setTimeout(() => this.stop(), ANSWER_TIMEOUT_MS)
    })
  }

  private read(chunk: Buffer): void {
    this.pending = this.pending.length > 0 ? Buffer.concat([this.pending, chunk]) : chunk
    for (;;) {
      if (this.body) {
        const { body } = this
        const take = Math.min(body.left, this.pending.length)
        if (take === 0) return
        if (body.kept) body.kept.push(this.pending.subarray(0, take))
        body.left -= take
        this.pending = this.pending.subarray(take)
        if (body.left > 0) return
        this.body = null
        // The content is followed by one '\n' (counted in left), kept out of the content.
        if (body.kept) body.answer.content = Buffer.concat(body.kept).subarray(0, body.answer.size)
        this.answer(body.answer)
        continue
      }
      const nl = this.pending.indexOf(0x0a)
      if (nl < 0) return
      const line = this.pending.subarray(0, nl).toString('utf8')
      this.pending = this.pending.subarray(nl + 1)
      const q = this.questions[0]
      if (!q) return this.stop()
      const header = /^([0-9a-f]{40}|[0-9a-f]{64}) ([a-z]+) (\d+)$/.exec(line)
      if (header) {
        const answer = { missing: false as const, oid: header[1], type: header[2], size: Number(header[3]) }
        this.body = { answer, left: answer.size + 1, kept: answer.size <= q.maxBytes ? [] : null }
        continue
      }
      // `<name> missing` (or `ambiguous`): no object, and no content follows.
      if (line === `${q.name} missing` || line === `${q.name} ambiguous`) this.answer({ missing: true })
      else return this.stop()
    }
  }

  private answer(a: ObjectAnswer): void {
    const q = this.questions.shift()
    q?.resolve(a)
    if (this.questions.length === 0) {
      if (this.timer) clearTimeout(this.timer)
      this.timer = null
      this.idle = setTimeout(() => this.stop(), IDLE_MS)
      this.idle.unref()
    }
  }

  /** Ends the batch; questions not yet answered get null (their callers ask git the old way). */
  private stop(): void {
    if (!this.dead) this.child.kill('SIGKILL')
    this.end()
  }

  private end(): void {
    if (this.timer) clearTimeout(this.timer)
    if (this.idle) clearTimeout(this.idle)
    this.timer = this.idle = null
    if (!this.dead) {
      this.dead = true
      this.onEnd()
    }
    for (const q of this.questions.splice(0)) q.resolve(null)
  }
}

const batches = new Map<string, CatFileBatch>()

/**
 * The object `name` names in the checkout at cwd (a revision expression: `<sha>^{commit}`, `<sha>:<path>`,
 * `HEAD`), its content when at most maxBytes; null when the batch cannot answer it (the caller runs git itself).
 * A name that cannot be one line of the batch's input (a newline, or white space at either end) gets null too.
 */
export async function readObject(cwd: string, name: string, maxBytes: number): Promise<ObjectAnswer | null> {
  if (name === '' || /[\n\r\0]/.test(name) || name.trim() !== name) return null
  let batch = batches.get(cwd)
  if (!batch) {
    // Starting it forks this process: not while a diff is being scanned (see whenNoStream).
    await whenNoStream()
    batch = batches.get(cwd)
    if (!batch) {
      try {
        const b: CatFileBatch = new CatFileBatch(cwd, () => batches.get(cwd) === b && batches.delete(cwd))
        batches.set(cwd, (batch = b))
      } catch {
        return null
      }
    }
  }
  return batch.ask(name, maxBytes)
}

/** Whether `sha` names a commit present in the checkout. */
const commitsPresent = new Map<string, Promise<boolean>>()

/**
 * Whether the checkout holds the commit. A commit once there stays there (git adds objects, never removes
 * them during a run), so a yes is remembered for the process: the collectors that each need the base and
 * head (files, secrets, the file reader) start git once per commit. A no is asked again.
 */
export async function hasCommit(cwd: string, sha: string): Promise<boolean> {
  if (!/^[0-9a-f]{7,64}$/i.test(sha)) return false
  const key = `${cwd}\u0000${sha}`
  let present = commitsPresent.get(key)
  if (!present) {
    const asked = readObject(cwd, `${sha}^{commit}`, 0).then(a =>
      a === null ? runGit(cwd, ['cat-file', '-e', `${sha}^{commit}`]).then(r => r.ok) : !a.missing && a.type === 'commit'
    )
    commitsPresent.set(key, (present = asked))
    present.then(
      ok => ok || commitsPresent.delete(key),
      () => commitsPresent.delete(key)
    )
  }
  return present
}
