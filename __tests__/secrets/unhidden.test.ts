/**
 * Text hidden from a regex but not from whoever reads the credential back: a zero-width character inside a
 * token, `\u005f` escapes in JSON, percent-encoded letters. Lines that change once unhidden are scanned a second
 * time (src/secrets/diff.ts unhiddenView); a secret found in both views is reported once.
 */
import { describe, expect, test } from '@jest/globals'
import { addedBlobFile, applyFilters, unhiddenView, wholeFile } from '../../src/secrets/diff.js'
import { createScanner } from '../../src/secrets/index.js'
import { loadCustomRuleEngine } from '../../src/secrets/scanner.js'
import { expandTemplate, seededRandom } from '../../src/secrets/generate.js'

const rand = seededRandom(9)
const scanner = createScanner({ repo: 'acme/app' })
const scan = (path: string, content: string) => applyFilters([wholeFile(path, content)]).files.flatMap(f => scanner.scanFile(f).map(m => [m.rule, m.line]))
const gh = () => expandTemplate('ghp_{alnum:36}', rand)
const stripe = () => expandTemplate('{alnum:24}', rand)

describe('hidden credentials are found on their line', () => {
  test.each([
    ['a zero-width space inside a token', () => `const a = 1\nconst t = "${gh().replace(/^(.{10})/, '$1\u200b')}"\n`, 'github-pat', 2],
    ['a word joiner and a soft hyphen', () => `x\ny\nTOKEN=${gh().replace(/^(.{6})(.{9})/, '$1\u2060$2\u00ad')}\n`, 'github-pat', 3],
    ['JSON \\u escapes of the underscores', () => `{\n  "stripe": "sk\\u005flive\\u005f${stripe()}"\n}\n`, 'stripe-live-secret-key', 2],
    ['JS \\x escapes', () => `const k = 'sk\\x5flive\\x5f${stripe()}'\n`, 'stripe-live-secret-key', 1],
    ['percent-encoded letters in a URL', () => `https://api.example.com/hook?key=%73k_live_${stripe()}\n`, 'stripe-live-secret-key', 1],
    // Cold attacker review, session 40: more characters that show as nothing, and C's octal escapes.
    ...['\u202e', '\u2066', '\ufe0f', '\u180e', '\u3164', '\uffa0', '\u034f', '\u{e0041}'].map((ch): [string, () => string, string, number] => [
      `U+${ch.codePointAt(0)!.toString(16).toUpperCase()} inside a token`,
      () => `x\ntoken=${gh().replace(/^(.{10})/, `$1${ch}`)}\n`,
      'github-pat',
      2
    ]),
    ['C octal escapes', () => `static const char *k = "\\163k\\137live\\137${stripe()}";\n`, 'stripe-live-secret-key', 1],
    // Cold re-review, session 40: the rest of Unicode's default-ignorable characters, and more escape spellings.
    ...['\u061c', '\u17b4', '\u180b', '\u206a', '\ufff0', '\u{1bca0}', '\u{1d173}', '\u{e0100}', '\u{13430}'].map(
      (ch): [string, () => string, string, number] => [
        `U+${ch.codePointAt(0)!.toString(16).toUpperCase()} inside a token`,
        () => `x\ntoken=${gh().replace(/^(.{10})/, `$1${ch}`)}\n`,
        'github-pat',
        2
      ]
    ),
    ['ES6 \\u{…} escapes', () => `const k = 'sk\\u{5f}live\\u{5F}${stripe()}'\n`, 'stripe-live-secret-key', 1],
    ['Perl \\x{…} and Python \\U escapes', () => `k = "sk\\x{5f}live\\U0000005f${stripe()}"\n`, 'stripe-live-secret-key', 1],
    ['HTML entities with leading zeros', () => `<input value="sk&#0000095;live&#x005F;${stripe()}">\n`, 'stripe-live-secret-key', 1]
  ])('%s', (_name, content, rule, line) => {
    const found = scan('config/app.json', content())
    expect(found).toContainEqual([rule, line])
  })
})

