/** AWS::RDS::DBInstance / DBCluster: `StorageEncrypted: true` (instances in an Aurora cluster inherit the cluster's). */
import { lookup } from '../../model/facts/iac.js'
import { defineCheck, encryptedWithOptionalCmk, expectBool, NOT_APPLICABLE } from './base.js'

export default defineCheck({
  id: 'CG_IAC_CFN_RDS_ENCRYPTION',
  title: 'RDS instance / cluster storage is encrypted (CloudFormation)',
  severity: 'high',
  category: 'encryption-at-rest',
  resourceTypes: ['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster'],
  attributes: ['StorageEncrypted', 'KmsKeyId', 'DBClusterIdentifier', 'SourceDBInstanceIdentifier'],
  evaluate(r, _index, options) {
    if (r.type === 'AWS::RDS::DBInstance' && lookup(r, 'DBClusterIdentifier').state !== 'missing')
      return NOT_APPLICABLE('an Aurora cluster member: encryption is set on the cluster')
    return encryptedWithOptionalCmk(
      r,
      options,
      expectBool(r, 'StorageEncrypted', true, { missing: 'fail', missingNote: 'the default is false' }),
      ['KmsKeyId'],
      'with the AWS-managed aws/rds key'
    )
  }
})
