/**
 * Publishing from a bundle: the `workflow_run` half of the fork-PR pattern.
 *
 * The `pull_request` run (read-only token) judges and uploads the bundle as an artifact; a `workflow_run`
 * workflow in the base repository downloads it and publishes the check run, comment and SARIF with a write
 * token. The bundle is data only: it is re-verified (every digest, every verdict re-performed from record.json
 * by src/verify.ts) and refused unless its subject is the triggering run's head commit in this repository
 * and, for a pull request, that PR's current head (read through the API). Nothing from the PR is checked out
 * or run.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { GitHubApi } from '../collect/github/api.js'
import type { EventPayload } from '../collect/target.js'
import type { GateRun } from '../engine.js'
import { digest, type Manifest, type Results } from '../evidence/bundle.js'
import type { ChangeRecord } from '../model/record.js'
import type { ResolvedPolicy } from '../policy/load.js'
import { DEFAULT_POLICY_PATH } from '../policy/path.js'
import { resolveSecretsParams } from '../collect/secrets.js'
import { CODEOWNERS_LOCATIONS } from '../model/facts/codeowners.js'
import { verifyBundle } from '../verify.js'

export class PublishRefused extends Error {
  constructor(public readonly problems: string[]) {
    super(`compliance-gate refuses to publish this bundle:\n${problems.map(p => `- ${p}`).join('\n')}`)
    this.name = 'PublishRefused'
  }
}

export interface PublishExpectation {
  /** owner/name of the repository publishing (GITHUB_REPOSITORY). */
  repository: string
  /** The head commit the triggering run judged (workflow_run.head_sha, or --head-sha). */
  headSha: string | null
}

/** What the triggering workflow_run says: its head SHA (the PR head for pull_request runs). */
export function expectationFromEvent(eventName: string, payload: Record<string, unknown>, repository: string): PublishExpectation {
  if (eventName !== 'workflow_run') return { repository, headSha: null }
  const sha = (payload as EventPayload<'workflow_run'>).workflow_run?.head_sha
  return { repository, headSha: typeof sha === 'string' && /^[0-9a-f]{40}$/.test(sha) ? sha : null }
}

