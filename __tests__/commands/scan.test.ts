/**
 * `compliance-gate scan [DIR] [--base REF]`, in-process on real temporary git repositories: exit codes,
 * text/json/sarif output, not-verified files (too big, compressed, malformed IaC), policy params, and that no
 * secret's value (nor any 8-character piece of it) is ever printed or written.
 */
import { afterAll, describe, expect, test } from '@jest/globals'
import { gzipSync } from 'node:zlib'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { main } from '../../src/cli.js'
import { expandTemplateWithParts, seededRandom } from '../../src/secrets/generate.js'
import { makeGitRepo, type GitRepo } from '../helpers/git-repo.js'
import { sarifSchemaErrors } from '../helpers/sarif.js'
import { makeContext, makeRecord } from '../secrets/helpers.js'
import { collectSecrets } from '../../src/collect/secrets.js'
import { secretsNoNewSecrets } from '../../src/controls/secrets-no-new-secrets.js'
import { fingerprint } from '../../src/secrets/index.js'

function io(cwd: string) {
  const out: string[] = []
  const err: string[] = []
  return { out: (t: string) => out.push(t), err: (t: string) => err.push(t), env: {}, cwd, text: () => out.join('\n'), errors: () => err.join('\n') }
}

const rand = seededRandom(15)
/** Credentials in the formats their providers document, generated at run time (nothing secret-shaped is stored). */
const pat = expandTemplateWithParts('ghp_{alnum:36}', rand)
const aws = expandTemplateWithParts('aws_access_key_id = AKIA{b32:16}\naws_secret_access_key = {b64:40}\n', rand)
const ignoredPat = expandTemplateWithParts('ghp_{alnum:36}', rand)
const inBinary = expandTemplateWithParts('ghp_{alnum:36}', rand)
const newPat = expandTemplateWithParts('ghp_{alnum:36}', rand)
const custom = expandTemplateWithParts('ACME-{alnumU:24}', rand)
/** Each secret's value: the generated parts, and a whole token when the template is one. */
const VALUES = [pat, aws, ignoredPat, inBinary, newPat, custom].flatMap(s => [...s.parts, ...(/\s/.test(s.text) ? [] : [s.text])])

/** Every 8-character piece of every generated secret: none may appear in any output. */
function expectNoSecret(...texts: string[]): void {
  for (const text of texts) {
    for (const value of VALUES) {
      for (let i = 0; i + 8 <= value.length; i++) {
        const piece = value.slice(i, i + 8)
        if (text.includes(piece)) throw new Error(`output holds a piece of a secret: ${piece.slice(0, 2)}…`)
      }
    }
  }
}

test('the leak check itself catches a piece of a secret', () => {
  expect(() => expectNoSecret(`x ${pat.text.slice(5, 13)} y`)).toThrow(/piece of a secret/)
  expect(() => expectNoSecret(`x ${aws.parts[1].slice(20, 28)} y`)).toThrow(/piece of a secret/)
  expect(() => expectNoSecret('ghp_… AK… nothing')).not.toThrow()
})

const UNENCRYPTED_TF = `resource "aws_s3_bucket" "logs" {
  bucket = "acme-logs"
}

resource "aws_sqs_queue" "jobs" {
  name                    = "jobs"
  sqs_managed_sse_enabled = false
}
`
const MALFORMED_TF = `resource "aws_sqs_queue" "broken" {
  name = "broken"
  sqs_managed_sse_enabled = 
`

const repos: GitRepo[] = []
afterAll(() => repos.forEach(r => r.remove()))

function repoWith(files: Record<string, string | Buffer>): GitRepo {
  const r = makeGitRepo({ prefix: 'cg-scan-' })
  repos.push(r)
  r.commit(files, 'initial')
  return r
}

/** A policy file outside the repository (the CLI user's own), with the given secrets/IaC params. */
function policyFile(yaml: string): string {
  const d = mkdtempSync(join(tmpdir(), 'cg-scan-policy-'))
  writeFileSync(join(d, 'policy.yml'), yaml)
  return join(d, 'policy.yml')
}

