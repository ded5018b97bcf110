/**
 * Signed evidence (issue 16), in-process: key-signed bundles (ECDSA P-256 and Ed25519), a forged bundle
 * (a fail turned into a pass, re-evaluated and re-digested), another key, keyless signing against
 * @sigstore/mock's Fulcio, Rekor and timestamp authority served from a local node:http server, and the
 * identity check. Bundles come from the demo (the same engine as the action).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { Ajv } from 'ajv'
import addFormats from 'ajv-formats'
import { createHash, createPublicKey, generateKeyPairSync, type KeyPairKeyObjectResult } from 'node:crypto'
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CONTROLS } from '../../src/controls/index.js'
import { runDemo } from '../../src/demo/index.js'
import { ADJUSTERS } from '../../src/evaluate/adjusters.js'
import { evaluate } from '../../src/evaluate/evaluate.js'
import { stableJson } from '../../src/evidence/bundle.js'
import { keyIdOf, pae, signBundle, type RunFacts } from '../../src/evidence/sign.js'
import { verifyBundle } from '../../src/verify.js'
import type { GateRun } from '../../src/engine.js'
import { signatureReporter } from '../../src/report/signature.js'
import { actionReporters } from '../../src/report/index.js'
import { runReporters } from '../../src/report/run.js'
import { recordingIo, settings as reportSettings } from '../report/fixtures.js'

const predicateSchema = JSON.parse(readFileSync(new URL('../../schemas/change-evidence-predicate.v1.schema.json', import.meta.url), 'utf8'))
const ajv = new Ajv({ allErrors: true, strict: true })
;(addFormats as unknown as (a: Ajv) => void)(ajv)
const validatePredicate = ajv.compile(predicateSchema)
const sha = (b: string | Buffer) => createHash('sha256').update(b).digest('hex')
const pem = (k: KeyPairKeyObjectResult) => ({
  priv: k.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  pub: k.publicKey.export({ type: 'spki', format: 'pem' }).toString()
})
const ec = pem(generateKeyPairSync('ec', { namedCurve: 'P-256' }))
const ed = pem(generateKeyPairSync('ed25519'))
const other = pem(generateKeyPairSync('ec', { namedCurve: 'P-256' }))
const RUN: RunFacts = {
  kind: 'github-actions',
  id: '4242',
  attempt: '1',
  workflow_ref: 'acme/app/.github/workflows/gate.yml@refs/heads/main',
  repository: 'acme/app',
  event_name: 'pull_request',
  server_url: 'https://github.com'
}

let root: string
let passing: string
let failing: string
let passingRun: GateRun
const copy = (dir: string) => {
  const to = mkdtempSync(join(tmpdir(), 'cg-sign-'))
  cpSync(dir, to, { recursive: true })
  return to
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'cg-sign-demo-'))
  const runs = await runDemo(root)
  passingRun = runs.find(r => r.run.results.result === 'pass')!.run
  passing = passingRun.bundle.dir
  failing = runs.find(r => r.run.results.result === 'fail')!.run.bundle.dir
}, 60_000)
afterAll(() => rmSync(root, { recursive: true, force: true }))

/** What the security review did: edit the policy so failing controls only warn, re-evaluate, re-digest. */
function forgePass(dir: string): void {
  const read = (f: string) => JSON.parse(readFileSync(join(dir, f), 'utf8'))
  const policy = read('policy.json')
  for (const c of Object.values(policy.controls) as { on_fail: string; on_not_verified: string }[]) {
    c.on_fail = 'warn'
    c.on_not_verified = 'warn'
  }
  const record = read('record.json')
  const results = read('results.json')
  const again = evaluate(CONTROLS, policy, record, ADJUSTERS, results.errors)
  expect(again.result).toBe('pass')
  const files: Record<string, string> = { 'policy.json': stableJson(policy), 'results.json': stableJson({ ...results, ...again }) }
  for (const [f, text] of Object.entries(files)) writeFileSync(join(dir, f), text)
  const manifest = read('manifest.json')
  for (const entry of manifest.files)
    if (files[entry.path]) Object.assign(entry, { sha256: sha(files[entry.path]), bytes: Buffer.byteLength(files[entry.path]) })
  manifest.result = 'pass'
  manifest.policy.sha256 = sha(files['policy.json'])
  writeFileSync(join(dir, 'manifest.json'), stableJson(manifest))
}

