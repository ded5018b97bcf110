/**
 * review.codeowners: every changed file that has code owners was approved by one of its owners.
 * Facts: record.facts.codeowners (src/collect/codeowners.ts, shape in src/model/facts/codeowners.ts).
 */
import type { ChangeRecord } from '../model/record.js'
import type { Finding, VerdictStatus } from '../model/verdict.js'
import { defineControl, type Outcome } from './types.js'
import { compileRules, matchingRule, type CompiledRules } from '../codeowners/match.js'
import { parseOwner } from '../codeowners/parse.js'
import { teamKey, type CodeownersFacts } from '../model/facts/codeowners.js'
import {
  headSha,
  loginForEmail,
  noPullRequest,
  permissionOf,
  permissionQualifies,
  permissionsRemedy,
  reviewerStates,
  reviewsAtMerge,
  reviewsProblem,
  sameLogin
} from './lib/reviews.js'

export interface CodeownersParams {
  'require-head-commit': boolean
  'fail-on-syntax-error': boolean
  'on-team-membership-unreadable': 'fail' | 'warn'
}

const TEAM_REMEDY =
  'the workflow GITHUB_TOKEN can never read organisation team membership; pass a GitHub App token or a PAT with `read:org` (Organization → Members: read) as github-token'

interface OwnerOutcome {
  status: 'satisfied' | 'unsatisfied' | 'unknown' | 'ignored'
  note: string
  remedy?: string
  /** Set when the owner could not be judged only because team facts are unreadable. */
  teamUnreadable?: boolean
}

