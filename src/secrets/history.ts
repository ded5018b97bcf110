/**
 * The lines of a change's commits that the final diff did not already scan (issue 20): a line each commit
 * added is scanned once, wherever it was first seen. A secret's fingerprint does not depend on its path or
 * line, so a line scanned in the final diff (or an earlier commit) can only repeat findings already made.
 *
 * Multi-line secrets (PEM, PuTTY) span lines a new key shares with an old one (`-----BEGIN … -----`,
 * `Proc-Type`, `Private-Lines`): an already-seen line is kept when it is within CONTEXT lines of a new line
 * in the same run of consecutive line numbers, so a window starting at such a header still sees the new body.
 */
import type { AddedFile, RawMatch, SecretFinding } from '../model/facts/secrets.js'
import { FindingCap, type CountedFindings } from './finding-cap.js'
import { ownString } from './own-string.js'

export const CONTEXT = 8

/** A change's commits already scanned one by one (as git printed the log): what secretsFactsOf reports of them. */
export interface ScannedHistory {
  /** Commits scanned one by one. */
  commits: number
  /** Added lines of those commits scanned (new ones and their context). */
  lines: number
  /** Secrets only the history holds, in log order, each with its commit; `baselined` is left false. */
  findings: SecretFinding[]
  /** Per file, those past what a commit's file keeps (FindingCap): counted, not kept (a dump added and deleted again). */
  counted?: CountedFindings[]
}

/**
 * The history scan, fed file by file: each file a commit added is scanned in the part no earlier file (of the
 * final diff or of a commit) held; a finding whose fingerprint the final diff or an earlier commit already
 * reported is not reported again. The final diff's lines and findings are read at the first file, so they
 * may still be growing when the scan is made.
 */
export class HistoryScan {
  private readonly lines = new Set<string>()
  private readonly fingerprints = new Set<string>()
  private started = false
  private scannedLines = 0
  private readonly found: SecretFinding[] = []
  private readonly cap = new FindingCap()

  constructor(
    private readonly scanner: () => { scanFile(file: AddedFile): RawMatch[] },
    private readonly final: { files: readonly AddedFile[]; findings: readonly { fingerprint: string }[] }
  ) {}

  /** One file a commit added. */
  add(commit: string, whole: AddedFile): void {
    if (!this.started) {
      this.started = true
      for (const f of this.final.files) markScanned(this.lines, f)
      for (const x of this.final.findings) this.fingerprints.add(x.fingerprint)
    }
    const f = unscannedPart(this.lines, whole)
    if (f === null) return
    this.scannedLines += f.lineNumbers.length
    // Not reported again: a fingerprint the final diff or an earlier commit found.
    const fresh: RawMatch[] = []
    for (const m of this.scanner().scanFile(f)) {
      if (this.fingerprints.has(m.fingerprint)) continue
      this.fingerprints.add(m.fingerprint)
      fresh.push(m)
    }
    for (const m of this.cap.keep(f.path, fresh)) this.found.push({ ...m, path: f.path, baselined: false, commit })
  }

  /** What was found, for a history of `commits` commits. */
  result(commits: number): ScannedHistory {
    const counted = [...this.cap.counted.values()]
    return { commits, lines: this.scannedLines, findings: this.found, ...(counted.length > 0 && { counted }) }
  }
}

/** The history scan of commits held whole (each with its files). */
export function scanHistory(
  scanner: { scanFile(file: AddedFile): RawMatch[] },
  final: { files: readonly AddedFile[]; findings: readonly { fingerprint: string }[] },
  commits: readonly { commit: string; files: readonly AddedFile[] }[]
): ScannedHistory {
  const h = new HistoryScan(() => scanner, final)
  for (const { commit, files } of commits) for (const f of files) h.add(commit, f)
  return h.result(commits.length)
}

/** Remember every added line of file as scanned. */
export function markScanned(seen: Set<string>, file: AddedFile): void {
  if (file.lineNumbers.length === 0) return
  for (const line of file.text.split('\n')) seen.add(line)
}

/**
 * The part of file not scanned yet (null when every line was): new lines plus their context, in order, with
 * their own line numbers. Marks them scanned.
 */
export function unscannedPart(seen: Set<string>, file: AddedFile): AddedFile | null {
  const n = file.lineNumbers.length
  if (n === 0) return null
  const lines = file.text.split('\n')
  const nums = file.lineNumbers
  const fresh = new Uint8Array(n)
  let any = false
  for (let i = 0; i < n; i++) {
    if (!seen.has(lines[i])) {
      fresh[i] = 1
      any = true
    }
  }
  if (!any) return null
  if (fresh.every(x => x === 1)) {
    for (const l of lines) if (!seen.has(l)) seen.add(ownString(l))
    return file
  }
  // keep[i]: fresh, or within CONTEXT consecutive line numbers of a fresh line.
  const keep = new Uint8Array(n)
  const consecutive = (a: number, b: number) => nums[b] - nums[a] === b - a
  for (let i = 0; i < n; i++) {
    if (fresh[i] !== 1) continue
    keep[i] = 1
    for (let j = i - 1; j >= Math.max(0, i - CONTEXT) && consecutive(j, i); j--) keep[j] = 1
    for (let j = i + 1; j <= Math.min(n - 1, i + CONTEXT) && consecutive(i, j); j++) keep[j] = 1
  }
  const text: string[] = []
  const lineNumbers: number[] = []
  for (let i = 0; i < n; i++) {
    if (keep[i] !== 1) continue
    text.push(lines[i])
    lineNumbers.push(nums[i])
    if (fresh[i] === 1 && !seen.has(lines[i])) seen.add(ownString(lines[i]))
  }
  return { ...file, text: text.join('\n'), lineNumbers }
}
