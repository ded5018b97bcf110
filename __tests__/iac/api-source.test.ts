/**
 * IaC files read through the GitHub contents API when there is no checkout (src/collect/iac-api.ts and
 * collectIac without checkoutDir), against an in-memory GitHubApi serving a repository at the head SHA.
 */
import { createHash } from 'node:crypto'
import { describe, expect, test } from '@jest/globals'
import { scanIacFromApi } from '../../src/collect/iac-api.js'
import { BLOB_ROUTE, CONTENTS_ROUTE } from '../../src/collect/read-at.js'
import { collectIac } from '../../src/collect/iac.js'
import type { CollectContext } from '../../src/collect/context.js'
import { evaluateIac } from '../../src/iac/evaluate.js'
import type { IacFacts } from '../../src/model/facts/iac.js'
import { iacKind } from '../../src/iac/scan.js'
import type { ChangeRecord } from '../../src/model/record.js'
import { FakeApi, type Answer } from '../helpers/change-facts.js'
import { baseRecord, collected, file, HEAD_SHA, OWNER, REPO } from '../helpers/records.js'

const opts = { requireCmk: false, allowSkipComments: false }
const blobSha = (text: string) =>
  createHash('sha1')
    .update(`blob ${Buffer.byteLength(text)}\0${text}`)
    .digest('hex')

interface RepoOptions {
  /** path → answer overriding the contents route for that path ('' for the top directory). */
  faults?: Record<string, Answer>
  /** Files served without content (as GitHub does over 1 MB): only through the blobs API. */
  large?: string[]
  /** Paths that are symbolic links. */
  symlinks?: string[]
}

/** The repository at HEAD_SHA on the contents and blobs routes; other refs answer 404. */
function repoApi(files: Record<string, string>, o: RepoOptions = {}): FakeApi {
  const blobs = new Map(Object.values(files).map(t => [blobSha(t), t]))
  const entry = (p: string) => {
    const text = files[p]
    const name = p.split('/').pop() ?? p
    return { type: o.symlinks?.includes(p) ? 'symlink' : 'file', name, path: p, size: Buffer.byteLength(text), sha: blobSha(text) }
  }
  return new FakeApi({
    [CONTENTS_ROUTE]: params => {
      const p = String(params.path)
      if (o.faults?.[p]) return o.faults[p]
      if (params.ref !== HEAD_SHA) return { status: 404, message: 'No commit found for the ref' }
      if (files[p] !== undefined) {
        const e = entry(p)
        if (e.type === 'symlink') return { status: 200, data: { ...e, target: '../elsewhere.tf' } }
        const content = o.large?.includes(p) ? '' : Buffer.from(files[p]).toString('base64')
        return { status: 200, data: { ...e, encoding: o.large?.includes(p) ? 'none' : 'base64', content } }
      }
      const prefix = p === '' ? '' : `${p}/`
      const children = Object.keys(files).filter(f => f.startsWith(prefix))
      if (children.length === 0) return { status: 404, message: 'Not Found' }
      const list: unknown[] = []
      const dirs = new Set<string>()
      for (const f of children.sort()) {
        const rest = f.slice(prefix.length)
        if (!rest.includes('/')) list.push(entry(f))
        else dirs.add(rest.split('/')[0])
      }
      for (const d of dirs) list.push({ type: 'dir', name: d, path: prefix + d, size: 0, sha: blobSha(d) })
      return { status: 200, data: list }
    },
    [BLOB_ROUTE]: params => {
      const text = blobs.get(String(params.file_sha))
      return text === undefined
        ? { status: 404, message: 'Not Found' }
        : { status: 200, data: { content: Buffer.from(text).toString('base64'), encoding: 'base64', sha: params.file_sha, size: Buffer.byteLength(text) } }
    }
  })
}

