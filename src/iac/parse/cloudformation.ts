/**
 * CloudFormation templates (YAML or JSON) → normalized resources. Short-form intrinsics (`!Ref`, `!Sub`,
 * `!GetAtt`, `!If` …) are read from the YAML node tags and turned into their long form; then values resolve
 * against parameter defaults, conditions and mappings. A reference to another resource (`!Ref Key`,
 * `!GetAtt Key.Arn`) is a Ref marker; an intrinsic that cannot be decided statically is Unknown.
 */
import { isPlainObject, isRef, isUnknown, looksSecret, templateMarker, unknown, type IacResource, type RegionFact, type Value } from '../../model/facts/iac.js'
import { parseYamlWithLines, type JsonLines } from './json-lines.js'

const SHORT_FORMS = new Set([
  'Ref',
  'Sub',
  'GetAtt',
  'If',
  'Join',
  'Select',
  'Split',
  'FindInMap',
  'Base64',
  'ImportValue',
  'GetAZs',
  'Equals',
  'And',
  'Or',
  'Not',
  'Condition',
  'Cidr',
  'Transform',
  'Length',
  'ToJsonString'
])

function onTag(tag: string, value: unknown): unknown {
  const name = tag.slice(1)
  if (!SHORT_FORMS.has(name)) return value
  if (name === 'Ref' || name === 'Condition') return { [name]: value }
  if (name === 'GetAtt' && typeof value === 'string') {
    const i = value.indexOf('.')
    return { 'Fn::GetAtt': i < 0 ? [value] : [value.slice(0, i), value.slice(i + 1)] }
  }
  return { [`Fn::${name}`]: value }
}

/** Cheap sniff: does this YAML/JSON text look like a CloudFormation template? */
export function looksLikeCloudFormation(text: string): boolean {
  return /AWSTemplateFormatVersion/.test(text) || /["']?Type["']?\s*:\s*["']?AWS::[A-Za-z0-9]+::/.test(text)
}

export interface CfnTemplate {
  resources: IacResource[]
  regions: RegionFact[]
}

/** Parse and resolve a template; throws JsonSyntaxError (with line) on bad YAML/JSON. */
export function parseCloudFormation(file: string, text: string, changed: boolean): CfnTemplate | null {
  const { value, lines } = parseYamlWithLines(text, onTag)
  if (!isObj(value)) return null
  const resources = value.Resources
  if (!isObj(resources)) return null
  const isTemplate =
    'AWSTemplateFormatVersion' in value || Object.values(resources).some(r => isObj(r) && typeof r.Type === 'string' && /^(AWS|Alexa|Custom)::/.test(r.Type))
  if (!isTemplate) return null
  const ctx = new CfnContext(value)
  const out: IacResource[] = []
  for (const [id, r] of Object.entries(resources)) {
    if (!isObj(r) || typeof r.Type !== 'string') continue
    if (typeof r.Condition === 'string') {
      const c = ctx.condition(r.Condition)
      if (c === false) continue
    }
    const ptr = `/Resources/${esc(id)}`
    const own = isObj(r.Properties) ? r.Properties : {}
    const positions: Record<string, number> = {}
    collectPositions(own, `${ptr}/Properties`, '', lines, positions)
    const section = samGlobalsSection(r.Type)
    const globals = section && isObj(value.Globals) && isObj(value.Globals[section]) ? value.Globals[section] : undefined
    // a setting inherited from SAM's Globals is judged on the resource and shown at its line in Globals
    if (globals) collectPositions(globals, `/Globals/${esc(section as string)}`, '', lines, positions)
    const props = globals ? mergeSamGlobals(globals, own) : own
    const attributes = ctx.resolve(props, 0)
    const service = r.Type.split('::')[1] ?? ''
    out.push({
      address: id,
      type: r.Type,
      name: id,
      provider: 'cfn',
      module: '',
      file,
      line: lines.line(ptr),
      end_line: lines.endLine(ptr),
      attributes: isPlainObject(attributes) ? attributes : {},
      positions,
      changed,
      source: 'config'
    })
    void service
  }
  const regions: RegionFact[] = []
  if (out.length > 0) {
    regions.push({
      subject: file,
      kind: 'template',
      provider: 'cfn',
      value: unknown('a CloudFormation stack deploys to the region chosen at deploy time (AWS::Region)'),
      file,
      line: lines.line('/Resources'),
      changed
    })
  }
  return { resources: out, regions }
}

