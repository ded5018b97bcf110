/**
 * Which policy judges a change. The change must never choose its own judge: the repository's policy file is
 * read at the commit the change builds on — a pull request's or merge group's base commit, a push's `before`
 * commit — never from the working tree, which the change itself wrote. A policy file the CLI user names on
 * the command line is their own and is read as given.
 */
import { readFile } from 'node:fs/promises'
import type { Control } from '../controls/types.js'
import type { PolicyOrigin } from '../model/record.js'
import { PolicyError, prepareValidator, resolvePolicy, type ResolvedPolicy } from './load.js'

/** Where a repository keeps its policy when no path is given. */
import { cleanPolicyPath, DEFAULT_POLICY_PATH } from './path.js'

export { DEFAULT_POLICY_PATH }

/** Reads a repository file at a commit (src/collect/read-at.ts). */
export interface CommitFileReader {
  readAt(
    ref: string,
    path: string
  ): Promise<{ found: true; text: string; source: string } | { found: false; source: string } | { error: { reason: string; remedy: string }; source: string }>
}

export interface PolicyRequest {
  controls: readonly Control<any>[]
  /** policies/default.yml as bundled. */
  defaultText: string
  /** Repository-relative path of the policy (the action's `policy` input); null: DEFAULT_POLICY_PATH. */
  repoPath: string | null
  /** A local file named by the CLI user; when set, it is used and nothing is read from the repository. */
  localFile: string | null
  /** The commit the change builds on, and what it is (for the record and messages). */
  commit: { sha: string; role: 'base' | 'before' } | null
  reader: CommitFileReader | null
}

export interface PolicyChoice {
  policy: ResolvedPolicy
  origin: PolicyOrigin
}

function noControlGuard(policy: ResolvedPolicy, where: string): ResolvedPolicy {
  if (!Object.values(policy.controls).some(c => c.enabled)) {
    throw new PolicyError([
      {
        file: where,
        line: 0,
        column: 0,
        key: 'controls',
        message: 'the policy enables no control, so it could not judge anything; enable at least one control (or remove `extends: none`)'
      }
    ])
  }
  return policy
}

function normalizeRepoPath(path: string): string {
  const clean = cleanPolicyPath(path)
  if (clean === null) {
    throw new PolicyError([
      { file: path, line: 0, column: 0, key: '', message: 'the policy input must be a path inside the repository (e.g. .github/compliance-gate.yml)' }
    ])
  }
  return clean
}

/** Choose and resolve the policy. Throws PolicyError when it is invalid, unreadable or enables nothing. */
export async function choosePolicy(request: PolicyRequest): Promise<PolicyChoice> {
  const { controls, defaultText } = request
  await prepareValidator(controls)
  if (request.localFile) {
    let text: string
    try {
      text = await readFile(request.localFile, 'utf8')
    } catch (error) {
      throw new PolicyError([
        {
          file: request.localFile,
          line: 0,
          column: 0,
          key: '',
          message: `cannot read the policy file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`
        }
      ])
    }
    const policy = resolvePolicy(controls, defaultText, { text, path: request.localFile })
    return { policy: noControlGuard(policy, request.localFile), origin: { path: request.localFile, commit: null, read_from: 'file' } }
  }
  const path = normalizeRepoPath(request.repoPath ?? DEFAULT_POLICY_PATH)
  const explicit = request.repoPath !== null
  if (!request.commit) {
    throw new PolicyError([
      {
        file: path,
        line: 0,
        column: 0,
        key: '',
        message: 'the commit this change builds on is unknown, so the policy could not be read from it (the working tree is never trusted)'
      }
    ])
  }
  const { sha, role } = request.commit
  if (!request.reader) {
    throw new PolicyError([
      { file: path, line: 0, column: 0, key: '', message: `neither a checkout holding the ${role} commit nor the GitHub API is available to read the policy` }
    ])
  }
  const read = await request.reader.readAt(sha, path)
  if ('error' in read) {
    throw new PolicyError([
      {
        file: `${path}@${sha.slice(0, 12)}`,
        line: 0,
        column: 0,
        key: '',
        message: `the policy could not be read at the ${role} commit: ${read.error.reason}. ${read.error.remedy}`
      }
    ])
  }
  const readFrom: PolicyOrigin['read_from'] = read.source.startsWith('git ') ? 'checkout' : 'api'
  if (!read.found) {
    if (explicit) {
      throw new PolicyError([
        {
          file: path,
          line: 0,
          column: 0,
          key: '',
          message: `the policy file does not exist at the ${role} commit ${sha.slice(0, 12)}; a policy added by this change takes effect once merged`
        }
      ])
    }
    const policy = resolvePolicy(controls, defaultText)
    return { policy: noControlGuard(policy, 'policies/default.yml (bundled)'), origin: { path: null, commit: sha, read_from: 'bundled', looked_for: path } }
  }
  const display = path
  const policy = resolvePolicy(controls, defaultText, { text: read.text, path: display, ref: sha })
  return { policy: noControlGuard(policy, display), origin: { path, commit: sha, read_from: readFrom } }
}

/** A note for the evidence when the change itself edits or adds the policy file: its edit takes effect once merged. */
export function policyEditNote(origin: PolicyOrigin, changedPaths: readonly { path: string; previous_path?: string }[]): string | null {
  const path = origin.path ?? origin.looked_for
  if (!path || origin.read_from === 'file') return null
  if (!changedPaths.some(f => f.path === path || f.previous_path === path)) return null
  const at = origin.commit ? origin.commit.slice(0, 12) : 'the base commit'
  return origin.read_from === 'bundled'
    ? `This change adds the policy file ${path}; it takes effect once merged. Judged by the bundled default policy (the ${at} commit has none).`
    : `This change edits the policy file ${path}; judged by the base commit's copy (${at}). The edit takes effect once merged.`
}
