/**
 * Re-performance of a bundle, offline: every digest in the manifest is recomputed, every verdict is
 * re-evaluated from record.json with the recorded policy, and the attestation (when there is one) is checked
 * against the given key or Sigstore trusted root. Any difference is reported by name and by kind.
 *
 * The manifest is input from whoever handed over the bundle: its entries must be plain file names of
 * regular files inside the bundle (no separators, no `..`, no absolute paths, no symlinks or devices), each
 * under a size cap, so verifying a bundle never reads anything outside it.
 */
import { constants } from 'node:fs'
import { lstat, open, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { CONTROLS } from './controls/index.js'
import type { Control } from './controls/types.js'
import { ADJUSTERS } from './evaluate/adjusters.js'
import { evaluate } from './evaluate/evaluate.js'
import { digest, type Manifest, type Results, stableJson } from './evidence/bundle.js'
import { ATTESTATION_FILES } from './evidence/sign.js'
import { checkSignature, type SignatureCheck, type SignatureCheckOptions } from './evidence/sign-verify.js'
import { READABLE_RECORD_VERSIONS, readableRecord } from './model/record.js'
import type { ResolvedPolicy } from './policy/load.js'

/** Record versions this verifier can re-perform (v2: typed fact groups, same verdict inputs). */
const SUPPORTED_RECORD_VERSIONS: readonly number[] = READABLE_RECORD_VERSIONS
/** No bundle file comes near this; a bigger one is refused rather than read. */
export const MAX_BUNDLE_FILE_BYTES = 256 * 1024 * 1024
const MAX_MANIFEST_BYTES = 16 * 1024 * 1024

/**
 * Kinds of failure, most serious first; `verify` exits with the code of the first kind present.
 *   bad-signature   the signature does not verify or does not cover the bundle as it is
 *   other-identity  a valid signature, by another key or workflow than expected
 *   digest          a file differs from the manifest, is missing, or the manifest names something unsafe
 *   verdict         re-evaluation gives other verdicts than results.json records
 *   unsupported     the record's version is not one this tool reads
 *   unsigned        no signature, and one was required
 */
export type FailureKind = 'bad-signature' | 'other-identity' | 'digest' | 'verdict' | 'unsupported' | 'unsigned'
export const FAILURE_ORDER: readonly FailureKind[] = ['bad-signature', 'other-identity', 'digest', 'verdict', 'unsupported', 'unsigned']

export interface VerifyOptions {
  controls?: readonly Control<any>[]
  signature?: SignatureCheckOptions
  /** Fail an unsigned bundle (or one whose signer was not checked) instead of warning. */
  requireSignature?: boolean
}

export interface VerifyReport {
  ok: boolean
  /** Every problem, in the order found (kept for callers that print one list). */
  problems: string[]
  failures: { kind: FailureKind; message: string }[]
  /** The most serious failure kind, or null when ok. */
  worst: FailureKind | null
  warnings: string[]
  checked: { files: number; verdicts: number }
  signature: SignatureCheck
  record_version: number | null
  /** The change the bundle judged, as results.json names it (null when it could not be read). */
  subject: BundleSubject | null
}

/** A manifest entry is a plain file name in the bundle directory. */
export function unsafeEntryReason(path: unknown): string | null {
  if (typeof path !== 'string' || path === '') return 'is not a file name'
  if (path === '.' || path === '..' || path.includes('..')) return "contains '..'"
  if (/[/\\]/.test(path)) return 'is a path, not a plain file name in the bundle'
  if (/^[A-Za-z]:/.test(path)) return 'is an absolute path'

  if (/[\u0000-\u001f\u007f]/.test(path)) return 'contains control characters'
  if (path === 'manifest.json') return 'is the manifest itself'
  return null
}

/** Read a regular file inside the bundle without following a symlink, refusing devices and oversize files. */
async function readBundleFile(dir: string, name: string, cap: number): Promise<Buffer> {
  const full = join(dir, name)
  const info = await lstat(full)
  if (info.isSymbolicLink()) throw new Error('is a symbolic link; bundle files must be regular files')
  if (!info.isFile()) throw new Error('is not a regular file')
  if (info.size > cap) throw new Error(`is ${info.size} bytes, over the ${cap}-byte limit`)
  // O_NOFOLLOW: a file swapped for a symlink between lstat and open is refused too.
  const handle = await open(full, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0))
  try {
    const opened = await handle.stat()
    if (!opened.isFile()) throw new Error('is not a regular file')
    if (opened.size > cap) throw new Error(`is ${opened.size} bytes, over the ${cap}-byte limit`)
    const buffer = Buffer.alloc(opened.size)
    let offset = 0
    while (offset < buffer.length) {
      const { bytesRead } = await handle.read(buffer, offset, buffer.length - offset, offset)
      if (bytesRead === 0) break
      offset += bytesRead
    }
    return buffer.subarray(0, offset)
  } finally {
    await handle.close()
  }
}

