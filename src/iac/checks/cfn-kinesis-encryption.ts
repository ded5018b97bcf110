/** Kinesis stream is encrypted at rest (CloudFormation). Declarative: see ./rule.ts; the fact it rests on is in `docs`. */
import { ruleCheck } from './rule.js'

export default ruleCheck({
  id: 'CG_IAC_CFN_KINESIS_ENCRYPTION',
  title: 'Kinesis stream is encrypted at rest (CloudFormation)',
  severity: 'medium',
  category: 'encryption-at-rest',
  resourceTypes: ['AWS::Kinesis::Stream'],
  docs: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-kinesis-stream-streamencryption.html (EncryptionType KMS); Checkov CKV_AWS_43',
  require: [{ path: 'StreamEncryption.EncryptionType', in: ['KMS'], missing: 'fail', note: 'no StreamEncryption: records are stored unencrypted' }],
  cmkPaths: ['StreamEncryption.KeyId']
})
