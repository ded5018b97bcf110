/**
 * A fake GitHub REST API on 127.0.0.1 (plain node:http, random port) for tests.
 *
 *   const fake = await startFakeGitHub()
 *   fake.on('GET /repos/{owner}/{repo}/pulls/{pull_number}', { body: pullRequest({ number: 5 }) })
 *   fake.onList('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', files)
 *   fake.fault('GET /repos/{owner}/{repo}/branches/{branch}/protection', { status: 403 })
 *   … run the code with GITHUB_API_URL = fake.url …
 *   afterEach(() => fake.assertNoSchemaViolations()); afterAll(() => fake.close())
 *
 * Every 2xx JSON response is validated against GitHub's OpenAPI schema (see ./openapi.ts). Requests to
 * routes without a handler get GitHub's 404 and are recorded in `fake.unhandled`.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { createHash, randomBytes } from 'node:crypto'
import { compileTemplate, matchTemplates, validateResponse } from './openapi.js'
import { checkRun, issueComment } from './github-data.js'

export const DOCS_URL = 'https://docs.github.com/rest'

export interface FakeRequest {
  method: string
  /** Path without the query, as sent (still URL-encoded). */
  path: string
  query: Record<string, string>
  /** Lower-cased request headers, without `authorization`. */
  headers: Record<string, string>
  /** Whether an Authorization header was sent, and its scheme ('token', 'Bearer', 'Basic' …). */
  authorization: { present: boolean; scheme: string | null }
  /** Parsed JSON request body (or the raw text when not JSON; undefined when empty). */
  body: unknown
  /** The route template that answered (`GET /repos/{owner}/{repo}`), or null when unhandled. */
  route: string | null
  /** Status sent, or null when the fake never answered (hang / reset). */
  status: number | null
  /** Name of the fault applied, if any. */
  fault?: string
  /** When the request arrived (performance.now(), before any latencyMs): npm run bench counts round trips by it. */
  arrived_ms?: number
}

export interface HandlerContext {
  method: string
  path: string
  /** Decoded path params of the matched route template. */
  params: Record<string, string>
  query: Record<string, string>
  headers: Record<string, string>
  body: unknown
  /** The fake's base URL, for building absolute URLs. */
  baseUrl: string
}

export interface FakeResponse {
  status?: number
  /** Objects/arrays are sent as JSON; strings and Buffers raw. */
  body?: unknown
  headers?: Record<string, string | number>
  /** Skip schema validation for this response (e.g. a deliberately broken body). */
  skipValidation?: boolean
}

export type Handler = (ctx: HandlerContext) => FakeResponse | Promise<FakeResponse>

export type FaultSpec =
  | {
      /** An error answer: body defaults to GitHub's `{message, documentation_url, status}`. */
      status: 400 | 401 | 403 | 404 | 409 | 422 | 500 | 502 | 503 | 504 | number
      message?: string
      body?: unknown
      headers?: Record<string, string | number>
      times?: number
    }
  | {
      /** 403 "API rate limit exceeded", x-ratelimit-remaining: 0, x-ratelimit-reset = now + resetInSeconds. */
      type: 'primary-rate-limit'
      resetInSeconds?: number
      times?: number
    }
  | {
      /** 403 (default) or 429 "You have exceeded a secondary rate limit", with retry-after. */
      type: 'secondary-rate-limit'
      status?: 403 | 429
      retryAfterSeconds?: number
      times?: number
    }
  | {
      /** 200 with content-type JSON and a truncated body (the handler's JSON cut in half when there is one). */
      type: 'malformed'
      times?: number
    }
  | {
      /** Accept the request and never answer (close() still finishes: sockets are destroyed). */
      type: 'hang'
      times?: number
    }
  | {
      /** Destroy the connection without an answer (ECONNRESET / "socket hang up" for the client). */
      type: 'reset'
      times?: number
    }

