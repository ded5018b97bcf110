/**
 * Read the repository at the head commit and build IacFacts for the changed files: every Terraform module
 * directory holding a changed file is evaluated whole (local module calls followed), CloudFormation and ARM
 * templates are parsed, a plan JSON (when given) refines Terraform values. Files come through a FileSource
 * (a checkout, or the GitHub contents API: see ./source.ts); a checkout is read only inside it, never
 * following symlinks out of it. Nothing read is executed.
 */
import path from 'node:path'
import type { Parser } from 'web-tree-sitter'
import { canonicalArmType, IAC_CHECKS } from './checks/index.js'
import {
  isPlainObject,
  isUnknown,
  looksSecret,
  type IacFacts,
  type IacFileFact,
  type IacFormat,
  type IacResource,
  type SkipComment,
  type Value
} from '../model/facts/iac.js'
import { looksLikeArm, parseArm } from './parse/arm.js'
import { looksLikeCloudFormation, parseCloudFormation } from './parse/cloudformation.js'
import type { TfFile } from './parse/hcl-ast.js'
import { hclParser } from './parse/hcl-wasm.js'
import { JsonSyntaxError } from './parse/json-lines.js'
import { configAddress, parsePlan } from './parse/plan.js'
import { IacParseError, parseHclWith, parseTerraformJsonWith, parseTfvarsJsonWith, parseTfvarsWith } from './parse/terraform.js'
import { evaluateTerraformRoot, localCalls, type TfDir, type TfLoader, type TfVarValue } from './terraform/module.js'
import { CheckoutSource, type FileSource } from './source.js'
import { redactDeep } from './redact.js'
import { azapiAsArm, unevaluatedFact, unevaluatedReason } from './unevaluated.js'

export const DEFAULT_MAX_FILE_SIZE = 2 * 1024 * 1024

export interface ScanOptions {
  /** Terraform plan JSON, relative to the checkout (or absolute inside it). */
  planFile?: string
  /** Larger files are skipped (recorded with the reason). */
  maxFileSize?: number
  /** Repository full name (`owner/repo`), part of the fingerprints of redacted values. */
  repoFullName?: string
  /** Files the change removed: a Terraform file among them changes what its module's other files evaluate to. */
  removedPaths?: readonly string[]
}

type Kind = 'tf' | 'tfjson' | 'tfvars' | 'tfvarsjson' | 'template' | null

/** The kinds of Terraform files: configuration and variable values. */
const TERRAFORM_KINDS: ReadonlySet<string> = new Set(['tf', 'tfjson', 'tfvars', 'tfvarsjson'])
/** The kinds of Terraform variable-values files. */
const TFVARS_KINDS: ReadonlySet<string> = new Set(['tfvars', 'tfvarsjson'])

/**
 * YAML/JSON files that are tool manifests, lock files or CI/editor settings, never a CloudFormation or ARM
 * template: not candidates, so a change touching only them reads nothing (no API call without a checkout).
 */
const NOT_TEMPLATE_NAMES = new Set([
  'package.json',
  'package-lock.json',
  'npm-shrinkwrap.json',
  'composer.json',
  'jsconfig.json',
  'deno.json',
  'lerna.json',
  'nx.json',
  'turbo.json',
  'renovate.json',
  '.renovaterc.json',
  'pnpm-lock.yaml',
  'pnpm-workspace.yaml',
  '.pre-commit-config.yaml',
  '.pre-commit-hooks.yaml',
  '.gitlab-ci.yml',
  '.travis.yml',
  'appveyor.yml',
  'bitbucket-pipelines.yml',
  'codecov.yml',
  '.codecov.yml',
  'mkdocs.yml',
  '.readthedocs.yaml',
  '.readthedocs.yml',
  '.golangci.yml',
  '.golangci.yaml',
  'pubspec.yaml',
  'pubspec.lock',
  '.markdownlint.json',
  '.yamllint.yml',
  '.yamllint.yaml',
  'dependabot.yml'
])
const NOT_TEMPLATE_NAME_RE =
  /^(tsconfig(\..*)?\.json|\.eslintrc(\..*)?|\.prettierrc(\..*)?|\.stylelintrc(\..*)?|\.babelrc(\..*)?|(docker-)?compose(\..*)?\.ya?ml)$/i
const NOT_TEMPLATE_DIR_RE = /(^|\/)(\.github|\.vscode|\.devcontainer|\.idea|node_modules|\.compliance-gate)\//

