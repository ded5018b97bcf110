/** Value heuristics: Shannon entropy and placeholder / example detection. */

/** Shannon entropy in bits per character. */
export function shannonEntropy(value: string): number {
  if (value.length === 0) return 0
  const counts = new Map<number, number>()
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i)
    counts.set(c, (counts.get(c) ?? 0) + 1)
  }
  let h = 0
  for (const n of counts.values()) {
    const p = n / value.length
    h -= p * Math.log2(p)
  }
  return h
}

const PLACEHOLDER_WORDS =
  /example|sample|dummy|placeholder|chang(?:e_?me|eit)|your[_-]?(?:own[_-]?)?(?:api[_-]?|access[_-]?|secret[_-]?|auth[_-]?)?(?:key|token|secret|pass(?:word)?)|replace[_-]?(?:me|with|this)|redacted|insert[_-]?(?:your|key|token|here)|notreal|not[_-]real|fakefake|foobar|lorem|ipsum|xxxx|\*\*\*|\.\.\.|_here\b|[<>]|\$\{|\{\{|\}\}|%\(|\$\(|%[A-Z_]+%/i

/** Longest run of consecutive ascending or descending character codes (abcdef, 123456, 987654). */
function longestSequentialRun(v: string): number {
  let best = 1
  let up = 1
  let down = 1
  for (let i = 1; i < v.length; i++) {
    const d = v.charCodeAt(i) - v.charCodeAt(i - 1)
    up = d === 1 ? up + 1 : 1
    down = d === -1 ? down + 1 : 1
    if (up > best) best = up
    if (down > best) best = down
  }
  return best
}

function distinctChars(v: string): number {
  return new Set(v).size
}

/**
 * true when the value is a placeholder, an example or a look-alike rather than a credential:
 * `EXAMPLE`, `xxxx`, `${VAR}`, `<token>`, `{{ x }}`, `changeme`, `your_api_key`, all one character,
 * very few distinct characters, sequential runs (`abcdef`, `123456`) or a short unit repeated.
 */
export function isPlaceholder(value: string): boolean {
  if (PLACEHOLDER_WORDS.test(value)) return true
  if (/^\$[A-Za-z_][A-Za-z0-9_]*$/.test(value)) return true
  if (/^(.)\1+$/.test(value)) return true
  if (value.length >= 12 && distinctChars(value) < 6) return true
  if (longestSequentialRun(value) >= 6) return true
  if (/(.{1,6}?)\1{4,}/.test(value)) {
    const m = /(.{1,6}?)\1{4,}/.exec(value) as RegExpExecArray
    if (m[0].length >= Math.max(10, value.length / 3)) return true
  }
  return false
}

/** Base64 (or base64url) whose decoded bytes are ordinary printable text with spaces (not a key). */
export function isBase64OfText(value: string): boolean {
  if (value.length < 16 || !/^[A-Za-z0-9+/_-]+={0,2}$/.test(value)) return false
  let bytes: Buffer
  try {
    bytes = Buffer.from(value.replace(/-/g, '+').replace(/_/g, '/'), 'base64')
  } catch {
    return false
  }
  if (bytes.length < 8) return false
  let printable = 0
  let spaces = 0
  for (const b of bytes) {
    if (b === 32) spaces++
    if ((b >= 32 && b < 127) || b === 9 || b === 10 || b === 13) printable++
  }
  return printable / bytes.length > 0.97 && spaces >= 1
}
