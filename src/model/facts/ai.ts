/**
 * Facts of the `ai` collector (record.facts.ai), for ai.change-governance (ISO/IEC 42001 AI-system changes).
 *
 * `ai_change` marks a change that touches an AI system (a changed path matches the policy's `paths` globs), so
 * an audit population can be filtered to AI-system changes. Team membership of the policy's reviewer teams is
 * read only for AI changes; `members: null` means it could not be read (never "not a member").
 */
import type { Collected, Missing } from '../collected.js'

export interface AiTeamFacts {
  /** Logins of the team's members; null when unreadable (see `missing`). */
  members: string[] | null
  missing?: Missing
}

export interface AiChangeFacts {
  /** True when at least one changed path matches `patterns`. */
  ai_change: boolean
  /** The changed paths (and previous paths of renames) that matched. */
  paths: string[]
  /** The policy's AI-system globs the paths were matched against. */
  patterns: string[]
  /** Reviewer teams (`org/team-slug`) named by the policy, with their members; empty when no team is named or not an AI change. */
  teams: Record<string, AiTeamFacts>
}

export function aiFactsOf(record: { facts?: { ai?: Collected<AiChangeFacts> } }): Collected<AiChangeFacts> | null {
  return record.facts?.ai ?? null
}
