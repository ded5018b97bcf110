/**
 * What an IaC check is, and the small helpers the checks share (after Checkov's BaseResourceValueCheck:
 * an inspected key path, expected values, what a missing key means, and an unresolved value → not
 * verified, never pass).
 *
 * Encryption semantics, used by every check:
 *  - "encrypted": the data is encrypted at rest / in transit, with whatever key the provider offers.
 *  - `requireCmk`: "encrypted" is raised to "encrypted with a customer-managed key": an AWS-managed alias
 *    (`alias/aws/…`), an AWS-owned key or a Microsoft/Google-managed key fails.
 *  - Where the provider always encrypts and a check is only about the key (CloudWatch Logs, Secrets
 *    Manager, GCP CMEK …), the resource passes without `requireCmk` and the message names the
 *    provider-managed key; with `requireCmk` it fails unless a customer key is set.
 *  - A value that depends on a variable without a value, a function, a conditional or `!If` is not
 *    verified, with the reason. A reference to a key resource (`aws_kms_key.x.arn`, `!GetAtt Key.Arn`)
 *    counts as a customer-managed key.
 */
import type { FrameworkMapping } from '../../model/verdict.js'
import { asBool, isRef, isUnknown, lookup, show, unknown, type IacResource, type Lookup, type Value } from '../../model/facts/iac.js'

export type CheckStatus = 'pass' | 'fail' | 'not_verified' | 'not_applicable'
export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'info'

export interface CheckResult {
  status: CheckStatus
  message: string
  /** The attribute the verdict rests on (dotted path). */
  attribute?: string
  /** Line of that attribute, when set; else the resource's line is used. */
  line?: number
}

export interface CheckOptions {
  requireCmk: boolean
  /** Optional hardening that is off by default (Azure storage infrastructure encryption) is required. */
  requireInfrastructureEncryption?: boolean
}

export type CheckCategory = 'encryption-at-rest' | 'encryption-in-transit' | 'key-management'

export interface IacCheck {
  id: string
  title: string
  severity: Severity
  category: CheckCategory
  resourceTypes: string[]
  /** Top-level attributes the check reads: only these (and positions) are kept in the record. */
  attributes: string[]
  /** Attributes holding a JSON document in a string (read as the object it encodes). */
  jsonAttributes?: string[]
  /** Other resources the check consults (same module), and the attributes it reads from them. */
  related?: { types: string[]; attributes: string[] }
  /** The resource holds data for AI systems (ISO/IEC 42001 A.7). */
  ai?: boolean
  /** Overrides the category's default mappings. */
  mappings?: FrameworkMapping[]
  /** The provider documentation (or peer catalogue) fact the check rests on. */
  docs?: string
  evaluate(resource: IacResource, index: ResourceIndex, options: CheckOptions): CheckResult
}

export function defineCheck(check: IacCheck): IacCheck {
  return check
}

/** Index of every resource evaluated (changed or not), for cross-resource lookups. */
export class ResourceIndex {
  private readonly byType = new Map<string, IacResource[]>()
  private readonly byAddress = new Map<string, IacResource>()

  constructor(resources: readonly IacResource[]) {
    for (const r of resources) {
      this.byAddress.set(r.address, r)
      const list = this.byType.get(r.type)
      if (list) list.push(r)
      else this.byType.set(r.type, [r])
    }
  }

  get(address: string): IacResource | undefined {
    return this.byAddress.get(address)
  }

  /** Resources of a type in the same module instance (Terraform) or template (CFN/ARM). */
  sameModule(of: IacResource, type: string): IacResource[] {
    return (this.byType.get(type) ?? []).filter(r => r.module === of.module && (r.provider !== 'cfn' && r.provider !== 'arm' ? true : r.file === of.file))
  }

  /**
   * Resources of `type` whose `attr` refers to `target` (a reference to the target's address, or the
   * same literal as the target's own `matchAttr`, e.g. a bucket name).
   */
  referencing(target: IacResource, type: string, attr: string, matchAttr?: string): IacResource[] {
    const literal = matchAttr ? target.attributes[matchAttr] : undefined
    return this.sameModule(target, type).filter(r => {
      const v = r.attributes[attr]
      if (isRef(v)) return v.$ref === target.address || v.$ref.startsWith(`${target.address}.`) || v.$ref.startsWith(`${target.address}[`)
      return typeof v === 'string' && typeof literal === 'string' && v === literal
    })
  }
}

