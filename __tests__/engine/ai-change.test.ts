/**
 * ai.change-governance end to end (engine tier: the action's entry code against the fake GitHub API): an AI-system change
 * under the iso42001-2023 pack without the required reviewer-group approval fails the gate, unreadable team
 * membership is not verified (blocking, with the read:org remedy), and the record marks AI changes.
 * Team-members answers follow GitHub's REST docs (GET /orgs/{org}/teams/{team_slug}/members; 403 for the
 * workflow token).
 */
import { describe, expect, test } from '@jest/globals'
import { recordOf, resultsOf, runGate, useFakeGitHub, verdictOf } from '../helpers/gate.js'
import { serveScenario, type ScenarioOptions } from '../helpers/scenario.js'
import * as gh from '../helpers/github-data.js'

const fake = useFakeGitHub()

const POLICY = [
  'version: 1',
  'extends: iso42001-2023',
  'controls:',
  '  ai.change-governance:',
  '    reviewers: { teams: [octo-org/ml-reviewers] }',
  '    require-documentation: false',
  '    require-evaluation: false',
  ''
].join('\n')

async function gateWith(options: ScenarioOptions, policy = POLICY) {
  // The policy on the base commit (never the working tree), read through the contents API.
  const s = serveScenario(fake, { ...options, baseFiles: { ...(options.baseFiles ?? {}), '.github/compliance-gate.yml': policy } })
  return runGate(fake, s)
}

const AI_FILES = [{ filename: 'models/ranker/model.onnx', status: 'modified' as const }, { filename: 'src/serve.ts' }]

describe('ai.change-governance (iso42001-2023 pack)', () => {
  test('an AI-path change approved only by someone outside the reviewer team fails the gate', async () => {
    const r = await gateWith({ files: AI_FILES, teams: { 'octo-org/ml-reviewers': { members: ['mona-ml'], write: true } } })
    const v = verdictOf(r, 'ai.change-governance')
    expect(v.status).toBe('fail')
    expect(v.effect).toBe('blocking')
    expect(v.reason).toMatch(/0 of 1 required approvals by @octo-org\/ml-reviewers/)
    expect(r.code).toBe(1)
    expect(r.outputs.result).toBe('fail')
    expect(
      resultsOf(r)
        .verdicts.filter(x => x.effect === 'blocking')
        .map(x => x.control)
    ).toEqual(['ai.change-governance'])
    const record = recordOf(r)
    expect(record.facts.ai.value).toMatchObject({
      ai_change: true,
      paths: ['models/ranker/model.onnx'],
      teams: { 'octo-org/ml-reviewers': { members: ['mona-ml'] } }
    })
    // results.json lists the requirements the verdict evidences, from the catalog.
    const reqs = (resultsOf(r).verdicts.find(x => x.control === 'ai.change-governance') as unknown as { requirements: { framework: string; id: string }[] })
      .requirements
    expect(reqs).toEqual(expect.arrayContaining([expect.objectContaining({ framework: 'iso42001', id: 'A.6.2.5' })]))
  })

  test('approval of the head commit by a team member passes', async () => {
    const headSha = gh.fakeSha('ai-member-head')
    const r = await gateWith({
      headSha,
      files: AI_FILES,
      teams: { 'octo-org/ml-reviewers': { members: ['mona-ml'], write: true } },
      reviews: [{ id: 501, user: 'mona-ml', state: 'APPROVED', commit_id: headSha, submitted_at: '2026-11-20T12:00:00Z' }],
      permissions: { 'mona-ml': 'write' }
    })
    expect(verdictOf(r, 'ai.change-governance').status).toBe('pass')
  })

  test('team membership unreadable (403 for the workflow token) is not verified and blocks, with the remedy', async () => {
    const r = await gateWith({ files: AI_FILES, teams: { 'octo-org/ml-reviewers': { members: 403, write: true } } })
    const v = verdictOf(r, 'ai.change-governance')
    // rita-reviewer's approval might be a member's: unknown, never a pass.
    expect(v.status).toBe('not_verified')
    expect(v.effect).toBe('blocking')
    expect(v.remedy).toMatch(/read:org/)
    expect(r.code).toBe(1)
  })

  test('a change to no AI path is not applicable, and the record says it is not an AI change', async () => {
    const r = await gateWith({ files: [{ filename: 'src/serve.ts' }], teams: { 'octo-org/ml-reviewers': { members: ['mona-ml'], write: true } } })
    expect(verdictOf(r, 'ai.change-governance').status).toBe('not_applicable')
    expect(recordOf(r).facts.ai.value).toMatchObject({ ai_change: false, paths: [], teams: {} })
    expect(fake.requestsFor('GET /orgs/{org}/teams/{team_slug}/members')).toHaveLength(0)
  })
})
