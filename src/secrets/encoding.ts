/**
 * Text stored as UTF-16 or UTF-32, read from the bytes of a diff's added lines (issue 19: nothing added
 * goes unscanned in silence). git splits lines at every 0x0A byte, so the added bytes of a run of
 * consecutive lines are the file's bytes; each run is decoded on its own (a hunk may start at either byte
 * of a code unit).
 *
 * Which encoding: a byte-order mark at the start of the file decides (FF FE 00 00 / 00 00 FE FF: UTF-32,
 * FF FE / FE FF: UTF-16), whatever the content. Without one, UTF-16 is told by where the NUL bytes sit
 * among the ASCII characters: text in UTF-16LE has a NUL after each ASCII byte at one parity and hardly
 * ever at the other, so mostly-CJK text with a few ASCII lines (a token) is recognised; binary data has
 * NULs at both parities and is not. The NUL ratio of the whole file plays no part.
 */

export type WideEncoding = 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be'

interface Layout {
  unit: 2 | 4
  le: boolean
}

const LAYOUT: Record<WideEncoding, Layout> = {
  'utf-16le': { unit: 2, le: true },
  'utf-16be': { unit: 2, le: false },
  'utf-32le': { unit: 4, le: true },
  'utf-32be': { unit: 4, le: false }
}

/** The encoding a byte-order mark at the start of bytes names, and the mark's length. */
export function byteOrderMark(b: Uint8Array): { encoding: WideEncoding; length: number } | undefined {
  if (b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0 && b.length >= 4) return { encoding: 'utf-32le', length: 4 }
  if (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) return { encoding: 'utf-32be', length: 4 }
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', length: 2 }
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', length: 2 }
  return undefined
}

