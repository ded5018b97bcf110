/** ECS task definition EFS volumes encrypt data in transit. Declarative: see ./rule.ts; the fact it rests on is in `docs`. */
import { ruleCheck } from './rule.js'

export default ruleCheck({
  id: 'CG_IAC_AWS_ECS_EFS_TRANSIT_ENCRYPTION',
  title: 'ECS task definition EFS volumes encrypt data in transit',
  severity: 'medium',
  category: 'encryption-in-transit',
  resourceTypes: ['aws_ecs_task_definition'],
  docs: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ecs_task_definition#transit_encryption (ENABLED or DISABLED, default DISABLED); Checkov CKV_AWS_97',
  each: 'volume',
  when: { path: 'efs_volume_configuration.file_system_id', in: [], missing: false },
  require: [{ path: 'efs_volume_configuration.transit_encryption', in: ['ENABLED'], missing: 'fail', note: 'the default is DISABLED' }]
})
