/**
 * Read a file as it is at a commit: from the local checkout when it holds that commit (`git cat-file`),
 * else through the contents API at that ref. Never from the working tree, which the change under
 * judgement may have written. Used by the policy, CODEOWNERS, the secrets baseline and IaC.
 */
import { describeFailure, type GitHubApi } from './github/api.js'
import { hasCommit, readObject } from './git/objects.js'
import { runGit } from './git/run.js'

export const CONTENTS_ROUTE = 'GET /repos/{owner}/{repo}/contents/{path}'
/** Files of 1 to 100 MB: the contents API answers their metadata only (encoding "none"), the blob by its SHA. */
export const BLOB_ROUTE = 'GET /repos/{owner}/{repo}/git/blobs/{file_sha}'

export type ReadAtResult =
  /** The file's text; `source` names the git command or API route it came from. */
  | { found: true; text: string; source: string }
  /** The commit has no such file (or it is a directory). */
  | { found: false; source: string }
  /** It could not be read; reason and remedy say why and what fixes it. */
  | { error: { reason: string; remedy: string; http_status?: number; too_large_bytes?: number }; source: string }

export interface FileReader {
  readAt(ref: string, path: string): Promise<ReadAtResult>
}

export interface FileReaderOptions {
  owner: string
  repo: string
  checkoutDir: string | null
  api: GitHubApi | null
  /** Largest file read (default 3 MiB). */
  maxBytes?: number
  /** Remedy named when the contents API is refused. */
  contentsRemedy?: string
}

interface ContentsFile {
  type?: string
  encoding?: string
  content?: string
  size?: number
  sha?: string
}

/** GET /repos/{owner}/{repo}/git/blobs/{file_sha} (the fields used). */
export interface Blob {
  content?: string
  encoding?: string
  size?: number
}

/** The bytes of a git blob as the blobs API answers it, or why it holds none (an encoding other than base64 or utf-8). */
export function blobBytes(blob: Blob): Buffer | { reason: string } {
  if (typeof blob.content !== 'string' || (blob.encoding !== 'base64' && blob.encoding !== 'utf-8')) {
    return { reason: `the blobs API answered encoding "${blob.encoding ?? 'none'}"` }
  }
  return Buffer.from(blob.content, blob.encoding === 'base64' ? 'base64' : 'utf8')
}

