/**
 * Runner-level: iac.encryption without a checkout (workspace without .git), the IaC files read through
 * the GitHub contents API at the PR head SHA from the fake (issue 6 follow-up).
 */
import { describe, expect, test } from '@jest/globals'
import { githubError, type FakeRequest } from '../helpers/fake-github.js'
import { blobSha, contentFile } from '../helpers/github-data.js'
import { exampleFor } from '../helpers/openapi.js'
import type { RunResult } from '../helpers/runner.js'
import { recordOf as record, runGate, useFakeGitHub, verdictOf as verdict } from '../helpers/gate.js'
import { serveScenario, type Scenario } from '../helpers/scenario.js'

const ENC = 'iac.encryption'
const CONTENTS = 'GET /repos/{owner}/{repo}/contents/{path}'

const fake = useFakeGitHub()

const STORAGE = [
  'resource "aws_ebs_volume" "scratch" {',
  '  availability_zone = "me-central-1a"',
  '  size              = 10',
  '  encrypted         = var.encrypt',
  '}',
  ''
].join('\n')
const VARIABLES = ['variable "encrypt" {', '  type    = bool', '  default = false', '}', ''].join('\n')
const lineOf = (text: string, needle: string) => text.split('\n').findIndex(l => l.includes(needle)) + 1

/** A directory listing as GitHub answers it: entries shaped like the OpenAPI directory example's file entry. */
function directoryListing(owner: string, repo: string, ref: string, files: Record<string, string>): unknown[] {
  const [template] = exampleFor('repos/get-content', 200, 'response-if-content-is-a-directory') as Record<string, unknown>[]
  return Object.entries(files).map(([path, text]) => {
    const sha = blobSha(text)
    const url = `https://api.github.com/repos/${owner}/${repo}/contents/${path}?ref=${ref}`
    const git = `https://api.github.com/repos/${owner}/${repo}/git/blobs/${sha}`
    const html = `https://github.com/${owner}/${repo}/blob/${ref}/${path}`
    return {
      ...template,
      type: 'file',
      name: path.split('/').pop(),
      path,
      size: Buffer.byteLength(text),
      sha,
      url,
      git_url: git,
      html_url: html,
      download_url: `https://raw.githubusercontent.com/${owner}/${repo}/${ref}/${path}`,
      _links: { self: url, git, html }
    }
  })
}

/** The repository at the head SHA on the contents route (files and their directories); anything else 404. */
function serveHeadContents(s: Scenario, files: Record<string, string>): void {
  fake.on(CONTENTS, ({ params, query }) => {
    const path = String(params.path)
    if (query.ref === s.headSha && files[path] !== undefined)
      return { status: 200, body: contentFile(path, files[path], { owner: s.owner, repo: s.repo, ref: s.headSha }) }
    const inDir = Object.fromEntries(Object.entries(files).filter(([p]) => p.slice(0, p.lastIndexOf('/')) === path))
    if (query.ref === s.headSha && Object.keys(inDir).length > 0) return { status: 200, body: directoryListing(s.owner, s.repo, s.headSha, inDir) }
    return { status: 404, body: githubError(404) }
  })
}

const gate = (s: Scenario): Promise<RunResult> => runGate(fake, s, { cwd: null })
const pathOf = (q: FakeRequest) => decodeURIComponent(q.path.replace(/^\/repos\/[^/]+\/[^/]+\/contents\/?/, ''))

