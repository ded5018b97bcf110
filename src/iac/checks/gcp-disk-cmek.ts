/** Compute disks: Google-managed keys by default; `disk_encryption_key.kms_key_self_link` (CMEK) or `raw_key` (CSEK). */
import { cmkOnly, defineCheck } from './base.js'

export default defineCheck({
  id: 'CG_IAC_GCP_DISK_CMEK',
  title: 'Compute disk uses a customer-managed encryption key',
  severity: 'low',
  category: 'key-management',
  resourceTypes: ['google_compute_disk', 'google_compute_region_disk'],
  attributes: ['disk_encryption_key'],
  evaluate(r, _index, options) {
    return cmkOnly(
      r,
      options,
      ['disk_encryption_key.kms_key_self_link', 'disk_encryption_key.kms_key_name', 'disk_encryption_key.rsa_encrypted_key'],
      'Compute Engine encrypts disks with Google-managed keys'
    )
  }
})
