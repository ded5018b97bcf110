import { describe, expect, test } from '@jest/globals'
import { createScanner, isPlaceholder, redactPreview, shannonEntropy, fingerprint } from '../../src/secrets/index.js'
import { loadCustomRuleEngine } from '../../src/secrets/scanner.js'
import { isStoredHash, isTimestamp } from '../../src/secrets/heuristics.js'
import { expandTemplate, randomFrom, seededRandom } from '../../src/secrets/generate.js'
import { generateKeyPairSync } from 'node:crypto'

const scanner = createScanner({ repo: 'acme/app' })
const rand = seededRandom(42)
const gen = (t: string) => expandTemplate(t, rand)

describe('placeholders and look-alikes are not reported', () => {
  const cases: [string, string][] = [
    ['AWS documentation key id', 'aws_access_key_id = AKIAIOSFODNN7EXAMPLE'],
    ['AWS documentation secret', 'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'],
    ['workflow expression', 'token: ${{ secrets.GITHUB_TOKEN }}'],
    ['shell variable', 'GITHUB_TOKEN=${GITHUB_TOKEN}'],
    ['angle placeholder', 'api_key: "<token>"'],
    ['x run', 'password = "xxxxxxxxxxxxxxxx"'],
    ['x run token', 'token = "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"'],
    ['changeme', 'SECRET_KEY=changeme'],
    ['your_api_key', 'api_key = "your_api_key_here"'],
    ['sequential', 'secret = "abcdefghijklmnop1234"'],
    ['uuid', gen('request_id = "{uuid}"')],
    ['uuid assigned to token', gen('correlation_token = "{uuid}"')],
    ['git sha', gen('commit: {hex:40}')],
    ['git sha in yaml', gen('sha: "{hex:40}"')],
    ['base64 of text', `data = "${Buffer.from('Hello world, this is an ordinary sentence of text.').toString('base64')}"`],
    ['base64 of text as secret', `secret = "${Buffer.from('this is just a sentence, nothing else').toString('base64')}"`],
    ['npm integrity', gen('"integrity": "sha512-{b64:86}=="')],
    ['yarn lock checksum', gen('  checksum: {hex:128}')],
    ['go.sum line', gen('golang.org/x/text v0.3.7 h1:{b64:43}=')],
    ['public key', gen('-----BEGIN PUBLIC KEY-----\n{pem:4}\n-----END PUBLIC KEY-----')],
    ['code using a token', 'const token = await getToken(scope)'],
    ['token type string', 'const tokenType = "punctuation"'],
    ['env reference', 'password: process.env.DB_PASSWORD'],
    ['template', 'password: "{{ .Values.password }}"']
  ]
  test.each(cases)('%s', (_name, text) => {
    expect(scanner.scanText(text)).toEqual([])
  })
})

