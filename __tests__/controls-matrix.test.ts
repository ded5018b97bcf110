/** `compliance-gate controls`: the coverage matrix, in-process. */
import { describe, expect, test } from '@jest/globals'
import { controlsCommand } from '../src/commands/controls.js'
import { CATALOG, findFramework } from '../src/catalog/index.js'
import { coverageOf, csvCell } from '../src/catalog/matrix.js'
import { SettingsError } from '../src/settings.js'

async function run(...args: string[]): Promise<{ code: number; out: string }> {
  let out = ''
  const code = await controlsCommand.run(args, { out: t => (out += t + '\n'), err: t => (out += t + '\n'), env: {}, cwd: process.cwd() })
  return { code, out }
}

/** Minimal RFC 4180 reader for the test. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"'
        i++
      } else if (ch === '"') quoted = false
      else cell += ch
    } else if (ch === '"') quoted = true
    else if (ch === ',') {
      row.push(cell)
      cell = ''
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
      i++
    } else cell += ch
  }
  if (cell || row.length) {
    row.push(cell)
    rows.push(row)
  }
  return rows
}

describe('compliance-gate controls', () => {
  test('markdown for SOC 2 lists covered and uncovered criteria, with the evidence to bring', async () => {
    const { code, out } = await run('--framework', 'soc2')
    expect(code).toBe(0)
    expect(out).toMatch(/\| \*\*CC8\.1\*\* .*`review\.approvals` \(direct\).*\| covered \(direct\) \|/)
    expect(out).toMatch(/\| \*\*CC6\.2\*\* .*\| — \| not covered \| Joiner\/mover\/leaver records/)
    expect(out).toMatch(/\*\*\d+ not covered\*\* by compliance-gate/)
    expect(out).not.toMatch(/CM-3/)
  })

  test('csv: one row per requirement of every framework, uncovered ones with coverage none and what to bring', async () => {
    const { out } = await run('--format', 'csv')
    const rows = parseCsv(out.replace(/\n$/, ''))
    expect(rows[0]).toEqual(['framework', 'requirement', 'title', 'coverage', 'controls', 'rationales', 'elsewhere', 'source'])
    const body = rows.slice(1)
    expect(body).toHaveLength(CATALOG.reduce((n, f) => n + f.requirements.length, 0))
    expect(body.every(r => r.length === 8)).toBe(true)
    const uncovered = body.filter(r => r[3] === 'none')
    expect(uncovered.length).toBeGreaterThan(5)
    for (const r of uncovered) expect(r[6].length).toBeGreaterThan(10)
    expect(body.find(r => r[0] === 'difc' && r[1] === 'Art. 26')?.[7]).toMatch(/^https:\/\/www\.difc\.ae\//)
  })

  test('json for ISO/IEC 42001 (alias by file name) includes A.6.2.4 served by ai.change-governance', async () => {
    const { out } = await run('--framework', 'iso42001-2023', '--format', 'json')
    const doc = JSON.parse(out) as { frameworks: { id: string }[]; requirements: { requirement: string; coverage: string; controls: { id: string }[] }[] }
    expect(doc.frameworks.map(f => f.id)).toEqual(['iso42001'])
    const r = doc.requirements.find(q => q.requirement === 'A.6.2.4')!
    expect(r.controls.map(c => c.id)).toContain('ai.change-governance')
    expect(doc.requirements.some(q => q.coverage === 'none')).toBe(true)
  })

  test.each(['nist80053', 'difc', 'iso27001'])('--framework %s works', async id => {
    expect((await run('--framework', id)).code).toBe(0)
  })

  test('bad usage: unknown framework or format → SettingsError (exit 2 with help)', async () => {
    await expect(run('--framework', 'pci')).rejects.toThrow(SettingsError)
    await expect(run('--format', 'xlsx')).rejects.toThrow(/--format must be one of md, csv, json/)
  })

  test('coverage is the strongest strength given', () => {
    expect(coverageOf(findFramework('soc2')!.requirements.find(r => r.id === 'CC8.1')!)).toBe('direct')
    expect(coverageOf(findFramework('soc2')!.requirements.find(r => r.id === 'CC6.6')!)).toBe('supporting')
    expect(coverageOf(findFramework('soc2')!.requirements.find(r => r.id === 'CC7.4')!)).toBe('none')
  })

  test('csv cells: quotes doubled, formula-looking text neutralised (OWASP CSV injection)', () => {
    expect(csvCell('a "b", c')).toBe('"a ""b"", c"')
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`)
    expect(csvCell('+1')).toBe("'+1")
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvCell('plain')).toBe('plain')
  })
})
