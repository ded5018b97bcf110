/**
 * CodeBuild project artifacts are encrypted (CloudFormation): `Artifacts` and every `SecondaryArtifacts`
 * element, as the Terraform check. Declarative: see ./rule.ts; the fact it rests on is in `docs`.
 */
import { ruleCheck } from './rule.js'

export default ruleCheck({
  id: 'CG_IAC_CFN_CODEBUILD_ARTIFACT_ENCRYPTION',
  title: 'CodeBuild project artifacts are encrypted (CloudFormation)',
  severity: 'medium',
  category: 'encryption-at-rest',
  resourceTypes: ['AWS::CodeBuild::Project'],
  docs: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-codebuild-project-artifacts.html (EncryptionDisabled, on Artifacts and SecondaryArtifacts); AWS Config codebuild-project-artifact-encryption; Checkov CKV_AWS_78, Trivy AVD-AWS-0018',
  each: ['Artifacts', 'SecondaryArtifacts'],
  when: [
    { path: 'Type', notIn: ['NO_ARTIFACTS'], missing: true },
    { path: 'EncryptionDisabled', in: ['true'] }
  ],
  require: [{ path: 'EncryptionDisabled', bool: false, missing: 'pass', note: 'artifacts are encrypted by default' }]
})
