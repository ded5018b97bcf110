/**
 * The building blocks every fact group shares: a `Collected<T>` (the facts, or why they could not be read
 * and what would fix that) and the GitHub actors and reviews several groups refer to. Kept apart from
 * record.ts so that each fact group (model/facts/) can use them without importing the record that lists it.
 */

/** How complete a group of facts is. */
export type CollectionState = 'complete' | 'partial' | 'unavailable' | 'not_collected'

export interface Missing {
  /** Why the facts are missing or partial, in words a user understands. */
  reason: string
  /** What would make them readable (a token scope, a checkout, a setting). */
  remedy?: string
  /** HTTP status of the failing call, when an API call failed. */
  http_status?: number
}

export interface Collected<T> {
  state: CollectionState
  /** The facts; null when state is 'unavailable' or 'not_collected'. */
  value: T | null
  /** Where they came from: API routes (`GET /repos/{owner}/{repo}/pulls/{pull_number}`) or git commands. */
  sources: string[]
  missing?: Missing
}

export interface Actor {
  login: string
  /** 'User' | 'Bot' | 'Organization' as GitHub reports it. */
  type?: string
  id?: number
}

export type ReviewState = 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING'

export interface ReviewFacts {
  id: number
  user: Actor | null
  state: ReviewState | string
  /** The commit the review was made on; null when GitHub does not say. */
  commit_id: string | null
  submitted_at?: string | null
  author_association?: string
}
