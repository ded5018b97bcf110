/**
 * The pull request's files listed from a checkout that holds its base and head (issue 20, speed): what GitHub's
 * "List pull requests files" answers for the same three-dot diff (status, former path, added and deleted
 * lines, binary files with 0 and 0), with no 3,000-file cap and no patches paged through the API.
 */
import { describe, expect, test } from '@jest/globals'
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { applyNumstat, gitChangedFiles, parseRaw, rawListing } from '../../src/collect/git/files.js'
import { parseAddedRaw } from '../../src/collect/git/diff.js'
import { makeRepo, write } from '../secrets/helpers.js'

describe('gitChangedFiles', () => {
  test('statuses, renames, binary files, odd names and counts as GitHub lists them', async () => {
    const keep = Array.from({ length: 30 }, (_, i) => `line ${i}`).join('\n') + '\n'
    const { dir, base, head } = makeRepo(
      { 'src/app.ts': 'a\nb\nc\n', 'old/name.txt': keep, 'gone.txt': 'bye\nnow\n', 'img.bin': Buffer.from([0, 1, 2, 3]), 'mode.sh': 'echo\n' },
      d => {
        write(d, 'src/app.ts', 'a\nB\nc\nd\n')
        write(d, 'new dir/renamed file.txt', keep)
        rmSync(join(d, 'old/name.txt'))
        rmSync(join(d, 'gone.txt'))
        write(d, 'img.bin', Buffer.from([0, 9, 9, 9, 9]))
        write(d, 'tab\tand é.txt', 'x\n')
        write(d, '.gitattributes', '*.txt -diff\nsrc/** binary\n')
      }
    )
    const listing = await gitChangedFiles({ cwd: dir, base, head })
    await listing.counted
    const files = listing.files
    const byPath = new Map(files.map(f => [f.path, f]))
    expect(byPath.get('src/app.ts')).toEqual({ path: 'src/app.ts', status: 'modified', additions: 2, deletions: 1 })
    expect(byPath.get('new dir/renamed file.txt')).toEqual({
      path: 'new dir/renamed file.txt',
      previous_path: 'old/name.txt',
      status: 'renamed',
      additions: 0,
      deletions: 0
    })
    expect(byPath.get('gone.txt')).toEqual({ path: 'gone.txt', status: 'removed', additions: 0, deletions: 2 })
    expect(byPath.get('img.bin')).toEqual({ path: 'img.bin', status: 'modified', additions: 0, deletions: 0, binary: true })
    // The change's own .gitattributes does not turn its text into "binary" (no counts).
    expect(byPath.get('tab\tand é.txt')).toEqual({ path: 'tab\tand é.txt', status: 'added', additions: 1, deletions: 0 })
    expect(byPath.get('.gitattributes')?.status).toBe('added')
    expect(files).toHaveLength(6)
  })

  test('a change of more than 3,000 files is listed whole', async () => {
    const { dir, base, head } = makeRepo({ 'README.md': '# r\n' }, d => {
      for (let i = 0; i < 3100; i++) write(d, `f/${i}.txt`, `${i}\n`)
    })
    const listing = await gitChangedFiles({ cwd: dir, base, head })
    await listing.counted
    const files = listing.files
    expect(files).toHaveLength(3100)
    expect(files.every(f => f.status === 'added' && f.additions === 1)).toBe(true)
  })

  test('an unknown commit fails with the command named', async () => {
    const { dir, base } = makeRepo({ 'a.txt': 'a\n' }, d => write(d, 'b.txt', 'b\n'))
    await expect(gitChangedFiles({ cwd: dir, base, head: 'f'.repeat(40) })).rejects.toThrow(/git diff --raw -z --no-abbrev --find-renames .* failed/)
  })

  test('output that does not follow the format is an error, not a silent list', () => {
    const files = parseRaw(':100644 100644 aaaaaaa bbbbbbb M\u0000a.txt\u0000')
    expect(files).toEqual([{ path: 'a.txt', status: 'modified', additions: 0, deletions: 0 }])
    expect(() => applyNumstat(files, 'garbage\u0000')).toThrow(/unexpected output for a.txt/)
    expect(() => applyNumstat(files, '1\t2\tb.txt\u0000')).toThrow(/"b.txt" where --raw listed "a.txt"/)
    applyNumstat(files, '3\t4\ta.txt\u0000')
    expect(files[0]).toMatchObject({ additions: 3, deletions: 4 })
    expect(() => parseRaw(':100644 100644 aaaaaaa bbbbbbb R100\u0000old.txt\u0000')).toThrow(/unexpected output/)
    expect(parseRaw('')).toEqual([])
  })

  test('the raw listing is one git run for the files list and the added blobs asking while it runs; it stops only when every caller has', async () => {
    const { dir, base, head } = makeRepo({ 'a.txt': 'a\n' }, d => {
      write(d, 'b.txt', 'b\n')
      write(d, 'a.txt', 'a\nA\n')
    })
    const options = { cwd: dir, base, head }
    const first = rawListing(options)
    // A second caller while it runs gets the same run (one `git diff --raw` for both readers).
    expect(rawListing(options)).toBe(first)
    const r = await first
    expect(r.ok).toBe(true)
    expect(parseRaw(r.stdout.toString('utf8')).map(f => [f.path, f.status])).toEqual([
      ['a.txt', 'modified'],
      ['b.txt', 'added']
    ])
    // Full blob names (--no-abbrev): the added ones are read from them.
    expect(parseAddedRaw(r.stdout).map(f => [f.path, f.oid.length])).toEqual([['b.txt', 40]])
    // Once done, a new caller starts a new run.
    const again = rawListing(options)
    expect(again).not.toBe(first)
    await again

    // One caller giving up does not stop the run another waits on; when both have, git is stopped.
    const one = new AbortController()
    const two = new AbortController()
    const shared = rawListing(options, one.signal)
    expect(rawListing(options, two.signal)).toBe(shared)
    one.abort()
    expect((await shared).ok).toBe(true)
    const three = new AbortController()
    const four = new AbortController()
    const stopped = rawListing(options, three.signal)
    expect(rawListing(options, four.signal)).toBe(stopped)
    three.abort()
    four.abort()
    // A caller asking once it was stopped gets a run of its own, not the stopped one's failure.
    const after = rawListing(options)
    expect(after).not.toBe(stopped)
    expect((await stopped).ok).toBe(false)
    expect((await after).ok).toBe(true)
  })
})
