/** AWS::Lambda::Function and SAM's AWS::Serverless::Function (Globals included) with environment variables: `KmsKeyArn` (otherwise the AWS-managed aws/lambda key). */
import { lookup } from '../../model/facts/iac.js'
import { cmkOnly, defineCheck, NOT_APPLICABLE } from './base.js'

export default defineCheck({
  id: 'CG_IAC_CFN_LAMBDA_ENV_KMS',
  title: 'Lambda environment variables are encrypted with a customer-managed key (CloudFormation)',
  severity: 'low',
  category: 'key-management',
  resourceTypes: ['AWS::Lambda::Function', 'AWS::Serverless::Function'],
  attributes: ['KmsKeyArn', 'Environment'],
  docs: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-lambda-function.html#cfn-lambda-function-kmskeyarn (environment variables are encrypted at rest with the AWS-managed aws/lambda key unless KmsKeyArn is set); Checkov CKV_AWS_173; SAM passes Environment and KmsKeyArn through to the function (https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-function.html)',
  evaluate(r, _index, options) {
    if (lookup(r, 'Environment.Variables').state === 'missing') return NOT_APPLICABLE('no environment variables')
    return cmkOnly(r, options, ['KmsKeyArn'], 'Lambda encrypts environment variables at rest')
  }
})
