/** AWS::ElastiCache::ReplicationGroup: at-rest and in-transit encryption. */
import { combine, defineCheck, encryptedWithOptionalCmk, expectBool } from './base.js'

export default defineCheck({
  id: 'CG_IAC_CFN_ELASTICACHE_ENCRYPTION',
  title: 'ElastiCache replication group encrypts at rest and in transit (CloudFormation)',
  severity: 'high',
  category: 'encryption-at-rest',
  resourceTypes: ['AWS::ElastiCache::ReplicationGroup'],
  attributes: ['AtRestEncryptionEnabled', 'TransitEncryptionEnabled', 'KmsKeyId'],
  evaluate(r, _index, options) {
    const all = combine(
      expectBool(r, 'AtRestEncryptionEnabled', true, { missing: 'fail' }),
      expectBool(r, 'TransitEncryptionEnabled', true, { missing: 'fail' })
    )
    return encryptedWithOptionalCmk(r, options, all, ['KmsKeyId'], 'with the AWS-managed key')
  }
})
