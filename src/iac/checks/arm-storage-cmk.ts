/**
 * Microsoft.Storage/storageAccounts: Azure Storage always encrypts data at rest, with Microsoft-managed keys
 * unless `properties.encryption.keySource` is `Microsoft.Keyvault` (a customer-managed key in Key Vault named by
 * `keyvaultproperties`). Judged as the Terraform check CG_IAC_AZURE_STORAGE_CMK: pass noting the
 * Microsoft-managed key, fail with require-cmk.
 */
import { lookup } from '../../model/facts/iac.js'
import { defineCheck, FAIL, PASS, UNVERIFIED } from './base.js'

const KEY_SOURCE = 'properties.encryption.keySource'

export default defineCheck({
  id: 'CG_IAC_ARM_STORAGE_CMK',
  title: 'Storage account uses a customer-managed key (ARM)',
  severity: 'low',
  category: 'key-management',
  resourceTypes: ['Microsoft.Storage/storageAccounts'],
  attributes: ['properties'],
  docs: 'https://learn.microsoft.com/azure/templates/microsoft.storage/storageaccounts (Encryption.keySource: Microsoft.Storage (default) or Microsoft.Keyvault; keyvaultproperties names the key); https://learn.microsoft.com/azure/storage/common/storage-service-encryption (data is always encrypted, with Microsoft-managed keys by default)',
  evaluate(r, _index, options) {
    const l = lookup(r, KEY_SOURCE)
    if (l.state === 'unknown' || l.state === 'ref') {
      const why = l.state === 'unknown' ? l.reason : `a reference to ${l.ref}`
      if (!options.requireCmk) return PASS(`Azure Storage encrypts data at rest; the key source cannot be resolved statically (${why})`, KEY_SOURCE, l.line)
      return UNVERIFIED(`${KEY_SOURCE} cannot be resolved statically: ${why}`, KEY_SOURCE, l.line)
    }
    if (l.state === 'value' && typeof l.value === 'string' && l.value.toLowerCase() === 'microsoft.keyvault') {
      const key = lookup(r, 'properties.encryption.keyvaultproperties.keyname')
      if (key.state === 'missing')
        return FAIL(`${KEY_SOURCE} = "Microsoft.Keyvault" without encryption.keyvaultproperties.keyname: the deployment is rejected`, KEY_SOURCE, l.line)
      return PASS(`encrypted with a customer-managed key (${KEY_SOURCE} = "Microsoft.Keyvault")`, KEY_SOURCE, l.line)
    }
    const what = l.state === 'value' ? `${KEY_SOURCE} = ${JSON.stringify(l.value)}` : `${KEY_SOURCE} not set (Microsoft.Storage)`
    if (!options.requireCmk)
      return PASS(`Azure Storage encrypts data at rest with a Microsoft-managed key (${what}; require-cmk would fail this)`, KEY_SOURCE, l.line ?? r.line)
    return FAIL(`${what}: require-cmk asks for a customer-managed key (keySource "Microsoft.Keyvault" with keyvaultproperties)`, KEY_SOURCE, l.line ?? r.line)
  }
})
