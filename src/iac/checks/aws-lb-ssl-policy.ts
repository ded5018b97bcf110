/** HTTPS/TLS load balancer listener uses a TLS 1.2+ security policy. Declarative: see ./rule.ts; the fact it rests on is in `docs`. */
import { ruleCheck } from './rule.js'

/** ELB security policies that accept TLS 1.0 or 1.1 (AWS's describe-ssl-policies table); shared with the CloudFormation check. */
export const ELB_POLICIES_BELOW_TLS12 = [
  'ELBSecurityPolicy-2015-05',
  'ELBSecurityPolicy-2016-08',
  'ELBSecurityPolicy-TLS-1-0-2015-04',
  'ELBSecurityPolicy-TLS-1-1-2017-01',
  'ELBSecurityPolicy-FS-2018-06',
  'ELBSecurityPolicy-FS-1-1-2019-08',
  'ELBSecurityPolicy-TLS13-1-0-2021-06',
  'ELBSecurityPolicy-TLS13-1-1-2021-06'
] as const

export default ruleCheck({
  id: 'CG_IAC_AWS_LB_SSL_POLICY',
  title: 'HTTPS/TLS load balancer listener uses a TLS 1.2+ security policy',
  severity: 'medium',
  category: 'encryption-in-transit',
  resourceTypes: ['aws_lb_listener', 'aws_alb_listener'],
  docs: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html (policies that accept TLS 1.0/1.1); the provider default ELBSecurityPolicy-2016-08 accepts TLS 1.0; Trivy AVD-AWS-0047',
  when: { path: 'protocol', in: ['HTTPS', 'TLS'] },
  require: [
    {
      path: 'ssl_policy',
      notIn: [...ELB_POLICIES_BELOW_TLS12],
      missing: 'fail',
      note: 'the provider default ELBSecurityPolicy-2016-08 accepts TLS 1.0'
    }
  ]
})
