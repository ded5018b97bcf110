/**
 * Check digits some token formats carry. GitHub's 40-character tokens (ghp_, gho_, ghu_, ghs_, ghr_) and npm's
 * (npm_) are a 4-character prefix, 30 random base62 characters and a 6-character checksum: the CRC32 of the 30
 * random characters, base62-encoded with the digits-upper-lower alphabet, left-padded with '0' (GitHub blog,
 * "Behind GitHub's new authentication token formats", 2021-04; npm's format, 2021-09).
 */

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'

let crcTable: Int32Array | undefined

/** CRC-32 (IEEE 802.3, as zlib) of a string's character codes taken as bytes. */
export function crc32(s: string): number {
  if (crcTable === undefined) {
    crcTable = new Int32Array(256)
    for (let n = 0; n < 256; n++) {
      let c = n
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
      crcTable[n] = c
    }
  }
  let crc = -1
  for (let i = 0; i < s.length; i++) crc = crcTable[(crc ^ s.charCodeAt(i)) & 0xff] ^ (crc >>> 8)
  return (crc ^ -1) >>> 0
}

/** n in base62 (0-9A-Za-z), left-padded with '0' to width characters. */
export function base62(n: number, width = 6): string {
  let out = ''
  let v = n
  do {
    out = BASE62[v % 62] + out
    v = Math.floor(v / 62)
  } while (v > 0)
  return out.padStart(width, '0')
}

/**
 * true when a GitHub-format token's checksum matches. Only the 40-character form (prefix_ + 36) carries one:
 * longer tokens (GitHub reserves up to 255 characters) and the stateless ghs_<app id>_<JWT> are not judged (true).
 */
export function githubChecksumOk(token: string): boolean {
  const m = /^[a-z]{3}_([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/.exec(token)
  if (!m) return true
  return base62(crc32(m[1])) === m[2]
}

/** A format-true GitHub-style token: prefix + 30 random base62 from rand + its checksum (for tests and the bench). */
export function githubStyleToken(prefix: string, rand: () => number): string {
  let body = ''
  for (let i = 0; i < 30; i++) body += BASE62[Math.floor(rand() * 62)]
  return `${prefix}${body}${base62(crc32(body))}`
}
