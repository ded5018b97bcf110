/**
 * Look-ups over the framework catalog: the single source of every control's framework mappings.
 * Pure data; no I/O (the catalog is generated into a module at build time).
 */
import type { FrameworkMapping } from '../model/verdict.js'
import { CATALOG } from './catalog.generated.js'
import type { CatalogFramework, RequirementRef } from './types.js'

export { CATALOG }
export type { CatalogFramework, CatalogRequirement, CatalogControlRef, RequirementRef, Strength } from './types.js'

export function findFramework(id: string, catalog: readonly CatalogFramework[] = CATALOG): CatalogFramework | undefined {
  const key = id.toLowerCase()
  return catalog.find(f => f.id === key || f.file === key || f.file === `${key}.yml`)
}

/** Every requirement a control evidences, in catalog order. */
export function requirementsFor(controlId: string, catalog: readonly CatalogFramework[] = CATALOG): RequirementRef[] {
  const out: RequirementRef[] = []
  for (const f of catalog) {
    for (const r of f.requirements) {
      for (const c of r.controls) {
        if (c.id === controlId) out.push({ framework: f.id, id: r.id, strength: c.strength, rationale: c.rationale })
      }
    }
  }
  return out
}

/** A control's mappings (framework name → requirement ids), derived from the catalog. */
export function mappingsFor(controlId: string, catalog: readonly CatalogFramework[] = CATALOG): FrameworkMapping[] {
  const out: FrameworkMapping[] = []
  for (const f of catalog) {
    const ids = f.requirements.filter(r => r.controls.some(c => c.id === controlId)).map(r => r.id)
    if (ids.length > 0) out.push({ framework: f.framework, controls: ids })
  }
  return out
}
