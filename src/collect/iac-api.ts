/**
 * IaC files through the GitHub API when there is no checkout (pull_request_target, a workflow without
 * actions/checkout, the CLI without --checkout): the changed IaC candidates, the other Terraform files of
 * their module directories and of the local modules they call, read at the head commit with
 * `GET /repos/{owner}/{repo}/contents/{path}?ref=<sha>` (files over 1 MB through the git blobs API).
 *
 * The scanner reads synchronously (Terraform module calls are followed while evaluating), so the scan runs
 * in rounds over what has been fetched: every read it asks for and is not there yet is fetched (in
 * parallel) and the scan runs again, until it asks for nothing new. Reads are bounded (MAX_API_READS);
 * past that, files are recorded as not fetched. Data only: nothing fetched is executed.
 */
import type { IacFacts } from '../model/facts/iac.js'
import { scanIac, terraformDirFiles, type ScanOptions } from '../iac/scan.js'
import { tooLarge, type FileSource, type ListResult, type ReadResult } from '../iac/source.js'
import { describeFailure, type ApiFailure, type GitHubApi } from './github/api.js'
import { BLOB_ROUTE, CONTENTS_ROUTE, blobBytes, type Blob } from './read-at.js'

/** Most contents/blob reads one scan makes (no policy setting: a bound on API use). */
export const MAX_API_READS = 300
/** Scan rounds: one per level of local module calls (module.ts follows at most 8 levels). */
const MAX_ROUNDS = 12
const CONCURRENCY = 8

interface DirEntry {
  type: string
  name: string
  path: string
  size: number
  sha: string
}

interface ContentAnswer {
  type: string
  size: number
  sha: string
  encoding?: string
  content?: string
}

export interface ApiSourceOptions {
  owner: string
  repo: string
  /** The head commit SHA. */
  ref: string
  maxFileSize: number
  /** The changed paths: a 404 for one of them (or its directory) at the head commit is a failure, not a deletion. */
  changed?: readonly string[]
  /** Default MAX_API_READS. */
  maxReads?: number
}

async function inParallel<T>(items: readonly T[], run: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  const worker = async () => {
    while (next < items.length) await run(items[next++])
  }
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, items.length) }, worker))
}

/** A FileSource answering from what was fetched; reads it cannot answer yet are queued for fetchPending(). */
export class ApiFileSource implements FileSource {
  readonly where: string
  /** Every route read, with the path it read (record sources). */
  readonly sources: string[] = []
  /** Reads that failed (path: reason), other than "not found". */
  readonly failures: { path: string; reason: string; http_status?: number }[] = []
  /** Set when MAX_API_READS stopped the fetching. */
  truncated: string | null = null
  /** Contents and blob requests made. */
  reads = 0

  private readonly files = new Map<string, ReadResult | null>()
  private readonly dirs = new Map<string, ListResult | null>()
  /** size and blob SHA of files seen in directory listings. */
  private readonly listed = new Map<string, { size: number; sha: string }>()
  private wantFiles = new Set<string>()
  private wantDirs = new Set<string>()
  private readonly maxReads: number

  constructor(
    private readonly api: GitHubApi,
    private readonly options: ApiSourceOptions
  ) {
    this.where = `the repository at ${options.ref.slice(0, 12)}`
    this.maxReads = options.maxReads ?? MAX_API_READS
  }

  readFile(rel: string): ReadResult | null {
    const p = normalize(rel)
    if (p === null) return { ok: false, reason: 'outside the repository' }
    if (this.files.has(p)) return this.files.get(p) ?? null
    this.wantFiles.add(p)
    return { ok: false, reason: 'not fetched yet' }
  }

  listDir(rel: string): ListResult | null {
    const p = normalize(rel)
    if (p === null) return null
    if (this.dirs.has(p)) return this.dirs.get(p) ?? null
    this.wantDirs.add(p)
    return null
  }

  relative(p: string): string {
    return p.replace(/^\/+/, '')
  }

  /** True when the last scan asked for something not fetched yet. */
  get pending(): boolean {
    return this.wantFiles.size > 0 || this.wantDirs.size > 0
  }

  /** Fetch what the last scan asked for: directories first (queueing their Terraform files), then files. */
  async fetchPending(): Promise<void> {
    const dirs = [...this.wantDirs].filter(d => !this.dirs.has(d))
    const files = new Set([...this.wantFiles].filter(f => !this.files.has(f)))
    this.wantDirs = new Set()
    this.wantFiles = new Set()
    await inParallel(dirs, async d => {
      for (const f of await this.fetchDir(d)) files.add(f)
    })
    await inParallel([...files].filter(f => !this.files.has(f)).sort(), f => this.fetchFile(f))
  }

  /** Give up on what is still wanted (too many rounds), with the reason. */
  abandonPending(reason: string): void {
    for (const d of this.wantDirs) this.dirs.set(d, { ok: false, reason })
    for (const f of this.wantFiles) this.files.set(f, { ok: false, reason })
    this.wantDirs = new Set()
    this.wantFiles = new Set()
  }

  private take(): string | null {
    if (this.reads >= this.maxReads) {
      this.truncated ??= `more IaC files than the ${this.maxReads} GitHub API reads one scan makes without a checkout; the rest were not fetched`
      return `not fetched: the limit of ${this.maxReads} GitHub API reads was reached (check the repository out with actions/checkout to scan them all)`
    }
    this.reads++
    return null
  }