describe('ordinary escapes and encodings change nothing', () => {
  test('Go-style \\u003c HTML escapes and %20/%40 in URLs are no second finding', () => {
    const pw = expandTemplate('{alnum:8}7', rand)
    const content = `{"html": "\\u003cb\\u003ehello\\u003c/b\\u003e"}\npostgres://app:${pw}%40x@db.internal:5432/app?sslmode=require&app%20name=x\n`
    const found = scan('config/db.txt', content)
    expect(found.filter(([, l]) => l === 1)).toEqual([])
    expect(found.filter(([, l]) => l === 2).length).toBeLessThanOrEqual(1)
  })
  test('a line with a token and an unrelated escape reports the token once', () => {
    const content = `const t = "${gh()}" // caf\\u00e9 \\u0041\n`
    expect(scan('src/a.ts', content)).toEqual([['github-pat', 1]])
  })
  test('no view when nothing is hidden', () => {
    expect(unhiddenView({ text: 'plain\ntext with 100% of it', lineNumbers: [1, 2] })).toBeUndefined()
    expect(unhiddenView({ text: 'a\nb\u200bc', lineNumbers: [4, 9] })).toEqual({ text: 'bc', lineNumbers: [9] })
  })
})

describe('a Kubernetes Secret holds its values base64-encoded, which is no protection', () => {
  const b64 = (s: string) => Buffer.from(s).toString('base64')
  test('a token and a password under data: are found on their lines', () => {
    const token = gh()
    const password = `${expandTemplate('{alnum:10}', rand)}7!`
    const manifest = [
      'apiVersion: v1',
      'kind: Secret',
      'metadata:',
      '  name: app-credentials',
      'type: Opaque',
      'data:',
      `  api-token: ${b64(token)}`,
      `  DB_PASSWORD: ${b64(password)}`,
      `  username: ${b64('app-service')}`,
      ''
    ].join('\n')
    const found = scan('k8s/secret.yaml', manifest)
    expect(found).toContainEqual(['github-pat', 7])
    expect(found.some(([, line]) => line === 8)).toBe(true)
    expect(found.some(([, line]) => line === 9)).toBe(false)
  })
  // Cold attacker review, session 40: every way YAML (and kubectl's JSON) writes a value, not one line shape only.
  test.each([
    ['an anchor', (v: string) => `  config: &c ${v}`],
    ['a !!binary tag', (v: string) => `  config: !!binary ${v}`],
    ['a trailing comment', (v: string) => `  config: ${v} # rotated`],
    ['a block scalar', (v: string) => `  config: |\n    ${v}`],
    ['a folded scalar over two lines', (v: string) => `  config: >-\n    ${v.slice(0, 28)}\n    ${v.slice(28)}`],
    ['a plain value over two lines', (v: string) => `  config: ${v.slice(0, 28)}\n    ${v.slice(28)}`],
    ['a flow mapping', (v: string) => `  other: {config: ${v}, mode: x}`],
    ['a quoted key with a space', (v: string) => `  "app config": "${v}"`],
    ['a Helm template of a literal', (v: string) => `  config: {{ "${v}" }}`],
    ['base64 of base64', (v: string) => `  config: ${b64(v)}`]
  ])('a token under data: written with %s is found', (_name, write) => {
    const manifest = ['apiVersion: v1', 'kind: Secret', 'metadata:', '  name: x', 'type: Opaque', 'data:', write(b64(gh())), ''].join('\n')
    expect(scan('k8s/secret.yaml', manifest)).toContainEqual(['github-pat', 7])
  })
  test('a value of megabytes on one line is read without exhausting the stack (cold re-review, session 40)', () => {
    const body = Buffer.from(`${'x'.repeat(999)}\n`.repeat(5000) + `TOKEN=${gh()}\n`).toString('base64')
    const r = applyFilters([wholeFile('k8s/big-secret.yaml', `apiVersion: v1\nkind: Secret\ndata:\n  config: ${body}\n`)], { maxFileSize: 1e9 })
    expect(r.not_verified).toEqual([])
    expect(r.files.flatMap(f => scanner.scanFile(f).map(m => m.rule))).toContain('github-pat')
  })
  test('a list item, and a Secret as kubectl prints it in JSON', () => {
    expect(scan('k8s/list.yaml', `tokens:\n  - ${b64(gh())}\n`)).toContainEqual(['github-pat', 2])
    const json = JSON.stringify({ apiVersion: 'v1', kind: 'Secret', data: { config: b64(gh()) } })
    expect(scan('k8s/secret.json', `${json}\n`)).toContainEqual(['github-pat', 1])
  })
  test('base64 that decodes to binary (a certificate, random bytes) or to ordinary text is no finding', () => {
    const cert = Buffer.from(Array.from({ length: 48 }, (_, i) => (i * 37 + 11) % 256)).toString('base64')
    const manifest = ['kind: ConfigMap', 'binaryData:', `  blob: ${cert}`, `  note: ${b64('hello from the platform team')}`, ''].join('\n')
    expect(scan('k8s/configmap.yaml', manifest)).toEqual([])
  })
})

