/**
 * Runner-level regressions for the IaC parts of issue 19: `node dist/index.js` on a real git checkout
 * against the fake GitHub API. Planted credentials in IaC never reach any output; a YAML alias bomb ends
 * within seconds with that file not verified and evidence written; a `.tf` symlink inside the checkout is
 * evaluated, one leading out of it is not followed.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, test } from '@jest/globals'
import type { RunResult } from '../helpers/runner.js'
import { readBundle, runGate, useFakeGitHub, verdictOf as verdict } from '../helpers/gate.js'
import { serveScenario, type Scenario } from '../helpers/scenario.js'
import { makeGitRepo, type GitRepo } from '../helpers/git-repo.js'
import type { PrFileOptions } from '../helpers/github-data.js'
import { aliasBomb, plantedSecrets, secretFiles } from '../iac/issue19-inputs.js'

const ENC = 'iac.encryption'
const repos: GitRepo[] = []
const outside: string[] = []
const fake = useFakeGitHub(() => {
  for (const r of repos.splice(0)) r.remove()
  for (const d of outside.splice(0)) fs.rmSync(d, { recursive: true, force: true })
})

function filesFromGit(repo: GitRepo, base: string, head: string): PrFileOptions[] {
  const status: Record<string, PrFileOptions['status']> = { A: 'added', M: 'modified', D: 'removed' }
  const kinds = Object.fromEntries(
    repo
      .git(['diff', '--name-status', `${base}...${head}`])
      .split('\n')
      .filter(Boolean)
      .map(l => l.split('\t'))
      .map(([s, p]) => [p, status[s[0]] ?? 'modified'])
  )
  return repo
    .git(['diff', '--numstat', `${base}...${head}`])
    .split('\n')
    .filter(Boolean)
    .map(l => {
      const [add, del, p] = l.split('\t')
      const diff = repo.git(['diff', '--no-color', '--no-ext-diff', `${base}...${head}`, '--', p])
      return { filename: p, status: kinds[p], additions: Number(add), deletions: Number(del), patch: diff.slice(diff.indexOf('@@')) }
    })
}

/** Base commit on main, one PR commit with `change` (and whatever `before` puts in the tree) on feature/9. */
function gitPr(change: Record<string, string>, before?: (dir: string) => void): { repo: GitRepo; scenario: Scenario } {
  const repo = makeGitRepo({ prefix: 'cg-e2e-iac19-' })
  repos.push(repo)
  const base = repo.commit({ 'README.md': '# infra\n' }, 'Base')
  repo.branch('feature/9')
  repo.checkout('feature/9')
  before?.(repo.dir)
  const head = repo.commit(change, 'Change the infrastructure')
  const who = { name: 'Alice', email: 'alice@example.com', login: 'alice-author' }
  const scenario = serveScenario(fake, {
    headSha: head,
    baseSha: base,
    headRef: 'feature/9',
    files: filesFromGit(repo, base, head),
    commits: [{ sha: head, message: 'Change the infrastructure', author: who, committer: who, parents: [base] }]
  })
  return { repo, scenario }
}

const gate = (s: Scenario, cwd: string): Promise<RunResult> => runGate(fake, s, { cwd })

describe('issue 19 (IaC): no secret value in any output', () => {
  test('values planted in Lambda env, tfvars, CloudFormation and ARM parameters appear in no bundle file, summary, output or log', async () => {
    const s = plantedSecrets()
    const { repo, scenario } = gitPr(secretFiles(s))
    const r = await gate(scenario, repo.dir)
    const bundle = readBundle(r)
    expect(bundle.files['record.json']).toBeDefined()
    expect(bundle.record.facts.iac.value.resources.length).toBeGreaterThan(0)
    const everything = [...Object.values(bundle.files), r.summary, r.stdout, r.stderr, JSON.stringify(r.outputs), JSON.stringify(fake.requests)].join('\n')
    for (const [name, v] of Object.entries(s)) expect([name, everything.includes(v)]).toEqual([name, false])
  })
})

describe('issue 19 (IaC): evidence is written whatever the input', () => {
  test('a 533-byte CloudFormation alias bomb: the gate ends within seconds, that file not verified with the reason, evidence written', async () => {
    const { repo, scenario } = gitPr({
      'cfn/bomb.yaml': aliasBomb(),
      'cfn/queue.yaml': 'Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      SqsManagedSseEnabled: false\n'
    })
    const r = await gate(scenario, repo.dir)
    expect(r.timedOut).toBe(false)
    expect(r.durationMs).toBeLessThan(20_000)
    const v = verdict(r, ENC)
    const bomb = v.findings.find(f => f.subject === 'cfn/bomb.yaml')
    expect([bomb?.status, bomb?.message]).toEqual(['not_verified', expect.stringMatching(/alias/)])
    // the other template is still judged
    expect(v.findings.find(f => f.subject === 'Q')?.status).toBe('fail')
  })
})

describe('issue 19 (IaC): symbolic links', () => {
  test('a .tf symlink to a file inside the checkout is evaluated; one leading outside is not followed (not verified, with the reason)', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'cg-e2e-outside-'))
    outside.push(out)
    fs.writeFileSync(path.join(out, 'db.tf'), 'resource "aws_db_instance" "outside" {\n  storage_encrypted = true\n}\n')
    const { repo, scenario } = gitPr({ 'shared/queue.tf.src': 'resource "aws_sqs_queue" "linked" {\n  sqs_managed_sse_enabled = false\n}\n' }, dir => {
      fs.mkdirSync(path.join(dir, 'env'), { recursive: true })
      fs.symlinkSync('../shared/queue.tf.src', path.join(dir, 'env/queue.tf'))
      fs.symlinkSync(path.join(out, 'db.tf'), path.join(dir, 'env/db.tf'))
    })
    const r = await gate(scenario, repo.dir)
    const v = verdict(r, ENC)
    expect(v.findings.find(f => f.subject === 'aws_sqs_queue.linked')?.status).toBe('fail')
    const leak = v.findings.find(f => f.subject === 'env/db.tf')
    expect([leak?.status, leak?.message]).toEqual(['not_verified', expect.stringMatching(/symbolic link leading outside the checkout/)])
    expect(v.findings.some(f => f.subject === 'aws_db_instance.outside')).toBe(false)
  })
})
