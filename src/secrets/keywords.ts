/**
 * Keyword prefilter: one Aho-Corasick automaton over all rules' keywords, ASCII case-folded, with a
 * dense transition table so the scan is two table lookups per character.
 *
 * Characters are read by class: `classOf[charCode & 127]` is 0 for a character no keyword holds, and one
 * class per character keywords hold, an upper-case letter in its lower-case one's. The built-in keywords
 * hold some sixty characters, so a state's row is 64 entries rather than 128, and the table (the hot loop's
 * one large array) half the size it was. `table[offset + class]` gives the next state's offset (state <<
 * shift), negative when that state ends a keyword (its offset is the absolute value). Masking non-ASCII
 * characters to 7 bits can only add spurious hits, never lose one, because keywords are ASCII; every hit
 * is verified by the rule regexes anyway.
 */

/** Characters are read by their low 7 bits: 128 codes. */
const ALPHA = 128

export class KeywordAutomaton {
  /** outIndex[state] → 1 + index into outputs, or 0. */
  readonly outIndex: Int32Array
  /** Per output set: the keyword ids ending at that state (including via failure links). */
  readonly outputs: number[][]
  readonly keywords: string[]
  /** Signed, premultiplied transition table for the hot loop (see above): entries `state << shift`. */
  readonly table: Int32Array
  /** Character code & 127 → its class, the column of the table (0: held by no keyword). */
  readonly classOf: Uint8Array
  /** log2 of a row's width: 6 when the keywords hold fewer than 64 characters, else 7. */
  readonly shift: number

  /**
   * Built once per run, so in code V8 has not optimized yet: each step is a native copy per state rather than a
   * loop over its columns (~3,000 states, some 5 ms instead of 40).
   */
  constructor(keywords: string[]) {
    this.keywords = keywords
    // Classes first: each character a keyword holds, case-folded, numbered from 1 in order of appearance.
    const classOf = new Uint8Array(ALPHA)
    let classes = 1
    for (const kw of keywords) {
      for (let i = 0; i < kw.length; i++) {
        let c = kw.charCodeAt(i)
        if (c >= ALPHA) throw new Error(`keyword ${JSON.stringify(kw)} is not ASCII`)
        if (c >= 65 && c <= 90) c += 32
        if (classOf[c] === 0) classOf[c] = classes++
      }
    }
    for (let c = 65; c <= 90; c++) classOf[c] = classOf[c + 32]
    const shift = classes <= 64 ? 6 : 7
    const width = 1 << shift
    // The trie in flat arrays (a state per keyword character at most): each state's children as a linked list
    // (firstChild, nextSibling, the class into it), and the keywords ending there. Typed arrays rather
    // than an array per state: the trie of ~850 keywords was ~12 ms of every run's start as small arrays.
    let cap = 1
    for (const kw of keywords) cap += kw.length
    const firstChild = new Int32Array(cap).fill(-1)
    const nextSibling = new Int32Array(cap).fill(-1)
    const charOf = new Int32Array(cap)
    const outLists: (number[] | undefined)[] = []
    let n = 1
    for (let id = 0; id < keywords.length; id++) {
      const kw = keywords[id]
      let s = 0
      for (let i = 0; i < kw.length; i++) {
        const c = classOf[kw.charCodeAt(i)]
        let next = firstChild[s]
        while (next >= 0 && charOf[next] !== c) next = nextSibling[next]
        if (next < 0) {
          next = n++
          charOf[next] = c
          nextSibling[next] = firstChild[s]
          firstChild[s] = next
        }
        s = next
      }
      const list = (outLists[s] ??= [])
      if (!list.includes(id)) list.push(id)
    }
    // The table row by row, breadth first. A state's row is its failure state's row (complete: that state is
    // shallower) with its own transitions written over it. A child's failure state is where the failure row goes
    // on the child's class, and its outputs take that state's in (final by then: its failure was set from a
    // shallower parent). Entries are final when written: state << shift, negative when that state ends a keyword.
    const table = new Int32Array(n * width)
    const fail = new Int32Array(n)
    const queue = new Int32Array(n)
    let tail = 0
    const entry = (t: number) => (outLists[t] !== undefined ? -(t * width) : t * width)
    for (let t = firstChild[0]; t >= 0; t = nextSibling[t]) {
      table[charOf[t]] = entry(t)
      queue[tail++] = t
    }
    for (let head = 0; head < tail; head++) {
      const s = queue[head]
      const row = s * width
      const failRow = fail[s] * width
      table.copyWithin(row, failRow, failRow + width)
      for (let t = firstChild[s]; t >= 0; t = nextSibling[t]) {
        const c = charOf[t]
        const f = Math.abs(table[failRow + c]) / width
        fail[t] = f
        const inherited = outLists[f]
        if (inherited !== undefined) {
          const list = (outLists[t] ??= [])
          for (const id of inherited) if (!list.includes(id)) list.push(id)
        }
        table[row + c] = entry(t)
        queue[tail++] = t
      }
    }
    this.classOf = classOf
    this.shift = shift
    this.table = table
    this.outIndex = new Int32Array(n)
    this.outputs = []
    for (let s = 0; s < n; s++) {
      const list = outLists[s]
      if (list !== undefined) {
        this.outputs.push(list)
        this.outIndex[s] = this.outputs.length
      }
    }
  }
}
