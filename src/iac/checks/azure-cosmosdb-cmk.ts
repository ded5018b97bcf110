/** Cosmos DB accounts: always encrypted with service-managed keys; `key_vault_key_id` for a customer key. */
import { cmkOnly, defineCheck } from './base.js'

export default defineCheck({
  id: 'CG_IAC_AZURE_COSMOSDB_CMK',
  title: 'Cosmos DB account uses a customer-managed key',
  severity: 'low',
  category: 'key-management',
  resourceTypes: ['azurerm_cosmosdb_account'],
  attributes: ['key_vault_key_id'],
  evaluate(r, _index, options) {
    return cmkOnly(r, options, ['key_vault_key_id'], 'Cosmos DB encrypts data at rest')
  }
})
