/**
 * Signed evidence: an in-toto Statement v1 about the bundle's files, wrapped in a DSSE envelope, signed
 * with a key (ECDSA P-256 or Ed25519) or keyless through Sigstore (the workflow's OIDC identity).
 *
 * What is signed, and how it fits the manifest (see docs/evidence.md):
 *   - The statement's subjects are the bundle's content files (every file the manifest lists before
 *     signing: record.json, policy.json, results.json, summary.md …) with the SHA-256 of the bytes on disk.
 *   - The predicate repeats what the manifest asserts (change, gate result, policy digest, tool) and adds the
 *     workflow run, so nothing the manifest says is left unsigned.
 *   - The attestation is written as attestation.dsse.json (key) or attestation.sigstore.json (keyless), then
 *     listed in manifest.json (files[] and `attestation`), and manifest.json is rewritten: its digest — the
 *     `manifest-sha256` output — changes once, after signing. The manifest is an index; the signature does not
 *     cover it, but every claim in it is checked against the signed statement by `verify`.
 *
 * Signing never fails the gate: signBundle returns `{ signed: false, reason }` instead of throwing.
 * Heavy Sigstore libraries are imported only when a keyless signature is made or checked.
 */
import { createHash, createPrivateKey, createPublicKey, sign as cryptoSign, verify as cryptoVerify, type KeyObject } from 'node:crypto'
import { readFile, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { digest, stableJson, type Manifest, type Results } from './bundle.js'
import type { SignMode } from '../settings.js'
import { TOOL_NAME, TOOL_VERSION } from '../version.js'

export const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1'
export const PREDICATE_TYPE = 'https://compliance-gate.dev/attestations/change-evidence/v1'
export const DSSE_PAYLOAD_TYPE = 'application/vnd.in-toto+json'
export const KEY_ATTESTATION_FILE = 'attestation.dsse.json'
export const SIGSTORE_ATTESTATION_FILE = 'attestation.sigstore.json'
export const ATTESTATION_FILES: readonly string[] = [KEY_ATTESTATION_FILE, SIGSTORE_ATTESTATION_FILE]

export type { SignMode }

export interface Subject {
  name: string
  digest: { sha256: string }
}

/** The workflow run that produced the bundle; null fields when not known (the CLI). */
export interface RunFacts {
  /** 'github-actions' when run in a workflow, 'cli' otherwise. */
  kind: 'github-actions' | 'cli'
  id: string | null
  attempt: string | null
  /** GITHUB_WORKFLOW_REF: owner/repo/.github/workflows/file.yml@ref */
  workflow_ref: string | null
  repository: string | null
  event_name: string | null
  server_url: string | null
}

export interface ChangeEvidencePredicate {
  change: { repository: string; pull_request: number | null; kind: string; head_sha: string; base_ref: string; base_sha: string | null }
  gate: { result: Results['result']; mode: Results['mode']; evaluated_at: string; failed_controls: string[]; not_verified_controls: string[] }
  policy: { sha256: string }
  tool: { name: string; version: string }
  run: RunFacts
  bundle: { bundle_version: number; created_at: string }
}

export interface Statement {
  _type: typeof STATEMENT_TYPE
  subject: Subject[]
  predicateType: typeof PREDICATE_TYPE
  predicate: ChangeEvidencePredicate
}

export interface DsseEnvelope {
  payloadType: string
  payload: string
  signatures: { keyid: string; sig: string }[]
}

export class SigningError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'SigningError'
  }
}

export function runFactsFromEnv(env: NodeJS.ProcessEnv): RunFacts {
  const inActions = env.GITHUB_ACTIONS === 'true'
  const v = (name: string) => (inActions && env[name]?.trim()) || null
  return {
    kind: inActions ? 'github-actions' : 'cli',
    id: v('GITHUB_RUN_ID'),
    attempt: v('GITHUB_RUN_ATTEMPT'),
    workflow_ref: v('GITHUB_WORKFLOW_REF'),
    repository: v('GITHUB_REPOSITORY'),
    event_name: v('GITHUB_EVENT_NAME'),
    server_url: v('GITHUB_SERVER_URL')
  }
}

