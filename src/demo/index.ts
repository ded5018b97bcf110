/**
 * `compliance-gate demo`: the whole gate on embedded sample pull requests, with no network.
 * A temporary git repository stands in for the checkout; an in-memory GitHub API answers with the shapes
 * GitHub documents. One sample passes, one fails for several reasons at once.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { runGate, type GateRun } from '../engine.js'
import { createMemoryApi, type MemoryAnswer } from '../collect/github/memory-api.js'
import type { ApiCall } from '../model/record.js'

export interface DemoRun {
  title: string
  run: GateRun
}

const OWNER = 'acme'
const REPO = 'payments'

function git(dir: string, args: string[], env: Record<string, string> = {}): string {
  return execFileSync('git', ['-c', 'user.name=Demo Author', '-c', 'user.email=author@example.com', '-c', 'commit.gpgsign=false', ...args], {
    cwd: dir,
    env: { ...process.env, GIT_AUTHOR_DATE: '2026-11-02T10:00:00Z', GIT_COMMITTER_DATE: '2026-11-02T10:00:00Z', ...env },
    encoding: 'utf8'
  }).trim()
}

function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
}

/** A fake credential in a real format, made at run time so no credential-shaped literal sits in the source. */
function fakeAwsKeyPair(seed: number): { id: string; secret: string } {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
  const b64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
  let x = seed >>> 0
  const next = () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) >>> 8
  const pick = (chars: string, n: number) => Array.from({ length: n }, () => chars[next() % chars.length]).join('')
  return { id: ['AK', 'IA'].join('') + pick(alphabet, 16), secret: pick(b64, 40) }
}

interface Sample {
  title: string
  number: number
  branch: string
  prTitle: string
  body: string
  baseFiles: Record<string, string>
  headFiles: Record<string, string>
  approveHead: boolean
  checkState: 'completed' | 'in_progress'
}

const BASE_FILES: Record<string, string> = {
  'README.md': '# payments\n',
  '.github/CODEOWNERS': '# Owners\n*.tf @acme/platform\n/src/ @octo-reviewer\n',
  'src/app.ts': 'export const greet = (n: string): string => `hello ${n}`\n',
  'infra/main.tf': 'provider "aws" {\n  region = "me-central-1"\n}\n'
}

function samples(): Sample[] {
  const key = fakeAwsKeyPair(42)
  return [
    {
      title: 'Sample 1: a compliant change (PR #41)',
      number: 41,
      branch: 'feature/PAY-101-receipts',
      prTitle: 'PAY-101 Add receipt storage',
      body: '## Summary\nStores receipts in an encrypted bucket.\n\n## Testing\nUnit tests.\n',
      baseFiles: BASE_FILES,
      headFiles: {
        'src/receipts.ts': 'export const bucket = process.env.RECEIPTS_BUCKET ?? ""\n',
        'infra/receipts.tf': [
          'resource "aws_kms_key" "receipts" {',
          '  description         = "receipts"',
          '  enable_key_rotation = true',
          '}',
          '',
          'resource "aws_s3_bucket" "receipts" {',
          '  bucket = "acme-receipts"',
          '}',
          '',
          'resource "aws_s3_bucket_server_side_encryption_configuration" "receipts" {',
          '  bucket = aws_s3_bucket.receipts.id',
          '  rule {',
          '    apply_server_side_encryption_by_default {',
          '      sse_algorithm     = "aws:kms"',
          '      kms_master_key_id = aws_kms_key.receipts.arn',
          '    }',
          '  }',
          '}',
          ''
        ].join('\n')
      },
      approveHead: true,
      checkState: 'completed'
    },
    {
      title: 'Sample 2: a change that fails the gate (PR #42)',
      number: 42,
      branch: 'quick-fix',
      prTitle: 'Quick fix for exports',
      body: 'fix',
      baseFiles: BASE_FILES,
      headFiles: {
        'src/export.ts': `const client = makeClient({\n  accessKeyId: "${key.id}",\n  secretAccessKey: "${key.secret}",\n})\n`,
        'infra/db.tf': [
          'resource "aws_db_instance" "exports" {',
          '  engine            = "postgres"',
          '  instance_class    = "db.t3.micro"',
          '  allocated_storage = 20',
          '  storage_encrypted = false',
          '}',
          '',
          'provider "aws" {',
          '  alias  = "us"',
          '  region = "us-east-1"',
          '}',
          ''
        ].join('\n')
      },
      approveHead: false,
      checkState: 'in_progress'
    }
  ]
}