describe('scan DIR (every file, whole)', () => {
  const gz = gzipSync(Buffer.from(`token = ${pat.text}\n`))
  const repo = repoWith({
    '.gitignore': 'ignored.log\n',
    'config/app.env': `APP=1\nGITHUB_TOKEN=${pat.text}\n`,
    'data/blob.bin': Buffer.concat([Buffer.from([0, 1, 2, 0]), Buffer.from(`\nkey=${inBinary.text}\n`), Buffer.from([0, 0xff])]),
    'data/archive.gz': gz,
    'data/big.txt': 'x'.repeat(5000) + '\n',
    'infra/main.tf': UNENCRYPTED_TF,
    'broken/main.tf': MALFORMED_TF,
    'README.md': '# demo\n'
  })
  writeFileSync(join(repo.dir, 'untracked.ini'), `[default]\n${aws.text}`)
  writeFileSync(join(repo.dir, 'ignored.log'), `token ${ignoredPat.text}\n`)
  const policy = policyFile('version: 1\ncontrols:\n  secrets.no-new-secrets:\n    max-file-size: 4096\n')

  test('text: one line per finding (redacted), not-verified files with the reason, exit 1', async () => {
    const x = io(repo.dir)
    expect(await main(['scan', '--policy', policy], x)).toBe(1)
    const text = x.text()
    expect(text).toMatch(/^FAIL secrets\.no-new-secrets: /m)
    expect(text).toMatch(/^policy: .*policy\.yml \(file\)$/m)
    expect(text).toMatch(/config\/app\.env:2 github-pat — .*redacted: ghp_/)
    expect(text).toMatch(/untracked\.ini:2 aws-access-key-id/)
    expect(text).toMatch(/data\/blob\.bin:2 github-pat/) // binary content is scanned as text, as the gate does
    expect(text).not.toMatch(/ignored\.log/)
    expect(text).toMatch(/data\/big\.txt \[not verified\] — Not scanned: file is 5001 bytes, above the max-file-size of 4096/)
    expect(text).toMatch(/data\/archive\.gz \[not verified\] — Not scanned: gzip archive/)
    expect(text).toMatch(/^FAIL iac\.encryption: /m)
    expect(text).toMatch(/infra\/main\.tf:7 CG_IAC_AWS_SQS_ENCRYPTION — SQS queue is encrypted at rest: sqs_managed_sse_enabled = false/)
    expect(text).toMatch(/broken\/main\.tf(:\d+)? .*\[not verified\]/)
    expect(text).toMatch(/^FAIL: \d+ failing finding\(s\), \d+ not verified; /m)
    expectNoSecret(text, x.errors())
  })

  test('json: verdicts and findings, stable keys, no secret', async () => {
    const x = io(repo.dir)
    const out = join(mkdtempSync(join(tmpdir(), 'cg-scan-out-')), 'scan.json')
    expect(await main(['scan', '.', '--policy', policy, '--format', 'json', '--out', out], x)).toBe(1)
    const raw = readFileSync(out, 'utf8')
    const json = JSON.parse(raw)
    expect(Object.keys(json)).toEqual(['schema', 'tool', 'mode', 'dir', 'base', 'head', 'policy', 'result', 'counts', 'verdicts', 'notes'])
    expect(json.policy).toEqual({ origin: { path: policy, commit: null, read_from: 'file' }, disabled: [] })
    expect(json.mode).toBe('directory')
    expect(json.result).toBe('fail')
    const secrets = json.verdicts.find((v: { control: string }) => v.control === 'secrets.no-new-secrets')
    expect(secrets.status).toBe('fail')
    expect(secrets.effect).toBe('blocking')
    const nv = secrets.findings
      .filter((f: { status: string }) => f.status === 'not_verified')
      .map((f: { subject: string }) => f.subject)
      .sort()
    expect(nv).toEqual(['data/archive.gz', 'data/big.txt'])
    const iac = json.verdicts.find((v: { control: string }) => v.control === 'iac.encryption')
    expect(iac.status).toBe('fail')
    expect(
      iac.findings.some((f: { status: string; location?: { path: string } }) => f.status === 'not_verified' && f.location?.path === 'broken/main.tf')
    ).toBe(true)
    expect(x.text()).toMatch(/^FAIL: .*\(json written to /)
    expectNoSecret(raw, x.text(), x.errors())
  })

  test('sarif: SARIF 2.1.0 that validates against the schema, no secret', async () => {
    const x = io(repo.dir)
    expect(await main(['scan', repo.dir, '--policy', policy, '--format', 'sarif'], x)).toBe(1)
    const sarif = JSON.parse(x.text())
    expect(sarifSchemaErrors(sarif)).toEqual([])
    const results = sarif.runs[0].results as { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[]
    const uris = results.map(r => r.locations[0].physicalLocation.artifactLocation.uri)
    // Files that could not be scanned are there too, at the file: they block the result as much as a finding.
    expect(uris).toEqual(expect.arrayContaining(['config/app.env', 'untracked.ini', 'infra/main.tf', 'data/big.txt', 'data/archive.gz']))
    expect(results.some(r => r.ruleId === 'secrets.no-new-secrets/github-pat')).toBe(true)
    expect(sarif.runs[0].automationDetails.id).toBe('compliance-gate-scan/')
    expectNoSecret(x.text(), x.errors())
  })

  test('policy params apply: exclude-paths, custom rules, IaC skip comments', async () => {
    const r = repoWith({
      'vendor/leak.env': `T=${pat.text}\n`,
      'app/acme.txt': `acme_key = ${custom.text}\n`,
      'infra/q.tf': `resource "aws_sqs_queue" "jobs" {\n  # compliance-gate:skip=CG_IAC_AWS_SQS_ENCRYPTION reviewed: holds public data only\n  name                    = "jobs"\n  sqs_managed_sse_enabled = false\n}\n`
    })
    const p = policyFile(`version: 1
controls:
  secrets.no-new-secrets:
    exclude-paths: ['vendor/**']
    custom-rules:
      - id: acme-key
        regex: 'ACME-[A-Z0-9]{24}'
        keywords: ['acme-']
        severity: high
  iac.encryption:
    allow-skip-comments: true
`)
    const x = io(r.dir)
    const code = await main(['scan', '--policy', p, '--format', 'json'], x)
    const json = JSON.parse(x.text())
    const secrets = json.verdicts.find((v: { control: string }) => v.control === 'secrets.no-new-secrets')
    const rules = secrets.findings.map((f: { rule?: string; subject: string }) => `${f.subject}:${f.rule}`)
    expect(rules).toEqual(['app/acme.txt:acme-key'])
    const iac = json.verdicts.find((v: { control: string }) => v.control === 'iac.encryption')
    expect(iac.findings.filter((f: { status: string }) => f.status === 'fail')).toEqual([])
    expect(code).toBe(1) // the custom rule's finding fails the scan
    expectNoSecret(x.text(), x.errors())
  })

  test('a clean directory passes (exit 0); outside git every file but .git/ and node_modules/ is scanned', async () => {
    const d = mkdtempSync(join(tmpdir(), 'cg-scan-plain-'))
    mkdirSync(join(d, 'node_modules/x'), { recursive: true })
    writeFileSync(join(d, 'node_modules/x/t.env'), `T=${pat.text}\n`)
    writeFileSync(join(d, 'notes.txt'), 'nothing here\n')
    const x = io(d)
    expect(await main(['scan'], x)).toBe(0)
    expect(x.text()).toMatch(/^PASS secrets\.no-new-secrets: /m)
    expect(x.text()).toMatch(/^N\/A iac\.encryption: /m)
    expect(x.text()).toMatch(/^PASS: 0 failing finding\(s\), 0 not verified/m)
    // What was skipped is named, in text and JSON, never only counted (cold audit 25, session 40).
    expect(x.text()).toMatch(/^skipped: node_modules\/ — node_modules\/ directory: not walked outside a git work tree$/m)
    const j = io(d)
    await main(['scan', d, '--format', 'json'], j)
    expect(JSON.parse(j.text()).skipped).toEqual([{ path: 'node_modules/', reason: 'node_modules/ directory: not walked outside a git work tree' }])
    writeFileSync(join(d, 'leak.txt'), `T=${pat.text}\n`)
    const y = io(d)
    expect(await main(['scan', d], y)).toBe(1)
    expect(y.text()).toMatch(/leak\.txt:1 github-pat/)
    expectNoSecret(x.text(), y.text(), y.errors())
  })
})

test('directory mode decodes UTF-16 text (with a byte-order mark) and finds the credential in it', async () => {
  const text = '部署说明：生产环境的访问凭据，请勿外传。所有操作须经过双人复核。\r\n令牌 ' + newPat.text + '\r\n'
  const r = repoWith({ 'notes.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]) })
  const x = io(r.dir)
  expect(await main(['scan'], x)).toBe(1)
  expect(x.text()).toMatch(/notes\.txt:2 github-pat/)
  expect(x.text()).not.toMatch(/not verified\] — Not scanned: text in UTF-16/)
  expectNoSecret(x.text(), x.errors())
})

test("a policy in DIR that turns the scan's controls off is named, and what it turned off is said, never silent", async () => {
  const r = repoWith({
    '.github/compliance-gate.yml': 'version: 1\ncontrols:\n  secrets.no-new-secrets:\n    enabled: false\n  iac.data-residency:\n    enabled: false\n',
    'infra/main.tf': UNENCRYPTED_TF
  })
  const x = io(r.dir)
  expect(await main(['scan'], x)).toBe(1)
  expect(x.text()).toMatch(/^policy: \S*\.github\/compliance-gate\.yml \(file\)$/m)
  expect(x.text()).toMatch(/^policy: not run, turned off by this policy: secrets\.no-new-secrets, iac\.data-residency$/m)
  const j = io(r.dir)
  await main(['scan', '--format', 'json'], j)
  expect(JSON.parse(j.text()).policy.disabled).toEqual(['secrets.no-new-secrets', 'iac.data-residency'])
})

describe('scan --base REF (the changes since REF)', () => {
  test('the history scan reads UTF-16 a commit added (its NUL bytes do not split the commit) and names it', async () => {
    const r = repoWith({ 'README.md': '# x\n' })
    r.git(['checkout', '-q', '-b', 'feature'])
    const wide = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`notes\r\nTOKEN=${newPat.text}\r\n`, 'utf16le')])
    r.commit({ 'notes.txt': wide, 'a.md': 'a\n' }, 'add notes')
    r.commit({ 'notes.txt': null, 'b.md': 'b\n' }, 'remove them')
    const x = io(r.dir)
    expect(await main(['scan', '--base', 'main'], x)).toBe(1)
    expect(x.text()).toMatch(/notes\.txt github-pat — .*added in commit [0-9a-f]{7} \(line \d+ of the file there\) and removed by a later commit/)
    expectNoSecret(x.text(), x.errors())
  })

  test('a secret one commit adds and a later one removes is still found: it stays in the history', async () => {
    const r = repoWith({ 'README.md': '# x\n' })
    r.git(['checkout', '-q', '-b', 'feature'])
    r.commit({ 'ci.env': `TOKEN=${newPat.text}\n` }, 'add a token')
    r.commit({ 'ci.env': null, 'notes.md': 'moved to the vault\n' }, 'remove it')
    const x = io(r.dir)
    expect(await main(['scan', '--base', 'main'], x)).toBe(1)
    expect(x.text()).toMatch(/ci\.env github-pat — .*added in commit [0-9a-f]{7} \(line \d+ of the file there\) and removed by a later commit/)
    expectNoSecret(x.text(), x.errors())
  })

  test('a secret in a commit message or in a file name fails as in the action, redacted (cold attacker review, session 40)', async () => {
    const r = repoWith({ 'README.md': '# x\n' })
    r.git(['checkout', '-q', '-b', 'feature'])
    r.commit({ 'notes.md': 'nothing here\n' }, `fix the deploy\n\ntoken ${newPat.text}`)
    const x = io(r.dir)
    expect(await main(['scan', '--base', 'main'], x)).toBe(1)
    expect(x.text()).toMatch(/commit [0-9a-f]{7} .*secret\(s\) in the message of commit [0-9a-f]{7}/)
    expectNoSecret(x.text(), x.errors())
  })

  test('IaC is judged as committed: an uncommitted edit that encrypts the resource changes nothing (cold IaC review, session 40)', async () => {
    const r = repoWith({ 'README.md': '# x\n' })
    r.git(['checkout', '-q', '-b', 'feature'])
    r.commit({ 'infra/main.tf': UNENCRYPTED_TF, 'infra/variables.tf': 'variable "x" {\n  default = 1\n}\n' }, 'add storage')
    writeFileSync(join(r.dir, 'infra/main.tf'), '# encrypted now, but not committed\n')
    const x = io(r.dir)
    expect(await main(['scan', '--base', 'main'], x)).toBe(1)
    expect(x.text()).toMatch(/^FAIL iac\.encryption: /m)
    expect(x.text()).toMatch(/note: IaC files are read from the HEAD commit, not the work tree/)
  })

  test('only what HEAD adds since the merge base is judged, with the policy read at REF', async () => {
    const r = repoWith({ 'old.env': `OLD=${pat.text}\n`, 'infra/old.tf': UNENCRYPTED_TF })
    r.git(['checkout', '-q', '-b', 'feature'])
    r.commit({ 'new.env': `NEW=${newPat.text}\n`, 'docs/readme.md': 'hello\n' }, 'add a token')
    const x = io(r.dir)
    expect(await main(['scan', '--base', 'main'], x)).toBe(1)
    expect(x.text()).toMatch(/new\.env:1 github-pat/)
    expect(x.text()).not.toMatch(/old\.env|old\.tf/)
    expect(x.text()).toMatch(/^N\/A iac\.encryption: no infrastructure-as-code file changed/m)
    const j = io(r.dir)
    expect(await main(['scan', '--base', 'main', '--format', 'json'], j)).toBe(1)
    const json = JSON.parse(j.text())
    expect(json.mode).toBe('diff')
    expect(json.base).toEqual({ ref: 'main', sha: r.revParse('main') })
    expect(json.head).toBe(r.revParse('HEAD'))
    expectNoSecret(x.text(), j.text())
  })

  test("the verdict is the gate's: same findings and fingerprints as the secrets collector, baseline read at REF", async () => {
    const acknowledged = fingerprint('acme/app', 'github-pat', pat.text)
    const r = repoWith({ '.compliance-gate/secrets-baseline.json': JSON.stringify([{ fingerprint: acknowledged }]) })
    r.git(['checkout', '-q', '-b', 'feature'])
    // The change tries to acknowledge its own new token in the baseline: read at REF, so ignored.
    r.commit(
      {
        'cfg.env': `A=${pat.text}\nB=${newPat.text}\n`,
        '.compliance-gate/secrets-baseline.json': JSON.stringify([
          { fingerprint: acknowledged },
          { fingerprint: fingerprint('acme/app', 'github-pat', newPat.text) }
        ])
      },
      'cfg'
    )
    const x = io(r.dir)
    expect(await main(['scan', '--base', 'main', '--repo', 'acme/app', '--format', 'json'], x)).toBe(1)
    const scanned = JSON.parse(x.text()).verdicts.find((v: { control: string }) => v.control === 'secrets.no-new-secrets')
    const record = makeRecord(r.revParse('main'), r.revParse('HEAD'))
    record.facts.secrets = await collectSecrets(makeContext(record, { checkoutDir: r.dir }))
    const gate = secretsNoNewSecrets.evaluate(record, secretsNoNewSecrets.meta.defaults, { enabledControls: new Set() })
    expect(scanned.status).toBe(gate.status)
    expect(scanned.reason).toBe(gate.reason)
    expect(scanned.findings).toEqual(JSON.parse(JSON.stringify(gate.findings)))
    expect(scanned.findings.map((f: { status: string }) => f.status).sort()).toEqual(['fail', 'pass'])
    expectNoSecret(x.text())
  })

  test('a change without secrets or IaC passes; uncommitted changes are noted, not scanned', async () => {
    const r = repoWith({ 'a.txt': 'a\n' })
    r.git(['checkout', '-q', '-b', 'feature'])
    r.commit({ 'b.txt': 'b\n' }, 'b')
    writeFileSync(join(r.dir, 'c.env'), `T=${pat.text}\n`)
    const x = io(r.dir)
    expect(await main(['scan', '--base', 'main'], x)).toBe(0)
    expect(x.text()).toMatch(/note: the work tree has uncommitted changes/)
  })

  test('reading the work tree status runs no content filter the config names (a .gitattributes on the branch picks it)', async () => {
    const r = repoWith({ 'a.txt': 'a\n' })
    r.git(['checkout', '-q', '-b', 'feature'])
    r.commit({ '.gitattributes': '*.dat filter=evil\n', 'data.dat': 'payload\n' }, 'data')
    const marker = join(mkdtempSync(join(tmpdir(), 'cg-scan-filter-')), 'ran')
    const script = join(mkdtempSync(join(tmpdir(), 'cg-scan-filter-')), 'filter.sh')
    writeFileSync(script, `#!/bin/sh\necho ran >> '${marker}'\nexit 1\n`, { mode: 0o755 })
    r.git(['config', 'filter.evil.process', script])
    r.git(['config', 'filter.evil.clean', script])
    // A changed mtime makes status read the file again, through its clean filter.
    const touch = () => utimesSync(join(r.dir, 'data.dat'), new Date(), new Date(Date.now() + 60_000))
    touch()
    const x = io(r.dir)
    expect(await main(['scan', '--base', 'main'], x)).toBe(0)
    expect(existsSync(marker)).toBe(false)
    // The setup is live: git's own status runs the filter.
    touch()
    try {
      r.git(['status', '--porcelain'])
    } catch {
      // the filter fails on purpose
    }
    expect(existsSync(marker)).toBe(true)
  })

  test('an IaC change is judged; a malformed .tf is not verified', async () => {
    const r = repoWith({ 'a.txt': 'a\n' })
    r.git(['checkout', '-q', '-b', 'feature'])
    r.commit({ 'infra/main.tf': UNENCRYPTED_TF, 'broken/main.tf': MALFORMED_TF }, 'iac')
    const x = io(r.dir)
    expect(await main(['scan', '--base', 'main', '--format', 'json'], x)).toBe(1)
    const iac = JSON.parse(x.text()).verdicts.find((v: { control: string }) => v.control === 'iac.encryption')
    expect(iac.status).toBe('fail')
    expect(
      iac.findings.some((f: { status: string; location?: { path: string } }) => f.status === 'not_verified' && f.location?.path === 'broken/main.tf')
    ).toBe(true)
  })

  test('bad usage and unknown revisions are exit 2 with one clear message', async () => {
    const r = repoWith({ 'a.txt': 'a\n', 'sub/b.txt': 'b\n' })
    const cases: [string[], RegExp][] = [
      [['scan', '--base', 'no-such-branch'], /no such commit/],
      [['scan', '--base', '--upload-pack=x'], /not a git revision|requires|argument/i],
      [['scan', 'sub', '--base', 'main'], /top of the git work tree/],
      [['scan', '--format', 'xml'], /--format must be one of text, json, sarif/],
      [['scan', 'missing-dir'], /no such directory/],
      [['scan', 'a.txt'], /not a directory/],
      [['scan', 'a', 'b'], /at most one directory/]
    ]
    for (const [args, message] of cases) {
      const x = io(r.dir)
      expect(await main(args, x)).toBe(2)
      expect(x.errors()).toMatch(message)
    }
    const d = mkdtempSync(join(tmpdir(), 'cg-scan-nogit-'))
    const y = io(d)
    expect(await main(['scan', '--base', 'main'], y)).toBe(2)
    expect(y.errors()).toMatch(/needs a git work tree/)
  })
})

describe('help', () => {
  test('scan --help and the main help list the command', async () => {
    const x = io(process.cwd())
    expect(await main(['scan', '--help'], x)).toBe(0)
    expect(x.text()).toMatch(/Usage: compliance-gate scan \[DIR\] \[--base REF\]/)
    const h = io(process.cwd())
    expect(await main(['--help'], h)).toBe(0)
    expect(h.text()).toMatch(/^ {2}scan +run the secrets and IaC controls/m)
  })
})
