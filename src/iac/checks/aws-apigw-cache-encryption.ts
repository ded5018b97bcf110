/** API Gateway response cache is encrypted. Declarative: see ./rule.ts; the fact it rests on is in `docs`. */
import { ruleCheck } from './rule.js'

export default ruleCheck({
  id: 'CG_IAC_AWS_APIGW_CACHE_ENCRYPTION',
  title: 'API Gateway response cache is encrypted',
  severity: 'medium',
  category: 'encryption-at-rest',
  resourceTypes: ['aws_api_gateway_method_settings'],
  docs: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_method_settings#cache_data_encrypted (default false); Trivy AVD-AWS-0002, Checkov CKV_AWS_308',
  each: 'settings',
  when: { path: 'caching_enabled', in: ['true'] },
  require: [{ path: 'cache_data_encrypted', bool: true, missing: 'fail', note: 'the default is false' }]
})
