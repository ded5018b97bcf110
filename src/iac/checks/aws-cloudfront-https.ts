/** CloudFront distributions: no cache behavior allows plain HTTP to viewers (`viewer_protocol_policy != allow-all`). */
import { isPlainObject, isUnknown, lookup } from '../../model/facts/iac.js'
import { combine, defineCheck, expectNotIn, FAIL, UNVERIFIED, type CheckResult } from './base.js'

export default defineCheck({
  id: 'CG_IAC_AWS_CLOUDFRONT_HTTPS',
  title: 'CloudFront distribution requires HTTPS from viewers',
  severity: 'high',
  category: 'encryption-in-transit',
  resourceTypes: ['aws_cloudfront_distribution'],
  attributes: ['default_cache_behavior', 'ordered_cache_behavior'],
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
    return combine(...results)
  }
})
