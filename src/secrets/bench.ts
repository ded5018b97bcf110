/**
 * Benchmark of the secrets engine (issue 5): throughput on a 50 MB synthetic diff, recall on a planted
 * corpus, false positives on clean text (the project's node_modules JavaScript). Nothing is timed in the
 * test suite; run it with `npm run bench` (scripts wire it) or from the compiled build.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { configCorpus } from './config-corpus.js'
import { addedBlobFile, applyFilters, BlobBatchReader, DiffBlockSplitter, parseDiffBytes, parseUnifiedDiff } from './diff.js'
import { expandTemplate, seededRandom } from './generate.js'
import { createScanner, loadBuiltinRules } from './scanner.js'

export interface BenchResult {
  mbPerSec: number
  /** secretlint (recommended preset) on the same added text, in the same run. */
  secretlintMBps: number
  /** Ours on the very texts secretlint gets (each file's added text, already parsed): the like-for-like engine speed. */
  parsedMBps: number
  /** Ours from git's `cat-file --batch` output of the same files: how the gate reads the files a change adds. */
  blobMBps: number
  /** A 1 MB line of one repeated character (the issue's case) over 1 MB of ordinary code, in time. */
  pathologicalRatio: number
  /** The worst of every pathological shape (the issue's and harder ones: a keyword on every few characters, random base64, …) over ordinary code. */
  pathologicalWorst: number
  findings: number
  recall: number
  planted: number
  falsePositivesPer10MB: number
  cleanMB: number
  /** Leaked configuration files (config-corpus.ts): risky lines reported over risky lines, and look-alike files reported. */
  configRecall: number
  configRiskyLines: number
  configLookAlikesReported: number
}

const CODE_LINES = [
  "import { readFile } from 'node:fs/promises'",
  'export async function loadConfig(path: string): Promise<Config> {',
  "  const text = await readFile(path, 'utf8')",
  '  const token = process.env.GITHUB_TOKEN ?? core.getInput("github-token")',
  '  if (!token) throw new Error("a token is required")',
  '  const headers = { authorization: `token ${token}`, accept: "application/vnd.github+json" }',
  '  for (const [key, value] of Object.entries(options)) {',
  '    result[key.toLowerCase()] = String(value).trim()',
  '  }',
  '  return { ...defaults, ...parsed, password: undefined }',
  '}',
  'def get_secret(name: str) -> str:',
  '    """Read a secret from the environment or the vault."""',
  '    return os.environ.get(name) or vault_client.read(f"secret/data/{name}")["data"]',
  '  api_key: ${{ secrets.API_KEY }}',
  '  password: ${DB_PASSWORD}',
  '      - name: Install dependencies',
  '        run: npm ci --ignore-scripts',
  'const tokenizer = new Tokenizer({ keepWhitespace: false, maxTokens: 4096 })',
  '// TODO: rotate the access key every 90 days (see SECURITY.md)',
  'SELECT id, name, created_at FROM users WHERE org_id = $1 AND deleted_at IS NULL;',
  '    <input type="password" name="password" autocomplete="current-password" />',
  'logger.debug(`request ${req.method} ${req.url} took ${Date.now() - start} ms`)',
  '  "version": "2.4.1", "main": "dist/index.js", "license": "MIT",',
  'private static final String SECRET_HEADER = "X-Hub-Signature-256";',
  'func (c *Client) Do(req *http.Request) (*http.Response, error) {',
  '  sha: 4f2a9c1e7b3d5a8f0e6c2b9d1a7f3e5c8b0d2a4f',
  'const id = "3fa85f64-5717-4562-b3fc-2c963f66afa6"',
  'resource "aws_s3_bucket" "logs" { bucket = "acme-logs-prod" acl = "private" }',
  '  expect(screen.getByRole("button", { name: /save/i })).toBeEnabled()'
]

