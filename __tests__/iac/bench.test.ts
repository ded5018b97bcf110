import { expect, test } from '@jest/globals'
import { benchIac } from '../../src/iac/bench.js'

test('bench runs on a small tree (the full 1,000-file run is npm run bench)', async () => {
  const r = await benchIac(20)
  expect(r.files).toBe(20)
  // 5 resources in each of the 20 changed files; each stack's KMS key in its unchanged kms.tf reads no variable the
  // change declares, so it is not judged again (session 40)
  expect(r.resources).toBe(100)
  expect(r.findings).toBeGreaterThanOrEqual(100)
})
