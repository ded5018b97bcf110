/**
 * The fact groups of a change record beyond the core facts: each a named, typed `Collected<…>`, collected
 * only when an enabled control declares it needs the group (ControlMeta.needs).
 */
import type { Collected } from '../collected.js'
import type { BranchRulesFacts } from './branch-rules.js'
import type { ChecksFacts } from './checks.js'
import type { CodeownersFacts } from './codeowners.js'
import type { IacFacts } from './iac.js'
import type { PushFacts } from './push.js'
import type { SecretsFacts } from './secrets.js'
import type { AiChangeFacts } from './ai.js'

export interface FactGroups {
  /** Rulesets and classic protection of the target branch (src/model/facts/branch-rules.ts). */
  branch_rules?: Collected<BranchRulesFacts>
  /** Check runs and statuses on the head (and merge) SHA. */
  checks?: Collected<ChecksFacts>
  /** CODEOWNERS at the base commit, and the teams that own changed files. */
  codeowners?: Collected<CodeownersFacts>
  /** Push events: each pushed commit matched to its merged pull request. */
  push?: Collected<PushFacts>
  /** Credentials found in added lines (preview and fingerprint only). */
  secrets?: Collected<SecretsFacts>
  /** Changed infrastructure-as-code and the encryption/residency check results. */
  iac?: Collected<IacFacts>
  /** AI-system changes (ISO/IEC 42001): the AI paths the change touches and the reviewer teams' members. */
  ai?: Collected<AiChangeFacts>
}

/** The name of a fact group, e.g. 'secrets'. */
export type FactGroupName = keyof FactGroups

/** Every fact group, in the order they are collected and documented. */
export const FACT_GROUPS: readonly FactGroupName[] = ['branch_rules', 'checks', 'codeowners', 'push', 'secrets', 'iac', 'ai']
