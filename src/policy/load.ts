/**
 * Policy loading: YAML text → validated, resolved policy. Every error names the file, line, column and key.
 */
import { createHash } from 'node:crypto'
import type { ErrorObject } from 'ajv'
import { isMap, isPair, isScalar, LineCounter, parseDocument, type Document, type Node } from 'yaml'
import type { Control } from '../controls/types.js'
import { buildPolicySchema, COMMON_CONTROL_KEYS, POLICY_PACK_NAMES } from './schema.js'
import { POLICY_PACK_TEXTS } from './packs.generated.js'
import { POLICY_SCHEMA_SHA256, validate as precompiledValidate } from './policy-validator.generated.js'

export type Escalation = 'fail' | 'warn'

export interface ResolvedControlPolicy {
  enabled: boolean
  on_fail: Escalation
  on_not_verified: Escalation
  /** The control's own keys, as written in the policy (kebab-case), defaults filled in. */
  params: Record<string, unknown>
}

export interface PolicySource {
  /** Path as given (or `policies/default.yml (bundled)`). */
  path: string
  bundled: boolean
  sha256: string
  /** The commit the file was read from, when it was read from git or the API rather than the workspace. */
  ref?: string
}

export interface ResolvedPolicy {
  version: 1
  description?: string
  /** The files that made this policy, base first. */
  sources: PolicySource[]
  /** How the policy was chosen, when it matters (e.g. the change edits the policy file). */
  notes?: string[]
  controls: Record<string, ResolvedControlPolicy>
}

export interface PolicyIssue {
  file: string
  line: number
  column: number
  key: string
  message: string
}

export class PolicyError extends Error {
  constructor(readonly issues: PolicyIssue[]) {
    super(issues.map(formatIssue).join('\n'))
    this.name = 'PolicyError'
  }
}

export function formatIssue(issue: PolicyIssue): string {
  const where = issue.line > 0 ? `${issue.file}:${issue.line}:${issue.column}` : issue.file
  return `${where}: ${issue.key ? `${issue.key}: ` : ''}${issue.message}`
}

export function sha256(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex')
}

interface RawPolicy {
  version: 1
  /** `default`, `none`, a bundled pack name, or a list of pack names (and `default`). */
  extends?: string | string[]
  description?: string
  controls?: Record<string, Record<string, unknown>>
}

/** A schema validator: true when valid, else false with `errors` (ajv's error objects). */
interface PolicyValidator {
  (data: unknown): boolean
  errors?: ErrorObject[] | null
}

const validators = new WeakMap<readonly Control<any>[], PolicyValidator>()

/** ajv, loaded by prepareValidator only for a schema that was not precompiled (its module costs ~30 ms at start-up). */
let ajvModule: Pick<typeof import('ajv'), 'Ajv'> | undefined

/** Whether these controls build the precompiled schema (the control registry's). */
function precompiledFor(controls: readonly Control<any>[]): { schema: object; precompiled: boolean } {
  const schema = buildPolicySchema(controls)
  return { schema, precompiled: sha256(JSON.stringify(schema)) === POLICY_SCHEMA_SHA256 }
}

/**
 * Load what validatorFor needs for these controls: nothing for the control registry's schema (precompiled), ajv
 * for any other (a test's control set). choosePolicy calls it; callers of resolvePolicy or parsePolicyText with
 * other controls than the registry's call it first.
 */
export async function prepareValidator(controls: readonly Control<any>[]): Promise<void> {
  if (validators.has(controls) || ajvModule) return
  if (precompiledFor(controls).precompiled) validators.set(controls, precompiledValidate)
  else ajvModule = await import('ajv')
}

/**
 * The validator of the policy schema these controls build: the one precompiled at build time
 * (policy-validator.generated.ts, from schemas/policy.schema.json) when the schema is that one, as it is for the
 * control registry; any other schema is compiled here with ajv (same options as the generator's), once
 * prepareValidator has loaded it.
 */
