/**
 * secrets.no-new-secrets — does the change add no credentials? Pure: reads record.facts.secrets only.
 */
import type { Finding } from '../model/verdict.js'
import { MAX_ITEMIZED_PER_FILE, type SecretsFacts, type SecretsParams } from '../model/facts/secrets.js'
import { defineControl } from './types.js'

const DEFAULT_BASELINE = '.compliance-gate/secrets-baseline.json'
const REMEDY =
  'Treat each reported credential as compromised: revoke or rotate it with its provider first, then remove it ' +
  'from the branch history (rewrite the commits, e.g. git filter-repo, and force-push) and load it from a secret ' +
  'store instead. A false positive can be acknowledged by fingerprint in the baseline file on the base branch.'

/** A redaction left in recorded text: `ghp_…[redacted github-pat]` (the rule or kind in group 1). */
const REDACTION_MARK = /\[redacted ([^\]\s]+)\]/g
/** Kinds src/secrets/prose.ts redacts on a guess (see the commit loop below). */
const UNSURE_KINDS = new Set(['token', 'prose-credential', 'cookie'])
/** A secret in a commit message or a path: no baseline can acknowledge it (it has no fingerprint), only rewriting it. */
const METADATA_REMEDY = (how: string): string =>
  `Treat the credential as compromised: revoke or rotate it with its provider first. ${how} A baseline cannot acknowledge it: it stays in the history until rewritten.`
const CHECKOUT_REMEDY = 'Check out the repository with actions/checkout and fetch-depth: 0 so files GitHub omits from the API can be scanned.'

/** The distinct remedies of the files not scanned (and of custom rules that do not compile). */
function notVerifiedRemedy(f: SecretsFacts): string {
  const out: string[] = []
  for (const nv of f.not_verified) {
    const r = nv.remedy ?? CHECKOUT_REMEDY
    if (!out.includes(r)) out.push(r)
  }
  if (f.custom_rule_errors.length > 0) out.push('Fix the custom-rules regexes (Go/RE2 syntax) in the policy.')
  return out.join(' ')
}

