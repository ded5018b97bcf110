/**
 * Work that can wait for the network (code loaded on demand: the policy loader, the controls, the secrets
 * scanner) starts once a request to GitHub is on the wire, so compiling it overlaps GitHub's answer instead of
 * holding the request back (compiling blocks the thread the request is written from). undici, the fetch
 * Octokit uses, announces every request whose headers it wrote on the `undici:client:sendHeaders` diagnostics
 * channel. Callers still load what they need when they need it: this only starts it earlier.
 */
import { subscribe, unsubscribe } from 'node:diagnostics_channel'

const SENT = 'undici:client:sendHeaders'

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
    start()
  }
  subscribe(SENT, once)
  return () => {
    if (done) return
    done = true
    unsubscribe(SENT, once)
  }
}
