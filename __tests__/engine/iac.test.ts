/**
 * Runner-level acceptance of iac.encryption and iac.data-residency (issue 6): `node dist/index.js` with a
 * local git checkout as the workspace (base commit on main, the PR's commit on a branch, head checked
 * out), against the fake GitHub API serving the same PR (base/head SHAs and files equal to git's).
 */
import { describe, expect, test } from '@jest/globals'
import type { RunResult } from '../helpers/runner.js'
import { runGate, useFakeGitHub, verdictOf as verdict } from '../helpers/gate.js'
import { serveScenario, type Scenario } from '../helpers/scenario.js'
import { makeGitRepo, type GitRepo } from '../helpers/git-repo.js'
import type { PrFileOptions } from '../helpers/github-data.js'

const ENC = 'iac.encryption'
const RES = 'iac.data-residency'

const repos: GitRepo[] = []
const fake = useFakeGitHub(() => {
  for (const r of repos.splice(0)) r.remove()
})

/** The PR's files as the API lists them (GitHub-shaped patches), from git diff base...head. */
function filesFromGit(repo: GitRepo, base: string, head: string): PrFileOptions[] {
  const status: Record<string, PrFileOptions['status']> = { A: 'added', M: 'modified', D: 'removed' }
  const kinds = Object.fromEntries(
    repo
      .git(['diff', '--name-status', `${base}...${head}`])
      .split('\n')
      .filter(Boolean)
      .map(l => l.split('\t'))
      .map(([s, p]) => [p, status[s[0]] ?? 'modified'])
  )
  return repo
    .git(['diff', '--numstat', `${base}...${head}`])
    .split('\n')
    .filter(Boolean)
    .map(l => {
      const [add, del, path] = l.split('\t')
      const diff = repo.git(['diff', '--no-color', '--no-ext-diff', `${base}...${head}`, '--', path])
      return { filename: path, status: kinds[path], additions: Number(add), deletions: Number(del), patch: diff.slice(diff.indexOf('@@')) }
    })
}

/** A checkout with `baseFiles` on main and one PR commit of `change` on feature/7 (checked out). */
function gitPr(baseFiles: Record<string, string>, change: Record<string, string | null>): { repo: GitRepo; scenario: Scenario } {
  const repo = makeGitRepo({ prefix: 'cg-e2e-iac-' })
  repos.push(repo)
  const base = repo.commit({ 'README.md': '# infra\n', ...baseFiles }, 'Base')
  repo.branch('feature/7')
  repo.checkout('feature/7')
  const head = repo.commit(change, 'Change the infrastructure')
  const who = { name: 'Alice', email: 'alice@example.com', login: 'alice-author' }
  const scenario = serveScenario(fake, {
    headSha: head,
    baseSha: base,
    headRef: 'feature/7',
    files: filesFromGit(repo, base, head),
    commits: [{ sha: head, message: 'Change the infrastructure', author: who, committer: who, parents: [base] }]
  })
  return { repo, scenario }
}

const gate = (s: Scenario, cwd?: string): Promise<RunResult> => runGate(fake, s, { cwd: cwd ?? null })
const located = (r: RunResult) =>
  r.annotations.filter(a => a.properties.file).map(a => [a.level, a.properties.title, a.properties.file, Number(a.properties.line)])
/** 1-based line of the first line of `text` that contains `needle`. */
const lineOf = (text: string, needle: string) => text.split('\n').findIndex(l => l.includes(needle)) + 1

const BASE_TF = ['terraform {', '  required_version = ">= 1.5"', '}', ''].join('\n')

const UNENCRYPTED = [
  'resource "aws_db_instance" "orders" {',
  '  identifier        = "orders"',
  '  engine            = "postgres"',
  '  instance_class    = "db.t3.micro"',
  '  allocated_storage = 20',
  '  storage_encrypted = false',
  '}',
  '',
  'resource "aws_ebs_volume" "scratch" {',
  '  availability_zone = "me-central-1a"',
  '  size              = 10',
  '}',
  ''
].join('\n')

const FIXED = UNENCRYPTED.replace('storage_encrypted = false', 'storage_encrypted = true').replace(
  '  size              = 10\n',
  '  size              = 10\n  encrypted         = true\n'
)

