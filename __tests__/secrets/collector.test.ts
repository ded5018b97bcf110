import { CONTROLS } from '../../src/controls/index.js'
import { describe, expect, test } from '@jest/globals'
import { collectSecrets, secretsCollector } from '../../src/collect/secrets.js'
import { secretsNoNewSecrets } from '../../src/controls/secrets-no-new-secrets.js'
import { fingerprint } from '../../src/secrets/index.js'
import { expandTemplateWithParts, seededRandom } from '../../src/secrets/generate.js'
import type { SecretsFacts } from '../../src/model/facts/secrets.js'
import { fakeApi, makeContext, makeRecord, makeRepo, write } from './helpers.js'

const rand = seededRandom(2026)
function plant(t: string): { text: string; parts: string[] } {
  return expandTemplateWithParts(t, rand)
}

describe('collector with a checkout', () => {
  test('collector metadata', () => {
    expect(secretsCollector.group).toBe('secrets')
    expect(CONTROLS.filter(c => c.meta.needs.includes('secrets')).map(c => c.meta.id)).toEqual(['secrets.no-new-secrets'])
  })

  test('baseline is read from the base commit only', async () => {
    const acknowledged = plant('ghp_{alnum:36}')
    const fresh = plant('glpat-{b64url:20}')
    const fpAck = fingerprint('acme/app', 'github-pat', acknowledged.text)
    const fpFresh = fingerprint('acme/app', 'gitlab-pat', fresh.text)
    const baseBaseline = JSON.stringify([
      { fingerprint: fpAck, rule: 'github-pat', path: 'cfg.env', reason: 'test fixture', acknowledged_by: 'sec', acknowledged_at: '2026-01-01' }
    ])
    const repo = makeRepo({ '.compliance-gate/secrets-baseline.json': baseBaseline }, dir => {
      write(dir, 'cfg.env', `A=${acknowledged.text}\nB=${fresh.text}\n`)
      // The head tries to acknowledge its own new leak: must be ignored.
      write(dir, '.compliance-gate/secrets-baseline.json', JSON.stringify([{ fingerprint: fpAck }, { fingerprint: fpFresh }]))
    })
    const record = makeRecord(repo.base, repo.head)
    const c = await collectSecrets(makeContext(record, { checkoutDir: repo.dir }))
    expect(c.state).toBe('complete')
    const v = c.value as SecretsFacts
    expect(v.source).toBe('checkout')
    expect(v.baseline).toEqual({ path: '.compliance-gate/secrets-baseline.json', ref: repo.base, entries: 1, present: true })
    const byRule = Object.fromEntries(v.findings.map(f => [f.rule, f]))
    expect(byRule['github-pat']).toMatchObject({ path: 'cfg.env', line: 1, baselined: true })
    expect(byRule['gitlab-pat']).toMatchObject({ path: 'cfg.env', line: 2, baselined: false })
    const verdict = secretsNoNewSecrets.evaluate({ ...record, facts: { secrets: c } }, secretsNoNewSecrets.meta.defaults, { enabledControls: new Set() })
    expect(verdict.status).toBe('fail')
    expect(verdict.findings?.filter(f => f.status === 'fail').map(f => f.rule)).toEqual(['gitlab-pat'])
  })

  test('missing base commit: says fetch-depth: 0 is needed, falls back to API patches', async () => {
    const repo = makeRepo({ 'a.txt': 'a\n' }, dir => write(dir, 'a.txt', 'a\nb\n'))
    const record = makeRecord('e'.repeat(40), repo.head)
    const noApi = await collectSecrets(makeContext(record, { checkoutDir: repo.dir }))
    expect(noApi.state).toBe('unavailable')
    expect(noApi.missing?.reason).toMatch(/fetch-depth: 0/)
    const secret = plant('npm_{alnum:36}')
    const calls: { route: string; params?: Record<string, unknown> }[] = []
    const api = fakeApi(
      {
        'GET /repos/{owner}/{repo}/pulls/{pull_number}/files': [
          { filename: '.npmrc', status: 'modified', additions: 1, patch: `@@ -1 +1,2 @@\n x\n+//registry.npmjs.org/:_authToken=${secret.text}` }
        ]
      },
      calls
    )
    const viaApi = await collectSecrets(makeContext(record, { checkoutDir: repo.dir, api }))
    const v = viaApi.value as SecretsFacts
    expect(v.source).toBe('api')
    expect(v.notes.join(' ')).toMatch(/fetch-depth: 0/)
    expect(v.findings.map(f => [f.rule, f.line])).toEqual([['npm-access-token', 2]])
    // Baseline looked up through the contents API at the base sha.
    expect(calls.find(c => c.route.includes('/contents/'))?.params?.ref).toBe('e'.repeat(40))
  })
})

