/**
 * Where the IaC scanner reads files from: a local checkout (this file) or the GitHub contents API at the
 * head commit (src/collect/iac-api.ts). Reads are synchronous because Terraform evaluation loads module
 * directories on demand; the API source fetches ahead and answers from memory.
 *
 * Paths are relative to the repository root with posix separators ('.' for the top directory).
 */
import fs from 'node:fs'
import path from 'node:path'

export type ReadResult =
  /** The file's bytes. */
  | { ok: true; data: Buffer }
  /** Not read: recorded as a skipped file with this reason ("not found … (deleted?)" is no finding) and what fixes it. */
  | { ok: false; reason: string; remedy?: string }

export type ListResult = { ok: true; names: string[] } | { ok: false; reason: string; remedy?: string }

export interface FileSource {
  /** In messages: "the checkout", "the repository at 1a2b3c4". */
  readonly where: string
  /** A regular file's bytes (files above maxSize are not read); null when the path is a directory or another non-file. */
  readFile(rel: string, maxSize: number): ReadResult | null
  /** Names of the regular files directly in a directory; null when there is no such directory. */
  listDir(rel: string): ListResult | null
  /** A path given as absolute (plan-file) made relative to the source's root. */
  relative(p: string): string
  /** Reading costs no remote call (a checkout, git objects): directories beyond the changed ones may be looked at. */
  readonly local?: boolean
}

export function tooLarge(size: number, maxSize: number): ReadResult {
  return { ok: false, reason: `larger than max-file-size (${size} > ${maxSize} bytes): not evaluated` }
}

/** A local checkout: reads only inside it (no `..`, no symlink leading out), never executes anything. */
export class CheckoutSource implements FileSource {
  readonly where = 'the checkout'
  readonly local = true
  readonly root: string
  constructor(root: string) {
    this.root = fs.realpathSync(root)
  }

  /** Absolute path of a checkout-relative path, or null when it leaves the checkout (.., symlinks) or is missing. */
  private resolve(rel: string): string | null {
    const abs = path.resolve(this.root, rel)
    if (abs !== this.root && !abs.startsWith(this.root + path.sep)) return null
    try {
      const real = fs.realpathSync(abs)
      if (real !== this.root && !real.startsWith(this.root + path.sep)) return null
      return real
    } catch {
      return null
    }
  }

  readFile(rel: string, maxSize: number): ReadResult | null {
    const abs = this.resolve(rel)
    if (!abs) return { ok: false, reason: this.whyNot(rel) }
    let st: fs.Stats
    try {
      st = fs.statSync(abs)
    } catch {
      return { ok: false, reason: 'not found in the checkout (deleted?)' }
    }
    if (!st.isFile()) return null
    if (st.size > maxSize) return tooLarge(st.size, maxSize)
    return { ok: true, data: fs.readFileSync(abs) }
  }

  /** Why a path cannot be read: a symlink leading out of the checkout is named as such (never followed). */
  private whyNot(rel: string): string {
    const abs = path.resolve(this.root, rel)
    try {
      if (fs.lstatSync(abs).isSymbolicLink()) return 'a symbolic link leading outside the checkout (or to nothing): not followed'
    } catch {
      return 'not found in the checkout (deleted?)'
    }
    return 'outside the checkout or missing'
  }

  /**
   * Regular files, and symbolic links (Terraform follows a `.tf` that is a symlink): a link to a file
   * inside the checkout is read through it; one leading out is listed so that reading it reports why not.
   */
  listDir(rel: string): ListResult | null {
    const abs = this.resolve(rel)
    if (!abs) return null
    try {
      const entries = fs.readdirSync(abs, { withFileTypes: true })
      return {
        ok: true,
        names: entries
          .filter(e => {
            if (e.isFile()) return true
            if (!e.isSymbolicLink()) return false
            try {
              return !fs.statSync(path.join(abs, e.name)).isDirectory()
            } catch {
              return true // dangling: reading it says so
            }
          })
          .map(e => String(e.name))
      }
    } catch {
      return { ok: true, names: [] }
    }
  }

  relative(p: string): string {
    return path.isAbsolute(p) ? path.relative(this.root, p) : p
  }
}