export interface FakeGitHubOptions {
  /** Validate 2xx JSON responses against the OpenAPI schema (default true). */
  validate?: boolean
  /** x-ratelimit-limit (default 5000). */
  rateLimit?: number
  /** Initial x-ratelimit-remaining (default = rateLimit); decremented per request. */
  rateLimitRemaining?: number
  /** Delay every answer by this many ms (default 0): a hosted runner sees ~50–150 ms per answer (npm run bench). */
  latencyMs?: number
}

export interface FakeGitHub {
  /** http://127.0.0.1:PORT (no trailing slash): use as GITHUB_API_URL / Octokit baseUrl. */
  readonly url: string
  readonly port: number
  readonly requests: FakeRequest[]
  /** Requests no route answered (they got GitHub's 404). */
  readonly unhandled: FakeRequest[]
  /** Schema violations of 2xx responses, one string per error. */
  readonly schemaViolations: string[]
  /** Register (or replace) a route. `route` is 'METHOD /template'. */
  on(route: string, handler: Handler | FakeResponse): FakeGitHub
  /** Serve a paginated list (per_page default 30, max 100) with GitHub's Link header. */
  onList(route: string, items: unknown[], options?: ListOptions): FakeGitHub
  /**
   * Inject a fault on a route ('*' = every route); faults are used before handlers, oldest first. A template
   * param may span slashes (branch names hold them), so `…/branches/{branch}` also covers `…/rules/branches/x`
   * and `…/branches/x/protection`; `exact` limits the fault to requests this route answers.
   */
  fault(route: string, spec: FaultSpec, options?: { exact?: boolean }): FakeGitHub
  /** Remove all faults (or those of one route). */
  clearFaults(route?: string): void
  /** Requests matching 'METHOD /template' (or all of a method with 'METHOD *'). */
  requestsFor(route: string): FakeRequest[]
  /** Throws with the list of violations when any response broke the schema; then clears them. */
  assertNoSchemaViolations(): void
  /** Clear requests, unhandled and violations (routes and faults stay). */
  resetLog(): void
  close(): Promise<void>
}

export interface ListOptions {
  /** Wrap each page: `{ total_count, [itemsKey]: page }` (e.g. 'check_runs', 'statuses' …). */
  itemsKey?: string
  /** Extra fields of the wrapper object (only with itemsKey). */
  extra?: Record<string, unknown>
  /** Default per_page when the client sends none (GitHub: 30). */
  defaultPerPage?: number
  /** Stop serving after this many items even if more are given (models GitHub's caps, e.g. 3000 files). */
  cap?: number
}

interface Route {
  method: string
  template: string
  compiled: ReturnType<typeof compileTemplate>
  handler: Handler
}

interface ActiveFault {
  method: string
  template: string | '*'
  compiled: ReturnType<typeof compileTemplate> | null
  spec: FaultSpec
  remaining: number
  exact: boolean
}

const STATUS_MESSAGES: Record<number, string> = {
  400: 'Problems parsing JSON',
  401: 'Bad credentials',
  403: 'Resource not accessible by integration',
  404: 'Not Found',
  409: 'Conflict',
  422: 'Validation Failed',
  500: 'Internal Server Error',
  502: 'Server Error',
  503: 'Service Unavailable',
  504: 'We couldn\u2019t respond to your request in time. Sorry about that. Please try resubmitting your request and contact us if the problem persists.'
}

/** GitHub's error body: `{message, documentation_url, status}` (status is a string in real answers). */
export function githubError(status: number, message = STATUS_MESSAGES[status] ?? 'Error'): Record<string, string> {
  return { message, documentation_url: DOCS_URL, status: String(status) }
}

function parseRoute(route: string): { method: string; template: string } {
  const m = /^([A-Za-z]+|\*)\s+(\/\S*|\*)$/.exec(route.trim())
  if (!m) throw new Error(`route must look like 'GET /repos/{owner}/{repo}', got '${route}'`)
  return { method: m[1].toUpperCase(), template: m[2] }
}

function headerRecord(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(req.headers)) {
    if (k === 'authorization' || v === undefined) continue
    out[k] = Array.isArray(v) ? v.join(', ') : v
  }
  return out
}

function resourceFor(path: string): string {
  if (path.startsWith('/graphql')) return 'graphql'
  if (path.startsWith('/search/code')) return 'code_search'
  if (path.startsWith('/search')) return 'search'
  return 'core'
}

