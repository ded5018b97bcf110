/**
 * Re-performance of one sampled change: the gate's engine, in-process, on the shared audit API client,
 * collecting the change from GitHub as it is now and writing a full evidence bundle; then `verify` on it.
 * A PR is judged as `workflow_dispatch` with its number; a direct push as a `push` of that one commit to
 * the branch (the push collector asks GitHub which merged PR, if any, contains it).
 */
import { resolve } from 'node:path'
import { runGate, type EngineDeps } from '../engine.js'
import type { GitHubApi } from '../collect/github/api.js'
import type { Settings } from '../settings.js'
import { verifyBundle } from '../verify.js'
import type { ChangeRecord } from '../model/record.js'
import type { GatedVerdict } from '../model/verdict.js'
import type { ChangeFacts } from './population.js'
import { bundleName } from '../evidence/bundle.js'
import { fetchOriginalBundle, type OriginalBundle } from './artifacts.js'

export interface Reperformed {
  id: string
  result: 'pass' | 'fail' | 'error'
  verdicts: { control: string; status: string; effect: string; reason: string; waived: boolean }[]
  /** Controls whose verdict is fail or not verified (the audit's exceptions), with the reason. */
  exceptions: { control: string; status: string; reason: string }[]
  approvers: string[]
  merger: string | null
  emergency: boolean
  retro_approvals: { login: string; at: string | null }[]
  errors: string[]
  bundle: { dir: string; manifest_sha256: string; verified: boolean; problems: string[] }
  /** The gate's own bundle from its workflow artifact, when it still exists. */
  original: OriginalBundle
}

export interface ReperformOptions {
  owner: string
  repo: string
  branch: string
  policyPath: string | null
  workspace: string
  evidenceDir: string
  /** Where original bundles from workflow artifacts are unpacked. */
  originalsDir: string
  apiUrl: string
  httpTimeoutMs: number
  emergencyLabel: string
}

export function settingsFor(change: ChangeFacts, o: ReperformOptions): Settings {
  const repository = { owner: o.owner, repo: o.repo }
  const repoPayload = { name: o.repo, owner: { login: o.owner } }
  const base = {
    token: null,
    apiUrl: o.apiUrl,
    repository,
    // The auditor's --policy file, as given; without one each change is judged by the policy at its base commit.
    policyPath: null,
    localPolicyFile: o.policyPath ? resolve(o.workspace, o.policyPath) : null,
    workspace: o.workspace,
    checkoutDir: null,
    evidenceDir: o.evidenceDir,
    mode: 'report' as const,
    httpTimeoutMs: o.httpTimeoutMs,
    selfCheckNames: ['compliance-gate']
  }
  if (change.kind === 'pr') {
    return { ...base, eventName: 'workflow_dispatch', eventPayload: { repository: repoPayload }, prNumber: change.number }
  }
  return {
    ...base,
    eventName: 'push',
    prNumber: null,
    eventPayload: {
      ref: `refs/heads/${o.branch}`,
      // What the push built on: its diff is scanned and its base's policy read, as the gate does on a push event.
      ...(change.parent_sha ? { before: change.parent_sha } : {}),
      after: change.head_sha,
      repository: repoPayload,
      commits: [
        {
          id: change.head_sha,
          message: change.title,
          distinct: true,
          author: { name: change.author ?? undefined, username: change.author ?? undefined },
          committer: { name: change.committer ?? undefined, username: change.committer ?? undefined }
        }
      ]
    }
  }
}

/** Users whose latest deciding review is APPROVED (GitHub's semantics: COMMENTED does not change a state). */
export function approversOf(record: ChangeRecord): string[] {
  const latest = new Map<string, string>()
  for (const r of record.reviews.value ?? []) {
    const login = r.user?.login
    if (!login || !['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED'].includes(r.state)) continue
    latest.set(login, r.state)
  }
  return [...latest]
    .filter(([, s]) => s === 'APPROVED')
    .map(([l]) => l)
    .sort()
}

function exceptionsOf(verdicts: GatedVerdict[]): Reperformed['exceptions'] {
  return verdicts.filter(v => v.status === 'fail' || v.status === 'not_verified').map(v => ({ control: v.control, status: v.status, reason: v.reason }))
}

export async function reperform(
  change: ChangeFacts,
  options: ReperformOptions,
  api: GitHubApi,
  deps: Pick<EngineDeps, 'now' | 'log'> = {}
): Promise<Reperformed> {
  const run = await runGate(settingsFor(change, options), { api, apiCalls: [], now: deps.now, log: deps.log })
  const check = await verifyBundle(run.bundle.dir)
  const original = await fetchOriginalBundle(api, options.owner, options.repo, bundleName(run.record), options.originalsDir, {
    repository: `${options.owner}/${options.repo}`,
    pull_request: run.record.pull_request.value?.number ?? run.record.subject.pull_request_number ?? null,
    head_sha: run.record.subject.head_sha
  })
  const pr = run.record.pull_request.value
  const emergencyVerdict = run.results.verdicts.find(v => v.control === 'change.emergency')
  const retro = (emergencyVerdict?.findings ?? [])
    .filter(f => f.status === 'pass' && f.subject !== 'emergency')
    .map(f => ({ login: f.subject, at: /at (\S+Z)/.exec(f.message)?.[1] ?? null }))
  const label = options.emergencyLabel.toLowerCase()
  const exceptions = exceptionsOf(run.results.verdicts)
  if (run.results.result === 'error') for (const e of run.results.errors) exceptions.push({ control: '(gate error)', status: 'error', reason: e })
  if (original.state === 'found' && !original.verified) {
    exceptions.push({
      control: '(original bundle)',
      status: 'fail',
      reason: `The gate's original bundle (artifact ${original.artifact}) does not verify: ${(original.problems ?? []).join('; ')}`
    })
  }
  return {
    id: change.id,
    result: run.results.result,
    verdicts: run.results.verdicts.map(v => ({ control: v.control, status: v.status, effect: v.effect, reason: v.reason, waived: Boolean(v.waived) })),
    exceptions,
    approvers: approversOf(run.record),
    merger: pr?.merged_by?.login ?? (change.kind === 'direct-push' ? change.committer : null),
    emergency: (pr?.labels ?? []).some(l => l.toLowerCase() === label),
    retro_approvals: retro,
    errors: run.results.errors,
    bundle: { dir: run.bundle.dir, manifest_sha256: run.bundle.manifestSha256, verified: check.ok, problems: check.problems },
    original
  }
}
