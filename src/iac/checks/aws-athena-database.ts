/** Athena database query results are encrypted. Declarative: see ./rule.ts; the fact it rests on is in `docs`. */
import { ruleCheck } from './rule.js'

export default ruleCheck({
  id: 'CG_IAC_AWS_ATHENA_DATABASE_ENCRYPTION',
  title: 'Athena database query results are encrypted',
  severity: 'medium',
  category: 'encryption-at-rest',
  resourceTypes: ['aws_athena_database'],
  docs: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/athena_database#encryption_configuration (SSE_S3, SSE_KMS, CSE_KMS); Checkov CKV_AWS_77',
  require: [{ path: 'encryption_configuration.encryption_option', in: ['SSE_S3', 'SSE_KMS', 'CSE_KMS'], missing: 'fail', note: 'no encryption_configuration' }]
})
