/** PostgreSQL / MySQL single server requires TLS 1.2 or newer. Declarative: see ./rule.ts; the fact it rests on is in `docs`. */
import { ruleCheck } from './rule.js'

export default ruleCheck({
  id: 'CG_IAC_AZURE_DB_MIN_TLS',
  title: 'PostgreSQL / MySQL single server requires TLS 1.2 or newer',
  severity: 'medium',
  category: 'encryption-in-transit',
  resourceTypes: ['azurerm_postgresql_server', 'azurerm_mysql_server'],
  docs: 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/postgresql_server#ssl_minimal_tls_version_enforced (TLSEnforcementDisabled, TLS1_0, TLS1_1, TLS1_2; default TLS1_2); Checkov CKV_AZURE_147/CKV_AZURE_54',
  require: [{ path: 'ssl_minimal_tls_version_enforced', in: ['TLS1_2', 'TLS1_3'], missing: 'pass', note: 'the default is TLS1_2' }]
})
