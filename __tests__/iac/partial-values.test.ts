/**
 * Strings only partly known until deploy: a KMS key id built with `!Sub` from pseudo parameters
 * (AWS::Partition, AWS::Region, AWS::AccountId — the shape AWS's own sample templates use) or a Terraform
 * string interpolating variables and data sources. The literal parts still say which key it is; a value whose
 * identity is not literal stays not verified, and checks that do not judge keys are unchanged.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, test } from '@jest/globals'
import { evaluateIac } from '../../src/iac/evaluate.js'
import { scanIac } from '../../src/iac/scan.js'

async function judge(file: string, text: string, check: string, requireCmk: boolean) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cg-partial-'))
  fs.writeFileSync(path.join(dir, file), text)
  const facts = await scanIac(dir, [file])
  expect(facts.files.filter(f => f.status === 'error')).toEqual([])
  const found = evaluateIac(facts, { requireCmk, requireInfrastructureEncryption: false, allowSkipComments: false, checks: [check] }).filter(
    f => f.rule === check
  )
  expect(found).toHaveLength(1)
  return found[0]
}

const cfn = (key: string) => `AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  KeyAlias:
    Type: String
Resources:
  MyKey:
    Type: AWS::KMS::Key
    Properties:
      KeyPolicy: {}
  Topic:
    Type: AWS::SNS::Topic
    Properties:
      KmsMasterKeyId: ${key}
`

describe('CloudFormation Fn::Sub key ids', () => {
  const CHECK = 'CG_IAC_CFN_SNS_ENCRYPTION'
  test.each([
    ['AWS-managed alias ARN from pseudo parameters', '!Sub "arn:${AWS::Partition}:kms:${AWS::Region}:${AWS::AccountId}:alias/aws/sns"', 'pass', 'fail'],
    ['customer alias ARN from pseudo parameters', '!Sub "arn:${AWS::Partition}:kms:${AWS::Region}:${AWS::AccountId}:alias/orders-topic"', 'pass', 'pass'],
    ['key id ARN from pseudo parameters', '!Sub "arn:aws:kms:${AWS::Region}:${AWS::AccountId}:key/1234abcd-12ab-34cd-56ef-1234567890ab"', 'pass', 'pass'],
    ['key ARN ending in a key resource', '!Sub "arn:${AWS::Partition}:kms:${AWS::Region}:${AWS::AccountId}:key/${MyKey}"', 'pass', 'pass'],
    ['the long form with a variable map', '!Sub ["arn:${P}:kms:${AWS::Region}:${AWS::AccountId}:alias/aws/sns", {P: !Ref "AWS::Partition"}]', 'pass', 'fail'],
    ['alias named by a parameter without a default', '!Sub "alias/${KeyAlias}"', 'not_verified', 'not_verified'],
    ['whole value from a pseudo parameter', '!Sub "${AWS::StackName}"', 'not_verified', 'not_verified'],
    ['AWS-managed alias named after a resource', '!Sub "alias/aws/${MyKey}"', 'pass', 'fail']
  ])('%s', async (_name, key, plain, cmk) => {
    expect((await judge('template.yaml', cfn(key), CHECK, false)).status).toBe(plain)
    const withCmk = await judge('template.yaml', cfn(key), CHECK, true)
    expect(withCmk.status).toBe(cmk)
    if (cmk === 'fail') expect(withCmk.message).toMatch(/AWS-managed key (?:arn:\$\{…\}:kms|alias\/aws\/\$\{MyKey\})/)
  })
})

const tf = (key: string) => `variable "region" {}
data "aws_caller_identity" "current" {}
resource "aws_kms_key" "queue" {}
resource "aws_sqs_queue" "q" {
  name              = "orders"
  kms_master_key_id = ${key}
}
`

describe('Terraform interpolated key ids', () => {
  const CHECK = 'CG_IAC_AWS_SQS_ENCRYPTION'
  test.each([
    [
      'AWS-managed alias ARN with a variable and a data source',
      '"arn:aws:kms:${var.region}:${data.aws_caller_identity.current.account_id}:alias/aws/sqs"',
      'pass',
      'fail'
    ],
    ['customer alias ARN', '"arn:aws:kms:${var.region}:${data.aws_caller_identity.current.account_id}:alias/orders"', 'pass', 'pass'],
    [
      'ARN ending in a key resource',
      '"arn:aws:kms:${var.region}:${data.aws_caller_identity.current.account_id}:key/${aws_kms_key.queue.key_id}"',
      'pass',
      'pass'
    ],
    ['alias from a variable without a default', '"alias/${var.region}"', 'not_verified', 'not_verified']
  ])('%s', async (_name, key, plain, cmk) => {
    expect((await judge('main.tf', tf(key), CHECK, false)).status).toBe(plain)
    expect((await judge('main.tf', tf(key), CHECK, true)).status).toBe(cmk)
  })

  test('a partly known value is still unknown to checks that compare whole values', async () => {
    const text = `variable "suffix" {}
resource "aws_lb_listener" "l" {
  load_balancer_arn = "arn"
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-\${var.suffix}"
}
`
    const f = await judge('main.tf', text, 'CG_IAC_AWS_LB_SSL_POLICY', false)
    expect(f.status).toBe('not_verified')
  })
})
