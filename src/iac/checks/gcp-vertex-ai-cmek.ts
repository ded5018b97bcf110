/** Vertex AI datasets, endpoints, featurestores, metadata stores, tensorboards, indexes: `encryption_spec.kms_key_name`. */
import { cmkOnly, defineCheck } from './base.js'

export default defineCheck({
  id: 'CG_IAC_GCP_VERTEX_AI_CMEK',
  title: 'Vertex AI resource uses a customer-managed encryption key',
  severity: 'medium',
  category: 'key-management',
  ai: true,
  resourceTypes: [
    'google_vertex_ai_dataset',
    'google_vertex_ai_endpoint',
    'google_vertex_ai_featurestore',
    'google_vertex_ai_metadata_store',
    'google_vertex_ai_tensorboard',
    'google_vertex_ai_index',
    'google_vertex_ai_index_endpoint'
  ],
  attributes: ['encryption_spec'],
  evaluate(r, _index, options) {
    return cmkOnly(r, options, ['encryption_spec.kms_key_name'], 'Vertex AI encrypts data with Google-managed keys')
  }
})
