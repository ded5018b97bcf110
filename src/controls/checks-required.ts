/**
 * checks.required: every required status check succeeded at the PR head (or at the merge SHA).
 *
 * Required = ruleset required_status_checks + classic protection's (when readable) + the policy's `checks`,
 * minus the gate's own check. Check runs: conclusion success, neutral and skipped count as success (as GitHub
 * does); queued/in_progress/waiting/requested/pending is "still running" (fail: re-run when it completes);
 * anything else fails. Commit statuses: success passes, pending is still running, failure/error fail.
 * A required check with no result fails ("never reported").
 *
 * Zero required checks: not_applicable (nothing is required; whether checks *should* be required is
 * branch.protection's `require-status-checks`).
 */
import type { Finding } from '../model/verdict.js'
import { defineControl, type Outcome } from './types.js'
import { BRANCH_RULES_KEY, CLASSIC_PROTECTION_REMEDY, branchRulesOf, type RequiredStatusCheck } from '../model/facts/branch-rules.js'
import { CHECKS_KEY, checksOf, type ChecksAtSha } from '../model/facts/checks.js'

export interface ChecksRequiredParams {
  checks: string[]
  'self-check-names': string[]
}

type Outcome1 = 'success' | 'running' | 'failed' | 'missing' | 'unknown'

interface Result {
  outcome: Outcome1
  detail: string
  url?: string | null
}

const SUCCESS_CONCLUSIONS = new Set(['success', 'neutral', 'skipped'])

/** The result of one required check at one SHA. */
export function resultAt(at: ChecksAtSha, check: RequiredStatusCheck): Result {
  const results: Result[] = []
  const runs = at.check_runs.value
  for (const run of runs ?? []) {
    if (run.name !== check.context) continue
    if (check.integration_id !== null && run.app_id !== check.integration_id) continue
    const app = run.app_slug ? ` (${run.app_slug})` : ''
    if (run.status !== 'completed') {
      results.push({ outcome: 'running', detail: `check run${app} is ${run.status}`, url: run.html_url })
    } else if (run.conclusion && SUCCESS_CONCLUSIONS.has(run.conclusion)) {
      results.push({ outcome: 'success', detail: `check run${app} concluded ${run.conclusion}`, url: run.html_url })
    } else {
      results.push({ outcome: 'failed', detail: `check run${app} concluded ${run.conclusion ?? 'without a conclusion'}`, url: run.html_url })
    }
  }
  // A status's creating app is not in the record, so a check pinned to an app is judged by check runs only.
  if (check.integration_id === null) {
    for (const s of at.statuses.value ?? []) {
      if (s.context !== check.context) continue
      if (s.state === 'success') results.push({ outcome: 'success', detail: 'commit status success', url: s.target_url })
      else if (s.state === 'pending') results.push({ outcome: 'running', detail: 'commit status pending', url: s.target_url })
      else results.push({ outcome: 'failed', detail: `commit status ${s.state}${s.description ? ` ("${s.description}")` : ''}`, url: s.target_url })
    }
  }
  const runsKnown = at.check_runs.state === 'complete'
  const statusesKnown = at.statuses.state === 'complete' || check.integration_id !== null
  const gaps = [
    !runsKnown ? `check runs ${at.check_runs.state}${at.check_runs.missing ? ` (${at.check_runs.missing.reason})` : ''}` : null,
    !statusesKnown ? `commit statuses ${at.statuses.state}${at.statuses.missing ? ` (${at.statuses.missing.reason})` : ''}` : null
  ].filter(Boolean)
  if (results.length > 0) {
    // Several results under one name (e.g. two workflows with the same job name): all must succeed.
    for (const o of ['failed', 'running'] as const) {
      const hit = results.find(r => r.outcome === o)
      if (hit) return hit
    }
    // A success is only conclusive when every result of that name was read: a failing check run or commit
    // status of the same name in what could not be read would fail it.
    const ok = results[0]
    if (gaps.length === 0) return ok
    return { outcome: 'unknown', detail: `${ok.detail}, but ${gaps.join('; ')}: a failing result of the same name there would fail it`, url: ok.url }
  }
  if (runsKnown && statusesKnown) return { outcome: 'missing', detail: 'never reported' }
  return { outcome: 'unknown', detail: `no result found, and ${gaps.join('; ')}` }
}

const EVIDENCE = [`/facts/${CHECKS_KEY}`, `/facts/${BRANCH_RULES_KEY}/value/rules`, `/facts/${BRANCH_RULES_KEY}/value/classic`]

