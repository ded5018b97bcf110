/** AWS::Redshift::Cluster: `Encrypted: true`. */
import { defineCheck, encryptedWithOptionalCmk, expectBool } from './base.js'

export default defineCheck({
  id: 'CG_IAC_CFN_REDSHIFT_ENCRYPTION',
  title: 'Redshift cluster is encrypted (CloudFormation)',
  severity: 'high',
  category: 'encryption-at-rest',
  resourceTypes: ['AWS::Redshift::Cluster'],
  attributes: ['Encrypted', 'KmsKeyId'],
  evaluate(r, _index, options) {
    return encryptedWithOptionalCmk(r, options, expectBool(r, 'Encrypted', true, { missing: 'fail', missingNote: 'the default is false' }), ['KmsKeyId'], 'with the AWS-managed key')
  }
})
