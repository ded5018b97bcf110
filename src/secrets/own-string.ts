/** Strings that do not keep the text they were cut from alive. */

/**
 * The string's own copy. A substring V8 cuts out of a longer string (slice, split, a regex group) refers to
 * that whole string and keeps it alive as long as the substring is kept; its copy holds only its characters.
 */
export function ownString(s: string): string {
  // Shorter substrings are copied by V8 itself; the concatenation is flattened before it is sliced.
  return s.length < 13 ? s : (' ' + s).slice(1)
}
