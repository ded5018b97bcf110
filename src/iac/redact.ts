/**
 * No secret value in the evidence (issue 19): every string the IaC facts keep from repository content
 * (attribute values and defaults, tfvars, CloudFormation / ARM parameters, reasons quoting them, module
 * sources) passes through the secrets detector's redaction, and a string under a secret-like name
 * (password, secret, token, key material, connection string) is replaced by a preview and a keyed
 * fingerprint whatever it looks like. Runs once on the finished facts, so nothing a check or a reporter
 * later reads can hold the value.
 */
import { fingerprint, redactPreview, redactSecrets } from '../secrets/index.js'
import { isUnknown, looksSecret } from '../model/facts/iac.js'

/** Rule id in the fingerprint of values redacted for their name. */
export const SECRET_NAME_RULE = 'iac-secret-named-value'

/** The preview and fingerprint that stand for a secret-named value. */
export function redactNamed(value: string, repo: string): string {
  return `${redactPreview(value)} [redacted: secret-named value, fingerprint ${fingerprint(repo, SECRET_NAME_RULE, value).slice(0, 16)}]`
}

/**
 * Attributes holding a map or list of the user's own settings, whose values the record keeps only as previews: Lambda's
 * `environment { variables }` and CloudFormation's `Environment.Variables`, App Service's `app_settings` and ARM's
 * `siteConfig.appSettings`, CodeBuild's `environment_variable`, a customer-supplied disk key's `raw_key`.
 */
const FREE_FORM = /^(?:variables|app_?settings|environment_?variables?|raw_?key|rsa_encrypted_key|secure_?string)$/i

/**
 * A deep copy of `v` with every string redacted (detector) and every string under a secret-like key
 * replaced (name). Objects marked as values (`$unknown`, `$ref`) keep their shape.
 */
export function redactDeep<T>(v: T, repo: string, cache: Map<string, string> = new Map(), depth = 0, freeForm = false): T {
  if (depth > 64) return v
  if (typeof v === 'string') return (freeForm && v !== '' ? redactNamed(v, repo) : redactString(v, repo, cache)) as T
  if (Array.isArray(v)) return (v as unknown[]).map(x => redactDeep(x, repo, cache, depth + 1, freeForm)) as T
  if (v !== null && typeof v === 'object') {
    if (freeForm && isUnknown(v)) return typeof v.template === 'string' ? { ...v, template: redactNamed(v.template, repo) } : v
    const out: Record<string, unknown> = {}
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
      let value: unknown
      // Inside a map of the user's own settings (a function's environment variables, an app's settings) every value
      // is one the gate cannot judge by name (`SIGNING_SEED`, `HMAC_INPUT`): each goes, the setting's name stays.
      if (freeForm && /^name$/i.test(k) && typeof x === 'string') value = x
      else if (freeForm || FREE_FORM.test(k)) value = redactDeep(x, repo, cache, depth + 1, true)
      else if (typeof x === 'string' && x !== '' && looksSecret(k)) value = redactNamed(x, repo)
      else if (Array.isArray(x) && looksSecret(k)) value = x.map(e => redactUnderSecretName(e, repo, cache, depth + 1))
      // a partly known string keeps its literal text in `template`: under a secret-like name that text is the secret's
      else if (looksSecret(k) && isUnknown(x) && typeof x.template === 'string') value = { ...x, template: redactNamed(x.template, repo) }
      else value = redactDeep(x, repo, cache, depth + 1)
      // a key named "__proto__" (from a JSON document) stays an own key, never the copy's prototype
      if (k === '__proto__') Object.defineProperty(out, k, { value, enumerable: true, writable: true, configurable: true })
      else out[k] = value
    }
    return out as T
  }
  return v
}

/** An element of a list under a secret-like name: a string, or a partly known string's literal text, is redacted as named. */
function redactUnderSecretName(e: unknown, repo: string, cache: Map<string, string>, depth: number): unknown {
  if (typeof e === 'string') return e === '' ? e : redactNamed(e, repo)
  if (isUnknown(e) && typeof e.template === 'string') return { ...e, template: redactNamed(e.template, repo) }
  return redactDeep(e, repo, cache, depth)
}

function redactString(s: string, repo: string, cache: Map<string, string>): string {
  if (s.length < 8) return s
  const hit = cache.get(s)
  if (hit !== undefined) return hit
  const r = redactSecrets(s, repo).text
  cache.set(s, r)
  return r
}
