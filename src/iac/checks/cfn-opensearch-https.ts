/**
 * AWS::OpenSearchService::Domain / AWS::Elasticsearch::Domain: `DomainEndpointOptions.EnforceHTTPS: true`, and no
 * TLS 1.0 policy (`TLSSecurityPolicy: Policy-Min-TLS-1-0-2019-07`; Trivy AVD-AWS-0126). An unset policy is not judged.
 */
import { OPENSEARCH_TLS10_POLICIES } from './aws-opensearch-https.js'
import { combine, defineCheck, expectBool, expectNotIn } from './base.js'

export default defineCheck({
  id: 'CG_IAC_CFN_OPENSEARCH_HTTPS',
  title: 'OpenSearch domain enforces HTTPS with TLS 1.2 (CloudFormation)',
  severity: 'medium',
  category: 'encryption-in-transit',
  resourceTypes: ['AWS::OpenSearchService::Domain', 'AWS::Elasticsearch::Domain'],
  attributes: ['DomainEndpointOptions'],
  docs: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-opensearchservice-domain-domainendpointoptions.html (EnforceHTTPS, false when not set; TLSSecurityPolicy); Trivy AVD-AWS-0046, AVD-AWS-0126',
  evaluate(r) {
    return combine(
      expectBool(r, 'DomainEndpointOptions.EnforceHTTPS', true, { missing: 'fail', missingNote: 'HTTP is accepted unless EnforceHTTPS is set' }),
      expectNotIn(r, 'DomainEndpointOptions.TLSSecurityPolicy', OPENSEARCH_TLS10_POLICIES, {
        missing: 'pass',
        missingNote: 'the service chooses the policy; set a Policy-Min-TLS-1-2 policy to pin TLS 1.2'
      })
    )
  }
})
