/** Storage accounts: `min_tls_version = "TLS1_2"` (the azurerm default since 3.0). */
import { defineCheck, expectIn } from './base.js'

export default defineCheck({
  id: 'CG_IAC_AZURE_STORAGE_MIN_TLS',
  title: 'Storage account requires TLS 1.2 or newer',
  severity: 'medium',
  category: 'encryption-in-transit',
  resourceTypes: ['azurerm_storage_account'],
  attributes: ['min_tls_version'],
  evaluate(r) {
    return expectIn(r, 'min_tls_version', ['TLS1_2', 'TLS1_3'], { missing: 'pass', missingNote: 'the azurerm default is TLS1_2' })
  }
})
