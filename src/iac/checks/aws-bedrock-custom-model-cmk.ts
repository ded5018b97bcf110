/**
 * Bedrock custom models (`customer_encryption_key_arn`), agents (`customer_encryption_key_arn`) and guardrails
 * (`kms_key_arn`): encrypted with an AWS-owned / AWS-managed key unless a customer key is set.
 */
import { cmkOnly, defineCheck } from './base.js'

const KEY: Record<string, string> = {
  aws_bedrock_custom_model: 'customer_encryption_key_arn',
  aws_bedrockagent_agent: 'customer_encryption_key_arn',
  aws_bedrock_guardrail: 'kms_key_arn'
}

export default defineCheck({
  id: 'CG_IAC_AWS_BEDROCK_CUSTOM_MODEL_CMK',
  title: 'Bedrock custom model / agent / guardrail uses a customer-managed key',
  severity: 'medium',
  category: 'key-management',
  ai: true,
  resourceTypes: Object.keys(KEY),
  attributes: ['customer_encryption_key_arn', 'kms_key_arn'],
  docs: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/bedrock_custom_model#customer_encryption_key_arn, bedrockagent_agent#customer_encryption_key_arn, bedrock_guardrail#kms_key_arn; https://docs.aws.amazon.com/bedrock/latest/userguide/data-encryption.html',
  evaluate(r, _index, options) {
    return cmkOnly(r, options, [KEY[r.type]], 'Bedrock encrypts it with an AWS-owned key')
  }
})