// ---------------------------------------------------------------------------------------------------
// helpers

export const PASS = (message: string, attribute?: string, line?: number): CheckResult => ({ status: 'pass', message, attribute, line })
export const FAIL = (message: string, attribute?: string, line?: number): CheckResult => ({ status: 'fail', message, attribute, line })
export const UNVERIFIED = (message: string, attribute?: string, line?: number): CheckResult => ({ status: 'not_verified', message, attribute, line })
export const NOT_APPLICABLE = (message: string, attribute?: string, line?: number): CheckResult => ({ status: 'not_applicable', message, attribute, line })

function unresolved(path: string, l: Lookup): CheckResult {
  const why = l.state === 'unknown' ? l.reason : l.state === 'ref' ? `a reference to ${l.ref}, known only at apply time` : 'unresolved'
  return UNVERIFIED(`${path} cannot be resolved statically: ${why}`, path, l.line)
}

export interface ExpectOptions {
  /** What a missing attribute means (the provider default). */
  missing: 'pass' | 'fail'
  /** Said when missing, e.g. "the provider default is false". */
  missingNote?: string
}

/** Attribute must be boolean `expected`. */
export function expectBool(r: IacResource, path: string, expected: boolean, opts: ExpectOptions): CheckResult {
  const l = lookup(r, path)
  if (l.state === 'missing') {
    const note = opts.missingNote ? ` (${opts.missingNote})` : ''
    return opts.missing === 'pass' ? PASS(`${path} not set${note}`, path, l.line) : FAIL(`${path} is not set${note}; set it to ${expected}`, path, l.line)
  }
  if (l.state !== 'value') return unresolved(path, l)
  const b = asBool(l.value)
  if (b === undefined) return UNVERIFIED(`${path} is ${show(l.value)}, not a boolean`, path, l.line)
  return b === expected ? PASS(`${path} = ${b}`, path, l.line) : FAIL(`${path} = ${b}; set it to ${expected}`, path, l.line)
}

/** Attribute must be one of `allowed` (case-insensitive). */
export function expectIn(r: IacResource, path: string, allowed: readonly string[], opts: ExpectOptions): CheckResult {
  const l = lookup(r, path)
  if (l.state === 'missing') {
    const note = opts.missingNote ? ` (${opts.missingNote})` : ''
    return opts.missing === 'pass'
      ? PASS(`${path} not set${note}`, path, l.line)
      : FAIL(`${path} is not set${note}; set it to ${allowed.join(' or ')}`, path, l.line)
  }
  if (l.state !== 'value') return unresolved(path, l)
  const s = typeof l.value === 'string' || typeof l.value === 'number' || typeof l.value === 'boolean' ? String(l.value) : undefined
  if (s === undefined) return UNVERIFIED(`${path} is ${show(l.value)}`, path, l.line)
  return allowed.some(a => a.toLowerCase() === s.toLowerCase())
    ? PASS(`${path} = ${JSON.stringify(s)}`, path, l.line)
    : FAIL(`${path} = ${JSON.stringify(s)}; use ${allowed.join(' or ')}`, path, l.line)
}

/** Attribute must not be one of `denied` (case-insensitive); missing per opts. */
export function expectNotIn(r: IacResource, path: string, denied: readonly string[], opts: ExpectOptions): CheckResult {
  const l = lookup(r, path)
  if (l.state === 'missing') {
    const note = opts.missingNote ? ` (${opts.missingNote})` : ''
    return opts.missing === 'pass' ? PASS(`${path} not set${note}`, path, l.line) : FAIL(`${path} is not set${note}`, path, l.line)
  }
  if (l.state !== 'value') return unresolved(path, l)
  const s = String(l.value)
  return denied.some(d => d.toLowerCase() === s.toLowerCase())
    ? FAIL(`${path} = ${JSON.stringify(s)}`, path, l.line)
    : PASS(`${path} = ${JSON.stringify(s)}`, path, l.line)
}

export type KeyKind = 'customer' | 'provider' | 'missing' | 'unknown'

/** An empty (or blank) string names no key: Terraform and CloudFormation accept `""`, and the provider then uses none. */
function isBlank(v: Value | undefined): boolean {
  return typeof v === 'string' && v.trim() === ''
}

