/**
 * OpenSearch / Elasticsearch domains: `domain_endpoint_options.enforce_https = true`, and no TLS 1.0 policy
 * (`tls_security_policy = "Policy-Min-TLS-1-0-2019-07"` lets clients connect with TLS 1.0/1.1; Trivy
 * AVD-AWS-0126). An unset policy is not judged: the provider sends none and the service applies its own.
 */
import { combine, defineCheck, expectBool, expectNotIn } from './base.js'

/** The OpenSearch TLS security policies that accept TLS 1.0 (the others require TLS 1.2). */
export const OPENSEARCH_TLS10_POLICIES = ['Policy-Min-TLS-1-0-2019-07'] as const

export default defineCheck({
  id: 'CG_IAC_AWS_OPENSEARCH_HTTPS',
  title: 'OpenSearch domain enforces HTTPS with TLS 1.2',
  severity: 'medium',
  category: 'encryption-in-transit',
  resourceTypes: ['aws_opensearch_domain', 'aws_elasticsearch_domain'],
  attributes: ['domain_endpoint_options'],
  docs: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/opensearch_domain#domain_endpoint_options (enforce_https, tls_security_policy: Policy-Min-TLS-1-0-2019-07, Policy-Min-TLS-1-2-2019-07, Policy-Min-TLS-1-2-PFS-2023-10); Trivy AVD-AWS-0046, AVD-AWS-0126',
  evaluate(r) {
    return combine(
      expectBool(r, 'domain_endpoint_options.enforce_https', true, { missing: 'fail', missingNote: 'HTTP is accepted unless enforce_https is set' }),
      expectNotIn(r, 'domain_endpoint_options.tls_security_policy', OPENSEARCH_TLS10_POLICIES, {
        missing: 'pass',
        missingNote: 'the service chooses the policy; set a Policy-Min-TLS-1-2 policy to pin TLS 1.2'
      })
    )
  }
})
