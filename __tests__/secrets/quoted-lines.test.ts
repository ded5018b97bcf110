/**
 * Config lines embedded in quoted strings (issue 20). A line-anchored rule (`NAME=value` ending the line,
 * `requirepass value`, `api_key: …`) also reads the start of a quoted string as a line start and the closing
 * quote as a line end, so the same credential is found in docker/ECS/devcontainer JSON
 * (`"Env": ["POSTGRES_PASSWORD=…"]`, Docker's `Config.Env` and ECS's `environment` lists), a package.json
 * script string, a JS template literal or a TOML/Python list. The mechanism is spelled once in
 * rules/secrets/rules.yaml's header; this file checks that every line-anchored rule uses it, that each
 * rule's own single-line positives survive the embedding, and that look-alikes in quoted strings (UI labels,
 * format strings, concatenation) stay quiet.
 */
import { describe, expect, test } from '@jest/globals'
import { createScanner, loadBuiltinRules } from '../../src/secrets/index.js'
import { expandTemplate, seededRandom } from '../../src/secrets/generate.js'

const rules = loadBuiltinRules()
const START = '(?:^|[\\["\'`])'
const QUOTE_END = '["\'`]{1,2}[ \\t]*(?:[,\\]}].*)?$'

/** Positions of `^` and `$` used as anchors (outside character classes, not escaped). */
function anchors(src: string): { starts: number[]; ends: number[] } {
  const starts: number[] = []
  const ends: number[] = []
  let inClass = false
  for (let i = 0; i < src.length; i++) {
    const c = src[i]
    if (c === '\\') {
      i++
      continue
    }
    if (inClass) {
      if (c === ']') inClass = false
      continue
    }
    if (c === '[') {
      inClass = true
      if (src[i + 1] === '^') i++
      if (src[i + 1] === ']') i++
    } else if (c === '^') starts.push(i)
    else if (c === '$') ends.push(i)
  }
  return { starts, ends }
}

// Rules that end at the line end but already take anything after a closing quote, so need no quote end (as
// authorization-raw-key, whose value ends at a quote, a delimiter or the line's end); and
// dotenv-password-value, config-password-value and http-file-variable-credential, which read .env, configuration and
// .http files only, where a line is the whole assignment; and adjacent-field-credential, which reads lines of plain fields only (a line with brackets or
// braces, as a JSON string's is, is code to it); and bare-key-random-value, whose value takes its own optional quote, the
// same one on both sides, before the line's end; and composer-auth-bearer and nats-creds-file-seed, which read auth.json and
// NATS credentials files only, where a host and its token, or a seed, is a line of its own; and postfix-sasl-password,
// which reads Postfix SASL password maps only, a relay and its login a line; and caddy-dns-provider-token, which reads
// Caddyfiles only, a directive a line; and consul-agent-config-token, which reads HCL and Consul JSON files only, a
// setting a line; and restclient-basic-credentials, which reads .http and .rest request files only, a header a line; and
// azure-key-yaml and oci-config-pass-phrase, which read YAML files and OCI config files only, a setting a line.
const OWN_QUOTE_END = new Set([
  'postfix-sasl-password',
  'caddy-dns-provider-token',
  'consul-agent-config-token',
  'netrc-password',
  'dotenv-password-value',
  'config-password-value',
  'http-file-variable-credential',
  'adjacent-field-credential',
  'bare-key-random-value',
  'composer-auth-bearer',
  'nats-creds-file-seed',
  'restclient-basic-credentials',
  'authorization-raw-key',
  'azure-key-yaml',
  'oci-config-pass-phrase'
])
const lineAnchored = rules.filter(r => anchors(r.regex).ends.length > 0 && !OWN_QUOTE_END.has(r.id) && r.multiline !== true)

describe('line-anchored rules read a quoted string as a line', () => {
  test('the set of line-anchored rules is the expected one', () => {
    expect(lineAnchored.map(r => r.id).sort()).toEqual(
      [
        'circleci-cli-config-token',
        'codecov-yaml-token',
        'config-directive-credential',
        'curlrc-user-password',
        'datadog-agent-config-api-key',
        'generic-env-secret',
        'generic-yaml-secret',
        'htpasswd-des-crypt',
        'ldap-bind-password',
        'netrc-password-line',
        'npmrc-auth',
        'password-assignment',
        'password-config-words',
        'pgpass-password',
        'redis-conf-password',
        's3cfg-secret-key',
        'secret-assignment',
        'secret-assignment-human-unquoted',
        'secret-config-letters',
        'tls-psk-file-key',
        'wpa-supplicant-psk',
        'yaml-pass-key'
      ].sort()
    )
  })

  test.each(lineAnchored.map(r => [r.id, r] as const))('%s spells the quoted start and end the shared way', (_id, rule) => {
    const src = rule.regex.replace(/^\(\?i\)/, '')
    // Every line-end anchor has the closing-quote alternative beside it.
    expect(src.split(QUOTE_END).length - 1).toBeGreaterThanOrEqual(1)
    // Every line-start anchor is the shared start (a `(?:^|[^a-z0-9])` boundary is not a line start).
    for (const at of anchors(src).starts) {
      const isShared = src.slice(at - 3, at - 3 + START.length) === START
      const isBoundary = src.slice(at - 3, at + 2) === '(?:^|' && !src.slice(at + 2).startsWith('[\\["\'`]')
      expect({ at, ok: isShared || isBoundary }).toEqual({ at, ok: true })
    }
    expect(src.includes(START)).toBe(true)
  })
})

