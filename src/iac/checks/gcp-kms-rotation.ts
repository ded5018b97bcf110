/** KMS crypto keys: `rotation_period` at most 90 days (7776000s); asymmetric keys cannot rotate automatically. */
import { lookup } from '../../model/facts/iac.js'
import { defineCheck, FAIL, NOT_APPLICABLE, PASS, UNVERIFIED } from './base.js'

const MAX_SECONDS = 7776000

export default defineCheck({
  id: 'CG_IAC_GCP_KMS_ROTATION',
  title: 'KMS crypto key rotates at least every 90 days',
  severity: 'medium',
  category: 'key-management',
  resourceTypes: ['google_kms_crypto_key'],
  attributes: ['rotation_period', 'purpose'],
  evaluate(r) {
    const purpose = lookup(r, 'purpose')
    if (purpose.state === 'value' && String(purpose.value) !== 'ENCRYPT_DECRYPT')
      return NOT_APPLICABLE(`purpose = ${String(purpose.value)}: automatic rotation applies to symmetric keys`, 'purpose', purpose.line)
    const l = lookup(r, 'rotation_period')
    if (l.state === 'missing') return FAIL('rotation_period not set: the key never rotates', 'rotation_period', l.line)
    if (l.state !== 'value')
      return UNVERIFIED(`rotation_period cannot be resolved statically: ${l.state === 'unknown' ? l.reason : l.ref}`, 'rotation_period', l.line)
    const m = /^(\d+(?:\.\d+)?)s$/.exec(String(l.value))
    if (!m) return UNVERIFIED(`rotation_period = ${JSON.stringify(l.value)} is not a duration in seconds`, 'rotation_period', l.line)
    const secs = Number(m[1])
    return secs <= MAX_SECONDS
      ? PASS(`rotation_period = ${String(l.value)} (≤ 90 days)`, 'rotation_period', l.line)
      : FAIL(`rotation_period = ${String(l.value)} is longer than 90 days (7776000s)`, 'rotation_period', l.line)
  }
})