describe('heuristics', () => {
  test('entropy', () => {
    expect(shannonEntropy('aaaa')).toBe(0)
    expect(shannonEntropy('abcd')).toBeCloseTo(2)
    expect(shannonEntropy(gen('{alnum:40}'))).toBeGreaterThan(4.5)
  })
  test('placeholder detection', () => {
    for (const v of [
      'EXAMPLE',
      'xxxxxxxx',
      '${VAR}',
      '<token>',
      'changeme',
      'your_api_key',
      'aaaaaaaaaaaa',
      '1234567890',
      '$TOKEN',
      '{{token}}',
      '%API_KEY%',
      'YOUR_PRIVATE_KEY',
      '0xYOUR_PRIVATE_KEY'
    ]) {
      expect(isPlaceholder(v)).toBe(true)
    }
    expect(isPlaceholder(gen('{alnum:36}'))).toBe(false)
  })
  test('a placeholder word counts as written (example, EXAMPLE, Example), not in a random mix of cases a real key holds by chance', () => {
    for (const v of ['AKIAIOSFODNN7EXAMPLE', 'sk_live_Example0123abcd', 'redacted-token', 'SAMPLE_KEY_1234', 'key-xxxx-9f2a', 'Dummy9f2aKq', 'lorem-ipsum']) {
      expect([v, isPlaceholder(v)]).toEqual([v, true])
    }
    // Cold test: a random 2048-bit PEM body held `LXxXxVs`, and a live key held `XxXx`: both went unreported.
    for (const v of [
      'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7LXxXxVsQ2mZ',
      'sk_live_51HqT2XxXxPq8vR3mKj9LwZ4dN6',
      'ghp_9sAmPlEk2Jq7Vx4RtW8zYb1Nc3Md5LfHg6Ps',
      'AbCdUmMy7Qz9RkW2pLx4Vn8Tj',
      'Q2hReDaCtEd9kLm4Np7Rs1Tv',
      // A token or an Ed25519 key body (33-64 characters) with four x's by chance (third cold test).
      'MC4CAQAwBQYDK2VwBCIEIxxxxq7Zp2LwVn8TjQz9RkW2pLx4Vn8TjAbC1dE2fG3h',
      // Key material (over 64 characters) with four x's of one case by chance (second cold test: 30 of 30 PEM keys missed).
      'MIIEowIBAAKCAQEAu7Zq9xxxxRk2pLw4Vn8TjQz9RkW2pLx4Vn8TjAbC1dE2fG3hI4jK5lM6nO7pQ8rS9tU0vW',
      'MIIEowIBAAKCAQEAu7Zq9XXXXRk2pLw4Vn8TjQz9RkW2pLx4Vn8TjAbC1dE2fG3hI4jK5lM6nO7pQ8rS9tU0vW'
    ]) {
      expect([v, isPlaceholder(v)]).toEqual([v, false])
    }
    // A mask in key material is a longer run: still a placeholder.
    expect(isPlaceholder('MIIEowIBAAKCAQEAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx')).toBe(true)
    expect(isPlaceholder('MIIEowIBAAKCAQEAu7Zq9xxxxxxxxRk2pLw4Vn8TjQz9RkW2pLx4Vn8TjAbC1dE2fG3hI4jK5lM6nO7pQ8rS9tU0vW')).toBe(true)
  })
  test('a placeholder phrase counts when each of its words is written as a word is (ChangeMe, YOUR_API_KEY), not in a mix made on purpose', () => {
    for (const v of [
      'changeme',
      'CHANGEME',
      'ChangeMe',
      'Change_Me',
      'changeit',
      'ChangeIt',
      'your_api_key',
      'YOUR_API_KEY',
      'YourApiKey',
      'yourPassword',
      'ReplaceMe',
      'insert-your-token',
      'NOT_REAL',
      'NotReal',
      'FooBar',
      'Fakefake'
    ]) {
      expect([v, isPlaceholder(v)]).toEqual([v, true])
    }
    // Cold test: a password written with a placeholder phrase in a mix of cases went unreported.
    for (const v of ['ChAnGeMe7!x9', 'cHaNgEmE#2024', 'yOuRaPiKeY9!', 'YoUr_PaSsWoRd_7x', 'rEpLaCeMe$42', 'nOtReAl!9xQ']) {
      expect([v, isPlaceholder(v)]).toEqual([v, false])
    }
  })
  test('a notorious example password counts as written; in a mix of cases made on purpose it is a password (cold test)', () => {
    for (const v of ['password123', 'Password123!', 'PASSWORD1', 'P@ssw0rd', 'Hunter2', 'QWERTY123']) expect([v, isPlaceholder(v)]).toEqual([v, true])
    for (const v of ['PaSsWoRd123!', 'SeCrEt123', 'LeTmEiN123', 'QwErTy12345!', 'AdMiN123!', 'hUnTeR2']) expect([v, isPlaceholder(v)]).toEqual([v, false])
  })
  test("GitHub's documented example token, Google's reCAPTCHA test secret and a token 'here' placeholder are examples (held-out look-alikes)", () => {
    for (const v of [
      'ghs_16C7e42F292c6912E7710c838347Ae178B4a',
      'ghu_16C7e42F292c6912E7710c838347Ae178B4a',
      '6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe',
      '3fa85f64-5717-4562-b3fc-2c963f66afa6',
      '123e4567-e89b-12d3-a456-426614174000',
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      'Harbor12345',
      'ghp_YourGitHubPersonalAccessTokenHere123',
      'API_KEY_HERE',
      'your-token-here'
    ])
      expect([v, isPlaceholder(v)]).toEqual([v, true])
  })
  test('angle brackets mark a template as a pair or at an edge; one inside a password is a character of it (cold test)', () => {
    for (const v of ['<your-token>', '<password>', 'sk_live_<key>', '<token', 'token>', '<TOKEN', 'API_KEY_HERE', 'key_Here'])
      expect([v, isPlaceholder(v)]).toEqual([v, true])
    for (const v of ['Kd8<vQ2!mZr4', 'Kd8>vQ2!mZr4', '<UDcmTqYEbwNhMh', 'bmaKmzEPUDysAx>']) expect([v, isPlaceholder(v)]).toEqual([v, false])
  })
  test("the alphabet in mixed case is documentation's filler (AWS CLI examples), not a random value (third-party corpus)", () => {
    for (const v of [
      'abCDeFGhiJKlmnOPqrSTuvwxYZ1aBCdEFghijK7LM51nOpqRSTuv3WxY3ZabC5dEFGhI2Jk3LmnoPQ6RST9',
      'AB1C2defGHijkLMNo3PqQRstUvwxyzaBCDEfghh4ijklMN5opqrStuVWxyzAbCDEfghIJ',
      'x9ZyXwVuT2xyzABCdefGHIjkl'
    ])
      expect([v, isPlaceholder(v)]).toEqual([v, true])
    for (const v of ['Abcdef@123', 'Abcdef123!', 'MyPass-Qrstuv9']) expect([v, isPlaceholder(v)]).toEqual([v, false])
    for (let k = 0; k < 2000; k++) {
      const v = gen('{alnum:40}')
      expect([v, isPlaceholder(v)]).toEqual([v, false])
    }
  })
  test("a whole value naming itself (Maven's some_passphrase, my_secret) is a placeholder; inside a longer password it is not (cold audit 14)", () => {
    for (const v of ['some_passphrase', 'my_password', 'MySecret', 'my-token1', 'SOME_KEY']) expect([v, isPlaceholder(v)]).toEqual([v, true])
    for (const v of ['awesome_password7!', 'my_password_Kq9x!2Lm', 'sOmE_pAsSpHrAsE']) expect([v, isPlaceholder(v)]).toEqual([v, false])
  })
  test('a date and time is never a credential', () => {
    for (const v of ['2022-03-16T03:45:09+00:00', '2024-01-31 12:00', '2026-12-05T22:58:34.123Z', '2026-12-05T22:58:34-0500'])
      expect([v, isTimestamp(v)]).toEqual([v, true])
    for (const v of ['2022-03-16', 'T03:45:09', gen('{alnum:24}')]) expect([v, isTimestamp(v)]).toEqual([v, false])
  })
  test('the notorious example passwords and the jwt.io example token are examples; passwords like them are not', () => {
    for (const v of [
      'password123',
      'Password123!',
      'hunter2',
      'secret123',
      'P@ssw0rd',
      'letmein1',
      'qwerty123',
      'admin123',
      'key-3ax6xnjp29jd6fds4gc373sgvjxteol0',
      'SW2YcwTIb9zpOOhoPsMm',
      'not_a_real_password',
      'fake_password_123'
    ]) {
      expect({ v, placeholder: isPlaceholder(v) }).toEqual({ v, placeholder: true })
    }
    // jwt.io's HS256 "John Doe" token, whole or as a Bearer value.
    expect(
      isPlaceholder(
        'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c'
      )
    ).toBe(true)
    for (const v of ['hunter22x!', 'Secret123Falcon!', 'password123' + gen('{alnum:6}'), 'Kestrel2024!', gen('{alnum:12}')]) {
      expect({ v, placeholder: isPlaceholder(v) }).toEqual({ v, placeholder: false })
    }
  })
  test('replace tokens, secret-store references and ciphertext kept in config are not credentials (cold audit 6)', () => {
    for (const v of [
      '@@STRIPE_SECRET_KEY@@',
      '__SMTP_PASSWORD__',
      '#{Octopus.Smtp.Password}',
      '%env(APP_SECRET)%',
      '%env(resolve:DATABASE_PASSWORD)%',
      'vault:secret/data/aws#AWS_SECRET_ACCESS_KEY',
      '>>vault:database/creds/app#password',
      'encrypted:' + gen('{b64:60}'),
      '![' + gen('{b64:32}') + ']',
      'ENC[AES256_GCM,data:' + gen('{b64:24}') + ',iv:' + gen('{b64:16}') + ']',
      'EJ[1:' + gen('{b64:43}') + '=:' + gen('{b64:32}') + ':' + gen('{b64:40}') + ']',
      'acme_[a-z0-9]{32}',
      'QWxhZGRpbjpvcGVuIHNlc2FtZQ==',
      'MWYyZDFlMmU2N2Rm'
    ]) {
      expect([v, isPlaceholder(v)]).toEqual([v, true])
    }
    // The published example values: RFC 6749's tokens, RFC 8032's first Ed25519 secret, the Cosmos DB emulator's key.
    for (const v of [
      '2YotnFZFEjr1zCsicMWpAA',
      'tGzv3JOkF0XG5Qx2TlKWIA',
      '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60',
      'JBSWY3DPEHPK3PXP',
      'h480djs93hd8',
      'yAnz5TF+lXXJte14tji3zlMNq+hd2rYUIgJBgB3fBmk=',
      'dXNlcm5hbWU6cGFzc3dvcmQ=',
      'Y2hhbmdlbWU=',
      'UkVQTEFDRV9NRQ==',
      '%kernel.project_dir%/config/jwt/private.pem',
      'xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvNKmPGJxWUtg6LnF5kejMRNNU3TGtRBeJgk33yuGBxrMPHi',
      'vagrant',
      'C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw=='
    ]) {
      expect([v, isPlaceholder(v)]).toEqual([v, true])
    }
    // Real values that only resemble them.
    for (const v of [gen('__{alnum:20}7'), gen('vault{alnum:20}9'), gen('{alnum:10}@@{alnum:10}'), gen('encrypted{alnum:20}')]) {
      expect([v, isPlaceholder(v)]).toEqual([v, false])
    }
  })
  test('templates and masks are recognised by their real shape, not by a stray `$(`, `%(` or `***`', () => {
    for (const v of [
      '$(DB_PASSWORD)',
      '$(pw)',
      'pre-$(Build.Token)',
      '$(cat /run/secrets/key)',
      '%(secret_key)s',
      '%(pw)r',
      '%API_KEY%',
      'C:\\Users\\%USERNAME%\\.ssh\\id_rsa',
      '****************',
      'sk-***',
      '***abcd',
      'ghp_****wxyz'
    ]) {
      expect([v, isPlaceholder(v)]).toEqual([v, true])
    }
    // Random-key fragments in Django's alphabet: template-like characters, no template.
    for (const v of [
      'ac^8wo14y^lbo$j7sd27+rpq@o0g%#0mw1^+sjhkd$(yj2kfh6',
      'q3%(k!9z@w2$(+x7&m=4*n^p_1)r8-e5%t6u0#y9i2o7a***s1',
      'zr%abc%9=+a7!@b#k2l4m6n8p0q1w3e5t7y9u2i4o6a8s0d2f',
      'sw0g*f$(e)9k2*&(9s3!g7f9^q8y5m5gu2$ygj!e%2=2v$tf15',
      // A generated password with `%H_%` in it: two characters between percent signs are no Windows variable.
      'LnIYV6%H_%m-OPvgVnio',
      'q8%X%r2!Tz%AB%k7'
    ]) {
      expect([v, isPlaceholder(v)]).toEqual([v, false])
    }
  })
  test('preview shows at most 4 characters, fewer for short values', () => {
    expect(redactPreview('ghp_abcdefghijklmnopqrstuvwxyz0123456789')).toBe('ghp_…')
    expect(redactPreview('abcdefghijkl')).toBe('a…')
    expect(redactPreview('abcdefg')).toBe('…')
    expect(redactPreview('abcdefghijklmnop')).toBe('ab…')
  })
  test('preview counts characters, not UTF-16 units: an astral character is never cut in half', () => {
    // 8 characters in 16 units: one character shown, whole.
    expect(redactPreview('😀😀😀😀😀😀😀😀')).toBe('😀…')
    // 7 characters in 14 units: below 8 characters, none shown.
    expect(redactPreview('😀😀😀😀😀😀😀')).toBe('…')
    expect(redactPreview('p😀ssw😀rd-l😀ng-v😀lue')).toBe('p😀…')
    // A lone surrogate is its own character.
    expect(redactPreview('\ud83dabcdefgh')).toBe('\ud83d…')
  })
  test('a value found on many lines has one preview and one fingerprint, and each line its own finding', () => {
    const scanner = createScanner({ repo: 'acme/app' })
    const found = scanner.scanText('password=Vq8#nLp2Zr6tWx\n'.repeat(500))
    expect(found).toHaveLength(500)
    expect(found.map(f => f.line)).toEqual(Array.from({ length: 500 }, (_, i) => i + 1))
    expect(new Set(found.map(f => `${f.rule} ${f.preview} ${f.fingerprint}`)).size).toBe(1)
    expect(found[0].fingerprint).toBe(fingerprint('acme/app', found[0].rule, 'Vq8#nLp2Zr6tWx'))
  })
  test('fingerprint is a keyed hash, stable, per repo and rule', () => {
    const a = fingerprint('acme/app', 'github-pat', 'v')
    expect(a).toMatch(/^[0-9a-f]{64}$/)
    expect(fingerprint('acme/app', 'github-pat', 'v')).toBe(a)
    expect(fingerprint('acme/other', 'github-pat', 'v')).not.toBe(a)
    expect(fingerprint('acme/app', 'gitlab-pat', 'v')).not.toBe(a)
  })
})

