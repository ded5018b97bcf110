import type { ApiFailure, PaginatedSuccess } from './github/api.js'
/**
 * `secrets` collector: scans the lines a change adds and stores findings (redacted preview + keyed
 * fingerprint, never the value) in record.facts.secrets. The baseline of acknowledged findings is read
 * from the base commit only, so a pull request cannot acknowledge its own leak.
 */
import { parse as parseYaml } from 'yaml'
import type { Collected } from '../model/record.js'
import { complete, unavailable } from '../model/record.js'
import { describeFailure } from './github/api.js'
import type { CollectContext, FactCollector } from './context.js'
import { DEFAULT_MAX_FILE_SIZE, filesFromApi } from '../secrets/diff.js'
import {
  CheckoutObjectsError,
  countCommits,
  gitAddedFiles,
  gitHistoryAddedFiles,
  patchCommands,
  pathsOnly,
  sortInGitOrder,
  type GitOptions
} from './git/diff.js'
import { hasCommit } from './git/objects.js'
import { createFileReader, type FileReader } from './read-at.js'
import type { ApiPullFile } from '../secrets/diff.js'
import { createScanner, loadCustomRuleEngine, type Scanner } from '../secrets/scanner.js'
import { FINGERPRINT_BUDGET, FindingCap, type CountedFindings } from '../secrets/finding-cap.js'
import { HistoryScan, scanHistory, type ScannedHistory } from '../secrets/history.js'
import {
  MAX_ITEMIZED,
  MAX_ITEMIZED_PER_FILE,
  type BaselineEntry,
  type BaselineFacts,
  type DiffResult,
  type NotItemized,
  type SecretFinding,
  type SecretsFacts,
  type SecretsParams
} from '../model/facts/secrets.js'

export const DEFAULT_BASELINE_PATH = '.compliance-gate/secrets-baseline.json'
const FILES_ROUTE = 'GET /repos/{owner}/{repo}/pulls/{pull_number}/files'

export const SECRETS_DEFAULTS: SecretsParams = {
  'max-file-size': DEFAULT_MAX_FILE_SIZE,
  'exclude-paths': [],
  'custom-rules': [],
  'allow-inline-comments': false,
  baseline: DEFAULT_BASELINE_PATH,
  'disabled-rules': []
}

/** Params as the policy gives them, defaults filled in; wrong types fall back to the default. */
export function resolveSecretsParams(raw: Record<string, unknown> | undefined): SecretsParams {
  const r = raw ?? {}
  const strList = (v: unknown, d: string[]) => (Array.isArray(v) && v.every(x => typeof x === 'string') ? v : d)
  return {
    'max-file-size': typeof r['max-file-size'] === 'number' && r['max-file-size'] > 0 ? r['max-file-size'] : SECRETS_DEFAULTS['max-file-size'],
    'exclude-paths': strList(r['exclude-paths'], []),
    'custom-rules': Array.isArray(r['custom-rules']) ? (r['custom-rules'] as SecretsParams['custom-rules']) : [],
    'allow-inline-comments': r['allow-inline-comments'] === true,
    baseline: typeof r.baseline === 'string' && r.baseline !== '' ? r.baseline : DEFAULT_BASELINE_PATH,
    'disabled-rules': strList(r['disabled-rules'], [])
  }
}

/** Parse a baseline file (JSON or YAML): a list of entries, or `{entries: [...]}` / `{findings: [...]}`. */
export function parseBaseline(text: string): BaselineEntry[] {
  const doc: unknown = parseYaml(text) // YAML is a superset of JSON
  const list = Array.isArray(doc)
    ? doc
    : ((doc as { entries?: unknown; findings?: unknown } | null)?.entries ?? (doc as { findings?: unknown } | null)?.findings)
  if (!Array.isArray(list)) throw new Error('expected a list of entries (or an object with `entries`)')
  return list.filter((e): e is BaselineEntry => typeof e === 'object' && e !== null && typeof (e as BaselineEntry).fingerprint === 'string')
}

