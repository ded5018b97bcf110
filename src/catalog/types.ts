/**
 * The framework catalog: for each framework, the requirements in scope, the gate controls that evidence
 * each (with how strongly and why), and the evidence a team must bring from elsewhere. Data lives in
 * catalog/*.yml (schema: schemas/catalog.schema.json); scripts/gen-data.mjs turns it into catalog.generated.ts.
 */

/**
 * - direct: for changes in scope, the verdict alone evidences the requirement;
 * - partial: the verdict evidences part of the requirement;
 * - supporting: the verdict corroborates evidence that must come from elsewhere.
 */
export type Strength = 'direct' | 'partial' | 'supporting'

export interface CatalogSource {
  title: string
  url: string
}

export interface CatalogControlRef {
  /** Gate control id, e.g. `review.approvals`. */
  id: string
  strength: Strength
  /** One line: why the control evidences the requirement. */
  rationale: string
}

export interface CatalogRequirement {
  /** As the framework writes it: `CC8.1`, `A.8.32`, `CM-3`, `Art. 26`. */
  id: string
  title: string
  /** Public text stating the requirement (laws and schemes whose articles are cited). */
  source?: CatalogSource
  /** Empty when the gate does not cover the requirement. */
  controls: CatalogControlRef[]
  /** The evidence a team must bring from outside this tool. */
  elsewhere: string
}

export interface CatalogFramework {
  /** The catalog file it came from (catalog/<file>). */
  file: string
  /** Short id for the command line: soc2, iso27001, iso42001, nist80053, difc, apec-cbpr. */
  id: string
  /** Name written in verdict mappings: `SOC 2`, `ISO/IEC 27001:2022` … */
  framework: string
  title: string
  source: CatalogSource
  requirements: CatalogRequirement[]
}

/** One requirement a verdict evidences, as results.json lists it. */
export interface RequirementRef {
  /** Catalog framework id (soc2, iso27001, …). */
  framework: string
  /** Requirement id within the framework. */
  id: string
  strength: Strength
  rationale: string
}
