/**
 * The diff read as git prints it (issue 20, speed): cut into blocks of whole files, each parsed, filtered and
 * scanned at once. Every way of cutting git's output must give exactly what parsing the whole output gives.
 */
import { describe, expect, test } from '@jest/globals'
import { isAscii } from 'node:buffer'
import { execFileSync } from 'node:child_process'
import { renameSync } from 'node:fs'
import { join } from 'node:path'
import {
  applyFilters,
  attachRawBytes,
  BLOCK_BYTES,
  DiffBlockSplitter,
  parseDiffBytes,
  parseUnifiedDiff,
  UnifiedDiffParser,
  type ParsedDiffFile
} from '../../src/secrets/diff.js'
import { seededRandom } from '../../src/secrets/generate.js'
import { gitAddedFiles, gitHistoryAddedFiles, sortInGitOrder } from '../../src/collect/git/diff.js'
import { runGit, streamGit } from '../../src/collect/git/run.js'
import { checkoutChange, diffScan, resolveSecretsParams, secretsFactsOf } from '../../src/collect/secrets.js'
import type { AddedFile } from '../../src/model/facts/secrets.js'
import { Gen } from './fakes.js'
import { git, makeRepo, write } from './helpers.js'

/** A diff with what could confuse a cut: added lines that look like headers, UTF-8 split anywhere, CRLF, binary. */
const TRICKY = [
  'diff --git a/a.txt b/a.txt',
  'new file mode 100644',
  '--- /dev/null',
  '+++ b/a.txt',
  '@@ -0,0 +1,5 @@',
  '+diff --git a/x b/x',
  '++++ b/not-a-header',
  '+été ✓ ünïcödé — 😀',
  '+crlf line\r',
  '+last',
  'diff --git "a/t\\tb.txt" "b/t\\tb.txt"',
  'index 1111111..2222222 100644',
  '--- "a/t\\tb.txt"',
  '+++ "b/t\\tb.txt"',
  '@@ -1,2 +1,3 @@',
  ' context',
  '-removed',
  '+diff --git a/y b/y',
  '+added',
  'diff --git a/bin.dat b/bin.dat',
  'new file mode 100644',
  '--- /dev/null',
  '+++ b/bin.dat',
  '@@ -0,0 +1,2 @@',
  '+\u0000\u0001 raw',
  '+tail',
  '\\ No newline at end of file',
  'diff --git a/gone.txt b/gone.txt',
  'deleted file mode 100644',
  '--- a/gone.txt',
  '+++ /dev/null',
  '@@ -1 +0,0 @@',
  '-bye',
  ''
].join('\n')

/** Feed bytes to a splitter in chunks of the given sizes (cycled); the files its blocks parse into. */
function viaSplitter(bytes: Buffer, sizes: number[]): { files: ParsedDiffFile[]; blocks: Buffer[] } {
  const files: ParsedDiffFile[] = []
  const blocks: Buffer[] = []
  const s = new DiffBlockSplitter(b => {
    blocks.push(Buffer.from(b))
    files.push(...reference(b))
  })
  for (let at = 0, k = 0; at < bytes.length; k++) {
    const n = sizes[k % sizes.length]
    // As streamGit hands chunks over: each read reuses one buffer, so the splitter must not keep the chunk.
    const chunk = Buffer.from(bytes.subarray(at, at + n))
    s.push(chunk)
    chunk.fill(0x58)
    at += n
  }
  s.end()
  return { files, blocks }
}

