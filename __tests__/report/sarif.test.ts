/** SARIF 2.1.0 from verdicts: schema-valid, GitHub's rule/result properties, the 5,000-result cap counted. */
import { describe, expect, test } from '@jest/globals'
import { buildSarif, SARIF_RESULT_LIMIT } from '../../src/report/sarif.js'
import { sarifSchemaErrors } from '../helpers/sarif.js'
import { located, verdict } from './fixtures.js'

describe('buildSarif', () => {
  test('secrets, IaC and CODEOWNERS-syntax findings only; valid SARIF; GitHub properties present', () => {
    const verdicts = [
      verdict('secrets.no-new-secrets', 'fail', [located('.env', 2, { rule: 'github-pat', severity: 'critical', message: 'GitHub token (redacted: ghp_…)' })]),
      verdict('iac.encryption', 'fail', [
        located('infra/db.tf', 6, { rule: 'CG_IAC_AWS_RDS_ENCRYPTION', severity: 'high', location: { path: 'infra/db.tf', line: 6, column: 3 } })
      ]),
      verdict('review.codeowners', 'fail', [located('.github/CODEOWNERS', 3, { rule: 'codeowners-syntax' }), located('src/app.ts', 1)]),
      verdict('review.approvals', 'fail', [located('src/x.ts', 1)])
    ]
    const sarif = buildSarif({ verdicts }, { workspace: '/ws', helpBase: 'https://github.com/acme/compliance-gate/blob/main/README.md' }) as any
    expect(sarifSchemaErrors(sarif)).toEqual([])
    const run = sarif.runs[0]
    expect(run.results.map((r: any) => r.ruleId)).toEqual([
      'secrets.no-new-secrets/github-pat',
      'iac.encryption/CG_IAC_AWS_RDS_ENCRYPTION',
      'review.codeowners/codeowners-syntax'
    ])
    expect(run.results[0].properties).toBeUndefined()
    expect(run.tool.driver.rules[0].properties['security-severity']).toBe('9.5')
    expect(run.results[1].locations[0].physicalLocation.region).toEqual({ startLine: 6, startColumn: 3 })
    for (const rule of run.tool.driver.rules) {
      expect(rule.helpUri).toMatch(/^https:\/\/github\.com\/acme\/compliance-gate\//)
      expect(rule.properties.tags).toContain('security')
      expect(rule.shortDescription.text).toBeTruthy()
      expect(rule.help.text).toMatch(/Fix:/)
      // A line break, not a visible symbol standing for one (cold PR-experience review, session 40).
      expect(rule.help.text).not.toMatch(/␊/)
      expect(rule.help.text).toMatch(/\nFix: /)
    }
  })

  test(`at most ${SARIF_RESULT_LIMIT} results, most severe kept, the rest counted`, () => {
    const many = Array.from({ length: SARIF_RESULT_LIMIT + 7 }, (_, i) => located(`infra/m${i}.tf`, 1, { rule: 'CG_IAC_X', severity: 'low' }))
    const critical = located('.env', 1, { rule: 'aws-access-key-id', severity: 'critical' })
    const sarif = buildSarif(
      { verdicts: [verdict('iac.encryption', 'fail', many), verdict('secrets.no-new-secrets', 'fail', [critical])] },
      { workspace: '/ws' }
    ) as any
    expect(sarif.runs[0].results).toHaveLength(SARIF_RESULT_LIMIT)
    expect(sarif.runs[0].results[0].ruleId).toBe('secrets.no-new-secrets/aws-access-key-id')
    expect(sarif.runs[0].properties['compliance-gate']).toEqual({ results_total: SARIF_RESULT_LIMIT + 8, results_omitted: 8, limit: SARIF_RESULT_LIMIT })
  })

  test('a file name with a carriage return and markdown stays text', () => {
    const sarif = buildSarif(
      { verdicts: [verdict('iac.encryption', 'fail', [located('infra/a\r[x](https://e.example).tf', 1, { rule: 'R', message: 'bad\r::error::x' })])] },
      { workspace: '/ws' }
    ) as any
    expect(JSON.stringify(sarif)).not.toMatch(/\\r/)
    expect(sarifSchemaErrors(sarif)).toEqual([])
  })
})
