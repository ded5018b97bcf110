/**
 * Bundled framework packs (policies/<pack>.yml) and `extends:` with pack names or a list of them.
 */
import { describe, expect, test } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { CONTROLS } from '../src/controls/index.js'
import { DEFAULT_POLICY_TEXT } from '../src/policy/default-policy.generated.js'
import { POLICY_PACK_TEXTS } from '../src/policy/packs.generated.js'
import { PolicyError, parsePolicyText, resolvePolicy } from '../src/policy/load.js'
import { regionAllowed } from '../src/iac/evaluate.js'
// @ts-expect-error: plain ESM script without types
import { readPacks, renderPacksModule } from '../scripts/gen-data.mjs'

const root = new URL('../', import.meta.url)
const packFiles = readdirSync(new URL('policies/', root)).filter(f => f.endsWith('.yml') && f !== 'default.yml')
const resolve = (text: string, packs?: Record<string, string>) =>
  resolvePolicy(CONTROLS, DEFAULT_POLICY_TEXT, { text, path: '.github/compliance-gate.yml' }, packs)
const errorOf = (fn: () => unknown): string => {
  try {
    fn()
  } catch (e) {
    expect(e).toBeInstanceOf(PolicyError)
    return (e as Error).message
  }
  throw new Error('expected a PolicyError')
}

describe('bundled packs', () => {
  test('the four framework packs are bundled, and the generated module is current', () => {
    expect(Object.keys(POLICY_PACK_TEXTS).sort()).toEqual(['difc-dp-2020', 'iso27001-2022', 'iso42001-2023', 'soc2'])
    expect(readFileSync(new URL('src/policy/packs.generated.ts', root), 'utf8')).toBe(renderPacksModule(readPacks()))
  })

  test.each(packFiles)('policies/%s validates and resolves', file => {
    const name = file.replace(/\.yml$/, '')
    expect(() => parsePolicyText(POLICY_PACK_TEXTS[name], file, CONTROLS)).not.toThrow()
    const p = resolve(`version: 1\nextends: ${name}\n`)
    expect(p.sources.map(s => s.path)).toContain(`policies/${name}.yml (bundled)`)
    expect(p.sources[0].path).toBe('policies/default.yml (bundled)')
    expect(Object.values(p.controls).some(c => c.enabled)).toBe(true)
  })
})

describe('extends', () => {
  test('soc2: default, then the pack, then the file; emergency changes recorded', () => {
    const p = resolve('version: 1\nextends: soc2\n')
    expect(p.sources.map(s => s.path)).toEqual(['policies/default.yml (bundled)', 'policies/soc2.yml (bundled)', '.github/compliance-gate.yml'])
    expect(p.sources[1]).toMatchObject({ bundled: true, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) })
    expect(p.controls['change.emergency'].enabled).toBe(true)
    expect(p.description).toMatch(/SOC 2/)
  })

  test('iso42001-2023 stands on iso27001-2022 and turns AI-change governance on', () => {
    const p = resolve('version: 1\nextends: iso42001-2023\n')
    expect(p.sources.map(s => s.path)).toEqual([
      'policies/default.yml (bundled)',
      'policies/iso27001-2022.yml (bundled)',
      'policies/iso42001-2023.yml (bundled)',
      '.github/compliance-gate.yml'
    ])
    expect(p.controls['ai.change-governance']).toMatchObject({ enabled: true, params: { 'require-documentation': true, 'require-evaluation': true } })
    expect(p.controls['review.codeowners'].enabled).toBe(true)
  })

  test('a list composes packs in order, each layer once; the file overrides them', () => {
    const p = resolve('version: 1\nextends: [iso27001-2022, difc-dp-2020]\ncontrols:\n  iac.encryption:\n    require-cmk: false\n')
    expect(p.sources.map(s => s.path)).toEqual([
      'policies/default.yml (bundled)',
      'policies/iso27001-2022.yml (bundled)',
      'policies/difc-dp-2020.yml (bundled)',
      '.github/compliance-gate.yml'
    ])
    expect(p.controls['iac.data-residency'].params['allowed-regions']).toEqual(['me-central-1', 'uaenorth', 'uaecentral'])
    expect(p.controls['iac.encryption'].params['require-cmk']).toBe(false)
  })

  test('difc-dp-2020: UAE regions only (AWS me-central-1 and its zones, Azure UAE North/Central), encryption with CMKs', () => {
    const p = resolve('version: 1\nextends: difc-dp-2020\n')
    const allowed = p.controls['iac.data-residency'].params['allowed-regions'] as string[]
    expect(p.controls['iac.data-residency'].enabled).toBe(true)
    expect(p.controls['iac.encryption'].params['require-cmk']).toBe(true)
    for (const ok of ['me-central-1', 'me-central-1a', 'uaenorth', 'UAE North', 'uaecentral']) expect(regionAllowed(ok, allowed)).toBe(true)
    // Bahrain, Saudi Arabia (GCP Dammam), Qatar (GCP Doha), Ireland, Israel: not UAE.
    for (const no of ['me-south-1', 'me-central2', 'me-central1', 'eu-west-1', 'il-central-1', 'westeurope']) expect(regionAllowed(no, allowed)).toBe(false)
  })

  test('extends: none and extends: default keep their meaning', () => {
    expect(resolve('version: 1\nextends: none\ncontrols:\n  review.approvals: {}\n').sources.map(s => s.path)).toEqual(['.github/compliance-gate.yml'])
    expect(resolve('version: 1\nextends: default\n').sources.map(s => s.path)).toEqual(['policies/default.yml (bundled)', '.github/compliance-gate.yml'])
  })

  test('an unknown pack, `none` in a list or an empty list is an error naming file, line, column and key', () => {
    const unknown = errorOf(() => resolve('version: 1\nextends: sox\n'))
    expect(unknown).toMatch(/^\.github\/compliance-gate\.yml:2:\d+: extends: must be `default`, `none`, a bundled pack \(.*soc2.*\)/)
    expect(errorOf(() => resolve('version: 1\nextends: [soc2, none]\n'))).toMatch(/compliance-gate\.yml:2:\d+: extends:/)
    expect(errorOf(() => resolve('version: 1\nextends: []\n'))).toMatch(/compliance-gate\.yml:2:\d+: extends:/)
    expect(errorOf(() => resolve('version: 1\nextends: [soc2, soc2]\n'))).toMatch(/extends:/)
  })

  test('packs that extend each other in a cycle are an error, not a hang', () => {
    const packs = { soc2: 'version: 1\nextends: iso27001-2022\n', 'iso27001-2022': 'version: 1\nextends: soc2\n' }
    expect(errorOf(() => resolve('version: 1\nextends: soc2\n', packs))).toMatch(/cycle: soc2 → iso27001-2022 → soc2/)
  })

  test('an error inside a pack names the pack file', () => {
    const packs = { ...POLICY_PACK_TEXTS, soc2: 'version: 1\ncontrols:\n  review.approvals:\n    count: 0\n' }
    expect(errorOf(() => resolve('version: 1\nextends: soc2\n', packs))).toMatch(/^policies\/soc2\.yml \(bundled\):4:\d+: controls\.review\.approvals\.count/)
  })
})