/**
 * The `Globals` section of a SAM template (Transform AWS::Serverless-2016-10-31) holds properties every
 * resource of a type inherits: Function, Api, HttpApi, SimpleTable, StateMachine, CapacityProvider
 * (https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-specification-template-anatomy-globals.html).
 */
function samGlobalsSection(type: string): string | undefined {
  const m = /^AWS::Serverless::(Function|Api|HttpApi|SimpleTable|StateMachine|CapacityProvider)$/.exec(type)
  return m?.[1]
}

/**
 * A resource's properties over its Globals, as SAM merges them: a value in the resource replaces the
 * global one; maps are merged key by key (the resource's keys win); lists are joined, the global entries
 * first. An intrinsic function (`{ "Ref": … }`, `{ "Fn::If": … }`) is a value, never merged into.
 */
function mergeSamGlobals(global: Record<string, unknown>, own: Record<string, unknown>, depth = 0): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(global)) if (k !== '__proto__') out[k] = v
  for (const [k, v] of Object.entries(own)) {
    if (k === '__proto__') continue
    const g = out[k]
    if (depth < 20 && isObj(g) && isObj(v) && !isIntrinsic(g) && !isIntrinsic(v)) out[k] = mergeSamGlobals(g, v, depth + 1)
    else if (Array.isArray(g) && Array.isArray(v)) out[k] = [...(g as unknown[]), ...(v as unknown[])]
    else out[k] = v
  }
  return out
}

function isIntrinsic(v: Record<string, unknown>): boolean {
  const keys = Object.keys(v)
  return keys.length === 1 && (keys[0] === 'Ref' || keys[0] === 'Condition' || keys[0].startsWith('Fn::'))
}