export interface BaselineRead {
  facts: BaselineFacts
  fingerprints: Set<string>
  source?: string
}

/** The baseline file at the base commit, through the one reader (the checkout when it holds the base, else the contents API). */
export async function baselineAt(reader: FileReader, base: string, path: string): Promise<BaselineRead> {
  const facts: BaselineFacts = { path, ref: base, entries: 0, present: false }
  const r = await reader.readAt(base, path)
  if ('error' in r) return { facts: { ...facts, error: r.error.reason }, fingerprints: new Set(), source: r.source }
  if (!r.found) return { facts, fingerprints: new Set(), source: r.source }
  return baselineFromText(facts, r.text, r.source)
}

export function baselineFromText(facts: BaselineFacts, text: string, source: string): BaselineRead {
  try {
    const entries = parseBaseline(text)
    return { facts: { ...facts, present: true, entries: entries.length }, fingerprints: new Set(entries.map(e => e.fingerprint)), source }
  } catch (e) {
    return { facts: { ...facts, present: true, error: `unreadable: ${e instanceof Error ? e.message : String(e)}` }, fingerprints: new Set(), source }
  }
}

/**
 * The added lines of base...head from a checkout, and (for a change of several commits) each commit's own:
 * what secretsFactsOf scans. Throws with git's message when the diff itself fails. With `scanned`, the
 * diff and then each commit's files are scanned as git prints them (the history is returned scanned, not held),
 * and the diff's files keep their texts only when the history scan needs them (more than one commit).
 */
export async function checkoutChange(options: GitOptions, scanned?: DiffScan): Promise<Pick<AddedLinesScan, 'diff' | 'history' | 'notes' | 'sources'>> {
  const { base, head } = options
  // The final diff's texts are kept after the scan only for a history scan (more than one commit). The commits
  // are counted while the diff runs: until the count is known, texts are kept; those of a one-commit change
  // are dropped once it is.
  let counted: Awaited<ReturnType<typeof countCommits>> | undefined
  const counting = countCommits(options).then(
    c => (counted = c),
    (e: unknown) => (counted = { failed: `git rev-list failed: ${e instanceof Error ? e.message : String(e)}` })
  )
  const needsTexts = (c: typeof counted) => !scanned || c === undefined || (typeof c === 'number' && c > 1)
  const diff = await gitAddedFiles(options, scanned ? f => scanned.add(f) : undefined, { keepTexts: () => needsTexts(counted) })
  // Scanned as read (the files it changes, then those it adds): the findings in the diff's order, as its files are.
  if (scanned) sortInGitOrder(scanned.findings)
  const commitCount = await counting
  if (!needsTexts(commitCount)) diff.files = diff.files.map(pathsOnly)
  const commands = patchCommands(base, head)
  const sources = [commands.diff]
  const notes: string[] = []
  // Each commit too: a secret a later commit removed is not in the diff but stays in the history.
  const streamed = scanned
    ? new HistoryScan(() => scanned.scanner, {
        files: diff.files,
        // Read at the history's first file, when the final diff is scanned.
        get findings() {
          return finalFingerprints(scanned)
        }
      })
    : undefined
  const h = await gitHistoryAddedFiles({ ...options, commitCount }, streamed ? (commit, f) => streamed.add(commit, f) : undefined)
  if ('skipped' in h) {
    // Not a pass on the history: a credential added and removed again by a later commit stays in it unseen.
    diff.not_verified.push({
      path: '(history)',
      reason: `the change's commits were not scanned one by one (${h.skipped}); a credential added and removed again by a later commit would stay in the history unseen`,
      remedy: h.remedy
    })
    return { diff, notes: [`History not scanned commit by commit: ${h.skipped}.`], sources }
  }
  // A file a commit added that could not be scanned there (over max-file-size, an archive) and that the final diff
  // does not report as not scanned: what it held may be a credential removed again, still in the history.
  const reported = new Set(diff.not_verified.map(n => n.path))
  const historyOnly = h.unscanned.filter(u => !reported.has(u.path))
  if (historyOnly.length > 0)
    diff.not_verified.push({
      path: '(history)',
      reason: `${historyOnly.length} file(s) the change's commits added were not scanned there and the final diff does not show them as they were: ${historyOnly
        .slice(0, 5)
        .map(u => `${u.path} in commit ${u.commit.slice(0, 7)} (${u.reason.replace(/:? not scanned$/, '')})`)
        .join('; ')}${historyOnly.length > 5 ? '; …' : ''}`,
      remedy:
        'Raise max-file-size (or list the path in exclude-paths on the base branch) if the file is meant to be skipped, or squash the branch so only its final form is judged: a credential a commit added and a later one removed stays in the history.'
    })
  if (h.not_scanned.length > 0)
    notes.push(
      `Not scanned in the history (also not in the final diff, or reported there): ${h.not_scanned.slice(0, 5).join('; ')}${h.not_scanned.length > 5 ? '; …' : ''}.`
    )
  if (h.commits.length === 0) return { diff, notes, sources }
  sources.push(commands.log)
  return { diff, history: streamed ? streamed.result(h.commits.length) : h.commits, notes, sources }
}

