/**
 * CloudFront distribution (CloudFormation): the default and every listed cache behavior redirect or require HTTPS
 * (`ViewerProtocolPolicy` https-only | redirect-to-https), and a custom viewer certificate accepts no TLS below 1.2
 * (`ViewerCertificate.MinimumProtocolVersion`; see viewerTlsMinimum).
 */
import { isPlainObject, isUnknown } from '../../model/facts/iac.js'
import { viewerTlsMinimum } from './aws-cloudfront-https.js'
import { combine, defineCheck, expectIn, FAIL, UNVERIFIED, type CheckResult } from './base.js'

const SECURE = ['https-only', 'redirect-to-https']

export default defineCheck({
  id: 'CG_IAC_CFN_CLOUDFRONT_HTTPS',
  title: 'CloudFront distribution redirects or requires HTTPS for viewers (CloudFormation)',
  severity: 'high',
  category: 'encryption-in-transit',
  resourceTypes: ['AWS::CloudFront::Distribution'],
  attributes: ['DistributionConfig'],
  docs: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-cloudfront-distribution-defaultcachebehavior.html (ViewerProtocolPolicy allow-all | https-only | redirect-to-https; CacheBehaviors likewise; ViewerCertificate.MinimumProtocolVersion); Checkov CKV_AWS_34, Trivy AVD-AWS-0012, AVD-AWS-0013',
  evaluate(r) {
    const results: CheckResult[] = [
      expectIn(r, 'DistributionConfig.DefaultCacheBehavior.ViewerProtocolPolicy', SECURE, { missing: 'fail', missingNote: 'ViewerProtocolPolicy is required' })
    ]
    const config = r.attributes.DistributionConfig
    const behaviors = isPlainObject(config) ? config.CacheBehaviors : undefined
    const line = r.positions['DistributionConfig.CacheBehaviors'] ?? r.positions['DistributionConfig']
    if (isUnknown(behaviors)) results.push(UNVERIFIED(`DistributionConfig.CacheBehaviors: ${behaviors.$unknown}`, 'DistributionConfig', line))
    else if (Array.isArray(behaviors)) {
      behaviors.forEach((b, i) => {
        const v = isPlainObject(b) ? b.ViewerProtocolPolicy : undefined
        if (isUnknown(v)) results.push(UNVERIFIED(`CacheBehaviors[${i}].ViewerProtocolPolicy: ${v.$unknown}`, 'DistributionConfig', line))
        else if (typeof v !== 'string' || !SECURE.includes(v.toLowerCase()))
          results.push(
            FAIL(`CacheBehaviors[${i}].ViewerProtocolPolicy = ${JSON.stringify(v ?? null)}; use https-only or redirect-to-https`, 'DistributionConfig', line)
          )
      })
    }
    results.push(viewerTlsMinimum(r, 'DistributionConfig.ViewerCertificate', ['AcmCertificateArn', 'IamCertificateId'], 'MinimumProtocolVersion'))
    return combine(...results)
  }
})