function unitAt(b: Uint8Array, i: number, l: Layout): number {
  if (l.unit === 2) return l.le ? b[i] | (b[i + 1] << 8) : (b[i] << 8) | b[i + 1]
  return l.le ? (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0 : ((b[i] << 24) | (b[i + 1] << 16) | (b[i + 2] << 8) | b[i + 3]) >>> 0
}

/**
 * Code units of b (from offset, in steps of the unit): how many are an ASCII character other than NUL, and
 * how many are plausible text (ASCII, Latin, Greek, Cyrillic, Hebrew, Arabic, Indic, CJK, kana, Hangul,
 * full-width forms; a swapped byte order reads CJK as private-use or unassigned code points instead).
 */
function score(b: Uint8Array, l: Layout, offset: number): { ascii: number; text: number } {
  let ascii = 0
  let text = 0
  for (let i = offset; i + l.unit <= b.length; i += l.unit) {
    const v = unitAt(b, i, l)
    if (v > 0 && v < 0x80) {
      ascii++
      text++
    } else if (
      (v >= 0xa0 && v < 0x0e00) ||
      (v >= 0x2000 && v < 0x2e80) ||
      (v >= 0x2e80 && v < 0xa000) ||
      (v >= 0xac00 && v < 0xd7b0) ||
      (v >= 0xff00 && v < 0xfff0)
    ) {
      text++
    }
  }
  return { ascii, text }
}

/** Without a byte-order mark: the UTF-16 layout and offset the NUL pattern shows, if any. */
function sniffUtf16(b: Uint8Array): { encoding: WideEncoding; offset: number } | undefined {
  let best: { encoding: WideEncoding; offset: number; text: number } | undefined
  for (const offset of [0, 1]) {
    for (const encoding of ['utf-16le', 'utf-16be'] as const) {
      const l = LAYOUT[encoding]
      const here = score(b, l, offset)
      // An ASCII character in UTF-16 is one byte and a NUL; at the other parity the same bytes read as
      // U+xx00 (not ASCII). Binary data shows the pair at both parities alike.
      if (here.ascii < 4 || here.ascii < 4 * score(b, l, 1 - offset).ascii) continue
      // Ties go to offset 0 and little-endian (the order tried).
      if (best === undefined || here.text > best.text) best = { encoding, offset, text: here.text }
    }
  }
  return best && { encoding: best.encoding, offset: best.offset }
}

/** For a run of known layout without a mark at its start: the offset (0 … unit-1) that reads the most text. */
function bestOffset(b: Uint8Array, l: Layout, preferred: number): number {
  let off = preferred
  let most = score(b, l, preferred).text
  for (let o = 0; o < l.unit; o++) {
    const n = score(b, l, o).text
    if (n > most) {
      most = n
      off = o
    }
  }
  return off
}

export interface DecodedWide {
  encoding: WideEncoding
  /** The decoded text, lines joined with '\n' (a CR before LF dropped). */
  text: string
  /** Head-side line number (git's, counted by 0x0A bytes) of each line of text. */
  lineNumbers: number[]
}

/**
 * Decode the added bytes of a file (lines joined with 0x0A, git's line numbers in lineNumbers) when they
 * are UTF-16 or UTF-32; undefined when they are not. Each decoded line is numbered with the git line it
 * starts on. Undecodable (the bytes do not split into lineNumbers.length lines) throws.
 */
export function decodeWide(bytes: Uint8Array, lineNumbers: ArrayLike<number>): DecodedWide | undefined {
  // git lines: [start, end) of each, end at its 0x0A (or the end).
  const starts: number[] = [0]
  for (let i = bytes.indexOf(0x0a); i >= 0; i = bytes.indexOf(0x0a, i + 1)) starts.push(i + 1)
  if (starts.length !== lineNumbers.length) throw new Error(`the added bytes hold ${starts.length} lines, the diff ${lineNumbers.length}`)
  const bom = lineNumbers[0] === 1 ? byteOrderMark(bytes) : undefined

  // Runs of consecutive lines: [first line index, last line index + 1).
  const runs: [number, number][] = []
  for (let k = 0; k < lineNumbers.length; k++) {
    const last = runs[runs.length - 1]
    if (last && lineNumbers[k] === lineNumbers[k - 1] + 1) last[1] = k + 1
    else runs.push([k, k + 1])
  }

  let fileEncoding: WideEncoding | undefined = bom?.encoding
  const out: string[] = []
  const nums: number[] = []
  let wide = false
  for (const [first, end] of runs) {
    const from = starts[first]
    const to = end < starts.length ? starts[end] - 1 : bytes.length
    const run = bytes.subarray(from, to)
    let encoding = fileEncoding
    let offset = 0
    if (first === 0 && bom) offset = bom.length
    else if (encoding !== undefined) {
      const l = LAYOUT[encoding]
      // After a 0x0A the rest of a little-endian newline unit comes first.
      offset = bestOffset(run, l, l.le ? 1 : 0)
    } else {
      const s = sniffUtf16(run)
      if (s) {
        encoding = s.encoding
        offset = s.offset
      }
    }
    // A run that does not read as wide text: its lines are in the file's own view already.
    if (encoding === undefined) continue
    fileEncoding ??= encoding
    wide = true
    decodeRun(
      run,
      LAYOUT[encoding],
      offset,
      i => {
        // The git line holding byte i of the run.
        let lo = first
        let hi = end - 1
        while (lo < hi) {
          const mid = (lo + hi + 1) >> 1
          if (starts[mid] - from <= i) lo = mid
          else hi = mid - 1
        }
        return lineNumbers[lo]
      },
      out,
      nums
    )
  }
  if (!wide) return undefined
  return { encoding: fileEncoding as WideEncoding, text: out.join('\n'), lineNumbers: nums }
}

/** Decode one run, pushing each decoded line and the git line number of its first byte. */
function decodeRun(run: Uint8Array, l: Layout, offset: number, lineOf: (byte: number) => number, out: string[], nums: number[]): void {
  let line: string[] = []
  let lineStart = offset
  const flush = () => {
    if (line.length > 0 && line[line.length - 1] === '\r') line.pop()
    out.push(line.join(''))
    nums.push(lineOf(Math.min(lineStart, Math.max(0, run.length - 1))))
    line = []
  }
  for (let i = offset; i + l.unit <= run.length; i += l.unit) {
    const v = unitAt(run, i, l)
    if (v === 0x0a) {
      flush()
      lineStart = i + l.unit
      continue
    }
    if (v === 0) continue
    if (l.unit === 2) line.push(String.fromCharCode(v))
    else line.push(v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff) ? '\ufffd' : String.fromCodePoint(v))
  }
  flush()
}