export async function verifyBundle(dir: string, controlsOrOptions: readonly Control<any>[] | VerifyOptions = {}): Promise<VerifyReport> {
  const options: VerifyOptions = Array.isArray(controlsOrOptions)
    ? { controls: controlsOrOptions as readonly Control<any>[] }
    : (controlsOrOptions as VerifyOptions)
  const controls = options.controls ?? CONTROLS
  const failures: VerifyReport['failures'] = []
  const warnings: string[] = []
  const fail = (kind: FailureKind, message: string) => failures.push({ kind, message })
  const report = (
    files: number,
    verdicts: number,
    signature: SignatureCheck,
    recordVersion: number | null,
    subject: BundleSubject | null = null
  ): VerifyReport => {
    const worst = FAILURE_ORDER.find(k => failures.some(f => f.kind === k)) ?? null
    return {
      ok: failures.length === 0,
      subject,
      problems: failures.map(f => f.message),
      failures,
      worst,
      warnings,
      checked: { files, verdicts },
      signature,
      record_version: recordVersion
    }
  }
  const noSignature: SignatureCheck = { status: 'unsigned', signer: null, problems: [], notes: [] }

  let manifest: Manifest
  try {
    manifest = JSON.parse((await readBundleFile(dir, 'manifest.json', MAX_MANIFEST_BYTES)).toString('utf8')) as Manifest
    if (!manifest || typeof manifest !== 'object' || !Array.isArray(manifest.files)) throw new Error('it has no files list')
  } catch (error) {
    fail('digest', `manifest.json cannot be read: ${(error as Error).message}`)
    return report(0, 0, noSignature, null)
  }

  const texts = new Map<string, string>()
  /** Content files (the attestation excluded) and their digests as read from disk, for the signature check. */
  const digests = new Map<string, string>()
  const seen = new Set<string>()
  for (const file of manifest.files) {
    const path = (file as { path?: unknown })?.path
    const unsafe = unsafeEntryReason(path)
    if (unsafe) {
      fail('digest', `manifest entry ${JSON.stringify(path)} ${unsafe}; not read (entries must be plain file names inside the bundle)`)
      continue
    }
    const name = path as string
    if (seen.has(name)) {
      fail('digest', `${name}: listed twice in the manifest`)
      continue
    }
    seen.add(name)
    try {
      const bytes = await readBundleFile(dir, name, MAX_BUNDLE_FILE_BYTES)
      const actual = digest(bytes)
      if (!ATTESTATION_FILES.includes(name)) {
        texts.set(name, bytes.toString('utf8'))
        digests.set(name, actual)
      }
      if (actual !== file.sha256) fail('digest', `${name}: sha256 is ${actual}, manifest says ${file.sha256} (the file was changed)`)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      fail(
        'digest',
        `${name}: listed in the manifest but ${code === 'ENOENT' ? 'cannot be read (ENOENT)' : code === 'ELOOP' ? 'is a symbolic link; bundle files must be regular files' : code ? `cannot be read (${code})` : (error as Error).message}`
      )
    }
  }
  try {
    const unlisted = (await readdir(dir)).filter(name => name !== 'manifest.json' && !seen.has(name))
    for (const name of unlisted) {
      // When a signature is required the bundle must hold exactly the files it signs; otherwise a warning.
      if (options.requireSignature)
        fail('digest', `${name}: in the bundle directory but not listed in the manifest; a signed bundle holds exactly the files it signs`)
      else warnings.push(`${name}: in the bundle directory but not listed in the manifest; not verified and not covered by any signature — do not rely on it`)
    }
  } catch {
    // the directory listing is only for this warning
  }
  for (const required of ['record.json', 'policy.json', 'results.json']) {
    if (!seen.has(required)) fail('digest', `${required}: missing from the manifest`)
  }
  const policyText = texts.get('policy.json')
  if (policyText && digest(policyText) !== manifest.policy?.sha256) fail('digest', 'policy.json: does not match the policy digest in the manifest')

  let verdicts = 0
  let subject: BundleSubject | null = null
  let recordVersion: number | null = null
  let recordedResult: string | null = null
  try {
    const record = readableRecord(JSON.parse(texts.get('record.json') ?? 'null'))
    const policy = JSON.parse(policyText ?? 'null') as ResolvedPolicy & { error?: string }
    const recorded = JSON.parse(texts.get('results.json') ?? 'null') as Results
    if (!record || !recorded) throw new Error('record.json or results.json is missing')
    recordedResult = typeof recorded.result === 'string' ? recorded.result : null
    recordVersion = typeof record.record_version === 'number' ? record.record_version : null
    if (manifest.result !== recorded.result) fail('verdict', `manifest result '${manifest.result}' differs from results.json '${recorded.result}'`)
    // One change throughout: the record's, the results' and the manifest's subject name the same commits.
    subject = subjectOf(recorded.subject)
    if (subject.repository === null || subject.head_sha === null) fail('verdict', 'results.json names no subject (its repository and head commit)')
    const recordSubject = { ...record.subject, repository: record.repository?.full_name ?? null }
    const betweenOthers = subjectMismatch(manifest.subject, recordSubject)
    if (betweenOthers) fail('verdict', `manifest.json's subject differs from record.json's: ${betweenOthers}`)
    for (const [name, other] of [
      ['record.json', recordSubject],
      ['manifest.json', manifest.subject]
    ] as const) {
      const problem = subjectMismatch(recorded.subject, other)
      if (problem) fail('verdict', `${name}'s subject differs from results.json's: ${problem}`)
    }
    if (recordVersion === null || !SUPPORTED_RECORD_VERSIONS.includes(recordVersion)) {
      fail(
        'unsupported',
        `record.json has record_version ${JSON.stringify(record.record_version ?? null)}, which this version of compliance-gate does not support (it reads ${SUPPORTED_RECORD_VERSIONS.join(' and ')}); the verdicts were not re-performed — use the compliance-gate version named in the manifest`
      )
    } else if (policy && !policy.error) {
      const again = evaluate(controls, policy, record, ADJUSTERS, recorded.errors ?? [])
      const byId = new Map(again.verdicts.map(v => [v.control, v]))
      for (const original of recorded.verdicts) {
        verdicts++
        const now = byId.get(original.control)
        if (!now) {
          fail(
            'verdict',
            `${original.control}: recorded as ${original.status} but the control is not known to this version or not enabled by the recorded policy`
          )
          continue
        }
        if (now.status !== original.status) fail('verdict', `${original.control}: recorded ${original.status}, re-evaluated ${now.status}`)
        else if (now.effect !== original.effect) fail('verdict', `${original.control}: recorded effect ${original.effect}, re-evaluated ${now.effect}`)
        else if (JSON.stringify(now.findings.map(f => [f.status, f.subject])) !== JSON.stringify(original.findings.map(f => [f.status, f.subject])))
          fail('verdict', `${original.control}: findings differ on re-evaluation`)
        // And every other field a reader or an export takes from it (reason, remedy, waiver, findings' messages, mappings …).
        else {
          const field = differingField(original as unknown as Record<string, unknown>, now as unknown as Record<string, unknown>)
          if (field !== null) fail('verdict', `${original.control}: the recorded ${field} differs from the re-evaluated one`)
        }
        byId.delete(original.control)
      }
      for (const extra of byId.keys()) fail('verdict', `${extra}: re-evaluation gives a verdict that results.json does not record`)
      if (again.result !== recorded.result) fail('verdict', `gate result: recorded ${recorded.result}, re-evaluated ${again.result}`)
      // The summary fields are read on their own (a CSV export, a dashboard): each must agree with the verdicts.
      for (const key of ['failed_controls', 'not_verified_controls'] as const)
        if (JSON.stringify(recorded[key] ?? []) !== JSON.stringify(again[key])) fail('verdict', `results.json ${key} differ from the verdicts'`)
      const counts = (recorded.counts ?? {}) as Record<string, unknown>
      if (Object.entries(again.counts).some(([k, n]) => counts[k] !== n)) fail('verdict', "results.json counts differ from the verdicts'")
    } else if (recorded.verdicts.length > 0) {
      fail('verdict', 'policy.json holds no policy, yet results.json records verdicts')
    }
  } catch (error) {
    fail('verdict', `re-evaluation failed: ${(error as Error).message}`)
  }

  const signature = await checkSignature(dir, { manifest, digests, result: recordedResult }, options.signature ?? {})
  switch (signature.status) {
    case 'bad-signature':
    case 'other-identity':
      for (const p of signature.problems) fail(signature.status, `signature: ${p}`)
      break
    case 'unsigned':
      if (options.requireSignature)
        fail('unsigned', 'the bundle is not signed (no attestation.dsse.json or attestation.sigstore.json) and --require-signature was given')
      else warnings.push('the bundle is not signed: this proves the files agree with each other, not who wrote them')
      break
    case 'unchecked':
      if (options.requireSignature) fail('unsigned', `signature present but not checked: ${signature.notes.join('; ')}`)
      else warnings.push(...signature.notes)
      break
    case 'verified':
      break
  }
  return report(manifest.files.length, verdicts, signature, recordVersion, subject)
}

