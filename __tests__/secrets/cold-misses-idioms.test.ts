/**
 * A cold tester's misses (issue 20, audit of idiomatic code in 26 languages): a secret given as the fallback of an
 * environment variable read, assigned with R's <- or Perl's and Ruby's default-assignment operators, a Consul ACL
 * token, and a Composer token in composer.json's config section. Shapes from the languages' and tools' documentation
 * (Node's process.env, Python's os.getenv and os.environ.get, Lua's os.getenv, PHP's getenv and ?:, Kotlin's ?:,
 * C#'s Environment.GetEnvironmentVariable and ??, Perl's %ENV and //, R's Sys.getenv(unset =), django-environ's
 * env(default =); Consul's agent ACL configuration and HTTP API; Composer's config schema). Each whole file is
 * scanned beside its look-alike twin. Values are generated here with a seed of their own.
 */
import { describe, expect, test } from '@jest/globals'
import { createScanner } from '../../src/secrets/index.js'
import { randomFrom, seededRandom } from '../../src/secrets/generate.js'
import { applyFilters, wholeFile } from '../../src/secrets/diff.js'

const scanner = createScanner({ repo: 'acme/app' })
const rand = seededRandom(2035)
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
const alnum = (n: number): string => randomFrom(rand, ALNUM, n - 1) + '7'
const hex = (n: number): string => randomFrom(rand, '0123456789abcdef', n)
const uuid = (): string => `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`
const human = (): string => `${randomFrom(rand, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 1)}${randomFrom(rand, 'abcdefghijklmnopqrstuvwxyz', 5)}${hex(4)}!${alnum(3)}`

function findings(path: string, text: string) {
  const lines = text.split('\n')
  return scanner.scanFile({ path, text, lineNumbers: lines.map((_, i) => i + 1) })
}
/** The lines (1-based) of a file that a finding is reported on. */
const linesOf = (path: string, text: string) => [...new Set(findings(path, text).map(f => f.line))].sort((a, b) => a - b)

describe('a secret as the fallback of an environment variable read', () => {
  test('in JavaScript, Python, Lua, PHP, Kotlin, C#, Perl and R; not a placeholder, a URL or a call', () => {
    const cases: [string, string][] = [
      ['src/db.js', `import pg from 'pg'\nconst password = process.env.DB_PASSWORD || '${human()}'\nexport const pool = new pg.Pool({ password })`],
      ['weather.py', `import os\napi_key = os.getenv("OPENWEATHER_API_KEY") or "${hex(32)}"\n`],
      ['init.lua', `local redis = require("redis")\nlocal api_key = os.getenv("API_KEY") or "${hex(32)}"\n`],
      ['config.php', `<?php\n$secret = getenv('APP_SECRET') ?: '${alnum(32)}';\n`],
      ['Config.kt', `object Config {\n    val token = System.getenv("SLACK_TOKEN") ?: "${alnum(32)}"\n}`],
      ['Mail.cs', `using System;\nvar key = Environment.GetEnvironmentVariable("SENDGRID_API_KEY") ?? "${alnum(40)}";`],
      ['conf.pl', `use strict;\nmy $password = $ENV{DB_PASSWORD} // '${human()}';\n`],
      ['maps.R', `library(httr)\nkey <- Sys.getenv("MAPS_API_KEY", unset = "${alnum(32)}")\n`]
    ]
    for (const [path, text] of cases) expect({ path, lines: linesOf(path, text) }).toEqual({ path, lines: [2] })
    const safe: [string, string][] = [
      ['src/db.js', `const password = process.env.DB_PASSWORD || ''\nconst url = process.env.TOKEN_URL || 'https://auth.example.com/oauth/token'`],
      ['weather.py', `api_key = os.getenv("OPENWEATHER_API_KEY") or None\nregion = os.getenv("AWS_REGION") or "eu-west-1a"\n`],
      ['conf.pl', `my $password = $ENV{DB_PASSWORD} // 'changeme';\n`],
      ['maps.R', `key <- Sys.getenv("MAPS_API_KEY", unset = NA)\n`],
      ['settings.py', `SECRET_KEY = env("DJANGO_SECRET_KEY", default="your-secret-key-here")\n`]
    ]
    for (const [path, text] of safe) expect({ path, found: findings(path, text) }).toEqual({ path, found: [] })
  })
})

describe("R's <- and the default-assignment operators ||= and //=", () => {
  test('under a secret-like name, in R, Perl and Ruby; not a call, a URL or a split', () => {
    const r = `library(httr)\napi_key <- "${hex(32)}"\ndb_password <- "${human()}"\n`
    expect(linesOf('client.R', r)).toEqual([2, 3])
    const perl = `my %cfg;\n$cfg{db_pass} //= '${human()}';\n$cfg{'api_key'} ||= '${hex(32)}';\n`
    expect(linesOf('conf.pl', perl)).toEqual([2, 3])
    const safe = `db_password <- Sys.getenv("DB_PASSWORD")\ntoken_url <- "https://auth.example.com/oauth2/token"\ntokens <- strsplit(text, " ")\n$cfg{db_pass} //= 'changeme';\n`
    expect(findings('safe.R', safe)).toEqual([])
  })
})

