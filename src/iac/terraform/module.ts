/**
 * Evaluate a Terraform module directory whole: variables (tfvars > module inputs > defaults), locals,
 * resources with resolved attributes, provider regions, and local module calls followed with the inputs
 * passed (remote sources are noted, not fetched).
 */
import path from 'node:path'
import type { Expr, TfBlock, TfBody, TfFile } from '../parse/hcl-ast.js'
import {
  isPlainObject,
  isRef,
  isUnknown,
  looksSecret,
  unknown,
  type IacResource,
  type Unknown,
  type ModuleFact,
  type RegionFact,
  type RemoteModuleFact,
  type Value
} from '../../model/facts/iac.js'
import { evalExpr, type Scope } from './values.js'

export interface TfVarValue {
  expr: Expr
  line: number
  file: string
}

export interface TfDir {
  /** Directory relative to the checkout, posix separators, '.' for the top. */
  dir: string
  files: TfFile[]
  /** terraform.tfvars then *.auto.tfvars in name order, later wins (as Terraform does). */
  tfvars: Record<string, TfVarValue>
  /**
   * Variables a changed `-var-file` of the directory sets (`prod.tfvars`, not loaded by itself): variable → file. Which
   * of those files a run uses is chosen when Terraform runs, so such a variable's value is unknown.
   */
  varFiles?: Record<string, string>
}

export interface TfLoader {
  /** Parsed files of a directory; null when it does not exist, holds no .tf, or lies outside the checkout. */
  load(dir: string): TfDir | null
  /** Where directories are read from, in messages ("the checkout" when absent). */
  where?: string
  /** Why a directory load returned null when it could not be read (an API failure), if so. */
  missing?(dir: string): string | undefined
  /** Terraform files the change removed (posix paths): each changes what the rest of its module evaluates to. */
  removed?: ReadonlySet<string>
}

export interface TfEvalOutput {
  resources: IacResource[]
  regions: RegionFact[]
  modules: ModuleFact[]
  remote_modules: RemoteModuleFact[]
}

/**
 * A local module source (`./x`, `../x`, `..`, `.`, with trailing or doubled slashes) resolved against the
 * calling directory: a normalised checkout-relative directory ('.' for the top), or null for a source that
 * is not a local path (registry, git, http, s3 … are remote).
 */
export function localModuleDir(from: string, src: string): string | null {
  if (!(src === '.' || src === '..' || src.startsWith('./') || src.startsWith('../') || src.startsWith('.\\') || src.startsWith('..\\'))) return null
  return normaliseDir(path.posix.join(from, src.replace(/\\/g, '/')))
}

