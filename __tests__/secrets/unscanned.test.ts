/**
 * Issue 19, "Nothing added goes unscanned in silence", at the unit level: text stored as UTF-16,
 * compressed archives, attributes from the pull request's tree, and lockfiles scanned whole with only
 * their digests kept from the generic rules (checked against real lockfiles of public projects).
 */
import { describe, expect, test } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { archiveKind, foldWideText, applyFilters, parseUnifiedDiff, filesFromApi, WIDE_TEXT_REMEDY } from '../../src/secrets/diff.js'
import { gitAddedFiles } from '../../src/collect/git/diff.js'
import { decodeWide } from '../../src/secrets/encoding.js'
import { maskLockfile } from '../../src/secrets/lockfile.js'
import { createScanner } from '../../src/secrets/scanner.js'
import { expandTemplate, seededRandom } from '../../src/secrets/generate.js'
import { makeRepo, write } from './helpers.js'

const rand = seededRandom(1919)
const scanner = createScanner({ repo: 'acme/app' })

describe('content git would call binary', () => {
  test('a .env saved as UTF-16LE (NUL between characters, BOM) is decoded and scanned', async () => {
    const key = expandTemplate('ghp_{alnum:36}', rand)
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`APP=demo\r\nGH_TOKEN=${key}\r\n`, 'utf16le')])
    const repo = makeRepo({}, dir => write(dir, 'deploy/prod.env', utf16))
    const r = await gitAddedFiles({ cwd: repo.dir, base: repo.base, head: repo.head })
    const f = r.files.find(x => x.path === 'deploy/prod.env')
    expect(f).toBeDefined()
    const found = scanner.scanFile(f!)
    expect(found.map(m => [m.rule, m.line])).toEqual([['github-pat', 2]])
  })

  // Mostly CJK: far fewer than a quarter of the characters are ASCII (the NUL ratio says nothing).
  const CJK = '部署说明：本文件记录生产环境的访问凭据，请勿外传。如需轮换，请联系平台团队并在变更单中登记。所有操作须经过双人复核。'
  /** git's line number (lines end at 0x0A bytes) of the first line holding needle, encoded like bytes. */
  const gitLine = (bytes: Buffer, needle: Buffer): number => bytes.subarray(0, bytes.indexOf(needle)).filter(b => b === 0x0a).length + 1
  const be16 = (t: string) => Buffer.from(t, 'utf16le').swap16()
  const le32 = (t: string) =>
    Buffer.concat(
      [...t].map(ch => {
        const b = Buffer.alloc(4)
        b.writeUInt32LE(ch.codePointAt(0)!)
        return b
      })
    )
  const encodings: [string, (t: string) => Buffer, Buffer][] = [
    ['UTF-16LE with BOM', t => Buffer.from(t, 'utf16le'), Buffer.from([0xff, 0xfe])],
    ['UTF-16BE with BOM', be16, Buffer.from([0xfe, 0xff])],
    ['UTF-16LE without BOM', t => Buffer.from(t, 'utf16le'), Buffer.alloc(0)],
    ['UTF-16BE without BOM', be16, Buffer.alloc(0)],
    ['UTF-32LE with BOM', le32, Buffer.from([0xff, 0xfe, 0, 0])]
  ]

  test.each(encodings)('mostly-CJK text in %s with a token is decoded and the token found', async (_name, enc, bom) => {
    const key = expandTemplate('ghp_{alnum:36}', rand)
    const bytes = Buffer.concat([bom, enc(`${CJK}\r\n令牌 ${key}\r\n${CJK}\r\n`)])
    const repo = makeRepo({}, dir => write(dir, 'docs/部署说明.txt', bytes))
    const r = await gitAddedFiles({ cwd: repo.dir, base: repo.base, head: repo.head })
    expect(r.not_verified).toEqual([])
    const f = r.files.find(x => x.path === 'docs/部署说明.txt')!
    expect(scanner.scanFile(f).map(m => [m.rule, m.line])).toEqual([['github-pat', gitLine(bytes, enc('令牌'))]])
  })

  test('lines added to a UTF-16LE file (hunks starting at either byte of a code unit) are decoded', async () => {
    const key = expandTemplate('ghp_{alnum:36}', rand)
    // 上 is U+4E0A: its low byte is 0x0A, so git splits a line inside the character.
    const before = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${CJK}\r\n上线说明\r\n`.repeat(6), 'utf16le')])
    const after = Buffer.concat([before, Buffer.from(`上线令牌 ${key}\r\n`, 'utf16le')])
    const repo = makeRepo({ 'ops/notes.txt': before }, dir => write(dir, 'ops/notes.txt', after))
    const r = await gitAddedFiles({ cwd: repo.dir, base: repo.base, head: repo.head })
    const f = r.files.find(x => x.path === 'ops/notes.txt')!
    // Without the mark in the diff, a hunk starting inside 上 reads as UTF-16LE or as UTF-16BE alike: the
    // token is found either way, on the git line its decoded line starts on (上's, or the next).
    const found = scanner.scanFile(f)
    expect(found.map(m => m.rule)).toEqual(['github-pat'])
    const at = gitLine(after, Buffer.from(`上线令牌 ${key}`, 'utf16le'))
    expect([at, at + 1]).toContain(found[0].line)
  })

  test('decodeWide: by the byte-order mark always; without one by the NUL parity among ASCII bytes, not by binary data', () => {
    const text = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(CJK, 'utf16le')])
    // No ASCII at all: the mark alone decides.
    expect(decodeWide(text, [1])).toEqual({ encoding: 'utf-16le', text: CJK, lineNumbers: [1] })
    expect(decodeWide(Buffer.from(`a\nb ${CJK}`, 'utf16le').subarray(0, 1), [1])).toBeUndefined()
    // Binary: NULs and ASCII bytes at both parities alike.
    const binary = Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0 : 0x41 + (i % 26))))
    expect(decodeWide(binary, [1])).toBeUndefined()
    // UTF-8 text with a stray NUL is not UTF-16.
    expect(decodeWide(Buffer.from('a=1\u0000\nb=2'), [1, 2])).toBeUndefined()
    // The bytes must split into the diff's lines.
    expect(() => decodeWide(text, [1, 2])).toThrow(/lines/)
  })

  test('a GitHub patch of UTF-16 text with characters lost is not verified; NULs between ASCII characters are folded', () => {
    const key = expandTemplate('ghp_{alnum:36}', rand)
    // What a UTF-8 reading of UTF-16LE makes of a BOM, CJK and ASCII.
    const lossy = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${CJK}\r\n令牌 ${key}\r\n`, 'utf16le')]).toString('utf8')
    const patch = `@@ -0,0 +1,2 @@\n+${lossy.split('\n').slice(0, 2).join('\n+')}\n`
    const r = filesFromApi([{ filename: 'docs/notes.txt', status: 'added', additions: 2, changes: 2, patch }])
    expect(r.files).toEqual([])
    expect(r.not_verified).toEqual([{ path: 'docs/notes.txt', reason: expect.stringMatching(/UTF-16/), remedy: WIDE_TEXT_REMEDY }])
    const ascii = Buffer.from(`GH_TOKEN=${key}\n`, 'utf16le').toString('utf8')
    const r2 = filesFromApi([{ filename: 'a.env', status: 'added', additions: 2, changes: 2, patch: `@@ -0,0 +1,2 @@\n+${ascii.split('\n').join('\n+')}\n` }])
    expect(r2.not_verified).toEqual([])
    expect(scanner.scanFile(r2.files[0]).map(m => [m.rule, m.line])).toEqual([['github-pat', 1]])
  })

  test('.gitattributes of the pull request (-diff, binary, a diff driver) do not hide lines', async () => {
    const key = expandTemplate('sk_live_{alnum:40}', rand)
    const repo = makeRepo({}, dir => {
      write(dir, '.gitattributes', '*.env -diff\n*.cfg binary\n*.ini diff=hide\n')
      write(dir, 'a.env', `K=${key}\n`)
      write(dir, 'b.cfg', `k = ${key}\n`)
      write(dir, 'c.ini', `k = ${key}\n`)
    })
    const r = await gitAddedFiles({ cwd: repo.dir, base: repo.base, head: repo.head })
    for (const p of ['a.env', 'b.cfg', 'c.ini']) {
      const f = r.files.find(x => x.path === p)
      expect(f && scanner.scanFile(f).map(m => m.rule)).toEqual(['stripe-live-secret-key'])
    }
  })

  test('compressed archives are not verified (their content cannot be read); a PNG is scanned as text', () => {
    const zip = { text: 'PK\u0003\u0004\u0014\u0000\u0000\u0000\u0008\u0000', lineNumbers: [1] }
    const gz = { text: '\u001f\ufffd\u0008\u0000\u0000\u0000', lineNumbers: [1] }
    expect(archiveKind(zip)).toMatch(/zip/)
    expect(archiveKind(gz)).toMatch(/gzip/)
    expect(archiveKind({ text: '\ufffdPNG\r', lineNumbers: [1] })).toBeUndefined()
    // A bare zlib stream and a PDF with compressed streams hide their text too (cold attacker review, session 40).
    expect(archiveKind({ text: 'x\ufffd\u000b\ufffd', lineNumbers: [1] })).toMatch(/zlib/)
    expect(archiveKind({ text: '%PDF-1.7\n4 0 obj\n<< /Length 95 /Filter /FlateDecode >>\nstream\nx\ufffd', lineNumbers: [1, 2, 3, 4, 5] })).toMatch(/PDF/)
    expect(archiveKind({ text: '%PDF-1.4\n1 0 obj\n<< /Length 44 >>\nstream\nBT /F1 12 Tf (Hello) Tj ET', lineNumbers: [1, 2, 3, 4, 5] })).toBeUndefined()
    expect(archiveKind({ text: 'x^2 + y^2 = z^2', lineNumbers: [1] })).toBeUndefined()
    // Not the start of the file: an archive cannot begin mid-file.
    expect(archiveKind({ ...zip, lineNumbers: [7] })).toBeUndefined()
    const d = 'diff --git a/x.zip b/x.zip\nnew file mode 100644\n--- /dev/null\n+++ b/x.zip\n@@ -0,0 +1,2 @@\n+PK\u0003\u0004\u0014\u0000\n+\u0000\u0001\n'
    const r = applyFilters(parseUnifiedDiff(d))
    expect(r.files).toEqual([])
    expect(r.not_verified).toEqual([
      { path: 'x.zip', reason: expect.stringMatching(/zip archive.*cannot be scanned/), remedy: expect.stringMatching(/exclude-paths/) }
    ])
    // Excluded by the policy: skipped on purpose, not "not verified".
    expect(applyFilters(parseUnifiedDiff(d), { excludePaths: ['*.zip'] }).skipped).toEqual([{ path: 'x.zip', reason: 'excluded by policy pattern *.zip' }])
  })

  test('a Git LFS pointer is not verified: its content lives outside the repository', () => {
    const oid = expandTemplate('{hex:64}', rand)
    const d = `diff --git a/prod.env b/prod.env\nnew file mode 100644\n--- /dev/null\n+++ b/prod.env\n@@ -0,0 +1,3 @@\n+version https://git-lfs.github.com/spec/v1\n+oid sha256:${oid}\n+size 1234\n`
    const r = applyFilters(parseUnifiedDiff(d))
    expect(r.files).toEqual([])
    expect(r.not_verified).toEqual([{ path: 'prod.env', reason: expect.stringMatching(/Git LFS pointer/), remedy: expect.stringMatching(/LFS/) }])
    // Not "compressed": the pointer is plain text naming an object kept elsewhere (cold audit 20).
    expect(r.not_verified[0].reason).toBe('Git LFS pointer: the content is stored outside the repository (Git LFS) and cannot be scanned')
  })

  test('foldWideText leaves ordinary text (a stray NUL included) alone', () => {
    expect(foldWideText('a=1\u0000\nb=2')).toBe('a=1\u0000\nb=2')
    expect(foldWideText('a\u0000=\u00001\u0000')).toBe('a=1')
  })
})

