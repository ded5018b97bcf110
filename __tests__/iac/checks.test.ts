/** Every IaC check: unique id, pass + fail fixtures, and exact outcomes on them. */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, test } from '@jest/globals'
import { IAC_CHECKS } from '../../src/iac/checks/index.js'
import { evaluateIac } from '../../src/iac/evaluate.js'
import { scanIac } from '../../src/iac/scan.js'

const FIXTURES = path.resolve('__fixtures__/iac')

test('check ids are unique and well formed', () => {
  const ids = IAC_CHECKS.map(c => c.id)
  expect(new Set(ids).size).toBe(ids.length)
  for (const id of ids) expect(id).toMatch(/^CG_IAC_[A-Z0-9_]+$/)
})

test('the checks cover at least 45 resource types', () => {
  const types = new Set(IAC_CHECKS.flatMap(c => c.resourceTypes))
  expect(types.size).toBeGreaterThanOrEqual(45)
})

test('every fixture directory belongs to a check', () => {
  const ids = new Set(IAC_CHECKS.map(c => c.id))
  const dirs = fs.readdirSync(FIXTURES).filter(d => /^CG_IAC_/.test(d))
  for (const d of dirs) expect(ids).toContain(d)
})

async function run(checkId: string, kind: 'pass' | 'fail') {
  const dir = path.join(FIXTURES, checkId, kind)
  const files = fs.readdirSync(dir)
  const text = files.map(f => fs.readFileSync(path.join(dir, f), 'utf8')).join('\n')
  const requireCmk = text.includes('cg-test: require-cmk')
  const facts = await scanIac(dir, files)
  expect(facts.files.filter(f => f.status === 'error')).toEqual([])
  return evaluateIac(facts, { requireCmk, allowSkipComments: false, checks: [checkId] })
}

describe.each(IAC_CHECKS.map(c => [c.id]))('%s', id => {
  test.each([['pass'], ['fail']] as const)('%s fixture', async kind => {
    const findings = (await run(id, kind)).filter(f => f.rule === id && f.status !== 'not_applicable')
    expect(findings.length).toBeGreaterThan(0)
    for (const f of findings) {
      expect({ subject: f.subject, status: f.status, message: f.message }).toEqual({ subject: f.subject, status: kind, message: f.message })
      expect(f.location?.line).toBeGreaterThan(0)
    }
  })
})
