/** Load balancer listeners: HTTPS/TLS, or HTTP that only redirects to HTTPS. */
import { lookup } from '../../model/facts/iac.js'
import { defineCheck, FAIL, NOT_APPLICABLE, PASS, UNVERIFIED } from './base.js'

export default defineCheck({
  id: 'CG_IAC_AWS_LB_LISTENER_TLS',
  title: 'Load balancer listener uses HTTPS/TLS',
  severity: 'high',
  category: 'encryption-in-transit',
  resourceTypes: ['aws_lb_listener', 'aws_alb_listener'],
  attributes: ['protocol', 'default_action', 'port'],
  evaluate(r) {
    const p = lookup(r, 'protocol')
    if (p.state === 'unknown' || p.state === 'ref')
      return UNVERIFIED(`protocol cannot be resolved statically: ${p.state === 'unknown' ? p.reason : p.ref}`, 'protocol', p.line)
    const proto = p.state === 'value' ? String(p.value).toUpperCase() : 'HTTP'
    if (proto === 'HTTPS' || proto === 'TLS') return PASS(`protocol = ${proto}`, 'protocol', p.line)
    if (['TCP', 'UDP', 'TCP_UDP', 'GENEVE'].includes(proto))
      return NOT_APPLICABLE(`protocol = ${proto}: layer-4 pass-through; TLS, if any, ends at the targets`, 'protocol', p.line)
    const type = lookup(r, 'default_action.type')
    const redirect = lookup(r, 'default_action.redirect.protocol')
    if (type.state === 'value' && type.value === 'redirect' && redirect.state === 'value' && String(redirect.value).toUpperCase() === 'HTTPS')
      return PASS('HTTP listener redirects to HTTPS', 'default_action', type.line)
    return FAIL(
      `${p.state === 'missing' ? 'protocol not set (the default is HTTP)' : `protocol = ${proto}`} and the default action does not redirect to HTTPS`,
      'protocol',
      p.line
    )
  }
})
