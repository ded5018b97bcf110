/**
 * OSCAL assessment-results from evidence bundles. Pure: bundles in, document out (src/commands/export.ts reads
 * and verifies the bundles).
 *
 * - one `result` covering all bundles; `start`/`end` are the earliest collection and latest evaluation;
 * - one observation per verdict per bundle (`methods: [TEST]`, `collected` = when the facts were collected,
 *   subjects = the repository and the change, both back-matter resources; relevant-evidence = the JSON pointers
 *   into the bundle's record.json the verdict rests on);
 * - one finding per framework requirement some verdict evidences (catalog/*.yml): `satisfied` when every such
 *   verdict passed (or did not apply), `not-satisfied` when any failed or could not be verified — never satisfied
 *   on missing facts. Requirements with only not-applicable verdicts, and those the gate does not cover, get no
 *   finding (the result's remarks list them);
 * - `reviewed-controls` lists the requirements found; `import-ap` points at the assessment plan the tool ships
 *   (a back-matter resource describing it, docs/frameworks.md#assessment-plan);
 * - every uuid is a name-based v5 UUID from content, and last-modified is the latest evaluation time, so the
 *   same bundles export byte-identical documents.
 */
import type { CatalogFramework, CatalogRequirement, Strength } from '../catalog/types.js'
import { coverageOf } from '../catalog/matrix.js'
import type { Manifest, Results } from '../evidence/bundle.js'
import type { ChangeRecord } from '../model/record.js'
import type { GatedVerdict } from '../model/verdict.js'
import { TOOL_NAME, TOOL_VERSION } from '../version.js'
import { uuidV5 } from './uuid.js'

export const OSCAL_VERSIONS = ['1.1.3', '1.2.2'] as const
export type OscalVersion = (typeof OSCAL_VERSIONS)[number]

/** Namespace of compliance-gate's OSCAL props. */
export const PROP_NS = 'https://compliance-gate.dev/ns/oscal'

export interface LoadedBundle {
  /** Directory name of the bundle (used in evidence hrefs). */
  name: string
  manifest: Manifest
  /** SHA-256 of manifest.json: identifies the bundle. */
  manifestSha256: string
  record: ChangeRecord
  results: Results
}

type Json = Record<string, unknown>

/** OSCAL tokens (NCName): letters, digits, `.`, `-`, `_`, starting with a letter or `_`. */
export function requirementToken(framework: CatalogFramework, requirementId: string): string {
  if (framework.id === 'nist80053') return requirementId.toLowerCase() // as NIST's OSCAL catalog writes them: cm-3
  const raw = `${framework.id}-${requirementId}`.toLowerCase()
  return raw
    .replace(/[^\p{L}\p{N}._-]+/gu, '-')
    .replace(/-+/g, '-')
    .replace(/-$/, '')
}

const str = (s: string | undefined | null, fallback: string): string => {
  const t = (s ?? '').replace(/\s+/g, ' ').trim()
  return t.length > 0 ? t : fallback
}
const prop = (name: string, value: string): Json => ({ name, ns: PROP_NS, value: str(value, '-') })

function changeTitle(b: LoadedBundle): string {
  const pr = b.record.pull_request.value?.number ?? b.results.subject.pull_request
  const sha = (b.record.subject.head_sha || 'unknown').slice(0, 12)
  return pr ? `${b.record.repository.full_name} pull request #${pr} at ${sha}` : `${b.record.repository.full_name} ${b.record.subject.kind} at ${sha}`
}

/** An ISO date-time with timezone, or the fallback. */
function time(value: string | null | undefined, fallback: string): string {
  return value && !Number.isNaN(Date.parse(value)) && /(Z|[+-]\d\d:\d\d)$/.test(value) ? new Date(Date.parse(value)).toISOString() : fallback
}

interface Evidenced {
  framework: CatalogFramework
  requirement: CatalogRequirement
  strength: Strength
  observation: string
  verdict: GatedVerdict
  bundle: LoadedBundle
}

