/**
 * `compliance-gate verify` as an auditor runs it (spawning dist/cli/index.js): signatures (issue 16), manifest
 * entries that point outside the bundle and record versions (issues 19 and 21). One exit code per failure kind.
 */
import { beforeAll, describe, expect, test } from '@jest/globals'
import { createHash, generateKeyPairSync } from 'node:crypto'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CONTROLS } from '../../src/controls/index.js'
import { ADJUSTERS } from '../../src/evaluate/adjusters.js'
import { evaluate } from '../../src/evaluate/evaluate.js'
import { runCli } from '../helpers/runner.js'

const sha = (b: string | Buffer) => createHash('sha256').update(b).digest('hex')
const stable = (v: unknown) =>
  JSON.stringify(
    v,
    (_k, x) =>
      x && typeof x === 'object' && !Array.isArray(x)
        ? Object.fromEntries(
            Object.keys(x)
              .sort()
              .map(k => [k, x[k]])
          )
        : x,
    2
  ) + '\n'

let work: string
let signedFail: string
let unsignedPass: string
const keys = { priv: '', pub: '', otherPriv: '', otherPub: '' }

const copy = (dir: string) => {
  const to = mkdtempSync(join(tmpdir(), 'cg-vb-'))
  cpSync(dir, to, { recursive: true })
  return to
}
const readJson = (dir: string, f: string) => JSON.parse(readFileSync(join(dir, f), 'utf8'))
/** Rewrite files and re-digest them in the manifest, as someone editing a bundle would. */
function rewrite(dir: string, files: Record<string, string>, patchManifest: (m: any) => void = () => undefined) {
  for (const [f, text] of Object.entries(files)) writeFileSync(join(dir, f), text)
  const manifest = readJson(dir, 'manifest.json')
  for (const e of manifest.files) if (files[e.path] !== undefined) Object.assign(e, { sha256: sha(files[e.path]), bytes: Buffer.byteLength(files[e.path]) })
  patchManifest(manifest)
  writeFileSync(join(dir, 'manifest.json'), stable(manifest))
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'cg-verify-bundle-'))
  const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' })
  const other = generateKeyPairSync('ed25519')
  keys.priv = join(work, 'key.pem')
  keys.pub = join(work, 'key.pub.pem')
  keys.otherPriv = join(work, 'other.pem')
  keys.otherPub = join(work, 'other.pub.pem')
  writeFileSync(keys.priv, ec.privateKey.export({ type: 'sec1', format: 'pem' }))
  writeFileSync(keys.pub, ec.publicKey.export({ type: 'spki', format: 'pem' }))
  writeFileSync(keys.otherPriv, other.privateKey.export({ type: 'pkcs8', format: 'pem' }))
  writeFileSync(keys.otherPub, other.publicKey.export({ type: 'spki', format: 'pem' }))
  const signed = await runCli(['demo', '--out', join(work, 'signed'), '--signing-key', keys.priv], { timeoutMs: 60_000 })
  expect(signed.code).toBe(0)
  expect(signed.stdout.match(/Signed: attestation\.dsse\.json/g)).toHaveLength(2)
  expect(signed.stdout.match(/verify: OK/g)).toHaveLength(2)
  const unsigned = await runCli(['demo', '--out', join(work, 'unsigned')], { timeoutMs: 60_000 })
  expect(unsigned.code).toBe(0)
  const pick = (d: string, pr: string) =>
    join(
      work,
      d,
      readdirSync(join(work, d)).find(n => n.includes(pr))!
    )
  signedFail = pick('signed', 'pr42')
  unsignedPass = pick('unsigned', 'pr41')
}, 120_000)

