/** Web app accepts HTTPS only with TLS 1.2+ (ARM). Declarative: see ./rule.ts; the fact it rests on is in `docs`. */
import { ruleCheck } from './rule.js'

export default ruleCheck({
  id: 'CG_IAC_ARM_WEB_HTTPS',
  title: 'Web app accepts HTTPS only with TLS 1.2+ (ARM)',
  severity: 'high',
  category: 'encryption-in-transit',
  resourceTypes: ['Microsoft.Web/sites'],
  docs: 'https://learn.microsoft.com/azure/templates/microsoft.web/sites (httpsOnly, default false; siteConfig.minTlsVersion); Checkov CKV_AZURE_14/CKV_AZURE_15',
  require: [
    { path: 'properties.httpsOnly', bool: true, missing: 'fail', note: 'the default is false: HTTP is accepted' },
    { path: 'properties.siteConfig.minTlsVersion', in: ['1.2', '1.3'], missing: 'pass', note: 'the default is 1.2' }
  ]
})
