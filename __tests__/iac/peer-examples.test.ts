/**
 * Peer scanners' public examples (Checkov test fixtures, Trivy check examples), each with the path it comes
 * from, and the verdict compliance-gate must give it. A cold accuracy run against these examples found the
 * defects these cases pin; the examples are abridged to the attributes the checks read.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, test } from '@jest/globals'
import { evaluateIac } from '../../src/iac/evaluate.js'
import { scanIac } from '../../src/iac/scan.js'

const CHECKOV = 'bridgecrewio/checkov:tests/terraform/checks/resource/aws/'
const TRIVY = 'aquasecurity/trivy-checks:checks/cloud/aws/'

type Status = 'pass' | 'fail' | 'not_verified' | 'not_applicable'

interface Example {
  /** Where the example comes from (repository:path, and which case in it). */
  source: string
  file: 'main.tf' | 'template.yaml'
  text: string
  requireCmk?: boolean
  /** Every finding of `rule`, as [subject, status]. */
  rule: string
  expected: [string, Status][]
}

const roots: string[] = []
afterAll(() => roots.forEach(d => fs.rmSync(d, { recursive: true, force: true })))

async function verdicts(e: Example): Promise<[string, Status][]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cg-peer-'))
  roots.push(dir)
  fs.writeFileSync(path.join(dir, e.file), e.text)
  const facts = await scanIac(dir, [e.file])
  expect(facts.files.filter(f => f.status === 'error')).toEqual([])
  return evaluateIac(facts, { requireCmk: e.requireCmk ?? false, allowSkipComments: false, checks: [e.rule] })
    .filter(f => f.rule === e.rule)
    .map(f => [f.subject ?? '', f.status])
}

function run(examples: Example[]): void {
  test.each(examples.map(e => [`${e.source}${e.requireCmk ? ' (require-cmk)' : ''}`, e] as const))('%s', async (_name, e) => {
    expect(await verdicts(e)).toEqual(e.expected)
  })
}

describe('an empty key id sets no key', () => {
  run([
    {
      source: `${CHECKOV}example_SQSQueueEncryption/main.tf`,
      file: 'main.tf',
      rule: 'CG_IAC_AWS_SQS_ENCRYPTION',
      text: `resource "aws_sqs_queue" "fail" {
  name = "terraform-example-queue"
}
resource "aws_sqs_queue" "pass" {
  name                              = "terraform-example-queue"
  kms_master_key_id                 = "alias/aws/sqs"
  kms_data_key_reuse_period_seconds = 300
}
resource "aws_sqs_queue" "fail2" {
  name                              = "terraform-example-queue"
  kms_master_key_id                 = ""
  kms_data_key_reuse_period_seconds = 300
}
resource "aws_sqs_queue" "fail3" {
  name                    = "unencrypted-queue"
  sqs_managed_sse_enabled = false
}
resource "aws_sqs_queue" "pass2" {
  name                    = "unencrypted-queue"
  sqs_managed_sse_enabled = true
}
`,
      expected: [
        ['aws_sqs_queue.fail', 'fail'],
        ['aws_sqs_queue.pass', 'pass'],
        ['aws_sqs_queue.fail2', 'fail'],
        ['aws_sqs_queue.fail3', 'fail'],
        ['aws_sqs_queue.pass2', 'pass']
      ]
    },
    {
      source: `${CHECKOV}example_SQSQueueEncryption/main.tf fail2, with SSE-SQS on`,
      file: 'main.tf',
      rule: 'CG_IAC_AWS_SQS_ENCRYPTION',
      text: 'resource "aws_sqs_queue" "q" {\n  kms_master_key_id       = ""\n  sqs_managed_sse_enabled = true\n}\n',
      expected: [['aws_sqs_queue.q', 'pass']]
    },
    {
      source: `${CHECKOV}example_SQSQueueEncryption/main.tf fail2, as CloudFormation`,
      file: 'template.yaml',
      rule: 'CG_IAC_CFN_SQS_ENCRYPTION',
      text: 'Resources:\n  Empty:\n    Type: AWS::SQS::Queue\n    Properties:\n      KmsMasterKeyId: ""\n  EmptyWithSse:\n    Type: AWS::SQS::Queue\n    Properties:\n      KmsMasterKeyId: ""\n      SqsManagedSseEnabled: true\n',
      expected: [
        ['Empty', 'fail'],
        ['EmptyWithSse', 'pass']
      ]
    },
    {
      source: `${TRIVY}sqs/enable_queue_encryption.yaml cloudformation good`,
      file: 'template.yaml',
      rule: 'CG_IAC_CFN_SQS_ENCRYPTION',
      text: 'Resources:\n    Queue:\n        Properties:\n            KmsMasterKeyId: some-key\n            QueueName: my-queue\n        Type: AWS::SQS::Queue\n',
      expected: [['Queue', 'pass']]
    },
    {
      source: `${TRIVY}cloudwatch/log_group_customer_key.yaml cloudformation bad`,
      file: 'template.yaml',
      requireCmk: true,
      rule: 'CG_IAC_CFN_LOG_GROUP_KMS',
      text: 'Resources:\n  BadExample:\n    Type: AWS::Logs::LogGroup\n    Properties:\n      KmsKeyId: ""\n      LogGroupName: aws/lambda/badExample\n      RetentionInDays: 30\n',
      expected: [['BadExample', 'fail']]
    },
    {
      source: `${TRIVY}sns/enable_topic_encryption.yaml, key id empty`,
      file: 'main.tf',
      rule: 'CG_IAC_AWS_SNS_ENCRYPTION',
      text: 'resource "aws_sns_topic" "bad_example" {\n  kms_master_key_id = ""\n}\n',
      expected: [['aws_sns_topic.bad_example', 'fail']]
    },
    {
      source: `${TRIVY}athena/enable_at_rest_encryption.yaml good, key ARN empty`,
      file: 'main.tf',
      requireCmk: true,
      rule: 'CG_IAC_AWS_ATHENA_WORKGROUP_ENCRYPTION',
      text: `resource "aws_athena_workgroup" "w" {
  name = "example"
  configuration {
    result_configuration {
      encryption_configuration {
        encryption_option = "SSE_KMS"
        kms_key_arn       = ""
      }
    }
  }
}
`,
      expected: [['aws_athena_workgroup.w', 'fail']]
    },
    {
      source: `${TRIVY}eks/encrypt_secrets.yaml good, key ARN empty on a pre-1.28 cluster`,
      file: 'main.tf',
      rule: 'CG_IAC_AWS_EKS_SECRETS_ENCRYPTION',
      text: `resource "aws_eks_cluster" "good_example" {
  name    = "good_example_cluster"
  version = "1.27"
  encryption_config {
    resources = ["secrets"]
    provider {
      key_arn = ""
    }
  }
}
`,
      expected: [['aws_eks_cluster.good_example', 'fail']]
    }
  ])
})

