/**
 * GitHub's own REST schema (@octokit/openapi `generated/api.github.com.json`, OpenAPI 3.0.3) as ajv
 * validators, for tests.
 *
 * - The 13 MB spec is read once per module instance, lazily, on first use (≈ 0.3 s), and every
 *   component schema is converted to JSON Schema once; validators are compiled per
 *   (method, template, status) on first use and cached.
 * - OpenAPI 3.0 → JSON Schema: `nullable: true` adds `null` to `type` (and to `enum`; schemas without
 *   `type` are wrapped in `anyOf [{type: null}, …]`); `x-*`, `example(s)`, `discriminator`, `xml`,
 *   `externalDocs` are dropped; `oneOf` becomes `anyOf` (GitHub's unions overlap — e.g. private-user /
 *   public-user, content-file / content-symlink — so `oneOf` would reject real responses).
 * - ajv: strict false, allErrors, ajv-formats (uri, date-time, email, uri-template, int64 …).
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'

const require = createRequire(import.meta.url)

/** Absolute path of the spec file. */
export const OPENAPI_SPEC_PATH: string = require.resolve('@octokit/openapi/generated/api.github.com.json')

const SCHEMA_BASE = 'https://compliance-gate.test/github-openapi/'
const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const

type Json = null | boolean | number | string | Json[] | { [k: string]: Json }
type JsonObject = { [k: string]: Json }

interface OpenApiOperation {
  operationId?: string
  responses?: Record<string, JsonObject>
  [k: string]: unknown
}

interface OpenApiSpec {
  paths: Record<string, Record<string, OpenApiOperation>>
  components: {
    schemas: Record<string, JsonObject>
    examples: Record<string, JsonObject>
    responses: Record<string, JsonObject>
    [k: string]: unknown
  }
  'x-webhooks'?: Record<string, Record<string, OpenApiOperation>>
}

export interface RouteMatch {
  /** The spec's path template, e.g. `/repos/{owner}/{repo}/pulls/{pull_number}`. */
  template: string
  /** Decoded path parameters. */
  params: Record<string, string>
}

export interface OperationMatch extends RouteMatch {
  method: string
  operationId: string | undefined
}

interface CompiledTemplate {
  template: string
  segments: string[]
  /** Index of each literal segment: more (and earlier) literals = more specific. */
  literalMask: boolean[]
  strict: RegExp
  loose: RegExp
  names: string[]
}

interface State {
  spec: OpenApiSpec
  ajv: Ajv
  templates: CompiledTemplate[]
  byOperationId: Map<string, { method: string; template: string }>
  validators: Map<string, ValidateFunction | { error: string }>
  matchCache: Map<string, RouteMatch | null>
  loadMs: number
}

let state: State | undefined

// ---------------------------------------------------------------------------------------------------
// Template matching (also used by the fake server's route table)
// ---------------------------------------------------------------------------------------------------

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

export function compileTemplate(template: string): CompiledTemplate {
  const segments = template.split('/').slice(1)
  const names: string[] = []
  const strictParts: string[] = []
  const looseParts: string[] = []
  const literalMask: boolean[] = []
  for (const seg of segments) {
    // A segment may mix literal text and params, e.g. `{owner}.{repo}` or `{base}...{head}`.
    if (!seg.includes('{')) {
      literalMask.push(true)
      strictParts.push(escapeRegExp(seg))
      looseParts.push(escapeRegExp(seg))
      continue
    }
    literalMask.push(false)
    let strict = ''
    let loose = ''
    let rest = seg
    while (rest.length > 0) {
      const m = /^([^{]*)\{([^}]+)\}/.exec(rest)
      if (!m) {
        strict += escapeRegExp(rest)
        loose += escapeRegExp(rest)
        break
      }
      strict += escapeRegExp(m[1]) + '([^/]+?)'
      loose += escapeRegExp(m[1]) + '(.+?)'
      names.push(m[2])
      rest = rest.slice(m[0].length)
    }
    strictParts.push(strict)
    looseParts.push(loose)
  }
  return {
    template,
    segments,
    literalMask,
    names,
    strict: new RegExp('^/' + strictParts.join('/') + '$'),
    loose: new RegExp('^/' + looseParts.join('/') + '$')
  }
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s)
  } catch {
    return s
  }
}

function execTemplate(t: CompiledTemplate, path: string, loose: boolean): Record<string, string> | null {
  const m = (loose ? t.loose : t.strict).exec(path)
  if (!m) return null
  const params: Record<string, string> = {}
  t.names.forEach((n, i) => (params[n] = safeDecode(m[i + 1])))
  return params
}

