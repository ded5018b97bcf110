/**
 * Facts for `compliance-gate scan`: the `secrets` and `iac` fact groups of a local directory, read the way
 * the gate reads a pull request's checkout, so the same controls judge them.
 *
 * - Directory mode (no base): every file under DIR that git tracks or would track (untracked, not ignored)
 *   is scanned whole, as if the change added it; outside a git work tree, every file but `.git/` and
 *   `node_modules/`. Symbolic links are not followed (recorded as skipped).
 * - Diff mode (`--base REF`): the lines and files changed between the merge base of REF and HEAD (the
 *   committed changes, as the gate sees a pull request's base...head), through the gate's own git diff
 *   (secrets.ts → checkoutChange) and with the baseline read at REF.
 *
 * A file that could not be scanned (over max-file-size, unreadable, a compressed archive, malformed IaC) is
 * "not verified" with its reason, never passed.
 */
import { lstat, readFile, readdir, realpath } from 'node:fs/promises'
import { join } from 'node:path'
import { applyFilters, excludedBy, OVERSIZE_REMEDY, wholeFile, type ParsedDiffFile } from '../secrets/diff.js'
import { loadCustomRuleEngine, redactSecrets } from '../secrets/scanner.js'
import { scanIac } from '../iac/scan.js'
import type { FactGroups } from '../model/facts/index.js'
import type { PathReason } from '../model/facts/secrets.js'
import { complete, unavailable, type ChangedFileFacts, type CommitFacts } from '../model/record.js'
import { redactCommitMessage, redactFilePaths } from './collector.js'
import { runGit } from './git/run.js'
import { GitTreeSource } from './git/tree-source.js'
import { createFileReader } from './read-at.js'
import { baselineAt, baselineFromText, checkoutChange, diffScan, resolveSecretsParams, secretsFactsOf, type BaselineRead } from './secrets.js'
import { iacScanOptions } from './iac.js'
import type { Need } from './context.js'

/** Directories never walked outside a git work tree (inside one, .gitignore decides). */
const SKIPPED_DIRS = new Set(['.git', 'node_modules'])

export class LocalScanError extends Error {}

export interface LocalScanRequest {
  /** Absolute path of the directory to scan. */
  dir: string
  /** Diff mode: the git revision to compare HEAD with; null: directory mode. */
  base: string | null
  /** `owner/name`: keys the findings' fingerprints (so a baseline written by the gate matches). */
  repo: string
  /** The enabled controls that need each fact group, with their resolved params (needsByGroup). */
  neededBy: ReadonlyMap<string, readonly Need[]>
  /** The fact groups the enabled controls need. */
  groups: ReadonlySet<'secrets' | 'iac'>
}

export interface LocalScan {
  mode: 'directory' | 'diff'
  /** Diff mode: the resolved base and head commits. */
  base_sha: string | null
  head_sha: string | null
  /** The paths scanned (directory mode: every file listed; diff mode: the changed files), relative to dir. */
  paths: string[]
  facts: Pick<FactGroups, 'secrets' | 'iac'>
  notes: string[]
  /**
   * Diff mode, when the secrets scan runs: the commits between the base and HEAD whose message held a secret, and the
   * changed paths that did, each kept redacted with its count (secrets.no-new-secrets fails on them, as in the action).
   */
  metadataSecrets?: { commits: CommitFacts[]; files: ChangedFileFacts[] }
}

async function git(dir: string, args: string[]): Promise<string | null> {
  const r = await runGit(dir, args, { maxBuffer: 256 * 1024 * 1024 })
  return r.ok ? r.stdout : null
}

/**
 * `git status --porcelain` (a note only) with every content filter the config names switched off: status
 * re-reads a file whose stat changed through its clean filter (`filter.<driver>.process/clean` in .git/config,
 * picked by a `.gitattributes` the branch may bring), and that filter is a command. Submodules are not visited.
 */
async function workTreeStatus(dir: string): Promise<string | null> {
  const keys = (await git(dir, ['config', '--name-only', '--get-regexp', '^filter\\.'])) ?? ''
  const drivers = new Set(
    keys
      .split('\n')
      .map(k => /^filter\.(.+)\.[^.]+$/s.exec(k.trim())?.[1])
      .filter((d): d is string => d !== undefined)
  )
  const off = [...drivers].flatMap(d => ['clean', 'smudge', 'process'].flatMap(k => ['-c', `filter.${d}.${k}=`]).concat(['-c', `filter.${d}.required=false`]))
  return git(dir, [...off, 'status', '--porcelain', '--untracked-files=normal', '--ignore-submodules=all'])
}