const CFN_ARTIFACT = (disabled: boolean, indent: string) =>
  [
    `ArtifactIdentifier: String`,
    `EncryptionDisabled: ${disabled}`,
    'Location: String',
    'Name: String',
    'NamespaceType: String',
    'OverrideArtifactName: false',
    'Packaging: String',
    'Path: String',
    'Type: String'
  ].join(`\n${indent}`)
const cfnProject = (primary: boolean, secondary: boolean) => `Resources:
    GoodProject:
        Properties:
            Artifacts:
                ${CFN_ARTIFACT(primary, '                ')}
            SecondaryArtifacts:
                - ${CFN_ARTIFACT(secondary, '                  ')}
        Type: AWS::CodeBuild::Project
`

describe('every CodeBuild artifact block, primary and secondary', () => {
  const TF = 'CG_IAC_AWS_CODEBUILD_ARTIFACT_ENCRYPTION'
  const CFN = 'CG_IAC_CFN_CODEBUILD_ARTIFACT_ENCRYPTION'
  run([
    {
      source: `${TRIVY}codebuild/enable_encryption.yaml terraform good (second good_example renamed: names must be unique)`,
      file: 'main.tf',
      rule: TF,
      text: `resource "aws_codebuild_project" "good_example" {
  artifacts {
    encryption_disabled = false
  }
}
resource "aws_codebuild_project" "good_example2" {
  artifacts {
  }
}
resource "aws_codebuild_project" "codebuild" {
  secondary_artifacts {
    encryption_disabled = false
  }
  secondary_artifacts {
  }
}
`,
      expected: [
        ['aws_codebuild_project.good_example', 'pass'],
        ['aws_codebuild_project.good_example2', 'pass'],
        ['aws_codebuild_project.codebuild', 'pass']
      ]
    },
    {
      source: `${TRIVY}codebuild/enable_encryption.yaml terraform bad #1 (primary, no type)`,
      file: 'main.tf',
      rule: TF,
      text: 'resource "aws_codebuild_project" "bad_example" {\n  artifacts {\n    encryption_disabled = true\n  }\n}\n',
      expected: [['aws_codebuild_project.bad_example', 'fail']]
    },
    {
      source: `${TRIVY}codebuild/enable_encryption.yaml terraform bad #2 (second of two secondary blocks)`,
      file: 'main.tf',
      rule: TF,
      text: 'resource "aws_codebuild_project" "bad_example" {\n  secondary_artifacts {\n    encryption_disabled = false\n  }\n  secondary_artifacts {\n    encryption_disabled = true\n  }\n}\n',
      expected: [['aws_codebuild_project.bad_example', 'fail']]
    },
    {
      source: `${TRIVY}codebuild/enable_encryption.yaml terraform bad #2, primary NO_ARTIFACTS and an S3 secondary`,
      file: 'main.tf',
      rule: TF,
      text: `resource "aws_codebuild_project" "bad_example" {
  name         = "x"
  service_role = "arn:aws:iam::1:role/r"
  artifacts {
    type = "NO_ARTIFACTS"
  }
  secondary_artifacts {
    type                = "S3"
    location            = "b"
    artifact_identifier = "a"
    encryption_disabled = true
  }
}
`,
      expected: [['aws_codebuild_project.bad_example', 'fail']]
    },
    {
      source: `${TRIVY}codebuild/enable_encryption.yaml, a project with no artifacts`,
      file: 'main.tf',
      rule: TF,
      text: 'resource "aws_codebuild_project" "none" {\n  artifacts {\n    type = "NO_ARTIFACTS"\n  }\n}\n',
      expected: [['aws_codebuild_project.none', 'not_applicable']]
    },
    {
      source: `${TRIVY}codebuild/enable_encryption.yaml cloudformation good`,
      file: 'template.yaml',
      rule: CFN,
      text: cfnProject(false, false),
      expected: [['GoodProject', 'pass']]
    },
    {
      source: `${TRIVY}codebuild/enable_encryption.yaml cloudformation bad #1 (primary)`,
      file: 'template.yaml',
      rule: CFN,
      text: cfnProject(true, false),
      expected: [['GoodProject', 'fail']]
    },
    {
      source: `${TRIVY}codebuild/enable_encryption.yaml cloudformation bad #2 (secondary)`,
      file: 'template.yaml',
      rule: CFN,
      text: cfnProject(false, true),
      expected: [['GoodProject', 'fail']]
    },
    {
      source: `${TRIVY}codebuild/enable_encryption.yaml cloudformation bad #2, primary NO_ARTIFACTS and an S3 secondary`,
      file: 'template.yaml',
      rule: CFN,
      text: 'Resources:\n  P:\n    Type: AWS::CodeBuild::Project\n    Properties:\n      Artifacts:\n        Type: NO_ARTIFACTS\n      SecondaryArtifacts:\n        - ArtifactIdentifier: a\n          Type: S3\n          Location: b\n          EncryptionDisabled: true\n',
      expected: [['P', 'fail']]
    }
  ])
})

