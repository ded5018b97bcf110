/**
 * AWS::CloudTrail::Trail: log files are encrypted with SSE-S3 by default; `KMSKeyId` encrypts them with a
 * customer-managed key (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/encrypting-cloudtrail-log-files-with-aws-kms.html).
 * As the Terraform check: pass noting the provider key, fail with require-cmk (Checkov CKV_AWS_35 always asks for KMS).
 */
import { cmkOnly, defineCheck } from './base.js'

export default defineCheck({
  id: 'CG_IAC_CFN_CLOUDTRAIL_KMS',
  title: 'CloudTrail logs are encrypted with a KMS key (CloudFormation)',
  severity: 'medium',
  category: 'key-management',
  resourceTypes: ['AWS::CloudTrail::Trail'],
  attributes: ['KMSKeyId'],
  docs: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-cloudtrail-trail.html (KMSKeyId; SSE-S3 without it); Checkov CKV_AWS_35',
  evaluate(r, _index, options) {
    return cmkOnly(r, options, ['KMSKeyId'], 'CloudTrail log files are encrypted with SSE-S3 by default')
  }
})
