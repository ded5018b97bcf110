/**
 * GitHubApi on Octokit with retry and throttling plugins, a per-attempt timeout, and a request hook that logs
 * every call into the record's api_calls. Failures are classified and returned, never thrown, so collectors
 * can record what is missing and why.
 */
import { getProxyUrl } from '@actions/http-client/lib/proxy'
import { Octokit } from '@octokit/core'
import { paginateRest, type PaginateInterface } from '@octokit/plugin-paginate-rest'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import type { ApiCall } from '../../model/record.js'
import { NodeBody, nodeFetch } from './node-fetch.js'
import type { ApiFailure, ApiFailureKind, ApiResult, GitHubApi, PaginateOptions, PaginatedSuccess } from './api.js'

export interface ClientOptions {
  token: string
  baseUrl: string
  /** Per-attempt timeout. */
  timeoutMs?: number
  /** Retries for 5xx and network errors. */
  retries?: number
  /** Most seconds to wait on a rate limit before giving up. */
  maxRateLimitWaitSeconds?: number
  /** Times a rate-limited request is retried. */
  rateLimitRetries?: number
  /**
   * Milliseconds per unit of the retry and throttling plugins' waits (their `retryAfterBaseValue`; default
   * 1000, so a 5xx retry waits 1 s, 4 s … and a rate limit the `retry-after` seconds). Tests set 1 so that
   * no test sleeps for real; the waits that were decided stay in the log and the call record.
   */
  retryAfterBaseMs?: number
  /** Where every call is logged. */
  calls: ApiCall[]
  log?: (message: string) => void
  userAgent?: string
}

type ApiOctokit = Octokit & { paginate: PaginateInterface }
type OctokitOptions = NonNullable<ConstructorParameters<typeof Octokit>[0]>
type OctokitPlugin = Parameters<typeof Octokit.plugin>[0]

/**
 * Octokit as @actions/github's getOctokit builds it (`token` auth, the runner's orchestration id in the user
 * agent, the paginate plugin under the given ones), on node:http (node-fetch.ts). Behind a proxy (https_proxy and
 * the like, unless no_proxy names the API's host) it is getOctokit itself, whose fetch goes through the proxy;
 * @actions/github and its undici load only then, as they cost some 100 ms of every run's start.
 */
function newOctokit(token: string, options: OctokitOptions & { baseUrl: string }, plugins: OctokitPlugin[]): Promise<ApiOctokit> {
  if (!token) throw new Error('Parameter token or opts.auth is required')
  let proxied: boolean
  try {
    proxied = getProxyUrl(new URL(options.baseUrl)) !== undefined
  } catch (e) {
    // Each request reports it (the collectors record why), as a bad URL reported by fetch itself would be.
    return Promise.reject(e instanceof Error ? e : new Error(String(e)))
  }
  // getOctokit routes by GITHUB_API_URL, which is where every caller's baseUrl comes from.
  if (proxied) return viaActionsGithub(token, options, plugins)
  const userAgent = withOrchestrationId(options.userAgent, process.env.ACTIONS_ORCHESTRATION_ID)
  const Client = Octokit.plugin(paginateRest, ...plugins)
  // node:http under Octokit rather than Node's fetch, whose undici is compiled at the first call (node-fetch.ts).
  const request: OctokitOptions['request'] = { ...options.request, fetch: (options.request?.fetch as unknown) ?? nodeFetch }
  return Promise.resolve(new Client({ ...options, request, auth: `token ${token}`, ...(userAgent ? { userAgent } : {}) }) as ApiOctokit)
}

async function viaActionsGithub(token: string, options: OctokitOptions, plugins: OctokitPlugin[]): Promise<ApiOctokit> {
  // @actions/github reads and parses GITHUB_EVENT_PATH as it loads: hidden, as at start-up (event-path-guard.ts).
  const eventPath = process.env.GITHUB_EVENT_PATH
  delete process.env.GITHUB_EVENT_PATH
  try {
    const { getOctokit } = await import('@actions/github')
    return getOctokit(token, options, ...plugins)
  } finally {
    if (eventPath !== undefined) process.env.GITHUB_EVENT_PATH = eventPath
  }
}

/** The user agent with the runner's `actions_orchestration_id/<id>` tag, as @actions/github adds it. */
export function withOrchestrationId(userAgent: string | undefined, orchestrationId: string | undefined): string | undefined {
  const id = orchestrationId?.trim()
  if (!id) return userAgent
  const tag = `actions_orchestration_id/${id.replace(/[^a-z0-9_.-]/gi, '_')}`
  if (userAgent?.includes(tag)) return userAgent
  return userAgent ? `${userAgent} ${tag}` : tag
}

