/**
 * Accuracy table of the secrets engine against provider-documented formats, in the contexts credentials
 * really appear in (JSON, YAML, .env, Dockerfile ENV, shell export, k8s manifests), and against the
 * look-alikes that must stay quiet. Secrets are built at run time from templates (src/secrets/generate.ts)
 * so no secret-shaped literal lives in the repository; negatives are literal when they are public
 * documentation values.
 *
 * Decisions recorded here (and in rules/secrets/rules.yaml):
 * - `-----BEGIN ENCRYPTED PRIVATE KEY-----` (PKCS#8 encrypted) and PEM keys with `Proc-Type: 4,ENCRYPTED`
 *   are reported (rule private-key-encrypted, severity high): the passphrase can be attacked offline and
 *   often sits next to the key, so the key must be rotated all the same.
 * - Stripe test-mode keys (`sk_test_`, `rk_test_`) are reported with severity low: they read and write a
 *   real account's test-mode data (gitleaks reports them too).
 * - Base64-wrapped values in YAML (Kubernetes Secret `data:`) are also read decoded when they decode to one
 *   line of printable text (src/secrets/diff.ts unhiddenView; gitleaks does not by default): base64 is an
 *   encoding, so the Secret's value is in the change all the same. The base64 text itself is reported too when
 *   it sits under a secret-like key and is long and random enough (generic-yaml-secret).
 *   `stringData:` (plain text) is scanned like any YAML.
 * - Public keys, certificates and `ssh-rsa AAAA…` public keys are never reported.
 */
import { describe, expect, test } from '@jest/globals'
import { createScanner } from '../../src/secrets/index.js'
import { expandTemplate, seededRandom } from '../../src/secrets/generate.js'

const scanner = createScanner({ repo: 'acme/app' })

/** [name, template, expected rule, expected line (1-based), expected column (optional)] */
type Positive = [string, string, string, number, number?]

