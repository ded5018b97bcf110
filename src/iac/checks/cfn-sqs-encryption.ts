/** AWS::SQS::Queue: `KmsMasterKeyId` or `SqsManagedSseEnabled: true`; `KmsMasterKeyId: ""` sets no key. */
import { lookup } from '../../model/facts/iac.js'
import { AWS_MANAGED_NOTE, defineCheck, expectBool, FAIL, lookupKey, requireCustomerKey } from './base.js'

export default defineCheck({
  id: 'CG_IAC_CFN_SQS_ENCRYPTION',
  title: 'SQS queue is encrypted at rest (CloudFormation)',
  severity: 'medium',
  category: 'encryption-at-rest',
  resourceTypes: ['AWS::SQS::Queue'],
  attributes: ['KmsMasterKeyId', 'SqsManagedSseEnabled'],
  evaluate(r, _index, options) {
    const kms = lookupKey(r, 'KmsMasterKeyId')
    if (kms.state !== 'missing') {
      const k = requireCustomerKey(r, ['KmsMasterKeyId'])
      if (k.status === 'fail' && !options.requireCmk)
        return { ...k, status: 'pass', message: `encrypted with SSE-KMS (${k.message.replace(AWS_MANAGED_NOTE, '')})` }
      return k
    }
    if (options.requireCmk) return requireCustomerKey(r, ['KmsMasterKeyId'])
    if (lookup(r, 'SqsManagedSseEnabled').state === 'missing')
      return FAIL('neither KmsMasterKeyId nor SqsManagedSseEnabled is set; set SqsManagedSseEnabled: true or a KMS key', 'KmsMasterKeyId', kms.line)
    return expectBool(r, 'SqsManagedSseEnabled', true, { missing: 'fail' })
  }
})
