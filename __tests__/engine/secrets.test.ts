/**
 * Runner-level acceptance of secrets.no-new-secrets (issue 5): `node dist/index.js` against the fake
 * GitHub API (every answer schema-checked), reading the added lines from a local git checkout (the
 * workspace) or, without one, from the API's `patch` fields. Fake secrets are generated at run time from
 * templates (src/secrets/generate.ts): no secret-shaped literal is stored in this file.
 */
import { describe, expect, test } from '@jest/globals'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { RunResult } from '../helpers/runner.js'
import { recordOf as record, runGate, TOKEN, useFakeGitHub, verdictOf, type VerdictJson } from '../helpers/gate.js'
import { serveScenario, type Scenario, type ScenarioOptions } from '../helpers/scenario.js'
import { makeGitRepo, type GitRepo } from '../helpers/git-repo.js'
import type { PrFileOptions } from '../helpers/github-data.js'
import { DEFAULT_OWNER, DEFAULT_REPO } from '../helpers/github-data.js'
import { expandTemplateWithParts, seededRandom } from '../../src/secrets/generate.js'
import { fingerprint } from '../../src/secrets/redact.js'

const FULL_NAME = `${DEFAULT_OWNER}/${DEFAULT_REPO}`
const CONTROL = 'secrets.no-new-secrets'

const repos: GitRepo[] = []
const fake = useFakeGitHub(() => {
  for (const r of repos.splice(0)) r.remove()
})

const rand = seededRandom(5005)
function plant(template: string): { text: string; parts: string[] } {
  return expandTemplateWithParts(template, rand)
}

/** GitHub's `patch` of one file: the unified diff's hunks (3 lines of context), without the headers. */
function patchOf(repo: GitRepo, base: string, head: string, path: string): string {
  const diff = repo.git(['diff', '--no-color', '--no-ext-diff', `${base}...${head}`, '--', path])
  const at = diff.indexOf('@@')
  return at === -1 ? '' : diff.slice(at)
}

/** The PR's files as the API lists them, built from the git diff base...head. */
function filesFromGit(repo: GitRepo, base: string, head: string): PrFileOptions[] {
  const status: Record<string, PrFileOptions['status']> = { A: 'added', M: 'modified', D: 'removed' }
  const numstat = repo
    .git(['diff', '--numstat', `${base}...${head}`])
    .split('\n')
    .filter(Boolean)
  const names = Object.fromEntries(
    repo
      .git(['diff', '--name-status', `${base}...${head}`])
      .split('\n')
      .filter(Boolean)
      .map(l => l.split('\t'))
      .map(([s, p]) => [p, status[s[0]] ?? 'modified'])
  )
  return numstat.map(l => {
    const [add, del, path] = l.split('\t')
    // A binary file (numstat `-`) or a diff too large for GitHub (over 1 MB here) comes without a patch.
    if (add === '-') return { filename: path, status: names[path], additions: 0, deletions: 0 }
    let patch: string | undefined
    try {
      patch = patchOf(repo, base, head, path)
    } catch {
      patch = undefined
    }
    return {
      filename: path,
      status: names[path],
      additions: Number(add),
      deletions: Number(del),
      ...(patch !== undefined && patch.length < 1024 * 1024 ? { patch } : {})
    }
  })
}

interface Pr {
  repo: GitRepo
  scenario: Scenario
}

/**
 * A local checkout: `base` files committed on main, then each of `commits` on a feature branch, head
 * checked out; the fake API serves the PR with base/head SHAs and files equal to git's.
 */
function gitPr(baseFiles: Record<string, string>, commits: Record<string, string | Buffer | null>[], o: ScenarioOptions = {}): Pr {
  const repo = makeGitRepo({ prefix: 'cg-e2e-secrets-' })
  repos.push(repo)
  const base = repo.commit({ 'README.md': '# app\n', ...baseFiles }, 'Base')
  repo.branch('feature/7')
  repo.checkout('feature/7')
  const prCommits = commits.map((files, i) => {
    const parent = repo.revParse()
    const sha = repo.commit(files, `Change ${i + 1}`)
    return { sha, parent }
  })
  const head = repo.revParse()
  const scenario = serveScenario(fake, {
    headSha: head,
    baseSha: base,
    headRef: 'feature/7',
    files: filesFromGit(repo, base, head),
    commits: prCommits.map(c => ({
      sha: c.sha,
      message: 'Change',
      author: { name: 'Alice', email: 'alice@example.com', login: 'alice-author' },
      committer: { name: 'Alice', email: 'alice@example.com', login: 'alice-author' },
      parents: [c.parent]
    })),
    ...o
  })
  return { repo, scenario }
}

