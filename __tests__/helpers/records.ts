/**
 * Hand-built ChangeRecords for control tests.
 *
 * `baseRecord()` is a complete, valid record of a reviewed pull request: PR #42 by alice, one commit by alice
 * at HEAD_SHA, one changed file, bob (write) approved the head. Override any top-level group; the small
 * builders below make the common facts short to write.
 *
 *   baseRecord({ reviews: collected([approve('carol'), review('dave', 'CHANGES_REQUESTED')]) })
 *   baseRecord({ reviews: unavailableGroup(403, 'Resource not accessible by integration') })
 */
import {
  RECORD_SCHEMA_ID,
  RECORD_VERSION,
  type Actor,
  type ChangedFileFacts,
  type ChangeRecord,
  type Collected,
  type CommitFacts,
  type PermissionFacts,
  type PullRequestFacts,
  type ReviewFacts
} from '../../src/model/record.js'

export const OWNER = 'octo-org'
export const REPO = 'octo-repo'
export const HEAD_SHA = '1111111111111111111111111111111111111111'
export const BASE_SHA = '2222222222222222222222222222222222222222'
export const EARLIER_SHA = '3333333333333333333333333333333333333333'

let nextId = 1000

export function user(login: string, type: 'User' | 'Bot' = login.endsWith('[bot]') ? 'Bot' : 'User', id?: number): Actor {
  return { login, type, id: id ?? nextId++ }
}

/** A complete Collected group. */
export function collected<T>(value: T, sources: string[] = ['test']): Collected<T> {
  return { state: 'complete', value, sources }
}

export function partialGroup<T>(value: T, reason = 'list cut short'): Collected<T> {
  return { state: 'partial', value, sources: ['test'], missing: { reason } }
}

/** An unavailable group, as a collector records a failed API call. */
export function unavailableGroup<T>(http_status = 403, message = 'Resource not accessible by integration', remedy?: string): Collected<T> {
  return {
    state: 'unavailable',
    value: null,
    sources: ['test'],
    missing: { reason: `answered ${http_status} (${message})`, http_status, ...(remedy ? { remedy } : {}) }
  }
}

export function notCollectedGroup<T>(reason = 'not collected'): Collected<T> {
  return { state: 'not_collected', value: null, sources: [], missing: { reason } }
}

export function pullRequest(overrides: Partial<PullRequestFacts> = {}): PullRequestFacts {
  return {
    number: 42,
    title: 'ABC-123 Add feature',
    body: 'Implements ABC-123.',
    author: user('alice', 'User', 1),
    html_url: `https://github.com/${OWNER}/${REPO}/pull/42`,
    state: 'open',
    draft: false,
    merged: false,
    merged_at: null,
    merged_by: null,
    merge_commit_sha: null,
    labels: [],
    base: { ref: 'main', sha: BASE_SHA, repo_full_name: `${OWNER}/${REPO}` },
    head: { ref: 'feature/abc-123', sha: HEAD_SHA, repo_full_name: `${OWNER}/${REPO}` },
    created_at: '2026-01-01T10:00:00Z',
    updated_at: '2026-01-01T12:00:00Z',
    commits_count: 1,
    changed_files_count: 1,
    additions: 10,
    deletions: 2,
    ...overrides
  }
}

export function commit(overrides: Partial<CommitFacts> = {}): CommitFacts {
  return {
    sha: HEAD_SHA,
    message: 'Add feature',
    author: { name: 'Alice', email: 'alice@example.com', login: 'alice', date: '2026-01-01T11:00:00Z' },
    committer: { name: 'Alice', email: 'alice@example.com', login: 'alice', date: '2026-01-01T11:00:00Z' },
    co_authors: [],
    parents: [BASE_SHA],
    verification: { verified: true, reason: 'valid' },
    ...overrides
  }
}

export function file(path: string, overrides: Partial<ChangedFileFacts> = {}): ChangedFileFacts {
  return { path, status: 'modified', additions: 1, deletions: 0, ...overrides }
}

let reviewId = 1
/** A submitted review. `commit` defaults to the head; pass null for a review without commit_id. */
export function review(login: string | Actor, state: string, options: { commit?: string | null; at?: string } = {}): ReviewFacts {
  const actor = typeof login === 'string' ? user(login) : login
  return {
    id: reviewId++,
    user: actor,
    state,
    commit_id: options.commit === undefined ? HEAD_SHA : options.commit,
    submitted_at: options.at ?? `2026-01-01T12:${String(reviewId % 60).padStart(2, '0')}:00Z`,
    author_association: 'MEMBER'
  }
}

export const approve = (login: string | Actor, options: { commit?: string | null; at?: string } = {}): ReviewFacts => review(login, 'APPROVED', options)

export function perm(permission: string, role_name?: string | null): PermissionFacts {
  return role_name === undefined ? { permission, role_name: permission } : { permission, role_name }
}

export type RecordOverrides = Partial<ChangeRecord>

export function baseRecord(overrides: RecordOverrides = {}): ChangeRecord {
  const record: ChangeRecord = {
    $schema: RECORD_SCHEMA_ID,
    record_version: RECORD_VERSION,
    tool: { name: 'compliance-gate', version: '0.0.0-test' },
    collected_at: '2026-01-01T12:30:00Z',
    event: { name: 'pull_request', action: 'opened', sender: 'alice' },
    repository: {
      owner: OWNER,
      name: REPO,
      full_name: `${OWNER}/${REPO}`,
      default_branch: 'main',
      private: true,
      visibility: 'private',
      owner_type: 'Organization'
    },
    subject: { kind: 'pull_request', head_sha: HEAD_SHA, base_ref: 'main', base_sha: BASE_SHA },
    pull_request: collected(pullRequest(), ['GET /repos/{owner}/{repo}/pulls/{pull_number}']),
    commits: collected([commit()], ['GET /repos/{owner}/{repo}/pulls/{pull_number}/commits']),
    files: collected([file('src/index.ts')], ['GET /repos/{owner}/{repo}/pulls/{pull_number}/files']),
    reviews: collected([approve(user('bob', 'User', 2))], ['GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews']),
    permissions: collected<Record<string, PermissionFacts>>({ bob: perm('write'), carol: perm('write'), dave: perm('admin') }, [
      'GET /repos/{owner}/{repo}/collaborators/{username}/permission'
    ]),
    facts: {},
    truncated: [],
    api_calls: [],
    errors: []
  }
  return { ...record, ...overrides }
}