/** Positive when a is more specific than b. */
function specificity(a: CompiledTemplate, b: CompiledTemplate): number {
  const la = a.literalMask.filter(Boolean).length
  const lb = b.literalMask.filter(Boolean).length
  if (la !== lb) return la - lb
  for (let i = 0; i < Math.min(a.literalMask.length, b.literalMask.length); i++) {
    if (a.literalMask[i] !== b.literalMask[i]) return a.literalMask[i] ? 1 : -1
  }
  return b.names.length - a.names.length
}

/**
 * Match a concrete path (no query) against templates: exact per-segment matches first (params are
 * URL-decoded, so `feature%2Fx` → `feature/x`), then params spanning several segments (unencoded
 * `contents/a/b.txt`). The most specific template wins (literals beat params).
 */
export function matchTemplates(templates: CompiledTemplate[], path: string): RouteMatch | null {
  for (const loose of [false, true]) {
    let best: { t: CompiledTemplate; params: Record<string, string> } | null = null
    for (const t of templates) {
      const params = execTemplate(t, path, loose)
      if (params && (!best || specificity(t, best.t) > 0)) best = { t, params }
    }
    if (best) return { template: best.t.template, params: best.params }
  }
  return null
}

// ---------------------------------------------------------------------------------------------------
// OpenAPI 3.0 → JSON Schema
// ---------------------------------------------------------------------------------------------------

const DROPPED_KEYS = new Set(['example', 'examples', 'nullable', 'discriminator', 'xml', 'externalDocs'])

function rewriteRef(ref: string): string {
  const m = /^#\/components\/schemas\/(.+)$/.exec(ref)
  if (!m) throw new Error(`unsupported $ref in schema: ${ref}`)
  return SCHEMA_BASE + 'schemas/' + encodeURIComponent(safeDecode(m[1])) + '.json'
}

/** Convert one OpenAPI 3.0 schema object to JSON Schema (draft-07 vocabulary, as ajv 8 reads it). */
export function toJsonSchema(schema: Json): Json {
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) return schema
  const out: JsonObject = {}
  for (const [key, value] of Object.entries(schema)) {
    if (key.startsWith('x-') || DROPPED_KEYS.has(key)) continue
    switch (key) {
      case '$ref':
        out.$ref = rewriteRef(value as string)
        break
      case 'properties':
      case 'patternProperties':
      case 'definitions': {
        const map: JsonObject = {}
        for (const [name, sub] of Object.entries(value as JsonObject)) map[name] = toJsonSchema(sub)
        out[key] = map
        break
      }
      case 'items':
        out.items = Array.isArray(value) ? value.map(toJsonSchema) : toJsonSchema(value)
        break
      case 'additionalProperties':
      case 'not':
        out[key] = toJsonSchema(value)
        break
      case 'allOf':
      case 'anyOf':
        out[key] = (value as Json[]).map(toJsonSchema)
        break
      case 'oneOf':
        out.anyOf = (value as Json[]).map(toJsonSchema)
        break
      default:
        out[key] = value
    }
  }
  if (schema.nullable === true) {
    // With a composite (a $ref, allOf …) null must be allowed beside it, not inside it.
    if (['$ref', 'allOf', 'anyOf', 'not'].some(k => k in out)) return { anyOf: [{ type: 'null' }, out] }
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null]
    if (typeof out.type === 'string') out.type = [out.type, 'null']
    else if (Array.isArray(out.type) && !out.type.includes('null')) out.type = [...out.type, 'null']
  }
  return out
}

// ---------------------------------------------------------------------------------------------------
// Loading
// ---------------------------------------------------------------------------------------------------

function load(): State {
  if (state) return state
  const t0 = performance.now()
  const spec = JSON.parse(readFileSync(OPENAPI_SPEC_PATH, 'utf8')) as OpenApiSpec
  const ajv = new Ajv({
    strict: false,
    allErrors: true,
    validateSchema: false,
    addUsedSchema: false,
    inlineRefs: false
  })
  ;(addFormatsModule as unknown as { default: (a: Ajv) => void }).default(ajv)
  for (const [name, schema] of Object.entries(spec.components.schemas)) {
    const converted = toJsonSchema(schema) as JsonObject
    ajv.addSchema({ ...converted, $id: rewriteRef('#/components/schemas/' + name) })
  }
  const templates = Object.keys(spec.paths).map(compileTemplate)
  const byOperationId = new Map<string, { method: string; template: string }>()
  for (const [template, item] of Object.entries(spec.paths)) {
    for (const method of HTTP_METHODS) {
      const id = item[method]?.operationId
      if (id) byOperationId.set(id, { method: method.toUpperCase(), template })
    }
  }
  state = {
    spec,
    ajv,
    templates,
    byOperationId,
    validators: new Map(),
    matchCache: new Map(),
    loadMs: 0
  }
  state.loadMs = performance.now() - t0
  return state
}

