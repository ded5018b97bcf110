/** End-to-end IaC scenarios: tfvars, unresolved variables, parse errors, modules, CFN intrinsics, ARM, plan JSON, skips, residency, controls. */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, test } from '@jest/globals'
import { collectIac } from '../../src/collect/iac.js'
import { iacDataResidency } from '../../src/controls/iac-data-residency.js'
import { iacEncryption } from '../../src/controls/iac-encryption.js'
import { evaluateIac, evaluateResidency } from '../../src/iac/evaluate.js'
import type { IacFacts } from '../../src/model/facts/iac.js'
import { scanIac } from '../../src/iac/scan.js'
import type { ChangeRecord } from '../../src/model/record.js'

const roots: string[] = []
function repo(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cg-iac-'))
  roots.push(dir)
  for (const [p, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, p)), { recursive: true })
    fs.writeFileSync(path.join(dir, p), text)
  }
  return dir
}
afterAll(() => roots.forEach(d => fs.rmSync(d, { recursive: true, force: true })))

const opts = { requireCmk: false, allowSkipComments: false }
const by = (findings: ReturnType<typeof evaluateIac>, rule: string) => findings.filter(f => f.rule === rule)

describe('terraform resolution', () => {
  test('variable from terraform.tfvars overrides the default', async () => {
    const dir = repo({
      'infra/main.tf': 'variable "encrypt" {\n  default = false\n}\nresource "aws_db_instance" "db" {\n  storage_encrypted = var.encrypt\n}\n',
      'infra/terraform.tfvars': 'encrypt = true\n'
    })
    const f = by(evaluateIac(await scanIac(dir, ['infra/main.tf']), opts), 'CG_IAC_AWS_RDS_ENCRYPTION')
    expect(f.map(x => [x.subject, x.status, x.location])).toEqual([['aws_db_instance.db', 'pass', { path: 'infra/main.tf', line: 5 }]])
  })

  test('a variable with no value is not verified, never pass', async () => {
    const dir = repo({ 'main.tf': 'variable "enc" {}\nresource "aws_efs_file_system" "fs" {\n  encrypted = var.enc\n}\n' })
    const [f] = by(evaluateIac(await scanIac(dir, ['main.tf']), opts), 'CG_IAC_AWS_EFS_ENCRYPTION')
    expect(f.status).toBe('not_verified')
    expect(f.message).toContain('var.enc has no default')
  })

  test('locals, interpolation and conditionals resolve', async () => {
    const dir = repo({
      'main.tf':
        'locals {\n  env = "prod"\n  enc = local.env == "prod" ? true : false\n}\nresource "aws_ebs_volume" "v" {\n  encrypted = local.enc\n  availability_zone = "${local.env}-az"\n}\n'
    })
    const f = by(evaluateIac(await scanIac(dir, ['main.tf']), opts), 'CG_IAC_AWS_EBS_VOLUME_ENCRYPTION')
    expect(f[0].status).toBe('pass')
  })

  test('cross-resource: SSE configuration referencing the bucket decides require-cmk', async () => {
    const dir = repo({
      'main.tf': 'resource "aws_s3_bucket" "data" {\n  bucket = "data"\n}\n',
      'sse.tf':
        'resource "aws_kms_key" "k" {\n  enable_key_rotation = true\n}\nresource "aws_s3_bucket_server_side_encryption_configuration" "data" {\n  bucket = aws_s3_bucket.data.id\n  rule {\n    apply_server_side_encryption_by_default {\n      sse_algorithm = "aws:kms"\n      kms_master_key_id = aws_kms_key.k.arn\n    }\n  }\n}\n'
    })
    const facts = await scanIac(dir, ['main.tf'])
    const f = by(evaluateIac(facts, { ...opts, requireCmk: true }), 'CG_IAC_AWS_S3_ENCRYPTION')
    expect(f.map(x => [x.subject, x.status])).toEqual([['aws_s3_bucket.data', 'pass']])
    expect(f[0].message).toContain('sse.tf')
    const lone = repo({ 'main.tf': 'resource "aws_s3_bucket" "data" {\n  bucket = "data"\n}\n' })
    const g = by(evaluateIac(await scanIac(lone, ['main.tf']), { ...opts, requireCmk: true }), 'CG_IAC_AWS_S3_ENCRYPTION')
    expect(g[0].status).toBe('fail')
  })

  test('parse error: not verified naming file:line', async () => {
    const dir = repo({ 'main.tf': 'resource "aws_efs_file_system" "fs" {\n  encrypted = true\n  broken =\n}\n' })
    const facts = await scanIac(dir, ['main.tf'])
    const findings = evaluateIac(facts, opts)
    expect(findings.map(f => [f.rule, f.status, f.location?.line])).toEqual([['IAC_PARSE_ERROR', 'not_verified', 3]])
    expect(findings[0].message).toMatch(/^main\.tf:3: cannot parse/)
  })

  test('local module call gets its inputs; remote module is noted', async () => {
    const dir = repo({
      'env/main.tf': 'module "store" {\n  source = "../modules/store"\n  encrypt = false\n}\nmodule "vpc" {\n  source = "terraform-aws-modules/vpc/aws"\n}\n',
      'modules/store/main.tf': 'variable "encrypt" {\n  default = true\n}\nresource "aws_efs_file_system" "fs" {\n  encrypted = var.encrypt\n}\n'
    })
    const facts = await scanIac(dir, ['env/main.tf', 'modules/store/main.tf'])
    expect(facts.modules.map(m => m.address)).toEqual(['', 'module.store'])
    const findings = evaluateIac(facts, opts)
    // issue 14: the finding points at the calling block's argument that sets the value; the resource line is related
    expect(
      by(findings, 'CG_IAC_AWS_EFS_ENCRYPTION').map(f => [
        f.subject,
        f.status,
        f.location?.path,
        f.location?.line,
        (f.data?.related_location as { path: string }).path
      ])
    ).toEqual([['module.store.aws_efs_file_system.fs', 'fail', 'env/main.tf', 3, 'modules/store/main.tf']])
    expect(by(findings, 'IAC_REMOTE_MODULE').map(f => [f.subject, f.status])).toEqual([['module.vpc', 'not_verified']])
  })

  test('secret-looking attributes never enter the facts', async () => {
    const dir = repo({ 'main.tf': 'resource "aws_db_instance" "db" {\n  storage_encrypted = true\n  password = "hunter2hunter2"\n}\n' })
    const facts = await scanIac(dir, ['main.tf'])
    expect(JSON.stringify(facts)).not.toContain('hunter2')
  })
})

