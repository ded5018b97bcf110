/**
 * The audit's GitHub API: one client (createGitHubApi) for the whole run, wrapped with
 *  - a resumable answer cache (`--cache DIR`): every successful GET is stored with its ETag. Within one audit
 *    session (same repository, branch and window, not yet finished) a stored answer is reused without any
 *    call, so an interrupted or rate-limited run continues where it stopped. A later session revalidates
 *    stored answers with `If-None-Match`; GitHub answers 304 (not counted against the rate limit) when
 *    nothing changed.
 *  - page-by-page pagination through `request`, so every page is cached and conditional on its own, and
 *    callers can stop early (the population scan stops once it is past the window).
 *  - counters per phase (population / re-performance): network calls, 304s, cache hits, and the rate-limit
 *    budget left (x-ratelimit-remaining of the latest answer).
 * A rate-limited failure is remembered (`rateLimited`) so the audit stops instead of recording
 * "not verified" for every change after the limit.
 */
import { createHash, randomUUID } from 'node:crypto'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { ApiFailure, ApiResult, GitHubApi, PaginateOptions, PaginatedSuccess } from '../collect/github/api.js'

export interface CacheEntry {
  key: string
  session: string
  etag: string | null
  status: number
  data: unknown
  link: string | null
  stored_at: string
}

export interface PhaseCounters {
  /** Requests sent to GitHub (including those answered 304). */
  network: number
  /** Answered 304 Not Modified from a stored ETag (free of rate limit). */
  notModified: number
  /** Answered from the cache of this session without any request. */
  cacheHits: number
}

export type Phase = 'population' | 'reperformance' | 'other'

export interface AuditApi extends GitHubApi {
  counters: Record<Phase, PhaseCounters>
  setPhase(phase: Phase): void
  /** x-ratelimit-remaining of the latest answer (null until one arrived). */
  budget(): number | null
  /** The first rate-limited failure, if any. */
  rateLimited(): ApiFailure | null
  /** Every request sent, as 'GET /path?query' (test and meta evidence). */
  sent: string[]
}

/** A directory of stored answers, or none (every call goes to GitHub). */
export interface AnswerCache {
  session: string
  /** True when this run continues an unfinished session (stored answers are reused without a call). */
  resumed: boolean
  get(key: string): Promise<CacheEntry | null>
  put(entry: CacheEntry): Promise<void>
  /** Mark the session finished: the next run starts a new one and revalidates with ETags. */
  finish(): Promise<void>
}

interface SessionFile {
  session: string
  scope: string
  finished: boolean
  started_at: string
}

/** Open (or create) the cache in `dir` for an audit of `scope` (repository, branch, window, sample settings). */
export async function openCache(dir: string, scope: string): Promise<AnswerCache> {
  await mkdir(join(dir, 'answers'), { recursive: true })
  const sessionPath = join(dir, 'session.json')
  let previous: SessionFile | null = null
  try {
    previous = JSON.parse(await readFile(sessionPath, 'utf8')) as SessionFile
  } catch {
    previous = null
  }
  const resumed = Boolean(previous && !previous.finished && previous.scope === scope)
  const session: SessionFile = resumed && previous ? previous : { session: randomUUID(), scope, finished: false, started_at: new Date().toISOString() }
  if (!resumed) await atomicWrite(sessionPath, JSON.stringify(session, null, 2))
  const fileOf = (key: string) => join(dir, 'answers', `${createHash('sha256').update(key).digest('hex')}.json`)
  return {
    session: session.session,
    resumed,
    async get(key) {
      try {
        const entry = JSON.parse(await readFile(fileOf(key), 'utf8')) as CacheEntry
        return entry.key === key ? entry : null
      } catch {
        return null
      }
    },
    async put(entry) {
      await atomicWrite(fileOf(entry.key), JSON.stringify(entry))
    },
    async finish() {
      await atomicWrite(sessionPath, JSON.stringify({ ...session, finished: true }, null, 2))
    }
  }
}