/** Force loading now (e.g. in beforeAll) and return how long it took in ms (0 when already loaded). */
export function preloadOpenApi(): number {
  if (state) return 0
  return load().loadMs
}

function resolveLocal<T = JsonObject>(ref: string): T {
  const parts = ref
    .replace(/^#\//, '')
    .split('/')
    .map(p => safeDecode(p.replace(/~1/g, '/').replace(/~0/g, '~')))
  let cur: unknown = load().spec
  for (const p of parts) {
    if (cur === null || typeof cur !== 'object') throw new Error(`cannot resolve ${ref}`)
    cur = (cur as Record<string, unknown>)[p]
  }
  if (cur === undefined) throw new Error(`cannot resolve ${ref}`)
  return cur as T
}

function deref<T = JsonObject>(x: JsonObject): T {
  let cur: JsonObject = x
  for (let i = 0; i < 10 && typeof cur.$ref === 'string'; i++) cur = resolveLocal(cur.$ref)
  return cur as T
}

/** Find the spec operation for a concrete request path (query string ignored). */
export function findOperation(method: string, path: string): OperationMatch | null {
  const s = load()
  const m = method.toUpperCase()
  const clean = path.split('?')[0].replace(/\/+$/, '') || '/'
  const key = `${m} ${clean}`
  let match = s.matchCache.get(key)
  if (match === undefined) {
    const withMethod = s.templates.filter(t => s.spec.paths[t.template][m.toLowerCase()] !== undefined)
    match = matchTemplates(withMethod, clean)
    s.matchCache.set(key, match)
  }
  if (!match) return null
  return {
    ...match,
    method: m,
    operationId: s.spec.paths[match.template][m.toLowerCase()]?.operationId
  }
}

/** `'pulls/get'` or `'GET /repos/{owner}/{repo}/pulls/{pull_number}'` → method + template. */
function resolveOperationKey(key: string): { method: string; template: string; op: OpenApiOperation } {
  const s = load()
  const sp = /^([A-Za-z]+)\s+(\/.*)$/.exec(key.trim())
  if (sp) {
    const method = sp[1].toUpperCase()
    const op = s.spec.paths[sp[2]]?.[method.toLowerCase()]
    if (!op) throw new Error(`no operation ${method} ${sp[2]} in the GitHub OpenAPI spec`)
    return { method, template: sp[2], op }
  }
  const found = s.byOperationId.get(key)
  if (!found) throw new Error(`no operationId ${key} in the GitHub OpenAPI spec`)
  return { ...found, op: s.spec.paths[found.template][found.method.toLowerCase()] }
}

function responseFor(op: OpenApiOperation, status: number): JsonObject | undefined {
  const r = op.responses ?? {}
  const raw = r[String(status)] ?? r[`${String(status)[0]}XX`] ?? r.default
  return raw ? deref(raw) : undefined
}

function jsonContent(response: JsonObject): JsonObject | undefined {
  const content = response.content as JsonObject | undefined
  if (!content) return undefined
  if (content['application/json']) return content['application/json'] as JsonObject
  const key = Object.keys(content).find(k => /[/+]json\b|\bjson$/.test(k))
  return key ? (content[key] as JsonObject) : undefined
}

function formatErrors(errors: ErrorObject[] | null | undefined, limit = 20): string[] {
  if (!errors) return []
  const out = errors.slice(0, limit).map(e => {
    const where = e.instancePath || '(root)'
    const extra =
      e.keyword === 'additionalProperties'
        ? ` (${String((e.params as { additionalProperty?: string }).additionalProperty)})`
        : e.keyword === 'enum'
          ? ` ${JSON.stringify((e.params as { allowedValues?: unknown }).allowedValues)}`
          : ''
    return `${where} ${e.message ?? e.keyword}${extra} [${e.schemaPath}]`
  })
  if (errors.length > limit) out.push(`… and ${errors.length - limit} more`)
  return out
}

function compiledFor(method: string, template: string, op: OpenApiOperation, status: number): ValidateFunction | { error: string } | null {
  const s = load()
  const key = `${method} ${template} ${status}`
  const cached = s.validators.get(key)
  if (cached) return cached
  const response = responseFor(op, status)
  if (!response) {
    const v = { error: `status ${status} is not documented for ${method} ${template} (documented: ${Object.keys(op.responses ?? {}).join(', ')})` }
    s.validators.set(key, v)
    return v
  }
  const content = jsonContent(response)
  if (!content || !content.schema) return null
  const schema = toJsonSchema(content.schema) as JsonObject
  const v = s.ajv.compile(schema)
  s.validators.set(key, v)
  return v
}

/**
 * Validate a response body against the spec: the operation found from the concrete path, the schema of
 * that status (or `NXX` / `default`). Returns the errors; an empty array means valid. A route or status
 * the spec does not have is an error. An empty body (undefined / '' / null) is valid only when the spec
 * documents no JSON body for that status (204, 304 …).
 */
export function validateResponse(method: string, path: string, status: number, body: unknown): string[] {
  const match = findOperation(method, path)
  if (!match) return [`${method.toUpperCase()} ${path}: no such route in the GitHub OpenAPI spec`]
  const op = load().spec.paths[match.template][match.method.toLowerCase()]
  const route = `${match.method} ${match.template}`
  const v = compiledFor(match.method, match.template, op, status)
  const empty = body === undefined || body === '' || (Buffer.isBuffer(body) && body.length === 0)
  if (v === null) {
    return empty ? [] : [`${route} ${status}: the spec documents no JSON body for this status, got one`]
  }
  if ('error' in v) return [`${route}: ${v.error}`]
  if (empty) return [`${route} ${status}: empty body, the spec documents a JSON body`]
  if (v(body)) return []
  return formatErrors(v.errors).map(e => `${route} ${status}: ${e}`)
}

/** Validate a value against a named component schema (`#/components/schemas/<name>`), e.g. 'pull-request'. */
export function validateSchema(componentName: string, value: unknown): string[] {
  const s = load()
  if (!s.spec.components.schemas[componentName]) return [`no component schema ${componentName}`]
  const key = `schema ${componentName}`
  let v = s.validators.get(key)
  if (!v) {
    v = s.ajv.compile({ $ref: rewriteRef('#/components/schemas/' + componentName) })
    s.validators.set(key, v)
  }
  if ('error' in v) return [v.error]
  return v(value) ? [] : formatErrors(v.errors).map(e => `${componentName}: ${e}`)
}

/**
 * Validate a webhook payload against the spec's `x-webhooks` schema, e.g. ('pull_request', payload)
 * picks `pull-request-<action>`, ('push', payload) picks `push`.
 */
export function validateWebhook(eventName: string, payload: { action?: string } & Record<string, unknown>): string[] {
  const s = load()
  const hooks = s.spec['x-webhooks'] ?? {}
  const base = eventName.replace(/_/g, '-')
  const key = payload.action && hooks[`${base}-${payload.action.replace(/_/g, '-')}`] ? `${base}-${payload.action.replace(/_/g, '-')}` : base
  const post = hooks[key]?.post as { requestBody?: JsonObject } | undefined
  if (!post?.requestBody) return [`no webhook ${key} in the GitHub OpenAPI spec`]
  const body = deref(post.requestBody)
  const content = jsonContent(body)
  if (!content?.schema) return [`webhook ${key} has no JSON schema`]
  const cacheKey = `webhook ${key}`
  let v = s.validators.get(cacheKey)
  if (!v) {
    v = s.ajv.compile(toJsonSchema(content.schema) as JsonObject)
    s.validators.set(cacheKey, v)
  }
  if ('error' in v) return [v.error]
  return v(payload) ? [] : formatErrors(v.errors).map(e => `webhook ${key}: ${e}`)
}

/**
 * The spec's example body for an operation and status, deep-copied (so callers may mutate it).
 * `operation` is an operationId (`'pulls/get'`) or `'GET /repos/{owner}/{repo}/pulls/{pull_number}'`.
 * `exampleName` picks one of several named examples; by default the first. Returns undefined when the
 * spec has no example for that status.
 */
export function exampleFor<T = any>(operation: string, status = 200, exampleName?: string): T | undefined {
  const { op } = resolveOperationKey(operation)
  const response = responseFor(op, status)
  if (!response) return undefined
  const content = jsonContent(response)
  if (!content) return undefined
  const examples = content.examples as Record<string, JsonObject> | undefined
  if (examples && Object.keys(examples).length > 0) {
    const name = exampleName ?? Object.keys(examples)[0]
    const ex = examples[name]
    if (!ex) throw new Error(`no example ${name} for ${operation} ${status} (have: ${Object.keys(examples).join(', ')})`)
    return structuredClone(deref(ex).value) as T
  }
  if (content.example !== undefined) return structuredClone(content.example) as T
  return undefined
}

/** Milliseconds the first load took (undefined until loaded). */
export function openApiLoadMs(): number | undefined {
  return state?.loadMs
}
