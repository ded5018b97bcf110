/** Storage accounts accept HTTPS only: `https_traffic_only_enabled` (azurerm 4) / `enable_https_traffic_only` (3), default true. */
import { lookup } from '../../model/facts/iac.js'
import { defineCheck, expectBool } from './base.js'

export default defineCheck({
  id: 'CG_IAC_AZURE_STORAGE_HTTPS_ONLY',
  title: 'Storage account accepts HTTPS traffic only',
  severity: 'high',
  category: 'encryption-in-transit',
  resourceTypes: ['azurerm_storage_account'],
  attributes: ['https_traffic_only_enabled', 'enable_https_traffic_only'],
  evaluate(r) {
    const key = lookup(r, 'https_traffic_only_enabled').state !== 'missing' ? 'https_traffic_only_enabled' : 'enable_https_traffic_only'
    return expectBool(r, key, true, { missing: 'pass', missingNote: 'the default is true' })
  }
})
