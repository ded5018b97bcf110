/** ElastiCache replication groups: `transit_encryption_enabled = true`. */
import { defineCheck, expectBool } from './base.js'

export default defineCheck({
  id: 'CG_IAC_AWS_ELASTICACHE_IN_TRANSIT',
  title: 'ElastiCache replication group encrypts in transit',
  severity: 'high',
  category: 'encryption-in-transit',
  resourceTypes: ['aws_elasticache_replication_group'],
  attributes: ['transit_encryption_enabled'],
  evaluate(r) {
    return expectBool(r, 'transit_encryption_enabled', true, { missing: 'fail', missingNote: 'the default is false' })
  }
})
