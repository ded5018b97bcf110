/**
 * Which change is under judgement, read from the triggering event. The payload is data only: nothing from
 * the pull request is checked out or run here.
 */
import type { EmitterWebhookEvent } from '@octokit/webhooks'
import type { EventFacts } from '../model/record.js'

export const SUPPORTED_EVENTS = ['pull_request', 'pull_request_target', 'pull_request_review', 'merge_group', 'workflow_dispatch', 'push'] as const

export class UnsupportedEventError extends Error {
  constructor(event: string) {
    super(
      `compliance-gate does not support the '${event}' event. Supported events: ${SUPPORTED_EVENTS.join(', ')} ` +
        `(workflow_dispatch needs the pr-number input).`
    )
    this.name = 'UnsupportedEventError'
  }
}

export interface Target {
  owner: string
  repo: string
  kind: 'pull_request' | 'push' | 'merge_group'
  /** PR number when known from the event or input; on push it is looked up. */
  prNumber: number | null
  /** Head SHA from the event (the exact commit this run is for), when the event says. */
  headSha: string | null
  baseRef: string | null
  /** The commit the change builds on, when the event says (PR base, merge group base); the policy is read there. */
  baseSha: string | null
  /** merge_group head or the pushed SHA: required checks may pass there too. */
  mergeSha: string | null
  event: EventFacts
  /** Commits listed in a push payload, when the event is a push. */
  pushedCommits: PushedCommit[]
}

export interface PushedCommit {
  id: string
  message: string
  author?: { name?: string; email?: string; username?: string }
  committer?: { name?: string; email?: string; username?: string }
  distinct?: boolean
}

const ZERO_SHA = /^0{40}$/

/**
 * The payload GitHub sends for an event, as @octokit/webhooks types it from GitHub's webhook schema. Read from
 * GITHUB_EVENT_PATH (a file), so any part may be missing or of another shape: every field is optional here and
 * each is checked before use.
 */
export type EventPayload<E extends PayloadEvent> = Untrusted<EmitterWebhookEvent<E>['payload']>
/** Webhook events whose payload a run reads (pull_request_target is an Actions event with pull_request's payload). */
type PayloadEvent = 'pull_request' | 'pull_request_review' | 'merge_group' | 'workflow_dispatch' | 'push' | 'workflow_run'

/** Every field optional, all the way down (arrays keep their item type, each item untrusted too). */
type Untrusted<T> = T extends (infer I)[] ? Untrusted<I>[] : T extends object ? { [K in keyof T]?: Untrusted<T[K]> | null } : T

/** Any event's payload, before the event name says which it is (the settings read it as JSON). */
type AnyPayload = Record<string, unknown>

