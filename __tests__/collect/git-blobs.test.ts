/**
 * The files a change adds are read whole from their blobs (one `git cat-file --batch`), not from the patch's
 * `+` lines: each must come out exactly as the patch parsed it — text, line numbers, raw bytes, ascii mark —
 * whatever its bytes (CRLF, a lone CR, no final newline, NUL, UTF-16, bytes that are not UTF-8, an empty file).
 */
import { afterAll, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import { CheckoutObjectsError, gitAddedFiles, parseAddedRaw, patchCommands } from '../../src/collect/git/diff.js'
import { addedBlobFile, BlobBatchReader, parseDiffBytes } from '../../src/secrets/diff.js'
import { makeGitRepo } from '../helpers/git-repo.js'

const CONTENTS: Record<string, Buffer> = {
  'plain.txt': Buffer.from('token = "abc"\nsecond line\n'),
  'crlf.txt': Buffer.from('a\r\nb\r\n'),
  'no-final-newline.txt': Buffer.from('one\ntwo'),
  'ends-with-cr.txt': Buffer.from('one\r\ntwo\r'),
  'lone-cr.txt': Buffer.from('a\rb\nc\n'),
  'blank-lines.txt': Buffer.from('\n\nx\n\n'),
  'only-newline.txt': Buffer.from('\n'),
  'empty.txt': Buffer.alloc(0),
  'nul.bin': Buffer.from('head\u0000tail\npassword=x\n'),
  'utf16.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('password = hunter2\r\n', 'utf16le')]),
  'latin1.txt': Buffer.from([0x70, 0x77, 0x3d, 0xe9, 0xe8, 0x0a, 0x6f, 0x6b, 0x0a]),
  'replacement.txt': Buffer.from('a \ufffd b\n'),
  'unicode.txt': Buffer.from('naïve ✓ 🔑\nline\n'),
  'dir/sub dir/spaced name.txt': Buffer.from('x\n')
}

const repo = makeGitRepo({ prefix: 'cg-blobs-' })
const base = repo.commit({ 'README.md': '# r\n', 'old.txt': 'keep\nthese\nlines\nhere\nplease\n' }, 'base')
const head = repo.commit({ ...CONTENTS, 'old.txt': null, 'renamed.txt': Buffer.from('keep\nthese\nlines\nhere\nplease\nand one\n') }, 'head')

afterAll(() => rmSync(repo.dir, { recursive: true, force: true }))

/** git's patch of the added file alone, as the diff of the whole change used to show it. */
function patchOf(path: string): Buffer {
  return execFileSync('git', [
    '-C',
    repo.dir,
    'diff',
    '--no-color',
    '--unified=0',
    '--text',
    '--no-ext-diff',
    '--no-textconv',
    '--src-prefix=a/',
    '--dst-prefix=b/',
    `${base}...${head}`,
    '--',
    path
  ])
}

describe('a file read from its blob is the file its patch gave', () => {
  test.each(Object.keys(CONTENTS))('%s', path => {
    const fromPatch = parseDiffBytes(patchOf(path))
    expect(fromPatch).toHaveLength(1)
    const fromBlob = addedBlobFile(path, CONTENTS[path])
    // A patch block marks its files ascii when the whole block is (its header too): the blob, when its own bytes are.
    const { ascii: patchAscii, ...patchRest } = fromPatch[0]
    const { ascii: blobAscii, ...blobRest } = fromBlob
    // Line numbers compared as numbers: the blob's are a typed array, the patch's an array.
    expect({ ...blobRest, lineNumbers: Array.from(blobRest.lineNumbers) }).toEqual({ ...patchRest, lineNumbers: Array.from(patchRest.lineNumbers) })
    expect(blobAscii === true).toBe(CONTENTS[path].every(b => b < 0x80))
    if (patchAscii) expect(blobAscii).toBe(true)
  })
})

describe('gitAddedFiles', () => {
  test('every added file from the batch, a renamed one from the patch, all in git order; the commands recorded', async () => {
    const r = await gitAddedFiles({ cwd: repo.dir, base, head })
    const paths = r.files.map(f => f.path)
    expect(paths).toEqual([...paths].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b))))
    // The empty file adds no line (as in the patch); every other added file is there, the rename with its one added line.
    const expected = Object.keys(CONTENTS).filter(p => p !== 'empty.txt')
    expect(paths.filter(p => p !== 'renamed.txt').sort()).toEqual(expected.sort())
    const renamed = r.files.find(f => f.path === 'renamed.txt')
    expect(renamed).toMatchObject({ previous_path: 'old.txt', text: 'and one', lineNumbers: [6] })
    expect(patchCommands(base, head).diff).toMatch(
      /--diff-filter=a; git diff --raw -z --no-abbrev --find-renames \S+ \(its A entries\) \| git cat-file --batch$/
    )
  })

  test('an added submodule is the one line its patch shows (Subproject commit <sha>)', async () => {
    const other = makeGitRepo({ prefix: 'cg-blobs-submodule-' })
    try {
      const b = other.commit({ 'a.txt': 'a\n' }, 'base')
      execFileSync('git', ['-C', other.dir, 'update-index', '--add', '--cacheinfo', `160000,${b},vendor/lib`])
      execFileSync('git', ['-C', other.dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'add a submodule'])
      const h = execFileSync('git', ['-C', other.dir, 'rev-parse', 'HEAD']).toString().trim()
      const patch = execFileSync('git', [
        '-C',
        other.dir,
        'diff',
        '--no-color',
        '--unified=0',
        '--text',
        '--src-prefix=a/',
        '--dst-prefix=b/',
        `${b}...${h}`,
        '--'
      ])
      const r = await gitAddedFiles({ cwd: other.dir, base: b, head: h })
      const plain = <F extends { lineNumbers: ArrayLike<number> }>(fs: F[]) => fs.map(f => ({ ...f, lineNumbers: Array.from(f.lineNumbers) }))
      expect(plain(r.files)).toEqual([{ path: 'vendor/lib', text: `Subproject commit ${b}`, lineNumbers: [1] }])
      expect(plain(parseDiffBytes(patch).map(f => ({ path: f.path, text: f.text, lineNumbers: f.lineNumbers })))).toEqual(plain(r.files))
    } finally {
      rmSync(other.dir, { recursive: true, force: true })
    }
  })

  test('a missing blob (a partial checkout) is git failing, never a file with no lines', async () => {
    const other = makeGitRepo({ prefix: 'cg-blobs-missing-' })
    try {
      const b = other.commit({ 'a.txt': 'a\n' }, 'base')
      const h = other.commit({ 'secret.txt': 'api_key = "x"\n' }, 'head')
      const oid = execFileSync('git', ['-C', other.dir, 'rev-parse', `${h}:secret.txt`])
        .toString()
        .trim()
      rmSync(`${other.dir}/.git/objects/${oid.slice(0, 2)}/${oid.slice(2)}`)
      const failed = gitAddedFiles({ cwd: other.dir, base: b, head: h })
      await expect(failed).rejects.toThrow(/git cat-file --batch.*missing/)
      // Its remedy: a whole checkout (the secrets collector says it beside the message).
      await expect(failed).rejects.toBeInstanceOf(CheckoutObjectsError)
    } finally {
      rmSync(other.dir, { recursive: true, force: true })
    }
  })
})