/** What a bundle judged: the repository, the pull request (if any) and the commits. */
export interface BundleSubject {
  repository: string | null
  kind: string | null
  pull_request: number | null
  head_sha: string | null
  base_sha: string | null
}

function subjectOf(s: Partial<Results['subject']> | null | undefined): BundleSubject {
  return {
    repository: typeof s?.repository === 'string' ? s.repository : null,
    kind: typeof s?.kind === 'string' ? s.kind : null,
    pull_request: typeof s?.pull_request === 'number' ? s.pull_request : null,
    head_sha: typeof s?.head_sha === 'string' ? s.head_sha : null,
    base_sha: typeof s?.base_sha === 'string' ? s.base_sha : null
  }
}

/** How two subjects differ in repository, kind, pull request or commits (a field one of them lacks is not compared). */
function subjectMismatch(a: Partial<Results['subject']> | null | undefined, b: Record<string, unknown> | null | undefined): string | null {
  const x = subjectOf(a)
  const y = subjectOf(b)
  const out: string[] = []
  for (const key of ['repository', 'kind', 'pull_request', 'head_sha', 'base_sha'] as const) {
    if (x[key] !== null && y[key] !== null && String(x[key]).toLowerCase() !== String(y[key]).toLowerCase()) out.push(`${key} ${y[key]} vs ${x[key]}`)
  }
  return out.length > 0 ? out.join(', ') : null
}

/** The first top-level field whose value differs between a recorded and a re-evaluated verdict, or null. */
function differingField(recorded: Record<string, unknown>, again: Record<string, unknown>): string | null {
  for (const key of new Set([...Object.keys(recorded), ...Object.keys(again)])) {
    if (stableJson(recorded[key] ?? null) !== stableJson(again[key] ?? null)) return key
  }
  return null
}
