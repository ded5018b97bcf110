/** AWS::ECR::Repository: AES256 (ECR-managed keys) by default; `EncryptionType: KMS` with `KmsKey` for a customer key. */
import { lookup } from '../../model/facts/iac.js'
import { defineCheck, encryptedWithOptionalCmk, expectIn, FAIL, PASS } from './base.js'

const E = 'EncryptionConfiguration'

export default defineCheck({
  id: 'CG_IAC_CFN_ECR_ENCRYPTION',
  title: 'ECR repository is encrypted (KMS with require-cmk) (CloudFormation)',
  severity: 'low',
  category: 'encryption-at-rest',
  resourceTypes: ['AWS::ECR::Repository'],
  attributes: [E],
  docs: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecr-repository-encryptionconfiguration.html (EncryptionType AES256 | KMS | KMS_DSSE, AES256 when not set; KMS without KmsKey uses the AWS-managed aws/ecr key); Checkov CKV_AWS_136',
  evaluate(r, _index, options) {
    const type = lookup(r, `${E}.EncryptionType`)
    if (type.state === 'missing') {
      return options.requireCmk
        ? FAIL(`${E}.EncryptionType not set: images are encrypted with AES256 (ECR-managed keys); require-cmk asks for KMS with a customer key`, E, type.line)
        : PASS('ECR encrypts images with AES256 (ECR-managed keys) by default', E, type.line)
    }
    const enc = expectIn(r, `${E}.EncryptionType`, ['AES256', 'KMS', 'KMS_DSSE'], { missing: 'pass' })
    if (enc.status === 'pass' && options.requireCmk && type.state === 'value' && String(type.value).toUpperCase() === 'AES256') {
      return FAIL('EncryptionType = "AES256" uses ECR-managed keys; require-cmk asks for KMS with a customer key', enc.attribute, enc.line)
    }
    return encryptedWithOptionalCmk(r, options, enc, [`${E}.KmsKey`], 'with the AWS-managed aws/ecr key')
  }
})