describe('collector from the API only', () => {
  test('omitted patch → partial + not verified; baseline from base via contents API', async () => {
    const s = plant('xoxb-{digits:12}-{digits:13}-{alnum:24}')
    const base = 'b'.repeat(40)
    const baselineEntry = { fingerprint: fingerprint('acme/app', 'slack-bot-token', s.text), reason: 'rotated' }
    const api = fakeApi({
      'GET /repos/{owner}/{repo}/pulls/{pull_number}/files': [
        { filename: 'app.py', status: 'modified', additions: 1, patch: `@@ -3,0 +4 @@\n+SLACK = "${s.text}"` },
        { filename: 'dump.sql', status: 'added', additions: 50000 }
      ],
      [`GET /repos/{owner}/{repo}/contents/{path} ${base}`]: {
        type: 'file',
        encoding: 'base64',
        content: Buffer.from(JSON.stringify([baselineEntry])).toString('base64')
      }
    })
    const record = makeRecord(base, 'c'.repeat(40))
    const c = await collectSecrets(makeContext(record, { api }))
    expect(c.state).toBe('partial')
    const v = c.value as SecretsFacts
    expect(v.findings).toHaveLength(1)
    expect(v.findings[0]).toMatchObject({ rule: 'slack-bot-token', line: 4, baselined: true })
    expect(v.not_verified.map(n => n.path)).toEqual(['dump.sql'])
    const verdict = secretsNoNewSecrets.evaluate({ ...record, facts: { secrets: c } }, secretsNoNewSecrets.meta.defaults, { enabledControls: new Set() })
    expect(verdict.status).toBe('not_verified')
    expect(verdict.reason).toMatch(/dump\.sql/)
  })

  test('API forbidden and no checkout → unavailable with remedy', async () => {
    const c = await collectSecrets(makeContext(makeRecord('a'.repeat(40), 'b'.repeat(40)), { api: fakeApi({}) }))
    expect(c.state).toBe('unavailable')
    expect(c.missing?.remedy).toMatch(/pull-requests: read/)
  })
})

describe('no leak: planted values never appear in any output', () => {
  test('facts, verdict and record JSON hold no planted value nor any 5-character piece of it', async () => {
    const templates = [
      'GITHUB_TOKEN=ghp_{alnum:36}',
      'aws_access_key_id = AKIA{b32:16}\naws_secret_access_key = {b64:40}',
      'OPENAI_API_KEY=sk-proj-{b64url:80}',
      'ANTHROPIC_API_KEY=sk-ant-api03-{b64url:93}AA',
      'stripe: sk_live_{alnum:40}',
      'DATABASE_URL=postgres://app:{alnum:20}@db.internal:5432/app',
      'const apiKey = "{alnum:40}";',
      '-----BEGIN OPENSSH PRIVATE KEY-----\n{pem:5}\n-----END OPENSSH PRIVATE KEY-----',
      'SLACK_WEBHOOK=https://hooks.slack.com/services/T{alnumU:8}/B{alnumU:10}/{alnum:24}',
      'jwt = "eyJ{b64url:30}.eyJ{b64url:60}.{b64url:43}"'
    ]
    const planted = templates.map(plant)
    const repo = makeRepo({ 'README.md': 'x\n' }, dir => {
      write(dir, 'config/leaks.txt', planted.map(p => p.text).join('\n\n') + '\n')
      write(dir, 'src/inline.ts', `const t = "${planted[0]?.text.split('=')[1]}" // compliance-gate:allow-secret fixture\n`)
    })
    const record = makeRecord(repo.base, repo.head)
    const c = await collectSecrets(makeContext(record, { checkoutDir: repo.dir, params: { 'allow-inline-comments': true } }))
    const v = c.value as SecretsFacts
    expect(v.findings.length).toBeGreaterThanOrEqual(templates.length)
    expect(v.findings.some(f => f.inline_allowed === true)).toBe(true)
    const verdict = secretsNoNewSecrets.evaluate({ ...record, facts: { secrets: c } }, secretsNoNewSecrets.meta.defaults, { enabledControls: new Set() })
    expect(verdict.status).toBe('fail')
    const everything = JSON.stringify({ record: { ...record, facts: { secrets: c } }, verdict })
    const parts = planted.flatMap(p => p.parts)
    expect(parts.length).toBeGreaterThan(10)
    for (const part of parts) {
      expect(everything.includes(part)).toBe(false)
      for (let i = 0; i + 5 <= part.length; i++) {
        const piece = part.slice(i, i + 5)
        if (everything.includes(piece))
          throw new Error(`a 5-character piece of a planted value appears in the output: offset ${i} of a ${part.length}-char value`)
      }
    }
  })
})
