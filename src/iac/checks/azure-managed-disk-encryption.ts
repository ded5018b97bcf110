/** Managed disks: SSE with platform keys always; `encryption_settings.enabled = false` fails; CMK via `disk_encryption_set_id`. */
import { defineCheck, encryptedWithOptionalCmk, expectBool } from './base.js'

export default defineCheck({
  id: 'CG_IAC_AZURE_MANAGED_DISK_ENCRYPTION',
  title: 'Managed disk is encrypted (customer-managed key with require-cmk)',
  severity: 'high',
  category: 'encryption-at-rest',
  resourceTypes: ['azurerm_managed_disk'],
  attributes: ['encryption_settings', 'disk_encryption_set_id', 'secure_vm_disk_encryption_set_id'],
  evaluate(r, _index, options) {
    const enc = expectBool(r, 'encryption_settings.enabled', true, { missing: 'pass', missingNote: 'server-side encryption with platform-managed keys' })
    return encryptedWithOptionalCmk(r, options, enc, ['disk_encryption_set_id', 'secure_vm_disk_encryption_set_id'], 'with platform-managed keys')
  }
})
