/**
 * AWS::Bedrock::Agent (`CustomerEncryptionKeyArn`) and AWS::Bedrock::Guardrail (`KmsKeyArn`): encrypted with an
 * AWS-owned key unless a customer key is set. CloudFormation has no custom-model resource (the Terraform check's
 * `aws_bedrock_custom_model`); these are the Bedrock resources it has that take a key.
 */
import { cmkOnly, defineCheck } from './base.js'

const KEY: Record<string, string> = {
  'AWS::Bedrock::Agent': 'CustomerEncryptionKeyArn',
  'AWS::Bedrock::Guardrail': 'KmsKeyArn'
}

export default defineCheck({
  id: 'CG_IAC_CFN_BEDROCK_CMK',
  title: 'Bedrock agent / guardrail uses a customer-managed key (CloudFormation)',
  severity: 'medium',
  category: 'key-management',
  ai: true,
  resourceTypes: Object.keys(KEY),
  attributes: ['CustomerEncryptionKeyArn', 'KmsKeyArn'],
  docs: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-bedrock-agent.html#cfn-bedrock-agent-customerencryptionkeyarn and aws-resource-bedrock-guardrail.html#cfn-bedrock-guardrail-kmskeyarn; https://docs.aws.amazon.com/bedrock/latest/userguide/data-encryption.html',
  evaluate(r, _index, options) {
    return cmkOnly(r, options, [KEY[r.type]], 'Bedrock encrypts it with an AWS-owned key')
  }
})
