/** The fact collectors, one per fact group of the record (src/model/facts/). */
import type { FactCollector, FactCollectors } from './context.js'
import type { FactGroupName } from '../model/facts/index.js'
import { dropEarly } from './git/run.js'
import { branchRulesCollector } from './branch-rules.js'
import { checksCollector } from './checks.js'
import { codeownersCollector } from './codeowners.js'
import { pushCollector } from './push.js'

/**
 * A collector whose code is loaded only when its group is planned. The secrets scanner (rules, RE2 engine)
 * and the IaC parsers (tree-sitter and its wasm) are most of the bundle: the dynamic import makes ncc emit
 * them as chunks that a change without such facts never loads, so start-up does not pay for them.
 * `after` is written here too: __tests__/collect/lazy-collectors.test.ts checks it against the real one.
 */
function lazyCollector<K extends FactGroupName>(
  group: K,
  after: FactCollector<K>['after'],
  load: () => Promise<FactCollector<K>>,
  hooks: Pick<FactCollector<K>, 'unplanned'> = {}
): FactCollector<K> {
  let loading: Promise<FactCollector<K>> | null = null
  const loaded = () => (loading ??= load())
  return {
    ...hooks,
    group,
    after,
    prepare: () => void loaded().catch(() => undefined),
    collect: async context => (await loaded()).collect(context)
  }
}

export const FACT_COLLECTORS: FactCollectors = {
  branch_rules: branchRulesCollector,
  checks: checksCollector,
  codeowners: codeownersCollector,
  push: pushCollector,
  // The checkout's diff and commit count started at start-up are the secrets scan's alone.
  secrets: lazyCollector('secrets', 'pull_request', async () => (await import('./secrets.js')).secretsCollector, {
    unplanned: () => void dropEarly(['diff', 'count'])
  }),
  iac: lazyCollector('iac', 'changes', async () => (await import('./iac.js')).iacCollector),
  // Off by default; its path globs (minimatch) load only when the policy enables it.
  ai: lazyCollector('ai', 'changes', async () => (await import('./ai.js')).aiCollector)
}
