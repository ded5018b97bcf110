/** Azure SQL transparent data encryption: on unless `transparent_data_encryption_enabled = false`; CMK via `key_vault_key_id`. */
import { lookup } from '../../model/facts/iac.js'
import { cmkOnly, defineCheck, encryptedWithOptionalCmk, expectBool } from './base.js'

export default defineCheck({
  id: 'CG_IAC_AZURE_SQL_TDE',
  title: 'Azure SQL database has transparent data encryption',
  severity: 'high',
  category: 'encryption-at-rest',
  resourceTypes: ['azurerm_mssql_database', 'azurerm_mssql_server_transparent_data_encryption'],
  attributes: ['transparent_data_encryption_enabled', 'transparent_data_encryption_key_vault_key_id', 'key_vault_key_id', 'managed_hsm_key_id'],
  evaluate(r, _index, options) {
    if (r.type === 'azurerm_mssql_server_transparent_data_encryption')
      return cmkOnly(r, options, ['key_vault_key_id', 'managed_hsm_key_id'], 'TDE is on with a service-managed key')
    const enc = expectBool(r, 'transparent_data_encryption_enabled', true, { missing: 'pass', missingNote: 'the default is true' })
    void lookup
    return encryptedWithOptionalCmk(r, options, enc, ['transparent_data_encryption_key_vault_key_id'], 'with a service-managed key')
  }
})