export function targetFromEvent(eventName: string, raw: AnyPayload, repository: { owner: string; repo: string }, prNumberInput?: number | null): Target {
  // Every supported event has the repository and sender of GitHub's common webhook properties.
  const common = raw as EventPayload<'push'>
  const base: Pick<Target, 'owner' | 'repo'> = {
    owner: stringOr(common.repository?.owner?.login, repository.owner),
    repo: stringOr(common.repository?.name, repository.repo)
  }
  const sender = typeof common.sender?.login === 'string' ? common.sender.login : null
  switch (eventName) {
    case 'pull_request':
    case 'pull_request_target':
    case 'pull_request_review': {
      const payload = raw as EventPayload<'pull_request'> | EventPayload<'pull_request_review'>
      const pr = payload.pull_request
      if (!pr || typeof pr.number !== 'number') {
        throw new Error(`The ${eventName} event payload has no pull_request.number; is GITHUB_EVENT_PATH the event file?`)
      }
      return {
        ...base,
        kind: 'pull_request',
        prNumber: pr.number,
        headSha: stringOr(pr.head?.sha, null),
        baseRef: stringOr(pr.base?.ref, null),
        baseSha: stringOr(pr.base?.sha, null),
        mergeSha: null,
        event: {
          name: eventName,
          action: stringOr(payload.action, undefined),
          sender,
          ...(payload.action === 'synchronize' && 'after' in payload && typeof payload.after === 'string' && payload.after ? { pushed_sha: payload.after } : {})
        },
        pushedCommits: []
      }
    }
    case 'workflow_dispatch': {
      const inputs = (raw as EventPayload<'workflow_dispatch'>).inputs
      const fromInput = prNumberInput ?? numberOrNull(inputs?.['pr-number'] ?? inputs?.pr_number)
      if (!fromInput) {
        throw new Error('workflow_dispatch needs the pull request to judge: set the `pr-number` input (a positive whole number).')
      }
      return pullRequestTarget(base.owner, base.repo, fromInput, { name: eventName, sender })
    }
    case 'merge_group': {
      const payload = raw as EventPayload<'merge_group'>
      const group = payload.merge_group
      const headRef = stringOr(group?.head_ref, '')
      // refs/heads/gh-readonly-queue/<base>/pr-<N>-<sha>
      const match = /gh-readonly-queue\/(.+)\/pr-(\d+)-([0-9a-f]{40})$/.exec(headRef)
      if (!group || !match) {
        throw new Error(`The merge_group event's head_ref '${headRef}' is not a merge queue ref (gh-readonly-queue/<base>/pr-<N>-<sha>).`)
      }
      return {
        ...base,
        kind: 'merge_group',
        prNumber: Number(match[2]),
        headSha: match[3],
        baseRef: typeof group.base_ref === 'string' ? group.base_ref.replace(/^refs\/heads\//, '') : match[1],
        baseSha: stringOr(group.base_sha, null),
        mergeSha: stringOr(group.head_sha, null),
        event: { name: eventName, action: stringOr(payload.action, undefined), sender, merge_group_head_sha: stringOr(group.head_sha, undefined) },
        pushedCommits: []
      }
    }
    case 'push': {
      const payload = raw as EventPayload<'push'>
      const ref = stringOr(payload.ref, '')
      if (!ref.startsWith('refs/heads/')) {
        throw new Error(`push to '${ref}' is not a branch push; compliance-gate judges pushes to protected branches only.`)
      }
      const after = typeof payload.after === 'string' && payload.after && !ZERO_SHA.test(payload.after) ? payload.after : null
      if (!after) throw new Error('The push deleted the branch (after is all zeros); there is no change to judge.')
      return {
        ...base,
        kind: 'push',
        prNumber: null,
        headSha: after,
        baseRef: ref.slice('refs/heads/'.length),
        baseSha: null,
        mergeSha: after,
        event: { name: eventName, sender, ref, before: stringOr(payload.before, undefined), after },
        pushedCommits: Array.isArray(payload.commits) ? payload.commits.flatMap(pushedCommit) : []
      }
    }
    default:
      throw new UnsupportedEventError(eventName)
  }
}

/** A pull request named by number (workflow_dispatch input, the CLI): everything else is read from the API. */
export function pullRequestTarget(owner: string, repo: string, prNumber: number, event: EventFacts): Target {
  return { owner, repo, kind: 'pull_request', prNumber, headSha: null, baseRef: null, baseSha: null, mergeSha: null, event, pushedCommits: [] }
}

/** A push payload's commit as the target keeps it (GitHub's `commits[]`: id, message, author, committer, distinct). */
function pushedCommit(c: NonNullable<EventPayload<'push'>['commits']>[number]): PushedCommit[] {
  if (!c || typeof c.id !== 'string') return []
  const person = (p: typeof c.author) =>
    p && typeof p === 'object'
      ? {
          ...(typeof p.name === 'string' ? { name: p.name } : {}),
          ...(typeof p.email === 'string' ? { email: p.email } : {}),
          ...(typeof p.username === 'string' ? { username: p.username } : {})
        }
      : undefined
  const author = person(c.author)
  const committer = person(c.committer)
  return [
    {
      id: c.id,
      message: typeof c.message === 'string' ? c.message : '',
      ...(author ? { author } : {}),
      ...(committer ? { committer } : {}),
      ...(typeof c.distinct === 'boolean' ? { distinct: c.distinct } : {})
    }
  ]
}

function stringOr<T>(value: unknown, fallback: T): string | T {
  return typeof value === 'string' ? value : fallback
}

function numberOrNull(value: unknown): number | null {
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : NaN
  return Number.isInteger(n) && n > 0 ? n : null
}

export function isZeroSha(sha: string | undefined | null): boolean {
  return !sha || ZERO_SHA.test(sha)
}
