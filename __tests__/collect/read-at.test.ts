/**
 * readAt through the API: GitHub's contents API answers a file of 1 to 100 MB with its metadata only
 * (`"encoding": "none"`, empty `content`); the file is then read as a git blob by its SHA. CODEOWNERS up to
 * 3 MB counts on GitHub, so a 2 MB one must be read, not reported as unreadable.
 */
import { describe, expect, test } from '@jest/globals'
import { BLOB_ROUTE, CONTENTS_ROUTE, blobBytes, createFileReader } from '../../src/collect/read-at.js'
import type { ApiResult, GitHubApi, PaginatedSuccess, ApiFailure } from '../../src/collect/github/api.js'

const SHA = 'a'.repeat(40)
const BLOB_SHA = '3d21ec53a331a6f037a91c368710b99387d012c1'

function api(answers: Record<string, { status: number; data?: unknown }>): GitHubApi & { routes: string[] } {
  const routes: string[] = []
  return {
    routes,
    async request<T>(route: string, params: Record<string, unknown> = {}): Promise<ApiResult<T>> {
      routes.push(`${route} ${String(params.path ?? params.file_sha)}`)
      const a = answers[route] ?? { status: 404 }
      if (a.status < 300) return { ok: true, status: a.status, data: a.data as T, route }
      return { ok: false, kind: a.status === 404 ? 'not_found' : a.status === 403 ? 'forbidden' : 'server', status: a.status, message: 'x', route }
    },
    async paginate<T>(): Promise<PaginatedSuccess<T> | ApiFailure> {
      throw new Error('not used')
    }
  }
}

const big = `# owners\n${'/src/module-0001/ @octo-org/platform\n'.repeat(60_000)}`

describe('readAt through the API', () => {
  test('a file over 1 MB (encoding "none") is read from the git blobs API by its SHA', async () => {
    const fake = api({
      [CONTENTS_ROUTE]: { status: 200, data: { type: 'file', encoding: 'none', content: '', size: big.length, sha: BLOB_SHA } },
      [BLOB_ROUTE]: { status: 200, data: { sha: BLOB_SHA, size: big.length, encoding: 'base64', content: Buffer.from(big).toString('base64') } }
    })
    const r = await createFileReader({ owner: 'o', repo: 'r', checkoutDir: null, api: fake }).readAt(SHA, '.github/CODEOWNERS')
    expect(big.length).toBeGreaterThan(2_000_000)
    expect(r).toEqual({ found: true, text: big, source: `${CONTENTS_ROUTE} + ${BLOB_ROUTE}` })
    expect(fake.routes).toEqual([`${CONTENTS_ROUTE} .github/CODEOWNERS`, `${BLOB_ROUTE} ${BLOB_SHA}`])
  })

  test('the blob read refused: the reason names the blob and the remedy the permission', async () => {
    const fake = api({
      [CONTENTS_ROUTE]: { status: 200, data: { type: 'file', encoding: 'none', content: '', size: 1_500_000, sha: BLOB_SHA } },
      [BLOB_ROUTE]: { status: 403 }
    })
    const r = await createFileReader({ owner: 'o', repo: 'r', checkoutDir: null, api: fake }).readAt(SHA, 'CODEOWNERS')
    expect('error' in r && r.error.reason).toMatch(/blob 3d21ec53a331, over 1 MB/)
    expect('error' in r && r.error.remedy).toMatch(/contents: read/)
  })

  test('over the 3 MiB cap: too large, by size, without reading the blob', async () => {
    const fake = api({ [CONTENTS_ROUTE]: { status: 200, data: { type: 'file', encoding: 'none', content: '', size: 4_000_000, sha: BLOB_SHA } } })
    const r = await createFileReader({ owner: 'o', repo: 'r', checkoutDir: null, api: fake }).readAt(SHA, 'CODEOWNERS')
    expect('error' in r && r.error.too_large_bytes).toBe(4_000_000)
    expect(fake.routes).toHaveLength(1)
  })

  test('encoding "none" without a blob SHA is an error that says so, never an empty file', async () => {
    const fake = api({ [CONTENTS_ROUTE]: { status: 200, data: { type: 'file', encoding: 'none', content: '', size: 1_500_000 } } })
    const r = await createFileReader({ owner: 'o', repo: 'r', checkoutDir: null, api: fake }).readAt(SHA, 'CODEOWNERS')
    expect('error' in r && r.error.reason).toMatch(/encoding "none" without the file's blob SHA/)
  })
})

describe('blobBytes (shared by readAt and the IaC API source)', () => {
  test('base64 and utf-8 blobs give their bytes; another encoding gives the reason', () => {
    expect(blobBytes({ content: Buffer.from('a = 1\n').toString('base64'), encoding: 'base64' })).toEqual(Buffer.from('a = 1\n'))
    expect(blobBytes({ content: 'a = 1\n', encoding: 'utf-8' })).toEqual(Buffer.from('a = 1\n'))
    expect(blobBytes({ encoding: 'none' })).toEqual({ reason: 'the blobs API answered encoding "none"' })
    expect(blobBytes({ content: 'x' })).toEqual({ reason: 'the blobs API answered encoding "none"' })
  })
})
