/** App Service requires TLS 1.2 or newer. Declarative: see ./rule.ts; the fact it rests on is in `docs`. */
import { ruleCheck } from './rule.js'

export default ruleCheck({
  id: 'CG_IAC_AZURE_APP_MIN_TLS',
  title: 'App Service requires TLS 1.2 or newer',
  severity: 'medium',
  category: 'encryption-in-transit',
  resourceTypes: ['azurerm_linux_web_app', 'azurerm_windows_web_app', 'azurerm_linux_function_app', 'azurerm_windows_function_app'],
  docs: 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/linux_web_app#minimum_tls_version (1.0, 1.1, 1.2, 1.3; default 1.2); Checkov CKV_AZURE_154',
  require: [{ path: 'site_config.minimum_tls_version', in: ['1.2', '1.3'], missing: 'pass', note: 'the default is 1.2' }]
})