function syntheticDiff(targetBytes: number, secrets: string[]): { diff: string; bytes: number } {
  const rand = seededRandom(99)
  const parts: string[] = []
  let bytes = 0
  let fileNo = 0
  let planted = 0
  while (bytes < targetBytes) {
    const lines: string[] = []
    const n = 1500 + Math.floor(rand() * 1000)
    for (let i = 0; i < n; i++) {
      const l = CODE_LINES[Math.floor(rand() * CODE_LINES.length)]
      lines.push(`+${l}`)
      bytes += l.length + 1
    }
    if (fileNo % 40 === 0 && planted < secrets.length) lines.splice(Math.floor(n / 2), 0, `+${secrets[planted++]}`)
    const path = `src/module${fileNo}/file${fileNo}.ts`
    parts.push(
      `diff --git a/${path} b/${path}\nnew file mode 100644\nindex 0000000..1111111\n--- /dev/null\n+++ b/${path}\n@@ -0,0 +1,${lines.length} @@\n${lines.join('\n')}\n`
    )
    fileNo++
  }
  return { diff: parts.join(''), bytes }
}

const CONTEXTS: ((line: string) => string[])[] = [
  l => ['# service settings', l, 'LOG_LEVEL=info'], // env
  l => ['settings:', '  region: eu-west-1', `  ${l}`, '  retries: 3'], // yaml
  l => ['export function client() {', `  // ${l}`, `  const cfg = \`${l}\``, '  return new Client(cfg)', '}'], // code
  l => ['{', '  "name": "svc",', `  "env": ${JSON.stringify(l).replace(/\\"/g, "'")},`, '  "port": 8080', '}'], // json
  l => ['#!/usr/bin/env bash', 'set -euo pipefail', l, 'exec "$@"'] // shell
]