interface HookOptions {
  method: string
  url: string
  baseUrl?: string
  request?: { signal?: AbortSignal; retryCount?: number }
  [key: string]: unknown
}

/** A plugin that adds a fresh per-attempt timeout and logs each attempt. Registered innermost. */
function callLogPlugin(calls: ApiCall[], timeoutMs: number, knownPaths: Map<string, string>, redact: (text: string) => string) {
  type Request = (o: HookOptions) => Promise<{ status: number }>
  return (octokit: { hook: { wrap: (name: 'request', hook: (request: Request, options: HookOptions) => Promise<{ status: number }>) => void } }) => {
    octokit.hook.wrap('request', async (request: Request, options: HookOptions) => {
      const started = Date.now()
      let route = `${options.method} ${options.url}`
      let url = concreteUrl(options)
      if (/^[a-z][a-z0-9+.-]*:/i.test(options.url)) {
        // Later pages of a paginated list come as absolute URLs from the Link header: log the route template.
        const parsed = new URL(options.url)
        const foreign = foreignOrigin(parsed, options.baseUrl)
        if (foreign) {
          // Refused before the auth hook (registered inside this one) adds the token: it never leaves the API origin.
          calls.push({ method: options.method, route, url: options.url.slice(0, 300), status: null, duration_ms: 0, attempt: 1, error: foreign })
          throw new ForeignOriginError(foreign)
        }
        const base = new URL(options.baseUrl ?? parsed.origin).pathname.replace(/\/$/, '')
        const path = parsed.pathname.startsWith(base) ? parsed.pathname.slice(base.length) : parsed.pathname
        url = path + parsed.search
        route = `${options.method} ${knownPaths.get(path) ?? path}`
      }
      const entry: ApiCall = {
        method: options.method,
        route,
        url,
        status: null,
        duration_ms: 0,
        attempt: (options.request?.retryCount ?? 0) + 1
      }
      calls.push(entry)
      options.request = { ...(options.request ?? {}), signal: AbortSignal.timeout(timeoutMs) }
      try {
        const response = await request(options)
        entry.status = response.status
        return response
      } catch (error) {
        const status = (error as { status?: number }).status
        const hasResponse = Boolean((error as { response?: unknown }).response)
        entry.status = hasResponse && typeof status === 'number' ? status : null
        // Redacted: a token fetch refuses as a header (a newline in it) comes back inside the error's message.
        if (!hasResponse) entry.error = redact(networkMessage(error, timeoutMs))
        throw error
      } finally {
        entry.duration_ms = Date.now() - started
      }
    })
    return {}
  }
}

/** Pages of one list read at once (PaginateOptions.concurrentPages); Octokit's throttling allows 10 reads at once. */
const PAGE_CONCURRENCY = 4

/** The URLs of a Link header by relation (`next`, `last` …). */
function parseLinks(header: unknown): Record<string, string> {
  const links: Record<string, string> = {}
  if (typeof header !== 'string') return links
  for (const part of header.split(',')) {
    const m = /<([^>]*)>\s*;\s*rel="([^"]+)"/.exec(part)
    if (m) for (const rel of m[2].split(/\s+/)) links[rel] = m[1]
  }
  return links
}

/** The `page` number of a link, or null. */
function pageNumber(url: string | undefined): number | null {
  if (!url) return null
  try {
    const page = new URL(url).searchParams.get('page')
    return page !== null && /^[1-9]\d{0,5}$/.test(page) ? Number(page) : null
  } catch {
    return null
  }
}

/** Two links to pages of one list: same origin, path and query but for `page`. */
function sameList(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false
  try {
    const [ua, ub] = [new URL(a), new URL(b)]
    ua.searchParams.delete('page')
    ub.searchParams.delete('page')
    return ua.toString() === ub.toString()
  } catch {
    return false
  }
}

/** Thrown by the request hook for an absolute URL outside the API origin (e.g. a Link header's next page). */
class ForeignOriginError extends Error {
  readonly refused = true
}

/**
 * Why `url` may not be requested with the token, or null when it is on the configured API: same origin
 * (scheme, host and port) and under the base path. A Link header is data from the server (or from anything
 * between), so a `rel="next"` to another host would otherwise carry the token there.
 */