export function buildPredicate(manifest: Manifest, results: Results, run: RunFacts): ChangeEvidencePredicate {
  return {
    change: {
      repository: results.subject.repository,
      pull_request: results.subject.pull_request ?? null,
      kind: results.subject.kind,
      head_sha: results.subject.head_sha,
      base_ref: results.subject.base_ref,
      base_sha: results.subject.base_sha ?? null
    },
    gate: {
      result: results.result,
      mode: results.mode,
      evaluated_at: results.evaluated_at,
      failed_controls: results.failed_controls,
      not_verified_controls: results.not_verified_controls
    },
    policy: { sha256: manifest.policy.sha256 },
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    run,
    bundle: { bundle_version: manifest.bundle_version, created_at: manifest.created_at }
  }
}

export function buildStatement(subjects: Subject[], predicate: ChangeEvidencePredicate): Statement {
  return { _type: STATEMENT_TYPE, subject: subjects, predicateType: PREDICATE_TYPE, predicate }
}

/** DSSE pre-authentication encoding: what is actually signed. */
export function pae(payloadType: string, payload: Buffer): Buffer {
  const type = Buffer.from(payloadType, 'utf8')
  return Buffer.concat([Buffer.from(`DSSEv1 ${type.length} `), type, Buffer.from(` ${payload.length} `), payload])
}

// ---------------------------------------------------------------------------------------------------------
// Keys

export interface SigningKey {
  privateKey: KeyObject
  keyid: string
  algorithm: 'ecdsa-p256' | 'ed25519'
}

function algorithmOf(key: KeyObject): SigningKey['algorithm'] | null {
  if (key.asymmetricKeyType === 'ed25519') return 'ed25519'
  if (key.asymmetricKeyType === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'prime256v1') return 'ecdsa-p256'
  return null
}

/** keyid: SHA-256 of the public key's DER SubjectPublicKeyInfo, hex (what `verify` prints and compares). */
export function keyIdOf(publicKey: KeyObject): string {
  return createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('hex')
}

/** Parse a PEM private key. Errors never quote the key. */
export function loadSigningKey(pem: string): SigningKey {
  let privateKey: KeyObject
  try {
    privateKey = createPrivateKey({ key: pem, format: 'pem' })
  } catch (error) {
    const code = (error as { code?: string }).code ?? ''
    if (/PASSPHRASE|DECRYPT/i.test(code) || /passphrase/i.test((error as Error).message))
      throw new SigningError('The signing key is encrypted; give an unencrypted PEM private key (keep it in a secret).')
    throw new SigningError('The signing key is not a PEM private key (expected "-----BEGIN PRIVATE KEY-----" or "-----BEGIN EC PRIVATE KEY-----").')
  }
  const algorithm = algorithmOf(privateKey)
  if (!algorithm)
    throw new SigningError(
      `The signing key is ${privateKey.asymmetricKeyType ?? 'unknown'}${privateKey.asymmetricKeyDetails?.namedCurve ? ` (${privateKey.asymmetricKeyDetails.namedCurve})` : ''}; use ECDSA P-256 or Ed25519.`
    )
  return { privateKey, keyid: keyIdOf(createPublicKey(privateKey)), algorithm }
}

/** Parse a PEM public key (a private key is accepted too: its public half is used). */
export function loadVerificationKey(pem: string): { publicKey: KeyObject; keyid: string; algorithm: SigningKey['algorithm'] } {
  let publicKey: KeyObject
  try {
    publicKey = createPublicKey({ key: pem, format: 'pem' })
  } catch {
    throw new SigningError('The verification key is not a PEM public key (expected "-----BEGIN PUBLIC KEY-----").')
  }
  const algorithm = algorithmOf(publicKey)
  if (!algorithm) throw new SigningError('The verification key is neither ECDSA P-256 nor Ed25519.')
  return { publicKey, keyid: keyIdOf(publicKey), algorithm }
}

function rawSign(key: SigningKey, data: Buffer): Buffer {
  return key.algorithm === 'ed25519' ? cryptoSign(null, data, key.privateKey) : cryptoSign('sha256', data, { key: key.privateKey, dsaEncoding: 'der' })
}

export function verifyDsseSignature(publicKey: KeyObject, algorithm: SigningKey['algorithm'], data: Buffer, signature: Buffer): boolean {
  try {
    return algorithm === 'ed25519'
      ? cryptoVerify(null, data, publicKey, signature)
      : cryptoVerify('sha256', data, { key: publicKey, dsaEncoding: 'der' }, signature)
  } catch {
    return false
  }
}

export function signWithKey(statement: Statement, key: SigningKey): DsseEnvelope {
  const payload = Buffer.from(JSON.stringify(statement), 'utf8')
  const sig = rawSign(key, pae(DSSE_PAYLOAD_TYPE, payload))
  return { payloadType: DSSE_PAYLOAD_TYPE, payload: payload.toString('base64'), signatures: [{ keyid: key.keyid, sig: sig.toString('base64') }] }
}

