/** OpenSearch / Elasticsearch domains: `encrypt_at_rest.enabled = true`. */
import { defineCheck, encryptedWithOptionalCmk, expectBool } from './base.js'

export default defineCheck({
  id: 'CG_IAC_AWS_OPENSEARCH_AT_REST',
  title: 'OpenSearch domain is encrypted at rest',
  severity: 'high',
  category: 'encryption-at-rest',
  resourceTypes: ['aws_opensearch_domain', 'aws_elasticsearch_domain'],
  attributes: ['encrypt_at_rest'],
  evaluate(r, _index, options) {
    return encryptedWithOptionalCmk(
      r,
      options,
      expectBool(r, 'encrypt_at_rest.enabled', true, { missing: 'fail', missingNote: 'not enabled unless configured' }),
      ['encrypt_at_rest.kms_key_id'],
      'with the AWS-managed aws/es key'
    )
  }
})
