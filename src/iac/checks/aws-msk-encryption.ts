/** MSK clusters: TLS between clients and brokers (default TLS) and within the cluster (default true). */
import { combine, defineCheck, encryptedWithOptionalCmk, expectBool, expectIn } from './base.js'

export default defineCheck({
  id: 'CG_IAC_AWS_MSK_ENCRYPTION',
  title: 'MSK cluster encrypts in transit and at rest',
  severity: 'high',
  category: 'encryption-in-transit',
  resourceTypes: ['aws_msk_cluster'],
  attributes: ['encryption_info'],
  evaluate(r, _index, options) {
    const transit = combine(
      expectIn(r, 'encryption_info.encryption_in_transit.client_broker', ['TLS'], { missing: 'pass', missingNote: 'the default is TLS' }),
      expectBool(r, 'encryption_info.encryption_in_transit.in_cluster', true, { missing: 'pass', missingNote: 'the default is true' })
    )
    return encryptedWithOptionalCmk(r, options, transit, ['encryption_info.encryption_at_rest_kms_key_arn'], 'at rest with the AWS-managed aws/kafka key')
  }
})
