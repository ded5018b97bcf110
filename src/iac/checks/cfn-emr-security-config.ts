/** AWS::EMR::SecurityConfiguration: as the Terraform check, on the `SecurityConfiguration` document. */
import { defineCheck } from './base.js'
import { judgeEmr } from './aws-emr-security-config.js'

export default defineCheck({
  id: 'CG_IAC_CFN_EMR_SECURITY_CONFIG',
  title: 'EMR security configuration encrypts at rest (local disks too) and in transit (CloudFormation)',
  severity: 'high',
  category: 'encryption-at-rest',
  resourceTypes: ['AWS::EMR::SecurityConfiguration'],
  attributes: ['SecurityConfiguration'],
  jsonAttributes: ['SecurityConfiguration'],
  docs: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-emr-securityconfiguration.html; https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-create-security-configuration.html; Trivy AVD-AWS-0137/0138/0139',
  evaluate(r, _index, options) {
    return judgeEmr(r, 'SecurityConfiguration', options.requireCmk)
  }
})
