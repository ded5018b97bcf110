/**
 * ARM templates (JSON; Bicep compiles to these) → normalized resources. Template expressions (`"[...]"`)
 * are evaluated for parameters() / variables() with defaults, concat(), toLower()/toUpper(), bool(),
 * string literals; resourceId()/reference() become references; resourceGroup().location and anything else
 * depending on the deployment is Unknown.
 */
import { isPlainObject, isRef, isUnknown, looksSecret, unknown, type IacResource, type RegionFact, type Value } from '../../model/facts/iac.js'
import { collectPositions } from './cloudformation.js'
import { parseJsonWithLines } from './json-lines.js'

export function looksLikeArm(text: string): boolean {
  return /deploymentTemplate\.json/i.test(text) && /"resources"\s*:/.test(text)
}

export interface ArmTemplate {
  resources: IacResource[]
  regions: RegionFact[]
}

function isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

export function parseArm(file: string, text: string, changed: boolean): ArmTemplate | null {
  const { value, lines } = parseJsonWithLines(text)
  if (!isObj(value) || typeof value.$schema !== 'string' || !/deploymentTemplate/i.test(value.$schema)) return null
  const ev = new ArmEval(value)
  const resources: IacResource[] = []
  const regions: RegionFact[] = []
  const walk = (list: unknown, ptr: string, parentType: string, parentName: string): void => {
    const items: [string, unknown][] = Array.isArray(list)
      ? list.map((r, i) => [`${ptr}/${i}`, r])
      : isObj(list)
        ? Object.entries(list).map(([k, r]) => [`${ptr}/${k}`, r])
        : []
    for (const [p, r] of items) {
      if (!isObj(r) || typeof r.type !== 'string') continue
      const type = parentType && !r.type.includes('/') ? `${parentType}/${r.type}` : parentType && !r.type.includes('.') ? `${parentType}/${r.type}` : r.type
      const nameV = ev.eval(r.name)
      const shortName = typeof nameV === 'string' ? nameV : String(r.name ?? '?')
      const name = parentName && !shortName.includes('/') ? `${parentName}/${shortName}` : shortName
      if ('condition' in r) {
        const c = ev.eval(r.condition)
        if (c === false) continue
      }
      const props = isObj(r.properties) ? r.properties : {}
      const resolved = ev.eval(props)
      const attributes: Record<string, Value> = { properties: isPlainObject(resolved) ? resolved : {} }
      const positions: Record<string, number> = {}
      collectPositions(props, `${p}/properties`, 'properties', lines, positions)
      for (const k of ['location', 'kind', 'sku', 'identity', 'apiVersion']) {
        if (k in r) {
          attributes[k] = ev.eval(r[k])
          positions[k] = lines.line(`${p}/${k}`)
        }
      }
      const res: IacResource = {
        address: `${type}/${name}`,
        type,
        name,
        provider: 'arm',
        module: '',
        file,
        line: lines.line(p),
        end_line: lines.endLine(p),
        attributes,
        positions,
        changed,
        source: 'config'
      }
      resources.push(res)
      if ('location' in r) {
        const loc = attributes.location
        regions.push({
          subject: res.address,
          kind: 'resource',
          provider: 'arm',
          value: typeof loc === 'string' ? loc : isUnknown(loc) ? loc : unknown(`location is ${JSON.stringify(loc)}`),
          file,
          line: positions.location,
          changed
        })
      }
      if (r.resources) walk(r.resources, `${p}/resources`, type, name)
    }
  }
  walk(value.resources, '/resources', '', '')
  void lines
  return { resources, regions }
}

class ArmEval {
  private readonly params: Record<string, unknown>
  private readonly vars: Record<string, unknown>
  private readonly varStack = new Set<string>()

  constructor(t: Record<string, unknown>) {
    this.params = isObj(t.parameters) ? t.parameters : {}
    this.vars = isObj(t.variables) ? t.variables : {}
  }

  eval(v: unknown, depth = 0): Value {
    if (depth > 40) return unknown('template nests too deeply')
    if (typeof v === 'string') {
      if (v.startsWith('[[')) return v.slice(1)
      if (v.startsWith('[') && v.endsWith(']')) return this.expr(v.slice(1, -1), depth)
      return v
    }
    if (v === null || typeof v === 'number' || typeof v === 'boolean') return v
    if (Array.isArray(v)) return v.map(x => this.eval(x, depth + 1))
    if (isObj(v)) {
      const out: Record<string, Value> = {}
      for (const [k, x] of Object.entries(v)) out[k] = this.eval(x, depth + 1)
      return out
    }
    return null
  }

  private expr(src: string, depth: number): Value {
    try {
      const p = new ExprParser(src)
      const node = p.parse()
      return this.evalNode(node, depth)
    } catch (e) {
      return unknown(`template expression not understood: ${(e as Error).message}`)
    }
  }

