/**
 * `compliance-gate export`: the demo's evidence bundles as OSCAL assessment-results, validated against NIST's
 * OSCAL 1.1.3 and 1.2.2 assessment-results JSON schemas (schemas/oscal/, see its README) with Ajv 8 +
 * ajv-formats (default unicodeRegExp), and as CSV.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Ajv, type ValidateFunction } from 'ajv'
import addFormats from 'ajv-formats'
import { runDemo } from '../src/demo/index.js'
import { exportCommand } from '../src/commands/export.js'
import { CATALOG, findFramework } from '../src/catalog/index.js'
import { buildAssessmentResults, requirementToken, type LoadedBundle } from '../src/oscal/assessment-results.js'
import { uuidV5 } from '../src/oscal/uuid.js'
import { digest } from '../src/evidence/bundle.js'

const root = new URL('../', import.meta.url)
let dir: string
let bundles: string[]

function validator(version: string): ValidateFunction {
  const ajv = new Ajv({ allErrors: true, strict: false })
  ;(addFormats as unknown as (a: Ajv) => void)(ajv)
  return ajv.compile(JSON.parse(readFileSync(new URL(`schemas/oscal/oscal-${version}_assessment-results_schema.json`, root), 'utf8')))
}

async function exportOf(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const code = await exportCommand.run(args, { out: t => (out += t + '\n'), err: t => (err += t + '\n'), env: {}, cwd: dir })
  return { code, out, err }
}

type Doc = { 'assessment-results': any }

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cg-oscal-'))
  await runDemo(join(dir, 'demo'))
  bundles = readdirSync(join(dir, 'demo')).filter(n => readdirSync(join(dir, 'demo', n)).includes('manifest.json'))
}, 120_000)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('OSCAL assessment-results of the demo bundles', () => {
  const validators: Record<string, ValidateFunction> = {}
  beforeAll(() => {
    validators['1.1.3'] = validator('1.1.3')
    validators['1.2.2'] = validator('1.2.2')
  })

  test('the demo wrote several bundles', () => {
    expect(bundles.length).toBeGreaterThanOrEqual(2)
  })

  test.each(['1.1.3', '1.2.2'])('validates against the OSCAL %s schema', async version => {
    const args = ['--format', 'oscal', ...(version === '1.1.3' ? [] : ['--oscal-version', version]), 'demo']
    const { code, out, err } = await exportOf(...args)
    expect(err).toBe('')
    expect(code).toBe(0)
    const doc = JSON.parse(out) as Doc
    const ok = validators[version](doc)
    expect(validators[version].errors ?? []).toEqual([])
    expect(ok).toBe(true)
    expect(doc['assessment-results'].metadata['oscal-version']).toBe(version)
  })

  test('the validator is not vacuous: a wrong state, a missing target or a malformed uuid are rejected', async () => {
    const doc = JSON.parse((await exportOf('--format', 'oscal', 'demo')).out) as Doc
    const finding = doc['assessment-results'].results[0].findings[0]
    const mutate = (f: (d: Doc) => void) => {
      const copy = structuredClone(doc)
      f(copy)
      return validators['1.1.3'](copy)
    }
    expect(mutate(d => (d['assessment-results'].results[0].findings[0].target.status.state = 'passed'))).toBe(false)
    expect(mutate(d => delete d['assessment-results'].results[0].findings[0].target)).toBe(false)
    expect(mutate(d => (d['assessment-results'].uuid = 'not-a-uuid'))).toBe(false)
    expect(finding.target.status.state).toMatch(/^(satisfied|not-satisfied)$/)
  })

  test('observations: TEST method, collection time, repository and change as subjects; findings point at them', async () => {
    const ar = (JSON.parse((await exportOf('--format', 'oscal', 'demo')).out) as Doc)['assessment-results']
    const result = ar.results[0]
    const resources = new Set(ar['back-matter'].resources.map((r: { uuid: string }) => r.uuid))
    const observations = new Map(result.observations.map((o: { uuid: string }) => [o.uuid, o]))
    expect(ar['import-ap'].href).toMatch(/^#/)
    expect(resources.has(ar['import-ap'].href.slice(1))).toBe(true)
    for (const o of result.observations) {
      expect(o.methods).toEqual(['TEST'])
      expect(Date.parse(o.collected)).not.toBeNaN()
      expect(o.subjects).toHaveLength(2)
      for (const s of o.subjects) expect(resources.has(s['subject-uuid'])).toBe(true)
    }
    // every verdict of every bundle is an observation
    const verdicts = bundles.reduce((n, b) => n + JSON.parse(readFileSync(join(dir, 'demo', b, 'results.json'), 'utf8')).verdicts.length, 0)
    expect(result.observations).toHaveLength(verdicts)
    const states = new Set<string>()
    for (const f of result.findings) {
      states.add(f.target.status.state)
      expect(f['related-observations'].length).toBeGreaterThan(0)
      for (const r of f['related-observations']) expect(observations.has(r['observation-uuid'])).toBe(true)
    }
    expect(states).toEqual(new Set(['satisfied', 'not-satisfied']))
    const selected = result['reviewed-controls']['control-selections'][0]['include-controls'].map((c: { 'control-id': string }) => c['control-id'])
    expect(selected).toEqual(result.findings.map((f: { target: { 'target-id': string } }) => f.target['target-id']))
    expect(selected).toEqual(expect.arrayContaining(['soc2-cc8.1', 'iso27001-a.8.32', 'cm-3']))
  })

  test('reproducible: the same bundles export byte-identical documents with v5 UUIDs; another framework gives another document', async () => {
    const a = (await exportOf('--format', 'oscal', 'demo')).out
    const b = (await exportOf('--format', 'oscal', ...bundles.map(n => join('demo', n)).reverse())).out
    expect(a).toBe(b)
    const uuids = [...a.matchAll(/"(?:uuid|subject-uuid|observation-uuid)": "([^"]+)"/g)].map(m => m[1])
    expect(uuids.length).toBeGreaterThan(10)
    for (const u of uuids) expect(u).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    const soc2 = JSON.parse((await exportOf('--format', 'oscal', '--framework', 'soc2', 'demo')).out) as Doc
    expect(soc2['assessment-results'].uuid).not.toBe((JSON.parse(a) as Doc)['assessment-results'].uuid)
    expect(
      soc2['assessment-results'].results[0].findings.every((f: { props: { name: string; value: string }[] }) =>
        f.props.some(p => p.name === 'framework' && p.value === 'SOC 2')
      )
    ).toBe(true)
  })

  test('a bundle that does not verify is refused (exit 1), naming it', async () => {
    const copy = join(dir, 'tampered')
    cpSync(join(dir, 'demo', bundles[0]), join(copy, bundles[0]), { recursive: true })
    const results = join(copy, bundles[0], 'results.json')
    writeFileSync(results, readFileSync(results, 'utf8').replace(/"result": "(pass|fail)"/, '"result": "error"'))
    const { code, err } = await exportOf('--format', 'oscal', 'tampered')
    expect(code).toBe(1)
    expect(err).toMatch(/do not verify/)
    expect(err).toContain(bundles[0])
  })

  test('csv: one row per verdict and requirement', async () => {
    const { code, out } = await exportOf('--format', 'csv', '--framework', 'iso27001', 'demo')
    expect(code).toBe(0)
    const lines = out.trimEnd().split('\r\n')
    expect(lines[0]).toBe(
      'bundle,repository,change,head_sha,collected_at,evaluated_at,gate_result,control,status,effect,framework,requirement,strength,reason,remedy'
    )
    expect(lines.some(l => l.includes(',review.approvals,') && l.includes(',ISO/IEC 27001:2022,A.8.32,direct,'))).toBe(true)
  })

  test('bad usage', async () => {
    await expect(exportOf('--format', 'xml', 'demo')).rejects.toThrow(/--format must be oscal or csv/)
    await expect(exportOf('--oscal-version', '1.0.0', 'demo')).rejects.toThrow(/--oscal-version must be one of 1\.1\.3, 1\.2\.2/)
    await expect(exportOf('--format', 'oscal')).rejects.toThrow(/at least one bundle/)
    expect((await exportOf('--format', 'oscal', '.')).code).toBe(2) // no bundle directly under the temp dir's root? demo/ holds them
  })
})

describe('findings are conservative', () => {
  const bundle = (status: 'pass' | 'fail' | 'not_verified' | 'not_applicable', control = 'review.approvals'): LoadedBundle => {
    const manifest = {
      bundle_version: 1,
      tool: { name: 'compliance-gate', version: 't' },
      created_at: '2026-01-01T00:00:00Z',
      subject: {} as never,
      result: 'pass',
      policy: { sha256: 'x', sources: [] },
      files: []
    } as never
    return {
      name: `b-${status}`,
      manifest,
      manifestSha256: digest(`${status}${control}`),
      record: {
        collected_at: '2026-01-01T10:00:00Z',
        repository: { full_name: 'o/r' },
        subject: { kind: 'pull_request', head_sha: 'a'.repeat(40) },
        pull_request: { value: { number: 1 } }
      } as never,
      results: {
        evaluated_at: '2026-01-01T10:01:00Z',
        result: 'pass',
        subject: { pull_request: 1 },
        verdicts: [{ control, status, reason: 'r', evidence: ['/reviews'], findings: [], mappings: [], effect: 'none', title: control }]
      } as never
    }
  }
  const stateOf = (bs: LoadedBundle[], token = 'soc2-cc8.1') => {
    const doc = buildAssessmentResults(bs, { version: '1.1.3', frameworks: [findFramework('soc2')!] }) as Doc
    return doc['assessment-results'].results[0].findings.find((f: { target: { 'target-id': string } }) => f.target['target-id'] === token)?.target.status
  }
  test('not verified is never satisfied; one failure among passes makes it not-satisfied; n/a alone gives no finding', () => {
    expect(stateOf([bundle('pass')])).toEqual({ state: 'satisfied', reason: 'pass' })
    expect(stateOf([bundle('pass'), bundle('not_verified')])).toMatchObject({ state: 'not-satisfied', reason: 'other' })
    expect(stateOf([bundle('pass'), bundle('fail')])).toMatchObject({ state: 'not-satisfied', reason: 'fail' })
    expect(stateOf([bundle('pass'), bundle('not_applicable', 'change.ticket')])).toEqual({ state: 'satisfied', reason: 'pass' })
    expect(() => stateOf([bundle('not_applicable')])).toThrow(/no verdict in these bundles evidences/)
  })

  test('a change whose gate errored makes every covered requirement not-satisfied, naming it (cold audit review, session 40)', () => {
    const errored = { ...bundle('pass', 'change.ticket'), name: 'b-error' }
    errored.results = { ...errored.results, result: 'error', verdicts: [] } as never
    const status = stateOf([bundle('pass'), errored])
    expect(status).toMatchObject({ state: 'not-satisfied', reason: 'other' })
    expect(status.remarks).toMatch(/b-error: gate error, not judged/)
    expect(stateOf([bundle('pass')])).toEqual({ state: 'satisfied', reason: 'pass' })
  })

  test("requirement tokens are OSCAL tokens (NIST ids as in NIST's catalog)", () => {
    const token = /^(\p{L}|_)(\p{L}|\p{N}|[.\-_])*$/u
    for (const f of CATALOG) for (const r of f.requirements) expect(requirementToken(f, r.id)).toMatch(token)
    expect(requirementToken(findFramework('nist80053')!, 'CM-3')).toBe('cm-3')
    expect(requirementToken(findFramework('difc')!, 'Art. 26')).toBe('difc-art.-26')
  })

  test('uuidV5 matches RFC 4122 / Python uuid.uuid5 for the DNS namespace', () => {
    // python3 -c "import uuid; print(uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'))"
    expect(uuidV5('python.org', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d')
  })
})
