/** Secrets Manager secrets: always encrypted (aws/secretsmanager); `kms_key_id` for a customer-managed key. */
import { cmkOnly, defineCheck } from './base.js'

export default defineCheck({
  id: 'CG_IAC_AWS_SECRETSMANAGER_CMK',
  title: 'Secrets Manager secret uses a customer-managed KMS key',
  severity: 'medium',
  category: 'key-management',
  resourceTypes: ['aws_secretsmanager_secret'],
  attributes: ['kms_key_id'],
  evaluate(r, _index, options) {
    return cmkOnly(r, options, ['kms_key_id'], 'Secrets Manager encrypts every secret')
  }
})
