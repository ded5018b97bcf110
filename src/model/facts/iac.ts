/**
 * The normalized IaC model: resources from Terraform (HCL, JSON, plan), CloudFormation and ARM, with
 * attribute values resolved as far as the files allow. A value that cannot be resolved statically is an
 * explicit `Unknown` marker with the reason; a reference to another resource (a KMS key's ARN, a bucket's
 * id) is a `Ref` marker. Neither is ever truthy: checks must decide what each means.
 *
 * Everything here is plain JSON so it can live in record.json (record.facts.iac).
 */

/** A value that could not be resolved without deploying (variable without default, function, `!If`). */
export interface Unknown {
  $unknown: string
  /**
   * For a string built from literal text and deploy-time parts (`!Sub "arn:${AWS::Partition}:kms:…:alias/aws/sns"`,
   * `"arn:aws:kms:${var.region}:…:key/…"`): the text with each unresolved part written as a marker —
   * `${ref:ADDRESS}` for a reference to a resource, `${?}` for anything else. Only a check that can judge the
   * literal parts (a KMS key's kind) reads it; everything else treats the value as unknown.
   */
  template?: string
}

/** A reference to another resource or data source attribute: set, but known only at apply time. */
export interface Ref {
  /** Module-qualified address, e.g. `aws_kms_key.logs.arn`, `module.db.aws_kms_key.k.arn`, CFN `LogsKey`. */
  $ref: string
}

export type Value = string | number | boolean | null | Unknown | Ref | Value[] | { [key: string]: Value }

export type IacFormat = 'terraform' | 'terraform-json' | 'tfvars' | 'tfvars-json' | 'cloudformation' | 'arm' | 'plan'

export type IacProvider = 'aws' | 'azurerm' | 'google' | 'cfn' | 'arm' | string

export interface IacResource {
  /** Module-qualified address: `aws_s3_bucket.logs`, `module.store.aws_s3_bucket.logs`, CFN/ARM logical id. */
  address: string
  type: string
  name: string
  provider: IacProvider
  /** Module instance path ('' for the root module, `module.store` for a child). */
  module: string
  /** Path relative to the checkout. */
  file: string
  line: number
  end_line: number
  /** Resolved attributes; nested blocks are arrays of objects (as in plan JSON). */
  attributes: Record<string, Value>
  /** Line of each attribute or block, keyed by dotted path without list indexes (`server_side_encryption.enabled`). */
  positions: Record<string, number>
  /** True when the resource is declared in a file the change touched: findings are reported only on those. */
  changed: boolean
  /** Where the attribute values came from when a plan refined them. */
  source?: 'config' | 'plan'
  /**
   * For a resource in a called module: where the value of an attribute (dotted path) was set, when it
   * came in through a module input (the calling module block's argument), outermost call first.
   */
  origins?: Record<string, { file: string; line: number }>
  /** `count` / `for_each` could not be resolved: this one resource stands for every instance. */
  instances_unknown?: string
}

export function isUnknown(v: unknown): v is Unknown {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && typeof (v as Unknown).$unknown === 'string'
}

export function isRef(v: unknown): v is Ref {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && typeof (v as Ref).$ref === 'string'
}

export function unknown(reason: string, template?: string): Unknown {
  return template === undefined ? { $unknown: reason } : { $unknown: reason, template }
}

/** The marker a partly known string carries for an unresolved part (see `Unknown.template`). */
export function templateMarker(v: Value): string {
  return isRef(v) ? `\${ref:${v.$ref}}` : '${?}'
}

export function isPlainObject(v: unknown): v is { [key: string]: Value } {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !isUnknown(v) && !isRef(v)
}

/** Result of reading a dotted path from a resource. */
export type Lookup =
  | { state: 'missing'; line?: number }
  | { state: 'unknown'; reason: string; template?: string; line?: number }
  | { state: 'ref'; ref: string; line?: number }
  | { state: 'value'; value: Value; line?: number }

/**
 * Read `a.b.c` from attributes. Lists on the way (blocks) are entered at their first element; an empty
 * list is missing. An unknown or a reference on the way makes the whole lookup unknown / a reference.
 */
export function lookup(resource: Pick<IacResource, 'attributes' | 'positions'>, path: string): Lookup {
  const keys = path.split('.')
  let cur: Value | undefined = resource.attributes
  const line = resource.positions[path] ?? nearestLine(resource.positions, keys)
  for (let i = 0; i < keys.length; i++) {
    while (Array.isArray(cur)) {
      if (cur.length === 0) return { state: 'missing', line }
      cur = cur[0]
    }
    if (isUnknown(cur)) return { state: 'unknown', reason: cur.$unknown, line }
    if (isRef(cur)) return { state: 'unknown', reason: `${keys.slice(0, i).join('.')} is a reference to ${cur.$ref}`, line }
    if (!isPlainObject(cur)) return { state: 'missing', line }
    // own keys only: a "__proto__" key in parsed JSON/YAML that became a prototype is never read as settings
    cur = Object.hasOwn(cur, keys[i]) ? cur[keys[i]] : undefined
    if (cur === undefined) return { state: 'missing', line }
  }
  if (cur === null) return { state: 'missing', line }
  if (isUnknown(cur))
    return cur.template === undefined
      ? { state: 'unknown', reason: cur.$unknown, line }
      : { state: 'unknown', reason: cur.$unknown, template: cur.template, line }
  if (isRef(cur)) return { state: 'ref', ref: cur.$ref, line }
  return { state: 'value', value: cur, line }
}

