/**
 * The history (`git log -p base..head`) read and scanned as git prints it (issue 20, memory): cut into pieces of
 * whole files with the commit each belongs to, each piece parsed and scanned at once, so no commit is held
 * whole. Every way of cutting the log must give what cutting the whole log at its commit markers gives, and
 * the facts of a change scanned while git prints it must equal the facts of the same change held whole.
 * Also git's own clock (the caller's scanning time is not git's) and where git's scratch files go.
 */
import { afterEach, describe, expect, test } from '@jest/globals'
import { mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { attachRawBytes, LogBlockSplitter, parseUnifiedDiff, type ParsedDiffFile } from '../../src/secrets/diff.js'
import { seededRandom } from '../../src/secrets/generate.js'
import { gitAddedFiles, gitHistoryAddedFiles } from '../../src/collect/git/diff.js'
import { streamGit, tempRoot } from '../../src/collect/git/run.js'
import { checkoutChange, diffScan, resolveSecretsParams, secretsFactsOf } from '../../src/collect/secrets.js'
import { MAX_ITEMIZED_PER_FILE, type AddedFile } from '../../src/model/facts/secrets.js'
import { KEEP_PER_FILE as HISTORY_KEEP_PER_FILE } from '../../src/secrets/finding-cap.js'
import { Gen } from './fakes.js'
import { git, makeRepo, write } from './helpers.js'

/** What git prints before each commit's SHA (`--format=%x00compliance-gate-commit %H`). */
const MARKER = '\u0000compliance-gate-commit '
const SHA = (c: string) => c.repeat(40)

/** A log with what could confuse a cut: text before the first commit, a marker look-alike inside an added line and inside UTF-16 text, an empty commit, a marker line without a SHA, no final newline. */
const LOG = Buffer.concat([
  Buffer.from('a line before any commit\n'),
  Buffer.from(`${MARKER}${SHA('1')}\n\n`),
  Buffer.from(
    [
      'diff --git a/a.txt b/a.txt',
      'new file mode 100644',
      '--- /dev/null',
      '+++ b/a.txt',
      '@@ -0,0 +1,3 @@',
      '+diff --git a/x b/x',
      `+${MARKER}${SHA('9')}`,
      '+été ✓ 😀',
      'diff --git a/w.txt b/w.txt',
      'new file mode 100644',
      '--- /dev/null',
      '+++ b/w.txt',
      '@@ -0,0 +1,2 @@',
      ''
    ].join('\n')
  ),
  // UTF-16LE text: NULs everywhere, a marker's bytes inside a line
  Buffer.from('+'),
  Buffer.from(`\ufeffkey = ${MARKER}${SHA('8')}`, 'utf16le'),
  Buffer.from('\n+'),
  Buffer.from('tail', 'utf16le'),
  Buffer.from('\n'),
  Buffer.from(`${MARKER}${SHA('2')}\n`),
  Buffer.from(
    `${MARKER}not a commit\n\ndiff --git a/skipped.txt b/skipped.txt\nnew file mode 100644\n--- /dev/null\n+++ b/skipped.txt\n@@ -0,0 +1 @@\n+skipped\n`
  ),
  Buffer.from(`${MARKER}${SHA('3')}\n\ndiff --git a/b.txt b/b.txt\nindex 1..2 100644\n--- a/b.txt\n+++ b/b.txt\n@@ -4,0 +5,2 @@\n+line five\n+last`)
])

/** How the gate reads a piece of git's patch output: decoded, parsed, with the bytes of non-UTF-8 files attached. */
function reference(bytes: Buffer): ParsedDiffFile[] {
  const text = bytes.toString('utf8')
  const files = parseUnifiedDiff(text)
  if (/[\u0000\ufffd]/.test(text)) attachRawBytes(files, bytes)
  return files
}

/** The whole log cut at each marker at the start of a line, each commit's patches parsed in one piece (as before streaming). */
function wholeLog(log: Buffer): [string, ParsedDiffFile[]][] {
  const marker = Buffer.from(MARKER)
  const starts: number[] = []
  for (let i = log.indexOf(marker); i >= 0; i = log.indexOf(marker, i + 1)) if (i === 0 || log[i - 1] === 0x0a) starts.push(i)
  const out: [string, ParsedDiffFile[]][] = []
  starts.forEach((start, k) => {
    const chunk = log.subarray(start + marker.length, starts[k + 1])
    const nl = chunk.indexOf(0x0a)
    const commit = chunk
      .subarray(0, nl < 0 ? undefined : nl)
      .toString('utf8')
      .trim()
    if (/^[0-9a-f]{40,64}$/.test(commit)) out.push([commit, nl < 0 ? [] : reference(chunk.subarray(nl + 1))])
  })
  return out
}

/** The log fed to a LogBlockSplitter in chunks of the given sizes (cycled): each commit with the files of its pieces. */
function viaLogSplitter(log: Buffer, sizes: number[]): [string, ParsedDiffFile[]][] {
  const out: [string, ParsedDiffFile[]][] = []
  const s = new LogBlockSplitter(
    Buffer.from(MARKER),
    commit => out.push([commit, []]),
    (commit, bytes) => {
      const last = out[out.length - 1]
      expect(last[0]).toBe(commit)
      last[1].push(...reference(bytes))
    }
  )
  for (let at = 0, k = 0; at < log.length; k++) {
    const n = sizes[k % sizes.length]
    // As streamGit hands chunks over: one buffer reused for every read.
    const chunk = Buffer.from(log.subarray(at, at + n))
    s.push(chunk)
    chunk.fill(0x58)
    at += n
  }
  s.end()
  return out
}

describe('LogBlockSplitter', () => {
  const whole = wholeLog(LOG)

  test('the reference reads the log as intended: three commits, one empty, the one without a SHA skipped', () => {
    expect(whole.map(([c, files]) => [c, files.map(f => f.path)])).toEqual([
      [SHA('1'), ['a.txt', 'w.txt']],
      [SHA('2'), []],
      [SHA('3'), ['b.txt']]
    ])
    expect(whole[0][1][0].text).toBe(`diff --git a/x b/x\n${MARKER}${SHA('9')}\nété ✓ 😀`)
    expect(whole[0][1][1].raw).toBeDefined()
  })

  test.each([[[1]], [[2]], [[3, 5, 7]], [[12]], [[24]], [[25]], [[26]], [[1000]], [[LOG.length]]])(
    'chunks of %j give each commit the files of the whole log',
    sizes => {
      expect(viaLogSplitter(LOG, sizes)).toEqual(whole)
    }
  )

  test('every cut point of the log (two chunks) gives the same commits and files', () => {
    for (let cut = 1; cut < LOG.length; cut++) expect(viaLogSplitter(LOG, [cut, LOG.length])).toEqual(whole)
  })

  test('a commit of many files is handed over a piece at a time, each piece whole files of that commit', () => {
    const files = Array.from(
      { length: 50 },
      (_, i) => `diff --git a/f${i} b/f${i}\nnew file mode 100644\n--- /dev/null\n+++ b/f${i}\n@@ -0,0 +1 @@\n+line ${i}\n`
    )
    const log = Buffer.from(`${MARKER}${SHA('a')}\n\n${files.join('')}${MARKER}${SHA('b')}\n\n${files.slice(0, 2).join('')}`)
    const pieces: [string, number][] = []
    const s = new LogBlockSplitter(
      Buffer.from(MARKER),
      () => undefined,
      (commit, bytes) => pieces.push([commit, reference(bytes).length])
    )
    for (let at = 0; at < log.length; at += 100) s.push(log.subarray(at, at + 100))
    s.end()
    expect(pieces.filter(([c]) => c === SHA('a')).length).toBeGreaterThan(10)
    expect(pieces.filter(([c]) => c === SHA('a')).reduce((n, [, k]) => n + k, 0)).toBe(50)
    expect(pieces.filter(([c]) => c === SHA('b')).reduce((n, [, k]) => n + k, 0)).toBe(2)
  })

  test('random chunk sizes over a log of random commits', () => {
    const rand = seededRandom(77)
    for (let i = 0; i < 300; i++) {
      const parts: Buffer[] = []
      const commits = 1 + Math.floor(rand() * 4)
      for (let c = 0; c < commits; c++) {
        parts.push(Buffer.from(`${MARKER}${SHA('0123456789abcdef'[Math.floor(rand() * 16)])}\n\n`))
        const files = Math.floor(rand() * 3)
        for (let f = 0; f < files; f++) {
          const lines = Array.from({ length: 1 + Math.floor(rand() * 4) }, () =>
            rand() < 0.2 ? `+${MARKER}${SHA('c')}` : rand() < 0.2 ? '+diff --git a/q b/q' : `+value ${Math.floor(rand() * 1000)} ünï`
          )
          parts.push(
            Buffer.from(`diff --git a/f${f} b/f${f}\nnew file mode 100644\n--- /dev/null\n+++ b/f${f}\n@@ -0,0 +1,${lines.length} @@\n${lines.join('\n')}\n`)
          )
        }
      }
      const log = Buffer.concat(parts)
      const sizes = Array.from({ length: 3 }, () => 1 + Math.floor(rand() * 60))
      expect(viaLogSplitter(log, sizes)).toEqual(wholeLog(log))
    }
  })
})

describe('the history scanned as git prints the log', () => {
  const tokens = [`ghp_${new Gen(21).alnum(36)}`, `ghp_${new Gen(22).alnum(36)}`]
  const body = (i: number) => `// part ${i}\n${'export const value = compute(input, options) // ünï\n'.repeat(1000)}`
  // Each commit adds a dozen files of ~53 KB besides: the log is more than one read of git's output (1 MiB).
  const more = (dir: string, name: string) => {
    for (let i = 0; i < 12; i++) write(dir, `pkg/${name}-${i}.ts`, body(100 + i) + `// ${name}\n`)
  }
  const repo = makeRepo({ 'README.md': '# r\n' }, dir => {
    // Three commits: a token added then removed, a file above the max-file-size, a token kept in the final diff.
    write(dir, 'a.ts', body(1) + `const GH = "${tokens[0]}"\n`)
    write(dir, 'big.txt', 'z'.repeat(80 * 1024) + '\n')
    more(dir, 'one')
    git(dir, 'add', '-A')
    git(dir, 'commit', '-q', '-m', 'one')
    write(dir, 'a.ts', body(1))
    write(dir, 'b.ts', body(2) + `const OLD = "${tokens[0]}"\n`)
    more(dir, 'two')
    git(dir, 'add', '-A')
    git(dir, 'commit', '-q', '-m', 'two')
    write(dir, 'c.ts', body(3))
    write(dir, 'b.ts', body(2))
    write(dir, 'ci.env', `TOKEN=${tokens[1]}\n`)
    more(dir, 'three')
  })
  const params = resolveSecretsParams({ 'max-file-size': 64 * 1024 })
  const options = { cwd: repo.dir, base: repo.base, head: repo.head, maxFileSize: 64 * 1024, excludePaths: [] }

  test('the files handed over one by one are each commit’s files as listed whole; the commits then hold none', async () => {
    const listed = await gitHistoryAddedFiles(options)
    const handed: [string, AddedFile][] = []
    const streamed = await gitHistoryAddedFiles(options, (commit, f) => handed.push([commit, f]))
    if ('skipped' in listed || 'skipped' in streamed) throw new Error('history skipped')
    // Oldest first: a value several commits add is reported at the first one.
    expect(listed.commits.map(c => c.commit)).toEqual(git(repo.dir, 'log', '--reverse', '--format=%H', `${repo.base}..${repo.head}`).trim().split('\n'))
    expect(streamed.commits).toEqual(listed.commits.map(c => ({ commit: c.commit, files: [] })))
    expect(handed).toEqual(listed.commits.flatMap(c => c.files.map(f => [c.commit, f])))
    expect(streamed.not_scanned).toEqual(listed.not_scanned)
    expect(handed.length).toBe(3 * 13 + 1)
    expect(streamed.not_scanned).toEqual([expect.stringMatching(/^big\.txt in commit [0-9a-f]{7} \(added text is \d+ bytes, above the max-file-size/)])
  })

  test("the caller's own failure stops git and is thrown as itself, not made a skipped history", async () => {
    const failure = new Error('scanner: a rule failed')
    await expect(
      gitHistoryAddedFiles(options, () => {
        throw failure
      })
    ).rejects.toBe(failure)
  })

  test('facts of the change scanned as git prints diff and log equal the facts of the change held whole', async () => {
    const scanned = diffScan(params, 'o/r')
    const streamed = await checkoutChange(options, scanned)
    const held = await checkoutChange(options)
    expect(Array.isArray(held.history)).toBe(true)
    expect(Array.isArray(streamed.history)).toBe(false)
    expect(streamed.notes).toEqual(held.notes)
    expect(streamed.sources).toEqual(held.sources)
    const baseline = { facts: { path: params.baseline, ref: repo.base, entries: 0, present: false }, fingerprints: new Set<string>() }
    const at = { repo: 'o/r', base: repo.base, head: repo.head, source: 'checkout' as const, baseline }
    const a = secretsFactsOf(params, { ...streamed, ...at }, scanned)
    const b = secretsFactsOf(params, { ...held, ...at })
    expect(a).toEqual(b)
    // The token the final diff holds, and the removed one once: the log is read oldest first, so at the commit
    // that first added it, to a.ts (its later copy in b.ts has the same fingerprint and is not reported again).
    expect(a.value?.findings.map(f => [f.path, f.line, f.commit ?? null])).toEqual([
      ['ci.env', 1, null],
      ['a.ts', 1002, git(repo.dir, 'log', '--format=%H', '-1', `${repo.head}~2`).trim()]
    ])
    expect(a.value?.notes.join(' ')).toMatch(/History: 3 commits scanned one by one; \d+ of their added lines/)
    expect(a.value?.notes.join(' ')).toMatch(/Not scanned in the history .*big\.txt in commit/)
    // Same with a baseline acknowledging the history-only finding.
    const fp = a.value!.findings[1].fingerprint
    const acked = { ...baseline, fingerprints: new Set([fp]) }
    const a2 = secretsFactsOf(params, { ...streamed, ...at, baseline: acked }, scanned)
    expect(a2).toEqual(secretsFactsOf(params, { ...held, ...at, baseline: acked }))
    expect(a2.value?.findings.map(f => f.baselined)).toEqual([false, true])
  })
})

describe('a change of more commits than are scanned one by one', () => {
  const token = `ghp_${new Gen(23).alnum(36)}`
  const repo = makeRepo({ 'README.md': '# r\n' }, dir => {
    // A token added and removed again, among more commits than the limit given below.
    write(dir, 'a.ts', `const GH = "${token}"\n`)
    git(dir, 'add', '-A')
    git(dir, 'commit', '-q', '-m', 'add')
    write(dir, 'a.ts', 'const GH = process.env.GH\n')
    git(dir, 'add', '-A')
    git(dir, 'commit', '-q', '-m', 'remove')
    write(dir, 'b.ts', 'export const b = 1\n')
  })
  const params = resolveSecretsParams({})

  test('is not a pass: the history is not verified, with the reason and the remedy; under the limit the token is found', async () => {
    const base = { cwd: repo.dir, base: repo.base, head: repo.head, maxFileSize: params['max-file-size'], excludePaths: [] }
    const at = {
      repo: 'o/r',
      base: repo.base,
      head: repo.head,
      source: 'checkout' as const,
      baseline: { facts: { path: params.baseline, ref: repo.base, entries: 0, present: false }, fingerprints: new Set<string>() }
    }
    const over = await checkoutChange({ ...base, maxHistoryCommits: 2 })
    const facts = secretsFactsOf(params, { ...over, ...at }).value!
    expect(facts.findings).toEqual([])
    expect(facts.not_verified).toEqual([
      {
        path: '(history)',
        reason: expect.stringMatching(/^the change's commits were not scanned one by one \(3 commits: more than 2, .*stay in the history unseen$/),
        remedy: expect.stringMatching(/Squash or rebase/)
      }
    ])
    const under = await checkoutChange(base)
    expect(secretsFactsOf(params, { ...under, ...at }).value!.findings.map(f => f.path)).toEqual(['a.ts'])
  })
})

describe("git's clock and scratch files", () => {
  const repo = makeRepo({ 'a.txt': 'a\n' }, dir => {
    write(dir, 'a2.txt', 'a2\n')
    write(dir, 'b.txt', 'x'.repeat(3 * 1024 * 1024) + '\n')
  })
  const saved = process.env.RUNNER_TEMP
  afterEach(() => {
    if (saved === undefined) delete process.env.RUNNER_TEMP
    else process.env.RUNNER_TEMP = saved
  })

  test('the time the caller spends on each chunk is not counted as git’s', async () => {
    const busy = (ms: number) => {
      const t = Date.now()
      while (Date.now() - t < ms);
    }
    let calls = 0
    const r = await streamGit(
      repo.dir,
      ['show', `${repo.head}:b.txt`],
      () => {
        calls++
        busy(400)
      },
      { timeoutMs: 1000 }
    )
    expect(calls).toBeGreaterThanOrEqual(3)
    expect(r.stderr).toBe('')
    expect(r.ok).toBe(true)
  })

  test('git itself running past the limit is still stopped, saying so', async () => {
    const t = Date.now()
    const r = await streamGit(repo.dir, ['-c', 'alias.wait=!sleep 1', 'wait'], () => undefined, { timeoutMs: 200 })
    expect(r.ok).toBe(false)
    expect(r.stderr).toMatch(/git timed out after 200 ms/)
    expect(Date.now() - t).toBeLessThan(5000)
  })

  test('scratch files go to RUNNER_TEMP when it is a directory, and are removed', async () => {
    const runnerTemp = mkdtempSync(join(tmpdir(), 'cg-runner-temp-'))
    process.env.RUNNER_TEMP = runnerTemp
    expect(tempRoot()).toBe(runnerTemp)
    const during: string[] = []
    const r = await gitAddedFiles({ cwd: repo.dir, base: repo.base, head: repo.head, maxFileSize: 8 * 1024 * 1024 }, () => {
      during.push(...readdirSync(runnerTemp))
    })
    expect(r.files.map(f => f.path)).toEqual(['a2.txt', 'b.txt'])
    expect(during.some(n => n.startsWith('cg-git-'))).toBe(true)
    expect(during.some(n => n.startsWith('cg-diff-'))).toBe(true)
    expect(readdirSync(runnerTemp)).toEqual([])
    // Not a directory (or not set): the system's temp directory.
    process.env.RUNNER_TEMP = join(runnerTemp, 'missing')
    expect(tempRoot()).toBe(tmpdir())
    process.env.RUNNER_TEMP = ''
    expect(tempRoot()).toBe(tmpdir())
  })
})

describe('a file a commit added that could not be scanned there', () => {
  const token = `xoxb-${new Gen(31).digits(12)}-${new Gen(32).digits(13)}-${new Gen(33).alnum(24)}`
  // Commit one adds a file over max-file-size holding a token; commit two deletes it: the final diff never shows it.
  const repo = makeRepo({ 'README.md': '# r\n' }, dir => {
    write(dir, 'dump/slack-export.txt', `${'export line of a chat history, nothing secret here\n'.repeat(1500)}SLACK_BOT_TOKEN=${token}\n`)
    git(dir, 'add', '-A')
    git(dir, 'commit', '-q', '-m', 'one')
    git(dir, 'rm', '-q', 'dump/slack-export.txt')
    write(dir, 'src/app.ts', 'export const ok = true\n')
    git(dir, 'add', '-A')
    git(dir, 'commit', '-q', '-m', 'two')
  })
  const params = resolveSecretsParams({ 'max-file-size': 64 * 1024 })
  const options = { cwd: repo.dir, base: repo.base, head: repo.head, maxFileSize: 64 * 1024, excludePaths: [] }

  test('is not verified (history), named with its commit and the remedy, not passed in silence', async () => {
    const scanned = diffScan(params, 'o/r')
    const change = await checkoutChange(options, scanned)
    const baseline = { facts: { path: params.baseline, ref: repo.base, entries: 0, present: false }, fingerprints: new Set<string>() }
    const facts = secretsFactsOf(params, { ...change, repo: 'o/r', base: repo.base, head: repo.head, source: 'checkout', baseline }, scanned)
    expect(facts.state).toBe('partial')
    const history = facts.value?.not_verified.find(n => n.path === '(history)')
    expect(history?.reason).toMatch(
      /^1 file\(s\) the change's commits added were not scanned there .*dump\/slack-export\.txt in commit [0-9a-f]{7} \(added text is \d+ bytes, above the max-file-size/
    )
    expect(history?.remedy).toMatch(/max-file-size/)
    expect(JSON.stringify(facts)).not.toContain(token)
  })
})

describe('a dump added by one commit and deleted by the next', () => {
  const gen = new Gen(44)
  const dump = Array.from({ length: 600 }, (_, i) => `DB_PASSWORD_${i}="${gen.alnum(16)}"`).join('\n')
  const repo = makeRepo({ 'README.md': '# r\n' }, dir => {
    write(dir, 'dump/passwords.env', `${dump}\n`)
    git(dir, 'add', '-A')
    git(dir, 'commit', '-q', '-m', 'one')
    git(dir, 'rm', '-q', 'dump/passwords.env')
    write(dir, 'src/app.ts', 'export const ok = true\n')
    git(dir, 'add', '-A')
    git(dir, 'commit', '-q', '-m', 'two')
  })
  const params = resolveSecretsParams({})
  const options = { cwd: repo.dir, base: repo.base, head: repo.head, maxFileSize: params['max-file-size'], excludePaths: [] }

  test('keeps 400 of its findings and counts the rest (memory stays bounded); the verdict counts them all', async () => {
    const scanned = diffScan(params, 'o/r')
    const change = await checkoutChange(options, scanned)
    const history = change.history && !Array.isArray(change.history) ? change.history : undefined
    expect(history?.findings).toHaveLength(HISTORY_KEEP_PER_FILE)
    const counted = history?.counted ?? []
    expect(counted.map(c => c.path)).toEqual(['dump/passwords.env'])
    const baseline = { facts: { path: params.baseline, ref: repo.base, entries: 0, present: false }, fingerprints: new Set<string>() }
    const facts = secretsFactsOf(params, { ...change, repo: 'o/r', base: repo.base, head: repo.head, source: 'checkout', baseline }, scanned)
    const total = HISTORY_KEEP_PER_FILE + counted[0].fingerprints.length
    expect(total).toBeGreaterThan(500)
    expect(facts.value?.findings.length).toBe(MAX_ITEMIZED_PER_FILE)
    expect(facts.value?.not_itemized).toEqual([{ path: 'dump/passwords.env', open: total - MAX_ITEMIZED_PER_FILE, acknowledged: 0, rules: expect.any(Array) }])
    // The same change held whole gives the same facts.
    expect(secretsFactsOf(params, { ...(await checkoutChange(options)), repo: 'o/r', base: repo.base, head: repo.head, source: 'checkout', baseline })).toEqual(
      facts
    )
  })
})
