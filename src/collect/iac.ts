/**
 * Extra collector `iac`: IaC facts for the iac.encryption and iac.data-residency controls, read from the
 * checkout of the head commit (see src/iac/scan.ts). Stored as record.extra.iac (an IacFacts).
 */
import { scanIac, DEFAULT_MAX_FILE_SIZE } from '../iac/scan.js'
import type { IacFacts } from '../iac/model.js'
import { complete, unavailable, type Collected } from '../model/record.js'
import type { CollectContext, ExtraCollector } from './context.js'

export const IAC_COLLECTOR_NAME = 'iac'

function param(context: CollectContext, key: string): unknown {
  return context.params.get('iac.encryption')?.[key] ?? context.params.get('iac.data-residency')?.[key]
}

export async function collectIac(context: CollectContext): Promise<Collected<IacFacts>> {
  if (!context.checkoutDir) {
    return unavailable({ reason: 'IaC files need a checkout of the head commit', remedy: 'add actions/checkout before the gate' })
  }
  const files = context.record.files
  if (!files.value) {
    return unavailable({ reason: `the changed files are unknown (${files.missing?.reason ?? files.state})`, remedy: files.missing?.remedy })
  }
  const changed = files.value.filter(f => f.status !== 'removed').map(f => f.path)
  const planFile = param(context, 'plan-file')
  const maxFileSize = param(context, 'max-file-size')
  try {
    const facts = await scanIac(context.checkoutDir, changed, {
      planFile: typeof planFile === 'string' && planFile !== '' ? planFile : undefined,
      maxFileSize: typeof maxFileSize === 'number' && maxFileSize > 0 ? maxFileSize : DEFAULT_MAX_FILE_SIZE
    })
    const sources = ['checkout: changed IaC files and their module directories']
    if (facts.plan) sources.push(`terraform plan JSON: ${facts.plan.path}`)
    if (files.state === 'partial') return { state: 'partial', value: facts, sources, missing: files.missing ?? { reason: 'the list of changed files is partial' } }
    return complete(facts, sources)
  } catch (e) {
    return unavailable({ reason: `IaC scan failed: ${e instanceof Error ? e.message : String(e)}` })
  }
}

export const iacCollector: ExtraCollector = {
  name: IAC_COLLECTOR_NAME,
  forControls: ['iac.encryption', 'iac.data-residency'],
  collect: collectIac
}