/**
 * Starts on the pull request (its base and head are all a checkout needs), so the checkout's diff is read
 * and scanned while the PR's lists are still being paged; the API fallback waits for the listed files.
 */
export const secretsCollector: FactCollector<'secrets'> = {
  group: 'secrets',
  after: 'pull_request',
  async collect(ctx: CollectContext) {
    return collectSecrets(ctx)
  }
}

export async function collectSecrets(ctx: CollectContext): Promise<Collected<SecretsFacts>> {
  const params = resolveSecretsParams(ctx.neededBy?.[0]?.params)
  if (params['custom-rules'].length > 0) await loadCustomRuleEngine()
  const record = ctx.record
  const head = record.subject.head_sha
  const before = record.event.before && !/^0+$/.test(record.event.before) ? record.event.before : undefined
  const base = record.subject.base_sha ?? record.pull_request.value?.base.sha ?? before
  if (!base) {
    return unavailable({
      reason: 'No base commit to compare the change against, so its added lines are unknown.',
      remedy: 'Run on pull_request events (or push events with a `before` commit).'
    })
  }
  const filterOpts = { maxFileSize: params['max-file-size'], excludePaths: params['exclude-paths'] }
  const notes: string[] = []
  const sources: string[] = []
  let diff: DiffResult | null = null
  let source: SecretsFacts['source'] = 'checkout'
  let checkoutProblem: string | null = null
  let history: AddedLinesScan['history'] = undefined
  /** The checkout's diff, scanned file by file while git prints it. */
  let scanned: DiffScan | undefined

  if (ctx.checkoutDir) {
    const [hasBase, hasHead] = await Promise.all([hasCommit(ctx.checkoutDir, base), hasCommit(ctx.checkoutDir, head)])
    if (!hasBase || !hasHead) {
      checkoutProblem = `The checkout lacks the ${!hasBase ? `base commit ${base}` : `head commit ${head}`}: fetch-depth: 0 needed (actions/checkout with fetch-depth: 0).`
    } else {
      try {
        scanned = diffScan(params, record.repository.full_name)
        const change = await checkoutChange({ cwd: ctx.checkoutDir, base, head, ...filterOpts }, scanned)
        ;({ diff, history } = change)
        notes.push(...change.notes)
        sources.push(...change.sources)
      } catch (e) {
        scanned = undefined
        const message = e instanceof Error ? e.message : String(e)
        // git's own failure is most often a missing merge base; the scanner's is its own (said as it is)
        checkoutProblem = /^git diff \S+ failed: (?![\s\S]*(?:timed out|printed more than))/.test(message)
          ? `${message} (fetch-depth: 0 needed when the merge base is missing)`
          : e instanceof CheckoutObjectsError
            ? `${message}. ${e.remedy}`
            : message.startsWith('git ')
              ? `${message} (exclude generated or vendored paths with the secrets control's exclude-paths, or re-run)`
              : `The secrets scanner failed on the checkout's diff: ${message} (check the policy's custom secret rules, or report it)`
      }
    }
    if (checkoutProblem) notes.push(checkoutProblem)
  }

  if (!diff) {
    const pr = record.pull_request.value?.number
    if (!ctx.api || pr === undefined) {
      // The pull request itself could not be read (a 401, 403, 404 or 5xx on it): that is the cause, said as it is.
      const prMissing = ctx.api && record.subject.kind === 'pull_request' ? record.pull_request.missing : undefined
      return unavailable(
        {
          reason:
            checkoutProblem ??
            (prMissing
              ? `the pull request could not be read (${prMissing.reason.replace(/\.$/, '')}), so neither its files nor their added lines are known`
              : 'Neither a checkout nor the GitHub API with a pull request number is available to read the added lines'),
          remedy:
            prMissing?.remedy ??
            'Check out the repository with actions/checkout and fetch-depth: 0, or run on a pull_request event with a token that can read pull requests.',
          ...(prMissing?.http_status ? { http_status: prMissing.http_status } : {})
        },
        sources
      )
    }
    // The core collector lists the PR files (patches included): reuse them once read, no second pagination.
    const pullFiles = ctx.listedPullFiles ? await ctx.listedPullFiles() : null
    const listed = record.files.state === 'complete' || record.files.state === 'partial'
    const r: PaginatedSuccess<ApiPullFile> | ApiFailure =
      pullFiles && listed
        ? { ok: true, status: 200, data: pullFiles, route: FILES_ROUTE, truncated: record.files.state === 'partial' }
        : await ctx.api.paginate<ApiPullFile>(FILES_ROUTE, { owner: ctx.owner, repo: ctx.repo, pull_number: pr }, { maxItems: 3000, concurrentPages: true })
    sources.push(FILES_ROUTE)
    if (!r.ok) {
      const d = describeFailure(r, 'Listing the pull request files', 'Grant `pull-requests: read` (or `contents: read`) to the token.')
      return unavailable(
        { reason: checkoutProblem ? `${checkoutProblem} ${d.reason}` : d.reason, remedy: d.remedy, ...(d.http_status ? { http_status: d.http_status } : {}) },
        sources
      )
    }
    source = 'api'
    diff = filesFromApi(r.data, filterOpts)
    // The API shows only the final diff; each commit of a change of several is read from a checkout alone. A
    // checkout was given to be read (actions/checkout ran) but cannot serve the commits (fetch-depth 1, the
    // default): not verified, as when the history is too long. Without any checkout the final diff is the
    // documented scope, and the notes and the verdict say so.
    const commits = record.pull_request.value?.commits_count
    if (commits === undefined || commits > 1) {
      const why = `the change's ${commits ?? 'several'} commits were not scanned one by one (the API gives only the final diff), so a credential added and removed again by a later commit would stay in the history unseen`
      if (checkoutProblem !== null) {
        diff.not_verified.push({
          path: '(history)',
          reason: `${why}: ${checkoutProblem}`,
          remedy: 'Check out the repository with actions/checkout and fetch-depth: 0 (each commit is then scanned), or squash the branch into one commit.'
        })
      } else notes.push(`History not scanned commit by commit: ${why}; check out the repository with fetch-depth: 0 to scan each commit.`)
    }
    if (r.truncated) {
      diff.not_verified.push({
        path: '*',
        reason: 'GitHub lists at most 3000 files of a pull request; files past that were not scanned',
        remedy: 'Check out the repository with actions/checkout and fetch-depth: 0: the checkout has every file.'
      })
    }
  }

  // The baseline only acknowledges findings: read it (one more API call without a checkout) only when there is one.
  const unread: BaselineRead = {
    facts: { path: params.baseline, ref: base, entries: 0, present: false, not_read: 'no finding to acknowledge' },
    fingerprints: new Set()
  }
  const scan = { diff, history, repo: record.repository.full_name, base, head, source, notes, sources }
  const change = scannedChange(params, scan, source === 'checkout' ? scanned : undefined)
  if (!hasFindings(change)) return judgedFacts(params, { ...scan, baseline: unread }, change, unread)
  const baseline = await baselineAt(
    ctx.reader ?? createFileReader({ owner: ctx.owner, repo: ctx.repo, checkoutDir: ctx.checkoutDir, api: ctx.api }),
    base,
    params.baseline
  )
  // Judged once the baseline is known: which findings are itemized and which counted depends on it.
  return judgedFacts(params, { ...scan, baseline }, change, baseline)
}