function esc(k: string): string {
  return k.replace(/~/g, '~0').replace(/\//g, '~1')
}

function isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

export function collectPositions(v: unknown, ptr: string, at: string, lines: JsonLines, positions: Record<string, number>, depth = 0): void {
  if (depth > 30) return
  if (Array.isArray(v)) {
    v.forEach((item, i) => collectPositions(item, `${ptr}/${i}`, at, lines, positions, depth + 1))
    return
  }
  if (!isObj(v)) return
  for (const [k, x] of Object.entries(v)) {
    const p = at ? `${at}.${k}` : k
    const kp = `${ptr}/${esc(k)}`
    if (positions[p] === undefined) positions[p] = lines.line(kp)
    collectPositions(x, kp, p, lines, positions, depth + 1)
  }
}

const NO_VALUE = Symbol('AWS::NoValue')

class CfnContext {
  private readonly params: Record<string, unknown>
  private readonly conditions: Record<string, unknown>
  private readonly mappings: Record<string, unknown>
  private readonly resourceIds: Set<string>
  private readonly condCache = new Map<string, boolean | undefined>()

  constructor(template: Record<string, unknown>) {
    this.params = isObj(template.Parameters) ? template.Parameters : {}
    this.conditions = isObj(template.Conditions) ? template.Conditions : {}
    this.mappings = isObj(template.Mappings) ? template.Mappings : {}
    this.resourceIds = new Set(isObj(template.Resources) ? Object.keys(template.Resources) : [])
  }

  condition(name: string, depth = 0): boolean | undefined {
    if (this.condCache.has(name)) return this.condCache.get(name)
    this.condCache.set(name, undefined) // cycle guard
    const def = this.conditions[name]
    const v = def === undefined ? undefined : this.evalCond(def, depth + 1)
    this.condCache.set(name, v)
    return v
  }

  private evalCond(c: unknown, depth: number): boolean | undefined {
    if (depth > 30) return undefined
    if (typeof c === 'boolean') return c
    if (!isObj(c)) return undefined
    const [k] = Object.keys(c)
    const arg = c[k]
    switch (k) {
      case 'Condition':
        return typeof arg === 'string' ? this.condition(arg, depth) : undefined
      case 'Fn::Equals': {
        if (!Array.isArray(arg) || arg.length !== 2) return undefined
        const a = this.resolve(arg[0] as Value, depth)
        const b = this.resolve(arg[1] as Value, depth)
        if (isUnknown(a) || isUnknown(b) || isRef(a) || isRef(b)) return undefined
        return String(a) === String(b)
      }
      case 'Fn::Not': {
        const inner = Array.isArray(arg) ? this.evalCond(arg[0], depth + 1) : undefined
        return inner === undefined ? undefined : !inner
      }
      case 'Fn::And':
      case 'Fn::Or': {
        if (!Array.isArray(arg)) return undefined
        const vals = arg.map(x => this.evalCond(x, depth + 1))
        if (k === 'Fn::And') return vals.includes(false) ? false : vals.includes(undefined) ? undefined : true
        return vals.includes(true) ? true : vals.includes(undefined) ? undefined : false
      }
      default:
        return undefined
    }
  }

  private param(name: string): Value {
    const p = this.params[name]
    if (!isObj(p)) return unknown(`parameter ${name} is not declared`)
    if (p.NoEcho === true || p.NoEcho === 'true' || looksSecret(name)) return unknown(`parameter ${name} is secret: its value is never read`)
    if (!('Default' in p)) return unknown(`parameter ${name} has no Default; its value is given at deploy time`)
    return toValue(p.Default)
  }

  resolve(v: unknown, depth: number): Value {
    const r = this.resolveInner(v, depth)
    return r === NO_VALUE ? null : r
  }

  private resolveInner(v: unknown, depth: number): Value | typeof NO_VALUE {
    if (depth > 50) return unknown('intrinsic functions nest too deeply')
    if (Array.isArray(v)) {
      const out: Value[] = []
      for (const x of v) {
        const r = this.resolveInner(x, depth + 1)
        if (r !== NO_VALUE) out.push(r)
      }
      return out
    }
    if (!isObj(v)) return toValue(v)
    const keys = Object.keys(v)
    if (keys.length === 1 && (keys[0] === 'Ref' || keys[0].startsWith('Fn::'))) return this.intrinsic(keys[0], v[keys[0]], depth)
    const out: Record<string, Value> = {}
    for (const [k, x] of Object.entries(v)) {
      const r = this.resolveInner(x, depth + 1)
      if (r !== NO_VALUE) out[k] = r
    }
    return out
  }

  private intrinsic(fn: string, arg: unknown, depth: number): Value | typeof NO_VALUE {
    switch (fn) {
      case 'Ref': {
        if (typeof arg !== 'string') return unknown('Ref of a non-string')
        if (arg === 'AWS::NoValue') return NO_VALUE
        if (arg.startsWith('AWS::')) return unknown(`${arg} is known only at deploy time`)
        if (arg in this.params) return this.param(arg)
        if (this.resourceIds.has(arg)) return { $ref: arg }
        return unknown(`Ref ${arg} names no parameter or resource`)
      }
      case 'Fn::GetAtt': {
        const parts = Array.isArray(arg) ? arg.map(String) : typeof arg === 'string' ? [arg] : []
        return parts[0] ? { $ref: parts.join('.') } : unknown('Fn::GetAtt without a resource')
      }
      case 'Fn::If': {
        if (!Array.isArray(arg) || arg.length !== 3 || typeof arg[0] !== 'string') return unknown('malformed Fn::If')
        const c = this.condition(arg[0])
        if (c !== undefined) return this.resolveInner(c ? arg[1] : arg[2], depth + 1)
        const a = this.resolveInner(arg[1], depth + 1)
        const b = this.resolveInner(arg[2], depth + 1)
        if (a !== NO_VALUE && b !== NO_VALUE && JSON.stringify(a) === JSON.stringify(b)) return a
        return unknown(`Fn::If on condition ${arg[0]}, which depends on deploy-time parameters`)
      }
      case 'Fn::Sub': {
        const [tmpl, vars]: unknown[] = Array.isArray(arg) ? [(arg as unknown[])[0], (arg as unknown[])[1]] : [arg, undefined]
        if (typeof tmpl !== 'string') return unknown('malformed Fn::Sub')
        let bad: Value | undefined
        // the text with each unresolved part as a marker: a KMS key's kind can still be read from the literal
        // parts (`arn:${AWS::Partition}:kms:${AWS::Region}:${AWS::AccountId}:alias/aws/sns` is AWS-managed)
        const template = tmpl.replace(/\$\{([^}!][^}]*)\}/g, (_m, name: string) => {
          let v: Value
          if (isObj(vars) && name in vars) v = this.resolve(vars[name], depth + 1)
          else if (name.includes('.')) v = { $ref: name }
          else v = this.resolve({ Ref: name }, depth + 1)
          if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v)
          bad ??= v
          return templateMarker(v)
        })
        if (bad !== undefined) {
          const why = isUnknown(bad) ? bad.$unknown : `Fn::Sub interpolates ${isRef(bad) ? bad.$ref : 'a non-string'}, known only at deploy time`
          return unknown(why, template.replace(/\$\{!/g, '${'))
        }
        return template.replace(/\$\{!/g, '${')
      }
      case 'Fn::Join': {
        if (!Array.isArray(arg) || arg.length !== 2) return unknown('malformed Fn::Join')
        const list = this.resolve(arg[1], depth + 1)
        if (!Array.isArray(list)) return isUnknown(list) ? list : unknown('Fn::Join of a non-list')
        const parts: string[] = []
        for (const p of list) {
          if (typeof p === 'object' && p !== null) return isUnknown(p) ? p : unknown('Fn::Join includes a value known only at deploy time')
          parts.push(String(p))
        }
        return parts.join(String(arg[0]))
      }
      case 'Fn::Select': {
        if (!Array.isArray(arg) || arg.length !== 2) return unknown('malformed Fn::Select')
        const i = this.resolve(arg[0], depth + 1)
        const list = this.resolve(arg[1], depth + 1)
        if (Array.isArray(list) && (typeof i === 'number' || typeof i === 'string')) return list[Number(i)] ?? unknown('Fn::Select index out of range')
        return unknown('Fn::Select over values known only at deploy time')
      }
      case 'Fn::FindInMap': {
        if (!Array.isArray(arg) || arg.length < 3) return unknown('malformed Fn::FindInMap')
        const [m, k1, k2] = arg.slice(0, 3).map(x => this.resolve(x, depth + 1))
        if (typeof m !== 'string' || typeof k1 !== 'string' || typeof k2 !== 'string') return unknown('Fn::FindInMap with keys known only at deploy time')
        const map = this.mappings[m]
        const top = isObj(map) ? map[k1] : undefined
        const v = isObj(top) ? top[k2] : undefined
        return v === undefined ? unknown(`Fn::FindInMap: no ${m}.${k1}.${k2}`) : toValue(v)
      }
      case 'Fn::Split':
      case 'Fn::Base64':
      case 'Fn::ImportValue':
      case 'Fn::GetAZs':
      case 'Fn::Cidr':
      case 'Fn::Transform':
      default:
        return unknown(`${fn} is known only at deploy time`)
    }
  }
}

function toValue(v: unknown): Value {
  if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v
  if (v === undefined) return null
  if (Array.isArray(v)) return v.map(toValue)
  if (typeof v === 'object') {
    const out: Record<string, Value> = {}
    for (const [k, x] of Object.entries(v)) out[k] = toValue(x)
    return out
  }
  if (v instanceof Date) return v.toISOString()
  return String(v)
}
