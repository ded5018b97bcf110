/**
 * Run the action (or the CLI) as a child process, the way the GitHub Actions runner does: `node <entry>`
 * with INPUT_* variables, the GITHUB_* / RUNNER_* environment, and fresh GITHUB_OUTPUT /
 * GITHUB_STEP_SUMMARY / GITHUB_ENV / GITHUB_STATE / GITHUB_PATH files. Nothing GITHUB_*, INPUT_*,
 * RUNNER_*, ACTIONS_* (so no ACTIONS_RUNTIME_TOKEN: artifact upload is skipped) or NODE_OPTIONS is
 * inherited from the test process.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, isAbsolute, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { runActionInProcess, runCliInProcess } from './in-process.js'

/** The project root (where package.json is). */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')

export interface RunActionOptions {
  /** Script to run, relative to the project root or absolute. Default 'dist/index.js'. */
  entry?: string
  /** Action inputs by their action.yml name ('github-token', 'fail-on' …). */
  inputs?: Record<string, string>
  /** GITHUB_EVENT_NAME. Default: 'pull_request'. */
  eventName?: string
  /** GITHUB_EVENT_PATH (see ./events.ts). Default: a file containing `{}`. */
  eventPath?: string
  /** The fake's url: sets GITHUB_API_URL and GITHUB_GRAPHQL_URL (= url + '/graphql'). */
  apiUrl?: string
  /** Extra / overriding environment; a value of undefined removes a variable. Applied last. */
  env?: Record<string, string | undefined>
  /** Working directory and GITHUB_WORKSPACE. Default: a fresh empty directory. */
  cwd?: string
  /** Kill the process after this long (default 30 s). */
  timeoutMs?: number
  /** Data written to stdin (then closed). Implies spawn. */
  stdin?: string
  /** Spawn `node dist/index.js` even in the engine tier (see spawnWanted). Implied by entry and stdin. */
  spawn?: boolean
}

export interface Annotation {
  level: 'error' | 'warning' | 'notice' | 'debug'
  message: string
  properties: Record<string, string>
}

export interface RunResult {
  /** Exit code; null when killed (see signal / timedOut). */
  code: number | null
  signal: NodeJS.Signals | null
  timedOut: boolean
  stdout: string
  stderr: string
  /** Parsed GITHUB_OUTPUT. */
  outputs: Record<string, string>
  /** GITHUB_STEP_SUMMARY contents. */
  summary: string
  /** Parsed GITHUB_ENV (core.exportVariable). */
  exportedEnv: Record<string, string>
  /** Workflow commands from stdout (::error file=a,line=1::msg). */
  annotations: Annotation[]
  /** The RUNNER_TEMP directory (artifacts, evidence written there stay for inspection). */
  runnerTemp: string
  /** The complete environment the process got. */
  env: Record<string, string>
  durationMs: number
}

export interface RunCliOptions {
  env?: Record<string, string | undefined>
  cwd?: string
  timeoutMs?: number
  stdin?: string
  /** Default 'dist/cli/index.js'. Implies spawn. */
  entry?: string
  /** Spawn `node dist/cli/index.js` even in the engine tier (see spawnWanted). */
  spawn?: boolean
}

export interface CliResult {
  code: number | null
  signal: NodeJS.Signals | null
  timedOut: boolean
  stdout: string
  stderr: string
  durationMs: number
}

/**
 * Whether a run spawns dist/ (the runner tier) or runs the same entry code in this process (the engine
 * tier, see ./in-process.ts). COMPLIANCE_GATE_TESTS=spawn makes every run spawn dist/: the whole engine
 * tier then runs as the Actions runner would (`npm run test:spawned`).
 */
export function spawnWanted(options: { spawn?: boolean; entry?: string; stdin?: string }): boolean {
  return options.spawn === true || options.entry !== undefined || options.stdin !== undefined || process.env.COMPLIANCE_GATE_TESTS === 'spawn'
}

