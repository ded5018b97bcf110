/**
 * Terraform plan JSON (`terraform show -json plan.out`): the planned values of every managed resource, the
 * most exact source when a workflow produces it. Values known only after apply (`after_unknown`) become
 * Unknown markers; the config's own value (often a reference) is kept for those by the merger.
 */
import { unknown, type Value } from '../../model/facts/iac.js'

export interface PlanResource {
  address: string
  type: string
  name: string
  values: Record<string, Value>
}

function isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/** Throws on malformed JSON or a file that is not a plan. */
export function parsePlan(text: string): PlanResource[] {
  const doc: unknown = JSON.parse(text)
  if (!isObj(doc) || (!('planned_values' in doc) && !('resource_changes' in doc)))
    throw new Error('not a Terraform plan JSON (no planned_values or resource_changes)')
  const out = new Map<string, PlanResource>()
  const walkModule = (m: unknown): void => {
    if (!isObj(m)) return
    for (const r of Array.isArray(m.resources) ? m.resources : []) {
      if (!isObj(r) || r.mode === 'data' || typeof r.address !== 'string' || typeof r.type !== 'string') continue
      out.set(r.address, {
        address: r.address,
        type: r.type,
        name: String(r.name ?? ''),
        values: isObj(r.values) ? (toValue(r.values) as Record<string, Value>) : {}
      })
    }
    for (const c of Array.isArray(m.child_modules) ? m.child_modules : []) walkModule(c)
  }
  if (isObj(doc.planned_values)) walkModule(doc.planned_values.root_module)
  for (const rc of Array.isArray(doc.resource_changes) ? doc.resource_changes : []) {
    if (!isObj(rc) || rc.mode === 'data' || typeof rc.address !== 'string' || !isObj(rc.change)) continue
    const actions = Array.isArray(rc.change.actions) ? rc.change.actions : []
    if (actions.length === 1 && actions[0] === 'delete') {
      out.delete(rc.address)
      continue
    }
    const existing = out.get(rc.address)
    const after = isObj(rc.change.after) ? (toValue(rc.change.after) as Record<string, Value>) : (existing?.values ?? {})
    const values = markUnknown(after, rc.change.after_unknown) as Record<string, Value>
    out.set(rc.address, { address: rc.address, type: String(rc.type ?? ''), name: String(rc.name ?? ''), values })
  }
  return [...out.values()]
}

function markUnknown(v: Value, mask: unknown): Value {
  if (mask === true) return unknown('known only after apply (plan)')
  if (Array.isArray(mask) && Array.isArray(v)) return v.map((x, i) => markUnknown(x, mask[i]))
  if (isObj(mask) && isObj(v)) {
    const out: Record<string, Value> = { ...(v as Record<string, Value>) }
    for (const [k, m] of Object.entries(mask)) out[k] = markUnknown(out[k] ?? null, m)
    return out
  }
  return v
}

function toValue(v: unknown): Value {
  if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v
  if (Array.isArray(v)) return v.map(toValue)
  if (isObj(v)) {
    const out: Record<string, Value> = {}
    for (const [k, x] of Object.entries(v)) out[k] = toValue(x)
    return out
  }
  return null
}

/** Strip instance keys (`[0]`, `["a"]`) so a plan address matches its config address. */
export function configAddress(planAddress: string): string {
  return planAddress.replace(/\[[^\]]*\]/g, '')
}
