/**
 * The gate's original evidence bundle of a change, from its workflow artifact, when it still exists.
 * The action uploads the bundle as `compliance-evidence-<bundle name>` (src/action.ts), so the name is known
 * from the change: `GET /repos/{o}/{r}/actions/artifacts?name=NAME` (newest unexpired one wins), then
 * `GET /repos/{o}/{r}/actions/artifacts/{id}/zip` (GitHub answers 302 to a short-lived blob URL; the client
 * follows it). The zip is read here (stored and deflated entries only), with limits on entry count and size,
 * and names that would leave the folder are refused; then the bundle is checked with `verify`.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { dirname, join, normalize, sep } from 'node:path'
import { inflateRawSync } from 'node:zlib'
import type { GitHubApi } from '../collect/github/api.js'
import { verifyBundle } from '../verify.js'

export interface OriginalBundle {
  /** found: downloaded and checked; absent: no such artifact (never uploaded, or deleted); expired; error. */
  state: 'found' | 'absent' | 'expired' | 'error'
  artifact: string
  artifact_id?: number
  created_at?: string
  dir?: string
  verified?: boolean
  problems?: string[]
  reason?: string
}

const MAX_ENTRIES = 64
const MAX_BYTES = 64 * 1024 * 1024

/** Entries of a zip archive: name → content. Throws on anything it does not understand. */
export function readZip(zip: Buffer): Map<string, Buffer> {
  let eocd = -1
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65_535); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i
      break
    }
  }
  if (eocd < 0) throw new Error('not a zip archive (no end of central directory)')
  const count = zip.readUInt16LE(eocd + 10)
  if (count > MAX_ENTRIES) throw new Error(`the archive has ${count} entries (at most ${MAX_ENTRIES} expected for an evidence bundle)`)
  let p = zip.readUInt32LE(eocd + 16)
  const out = new Map<string, Buffer>()
  let total = 0
  for (let n = 0; n < count; n++) {
    if (zip.readUInt32LE(p) !== 0x02014b50) throw new Error('corrupt central directory')
    const method = zip.readUInt16LE(p + 10)
    const compressed = zip.readUInt32LE(p + 20)
    const size = zip.readUInt32LE(p + 24)
    const nameLen = zip.readUInt16LE(p + 28)
    const extraLen = zip.readUInt16LE(p + 30)
    const commentLen = zip.readUInt16LE(p + 32)
    const local = zip.readUInt32LE(p + 42)
    const name = zip.subarray(p + 46, p + 46 + nameLen).toString('utf8')
    p += 46 + nameLen + extraLen + commentLen
    if (name.endsWith('/')) continue
    total += size
    if (total > MAX_BYTES) throw new Error(`the archive unpacks to more than ${MAX_BYTES} bytes`)
    if (zip.readUInt32LE(local) !== 0x04034b50) throw new Error(`corrupt local header of ${name}`)
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28)
    const raw = zip.subarray(start, start + compressed)
    let data: Buffer
    if (method === 0) data = Buffer.from(raw)
    else if (method === 8) data = inflateRawSync(raw, { maxOutputLength: Math.max(1, size) })
    else throw new Error(`${name}: compression method ${method} is not supported`)
    if (data.length !== size) throw new Error(`${name}: size ${data.length} differs from the directory's ${size}`)
    out.set(name, data)
  }
  return out
}

/** Write the entries under `dir`, refusing names that are absolute or leave it. */
export async function extractTo(entries: Map<string, Buffer>, dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true })
  await mkdir(dir, { recursive: true })
  for (const [name, data] of entries) {
    const clean = normalize(name)
    if (name.includes('\\') || clean.startsWith('..') || clean.startsWith(sep) || /^[A-Za-z]:/.test(clean) || clean.split(sep).includes('..')) {
      throw new Error(`refused entry '${name}': it would be written outside the bundle folder`)
    }
    const target = join(dir, clean)
    await mkdir(dirname(target), { recursive: true })
    await writeFile(target, data)
  }
}

