/**
 * Terraform parsing: `.tf` (HCL via web-tree-sitter, every block and attribute with its line), `.tf.json`,
 * `terraform.tfvars` / `*.auto.tfvars` (HCL) and `*.tfvars.json`. Produces TfFile (blocks with expression
 * trees); nothing is evaluated here.
 */
import type { Node, Parser } from 'web-tree-sitter'
import type { Expr, TfBlock, TfBody, TfComment, TfFile } from './hcl-ast.js'
import { hclParser } from './hcl-wasm.js'
import { parseJsonWithLines, type JsonLines } from './json-lines.js'

export class IacParseError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column?: number
  ) {
    super(message)
    this.name = 'IacParseError'
  }
}

/** Parse HCL text; throws IacParseError naming the first syntax error's line and column. */
export async function parseHcl(path: string, text: string): Promise<TfFile> {
  return parseHclWith(await hclParser(), path, text)
}

/** Per-file HCL parse budget (issue 19): a file the parser cannot finish in this time is not read. */
export const HCL_PARSE_BUDGET_MS = 3_000

export function parseHclWith(parser: Parser, path: string, text: string, budgetMs = HCL_PARSE_BUDGET_MS): TfFile {
  const started = Date.now()
  // tree-sitter cancels the parse when the progress callback returns true
  const progressCallback = (() => Date.now() - started > budgetMs) as unknown as (state: unknown) => void
  const tree = parser.parse(text, null, { progressCallback })
  if (!tree)
    throw new IacParseError(
      Date.now() - started > budgetMs
        ? `parsing took longer than the per-file parse budget of ${budgetMs / 1000} s: not read`
        : 'the HCL parser returned no tree',
      1
    )
  try {
    const root = tree.rootNode
    if (root.hasError) {
      const bad = firstError(root)
      const at = bad ?? root
      const what = bad?.isMissing ? `missing ${bad.type}` : `unexpected ${JSON.stringify(clip(at.text))}`
      throw new IacParseError(`syntax error: ${what}`, at.startPosition.row + 1, at.startPosition.column + 1)
    }
    const comments: TfComment[] = []
    const blocks: TfBlock[] = []
    for (const child of root.children) {
      if (child.type === 'body') {
        const body = convertBody(child, comments)
        blocks.push(...body.blocks)
        // top-level attributes only occur in tfvars: keep them as a pseudo block
        if (Object.keys(body.attrs).length > 0) blocks.push({ type: '$attributes', labels: [], line: 1, end_line: 1, body })
      } else if (child.type === 'comment') {
        comments.push({ line: child.startPosition.row + 1, text: child.text })
      }
    }
    return { path, blocks, comments }
  } finally {
    tree.delete()
  }
}

function clip(s: string): string {
  const first = s.split('\n')[0]
  return first.length > 40 ? `${first.slice(0, 40)}…` : first
}

function firstError(node: Node): Node | null {
  if (node.isError || node.isMissing) return node
  if (!node.hasError) return null
  for (const c of node.children) {
    const e = firstError(c)
    if (e) return e
  }
  return null
}

function convertBody(node: Node, comments: TfComment[]): TfBody {
  const body: TfBody = { attrs: {}, blocks: [] }
  for (const c of node.children) {
    if (c.type === 'attribute') {
      const id = c.child(0)
      const expr = c.namedChildren.find(n => n.type === 'expression')
      if (!id || !expr) continue
      body.attrs[id.text] = { expr: convertExpr(expr), line: c.startPosition.row + 1 }
      collectComments(c, comments)
    } else if (c.type === 'block') {
      body.blocks.push(convertBlock(c, comments))
    } else if (c.type === 'comment') {
      comments.push({ line: c.startPosition.row + 1, text: c.text })
    }
  }
  return body
}

function collectComments(node: Node, comments: TfComment[]): void {
  if (!node.hasError && node.descendantCount < 3) return
  for (const c of node.descendantsOfType('comment')) comments.push({ line: c.startPosition.row + 1, text: c.text })
}

function convertBlock(node: Node, comments: TfComment[]): TfBlock {
  let type = ''
  const labels: string[] = []
  let body: TfBody = { attrs: {}, blocks: [] }
  for (const c of node.children) {
    if (c.type === 'identifier') {
      if (!type) type = c.text
      else labels.push(c.text)
    } else if (c.type === 'string_lit') labels.push(stringLit(c))
    else if (c.type === 'body') body = convertBody(c, comments)
    else if (c.type === 'comment') comments.push({ line: c.startPosition.row + 1, text: c.text })
  }
  return { type, labels, line: node.startPosition.row + 1, end_line: node.endPosition.row + 1, body }
}

