/** Microsoft.Storage/storageAccounts: `supportsHttpsTrafficOnly` (default true since API 2019-04-01). */
import { defineCheck, expectBool } from './base.js'

export default defineCheck({
  id: 'CG_IAC_ARM_STORAGE_HTTPS_ONLY',
  title: 'Storage account accepts HTTPS traffic only (ARM)',
  severity: 'high',
  category: 'encryption-in-transit',
  resourceTypes: ['Microsoft.Storage/storageAccounts'],
  attributes: ['properties'],
  evaluate(r) {
    return expectBool(r, 'properties.supportsHttpsTrafficOnly', true, { missing: 'pass', missingNote: 'the default is true since API version 2019-04-01' })
  }
})