const gate = (s: Scenario, cwd?: string, inputs: Record<string, string> = {}): Promise<RunResult> => runGate(fake, s, { cwd: cwd ?? null, inputs })

/** Every file under a directory, by path relative to it. */
function filesUnder(dir: string, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {}
  for (const name of readdirSync(dir)) {
    const full = join(dir, name)
    if (statSync(full).isDirectory()) Object.assign(out, filesUnder(full, `${prefix}${name}/`))
    else out[`${prefix}${name}`] = readFileSync(full, 'utf8')
  }
  return out
}

const verdict = (r: RunResult, id = CONTROL) => verdictOf(r, id)

/** 1-based line and column of `value` in `text`. */
function position(text: string, value: string): { line: number; column: number } {
  const at = text.indexOf(value)
  if (at < 0) throw new Error('value not in text')
  const before = text.slice(0, at).split('\n')
  return { line: before.length, column: before[before.length - 1].length + 1 }
}

// The planted change: an AWS key pair, a GitHub token and a Stripe live key, in three files.
function plantedChange() {
  const akid = plant('AKIA{b32:16}')
  const aws = plant('{b64:40}')
  const ghp = plant('ghp_{alnum:36}')
  const stripe = plant('sk_live_{alnum:40}')
  const files = {
    'deploy/aws.env': `REGION=me-central-1\naws_access_key_id = ${akid.text}\naws_secret_access_key = ${aws.text}\n`,
    'scripts/release.sh': `#!/bin/sh\nset -eu\n\nexport GITHUB_TOKEN=${ghp.text}\ngh release create "$1"\n`,
    'src/billing.py': `import stripe\n\n\ndef client():\n    stripe.api_key = "${stripe.text}"\n    return stripe\n`
  }
  const expected = [
    // A 20-character key id shows 2 characters (a shorter secret shows fewer), longer ones 4.
    { rule: 'aws-access-key-id', path: 'deploy/aws.env', value: akid.text, shown: 2 },
    { rule: 'aws-secret-access-key', path: 'deploy/aws.env', value: aws.text, shown: 4 },
    { rule: 'github-pat', path: 'scripts/release.sh', value: ghp.text, shown: 4 },
    { rule: 'stripe-live-secret-key', path: 'src/billing.py', value: stripe.text, shown: 4 }
  ].map(e => ({ ...e, ...position(files[e.path as keyof typeof files], e.value) }))
  return { files, expected, values: [akid.text, aws.text, ghp.text, stripe.text] }
}

function expectFindings(v: VerdictJson, expected: ReturnType<typeof plantedChange>['expected']): void {
  const failed = v.findings.filter(f => f.status === 'fail')
  const got = failed
    .map(f => ({ rule: f.rule, path: f.location?.path, line: f.location?.line, column: f.location?.column }))
    .sort((a, b) => `${a.path}:${a.line}`.localeCompare(`${b.path}:${b.line}`))
  expect(got).toEqual(expected.map(e => ({ rule: e.rule, path: e.path, line: e.line, column: e.column })))
  for (const e of expected) {
    const f = failed.find(x => x.rule === e.rule)!
    // At most the first 4 characters, then an ellipsis; a keyed fingerprint, not the value.
    expect(f.data?.preview).toBe(`${e.value.slice(0, e.shown)}…`)
    expect(f.data?.fingerprint).toBe(fingerprint(FULL_NAME, e.rule, e.value))
    expect(f.data?.fingerprint).toMatch(/^[0-9a-f]{64}$/)
    expect(f.subject).toBe(e.path)
  }
}

/** Every window of 8 characters of a value (any longer substring contains one). */
function windows(value: string, n = 8): string[] {
  const out: string[] = []
  for (let i = 0; i + n <= value.length; i++) out.push(value.slice(i, i + n))
  return out
}

