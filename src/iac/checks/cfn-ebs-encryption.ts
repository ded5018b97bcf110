/** AWS::EC2::Volume: `Encrypted: true`. */
import { defineCheck, encryptedWithOptionalCmk, expectBool } from './base.js'

export default defineCheck({
  id: 'CG_IAC_CFN_EBS_ENCRYPTION',
  title: 'EBS volume is encrypted (CloudFormation)',
  severity: 'high',
  category: 'encryption-at-rest',
  resourceTypes: ['AWS::EC2::Volume'],
  attributes: ['Encrypted', 'KmsKeyId'],
  evaluate(r, _index, options) {
    return encryptedWithOptionalCmk(
      r,
      options,
      expectBool(r, 'Encrypted', true, { missing: 'fail', missingNote: 'the default is false unless EBS encryption by default is on in the account' }),
      ['KmsKeyId'],
      'with the AWS-managed aws/ebs key'
    )
  }
})
