/** OpenSearch / Elasticsearch domains: `domain_endpoint_options.enforce_https = true`. */
import { defineCheck, expectBool } from './base.js'

export default defineCheck({
  id: 'CG_IAC_AWS_OPENSEARCH_HTTPS',
  title: 'OpenSearch domain enforces HTTPS',
  severity: 'medium',
  category: 'encryption-in-transit',
  resourceTypes: ['aws_opensearch_domain', 'aws_elasticsearch_domain'],
  attributes: ['domain_endpoint_options'],
  evaluate(r) {
    return expectBool(r, 'domain_endpoint_options.enforce_https', true, { missing: 'fail', missingNote: 'HTTP is accepted unless enforce_https is set' })
  }
})