/** What secretsFactsOf scans: the added lines of a change (or of whole files, for `compliance-gate scan`) and where they came from. */
export interface AddedLinesScan {
  diff: DiffResult
  /**
   * The lines each commit added (checkout only, when the change has more than one commit), or those commits
   * already scanned (checkoutChange with a DiffScan, as git printed the log).
   */
  history?: { commit: string; files: DiffResult['files'] }[] | ScannedHistory
  /** `owner/name`: part of every finding's fingerprint, so baselines match across runs. */
  repo: string
  base: string
  head: string
  source: SecretsFacts['source']
  baseline: BaselineRead
  notes: string[]
  sources: string[]
}

/**
 * The findings listed in the facts, in order: first the first finding of each rule in each file, new ones, then those
 * allowed inline, then baselined ones (a lone token among 10,000 allowed passwords stays listed, with its line); then
 * per file up to MAX_ITEMIZED_PER_FILE of each kind, in that order; MAX_ITEMIZED in all. The rest are counted per
 * file. A change with a new secret always lists at least one.
 */
export function itemizeFindings(findings: SecretFinding[]): { itemized: SecretFinding[]; notItemized: NotItemized[] } {
  const isOpen = (f: SecretFinding) => !f.baselined && !f.inline_allowed
  /** 0: new, 1: allowed inline (by the change's author), 2: baselined (on the base branch). */
  const kindOf = (f: SecretFinding) => (isOpen(f) ? 0 : f.inline_allowed ? 1 : 2)
  const perFile = new Map<string, number[]>()
  const keep = new Uint8Array(findings.length)
  let kept = 0
  const take = (f: SecretFinding, i: number, kind: number) => {
    keep[i] = 1
    kept++
    let c = perFile.get(f.path)
    if (c === undefined) perFile.set(f.path, (c = [0, 0, 0]))
    c[kind]++
  }
  const firsts = new Set<string>()
  for (let kind = 0; kind < 3; kind++) {
    findings.forEach((f, i) => {
      if (kept >= MAX_ITEMIZED || kindOf(f) !== kind) return
      const key = `${kind}\u0000${f.rule}\u0000${f.path}`
      if (firsts.has(key)) return
      firsts.add(key)
      take(f, i, kind)
    })
  }
  for (let kind = 0; kind < 3; kind++) {
    findings.forEach((f, i) => {
      if (keep[i] === 1 || kept >= MAX_ITEMIZED || kindOf(f) !== kind) return
      if ((perFile.get(f.path)?.[kind] ?? 0) < MAX_ITEMIZED_PER_FILE) take(f, i, kind)
    })
  }
  if (kept === findings.length) return { itemized: findings, notItemized: [] }
  const itemized: SecretFinding[] = []
  const rest = new Map<string, NotItemized>()
  findings.forEach((f, i) => {
    if (keep[i] === 1) {
      itemized.push(f)
      return
    }
    let r = rest.get(f.path)
    if (r === undefined) rest.set(f.path, (r = { path: f.path, open: 0, acknowledged: 0, rules: [] }))
    if (isOpen(f)) r.open++
    else r.acknowledged++
    if (!r.rules.includes(f.rule)) r.rules.push(f.rule)
  })
  return { itemized, notItemized: [...rest.values()] }
}

