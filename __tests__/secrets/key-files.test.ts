/**
 * Binary key files committed as they are: a PKCS#12 (.p12 / .pfx), a DER private key (.der / .key), a Java
 * keystore (JKS, JCEKS) and a Tor onion service key. They are read as the base64 of their bytes
 * (keyContainerView), so the rules for base64 keys judge them. Keys and stores come from openssl at test time
 * (none is stored); the Java stores and the Tor file are laid out byte by byte as their formats define them.
 * Certificates, public keys and truststores are no finding, and no finding carries the key.
 */
import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { addedBlobFile, applyFilters, keyContainerView, parseDiffBytes, parseUnifiedDiff } from '../../src/secrets/diff.js'
import { createScanner } from '../../src/secrets/scanner.js'

const scanner = createScanner({ repo: 'acme/app' })
const dir = mkdtempSync(join(tmpdir(), 'cg-key-files-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'pipe', 'ignore'] })
const file = (name: string) => readFileSync(join(dir, name))

const u32 = (n: number) => {
  const b = Buffer.alloc(4)
  b.writeUInt32BE(n)
  return b
}
const utf = (s: string) => Buffer.concat([Buffer.from([0, s.length]), Buffer.from(s)])
/** A Java keystore (JKS FEEDFEED, JCEKS CECECECE): version 2, its entries, a 20-byte digest. */
function javaStore(magic: number, entries: Buffer[]): Buffer {
  return Buffer.concat([u32(magic), u32(2), u32(entries.length), ...entries, randomBytes(20)])
}
/** A private-key entry (tag 1): alias, date, the protected key, a chain of one certificate. */
const privateKeyEntry = (cert: Buffer) =>
  Buffer.concat([u32(1), utf('release'), randomBytes(8), u32(1218), randomBytes(1218), u32(1), utf('X.509'), u32(cert.length), cert])
/** A trusted-certificate entry (tag 2). */
const trustedEntry = (cert: Buffer) => Buffer.concat([u32(2), utf('ca'), randomBytes(8), utf('X.509'), u32(cert.length), cert])
/** A JCEKS secret-key entry (tag 3): a serialized SealedObject. */
const secretKeyEntry = () => Buffer.concat([u32(3), utf('aes'), randomBytes(8), Buffer.from([0xac, 0xed, 0, 5]), randomBytes(300)])

const KEYS: [string, () => Buffer, string][] = []
const NOT_KEYS: [string, () => Buffer][] = []

beforeAll(() => {
  openssl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'k.pem', '-out', 'c.pem', '-days', '1', '-subj', '/CN=test.invalid')
  openssl('pkcs12', '-export', '-inkey', 'k.pem', '-in', 'c.pem', '-out', 'client.p12', '-passout', 'pass:test-only')
  openssl('pkcs12', '-export', '-nokeys', '-in', 'c.pem', '-out', 'truststore.p12', '-passout', 'pass:test-only')
  openssl('pkcs8', '-topk8', '-nocrypt', '-in', 'k.pem', '-outform', 'DER', '-out', 'pkcs8.der')
  openssl('rsa', '-in', 'k.pem', '-traditional', '-outform', 'DER', '-out', 'rsa.der')
  openssl('ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-outform', 'DER', '-out', 'p256.der')
  openssl('ecparam', '-name', 'secp384r1', '-genkey', '-noout', '-outform', 'DER', '-out', 'p384.der')
  openssl('genpkey', '-algorithm', 'ed25519', '-outform', 'DER', '-out', 'ed25519.key')
  openssl('x509', '-in', 'c.pem', '-outform', 'DER', '-out', 'cert.der')
  openssl('rsa', '-in', 'k.pem', '-pubout', '-outform', 'DER', '-out', 'pub.der')
})

const cert = () => file('cert.der')
KEYS.push(
  ['client.p12', () => file('client.p12'), 'pkcs12-private-key-base64'],
  ['certs/server.pfx', () => file('client.p12'), 'pkcs12-private-key-base64'],
  ['keys/pkcs8.der', () => file('pkcs8.der'), 'private-key-der-base64'],
  ['keys/rsa.der', () => file('rsa.der'), 'private-key-der-base64'],
  ['keys/p256.der', () => file('p256.der'), 'private-key-der-base64'],
  ['keys/p384.der', () => file('p384.der'), 'private-key-der-base64'],
  ['keys/signing.key', () => file('ed25519.key'), 'private-key-der-base64'],
  ['android/release.jks', () => javaStore(0xfeedfeed, [privateKeyEntry(cert()), trustedEntry(cert())]), 'private-key-der-base64'],
  ['conf/secrets.jceks', () => javaStore(0xcececece, [secretKeyEntry()]), 'private-key-der-base64'],
  ['conf/keys.jceks', () => javaStore(0xcececece, [privateKeyEntry(cert())]), 'private-key-der-base64'],
  // keytool writes entries in alias order: Kafka's CARoot before localhost, Tomcat's root after tomcat.
  ['kafka/kafka.server.keystore.jks', () => javaStore(0xfeedfeed, [trustedEntry(cert()), privateKeyEntry(cert())]), 'private-key-der-base64'],
  ['conf/vault.jceks', () => javaStore(0xcececece, [trustedEntry(cert()), trustedEntry(cert()), secretKeyEntry()]), 'private-key-der-base64'],
  // 64 entries or more (a JDK cacerts with a key pair added): the header's count no longer fits the rule's reading.
  [
    'jre/lib/security/cacerts',
    () => javaStore(0xfeedfeed, [...Array.from({ length: 70 }, () => trustedEntry(cert())), privateKeyEntry(cert())]),
    'private-key-der-base64'
  ],
  ['big.jks', () => javaStore(0xfeedfeed, [privateKeyEntry(cert()), ...Array.from({ length: 70 }, () => trustedEntry(cert()))]), 'private-key-der-base64'],
  // A PFX with BER's indefinite lengths (30 80 02 01 03), holding a shrouded key bag.
  [
    'keychain.p12',
    () =>
      Buffer.concat([
        Buffer.from('3080020103308006092a864886f70d010701a0802480', 'hex'),
        randomBytes(300),
        Buffer.from('060b2a864886f70d010c0a0102', 'hex'),
        randomBytes(2000)
      ]),
    'pkcs12-private-key-base64'
  ],
  [
    'hidden_service/hs_ed25519_secret_key',
    () => Buffer.concat([Buffer.from('== ed25519v1-secret: type0 ==\0\0\0', 'latin1'), randomBytes(64)]),
    'tor-onion-service-secret-key'
  ]
)
NOT_KEYS.push(
  ['truststore.p12', () => file('truststore.p12')],
  ['certs/server.der', () => file('cert.der')],
  ['keys/public.der', () => file('pub.der')],
  ['cacerts.jks', () => javaStore(0xfeedfeed, [trustedEntry(cert()), trustedEntry(cert())])],
  ['hidden_service/hs_ed25519_public_key', () => Buffer.concat([Buffer.from('== ed25519v1-public: type0 ==\0\0\0', 'latin1'), randomBytes(32)])],
  ['data/blob.bin', () => Buffer.concat([Buffer.from([0x30, 0x82, 0x01, 0x00]), randomBytes(400)])]
)

/** The file as the gate reads it from a checkout, filtered and scanned. */
function scanBlob(path: string, bytes: Buffer) {
  const { files, not_verified } = applyFilters([addedBlobFile(path, bytes)])
  expect(not_verified).toEqual([])
  return files.length === 0 ? [] : scanner.scanFile(files[0])
}

describe('binary key files are read as the base64 of their bytes', () => {
  test.each(KEYS.map(([path, make, rule]) => ({ path, make, rule })))('$path: $rule at line 1', ({ path, make, rule }) => {
    const bytes = make()
    const found = scanBlob(path, bytes)
    expect(found.map(f => [f.rule, f.line])).toEqual([[rule, 1]])
    // The finding holds a preview of the base64 and a fingerprint, never the key.
    const shown = JSON.stringify(found.map(f => ({ ...f, secret: undefined })))
    const b64 = bytes.toString('base64')
    for (let i = 8; i + 12 <= b64.length; i += 12) expect(shown).not.toContain(b64.slice(i, i + 12))
  })

  test.each(NOT_KEYS.map(([path, make]) => ({ path, make })))('$path: no finding', ({ path, make }) => {
    expect(scanBlob(path, make())).toEqual([])
  })

  test('a key file is read from its bytes as stored: a CR LF pair and a last LF in them count', () => {
    const seed = randomBytes(32)
    seed[5] = 13
    seed[6] = 10
    seed[31] = 10
    const bytes = Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), seed])
    const f = addedBlobFile('keys/ed25519.key', bytes)
    expect(keyContainerView(f)?.text).toBe(bytes.toString('base64'))
    expect(scanBlob('keys/ed25519.key', bytes).map(m => m.rule)).toEqual(['private-key-der-base64'])
  })

  test('the same key file twice has one fingerprint; two keys have two', () => {
    const a = scanBlob('a.der', file('pkcs8.der'))
    const b = scanBlob('b.der', file('pkcs8.der'))
    const c = scanBlob('c.der', file('p256.der'))
    expect(a[0].fingerprint).toBe(b[0].fingerprint)
    expect(c[0].fingerprint).not.toBe(a[0].fingerprint)
  })
})

