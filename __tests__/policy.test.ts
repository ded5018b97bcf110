/** Policy loading and resolution: validation errors name file, line, column and key. */
import { describe, expect, test } from '@jest/globals'
import { CONTROLS } from '../src/controls/index.js'
import { DEFAULT_POLICY_TEXT } from '../src/policy/default-policy.generated.js'
import { PolicyError, parsePolicyText, resolvePolicy } from '../src/policy/load.js'

function issues(text: string, file = 'p.yml'): string[] {
  try {
    parsePolicyText(text, file, CONTROLS)
  } catch (error) {
    expect(error).toBeInstanceOf(PolicyError)
    return (error as Error).message.split('\n')
  }
  return []
}

describe('policy validation', () => {
  test('the bundled default is valid', () => {
    expect(issues(DEFAULT_POLICY_TEXT)).toEqual([])
  })

  test('YAML syntax errors carry line and column', () => {
    const [first] = issues('version: 1\ncontrols:\n  review.approvals:\n    count: [1\n')
    expect(first).toMatch(/^p\.yml:\d+:\d+: YAML syntax error/)
  })

  test('an unknown control id is named with its line and the known ids', () => {
    expect(issues('version: 1\ncontrols:\n  review.aprovals: {}\n')).toEqual([
      expect.stringMatching(/^p\.yml:3:3: controls\.review\.aprovals: unknown control id 'review\.aprovals'; known controls: review\.approvals, /)
    ])
  })

  test('an unknown key lists the allowed ones', () => {
    expect(issues('version: 1\ncontrols:\n  review.approvals:\n    cuont: 2\n')[0]).toMatch(
      /^p\.yml:4:5: controls\.review\.approvals\.cuont: unknown key 'cuont' for review\.approvals; allowed keys: enabled, on-fail, on-not-verified, count/
    )
  })

  test('wrong types and enum values point at the value', () => {
    const found = issues('version: 1\ncontrols:\n  review.approvals:\n    count: two\n    on-not-verified: maybe\n')
    expect(found).toContain('p.yml:4:12: controls.review.approvals.count: must be integer')
    expect(found.some(l => /^p\.yml:5:22: controls\.review\.approvals\.on-not-verified: must be equal to one of the allowed values/.test(l))).toBe(true)
  })

  test('version is required and must be 1; duplicate keys are errors', () => {
    expect(issues('controls: {}\n')[0]).toMatch(/missing required key 'version'/)
    expect(issues('version: 2\n')[0]).toMatch(/^p\.yml:1:10: version: must be 1/)
    expect(issues('version: 1\nversion: 1\n')[0]).toMatch(/YAML syntax error/)
  })

  test('an empty file or a list is not a policy', () => {
    expect(issues('')[0]).toMatch(/must be a YAML mapping/)
    expect(issues('- a\n')[0]).toMatch(/must be a YAML mapping/)
  })
})

describe('policy resolution', () => {
  test('extends default: the repository overrides keys and keeps the rest', () => {
    const p = resolvePolicy(CONTROLS, DEFAULT_POLICY_TEXT, { text: 'version: 1\ncontrols:\n  review.approvals:\n    count: 2\n', path: 'x.yml' })
    expect(p.controls['review.approvals']).toMatchObject({ enabled: true, params: { count: 2, 'require-head-commit': true } })
    expect(p.controls['secrets.no-new-secrets'].enabled).toBe(true)
    expect(p.sources.map(s => s.path)).toEqual(['policies/default.yml (bundled)', 'x.yml'])
    expect(p.sources[1].sha256).toMatch(/^[0-9a-f]{64}$/)
  })

  test('extends none: only the listed controls run', () => {
    const p = resolvePolicy(CONTROLS, DEFAULT_POLICY_TEXT, { text: 'version: 1\nextends: none\ncontrols:\n  review.approvals: {}\n', path: 'x.yml' })
    const enabled = Object.entries(p.controls)
      .filter(([, c]) => c.enabled)
      .map(([id]) => id)
    expect(enabled).toEqual(['review.approvals'])
    expect(p.controls['review.approvals'].params).toEqual({ count: 1, 'require-head-commit': true, 'exclude-bots': true })
  })

  test('enabled: false turns a default control off; listing an opt-in control turns it on', () => {
    const p = resolvePolicy(CONTROLS, DEFAULT_POLICY_TEXT, {
      text: "version: 1\ncontrols:\n  review.codeowners:\n    enabled: false\n  change.ticket:\n    enabled: true\n    pattern: '[A-Z]+-\\d+'\n",
      path: 'x.yml'
    })
    expect(p.controls['review.codeowners'].enabled).toBe(false)
    expect(p.controls['change.ticket']).toMatchObject({ enabled: true, params: { pattern: '[A-Z]+-\\d+' } })
  })
})
