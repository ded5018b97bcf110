/**
 * EMR security configurations (`aws_emr_security_configuration.configuration`, a JSON string; CloudFormation
 * `AWS::EMR::SecurityConfiguration.SecurityConfiguration`, an object or a JSON string): encryption at rest
 * with local-disk encryption, and encryption in transit. Both flags are false when not set (AWS EMR
 * security configuration reference); Trivy AVD-AWS-0137/0138/0139, Checkov CKV_AWS_171.
 */
import { isPlainObject, isRef, isUnknown, lookup, type IacResource, type Value } from '../../model/facts/iac.js'
import { combine, defineCheck, expectBool, FAIL, lookupKey, PASS, requireCustomerKey, UNVERIFIED, type CheckResult } from './base.js'

const E = 'EncryptionConfiguration'
const AT = `${E}.AtRestEncryptionConfiguration`

/** The security configuration document as an object, or a not-verified result. */
function document(v: Value, path: string, line: number | undefined): { doc: Record<string, Value> } | { result: CheckResult } {
  const no = (why: string) => ({ result: UNVERIFIED(`${path} ${why}`, path, line) })
  if (isUnknown(v) || isRef(v)) return no('cannot be resolved statically')
  if (typeof v === 'string') {
    try {
      const parsed: unknown = JSON.parse(v)
      if (isPlainObject(parsed)) return { doc: parsed }
    } catch {
      // not JSON: reported below
    }
    return no('is not a JSON object')
  }
  return isPlainObject(v) ? { doc: v } : no('is not an object')
}

export function judgeEmr(r: IacResource, path: string, requireCmk: boolean): CheckResult {
  const l = lookup(r, path)
  if (l.state === 'missing') return FAIL(`${path} is not set: no encryption`, path, l.line)
  if (l.state !== 'value') return UNVERIFIED(`${path} cannot be resolved statically`, path, l.line)
  const d = document(l.value, path, l.line)
  if ('result' in d) return d.result
  const cfg: IacResource = { ...r, attributes: d.doc, positions: {} }
  const at = (res: CheckResult): CheckResult => ({ ...res, attribute: path, line: l.line })
  if (lookup(cfg, E).state === 'missing') return at(FAIL(`${path} has no ${E}: neither at-rest nor in-transit encryption is enabled`))
  const flags = combine(
    expectBool(cfg, `${E}.EnableAtRestEncryption`, true, { missing: 'fail', missingNote: 'false when not set' }),
    expectBool(cfg, `${E}.EnableInTransitEncryption`, true, { missing: 'fail', missingNote: 'false when not set' })
  )
  if (flags.status !== 'pass') return at(flags)
  const provider = lookup(cfg, `${AT}.LocalDiskEncryptionConfiguration.EncryptionKeyProviderType`)
  if (provider.state === 'missing')
    return at(FAIL(`${AT}.LocalDiskEncryptionConfiguration.EncryptionKeyProviderType is not set: local disks (EBS and instance store) are not encrypted`))
  if (provider.state !== 'value') return at(UNVERIFIED(`${AT}.LocalDiskEncryptionConfiguration.EncryptionKeyProviderType cannot be resolved statically`))
  if (!requireCmk) return at(PASS(`at rest (local disks: ${String(provider.value)}) and in transit encryption enabled`))
  const disk =
    String(provider.value) === 'Custom'
      ? PASS('local disks: a custom key provider')
      : requireCustomerKey(cfg, [`${AT}.LocalDiskEncryptionConfiguration.AwsKmsKey`])
  const mode = lookup(cfg, `${AT}.S3EncryptionConfiguration.EncryptionMode`)
  let s3: CheckResult = PASS('no EMRFS S3 encryption configured')
  if (mode.state === 'value' && String(mode.value).toUpperCase() === 'SSE-S3')
    s3 = FAIL(`${AT}.S3EncryptionConfiguration.EncryptionMode = "SSE-S3" uses S3-managed keys; require-cmk asks for SSE-KMS or CSE-KMS with a customer key`)
  else if (mode.state === 'value' && /KMS/i.test(String(mode.value)))
    s3 =
      lookupKey(cfg, `${AT}.S3EncryptionConfiguration.AwsKmsKey`).state === 'missing'
        ? FAIL(`${AT}.S3EncryptionConfiguration.AwsKmsKey not set`)
        : requireCustomerKey(cfg, [`${AT}.S3EncryptionConfiguration.AwsKmsKey`])
  else if (mode.state === 'unknown' || mode.state === 'ref') s3 = UNVERIFIED(`${AT}.S3EncryptionConfiguration.EncryptionMode cannot be resolved statically`)
  return at(combine(disk, s3))
}

export default defineCheck({
  id: 'CG_IAC_AWS_EMR_SECURITY_CONFIG',
  title: 'EMR security configuration encrypts at rest (local disks too) and in transit',
  severity: 'high',
  category: 'encryption-at-rest',
  resourceTypes: ['aws_emr_security_configuration'],
  attributes: ['configuration'],
  jsonAttributes: ['configuration'],
  docs: 'https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-create-security-configuration.html (EnableAtRestEncryption, EnableInTransitEncryption, LocalDiskEncryptionConfiguration); https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/emr_security_configuration; Trivy AVD-AWS-0137/0138/0139',
  evaluate(r, _index, options) {
    return judgeEmr(r, 'configuration', options.requireCmk)
  }
})