const user = (login: string, id: number, type = 'User') => ({
  login,
  id,
  node_id: `U_${id}`,
  avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
  gravatar_id: '',
  url: `https://api.github.com/users/${login}`,
  html_url: `https://github.com/${login}`,
  type,
  site_admin: false
})

function routesFor(sample: Sample, repoDir: string, baseSha: string, headSha: string, earlierSha: string): Record<string, MemoryAnswer> {
  const author = user('octo-author', 1001)
  const reviewer = user('octo-reviewer', 1002)
  const repository = {
    id: 9001,
    name: REPO,
    full_name: `${OWNER}/${REPO}`,
    owner: { ...user(OWNER, 5000, 'Organization') },
    private: true,
    visibility: 'private',
    default_branch: 'main'
  }
  const diffFiles = execFileSync('git', ['diff', '--numstat', `${baseSha}...${headSha}`], { cwd: repoDir, encoding: 'utf8' })
    .trim()
    .split('\n')
    .filter(Boolean)
    .map(line => {
      const [add, del, filename] = line.split('\t')
      const patch = execFileSync('git', ['diff', '--unified=3', `${baseSha}...${headSha}`, '--', filename], { cwd: repoDir, encoding: 'utf8' })
      return {
        sha: headSha,
        filename,
        status: 'added',
        additions: Number(add),
        deletions: Number(del),
        changes: Number(add) + Number(del),
        patch: patch.slice(patch.indexOf('@@'))
      }
    })
  const commitObj = (sha: string, parents: string[], message: string) => ({
    sha,
    node_id: `C_${sha.slice(0, 8)}`,
    url: `https://api.github.com/repos/${OWNER}/${REPO}/commits/${sha}`,
    html_url: `https://github.com/${OWNER}/${REPO}/commit/${sha}`,
    commit: {
      message,
      author: { name: 'Octo Author', email: 'author@example.com', date: '2026-11-02T10:00:00Z' },
      committer: { name: 'Octo Author', email: 'author@example.com', date: '2026-11-02T10:00:00Z' },
      verification: { verified: true, reason: 'valid', signature: null, payload: null, verified_at: '2026-11-02T10:00:00Z' }
    },
    author,
    committer: author,
    parents: parents.map(p => ({ sha: p, url: `https://api.github.com/repos/${OWNER}/${REPO}/commits/${p}` }))
  })
  const reviews = [
    {
      id: 80,
      user: reviewer,
      body: 'LGTM',
      state: 'APPROVED',
      commit_id: sample.approveHead ? headSha : earlierSha,
      submitted_at: '2026-11-02T11:00:00Z',
      author_association: 'MEMBER'
    }
  ]
  const checkRun = {
    id: 4,
    name: 'build',
    head_sha: headSha,
    status: sample.checkState,
    conclusion: sample.checkState === 'completed' ? 'success' : null,
    app: { id: 15368, slug: 'github-actions', name: 'GitHub Actions' },
    html_url: `https://github.com/${OWNER}/${REPO}/runs/4`
  }
  const codeowners = BASE_FILES['.github/CODEOWNERS']
  const rules = [
    {
      type: 'pull_request',
      ruleset_source_type: 'Repository',
      ruleset_source: `${OWNER}/${REPO}`,
      ruleset_id: 7,
      parameters: {
        required_approving_review_count: 1,
        dismiss_stale_reviews_on_push: true,
        require_code_owner_review: true,
        require_last_push_approval: true,
        required_review_thread_resolution: false
      }
    },
    {
      type: 'required_status_checks',
      ruleset_source_type: 'Repository',
      ruleset_source: `${OWNER}/${REPO}`,
      ruleset_id: 7,
      parameters: { strict_required_status_checks_policy: false, required_status_checks: [{ context: 'build' }] }
    },
    { type: 'non_fast_forward', ruleset_source_type: 'Repository', ruleset_source: `${OWNER}/${REPO}`, ruleset_id: 7 },
    { type: 'deletion', ruleset_source_type: 'Repository', ruleset_source: `${OWNER}/${REPO}`, ruleset_id: 7 }
  ]
  return {
    'GET /repos/{owner}/{repo}/pulls/{pull_number}': {
      status: 200,
      data: {
        number: sample.number,
        title: sample.prTitle,
        body: sample.body,
        state: 'open',
        draft: false,
        merged: false,
        merged_at: null,
        merged_by: null,
        merge_commit_sha: null,
        user: author,
        labels: [],
        html_url: `https://github.com/${OWNER}/${REPO}/pull/${sample.number}`,
        head: { ref: sample.branch, sha: headSha, repo: repository },
        base: { ref: 'main', sha: baseSha, repo: repository },
        created_at: '2026-11-02T10:00:00Z',
        updated_at: '2026-11-02T11:00:00Z',
        commits: 2,
        changed_files: diffFiles.length,
        additions: diffFiles.reduce((n, f) => n + f.additions, 0),
        deletions: 0
      }
    },
    'GET /repos/{owner}/{repo}/pulls/{pull_number}/commits': {
      status: 200,
      data: [commitObj(earlierSha, [baseSha], 'First part'), commitObj(headSha, [earlierSha], 'Second part')]
    },
    'GET /repos/{owner}/{repo}/pulls/{pull_number}/files': { status: 200, data: diffFiles },
    'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews': { status: 200, data: reviews },
    'GET /repos/{owner}/{repo}/collaborators/{username}/permission': params => ({
      status: 200,
      data: {
        permission: params.username === 'octo-reviewer' ? 'write' : 'read',
        role_name: params.username === 'octo-reviewer' ? 'write' : 'read',
        user: reviewer
      }
    }),
    'GET /repos/{owner}/{repo}/rules/branches/{branch}': { status: 200, data: rules },
    'GET /repos/{owner}/{repo}/branches/{branch}/protection': {
      status: 403,
      data: {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest/branches/branch-protection#get-branch-protection',
        status: '403'
      }
    },
    'GET /repos/{owner}/{repo}/commits/{ref}/check-runs': { status: 200, data: { total_count: 1, check_runs: [checkRun] } },
    'GET /repos/{owner}/{repo}/commits/{ref}/status': { status: 200, data: { state: 'success', statuses: [], sha: headSha, total_count: 0 } },
    'GET /repos/{owner}/{repo}/contents/{path}': params =>
      params.path === '.github/CODEOWNERS'
        ? {
            status: 200,
            data: { type: 'file', encoding: 'base64', path: params.path, name: 'CODEOWNERS', content: Buffer.from(codeowners).toString('base64') }
          }
        : { status: 404, data: { message: 'Not Found' } },
    'GET /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}': {
      status: 200,
      data: { ...repository, role_name: 'write', permissions: { admin: false, maintain: false, push: true, triage: true, pull: true } }
    },
    'GET /orgs/{org}/teams/{team_slug}/members': { status: 200, data: [reviewer] }
  }
}

