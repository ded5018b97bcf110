/** AWS::SNS::Topic: `KmsMasterKeyId`. */
import { AWS_MANAGED_NOTE, defineCheck, requireCustomerKey } from './base.js'

export default defineCheck({
  id: 'CG_IAC_CFN_SNS_ENCRYPTION',
  title: 'SNS topic is encrypted at rest (CloudFormation)',
  severity: 'medium',
  category: 'encryption-at-rest',
  resourceTypes: ['AWS::SNS::Topic'],
  attributes: ['KmsMasterKeyId'],
  evaluate(r, _index, options) {
    const k = requireCustomerKey(r, ['KmsMasterKeyId'])
    if (k.status === 'fail' && !options.requireCmk && /AWS-managed/.test(k.message))
      return { ...k, status: 'pass', message: `encrypted with the AWS-managed key (${k.message.replace(AWS_MANAGED_NOTE, '')})` }
    if (k.status === 'fail' && !options.requireCmk) return { ...k, message: 'KmsMasterKeyId not set: SNS topics are not encrypted at rest by default' }
    return k
  }
})