/** `a/b/`, `a//b`, `a/./b`, `a/x/../b` → `a/b`; the top is '.'. */
export function normaliseDir(dir: string): string {
  const n = path.posix.normalize(dir).replace(/\/+$/, '')
  return n === '' || n === './' ? '.' : n.replace(/^\.\//, '') || '.'
}

/** How many instances a `count` / `for_each` makes: none, these (with their scope), or unknown. */
export type Expansion =
  | { kind: 'single' }
  | { kind: 'instances'; list: { key: string; countIndex?: Value; each?: { key: Value; value: Value } }[] }
  | { kind: 'unknown'; reason: string }

/** More instances than this are judged as one (the configuration is the same for each). */
const MAX_INSTANCES = 256

/** Instances one root evaluation may make in all (nested counted modules multiply); past it, judged as one. */
const MAX_TOTAL_INSTANCES = 2_000
const instancesMade = new WeakMap<TfEvalOutput, number>()

function budgeted(exp: Expansion, out: TfEvalOutput | undefined): Expansion {
  if (!out || exp.kind !== 'instances') return exp
  const made = (instancesMade.get(out) ?? 0) + exp.list.length
  instancesMade.set(out, made)
  return made > MAX_TOTAL_INSTANCES ? { kind: 'unknown', reason: `more than ${MAX_TOTAL_INSTANCES} instances in this configuration: judged as one` } : exp
}

export function expansion(body: TfBody, scope: Scope, out?: TfEvalOutput): Expansion {
  return budgeted(expansionOf(body, scope), out)
}

function expansionOf(body: TfBody, scope: Scope): Expansion {
  const countAttr = body.attrs.count
  const forEachAttr = body.attrs.for_each
  if (countAttr) {
    let n = evalExpr(countAttr.expr, scope)
    if (typeof n === 'string' && n.trim() !== '' && !Number.isNaN(Number(n))) n = Number(n)
    if (typeof n === 'boolean') return { kind: 'unknown', reason: 'count is a boolean' }
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0)
      return { kind: 'unknown', reason: `count is ${isUnknown(n) ? n.$unknown : isRef(n) ? `a reference to ${n.$ref}` : JSON.stringify(n)}` }
    if (n > MAX_INSTANCES) return { kind: 'unknown', reason: `count = ${n}: more than ${MAX_INSTANCES} instances are judged as one` }
    return { kind: 'instances', list: Array.from({ length: n }, (_, i) => ({ key: `[${i}]`, countIndex: i })) }
  }
  if (forEachAttr) {
    const v = evalExpr(forEachAttr.expr, scope)
    if (isUnknown(v)) return { kind: 'unknown', reason: `for_each is unknown: ${v.$unknown}` }
    if (isRef(v)) return { kind: 'unknown', reason: `for_each is a reference to ${v.$ref}, known only at apply time` }
    if (Array.isArray(v)) {
      if (!v.every(e => typeof e === 'string')) return { kind: 'unknown', reason: 'for_each over a list that is not a set of known strings' }
      const keys = [...new Set(v)].sort()
      if (keys.length > MAX_INSTANCES) return { kind: 'unknown', reason: `for_each over ${keys.length} keys: judged as one` }
      return { kind: 'instances', list: keys.map(k => ({ key: `[${JSON.stringify(k)}]`, each: { key: k, value: k } })) }
    }
    if (v !== null && typeof v === 'object') {
      const keys = Object.keys(v).sort()
      if (keys.length > MAX_INSTANCES) return { kind: 'unknown', reason: `for_each over ${keys.length} keys: judged as one` }
      return { kind: 'instances', list: keys.map(k => ({ key: `[${JSON.stringify(k)}]`, each: { key: k, value: (v as Record<string, Value>)[k] } })) }
    }
    return { kind: 'unknown', reason: `for_each is ${JSON.stringify(v)}, not a map or set` }
  }
  return { kind: 'single' }
}

/** The scope of one instance: count.index / each.* set (unknown when the expansion is). */
function instanceScope(scope: Scope, exp: Expansion, inst?: { countIndex?: Value; each?: { key: Value; value: Value } }): Scope {
  if (exp.kind === 'single') return scope
  if (exp.kind === 'unknown') {
    const u = unknown(`the instance key is unknown (${exp.reason})`)
    return { ...scope, countIndex: u, each: { key: u, value: u } }
  }
  return { ...scope, countIndex: inst?.countIndex, each: inst?.each }
}

const META_ARGS = new Set(['count', 'for_each', 'depends_on', 'provider', 'lifecycle', 'provisioner', 'connection'])
const MODULE_META = new Set(['source', 'version', 'providers', 'count', 'for_each', 'depends_on'])
const MAX_MODULE_DEPTH = 8

export function providerOf(type: string): string {
  const i = type.indexOf('_')
  return i < 0 ? type : type.slice(0, i)
}

/** A directory's local module calls: each call's name and the directory its literal `source` names. */
export function localCalls(tf: TfDir): { name: string; dir: string }[] {
  const out: { name: string; dir: string }[] = []
  for (const f of tf.files) {
    for (const b of f.blocks) {
      const src = b.type === 'module' && b.labels[0] ? b.body.attrs.source?.expr : undefined
      const dir = src && src.k === 'lit' && typeof src.v === 'string' ? localModuleDir(tf.dir, src.v) : null
      if (dir !== null) out.push({ name: b.labels[0], dir })
    }
  }
  return out
}

/** A Terraform variable-values file (`terraform.tfvars`, `*.auto.tfvars`, `.tfvars.json`, a `-var-file`). */
const TFVARS_FILE = /\.tfvars(?:\.json)?$/

