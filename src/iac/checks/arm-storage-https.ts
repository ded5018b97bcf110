/**
 * Microsoft.Storage/storageAccounts: `supportsHttpsTrafficOnly`. Its default is true only from API
 * version 2019-04-01 (https://learn.microsoft.com/azure/templates/microsoft.storage/storageaccounts:
 * "Allows https traffic only to storage service if sets to true. The default value is true since API
 * version 2019-04-01"); an older template without it accepts HTTP.
 */
import { lookup } from '../../model/facts/iac.js'
import { defineCheck, expectBool, isResult, missingByApiVersion } from './base.js'

export default defineCheck({
  id: 'CG_IAC_ARM_STORAGE_HTTPS_ONLY',
  title: 'Storage account accepts HTTPS traffic only (ARM)',
  severity: 'high',
  category: 'encryption-in-transit',
  resourceTypes: ['Microsoft.Storage/storageAccounts'],
  attributes: ['properties', 'apiVersion'],
  evaluate(r) {
    if (lookup(r, 'properties.supportsHttpsTrafficOnly').state !== 'missing')
      return expectBool(r, 'properties.supportsHttpsTrafficOnly', true, { missing: 'pass' })
    const opts = missingByApiVersion(r, '2019-04-01', 'pass', 'fail', 'properties.supportsHttpsTrafficOnly')
    if (isResult(opts)) return opts
    return expectBool(r, 'properties.supportsHttpsTrafficOnly', true, opts)
  }
})