// Provider formats (documented shapes) in real-world contexts.
const positives: Positive[] = [
  // GitHub: ghp_/gho_/ghu_/ghs_/ghr_ + 36 base62, fine-grained github_pat_ 22 + '_' + 59.
  ['GitHub classic PAT in .env', 'GITHUB_TOKEN=ghp_{alnum:36}', 'github-pat', 1, 14],
  ['GitHub OAuth token in JSON', '{\n  "oauth": "gho_{alnum:36}"\n}', 'github-oauth-token', 2, 13],
  ['GitHub user-to-server token in YAML', 'auth:\n  token: ghu_{alnum:36}', 'github-user-to-server-token', 2, 10],
  ['GitHub installation token in shell export', 'export GH_TOKEN="ghs_{alnum:36}"', 'github-app-token', 1, 18],
  ['GitHub refresh token', 'refresh = "ghr_{alnum:36}"', 'github-refresh-token', 1, 12],
  ['GitHub token longer than 36 (GitHub reserves up to 255)', 'GH=ghp_{alnum:40}', 'github-pat', 1, 4],
  ['GitHub fine-grained PAT in Dockerfile ENV', 'FROM node:22\nENV GITHUB_TOKEN=github_pat_{alnum:22}_{alnum:59}', 'github-fine-grained-pat', 2, 18],
  ['GitHub PAT in a git remote URL', 'url = https://x-access-token:ghp_{alnum:36}@github.com/acme/app.git', 'github-pat', 1, 30],
  // GitLab: glpat- + 20, and routable tokens glpat-<payload>.<version>.<crc> (43 to 316 characters).
  ['GitLab PAT (20)', 'GITLAB_TOKEN=glpat-{b64url:20}', 'gitlab-pat', 1, 14],
  ['GitLab routable PAT', 'gitlab_token: glpat-{alnum:27}{b64url:40}.01.{alnum:9}', 'gitlab-pat', 1, 15],
  ['GitLab routable PAT, long payload', 'token = "glpat-{alnum:120}.01.{alnum:9}"', 'gitlab-pat', 1, 10],
  // Slack.
  ['Slack bot token in YAML', 'slack:\n  bot_token: "xoxb-{digits:12}-{digits:13}-{alnum:24}"', 'slack-bot-token', 2, 15],
  ['Slack user token', 'SLACK_USER_TOKEN=xoxp-{digits:12}-{digits:12}-{digits:13}-{hex:32}', 'slack-user-token', 1, 18],
  ['Slack rotating refresh token', 'refresh_token: xoxe-1-{alnumU:146}', 'slack-config-token', 1, 16],
  ['Slack rotating user token', 'access: xoxe.xoxp-1-{alnumU:150}', 'slack-config-token', 1, 9],
  ['Slack app-level token', 'SLACK_APP_TOKEN=xapp-1-A{alnumU:10}-{digits:13}-{hex:64}', 'slack-app-token', 1, 17],
  ['Slack webhook in JSON', '{"webhook": "https://hooks.slack.com/services/T{alnumU:8}/B{alnumU:10}/{alnum:24}"}', 'slack-webhook-url', 1, 47],
  // Stripe.
  ['Stripe live secret key', 'STRIPE_SECRET_KEY=sk_live_{alnum:99}', 'stripe-live-secret-key', 1, 19],
  ['Stripe restricted key', "stripe.api_key = 'rk_live_{alnum:24}'", 'stripe-live-restricted-key', 1, 19],
  ['Stripe webhook signing secret', 'STRIPE_WEBHOOK_SECRET=whsec_{alnum:32}', 'stripe-webhook-secret', 1, 23],
  ['Stripe test key (reported, low)', 'stripe_key: sk_test_{alnum:24}', 'stripe-test-secret-key', 1, 13],
  // OpenAI.
  ['OpenAI project key', 'OPENAI_API_KEY=sk-proj-{b64url:74}T3BlbkFJ{b64url:74}', 'openai-project-key', 1, 16],
  ['OpenAI service-account key', 'api_key: "sk-svcacct-{b64url:74}T3BlbkFJ{b64url:74}"', 'openai-service-account-key', 1, 11],
  ['OpenAI admin key', 'sk-admin-{b64url:74}T3BlbkFJ{b64url:74}', 'openai-admin-key', 1, 1],
  ['OpenAI legacy user key', 'openai.api_key = "sk-{alnum:20}T3BlbkFJ{alnum:20}"', 'openai-api-key-legacy', 1, 19],
  // Anthropic.
  ['Anthropic API key', 'ANTHROPIC_API_KEY=sk-ant-api03-{b64url:93}AA', 'anthropic-api-key', 1, 19],
  ['Anthropic admin key', '{"key": "sk-ant-admin01-{b64url:93}AA"}', 'anthropic-admin-key', 1, 10],
  // AWS.
  ['AWS access key id', 'aws_access_key_id = AKIA{b32:16}', 'aws-access-key-id', 1, 21],
  ['AWS temporary key id (ASIA)', 'AWS_ACCESS_KEY_ID=ASIA{b32:16}', 'aws-access-key-id', 1, 19],
  ['AWS key id ABIA', 'key: ABIA{b32:16}', 'aws-access-key-id', 1, 6],
  ['AWS key id ACCA', 'key: ACCA{b32:16}', 'aws-access-key-id', 1, 6],
  ['AWS secret access key in credentials file', '[default]\naws_secret_access_key = {b64:40}', 'aws-secret-access-key', 2, 25],
  // Google.
  ['Google API key', 'const key = "AIza{b64url:35}"', 'gcp-api-key', 1, 14],
  // Azure storage.
  [
    'Azure storage connection string',
    'DefaultEndpointsProtocol=https;AccountName=acme;AccountKey={b64:86}==;EndpointSuffix=core.windows.net',
    'azure-storage-account-key',
    1,
    60
  ],
  // Package registries and containers.
  ['npm token in .npmrc', '//registry.npmjs.org/:_authToken=npm_{alnum:36}', 'npm-access-token', 1, 34],
  ['PyPI token in .pypirc', '[pypi]\nusername = __token__\npassword = pypi-AgEIcHlwaS5vcmc{b64url:70}', 'pypi-token', 3, 12],
  ['Docker Hub PAT', 'echo dckr_pat_{b64url:27} | docker login -u acme --password-stdin', 'docker-hub-pat', 1, 6],
  // Messaging.
  ['Twilio API key SID', 'TWILIO_API_KEY=SK{hex:32}', 'twilio-api-key', 1, 16],
  ['SendGrid key', 'SENDGRID_API_KEY=SG.{b64url:22}.{b64url:43}', 'sendgrid-api-key', 1, 18],
  // Hugging Face.
  ['Hugging Face token', 'HF_TOKEN=hf_{alpha:34}', 'huggingface-token', 1, 10],
  ['Hugging Face token, 37 characters', 'hf = "hf_{alpha:37}"', 'huggingface-token', 1, 7],
  // Private keys: reported once, at the BEGIN line.
  ['RSA private key (PKCS#1)', '# deploy key\n-----BEGIN RSA PRIVATE KEY-----\n{pem:6}\n-----END RSA PRIVATE KEY-----', 'private-key', 2, 1],
  ['PKCS#8 private key', '-----BEGIN PRIVATE KEY-----\n{pem:6}\n-----END PRIVATE KEY-----', 'private-key', 1, 1],
  ['EC private key', 'x\n-----BEGIN EC PRIVATE KEY-----\n{pem:3}\n-----END EC PRIVATE KEY-----', 'private-key', 2, 1],
  [
    'OpenSSH private key',
    '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA{b64:40}\n{pem:4}\n-----END OPENSSH PRIVATE KEY-----',
    'private-key',
    1,
    1
  ],
  ['PGP private key block', '-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n{pem:5}\n-----END PGP PRIVATE KEY BLOCK-----', 'private-key', 1, 1],
  ['private key in a JSON string', '{"key": "-----BEGIN PRIVATE KEY-----\\n{pem:1}\\n{pem:1}\\n-----END PRIVATE KEY-----\\n"}', 'private-key', 1, 10],
  [
    'private key in a YAML block scalar',
    'tls:\n  key: |\n    -----BEGIN RSA PRIVATE KEY-----\n    {pem:1}\n    {pem:1}\n    -----END RSA PRIVATE KEY-----',
    'private-key',
    3,
    5
  ],
  ['encrypted PKCS#8 private key', '-----BEGIN ENCRYPTED PRIVATE KEY-----\n{pem:6}\n-----END ENCRYPTED PRIVATE KEY-----', 'private-key-encrypted', 1, 1],
  [
    'encrypted PKCS#1 private key',
    '-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,{HEX:32}\n\n{pem:6}\n-----END RSA PRIVATE KEY-----',
    'private-key-encrypted',
    1,
    1
  ],
  // JWT.
  ['JWT in an Authorization header', 'curl -H "Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ{b64url:60}.{b64url:43}"', 'jwt', 1, 32],
  // Database URL.
  ['Postgres URL with password', 'DATABASE_URL=postgres://app:{alnum:20}@db.internal:5432/app', 'database-url-password', 1, 29],
  // Generic assignments.
  ['k8s Secret data: base64 value reported as is, not decoded', 'kind: Secret\ndata:\n  password: {b64:32}', 'generic-yaml-secret', 3, 13],
  ['unquoted YAML secret (docker-compose)', 'services:\n  api:\n    environment:\n      CLIENT_SECRET: {alnum:40}', 'generic-yaml-secret', 4, 22],
  ['k8s Secret stringData', 'apiVersion: v1\nkind: Secret\nstringData:\n  api_key: "{alnum:32}"', 'generic-api-key', 4, 13],
  ['password in YAML', 'db:\n  password: "Q{alnum:12}7!"', 'generic-password', 2, 14]
]

