/** SageMaker notebook instances, endpoint configurations and domains: storage encrypted with a customer key. */
import { cmkOnly, defineCheck } from './base.js'

const KEY: Record<string, string> = {
  aws_sagemaker_notebook_instance: 'kms_key_id',
  aws_sagemaker_endpoint_configuration: 'kms_key_arn',
  aws_sagemaker_domain: 'kms_key_id'
}

export default defineCheck({
  id: 'CG_IAC_AWS_SAGEMAKER_CMK',
  title: 'SageMaker notebook / endpoint / domain storage uses a customer-managed key',
  severity: 'medium',
  category: 'key-management',
  ai: true,
  resourceTypes: Object.keys(KEY),
  attributes: ['kms_key_id', 'kms_key_arn'],
  evaluate(r, _index, options) {
    return cmkOnly(r, options, [KEY[r.type]], 'SageMaker encrypts ML storage volumes with an AWS-managed key')
  }
})
