/** Data Lake Store (Gen1) is encrypted at rest (ARM). Declarative: see ./rule.ts; the fact it rests on is in `docs`. */
import { ruleCheck } from './rule.js'

export default ruleCheck({
  id: 'CG_IAC_ARM_DATALAKE_ENCRYPTION',
  title: 'Data Lake Store (Gen1) is encrypted at rest (ARM)',
  severity: 'high',
  category: 'encryption-at-rest',
  resourceTypes: ['Microsoft.DataLakeStore/accounts'],
  docs: 'https://learn.microsoft.com/azure/templates/microsoft.datalakestore/accounts (encryptionState Enabled | Disabled; enabled by default); Trivy AVD-AZU-0036',
  require: [{ path: 'properties.encryptionState', in: ['Enabled'], missing: 'pass', note: 'encryption is enabled by default' }]
})