describe('DiffBlockSplitter', () => {
  const bytes = Buffer.from(TRICKY, 'utf8')
  const whole = reference(bytes)

  test.each([[[1]], [[2]], [[3, 5, 7]], [[11]], [[12]], [[13]], [[64]], [[1000]], [[bytes.length]]])(
    'chunks of %j parse into the same files as the whole diff',
    sizes => {
      const { files, blocks } = viaSplitter(bytes, sizes)
      expect(files).toEqual(whole)
      // The blocks are the diff, cut only before a `diff --git ` header line.
      expect(Buffer.concat(blocks).equals(bytes)).toBe(true)
      for (const b of blocks.slice(1)) expect(b.subarray(0, 11).toString()).toBe('diff --git ')
    }
  )

  test('every cut point of the diff (two chunks) gives the same files', () => {
    for (let cut = 1; cut < bytes.length; cut++) {
      const files: ParsedDiffFile[] = []
      const s = new DiffBlockSplitter(b => files.push(...reference(b)))
      const first = Buffer.from(bytes.subarray(0, cut))
      s.push(first)
      first.fill(0x58)
      s.push(bytes.subarray(cut))
      s.end()
      expect(files).toEqual(whole)
    }
  })

  test('blocks stay within BLOCK_BYTES where whole files allow; a larger file is a block of its own', () => {
    // V8 keeps a string over 128 KiB in its large-object space: decoding 1 MB blocks costs ~20x 60 KiB blocks.
    const file = (i: number, lines: number) =>
      [`diff --git a/f${i}.ts b/f${i}.ts`, 'new file mode 100644', '--- /dev/null', `+++ b/f${i}.ts`, `@@ -0,0 +1,${lines} @@`]
        .concat(Array.from({ length: lines }, (_, k) => `+const v${k} = ${i} // diff --git a/x b/x`))
        .join('\n')
    const parts = Array.from({ length: 400 }, (_, i) => file(i, i === 200 ? 6000 : 20))
    const big = Buffer.from(`${parts.join('\n')}\n`, 'utf8')
    const { files, blocks } = viaSplitter(big, [1024 * 1024])
    expect(files).toEqual(reference(big))
    expect(Buffer.concat(blocks).equals(big)).toBe(true)
    const large = blocks.filter(b => b.length > BLOCK_BYTES)
    expect(large).toHaveLength(1)
    // The large file alone (its added lines that look like headers do not cut it).
    expect(large[0].toString('utf8').startsWith('diff --git a/f200.ts b/f200.ts\n')).toBe(true)
    expect(large[0].toString('utf8').split('\ndiff --git ')).toHaveLength(1)
    // The small files' blocks are filled up to BLOCK_BYTES, not cut file by file.
    expect(blocks.length - 1).toBeLessThanOrEqual(Math.ceil((big.length - large[0].length) / (BLOCK_BYTES / 2)))
    expect(blocks.length - 1).toBeGreaterThanOrEqual(Math.floor((big.length - large[0].length) / BLOCK_BYTES))
    for (const b of blocks.slice(1)) expect(b.subarray(0, 11).toString()).toBe('diff --git ')
  })

  test('an added line that starts like a header never ends a block', () => {
    const { blocks } = viaSplitter(bytes, [5])
    expect(blocks.map(b => b.toString('utf8').split('\n')[0])).toEqual([
      'diff --git a/a.txt b/a.txt',
      'diff --git "a/t\\tb.txt" "b/t\\tb.txt"',
      'diff --git a/bin.dat b/bin.dat',
      'diff --git a/gone.txt b/gone.txt'
    ])
  })
})

/** How the gate reads git's output: decoded, parsed, with the bytes of non-UTF-8 files attached. */
function reference(bytes: Buffer): ParsedDiffFile[] {
  const text = bytes.toString('utf8')
  const files = parseUnifiedDiff(text)
  if (/[\u0000\ufffd]/.test(text)) attachRawBytes(files, bytes)
  return files
}

