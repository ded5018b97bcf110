/**
 * The fetch Octokit calls, on node:http and node:https. Node's own fetch loads and compiles undici at its first
 * call (some 50 ms of every run's start, on the main thread that also reads git's output); these modules are
 * part of Node's start-up already. Only what Octokit's fetch-wrapper and the paginated reader use is
 * provided, with fetch's semantics where they show:
 * - the promise settles once the status and headers are in; the body is read by text() / arrayBuffer() (or
 *   whole through `body.text()`), and a body cut short rejects there, not in fetch;
 * - a network failure rejects with TypeError('fetch failed') whose cause is the socket's error (ECONNREFUSED,
 *   ENOTFOUND …); an aborted signal rejects with the signal's reason (a TimeoutError for AbortSignal.timeout);
 * - redirects are followed (at most 20; 303, and 301/302 after a POST, become a GET without body), and the
 *   Authorization header is not carried to another origin; `redirect: 'manual'` returns the 3xx itself and
 *   `'error'` rejects;
 * - gzip, deflate and br bodies are decoded.
 * Behind a proxy the client uses @actions/github's getOctokit instead (client.ts), whose fetch goes through it.
 */
import { Agent as HttpAgent, request as httpRequest, STATUS_CODES, type IncomingMessage, type RequestOptions } from 'node:http'
import type { Agent as HttpsAgent } from 'node:https'
import { brotliDecompress, gunzip, inflate } from 'node:zlib'
import { announceRequestSent } from './sent.js'

export interface NodeFetchInit {
  method?: string
  headers?: Record<string, string>
  body?: string | Uint8Array | ArrayBuffer | null
  redirect?: 'follow' | 'manual' | 'error'
  signal?: AbortSignal | null
}

/** A response body read once, whole. */
export class NodeBody {
  constructor(private readonly bytes: Promise<Buffer>) {}
  /** Whether it was read (fetch's bodyUsed). */
  used = false
  private take(): Promise<Buffer> {
    if (this.used) return Promise.reject(new TypeError('Body is unusable: Body has already been read'))
    this.used = true
    return this.bytes
  }
  async text(): Promise<string> {
    // As fetch decodes: a leading byte-order mark dropped, bytes that are not UTF-8 read as U+FFFD.
    return new TextDecoder().decode(await this.take())
  }
  async arrayBuffer(): Promise<ArrayBuffer> {
    const b = await this.take()
    return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer
  }
}

/** Response headers as fetch's Headers gives them to a reader: lower-case names, get(), [name, value] pairs. */
export class NodeHeaders {
  private readonly map = new Map<string, string>()
  constructor(raw: IncomingMessage['headers']) {
    for (const name of Object.keys(raw).sort()) {
      const value = raw[name]
      if (value === undefined) continue
      this.map.set(name, Array.isArray(value) ? value.join(', ') : value)
    }
  }
  get(name: string): string | null {
    return this.map.get(name.toLowerCase()) ?? null
  }
  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.map.entries()
  }
}

export interface NodeResponse {
  status: number
  statusText: string
  ok: boolean
  url: string
  redirected: boolean
  headers: NodeHeaders
  body: NodeBody
  bodyUsed: boolean
  text(): Promise<string>
  arrayBuffer(): Promise<ArrayBuffer>
  json(): Promise<unknown>
}

const MAX_REDIRECTS = 20
/**
 * Idle sockets are kept for the next call, and dropped after 4 s as undici drops them (sooner when the server's
 * Keep-Alive says so): a socket the server closed while the scan held the main thread is not reused.
 */
const AGENT_OPTIONS = { keepAlive: true, timeout: 4000 }
const httpAgent = new HttpAgent(AGENT_OPTIONS)
let httpsAgent: HttpsAgent | undefined
let httpsModule: Promise<typeof import('node:https')> | undefined

function fetchFailed(cause: unknown): TypeError {
  return new TypeError('fetch failed', { cause })
}

/** Why the signal aborted, as fetch rejects with it (AbortSignal.timeout's reason is a TimeoutError DOMException). */
function abortReason(signal: AbortSignal): Error {
  // Read by presence, not instanceof: the reason may come from another realm.
  return (signal.reason ?? new DOMException('This operation was aborted', 'AbortError')) as Error
}

function decoded(res: IncomingMessage, bytes: Buffer): Promise<Buffer> {
  const coding = String(res.headers['content-encoding'] ?? '')
    .trim()
    .toLowerCase()
  const run = (f: typeof gunzip) => new Promise<Buffer>((resolve, reject) => f(bytes, (e, out) => (e ? reject(fetchFailed(e)) : resolve(out))))
  if (bytes.length === 0) return Promise.resolve(bytes)
  if (coding === 'gzip' || coding === 'x-gzip') return run(gunzip)
  if (coding === 'deflate') return run(inflate)
  if (coding === 'br') return run(brotliDecompress)
  return Promise.resolve(bytes)
}

