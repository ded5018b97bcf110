/**
 * The framework catalog (catalog/*.yml) is the one source of every control's mappings. These tests hold the
 * data to its schema, to the control registry and to the generated module the build bundles.
 */
import { describe, expect, test } from '@jest/globals'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { Ajv } from 'ajv'
import { parse } from 'yaml'
import { CONTROLS } from '../src/controls/index.js'
import { CATALOG, findFramework, mappingsFor, requirementsFor } from '../src/catalog/index.js'
import { renderMatrixMarkdown } from '../src/catalog/matrix.js'
import { replaceSection } from '../src/docs/render.js'
// @ts-expect-error: plain ESM script without types
import { readCatalog, renderCatalogModule } from '../scripts/gen-data.mjs'

const root = new URL('../', import.meta.url)
const read = (p: string) => readFileSync(new URL(p, root), 'utf8')
const files = readdirSync(new URL('catalog/', root)).filter(f => f.endsWith('.yml'))

describe('catalog data', () => {
  const validate = new Ajv({ allErrors: true, strict: true }).compile(JSON.parse(read('schemas/catalog.schema.json')))

  test.each(files)('catalog/%s validates against schemas/catalog.schema.json', file => {
    const ok = validate(parse(read(`catalog/${file}`)))
    expect(validate.errors ?? []).toEqual([])
    expect(ok).toBe(true)
  })

  test('the schema rejects a mapping without rationale, an unknown strength and a requirement without `elsewhere`', () => {
    const base = { id: 'x', framework: 'X', title: 'X', source: { title: 's', url: 'https://example.org' } }
    const req = { id: 'R1', title: 'r', elsewhere: 'evidence from elsewhere', controls: [{ id: 'a.b', strength: 'direct', rationale: 'because it does' }] }
    expect(validate({ ...base, requirements: [req] })).toBe(true)
    expect(validate({ ...base, requirements: [{ ...req, controls: [{ id: 'a.b', strength: 'direct' }] }] })).toBe(false)
    expect(validate({ ...base, requirements: [{ ...req, controls: [{ id: 'a.b', strength: 'strong', rationale: 'because it does' }] }] })).toBe(false)
    expect(validate({ ...base, requirements: [{ id: 'R1', title: 'r', controls: [] }] })).toBe(false)
    expect(validate({ ...base, requirements: [{ ...req, controls: [{ id: 'a.b', strength: 'direct', rationale: 'two\nlines here' }] }] })).toBe(false)
    expect(validate({ ...base, source: { title: 's', url: 'http://insecure.example' }, requirements: [req] })).toBe(false)
  })

  test('src/catalog/catalog.generated.ts is current (run `node scripts/gen-data.mjs`)', () => {
    expect(read('src/catalog/catalog.generated.ts')).toBe(renderCatalogModule(readCatalog()))
  })

  test('framework ids are unique and each framework lists requirement ids once', () => {
    const ids = CATALOG.map(f => f.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids).toEqual(expect.arrayContaining(['soc2', 'iso27001', 'iso42001', 'nist80053', 'difc']))
    for (const f of CATALOG) {
      const reqs = f.requirements.map(r => r.id)
      expect({ framework: f.id, duplicates: reqs.filter((r, i) => reqs.indexOf(r) !== i) }).toEqual({ framework: f.id, duplicates: [] })
      for (const r of f.requirements) {
        const controls = r.controls.map(c => c.id)
        expect(new Set(controls).size).toBe(controls.length)
      }
    }
  })

  test("the issue's named requirements are in scope", () => {
    const has = (fw: string, ...ids: string[]) => expect(findFramework(fw)!.requirements.map(r => r.id)).toEqual(expect.arrayContaining(ids))
    has('soc2', 'CC8.1', 'CC6.1', 'CC6.6', 'CC6.7', 'CC6.8', 'CC7.1', 'CC7.2', 'CC3.4', 'CC5.2')
    has('iso27001', 'A.8.32', 'A.8.25', 'A.8.28', 'A.8.29', 'A.8.4', 'A.8.9', 'A.8.24', 'A.5.15', 'A.5.17', 'A.8.2', 'A.8.31', 'A.8.12')
    has('iso42001', 'A.6.2.4', 'A.6.2.5', 'A.7.2')
    has('nist80053', 'CM-3', 'CM-4', 'SA-10', 'SC-8', 'SC-28', 'IA-5')
  })

  test('every framework also lists requirements this tool does not cover, each with the evidence to bring', () => {
    for (const f of CATALOG) {
      if (f.id === 'apec-cbpr') continue // one cited section only, partly covered
      const uncovered = f.requirements.filter(r => r.controls.length === 0)
      expect({ framework: f.id, uncovered: uncovered.length > 0 }).toEqual({ framework: f.id, uncovered: true })
      for (const r of f.requirements) expect(r.elsewhere.length).toBeGreaterThan(10)
    }
  })

  test('laws and schemes cite a public source for every article or requirement they list', () => {
    for (const id of ['difc', 'apec-cbpr']) {
      for (const r of findFramework(id)!.requirements) {
        expect({ id: r.id, url: r.source?.url.startsWith('https://') }).toEqual({ id: r.id, url: true })
      }
    }
  })
})

