/**
 * Customer-managed KMS keys rotate automatically (`enable_key_rotation = true`). Automatic rotation applies
 * to symmetric encryption keys only (https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html):
 * a signing, HMAC or key-agreement key (`key_usage` other than ENCRYPT_DECRYPT, Trivy AVD-AWS-0065's
 * SIGN_VERIFY example) or an asymmetric / HMAC key spec is not applicable.
 */
import { lookup, show, type IacResource } from '../../model/facts/iac.js'
import { defineCheck, expectBool, NOT_APPLICABLE, UNVERIFIED, type CheckResult } from './base.js'

/** The attribute's value when it is set and differs from `symmetric` (the default); 'unknown' when unresolved. */
function exempting(r: IacResource, path: string, symmetric: string): { value: string; line?: number } | 'unknown' | undefined {
  const l = lookup(r, path)
  if (l.state === 'missing') return undefined
  if (l.state !== 'value') return 'unknown'
  return String(l.value).toUpperCase() === symmetric ? undefined : { value: show(l.value), line: l.line }
}

/** Shared by the Terraform and CloudFormation checks: attribute names differ, semantics do not. */
export function judgeKmsRotation(r: IacResource, p: { rotation: string; usage: string; spec: string }): CheckResult {
  const unresolved: string[] = []
  for (const [path, symmetric] of [
    [p.usage, 'ENCRYPT_DECRYPT'],
    [p.spec, 'SYMMETRIC_DEFAULT']
  ] as const) {
    const e = exempting(r, path, symmetric)
    if (e === 'unknown') unresolved.push(path)
    else if (e)
      return NOT_APPLICABLE(
        `${path} = ${e.value}: automatic rotation applies to symmetric encryption keys only (not asymmetric, HMAC or signing keys)`,
        path,
        e.line
      )
  }
  const rotation = expectBool(r, p.rotation, true, { missing: 'fail', missingNote: 'the default is false' })
  if (rotation.status === 'pass' || unresolved.length === 0) return rotation
  return UNVERIFIED(
    `${unresolved.join(' / ')} cannot be resolved statically: automatic rotation applies to symmetric encryption keys only (${rotation.message})`,
    unresolved[0],
    lookup(r, unresolved[0]).line
  )
}

export default defineCheck({
  id: 'CG_IAC_AWS_KMS_ROTATION',
  title: 'KMS key has automatic rotation enabled',
  severity: 'medium',
  category: 'key-management',
  resourceTypes: ['aws_kms_key'],
  attributes: ['enable_key_rotation', 'customer_master_key_spec', 'key_usage'],
  docs: 'https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html (symmetric encryption keys only); Checkov CKV_AWS_7, Trivy AVD-AWS-0065',
  evaluate(r) {
    return judgeKmsRotation(r, { rotation: 'enable_key_rotation', usage: 'key_usage', spec: 'customer_master_key_spec' })
  }
})