/** The variables, locals and data sources an expression reads; opaque when part of it is not read statically. */
interface Reads {
  vars: Set<string>
  locals: Set<string>
  data: Set<string>
  /** Module calls whose outputs are read (`module.x.enc`). */
  modules: Set<string>
  opaque: boolean
}

function emptyReads(): Reads {
  return { vars: new Set(), locals: new Set(), data: new Set(), modules: new Set(), opaque: false }
}

function exprReads(e: Expr, out: Reads, depth = 0): void {
  if (depth > 64) {
    out.opaque = true
    return
  }
  switch (e.k) {
    case 'ref': {
      const [head, a, b] = e.path
      if (head === 'var' && typeof a === 'string') out.vars.add(a)
      else if (head === 'local' && typeof a === 'string') out.locals.add(a)
      else if (head === 'data' && typeof a === 'string' && typeof b === 'string') out.data.add(`${a}.${b}`)
      else if (head === 'module' && typeof a === 'string') out.modules.add(a)
      break
    }
    case 'tmpl':
      e.parts.forEach(p => exprReads(p, out, depth + 1))
      break
    case 'tuple':
      e.items.forEach(p => exprReads(p, out, depth + 1))
      break
    case 'object':
      e.entries.forEach(en => {
        if (typeof en.key !== 'string') exprReads(en.key, out, depth + 1)
        exprReads(en.value, out, depth + 1)
      })
      break
    case 'cond':
      ;[e.c, e.t, e.f].forEach(p => exprReads(p, out, depth + 1))
      break
    case 'call':
    case 'op':
      e.args.forEach(p => exprReads(p, out, depth + 1))
      break
    case 'get':
      exprReads(e.target, out, depth + 1)
      e.steps.forEach(p => typeof p === 'object' && exprReads(p, out, depth + 1))
      break
    case 'unsupported':
      out.opaque = true
      break
  }
}

function bodyReads(body: TfBody, out: Reads, depth = 0): void {
  for (const a of Object.values(body.attrs)) exprReads(a.expr, out)
  if (depth < 16) for (const blk of body.blocks) bodyReads(blk.body, out, depth + 1)
}

/**
 * A test of whether a block reads what the change touched in its module: a variable declared in a changed file, any
 * variable when a variable-values file there changed, a local or data source defined in a changed file (through the
 * locals and data sources that read them), or anything at all when a Terraform file of the directory was removed (its
 * blocks are gone from the head, so what they set is unknown here) or the block reads something not read statically.
 * A resource in a file the change did not touch is judged only then (a default turned false in variables.tf turns
 * encryption off in an unchanged main.tf), so a change elsewhere in the module does not re-judge the rest of it.
 */
function changedInputs(tf: TfDir, changed: ReadonlySet<string>, removed: ReadonlySet<string> = new Set(), root = true): (body: TfBody) => boolean {
  const inDir = (p: string) => {
    const slash = p.lastIndexOf('/')
    return (slash < 0 ? '.' : p.slice(0, slash)) === tf.dir
  }
  if ([...removed].some(inDir)) return () => true
  const vars = new Set<string>()
  const locals = new Set<string>()
  const data = new Set<string>()
  const localExprs = new Map<string, Expr>()
  const dataBodies = new Map<string, TfBody>()
  for (const f of tf.files) {
    for (const b of f.blocks) {
      if (b.type === 'locals') for (const [k, a] of Object.entries(b.body.attrs)) localExprs.set(k, a.expr)
      if (b.type === 'data' && b.labels.length >= 2) dataBodies.set(`${b.labels[0]}.${b.labels[1]}`, b.body)
      if (!changed.has(f.path)) continue
      if (b.type === 'variable' && b.labels[0]) vars.add(b.labels[0])
      else if (b.type === 'locals') for (const k of Object.keys(b.body.attrs)) locals.add(k)
      else if (b.type === 'data' && b.labels.length >= 2) data.add(`${b.labels[0]}.${b.labels[1]}`)
    }
  }
  const allVars = root && [...changed].some(p => TFVARS_FILE.test(p) && inDir(p))
  // A local module call whose directory (or one below it) holds a changed or removed file: its outputs may have changed.
  const touched = [...changed, ...removed]
  const modules = new Set(
    localCalls(tf)
      .filter(c => c.dir !== tf.dir && touched.some(p => p.startsWith(c.dir === '.' ? '' : `${c.dir}/`)))
      .map(c => c.name)
  )
  if (!allVars && vars.size === 0 && locals.size === 0 && data.size === 0 && modules.size === 0) return () => false
  return body => {
    const r = emptyReads()
    bodyReads(body, r)
    // Through locals and data sources to what they read, each once.
    const seenLocals = new Set<string>()
    const seenData = new Set<string>()
    for (let grew = true; grew;) {
      grew = false
      for (const l of [...r.locals]) {
        if (seenLocals.has(l)) continue
        seenLocals.add(l)
        grew = true
        const e = localExprs.get(l)
        if (e) exprReads(e, r)
      }
      for (const d of [...r.data]) {
        if (seenData.has(d)) continue
        seenData.add(d)
        grew = true
        const b = dataBodies.get(d)
        if (b) bodyReads(b, r)
      }
    }
    if (r.opaque) return true
    for (const v of r.vars) if (allVars || vars.has(v)) return true
    for (const l of r.locals) if (locals.has(l)) return true
    for (const d of r.data) if (data.has(d)) return true
    for (const m of r.modules) if (modules.has(m)) return true
    return false
  }
}

