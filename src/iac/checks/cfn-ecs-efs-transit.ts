/** ECS task definition EFS volumes encrypt data in transit (CloudFormation). Declarative: see ./rule.ts; the fact it rests on is in `docs`. */
import { ruleCheck } from './rule.js'

export default ruleCheck({
  id: 'CG_IAC_CFN_ECS_EFS_TRANSIT_ENCRYPTION',
  title: 'ECS task definition EFS volumes encrypt data in transit (CloudFormation)',
  severity: 'medium',
  category: 'encryption-in-transit',
  resourceTypes: ['AWS::ECS::TaskDefinition'],
  docs: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ecs-taskdefinition-efsvolumeconfiguration.html (TransitEncryption, default DISABLED); Checkov CKV_AWS_97',
  each: 'Volumes',
  when: { path: 'EFSVolumeConfiguration.FilesystemId', in: [], missing: false },
  require: [{ path: 'EFSVolumeConfiguration.TransitEncryption', in: ['ENABLED'], missing: 'fail', note: 'the default is DISABLED' }]
})
