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
