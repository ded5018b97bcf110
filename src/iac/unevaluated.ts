/**
 * Resources no check reads although they may hold data, and `azapi_resource` bodies of ARM types the ARM
 * checks know (judged as those ARM resources). Nothing here passes a resource: what is not judged is listed
 * as not evaluated, with the remedy (issue 14: "code the gate cannot read never reads as pass").
 */
import { canonicalArmType, checksForType } from './checks/index.js'
import { isPlainObject, isUnknown, isRef, type IacResource, type UnevaluatedResourceFact, type Value } from '../model/facts/iac.js'

/** Providers with checks, and providers whose resources hold no customer data (utilities, CI, DNS …). */
const CHECKED_PROVIDERS = new Set(['aws', 'azurerm', 'google', 'azapi'])
const NO_DATA_PROVIDERS = new Set([
  'random',
  'null',
  'tls',
  'local',
  'time',
  'http',
  'external',
  'template',
  'archive',
  'terraform',
  'cloudinit',
  'github',
  'gitlab',
  'tfe',
  'kubernetes',
  'helm',
  'kubectl',
  'azuread',
  'dns',
  'cloudflare',
  'datadog',
  'newrelic',
  'pagerduty',
  'grafana',
  'vault'
])
/** Words in a resource type that name a data store or key material. */
const DATA_WORDS =
  /(bucket|storage|database|_db|db_|sql|disk|volume|queue|topic|cache|redis|memcache|kafka|stream|secret|kms|key_?vault|table|file_?system|nfs|backup|snapshot|mongo|postgres|mysql|elasticsearch|opensearch|warehouse|datalake|object)/i
/** ARM resource provider namespaces whose resources hold data or keys. */
const ARM_DATA_NAMESPACES =
  /^Microsoft\.(Storage|Sql|DBfor[A-Za-z]+|DocumentDB|KeyVault|Cache|ServiceBus|EventHub|Compute\/disks|Compute\/snapshots|CognitiveServices|MachineLearningServices|Search|DataLakeStore|DataFactory|Synapse|Kusto|RecoveryServices|DataProtection|AppConfiguration|Web|ContainerRegistry|ContainerService|NetApp|HDInsight|Databricks)/i

/** The ARM type and API version of an azapi_resource (`Microsoft.Storage/storageAccounts@2023-01-01`). */
function azapiType(r: IacResource): { type: string; apiVersion: string } | null {
  const t = r.attributes.type
  if (typeof t !== 'string' || !t.includes('@')) return null
  const [type, apiVersion] = t.split('@')
  return { type, apiVersion }
}

function bodyOf(v: Value | undefined): Record<string, Value> | null {
  if (typeof v === 'string') {
    try {
      const parsed = JSON.parse(v) as unknown
      return isPlainObject(parsed) ? parsed : null
    } catch {
      return null
    }
  }
  return isPlainObject(v) ? v : null
}

/** An azapi_resource of an ARM type with checks, as that ARM resource; null when it is not one. */
export function azapiAsArm(r: IacResource): IacResource | null {
  if (r.type !== 'azapi_resource') return null
  const t = azapiType(r)
  if (!t || checksForType(t.type).length === 0) return null
  const body = bodyOf(r.attributes.body)
  if (!body) return null
  const attributes: Record<string, Value> = { ...body, apiVersion: t.apiVersion }
  if (!isPlainObject(attributes.properties)) attributes.properties = {}
  for (const k of ['location', 'kind', 'sku', 'identity']) if (k in r.attributes && !(k in attributes)) attributes[k] = r.attributes[k]
  const positions: Record<string, number> = {}
  for (const [p, l] of Object.entries(r.positions)) {
    if (p.startsWith('body.')) positions[p.slice(5)] = l
    else if (p === 'body') positions.properties = l
    else positions[p] = l
  }
  positions.apiVersion = r.positions.type ?? r.line
  return { ...r, type: canonicalArmType(t.type), provider: 'arm', attributes, positions }
}

/** Why a resource is listed as not evaluated, or null when checks judge it or it holds no data. */
export function unevaluatedReason(r: IacResource): string | null {
  if (r.type === 'azapi_resource' || r.type === 'azapi_update_resource') {
    const t = azapiType(r)
    if (!t) {
      const raw = r.attributes.type
      return `its ARM type is ${isUnknown(raw) ? `unknown (${raw.$unknown})` : isRef(raw) ? 'a reference' : 'not a literal'}: the ARM checks cannot be chosen`
    }
    if (checksForType(t.type).length > 0) {
      return bodyOf(r.attributes.body) ? null : `the body of this ${t.type} cannot be resolved statically: the ARM checks cannot read it`
    }
    return ARM_DATA_NAMESPACES.test(t.type) ? `no check covers ARM type ${t.type}, which may hold data` : null
  }
  if (CHECKED_PROVIDERS.has(r.provider) || NO_DATA_PROVIDERS.has(r.provider)) return null
  if (r.provider === 'cfn' || r.provider === 'arm') return null
  return DATA_WORDS.test(r.type) ? `no check covers provider "${r.provider}" resource type ${r.type}, which may hold data` : null
}

export function unevaluatedFact(r: IacResource, reason: string): UnevaluatedResourceFact {
  return { address: r.address, type: r.type, file: r.file, line: r.line, changed: r.changed, reason }
}
