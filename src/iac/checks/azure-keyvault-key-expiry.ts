/** Key Vault key has an expiry date. Declarative: see ./rule.ts; the fact it rests on is in `docs`. */
import { ruleCheck } from './rule.js'

export default ruleCheck({
  id: 'CG_IAC_AZURE_KEYVAULT_KEY_EXPIRY',
  title: 'Key Vault key has an expiry date',
  severity: 'low',
  category: 'key-management',
  resourceTypes: ['azurerm_key_vault_key'],
  docs: 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/key_vault_key#expiration_date (no expiry when unset); Checkov CKV_AZURE_40, Trivy AVD-AZU-0014',
  require: [{ path: 'expiration_date', notIn: [''], missing: 'fail', note: 'the key never expires' }]
})
