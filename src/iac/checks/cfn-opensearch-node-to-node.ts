/** AWS::OpenSearchService::Domain / AWS::Elasticsearch::Domain: `NodeToNodeEncryptionOptions.Enabled: true`. */
import { defineCheck, expectBool } from './base.js'

export default defineCheck({
  id: 'CG_IAC_CFN_OPENSEARCH_NODE_TO_NODE',
  title: 'OpenSearch domain encrypts node-to-node traffic (CloudFormation)',
  severity: 'medium',
  category: 'encryption-in-transit',
  resourceTypes: ['AWS::OpenSearchService::Domain', 'AWS::Elasticsearch::Domain'],
  attributes: ['NodeToNodeEncryptionOptions'],
  docs: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-opensearchservice-domain-nodetonodeencryptionoptions.html; Trivy AVD-AWS-0043, Checkov CKV_AWS_6',
  evaluate(r) {
    return expectBool(r, 'NodeToNodeEncryptionOptions.Enabled', true, { missing: 'fail', missingNote: 'not enabled unless configured' })
  }
})
