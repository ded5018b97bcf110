/**
 * The policy schema is compiled at build time (scripts/gen-policy-validator.mjs → policy-validator.generated.ts)
 * so a run does not compile it with ajv. The module must be current, the loader must use it for the control
 * registry (and compile any other schema itself), and it must judge policies exactly as ajv's own compile of
 * the same schema does: the same verdict and the same errors, on policies of every kind of mistake.
 */
import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { Ajv } from 'ajv'
import { parse } from 'yaml'
// @ts-expect-error: plain ESM script without types
import { AJV_OPTIONS, renderPolicyValidatorModule } from '../../scripts/gen-policy-validator.mjs'
import { CONTROLS } from '../../src/controls/index.js'
import { DEFAULT_POLICY_TEXT } from '../../src/policy/default-policy.generated.js'
import { parsePolicyText, PolicyError, prepareValidator, validatorFor } from '../../src/policy/load.js'
import { POLICY_PACK_TEXTS } from '../../src/policy/packs.generated.js'
import { buildPolicySchema } from '../../src/policy/schema.js'

const read = (p: string) => readFileSync(new URL(`../../${p}`, import.meta.url), 'utf8')

describe('the precompiled policy validator', () => {
  test('src/policy/policy-validator.generated.ts is current (run `node scripts/gen-policy-validator.mjs`)', () => {
    expect(read('src/policy/policy-validator.generated.ts')).toBe(renderPolicyValidatorModule(read('schemas/policy.schema.json')))
  })

  test('the loader uses it for the control registry, and compiles a schema it was not built from', async () => {
    expect(validatorFor(CONTROLS).precompiled).toBe(true)
    const fewer = CONTROLS.slice(1)
    // ajv is loaded only for a schema that was not precompiled, and only when asked to be.
    expect(() => validatorFor(fewer)).toThrow(/prepareValidator/)
    await prepareValidator(fewer)
    const other = validatorFor(fewer)
    expect(other.precompiled).toBe(false)
    // The compiled one knows its own controls: the registry's first control is unknown to it.
    expect(other.validate({ version: 1, controls: { [CONTROLS[0].meta.id]: { enabled: true } } })).toBe(false)
    expect(validatorFor(CONTROLS).validate({ version: 1, controls: { [CONTROLS[0].meta.id]: { enabled: true } } })).toBe(true)
    // The loader's own compile takes the generator's options: every error at once (allErrors), the same errors.
    const twoErrors = { version: 2, controls: { [CONTROLS[1].meta.id]: { enabled: 'yes' } } }
    const reference = new Ajv(AJV_OPTIONS).compile(buildPolicySchema(fewer))
    expect(reference(twoErrors)).toBe(false)
    expect(other.validate(twoErrors)).toBe(false)
    expect(reference.errors?.length).toBeGreaterThanOrEqual(2)
    expect(other.validate.errors).toEqual(reference.errors)
  })

  const ids = CONTROLS.map(c => c.meta.id)
  const secrets = 'secrets.no-new-secrets'
  const cases: [string, unknown][] = [
    ['the default policy', parse(DEFAULT_POLICY_TEXT)],
    ...Object.entries(POLICY_PACK_TEXTS).map(([name, text]): [string, unknown] => [`pack ${name}`, parse(text)]),
    ['no version', { controls: {} }],
    ['version 2', { version: 2 }],
    ['a root key of its own', { version: 1, owner: 'me' }],
    ['extends an unknown pack', { version: 1, extends: 'nope' }],
    ['extends the same pack twice (uniqueItems)', { version: 1, extends: ['soc2', 'soc2'] }],
    ['extends an empty list', { version: 1, extends: [] }],
    ['an unknown control', { version: 1, controls: { 'no.such-control': {} } }],
    [
      'every control with a wrong type for each common key',
      { version: 1, controls: Object.fromEntries(ids.map(id => [id, { enabled: 'yes', 'on-fail': 'explode', 'on-not-verified': 1 }])) }
    ],
    ['a control that is not a mapping', { version: 1, controls: { [ids[0]]: [] } }],
    ['controls as a list', { version: 1, controls: [] }],
    ['a param of the wrong type', { version: 1, controls: { [secrets]: { 'max-file-size': 'big', 'exclude-paths': 'x' } } }],
    ['a param below its minimum', { version: 1, controls: { [secrets]: { 'max-file-size': 0 } } }],
    ['a custom rule without a regex and with a bad id', { version: 1, controls: { [secrets]: { 'custom-rules': [{ id: '-bad' }, 'rule'] } } }],
    ['an empty string where one character is the minimum (ucs2length)', { version: 1, controls: { 'checks.required': { checks: [''] } } }],
    ['one astral character meets a minimum length of 1', { version: 1, controls: { 'checks.required': { checks: ['\u{1F600}'] } } }],
    ['an unknown param key', { version: 1, controls: { [secrets]: { 'max-size': 1 } } }],
    ['a mapping where a list is expected', { version: 1, controls: { 'change.ticket': { sources: { a: 1 } } } }],
    ['null root', null],
    ['a string root', 'version: 1']
  ]

  test.each(cases)('%s: the same verdict and errors as ajv compiling the schema', (_name, policy) => {
    const ajv = new Ajv(AJV_OPTIONS).compile(buildPolicySchema(CONTROLS))
    const { validate } = validatorFor(CONTROLS)
    const ok = validate(policy)
    expect(ok).toBe(ajv(policy))
    expect(ok ? null : validate.errors).toEqual(ok ? null : ajv.errors)
  })

  test('a policy error still names the file, line and key (through the precompiled validator)', () => {
    const text = 'version: 1\ncontrols:\n  secrets.no-new-secrets:\n    max-file-size: big\n'
    expect(() => parsePolicyText(text, 'policies/p.yml', CONTROLS)).toThrow(PolicyError)
    expect(() => parsePolicyText(text, 'policies/p.yml', CONTROLS)).toThrow(/policies\/p\.yml:4:\d+: controls\.secrets\.no-new-secrets\.max-file-size: /)
  })
})
