/** CodeBuild project artifacts are encrypted (CloudFormation). Declarative: see ./rule.ts; the fact it rests on is in `docs`. */
import { ruleCheck } from './rule.js'

export default ruleCheck({
  id: 'CG_IAC_CFN_CODEBUILD_ARTIFACT_ENCRYPTION',
  title: 'CodeBuild project artifacts are encrypted (CloudFormation)',
  severity: 'medium',
  category: 'encryption-at-rest',
  resourceTypes: ['AWS::CodeBuild::Project'],
  docs: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-codebuild-project-artifacts.html (EncryptionDisabled); Checkov CKV_AWS_78',
  each: 'Artifacts',
  when: { path: 'Type', in: ['S3', 'CODEPIPELINE'] },
  require: [{ path: 'EncryptionDisabled', bool: false, missing: 'pass', note: 'artifacts are encrypted by default' }]
})
