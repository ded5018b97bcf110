/** AWS::Glue::SecurityConfiguration: CloudWatch, job bookmark and every S3 encryption not DISABLED (each is DISABLED when not set). */
import { isPlainObject, isRef, isUnknown, lookup, type IacResource } from '../../model/facts/iac.js'
import { combine, defineCheck, expectNotIn, FAIL, PASS, UNVERIFIED, type CheckResult } from './base.js'

const E = 'EncryptionConfiguration'
const DISABLED = { missing: 'fail', missingNote: 'DISABLED when not set' } as const

/** Every element of S3Encryptions (a list; a single object is read as one) has a mode other than DISABLED. */
function s3(r: IacResource): CheckResult {
  const path = `${E}.S3Encryptions`
  const l = lookup(r, path)
  if (l.state === 'missing') return FAIL(`${path} is not set: S3 data is written without Glue encryption (DISABLED)`, path, l.line)
  if (l.state !== 'value') return UNVERIFIED(`${path} cannot be resolved statically`, path, l.line)
  const list = Array.isArray(l.value) ? l.value : [l.value]
  if (list.length === 0) return FAIL(`${path} is empty: S3 data is written without Glue encryption (DISABLED)`, path, l.line)
  return combine(
    ...list.map((item, i): CheckResult => {
      const at = `${path}[${i}].S3EncryptionMode`
      const mode = isPlainObject(item) ? item.S3EncryptionMode : item
      if (mode === undefined || mode === null) return FAIL(`${at} is not set (DISABLED when not set)`, path, l.line)
      if (isUnknown(mode) || isRef(mode) || typeof mode !== 'string') return UNVERIFIED(`${at} cannot be resolved statically`, path, l.line)
      return mode.toUpperCase() === 'DISABLED' ? FAIL(`${at} = "DISABLED"`, path, l.line) : PASS(`${at} = ${JSON.stringify(mode)}`, path, l.line)
    })
  )
}

export default defineCheck({
  id: 'CG_IAC_CFN_GLUE_SECURITY_CONFIG',
  title: 'Glue security configuration encrypts logs, bookmarks and S3 data (CloudFormation)',
  severity: 'medium',
  category: 'encryption-at-rest',
  resourceTypes: ['AWS::Glue::SecurityConfiguration'],
  attributes: [E],
  docs: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-glue-securityconfiguration-encryptionconfiguration.html (CloudWatchEncryptionMode DISABLED | SSE-KMS, JobBookmarksEncryptionMode DISABLED | CSE-KMS, S3EncryptionMode DISABLED | SSE-KMS | SSE-S3); Checkov CKV_AWS_99',
  evaluate(r) {
    return combine(
      expectNotIn(r, `${E}.CloudWatchEncryption.CloudWatchEncryptionMode`, ['DISABLED'], DISABLED),
      expectNotIn(r, `${E}.JobBookmarksEncryption.JobBookmarksEncryptionMode`, ['DISABLED'], DISABLED),
      s3(r)
    )
  }
})