/** Evaluate a root module (tfvars apply) and every local module it calls. */
export function evaluateTerraformRoot(dir: string, loader: TfLoader, changed: ReadonlySet<string>): TfEvalOutput {
  const out: TfEvalOutput = { resources: [], regions: [], modules: [], remote_modules: [] }
  const tf = loader.load(dir)
  if (!tf) return out
  evaluateModule(tf, '', null, undefined, loader, changed, out, [dir])
  // Residency: a provider block without a region matters only for resources that take their region from
  // it. When every resource of that provider sets its own region/location, the unknown provider region is
  // no fact about where data lives (issue 14).
  const dependsOnProvider = new Set<string>()
  const hasResources = new Set<string>()
  for (const r of out.resources) {
    hasResources.add(r.provider)
    const zone = r.provider === 'google' ? r.attributes.zone : r.provider === 'aws' ? r.attributes.availability_zone : undefined
    if (!('region' in r.attributes) && !('location' in r.attributes) && typeof zone !== 'string') dependsOnProvider.add(r.provider)
  }
  const onlyExplicit = (p: string) => hasResources.has(p) && !dependsOnProvider.has(p)
  out.regions = out.regions.filter(f => !(f.kind === 'provider' && isUnknown(f.value) && onlyExplicit(f.provider === 'google-beta' ? 'google' : f.provider)))
  // `location = azurerm_resource_group.main.location`: follow the reference to a literal when there is one
  const byAddress = new Map(out.resources.map(r => [r.address, r]))
  for (const fact of out.regions) {
    const ref = pendingRefs.get(fact)
    if (!ref) continue
    pendingRefs.delete(fact)
    const m = /^(.*)\.(location|region)$/.exec(ref)
    const target = m ? byAddress.get(m[1]) : undefined
    const v = target?.attributes[m?.[2] ?? '']
    fact.value = typeof v === 'string' ? v : isUnknown(v) ? v : unknown(`${ref} is known only at apply time`)
  }
  return out
}

const pendingRefs = new WeakMap<RegionFact, string>()

/**
 * Other places a resource puts its data, by nested path (blocks are lists; a leaf may be a list of names): replicas
 * (DynamoDB tables and global tables, Secrets Manager, ECR replication, Cosmos DB geo locations, regional disks'
 * replica zones, dual-region buckets), clusters (Bigtable), backups (Cloud SQL backup location, AWS Backup copy
 * vaults, named by their ARN) and Spanner's instance configuration (`regional-<region>`).
 */
