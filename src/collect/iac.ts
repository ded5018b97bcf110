/**
 * Extra collector `iac`: IaC facts for the iac.encryption and iac.data-residency controls, read from the
 * checkout of the head commit (see src/iac/scan.ts) or, without a checkout, through the GitHub contents API
 * at the head commit (see ./iac-api.ts). Stored as record.facts.iac (an IacFacts).
 */
import { iacKind, scanIac, DEFAULT_MAX_FILE_SIZE } from '../iac/scan.js'
import { scanIacFromApi } from './iac-api.js'
import type { IacFacts } from '../model/facts/iac.js'
import { complete, unavailable, type Collected } from '../model/record.js'
import { neededParam, type CollectContext, type FactCollector, type Need } from './context.js'
import { readObject } from './git/objects.js'
import { runGit } from './git/run.js'

/** The scan options the params of the controls that need the IaC facts ask for (the first one's that gives a key, in registry order). */
export function iacScanOptions(neededBy: readonly Need[], repoFullName: string): { planFile: string | undefined; maxFileSize: number; repoFullName: string } {
  const param = (key: string): unknown => neededParam(neededBy, key)
  const planFile = param('plan-file')
  const maxFileSize = param('max-file-size')
  return {
    planFile: typeof planFile === 'string' && planFile !== '' ? planFile : undefined,
    maxFileSize: typeof maxFileSize === 'number' && maxFileSize > 0 ? maxFileSize : DEFAULT_MAX_FILE_SIZE,
    repoFullName
  }
}

export async function collectIac(context: CollectContext): Promise<Collected<IacFacts>> {
  const files = context.record.files
  const noCheckout = { reason: 'IaC files need a checkout of the head commit', remedy: 'add actions/checkout before the gate' }
  if (!files?.value) {
    if (!context.checkoutDir && !context.api) return unavailable(noCheckout)
    return unavailable({
      reason: `the changed files are unknown (${files?.missing?.reason ?? files?.state ?? 'not collected'})`,
      remedy: files?.missing?.remedy
    })
  }
  const changed = files.value.filter(f => f.status !== 'removed').map(f => f.path)
  const removedPaths = files.value.filter(f => f.status === 'removed').map(f => f.path)
  const options = { ...iacScanOptions(context.neededBy ?? [], `${context.owner}/${context.repo}`), removedPaths }
  /** A partial list of changed files makes the facts partial too. */
  const withFiles = (c: Collected<IacFacts>): Collected<IacFacts> => {
    if (files.state !== 'partial') return c
    const reason = [files.missing?.reason ?? 'the list of changed files is partial', c.missing?.reason].filter(Boolean).join('; ')
    return { ...c, state: 'partial', missing: { ...files.missing, ...c.missing, reason } }
  }
  try {
    // The working tree must hold the change: the head commit itself, or the test merge GitHub makes of it
    // (refs/pull/N/merge, whose second parent is the head). pull_request_target checks out the base: then
    // the files are read through the API at the head instead, as data.
    const checkoutHolds = context.checkoutDir ? await worktreeHolds(context.checkoutDir, context.record.subject.head_sha) : false
    if (context.checkoutDir && checkoutHolds) {
      const facts = await scanIac(context.checkoutDir, changed, options)
      const sources = ['checkout: changed IaC files and their module directories']
      if (facts.plan) sources.push(`terraform plan JSON: ${facts.plan.path}`)
      return withFiles(complete(facts, sources))
    }
    // No checkout: read through the API at the head commit, or nothing at all when no changed file can be IaC.
    const candidates = changed.filter(p => iacKind(p) !== null)
    if (candidates.length === 0 && !removedPaths.some(p => iacKind(p) !== null)) {
      const none: IacFacts = {
        files: [],
        modules: [],
        remote_modules: [],
        resources: [],
        regions: [],
        skips: [],
        limits: { max_file_size: options.maxFileSize }
      }
      return withFiles(complete(none, [...files.sources, 'changed file names (no checkout): none is a Terraform, CloudFormation or ARM file']))
    }
    const head = context.record.subject.head_sha
    if (!context.api || !head) {
      return unavailable(context.api ? { ...noCheckout, reason: `${noCheckout.reason} (its SHA is unknown, so the API cannot read the files)` } : noCheckout)
    }
    const { facts, source } = await scanIacFromApi(context.api, candidates, { owner: context.owner, repo: context.repo, ref: head, ...options })
    const sources = [...files.sources, ...source.sources]
    if (facts.plan) sources.push(`terraform plan JSON: ${facts.plan.path}`)
    const problems: string[] = []
    if (source.truncated) problems.push(source.truncated)
    const unchanged = source.failures.filter(f => !candidates.includes(f.path))
    if (unchanged.length > 0)
      problems.push(`${unchanged.length} file(s) needed to evaluate the changed ones could not be read: ${unchanged.map(f => f.reason).join('; ')}`)
    const c = complete(facts, sources)
    if (problems.length === 0) return withFiles(c)
    const status = source.failures.find(f => f.http_status)?.http_status
    return withFiles({
      ...c,
      state: 'partial',
      missing: {
        reason: problems.join('; '),
        remedy: 'Check the repository out with actions/checkout before the gate, or grant `contents: read` to the token.',
        ...(status ? { http_status: status } : {})
      }
    })
  } catch (e) {
    return unavailable({ reason: `IaC scan failed: ${e instanceof Error ? e.message : String(e)}` })
  }
}

/** Whether the checkout's HEAD is `sha` or a merge commit with `sha` as a parent. Runs only read-only git plumbing. */
export async function worktreeHolds(dir: string, sha: string): Promise<boolean> {
  if (!sha) return false
  // HEAD itself through the checkout's one batch (no process of its own); a merge's parents as rev-list shows
  // them, which hides those a shallow checkout cut off.
  const object = await readObject(dir, 'HEAD', 0)
  if (object !== null && !object.missing && object.oid === sha) return true
  const r = await runGit(dir, ['rev-list', '--parents', '-n', '1', 'HEAD'])
  if (!r.ok) return false
  const [head, ...parents] = r.stdout.trim().split(/\s+/)
  return head === sha || (parents.length > 1 && parents.includes(sha))
}

export const iacCollector: FactCollector<'iac'> = {
  group: 'iac',
  after: 'changes',
  collect: collectIac
}
