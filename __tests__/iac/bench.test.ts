import { expect, test } from '@jest/globals'
import { benchIac } from '../../src/iac/bench.js'

test('bench runs on a small tree (the full 1,000-file run is npm run bench)', async () => {
  const r = await benchIac(20)
  expect(r.files).toBe(20)
  // 5 resources in each of the 20 changed files, and each stack's KMS key in its unchanged kms.tf: the changed files
  // declare variables, so every resource of their module is judged (session 40)
  expect(r.resources).toBe(110)
  expect(r.findings).toBeGreaterThanOrEqual(100)
})
