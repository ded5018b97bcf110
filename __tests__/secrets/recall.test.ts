/**
 * Recall and precision of the built-in rules on the held-out corpus of fakes.ts (issue 20): every
 * planted credential found on its line, no look-alike reported. Prints a per-group table.
 */
import { describe, expect, test } from '@jest/globals'
import { createScanner } from '../../src/secrets/index.js'
import { corpus } from './fakes.js'

const scanner = createScanner({ repo: 'acme/app' })
const { planted, lookAlikes } = corpus()

function scan(path: string, text: string) {
  const body = text.endsWith('\n') ? text.slice(0, -1) : text
  return scanner.scanFile({ path, text: body, lineNumbers: body.split('\n').map((_, i) => i + 1) })
}

describe('held-out corpus', () => {
  const rows = new Map<string, { found: number; total: number; misses: string[] }>()
  let found = 0
  for (const p of planted) {
    const hit = scan(p.path, p.text).some(m => m.line === p.line)
    const row = rows.get(p.group) ?? { found: 0, total: 0, misses: [] }
    row.total++
    if (hit) {
      row.found++
      found++
    } else row.misses.push(p.name)
    rows.set(p.group, row)
  }
  const falsePositives = lookAlikes.filter(l => scan(l.path, l.text).length > 0)
  // Precision: findings on the planted lines against findings on look-alikes.
  const fpFindings = lookAlikes.reduce((n, l) => n + scan(l.path, l.text).length, 0)
  const precision = found / (found + fpFindings)

  test('report', () => {
    const lines = [...rows].map(([g, r]) => `${g.padEnd(14)} ${r.found}/${r.total}${r.misses.length ? `  missed: ${[...new Set(r.misses)].join('; ')}` : ''}`)
    lines.push(
      `recall ${((100 * found) / planted.length).toFixed(1)} % of ${planted.length}; precision ${(100 * precision).toFixed(1)} %; look-alikes reported: ${falsePositives.length}/${lookAlikes.length} ${falsePositives.map(f => `${f.group}/${f.name}`).join('; ')}`
    )
    console.log(lines.join('\n'))
  })

  test('recall >= 98 %', () => {
    expect(found / planted.length).toBeGreaterThanOrEqual(0.98)
  })
  test('precision >= 95 %', () => {
    expect(precision).toBeGreaterThanOrEqual(0.95)
  })
  test('no look-alike reported', () => {
    expect(falsePositives.map(f => `${f.group}/${f.name}`)).toEqual([])
  })
})
