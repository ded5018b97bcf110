/**
 * nodeFetch (the fetch under Octokit) against Node's own fetch on one local server: the same statuses, final
 * URLs, headers and bodies, redirects and failures, as Octokit's fetch-wrapper reads them.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { gzipSync, brotliCompressSync, deflateSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { NodeBody, nodeFetch } from '../../src/collect/github/node-fetch.js'
import { whenRequestSent } from '../../src/collect/github/sent.js'

type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => void
const routes = new Map<string, Handler>()
const seen: { path: string; method: string; headers: IncomingMessage['headers']; body: string }[] = []
let server: Server
let other: Server
let base = ''
let otherBase = ''

function listen(s: Server): Promise<string> {
  return new Promise(resolve => s.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(s.address() as AddressInfo).port}`)))
}

beforeAll(async () => {
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    let body = ''
    req.on('data', c => (body += c))
    req.on('end', () => {
      seen.push({ path: req.url ?? '', method: req.method ?? '', headers: req.headers, body })
      const h = routes.get(new URL(req.url ?? '/', 'http://x').pathname)
      if (h) h(req, res, body)
      else {
        res.statusCode = 404
        res.end('{"message":"Not Found"}')
      }
    })
  }
  server = createServer(handle)
  other = createServer(handle)
  base = await listen(server)
  otherBase = await listen(other)
  routes.set('/json', (_q, res) => {
    res.setHeader('content-type', 'application/json; charset=utf-8')
    res.setHeader('x-ratelimit-remaining', '4999')
    res.setHeader('link', '<https://api.github.com/x?page=2>; rel="next"')
    res.end('{"a":1,"é":"ü"}')
  })
  routes.set('/gzip', (_q, res) => {
    res.setHeader('content-type', 'application/json')
    res.setHeader('content-encoding', 'gzip')
    res.end(gzipSync('{"zipped":true}'))
  })
  routes.set('/br', (_q, res) => {
    res.setHeader('content-type', 'application/json')
    res.setHeader('content-encoding', 'br')
    res.end(brotliCompressSync('{"br":true}'))
  })
  routes.set('/deflate', (_q, res) => {
    res.setHeader('content-type', 'application/json')
    res.setHeader('content-encoding', 'deflate')
    res.end(deflateSync('{"deflate":true}'))
  })
  routes.set('/bom', (_q, res) => {
    res.setHeader('content-type', 'application/json')
    res.end(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"bom":true}')]))
  })
  routes.set('/userinfo-redirect', (_q, res) => {
    res.statusCode = 302
    res.setHeader('location', `http://u:p@127.0.0.1:${new URL(otherBase).port}/echo`)
    res.end()
  })
  routes.set('/echo', (req, res, body) => {
    res.setHeader('content-type', 'application/json')
    res.end(JSON.stringify({ method: req.method, body, auth: req.headers.authorization ?? null, type: req.headers['content-type'] ?? null }))
  })
  routes.set('/moved', (_q, res) => {
    res.statusCode = 301
    res.setHeader('location', '/json')
    res.end()
  })
  routes.set('/see-other', (_q, res) => {
    res.statusCode = 303
    res.setHeader('location', '/echo')
    res.end()
  })
  routes.set('/temporary', (_q, res) => {
    res.statusCode = 307
    res.setHeader('location', '/echo')
    res.end()
  })
  routes.set('/away', (_q, res) => {
    res.statusCode = 302
    res.setHeader('location', `${otherBase}/echo`)
    res.end()
  })
  routes.set('/loop', (_q, res) => {
    res.statusCode = 302
    res.setHeader('location', '/loop')
    res.end()
  })
  routes.set('/no-content', (_q, res) => {
    res.statusCode = 204
    res.end()
  })
  routes.set('/cut', (_q, res) => {
    res.setHeader('content-type', 'application/json')
    res.setHeader('content-length', '1000')
    res.write('{"partial":')
    setTimeout(() => res.socket?.destroy(), 20)
  })
  routes.set('/slow', (_q, res) => {
    setTimeout(() => {
      if (!res.destroyed) res.end('{}')
    }, 2000).unref()
  })
  routes.set('/slow-body', (_q, res) => {
    res.setHeader('content-type', 'application/json')
    res.write('{"a":')
    setTimeout(() => {
      if (!res.destroyed) res.end('1}')
    }, 2000).unref()
  })
})

afterAll(async () => {
  server.closeAllConnections()
  other.closeAllConnections()
  await new Promise(r => server.close(r))
  await new Promise(r => other.close(r))
})

/** What a reader of either response sees. */
async function observe(f: typeof nodeFetch | typeof fetch, path: string, init: Record<string, unknown> = {}) {
  try {
    const r = await (f as typeof nodeFetch)(`${base}${path}`, init)
    const headers: Record<string, string> = {}
    for (const [k, v] of r.headers) if (!/^(?:date|keep-alive|connection)$/.test(k)) headers[k] = v
    let text: string
    try {
      text = await r.text()
    } catch (e) {
      text = `body rejected: ${(e as Error).name}: ${(e as Error).message}`
    }
    return { status: r.status, ok: r.ok, url: r.url, redirected: r.redirected, type: r.headers.get('Content-Type'), headers, text }
  } catch (e) {
    const err = e as Error & { cause?: { code?: string; message?: string } }
    return { rejected: err.name, message: err.message, cause: err.cause?.code ?? err.cause?.message ?? null }
  }
}

