/**
 * The lines of a change's commits that the final diff did not already scan (issue 20): a line each commit
 * added is scanned once, wherever it was first seen. A secret's fingerprint does not depend on its path or
 * line, so a line scanned in the final diff (or an earlier commit) can only repeat findings already made.
 *
 * Multi-line secrets (PEM, PuTTY) span lines a new key shares with an old one (`-----BEGIN … -----`,
 * `Proc-Type`, `Private-Lines`): an already-seen line is kept when it is within CONTEXT lines of a new line
 * in the same run of consecutive line numbers, so a window starting at such a header still sees the new body.
 */
import type { AddedFile } from '../model/facts/secrets.js'

export const CONTEXT = 8

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
    for (const l of lines) seen.add(l)
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
    seen.add(lines[i])
  }
  return { ...file, text: text.join('\n'), lineNumbers }
}
