/** AWS::Backup::BackupVault: always encrypted (aws/backup when `EncryptionKeyArn` is not set). */
import { cmkOnly, defineCheck } from './base.js'

export default defineCheck({
  id: 'CG_IAC_CFN_BACKUP_VAULT_CMK',
  title: 'Backup vault uses a customer-managed KMS key (CloudFormation)',
  severity: 'medium',
  category: 'key-management',
  resourceTypes: ['AWS::Backup::BackupVault'],
  attributes: ['EncryptionKeyArn'],
  docs: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-backup-backupvault.html#cfn-backup-backupvault-encryptionkeyarn (without a key, the AWS-managed aws/backup key); Checkov CKV_AWS_166',
  evaluate(r, _index, options) {
    return cmkOnly(r, options, ['EncryptionKeyArn'], 'AWS Backup encrypts recovery points')
  }
})