function stringLit(node: Node): string {
  let s = ''
  for (const c of node.children) if (c.type === 'template_literal') s += unescape(c.text)
  return s
}

function unescape(s: string): string {
  if (!s.includes('\\') && !s.includes('$${') && !s.includes('%%{')) return s
  return s
    .replace(/\\(["\\nrt]|u[0-9a-fA-F]{4})/g, (_m, e: string) => {
      switch (e[0]) {
        case 'n':
          return '\n'
        case 'r':
          return '\r'
        case 't':
          return '\t'
        case 'u':
          return String.fromCharCode(parseInt(e.slice(1), 16))
        default:
          return e
      }
    })
    .replace(/\$\$\{/g, '${')
    .replace(/%%\{/g, '%{')
}

/** Convert an `expression` (or any expression-like) node. */
export function convertExpr(node: Node): Expr {
  switch (node.type) {
    case 'expression': {
      const kids = node.namedChildren
      if (kids.length === 0) return { k: 'unsupported', what: 'empty expression' }
      // parenthesized: ( expression )
      if (node.child(0)?.type === '(' && kids.length === 1) return convertExpr(kids[0])
      const head = kids[0]
      if (kids.length === 1) return convertExpr(head)
      // traversal: head followed by get_attr / index / splat
      return traversal(head, kids.slice(1))
    }
    case 'literal_value':
      return convertExpr(node.namedChildren[0] ?? node)
    case 'numeric_lit':
      return { k: 'lit', v: Number(node.text) }
    case 'bool_lit':
      return { k: 'lit', v: node.text === 'true' }
    case 'null_lit':
      return { k: 'lit', v: null }
    case 'string_lit':
      return { k: 'lit', v: stringLit(node) }
    case 'template_expr':
      return convertExpr(node.namedChildren[0])
    case 'quoted_template':
      return template(node)
    case 'heredoc_template':
      return heredoc(node)
    case 'variable_expr':
      return { k: 'ref', path: [node.text] }
    case 'collection_value':
      return convertExpr(node.namedChildren[0])
    case 'tuple':
      return { k: 'tuple', items: node.namedChildren.filter(n => n.type === 'expression').map(convertExpr) }
    case 'object': {
      const entries: { key: string | Expr; value: Expr }[] = []
      for (const e of node.namedChildren) {
        if (e.type !== 'object_elem') continue
        const k = e.childForFieldName('key')
        const v = e.childForFieldName('val')
        if (!k || !v) continue
        entries.push({ key: objectKey(k), value: convertExpr(v) })
      }
      return { k: 'object', entries }
    }
    case 'conditional': {
      const [c, t, f] = node.namedChildren.filter(n => n.type === 'expression')
      if (!c || !t || !f) return { k: 'unsupported', what: 'conditional' }
      return { k: 'cond', c: convertExpr(c), t: convertExpr(t), f: convertExpr(f) }
    }
    case 'function_call': {
      const name = node.namedChildren.find(n => n.type === 'identifier')?.text ?? '?'
      const argsNode = node.namedChildren.find(n => n.type === 'function_arguments')
      const args = argsNode ? argsNode.namedChildren.filter(n => n.type === 'expression').map(convertExpr) : []
      if (argsNode?.namedChildren.some(n => n.type === 'ellipsis')) return { k: 'unsupported', what: `${name}(...) with expanded arguments` }
      return { k: 'call', name, args }
    }
    case 'operation':
      return convertExpr(node.namedChildren[0])
    case 'unary_operation': {
      const op = node.child(0)?.text ?? '?'
      const operand = operandOf(node.namedChildren)
      return { k: 'op', op: op === '-' ? 'neg' : op, args: [operand] }
    }
    case 'binary_operation': {
      // operands are not wrapped: `var.a == "x"` gives variable_expr, get_attr, literal_value around the operator
      const kids = node.children
      const opIndex = kids.findIndex(n => !n.isNamed && n.type !== 'comment')
      if (opIndex < 0) return { k: 'unsupported', what: 'operation' }
      const left = kids.slice(0, opIndex).filter(n => n.isNamed && n.type !== 'comment')
      const right = kids.slice(opIndex + 1).filter(n => n.isNamed && n.type !== 'comment')
      if (left.length === 0 || right.length === 0) return { k: 'unsupported', what: 'operation' }
      return { k: 'op', op: kids[opIndex].text, args: [operandOf(left), operandOf(right)] }
    }
    case 'for_expr':
      return { k: 'unsupported', what: 'a for expression' }
    default:
      return { k: 'unsupported', what: node.type }
  }
}

function operandOf(nodes: Node[]): Expr {
  if (nodes.length === 0) return { k: 'unsupported', what: 'empty operand' }
  if (nodes.length === 1) return convertExpr(nodes[0])
  return traversal(nodes[0], nodes.slice(1))
}

function objectKey(k: Node): string | Expr {
  // `a = 1` parses the key as an expression holding a bare variable_expr: a literal key
  const inner = k.type === 'expression' && k.namedChildCount === 1 ? k.namedChildren[0] : null
  if (inner?.type === 'variable_expr') return inner.text
  const e = convertExpr(k)
  if (e.k === 'lit' && typeof e.v === 'string') return e.v
  return e
}

function traversal(head: Node, rest: Node[]): Expr {
  const base = convertExpr(head)
  const steps: (string | number | Expr)[] = []
  for (const r of rest) {
    if (r.type === 'get_attr') steps.push(r.namedChildren[0]?.text ?? '?')
    else if (r.type === 'index') {
      const inner = r.namedChildren[0]
      if (inner?.type === 'legacy_index') steps.push(Number(inner.text.replace(/^\./, '')))
      else {
        const ix = inner?.namedChildren[0] ? convertExpr(inner.namedChildren[0]) : null
        if (ix && ix.k === 'lit' && (typeof ix.v === 'number' || typeof ix.v === 'string')) steps.push(ix.v)
        else steps.push(ix ?? '*')
      }
    } else if (r.type === 'splat') steps.push('*')
  }
  // a plain reference with literal steps stays a reference (its text names a resource attribute)
  if (base.k === 'ref' && steps.every(s => typeof s !== 'object')) return { k: 'ref', path: [...base.path, ...steps] }
  if (base.k === 'ref') {
    const i = steps.findIndex(s => typeof s === 'object')
    const head = { k: 'ref' as const, path: [...base.path, ...(steps.slice(0, i) as (string | number)[])] }
    return { k: 'get', target: head, steps: steps.slice(i) }
  }
  return { k: 'get', target: base, steps }
}

function template(node: Node): Expr {
  const parts: Expr[] = []
  for (const c of node.children) {
    if (c.type === 'template_literal') parts.push({ k: 'lit', v: unescape(c.text) })
    else if (c.type === 'template_interpolation') {
      const e = c.namedChildren.find(n => n.type === 'expression')
      parts.push(e ? convertExpr(e) : { k: 'unsupported', what: 'empty interpolation' })
    } else if (c.type === 'template_directive') parts.push({ k: 'unsupported', what: 'a template directive (%{ if/for })' })
  }
  return templateOf(parts)
}

function templateOf(parts: Expr[]): Expr {
  if (parts.length === 0) return { k: 'lit', v: '' }
  if (parts.length === 1 && parts[0].k === 'lit') return parts[0]
  // a template that is exactly one interpolation keeps the value's type ("${var.enabled}" stays a bool)
  if (parts.length === 1) return parts[0]
  return { k: 'tmpl', parts }
}

/**
 * A heredoc (`<<EOT` … `EOT`, or the indented form `<<-EOT`). The grammar drops the whitespace and newlines
 * between template literals, so the text is read from the source between the markers. Heredocs take no
 * backslash escapes, only `$${` and `%%{`. In the `<<-` form the smallest leading whitespace of the lines
 * (blank lines not counted) is removed from every line (HCL's native syntax spec, "Template Expressions").
 */
function heredoc(node: Node): Expr {
  const text = node.text
  const markers = node.children.filter(c => c.type === 'heredoc_identifier')
  const flush = node.children.some(c => c.type === 'heredoc_start' && c.text.includes('-'))
  const open = markers[0]
  if (!open) return { k: 'unsupported', what: 'a heredoc without a marker' }
  const bodyStart = text.indexOf('\n', text.indexOf(open.text) + open.text.length) + 1
  const closeAt = markers.length > 1 ? text.lastIndexOf(markers[markers.length - 1].text) : text.length
  const bodyEnd = Math.max(bodyStart, text.lastIndexOf('\n', closeAt - 1) + 1)
  // Alternating pieces: raw literal text (string) and interpolations / directives (Expr).
  const pieces: (string | Expr)[] = []
  let cursor = bodyStart
  for (const c of node.children) {
    if (c.type !== 'template_interpolation' && c.type !== 'template_directive') continue
    const at = text.indexOf(c.text, cursor)
    if (at < 0 || at >= bodyEnd) continue
    if (at > cursor) pieces.push(text.slice(cursor, at))
    if (c.type === 'template_interpolation') {
      const e = c.namedChildren.find(n => n.type === 'expression')
      pieces.push(e ? convertExpr(e) : { k: 'unsupported', what: 'empty interpolation' })
    } else pieces.push({ k: 'unsupported', what: 'a template directive (%{ if/for })' })
    cursor = at + c.text.length
  }
  if (bodyEnd > cursor) pieces.push(text.slice(cursor, bodyEnd))
  if (flush) dedent(pieces)
  return templateOf(pieces.map(p => (typeof p === 'string' ? { k: 'lit', v: p.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{') } : p)))
}

/** Remove the smallest leading whitespace of all lines from each line's start (in place). */
function dedent(pieces: (string | Expr)[]): void {
  // A line starts at the beginning of the body and after each newline inside a literal piece.
  const starts: { piece: number; offset: number }[] = []
  pieces.forEach((p, i) => {
    if (typeof p !== 'string') {
      if (i === 0) starts.push({ piece: i, offset: -1 })
      return
    }
    if (i === 0) starts.push({ piece: i, offset: 0 })
    for (let j = p.indexOf('\n'); j >= 0 && j + 1 < p.length; j = p.indexOf('\n', j + 1)) starts.push({ piece: i, offset: j + 1 })
    if (p.endsWith('\n') && i + 1 < pieces.length) starts.push({ piece: i + 1, offset: -1 })
  })
  const leading = (s: { piece: number; offset: number }): number | null => {
    if (s.offset < 0) return 0 // the line starts with an interpolation
    const p = pieces[s.piece] as string
    const ws = /^[^\S\n]*/.exec(p.slice(s.offset))![0]
    const next = p[s.offset + ws.length]
    if (next === '\n' || (next === undefined && s.piece === pieces.length - 1)) return null // blank line
    return ws.length
  }
  let min = Infinity
  for (const s of starts) {
    const n = leading(s)
    if (n !== null) min = Math.min(min, n)
  }
  if (min === Infinity) min = 0
  // Strip from the last line start backwards so that earlier offsets stay valid.
  for (const s of [...starts].reverse()) {
    if (s.offset < 0) continue
    const p = pieces[s.piece] as string
    const ws = /^[^\S\n]*/.exec(p.slice(s.offset))![0]
    const cut = Math.min(ws.length, min)
    pieces[s.piece] = p.slice(0, s.offset) + p.slice(s.offset + cut)
  }
}

// ---------------------------------------------------------------------------------------------------
// Terraform JSON syntax (.tf.json, .tfvars.json)

/** JSON strings holding `${…}` are parsed as HCL templates through this parser. */
function jsonString(parser: Parser, s: string): Expr {
  if (!s.includes('${') && !s.includes('%{')) return { k: 'lit', v: s }
  try {
    const f = parseHclWith(parser, '(json string)', `x = ${JSON.stringify(s)}\n`)
    const attr = f.blocks.find(b => b.type === '$attributes')?.body.attrs.x
    return attr ? attr.expr : { k: 'unsupported', what: 'a JSON template string' }
  } catch {
    return { k: 'unsupported', what: 'a JSON template string that does not parse' }
  }
}

function jsonExpr(parser: Parser, v: unknown): Expr {
  if (typeof v === 'string') return jsonString(parser, v)
  if (v === null || typeof v === 'number' || typeof v === 'boolean') return { k: 'lit', v }
  if (Array.isArray(v)) return { k: 'tuple', items: v.map(x => jsonExpr(parser, x)) }
  if (typeof v === 'object') {
    return { k: 'object', entries: Object.entries(v as Record<string, unknown>).map(([key, x]) => ({ key, value: jsonExpr(parser, x) })) }
  }
  return { k: 'unsupported', what: typeof v }
}

/** Body of a JSON block: objects (or lists of objects) under keys become nested blocks, the rest attributes. */
function jsonBody(parser: Parser, v: unknown, ptr: string, lines: JsonLines, depth: number): TfBody {
  const body: TfBody = { attrs: {}, blocks: [] }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return body
  for (const [key, x] of Object.entries(v as Record<string, unknown>)) {
    if (key === '//') continue
    const p = `${ptr}/${escapePtr(key)}`
    const line = lines.line(p)
    const isBlockList = Array.isArray(x) && x.length > 0 && x.every(e => typeof e === 'object' && e !== null && !Array.isArray(e))
    const isObj = typeof x === 'object' && x !== null && !Array.isArray(x)
    // Nested blocks vs map attributes are ambiguous in JSON syntax: both give objects, which the model treats alike.
    if (depth < 8 && (isBlockList || isObj) && !MAP_ATTRIBUTES.has(key)) {
      const items = isBlockList ? (x as unknown[]) : [x]
      items.forEach((item, i) => {
        const ip = isBlockList ? `${p}/${i}` : p
        body.blocks.push({ type: key, labels: [], line: lines.line(ip), end_line: lines.endLine(ip), body: jsonBody(parser, item, ip, lines, depth + 1) })
      })
    } else body.attrs[key] = { expr: jsonExpr(parser, x), line }
  }
  return body
}

/** Attributes whose value is a map, never a block. */
const MAP_ATTRIBUTES = new Set(['tags', 'tags_all', 'labels', 'default', 'variables', 'environment_variables', 'metadata', 'parameters', 'inputs', 'values'])

function escapePtr(k: string): string {
  return k.replace(/~/g, '~0').replace(/\//g, '~1')
}

/** Parse `.tf.json`; throws IacParseError with the line of a JSON syntax error. */
export function parseTerraformJsonWith(parser: Parser, path: string, text: string): TfFile {
  const { value, lines } = parseJsonWithLines(text)
  const blocks: TfBlock[] = []
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new IacParseError('a .tf.json file must hold a JSON object', 1)
  const labelDepth: Record<string, number> = { resource: 2, data: 2, variable: 1, module: 1, provider: 1, output: 1, locals: 0, terraform: 0 }
  for (const [type, v] of Object.entries(value as Record<string, unknown>)) {
    const depth = labelDepth[type]
    if (depth === undefined) continue
    const walk = (node: unknown, labels: string[], ptr: string): void => {
      if (labels.length === depth) {
        const items = Array.isArray(node) ? node : [node]
        items.forEach((item, i) => {
          const ip = Array.isArray(node) ? `${ptr}/${i}` : ptr
          blocks.push({
            type,
            labels,
            line: lines.line(ip),
            end_line: lines.endLine(ip),
            body: jsonBody(parser, item, ip, lines, type === 'variable' || type === 'locals' || type === 'module' ? 99 : 0)
          })
        })
        return
      }
      if (typeof node !== 'object' || node === null) return
      const entries = Array.isArray(node)
        ? node.flatMap((n, i) => Object.entries(n as object).map(([k, x]) => [k, x, `${ptr}/${i}/${escapePtr(k)}`] as const))
        : Object.entries(node).map(([k, x]) => [k, x, `${ptr}/${escapePtr(k)}`] as const)
      for (const [k, x, p] of entries) walk(x, [...labels, k], p)
    }
    walk(v, [], `/${escapePtr(type)}`)
  }
  // variable and locals bodies: every key is an attribute (default may be an object)
  for (const b of blocks) {
    if (b.type === 'variable' || b.type === 'locals' || b.type === 'module') {
      for (const nested of b.body.blocks) {
        b.body.attrs[nested.type] = { expr: blockToExpr(nested.body), line: nested.line }
      }
      b.body.blocks = []
    }
  }
  return { path, blocks, comments: [] }
}

function blockToExpr(body: TfBody): Expr {
  const entries: { key: string | Expr; value: Expr }[] = Object.entries(body.attrs).map(([key, a]) => ({ key, value: a.expr }))
  for (const b of body.blocks) entries.push({ key: b.type, value: blockToExpr(b.body) })
  return { k: 'object', entries }
}

/** tfvars (HCL): top-level attributes. */
export function parseTfvarsWith(parser: Parser, path: string, text: string): Record<string, { expr: Expr; line: number }> {
  const f = parseHclWith(parser, path, text)
  return f.blocks.find(b => b.type === '$attributes')?.body.attrs ?? {}
}

export function parseTfvarsJsonWith(parser: Parser, path: string, text: string): Record<string, { expr: Expr; line: number }> {
  const { value, lines } = parseJsonWithLines(text)
  const out: Record<string, { expr: Expr; line: number }> = {}
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new IacParseError('a .tfvars.json file must hold a JSON object', 1)
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = { expr: jsonExpr(parser, v), line: lines.line(`/${escapePtr(k)}`) }
  void path
  return out
}
