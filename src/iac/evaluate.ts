/**
 * Pure evaluation of IacFacts: every selected check on every changed resource it applies to (one Finding
 * each), parse errors and unreadable changed files as not_verified, skip comments honoured only when the
 * policy allows (each honoured skip is a not_applicable finding carrying its reason), and the
 * data-residency judgement of region facts.
 */
import type { Finding } from '../model/verdict.js'
import { ResourceIndex, type Severity } from './checks/base.js'
import { IAC_CHECKS } from './checks/index.js'
import { isUnknown, type IacFacts, type RegionFact } from '../model/facts/iac.js'

export interface IacEvalOptions {
  requireCmk: boolean
  /** Only these check ids run (empty or absent: all). */
  checks?: readonly string[]
  /** These check ids never run. */
  skipChecks?: readonly string[]
  /** Per check id severity. */
  severityOverrides?: Readonly<Record<string, Severity>>
  /** Honour `compliance-gate:skip=<check> <reason>` comments (default false). */
  allowSkipComments: boolean
  /** Code the gate could not evaluate (remote modules, resource types without checks): warn (default) or fail. */
  onUnevaluated?: 'warn' | 'fail'
  /** Azure storage infrastructure (double) encryption is required (default false: optional hardening). */
  requireInfrastructureEncryption?: boolean
}

export function evaluateIac(facts: IacFacts, options: IacEvalOptions): Finding[] {
  const findings: Finding[] = []
  findings.push(...fileFindings(facts, options.onUnevaluated ?? 'warn'))
  const index = new ResourceIndex(facts.resources)
  const include = options.checks && options.checks.length > 0 ? new Set(options.checks) : null
  const exclude = new Set(options.skipChecks ?? [])
  const checks = IAC_CHECKS.filter(c => (!include || include.has(c.id)) && !exclude.has(c.id))
  const byType = new Map<string, typeof checks>()
  for (const c of checks) for (const t of c.resourceTypes) byType.set(t, [...(byType.get(t) ?? []), c])

  for (const r of facts.resources) {
    if (!r.changed) continue
    for (const check of byType.get(r.type) ?? []) {
      const severity = options.severityOverrides?.[check.id] ?? check.severity
      const skip = facts.skips.find(s => s.address === r.address && s.file === r.file && (s.check === check.id || s.check === 'all'))
      if (skip && options.allowSkipComments && skip.reason.trim() !== '') {
        findings.push({
          status: 'not_applicable',
          subject: r.address,
          message: `skipped by comment at ${skip.file}:${skip.line}: ${skip.reason}`,
          location: { path: r.file, line: r.line },
          rule: check.id,
          severity,
          data: { skipped: true, skip_reason: skip.reason, skip_location: `${skip.file}:${skip.line}`, resource_type: r.type }
        })
        continue
      }
      let res
      try {
        res = check.evaluate(r, index, { requireCmk: options.requireCmk, requireInfrastructureEncryption: options.requireInfrastructureEncryption === true })
      } catch (e) {
        res = { status: 'not_verified' as const, message: `check failed to run: ${(e as Error).message}` }
      }
      const note = skip
        ? options.allowSkipComments
          ? ' (skip comment ignored: it gives no reason)'
          : ' (skip comment ignored: the policy does not allow skip comments)'
        : ''
      const instances = r.instances_unknown && res.status !== 'not_applicable' ? ` (judged once for every instance: ${r.instances_unknown})` : ''
      // In a called module, a value passed in by the calling block is reported where it is set; the
      // resource's own line is kept as the related location.
      const origin = res.attribute ? originFor(r, res.attribute) : undefined
      const resourceAt = { path: r.file, line: res.line ?? r.line }
      findings.push({
        status: res.status,
        subject: r.address,
        message: `${check.title}: ${res.message}${origin ? ` (value set at ${origin.file}:${origin.line})` : ''}${instances}${note}`,
        location: origin ? { path: origin.file, line: origin.line } : resourceAt,
        rule: check.id,
        severity,
        data: {
          resource_type: r.type,
          category: check.category,
          ...(check.ai ? { ai_system_data: true } : {}),
          ...(res.attribute ? { attribute: res.attribute } : {}),
          ...(r.module ? { module: r.module } : {}),
          ...(origin ? { related_location: resourceAt } : {}),
          ...(r.instances_unknown ? { instances: 'unknown' } : {}),
          ...(r.source === 'plan' ? { source: 'plan' } : {})
        }
      })
    }
  }
  return dedupe(findings)
}

/** Where an attribute's value was set, when it came in through a module input. */
function originFor(r: IacFacts['resources'][number], attribute: string): { file: string; line: number } | undefined {
  if (!r.origins) return undefined
  const keys = attribute.split('.')
  for (let n = keys.length; n > 0; n--) {
    const o = r.origins[keys.slice(0, n).join('.')]
    if (o) return o
  }
  return undefined
}

/** The same verdict on the same subject at the same place with the same words is said once. */
function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>()
  return findings.filter(f => {
    const k = JSON.stringify([f.rule, f.subject, f.status, f.location?.path, f.location?.line, f.message])
    if (seen.has(k)) return false
    seen.add(k)
    return true
  })
}

