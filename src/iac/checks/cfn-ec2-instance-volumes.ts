/** EC2 instance block device volumes are encrypted (CloudFormation). Declarative: see ./rule.ts; the fact it rests on is in `docs`. */
import { ruleCheck } from './rule.js'

export default ruleCheck({
  id: 'CG_IAC_CFN_EC2_VOLUME_ENCRYPTION',
  title: 'EC2 instance block device volumes are encrypted (CloudFormation)',
  severity: 'high',
  category: 'encryption-at-rest',
  resourceTypes: ['AWS::EC2::Instance'],
  docs: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-blockdev-template.html (Encrypted; unencrypted unless the account enables EBS encryption by default); Checkov CKV_AWS_8',
  each: 'BlockDeviceMappings',
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
