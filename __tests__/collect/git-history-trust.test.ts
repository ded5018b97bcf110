/**
 * The history scan (git log -p over the change's commits) in a checkout whose .git/config is not trusted, and
 * with merges git cannot show: a second cold test made the config run a command (log.showSignature with
 * gpg.program), re-encode the log so no commit was read (i18n.logOutputEncoding=UTF-16: a silent pass), and hid
 * a secret in an octopus merge (git shows no remerge diff for more than two parents: a silent pass).
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gitHistoryAddedFiles } from '../../src/collect/git/diff.js'
import { gitIn } from '../helpers/git-repo.js'

/** A repository whose feature branch adds a token in one commit and removes it in the next. */
function addedAndRemoved(sign?: string): { dir: string; base: string; head: string } {
  const dir = mkdtempSync(join(tmpdir(), 'cg-history-trust-'))
  gitIn(dir, 'init', '-q')
  writeFileSync(join(dir, 'README.md'), '# r\n')
  gitIn(dir, 'add', '.')
  gitIn(dir, 'commit', '-qm', 'base')
  const base = gitIn(dir, 'rev-parse', 'HEAD')
  gitIn(dir, 'checkout', '-qb', 'feature')
  writeFileSync(join(dir, 'ci.env'), 'TOKEN=added-then-removed\n')
  gitIn(dir, 'add', '.')
  gitIn(dir, ...(sign ? ['-c', `gpg.program=${sign}`, 'commit', '-S'] : ['commit']), '-qm', 'add')
  gitIn(dir, 'rm', '-q', 'ci.env')
  gitIn(dir, 'commit', '-qm', 'remove')
  return { dir, base, head: gitIn(dir, 'rev-parse', 'HEAD') }
}

function script(body: string): { path: string; marker: string } {
  const d = mkdtempSync(join(tmpdir(), 'cg-history-trust-bin-'))
  const marker = join(d, 'ran')
  const path = join(d, 'prog.sh')
  writeFileSync(path, `#!/bin/sh\necho ran >> '${marker}'\n${body}\n`, { mode: 0o755 })
  return { path, marker }
}