describe('only the lines holding something hidden are rewritten', () => {
  // The view as it was computed before lines were picked by their matches: every line split and rewritten, the
  // changed ones kept.
  const everyLine = (text: string, lineNumbers: number[]) => {
    const kept = text
      .split('\n')
      .map(
        (l, i) =>
          [
            l,
            l
              .replace(/[\u00AD\u200B-\u200F\u2060-\u2064\uFEFF]/g, '')
              .replace(/\\u00([2-7][0-9a-fA-F])|\\x([2-7][0-9a-fA-F])/g, (_, u, x) => String.fromCharCode(parseInt(u ?? x, 16)))
              .replace(/%(4[1-9A-Fa-f]|5[0-9Aa]|6[1-9A-Fa-f]|7[0-9Aa]|3[0-9]|2[DdEe]|5[Ff]|7[Ee])/g, (_, h) => String.fromCharCode(parseInt(h, 16))),
            lineNumbers[i]
          ] as const
      )
      .filter(([l, shown]) => l !== shown)
    return kept.length > 0 ? { text: kept.map(k => k[1]).join('\n'), lineNumbers: kept.map(k => k[2]) } : undefined
  }
  test('the same lines, text and numbers as rewriting every line, over random mixes', () => {
    const r = seededRandom(77)
    const pieces = [
      'plain',
      '\\x1b[0m',
      '\\x5f',
      '\\u005f',
      '\\u0041\\u0042',
      '%20',
      '%41',
      '%7E',
      'a\u200bb',
      '\uFEFF',
      '100%',
      '\\n',
      '',
      '  ',
      'sk\\x5flive'
    ]
    for (let round = 0; round < 300; round++) {
      const lines = Array.from({ length: 1 + Math.floor(r() * 12) }, () =>
        Array.from({ length: Math.floor(r() * 4) }, () => pieces[Math.floor(r() * pieces.length)]).join(' ')
      )
      const text = lines.join('\n')
      const lineNumbers = lines.map((_, i) => 10 + i * 3)
      expect(unhiddenView({ text, lineNumbers })).toEqual(everyLine(text, lineNumbers))
    }
  })
})

describe('a Jupyter notebook cell is read as the code it holds', () => {
  test('a key in a cell source string, its quotes escaped, is found on its line', () => {
    const key = expandTemplate('{hex:8}-{hex:4}-4{hex:3}-a{hex:3}-{hex:12}', rand)
    const nb = `{\n "cells": [\n  {\n   "cell_type": "code",\n   "source": [\n    "from pinecone import Pinecone\\n",\n    "pc = Pinecone(api_key=\\"${key}\\")\\n"\n   ]\n  }\n ]\n}\n`
    expect(scan('notebooks/01-rag.ipynb', nb).map(([, line]) => line)).toContain(7)
    expect(scan('notebooks/01-rag.ipynb', nb.replace(key, '<YOUR_API_KEY>'))).toEqual([])
  })
})

