/** EC2 instance and launch configuration root and attached EBS volumes, and launch template volumes, encrypted (Checkov CKV_AWS_8, CKV_AWS_3). */
import { asBool, lookup } from '../../model/facts/iac.js'
import { combine, defineCheck, encryptedWithOptionalCmk, expectBool, PASS, type CheckResult } from './base.js'

export default defineCheck({
  id: 'CG_IAC_AWS_EC2_VOLUME_ENCRYPTION',
  title: 'EC2 instance and launch template block devices are encrypted',
  severity: 'high',
  category: 'encryption-at-rest',
  resourceTypes: ['aws_instance', 'aws_launch_template', 'aws_launch_configuration'],
  attributes: ['root_block_device', 'ebs_block_device', 'block_device_mappings'],
  related: { types: ['aws_ebs_encryption_by_default'], attributes: ['enabled'] },
  evaluate(r, index, options) {
    const byDefault = index.sameModule(r, 'aws_ebs_encryption_by_default').find(d => {
      const l = lookup(d, 'enabled')
      return l.state === 'missing' || (l.state === 'value' && asBool(l.value) === true)
    })
    const one = (path: string, kms: string): CheckResult => {
      let res = expectBool(r, path, true, { missing: 'fail', missingNote: 'the default is false unless EBS encryption by default is on' })
      if (res.status === 'fail' && lookup(r, path).state === 'missing' && byDefault) res = PASS(`${path} not set; encrypted by ${byDefault.address}`)
      return encryptedWithOptionalCmk(r, options, res, [kms], 'with the AWS-managed aws/ebs key')
    }
    if (r.type === 'aws_launch_template') {
      if (lookup(r, 'block_device_mappings').state === 'missing')
        return byDefault || !options.requireCmk
          ? PASS('no block_device_mappings: volumes come from the AMI')
          : one('block_device_mappings.ebs.encrypted', 'block_device_mappings.ebs.kms_key_id')
      return one('block_device_mappings.ebs.encrypted', 'block_device_mappings.ebs.kms_key_id')
    }
    const results = [one('root_block_device.encrypted', 'root_block_device.kms_key_id')]
    if (lookup(r, 'ebs_block_device').state !== 'missing') results.push(one('ebs_block_device.encrypted', 'ebs_block_device.kms_key_id'))
    return combine(...results)
  }
})