function foreignOrigin(url: URL, baseUrl: string | undefined): string | null {
  if (!baseUrl) return `refused ${url.protocol}//${url.host}: no API origin to compare with`
  const base = new URL(baseUrl)
  const basePath = base.pathname.replace(/\/+$/, '')
  if (url.origin !== base.origin) {
    return `refused a link to ${url.host || url.protocol} (not the API origin ${base.host}); not followed, the token was not sent`
  }
  if (basePath && url.pathname !== basePath && !url.pathname.startsWith(`${basePath}/`)) {
    return `refused a link to ${url.host}${url.pathname.slice(0, 100)} (outside the API path ${basePath}); not followed, the token was not sent`
  }
  return null
}

function concreteUrl(options: HookOptions): string {
  let url = options.url
  url = url.replace(/\{([^}]+)\}/g, (whole, name: string) => {
    const value = options[name]
    return value === undefined ? whole : encodeURIComponent(String(value))
  })
  return url
}

/** The network error in words; `timeoutMs` null when the per-attempt timeout is not known here. */
function networkMessage(error: unknown, timeoutMs: number | null): string {
  const e = error as { name?: string; message?: string; cause?: { name?: string; message?: string } }
  const name = e?.name ?? ''
  if (name === 'AbortError' || name === 'TimeoutError' || e?.cause?.name === 'TimeoutError') {
    if (timeoutMs === null) return 'the request timed out'
    // Sub-second timeouts (tests, tight runners) in ms: "within 0 s" would misstate the evidence.
    return `no answer within ${timeoutMs % 1000 === 0 ? `${timeoutMs / 1000} s` : `${timeoutMs} ms`}`
  }
  return (withCause(e?.message || 'network error', e?.cause) ?? 'network error').slice(0, 300)
}

/**
 * fetch's "fetch failed" says nothing by itself; the reason (getaddrinfo ENOTFOUND host, ECONNREFUSED …) is in
 * its cause chain, each reason not yet said appended. Read by shape, not `instanceof Error`: the cause may come
 * from another realm, and then Octokit, which reads it by instanceof, says only "Unknown Error" (left out when a
 * cause says more).
 */
function withCause(message: string, cause: unknown): string {
  let said = message === 'Unknown Error' ? '' : message
  let reason: unknown = cause
  for (let depth = 0; depth < 4 && reason && typeof reason === 'object'; depth++) {
    const r = reason as { message?: unknown; code?: unknown; cause?: unknown }
    const text = typeof r.message === 'string' && r.message ? r.message : typeof r.code === 'string' ? r.code : ''
    if (text && !said.includes(text)) said = said ? `${said}: ${text}` : text
    reason = r.cause
  }
  return said || message
}

/** The text with the token (and each line of it, as a header error may quote it cut) replaced by ***. */
function redactToken(text: string, token: string): string {
  let out = text
  for (const piece of [token, ...token.split(/[\r\n\0]+/)].filter(p => p.length >= 8)) out = out.split(piece).join('***')
  return out
}

export function classifyError(error: unknown, route: string, token: string): ApiFailure {
  const e = error as {
    status?: number
    message?: string
    name?: string
    response?: { status: number; headers?: Record<string, string>; data?: unknown }
  }
  const redact = (s: string): string => redactToken(s, token)
  if (error instanceof ForeignOriginError) {
    return { ok: false, kind: 'refused', status: null, message: redact(error.message), route }
  }
  if (!e?.response) {
    const message = redact(networkMessage(error, null))
    return { ok: false, kind: 'network', status: null, message, route }
  }
  const status = e.response.status
  const headers = e.response.headers ?? {}
  const data = e.response.data as { message?: string } | string | undefined
  const message = redact((typeof data === 'object' && data && typeof data.message === 'string' ? data.message : e.message || `HTTP ${status}`).slice(0, 300))
  let kind: ApiFailureKind = 'other'
  if (status === 401) kind = 'unauthorized'
  else if (status === 429 || (status === 403 && (headers['x-ratelimit-remaining'] === '0' || /rate limit/i.test(message)))) kind = 'rate_limited'
  else if (status === 403) kind = 'forbidden'
  else if (status === 404) kind = 'not_found'
  else if (status >= 500) kind = 'server'
  return { ok: false, kind, status, message, route }
}

/** A 2xx answer whose body is not what the route returns: say whether it was not JSON at all or JSON of another shape. */
function malformed(route: string, status: number, what: string, body?: unknown): ApiFailure {
  // Octokit hands a body it could not parse as JSON over as text
  const got =
    typeof body === 'string'
      ? 'the body is not valid JSON'
      : body === undefined
        ? 'got something else'
        : `got ${body === null ? 'null' : Array.isArray(body) ? 'a JSON list' : typeof body === 'object' ? 'a JSON object' : `a JSON ${typeof body}`}`
  return { ok: false, kind: 'malformed', status, message: `expected a JSON ${what}${typeof body === 'string' ? '; ' : ', '}${got}`, route }
}

