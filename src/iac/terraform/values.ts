/**
 * Static evaluation of Terraform expressions: literals, templates, var.* / local.* lookups, resource
 * references (→ Ref markers), conditionals with known conditions, operators and a few pure functions.
 * Anything else becomes an Unknown with the reason; nothing is executed.
 */
import type { Expr } from '../parse/hcl-ast.js'
import { isPlainObject, isRef, isUnknown, unknown, type Value } from '../model.js'

export interface Scope {
  /** Value of `var.<name>` (tfvars > module input > default). */
  variable(name: string): Value
  /** Value of `local.<name>`. */
  local(name: string): Value
  /** Module address prefix for references (`module.store.`), '' at the root. */
  prefix: string
  /** Directory of the module relative to the checkout (for path.module). */
  dir: string
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
      for (const p of e.parts) {
        const v = evalExpr(p, scope, depth + 1)
        if (isUnknown(v)) return v
        if (isRef(v)) return unknown(`string interpolates ${v.$ref}, known only at apply time`)
        if (v === null) return unknown('string interpolates null')
        if (typeof v === 'object') return unknown('string interpolates a collection')
        s += String(v)
      }
      return s
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
      return evalOp(e.op, e.args.map(a => evalExpr(a, scope, depth + 1)))
    case 'call':
      return evalCall(e.name, e.args, scope, depth)
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
      return unknown(`${text} depends on count`)
    case 'each':
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
    if (Array.isArray(cur) && typeof k === 'number') cur = cur[k] ?? unknown(`${text}: index ${k} out of range`)
    else if (isPlainObject(cur) && (typeof k === 'string' || typeof k === 'number')) {
      const next: Value | undefined = cur[String(k)]
      cur = next === undefined ? unknown(`${text}: no key ${k}`) : next
    } else return unknown(`${text} cannot be read from ${describe(cur)}`)
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
  switch (name) {
    case 'try':
    case 'coalesce': {
      for (const a of args()) {
        if (isUnknown(a) || isRef(a)) return name === 'try' ? a : unknown(`coalesce() over ${describe(a)}`)
        if (a !== null && a !== '') return a
      }
      return name === 'try' ? unknown('try() with no valid argument') : unknown('coalesce() with no non-empty argument')
    }
    case 'lookup': {
      const [m, k, d] = args()
      if (isPlainObject(m) && typeof k === 'string') return m[k] ?? (d === undefined ? unknown(`lookup(): no key ${k}`) : d)
      return unknown('lookup() over an unknown map or key')
    }
    case 'tobool': {
      const [v] = args()
      if (typeof v === 'boolean') return v
      if (v === 'true' || v === 'false') return v === 'true'
      return isUnknown(v) ? v : unknown('tobool() of a non-boolean')
    }
    case 'tostring':
    case 'tonumber': {
      const [v] = args()
      if (isUnknown(v) || isRef(v)) return v
      if (name === 'tostring' && (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')) return String(v)
      if (name === 'tonumber' && (typeof v === 'number' || (typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v))))) return Number(v)
      return unknown(`${name}() of ${describe(v)}`)
    }
    case 'lower':
    case 'upper':
    case 'trimspace': {
      const [v] = args()
      if (typeof v !== 'string') return isUnknown(v) || isRef(v) ? v : unknown(`${name}() of a non-string`)
      return name === 'lower' ? v.toLowerCase() : name === 'upper' ? v.toUpperCase() : v.trim()
    }
    case 'merge': {
      const out: Record<string, Value> = {}
      for (const a of args()) {
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
    case 'jsonencode':
    case 'file':
    case 'templatefile':
    default:
      return unknown(`function ${name}() not evaluated`)
  }
}
