/**
 * A small, JSON-safe expression tree for Terraform values, produced from tree-sitter HCL nodes (`.tf`) or
 * from JSON values (`.tf.json`), and evaluated later by evalExpr in src/iac/terraform/values.ts.
 */

export type Expr =
  | { k: 'lit'; v: string | number | boolean | null }
  /** String template: parts concatenated. */
  | { k: 'tmpl'; parts: Expr[] }
  /** Traversal: `var.x`, `local.y`, `aws_kms_key.k.arn`, `module.m.out`, `each.value`; numbers are indexes, '*' a splat. */
  | { k: 'ref'; path: (string | number)[] }
  | { k: 'tuple'; items: Expr[] }
  | { k: 'object'; entries: { key: string | Expr; value: Expr }[] }
  | { k: 'cond'; c: Expr; t: Expr; f: Expr }
  | { k: 'call'; name: string; args: Expr[] }
  | { k: 'op'; op: string; args: Expr[] }
  /** Traversal of a computed value or with computed keys: `merge(a, b).x`, `local.l[count.index]`. */
  | { k: 'get'; target: Expr; steps: (string | number | Expr)[] }
  /** A construct not evaluated statically (`for` expressions, template directives). */
  | { k: 'unsupported'; what: string }

export interface TfAttribute {
  expr: Expr
  line: number
}

export interface TfBody {
  attrs: Record<string, TfAttribute>
  blocks: TfBlock[]
}

export interface TfBlock {
  type: string
  labels: string[]
  line: number
  end_line: number
  body: TfBody
}

export interface TfComment {
  line: number
  text: string
}

export interface TfFile {
  path: string
  blocks: TfBlock[]
  comments: TfComment[]
}
