/** Redaction happens when a finding is created: only the preview and the keyed fingerprint leave the engine. */
import { createHmac } from 'node:crypto'

/**
 * Fixed, public project key for fingerprints. The fingerprint must be stable across runs so the base
 * branch's baseline can match it; it is an HMAC so that it is never the value and cannot be looked up
 * in an unkeyed hash table of known secrets.
 */
export const FINGERPRINT_KEY = 'compliance-gate/secrets/fingerprint/v1'

/** sha256 HMAC over repo full_name, rule id and value (NUL-separated), hex. */
export function fingerprint(repoFullName: string, ruleId: string, value: string): string {
  return createHmac('sha256', FINGERPRINT_KEY).update(`${repoFullName}\u0000${ruleId}\u0000${value}`).digest('hex')
}

/** How many leading characters a preview may show: at most 4, fewer for short values, none below 8. */
export function previewLength(length: number): number {
  return Math.min(4, Math.floor(length / 8))
}

const SURROGATE = /[\uD800-\uDFFF]/

/** At most the first 4 characters, then `…` (fewer for short secrets). */
export function redactPreview(value: string): string {
  // Without surrogates a UTF-16 unit is a character: no array of characters to build (a file of thousands of findings).
  if (!SURROGATE.test(value)) return value.slice(0, previewLength(value.length)) + '…'
  const chars = Array.from(value)
  return chars.slice(0, previewLength(chars.length)).join('') + '…'
}