describe('iac.encryption through the contents API (no checkout)', () => {
  test('an aws_ebs_volume left unencrypted by a sibling variable default fails with an error annotation at its line', async () => {
    const s = serveScenario(fake, {
      files: [
        {
          filename: 'infra/storage.tf',
          status: 'added',
          additions: 5,
          deletions: 0,
          patch: `@@ -0,0 +1,5 @@\n${STORAGE.trimEnd()
            .split('\n')
            .map(l => `+${l}`)
            .join('\n')}\n`
        }
      ]
    })
    serveHeadContents(s, { 'infra/storage.tf': STORAGE, 'infra/variables.tf': VARIABLES })
    const r = await gate(s)
    expect(r.code).toBe(1)
    expect(r.outputs.result).toBe('fail')
    expect(r.outputs['failed-controls']).toBe(ENC)
    const v = verdict(r, ENC)
    expect(v.status).toBe('fail')
    expect(v.reason).toBe('1 resource check(s) fail in 1 changed IaC file(s); 0 not verified.')
    const line = lineOf(STORAGE, 'encrypted')
    expect(v.findings.map(f => [f.status, f.rule, f.subject, f.location?.path, f.location?.line])).toEqual([
      ['fail', 'CG_IAC_AWS_EBS_VOLUME_ENCRYPTION', 'aws_ebs_volume.scratch', 'infra/storage.tf', line]
    ])
    expect(r.annotations.filter(a => a.properties.file).map(a => [a.level, a.properties.title, a.properties.file, Number(a.properties.line)])).toEqual([
      ['error', `${ENC} (CG_IAC_AWS_EBS_VOLUME_ENCRYPTION)`, 'infra/storage.tf', line]
    ])
    // read at the head SHA: the directory, then both Terraform files of the module
    const atHead = fake.requestsFor(CONTENTS).filter(q => q.query.ref === s.headSha)
    expect(atHead.map(pathOf).sort()).toEqual(['infra', 'infra/storage.tf', 'infra/variables.tf'])
    expect(atHead.every(q => q.status === 200)).toBe(true)
    const iac = record(r).facts.iac
    expect(iac.state).toBe('complete')
    expect(iac.sources).toEqual(
      expect.arrayContaining([
        `GET /repos/{owner}/{repo}/contents/infra/storage.tf?ref=${s.headSha}`,
        `GET /repos/{owner}/{repo}/contents/infra/variables.tf?ref=${s.headSha}`
      ])
    )
  })

  test('a failed read of the changed file: not verified with the API failure, never pass', async () => {
    const s = serveScenario(fake, { files: [{ filename: 'infra/storage.tf', status: 'added', additions: 5, deletions: 0, patch: '@@ -0,0 +1,1 @@\n+# x\n' }] })
    serveHeadContents(s, { 'infra/storage.tf': STORAGE, 'infra/variables.tf': VARIABLES })
    fake.fault('GET /repos/{owner}/{repo}/contents/infra%2Fstorage.tf', { status: 403, times: 10 })
    const r = await gate(s)
    const v = verdict(r, ENC)
    expect(v.status).toBe('not_verified')
    expect(v.findings.map(f => [f.status, f.rule, f.subject])).toEqual([['not_verified', 'IAC_FILE_SKIPPED', 'infra/storage.tf']])
    expect(v.findings[0].message).toMatch(
      /^infra\/storage\.tf not evaluated: Reading infra\/storage\.tf at [0-9a-f]{40}: GET \/repos\/\{owner\}\/\{repo\}\/contents\/\{path\} answered 403 \(Resource not accessible by integration\)$/
    )
    expect(v.findings[0].remedy).toBe('Grant `contents: read` to the token. Or check the repository out with actions/checkout before the gate.')
    expect(r.outputs['not-verified-controls'].split(',')).toContain(ENC)
  })

  test('a PR changing only package.json: iac.encryption does not apply and no file is read at the head SHA', async () => {
    const s = serveScenario(fake, {
      files: [
        {
          filename: 'package.json',
          status: 'modified',
          additions: 1,
          deletions: 1,
          patch: '@@ -1,3 +1,3 @@\n {\n-  "version": "1.0.0"\n+  "version": "1.0.1"\n }\n'
        }
      ]
    })
    serveHeadContents(s, { 'package.json': '{\n  "version": "1.0.1"\n}\n' })
    const r = await gate(s)
    const v = verdict(r, ENC)
    expect(v.status).toBe('not_applicable')
    expect(v.reason).toBe('no infrastructure-as-code file changed')
    expect(fake.requestsFor(CONTENTS).filter(q => q.query.ref === s.headSha || pathOf(q) === 'package.json')).toEqual([])
    expect(record(r).facts.iac.state).toBe('complete')
    expect(r.outputs.result).toBe('pass')
  })
})
