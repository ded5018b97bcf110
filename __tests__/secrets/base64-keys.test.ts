/**
 * Private keys stored as base64 of their PEM text (kubeconfig client-key-data, a kubernetes.io/tls Secret's
 * tls.key, Helm values, .npmrc-style key=): real keys made with openssl (and ssh-keygen for OpenSSH) at
 * test time, so none is stored. Certificates next to them must not be reported, and no finding may carry
 * the value.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { createScanner } from '../../src/secrets/index.js'

const scanner = createScanner({ repo: 'acme/app' })
const dir = mkdtempSync(join(tmpdir(), 'cg-b64-keys-'))
const keys = new Map<string, string>()
let certificate = ''

const openssl = (...args: string[]) => execFileSync('openssl', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
const b64 = (pem: string) => Buffer.from(pem).toString('base64')

beforeAll(() => {
  keys.set('RSA (PKCS#1)', openssl('genrsa', '-traditional', '2048'))
  keys.set('EC', openssl('ecparam', '-name', 'prime256v1', '-genkey', '-noout'))
  keys.set('PKCS#8', openssl('genpkey', '-algorithm', 'ed25519'))
  keys.set('encrypted PKCS#8', openssl('genpkey', '-algorithm', 'ed25519', '-aes256', '-pass', 'pass:test-only'))
  keys.set('encrypted RSA (Proc-Type)', openssl('genrsa', '-traditional', '-aes128', '-passout', 'pass:test-only', '2048'))
  const ossh = join(dir, 'id_ed25519')
  execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'test', '-f', ossh], { stdio: 'ignore' })
  keys.set('OpenSSH', readFileSync(ossh, 'utf8'))
  const keyOut = join(dir, 'tls.key')
  certificate = openssl(
    'req',
    '-x509',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:prime256v1',
    '-nodes',
    '-keyout',
    keyOut,
    '-subj',
    '/CN=test.invalid',
    '-days',
    '1'
  )
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const KINDS = ['RSA (PKCS#1)', 'EC', 'PKCS#8', 'OpenSSH', 'encrypted PKCS#8', 'encrypted RSA (Proc-Type)']
const expectedRule = (kind: string) => (kind.startsWith('encrypted') ? 'private-key-encrypted-base64' : 'private-key-base64')

function scan(path: string, text: string) {
  return scanner.scanFile({ path, text, lineNumbers: text.split('\n').map((_, i) => i + 1) })
}

/** Files holding key (base64) and cert (base64); the line of the key. */
const LAYOUTS: [string, string, (key: string, cert: string) => string, number][] = [
  [
    'kubeconfig',
    '.kube/config',
    (k, c) =>
      `apiVersion: v1\nkind: Config\nusers:\n- name: admin\n  user:\n    client-certificate-data: ${c}\n    client-key-data: ${k}\nclusters:\n- cluster:\n    certificate-authority-data: ${c}`,
    7
  ],
  [
    'kubernetes.io/tls Secret',
    'k8s/tls.yaml',
    (k, c) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: web-tls\ntype: kubernetes.io/tls\ndata:\n  tls.crt: ${c}\n  tls.key: ${k}`,
    8
  ],
  ['Helm values', 'charts/web/values.yaml', (k, c) => `ingress:\n  tls:\n    cert: "${c}"\n    key: "${k}"`, 4],
  ['.npmrc-style', '.npmrc', (k, c) => `cert=${c}\nkey=${k}`, 2]
]

describe.each(LAYOUTS)('base64 PEM private key in %s', (_name, path, layout, keyLine) => {
  test.each(KINDS)('%s key is reported on its line; the certificate is not', kind => {
    const pem = keys.get(kind) as string
    const value = b64(pem)
    const found = scan(path, layout(value, b64(certificate)))
    expect(found.map(f => [f.rule, f.line, f.preview])).toEqual([[expectedRule(kind), keyLine, 'LS0t…']])
    // Redacted when created: neither the base64 value nor the key body appears in the finding.
    const json = JSON.stringify(found)
    expect(json).not.toContain(value.slice(4, 40))
    for (const line of pem.split('\n').filter(l => l.length >= 40)) expect(json).not.toContain(line.slice(0, 40))
  })
})

test('certificates alone, base64-encoded, are never reported', () => {
  const c = b64(certificate)
  for (const [, path, layout] of LAYOUTS) {
    const text = layout(c, c)
    expect([path, scan(path, text)]).toEqual([path, []])
  }
})

/** base64 wrapped as `base64` (76) and `openssl base64` (64) write it: in a file of its own, a YAML block scalar, a JSON string. */
const wrap = (value: string, width: number) => (value.match(new RegExp(`.{1,${width}}`, 'g')) ?? []).join('\n')
const WRAPPED: [string, string, (key: string) => string, number][] = [
  ['base64 (76) in a file of its own', 'secrets/key.pem.b64', k => `${wrap(k, 76)}\n`, 1],
  ['openssl base64 (64) in a YAML block scalar', 'k8s/values.yaml', k => `tls:\n  key: |\n${wrap(k, 64).replace(/^/gm, '    ')}\n  enabled: true`, 3],
  ['a JSON string with \\n escapes', 'config/key.json', k => `{\n  "key": "${wrap(k, 64).replace(/\n/g, '\\n')}"\n}`, 2]
]

describe.each(WRAPPED)('base64 PEM private key wrapped over several lines: %s', (_name, path, layout, keyLine) => {
  test.each(KINDS)('%s key: one finding at its first line, fingerprinted over every line', kind => {
    const pem = keys.get(kind) as string
    const value = b64(pem)
    const found = scan(path, layout(value))
    expect(found.map(f => [f.rule, f.line, f.preview])).toEqual([[expectedRule(kind), keyLine, 'LS0t…']])
    // The whole value is the secret: the same key on one line has the same fingerprint, and the first line
    // alone (shared by every key of a type) does not.
    const oneLine = scan(path, `key: ${value}`)
    expect(found[0]?.fingerprint).toBe(oneLine[0]?.fingerprint)
    const firstLineOnly = scan(path, `key: ${value.slice(0, 76)}`)
    expect(firstLineOnly.map(f => f.fingerprint)).not.toContain(found[0]?.fingerprint)
    const json = JSON.stringify(found)
    for (const line of wrap(value, 64).split('\n').slice(1, -1)) expect(json).not.toContain(line)
  })
})

test('a wrapped base64 certificate is not reported', () => {
  for (const [, path, layout] of WRAPPED) expect([path, scan(path, layout(b64(certificate)))]).toEqual([path, []])
})

describe('base64 GCP service-account key files in any key order and size', () => {
  /** A key file as Google writes it (fields in Google's order), with a real PKCS#8 key of the given size. */
  function keyFile(bits: number): Record<string, string> {
    const pem = openssl('genpkey', '-algorithm', 'RSA', '-pkeyopt', `rsa_keygen_bits:${bits}`)
    return {
      type: 'service_account',
      project_id: 'demo-project',
      private_key_id: 'a'.repeat(8) + '0123456789abcdef0123456789abcdef',
      private_key: pem,
      client_email: 'deployer@demo-project.iam.gserviceaccount.com',
      client_id: '123456789012345678901',
      auth_uri: 'https://accounts.google.com/o/oauth2/auth',
      token_uri: 'https://oauth2.googleapis.com/token',
      auth_provider_x509_cert_url: 'https://www.googleapis.com/oauth2/v1/certs',
      client_x509_cert_url: 'https://www.googleapis.com/robot/v1/metadata/x509/deployer%40demo-project.iam.gserviceaccount.com',
      universe_domain: 'googleapis.com'
    }
  }
  const sorted = (o: Record<string, string>) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)))

  test.each([
    ["Google's order, 2048-bit key", () => keyFile(2048)],
    ['keys sorted (jq -S: "type" comes last, after the key)', () => sorted(keyFile(2048))],
    ['keys sorted, 4096-bit key', () => sorted(keyFile(4096))]
  ])('%s, in a Kubernetes Secret', (_name, make) => {
    const value = b64(JSON.stringify(make(), null, 2))
    const text = `apiVersion: v1\nkind: Secret\ntype: Opaque\ndata:\n  key.json: ${value}\n`
    const found = scanner.scanText(text)
    expect(found.map(f => [f.rule, f.line])).toEqual([['gcp-service-account-key-base64', 5]])
    expect(JSON.stringify(found)).not.toContain(value.slice(40, 60))
  })

  test('a sorted file without a private key (or another type) is not reported', () => {
    const noKey = sorted({ ...keyFile(2048), private_key: '' })
    const external = sorted({ ...keyFile(2048), type: 'external_account' })
    for (const o of [noKey, external]) expect(scanner.scanText(`  key.json: ${b64(JSON.stringify(o, null, 2))}\n`)).toEqual([])
  })
})