export function iacKind(p: string): Kind {
  const base = path.posix.basename(p)
  if (base.endsWith('.tf')) return 'tf'
  if (base.endsWith('.tf.json')) return 'tfjson'
  if (base.endsWith('.tfvars')) return 'tfvars'
  if (base.endsWith('.tfvars.json')) return 'tfvarsjson'
  if (/\.(ya?ml|json|template)$/i.test(base)) {
    if (NOT_TEMPLATE_NAMES.has(base) || NOT_TEMPLATE_NAME_RE.test(base) || NOT_TEMPLATE_DIR_RE.test(p)) return null
    return 'template'
  }
  return null
}

const SKIP_RE = /(?:#|\/\/|\/\*)\s*compliance-gate:skip=([A-Za-z0-9_.:-]+)[ \t]*(.*?)\s*(?:\*\/)?\s*$/

export function findSkipComments(file: string, text: string): SkipComment[] {
  if (!text.includes('compliance-gate:skip=')) return []
  const out: SkipComment[] = []
  text.split('\n').forEach((line, i) => {
    const m = SKIP_RE.exec(line)
    if (m) out.push({ file, line: i + 1, check: m[1], reason: m[2] ?? '' })
  })
  return out
}

/** Attributes every check reads from a type (its own and as a related resource). */
function keptAttributes(): { own: Map<string, Set<string>>; related: Map<string, Set<string>>; json: Map<string, Set<string>> } {
  const own = new Map<string, Set<string>>()
  const related = new Map<string, Set<string>>()
  const json = new Map<string, Set<string>>()
  const add = (m: Map<string, Set<string>>, t: string, attrs: string[]) => {
    const s = m.get(t) ?? new Set<string>()
    for (const a of attrs) s.add(a)
    m.set(t, s)
  }
  for (const c of IAC_CHECKS) {
    for (const t of c.resourceTypes) add(own, t, [...c.attributes, 'region', 'location'])
    for (const t of c.resourceTypes) if (c.jsonAttributes) add(json, t, c.jsonAttributes)
    if (c.related) for (const t of c.related.types) add(related, t, c.related.attributes)
  }
  return { own, related, json }
}

const KEPT = keptAttributes()

function scrub(v: Value, depth = 0): Value {
  if (depth > 12) return { $unknown: 'nested too deeply to record' }
  if (Array.isArray(v)) return v.slice(0, 50).map(x => scrub(x, depth + 1))
  if (isPlainObject(v)) {
    const out: Record<string, Value> = {}
    // secret-named values are kept for redactDeep (preview + fingerprint) at the end of the scan
    // defineProperty, not assignment: a key named "__proto__" (possible in a JSON document) stays an own key
    // instead of becoming the object's prototype, whose keys lookups would then find
    for (const [k, x] of Object.entries(v)) {
      const value = secretValue(k, x) ? x : scrub(x, depth + 1)
      if (k === '__proto__') Object.defineProperty(out, k, { value, enumerable: true, writable: true, configurable: true })
      else out[k] = value
    }
    return out
  }
  if (typeof v === 'string' && v.length > 300) return `${v.slice(0, 300)}…`
  return v
}

/** A secret-looking name holding anything but a boolean/number holding a string: a flag or block like `connection_password_encryption { … }` is kept, scrubbed inside. */
function secretValue(name: string, v: Value): boolean {
  if (!looksSecret(name)) return false
  if (typeof v === 'string') return true
  if (Array.isArray(v)) return v.some(x => typeof x === 'string')
  return false
}

/**
 * A JSON document held in a string attribute (an EMR security configuration) as the object it encodes, so
 * checks read its structure and only its scrubbed pieces are recorded (a long string is cut at 300
 * characters). A string that is not a JSON object stays as it is, and the check reports it not verified.
 */
function parseJsonDocument(v: Value): Value {
  if (typeof v !== 'string') return v
  try {
    const parsed: unknown = JSON.parse(v)
    return isPlainObject(parsed) ? parsed : v
  } catch {
    return v
  }
}

/** Keep only the attributes checks read, without secret-looking ones; positions for those. */
export function slimResource(r: IacResource): IacResource | null {
  const keep = new Set<string>([...(r.changed ? (KEPT.own.get(r.type) ?? []) : []), ...(KEPT.related.get(r.type) ?? [])])
  if (keep.size === 0) return null
  const attributes: Record<string, Value> = {}
  const json = KEPT.json.get(r.type)
  for (const k of keep) {
    if (!(k in r.attributes)) continue
    const v = json?.has(k) ? parseJsonDocument(r.attributes[k]) : r.attributes[k]
    attributes[k] = secretValue(k, v) ? v : scrub(v)
  }
  const positions: Record<string, number> = {}
  for (const [p, l] of Object.entries(r.positions)) {
    const top = p.split('.')[0]
    if (top in attributes) positions[p] = l
  }
  return { ...r, attributes, positions }
}

/** Names of the files Terraform reads in a module directory: *.tf, *.tf.json, terraform.tfvars[.json], *.auto.tfvars[.json]. */
export function terraformDirFiles(names: readonly string[]): { config: string[]; vars: string[] } {
  const sorted = [...names].sort()
  return {
    config: sorted.filter(n => iacKind(n) === 'tf' || iacKind(n) === 'tfjson'),
    vars: [...sorted.filter(n => n === 'terraform.tfvars' || n === 'terraform.tfvars.json'), ...sorted.filter(n => /\.auto\.tfvars(\.json)?$/.test(n))]
  }
}

/**
 * Scan the changed files of a checkout (a directory) or of another FileSource.
 */
export async function scanIac(from: string | FileSource, changedPaths: readonly string[], options: ScanOptions = {}): Promise<IacFacts> {
  // The HCL parser (a wasm module) is loaded only when a Terraform file changed: the loader below reads
  // module directories of changed Terraform files only, and most changes touch none.
  const tfChanged = [...changedPaths, ...(options.removedPaths ?? [])].some(p => TERRAFORM_KINDS.has(iacKind(p) ?? ''))
  const parser: Parser | null = tfChanged ? await hclParser() : null
  const maxSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE
  const source: FileSource = typeof from === 'string' ? new CheckoutSource(from) : from
  const facts: IacFacts = { files: [], modules: [], remote_modules: [], resources: [], regions: [], skips: [], limits: { max_file_size: maxSize } }
  const changed = new Set(changedPaths.map(p => p.split(path.sep).join('/')))
  const fileFacts = new Map<string, IacFileFact>()
  const record = (f: IacFileFact) => {
    if (!fileFacts.has(f.path)) fileFacts.set(f.path, f)
  }

  /** Read a file: text, or a skip reason recorded. */
  const read = (rel: string, format: IacFormat): string | null => {
    const isChanged = changed.has(rel)
    const r = source.readFile(rel, maxSize)
    if (r === null) return null
    if (!r.ok) {
      record({ path: rel, format, status: 'skipped', changed: isChanged, reason: r.reason, ...(r.remedy ? { remedy: r.remedy } : {}) })
      return null
    }
    if (r.data.subarray(0, 8192).includes(0)) {
      record({ path: rel, format, status: 'skipped', changed: isChanged, reason: 'binary file' })
      return null
    }
    return r.data.toString('utf8')
  }

  const allTfResources: IacResource[] = []
  const skipsByFile = new Map<string, SkipComment[]>()
  const texts = new Map<string, string>()

  // ---- Terraform
  const dirCache = new Map<string, TfDir | null>()
  /** Directories that could not be listed, with the reason (a changed file there is then not evaluated). */
  const unlisted = new Map<string, string>()
  const loader: TfLoader = {
    where: source.where,
    missing: dir => unlisted.get(dir),
    load(dir) {
      if (dirCache.has(dir)) return dirCache.get(dir) ?? null
      if (!parser) return null
      const listing = source.listDir(dir)
      let result: TfDir | null = null
      if (listing && !listing.ok) {
        unlisted.set(dir, listing.reason)
        for (const p of changed) {
          const k = iacKind(p)
          if (path.posix.dirname(p) === dir && k !== null && k !== 'template') {
            record({
              path: p,
              format: k === 'tf' ? 'terraform' : k === 'tfjson' ? 'terraform-json' : k === 'tfvars' ? 'tfvars' : 'tfvars-json',
              status: 'skipped',
              changed: true,
              reason: listing.reason,
              ...(listing.remedy ? { remedy: listing.remedy } : {})
            })
          }
        }
      } else if (listing) {
        const { config, vars } = terraformDirFiles(listing.names)
        const files: TfFile[] = []
        const tfvars: Record<string, TfVarValue> = {}
        const rel = (n: string) => (dir === '.' ? n : `${dir}/${n}`)
        for (const n of config) {
          const p = rel(n)
          const format: IacFormat = iacKind(n) === 'tf' ? 'terraform' : 'terraform-json'
          const text = read(p, format)
          if (text === null) continue
          texts.set(p, text)
          try {
            files.push(format === 'terraform' ? parseHclWith(parser, p, text) : parseTerraformJsonWith(parser, p, text))
            record({ path: p, format, status: 'parsed', changed: changed.has(p) })
          } catch (e) {
            record({ path: p, format, status: 'error', changed: changed.has(p), error: errorAt(e) })
          }
        }
        /** A variable-values file's values, parsed (recorded as parsed or as an error; null when unread or broken). */
        const readVars = (n: string): Record<string, Omit<TfVarValue, 'file'>> | null => {
          const p = rel(n)
          const json = n.endsWith('.json')
          const format: IacFormat = json ? 'tfvars-json' : 'tfvars'
          const text = read(p, format)
          if (text === null) return null
          try {
            const vals = json ? parseTfvarsJsonWith(parser, p, text) : parseTfvarsWith(parser, p, text)
            record({ path: p, format, status: 'parsed', changed: changed.has(p) })
            return vals
          } catch (e) {
            record({ path: p, format, status: 'error', changed: changed.has(p), error: errorAt(e) })
            return null
          }
        }
        for (const n of vars) for (const [k, v] of Object.entries(readVars(n) ?? {})) tfvars[k] = { ...v, file: rel(n) }
        // A changed -var-file (`prod.tfvars`): which one a run uses is chosen when Terraform runs, so the variables it
        // sets are unknown here (evaluateModule), never their defaults.
        const varFiles: Record<string, string> = {}
        for (const n of listing.names) {
          if (vars.includes(n) || !TFVARS_KINDS.has(iacKind(n) ?? '') || !changed.has(rel(n))) continue
          for (const k of Object.keys(readVars(n) ?? {})) varFiles[k] = rel(n)
        }
        if (files.length > 0 || Object.keys(tfvars).length > 0) result = { dir, files, tfvars, ...(Object.keys(varFiles).length > 0 ? { varFiles } : {}) }
      }
      dirCache.set(dir, result)
      return result
    }
  }

  const tfDirs = new Set<string>()
  const templates: string[] = []
  // A removed Terraform file's module is evaluated again, everything in it judged as changed (see evaluateModule).
  const removedTf = (options.removedPaths ?? []).map(p => p.split(path.sep).join('/')).filter(p => TERRAFORM_KINDS.has(iacKind(p) ?? ''))
  for (const p of removedTf) tfDirs.add(path.posix.dirname(p))
  if (removedTf.length > 0) loader.removed = new Set(removedTf)
  for (const p of changed) {
    const k = iacKind(p)
    if (TERRAFORM_KINDS.has(k ?? '')) tfDirs.add(path.posix.dirname(p))
    else if (k === 'template') templates.push(p)
  }
  // A changed module is judged where it is used: an ancestor directory that calls it (the root calling ./modules/x) is
  // evaluated too, so the module runs with its caller's values, and a resource there reading its outputs is judged.
  // (From a local source only: through the API each directory looked at would be a call.)
  for (const d of source.local === true ? [...tfDirs] : []) {
    for (let a = path.posix.dirname(d); ; a = path.posix.dirname(a)) {
      const tf = tfDirs.has(a) ? null : loader.load(a)
      if (tf && localCalls(tf).some(c => c.dir === d)) tfDirs.add(a)
      if (a === '.' || a === '/' || a === '') break
    }
  }
  // A changed directory called as a local module from another changed directory is evaluated through that call.
  const calledFrom = new Set<string>()
  for (const d of tfDirs) {
    const tf = loader.load(d)
    for (const { dir: child } of tf ? localCalls(tf) : []) if (child !== d && tfDirs.has(child)) calledFrom.add(child)
  }
  for (const d of [...tfDirs].sort()) {
    if (calledFrom.has(d)) continue
    const out = evaluateTerraformRoot(d, loader, changed)
    allTfResources.push(...out.resources)
    facts.modules.push(...out.modules)
    facts.remote_modules.push(...out.remote_modules.filter(m => m.changed))
    facts.regions.push(...out.regions.filter(r => r.changed))
  }

  // ---- plan JSON
  if (options.planFile) {
    const rel = source.relative(options.planFile)
    const text = read(rel, 'plan')
    if (text === null) facts.plan = { path: rel, status: 'missing', message: `plan file not found in ${source.where}, too large, or outside it` }
    else {
      try {
        const planned = parsePlan(text)
        const byConfig = new Map<string, Record<string, Value>>()
        for (const p of planned) if (!byConfig.has(configAddress(p.address))) byConfig.set(configAddress(p.address), p.values)
        let used = 0
        for (const r of allTfResources) {
          const values = byConfig.get(r.address)
          if (!values) continue
          used++
          r.attributes = mergePlan(r.attributes, values) as Record<string, Value>
          r.source = 'plan'
        }
        facts.plan = { path: rel, status: 'used', resources: used }
      } catch (e) {
        facts.plan = { path: rel, status: 'error', message: parseMessage((e as Error).message) }
      }
    }
  }

  // ---- CloudFormation / ARM templates (changed files only: templates are self-contained)
  const templateResources: IacResource[] = []
  for (const p of templates.sort()) {
    const text = read(p, 'cloudformation')
    if (text === null) continue
    const isArm = looksLikeArm(text)
    const isCfn = !isArm && looksLikeCloudFormation(text)
    if (!isArm && !isCfn) continue
    texts.set(p, text)
    const format: IacFormat = isArm ? 'arm' : 'cloudformation'
    try {
      const parsed = isArm ? parseArm(p, text, true) : parseCloudFormation(p, text, true)
      if (!parsed) continue
      record({ path: p, format, status: 'parsed', changed: true })
      templateResources.push(...parsed.resources)
      facts.regions.push(...parsed.regions)
    } catch (e) {
      record({ path: p, format, status: 'error', changed: true, error: errorAt(e) })
    }
  }

  // ---- skip comments (changed files), attached to the resource they sit in or directly above
  const all = [...allTfResources, ...templateResources]
  // A file the change did not touch whose resources are judged again (it reads a changed variable) keeps its skips.
  const judgedFiles = new Set([...changed, ...all.filter(r => r.changed).map(r => r.file)])
  for (const [file, text] of texts) {
    if (!judgedFiles.has(file)) continue
    const found = findSkipComments(file, text)
    if (found.length > 0) skipsByFile.set(file, found)
  }
  for (const [file, skips] of skipsByFile) {
    const inFile = all.filter(r => r.file === file)
    for (const s of skips) {
      const inside = inFile.filter(r => r.line <= s.line && s.line <= r.end_line).sort((a, b) => b.line - a.line)[0]
      const below = inFile.filter(r => r.line > s.line && r.line - s.line <= 3).sort((a, b) => a.line - b.line)[0]
      const target = inside ?? below
      facts.skips.push(target ? { ...s, address: target.address } : s)
    }
  }

  for (const r0 of all) {
    const r1 = azapiAsArm(r0) ?? r0
    const r = r1.provider === 'arm' && r1.type !== canonicalArmType(r1.type) ? { ...r1, type: canonicalArmType(r1.type) } : r1
    const why = r1 === r0 ? unevaluatedReason(r) : null
    if (why) (facts.unevaluated ??= []).push(unevaluatedFact(r, why))
    const slim = slimResource(r)
    if (slim) facts.resources.push(slim)
  }
  facts.files = [...fileFacts.values()].sort((a, b) => a.path.localeCompare(b.path))
  // every string kept from the repository passes the secrets detector; secret-named values become a preview + fingerprint
  return redactDeep(facts, options.repoFullName ?? '')
}

function errorAt(e: unknown): { line: number; column?: number; message: string } {
  if (e instanceof IacParseError || e instanceof JsonSyntaxError)
    return { line: e.line, ...(e.column ? { column: e.column } : {}), message: parseMessage(e.message) }
  return { line: 1, message: parseMessage(e instanceof Error ? e.message : String(e)) }
}

/**
 * A parser's message without the source it quotes (a value there may be a secret no rule recognises, and the message
 * goes to annotations, the summary and the evidence): its first line only (a YAML code frame follows it), each quoted
 * excerpt cut to the word it starts with (`unexpected "password …"`), control characters escaped.
 */
export function parseMessage(message: string): string {
  return message
    .split(/\r?\n/, 1)[0]
    .replace(/"((?:[^"\\]|\\.)*)"/g, (_, inner: string) => {
      const word = /^[A-Za-z_][A-Za-z0-9_.-]{0,39}/.exec(inner)?.[0]
      if (word === undefined) return '"…"'
      return word.length === inner.length ? `"${word}"` : `"${word} …"`
    })
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/** Plan values win where known; where the plan says "known after apply", the config's value (often a reference) stays. */
function mergePlan(config: Value | undefined, plan: Value): Value {
  if (isUnknown(plan)) return config ?? plan
  if (plan === null) return config !== undefined && typeof config === 'object' && config !== null ? config : null
  if (Array.isArray(plan)) {
    const c = Array.isArray(config) ? config : []
    return plan.map((p, i) => mergePlan(c[i], p))
  }
  if (isPlainObject(plan)) {
    const c = isPlainObject(config) ? config : {}
    const out: Record<string, Value> = { ...c }
    for (const [k, v] of Object.entries(plan)) {
      const m = mergePlan(c[k], v)
      if (m === null && !(k in c)) continue
      out[k] = m
    }
    return out
  }
  return plan
}