export interface ExportOptions {
  version: OscalVersion
  /** Catalog frameworks to report on (default: all). */
  frameworks: readonly CatalogFramework[]
}

export function buildAssessmentResults(bundles: readonly LoadedBundle[], options: ExportOptions): Json {
  if (bundles.length === 0) throw new Error('no evidence bundles to export')
  const sorted = [...bundles].sort((a, b) => a.manifestSha256.localeCompare(b.manifestSha256))
  const docKey = `${options.version}|${options.frameworks.map(f => f.id).join(',')}|${sorted.map(b => b.manifestSha256).join(',')}`
  const docUuid = uuidV5(`assessment-results|${docKey}`)
  const evaluatedTimes = sorted.map(b => time(b.results.evaluated_at, time(b.record.collected_at, '1970-01-01T00:00:00.000Z')))
  const collectedTimes = sorted.map(b => time(b.record.collected_at, time(b.results.evaluated_at, '1970-01-01T00:00:00.000Z')))
  const end = evaluatedTimes.reduce((a, b) => (a > b ? a : b))
  const start = collectedTimes.reduce((a, b) => (a < b ? a : b))

  const resources: Json[] = []
  const planUuid = uuidV5('assessment-plan|compliance-gate|' + TOOL_VERSION)
  resources.push({
    uuid: planUuid,
    title: 'compliance-gate assessment plan',
    description:
      'Each pull request (and push to a protected branch) is tested automatically: the facts are collected from the GitHub API and the checkout, ' +
      "every control enabled by the repository's policy is evaluated over them, and an evidence bundle with SHA-256 digests is written. " +
      'The controls, their questions and the framework requirements each evidences are documented in docs/frameworks.md.',
    props: [prop('tool', `${TOOL_NAME} ${TOOL_VERSION}`)],
    rlinks: [{ href: 'docs/frameworks.md#assessment-plan', 'media-type': 'text/markdown' }]
  })
  const repoUuids = new Map<string, string>()
  const changeUuids = new Map<string, string>()
  for (const b of sorted) {
    const repo = b.record.repository.full_name
    if (!repoUuids.has(repo)) {
      const uuid = uuidV5(`repository|${repo}`)
      repoUuids.set(repo, uuid)
      resources.push({
        uuid,
        title: `Repository ${repo}`,
        props: [prop('subject-kind', 'repository')],
        rlinks: [{ href: `https://github.com/${repo}` }]
      })
    }
    const changeUuid = uuidV5(`change|${b.manifestSha256}`)
    changeUuids.set(b.manifestSha256, changeUuid)
    const prUrl = b.record.pull_request.value?.html_url
    resources.push({
      uuid: changeUuid,
      title: changeTitle(b),
      description: `Evidence bundle ${b.name}: gate result ${b.results.result}.`,
      props: [prop('subject-kind', b.record.subject.kind), prop('head-sha', b.record.subject.head_sha || 'unknown'), prop('bundle', b.name)],
      rlinks: [
        ...(prUrl && /^https:\/\//.test(prUrl) ? [{ href: prUrl }] : []),
        ...b.manifest.files.map(f => ({ href: `${hrefName(b)}/${f.path}`, hashes: [{ algorithm: 'SHA-256', value: f.sha256 }] })),
        { href: `${hrefName(b)}/manifest.json`, hashes: [{ algorithm: 'SHA-256', value: b.manifestSha256 }] }
      ]
    })
  }

  const byToken = new Map<string, Evidenced[]>()
  const observations: Json[] = []
  for (const b of sorted) {
    const subjects = [
      { 'subject-uuid': repoUuids.get(b.record.repository.full_name), type: 'resource', title: `Repository ${b.record.repository.full_name}` },
      { 'subject-uuid': changeUuids.get(b.manifestSha256), type: 'resource', title: changeTitle(b) }
    ]
    for (const v of b.results.verdicts) {
      const uuid = uuidV5(`observation|${b.manifestSha256}|${v.control}`)
      observations.push({
        uuid,
        title: `${v.control}: ${v.status}`,
        description: str(v.reason, `${v.control} was ${v.status}.`),
        props: [prop('control', v.control), prop('status', v.status), prop('effect', v.effect), ...(v.waived ? [prop('waived-by', v.waived.by)] : [])],
        methods: ['TEST'],
        types: ['control-objective'],
        subjects,
        'relevant-evidence': [
          ...v.evidence
            .filter(p => p.startsWith('/'))
            .map(p => ({
              href: `${hrefName(b)}/record.json#${p.split('/').map(encodeURIComponent).join('/')}`,
              description: `Fact in record.json at ${p}`
            })),
          { href: `${hrefName(b)}/results.json`, description: 'The verdicts and gate result' }
        ],
        collected: time(b.record.collected_at, time(b.results.evaluated_at, start)),
        ...(v.remedy ? { remarks: `Remedy: ${v.remedy}` } : {})
      })
      for (const f of options.frameworks) {
        for (const r of f.requirements) {
          const c = r.controls.find(x => x.id === v.control)
          if (!c) continue
          const token = requirementToken(f, r.id)
          const list = byToken.get(token) ?? []
          list.push({ framework: f, requirement: r, strength: c.strength, observation: uuid, verdict: v, bundle: b })
          byToken.set(token, list)
        }
      }
    }
  }

  const findings: Json[] = []
  const reviewed: string[] = []
  const unevidenced: string[] = []
  // A change whose gate errored was not judged in full: every requirement compliance-gate covers is then unknown for
  // it, so none of them is satisfied over these changes (never satisfied on missing facts).
  const errored = sorted.filter(b => b.results.result === 'error')
  for (const f of options.frameworks) {
    for (const r of f.requirements) {
      const token = requirementToken(f, r.id)
      const ev = byToken.get(token) ?? []
      const judged = ev.filter(e => e.verdict.status !== 'not_applicable')
      const unjudged = r.controls.length > 0 ? errored : []
      if (judged.length === 0 && unjudged.length === 0) {
        unevidenced.push(`${f.framework} ${r.id}${r.controls.length === 0 ? ' (not covered by compliance-gate)' : ''}`)
        continue
      }
      const bad = judged.filter(e => e.verdict.status === 'fail' || e.verdict.status === 'not_verified')
      const failed = bad.some(e => e.verdict.status === 'fail')
      const state = bad.length > 0 || unjudged.length > 0 ? 'not-satisfied' : 'satisfied'
      const reason = bad.length === 0 && unjudged.length === 0 ? 'pass' : failed ? 'fail' : 'other'
      reviewed.push(token)
      const count = (s: string) => judged.filter(e => e.verdict.status === s).length
      findings.push({
        uuid: uuidV5(`finding|${docKey}|${token}`),
        title: `${f.framework} ${r.id}: ${r.title}`,
        description:
          `${judged.length} verdict(s) across ${new Set(judged.map(e => e.bundle.manifestSha256)).size} change(s) evidence this requirement ` +
          `(${count('pass')} pass, ${count('fail')} fail, ${count('not_verified')} not verified)` +
          `${unjudged.length > 0 ? `; ${unjudged.length} change(s) were not judged (the gate errored)` : ''}. compliance-gate's coverage: ${coverageOf(r)}. ` +
          `Evidence to bring from elsewhere: ${r.elsewhere}`,
        props: [prop('framework', f.framework), prop('requirement-id', r.id), prop('coverage', coverageOf(r))],
        target: {
          type: 'objective-id',
          'target-id': token,
          title: `${f.framework} ${r.id}`,
          status: {
            state,
            reason,
            ...(bad.length + unjudged.length > 0
              ? {
                  remarks: [
                    ...unjudged.map(b => `${b.name}: gate error, not judged`),
                    ...bad.map(e => `${e.bundle.name} ${e.verdict.control}: ${e.verdict.status}`)
                  ]
                    .slice(0, 20)
                    .join('; ')
                }
              : {})
          }
        },
        ...(ev.length > 0 ? { 'related-observations': [...new Set(ev.map(e => e.observation))].map(u => ({ 'observation-uuid': u })) } : {})
      })
    }
  }
  if (reviewed.length === 0) throw new Error('no verdict in these bundles evidences a requirement of the selected framework(s)')

  const result: Json = {
    uuid: uuidV5(`result|${docKey}`),
    title: `compliance-gate assessment of ${sorted.length} change(s)`,
    description:
      `Automated change-management tests by ${TOOL_NAME} over ${sorted.length} evidence bundle(s) of ${[...repoUuids.keys()].join(', ')}, ` +
      `judged against ${options.frameworks.map(f => f.framework).join(', ')}.`,
    start,
    end,
    props: [prop('gate-results', summarize(sorted))],
    'reviewed-controls': {
      description: 'The framework requirements some verdict in these bundles evidences (catalog/*.yml).',
      'control-selections': [{ 'include-controls': reviewed.map(id => ({ 'control-id': id })) }]
    },
    observations,
    findings,
    ...(unevidenced.length ? { remarks: `Requirements in scope without evidence from these bundles: ${unevidenced.join('; ')}.` } : {})
  }

  return {
    'assessment-results': {
      uuid: docUuid,
      metadata: {
        title: `compliance-gate assessment results (${options.frameworks.map(f => f.framework).join(', ')})`,
        'last-modified': end,
        version: TOOL_VERSION,
        'oscal-version': options.version,
        props: [prop('generator', `${TOOL_NAME} ${TOOL_VERSION}`)]
      },
      'import-ap': {
        href: `#${planUuid}`,
        remarks: 'The assessment plan compliance-gate ships: see the back-matter resource and docs/frameworks.md#assessment-plan.'
      },
      results: [result],
      'back-matter': { resources }
    }
  }
}

/** The bundle directory as a URI path segment. */
const hrefName = (b: LoadedBundle): string => encodeURIComponent(b.name)

function summarize(bundles: readonly LoadedBundle[]): string {
  const n = (r: string) => bundles.filter(b => b.results.result === r).length
  return `pass ${n('pass')}, fail ${n('fail')}, error ${n('error')}`
}

/** Spreadsheet rows: one per verdict × requirement it evidences (a verdict with none still gets a row). */
export function buildCsvRows(bundles: readonly LoadedBundle[], frameworks: readonly CatalogFramework[]): string[][] {
  const rows: string[][] = [
    [
      'bundle',
      'repository',
      'change',
      'head_sha',
      'collected_at',
      'evaluated_at',
      'gate_result',
      'control',
      'status',
      'effect',
      'framework',
      'requirement',
      'strength',
      'reason',
      'remedy'
    ]
  ]
  for (const b of [...bundles].sort((x, y) => x.name.localeCompare(y.name))) {
    const pr = b.record.pull_request.value?.number ?? b.results.subject.pull_request
    for (const v of b.results.verdicts) {
      const base = [
        b.name,
        b.record.repository.full_name,
        pr ? `#${pr}` : b.record.subject.kind,
        b.record.subject.head_sha,
        b.record.collected_at,
        b.results.evaluated_at,
        b.results.result,
        v.control,
        v.status,
        v.effect
      ]
      const reqs = frameworks.flatMap(f => f.requirements.flatMap(r => r.controls.filter(c => c.id === v.control).map(c => [f.framework, r.id, c.strength])))
      for (const r of reqs.length ? reqs : [['', '', '']]) rows.push([...base, ...r, v.reason, v.remedy ?? ''])
    }
  }
  return rows
}
