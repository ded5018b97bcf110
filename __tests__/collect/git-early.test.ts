/**
 * The checkout's commands started early (src/collect/git/early.ts): the collectors take them only when they ask
 * for the same commits of the same checkout, and get exactly what they would have got by starting them
 * themselves; what no one takes is stopped and its files removed.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { execFileSync } from 'node:child_process'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { countCommits, gitAddedFiles } from '../../src/collect/git/diff.js'
import { startChangeEarly } from '../../src/collect/git/early.js'
import { gitChangedFiles } from '../../src/collect/git/files.js'
import { discardEarly, earlyKeys, earlyToken } from '../../src/collect/git/run.js'
import { git, makeRepo, write } from '../secrets/helpers.js'

let runnerTemp: string
let savedRunnerTemp: string | undefined

beforeEach(() => {
  savedRunnerTemp = process.env.RUNNER_TEMP
  runnerTemp = mkdtempSync(join(tmpdir(), 'cg-early-temp-'))
  process.env.RUNNER_TEMP = runnerTemp
})

afterEach(async () => {
  await discardEarly()
  if (savedRunnerTemp === undefined) delete process.env.RUNNER_TEMP
  else process.env.RUNNER_TEMP = savedRunnerTemp
  rmSync(runnerTemp, { recursive: true, force: true })
})

function change() {
  return makeRepo({ 'README.md': '# app\n', 'old.txt': 'to be removed\n' }, dir => {
    write(dir, 'src/app.ts', `export const token = process.env.TOKEN\n${'const x = 1\n'.repeat(2000)}`)
    write(dir, 'README.md', '# app\nmore\n')
    git(dir, 'rm', '-q', 'old.txt')
  })
}

/** What the three calls give, texts and all. */
async function collect(r: { dir: string; base: string; head: string }) {
  const listing = await gitChangedFiles({ cwd: r.dir, base: r.base, head: r.head })
  await listing.counted
  const count = await countCommits({ cwd: r.dir, base: r.base, head: r.head })
  const seen: string[] = []
  const diff = await gitAddedFiles({ cwd: r.dir, base: r.base, head: r.head }, f => seen.push(f.path))
  return { files: listing.files, count, diff, seen }
}

