/**
 * Load web-tree-sitter and the HCL grammar from bytes embedded in wasm.generated.ts, so the same code
 * works under jest (from src) and in the ncc bundle (dist/index.js), whatever the cwd. Nothing is read
 * from disk and nothing from the scanned repository is executed.
 */
import type { Parser } from 'web-tree-sitter'

let loading: Promise<Parser> | null = null

function bytes(base64: string): Uint8Array {
  const b = Buffer.from(base64, 'base64')
  return new Uint8Array(b.buffer, b.byteOffset, b.byteLength)
}

/**
 * Initialise the tree-sitter runtime from the embedded bytes. Emscripten's Node path starts with
 * `await import("module")` + `createRequire`, which ncc's bundle breaks (the namespace it builds for the
 * `module` builtin has no `createRequire`). With the wasm bytes given, the Node path is not needed, so
 * the runtime is told it is not in Node (`process.type = 'renderer'`, Emscripten's Electron test) while it
 * initialises; nothing is fetched or read from disk. Restored right after.
 */
async function initRuntime(init: typeof Parser.init, wasmBinary: Uint8Array): Promise<void> {
  const proc = process as NodeJS.Process & { type?: string }
  const had = Object.prototype.hasOwnProperty.call(proc, 'type')
  const previous = proc.type
  proc.type = 'renderer'
  try {
    await init({ wasmBinary })
  } finally {
    if (had) proc.type = previous
    else delete proc.type
  }
}

/**
 * A shared HCL parser; parsing is synchronous once loaded. The runtime and the grammar (half a megabyte of
 * code and embedded bytes) are loaded on first use: a change without Terraform never reads them.
 */
export function hclParser(): Promise<Parser> {
  loading ??= (async () => {
    const [{ Language, Parser }, wasm] = await Promise.all([import('web-tree-sitter'), import('./wasm.generated.js')])
    await initRuntime(Parser.init.bind(Parser), bytes(wasm.TREE_SITTER_RUNTIME_WASM_BASE64))
    const language = await Language.load(bytes(wasm.TREE_SITTER_HCL_WASM_BASE64))
    const parser = new Parser()
    parser.setLanguage(language)
    return parser
  })()
  loading.catch(() => {
    loading = null
  })
  return loading
}
