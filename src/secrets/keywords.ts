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
    const gotoRows: Map<number, number>[] = [new Map()]
    const out: Set<number>[] = [new Set()]
    keywords.forEach((kw, id) => {
      let s = 0
      for (let i = 0; i < kw.length; i++) {
        let c = kw.charCodeAt(i)
        if (c >= 65 && c <= 90) c += 32
        if (c >= ALPHA) throw new Error(`keyword ${JSON.stringify(kw)} is not ASCII`)
        let next = gotoRows[s].get(c)
        if (next === undefined) {
          next = gotoRows.length
          gotoRows.push(new Map())
          out.push(new Set())
          gotoRows[s].set(c, next)
        }
        s = next
      }
      out[s].add(id)
    })
    const n = gotoRows.length
    const delta = new Int32Array(n * ALPHA)
    const fail = new Int32Array(n)
    const queue: number[] = []
    for (let c = 0; c < ALPHA; c++) {
      const t = gotoRows[0].get(c)
      if (t !== undefined) {
        delta[c] = t
        fail[t] = 0
        queue.push(t)
      }
    }
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi]
      for (const id of out[fail[s]]) out[s].add(id)
      for (let c = 0; c < ALPHA; c++) {
        const t = gotoRows[s].get(c)
        if (t !== undefined) {
          fail[t] = delta[fail[s] * ALPHA + c]
          delta[s * ALPHA + c] = t
          queue.push(t)
        } else {
          delta[s * ALPHA + c] = delta[fail[s] * ALPHA + c]
        }
      }
    }
    this.delta = delta
    this.outIndex = new Int32Array(n)
    const hasOut = (st: number) => out[st].size > 0
    const table = new Int32Array(n * ALPHA)
    for (let st = 0; st < n; st++) {
      for (let c = 0; c < ALPHA; c++) {
        const lc = c >= 65 && c <= 90 ? c + 32 : c
        const t = delta[st * ALPHA + lc]
        table[st * ALPHA + c] = hasOut(t) ? -(t * ALPHA) : t * ALPHA
      }
    }
    this.table = table
    this.outputs = []
    for (let s = 0; s < n; s++) {
      const o = out[s]
      if (o.size > 0) {
        this.outputs.push([...o])
        this.outIndex[s] = this.outputs.length
      }
    }
  }
}
