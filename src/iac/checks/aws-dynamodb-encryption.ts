/**
 * DynamoDB tables are always encrypted: with no `server_side_encryption` block an AWS-owned key is used
 * (encrypted, not customer-managed); `enabled = true` without `kms_key_arn` uses the AWS-managed
 * aws/dynamodb key. require-cmk needs `kms_key_arn`.
 */
import { lookup } from '../../model/facts/iac.js'
import { defineCheck, expectBool, PASS, requireCustomerKey } from './base.js'

export default defineCheck({
  id: 'CG_IAC_AWS_DYNAMODB_ENCRYPTION',
  title: 'DynamoDB table is encrypted at rest (customer-managed key with require-cmk)',
  severity: 'medium',
  category: 'encryption-at-rest',
  resourceTypes: ['aws_dynamodb_table'],
  attributes: ['server_side_encryption'],
  evaluate(r, _index, options) {
    if (lookup(r, 'server_side_encryption').state === 'missing') {
      return options.requireCmk
        ? requireCustomerKey(r, ['server_side_encryption.kms_key_arn'])
        : PASS('no server_side_encryption block: DynamoDB encrypts with an AWS-owned key', 'server_side_encryption')
    }
    const enabled = expectBool(r, 'server_side_encryption.enabled', true, { missing: 'fail' })
    if (enabled.status === 'fail' && !options.requireCmk) {
      return PASS(`${enabled.message.split(';')[0]}: DynamoDB still encrypts with an AWS-owned key`, enabled.attribute, enabled.line)
    }
    if (enabled.status !== 'pass' && enabled.status !== 'fail') return enabled
    if (!options.requireCmk) {
      const k = requireCustomerKey(r, ['server_side_encryption.kms_key_arn'])
      return k.status === 'pass' ? k : PASS(`${enabled.message}; with the AWS-managed aws/dynamodb key`, enabled.attribute, enabled.line)
    }
    if (enabled.status === 'fail') return enabled
    return requireCustomerKey(r, ['server_side_encryption.kms_key_arn'])
  }
})