/**
 * Look up a key id / ARN / alias attribute: as `lookup`, but `""` counts as not set (Checkov
 * SQSQueueEncryption `fail2`: `kms_master_key_id = ""` leaves the queue unencrypted). Checks that ask
 * whether a key is set read it through this, never through `lookup`.
 */
export function lookupKey(r: Pick<IacResource, 'attributes' | 'positions'>, path: string): Lookup {
  const l = lookup(r, path)
  return l.state === 'value' && isBlank(l.value) ? { state: 'missing', line: l.line } : l
}

/** Classify a key id / ARN / alias value: `alias/aws/…` is AWS-managed; a reference or other id is customer-managed. */
export function classifyKey(v: Value | undefined): { kind: KeyKind; text: string } {
  if (v === undefined || v === null || isBlank(v)) return { kind: 'missing', text: 'not set' }
  if (isUnknown(v)) return v.template === undefined ? { kind: 'unknown', text: v.$unknown } : classifyKeyTemplate(v.template, v.$unknown)
  if (isRef(v)) return { kind: 'customer', text: `a reference to ${v.$ref}` }
  if (typeof v !== 'string') return { kind: 'unknown', text: show(v) }
  if (/(^|:)alias\/aws\//.test(v) || /^aws\//.test(v)) return { kind: 'provider', text: `the AWS-managed key ${v}` }
  return { kind: 'customer', text: JSON.stringify(v) }
}

/**
 * A key id / ARN / alias only partly known (`Unknown.template`): the literal text after the last unresolved
 * part decides when it names the key — `…:alias/aws/sns` is AWS-managed whatever the partition, region and
 * account; `…:key/<id>` or `…:alias/<name>` is a key or alias the template names itself (AWS reserves the
 * `alias/aws/` prefix for its keys); a template ending in a reference to a resource (`key/${MyKey}`) names
 * that resource, as a plain reference does. Anything else stays unknown.
 */
function classifyKeyTemplate(template: string, reason: string): { kind: KeyKind; text: string } {
  const markers = [...template.matchAll(/\$\{(ref:[^}]*|\?)\}/g)]
  const last = markers.at(-1)
  const tail = last === undefined ? template : template.slice((last.index ?? 0) + last[0].length)
  const shown = template.replace(/\$\{ref:([^}]*)\}/g, '${$1}').replace(/\$\{\?\}/g, '${…}')
  // AWS reserves the alias/aws/ prefix wherever it stands: alias/aws/${…} is still an AWS-managed key
  if (/(^|:)alias\/aws\//.test(template)) return { kind: 'provider', text: `the AWS-managed key ${shown}` }
  if (/(^|:)(key|alias)\/[^/\s]/.test(tail)) return { kind: 'customer', text: JSON.stringify(shown) }
  if (tail === '' && last?.[1].startsWith('ref:') && /(^|[:/])$/.test(template.slice(0, last.index)))
    return { kind: 'customer', text: `a reference to ${last[1].slice(4)}` }
  return { kind: 'unknown', text: reason }
}

/**
 * Why an AWS-managed key (`alias/aws/<service>`) does not meet require-cmk: the data is encrypted, but AWS
 * KMS defines customer managed keys as the keys you create, own and manage (key policy, rotation, disabling);
 * AWS managed keys are created and used on your behalf by a service, and their policy cannot be changed
 * (https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-mgmt). Some peers' "good"
 * examples for encryption-enabled checks use such an alias: they pass without require-cmk.
 */
export const AWS_MANAGED_NOTE =
  ': the data is encrypted, but with a key AWS creates and controls for the service (its key policy cannot be changed); require-cmk asks for a KMS key you create and manage (e.g. aws_kms_key / AWS::KMS::Key)'