export async function runDemo(evidenceDir: string): Promise<DemoRun[]> {
  const runs: DemoRun[] = []
  for (const sample of samples()) {
    const repoDir = mkdtempSync(join(tmpdir(), 'compliance-gate-demo-'))
    try {
      git(repoDir, ['init', '-q', '-b', 'main'])
      writeFiles(repoDir, sample.baseFiles)
      git(repoDir, ['add', '-A'])
      git(repoDir, ['commit', '-q', '-m', 'Base'])
      const baseSha = git(repoDir, ['rev-parse', 'HEAD'])
      git(repoDir, ['checkout', '-q', '-b', sample.branch])
      const [first, ...restFiles] = Object.entries(sample.headFiles)
      writeFiles(repoDir, Object.fromEntries([first]))
      git(repoDir, ['add', '-A'])
      git(repoDir, ['commit', '-q', '-m', 'First part'])
      const earlierSha = git(repoDir, ['rev-parse', 'HEAD'])
      writeFiles(repoDir, Object.fromEntries(restFiles))
      git(repoDir, ['add', '-A'])
      git(repoDir, ['commit', '-q', '-m', 'Second part'])
      const headSha = git(repoDir, ['rev-parse', 'HEAD'])
      const calls: ApiCall[] = []
      const api = createMemoryApi(routesFor(sample, repoDir, baseSha, headSha, earlierSha), calls)
      const run = await runGate(
        {
          token: null,
          apiUrl: 'memory://demo',
          repository: { owner: OWNER, repo: REPO },
          eventName: 'pull_request',
          eventPayload: {
            action: 'synchronize',
            number: sample.number,
            sender: { login: 'octo-author', type: 'User' },
            pull_request: { number: sample.number, head: { sha: headSha, ref: sample.branch }, base: { ref: 'main', sha: baseSha } },
            repository: { name: REPO, owner: { login: OWNER } }
          },
          prNumber: null,
          policyPath: null,
          workspace: repoDir,
          checkoutDir: repoDir,
          evidenceDir,
          mode: 'enforce',
          httpTimeoutMs: 1000,
          selfCheckNames: ['compliance-gate']
        },
        { api, apiCalls: calls }
      )
      runs.push({ title: sample.title, run })
    } finally {
      rmSync(repoDir, { recursive: true, force: true })
    }
  }
  return runs
}
