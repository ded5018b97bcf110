/**
 * CloudFront distributions: no cache behavior allows plain HTTP to viewers (`viewer_protocol_policy != allow-all`),
 * and the viewer certificate's security policy does not accept TLS below 1.2 (`minimum_protocol_version` SSLv3,
 * TLSv1, TLSv1_2016, TLSv1.1_2016; Trivy AVD-AWS-0013). An unset minimum is not judged.
 */
import { isPlainObject, isUnknown, lookup } from '../../model/facts/iac.js'
import { combine, defineCheck, expectNotIn, FAIL, UNVERIFIED, type CheckResult } from './base.js'

/** CloudFront viewer security policies that accept protocols below TLS 1.2. */
export const CLOUDFRONT_BELOW_TLS12 = ['SSLv3', 'TLSv1', 'TLSv1_2016', 'TLSv1.1_2016'] as const

export default defineCheck({
  id: 'CG_IAC_AWS_CLOUDFRONT_HTTPS',
  title: 'CloudFront distribution requires HTTPS from viewers',
  severity: 'high',
  category: 'encryption-in-transit',
  resourceTypes: ['aws_cloudfront_distribution'],
  attributes: ['default_cache_behavior', 'ordered_cache_behavior', 'viewer_certificate'],
  docs: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/secure-connections-supported-viewer-protocols-ciphers.html (security policies); Checkov CKV_AWS_34, Trivy AVD-AWS-0012, AVD-AWS-0013',
  evaluate(r) {
    const results: CheckResult[] = [expectNotIn(r, 'default_cache_behavior.viewer_protocol_policy', ['allow-all'], { missing: 'fail' })]
    const ordered = r.attributes.ordered_cache_behavior
    if (Array.isArray(ordered)) {
      ordered.forEach((b, i) => {
        const v = isPlainObject(b) ? b.viewer_protocol_policy : undefined
        const line = r.positions['ordered_cache_behavior.viewer_protocol_policy']
        if (isUnknown(v)) results.push(UNVERIFIED(`ordered_cache_behavior[${i}].viewer_protocol_policy: ${v.$unknown}`, 'ordered_cache_behavior', line))
        else if (v === 'allow-all') results.push(FAIL(`ordered_cache_behavior[${i}].viewer_protocol_policy = "allow-all"`, 'ordered_cache_behavior', line))
      })
    }
    void lookup
    results.push(expectNotIn(r, 'viewer_certificate.minimum_protocol_version', CLOUDFRONT_BELOW_TLS12, { missing: 'pass', missingNote: 'not judged when unset' }))
    return combine(...results)
  }
})
