/**
 * What a scan keeps of one file's findings, and what it only counts: a pull request of credential dumps held a
 * finding object per line and ran the gate out of memory before any evidence was written. The final diff's scan and
 * the history's (a dump added by one commit and deleted by the next) share it.
 *
 * Kept: the first finding of each rule; those allowed inline up to what the facts list of them
 * (MAX_ITEMIZED_PER_FILE); the others (new or baselined: the baseline is read after the scan) up to KEEP_PER_FILE,
 * so a new secret after 500 allowed passwords keeps its line. Counted: the rest, with their fingerprints (judged
 * against the baseline, and not reported again by the history scan) up to FINGERPRINT_BUDGET in all.
 */
import { MAX_ITEMIZED_PER_FILE, type RawMatch } from '../model/facts/secrets.js'

/** One file's findings counted, not kept. */
export interface CountedFindings {
  path: string
  rules: Set<string>
  /** Fingerprints of those not allowed inline, judged against the baseline. */
  fingerprints: string[]
  /** Fingerprints of those allowed inline. */
  allowed: string[]
  /** Past FINGERPRINT_BUDGET, allowed inline: counted only. */
  allowedPastBudget: number
  /** Past FINGERPRINT_BUDGET, not allowed inline: counted as new, not looked up in the baseline. */
  unchecked: number
}

/** Findings of a file kept as found, besides the first of each rule (more than the facts list of the three kinds). */
export const KEEP_PER_FILE = 3 * MAX_ITEMIZED_PER_FILE + 100
/** Fingerprints of counted findings kept (each ~100 bytes); past it they are counted by number. */
export const FINGERPRINT_BUDGET = 200_000

export class FindingCap {
  /** Per file, the findings counted. */
  readonly counted = new Map<string, CountedFindings>()
  private budget = FINGERPRINT_BUDGET

  /** The findings of one file to keep (all of them when there are few); the others are counted under path. */
  keep<T extends RawMatch>(path: string, found: T[]): T[] {
    if (found.length <= KEEP_PER_FILE) return found
    const kept: T[] = []
    const rules = new Set<string>()
    let allowed = 0
    let others = 0
    for (const m of found) {
      if (!rules.has(m.rule) || (m.inline_allowed ? allowed < MAX_ITEMIZED_PER_FILE : others < KEEP_PER_FILE)) {
        kept.push(m)
        rules.add(m.rule)
        if (m.inline_allowed) allowed++
        else others++
        continue
      }
      let c = this.counted.get(path)
      if (c === undefined) this.counted.set(path, (c = { path, rules: new Set(), fingerprints: [], allowed: [], allowedPastBudget: 0, unchecked: 0 }))
      c.rules.add(m.rule)
      if (this.budget <= 0) {
        if (m.inline_allowed) c.allowedPastBudget++
        else c.unchecked++
        continue
      }
      this.budget--
      if (m.inline_allowed) c.allowed.push(m.fingerprint)
      else c.fingerprints.push(m.fingerprint)
    }
    return kept
  }
}
