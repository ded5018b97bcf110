/**
 * A held-out-style set: abridged good/bad examples in the shape of Checkov's, Trivy's and KICS's public
 * examples for Terraform, CloudFormation and ARM (one case per directory, listed in manifest.tsv). A bad
 * case must fail on its resource, a good case must not fail; `require-cmk` cases are judged with it on.
 * The two deliberate exceptions are listed with their reason (EKS 1.28+ default, Fn::ImportValue keys).
 * Also prints detection and false-positive rates per format, as the targets are measured.
 */
import fs from 'node:fs'
import path from 'node:path'
import { expect, test } from '@jest/globals'
import { evaluateIac } from '../../src/iac/evaluate.js'
import { scanIac } from '../../src/iac/scan.js'

const ROOT = path.resolve('__fixtures__/iac/peer-shaped')
const rows = fs
  .readFileSync(path.join(ROOT, 'manifest.tsv'), 'utf8')
  .split('\n')
  .filter(l => l.trim() && !l.startsWith('#'))
  .map(l => {
    const [id, expected, cmk, rule] = l.split('\t')
    return { id, expected, requireCmk: cmk === '1', rule: rule ? new RegExp(rule) : undefined }
  })

function format(id: string): string {
  return id.startsWith('arm-') ? 'ARM' : id.includes('-cfn-') ? 'CloudFormation' : 'Terraform'
}

test('every case directory is listed once', () => {
  const ids = rows.map(r => r.id)
  expect(new Set(ids).size).toBe(ids.length)
  expect(fs.readdirSync(path.join(ROOT, 'cases')).sort()).toEqual([...ids].sort())
})

test('bad cases fail, good cases do not (per format: ≥ 95 % detected, ≤ 3 % false positives)', async () => {
  const outcome: { id: string; expected: string; got: string }[] = []
  for (const r of rows) {
    const dir = path.join(ROOT, 'cases', r.id)
    const files = fs.readdirSync(dir)
    const facts = await scanIac(dir, files)
    expect({ id: r.id, errors: facts.files.filter(f => f.status === 'error') }).toEqual({ id: r.id, errors: [] })
    const findings = evaluateIac(facts, { requireCmk: r.requireCmk, allowSkipComments: false })
      // the key a good example creates is not the case under test
      .filter(f => !/^(aws_kms_key|AWS::KMS::Key)$/.test(String((f.data as { resource_type?: string } | undefined)?.resource_type)))
      .filter(f => !r.rule || r.rule.test(f.rule ?? ''))
    const got = findings.some(f => f.status === 'fail') ? 'fail' : findings.some(f => f.status === 'not_verified') ? 'not-verified' : 'pass'
    outcome.push({ id: r.id, expected: r.expected, got })
  }
  const want = (e: string) => (e === 'bad' ? 'fail' : e === 'good' || e === 'pass-by-decision' ? 'pass' : e)
  expect(outcome.filter(o => o.got !== want(o.expected))).toEqual([])
  const lines = ['ARM', 'CloudFormation', 'Terraform'].map(fmt => {
    const mine = outcome.filter(o => format(o.id) === fmt)
    const bad = mine.filter(o => o.expected === 'bad' || o.expected === 'pass-by-decision')
    const good = mine.filter(o => o.expected === 'good' || o.expected === 'not-verified')
    const detected = bad.filter(o => o.got === 'fail').length
    const fp = good.filter(o => o.got === 'fail').length
    expect(detected / bad.length).toBeGreaterThanOrEqual(0.95)
    expect(fp / Math.max(good.length, 1)).toBeLessThanOrEqual(0.03)
    return `${fmt}: ${detected}/${bad.length} bad detected, ${fp}/${good.length} good failed`
  })
  expect(lines).toHaveLength(3)
})