describe('skip comments', () => {
  const files = {
    'main.tf': '# compliance-gate:skip=CG_IAC_AWS_EFS_ENCRYPTION scratch volume, no data (JIRA-12)\nresource "aws_efs_file_system" "scratch" {\n}\n'
  }
  test('ignored unless the policy allows them', async () => {
    const facts = await scanIac(repo(files), ['main.tf'])
    expect(facts.skips).toEqual([
      expect.objectContaining({ check: 'CG_IAC_AWS_EFS_ENCRYPTION', address: 'aws_efs_file_system.scratch', reason: 'scratch volume, no data (JIRA-12)' })
    ])
    expect(by(evaluateIac(facts, opts), 'CG_IAC_AWS_EFS_ENCRYPTION')[0].status).toBe('fail')
    const allowed = by(evaluateIac(facts, { ...opts, allowSkipComments: true }), 'CG_IAC_AWS_EFS_ENCRYPTION')
    expect(allowed.map(f => [f.status, f.data?.skip_reason])).toEqual([['not_applicable', 'scratch volume, no data (JIRA-12)']])
  })
})

describe('CloudFormation, ARM, plan', () => {
  test('CloudFormation intrinsics: parameters with defaults, !If, !Ref to a parameter without default', async () => {
    const dir = repo({
      'stack.yaml': [
        'AWSTemplateFormatVersion: "2010-09-09"',
        'Parameters:',
        '  Encrypt: { Type: String, Default: "true" }',
        '  Env: { Type: String }',
        'Conditions:',
        '  IsProd: !Equals [!Ref Env, prod]',
        'Resources:',
        '  ByParam:',
        '    Type: AWS::RDS::DBInstance',
        '    Properties:',
        '      StorageEncrypted: !Ref Encrypt',
        '  ByCondition:',
        '    Type: AWS::EC2::Volume',
        '    Properties:',
        '      Encrypted: !If [IsProd, true, false]',
        '  Key:',
        '    Type: AWS::KMS::Key',
        '    Properties:',
        '      EnableKeyRotation: true',
        '  Logs:',
        '    Type: AWS::Logs::LogGroup',
        '    Properties:',
        '      KmsKeyId: !GetAtt Key.Arn',
        '      LogGroupName: !Sub "${AWS::StackName}-logs"',
        ''
      ].join('\n')
    })
    const facts = await scanIac(dir, ['stack.yaml'])
    const findings = evaluateIac(facts, { ...opts, requireCmk: true })
    const s = Object.fromEntries(findings.map(f => [`${f.rule}:${f.subject}`, [f.status, f.location?.line]]))
    expect(s['CG_IAC_CFN_RDS_ENCRYPTION:ByParam'][0]).toBe('fail') // encrypted, but require-cmk and no KmsKeyId
    expect(s['CG_IAC_CFN_EBS_ENCRYPTION:ByCondition']).toEqual(['not_verified', 15])
    expect(s['CG_IAC_CFN_LOG_GROUP_KMS:Logs']).toEqual(['pass', 23])
    expect(s['CG_IAC_CFN_KMS_ROTATION:Key']).toEqual(['pass', 19])
    expect(by(evaluateIac(facts, opts), 'CG_IAC_CFN_RDS_ENCRYPTION')[0].status).toBe('pass')
  })

  test('ARM: parameter defaults resolve; resourceGroup().location is an unknown region', async () => {
    const tpl = {
      $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
      parameters: { tls: { type: 'string', defaultValue: 'TLS1_0' } },
      resources: [
        {
          type: 'Microsoft.Storage/storageAccounts',
          name: 'st',
          location: '[resourceGroup().location]',
          properties: { minimumTlsVersion: "[parameters('tls')]" }
        }
      ]
    }
    const facts = await scanIac(repo({ 'azuredeploy.json': JSON.stringify(tpl, null, 2) }), ['azuredeploy.json'])
    expect(by(evaluateIac(facts, opts), 'CG_IAC_ARM_STORAGE_MIN_TLS').map(f => f.status)).toEqual(['fail'])
    expect(evaluateResidency(facts, ['uaenorth']).map(f => f.status)).toEqual(['not_verified'])
  })

  test('plan JSON refines unresolved config values', async () => {
    const plan = {
      format_version: '1.2',
      planned_values: {
        root_module: {
          resources: [
            { address: 'aws_efs_file_system.fs', mode: 'managed', type: 'aws_efs_file_system', name: 'fs', values: { encrypted: true, kms_key_id: null } }
          ]
        }
      },
      resource_changes: [
        {
          address: 'aws_efs_file_system.fs',
          mode: 'managed',
          type: 'aws_efs_file_system',
          name: 'fs',
          change: { actions: ['create'], after: { encrypted: true, kms_key_id: null }, after_unknown: { kms_key_id: true } }
        }
      ]
    }
    const dir = repo({ 'main.tf': 'variable "enc" {}\nresource "aws_efs_file_system" "fs" {\n  encrypted = var.enc\n}\n', 'plan.json': JSON.stringify(plan) })
    const without = by(evaluateIac(await scanIac(dir, ['main.tf']), opts), 'CG_IAC_AWS_EFS_ENCRYPTION')
    expect(without[0].status).toBe('not_verified')
    const facts = await scanIac(dir, ['main.tf'], { planFile: 'plan.json' })
    expect(facts.plan).toEqual({ path: 'plan.json', status: 'used', resources: 1 })
    const withPlan = by(evaluateIac(facts, opts), 'CG_IAC_AWS_EFS_ENCRYPTION')
    expect(withPlan.map(f => [f.status, f.location?.line])).toEqual([['pass', 3]])
  })
})