describe('the history scan in a checkout whose config is not trusted', () => {
  test('log.showSignature with gpg.program runs nothing (and the setup is live: git log itself runs it)', async () => {
    // The signer reads the commit from stdin before it answers: a signer that exits first makes git's write to it
    // fail (EPIPE), and git then reports the signing as failed (seen once in CI on a loaded machine).
    const signer = script(
      `cat >/dev/null\necho '[GNUPG:] SIG_CREATED D 1 8 00 1700000000 ABCDEF' >&2\nprintf -- '-----BEGIN PGP SIGNATURE-----\\n\\nZmFrZQ==\\n-----END PGP SIGNATURE-----\\n'`
    )
    const r = addedAndRemoved(signer.path)
    const verifier = script('exit 1')
    gitIn(r.dir, 'config', 'log.showSignature', 'true')
    gitIn(r.dir, 'config', 'gpg.program', verifier.path)
    const h = await gitHistoryAddedFiles({ cwd: r.dir, base: r.base, head: r.head })
    expect(existsSync(verifier.marker)).toBe(false)
    if ('skipped' in h) throw new Error(h.skipped)
    expect(h.commits.flatMap(c => c.files.map(f => f.text))).toContain('TOKEN=added-then-removed')
    gitIn(r.dir, 'log', '-1', `${r.head}~1`)
    expect(existsSync(verifier.marker)).toBe(true)
  })

  test('re-merging a merge starts no merge driver or filter the config names (third cold test)', async () => {
    const r = addedAndRemoved()
    const program = script('exit 1')
    gitIn(r.dir, 'checkout', '-q', '-b', 'side', r.base)
    writeFileSync(join(r.dir, 'f.txt'), 'side\n')
    gitIn(r.dir, 'add', '.')
    gitIn(r.dir, 'commit', '-qm', 'side')
    gitIn(r.dir, 'checkout', '-q', 'feature')
    writeFileSync(join(r.dir, '.gitattributes'), '* merge=evil filter=evil\n')
    writeFileSync(join(r.dir, 'f.txt'), 'feature\n')
    gitIn(r.dir, 'add', '.')
    gitIn(r.dir, 'commit', '-qm', 'feature side of f')
    try {
      gitIn(r.dir, 'merge', '-q', 'side')
    } catch {
      // the conflict on f.txt, resolved with a line neither side had
    }
    writeFileSync(join(r.dir, 'f.txt'), 'resolved with TOKEN=in-the-resolution\n')
    gitIn(r.dir, 'add', '.')
    gitIn(r.dir, 'commit', '-qm', 'merge side')
    const head = gitIn(r.dir, 'rev-parse', 'HEAD')
    writeFileSync(join(r.dir, '.git', 'info', 'attributes'), '* merge=evil filter=evil\n')
    gitIn(r.dir, 'config', 'merge.renormalize', 'true')
    gitIn(r.dir, 'config', 'merge.evil.driver', `${program.path} %O %A %B`)
    for (const k of ['clean', 'smudge', 'process']) gitIn(r.dir, 'config', `filter.evil.${k}`, program.path)
    const h = await gitHistoryAddedFiles({ cwd: r.dir, base: r.base, head })
    expect(existsSync(program.marker)).toBe(false)
    if ('skipped' in h) throw new Error(h.skipped)
    expect(h.commits.flatMap(c => c.files.map(f => f.text))).toContain('resolved with TOKEN=in-the-resolution')
    // The setup is live: git's own re-merge runs them.
    try {
      gitIn(r.dir, 'log', '--diff-merges=remerge', '-p', '-1', head)
    } catch {
      // the driver fails on purpose
    }
    expect(existsSync(program.marker)).toBe(true)
  })

  test('a log re-encoded to UTF-16 by the config is still read commit by commit', async () => {
    const r = addedAndRemoved()
    gitIn(r.dir, 'config', 'i18n.logOutputEncoding', 'UTF-16')
    const h = await gitHistoryAddedFiles({ cwd: r.dir, base: r.base, head: r.head })
    if ('skipped' in h) throw new Error(h.skipped)
    expect(h.commits).toHaveLength(2)
    expect(h.commits[0].files.map(f => f.text)).toEqual(['TOKEN=added-then-removed'])
  })

  test('fewer commits read than counted is not a history without secrets: the scan says it was skipped', async () => {
    const r = addedAndRemoved()
    const h = await gitHistoryAddedFiles({ cwd: r.dir, base: r.base, head: r.head, commitCount: 3 })
    expect(h).toEqual({ skipped: `git log -p ${r.base}..${r.head} showed 2 of its 3 commits`, remedy: expect.stringMatching(/fetch-depth: 0 and no filter/) })
  })

  test('an octopus merge (git shows no diff of what it adds) leaves the history skipped, saying why', async () => {
    const r = addedAndRemoved()
    for (const topic of ['ta', 'tb']) {
      gitIn(r.dir, 'checkout', '-q', '-b', topic, r.base)
      writeFileSync(join(r.dir, `${topic}.txt`), `${topic}\n`)
      gitIn(r.dir, 'add', '.')
      gitIn(r.dir, 'commit', '-qm', topic)
    }
    gitIn(r.dir, 'checkout', '-q', 'feature')
    gitIn(r.dir, 'merge', '-q', '--no-commit', 'ta', 'tb')
    writeFileSync(join(r.dir, 'oct.txt'), 'TOKEN=in-the-octopus\n')
    gitIn(r.dir, 'add', '-A')
    gitIn(r.dir, 'commit', '-qm', 'octopus')
    const merge = gitIn(r.dir, 'rev-parse', 'HEAD')
    gitIn(r.dir, 'rm', '-q', 'oct.txt')
    gitIn(r.dir, 'commit', '-qm', 'drop')
    const h = await gitHistoryAddedFiles({ cwd: r.dir, base: r.base, head: gitIn(r.dir, 'rev-parse', 'HEAD') })
    expect(h).toEqual({
      skipped: expect.stringContaining(`merge commit ${merge.slice(0, 7)} has more than two parents`),
      remedy: expect.stringMatching(/two-parent merges/)
    })
  })
})
