/** EBS volumes encrypted (`encrypted = true`, or `aws_ebs_encryption_by_default` enabled in the module). */
import { asBool, lookup } from '../../model/facts/iac.js'
import { defineCheck, encryptedWithOptionalCmk, expectBool, PASS } from './base.js'

export default defineCheck({
  id: 'CG_IAC_AWS_EBS_VOLUME_ENCRYPTION',
  title: 'EBS volume is encrypted at rest',
  severity: 'high',
  category: 'encryption-at-rest',
  resourceTypes: ['aws_ebs_volume'],
  attributes: ['encrypted', 'kms_key_id', 'snapshot_id'],
  related: { types: ['aws_ebs_encryption_by_default'], attributes: ['enabled'] },
  evaluate(r, index, options) {
    let enc = expectBool(r, 'encrypted', true, { missing: 'fail', missingNote: 'the default is false unless EBS encryption by default is on' })
    if (enc.status === 'fail' && lookup(r, 'encrypted').state === 'missing') {
      const byDefault = index.sameModule(r, 'aws_ebs_encryption_by_default').find(d => {
        const l = lookup(d, 'enabled')
        return l.state === 'missing' || (l.state === 'value' && asBool(l.value) === true)
      })
      if (byDefault) enc = PASS(`encrypted by ${byDefault.address} (EBS encryption by default)`)
    }
    return encryptedWithOptionalCmk(r, options, enc, ['kms_key_id'], 'with the AWS-managed aws/ebs key')
  }
})
