/** RDS instances and Aurora clusters: `storage_encrypted = true` (default false). */
import { lookup } from '../../model/facts/iac.js'
import { defineCheck, encryptedWithOptionalCmk, expectBool, NOT_APPLICABLE, PASS } from './base.js'

export default defineCheck({
  id: 'CG_IAC_AWS_RDS_ENCRYPTION',
  title: 'RDS instance / cluster storage is encrypted',
  severity: 'high',
  category: 'encryption-at-rest',
  resourceTypes: ['aws_db_instance', 'aws_rds_cluster'],
  attributes: ['storage_encrypted', 'kms_key_id', 'engine_mode', 'replicate_source_db', 'cluster_identifier', 'engine'],
  evaluate(r, _index, options) {
    if (r.type === 'aws_db_instance' && lookup(r, 'cluster_identifier').state !== 'missing')
      return NOT_APPLICABLE('an Aurora cluster member: encryption is set on the cluster')
    if (r.type === 'aws_db_instance' && lookup(r, 'replicate_source_db').state !== 'missing' && lookup(r, 'storage_encrypted').state === 'missing')
      return NOT_APPLICABLE('a read replica inherits the source database’s encryption')
    const mode = lookup(r, 'engine_mode')
    if (r.type === 'aws_rds_cluster' && mode.state === 'value' && mode.value === 'serverless' && lookup(r, 'storage_encrypted').state === 'missing') {
      return encryptedWithOptionalCmk(
        r,
        options,
        PASS('Aurora Serverless v1 clusters are always encrypted'),
        ['kms_key_id'],
        'with the AWS-managed aws/rds key'
      )
    }
    const enc = expectBool(r, 'storage_encrypted', true, { missing: 'fail', missingNote: 'the default is false' })
    return encryptedWithOptionalCmk(r, options, enc, ['kms_key_id'], 'with the AWS-managed aws/rds key')
  }
})
