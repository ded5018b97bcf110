/** Bedrock custom models: `customer_encryption_key_arn` (otherwise an AWS-owned key). */
import { cmkOnly, defineCheck } from './base.js'

export default defineCheck({
  id: 'CG_IAC_AWS_BEDROCK_CUSTOM_MODEL_CMK',
  title: 'Bedrock custom model uses a customer-managed key',
  severity: 'medium',
  category: 'key-management',
  ai: true,
  resourceTypes: ['aws_bedrock_custom_model'],
  attributes: ['customer_encryption_key_arn'],
  evaluate(r, _index, options) {
    return cmkOnly(r, options, ['customer_encryption_key_arn'], 'Bedrock encrypts custom models with an AWS-owned key')
  }
})
