/** Redshift clusters: `encrypted = true` (default false); Redshift Serverless namespaces are always encrypted. */
import { defineCheck, cmkOnly, encryptedWithOptionalCmk, expectBool } from './base.js'

export default defineCheck({
  id: 'CG_IAC_AWS_REDSHIFT_ENCRYPTION',
  title: 'Redshift cluster / namespace is encrypted at rest',
  severity: 'high',
  category: 'encryption-at-rest',
  resourceTypes: ['aws_redshift_cluster', 'aws_redshiftserverless_namespace'],
  attributes: ['encrypted', 'kms_key_id'],
  evaluate(r, _index, options) {
    if (r.type === 'aws_redshiftserverless_namespace') return cmkOnly(r, options, ['kms_key_id'], 'Redshift Serverless always encrypts')
    return encryptedWithOptionalCmk(
      r,
      options,
      expectBool(r, 'encrypted', true, { missing: 'fail', missingNote: 'the default is false' }),
      ['kms_key_id'],
      'with the AWS-managed key'
    )
  }
})
