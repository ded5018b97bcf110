/**
 * The one way compliance-gate starts git. A checkout may come from the pull request, so git must not run
 * anything the repository configures: no hooks, no external diff, no textconv, no fsmonitor, no pager, no
 * system or global config, no credential prompts, and attributes never taken from the working tree.
 */
import { execFile } from 'node:child_process'

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
  'protocol.allow=never',
  'safe.directory=*'
]

/** The environment git runs in: no system/global config, no prompts, no optional locks, no replace refs. */
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
}

export function runGit(cwd: string, args: readonly string[], options: RunGitOptions = {}): Promise<GitResult> {
  return runGitBytes(cwd, args, options).then(r => ({ ...r, stdout: r.stdout.toString('utf8') }))
}

/** runGit with stdout as bytes (a diff whose text is not UTF-8, e.g. UTF-16 files). */
export function runGitBytes(cwd: string, args: readonly string[], options: RunGitOptions = {}): Promise<Omit<GitResult, 'stdout'> & { stdout: Buffer }> {
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
        windowsHide: true
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof (error as { code?: unknown }).code === 'number' ? ((error as { code: number }).code) : null) : 0
        resolve({ ok: !error, code, stdout: Buffer.isBuffer(stdout) ? stdout : Buffer.alloc(0), stderr: Buffer.isBuffer(stderr) ? stderr.toString('utf8') : String(stderr ?? '') })
      }
    )
  })
}

/** Whether `sha` names a commit present in the checkout. */
export async function hasCommit(cwd: string, sha: string): Promise<boolean> {
  if (!/^[0-9a-f]{7,64}$/i.test(sha)) return false
  return (await runGit(cwd, ['cat-file', '-e', `${sha}^{commit}`])).ok
}
