/** API Gateway stage cache is encrypted (CloudFormation, SAM). Declarative: see ./rule.ts; the fact it rests on is in `docs`. */
import { ruleCheck } from './rule.js'

export default ruleCheck({
  id: 'CG_IAC_CFN_APIGW_CACHE_ENCRYPTION',
  title: 'API Gateway stage cache is encrypted (CloudFormation, SAM)',
  severity: 'medium',
  category: 'encryption-at-rest',
  resourceTypes: ['AWS::ApiGateway::Stage', 'AWS::Serverless::Api'],
  docs: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigateway-stage-methodsetting.html (CacheDataEncrypted, default false); Checkov CKV_AWS_120',
  each: 'MethodSettings',
  when: { path: 'CachingEnabled', in: ['true'] },
  require: [{ path: 'CacheDataEncrypted', bool: true, missing: 'fail', note: 'the default is false' }]
})
