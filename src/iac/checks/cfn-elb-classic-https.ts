/** Classic load balancer listeners use HTTPS/SSL (CloudFormation). Declarative: see ./rule.ts; the fact it rests on is in `docs`. */
import { ruleCheck } from './rule.js'

export default ruleCheck({
  id: 'CG_IAC_CFN_ELB_CLASSIC_HTTPS',
  title: 'Classic load balancer listeners use HTTPS/SSL (CloudFormation)',
  severity: 'high',
  category: 'encryption-in-transit',
  resourceTypes: ['AWS::ElasticLoadBalancing::LoadBalancer'],
  docs: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-elb-listener.html (Protocol HTTP, HTTPS, TCP, SSL); Trivy AVD-AWS-0054',
  each: 'Listeners',
  require: [{ path: 'Protocol', notIn: ['HTTP'], missing: 'fail', note: 'Protocol is required' }]
})
