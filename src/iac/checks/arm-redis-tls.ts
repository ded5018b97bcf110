/** Redis cache accepts TLS connections only, TLS 1.2+ (ARM). Declarative: see ./rule.ts; the fact it rests on is in `docs`. */
import { ruleCheck } from './rule.js'

export default ruleCheck({
  id: 'CG_IAC_ARM_REDIS_TLS',
  title: 'Redis cache accepts TLS connections only, TLS 1.2+ (ARM)',
  severity: 'high',
  category: 'encryption-in-transit',
  resourceTypes: ['Microsoft.Cache/redis'],
  docs: 'https://learn.microsoft.com/azure/templates/microsoft.cache/redis (enableNonSslPort, default false; minimumTlsVersion); Trivy AVD-AZU-0011 (non-SSL port), Checkov CKV_AZURE_91',
  require: [
    { path: 'properties.enableNonSslPort', bool: false, missing: 'pass', note: 'the non-TLS port is disabled by default' },
    { path: 'properties.minimumTlsVersion', in: ['1.2', '1.3'], missing: 'pass', note: 'TLS 1.2 unless set lower' }
  ]
})