describe('data residency', () => {
  test('provider region, resource locations, unknown region', async () => {
    const dir = repo({
      'aws.tf': 'provider "aws" {\n  region = "me-central-1"\n}\nprovider "aws" {\n  alias = "us"\n  region = "us-east-1"\n}\n',
      'az.tf':
        'resource "azurerm_resource_group" "rg" {\n  location = "UAE North"\n}\nresource "azurerm_key_vault" "kv" {\n  location = azurerm_resource_group.rg.location\n  purge_protection_enabled = true\n}\n',
      'gcp.tf': 'variable "region" {}\nprovider "google" {\n  region = var.region\n}\n'
    })
    const facts = await scanIac(dir, ['aws.tf', 'az.tf', 'gcp.tf'])
    const f = evaluateResidency(facts, ['me-central-1', 'uaenorth'])
    const s = Object.fromEntries(f.map(x => [x.subject, x.status]))
    expect(s).toEqual({
      'provider.aws': 'pass',
      'provider.aws.us': 'fail',
      'azurerm_resource_group.rg': 'pass',
      'azurerm_key_vault.kv': 'pass',
      'provider.google': 'not_verified'
    })
  })
})

function record(facts: IacFacts | null, missing?: { reason: string; remedy?: string }): ChangeRecord {
  return {
    facts: { iac: facts ? { state: 'complete', value: facts, sources: [] } : { state: 'unavailable', value: null, sources: [], missing } }
  } as unknown as ChangeRecord
}

