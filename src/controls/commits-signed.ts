/**
 * commits.signed: every commit of the pull request carries a signature GitHub verified.
 *
 * On when the policy says `required: true` or the branch rules (a ruleset's required_signatures or classic
 * protection's) require signed commits; otherwise not_applicable. When the policy does not require it and
 * classic protection is unreadable, whether signatures are required is unknown: all-verified commits pass
 * either way, unverified ones give not_verified.
 */
import type { Finding } from '../model/verdict.js'
import { defineControl, type Outcome } from './types.js'
import { BRANCH_RULES_KEY, CLASSIC_PROTECTION_REMEDY, branchRulesOf } from '../model/facts/branch-rules.js'
import { noPullRequest } from './lib/reviews.js'

export interface CommitsSignedParams {
  required: boolean
}

type Requirement = { required: true; by: string } | { required: false; why: string } | { required: 'unknown'; why: string; remedy: string }

function requirement(record: Parameters<typeof branchRulesOf>[0], params: CommitsSignedParams): Requirement {
  if (params.required) return { required: true, by: 'the policy (`required: true`)' }
  const facts = branchRulesOf(record)
  if (facts?.rules.value?.required_signatures) return { required: true, by: 'an active ruleset (required_signatures)' }
  const classic = facts?.classic.value
  if (classic?.protected && classic.required_signatures) return { required: true, by: 'classic branch protection (required_signatures)' }
  const rulesKnown = facts?.rules.state === 'complete'
  if (rulesKnown && classic) return { required: false, why: 'neither the policy nor the branch rules require signed commits' }
  const gaps = [
    !rulesKnown ? `rulesets ${facts?.rules.state ?? 'not read'}` : null,
    !classic ? `classic protection unreadable${facts?.classic.missing ? ` (${facts.classic.missing.reason})` : ''}` : null
  ].filter(Boolean)
  return {
    required: 'unknown',
    why: `the policy does not require signed commits and whether the branch rules do is unknown: ${gaps.join('; ')}`,
    remedy: facts?.classic.missing?.remedy ?? facts?.rules.missing?.remedy ?? CLASSIC_PROTECTION_REMEDY
  }
}

export const control = defineControl<CommitsSignedParams>({
  meta: {
    id: 'commits.signed',
    needs: ['branch_rules'],
    title: 'Signed commits',
    question: 'Does every commit of the change carry a signature GitHub verified, where signatures are required?',
    rationale:
      'A verified signature ties each commit to a key its author controls, so authorship recorded as evidence ' +
      'cannot be forged by setting a name and e-mail. Required when the branch rules say so or the policy asks.',
    defaults: { required: false },
    paramsSchema: {
      required: {
        type: 'boolean',
        default: false,
        description:
          'Require verified signatures on every commit even when the branch rules do not (they switch this on by themselves when they require signed commits).'
      }
    },
    remedy:
      "Sign the commits (git commit -S with a GPG, SSH or S/MIME key added to the author's GitHub account, matching the commit e-mail), then force-push the re-signed branch."
  },

  evaluate(record, params): Outcome {
    if (noPullRequest(record)) {
      return { status: 'not_applicable', reason: 'No pull request is under judgement (direct push).' }
    }
    const req = requirement(record, params)
    if (req.required === false) {
      return { status: 'not_applicable', reason: `Signed commits are not required: ${req.why}.`, evidence: [`/facts/${BRANCH_RULES_KEY}`] }
    }
    const commits = record.commits.value
    if (!commits) {
      return {
        status: 'not_verified',
        reason: `The PR's commits are ${record.commits.state}${record.commits.missing ? `: ${record.commits.missing.reason}` : ''}, so their signatures cannot be checked.`,
        remedy: record.commits.missing?.remedy ?? 'Give the token `pull-requests: read` and `contents: read`, then re-run.',
        evidence: ['/commits']
      }
    }
    const findings: Finding[] = commits.map((c, i) => {
      const short = c.sha.slice(0, 7)
      const who = c.author.login ?? c.author.name ?? c.author.email ?? 'unknown author'
      if (!c.verification) {
        return { status: 'not_verified', subject: c.sha, message: `${short} by ${who}: GitHub's verification result is missing.` }
      }
      if (c.verification.verified) {
        return { status: 'pass', subject: c.sha, message: `${short} by ${who}: signature verified (${c.verification.reason}).` }
      }
      return {
        status: 'fail',
        subject: c.sha,
        message: `${short} by ${who}: not verified (${c.verification.reason}).`,
        data: { reason: c.verification.reason, index: i }
      }
    })
    const evidence = ['/commits', `/facts/${BRANCH_RULES_KEY}`]
    const bad = findings.filter(f => f.status === 'fail')
    const unknown = findings.filter(f => f.status === 'not_verified')
    const partial = record.commits.state !== 'complete'
    const requiredBy = req.required === true ? ` (required by ${req.by})` : ''
    if (bad.length > 0 && req.required === true) {
      return {
        status: 'fail',
        reason: `${bad.length} of ${commits.length} commit(s) have no verified signature${requiredBy}: ${bad.map(f => `${f.subject.slice(0, 7)} (${String(f.data?.reason)})`).join(', ')}.`,
        evidence,
        findings
      }
    }
    if (bad.length > 0) {
      // Requirement unknown.
      return {
        status: 'not_verified',
        reason: `${bad.length} of ${commits.length} commit(s) have no verified signature, and ${req.required === 'unknown' ? req.why : ''}.`,
        remedy: req.required === 'unknown' ? `${req.remedy}. Or set \`required: true\` in the policy to always require signatures.` : undefined,
        evidence,
        findings,
        // Only whether signatures are required is unknown (the workflow token cannot read classic
        // protection): warn rather than block every unsigned change. Known requirements still block.
        ...(req.required === 'unknown' ? { notVerifiedEscalation: 'warn' as const } : {})
      }
    }
    if (unknown.length > 0 || partial) {
      return {
        status: 'not_verified',
        reason: partial
          ? `Only ${commits.length} commit(s) were read (${record.commits.missing?.reason ?? record.commits.state}); the rest cannot be checked.`
          : `GitHub's verification is missing for ${unknown.map(f => f.subject.slice(0, 7)).join(', ')}.`,
        remedy: record.commits.missing?.remedy ?? 'Re-run so the commits are read with their verification.',
        evidence,
        findings,
        ...(req.required === 'unknown' ? { notVerifiedEscalation: 'warn' as const } : {})
      }
    }
    return {
      status: 'pass',
      reason: `All ${commits.length} commit(s) carry a verified signature${requiredBy}${req.required === 'unknown' ? ` (${req.why})` : ''}.`,
      evidence,
      findings
    }
  }
})