describe('signatures', () => {
  test('a key-signed bundle verifies with --key and --require-signature', async () => {
    const r = await runCli(['verify', signedFail, '--key', keys.pub, '--require-signature'])
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^OK: 5 file digests match and \d+ verdicts re-evaluate the same; signature verified \(key [0-9a-f]{64}\)/)
  })

  test('a bundle edited and re-digested (a fail turned into a pass) fails with the signature error, exit 5', async () => {
    const dir = copy(signedFail)
    const policy = readJson(dir, 'policy.json')
    for (const c of Object.values(policy.controls) as any[]) Object.assign(c, { on_fail: 'warn', on_not_verified: 'warn' })
    const results = readJson(dir, 'results.json')
    const again = evaluate(CONTROLS, policy, readJson(dir, 'record.json'), ADJUSTERS, results.errors)
    expect(again.result).toBe('pass')
    const policyText = stable(policy)
    rewrite(dir, { 'policy.json': policyText, 'results.json': stable({ ...results, ...again }) }, m => {
      m.result = 'pass'
      m.policy.sha256 = sha(policyText)
    })
    // Without a key the forgery's digests and verdicts agree; with it, the signature does not cover it.
    const r = await runCli(['verify', dir, '--key', keys.pub])
    expect(r.code).toBe(5)
    expect(r.stdout).toMatch(/^BAD SIGNATURE in /)
    expect(r.stdout).toMatch(/results\.json differs from the signed copy/)
    expect(r.stdout).not.toMatch(/\[verdict mismatch\]|\[digest mismatch\]/)
  })

  test('a signature by another key fails as another signer, exit 6', async () => {
    const r = await runCli(['verify', signedFail, '--key', keys.otherPub])
    expect(r.code).toBe(6)
    expect(r.stdout).toMatch(/OTHER SIGNER/)
    expect(r.stdout).toMatch(/signed by another key/)
  })

  test('an unsigned bundle verifies with a warning, and fails with --require-signature (exit 4)', async () => {
    const loose = await runCli(['verify', unsignedPass])
    expect(loose.code).toBe(0)
    expect(loose.stderr).toMatch(/warning: the bundle is not signed/)
    const strict = await runCli(['verify', unsignedPass, '--require-signature'])
    expect(strict.code).toBe(4)
    expect(strict.stdout).toMatch(/UNSIGNED/)
  })

  test('an unreadable or wrong-type key is a usage error (exit 2), and the key file is never quoted', async () => {
    const bad = join(work, 'bad.pem')
    writeFileSync(bad, 'MIIsecretish-not-a-key\n')
    const r = await runCli(['verify', signedFail, '--key', bad])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/not a PEM public key/)
    expect(r.stderr + r.stdout).not.toContain('MIIsecretish')
    const sign = await runCli(['demo', '--out', join(work, 'x'), '--signing-key', bad])
    expect(sign.code).toBe(2)
    expect(sign.stderr).toMatch(/--signing-key: The signing key is not a PEM private key/)
    expect(sign.stderr + sign.stdout).not.toContain('MIIsecretish')
  })
})