// ---------------------------------------------------------------------------------------------------------
// Keyless (Sigstore)

export interface SigstoreEndpoints {
  fulcioURL: string
  /** Public-good instance: Rekor transparency log. GitHub's private instance has none. */
  rekorURL?: string
  /** GitHub's instance: RFC 3161 timestamp authority. */
  tsaURL?: string
}

export const PUBLIC_GOOD: SigstoreEndpoints = { fulcioURL: 'https://fulcio.sigstore.dev', rekorURL: 'https://rekor.sigstore.dev' }

/** GitHub's own Sigstore instance, used for private and internal repositories (as actions/attest does). */
export function githubInstance(serverUrl = 'https://github.com'): SigstoreEndpoints {
  let host = new URL(serverUrl).hostname
  if (host === 'github.com') host = 'githubapp.com'
  return { fulcioURL: `https://fulcio.${host}`, tsaURL: `https://timestamp.${host}` }
}

export interface KeylessOptions {
  endpoints: SigstoreEndpoints
  /** Returns an OIDC token with audience `sigstore` (on Actions: core.getIDToken('sigstore')). */
  getToken: () => Promise<string>
  timeoutMs?: number
  retries?: number
  /** Rekor entry kind; 'dsse' (default, as actions/attest) or 'intoto'. */
  rekorEntryType?: 'dsse' | 'intoto'
}

/** Sign the statement with a short-lived Fulcio certificate; returns the Sigstore bundle as JSON. */
export async function signKeyless(statement: Statement, options: KeylessOptions): Promise<Record<string, unknown>> {
  const sigstore = await import('@sigstore/sign')
  const { bundleToJSON } = await import('@sigstore/bundle')
  const timeout = options.timeoutMs ?? 10_000
  const retry = options.retries ?? 2
  const signer = new sigstore.FulcioSigner({
    identityProvider: { getToken: options.getToken },
    fulcioBaseURL: options.endpoints.fulcioURL,
    timeout,
    retry
  })
  const witnesses = []
  if (options.endpoints.rekorURL)
    witnesses.push(
      new sigstore.RekorWitness({
        rekorBaseURL: options.endpoints.rekorURL,
        entryType: options.rekorEntryType ?? 'dsse',
        fetchOnConflict: true,
        timeout,
        retry
      })
    )
  if (options.endpoints.tsaURL) witnesses.push(new sigstore.TSAWitness({ tsaBaseURL: options.endpoints.tsaURL, timeout, retry }))
  const builder = new sigstore.DSSEBundleBuilder({ signer, witnesses })
  const bundle = await builder.create({ data: Buffer.from(JSON.stringify(statement), 'utf8'), type: DSSE_PAYLOAD_TYPE })
  return bundleToJSON(bundle)
}

// ---------------------------------------------------------------------------------------------------------
// Signing a written bundle

export interface SignRequest {
  mode: SignMode
  /** PEM private key (from a secret or --signing-key). */
  keyPem?: string | null
  /** Keyless: where and how; omitted → keyless is not possible here. */
  keyless?: KeylessOptions | null
  run?: RunFacts
}

export interface SignOutcome {
  signed: boolean
  /** Why not signed, or how it was signed, in one sentence. */
  reason: string
  kind?: 'key' | 'keyless'
  file?: string
  /** manifest.json's digest after the attestation was listed (unchanged when not signed). */
  manifestSha256: string
  manifest: Manifest
  /** Keyless: the Sigstore bundle, for GitHub's attestations API. */
  sigstoreBundle?: Record<string, unknown>
}

/** Digest the files the manifest lists, from disk, as statement subjects (the attestation itself excluded). */
export async function subjectsOf(dir: string, manifest: Manifest): Promise<Subject[]> {
  const subjects: Subject[] = []
  for (const f of manifest.files) {
    if (ATTESTATION_FILES.includes(f.path)) continue
    const bytes = await readFile(join(dir, f.path))
    const sha256 = digest(bytes)
    if (sha256 !== f.sha256) throw new SigningError(`${f.path} changed after the manifest was written; not signing it.`)
    subjects.push({ name: f.path, digest: { sha256 } })
  }
  return subjects
}

/**
 * Sign a bundle already written to `dir`: write the attestation next to its files, list it in the manifest
 * and rewrite the manifest. Never throws: a bundle that cannot be signed stays as it was, with the reason.
 * Exported for every caller that writes bundles (action, check, demo, audit).
 */