/** A random diff built from the pieces git prints, with line bodies of random bytes (invalid UTF-8, NUL, CR, '+', header look-alikes). */
function randomDiff(rand: () => number): Buffer {
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]
  const body = (): Buffer => {
    const parts: Buffer[] = []
    const k = Math.floor(rand() * 6)
    for (let i = 0; i < k; i++) {
      parts.push(
        pick([
          Buffer.from('key = value'),
          Buffer.from('été ✓ 😀'),
          Buffer.from([0xe2, 0x82]), // a cut UTF-8 sequence
          Buffer.from([0xff, 0xfe, 0x00]),
          Buffer.from([0x00, 0x41, 0x00]),
          Buffer.from('\r'),
          Buffer.from('+'),
          Buffer.from('diff --git a/q b/q'),
          Buffer.from('@@ -1 +1 @@'),
          Buffer.from('\ufffd'),
          Buffer.from(String.fromCharCode(Math.floor(rand() * 128)))
        ])
      )
    }
    return Buffer.concat(parts)
  }
  const out: Buffer[] = []
  const files = 1 + Math.floor(rand() * 4)
  for (let fi = 0; fi < files; fi++) {
    const name = pick(['a.txt', 'dir/é.txt', 'x y.txt', '"t\\tb.txt"'])
    const quoted = name.startsWith('"')
    const a = quoted ? `"a/${name.slice(1)}` : `a/${name}`
    const b = quoted ? `"b/${name.slice(1)}` : `b/${name}`
    out.push(Buffer.from(`diff --git ${a} ${b}\n`))
    out.push(Buffer.from(pick(['new file mode 100644\n--- /dev/null\n', 'index 1..2 100644\n--- ' + a + '\n', 'deleted file mode 100644\n--- ' + a + '\n'])))
    out.push(Buffer.from(`+++ ${pick([b, '/dev/null'])}\n`))
    const hunks = Math.floor(rand() * 3)
    for (let h = 0; h < hunks; h++) {
      const adds = Math.floor(rand() * 5)
      const dels = Math.floor(rand() * 3)
      const ctx = Math.floor(rand() * 2)
      // Sometimes the counts lie (malformed), so the parser's stopping rule is compared too.
      const lie = rand() < 0.2 ? 1 : 0
      out.push(Buffer.from(`@@ -${1 + h * 10},${dels + ctx} +${1 + h * 10},${adds + ctx + lie} @@ ctx ${pick(['', 'fn()', 'ünï'])}\n`))
      const lines: Buffer[] = []
      for (let i = 0; i < dels; i++) lines.push(Buffer.concat([Buffer.from('-'), body()]))
      for (let i = 0; i < ctx; i++) lines.push(Buffer.concat([Buffer.from(' '), body()]))
      for (let i = 0; i < adds; i++) lines.push(Buffer.concat([Buffer.from('+'), body()]))
      if (rand() < 0.2) lines.push(Buffer.from('\\ No newline at end of file'))
      for (const l of lines) out.push(l, Buffer.from(rand() < 0.1 ? '\r\n' : '\n'))
    }
    if (rand() < 0.1) out.push(Buffer.from(`Binary files ${a} and ${b} differ\n`))
  }
  const all = Buffer.concat(out)
  // Sometimes no final newline.
  return rand() < 0.3 && all[all.length - 1] === 10 ? all.subarray(0, -1) : all
}

/** The byte offsets just after each '\n' of bytes, where a piece of whole lines may end. */
function lineEnds(bytes: Buffer): number[] {
  const ends: number[] = []
  for (let i = bytes.indexOf(10); i >= 0; i = bytes.indexOf(10, i + 1)) ends.push(i + 1)
  return ends
}

describe('UnifiedDiffParser: a diff in pieces of whole lines parses as the diff whole', () => {
  test('3,000 random diffs, each cut at random line ends (a hunk, a run of added lines and a CRLF across a cut)', () => {
    const rand = seededRandom(77)
    for (let i = 0; i < 3000; i++) {
      const d = randomDiff(rand)
      const cuts = lineEnds(d).filter(() => rand() < 0.4)
      const parser = new UnifiedDiffParser()
      let from = 0
      for (const c of [...cuts, d.length]) {
        if (c > from) parser.push(d.toString('latin1', from, c))
        from = c
      }
      expect(parser.end()).toEqual(parseUnifiedDiff(d.toString('latin1')))
    }
  })

  test('parseDiffBytes on diffs larger than a piece (a 600 KB new file, many hunks, a line over a piece, non-UTF-8 bytes) gives the whole parse', () => {
    const rand = seededRandom(9)
    const big: Buffer[] = [Buffer.from('diff --git a/big.js b/big.js\nnew file mode 100644\n--- /dev/null\n+++ b/big.js\n@@ -0,0 +1,12000 @@\n')]
    for (let i = 0; i < 12000; i++)
      big.push(Buffer.from(`+const v${i} = "${'é✓'.repeat(i % 7)}${'x'.repeat(Math.floor(rand() * 60))}"${i % 97 === 0 ? '\r' : ''}\n`))
    const hunks: Buffer[] = [Buffer.from('diff --git a/m.txt b/m.txt\nindex 1..2 100644\n--- a/m.txt\n+++ b/m.txt\n')]
    for (let h = 0; h < 8000; h++) hunks.push(Buffer.from(`@@ -${h * 10 + 1},2 +${h * 10 + 1},3 @@\n-old ${h}\n ctx\n+new ${h} \u00e9\n+diff --git a/q b/q\n`))
    const longLine = Buffer.from(
      `diff --git a/one.min.js b/one.min.js\nnew file mode 100644\n--- /dev/null\n+++ b/one.min.js\n@@ -0,0 +1,2 @@\n+${'a'.repeat(BLOCK_BYTES * 2 + 17)}\n+tail\n`
    )
    const raw = Buffer.concat([
      Buffer.from('diff --git a/w.txt b/w.txt\nnew file mode 100644\n--- /dev/null\n+++ b/w.txt\n@@ -0,0 +1,12000 @@\n'),
      ...Array.from({ length: 12000 }, (_, i) => Buffer.concat([Buffer.from('+'), Buffer.from([0x41, 0x00, 0xe2, 0x82, 0xff]), Buffer.from(` ${i}\n`)]))
    ])
    for (const d of [Buffer.concat(big), Buffer.concat(hunks), longLine, raw, Buffer.concat([longLine, Buffer.concat(hunks), raw, Buffer.concat(big)])]) {
      expect(d.length).toBeGreaterThan(BLOCK_BYTES * 2)
      const files = parseDiffBytes(d)
      const ref = reference(d)
      if (isAscii(d)) for (const f of ref) f.ascii = true
      expect(files).toEqual(ref)
    }
  })
})