describe('key-signed bundles', () => {
  test.each([
    ['ECDSA P-256', ec],
    ['Ed25519', ed]
  ])('a %s-signed bundle verifies with its public key', async (_name, key) => {
    const dir = copy(failing)
    const before = readFileSync(join(dir, 'manifest.json'), 'utf8')
    const outcome = await signBundle(dir, { mode: 'auto', keyPem: key.priv, run: RUN })
    expect(outcome).toMatchObject({ signed: true, kind: 'key', file: 'attestation.dsse.json' })
    // The manifest lists the attestation and is rewritten: its digest (the manifest-sha256 output) changes.
    const after = readFileSync(join(dir, 'manifest.json'), 'utf8')
    expect(outcome.manifestSha256).toBe(sha(after))
    expect(outcome.manifestSha256).not.toBe(sha(before))
    expect(JSON.parse(after).files.map((f: { path: string }) => f.path)).toEqual([
      'record.json',
      'policy.json',
      'results.json',
      'summary.md',
      'attestation.dsse.json'
    ])

    // The envelope is plain DSSE over an in-toto Statement v1, checkable with nothing but node:crypto.
    const envelope = JSON.parse(readFileSync(join(dir, 'attestation.dsse.json'), 'utf8'))
    expect(envelope.payloadType).toBe('application/vnd.in-toto+json')
    const statement = JSON.parse(Buffer.from(envelope.payload, 'base64').toString())
    expect(statement._type).toBe('https://in-toto.io/Statement/v1')
    expect(statement.predicateType).toBe('https://compliance-gate.dev/attestations/change-evidence/v1')
    expect(statement.subject).toEqual(
      ['record.json', 'policy.json', 'results.json', 'summary.md'].map(name => ({ name, digest: { sha256: sha(readFileSync(join(dir, name))) } }))
    )
    expect(statement.predicate).toMatchObject({ gate: { result: 'fail' }, run: { id: '4242', workflow_ref: RUN.workflow_ref } })
    // The predicate follows its published JSON Schema (schemas/change-evidence-predicate.v1.schema.json).
    const ok = validatePredicate(statement.predicate)
    expect(validatePredicate.errors ?? []).toEqual([])
    expect(ok).toBe(true)
    expect(validatePredicate({ ...statement.predicate, gate: { ...statement.predicate.gate, result: 'passed' } })).toBe(false)

    const report = await verifyBundle(dir, { signature: { keyPem: key.pub }, requireSignature: true })
    expect(report.problems).toEqual([])
    expect(report).toMatchObject({ ok: true, signature: { status: 'verified' } })
  })

  test('a bundle edited and re-digested (a fail turned into a pass) fails with the signature error', async () => {
    const dir = copy(failing)
    expect((await signBundle(dir, { mode: 'key', keyPem: ec.priv, run: RUN })).signed).toBe(true)
    forgePass(dir)
    // Without the signature the forgery is self-consistent: that is what signing is for.
    const unsignedView = await verifyBundle(dir, {})
    expect(unsignedView.failures.filter(f => f.kind !== 'bad-signature')).toEqual([])
    const report = await verifyBundle(dir, { signature: { keyPem: ec.pub } })
    expect(report.ok).toBe(false)
    expect(report.worst).toBe('bad-signature')
    expect(report.problems.join('\n')).toMatch(/results\.json differs from the signed copy/)
    expect(report.problems.join('\n')).toMatch(/the manifest says result pass, the signed statement fail/)
  })

  test('re-signing the forgery with another key fails as another signer', async () => {
    const dir = copy(failing)
    forgePass(dir)
    expect((await signBundle(dir, { mode: 'key', keyPem: other.priv, run: RUN })).signed).toBe(true)
    const report = await verifyBundle(dir, { signature: { keyPem: ec.pub } })
    expect(report.worst).toBe('other-identity')
    expect(report.problems.join('\n')).toContain(`not by the given key ${keyIdOf(createPublicKey(ec.pub))}`)
  })

  test('an envelope whose signature bytes were altered is a bad signature', async () => {
    const dir = copy(passing)
    await signBundle(dir, { mode: 'key', keyPem: ed.priv, run: RUN })
    const path = join(dir, 'attestation.dsse.json')
    const envelope = JSON.parse(readFileSync(path, 'utf8'))
    const sig = Buffer.from(envelope.signatures[0].sig, 'base64')
    sig[5] ^= 1
    envelope.signatures[0].sig = sig.toString('base64')
    writeFileSync(path, JSON.stringify(envelope))
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'))
    manifest.files.find((f: { path: string }) => f.path === 'attestation.dsse.json').sha256 = sha(readFileSync(path))
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest))
    const report = await verifyBundle(dir, { signature: { keyPem: ed.pub } })
    expect(report.worst).toBe('bad-signature')
  })

  test('the DSSE pre-authentication encoding follows the DSSE v1 spec', () => {
    // DSSE protocol: "DSSEv1" SP LEN(type) SP type SP LEN(body) SP body, lengths in ASCII decimal bytes.
    expect(pae('http://example.com/HelloWorld', Buffer.from('hello world')).toString()).toBe('DSSEv1 29 http://example.com/HelloWorld 11 hello world')
  })
})

