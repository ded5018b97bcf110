/**
 * Lockfiles are scanned like any file (a name never exempts content, issue 19), but the digests and
 * registry URLs their package managers write are masked first, so they do not read as secrets. Masking
 * replaces each span with spaces of the same length: line numbers and columns are unchanged.
 *
 * Masked: Subresource-Integrity strings (`sha512-<base64>`: npm, yarn v1, pnpm, bun), prefixed digests
 * (`sha256:<hex>` in poetry/uv/Pipfile.lock, `h1:<base64>=` in go.sum and .terraform.lock.hcl,
 * `zh:<hex>`, yarn berry's `10c0/<hex>` checksums), bare hex digests of 32–128 characters (commit SHAs,
 * Cargo/composer/Podfile checksums), and the scheme, host and path of URLs without credentials.
 * Kept: a URL's user-info (`https://user:token@host`) and query string (`?token=…`), and every line
 * that is not one of the above, so a token pasted into a lockfile is still found.
 */

const MASKS: readonly RegExp[] = [
  // SRI: sha1-/sha256-/sha384-/sha512- + base64 (npm, yarn v1, pnpm, bun, flake narHash).
  /\b(?:sha1|sha224|sha256|sha384|sha512)-[A-Za-z0-9+/]{20,}={0,2}/g,
  // Prefixed digests: sha256:hex, h1:base64=, zh:hex, md5:hex, yarn berry `10c0/hex`.
  /\b(?:sha1|sha224|sha256|sha384|sha512|md5|blake2b|blake3|h1|zh)[:=][A-Za-z0-9+/]{16,}={0,2}/g,
  /\b\d{1,2}c\d\/[0-9a-f]{64,128}\b/g,
  // Bare hex digests (commit SHAs, checksums).
  /\b[0-9a-fA-F]{32,128}\b/g,
  // URL scheme, host and path when no user-info precedes the host: query and fragment are left to the rules.
  /\b(?:https?|git\+https?|git\+ssh|git|ssh|file):\/\/(?![^\s"'@/?#]*@)[^\s"'?#]+/g
]

/** The text with lockfile digests and credential-free URLs blanked out (same length). */
export function maskLockfile(text: string): string {
  let out = text
  for (const re of MASKS) out = out.replace(re, (m) => ' '.repeat(m.length))
  return out
}