function nearestLine(positions: Record<string, number>, keys: string[]): number | undefined {
  for (let n = keys.length - 1; n > 0; n--) {
    const l = positions[keys.slice(0, n).join('.')]
    if (l !== undefined) return l
  }
  return undefined
}

/** `true`/`"true"` → true, `false`/`"false"` → false, anything else → undefined. */
export function asBool(v: Value): boolean | undefined {
  if (typeof v === 'boolean') return v
  if (typeof v === 'string') {
    const s = v.trim().toLowerCase()
    if (s === 'true') return true
    if (s === 'false') return false
  }
  return undefined
}

/** Render a value briefly for a message (never used for secret attributes, which are dropped). */
export function show(v: Value | undefined): string {
  if (v === undefined) return 'not set'
  if (isUnknown(v)) return `unknown (${v.$unknown})`
  if (isRef(v)) return `a reference to ${v.$ref}`
  const s = JSON.stringify(v)
  return s.length > 80 ? `${s.slice(0, 77)}...` : s
}

/** A region or location fact for the data-residency control. */
export interface RegionFact {
  /** Provider block (`provider.aws`, `provider.aws.eu`), resource address, or template. */
  subject: string
  kind: 'provider' | 'resource' | 'template'
  provider: IacProvider
  /** The region/location as written once resolved, or why it is unknown. */
  value: string | Unknown
  file: string
  line: number
  changed: boolean
}

/** A `compliance-gate:skip=<check> <reason>` comment. */
export interface SkipComment {
  file: string
  line: number
  check: string
  reason: string
  /** The resource the comment sits in or directly above; absent when it is next to none. */
  address?: string
}

export type FileStatus = 'parsed' | 'error' | 'skipped'

export interface IacFileFact {
  path: string
  format: IacFormat
  status: FileStatus
  /** True when the change touched this file. */
  changed: boolean
  /** For status 'error': where and what. */
  error?: { line: number; column?: number; message: string }
  /** For status 'skipped': why (binary, too large, not IaC). */
  reason?: string
  /** For status 'skipped': what would make it readable, when something would (an API failure). */
  remedy?: string
}

export interface ModuleFact {
  /** Directory relative to the checkout ('.' for the root). */
  dir: string
  /** '' for a root evaluated on its own, `module.x` for a local call. */
  address: string
  /** Where it was called from, for a local module call. */
  called_from?: { file: string; line: number }
}

export interface RemoteModuleFact {
  address: string
  source: string
  file: string
  line: number
  changed: boolean
  reason: string
}

/**
 * A resource the gate holds no check for although it may hold data (a provider without checks, an
 * `azapi_resource` of an ARM type without checks): visible as not verified, never silently passed.
 */
export interface UnevaluatedResourceFact {
  address: string
  type: string
  file: string
  line: number
  changed: boolean
  reason: string
}

/** record.facts.iac: the facts the iac.encryption and iac.data-residency controls judge. */
export interface IacFacts {
  /** Every IaC file read (changed or needed for resolution), with its parse state. */
  files: IacFileFact[]
  /** Module directories evaluated (each whole). */
  modules: ModuleFact[]
  /** Remote module calls: not evaluated, their resources are not checked. */
  remote_modules: RemoteModuleFact[]
  /**
   * Resources the checks judge (changed: true) and resources from the same modules that checks consult
   * across resources (changed: false), with only the attributes checks read; secret-looking ones dropped.
   */
  resources: IacResource[]
  /** Resources that may hold data but that no check reads (see UnevaluatedResourceFact). */
  unevaluated?: UnevaluatedResourceFact[]
  regions: RegionFact[]
  skips: SkipComment[]
  /** Terraform plan JSON given by policy (`plan-file`), when there was one. */
  plan?: { path: string; status: 'used' | 'error' | 'missing'; message?: string; resources?: number }
  limits: { max_file_size: number }
}

const SECRET_NAME =
  /pass(word|wd|phrase)?s?($|_)|pwds?($|_)|secret(?!s?_?manager)|token|private_?key|access_?key|credential|connection_?string|sas_|_key_value|primary_?key|secondary_?key|auth_?key|api_?key|client_?key|dsn$/i
/** Attributes named like key *identifiers* are not secrets (kms_key_id, key_vault_key_id, kms_key_name …). */
const KEY_IDENTIFIER = /(kms|key_vault|encryption|cmk|customer).*key|key_(id|arn|name|self_link|vault_id)$|_key_(id|arn|name)$/i

/** True for attribute names whose value may be a secret: such attributes never enter the record. */
export function looksSecret(name: string): boolean {
  if (KEY_IDENTIFIER.test(name)) return false
  return SECRET_NAME.test(name)
}

/** Facts of the `iac` group: the changed infrastructure-as-code resources and check results. */
