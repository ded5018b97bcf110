/**
 * Static evaluation of Terraform expressions: literals, templates, var.* / local.* lookups, resource
 * references (→ Ref markers), conditionals with known conditions, operators and a few pure functions.
 * Anything else becomes an Unknown with the reason; nothing is executed.
 */
import type { Expr } from '../parse/hcl-ast.js'
import { isPlainObject, isRef, isUnknown, templateMarker, unknown, type Unknown, type Value } from '../../model/facts/iac.js'

export interface Scope {
  /** Value of `var.<name>` (tfvars > module input > default). */
  variable(name: string): Value
  /** Value of `local.<name>`. */
  local(name: string): Value
  /** Module address prefix for references (`module.store.`), '' at the root. */
  prefix: string
  /** Directory of the module relative to the checkout (for path.module). */
  dir: string
  /** `count.index` inside a resource / module instance with `count` (unknown when the count is). */
  countIndex?: Value
  /** `each.key` / `each.value` inside an instance with `for_each`. */
  each?: { key: Value; value: Value }
}

/**
 * An evaluation error (a missing key, an index out of range, a bad conversion): what `try()` falls
 * through and `can()` turns into false. An Unknown without the flag is a value not known before apply.
 */
export function failed(reason: string): Value {
  return { $unknown: reason, $error: true }
}

export function isFailed(v: Value): boolean {
  return isUnknown(v) && (v as unknown as { $error?: boolean }).$error === true
}

function pathText(path: (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : p === '*' ? '[*]' : i === 0 ? p : `.${p}`)).join('')
}

export function evalExpr(e: Expr, scope: Scope, depth = 0): Value {
  if (depth > 64) return unknown('expression nests too deeply')
  switch (e.k) {
    case 'lit':
      return e.v
    case 'tmpl': {
      let s = ''
      let bad: Unknown | undefined
      for (const p of e.parts) {
        const v = evalExpr(p, scope, depth + 1)
        if (isFailed(v) || v === null || (typeof v === 'object' && !isUnknown(v) && !isRef(v))) {
          return isFailed(v) ? v : unknown(v === null ? 'string interpolates null' : 'string interpolates a collection')
        }
        if (isUnknown(v) || isRef(v)) {
          // keep going: the literal parts may still say what the string is (a KMS key ARN ending in `alias/aws/s3`)
          bad ??= isUnknown(v) ? v : unknown(`string interpolates ${v.$ref}, known only at apply time`)
          s += templateMarker(v)
          continue
        }
        s += String(v)
      }
      return bad ? unknown(bad.$unknown, s) : s
    }
    case 'ref':
      return evalRef(e.path, scope)
    case 'tuple':
      return e.items.map(i => evalExpr(i, scope, depth + 1))
    case 'object': {
      const out: Record<string, Value> = {}
      for (const { key, value } of e.entries) {
        let k: string
        if (typeof key === 'string') k = key
        else {
          const kv = evalExpr(key, scope, depth + 1)
          if (typeof kv !== 'string' && typeof kv !== 'number') return unknown('object key is computed')
          k = String(kv)
        }
        out[k] = evalExpr(value, scope, depth + 1)
      }
      return out
    }
    case 'cond': {
      const c = evalExpr(e.c, scope, depth + 1)
      if (typeof c === 'boolean') return evalExpr(c ? e.t : e.f, scope, depth + 1)
      const t = evalExpr(e.t, scope, depth + 1)
      const f = evalExpr(e.f, scope, depth + 1)
      if (JSON.stringify(t) === JSON.stringify(f)) return t
      return unknown(`conditional on ${describe(c)}`)
    }
    case 'op':
      return evalOp(
        e.op,
        e.args.map(a => evalExpr(a, scope, depth + 1))
      )
    case 'call':
      return evalCall(e.name, e.args, scope, depth)
    case 'get': {
      // a computed key into a reference (`aws_kms_key.k[count.index].arn`) stays a reference
      let cur = evalExpr(e.target, scope, depth + 1)
      for (const st of e.steps) {
        let key: Value = typeof st === 'object' ? evalExpr(st, scope, depth + 1) : st
        if (isRef(cur)) {
          const k = typeof key === 'string' || typeof key === 'number' ? key : '*'
          cur = { $ref: `${cur.$ref}${typeof k === 'number' ? `[${k}]` : k === '*' ? '[*]' : typeof st === 'object' ? `[${JSON.stringify(k)}]` : `.${k}`}` }
          continue
        }
        if (isUnknown(key)) return key
        if (typeof key === 'string' && Array.isArray(cur) && /^\d+$/.test(key)) key = Number(key)
        if (typeof key !== 'string' && typeof key !== 'number') return failed(`index is ${describe(key)}`)
        cur = traverse(cur, [key], 'value')
      }
      return cur
    }
    case 'unsupported':
      return unknown(`uses ${e.what}, not evaluated statically`)
  }
}