// Look-alikes, placeholders and references: no finding at all.
const negatives: [string, string][] = [
  ['UUID', 'id: "{uuid}"'],
  ['UUID as a token name', 'session_token = "{uuid}"'],
  ['git SHA', 'commit {hex:40}'],
  ['git SHA assigned to a secret-like name', 'secret_sha = "{hex:40}"'],
  ['SHA-256 hex', 'sha256: {hex:64}'],
  ['SHA-256 digest of an image', 'image: ghcr.io/acme/app@sha256:{hex:64}'],
  ['lockfile integrity hash', '"integrity": "sha512-{b64:86}=="'],
  ['subresource integrity', '<script src="x.js" integrity="sha384-{b64:64}" crossorigin="anonymous"></script>'],
  ['data URI image', 'background: url("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA{b64:200}")'],
  ['minified JS identifiers', 'var a=function(t){return t.token=e.apiKey||n.secretKey,t.accessKey=r}'],
  ['AWS documentation access key id', 'aws_access_key_id = AKIAIOSFODNN7EXAMPLE'],
  ['AWS documentation secret key', 'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'],
  ['AWS documentation secret key in YAML', 'AWS_SECRET_ACCESS_KEY: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"'],
  ['GitHub docs placeholder of x', 'GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  ['GitHub docs placeholder of X', 'token: github_pat_XXXXXXXXXXXXXXXXXXXXXX_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX'],
  ['GitHub token named EXAMPLE', 'ghp_EXAMPLE{alnum:29}'],
  ['Stripe docs-style placeholder', "stripe.api_key = 'sk_live_...'"],
  ['Stripe placeholder of x', 'STRIPE_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx'],
  ['OpenAI docs placeholder', 'OPENAI_API_KEY="sk-proj-..."'],
  ['Anthropic placeholder', 'ANTHROPIC_API_KEY=sk-ant-api03-your-key-here'],
  ['Slack placeholder', 'SLACK_BOT_TOKEN=xoxb-your-bot-token'],
  ['test fixture named dummy', 'password = "dummy-password-123"'],
  ['test fixture named fake', 'api_key = "fake_api_key_1234567890"'],
  ['workflow secret expression', 'password: ${{ secrets.DB_PASSWORD }}'],
  ['workflow secret expression, token', 'token: ${{ secrets.GITHUB_TOKEN }}'],
  ['Python environment read', 'password = os.environ["DB_PASSWORD"]'],
  ['Python getenv', 'api_key = os.getenv("OPENAI_API_KEY")'],
  ['Helm template', 'password: "{{ .Values.db.password }}"'],
  ['Jinja template', 'secret_key = "{{ secret_key }}"'],
  ['shell variable', 'export API_TOKEN="${API_TOKEN}"'],
  ['Dockerfile ARG reference', 'ENV NPM_TOKEN=${NPM_TOKEN}'],
  ['Ruby ENV fetch', "secret = ENV.fetch('SECRET_KEY_BASE')"],
  ['Go os.Getenv', 'token := os.Getenv("GITHUB_TOKEN")'],
  ['Java System.getenv', 'String password = System.getenv("DB_PASSWORD");'],
  ['C# configuration', 'var key = Configuration["Stripe:SecretKey"];'],
  ['PHP env helper', "'secret' => env('APP_SECRET'),"],
  ['Terraform variable', 'password = var.db_password'],
  ['angle placeholder', 'api_key: <your-api-key>'],
  ['changeme', 'POSTGRES_PASSWORD=changeme'],
  ['redacted value', 'token: "********"'],
  ['Windows env reference', 'set API_KEY=%API_KEY%'],
  ['public key', '-----BEGIN PUBLIC KEY-----\n{pem:4}\n-----END PUBLIC KEY-----'],
  ['RSA public key', '-----BEGIN RSA PUBLIC KEY-----\n{pem:4}\n-----END RSA PUBLIC KEY-----'],
  ['certificate', '-----BEGIN CERTIFICATE-----\n{pem:10}\n-----END CERTIFICATE-----'],
  ['certificate request', '-----BEGIN CERTIFICATE REQUEST-----\n{pem:5}\n-----END CERTIFICATE REQUEST-----'],
  ['SSH public key', 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ{b64:300} user@host'],
  ['SSH ed25519 public key in authorized_keys', 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{b64:43} deploy@ci'],
  ['PGP public key block', '-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n{pem:5}\n-----END PGP PUBLIC KEY BLOCK-----'],
  ['private key header in docs, no body', 'The file must start with -----BEGIN PRIVATE KEY----- and end with the END line.'],
  ['base64 of text assigned to a secret name', `client_secret = "${Buffer.from('a perfectly ordinary sentence here').toString('base64')}"`]
]

describe('provider formats in real-world contexts are reported at the right place', () => {
  test.each(positives)('%s', (_name, template, rule, line, column) => {
    const text = expandTemplate(template, seededRandom(template.length))
    const found = scanner.scanText(text)
    const mine = found.filter(f => f.rule === rule)
    expect({ rules: found.map(f => f.rule), count: mine.length }).toEqual({ rules: expect.arrayContaining([rule]), count: 1 })
    expect(mine[0]?.line).toBe(line)
    if (column !== undefined) expect(mine[0]?.column).toBe(column)
  })
})

describe('look-alikes, placeholders and references are not reported', () => {
  test.each(negatives)('%s', (_name, template) => {
    const text = expandTemplate(template, seededRandom(template.length))
    expect(scanner.scanText(text).map(f => `${f.rule}@${f.line}:${f.column}`)).toEqual([])
  })
})

describe('diff positions: a key added as a block reports once, at its BEGIN line', () => {
  test('private key lines added together, inside a larger added block', async () => {
    const { applyFilters, parseUnifiedDiff } = await import('../../src/secrets/diff.js')
    const key = expandTemplate('-----BEGIN OPENSSH PRIVATE KEY-----\n{pem:8}\n-----END OPENSSH PRIVATE KEY-----', seededRandom(5))
    const body = ['# notes', ...key.split('\n'), 'done']
    const diff =
      'diff --git a/keys/id b/keys/id\n--- a/keys/id\n+++ b/keys/id\n' +
      '@@ -10,0 +11,1 @@\n+first\n' +
      `@@ -20,0 +22,${body.length} @@\n${body.map(l => `+${l}`).join('\n')}\n`
    const [file] = applyFilters(parseUnifiedDiff(diff)).files
    const found = scanner.scanFile(file)
    expect(found.map(f => [f.rule, f.line, f.column])).toEqual([['private-key', 23, 1]])
  })
  test('CRLF lines keep their columns', async () => {
    const { applyFilters, parseUnifiedDiff } = await import('../../src/secrets/diff.js')
    const v = expandTemplate('ghp_{alnum:36}', seededRandom(9))
    const diff = `diff --git a/a.env b/a.env\n--- a/a.env\n+++ b/a.env\n@@ -1,0 +2,2 @@\n+A=1\r\n+  GH=${v}\r\n`
    const [file] = applyFilters(parseUnifiedDiff(diff)).files
    expect(scanner.scanFile(file).map(f => [f.rule, f.line, f.column])).toEqual([['github-pat', 3, 6]])
  })
})
