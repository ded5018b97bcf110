/** Storage accounts: double encryption at the infrastructure layer (`infrastructure_encryption_enabled`, default false). */
import { defineCheck, expectBool } from './base.js'

export default defineCheck({
  id: 'CG_IAC_AZURE_STORAGE_INFRA_ENCRYPTION',
  title: 'Storage account has infrastructure (double) encryption',
  severity: 'low',
  category: 'encryption-at-rest',
  resourceTypes: ['azurerm_storage_account'],
  attributes: ['infrastructure_encryption_enabled'],
  evaluate(r) {
    return expectBool(r, 'infrastructure_encryption_enabled', true, { missing: 'fail', missingNote: 'the default is false' })
  }
})