describe('controls and collector', () => {
  test('collector without a checkout is unavailable with the remedy', async () => {
    const c = await collectIac({ checkoutDir: null, record: {} as ChangeRecord, neededBy: [], owner: 'o', repo: 'r', api: null, selfCheckNames: [] })
    expect(c).toEqual({
      state: 'unavailable',
      value: null,
      sources: [],
      missing: { reason: 'IaC files need a checkout of the head commit', remedy: 'add actions/checkout before the gate' }
    })
    const v = iacEncryption.evaluate(record(null, c.missing), iacEncryption.meta.defaults, { enabledControls: new Set() })
    expect(v.status).toBe('not_verified')
    expect(v.remedy).toBe('add actions/checkout before the gate')
  })

  test('a checkout that does not hold the head commit (pull_request_target checks out the base) is not read', async () => {
    const dir = repo({ 'infra/main.tf': 'resource "aws_efs_file_system" "open" {\n}\n' })
    const files = { state: 'complete', value: [{ path: 'infra/main.tf', status: 'modified', additions: 1, deletions: 0 }], sources: [] }
    const c = await collectIac({
      checkoutDir: dir,
      record: { files, subject: { head_sha: 'f'.repeat(40) } } as unknown as ChangeRecord,
      neededBy: [],
      owner: 'o',
      repo: 'r',
      api: null,
      selfCheckNames: []
    })
    expect(c.state).toBe('unavailable')
  })

  test('collector + control: a failing resource fails with its file and line; fail wins over not_verified', async () => {
    const dir = repo({
      'infra/main.tf': 'variable "x" {}\nresource "aws_efs_file_system" "open" {\n}\nresource "aws_efs_file_system" "maybe" {\n  encrypted = var.x\n}\n',
      'README.md': 'hi'
    })
    const files = {
      state: 'complete',
      value: [
        { path: 'infra/main.tf', status: 'modified', additions: 1, deletions: 0 },
        { path: 'README.md', status: 'modified', additions: 1, deletions: 0 }
      ],
      sources: []
    }
    // The checkout must hold the head commit for its working tree to be read.
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, encoding: 'utf8' }).trim()
    git('init', '-q')
    git('add', '-A')
    git('commit', '-q', '-m', 'head')
    const head = git('rev-parse', 'HEAD')
    const c = await collectIac({
      checkoutDir: dir,
      record: { files, subject: { head_sha: head } } as unknown as ChangeRecord,
      neededBy: [],
      owner: 'o',
      repo: 'r',
      api: null,
      selfCheckNames: []
    })
    expect(c.state).toBe('complete')
    const v = iacEncryption.evaluate(record(c.value), iacEncryption.meta.defaults, { enabledControls: new Set() })
    expect(v.status).toBe('fail')
    expect(v.findings?.[0]).toEqual(
      expect.objectContaining({ status: 'fail', subject: 'aws_efs_file_system.open', location: { path: 'infra/main.tf', line: 2 } })
    )
    expect(v.findings?.some(f => f.status === 'not_verified')).toBe(true)
  })

  test('no IaC change → not applicable; empty allowed-regions → not applicable', async () => {
    const facts = await scanIac(repo({ 'README.md': 'x' }), ['README.md'])
    expect(iacEncryption.evaluate(record(facts), iacEncryption.meta.defaults, { enabledControls: new Set() }).status).toBe('not_applicable')
    expect(iacDataResidency.evaluate(record(facts), { 'allowed-regions': [] }, { enabledControls: new Set() }).status).toBe('not_applicable')
  })
})
