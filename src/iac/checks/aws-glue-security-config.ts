/** Glue security configurations: CloudWatch, job bookmark and S3 encryption not DISABLED. */
import { combine, defineCheck, expectNotIn } from './base.js'

const E = 'encryption_configuration'

export default defineCheck({
  id: 'CG_IAC_AWS_GLUE_SECURITY_CONFIG',
  title: 'Glue security configuration encrypts logs, bookmarks and S3 data',
  severity: 'medium',
  category: 'encryption-at-rest',
  resourceTypes: ['aws_glue_security_configuration'],
  attributes: ['encryption_configuration'],
  evaluate(r) {
    return combine(
      expectNotIn(r, `${E}.cloudwatch_encryption.cloudwatch_encryption_mode`, ['DISABLED'], { missing: 'fail', missingNote: 'DISABLED by default' }),
      expectNotIn(r, `${E}.job_bookmarks_encryption.job_bookmarks_encryption_mode`, ['DISABLED'], { missing: 'fail', missingNote: 'DISABLED by default' }),
      expectNotIn(r, `${E}.s3_encryption.s3_encryption_mode`, ['DISABLED'], { missing: 'fail', missingNote: 'DISABLED by default' })
    )
  }
})