/** One request, no redirect handling: the response once its head is in. */
async function once(url: URL, init: NodeFetchInit, body: Buffer | undefined): Promise<{ res: IncomingMessage; bytes: Promise<Buffer> }> {
  const https = url.protocol === 'https:'
  if (!https && url.protocol !== 'http:') throw fetchFailed(new Error(`unsupported URL scheme ${url.protocol}`))
  let request = httpRequest
  let agent: HttpAgent | HttpsAgent = httpAgent
  if (https) {
    const mod = await (httpsModule ??= import('node:https'))
    request = mod.request
    agent = httpsAgent ??= new mod.Agent(AGENT_OPTIONS)
  }
  const signal = init.signal ?? undefined
  if (signal?.aborted) throw abortReason(signal)
  const headers: Record<string, string> = { 'accept-encoding': 'gzip, deflate, br', ...init.headers }
  if (body !== undefined) headers['content-length'] = String(body.length)
  const options: RequestOptions = { method: init.method ?? 'GET', headers, agent }
  return new Promise((resolve, reject) => {
    let req: ReturnType<typeof httpRequest>
    let settled = false
    let failBody: ((e: Error) => void) | undefined
    const onAbort = () => {
      if (!signal) return
      const reason = abortReason(signal)
      req?.destroy()
      if (!settled) {
        settled = true
        reject(reason)
      } else failBody?.(reason)
    }
    try {
      req = request(url, options)
    } catch (e) {
      // An invalid header (a newline in a token) is refused before anything is sent; Node names the header, not its value.
      reject(fetchFailed(e))
      return
    }
    signal?.addEventListener('abort', onAbort, { once: true })
    const done = () => signal?.removeEventListener('abort', onAbort)
    req.on('error', e => {
      done()
      if (!settled) {
        settled = true
        reject(fetchFailed(e))
      } else failBody?.(fetchFailed(e))
    })
    req.on('response', res => {
      settled = true
      const chunks: Buffer[] = []
      const bytes = new Promise<Buffer>((resolveBody, rejectBody) => {
        failBody = e => {
          done()
          rejectBody(e)
        }
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => {
          done()
          decoded(res, Buffer.concat(chunks)).then(resolveBody, rejectBody)
        })
        res.on('aborted', () => failBody?.(new TypeError('terminated', { cause: new Error('other side closed') })))
        res.on('error', e => failBody?.(new TypeError('terminated', { cause: e })))
      })
      // Unread bodies (a redirect's) must not reject unhandled.
      bytes.catch(() => undefined)
      resolve({ res, bytes })
    })
    // Handed to its socket: work waiting for a request to be on the wire may start (sent.ts).
    req.once('finish', announceRequestSent)
    req.end(body)
  })
}

function bodyBytes(body: NodeFetchInit['body']): Buffer | undefined {
  if (body === undefined || body === null) return undefined
  if (typeof body === 'string') return Buffer.from(body, 'utf8')
  if (body instanceof ArrayBuffer) return Buffer.from(body)
  if (ArrayBuffer.isView(body)) return Buffer.from(body.buffer, body.byteOffset, body.byteLength)
  throw new TypeError('fetch failed', { cause: new Error('unsupported request body type') })
}

/** The URL as fetch's response.url gives it: without its fragment. */
function withoutFragment(url: URL): string {
  const u = new URL(url.toString())
  u.hash = ''
  return u.toString()
}

/** fetch(url, init) for Octokit: see the module comment for what is kept of fetch's behaviour. */
export async function nodeFetch(input: string | URL, init: NodeFetchInit = {}): Promise<NodeResponse> {
  let url: URL
  try {
    url = new URL(String(input))
  } catch (e) {
    throw new TypeError(`Failed to parse URL from ${String(input)}`, { cause: e })
  }
  // As fetch refuses them: credentials in a URL would be sent as Basic authorization.
  if (url.username || url.password) throw new TypeError('Request cannot be constructed from a URL that includes credentials')
  let method = (init.method ?? 'GET').toUpperCase()
  let headers = { ...(init.headers ?? {}) }
  let body = bodyBytes(init.body)
  const redirect = init.redirect ?? 'follow'
  for (let hops = 0; ; hops++) {
    const { res, bytes } = await once(url, { ...init, method, headers }, body)
    const status = res.statusCode ?? 0
    const location = res.headers.location
    if (status >= 300 && status < 400 && status !== 304 && location !== undefined && redirect !== 'manual') {
      res.resume()
      if (redirect === 'error') throw fetchFailed(new Error('unexpected redirect'))
      if (hops >= MAX_REDIRECTS) throw fetchFailed(new Error('redirect count exceeded'))
      let next: URL
      try {
        next = new URL(location, url)
      } catch (e) {
        throw fetchFailed(e)
      }
      if (next.protocol !== 'http:' && next.protocol !== 'https:') throw fetchFailed(new Error('URL scheme must be a HTTP(S) scheme'))
      if (next.username || next.password) throw fetchFailed(new Error('redirect location includes credentials'))
      if (status === 303 ? method !== 'HEAD' : (status === 301 || status === 302) && method === 'POST') {
        method = 'GET'
        body = undefined
        headers = Object.fromEntries(Object.entries(headers).filter(([k]) => !/^content-(?:type|length|encoding|language|location)$/i.test(k)))
      }
      // As fetch does: credentials stay with the origin they were given for.
      if (next.origin !== url.origin)
        headers = Object.fromEntries(Object.entries(headers).filter(([k]) => !/^(?:authorization|proxy-authorization|cookie)$/i.test(k)))
      url = next
      continue
    }
    const nodeBody = new NodeBody(bytes)
    const response: NodeResponse = {
      status,
      statusText: res.statusMessage ?? STATUS_CODES[status] ?? '',
      ok: status >= 200 && status < 300,
      url: withoutFragment(url),
      redirected: hops > 0,
      headers: new NodeHeaders(res.headers),
      body: nodeBody,
      get bodyUsed() {
        return nodeBody.used
      },
      text: () => nodeBody.text(),
      arrayBuffer: () => nodeBody.arrayBuffer(),
      json: async () => JSON.parse(await nodeBody.text()) as unknown
    }
    return response
  }
}
