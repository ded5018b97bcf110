/** AWS::KMS::Key: `EnableKeyRotation: true` for symmetric keys. */
import { lookup } from '../../model/facts/iac.js'
import { defineCheck, expectBool, NOT_APPLICABLE } from './base.js'

export default defineCheck({
  id: 'CG_IAC_CFN_KMS_ROTATION',
  title: 'KMS key has automatic rotation enabled (CloudFormation)',
  severity: 'medium',
  category: 'key-management',
  resourceTypes: ['AWS::KMS::Key'],
  attributes: ['EnableKeyRotation', 'KeySpec'],
  evaluate(r) {
    const spec = lookup(r, 'KeySpec')
    if (spec.state === 'value' && String(spec.value) !== 'SYMMETRIC_DEFAULT') return NOT_APPLICABLE(`KeySpec = ${String(spec.value)}: automatic rotation applies to symmetric encryption keys only`, 'KeySpec', spec.line)
    return expectBool(r, 'EnableKeyRotation', true, { missing: 'fail', missingNote: 'the default is false' })
  }
})