export function validatorFor(controls: readonly Control<any>[]): { validate: PolicyValidator; precompiled: boolean } {
  const cached = validators.get(controls)
  if (cached) return { validate: cached, precompiled: cached === precompiledValidate }
  const { schema, precompiled } = precompiledFor(controls)
  let validate: PolicyValidator = precompiledValidate
  if (!precompiled) {
    if (!ajvModule) throw new Error('this control set builds a policy schema that was not precompiled: await prepareValidator(controls) first')
    // validateSchema: false skips compiling the draft-07 meta-schema (a third of the compile time); the schema is
    // built from the control registry, and the tests compile it.
    validate = new ajvModule.Ajv({ allErrors: true, strict: false, validateSchema: false }).compile(schema)
  }
  validators.set(controls, validate)
  return { validate, precompiled: validate === precompiledValidate }
}

/** Parse and validate one policy file's text. Throws PolicyError. */
export function parsePolicyText(text: string, file: string, controls: readonly Control<any>[]): RawPolicy {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true })
  const position = (offset: number | undefined) => {
    if (offset === undefined) return { line: 0, column: 0 }
    const p = lineCounter.linePos(offset)
    return { line: p.line, column: p.col }
  }
  if (doc.errors.length > 0) {
    throw new PolicyError(doc.errors.map(e => ({ file, ...position(e.pos[0]), key: '', message: `YAML syntax error: ${e.message.split('\n')[0]}` })))
  }
  const value = doc.toJS({ maxAliasCount: 100 }) as unknown
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new PolicyError([{ file, line: 1, column: 1, key: '', message: 'a policy must be a YAML mapping with at least `version: 1`' }])
  }
  const { validate } = validatorFor(controls)
  if (!validate(value)) {
    const known = controls.map(c => c.meta.id)
    const issues = dedupe((validate.errors ?? []).map(e => toIssue(e, doc, file, position, known, controls)))
    throw new PolicyError(issues)
  }
  return value as RawPolicy
}

function dedupe(issues: PolicyIssue[]): PolicyIssue[] {
  const seen = new Set<string>()
  return issues.filter(i => {
    const k = formatIssue(i)
    if (seen.has(k)) return false
    seen.add(k)
    return true
  })
}

function toIssue(
  error: ErrorObject,
  doc: Document,
  file: string,
  position: (offset: number | undefined) => { line: number; column: number },
  known: string[],
  controls: readonly Control<any>[]
): PolicyIssue {
  const segments = error.instancePath
    .split('/')
    .slice(1)
    .map(s => s.replace(/~1/g, '/').replace(/~0/g, '~'))
  const key = segments.join('.')
  let node = doc.getIn(segments, true) as Node | undefined
  let message = error.message ?? 'invalid'
  let keyName = key
  if (error.keyword === 'additionalProperties') {
    const extra = String((error.params as { additionalProperty: string }).additionalProperty)
    keyName = key ? `${key}.${extra}` : extra
    const parent = doc.getIn(segments, true)
    if (isMap(parent)) {
      const pair = parent.items.find(p => isPair(p) && isScalar(p.key) && String(p.key.value) === extra)
      if (pair && isScalar(pair.key)) node = pair.key
    }
    if (segments.length === 1 && segments[0] === 'controls') {
      message = `unknown control id '${extra}'; known controls: ${known.join(', ')}`
    } else if (segments[0] === 'controls' && segments.length === 2) {
      const control = controls.find(c => c.meta.id === segments[1])
      const allowed = Object.keys({ ...COMMON_CONTROL_KEYS, ...(control?.meta.paramsSchema ?? {}) })
      message = `unknown key '${extra}' for ${segments[1]}; allowed keys: ${allowed.join(', ')}`
    } else {
      message = `unknown key '${extra}'`
    }
  } else if (segments[0] === 'extends') {
    keyName = 'extends'
    node = doc.getIn(['extends'], true) as Node | undefined
    message = `must be \`default\`, \`none\`, a bundled pack (${POLICY_PACK_NAMES.join(', ')}) or a list of packs without \`none\``
  } else if (error.keyword === 'enum') {
    message = `${message}: ${JSON.stringify((error.params as { allowedValues: unknown[] }).allowedValues)}`
  } else if (error.keyword === 'required') {
    message = `missing required key '${(error.params as { missingProperty: string }).missingProperty}'`
  } else if (error.keyword === 'const') {
    message = `must be ${JSON.stringify((error.params as { allowedValue: unknown }).allowedValue)}`
  }
  const range = (node as { range?: [number, number, number] } | undefined)?.range
  return { file, ...position(range?.[0] ?? (doc.contents as { range?: number[] } | null)?.range?.[0]), key: keyName, message }
}

