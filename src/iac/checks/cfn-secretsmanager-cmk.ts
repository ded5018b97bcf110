/** AWS::SecretsManager::Secret: always encrypted (aws/secretsmanager when `KmsKeyId` is not set). */
import { cmkOnly, defineCheck } from './base.js'

export default defineCheck({
  id: 'CG_IAC_CFN_SECRETSMANAGER_CMK',
  title: 'Secrets Manager secret uses a customer-managed KMS key (CloudFormation)',
  severity: 'medium',
  category: 'key-management',
  resourceTypes: ['AWS::SecretsManager::Secret'],
  attributes: ['KmsKeyId'],
  docs: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-secretsmanager-secret.html#cfn-secretsmanager-secret-kmskeyid (without a key, the AWS-managed aws/secretsmanager key); Checkov CKV_AWS_149, Trivy AVD-AWS-0098',
  evaluate(r, _index, options) {
    return cmkOnly(r, options, ['KmsKeyId'], 'Secrets Manager encrypts every secret')
  }
})
