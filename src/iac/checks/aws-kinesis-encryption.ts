/** Kinesis data streams (`encryption_type = "KMS"`) and Firehose delivery streams (`server_side_encryption.enabled`). */
import { lookup } from '../../model/facts/iac.js'
import { defineCheck, encryptedWithOptionalCmk, expectBool, expectIn, NOT_APPLICABLE } from './base.js'

export default defineCheck({
  id: 'CG_IAC_AWS_KINESIS_ENCRYPTION',
  title: 'Kinesis stream / Firehose delivery stream is encrypted at rest',
  severity: 'medium',
  category: 'encryption-at-rest',
  resourceTypes: ['aws_kinesis_stream', 'aws_kinesis_firehose_delivery_stream'],
  attributes: ['encryption_type', 'kms_key_id', 'server_side_encryption', 'kinesis_source_configuration'],
  docs: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/kinesis_stream#encryption_type; kinesis_firehose_delivery_stream#server_side_encryption (not to be enabled when a Kinesis stream is the source: the source stream's encryption applies); Checkov CKV_AWS_43, CKV_AWS_240",
  evaluate(r, _index, options) {
    if (r.type === 'aws_kinesis_firehose_delivery_stream') {
      const source = lookup(r, 'kinesis_source_configuration')
      if (source.state !== 'missing')
        return NOT_APPLICABLE('a Kinesis data stream is the source: its encryption applies (judged on the stream)', 'kinesis_source_configuration', source.line)
      const enc = expectBool(r, 'server_side_encryption.enabled', true, { missing: 'fail', missingNote: 'the default is false' })
      return encryptedWithOptionalCmk(r, options, enc, ['server_side_encryption.key_arn'], 'with an AWS-owned key')
    }
    const enc = expectIn(r, 'encryption_type', ['KMS'], { missing: 'fail', missingNote: 'the default is NONE' })
    return encryptedWithOptionalCmk(r, options, enc, ['kms_key_id'], 'with the AWS-managed aws/kinesis key')
  }
})
