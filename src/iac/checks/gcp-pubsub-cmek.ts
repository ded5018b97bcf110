/** Pub/Sub topics: `kms_key_name` for CMEK. */
import { cmkOnly, defineCheck } from './base.js'

export default defineCheck({
  id: 'CG_IAC_GCP_PUBSUB_CMEK',
  title: 'Pub/Sub topic uses a customer-managed encryption key',
  severity: 'low',
  category: 'key-management',
  resourceTypes: ['google_pubsub_topic'],
  attributes: ['kms_key_name'],
  evaluate(r, _index, options) {
    return cmkOnly(r, options, ['kms_key_name'], 'Pub/Sub encrypts messages with Google-managed keys')
  }
})
