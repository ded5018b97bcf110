/** CloudWatch log groups: always encrypted by the service; `kms_key_id` for a customer-managed key. */
import { cmkOnly, defineCheck } from './base.js'

export default defineCheck({
  id: 'CG_IAC_AWS_LOG_GROUP_KMS',
  title: 'CloudWatch log group is encrypted with a KMS key',
  severity: 'low',
  category: 'encryption-at-rest',
  resourceTypes: ['aws_cloudwatch_log_group'],
  attributes: ['kms_key_id'],
  evaluate(r, _index, options) {
    return cmkOnly(r, options, ['kms_key_id'], 'CloudWatch Logs encrypts log data at rest')
  }
})
