/** Name-based (version 5, SHA-1) UUIDs per RFC 4122 §4.3, so the same bundles always export the same document. */
import { createHash } from 'node:crypto'

/** compliance-gate's namespace for OSCAL identifiers (itself a fixed random UUID). */
export const OSCAL_NAMESPACE = '6d1f3a52-8a0e-4c6b-9f57-3b0c2e7d9a41'

export function uuidV5(name: string, namespace: string = OSCAL_NAMESPACE): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex')
  if (ns.length !== 16) throw new Error(`not a UUID: ${namespace}`)
  const hash = createHash('sha1').update(ns).update(name, 'utf8').digest()
  const b = Buffer.from(hash.subarray(0, 16))
  b[6] = (b[6] & 0x0f) | 0x50 // version 5
  b[8] = (b[8] & 0x3f) | 0x80 // RFC 4122 variant
  const h = b.toString('hex')
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`
}