describe('Django SECRET_KEY', () => {
  // django.core.management.utils.get_random_secret_key(): 50 characters drawn from this alphabet.
  const DJANGO_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)'
  test('at least 98 % of 200 keys made like get_random_secret_key() are caught when assigned to SECRET_KEY', () => {
    const r = seededRandom(1977)
    let caught = 0
    const missed: string[] = []
    for (let i = 0; i < 200; i++) {
      const key = randomFrom(r, DJANGO_ALPHABET, 50)
      const q = i % 2 === 0 ? "'" : '"'
      const found = scanner.scanFile({ path: 'mysite/settings.py', text: `DEBUG = False\nSECRET_KEY = ${q}${key}${q}\n`, lineNumbers: [1, 2, 3] })
      if (found.some(f => f.line === 2)) caught++
      else missed.push(redactPreview(key))
      for (const f of found) expect(JSON.stringify(f)).not.toContain(key)
    }
    // Missed keys are named by preview only.
    expect({ caught, missed: caught >= 196 ? [] : missed }).toEqual({ caught: expect.any(Number), missed: [] })
  })
})

describe('positions', () => {
  test('line and column point at the secret; private keys at the BEGIN line', () => {
    const pat = gen('ghp_{alnum:36}')
    const text = ['line one', `  const t = "${pat}"`, '', '-----BEGIN RSA PRIVATE KEY-----', gen('{pem:5}'), '-----END RSA PRIVATE KEY-----'].join('\n')
    const found = scanner.scanText(text, 10)
    const gh = found.find(f => f.rule === 'github-pat')
    expect(gh).toMatchObject({ line: 11, column: 14, preview: 'ghp_…' })
    const pk = found.find(f => f.rule === 'private-key')
    expect(pk).toMatchObject({ line: 13, column: 1 })
  })
  test('a specific rule wins over the generic one on the same value', () => {
    const found = scanner.scanText(gen('api_token = "ghp_{alnum:36}"'))
    expect(found.map(f => f.rule)).toEqual(['github-pat'])
  })
  test('a Snyk token, a Netlify PAT, a Heroku key under its own name, a legacy OpenAI key and a Honeycomb ingest key are each one finding, not two rules on one span (cold audit 13)', () => {
    expect(scanner.scanText(gen('snyk_token = "{uuid}"')).map(f => f.rule)).toEqual(['snyk-api-token'])
    expect(scanner.scanText(gen('NETLIFY_AUTH_TOKEN=nfp_{alnum:36}')).map(f => f.rule)).toEqual(['netlify-pat'])
    expect(scanner.scanText(gen('# heroku api key\nHEROKU={uuid}')).map(f => f.rule)).toEqual(['heroku-api-key'])
    expect(scanner.scanText(gen('OPENAI_API_KEY=sk-{alnum:20}T3BlbkFJ{alnum:20}')).map(f => f.rule)).toEqual(['openai-api-key-legacy'])
    expect(scanner.scanText(gen('OTEL_EXPORTER_OTLP_HEADERS=x-honeycomb-team=hcaik_01{alnumL:56}')).map(f => f.rule)).toEqual(['devtools-api-token'])
  })
  test('an AWS secret beside its key id: by the pairing rule when unnamed, once by aws-secret-access-key when named', () => {
    const unnamed = scanner.scanText(gen('creds := credentials.NewStaticCredentialsProvider("AKIA{b32:16}", "{alnum:19}/{alnum:19}7", "")'))
    expect(unnamed.map(f => [f.rule, f.column])).toEqual([
      ['aws-access-key-id', 52],
      ['aws-secret-access-key-near-id', 76]
    ])
    const named = scanner.scanText(gen('boto3.client("s3", aws_access_key_id="AKIA{b32:16}", aws_secret_access_key="{alnum:19}+{alnum:19}7")'))
    expect(named.map(f => f.rule)).toEqual(['aws-access-key-id', 'aws-secret-access-key'])
  })
  test('unicode before the secret keeps UTF-16 columns', () => {
    const found = scanner.scanText(gen('// ünïcödé ✓ token: ghp_{alnum:36}'))
    expect(found[0]?.column).toBe(21)
  })
})

