/** ElastiCache replication groups: `at_rest_encryption_enabled = true`. */
import { defineCheck, encryptedWithOptionalCmk, expectBool } from './base.js'

export default defineCheck({
  id: 'CG_IAC_AWS_ELASTICACHE_AT_REST',
  title: 'ElastiCache replication group is encrypted at rest',
  severity: 'high',
  category: 'encryption-at-rest',
  resourceTypes: ['aws_elasticache_replication_group'],
  attributes: ['at_rest_encryption_enabled', 'kms_key_id', 'engine'],
  evaluate(r, _index, options) {
    return encryptedWithOptionalCmk(
      r,
      options,
      expectBool(r, 'at_rest_encryption_enabled', true, { missing: 'fail', missingNote: 'the default is false for Redis OSS' }),
      ['kms_key_id'],
      'with the AWS-managed key'
    )
  }
})