describe('each line-anchored rule finds its own positives embedded in quoted strings', () => {
  const embeddings: [string, (line: string) => string][] = [
    // JSON with the inner double quotes turned into single ones (as a hand-written JSON value often is).
    ['JSON string value', l => `  "env": "${l.replace(/"/g, "'")}",`],
    ['JSON array (docker/ECS/devcontainer Env)', l => `  "Env": ["${l.replace(/"/g, "'")}"],`],
    ['last element of an inline JSON object', l => `{"cmd": "${l.replace(/"/g, "'")}"}`],
    ['JS template literal', l => `  const cfg = \`${l}\``],
    ['single-quoted list element', l => `env = ['${l.replace(/'/g, '"')}']`]
  ]
  test.each(lineAnchored.map(r => [r.id, r] as const))('%s', (id, rule) => {
    const alone = createScanner({ repo: 'acme/app', rules: [rule] })
    const rand = seededRandom(2718)
    const path = rule.tests?.path ?? 'case.txt'
    const missed: string[] = []
    for (const t of rule.tests?.positives ?? []) {
      if (t.includes('\n')) continue
      const line = expandTemplate(t, rand).trim()
      // The same value as on the bare line (the fingerprint is keyed on it): never the closing quote or the
      // separator after it.
      const bare = new Set(alone.scanFile({ path, text: line, lineNumbers: [1] }).map(f => f.fingerprint))
      for (const [name, embed] of embeddings) {
        const found = alone.scanFile({ path, text: embed(line), lineNumbers: [1] })
        if (!found.some(f => bare.has(f.fingerprint))) missed.push(`${name}: ${t}`)
      }
    }
    expect({ id, missed }).toEqual({ id, missed: [] })
  })
})

describe('real shapes and their look-alikes', () => {
  const scanner = createScanner({ repo: 'acme/app' })
  const rulesOn = (path: string, line: string): string[] => scanner.scanFile({ path, text: line, lineNumbers: [1] }).map(f => f.rule)

  test.each([
    // Docker Engine API / `docker inspect` Config.Env, ECS container definitions, devcontainer.json containerEnv lists.
    ['container.json', '        "Env": ["POSTGRES_PASSWORD=Tq7vLm2Rx9Kd", "PGDATA=/var/lib/postgresql/data"],', 'password-assignment'],
    ['container.json', '    "Env": ["PATH=/usr/local/bin", "POSTGRES_PASSWORD=Tq7vLm2Rx9Kd"]', 'password-assignment'],
    ['devcontainer.json', '  "runArgs": ["--env", "API_TOKEN=f9Qm2LxT8vRk3WpZ7nHd4sYc"],', 'generic-env-secret'],
    ['ecs-task.json', '  "command": ["redis-server.conf", "requirepass Hq82mVt0LxZ4"],', 'redis-conf-password'],
    ['Pulumi.ts', '  const compose = `JWT_SECRET=f9Qm2LxT8vRk3WpZ7nHd4sYc1`', 'generic-env-secret'],
    ['pyproject.toml', "environment = ['SMTP_PASSWORD=Tq7vLm2Rx9Kd!']", 'password-assignment']
  ])('%s: %s', (path, line, rule) => {
    expect(rulesOn(path, line)).toContain(rule)
  })

  test.each([
    ['en.json', '  "passwordHint": "Password: at least 8 characters",'],
    ['en.json', '  "passwordLabel": "Password: required!",'],
    ['en.json', '  "tokenHelp": "Token: paste it here.",'],
    ['login.js', '  const q = "password=" + encodeURIComponent(pwd);'],
    ['db.js', '  logger.info("user=%s password=%s", user, pwd)'],
    ['db.js', '  const dsn = `password=${process.env.DB_PASSWORD}`'],
    ['cli.json', '  "usage": "--password=<password>",'],
    ['container.json', '  "Env": ["POSTGRES_PASSWORD=${POSTGRES_PASSWORD}"],'],
    ['container.json', '  "Env": ["POSTGRES_PASSWORD_FILE=/run/secrets/db_password"],'],
    ['redis.json', '  "docs": "requirepass foobared",'],
    ['redis.json', '  "requirepass": "is not set by default",'],
    ['settings.json', '  "secret_key": "config.secretKey",'],
    ['form.js', '  "placeholder": "password: ********",'],
    ['x.ts', '  throw new Error(`password: ${reason}`)']
  ])('not reported: %s %s', (path, line) => {
    expect(rulesOn(path, line)).toEqual([])
  })
})