const NESTED_REGIONS: Record<string, { path: string[]; read?: (v: string) => string }[]> = {
  aws_dynamodb_table: [{ path: ['replica', 'region_name'] }],
  aws_dynamodb_global_table: [{ path: ['replica', 'region_name'] }],
  aws_secretsmanager_secret: [{ path: ['replica', 'region'] }],
  aws_ecr_replication_configuration: [{ path: ['replication_configuration', 'rule', 'destination', 'region'] }],
  aws_backup_plan: [{ path: ['rule', 'copy_action', 'destination_vault_arn'], read: arnRegion }],
  azurerm_cosmosdb_account: [{ path: ['geo_location', 'location'] }],
  google_bigtable_instance: [{ path: ['cluster', 'zone'] }],
  google_sql_database_instance: [{ path: ['settings', 'backup_configuration', 'location'] }],
  google_spanner_instance: [{ path: ['config'], read: v => v.replace(/^regional-/, '') }],
  google_storage_bucket: [{ path: ['custom_placement_config', 'data_locations'], read: v => v.toLowerCase() }],
  google_compute_region_disk: [{ path: ['replica_zones'] }]
}

/** The region of an ARN (`arn:aws:backup:us-east-1:…`), or the ARN when it names none. */
function arnRegion(arn: string): string {
  return /^arn:aws[\w-]*:[\w-]+:([a-z]{2}(?:-[a-z]+)+-\d+):/.exec(arn)?.[1] ?? arn
}

/** The values at a nested path: each list element followed, the leaf's strings (or unknowns) with where they sit. */
function nestedValues(v: Value, path: readonly string[], at: string): { value: Value; at: string }[] {
  if (path.length === 0) return Array.isArray(v) ? v.map((x, i) => ({ value: x, at: `${at}[${i}]` })) : [{ value: v, at }]
  if (Array.isArray(v)) return v.flatMap((x, i) => nestedValues(x, path, `${at}[${i}]`))
  if (!isPlainObject(v) || !(path[0] in v)) return []
  return nestedValues(v[path[0]], path.slice(1), `${at}.${path[0]}`)
}

function regionValue(v: Value, key: string): string | Unknown {
  if (typeof v === 'string') return v
  if (isUnknown(v)) return v
  if (isRef(v)) {
    return unknown(`${key} is a reference to ${v.$ref}`)
  }
  return unknown(`${key} is ${JSON.stringify(v)}`)
}

