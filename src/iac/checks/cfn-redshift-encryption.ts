/** AWS::Redshift::Cluster: `Encrypted: true`; AWS::RedshiftServerless::Namespace is always encrypted (`KmsKeyId` for a customer key). */
import { cmkOnly, defineCheck, encryptedWithOptionalCmk, expectBool } from './base.js'

export default defineCheck({
  id: 'CG_IAC_CFN_REDSHIFT_ENCRYPTION',
  title: 'Redshift cluster / serverless namespace is encrypted (CloudFormation)',
  severity: 'high',
  category: 'encryption-at-rest',
  resourceTypes: ['AWS::Redshift::Cluster', 'AWS::RedshiftServerless::Namespace'],
  attributes: ['Encrypted', 'KmsKeyId'],
  docs: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-redshift-cluster.html#cfn-redshift-cluster-encrypted; aws-resource-redshiftserverless-namespace.html#cfn-redshiftserverless-namespace-kmskeyid (serverless namespaces are always encrypted, with an AWS-owned key unless KmsKeyId is set); Checkov CKV_AWS_64',
  evaluate(r, _index, options) {
    if (r.type === 'AWS::RedshiftServerless::Namespace') return cmkOnly(r, options, ['KmsKeyId'], 'Redshift Serverless always encrypts')
    return encryptedWithOptionalCmk(
      r,
      options,
      expectBool(r, 'Encrypted', true, { missing: 'fail', missingNote: 'the default is false' }),
      ['KmsKeyId'],
      'with the AWS-managed key'
    )
  }
})
