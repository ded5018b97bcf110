/** The CLI's explain and init commands, in-process. */
import { describe, expect, test } from '@jest/globals'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'
import { main } from '../../src/cli.js'
import { CONTROLS } from '../../src/controls/index.js'
import { resolvePolicy } from '../../src/policy/load.js'
import { DEFAULT_POLICY_TEXT } from '../../src/policy/default-policy.generated.js'

function io(cwd = process.cwd()) {
  const out: string[] = []
  const err: string[] = []
  return { out: (t: string) => out.push(t), err: (t: string) => err.push(t), env: {}, cwd, text: () => out.join('\n'), errors: () => err.join('\n') }
}

describe('explain', () => {
  test('prints the question, rationale, remedy, policy keys with defaults and the mappings', async () => {
    const x = io()
    expect(await main(['explain', 'review.approvals'], x)).toBe(0)
    const meta = CONTROLS.find(c => c.meta.id === 'review.approvals')!.meta
    expect(x.text()).toContain(meta.question)
    expect(x.text()).toContain(meta.rationale)
    expect(x.text()).toContain(meta.remedy)
    expect(x.text()).toMatch(/count\s+integer \(default 1\)/)
    expect(x.text()).toMatch(/on-not-verified/)
    for (const m of meta.mappings) expect(x.text()).toContain(m.controls[0])
  })

  test('an unknown control is exit 2 with the known ids; the help lists explain and init', async () => {
    const x = io()
    expect(await main(['explain', 'review.nope'], x)).toBe(2)
    expect(x.errors()).toContain('review.approvals')
    const h = io()
    await main(['--help'], h)
    expect(h.text()).toMatch(/explain/)
    expect(h.text()).toMatch(/init/)
    expect(h.text()).toMatch(/--version/)
    // `help COMMAND` prints that command's help.
    const v = io()
    expect(await main(['help', 'verify'], v)).toBe(0)
    expect(v.text()).toMatch(/^Usage: compliance-gate verify/m)
  })
})

describe('init', () => {
  test('writes a policy the loader accepts and a workflow with the permissions the channels need; keeps existing files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cg-init-'))
    const x = io(dir)
    expect(await main(['init', '--action', 'acme/compliance-gate@v1'], x)).toBe(0)
    const policy = readFileSync(join(dir, '.github/compliance-gate.yml'), 'utf8')
    expect(() => resolvePolicy(CONTROLS, DEFAULT_POLICY_TEXT, { text: policy, path: '.github/compliance-gate.yml' })).not.toThrow()
    const workflow = parse(readFileSync(join(dir, '.github/workflows/compliance-gate.yml'), 'utf8'))
    expect(workflow.permissions).toMatchObject({ checks: 'write', 'pull-requests': 'write', contents: 'read' })
    const step = workflow.jobs['compliance-gate'].steps.find((s: any) => s.uses === 'acme/compliance-gate@v1')
    expect(step.with).toMatchObject({ 'check-run': true, comment: 'on-failure' })
    const again = io(dir)
    expect(await main(['init'], again)).toBe(1)
    expect(again.errors()).toMatch(/exists; kept/)
  })

  test('the workflow triggers every event a default-on control judges (merge, labels, pushes)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cg-init-'))
    expect(await main(['init', '--branch', 'trunk'], io(dir))).toBe(0)
    const workflow = parse(readFileSync(join(dir, '.github/workflows/compliance-gate.yml'), 'utf8'))
    expect(workflow.on.pull_request.types).toEqual(expect.arrayContaining(['opened', 'synchronize', 'closed', 'labeled', 'unlabeled']))
    expect(workflow.on.push).toEqual({ branches: ['trunk'] })
    expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(['pull_request_review', 'merge_group']))
  })

  test("the policy's comments show each control's real defaults: uncommenting them changes nothing", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cg-init-'))
    expect(await main(['init'], io(dir))).toBe(0)
    const text = readFileSync(join(dir, '.github/compliance-gate.yml'), 'utf8')
    const uncommented = text.replace(/^ {2}# ([\w.-]+):\n/gm, '  $1:\n').replace(/^ {2}# {3}(enabled|on-fail|on-not-verified): (\w+).*$/gm, '    $1: $2')
    const base = resolvePolicy(CONTROLS, DEFAULT_POLICY_TEXT)
    const same = resolvePolicy(CONTROLS, DEFAULT_POLICY_TEXT, { text: uncommented.replace(/^ {2}review\.approvals:\n {4}count: 1\n/m, ''), path: 'p.yml' })
    for (const c of CONTROLS) {
      const { enabled, on_fail, on_not_verified } = base.controls[c.meta.id]
      expect({ id: c.meta.id, ...same.controls[c.meta.id], params: undefined }).toEqual({ id: c.meta.id, enabled, on_fail, on_not_verified, params: undefined })
    }
    expect(text).toMatch(/# {3}on-not-verified: warn/) // branch.protection's default
  })

  test('bad usage is exit 2: two directories, a malformed --action, a directory that does not exist', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cg-init-'))
    expect(await main(['init', 'a', 'b'], io(dir))).toBe(2)
    expect(await main(['init', '--action', 'bad action'], io(dir))).toBe(2)
    expect(await main(['init', join(dir, 'missing', 'dir')], io(dir))).toBe(2)
  })
})
