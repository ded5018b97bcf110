/** The fact collectors, one per fact group of the record (src/model/facts/). */
import type { FactCollectors } from './context.js'
import { branchRulesCollector } from './branch-rules.js'
import { checksCollector } from './checks.js'
import { codeownersCollector } from './codeowners.js'
import { pushCollector } from './push.js'
import { secretsCollector } from './secrets.js'
import { iacCollector } from './iac.js'
import { aiCollector } from './ai.js'

export const FACT_COLLECTORS: FactCollectors = {
  branch_rules: branchRulesCollector,
  checks: checksCollector,
  codeowners: codeownersCollector,
  push: pushCollector,
  secrets: secretsCollector,
  iac: iacCollector,
  ai: aiCollector
}