export async function signBundle(dir: string, request: SignRequest): Promise<SignOutcome> {
  const manifestPath = join(dir, 'manifest.json')
  const manifestText = await readFile(manifestPath, 'utf8')
  const manifest = JSON.parse(manifestText) as Manifest
  const unsigned = (reason: string): SignOutcome => ({ signed: false, reason, manifestSha256: digest(manifestText), manifest })
  if (request.mode === 'off') return unsigned('signing is off (sign: off)')
  const useKey = request.mode === 'key' || (request.mode === 'auto' && Boolean(request.keyPem))
  if (useKey && !request.keyPem) return unsigned("sign is 'key' but no signing key was given (input signing-key / --signing-key)")
  if (!useKey && !request.keyless)
    return unsigned(
      request.mode === 'keyless'
        ? 'keyless signing needs a GitHub Actions OIDC token (permissions: id-token: write); none is available here (e.g. a pull request from a fork)'
        : 'no signing key and no OIDC token: add permissions id-token: write for keyless signing, or give a signing-key (fork pull requests get no OIDC token)'
    )
  let written: string | null = null
  try {
    if (manifest.attestation || manifest.files.some(f => ATTESTATION_FILES.includes(f.path))) return unsigned('the bundle is already signed')
    const results = JSON.parse(await readFile(join(dir, 'results.json'), 'utf8')) as Results
    const statement = buildStatement(await subjectsOf(dir, manifest), buildPredicate(manifest, results, request.run ?? runFactsFromEnv(process.env)))
    let file: string
    let text: string
    let sigstoreBundle: Record<string, unknown> | undefined
    let identity: string
    if (useKey) {
      const key = loadSigningKey(request.keyPem!)
      file = KEY_ATTESTATION_FILE
      text = stableJson(signWithKey(statement, key))
      identity = `key ${key.keyid.slice(0, 16)}… (${key.algorithm})`
    } else {
      sigstoreBundle = await signKeyless(statement, request.keyless!)
      file = SIGSTORE_ATTESTATION_FILE
      text = JSON.stringify(sigstoreBundle, null, 2) + '\n'
      identity = `Sigstore (${new URL(request.keyless!.endpoints.fulcioURL).host})`
    }
    await writeFile(join(dir, file), text)
    written = join(dir, file)
    const signedManifest: Manifest = {
      ...manifest,
      files: [...manifest.files, { path: file, sha256: digest(text), bytes: Buffer.byteLength(text) }],
      attestation: { path: file, kind: useKey ? 'dsse' : 'sigstore', predicate_type: PREDICATE_TYPE, subjects: statement.subject.map(s => s.name) }
    }
    const signedText = stableJson(signedManifest)
    const tmp = join(dir, `.manifest.json.tmp-${process.pid}`)
    await writeFile(tmp, signedText)
    await rename(tmp, manifestPath)
    return {
      signed: true,
      reason: `signed with ${identity}`,
      kind: useKey ? 'key' : 'keyless',
      file,
      manifestSha256: digest(signedText),
      manifest: signedManifest,
      sigstoreBundle
    }
  } catch (error) {
    if (written) await rm(written, { force: true }).catch(() => undefined)
    return unsigned(`signing failed: ${(error as Error).message}`)
  }
}

/**
 * Keyless options on GitHub Actions, or null when the job has no OIDC token (no `id-token: write`, or a
 * pull request from a fork). Public repositories sign with the public-good instance (the signing identity —
 * repository and workflow — is then recorded in the public Rekor log); private and internal ones with
 * GitHub's instance.
 */
export function keylessFromEnv(
  env: NodeJS.ProcessEnv,
  visibility: string | null | undefined,
  getToken: (audience: string) => Promise<string>
): KeylessOptions | null {
  if (!env.ACTIONS_ID_TOKEN_REQUEST_URL || !env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) return null
  const endpoints = visibility === 'public' ? PUBLIC_GOOD : githubInstance(env.GITHUB_SERVER_URL || 'https://github.com')
  return { endpoints, getToken: () => getToken('sigstore') }
}

/** Read a --signing-key FILE for the CLI: the error names the file, never its content. */
export async function readSigningKeyFile(path: string): Promise<string> {
  let pem: string
  try {
    pem = await readFile(path, 'utf8')
  } catch (error) {
    throw new SigningError(`--signing-key ${path} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}).`)
  }
  loadSigningKey(pem)
  return pem
}
