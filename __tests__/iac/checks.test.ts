/** Every IaC check: unique id, pass + fail fixtures, and exact outcomes on them. */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, test } from '@jest/globals'
import { IAC_CHECKS } from '../../src/iac/checks/index.js'
import { evaluateIac } from '../../src/iac/evaluate.js'
import { scanIac } from '../../src/iac/scan.js'

const FIXTURES = path.resolve('__fixtures__/iac')

test('check ids are unique and well formed', () => {
  const ids = IAC_CHECKS.map(c => c.id)
  expect(new Set(ids).size).toBe(ids.length)
  for (const id of ids) expect(id).toMatch(/^CG_IAC_[A-Z0-9_]+$/)
})

test('the checks cover at least 45 resource types', () => {
  const types = new Set(IAC_CHECKS.flatMap(c => c.resourceTypes))
  expect(types.size).toBeGreaterThanOrEqual(45)
})

test('every fixture directory belongs to a check', () => {
  const ids = new Set(IAC_CHECKS.map(c => c.id))
  const dirs = fs.readdirSync(FIXTURES).filter(d => /^CG_IAC_/.test(d))
  for (const d of dirs) expect(ids).toContain(d)
})

type Kind = 'pass' | 'fail' | 'unknown'
const STATUS: Record<Kind, string> = { pass: 'pass', fail: 'fail', unknown: 'not_verified' }

async function run(checkId: string, kind: Kind) {
  const dir = path.join(FIXTURES, checkId, kind)
  const files = fs.readdirSync(dir)
  const text = files.map(f => fs.readFileSync(path.join(dir, f), 'utf8')).join('\n')
  const requireCmk = text.includes('cg-test: require-cmk')
  const requireInfrastructureEncryption = text.includes('cg-test: require-infrastructure-encryption')
  const facts = await scanIac(dir, files)
  expect(facts.files.filter(f => f.status === 'error')).toEqual([])
  return evaluateIac(facts, { requireCmk, requireInfrastructureEncryption, allowSkipComments: false, checks: [checkId] })
}

/** Fixture kinds present for a check: pass and fail always, unknown (→ not verified) where written. */
function kinds(id: string): Kind[] {
  return (['pass', 'fail', 'unknown'] as const).filter(k => k !== 'unknown' || fs.existsSync(path.join(FIXTURES, id, k)))
}

describe.each(IAC_CHECKS.map(c => [c.id]))('%s', id => {
  test.each(kinds(id).map(k => [k]))('%s fixture', async kind => {
    const findings = (await run(id, kind)).filter(f => f.rule === id && f.status !== 'not_applicable')
    expect(findings.length).toBeGreaterThan(0)
    for (const f of findings) {
      expect({ subject: f.subject, status: f.status, message: f.message }).toEqual({ subject: f.subject, status: STATUS[kind], message: f.message })
      expect(f.location?.line).toBeGreaterThan(0)
    }
  })
})

/** Checks added for issue 14 carry pass, fail and unknown fixtures and the documentation fact they rest on. */
test('every check has an unknown fixture or is listed as predating that rule', () => {
  const missing = IAC_CHECKS.filter(c => !fs.existsSync(path.join(FIXTURES, c.id, 'unknown'))).map(c => c.id)
  expect(missing.filter(id => !PREDATING.has(id))).toEqual([])
})

