/** Data Lake Store (Gen1) is encrypted at rest. Declarative: see ./rule.ts; the fact it rests on is in `docs`. */
import { ruleCheck } from './rule.js'

export default ruleCheck({
  id: 'CG_IAC_AZURE_DATALAKE_ENCRYPTION',
  title: 'Data Lake Store (Gen1) is encrypted at rest',
  severity: 'high',
  category: 'encryption-at-rest',
  resourceTypes: ['azurerm_data_lake_store'],
  docs: 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/data_lake_store#encryption_state (Enabled, Disabled; default Enabled); Checkov CKV_AZURE_33 analogue, Trivy AVD-AZU-0036',
  require: [{ path: 'encryption_state', in: ['Enabled'], missing: 'pass', note: 'the default is Enabled' }]
})
