import { describe, expect, test } from '@jest/globals'
import { secretsNoNewSecrets } from '../../src/controls/secrets-no-new-secrets.js'
import type { Collected } from '../../src/model/record.js'
import type { SecretFinding, SecretsFacts } from '../../src/model/facts/secrets.js'
import { makeRecord } from './helpers.js'

const ctx = { enabledControls: new Set<string>() }
const params = secretsNoNewSecrets.meta.defaults

function facts(over: Partial<SecretsFacts> = {}): SecretsFacts {
  return {
    source: 'checkout',
    base_sha: 'a'.repeat(40),
    head_sha: 'b'.repeat(40),
    findings: [],
    scanned: { files: 3, lines: 40, bytes: 900 },
    skipped: [{ path: 'vendor/lib.js', reason: 'excluded by policy pattern vendor/**' }],
    not_verified: [],
    rules_version: '1.x',
    rules_digest: 'd',
    rule_count: 194,
    custom_rule_ids: [],
    custom_rule_errors: [],
    disabled_rules: [],
    baseline: { path: '.compliance-gate/secrets-baseline.json', ref: 'a'.repeat(40), entries: 0, present: false },
    inline_allow_enabled: false,
    max_file_size: 1048576,
    notes: [],
    ...over
  }
}
const finding = (over: Partial<SecretFinding> = {}): SecretFinding => ({
  rule: 'github-pat',
  description: 'GitHub personal access token (classic)',
  severity: 'critical',
  path: 'src/a.ts',
  line: 3,
  column: 14,
  preview: 'ghp_…',
  fingerprint: 'f'.repeat(64),
  baselined: false,
  ...over
})
const run = (group: Collected<SecretsFacts> | undefined) =>
  secretsNoNewSecrets.evaluate(makeRecord('a'.repeat(40), 'b'.repeat(40), group ? { secrets: group } : {}), params, ctx)
const ok = (v: SecretsFacts): Collected<SecretsFacts> => ({ state: 'complete', value: v, sources: ['git diff'] })

describe('secrets.no-new-secrets', () => {
  test('meta: mappings and kebab-case params', () => {
    expect(secretsNoNewSecrets.meta.id).toBe('secrets.no-new-secrets')
    // Mappings come from catalog/*.yml (which may add requirements); these must stay among them.
    const ids = (fw: string) => secretsNoNewSecrets.meta.mappings.find(m => m.framework === fw)?.controls ?? []
    expect(ids('SOC 2')).toEqual(expect.arrayContaining(['CC6.1', 'CC6.7']))
    expect(ids('ISO/IEC 27001:2022')).toEqual(expect.arrayContaining(['A.5.17', 'A.8.24']))
    expect(Object.keys(secretsNoNewSecrets.meta.paramsSchema).sort()).toEqual([
      'allow-inline-comments',
      'baseline',
      'custom-rules',
      'disabled-rules',
      'exclude-paths',
      'max-file-size'
    ])
    expect(params['allow-inline-comments']).toBe(false)
  })
  test('pass with counts', () => {
    const o = run(ok(facts()))
    expect(o.status).toBe('pass')
    expect(o.reason).toMatch(/3 file\(s\), 40 added line\(s\)/)
  })
  test('fail: one finding per secret with location, rule and redacted preview', () => {
    const o = run(ok(facts({ findings: [finding(), finding({ rule: 'aws-access-key-id', description: 'AWS access key ID', line: 9, preview: 'AKIA…' })] })))
    expect(o.status).toBe('fail')
    expect(o.remedy).toMatch(/revoke or rotate/)
    expect(o.findings).toHaveLength(2)
    expect(o.findings?.[0]).toMatchObject({
      status: 'fail',
      subject: 'src/a.ts',
      message: 'GitHub personal access token (classic) added (redacted: ghp_…)',
      location: { path: 'src/a.ts', line: 3, column: 14 },
      rule: 'github-pat',
      data: { fingerprint: 'f'.repeat(64), preview: 'ghp_…' }
    })
  })
  test('baselined and inline-allowed findings pass, recorded', () => {
    const o = run(ok(facts({ findings: [finding({ baselined: true }), finding({ inline_allowed: true, line: 4 })] })))
    expect(o.status).toBe('pass')
    expect(o.findings?.map(f => f.status)).toEqual(['pass', 'pass'])
    expect(o.findings?.[1]?.message).toMatch(/inline/)
  })
  test('not verified when the facts are unavailable or not collected', () => {
    const u = run({
      state: 'unavailable',
      value: null,
      sources: [],
      missing: { reason: 'The checkout lacks the base commit: fetch-depth: 0 needed', remedy: 'use fetch-depth: 0' }
    })
    expect(u.status).toBe('not_verified')
    expect(u.reason).toMatch(/fetch-depth: 0/)
    expect(u.remedy).toBe('use fetch-depth: 0')
    expect(run(undefined).status).toBe('not_verified')
    expect(run({ state: 'not_collected', value: null, sources: [], missing: { reason: 'disabled' } }).status).toBe('not_verified')
  })
  test('files not verified → not_verified; fail wins over not verified', () => {
    const nv = [{ path: 'dump.sql', reason: 'GitHub omitted the patch' }]
    expect(run({ ...ok(facts({ not_verified: nv })), state: 'partial' }).status).toBe('not_verified')
    expect(run({ ...ok(facts({ not_verified: nv, findings: [finding()] })), state: 'partial' }).status).toBe('fail')
  })
  test('a custom rule that does not compile → not_verified', () => {
    const o = run(ok(facts({ custom_rule_errors: [{ id: 'acme', error: 'missing )' }] })))
    expect(o.status).toBe('not_verified')
    expect(o.remedy).toMatch(/custom-rules/)
  })
})
