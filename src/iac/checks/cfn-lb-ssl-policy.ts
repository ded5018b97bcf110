/** HTTPS/TLS load balancer listener uses a TLS 1.2+ security policy (CloudFormation). Declarative: see ./rule.ts; the fact it rests on is in `docs`. */
import { ELB_POLICIES_BELOW_TLS12 } from './aws-lb-ssl-policy.js'
import { ruleCheck } from './rule.js'

export default ruleCheck({
  id: 'CG_IAC_CFN_LB_SSL_POLICY',
  title: 'HTTPS/TLS load balancer listener uses a TLS 1.2+ security policy (CloudFormation)',
  severity: 'medium',
  category: 'encryption-in-transit',
  resourceTypes: ['AWS::ElasticLoadBalancingV2::Listener'],
  docs: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html (policies accepting TLS 1.0/1.1; the default ELBSecurityPolicy-2016-08 accepts TLS 1.0); Trivy AVD-AWS-0047',
  when: { path: 'Protocol', in: ['HTTPS', 'TLS'] },
  require: [
    {
      path: 'SslPolicy',
      notIn: [...ELB_POLICIES_BELOW_TLS12],
      missing: 'fail',
      note: 'the default ELBSecurityPolicy-2016-08 accepts TLS 1.0'
    }
  ]
})
