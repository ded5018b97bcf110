/**
 * PostgreSQL / MySQL: single servers enforce SSL (`ssl_enforcement_enabled`, TLS ≥ 1.2); flexible servers
 * must not set the `require_secure_transport` server parameter to OFF.
 */
import { lookup } from '../../model/facts/iac.js'
import { combine, defineCheck, expectBool, expectIn, NOT_APPLICABLE } from './base.js'

export default defineCheck({
  id: 'CG_IAC_AZURE_DB_SSL',
  title: 'PostgreSQL / MySQL server requires TLS connections',
  severity: 'high',
  category: 'encryption-in-transit',
  resourceTypes: [
    'azurerm_postgresql_server',
    'azurerm_mysql_server',
    'azurerm_postgresql_flexible_server_configuration',
    'azurerm_mysql_flexible_server_configuration'
  ],
  attributes: ['ssl_enforcement_enabled', 'ssl_minimal_tls_version_enforced', 'name', 'value'],
  evaluate(r) {
    if (r.type.endsWith('_flexible_server_configuration')) {
      const name = lookup(r, 'name')
      if (!(name.state === 'value' && String(name.value).toLowerCase() === 'require_secure_transport'))
        return NOT_APPLICABLE('not the require_secure_transport parameter', 'name', name.line)
      return expectIn(r, 'value', ['on', 'true', '1'], { missing: 'fail' })
    }
    return combine(
      expectBool(r, 'ssl_enforcement_enabled', true, { missing: 'fail' }),
      expectIn(r, 'ssl_minimal_tls_version_enforced', ['TLS1_2', 'TLS1_3'], { missing: 'pass', missingNote: 'the default is TLS1_2' })
    )
  }
})
