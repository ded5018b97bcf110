/** Azure Cache for Redis: non-TLS port closed (`non_ssl_port_enabled` / `enable_non_ssl_port`, default false), TLS ≥ 1.2. */
import { lookup } from '../../model/facts/iac.js'
import { combine, defineCheck, expectBool, expectIn } from './base.js'

export default defineCheck({
  id: 'CG_IAC_AZURE_REDIS_TLS_ONLY',
  title: 'Redis cache accepts TLS connections only',
  severity: 'high',
  category: 'encryption-in-transit',
  resourceTypes: ['azurerm_redis_cache'],
  attributes: ['non_ssl_port_enabled', 'enable_non_ssl_port', 'minimum_tls_version'],
  evaluate(r) {
    const key = lookup(r, 'non_ssl_port_enabled').state !== 'missing' ? 'non_ssl_port_enabled' : 'enable_non_ssl_port'
    return combine(
      expectBool(r, key, false, { missing: 'pass', missingNote: 'the default is false' }),
      expectIn(r, 'minimum_tls_version', ['1.2', '1.3'], { missing: 'pass', missingNote: 'the default is 1.2' })
    )
  }
})