describe('iac.encryption from a local git checkout', () => {
  test('a PR turning encryption off (aws_db_instance storage_encrypted = false, aws_ebs_volume without `encrypted`) fails with error annotations at their lines', async () => {
    const { repo, scenario } = gitPr({ 'infra/main.tf': BASE_TF, 'infra/storage.tf': FIXED }, { 'infra/storage.tf': UNENCRYPTED })
    expect(filesFromGit(repo, scenario.baseSha, scenario.headSha).map(f => [f.filename, f.status])).toEqual([['infra/storage.tf', 'modified']])
    const r = await gate(scenario, repo.dir)
    expect(r.code).toBe(1)
    expect(r.outputs.result).toBe('fail')
    expect(r.outputs['failed-controls']).toBe(ENC)
    const v = verdict(r, ENC)
    expect(v.status).toBe('fail')
    expect(v.effect).toBe('blocking')
    expect(v.reason).toMatch(/^2 resource check\(s\) fail in 1 changed IaC file\(s\)/)
    const fails = v.findings.filter(f => f.status === 'fail').map(f => [f.rule, f.subject, f.location?.path, f.location?.line])
    expect(fails).toEqual([
      ['CG_IAC_AWS_RDS_ENCRYPTION', 'aws_db_instance.orders', 'infra/storage.tf', lineOf(UNENCRYPTED, 'storage_encrypted = false')],
      ['CG_IAC_AWS_EBS_VOLUME_ENCRYPTION', 'aws_ebs_volume.scratch', 'infra/storage.tf', lineOf(UNENCRYPTED, 'resource "aws_ebs_volume"')]
    ])
    expect(located(r)).toEqual([
      ['error', `${ENC} (CG_IAC_AWS_RDS_ENCRYPTION)`, 'infra/storage.tf', 6],
      ['error', `${ENC} (CG_IAC_AWS_EBS_VOLUME_ENCRYPTION)`, 'infra/storage.tf', 9]
    ])
  })

  test('the fixed version passes', async () => {
    const { repo, scenario } = gitPr({ 'infra/main.tf': BASE_TF, 'infra/storage.tf': UNENCRYPTED }, { 'infra/storage.tf': FIXED })
    const r = await gate(scenario, repo.dir)
    const v = verdict(r, ENC)
    expect(v.status).toBe('pass')
    expect(v.reason).toBe('2 resource check(s) pass in 1 changed IaC file(s).')
    expect(v.findings.map(f => [f.status, f.rule, f.subject])).toEqual([
      ['pass', 'CG_IAC_AWS_RDS_ENCRYPTION', 'aws_db_instance.orders'],
      ['pass', 'CG_IAC_AWS_EBS_VOLUME_ENCRYPTION', 'aws_ebs_volume.scratch']
    ])
    expect(r.outputs.result).toBe('pass')
    expect(r.code).toBe(0)
    expect(located(r)).toEqual([])
  })

  test('a .tf with a syntax error is not verified, naming file:line (never pass)', async () => {
    const broken = ['resource "aws_efs_file_system" "shared" {', '  encrypted = true', '  tags = {', '    team =', '  }', '}', ''].join('\n')
    const { repo, scenario } = gitPr({ 'infra/main.tf': BASE_TF }, { 'infra/efs.tf': broken })
    const r = await gate(scenario, repo.dir)
    const v = verdict(r, ENC)
    expect(v.status).toBe('not_verified')
    expect(v.effect).toBe('blocking')
    expect(v.remedy).toMatch(/fix parse errors/)
    const nv = v.findings.filter(f => f.status === 'not_verified')
    expect(nv).toHaveLength(1)
    expect(nv[0]).toMatchObject({ rule: 'IAC_PARSE_ERROR', subject: 'infra/efs.tf', location: { path: 'infra/efs.tf', line: 4 } })
    expect(nv[0].message).toMatch(/^infra\/efs\.tf:4: cannot parse/)
    expect(v.findings.filter(f => f.status === 'pass')).toEqual([])
    expect(r.outputs.result).toBe('fail')
    expect(r.outputs['not-verified-controls'].split(',')).toContain(ENC)
    // The verdict is not verified and blocks (on-not-verified: fail by default): an error at the line, not a warning.
    expect(located(r)).toEqual([['error', `${ENC} (IAC_PARSE_ERROR)`, 'infra/efs.tf', 4]])
  })

  test('CloudFormation: StorageEncrypted from !Ref to a parameter without a default is not verified', async () => {
    const template = [
      'AWSTemplateFormatVersion: "2010-09-09"',
      'Parameters:',
      '  Encrypt:',
      '    Type: String',
      'Resources:',
      '  OrdersDb:',
      '    Type: AWS::RDS::DBInstance',
      '    Properties:',
      '      Engine: postgres',
      '      DBInstanceClass: db.t3.micro',
      '      AllocatedStorage: "20"',
      '      StorageEncrypted: !Ref Encrypt',
      ''
    ].join('\n')
    const { repo, scenario } = gitPr({}, { 'cfn/orders.yaml': template })
    const r = await gate(scenario, repo.dir)
    const v = verdict(r, ENC)
    expect(v.status).toBe('not_verified')
    expect(v.findings.map(f => [f.status, f.rule, f.subject, f.location?.path, f.location?.line])).toEqual([
      ['not_verified', 'CG_IAC_CFN_RDS_ENCRYPTION', 'OrdersDb', 'cfn/orders.yaml', 12]
    ])
    expect(v.findings[0].message).toMatch(/Encrypt/)
    expect(located(r)).toEqual([['error', `${ENC} (CG_IAC_CFN_RDS_ENCRYPTION)`, 'cfn/orders.yaml', 12]])
  })
})

