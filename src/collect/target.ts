/**
 * Which change is under judgement, read from the triggering event. The payload is data only: nothing from
 * the pull request is checked out or run here.
 */
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

type Payload = Record<string, any>

export function targetFromEvent(
  eventName: string,
  payload: Payload,
  repository: { owner: string; repo: string },
  prNumberInput?: number | null
): Target {
  const base: Pick<Target, 'owner' | 'repo'> = {
    owner: payload.repository?.owner?.login ?? repository.owner,
    repo: payload.repository?.name ?? repository.repo
  }
  const sender = typeof payload.sender?.login === 'string' ? payload.sender.login : null
  switch (eventName) {
    case 'pull_request':
    case 'pull_request_target':
    case 'pull_request_review': {
      const pr = payload.pull_request
      if (!pr || typeof pr.number !== 'number') {
        throw new Error(`The ${eventName} event payload has no pull_request.number; is GITHUB_EVENT_PATH the event file?`)
      }
      return {
        ...base,
        kind: 'pull_request',
        prNumber: pr.number,
        headSha: pr.head?.sha ?? null,
        baseRef: pr.base?.ref ?? null,
        baseSha: typeof pr.base?.sha === 'string' ? pr.base.sha : null,
        mergeSha: null,
        event: {
          name: eventName,
          action: payload.action,
          sender,
          ...(payload.action === 'synchronize' && payload.after ? { pushed_sha: payload.after } : {})
        },
        pushedCommits: []
      }
    }
    case 'workflow_dispatch': {
      const fromInput = prNumberInput ?? numberOrNull(payload.inputs?.['pr-number'] ?? payload.inputs?.pr_number)
      if (!fromInput) {
        throw new Error('workflow_dispatch needs the pull request to judge: set the `pr-number` input (a positive whole number).')
      }
      return pullRequestTarget(base.owner, base.repo, fromInput, { name: eventName, sender })
    }
    case 'merge_group': {
      const group = payload.merge_group
      const headRef: string = group?.head_ref ?? ''
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
        baseRef: (group.base_ref as string | undefined)?.replace(/^refs\/heads\//, '') ?? match[1],
        baseSha: typeof group.base_sha === 'string' ? group.base_sha : null,
        mergeSha: group.head_sha ?? null,
        event: { name: eventName, action: payload.action, sender, merge_group_head_sha: group.head_sha },
        pushedCommits: []
      }
    }
    case 'push': {
      const ref: string = payload.ref ?? ''
      if (!ref.startsWith('refs/heads/')) {
        throw new Error(`push to '${ref}' is not a branch push; compliance-gate judges pushes to protected branches only.`)
      }
      const after: string | null = payload.after && !ZERO_SHA.test(payload.after) ? payload.after : null
      if (!after) throw new Error('The push deleted the branch (after is all zeros); there is no change to judge.')
      return {
        ...base,
        kind: 'push',
        prNumber: null,
        headSha: after,
        baseRef: ref.slice('refs/heads/'.length),
        baseSha: null,
        mergeSha: after,
        event: { name: eventName, sender, ref, before: payload.before, after },
        pushedCommits: Array.isArray(payload.commits) ? payload.commits : []
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

function numberOrNull(value: unknown): number | null {
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : NaN
  return Number.isInteger(n) && n > 0 ? n : null
}

export function isZeroSha(sha: string | undefined | null): boolean {
  return !sha || ZERO_SHA.test(sha)
}
