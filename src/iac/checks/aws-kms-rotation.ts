/** Customer-managed KMS keys rotate automatically (`enable_key_rotation = true`); asymmetric / HMAC keys cannot. */
import { lookup } from '../../model/facts/iac.js'
import { defineCheck, expectBool, NOT_APPLICABLE } from './base.js'

export default defineCheck({
  id: 'CG_IAC_AWS_KMS_ROTATION',
  title: 'KMS key has automatic rotation enabled',
  severity: 'medium',
  category: 'key-management',
  resourceTypes: ['aws_kms_key'],
  attributes: ['enable_key_rotation', 'customer_master_key_spec', 'key_usage'],
  evaluate(r) {
    const spec = lookup(r, 'customer_master_key_spec')
    if (spec.state === 'value' && String(spec.value) !== 'SYMMETRIC_DEFAULT') return NOT_APPLICABLE(`customer_master_key_spec = ${String(spec.value)}: automatic rotation applies to symmetric encryption keys only`, 'customer_master_key_spec', spec.line)
    return expectBool(r, 'enable_key_rotation', true, { missing: 'fail', missingNote: 'the default is false' })
  }
})
