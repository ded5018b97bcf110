/**
 * A partial clone (actions/checkout with `filter: blob:none`) holds commits without their blobs, and git fetches a
 * missing blob on demand from the promisor remote named in .git/config. A checkout's config is not trusted: its
 * remote URL may be `ext::<command>` with `protocol.ext.allow=always`, which overrides `protocol.allow=never`.
 * The hardened runner must start no transport at all: the listing fails (the gate falls back to the API) and
 * nothing runs.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gitAddedFiles } from '../../src/collect/git/diff.js'
import { gitChangedFiles } from '../../src/collect/git/files.js'
import { gitIn } from '../helpers/git-repo.js'

function partialCloneWithHostileRemote(): { dir: string; base: string; head: string; marker: string } {
  const root = mkdtempSync(join(tmpdir(), 'cg-partial-'))
  const src = join(root, 'src')
  gitIn(root, 'init', '-q', src)
  writeFileSync(join(src, 'a.txt'), 'hello\n')
  writeFileSync(join(src, 'b.txt'), Array.from({ length: 40 }, (_, i) => `line ${i}`).join('\n') + '\n')
  gitIn(src, 'add', '.')
  gitIn(src, 'commit', '-qm', 'base')
  gitIn(src, 'mv', 'b.txt', 'c.txt')
  writeFileSync(join(src, 'c.txt'), Array.from({ length: 40 }, (_, i) => `line ${i}`).join('\n') + '\nmore\n')
  writeFileSync(join(src, 'd.txt'), 'token = "not fetched"\n')
  gitIn(src, 'add', '.')
  gitIn(src, 'commit', '-qm', 'head')
  const server = join(root, 'server.git')
  gitIn(root, 'clone', '-q', '--bare', src, server)
  gitIn(server, 'config', 'uploadpack.allowFilter', 'true')
  const dir = join(root, 'checkout')
  gitIn(root, 'clone', '-q', '--no-checkout', '--filter=blob:none', `file://${server}`, dir)
  const marker = join(root, 'fetched')
  gitIn(dir, 'config', 'remote.origin.url', `ext::sh -c touch% ${marker}`)
  gitIn(dir, 'config', 'protocol.ext.allow', 'always')
  return { dir, base: gitIn(dir, 'rev-parse', 'HEAD~1'), head: gitIn(dir, 'rev-parse', 'HEAD'), marker }
}

describe('a partial clone whose promisor remote runs a command', () => {
  test('the setup is live: plain git fetches through that remote, running the command', () => {
    const r = partialCloneWithHostileRemote()
    try {
      gitIn(r.dir, 'cat-file', '-p', `${r.head}:d.txt`)
    } catch {
      // the fetch fails after the command ran
    }
    expect(existsSync(r.marker)).toBe(true)
  })

  test('listing and reading the changed files starts no transport: the command never runs, git fails instead', async () => {
    const r = partialCloneWithHostileRemote()
    const failure = async (p: Promise<unknown>) =>
      p.then(
        () => '',
        (e: Error) => e.message
      )
    const listing = await failure(gitChangedFiles({ cwd: r.dir, base: r.base, head: r.head }).then(l => l.counted))
    const added = await failure(gitAddedFiles({ cwd: r.dir, base: r.base, head: r.head }))
    expect(existsSync(r.marker)).toBe(false)
    // The blobs are not there, so reading them fails (the collectors then fall back to the API), saying why.
    expect(`${listing}\n${added}`).toMatch(/not allowed|promisor|lazy fetch|unable to read/i)
  })
})
