/**
 * CloudFront distributions: no cache behavior allows plain HTTP to viewers (`viewer_protocol_policy != allow-all`),
 * and a custom viewer certificate's security policy does not accept TLS below 1.2 (`minimum_protocol_version` SSLv3,
 * TLSv1, TLSv1_2016, TLSv1.1_2016; Trivy AVD-AWS-0013). Unset with a custom certificate, the minimum is TLSv1 (the
 * provider's and CloudFront's default); with the cloudfront.net certificate CloudFront allows only TLSv1, so there
 * is nothing to set and the minimum is not judged.
 */
import { isPlainObject, isUnknown, lookup, type IacResource } from '../../model/facts/iac.js'
import { combine, defineCheck, expectNotIn, FAIL, NOT_APPLICABLE, UNVERIFIED, type CheckResult } from './base.js'

/** CloudFront viewer security policies that accept protocols below TLS 1.2. */
const CLOUDFRONT_BELOW_TLS12 = ['SSLv3', 'TLSv1', 'TLSv1_2016', 'TLSv1.1_2016']

/**
 * The viewer certificate's minimum protocol (Terraform and CloudFormation spell the keys differently): below TLS 1.2
 * fails; unset fails when a custom certificate is named (it defaults to TLSv1); with the cloudfront.net certificate
 * only TLSv1 is possible, so there is nothing to judge.
 */
export function viewerTlsMinimum(r: IacResource, cert: string, customKeys: readonly string[], minimumKey: string): CheckResult {
  const path = `${cert}.${minimumKey}`
  const custom = customKeys.some(k => lookup(r, `${cert}.${k}`).state !== 'missing')
  if (!custom && lookup(r, path).state === 'missing')
    return NOT_APPLICABLE('the cloudfront.net certificate: CloudFront allows only TLSv1 there, nothing to set', cert, r.positions[cert])
  return expectNotIn(r, path, CLOUDFRONT_BELOW_TLS12, { missing: 'fail', missingNote: 'with a custom certificate it defaults to TLSv1; set TLSv1.2_2021' })
}

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
    results.push(viewerTlsMinimum(r, 'viewer_certificate', ['acm_certificate_arn', 'iam_certificate_id'], 'minimum_protocol_version'))
    return combine(...results)
  }
})