test('a CodeBuild fail names the artifact block that disables encryption', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cg-peer-'))
  roots.push(dir)
  fs.writeFileSync(
    path.join(dir, 'main.tf'),
    'resource "aws_codebuild_project" "p" {\n  secondary_artifacts {\n    encryption_disabled = false\n  }\n  secondary_artifacts {\n    encryption_disabled = true\n  }\n}\n'
  )
  const [f] = evaluateIac(await scanIac(dir, ['main.tf']), {
    requireCmk: false,
    allowSkipComments: false,
    checks: ['CG_IAC_AWS_CODEBUILD_ARTIFACT_ENCRYPTION']
  })
  expect(f.message).toContain('secondary_artifacts[1]: encryption_disabled = true')
})

describe('KMS rotation applies to symmetric encryption keys only', () => {
  const TF = 'CG_IAC_AWS_KMS_ROTATION'
  const CFN = 'CG_IAC_CFN_KMS_ROTATION'
  const key = (name: string, body: string) => `resource "aws_kms_key" "${name}" {\n${body}}\n`
  run([
    {
      source: `${TRIVY}kms/auto_rotate_keys.yaml terraform good #1`,
      file: 'main.tf',
      rule: TF,
      text: key('good_example', '  enable_key_rotation = true\n'),
      expected: [['aws_kms_key.good_example', 'pass']]
    },
    {
      source: `${TRIVY}kms/auto_rotate_keys.yaml terraform good #2 (SIGN_VERIFY)`,
      file: 'main.tf',
      rule: TF,
      text: key('good_example', '  enable_key_rotation = false\n  key_usage           = "SIGN_VERIFY"\n'),
      expected: [['aws_kms_key.good_example', 'not_applicable']]
    },
    {
      source: `${TRIVY}kms/auto_rotate_keys.yaml terraform bad`,
      file: 'main.tf',
      rule: TF,
      text: key('bad_example', '  enable_key_rotation = false\n'),
      expected: [['aws_kms_key.bad_example', 'fail']]
    },
    {
      source: `${TRIVY}kms/auto_rotate_keys.yaml good #2 with an asymmetric spec`,
      file: 'main.tf',
      rule: TF,
      text: key('sign', '  customer_master_key_spec = "ECC_NIST_P256"\n  key_usage                = "SIGN_VERIFY"\n'),
      expected: [['aws_kms_key.sign', 'not_applicable']]
    },
    {
      source: `${TRIVY}kms/auto_rotate_keys.yaml good #2 as an HMAC key`,
      file: 'main.tf',
      rule: TF,
      text:
        key('mac', '  enable_key_rotation      = false\n  customer_master_key_spec = "HMAC_256"\n  key_usage                = "GENERATE_VERIFY_MAC"\n') +
        key('mac_usage_only', '  key_usage = "GENERATE_VERIFY_MAC"\n'),
      expected: [
        ['aws_kms_key.mac', 'not_applicable'],
        ['aws_kms_key.mac_usage_only', 'not_applicable']
      ]
    },
    {
      source: `${TRIVY}kms/auto_rotate_keys.yaml good #2 with key_usage from a variable without a value`,
      file: 'main.tf',
      rule: TF,
      text: 'variable "usage" {}\n' + key('k', '  enable_key_rotation = false\n  key_usage           = var.usage\n'),
      expected: [['aws_kms_key.k', 'not_verified']]
    },
    {
      source: `${CHECKOV}example_KMSRotation/main.tf`,
      file: 'main.tf',
      rule: TF,
      text: [
        key('pass1', '  enable_key_rotation = true\n'),
        key('pass2', '  customer_master_key_spec = "RSA_2096"\n'),
        key('pass3', '  customer_master_key_spec = "SYMMETRIC_DEFAULT"\n  enable_key_rotation      = true\n'),
        key('fail1', '  description = "KMS key 1"\n'),
        key('fail2', '  enable_key_rotation = false\n'),
        key('fail3', '  customer_master_key_spec = "SYMMETRIC_DEFAULT"\n  enable_key_rotation      = false\n'),
        key('fail4', '  customer_master_key_spec = "SYMMETRIC_DEFAULT"\n  key_usage                = "ENCRYPT_DECRYPT"\n')
      ].join(''),
      expected: [
        ['aws_kms_key.pass1', 'pass'],
        ['aws_kms_key.pass2', 'not_applicable'],
        ['aws_kms_key.pass3', 'pass'],
        ['aws_kms_key.fail1', 'fail'],
        ['aws_kms_key.fail2', 'fail'],
        ['aws_kms_key.fail3', 'fail'],
        ['aws_kms_key.fail4', 'fail']
      ]
    },
    {
      source: 'bridgecrewio/checkov:tests/cloudformation/checks/resource/aws/example_KMSRotation/KMSRotation-PASSED-Asymmetric.yml and KMSRotation-FAILED.yml',
      file: 'template.yaml',
      rule: CFN,
      text: 'Resources:\n  AsymmetricKey:\n    Type: AWS::KMS::Key\n    Properties:\n      KeySpec: RSA_4096\n      EnableKeyRotation: true\n  myKey:\n    Type: AWS::KMS::Key\n    Properties:\n      Description: no rotation\n',
      expected: [
        ['AsymmetricKey', 'not_applicable'],
        ['myKey', 'fail']
      ]
    },
    {
      source: `${TRIVY}kms/auto_rotate_keys.yaml good #2 (SIGN_VERIFY) and an HMAC key, as CloudFormation`,
      file: 'template.yaml',
      rule: CFN,
      text: 'Resources:\n  Sign:\n    Type: AWS::KMS::Key\n    Properties:\n      EnableKeyRotation: false\n      KeyUsage: SIGN_VERIFY\n  Mac:\n    Type: AWS::KMS::Key\n    Properties:\n      KeySpec: HMAC_256\n      KeyUsage: GENERATE_VERIFY_MAC\n',
      expected: [
        ['Sign', 'not_applicable'],
        ['Mac', 'not_applicable']
      ]
    }
  ])
})