/**
 * Retry and rate-limit waits of the API client are scaled to 1 ms per second, so no test sleeps for real;
 * the waits are still taken (and recorded) in the same order. A test may set its own value through `env`.
 */
const NO_REAL_WAITS = { COMPLIANCE_GATE_RETRY_BASE_MS: '1' }

const createdTemps: string[] = []

function tempDir(prefix: string): string {
  const d = mkdtempSync(join(tmpdir(), prefix))
  createdTemps.push(d)
  return d
}

/** Remove every temp directory runAction/runCli created (call in afterAll if you like). */
export function cleanupRunnerTemps(): void {
  for (const d of createdTemps.splice(0)) rmSync(d, { recursive: true, force: true })
}

/** The parent environment minus everything the runner would set itself or a test process leaks. */
export function cleanBaseEnv(): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(process.env)) {
    if (v === undefined) continue
    if (/^(GITHUB_|INPUT_|RUNNER_|ACTIONS_|JEST_|STATE_)/.test(k)) continue
    if (['NODE_OPTIONS', 'CI', 'NODE_ENV', 'FORCE_COLOR', 'NO_COLOR'].includes(k)) continue
    out[k] = v
  }
  return out
}

/** INPUT_ name as the runner forms it: upper-cased, spaces → '_', dashes kept. */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
}

/**
 * Parse a GITHUB_OUTPUT / GITHUB_ENV file: `name=value` lines and `name<<DELIM\nvalue…\nDELIM` blocks
 * (what @actions/core writes). Later values win.
 */
export function parseFileCommands(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (line === '') continue
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    const eq = line.indexOf('=')
    if (heredoc && (eq === -1 || eq > line.indexOf('<<'))) {
      const [, name, delim] = heredoc
      const value: string[] = []
      i++
      while (i < lines.length && lines[i] !== delim) value.push(lines[i++])
      if (i >= lines.length) throw new Error(`unterminated ${name}<<${delim} in file command`)
      out[name] = value.join('\n')
    } else if (eq > 0) {
      out[line.slice(0, eq)] = line.slice(eq + 1)
    } else {
      throw new Error(`invalid file command line: ${JSON.stringify(line)}`)
    }
  }
  return out
}

function unescapeData(s: string): string {
  return s.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%')
}
function unescapeProperty(s: string): string {
  return unescapeData(s).replace(/%3A/gi, ':').replace(/%2C/gi, ',')
}

/** Workflow commands (`::error file=x,line=1::message`) from stdout. */
export function parseAnnotations(stdout: string): Annotation[] {
  const out: Annotation[] = []
  for (const line of stdout.split(/\r?\n/)) {
    const m = /^::(error|warning|notice|debug)(?: ([^:]*))?::(.*)$/.exec(line)
    if (!m) continue
    const properties: Record<string, string> = {}
    for (const part of (m[2] ?? '').split(',')) {
      const eq = part.indexOf('=')
      if (eq > 0) properties[part.slice(0, eq).trim()] = unescapeProperty(part.slice(eq + 1))
    }
    out.push({ level: m[1] as Annotation['level'], message: unescapeData(m[3]), properties })
  }
  return out
}

function readJson(path: string | undefined): Record<string, any> {
  if (!path || !existsSync(path)) return {}
  try {
    // the runner itself does not care what the file holds: anything but an object is an empty payload here
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'))
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, any>) : {}
  } catch {
    return {}
  }
}