/** A reader with a cache per (ref, path): a judge of many changes reads each base's files once. */
export function createFileReader(options: FileReaderOptions): FileReader {
  const cache = new Map<string, Promise<ReadAtResult>>()
  const commits = new Map<string, Promise<boolean>>()
  const maxBytes = options.maxBytes ?? 3 * 1024 * 1024
  const remedy =
    options.contentsRemedy ?? 'Give the token `contents: read` on this repository, or check out the base commit (actions/checkout with fetch-depth: 0).'

  /** Over the cap: reported by size (callers such as CODEOWNERS name GitHub's own limit from it). */
  function tooLarge(path: string, ref: string, bytes: number, source: string): ReadAtResult {
    return {
      error: {
        reason: `${path} at ${ref.slice(0, 12)} is ${bytes} bytes, over the ${maxBytes}-byte limit`,
        remedy: 'Keep the file smaller.',
        too_large_bytes: bytes
      },
      source
    }
  }

  async function fromCheckout(dir: string, ref: string, path: string): Promise<ReadAtResult | null> {
    let present = commits.get(ref)
    if (!present) commits.set(ref, (present = hasCommit(dir, ref)))
    if (!(await present)) return null
    const source = `git cat-file blob ${ref.slice(0, 12)}:${path}`
    // Through the checkout's one batch (type, size and content in one answer); git the old way when it cannot answer.
    const object = await readObject(dir, `${ref}:${path}`, maxBytes)
    if (object !== null) {
      if (object.missing || object.type !== 'blob') return { found: false, source }
      if (object.content === undefined) return tooLarge(path, ref, object.size, source)
      return { found: true, text: object.content.toString('utf8'), source }
    }
    const type = await runGit(dir, ['cat-file', '-t', `${ref}:${path}`])
    if (!type.ok) return { found: false, source }
    if (type.stdout.trim() !== 'blob') return { found: false, source }
    const size = await runGit(dir, ['cat-file', '-s', `${ref}:${path}`])
    if (size.ok && Number(size.stdout.trim()) > maxBytes) return tooLarge(path, ref, Number(size.stdout.trim()), source)
    const blob = await runGit(dir, ['cat-file', 'blob', `${ref}:${path}`], { maxBuffer: maxBytes + 1024 })
    if (!blob.ok) return { error: { reason: `git could not read ${path} at ${ref.slice(0, 12)}: ${blob.stderr.trim().slice(0, 200)}`, remedy }, source }
    return { found: true, text: blob.stdout, source }
  }

  async function fromApi(api: GitHubApi, ref: string, path: string): Promise<ReadAtResult> {
    const answer = await api.request<ContentsFile | ContentsFile[]>(CONTENTS_ROUTE, { owner: options.owner, repo: options.repo, path, ref })
    if (!answer.ok) {
      if (answer.kind === 'not_found') return { found: false, source: CONTENTS_ROUTE }
      return { error: describeFailure(answer, `Reading ${path} at ${ref.slice(0, 12)}`, remedy), source: CONTENTS_ROUTE }
    }
    const data = answer.data
    if (Array.isArray(data) || (data.type && data.type !== 'file')) return { found: false, source: CONTENTS_ROUTE }
    if ((data.size ?? 0) > maxBytes) return tooLarge(path, ref, data.size ?? 0, CONTENTS_ROUTE)
    if (data.encoding === 'none' && typeof data.sha === 'string' && /^[0-9a-f]{40}$/.test(data.sha)) return fromBlob(api, ref, path, data.sha)
    if (data.encoding !== 'base64' || typeof data.content !== 'string') {
      return {
        error: {
          reason: `${path}: the contents API answered encoding "${data.encoding ?? 'none'}" without the file's blob SHA`,
          remedy: 'Re-run; if it persists, check out the base commit (actions/checkout with fetch-depth: 0).'
        },
        source: CONTENTS_ROUTE
      }
    }
    return { found: true, text: Buffer.from(data.content, 'base64').toString('utf8'), source: CONTENTS_ROUTE }
  }

  /** GitHub's contents API gives files over 1 MB without content (encoding "none"): read the blob itself. */
  async function fromBlob(api: GitHubApi, ref: string, path: string, sha: string): Promise<ReadAtResult> {
    const source = `${CONTENTS_ROUTE} + ${BLOB_ROUTE}`
    const answer = await api.request<Blob>(BLOB_ROUTE, { owner: options.owner, repo: options.repo, file_sha: sha })
    if (!answer.ok) return { error: describeFailure(answer, `Reading ${path} at ${ref.slice(0, 12)} (blob ${sha.slice(0, 12)}, over 1 MB)`, remedy), source }
    const blob = answer.data
    if ((blob.size ?? 0) > maxBytes) return tooLarge(path, ref, blob.size ?? 0, source)
    const bytes = blobBytes(blob)
    if (!Buffer.isBuffer(bytes)) {
      return {
        error: { reason: `${path}: ${bytes.reason}`, remedy: 'Re-run; if it persists, check out the base commit (actions/checkout with fetch-depth: 0).' },
        source
      }
    }
    return { found: true, text: bytes.toString('utf8'), source }
  }

  async function read(ref: string, path: string): Promise<ReadAtResult> {
    if (options.checkoutDir) {
      const local = await fromCheckout(options.checkoutDir, ref, path)
      if (local) return local
    }
    if (options.api) return fromApi(options.api, ref, path)
    return {
      error: {
        reason: `${path} at ${ref.slice(0, 12)} could not be read: the checkout does not hold that commit and there is no GitHub API access`,
        remedy: 'Check out with fetch-depth: 0, or pass a token in github-token.'
      },
      source: 'none'
    }
  }

  return {
    readAt(ref, path) {
      const key = `${ref}\u0000${path}`
      let pending = cache.get(key)
      if (!pending) cache.set(key, (pending = read(ref, path)))
      return pending
    }
  }
}
