/** SAM SimpleTable is encrypted at rest (customer-managed key with require-cmk). Declarative: see ./rule.ts; the fact it rests on is in `docs`. */
import { ruleCheck } from './rule.js'

export default ruleCheck({
  id: 'CG_IAC_CFN_SAM_SIMPLETABLE_ENCRYPTION',
  title: 'SAM SimpleTable is encrypted at rest (customer-managed key with require-cmk)',
  severity: 'medium',
  category: 'encryption-at-rest',
  resourceTypes: ['AWS::Serverless::SimpleTable'],
  docs: 'https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-simpletable.html (SSESpecification); DynamoDB encrypts every table at rest with an AWS-owned key by default (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/EncryptionAtRest.html); Checkov CKV_AWS_28 analogue',
  require: [{ path: 'SSESpecification.SSEEnabled', bool: true, missing: 'pass', note: 'DynamoDB encrypts with an AWS-owned key by default' }],
  // SSESpecification is DynamoDB's (AWS::DynamoDB::Table SSESpecification: KMSMasterKeyId names the customer key)
  cmkPaths: ['SSESpecification.KMSMasterKeyId']
})