describe('parseAddedRaw', () => {
  const oid = 'a'.repeat(40)
  test('paths and blob names of the added files; a submodule (a commit, no blob) marked; other entries passed over; anything else refused', () => {
    const zero = '0'.repeat(40)
    const out = Buffer.from(
      [
        `:000000 100644 ${zero} ${oid} A\u0000new file.txt\u0000`,
        // The listing is the change's whole one (the files list reads it too): a modification and a rename
        // (two paths) are not additions, and the entry after the rename's two paths is read as an entry.
        `:100644 100644 ${'c'.repeat(40)} ${'d'.repeat(40)} M\u0000changed.txt\u0000`,
        `:100644 100644 ${'c'.repeat(40)} ${'e'.repeat(40)} R086\u0000old name.txt\u0000new name.txt\u0000`,
        `:000000 160000 ${zero} ${'b'.repeat(40)} A\u0000vendor/lib\u0000`
      ].join('')
    )
    expect(parseAddedRaw(out)).toEqual([
      { path: 'new file.txt', oid },
      { path: 'vendor/lib', oid: 'b'.repeat(40), submodule: true }
    ])
    expect(parseAddedRaw(Buffer.alloc(0))).toEqual([])
    // Abbreviated names (no --no-abbrev) or anything not an entry: refused, not guessed at.
    expect(() => parseAddedRaw(Buffer.from(`:000000 100644 0000000 abcdef1 A\u0000x\u0000`))).toThrow(/unexpected output/)
    expect(() => parseAddedRaw(Buffer.from(`new file.txt\u0000`))).toThrow(/unexpected output/)
  })
  test('a table changed in place (CSV, TSV, SQL) is listed for its head blob, as context: its added rows need the header above them', () => {
    const out = Buffer.from(
      [
        `:100644 100644 ${'c'.repeat(40)} ${'d'.repeat(40)} M\u0000exports/users.csv\u0000`,
        `:100644 100644 ${'c'.repeat(40)} ${'e'.repeat(40)} R090\u0000old.sql\u0000db/seed.sql\u0000`,
        `:100644 100644 ${'c'.repeat(40)} ${'f'.repeat(40)} M\u0000README.md\u0000`,
        `:100644 000000 ${'c'.repeat(40)} ${'0'.repeat(40)} D\u0000gone.csv\u0000`
      ].join('')
    )
    expect(parseAddedRaw(out)).toEqual([
      { path: 'exports/users.csv', oid: 'd'.repeat(40), context: true },
      { path: 'db/seed.sql', oid: 'e'.repeat(40), context: true }
    ])
  })
})

describe('BlobBatchReader', () => {
  test('an answer out of step is refused without quoting it (it may be file content)', () => {
    const reader = new BlobBatchReader(['a.txt'], () => undefined)
    expect(() => reader.push(Buffer.from('password=hunter2-but-not-a-header\n'))).toThrow('git cat-file --batch: an unexpected answer for a.txt')
    const missing = new BlobBatchReader(['a.txt'], () => undefined)
    expect(() => missing.push(Buffer.from(`${'a'.repeat(40)} missing\n`))).toThrow(`"${'a'.repeat(40)} missing" for a.txt`)
  })
})
