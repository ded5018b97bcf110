/**
 * Legacy App Service / Function App resources (`azurerm_app_service`, `azurerm_function_app`, still in many
 * modules and in peers' examples) require TLS 1.2 or newer: their setting is `site_config.min_tls_version`
 * (the newer web-app resources use `minimum_tls_version`, see azure-app-min-tls.ts).
 */
import { ruleCheck } from './rule.js'

export default ruleCheck({
  id: 'CG_IAC_AZURE_APP_SERVICE_MIN_TLS',
  title: 'App Service (legacy resource) requires TLS 1.2 or newer',
  severity: 'medium',
  category: 'encryption-in-transit',
  resourceTypes: ['azurerm_app_service', 'azurerm_function_app'],
  docs: 'https://registry.terraform.io/providers/hashicorp/azurerm/3.117.0/docs/resources/app_service#min_tls_version (1.0, 1.1, 1.2; defaults to 1.2); Trivy AVD-AZU-0006, Checkov CKV_AZURE_15',
  require: [{ path: 'site_config.min_tls_version', in: ['1.2', '1.3'], missing: 'pass', note: 'the default is 1.2' }]
})