describe('a value read in two views is one finding', () => {
  test("a Kubernetes Secret's base64 password and its decoded text, both read by one rule at one place, are reported once (cold audit 13)", () => {
    const pw = expandTemplate('qX7!{alnum:12}', rand)
    const content = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ntype: Opaque\ndata:\n  username: YWRtaW4=\n  password: ${Buffer.from(pw).toString('base64')}\n`
    const found = scan('deploy/db-secret.yaml', content)
    expect(found.filter(([, l]) => l === 8)).toHaveLength(1)
  })
  test("a Kubernetes Secret's base64 value read by a generic rule, decoded a provider's key: one finding, by the provider's rule (cold audit 19)", () => {
    const key = `sk_live_${stripe()}`
    const pw = expandTemplate('BT{alnum:14}9', rand)
    const content = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: api\ntype: Opaque\ndata:\n  DB_PASSWORD: ${Buffer.from(pw).toString('base64')}\n  STRIPE_SECRET_KEY: ${Buffer.from(key).toString('base64')}\n`
    const found = scan('k8s/base/secret.yaml', content)
    expect(found.filter(([, l]) => l === 7)).toHaveLength(1)
    expect(found.filter(([, l]) => l === 8)).toEqual([['stripe-live-secret-key', 8]])
  })
  test("a SAS URL's percent-encoded signature (`%2F`, `%3D`) and its decoded reading are one finding, one fingerprint (session 40)", () => {
    // Azure's documented shape of a service SAS: the signature is base64, URL-encoded into the query string.
    const sig = `${expandTemplate('{alnum:20}', rand)}/${expandTemplate('{alnum:22}', rand)}=`
    const url = `https://myaccount.blob.core.windows.net/sascontainer/sasblob.txt?sv=2019-02-02&st=2019-04-29T22%3A18%3A26Z&se=2019-04-30T02%3A23%3A26Z&sr=b&sp=rw&spr=https&sig=${encodeURIComponent(sig)}`
    const encoded = applyFilters([wholeFile('docs/share.md', `${url}\n`)]).files.flatMap(f => scanner.scanFile(f))
    expect(encoded.map(m => [m.rule, m.line])).toEqual([['azure-sas-token', 1]])
    // The same signature written decoded elsewhere is the same value: one baseline entry serves both.
    const decoded = applyFilters([wholeFile('.env', `AZURE_SAS=sv=2019-02-02&sr=b&sp=rw&sig=${sig}\n`)]).files.flatMap(f => scanner.scanFile(f))
    expect(decoded.map(m => m.fingerprint)).toEqual([encoded[0].fingerprint])
  })
})

describe('a value read encoded and decoded is one finding (cold audit 20)', () => {
  test("a Kubernetes TLS Secret's base64 PEM: the encoded key's finding only, not the decoded PEM's too", () => {
    const key = expandTemplate('{b64pem:RSA PRIVATE KEY:8}', rand)
    const content = `apiVersion: v1\nkind: Secret\ntype: kubernetes.io/tls\ndata:\n  tls.crt: ${expandTemplate('{b64:80}', rand)}\n  tls.key: ${key}\n`
    expect(scan('k8s/tls-secret.yaml', content).filter(([, l]) => l === 6)).toEqual([['private-key-base64', 6]])
  })
  test('two base64 PEMs on two lines: one finding each', () => {
    const a = expandTemplate('{b64pem:PRIVATE KEY:6}', rand)
    const b = expandTemplate('{b64pem:EC PRIVATE KEY:3}', rand)
    const content = `apiVersion: v1\nkind: Secret\ndata:\n  a.key: ${a}\n  b.key: ${b}\n`
    expect(scan('k8s/keys.yaml', content)).toEqual([
      ['private-key-base64', 4],
      ['private-key-base64', 5]
    ])
  })
})

