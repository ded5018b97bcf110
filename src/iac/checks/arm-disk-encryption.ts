/** Microsoft.Compute/disks: ADE settings not disabled; CMK via `encryption.diskEncryptionSetId`. */
import { defineCheck, encryptedWithOptionalCmk, expectBool } from './base.js'

export default defineCheck({
  id: 'CG_IAC_ARM_DISK_ENCRYPTION',
  title: 'Managed disk is encrypted (ARM)',
  severity: 'high',
  category: 'encryption-at-rest',
  resourceTypes: ['Microsoft.Compute/disks'],
  attributes: ['properties'],
  evaluate(r, _index, options) {
    const enc = expectBool(r, 'properties.encryptionSettingsCollection.enabled', true, {
      missing: 'pass',
      missingNote: 'server-side encryption with platform-managed keys'
    })
    return encryptedWithOptionalCmk(r, options, enc, ['properties.encryption.diskEncryptionSetId'], 'with platform-managed keys')
  }
})
