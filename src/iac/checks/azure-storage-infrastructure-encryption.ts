/**
 * Storage accounts: double encryption at the infrastructure layer (`infrastructure_encryption_enabled`,
 * default false). Azure Storage always encrypts data at rest (256-bit AES, service-side encryption);
 * infrastructure encryption is a second, optional layer that can only be set when the account is created
 * (https://learn.microsoft.com/azure/storage/common/infrastructure-encryption-enable). It is judged only
 * when the policy asks for it (`require-infrastructure-encryption: true`); otherwise not applicable.
 */
import { defineCheck, expectBool, NOT_APPLICABLE } from './base.js'

export default defineCheck({
  id: 'CG_IAC_AZURE_STORAGE_INFRA_ENCRYPTION',
  title: 'Storage account has infrastructure (double) encryption',
  severity: 'low',
  category: 'encryption-at-rest',
  resourceTypes: ['azurerm_storage_account'],
  attributes: ['infrastructure_encryption_enabled'],
  evaluate(r, _index, options) {
    if (!options.requireInfrastructureEncryption)
      return NOT_APPLICABLE(
        'infrastructure (double) encryption is optional hardening; data is encrypted at rest regardless (set require-infrastructure-encryption to require it)'
      )
    return expectBool(r, 'infrastructure_encryption_enabled', true, { missing: 'fail', missingNote: 'the default is false' })
  }
})
