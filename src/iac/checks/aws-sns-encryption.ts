/** SNS topics: `kms_master_key_id` set (alias/aws/sns is encrypted with the AWS-managed key). */
import { AWS_MANAGED_NOTE, defineCheck, requireCustomerKey } from './base.js'

export default defineCheck({
  id: 'CG_IAC_AWS_SNS_ENCRYPTION',
  title: 'SNS topic is encrypted at rest',
  severity: 'medium',
  category: 'encryption-at-rest',
  resourceTypes: ['aws_sns_topic'],
  attributes: ['kms_master_key_id'],
  evaluate(r, _index, options) {
    const k = requireCustomerKey(r, ['kms_master_key_id'])
    if (k.status === 'fail' && !options.requireCmk && /AWS-managed/.test(k.message))
      return { ...k, status: 'pass', message: `encrypted with the AWS-managed key (${k.message.replace(AWS_MANAGED_NOTE, '')})` }
    if (k.status === 'fail' && !options.requireCmk) return { ...k, message: 'kms_master_key_id not set: SNS topics are not encrypted at rest by default' }
    return k
  }
})