/** The fields read from GitHub's `artifact` (list workflow artifacts); an answer off the schema is guarded. */
interface ArtifactSummary {
  id?: number
  name?: string
  expired?: boolean
  created_at?: string | null
  expires_at?: string | null
}

/** The change a bundle must judge to be that change's original: its repository, pull request (if any) and head commit. */
export interface ExpectedChange {
  repository: string
  pull_request: number | null
  head_sha: string
}

export async function fetchOriginalBundle(
  api: GitHubApi,
  owner: string,
  repo: string,
  bundleName: string,
  outDir: string,
  expected?: ExpectedChange
): Promise<OriginalBundle> {
  const artifact = `compliance-evidence-${bundleName}`
  const list = await api.request<{ artifacts?: (ArtifactSummary | null)[] } | null>('GET /repos/{owner}/{repo}/actions/artifacts', {
    owner,
    repo,
    name: artifact,
    per_page: 100
  })
  if (!list.ok) {
    const hint = list.kind === 'forbidden' || list.kind === 'not_found' ? ' (the token needs `actions: read`)' : ''
    return { state: 'error', artifact, reason: `${list.route} answered ${list.status ?? 'no response'}: ${list.message}${hint}` }
  }
  const all = (Array.isArray(list.data?.artifacts) ? list.data.artifacts : []).filter((a): a is ArtifactSummary => a?.name === artifact)
  if (all.length === 0) return { state: 'absent', artifact, reason: 'no workflow artifact of that name (never uploaded, deleted, or past retention)' }
  const live = all.filter(a => !a.expired).sort((a, b) => String(b.created_at).localeCompare(String(a.created_at)))
  if (live.length === 0) return { state: 'expired', artifact, reason: `the artifact expired (${all[0].expires_at ?? 'retention passed'})` }
  const chosen = live[0]
  const zip = await api.request<ArrayBuffer | Buffer>('GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}', {
    owner,
    repo,
    artifact_id: chosen.id,
    archive_format: 'zip'
  })
  if (!zip.ok) return { state: 'error', artifact, artifact_id: chosen.id, reason: `${zip.route} answered ${zip.status ?? 'no response'}: ${zip.message}` }
  const bytes = Buffer.isBuffer(zip.data) ? zip.data : zip.data instanceof ArrayBuffer ? Buffer.from(zip.data) : null
  if (!bytes) return { state: 'error', artifact, artifact_id: chosen.id, reason: 'the artifact download was not binary' }
  const dir = join(outDir, bundleName)
  try {
    await extractTo(readZip(bytes), dir)
  } catch (error) {
    return { state: 'error', artifact, artifact_id: chosen.id, reason: `the artifact could not be unpacked: ${(error as Error).message}` }
  }
  const check = await verifyBundle(dir)
  // An artifact is named by the change, but anyone who can upload one can use the name: the bundle must judge this change.
  const problems = [...check.problems]
  const s = check.subject
  if (expected && s) {
    const wrong: string[] = []
    if ((s.repository ?? '').toLowerCase() !== expected.repository.toLowerCase()) wrong.push(`repository ${s.repository ?? 'unknown'}`)
    if (expected.pull_request !== null && s.pull_request !== expected.pull_request) wrong.push(`pull request ${s.pull_request ?? 'none'}`)
    if (s.head_sha !== expected.head_sha) wrong.push(`head ${s.head_sha ?? 'unknown'}`)
    if (wrong.length > 0)
      problems.push(
        `it judges another change (${wrong.join(', ')}), not ${expected.repository}${expected.pull_request !== null ? ` #${expected.pull_request}` : ''} at ${expected.head_sha}`
      )
  }
  return {
    state: 'found',
    artifact,
    artifact_id: chosen.id,
    created_at: chosen.created_at ?? undefined,
    dir,
    verified: check.ok && problems.length === check.problems.length,
    problems
  }
}