  private evalNode(n: ArmNode, depth: number): Value {
    if (n.kind === 'str') return n.value
    if (n.kind === 'num') return n.value
    let base: Value
    const args = () => n.args.map(a => this.evalNode(a, depth + 1))
    const name = n.name.toLowerCase()
    switch (name) {
      case 'parameters': {
        const [k] = args()
        if (typeof k !== 'string') return unknown('parameters() with a computed name')
        const p = this.params[k]
        if (!isObj(p)) base = unknown(`parameter ${k} is not declared`)
        else if (/^secure(string|object)$/i.test(String(p.type ?? '')) || looksSecret(k)) base = unknown(`parameter ${k} is secret: its value is never read`)
        else if ('defaultValue' in p) base = this.eval(p.defaultValue, depth + 1)
        else base = unknown(`parameter ${k} has no defaultValue; its value is given at deployment`)
        break
      }
      case 'variables': {
        const [k] = args()
        if (typeof k !== 'string') return unknown('variables() with a computed name')
        if (!(k in this.vars)) return unknown(`variable ${k} is not declared`)
        if (this.varStack.has(k)) return unknown(`variable ${k} refers to itself`)
        this.varStack.add(k)
        base = this.eval(this.vars[k], depth + 1)
        this.varStack.delete(k)
        break
      }
      case 'concat': {
        const a = args()
        const bad = a.find(x => isUnknown(x) || isRef(x))
        if (bad) return isUnknown(bad) ? bad : unknown('concat() of a reference')
        base = a.every(x => Array.isArray(x)) ? (a as Value[][]).flat() : a.map(x => String(x)).join('')
        break
      }
      case 'tolower':
      case 'toupper': {
        const [s] = args()
        base = typeof s === 'string' ? (name === 'tolower' ? s.toLowerCase() : s.toUpperCase()) : isUnknown(s) ? s : unknown(`${n.name}() of a non-string`)
        break
      }
      case 'bool': {
        const [s] = args()
        base = typeof s === 'boolean' ? s : s === 'true' || s === 'false' ? s === 'true' : isUnknown(s) ? s : unknown('bool() of a non-boolean')
        break
      }
      case 'true':
        base = true
        break
      case 'false':
        base = false
        break
      case 'not': {
        const [s] = args()
        base = typeof s === 'boolean' ? !s : isUnknown(s) ? s : unknown('not() of a non-boolean')
        break
      }
      case 'equals': {
        const [a, b] = args()
        if (isUnknown(a) || isUnknown(b) || isRef(a) || isRef(b)) return unknown('equals() over deployment values')
        base = JSON.stringify(a) === JSON.stringify(b)
        break
      }
      case 'if': {
        const [c, a, b] = args()
        base = typeof c === 'boolean' ? (c ? a : b) : JSON.stringify(a) === JSON.stringify(b) ? a : unknown('if() on a condition known only at deployment')
        break
      }
      case 'resourceid':
      case 'subscriptionresourceid':
      case 'extensionresourceid':
      case 'reference': {
        const a = args()
        base = { $ref: `${n.name}(${a.map(x => (typeof x === 'string' ? x : '…')).join(', ')})` }
        break
      }
      case 'resourcegroup':
        base = unknown('resourceGroup() is known only at deployment (the resource group’s location)')
        break
      case 'deployment':
        base = unknown('deployment() is known only at deployment')
        break
      default:
        return unknown(`${n.name}() is not evaluated statically`)
    }
    for (const acc of n.access) {
      if (isUnknown(base)) return base
      if (isRef(base)) {
        base = { $ref: `${base.$ref}.${acc}` }
        continue
      }
      if (isPlainObject(base) && typeof acc === 'string' && acc in base) base = base[acc]
      else if (Array.isArray(base) && typeof acc === 'number') base = base[acc] ?? unknown('index out of range')
      else return unknown(`property ${acc} not found`)
    }
    return base
  }
}

type ArmNode = { kind: 'str'; value: string } | { kind: 'num'; value: number } | { kind: 'call'; name: string; args: ArmNode[]; access: (string | number)[] }

class ExprParser {
  private i = 0
  constructor(private readonly s: string) {}

  parse(): ArmNode {
    const n = this.node()
    this.ws()
    if (this.i !== this.s.length) throw new Error(`unexpected ${JSON.stringify(this.s.slice(this.i, this.i + 10))}`)
    return n
  }

  private ws(): void {
    while (this.i < this.s.length && /\s/.test(this.s[this.i])) this.i++
  }

  private node(): ArmNode {
    this.ws()
    const c = this.s[this.i]
    if (c === "'") {
      let out = ''
      this.i++
      for (;;) {
        if (this.i >= this.s.length) throw new Error('unterminated string')
        if (this.s[this.i] === "'") {
          if (this.s[this.i + 1] === "'") {
            out += "'"
            this.i += 2
            continue
          }
          this.i++
          break
        }
        out += this.s[this.i++]
      }
      return { kind: 'str', value: out }
    }
    const num = /^-?\d+/.exec(this.s.slice(this.i))
    if (num) {
      this.i += num[0].length
      return { kind: 'num', value: Number(num[0]) }
    }
    const id = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(this.s.slice(this.i))
    if (!id) throw new Error(`unexpected ${JSON.stringify(this.s.slice(this.i, this.i + 10))}`)
    this.i += id[0].length
    this.ws()
    const args: ArmNode[] = []
    if (this.s[this.i] === '(') {
      this.i++
      this.ws()
      if (this.s[this.i] !== ')') {
        for (;;) {
          args.push(this.node())
          this.ws()
          if (this.s[this.i] === ',') {
            this.i++
            continue
          }
          if (this.s[this.i] === ')') break
          throw new Error('expected , or )')
        }
      }
      this.i++
    }
    const access: (string | number)[] = []
    for (;;) {
      this.ws()
      if (this.s[this.i] === '.') {
        this.i++
        const m = /^[A-Za-z_$][A-Za-z0-9_$]*/.exec(this.s.slice(this.i))
        if (!m) throw new Error('expected a property name')
        this.i += m[0].length
        access.push(m[0])
      } else if (this.s[this.i] === '[') {
        this.i++
        const inner = this.node()
        this.ws()
        if (this.s[this.i] !== ']') throw new Error('expected ]')
        this.i++
        if (inner.kind === 'call') throw new Error('computed index')
        access.push(inner.value)
      } else break
    }
    return { kind: 'call', name: id[0], args, access }
  }
}
