/** BigQuery datasets and tables: `default_encryption_configuration.kms_key_name` / `encryption_configuration.kms_key_name`. */
import { cmkOnly, defineCheck } from './base.js'

export default defineCheck({
  id: 'CG_IAC_GCP_BIGQUERY_CMEK',
  title: 'BigQuery dataset / table uses a customer-managed encryption key',
  severity: 'low',
  category: 'key-management',
  resourceTypes: ['google_bigquery_dataset', 'google_bigquery_table'],
  attributes: ['default_encryption_configuration', 'encryption_configuration'],
  evaluate(r, _index, options) {
    const path = r.type === 'google_bigquery_dataset' ? 'default_encryption_configuration.kms_key_name' : 'encryption_configuration.kms_key_name'
    return cmkOnly(r, options, [path], 'BigQuery encrypts data with Google-managed keys')
  }
})