/**
 * The final diff's files scanned one by one (checkoutChange hands each over as git prints it): findings
 * without the baseline (secretsFactsOf applies it), and what was scanned.
 */
export interface DiffScan {
  readonly scanner: Scanner
  readonly findings: SecretFinding[]
  /** Per file, the findings counted, not kept (see FindingCap). */
  readonly overflow: Map<string, CountedFindings>
  lines: number
  bytes: number
  add(file: DiffResult['files'][number]): void
}

/** The fingerprints the final diff's scan found, kept or counted (what a history scan does not report again). */
function finalFingerprints(ds: DiffScan): { fingerprint: string }[] {
  const all: { fingerprint: string }[] = [...ds.findings]
  for (const o of ds.overflow.values()) for (const fingerprint of [...o.fingerprints, ...o.allowed]) all.push({ fingerprint })
  return all
}

/**
 * A DiffScan with the policy's rules (built-ins, custom rules, disabled ids, inline allows). The rules are
 * compiled at the first use, so a streamed diff's git is already running while they compile. What it keeps of a
 * file's findings and what it counts: FindingCap.
 */
export function diffScan(params: SecretsParams, repo: string): DiffScan {
  let scanner: Scanner | undefined
  const findings: SecretFinding[] = []
  const cap = new FindingCap()
  const ds: DiffScan = {
    get scanner() {
      scanner ??= createScanner({
        repo,
        customRules: params['custom-rules'],
        disabledRules: params['disabled-rules'],
        allowInlineComments: params['allow-inline-comments']
      })
      return scanner
    },
    findings,
    overflow: cap.counted,
    lines: 0,
    bytes: 0,
    add(f) {
      ds.lines += f.lineNumbers.length
      ds.bytes += Buffer.byteLength(f.text, 'utf8') + 1
      for (const m of cap.keep(f.path, ds.scanner.scanFile(f))) findings.push({ ...m, path: f.path, baselined: false })
    }
  }
  return ds
}

