/** DAX cluster is encrypted at rest (CloudFormation). Declarative: see ./rule.ts; the fact it rests on is in `docs`. */
import { ruleCheck } from './rule.js'

export default ruleCheck({
  id: 'CG_IAC_CFN_DAX_ENCRYPTION',
  title: 'DAX cluster is encrypted at rest (CloudFormation)',
  severity: 'medium',
  category: 'encryption-at-rest',
  resourceTypes: ['AWS::DAX::Cluster'],
  docs: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-dax-cluster-ssespecification.html (SSEEnabled, default false); Checkov CKV_AWS_47',
  require: [{ path: 'SSESpecification.SSEEnabled', bool: true, missing: 'fail', note: 'the default is false' }]
})