/**
 * Resolve a policy: control defaults, then the bundled default policy (unless `extends: none`), then each bundled
 * pack the file extends (itself resolved the same way; each layer once, first occurrence wins), then the user's
 * file. `defaultText` is policies/default.yml; `packs` the bundled framework packs (policies/<name>.yml).
 */
export function resolvePolicy(
  controls: readonly Control<any>[],
  defaultText: string,
  user?: { text: string; path: string; ref?: string },
  packs: Readonly<Record<string, string>> = POLICY_PACK_TEXTS
): ResolvedPolicy {
  const defaultPath = 'policies/default.yml (bundled)'
  const base = parsePolicyText(defaultText, defaultPath, controls)
  const defaultLayer: Layer = { raw: base, source: { path: defaultPath, bundled: true, sha256: sha256(defaultText) } }
  const userRaw = user ? parsePolicyText(user.text, user.path, controls) : undefined
  const userLayer: Layer | null =
    userRaw && user ? { raw: userRaw, source: { path: user.path, bundled: false, sha256: sha256(user.text), ...(user.ref ? { ref: user.ref } : {}) } } : null
  const expanded = userLayer ? layersOf(userLayer, { controls, packs, defaultLayer }, []) : [defaultLayer]
  const seen = new Set<string>()
  const layers = expanded.filter(l => (seen.has(l.source.path) ? false : (seen.add(l.source.path), true)))

  const resolved: Record<string, ResolvedControlPolicy> = {}
  for (const control of controls) {
    const entry: ResolvedControlPolicy = {
      enabled: false,
      on_fail: 'fail',
      on_not_verified: 'fail',
      params: structuredClone(control.meta.defaults as Record<string, unknown>)
    }
    for (const { raw } of layers) {
      const settings = raw.controls?.[control.meta.id]
      if (!settings) continue
      // Listing a control turns it on unless it says `enabled: false`.
      entry.enabled = settings.enabled === undefined ? true : Boolean(settings.enabled)
      if (settings['on-fail'] !== undefined) entry.on_fail = settings['on-fail'] as Escalation
      if (settings['on-not-verified'] !== undefined) entry.on_not_verified = settings['on-not-verified'] as Escalation
      for (const [k, v] of Object.entries(settings)) {
        if (k in COMMON_CONTROL_KEYS) continue
        entry.params[k] = structuredClone(v)
      }
    }
    resolved[control.meta.id] = entry
  }
  const description = [...layers].reverse().find(l => l.raw.description)?.raw.description
  return { version: 1, ...(description ? { description } : {}), sources: layers.map(l => l.source), controls: resolved }
}

interface Layer {
  raw: RawPolicy
  source: PolicySource
}

interface ExpandContext {
  controls: readonly Control<any>[]
  packs: Readonly<Record<string, string>>
  defaultLayer: Layer
}

/** The layers a policy file stands on (what it extends, recursively), then the file itself. */
function layersOf(self: Layer, ctx: ExpandContext, stack: string[]): Layer[] {
  const ext = self.raw.extends
  const names = ext === undefined ? ['default'] : Array.isArray(ext) ? ext : [ext]
  const out: Layer[] = []
  for (const name of names) {
    if (name === 'none') continue
    if (name === 'default') {
      out.push(ctx.defaultLayer)
      continue
    }
    const path = `policies/${name}.yml (bundled)`
    const text = ctx.packs[name]
    if (text === undefined || stack.includes(name)) {
      const why =
        text === undefined
          ? `unknown policy pack '${name}'; bundled packs: ${Object.keys(ctx.packs).join(', ')}`
          : `packs extend each other in a cycle: ${[...stack, name].join(' → ')}`
      throw new PolicyError([{ file: self.source.path, line: 0, column: 0, key: 'extends', message: why }])
    }
    const raw = parsePolicyText(text, path, ctx.controls)
    out.push(...layersOf({ raw, source: { path, bundled: true, sha256: sha256(text) } }, ctx, [...stack, name]))
  }
  out.push(self)
  return out
}