describe('unsigned bundles and signing that cannot happen', () => {
  test('an unsigned bundle verifies with a warning, and fails only with requireSignature', async () => {
    const loose = await verifyBundle(passing, {})
    expect(loose.ok).toBe(true)
    expect(loose.warnings.join('\n')).toMatch(/not signed/)
    const strict = await verifyBundle(passing, { requireSignature: true })
    expect(strict).toMatchObject({ ok: false, worst: 'unsigned' })
  })

  test('a signed bundle checked without a key is "unchecked": fine without requireSignature, fails with it', async () => {
    const dir = copy(passing)
    await signBundle(dir, { mode: 'key', keyPem: ec.priv, run: RUN })
    const unchecked = await verifyBundle(dir, {})
    expect(unchecked).toMatchObject({ ok: true, signature: { status: 'unchecked' } })
    // The keyid is the attestation's claim, never presented as the signer (cold review, session 40).
    expect(unchecked.warnings.join('\n')).toMatch(/signature was NOT checked: the attestation claims key [0-9a-f]+/)
    expect(unchecked.signature.signer).toMatch(/\(claimed, not checked\)$/)
    expect(await verifyBundle(dir, { requireSignature: true })).toMatchObject({ ok: false, worst: 'unsigned' })
  })

  test('removing the attestation but keeping its manifest entry is a signature error, not "unsigned"', async () => {
    const dir = copy(passing)
    await signBundle(dir, { mode: 'key', keyPem: ec.priv, run: RUN })
    rmSync(join(dir, 'attestation.dsse.json'))
    expect((await verifyBundle(dir, {})).worst).toBe('bad-signature')
  })

  test('signing never throws: no key and no OIDC token, a bad key, sign off — each leaves the bundle unsigned with the reason', async () => {
    const dir = copy(passing)
    const manifest = readFileSync(join(dir, 'manifest.json'), 'utf8')
    const none = await signBundle(dir, { mode: 'auto', keyPem: null, keyless: null, run: RUN })
    expect(none).toMatchObject({ signed: false })
    expect(none.reason).toMatch(/id-token: write/)
    expect(none.reason).toMatch(/fork/)
    const keyless = await signBundle(dir, { mode: 'keyless', keyless: null, run: RUN })
    expect(keyless.reason).toMatch(/OIDC token/)
    const bad = await signBundle(dir, { mode: 'key', keyPem: '-----BEGIN PRIVATE KEY-----\nnot a key\n-----END PRIVATE KEY-----\n', run: RUN })
    expect(bad).toMatchObject({ signed: false })
    expect(bad.reason).toMatch(/not a PEM private key/)
    expect(bad.reason).not.toContain('not a key')
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
    expect((await signBundle(dir, { mode: 'key', keyPem: rsa, run: RUN })).reason).toMatch(/rsa; use ECDSA P-256 or Ed25519/)
    expect((await signBundle(dir, { mode: 'off', keyPem: ec.priv, run: RUN })).reason).toMatch(/off/)
    expect(readFileSync(join(dir, 'manifest.json'), 'utf8')).toBe(manifest)
    expect(readdirSync(dir).sort()).toEqual(['manifest.json', 'policy.json', 'record.json', 'results.json', 'summary.md'])
  })
})