describe('entropy floors by length (cold audit 6)', () => {
  test('a short random token under a key name is found though its entropy is under the long-value floor', () => {
    // 20 letters and digits measuring 3.65 bits a character: under generic-api-key's 3.7, over log2(20) - 0.7.
    const found = scanner.scanText("def freshdeskApiKey = 'iYFbAYQcDYWFaBFUA50B'")
    expect(found.map(f => f.rule)).toEqual(['generic-api-key'])
  })
  test('a short value holding a word reads as a name, and password rules keep their floor', () => {
    // (secret-assignment, whose floor is 3.2 whatever the length, reads this one as it did before.)
    expect(scanner.scanText("      'secret_ref': 'V1SecretEnvSource'").map(f => f.rule)).not.toContain('generic-api-key')
    expect(scanner.scanText("            'MasterUserPassword': 'Password01',")).toEqual([])
  })
})

describe('custom rules (Go/RE2 syntax through re2js)', () => {
  test('before the RE2 engine is loaded, each custom rule is reported as one that does not compile (never skipped)', () => {
    const s = createScanner({ rules: [], customRules: [{ id: 'early', regex: '\\bZZ[0-9]{12}\\b' }] })
    expect(s.customRuleIds).toEqual([])
    expect(s.customRuleErrors).toEqual([{ id: 'early', error: expect.stringMatching(/RE2 engine .* not loaded/) as unknown as string }])
  })
  test('(?i) mid-pattern, keyword prefilter, entropy', async () => {
    await loadCustomRuleEngine()
    const s = createScanner({
      repo: 'acme/app',
      rules: [],
      customRules: [{ id: 'acme-internal', description: 'ACME internal token', regex: 'acme_(?i)tok_([a-z0-9]{24})\\b', keywords: ['acme_'], entropy: 3 }]
    })
    expect(s.customRuleIds).toEqual(['acme-internal'])
    const v = gen('{alnumL:24}')
    const found = s.scanText(`x = acme_TOK_${v.toUpperCase()}\ny = ACME_tok_${v}`)
    expect(found.map(f => [f.rule, f.line, f.column])).toEqual([['acme-internal', 1, 14]])
    // JS RegExp rejects this syntax; RE2 accepts it.
    // eslint-disable-next-line no-invalid-regexp -- invalid in JS on purpose
    expect(() => new RegExp('acme_(?i)tok_')).toThrow()
  })
  test('a custom rule without keywords runs on every line; a broken one is reported', () => {
    const s = createScanner({
      rules: [],
      customRules: [
        { id: 'nokw', regex: '\\bZZ[0-9]{12}\\b' },
        { id: 'broken', regex: '(unclosed' },
        { id: 'lookahead', regex: 'a(?=b)' }
      ]
    })
    expect(s.customRuleErrors.map(e => e.id).sort()).toEqual(['broken', 'lookahead'])
    expect(s.scanText(`a\nq = ZZ${gen('{digits:12}')}`).map(f => f.line)).toEqual([2])
  })
  test('inline allow comments are ignored by default and marked when enabled', () => {
    const line = gen('token = "ghp_{alnum:36}" # compliance-gate:allow-secret test fixture')
    expect(createScanner().scanText(line)[0]?.inline_allowed).toBeUndefined()
    expect(createScanner({ allowInlineComments: true }).scanText(line)[0]?.inline_allowed).toBe(true)
  })
  test('a marker on a comment line of its own allows the line below; a trailing marker allows only its own line', () => {
    const allowing = createScanner({ allowInlineComments: true })
    const own = gen('# compliance-gate:allow-secret test fixture\ntoken = "ghp_{alnum:36}"')
    expect(allowing.scanText(own).map(f => [f.line, f.inline_allowed])).toEqual([[2, true]])
    const trailing = gen('fixture = "ghp_{alnum:36}" # compliance-gate:allow-secret\nGITHUB_TOKEN=ghp_{alnum:36}')
    expect(allowing.scanText(trailing).map(f => [f.line, f.inline_allowed === true])).toEqual([
      [1, true],
      [2, false]
    ])
  })
})