describe('manifest entries are plain file names inside the bundle', () => {
  const withEntry = (entry: string, prepare: (dir: string) => void = () => undefined) => {
    const dir = copy(unsignedPass)
    prepare(dir)
    const manifest = readJson(dir, 'manifest.json')
    manifest.files.push({ path: entry, sha256: '0'.repeat(64), bytes: 1 })
    writeFileSync(join(dir, 'manifest.json'), stable(manifest))
    return dir
  }

  test.each([
    ['../../etc/passwd', /"\.\.\/\.\.\/etc\/passwd" contains '\.\.'/],
    ['/etc/passwd', /"\/etc\/passwd" is a path, not a plain file name/],
    ['/dev/zero', /"\/dev\/zero" is a path, not a plain file name/],
    ['sub/record.json', /"sub\/record\.json" is a path/],
    ['..', /contains '\.\.'/]
  ])('%s is refused without being read (exit 3)', async (entry, message) => {
    const r = await runCli(['verify', withEntry(entry)])
    expect(r.code).toBe(3)
    expect(r.stdout).toMatch(/^DIGEST MISMATCH/)
    expect(r.stdout).toMatch(message)
    expect(r.stdout).not.toMatch(/sha256 is [0-9a-f]{64}, manifest says 0{64}/)
  })

  test('a symlink, a device-like file and a directory inside the bundle are refused', async () => {
    const link = await runCli(['verify', withEntry('passwd', d => symlinkSync('/etc/passwd', join(d, 'passwd')))])
    expect(link.code).toBe(3)
    expect(link.stdout).toMatch(/passwd: listed in the manifest but is a symbolic link/)
    const zero = await runCli(['verify', withEntry('zero', d => symlinkSync('/dev/zero', join(d, 'zero')))], { timeoutMs: 10_000 })
    expect(zero.timedOut).toBe(false)
    expect(zero.code).toBe(3)
    const sub = await runCli(['verify', withEntry('sub', d => mkdirSync(join(d, 'sub')))])
    expect(sub.code).toBe(3)
    expect(sub.stdout).toMatch(/sub: listed in the manifest but is not a regular file/)
  })

  test('a file in the bundle that the manifest does not list: a warning, not trusted; a failure when a signature is required', async () => {
    const dir = copy(signedFail)
    writeFileSync(join(dir, 'APPROVAL.txt'), 'approved by the CISO\n')
    const r = await runCli(['verify', dir])
    expect(r.code).toBe(0)
    expect(r.stderr).toMatch(/warning: APPROVAL\.txt: in the bundle directory but not listed in the manifest; not verified and not covered by any signature/)
    // Checking the signer (--key implies --require-signature): the signed bundle must hold exactly what it signs.
    for (const flags of [
      ['--key', keys.pub],
      ['--key', keys.pub, '--require-signature']
    ]) {
      const signed = await runCli(['verify', dir, ...flags])
      expect(signed.code).toBe(3)
      expect(signed.stdout).toMatch(/APPROVAL\.txt: in the bundle directory but not listed in the manifest; a signed bundle holds exactly the files it signs/)
    }
  })

  test('--key on an unsigned bundle fails (exit 4): naming the expected signer demands a signature', async () => {
    const r = await runCli(['verify', copy(unsignedPass), '--key', keys.pub])
    expect(r.code).toBe(4)
  })

  test('a manifest.json that is a symlink is not followed', async () => {
    const dir = copy(unsignedPass)
    const real = join(work, 'elsewhere-manifest.json')
    cpSync(join(dir, 'manifest.json'), real)
    rmSync(join(dir, 'manifest.json'))
    symlinkSync(real, join(dir, 'manifest.json'))
    const r = await runCli(['verify', dir])
    expect(r.code).toBe(3)
    expect(r.stdout).toMatch(/manifest\.json cannot be read: is a symbolic link/)
  })
})

describe('record versions', () => {
  const withVersion = (version: unknown) => {
    const dir = copy(unsignedPass)
    const record = readJson(dir, 'record.json')
    record.record_version = version
    rewrite(dir, { 'record.json': stable(record) })
    return dir
  }

  test('record_version 1 and 2 are read', async () => {
    for (const v of [1, 2]) {
      const r = await runCli(['verify', withVersion(v)])
      expect(r.stdout).toMatch(/^OK: /)
      expect(r.code).toBe(0)
    }
  })

  test('a record in the version 1 shape (fact groups under `extra`, as bundles before record v2 hold them) is re-performed the same', async () => {
    const dir = copy(unsignedPass)
    const record = readJson(dir, 'record.json')
    const { facts, ...rest } = record
    expect(Object.keys(facts).length).toBeGreaterThan(0)
    rewrite(dir, { 'record.json': stable({ ...rest, record_version: 1, extra: facts }) })
    const r = await runCli(['verify', dir])
    expect(r.stdout).toMatch(/^OK: /)
    expect(r.code).toBe(0)
    // The same file without its fact groups is caught: the v1 reading is what re-performs the verdicts.
    rewrite(dir, { 'record.json': stable({ ...rest, record_version: 1, extra: {} }) })
    const emptied = await runCli(['verify', dir])
    expect(emptied.code).toBe(1)
    expect(emptied.stdout).toMatch(/recorded pass, re-evaluated not_verified/)
  })

  test('any other record_version is named as unsupported (exit 7), not re-performed', async () => {
    for (const v of [3, 0, '2', null]) {
      const r = await runCli(['verify', withVersion(v)])
      expect(r.code).toBe(7)
      expect(r.stdout).toMatch(/^UNSUPPORTED/)
      expect(r.stdout).toContain(`record_version ${JSON.stringify(v)}, which this version of compliance-gate does not support (it reads 1 and 2)`)
    }
  })
})

