/** AWS::Athena::WorkGroup: query results encrypted (`WorkGroupConfiguration.ResultConfiguration.EncryptionConfiguration`). */
import { lookup } from '../../model/facts/iac.js'
import { combine, defineCheck, expectBool, expectIn, FAIL, lookupKey, requireCustomerKey } from './base.js'

const AT = 'WorkGroupConfiguration.ResultConfiguration.EncryptionConfiguration'

export default defineCheck({
  id: 'CG_IAC_CFN_ATHENA_WORKGROUP_ENCRYPTION',
  title: 'Athena workgroup encrypts query results (CloudFormation)',
  severity: 'medium',
  category: 'encryption-at-rest',
  resourceTypes: ['AWS::Athena::WorkGroup'],
  attributes: ['WorkGroupConfiguration'],
  docs: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-athena-workgroup-encryptionconfiguration.html (EncryptionOption SSE_S3 | SSE_KMS | CSE_KMS; KmsKey for the KMS options); Checkov CKV_AWS_82, Trivy AVD-AWS-0006',
  evaluate(r, _index, options) {
    const opt = expectIn(r, `${AT}.EncryptionOption`, ['SSE_S3', 'SSE_KMS', 'CSE_KMS'], {
      missing: 'fail',
      missingNote: 'the workgroup does not encrypt query results'
    })
    // false lets each client choose its own result encryption, or none (Trivy AVD-AWS-0007, Checkov CKV_AWS_82)
    const enforced = expectBool(r, 'WorkGroupConfiguration.EnforceWorkGroupConfiguration', true, {
      missing: 'pass',
      missingNote: 'not set: judged on the encryption setting alone'
    })
    if (opt.status !== 'pass' || enforced.status !== 'pass') return combine(opt, enforced)
    if (!options.requireCmk) return opt
    const l = lookup(r, `${AT}.EncryptionOption`)
    if (l.state === 'value' && String(l.value).toUpperCase() === 'SSE_S3')
      return FAIL('EncryptionOption = "SSE_S3" uses S3-managed keys; require-cmk asks for SSE_KMS or CSE_KMS with a customer key', opt.attribute, opt.line)
    if (lookupKey(r, `${AT}.KmsKey`).state === 'missing')
      return FAIL(`${AT}.KmsKey not set: require-cmk asks for a customer-managed key`, opt.attribute, opt.line)
    return requireCustomerKey(r, [`${AT}.KmsKey`])
  }
})
