/** Storage buckets: `encryption.default_kms_key_name` for CMEK. */
import { cmkOnly, defineCheck } from './base.js'

export default defineCheck({
  id: 'CG_IAC_GCP_STORAGE_BUCKET_CMEK',
  title: 'Storage bucket uses a customer-managed encryption key',
  severity: 'low',
  category: 'key-management',
  resourceTypes: ['google_storage_bucket'],
  attributes: ['encryption'],
  evaluate(r, _index, options) {
    return cmkOnly(r, options, ['encryption.default_kms_key_name'], 'Cloud Storage encrypts objects with Google-managed keys')
  }
})