/** Whether dir is inside a git work tree. */
async function inWorkTree(dir: string): Promise<boolean> {
  return (await git(dir, ['rev-parse', '--is-inside-work-tree']))?.trim() === 'true'
}

/** The files under dir: git's tracked and untracked-not-ignored ones, or a walk outside git. */
async function listFiles(dir: string): Promise<{ paths: string[]; skipped: PathReason[]; source: string }> {
  if (await inWorkTree(dir)) {
    const out = await git(dir, ['ls-files', '-z', '--cached', '--others', '--exclude-standard'])
    if (out === null) throw new LocalScanError(`git ls-files failed in ${dir}`)
    const paths = [...new Set(out.split('\0').filter(p => p !== ''))].sort()
    return { paths, skipped: [], source: 'git ls-files --cached --others --exclude-standard' }
  }
  const paths: string[] = []
  const skipped: PathReason[] = []
  const walk = async (rel: string): Promise<void> => {
    const entries = await readdir(rel ? join(dir, rel) : dir, { withFileTypes: true })
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const p = rel ? `${rel}/${e.name}` : e.name
      if (e.isDirectory()) {
        if (SKIPPED_DIRS.has(e.name)) skipped.push({ path: `${p}/`, reason: `${e.name}/ directory: not walked outside a git work tree` })
        else await walk(p)
      } else paths.push(p)
    }
  }
  await walk('')
  return { paths, skipped, source: `directory walk of ${dir} (not a git work tree; .git/ and node_modules/ skipped)` }
}

/** Read each listed file whole, as the added lines of a new file; what cannot be read is not verified. */
async function wholeFiles(dir: string, paths: readonly string[], maxFileSize: number, excludes: readonly string[]) {
  const parsed: ParsedDiffFile[] = []
  const skipped: PathReason[] = []
  const notVerified: PathReason[] = []
  for (const p of paths) {
    const pattern = excludedBy(p, excludes)
    if (pattern !== undefined) {
      skipped.push({ path: p, reason: `excluded by policy pattern ${pattern}` })
      continue
    }
    const abs = join(dir, p)
    try {
      const st = await lstat(abs)
      if (st.isSymbolicLink()) {
        skipped.push({ path: p, reason: 'symbolic link: not followed (its target is scanned where it lies in the directory)' })
        continue
      }
      if (st.isDirectory()) {
        skipped.push({ path: p, reason: 'git submodule: another repository, not scanned here (scan its directory on its own)' })
        continue
      }
      if (!st.isFile()) continue // a socket or device file: no content to scan
      if (st.size > maxFileSize) {
        notVerified.push({ path: p, reason: `file is ${st.size} bytes, above the max-file-size of ${maxFileSize} bytes: not scanned`, remedy: OVERSIZE_REMEDY })
        continue
      }
      const bytes = await readFile(abs)
      const file = wholeFile(p, bytes.toString('utf8'))
      // Keep the bytes when they are not UTF-8 (as a local diff does), so UTF-16/UTF-32 text is decoded and scanned.
      if (/[\u0000\ufffd]/.test(file.text)) file.raw = bytes[bytes.length - 1] === 0x0a ? bytes.subarray(0, bytes.length - 1) : bytes
      parsed.push(file)
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code
      if (code === 'ENOENT') continue // listed by git, deleted from the work tree since
      notVerified.push({
        path: p,
        reason: `unreadable (${code ?? (e as Error).message}): not scanned`,
        remedy: 'Make the file readable by the user running the scan.'
      })
    }
  }
  const r = applyFilters(parsed, { maxFileSize, excludePaths: [...excludes] })
  return { ...r, skipped: [...skipped, ...r.skipped], not_verified: [...notVerified, ...r.not_verified] }
}

