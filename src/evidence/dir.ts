/**
 * The evidence directory, created without trusting the checkout. The workspace is the pull request's content:
 * a *file* named like the evidence directory, or a *symlink* there (or at any folder on the way), is the PR's
 * choice, not the user's. So each path component under the workspace is checked with lstat and created one at
 * a time; a symlink there is never followed and a non-directory is never written through. Node's recursive
 * mkdir is not used either: on some special file systems (/proc) it loops forever on ENOENT.
 */
import { lstat, mkdir, stat } from 'node:fs/promises'
import { isAbsolute, join, parse, relative, resolve, sep } from 'node:path'

/** The evidence directory cannot be used; the message is one sentence a user can act on. */
export class EvidenceDirError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'EvidenceDirError'
  }
}

/** True when `path` is strictly inside `root` (both absolute). */
function inside(path: string, root: string): boolean {
  const rel = relative(root, path)
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel)
}

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied'
    case 'EROFS':
      return 'read-only file system'
    case 'ENOSPC':
      return 'no space left on the device'
    case 'ENOENT':
      return 'the file system does not allow creating it'
    case 'ENOTDIR':
      return 'a part of the path is not a directory'
    case 'ELOOP':
      return 'too many levels of symbolic links'
    default:
      return code ?? (error as Error)?.message ?? String(error)
  }
}

/**
 * Make sure `dir` exists as a real directory and return its absolute path. Components strictly inside
 * `workspace` must be directories, not symlinks (created when missing); components outside it (the
 * user's own paths, e.g. RUNNER_TEMP) may be symlinks to directories. Throws EvidenceDirError.
 */
export async function ensureEvidenceDir(dir: string, workspace: string | null): Promise<string> {
  const target = resolve(dir)
  const root = workspace ? resolve(workspace) : null
  const { root: fsRoot } = parse(target)
  let current = fsRoot
  for (const part of target.slice(fsRoot.length).split(sep).filter(Boolean)) {
    const next = join(current, part)
    const guarded = root !== null && inside(next, root)
    let info = await lstat(next).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null
      throw new EvidenceDirError(`The evidence directory ${target} cannot be used: ${next}: ${reasonOf(error)}.`)
    })
    if (info === null) {
      try {
        await mkdir(next)
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
          throw new EvidenceDirError(`The evidence directory ${target} cannot be created: ${next}: ${reasonOf(error)}.`)
        }
      }
      info = await lstat(next).catch(() => null)
      if (!info?.isDirectory()) throw new EvidenceDirError(`The evidence directory ${target} cannot be created: ${next} is not a directory.`)
      current = next
      continue
    }
    if (info.isSymbolicLink()) {
      if (guarded) {
        throw new EvidenceDirError(
          `The evidence directory ${target} cannot be used: ${next} is a symbolic link inside the workspace, and evidence never follows one.`
        )
      }
      info = await stat(next).catch((error: unknown) => {
        throw new EvidenceDirError(`The evidence directory ${target} cannot be used: ${next} is a symbolic link that cannot be followed (${reasonOf(error)}).`)
      })
    }
    if (!info.isDirectory()) {
      throw new EvidenceDirError(`The evidence directory ${target} cannot be used: ${next} exists and is not a directory.`)
    }
    current = next
  }
  return target
}
