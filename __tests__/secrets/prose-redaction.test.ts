/**
 * Free text kept as evidence (a PR's title and body, commit messages) goes through redactSecrets: every value
 * a rule finds, and a credential written in a sentence after its label (a cold tester's PR body
 * "DB password: <value>" reached record.json whole).
 */
import { describe, expect, test } from '@jest/globals'
import { generateKeyPairSync } from 'node:crypto'
import { redactSecrets } from '../../src/secrets/scanner.js'
import { expandTemplate, seededRandom } from '../../src/secrets/generate.js'

const rand = seededRandom(77)
const REPO = 'acme/app'

describe('credentials in prose are dropped from free text', () => {
  test.each([
    ['DB password: ', '{alnum:10}7!', '', 'password'],
    ['The staging password is ', '{alnum:9}3', '', 'password'],
    ['use passwd = ', '{alnum:8}#1', ' for now', 'passwd'],
    ['API key: ', '{alnum:24}', '', 'API key'],
    ['Temporary token: "', '{alnum:6}-{digits:4}', '"', 'token'],
    ['Secret was ', '{alnum:7}.{digits:3}', '', 'Secret'],
    ['credentials: ', '{lower:7}:{alnum:8}9', '', 'credentials'],
    ['admin passphrase: ', 'correcthorsebatterystaple', '', 'passphrase'],
    // YAML and SQL double a quote inside single quotes: the value runs on past it.
    ["db_password: '", "it''s{alnum:8}9", "'", 'db_password']
  ])('%s<value>%s', (before, template, after, label) => {
    const value = expandTemplate(template, rand)
    const text = `Deploy notes.\n${before}${value}${after}\nThanks!`
    const r = redactSecrets(text, REPO)
    expect(r.redacted).toBeGreaterThan(0)
    expect(r.text).not.toContain(value)
    expect(r.text).not.toContain(value.slice(4, 10))
    expect(r.text).toContain(label)
    expect(r.text).toContain('[redacted')
  })
})

describe('a credential written against another secret goes with it (cold test: the password stayed)', () => {
  test.each([
    ['a comma', ','],
    ['a literal backslash-n', '\\nSTRIPE='],
    ['nothing', '']
  ])('DB password: <password><%s>sk_live_<key>', (_name, between) => {
    const password = `${expandTemplate('{alnum:6}', rand)}!vT3#pLw9$Rm2`
    const key = `sk_live_${expandTemplate('{alnum:32}', rand)}`
    const r = redactSecrets(`Deploy notes.\nDB password: ${password}${between}${key}\nThanks!`, REPO)
    expect(r.text).toContain('DB password: ')
    expect(r.text).toContain('[redacted')
    for (const value of [password, key]) {
      expect(r.text).not.toContain(value.slice(5, 13))
      expect(r.text).not.toContain(value.slice(-8))
    }
  })
})

describe('third cold test: values after a name, cut short by a rule, or beside a key in a URL', () => {
  test.each([
    ['a name ending in PASSWORD, mid-line', 'x DB_PASSWORD={value}', ['x DB_PASSWORD=']],
    ['a value a rule cut at #', 'DB_PASSWORD={value} STRIPE_KEY=sk_live_{key}', ['DB_PASSWORD=', ' STRIPE_KEY=']],
    ['a password parameter after a key in a URL', 'https://x.example.com/?token=sk_live_{key}&pass={value}', ['https://x.example.com/?token=']]
  ])('%s', (_name, template, kept) => {
    const value = `${expandTemplate('{alnum:6}', rand)}!cLK#ydgZ$zOo`
    const key = expandTemplate('{alnum:32}', rand)
    const text = `Notes\n${template.replace('{value}', value).replace('{key}', key)}\nThanks`
    const r = redactSecrets(text, REPO)
    for (const piece of [value.slice(0, 8), value.slice(-8), key.slice(0, 8), key.slice(-8)]) expect(r.text).not.toContain(piece)
    for (const k of kept) expect(r.text).toContain(k)
  })

  test('a quoted password right after its label goes; a quoted name stays', () => {
    const value = `${expandTemplate('{alnum:5}', rand)}!sPe#mH7Z$nUC`
    const r = redactSecrets(`the secret \`${value}\` then restart`, REPO)
    expect(r.text).not.toContain(value.slice(0, 8))
    expect(r.text).not.toContain(value.slice(-8))
    expect(r.text).toContain('the secret `')
    for (const text of ['the token `GITHUB_TOKEN` is read from the environment', 'set the secret "DEPLOY_KEY" first', 'the password "changeme" is rejected'])
      expect(redactSecrets(text, REPO).text).toBe(text)
  })

  test('a name that only ends like one (PASSWORD_FILE) keeps its value', () => {
    expect(redactSecrets('mount PASSWORD_FILE=/run/secrets/db_password then start', REPO).text).toBe('mount PASSWORD_FILE=/run/secrets/db_password then start')
  })
})

