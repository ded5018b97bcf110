/**
 * `compliance-gate audit`: the auditors' command. The population of changes in a window, a reproducible
 * sample, re-performed evidence bundles and a report; `--org ORG --list` and `merge DIR…` for an organisation.
 * The logic is in src/audit/; this file only reads arguments.
 */
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { createGitHubApi } from '../collect/github/client.js'
import { listOrgRepositories, mergeAudits } from '../audit/org.js'
import { runAudit } from '../audit/run.js'
import { parseSampleSpec } from '../audit/sample.js'
import { parseRepository, SettingsError, timeoutFromEnv } from '../settings.js'
import { TOOL_NAME, TOOL_VERSION } from '../version.js'
import type { CliIo, Command } from './types.js'

const HELP = `Usage:
  compliance-gate audit --repo OWNER/NAME --from YYYY-MM-DD --to YYYY-MM-DD --out DIR [options]
  compliance-gate audit --org ORG --list [--include-archived]
  compliance-gate audit merge DIR... --out DIR

The population of changes that reached a branch in a window (UTC dates, both inclusive): every pull request
merged into it and every commit that no merged pull request contains (kind direct-push). A sample is drawn
reproducibly and re-performed: each sampled change is judged again from GitHub as it is now and gets an
evidence bundle (checked with verify). Writes population.csv/.json/.meta.json, sample.csv,
reperformance.json, bundles/ and report.html into --out.

Options:
  --repo OWNER/NAME   repository (required)
  --branch NAME       branch (default: main)
  --from, --to        the window, YYYY-MM-DD (UTC, inclusive; required)
  --policy FILE       policy YAML used to judge the sampled changes (default: .github/compliance-gate.yml in the
                      current directory when present, else each change's own policy at its base commit, the bundled
                      default where it has none); population.meta.json records which, with the file's digest
  --sample N|auto|all sample size (default auto: all up to 5; 5 for 6-50; 10 % rounded up for 51-250; 25 above)
  --seed S            sample seed (default: derived from the population's ids, printed)
  --cache DIR         keep every GitHub answer here: an interrupted run continues without asking again, a
                      later run revalidates with ETags (304 answers do not count against the rate limit)
  --out DIR           output folder (required)
  --org ORG --list    print the organisation's repositories as JSON (for a workflow matrix)
  -h, --help          this help

Environment: GITHUB_TOKEN (required; never printed or written), GITHUB_API_URL (default https://api.github.com).
Exit codes: 0 no exception in the sample, 1 an exception exists (a control failed or could not be verified, or a
bundle did not verify), 2 error (the run can be resumed with the same --cache).
See docs/audit.md.`

async function listOrg(org: string, includeArchived: boolean, io: CliIo): Promise<number> {
  const token = io.env.GITHUB_TOKEN?.trim()
  if (!token) throw new SettingsError('GITHUB_TOKEN is required to list the repositories.')
  const api = createGitHubApi({
    token,
    baseUrl: io.env.GITHUB_API_URL || 'https://api.github.com',
    timeoutMs: timeoutFromEnv(io.env),
    calls: [],
    userAgent: `${TOOL_NAME}/${TOOL_VERSION}`
  })
  const repos = await listOrgRepositories(api, org, includeArchived)
  io.out(JSON.stringify(repos))
  return 0
}

async function merge(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
    strict: true
  })
  if (values.help) {
    io.out(HELP)
    return 0
  }
  if (!values.out) throw new SettingsError('audit merge needs --out DIR.')
  if (positionals.length === 0) throw new SettingsError('audit merge needs one or more audit folders.')
  const result = await mergeAudits(
    positionals.map(p => resolve(io.cwd, p)),
    resolve(io.cwd, values.out)
  )
  io.out(
    `Merged ${positionals.length} audit folder(s): ${result.rows.length} changes, sample of ${result.meta.sample.size}, ${result.exceptions} with exceptions.\npopulation.json sha256: ${result.meta.population_sha256}`
  )
  return result.exceptions > 0 ? 1 : 0
}

/** The policy file an audit reads from the current directory when --policy is not given. */
const CWD_POLICY = '.github/compliance-gate.yml'

