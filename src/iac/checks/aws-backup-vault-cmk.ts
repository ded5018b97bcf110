/** Backup vaults: always encrypted (aws/backup); `kms_key_arn` for a customer-managed key. */
import { cmkOnly, defineCheck } from './base.js'

export default defineCheck({
  id: 'CG_IAC_AWS_BACKUP_VAULT_CMK',
  title: 'Backup vault uses a customer-managed KMS key',
  severity: 'medium',
  category: 'key-management',
  resourceTypes: ['aws_backup_vault'],
  attributes: ['kms_key_arn'],
  evaluate(r, _index, options) {
    return cmkOnly(r, options, ['kms_key_arn'], 'AWS Backup encrypts recovery points')
  }
})
