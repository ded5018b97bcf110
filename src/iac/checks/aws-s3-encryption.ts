/**
 * S3 bucket encryption at rest. Since 2023-01-05 S3 applies SSE-S3 (AES256) to every new object in every
 * bucket and it cannot be turned off, so a bucket with no SSE configuration is encrypted: it passes, with
 * a message saying so (Checkov's CKV_AWS_19 still flags it; we judge the data's state, not the config's
 * verbosity). With require-cmk it fails unless SSE-KMS / DSSE-KMS names a customer-managed key, either
 * inline (`server_side_encryption_configuration`, provider v3) or in an
 * `aws_s3_bucket_server_side_encryption_configuration` that references the bucket (provider v4+).
 */
import { lookup, type IacResource } from '../../model/facts/iac.js'
import { combine, defineCheck, expectIn, FAIL, PASS, requireCustomerKey, UNVERIFIED, type CheckOptions, type CheckResult } from './base.js'

const RULE = 'rule.apply_server_side_encryption_by_default'
const ALGORITHMS = ['AES256', 'aws:kms', 'aws:kms:dsse']

function judgeSseConfig(cfg: IacResource, at: string, options: CheckOptions): CheckResult {
  const algo = expectIn(cfg, `${at}${RULE}.sse_algorithm`, ALGORITHMS, { missing: 'fail' })
  if (algo.status !== 'pass' || !options.requireCmk) return algo
  const l = lookup(cfg, `${at}${RULE}.sse_algorithm`)
  if (l.state === 'value' && String(l.value) === 'AES256')
    return FAIL(`sse_algorithm = "AES256" uses S3-managed keys; require-cmk asks for aws:kms with a customer-managed key`, algo.attribute, algo.line)
  return combine(algo, requireCustomerKey(cfg, [`${at}${RULE}.kms_master_key_id`]))
}

export default defineCheck({
  id: 'CG_IAC_AWS_S3_ENCRYPTION',
  title: 'S3 bucket is encrypted at rest (customer-managed KMS key with require-cmk)',
  severity: 'high',
  category: 'encryption-at-rest',
  resourceTypes: ['aws_s3_bucket', 'aws_s3_bucket_server_side_encryption_configuration'],
  attributes: ['bucket', 'server_side_encryption_configuration', 'rule', 'expected_bucket_owner'],
  related: { types: ['aws_s3_bucket_server_side_encryption_configuration'], attributes: ['bucket', 'rule'] },
  evaluate(r, index, options) {
    if (r.type === 'aws_s3_bucket_server_side_encryption_configuration') return judgeSseConfig(r, '', options)
    const inline = lookup(r, 'server_side_encryption_configuration')
    if (inline.state !== 'missing') return judgeSseConfig(r, 'server_side_encryption_configuration.', options)
    const separate = index.referencing(r, 'aws_s3_bucket_server_side_encryption_configuration', 'bucket', 'bucket')
    if (separate.length > 0) {
      const res = judgeSseConfig(separate[0], '', options)
      return { ...res, message: `${res.message} (in ${separate[0].address}, ${separate[0].file}:${separate[0].line})`, line: undefined }
    }
    const bucketName = lookup(r, 'bucket')
    const unresolvedConfigs = index.sameModule(r, 'aws_s3_bucket_server_side_encryption_configuration').filter(c => lookup(c, 'bucket').state === 'unknown')
    if (unresolvedConfigs.length > 0 && options.requireCmk)
      return UNVERIFIED(
        `an aws_s3_bucket_server_side_encryption_configuration in this module has an unresolved bucket (${unresolvedConfigs[0].address}); it may configure this bucket`
      )
    if (options.requireCmk)
      return FAIL(
        'no server-side encryption configuration: objects get SSE-S3 (S3-managed keys) by default; require-cmk asks for aws:kms with a customer-managed key'
      )
    void bucketName
    return PASS('no server-side encryption configuration: S3 encrypts new objects with SSE-S3 by default (since January 2023)')
  }
})