describe('DiffBlockSplitter on random diffs', () => {
  test('3,000 random diffs of random bytes, cut in random chunks, parse as each diff whole', () => {
    const rand = seededRandom(2026)
    for (let i = 0; i < 3000; i++) {
      const d = randomDiff(rand)
      const sizes = Array.from({ length: 4 }, () => 1 + Math.floor(rand() * 40))
      expect(viaSplitter(d, sizes).files).toEqual(reference(d))
    }
  })
})

describe('streamGit', () => {
  test('hands over every byte git prints, and git’s failure with its message', async () => {
    const repo = makeRepo({ 'a.txt': 'a\n' }, dir => write(dir, 'b.txt', 'x'.repeat(3 * 1024 * 1024) + '\n'))
    const chunks: Buffer[] = []
    const r = await streamGit(repo.dir, ['show', `${repo.head}:b.txt`], c => chunks.push(Buffer.from(c)))
    expect(r.ok).toBe(true)
    expect(r.bytes).toBe(3 * 1024 * 1024 + 1)
    expect(Buffer.concat(chunks).toString()).toBe('x'.repeat(3 * 1024 * 1024) + '\n')
    const bad = await streamGit(repo.dir, ['show', 'no-such-ref:b.txt'], () => undefined)
    expect(bad.ok).toBe(false)
    expect(bad.stderr).toMatch(/no-such-ref/)
    // Past maxBuffer git is stopped, and the call fails saying so.
    const capped = await streamGit(repo.dir, ['show', `${repo.head}:b.txt`], () => undefined, { maxBuffer: 1024 })
    expect(capped.ok).toBe(false)
    expect(capped.stderr).toMatch(/more than 1024 bytes/)
  })

  test('other I/O gets its turn while the caller works on the output (an API answer is not held until the scan ends)', async () => {
    const repo = makeRepo({ 'a.txt': 'a\n' }, dir => write(dir, 'b.txt', 'x'.repeat(8 * 1024 * 1024) + '\n'))
    // git is done long before the caller, who spends 30 ms on each 1 MiB read: a timer set at the first read
    // (git's whole output is then waiting) must fire while the reads go on, not after the last one.
    let firedAtChunk = -1
    let chunks = 0
    const r = await streamGit(repo.dir, ['show', `${repo.head}:b.txt`], () => {
      if (chunks++ === 0) setTimeout(() => (firedAtChunk = chunks), 0)
      const until = Date.now() + 30
      while (Date.now() < until);
    })
    expect(r.ok).toBe(true)
    expect(chunks).toBeGreaterThanOrEqual(8)
    expect(firedAtChunk).toBeGreaterThanOrEqual(0)
    expect(firedAtChunk).toBeLessThan(chunks)
  })

  test('a short git command asked for while a stream is read starts when the stream ends (a fork mid-scan slows the scan); at once otherwise', async () => {
    const repo = makeRepo({ 'a.txt': 'a\n' }, dir => write(dir, 'b.txt', 'x'.repeat(4 * 1024 * 1024) + '\n'))
    const order: string[] = []
    let chunks = 0
    let asked: Promise<unknown> | undefined
    const r = await streamGit(repo.dir, ['show', `${repo.head}:b.txt`], () => {
      if (chunks++ === 0) asked = runGit(repo.dir, ['rev-parse', 'HEAD']).then(x => order.push(`rev-parse ${x.ok}`))
      const until = Date.now() + 20
      while (Date.now() < until);
    }).then(x => {
      order.push('stream end')
      return x
    })
    await asked
    expect(r.ok).toBe(true)
    expect(chunks).toBeGreaterThanOrEqual(4)
    expect(order).toEqual(['stream end', 'rev-parse true'])
    // With no stream the command starts at once: two asked in a row both run, in the order asked.
    const now = await Promise.all([runGit(repo.dir, ['rev-parse', 'HEAD']), runGit(repo.dir, ['cat-file', '-e', `${repo.head}^{commit}`])])
    expect(now.map(x => x.ok)).toEqual([true, true])
  })
})

