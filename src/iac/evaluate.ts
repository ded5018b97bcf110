/**
 * Pure evaluation of IacFacts: every selected check on every changed resource it applies to (one Finding
 * each), parse errors and unreadable changed files as not_verified, skip comments honoured only when the
 * policy allows (each honoured skip is a not_applicable finding carrying its reason), and the
 * data-residency judgement of region facts.
 */
import type { Finding } from '../model/verdict.js'
import { ResourceIndex, type Severity } from './checks/base.js'
import { IAC_CHECKS } from './checks/index.js'
import { isUnknown, type IacFacts, type RegionFact } from './model.js'

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
}

export function evaluateIac(facts: IacFacts, options: IacEvalOptions): Finding[] {
  const findings: Finding[] = []
  findings.push(...fileFindings(facts))
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
        res = check.evaluate(r, index, { requireCmk: options.requireCmk })
      } catch (e) {
        res = { status: 'not_verified' as const, message: `check failed to run: ${(e as Error).message}` }
      }
      const note = skip ? (options.allowSkipComments ? ' (skip comment ignored: it gives no reason)' : ' (skip comment ignored: the policy does not allow skip comments)') : ''
      findings.push({
        status: res.status,
        subject: r.address,
        message: `${check.title}: ${res.message}${note}`,
        location: { path: r.file, line: res.line ?? r.line },
        rule: check.id,
        severity,
        data: { resource_type: r.type, category: check.category, ...(check.ai ? { ai_system_data: true } : {}), ...(res.attribute ? { attribute: res.attribute } : {}), ...(r.module ? { module: r.module } : {}), ...(r.source === 'plan' ? { source: 'plan' } : {}) }
      })
    }
  }
  return findings
}

/** Parse errors, unreadable changed files, remote modules, a broken plan file. */
function fileFindings(facts: IacFacts): Finding[] {
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
      out.push({ status: 'not_verified', subject: f.path, message: `${f.path} not evaluated: ${f.reason}`, location: { path: f.path }, rule: 'IAC_FILE_SKIPPED', ...(f.remedy ? { remedy: f.remedy } : {}) })
    }
  }
  for (const m of facts.remote_modules) {
    if (!m.changed) continue
    out.push({
      status: 'not_applicable',
      subject: m.address,
      message: `${m.address} (source ${m.source}) not evaluated: ${m.reason}`,
      location: { path: m.file, line: m.line },
      rule: 'IAC_REMOTE_MODULE'
    })
  }
  if (facts.plan && facts.plan.status !== 'used') {
    out.push({ status: 'not_verified', subject: facts.plan.path, message: `plan file ${facts.plan.path}: ${facts.plan.message ?? facts.plan.status}`, location: { path: facts.plan.path }, rule: 'IAC_PLAN' })
  }
  return out
}

// ---------------------------------------------------------------------------------------------------
// data residency

function norm(s: string): string {
  return s.trim().toLowerCase().replace(/[\s_]+/g, '')
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
  for (const f of fileFindings(facts)) if (f.status === 'not_verified' && f.rule !== 'IAC_PLAN') out.push(f)
  for (const r of facts.regions) {
    if (!r.changed) continue
    out.push(regionFinding(r, allowed))
  }
  return out
}

function regionFinding(r: RegionFact, allowed: readonly string[]): Finding {
  const location = { path: r.file, line: r.line }
  const base = { subject: r.subject, location, rule: 'IAC_DATA_RESIDENCY', data: { kind: r.kind, provider: r.provider } }
  if (isUnknown(r.value)) return { ...base, status: 'not_verified', message: `${r.subject}: region cannot be determined statically: ${r.value.$unknown}` }
  if (regionAllowed(r.value, allowed)) return { ...base, status: 'pass', message: `${r.subject}: ${r.value} is an allowed region` }
  return { ...base, status: 'fail', message: `${r.subject}: ${r.value} is not an allowed region (allowed: ${allowed.join(', ')})`, data: { ...base.data, region: r.value } }
}