describe('Consul ACL tokens', () => {
  test("in the agent's configuration, the X-Consul-Token header and the CLI's -token flag; not an accessor ID", () => {
    const hcl = `datacenter = "dc1"\nacl_master_token = "${uuid()}"\nacl {\n  enabled = true\n  tokens {\n    initial_management = "${uuid()}"\n  }\n}\n`
    expect(linesOf('consul.hcl', hcl)).toEqual([2, 6])
    expect(linesOf('check.sh', `curl -H "X-Consul-Token: ${uuid()}" http://127.0.0.1:8500/v1/agent/members\n`)).toEqual([1])
    expect(linesOf('read.sh', `consul acl token read -token=${uuid()} -id 2b5e8f1a\n`)).toEqual([1])
    const safe = `consul acl token read -id ${uuid()}\nacl_master_token = "\${CONSUL_MASTER_TOKEN}"\n  accessor_id = "${uuid()}"\n`
    expect(findings('read.sh', safe)).toEqual([])
  })
})

describe("Composer's tokens in composer.json's config section", () => {
  test('a bearer token keyed by its host is reported, at its line; package names, versions and other sections are not', () => {
    const composer = [
      '{',
      '  "name": "acme/site",',
      '  "require": { "php": "^8.2", "laravel/framework": "^11.0" },',
      '  "config": {',
      '    "bearer": {',
      `      "repo.packagist.com": "${hex(40)}"`,
      '    },',
      '    "github-oauth": {',
      `      "github.com": "${alnum(40)}"`,
      '    }',
      '  }',
      '}'
    ].join('\n')
    expect(linesOf('composer.json', composer)).toEqual([6, 9])
    const safe = composer
      .replace(/"repo\.packagist\.com": "[^"]+"/, '"repo.packagist.com": "${PACKAGIST_TOKEN}"')
      .replace(/"github\.com": "[^"]+"/, '"github.com": "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"')
    expect(findings('composer.json', safe)).toEqual([])
    // Dotted keys of composer.json's other sections (extra's patches, scripts) are no tokens: only the auth sections are read.
    const others = [
      '{',
      '  "extra": {',
      '    "patches": { "drupal/core": { "drupal-core.patch": "' + alnum(30) + '" } },',
      '    "drush": { "services": { "drush.services.yml": "drush_services_v10-compat" } },',
      '    "providers.cache": "Acme_Providers_Cache_V2"',
      '  }',
      '}'
    ].join('\n')
    expect(findings('composer.json', others)).toEqual([])
  })
})

describe('a Kubernetes Secret holding a whole file under one data key', () => {
  /** As the gate reads a file: its views (here the decoded YAML values) scanned with it. */
  const findings = (path: string, text: string) => applyFilters([wholeFile(path, text)]).files.flatMap(f => scanner.scanFile(f))
  test("each line of the decoded .env is read, at the data key's line; a binary value is not", () => {
    const stripe = `sk_live_${alnum(99)}`
    const env = Buffer.from(`NODE_ENV=production\nSTRIPE_SECRET_KEY=${stripe}\n`).toString('base64')
    const secret = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-env\ntype: Opaque\ndata:\n  .env: ${env}\n`
    const found = findings('k8s/app-env-secret.yaml', secret)
    expect(found.map(f => [f.rule, f.line])).toEqual([['stripe-live-secret-key', 7]])
    // Windows line ends decode the same.
    const crlf = Buffer.from(`NODE_ENV=production\r\nSTRIPE_SECRET_KEY=${stripe}\r\n`).toString('base64')
    expect(findings('k8s/app-env-secret.yaml', secret.replace(env, crlf)).map(f => [f.rule, f.line])).toEqual([['stripe-live-secret-key', 7]])
    // The decoded file's first line is a line of its own too (not read after the YAML key).
    const first = Buffer.from(`DB_PASSWORD=${alnum(10)}#2x\nAPP=1\n`).toString('base64')
    expect(findings('k8s/db.yaml', `kind: Secret\ndata:\n  first.env: ${first}\n`).map(f => f.line)).toEqual([3])
    // Bytes that are not text (a keystore, an image) are not read as lines.
    const binary = Buffer.from(Array.from({ length: 64 }, (_, i) => (i * 37) % 256)).toString('base64')
    expect(findings('k8s/keystore.yaml', `kind: Secret\ndata:\n  keystore.jks: ${binary}\n`)).toEqual([])
  })
})

describe('a 32-digit hex token whose entropy is under 3.3 (one random value in 60)', () => {
  test('is still reported under a token name; repeated digits are not', () => {
    // 32 hex digits measuring 3.19 bits a character, as a Twilio auth token did in a cold test.
    const lowish = 'c542750545175b034cb531b0b24383b8'.replace(/[0-9a-f]/g, c => '5b7e0d3a9c1f2468'['0123456789abcdef'.indexOf(c)])
    expect(findings('sms/sender.php', `<?php\n$sid = "AC${hex(32)}";\n$token = "${lowish}";\n`).map(f => f.line)).toEqual([3])
    expect(findings('sms/sender.php', `<?php\n$token = "${'ab12'.repeat(8)}";\n`)).toEqual([])
  })
})

describe('a shell default written ${NAME:=…} (assign the default)', () => {
  test('is reported once, with a preview of the value, not of its "=" (the Spring placeholder rule leaves := to the shell rules)', () => {
    const found = findings('ci.sh', `export API_TOKEN="\${API_TOKEN:=${alnum(14)}#3}"\n`)
    expect(found).toHaveLength(1)
    expect(found[0].rule).not.toBe('spring-property-default-credential')
    expect(found[0].preview.startsWith('=')).toBe(false)
  })
})
