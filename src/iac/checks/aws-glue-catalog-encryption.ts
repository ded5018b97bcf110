/** Glue Data Catalog: metadata encrypted (SSE-KMS) and connection passwords encrypted. */
import { combine, defineCheck, encryptedWithOptionalCmk, expectBool, expectIn } from './base.js'

const S = 'data_catalog_encryption_settings'

export default defineCheck({
  id: 'CG_IAC_AWS_GLUE_CATALOG_ENCRYPTION',
  title: 'Glue Data Catalog is encrypted',
  severity: 'medium',
  category: 'encryption-at-rest',
  resourceTypes: ['aws_glue_data_catalog_encryption_settings'],
  attributes: ['data_catalog_encryption_settings'],
  evaluate(r, _index, options) {
    const enc = combine(
      expectIn(r, `${S}.encryption_at_rest.catalog_encryption_mode`, ['SSE-KMS', 'SSE-KMS-WITH-SERVICE-ROLE'], { missing: 'fail' }),
      expectBool(r, `${S}.connection_password_encryption.return_connection_password_encrypted`, true, { missing: 'fail' })
    )
    return encryptedWithOptionalCmk(r, options, enc, [`${S}.encryption_at_rest.sse_aws_kms_key_id`], 'with the AWS-managed aws/glue key')
  }
})
