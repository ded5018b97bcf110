/**
 * `compliance-gate scan [DIR] [--base REF]`: the secrets and IaC controls over a local directory, or over the
 * changes since a git revision, as `gitleaks detect` or `checkov -d` are used. The facts are collected into a
 * change record (src/collect/local.ts) and judged by the same controls, policy and evaluation as `check`,
 * so a verdict here is the verdict the gate would give.
 */
import { existsSync, statSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { emptyRecord } from '../collect/collector.js'
import { needsByGroup } from '../collect/context.js'
import { createFileReader } from '../collect/read-at.js'
import type { collectLocal } from '../collect/local.js'
import { CONTROLS } from '../controls/index.js'
import type { Control } from '../controls/types.js'
import { evaluate, type Evaluation } from '../evaluate/evaluate.js'
import type { FactGroupName } from '../model/facts/index.js'
import { complete, type ChangeRecord } from '../model/record.js'
import type { Finding, GatedVerdict } from '../model/verdict.js'
import { choosePolicy, DEFAULT_POLICY_PATH, type PolicyChoice } from '../policy/choose.js'
import { DEFAULT_POLICY_TEXT } from '../policy/default-policy.generated.js'
import { PolicyError, resolvePolicy } from '../policy/load.js'
import { plain } from '../evidence/escape.js'
import { buildSarif } from '../report/sarif.js'
import { SettingsError } from '../settings.js'
import { TOOL_NAME, TOOL_VERSION } from '../version.js'
import type { Command } from './types.js'

/** The fact groups `scan` can collect locally; controls needing only these run. */
const LOCAL_GROUPS: readonly FactGroupName[] = ['secrets', 'iac']

/** Controls judged by `scan`: those whose facts are all local (secrets.no-new-secrets, iac.*). */
export const SCAN_CONTROLS: readonly Control<any>[] = CONTROLS.filter(c => c.meta.needs.length > 0 && c.meta.needs.every(g => LOCAL_GROUPS.includes(g)))

/** `--format json` output schema id; bump on an incompatible change. */
export const SCAN_JSON_SCHEMA = 'https://compliance-gate.dev/schemas/scan/v1.json'

const FORMATS = ['text', 'json', 'sarif'] as const
type Format = (typeof FORMATS)[number]

export const scanCommand: Command = {
  name: 'scan',
  summary: 'run the secrets and IaC controls over a directory or the changes since a git ref',
  help: `Usage: compliance-gate scan [DIR] [--base REF] [--format text|json|sarif] [--out FILE] [--policy FILE]

Runs the secrets and infrastructure-as-code controls (secrets.no-new-secrets, iac.encryption,
iac.data-residency) locally, judged exactly as \`check\` judges a pull request. DIR defaults to the current
directory.

  without --base   every file under DIR that git tracks or would track (untracked, not ignored) is scanned
                   whole; outside a git work tree every file but .git/ and node_modules/
  --base REF       only the lines and files changed between the merge base of REF and HEAD (committed
                   changes, like a pull request's base...head); DIR must be the top of the git work tree.
                   Uncommitted changes are not scanned in this mode (a note says so).

A secret is shown only as its redacted preview, never its value. A file that could not be scanned (over
max-file-size, unreadable, a compressed archive, malformed IaC) is reported as not verified with the reason.

Options:
  --base REF          scan the changes between REF and HEAD only
  --format FORMAT     text (default): one line per finding and a totals line;
                      json: {schema, tool, mode, dir, base, head, policy, result, counts, verdicts[, notes, skipped]} where each
                        verdict is {control, status, effect, reason, remedy, findings[...]} as in results.json;
                      sarif: SARIF 2.1.0, as the action's sarif output (code-scanning upload ready)
  --out FILE          write the json or sarif output to FILE (a totals line still goes to stdout)
  --policy FILE       policy YAML (default: ${DEFAULT_POLICY_PATH}, read at REF with --base, else from DIR
                      when present; otherwise the bundled policies/default.yml): custom rules, exclude-paths,
                      baseline, skip comments and severity overrides apply
  --repo OWNER/NAME   repository name keying the findings' fingerprints, so a baseline written by the gate
                      matches (default: the origin remote's, else local/<DIR name>)
  -h, --help          this help

Exit codes: 0 pass, 1 fail (a blocking verdict: a secret, an unencrypted resource, or a file not verified
under on-not-verified: fail), 2 error or bad usage.`,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      options: {
        base: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        policy: { type: 'string' },
        repo: { type: 'string' },
        help: { type: 'boolean', short: 'h' }
      },
      allowPositionals: true,
      strict: true
    })
    if (values.help) {
      io.out(this.help)
      return 0
    }
    if (positionals.length > 1) throw new SettingsError('scan takes at most one directory.')
    const format = (values.format ?? 'text') as Format
    if (!FORMATS.includes(format)) throw new SettingsError(`--format must be one of ${FORMATS.join(', ')}.`)
    if (values.base !== undefined && values.base.trim() === '') throw new SettingsError('--base needs a git revision (a branch, tag or commit).')
    if (values.repo !== undefined && !/^[\w.-]+\/[\w.-]+$/.test(values.repo)) throw new SettingsError('--repo must be OWNER/NAME.')
    const dir = resolve(io.cwd, positionals[0] ?? '.')
    let isDir = false
    try {
      isDir = statSync(dir).isDirectory()
    } catch {
      throw new SettingsError(`${dir}: no such directory.`)
    }
    if (!isDir) throw new SettingsError(`${dir}: not a directory.`)
    // Loaded here, not at start-up: local collection holds the secrets scanner and the IaC parsers.
    const { checkDiffRoot, collectLocal, LocalScanError, originRepo } = await import('../collect/local.js')
    const repo = values.repo ?? (await originRepo(dir)) ?? `local/${basename(dir) || 'root'}`
    const [owner, name] = repo.split('/') as [string, string]

    try {
      const base = values.base ?? null
      if (base !== null) await checkDiffRoot(dir)
      const choice = await scanPolicy(dir, base, values.policy ? resolve(io.cwd, values.policy) : null, owner, name)
      const controls = SCAN_CONTROLS.filter(c => choice.policy.controls[c.meta.id]?.enabled)
      if (controls.length === 0) {
        io.err('The policy enables none of the controls scan runs (secrets.no-new-secrets, iac.encryption, iac.data-residency): nothing to judge.')
        return 2
      }
      const neededBy = needsByGroup(controls, choice.policy.controls)
      const groups = new Set(controls.flatMap(c => c.meta.needs) as ('secrets' | 'iac')[])
      const scan = await collectLocal({ dir, base, repo, neededBy, groups })
      const record: ChangeRecord = {
        ...emptyRecord(
          {
            owner,
            repo: name,
            kind: 'push',
            prNumber: null,
            headSha: scan.head_sha,
            baseRef: base,
            baseSha: scan.base_sha,
            mergeSha: null,
            event: { name: 'cli' },
            pushedCommits: []
          },
          [],
          new Date()
        ),
        run: { kind: 'cli', command: 'scan', target: dir },
        policy_origin: choice.origin,
        facts: scan.facts,
        // Commit messages and paths that hold a secret (diff mode): judged as the action judges them.
        ...(scan.metadataSecrets
          ? {
              commits: complete(scan.metadataSecrets.commits, [`git log ${base}..HEAD`]),
              files: complete(scan.metadataSecrets.files, [`git diff --name-only ${base}...HEAD`])
            }
          : {})
      }
      const evaluation = evaluate(controls, choice.policy, record)
      const disabled = SCAN_CONTROLS.filter(c => !controls.includes(c)).map(c => c.meta.id)
      const output = render(format, { dir, base, policy: { origin: choice.origin, disabled }, scan, evaluation })
      if (values.out) {
        const out = resolve(io.cwd, values.out)
        await mkdir(dirname(out), { recursive: true })
        await writeFile(out, output.endsWith('\n') ? output : `${output}\n`)
        io.out(`${totals(evaluation)} (${format} written to ${out})`)
      } else io.out(output)
      return evaluation.result === 'fail' ? 1 : evaluation.result === 'pass' ? 0 : 2
    } catch (error) {
      if (error instanceof LocalScanError || error instanceof PolicyError) {
        io.err(
          `compliance-gate scan: ${error.message
            .split('\n')
            .map(line => plain(line))
            .join('\n')}`
        )
        return 2
      }
      throw error
    }
  }
}

