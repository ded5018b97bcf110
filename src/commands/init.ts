/** `compliance-gate init`: write a commented .github/compliance-gate.yml and the workflow that runs the gate. */
import { existsSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { CONTROLS } from '../controls/index.js'
import { DEFAULT_POLICY_TEXT } from '../policy/default-policy.generated.js'
import { resolvePolicy } from '../policy/load.js'
import { DEFAULT_POLICY_PATH } from '../settings.js'
import type { Command } from './types.js'

export const WORKFLOW_PATH = '.github/workflows/compliance-gate.yml'

export function initPolicy(): string {
  const lines = [
    '# compliance-gate policy: which change-management controls gate a pull request, and how.',
    '# It starts from the bundled secure defaults (extends: default); set only what you change.',
    '# A pull request is always judged by the copy of this file on its base branch, never by its own edits.',
    "# Run 'compliance-gate explain CONTROL' for a control's keys, defaults and remedy.",
    'version: 1',
    'extends: default',
    'controls:'
  ]
  // The commented keys show each control's real default (policies/default.yml), so uncommenting changes nothing.
  const defaults = resolvePolicy(CONTROLS, DEFAULT_POLICY_TEXT).controls
  for (const c of CONTROLS) {
    const d = defaults[c.meta.id]
    lines.push(`  # ${c.meta.id}: ${c.meta.question}`)
    lines.push(`  # ${c.meta.id}:`)
    lines.push(`  #   enabled: ${d.enabled}${d.enabled ? '' : '          # off by default: set true (and its keys) to use it'}`)
    lines.push(`  #   on-fail: ${d.on_fail}            # fail blocks the PR; warn reports only`)
    lines.push(
      `  #   on-not-verified: ${d.on_not_verified}    # ${d.on_not_verified === 'fail' ? 'a control that could not be checked blocks too' : 'could not be checked: reported as a warning with the remedy'}`
    )
  }
  lines.push('  review.approvals:', '    count: 1')
  return lines.join('\n') + '\n'
}

export function initWorkflow(actionRef: string, defaultBranch = 'main'): string {
  return `# compliance-gate: judge every pull request and keep the evidence (see the README for the fork-PR pattern).
name: compliance-gate
# closed: separation of duties is judged at merge; labeled/unlabeled: the emergency label and AI-change labels;
# push: a commit that reached the branch without a merged pull request is an unreviewed change.
on:
  pull_request:
    types: [opened, synchronize, reopened, ready_for_review, labeled, unlabeled, closed]
  pull_request_review:
    types: [submitted, dismissed]
  merge_group:
  push:
    branches: [${defaultBranch}]
permissions:
  contents: read        # the checkout, CODEOWNERS and the policy at the base commit
  pull-requests: write  # read reviews; write the sticky comment (comment: on-failure)
  checks: write         # the compliance-gate check run with annotations (check-run: true)
  statuses: read        # commit statuses at the head
jobs:
  compliance-gate:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0          # base and head commits for the secrets and IaC scans
          persist-credentials: false
      - id: gate
        uses: ${actionRef}
        with:
          check-run: true
          comment: on-failure
`
}

export const initCommand: Command = {
  name: 'init',
  summary: 'write a commented .github/compliance-gate.yml and the workflow file',
  help: `Usage: compliance-gate init [DIR] [--action OWNER/REPO@REF] [--branch NAME] [--force]

Writes ${DEFAULT_POLICY_PATH} (a commented policy over the secure defaults) and ${WORKFLOW_PATH} (the
workflow with the least permissions for the check run and the sticky comment; pushes to --branch, default
main, are judged too) into DIR (default: the current directory, which must exist). Existing files are kept
unless --force. Exit 0 written, 1 a file kept, 2 bad usage.`,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      options: { action: { type: 'string' }, branch: { type: 'string' }, force: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true
    })
    if (values.help) {
      io.out(this.help)
      return 0
    }
    if (positionals.length > 1) {
      io.err(`init takes one directory, got ${positionals.length}: ${positionals.join(' ')}\n\n${this.help}`)
      return 2
    }
    // A `uses:` reference: owner/repo[/path]@ref, or a local ./path.
    const action = values.action ?? '<owner>/compliance-gate@v1'
    if (values.action !== undefined && !/^(?:[\w.-]+\/[\w.-]+(?:\/[\w./-]+)?@[\w./-]+|\.\/[\w./-]*)$/.test(values.action)) {
      io.err(`--action must be OWNER/REPO@REF (or ./path), got ${JSON.stringify(values.action)}`)
      return 2
    }
    const branch = values.branch ?? 'main'
    if (!/^[\w./-]+$/.test(branch)) {
      io.err(`--branch must be a branch name, got ${JSON.stringify(branch)}`)
      return 2
    }
    const root = resolve(io.cwd, positionals[0] ?? '.')
    if (!existsSync(root)) {
      io.err(`${root} does not exist: create it (or run init inside your repository).`)
      return 2
    }
    const files: [string, string][] = [
      [DEFAULT_POLICY_PATH, initPolicy()],
      [WORKFLOW_PATH, initWorkflow(action, branch)]
    ]
    let code = 0
    for (const [rel, text] of files) {
      const path = join(root, rel)
      if (existsSync(path) && !values.force) {
        io.err(`${rel} exists; kept (use --force to overwrite).`)
        code = 1
        continue
      }
      await mkdir(dirname(path), { recursive: true })
      await writeFile(path, text)
      io.out(`wrote ${path}`)
    }
    return code
  }
}
