/** Azure SQL server requires TLS 1.2 or newer. Declarative: see ./rule.ts; the fact it rests on is in `docs`. */
import { ruleCheck } from './rule.js'

export default ruleCheck({
  id: 'CG_IAC_AZURE_SQL_MIN_TLS',
  title: 'Azure SQL server requires TLS 1.2 or newer',
  severity: 'medium',
  category: 'encryption-in-transit',
  resourceTypes: ['azurerm_mssql_server'],
  docs: 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/mssql_server#minimum_tls_version (1.0, 1.1, 1.2, Disabled; default 1.2); Checkov CKV_AZURE_52',
  require: [{ path: 'minimum_tls_version', in: ['1.2', '1.3'], missing: 'pass', note: 'the default is 1.2' }]
})