function describe(v: Value): string {
  if (isUnknown(v)) return v.$unknown
  if (isRef(v)) return v.$ref
  return JSON.stringify(v)
}

function evalRef(path: (string | number)[], scope: Scope): Value {
  const [head, second] = path
  const text = pathText(path)
  switch (head) {
    case 'var':
      if (typeof second !== 'string') return unknown(`${text} is not a variable reference`)
      return traverse(scope.variable(second), path.slice(2), text)
    case 'local':
      if (typeof second !== 'string') return unknown(`${text} is not a local reference`)
      return traverse(scope.local(second), path.slice(2), text)
    case 'count':
      if (second === 'index' && scope.countIndex !== undefined) return scope.countIndex
      return unknown(`${text} depends on count`)
    case 'each':
      if (scope.each && (second === 'key' || second === 'value')) return traverse(scope.each[second], path.slice(2), text)
      return unknown(`${text} depends on for_each`)
    case 'self':
      return unknown(`${text} refers to the resource itself`)
    case 'path':
      if (second === 'module' || second === 'root' || second === 'cwd') return scope.dir
      return unknown(`${text} not evaluated`)
    case 'terraform':
      return unknown(`${text} depends on the workspace`)
    case 'data':
    case 'module':
      return { $ref: scope.prefix + text }
    default:
      if (typeof head === 'string' && path.length >= 2) return { $ref: scope.prefix + text }
      return unknown(`${text} is not a known reference`)
  }
}

function traverse(v: Value, rest: (string | number)[], text: string): Value {
  let cur = v
  for (const k of rest) {
    if (isUnknown(cur)) return cur
    if (isRef(cur)) return { $ref: `${cur.$ref}${typeof k === 'number' ? `[${k}]` : `.${k}`}` }
    if (k === '*') return unknown(`${text} uses a splat`)
    if (Array.isArray(cur) && typeof k === 'number') cur = cur[k] ?? failed(`${text}: index ${k} out of range`)
    else if (isPlainObject(cur) && (typeof k === 'string' || typeof k === 'number')) {
      const next: Value | undefined = cur[String(k)]
      cur = next === undefined ? failed(`${text}: no key ${k}`) : next
    } else return failed(`${text} cannot be read from ${describe(cur)}`)
  }
  return cur
}

function firstUnknown(vals: Value[]): Value | undefined {
  return vals.find(v => isUnknown(v)) ?? vals.find(v => isRef(v))
}

function evalOp(op: string, args: Value[]): Value {
  const u = firstUnknown(args)
  if (u !== undefined) {
    // short-circuit: false && x, true || x
    if (op === '&&' && args.some(a => a === false)) return false
    if (op === '||' && args.some(a => a === true)) return true
    return isUnknown(u) ? u : unknown(`operation on ${(u as { $ref: string }).$ref}`)
  }
  const [a, b] = args
  switch (op) {
    case '!':
      return typeof a === 'boolean' ? !a : unknown('! on a non-boolean')
    case 'neg':
      return typeof a === 'number' ? -a : unknown('- on a non-number')
    case '==':
      return JSON.stringify(a) === JSON.stringify(b)
    case '!=':
      return JSON.stringify(a) !== JSON.stringify(b)
    case '&&':
      return typeof a === 'boolean' && typeof b === 'boolean' ? a && b : unknown('&& on non-booleans')
    case '||':
      return typeof a === 'boolean' && typeof b === 'boolean' ? a || b : unknown('|| on non-booleans')
  }
  const x = typeof a === 'string' ? Number(a) : a
  const y = typeof b === 'string' ? Number(b) : b
  if (typeof x !== 'number' || typeof y !== 'number' || Number.isNaN(x) || Number.isNaN(y)) return unknown(`${op} on non-numbers`)
  switch (op) {
    case '+':
      return x + y
    case '-':
      return x - y
    case '*':
      return x * y
    case '/':
      return y === 0 ? unknown('division by zero') : x / y
    case '%':
      return y === 0 ? unknown('modulo by zero') : x % y
    case '<':
      return x < y
    case '>':
      return x > y
    case '<=':
      return x <= y
    case '>=':
      return x >= y
  }
  return unknown(`operator ${op} not evaluated`)
}

