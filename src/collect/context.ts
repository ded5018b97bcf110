/**
 * What a fact collector gets and gives. The core facts (PR, commits, files, reviews, permissions) are read
 * first by src/collect/collector.ts; each fact group the enabled controls need is then collected by its
 * collector into its typed field of `record.facts` (src/model/facts/).
 */
import type { GitHubApi } from './github/api.js'
import type { FileReader } from './read-at.js'
import type { RawPullFile } from './raw.js'
import type { ChangeRecord, Collected, CommitFacts } from '../model/record.js'
import type { FactGroupName, FactGroups } from '../model/facts/index.js'

export interface CollectContext {
  owner: string
  repo: string
  /** The record so far: the core facts are filled in (for 'pull_request' collectors: the PR only). Read only. */
  record: Readonly<ChangeRecord>
  /** null when no API is available (offline / demo from a checkout). */
  api: GitHubApi | null
  /** Reads a repository file at a commit: checkout first, contents API second, cached per run. */
  reader?: FileReader
  /** Absolute path of a local checkout of the repository, when there is one. */
  checkoutDir: string | null
  /**
   * The enabled controls that need this collector's group (their meta.needs names it), with their resolved
   * params, in registry order: what a collector reads its settings from, without naming a control id. The
   * engine always gives it; absent (a collector called without a plan) reads as no settings (the defaults).
   */
  neededBy?: readonly Need[]
  /** Login/name of the gate's own check (to exclude from required checks). */
  selfCheckNames: string[]
  /**
   * The PR's files as GET /repos/{owner}/{repo}/pulls/{pull_number}/files listed them, patches included, once
   * the core collector has paged them (null when not read); awaitable by a collector that starts early (on the
   * pull request) and needs the listing only as a fallback. Never written to the record.
   */
  listedPullFiles?: () => Promise<RawPullFile[] | null>
  /** On a push event: the pushed commits (compare API or payload). record.commits holds the merged PR's own commits when one was found. */
  pushedCommits?: Collected<CommitFacts[]> | null
  /**
   * Resolves once the core lists (commits, files, reviews) and the reviewers' permissions are in `record`. A
   * `pull_request` collector that reads something at the base first and judges the change after awaits it.
   */
  changes?: Promise<void>
}

/** An enabled control that needs a fact group, with its resolved params. */
export interface Need {
  control: string
  params: Record<string, unknown>
}

/**
 * The enabled controls that need each fact group, in the order given (registry order), with their resolved
 * params: the plan's answer to "which settings does this group's collector read".
 */
export function needsByGroup(
  controls: readonly { meta: { id: string; needs: readonly FactGroupName[] } }[],
  resolved: Readonly<Record<string, { enabled: boolean; params: Record<string, unknown> } | undefined>>
): Map<FactGroupName, Need[]> {
  const by = new Map<FactGroupName, Need[]>()
  for (const control of controls) {
    const r = resolved[control.meta.id]
    if (!r?.enabled) continue
    for (const group of control.meta.needs) by.set(group, [...(by.get(group) ?? []), { control: control.meta.id, params: r.params }])
  }
  return by
}

/** The first value a control that needs the group gives for a param key (registry order), or undefined. */
export function neededParam(neededBy: readonly Need[] | undefined, key: string): unknown {
  if (!neededBy) return undefined
  for (const n of neededBy) if (n.params[key] !== undefined) return n.params[key]
  return undefined
}

/** Collects one fact group. */
export interface FactCollector<K extends FactGroupName = FactGroupName> {
  group: K
  /**
   * What must be read before it can start: `pull_request` (the subject's SHAs and base only; runs while the
   * PR's lists are read, and awaits `context.changes` for what it needs of them) or `changes` (the commits,
   * files and reviews too; the reviewers' permissions may still be on the way).
   */
  after: 'pull_request' | 'changes'
  collect(context: CollectContext): Promise<NonNullable<FactGroups[K]>>
  /**
   * Start loading the collector's code, if it is loaded on demand (src/collect/index.ts), once the group is
   * planned: the load then overlaps the API reads before `collect` runs. A failed load is reported by `collect`.
   */
  prepare?(): void
  /**
   * The policy plans no use of the group: work started ahead for it (the checkout's diff and commit count, see
   * src/collect/git/early.ts) is dropped.
   */
  unplanned?(): void
}

/** One collector per fact group, so the record's groups and the collectors cannot drift apart. */
export type FactCollectors = { readonly [K in FactGroupName]: FactCollector<K> }
