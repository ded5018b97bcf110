/** Machine Learning workspaces: `encryption { key_vault_id, key_id }` for a customer key. */
import { cmkOnly, defineCheck } from './base.js'

export default defineCheck({
  id: 'CG_IAC_AZURE_ML_WORKSPACE_CMK',
  title: 'Machine Learning workspace uses a customer-managed key',
  severity: 'medium',
  category: 'key-management',
  ai: true,
  resourceTypes: ['azurerm_machine_learning_workspace'],
  attributes: ['encryption'],
  evaluate(r, _index, options) {
    return cmkOnly(r, options, ['encryption.key_id'], 'Azure Machine Learning encrypts workspace data with Microsoft-managed keys')
  }
})
