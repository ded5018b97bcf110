/**
 * The policy's JSON Schema, built from the control registry so each control's keys live beside its logic.
 * `schemas/policy.schema.json` is this schema written out (scripts/gen-docs.mjs); a test keeps them equal.
 */
import type { Control } from '../controls/types.js'
import { POLICY_PACK_TEXTS } from './packs.generated.js'

/** Bundled framework packs (policies/<name>.yml), by name. */
export const POLICY_PACK_NAMES: readonly string[] = Object.keys(POLICY_PACK_TEXTS)

export const POLICY_SCHEMA_ID = 'https://compliance-gate.dev/schemas/policy/v1.json'

export const COMMON_CONTROL_KEYS: Record<string, Record<string, unknown>> = {
  enabled: { type: 'boolean', description: 'Whether the control runs.', default: true },
  'on-fail': {
    enum: ['fail', 'warn'],
    description: '`fail`: a failing verdict fails the gate. `warn`: it is reported as a warning only.',
    default: 'fail'
  },
  'on-not-verified': {
    enum: ['fail', 'warn'],
    description: 'Whether a verdict of not verified (the facts could not be read) fails the gate or warns.',
    default: 'fail'
  }
}

/**
 * A control's params as the schema shows them, each `default` taken from `meta.defaults` (the values the loader
 * fills in), so the schema cannot disagree with them; __tests__/policy/param-defaults.test.ts checks that a
 * default written in paramsSchema too, and policies/default.yml, say the same.
 */
function paramsWithDefaults(control: Control<any>): Record<string, unknown> {
  const defaults = control.meta.defaults as Record<string, unknown>
  const out: Record<string, unknown> = {}
  for (const [key, schema] of Object.entries(control.meta.paramsSchema)) {
    out[key] = key in defaults ? { ...(schema as Record<string, unknown>), default: defaults[key] } : schema
  }
  return out
}

export function buildPolicySchema(controls: readonly Control<any>[]): Record<string, unknown> {
  const controlProperties: Record<string, unknown> = {}
  for (const control of controls) {
    controlProperties[control.meta.id] = {
      type: 'object',
      description: `${control.meta.title}. ${control.meta.question}`,
      additionalProperties: false,
      properties: { ...COMMON_CONTROL_KEYS, ...paramsWithDefaults(control) }
    }
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: POLICY_SCHEMA_ID,
    title: 'compliance-gate policy',
    type: 'object',
    additionalProperties: false,
    required: ['version'],
    properties: {
      version: { const: 1, description: 'Policy format version.' },
      extends: {
        anyOf: [
          { enum: ['default', 'none', ...POLICY_PACK_NAMES] },
          { type: 'array', minItems: 1, uniqueItems: true, items: { enum: ['default', ...POLICY_PACK_NAMES] } }
        ],
        default: 'default',
        description:
          '`default`: controls and keys not given here take their values from the bundled policies/default.yml. `none`: only the controls listed here run. ' +
          `A bundled framework pack (${POLICY_PACK_NAMES.map(n => `\`${n}\``).join(', ') || 'none bundled'}) or a list of them: the default policy, then each pack in order, then this file (docs/frameworks.md).`
      },
      description: { type: 'string', description: 'Free text shown in the evidence.' },
      controls: {
        type: 'object',
        description: 'Per-control settings, keyed by control id.',
        additionalProperties: false,
        properties: controlProperties
      }
    }
  }
}
