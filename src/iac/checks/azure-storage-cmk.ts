/** Storage accounts: always encrypted with Microsoft-managed keys; a customer key via `customer_managed_key` or an `azurerm_storage_account_customer_managed_key`. */
import { cmkOnly, defineCheck, PASS } from './base.js'

export default defineCheck({
  id: 'CG_IAC_AZURE_STORAGE_CMK',
  title: 'Storage account uses a customer-managed key',
  severity: 'low',
  category: 'key-management',
  resourceTypes: ['azurerm_storage_account'],
  attributes: ['customer_managed_key'],
  related: { types: ['azurerm_storage_account_customer_managed_key'], attributes: ['storage_account_id', 'key_name', 'key_vault_key_id', 'key_vault_id'] },
  evaluate(r, index, options) {
    const separate = index.referencing(r, 'azurerm_storage_account_customer_managed_key', 'storage_account_id')
    if (separate.length > 0) return PASS(`customer-managed key set by ${separate[0].address}`)
    return cmkOnly(r, options, ['customer_managed_key.key_vault_key_id', 'customer_managed_key.managed_hsm_key_id'], 'Azure Storage encrypts data at rest')
  }
})