describe('what verify re-performs beyond the verdicts (cold audit review, session 40)', () => {
  test('an OK bundle names the change it judged', async () => {
    const r = await runCli(['verify', unsignedPass])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^Judged: acme\/payments pull request #41, head [0-9a-f]{40} on base [0-9a-f]{40}\.$/m)
  })

  test.each([
    [
      'failed_controls and counts emptied while verdicts fail',
      (d: string) => {
        const results = readJson(d, 'results.json')
        results.failed_controls = []
        results.counts.fail = 0
        return { 'results.json': stable(results) }
      },
      /results\.json failed_controls differ from the verdicts'/
    ],
    [
      "a verdict's reason rewritten",
      (d: string) => {
        const results = readJson(d, 'results.json')
        results.verdicts[0].reason = 'All good, approved by 2 reviewers.'
        return { 'results.json': stable(results) }
      },
      /the recorded reason differs from the re-evaluated one/
    ],
    [
      "results.json's subject moved to another pull request",
      (d: string) => {
        const results = readJson(d, 'results.json')
        results.subject.pull_request = 99
        results.subject.head_sha = 'f'.repeat(40)
        return { 'results.json': stable(results) }
      },
      /record\.json's subject differs from results\.json's: .*head_sha/
    ]
  ])('%s (re-digested): fails as a verdict change, exit 1', async (_name, edit, message) => {
    const dir = copy(
      join(
        work,
        'unsigned',
        readdirSync(join(work, 'unsigned')).find(n => n.includes('pr42'))!
      )
    )
    rewrite(dir, edit(dir), m => {
      const results = readJson(dir, 'results.json')
      m.subject = results.subject
      m.result = results.result
    })
    const r = await runCli(['verify', dir])
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(message)
  })
})

describe("a signed bundle's manifest says only what was signed (cold audit review, session 40)", () => {
  test.each([
    ['the tool version', (m: any) => (m.tool.version = '9.9.9'), /the manifest names tool compliance-gate 9\.9\.9, the signed statement/],
    ['created_at', (m: any) => (m.created_at = '2020-01-01T00:00:00.000Z'), /the manifest's created_at 2020-01-01T00:00:00\.000Z differs from the signed/],
    ['the attestation kind', (m: any) => (m.attestation.kind = 'sigstore'), /the manifest calls the attestation sigstore, but attestation\.dsse\.json is dsse/]
  ])('%s edited: a signature error, exit 5', async (_name, edit, message) => {
    const dir = copy(signedFail)
    const manifest = readJson(dir, 'manifest.json')
    edit(manifest)
    writeFileSync(join(dir, 'manifest.json'), stable(manifest))
    const r = await runCli(['verify', dir, '--key', keys.pub])
    expect(r.code).toBe(5)
    expect(r.stdout).toMatch(message)
  })
})

describe('a re-digested edit of any exported field, or an emptied subject, is caught (cold re-review, session 40)', () => {
  const failing = () =>
    copy(
      join(
        work,
        'unsigned',
        readdirSync(join(work, 'unsigned')).find(n => n.includes('pr42'))!
      )
    )
  test.each([
    ['a remedy', (r: any) => (r.verdicts.find((v: any) => v.remedy).remedy = 'Nothing to do.'), /the recorded remedy differs/],
    [
      'a waiver added to a failing verdict',
      (r: any) => (r.verdicts.find((v: any) => v.status === 'fail').waived = { by: 'emergency-change' }),
      /the recorded waived differs/
    ],
    [
      "a finding's message",
      (r: any) => (r.verdicts.find((v: any) => v.findings.length > 0).findings[0].message = 'fine'),
      /the recorded findings differ|the recorded findings differs/
    ],
    ['the subject emptied', (r: any) => (r.subject = {}), /results\.json names no subject/]
  ])('%s: exit 1', async (_name, edit, message) => {
    const dir = failing()
    const results = readJson(dir, 'results.json')
    edit(results)
    rewrite(dir, { 'results.json': stable(results) }, m => {
      m.subject = results.subject
    })
    const r = await runCli(['verify', dir])
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(message)
  })
})
