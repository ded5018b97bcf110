/**
 * Keyword prefilter: one Aho-Corasick automaton over all rules' keywords, ASCII case-folded, with a
 * dense transition table so the scan is one table lookup per character.
 *
 * `table[offset + (charCode & 127)]` gives the next state's offset (state × 128); upper-case columns
 * repeat the lower-case ones, and a negative entry means "the next state ends a keyword" (its offset is
 * the absolute value). Masking non-ASCII characters to 7 bits can only add spurious hits, never lose
 * one, because keywords are ASCII; every hit is verified by the rule regexes anyway.
 */

const ALPHA = 128

export class KeywordAutomaton {
  /** outIndex[state] → 1 + index into outputs, or 0. */
  readonly outIndex: Int32Array
  /** Per output set: the keyword ids ending at that state (including via failure links). */
  readonly outputs: number[][]
  readonly keywords: string[]
  /** Signed, premultiplied, case-folded transition table for the hot loop (see above). */
  readonly table: Int32Array

  /**
   * Built once per run, so in code V8 has not optimized yet: each step is a native copy per state rather than a
   * loop over its 128 columns (~3,000 states, some 5 ms instead of 40).
   */
  constructor(keywords: string[]) {
    this.keywords = keywords
    // The trie in flat arrays (a state per keyword character at most): each state's children as a linked list
    // (firstChild, nextSibling, the character into it), and the keywords ending there. Typed arrays rather
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
        let c = kw.charCodeAt(i)
        if (c >= 65 && c <= 90) c += 32
        if (c >= ALPHA) throw new Error(`keyword ${JSON.stringify(kw)} is not ASCII`)
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
    // on the child's character, and its outputs take that state's in (final by then: its failure was set from a
    // shallower parent). Entries are final when written: state × 128, negative when that state ends a keyword;
    // the upper-case columns repeat the lower-case ones.
    const table = new Int32Array(n * ALPHA)
    const fail = new Int32Array(n)
    const queue = new Int32Array(n)
    let tail = 0
    const entry = (t: number) => (outLists[t] !== undefined ? -(t * ALPHA) : t * ALPHA)
    for (let t = firstChild[0]; t >= 0; t = nextSibling[t]) {
      table[charOf[t]] = entry(t)
      queue[tail++] = t
    }
    table.copyWithin(65, 97, 123)
    for (let head = 0; head < tail; head++) {
      const s = queue[head]
      const row = s * ALPHA
      const failRow = fail[s] * ALPHA
      table.copyWithin(row, failRow, failRow + ALPHA)
      for (let t = firstChild[s]; t >= 0; t = nextSibling[t]) {
        const c = charOf[t]
        const f = Math.abs(table[failRow + c]) / ALPHA
        fail[t] = f
        const inherited = outLists[f]
        if (inherited !== undefined) {
          const list = (outLists[t] ??= [])
          for (const id of inherited) if (!list.includes(id)) list.push(id)
        }
        table[row + c] = entry(t)
        queue[tail++] = t
      }
      table.copyWithin(row + 65, row + 97, row + 123)
    }
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
