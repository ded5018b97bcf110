/** CloudFront distribution redirects or requires HTTPS for viewers (CloudFormation). Declarative: see ./rule.ts; the fact it rests on is in `docs`. */
import { ruleCheck } from './rule.js'

export default ruleCheck({
  id: 'CG_IAC_CFN_CLOUDFRONT_HTTPS',
  title: 'CloudFront distribution redirects or requires HTTPS for viewers (CloudFormation)',
  severity: 'high',
  category: 'encryption-in-transit',
  resourceTypes: ['AWS::CloudFront::Distribution'],
  docs: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-cloudfront-distribution-defaultcachebehavior.html (ViewerProtocolPolicy allow-all | https-only | redirect-to-https); Checkov CKV_AWS_34',
  require: [{ path: 'DistributionConfig.DefaultCacheBehavior.ViewerProtocolPolicy', in: ['https-only', 'redirect-to-https'], missing: 'fail', note: 'ViewerProtocolPolicy is required' }]
})
