/** Kinesis data streams (`encryption_type = "KMS"`) and Firehose delivery streams (`server_side_encryption.enabled`). */
import { defineCheck, encryptedWithOptionalCmk, expectBool, expectIn } from './base.js'

export default defineCheck({
  id: 'CG_IAC_AWS_KINESIS_ENCRYPTION',
  title: 'Kinesis stream / Firehose delivery stream is encrypted at rest',
  severity: 'medium',
  category: 'encryption-at-rest',
  resourceTypes: ['aws_kinesis_stream', 'aws_kinesis_firehose_delivery_stream'],
  attributes: ['encryption_type', 'kms_key_id', 'server_side_encryption'],
  evaluate(r, _index, options) {
    if (r.type === 'aws_kinesis_firehose_delivery_stream') {
      const enc = expectBool(r, 'server_side_encryption.enabled', true, { missing: 'fail', missingNote: 'the default is false' })
      return encryptedWithOptionalCmk(r, options, enc, ['server_side_encryption.key_arn'], 'with an AWS-owned key')
    }
    const enc = expectIn(r, 'encryption_type', ['KMS'], { missing: 'fail', missingNote: 'the default is NONE' })
    return encryptedWithOptionalCmk(r, options, enc, ['kms_key_id'], 'with the AWS-managed aws/kinesis key')
  }
})
