/**
 * Checking a bundle's attestation offline: the signature (against a public key, or a Sigstore trusted root
 * and an expected workflow identity), then that the signed statement covers exactly the files on disk and
 * says what the manifest and results.json say. Sigstore libraries load only when a Sigstore bundle is checked.
 */
import { lstat, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Manifest } from './bundle.js'
import {
  DSSE_PAYLOAD_TYPE,
  KEY_ATTESTATION_FILE,
  loadVerificationKey,
  pae,
  PREDICATE_TYPE,
  SIGSTORE_ATTESTATION_FILE,
  STATEMENT_TYPE,
  type DsseEnvelope,
  type Statement,
  verifyDsseSignature
} from './sign.js'

/** An attestation is small; anything bigger is not one of ours. */
const MAX_ATTESTATION_BYTES = 4 * 1024 * 1024

export type SignatureStatus =
  /** No attestation in the bundle. */
  | 'unsigned'
  /** The signature verifies against the given key / trusted root and identity, and covers the bundle. */
  | 'verified'
  /** Signed, and the signature and content agree, but no key or identity was given to check who signed. */
  | 'unchecked'
  /** The signature does not verify, or it does not cover the bundle as it is now. */
  | 'bad-signature'
  /** A valid signature by another key or another workflow identity than the one expected. */
  | 'other-identity'

export interface SignatureCheck {
  status: SignatureStatus
  /** Who signed, as far as is known: `key <keyid>` or the certificate's identity and issuer. */
  signer: string | null
  problems: string[]
  notes: string[]
}

export interface IdentityExpectation {
  /** Exact certificate SAN, e.g. https://github.com/acme/app/.github/workflows/gate.yml@refs/heads/main */
  identity?: string
  /** Or a regular expression the whole SAN must match. */
  identityRegexp?: string
  /** OIDC issuer, e.g. https://token.actions.githubusercontent.com */
  issuer?: string
}

export interface SignatureCheckOptions extends IdentityExpectation {
  /** PEM public key for key-signed bundles. */
  keyPem?: string
  /** Trusted root(s): one JSON document or JSON lines (`gh attestation trusted-root`). Default: the shipped snapshot. */
  trustedRoot?: string
}

export interface BundleFacts {
  manifest: Manifest
  /** SHA-256 of each content file as read from disk (attestation excluded). */
  digests: Map<string, string>
  /** results.json's gate result. */
  result: string | null
}

async function readAttestation(dir: string, name: string): Promise<Buffer | null> {
  let info
  try {
    info = await lstat(join(dir, name))
  } catch {
    return null
  }
  if (!info.isFile()) throw new Error(`${name} is not a regular file`)
  if (info.size > MAX_ATTESTATION_BYTES) throw new Error(`${name} is ${info.size} bytes, more than an attestation can be`)
  return readFile(join(dir, name))
}

export async function checkSignature(dir: string, facts: BundleFacts, options: SignatureCheckOptions): Promise<SignatureCheck> {
  const check: SignatureCheck = { status: 'unsigned', signer: null, problems: [], notes: [] }
  const bad = (message: string): SignatureCheck => ({ ...check, status: 'bad-signature', problems: [...check.problems, message] })
  let dsse: Buffer | null
  let sigstore: Buffer | null
  try {
    dsse = await readAttestation(dir, KEY_ATTESTATION_FILE)
    sigstore = await readAttestation(dir, SIGSTORE_ATTESTATION_FILE)
  } catch (error) {
    return bad(`attestation: ${(error as Error).message}`)
  }
  const listed = facts.manifest.attestation?.path
  if (!dsse && !sigstore) {
    if (listed) return bad(`the manifest says the bundle is signed (${listed}) but the attestation file is missing`)
    return check
  }
  if (dsse && sigstore) return bad(`the bundle holds both ${KEY_ATTESTATION_FILE} and ${SIGSTORE_ATTESTATION_FILE}; a bundle is signed once`)
  const name = dsse ? KEY_ATTESTATION_FILE : SIGSTORE_ATTESTATION_FILE
  if (listed !== name || !facts.manifest.files.some(f => f.path === name))
    return bad(`${name} is in the bundle but the manifest does not list it as the attestation`)
  const kind = facts.manifest.attestation?.kind
  if (kind !== undefined && kind !== (dsse ? 'dsse' : 'sigstore'))
    return bad(`the manifest calls the attestation ${String(kind)}, but ${name} is ${dsse ? 'dsse' : 'sigstore'}`)

  let payload: Buffer
  let result: SignatureCheck
  try {
    ;({ payload, result } = dsse ? checkDsse(dsse, options) : await checkSigstore(sigstore!, options))
  } catch (error) {
    return bad(`${name}: ${(error as Error).message}`)
  }
  if (result.status === 'bad-signature' || result.status === 'other-identity') return result
  const contentProblems = checkStatement(payload, facts)
  if (contentProblems.length) return { ...result, status: 'bad-signature', problems: contentProblems }
  return result
}

// ------------------------------------------------------------------------------------------------ key / DSSE

