import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import type { ChangeRecord } from '../../src/model/record.js'
import type { CollectContext } from '../../src/collect/context.js'
import type { GitHubApi } from '../../src/collect/github/api.js'

export function git(dir: string, ...args: string[]): string {
  return execFileSync(
    'git',
    ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args],
    {
      cwd: dir,
      encoding: 'utf8'
    }
  )
}

export function write(dir: string, path: string, content: string | Buffer): void {
  const full = join(dir, path)
  mkdirSync(dirname(full), { recursive: true })
  writeFileSync(full, content)
}

/** A repo with a base commit (files) and a head commit (changes applied by fn). */
export function makeRepo(baseFiles: Record<string, string | Buffer>, change: (dir: string) => void): { dir: string; base: string; head: string } {
  const dir = mkdtempSync(join(tmpdir(), 'cg-secrets-'))
  git(dir, 'init', '-q')
  for (const [p, c] of Object.entries(baseFiles)) write(dir, p, c)
  git(dir, 'add', '-A')
  git(dir, 'commit', '-q', '--allow-empty', '-m', 'base')
  const base = git(dir, 'rev-parse', 'HEAD').trim()
  git(dir, 'checkout', '-q', '-b', 'feature')
  change(dir)
  git(dir, 'add', '-A')
  git(dir, 'commit', '-q', '--allow-empty', '-m', 'head')
  const head = git(dir, 'rev-parse', 'HEAD').trim()
  return { dir, base, head }
}

export function makeRecord(base: string, head: string, extra: Record<string, unknown> = {}): ChangeRecord {
  const none = { state: 'not_collected' as const, value: null, sources: [] }
  return {
    $schema: 'x',
    record_version: 1,
    tool: { name: 'compliance-gate', version: '0' },
    collected_at: '2026-01-01T00:00:00Z',
    event: { name: 'pull_request', action: 'opened' },
    repository: { owner: 'acme', name: 'app', full_name: 'acme/app' },
    subject: { kind: 'pull_request', head_sha: head, base_ref: 'main', base_sha: base },
    pull_request: {
      state: 'complete',
      sources: [],
      value: {
        number: 7,
        title: 't',
        body: '',
        author: { login: 'dev' },
        state: 'open',
        merged: false,
        labels: [],
        base: { ref: 'main', sha: base },
        head: { ref: 'feature', sha: head }
      }
    },
    commits: none,
    files: none,
    reviews: none,
    permissions: none,
    facts: extra,
    truncated: [],
    api_calls: [],
    errors: []
  }
}

export function makeContext(
  record: ChangeRecord,
  opts: { checkoutDir?: string | null; api?: GitHubApi | null; params?: Record<string, unknown> } = {}
): CollectContext {
  return {
    owner: 'acme',
    repo: 'app',
    record,
    api: opts.api ?? null,
    checkoutDir: opts.checkoutDir ?? null,
    neededBy: [{ control: 'secrets.no-new-secrets', params: opts.params ?? {} }],
    selfCheckNames: []
  }
}

/** A fake API answering from a route → data table (paginate returns arrays). */
export function fakeApi(routes: Record<string, unknown>, calls: { route: string; params?: Record<string, unknown> }[] = []): GitHubApi {
  return {
    async request<T>(route: string, params?: Record<string, unknown>) {
      calls.push({ route, params })
      const key = `${route} ${String(params?.ref ?? '')}`.trim()
      const data = routes[key] ?? routes[route]
      if (data === undefined) return { ok: false as const, kind: 'not_found' as const, status: 404, message: 'Not Found', route }
      return { ok: true as const, status: 200, data: data as T, route }
    },
    async paginate<T>(route: string, params?: Record<string, unknown>) {
      calls.push({ route, params })
      const data = routes[route]
      if (data === undefined) return { ok: false as const, kind: 'forbidden' as const, status: 403, message: 'Resource not accessible by integration', route }
      return { ok: true as const, status: 200, data: data as T[], route, truncated: false }
    }
  }
}
