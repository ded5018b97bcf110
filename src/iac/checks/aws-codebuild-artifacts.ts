/** CodeBuild project artifacts are encrypted. Declarative: see ./rule.ts; the fact it rests on is in `docs`. */
import { ruleCheck } from './rule.js'

export default ruleCheck({
  id: 'CG_IAC_AWS_CODEBUILD_ARTIFACT_ENCRYPTION',
  title: 'CodeBuild project artifacts are encrypted',
  severity: 'medium',
  category: 'encryption-at-rest',
  resourceTypes: ['aws_codebuild_project'],
  docs: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/codebuild_project#encryption_disabled (default false); Checkov CKV_AWS_78',
  each: 'artifacts',
  when: { path: 'type', in: ['S3', 'CODEPIPELINE'] },
  require: [{ path: 'encryption_disabled', bool: false, missing: 'pass', note: 'artifacts are encrypted by default' }]
})
