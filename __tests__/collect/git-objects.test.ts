/**
 * The checkout's objects through one `git cat-file --batch`: each answer is the one git gives for that name
 * alone (the old one-process-per-question commands), whatever the order or number of questions in flight.
 */
import { describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, realpathSync } from 'node:fs'
import { join } from 'node:path'
import { hasCommit, readObject } from '../../src/collect/git/objects.js'
import { isolatedRun, runGit } from '../../src/collect/git/run.js'
import { createFileReader } from '../../src/collect/read-at.js'
import { worktreeHolds } from '../../src/collect/iac.js'
import { git, makeRepo, write } from '../secrets/helpers.js'

const binary = Buffer.from([0, 1, 2, 0x0a, 0xff, 0xfe, 0x0a, 0x0a])

function repo() {
  return makeRepo({ CODEOWNERS: '* @octo-org/owners\n', 'dir/a b.txt': 'spaced name\n', 'bin.dat': binary }, dir => write(dir, 'new.txt', 'x\n'))
}

describe('readObject', () => {
  test('commits, files, trees and missing names answer as git cat-file does for each alone', async () => {
    const r = repo()
    const [commit, file, spaced, bin, tree, missing, badPath] = await Promise.all([
      readObject(r.dir, `${r.base}^{commit}`, 0),
      readObject(r.dir, `${r.base}:CODEOWNERS`, 1024),
      readObject(r.dir, `${r.base}:dir/a b.txt`, 1024),
      readObject(r.dir, `${r.base}:bin.dat`, 1024),
      readObject(r.dir, `${r.base}:dir`, 1024),
      readObject(r.dir, `${'0'.repeat(39)}1^{commit}`, 0),
      readObject(r.dir, `${r.base}:new.txt`, 1024)
    ])
    expect(commit).toMatchObject({ missing: false, oid: r.base, type: 'commit' })
    expect(commit && !commit.missing && commit.content).toBeUndefined()
    expect(file).toMatchObject({ missing: false, type: 'blob', size: 19 })
    expect(file && !file.missing && file.content?.toString()).toBe('* @octo-org/owners\n')
    expect(spaced && !spaced.missing && spaced.content?.toString()).toBe('spaced name\n')
    // Bytes exactly, newlines and all (a newline in the content never ends the answer).
    expect(bin && !bin.missing && bin.content).toEqual(binary)
    expect(tree).toMatchObject({ missing: false, type: 'tree' })
    expect(missing).toEqual({ missing: true })
    expect(badPath).toEqual({ missing: true })
    // The same as git's own answer for each name.
    expect(git(r.dir, 'cat-file', '-t', `${r.base}:dir`).trim()).toBe('tree')
  })

  test('over maxBytes: the size without the content, and the answers after it are still right', async () => {
    const r = makeRepo({ 'big.txt': 'y'.repeat(200_000) + '\n', 'small.txt': 'ok\n' }, () => undefined)
    const [big, small] = await Promise.all([readObject(r.dir, `${r.base}:big.txt`, 1000), readObject(r.dir, `${r.base}:small.txt`, 1000)])
    expect(big).toEqual({ missing: false, oid: expect.stringMatching(/^[0-9a-f]{40}$/), type: 'blob', size: 200_001 })
    expect(small && !small.missing && small.content?.toString()).toBe('ok\n')
  })

  test('a name that cannot be one line of input (a newline, white space at an end) is not asked: null, the caller runs git itself', async () => {
    const r = repo()
    expect(await readObject(r.dir, `${r.base}:CODEOWNERS\nHEAD`, 1024)).toBeNull()
    expect(await readObject(r.dir, ` ${r.base}:CODEOWNERS`, 1024)).toBeNull()
    expect(await readObject(r.dir, '', 1024)).toBeNull()
  })

  test('not a repository: null (git could not answer), and hasCommit still says no', async () => {
    const dir = execFileSync('mktemp', ['-d']).toString().trim()
    expect(await readObject(dir, 'HEAD', 0)).toBeNull()
    expect(await hasCommit(dir, 'a'.repeat(40))).toBe(false)
  })
})