describe("each OpenSearch fact is its own check, so one fact's good example is not failed for another (CloudFormation)", () => {
  run([
    {
      source: `${TRIVY}elasticsearch/enable_in_transit_encryption.yaml good (CloudFormation), abridged`,
      file: 'template.yaml',
      rule: 'CG_IAC_CFN_OPENSEARCH_NODE_TO_NODE',
      text: "Resources:\n  GoodExample:\n    Type: AWS::Elasticsearch::Domain\n    Properties:\n      DomainName: 'test'\n      ElasticsearchVersion: '7.10'\n      EncryptionAtRestOptions:\n        Enabled: true\n        KmsKeyId: alias/kmskey\n      NodeToNodeEncryptionOptions:\n        Enabled: true\n",
      expected: [['GoodExample', 'pass']]
    },
    {
      source: `${TRIVY}elasticsearch/enable_in_transit_encryption.yaml bad (CloudFormation), abridged`,
      file: 'template.yaml',
      rule: 'CG_IAC_CFN_OPENSEARCH_NODE_TO_NODE',
      text: "Resources:\n  BadExample:\n    Type: AWS::Elasticsearch::Domain\n    Properties:\n      DomainName: 'test'\n      ElasticsearchVersion: '7.10'\n",
      expected: [['BadExample', 'fail']]
    }
  ])
})