describe('controls take their mappings from the catalog', () => {
  const known = new Set(CONTROLS.map(c => c.meta.id))

  test.each(CONTROLS.map(c => [c.meta.id, c] as const))('%s has at least one mapping, all from the catalog', (id, control) => {
    expect(control.meta.mappings.length).toBeGreaterThan(0)
    expect(control.meta.mappings).toEqual(mappingsFor(id))
    for (const m of control.meta.mappings) {
      const fw = CATALOG.find(f => f.framework === m.framework)
      expect(fw).toBeDefined()
      for (const req of m.controls) {
        const entry = fw!.requirements.find(r => r.id === req)?.controls.find(c => c.id === id)
        expect({ req, rationale: (entry?.rationale.length ?? 0) > 10 }).toEqual({ req, rationale: true })
      }
    }
    expect(requirementsFor(id).length).toBe(control.meta.mappings.reduce((n, m) => n + m.controls.length, 0))
  })

  test('every control the catalog names exists in the registry', () => {
    for (const f of CATALOG)
      for (const r of f.requirements)
        for (const c of r.controls)
          expect({ at: `${f.id} ${r.id}`, id: c.id, known: known.has(c.id) }).toEqual({ at: `${f.id} ${r.id}`, id: c.id, known: true })
  })

  test('no control file declares its own mappings (one source)', () => {
    for (const f of readdirSync(new URL('src/controls/', root)).filter(n => n.endsWith('.ts') && n !== 'types.ts')) {
      expect({ f, inline: /\bmappings\s*:/.test(read(`src/controls/${f}`)) }).toEqual({ f, inline: false })
    }
  })

  test('the catalog keeps every mapping the controls declared before it existed', () => {
    const before: Record<string, Record<string, string[]>> = {
      'review.approvals': { 'SOC 2': ['CC8.1'], 'ISO/IEC 27001:2022': ['A.8.32', 'A.5.3'] },
      'review.last-push': { 'SOC 2': ['CC8.1'], 'ISO/IEC 27001:2022': ['A.8.32', 'A.5.3'] },
      'review.no-changes-requested': { 'SOC 2': ['CC8.1'], 'ISO/IEC 27001:2022': ['A.8.32'] },
      'review.codeowners': { 'SOC 2': ['CC8.1', 'CC6.8'], 'ISO/IEC 27001:2022': ['A.8.32', 'A.8.4'] },
      'branch.protection': { 'SOC 2': ['CC8.1'], 'ISO/IEC 27001:2022': ['A.8.32', 'A.8.4'] },
      'checks.required': { 'SOC 2': ['CC8.1'], 'ISO/IEC 27001:2022': ['A.8.32', 'A.8.29'] },
      'commits.signed': { 'SOC 2': ['CC8.1'], 'ISO/IEC 27001:2022': ['A.8.32', 'A.8.4'] },
      'change.ticket': { 'SOC 2': ['CC8.1'], 'ISO/IEC 27001:2022': ['A.8.32'] },
      'change.emergency': { 'SOC 2': ['CC8.1'], 'ISO/IEC 27001:2022': ['A.8.32'] },
      'change.separation-of-duties': { 'SOC 2': ['CC8.1', 'CC5.1'], 'ISO/IEC 27001:2022': ['A.5.3', 'A.8.32'] },
      'change.unreviewed-push': { 'SOC 2': ['CC8.1'], 'ISO/IEC 27001:2022': ['A.8.32', 'A.5.3'] },
      'secrets.no-new-secrets': { 'SOC 2': ['CC6.1', 'CC6.7'], 'ISO/IEC 27001:2022': ['A.5.17', 'A.8.24'] },
      'iac.encryption': { 'SOC 2': ['CC6.1', 'CC6.7'], 'ISO/IEC 27001:2022': ['A.8.24'], 'ISO/IEC 42001:2023': ['A.7.2'] },
      'iac.data-residency': { 'SOC 2': ['CC6.1'], 'ISO/IEC 27001:2022': ['A.5.31', 'A.5.34'], 'ISO/IEC 42001:2023': ['A.7.2'] }
    }
    for (const [id, frameworks] of Object.entries(before)) {
      const now = mappingsFor(id)
      for (const [fw, ids] of Object.entries(frameworks)) {
        expect({ id, fw, ids: now.find(m => m.framework === fw)?.controls }).toEqual({ id, fw, ids: expect.arrayContaining(ids) })
      }
    }
  })
})

describe('docs/frameworks.md', () => {
  test('its matrix section is the catalog (UPDATE_DOCS=1 rewrites it)', () => {
    let doc = read('docs/frameworks.md')
    const updated = replaceSection(doc, 'matrix', renderMatrixMarkdown(CATALOG))
    if (process.env.UPDATE_DOCS === '1' && updated !== doc) {
      writeFileSync(new URL('docs/frameworks.md', root), updated)
      doc = updated
    }
    expect(doc).toBe(updated)
  })
})
