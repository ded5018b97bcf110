/**
 * Throwaway git repositories for tests, deterministic: fixed identities (`-c user.name/-c user.email`),
 * fixed dates (GIT_AUTHOR_DATE / GIT_COMMITTER_DATE, one minute apart by default), no global or system
 * git config read (CI has none; a developer's must not leak in), no signing. Same inputs → same SHAs.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

export interface GitIdentityInput {
  name: string
  email: string
}

export interface CommitOptions {
  author?: GitIdentityInput
  /** Defaults to the author. */
  committer?: GitIdentityInput
  /** ISO date or git date ('2024-01-01T00:00:00Z'); default: 2024-01-01T00:00:00Z + 1 min per commit. */
  date?: string
  /** Allow a commit with no changes (default true when `files` is empty). */
  allowEmpty?: boolean
}

export interface GitRepo {
  /** Absolute path of the working tree. */
  readonly dir: string
  /** Write (string/Buffer) or delete (null) files, stage everything, commit; returns the new SHA. */
  commit(files: Record<string, string | Buffer | null>, message: string, options?: CommitOptions): string
  /** Create a branch at HEAD (or at `startPoint`) without switching to it. */
  branch(name: string, startPoint?: string): void
  /** Switch to a branch (or SHA, detached). */
  checkout(name: string): void
  /** Merge `branch` into the current branch with a merge commit (--no-ff); returns the merge SHA. */
  merge(branch: string, message?: string, options?: CommitOptions): string
  /** Create a lightweight tag at HEAD. */
  tag(name: string): void
  /** SHA of HEAD or of a revision. */
  revParse(rev?: string): string
  /** Current branch name ('' when detached). */
  currentBranch(): string
  /** Run git with the deterministic config; returns trimmed stdout. */
  git(args: string[], env?: Record<string, string>): string
  /** Delete the directory. */
  remove(): void
}

export const DEFAULT_AUTHOR: GitIdentityInput = { name: 'Test Author', email: 'author@example.com' }
const BASE_TIME = Date.parse('2024-01-01T00:00:00Z')

/** Environment for git that ignores global/system config. */
function gitEnv(home: string): Record<string, string> {
  const env: Record<string, string> = {}
  for (const [k, v] of Object.entries(process.env)) {
    if (v !== undefined && !k.startsWith('GIT_')) env[k] = v
  }
  return {
    ...env,
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_TERMINAL_PROMPT: '0',
    LC_ALL: 'C',
    TZ: 'UTC'
  }
}

/** git with the fixed identity and settings of these repositories; trimmed stdout. */
function runDeterministic(cwd: string, args: string[], env: Record<string, string>, identity: GitIdentityInput = DEFAULT_AUTHOR): string {
  return execFileSync(
    'git',
    [
      '-c',
      `user.name=${identity.name}`,
      '-c',
      `user.email=${identity.email}`,
      '-c',
      'commit.gpgsign=false',
      '-c',
      'tag.gpgsign=false',
      '-c',
      'init.defaultBranch=main',
      '-c',
      'core.autocrlf=false',
      '-c',
      'advice.detachedHead=false',
      ...args
    ],
    { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }
  ).trim()
}

let sharedHome: string | undefined

/**
 * git as makeGitRepo runs it (no global or system config, fixed identity) in any directory: for fixtures a single
 * repository does not cover (a bare server, a clone of it, a repository per test). Trimmed stdout; throws on failure.
 */
export function gitIn(cwd: string, ...args: string[]): string {
  sharedHome ??= mkdtempSync(join(tmpdir(), 'compliance-gate-git-home-'))
  return runDeterministic(cwd, args, gitEnv(sharedHome))
}

export function makeGitRepo(options: { defaultBranch?: string; prefix?: string } = {}): GitRepo {
  const root = mkdtempSync(join(tmpdir(), options.prefix ?? 'compliance-gate-git-'))
  const dir = join(root, 'repo')
  const home = join(root, 'home')
  mkdirSync(dir)
  mkdirSync(home)
  const baseEnv = gitEnv(home)
  let commitCount = 0

  function git(args: string[], extraEnv: Record<string, string> = {}, identity: GitIdentityInput = DEFAULT_AUTHOR): string {
    return runDeterministic(dir, args, { ...baseEnv, ...extraEnv }, identity)
  }

  function commitEnv(opts: CommitOptions): Record<string, string> {
    const date = opts.date ?? new Date(BASE_TIME + commitCount * 60_000).toISOString()
    commitCount++
    const author = opts.author ?? DEFAULT_AUTHOR
    const committer = opts.committer ?? author
    return {
      GIT_AUTHOR_NAME: author.name,
      GIT_AUTHOR_EMAIL: author.email,
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_NAME: committer.name,
      GIT_COMMITTER_EMAIL: committer.email,
      GIT_COMMITTER_DATE: date
    }
  }

  git(['init', '-q', '-b', options.defaultBranch ?? 'main'])

  const repo: GitRepo = {
    dir,
    git: (args, env) => git(args, env),
    commit(files, message, opts = {}) {
      for (const [path, content] of Object.entries(files)) {
        const abs = join(dir, path)
        if (content === null) {
          if (existsSync(abs)) unlinkSync(abs)
        } else {
          mkdirSync(dirname(abs), { recursive: true })
          writeFileSync(abs, content)
        }
      }
      git(['add', '-A'])
      const allowEmpty = opts.allowEmpty ?? Object.keys(files).length === 0
      git(['commit', '-q', '--no-verify', ...(allowEmpty ? ['--allow-empty'] : []), '-m', message], commitEnv(opts), opts.author)
      return git(['rev-parse', 'HEAD'])
    },
    branch(name, startPoint) {
      git(['branch', name, ...(startPoint ? [startPoint] : [])])
    },
    checkout(name) {
      git(['checkout', '-q', name])
    },
    merge(branch, message, opts = {}) {
      git(['merge', '-q', '--no-ff', '--no-edit', '-m', message ?? `Merge branch '${branch}'`, branch], commitEnv(opts), opts.author)
      return git(['rev-parse', 'HEAD'])
    },
    tag(name) {
      git(['tag', name])
    },
    revParse(rev = 'HEAD') {
      return git(['rev-parse', rev])
    },
    currentBranch() {
      return git(['branch', '--show-current'])
    },
    remove() {
      rmSync(root, { recursive: true, force: true })
    }
  }
  return repo
}
