/**
 * An IaC FileSource over one commit's tree, read from git's objects and never from the work tree: `compliance-gate scan
 * --base` judges the committed HEAD even when the work tree holds uncommitted edits (which could make an unencrypted
 * resource look encrypted). Reads are synchronous, as the scanner's are (it loads module directories on demand): one
 * `git ls-tree` for the listing, one `git cat-file` per file read. Symbolic links are not followed.
 */
import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { tooLarge, type FileSource, type ListResult, type ReadResult } from '../../iac/source.js'
import { gitEnv, hardenedArgs } from './run.js'

interface TreeEntry {
  mode: string
  oid: string
  size: number
}

export class GitTreeSource implements FileSource {
  readonly where: string
  readonly local = true
  private readonly root: string
  private readonly entries = new Map<string, TreeEntry>()
  private readonly dirs = new Map<string, string[]>()

  constructor(root: string, commit: string) {
    this.root = root
    this.where = `commit ${commit.slice(0, 12)}`
    const out = this.git(['ls-tree', '-r', '-z', '--long', '--full-tree', commit])
    // `<mode> <type> <object> <size>\t<path>` per entry, NUL-terminated; blobs only (a submodule is a commit).
    for (const line of out.toString('utf8').split('\0')) {
      const m = /^(\d{6}) blob ([0-9a-f]{40,64}) +(\d+)\t(.+)$/s.exec(line)
      if (!m) continue
      const rel = m[4]
      this.entries.set(rel, { mode: m[1], oid: m[2], size: Number(m[3]) })
      const slash = rel.lastIndexOf('/')
      const dir = slash < 0 ? '.' : rel.slice(0, slash)
      const names = this.dirs.get(dir)
      if (names) names.push(rel.slice(slash + 1))
      else this.dirs.set(dir, [rel.slice(slash + 1)])
    }
  }

  private git(args: string[]): Buffer {
    return execFileSync('git', hardenedArgs(args), { cwd: this.root, env: gitEnv(), maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'ignore'] })
  }

  readFile(rel: string, maxSize: number): ReadResult | null {
    const key = path.posix.normalize(rel).replace(/^\.\//, '')
    const e = this.entries.get(key)
    if (!e) return this.dirs.has(key) ? null : { ok: false, reason: `not found in ${this.where} (deleted?)` }
    if (e.mode === '120000') return { ok: false, reason: `a symbolic link in ${this.where}: not followed` }
    if (e.size > maxSize) return tooLarge(e.size, maxSize)
    return { ok: true, data: this.git(['cat-file', 'blob', e.oid]) }
  }

  listDir(rel: string): ListResult | null {
    const key = rel === '' ? '.' : path.posix.normalize(rel).replace(/^\.\/(?=.)/, '')
    const names = this.dirs.get(key)
    if (names) return { ok: true, names: [...names] }
    const prefix = key === '.' ? '' : `${key}/`
    for (const d of this.dirs.keys()) if (d.startsWith(prefix)) return { ok: true, names: [] }
    return null
  }

  relative(p: string): string {
    return path.isAbsolute(p) ? path.relative(this.root, p) : p
  }
}
