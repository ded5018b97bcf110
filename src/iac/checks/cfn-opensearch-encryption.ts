/**
 * AWS::OpenSearchService::Domain / AWS::Elasticsearch::Domain encrypted at rest. Node-to-node encryption and
 * HTTPS are separate checks (CG_IAC_CFN_OPENSEARCH_NODE_TO_NODE, CG_IAC_CFN_OPENSEARCH_HTTPS), as in Terraform,
 * so each fact is judged and reported on its own.
 */
import { defineCheck, encryptedWithOptionalCmk, expectBool } from './base.js'

export default defineCheck({
  id: 'CG_IAC_CFN_OPENSEARCH_ENCRYPTION',
  title: 'OpenSearch domain is encrypted at rest (CloudFormation)',
  severity: 'high',
  category: 'encryption-at-rest',
  resourceTypes: ['AWS::OpenSearchService::Domain', 'AWS::Elasticsearch::Domain'],
  attributes: ['EncryptionAtRestOptions'],
  docs: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-opensearchservice-domain-encryptionatrestoptions.html (Enabled, KmsKeyId: the AWS-managed aws/es key when not set); Trivy AVD-AWS-0048, Checkov CKV_AWS_5',
  evaluate(r, _index, options) {
    return encryptedWithOptionalCmk(
      r,
      options,
      expectBool(r, 'EncryptionAtRestOptions.Enabled', true, { missing: 'fail', missingNote: 'not enabled unless configured' }),
      ['EncryptionAtRestOptions.KmsKeyId'],
      'with the AWS-managed aws/es key'
    )
  }
})