function checkDsse(bytes: Buffer, options: SignatureCheckOptions): { payload: Buffer; result: SignatureCheck } {
  const envelope = JSON.parse(bytes.toString('utf8')) as DsseEnvelope
  if (envelope.payloadType !== DSSE_PAYLOAD_TYPE) throw new Error(`payloadType is '${String(envelope.payloadType)}', not ${DSSE_PAYLOAD_TYPE}`)
  if (typeof envelope.payload !== 'string' || !Array.isArray(envelope.signatures) || envelope.signatures.length === 0)
    throw new Error('not a DSSE envelope with signatures')
  const payload = Buffer.from(envelope.payload, 'base64')
  const keyids = envelope.signatures.map(s => String(s.keyid ?? ''))
  if (!options.keyPem) {
    return {
      payload,
      result: {
        status: 'unchecked',
        signer: `key ${keyids.join(', ')} (claimed, not checked)`,
        problems: [],
        // The keyid is the attestation's own claim: anyone can copy it beside signature bytes that prove nothing.
        notes: [
          `the signature was NOT checked: the attestation claims key ${keyids.join(', ')} (keyid = SHA-256 of the public key), which proves nothing until checked; give --key PUB.pem (the signer's public key) to check it`
        ]
      }
    }
  }
  const key = loadVerificationKey(options.keyPem)
  const message = pae(envelope.payloadType, payload)
  const good = envelope.signatures.some(s => verifyDsseSignature(key.publicKey, key.algorithm, message, Buffer.from(String(s.sig ?? ''), 'base64')))
  if (good) return { payload, result: { status: 'verified', signer: `key ${key.keyid}`, problems: [], notes: [] } }
  if (!keyids.includes(key.keyid))
    return {
      payload,
      result: {
        status: 'other-identity',
        signer: `key ${keyids.join(', ')}`,
        problems: [`signed by another key (${keyids.join(', ')}), not by the given key ${key.keyid}`],
        notes: []
      }
    }
  return {
    payload,
    result: {
      status: 'bad-signature',
      signer: `key ${key.keyid}`,
      problems: [`the signature does not verify with the given key ${key.keyid}: the attestation was altered`],
      notes: []
    }
  }
}

// ------------------------------------------------------------------------------------------ keyless / Sigstore

/** Trusted roots from one JSON document, a JSON array, or JSON lines. */
export function parseTrustedRoots(text: string): Record<string, unknown>[] {
  const trimmed = text.trim()
  try {
    const whole = JSON.parse(trimmed) as unknown
    return (Array.isArray(whole) ? whole : [whole]) as Record<string, unknown>[]
  } catch {
    return trimmed
      .split('\n')
      .filter(l => l.trim())
      .map(l => JSON.parse(l) as Record<string, unknown>)
  }
}

async function checkSigstore(bytes: Buffer, options: SignatureCheckOptions): Promise<{ payload: Buffer; result: SignatureCheck }> {
  const [{ bundleFromJSON, isBundleWithDsseEnvelope }, { Verifier, toSignedEntity, toTrustMaterial }, { TrustedRoot }] = await Promise.all([
    import('@sigstore/bundle'),
    import('@sigstore/verify'),
    import('@sigstore/protobuf-specs')
  ])
  const bundle = bundleFromJSON(JSON.parse(bytes.toString('utf8')))
  if (!isBundleWithDsseEnvelope(bundle)) throw new Error('the Sigstore bundle holds no DSSE envelope')
  const envelope = bundle.content.dsseEnvelope
  if (envelope.payloadType !== DSSE_PAYLOAD_TYPE) throw new Error(`payloadType is '${envelope.payloadType}', not ${DSSE_PAYLOAD_TYPE}`)
  const payload = Buffer.from(envelope.payload)
  const rootsText = options.trustedRoot ?? (await import('./sigstore-trusted-root.generated.js')).SIGSTORE_TRUSTED_ROOTS
  const roots = parseTrustedRoots(rootsText)
  // A short-lived certificate needs a trusted time: a transparency-log entry (public-good) or an RFC 3161
  // timestamp (GitHub's instance, which has no log). Require what the bundle carries, at least one of them.
  const tlogs = bundle.verificationMaterial.tlogEntries.length
  const tsas = bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps.length ?? 0
  if (tlogs === 0 && tsas === 0) throw new Error('the Sigstore bundle has neither a transparency-log entry nor a signed timestamp')
  const entity = toSignedEntity(bundle)
  const failures: string[] = []
  let signer: { identity?: { subjectAlternativeName?: string; extensions?: { issuer?: string } } } | null = null
  for (const root of roots) {
    try {
      const trusted = TrustedRoot.fromJSON(root)
      // Certificate-transparency proof (an embedded SCT) is required when the root names CT logs, as for the
      // public-good instance; GitHub's instance has none.
      const verifier = new Verifier(toTrustMaterial(trusted), {
        tlogThreshold: tlogs > 0 ? 1 : 0,
        tsaThreshold: tlogs > 0 ? 0 : 1,
        ctlogThreshold: trusted.ctlogs.length > 0 ? 1 : 0
      })
      signer = verifier.verify(entity)
      break
    } catch (error) {
      failures.push((error as Error).message)
    }
  }
  if (!signer) {
    return {
      payload,
      result: {
        status: 'bad-signature',
        signer: null,
        problems: [`the Sigstore signature does not verify against the trusted root${roots.length > 1 ? 's' : ''}: ${[...new Set(failures)].join('; ')}`],
        notes: []
      }
    }
  }
  const san = signer.identity?.subjectAlternativeName ?? ''
  const issuer = signer.identity?.extensions?.issuer ?? ''
  const who = `${san || '(no identity)'} (issuer ${issuer || 'unknown'})`
  const wanted = Boolean(options.identity || options.identityRegexp || options.issuer)
  if (!wanted) {
    return {
      payload,
      result: {
        status: 'unchecked',
        signer: who,
        problems: [],
        notes: [`signed keyless by ${who}; give --certificate-identity and --certificate-oidc-issuer to check who signed`]
      }
    }
  }
  const mismatches: string[] = []
  if (options.identity && san !== options.identity) mismatches.push(`identity is ${san || '(none)'}, expected ${options.identity}`)
  if (options.identityRegexp && !new RegExp(`^(?:${options.identityRegexp})$`).test(san))
    mismatches.push(`identity ${san || '(none)'} does not match ${options.identityRegexp}`)
  if (options.issuer && issuer !== options.issuer) mismatches.push(`issuer is ${issuer || '(none)'}, expected ${options.issuer}`)
  if (!options.issuer) mismatches.push('no --certificate-oidc-issuer given: an identity is only meaningful with its issuer')
  if (!options.identity && !options.identityRegexp) mismatches.push('no --certificate-identity given: the issuer alone does not say which workflow signed')
  if (mismatches.length)
    return { payload, result: { status: 'other-identity', signer: who, problems: [`signed by another identity: ${mismatches.join('; ')}`], notes: [] } }
  return { payload, result: { status: 'verified', signer: who, problems: [], notes: [] } }
}