/** Requires a customer-managed key at the first of `paths` that is set. */
export function requireCustomerKey(r: IacResource, paths: readonly string[], what = 'a customer-managed key'): CheckResult {
  let first: Lookup | undefined
  for (const path of paths) {
    const l = lookupKey(r, path)
    first ??= l
    if (l.state === 'missing') continue
    const v = l.state === 'value' ? l.value : l.state === 'ref' ? { $ref: l.ref } : l.state === 'unknown' ? unknown(l.reason, l.template) : unknown('?')
    const k = classifyKey(v)
    if (k.kind === 'customer') return PASS(`encrypted with ${what} (${path} = ${k.text})`, path, l.line)
    if (k.kind === 'provider') return FAIL(`${path} is ${k.text}, not ${what}${AWS_MANAGED_NOTE}`, path, l.line)
    if (k.kind === 'unknown') return UNVERIFIED(`${path} cannot be resolved statically: ${k.text}`, path, l.line)
  }
  return FAIL(`${paths.join(' / ')} not set: require-cmk asks for ${what}`, paths[0], first?.line)
}

/**
 * Combine step results: any fail → the first fail; else any not_verified → the first; else any
 * not_applicable when none pass → that; else pass with the messages joined.
 */
export function combine(...results: CheckResult[]): CheckResult {
  const fail = results.find(r => r.status === 'fail')
  if (fail) return fail
  const nv = results.find(r => r.status === 'not_verified')
  if (nv) return nv
  const passes = results.filter(r => r.status === 'pass')
  if (passes.length === 0) return results[0] ?? NOT_APPLICABLE('nothing to check')
  return { status: 'pass', message: passes.map(p => p.message).join('; '), attribute: passes[0].attribute, line: passes[0].line }
}

/**
 * The common shape: an "encrypted" test, raised by requireCmk to a customer key at `cmkPaths`.
 * `providerKeyNote` is said on pass without requireCmk when no customer key is set.
 */
export function encryptedWithOptionalCmk(
  r: IacResource,
  options: CheckOptions,
  encrypted: CheckResult,
  cmkPaths: readonly string[],
  providerKeyNote = 'with a provider-managed key'
): CheckResult {
  if (encrypted.status !== 'pass') return encrypted
  const cmk = requireCustomerKey(r, cmkPaths)
  if (options.requireCmk) return cmk.status === 'pass' ? combine(encrypted, cmk) : cmk
  if (cmk.status === 'pass') return combine(encrypted, cmk)
  return { ...encrypted, message: `${encrypted.message}; ${providerKeyNote}` }
}

/** For resources the provider always encrypts: pass noting the provider key, or require the CMK. */
export function cmkOnly(r: IacResource, options: CheckOptions, cmkPaths: readonly string[], alwaysEncrypted: string): CheckResult {
  const cmk = requireCustomerKey(r, cmkPaths)
  if (cmk.status === 'pass' || options.requireCmk) return cmk
  if (cmk.status === 'not_verified') return PASS(`${alwaysEncrypted}; the customer key setting is unresolved (${cmk.message})`, cmk.attribute, cmk.line)
  return PASS(`${alwaysEncrypted} with a provider-managed key (${cmkPaths[0]} not set; require-cmk would fail this)`, cmk.attribute, cmk.line)
}

/**
 * Whether an ARM resource's `apiVersion` (or an azapi_resource's `@version`) is `since` or newer: provider
 * defaults change with the API version (e.g. storage `supportsHttpsTrafficOnly` defaults to true only
 * from 2019-04-01). `undefined` when the version cannot be read.
 */
export function apiVersionAtLeast(r: IacResource, since: string): boolean | undefined {
  const l = lookup(r, 'apiVersion')
  if (l.state !== 'value' || typeof l.value !== 'string') return undefined
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(l.value)
  return m ? m[1] >= since : undefined
}

/**
 * A default that depends on the API version: `missing` judged as `from` when the resource's apiVersion
 * is at least `since`, as `before` when older, not verified when the version is unknown.
 */
export function missingByApiVersion(r: IacResource, since: string, from: 'pass' | 'fail', before: 'pass' | 'fail', what: string): ExpectOptions | CheckResult {
  const v = apiVersionAtLeast(r, since)
  if (v === undefined)
    return UNVERIFIED(`${what} is not set and the apiVersion cannot be read: its default depends on the API version (changed in ${since})`, 'apiVersion')
  return {
    missing: v ? from : before,
    missingNote: `apiVersion ${v ? '≥' : '<'} ${since}: the default is ${v === (from === 'pass') ? 'compliant' : 'not compliant'}`
  }
}

export function isResult(x: ExpectOptions | CheckResult): x is CheckResult {
  return 'status' in x
}
