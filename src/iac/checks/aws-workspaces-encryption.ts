/** WorkSpaces root and user volumes are encrypted. Declarative: see ./rule.ts; the fact it rests on is in `docs`. */
import { ruleCheck } from './rule.js'

export default ruleCheck({
  id: 'CG_IAC_AWS_WORKSPACES_ENCRYPTION',
  title: 'WorkSpaces root and user volumes are encrypted',
  severity: 'medium',
  category: 'encryption-at-rest',
  resourceTypes: ['aws_workspaces_workspace'],
  docs: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/workspaces_workspace (root_volume_encryption_enabled, user_volume_encryption_enabled, default false); Checkov CKV_AWS_155, CKV_AWS_156',
  require: [
    { path: 'root_volume_encryption_enabled', bool: true, missing: 'fail', note: 'the default is false' },
    { path: 'user_volume_encryption_enabled', bool: true, missing: 'fail', note: 'the default is false' }
  ],
  cmkPaths: ['volume_encryption_key']
})