async function atomicWrite(path: string, text: string): Promise<void> {
  const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`
  await writeFile(tmp, text)
  await rename(tmp, path)
}

/** The cache key of a GET: the route template and its parameters, keys sorted. */
export function requestKey(route: string, params: Record<string, unknown>): string {
  const sorted = Object.keys(params)
    .filter(k => k !== 'headers' && params[k] !== undefined)
    .sort()
    .map(k => `${k}=${String(params[k])}`)
  return `${route}?${sorted.join('&')}`
}

/** The URL of rel="next" in a Link header, or null. */
export function nextLink(link: string | null | undefined): string | null {
  if (!link) return null
  for (const part of link.split(',')) {
    const m = /<([^>]+)>\s*;\s*rel="next"/.exec(part)
    if (m) return m[1]
  }
  return null
}

function headerString(headers: Record<string, string | number | undefined> | undefined, name: string): string | null {
  const v = headers?.[name]
  return v === undefined || v === null ? null : String(v)
}

/** Binary answers (artifact zips) are stored as base64 and given back as a Buffer. */
function toStored(data: unknown): unknown {
  if (Buffer.isBuffer(data)) return { __binary_base64: data.toString('base64') }
  if (data instanceof ArrayBuffer) return { __binary_base64: Buffer.from(data).toString('base64') }
  return data
}

function fromStored(data: unknown): unknown {
  if (data && typeof data === 'object' && typeof (data as { __binary_base64?: unknown }).__binary_base64 === 'string') {
    return Buffer.from((data as { __binary_base64: string }).__binary_base64, 'base64')
  }
  return structuredClone(data)
}

export function createAuditApi(inner: GitHubApi, cache: AnswerCache | null): AuditApi {
  const fresh = (): PhaseCounters => ({ network: 0, notModified: 0, cacheHits: 0 })
  const counters: Record<Phase, PhaseCounters> = { population: fresh(), reperformance: fresh(), other: fresh() }
  let phase: Phase = 'other'
  let remaining: number | null = null
  let limited: ApiFailure | null = null
  const sent: string[] = []

  async function request<T>(route: string, params: Record<string, unknown> = {}): Promise<ApiResult<T>> {
    const method = route.split(' ')[0]
    if (method !== 'GET') return inner.request<T>(route, params)
    const key = requestKey(route, params)
    const stored = cache ? await cache.get(key) : null
    if (stored && cache && stored.session === cache.session) {
      counters[phase].cacheHits++
      return { ok: true, status: stored.status, data: fromStored(stored.data) as T, route, headers: stored.link ? { link: stored.link } : {} }
    }
    counters[phase].network++
    sent.push(key)
    const conditional = stored?.etag ? { ...params, headers: { 'if-none-match': stored.etag } } : params
    const answer = await inner.request<T>(route, conditional)
    if (!answer.ok) {
      if (answer.status === 304 && stored && cache) {
        counters[phase].notModified++
        await cache.put({ ...stored, session: cache.session, stored_at: new Date().toISOString() })
        return { ok: true, status: stored.status, data: fromStored(stored.data) as T, route, headers: stored.link ? { link: stored.link } : {} }
      }
      if (answer.kind === 'rate_limited') limited ??= answer
      return answer
    }
    const left = headerString(answer.headers, 'x-ratelimit-remaining')
    if (left !== null && /^\d+$/.test(left)) remaining = Number(left)
    if (cache) {
      await cache.put({
        key,
        session: cache.session,
        etag: headerString(answer.headers, 'etag'),
        status: answer.status,
        data: toStored(answer.data),
        link: headerString(answer.headers, 'link'),
        stored_at: new Date().toISOString()
      })
    }
    return answer
  }

  async function paginate<T>(route: string, params: Record<string, unknown> = {}, options: PaginateOptions = {}): Promise<PaginatedSuccess<T> | ApiFailure> {
    const max = options.maxItems ?? Number.POSITIVE_INFINITY
    const items: T[] = []
    let status = 200
    for (let page = 1; ; page++) {
      const answer = await request<unknown>(route, { per_page: 100, ...params, page })
      if (!answer.ok) return answer
      status = answer.status
      let list = answer.data
      if (options.itemsKey && list && typeof list === 'object' && !Array.isArray(list)) list = (list as Record<string, unknown>)[options.itemsKey]
      if (!Array.isArray(list)) return { ok: false, kind: 'malformed', status, message: 'expected a JSON list, got something else', route }
      for (const item of list as T[]) {
        if (items.length >= max) return { ok: true, status, data: items, route, truncated: true }
        items.push(item)
      }
      if (!nextLink(headerString(answer.headers, 'link'))) break
    }
    return { ok: true, status, data: items, route, truncated: false }
  }

  return {
    request,
    paginate,
    counters,
    sent,
    setPhase(p) {
      phase = p
    },
    budget: () => remaining,
    rateLimited: () => limited
  }
}
