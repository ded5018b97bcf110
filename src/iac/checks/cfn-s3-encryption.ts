/** AWS::S3::Bucket — same judgement as CG_IAC_AWS_S3_ENCRYPTION: SSE-S3 applies by default since 2023; require-cmk needs aws:kms + KMSMasterKeyID. */
import { lookup } from '../../model/facts/iac.js'
import { combine, defineCheck, expectIn, FAIL, PASS, requireCustomerKey } from './base.js'

const D = 'BucketEncryption.ServerSideEncryptionConfiguration.ServerSideEncryptionByDefault'

export default defineCheck({
  id: 'CG_IAC_CFN_S3_ENCRYPTION',
  title: 'S3 bucket is encrypted at rest (CloudFormation)',
  severity: 'high',
  category: 'encryption-at-rest',
  resourceTypes: ['AWS::S3::Bucket'],
  attributes: ['BucketEncryption', 'BucketName'],
  evaluate(r, _index, options) {
    if (lookup(r, 'BucketEncryption').state === 'missing') {
      return options.requireCmk
        ? FAIL(
            'no BucketEncryption: objects get SSE-S3 (S3-managed keys) by default; require-cmk asks for aws:kms with a customer-managed key',
            'BucketEncryption'
          )
        : PASS('no BucketEncryption: S3 encrypts new objects with SSE-S3 by default (since January 2023)')
    }
    const algo = expectIn(r, `${D}.SSEAlgorithm`, ['AES256', 'aws:kms', 'aws:kms:dsse'], { missing: 'fail' })
    if (algo.status !== 'pass' || !options.requireCmk) return algo
    const l = lookup(r, `${D}.SSEAlgorithm`)
    if (l.state === 'value' && l.value === 'AES256')
      return FAIL('SSEAlgorithm = "AES256" uses S3-managed keys; require-cmk asks for aws:kms with a customer-managed key', algo.attribute, algo.line)
    return combine(algo, requireCustomerKey(r, [`${D}.KMSMasterKeyID`]))
  }
})
