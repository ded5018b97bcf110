/**
 * Declarative checks: the common "attribute X must be Y, and a missing X means Z" shape as data, with the
 * documentation fact it rests on. A requirement may apply to every element of a repeated block
 * (`listener`, `volume`, CloudFormation lists) and only when a condition holds (`when`).
 */
import { isPlainObject, lookup, type IacResource, type Value } from '../../model/facts/iac.js'
import { combine, defineCheck, encryptedWithOptionalCmk, expectBool, expectIn, expectNotIn, NOT_APPLICABLE, UNVERIFIED, type CheckCategory, type CheckResult, type IacCheck, type Severity } from './base.js'

export type Requirement =
  | { path: string; bool: boolean; missing: 'pass' | 'fail'; note?: string }
  | { path: string; in: string[]; missing: 'pass' | 'fail'; note?: string }
  | { path: string; notIn: string[]; missing: 'pass' | 'fail'; note?: string }

export interface Condition {
  path: string
  /** The requirement applies when the value is one of these (case-insensitive; empty: whenever it is set); a missing value matches `missing`. */
  in: string[]
  missing?: boolean
}

export interface RuleSpec {
  id: string
  title: string
  severity: Severity
  category: CheckCategory
  resourceTypes: string[]
  /** The provider documentation (or peer catalogue) fact the rule rests on. */
  docs: string
  /** Repeated block / list the requirements apply to, element by element (dotted path). */
  each?: string
  /** The rule applies only when this holds (on the element with `each`). */
  when?: Condition
  require: Requirement[]
  /** Customer-managed key attributes, raised to required by `require-cmk`. */
  cmkPaths?: string[]
  ai?: boolean
}

function topLevel(p: string): string {
  return p.split('.')[0]
}

function holds(r: Pick<IacResource, 'attributes' | 'positions'>, c: Condition): boolean | 'unknown' {
  const l = lookup(r, c.path)
  if (l.state === 'missing') return c.missing === true
  if (c.in.length === 0) return true
  if (l.state !== 'value') return 'unknown'
  const s = String(l.value).toLowerCase()
  return c.in.some(x => x.toLowerCase() === s)
}

function judge(r: IacResource, reqs: Requirement[]): CheckResult {
  return combine(
    ...reqs.map(q => {
      const opts = { missing: q.missing, missingNote: q.note }
      if ('bool' in q) return expectBool(r, q.path, q.bool, opts)
      if ('in' in q) return expectIn(r, q.path, q.in, opts)
      return expectNotIn(r, q.path, q.notIn, opts)
    })
  )
}

/** Each element of a repeated block as a resource of its own (positions re-rooted), or null when unresolved. */
function elements(r: IacResource, blockPath: string): IacResource[] | CheckResult {
  const l = lookup(r, blockPath)
  if (l.state === 'missing') return []
  if (l.state !== 'value') return UNVERIFIED(`${blockPath} cannot be resolved statically: ${l.state === 'unknown' ? l.reason : l.ref}`, blockPath, l.line)
  const list: Value[] = Array.isArray(l.value) ? l.value : [l.value]
  const positions: Record<string, number> = {}
  const prefix = `${blockPath}.`
  for (const [k, v] of Object.entries(r.positions)) if (k.startsWith(prefix)) positions[k.slice(prefix.length)] = v
  return list.map(item => ({ ...r, attributes: isPlainObject(item) ? item : {}, positions }))
}

export function ruleCheck(spec: RuleSpec): IacCheck {
  const attributes = [...new Set([spec.each, spec.when?.path, ...spec.require.map(q => q.path), ...(spec.cmkPaths ?? [])].filter((p): p is string => !!p).map(p => (spec.each && p !== spec.each ? topLevel(spec.each) : topLevel(p))))]
  return defineCheck({
    id: spec.id,
    title: spec.title,
    severity: spec.severity,
    category: spec.category,
    resourceTypes: spec.resourceTypes,
    attributes,
    docs: spec.docs,
    ...(spec.ai ? { ai: true } : {}),
    evaluate(r, _index, options) {
      const targets = spec.each ? elements(r, spec.each) : [r]
      if (!Array.isArray(targets)) return targets
      const results: CheckResult[] = []
      for (const t of targets) {
        if (spec.when) {
          const h = holds(t, spec.when)
          if (h === 'unknown') {
            results.push(UNVERIFIED(`${spec.each ? `${spec.each}.` : ''}${spec.when.path} cannot be resolved statically`, spec.when.path, lookup(t, spec.when.path).line))
            continue
          }
          if (!h) continue
        }
        const res = judge(t, spec.require)
        results.push(spec.each && res.attribute ? { ...res, attribute: `${spec.each}.${res.attribute}`, message: `${spec.each}: ${res.message}` } : res)
      }
      if (results.length === 0) return NOT_APPLICABLE(spec.when ? `does not apply: ${spec.when.path} is not ${spec.when.in.join('/')}` : `no ${spec.each ?? 'setting'} to judge`)
      const res = combine(...results)
      return spec.cmkPaths ? encryptedWithOptionalCmk(r, options, res, spec.cmkPaths) : res
    }
  })
}

