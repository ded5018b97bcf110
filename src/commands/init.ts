/** `compliance-gate init`: write a commented .github/compliance-gate.yml and the workflow that runs the gate. */
import { existsSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { CONTROLS } from '../controls/index.js'
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
  for (const c of CONTROLS) {
    lines.push(`  # ${c.meta.id}: ${c.meta.question}`)
    lines.push(`  # ${c.meta.id}:`)
    lines.push('  #   on-fail: fail            # fail blocks the PR; warn reports only')
    lines.push('  #   on-not-verified: fail    # a control that could not be checked blocks too')
  }
  lines.push('  review.approvals:', '    count: 1')
  return lines.join('\n') + '\n'
}

export function initWorkflow(actionRef: string): string {
  return `# compliance-gate: judge every pull request and keep the evidence (see the README for the fork-PR pattern).
name: compliance-gate
on:
  pull_request:
    types: [opened, synchronize, reopened, ready_for_review]
  pull_request_review:
    types: [submitted, dismissed]
  merge_group:
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
  help: `Usage: compliance-gate init [DIR] [--action OWNER/REPO@REF] [--force]

Writes ${DEFAULT_POLICY_PATH} (a commented policy over the secure defaults) and ${WORKFLOW_PATH} (the
workflow with the least permissions for the check run and the sticky comment) into DIR (default: the current
directory). Existing files are kept unless --force.`,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      options: { action: { type: 'string' }, force: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true
    })
    if (values.help) {
      io.out(this.help)
      return 0
    }
    const root = resolve(io.cwd, positionals[0] ?? '.')
    const files: [string, string][] = [
      [DEFAULT_POLICY_PATH, initPolicy()],
      [WORKFLOW_PATH, initWorkflow(values.action ?? '<owner>/compliance-gate@v1')]
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
      io.out(`wrote ${rel}`)
    }
    return code
  }
}
