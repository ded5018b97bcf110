/** PostgreSQL / MySQL server enforces SSL (ARM). Declarative: see ./rule.ts; the fact it rests on is in `docs`. */
import { ruleCheck } from './rule.js'

export default ruleCheck({
  id: 'CG_IAC_ARM_DB_SSL',
  title: 'PostgreSQL / MySQL server enforces SSL (ARM)',
  severity: 'high',
  category: 'encryption-in-transit',
  resourceTypes: ['Microsoft.DBforPostgreSQL/servers', 'Microsoft.DBforMySQL/servers'],
  docs: 'https://learn.microsoft.com/azure/templates/microsoft.dbforpostgresql/servers (sslEnforcement Enabled | Disabled; minimalTlsVersion); Checkov CKV_AZURE_28/CKV_AZURE_29',
  require: [
    { path: 'properties.sslEnforcement', in: ['Enabled'], missing: 'fail', note: 'set sslEnforcement: Enabled explicitly' },
    { path: 'properties.minimalTlsVersion', in: ['TLS1_2', 'TLS1_3'], missing: 'pass', note: 'TLS 1.2 unless set lower' }
  ]
})