describe('callers on the batch', () => {
  test('hasCommit, the file reader and worktreeHolds give the answers of the commands they replace', async () => {
    const r = repo()
    expect(await hasCommit(r.dir, r.base)).toBe(true)
    expect(await hasCommit(r.dir, r.head)).toBe(true)
    expect(await hasCommit(r.dir, 'b'.repeat(40))).toBe(false)
    // A tree's id is no commit.
    expect(await hasCommit(r.dir, git(r.dir, 'rev-parse', `${r.base}^{tree}`).trim())).toBe(false)

    const reader = createFileReader({ owner: 'o', repo: 'r', checkoutDir: r.dir, api: null, maxBytes: 10 })
    expect(await reader.readAt(r.base, 'CODEOWNERS')).toMatchObject({ error: { too_large_bytes: 19 } })
    const wide = createFileReader({ owner: 'o', repo: 'r', checkoutDir: r.dir, api: null })
    expect(await wide.readAt(r.base, 'CODEOWNERS')).toEqual({
      found: true,
      text: '* @octo-org/owners\n',
      source: `git cat-file blob ${r.base.slice(0, 12)}:CODEOWNERS`
    })
    expect(await wide.readAt(r.base, 'dir')).toMatchObject({ found: false })
    expect(await wide.readAt(r.base, 'new.txt')).toMatchObject({ found: false })
    expect(await wide.readAt(r.head, 'new.txt')).toMatchObject({ found: true, text: 'x\n' })

    // HEAD is the head commit; a merge commit with the head as a parent holds it too; the base alone does not.
    expect(await worktreeHolds(r.dir, r.head)).toBe(true)
    expect(await worktreeHolds(r.dir, r.base)).toBe(false)
    git(r.dir, 'checkout', '-q', r.base)
    git(r.dir, 'merge', '-q', '--no-ff', '--no-edit', r.head)
    expect(await worktreeHolds(r.dir, r.head)).toBe(true)
    expect(await worktreeHolds(r.dir, r.base)).toBe(true)
    expect(await worktreeHolds(r.dir, 'c'.repeat(40))).toBe(false)
  })

  test('worktreeHolds: a head commit of any size (a 70,000-character message) is HEAD; a merge in a shallow clone has the parents rev-list shows (none)', async () => {
    const r = makeRepo({ 'a.txt': 'a\n' }, () => undefined)
    git(r.dir, 'commit', '-q', '--allow-empty', '-m', `long\n\n${'m'.repeat(70_000)}`)
    const long = git(r.dir, 'rev-parse', 'HEAD').trim()
    expect(await worktreeHolds(r.dir, long)).toBe(true)
    // A depth-1 clone of a merge commit (actions/checkout's default on pull_request): its parents are cut off.
    git(r.dir, 'checkout', '-q', '-b', 'side', r.base)
    git(r.dir, 'commit', '-q', '--allow-empty', '-m', 'side')
    git(r.dir, 'merge', '-q', '--no-ff', '--no-edit', long)
    const shallow = execFileSync('mktemp', ['-d']).toString().trim()
    git(shallow, 'clone', '-q', '--depth', '1', '--branch', 'side', `file://${r.dir}`, 'c')
    const dir = `${shallow}/c`
    expect(git(dir, 'rev-list', '--parents', '-n', '1', 'HEAD').trim().split(/\s+/)).toHaveLength(1)
    expect(await worktreeHolds(dir, long)).toBe(false)
    expect(await worktreeHolds(dir, git(dir, 'rev-parse', 'HEAD').trim())).toBe(true)
  })
})

describe('isolatedRun borrows the objects rev-parse names (the plain .git directory read without starting git)', () => {
  async function borrowed(cwd: string): Promise<{ objects: string; sha256: boolean; diff: boolean }> {
    const scratch = execFileSync('mktemp', ['-d']).toString().trim()
    const run = await isolatedRun(cwd, scratch)
    const gitDir = run.env.GIT_DIR
    const objects = readFileSync(join(gitDir, 'objects', 'info', 'alternates'), 'utf8').trim()
    const sha256 = /objectformat = sha256/.test(readFileSync(join(gitDir, 'config'), 'utf8'))
    // The borrowing repository reads the checkout's commits.
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd }).toString().trim()
    const diff = (await runGit(run.cwd, ['cat-file', '-e', `${head}^{commit}`], { env: run.env })).ok
    return { objects: realpathSync(objects), sha256, diff }
  }
  const revParse = (cwd: string) => {
    const [common, format] = execFileSync('git', ['rev-parse', '--path-format=absolute', '--git-common-dir', '--show-object-format'], { cwd })
      .toString()
      .trim()
      .split('\n')
    return { objects: realpathSync(join(common, 'objects')), sha256: format === 'sha256', diff: true }
  }

  test('a plain checkout, a subdirectory of it, a linked worktree and a SHA-256 repository', async () => {
    const r = repo()
    mkdirSync(join(r.dir, 'dir', 'sub'), { recursive: true })
    const wt = `${execFileSync('mktemp', ['-d']).toString().trim()}/wt`
    git(r.dir, 'worktree', 'add', '-q', wt, r.base)
    const s = execFileSync('mktemp', ['-d']).toString().trim()
    git(s, 'init', '-q', '--object-format=sha256')
    git(s, 'commit', '-q', '--allow-empty', '-m', 'one')
    for (const cwd of [r.dir, join(r.dir, 'dir'), wt, s]) expect(await borrowed(cwd)).toEqual(revParse(cwd))
    expect((await borrowed(s)).sha256).toBe(true)
  })
})