describe('nodeFetch reads as Node fetch does', () => {
  test.each([
    ['a JSON body with its headers', '/json', {}],
    ['a gzip body, decoded', '/gzip', {}],
    ['a br body, decoded', '/br', {}],
    ['a deflate body, decoded', '/deflate', {}],
    ['a 404 with its body', '/nowhere', {}],
    ['a 204', '/no-content', {}],
    ['a 301 followed, the final URL reported', '/moved', {}],
    ['a POST answered 303: a GET without the body', '/see-other', { method: 'POST', body: '{"x":1}', headers: { 'content-type': 'application/json' } }],
    ['a POST answered 307: the POST and its body again', '/temporary', { method: 'POST', body: '{"x":1}', headers: { 'content-type': 'application/json' } }],
    ['a redirect to another origin: the Authorization header stays behind', '/away', { headers: { authorization: 'token abc' } }],
    ['a redirect loop: refused after 20', '/loop', {}],
    ['redirect: manual returns the 3xx', '/moved', { redirect: 'manual' }],
    ['redirect: error rejects', '/moved', { redirect: 'error' }],
    ['a body cut short: the body read rejects, not fetch', '/cut', {}],
    ['a body with a byte-order mark: the mark dropped', '/bom', {}],
    ['a fragment is not part of the final URL', '/json#part', {}],
    ['a redirect to a URL with credentials is refused', '/userinfo-redirect', {}]
  ])('%s', async (_name, path, init) => {
    const ours = await observe(nodeFetch, path, init)
    const node = await observe(fetch, path, init)
    if ('rejected' in node) {
      expect(ours).toMatchObject({ rejected: node.rejected, message: node.message })
      return
    }
    if (typeof node.text === 'string' && node.text.startsWith('body rejected')) {
      expect(ours).toMatchObject({ status: node.status })
      expect((ours as { text: string }).text).toMatch(/^body rejected: TypeError: terminated/)
      return
    }
    // Node's fetch leaves the encoding header on a decoded body; so does nodeFetch.
    expect(ours).toEqual(node)
  })

  test('a URL with credentials is refused, as fetch refuses it', async () => {
    const withCredentials = base.replace('http://', 'http://u:p@') + '/json'
    const ours = (await nodeFetch(withCredentials).catch((e: unknown) => e)) as Error
    const node = (await fetch(withCredentials).catch((e: unknown) => e)) as Error
    expect([ours.name, node.name]).toEqual(['TypeError', 'TypeError'])
  })

  test('a manual redirect keeps its Location (fetch in Node gives it too)', async () => {
    const r = await nodeFetch(`${base}/moved`, { redirect: 'manual' })
    expect(r.status).toBe(301)
    expect(r.headers.get('location')).toBe('/json')
  })

  test('a refused connection: TypeError fetch failed, caused by ECONNREFUSED', async () => {
    const closed = createServer()
    const url = await listen(closed)
    await new Promise(r => closed.close(r))
    const ours = await observe(nodeFetch, '', {}).then(() => nodeFetch(`${url}/x`).catch((e: Error & { cause?: { code?: string } }) => e))
    expect(ours).toBeInstanceOf(TypeError)
    expect((ours as Error).message).toBe('fetch failed')
    expect((ours as Error & { cause?: { code?: string } }).cause?.code).toBe('ECONNREFUSED')
  })

  test('a header value with a newline is refused before anything is sent, without the value in the message', async () => {
    const before = seen.length
    const e = (await nodeFetch(`${base}/json`, { headers: { authorization: 'token abc\ndef' } }).catch((x: unknown) => x)) as Error & { cause?: Error }
    expect(e).toBeInstanceOf(TypeError)
    expect(`${e.message} ${e.cause?.message}`).not.toContain('abc')
    expect(seen.length).toBe(before)
  })

  test('a timeout before the answer rejects with the signal reason (TimeoutError)', async () => {
    const e = (await nodeFetch(`${base}/slow`, { signal: AbortSignal.timeout(50) }).catch((x: unknown) => x)) as Error
    expect(e.name).toBe('TimeoutError')
  })

  test('a timeout while the body is read rejects the body read', async () => {
    const r = await nodeFetch(`${base}/slow-body`, { signal: AbortSignal.timeout(100) })
    expect(r.status).toBe(200)
    const e = (await r.text().catch((x: unknown) => x)) as Error
    expect(e.name).toBe('TimeoutError')
  })

  test('an aborted signal rejects before sending', async () => {
    const before = seen.length
    const c = new AbortController()
    c.abort()
    const e = (await nodeFetch(`${base}/json`, { signal: c.signal }).catch((x: unknown) => x)) as Error
    expect(e.name).toBe('AbortError')
    expect(seen.length).toBe(before)
  })

  test('the body is read once; text, arrayBuffer and json read the same bytes', async () => {
    const r = await nodeFetch(`${base}/json`)
    expect(r.body).toBeInstanceOf(NodeBody)
    expect(r.bodyUsed).toBe(false)
    expect(await r.json()).toEqual({ a: 1, é: 'ü' })
    expect(r.bodyUsed).toBe(true)
    await expect(r.text()).rejects.toThrow(TypeError)
    const b = await nodeFetch(`${base}/json`)
    expect(Buffer.from(await b.arrayBuffer()).toString('utf8')).toBe('{"a":1,"é":"ü"}')
  })

  test('a request body is sent with its length', async () => {
    const r = await nodeFetch(`${base}/echo`, { method: 'PATCH', body: new TextEncoder().encode('{"ü":1}'), headers: { 'content-type': 'application/json' } })
    expect(await r.json()).toEqual({ method: 'PATCH', body: '{"ü":1}', auth: null, type: 'application/json' })
    expect(seen[seen.length - 1].headers['content-length']).toBe(String(Buffer.byteLength('{"ü":1}')))
  })

  test('a request handed to its socket is announced (sent.ts), once, before its answer is read', async () => {
    // Work waiting for a request on the wire (loading the engine's parts) starts then, as it does with Node's fetch.
    routes.set('/slow', (_req, res) => setTimeout(() => res.end('ok'), 50))
    let answered = false
    let startedBeforeAnswer: boolean | null = null
    let starts = 0
    whenRequestSent(() => {
      starts++
      startedBeforeAnswer = !answered
    })
    const r = await nodeFetch(`${base}/slow`)
    answered = true
    expect(await r.text()).toBe('ok')
    await nodeFetch(`${base}/slow`).then(x => x.text())
    expect({ startedBeforeAnswer, starts }).toEqual({ startedBeforeAnswer: true, starts: 1 })
  })
})
