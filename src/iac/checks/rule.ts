/**
 * Declarative checks: the common "attribute X must be Y, and a missing X means Z" shape as data, with the
 * documentation fact it rests on. A requirement may apply to every element of one or more repeated blocks
 * (`listener`, `volume`, `artifacts` + `secondary_artifacts`, CloudFormation lists) and only when a
 * condition holds (`when`; a list of conditions applies when any holds).
 */
import { isPlainObject, lookup, type IacResource, type Value } from '../../model/facts/iac.js'
import {
  combine,
  defineCheck,
  encryptedWithOptionalCmk,
  expectBool,
  expectIn,
  expectNotIn,
  NOT_APPLICABLE,
  UNVERIFIED,
  type CheckCategory,
  type CheckResult,
  type IacCheck,
  type Severity
} from './base.js'

export type Requirement =
  | { path: string; bool: boolean; missing: 'pass' | 'fail'; note?: string }
  | { path: string; in: string[]; missing: 'pass' | 'fail'; note?: string }
  | { path: string; notIn: string[]; missing: 'pass' | 'fail'; note?: string }

export type Condition = {
  path: string
  /** A missing value matches when `missing` is true. */
  missing?: boolean
} & (
  | {
      /** The requirement applies when the value is one of these (case-insensitive; empty: whenever it is set). */
      in: string[]
    }
  | {
      /** The requirement applies when the value is none of these (case-insensitive). */
      notIn: string[]
    }
)

export interface RuleSpec {
  id: string
  title: string
  severity: Severity
  category: CheckCategory
  resourceTypes: string[]
  /** The provider documentation (or peer catalogue) fact the rule rests on. */
  docs: string
  /** Repeated block(s) / list(s) the requirements apply to, element by element (dotted paths). */
  each?: string | string[]
  /** The rule applies only when this holds, or any of these holds (on the element with `each`). */
  when?: Condition | Condition[]
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
  if ('in' in c && c.in.length === 0) return true
  if (l.state !== 'value') return 'unknown'
  const s = String(l.value).toLowerCase()
  return 'in' in c ? c.in.some(x => x.toLowerCase() === s) : !c.notIn.some(x => x.toLowerCase() === s)
}

/** Any of the conditions holds: true if one does, else unknown if one is unknown, else false. */
function anyHolds(r: Pick<IacResource, 'attributes' | 'positions'>, cs: Condition[]): { holds: boolean | 'unknown'; unknown?: Condition } {
  const results = cs.map(c => [c, holds(r, c)] as const)
  if (results.some(([, h]) => h === true)) return { holds: true }
  const unknown = results.find(([, h]) => h === 'unknown')
  return unknown ? { holds: 'unknown', unknown: unknown[0] } : { holds: false }
}

/** Why a condition does not hold, e.g. "type is not S3/CODEPIPELINE". */
function whyNot(c: Condition): string {
  if ('notIn' in c) return `${c.path} is ${c.notIn.join('/')}`
  return c.in.length ? `${c.path} is not ${c.in.join('/')}` : `${c.path} is not set`
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

/** Each element of a repeated block as a resource of its own (positions re-rooted), or a not-verified result when unresolved. */
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

function asList<T>(x: T | T[] | undefined): T[] {
  return x === undefined ? [] : Array.isArray(x) ? x : [x]
}

export function ruleCheck(spec: RuleSpec): IacCheck {
  const blocks = asList(spec.each)
  const conditions = asList(spec.when)
  const own = [...conditions.map(c => c.path), ...spec.require.map(q => q.path)]
  const attributes = [...new Set([...(blocks.length ? blocks : own), ...(spec.cmkPaths ?? [])].map(topLevel))]
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
      // Each target with its label: the resource itself, or every element of every repeated block.
      const targets: { t: IacResource; block?: string; label?: string }[] = []
      if (blocks.length === 0) targets.push({ t: r })
      for (const block of blocks) {
        const els = elements(r, block)
        if (!Array.isArray(els)) return els
        els.forEach((t, i) => targets.push({ t, block, label: els.length > 1 ? `${block}[${i}]` : block }))
      }
      const results: CheckResult[] = []
      for (const { t, block, label } of targets) {
        if (conditions.length) {
          const h = anyHolds(t, conditions)
          if (h.holds === 'unknown' && h.unknown) {
            results.push(
              UNVERIFIED(
                `${label ? `${label}.` : ''}${h.unknown.path} cannot be resolved statically`,
                block ? `${block}.${h.unknown.path}` : h.unknown.path,
                lookup(t, h.unknown.path).line
              )
            )
            continue
          }
          if (!h.holds) continue
        }
        const res = judge(t, spec.require)
        results.push(block && res.attribute ? { ...res, attribute: `${block}.${res.attribute}`, message: `${label}: ${res.message}` } : res)
      }
      if (results.length === 0)
        return NOT_APPLICABLE(conditions.length ? `does not apply: ${conditions.map(whyNot).join('; ')}` : `no ${blocks.join(' / ') || 'setting'} to judge`)
      const res = combine(...results)
      return spec.cmkPaths ? encryptedWithOptionalCmk(r, options, res, spec.cmkPaths) : res
    }
  })
}
