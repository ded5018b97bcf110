/**
 * The secrets, IaC and AI collectors are loaded on demand (src/collect/index.ts), so their schedule (`after`) is
 * written there again: it must be the real collector's, and collect must be the real collector's work.
 */
import { describe, expect, test } from '@jest/globals'
import { FACT_COLLECTORS } from '../../src/collect/index.js'
import { aiCollector } from '../../src/collect/ai.js'
import { iacCollector } from '../../src/collect/iac.js'
import { secretsCollector } from '../../src/collect/secrets.js'

describe('collectors loaded on demand', () => {
  test.each([
    ['secrets', secretsCollector],
    ['iac', iacCollector],
    ['ai', aiCollector]
  ] as const)('%s: the same group and schedule as the collector it loads', (group, real) => {
    const lazy = FACT_COLLECTORS[group]
    expect(lazy.group).toBe(real.group)
    expect(lazy.group).toBe(group)
    expect(lazy.after).toBe(real.after)
    expect(typeof lazy.prepare).toBe('function')
  })

  test('every collector is keyed by its own group', () => {
    for (const [group, collector] of Object.entries(FACT_COLLECTORS)) expect(collector.group).toBe(group)
  })
})