function evaluateModule(
  tf: TfDir,
  prefix: string,
  inputs: Record<string, Value> | null,
  calledFrom: { file: string; line: number } | undefined,
  loader: TfLoader,
  changed: ReadonlySet<string>,
  out: TfEvalOutput,
  stack: string[],
  /** A calling module block lies in a changed file: the values it passes are part of the change. */
  callChanged = false,
  /** Where each input was set (the outermost calling block's argument that decides it). */
  inputOrigins: Record<string, { file: string; line: number }> = {}
): void {
  out.modules.push({ dir: tf.dir, address: prefix.replace(/\.$/, ''), ...(calledFrom ? { called_from: calledFrom } : {}) })
  const variables = new Map<string, { block: TfBlock; file: string }>()
  const locals = new Map<string, Expr>()
  for (const f of tf.files) {
    for (const b of f.blocks) {
      if (b.type === 'variable' && b.labels[0]) variables.set(b.labels[0], { block: b, file: f.path })
      if (b.type === 'locals') for (const [k, a] of Object.entries(b.body.attrs)) locals.set(k, a.expr)
    }
  }
  const varCache = new Map<string, Value>()
  const localCache = new Map<string, Value>()
  const inProgress = new Set<string>()
  const scope: Scope = {
    prefix,
    dir: tf.dir,
    variable(name) {
      const cached = varCache.get(name)
      if (cached !== undefined) return cached
      let v: Value
      const decl = variables.get(name)
      if (inputs === null && tf.varFiles?.[name])
        v = unknown(`var.${name} is set in ${tf.varFiles[name]}, a -var-file chosen when Terraform runs: its value is not known statically`)
      else if (inputs === null && tf.tfvars[name]) v = evalExpr(tf.tfvars[name].expr, constScope(tf.dir))
      else if (inputs !== null && name in inputs) v = inputs[name]
      else if (!decl) v = unknown(`var.${name} is not declared`)
      else if (decl.block.body.attrs.default) v = evalExpr(decl.block.body.attrs.default.expr, constScope(tf.dir))
      else
        v = unknown(
          inputs === null
            ? `var.${name} has no default and no value in terraform.tfvars or *.auto.tfvars`
            : `var.${name} has no default and the module call passes no value`
        )
      // a sensitive or secret-named variable's string value is never carried into attributes
      const sensitive = decl?.block.body.attrs.sensitive?.expr
      if ((typeof v === 'string' || Array.isArray(v)) && ((sensitive?.k === 'lit' && sensitive.v === true) || looksSecret(name)))
        v = unknown(`var.${name} is secret: its value is never read`)
      varCache.set(name, v)
      return v
    },
    local(name) {
      const cached = localCache.get(name)
      if (cached !== undefined) return cached
      const e = locals.get(name)
      if (!e) return unknown(`local.${name} is not defined`)
      if (inProgress.has(name)) return unknown(`local.${name} refers to itself`)
      inProgress.add(name)
      const v = evalExpr(e, scope)
      inProgress.delete(name)
      localCache.set(name, v)
      return v
    }
  }

  // A resource or module call in a file the change did not touch is judged as changed when it reads what the change
  // touched (a default turned false in variables.tf turns encryption off in an unchanged main.tf): see changedInputs.
  const readsChanged = changedInputs(tf, changed, loader.removed, inputs === null)
  /** Providers of the resources judged as changed: their provider blocks' regions are part of the change too. */
  const changedProviders = new Set<string>()
  const regionsFrom = out.regions.length
  const providersSeen = new Set<string>()
  const resourceProviders = new Map<string, { file: string; line: number }>()
  for (const f of tf.files) {
    const fileChanged = callChanged || changed.has(f.path)
    for (const b of f.blocks) {
      const isChanged = fileChanged || ((b.type === 'resource' || b.type === 'module') && readsChanged(b.body))
      if (b.type === 'resource' && b.labels.length >= 2) {
        const [type, name] = b.labels
        const exp = expansion(b.body, scope, out)
        const instances = exp.kind === 'instances' ? exp.list : [undefined]
        for (const inst of instances) {
          const iscope = instanceScope(scope, exp, inst)
          const positions: Record<string, number> = {}
          const origins: Record<string, { file: string; line: number }> = {}
          const attributes = evalBody(b.body, iscope, '', positions, origins, inputOrigins)
          const provider = providerOf(type)
          if (!resourceProviders.has(provider)) resourceProviders.set(provider, { file: f.path, line: b.line })
          if (isChanged) changedProviders.add(provider)
          const res: IacResource = {
            address: `${prefix}${type}.${name}${inst?.key ?? ''}`,
            type,
            name,
            provider,
            module: prefix.replace(/\.$/, ''),
            file: f.path,
            line: b.line,
            end_line: b.end_line,
            attributes,
            positions,
            changed: isChanged,
            source: 'config',
            ...(Object.keys(origins).length > 0 ? { origins } : {}),
            ...(exp.kind === 'unknown' ? { instances_unknown: exp.reason } : {})
          }
          out.resources.push(res)
          // A zone names its region (Google's `zone = "europe-west1-b"`, AWS's `availability_zone = "eu-west-1a"`).
          for (const key of ['region', 'location', 'zone', 'availability_zone']) {
            if (!(key in attributes)) continue
            if (key === 'zone' && provider !== 'google') continue
            if (key === 'availability_zone' && provider !== 'aws') continue
            // A zone the gate cannot read (a data source's first zone) lies in the provider's region: that one decides.
            if ((key === 'zone' || key === 'availability_zone') && typeof attributes[key] !== 'string') continue
            // A configurable dual-region bucket keeps its data in its data_locations only: its location is just the code.
            if (
              key === 'location' &&
              type === 'google_storage_bucket' &&
              nestedValues(attributes, ['custom_placement_config', 'data_locations'], '').length > 0
            )
              continue
            const v = attributes[key]
            const fact: RegionFact = {
              subject: res.address,
              kind: 'resource',
              provider,
              value: regionValue(v, key),
              file: f.path,
              line: positions[key] ?? b.line,
              changed: isChanged
            }
            if (isRef(v)) pendingRefs.set(fact, v.$ref)
            out.regions.push(fact)
          }
          // Replicas, clusters and backups keep the data in their own regions: each is a place the change deploys to.
          for (const spec of NESTED_REGIONS[type] ?? []) {
            for (const { value, at } of nestedValues(attributes, spec.path, res.address)) {
              if (value === null || value === undefined) continue
              out.regions.push({
                subject: at,
                kind: 'resource',
                provider,
                value: typeof value === 'string' ? (spec.read ? spec.read(value) : value) : regionValue(value, spec.path[spec.path.length - 1]),
                file: f.path,
                line: positions[spec.path.join('.')] ?? positions[spec.path[0]] ?? b.line,
                changed: isChanged
              })
            }
          }
        }
      } else if (b.type === 'provider' && b.labels[0]) {
        const name = b.labels[0]
        providersSeen.add(name)
        const alias = b.body.attrs.alias ? evalExpr(b.body.attrs.alias.expr, scope) : undefined
        const subject = `${prefix}provider.${name}${typeof alias === 'string' ? `.${alias}` : ''}`
        // Google's provider may name only a default zone, which names its region.
        const regionAttr = b.body.attrs.region ?? (name === 'google' || name === 'google-beta' ? b.body.attrs.zone : undefined)
        if (regionAttr) {
          const v = evalExpr(regionAttr.expr, scope)
          out.regions.push({
            subject,
            kind: 'provider',
            provider: name,
            value: typeof v === 'string' ? v : isUnknown(v) ? v : unknown(`region is ${JSON.stringify(v)}`),
            file: f.path,
            line: regionAttr.line,
            changed: isChanged
          })
        } else if (name === 'aws' || name === 'google' || name === 'google-beta') {
          out.regions.push({
            subject,
            kind: 'provider',
            provider: name,
            value: unknown(`provider "${name}" sets no region: it comes from the environment at apply time`),
            file: f.path,
            line: b.line,
            changed: isChanged
          })
        }
      } else if (b.type === 'module' && b.labels[0]) {
        callModule(tf, f, b, scope, prefix, loader, changed, out, stack, isChanged, inputOrigins)
      }
    }
  }
  // A provider block set in a file the change did not touch still decides where the change's resources go.
  for (let i = regionsFrom; i < out.regions.length; i++) {
    const r = out.regions[i]
    const own = r.subject.startsWith(`${prefix}provider.`) && !r.subject.slice(prefix.length).includes('module.')
    if (r.kind === 'provider' && own && changedProviders.has(r.provider === 'google-beta' ? 'google' : r.provider)) r.changed = true
  }
  // A root module whose resources use aws/google without any provider block: the region is the environment's.
  if (prefix === '' && inputs === null) {
    for (const [provider, where] of resourceProviders) {
      if ((provider === 'aws' || provider === 'google') && !providersSeen.has(provider) && !(provider === 'google' && providersSeen.has('google-beta'))) {
        out.regions.push({
          subject: `provider.${provider}`,
          kind: 'provider',
          provider,
          value: unknown(`no provider "${provider}" block in ${tf.dir}: the region comes from the environment or a calling module`),
          file: where.file,
          line: where.line,
          changed: changed.has(where.file) || changedProviders.has(provider)
        })
      }
    }
  }
}