/** The policy: --policy FILE; with --base the repository's at REF (as the gate reads it at the base); else DIR's own file, else the bundled default. */
async function scanPolicy(dir: string, base: string | null, localFile: string | null, owner: string, repo: string): Promise<PolicyChoice> {
  if (localFile) return choosePolicy({ controls: CONTROLS, defaultText: DEFAULT_POLICY_TEXT, repoPath: null, localFile, commit: null, reader: null })
  if (base !== null) {
    const { resolveCommit } = await import('../collect/local.js')
    const sha = await resolveCommit(dir, base)
    return choosePolicy({
      controls: CONTROLS,
      defaultText: DEFAULT_POLICY_TEXT,
      repoPath: null,
      localFile: null,
      commit: { sha, role: 'base' },
      reader: createFileReader({ owner, repo, checkoutDir: dir, api: null })
    })
  }
  const own = join(dir, DEFAULT_POLICY_PATH)
  if (existsSync(own)) return choosePolicy({ controls: CONTROLS, defaultText: DEFAULT_POLICY_TEXT, repoPath: null, localFile: own, commit: null, reader: null })
  return { policy: resolvePolicy(CONTROLS, DEFAULT_POLICY_TEXT), origin: { path: null, commit: null, read_from: 'bundled', looked_for: DEFAULT_POLICY_PATH } }
}

