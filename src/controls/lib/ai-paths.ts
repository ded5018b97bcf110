/** Which changed paths belong to an AI system, by the policy's globs (minimatch, dot: true, case-insensitive so `Models/` cannot dodge `models/**`). Pure. */
import { minimatch } from 'minimatch'
import type { ChangedFileFacts } from '../../model/record.js'

export function matchesAny(path: string, globs: readonly string[]): boolean {
  return globs.some(g => minimatch(path, g, { dot: true, nocase: true }))
}

/** Changed paths (and the previous path of a rename) matching `globs`, sorted, without duplicates. */
export function matchingPaths(files: readonly ChangedFileFacts[], globs: readonly string[]): string[] {
  const out = new Set<string>()
  for (const f of files) {
    if (matchesAny(f.path, globs)) out.add(f.path)
    if (f.previous_path && matchesAny(f.previous_path, globs)) out.add(f.previous_path)
  }
  return [...out].sort()
}

/** Paths added or modified (not removed) by the change that match `globs`. */
export function updatedPaths(files: readonly ChangedFileFacts[], globs: readonly string[]): string[] {
  return files
    .filter(f => f.status !== 'removed' && matchesAny(f.path, globs))
    .map(f => f.path)
    .sort()
}

/** `org/slug` from `org/slug` or `@org/slug`; null when malformed. */
export function parseTeam(ref: string): { org: string; slug: string; key: string } | null {
  const m = /^@?([A-Za-z0-9][A-Za-z0-9-]*)\/([A-Za-z0-9][A-Za-z0-9._-]*)$/.exec(ref.trim())
  return m ? { org: m[1], slug: m[2], key: `${m[1].toLowerCase()}/${m[2].toLowerCase()}` } : null
}