function constScope(dir: string): Scope {
  return {
    prefix: '',
    dir,
    variable: n => unknown(`var.${n} cannot be used in a variable default or tfvars`),
    local: n => unknown(`local.${n} cannot be used in a variable default or tfvars`)
  }
}

function callModule(
  tf: TfDir,
  f: TfFile,
  b: TfBlock,
  scope: Scope,
  prefix: string,
  loader: TfLoader,
  changed: ReadonlySet<string>,
  out: TfEvalOutput,
  stack: string[],
  isChanged: boolean,
  parentOrigins: Record<string, { file: string; line: number }>
): void {
  const name = b.labels[0]
  const address = `${prefix}module.${name}`
  const srcAttr = b.body.attrs.source
  const src = srcAttr ? evalExpr(srcAttr.expr, scope) : undefined
  const exp = expansion(b.body, scope, out)
  if (exp.kind === 'instances' && exp.list.length === 0) return
  /** A module call not evaluated: recorded with why (its resources are then not checked). */
  const notEvaluated = (source: string, reason: string) => out.remote_modules.push({ address, source, file: f.path, line: b.line, changed: isChanged, reason })
  if (typeof src !== 'string') {
    notEvaluated(String(src === undefined ? '(none)' : JSON.stringify(src)), 'module source is not a literal string')
    return
  }
  const childDir = localModuleDir(tf.dir, src)
  if (childDir === null) {
    notEvaluated(src, 'remote module source: not fetched or evaluated; its resources are not checked')
    return
  }
  if (stack.includes(childDir) || stack.length > MAX_MODULE_DEPTH) {
    notEvaluated(src, 'module call cycle or nesting too deep: not evaluated')
    return
  }
  const child = loader.load(childDir)
  if (!child) {
    notEvaluated(src, loader.missing?.(childDir) ?? `local module directory ${childDir} not found in ${loader.where ?? 'the checkout'} (or outside it)`)
    return
  }
  const instances = exp.kind === 'instances' ? exp.list : [undefined]
  for (const inst of instances) {
    const iscope = instanceScope(scope, exp, inst)
    const inputs: Record<string, Value> = {}
    const origins: Record<string, { file: string; line: number }> = {}
    for (const [k, a] of Object.entries(b.body.attrs)) {
      if (MODULE_META.has(k)) continue
      inputs[k] = evalExpr(a.expr, iscope)
      origins[k] = originOf(a.expr, parentOrigins) ?? { file: f.path, line: a.line }
    }
    evaluateModule(
      child,
      `${address}${inst?.key ?? ''}.`,
      inputs,
      { file: f.path, line: b.line },
      loader,
      changed,
      out,
      [...stack, childDir],
      isChanged,
      origins
    )
  }
}

