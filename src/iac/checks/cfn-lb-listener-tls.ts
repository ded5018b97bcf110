/** AWS::ElasticLoadBalancingV2::Listener: HTTPS/TLS, or HTTP whose default action only redirects to HTTPS (as CG_IAC_AWS_LB_LISTENER_TLS). */
import { lookup } from '../../model/facts/iac.js'
import { defineCheck, FAIL, NOT_APPLICABLE, PASS, UNVERIFIED } from './base.js'

export default defineCheck({
  id: 'CG_IAC_CFN_LB_LISTENER_TLS',
  title: 'Load balancer listener uses HTTPS/TLS (CloudFormation)',
  severity: 'high',
  category: 'encryption-in-transit',
  resourceTypes: ['AWS::ElasticLoadBalancingV2::Listener'],
  attributes: ['Protocol', 'DefaultActions'],
  docs: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-elasticloadbalancingv2-listener.html (Protocol HTTP | HTTPS | TCP | TLS | UDP | TCP_UDP | GENEVE); Checkov CKV_AWS_2',
  evaluate(r) {
    const p = lookup(r, 'Protocol')
    if (p.state === 'unknown' || p.state === 'ref')
      return UNVERIFIED(`Protocol cannot be resolved statically: ${p.state === 'unknown' ? p.reason : p.ref}`, 'Protocol', p.line)
    const proto = p.state === 'value' ? String(p.value).toUpperCase() : 'HTTP'
    if (proto === 'HTTPS' || proto === 'TLS') return PASS(`Protocol = ${proto}`, 'Protocol', p.line)
    if (['TCP', 'UDP', 'TCP_UDP', 'GENEVE'].includes(proto)) return NOT_APPLICABLE(`Protocol = ${proto}: layer-4 pass-through`, 'Protocol', p.line)
    const type = lookup(r, 'DefaultActions.Type')
    const to = lookup(r, 'DefaultActions.RedirectConfig.Protocol')
    if (type.state === 'value' && String(type.value).toLowerCase() === 'redirect' && to.state === 'value' && String(to.value).toUpperCase() === 'HTTPS')
      return PASS('HTTP listener redirects to HTTPS', 'DefaultActions', type.line)
    return FAIL(`Protocol = ${proto} and the default action does not redirect to HTTPS`, 'Protocol', p.line)
  }
})
