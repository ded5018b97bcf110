/**
 * ai.change-governance over hand-built records. Paths come from public AI project layouts (openai/evals
 * `evals/registry/…`, Hugging Face weights `*.safetensors`, Jupyter notebooks, promptfoo-style `prompts/`);
 * approval semantics are GitHub's (a reviewer's latest decisive review counts; it must cover the head commit).
 */
import { describe, expect, test } from '@jest/globals'
import { control, evaluationLinks, type AiChangeParams } from '../../src/controls/ai-change-governance.js'
import type { ChangeRecord, ChangedFileFacts } from '../../src/model/record.js'
import type { AiChangeFacts } from '../../src/model/facts/ai.js'
import { EARLIER_SHA, approve, baseRecord, collected, file, partialGroup, perm, pullRequest, review, unavailableGroup, user } from '../helpers/records.js'

const ctx = { enabledControls: new Set<string>(['ai.change-governance']) }
const run = (record: ChangeRecord, params: Partial<AiChangeParams> = {}) => control.evaluate(record, { ...control.meta.defaults, ...params }, ctx)
const withFiles = (files: ChangedFileFacts[], extra: Partial<ChangeRecord> = {}) => baseRecord({ files: collected(files), ...extra })
const aiFacts = (teams: AiChangeFacts['teams']) => ({
  ai: collected<AiChangeFacts>({ ai_change: true, paths: [], patterns: [], teams })
})

describe('recognising AI-system changes', () => {
  test.each([
    'models/classifier/model.safetensors',
    'prompts/system.prompt',
    'notebooks/exploration.ipynb',
    'training/config.yaml',
    'evals/registry/evals/test-match.yaml',
    'datasets/customers-2026.yaml',
    'services/ranker/MODEL_CARD.md',
    'weights/ranker.onnx'
  ])('%s is an AI-system path by default', path => {
    const v = run(withFiles([file('src/index.ts'), file(path)]))
    expect(v.status).toBe('pass')
    expect(v.findings?.find(f => f.rule === 'ai-path')?.subject).toBe(path)
  })

  test.each(['src/index.ts', 'README.md', 'docs/models.md', '.github/workflows/ci.yml', 'package.json'])(
    '%s alone is not an AI change → not applicable',
    path => {
      expect(run(withFiles([file(path)])).status).toBe('not_applicable')
    }
  )

  test('a rename out of an AI path counts (the previous path matched)', () => {
    const v = run(withFiles([file('archive/old.safetensors', { status: 'renamed', previous_path: 'models/old.safetensors' })]))
    expect(v.status).toBe('pass')
    expect(v.findings?.map(f => f.subject)).toContain('models/old.safetensors')
  })

  test('matching ignores case, so Models/ or PROMPTS/ cannot dodge the globs', () => {
    expect(run(withFiles([file('Models/ranker.onnx')])).status).toBe('pass')
    expect(run(withFiles([file('PROMPTS/system.txt')])).status).toBe('pass')
    expect(run(withFiles([file('Notebooks/Train.IPYNB')])).status).toBe('pass')
  })

  test('policy globs replace the defaults', () => {
    expect(run(withFiles([file('ml/ranker/config.json')]), { paths: ['ml/**'] }).status).toBe('pass')
    expect(run(withFiles([file('models/x.onnx')]), { paths: ['ml/**'] }).status).toBe('not_applicable')
  })

  test('files unreadable → not verified; partial list without AI paths → not verified, never not-applicable', () => {
    expect(run(baseRecord({ files: unavailableGroup(403) })).status).toBe('not_verified')
    const partial = run(baseRecord({ files: partialGroup([file('src/a.ts')], 'GitHub lists at most 3000 files') }))
    expect(partial.status).toBe('not_verified')
    expect(partial.reason).toMatch(/3000 files/)
  })

  test('a direct push is not applicable', () => {
    const push = baseRecord({
      subject: { kind: 'push', head_sha: 'a'.repeat(40), base_ref: 'main' },
      pull_request: { state: 'not_collected', value: null, sources: [] }
    })
    expect(run(push).status).toBe('not_applicable')
  })
})