export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const validate = options.validate ?? true
  const limit = options.rateLimit ?? 5000
  let remaining = options.rateLimitRemaining ?? limit
  const resetAt = Math.floor(Date.now() / 1000) + 3600
  const routes: Route[] = []
  let faults: ActiveFault[] = []
  const requests: FakeRequest[] = []
  const unhandled: FakeRequest[] = []
  const schemaViolations: string[] = []
  const sockets = new Set<Socket>()
  let baseUrl = ''

  function findRoute(method: string, path: string): { route: Route; params: Record<string, string> } | null {
    const candidates = routes.filter(r => r.method === method || r.method === '*')
    const match = matchTemplates(
      candidates.map(r => r.compiled),
      path
    )
    if (!match) return null
    // Newest registration wins among routes with the same template.
    const route = [...candidates].reverse().find(r => r.template === match.template)
    return route ? { route, params: match.params } : null
  }

  function takeFault(method: string, path: string): ActiveFault | null {
    for (const f of faults) {
      if (f.remaining <= 0) continue
      if (f.method !== '*' && f.method !== method) continue
      if (f.template !== '*' && !(f.compiled && matchTemplates([f.compiled], path))) continue
      if (f.exact && findRoute(method, path)?.route.template !== f.template) continue
      f.remaining -= 1
      return f
    }
    return null
  }

  /** `counted` false: a 304 answer to a conditional request, which GitHub does not count against the limit. */
  function baseHeaders(path: string, counted = true): Record<string, string | number> {
    if (counted) remaining = Math.max(0, remaining - 1)
    return {
      'x-github-request-id': `${randomBytes(2).toString('hex').toUpperCase()}:${randomBytes(3).toString('hex').toUpperCase()}:${randomBytes(4).toString('hex').toUpperCase()}`,
      'x-github-api-version-selected': '2022-11-28',
      'x-github-media-type': 'github.v3; format=json',
      'x-ratelimit-limit': limit,
      'x-ratelimit-remaining': remaining,
      'x-ratelimit-reset': resetAt,
      'x-ratelimit-used': limit - remaining,
      'x-ratelimit-resource': resourceFor(path)
    }
  }

  function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string | number>): void {
    let payload: Buffer
    const h: Record<string, string | number> = { ...headers }
    const hasType = Object.keys(h).some(k => k.toLowerCase() === 'content-type')
    if (body === undefined || body === null || status === 204 || status === 304) {
      payload = Buffer.alloc(0)
    } else if (Buffer.isBuffer(body)) {
      payload = body
    } else if (typeof body === 'string') {
      payload = Buffer.from(body)
    } else {
      payload = Buffer.from(JSON.stringify(body))
      if (!hasType) h['content-type'] = 'application/json; charset=utf-8'
    }
    if (!hasType && !h['content-type'] && payload.length > 0) h['content-type'] = 'application/json; charset=utf-8'
    h['content-length'] = payload.length
    res.writeHead(status, Object.fromEntries(Object.entries(h).map(([k, v]) => [k, String(v)])))
    res.end(payload)
  }

  const arrivals = new WeakMap<IncomingMessage, number>()
  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = []
    for await (const c of req) chunks.push(c as Buffer)
    const raw = Buffer.concat(chunks).toString('utf8')
    let body: unknown = undefined
    if (raw.length > 0) {
      try {
        body = JSON.parse(raw)
      } catch {
        body = raw
      }
    }
    const url = new URL(req.url ?? '/', baseUrl)
    const method = (req.method ?? 'GET').toUpperCase()
    const path = url.pathname.replace(/\/+$/, '') || '/'
    const query = Object.fromEntries(url.searchParams.entries())
    const auth = req.headers.authorization
    const entry: FakeRequest = {
      method,
      path,
      query,
      headers: headerRecord(req),
      authorization: { present: auth !== undefined, scheme: auth ? (auth.split(/\s+/)[0] ?? null) : null },
      body,
      route: null,
      status: null,
      arrived_ms: arrivals.get(req)
    }
    requests.push(entry)

    const found = findRoute(method, path)
    if (found) entry.route = `${method} ${found.route.template}`
    const ctx: HandlerContext = {
      method,
      path,
      params: found?.params ?? {},
      query,
      headers: entry.headers,
      body,
      baseUrl
    }

    const fault = takeFault(method, path)
    if (fault) {
      const spec = fault.spec
      const headers = baseHeaders(path)
      if ('type' in spec) {
        entry.fault = spec.type
        switch (spec.type) {
          case 'hang':
            return // never answer; the socket is destroyed by close()
          case 'reset':
            req.socket.destroy()
            return
          case 'malformed': {
            let text = '{"message": "truncated'
            if (found) {
              const r = await found.route.handler(ctx)
              if (r.body !== undefined && typeof r.body === 'object' && !Buffer.isBuffer(r.body)) {
                const full = JSON.stringify(r.body)
                text = full.slice(0, Math.max(1, Math.floor(full.length / 2)))
              }
            }
            entry.status = 200
            send(res, 200, text, { ...headers, 'content-type': 'application/json; charset=utf-8' })
            return
          }
          case 'primary-rate-limit': {
            const reset = Math.floor(Date.now() / 1000) + (spec.resetInSeconds ?? 60)
            entry.status = 403
            send(
              res,
              403,
              githubError(
                403,
                'API rate limit exceeded for installation ID 1. If you reach out to GitHub Support for help, please include the request ID ' +
                  String(headers['x-github-request-id']) +
                  '.'
              ),
              {
                ...headers,
                'x-ratelimit-remaining': 0,
                'x-ratelimit-used': limit,
                'x-ratelimit-reset': reset
              }
            )
            return
          }
          case 'secondary-rate-limit': {
            const status = spec.status ?? 403
            entry.status = status
            send(
              res,
              status,
              {
                message:
                  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID ' +
                  String(headers['x-github-request-id']) +
                  '.',
                documentation_url: 'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
                status: String(status)
              },
              { ...headers, 'retry-after': spec.retryAfterSeconds ?? 1 }
            )
            return
          }
        }
      }
      entry.fault = `status ${spec.status}`
      entry.status = spec.status
      send(res, spec.status, spec.body ?? githubError(spec.status, spec.message), { ...headers, ...(spec.headers ?? {}) })
      return
    }

    if (!found) {
      unhandled.push(entry)
      entry.status = 404
      send(res, 404, githubError(404), baseHeaders(path))
      return
    }

    let r: FakeResponse
    try {
      r = await found.route.handler(ctx)
    } catch (e) {
      entry.status = 500
      schemaViolations.push(`${method} ${path}: handler threw: ${(e as Error).stack ?? String(e)}`)
      send(res, 500, githubError(500), baseHeaders(path))
      return
    }
    const status = r.status ?? (r.body === undefined ? 204 : 200)
    entry.status = status
    if (validate && !r.skipValidation && status >= 200 && status < 300 && !path.startsWith('/graphql')) {
      const isJson = r.body !== undefined && typeof r.body === 'object' && !Buffer.isBuffer(r.body)
      const textBody = typeof r.body === 'string' || Buffer.isBuffer(r.body)
      if (!textBody) {
        try {
          for (const e of validateResponse(method, path, status, isJson ? r.body : undefined)) schemaViolations.push(e)
        } catch (e) {
          schemaViolations.push(`${method} ${path}: validator failed: ${String(e)}`)
        }
      }
    }
    // Conditional requests, as GitHub: a 200 JSON answer carries a weak ETag; `If-None-Match` with the same
    // ETag is answered 304 with no body, and does not count against the rate limit.
    const etagHeaders: Record<string, string> = {}
    if (method === 'GET' && status === 200 && r.body !== undefined && typeof r.body === 'object' && !Buffer.isBuffer(r.body)) {
      const etag = `W/"${createHash('sha256').update(JSON.stringify(r.body)).digest('hex').slice(0, 40)}"`
      etagHeaders.etag = etag
      if (entry.headers['if-none-match'] === etag) {
        entry.status = 304
        send(res, 304, undefined, { ...baseHeaders(path, false), ...etagHeaders })
        return
      }
    }
    send(res, status, r.body, { ...baseHeaders(path), ...(r.headers ?? {}), ...etagHeaders })
  }

  const latencyMs = options.latencyMs ?? 0
  const server: Server = createServer((req, res) => {
    arrivals.set(req, performance.now())
    const answered = latencyMs > 0 ? new Promise(resolve => setTimeout(resolve, latencyMs)).then(() => handle(req, res)) : handle(req, res)
    answered.catch((e: unknown) => {
      schemaViolations.push(`fake server error: ${String(e)}`)
      if (!res.headersSent) send(res, 500, githubError(500), {})
    })
  })
  server.on('connection', socket => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const port = (server.address() as AddressInfo).port
  baseUrl = `http://127.0.0.1:${port}`

  const fake: FakeGitHub = {
    url: baseUrl,
    port,
    requests,
    unhandled,
    schemaViolations,
    on(route, handler) {
      const { method, template } = parseRoute(route)
      const fn: Handler = typeof handler === 'function' ? handler : () => structuredClone(handler)
      routes.push({ method, template, compiled: compileTemplate(template), handler: fn })
      return fake
    },
    onList(route, items, opts = {}) {
      const cap = opts.cap ?? Infinity
      const all = items.slice(0, cap)
      return fake.on(route, ctx => {
        const perPage = Math.min(100, Math.max(1, Number(ctx.query.per_page ?? opts.defaultPerPage ?? 30) || 30))
        const page = Math.max(1, Number(ctx.query.page ?? 1) || 1)
        const last = Math.max(1, Math.ceil(all.length / perPage))
        const slice = all.slice((page - 1) * perPage, page * perPage)
        const link = (p: number): string => {
          const u = new URL(ctx.path, baseUrl)
          for (const [k, v] of Object.entries(ctx.query)) u.searchParams.set(k, v)
          u.searchParams.set('per_page', String(perPage))
          u.searchParams.set('page', String(p))
          return u.toString()
        }
        const rels: string[] = []
        if (page > 1) rels.push(`<${link(page - 1)}>; rel="prev"`)
        if (page < last) rels.push(`<${link(page + 1)}>; rel="next"`, `<${link(last)}>; rel="last"`)
        if (page > 1) rels.push(`<${link(1)}>; rel="first"`)
        const body = opts.itemsKey ? { total_count: all.length, ...(opts.extra ?? {}), [opts.itemsKey]: slice } : slice
        const headers: Record<string, string> = {}
        if (rels.length) headers.link = rels.join(', ')
        return { status: 200, body: structuredClone(body), headers }
      })
    },
    fault(route, spec, options = {}) {
      const r = route.trim() === '*' ? { method: '*', template: '*' } : parseRoute(route)
      faults.push({
        method: r.method,
        template: r.template,
        compiled: r.template === '*' ? null : compileTemplate(r.template),
        spec,
        remaining: spec.times ?? Infinity,
        exact: options.exact ?? false
      })
      return fake
    },
    clearFaults(route) {
      if (!route) {
        faults = []
        return
      }
      const r = route.trim() === '*' ? { method: '*', template: '*' } : parseRoute(route)
      faults = faults.filter(f => !(f.method === r.method && f.template === r.template))
    },
    requestsFor(route) {
      const { method, template } = parseRoute(route)
      if (template === '*') return requests.filter(q => method === '*' || q.method === method)
      const compiled = compileTemplate(template)
      return requests.filter(q => (method === '*' || q.method === method) && matchTemplates([compiled], q.path) !== null)
    },
    assertNoSchemaViolations() {
      if (schemaViolations.length === 0) return
      const list = schemaViolations.splice(0, schemaViolations.length)
      throw new Error(`fake GitHub sent ${list.length} response(s) violating GitHub's OpenAPI schema:\n  ${list.join('\n  ')}`)
    },
    resetLog() {
      requests.length = 0
      unhandled.length = 0
      schemaViolations.length = 0
    },
    close() {
      return new Promise<void>(resolve => {
        for (const s of sockets) s.destroy()
        sockets.clear()
        server.close(() => resolve())
        server.closeAllConnections()
      })
    }
  }
  return fake
}

