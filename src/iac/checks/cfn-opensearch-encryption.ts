/** AWS::OpenSearchService::Domain / AWS::Elasticsearch::Domain: at rest, node-to-node and HTTPS enforced. */
import { combine, defineCheck, encryptedWithOptionalCmk, expectBool } from './base.js'

export default defineCheck({
  id: 'CG_IAC_CFN_OPENSEARCH_ENCRYPTION',
  title: 'OpenSearch domain encrypts at rest and in transit (CloudFormation)',
  severity: 'high',
  category: 'encryption-at-rest',
  resourceTypes: ['AWS::OpenSearchService::Domain', 'AWS::Elasticsearch::Domain'],
  attributes: ['EncryptionAtRestOptions', 'NodeToNodeEncryptionOptions', 'DomainEndpointOptions'],
  evaluate(r, _index, options) {
    const all = combine(
      expectBool(r, 'EncryptionAtRestOptions.Enabled', true, { missing: 'fail' }),
      expectBool(r, 'NodeToNodeEncryptionOptions.Enabled', true, { missing: 'fail' }),
      expectBool(r, 'DomainEndpointOptions.EnforceHTTPS', true, { missing: 'fail' })
    )
    return encryptedWithOptionalCmk(r, options, all, ['EncryptionAtRestOptions.KmsKeyId'], 'with the AWS-managed aws/es key')
  }
})