// ------------------------------------------------------------------------------------- what the statement says

/** The signed statement must cover exactly the bundle's files as they are and agree with the manifest. */
function checkStatement(payload: Buffer, facts: BundleFacts): string[] {
  let statement: Statement
  try {
    statement = JSON.parse(payload.toString('utf8')) as Statement
  } catch {
    return ['the signed payload is not JSON']
  }
  const problems: string[] = []
  if (statement._type !== STATEMENT_TYPE) problems.push(`the signed payload is not an in-toto Statement v1 (_type ${String(statement._type)})`)
  if (statement.predicateType !== PREDICATE_TYPE)
    problems.push(`the signed statement's predicateType is ${String(statement.predicateType)}, not ${PREDICATE_TYPE as string}`)
  const signed = new Map<string, string>()
  for (const s of Array.isArray(statement.subject) ? statement.subject : []) signed.set(String(s?.name), String(s?.digest?.sha256))
  for (const [name, sha] of facts.digests) {
    const want = signed.get(name)
    if (want === undefined) problems.push(`${name} is not covered by the signature (added after signing)`)
    else if (want !== sha) problems.push(`${name} differs from the signed copy (signed sha256 ${want}, now ${sha}): the file was changed after signing`)
  }
  for (const name of signed.keys()) if (!facts.digests.has(name)) problems.push(`${name} was signed but is no longer in the bundle`)
  const p = statement.predicate
  if (p) {
    const m = facts.manifest
    if (p.gate?.result !== m.result) problems.push(`the manifest says result ${m.result}, the signed statement ${String(p.gate?.result)}`)
    if (facts.result !== null && p.gate?.result !== facts.result)
      problems.push(`results.json says result ${facts.result}, the signed statement ${String(p.gate?.result)}`)
    if (p.policy?.sha256 !== m.policy?.sha256) problems.push("the manifest's policy digest differs from the signed one")
    if (
      p.change?.repository !== m.subject?.repository ||
      p.change?.head_sha !== m.subject?.head_sha ||
      (p.change?.pull_request ?? null) !== (m.subject?.pull_request ?? null)
    )
      problems.push(
        `the manifest's change (${m.subject?.repository} #${m.subject?.pull_request} @ ${m.subject?.head_sha}) differs from the signed one (${p.change?.repository} #${p.change?.pull_request} @ ${p.change?.head_sha})`
      )
    // The manifest is rewritten after signing (it lists the attestation): what it says of the run must be what was signed.
    if (p.tool?.version !== m.tool?.version || p.tool?.name !== m.tool?.name)
      problems.push(`the manifest names tool ${m.tool?.name} ${m.tool?.version}, the signed statement ${String(p.tool?.name)} ${String(p.tool?.version)}`)
    if (p.bundle?.created_at !== m.created_at)
      problems.push(`the manifest's created_at ${m.created_at} differs from the signed ${String(p.bundle?.created_at)}`)
    if ((p.change?.base_sha ?? null) !== (m.subject?.base_sha ?? null) || (p.change?.kind ?? null) !== (m.subject?.kind ?? null))
      problems.push("the manifest's base commit or kind of change differs from the signed one")
  } else {
    problems.push('the signed statement has no predicate')
  }
  return problems
}
