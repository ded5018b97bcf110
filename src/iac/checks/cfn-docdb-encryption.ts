/** DocumentDB cluster storage is encrypted (CloudFormation). Declarative: see ./rule.ts; the fact it rests on is in `docs`. */
import { ruleCheck } from './rule.js'

export default ruleCheck({
  id: 'CG_IAC_CFN_DOCDB_ENCRYPTION',
  title: 'DocumentDB cluster storage is encrypted (CloudFormation)',
  severity: 'high',
  category: 'encryption-at-rest',
  resourceTypes: ['AWS::DocDB::DBCluster'],
  docs: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-docdb-dbcluster.html (StorageEncrypted, default false); Checkov CKV_AWS_74',
  require: [{ path: 'StorageEncrypted', bool: true, missing: 'fail', note: 'the default is false' }],
  cmkPaths: ['KmsKeyId']
})
