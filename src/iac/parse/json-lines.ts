/**
 * JSON / YAML to plain values plus the line of every key, via yaml's parser and LineCounter (JSON is YAML
 * 1.2). Locations are keyed by JSON pointer (`/Resources/Logs/Properties/KmsKeyId`). Tagged nodes
 * (CloudFormation short forms like `!Ref`) are handed to a callback so callers decide what they mean.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml'

export interface JsonLines {
  /** 1-based line of the key (or list item) at the pointer; the nearest ancestor's line when absent. */
  line(pointer: string): number
  endLine(pointer: string): number
}

export type TagHandler = (tag: string, value: unknown) => unknown

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column?: number
  ) {
    super(message)
    this.name = 'JsonSyntaxError'
  }
}

/**
 * Limits of one read (issue 19: a 533-byte template of nested aliases, 7 levels x 10, expands to 10^7
 * nodes). The same limits as the policy loader's `maxAliasCount`, plus a node budget and a time budget:
 * past any of them the file is not read (ParseBudgetError, reported as not verified with the reason).
 */
export interface ParseLimits {
  /** Alias references resolved in one document (yaml's own default is 100). */
  maxAliasCount: number
  /** Values produced, aliases expanded included. */
  maxNodes: number
  /** Wall-clock budget for one file, in milliseconds. */
  budgetMs: number
}

export const DEFAULT_PARSE_LIMITS: ParseLimits = { maxAliasCount: 100, maxNodes: 500_000, budgetMs: 3_000 }

/** A file over a parse limit: not read, with the reason. */
export class ParseBudgetError extends JsonSyntaxError {
  constructor(message: string) {
    super(message, 1)
    this.name = 'ParseBudgetError'
  }
}

export function parseJsonWithLines(text: string, onTag?: TagHandler, limits: ParseLimits = DEFAULT_PARSE_LIMITS): { value: unknown; lines: JsonLines } {
  return parseYamlWithLines(text, onTag, limits)
}

export function parseYamlWithLines(text: string, onTag?: TagHandler, limits: ParseLimits = DEFAULT_PARSE_LIMITS): { value: unknown; lines: JsonLines } {
  const started = Date.now()
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false, strict: false })
  if (doc.errors.length > 0) {
    const e = doc.errors[0]
    const pos = lineCounter.linePos(e.pos[0])
    throw new JsonSyntaxError(e.message.split('\n')[0], pos.line, pos.col)
  }
  const starts = new Map<string, number>()
  const ends = new Map<string, number>()
  const lineOf = (offset: number | undefined): number => (offset === undefined ? 1 : lineCounter.linePos(offset).line)
  const budget: Budget = { limits, started, nodes: 0, aliases: 0 }
  const value = convert(doc, doc.contents, '', starts, ends, lineOf, onTag, 0, budget)
  return {
    value,
    lines: {
      line(pointer) {
        let p = pointer
        for (;;) {
          const l = starts.get(p)
          if (l !== undefined) return l
          if (p === '') return 1
          p = p.slice(0, p.lastIndexOf('/'))
        }
      },
      endLine(pointer) {
        return ends.get(pointer) ?? this.line(pointer)
      }
    }
  }
}

function convert(
  doc: Document,
  node: Node | null,
  ptr: string,
  starts: Map<string, number>,
  ends: Map<string, number>,
  lineOf: (o: number | undefined) => number,
  onTag: TagHandler | undefined,
  depth: number,
  budget: Budget
): unknown {
  if (node === null || node === undefined) return null
  if (depth > 200) return null
  spend(budget)
  if (isAlias(node)) {
    if (++budget.aliases > budget.limits.maxAliasCount) {
      throw new ParseBudgetError(`more than ${budget.limits.maxAliasCount} YAML alias references (an alias bomb expands exponentially): not read`)
    }
    return convert(doc, node.resolve(doc) ?? null, ptr, starts, ends, lineOf, onTag, depth + 1, budget)
  }
  if (!starts.has(ptr) && node.range) starts.set(ptr, lineOf(node.range[0]))
  if (node.range) ends.set(ptr, lineOf(Math.max(node.range[0], node.range[1] - 1)))
  let value: unknown
  if (isScalar(node)) value = node.value
  else if (isMap(node)) {
    const out: Record<string, unknown> = {}
    for (const pair of node.items) {
      if (!isPair(pair)) continue
      const k = pair.key as Node | null
      const key = k && isScalar(k) ? String(k.value) : String(k)
      const p = `${ptr}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`
      if (k && k.range) starts.set(p, lineOf(k.range[0]))
      out[key] = convert(doc, pair.value as Node | null, p, starts, ends, lineOf, onTag, depth + 1, budget)
    }
    value = out
  } else if (isSeq(node)) {
    value = node.items.map((item, i) => convert(doc, item as Node | null, `${ptr}/${i}`, starts, ends, lineOf, onTag, depth + 1, budget))
  } else value = null
  const tag = node.tag
  if (tag && tag.startsWith('!') && !tag.startsWith('!!') && onTag) return onTag(tag, value)
  return value
}

interface Budget {
  limits: ParseLimits
  started: number
  nodes: number
  aliases: number
}

function spend(b: Budget): void {
  b.nodes++
  if (b.nodes > b.limits.maxNodes) throw new ParseBudgetError(`more than ${b.limits.maxNodes} values: not read (the per-file parse limit)`)
  if ((b.nodes & 1023) === 0 && Date.now() - b.started > b.limits.budgetMs) {
    throw new ParseBudgetError(`reading took longer than the per-file parse budget of ${b.limits.budgetMs / 1000} s: not read`)
  }
}
