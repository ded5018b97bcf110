/**
 * EKS secrets encryption. Since Kubernetes 1.28 EKS encrypts all Kubernetes API data (secrets included)
 * with envelope encryption under an AWS-owned key by default
 * (https://docs.aws.amazon.com/eks/latest/userguide/envelope-encryption.html); older clusters keep secrets
 * in etcd without envelope encryption unless `encryption_config` names a KMS key for "secrets" (Checkov
 * CKV_AWS_58, Trivy AVD-AWS-0039). With require-cmk a customer key is required on every version.
 */
import { lookup, type IacResource } from '../../model/facts/iac.js'
import { defineCheck, FAIL, lookupKey, PASS, requireCustomerKey, UNVERIFIED, type CheckResult } from './base.js'

/** 'default-on' from 1.28, 'off' before, 'unknown' when the version cannot be read; an absent version is the newest. */
function envelopeByDefault(r: IacResource, path: string): 'default-on' | 'off' | 'unknown' {
  const l = lookup(r, path)
  if (l.state === 'missing') return 'default-on'
  if (l.state !== 'value') return 'unknown'
  const m = /^(\d+)\.(\d+)/.exec(String(l.value))
  if (!m) return 'unknown'
  return Number(m[1]) > 1 || Number(m[2]) >= 28 ? 'default-on' : 'off'
}

export function judgeEks(r: IacResource, requireCmk: boolean, p: { version: string; config: string; resources: string; key: string }): CheckResult {
  const cfg = lookup(r, p.config)
  if (cfg.state !== 'missing') {
    const res = lookup(r, `${p.config}.${p.resources}`)
    if (res.state === 'unknown' || res.state === 'ref') return UNVERIFIED(`${p.config}.${p.resources} cannot be resolved statically`, p.config, cfg.line)
    const list = res.state === 'value' && Array.isArray(res.value) ? res.value.map(String) : []
    if (list.includes('secrets') && lookupKey(r, `${p.config}.${p.key}`).state !== 'missing') {
      const key = requireCustomerKey(r, [`${p.config}.${p.key}`])
      // Without require-cmk any key encrypts: a key known only at apply time (a variable) still turns envelope encryption on.
      if (key.status === 'not_verified' && !requireCmk) return PASS(`secrets are envelope-encrypted with a KMS key (${key.message})`, key.attribute, key.line)
      return key.status === 'fail' ? { ...key, status: 'pass', message: `secrets are envelope-encrypted (${key.message})` } : key
    }
  }
  if (requireCmk)
    return FAIL(`${p.config} with resources ["secrets"] and a KMS key is not set: require-cmk asks for a customer-managed key`, p.config, cfg.line)
  const d = envelopeByDefault(r, p.version)
  if (d === 'default-on')
    return PASS(`no ${p.config}: EKS 1.28+ envelope-encrypts Kubernetes secrets with an AWS-owned key by default`, p.version, lookup(r, p.version).line)
  if (d === 'off')
    return FAIL(
      `${p.version} is before 1.28 and no ${p.config} encrypts secrets: they are stored without envelope encryption`,
      p.version,
      lookup(r, p.version).line
    )
  return UNVERIFIED(
    `${p.version} cannot be resolved statically: whether secrets are envelope-encrypted by default depends on it (1.28+)`,
    p.version,
    lookup(r, p.version).line
  )
}

export default defineCheck({
  id: 'CG_IAC_AWS_EKS_SECRETS_ENCRYPTION',
  title: 'EKS cluster encrypts Kubernetes secrets',
  severity: 'high',
  category: 'encryption-at-rest',
  resourceTypes: ['aws_eks_cluster'],
  attributes: ['version', 'encryption_config'],
  docs: 'https://docs.aws.amazon.com/eks/latest/userguide/envelope-encryption.html (default envelope encryption from 1.28); Checkov CKV_AWS_58',
  evaluate(r, _index, options) {
    return judgeEks(r, options.requireCmk, { version: 'version', config: 'encryption_config', resources: 'resources', key: 'provider.key_arn' })
  }
})
