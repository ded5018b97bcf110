/**
 * A value that starts with a provider's prefix (`ghp_`, `glpat-`, `sk-ant-api03-`, `xoxb-`, `dop_v1_`, `AIza`…) is
 * that provider's token, whose format is documented. Read by a name = value, header, URL or constructor rule, it is
 * reported only when the provider's own rule finds the token in it (rules' `owns`): a token one character short,
 * one too long where the length is fixed, or in the wrong alphabet is a look-alike (a shortened documentation
 * example, a hand-redacted value), not a credential of an unknown format. Whole tokens in the same places are
 * reported, by the provider's rule. Formats are the vendors' published ones (GitHub's "token formats" post,
 * GitLab's token prefixes, Slack's token types, Anthropic/OpenAI/Hugging Face/Groq/DigitalOcean/npm/Docker Hub/
 * SendGrid/Google API key shapes); values are generated here.
 */
import { describe, expect, test } from '@jest/globals'
import { createScanner } from '../../src/secrets/index.js'
import { loadCustomRuleEngine } from '../../src/secrets/scanner.js'
import { expandTemplate, seededRandom } from '../../src/secrets/generate.js'

const scanner = createScanner({ repo: 'acme/app' })
const rand = seededRandom(0x5eed0)

function scan(path: string, text: string) {
  return scanner.scanFile({ path, text, lineNumbers: text.split('\n').map((_, i) => i + 1) })
}

/** Where a token stands: a .env line, a bearer header, a JSON field, an SDK constructor, a URL's password. */
const CARRIERS: [string, (v: string) => string][] = [
  ['.env', v => `API_TOKEN=${v}`],
  ['scripts/call.sh', v => `curl -H "Authorization: Bearer ${v}" https://api.example.com/v1/me`],
  ['config/settings.json', v => `{ "api_key": "${v}" }`],
  ['app/client.py', v => `client = Client(api_key="${v}")`],
  ['deploy/values.yaml', v => `token: ${v}`]
]

/** [rule, a whole token, look-alikes of it]: templates of generate.ts. */
const TOKENS: [string, string, string[]][] = [
  ['github-pat', 'ghp_{alnum:36}', ['ghp_{alnum:35}', 'ghp_{alnum:20}-{alnum:15}']],
  ['github-fine-grained-pat', 'github_pat_{alnum:22}_{alnum:59}', ['github_pat_{alnum:22}_{alnum:58}', 'github_pat_{alnum:21}_{alnum:59}']],
  ['gitlab-pat', 'glpat-{b64url:20}', ['glpat-{alnum:19}']],
  ['anthropic-api-key', 'sk-ant-api03-{b64url:93}AA', ['sk-ant-api03-{b64url:92}AA', 'sk-ant-api03-{b64url:40}+{b64url:52}AA']],
  ['openai-project-key', 'sk-proj-{b64url:74}T3BlbkFJ{b64url:74}', ['sk-proj-{b64url:35}']],
  ['huggingface-token', 'hf_{alpha:34}', ['hf_{alpha:31}{digits:3}', 'hf_{alpha:33}']],
  ['groq-api-key', 'gsk_{alnum:52}', ['gsk_{alnum:51}']],
  ['slack-bot-token', 'xoxb-{digits:12}-{digits:13}-{alnum:24}', ['xoxb-{digits:6}{alpha:6}-{digits:13}-{alnum:24}']],
  ['digitalocean-pat', 'dop_v1_{hex:64}', ['dop_v1_{hex:63}', 'dop_v1_{hex:61}ghj', 'dop_v1_{alnum:64}']],
  ['npm-access-token', 'npm_{alnum:36}', ['npm_{alnum:35}']],
  ['docker-hub-pat', 'dckr_pat_{b64url:27}', ['dckr_pat_{b64url:20}']],
  ['sendgrid-api-key', 'SG.{b64url:22}.{b64url:43}', ['SG.{b64url:22}.{b64url:42}']],
  ['gcp-api-key', 'AIza{b64url:35}', ['AIza{b64url:32}']],
  ['atlassian-api-token', 'ATATT3{b64url:177}={HEX:8}', ['ATATT3{b64url:60}+{b64url:60}+{b64url:60}+{HEX:4}']],
  ['devtools-api-token', 'napi_{alnum:64}', ['napi_{alnum:63}']],
  ['buildkite-token', 'bkua_{alnumL:40}', ['bkua_{alnumL:37}']],
  ['gitlab-pipeline-trigger-token', 'glptt-{hex:40}', ['glptt-{hex:37}', 'glptt-{hex:20}ghj{hex:17}']],
  ['gcp-oauth-client-secret', 'GOCSPX-{b64url:28}', ['GOCSPX-{b64url:23}']],
  ['grafana-service-account-token', 'glsa_{alnum:32}_{hex:8}', ['glsa_{alnum:27}_{hex:8}']],
  ['databricks-token', 'dapi{hex:32}', ['dapi{hex:31}']],
  ['brevo-api-key', 'xkeysib-{hex:64}-{alnum:16}', ['xkeysib-{hex:60}-{alnum:16}']],
  ['prefect-api-key', 'pnu_{alnum:36}', ['pnu_{alnum:33}']]
]

