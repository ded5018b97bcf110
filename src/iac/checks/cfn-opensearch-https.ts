/** AWS::OpenSearchService::Domain / AWS::Elasticsearch::Domain: `DomainEndpointOptions.EnforceHTTPS: true`. */
import { defineCheck, expectBool } from './base.js'

export default defineCheck({
  id: 'CG_IAC_CFN_OPENSEARCH_HTTPS',
  title: 'OpenSearch domain enforces HTTPS (CloudFormation)',
  severity: 'medium',
  category: 'encryption-in-transit',
  resourceTypes: ['AWS::OpenSearchService::Domain', 'AWS::Elasticsearch::Domain'],
  attributes: ['DomainEndpointOptions'],
  docs: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-opensearchservice-domain-domainendpointoptions.html (EnforceHTTPS, false when not set); Trivy AVD-AWS-0046',
  evaluate(r) {
    return expectBool(r, 'DomainEndpointOptions.EnforceHTTPS', true, { missing: 'fail', missingNote: 'HTTP is accepted unless EnforceHTTPS is set' })
  }
})