describe('every value of a list goes, not the first alone (the second value stayed in record.json)', () => {
  const pw = () => `${expandTemplate('{alnum:5}', rand)}#${expandTemplate('{digits:2}', rand)}Qz!`
  test.each([
    ['a comma', 'passwords: {1}, {2}'],
    ['"or"', 'password: {1} or {2}'],
    ['semicolons, three values', 'passwords are {1}; {2}; {3}'],
    ['a qualifier in brackets, then "/ name:"', 'password (prod): {1} / staging: {2}'],
    ['a label without a separator, twice', 'old password {1}, new password {2}'],
    ['double quotes', 'passwords: "{1}", "{2}" done'],
    ['single quotes and "or"', "password: '{1}' or '{2}'"],
    ['backquotes', 'password: `{1}`, `{2}`'],
    ['after a key a rule redacted', 'DB password: sk_live_{key}, {1}'],
    ['an unclosed quote', 'password: "{1} then the rest']
  ])('%s', (_name, template) => {
    const values = [pw(), pw(), pw()]
    const key = expandTemplate('{alnum:32}', rand)
    const text = `Notes\n${template.replace('{1}', values[0]).replace('{2}', values[1]).replace('{3}', values[2]).replace('{key}', key)}\nThanks`
    const r = redactSecrets(text, REPO)
    const used = values.filter((_, i) => template.includes(`{${i + 1}}`))
    for (const v of used) {
      expect(r.text).not.toContain(v.slice(1, 7))
      expect(r.text).not.toContain(v.slice(-6))
    }
    expect(r.text).toContain('[redacted')
    expect(r.text.startsWith('Notes\n')).toBe(true)
    expect(r.text.endsWith('\nThanks')).toBe(true)
  })

  test('a sentence after the value stays', () => {
    const value = pw()
    const r = redactSecrets(`password: ${value}, see the docs for rotation`, REPO)
    expect(r.text).not.toContain(value.slice(1, 7))
    expect(r.text).toMatch(/\[redacted prose-credential\], see the docs for rotation$/)
  })
})