/** GITHUB_SHA / GITHUB_REF / head & base refs as the runner derives them from the event. */
export function refsForEvent(eventName: string, payload: Record<string, any>): { sha: string; ref: string; headRef: string; baseRef: string } {
  const pr = payload.pull_request
  if ((eventName === 'pull_request' || eventName === 'pull_request_review') && pr) {
    return {
      // The runner checks out the test-merge commit refs/pull/N/merge.
      sha: pr.merge_commit_sha ?? pr.head?.sha ?? '',
      ref: `refs/pull/${pr.number}/merge`,
      headRef: pr.head?.ref ?? '',
      baseRef: pr.base?.ref ?? ''
    }
  }
  if (eventName === 'pull_request_target' && pr) {
    return { sha: pr.base?.sha ?? '', ref: `refs/heads/${pr.base?.ref ?? 'main'}`, headRef: pr.head?.ref ?? '', baseRef: pr.base?.ref ?? '' }
  }
  if (eventName === 'push') return { sha: payload.after ?? '', ref: payload.ref ?? '', headRef: '', baseRef: '' }
  if (eventName === 'merge_group' && payload.merge_group) {
    return { sha: payload.merge_group.head_sha, ref: payload.merge_group.head_ref, headRef: '', baseRef: '' }
  }
  return {
    sha: payload.after ?? payload.head_commit?.id ?? '0000000000000000000000000000000000000000',
    ref: payload.ref ?? 'refs/heads/main',
    headRef: '',
    baseRef: ''
  }
}

interface SpawnResult {
  code: number | null
  signal: NodeJS.Signals | null
  timedOut: boolean
  stdout: string
  stderr: string
  durationMs: number
}

function spawnNode(script: string, args: string[], env: Record<string, string>, cwd: string, timeoutMs: number, stdin?: string): Promise<SpawnResult> {
  return new Promise((resolvePromise, reject) => {
    const t0 = Date.now()
    const child = spawn(process.execPath, [script, ...args], { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] })
    const out: Buffer[] = []
    const err: Buffer[] = []
    let timedOut = false
    child.stdout.on('data', (c: Buffer) => out.push(c))
    child.stderr.on('data', (c: Buffer) => err.push(c))
    const timer = setTimeout(() => {
      timedOut = true
      child.kill('SIGKILL')
    }, timeoutMs)
    child.on('error', e => {
      clearTimeout(timer)
      reject(e)
    })
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      resolvePromise({
        code,
        signal,
        timedOut,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        durationMs: Date.now() - t0
      })
    })
    child.stdin.on('error', () => undefined)
    child.stdin.end(stdin ?? '')
  })
}

function applyEnv(target: Record<string, string>, extra: Record<string, string | undefined> | undefined): void {
  for (const [k, v] of Object.entries(extra ?? {})) {
    if (v === undefined) delete target[k]
    else target[k] = v
  }
}

