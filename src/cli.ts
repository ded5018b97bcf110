/**
 * The CLI: the same engine as the action, for compliance leads and auditors.
 *   compliance-gate check --repo o/r --pr N [--policy F] [--out DIR] [--checkout DIR] [--mode enforce|report]
 *   compliance-gate verify <bundle-dir>
 *   compliance-gate demo [--out DIR]
 * Exit codes: 0 pass, 1 fail (or verify mismatch), 2 error or bad usage.
 */
import { existsSync } from 'node:fs'
import { resolve, join } from 'node:path'
import { parseArgs } from 'node:util'
import { runGate } from './engine.js'
import { runDemo } from './demo/index.js'
import { parseMode, parseRepository, SettingsError, timeoutFromEnv, type Settings } from './settings.js'
import { verifyBundle } from './verify.js'
import { TOOL_NAME, TOOL_VERSION } from './version.js'

const HELP: Record<string, string> = {
  main: `${TOOL_NAME} ${TOOL_VERSION}: gate pull requests on change-management controls and keep audit evidence.

Usage: compliance-gate <command> [options]

Commands:
  check    judge one pull request through the GitHub API and write its evidence bundle
  verify   re-check a bundle's digests and re-perform its verdicts offline
  demo     run the whole gate on embedded sample pull requests (no network)

Run 'compliance-gate <command> --help' for a command's options.
Exit codes: 0 pass, 1 fail, 2 error or bad usage.`,
  check: `Usage: compliance-gate check --repo OWNER/NAME --pr N [options]

Judges pull request N of OWNER/NAME and writes an evidence bundle.

Options:
  --repo OWNER/NAME   repository (required)
  --pr N              pull request number (required)
  --policy FILE       policy YAML (default: .github/compliance-gate.yml in --checkout or the current
                      directory when present, else the bundled policies/default.yml)
  --out DIR           evidence directory (default: compliance-evidence)
  --checkout DIR      a local git checkout of the repository holding the PR's base and head commits,
                      for the secrets and IaC scans (default: the current directory when it is a git checkout)
  --mode MODE         enforce (exit 1 on fail, default) or report (exit 0 on fail)
  -h, --help          this help

Environment: GITHUB_TOKEN (required; never printed or written), GITHUB_API_URL (default https://api.github.com).`,
  verify: `Usage: compliance-gate verify BUNDLE_DIR

Recomputes every SHA-256 in BUNDLE_DIR/manifest.json and re-evaluates every verdict from record.json with
the recorded policy.json, offline. Exit 0 when all match; 1 naming each mismatch; 2 when it cannot run.`,
  demo: `Usage: compliance-gate demo [--out DIR]

Runs the gate end to end on embedded sample pull requests, with no network: an in-memory GitHub API and a
temporary git checkout. Writes one evidence bundle per sample (default DIR: compliance-evidence/demo) and
prints each summary.`
}

export interface CliIo {
  out: (text: string) => void
  err: (text: string) => void
  env: NodeJS.ProcessEnv
  cwd: string
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv
  if (!command || command === '-h' || command === '--help' || command === 'help') {
    io.out(HELP.main)
    return command ? 0 : 2
  }
  if (command === '--version' || command === '-v') {
    io.out(TOOL_VERSION)
    return 0
  }
  try {
    switch (command) {
      case 'check':
        return await check(rest, io)
      case 'verify':
        return await verify(rest, io)
      case 'demo':
        return await demo(rest, io)
      default:
        io.err(`Unknown command '${command}'.\n\n${HELP.main}`)
        return 2
    }
  } catch (error) {
    if (error instanceof SettingsError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`${(error as Error).message}\n\n${HELP[command] ?? HELP.main}`)
      return 2
    }
    io.err(`compliance-gate: ${(error as Error)?.message ?? String(error)}`)
    return 2
  }
}

async function check(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      repo: { type: 'string' },
      pr: { type: 'string' },
      policy: { type: 'string' },
      out: { type: 'string' },
      checkout: { type: 'string' },
      mode: { type: 'string' },
      help: { type: 'boolean', short: 'h' }
    },
    strict: true
  })
  if (values.help) {
    io.out(HELP.check)
    return 0
  }
  if (!values.repo) throw new SettingsError('--repo OWNER/NAME is required.')
  if (!values.pr || !/^\d+$/.test(values.pr) || Number(values.pr) < 1) throw new SettingsError('--pr N is required (a positive whole number).')
  const repository = parseRepository(values.repo)
  const checkout = values.checkout ? resolve(io.cwd, values.checkout) : existsSync(join(io.cwd, '.git')) ? io.cwd : null
  const token = io.env.GITHUB_TOKEN?.trim() || null
  const settings: Settings = {
    token,
    apiUrl: io.env.GITHUB_API_URL || 'https://api.github.com',
    repository,
    eventName: 'workflow_dispatch',
    eventPayload: { repository: { name: repository.repo, owner: { login: repository.owner } } },
    prNumber: Number(values.pr),
    policyPath: values.policy ? resolve(io.cwd, values.policy) : null,
    workspace: checkout ?? io.cwd,
    checkoutDir: checkout,
    evidenceDir: resolve(io.cwd, values.out ?? 'compliance-evidence'),
    mode: parseMode(values.mode ?? 'enforce'),
    httpTimeoutMs: timeoutFromEnv(io.env),
    selfCheckNames: ['compliance-gate']
  }
  const run = await runGate(settings)
  io.out(run.summary)
  io.out(`Evidence: ${run.bundle.dir}\nmanifest sha256: ${run.bundle.manifestSha256}`)
  if (run.results.result === 'error') {
    io.err(`compliance-gate could not judge this change:\n${run.results.errors.join('\n')}`)
    return 2
  }
  return run.results.result === 'fail' && settings.mode === 'enforce' ? 1 : 0
}

async function verify(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: { help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true })
  if (values.help) {
    io.out(HELP.verify)
    return 0
  }
  if (positionals.length !== 1) throw new SettingsError('verify takes exactly one bundle directory.')
  const dir = resolve(io.cwd, positionals[0])
  if (!existsSync(join(dir, 'manifest.json'))) {
    io.err(`${dir} is not an evidence bundle (no manifest.json).`)
    return 2
  }
  const report = await verifyBundle(dir)
  if (report.ok) {
    io.out(`OK: ${report.checked.files} file digests match and ${report.checked.verdicts} verdicts re-evaluate the same (${dir}).`)
    return 0
  }
  io.out(`MISMATCH in ${dir}:\n${report.problems.map(p => `- ${p}`).join('\n')}`)
  return 1
}

async function demo(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args, options: { out: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, strict: true })
  if (values.help) {
    io.out(HELP.demo)
    return 0
  }
  const outDir = resolve(io.cwd, values.out ?? join('compliance-evidence', 'demo'))
  const runs = await runDemo(outDir)
  for (const r of runs) {
    io.out(`\n===== ${r.title} =====\n`)
    io.out(r.run.summary)
    io.out(`Evidence: ${r.run.bundle.dir}\nmanifest sha256: ${r.run.bundle.manifestSha256}`)
    const check = await verifyBundle(r.run.bundle.dir)
    io.out(check.ok ? `verify: OK (${check.checked.verdicts} verdicts re-performed)` : `verify: MISMATCH\n${check.problems.join('\n')}`)
    if (!check.ok) return 1
  }
  io.out(`\nDemo finished: ${runs.length} bundles in ${outDir}`)
  return 0
}
