/**
 * A cold tester's misses (issue 20, third round), each in a whole file beside its look-alikes. Shapes come from
 * public documentation and peers' rule lists: Jupyter's .ipynb format (nbformat: each source line a JSON string,
 * so quotes inside are escaped \"), HashiCorp Vault's token prefixes (hvs. service, hvb. batch, hvr. recovery;
 * the short hvs. + 24 form of root and dev-server tokens), Adafruit IO keys (aio_ + 28, as gitleaks and
 * Kingfisher match them), Azure Cosmos DB account keys (64 bytes base64, the SDKs' CosmosClient(endpoint, key),
 * the portal's PrimaryKey), libpq's password file (pgpass.conf on Windows, * wildcards), Oracle's JDBC thin URL
 * (user/password@//host:port/service and @host:port:SID), PgBouncer's auth_file ("user" "password", md5 and
 * SCRAM secrets), Ansible INI inventories (host variables on the host line), nginx proxy_set_header with Basic
 * credentials (detect-secrets' BasicAuth reads the same base64 user:password), and secrets people choose
 * themselves (letters, digits and a symbol) under secret and token names. The precision side: jwt.io's
 * example token and the notorious example passwords (password123, hunter2, secret123) in READMEs and tests.
 * Values are generated here with a seed of their own; the public example values are quoted as published.
 */
import { describe, expect, test } from '@jest/globals'
import { createScanner } from '../../src/secrets/index.js'
import { randomFrom, seededRandom } from '../../src/secrets/generate.js'

const scanner = createScanner({ repo: 'acme/app' })
const rand = seededRandom(2026)
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
const B64 = ALNUM + '+/'
const alnum = (n: number): string => randomFrom(rand, ALNUM, n - 1) + '7'
const lower = (n: number): string => randomFrom(rand, 'abcdefghijklmnopqrstuvwxyz', n)
const hex = (n: number): string => randomFrom(rand, '0123456789abcdef', n)
const digits = (n: number): string => randomFrom(rand, '123456789', n)
/** A Cosmos DB account key: 64 random bytes in base64. */
const cosmosKey = (): string => randomFrom(rand, B64, 85) + 'A=='
/** A secret a person picks: a capitalised word, digits, a symbol, a short word. */
const human = (): string => `${randomFrom(rand, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 1)}${lower(5)}${digits(4)}${randomFrom(rand, '!@#$&*?~', 1)}${lower(3)}`
const discordToken = (): string => `MT${alnum(24)}.${randomFrom(rand, ALNUM + '-_', 6)}.${randomFrom(rand, ALNUM + '-_', 38)}`

const JWT_IO =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c'

function findings(path: string, text: string) {
  const lines = text.split('\n')
  return scanner.scanFile({ path, text, lineNumbers: lines.map((_, i) => i + 1) })
}

/** Lines (1-based) of `text` the scanner reports. */
function reportedLines(path: string, text: string): number[] {
  return [...new Set(findings(path, text).map(f => f.line))].sort((a, b) => a - b)
}

/** The 1-based numbers of the lines marked with a trailing `  ⟵` (the marker is removed before scanning). */
function marked(text: string): { text: string; expected: number[] } {
  const expected: number[] = []
  const lines = text.split('\n').map((l, i) => {
    if (l.endsWith('  ⟵')) {
      expected.push(i + 1)
      return l.slice(0, -3)
    }
    return l
  })
  return { text: lines.join('\n'), expected }
}

