/**
 * Lockfiles are scanned like any file, URLs included (a name never exempts content, issue 19): the only
 * spans set apart are the digests their package managers write, and only from the generic rules (entropy
 * and keyword rules that would read a hash as a password). A span a specific credential rule matches
 * (`ghp_…`, `AKIA…`, `xoxb-…`) is reported wherever it sits: the registry URL's path, its user-info or
 * query, a comment, even inside something shaped like a digest. So a token pasted into a lockfile (a
 * Gemfury-style `https://npm-proxy.fury.io/<token>/…` resolved URL, a `KEY=value` line) is still found.
 *
 * Digests: Subresource-Integrity strings (`sha512-<base64>`: npm, yarn v1, pnpm, bun, flake narHash),
 * prefixed digests (`sha256:<hex>` in poetry/uv/Pipfile.lock, `h1:<base64>=` in go.sum and
 * .terraform.lock.hcl, `zh:<hex>`, yarn berry's `10c0/<hex>` checksums), a hex digest in a tarball URL's
 * fragment (yarn v1 `…tgz#<sha1>`), and a hex digest as the value of a hash or revision key (`checksum`
 * in Cargo.lock, `shasum`/`reference` in composer.lock, `rev`/`revision` in flake.lock, Gemfile.lock and
 * Package.resolved, pubspec's `sha256`, Podfile's SPEC CHECKSUMS). A bare hex string anywhere else
 * (`DD_API_KEY=<hex>`) is not a digest.
 */

const DIGESTS: readonly RegExp[] = [
  // SRI: sha1-/sha256-/sha384-/sha512- + base64.
  /\b(?:sha1|sha224|sha256|sha384|sha512)-[A-Za-z0-9+/]{20,}={0,2}/g,
  // Prefixed digests: sha256:hex, h1:base64=, zh:hex, md5:hex.
  /\b(?:sha1|sha224|sha256|sha384|sha512|md5|blake2b|blake3|h1|zh):[A-Za-z0-9+/]{16,}={0,2}/g,
  // yarn berry checksum: `10c0/<hex>`.
  /\b\d{1,2}c\d\/[0-9a-f]{64,128}\b/g,
  // yarn v1: the commit or sha1 of a resolved tarball, in the URL's fragment.
  /(?<=\.(?:tgz|tar\.gz|zip|git)#)[0-9a-f]{40,64}\b/g,
  // A hex digest as the value of a hash or revision key (TOML, JSON, YAML; the key may be quoted).
  /(?<=\b(?:checksum|shasum|hash|sha1|sha256|sha512|integrity|rev|revision|reference|commit|resolved_ref)["']?\s*[:=]\s*["']?)[0-9a-fA-F]{32,128}\b/g,
  // Podfile.lock SPEC CHECKSUMS: `  Name: <sha1>`.
  /(?<=^ {2}[\w.+-]+: )[0-9a-f]{40}$/gm
]

/** [start, end) of each lockfile digest in text, in text order (spans of different patterns may overlap). */
export function lockfileDigests(text: string): [number, number][] {
  const spans: [number, number][] = []
  for (const re of DIGESTS) {
    re.lastIndex = 0
    for (let m = re.exec(text); m !== null; m = re.exec(text)) spans.push([m.index, m.index + m[0].length])
  }
  return spans.sort((a, b) => a[0] - b[0])
}

/** Whether [start, end) overlaps one of the spans (sorted by start). */
export function overlapsDigest(spans: readonly [number, number][], start: number, end: number): boolean {
  let lo = 0
  let hi = spans.length
  // The first span starting at or after end cannot overlap; look at the ones before it.
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (spans[mid][0] < end) lo = mid + 1
    else hi = mid
  }
  for (let i = lo - 1; i >= 0; i--) {
    const s = spans[i]
    if (s[1] > start) return true
    // Spans are sorted by start only; a long earlier span may still reach start: keep looking a little.
    if (start - s[0] > 4096) break
  }
  return false
}

/** The text with lockfile digests blanked out (same length): what the generic rules see of a lockfile. */
export function maskLockfile(text: string): string {
  const parts: string[] = []
  let at = 0
  for (const [s, e] of lockfileDigests(text)) {
    if (e <= at) continue
    const from = Math.max(s, at)
    parts.push(text.slice(at, from), ' '.repeat(e - from))
    at = e
  }
  parts.push(text.slice(at))
  return parts.join('')
}
