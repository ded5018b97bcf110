/** whenRequestSent: deferred loads start when undici says a request's headers are written, once. */
import { describe, expect, test } from '@jest/globals'
import { channel } from 'node:diagnostics_channel'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { whenRequestSent } from '../../src/collect/github/sent.js'

describe('whenRequestSent', () => {
  test('calls start once, on the first request published on undici:client:sendHeaders, not before', () => {
    let started = 0
    whenRequestSent(() => started++)
    expect(started).toBe(0)
    channel('undici:client:sendHeaders').publish({})
    channel('undici:client:sendHeaders').publish({})
    expect(started).toBe(1)
  })

  test('cancelled before any request: start never runs and no subscriber is left behind', () => {
    const sendHeaders = channel('undici:client:sendHeaders')
    const before = sendHeaders.hasSubscribers
    let started = 0
    const cancel = whenRequestSent(() => started++)
    expect(sendHeaders.hasSubscribers).toBe(true)
    cancel()
    if (!before) expect(sendHeaders.hasSubscribers).toBe(false)
    sendHeaders.publish({})
    expect(started).toBe(0)
    cancel()
    expect(started).toBe(0)
  })

  test('cancelling after the request was sent changes nothing', () => {
    let started = 0
    const cancel = whenRequestSent(() => started++)
    channel('undici:client:sendHeaders').publish({})
    cancel()
    channel('undici:client:sendHeaders').publish({})
    expect(started).toBe(1)
  })

  test("a real fetch (node's undici) announces its request: start runs before the answer is read", async () => {
    const server = createServer((_, res) => res.end('ok'))
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    try {
      let startedBeforeAnswer: boolean | null = null
      let answered = false
      whenRequestSent(() => (startedBeforeAnswer = !answered))
      const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`)
      answered = true
      expect(await res.text()).toBe('ok')
      expect(startedBeforeAnswer).toBe(true)
    } finally {
      server.close()
    }
  })
})