const UNEVALUATED_REMEDY =
  'Pass a plan (`terraform show -json plan.out > plan.json`, policy key plan-file) that covers these resources, or vendor the module into the repository; set on-unevaluated: fail to block on code the gate cannot read.'

/** Parse errors, unreadable changed files, remote modules, resources without checks, a broken plan file. */
function fileFindings(facts: IacFacts, onUnevaluated: 'warn' | 'fail' = 'warn'): Finding[] {
  const effect = { on_unevaluated: onUnevaluated }
  const out: Finding[] = []
  for (const f of facts.files) {
    if (!f.changed) continue
    if (f.status === 'error' && f.error) {
      out.push({
        status: 'not_verified',
        subject: f.path,
        message: `${f.path}:${f.error.line}: cannot parse (${f.error.message}); its resources are not verified`,
        location: { path: f.path, line: f.error.line, ...(f.error.column ? { column: f.error.column } : {}) },
        rule: 'IAC_PARSE_ERROR',
        remedy: 'Fix the syntax error so the file can be evaluated.'
      })
    } else if (f.status === 'skipped' && f.reason && !/not found|deleted/.test(f.reason)) {
      out.push({
        status: 'not_verified',
        subject: f.path,
        message: `${f.path} not evaluated: ${f.reason}`,
        location: { path: f.path },
        rule: 'IAC_FILE_SKIPPED',
        ...(f.remedy ? { remedy: f.remedy } : {})
      })
    }
  }
  for (const m of facts.remote_modules) {
    if (!m.changed) continue
    out.push({
      status: 'not_verified',
      subject: m.address,
      message: `${m.address} (source ${m.source}) not evaluated: ${m.reason}`,
      location: { path: m.file, line: m.line },
      rule: 'IAC_REMOTE_MODULE',
      remedy: UNEVALUATED_REMEDY,
      data: { unevaluated: true, ...effect }
    })
  }
  for (const u of facts.unevaluated ?? []) {
    if (!u.changed) continue
    out.push({
      status: 'not_verified',
      subject: u.address,
      message: `${u.address} (${u.type}) not evaluated: ${u.reason}`,
      location: { path: u.file, line: u.line },
      rule: 'IAC_UNEVALUATED_RESOURCE',
      remedy: UNEVALUATED_REMEDY,
      data: { unevaluated: true, resource_type: u.type, ...effect }
    })
  }
  if (facts.plan && facts.plan.status !== 'used') {
    out.push({
      status: 'not_verified',
      subject: facts.plan.path,
      message: `plan file ${facts.plan.path}: ${facts.plan.message ?? facts.plan.status}`,
      location: { path: facts.plan.path },
      rule: 'IAC_PLAN'
    })
  }
  return out
}

// ---------------------------------------------------------------------------------------------------
// data residency

function norm(s: string): string {
  return s
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '')
}

/** A region/location is allowed when it equals an allowed one, or is a zone of it (`me-central-1a`, `me-central2-a`). */
export function regionAllowed(value: string, allowed: readonly string[]): boolean {
  const v = norm(value)
  return allowed.some(a => {
    const n = norm(a)
    return v === n || (v.startsWith(n) && /^-?[a-z]$/.test(v.slice(n.length)))
  })
}

export function evaluateResidency(facts: IacFacts, allowed: readonly string[]): Finding[] {
  const out: Finding[] = []
  for (const f of fileFindings(facts))
    if (f.status === 'not_verified' && f.rule !== 'IAC_PLAN' && f.rule !== 'IAC_REMOTE_MODULE' && f.rule !== 'IAC_UNEVALUATED_RESOURCE') out.push(f)
  for (const r of facts.regions) {
    if (!r.changed) continue
    out.push(regionFinding(r, allowed))
  }
  return out
}

/** What lets a region be read statically, by where it is set. */
function residencyRemedy(r: RegionFact): string {
  if (r.kind === 'template')
    return "A CloudFormation stack's region is chosen when it is deployed: deploy it only through a pipeline pinned to an allowed region, record that as the evidence, and set on-not-verified: warn on iac.data-residency for templates; or give the region as a literal where a resource takes one."
  if (r.kind === 'provider')
    return `Set the region in the provider "${r.provider}" block (a literal, or a variable with a default or a terraform.tfvars value), or give plan-file so the planned region is read.`
  return "Set the resource's region, location or zone to a literal, or to a variable with a default or a terraform.tfvars value; or give plan-file."
}

function regionFinding(r: RegionFact, allowed: readonly string[]): Finding {
  const location = { path: r.file, line: r.line }
  const base = { subject: r.subject, location, rule: 'IAC_DATA_RESIDENCY', data: { kind: r.kind, provider: r.provider } }
  if (isUnknown(r.value))
    return { ...base, status: 'not_verified', message: `${r.subject}: region cannot be determined statically: ${r.value.$unknown}`, remedy: residencyRemedy(r) }
  if (regionAllowed(r.value, allowed)) return { ...base, status: 'pass', message: `${r.subject}: ${r.value} is an allowed region` }
  return {
    ...base,
    status: 'fail',
    message: `${r.subject}: ${r.value} is not an allowed region (allowed: ${allowed.join(', ')})`,
    data: { ...base.data, region: r.value }
  }
}
