/**
 * The write client reporters use (check runs, comments). Calls are logged apart from the record's API calls
 * (the record was written before any reporter ran). Failures come back classified, never thrown.
 */
import type { GitHubApi } from '../collect/github/api.js'
import { createGitHubApi } from '../collect/github/client.js'
import type { ApiCall, ChangeRecord } from '../model/record.js'
import type { Settings } from '../settings.js'
import { TOOL_NAME, TOOL_VERSION } from '../version.js'

export function reportApi(settings: Settings, calls: ApiCall[] = []): GitHubApi | null {
  if (!settings.token) return null
  return createGitHubApi({
    token: settings.token,
    baseUrl: settings.apiUrl,
    timeoutMs: settings.httpTimeoutMs,
    calls,
    userAgent: `${TOOL_NAME}/${TOOL_VERSION}`,
    retries: 1
  })
}

/**
 * The commit a check run belongs on: the PR head (never GITHUB_SHA, the test-merge commit), the merge queue's
 * head for merge_group, the pushed commit for push.
 */
export function checkRunShaFromRecord(record: ChangeRecord): string | null {
  const sha = record.subject.kind === 'merge_group' ? (record.subject.merge_sha ?? record.event.merge_group_head_sha) : record.subject.head_sha
  return sha && /^[0-9a-f]{40}$/.test(sha) ? sha : null
}

/** The same, from the event payload alone (before the engine ran); null when the event does not say (workflow_dispatch). */
export function checkRunShaFromEvent(eventName: string, payload: Record<string, unknown>): string | null {
  // only the fields read here, each checked below: the payload is whatever the event file holds
  const event = payload as { pull_request?: { head?: { sha?: unknown } } | null; merge_group?: { head_sha?: unknown } | null; after?: unknown }
  let sha: unknown = null
  if (eventName === 'pull_request' || eventName === 'pull_request_target' || eventName === 'pull_request_review') sha = event.pull_request?.head?.sha
  else if (eventName === 'merge_group') sha = event.merge_group?.head_sha
  else if (eventName === 'push') sha = event.after
  return typeof sha === 'string' && /^[0-9a-f]{40}$/.test(sha) && !/^0+$/.test(sha) ? sha : null
}

/** The workflow run's page, for details_url (null outside Actions). */
export function runUrl(env: NodeJS.ProcessEnv): string | null {
  const server = env.GITHUB_SERVER_URL
  const repo = env.GITHUB_REPOSITORY
  const id = env.GITHUB_RUN_ID
  if (!server || !repo || !id || !/^\d+$/.test(id) || !/^https:\/\//.test(server)) return null
  return `${server.replace(/\/+$/, '')}/${repo}/actions/runs/${id}${env.GITHUB_RUN_ATTEMPT && /^\d+$/.test(env.GITHUB_RUN_ATTEMPT) ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : ''}`
}
