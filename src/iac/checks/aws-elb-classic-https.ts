/** Classic load balancer listeners use HTTPS/SSL. Declarative: see ./rule.ts; the fact it rests on is in `docs`. */
import { ruleCheck } from './rule.js'

export default ruleCheck({
  id: 'CG_IAC_AWS_ELB_CLASSIC_HTTPS',
  title: 'Classic load balancer listeners use HTTPS/SSL',
  severity: 'high',
  category: 'encryption-in-transit',
  resourceTypes: ['aws_elb'],
  docs: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/elb#listener (lb_protocol HTTP, HTTPS, TCP or SSL); Trivy AVD-AWS-0054 (plain HTTP)',
  each: 'listener',
  require: [{ path: 'lb_protocol', notIn: ['http'], missing: 'fail', note: 'lb_protocol is required' }]
})