describe('CloudFormation parity: the resource types checked in Terraform', () => {
  run([
    {
      source: 'Checkov CKV_AWS_136 shape: AWS::ECR::Repository without EncryptionConfiguration',
      file: 'template.yaml',
      rule: 'CG_IAC_CFN_ECR_ENCRYPTION',
      requireCmk: true,
      text: 'Resources:\n  BadExample:\n    Type: AWS::ECR::Repository\n    Properties:\n      RepositoryName: "test-repository"\n',
      expected: [['BadExample', 'fail']]
    },
    {
      source: 'KICS EMR Security Configuration Encryption Disabled, positive 1 (CloudFormation)',
      file: 'template.yaml',
      rule: 'CG_IAC_CFN_EMR_SECURITY_CONFIG',
      text: 'Resources:\n  EMRSecurityConfiguration:\n    Type: AWS::EMR::SecurityConfiguration\n    Properties:\n      Name: String\n      SecurityConfiguration:\n        EncryptionConfiguration:\n          EnableInTransitEncryption: false\n          EnableAtRestEncryption: false\n          AtRestEncryptionConfiguration:\n            LocalDiskEncryptionConfiguration:\n              EnableEbsEncryption: true\n              EncryptionKeyProviderType: AwsKms\n              AwsKmsKey: arn:aws:kms:us-east-1:123456789012:key/12345678-1234-1234-1234-123456789012\n',
      expected: [['EMRSecurityConfiguration', 'fail']]
    },
    {
      source: 'Checkov CKV_AWS_99 shape (CloudFormation): S3Encryptions given as one object, CloudWatch DISABLED',
      file: 'template.yaml',
      rule: 'CG_IAC_CFN_GLUE_SECURITY_CONFIG',
      text: 'Resources:\n  BadConfig:\n    Type: AWS::Glue::SecurityConfiguration\n    Properties:\n      Name: bad\n      EncryptionConfiguration:\n        CloudWatchEncryption:\n          CloudWatchEncryptionMode: DISABLED\n        JobBookmarksEncryption:\n          JobBookmarksEncryptionMode: CSE-KMS\n        S3Encryptions:\n          S3EncryptionMode: SSE-KMS\n',
      expected: [['BadConfig', 'fail']]
    }
  ])
})

describe('require-cmk and AWS-managed keys', () => {
  test('an alias/aws/… key is encrypted but not customer-managed: the message says both', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cg-peer-'))
    roots.push(dir)
    fs.writeFileSync(path.join(dir, 'main.tf'), 'resource "aws_sqs_queue" "q" {\n  kms_master_key_id = "alias/aws/sqs"\n}\n')
    const facts = await scanIac(dir, ['main.tf'])
    const judge = (requireCmk: boolean) =>
      evaluateIac(facts, { requireCmk, allowSkipComments: false, checks: ['CG_IAC_AWS_SQS_ENCRYPTION'] }).find(f => f.rule === 'CG_IAC_AWS_SQS_ENCRYPTION')
    const strict = judge(true)
    expect(strict?.status).toBe('fail')
    expect(strict?.message).toMatch(/the data is encrypted, but with a key AWS creates and controls/)
    const plain = judge(false)
    expect(plain?.status).toBe('pass')
    expect(plain?.message).not.toMatch(/require-cmk asks/)
  })
})
