/** AWS::KMS::Key: `EnableKeyRotation: true` for symmetric encryption keys (`KeyUsage` / `KeySpec`), as the Terraform check. */
import { defineCheck } from './base.js'
import { judgeKmsRotation } from './aws-kms-rotation.js'

export default defineCheck({
  id: 'CG_IAC_CFN_KMS_ROTATION',
  title: 'KMS key has automatic rotation enabled (CloudFormation)',
  severity: 'medium',
  category: 'key-management',
  resourceTypes: ['AWS::KMS::Key'],
  attributes: ['EnableKeyRotation', 'KeySpec', 'KeyUsage'],
  docs: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-kms-key.html (EnableKeyRotation: symmetric encryption keys only; KeyUsage, KeySpec); Trivy AVD-AWS-0065',
  evaluate(r) {
    return judgeKmsRotation(r, { rotation: 'EnableKeyRotation', usage: 'KeyUsage', spec: 'KeySpec' })
  }
})