describe('secrets from a local git checkout', () => {
  test('an AWS key pair, a GitHub token and a Stripe live key fail with rule, file, line, column, preview, fingerprint and an annotation each', async () => {
    const planted = plantedChange()
    const { repo, scenario } = gitPr({ 'src/app.py': 'print("hi")\n' }, [
      { 'deploy/aws.env': planted.files['deploy/aws.env'] },
      { 'scripts/release.sh': planted.files['scripts/release.sh'], 'src/billing.py': planted.files['src/billing.py'] }
    ])
    const r = await gate(scenario, repo.dir)
    expect(r.code).toBe(1)
    expect(r.outputs.result).toBe('fail')
    expect(r.outputs['failed-controls']).toBe(CONTROL)
    const v = verdict(r)
    expect(v.status).toBe('fail')
    expect(v.effect).toBe('blocking')
    expect(v.reason).toMatch(/^4 new secret\(s\) added/)
    expectFindings(v, planted.expected)
    // Read from git, not from the API patches.
    const facts = record(r).facts.secrets
    expect(facts.state).toBe('complete')
    expect(facts.value.source).toBe('checkout')
    expect(facts.value.base_sha).toBe(scenario.baseSha)
    expect(facts.value.head_sha).toBe(scenario.headSha)
    // One error annotation at each file:line (and column).
    const annotations = r.annotations.filter(a => a.properties.file)
    expect(annotations.map(a => [a.level, a.properties.file, Number(a.properties.line), Number(a.properties.col), a.properties.title]).sort()).toEqual(
      planted.expected.map(e => ['error', e.path, e.line, e.column, `${CONTROL} (${e.rule})`]).sort()
    )
    for (const a of annotations) expect(a.message).toMatch(/\(redacted: .{0,4}…\)/)
  })

  test("when the pull request cannot be read, the checkout's diff is still scanned from the event's base (it said 'No base commit')", async () => {
    const planted = plantedChange()
    const { repo, scenario } = gitPr({ 'src/app.py': 'print("hi")\n' }, [{ 'scripts/release.sh': planted.files['scripts/release.sh'] }])
    fake.fault('GET /repos/{owner}/{repo}/pulls/{pull_number}', { status: 500 })
    const r = await gate(scenario, repo.dir)
    expect(r.outputs.result).toBe('error')
    const facts = record(r).facts.secrets
    expect(facts.value.source).toBe('checkout')
    expect(facts.value.base_sha).toBe(scenario.baseSha)
    expect(facts.value.findings.map((f: { rule: string; path: string }) => [f.rule, f.path])).toEqual([['github-pat', 'scripts/release.sh']])
    expect(record(r).subject.base_sha).toBe(scenario.baseSha)
    expect(verdict(r).status).toBe('fail')
  })

  test('with the base and head in the checkout, the changed files come from git: as GitHub lists them, and no page of patches is read', async () => {
    const { repo, scenario } = gitPr({ 'src/app.py': 'print("hi")\n', 'docs/old.md': `${'keep this line\n'.repeat(20)}`, 'gone.txt': 'a\nb\n' }, [
      { 'src/app.py': 'print("hello")\nprint("again")\n', 'docs/old.md': null, 'docs/new.md': `${'keep this line\n'.repeat(20)}`, 'gone.txt': null },
      { 'img/logo.bin': Buffer.from([0, 1, 2, 3, 0, 5]), '.gitattributes': 'src/** binary\n' }
    ])
    fake.resetLog()
    const r = await gate(scenario, repo.dir)
    expect(fake.requestsFor(`GET /repos/{owner}/{repo}/pulls/{pull_number}/files`)).toHaveLength(0)
    const files = record(r).files
    expect(files.state).toBe('complete')
    expect(files.sources).toEqual([
      `git diff --raw -z --no-abbrev --find-renames ${scenario.baseSha}...${scenario.headSha}`,
      `git diff --numstat -z --find-renames ${scenario.baseSha}...${scenario.headSha}`
    ])
    const byPath = Object.fromEntries((files.value as { path: string }[]).map(f => [f.path, f]))
    // The same paths, statuses and counts the API's list holds (built from git by the scenario, renames aside).
    expect(byPath['src/app.py']).toEqual({ path: 'src/app.py', status: 'modified', additions: 2, deletions: 1 })
    expect(byPath['docs/new.md']).toEqual({ path: 'docs/new.md', previous_path: 'docs/old.md', status: 'renamed', additions: 0, deletions: 0 })
    expect(byPath['gone.txt']).toEqual({ path: 'gone.txt', status: 'removed', additions: 0, deletions: 2 })
    expect(byPath['img/logo.bin']).toEqual({ path: 'img/logo.bin', status: 'added', additions: 0, deletions: 0, binary: true })
    expect(byPath['.gitattributes']).toMatchObject({ status: 'added', additions: 1 })
    expect(Object.keys(byPath)).toHaveLength(5)
  })

  test('no leak: no planted value, nor any 8-character piece of one, nor the token, in stdout, stderr, summary, GITHUB_OUTPUT or any bundle file', async () => {
    const planted = plantedChange()
    const extra = [
      plant('OPENAI_API_KEY=sk-proj-{b64url:80}'),
      plant('DATABASE_URL=postgres://app:{alnum:20}@db.internal:5432/app'),
      plant('SLACK_BOT=xoxb-{digits:12}-{digits:13}-{alnum:24}')
    ]
    const { repo, scenario } = gitPr({}, [{ ...planted.files, 'config/more.env': extra.map(e => e.text).join('\n') + '\n' }])
    const r = await gate(scenario, repo.dir)
    expect(r.outputs.result).toBe('fail')
    const v = verdict(r)
    expect(v.findings.filter(f => f.status === 'fail').length).toBeGreaterThanOrEqual(planted.values.length + extra.length)

    const fileCommands = filesUnder(join(r.runnerTemp, '_runner_file_commands'))
    const bundle = filesUnder(r.outputs['evidence-path'])
    expect(Object.keys(bundle)).toEqual(expect.arrayContaining(['manifest.json', 'record.json', 'results.json', 'summary.md', 'policy.json']))
    expect(fileCommands.set_output).toContain('evidence-path')
    expect(fileCommands.step_summary).toContain(CONTROL)
    // The runner consumes `::add-mask::<token>` and masks the token everywhere after it: that line is expected.
    expect(r.stdout).toContain(`::add-mask::${TOKEN}`)
    const stdout = r.stdout
      .split('\n')
      .filter(l => !l.startsWith('::add-mask::'))
      .join('\n')
    const outputs: Record<string, string> = {
      stdout,
      stderr: r.stderr,
      ...Object.fromEntries(Object.entries(fileCommands).map(([k, t]) => [`file-command:${k}`, t])),
      ...Object.fromEntries(Object.entries(bundle).map(([k, t]) => [`bundle:${k}`, t]))
    }

    const secrets = [...planted.values, ...extra.flatMap(e => e.parts), TOKEN]
    for (const value of secrets) expect(value.length).toBeGreaterThanOrEqual(8)
    const leaks: string[] = []
    for (const [name, text] of Object.entries(outputs)) {
      for (const [i, value] of secrets.entries()) {
        for (const piece of windows(value)) {
          if (text.includes(piece)) leaks.push(`${name}: an 8-character piece of planted value #${i}`)
        }
      }
    }
    expect([...new Set(leaks)]).toEqual([])
  })

  test('a secret one commit adds and a later commit removes still fails: it stays in the history a merge keeps', async () => {
    const ghp = plant('ghp_{alnum:36}')
    const { repo, scenario } = gitPr({}, [
      { 'deploy/ci.env': `GITHUB_TOKEN=${ghp.text}\n` },
      { 'deploy/ci.env': null, 'docs/note.md': 'token moved to the vault\n' }
    ])
    const r = await gate(scenario, repo.dir)
    expect(r.outputs.result).toBe('fail')
    const v = verdict(r)
    expect(v.status).toBe('fail')
    const f = v.findings.find(x => x.status === 'fail')!
    expect(f.rule).toBe('github-pat')
    expect(f.location?.path).toBe('deploy/ci.env')
    expect(f.message).toMatch(/added in commit [0-9a-f]{7} \(line 1 of the file there\) and removed by a later commit of this change: it stays in the history/)
    const stdout = r.stdout
      .split('\n')
      .filter(l => !l.startsWith('::add-mask::'))
      .join('\n')
    for (const piece of windows(ghp.text)) expect(stdout + r.summary + JSON.stringify(record(r))).not.toContain(piece)
  })

  test('a secret written into a merge commit (its conflict resolution) and removed by a later commit still fails', async () => {
    const slack = plant('xoxb-{digits:12}-{digits:13}-{alnum:24}')
    const repo = makeGitRepo({ prefix: 'cg-e2e-secrets-merge-' })
    repos.push(repo)
    repo.commit({ 'README.md': '# app\n', 'app.env': 'REGION=eu\nLOG=info\n' }, 'Base')
    repo.branch('feature/7')
    repo.checkout('feature/7')
    const first = repo.commit({ 'app.env': 'REGION=us\nLOG=info\n' }, 'Change region')
    repo.checkout('main')
    repo.commit({ 'app.env': 'REGION=ap\nLOG=info\n', 'other.txt': 'from main\n' }, 'Main moves on')
    const base = repo.revParse()
    repo.checkout('feature/7')
    try {
      repo.git(['merge', '-q', 'main'])
    } catch {
      // the conflict on app.env, resolved below with a line neither side had
    }
    const merge = repo.commit({ 'app.env': `REGION=us\nLOG=info\nSLACK_BOT_TOKEN=${slack.text}\n` }, 'Merge main')
    expect(repo.git(['rev-list', '--parents', '-n', '1', merge]).split(' ')).toHaveLength(3)
    const head = repo.commit({ 'app.env': 'REGION=us\nLOG=info\n' }, 'Drop the token')
    const alice = { name: 'Alice', email: 'alice@example.com', login: 'alice-author' }
    const scenario = serveScenario(fake, {
      headSha: head,
      baseSha: base,
      headRef: 'feature/7',
      files: filesFromGit(repo, base, head),
      commits: [
        { sha: first, message: 'Change region', author: alice, committer: alice, parents: [repo.revParse(`${first}^`)] },
        { sha: merge, message: 'Merge main', author: alice, committer: alice, parents: [first, base] },
        { sha: head, message: 'Drop the token', author: alice, committer: alice, parents: [merge] }
      ]
    })
    const r = await gate(scenario, repo.dir)
    const v = verdict(r)
    expect(v.status).toBe('fail')
    const f = v.findings.find(x => x.status === 'fail')!
    expect(f.location?.path).toBe('app.env')
    expect(f.message).toMatch(new RegExp(`added in commit ${merge.slice(0, 7)} \\(line \\d+ of the file there\\) and removed by a later commit`))
    // Only what the merge itself added: main's own file, merged in cleanly, is not the change's.
    expect(v.findings.filter(x => x.status === 'fail')).toHaveLength(1)
    expect(JSON.stringify(record(r))).not.toContain(slack.text.slice(8, 30))
  })

  test('a secret several commits add (one edits its line) is reported at the first commit, the one that leaked it', async () => {
    const ghp = plant('ghp_{alnum:36}')
    const { repo, scenario } = gitPr({}, [
      { 'deploy/ci.env': `GITHUB_TOKEN=${ghp.text}\n` },
      { 'deploy/ci.env': `GITHUB_TOKEN=${ghp.text} # rotate monthly\n` },
      { 'deploy/ci.env': null }
    ])
    const first = repo.revParse('HEAD~2')
    const r = await gate(scenario, repo.dir)
    const fails = verdict(r).findings.filter(x => x.status === 'fail')
    expect(fails).toHaveLength(1)
    expect(fails[0].message).toMatch(new RegExp(`added in commit ${first.slice(0, 7)} \\(line \\d+ of the file there\\) and removed by a later commit`))
  })

  test('a checkout without the history (fetch-depth 1) leaves a change of several commits not verified; no checkout says the final diff was scanned', async () => {
    const ghp = plant('ghp_{alnum:36}')
    const { repo, scenario } = gitPr({}, [
      { 'deploy/ci.env': `GITHUB_TOKEN=${ghp.text}\n` },
      { 'deploy/ci.env': null, 'docs/note.md': 'token moved to the vault\n' }
    ])
    const shallow = makeGitRepo({ prefix: 'cg-e2e-secrets-shallow-' })
    repos.push(shallow)
    shallow.git(['fetch', '-q', '--depth', '1', `file://${repo.dir}`, 'feature/7'])
    shallow.git(['checkout', '-q', 'FETCH_HEAD'])
    const r = await gate(scenario, shallow.dir)
    const v = verdict(r)
    expect(v.status).toBe('not_verified')
    const history = v.findings.find(x => x.subject === '(history)')!
    expect(history.status).toBe('not_verified')
    expect(history.message).toMatch(/2 commits were not scanned one by one .*lacks the base commit/)
    expect(history.remedy).toMatch(/fetch-depth: 0/)
    // No file of the repository: no location, so no annotation or SARIF result points at a path "(history)".
    expect(history.location).toBeUndefined()
    expect(r.annotations.some(a => a.properties.file === '(history)')).toBe(false)

    const api = await gate(scenario)
    const w = verdict(api)
    expect(w.status).toBe('pass')
    expect(w.reason).toMatch(/^No new secret in the added lines of the final diff \(the API's patches; each commit is scanned only from a checkout\)/)
    expect(record(api).facts.secrets.value.notes.join('\n')).toMatch(/History not scanned commit by commit: the change's 2 commits/)
  })

  test('a baseline on the base commit acknowledges a finding; the same baseline added by the PR does not count', async () => {
    const key = plant('ghp_{alnum:36}')
    const fp = fingerprint(FULL_NAME, 'github-pat', key.text)
    const baseline = JSON.stringify(
      [
        {
          fingerprint: fp,
          rule: 'github-pat',
          path: 'ci/token.env',
          reason: 'test fixture, revoked',
          acknowledged_by: 'security-team',
          acknowledged_at: '2026-11-01'
        }
      ],
      null,
      2
    )
    const change = { 'ci/token.env': `GH_TOKEN=${key.text}\n` }

    const onBase = gitPr({ '.compliance-gate/secrets-baseline.json': baseline }, [change])
    const pass = await gate(onBase.scenario, onBase.repo.dir)
    expect(pass.outputs.result).toBe('pass')
    const v = verdict(pass)
    expect(v.status).toBe('pass')
    expect(v.reason).toMatch(/1 acknowledged finding/)
    expect(v.findings).toEqual([expect.objectContaining({ status: 'pass', rule: 'github-pat', location: { path: 'ci/token.env', line: 1, column: 10 } })])
    expect(v.findings[0].data).toMatchObject({ fingerprint: fp, baselined: true })
    expect(record(pass).facts.secrets.value.baseline).toEqual({
      path: '.compliance-gate/secrets-baseline.json',
      ref: onBase.scenario.baseSha,
      entries: 1,
      present: true
    })
    expect(pass.annotations.filter(a => a.properties.file)).toEqual([])

    const byPr = gitPr({}, [{ ...change, '.compliance-gate/secrets-baseline.json': baseline }])
    const fail = await gate(byPr.scenario, byPr.repo.dir)
    expect(fail.outputs.result).toBe('fail')
    const w = verdict(fail)
    expect(w.status).toBe('fail')
    expect(w.findings.filter(f => f.status === 'fail').map(f => [f.rule, f.location?.path, f.location?.line])).toEqual([['github-pat', 'ci/token.env', 1]])
    expect(record(fail).facts.secrets.value.baseline).toMatchObject({ ref: byPr.scenario.baseSha, present: false, entries: 0 })
    expect(fail.annotations.filter(a => a.properties.file).map(a => [a.level, a.properties.file, a.properties.line])).toEqual([['error', 'ci/token.env', '1']])
  })

  test('placeholders and documented examples pass', async () => {
    const { repo, scenario } = gitPr({}, [
      {
        'config/example.env': [
          'aws_access_key_id = AKIAIOSFODNN7EXAMPLE',
          'GITHUB_TOKEN=${API_KEY}',
          'STRIPE_SECRET_KEY=${STRIPE_SECRET_KEY}',
          'api_key = "<token>"',
          'password = "changeme"',
          'DB_PASSWORD=changeme',
          ''
        ].join('\n'),
        'docs/setup.md': '# Setup\n\nSet `Authorization: Bearer <token>` and `export OPENAI_API_KEY=${API_KEY}`.\n'
      }
    ])
    const r = await gate(scenario, repo.dir)
    const v = verdict(r)
    expect(v.findings).toEqual([])
    expect(v.status).toBe('pass')
    expect(v.reason).toMatch(/^No new secret in the added lines: 2 file\(s\), 9 added line\(s\) scanned/)
    expect(r.outputs.result).toBe('pass')
    expect(r.code).toBe(0)
  })
})

describe('secrets without a checkout: from the API patches', () => {
  test('the same findings from the patch fields, with lines counted from the hunk headers', async () => {
    const planted = plantedChange()
    // Build the PR in a scratch repo only to get GitHub-shaped patches; the gate runs in a plain directory.
    const { scenario } = gitPr({ 'src/app.py': 'print("hi")\n' }, [planted.files])
    const r = await gate(scenario)
    expect(r.outputs.result).toBe('fail')
    const v = verdict(r)
    expect(v.status).toBe('fail')
    expectFindings(v, planted.expected)
    expect(record(r).facts.secrets.value.source).toBe('api')
    expect(
      r.annotations
        .filter(a => a.properties.file)
        .map(a => [a.level, a.properties.file, Number(a.properties.line)])
        .sort()
    ).toEqual(planted.expected.map(e => ['error', e.path, e.line]).sort())
  })

  test('a file whose patch GitHub omitted is not verified, naming the file; a finding elsewhere still fails', async () => {
    const clean = serveScenario(fake, {
      files: [
        { filename: 'src/app.ts', status: 'modified', additions: 1, deletions: 0, patch: '@@ -1,1 +1,2 @@\n const a = 1\n+const b = 2\n' },
        { filename: 'data/dump.sql', status: 'added', additions: 40000, deletions: 0, patch: null }
      ]
    })
    const r = await gate(clean)
    const v = verdict(r)
    expect(v.status).toBe('not_verified')
    expect(v.reason).toMatch(/^No secret found, but 1 file\(s\) not scanned \(data\/dump\.sql\)/)
    expect(v.remedy).toMatch(/actions\/checkout.*fetch-depth: 0/)
    expect(v.findings).toEqual([expect.objectContaining({ status: 'not_verified', subject: 'data/dump.sql' })])
    expect(r.outputs['not-verified-controls'].split(',')).toContain(CONTROL)
    expect(r.outputs['failed-controls'].split(',')).not.toContain(CONTROL)

    const key = plant('sk_live_{alnum:40}')
    const leaking = serveScenario(fake, {
      files: [
        {
          filename: 'src/pay.ts',
          status: 'modified',
          additions: 1,
          deletions: 0,
          patch: `@@ -10,1 +10,2 @@\n import x from 'x'\n+const stripeKey = '${key.text}'\n`
        },
        { filename: 'data/dump.sql', status: 'added', additions: 40000, deletions: 0, patch: null }
      ]
    })
    const f = await gate(leaking)
    const w = verdict(f)
    expect(w.status).toBe('fail')
    expect(w.findings.map(x => [x.status, x.rule ?? null, x.subject, x.location?.line ?? null])).toEqual([
      ['fail', 'stripe-live-secret-key', 'src/pay.ts', 11],
      ['not_verified', null, 'data/dump.sql', null]
    ])
  })

  test('the baseline is read through the contents API at the base commit', async () => {
    const key = plant('ghp_{alnum:36}')
    const fp = fingerprint(FULL_NAME, 'github-pat', key.text)
    const s = serveScenario(fake, {
      files: [{ filename: 'ci/token.env', status: 'added', additions: 1, deletions: 0, patch: `@@ -0,0 +1 @@\n+GH_TOKEN=${key.text}\n` }],
      baseFiles: { '.compliance-gate/secrets-baseline.json': JSON.stringify({ entries: [{ fingerprint: fp, reason: 'revoked fixture' }] }) }
    })
    const r = await gate(s)
    expect(verdict(r).status).toBe('pass')
    expect(verdict(r).findings.map(f => [f.status, f.rule, f.data?.baselined])).toEqual([['pass', 'github-pat', true]])
    const lookups = fake.requestsFor('GET /repos/{owner}/{repo}/contents/{path}').filter(q => q.path.includes('secrets-baseline'))
    expect(lookups.map(q => q.query.ref)).toEqual([s.baseSha])
  })
})

/**
 * Issue 19, "Nothing added goes unscanned in silence": four ways a credential slipped past the control.
 * Each test plants a token and expects it found (or the file reported not verified), never a silent pass.
 */
describe('no added content goes unscanned in silence', () => {
  test('a file with one NUL byte (git calls it binary) is scanned as text', async () => {
    const key = plant('ghp_{alnum:36}')
    const content = Buffer.concat([Buffer.from(`# build settings\nGH_TOKEN=${key.text}\n`), Buffer.from([0]), Buffer.from('\nrest\n')])
    const { repo, scenario } = gitPr({}, [{ 'config/build.env': content }])
    const r = await gate(scenario, repo.dir)
    const v = verdict(r)
    expect(v.status).toBe('fail')
    expect(v.findings.filter(f => f.status === 'fail').map(f => [f.rule, f.location?.path, f.location?.line])).toEqual([['github-pat', 'config/build.env', 2]])
    expect(r.outputs.result).toBe('fail')
  })

  test('mostly-CJK text saved as UTF-16LE with a BOM is decoded: the token in it fails', async () => {
    const key = plant('ghp_{alnum:36}')
    const cjk = '部署说明：本文件记录生产环境的访问凭据，请勿外传。如需轮换，请联系平台团队并在变更单中登记。所有操作须经过双人复核。'
    const content = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${cjk}\r\n令牌 ${key.text}\r\n`, 'utf16le')])
    // git counts lines by 0x0A bytes: the line the token's line starts on.
    const line = content.subarray(0, content.indexOf(Buffer.from('令牌', 'utf16le'))).filter(b => b === 0x0a).length + 1
    const { repo, scenario } = gitPr({}, [{ 'docs/deploy-notes.txt': content }])
    const r = await gate(scenario, repo.dir)
    const v = verdict(r)
    expect(r.code).toBe(1)
    expect(v.status).toBe('fail')
    expect(v.findings.filter(f => f.status === 'fail').map(f => [f.rule, f.location?.path, f.location?.line])).toEqual([
      ['github-pat', 'docs/deploy-notes.txt', line]
    ])
    for (const w of windows(key.text)) expect(r.stdout + r.stderr).not.toContain(w)
  })

  test('a .gitattributes added by the PR (`*.env -diff`, `diff=` drivers) changes nothing: the .env is scanned', async () => {
    const key = plant('sk_live_{alnum:40}')
    const { repo, scenario } = gitPr({}, [
      {
        '.gitattributes': '*.env -diff\n*.cfg binary\n*.ini diff=hide\n',
        'deploy/prod.env': `STRIPE_KEY=${key.text}\n`,
        'deploy/app.cfg': `stripe = ${key.text}\n`
      }
    ])
    const r = await gate(scenario, repo.dir)
    const v = verdict(r)
    expect(v.status).toBe('fail')
    expect(
      v.findings
        .filter(f => f.status === 'fail')
        .map(f => [f.rule, f.location?.path, f.location?.line])
        .sort()
    ).toEqual([
      ['stripe-live-secret-key', 'deploy/app.cfg', 1],
      ['stripe-live-secret-key', 'deploy/prod.env', 1]
    ])
  })

  test('more than max-file-size of added text: not verified for that file with reason and remedy, unless the base policy excludes it', async () => {
    const key = plant('ghp_{alnum:36}')
    const filler = Array.from({ length: 24000 }, (_, i) => `row ${i},${'abcdefghij'.repeat(4)}`).join('\n')
    const big = `${filler}\nGH_TOKEN=${key.text}\n`
    expect(big.length).toBeGreaterThan(1024 * 1024)
    const { repo, scenario } = gitPr({}, [{ 'data/export.csv': big, 'src/app.ts': 'export const a = 1\n' }])
    const r = await gate(scenario, repo.dir)
    const v = verdict(r)
    expect(v.status).toBe('not_verified')
    expect(v.reason).toMatch(/data\/export\.csv/)
    expect(v.remedy).toMatch(/exclude-paths|max-file-size/)
    expect(v.findings).toEqual([
      expect.objectContaining({ status: 'not_verified', subject: 'data/export.csv', message: expect.stringMatching(/max-file-size/) })
    ])
    expect(r.outputs['not-verified-controls'].split(',')).toContain(CONTROL)
    expect(r.outputs.result).not.toBe('pass')

    // Excluded explicitly by the policy on the base branch: skipped on purpose, recorded, and the control passes.
    const policy = "version: 1\ncontrols:\n  secrets.no-new-secrets:\n    exclude-paths: ['data/**']\n"
    const ex = gitPr({ '.github/compliance-gate.yml': policy }, [{ 'data/export.csv': big }], { baseFiles: { '.github/compliance-gate.yml': policy } })
    const e = await gate(ex.scenario, ex.repo.dir)
    const w = verdict(e)
    expect(w.status).toBe('pass')
    expect(record(e).facts.secrets.value.skipped).toEqual([{ path: 'data/export.csv', reason: 'excluded by policy pattern data/**' }])
  })

  test('a file named like a lockfile is scanned; its integrity hashes and registry URLs are not findings', async () => {
    const rnd = seededRandom(77)
    const entries = Array.from({ length: 40 }, (_, i) =>
      [
        `"pkg-${i}@^1.${i}.0":`,
        `  version "1.${i}.3"`,
        `  resolved "https://registry.yarnpkg.com/pkg-${i}/-/pkg-${i}-1.${i}.3.tgz#${expandTemplateWithParts('{hex:40}', rnd).text}"`,
        `  integrity sha512-${expandTemplateWithParts('{b64:86}', rnd).text}==`,
        `  dependencies:`,
        `    dep-${i} "^2.0.0"`,
        ''
      ].join('\n')
    ).join('\n')
    const lock = `# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.\n# yarn lockfile v1\n\n\n${entries}`
    const clean = gitPr({}, [{ 'yarn.lock': lock }])
    const c = await gate(clean.scenario, clean.repo.dir)
    expect(verdict(c).status).toBe('pass')
    expect(verdict(c).findings).toEqual([])
    expect(record(c).facts.secrets.value.skipped).toEqual([])

    const key = plant('ghp_{alnum:36}')
    const { repo, scenario } = gitPr({}, [{ 'deploy/yarn.lock': `${lock}\n# deploy token\nGH_TOKEN=${key.text}\n` }])
    const r = await gate(scenario, repo.dir)
    const v = verdict(r)
    expect(v.status).toBe('fail')
    expect(v.findings.filter(f => f.status === 'fail').map(f => [f.rule, f.location?.path])).toEqual([['github-pat', 'deploy/yarn.lock']])
  })

  test('a lockfile hides nothing in its URLs: a token in a resolved URL path and a webhook line in ops/yarn.lock fail', async () => {
    const fury = plant('ghp_{alnum:36}')
    const slack = plant('xoxb-{digits:12}-{digits:13}-{alnum:24}')
    const pkgLock = JSON.stringify(
      {
        name: 'web',
        lockfileVersion: 3,
        packages: {
          'node_modules/left-pad': {
            version: '1.3.0',
            resolved: `https://npm-proxy.fury.io/${fury.text}/left-pad/-/left-pad-1.3.0.tgz`,
            integrity: `sha512-${plant('{b64:86}').text}==`
          }
        }
      },
      null,
      2
    )
    const { repo, scenario } = gitPr({}, [
      { 'web/package-lock.json': `${pkgLock}\n`, 'ops/yarn.lock': `# yarn lockfile v1\nSLACK_WEBHOOK_TOKEN=https://hooks.example.com/${slack.text}\n` }
    ])
    const r = await gate(scenario, repo.dir)
    expect(r.code).toBe(1)
    const v = verdict(r)
    expect(v.status).toBe('fail')
    const failed = v.findings.filter(f => f.status === 'fail').map(f => [f.location?.path, f.location?.line])
    expect(failed).toEqual(
      expect.arrayContaining([
        ['web/package-lock.json', 7],
        ['ops/yarn.lock', 2]
      ])
    )
    expect(failed.every(([path]) => path === 'web/package-lock.json' || path === 'ops/yarn.lock')).toBe(true)
  })
})
