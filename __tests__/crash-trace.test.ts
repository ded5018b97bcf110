/**
 * Crash traces are mapped to the sources on demand (the bundle no longer registers source-map-support at
 * start-up): a real stack from code compiled with a source map is rewritten to the TypeScript file and line.
 */
import { describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ts from 'typescript'
import { crashTrace, mapStack } from '../src/crash-trace.js'

const SOURCE = [
  '// line 1',
  'function inner(n: number): number {',
  '  if (n > 1) return n',
  "  throw new Error('boom')",
  '}',
  'export function outer(): number {',
  '  return inner(0)',
  '}',
  'outer()',
  ''
].join('\n')

function compiled(dir: string): string {
  const out = ts.transpileModule(SOURCE, {
    compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022, sourceMap: true },
    fileName: 'boom.ts'
  })
  const map = JSON.parse(out.sourceMapText!)
  // As ncc names them: webpack://<package>/./src/<file>.
  map.sources = ['webpack://compliance-gate/.././src/boom.ts']
  const file = join(dir, 'index.mjs')
  writeFileSync(file, out.outputText.replace(/\/\/# sourceMappingURL=.*$/m, ''))
  writeFileSync(`${file}.map`, JSON.stringify(map))
  return file
}

describe('mapStack', () => {
  test('a frame in a bundled file with a .map beside it names the source file, line and column', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cg-trace-'))
    try {
      const file = compiled(dir)
      const run = spawnSync(process.execPath, [file], { encoding: 'utf8' })
      const stack = run.stderr
        .split('\n')
        .filter(l => /^\s+at /.test(l) || /^Error: boom/.test(l))
        .join('\n')
      expect(stack).toContain('index.mjs:')
      const mapped = mapStack(stack)
      // `throw` is on line 4 of the source, the call in outer() on line 7, the top-level call on line 9.
      expect(mapped).toMatch(/at inner \(src\/boom\.ts:4:\d+\)/)
      expect(mapped).toMatch(/at outer \(src\/boom\.ts:7:\d+\)/)
      expect(mapped).toContain('src/boom.ts:9:')
      expect(mapped).not.toContain('index.mjs:')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  test('frames without a source map (node internals, files without .map) are kept as they are', () => {
    const stack = 'Error: x\n    at f (/nonexistent/dir/index.js:10:5)\n    at ModuleJob.run (node:internal/modules/esm/module_job:325:25)'
    expect(mapStack(stack)).toBe(stack)
  })
})

describe('crashTrace', () => {
  test('an error without a stack prints its message; a thrown non-error prints as a string', () => {
    const e = new Error('only the message')
    e.stack = undefined
    expect(crashTrace(e)).toBe('only the message')
    expect(crashTrace('a string')).toBe('a string')
    expect(crashTrace(42)).toBe('42')
  })

  test('an error thrown here keeps its message and frames', () => {
    const trace = crashTrace(new Error('kept'))
    expect(trace.split('\n')[0]).toBe('Error: kept')
    expect(trace).toMatch(/\n\s+at /)
  })
})
