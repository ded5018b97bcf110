/** DocumentDB clusters: `storage_encrypted = true` (default false). */
import { defineCheck, encryptedWithOptionalCmk, expectBool } from './base.js'

export default defineCheck({
  id: 'CG_IAC_AWS_DOCDB_ENCRYPTION',
  title: 'DocumentDB cluster storage is encrypted',
  severity: 'high',
  category: 'encryption-at-rest',
  resourceTypes: ['aws_docdb_cluster'],
  attributes: ['storage_encrypted', 'kms_key_id'],
  evaluate(r, _index, options) {
    return encryptedWithOptionalCmk(
      r,
      options,
      expectBool(r, 'storage_encrypted', true, { missing: 'fail', missingNote: 'the default is false' }),
      ['kms_key_id'],
      'with the AWS-managed aws/rds key'
    )
  }
})