  private fail(path: string, failure: ApiFailure, what: string): { ok: false; reason: string; remedy: string } {
    const d = describeFailure(failure, what, 'Grant `contents: read` to the token.')
    this.failures.push({ path, reason: d.reason, ...(d.http_status ? { http_status: d.http_status } : {}) })
    return { ok: false, reason: d.reason, remedy: `${d.remedy} Or check the repository out with actions/checkout before the gate.` }
  }

  /** A 404 where the change says there is a file: the ref or the token is wrong, so it is a failure. */
  private changedIn(p: string, isDir: boolean): boolean {
    return (this.options.changed ?? []).some(c => (isDir ? c.startsWith(p === '.' ? '' : `${p}/`) : c === p))
  }

  private async fetchDir(dir: string): Promise<string[]> {
    const stop = this.take()
    if (stop) {
      this.dirs.set(dir, { ok: false, reason: stop })
      return []
    }
    const path = dir === '.' ? '' : dir
    const { owner, repo, ref } = this.options
    this.sources.push(`GET /repos/{owner}/{repo}/contents/${path}?ref=${ref}`)
    const r = await this.api.request<DirEntry[] | ContentAnswer>(CONTENTS_ROUTE, { owner, repo, path, ref })
    if (!r.ok) {
      this.dirs.set(dir, r.kind === 'not_found' && !this.changedIn(dir, true) ? null : this.fail(`${path}/`, r, `Listing the directory ${dir} at ${ref}`))
      return []
    }
    if (!Array.isArray(r.data)) {
      this.dirs.set(dir, null)
      return []
    }
    const names: string[] = []
    for (const e of r.data) {
      if (e?.type !== 'file' || typeof e.name !== 'string') continue
      names.push(e.name)
      this.listed.set(dir === '.' ? e.name : `${dir}/${e.name}`, { size: e.size, sha: e.sha })
    }
    this.dirs.set(dir, { ok: true, names })
    const { config, vars } = terraformDirFiles(names)
    return [...config, ...vars].map(n => (dir === '.' ? n : `${dir}/${n}`))
  }

  private async fetchFile(p: string): Promise<void> {
    const known = this.listed.get(p)
    const max = this.options.maxFileSize
    if (known && known.size > max) {
      this.files.set(p, tooLarge(known.size, max))
      return
    }
    const stop = this.take()
    if (stop) {
      this.files.set(p, { ok: false, reason: stop })
      return
    }
    const { owner, repo, ref } = this.options
    this.sources.push(`GET /repos/{owner}/{repo}/contents/${p}?ref=${ref}`)
    const r = await this.api.request<DirEntry[] | ContentAnswer>(CONTENTS_ROUTE, { owner, repo, path: p, ref })
    if (!r.ok) {
      this.files.set(
        p,
        r.kind === 'not_found' && !this.changedIn(p, false)
          ? { ok: false, reason: `not found in ${this.where} (deleted?)` }
          : this.fail(p, r, `Reading ${p} at ${ref}`)
      )
      return
    }
    const f = r.data
    if (Array.isArray(f) || f.type === 'dir' || f.type === 'submodule') {
      this.files.set(p, null)
      return
    }
    if (f.type !== 'file') {
      this.files.set(p, { ok: false, reason: `a ${f.type}: not followed through the GitHub API` })
      return
    }
    if (f.size > max) {
      this.files.set(p, tooLarge(f.size, max))
      return
    }
    if (typeof f.content === 'string' && (f.content !== '' || f.size === 0) && f.encoding !== 'none') {
      this.files.set(p, { ok: true, data: Buffer.from(f.content, f.encoding === 'base64' ? 'base64' : 'utf8') })
      return
    }
    // Files over 1 MB come without content: read the blob.
    const again = this.take()
    if (again) {
      this.files.set(p, { ok: false, reason: again })
      return
    }
    this.sources.push(`GET /repos/{owner}/{repo}/git/blobs/${f.sha} (${p})`)
    const b = await this.api.request<Blob>(BLOB_ROUTE, { owner, repo, file_sha: f.sha })
    if (!b.ok) {
      this.files.set(p, this.fail(p, b, `Reading ${p} (blob ${f.sha})`))
      return
    }
    const bytes = blobBytes(b.data)
    this.files.set(
      p,
      Buffer.isBuffer(bytes)
        ? { ok: true, data: bytes }
        : {
            ok: false,
            reason: `${p}: ${bytes.reason}`,
            remedy: 'Re-run; if it persists, check out the repository (actions/checkout) so files are read from git.'
          }
    )
  }
}

/** A repository-relative posix path without `.`/`..` segments, or null when it leaves the repository. */
function normalize(rel: string): string | null {
  const out: string[] = []
  for (const part of rel.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..') {
      if (out.length === 0) return null
      out.pop()
    } else out.push(part)
  }
  return out.length === 0 ? '.' : out.join('/')
}

export interface ApiScan {
  facts: IacFacts
  source: ApiFileSource
}

/** Scan the changed IaC files at `ref` through the API, fetching in rounds until the scan needs nothing more. */
export async function scanIacFromApi(api: GitHubApi, changedPaths: readonly string[], options: ApiSourceOptions & ScanOptions): Promise<ApiScan> {
  const source = new ApiFileSource(api, { changed: changedPaths, ...options })
  const scanOptions: ScanOptions = {
    planFile: options.planFile,
    maxFileSize: options.maxFileSize,
    repoFullName: options.repoFullName ?? `${options.owner}/${options.repo}`
  }
  for (let round = 0; ; round++) {
    const facts = await scanIac(source, changedPaths, scanOptions)
    if (!source.pending) return { facts, source }
    if (round >= MAX_ROUNDS) source.abandonPending(`not fetched: local module calls nest deeper than ${MAX_ROUNDS} levels`)
    else await source.fetchPending()
  }
}