export const auditCommand: Command = {
  name: 'audit',
  summary: "auditors: a period's changes, a reproducible sample, re-performed evidence, a report",
  help: HELP,
  async run(args, io) {
    if (args[0] === 'merge') return merge(args.slice(1), io)
    const { values } = parseArgs({
      args,
      options: {
        repo: { type: 'string' },
        branch: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        policy: { type: 'string' },
        sample: { type: 'string' },
        seed: { type: 'string' },
        cache: { type: 'string' },
        out: { type: 'string' },
        org: { type: 'string' },
        list: { type: 'boolean' },
        'include-archived': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' }
      },
      strict: true
    })
    if (values.help) {
      io.out(HELP)
      return 0
    }
    if (values.org !== undefined || values.list) {
      if (!values.org || !values.list) throw new SettingsError('Use --org ORG together with --list.')
      if (!/^[A-Za-z0-9-]+$/.test(values.org)) throw new SettingsError(`--org must be an organisation login, got '${values.org}'.`)
      return listOrg(values.org, Boolean(values['include-archived']), io)
    }
    if (!values.repo) throw new SettingsError('--repo OWNER/NAME is required.')
    if (!values.from || !values.to) throw new SettingsError('--from and --to (YYYY-MM-DD, UTC) are required.')
    if (!values.out) throw new SettingsError('--out DIR is required.')
    const branch = values.branch ?? 'main'
    if (!/^[A-Za-z0-9._/-]+$/.test(branch) || branch.includes('..')) throw new SettingsError(`--branch must be a branch name, got '${branch}'.`)
    if (values.seed !== undefined && !/^[\x21-\x7e]{1,200}$/.test(values.seed))
      throw new SettingsError('--seed must be 1-200 printable ASCII characters without spaces.')
    let sample
    try {
      sample = parseSampleSpec(values.sample)
    } catch (error) {
      throw new SettingsError((error as Error).message)
    }
    const { owner, repo } = parseRepository(values.repo)
    const outcome = await runAudit(
      {
        owner,
        repo,
        branch,
        window: { from: values.from, to: values.to },
        // As --help says: the current directory's policy file when there is one; else each change's own at its base.
        policyPath: values.policy ? resolve(io.cwd, values.policy) : existsSync(resolve(io.cwd, CWD_POLICY)) ? resolve(io.cwd, CWD_POLICY) : null,
        workspace: io.cwd,
        sample,
        seed: values.seed ?? null,
        cacheDir: values.cache ? resolve(io.cwd, values.cache) : null,
        outDir: resolve(io.cwd, values.out),
        token: io.env.GITHUB_TOKEN?.trim() || null,
        apiUrl: io.env.GITHUB_API_URL || 'https://api.github.com',
        httpTimeoutMs: timeoutFromEnv(io.env)
      },
      { progress: line => io.err(line), log: message => io.err(message) }
    )
    if (outcome.error) {
      io.err(`compliance-gate audit: ${outcome.error}`)
      return 2
    }
    const meta = outcome.meta
    if (meta) {
      io.out(
        `Population: ${meta.counts.total} changes (${meta.counts.by_kind.pr ?? 0} PRs, ${meta.counts.by_kind['direct-push'] ?? 0} direct pushes); ` +
          `${meta.api.population.network} API calls (${meta.api.population_calls_per_change} per change).\n` +
          `Sample: ${meta.sample.size} with seed ${meta.sample.seed}${meta.sample.seed_source === 'given' ? '' : ' (derived from the population)'}; ` +
          `${outcome.reperformed.filter(r => r.exceptions.length > 0).length} with exceptions; re-performance used ${meta.api.reperformance.network} API calls.\n` +
          `population.json sha256: ${meta.population_sha256}\nReport: ${resolve(outcome.outDir, 'report.html')}`
      )
      // An audit that looked at nothing proves nothing: said on the console, not only in the report.
      if (meta.counts.total === 0)
        io.err(
          `warning: the population is empty: no change reached ${meta.branch} between ${meta.window.from} and ${meta.window.to} (check --branch and the window).`
        )
      else if (meta.sample.size === 0) io.err('warning: the sample is empty (--sample 0): no change was re-performed.')
    }
    return outcome.exitCode
  }
}
