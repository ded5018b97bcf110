/** `compliance-gate check`: judge one pull request through the GitHub API and write its evidence bundle. */
import { existsSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { runGate } from '../engine.js'
import { ensureEvidenceDir } from '../evidence/dir.js'
import { signForCli, signingKeyOption } from '../evidence/sign-cli.js'
import { pullRequestTarget } from '../collect/target.js'
import { parseMode, parseRepository, retryBaseFromEnv, SettingsError, timeoutFromEnv, type Settings } from '../settings.js'
import { plain } from '../evidence/escape.js'
import type { Command } from './types.js'

export const checkCommand: Command = {
  name: 'check',
  summary: 'judge one pull request through the GitHub API and write its evidence bundle',
  help: `Usage: compliance-gate check --repo OWNER/NAME --pr N [options]

Judges pull request N of OWNER/NAME and writes an evidence bundle.

Options:
  --repo OWNER/NAME   repository (required)
  --pr N              pull request number (required)
  --policy FILE       judge by this local policy YAML instead (default: .github/compliance-gate.yml as it
                      is at the PR's base commit — read from --checkout when it holds that commit, else
                      through the API — so the PR cannot choose its own; else the bundled policies/default.yml)
  --out DIR           evidence directory (default: compliance-evidence)
  --checkout DIR      a local git checkout of the repository holding the PR's base and head commits,
                      for the secrets and IaC scans (default: the current directory when it is a git checkout)
  --mode MODE         enforce (exit 1 on fail, default) or report (exit 0 on fail)
  --signing-key FILE  sign the bundle with this PEM private key (ECDSA P-256 or Ed25519): writes
                      attestation.dsse.json; check it with \`verify --key PUB.pem\`
  -h, --help          this help

Environment: GITHUB_TOKEN (required; never printed or written), GITHUB_API_URL (default https://api.github.com).`,
  async run(args, io) {
    const { values } = parseArgs({
      args,
      options: {
        repo: { type: 'string' },
        pr: { type: 'string' },
        policy: { type: 'string' },
        out: { type: 'string' },
        checkout: { type: 'string' },
        mode: { type: 'string' },
        'signing-key': { type: 'string' },
        help: { type: 'boolean', short: 'h' }
      },
      strict: true
    })
    if (values.help) {
      io.out(this.help)
      return 0
    }
    if (!values.repo) throw new SettingsError('--repo OWNER/NAME is required.')
    if (!values.pr || !/^\d+$/.test(values.pr) || Number(values.pr) < 1) throw new SettingsError('--pr N is required (a positive whole number).')
    const repository = parseRepository(values.repo)
    const checkout = values.checkout ? checkoutDir(resolve(io.cwd, values.checkout)) : existsSync(join(io.cwd, '.git')) ? io.cwd : null
    // Checked (and created) before any API call: a bad --out is one clear message, never a hang or a stack.
    const evidenceDir = await ensureEvidenceDir(resolve(io.cwd, values.out ?? 'compliance-evidence'), checkout ?? io.cwd)
    const keyPem = values['signing-key'] ? await signingKeyOption(resolve(io.cwd, values['signing-key'])) : null
    const token = io.env.GITHUB_TOKEN?.trim() || null
    const prNumber = Number(values.pr)
    const settings: Settings = {
      token,
      apiUrl: io.env.GITHUB_API_URL || 'https://api.github.com',
      repository,
      eventName: 'cli',
      eventPayload: {},
      target: pullRequestTarget(repository.owner, repository.repo, prNumber, { name: 'cli' }),
      run: { kind: 'cli', command: 'check', target: `${repository.owner}/${repository.repo}#${prNumber}` },
      prNumber,
      policyPath: null,
      localPolicyFile: values.policy ? resolve(io.cwd, values.policy) : null,
      workspace: checkout ?? io.cwd,
      checkoutDir: checkout,
      evidenceDir,
      mode: parseMode(values.mode ?? 'enforce'),
      httpTimeoutMs: timeoutFromEnv(io.env),
      retryAfterBaseMs: retryBaseFromEnv(io.env),
      selfCheckNames: ['compliance-gate'],
      signing: { mode: keyPem ? 'key' : 'off', keyPem }
    }
    const run = await runGate(settings)
    io.out(run.summary)
    const signed = await signForCli(run.bundle, keyPem, io)
    io.out(`Evidence: ${run.bundle.dir}\nmanifest sha256: ${signed.manifestSha256}`)
    if (run.results.result === 'error') {
      // One line per error, control characters made visible: no text from the PR can start a line (or a workflow command).
      io.err(
        `compliance-gate could not judge this change:\n${run.results.errors
          .map(e =>
            e
              .split('\n')
              .map(line => plain(line))
              .join('\n')
          )
          .join('\n')}`
      )
      return 2
    }
    return run.results.result === 'fail' && settings.mode === 'enforce' ? 1 : 0
  }
}

/** `--checkout DIR` must be a git checkout: silently scanning nothing would leave the secrets and IaC facts empty. */
function checkoutDir(dir: string): string {
  let isDir = false
  try {
    isDir = statSync(dir).isDirectory()
  } catch {
    throw new Error(`--checkout ${dir}: no such directory.`)
  }
  if (!isDir) throw new Error(`--checkout ${dir}: not a directory.`)
  if (!existsSync(join(dir, '.git'))) throw new Error(`--checkout ${dir}: not a git checkout (no .git); clone the repository there or leave --checkout out.`)
  return dir
}