describe('keyContainerView reads only what may be a key container', () => {
  const whole = (raw: Buffer) => ({ raw, lineNumbers: [1] })
  test('a key container of the whole file: one base64 line numbered 1', () => {
    const raw = file('p256.der')
    expect(keyContainerView(whole(raw))).toEqual({ text: raw.toString('base64'), lineNumbers: [1] })
  })
  test('not: text without its bytes (a GitHub patch), a part of a file, a big file, other binaries', () => {
    expect(keyContainerView({ raw: undefined, lineNumbers: [1] })).toBeUndefined()
    expect(keyContainerView({ raw: file('p256.der'), lineNumbers: [7] })).toBeUndefined()
    expect(keyContainerView(whole(Buffer.concat([Buffer.from([0x30, 0x83, 0x05, 0, 0]), randomBytes(300 * 1024)])))).toBeUndefined()
    const png = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), randomBytes(2000)])
    expect(keyContainerView(whole(png))).toBeUndefined()
    expect(keyContainerView(whole(Buffer.from([0x30, 0x82, 0x01])))).toBeUndefined()
  })
  test('a binary key in a local diff is read from its added bytes; the same file as a GitHub patch is not', () => {
    // An Ed25519 PKCS#8 key (RFC 8410) whose seed holds no CR or LF, so the diff's one line is the whole file.
    const seed = Buffer.from(Array.from(randomBytes(32), b => (b === 10 || b === 13 ? 0 : b)))
    const bytes = Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), seed])
    const diff = Buffer.concat([
      Buffer.from('diff --git a/k.key b/k.key\nnew file mode 100644\n--- /dev/null\n+++ b/k.key\n@@ -0,0 +1 @@\n+', 'latin1'),
      bytes,
      Buffer.from('\n\\ No newline at end of file\n', 'latin1')
    ])
    const local = parseDiffBytes(diff)
    expect(keyContainerView(local[0])?.text).toBe(bytes.toString('base64'))
    expect(scanner.scanFile(applyFilters(local).files[0]).map(f => [f.rule, f.line])).toEqual([['private-key-der-base64', 1]])
    const patch = parseUnifiedDiff(diff.toString('utf8'))
    expect(keyContainerView(patch[0])).toBeUndefined()
  })
})
