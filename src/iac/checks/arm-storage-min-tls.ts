/** Microsoft.Storage/storageAccounts: `minimumTlsVersion: TLS1_2` (when unset, older defaults accept TLS 1.0). */
import { defineCheck, expectIn } from './base.js'

export default defineCheck({
  id: 'CG_IAC_ARM_STORAGE_MIN_TLS',
  title: 'Storage account requires TLS 1.2 or newer (ARM)',
  severity: 'medium',
  category: 'encryption-in-transit',
  resourceTypes: ['Microsoft.Storage/storageAccounts'],
  attributes: ['properties'],
  evaluate(r) {
    return expectIn(r, 'properties.minimumTlsVersion', ['TLS1_2', 'TLS1_3'], { missing: 'fail', missingNote: 'when unset, TLS 1.0 may be accepted' })
  }
})