/** Checks written before unknown fixtures were required (issue 14); new checks must not be added here. */
const PREDATING = new Set([
  'CG_IAC_ARM_DISK_ENCRYPTION',
  'CG_IAC_ARM_KEYVAULT_PURGE_PROTECTION',
  'CG_IAC_ARM_SQL_TDE',
  'CG_IAC_ARM_STORAGE_MIN_TLS',
  'CG_IAC_AWS_ATHENA_WORKGROUP_ENCRYPTION',
  'CG_IAC_AWS_BACKUP_VAULT_CMK',
  'CG_IAC_AWS_BEDROCK_CUSTOM_MODEL_CMK',
  'CG_IAC_AWS_CLOUDFRONT_HTTPS',
  'CG_IAC_AWS_CLOUDTRAIL_KMS',
  'CG_IAC_AWS_DOCDB_ENCRYPTION',
  'CG_IAC_AWS_DYNAMODB_ENCRYPTION',
  'CG_IAC_AWS_EBS_DEFAULT_ENCRYPTION',
  'CG_IAC_AWS_EBS_VOLUME_ENCRYPTION',
  'CG_IAC_AWS_EC2_VOLUME_ENCRYPTION',
  'CG_IAC_AWS_ECR_ENCRYPTION',
  'CG_IAC_AWS_EFS_ENCRYPTION',
  'CG_IAC_AWS_ELASTICACHE_AT_REST',
  'CG_IAC_AWS_ELASTICACHE_IN_TRANSIT',
  'CG_IAC_AWS_GLUE_CATALOG_ENCRYPTION',
  'CG_IAC_AWS_GLUE_SECURITY_CONFIG',
  'CG_IAC_AWS_KINESIS_ENCRYPTION',
  'CG_IAC_AWS_KMS_ROTATION',
  'CG_IAC_AWS_LAMBDA_ENV_KMS',
  'CG_IAC_AWS_LB_LISTENER_TLS',
  'CG_IAC_AWS_LOG_GROUP_KMS',
  'CG_IAC_AWS_MSK_ENCRYPTION',
  'CG_IAC_AWS_NEPTUNE_ENCRYPTION',
  'CG_IAC_AWS_OPENSEARCH_AT_REST',
  'CG_IAC_AWS_OPENSEARCH_HTTPS',
  'CG_IAC_AWS_OPENSEARCH_NODE_TO_NODE',
  'CG_IAC_AWS_RDS_ENCRYPTION',
  'CG_IAC_AWS_REDSHIFT_ENCRYPTION',
  'CG_IAC_AWS_S3_ENCRYPTION',
  'CG_IAC_AWS_SAGEMAKER_CMK',
  'CG_IAC_AWS_SECRETSMANAGER_CMK',
  'CG_IAC_AWS_SNS_ENCRYPTION',
  'CG_IAC_AWS_SQS_ENCRYPTION',
  'CG_IAC_AZURE_APP_HTTPS_ONLY',
  'CG_IAC_AZURE_COSMOSDB_CMK',
  'CG_IAC_AZURE_DB_SSL',
  'CG_IAC_AZURE_KEYVAULT_PURGE_PROTECTION',
  'CG_IAC_AZURE_MANAGED_DISK_ENCRYPTION',
  'CG_IAC_AZURE_ML_WORKSPACE_CMK',
  'CG_IAC_AZURE_REDIS_TLS_ONLY',
  'CG_IAC_AZURE_SQL_TDE',
  'CG_IAC_AZURE_STORAGE_CMK',
  'CG_IAC_AZURE_STORAGE_HTTPS_ONLY',
  'CG_IAC_AZURE_STORAGE_INFRA_ENCRYPTION',
  'CG_IAC_AZURE_STORAGE_MIN_TLS',
  'CG_IAC_CFN_DYNAMODB_ENCRYPTION',
  'CG_IAC_CFN_EBS_ENCRYPTION',
  'CG_IAC_CFN_EFS_ENCRYPTION',
  'CG_IAC_CFN_ELASTICACHE_ENCRYPTION',
  'CG_IAC_CFN_KMS_ROTATION',
  'CG_IAC_CFN_LOG_GROUP_KMS',
  'CG_IAC_CFN_OPENSEARCH_ENCRYPTION',
  'CG_IAC_CFN_RDS_ENCRYPTION',
  'CG_IAC_CFN_REDSHIFT_ENCRYPTION',
  'CG_IAC_CFN_S3_ENCRYPTION',
  'CG_IAC_CFN_SNS_ENCRYPTION',
  'CG_IAC_CFN_SQS_ENCRYPTION',
  'CG_IAC_GCP_BIGQUERY_CMEK',
  'CG_IAC_GCP_DISK_CMEK',
  'CG_IAC_GCP_KMS_ROTATION',
  'CG_IAC_GCP_PUBSUB_CMEK',
  'CG_IAC_GCP_SQL_SSL',
  'CG_IAC_GCP_STORAGE_BUCKET_CMEK',
  'CG_IAC_GCP_VERTEX_AI_CMEK'
])