describe('iac.data-residency from the policy in the workspace', () => {
  const policy = ['version: 1', 'controls:', '  iac.data-residency:', '    allowed-regions: [me-central-1]', ''].join('\n')
  const provider = (region: string) => ['provider "aws" {', `  region = "${region}"`, '}', ''].join('\n')

  test('a provider in us-east-1 fails at the provider line when only me-central-1 is allowed', async () => {
    const { repo, scenario } = gitPr({ '.github/compliance-gate.yml': policy, 'infra/main.tf': BASE_TF }, { 'infra/providers.tf': provider('us-east-1') })
    const r = await gate(scenario, repo.dir)
    const v = verdict(r, RES)
    expect(v.status).toBe('fail')
    expect(v.effect).toBe('blocking')
    expect(v.reason).toBe('1 region/location setting(s) outside me-central-1.')
    expect(v.findings.map(f => [f.status, f.rule, f.subject, f.location?.path, f.location?.line])).toEqual([
      ['fail', 'IAC_DATA_RESIDENCY', 'provider.aws', 'infra/providers.tf', 2]
    ])
    expect(v.findings[0].message).toMatch(/us-east-1/)
    expect(r.outputs.result).toBe('fail')
    expect(r.outputs['failed-controls']).toBe(RES)
    expect(located(r)).toEqual([['error', `${RES} (IAC_DATA_RESIDENCY)`, 'infra/providers.tf', 2]])
  })

  test('the allowed region passes; without the policy the control does not apply', async () => {
    const allowed = gitPr({ '.github/compliance-gate.yml': policy, 'infra/main.tf': BASE_TF }, { 'infra/providers.tf': provider('me-central-1') })
    const r = await gate(allowed.scenario, allowed.repo.dir)
    expect(verdict(r, RES).status).toBe('pass')
    expect(r.outputs.result).toBe('pass')

    const noPolicy = gitPr({ 'infra/main.tf': BASE_TF }, { 'infra/providers.tf': provider('us-east-1') })
    const n = await gate(noPolicy.scenario, noPolicy.repo.dir)
    expect(verdict(n, RES).status).toBe('not_applicable')
    expect(n.outputs.result).toBe('pass')
  })
})

describe('no checkout', () => {
  test('a changed .tf file the API cannot read: iac.encryption is not verified with the actions/checkout remedy', async () => {
    const s = serveScenario(fake, {
      files: [
        {
          filename: 'infra/storage.tf',
          status: 'added',
          additions: 3,
          deletions: 0,
          patch: '@@ -0,0 +1,3 @@\n+resource "aws_ebs_volume" "v" {\n+  size = 10\n+}\n'
        }
      ]
    })
    // Only the IaC file is unreadable: a 403 on every contents read leaves the policy unread too, which is a
    // run-level error (the policy is read at the base commit, fail closed; see faults.test.ts).
    for (const at of ['infra', 'infra%2Fstorage.tf'])
      fake.fault(`GET /repos/{owner}/{repo}/contents/${at}`, { status: 403, message: 'Resource not accessible by integration' })
    const r = await gate(s)
    const v = verdict(r, ENC)
    expect(v.status).toBe('not_verified')
    expect(v.findings.map(f => [f.status, f.rule, f.subject])).toEqual([['not_verified', 'IAC_FILE_SKIPPED', 'infra/storage.tf']])
    expect(v.findings[0].message).toMatch(/^infra\/storage\.tf not evaluated: .*403/)
    expect(v.findings[0].remedy).toMatch(/actions\/checkout/)
    expect(r.outputs['not-verified-controls'].split(',')).toContain(ENC)
    expect(r.outputs.result).toBe('fail')
  })

  test('no IaC file changed: iac.encryption does not apply', async () => {
    const s = serveScenario(fake, {
      files: [{ filename: 'src/app.ts', status: 'modified', additions: 1, deletions: 0, patch: '@@ -1,1 +1,2 @@\n const a = 1\n+const b = 2\n' }]
    })
    const r = await gate(s)
    expect(verdict(r, ENC).status).toBe('not_applicable')
    expect(verdict(r, 'secrets.no-new-secrets').status).toBe('pass')
    expect(r.outputs.result).toBe('pass')
  })
})
