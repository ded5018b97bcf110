/** Athena workgroups: query results encrypted (`result_configuration.encryption_configuration`). */
import { lookup } from '../../model/facts/iac.js'
import { combine, defineCheck, expectBool, expectIn, FAIL, lookupKey } from './base.js'

const AT = 'configuration.result_configuration.encryption_configuration'

export default defineCheck({
  id: 'CG_IAC_AWS_ATHENA_WORKGROUP_ENCRYPTION',
  title: 'Athena workgroup encrypts query results',
  severity: 'medium',
  category: 'encryption-at-rest',
  resourceTypes: ['aws_athena_workgroup'],
  attributes: ['configuration'],
  evaluate(r, _index, options) {
    const opt = expectIn(r, `${AT}.encryption_option`, ['SSE_S3', 'SSE_KMS', 'CSE_KMS'], {
      missing: 'fail',
      missingNote: 'results are written without workgroup-enforced encryption'
    })
    // false lets each client choose its own result encryption, or none (Trivy AVD-AWS-0007, Checkov CKV_AWS_82)
    const enforced = expectBool(r, 'configuration.enforce_workgroup_configuration', true, { missing: 'pass', missingNote: 'the provider default is true' })
    if (opt.status !== 'pass' || enforced.status !== 'pass') return combine(opt, enforced)
    if (!options.requireCmk) return opt
    const l = lookup(r, `${AT}.encryption_option`)
    if (l.state === 'value' && l.value === 'SSE_S3')
      return FAIL('encryption_option = "SSE_S3"; require-cmk asks for SSE_KMS or CSE_KMS with a customer key', opt.attribute, opt.line)
    const key = lookupKey(r, `${AT}.kms_key_arn`)
    return key.state === 'missing' ? FAIL(`${AT}.kms_key_arn not set`, opt.attribute, opt.line) : opt
  }
})
