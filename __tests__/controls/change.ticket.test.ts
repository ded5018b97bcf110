import { describe, expect, test } from '@jest/globals'
import { checkSections, compilePattern, control, isPlaceholderLine } from '../../src/controls/change-ticket.js'
import type { TicketParams } from '../../src/controls/change-ticket.js'
import { baseRecord, collected, commit, pullRequest, unavailableGroup } from '../helpers/records.js'

const ctx = { enabledControls: new Set<string>() }
const P = (p: Partial<TicketParams> = {}): TicketParams => ({ ...control.meta.defaults, pattern: '[A-Z][A-Z0-9]+-\\d+', ...p })
const withPr = (over: Parameters<typeof pullRequest>[0]) => baseRecord({ pull_request: collected(pullRequest(over)) })

const TEMPLATE_FILLED = `## Summary
Fixes the login redirect.

<!-- Describe how you tested -->
## Testing
- [x] unit tests
- ran the e2e suite locally

## Rollback
N/A — feature flag off by default.
`
const TEMPLATE_EMPTY = `## Summary
<!-- What does this change do? -->

## Testing
- [ ] unit tests
- [ ] e2e

## Rollback
TODO
`

describe('change.ticket', () => {
  test('off by default → not_applicable', () => {
    expect(control.evaluate(baseRecord(), control.meta.defaults, ctx).status).toBe('not_applicable')
  })

  test('ticket in the branch name only → pass, saying where', () => {
    const v = control.evaluate(withPr({ title: 'Fix login', body: '', head: { ref: 'feature/OPS-981-login', sha: 'x' } }), P(), ctx)
    expect(v.status).toBe('pass')
    expect(v.reason).toMatch(/OPS-981.*branch name/)
  })

  test('ticket only inside an HTML comment of the template → fail', () => {
    const v = control.evaluate(withPr({ title: 'Fix login', body: '<!-- e.g. ABC-123 -->\nFixes login.', head: { ref: 'fix-login', sha: 'x' } }), P(), ctx)
    expect(v.status).toBe('fail')
    expect(v.reason).toMatch(/No ticket reference/)
  })

  test('tracker link in the body → pass', () => {
    const v = control.evaluate(
      withPr({ title: 'Fix login', body: 'See https://tracker.example.com/issues/5521 for context', head: { ref: 'fix', sha: 'x' } }),
      P({ pattern: null, trackers: ['https://tracker.example.com/issues/'] }),
      ctx
    )
    expect(v.status).toBe('pass')
    expect(v.reason).toMatch(/tracker\.example\.com\/issues\/5521/)
  })

  test('commit messages as a source', () => {
    const record = baseRecord({
      pull_request: collected(pullRequest({ title: 'x', body: '', head: { ref: 'y', sha: 'z' } })),
      commits: collected([commit({ message: 'Refs INC-7: hotfix' })])
    })
    expect(control.evaluate(record, P(), ctx).status).toBe('fail')
    expect(control.evaluate(record, P({ sources: ['commits'] }), ctx).status).toBe('pass')
  })

  test('(?i) prefix makes the pattern case-insensitive', () => {
    expect(compilePattern('(?i)abc-\\d+').test('ABC-1')).toBe(true)
  })

  test('invalid pattern → not_verified', () => {
    expect(control.evaluate(baseRecord(), P({ pattern: '[' }), ctx).status).toBe('not_verified')
  })

  test('required template sections filled in → pass', () => {
    const v = control.evaluate(withPr({ body: `ABC-1\n${TEMPLATE_FILLED}` }), P({ 'required-template-sections': ['## Summary', 'Testing', 'Rollback'] }), ctx)
    expect(v.status).toBe('pass')
    expect(v.reason).toMatch(/3 required template section/)
  })

  test('sections left as the template (comments, unchecked boxes, TODO) or missing → fail naming them', () => {
    const v = control.evaluate(
      withPr({ body: `ABC-1\n${TEMPLATE_EMPTY}` }),
      P({ 'required-template-sections': ['Summary', 'Testing', 'Rollback', 'Risk'] }),
      ctx
    )
    expect(v.status).toBe('fail')
    const status = Object.fromEntries(v.findings!.filter(f => f.subject !== 'ticket').map(f => [f.subject, f.message]))
    expect(status.Summary).toMatch(/empty/)
    expect(status.Testing).toMatch(/empty/)
    expect(status.Rollback).toMatch(/empty/)
    expect(status.Risk).toMatch(/missing/)
  })

  test('heading level given in the policy must match', () => {
    expect(checkSections('### Summary\ntext', ['## Summary'])[0].status).toBe('fail')
    expect(checkSections('### Summary:\ntext', ['Summary'])[0].status).toBe('pass')
  })

  test('placeholder lines', () => {
    for (const l of ['', '-', 'TODO', '_No response_', '<describe the change>', '- [ ] tests', '...']) expect(isPlaceholderLine(l)).toBe(true)
    for (const l of ['N/A', '- [x] tests', 'Bumps the version']) expect(isPlaceholderLine(l)).toBe(false)
  })

  test('pull request unavailable → not_verified', () => {
    expect(control.evaluate(baseRecord({ pull_request: unavailableGroup(404, 'Not Found') }), P(), ctx).status).toBe('not_verified')
  })
})
