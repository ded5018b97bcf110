/**
 * What a collector of extra facts gets. Core facts (PR, commits, files, reviews, permissions) are
 * collected first by src/collect/collector.ts and are readable from `record`; an extra collector
 * returns its own `Collected<…>` group, stored as `record.extra[<name>]`.
 */
import type { GitHubApi } from './github/api.js'
import type { ChangeRecord, Collected, CommitFacts } from '../model/record.js'
import type { RawPullFile } from './collector.js'

export interface CollectContext {
  owner: string
  repo: string
  /** The record so far: core facts are filled in. Read only. */
  record: Readonly<ChangeRecord>
  /** null when no API is available (offline / demo from a checkout). */
  api: GitHubApi | null
  /** Absolute path of a local checkout of the repository at the head commit, when there is one. */
  checkoutDir: string | null
  /** Resolved params of every enabled control, by control id (collectors read e.g. secrets settings). */
  params: ReadonlyMap<string, Record<string, unknown>>
  /** Login/name of the gate's own check (to exclude from required checks). */
  selfCheckNames: string[]
  /**
   * The PR's files as GET /repos/{owner}/{repo}/pulls/{pull_number}/files listed them, patches included,
   * already paginated by the core collector (null when not read). Never written to the record.
   */
  pullFiles?: RawPullFile[] | null
  /** On a push event: the pushed commits (compare API or payload). record.commits holds the merged PR's own commits when one was found. */
  pushedCommits?: Collected<CommitFacts[]> | null
}

export interface ExtraCollector {
  /** Key in record.extra. */
  name: string
  /** Collect only when one of these controls is enabled. */
  forControls: string[]
  collect(context: CollectContext): Promise<Collected<unknown>>
}