describe('the signature reporter (action)', () => {
  const runIn = (dir: string): GateRun => ({
    ...passingRun,
    bundle: { dir, manifest: JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')), manifestSha256: sha(readFileSync(join(dir, 'manifest.json'))) }
  })

  test('runs first: outputs signed=true and a manifest-sha256 of the signed manifest, which lists the attestation for the artifact', async () => {
    const run = runIn(copy(passing))
    const io = recordingIo({ GITHUB_ACTIONS: 'true', GITHUB_RUN_ID: '77', GITHUB_RUN_ATTEMPT: '2', GITHUB_WORKFLOW_REF: RUN.workflow_ref! })
    const s = reportSettings({ signing: { mode: 'auto', keyPem: ec.priv } })
    await runReporters(actionReporters(s), { settings: s, run, io, shared: {} })
    expect(io.outputs.signed).toBe('true')
    expect(io.outputs['signing-note']).toMatch(/^signed with key [0-9a-f]{16}… \(ecdsa-p256\)$/)
    expect(io.outputs['manifest-sha256']).toBe(sha(readFileSync(join(run.bundle.dir, 'manifest.json'))))
    expect(run.bundle.manifest.files.map(f => f.path)).toContain('attestation.dsse.json')
    expect(io.log.filter(l => l.kind === 'warning')).toEqual([])
    const statement = JSON.parse(Buffer.from(JSON.parse(readFileSync(join(run.bundle.dir, 'attestation.dsse.json'), 'utf8')).payload, 'base64').toString())
    expect(statement.predicate.run).toMatchObject({ kind: 'github-actions', id: '77', attempt: '2', workflow_ref: RUN.workflow_ref })
    expect(JSON.stringify(io.log)).not.toContain(ec.priv.split('\n')[1])
    expect((await verifyBundle(run.bundle.dir, { signature: { keyPem: ec.pub }, requireSignature: true })).ok).toBe(true)
  })

  test('a fork pull request (no OIDC token, no key): signed=false with the reason, as a notice, and the gate result untouched', async () => {
    const run = runIn(copy(passing))
    const io = recordingIo({ GITHUB_ACTIONS: 'true' })
    await runReporters([signatureReporter()], { settings: reportSettings(), run, io, shared: {} })
    expect(io.outputs.signed).toBe('false')
    expect(io.outputs['signing-note']).toMatch(/no OIDC token/)
    expect(io.log.some(l => l.kind === 'notice' && /Evidence not signed/.test(l.message))).toBe(true)
    expect(run.results.result).toBe('pass')
  })

  test('with an OIDC token the reporter signs keyless (the token request is what it asks for) and a failure is only a note', async () => {
    const run = runIn(copy(passing))
    const io = recordingIo({ GITHUB_ACTIONS: 'true', ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:9/token', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'x' })
    const audiences: string[] = []
    const reporter = signatureReporter({
      getIDToken: async audience => {
        audiences.push(audience)
        throw new Error('token service unreachable')
      }
    })
    await runReporters([reporter], { settings: reportSettings(), run, io, shared: {} })
    expect(audiences).toEqual(['sigstore'])
    expect(io.outputs.signed).toBe('false')
    expect(io.outputs['signing-note']).toMatch(/signing failed: error retrieving identity token/)
    expect(readdirSync(run.bundle.dir)).not.toContain('attestation.sigstore.json')
  })
})

// ----------------------------------------------------------------------------------------- keyless (Sigstore)

const ISSUER = 'https://token.actions.githubusercontent.com'
const IDENTITY = 'https://github.com/acme/app/.github/workflows/gate.yml@refs/heads/main'

/** An unsigned JWT with GitHub Actions' claims: the mocked Fulcio reads claims, it does not check signatures. */
function oidcToken(sub: string): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url')
  return `${part({ alg: 'none', typ: 'JWT' })}.${part({ iss: ISSUER, sub, aud: 'sigstore', repository: 'acme/app', workflow: 'gate', ref: 'refs/heads/main' })}.`
}

describe('keyless signing against @sigstore/mock (mocked Fulcio, Rekor and timestamp authority)', () => {
  let server: Server
  let base: string
  let trustedRoot: string

  beforeAll(async () => {
    const mock = (await import('@sigstore/mock')) as typeof import('@sigstore/mock')
    const keys = () => generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
    // No CT log: @sigstore/mock 0.10's SCT list encoding omits each SCT's length, which @sigstore/core
    // rightly rejects. The root below names no CT log, so no SCT is required (as with GitHub's instance).
    const ca = await mock.initializeCA(keys())
    const tsa = await mock.initializeTSA(keys())
    // asn1js writes a GeneralizedTime of 120 ms as ".12Z", which @sigstore/core's parser (exactly three
    // digits) rejects as "invalid time": one timestamp in ten failed. Whole seconds encode without a fraction.
    const clockable = tsa as unknown as { getCurrentTime: () => Date }
    clockable.getCurrentTime = () => new Date(Math.floor(Date.now() / 1000) * 1000)
    const handlers = [mock.fulcioHandler(ca), mock.tsaHandler(tsa)]
    server = createServer((req, res) => {
      const chunks: Buffer[] = []
      req.on('data', c => chunks.push(c as Buffer))
      req.on('end', () => {
        const handler = handlers.find(h => h.path === req.url?.replace(/\?.*$/, '')) ?? rekor?.find(h => h.path === req.url)
        if (!handler || req.method !== 'POST') {
          res.writeHead(404).end()
          return
        }
        void handler
          .fn(Buffer.concat(chunks).toString())
          .then(r => res.writeHead(r.statusCode, { 'content-type': r.contentType ?? 'text/plain' }).end(r.response))
      })
    })
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`
    const tlog = await mock.initializeTLog(base, keys())
    rekor = [mock.rekorHandler(tlog)]
    const start = new Date(Date.now() - 3600_000).toISOString()
    const b64 = (b: Buffer) => b.toString('base64')
    const key = (raw: Buffer) => ({ rawBytes: b64(raw), keyDetails: 'PKIX_ECDSA_P256_SHA_256', validFor: { start } })
    trustedRoot = JSON.stringify({
      mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
      tlogs: [
        {
          baseUrl: base,
          hashAlgorithm: 'SHA2_256',
          publicKey: key(tlog.publicKey),
          logId: { keyId: b64(createHash('sha256').update(tlog.publicKey).digest()) }
        }
      ],
      certificateAuthorities: [
        {
          subject: { organization: 'sigstore.mock', commonName: 'sigstore' },
          uri: base,
          certChain: { certificates: [{ rawBytes: b64(ca.rootCertificate) }] },
          validFor: { start }
        }
      ],
      ctlogs: [],
      timestampAuthorities: [
        {
          subject: { organization: 'sigstore.mock', commonName: 'tsa' },
          uri: base,
          certChain: { certificates: [{ rawBytes: b64(tsa.intCertificate) }, { rawBytes: b64(tsa.rootCertificate) }] },
          validFor: { start }
        }
      ]
    })
  })
  let rekor: { path: string; fn: (body: string) => Promise<{ statusCode: number; response: string | Buffer; contentType?: string }> }[] | undefined
  afterAll(() => new Promise<void>(resolve => server.close(() => resolve())))

  async function signedKeyless(endpoints: 'rekor' | 'tsa') {
    const dir = copy(failing)
    const outcome = await signBundle(dir, {
      mode: 'auto',
      keyless: {
        endpoints: endpoints === 'rekor' ? { fulcioURL: base, rekorURL: base } : { fulcioURL: base, tsaURL: base },
        getToken: async () => oidcToken(IDENTITY),
        retries: 0,
        // The mocked Rekor echoes the proposed entry; only the intoto kind echoes what a real log stores.
        rekorEntryType: 'intoto'
      },
      run: RUN
    })
    expect(outcome.reason).toMatch(/^signed with Sigstore/)
    expect(outcome).toMatchObject({ signed: true, kind: 'keyless', file: 'attestation.sigstore.json' })
    return dir
  }

  test.each(['rekor', 'tsa'] as const)(
    'signed through Fulcio + %s, verified offline against the trusted root with the right workflow identity',
    async witness => {
      const dir = await signedKeyless(witness)
      const bundle = JSON.parse(readFileSync(join(dir, 'attestation.sigstore.json'), 'utf8'))
      expect(bundle.mediaType).toMatch(/^application\/vnd\.dev\.sigstore\.bundle/)
      expect(bundle.dsseEnvelope.payloadType).toBe('application/vnd.in-toto+json')
      const report = await verifyBundle(dir, { requireSignature: true, signature: { trustedRoot, identity: IDENTITY, issuer: ISSUER } })
      expect(report.problems).toEqual([])
      expect(report.signature).toMatchObject({ status: 'verified' })
      expect(report.signature.signer).toContain(IDENTITY)
      const byRegexp = await verifyBundle(dir, {
        signature: { trustedRoot, identityRegexp: 'https://github\\.com/acme/app/\\.github/workflows/gate\\.yml@refs/.*', issuer: ISSUER }
      })
      expect(byRegexp.ok).toBe(true)
    }
  )

  test('another workflow identity or issuer is rejected as another signer', async () => {
    const dir = await signedKeyless('rekor')
    const wrongWorkflow = await verifyBundle(dir, {
      signature: { trustedRoot, identity: 'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main', issuer: ISSUER }
    })
    expect(wrongWorkflow.worst).toBe('other-identity')
    expect(wrongWorkflow.problems.join('\n')).toContain(`identity is ${IDENTITY}`)
    const wrongIssuer = await verifyBundle(dir, { signature: { trustedRoot, identity: IDENTITY, issuer: 'https://accounts.google.com' } })
    expect(wrongIssuer.worst).toBe('other-identity')
    const prefixOnly = await verifyBundle(dir, { signature: { trustedRoot, identityRegexp: 'https://github\\.com/acme/app', issuer: ISSUER } })
    expect(prefixOnly.worst).toBe('other-identity')
  })

  test('a keyless bundle forged after signing fails with the signature error; an untrusted root fails too', async () => {
    const dir = await signedKeyless('rekor')
    forgePass(dir)
    const forged = await verifyBundle(dir, { signature: { trustedRoot, identity: IDENTITY, issuer: ISSUER } })
    expect(forged.worst).toBe('bad-signature')
    const clean = await signedKeyless('tsa')
    // The shipped public-good root did not issue the mock's certificate.
    const untrusted = await verifyBundle(clean, { signature: { identity: IDENTITY, issuer: ISSUER } })
    expect(untrusted.worst).toBe('bad-signature')
  })
})
