/**
 * A control's param default is written in `meta.defaults` (what the loader fills in) and policies/default.yml
 * (the policy every repository starts from); the policy schema (schemas/policy.schema.json) takes its defaults
 * from `meta.defaults` (src/policy/schema.ts), and a `default` a control also writes in its paramsSchema must
 * be the same. All must agree, control by control and key by key; a failure names the control, the key and
 * the values.
 *
 * The common keys (enabled, on-fail, on-not-verified) are the default policy's choices per control (opt-in
 * controls off, classic protection warn-only) over the schema's generic default, so only params are compared.
 */
import { describe, expect, test } from '@jest/globals'
import { isDeepStrictEqual } from 'node:util'
import { parse } from 'yaml'
import { CONTROLS } from '../../src/controls/index.js'
import { DEFAULT_POLICY_TEXT } from '../../src/policy/default-policy.generated.js'
import { buildPolicySchema, COMMON_CONTROL_KEYS } from '../../src/policy/schema.js'

const defaultPolicy = parse(DEFAULT_POLICY_TEXT) as { controls: Record<string, Record<string, unknown> | null> }
const COMMON = new Set(Object.keys(COMMON_CONTROL_KEYS))
const built = buildPolicySchema(CONTROLS) as { properties: { controls: { properties: Record<string, { properties: Record<string, { default?: unknown }> }> } } }
const show = (v: unknown) => (v === undefined ? '(not written)' : JSON.stringify(v))

describe.each(CONTROLS.map(c => [c.meta.id, c] as const))('%s: param defaults agree', (id, control) => {
  const defaults = control.meta.defaults as Record<string, unknown>
  const schema = control.meta.paramsSchema as Record<string, { default?: unknown }>
  const inYaml = defaultPolicy.controls[id] ?? {}

  test('meta.defaults and the policy schema name the same params, and each default is the same value', () => {
    const problems: string[] = []
    const published = built.properties.controls.properties[id].properties
    for (const key of Object.keys(defaults)) {
      if (!(key in schema)) problems.push(`${id}.${key}: in meta.defaults (${show(defaults[key])}) but not in meta.paramsSchema`)
      else if ('default' in schema[key] && !isDeepStrictEqual(schema[key].default, defaults[key]))
        problems.push(`${id}.${key}: meta.defaults ${show(defaults[key])}, paramsSchema default ${show(schema[key].default)}`)
      else if (!isDeepStrictEqual(published[key]?.default, defaults[key]))
        problems.push(`${id}.${key}: meta.defaults ${show(defaults[key])}, policy schema default ${show(published[key]?.default)}`)
    }
    for (const key of Object.keys(schema)) {
      if ('default' in schema[key] && !(key in defaults))
        problems.push(`${id}.${key}: paramsSchema default ${show(schema[key].default)} but not in meta.defaults`)
    }
    expect(problems).toEqual([])
  })

  test('every param policies/default.yml writes is the control default', () => {
    const problems: string[] = []
    for (const [key, value] of Object.entries(inYaml)) {
      if (COMMON.has(key)) continue
      if (!(key in schema)) problems.push(`${id}.${key}: in policies/default.yml but not a param of the control`)
      else if (!isDeepStrictEqual(value, defaults[key]))
        problems.push(`${id}.${key}: policies/default.yml ${show(value)}, meta.defaults ${show(defaults[key])}, schema default ${show(schema[key].default)}`)
    }
    expect(problems).toEqual([])
  })
})

test('every control of policies/default.yml exists, and every control is in it', () => {
  expect(Object.keys(defaultPolicy.controls).sort()).toEqual(CONTROLS.map(c => c.meta.id).sort())
})
