/**
 * Escaping of text that comes from the pull request or the repository (titles, file names, branch names,
 * messages quoting them), one function per output channel. Nothing the PR writes may start a new line,
 * open a heading, a link, an image, a mention or an HTML tag, or issue a workflow command.
 *
 * - `visible`: every control character (C0, DEL, C1, line/paragraph separators, bidi overrides) becomes a
 *   visible stand-in, so a bare carriage return cannot start a line anywhere (CLI stdout, logs, JSON-less text).
 * - `md`: Markdown inline text (job summary, check-run output, PR comment, SARIF markdown): `visible`, then
 *   URLs, www. names, e-mail addresses and @mentions go into code spans (never linked, never notifying),
 *   and every other Markdown/HTML meta character is backslash-escaped.
 * - `plain`: plain-text channels (annotation messages and titles, SARIF text, CLI lines): `visible` only.
 */

/** C0 controls → the Unicode "Control Pictures" (␍ ␊ ␉ …); others → `<U+XXXX>` spelled out. */
export function visible(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, c => {
    const code = c.charCodeAt(0)
    if (code < 0x20) return String.fromCharCode(0x2400 + code)
    if (code === 0x7f) return '\u2421'
    return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`
  })
}

/** Plain text for one line: control characters made visible, capped. */
export function plain(text: string, max = 4000): string {
  return truncate(visible(text), max)
}

// Tokens that Markdown (GitHub Flavored) would turn into links or mentions, kept verbatim inside code spans.
const LINKISH =
  /(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:\/\/[^\s`|]+|www\.[^\s`|]+|[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+|(?<![A-Za-z0-9_`])@[A-Za-z0-9][A-Za-z0-9_/-]*)/g

/**
 * Backslash-escape the ASCII punctuation Markdown or GFM treats as syntax anywhere in a line (emphasis, code,
 * links and images, HTML and entities, tables, strikethrough, headings, math), and the block markers that
 * matter only at the start of a line (lists, quotes, setext underlines).
 */
function escapeMarkdownText(text: string, atLineStart: boolean): string {
  const escaped = text.replace(/[\\`*_[\]<>#|~!&$]/g, c => `\\${c}`)
  return atLineStart
    ? escaped.replace(/^(\s*)([-+=>]|\d+[.)])/, (_m, s: string, marker: string) => `${s}${marker.replace(/[-+=>.)]/, c => `\\${c}`)}`)
    : escaped
}

/**
 * Markdown inline text from an untrusted source: one line (table cells, list items), no links, images,
 * autolinks, mentions, HTML or headings. Capped at `max` characters (before escaping).
 */
export function md(text: string, max = 500): string {
  const line = truncate(visible(text), max)
  let out = ''
  let last = 0
  for (const m of line.matchAll(LINKISH)) {
    out += escapeMarkdownText(line.slice(last, m.index), last === 0) + `\`${m[0]}\``
    last = (m.index ?? 0) + m[0].length
  }
  return out + escapeMarkdownText(line.slice(last), last === 0)
}

/** Inline code for a value we show verbatim (a path, an id): backticks inside are made harmless. */
export function code(text: string, max = 300): string {
  const t = truncate(visible(text), max).replace(/`/g, 'ˋ').replace(/\|/g, '¦')
  return `\`${t}\``
}

export function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, Math.max(0, max - 1))}…` : text
}
