#!/usr/bin/env node
/**
 * rules/secrets/rules.yaml → src/secrets/rules.generated.ts (data only, so ncc bundles the rule table).
 * Validates the table (unique ids, required fields, regexes compile, keywords lower-case ASCII).
 *   node scripts/gen-secret-rules.mjs          write the file
 *   node scripts/gen-secret-rules.mjs --check  exit 1 when the generated file is out of date
 */
import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync, existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const SRC = join(root, 'rules/secrets/rules.yaml')
const OUT = join(root, 'src/secrets/rules.generated.ts')
const KEYS = [
  'id',
  'description',
  'regex',
  'keywords',
  'entropy',
  'allow',
  'secret-group',
  'severity',
  'multiline',
  'generic',
  'no-placeholder-check',
  'decoded',
  'report-at',
  'paths',
  'checksum',
  'requires',
  'encodes',
  'owns',
  'tests'
]

/** An owned prefix and the shape of the token's rest: `ghp_ [A-Za-z0-9]{36,251}`. */
const OWNED = /^(\S{3,}) \[([^\]]+)\]\{(\d+),(\d+)\}$/

export function render(yamlText) {
  const doc = parse(yamlText)
  if (!doc || !Array.isArray(doc.rules)) throw new Error('rules.yaml: expected a top-level `rules:` list')
  const seen = new Set()
  /** Owned prefix → the rule owning it. */
  const owned = new Map()
  const rules = doc.rules.map((r, i) => {
    const where = `rules[${i}] (${r?.id ?? '?'})`
    for (const k of Object.keys(r)) if (!KEYS.includes(k)) throw new Error(`${where}: unknown key ${k}`)
    if (typeof r.id !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(r.id)) throw new Error(`${where}: bad id`)
    if (seen.has(r.id)) throw new Error(`${where}: duplicate id`)
    seen.add(r.id)
    if (typeof r.description !== 'string' || !r.description) throw new Error(`${where}: description missing`)
    if (typeof r.regex !== 'string') throw new Error(`${where}: regex missing`)
    const ci = r.regex.startsWith('(?i)')
    new RegExp(ci ? r.regex.slice(4) : r.regex, ci ? 'gdi' : 'gd') // throws when invalid
    for (const a of r.allow ?? []) new RegExp(a.startsWith('(?i)') ? a.slice(4) : a)
    if (r['report-at'] !== undefined && (!['match', 'secret'].includes(r['report-at']) || r.multiline !== true))
      throw new Error(`${where}: report-at is match or secret, on multiline rules`)
    if (r.paths !== undefined) new RegExp(r.paths)
    if (r.decoded !== undefined) new RegExp(r.decoded)
    if (r.checksum !== undefined && r.checksum !== 'github-crc32') throw new Error(`${where}: checksum is github-crc32`)
    if (!Array.isArray(r.keywords) || r.keywords.length === 0) throw new Error(`${where}: keywords missing`)
    if (r.requires !== undefined) {
      if (!Array.isArray(r.requires) || r.requires.length === 0 || r.requires.some(q => typeof q !== 'string' || q === ''))
        throw new Error(`${where}: requires is a list of non-empty strings`)
      for (const [j, t] of (r.tests?.positives ?? []).entries())
        if (!r.requires.some(q => t.includes(q))) throw new Error(`${where}: tests.positives[${j}] holds none of requires`)
    }
    if (r.owns !== undefined) {
      if (!Array.isArray(r.owns) || r.owns.length === 0 || r.owns.some(q => typeof q !== 'string' || !OWNED.test(q)))
        throw new Error(`${where}: owns is a list of 'PREFIX [class]{min,max}' (a prefix of 3 or more characters, the shape of the rest)`)
      for (const entry of r.owns) {
        const [, q, cls, min, max] = OWNED.exec(entry)
        new RegExp(`[${cls}]`)
        if (Number(min) > Number(max)) throw new Error(`${where}: owns ${entry}: min over max`)
        const other = owned.get(q)
        if (other !== undefined) throw new Error(`${where}: prefix ${q} is owned by ${other} too`)
        owned.set(q, r.id)
        if (!(r.tests?.positives ?? []).some(t => t.includes(q))) throw new Error(`${where}: no positive holds the owned prefix ${q}`)
      }
    }
    for (const k of r.keywords) {
      if (typeof k !== 'string' || k.length < (r.paths ? 1 : 2) || k !== k.toLowerCase() || /[^\x20-\x7e]/.test(k)) {
        throw new Error(`${where}: keyword ${JSON.stringify(k)} must be lower-case printable ASCII, ≥ 2 chars`)
      }
    }
    if (
      !r.tests ||
      !Array.isArray(r.tests.positives) ||
      r.tests.positives.length === 0 ||
      !Array.isArray(r.tests.negatives) ||
      r.tests.negatives.length === 0
    ) {
      throw new Error(`${where}: tests.positives and tests.negatives are required`)
    }
    if (r.encodes !== undefined && (!Array.isArray(r.encodes) || r.encodes.length === 0 || r.encodes.some(e => typeof e !== 'string')))
      throw new Error(`${where}: encodes is a list of rule ids`)
    const out = {}
    for (const k of KEYS) if (r[k] !== undefined) out[k] = r[k]
    return out
  })
  for (const r of rules) for (const e of r.encodes ?? []) if (!seen.has(e)) throw new Error(`${r.id}: encodes names no rule: ${e}`)
  const digest = createHash('sha256').update(JSON.stringify(rules)).digest('hex')
  const version = `${doc.version ?? 1}.${digest.slice(0, 12)}`
  return (
    '// Generated by scripts/gen-secret-rules.mjs from rules/secrets/rules.yaml. Do not edit.\n' +
    "import type { SecretRuleDef } from '../model/facts/secrets.js'\n\n" +
    `export const RULES_VERSION = ${JSON.stringify(version)}\n` +
    `export const RULES_DIGEST = ${JSON.stringify(digest)}\n\n` +
    `export const RULES: readonly SecretRuleDef[] = ${JSON.stringify(rules, null, 2)}\n`
  )
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]
if (isMain) {
  const text = render(readFileSync(SRC, 'utf8'))
  if (process.argv.includes('--check')) {
    const current = existsSync(OUT) ? readFileSync(OUT, 'utf8') : ''
    if (current !== text) {
      console.error('src/secrets/rules.generated.ts is out of date: run node scripts/gen-secret-rules.mjs')
      process.exit(1)
    }
    console.log('rules.generated.ts is up to date')
  } else {
    writeFileSync(OUT, text)
    console.log(`wrote ${OUT}`)
  }
}
