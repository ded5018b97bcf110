/**
 * change.emergency: an emergency change (PR labelled with the policy's label) may skip the listed review
 * controls, but must get an independent retrospective approval within `retro-approval-hours` of its merge.
 *
 * The waiver itself is applied by the engine through `emergencyWaiver()`; this control judges the
 * retrospective approval. "Now" is the record's `collected_at`, so a re-run of the audit from record.json
 * gives the same verdict.
 */
import type { ChangeRecord } from '../model/record.js'
import type { Finding } from '../model/verdict.js'
import { defineControl, type Outcome } from './types.js'
import { DISQUALIFICATION_TEXT, contributors, judgeApproval, reviewerStates, reviewsProblem } from './lib/reviews.js'

export interface EmergencyParams {
  label: string
  waives: string[]
  'retro-approval-hours': number
}

export const EMERGENCY_DEFAULTS: EmergencyParams = {
  label: 'emergency-change',
  waives: ['review.approvals', 'review.last-push', 'review.codeowners'],
  'retro-approval-hours': 72
}

export interface EmergencyWaiver {
  /** True when the PR under judgement carries the emergency label. */
  active: boolean
  label: string
  /** Control ids the engine turns into `pass` with `waived` set, when active. */
  waives: string[]
}

/**
 * Pure: does the emergency waiver apply to this record? The engine calls this with change.emergency's
 * resolved params (missing keys take the defaults) and, when active, sets the listed controls' verdicts to
 * pass with `waived: { by: 'change.emergency', reason: … }`. Label comparison is case-insensitive, as
 * GitHub label names are.
 */
export function emergencyWaiver(record: ChangeRecord, params: Partial<EmergencyParams> = {}): EmergencyWaiver {
  const label = params.label ?? EMERGENCY_DEFAULTS.label
  const waives = [...(params.waives ?? EMERGENCY_DEFAULTS.waives)]
  const labels = record.pull_request.value?.labels ?? []
  const active = !!label && labels.some(l => l.toLowerCase() === label.toLowerCase())
  return { active, label, waives }
}

const EVIDENCE = ['/pull_request/value/labels', '/pull_request/value/merged_at', '/reviews', '/permissions']