describe('second cold test of PR text: Markdown, tables, other languages, verbs, URLs, lines of their own', () => {
  const pw = () => `${expandTemplate('{alnum:4}', rand)}7#${expandTemplate('{alnum:4}', rand)}Qz`
  const token = () => `${expandTemplate('{upper:3}{lower:3}{digits:2}{alnum:12}', rand)}`
  test.each([
    ['a bold label', '**Password:** {1}'],
    ['a bold label in a list', '- **Password**: {1}'],
    ['an HTML bold label', '<b>Password:</b> {1}'],
    ['a table row', '| Password | `{1}` |'],
    ['a table column', '| Service | User | Password |\n|---|---|---|\n| Postgres | app | `{1}` |\n| Redis | default | {2} |'],
    ['German', 'Passwort: {1}'],
    ['Spanish', 'contraseña: {1}'],
    ['French', 'mot de passe : {1}'],
    ['Russian', 'пароль: {1}'],
    ['Japanese', 'パスワード：{1}'],
    ['pw', 'the admin pw is {1}'],
    ['secret key', 'secret key: {1}'],
    ['a dash', 'Temporary password - {1}'],
    ['an arrow', 'password → {1}'],
    ['set … to', 'I set the DB password to {1}'],
    ['a qualifier phrase', 'the password for svc-deploy is {1}'],
    ['a token of letters and digits, no separator', "Here's my token {T} please don't share"],
    ['a list after a rule-redacted value', 'password: {T}; backup: {T2}'],
    ['notes in brackets between values', 'password: {T} (prod) / {T2} (staging)'],
    ['name=value pairs', 'passwords: prod={T} staging={T2}'],
    ['a user, then the password', 'creds: deploy / {1}'],
    ['an account and a password', 'login with admin:{1}'],
    ['a quote inside the password', "DB password: Kq9'{1}"],
    ['an angle bracket inside the password', 'DB password: Kq9<{1}'],
    ['an @ in a URL password', 'https://user:{T}@{T2}@host.acme.io/'],
    ['an e-mail as the URL user', 'smtp://mailer@acme.io:{1}@smtp.acme.io:587'],
    ['a / in a URL password', 'postgres://app:{1}/x@db:5432/app'],
    ['user:password@host without a scheme', 'sftp backup:{1}@files.acme.io'],
    ['a label line, then the value', 'Password for the staging admin is below:\n\n    {T}'],
    ['a heading, then a code block', '#### Password\n```\n{1}\n```']
  ])('%s', (_name, template) => {
    const values = { '{1}': pw(), '{2}': pw(), '{T}': token(), '{T2}': token() }
    let text = template
    for (const [k, v] of Object.entries(values)) text = text.split(k).join(v)
    const r = redactSecrets(`Notes\n${text}\nThanks`, REPO)
    for (const [k, v] of Object.entries(values)) if (template.includes(k)) expect(r.text).not.toContain(v.slice(1, 7))
    expect(r.text).toContain('[redacted')
  })

  test.each([
    'The token is `GITHUB_TOKEN` from the workflow',
    'token: GITHUB_TOKEN (default permissions)',
    'secret: secrets.NPM_TOKEN',
    'password: env.DB_PASSWORD',
    'API key: process.env.STRIPE_KEY',
    'credentials: ~/.aws/credentials',
    'private key: deploy.pem',
    'token: v2.3.1-rc1',
    'The token is JWT-signed with RS256',
    'password: foo.bar@acme.io is the account to ask',
    'The token was rotated yesterday.',
    '| Name | Password policy |\n|---|---|\n| staff | rotated yearly |'
  ])('stays as written: %s', text => {
    expect(redactSecrets(text, REPO)).toEqual({ text, redacted: 0 })
  })
})

