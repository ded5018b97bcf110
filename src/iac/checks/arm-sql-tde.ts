/** Microsoft.Sql/servers/databases/transparentDataEncryption: `state` (or legacy `status`) Enabled. */
import { lookup } from '../../model/facts/iac.js'
import { defineCheck, expectIn } from './base.js'

export default defineCheck({
  id: 'CG_IAC_ARM_SQL_TDE',
  title: 'Azure SQL database has transparent data encryption (ARM)',
  severity: 'high',
  category: 'encryption-at-rest',
  resourceTypes: ['Microsoft.Sql/servers/databases/transparentDataEncryption'],
  attributes: ['properties'],
  evaluate(r) {
    const key = lookup(r, 'properties.state').state !== 'missing' ? 'properties.state' : 'properties.status'
    return expectIn(r, key, ['Enabled'], { missing: 'fail' })
  }
})
