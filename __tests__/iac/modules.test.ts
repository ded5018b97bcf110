/**
 * Issue 14 silent-pass defects: module source spellings, count / for_each on resources and modules, the
 * functions modules compute encryption flags with, full module addresses, one finding per place, and
 * code the gate cannot read shown as not verified.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, test } from '@jest/globals'
import { evaluateIac } from '../../src/iac/evaluate.js'
import { scanIac } from '../../src/iac/scan.js'
import { localModuleDir } from '../../src/iac/terraform/module.js'
import { iacEncryption } from '../../src/controls/iac-encryption.js'
import type { ChangeRecord } from '../../src/model/record.js'
import type { IacFacts } from '../../src/model/facts/iac.js'

const roots: string[] = []
function repo(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cg-iac-mod-'))
  roots.push(dir)
  for (const [p, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, p)), { recursive: true })
    fs.writeFileSync(path.join(dir, p), text)
  }
  return dir
}
afterAll(() => roots.forEach(d => fs.rmSync(d, { recursive: true, force: true })))

const opts = { requireCmk: false, allowSkipComments: false }
const QUEUE_MODULE = 'variable "sse" {\n  default = true\n}\nresource "aws_sqs_queue" "this" {\n  name = "q"\n  sqs_managed_sse_enabled = var.sse\n}\n'

async function sqs(files: Record<string, string>, changed: string[]) {
  const facts = await scanIac(repo(files), changed)
  return evaluateIac(facts, opts).filter(f => f.rule === 'CG_IAC_AWS_SQS_ENCRYPTION')
}

describe('module source paths are normalised (a test per spelling)', () => {
  test.each([
    ['"../../"', 'modules/queue/examples/complete/main.tf', '', 'module "q" {\n  source = "../../"\n  sse = false\n}\n'],
    ['"../"', 'modules/queue/example/main.tf', '', 'module "q" {\n  source = "../"\n  sse = false\n}\n'],
    ['".."', 'modules/queue/example/main.tf', '', 'module "q" {\n  source = ".."\n  sse = false\n}\n'],
    ['"./mod/"', 'main.tf', 'mod/', 'module "q" {\n  source = "./mod/"\n  sse = false\n}\n'],
    ['"./mod//x"', 'main.tf', 'mod/x/', 'module "q" {\n  source = "./mod//x"\n  sse = false\n}\n']
  ])('source = %s', async (_spelling, caller, moduleDir, callText) => {
    const modulePath = moduleDir ? `${moduleDir}main.tf` : caller.replace(/examples?\/.*$/, '') + 'main.tf'
    const f = await sqs({ [caller]: callText, [modulePath]: QUEUE_MODULE }, [caller])
    expect(f.map(x => [x.subject, x.status, x.location?.path, x.location?.line])).toEqual([['module.q.aws_sqs_queue.this', 'fail', caller, 3]])
  })

  test('localModuleDir: local spellings resolve, remote ones are null', () => {
    expect(localModuleDir('a/b', '../../')).toBe('.')
    expect(localModuleDir('a/b', '..')).toBe('a')
    expect(localModuleDir('.', './mod/')).toBe('mod')
    expect(localModuleDir('.', './mod//x')).toBe('mod/x')
    expect(localModuleDir('env', './x/../y/')).toBe('env/y')
    expect(localModuleDir('.', 'terraform-aws-modules/sqs/aws')).toBeNull()
    expect(localModuleDir('.', 'git::https://example.com/m.git//sub')).toBeNull()
  })
})

describe('count and for_each', () => {
  test('count evaluating to 0 makes no instance (no finding)', async () => {
    const f = await sqs({ 'main.tf': 'resource "aws_sqs_queue" "q" {\n  count = length(keys({})) > 0 ? 1 : 0\n  sqs_managed_sse_enabled = false\n}\n' }, [
      'main.tf'
    ])
    expect(f).toEqual([])
  })

  test('a module with for_each = {} makes no instance', async () => {
    const f = await sqs({ 'main.tf': 'module "q" {\n  source = "./q"\n  for_each = {}\n  sse = false\n}\n', 'q/main.tf': QUEUE_MODULE }, ['main.tf'])
    expect(f).toEqual([])
  })

  test('known count: one instance per index, addressed x[i], count.index usable', async () => {
    const f = await sqs(
      { 'main.tf': 'locals {\n  enc = [true, false]\n}\nresource "aws_sqs_queue" "q" {\n  count = 2\n  sqs_managed_sse_enabled = local.enc[count.index]\n}\n' },
      ['main.tf']
    )
    expect(f.map(x => [x.subject, x.status])).toEqual([
      ['aws_sqs_queue.q[0]', 'pass'],
      ['aws_sqs_queue.q[1]', 'fail']
    ])
  })

  test('known for_each map: one instance per key, addressed x["k"], each.value usable', async () => {
    const f = await sqs({ 'main.tf': 'resource "aws_sqs_queue" "q" {\n  for_each = { a = true, b = false }\n  sqs_managed_sse_enabled = each.value\n}\n' }, [
      'main.tf'
    ])
    expect(f.map(x => [x.subject, x.status])).toEqual([
      ['aws_sqs_queue.q["a"]', 'pass'],
      ['aws_sqs_queue.q["b"]', 'fail']
    ])
  })

  test('for_each on a module: module.x["k"] instances with each.* in the inputs', async () => {
    const f = await sqs(
      { 'main.tf': 'module "q" {\n  source = "./q"\n  for_each = toset(["x", "y"])\n  sse = each.key == "x"\n}\n', 'q/main.tf': QUEUE_MODULE },
      ['main.tf']
    )
    expect(f.map(x => [x.subject, x.status])).toEqual([
      ['module.q["x"].aws_sqs_queue.this', 'pass'],
      ['module.q["y"].aws_sqs_queue.this', 'fail']
    ])
  })

  test('unknown count: one finding for the resource, not verified when the value depends on the instance', async () => {
    const f = await sqs({ 'main.tf': 'variable "n" {}\nresource "aws_sqs_queue" "q" {\n  count = var.n\n  sqs_managed_sse_enabled = count.index == 0\n}\n' }, [
      'main.tf'
    ])
    expect(f.map(x => [x.subject, x.status, x.data?.instances])).toEqual([['aws_sqs_queue.q', 'not_verified', 'unknown']])
  })

  test('unknown count with an instance-independent failing value still fails (every instance would)', async () => {
    const f = await sqs({ 'main.tf': 'variable "n" {}\nresource "aws_sqs_queue" "q" {\n  count = var.n\n  sqs_managed_sse_enabled = false\n}\n' }, ['main.tf'])
    expect(f.map(x => [x.subject, x.status])).toEqual([['aws_sqs_queue.q', 'fail']])
    expect(f[0].message).toContain('judged once for every instance')
  })

  test('dynamic block with an empty for_each makes no block', async () => {
    const facts = await scanIac(
      repo({
        'main.tf':
          'resource "aws_dynamodb_table" "t" {\n  name = "t"\n  dynamic "server_side_encryption" {\n    for_each = []\n    content {\n      enabled = true\n    }\n  }\n}\n'
      }),
      ['main.tf']
    )
    const r = facts.resources.find(x => x.address === 'aws_dynamodb_table.t')
    expect(r?.attributes.server_side_encryption).toBeUndefined()
  })
})

describe('functions modules use to compute encryption flags', () => {
  const cases: [string, string, 'pass' | 'fail'][] = [
    ['length', 'length(["a"]) == 1', 'pass'],
    ['keys', 'contains(keys({ a = 1 }), "a")', 'pass'],
    ['values', 'values({ a = false })[0]', 'fail'],
    ['lookup with default', 'lookup({}, "sse", true)', 'pass'],
    ['try falls through a missing key', 'try(local.settings.missing, local.settings.sse)', 'fail'],
    ['try falls through to a literal', 'try(local.settings.nope.deeper, true)', 'pass'],
    ['can', 'can(local.settings.nope)', 'fail'],
    ['coalesce', 'coalesce(null, "", "true") == "true"', 'pass'],
    ['merge', 'merge({ sse = false }, { sse = true }).sse', 'pass'],
    ['concat', 'length(concat([1], [2])) == 2', 'pass'],
    ['contains', 'contains(["a", "b"], "c")', 'fail'],
    ['compact', 'length(compact(["", "a", null])) == 1', 'pass'],
    ['flatten', 'length(flatten([[1, 2], [3]])) == 3', 'pass'],
    ['tobool', 'tobool("false")', 'fail'],
    ['tostring', 'tostring(true) == "true"', 'pass'],
    ['tolist', 'length(tolist(["a"])) == 1', 'pass'],
    ['toset', 'length(toset(["a", "a"])) == 1', 'pass'],
    ['element', 'element([false, true], 3)', 'pass'],
    ['one', 'one([false])', 'fail']
  ]
  test.each(cases)('%s', async (_name, expr, expected) => {
    const f = await sqs({ 'main.tf': `locals {\n  settings = { sse = false }\n}\nresource "aws_sqs_queue" "q" {\n  sqs_managed_sse_enabled = ${expr}\n}\n` }, [
      'main.tf'
    ])
    expect(f.map(x => x.status)).toEqual([expected])
  })

  test('try() over a variable with no value stays unknown (not verified), never falls through to a default', async () => {
    const f = await sqs({ 'main.tf': 'variable "s" {}\nresource "aws_sqs_queue" "q" {\n  sqs_managed_sse_enabled = try(var.s.sse, true)\n}\n' }, ['main.tf'])
    expect(f.map(x => x.status)).toEqual(['not_verified'])
  })
})

describe('locations and duplicates', () => {
  const files = {
    'main.tf':
      'module "replica" {\n  source = "./modules/replica"\n  storage_encrypted = false\n}\nmodule "primary" {\n  source = "./modules/replica"\n  storage_encrypted = true\n}\n',
    'modules/replica/main.tf':
      'variable "storage_encrypted" {}\nmodule "db_instance" {\n  source = "../db_instance/"\n  storage_encrypted = var.storage_encrypted\n}\n',
    'modules/db_instance/main.tf':
      'variable "storage_encrypted" {}\nresource "aws_db_instance" "this" {\n  engine = "postgres"\n  storage_encrypted = var.storage_encrypted\n}\n'
  }
  test('full module address, the calling block where the value is set, the resource line as related', async () => {
    const facts = await scanIac(repo(files), ['main.tf'])
    const f = evaluateIac(facts, opts).filter(x => x.rule === 'CG_IAC_AWS_RDS_ENCRYPTION')
    expect(f.map(x => [x.subject, x.status, x.location, x.data?.related_location])).toEqual([
      ['module.replica.module.db_instance.aws_db_instance.this', 'fail', { path: 'main.tf', line: 3 }, { path: 'modules/db_instance/main.tf', line: 4 }],
      ['module.primary.module.db_instance.aws_db_instance.this', 'pass', { path: 'main.tf', line: 7 }, { path: 'modules/db_instance/main.tf', line: 4 }]
    ])
  })

  test('no two findings are the same', async () => {
    const facts = await scanIac(repo(files), ['main.tf', 'modules/replica/main.tf', 'modules/db_instance/main.tf'])
    const f = evaluateIac(facts, opts)
    const keys = f.map(x => JSON.stringify([x.rule, x.subject, x.location, x.message]))
    expect(new Set(keys).size).toBe(keys.length)
  })
})

describe('code the gate cannot read is visible', () => {
  const files = {
    'main.tf': [
      'module "vpc" {\n  source = "terraform-aws-modules/vpc/aws"\n  version = "5.0.0"\n}',
      'resource "azapi_resource" "cache" {\n  type = "Microsoft.Cache/redisEnterprise@2023-11-01"\n  name = "c"\n  body = { properties = {} }\n}',
      'resource "oci_objectstorage_bucket" "b" {\n  name = "b"\n}',
      'resource "aws_efs_file_system" "fs" {\n  encrypted = true\n}',
      ''
    ].join('\n')
  }
  function record(facts: IacFacts): ChangeRecord {
    return { facts: { iac: { state: 'complete', value: facts, sources: [] } } } as unknown as ChangeRecord
  }
  test('remote modules and data-holding resources without checks: not verified with remedy; warn by default', async () => {
    const facts = await scanIac(repo(files), ['main.tf'])
    const f = evaluateIac(facts, opts).filter(x => x.data?.unevaluated)
    expect(f.map(x => [x.rule, x.subject, x.status])).toEqual([
      ['IAC_REMOTE_MODULE', 'module.vpc', 'not_verified'],
      ['IAC_UNEVALUATED_RESOURCE', 'azapi_resource.cache', 'not_verified'],
      ['IAC_UNEVALUATED_RESOURCE', 'oci_objectstorage_bucket.b', 'not_verified']
    ])
    for (const x of f) expect(x.remedy).toMatch(/terraform show -json/)
    const ctx = { enabledControls: new Set<string>() }
    const warn = iacEncryption.evaluate(record(facts), { ...iacEncryption.meta.defaults }, ctx)
    expect([warn.status, warn.notVerifiedEscalation]).toEqual(['not_verified', 'warn'])
    expect(warn.reason).toMatch(/3 remote module call\(s\) or resource\(s\) without checks not evaluated/)
    const fail = iacEncryption.evaluate(record(facts), { ...iacEncryption.meta.defaults, 'on-unevaluated': 'fail' }, ctx)
    expect(fail.notVerifiedEscalation).toBeUndefined()
    expect(fail.status).toBe('not_verified')
  })
})

describe('residency', () => {
  test('resources with an explicit allowed location are not "not verified" because the provider block has no region', async () => {
    const { evaluateResidency } = await import('../../src/iac/evaluate.js')
    const explicit = await scanIac(
      repo({ 'main.tf': 'provider "google" {}\nresource "google_storage_bucket" "b" {\n  name = "b"\n  location = "me-central2"\n}\n' }),
      ['main.tf']
    )
    expect(evaluateResidency(explicit, ['me-central2']).map(f => [f.subject, f.status])).toEqual([['google_storage_bucket.b', 'pass']])
    // a resource that takes its region from the provider still depends on it
    const implicit = await scanIac(repo({ 'main.tf': 'provider "google" {}\nresource "google_pubsub_topic" "t" {\n  name = "t"\n}\n' }), ['main.tf'])
    expect(evaluateResidency(implicit, ['me-central2']).map(f => [f.subject, f.status])).toEqual([['provider.google', 'not_verified']])
  })
})

test('nested counted modules cannot multiply without bound: past the instance budget they are judged as one', async () => {
  const facts = await scanIac(
    repo({
      'main.tf': 'module "a" {\n  source = "./m"\n  count = 256\n}\n',
      'm/main.tf': 'module "b" {\n  source = "../m2"\n  count = 256\n}\n',
      'm2/main.tf': 'resource "aws_sqs_queue" "q" {\n  count = 256\n  sqs_managed_sse_enabled = false\n}\n'
    }),
    ['main.tf']
  )
  const f = evaluateIac(facts, opts).filter(x => x.rule === 'CG_IAC_AWS_SQS_ENCRYPTION')
  expect(f.length).toBeLessThanOrEqual(2_000)
  expect(f.every(x => x.status === 'fail')).toBe(true)
  expect(f.some(x => x.data?.instances === 'unknown')).toBe(true)
})

describe('a change to what a module reads judges every resource of it (cold IaC review, session 40)', () => {
  const RDS = (flag: string) =>
    `resource "aws_db_instance" "db" {\n  engine            = "postgres"\n  instance_class    = "db.t3.micro"\n  allocated_storage = 20\n  storage_encrypted = ${flag}\n}\n`
  const rds = async (files: Record<string, string>, changed: string[], removedPaths: string[] = []) => {
    const facts = await scanIac(repo(files), changed, { removedPaths })
    return evaluateIac(facts, opts)
      .filter(f => f.rule === 'CG_IAC_AWS_RDS_ENCRYPTION')
      .map(f => [f.status, f.subject])
  }

  test.each([
    ['a variable default turned false in variables.tf', { 'variables.tf': 'variable "enc" {\n  default = false\n}\n' }, ['variables.tf']],
    ['a local turned false', { 'locals.tf': 'locals {\n  enc = false\n}\n' }, ['locals.tf']],
    ['terraform.tfvars', { 'variables.tf': 'variable "enc" {\n  default = true\n}\n', 'terraform.tfvars': 'enc = false\n' }, ['terraform.tfvars']],
    ['an .auto.tfvars file', { 'variables.tf': 'variable "enc" {\n  default = true\n}\n', 'prod.auto.tfvars': 'enc = false\n' }, ['prod.auto.tfvars']]
  ])('%s: the RDS instance in the unchanged main.tf fails', async (_name, inputs, changed) => {
    const flag = 'locals.tf' in inputs ? 'local.enc' : 'var.enc'
    expect(await rds({ 'main.tf': RDS(flag), ...inputs }, changed)).toEqual([['fail', 'aws_db_instance.db']])
  })

  test('a change to a file holding only resources leaves the other files of the module unjudged', async () => {
    const facts = await scanIac(repo({ 'main.tf': RDS('false'), 'queue.tf': 'resource "aws_sqs_queue" "q" {\n  sqs_managed_sse_enabled = true\n}\n' }), [
      'queue.tf'
    ])
    expect(facts.resources.filter(r => r.changed).map(r => r.address)).toEqual(['aws_sqs_queue.q'])
  })

  test("a removed file that held a bucket's encryption configuration: the bucket is judged again", async () => {
    const files = {
      'bucket.tf': 'resource "aws_s3_bucket" "b" {\n  bucket = "b"\n}\n',
      'kms.tf': 'resource "aws_kms_key" "k" {\n  enable_key_rotation = true\n}\n'
    }
    const facts = await scanIac(repo(files), [], { removedPaths: ['sse.tf'] })
    const findings = evaluateIac(facts, { ...opts, requireCmk: true }).filter(f => f.subject === 'aws_s3_bucket.b')
    expect(findings.map(f => f.status)).toContain('fail')
  })

  test('a provider region set in an unchanged file decides where an added resource goes', async () => {
    const { evaluateResidency } = await import('../../src/iac/evaluate.js')
    const files = {
      'providers.tf': 'provider "aws" {\n  region = "us-east-1"\n}\n',
      'queue.tf': 'resource "aws_sqs_queue" "q" {\n  sqs_managed_sse_enabled = true\n}\n'
    }
    const facts = await scanIac(repo(files), ['queue.tf'])
    expect(evaluateResidency(facts, ['eu-west-1']).map(f => [f.subject, f.status])).toEqual([['provider.aws', 'fail']])
  })
})

describe('replica regions are places the change deploys to (cold IaC review, session 40)', () => {
  test.each([
    [
      'a DynamoDB global table replica',
      'provider "aws" {\n  region = "eu-west-1"\n}\nresource "aws_dynamodb_table" "t" {\n  name     = "t"\n  hash_key = "id"\n  attribute {\n    name = "id"\n    type = "S"\n  }\n  replica {\n    region_name = "us-east-1"\n  }\n}\n',
      ['eu-west-1'],
      'aws_dynamodb_table.t.replica[0].region_name'
    ],
    [
      'a Cosmos DB geo location',
      'resource "azurerm_cosmosdb_account" "db" {\n  name                = "db"\n  location            = "westeurope"\n  resource_group_name = "rg"\n  offer_type          = "Standard"\n  geo_location {\n    location          = "westeurope"\n    failover_priority = 0\n  }\n  geo_location {\n    location          = "eastus"\n    failover_priority = 1\n  }\n}\n',
      ['westeurope'],
      'azurerm_cosmosdb_account.db.geo_location[1].location'
    ]
  ])('%s outside the allowed regions fails', async (_name, tf, allowed, subject) => {
    const { evaluateResidency } = await import('../../src/iac/evaluate.js')
    const facts = await scanIac(repo({ 'main.tf': tf }), ['main.tf'])
    const failed = evaluateResidency(facts, allowed).filter(f => f.status === 'fail')
    expect(failed.map(f => f.subject)).toEqual([subject])
  })
})

describe('a zone names its region (cold IaC review, session 40)', () => {
  test.each([
    ['a Google disk in a zone outside the allowed regions fails', 'us-central1-a', 'fail'],
    ['a Google disk in a zone of an allowed region passes (no provider block needed)', 'europe-west1-b', 'pass']
  ])('%s', async (_name, zone, status) => {
    const { evaluateResidency } = await import('../../src/iac/evaluate.js')
    const tf = `resource "google_compute_disk" "d" {\n  name = "d"\n  zone = "${zone}"\n  size = 10\n}\n`
    const facts = await scanIac(repo({ 'main.tf': tf }), ['main.tf'])
    expect(evaluateResidency(facts, ['europe-west1']).map(f => [f.subject, f.status])).toEqual([['google_compute_disk.d', status]])
  })
  test('an AWS availability zone outside the allowed regions fails; a region not set anywhere says how to set it', async () => {
    const { evaluateResidency } = await import('../../src/iac/evaluate.js')
    const tf =
      'resource "aws_ebs_volume" "v" {\n  availability_zone = "us-east-1a"\n  size = 10\n  encrypted = true\n}\nresource "aws_sqs_queue" "q" {\n  name = "q"\n}\n'
    const facts = await scanIac(repo({ 'main.tf': tf }), ['main.tf'])
    const findings = evaluateResidency(facts, ['eu-west-1'])
    expect(findings.find(f => f.subject === 'aws_ebs_volume.v')?.status).toBe('fail')
    expect(findings.find(f => f.subject === 'provider.aws')).toMatchObject({
      status: 'not_verified',
      remedy: expect.stringMatching(/Set the region in the provider "aws" block/)
    })
  })
})

test('an availability zone read from a data source lies in the provider region, which decides (cold re-review, session 40)', async () => {
  const { evaluateResidency } = await import('../../src/iac/evaluate.js')
  const tf =
    'provider "aws" {\n  region = "eu-west-1"\n}\ndata "aws_availability_zones" "available" {}\nresource "aws_ebs_volume" "v" {\n  availability_zone = data.aws_availability_zones.available.names[0]\n  size = 10\n  encrypted = true\n}\n'
  const facts = await scanIac(repo({ 'main.tf': tf }), ['main.tf'])
  expect(evaluateResidency(facts, ['eu-west-1']).map(f => [f.subject, f.status])).toEqual([['provider.aws', 'pass']])
})

describe('only what reads a changed input is judged again (cold re-review, session 40)', () => {
  const LEGACY = 'resource "aws_db_instance" "legacy" {\n  engine = "postgres"\n  instance_class = "db.t3.micro"\n  allocated_storage = 20\n}\n'
  test.each([
    ['an unrelated variable added', { 'variables.tf': 'variable "owner_tag" {\n  default = "team-a"\n}\n' }],
    ['a data source added', { 'data.tf': 'data "aws_caller_identity" "me" {}\n' }],
    [
      'a new encrypted database with its own variable',
      {
        'db.tf':
          'variable "enc" {\n  default = true\n}\nresource "aws_db_instance" "new" {\n  engine = "postgres"\n  instance_class = "db.t3.micro"\n  allocated_storage = 20\n  storage_encrypted = var.enc\n}\n'
      }
    ]
  ])('%s: the unencrypted legacy database in an untouched file is not judged', async (_name, added) => {
    const facts = await scanIac(repo({ 'legacy.tf': LEGACY, ...added }), Object.keys(added))
    expect(facts.resources.filter(r => r.changed).map(r => r.address)).not.toContain('aws_db_instance.legacy')
  })

  test('a resource reading a changed variable through a local and a data source is judged', async () => {
    const facts = await scanIac(
      repo({
        'main.tf':
          'locals {\n  enc = var.enc\n}\nresource "aws_db_instance" "d" {\n  engine = "postgres"\n  instance_class = "db.t3.micro"\n  allocated_storage = 20\n  storage_encrypted = local.enc\n}\n',
        'variables.tf': 'variable "enc" {\n  default = false\n}\n'
      }),
      ['variables.tf']
    )
    expect(
      evaluateIac(facts, opts)
        .filter(f => f.rule === 'CG_IAC_AWS_RDS_ENCRYPTION')
        .map(f => [f.status, f.subject])
    ).toEqual([['fail', 'aws_db_instance.d']])
  })

  test('a changed -var-file sets a value known only when Terraform runs: not verified, never the default', async () => {
    const facts = await scanIac(
      repo({
        'main.tf':
          'variable "db_encrypted" {\n  default = true\n}\nresource "aws_db_instance" "d" {\n  engine = "postgres"\n  instance_class = "db.t3.micro"\n  allocated_storage = 20\n  storage_encrypted = var.db_encrypted\n}\n',
        'prod.tfvars': 'db_encrypted = false\n'
      }),
      ['prod.tfvars']
    )
    expect(
      evaluateIac(facts, opts)
        .filter(f => f.rule === 'CG_IAC_AWS_RDS_ENCRYPTION')
        .map(f => f.status)
    ).toEqual(['not_verified'])
  })
})

describe('nested places data goes: clusters, backups, replicas, dual regions (cold re-review, session 40)', () => {
  test.each([
    [
      'a Bigtable cluster zone',
      'resource "google_bigtable_instance" "bt" {\n  name = "bt"\n  cluster {\n    cluster_id = "c1"\n    zone = "us-central1-b"\n  }\n}\n',
      'google_bigtable_instance.bt.cluster[0].zone'
    ],
    [
      'a Cloud SQL backup location',
      'resource "google_sql_database_instance" "m" {\n  name = "m"\n  region = "europe-west1"\n  settings {\n    tier = "db-f1-micro"\n    backup_configuration {\n      enabled = true\n      location = "us"\n    }\n  }\n}\n',
      'google_sql_database_instance.m.settings[0].backup_configuration[0].location'
    ],
    [
      'a Spanner regional configuration',
      'resource "google_spanner_instance" "s" {\n  name = "s"\n  config = "regional-us-central1"\n  display_name = "s"\n}\n',
      'google_spanner_instance.s.config'
    ],
    [
      'a dual-region bucket location',
      'resource "google_storage_bucket" "b" {\n  name = "b"\n  location = "europe-west1"\n  custom_placement_config {\n    data_locations = ["EUROPE-WEST1", "US-EAST1"]\n  }\n}\n',
      'google_storage_bucket.b.custom_placement_config[0].data_locations[1]'
    ],
    [
      'a Google provider with only a zone',
      'provider "google" {\n  project = "p"\n  zone = "us-central1-a"\n}\nresource "google_compute_disk" "d" {\n  name = "d"\n}\n',
      'provider.google'
    ]
  ])('%s outside the allowed region fails', async (_name, tf, subject) => {
    const { evaluateResidency } = await import('../../src/iac/evaluate.js')
    const facts = await scanIac(repo({ 'main.tf': tf }), ['main.tf'])
    expect(
      evaluateResidency(facts, ['europe-west1'])
        .filter(f => f.status === 'fail')
        .map(f => f.subject)
    ).toEqual([subject])
  })
  test('an AWS Backup copy to a vault in another region fails, named by the vault ARN', async () => {
    const { evaluateResidency } = await import('../../src/iac/evaluate.js')
    const tf =
      'provider "aws" {\n  region = "eu-west-1"\n}\nresource "aws_backup_plan" "p" {\n  name = "p"\n  rule {\n    rule_name = "r"\n    target_vault_name = "v"\n    copy_action {\n      destination_vault_arn = "arn:aws:backup:us-east-1:111122223333:backup-vault:dr"\n    }\n  }\n}\n'
    const facts = await scanIac(repo({ 'main.tf': tf }), ['main.tf'])
    const failed = evaluateResidency(facts, ['eu-west-1']).filter(f => f.status === 'fail')
    expect(failed.map(f => [f.subject, f.data?.region])).toEqual([['aws_backup_plan.p.rule[0].copy_action[0].destination_vault_arn', 'us-east-1']])
  })
})

describe('a changed module is judged where it is used (cold re-review, session 40)', () => {
  const ROOT =
    'module "x" {\n  source = "./m"\n}\nresource "aws_db_instance" "d" {\n  engine = "postgres"\n  instance_class = "db.t3.micro"\n  allocated_storage = 20\n  storage_encrypted = module.x.enc\n}\n'
  test('an output turned false: the untouched resource reading it is judged', async () => {
    const facts = await scanIac(repo({ 'main.tf': ROOT, 'm/outputs.tf': 'output "enc" {\n  value = false\n}\n' }), ['m/outputs.tf'])
    const found = evaluateIac(facts, opts).filter(f => f.rule === 'CG_IAC_AWS_RDS_ENCRYPTION')
    expect(found.map(f => [f.status, f.subject])).not.toEqual([])
    expect(found.every(f => f.status !== 'pass')).toBe(true)
  })
  test("a module's resource is judged with its caller's values, not its own defaults", async () => {
    const facts = await scanIac(
      repo({
        'main.tf': 'module "db" {\n  source = "./modules/db"\n  encrypted = false\n}\n',
        'modules/db/main.tf':
          'variable "encrypted" {\n  default = true\n}\nresource "aws_db_instance" "d" {\n  engine = "postgres"\n  instance_class = "db.t3.micro"\n  allocated_storage = 20\n  storage_encrypted = var.encrypted\n}\n'
      }),
      ['modules/db/main.tf']
    )
    expect(
      evaluateIac(facts, opts)
        .filter(f => f.rule === 'CG_IAC_AWS_RDS_ENCRYPTION')
        .map(f => [f.status, f.subject])
    ).toEqual([['fail', 'module.db.aws_db_instance.d']])
  })
})

test('a configurable dual-region bucket is judged by its data_locations only (final cold check, session 40)', async () => {
  const { evaluateResidency } = await import('../../src/iac/evaluate.js')
  const tf =
    'resource "google_storage_bucket" "b" {\n  name = "b"\n  location = "EU"\n  custom_placement_config {\n    data_locations = ["EUROPE-WEST1", "EUROPE-WEST4"]\n  }\n}\n'
  const facts = await scanIac(repo({ 'main.tf': tf }), ['main.tf'])
  expect(evaluateResidency(facts, ['europe-west1', 'europe-west4']).map(f => f.status)).toEqual(['pass', 'pass'])
})
