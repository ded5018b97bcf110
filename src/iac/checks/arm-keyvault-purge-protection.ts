/** Microsoft.KeyVault/vaults: `enablePurgeProtection: true`. */
import { defineCheck, expectBool } from './base.js'

export default defineCheck({
  id: 'CG_IAC_ARM_KEYVAULT_PURGE_PROTECTION',
  title: 'Key Vault has purge protection (ARM)',
  severity: 'medium',
  category: 'key-management',
  resourceTypes: ['Microsoft.KeyVault/vaults'],
  attributes: ['properties'],
  evaluate(r) {
    return expectBool(r, 'properties.enablePurgeProtection', true, { missing: 'fail', missingNote: 'the default is off' })
  }
})
