/** Key Vaults: `purge_protection_enabled = true` (default false) so keys that encrypt data cannot be destroyed at once. */
import { defineCheck, expectBool } from './base.js'

export default defineCheck({
  id: 'CG_IAC_AZURE_KEYVAULT_PURGE_PROTECTION',
  title: 'Key Vault has purge protection',
  severity: 'medium',
  category: 'key-management',
  resourceTypes: ['azurerm_key_vault'],
  attributes: ['purge_protection_enabled', 'soft_delete_retention_days'],
  evaluate(r) {
    return expectBool(r, 'purge_protection_enabled', true, { missing: 'fail', missingNote: 'the default is false' })
  }
})
