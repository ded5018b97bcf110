/**
 * The engine tier's way to run the action and the CLI: the same entry code as dist/index.js and
 * dist/cli/index.js (src/action.ts run(), src/cli.ts main()), in this test process instead of a child.
 *
 * The run sees exactly the environment runAction/runCli built for a child (process.env is swapped for the
 * duration), its stdout/stderr writes are captured (workflow commands, logs), and its exit code is what
 * process.exitCode would have been. Runs are strictly one after another (a queue): process.env, the
 * working directory and the output streams are process-wide, so concurrent tests would see each other.
 *
 * What only a real process shows — start-up of the bundle, a crash before run(), the run-wide deadline's
 * process.exit, stdin — is left to the runner tier (__tests__/runner/), which spawns dist/.
 */
import { setFailed, setOutput } from '../../src/workflow-commands.js'

export interface InProcessResult {
  code: number | null
  signal: NodeJS.Signals | null
  timedOut: boolean
  stdout: string
  stderr: string
  durationMs: number
}

let queue: Promise<unknown> = Promise.resolve()

// Loaded once, on first use (a file that never runs the gate in-process does not load the engine).
let actionModule: Promise<typeof import('../../src/action.js')> | undefined
let cliModule: Promise<typeof import('../../src/cli.js')> | undefined

/** A load that failed is forgotten, so the next run tries again instead of failing with the same error. */
function retryable<T>(loading: Promise<T>, forget: () => void): Promise<T> {
  return loading.catch((error: unknown) => {
    forget()
    throw error
  })
}

/** Run `body` alone: the previous in-process run has finished, the next waits for this one. */
function exclusive<T>(body: () => Promise<T>): Promise<T> {
  const next = queue.then(body, body)
  queue = next.catch(() => undefined)
  return next
}

/** Swap process.env / cwd / stdout / stderr / exitCode for one run and put everything back after it. */
async function isolated(
  env: Record<string, string>,
  cwd: string,
  body: (streams: { out: string[]; err: string[] }) => Promise<void>,
  timeoutMs: number
): Promise<InProcessResult> {
  const saved = { env: process.env, cwd: process.cwd(), exitCode: process.exitCode, out: process.stdout.write, err: process.stderr.write }
  const out: string[] = []
  const err: string[] = []
  const capture =
    (sink: string[]) =>
    (chunk: string | Uint8Array, encoding?: unknown, callback?: unknown): boolean => {
      sink.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'))
      const cb = typeof encoding === 'function' ? encoding : callback
      if (typeof cb === 'function') (cb as () => void)()
      return true
    }
  const t0 = Date.now()
  let timedOut = false
  let timer: NodeJS.Timeout | undefined
  process.env = { ...env }
  process.chdir(cwd)
  process.exitCode = undefined
  process.stdout.write = capture(out)
  process.stderr.write = capture(err)
  let code: number | null
  try {
    await Promise.race([
      body({ out, err }),
      new Promise<void>(resolve => {
        timer = setTimeout(() => {
          timedOut = true
          resolve()
        }, timeoutMs)
      })
    ])
    const exit = process.exitCode
    code = timedOut ? null : typeof exit === 'number' ? exit : exit === undefined || exit === null ? 0 : Number(exit)
  } finally {
    clearTimeout(timer)
    process.stdout.write = saved.out
    process.stderr.write = saved.err
    process.env = saved.env
    process.chdir(saved.cwd)
    process.exitCode = saved.exitCode
  }
  return { code, signal: timedOut ? 'SIGKILL' : null, timedOut, stdout: out.join(''), stderr: err.join(''), durationMs: Date.now() - t0 }
}

/** What src/index.ts does, minus the process: run(), and a crash turned into a failed step. */
export function runActionInProcess(env: Record<string, string>, cwd: string, timeoutMs: number): Promise<InProcessResult> {
  return exclusive(() =>
    isolated(
      env,
      cwd,
      async () => {
        try {
          const { run } = await (actionModule ??= retryable(import('../../src/action.js'), () => (actionModule = undefined)))
          await run()
        } catch (error) {
          setOutput('result', 'error')
          setFailed(`compliance-gate crashed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
        }
      },
      timeoutMs
    )
  )
}

/** What src/cli-entry.ts does, minus the process: main(argv) with the environment and directory given. */
export function runCliInProcess(args: string[], env: Record<string, string>, cwd: string, timeoutMs: number): Promise<InProcessResult> {
  return exclusive(() =>
    isolated(
      env,
      cwd,
      async ({ out, err }) => {
        try {
          const { main } = await (cliModule ??= retryable(import('../../src/cli.js'), () => (cliModule = undefined)))
          process.exitCode = await main(args, {
            out: text => void out.push(text.endsWith('\n') ? text : `${text}\n`),
            err: text => void err.push(text.endsWith('\n') ? text : `${text}\n`),
            env,
            cwd
          })
        } catch (error) {
          err.push(`compliance-gate crashed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
          process.exitCode = 2
        }
      },
      timeoutMs
    )
  )
}