interface Rendered {
  dir: string
  base: string | null
  /** Which policy judged, and the scan controls it turned off (a policy in DIR can: say so, never silently). */
  policy: { origin: PolicyChoice['origin']; disabled: string[] }
  scan: Awaited<ReturnType<typeof collectLocal>>
  evaluation: Evaluation
}

function render(format: Format, r: Rendered): string {
  if (format === 'json') return JSON.stringify(scanJson(r), null, 2)
  if (format === 'sarif') return JSON.stringify(buildSarif({ verdicts: r.evaluation.verdicts }, { workspace: r.dir, category: `${TOOL_NAME}-scan` }), null, 2)
  return scanText(r)
}

/** `--format json`: stable keys, documented in the help and the README. */
function scanJson(r: Rendered): Record<string, unknown> {
  const e = r.evaluation
  return {
    schema: SCAN_JSON_SCHEMA,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    mode: r.scan.mode,
    dir: r.dir,
    base: r.base === null ? null : { ref: r.base, sha: r.scan.base_sha },
    head: r.scan.head_sha,
    policy: r.policy,
    result: e.result,
    counts: e.counts,
    verdicts: e.verdicts.map(v => ({
      control: v.control,
      title: v.title,
      status: v.status,
      effect: v.effect,
      reason: v.reason,
      ...(v.remedy ? { remedy: v.remedy } : {}),
      findings: v.findings
    })),
    notes: r.scan.notes,
    ...(skippedOf(r).length > 0 ? { skipped: skippedOf(r) } : {})
  }
}

/** What the scan skipped on purpose (exclude-paths, a directory walk's .git/ and node_modules/): named, never only counted. */
function skippedOf(r: Rendered): { path: string; reason: string }[] {
  return r.scan.facts.secrets?.value?.skipped ?? []
}

const LABEL: Record<GatedVerdict['status'], string> = { pass: 'PASS', fail: 'FAIL', not_verified: 'NOT VERIFIED', not_applicable: 'N/A' }

function findingLine(f: Finding): string {
  const where = f.location?.path ? `${f.location.path}${f.location.line ? `:${f.location.line}` : ''}` : f.subject
  const status = f.status === 'fail' ? '' : ` [${LABEL[f.status].toLowerCase()}]`
  return plain(`  ${[where, f.rule].filter(Boolean).join(' ')}${status} — ${f.message}`)
}

function totals(e: Evaluation): string {
  const findings = e.verdicts.flatMap(v => v.findings)
  const n = (s: Finding['status']) => findings.filter(f => f.status === s).length
  return `${e.result === 'fail' ? 'FAIL' : e.result === 'pass' ? 'PASS' : 'ERROR'}: ${n('fail')} failing finding(s), ${n('not_verified')} not verified; ${e.verdicts.length} control(s): ${e.counts.pass} pass, ${e.counts.fail} fail, ${e.counts.not_verified} not verified, ${e.counts.not_applicable} not applicable.`
}

/** `--format text`: each verdict, its failing and not-verified findings one per line, then the totals. */
function scanText(r: Rendered): string {
  const lines: string[] = [
    plain(`compliance-gate scan ${r.dir}${r.base !== null ? ` --base ${r.base} (${r.scan.base_sha?.slice(0, 12)}...${r.scan.head_sha?.slice(0, 12)})` : ''}`)
  ]
  const o = r.policy.origin
  const from = o.path ? `${o.path}${o.commit ? ` at ${o.commit.slice(0, 12)}` : ''} (${o.read_from})` : 'the bundled default policy'
  lines.push(plain(`policy: ${from}`))
  if (r.policy.disabled.length) lines.push(plain(`policy: not run, turned off by this policy: ${r.policy.disabled.join(', ')}`))
  for (const v of r.evaluation.verdicts) {
    lines.push(plain(`${LABEL[v.status]}${v.effect === 'warning' ? ' (warning)' : ''} ${v.control}: ${v.reason}`))
    for (const f of v.findings) if (f.status === 'fail' || f.status === 'not_verified') lines.push(findingLine(f))
    if ((v.status === 'fail' || v.status === 'not_verified') && v.remedy) lines.push(plain(`  Fix: ${v.remedy}`))
  }
  for (const note of r.scan.notes) lines.push(plain(`note: ${note}`))
  const skipped = skippedOf(r)
  for (const s of skipped.slice(0, 50)) lines.push(plain(`skipped: ${s.path} — ${s.reason}`))
  if (skipped.length > 50) lines.push(`skipped: ${skipped.length - 50} more (--format json lists them all)`)
  lines.push(totals(r.evaluation))
  return lines.join('\n')
}
