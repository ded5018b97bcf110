/** AWS::Glue::DataCatalogEncryptionSettings: metadata encrypted (SSE-KMS) and connection passwords returned encrypted. */
import { combine, defineCheck, encryptedWithOptionalCmk, expectBool, expectIn } from './base.js'

const S = 'DataCatalogEncryptionSettings'

export default defineCheck({
  id: 'CG_IAC_CFN_GLUE_CATALOG_ENCRYPTION',
  title: 'Glue Data Catalog is encrypted (CloudFormation)',
  severity: 'medium',
  category: 'encryption-at-rest',
  resourceTypes: ['AWS::Glue::DataCatalogEncryptionSettings'],
  attributes: [S],
  docs: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-glue-datacatalogencryptionsettings-encryptionatrest.html (CatalogEncryptionMode DISABLED | SSE-KMS | SSE-KMS-WITH-SERVICE-ROLE) and aws-properties-glue-datacatalogencryptionsettings-connectionpasswordencryption.html; Checkov CKV_AWS_94, Trivy AVD-AWS-0094',
  evaluate(r, _index, options) {
    const enc = combine(
      expectIn(r, `${S}.EncryptionAtRest.CatalogEncryptionMode`, ['SSE-KMS', 'SSE-KMS-WITH-SERVICE-ROLE'], {
        missing: 'fail',
        missingNote: 'the catalog is not encrypted'
      }),
      expectBool(r, `${S}.ConnectionPasswordEncryption.ReturnConnectionPasswordEncrypted`, true, {
        missing: 'fail',
        missingNote: 'connection passwords are returned in plain text'
      })
    )
    return encryptedWithOptionalCmk(r, options, enc, [`${S}.EncryptionAtRest.SseAwsKmsKeyId`], 'with the AWS-managed aws/glue key')
  }
})