export function createGitHubApi(options: ClientOptions): GitHubApi {
  const timeoutMs = options.timeoutMs ?? 20_000
  const maxWait = options.maxRateLimitWaitSeconds ?? 60
  const rateLimitRetries = options.rateLimitRetries ?? 2
  const retryAfterBaseMs = options.retryAfterBaseMs ?? 1000
  const log = options.log ?? (() => undefined)
  const knownPaths = new Map<string, string>()
  const octokitReady = newOctokit(
    options.token,
    {
      baseUrl: options.baseUrl,
      userAgent: options.userAgent,
      log: { debug: () => undefined, info: () => undefined, warn: (m: string) => log(m), error: (m: string) => log(m) },
      // 429 is the throttling plugin's to retry (after retry-after / x-ratelimit-reset, within maxWait): the
      // retry plugin's blind 1 s / 4 s backoff would hammer a rate limit whose reset is an hour away.
      retry: { retries: options.retries ?? 2, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451], retryAfterBaseValue: retryAfterBaseMs },
      throttle: {
        retryAfterBaseValue: retryAfterBaseMs,
        onRateLimit: (retryAfter: number, o: { method: string; url: string }, _k: unknown, retryCount: number) => {
          if (retryCount < rateLimitRetries && retryAfter <= maxWait) {
            log(`Rate limit on ${o.method} ${o.url}; retrying after ${retryAfter} s`)
            return true
          }
          log(`Rate limit on ${o.method} ${o.url}; reset in ${retryAfter} s is beyond the wait limit, giving up`)
          return false
        },
        onSecondaryRateLimit: (retryAfter: number, o: { method: string; url: string }, _k: unknown, retryCount: number) => {
          if (retryCount < rateLimitRetries && retryAfter <= maxWait) {
            log(`Secondary rate limit on ${o.method} ${o.url}; retrying after ${retryAfter} s`)
            return true
          }
          return false
        }
      }
    },
    [callLogPlugin(options.calls, timeoutMs, knownPaths, text => redactToken(text, options.token)) as never, throttling, retry]
  )
  octokitReady.catch(() => undefined) // each request awaits it, and classifies its failure

  async function request<T>(route: string, params: Record<string, unknown> = {}): Promise<ApiResult<T>> {
    try {
      const octokit = await octokitReady
      const response = await octokit.request(route, params)
      const data = response.data as unknown
      if (typeof data === 'string' && response.status !== 204) {
        return malformed(route, response.status, 'object', data)
      }
      return { ok: true, status: response.status, data: data as T, route, headers: response.headers }
    } catch (error) {
      return classifyError(error, route, options.token)
    }
  }

  /**
   * Pages side by side (PaginateOptions.concurrentPages): page 1, then pages 2…N of the same route (N from
   * page 1's `rel="last"`, at most the pages maxItems needs) PAGE_CONCURRENCY at a time, taken in order.
   * Without a usable `last` the `next` links are followed one by one (each checked by the request hook:
   * a link off the API origin is refused). Pages are requested by route and page number, never by a URL
   * from the answer.
   */
  async function paginateConcurrently<T>(
    route: string,
    params: Record<string, unknown>,
    paginateOptions: PaginateOptions,
    listPath: string
  ): Promise<PaginatedSuccess<T> | ApiFailure> {
    const max = paginateOptions.maxItems ?? Number.POSITIVE_INFINITY
    const items: T[] = []
    let truncated = false
    const take = (page: { status: number; data: unknown }): ApiFailure | 'full' | 'more' => {
      const list = page.data
      if (!Array.isArray(list)) return malformed(route, page.status, 'list', list)
      for (const item of list as T[]) {
        if (items.length >= max) {
          truncated = true
          return 'full'
        }
        items.push(item)
      }
      return 'more'
    }
    const perPage = 100
    /** A link to this very list on the configured API (else its pages are not counted on: `next` is followed, and checked). */
    const onRoute = (link: string): boolean => {
      try {
        const u = new URL(link)
        const base = new URL(options.baseUrl)
        return u.origin === base.origin && u.pathname === `${base.pathname.replace(/\/+$/, '')}${listPath}`
      } catch {
        return false
      }
    }
    /**
     * One page, its body parsed with the native JSON.parse: Octokit's parser (json-with-bigint) took ~4x as
     * long over a PR's 30 pages of patches, and no field of these lists holds an integer beyond 2^53. A body
     * that is not JSON is kept as text (the page is then malformed, as with Octokit's own parsing).
     */
    type Page = { status: number; headers: Record<string, unknown>; data: unknown }
    const getPage = async (request: Record<string, unknown>): Promise<Page> => {
      const octokit = await octokitReady
      const answer = await (request.url ? octokit.request(request as never) : octokit.request(route, request))
      const body = answer.data as ReadableStream<Uint8Array> | NodeBody | null | undefined
      let data: unknown = body
      // The body as nodeFetch gives it, or a web stream (Node's fetch, behind a proxy).
      const text =
        body instanceof NodeBody
          ? await body.text()
          : body && typeof body === 'object' && typeof body.getReader === 'function'
            ? await new Response(body).text()
            : undefined
      if (text !== undefined) {
        data = text
        if (/json/i.test(String(answer.headers['content-type'] ?? ''))) {
          try {
            data = JSON.parse(text) as unknown
          } catch {
            // kept as text: reported as "the body is not valid JSON"
          }
        }
      }
      return { status: answer.status, headers: answer.headers, data }
    }
    const raw = { parseSuccessResponseBody: false }
    try {
      const first = await getPage({ per_page: perPage, ...params, request: raw })
      let status = first.status
      const took = take(first)
      if (typeof took === 'object') return took
      let links = parseLinks(first.headers.link)
      const lastPage = pageNumber(links.last)
      if (took === 'more' && lastPage !== null && pageNumber(links.next) === 2 && sameList(links.last, links.next) && onRoute(links.next)) {
        const wanted = Math.min(lastPage, Number.isFinite(max) ? Math.ceil(max / perPage) + 1 : lastPage)
        const pending = new Map<number, Promise<Page>>()
        let next = 2
        const fill = () => {
          while (next <= wanted && pending.size < PAGE_CONCURRENCY) {
            const p = getPage({ per_page: perPage, ...params, page: next, request: raw })
            p.catch(() => undefined) // awaited in order below; a failure is classified there
            pending.set(next++, p)
          }
        }
        fill()
        for (let page = 2; page <= wanted; page++) {
          const answer = await (pending.get(page) as Promise<Page>)
          pending.delete(page)
          status = answer.status
          const t = take(answer)
          if (typeof t === 'object') return t
          if (t === 'full') break
          fill()
        }
        // A list that grew while it was read may name pages past the last one asked: GitHub's own cap
        // (3000 files, 250 commits) is what maxItems holds, so the rest is only reported as truncated.
        if (!truncated && wanted < lastPage) truncated = true
        return { ok: true, status, data: items, route, truncated }
      }
      // No page count to go by: follow `next` one by one.
      while (took === 'more' && !truncated && links.next) {
        const answer = await getPage({ method: 'GET', url: links.next, request: raw })
        status = answer.status
        const t = take(answer)
        if (typeof t === 'object') return t
        links = parseLinks(answer.headers.link)
      }
      return { ok: true, status, data: items, route, truncated }
    } catch (error) {
      return classifyError(error, route, options.token)
    }
  }

  async function paginate<T>(
    route: string,
    params: Record<string, unknown> = {},
    paginateOptions: PaginateOptions = {}
  ): Promise<PaginatedSuccess<T> | ApiFailure> {
    const [, template = route] = route.split(' ')
    const listPath = concreteUrl({ method: 'GET', url: template, ...params })
    knownPaths.set(listPath, template)
    if (paginateOptions.concurrentPages && !paginateOptions.itemsKey) return paginateConcurrently<T>(route, params, paginateOptions, listPath)
    const max = paginateOptions.maxItems ?? Number.POSITIVE_INFINITY
    const items: T[] = []
    let truncated = false
    let status = 200
    try {
      const iterator = (await octokitReady).paginate.iterator(route, { per_page: 100, ...params })
      for await (const page of iterator) {
        status = page.status
        const raw = page.data as unknown
        let list: unknown = raw
        if (paginateOptions.itemsKey && raw && typeof raw === 'object' && !Array.isArray(raw)) {
          list = (raw as Record<string, unknown>)[paginateOptions.itemsKey]
        }
        if (!Array.isArray(list)) return malformed(route, page.status, 'list', list)
        for (const item of list as T[]) {
          if (items.length >= max) {
            truncated = true
            break
          }
          items.push(item)
        }
        if (truncated) break
      }
    } catch (error) {
      if (error instanceof TypeError && !(error as { response?: unknown }).response) {
        // Octokit's paginator looks for `total_count` in each page with `in`, which throws on a page it could
        // only read as text: the body was not JSON
        return malformed(route, status, 'list', /'in' operator/.test(error.message) ? '' : undefined)
      }
      return classifyError(error, route, options.token)
    }
    return { ok: true, status, data: items, route, truncated }
  }

  return { request, paginate }
}
