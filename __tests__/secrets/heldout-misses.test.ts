/**
 * Held-out cases for the misses and false positives a cold test of the secrets engine found (issue 20):
 * letters-only passwords, Datadog keys, Kubernetes/compose environment pairs, credentials on command lines
 * and in histories, Cohere/Discord/GitHub's stateless installation tokens, base64 service-account files,
 * private keys built by string concatenation, .properties continuation lines and PHP arrays; then the
 * precision side: GitHub's token checksum, AWS presigned URLs, private_key_id, base64-heavy and minified
 * text. Shapes come from each vendor's documentation (Datadog API/app keys, Kubernetes EnvVar, Compose
 * `environment`, mysql(1), smbclient(1), ConvertTo-SecureString, Cohere's SDKs, Discord's Authorization
 * header, GitHub's token formats, Google's key files); values are generated here, with a seed of their own,
 * and nothing reads rules/secrets/rules.yaml. Each planted credential must be found on its line.
 *
 * Decisions recorded here (and beside each rule in rules/secrets/rules.yaml):
 * - Letters-only passwords (8 to 64 ASCII letters) are reported when quoted under a password name anywhere,
 *   and unquoted only in configuration formats (YAML, .env, INI, properties, TOML, shell, Dockerfile, .bat,
 *   credential dotfiles), where an unquoted word is a literal; never in i18n folders. Words that describe the
 *   field, translations of "password", identifiers and UI-string names are not passwords. Passphrases with
 *   spaces are not reported (too close to i18n labels).
 * - GitHub's and npm's 40-character tokens carry a CRC32; a look-alike failing it is reported all the same
 *   (its exact shape could be a mistyped real token, and testers' fakes have random checksums), at severity
 *   low with the reason in its description. TruffleHog drops them; gitleaks does not check.
 * - An AWS access key ID inside a SigV4 credential scope (presigned URL X-Amz-Credential, Authorization
 *   header Credential=) is not a finding: it is public by design and travels without its secret. A presigned
 *   URL with its X-Amz-Signature is reported once, severity low: a bearer credential for one request until it
 *   expires (at most 7 days), not a key to rotate.
 * - Cohere keys (40 alphanumerics, no prefix) stay anchored on "cohere"/CO_API_KEY, now up to 300 characters
 *   before the key: without a name they cannot be told from any other 40-character identifier.
 * - GitHub's stateless installation tokens (ghs_<app id>_<JWT>, rolled out from April 2026) are matched by
 *   their structure; they carry no CRC.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from '@jest/globals'
import { createScanner } from '../../src/secrets/index.js'
import { githubStyleToken } from '../../src/secrets/checksum.js'
import { Gen } from './fakes.js'

const scanner = createScanner({ repo: 'acme/app' })

function scan(path: string, text: string) {
  const body = text.endsWith('\n') ? text.slice(0, -1) : text
  return scanner.scanFile({ path, text: body, lineNumbers: body.split('\n').map((_, i) => i + 1) })
}

interface Case {
  group: string
  name: string
  path: string
  text: string
  /** Planted: the 1-based line the credential is on. */
  line?: number
  /** The value that must never appear in a finding. */
  value?: string
}

const WORDS = [
  'sunshine',
  'garden',
  'correct',
  'horse',
  'battery',
  'staple',
  'lantern',
  'harbor',
  'marmalade',
  'meadow',
  'river',
  'stone',
  'bridge',
  'tangerine',
  'cloud',
  'silver',
  'pinecone',
  'quiet',
  'mountain',
  'velvet',
  'orchard',
  'copper',
  'thunder',
  'willow'
]