describe('different values are each reported (cold review, session 37)', () => {
  test("a Kubernetes Secret's base64 .git-credentials and .netrc: every token of the decoded lines, also at one column", () => {
    const gl = () => expandTemplate('glpat-{alnum:20}', rand)
    const creds = [`https://ci-bot:${gh()}@github.com`, `https://ci-bot:${gl()}@gitlab.com`].join('\n')
    const netrc = [`machine github.com login ci password ${gh()}`, `machine gitlab.com login ci password ${gl()}`].join('\n')
    const b64 = (t: string) => Buffer.from(t).toString('base64')
    const content = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: git\ndata:\n  .git-credentials: ${b64(creds)}\n  .netrc: ${b64(netrc)}\n`
    const found = scan('k8s/git-creds-secret.yaml', content)
    // (the base64 blob itself may also read as a generic secret: a line can hold a hidden value and a plain one)
    for (const line of [6, 7]) expect(found.filter(([, l]) => l === line).map(([r]) => r)).toEqual(expect.arrayContaining(['github-pat', 'gitlab-pat']))
  })
  test("a custom rule's finding is kept where a built-in rule's starts at the same character", async () => {
    await loadCustomRuleEngine()
    const custom = createScanner({
      repo: 'acme/app',
      customRules: [{ id: 'acme-exo-pair', regex: '(EXO[0-9a-f]{24}:[A-Za-z0-9]{43})', keywords: ['exo'], severity: 'critical' }]
    })
    const line = `exo_login ${expandTemplate('EXO{hex:24}:{alnum:43}', rand)}`
    const found = applyFilters([wholeFile('ops/exo.txt', `${line}\n`)]).files.flatMap(f => custom.scanFile(f).map(m => m.rule))
    expect(custom.customRuleErrors).toEqual([])
    expect(found.sort()).toEqual(['acme-exo-pair', 'exoscale-api-key'])
  })
  test('a longer value from the same start is its own finding (a URL password that begins with a token)', () => {
    const found = scan('.env', `REDIS_URL=redis://:${gh()}!${expandTemplate('{alnum:16}', rand)}@cache:6379/0\n`).map(([r]) => r)
    expect(found.sort()).toEqual(['database-url-password', 'github-pat'])
  })
  test("a finding of the file's line pairs with one decoded line only: each further decoded line at that column is kept", () => {
    const pw = expandTemplate('Qv7{alnum:10}!x', rand)
    const env = [`GITHUB_TOKEN_1=${gh()}`, `GITLAB_TOKEN_2=${expandTemplate('glpat-{alnum:20}', rand)}`, `DB_PASSWORD_X1=${pw}`].join('\n')
    const content = `apiVersion: v1\nkind: Secret\ndata:\n  credentials: ${Buffer.from(`${env}\n`).toString('base64')}\n`
    const rules = scan('k8s/secret.yaml', content)
      .filter(([, l]) => l === 4)
      .map(([r]) => r)
    expect(rules).toEqual(expect.arrayContaining(['github-pat', 'gitlab-pat']))
    expect(rules.length).toBeGreaterThanOrEqual(3)
  })
  test('of two built-in rules reading one value, the one of higher severity reports it (a Paystack key as a URL password)', () => {
    const found = scan('deploy/remote.sh', `git remote add origin https://deploy:sk_live_${expandTemplate('{hex:40}', rand)}@git.acme-corp.io/r.git\n`)
    expect(found).toEqual([['paystack-secret-key', 1]])
  })
})

describe('a provider token a context rule also reads is one finding, by the provider rule (cold audit 19)', () => {
  test.each([
    ['.netrc', 'home/deploy/.netrc', () => `machine github.com\n  login ci-bot\n  password ${gh()}\n`, 'github-pat', 3],
    ['a URL password', 'Jenkinsfile', () => `sh "git clone https://ci-bot:${gh()}@github.com/acme/app.git"\n`, 'github-pat', 1],
    [
      'postfix sasl_passwd',
      'etc/postfix/sasl_passwd',
      () => `[smtp.sendgrid.net]:587 apikey:SG.${expandTemplate('{b64url:22}.{b64url:43}', rand)}\n`,
      'sendgrid-api-key',
      1
    ],
    [
      'an OpenAI project key',
      'sam-app/template.yaml',
      () => `      OPENAI_API_KEY: sk-proj-${expandTemplate('{b64url:74}T3BlbkFJ{b64url:74}', rand)}\n`,
      'openai-project-key',
      1
    ]
  ])('%s', (_name, path, content, rule, line) => {
    expect(scan(path, content())).toEqual([[rule, line]])
  })
})