describe('a value with a provider prefix is judged by that provider format', () => {
  test.each(TOKENS)('%s: whole tokens are reported by their rule in every carrier', (rule, whole) => {
    for (const [path, carry] of CARRIERS) {
      const v = expandTemplate(whole, rand)
      const rules = scan(path, carry(v)).map(f => f.rule)
      if (!rules.includes(rule)) throw new Error(`${rule} not reported in ${path}: ${JSON.stringify(rules)}`)
    }
  })

  test.each(TOKENS)('%s: look-alikes (cut short, wrong alphabet) are reported by no rule', (rule, _whole, lookAlikes) => {
    for (const t of lookAlikes) {
      for (const [path, carry] of CARRIERS) {
        const found = scan(path, carry(expandTemplate(t, rand))).map(f => f.rule)
        if (found.length !== 0) throw new Error(`${rule}: look-alike ${t} in ${path} reported by ${JSON.stringify(found)}`)
      }
    }
  })

  test('a password that only begins like a token is still a password when no provider owns its prefix', () => {
    const found = scan('.env', `DB_PASSWORD=${expandTemplate('ghx_{alnum:30}', rand)}`)
    expect(found.map(f => f.rule)).toHaveLength(1)
  })

  test('a policy custom rule reports what its regex reads, owned prefixes aside', async () => {
    await loadCustomRuleEngine()
    const custom = createScanner({
      repo: 'acme/app',
      customRules: [{ id: 'acme-internal-ghp', regex: '(ghp_[A-Za-z0-9]{30,40})', keywords: ['ghp_'] }]
    })
    const text = `X=${expandTemplate('ghp_{alnum:35}', rand)}`
    expect(custom.customRuleErrors).toEqual([])
    const found = custom.scanFile({ path: '.env', text, lineNumbers: [1] }).map(f => f.rule)
    expect(found).toEqual(['acme-internal-ghp'])
  })

  test('with the provider rule disabled, its prefix is nobody’s: the name = value rules judge the value as before', () => {
    const without = createScanner({ repo: 'acme/app', disabledRules: ['github-pat'] })
    const text = `API_TOKEN=${expandTemplate('ghp_{alnum:35}', rand)}`
    expect(without.scanFile({ path: '.env', text, lineNumbers: [1] }).length).toBeGreaterThan(0)
  })

  test('a digest or fingerprint under a credential-sounding name is not the credential', () => {
    const cases: [string, string][] = [
      ['.env', 'API_KEY_SHA256={hex:64}'],
      ['.env', 'SIGNING_KEY_FINGERPRINT={HEX:40}'],
      ['src/main/resources/application.properties', 'credentials.file.md5={hex:32}'],
      ['k8s/secret.yaml', '  SECRETS_IMAGE_DIGEST: "ghcr.io/acme/secrets-sync@sha256:{hex:64}"'],
      ['.env', 'CLIENT_SECRET_CHECKSUM={hex:64}']
    ]
    for (const [path, t] of cases) expect([t, scan(path, expandTemplate(t, rand)).map(f => f.rule)]).toEqual([t, []])
  })

  test('a value far from the token shape (a password that begins like one) is judged by the rule reading it', () => {
    const cases: [string, string][] = [
      ['config.env', 'DATABASE_URL=postgres://app:ASIA-east-{alnum:12}@db.internal:5432/app'],
      ['config.env', 'SMTP_PASSWORD=SG.mailrelay.{alnum:10}'],
      ['config.env', 'ADMIN_PASSWORD="ASIAcup#2024-{alnum:5}"'],
      ['config.env', 'ADMIN_PASSWORD="AKIAcup#2024-{alnum:5}"'],
      ['config.env', 'DB_PASSWORD=dapi-Winter-{alnum:6}!'],
      ['config.env', 'export SUPABASE_ACCESS_TOKEN=sbp_oauth_{hex:40}'],
      ['scripts/hf.sh', 'curl -H "Authorization: Bearer hf_oauth_{alpha:34}" https://huggingface.co/api/whoami-v2']
    ]
    for (const [path, t] of cases) {
      const found = scan(path, expandTemplate(t, rand)).map(f => f.rule)
      if (found.length === 0) throw new Error(`not reported: ${t}`)
    }
  })
})