/** The baseline file in the directory itself (directory mode: the user's own files are the subject). */
async function baselineFromDir(dir: string, path: string): Promise<BaselineRead> {
  const facts = { path, ref: null, entries: 0, present: false }
  let text: string
  try {
    text = await readFile(join(dir, path), 'utf8')
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') return { facts, fingerprints: new Set() }
    return { facts: { ...facts, present: true, error: `unreadable: ${code ?? (e as Error).message}` }, fingerprints: new Set() }
  }
  return baselineFromText(facts, text, `file ${path}`)
}

/** Resolve a revision to a commit SHA in dir, or throw a LocalScanError naming it. */
export async function resolveCommit(dir: string, rev: string): Promise<string> {
  if (rev.startsWith('-')) throw new LocalScanError(`--base ${rev}: not a git revision.`)
  const sha = (await git(dir, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]))?.trim()
  if (!sha) throw new LocalScanError(`--base ${rev}: no such commit in ${dir} (fetch it first, e.g. git fetch origin ${rev}).`)
  return sha
}

/** Diff mode needs DIR to be the top of a git work tree: git's paths are relative to it. */
export async function checkDiffRoot(dir: string): Promise<void> {
  const top = (await git(dir, ['rev-parse', '--show-toplevel']))?.trim()
  if (!top) throw new LocalScanError(`--base needs a git work tree: ${dir} is not in one.`)
  if ((await realpath(top)) !== (await realpath(dir)))
    throw new LocalScanError(`--base needs DIR to be the top of the git work tree (${top}), not a directory inside it.`)
}

/** Collect the secrets and iac facts of a directory or of the changes since a base revision. */
export async function collectLocal(request: LocalScanRequest): Promise<LocalScan> {
  const { dir, groups } = request
  const secretsParams = resolveSecretsParams(request.neededBy.get('secrets')?.[0]?.params)
  if (groups.has('secrets') && secretsParams['custom-rules'].length > 0) await loadCustomRuleEngine()
  const iacOptions = iacScanOptions(request.neededBy.get('iac') ?? [], request.repo)
  const facts: LocalScan['facts'] = {}
  const notes: string[] = []

  if (request.base === null) {
    const listed = await listFiles(dir)
    if (groups.has('secrets')) {
      const diff = await wholeFiles(dir, listed.paths, secretsParams['max-file-size'], secretsParams['exclude-paths'])
      diff.skipped.unshift(...listed.skipped)
      const baseline = await baselineFromDir(dir, secretsParams.baseline)
      facts.secrets = secretsFactsOf(secretsParams, {
        diff,
        repo: request.repo,
        base: '',
        head: '',
        source: 'checkout',
        baseline,
        notes: ['every file scanned whole (compliance-gate scan, directory mode)'],
        sources: [listed.source]
      })
    }
    if (groups.has('iac')) facts.iac = await iacFacts(dir, listed.paths, iacOptions, listed.source)
    return { mode: 'directory', base_sha: null, head_sha: null, paths: listed.paths, facts, notes }
  }

  await checkDiffRoot(dir)
  // Independent git calls run side by side (the base's error first when both fail); the work tree's
  // status (a note only) is read while the change is scanned.
  const [b, h] = await Promise.allSettled([resolveCommit(dir, request.base), resolveCommit(dir, 'HEAD')])
  if (b.status === 'rejected') throw b.reason
  if (h.status === 'rejected') throw h.reason
  const base = b.value
  const head = h.value
  const statusRead = workTreeStatus(dir)
  const [names, removedNames] = await Promise.all([
    git(dir, ['diff', '--name-only', '-z', '--no-color', '--find-renames', '--diff-filter=d', `${base}...${head}`, '--']),
    // Removed files: a removed Terraform file changes what the rest of its module evaluates to.
    groups.has('iac') ? git(dir, ['diff', '--name-only', '-z', '--no-color', '--find-renames', '--diff-filter=D', `${base}...${head}`, '--']) : null
  ])
  if (names === null) {
    await statusRead
    throw new LocalScanError(`git diff ${request.base}...HEAD failed in ${dir} (is the merge base of ${request.base} and HEAD in this clone?).`)
  }
  const changed = [...new Set(names.split('\0').filter(p => p !== ''))].sort()
  if (groups.has('secrets')) {
    try {
      // The gate's own reading of a checkout: the change as a whole and each of its commits.
      // Scanned file by file while git prints the diff.
      const scanned = diffScan(secretsParams, request.repo)
      const change = await checkoutChange(
        { cwd: dir, base, head, maxFileSize: secretsParams['max-file-size'], excludePaths: secretsParams['exclude-paths'] },
        scanned
      )
      const baseline = await baselineAt(createFileReader({ owner: '', repo: '', checkoutDir: dir, api: null }), base, secretsParams.baseline)
      facts.secrets = secretsFactsOf(secretsParams, { ...change, repo: request.repo, base, head, source: 'checkout', baseline }, scanned)
    } catch (e) {
      facts.secrets = unavailable(
        { reason: e instanceof Error ? e.message : String(e), remedy: `Fetch the history of ${request.base} and HEAD (the merge base is needed).` },
        [`git diff ${base}...${head}`]
      )
    }
  }
  const status = await statusRead
  if (status && status.trim() !== '')
    notes.push(
      'the work tree has uncommitted changes: --base scans the commits between the base and HEAD only (commit them, or scan the directory without --base)'
    )
  const metadataSecrets = groups.has('secrets') ? await secretsInMetadata(dir, base, head, changed, request.repo) : undefined
  if (groups.has('iac')) {
    const removedPaths = (removedNames ?? '').split('\0').filter(p => p !== '')
    // Uncommitted edits are not the change: with any in the work tree, IaC files are read from HEAD's objects.
    const dirty = Boolean(status && status.trim() !== '')
    facts.iac = await iacFacts(dirty ? new GitTreeSource(dir, head) : dir, changed, { ...iacOptions, removedPaths }, `git diff --name-only ${base}...${head}`)
    if (dirty) notes.push('IaC files are read from the HEAD commit, not the work tree')
  }
  return { mode: 'diff', base_sha: base, head_sha: head, paths: changed, facts, notes, ...(metadataSecrets ? { metadataSecrets } : {}) }
}

