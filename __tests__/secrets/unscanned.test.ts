/**
 * Issue 19, "Nothing added goes unscanned in silence", at the unit level: text stored as UTF-16,
 * compressed archives, attributes from the pull request's tree, and lockfiles scanned with their
 * digests and registry URLs masked (checked against the real lockfiles this project installs with).
 */
import { describe, expect, test } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { gitAddedFiles, archiveKind, foldWideText, applyFilters, parseUnifiedDiff } from '../../src/secrets/diff.js'
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
    const repo = makeRepo({}, (dir) => write(dir, 'deploy/prod.env', utf16))
    const r = await gitAddedFiles({ cwd: repo.dir, base: repo.base, head: repo.head })
    const f = r.files.find((x) => x.path === 'deploy/prod.env')
    expect(f).toBeDefined()
    const found = scanner.scanFile(f!)
    expect(found.map((m) => [m.rule, m.line])).toEqual([['github-pat', 2]])
  })

  test('.gitattributes of the pull request (-diff, binary, a diff driver) do not hide lines', async () => {
    const key = expandTemplate('sk_live_{alnum:40}', rand)
    const repo = makeRepo({}, (dir) => {
      write(dir, '.gitattributes', '*.env -diff\n*.cfg binary\n*.ini diff=hide\n')
      write(dir, 'a.env', `K=${key}\n`)
      write(dir, 'b.cfg', `k = ${key}\n`)
      write(dir, 'c.ini', `k = ${key}\n`)
    })
    const r = await gitAddedFiles({ cwd: repo.dir, base: repo.base, head: repo.head })
    for (const p of ['a.env', 'b.cfg', 'c.ini']) {
      const f = r.files.find((x) => x.path === p)
      expect(f && scanner.scanFile(f).map((m) => m.rule)).toEqual(['stripe-live-secret-key'])
    }
  })

  test('compressed archives are not verified (their content cannot be read); a PNG is scanned as text', () => {
    const zip = { text: 'PK\u0003\u0004\u0014\u0000\u0000\u0000\u0008\u0000', lineNumbers: [1] }
    const gz = { text: '\u001f\ufffd\u0008\u0000\u0000\u0000', lineNumbers: [1] }
    expect(archiveKind(zip)).toMatch(/zip/)
    expect(archiveKind(gz)).toMatch(/gzip/)
    expect(archiveKind({ text: '\ufffdPNG\r', lineNumbers: [1] })).toBeUndefined()
    // Not the start of the file: an archive cannot begin mid-file.
    expect(archiveKind({ ...zip, lineNumbers: [7] })).toBeUndefined()
    const d = 'diff --git a/x.zip b/x.zip\nnew file mode 100644\n--- /dev/null\n+++ b/x.zip\n@@ -0,0 +1,2 @@\n+PK\u0003\u0004\u0014\u0000\n+\u0000\u0001\n'
    const r = applyFilters(parseUnifiedDiff(d))
    expect(r.files).toEqual([])
    expect(r.not_verified).toEqual([{ path: 'x.zip', reason: expect.stringMatching(/zip archive.*cannot be scanned/), remedy: expect.stringMatching(/exclude-paths/) }])
    // Excluded by the policy: skipped on purpose, not "not verified".
    expect(applyFilters(parseUnifiedDiff(d), { excludePaths: ['*.zip'] }).skipped).toEqual([{ path: 'x.zip', reason: 'excluded by policy pattern *.zip' }])
  })

  test('a Git LFS pointer is not verified: its content lives outside the repository', () => {
    const oid = expandTemplate('{hex:64}', rand)
    const d = `diff --git a/prod.env b/prod.env\nnew file mode 100644\n--- /dev/null\n+++ b/prod.env\n@@ -0,0 +1,3 @@\n+version https://git-lfs.github.com/spec/v1\n+oid sha256:${oid}\n+size 1234\n`
    const r = applyFilters(parseUnifiedDiff(d))
    expect(r.files).toEqual([])
    expect(r.not_verified).toEqual([{ path: 'prod.env', reason: expect.stringMatching(/Git LFS pointer/), remedy: expect.stringMatching(/LFS/) }])
  })

  test('foldWideText leaves ordinary text (a stray NUL included) alone', () => {
    expect(foldWideText('a=1\u0000\nb=2')).toBe('a=1\u0000\nb=2')
    expect(foldWideText('a\u0000=\u00001\u0000')).toBe('a=1')
  })
})

describe('lockfiles: scanned, digests and registry URLs masked', () => {
  const real = ['package-lock.json', 'node_modules/uri-js/yarn.lock'].filter((p) => existsSync(p))

  test('masking keeps length, lines and columns', () => {
    const t = '  integrity sha512-' + 'Ab1+'.repeat(20) + '==\n  resolved "https://registry.yarnpkg.com/a/-/a-1.0.0.tgz#0123456789abcdef0123456789abcdef01234567"'
    const m = maskLockfile(t)
    expect(m.length).toBe(t.length)
    expect(m.split('\n').length).toBe(2)
    expect(m).not.toMatch(/sha512|registry|0123456789abcdef/)
  })

  test.each(real)('no finding in the real lockfile %s', (path) => {
    const text = readFileSync(path, 'utf8')
    const lineNumbers = text.split('\n').map((_, i) => i + 1)
    expect(scanner.scanFile({ path, text, lineNumbers, lockfile: true })).toEqual([])
  })

  test('a token pasted into a lockfile, in a resolved URL’s user-info or query, is found', () => {
    const ghp = expandTemplate('ghp_{alnum:36}', rand)
    const npm = expandTemplate('npm_{alnum:36}', rand)
    const text = [
      `"left-pad@^1.3.0":`,
      `  version "1.3.0"`,
      `  resolved "https://x-access-token:${ghp}@npm.pkg.github.com/left-pad/-/left-pad-1.3.0.tgz"`,
      `  resolved "https://registry.example.com/left-pad.tgz?token=${npm}"`,
      `  integrity sha512-${expandTemplate('{b64:86}', rand)}==`
    ].join('\n')
    const found = scanner.scanFile({ path: 'deploy/yarn.lock', text, lineNumbers: [1, 2, 3, 4, 5], lockfile: true })
    expect(found.map((m) => [m.rule, m.line])).toEqual(expect.arrayContaining([
      ['github-pat', 3],
      ['npm-access-token', 4]
    ]))
    expect(found.every((m) => m.line === 3 || m.line === 4)).toBe(true)
  })
})
