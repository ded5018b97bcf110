import { needsByGroup, neededParam } from '../../src/collect/context.js'
import { CONTROLS } from '../../src/controls/index.js'
import { resolvePolicy } from '../../src/policy/load.js'
import { DEFAULT_POLICY_TEXT } from '../../src/policy/default-policy.generated.js'

describe('needsByGroup: the settings a collector reads come from the plan, not from a control id', () => {
  const controls = [
    { meta: { id: 'iac.encryption', needs: ['iac'] as const } },
    { meta: { id: 'iac.data-residency', needs: ['iac'] as const } },
    { meta: { id: 'change.unreviewed-push', needs: ['push'] as const } }
  ]

  test('only enabled controls, in the order given; one entry per group the control needs', () => {
    const by = needsByGroup(controls, {
      'iac.encryption': { enabled: true, params: { 'plan-file': 'a.json' } },
      'iac.data-residency': { enabled: true, params: { 'plan-file': 'b.json', 'max-file-size': 10 } },
      'change.unreviewed-push': { enabled: false, params: { 'max-commits': 3 } }
    })
    expect(by.get('iac')?.map(n => n.control)).toEqual(['iac.encryption', 'iac.data-residency'])
    expect(by.has('push')).toBe(false)
    // The first control that gives a key wins; a key only the second gives is read from it.
    expect(neededParam(by.get('iac'), 'plan-file')).toBe('a.json')
    expect(neededParam(by.get('iac'), 'max-file-size')).toBe(10)
    expect(neededParam(by.get('push'), 'max-commits')).toBeUndefined()
  })

  test('with the default policy: every planned group names exactly the enabled controls whose meta.needs names it', () => {
    const policy = resolvePolicy(CONTROLS, DEFAULT_POLICY_TEXT)
    const by = needsByGroup(CONTROLS, policy.controls)
    for (const [group, needs] of by) {
      const expected = CONTROLS.filter(c => policy.controls[c.meta.id]?.enabled && c.meta.needs.includes(group)).map(c => c.meta.id)
      expect(needs.map(n => n.control)).toEqual(expected)
      for (const n of needs) expect(n.params).toBe(policy.controls[n.control].params)
    }
    expect(by.get('secrets')?.map(n => n.control)).toEqual(['secrets.no-new-secrets'])
  })
})