export const control = defineControl<CodeownersParams>({
  meta: {
    id: 'review.codeowners',
    needs: ['codeowners'],
    title: 'Code-owner approval',
    question: 'Was every changed file that has code owners approved by one of its owners?',
    rationale:
      "CODEOWNERS assigns accountability for parts of the code base. Requiring an owner's approval for the files " +
      'they own ensures that changes to sensitive areas (deployment, security, infrastructure) are authorised by ' +
      'the people responsible for them. GitHub reads CODEOWNERS from the base branch, so a pull request cannot ' +
      'change its own owners.',
    defaults: { 'require-head-commit': true, 'fail-on-syntax-error': true, 'on-team-membership-unreadable': 'warn' },
    paramsSchema: {
      'require-head-commit': {
        type: 'boolean',
        default: true,
        description: 'Count only owner approvals of the PR head commit; an approval of an earlier commit (or with no commit_id) is stale.'
      },
      'fail-on-syntax-error': {
        type: 'boolean',
        default: true,
        description: 'Fail when the CODEOWNERS file on the base branch has invalid lines (GitHub skips them, so the intended owners are not enforced).'
      },
      'on-team-membership-unreadable': {
        enum: ['fail', 'warn'],
        default: 'warn',
        description:
          'When the only thing left unverified is team membership (which the workflow GITHUB_TOKEN can never read), warn instead of applying on-not-verified. The verdict stays not verified and its remedy names the token to use.'
      }
    },
    remedy: 'Ask a code owner of each listed file (see CODEOWNERS on the base branch) to approve the head commit.'
  },

  evaluate(record, params): Outcome {
    if (noPullRequest(record)) {
      return { status: 'not_applicable', reason: 'No pull request is under judgement (direct push); review controls do not apply.' }
    }
    const group = record.facts.codeowners
    if (!group || !group.value) {
      return {
        status: 'not_verified',
        reason: `CODEOWNERS could not be read: ${group?.missing?.reason ?? 'the codeowners facts were not collected'}.`,
        remedy: group?.missing?.remedy ?? 'Enable the codeowners collector (it runs when review.codeowners is enabled) and re-run.',
        evidence: ['/facts/codeowners']
      }
    }
    const facts = group.value
    if (!facts.file) {
      return {
        status: 'not_applicable',
        reason: 'The base branch has no CODEOWNERS file (.github/CODEOWNERS, CODEOWNERS or docs/CODEOWNERS).',
        evidence: ['/facts/codeowners/value/file']
      }
    }
    const codeownersFile = facts.file
    const findings: Finding[] = []
    const evidence = ['/facts/codeowners', '/files', '/reviews', '/permissions', '/subject/head_sha']

    for (const err of codeownersFile.errors) {
      findings.push({
        status: params['fail-on-syntax-error'] ? 'fail' : 'not_applicable',
        subject: codeownersFile.path,
        message: `CODEOWNERS line ${err.line}: ${err.message}`,
        location: { path: codeownersFile.path, line: err.line },
        rule: 'codeowners-syntax',
        severity: params['fail-on-syntax-error'] ? 'high' : 'info',
        remedy: `Fix line ${err.line} of ${codeownersFile.path} on the base branch.`
      })
    }

    const problem = reviewsProblem(record)
    if (problem) {
      return {
        status: findings.some(f => f.status === 'fail') ? 'fail' : 'not_verified',
        reason: `Owner approvals cannot be judged: ${problem.reason}.`,
        remedy: problem.remedy,
        evidence,
        findings
      }
    }
    const files = record.files.value
    if (!files) {
      return {
        status: findings.some(f => f.status === 'fail') ? 'fail' : 'not_verified',
        reason: `The changed files are ${record.files.state}${record.files.missing ? `: ${record.files.missing.reason}` : ''}.`,
        remedy: record.files.missing?.remedy ?? 'Give the token `pull-requests: read` so the PR files can be listed.',
        evidence,
        findings
      }
    }

    const approvers = ownerApprovers(record, params['require-head-commit'])
    const compiled = compileRules(codeownersFile.rules)
    let owned = 0
    for (const f of files) {
      const paths = f.previous_path && f.previous_path !== f.path ? [f.path, f.previous_path] : [f.path]
      const finding = judgeFile(record, facts, compiled, paths, approvers)
      if (finding) {
        owned++
        findings.push(finding)
      }
    }

    const syntaxFails = findings.filter(x => x.status === 'fail' && x.rule === 'codeowners-syntax')
    const fails = findings.filter(x => x.status === 'fail' && x.rule !== 'codeowners-syntax')
    const unknown = findings.filter(x => x.status === 'not_verified')
    const truncated = record.files.state === 'partial'
    const summary = `${owned} of ${files.length} changed file${files.length === 1 ? '' : 's'} have code owners (${codeownersFile.path} at ${codeownersFile.ref.slice(0, 12)})`
    if (fails.length > 0 || syntaxFails.length > 0) {
      const parts = [
        ...(fails.length ? [`${fails.length} without an owner's approval: ${fails.map(x => x.subject).join(', ')}`] : []),
        ...(syntaxFails.length
          ? [
              `${codeownersFile.path} has ${syntaxFails.length} invalid line${syntaxFails.length === 1 ? '' : 's'} (${syntaxFails.map(x => x.location?.line).join(', ')}) that GitHub skips`
            ]
          : [])
      ]
      return {
        status: 'fail',
        reason: `${summary}; ${parts.join('; ')}.`,
        evidence,
        findings
      }
    }
    if (unknown.length > 0 || truncated) {
      const remedies = [...new Set(unknown.map(x => x.remedy).filter((r): r is string => !!r))]
      return {
        status: 'not_verified',
        reason:
          `${summary}; ` +
          (unknown.length ? `owner approval could not be confirmed for ${unknown.map(x => x.subject).join(', ')}` : 'no file failed') +
          (truncated ? `; the changed-file list is incomplete (${record.files.missing?.reason ?? 'partial'})` : '') +
          '.',
        remedy: [...remedies, ...(truncated ? [record.files.missing?.remedy ?? 'Judge the full file list from a checkout.'] : [])].join(' ') || undefined,
        evidence,
        findings,
        ...(!truncated && params['on-team-membership-unreadable'] === 'warn' && unknown.every(x => x.data?.team_membership_unreadable === true)
          ? { notVerifiedEscalation: 'warn' as const }
          : {})
      }
    }
    return {
      status: 'pass',
      reason: owned === 0 ? `${summary}; no owner approval is needed.` : `${summary}; each was approved by an owner.`,
      evidence,
      findings
    }
  }
})

interface Approver {
  login: string
  /** Write-level permission of the approver, as far as the record knows. */
  writes: 'yes' | 'no' | 'unknown'
}

/** Reviewers whose latest decisive review approves (the head commit when required), excluding the PR author. */
function ownerApprovers(record: ChangeRecord, requireHead: boolean): Approver[] {
  const head = headSha(record)
  const author = record.pull_request.value?.author.login ?? null
  return reviewerStates(reviewsAtMerge(record))
    .filter(s => s.state === 'APPROVED' && !sameLogin(s.login, author))
    .filter(s => !requireHead || (s.review?.commit_id && s.review.commit_id === head))
    .map(s => ({ login: s.login, writes: permissionQualifies(permissionOf(record, s.login)) }))
}

function judgeUser(record: ChangeRecord, login: string, approvers: Approver[], via: string): OwnerOutcome {
  const a = approvers.find(x => sameLogin(x.login, login))
  if (!a) return { status: 'unsatisfied', note: `${via} has not approved the head commit` }
  if (a.writes === 'yes') return { status: 'satisfied', note: `${via} approved` }
  if (a.writes === 'no') return { status: 'ignored', note: `${via} approved but lacks write access, so GitHub ignores them as an owner` }
  return { status: 'unknown', note: `${via} approved but their repository permission is unknown`, remedy: permissionsRemedy(record) }
}