function evalCall(name: string, argExprs: Expr[], scope: Scope, depth: number): Value {
  const args = () => argExprs.map(a => evalExpr(a, scope, depth + 1))
  const pending = (vals: Value[]): Value | undefined => {
    const u = vals.find(v => isUnknown(v)) ?? vals.find(v => isRef(v))
    if (u === undefined) return undefined
    return isUnknown(u) ? u : unknown(`${name}() of ${describe(u)}, known only at apply time`)
  }
  switch (name) {
    case 'try': {
      // the first argument that evaluates without an error; a value not known yet stops the search
      for (const e of argExprs) {
        const a = evalExpr(e, scope, depth + 1)
        if (isFailed(a)) continue
        return a
      }
      return failed('try(): no argument evaluates without an error')
    }
    case 'can': {
      const [a] = args()
      if (a === undefined) return failed('can() needs one argument')
      if (isFailed(a)) return false
      return isUnknown(a) ? a : true
    }
    case 'coalesce': {
      for (const a of args()) {
        if (isUnknown(a) || isRef(a)) return unknown(`coalesce() over ${describe(a)}`)
        if (a !== null && a !== '') return a
      }
      return failed('coalesce() with no non-empty argument')
    }
    case 'coalescelist': {
      for (const a of args()) {
        if (isUnknown(a) || isRef(a)) return unknown(`coalescelist() over ${describe(a)}`)
        if (Array.isArray(a) && a.length > 0) return a
      }
      return failed('coalescelist() with no non-empty list')
    }
    case 'lookup': {
      const vals = args()
      const [m, k, d] = vals
      if (isPlainObject(m) && typeof k === 'string') return m[k] ?? (d === undefined ? failed(`lookup(): no key ${k}`) : d)
      return pending(vals) ?? failed('lookup() over a non-map')
    }
    case 'length': {
      const [v] = args()
      if (typeof v === 'string') return [...v].length
      if (Array.isArray(v)) return v.length
      if (isPlainObject(v)) return Object.keys(v).length
      return pending([v]) ?? failed(`length() of ${describe(v)}`)
    }
    case 'keys':
    case 'values': {
      const [v] = args()
      if (!isPlainObject(v)) return pending([v]) ?? failed(`${name}() of a non-map`)
      const ks = Object.keys(v).sort()
      return name === 'keys' ? ks : ks.map(k => v[k])
    }
    case 'contains': {
      const [list, x] = args()
      if (!Array.isArray(list)) return pending([list]) ?? failed('contains() of a non-list')
      const p = pending([x, ...list])
      const hit = list.some(e => JSON.stringify(e) === JSON.stringify(x))
      if (hit) return true
      return p ?? false
    }
    case 'compact': {
      const [list] = args()
      if (!Array.isArray(list)) return pending([list]) ?? failed('compact() of a non-list')
      return pending(list) ?? list.filter(e => e !== null && e !== '')
    }
    case 'flatten': {
      const [list] = args()
      if (!Array.isArray(list)) return pending([list]) ?? failed('flatten() of a non-list')
      const out: Value[] = []
      const walk = (l: Value[], d: number): Value | undefined => {
        for (const e of l) {
          if (Array.isArray(e)) {
            if (d > 32) return failed('flatten() nests too deeply')
            const r = walk(e, d + 1)
            if (r !== undefined) return r
          } else if (isUnknown(e) || isRef(e)) return pending([e])
          else out.push(e)
        }
        return undefined
      }
      return walk(list, 0) ?? out
    }
    case 'tolist':
    case 'toset': {
      const [v] = args()
      if (!Array.isArray(v)) return pending([v]) ?? failed(`${name}() of a non-list`)
      if (name === 'tolist') return v
      const seen = new Set<string>()
      const out: Value[] = []
      for (const e of v) {
        const k = JSON.stringify(e)
        if (!seen.has(k)) {
          seen.add(k)
          out.push(e)
        }
      }
      // sets of strings iterate in lexical order
      return out.every(e => typeof e === 'string') ? out.sort() : out
    }
    case 'tomap': {
      const [v] = args()
      return isPlainObject(v) ? v : (pending([v]) ?? failed('tomap() of a non-map'))
    }
    case 'element': {
      const [list, i] = args()
      if (Array.isArray(list) && typeof i === 'number') {
        if (list.length === 0) return failed('element() of an empty list')
        return list[((Math.floor(i) % list.length) + list.length) % list.length]
      }
      return pending([list, i]) ?? failed('element() of a non-list')
    }
    case 'one': {
      const [list] = args()
      if (!Array.isArray(list)) return pending([list]) ?? failed('one() of a non-list')
      if (list.length === 0) return null
      if (list.length === 1) return list[0]
      return failed('one() of a list with more than one element')
    }
    case 'tobool': {
      const [v] = args()
      if (typeof v === 'boolean' || v === null) return v
      if (v === 'true' || v === 'false') return v === 'true'
      return isUnknown(v) || isRef(v) ? (pending([v]) as Value) : failed('tobool() of a non-boolean')
    }
    case 'tostring':
    case 'tonumber': {
      const [v] = args()
      if (isUnknown(v) || isRef(v)) return v
      if (v === null) return null
      if (name === 'tostring' && (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')) return String(v)
      if (name === 'tonumber' && (typeof v === 'number' || (typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v))))) return Number(v)
      return failed(`${name}() of ${describe(v)}`)
    }
    case 'lower':
    case 'upper':
    case 'trimspace': {
      const [v] = args()
      if (typeof v !== 'string') return isUnknown(v) || isRef(v) ? v : failed(`${name}() of a non-string`)
      return name === 'lower' ? v.toLowerCase() : name === 'upper' ? v.toUpperCase() : v.trim()
    }
    case 'merge': {
      const out: Record<string, Value> = {}
      for (const a of args()) {
        if (a === null) continue
        if (!isPlainObject(a)) return isUnknown(a) ? a : unknown('merge() of an unknown map')
        Object.assign(out, a)
      }
      return out
    }
    case 'concat': {
      const out: Value[] = []
      for (const a of args()) {
        if (!Array.isArray(a)) return isUnknown(a) ? a : unknown('concat() of an unknown list')
        out.push(...a)
      }
      return out
    }
    case 'jsonencode': {
      const [v] = args()
      const p = deepPending(v)
      return p ?? JSON.stringify(v)
    }
    case 'jsondecode': {
      const [v] = args()
      if (typeof v !== 'string') return pending([v]) ?? failed('jsondecode() of a non-string')
      try {
        return toValue(JSON.parse(v), 0)
      } catch {
        return failed('jsondecode() of invalid JSON')
      }
    }
    case 'format': {
      const [f, ...rest] = args()
      if (typeof f !== 'string') return unknown('format() with an unknown format')
      let i = 0
      let bad: Value | undefined
      const s = f.replace(/%%|%[sdv]/g, m => {
        if (m === '%%') return '%'
        const v = rest[i++]
        if (v === undefined || isUnknown(v) || isRef(v) || (typeof v === 'object' && v !== null)) bad = v ?? unknown('format() missing argument')
        return String(v)
      })
      if (bad !== undefined) return isUnknown(bad) ? bad : unknown(`format() of ${describe(bad)}`)
      return s
    }
    case 'file':
    case 'templatefile':
    default:
      return unknown(`function ${name}() not evaluated`)
  }
}

/** The first unknown or reference anywhere inside a value (as an Unknown), if any. */
function deepPending(v: Value, depth = 0): Value | undefined {
  if (depth > 32) return unknown('value nests too deeply')
  if (isUnknown(v)) return v
  if (isRef(v)) return unknown(`value holds ${v.$ref}, known only at apply time`)
  if (Array.isArray(v)) {
    for (const e of v) {
      const p = deepPending(e, depth + 1)
      if (p) return p
    }
  } else if (isPlainObject(v)) {
    for (const e of Object.values(v)) {
      const p = deepPending(e, depth + 1)
      if (p) return p
    }
  }
  return undefined
}

function toValue(v: unknown, depth: number): Value {
  if (depth > 32) return unknown('JSON nests too deeply')
  if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v
  if (Array.isArray(v)) return v.map(x => toValue(x, depth + 1))
  if (typeof v === 'object') {
    const out: Record<string, Value> = {}
    for (const [k, x] of Object.entries(v)) out[k] = toValue(x, depth + 1)
    return out
  }
  return null
}
