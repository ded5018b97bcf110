/**
 * SQS queues: `kms_master_key_id` (SSE-KMS) or `sqs_managed_sse_enabled = true` (SSE-SQS). As Checkov and
 * KICS do, a queue that sets neither fails: the configuration must say it is encrypted. An empty
 * `kms_master_key_id = ""` sets no key (Checkov SQSQueueEncryption `fail2`).
 */
import { lookup } from '../../model/facts/iac.js'
import { AWS_MANAGED_NOTE, defineCheck, expectBool, FAIL, lookupKey, requireCustomerKey } from './base.js'

export default defineCheck({
  id: 'CG_IAC_AWS_SQS_ENCRYPTION',
  title: 'SQS queue is encrypted at rest',
  severity: 'medium',
  category: 'encryption-at-rest',
  resourceTypes: ['aws_sqs_queue'],
  attributes: ['kms_master_key_id', 'sqs_managed_sse_enabled'],
  evaluate(r, _index, options) {
    const kms = lookupKey(r, 'kms_master_key_id')
    if (kms.state !== 'missing') {
      const k = requireCustomerKey(r, ['kms_master_key_id'])
      if (k.status === 'fail' && !options.requireCmk)
        return { ...k, status: 'pass', message: `encrypted with SSE-KMS: ${k.message.replace(`, not a customer-managed key${AWS_MANAGED_NOTE}`, '')}` }
      return k
    }
    if (options.requireCmk) return requireCustomerKey(r, ['kms_master_key_id'])
    const sse = expectBool(r, 'sqs_managed_sse_enabled', true, { missing: 'fail' })
    if (sse.status === 'fail' && lookup(r, 'sqs_managed_sse_enabled').state === 'missing')
      return FAIL(
        'neither kms_master_key_id nor sqs_managed_sse_enabled is set; set sqs_managed_sse_enabled = true or a KMS key',
        'kms_master_key_id',
        kms.line
      )
    return sse
  }
})
