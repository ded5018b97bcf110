/**
 * Crash traces in the source's terms, paid for only on a crash. The bundle is built without ncc's
 * source-map-register (it cost start-up on every run); when a run crashes, the stack's frames in dist/*.js are
 * mapped here through the `.map` file written beside each chunk, with node's own SourceMap reader.
 */
import { existsSync, readFileSync } from 'node:fs'
import { SourceMap, type SourceMapPayload } from 'node:module'
import { fileURLToPath } from 'node:url'

const FRAME = /((?:file:\/\/)?\/[^\s():]+\.[cm]?js):(\d+):(\d+)/g

/** `webpack://compliance-gate/.././src/engine.ts` → `src/engine.ts`. */
function sourcePath(original: string): string {
  return original.replace(/^webpack:\/\/[^/]*\//, '').replace(/^(?:\.\.?\/)+/, '')
}

/** The stack with every frame in a bundled file that has a source map rewritten to `src/file.ts:line:column`. */
export function mapStack(stack: string): string {
  const maps = new Map<string, SourceMap | null>()
  const mapFor = (file: string): SourceMap | null => {
    if (maps.has(file)) return maps.get(file)!
    let map: SourceMap | null = null
    try {
      const path = file.startsWith('file://') ? fileURLToPath(file) : file
      if (existsSync(`${path}.map`)) map = new SourceMap(JSON.parse(readFileSync(`${path}.map`, 'utf8')) as SourceMapPayload)
    } catch {
      map = null
    }
    maps.set(file, map)
    return map
  }
  return stack.replace(FRAME, (whole: string, file: string, line: string, column: string) => {
    const entry = mapFor(file)?.findEntry(Number(line) - 1, Number(column) - 1)
    if (!entry || !('originalSource' in entry) || !entry.originalSource) return whole
    return `${sourcePath(entry.originalSource)}:${entry.originalLine + 1}:${entry.originalColumn + 1}`
  })
}

/** What a crash prints: the error's stack mapped to the sources (its message when it has no stack). */
export function crashTrace(error: unknown): string {
  if (!(error instanceof Error)) return String(error)
  if (!error.stack) return error.message
  try {
    return mapStack(error.stack)
  } catch {
    return error.stack
  }
}