export async function runAction(options: RunActionOptions = {}): Promise<RunResult> {
  const entry = options.entry ?? 'dist/index.js'
  const script = isAbsolute(entry) ? entry : join(PROJECT_ROOT, entry)
  const runnerTemp = tempDir('compliance-gate-runner-')
  const cwd = options.cwd ?? join(runnerTemp, 'workspace')
  mkdirSync(cwd, { recursive: true })
  const fileCmdDir = join(runnerTemp, '_runner_file_commands')
  mkdirSync(fileCmdDir, { recursive: true })
  const files = {
    GITHUB_OUTPUT: join(fileCmdDir, 'set_output'),
    GITHUB_STEP_SUMMARY: join(fileCmdDir, 'step_summary'),
    GITHUB_ENV: join(fileCmdDir, 'set_env'),
    GITHUB_STATE: join(fileCmdDir, 'save_state'),
    GITHUB_PATH: join(fileCmdDir, 'add_path')
  }
  for (const f of Object.values(files)) writeFileSync(f, '')

  const eventName = options.eventName ?? 'pull_request'
  let eventPath = options.eventPath
  if (!eventPath) {
    eventPath = join(runnerTemp, 'event.json')
    writeFileSync(eventPath, '{}')
  }
  const payload = readJson(eventPath)
  const refs = refsForEvent(eventName, payload)
  const repository: string = payload.repository?.full_name ?? 'octo-org/octo-repo'
  const apiUrl = options.apiUrl ?? options.env?.GITHUB_API_URL ?? 'http://127.0.0.1:9'

  const env = cleanBaseEnv()
  Object.assign(env, {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_ACTION: '__compliance-gate',
    GITHUB_ACTION_PATH: PROJECT_ROOT,
    GITHUB_ACTION_REPOSITORY: '',
    GITHUB_ACTOR: payload.sender?.login ?? 'octocat',
    GITHUB_ACTOR_ID: String(payload.sender?.id ?? 1),
    GITHUB_TRIGGERING_ACTOR: payload.sender?.login ?? 'octocat',
    GITHUB_API_URL: apiUrl,
    GITHUB_GRAPHQL_URL: `${apiUrl.replace(/\/+$/, '')}/graphql`,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_BASE_REF: refs.baseRef,
    GITHUB_HEAD_REF: refs.headRef,
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_JOB: 'compliance',
    GITHUB_REF: refs.ref,
    GITHUB_REF_NAME: refs.ref.replace(/^refs\/(heads|tags)\//, '').replace(/^refs\//, ''),
    GITHUB_REF_TYPE: refs.ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    GITHUB_REF_PROTECTED: 'false',
    GITHUB_REPOSITORY: repository,
    GITHUB_REPOSITORY_ID: String(payload.repository?.id ?? 1),
    GITHUB_REPOSITORY_OWNER: repository.split('/')[0],
    GITHUB_REPOSITORY_OWNER_ID: String(payload.repository?.owner?.id ?? 1),
    GITHUB_RETENTION_DAYS: '90',
    GITHUB_RUN_ID: '7715553082', // shares no 8 characters with the tests' token (the no-leak checks look for any piece of it)
    GITHUB_RUN_NUMBER: '42',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SHA: refs.sha,
    GITHUB_WORKFLOW: 'Compliance',
    GITHUB_WORKFLOW_REF: `${repository}/.github/workflows/compliance.yml@${refs.ref}`,
    GITHUB_WORKFLOW_SHA: refs.sha,
    GITHUB_WORKSPACE: cwd,
    RUNNER_ARCH: 'X64',
    RUNNER_DEBUG: '',
    RUNNER_ENVIRONMENT: 'github-hosted',
    RUNNER_NAME: 'GitHub Actions 1',
    RUNNER_OS: 'Linux',
    RUNNER_TEMP: runnerTemp,
    RUNNER_TOOL_CACHE: join(runnerTemp, '_tool'),
    ...files
  })
  if (!env.RUNNER_DEBUG) delete env.RUNNER_DEBUG
  Object.assign(env, NO_REAL_WAITS)
  for (const [name, value] of Object.entries(options.inputs ?? {})) env[inputEnvName(name)] = value
  applyEnv(env, options.env)

  const r = spawnWanted(options)
    ? await spawnNode(script, [], env, cwd, options.timeoutMs ?? 30_000, options.stdin)
    : await runActionInProcess(env, cwd, options.timeoutMs ?? 30_000)
  const read = (f: string): string => (existsSync(f) ? readFileSync(f, 'utf8') : '')
  return {
    ...r,
    outputs: parseFileCommands(read(files.GITHUB_OUTPUT)),
    summary: read(files.GITHUB_STEP_SUMMARY),
    exportedEnv: parseFileCommands(read(files.GITHUB_ENV)),
    annotations: parseAnnotations(r.stdout),
    runnerTemp,
    env
  }
}

/** Run the CLI (`node dist/cli/index.js …args`) with a clean environment (nothing GITHUB_* inherited). */
export async function runCli(args: string[], options: RunCliOptions = {}): Promise<CliResult> {
  const entry = options.entry ?? 'dist/cli/index.js'
  const script = isAbsolute(entry) ? entry : join(PROJECT_ROOT, entry)
  const cwd = options.cwd ?? tempDir('compliance-gate-cli-')
  const env = { ...cleanBaseEnv(), ...NO_REAL_WAITS }
  applyEnv(env, options.env)
  if (!spawnWanted(options)) return runCliInProcess(args, env, cwd, options.timeoutMs ?? 30_000)
  return spawnNode(script, args, env, cwd, options.timeoutMs ?? 30_000, options.stdin)
}