describe('gitAddedFiles streamed', () => {
  const repo = makeRepo({ 'old name.txt': 'line\n'.repeat(40), 'gone.txt': 'bye\n' }, dir => {
    renameSync(join(dir, 'old name.txt'), join(dir, 'new name.txt'))
    write(dir, 'new name.txt', 'line\n'.repeat(40) + 'added after rename\n')
    // Enough files that git prints more than one read's worth (1 MiB).
    for (let i = 0; i < 120; i++)
      write(dir, `pkg/f${i}.ts`, `// file ${i}\n${'const value = compute(input) // ünï\n'.repeat(300)}${i === 77 ? 'diff --git a/x b/x\n' : ''}`)
    write(dir, 'utf16.txt', Buffer.from('\ufeffkey = value\n', 'utf16le'))
    write(dir, 'vendor/lib.js', 'var x = 1\n')
    write(dir, 'big.txt', 'y'.repeat(70 * 1024) + '\n')
    // Hidden text without a secret: each file gets its unhidden view (ASCII blocks skip only the invisible-character test).
    write(dir, 'ascii/escaped-u.json', '{ "name": "a\\u005fb" }\n')
    write(dir, 'ascii/escaped-x.js', 'const s = "\\x41"\n')
    write(dir, 'ascii/escaped-percent.txt', 'https://example.com/%41%42c\n')
    write(dir, 'pkg/zero-width.txt', 'plain\nwith a zero\u200bwidth space\nand a soft\u00adhyphen\n')
    // Fakes made now (never stored): a GitHub token in one file, an AWS key id in another.
    write(dir, 'pkg/f50.ts', `const GH = "ghp_${new Gen(7).alnum(36)}"\n`)
    write(dir, 'conf/app.env', `AWS_ACCESS_KEY_ID=AKIA${new Gen(8).chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}\n`)
    git(dir, 'rm', '-q', 'gone.txt')
  })

  test("the caller's own failure while a file is handed over stops git and is thrown as itself, not as git's", async () => {
    const options = { cwd: repo.dir, base: repo.base, head: repo.head, maxFileSize: 64 * 1024, excludePaths: ['vendor/**'] }
    const failure = new Error('scanner: custom rule could not be compiled')
    await expect(
      gitAddedFiles(options, () => {
        throw failure
      })
    ).rejects.toBe(failure)
  })

  test('the files handed over one by one are the files of the whole diff, parsed at once', async () => {
    const options = { cwd: repo.dir, base: repo.base, head: repo.head, maxFileSize: 64 * 1024, excludePaths: ['vendor/**'] }
    const seen: AddedFile[] = []
    const r = await gitAddedFiles(options, f => seen.push(f))
    // Handed over as read (the files the change modifies, then those it adds, whole from their blobs); returned in git's order.
    expect(sortInGitOrder([...seen])).toEqual(r.files)
    // The reference: git's whole output, parsed in one piece (as before streaming).
    const out = execFileSync(
      'git',
      [
        '-C',
        repo.dir,
        'diff',
        '--no-color',
        '--unified=0',
        '--text',
        '--no-ext-diff',
        '--no-textconv',
        '--find-renames',
        '--src-prefix=a/',
        '--dst-prefix=b/',
        `${repo.base}...${repo.head}`,
        '--'
      ],
      { maxBuffer: 64 * 1024 * 1024 }
    )
    expect(out.length).toBeGreaterThan(1024 * 1024)
    const whole = applyFilters(reference(out), options)
    expect(whole.files.length).toBeGreaterThan(120)
    // Line numbers compared as numbers: a whole file's are a typed array, a patch's an array.
    const plain = (fs: AddedFile[]) => fs.map(f => ({ ...f, lineNumbers: Array.from(f.lineNumbers) }))
    expect(plain(r.files)).toEqual(plain(whole.files))
    expect(r.skipped).toEqual(whole.skipped)
    expect(r.not_verified).toEqual(whole.not_verified)
    // UTF-16 is decoded from the block's bytes: scanned as its text.
    expect(r.files.find(f => f.path === 'utf16.txt')?.text).toContain('key = value')
    // Each hidden spelling is read again as shown (the unhidden view follows the file's own lines).
    expect(r.files.find(f => f.path === 'ascii/escaped-u.json')?.text).toContain('{ "name": "a_b" }')
    expect(r.files.find(f => f.path === 'ascii/escaped-x.js')?.text).toContain('const s = "A"')
    expect(r.files.find(f => f.path === 'ascii/escaped-percent.txt')?.text).toContain('https://example.com/ABc')
    expect(r.files.find(f => f.path === 'pkg/zero-width.txt')?.text).toContain('with a zerowidth space\nand a softhyphen')
  })

  test('facts from the streamed scan equal facts from scanning the finished diff', async () => {
    const params = resolveSecretsParams({})
    const options = { cwd: repo.dir, base: repo.base, head: repo.head, maxFileSize: params['max-file-size'], excludePaths: [] }
    const scanned = diffScan(params, 'o/r')
    const change = await checkoutChange(options, scanned)
    const baseline = { facts: { path: params.baseline, ref: repo.base, entries: 0, present: false }, fingerprints: new Set<string>() }
    const scan = { ...change, repo: 'o/r', base: repo.base, head: repo.head, source: 'checkout' as const, baseline }
    const streamed = secretsFactsOf(params, scan, scanned)
    expect(streamed.value?.findings.map(f => f.path).sort()).toEqual(['conf/app.env', 'pkg/f50.ts'])
    // The streamed diff keeps no texts (one commit: no history scan needs them); the finished diff is read whole.
    expect(change.diff.files.every(f => f.text === '')).toBe(true)
    expect(streamed).toEqual(secretsFactsOf(params, { ...scan, diff: await gitAddedFiles(options) }))
  })
})