function build(seed = 4711): { planted: Case[]; lookAlikes: Case[] } {
  const g = new Gen(seed)
  const planted: Case[] = []
  const lookAlikes: Case[] = []
  const add = (group: string, name: string, path: string, text: string, line: number, value: string) => planted.push({ group, name, path, text, line, value })
  const quiet = (group: string, name: string, path: string, text: string) => lookAlikes.push({ group, name, path, text })
  /** A passphrase of 2–3 words, letters only, sometimes capitalised (what people pick). */
  const words = () => {
    const n = 2 + g.int(2)
    let w = ''
    for (let i = 0; i < n; i++) w += g.pick(WORDS)
    return g.int(2) === 0 ? w : w[0].toUpperCase() + w.slice(1)
  }
  const hex = (n: number) => g.hex(n)

  // 1. Letters-only passwords in the formats they are written in.
  for (let i = 0; i < 2; i++) {
    let w = words()
    add('letters-only', 'YAML password:', 'config/app.yml', `database:\n  host: db.internal\n  password: ${w}\n`, 3, w)
    w = words()
    add('letters-only', '.env DB_PASSWORD=', '.env', `DB_HOST=db.internal\nDB_PASSWORD=${w}\n`, 2, w)
    w = words()
    add('letters-only', 'INI password =', 'conf/app.ini', `[database]\nuser = app\npassword = ${w}\n`, 3, w)
    w = words()
    add(
      'letters-only',
      '.properties password=',
      'src/main/resources/application.properties',
      `spring.datasource.username=app\nspring.datasource.password=${w}\n`,
      2,
      w
    )
    w = words()
    add('letters-only', 'TOML quoted', 'config.toml', `[db]\npassword = "${w}"\n`, 2, w)
    w = words()
    add('letters-only', 'JSON', 'config/local.json', `{\n  "db": {\n    "user": "app",\n    "password": "${w}"\n  }\n}\n`, 4, w)
    w = words()
    add('letters-only', 'Python keyword argument', 'app/db.py', `conn = psycopg2.connect(host="db", user="app", password="${w}")\n`, 1, w)
    w = words()
    add(
      'letters-only',
      'compose environment map',
      'docker-compose.yml',
      `services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: ${w}\n`,
      5,
      w
    )
    w = words()
    add('letters-only', 'Dockerfile ENV', 'Dockerfile', `FROM mysql:8\nENV MYSQL_ROOT_PASSWORD=${w}\n`, 2, w)
    w = words()
    add('letters-only', 'shell export', 'scripts/env.sh', `export SMTP_PASSWORD='${w}'\n`, 1, w)
  }
  quiet(
    'letters-only',
    'Rails i18n (German)',
    'config/locales/de.yml',
    'de:\n  activerecord:\n    attributes:\n      user:\n        password: Passwort\n        current_password: Aktuelles\n'
  )
  quiet(
    'letters-only',
    'i18n JSON (Dutch)',
    'src/i18n/nl.json',
    '{"login": {"password": "Wachtwoord", "forgotPassword": "Vergeten", "showPassword": "Tonen"}}\n'
  )
  quiet('letters-only', 'label equals the name', 'src/locales/en.json', '{"password": "Password", "passwordHint": "Minimum twelve characters"}\n')
  quiet('letters-only', 'Ansible vault tag', 'group_vars/all.yml', 'db_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n')
  quiet('letters-only', 'pydantic type', 'app/settings.py', 'class Settings(BaseSettings):\n    password: SecretStr\n    user: str\n')
  quiet('letters-only', 'pydantic str', 'app/models.py', 'class Login(BaseModel):\n    password: str\n')
  quiet('letters-only', 'TypeScript field', 'src/types.ts', 'interface Creds {\n  password: string;\n  passwordConfirmation: string;\n}\n')
  quiet('letters-only', 'getpass', 'cli.py', 'password = getpass()\n')
  quiet('letters-only', 'variable reference', 'config/app.yml', 'password: ${DB_PASSWORD}\n')
  quiet('letters-only', 'angle placeholder', 'docs/setup.md', 'password: <password>\n')
  quiet('letters-only', 'changeme', '.env.example', 'DB_PASSWORD=changeme\n')
  quiet('letters-only', 'x placeholder', 'conf/app.ini', 'password = xxxxxxxxxx\n')
  quiet('letters-only', 'password: password', 'config/test.yml', 'password: password\n')
  quiet('letters-only', 'secret: true', 'config/app.yml', 'secret: true\npassword: required\n')
  quiet('letters-only', 'field kind', 'form.yml', 'fields:\n  - name: pwd\n    type: password\n    password: hidden\n')
  quiet('letters-only', 'Java variable', 'src/Main.java', 'String password = userInput;\n')
  quiet('letters-only', 'Google P12 password', 'src/auth.js', 'const P12_PASSWORD = "notasecret";\n')
  quiet('letters-only', 'options list', 'src/prompt.js', "// style: one of ('default', 'password', 'invisible')\n")

  // 2. Datadog: API key 32 hex, application key 40 hex.
  for (let i = 0; i < 2; i++) {
    let k = hex(32)
    add('datadog', 'DD_API_KEY in .env', '.env', `DD_SITE=datadoghq.eu\nDD_API_KEY=${k}\n`, 2, k)
    k = hex(40)
    add('datadog', 'DD_APP_KEY in .env', '.env', `DD_APP_KEY=${k}\n`, 1, k)
    k = hex(32)
    add(
      'datadog',
      'curl DD-API-KEY header',
      'scripts/metric.sh',
      `curl -X POST "https://api.datadoghq.com/api/v2/series" \\\n  -H "Content-Type: application/json" \\\n  -H "DD-API-KEY: ${k}" \\\n  -d @series.json\n`,
      3,
      k
    )
    k = hex(40)
    add(
      'datadog',
      'curl DD-APPLICATION-KEY header',
      'scripts/monitors.sh',
      `curl -s "https://api.datadoghq.com/api/v1/monitor" -H "DD-API-KEY: \${DD_API_KEY}" -H "DD-APPLICATION-KEY: ${k}"\n`,
      1,
      k
    )
    k = hex(32)
    add('datadog', 'Terraform provider block', 'main.tf', `provider "datadog" {\n  api_key = "${k}"\n  app_key = var.datadog_app_key\n}\n`, 2, k)
    k = hex(32)
    add('datadog', 'Helm values datadog.apiKey', 'values.yaml', `datadog:\n  apiKey: ${k}\n  site: datadoghq.com\n`, 2, k)
    k = hex(32)
    add('datadog', 'Agent datadog.yaml', 'etc/datadog-agent/datadog.yaml', `api_key: ${k}\nsite: datadoghq.com\n`, 1, k)
  }
  quiet('datadog', 'env reference', '.env.example', 'DD_API_KEY=${DD_API_KEY}\nDD_APP_KEY=<your-app-key>\n')
  quiet('datadog', 'header from env', 'scripts/m.sh', 'curl -H "DD-API-KEY: $DD_API_KEY" https://api.datadoghq.com/api/v1/validate\n')
  quiet('datadog', 'trace id', 'logs/sample.json', `{"dd.trace_id": "${hex(32)}", "dd.span_id": "${g.digits(19)}"}\n`)
  quiet('datadog', 'commit near datadog', 'CHANGELOG.md', `- datadog: bump agent to ${hex(40)}\n`)
  quiet('datadog', 'templated values', 'values.yaml', 'datadog:\n  apiKey: "{{ .Values.secrets.ddApiKey }}"\n')

  // 3. Kubernetes env pairs and compose environment lists.
  for (let i = 0; i < 2; i++) {
    let v = g.strongPassword()
    add(
      'k8s/compose',
      'Deployment env name/value',
      'k8s/deploy.yaml',
      `spec:\n  containers:\n    - name: api\n      image: acme/api:1.2\n      env:\n        - name: DB_PASSWORD\n          value: "${v}"\n`,
      7,
      v
    )
    v = g.alnum(32)
    add('k8s/compose', 'env API token, unquoted', 'k8s/worker.yaml', `env:\n- name: PAYMENTS_API_TOKEN\n  value: ${v}\n`, 3, v)
    v = words()
    add('k8s/compose', 'env password of words', 'charts/app/templates/job.yaml', `        - name: REDIS_PASSWORD\n          value: ${v}\n`, 2, v)
    v = g.humanPassword().replace(/[$"'#]/g, 'q')
    add(
      'k8s/compose',
      'compose list item',
      'docker-compose.yml',
      `services:\n  db:\n    image: postgres:16\n    environment:\n      - POSTGRES_USER=app\n      - POSTGRES_PASSWORD=${v}\n`,
      6,
      v
    )
    v = g.strongPassword()
    add('k8s/compose', 'compose list item, quoted', 'compose.yaml', `    environment:\n      - "MYSQL_ROOT_PASSWORD=${v}"\n`, 2, v)
    v = g.alnum(40)
    add('k8s/compose', 'compose list item, token', 'docker-compose.override.yml', `    environment:\n      - GITLAB_RUNNER_TOKEN=${v}\n`, 2, v)
  }
  quiet(
    'k8s/compose',
    'valueFrom secretKeyRef',
    'k8s/deploy.yaml',
    '        - name: DB_PASSWORD\n          valueFrom:\n            secretKeyRef:\n              name: db\n              key: password\n'
  )
  quiet('k8s/compose', 'dependent variable', 'k8s/deploy.yaml', '        - name: DB_PASSWORD\n          value: $(DB_PASSWORD_FROM_SECRET)\n')
  quiet(
    'k8s/compose',
    'Helm template value',
    'charts/app/templates/deploy.yaml',
    '        - name: DB_PASSWORD\n          value: {{ .Values.db.password | quote }}\n'
  )
  quiet('k8s/compose', 'password file path', 'docker-compose.yml', '    environment:\n      - POSTGRES_PASSWORD_FILE=/run/secrets/postgres_password\n')
  quiet('k8s/compose', 'compose variable', 'docker-compose.yml', '    environment:\n      - POSTGRES_PASSWORD=${POSTGRES_PASSWORD:?set it}\n')
  quiet('k8s/compose', 'compose dev default', 'docker-compose.yml', '    environment:\n      - POSTGRES_PASSWORD=postgres\n')
  quiet('k8s/compose', 'token TTL', 'k8s/deploy.yaml', '        - name: TOKEN_TTL_SECONDS\n          value: "3600"\n')

  // 4. Command lines and client histories.
  for (let i = 0; i < 2; i++) {
    let v = g.strongPassword().replace(/['\\]/g, 'k')
    add('cli', "mysql -p'…'", '.bash_history', `cd /srv/app\nmysql -h db1.internal -u root -p'${v}' shop\n`, 2, v)
    v = g.alnum(14)
    add('cli', 'mysqldump -p"…"', 'scripts/backup.sh', `mysqldump -u backup -p"${v}" --single-transaction shop > shop.sql\n`, 1, v)
    v = words().toLowerCase()
    add('cli', 'mysql -pword', '.zsh_history', `: 1700000000:0;mysql -uroot -p${v} -e 'show databases'\n`, 1, v)
    v = g.strongPassword().replace(/['"\\]/g, 'k')
    add('cli', '.mysql_history \\040', '.mysql_history', `_HiStOrY_V2_\nCREATE\\040USER\\040'app'@'%'\\040IDENTIFIED\\040BY\\040'${v}';\n`, 2, v)
    v = g.alnum(12)
    add('cli', 'smbclient -U user%pass', '.bash_history', `smbclient //fs01.corp.example.net/finance -U svc_backup%${v} -c 'ls'\n`, 1, v)
    v = g.strongPassword().replace(/['\\]/g, 'k')
    add(
      'cli',
      'ConvertTo-SecureString -AsPlainText',
      'deploy/Deploy.ps1',
      `$user = "CORP\\svc_deploy"\n$pass = ConvertTo-SecureString '${v}' -AsPlainText -Force\n$cred = New-Object System.Management.Automation.PSCredential($user, $pass)\n`,
      2,
      v
    )
  }
  quiet('cli', 'mysql prompts for the password', 'README.md', 'mysql -u root -p shop\n')
  quiet('cli', 'mysql -p from a variable', 'scripts/db.sh', 'mysql -u root -p"$MYSQL_PASSWORD" shop\n')
  quiet('cli', 'smbclient without password', 'docs/smb.md', 'smbclient //fs01/finance -U svc_backup\n')
  quiet(
    'cli',
    'SecureString from a variable',
    'deploy/Deploy.ps1',
    '$pass = ConvertTo-SecureString $env:DEPLOY_PASSWORD -AsPlainText -Force\n$p2 = Read-Host -AsSecureString\n'
  )
  quiet('cli', '.mysql_history without password', '.mysql_history', '_HiStOrY_V2_\nSELECT\\040*\\040FROM\\040users\\040LIMIT\\04010;\n')

  // 5. Cohere, Discord, GitHub stateless installation tokens.
  for (let i = 0; i < 2; i++) {
    let k = g.alnum(40)
    add('providers', 'Cohere client over lines', 'app/rerank.py', `import cohere\n\nco = cohere.ClientV2(\n    api_key="${k}",\n)\n`, 4, k)
    k = g.alnum(40)
    add(
      'providers',
      'CohereClient token (TypeScript)',
      'src/llm.ts',
      `import { CohereClient } from "cohere-ai";\n\nconst cohere = new CohereClient({\n  token: "${k}",\n});\n`,
      4,
      k
    )
    const id = Buffer.from(g.digits(19)).toString('base64').replace(/=+$/, '')
    let t = `${id}.${g.b64url(6)}.${g.b64url(38)}`
    add('providers', 'Discord Authorization: Bot', 'scripts/discord.sh', `curl -H "Authorization: Bot ${t}" https://discord.com/api/v10/users/@me\n`, 1, t)
    t = `${id}.${g.b64url(6)}.${g.b64url(27)}`
    add(
      'providers',
      'Discord headers map',
      'bot/api.py',
      `HEADERS = {"Authorization": "Bot ${t}", "User-Agent": "DiscordBot (https://example.net, 1.0)"}\n`,
      1,
      t
    )
    const b64url = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url')
    const jwt = `${b64url({ alg: 'RS256', typ: 'JWT' })}.${b64url({ iss: 'github', iid: Number(g.digits(8)), aid: Number(g.digits(7)), exp: 1780000000, perms: { contents: 'read', metadata: 'read' } })}.${g.b64url(342)}`
    t = `ghs_${g.digits(7)}_${jwt}`
    add('providers', 'GitHub stateless installation token', '.env', `GITHUB_TOKEN=${t}\n`, 1, t)
    t = githubStyleToken('ghs_', () => g.int(1_000_000) / 1_000_000)
    add('providers', 'GitHub classic installation token', 'ci/clone.sh', `git clone https://x-access-token:${t}@github.com/acme/app.git\n`, 1, t)
  }
  quiet('providers', 'Cohere key from env', 'app/rerank.py', 'import cohere\nco = cohere.ClientV2(api_key=os.environ["CO_API_KEY"])\n')
  quiet('providers', 'Cohere model id and commit', 'app/rerank.py', `# cohere rerank-v3.5\nREVISION = "${hex(40)}"\n`)
  quiet('providers', 'Discord token from env', 'bot/api.py', 'HEADERS = {"Authorization": f"Bot {os.environ[\'DISCORD_TOKEN\']}"}\n')
  quiet('providers', 'ghs_ placeholder', 'docs/auth.md', 'GITHUB_TOKEN=ghs_<installation-token>\n')

  // 6. Encodings and code shapes.
  for (let i = 0; i < 2; i++) {
    const body = Array.from({ length: 6 }, () => g.b64(48)).join('\n')
    const project = `proj-${g.chars('abcdefghijklmnopqrstuvwxyz', 6)}`
    const sa = {
      type: 'service_account',
      project_id: project,
      private_key_id: hex(40),
      private_key: `-----BEGIN PRIVATE KEY-----\n${body}\n-----END PRIVATE KEY-----\n`,
      client_email: `ci@${project}.iam.gserviceaccount.com`,
      client_id: g.digits(21)
    }
    let b = Buffer.from(JSON.stringify(sa, null, 2)).toString('base64')
    add(
      'encodings',
      'base64 service-account in a Secret',
      'k8s/gcp-secret.yaml',
      `apiVersion: v1\nkind: Secret\nmetadata:\n  name: gcp-sa\ndata:\n  key.json: ${b}\n`,
      6,
      b
    )
    b = Buffer.from(JSON.stringify(sa)).toString('base64')
    add('encodings', 'base64 service-account in .env', '.env', `GOOGLE_CREDENTIALS_B64=${b}\n`, 1, b)
    const key = Array.from({ length: 5 }, () => g.b64(48))
    add(
      'encodings',
      'JS concatenated RSA key',
      'src/sign.js',
      `const PRIVATE_KEY = '-----BEGIN RSA PRIVATE KEY-----\\n' +\n  '${key.join("\\n' +\n  '")}\\n' +\n  '-----END RSA PRIVATE KEY-----\\n';\n`,
      1,
      key[2]
    )
    add(
      'encodings',
      'Java concatenated EC key',
      'src/main/java/Keys.java',
      `static final String KEY = "-----BEGIN EC PRIVATE KEY-----\\n"\n    + "${key.slice(0, 3).join('\\n"\n    + "')}\\n"\n    + "-----END EC PRIVATE KEY-----";\n`,
      1,
      key[1]
    )
    let v = g.strongPassword().replace(/\\/g, 'k')
    add('encodings', '.properties continuation', 'src/main/resources/app.properties', `db.url=jdbc:postgresql://db/app\ndb.password=\\\n    ${v}\n`, 3, v)
    v = g.strongPassword().replace(/['\\]/g, 'k')
    add(
      'encodings',
      'PHP aligned array',
      'config/database.php',
      `<?php\nreturn [\n    'host'          => 'db.internal',\n    'password'      => '${v}',\n];\n`,
      4,
      v
    )
    v = words()
    add('encodings', 'PHP define, letters only', 'wp-config.php', `<?php\ndefine( 'DB_PASSWORD', '${v}' );\n`, 2, v)
    v = g.strongPassword().replace(/['\\]/g, 'k')
    add('encodings', "Laravel env('…', default)", 'config/mail.php', `    'password' => env('MAIL_PASSWORD', '${v}'),\n`, 1, v)
  }
  const noKey = Buffer.from(JSON.stringify({ type: 'service_account', project_id: 'demo', client_email: 'x@demo.iam.gserviceaccount.com' }, null, 2)).toString(
    'base64'
  )
  quiet('encodings', 'base64 service-account without key', 'k8s/sa.yaml', `data:\n  key.json: ${noKey}\n`)
  const cert = Buffer.from(`-----BEGIN CERTIFICATE-----\n${g.b64(48)}\n${g.b64(48)}\n-----END CERTIFICATE-----\n`).toString('base64')
  quiet('encodings', 'base64 certificate', 'k8s/tls.yaml', `data:\n  tls.crt: ${cert}\n`)
  quiet(
    'encodings',
    'concatenated public key',
    'src/verify.js',
    `const PUB = '-----BEGIN PUBLIC KEY-----\\n' +\n  '${g.b64(48)}\\n' +\n  '-----END PUBLIC KEY-----';\n`
  )
  quiet('encodings', 'continuation with a variable', 'app.properties', 'db.password=\\\n    ${DB_PASSWORD}\n')
  quiet('encodings', 'PHP array from env', 'config/database.php', "    'password'      => env('DB_PASSWORD'),\n")

  // 7–9. Precision: presigned URLs, service-account key ids.
  quiet(
    'precision',
    'presigned URL key id alone',
    'docs/s3.md',
    `https://acme.s3.amazonaws.com/a.zip?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}%2F20240101%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20240101T000000Z\n`
  )
  quiet(
    'precision',
    'SigV4 Authorization header',
    'docs/sigv4.md',
    `Authorization: AWS4-HMAC-SHA256 Credential=AKIA${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}/20240101/us-east-1/s3/aws4_request, SignedHeaders=host;x-amz-date, Signature=${hex(64)}\n`
  )
  quiet(
    'precision',
    'private_key_id alone',
    'gcp/meta.json',
    `{\n  "type": "service_account",\n  "private_key_id": "${hex(40)}",\n  "client_email": "x@demo.iam.gserviceaccount.com"\n}\n`
  )
  return { planted, lookAlikes }
}

const { planted, lookAlikes } = build()

describe('held-out cases for the cold test misses', () => {
  const rows = new Map<string, { found: number; total: number; misses: string[] }>()
  let found = 0
  const leaks: string[] = []
  for (const p of planted) {
    const ms = scan(p.path, p.text)
    const hit = ms.some(m => m.line === p.line)
    if (p.value && JSON.stringify(ms).includes(p.value)) leaks.push(p.name)
    const row = rows.get(p.group) ?? { found: 0, total: 0, misses: [] }
    row.total++
    if (hit) {
      row.found++
      found++
    } else row.misses.push(p.name)
    rows.set(p.group, row)
  }
  const reported = lookAlikes.map(l => ({ l, ms: scan(l.path, l.text) })).filter(x => x.ms.length > 0)
  const fpFindings = reported.reduce((n, x) => n + x.ms.length, 0)
  const precision = found / (found + fpFindings)

  test('report', () => {
    const lines = [...rows].map(([g, r]) => `${g.padEnd(14)} ${r.found}/${r.total}${r.misses.length ? `  missed: ${[...new Set(r.misses)].join('; ')}` : ''}`)
    lines.push(
      `recall ${((100 * found) / planted.length).toFixed(1)} % of ${planted.length}; precision ${(100 * precision).toFixed(1)} %; look-alikes reported ${reported.length}/${lookAlikes.length}: ${reported.map(x => `${x.l.group}/${x.l.name} (${x.ms.map(m => m.rule).join(',')})`).join('; ')}`
    )
    console.log(lines.join('\n'))
  })
  test('recall >= 98 %', () => expect(found / planted.length).toBeGreaterThanOrEqual(0.98))
  test('precision >= 95 %', () => expect(precision).toBeGreaterThanOrEqual(0.95))
  test('no look-alike reported', () => expect(reported.map(x => `${x.l.group}/${x.l.name}`)).toEqual([]))
  test('no planted value appears in any finding', () => expect(leaks).toEqual([]))
})

describe('precision decisions', () => {
  const g = new Gen(99)
  test('GitHub tokens: an issued-shape token is critical, a look-alike failing the CRC32 is still reported at low', () => {
    const good = githubStyleToken('ghp_', () => g.int(1_000_000) / 1_000_000)
    expect(scan('.env', `GH_TOKEN=${good}\n`)).toEqual([expect.objectContaining({ rule: 'github-pat', severity: 'critical' })])
    // The shape GitHub's REST docs use in examples: ghp_ + 36 characters that no checksum ties together.
    const lookAlike = `ghp_${good.slice(4, 34)}${good.slice(34) === 'AAAAAA' ? 'BBBBBB' : 'AAAAAA'}`
    const docs = scan('docs/api.json', `{"token": "${lookAlike}"}\n`)
    expect(docs).toEqual([expect.objectContaining({ rule: 'github-pat', severity: 'low' })])
    // The very token GitHub's REST reference prints is an example, not reported (second held-out corpus).
    expect(scan('docs/api.json', '{"token": "ghs_16C7e42F292c6912E7710c838347Ae178B4a"}\n')).toEqual([])
  })
  test('AWS presigned URL: no access-key finding; the signed URL itself is reported once, at low', () => {
    const id = `AKIA${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`
    const url = `https://acme.s3.us-east-1.amazonaws.com/r.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${id}%2F20240101%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20240101T120000Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=${g.hex(64)}`
    const ms = scan('src/report.ts', `const url = "${url}"\n`)
    expect(ms.map(m => [m.rule, m.severity])).toEqual([['aws-presigned-url', 'low']])
    // The same key id next to its secret is a leak as before.
    expect(scan('.aws/credentials', `[default]\naws_access_key_id = ${id}\n`).map(m => m.rule)).toEqual(['aws-access-key-id'])
  })
  test('service-account JSON: the private key is the finding, private_key_id is not', () => {
    const body = Array.from({ length: 4 }, () => g.b64(48)).join('\\n')
    const text = `{\n  "type": "service_account",\n  "project_id": "demo",\n  "private_key_id": "${g.hex(40)}",\n  "private_key": "-----BEGIN PRIVATE KEY-----\\n${body}\\n-----END PRIVATE KEY-----\\n",\n  "client_email": "x@demo.iam.gserviceaccount.com"\n}\n`
    const ms = scan('gcp/key.json', text)
    expect(ms.map(m => [m.rule, m.line])).toEqual([['gcp-service-account-key', 5]])
  })
})

describe('base64-heavy, minified and lockfile text stays quiet', () => {
  const g = new Gen(1234)
  test('a 1 MB line of random base64, and one of base64 text under a key', () => {
    expect(scan('assets/blob.txt', g.b64(768 * 1024) + '\n')).toEqual([])
    const text = Buffer.from('lorem ipsum dolor sit amet '.repeat(40000)).toString('base64')
    expect(scan('assets/data.json', `{"data": "${text}"}\n`)).toEqual([])
  })
  test('data: URIs and source maps full of base64', () => {
    expect(scan('dist/app.css', `.logo{background:url(data:image/png;base64,${g.b64(200_000)})}\n`)).toEqual([])
    expect(
      scan('dist/app.js.map', `{"version":3,"mappings":"${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/,;', 300_000)}"}\n`)
    ).toEqual([])
  })
  test("this repository's package-lock.json and the minified files in node_modules", () => {
    const lock = readFileSync('package-lock.json', 'utf8')
    expect(scanner.scanFile({ path: 'package-lock.json', text: lock, lineNumbers: lock.split('\n').map((_, i) => i + 1), lockfile: true })).toEqual([])
    const minified: string[] = []
    const walk = (d: string, depth: number) => {
      if (depth > 6 || minified.length >= 40) return
      for (const e of readdirSync(d, { withFileTypes: true })) {
        const p = join(d, e.name)
        if (e.isDirectory()) walk(p, depth + 1)
        else if (e.name.endsWith('.min.js') && statSync(p).size < 2_000_000) minified.push(p)
      }
    }
    walk('node_modules', 0)
    expect(minified.length).toBeGreaterThan(0)
    const hits = minified.flatMap(p => scan(p, readFileSync(p, 'utf8')).map(m => `${p}:${m.line} ${m.rule}`))
    expect(hits).toEqual([])
  })
})
