/** MSK cluster encrypts data in transit (CloudFormation). Declarative: see ./rule.ts; the fact it rests on is in `docs`. */
import { ruleCheck } from './rule.js'

export default ruleCheck({
  id: 'CG_IAC_CFN_MSK_ENCRYPTION',
  title: 'MSK cluster encrypts data in transit (CloudFormation)',
  severity: 'high',
  category: 'encryption-in-transit',
  resourceTypes: ['AWS::MSK::Cluster'],
  docs: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-msk-cluster-encryptionintransit.html (ClientBroker default TLS, InCluster default true); Checkov CKV_AWS_81',
  require: [
    { path: 'EncryptionInfo.EncryptionInTransit.ClientBroker', in: ['TLS'], missing: 'pass', note: 'the default is TLS' },
    { path: 'EncryptionInfo.EncryptionInTransit.InCluster', bool: true, missing: 'pass', note: 'the default is true' }
  ],
  cmkPaths: ['EncryptionInfo.EncryptionAtRest.DataVolumeKMSKeyId']
})