const contentsCalls = (api: FakeApi) => api.calls.filter(c => c.route === CONTENTS_ROUTE).map(c => String(c.params.path))
const lineOf = (text: string, needle: string) => text.split('\n').findIndex(l => l.includes(needle)) + 1

const STORAGE = [
  'resource "aws_ebs_volume" "scratch" {',
  '  availability_zone = "me-central-1a"',
  '  size              = 10',
  '  encrypted         = var.encrypt',
  '}',
  ''
].join('\n')
const VARIABLES = 'variable "encrypt" {\n  default = false\n}\n'

function scan(api: FakeApi, changed: string[], extra: { maxReads?: number; maxFileSize?: number } = {}) {
  return scanIacFromApi(api, changed, {
    owner: OWNER,
    repo: REPO,
    ref: HEAD_SHA,
    maxFileSize: extra.maxFileSize ?? 2 * 1024 * 1024,
    ...(extra.maxReads ? { maxReads: extra.maxReads } : {})
  })
}

describe('Terraform through the contents API', () => {
  test('a changed .tf: its directory is listed and its Terraform files read at the head SHA; a default from a sibling file decides', async () => {
    const api = repoApi({ 'infra/storage.tf': STORAGE, 'infra/variables.tf': VARIABLES, 'infra/README.md': '# infra\n', 'app/main.ts': 'x' })
    const { facts, source } = await scan(api, ['infra/storage.tf'])
    expect(contentsCalls(api).sort()).toEqual(['infra', 'infra/storage.tf', 'infra/variables.tf'])
    expect(api.calls.every(c => c.params.ref === HEAD_SHA)).toBe(true)
    expect(facts.files.map(f => [f.path, f.status, f.changed])).toEqual([
      ['infra/storage.tf', 'parsed', true],
      ['infra/variables.tf', 'parsed', false]
    ])
    expect(source.sources).toEqual(
      expect.arrayContaining([
        `GET /repos/{owner}/{repo}/contents/infra?ref=${HEAD_SHA}`,
        `GET /repos/{owner}/{repo}/contents/infra/storage.tf?ref=${HEAD_SHA}`,
        `GET /repos/{owner}/{repo}/contents/infra/variables.tf?ref=${HEAD_SHA}`
      ])
    )
    expect(source.truncated).toBeNull()
    const f = evaluateIac(facts, opts).filter(x => x.rule === 'CG_IAC_AWS_EBS_VOLUME_ENCRYPTION')
    expect(f.map(x => [x.status, x.subject, x.location])).toEqual([
      ['fail', 'aws_ebs_volume.scratch', { path: 'infra/storage.tf', line: lineOf(STORAGE, 'encrypted') }]
    ])
  })

  test('terraform.tfvars in the directory is read and wins over the default', async () => {
    const api = repoApi({ 'infra/storage.tf': STORAGE, 'infra/variables.tf': VARIABLES, 'infra/terraform.tfvars': 'encrypt = true\n' })
    const { facts } = await scan(api, ['infra/storage.tf'])
    expect(contentsCalls(api).sort()).toEqual(['infra', 'infra/storage.tf', 'infra/terraform.tfvars', 'infra/variables.tf'])
    expect(
      evaluateIac(facts, opts)
        .filter(x => x.rule === 'CG_IAC_AWS_EBS_VOLUME_ENCRYPTION')
        .map(x => x.status)
    ).toEqual(['pass'])
  })

  test('a local module call is followed: the module directory is listed and read in a later round', async () => {
    const main = ['module "db" {', '  source  = "../../modules/db"', '  encrypt = false', '}', ''].join('\n')
    const mod = ['variable "encrypt" {}', 'module "inner" {', '  source = "./inner"', '}', ''].join('\n')
    const api = repoApi({
      'envs/prod/main.tf': main,
      'modules/db/main.tf': mod,
      'modules/db/inner/kms.tf': 'resource "aws_kms_key" "k" {\n  enable_key_rotation = true\n}\n',
      'modules/other/x.tf': ''
    })
    const { facts } = await scan(api, ['envs/prod/main.tf'])
    expect(contentsCalls(api).sort()).toEqual([
      'envs/prod',
      'envs/prod/main.tf',
      'modules/db',
      'modules/db/inner',
      'modules/db/inner/kms.tf',
      'modules/db/main.tf'
    ])
    expect(facts.modules.map(m => [m.dir, m.address])).toEqual([
      ['envs/prod', ''],
      ['modules/db', 'module.db'],
      ['modules/db/inner', 'module.db.module.inner']
    ])
    expect(facts.remote_modules).toEqual([])
    expect(facts.files.map(f => [f.path, f.status, f.changed])).toEqual([
      ['envs/prod/main.tf', 'parsed', true],
      ['modules/db/inner/kms.tf', 'parsed', false],
      ['modules/db/main.tf', 'parsed', false]
    ])
  })

  test('a module directory missing at the head commit is noted with where it was looked for', async () => {
    const main = ['module "gone" {', '  source = "./gone"', '}', ''].join('\n')
    const api = repoApi({ 'infra/main.tf': main })
    const { facts } = await scan(api, ['infra/main.tf'])
    expect(facts.remote_modules.map(m => [m.address, m.reason])).toEqual([
      ['module.gone', `local module directory infra/gone not found in the repository at ${HEAD_SHA.slice(0, 12)} (or outside it)`]
    ])
  })

  test('a file over 1 MB (no content in the contents answer) is read through the blobs API', async () => {
    const api = repoApi({ 'infra/storage.tf': STORAGE }, { large: ['infra/storage.tf'] })
    const { facts, source } = await scan(api, ['infra/storage.tf'])
    const blob = api.calls.filter(c => c.route === BLOB_ROUTE)
    expect(blob.map(c => c.params.file_sha)).toEqual([blobSha(STORAGE)])
    expect(source.sources).toContain(`GET /repos/{owner}/{repo}/git/blobs/${blobSha(STORAGE)} (infra/storage.tf)`)
    expect(facts.files.map(f => [f.path, f.status])).toEqual([['infra/storage.tf', 'parsed']])
  })

  test('a file above max-file-size (size from the listing) is skipped without being fetched: not verified', async () => {
    const api = repoApi({ 'infra/storage.tf': STORAGE, 'infra/variables.tf': VARIABLES })
    const { facts } = await scan(api, ['infra/storage.tf'], { maxFileSize: 60 })
    expect(contentsCalls(api).sort()).toEqual(['infra', 'infra/variables.tf'])
    const f = evaluateIac(facts, opts).filter(x => x.rule === 'IAC_FILE_SKIPPED')
    expect(f.map(x => [x.status, x.subject, x.message])).toEqual([
      [
        'not_verified',
        'infra/storage.tf',
        `infra/storage.tf not evaluated: larger than max-file-size (${Buffer.byteLength(STORAGE)} > 60 bytes): not evaluated`
      ]
    ])
  })

  test('a failed read of a changed file: that file is not verified with the API failure as the reason', async () => {
    const api = repoApi(
      { 'infra/storage.tf': STORAGE, 'infra/variables.tf': VARIABLES },
      { faults: { 'infra/storage.tf': { status: 502, message: 'Server Error' } } }
    )
    const { facts, source } = await scan(api, ['infra/storage.tf'])
    const reason = `Reading infra/storage.tf at ${HEAD_SHA}: ${CONTENTS_ROUTE} answered 502 (Server Error)`
    const remedy = 'GitHub answered with a server error after retries; re-run the job. Or check the repository out with actions/checkout before the gate.'
    expect(facts.files.find(f => f.path === 'infra/storage.tf')).toEqual({
      path: 'infra/storage.tf',
      format: 'terraform',
      status: 'skipped',
      changed: true,
      reason,
      remedy
    })
    expect(source.failures).toEqual([{ path: 'infra/storage.tf', reason, http_status: 502 }])
    const findings = evaluateIac(facts, opts)
    expect(findings.map(x => [x.status, x.rule, x.subject, x.remedy])).toEqual([['not_verified', 'IAC_FILE_SKIPPED', 'infra/storage.tf', remedy]])
    expect(findings[0].message).toBe(`infra/storage.tf not evaluated: ${reason}`)
  })

  test('a 404 for a file the change says exists (wrong ref, or a token that may not see it) is a failure, not a deletion', async () => {
    const api = repoApi(
      { 'cfn/efs.yaml': 'AWSTemplateFormatVersion: "2010-09-09"\n' },
      { faults: { 'cfn/efs.yaml': { status: 404, message: 'Not Found' }, infra: { status: 404, message: 'Not Found' } } }
    )
    const { facts } = await scan(api, ['cfn/efs.yaml', 'infra/storage.tf'])
    expect(facts.files.map(f => [f.path, f.status, f.changed, f.reason])).toEqual([
      ['cfn/efs.yaml', 'skipped', true, `Reading cfn/efs.yaml at ${HEAD_SHA}: ${CONTENTS_ROUTE} answered 404 (Not Found)`],
      ['infra/storage.tf', 'skipped', true, `Listing the directory infra at ${HEAD_SHA}: ${CONTENTS_ROUTE} answered 404 (Not Found)`]
    ])
    expect(evaluateIac(facts, opts).map(x => [x.status, x.rule, x.subject])).toEqual([
      ['not_verified', 'IAC_FILE_SKIPPED', 'cfn/efs.yaml'],
      ['not_verified', 'IAC_FILE_SKIPPED', 'infra/storage.tf']
    ])
    expect(evaluateIac(facts, opts)[0].remedy).toBe(
      'GitHub answers 404 both for missing resources and for ones the token may not see. Grant `contents: read` to the token. Or check the repository out with actions/checkout before the gate.'
    )
  })

  test('a failed directory listing: the changed Terraform files there are not verified with its reason', async () => {
    const api = repoApi({ 'infra/storage.tf': STORAGE }, { faults: { infra: { status: 403, message: 'Resource not accessible by integration' } } })
    const { facts } = await scan(api, ['infra/storage.tf'])
    expect(contentsCalls(api)).toEqual(['infra'])
    expect(facts.files).toEqual([
      {
        path: 'infra/storage.tf',
        format: 'terraform',
        status: 'skipped',
        changed: true,
        reason: `Listing the directory infra at ${HEAD_SHA}: ${CONTENTS_ROUTE} answered 403 (Resource not accessible by integration)`,
        remedy: 'Grant `contents: read` to the token. Or check the repository out with actions/checkout before the gate.'
      }
    ])
    expect(evaluateIac(facts, opts).map(x => [x.status, x.rule])).toEqual([['not_verified', 'IAC_FILE_SKIPPED']])
  })

  test('a symbolic link is not followed; a file deleted since the listing is no finding', async () => {
    const api = repoApi(
      { 'cfn/link.yaml': 'x', 'infra/storage.tf': STORAGE, 'infra/variables.tf': VARIABLES },
      { symlinks: ['cfn/link.yaml'], faults: { 'infra/variables.tf': { status: 404, message: 'Not Found' } } }
    )
    const { facts } = await scan(api, ['infra/storage.tf', 'cfn/link.yaml'])
    expect(facts.files.map(f => [f.path, f.status, f.reason])).toEqual([
      ['cfn/link.yaml', 'skipped', 'a symlink: not followed through the GitHub API'],
      ['infra/storage.tf', 'parsed', undefined],
      ['infra/variables.tf', 'skipped', `not found in the repository at ${HEAD_SHA.slice(0, 12)} (deleted?)`]
    ])
    // variables.tf gone: var.encrypt is undeclared, so the volume is not verified (never pass)
    expect(evaluateIac(facts, opts).map(x => [x.status, x.rule, x.subject])).toEqual([
      ['not_verified', 'IAC_FILE_SKIPPED', 'cfn/link.yaml'],
      ['not_verified', 'CG_IAC_AWS_EBS_VOLUME_ENCRYPTION', 'aws_ebs_volume.scratch']
    ])
  })

  test('reads stop at the cap: the rest are recorded as not fetched (changed ones not verified), with the truncation', async () => {
    const files: Record<string, string> = {}
    for (let i = 0; i < 6; i++) files[`infra/f${i}.tf`] = `resource "aws_sqs_queue" "q${i}" {\n  sqs_managed_sse_enabled = true\n}\n`
    const api = repoApi(files)
    const { facts, source } = await scan(api, ['infra/f0.tf', 'infra/f5.tf'], { maxReads: 4 })
    expect(api.calls).toHaveLength(4)
    expect(source.truncated).toMatch(/^more IaC files than the 4 GitHub API reads/)
    const notFetched = 'not fetched: the limit of 4 GitHub API reads was reached (check the repository out with actions/checkout to scan them all)'
    expect(facts.files.map(f => [f.path, f.status, f.changed, f.reason])).toEqual([
      ['infra/f0.tf', 'parsed', true, undefined],
      ['infra/f1.tf', 'parsed', false, undefined],
      ['infra/f2.tf', 'parsed', false, undefined],
      ['infra/f3.tf', 'skipped', false, notFetched],
      ['infra/f4.tf', 'skipped', false, notFetched],
      ['infra/f5.tf', 'skipped', true, notFetched]
    ])
    expect(evaluateIac(facts, opts).map(x => [x.status, x.rule, x.subject])).toEqual([
      ['not_verified', 'IAC_FILE_SKIPPED', 'infra/f5.tf'],
      ['pass', 'CG_IAC_AWS_SQS_ENCRYPTION', 'aws_sqs_queue.q0']
    ])
  })
})