describe('gitHistoryAddedFiles streamed', () => {
  const token = `ghp_${new Gen(11).alnum(36)}`
  const body = (i: number) => `// part ${i}\n${'export const value = compute(input, options) // ünï\n'.repeat(14000)}`
  const repo = makeRepo({ 'README.md': '# r\n' }, dir => {
    // Three commits of ~700 KB each (more than one read of git's output), the token added then removed.
    write(dir, 'a.ts', body(1) + `const GH = "${token}"\n`)
    git(dir, 'add', '-A')
    git(dir, 'commit', '-q', '-m', 'one')
    write(dir, 'a.ts', body(1))
    write(dir, 'b.ts', body(2))
    git(dir, 'add', '-A')
    git(dir, 'commit', '-q', '-m', 'two')
    write(dir, 'c.ts', body(3))
  })

  test('every commit with its own added lines, cut out of a log read as git prints it', async () => {
    const h = await gitHistoryAddedFiles({ cwd: repo.dir, base: repo.base, head: repo.head })
    if ('skipped' in h) throw new Error(h.skipped)
    // Oldest commit first.
    const shas = git(repo.dir, 'log', '--reverse', '--format=%H', `${repo.base}..${repo.head}`).trim().split('\n')
    expect(h.commits.map(c => c.commit)).toEqual(shas)
    expect(h.commits.map(c => c.files.map(f => [f.path, f.lineNumbers.length]))).toEqual([[['a.ts', 14002]], [['b.ts', 14001]], [['c.ts', 14001]]])
    expect(h.commits[0]?.files[0]?.text).toBe(`${body(1)}const GH = "${token}"`)
    expect(h.commits[2]?.files[0]?.text).toBe(body(3).slice(0, -1))
    expect(h.not_scanned).toEqual([])
  })
})