describe('label', () => {
  const ai = [file('models/m.onnx')]
  test('required label present (GitHub label names compare case-insensitively) → pass; absent → fail', () => {
    expect(run(withFiles(ai, { pull_request: collected(pullRequest({ labels: ['AI-Change'] })) }), { 'require-label': 'ai-change' }).status).toBe('pass')
    const v = run(withFiles(ai), { 'require-label': 'ai-change' })
    expect(v.status).toBe('fail')
    expect(v.remedy).toMatch(/Add the label "ai-change"/)
  })
  test('labels unreadable → not verified', () => {
    expect(run(withFiles(ai, { pull_request: unavailableGroup(403) }), { 'require-label': 'ai-change' }).status).toBe('not_verified')
  })
})

describe('approval by a named reviewer group', () => {
  const ai = [file('prompts/support.prompt')]
  const users = { reviewers: { users: ['carol'] } }

  test('an approval of the head commit by a named user passes', () => {
    const v = run(withFiles(ai, { reviews: collected([approve('carol')]) }), users)
    expect(v.status).toBe('pass')
    expect(v.findings?.find(f => f.rule === 'reviewer-group')?.status).toBe('pass')
  })

  test('approval only by someone outside the group fails (the acceptance case)', () => {
    const v = run(withFiles(ai), users) // bob (write) approved, but bob is not in the group
    expect(v.status).toBe('fail')
    expect(v.reason).toMatch(/0 of 1 required approvals by @carol/)
    expect(v.reason).toMatch(/bob: not in @carol/)
  })

  test('no approvals at all fails', () => {
    expect(run(withFiles(ai, { reviews: collected([]) }), users).status).toBe('fail')
  })

  test('a stale approval (earlier commit) by a group member does not count', () => {
    expect(run(withFiles(ai, { reviews: collected([approve('carol', { commit: EARLIER_SHA })]) }), users).status).toBe('fail')
  })

  test("a member's approval superseded by their later request for changes does not count", () => {
    expect(run(withFiles(ai, { reviews: collected([approve('carol'), review('carol', 'CHANGES_REQUESTED')]) }), users).status).toBe('fail')
  })

  test('the PR author in the group cannot approve their own change', () => {
    expect(run(withFiles(ai, { reviews: collected([approve(user('alice', 'User', 1))]) }), { reviewers: { users: ['alice'] } }).status).toBe('fail')
  })

  test('a group member with read access only does not count', () => {
    const rec = withFiles(ai, { reviews: collected([approve('erin')]), permissions: collected({ erin: perm('read') }) })
    expect(run(rec, { reviewers: { users: ['erin'] } }).status).toBe('fail')
  })

  test('min-approvals: two members needed', () => {
    const rec = withFiles(ai, { reviews: collected([approve('carol'), approve('dave')]) })
    expect(run(rec, { reviewers: { users: ['carol', 'dave'] }, 'min-approvals': 2 }).status).toBe('pass')
    expect(run(rec, { reviewers: { users: ['carol'] }, 'min-approvals': 2 }).status).toBe('fail')
  })

  test('team membership read → the member approval passes; a non-member fails', () => {
    const teams = { reviewers: { teams: ['octo-org/ml-reviewers'] } }
    const facts = aiFacts({ 'octo-org/ml-reviewers': { members: ['Carol'] } })
    expect(run(withFiles(ai, { reviews: collected([approve('carol')]), facts: facts }), teams).status).toBe('pass')
    expect(run(withFiles(ai, { reviews: collected([approve('bob')]), facts: facts }), teams).status).toBe('fail')
  })

  test('team membership unreadable → not verified with the read:org remedy, never pass', () => {
    const teams = { reviewers: { teams: ['@octo-org/ml-reviewers'] } }
    const facts = aiFacts({ 'octo-org/ml-reviewers': { members: null, missing: { reason: '403', remedy: 'pass a token with read:org' } } })
    const v = run(withFiles(ai, { reviews: collected([approve('carol')]), facts: facts }), teams)
    expect(v.status).toBe('not_verified')
    expect(v.remedy).toMatch(/read:org/)
    // No fact group at all (collector did not run) is also unknown, not a pass.
    expect(run(withFiles(ai, { reviews: collected([approve('carol')]) }), teams).status).toBe('not_verified')
  })

  test('unknown membership cannot rescue a case that fails anyway', () => {
    const teams = { reviewers: { teams: ['octo-org/ml-reviewers'] } }
    const facts = aiFacts({ 'octo-org/ml-reviewers': { members: null } })
    expect(run(withFiles(ai, { reviews: collected([]), facts: facts }), teams).status).toBe('fail')
  })

  test('reviews unreadable → not verified', () => {
    expect(run(withFiles(ai, { reviews: unavailableGroup(403) }), users).status).toBe('not_verified')
  })
})

