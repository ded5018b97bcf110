/** Launch template block device volumes are encrypted (CloudFormation). Declarative: see ./rule.ts; the fact it rests on is in `docs`. */
import { ruleCheck } from './rule.js'

export default ruleCheck({
  id: 'CG_IAC_CFN_LAUNCH_TEMPLATE_ENCRYPTION',
  title: 'Launch template block device volumes are encrypted (CloudFormation)',
  severity: 'high',
  category: 'encryption-at-rest',
  resourceTypes: ['AWS::EC2::LaunchTemplate'],
  docs: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-launchtemplate-ebs.html (Encrypted); Trivy AVD-AWS-0008',
  each: 'LaunchTemplateData.BlockDeviceMappings',
  when: { path: 'Ebs', in: [], missing: false },
  require: [
    {
      path: 'Ebs.Encrypted',
      bool: true,
      missing: 'fail',
      note: 'unencrypted unless the account enables EBS encryption by default, which the template cannot show'
    }
  ]
})