describe('templates through the contents API', () => {
  test('a changed CloudFormation template is read and judged; a YAML file that is not one is no IaC', async () => {
    const cfn = [
      'AWSTemplateFormatVersion: "2010-09-09"',
      'Resources:',
      '  Data:',
      '    Type: AWS::EFS::FileSystem',
      '    Properties:',
      '      Encrypted: false',
      ''
    ].join('\n')
    const api = repoApi({ 'cfn/efs.yaml': cfn, 'k8s/deploy.yaml': 'apiVersion: apps/v1\nkind: Deployment\n' })
    const { facts } = await scan(api, ['cfn/efs.yaml', 'k8s/deploy.yaml'])
    expect(contentsCalls(api).sort()).toEqual(['cfn/efs.yaml', 'k8s/deploy.yaml'])
    expect(facts.files.map(f => [f.path, f.format, f.status])).toEqual([['cfn/efs.yaml', 'cloudformation', 'parsed']])
    expect(evaluateIac(facts, opts).map(x => [x.status, x.rule, x.location])).toEqual([
      ['fail', 'CG_IAC_CFN_EFS_ENCRYPTION', { path: 'cfn/efs.yaml', line: 6 }]
    ])
  })

  test('tool manifests and CI files are never candidates', () => {
    for (const p of [
      'package.json',
      'web/package-lock.json',
      'tsconfig.build.json',
      '.github/workflows/ci.yml',
      '.github/dependabot.yml',
      'docker-compose.yml',
      '.vscode/settings.json',
      'pnpm-lock.yaml'
    ])
      expect([p, iacKind(p)]).toEqual([p, null])
    for (const p of ['cfn/stack.yaml', 'azuredeploy.json', 'template.json', 'infra/main.tf']) expect(iacKind(p)).not.toBeNull()
  })
})

