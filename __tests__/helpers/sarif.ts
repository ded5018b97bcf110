/**
 * SARIF 2.1.0 validation with the schema @microsoft/jest-sarif ships (OASIS's sarif-schema-2.1.0, rtm.5): a
 * draft-04 schema, so ajv-draft-04, with unicodeRegExp off (one of its patterns is rejected in unicode mode).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import AjvDraft04Module from 'ajv-draft-04'
import addFormatsModule from 'ajv-formats'
import { PROJECT_ROOT } from './runner.js'

interface Validator {
  (data: unknown): boolean
  errors?: { instancePath: string; message?: string }[] | null
}
type AjvLike = new (options: Record<string, unknown>) => { compile(schema: unknown): Validator }
const AjvDraft04 = ((AjvDraft04Module as unknown as { default?: AjvLike }).default ?? AjvDraft04Module) as unknown as AjvLike

let validator: Validator | undefined

/** Schema errors of a SARIF log ([] when valid). */
export function sarifSchemaErrors(log: unknown): string[] {
  if (!validator) {
    const schema = JSON.parse(readFileSync(join(PROJECT_ROOT, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'))
    const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false })
    ;(addFormatsModule as unknown as { default: (a: unknown) => void }).default(ajv)
    validator = ajv.compile(schema)
  }
  return validator(log) ? [] : (validator.errors ?? []).map(e => `${e.instancePath} ${e.message ?? ''}`)
}
