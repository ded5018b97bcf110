/** OpenSearch / Elasticsearch domains: `node_to_node_encryption.enabled = true`. */
import { defineCheck, expectBool } from './base.js'

export default defineCheck({
  id: 'CG_IAC_AWS_OPENSEARCH_NODE_TO_NODE',
  title: 'OpenSearch domain encrypts node-to-node traffic',
  severity: 'medium',
  category: 'encryption-in-transit',
  resourceTypes: ['aws_opensearch_domain', 'aws_elasticsearch_domain'],
  attributes: ['node_to_node_encryption'],
  evaluate(r) {
    return expectBool(r, 'node_to_node_encryption.enabled', true, { missing: 'fail', missingNote: 'not enabled unless configured' })
  }
})
