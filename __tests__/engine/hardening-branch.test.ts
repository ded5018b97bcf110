/**
 * Issue 19, "Verdicts that were too kind": an unprotected target branch was reported as not verified, although
 * GET /repos/{owner}/{repo}/branches/{branch} — readable with the workflow token — says `"protected": false`
 * (GitHub sets it true for classic protection *and* for rulesets). Runner-level, against the fake API serving
 * that route with GitHub's `branch-with-protection` schema. The extra call is made only when the rulesets do not
 * already decide and classic protection is unreadable.
 */
import { describe, expect, test } from '@jest/globals'
import { readBundle, runGate, useFakeGitHub } from '../helpers/gate.js'
import { serveScenario } from '../helpers/scenario.js'

const fake = useFakeGitHub()
const BRANCH = 'GET /repos/{owner}/{repo}/branches/{branch}'
/** Requests the fake answered with the branch route (a `{branch}` may hold slashes, so match on the route that answered). */
const branchReads = () => fake.requests.filter(q => q.route === BRANCH)

describe('branch.protection with the workflow token (classic protection answers 403)', () => {
  test('no ruleset and "protected": false → fail, decided, naming the branch', async () => {
    const s = serveScenario(fake, { rules: [], branchProtected: false })
    const r = await runGate(fake, s)
    const b = readBundle(r)
    const v = b.verdict('branch.protection')
    expect(v.status).toBe('fail')
    expect(v.reason).toMatch(/Branch "main" is not protected/)
    expect(v.reason).toContain('"protected": false')
    expect(branchReads().map(q => q.path)).toEqual(['/repos/octo-org/octo-repo/branches/main'])
    expect(b.record.api_calls.filter((c: { route: string }) => c.route === BRANCH)).toHaveLength(1)
  })

  test('rulesets that do not meet the policy and "protected": true → still not verified (the field does not say by what)', async () => {
    const s = serveScenario(fake, {
      rules: [{ type: 'pull_request', parameters: { required_approving_review_count: 1, dismiss_stale_reviews_on_push: true } }],
      branchProtected: true
    })
    const r = await runGate(fake, s)
    const v = readBundle(r).verdict('branch.protection')
    expect(v.status).toBe('not_verified')
    expect(JSON.stringify(v)).toMatch(/Administration: read/)
    expect(branchReads()).toHaveLength(1)
  })

  test('the branch unreadable (503) → not verified, the failure named', async () => {
    const s = serveScenario(fake, { rules: [], branchProtected: false })
    fake.fault(BRANCH, { status: 503 }, { exact: true })
    const r = await runGate(fake, s)
    const b = readBundle(r)
    expect(b.verdict('branch.protection').status).toBe('not_verified')
    // Only the branch read failed (after retries); rulesets and the classic 403 were read as usual.
    const calls = b.record.api_calls as { route: string; status: number | null }[]
    expect(calls.filter(c => c.route === BRANCH).map(c => c.status)).toEqual([503, 503, 503])
    expect(calls.find(c => c.route === 'GET /repos/{owner}/{repo}/rules/branches/{branch}')?.status).toBe(200)
    expect(JSON.stringify(b.record.facts.branch_rules)).toMatch(/answered 503/)
  })

  test('budget: rulesets that already meet the policy → the branch is not read', async () => {
    const s = serveScenario(fake)
    const r = await runGate(fake, s)
    expect(readBundle(r).verdict('branch.protection').status).toBe('pass')
    expect(branchReads()).toEqual([])
  })

  test('budget: classic protection readable → the branch is not read', async () => {
    const s = serveScenario(fake, { rules: [], protection: { reviews: { required_approving_review_count: 1, dismiss_stale_reviews: true } } })
    const r = await runGate(fake, s)
    expect(readBundle(r).verdict('branch.protection').status).toBe('pass')
    expect(branchReads()).toEqual([])
  })
})
