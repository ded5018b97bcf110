/**
 * The evidence bundle: one folder per judged change, written atomically, with a manifest of SHA-256 digests.
 *
 *   <evidence-dir>/<owner>-<repo>-pr<N>-<sha7>/
 *     record.json    the change record (facts)
 *     policy.json    the resolved policy that judged it (and the digests of its source files)
 *     results.json   the verdicts and the gate result
 *     summary.md     the human summary
 *     manifest.json  digests of the files above, tool version, policy digest
 */
import { createHash } from 'node:crypto'
import { mkdtemp, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { ensureEvidenceDir, EvidenceDirError } from './dir.js'
import type { ChangeRecord } from '../model/record.js'
import type { ResolvedPolicy } from '../policy/load.js'
import type { Evaluation } from '../evaluate/evaluate.js'
import { TOOL_NAME, TOOL_VERSION } from '../version.js'

export const BUNDLE_VERSION = 1

export interface Results extends Evaluation {
  $schema: string
  bundle_version: number
  tool: { name: string; version: string }
  mode: 'enforce' | 'report'
  evaluated_at: string
  subject: ChangeRecord['subject'] & { repository: string; pull_request: number | null }
  /** Errors that stopped the gate from judging fully. */
  errors: string[]
  /** How the policy was chosen when it matters (e.g. the change edits the policy file). */
  policy_notes: string[]
}

export interface Manifest {
  bundle_version: number
  tool: { name: string; version: string }
  created_at: string
  subject: Results['subject']
  result: Results['result']
  policy: { sha256: string; sources: ResolvedPolicy['sources'] }
  files: { path: string; sha256: string; bytes: number }[]
  /**
   * Set when the bundle is signed (src/evidence/sign.ts): the attestation file, also listed in `files`. Its
   * statement's subjects are the other files; the manifest itself is rewritten after signing.
   */
  attestation?: { path: string; kind: 'dsse' | 'sigstore'; predicate_type: string; subjects: string[] }
}

export function digest(content: string | Buffer): string {
  return createHash('sha256').update(content).digest('hex')
}

export function bundleName(record: ChangeRecord): string {
  const safe = (s: string) => s.replace(/[^A-Za-z0-9._-]+/g, '_')
  const pr = record.pull_request.value?.number ?? record.subject.pull_request_number
  const sha = record.subject.head_sha ? record.subject.head_sha.slice(0, 7) : 'unknown'
  const what = pr ? `pr${pr}` : record.subject.kind === 'push' ? 'push' : 'pr-unknown'
  return `${safe(record.repository.owner)}-${safe(record.repository.name)}-${what}-${safe(sha)}`
}

/** JSON with sorted object keys, so equal content gives equal digests. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? sortKeys(v as Record<string, unknown>) : v), 2) + '\n'
}

function sortKeys(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.keys(o)
      .sort()
      .map(k => [k, o[k]])
  )
}

export interface WrittenBundle {
  dir: string
  manifestSha256: string
  manifest: Manifest
  /** Set when the evidence directory could not be used and the bundle went to the fallback directory instead. */
  warnings?: string[]
}

export interface BundleLocation {
  /** The checkout: no symlink under it is followed and no file there is written through (see ./dir.ts). */
  workspace?: string | null
  /** Where the bundle goes when the evidence directory cannot be used (the action: RUNNER_TEMP); null: throw. */
  fallbackDir?: string | null
}

type BundleParts = { record: ChangeRecord; policy: ResolvedPolicy | null; results: Results; summary: string }

/**
 * Write the bundle into a temporary folder and rename it into place, replacing an earlier run's. When the
 * evidence directory cannot be used (a file or symlink planted by the change, no permission …), the bundle
 * is written under `location.fallbackDir` with a warning in results.json and in `warnings`; without a
 * fallback, an EvidenceDirError with one clear sentence is thrown.
 */
export async function writeBundle(
  evidenceDir: string,
  parts: BundleParts,
  extraFiles: Record<string, string> = {},
  location: BundleLocation = {}
): Promise<WrittenBundle> {
  try {
    return await writeBundleIn(await ensureEvidenceDir(evidenceDir, location.workspace ?? null), parts, extraFiles, [])
  } catch (error) {
    const problem =
      error instanceof EvidenceDirError
        ? error.message
        : `The evidence directory ${evidenceDir} could not be written: ${(error as Error)?.message ?? String(error)}.`
    if (!location.fallbackDir) throw error instanceof EvidenceDirError ? error : new EvidenceDirError(problem)
    const fallback = join(location.fallbackDir, 'compliance-evidence')
    const warning = `${problem} The evidence was written to ${fallback} instead.`
    const results: Results = { ...parts.results, warnings: [...parts.results.warnings, warning] }
    return writeBundleIn(await ensureEvidenceDir(fallback, null), { ...parts, results }, extraFiles, [warning])
  }
}

async function writeBundleIn(evidenceDir: string, parts: BundleParts, extraFiles: Record<string, string>, warnings: string[]): Promise<WrittenBundle> {
  const name = bundleName(parts.record)
  const finalDir = join(evidenceDir, name)
  // A fresh directory of our own (mkdtemp never reuses or follows an existing entry).
  const tmpDir = await mkdtemp(join(evidenceDir, `.${name}.tmp-`))
  const contents: Record<string, string> = {
    'record.json': stableJson(parts.record),
    'policy.json': stableJson(parts.policy ?? { error: 'no policy could be loaded' }),
    'results.json': stableJson(parts.results),
    'summary.md': parts.summary,
    ...extraFiles
  }
  const files: Manifest['files'] = []
  for (const [file, text] of Object.entries(contents)) {
    await writeFile(join(tmpDir, file), text)
    files.push({ path: file, sha256: digest(text), bytes: Buffer.byteLength(text) })
  }
  const manifest: Manifest = {
    bundle_version: BUNDLE_VERSION,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    created_at: parts.results.evaluated_at,
    subject: parts.results.subject,
    result: parts.results.result,
    policy: { sha256: digest(contents['policy.json']), sources: parts.policy?.sources ?? [] },
    files
  }
  const manifestText = stableJson(manifest)
  await writeFile(join(tmpDir, 'manifest.json'), manifestText)
  const old = `${finalDir}.old-${process.pid}-${Date.now()}`
  let moved = false
  try {
    await rename(finalDir, old)
    moved = true
  } catch {
    // no earlier bundle
  }
  await rename(tmpDir, finalDir)
  if (moved) await rm(old, { recursive: true, force: true })
  return { dir: finalDir, manifestSha256: digest(manifestText), manifest, warnings }
}
