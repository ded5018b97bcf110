/**
 * How text shows to a reader, apart from how it is written: invisible characters, escapes of printable ASCII and
 * the escapes a value takes where it is embedded (a URL, a JSON string, HTML). The diff's second view of hidden
 * lines (see unhiddenView in ./diff.ts) is read through it, and so is a value's fingerprint: one value written two
 * ways (`sig=Z%2FRH…%3D` in a URL, `Z/RH…=` decoded) is one finding and one baseline entry.
 */
/**
 * Characters that show as nothing: Unicode's Default_Ignorable_Code_Point set (soft hyphen, combining grapheme
 * joiner, Arabic letter mark, Hangul and Khmer fillers, Mongolian variation selectors, zero-width space, joiners and
 * marks, bidi embeddings, overrides and isolates, word joiner, invisible operators and deprecated format characters,
 * variation selectors, BOM, the reserved U+FFF0-U+FFF8, shorthand format controls, musical formatting, tags and the
 * supplementary variation selectors U+E0000-U+E0FFF), and the Egyptian hieroglyph format controls. Supplementary
 * characters are matched as their surrogate pairs (the regex has no `u` flag, as the patterns it joins).
 */
export const INVISIBLE =
  // The class lists combining characters on purpose (each is dropped alone, never joined to the character before it).
  // eslint-disable-next-line no-misleading-character-class
  /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0\uFFF0-\uFFF8]|\uD82F[\uDCA0-\uDCA3]|\uD834[\uDD73-\uDD7A]|\uD80D[\uDC30-\uDC3F]|[\uDB40-\uDB43][\uDC00-\uDFFF]/g
/**
 * Escapes of printable ASCII, which no encoder needs for letters, digits or `_-.`: `\u0067`, `\x67`, octal `\147`,
 * ES6 and Perl braces `\u{67}` / `\x{67}`, Python's `\U00000067`. The hex digits are group 1, octal ones group 2.
 */
const ASCII_ESCAPE = /\\(?:u00|x|[ux]\{0{0,6}|U000000)([2-7][0-9a-fA-F])\}?|\\(0?(?:[4-7][0-7]|1[0-7][0-7]))(?![0-7])/g
/** Percent-encoded unreserved characters (RFC 3986: letters, digits, `-._~`), which no URL encoder encodes. */
export const UNRESERVED_PERCENT = /%(4[1-9A-Fa-f]|5[0-9Aa]|6[1-9A-Fa-f]|7[0-9Aa]|3[0-9]|2[DdEe]|5[Ff]|7[Ee])/g
/**
 * What a value is written with where it is embedded, and not in the value itself: a JSON string's `\/` (PHP's
 * json_encode writes every slash so), an HTML numeric entity of printable ASCII (`&#x2F;`, `&#43;`), a query string's
 * or form body's percent-encoded `+ / = :` (`%2B`, `%2F`, `%3D`, `%3A`), and Xcode's `/$()/`, an empty variable
 * between two slashes so that an .xcconfig value keeps `//` (`postgres:/$()/user:…@host`).
 */
export const EMBEDDING_ESCAPE = /\\\/|&#(?:[xX]0{0,5}([2-7][0-9a-fA-F])|0{0,5}(3[2-9]|[4-9][0-9]|1[01][0-9]|12[0-6]));|%(2[BbFf]|3[AaDd])|(\/\$\(\)\/)/g
/** A carriage return alone (a CR LF pair's CR is dropped before): a line break in a file saved with CR endings. */
const LONE_CR = /\r/g

/**
 * A line as it shows: invisible characters dropped, `\u0041` / `\x41` escapes, percent-encoded letters and the
 * embedding escapes decoded, a lone CR a line break (so the result may be several lines).
 */
export function shownLine(line: string): string {
  return line
    .replace(INVISIBLE, '')
    .replace(ASCII_ESCAPE, (_, hex: string | undefined, octal: string | undefined) =>
      String.fromCharCode(octal !== undefined ? parseInt(octal, 8) : parseInt(hex ?? '', 16))
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