describe('stored password hashes (isStoredHash): passed over by every generic rule', () => {
  test('the formats users tables, fixtures and configs keep; not a password, a digest or a cipher text', () => {
    for (const v of [
      gen('$2b$12${alnum:53}'),
      gen('$apr1${alnum:8}${alnum:22}'),
      gen('$6$rounds=5000${alnum:16}${alnum:86}'),
      gen('$argon2id$v=19$m=65536,t=3,p=4${b64:22}${b64:43}'),
      gen('$P$B{alnum:30}'),
      gen('$pbkdf2-sha256$29000${b64:22}${b64:43}'),
      gen('pbkdf2_sha256$720000${alnum:22}${b64:43}='),
      gen('pbkdf2:sha256:600000${alnum:16}${hex:64}'),
      gen('{SSHA}{b64:32}'),
      gen('SCRAM-SHA-256$4096:{b64:24}${b64:44}:{b64:44}'),
      gen('md5{hex:32}'),
      gen('*{HEX:40}'),
      gen('!{alnum:40}')
    ]) {
      expect([v, isStoredHash(v)]).toEqual([v, true])
    }
    for (const v of [gen('{alnum:12}$7x'), gen('sha512-{b64:86}=='), gen('{hex:64}'), gen('{noop}{alnum:12}!'), gen('ENC({b64:32})'), gen('!{alnum:12}7')]) {
      expect([v, isStoredHash(v)]).toEqual([v, false])
    }
    // Under a generic rule's name the hash is no finding; the same shape of value that is not a hash is.
    const django = gen('      "password": "pbkdf2_sha256$720000${alnum:22}${b64:43}=",')
    expect(scanner.scanText(django)).toEqual([])
    expect(scanner.scanText(gen('      "password": "{alnum:14}#7",')).length).toBe(1)
  })
})

describe("a run of a key's base64 body that reads like a token", () => {
  test('is part of the key: the key is reported at its BEGIN line, the run not at all', () => {
    const key = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString().trim()
    const lines = key.split('\n')
    // Near its end, a body line holding AKIA + 16 base32 letters between + and / (an AWS key ID's shape), as one
    // OpenSSH ECDSA key in 80 holds EAAA… (a Square token's) at a line's start.
    const at = lines.length - 3
    lines[at] = `${lines[at].slice(0, 20)}+AKIAJ7Q2M4XW5R6TPLZD/${lines[at].slice(42)}`
    const text = lines.join('\n')
    const found = createScanner({ repo: 'acme/app' }).scanFile({ path: 'deploy/id_key', text, lineNumbers: lines.map((_, i) => i + 1) })
    expect(found.map(f => [f.rule, f.line])).toEqual([['private-key', 1]])
  })
})
