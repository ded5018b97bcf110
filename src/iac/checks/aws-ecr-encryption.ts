/** ECR repositories: AES256 by default; `encryption_configuration.encryption_type = "KMS"` with a key for a CMK. */
import { lookup } from '../../model/facts/iac.js'
import { defineCheck, encryptedWithOptionalCmk, expectIn, FAIL, PASS } from './base.js'

export default defineCheck({
  id: 'CG_IAC_AWS_ECR_ENCRYPTION',
  title: 'ECR repository is encrypted (KMS with require-cmk)',
  severity: 'low',
  category: 'encryption-at-rest',
  resourceTypes: ['aws_ecr_repository'],
  attributes: ['encryption_configuration'],
  evaluate(r, _index, options) {
    const type = lookup(r, 'encryption_configuration.encryption_type')
    if (type.state === 'missing')
      return options.requireCmk
        ? FAIL(
            'encryption_configuration not set: images are encrypted with AES256 (ECR-managed keys); require-cmk asks for KMS with a customer key',
            'encryption_configuration'
          )
        : PASS('ECR encrypts images with AES256 by default')
    const enc = expectIn(r, 'encryption_configuration.encryption_type', ['AES256', 'KMS', 'KMS_DSSE'], { missing: 'pass' })
    if (enc.status === 'pass' && options.requireCmk && type.state === 'value' && type.value === 'AES256')
      return FAIL('encryption_type = "AES256" uses ECR-managed keys; require-cmk asks for KMS with a customer key', enc.attribute, enc.line)
    return encryptedWithOptionalCmk(r, options, enc, ['encryption_configuration.kms_key'], 'with the AWS-managed aws/ecr key')
  }
})
