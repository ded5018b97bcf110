/** API Gateway custom domain requires TLS 1.2 (CloudFormation). Declarative: see ./rule.ts; the fact it rests on is in `docs`. */
import { ruleCheck } from './rule.js'

export default ruleCheck({
  id: 'CG_IAC_CFN_APIGW_DOMAIN_TLS',
  title: 'API Gateway custom domain requires TLS 1.2 (CloudFormation)',
  severity: 'medium',
  category: 'encryption-in-transit',
  resourceTypes: ['AWS::ApiGateway::DomainName'],
  docs: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-domainname.html (SecurityPolicy TLS_1_0 | TLS_1_2); Checkov CKV_AWS_206',
  require: [{ path: 'SecurityPolicy', in: ['TLS_1_2'], missing: 'fail', note: 'set TLS_1_2 explicitly' }]
})
