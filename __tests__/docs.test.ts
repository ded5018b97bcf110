/**
 * README.md's generated sections must match the code: controls (with defaults from policies/default.yml),
 * inputs/outputs (action.yml) and IaC checks. Run `UPDATE_DOCS=1 npm test -- docs` to rewrite them.
 * Also: schemas/policy.schema.json is the schema the loader validates with.
 */
import { describe, expect, test } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
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

  test('README sections match the code', () => {
    const defaults = resolvePolicy(CONTROLS, DEFAULT_POLICY_TEXT)
    let readme = read('README.md')
    const expected = [
      ['controls-table', renderControlsTable(CONTROLS, defaults)],
      ['controls-details', renderControlDetails(CONTROLS, defaults)],
      ['inputs-outputs', renderInputsOutputs(read('action.yml'))],
      ['iac-checks', renderIacChecks(IAC_CHECKS)]
    ] as const
    const updated = expected.reduce((doc, [name, body]) => replaceSection(doc, name, body), readme)
    if (process.env.UPDATE_DOCS === '1' && updated !== readme) {
      writeFileSync(new URL('README.md', root), updated)
      readme = updated
    }
    expect(readme).toBe(updated)
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
