/** App Service allows FTPS only (or no FTP). Declarative: see ./rule.ts; the fact it rests on is in `docs`. */
import { ruleCheck } from './rule.js'

export default ruleCheck({
  id: 'CG_IAC_AZURE_APP_FTPS',
  title: 'App Service allows FTPS only (or no FTP)',
  severity: 'medium',
  category: 'encryption-in-transit',
  resourceTypes: ['azurerm_linux_web_app', 'azurerm_windows_web_app', 'azurerm_linux_function_app', 'azurerm_windows_function_app'],
  docs: 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/linux_web_app#ftps_state (AllAllowed, FtpsOnly, Disabled; default Disabled); Checkov CKV_AZURE_78',
  require: [{ path: 'site_config.ftps_state', in: ['FtpsOnly', 'Disabled'], missing: 'pass', note: 'the default is Disabled' }]
})
