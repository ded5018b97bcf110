/**
 * CodeBuild project artifacts are encrypted: the primary `artifacts` block and every `secondary_artifacts`
 * block (Trivy AVD-AWS-0018 fails a secondary block with `encryption_disabled = true` whatever the primary
 * is). A block applies unless its type is NO_ARTIFACTS; one that disables encryption fails whatever its type.
 * Declarative: see ./rule.ts; the fact it rests on is in `docs`.
 */
import { ruleCheck } from './rule.js'

export default ruleCheck({
  id: 'CG_IAC_AWS_CODEBUILD_ARTIFACT_ENCRYPTION',
  title: 'CodeBuild project artifacts are encrypted',
  severity: 'medium',
  category: 'encryption-at-rest',
  resourceTypes: ['aws_codebuild_project'],
  docs: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/codebuild_project#encryption_disabled (default false; artifacts and secondary_artifacts); AWS Config codebuild-project-artifact-encryption (any primary or secondary artifact); Checkov CKV_AWS_78, Trivy AVD-AWS-0018',
  each: ['artifacts', 'secondary_artifacts'],
  when: [
    { path: 'type', notIn: ['NO_ARTIFACTS'], missing: true },
    { path: 'encryption_disabled', in: ['true'] }
  ],
  require: [{ path: 'encryption_disabled', bool: false, missing: 'pass', note: 'artifacts are encrypted by default' }]
})
