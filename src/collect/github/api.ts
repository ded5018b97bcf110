/**
 * The narrow GitHub API surface collectors use. It never throws for an HTTP or network failure:
 * every call answers with the data or with a classified failure, so each collector can record
 * "unavailable, because …, fix by …" instead of crashing.
 */

export type ApiFailureKind =
  | 'unauthorized' // 401: bad or expired token
  | 'forbidden' // 403 without rate limit: missing permission / scope ("Resource not accessible by integration")
  | 'not_found' // 404 (GitHub also answers 404 for resources the token may not see)
  | 'rate_limited' // 403/429 rate limit or secondary rate limit, retries exhausted
  | 'server' // 5xx after retries
  | 'malformed' // the body was not the JSON expected
  | 'network' // timeout, connection refused/reset
  | 'refused' // not requested: a link (e.g. Link rel="next") pointed outside the API origin
  | 'other' // any other 4xx (422 …)

export interface ApiFailure {
  ok: false
  kind: ApiFailureKind
  status: number | null
  /** GitHub's message or the network error, never containing the token. */
  message: string
  route: string
}

export interface ApiSuccess<T> {
  ok: true
  status: number
  data: T
  route: string
  /** Response headers (lower-case names) when the transport exposes them: ETag, Link, x-ratelimit-*. */
  headers?: Record<string, string | number | undefined>
}

export type ApiResult<T> = ApiSuccess<T> | ApiFailure

export interface PaginateOptions {
  /** Stop after this many items (GitHub caps: PR files 3000, PR commits 250). */
  maxItems?: number
  /** For list endpoints wrapping their items (e.g. check-runs → check_runs). */
  itemsKey?: string
  /**
   * Read pages 2…N side by side (at most PAGE_CONCURRENCY at once) once page 1's Link header names the
   * last page N of the same route; otherwise (no `last`, cursor links) the `next` links are followed one
   * by one. For long page-numbered lists (a PR's files: up to 30 pages).
   */
  concurrentPages?: boolean
}

export interface PaginatedSuccess<T> extends ApiSuccess<T[]> {
  /** True when maxItems cut the list short. */
  truncated: boolean
}

export interface GitHubApi {
  /** route like 'GET /repos/{owner}/{repo}/pulls/{pull_number}' with its params. */
  request<T>(route: string, params?: Record<string, unknown>): Promise<ApiResult<T>>
  /** All pages at per_page=100. */
  paginate<T>(route: string, params?: Record<string, unknown>, options?: PaginateOptions): Promise<PaginatedSuccess<T> | ApiFailure>
}

/** A user-facing explanation of a failure, with the remedy a user can act on. */
export function describeFailure(failure: ApiFailure, what: string, permissionHint?: string): { reason: string; remedy: string; http_status?: number } {
  const base = `${what}: ${failure.route} answered ${failure.status ?? 'no response'} (${failure.message})`
  const http_status = failure.status ?? undefined
  switch (failure.kind) {
    case 'unauthorized':
      return { reason: base, remedy: 'The token was rejected (401). Pass a valid token in the github-token input.', http_status }
    case 'forbidden':
      return {
        reason: base,
        remedy: permissionHint ?? 'The token lacks a permission this read needs; grant it in the workflow `permissions:` block or use a token that has it.',
        http_status
      }
    case 'not_found':
      return {
        reason: base,
        remedy: permissionHint
          ? `GitHub answers 404 both for missing resources and for ones the token may not see. ${permissionHint}`
          : 'Check the repository and number, and that the token can read this repository (GitHub answers 404 for resources a token may not see).',
        http_status
      }
    case 'rate_limited':
      return {
        reason: base,
        remedy: 'GitHub rate limit reached and retries were exhausted; re-run the job later or use a token with a higher limit.',
        http_status
      }
    case 'server':
      return { reason: base, remedy: 'GitHub answered with a server error after retries; re-run the job.', http_status }
    case 'malformed':
      return { reason: base, remedy: 'GitHub answered with a body that is not valid JSON; re-run the job. If it persists, check GITHUB_API_URL.', http_status }
    case 'network':
      return {
        reason: base,
        remedy: 'The GitHub API could not be reached or did not answer in time; check GITHUB_API_URL and network, then re-run.',
        http_status
      }
    case 'refused':
      return {
        reason: base,
        remedy:
          'GitHub (or something between the runner and GitHub) answered with a link away from the API origin; the gate does not follow it, so the token stays with GITHUB_API_URL. Check GITHUB_API_URL and any proxy, then re-run.',
        http_status
      }
    default:
      return { reason: base, remedy: 'See the message; re-run after fixing the request.', http_status }
  }
}