// -------------------------------------------------------------------------------------------------
// Writes the reporters make: check runs and PR comments, kept as state so tests can read them back.
// -------------------------------------------------------------------------------------------------

export interface FakeCheckRun {
  id: number
  head_sha: string
  name: string
  status: string
  conclusion: string | null
  details_url?: string
  output: { title?: string; summary?: string; text?: string; annotations: Record<string, unknown>[] }
  /** Every request body that created or updated it, in order. */
  bodies: Record<string, unknown>[]
}

export interface FakeComment {
  id: number
  issue: number
  body: string
  user: string
  deleted: boolean
}

export interface ReportingState {
  checkRuns: FakeCheckRun[]
  comments: FakeComment[]
  /** Who the token acts as: new comments are written as this login, and only its comments may be edited or deleted. */
  actor: string
}

/**
 * Serve the check-runs and issue-comments write routes with GitHub's response shapes (validated like every
 * other answer). GitHub's limits are enforced: more than 50 annotations in one request is a 422, and
 * output.summary / output.text over 65,535 characters too. `existingComments` seeds a PR's conversation.
 */
export function serveReporting(fake: FakeGitHub, existingComments: { issue: number; body: string; user?: string }[] = []): ReportingState {
  const builders = { checkRun, issueComment }
  const state: ReportingState = { checkRuns: [], comments: [], actor: 'github-actions[bot]' }
  let nextId = 7_000_001
  for (const c of existingComments) state.comments.push({ id: nextId++, issue: c.issue, body: c.body, user: c.user ?? 'someone-else', deleted: false })
  const invalid = (message: string): FakeResponse => ({
    status: 422,
    body: { message: 'Validation Failed', errors: [{ resource: 'CheckRun', code: 'invalid', message }], documentation_url: DOCS_URL, status: '422' }
  })
  const checkBody = (run: FakeCheckRun, owner: string, repo: string): Record<string, any> => {
    const b = builders.checkRun(run.head_sha, { name: run.name, status: run.status as any, conclusion: run.conclusion as any, id: run.id }, { owner, repo })
    b.conclusion = run.status === 'completed' ? run.conclusion : null
    if (run.status !== 'completed') b.completed_at = null
    b.details_url = run.details_url ?? b.details_url
    b.output = {
      ...b.output,
      title: run.output.title ?? null,
      summary: run.output.summary ?? null,
      text: run.output.text ?? null,
      annotations_count: run.output.annotations.length
    }
    return b
  }
  const applyOutput = (run: FakeCheckRun, body: Record<string, any>): FakeResponse | null => {
    const output = body.output as Record<string, any> | undefined
    if (!output) return null
    if (typeof output.title !== 'string' || typeof output.summary !== 'string') return invalid('output needs title and summary')
    if (output.summary.length > 65_535 || (output.text ?? '').length > 65_535) return invalid('output.summary and output.text are limited to 65535 characters')
    const annotations = (output.annotations ?? []) as Record<string, unknown>[]
    if (annotations.length > 50) return invalid('Only 50 annotations are allowed per request')
    for (const a of annotations) {
      if (typeof a.path !== 'string' || typeof a.start_line !== 'number' || typeof a.end_line !== 'number' || typeof a.message !== 'string')
        return invalid('annotation needs path, start_line, end_line, message')
      if (!['notice', 'warning', 'failure'].includes(String(a.annotation_level))) return invalid('annotation_level must be notice, warning or failure')
      if ((a.start_column !== undefined || a.end_column !== undefined) && a.start_line !== a.end_line)
        return invalid('columns only when start_line equals end_line')
      if (typeof a.title === 'string' && a.title.length > 255) return invalid('annotation title is limited to 255 characters')
    }
    run.output.title = output.title
    run.output.summary = output.summary
    if (typeof output.text === 'string') run.output.text = output.text
    run.output.annotations.push(...annotations)
    return null
  }
  fake.on('POST /repos/{owner}/{repo}/check-runs', ctx => {
    const body = (ctx.body ?? {}) as Record<string, any>
    if (typeof body.name !== 'string' || !/^[0-9a-f]{40}$/.test(String(body.head_sha))) return invalid('name and head_sha are required')
    const run: FakeCheckRun = {
      id: nextId++,
      head_sha: body.head_sha,
      name: body.name,
      status: body.status ?? 'queued',
      conclusion: body.conclusion ?? null,
      details_url: body.details_url,
      output: { annotations: [] },
      bodies: [body]
    }
    if (body.conclusion) run.status = 'completed'
    const bad = applyOutput(run, body)
    if (bad) return bad
    state.checkRuns.push(run)
    return { status: 201, body: checkBody(run, ctx.params.owner, ctx.params.repo) }
  })
  fake.on('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', ctx => {
    const run = state.checkRuns.find(r => r.id === Number(ctx.params.check_run_id))
    if (!run) return { status: 404, body: githubError(404) }
    const body = (ctx.body ?? {}) as Record<string, any>
    const bad = applyOutput(run, body)
    if (bad) return bad
    run.bodies.push(body)
    if (body.status) run.status = body.status
    if (body.conclusion) {
      run.conclusion = body.conclusion
      run.status = 'completed'
    }
    if (body.details_url) run.details_url = body.details_url
    return { status: 200, body: checkBody(run, ctx.params.owner, ctx.params.repo) }
  })
  const commentBody = (c: FakeComment, owner: string, repo: string) =>
    builders.issueComment({ id: c.id, issueNumber: c.issue, body: c.body, user: c.user, owner, repo })
  fake.on('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', ctx => {
    const all = state.comments.filter(c => c.issue === Number(ctx.params.issue_number) && !c.deleted)
    const perPage = Math.min(100, Math.max(1, Number(ctx.query.per_page ?? 30) || 30))
    const page = Math.max(1, Number(ctx.query.page ?? 1) || 1)
    const slice = all.slice((page - 1) * perPage, page * perPage)
    const headers: Record<string, string> = {}
    if (page * perPage < all.length) {
      const u = new URL(ctx.path, ctx.baseUrl)
      u.searchParams.set('per_page', String(perPage))
      u.searchParams.set('page', String(page + 1))
      headers.link = `<${u.toString()}>; rel="next"`
    }
    return { status: 200, body: slice.map(c => commentBody(c, ctx.params.owner, ctx.params.repo)), headers }
  })
  fake.on('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', ctx => {
    const body = (ctx.body ?? {}) as Record<string, any>
    if (typeof body.body !== 'string' || body.body.length > 65_536) return { status: 422, body: githubError(422) }
    const c: FakeComment = { id: nextId++, issue: Number(ctx.params.issue_number), body: body.body, user: state.actor, deleted: false }
    state.comments.push(c)
    return { status: 201, body: commentBody(c, ctx.params.owner, ctx.params.repo) }
  })
  // The workflow token (github-actions[bot]) edits and deletes its own comments only: GitHub answers 403 for another's.
  const notOurs = (c: FakeComment): FakeResponse | null =>
    c.user === state.actor ? null : { status: 403, body: { message: 'Resource not accessible by integration', documentation_url: DOCS_URL, status: '403' } }
  fake.on('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', ctx => {
    const c = state.comments.find(x => x.id === Number(ctx.params.comment_id) && !x.deleted)
    if (!c) return { status: 404, body: githubError(404) }
    const refused = notOurs(c)
    if (refused) return refused
    const body = (ctx.body ?? {}) as Record<string, any>
    if (typeof body.body !== 'string' || body.body.length > 65_536) return { status: 422, body: githubError(422) }
    c.body = body.body
    return { status: 200, body: commentBody(c, ctx.params.owner, ctx.params.repo) }
  })
  fake.on('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', ctx => {
    const c = state.comments.find(x => x.id === Number(ctx.params.comment_id) && !x.deleted)
    if (!c) return { status: 404, body: githubError(404) }
    const refused = notOurs(c)
    if (refused) return refused
    c.deleted = true
    return { status: 204 }
  })
  return state
}