describe('lockfiles: scanned whole, only their digests kept from the generic rules', () => {
  // The lockfiles this project installs with, and excerpts of public projects' lockfiles (pnpm, Cargo, poetry, yarn v1, npm).
  const fixtures = readdirSync('__fixtures__/lockfiles')
    .filter(f => f.endsWith('.txt'))
    .map(f => `__fixtures__/lockfiles/${f}`)
  const real = ['package-lock.json', 'node_modules/uri-js/yarn.lock'].filter(p => existsSync(p)).concat(fixtures)
  const lock = (path: string, lines: string[]) => ({ path, text: lines.join('\n'), lineNumbers: lines.map((_, i) => i + 1), lockfile: true })

  test('the digests: SRI, prefixed, yarn fragments and hash/revision keys; not URLs, not a bare hex value elsewhere', () => {
    const t = [
      '  integrity sha512-' + 'Ab1+'.repeat(20) + '==',
      '  resolved "https://registry.yarnpkg.com/a/-/a-1.0.0.tgz#0123456789abcdef0123456789abcdef01234567"',
      'checksum = "' + 'ab'.repeat(32) + '"',
      '    {file = "x.whl", hash = "sha256:' + 'cd'.repeat(32) + '"},',
      'DD_API_KEY=' + 'ef'.repeat(16)
    ].join('\n')
    const m = maskLockfile(t)
    expect(m.length).toBe(t.length)
    expect(m.split('\n').length).toBe(5)
    expect(m).not.toMatch(/sha512-|0123456789abcdef|abab|sha256:|cdcd/)
    expect(m).toContain('https://registry.yarnpkg.com/a/-/a-1.0.0.tgz#')
    expect(m).toContain('DD_API_KEY=' + 'ef'.repeat(16))
  })

  test.each(real)('no finding in the real lockfile %s', path => {
    const text = readFileSync(path, 'utf8')
    const lineNumbers = text.split('\n').map((_, i) => i + 1)
    expect(scanner.scanFile({ path, text, lineNumbers, lockfile: true })).toEqual([])
  })

  test('a token in a resolved URL’s path (Gemfury-style), user-info or query is found', () => {
    const fury = expandTemplate('ghp_{alnum:36}', rand)
    const ghp = expandTemplate('ghp_{alnum:36}', rand)
    const npm = expandTemplate('npm_{alnum:36}', rand)
    const f = lock('web/package-lock.json', [
      '    "node_modules/left-pad": {',
      '      "version": "1.3.0",',
      `      "resolved": "https://npm-proxy.fury.io/${fury}/left-pad/-/left-pad-1.3.0.tgz",`,
      `      "integrity": "sha512-${expandTemplate('{b64:86}', rand)}=="`,
      '    },',
      `  resolved "https://x-access-token:${ghp}@npm.pkg.github.com/left-pad/-/left-pad-1.3.0.tgz"`,
      `  resolved "https://registry.example.com/left-pad.tgz?token=${npm}"`
    ])
    // The token in the URL's user-info is one finding, by the provider's rule (url-basic-auth reads the same span).
    expect(scanner.scanFile(f).map(m => [m.rule, m.line])).toEqual([
      ['github-pat', 3],
      ['github-pat', 6],
      ['npm-access-token', 7]
    ])
  })

  test('any line of a file named like a lockfile, in any folder, is scanned (a webhook URL, a KEY=value)', () => {
    const slack = expandTemplate('xoxb-{digits:12}-{digits:13}-{alnum:24}', rand)
    const ghp = expandTemplate('ghp_{alnum:36}', rand)
    const f = lock('ops/yarn.lock', [`SLACK_WEBHOOK_TOKEN=https://hooks.example.com/${slack}`, `GH_TOKEN=${ghp}`])
    expect(scanner.scanFile(f).map(m => [m.rule, m.line])).toEqual([
      [expect.stringMatching(/^slack/), 1],
      ['github-pat', 2]
    ])
  })

  test('a credential shaped to sit inside a digest is still reported by its specific rule', () => {
    const akid = expandTemplate('AKIA{b32:16}', rand)
    // 20 base64 characters and a pad: the shape of an SRI digest.
    const f = lock('yarn.lock', [`  integrity sha1-${akid}=`])
    expect(maskLockfile(f.text)).not.toContain('AKIA')
    expect(scanner.scanFile(f).map(m => m.rule)).toEqual(['aws-access-key-id'])
  })

  test('a digest is kept from the generic rules only; a secret-named value that is not a digest is found', () => {
    const sri = `sha512-${expandTemplate('{b64:86}', rand)}==`
    const value = expandTemplate('{alnum:32}', rand)
    const f = lock('pnpm-lock.yaml', [`client_secret: ${sri}`, `client_secret: ${value}`])
    const found = scanner.scanFile(f)
    expect(found.map(m => m.line)).toEqual([2])
    expect(scanner.scanFile({ ...f, lockfile: false }).map(m => m.line)).toEqual([1, 2])
  })
})
