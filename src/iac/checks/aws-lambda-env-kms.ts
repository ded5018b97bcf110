/** Lambda functions with environment variables: `kms_key_arn` (otherwise the AWS-managed aws/lambda key). */
import { lookup } from '../../model/facts/iac.js'
import { cmkOnly, defineCheck, NOT_APPLICABLE } from './base.js'

export default defineCheck({
  id: 'CG_IAC_AWS_LAMBDA_ENV_KMS',
  title: 'Lambda environment variables are encrypted with a customer-managed key',
  severity: 'low',
  category: 'key-management',
  resourceTypes: ['aws_lambda_function'],
  attributes: ['kms_key_arn', 'environment'],
  evaluate(r, _index, options) {
    const env = lookup(r, 'environment.variables')
    if (env.state === 'missing') return NOT_APPLICABLE('no environment variables')
    return cmkOnly(r, options, ['kms_key_arn'], 'Lambda encrypts environment variables at rest')
  }
})
