/** WorkSpaces root and user volumes are encrypted (CloudFormation). Declarative: see ./rule.ts; the fact it rests on is in `docs`. */
import { ruleCheck } from './rule.js'

export default ruleCheck({
  id: 'CG_IAC_CFN_WORKSPACES_ENCRYPTION',
  title: 'WorkSpaces root and user volumes are encrypted (CloudFormation)',
  severity: 'medium',
  category: 'encryption-at-rest',
  resourceTypes: ['AWS::WorkSpaces::Workspace'],
  docs: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-workspaces-workspace.html (RootVolumeEncryptionEnabled, UserVolumeEncryptionEnabled); Checkov CKV_AWS_155/156',
  require: [
    { path: 'RootVolumeEncryptionEnabled', bool: true, missing: 'fail', note: 'the default is false' },
    { path: 'UserVolumeEncryptionEnabled', bool: true, missing: 'fail', note: 'the default is false' }
  ],
  cmkPaths: ['VolumeEncryptionKey']
})
