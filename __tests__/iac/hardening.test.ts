/**
 * Issue 19, IaC parts, at the scanner: no secret value kept in the facts, YAML alias bombs and parse
 * budgets, symbolic links followed inside the checkout and never out of it.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, test } from '@jest/globals'
import { evaluateIac } from '../../src/iac/evaluate.js'
import { scanIac } from '../../src/iac/scan.js'
import { aliasBomb, plantedSecrets, secretFiles } from './issue19-inputs.js'

const roots: string[] = []
function repo(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cg-iac-hard-'))
  roots.push(dir)
  for (const [p, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, p)), { recursive: true })
    fs.writeFileSync(path.join(dir, p), text)
  }
  return dir
}
afterAll(() => roots.forEach(d => fs.rmSync(d, { recursive: true, force: true })))
const opts = { requireCmk: false, allowSkipComments: false }

describe('no secret value in the IaC facts', () => {
  test('planted values in Lambda env, tfvars, CloudFormation and ARM parameters never appear; previews and fingerprints do', async () => {
    const s = plantedSecrets()
    const files = secretFiles(s)
    const facts = await scanIac(repo(files), Object.keys(files), { repoFullName: 'octo/infra' })
    const text = JSON.stringify(facts) + JSON.stringify(evaluateIac(facts, opts))
    for (const [name, v] of Object.entries(s)) expect([name, text.includes(v)]).toEqual([name, false])
    // the Lambda's variables are still there, redacted, with a fingerprint
    const lambda = facts.resources.find(r => r.address === 'aws_lambda_function.api')
    expect(JSON.stringify(lambda?.attributes.environment)).toMatch(/GITHUB_TOKEN/)
    expect(JSON.stringify(lambda?.attributes.environment)).toMatch(/redacted/)
  })
  test('a partly interpolated secret under a secret-like name keeps no literal part of it (Unknown.template)', async () => {
    const tail = 'Qx7-partial-passphrase-literal'
    const files = {
      'main.tf': `variable "env" {}\nresource "aws_lambda_function" "api" {\n  function_name = "api"\n  role          = "r"\n  environment {\n    variables = {\n      DB_PASSWORD = "\${var.env}-${tail}"\n    }\n  }\n}\n`
    }
    const facts = await scanIac(repo(files), Object.keys(files), { repoFullName: 'octo/infra' })
    const text = JSON.stringify(facts) + JSON.stringify(evaluateIac(facts, opts))
    expect(text.includes(tail)).toBe(false)
    expect(text).toMatch(/DB_PASSWORD/)
  })

  test('a list under a secret-like name mixing literal and partly known strings keeps neither', async () => {
    const lit = 'Lit3ral-list-passphrase'
    const part = 'Qx9-partial-list-passphrase'
    const files = {
      'main.tf': `variable "env" {}\nresource "aws_lambda_function" "api" {\n  function_name = "api"\n  role          = "r"\n  environment {\n    variables = {\n      DB_PASSWORD = ["${lit}", "\${var.env}-${part}"]\n    }\n  }\n}\n`
    }
    const facts = await scanIac(repo(files), Object.keys(files), { repoFullName: 'octo/infra' })
    const text = JSON.stringify(facts) + JSON.stringify(evaluateIac(facts, opts))
    expect([text.includes(lit), text.includes(part)]).toEqual([false, false])
  })
})

describe("values in the user's own settings maps are kept as previews whatever their names (cold review, session 40)", () => {
  test('Lambda environment variables, CloudFormation Variables, ARM appSettings and a customer-supplied disk key', async () => {
    const seed = 'Zq81vNw0pLr6TyHx4mKc'
    const local = 'Hm4cPq7Rw2Zx9LnTb5Vd'
    const fromVar = 'Ab3xK9pQ2mZr7TwL1nVc'
    const rawKey = 'acXTsVWYlAb1NyNTwEtQ4U5d/3hAczjJpE4Bw8yqFQI='
    const cfn = 'Yt6Wq2Lp9Rk4Zm1Xn8Bv'
    const arm = 'Pu5Ns8Ke3Jw6Hd0Gf2Lc'
    const files = {
      'main.tf': `variable "admin" {\n  default = "${fromVar}"\n}\nlocals {\n  hmac = "${local}"\n}\nresource "aws_lambda_function" "api" {\n  function_name = "api"\n  role          = "r"\n  environment {\n    variables = {\n      SIGNING_SEED = "${seed}"\n      HMAC_INPUT   = local.hmac\n      ADMIN        = var.admin\n    }\n  }\n}\nresource "google_compute_disk" "d" {\n  name = "d"\n  zone = "europe-west1-b"\n  disk_encryption_key {\n    raw_key = "${rawKey}"\n  }\n}\n`,
      'fn.yaml': `AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Fn:\n    Type: AWS::Lambda::Function\n    Properties:\n      Role: arn:aws:iam::123456789012:role/r\n      Code: { ZipFile: 'x' }\n      Handler: index.h\n      Runtime: nodejs20.x\n      Environment:\n        Variables:\n          PLAIN: ${cfn}\n`,
      'site.json': JSON.stringify({
        $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
        contentVersion: '1.0.0.0',
        resources: [
          {
            type: 'Microsoft.Web/sites',
            apiVersion: '2022-03-01',
            name: 'app',
            location: 'westeurope',
            properties: { httpsOnly: true, siteConfig: { appSettings: [{ name: 'SIGNING', value: arm }] } }
          }
        ]
      })
    }
    const facts = await scanIac(repo(files), Object.keys(files), { repoFullName: 'octo/infra' })
    const text = JSON.stringify(facts) + JSON.stringify(evaluateIac(facts, opts))
    for (const v of [seed, local, fromVar, rawKey, cfn, arm]) expect([v, text.includes(v)]).toEqual([v, false])
    // names stay, and the checks still see that the settings exist (the Lambda's key check applies)
    expect(text).toMatch(/SIGNING_SEED/)
    expect(text).toMatch(/SIGNING/)
    const checked = evaluateIac(facts, { ...opts, requireCmk: true })
    expect(JSON.stringify(checked)).toMatch(/aws_lambda_function\.api/)
  })
})

describe('a parse error never quotes the value it stopped at (cold review, session 40)', () => {
  test('HCL, a CloudFormation YAML and a .tf.json: the message names the line and the word, not the value', async () => {
    const value = 'odwHCovXarfopYzy'
    const files = {
      'db.tf': `resource "aws_db_instance" "db" {\n  engine = "postgres"\n  password "${value}"\n}\n`,
      'cfn.yaml': `Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      MasterUserPassword: ${value}: x\n`,
      'x.tf.json': `{"resource": {"aws_sqs_queue": {"q": {"name": "${value}" "kms": 1}}}}`
    }
    const facts = await scanIac(repo(files), Object.keys(files), { repoFullName: 'octo/infra' })
    const text = JSON.stringify(facts) + JSON.stringify(evaluateIac(facts, opts))
    expect(text.includes(value)).toBe(false)
    expect(text).toMatch(/db\.tf:3: cannot parse \(syntax error: unexpected \\"password …\\"\)/)
    expect(text).toMatch(/cfn\.yaml:5/)
  })
})

describe('alias and size limits, parse budget', () => {
  test('the alias bomb ends within seconds: that file not verified with the reason', async () => {
    const bomb = aliasBomb()
    expect(bomb.length).toBeLessThan(700)
    const started = Date.now()
    const facts = await scanIac(repo({ 'cfn/bomb.yaml': bomb }), ['cfn/bomb.yaml'])
    expect(Date.now() - started).toBeLessThan(5_000)
    const f = evaluateIac(facts, opts)
    expect(f.map(x => [x.rule, x.status, x.subject])).toEqual([['IAC_PARSE_ERROR', 'not_verified', 'cfn/bomb.yaml']])
    expect(f[0].message).toMatch(/alias/)
  })

  test('a few aliases (shared tags) still read', async () => {
    const t =
      'AWSTemplateFormatVersion: "2010-09-09"\nx: &tags [{Key: a, Value: b}]\nResources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      SqsManagedSseEnabled: true\n      Tags: *tags\n'
    const f = evaluateIac(await scanIac(repo({ 'q.yaml': t }), ['q.yaml']), opts)
    expect(f.map(x => [x.rule, x.status])).toEqual([['CG_IAC_CFN_SQS_ENCRYPTION', 'pass']])
  })
})

describe('symbolic links', () => {
  test('a .tf that links to a file inside the checkout is evaluated (Terraform follows it)', async () => {
    const dir = repo({ 'shared/queue.tf.txt': 'resource "aws_sqs_queue" "q" {\n  sqs_managed_sse_enabled = false\n}\n' })
    fs.mkdirSync(path.join(dir, 'env'))
    fs.symlinkSync('../shared/queue.tf.txt', path.join(dir, 'env/queue.tf'))
    const f = evaluateIac(await scanIac(dir, ['env/queue.tf']), opts)
    expect(f.map(x => [x.rule, x.subject, x.status, x.location?.path])).toEqual([['CG_IAC_AWS_SQS_ENCRYPTION', 'aws_sqs_queue.q', 'fail', 'env/queue.tf']])
  })

  test('a .tf or template that links outside the checkout is never followed: not verified with the reason', async () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'cg-outside-'))
    roots.push(outside)
    fs.writeFileSync(path.join(outside, 'x.tf'), 'resource "aws_sqs_queue" "q" {\n  sqs_managed_sse_enabled = true\n}\n')
    const dir = repo({ 'env/main.tf': 'resource "aws_efs_file_system" "fs" {\n  encrypted = true\n}\n' })
    fs.symlinkSync(path.join(outside, 'x.tf'), path.join(dir, 'env/leak.tf'))
    fs.symlinkSync('/etc/hostname', path.join(dir, 'stack.yaml'))
    const facts = await scanIac(dir, ['env/main.tf', 'env/leak.tf', 'stack.yaml'])
    const f = evaluateIac(facts, opts)
    expect(f.filter(x => x.rule === 'IAC_FILE_SKIPPED').map(x => [x.subject, x.status])).toEqual([
      ['env/leak.tf', 'not_verified'],
      ['stack.yaml', 'not_verified']
    ])
    expect(f.find(x => x.subject === 'env/leak.tf')?.message).toMatch(/symbolic link leading outside the checkout/)
    expect(f.some(x => x.rule === 'CG_IAC_AWS_SQS_ENCRYPTION')).toBe(false)
  })
})
