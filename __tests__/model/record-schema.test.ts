/**
 * The record's JSON Schema is checked against the TypeScript types it describes: every field of ChangeRecord,
 * of its subject and of FactGroups is in the schema (and nothing else), so the two cannot drift apart.
 */
import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import ts from 'typescript'
import { FACT_GROUPS } from '../../src/model/facts/index.js'
import { RECORD_SCHEMA_ID, RECORD_VERSION } from '../../src/model/record.js'

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')
const schema = JSON.parse(read('schemas/change-record.v2.schema.json'))

/** The property names of an interface (or of an inline object type of one of its properties) in a source file. */
function members(file: string, name: string, property?: string): { all: string[]; required: string[] } {
  const source = ts.createSourceFile(file, read(file), ts.ScriptTarget.ES2022, true)
  let found: ts.NodeArray<ts.TypeElement> | undefined
  source.forEachChild(node => {
    if (ts.isInterfaceDeclaration(node) && node.name.text === name) found = node.members
  })
  if (!found) throw new Error(`interface ${name} not found in ${file}`)
  let list = found
  if (property) {
    const p = found.find(m => m.name && (m.name as ts.Identifier).text === property) as ts.PropertySignature | undefined
    if (!p?.type || !ts.isTypeLiteralNode(p.type)) throw new Error(`${name}.${property} is not an inline object type`)
    list = p.type.members
  }
  const props = list.filter(ts.isPropertySignature)
  const text = (m: ts.PropertySignature) => (ts.isIdentifier(m.name) || ts.isStringLiteral(m.name) ? m.name.text : m.name.getText())
  return {
    all: props.map(text).sort(),
    required: props
      .filter(m => !m.questionToken)
      .map(text)
      .sort()
  }
}

describe('change record schema v2 follows the types', () => {
  test('id and version', () => {
    expect(schema.$id).toBe(RECORD_SCHEMA_ID)
    expect(schema.properties.$schema.const).toBe(RECORD_SCHEMA_ID)
    expect(schema.properties.record_version.const).toBe(RECORD_VERSION)
  })

  test('top-level fields: the same names, the same required ones', () => {
    const { all, required } = members('src/model/record.ts', 'ChangeRecord')
    expect(Object.keys(schema.properties).sort()).toEqual(all)
    expect([...schema.required].sort()).toEqual(required)
    expect(schema.additionalProperties).toBe(false)
  })

  test('subject fields', () => {
    const { all, required } = members('src/model/record.ts', 'ChangeRecord', 'subject')
    expect(Object.keys(schema.properties.subject.properties).sort()).toEqual(all)
    expect([...schema.properties.subject.required].sort()).toEqual(required)
  })

  test('every fact group is a named field of facts, and only those', () => {
    const { all } = members('src/model/facts/index.ts', 'FactGroups')
    expect(all).toEqual([...FACT_GROUPS].sort())
    expect(Object.keys(schema.properties.facts.properties).sort()).toEqual(all)
    expect(schema.properties.facts.additionalProperties).toBe(false)
  })

  test('policy origin fields', () => {
    const { all, required } = members('src/model/record.ts', 'PolicyOrigin')
    expect(Object.keys(schema.properties.policy_origin.properties).sort()).toEqual(all)
    expect([...schema.properties.policy_origin.required].sort()).toEqual(required)
  })
})
