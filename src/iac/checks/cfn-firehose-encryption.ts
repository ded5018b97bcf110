/**
 * AWS::KinesisFirehose::DeliveryStream: server-side encryption (`DeliveryStreamEncryptionConfigurationInput`,
 * KeyType AWS_OWNED_CMK or CUSTOMER_MANAGED_CMK). A stream reading from a Kinesis data stream
 * (`DeliveryStreamType: KinesisStreamAsSource`) takes its encryption from that stream: SSE cannot be set on it.
 */
import { lookup } from '../../model/facts/iac.js'
import { defineCheck, expectIn, FAIL, lookupKey, NOT_APPLICABLE, PASS, requireCustomerKey, UNVERIFIED } from './base.js'

const E = 'DeliveryStreamEncryptionConfigurationInput'

export default defineCheck({
  id: 'CG_IAC_CFN_FIREHOSE_ENCRYPTION',
  title: 'Firehose delivery stream is encrypted at rest (CloudFormation)',
  severity: 'medium',
  category: 'encryption-at-rest',
  resourceTypes: ['AWS::KinesisFirehose::DeliveryStream'],
  attributes: [E, 'DeliveryStreamType'],
  docs: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-kinesisfirehose-deliverystream-deliverystreamencryptionconfigurationinput.html (KeyType AWS_OWNED_CMK | CUSTOMER_MANAGED_CMK, KeyARN required for CUSTOMER_MANAGED_CMK); https://docs.aws.amazon.com/firehose/latest/dev/encryption.html (a Kinesis data stream source: encryption is the source stream's); Checkov CKV_AWS_240/241",
  evaluate(r, _index, options) {
    const src = lookup(r, 'DeliveryStreamType')
    if (src.state === 'value' && String(src.value) === 'KinesisStreamAsSource')
      return NOT_APPLICABLE('the source is a Kinesis data stream: its encryption applies (judged on the stream)', 'DeliveryStreamType', src.line)
    if (src.state === 'unknown' || src.state === 'ref')
      return UNVERIFIED(
        'DeliveryStreamType cannot be resolved statically: whether server-side encryption applies depends on it',
        'DeliveryStreamType',
        src.line
      )
    const type = expectIn(r, `${E}.KeyType`, ['AWS_OWNED_CMK', 'CUSTOMER_MANAGED_CMK'], { missing: 'fail', missingNote: 'server-side encryption is off' })
    if (type.status !== 'pass') return type
    const kt = lookup(r, `${E}.KeyType`)
    const customer = kt.state === 'value' && String(kt.value).toUpperCase() === 'CUSTOMER_MANAGED_CMK'
    if (!customer)
      return options.requireCmk
        ? FAIL('KeyType = "AWS_OWNED_CMK" is an AWS-owned key; require-cmk asks for CUSTOMER_MANAGED_CMK with a KeyARN', type.attribute, type.line)
        : PASS(`${type.message}: encrypted with an AWS-owned key`, type.attribute, type.line)
    if (lookupKey(r, `${E}.KeyARN`).state === 'missing')
      return FAIL(`KeyType = "CUSTOMER_MANAGED_CMK" without ${E}.KeyARN: the deployment is rejected`, type.attribute, type.line)
    return requireCustomerKey(r, [`${E}.KeyARN`])
  }
})
