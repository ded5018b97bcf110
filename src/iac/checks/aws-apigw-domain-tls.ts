/** API Gateway custom domain requires TLS 1.2. Declarative: see ./rule.ts; the fact it rests on is in `docs`. */
import { ruleCheck } from './rule.js'

export default ruleCheck({
  id: 'CG_IAC_AWS_APIGW_DOMAIN_TLS',
  title: 'API Gateway custom domain requires TLS 1.2',
  severity: 'medium',
  category: 'encryption-in-transit',
  resourceTypes: ['aws_api_gateway_domain_name'],
  docs: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-custom-domain-tls-version.html (TLS_1_0 accepts TLS 1.0); Checkov CKV_AWS_206, Trivy AVD-AWS-0005',
  require: [{ path: 'security_policy', in: ['TLS_1_2'], missing: 'fail', note: 'set TLS_1_2 explicitly' }]
})