describe('third cold test of PR text: long values, markup, headers, YAML blocks, code after a label', () => {
  const token = (n: number) => expandTemplate(`{alnum:${n}}`, rand)
  test.each([
    ['a 600-character value after a label', () => `password: ${token(600)}`],
    ['a 300-character token', () => `token: ${token(300)}`],
    ['an XML element named for it', () => `<password>${token(10)}7!x</password>`],
    ['an XML entry whose key names it', () => `<entry key="api.secret">${token(20)}7</entry>`],
    ['a Hibernate property', () => `<property name="hibernate.connection.password">${token(12)};#A-9</property>`],
    ['an input of type password', () => `<input type="password" value="${token(12)}9x">`],
    ['a meta named api-key', () => `<meta name="api-key" content="${token(30)}">`],
    ['a cookie header', () => `Cookie: session=${token(24)}7; csrftoken=${token(24)}7`],
    ['a Set-Cookie header', () => `Set-Cookie: JSESSIONID=${token(24)}7; Path=/`],
    ['a bearer token without its header', () => `curl with Bearer ${token(60)}`],
    ['a YAML block value', () => `db:\n  password: |\n    ${token(18)}7x`],
    ['"was … and is now …"', () => `The root password was ${token(12)}7x and is now ${token(12)}7x.`],
    ['a full-width equals sign', () => `password＝${token(14)}7x`],
    ['a quoted passphrase with spaces', () => `Server=db;User Id=sa;Password="Tr0ub4dor & ${token(8)}9x";`],
    ['a password ending in <', () => `password: ${token(13)}8<`],
    ['a password starting with >', () => `password: >${token(13)}8`],
    ['a semicolon after the label', () => `password; ${token(12)}7x`],
    ['an ellipsis after the label', () => `password... ${token(12)}7x`]
  ])('%s', (_name, make) => {
    const text = make()
    const values = [...text.matchAll(/[A-Za-z0-9]{12,}/g)]
      .map(m => m[0])
      .filter(v => /[0-9]/.test(v) && !/^(?:hibernate|connection|csrftoken|JSESSIONID)$/.test(v))
    const r = redactSecrets(`Notes\n${text}\nThanks`, REPO)
    for (const v of values) for (let i = 0; i + 8 <= v.length; i += 4) expect(r.text).not.toContain(v.slice(i, i + 8))
    expect(r.text).toContain('[redacted')
  })

  test.each([
    "apiKey: config.get('stripe.apiKey')",
    'password = getpass.getpass()',
    "password = request.form['password']",
    'api_key = settings.STRIPE_API_KEY',
    'password = var.db_password',
    'apiKey: z.string().min(32)',
    'Password: Optional[str] = None',
    "password: #{ENV['DB_PASS']}",
    'secret: !vault |',
    'Renamed `secretKey` → `secretAccessKey`',
    'The key is `user.name`.',
    'Key: docs/adr/0042-token-storage.md',
    'Secret: 2024-05-01T12:00:00Z',
    'API key: @acme/platform-team owns it',
    'key: com.acme.app.MainActivity',
    'key: SHIFT+ENTER',
    'key: -----BEGIN RSA PUBLIC KEY-----'
  ])('stays as written: %s', text => {
    expect(redactSecrets(text, REPO)).toEqual({ text, redacted: 0 })
  })
})

test('a table ends where the next begins: the cells of the next table are not the credential column', () => {
  const value = `${expandTemplate('{alnum:10}', rand)}7!`
  const text = `| Service | User | Password |\n|---|---|---|\n| db | app | ${value} |\n| Package | Channel | Version |\n|---|---|---|\n| gate | stable | release-2024.1 |`
  const r = redactSecrets(text, REPO)
  expect(r.text).not.toContain(value.slice(1, 8))
  expect(r.text).toContain('| gate | stable | release-2024.1 |')
})

describe('a private key pasted with a prefix on each line goes whole (cold test: a quoted key was stored as it was)', () => {
  const pem = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs1', format: 'pem' }).toString().trim()
  const body = pem.split('\n').slice(1, -1)
  test.each([
    ['a Markdown quote', (l: string[]) => l.map(x => `> ${x}`).join('\n')],
    ['shell comments', (l: string[]) => l.map(x => `# ${x}`).join('\n')],
    ['a table cell with <br>', (l: string[]) => `| key | ${l.join('<br>')} |`],
    ['a JSDoc block', (l: string[]) => l.map(x => ` * ${x}`).join('\n')]
  ])('%s', (_name, shape) => {
    const r = redactSecrets(`Old deploy key, now revoked:\n${shape(pem.split('\n'))}\nThanks`, REPO)
    for (const line of body) expect(r.text).not.toContain(line.slice(10, 26))
    expect(r.text).toContain('[redacted private-key]')
  })
})

describe('a hex key or auth token after its label with no separator goes (cold test: `with secret <32 hex>` stayed)', () => {
  test.each([
    ['Use the API key SK{hex:32} with secret ', '{hex:32}', ' for the webhook.'],
    ['Twilio auth token ', '{HEX:32}', ' rotated today.'],
    ['The client secret ', '{hex:40}', ' is in the vault now.']
  ])('%s<value>%s', (before, template, after) => {
    const value = expandTemplate(template, rand)
    const r = redactSecrets(`${before}${value}${after}`, REPO)
    expect(r.text).not.toContain(value.slice(4, 12))
    expect(r.text).toContain('[redacted')
    expect(r.text.endsWith(after)).toBe(true)
  })

  test.each([
    'Merged commit 9c1f4e7a2b5d8c0e3f6a9b2c5d8e1f4a01234567 into main.',
    'The token abcdefabcdefabcdefabcdefabcdefab is letters only.',
    'key 3AA5C34371567BD2 signs the release tags.'
  ])('a hex value without a label, of letters only, or short stays: %s', text => {
    expect(redactSecrets(text, REPO)).toEqual({ text, redacted: 0 })
  })
})

