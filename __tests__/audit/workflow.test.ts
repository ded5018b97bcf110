/** The shipped reusable workflow: a workflow_call with a matrix over `audit --org --list`, max-parallel, an App token. */
import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'

const wf = parse(readFileSync(new URL('../../.github/workflows/audit-org.yml', import.meta.url), 'utf8'))

describe('.github/workflows/audit-org.yml', () => {
  test('is reusable (workflow_call) with the org, the window, max-parallel and the App secrets', () => {
    const call = wf.on.workflow_call
    expect(Object.keys(call.inputs)).toEqual(expect.arrayContaining(['org', 'from', 'to', 'branch', 'sample', 'max-parallel']))
    expect(call.inputs.org.required).toBe(true)
    expect(Object.keys(call.secrets)).toEqual(['app-id', 'app-private-key'])
    expect(wf.permissions).toEqual({ contents: 'read' })
  })

  test('fans out one job per listed repository and merges their uploads', () => {
    const list = wf.jobs.list
    expect(list.steps.find((s: { run?: string }) => s.run?.includes('audit --org "$ORG" --list'))).toBeDefined()
    const audit = wf.jobs.audit
    expect(audit.needs).toBe('list')
    expect(audit.strategy['max-parallel']).toBe('${{ inputs.max-parallel }}')
    expect(audit.strategy['fail-fast']).toBe(false)
    expect(audit.strategy.matrix.include).toBe('${{ fromJSON(needs.list.outputs.repositories) }}')
    expect(audit.steps.some((s: { uses?: string }) => s.uses?.startsWith('actions/create-github-app-token@'))).toBe(true)
    expect(audit.steps.some((s: { uses?: string }) => s.uses?.startsWith('actions/upload-artifact@'))).toBe(true)
    const run = audit.steps.find((s: { run?: string }) => s.run?.includes('--cache audit-cache'))
    // inputs reach the shell through env, never by ${{ }} inside the script (no injection from an input)
    expect(run.run).not.toMatch(/\$\{\{/)
    expect(wf.jobs.merge.steps.some((s: { run?: string }) => s.run?.includes('audit merge parts/*/ --out merged'))).toBe(true)
  })
})