describe('commands started early', () => {
  test('are taken by the calls for the same commits, which get what they get without them', async () => {
    const r = change()
    const alone = await collect(r)
    expect(earlyKeys()).toEqual([])

    await startChangeEarly(r.dir, r.base, r.head)
    expect(
      earlyKeys()
        .map(k => JSON.parse(k)[0])
        .sort()
    ).toEqual(['count', 'diff', 'files'])
    const early = await collect(r)
    expect(earlyKeys()).toEqual([])
    expect(early).toEqual(alone)
    expect(early.files.map(f => [f.path, f.status, f.additions, f.deletions])).toEqual([
      ['README.md', 'modified', 1, 0],
      ['old.txt', 'removed', 0, 1],
      ['src/app.ts', 'added', 2001, 0]
    ])
    expect(early.diff.files.find(f => f.path === 'src/app.ts')?.text.startsWith('export const token')).toBe(true)
    // Nothing left behind in the temp directory.
    expect(readdirSync(runnerTemp)).toEqual([])
  })

  test('other commits are not taken: the call runs its own command', async () => {
    const r = change()
    await startChangeEarly(r.dir, r.base, r.head)
    const count = await countCommits({ cwd: r.dir, base: r.head, head: r.head })
    expect(count).toBe(0)
    // The early count, for other commits, will not be asked for again: stopped; the others wait.
    expect(
      earlyKeys()
        .map(k => JSON.parse(k)[0])
        .sort()
    ).toEqual(['diff', 'files'])
  })

  test('what no one took is stopped and its files removed', async () => {
    const r = makeRepo({ 'a.txt': 'a\n' }, dir => {
      for (let i = 0; i < 200; i++) write(dir, `gen/f${i}.txt`, `${'line of text\n'.repeat(2000)}`)
    })
    await startChangeEarly(r.dir, r.base, r.head)
    expect(earlyKeys()).toHaveLength(3)
    expect(readdirSync(runnerTemp).length).toBeGreaterThan(0)
    await discardEarly()
    expect(earlyKeys()).toEqual([])
    expect(readdirSync(runnerTemp)).toEqual([])
  })

  test('nothing starts when the checkout lacks a commit, the SHAs are not full ones, or the run has ended', async () => {
    const r = change()
    await startChangeEarly(r.dir, r.base, 'f'.repeat(40))
    await startChangeEarly(r.dir, r.base.slice(0, 12), r.head)
    const token = earlyToken()
    await discardEarly()
    await startChangeEarly(r.dir, r.base, r.head, token)
    expect(earlyKeys()).toEqual([])
    expect(readdirSync(runnerTemp)).toEqual([])
  })

  test('a call for other commits, another checkout or another timeout takes nothing, and stops the early one of its kind', async () => {
    const r = change()
    const other = change()
    await startChangeEarly(r.dir, r.base, r.head)
    // Other head: not taken; the early count (a run asks once) is stopped.
    await countCommits({ cwd: r.dir, base: r.base, head: r.base })
    expect(
      earlyKeys()
        .map(k => JSON.parse(k)[0])
        .sort()
    ).toEqual(['diff', 'files'])
    // Another checkout with the same commits' names: not taken.
    const listing = await gitChangedFiles({ cwd: other.dir, base: other.base, head: other.head })
    // Its own line counts run on after the list: awaited, so their scratch directory is gone too.
    await listing.counted
    expect(listing.files.map(f => f.path)).toContain('src/app.ts')
    expect(earlyKeys().map(k => JSON.parse(k)[0])).toEqual(['diff'])
    // Another timeout: a different command, not taken.
    const diff = await gitAddedFiles({ cwd: r.dir, base: r.base, head: r.head, timeoutMs: 60_000 })
    expect(diff.files.map(f => f.path)).toContain('src/app.ts')
    expect(earlyKeys()).toEqual([])
    // The ones stopped along the way are gone once the run's discard resolves.
    await discardEarly()
    expect(readdirSync(runnerTemp)).toEqual([])
  })

  test("the early commands are isolated as the collectors' own: no textconv or external diff from the checkout or the change", async () => {
    const marker = join(runnerTemp, '..', `cg-early-ran-${process.pid}`)
    const r = makeRepo({ 'README.md': '# app\n' }, dir => {
      write(dir, '.gitattributes', '*.txt diff=evil\n')
      write(dir, 'notes.txt', 'token = plain text as committed\n')
    })
    git(r.dir, 'config', 'diff.evil.textconv', `sh -c 'touch ${marker}; echo converted'`)
    git(r.dir, 'config', 'diff.external', `sh -c 'touch ${marker}'`)
    await startChangeEarly(r.dir, r.base, r.head)
    const got = await collect(r)
    expect(got.diff.files.find(f => f.path === 'notes.txt')?.text).toBe('token = plain text as committed')
    expect(existsSync(marker)).toBe(false)
  })

  const posix = process.platform === 'win32' ? test.skip : test
  posix('discarding stops git at once, also the listing and the count (git made slow here)', async () => {
    const r = change()
    const realGit = execFileSync('sh', ['-c', 'command -v git']).toString().trim()
    const bin = mkdtempSync(join(tmpdir(), 'cg-slow-git-'))
    // Every diff and rev-list takes a minute; the object batch that finds the commits is as fast as ever.
    writeFileSync(join(bin, 'git'), `#!/bin/sh\ncase "$*" in *cat-file*) ;; *) sleep 60 </dev/null >/dev/null 2>&1 ;; esac\nexec ${realGit} "$@"\n`)
    chmodSync(join(bin, 'git'), 0o755)
    const savedPath = process.env.PATH
    process.env.PATH = `${bin}:${savedPath}`
    try {
      await startChangeEarly(r.dir, r.base, r.head)
      expect(earlyKeys()).toHaveLength(3)
      // Jest's 5 s limit: a discard that waited for git would fail here.
      await discardEarly()
      expect(earlyKeys()).toEqual([])
      expect(readdirSync(runnerTemp)).toEqual([])
    } finally {
      process.env.PATH = savedPath
      rmSync(bin, { recursive: true, force: true })
    }
  })
})
