/** AWS::Logs::LogGroup: always encrypted; `KmsKeyId` for a customer-managed key. */
import { cmkOnly, defineCheck } from './base.js'

export default defineCheck({
  id: 'CG_IAC_CFN_LOG_GROUP_KMS',
  title: 'CloudWatch log group is encrypted with a KMS key (CloudFormation)',
  severity: 'low',
  category: 'encryption-at-rest',
  resourceTypes: ['AWS::Logs::LogGroup'],
  attributes: ['KmsKeyId'],
  evaluate(r, _index, options) {
    return cmkOnly(r, options, ['KmsKeyId'], 'CloudWatch Logs encrypts log data at rest')
  }
})
