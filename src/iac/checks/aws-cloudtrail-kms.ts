/** CloudTrail log files: SSE-S3 by default; `kms_key_id` encrypts them with a customer-managed key. */
import { cmkOnly, defineCheck } from './base.js'

export default defineCheck({
  id: 'CG_IAC_AWS_CLOUDTRAIL_KMS',
  title: 'CloudTrail logs are encrypted with a KMS key',
  severity: 'medium',
  category: 'encryption-at-rest',
  resourceTypes: ['aws_cloudtrail'],
  attributes: ['kms_key_id'],
  evaluate(r, _index, options) {
    return cmkOnly(r, options, ['kms_key_id'], 'CloudTrail log files are encrypted with SSE-S3 by default')
  }
})
