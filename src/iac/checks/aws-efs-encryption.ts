/** EFS file systems: `encrypted = true` (default false). */
import { defineCheck, encryptedWithOptionalCmk, expectBool } from './base.js'

export default defineCheck({
  id: 'CG_IAC_AWS_EFS_ENCRYPTION',
  title: 'EFS file system is encrypted at rest',
  severity: 'high',
  category: 'encryption-at-rest',
  resourceTypes: ['aws_efs_file_system'],
  attributes: ['encrypted', 'kms_key_id'],
  evaluate(r, _index, options) {
    return encryptedWithOptionalCmk(
      r,
      options,
      expectBool(r, 'encrypted', true, { missing: 'fail', missingNote: 'the default is false' }),
      ['kms_key_id'],
      'with the AWS-managed aws/elasticfilesystem key'
    )
  }
})
