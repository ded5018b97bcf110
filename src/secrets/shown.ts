/**
 * How text shows to a reader, apart from how it is written: invisible characters, escapes of printable ASCII and
 * the escapes a value takes where it is embedded (a URL, a JSON string, HTML). The diff's second view of hidden
 * lines (see unhiddenView in ./diff.ts) is read through it, and so is a value's fingerprint: one value written two
 * ways (`sig=Z%2FRH…%3D` in a URL, `Z/RH…=` decoded) is one finding and one baseline entry.
 */
/**
 * Characters that show as nothing: soft hyphen, combining grapheme joiner, Hangul and Mongolian fillers and
 * separators, zero-width space, joiners and marks, bidi embeddings, overrides and isolates, word joiner and invisible
 * operators, variation selectors, BOM, and the tag characters (U+E0000-U+E007F, a surrogate pair each).
 */
export const INVISIBLE =
  // The class lists combining characters on purpose (each is dropped alone, never joined to the character before it).
  // eslint-disable-next-line no-misleading-character-class
  /[\u00AD\u034F\u115F\u1160\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\u3164\uFE00-\uFE0F\uFEFF\uFFA0]|\uDB40[\uDC00-\uDC7F]/g
/** `\uXXXX` / `\xXX` / octal `\147` escapes of printable ASCII: no encoder needs them for letters, digits or `_-.`. */
const ASCII_ESCAPE = /\\u00([2-7][0-9a-fA-F])|\\x([2-7][0-9a-fA-F])|\\(0?(?:[4-7][0-7]|1[0-7][0-7]))(?![0-7])/g
/** Percent-encoded unreserved characters (RFC 3986: letters, digits, `-._~`), which no URL encoder encodes. */
export const UNRESERVED_PERCENT = /%(4[1-9A-Fa-f]|5[0-9Aa]|6[1-9A-Fa-f]|7[0-9Aa]|3[0-9]|2[DdEe]|5[Ff]|7[Ee])/g
/**
 * What a value is written with where it is embedded, and not in the value itself: a JSON string's `\/` (PHP's
 * json_encode writes every slash so), an HTML numeric entity of printable ASCII (`&#x2F;`, `&#43;`), a query string's
 * or form body's percent-encoded `+ / = :` (`%2B`, `%2F`, `%3D`, `%3A`), and Xcode's `/$()/`, an empty variable
 * between two slashes so that an .xcconfig value keeps `//` (`postgres:/$()/user:…@host`).
 */
export const EMBEDDING_ESCAPE = /\\\/|&#(?:[xX]([2-7][0-9a-fA-F])|(3[2-9]|[4-9][0-9]|1[01][0-9]|12[0-6]));|%(2[BbFf]|3[AaDd])|(\/\$\(\)\/)/g
/** A carriage return alone (a CR LF pair's CR is dropped before): a line break in a file saved with CR endings. */
const LONE_CR = /\r/g

/**
 * A line as it shows: invisible characters dropped, `\u0041` / `\x41` escapes, percent-encoded letters and the
 * embedding escapes decoded, a lone CR a line break (so the result may be several lines).
 */
export function shownLine(line: string): string {
  return line
    .replace(INVISIBLE, '')
    .replace(ASCII_ESCAPE, (_, u: string | undefined, x: string | undefined, o: string | undefined) =>
      String.fromCharCode(o !== undefined ? parseInt(o, 8) : parseInt(u ?? x ?? '', 16))
    )
    .replace(UNRESERVED_PERCENT, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(EMBEDDING_ESCAPE, (all: string, hexEntity?: string, decEntity?: string, percent?: string, xcode?: string) => {
      if (hexEntity !== undefined) return String.fromCharCode(parseInt(hexEntity, 16))
      if (decEntity !== undefined) return String.fromCharCode(parseInt(decEntity, 10))
      if (percent !== undefined) return String.fromCharCode(parseInt(percent, 16))
      return xcode !== undefined ? '//' : '/'
    })
    .replace(LONE_CR, '\n')
}

/** Any of what shownLine decodes or drops: a line holding none is shown as it is. */
export const HIDDEN_ANY = new RegExp(
  // eslint-disable-next-line no-misleading-character-class -- INVISIBLE's combining characters, on purpose (above)
  `${INVISIBLE.source}|${ASCII_ESCAPE.source}|${UNRESERVED_PERCENT.source}|${EMBEDDING_ESCAPE.source}|${LONE_CR.source}`,
  'g'
)

/** Any of what shownLine decodes or drops, tested once (not global: no lastIndex to reset). */
// eslint-disable-next-line no-misleading-character-class -- as HIDDEN_ANY
const HIDDEN_ONE = new RegExp(HIDDEN_ANY.source)

/** The value as it shows (see shownLine): what its fingerprint is taken over. */
export function shownValue(v: string): string {
  return HIDDEN_ONE.test(v) ? shownLine(v) : v
}
