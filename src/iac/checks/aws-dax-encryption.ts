/** DAX cluster is encrypted at rest. Declarative: see ./rule.ts; the fact it rests on is in `docs`. */
import { ruleCheck } from './rule.js'

export default ruleCheck({
  id: 'CG_IAC_AWS_DAX_ENCRYPTION',
  title: 'DAX cluster is encrypted at rest',
  severity: 'medium',
  category: 'encryption-at-rest',
  resourceTypes: ['aws_dax_cluster'],
  docs: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dax_cluster#server_side_encryption (enabled, default false); Checkov CKV_AWS_47, Trivy AVD-AWS-0023',
  require: [{ path: 'server_side_encryption.enabled', bool: true, missing: 'fail', note: 'the default is false' }]
})
