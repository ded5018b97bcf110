/**
 * Sampling an auditor can reproduce by hand or in a spreadsheet:
 *  - size: `--sample N` (N ≥ population → every change), `all`, or `auto`:
 *      population ≤ 5 → every change; 6–50 → 5; 51–250 → 10 % rounded up; above 250 → 25.
 *  - default seed: the first 16 hex characters of SHA-256 over the population's ids (the `id` column of
 *    population.csv), sorted (byte order) and joined with "\n" (no trailing newline).
 *  - order: each change's rank is SHA-256 of the text `SEED:ID` (UTF-8, lower-case hex); the sample is
 *    the N changes with the lowest ranks (hex compared as text).
 */
import { createHash } from 'node:crypto'

export type SampleSpec = { kind: 'auto' } | { kind: 'all' } | { kind: 'count'; n: number }

export function parseSampleSpec(value: string | undefined): SampleSpec {
  const v = (value ?? 'auto').trim().toLowerCase()
  if (v === 'auto') return { kind: 'auto' }
  if (v === 'all') return { kind: 'all' }
  if (/^\d+$/.test(v)) return { kind: 'count', n: Number(v) }
  throw new Error(`--sample must be a whole number, 'auto' or 'all', got '${value}'.`)
}

/** The auto table (see the module comment). */
export function autoSampleSize(population: number): number {
  if (population <= 5) return population
  if (population <= 50) return 5
  if (population <= 250) return Math.ceil(population / 10)
  return 25
}

export function sampleSize(population: number, spec: SampleSpec): number {
  if (spec.kind === 'all') return population
  if (spec.kind === 'count') return Math.min(spec.n, population)
  return autoSampleSize(population)
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex')
}

export function defaultSeed(ids: readonly string[]): string {
  const sorted = [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  return sha256Hex(sorted.join('\n')).slice(0, 16)
}

export function rankOf(seed: string, id: string): string {
  return sha256Hex(`${seed}:${id}`)
}

export interface Drawn {
  id: string
  rank: string
  /** 1-based position in the sample. */
  position: number
}

export function drawSample(ids: readonly string[], size: number, seed: string): Drawn[] {
  return ids
    .map(id => ({ id, rank: rankOf(seed, id) }))
    .sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : 0))
    .slice(0, Math.max(0, size))
    .map((d, i) => ({ ...d, position: i + 1 }))
}
