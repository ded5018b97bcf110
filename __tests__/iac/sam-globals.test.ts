/**
 * SAM templates: properties in `Globals` are inherited by every AWS::Serverless::* resource of that kind, and a
 * resource's own value replaces the global one (maps merged key by key), as SAM's documentation says. A check
 * judges the merged properties and points at the line that holds the deciding setting.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expect, test } from '@jest/globals'
import { evaluateIac } from '../../src/iac/evaluate.js'
import { scanIac } from '../../src/iac/scan.js'

async function judge(text: string, check: string, requireCmk: boolean) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cg-sam-'))
  fs.writeFileSync(path.join(dir, 'template.yaml'), text)
  const facts = await scanIac(dir, ['template.yaml'])
  expect(facts.files.filter(f => f.status === 'error')).toEqual([])
  return evaluateIac(facts, { requireCmk, requireInfrastructureEncryption: false, allowSkipComments: false, checks: [check] }).filter(
    f => f.rule === check && f.status !== 'not_applicable'
  )
}

const HEAD = 'AWSTemplateFormatVersion: "2010-09-09"\nTransform: AWS::Serverless-2016-10-31\n'

test('API method caching turned on in Globals without encryption fails on every API (lists are joined, Globals first)', async () => {
  const t = `${HEAD}Globals:
  Api:
    MethodSettings:
      - ResourcePath: "/*"
        HttpMethod: "*"
        CachingEnabled: true
Resources:
  PublicApi:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
  InternalApi:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
      MethodSettings:
        - ResourcePath: "/orders"
          HttpMethod: GET
          CachingEnabled: true
          CacheDataEncrypted: true
  PlainApi:
    Type: AWS::Serverless::Function
    Properties:
      Handler: app.handler
`
  const found = await judge(t, 'CG_IAC_CFN_APIGW_CACHE_ENCRYPTION', false)
  expect(found.map(f => [f.subject, f.status])).toEqual([
    [expect.stringContaining('PublicApi'), 'fail'],
    [expect.stringContaining('InternalApi'), 'fail']
  ])
})

test('Globals maps merge with the resource: the key from Globals, the variables from the function', async () => {
  const t = `${HEAD}Globals:
  Function:
    KmsKeyArn: arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab
    Environment:
      Variables:
        STAGE: prod
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: app.handler
      Environment:
        Variables:
          TABLE: orders
`
  const [f] = await judge(t, 'CG_IAC_CFN_LAMBDA_ENV_KMS', true)
  expect(f.status).toBe('pass')
  expect(f.location?.line).toBe(5)
})

test('a resource value replaces the global one: an AWS-managed key in the function beats a customer key in Globals', async () => {
  const t = `${HEAD}Globals:
  Function:
    KmsKeyArn: arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: app.handler
      KmsKeyArn: arn:aws:kms:eu-west-1:111122223333:alias/aws/lambda
      Environment:
        Variables:
          TABLE: orders
`
  const [f] = await judge(t, 'CG_IAC_CFN_LAMBDA_ENV_KMS', true)
  expect(f.status).toBe('fail')
  expect(f.location?.line).toBe(11)
})

test('SimpleTable with require-cmk: SSE on with a customer key passes, SSE on without one fails', async () => {
  const table = (sse: string) => `${HEAD}Resources:\n  T:\n    Type: AWS::Serverless::SimpleTable\n    Properties:\n      SSESpecification:\n${sse}`
  const [ok] = await judge(
    table('        SSEEnabled: true\n        SSEType: KMS\n        KMSMasterKeyId: alias/orders-table\n'),
    'CG_IAC_CFN_SAM_SIMPLETABLE_ENCRYPTION',
    true
  )
  expect(ok.status).toBe('pass')
  const [bad] = await judge(table('        SSEEnabled: true\n'), 'CG_IAC_CFN_SAM_SIMPLETABLE_ENCRYPTION', true)
  expect(bad.status).toBe('fail')
  const [plain] = await judge(table('        SSEEnabled: true\n'), 'CG_IAC_CFN_SAM_SIMPLETABLE_ENCRYPTION', false)
  expect(plain.status).toBe('pass')
})
