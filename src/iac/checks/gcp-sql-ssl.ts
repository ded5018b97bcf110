/** Cloud SQL: `settings.ip_configuration.ssl_mode` ENCRYPTED_ONLY / TRUSTED_CLIENT_CERTIFICATE_REQUIRED, or legacy `require_ssl = true`. */
import { lookup } from '../../model/facts/iac.js'
import { defineCheck, expectBool, expectIn } from './base.js'

const IP = 'settings.ip_configuration'

export default defineCheck({
  id: 'CG_IAC_GCP_SQL_SSL',
  title: 'Cloud SQL instance requires TLS connections',
  severity: 'high',
  category: 'encryption-in-transit',
  resourceTypes: ['google_sql_database_instance'],
  attributes: ['settings', 'encryption_key_name'],
  evaluate(r) {
    if (lookup(r, `${IP}.ssl_mode`).state !== 'missing')
      return expectIn(r, `${IP}.ssl_mode`, ['ENCRYPTED_ONLY', 'TRUSTED_CLIENT_CERTIFICATE_REQUIRED'], { missing: 'fail' })
    return expectBool(r, `${IP}.require_ssl`, true, { missing: 'fail', missingNote: 'the default ssl_mode allows unencrypted connections' })
  }
})