export const control = defineControl<ChecksRequiredParams>({
  meta: {
    id: 'checks.required',
    needs: ['branch_rules', 'checks'],
    title: 'Required checks passed',
    question: 'Did every required status check succeed on the commit being merged?',
    rationale:
      'Required checks (tests, builds, scans) are the automated part of change approval. Only a completed, ' +
      'successful result on the exact commit under judgement counts: a pending check has not yet passed, and a ' +
      'check that never reported has not been run.',
    defaults: { checks: [], 'self-check-names': ['compliance-gate'] },
    paramsSchema: {
      checks: {
        type: 'array',
        items: { type: 'string', minLength: 1 },
        default: [],
        description:
          'Further required check names (check-run names or commit-status contexts), added to those the rulesets and classic protection require. ' +
          'Listing them also lets the control decide when classic protection cannot be read.'
      },
      'self-check-names': {
        type: 'array',
        items: { type: 'string', minLength: 1 },
        default: ['compliance-gate'],
        description: "Names of the gate's own check, never required of itself."
      }
    },
    remedy: 'Fix or re-run the failing required checks on the head commit, and wait for running ones to complete.'
  },

  evaluate(record, params): Outcome {
    const rulesFacts = branchRulesOf(record)
    const checks = checksOf(record)
    const self = new Set([...(params['self-check-names'] ?? []), ...(checks?.self_check_names ?? [])])

    const required: (RequiredStatusCheck & { from: string[] })[] = []
    const add = (c: RequiredStatusCheck, from: string): void => {
      const existing = required.find(r => r.context === c.context)
      if (!existing) required.push({ ...c, from: [from] })
      else {
        if (!existing.from.includes(from)) existing.from.push(from)
        // A check pinned to an app in one source and open in another: the pin is the stricter reading.
        if (existing.integration_id === null) existing.integration_id = c.integration_id
      }
    }
    const unknownSources: string[] = []
    const rules = rulesFacts?.rules
    if (rules?.value) rules.value.required_status_checks.forEach(c => add(c, 'ruleset'))
    if (!rules || rules.state !== 'complete') unknownSources.push(`rulesets (${rules?.missing?.reason ?? 'not read'})`)
    const classic = rulesFacts?.classic
    if (classic?.value?.protected) classic.value.required_status_checks.forEach(c => add(c, 'classic protection'))
    else if (!classic?.value) unknownSources.push(`classic branch protection (${classic?.missing?.reason ?? 'not read'})`)
    for (const name of params.checks ?? []) add({ context: name, integration_id: null }, 'policy')

    const excluded = required.filter(r => self.has(r.context)).map(r => r.context)
    const judged = required.filter(r => !self.has(r.context))

    if (unknownSources.length > 0 && (params.checks ?? []).length === 0 && judged.length === 0) {
      // Judging every reported check stands in only for classic protection, which the workflow token can never
      // read. When the rulesets themselves were not read (an API fault, a missing permission), nothing stands
      // in for them: a check they require that never reported would pass unseen.
      const rulesRead = rules?.state === 'complete'
      const fallback = rulesRead ? judgeEveryReported(checksOf(record)?.at ?? [], self) : null
      if (fallback) {
        return {
          ...fallback,
          reason: `${fallback.reason} The set of required checks is unknown (${unknownSources.join('; ')}), so every check reported at the head was judged instead; a required check that never reported cannot be seen.`,
          remedy:
            fallback.status === 'pass'
              ? undefined
              : `${classic?.missing?.remedy ?? CLASSIC_PROTECTION_REMEDY}. Or list the required checks in the policy's \`checks\`.`,
          evidence: EVIDENCE
        }
      }
      return {
        status: 'not_verified',
        reason: `The set of required checks is unknown: ${unknownSources.join('; ')}, and the policy lists none.`,
        remedy: `${(rulesRead ? undefined : rules?.missing?.remedy) ?? classic?.missing?.remedy ?? CLASSIC_PROTECTION_REMEDY}. Or list the required checks in the policy's \`checks\`.`,
        evidence: EVIDENCE
      }
    }
    if (judged.length === 0) {
      return {
        status: 'not_applicable',
        reason: `No required status checks: none in rulesets, classic protection or the policy${excluded.length ? ` (the gate's own check ${excluded.join(', ')} is excluded)` : ''}.`,
        evidence: EVIDENCE
      }
    }
    const at = checks?.at ?? []
    const group = record.facts?.[CHECKS_KEY]
    const findings: Finding[] = judged.map(req => {
      if (at.length === 0) {
        return {
          status: 'not_verified',
          subject: req.context,
          message: `Required by ${req.from.join(' and ')}; check results were not read (${group?.missing?.reason ?? 'the checks collector did not run'}).`,
          ...(group?.missing?.remedy ? { remedy: group.missing.remedy } : {})
        }
      }
      const results = at.map(a => ({ at: a, r: resultAt(a, req) }))
      const ok = results.find(x => x.r.outcome === 'success')
      const pin = req.integration_id !== null ? ` from app ${req.integration_id}` : ''
      if (ok) {
        return {
          status: 'pass',
          subject: req.context,
          message: `Succeeded at ${ok.at.role} ${ok.at.sha.slice(0, 7)}: ${ok.r.detail}.`,
          data: { sha: ok.at.sha, url: ok.r.url ?? null, required_by: req.from }
        }
      }
      const head = results[0]
      const where = results.map(x => `${x.at.role} ${x.at.sha.slice(0, 7)}: ${x.r.detail}`).join('; ')
      const running = results.find(x => x.r.outcome === 'running')
      const failed = results.find(x => x.r.outcome === 'failed')
      const unknown = results.find(x => x.r.outcome === 'unknown')
      if (running) {
        return {
          status: 'fail',
          subject: req.context,
          message: `Still running (${where}); re-run the gate when it completes.`,
          remedy: 'Wait for the check to complete, then re-run this job.',
          data: { required_by: req.from }
        }
      }
      if (failed) {
        return { status: 'fail', subject: req.context, message: `Did not succeed (${where}).`, data: { required_by: req.from, url: failed.r.url ?? null } }
      }
      if (unknown) {
        return { status: 'not_verified', subject: req.context, message: `Result unknown (${where}).`, data: { required_by: req.from } }
      }
      return {
        status: 'fail',
        subject: req.context,
        message: `Required check${pin} never reported at ${results.map(x => `${x.at.role} ${x.at.sha.slice(0, 7)}`).join(' or ')}.`,
        remedy: `Make sure the workflow or app that reports "${req.context}" runs on this commit (check its triggers and path filters; a skipped workflow reports nothing).`,
        data: { required_by: req.from, sha: head.at.sha }
      }
    })
    const failed = findings.filter(f => f.status === 'fail')
    const unknown = findings.filter(f => f.status === 'not_verified')
    const note = excluded.length ? ` The gate's own check (${excluded.join(', ')}) is excluded.` : ''
    if (failed.length > 0) {
      const running = failed.filter(f => f.message.startsWith('Still running'))
      return {
        status: 'fail',
        reason: `${failed.length} of ${findings.length} required check(s) did not succeed: ${failed.map(f => f.subject).join(', ')}.${running.length ? ` ${running.map(f => f.subject).join(', ')} still running; re-run when it completes.` : ''}${note}`,
        evidence: EVIDENCE,
        findings
      }
    }
    const policyListed = (params.checks ?? []).length > 0
    // With the workflow token classic protection is never readable (issue 11: it counts "when readable"):
    // when the rulesets were read and name required checks, those decide, and the gap is stated.
    const rulesDecide = rules?.state === 'complete' && required.some(r => r.from.includes('ruleset'))
    if (unknown.length > 0 || (unknownSources.length > 0 && !policyListed && !rulesDecide)) {
      const sourceGap = unknown.length === 0
      return {
        status: 'not_verified',
        reason: sourceGap
          ? `The ${findings.length} known required check(s) succeeded, but further required checks may exist: ${unknownSources.join('; ')}.${note}`
          : `Results of ${unknown.map(f => f.subject).join(', ')} could not be fully read.${note}`,
        remedy: sourceGap
          ? `${classic?.missing?.remedy ?? rules?.missing?.remedy ?? CLASSIC_PROTECTION_REMEDY}. Or list every required check in the policy's \`checks\`.`
          : (group?.missing?.remedy ?? 'Give the token `checks: read` and `statuses: read`, then re-run.'),
        evidence: EVIDENCE,
        findings
      }
    }
    return {
      status: 'pass',
      reason:
        `All ${findings.length} required check(s) succeeded: ${findings.map(f => f.subject).join(', ')}.${note}` +
        (unknownSources.length
          ? ` Judged against ${policyListed ? "the policy's list and " : ''}the rulesets, since ${unknownSources.join('; ')}; a check required only there is not known.`
          : ''),
      evidence: EVIDENCE,
      findings
    }
  }
})

/**
 * When the required set cannot be known (classic protection unreadable, no ruleset or policy naming
 * checks), judge every check reported at the head instead: all succeeded → pass (stricter than what is
 * required); any failed or still running → not verified, since whether it is required is unknown.
 * Nothing reported → null (the caller says not verified).
 */
function judgeEveryReported(at: ChecksAtSha[], self: Set<string>): Omit<Outcome, 'evidence'> | null {
  const head = at.find(a => a.role === 'head') ?? at[0]
  if (!head || head.check_runs.state !== 'complete' || head.statuses.state !== 'complete') return null
  const names = new Set<string>()
  for (const r of head.check_runs.value ?? []) if (!self.has(r.name)) names.add(r.name)
  for (const st of head.statuses.value ?? []) if (!self.has(st.context)) names.add(st.context)
  if (names.size === 0) return null
  const findings: Finding[] = [...names].sort().map(name => {
    const r = resultAt(head, { context: name, integration_id: null })
    const status = r.outcome === 'success' ? 'pass' : 'not_verified'
    return {
      status,
      subject: name,
      message: `Reported at head ${head.sha.slice(0, 7)}: ${r.detail}${status === 'pass' ? '' : '; whether it is required is unknown'}.`
    }
  })
  const open = findings.filter(f => f.status !== 'pass')
  if (open.length === 0) return { status: 'pass', reason: `All ${findings.length} check(s) reported at the head succeeded.`, findings }
  return { status: 'not_verified', reason: `${open.length} reported check(s) did not succeed: ${open.map(f => f.subject).join(', ')}.`, findings }
}
