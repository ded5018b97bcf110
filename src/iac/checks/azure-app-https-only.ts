/** App Service / Function apps: `https_only = true` (default false). */
import { defineCheck, expectBool } from './base.js'

export default defineCheck({
  id: 'CG_IAC_AZURE_APP_HTTPS_ONLY',
  title: 'App Service / Function app accepts HTTPS only',
  severity: 'medium',
  category: 'encryption-in-transit',
  resourceTypes: [
    'azurerm_linux_web_app',
    'azurerm_windows_web_app',
    'azurerm_app_service',
    'azurerm_linux_function_app',
    'azurerm_windows_function_app',
    'azurerm_function_app'
  ],
  attributes: ['https_only'],
  evaluate(r) {
    return expectBool(r, 'https_only', true, { missing: 'fail', missingNote: 'the default is false' })
  }
})
