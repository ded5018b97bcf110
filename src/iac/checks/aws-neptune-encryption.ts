/** Neptune clusters: `storage_encrypted = true` (default false). */
import { defineCheck, encryptedWithOptionalCmk, expectBool } from './base.js'

export default defineCheck({
  id: 'CG_IAC_AWS_NEPTUNE_ENCRYPTION',
  title: 'Neptune cluster storage is encrypted',
  severity: 'high',
  category: 'encryption-at-rest',
  resourceTypes: ['aws_neptune_cluster'],
  attributes: ['storage_encrypted', 'kms_key_arn'],
  evaluate(r, _index, options) {
    return encryptedWithOptionalCmk(
      r,
      options,
      expectBool(r, 'storage_encrypted', true, { missing: 'fail', missingNote: 'the default is false' }),
      ['kms_key_arn'],
      'with the AWS-managed aws/rds key'
    )
  }
})
