/**
 * Leaked configuration files (issue 20): the share of risky lines (a line holding a credential) the
 * built-in rules report, per file kind, on the corpus of src/secrets/config-corpus.ts; look-alikes with
 * placeholders must stay quiet. Target: >= 75 % of risky lines. Prints a per-kind table.
 */
import { describe, expect, test } from '@jest/globals'
import { createScanner } from '../../src/secrets/index.js'
import { configCorpus } from '../../src/secrets/config-corpus.js'

const scanner = createScanner({ repo: 'acme/app' })
const { files, lookAlikes } = configCorpus()

function scan(path: string, text: string) {
  const body = text.endsWith('\n') ? text.slice(0, -1) : text
  return scanner.scanFile({ path, text: body, lineNumbers: body.split('\n').map((_, i) => i + 1) })
}

describe('leaked configuration files', () => {
  const rows = new Map<string, { found: number; total: number; missed: string[] }>()
  let found = 0
  let total = 0
  for (const f of files) {
    const lines = new Set(scan(f.path, f.text).map(m => m.line))
    const row = rows.get(f.kind) ?? { found: 0, total: 0, missed: [] }
    for (const l of f.risky) {
      row.total++
      total++
      if (lines.has(l)) {
        row.found++
        found++
      } else row.missed.push(`${f.path}:${l} ${(f.text.split('\n')[l - 1] ?? '').replace(/[=:]\s*\S.*$/, '=…').slice(0, 40)}`)
    }
    rows.set(f.kind, row)
  }
  const noisy = lookAlikes.filter(l => scan(l.path, l.text).length > 0)

  test('report', () => {
    const out = [...rows].map(
      ([k, r]) => `${k.padEnd(24)} ${r.found}/${r.total}${r.missed.length ? `  missed: ${[...new Set(r.missed)].slice(0, 3).join(' | ')}` : ''}`
    )
    out.push(
      `risky lines found: ${found}/${total} = ${((100 * found) / total).toFixed(1)} %; look-alikes reported: ${noisy.length}/${lookAlikes.length} ${noisy.map(n => n.kind).join(', ')}`
    )
    console.log(out.join('\n'))
  })
  test('>= 75 % of risky lines', () => {
    expect(found / total).toBeGreaterThanOrEqual(0.75)
  })
  test('no look-alike reported', () => {
    expect(noisy.map(n => `${n.kind} ${n.path}`)).toEqual([])
  })
  test('no finding carries a value', () => {
    for (const f of files) {
      const json = JSON.stringify(scan(f.path, f.text))
      for (const l of f.risky) {
        const value = /(?:password|pass|secret|token|auth|key|_password)\W{1,4}([^\s"'<>,;]{12,})/i.exec(f.text.split('\n')[l - 1] ?? '')?.[1]
        if (value) expect(json).not.toContain(value)
      }
    }
  })
})