describe('a random token with no label goes (cold test: an AWS secret access key pasted alone stayed)', () => {
  test.each([
    ['The new one is ', '{alnum:20}/{alnum:9}+{alnum:9}', ' and the old one is revoked.'],
    ['', '{alnum:40}', ''],
    ['Use ', '{alnum:48}', '. Thanks!'],
    ['- ', '{alnum:22}_{alnum:21}-{alnum:8}', '\n- done']
  ])('%s<value>%s', (before, template, after) => {
    // A seeded random token of mixed case and digits (re-drawn until it has all three, as a generated key has).
    let value = expandTemplate(template, rand)
    while (!(/[a-z]/.test(value) && /[A-Z]/.test(value) && /[0-9]/.test(value))) value = expandTemplate(template, rand)
    const r = redactSecrets(`${before}${value}${after}`, REPO, { unlabeledTokens: true })
    expect(r.text).not.toContain(value.slice(4, 16))
    // Only in text people write: a value that is judged (an IaC attribute, a path) keeps an unlabeled token.
    if (before === '') expect(redactSecrets(value, REPO)).toEqual({ text: value, redacted: 0 })
    expect(r.text).toContain('[redacted')
    expect(r.text.endsWith(after)).toBe(true)
  })

  test.each([
    'Merged 9c1f4e7a2b5d8c0e3f6a9b2c5d8e1f4a01234567 and 550e8400-e29b-41d4-a716-446655440000 into main.',
    'Spec: https://docs.example.com/document/d/1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms/edit',
    'Moved src/components/settings/UserProfileSettings2FAView.tsx and lib/internal/TokenRefreshHandlerV2Impl.',
    'Renames createAuthenticatedHttpClientWithRetryPolicy2 in the client.',
    'The ENV var GITHUB_TOKEN_FOR_RELEASE_PLEASE_2024 is read once.'
  ])('names, links, SHAs, UUIDs and paths stay: %s', text => {
    expect(redactSecrets(text, REPO, { unlabeledTokens: true })).toEqual({ text, redacted: 0 })
  })
})

describe('prose about credentials stays as written', () => {
  test.each([
    'Fixes the password reset flow and token expiry handling.',
    'The token was rotated yesterday.',
    'password: see the vault entry',
    'Set the secret: ${{ secrets.DEPLOY_KEY }} in the workflow',
    'api key: https://console.example.com/keys',
    'password: <your password>',
    'Token is required for the upload step.',
    'Secrets are read from Vault; no password is stored here.',
    'Rotate the token, then restart the service and the workers.',
    'passwords: see the vault, or ask the on-call engineer',
    'The password (for staging) is in the vault.'
  ])('%s', text => {
    expect(redactSecrets(text, REPO)).toEqual({ text, redacted: 0 })
  })
})

describe('a secret written so a regex does not see it is redacted as it shows (cold attacker review, session 40)', () => {
  const token = () => expandTemplate('ghp_{alnum:36}', rand)
  test.each([
    ['a zero-width space inside', (t: string) => `fix ${t.slice(0, 10)}\u200b${t.slice(10)}`],
    ['a bidi override inside', (t: string) => `fix ${t.slice(0, 10)}\u202e${t.slice(10)}`],
    ['its first letter percent-encoded', (t: string) => `feat/%67${t.slice(1)}`]
  ])('%s', (_name, hide) => {
    const t = token()
    const out = redactSecrets(hide(t), REPO)
    expect(out.redacted).toBeGreaterThan(0)
    expect(out.text).not.toContain(t.slice(10))
    expect(out.text).not.toContain(t.slice(12, 30))
  })
  test('text with an escape but no secret is kept as written', () => {
    const text = 'Render the name with a soft\u00ad hyphen at 100%41 of width'
    expect(redactSecrets(text, REPO)).toEqual({ text, redacted: 0 })
  })
})