describe('cold-tester misses are found on their line, look-alikes beside them are not', () => {
  const cases: [string, string, string][] = [
    [
      'Jupyter notebook: assignments inside JSON source strings (escaped quotes)',
      'notebooks/bot.ipynb',
      [
        '{',
        ' "cells": [',
        '  {',
        '   "cell_type": "code",',
        '   "source": [',
        '    "import os\\n",',
        `    "os.environ[\\"DISCORD_TOKEN\\"] = \\"${discordToken()}\\"\\n",  ⟵`,
        `    "API_KEY = \\"${alnum(32)}\\"\\n",  ⟵`,
        `    "password = \\"${human()}\\"\\n",  ⟵`,
        `    "db_password = \\"${alnum(12)}#\\"\\n",  ⟵`,
        '    "token = os.environ[\\"API_TOKEN\\"]\\n",',
        '    "password = getpass.getpass(\\"Password: \\")\\n",',
        '    "api_key = \\"${API_KEY}\\"\\n",',
        '    "print(\\"password = \\" + password)"',
        '   ]',
        '  }',
        ' ]',
        '}'
      ].join('\n')
    ],
    [
      'Jupyter notebook: provider rules read escaped quotes too (AWS, Django, Azure storage, Bearer header)',
      'notebooks/etl.ipynb',
      [
        '   "source": [',
        `    "AWS_SECRET_ACCESS_KEY = \\"${randomFrom(rand, B64, 39)}7\\"\\n",  ⟵`,
        `    "SECRET_KEY = \\"django-insecure-${lower(20)}!@#${lower(18)}\\"\\n",  ⟵`,
        `    "AZURE_STORAGE_KEY = \\"${cosmosKey()}\\"\\n",  ⟵`,
        `    "headers = {\\"Authorization\\": \\"Bearer ${alnum(40)}\\"}\\n",  ⟵`,
        '    "headers = {\\"Authorization\\": \\"Bearer \\" + token}\\n",',
        '    "SECRET_KEY = os.environ[\\"SECRET_KEY\\"]\\n"',
        '   ]'
      ].join('\n')
    ],
    [
      'HashiCorp Vault tokens: short and long service tokens, batch and recovery',
      '.github/workflows/deploy.yml',
      [
        'jobs:',
        '  deploy:',
        '    env:',
        `      VAULT_TOKEN: hvs.${alnum(24)}  ⟵`,
        '      VAULT_ADDR: https://vault.example.com:8200',
        '    steps:',
        `      - run: vault login hvs.${alnum(24)}  ⟵`,
        `      - run: VAULT_TOKEN=hvs.CAESI${randomFrom(rand, ALNUM + '-_', 99)} vault kv get secret/app  ⟵`,
        `      - run: VAULT_TOKEN=hvb.${randomFrom(rand, ALNUM + '-_', 150)} vault kv get secret/app  ⟵`,
        `      - run: vault operator raft snapshot save -token=hvr.${alnum(24)} s.snap  ⟵`,
        '      - run: vault login -method=github token="${{ secrets.GH_TOKEN }}"',
        `      - run: echo hvs.${lower(24)}`,
        `      - run: echo hvs.${alnum(12)}`
      ].join('\n')
    ],
    [
      'Adafruit IO keys',
      'firmware/config.h',
      [
        '#define IO_USERNAME "maker"',
        `#define IO_KEY "aio_${alnum(28)}"  ⟵`,
        `// ADAFRUIT_IO_KEY = "aio_${alnum(28)}"  ⟵`,
        `#define FEED "aio_${lower(12)}"`,
        '#define IO_KEY "aio_xxxxxxxxxxxxxxxxxxxxxxxxxxxx"'
      ].join('\n')
    ],
    [
      'Azure Cosmos DB account keys in a .env file',
      '.env',
      [
        'COSMOS_ENDPOINT=https://acme.documents.azure.com:443/',
        `COSMOS_KEY=${cosmosKey()}  ⟵`,
        `AZURE_COSMOS_SECONDARY_KEY=${cosmosKey()}  ⟵`,
        'COSMOS_DATABASE=orders',
        // The Cosmos DB emulator's well-known key, published in Microsoft's docs.
        'COSMOS_EMULATOR_KEY=C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw=='
      ].join('\n')
    ],
    [
      'Azure Cosmos DB account keys in appsettings.json and C#',
      'src/Api/appsettings.json',
      [
        '{',
        '  "CosmosDb": {',
        '    "Endpoint": "https://acme.documents.azure.com:443/",',
        `    "PrimaryKey": "${cosmosKey()}",  ⟵`,
        `    "ConnectionString": "AccountEndpoint=https://acme.documents.azure.com:443/;AccountKey=${cosmosKey()};"  ⟵`,
        '  },',
        '  "PrimaryKeyName": "id"',
        '}'
      ].join('\n')
    ],
    [
      'Azure Cosmos DB client built with a literal key',
      'src/Api/Program.cs',
      [
        `var client = new CosmosClient("https://acme.documents.azure.com:443/", "${cosmosKey()}");  ⟵`,
        'var other = new CosmosClient(endpoint, builder.Configuration["CosmosDb:PrimaryKey"]);',
        'var third = new CosmosClient(connectionString);'
      ].join('\n')
    ],
    [
      'pgpass.conf (Windows) with * fields',
      'Users/ops/AppData/Roaming/postgresql/pgpass.conf',
      [
        '# hostname:port:database:username:password',
        `db1.internal:5432:app:deploy:${alnum(12)}#  ⟵`,
        `*:*:*:replicator:${alnum(16)}  ⟵`,
        '*:*:*:postgres:*'
      ].join('\n')
    ],
    [
      'Oracle JDBC thin URLs with credentials',
      'src/main/resources/application.properties',
      [
        `spring.datasource.url=jdbc:oracle:thin:app/${alnum(12)}@//db.internal:1521/ORCLPDB1  ⟵`,
        `legacy.url=jdbc:oracle:thin:app/${alnum(10)}!@db.internal:1521:ORCL  ⟵`,
        'spring.datasource.url2=jdbc:oracle:thin:@//db.internal:1521/ORCLPDB1',
        'spring.datasource.url3=jdbc:oracle:thin:${DB_USER}/${DB_PASSWORD}@//db:1521/svc',
        'sample.url=jdbc:oracle:thin:scott/tiger@localhost:1521:orcl'
      ].join('\n')
    ],
    [
      'PgBouncer auth_file',
      'etc/pgbouncer/userlist.txt',
      [
        `"deploy" "${alnum(14)}"  ⟵`,
        `"admin" "md5${hex(32)}"  ⟵`,
        `"app" "SCRAM-SHA-256$4096:${randomFrom(rand, B64, 22)}==$${randomFrom(rand, B64, 43)}=:${randomFrom(rand, B64, 43)}="  ⟵`,
        ';; "user" "password"'
      ].join('\n')
    ],
    [
      'Ansible INI inventory: passwords among host variables',
      'inventory/production',
      [
        '[web]',
        `web1 ansible_host=10.0.0.5 ansible_user=deploy ansible_password=${alnum(12)}!  ⟵`,
        `web2 ansible_host=10.0.0.6 ansible_ssh_pass=${alnum(12)} ansible_port=22  ⟵`,
        `web3 ansible_host=10.0.0.7 ansible_become_password="${alnum(14)}"  ⟵`,
        'web4 ansible_host=10.0.0.8 ansible_password="{{ vault_web4_password }}"',
        'web5 ansible_host=10.0.0.9 ansible_user=deploy',
        '[web:vars]',
        'ansible_connection=ssh'
      ].join('\n')
    ],
    [
      'nginx proxy_set_header with Basic credentials',
      'etc/nginx/conf.d/upstream.conf',
      [
        'location /api/ {',
        '    proxy_pass http://backend;',
        `    proxy_set_header Authorization "Basic ${Buffer.from(`svc-api:${alnum(14)}`).toString('base64')}";  ⟵`,
        '    proxy_set_header Authorization $http_authorization;',
        '    proxy_set_header Authorization "";',
        '    proxy_set_header X-Real-IP $remote_addr;',
        '}'
      ].join('\n')
    ],
    [
      'human-chosen secrets under secret and token names (JSON)',
      'src/Api/appsettings.Production.json',
      [
        '{',
        '  "Jwt": {',
        `    "Secret": "${human()}",  ⟵`,
        '    "Issuer": "acme",',
        '    "ExpiryMinutes": "60"',
        '  },',
        '  "csrf_token_name": "csrf_token_2024!",',
        '  "max_tokens": "4096",',
        '  "tokenizer": "bert-base-uncased"',
        '}'
      ].join('\n')
    ],
    [
      'human-chosen secrets in .env, shell, TOML, Kotlin and YAML',
      'deploy/settings.env',
      [`export API_SECRET=${human()}  ⟵`, `SESSION_SECRET="${human()}"  ⟵`, 'SESSION_SECRET_NAME=prod-session', 'TOKEN_TTL=3600'].join('\n')
    ],
    [
      'TOML api_token',
      'config/app.toml',
      ['[service]', `api_token = "${human()}"  ⟵`, 'max_tokens = 4096', 'token_url = "https://auth.example.com/token"'].join('\n')
    ],
    [
      'Kotlin constant',
      'app/src/main/kotlin/Config.kt',
      [`val API_TOKEN = "${human()}"  ⟵`, 'val TOKEN_HEADER = "X-Api-Token"', 'val tokenizer = Tokenizer("bpe")'].join('\n')
    ],
    [
      'YAML token',
      'config/integrations.yml',
      ['slack:', `  token: ${human()}  ⟵`, '  channel: "#deploys"', 'llm:', '  max_tokens: 1024', '  token_limit: 8k!'].join('\n')
    ],
    [
      'documentation values: jwt.io example token, notorious example passwords',
      'README.md',
      [
        '## Calling the API',
        `curl -H "Authorization: Bearer ${JWT_IO}" https://api.example.com/me`,
        '```js',
        `const token = "${JWT_IO}";`,
        '```',
        '```yaml',
        "password: 'secret123'",
        '```',
        '```json',
        '{"user": "admin", "password": "password123"}',
        '{"user": "cthon98", "password": "hunter2"}',
        '```'
      ].join('\n')
    ]
  ]

  test.each(cases)('%s', (_name, path, source) => {
    const { text, expected } = marked(source)
    expect(reportedLines(path, text)).toEqual(expected)
  })
})

