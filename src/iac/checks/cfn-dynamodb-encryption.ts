/** AWS::DynamoDB::Table: always encrypted (AWS-owned key); `SSESpecification` with `KMSMasterKeyId` for a CMK. */
import { defineCheck, cmkOnly } from './base.js'

export default defineCheck({
  id: 'CG_IAC_CFN_DYNAMODB_ENCRYPTION',
  title: 'DynamoDB table is encrypted (customer-managed key with require-cmk) (CloudFormation)',
  severity: 'medium',
  category: 'encryption-at-rest',
  resourceTypes: ['AWS::DynamoDB::Table'],
  attributes: ['SSESpecification'],
  evaluate(r, _index, options) {
    return cmkOnly(r, options, ['SSESpecification.KMSMasterKeyId'], 'DynamoDB encrypts every table (AWS-owned or AWS-managed key)')
  }
})
