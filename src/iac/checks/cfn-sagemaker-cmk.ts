/** AWS::SageMaker NotebookInstance / EndpointConfig / Domain: ML storage encrypted with a customer key (`KmsKeyId`). */
import { cmkOnly, defineCheck } from './base.js'

export default defineCheck({
  id: 'CG_IAC_CFN_SAGEMAKER_CMK',
  title: 'SageMaker notebook / endpoint / domain storage uses a customer-managed key (CloudFormation)',
  severity: 'medium',
  category: 'key-management',
  ai: true,
  resourceTypes: ['AWS::SageMaker::NotebookInstance', 'AWS::SageMaker::EndpointConfig', 'AWS::SageMaker::Domain'],
  attributes: ['KmsKeyId'],
  docs: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-sagemaker-notebookinstance.html#cfn-sagemaker-notebookinstance-kmskeyid and aws-resource-sagemaker-endpointconfig.html#cfn-sagemaker-endpointconfig-kmskeyid (ML storage volumes are encrypted with an AWS-managed key without it); Checkov CKV_AWS_22, CKV_AWS_98',
  evaluate(r, _index, options) {
    return cmkOnly(r, options, ['KmsKeyId'], 'SageMaker encrypts ML storage volumes')
  }
})