/**
 * Scan the added lines with the policy's rules and baseline: the secrets facts, partial when a file could not
 * be scanned. `scanned`: the final diff already scanned file by file (it must hold every file of scan.diff).
 */
export function secretsFactsOf(params: SecretsParams, scan: AddedLinesScan, scanned?: DiffScan): Collected<SecretsFacts> {
  return judgedFacts(params, scan, scannedChange(params, scan, scanned), scan.baseline)
}

/** A change scanned, before the baseline is applied: the final diff's scan and the history's. */
export interface ScannedChange {
  ds: DiffScan
  history: ScannedHistory | undefined
}

/** Scan what secretsFactsOf reports (the baseline aside). `scanned`: the final diff already scanned file by file. */
export function scannedChange(params: SecretsParams, scan: Omit<AddedLinesScan, 'baseline'>, scanned?: DiffScan): ScannedChange {
  const ds = scanned ?? diffScan(params, scan.repo)
  if (!scanned) for (const f of scan.diff.files) ds.add(f)
  // Secrets some commit added that the final diff no longer holds: still in the history, reported once each.
  // Each distinct added line is scanned once: lines the final diff (or an earlier commit) held are skipped.
  const history = Array.isArray(scan.history)
    ? scanHistory(ds.scanner, { files: scan.diff.files, findings: finalFingerprints(ds) }, scan.history)
    : scan.history
  return { ds, history }
}

/** Whether the change holds any finding (the baseline is read only then). */
export function hasFindings(c: ScannedChange): boolean {
  return c.ds.findings.length > 0 || c.ds.overflow.size > 0 || (c.history?.findings.length ?? 0) > 0 || (c.history?.counted?.length ?? 0) > 0
}

