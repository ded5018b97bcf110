/** A PR file as the API lists it, patch included. Kept out of the record: a patch may hold a secret. */
export interface RawPullFile {
  filename: string
  status: string
  additions: number
  deletions: number
  changes?: number
  patch?: string
  previous_filename?: string
  sha?: string
}