export const control = defineControl<EmergencyParams>({
  meta: {
    id: 'change.emergency',
    needs: [],
    title: 'Emergency change',
    question: 'If this is an emergency change, was it approved by someone independent within the window after merge?',
    rationale:
      'Emergency changes may bypass the normal pre-merge review to restore service, but change management still ' +
      'requires that they are recorded as such and authorised retrospectively within a set time. The label makes ' +
      'the emergency explicit in the evidence; the waived controls are reported as waived, not silently passed.',
    defaults: EMERGENCY_DEFAULTS,
    paramsSchema: {
      label: { type: 'string', minLength: 1, default: 'emergency-change', description: 'PR label that marks an emergency change.' },
      waives: {
        type: 'array',
        items: { type: 'string', minLength: 1 },
        default: ['review.approvals', 'review.last-push', 'review.codeowners'],
        description: 'Control ids waived (reported as pass with `waived`) while the label is on the PR.'
      },
      'retro-approval-hours': {
        type: 'number',
        exclusiveMinimum: 0,
        default: 72,
        description: 'Hours after merge within which an independent approval (a review submitted after the merge) is required.'
      }
    },
    remedy:
      'Have a reviewer with write access who did not author the change approve the merged pull request (Files changed → Review changes → Approve) within the retrospective window.'
  },

  evaluate(record, params): Outcome {
    const pr = record.pull_request
    if (!pr.value) {
      if (pr.state === 'not_collected') return { status: 'not_applicable', reason: 'No pull request is under judgement.' }
      return {
        status: 'not_verified',
        reason: `The pull request could not be read, so its labels are unknown: ${pr.missing?.reason ?? pr.state}.`,
        remedy: pr.missing?.remedy ?? 'Give the token `pull-requests: read`, then re-run.',
        evidence: ['/pull_request']
      }
    }
    const waiver = emergencyWaiver(record, params)
    if (!waiver.active) return { status: 'not_applicable', reason: `Not an emergency change (no "${waiver.label}" label).` }
    const hours = params['retro-approval-hours'] ?? EMERGENCY_DEFAULTS['retro-approval-hours']
    const waivedText = waiver.waives.length ? `waives ${waiver.waives.join(', ')}` : 'waives no control'
    const info: Finding = {
      status: 'pass',
      subject: 'emergency',
      message: `Emergency change: labelled "${waiver.label}"; ${waivedText}.`,
      data: { label: waiver.label, waives: waiver.waives }
    }
    const p = pr.value
    if (!p.merged) {
      if (p.state === 'closed') return { status: 'not_applicable', reason: `Emergency-labelled PR #${p.number} was closed without merging.`, findings: [info] }
      return {
        status: 'pass',
        reason: `Emergency change (label "${waiver.label}", ${waivedText}): retrospective approval due within ${hours} h of merge.`,
        evidence: EVIDENCE,
        findings: [info]
      }
    }
    const mergedAt = p.merged_at ? Date.parse(p.merged_at) : NaN
    if (Number.isNaN(mergedAt)) {
      return {
        status: 'not_verified',
        reason: 'The emergency PR is merged but its merge time is unknown, so the retrospective window cannot be placed.',
        remedy: 'Re-run so the pull request is read in full.',
        evidence: EVIDENCE,
        findings: [info]
      }
    }
    const deadline = mergedAt + hours * 3_600_000
    const deadlineIso = new Date(deadline).toISOString()
    const problem = reviewsProblem(record)
    if (problem) {
      return {
        status: 'not_verified',
        reason: `Retrospective approval cannot be checked: ${problem.reason}.`,
        remedy: problem.remedy,
        evidence: EVIDENCE,
        findings: [info]
      }
    }
    const who = contributors(record)
    const findings: Finding[] = [info]
    let unknownCount = 0
    let qualifying: string | null = null
    for (const s of reviewerStates(record.reviews.value ?? [])) {
      if (s.state !== 'APPROVED' || !s.review?.submitted_at) continue
      const at = Date.parse(s.review.submitted_at)
      if (!(at > mergedAt)) continue // approvals before the merge are the normal review, waived here
      if (at > deadline) {
        findings.push({
          status: 'fail',
          subject: s.login,
          message: `${s.login} approved at ${s.review.submitted_at}, after the window closed at ${deadlineIso}.`
        })
        continue
      }
      const j = judgeApproval(record, s, who, { requireHeadCommit: false, excludeBots: true })
      if (j.counts === 'yes') {
        qualifying ??= s.login
        findings.push({ status: 'pass', subject: s.login, message: `${s.login} approved retrospectively at ${s.review.submitted_at}.` })
      } else if (j.counts === 'no') {
        findings.push({
          status: 'fail',
          subject: s.login,
          message: `${s.login}'s retrospective approval does not count: ${j.reasons.map(r => DISQUALIFICATION_TEXT[r]).join('; ')}.`
        })
      } else {
        unknownCount++
        findings.push({ status: 'not_verified', subject: s.login, message: `${s.login}'s retrospective approval may not count: ${j.unknown.join('; ')}.` })
      }
    }
    if (qualifying) {
      return {
        status: 'pass',
        reason: `Emergency change merged at ${p.merged_at}; ${qualifying} approved it retrospectively within ${hours} h.`,
        evidence: EVIDENCE,
        findings
      }
    }
    if (unknownCount > 0) {
      return {
        status: 'not_verified',
        reason: `Emergency change merged at ${p.merged_at}: a retrospective approval exists but whether it is independent and by someone with write access is unknown.`,
        remedy: "Let the token read the approver's repository permission and the PR's commits, then re-run.",
        evidence: EVIDENCE,
        findings
      }
    }
    const now = Date.parse(record.collected_at)
    if (now > deadline) {
      return {
        status: 'fail',
        reason: `Emergency change merged at ${p.merged_at} got no independent retrospective approval within ${hours} h (window closed ${deadlineIso}).`,
        evidence: EVIDENCE,
        findings
      }
    }
    return {
      status: 'not_verified',
      reason: `Retrospective approval due by ${deadlineIso} (emergency change merged at ${p.merged_at}; no independent approval after the merge yet).`,
      remedy: `Get an independent approval on PR #${p.number} before ${deadlineIso}, then re-run the audit.`,
      evidence: EVIDENCE,
      findings
    }
  }
})
