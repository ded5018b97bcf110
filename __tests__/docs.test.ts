/**
 * The generated documentation must match the code: README's controls table (with defaults from
 * policies/default.yml) and inputs/outputs (action.yml), docs/controls.md's control reference and docs/iac.md's
 * IaC checks. Run `UPDATE_DOCS=1 npm test -- docs` to rewrite them.
 * Also: schemas/policy.schema.json is the schema the loader validates with.
 */
import { describe, expect, test } from '@jest/globals'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { CONTROLS } from '../src/controls/index.js'
import { IAC_CHECKS } from '../src/iac/checks/index.js'
import { DEFAULT_POLICY_TEXT } from '../src/policy/default-policy.generated.js'
import { resolvePolicy } from '../src/policy/load.js'
import { buildPolicySchema } from '../src/policy/schema.js'
import { renderControlDetails, renderControlsTable, renderIacChecks, renderInputsOutputs, replaceSection } from '../src/docs/render.js'

const root = new URL('../', import.meta.url)
const read = (p: string) => readFileSync(new URL(p, root), 'utf8')

describe('generated documentation is current', () => {
  test('policies/default.yml and its generated module agree', () => {
    expect(DEFAULT_POLICY_TEXT).toBe(read('policies/default.yml'))
  })

  // README keeps what a user needs first; the long generated references live in docs/.
  test.each([
    ['README.md', ['controls-table', 'inputs-outputs']],
    ['docs/controls.md', ['controls-details']],
    ['docs/iac.md', ['iac-checks']]
  ])('%s: generated sections match the code', (file, names) => {
    const defaults = resolvePolicy(CONTROLS, DEFAULT_POLICY_TEXT)
    const bodies: Record<string, string> = {
      'controls-table': renderControlsTable(CONTROLS, defaults, 'docs/controls.md'),
      'controls-details': renderControlDetails(CONTROLS, defaults),
      'inputs-outputs': renderInputsOutputs(read('action.yml')),
      'iac-checks': renderIacChecks(IAC_CHECKS)
    }
    let doc = read(file)
    const updated = names.reduce((text, name) => replaceSection(text, name, bodies[name]), doc)
    if (process.env.UPDATE_DOCS === '1' && updated !== doc) {
      writeFileSync(new URL(file, root), updated)
      doc = updated
    }
    expect(doc).toBe(updated)
  })

  test('README stays a one-sitting read with a table of contents whose links resolve', () => {
    const readme = read('README.md')
    expect(readme.split('\n').length).toBeLessThanOrEqual(400)
    const headings = new Set(
      [...readme.matchAll(/^#{2,3} (.+)$/gm)].map(m =>
        m[1]
          .toLowerCase()
          .replace(/[^a-z0-9 -]/g, '')
          .replace(/ /g, '-')
      )
    )
    const toc = [...readme.matchAll(/^- \[[^\]]+\]\(#([^)]+)\)/gm)].map(m => m[1])
    expect(toc.length).toBeGreaterThanOrEqual(8)
    for (const anchor of toc) expect({ anchor, found: headings.has(anchor) }).toEqual({ anchor, found: true })
    // Every relative link to a file in the repository points at a file that exists.
    for (const [, target] of readme.matchAll(/\]\(((?:docs|schemas|policies|rules|catalog)\/[^)#]+)/g)) {
      expect({ target, exists: existsSync(new URL(target, root)) }).toEqual({ target, exists: true })
    }
  })

  test('schemas/policy.schema.json is the schema the policy loader uses', () => {
    const schema = JSON.stringify(buildPolicySchema(CONTROLS), null, 2) + '\n'
    if (process.env.UPDATE_DOCS === '1') writeFileSync(new URL('schemas/policy.schema.json', root), schema)
    expect(read('schemas/policy.schema.json')).toBe(schema)
  })

  test('package.json and the tool version agree', async () => {
    const { TOOL_VERSION } = await import('../src/version.js')
    expect(JSON.parse(read('package.json')).version).toBe(TOOL_VERSION)
  })
})