function judgeOwner(record: ChangeRecord, facts: CodeownersFacts, owner: string, approvers: Approver[]): OwnerOutcome {
  const ref = parseOwner(owner)
  if (!ref) return { status: 'ignored', note: `${owner} is not a valid owner` }
  if (ref.kind === 'user') return judgeUser(record, ref.login, approvers, owner)
  if (ref.kind === 'email') {
    const login = loginForEmail(record, ref.email)
    if (!login) {
      return {
        status: 'unknown',
        note: `${owner} cannot be resolved to a GitHub account from the record`,
        remedy: `Name the owner by @username in CODEOWNERS instead of ${owner}.`
      }
    }
    return judgeUser(record, login, approvers, `${owner} (@${login})`)
  }
  const key = teamKey(ref.org, ref.slug)
  const team = facts.teams[key]
  if (!team) {
    return { status: 'unknown', note: `facts for ${owner} were not collected`, remedy: TEAM_REMEDY, teamUnreadable: true }
  }
  if (team.not_needed) return { status: 'unsatisfied', note: `no approval by a member of ${owner} could decide this file (not looked up)` }
  if (team.has_write === false) {
    return { status: 'ignored', note: `${owner} has no write access to the repository, so GitHub ignores it as an owner` }
  }
  if (team.members) {
    const member = approvers.find(a => team.members!.some(m => sameLogin(m, a.login)))
    if (member && team.has_write === true) return { status: 'satisfied', note: `${member.login} (member of ${owner}) approved` }
    if (member) {
      return {
        status: 'unknown',
        note: `${member.login} (member of ${owner}) approved, but the team's write access is unknown${team.missing ? ` (${team.missing.reason})` : ''}`,
        remedy: team.missing?.remedy ?? TEAM_REMEDY,
        teamUnreadable: true
      }
    }
    return { status: 'unsatisfied', note: `no member of ${owner} has approved the head commit` }
  }
  return {
    status: 'unknown',
    note: `membership of ${owner} is unreadable${team.missing ? ` (${team.missing.reason})` : ''}`,
    remedy: team.missing?.remedy ?? TEAM_REMEDY,
    teamUnreadable: true
  }
}

/** A finding for a file with owners, or null when none of its paths has owners. */
function judgeFile(record: ChangeRecord, facts: CodeownersFacts, compiled: CompiledRules, paths: string[], approvers: Approver[]): Finding | null {
  const subject = paths[0]
  const perPath: { path: string; line: number; owners: string[]; status: VerdictStatus; notes: string[]; remedy?: string; teamOnly?: boolean }[] = []
  for (const path of paths) {
    const rule = matchingRule(compiled, path)
    if (!rule || rule.owners.length === 0) continue
    const outcomes = rule.owners.map(o => judgeOwner(record, facts, o, approvers))
    const notes = outcomes.map(o => o.note)
    let status: VerdictStatus
    let remedy: string | undefined
    let teamOnly: boolean | undefined
    if (outcomes.some(o => o.status === 'satisfied')) status = 'pass'
    else if (outcomes.some(o => o.status === 'unknown')) {
      status = 'not_verified'
      remedy = outcomes.find(o => o.status === 'unknown')?.remedy
      teamOnly = outcomes.filter(o => o.status === 'unknown').every(o => o.teamUnreadable)
    } else status = 'fail'
    if (status === 'fail' && outcomes.every(o => o.status === 'ignored')) {
      notes.push('no listed owner can approve; fix CODEOWNERS so that this path has an owner with write access')
    }
    perPath.push({ path, line: rule.line, owners: rule.owners, status, notes, remedy, teamOnly })
  }
  if (perPath.length === 0) return null
  const status: VerdictStatus = perPath.some(p => p.status === 'fail') ? 'fail' : perPath.some(p => p.status === 'not_verified') ? 'not_verified' : 'pass'
  const describe = (p: (typeof perPath)[number]) =>
    `${p.path !== subject ? `previous path ${p.path}: ` : ''}owners ${p.owners.join(' ')} (CODEOWNERS line ${p.line}): ${p.notes.join('; ')}`
  return {
    status,
    subject,
    message: perPath.map(describe).join('. ') + '.',
    location: { path: subject },
    remedy: status === 'not_verified' ? perPath.find(p => p.remedy)?.remedy : undefined,
    data: {
      owners: perPath.map(p => ({ path: p.path, line: p.line, owners: p.owners, status: p.status })),
      ...(status === 'not_verified' ? { team_membership_unreadable: perPath.filter(p => p.status === 'not_verified').every(p => p.teamOnly) } : {})
    }
  }
}
