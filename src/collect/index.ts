/** Extra collectors, run after the core facts for the controls that need them. */
import type { ExtraCollector } from './context.js'
import { branchRulesCollector } from './branch-rules.js'
import { checksCollector } from './checks.js'
import { codeownersCollector } from './codeowners.js'
import { pushCollector } from './push.js'
import { secretsCollector } from './secrets.js'
import { iacCollector } from './iac.js'
import { aiCollector } from './ai.js'

export const EXTRA_COLLECTORS: readonly ExtraCollector[] = [
  branchRulesCollector,
  checksCollector,
  codeownersCollector,
  pushCollector,
  secretsCollector,
  iacCollector,
  aiCollector
]