describe('collectIac without a checkout', () => {
  const context = (record: ChangeRecord, api: FakeApi | null, params: Record<string, unknown> = {}): CollectContext => ({
    owner: OWNER,
    repo: REPO,
    record,
    api,
    checkoutDir: null,
    neededBy: [{ control: 'iac.encryption', params }],
    selfCheckNames: []
  })

  test('reads through the API at the head SHA; every fetched path is in the sources', async () => {
    const api = repoApi({ 'infra/storage.tf': STORAGE, 'infra/variables.tf': VARIABLES })
    const record = baseRecord({
      files: collected([file('infra/storage.tf', { status: 'added' }), file('src/app.ts')], ['GET /repos/{owner}/{repo}/pulls/{pull_number}/files'])
    })
    const c = await collectIac(context(record, api))
    expect(c.state).toBe('complete')
    expect(c.sources).toEqual([
      'GET /repos/{owner}/{repo}/pulls/{pull_number}/files',
      `GET /repos/{owner}/{repo}/contents/infra?ref=${HEAD_SHA}`,
      `GET /repos/{owner}/{repo}/contents/infra/storage.tf?ref=${HEAD_SHA}`,
      `GET /repos/{owner}/{repo}/contents/infra/variables.tf?ref=${HEAD_SHA}`
    ])
    expect((c.value as IacFacts).files.map(f => f.path)).toEqual(['infra/storage.tf', 'infra/variables.tf'])
  })

  test('only package.json and a workflow changed: complete and empty, no API call', async () => {
    const api = repoApi({})
    const record = baseRecord({ files: collected([file('package.json'), file('.github/workflows/ci.yml')]) })
    const c = await collectIac(context(record, api))
    expect(c.state).toBe('complete')
    expect((c.value as IacFacts).files).toEqual([])
    expect(api.calls).toEqual([])
  })

  test('no API: unavailable with the checkout remedy', async () => {
    const record = baseRecord({ files: collected([file('infra/storage.tf')]) })
    const c = await collectIac(context(record, null))
    expect(c).toMatchObject({
      state: 'unavailable',
      missing: { reason: 'IaC files need a checkout of the head commit', remedy: 'add actions/checkout before the gate' }
    })
  })

  test('more files than the read cap: partial, saying so, and the changed file past the cap is not verified', async () => {
    const files: Record<string, string> = {}
    for (let i = 0; i < 305; i++) files[`infra/f${String(i).padStart(3, '0')}.tf`] = `resource "aws_sqs_queue" "q${i}" {\n  sqs_managed_sse_enabled = true\n}\n`
    const api = repoApi(files)
    const record = baseRecord({ files: collected([file('infra/f304.tf')]) })
    const c = await collectIac(context(record, api))
    expect(api.calls).toHaveLength(300)
    expect(c.state).toBe('partial')
    expect(c.missing?.reason).toMatch(/^more IaC files than the 300 GitHub API reads one scan makes without a checkout/)
    const facts = c.value as IacFacts
    expect(facts.files.filter(f => f.status === 'parsed')).toHaveLength(299)
    expect(evaluateIac(facts, opts).map(x => [x.status, x.rule, x.subject])).toEqual([['not_verified', 'IAC_FILE_SKIPPED', 'infra/f304.tf']])
  })

  test('an unreadable unchanged file makes the facts partial with the API failure', async () => {
    const api = repoApi(
      { 'infra/storage.tf': STORAGE, 'infra/variables.tf': VARIABLES },
      { faults: { 'infra/variables.tf': { status: 500, message: 'Internal Server Error' } } }
    )
    const record = baseRecord({ files: collected([file('infra/storage.tf')]) })
    const c = await collectIac(context(record, api))
    expect(c.state).toBe('partial')
    expect(c.missing).toMatchObject({
      reason: `1 file(s) needed to evaluate the changed ones could not be read: Reading infra/variables.tf at ${HEAD_SHA}: ${CONTENTS_ROUTE} answered 500 (Internal Server Error)`,
      http_status: 500
    })
  })
})