/** The facts of a scanned change judged against the baseline: each finding's `baselined`, itemized and counted. */
export function judgedFacts(params: SecretsParams, scan: AddedLinesScan, scanned: ScannedChange, baseline: BaselineRead): Collected<SecretsFacts> {
  const { diff, base, head, source, notes } = scan
  const { ds, history } = scanned
  const sources = [...scan.sources]
  const scanner = ds.scanner
  if (baseline.source) sources.push(baseline.source)

  const findings = ds.findings.map(f => ({ ...f, baselined: baseline.fingerprints.has(f.fingerprint) }))
  const { lines, bytes } = ds
  for (const h of history?.findings ?? []) findings.push({ ...h, baselined: baseline.fingerprints.has(h.fingerprint) })

  const { itemized, notItemized } = itemizeFindings(findings)
  // The findings counted while scanning (past what a file keeps, in the final diff or a commit), judged against
  // the baseline by fingerprint.
  let unchecked = 0
  const count = (path: string, rules: Iterable<string>, fingerprints: string[], allowed: number, notLookedUp: number) => {
    let n = notItemized.find(x => x.path === path)
    if (n === undefined) notItemized.push((n = { path, open: 0, acknowledged: 0, rules: [] }))
    const baselined = fingerprints.filter(fp => baseline.fingerprints.has(fp)).length
    n.open += fingerprints.length - baselined + notLookedUp
    n.acknowledged += baselined + allowed
    for (const r of rules) if (!n.rules.includes(r)) n.rules.push(r)
    unchecked += notLookedUp
  }
  for (const c of [...ds.overflow.values(), ...(history?.counted ?? [])])
    count(c.path, c.rules, c.fingerprints, c.allowed.length + c.allowedPastBudget, c.unchecked)
  const allNotes = [...notes]
  if (unchecked > 0)
    allNotes.push(
      `${unchecked} counted finding(s) past ${FINGERPRINT_BUDGET.toLocaleString('en')} were counted as new without looking them up in the baseline.`
    )
  if (notItemized.length > 0) {
    const open = notItemized.reduce((n, x) => n + x.open, 0)
    const acknowledged = notItemized.reduce((n, x) => n + x.acknowledged, 0)
    allNotes.push(
      `${open + acknowledged} finding(s) (${open} new) in ${notItemized.length} file(s) are counted, not listed: the first finding of each rule in each file, then up to ${MAX_ITEMIZED_PER_FILE} new, ${MAX_ITEMIZED_PER_FILE} allowed inline and ${MAX_ITEMIZED_PER_FILE} baselined findings per file, ${MAX_ITEMIZED} in all, are itemized.`
    )
  }
  if (history !== undefined && history.commits > 0) {
    allNotes.push(
      `History: ${history.commits} commits scanned one by one; ${history.lines} of their added lines (new ones and up to 8 lines around them) were not already scanned in the final diff or an earlier commit.`
    )
  }
  const facts: SecretsFacts = {
    source,
    base_sha: base,
    head_sha: head,
    findings: itemized,
    scanned: { files: diff.files.length, lines, bytes },
    skipped: diff.skipped,
    not_verified: diff.not_verified,
    rules_version: scanner.rulesVersion,
    rules_digest: scanner.rulesDigest,
    rule_count: scanner.ruleCount,
    custom_rule_ids: scanner.customRuleIds,
    custom_rule_errors: scanner.customRuleErrors,
    disabled_rules: params['disabled-rules'],
    baseline: baseline.facts,
    inline_allow_enabled: params['allow-inline-comments'],
    max_file_size: params['max-file-size'],
    notes: allNotes,
    ...(notItemized.length > 0 && { not_itemized: notItemized })
  }
  const c = complete(facts, sources)
  if (diff.not_verified.length > 0) {
    const remedies = [
      ...new Set(
        diff.not_verified.map(n => n.remedy ?? 'Check out the repository (actions/checkout, fetch-depth: 0) so the collector can read the files GitHub omits.')
      )
    ]
    return {
      ...c,
      state: 'partial',
      missing: {
        reason: `${diff.not_verified.length} file(s) not scanned: ${diff.not_verified
          .slice(0, 5)
          .map(n => `${n.path} (${n.reason})`)
          .join('; ')}`,
        remedy: remedies.join(' ')
      }
    }
  }
  return c
}
