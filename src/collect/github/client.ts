/**
 * GitHubApi on Octokit (via @actions/github) with retry and throttling plugins, a per-attempt timeout,
 * and a request hook that logs every call into the record's api_calls. Failures are classified and
 * returned, never thrown, so collectors can record what is missing and why.
 */
import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import type { ApiCall } from '../../model/record.js'
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

type AnyOctokit = ReturnType<typeof getOctokit>

interface HookOptions {
  method: string
  url: string
  baseUrl?: string
  request?: { signal?: AbortSignal; retryCount?: number }
  [key: string]: unknown
}

/** A plugin that adds a fresh per-attempt timeout and logs each attempt. Registered innermost. */
function callLogPlugin(calls: ApiCall[], timeoutMs: number, knownPaths: Map<string, string>) {
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
        if (!hasResponse) entry.error = networkMessage(error, timeoutMs)
        throw error
      } finally {
        entry.duration_ms = Date.now() - started
      }
    })
    return {}
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
 * its cause chain. Read by shape, not `instanceof Error`: the cause may come from another realm.
 */
function withCause(message: string, cause: unknown): string {
  let reason: unknown = cause
  for (let depth = 0; depth < 4 && reason && typeof reason === 'object'; depth++) {
    const r = reason as { message?: unknown; code?: unknown; cause?: unknown }
    const text = typeof r.message === 'string' && r.message ? r.message : typeof r.code === 'string' ? r.code : ''
    if (text && !message.includes(text)) return `${message}: ${text}`
    reason = r.cause
  }
  return message
}

export function classifyError(error: unknown, route: string, token: string): ApiFailure {
  const e = error as {
    status?: number
    message?: string
    name?: string
    response?: { status: number; headers?: Record<string, string>; data?: unknown }
  }
  const redact = (s: string): string => (token ? s.split(token).join('***') : s)
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
  const octokit: AnyOctokit = getOctokit(
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
    callLogPlugin(options.calls, timeoutMs, knownPaths) as never,
    throttling,
    retry
  )

  async function request<T>(route: string, params: Record<string, unknown> = {}): Promise<ApiResult<T>> {
    try {
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

  async function paginate<T>(
    route: string,
    params: Record<string, unknown> = {},
    paginateOptions: PaginateOptions = {}
  ): Promise<PaginatedSuccess<T> | ApiFailure> {
    const max = paginateOptions.maxItems ?? Number.POSITIVE_INFINITY
    const items: T[] = []
    let truncated = false
    let status = 200
    const [, template = route] = route.split(' ')
    knownPaths.set(concreteUrl({ method: 'GET', url: template, ...params }), template)
    try {
      const iterator = octokit.paginate.iterator(route, { per_page: 100, ...params })
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