/** Each rule's positives in file contexts; `line`..`lastLine` is where the value sits (multi-line values span lines). */
function plantedCorpus(): { files: { text: string; line: number; lastLine: number; path: string }[] } {
  const rand = seededRandom(314159)
  const files: { text: string; line: number; lastLine: number; path: string }[] = []
  let ctx = 0
  for (const rule of loadBuiltinRules()) {
    for (const t of rule.tests?.positives ?? []) {
      for (let k = 0; k < 2; k++) {
        const value = expandTemplate(t, rand)
        const wrap = CONTEXTS[ctx++ % CONTEXTS.length]
        // Multi-line positives keep their own shape; single lines get a file context, except for rules bound to a
        // file format by its name (.env, config files): wrapped in code or JSON their lines are not that format.
        const lines = value.includes('\n') ? ['# key material', ...value.split('\n')] : rule.paths !== undefined ? [value] : wrap(value)
        // The JSON context rewrites the value (escaped, `\"` → `'`): look for each spelling of its start.
        const starts = [value, JSON.stringify(value).slice(1), JSON.stringify(value).replace(/\\"/g, "'").slice(1)].map(v => v.slice(0, 8))
        const at = value.includes('\n') ? 2 : rule.paths !== undefined ? 1 : lines.findIndex(x => starts.some(st => x.includes(st))) + 1
        // Rules bound to file names (paths) are planted in a file of that name.
        files.push({ text: lines.join('\n'), line: at, lastLine: value.includes('\n') ? lines.length : at, path: rule.tests?.path ?? 'planted.txt' })
      }
    }
  }
  return { files }
}

function* walkJs(dir: string): Generator<string> {
  let entries: string[]
  try {
    entries = readdirSync(dir)
  } catch {
    return
  }
  entries.sort()
  for (const e of entries) {
    const p = join(dir, e)
    let st
    try {
      st = statSync(p)
    } catch {
      continue
    }
    if (st.isDirectory()) yield* walkJs(p)
    else if (e.endsWith('.js') && st.size < 1024 * 1024) yield p
  }
}

/** The diff's bytes as the gate reads git's output (1 MB reads, blocks of whole files), each block scanned at once: findings. */
function streamedScan(scanner: ReturnType<typeof createScanner>, diff: Buffer): number {
  let findings = 0
  const splitter = new DiffBlockSplitter(block => {
    for (const f of applyFilters(parseDiffBytes(block), { maxFileSize: Number.MAX_SAFE_INTEGER }).files) findings += scanner.scanFile(f).length
  })
  for (let at = 0; at < diff.length; at += 1024 * 1024) splitter.push(diff.subarray(at, at + 1024 * 1024))
  splitter.end()
  return findings
}

/** The same files as `git cat-file --batch` prints their blobs (header, bytes, newline): what the gate reads for added files. */
function blobBatch(files: { path: string; text: string }[]): { batch: Buffer; paths: string[] } {
  const parts: Buffer[] = []
  files.forEach((f, i) => {
    const bytes = Buffer.from(`${f.text}\n`, 'utf8')
    parts.push(Buffer.from(`${i.toString(16).padStart(40, '0')} blob ${bytes.length}\n`), bytes, Buffer.from('\n'))
  })
  return { batch: Buffer.concat(parts), paths: files.map(f => f.path) }
}

/** The batch's bytes as the gate reads them (1 MB reads), each blob decoded, filtered and scanned as it completes: findings. */
function blobScan(scanner: ReturnType<typeof createScanner>, batch: Buffer, paths: string[]): number {
  let findings = 0
  const reader = new BlobBatchReader(paths, (path, bytes) => {
    for (const f of applyFilters([addedBlobFile(path, bytes)], { maxFileSize: Number.MAX_SAFE_INTEGER }).files) findings += scanner.scanFile(f).length
  })
  for (let at = 0; at < batch.length; at += 1024 * 1024) reader.push(batch.subarray(at, at + 1024 * 1024))
  reader.end()
  return findings
}

/** Rounds of the throughput comparison (ours and secretlint alternating; the best of each is kept). */
const ROUNDS = 3

/** secretlint's seconds over the same files (each file's added text as one source), recommended preset. */
async function benchSecretlint(files: { path: string; text: string }[], bytes: number, log: (s: string) => void): Promise<number> {
  const { lintSource } = await import('@secretlint/core')
  const { creator } = await import('@secretlint/secretlint-rule-preset-recommend')
  const config = { rules: [{ id: '@secretlint/secretlint-rule-preset-recommend', rule: creator }] }
  const t0 = performance.now()
  let messages = 0
  for (const f of files) {
    const r = await lintSource({ source: { filePath: `/bench/${f.path}`, content: f.text, contentType: 'text' }, options: { config, maskSecrets: true } })
    messages += r.messages.length
  }
  const secs = (performance.now() - t0) / 1000
  log(`secretlint: ${(bytes / 1048576).toFixed(1)} MB in ${secs.toFixed(2)} s = ${(bytes / 1048576 / secs).toFixed(1)} MB/s, ${messages} messages`)
  return secs
}

/** n characters of seeded random base64 (a minified bundle, an embedded image, a key blob). */
function randomBase64(n: number): string {
  const rand = seededRandom(64)
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
  const out: string[] = []
  for (let i = 0; i < n; i++) out.push(alphabet[Math.floor(rand() * 64)])
  return out.join('')
}

/**
 * 1 MB of ordinary source: the first JavaScript files of node_modules (sorted walk), else the bench's code
 * lines repeated. Real files, not the repeated lines: the scanner judges a line it has seen before from a
 * memo, so 30 lines repeated would make "ordinary code" unrealistically cheap.
 */
function ordinaryCode(root: string, bytes: number): { text: string; what: string } {
  const parts: string[] = []
  let size = 0
  for (const p of walkJs(join(root, 'node_modules'))) {
    if (size >= bytes) break
    const t = readFileSync(p, 'utf8')
    parts.push(t)
    size += t.length
  }
  if (size >= bytes) return { text: parts.join('\n').slice(0, bytes), what: '1 MB of node_modules JavaScript' }
  const code = CODE_LINES.join('\n')
  return { text: code.repeat(Math.ceil(bytes / code.length)).slice(0, bytes), what: '1 MB of the bench code lines (repeated)' }
}

/** A flat copy (as text read from a file or git is): `repeat` builds a rope that is slower to read. */
const flat = (s: string) => Buffer.from(s, 'utf8').toString('utf8')

/**
 * Pathological 1 MB inputs over 1 MB of ordinary code, in time (best of 5 each): the issue's case (one repeated
 * character) and the worst of every shape.
 */
function benchPathological(scanner: ReturnType<typeof createScanner>, root: string, log: (s: string) => void): { repeated: number; worst: number } {
  const MB = 1024 * 1024
  const { text: normal, what } = ordinaryCode(root, MB)
  const cases: [string, string][] = [
    ['one repeated character', 'a'.repeat(MB)],
    ['keyword repeated (token=)', 'token='.repeat(Math.ceil(MB / 6)).slice(0, MB)],
    ['base64-like run after a PEM header', `-----BEGIN PRIVATE KEY-----${'A'.repeat(MB - 27)}`],
    ['password= then one long value', `password=${'x1'.repeat(MB / 2 - 5)}`],
    ['random base64 (one line)', randomBase64(MB)],
    // Shapes that once made a rule's cost grow with the square of the line (issue 20): connection-string
    // pairs, a repeated JDBC prefix, an XML credential element never closed.
    ['connection pairs (host=… user=…)', 'host=db1 user=app '.repeat(Math.ceil(MB / 18)).slice(0, MB)],
    ['repeated jdbc:: prefix', 'jdbc::'.repeat(Math.ceil(MB / 6)).slice(0, MB)],
    ['unclosed <pwd elements', '<pwd a="1" '.repeat(Math.ceil(MB / 11)).slice(0, MB)],
    // A credential word as every field of a row, and as every word of a line (the field-after-name and directive
    // rules once looked back to the line's start at each field: a 1 MB line took minutes).
    ['fields of credential words (token,)', 'token,'.repeat(Math.ceil(MB / 6)).slice(0, MB)],
    ['words of a directive (password )', 'password '.repeat(Math.ceil(MB / 9)).slice(0, MB)],
    // Many lines: each a base64 PEM start (a multi-line rule's keyword on every line, each window reaching the next lines).
    [
      'lines of base64 PEM starts (LS0tLS1CRUdJTi…)',
      `${'LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUJrVENDQVRlZ0F3SUJBZ0lVYlF5'.padEnd(76, 'A')}\n`.repeat(Math.ceil(MB / 77)).slice(0, MB)
    ],
    // A finding on every line (one password, 40,000 times): the findings' own cost (overlap tests once compared
    // every finding with every other, 5 s for this file).
    ['a finding on every line (password=…)', 'password=Vq8#nLp2Zr6tWx\n'.repeat(Math.ceil(MB / 24)).slice(0, MB)],
    // INSERT lists padded with spaces, each line its own (the column and value patterns could split a run of spaces
    // two ways at every comma: 22 s for this megabyte).
    [
      'padded INSERT column lists',
      Array.from(
        { length: Math.ceil(MB / 100) },
        (_, i) => `insert into t${i} (a   ,   b   ,   c   ,   password) values ('x''x'   ,   'y'   ,   'z'   ,   'changeme');`
      )
        .join('\n')
        .slice(0, MB)
    ]
  ]
  const time = (t: string) => {
    let best = Infinity
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now()
      scanner.scanText(t)
      best = Math.min(best, performance.now() - t0)
    }
    return best
  }
  const base = time(normal)
  let worst = 0
  let repeated = 0
  for (const [i, [name, text]] of cases.entries()) {
    const ms = time(flat(text))
    worst = Math.max(worst, ms / base)
    if (i === 0) repeated = ms / base
    log(`pathological ${name}: ${ms.toFixed(1)} ms vs ${base.toFixed(1)} ms for ${what} (${(ms / base).toFixed(2)}x)`)
  }
  return { repeated, worst }
}

export async function benchSecrets(options: { root?: string; diffMB?: number; cleanMB?: number; log?: (s: string) => void } = {}): Promise<BenchResult> {
  const root = options.root ?? process.cwd()
  const log = options.log ?? (() => undefined)
  const scanner = createScanner({ repo: 'bench/bench' })
  const rand = seededRandom(7)

  // 1. Throughput.
  const plantedInDiff = ['ghp_{alnum:36}', 'AKIA{b32:16}', 'sk_live_{alnum:32}', 'xoxb-{digits:12}-{digits:12}-{alnum:24}', 'glpat-{b64url:20}'].map(
    t => `const k = "${expandTemplate(t, rand)}"`
  )
  const { diff, bytes } = syntheticDiff((options.diffMB ?? 50) * 1024 * 1024, plantedInDiff)
  // Ours as the gate runs it on a checkout: git's output (bytes) read in 1 MB chunks, cut into blocks of whole
  // files (DiffBlockSplitter), each block decoded, parsed, filtered and its files scanned before the next.
  // secretlint gets each file's added text already parsed (its parse is not timed). Ours and secretlint
  // alternate, best of ROUNDS each: on a shared machine the ratio of the two is what holds, and alternating
  // exposes both to the same load.
  const diffBytes = Buffer.from(diff, 'utf8')
  const files = applyFilters(parseUnifiedDiff(diff), { maxFileSize: Number.MAX_SAFE_INTEGER }).files
  let findings = 0
  let best = Infinity
  let secretlintBest = Infinity
  let parsedBest = Infinity
  let blobBest = Infinity
  const { batch, paths } = blobBatch(files)
  for (let round = 0; round < ROUNDS; round++) {
    const t0 = performance.now()
    findings = streamedScan(scanner, diffBytes)
    const secs = (performance.now() - t0) / 1000
    best = Math.min(best, secs)
    log(
      `throughput round ${round + 1}: ${(bytes / 1048576).toFixed(1)} MB in ${secs.toFixed(2)} s = ${(bytes / 1048576 / secs).toFixed(1)} MB/s, ${findings} findings`
    )
    // Ours on the parsed texts secretlint gets: the same input, the same work (git's output is not parsed).
    const p0 = performance.now()
    let parsedFindings = 0
    for (const f of files) parsedFindings += scanner.scanFile(f).length
    const parsedSecs = (performance.now() - p0) / 1000
    parsedBest = Math.min(parsedBest, parsedSecs)
    log(`  ours on the parsed texts: ${(bytes / 1048576 / parsedSecs).toFixed(1)} MB/s, ${parsedFindings} findings`)
    // Ours from the blobs of the same files: the gate reads a change's added files so (the patch for the others).
    const b0 = performance.now()
    const blobFindings = blobScan(scanner, batch, paths)
    const blobSecs = (performance.now() - b0) / 1000
    blobBest = Math.min(blobBest, blobSecs)
    log(`  ours from git's blobs: ${(bytes / 1048576 / blobSecs).toFixed(1)} MB/s, ${blobFindings} findings`)
    // secretlint (its recommended preset) on the very same added text, in this process.
    secretlintBest = Math.min(secretlintBest, await benchSecretlint(files, bytes, log))
  }
  const parsedMBps = bytes / (1024 * 1024) / parsedBest
  const blobMBps = bytes / (1024 * 1024) / blobBest
  const mbPerSec = bytes / (1024 * 1024) / best
  const secretlintMBps = bytes / (1024 * 1024) / secretlintBest
  log(
    `throughput (best of ${ROUNDS}): ours ${mbPerSec.toFixed(1)} MB/s from git's output (${parsedMBps.toFixed(1)} MB/s on the parsed texts), secretlint ${secretlintMBps.toFixed(1)} MB/s on the parsed texts; ours ${(mbPerSec / secretlintMBps).toFixed(2)}x (${(parsedMBps / secretlintMBps).toFixed(2)}x like for like)`
  )
  // The same text parsed whole first, then scanned (how the engine ran before blocks): for comparison only.
  {
    const t0 = performance.now()
    const whole = applyFilters(parseUnifiedDiff(diff), { maxFileSize: Number.MAX_SAFE_INTEGER }).files
    let n = 0
    for (const f of whole) n += scanner.scanFile(f).length
    const secs = (performance.now() - t0) / 1000
    log(`for comparison, the diff parsed whole and then scanned: ${(bytes / 1048576 / secs).toFixed(1)} MB/s, ${n} findings`)
  }

  // 1c. Pathological input: a 1 MB line of one repeated character (and harder shapes) against 1 MB of code.
  const { repeated: pathologicalRatio, worst: pathologicalWorst } = benchPathological(scanner, root, log)

  // 2. Recall on the planted corpus.
  const corpus = plantedCorpus()
  let hit = 0
  const missed: string[] = []
  for (const f of corpus.files) {
    const found = scanner.scanFile({ path: f.path, text: f.text, lineNumbers: f.text.split('\n').map((_, i) => i + 1) })
    if (found.some(x => x.line >= f.line - 1 && x.line <= f.lastLine + 1)) hit++
    else missed.push(f.text.split('\n')[f.line - 1]?.slice(0, 40) ?? '')
  }
  const recall = hit / corpus.files.length
  log(
    `recall: ${hit}/${corpus.files.length} = ${(recall * 100).toFixed(1)} %${
      missed.length
        ? `; missed e.g. ${missed
            .slice(0, 5)
            .map(m => m.replace(/[A-Za-z0-9]{5,}/g, '…'))
            .join(' | ')}`
        : ''
    }`
  )

  // 3. False positives on clean text.
  const limit = (options.cleanMB ?? 30) * 1024 * 1024
  let cleanBytes = 0
  let fps = 0
  const fpRules: Record<string, number> = {}
  for (const p of walkJs(join(root, 'node_modules'))) {
    if (cleanBytes >= limit) break
    const text = readFileSync(p, 'utf8')
    cleanBytes += Buffer.byteLength(text)
    for (const m of scanner.scanText(text)) {
      fps++
      fpRules[m.rule] = (fpRules[m.rule] ?? 0) + 1
      log(`  fp ${m.rule} ${p.slice(root.length + 1)}:${m.line}`)
    }
  }
  const cleanMB = cleanBytes / (1024 * 1024)
  const falsePositivesPer10MB = cleanMB > 0 ? (fps / cleanMB) * 10 : 0
  log(`clean: ${cleanMB.toFixed(1)} MB, ${fps} findings = ${falsePositivesPer10MB.toFixed(2)} per 10 MB ${JSON.stringify(fpRules)}`)

  // 4. Leaked configuration files: the share of risky lines reported, per file kind.
  const config = configCorpus()
  const scanAll = (path: string, text: string) => {
    const body = text.endsWith('\n') ? text.slice(0, -1) : text
    return scanner.scanFile({ path, text: body, lineNumbers: body.split('\n').map((_, i) => i + 1) })
  }
  let risky = 0
  let riskyFound = 0
  const configMissed: string[] = []
  for (const f of config.files) {
    const lines = new Set(scanAll(f.path, f.text).map(m => m.line))
    for (const l of f.risky) {
      risky++
      if (lines.has(l)) riskyFound++
      else configMissed.push(`${f.kind} (${f.path}:${l})`)
    }
  }
  const configLookAlikesReported = config.lookAlikes.filter(l => scanAll(l.path, l.text).length > 0).length
  const configRecall = risky > 0 ? riskyFound / risky : 0
  log(
    `config files: ${riskyFound}/${risky} risky lines = ${(configRecall * 100).toFixed(1)} %; look-alikes reported ${configLookAlikesReported}/${config.lookAlikes.length}${configMissed.length ? `; missed ${[...new Set(configMissed)].slice(0, 6).join(', ')}` : ''}`
  )

  return {
    mbPerSec,
    secretlintMBps,
    parsedMBps,
    blobMBps,
    pathologicalRatio,
    pathologicalWorst,
    findings,
    recall,
    planted: corpus.files.length,
    falsePositivesPer10MB,
    cleanMB,
    configRecall,
    configRiskyLines: risky,
    configLookAlikesReported
  }
}
