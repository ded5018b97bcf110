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
  /** delta[state * 128 + c] → next state. */
  readonly delta: Int32Array
  /** outIndex[state] → 1 + index into outputs, or 0. */
  readonly outIndex: Int32Array
  /** Per output set: the keyword ids ending at that state (including via failure links). */
  readonly outputs: number[][]
  readonly keywords: string[]
  /** Signed, premultiplied, case-folded transition table for the hot loop (see above). */
  readonly table: Int32Array

  constructor(keywords: string[]) {
    this.keywords = keywords
    // The trie in flat arrays (a state's row of 128 next states, -1 for none): no Map per state, so the
    // ~2,500 states of the built-in table build in a few milliseconds.
    let capacity = 1
    for (const kw of keywords) capacity += kw.length
    const delta = new Int32Array(capacity * ALPHA).fill(-1)
    const outLists: number[][] = [[]]
    let n = 1
    keywords.forEach((kw, id) => {
      let s = 0
      for (let i = 0; i < kw.length; i++) {
        let c = kw.charCodeAt(i)
        if (c >= 65 && c <= 90) c += 32
        if (c >= ALPHA) throw new Error(`keyword ${JSON.stringify(kw)} is not ASCII`)
        let next = delta[s * ALPHA + c]
        if (next < 0) {
          next = n++
          outLists.push([])
          delta[s * ALPHA + c] = next
        }
        s = next
      }
      if (!outLists[s].includes(id)) outLists[s].push(id)
    })
    // Breadth-first: each state's failure link, its outputs joined with those of the failure state, and its
    // missing transitions taken from the failure state's (already complete) row.
    const fail = new Int32Array(n)
    const queue = new Int32Array(n)
    let tail = 0
    for (let c = 0; c < ALPHA; c++) {
      const t = delta[c]
      if (t < 0) delta[c] = 0
      else {
        fail[t] = 0
        queue[tail++] = t
      }
    }
    for (let head = 0; head < tail; head++) {
      const s = queue[head]
      const f = fail[s]
      for (const id of outLists[f]) if (!outLists[s].includes(id)) outLists[s].push(id)
      const row = s * ALPHA
      const failRow = f * ALPHA
      for (let c = 0; c < ALPHA; c++) {
        const t = delta[row + c]
        if (t < 0) delta[row + c] = delta[failRow + c]
        else {
          fail[t] = delta[failRow + c]
          queue[tail++] = t
        }
      }
    }
    this.delta = delta.subarray(0, n * ALPHA)
    this.outIndex = new Int32Array(n)
    const table = new Int32Array(n * ALPHA)
    for (let st = 0; st < n; st++) {
      const row = st * ALPHA
      for (let c = 0; c < ALPHA; c++) {
        const lc = c >= 65 && c <= 90 ? c + 32 : c
        const t = delta[row + lc]
        table[row + c] = outLists[t].length > 0 ? -(t * ALPHA) : t * ALPHA
      }
    }
    this.table = table
    this.outputs = []
    for (let s = 0; s < n; s++) {
      if (outLists[s].length > 0) {
        this.outputs.push(outLists[s])
        this.outIndex[s] = this.outputs.length
      }
    }
  }
}
