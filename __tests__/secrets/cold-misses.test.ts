/**
 * Misses a cold corpus found (issue 20), each in a whole file beside its look-alikes. Shapes come from the
 * vendors' and tools' documentation: Doppler's auth token formats (docs.doppler.com, "Auth Token Formats":
 * dp.ct/pt/st/sa/said/scim/audit, 40 to 44 characters, service tokens optionally carrying the config slug),
 * Heroku's legacy UUID API key and its dyno metadata (HEROKU_APP_ID, HEROKU_DYNO_ID are UUIDs too),
 * golang-jwt's HS256 examples (SignedString with a []byte key), lftp(1) `-u user[,pass]`, ncftpput(1) `-p`,
 * wget(1) `--ftp-password`, curl(1) `-u user:password`, Docker/ECS container `Env` lists and npm scripts.
 * Values are generated here with a seed of their own.
 */
import { describe, expect, test } from '@jest/globals'
import { createScanner } from '../../src/secrets/index.js'
import { randomFrom, seededRandom } from '../../src/secrets/generate.js'

const scanner = createScanner({ repo: 'acme/app' })
const rand = seededRandom(4242)
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
const alnum = (n: number): string => randomFrom(rand, ALNUM, n - 1) + '7'
const uuid = (): string => {
  const h = (n: number) => randomFrom(rand, '0123456789abcdef', n)
  return `${h(8)}-${h(4)}-4${h(3)}-a${h(3)}-${h(12)}`
}
const lower = (n: number): string => randomFrom(rand, 'abcdefghijklmnopqrstuvwxyz', n)

/** Lines (1-based) of `text` the scanner reports. */
function reportedLines(path: string, text: string): number[] {
  const lines = text.split('\n')
  return [...new Set(scanner.scanFile({ path, text, lineNumbers: lines.map((_, i) => i + 1) }).map(f => f.line))].sort((a, b) => a - b)
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

describe('cold-corpus misses are found on their line, look-alikes beside them are not', () => {
  const cases: [string, string, string][] = [
    [
      'Doppler tokens of every documented kind',
      '.env',
      [
        `DOPPLER_TOKEN=dp.st.prd.${alnum(43)}  ⟵`,
        `DOPPLER_CLI=dp.ct.${alnum(44)}  ⟵`,
        `DOPPLER_SA=dp.said.${alnum(42)}  ⟵`,
        `SCIM=dp.scim.${alnum(43)}  ⟵`,
        `AUDIT=dp.audit.${alnum(40)}  ⟵`,
        `DOPPLER_PROJECT=backend`,
        `DOPPLER_CONFIG=prd`,
        `SHORT=dp.st.prd.${alnum(20)}`
      ].join('\n')
    ],
    [
      'Heroku: a bare heroku name, a comment naming the key, dyno metadata beside it',
      'deploy/heroku.env',
      [
        `HEROKU=${uuid()}  ⟵`,
        '# Heroku API key for the deploy bot',
        `DEPLOY_KEY=${uuid()}  ⟵`,
        `HEROKU_APP_ID=${uuid()}`,
        `HEROKU_DYNO_ID=${uuid()}`,
        '# request correlation',
        `TRACE=${uuid()}`
      ].join('\n')
    ],
    [
      'Go JWT signing keys',
      'internal/auth/jwt.go',
      [
        'package auth',
        '',
        `var jwtKey = []byte("${alnum(32)}")  ⟵`,
        'var body = []byte("{\\"ok\\":true}")',
        `var mySigningKey = []byte("my_secret_key")`,
        'func sign(t *jwt.Token) (string, error) {',
        `\treturn t.SignedString([]byte("${alnum(24)}"))  ⟵`,
        '}',
        'var envKey = []byte(os.Getenv("JWT_KEY"))'
      ].join('\n')
    ],
    [
      'FTP passwords given as arguments',
      'scripts/publish.sh',
      [
        '#!/bin/sh',
        `lftp -u deploy,${alnum(14)} ftp.example.net <<EOF  ⟵`,
        'mirror -R dist /www',
        'EOF',
        `wget --ftp-user=deploy --ftp-password=${alnum(12)} ftp://ftp.example.net/site.zip  ⟵`,
        `ncftpput -u deploy -p ${alnum(12)} ftp.example.net /www dist/index.html  ⟵`,
        `curl -T dist.tgz -u deploy:${alnum(12)} ftp://ftp.example.net/incoming/  ⟵`,
        `ftp -u ftp://deploy:${alnum(18)}@192.0.2.10/incoming/ dist.tgz  ⟵`,
        'lftp -u "deploy,$FTP_PASSWORD" ftp.example.net',
        'wget --ftp-password="$FTP_PASSWORD" ftp://ftp.example.net/site.zip'
      ].join('\n')
    ],
    [
      'container Env lists and npm scripts',
      'package.json',
      [
        '{',
        '  "scripts": {',
        `    "start": "DB_PASSWORD=${alnum(14)} node server.js",  ⟵`,
        '    "dev": "DB_PASSWORD=$DB_PASSWORD nodemon server.js",',
        '    "test": "API_TOKEN=test-token-123 jest"',
        '  },',
        `  "containerEnv": ["POSTGRES_PASSWORD=${alnum(14)}", "PGDATA=/var/lib/postgresql/data"],  ⟵`,
        '  "hint": "Password: at least 8 characters"',
        '}'
      ].join('\n')
    ],
    [
      'passwords as words, plural names, dotted values',
      'config/app.json',
      [
        '{',
        `  "password": "${lower(7)}-${lower(5)}-${lower(7)}-${lower(6)}",  ⟵`,
        `  "pwd": "${randomFrom(rand, 'abcdefghijklmnopqrstuvwxyz', 1)}K2.hoFJ${lower(3)}3.FZ",  ⟵`,
        `  "smtp_passwords": "${alnum(12)}!",  ⟵`,
        '  "password_field": "user.password_hash",',
        '  "autocomplete": "new-password",',
        '  "pwd_source": "self.cfg.db2Secret",',
        '  "password": "two-words"',
        '}'
      ].join('\n')
    ],
    ['plural names in an env file', '.env', [`DB_PASSWORDS=${alnum(12)}#  ⟵`, `API_TOKENS=${alnum(30)}  ⟵`, 'PASSWORDS_MIN_LENGTH=12'].join('\n')]
  ]

  test.each(cases)('%s', (_name, path, source) => {
    const { text, expected } = marked(source)
    expect(reportedLines(path, text)).toEqual(expected)
  })
})
