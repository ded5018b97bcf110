/**
 * The action signing its evidence as the runner runs it (`node dist/index.js`): a key from the
 * `signing-key` input signs the bundle, the key never shows in any output, and the auditor's
 * `compliance-gate verify --key` accepts it. Without a key or an OIDC token the gate is unchanged and the
 * `signed` output says why nothing was signed (issue 16).
 */
import { describe, expect, test } from '@jest/globals'
import { createHash, generateKeyPairSync } from 'node:crypto'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readBundle, runGate, useFakeGitHub } from '../helpers/gate.js'
import { runCli } from '../helpers/runner.js'
import { serveScenario } from '../helpers/scenario.js'

const fake = useFakeGitHub()
const pair = generateKeyPairSync('ed25519')
const privatePem = pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
const keyBody = privatePem.split('\n')[1]

describe('the action signs its evidence', () => {
  test('with signing-key: signed=true, the attestation is listed in the manifest whose digest is the output, the key is never written, verify --key accepts it', async () => {
    const s = serveScenario(fake)
    const r = await runGate(fake, s, {
      inputs: { 'signing-key': privatePem },
      env: {
        GITHUB_RUN_ID: '9001',
        GITHUB_RUN_ATTEMPT: '1',
        GITHUB_WORKFLOW_REF: `${s.owner}/${s.repo}/.github/workflows/gate.yml@refs/pull/${s.number}/merge`
      }
    })
    expect(r.code).toBe(0)
    expect(r.outputs.signed).toBe('true')
    expect(r.outputs['signing-note']).toMatch(/^signed with key [0-9a-f]{16}… \(ed25519\)$/)
    const { files, dir } = readBundle(r)
    expect(Object.keys(files).sort()).toEqual(['attestation.dsse.json', 'manifest.json', 'policy.json', 'record.json', 'results.json', 'summary.md'])
    expect(createHash('sha256').update(files['manifest.json']).digest('hex')).toBe(r.outputs['manifest-sha256'])
    expect(JSON.parse(files['manifest.json']).attestation).toMatchObject({ path: 'attestation.dsse.json', kind: 'dsse' })
    // The key is masked (each line) and appears nowhere else.
    expect(r.stdout).toContain(`::add-mask::${keyBody}`)
    const stdout = r.stdout
      .split('\n')
      .filter(l => !l.startsWith('::add-mask::'))
      .join('\n')
    expect([stdout, r.stderr, r.summary, JSON.stringify(r.outputs), ...Object.values(files)].join('\n')).not.toContain(keyBody)

    const pub = join(mkdtempSync(join(tmpdir(), 'cg-pub-')), 'pub.pem')
    writeFileSync(pub, pair.publicKey.export({ type: 'spki', format: 'pem' }))
    const v = await runCli(['verify', dir, '--key', pub, '--require-signature'])
    expect(v.stderr).toBe('')
    expect(v.code).toBe(0)
    expect(v.stdout).toMatch(/signature verified/)
  })

  test('no key and no OIDC token (a fork pull request): the gate result and exit are unchanged, signed=false with the reason', async () => {
    const s = serveScenario(fake)
    const r = await runGate(fake, s)
    expect(r.code).toBe(0)
    expect(r.outputs.result).toBe('pass')
    expect(r.outputs.signed).toBe('false')
    expect(r.outputs['signing-note']).toMatch(/no OIDC token/)
    expect(r.annotations.some(a => a.level === 'notice' && /Evidence not signed/.test(a.message))).toBe(true)
  })

  test('sign: key without a key is unsigned with the reason; a bad sign value is an input error', async () => {
    const s = serveScenario(fake)
    const r = await runGate(fake, s, { inputs: { sign: 'key' } })
    expect(r.code).toBe(0)
    expect(r.outputs.signed).toBe('false')
    expect(r.outputs['signing-note']).toMatch(/no signing key was given/)
    const bad = await runGate(fake, s, { inputs: { sign: 'yes' } })
    expect(bad.code).toBe(1)
    expect(bad.outputs.result).toBe('error')
    expect(bad.annotations.some(a => a.level === 'error' && /Input 'sign' must be auto, keyless, key or off/.test(a.message))).toBe(true)
  })
})
