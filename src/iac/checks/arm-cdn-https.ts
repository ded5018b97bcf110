/** CDN endpoint does not serve HTTP (ARM). Declarative: see ./rule.ts; the fact it rests on is in `docs`. */
import { ruleCheck } from './rule.js'

export default ruleCheck({
  id: 'CG_IAC_ARM_CDN_HTTPS',
  title: 'CDN endpoint does not serve HTTP (ARM)',
  severity: 'medium',
  category: 'encryption-in-transit',
  resourceTypes: ['Microsoft.Cdn/profiles/endpoints'],
  docs: 'https://learn.microsoft.com/azure/templates/microsoft.cdn/profiles/endpoints (isHttpAllowed, default true); Checkov CKV_AZURE_197',
  require: [{ path: 'properties.isHttpAllowed', bool: false, missing: 'fail', note: 'the default is true: HTTP is served' }]
})