export async function loadBundleForPublish(dir: string, expect: PublishExpectation, api: GitHubApi | null): Promise<GateRun> {
  const report = await verifyBundle(dir)
  if (!report.ok) throw new PublishRefused(report.problems.map(p => `verification: ${p}`))
  const read = (f: string) => readFile(join(dir, f), 'utf8')
  const manifestText = await read('manifest.json')
  const manifest = JSON.parse(manifestText) as Manifest
  const record = JSON.parse(await read('record.json')) as ChangeRecord
  const results = JSON.parse(await read('results.json')) as Results
  const policyJson = JSON.parse(await read('policy.json')) as ResolvedPolicy & { error?: string }
  const summary = manifest.files.some(f => f.path === 'summary.md') ? await read('summary.md') : ''
  const problems: string[] = []
  const repo = `${record.repository?.owner}/${record.repository?.name}`
  if (repo.toLowerCase() !== expect.repository.toLowerCase() || results.subject?.repository?.toLowerCase() !== expect.repository.toLowerCase()) {
    problems.push(`the bundle judges ${repo}, not this repository (${expect.repository})`)
  }
  const head = record.subject?.head_sha
  if (!expect.headSha) problems.push('the triggering head commit is unknown (run on workflow_run, or give --head-sha)')
  else if (head !== expect.headSha) problems.push(`the bundle judges ${head || 'an unknown commit'}, but the triggering run was for ${expect.headSha}`)
  const prNumber = record.pull_request?.value?.number ?? results.subject?.pull_request ?? null
  if (problems.length === 0 && prNumber && record.subject.kind === 'pull_request') {
    if (!api) problems.push(`pull request #${prNumber}'s head cannot be confirmed without a token`)
    else {
      const [owner, name] = expect.repository.split('/')
      const pr = await api.request<{ head?: { sha?: string }; base?: { sha?: string; repo?: { full_name?: string } } }>(
        'GET /repos/{owner}/{repo}/pulls/{pull_number}',
        {
          owner,
          repo: name,
          pull_number: prNumber
        }
      )
      if (!pr.ok) problems.push(`pull request #${prNumber} could not be read to confirm its head (${pr.status ?? 'no response'} ${pr.message})`)
      else if (pr.data.head?.sha !== head)
        problems.push(`pull request #${prNumber}'s head is ${pr.data.head?.sha ?? 'unknown'}, not the bundle's ${head} (a newer push is judged by its own run)`)
      else if (pr.data.base?.repo?.full_name && pr.data.base.repo.full_name.toLowerCase() !== expect.repository.toLowerCase())
        problems.push(`pull request #${prNumber} targets ${pr.data.base.repo.full_name}`)
      // The base decides the policy, CODEOWNERS and the secrets baseline: a run in a fork's workflow can check out a
      // base of its own making, so the bundle's base must be the one GitHub gives for the pull request.
      else if (!pr.data.base?.sha || pr.data.base.sha !== record.subject.base_sha) {
        // The base branch may have moved on since the run (another merge): the bundle stands when its base is an
        // ancestor of the PR's base and nothing the gate reads from the base changed in between.
        const moved =
          pr.data.base?.sha && record.subject.base_sha
            ? await baseMovedHarmlessly(api, owner, name, record.subject.base_sha, pr.data.base.sha, policyJson)
            : null
        if (moved !== true)
          problems.push(
            `the bundle judged the change against base ${record.subject.base_sha || 'unknown'}, but pull request #${prNumber}'s base is ${pr.data.base?.sha ?? 'unknown'} (its policy, CODEOWNERS and baseline come from there${moved ? `; ${moved}` : ''}): re-run the gate on the pull request`
          )
      }
    }
  }
  if (problems.length > 0) throw new PublishRefused(problems)
  return {
    record,
    timedOut: false,
    policy: policyJson.error ? null : policyJson,
    results,
    summary,
    bundle: { dir, manifestSha256: digest(manifestText), manifest }
  }
}

/**
 * True when `from` is an ancestor of `to` and no file the gate reads from the base changed between them (GitHub's
 * compare: `GET /repos/{owner}/{repo}/compare/{basehead}`); else why not.
 */
async function baseMovedHarmlessly(
  api: GitHubApi,
  owner: string,
  repo: string,
  from: string,
  to: string,
  policy: Partial<ResolvedPolicy>
): Promise<true | string> {
  const answer = await api.request<{ status?: string; files?: { filename?: string }[] }>('GET /repos/{owner}/{repo}/compare/{basehead}', {
    owner,
    repo,
    basehead: `${from}...${to}`
  })
  if (!answer.ok) return `comparing the two bases failed (${answer.status ?? 'no response'} ${answer.message})`
  if (answer.data.status !== 'ahead') return `the bundle's base is not an ancestor of the pull request's (${answer.data.status ?? 'unknown'})`
  // What the gate reads from the base commit: the policy, CODEOWNERS (GitHub's three places) and the secrets baseline.
  const read = new Set<string>([
    ...CODEOWNERS_LOCATIONS,
    DEFAULT_POLICY_PATH,
    resolveSecretsParams(policy.controls?.['secrets.no-new-secrets']?.params).baseline,
    ...(policy.sources ?? []).filter(s => !s.bundled).map(s => s.path)
  ])
  const touched = (answer.data.files ?? []).map(f => f.filename ?? '').filter(f => read.has(f))
  // GitHub lists at most 300 files of a comparison: with more, what changed is not known in full.
  if ((answer.data.files ?? []).length >= 300) return 'the bases differ in 300 files or more'
  return touched.length === 0 ? true : `${touched.join(', ')} changed since the bundle's base`
}
