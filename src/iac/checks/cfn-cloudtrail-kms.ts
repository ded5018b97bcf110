/** CloudTrail logs are encrypted with a KMS key (CloudFormation). Declarative: see ./rule.ts; the fact it rests on is in `docs`. */
import { ruleCheck } from './rule.js'

export default ruleCheck({
  id: 'CG_IAC_CFN_CLOUDTRAIL_KMS',
  title: 'CloudTrail logs are encrypted with a KMS key (CloudFormation)',
  severity: 'medium',
  category: 'key-management',
  resourceTypes: ['AWS::CloudTrail::Trail'],
  docs: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-cloudtrail-trail.html (KMSKeyId; without it logs use SSE-S3); Checkov CKV_AWS_35',
  require: [{ path: 'KMSKeyId', notIn: [''], missing: 'fail', note: 'logs get only SSE-S3' }]
})
