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

export function parseJsonWithLines(text: string, onTag?: TagHandler): { value: unknown; lines: JsonLines } {
  return parseYamlWithLines(text, onTag)
}

export function parseYamlWithLines(text: string, onTag?: TagHandler): { value: unknown; lines: JsonLines } {
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
  const value = convert(doc, doc.contents as Node | null, '', starts, ends, lineOf, onTag, 0)
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
  depth: number
): unknown {
  if (node === null || node === undefined) return null
  if (depth > 200) return null
  if (isAlias(node)) return convert(doc, node.resolve(doc) ?? null, ptr, starts, ends, lineOf, onTag, depth + 1)
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
      out[key] = convert(doc, pair.value as Node | null, p, starts, ends, lineOf, onTag, depth + 1)
    }
    value = out
  } else if (isSeq(node)) {
    value = node.items.map((item, i) => convert(doc, item as Node | null, `${ptr}/${i}`, starts, ends, lineOf, onTag, depth + 1))
  } else value = null
  const tag = node.tag
  if (tag && tag.startsWith('!') && !tag.startsWith('!!') && onTag) return onTag(tag, value)
  return value
}