/**
 * The commit messages (base..head) and changed paths that hold a secret, redacted as the action redacts them
 * (redactCommitMessage, redactFilePaths): see LocalScan.metadataSecrets.
 */
async function secretsInMetadata(
  dir: string,
  base: string,
  head: string,
  paths: readonly string[],
  repo: string
): Promise<{ commits: CommitFacts[]; files: ChangedFileFacts[] }> {
  const log = (await git(dir, ['log', '--no-color', '--format=%H%x1f%B%x1e', `${base}..${head}`, '--'])) ?? ''
  const commits: CommitFacts[] = []
  for (const entry of log.split('\x1e')) {
    const [sha, message] = entry.replace(/^\n/, '').split('\x1f')
    if (!sha || message === undefined) continue
    const commit = { sha: sha.trim(), message: message.replace(/\n+$/, ''), author: {}, committer: {}, co_authors: [], parents: [] }
    const redacted = redactCommitMessage(commit, repo, redactSecrets)
    if (redacted !== commit) commits.push(redacted)
  }
  const listed = paths.map(path => ({ path, status: 'modified' as const, additions: 0, deletions: 0 }))
  const files = redactFilePaths(listed, repo, redactSecrets).filter(f => (f.secrets_redacted ?? 0) > 0)
  return { commits, files }
}

async function iacFacts(
  dir: string | GitTreeSource,
  paths: readonly string[],
  options: ReturnType<typeof iacScanOptions> & { removedPaths?: readonly string[] },
  listSource: string
): Promise<NonNullable<FactGroups['iac']>> {
  try {
    const facts = await scanIac(dir, paths, options)
    const sources = [listSource, `${typeof dir === 'string' ? 'work tree' : dir.where}: the listed IaC files and their module directories`]
    if (facts.plan) sources.push(`terraform plan JSON: ${facts.plan.path}`)
    return complete(facts, sources)
  } catch (e) {
    return unavailable({ reason: `IaC scan failed: ${e instanceof Error ? e.message : String(e)}` })
  }
}

/** `owner/name` of the `origin` remote when it is a GitHub-style URL; null otherwise (or outside git). */
export async function originRepo(dir: string): Promise<string | null> {
  const url = (await git(dir, ['config', '--get', 'remote.origin.url']))?.trim()
  const m = url ? /[/:]([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(url) : null
  return m ? `${m[1]}/${m[2]}` : null
}
