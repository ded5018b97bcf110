/** AWS::EKS::Cluster secrets encryption: as the Terraform check (default envelope encryption from 1.28). */
import { defineCheck } from './base.js'
import { judgeEks } from './aws-eks-secrets-encryption.js'

export default defineCheck({
  id: 'CG_IAC_CFN_EKS_SECRETS_ENCRYPTION',
  title: 'EKS cluster encrypts Kubernetes secrets (CloudFormation)',
  severity: 'high',
  category: 'encryption-at-rest',
  resourceTypes: ['AWS::EKS::Cluster'],
  attributes: ['Version', 'EncryptionConfig'],
  docs: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-eks-cluster-encryptionconfig.html; https://docs.aws.amazon.com/eks/latest/userguide/envelope-encryption.html; Checkov CKV_AWS_58',
  evaluate(r, _index, options) {
    return judgeEks(r, options.requireCmk, { version: 'Version', config: 'EncryptionConfig', resources: 'Resources', key: 'Provider.KeyArn' })
  }
})
