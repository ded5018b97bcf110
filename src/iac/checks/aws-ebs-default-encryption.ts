/** Account-level EBS encryption by default stays enabled (`enabled` defaults to true). */
import { defineCheck, expectBool } from './base.js'

export default defineCheck({
  id: 'CG_IAC_AWS_EBS_DEFAULT_ENCRYPTION',
  title: 'EBS encryption by default is enabled',
  severity: 'medium',
  category: 'encryption-at-rest',
  resourceTypes: ['aws_ebs_encryption_by_default'],
  attributes: ['enabled'],
  evaluate(r) {
    return expectBool(r, 'enabled', true, { missing: 'pass', missingNote: 'the default is true' })
  }
})
