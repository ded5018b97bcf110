import { describe, expect, test } from '@jest/globals'
import { renameSync } from 'node:fs'
import { join } from 'node:path'
import { addedLines, applyFilters, filesFromApi, parsePatch, parseUnifiedDiff } from '../../src/secrets/diff.js'
import { gitAddedFiles } from '../../src/collect/git/diff.js'
import { git, makeRepo, write } from './helpers.js'

const lines = (f: { text: string; lineNumbers: ArrayLike<number> } | undefined) => (f ? addedLines(f) : undefined)

describe('git diff base...head', () => {
  const body = Array.from({ length: 30 }, (_, i) => `line ${i} of a file that will be renamed`).join('\n') + '\n'
  const repo = makeRepo({ 'old name.txt': body, 'keep.txt': 'a\nb\nc\n', 'img.bin': Buffer.from([0, 1, 2, 3]), 'gone.txt': 'bye\n' }, dir => {
    renameSync(join(dir, 'old name.txt'), join(dir, 'new name.txt'))
    write(dir, 'new name.txt', body + 'added after rename\n')
    write(dir, 'keep.txt', 'a\nB changed\nc\n+++ looks like a header\nno newline at end')
    write(dir, 'crlf.txt', 'first\r\nsecond\r\n')
    write(dir, 'dossier/été ✓.txt', 'unicode path\n')
    write(dir, 'tab\tname.txt', 'tab path\n')
    write(dir, 'img.bin', Buffer.from([0, 1, 2, 3, 4, 5, 0]))
    write(dir, 'new.png', Buffer.from([137, 80, 78, 71, 0, 0, 0, 13]))
    write(dir, 'package-lock.json', '{"lockfileVersion": 3}\n')
    write(dir, 'vendor/lib.js', 'var x = 1\n')
    write(dir, 'big.txt', 'x'.repeat(3000) + '\n')
    git(dir, 'rm', '-q', 'gone.txt')
  })

  test('renames, binary as text, no newline at end, CRLF, unicode and quoted paths, excludes, oversize', async () => {
    const r = await gitAddedFiles({ cwd: repo.dir, base: repo.base, head: repo.head, maxFileSize: 2048, excludePaths: ['vendor/**'] })
    const byPath = Object.fromEntries(r.files.map(f => [f.path, f]))
    // Binary files and lockfiles are scanned as text (issue 19): only policy excludes are skipped.
    expect(Object.keys(byPath).sort()).toEqual([
      'crlf.txt',
      'dossier/été ✓.txt',
      'img.bin',
      'keep.txt',
      'new name.txt',
      'new.png',
      'package-lock.json',
      'tab\tname.txt'
    ])
    expect(byPath['package-lock.json']?.lockfile).toBe(true)
    expect(lines(byPath['img.bin'])?.length).toBeGreaterThan(0)
    expect(byPath['new name.txt']?.previous_path).toBe('old name.txt')
    expect(lines(byPath['new name.txt'])).toEqual([{ line: 31, text: 'added after rename' }])
    expect(lines(byPath['keep.txt'])).toEqual([
      { line: 2, text: 'B changed' },
      { line: 4, text: '+++ looks like a header' },
      { line: 5, text: 'no newline at end' }
    ])
    expect(lines(byPath['crlf.txt'])).toEqual([
      { line: 1, text: 'first' },
      { line: 2, text: 'second' }
    ])
    expect(lines(byPath['dossier/été ✓.txt'])).toEqual([{ line: 1, text: 'unicode path' }])
    const skipped = Object.fromEntries(r.skipped.map(s => [s.path, s.reason]))
    expect(Object.keys(skipped)).toEqual(['vendor/lib.js'])
    expect(skipped['vendor/lib.js']).toMatch(/vendor\/\*\*/)
    // Over max-file-size: not scanned, so not verified with the reason and the remedy.
    expect(r.not_verified).toEqual([{ path: 'big.txt', reason: expect.stringMatching(/max-file-size/), remedy: expect.stringMatching(/exclude-paths/) }])
    expect(r.files.some(f => f.path === 'gone.txt')).toBe(false)
  })

  test('a missing base commit fails with git’s message', async () => {
    await expect(gitAddedFiles({ cwd: repo.dir, base: 'f'.repeat(40), head: repo.head })).rejects.toThrow(/git diff/)
  })
})

describe('patches', () => {
  test('API patch with hunks and no-newline marker', () => {
    const patch = '@@ -1,2 +1,3 @@\n keep\n-old\n+new one\n+new two\n\\ No newline at end of file'
    expect(parsePatch(patch)).toEqual([
      { line: 2, text: 'new one' },
      { line: 3, text: 'new two' }
    ])
  })
  test('API files: omitted patch → not verified (lockfiles too); removed ignored; policy excludes skipped', () => {
    const r = filesFromApi(
      [
        { filename: 'a.txt', status: 'added', additions: 1, patch: '@@ -0,0 +1 @@\n+hello' },
        { filename: 'huge.sql', status: 'modified', additions: 90000 },
        { filename: 'yarn.lock', status: 'modified', additions: 3 },
        { filename: 'old.txt', status: 'removed', additions: 0 },
        { filename: 'moved.txt', previous_filename: 'was.txt', status: 'renamed', additions: 0, changes: 0 },
        { filename: 'gen/dump.json', status: 'added', additions: 9 }
      ],
      { excludePaths: ['gen/**'] }
    )
    expect(r.files.map(f => f.path)).toEqual(['a.txt'])
    expect(r.not_verified.map(n => n.path)).toEqual(['huge.sql', 'yarn.lock'])
    expect(r.not_verified[0]?.remedy).toMatch(/fetch-depth: 0/)
    expect(r.skipped).toEqual([{ path: 'gen/dump.json', reason: 'excluded by policy pattern gen/**' }])
  })
  test('API files: a binary file (no patch, 0 additions as GitHub reports it) is not verified, never passed in silence', () => {
    const r = filesFromApi([
      { filename: 'assets/keystore.p12', status: 'added', additions: 0, changes: 0 },
      { filename: 'bin/tool', status: 'modified', additions: 0, changes: 0 },
      { filename: 'img/copy.png', previous_filename: 'img/logo.png', status: 'copied', additions: 0, changes: 0 }
    ])
    expect(r.not_verified.map(n => n.path)).toEqual(['assets/keystore.p12', 'bin/tool'])
  })
  test('quoted git paths with octal escapes', () => {
    const d = 'diff --git "a/caf\\303\\251.txt" "b/caf\\303\\251.txt"\nnew file mode 100644\n--- /dev/null\n+++ "b/caf\\303\\251.txt"\n@@ -0,0 +1 @@\n+x\n'
    const files = applyFilters(parseUnifiedDiff(d)).files
    expect(files[0]?.path).toBe('café.txt')
  })
})