describe('rules and severities of the new shapes', () => {
  test('Vault tokens are critical, by their own rules', () => {
    expect(findings('ci.sh', `vault login hvs.${alnum(24)}`).map(f => [f.rule, f.severity])).toEqual([['vault-service-token', 'critical']])
    expect(findings('ci.sh', `export VAULT_TOKEN=hvr.${alnum(24)}`).map(f => f.rule)).toEqual(['vault-recovery-token'])
  })
  test('PgBouncer: a plain password is high, an md5 or SCRAM secret low', () => {
    const ms = findings('pgbouncer/userlist.txt', `"deploy" "${alnum(14)}"\n"admin" "md5${hex(32)}"`)
    expect(ms.map(f => [f.rule, f.severity])).toEqual([
      ['pgbouncer-userlist-password', 'high'],
      ['pgbouncer-userlist-hash', 'low']
    ])
  })
  test('the userlist shape is read only in a file named userlist.txt', () => {
    expect(findings('docs/pairs.txt', `"deploy" "${alnum(14)}"`)).toEqual([])
  })
  test('Cosmos DB keys are reported by the Cosmos rule, at critical', () => {
    expect(findings('.env', `COSMOS_KEY=${cosmosKey()}`).map(f => [f.rule, f.severity])).toEqual([['azure-cosmos-key', 'critical']])
  })
  test('no planted value appears in a finding', () => {
    const value = human()
    const ms = findings('config.toml', `api_token = "${value}"`)
    expect(ms).toHaveLength(1)
    expect(JSON.stringify(ms)).not.toContain(value)
  })
})