/** `var.x` names an expression reads, in the order it reads them. */
function varsRead(e: Expr): string[] {
  const r = emptyReads()
  exprReads(e, r)
  return [...r.vars]
}

/** Where the value of an expression was set, when it comes from a module input. */
function originOf(e: Expr, inputOrigins: Record<string, { file: string; line: number }>): { file: string; line: number } | undefined {
  for (const v of varsRead(e)) if (inputOrigins[v]) return inputOrigins[v]
  return undefined
}

/** Attributes evaluated; nested blocks become arrays of objects; `dynamic` blocks use their content. */
function evalBody(
  body: TfBody,
  scope: Scope,
  at: string,
  positions: Record<string, number>,
  origins: Record<string, { file: string; line: number }> = {},
  inputOrigins: Record<string, { file: string; line: number }> = {}
): Record<string, Value> {
  const out: Record<string, Value> = {}
  for (const [k, a] of Object.entries(body.attrs)) {
    if (at === '' && META_ARGS.has(k)) continue
    const p = at ? `${at}.${k}` : k
    if (positions[p] === undefined) positions[p] = a.line
    out[k] = evalExpr(a.expr, scope)
    const o = originOf(a.expr, inputOrigins)
    if (o && origins[p] === undefined) origins[p] = o
  }
  for (const blk of body.blocks) {
    let type = blk.type
    let inner = blk.body
    if (at === '' && META_ARGS.has(type)) continue
    if (type === 'dynamic' && blk.labels[0]) {
      // `for_each = var.enabled ? [1] : []`: an empty collection makes no block at all
      const fe = blk.body.attrs.for_each ? evalExpr(blk.body.attrs.for_each.expr, scope) : undefined
      if ((Array.isArray(fe) && fe.length === 0) || (isPlainObject(fe) && Object.keys(fe).length === 0) || fe === null) continue
      type = blk.labels[0]
      inner = blk.body.blocks.find(c => c.type === 'content')?.body ?? { attrs: {}, blocks: [] }
    }
    const p = at ? `${at}.${type}` : type
    if (positions[p] === undefined) positions[p] = blk.line
    const list = (out[type] ??= [])
    if (Array.isArray(list)) list.push(evalBody(inner, scope, p, positions, origins, inputOrigins))
  }
  return out
}