describe('a PEM key URL-encoded into one value is read decoded', () => {
  const body = () => [0, 1, 2, 3].map(() => expandTemplate('{b64:64}', rand)).join('\n')
  const pem = () => `-----BEGIN RSA PRIVATE KEY-----\n${body()}\n-----END RSA PRIVATE KEY-----\n`
  test('percent-encoded (encodeURIComponent) and form-encoded (+ for a space), at the value line', () => {
    expect(scan('config/app.env', `A=1\nPRIVATE_KEY_URL=${encodeURIComponent(pem())}\n`)).toContainEqual(['private-key', 2])
    const form = new URLSearchParams({ key: pem() }).toString()
    expect(scan('logs/request.log', `POST /sign\nbody: ${form}\n`)).toContainEqual(['private-key', 2])
  })
  test('a certificate or a malformed escape is no finding', () => {
    const cert = `-----BEGIN CERTIFICATE-----\n${body()}\n-----END CERTIFICATE-----\n`
    expect(scan('config/app.env', `CA=${encodeURIComponent(cert)}\n`)).toEqual([])
    expect(unhiddenView({ text: 'k=-----BEGIN%20RSA%20PRIVATE%20KEY-----%E0%A4%A', lineNumbers: [1] })).toBeUndefined()
  })
})

describe('what embeds a value is read away', () => {
  const t = (template: string) => expandTemplate(template, rand)
  const hook = () => t('https://hooks.slack.com/services/T{upper:8}/B{upper:8}/{alnum:24}')
  test.each([
    ["JSON's \\/ (PHP's json_encode)", () => `{"alerts":{"slack":"${hook().replace(/\//g, '\\/')}"}}\n`, 'slack-webhook-url', 1],
    ['HTML numeric entities', () => `<td>x</td>\n<code>sk&#x5F;live&#95;${stripe()}</code>\n`, 'stripe-live-secret-key', 2],
    ["a query string's percent-encoded : and /", () => `GET /notify?to=${encodeURIComponent(hook())} HTTP/1.1\n`, 'slack-webhook-url', 1],
    [
      "Xcode's /$()/ in an .xcconfig URL",
      () => t('API_BASE = https:/$()/api.example.com\nDATABASE_URL = postgres:/$()/app:{alnum:12}7@db.example.com:5432/app\n'),
      'database-url-password',
      2
    ],
    ['a file saved with CR line ends (read at the line git counts)', () => t('[db]\rhost = db1\rpassword = {alnum:10}7#x\r'), 'config-password-value', 1]
  ])('%s', (_name, content, rule, line) => {
    expect(scan('config/app.cfg', content())).toContainEqual([rule, line])
  })

  test('an escaped key far into a minified line is still read', () => {
    const body = [0, 1, 2, 3, 4, 5].map(() => expandTemplate('{b64:64}', rand)).join('\\n')
    const line = `var a=${JSON.stringify('x'.repeat(40_000))};admin.initializeApp({credential:cert({privateKey:"-----BEGIN PRIVATE KEY-----\\n${body}\\n-----END PRIVATE KEY-----\\n"})});`
    expect(scan('dist/server/index.mjs', `${line}\n`)).toContainEqual(['private-key', 1])
  })
})

describe('second review', () => {
  test('a key escaped deep into a line after an earlier "private key" in a message is still read', () => {
    const body = [0, 1, 2, 3, 4, 5].map(() => expandTemplate('{b64:64}', rand)).join('\\n')
    const filler = (n: number) => JSON.stringify('y'.repeat(n))
    const line = `var e=${filler(5_000)};throw Error("Invalid private key");var a=${filler(60_000)};cert({privateKey:"-----BEGIN PRIVATE KEY-----\\n${body}\\n-----END PRIVATE KEY-----\\n"});`
    expect(scan('dist/server/chunk.mjs', `${line}\n`)).toContainEqual(['private-key', 1])
  })

  test('a UTF-16 table is read as a table (SQL Server Management Studio saves scripts as Unicode)', () => {
    const csv = expandTemplate('id,login,password\r\n1,ann,{alnum:12}7#\r\n', rand)
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv, 'utf16le')])
    const files = applyFilters([addedBlobFile('exports/users.csv', bytes)]).files
    expect(files.flatMap(f => scanner.scanFile(f).map(m => [m.rule, m.line]))).toContainEqual(['password-assignment', 2])
  })
})