export const secretsNoNewSecrets = defineControl<SecretsParams>({
  meta: {
    id: 'secrets.no-new-secrets',
    needs: ['secrets'],
    title: 'No new secrets in the change',
    question: 'Does the change add no credentials (keys, tokens, passwords, private keys) to the repository?',
    rationale:
      'Credentials committed to a repository are readable by everyone with read access and stay in its history; ' +
      'keeping them out protects logical access (SOC 2 CC6.1), their transmission and storage (CC6.7), ' +
      'authentication information (ISO/IEC 27001:2022 A.5.17) and the use of cryptographic keys (A.8.24).',
    defaults: {
      'max-file-size': 1024 * 1024,
      'exclude-paths': [],
      'custom-rules': [],
      'allow-inline-comments': false,
      baseline: DEFAULT_BASELINE,
      'disabled-rules': []
    },
    paramsSchema: {
      'max-file-size': {
        type: 'integer',
        minimum: 1,
        description: 'Files with more added text (bytes) are not scanned: the control is then not verified, naming the file (unless exclude-paths lists it).'
      },
      'exclude-paths': {
        type: 'array',
        items: { type: 'string' },
        description:
          'Glob patterns (minimatch, dot: true) of paths not to scan, read from the policy on the base branch; the only way to skip a file on purpose (lockfiles are scanned, URLs included; only their digests are kept from the generic rules).'
      },
      'custom-rules': {
        type: 'array',
        description: 'Extra rules in Go/RE2 regex syntax (gitleaks-compatible), run with re2js behind their keywords.',
        items: {
          type: 'object',
          required: ['id', 'regex'],
          additionalProperties: false,
          properties: {
            id: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$' },
            description: { type: 'string' },
            regex: { type: 'string' },
            keywords: { type: 'array', items: { type: 'string' } },
            entropy: { type: 'number', minimum: 0 },
            severity: { enum: ['critical', 'high', 'medium', 'low', 'info'] },
            'secret-group': { type: 'integer', minimum: 0 }
          }
        }
      },
      'allow-inline-comments': {
        type: 'boolean',
        description: 'Honour `compliance-gate:allow-secret` comments (off: a PR author could allow their own leak). Honoured ones are recorded.'
      },
      baseline: { type: 'string', description: 'Path of the baseline file of acknowledged fingerprints, read from the base commit only.' },
      'disabled-rules': { type: 'array', items: { type: 'string' }, description: 'Built-in rule ids not to run.' }
    },
    remedy: REMEDY
  },

  evaluate(record) {
    const evidence = ['/facts/secrets']
    const group = record.facts.secrets
    if (!group || group.state === 'unavailable' || group.state === 'not_collected' || !group.value) {
      return {
        status: 'not_verified',
        reason: `The added lines could not be scanned for secrets: ${(group?.missing?.reason ?? 'the secrets collector did not run').replace(/\.$/, '')}.`,
        remedy: group?.missing?.remedy ?? 'Enable the secrets collector and check out the repository with actions/checkout (fetch-depth: 0).',
        evidence
      }
    }
    const f = group.value
    const findings: Finding[] = []
    const open = f.findings.filter(x => !x.baselined && !x.inline_allowed)
    f.findings.forEach((x, i) => {
      // A secret only in an earlier commit: its line is that commit's, not the head's — point at the file.
      const location = x.commit ? { path: x.path } : { path: x.path, line: x.line, column: x.column }
      const data = { fingerprint: x.fingerprint, preview: x.preview, ...(x.commit ? { commit: x.commit } : {}) }
      if (!x.baselined && !x.inline_allowed) {
        findings.push({
          status: 'fail',
          subject: x.path,
          message: x.commit
            ? `${x.description} added in commit ${x.commit.slice(0, 7)} (line ${x.line} of the file there) and removed by a later commit of this change: it stays in the history (redacted: ${x.preview})`
            : `${x.description} added (redacted: ${x.preview})`,
          location,
          rule: x.rule,
          severity: x.severity,
          remedy: REMEDY,
          data
        })
      } else {
        findings.push({
          status: 'pass',
          subject: x.path,
          message: `${x.description} (redacted: ${x.preview}) ${x.baselined ? 'acknowledged in the base branch baseline' : 'allowed by an inline compliance-gate:allow-secret comment'}`,
          location,
          rule: x.rule,
          severity: 'info',
          data: { ...data, baselined: x.baselined, inline_allowed: x.inline_allowed === true }
        })
      }
      evidence.push(`/facts/secrets/value/findings/${i}`)
    })
    for (const nv of f.not_verified) {
      // At the file (no line) so annotations and SARIF point at it; '*' stands for files past GitHub's list cap
      // and '(history)' for the change's commits: no file of the repository, so no location.
      findings.push({
        status: 'not_verified',
        subject: nv.path,
        message: `Not scanned: ${nv.reason.replace(/:? not scanned$/, '')}`,
        ...(nv.path !== '*' && nv.path !== '(history)' ? { location: { path: nv.path } } : {}),
        ...(nv.remedy ? { remedy: nv.remedy } : {})
      })
    }
    // Findings past the itemized cap: one entry per file, with their count (facts.secrets.not_itemized).
    const notItemized = f.not_itemized ?? []
    for (const n of notItemized) {
      findings.push({
        status: n.open > 0 ? 'fail' : 'pass',
        subject: n.path,
        message: `${n.open + n.acknowledged} more finding(s) in this file (${n.open} new, ${n.acknowledged} acknowledged; ${n.rules.join(', ')}) counted but not listed: the first of each rule and up to ${MAX_ITEMIZED_PER_FILE} of each kind (new, allowed inline, baselined) per file are itemized`,
        location: { path: n.path },
        ...(n.open > 0 ? { remedy: REMEDY } : { severity: 'info' as const })
      })
    }
    // A secret in a commit message or in a file's path is in the repository's history as surely as one in a line: the
    // record keeps them redacted (secrets_redacted), and each is a finding no baseline can acknowledge.
    const inMetadata: Finding[] = []
    for (const c of record.commits.value ?? []) {
      // What free-text heuristics redact to be safe (a random word with no label, a value after a word like "key:" in a
      // sentence, a cookie) stays out of the record but is no finding: a cache key or an SSH host key fingerprint in a
      // message is no credential. What a rule found, a private key block, a URL's password or a bearer token is.
      const found = (c.secrets_redacted ?? 0) === 0 ? 0 : [...c.message.matchAll(REDACTION_MARK)].filter(m => !UNSURE_KINDS.has(m[1])).length
      if (found === 0) continue
      inMetadata.push({
        status: 'fail',
        subject: `commit ${c.sha.slice(0, 7)}`,
        message: `${found} secret(s) in the message of commit ${c.sha.slice(0, 7)} (kept redacted in the record): a commit message stays in the history`,
        severity: 'high',
        remedy: METADATA_REMEDY("Rewrite the commit's message (git rebase -i, reword) before merging."),
        data: { commit: c.sha }
      })
    }
    for (const file of record.files.value ?? []) {
      if ((file.secrets_redacted ?? 0) === 0) continue
      inMetadata.push({
        status: 'fail',
        subject: file.path,
        message: `${file.secrets_redacted} secret(s) in the path of a changed file (kept redacted in the record): a file's name stays in the history`,
        severity: 'high',
        remedy: METADATA_REMEDY('Rename the file or folder in the commits that add it.')
      })
    }
    findings.push(...inMetadata)
    for (const e of f.custom_rule_errors) {
      findings.push({ status: 'not_verified', subject: `custom-rules/${e.id}`, message: `Custom rule does not compile: ${e.error}`, rule: e.id })
    }
    const counts = `${f.scanned.files} file(s), ${f.scanned.lines} added line(s) scanned with ${f.rule_count} rules; ${f.skipped.length} skipped`
    const openCounted = notItemized.reduce((k, n) => k + n.open, 0)
    if (open.length > 0 || openCounted > 0 || inMetadata.length > 0) {
      const rules = new Set([...open.map(x => x.rule), ...notItemized.filter(n => n.open > 0).flatMap(n => n.rules)])
      const what = [
        ...(open.length + openCounted > 0
          ? [
              `${open.length + openCounted} new secret(s) added (${[...rules].join(', ')})${openCounted > 0 ? `, ${openCounted} of them counted but not listed` : ''}`
            ]
          : []),
        ...(inMetadata.length > 0 ? [`secret(s) in ${inMetadata.length} commit message(s) or file path(s)`] : [])
      ]
      return {
        status: 'fail',
        reason: `${what.join('; ')}; ${counts}.`,
        remedy: REMEDY,
        evidence,
        findings
      }
    }
    if (f.not_verified.length > 0 || f.custom_rule_errors.length > 0) {
      const parts: string[] = []
      if (f.not_verified.length > 0)
        parts.push(
          `${f.not_verified.length} file(s) not scanned (${f.not_verified
            .slice(0, 5)
            .map(n => n.path)
            .join(', ')}${f.not_verified.length > 5 ? ', …' : ''})`
        )
      if (f.custom_rule_errors.length > 0) parts.push(`${f.custom_rule_errors.length} custom rule(s) do not compile`)
      return {
        status: 'not_verified',
        reason: `No secret found, but ${parts.join(' and ')}; ${counts}.`,
        remedy: notVerifiedRemedy(f),
        evidence,
        findings
      }
    }
    const acknowledged = f.findings.length + notItemized.reduce((k, n) => k + n.acknowledged, 0)
    return {
      status: 'pass',
      reason: `No new secret in the added lines${f.source === 'api' ? " of the final diff (the API's patches; each commit is scanned only from a checkout)" : ''}: ${counts}${acknowledged > 0 ? `; ${acknowledged} acknowledged finding(s)` : ''}.`,
      evidence,
      findings
    }
  }
})
