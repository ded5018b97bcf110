/**
 * Microsoft.Sql/servers: `properties.minimalTlsVersion` of 1.2 or newer. '1.0', '1.1' and 'None' (no minimum)
 * let clients connect with older TLS; an unset minimum is not judged (the service's default has changed over API
 * versions), as Checkov CKV_AZURE_52 judges the Terraform attribute when it is set.
 */
import { defineCheck, expectIn } from './base.js'

export default defineCheck({
  id: 'CG_IAC_ARM_SQL_MIN_TLS',
  title: 'Azure SQL server requires TLS 1.2 or newer (ARM)',
  severity: 'medium',
  category: 'encryption-in-transit',
  resourceTypes: ['Microsoft.Sql/servers'],
  attributes: ['properties'],
  docs: 'https://learn.microsoft.com/azure/templates/microsoft.sql/servers (properties.minimalTlsVersion: 1.0, 1.1, 1.2, 1.3, None); https://learn.microsoft.com/azure/azure-sql/database/connectivity-settings#minimal-tls-version; Checkov CKV_AZURE_52',
  evaluate(r) {
    return expectIn(r, 'properties.minimalTlsVersion', ['1.2', '1.3'], { missing: 'pass', missingNote: 'not judged when unset' })
  }
})