describe('documentation and evaluation', () => {
  test('model card updated in the same change → pass; not updated → fail; deleting it does not count', () => {
    expect(run(withFiles([file('models/m.onnx'), file('models/MODEL_CARD.md')]), { 'require-documentation': true }).status).toBe('pass')
    expect(run(withFiles([file('models/m.onnx'), file('docs/ai/impact-assessment.md', { status: 'added' })]), { 'require-documentation': true }).status).toBe(
      'pass'
    )
    expect(run(withFiles([file('models/m.onnx')]), { 'require-documentation': true }).status).toBe('fail')
    expect(run(withFiles([file('models/m.onnx'), file('models/MODEL_CARD.md', { status: 'removed' })]), { 'require-documentation': true }).status).toBe('fail')
  })

  const evalParams = { 'require-evaluation': true, 'evaluation-link-prefixes': ['https://wandb.ai/acme/evals/'] }
  const withBody = (body: string) => withFiles([file('prompts/a.prompt')], { pull_request: collected(pullRequest({ body })) })

  test('a link with an allowed prefix in the body counts; other hosts, look-alike hosts and links inside HTML comments do not', () => {
    expect(run(withBody('Eval: https://wandb.ai/acme/evals/runs/42'), evalParams).status).toBe('pass')
    expect(run(withBody('Eval: https://wandb.ai.evil.example/acme/evals/runs/42'), evalParams).status).toBe('fail')
    expect(run(withBody('Eval: https://example.com/x'), evalParams).status).toBe('fail')
    expect(run(withBody('<!-- https://wandb.ai/acme/evals/runs/42 -->'), evalParams).status).toBe('fail')
  })

  test('a committed eval result counts; without prefixes only files count', () => {
    expect(
      run(withFiles([file('prompts/a.prompt'), file('evals/results/2026-01.eval.json', { status: 'added' })]), { 'require-evaluation': true }).status
    ).toBe('pass')
    expect(run(withBody('https://wandb.ai/acme/evals/runs/42'), { 'require-evaluation': true }).status).toBe('fail')
  })

  test('evaluationLinks de-duplicates and ignores non-matching links', () => {
    expect(evaluationLinks('see https://mlflow.acme.dev/runs/1 and https://mlflow.acme.dev/runs/1) or http://x/', ['https://mlflow.acme.dev/'])).toEqual([
      'https://mlflow.acme.dev/runs/1'
    ])
  })

  test('every requirement at once: reasons name each failing one', () => {
    const v = run(withFiles([file('models/m.onnx')]), {
      'require-label': 'ai-change',
      reviewers: { users: ['carol'] },
      'require-documentation': true,
      ...evalParams
    })
    expect(v.status).toBe('fail')
    expect(
      v.findings
        ?.filter(f => f.status === 'fail')
        .map(f => f.rule)
        .sort()
    ).toEqual(['documentation', 'evaluation', 'label', 'reviewer-group'])
  })
})

describe('policy', () => {
  test('off in the default policy', async () => {
    const { resolvePolicy } = await import('../../src/policy/load.js')
    const { CONTROLS } = await import('../../src/controls/index.js')
    const { DEFAULT_POLICY_TEXT } = await import('../../src/policy/default-policy.generated.js')
    expect(resolvePolicy(CONTROLS, DEFAULT_POLICY_TEXT).controls['ai.change-governance'].enabled).toBe(false)
  })
})
