/**
 * Work that can wait for the network (code loaded on demand: the policy loader, the controls, the secrets
 * scanner) starts once a request to GitHub is on the wire, so compiling it overlaps GitHub's answer instead of
 * holding the request back (compiling blocks the thread the request is written from). Both fetches Octokit may
 * use announce it on a diagnostics channel: undici (Node's fetch, behind a proxy) every request whose headers it
 * wrote on `undici:client:sendHeaders`, the client's own (node-fetch.ts) each request handed to its socket on
 * REQUEST_SENT. Callers still load what they need when they need it: this only starts it earlier.
 */
import { channel, subscribe, unsubscribe } from 'node:diagnostics_channel'

const SENT = 'undici:client:sendHeaders'
/** The channel node-fetch.ts announces a request on, once it is written to its socket. */
const REQUEST_SENT = 'compliance-gate:request-sent'
const requestSent = channel(REQUEST_SENT)

/** Announce that a request has been handed to its socket (node-fetch.ts). */
export function announceRequestSent(): void {
  if (requestSent.hasSubscribers) requestSent.publish({})
}

/**
 * Calls `start` once, when the next HTTP request's headers have been written. Returns a cancel function: a
 * caller that finds no request will be sent (no API, or it failed before sending) removes the subscriber, so
 * none is left behind for a later, unrelated request to trigger.
 */
export function whenRequestSent(start: () => void): () => void {
  let done = false
  const once = () => {
    if (done) return
    done = true
    unsubscribe(SENT, once)
    unsubscribe(REQUEST_SENT, once)
    start()
  }
  subscribe(SENT, once)
  subscribe(REQUEST_SENT, once)
  return () => {
    if (done) return
    done = true
    unsubscribe(SENT, once)
    unsubscribe(REQUEST_SENT, once)
  }
}
