/**
 * ai.change-governance: changes to an AI system (ISO/IEC 42001 A.6.2) carry what the policy requires —
 * a label, approval by a named reviewer group, an updated model card / impact assessment, a linked evaluation.
 *
 * An AI change is one whose changed paths (or a rename's previous path) match `paths`. Each requirement the
 * policy turns on becomes one finding; the verdict fails if any finding fails, is not verified if any cannot be
 * judged (e.g. team membership unreadable), and passes otherwise. Evaluation is pure over the record:
 * files, labels and body from the PR, approvals from record.reviews + record.permissions, team members from
 * record.facts.ai (src/collect/ai.ts).
 */
import type { Finding } from '../model/verdict.js'
import { aiFactsOf } from '../model/facts/ai.js'
import { defineControl, type Outcome } from './types.js'
import {
  contributors,
  judgeApproval,
  noPullRequest,
  permissionsRemedy,
  reviewerStates,
  reviewsAtMerge,
  reviewsProblem,
  sameLogin,
  type Tri
} from './lib/reviews.js'
import { matchingPaths, parseTeam, updatedPaths } from './lib/ai-paths.js'
import { stripComments } from './change-ticket.js'

export interface AiChangeParams {
  paths: string[]
  'require-label': string | null
  reviewers: { teams?: string[]; users?: string[] }
  'min-approvals': number
  'require-documentation': boolean
  'documentation-paths': string[]
  'require-evaluation': boolean
  'evaluation-link-prefixes': string[]
  'evaluation-result-paths': string[]
}

export const AI_PATH_DEFAULTS = [
  'models/**',
  'model/**',
  'prompts/**',
  '**/*.prompt',
  '**/*.prompty',
  '**/*.ipynb',
  'training/**',
  'train/**',
  'evals/**',
  'eval/**',
  'evaluation/**',
  'datasets/**',
  'data/**/*manifest*.{json,yaml,yml}',
  '**/dataset*.{json,yaml,yml}',
  '**/*.{safetensors,onnx,gguf,pt,pth,h5,pkl,joblib}',
  '**/{MODEL_CARD,model_card,model-card,MODEL-CARD}.md'
]

export const DOCUMENTATION_DEFAULTS = [
  '**/{MODEL_CARD,model_card,model-card,MODEL-CARD}.md',
  '**/*{impact-assessment,impact_assessment,IMPACT_ASSESSMENT,aia}*.md',
  'docs/ai/**'
]

export const EVAL_RESULT_DEFAULTS = ['**/eval-results/**', '**/eval_results/**', '**/evals/results/**', '**/*.eval.json']

/** Links in free text (http/https up to whitespace or a closing bracket/quote). Linear. */
const URL_RE = /https?:\/\/[^\s)<>\]"'`]+/g

const EVIDENCE = ['/files', '/pull_request/value/labels', '/pull_request/value/body', '/reviews', '/permissions', '/facts/ai']

export const control = defineControl<AiChangeParams>({
  meta: {
    id: 'ai.change-governance',
    needs: ['ai'],
    title: 'AI-system change governance',
    question:
      'Does a change to an AI system (models, prompts, notebooks, training/evaluation configs, dataset manifests, model cards) carry the label, approvals, documentation and evaluation the policy requires?',
    rationale:
      'ISO/IEC 42001 expects AI-system changes to be verified and validated, documented and deployed under defined responsibility. ' +
      'A change is an AI-system change when a changed path matches `paths`. For it, the policy can require a label, approvals by a ' +
      'named reviewer group (org teams or users; the approvals must meet the same rules as review.approvals), an updated model card ' +
      'or impact assessment in the same change, and an evaluation result: a link in the PR body starting with one of ' +
      '`evaluation-link-prefixes`, or an added/modified file matching `evaluation-result-paths`. Team membership that cannot be read ' +
      'leaves the approval not verified, never passed.',
    defaults: {
      paths: AI_PATH_DEFAULTS,
      'require-label': null,
      reviewers: { teams: [], users: [] },
      'min-approvals': 1,
      'require-documentation': false,
      'documentation-paths': DOCUMENTATION_DEFAULTS,
      'require-evaluation': false,
      'evaluation-link-prefixes': [],
      'evaluation-result-paths': EVAL_RESULT_DEFAULTS
    },
    paramsSchema: {
      paths: {
        type: 'array',
        items: { type: 'string', minLength: 1 },
        minItems: 1,
        description: 'Globs (minimatch, dot: true) of paths that belong to an AI system; a change touching one is an AI-system change.'
      },
      'require-label': {
        type: ['string', 'null'],
        minLength: 1,
        default: null,
        description: 'A label the PR must carry when it is an AI-system change (compared case-insensitively, as GitHub does); null: none.'
      },
      reviewers: {
        type: 'object',
        additionalProperties: false,
        properties: {
          teams: {
            type: 'array',
            items: { type: 'string', pattern: '^@?[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9][A-Za-z0-9._-]*$' },
            description: 'Teams as `org/team-slug`.'
          },
          users: { type: 'array', items: { type: 'string', pattern: '^@?[A-Za-z0-9][A-Za-z0-9-]*(\\[bot\\])?$' }, description: 'GitHub logins.' }
        },
        default: { teams: [], users: [] },
        description:
          'Named reviewer group: AI-system changes need `min-approvals` qualifying approvals from members of these teams or these users. Empty: no group approval required. Reading team members needs a token with read:org.'
      },
      'min-approvals': { type: 'integer', minimum: 1, default: 1, description: 'Approvals required from the reviewer group.' },
      'require-documentation': {
        type: 'boolean',
        default: false,
        description: 'Require the same change to add or modify a file matching `documentation-paths` (model card, impact assessment).'
      },
      'documentation-paths': { type: 'array', items: { type: 'string', minLength: 1 }, description: 'Globs of model-card / impact-assessment documents.' },
      'require-evaluation': {
        type: 'boolean',
        default: false,
        description:
          'Require a linked evaluation result: a URL in the PR body (outside HTML comments) starting with one of `evaluation-link-prefixes`, or an added/modified file matching `evaluation-result-paths`.'
      },
      'evaluation-link-prefixes': {
        type: 'array',
        items: { type: 'string', pattern: '^https?://[^/\\s]+/\\S*$' },
        description: 'URL prefixes of evaluation runs (e.g. `https://wandb.ai/acme/evals/`); the host must end with `/` so no other host matches.'
      },
      'evaluation-result-paths': { type: 'array', items: { type: 'string', minLength: 1 }, description: 'Globs of committed evaluation results.' }
    },
    remedy:
      'For this AI-system change: add the required label, get approval from the named reviewer group, update the model card or impact assessment in the same pull request, and link the evaluation result in the PR body (or commit it).'
  },

  evaluate(record, params): Outcome {
    if (noPullRequest(record)) {
      return { status: 'not_applicable', reason: 'No pull request is under judgement (direct push); AI-change governance judges pull requests.' }
    }
    const files = record.files
    if (!files.value) {
      return {
        status: 'not_verified',
        reason: `Whether this is an AI-system change cannot be told: the changed files are ${files.state}${files.missing ? ` (${files.missing.reason})` : ''}.`,
        remedy: files.missing?.remedy ?? 'Give the token `pull-requests: read` so the changed files can be listed, then re-run.',
        evidence: ['/files']
      }
    }
    const aiPaths = matchingPaths(files.value, params.paths)
    if (aiPaths.length === 0) {
      if (files.state !== 'complete') {
        return {
          status: 'not_verified',
          reason: `No AI-system path among the files read, but the list is ${files.state}${files.missing ? ` (${files.missing.reason})` : ''}; a later file may be one.`,
          remedy: files.missing?.remedy ?? 'Re-run once all changed files can be read.',
          evidence: ['/files']
        }
      }
      return { status: 'not_applicable', reason: `No changed path matches the AI-system globs (${params.paths.length} patterns).`, evidence: ['/files'] }
    }
    const findings: Finding[] = aiPaths.map(p => ({ status: 'pass', subject: p, message: `${p} belongs to an AI system.`, rule: 'ai-path' }))
    const remedies: string[] = []
    const pr = record.pull_request.value

    if (params['require-label']) {
      const want = params['require-label']
      if (!pr) {
        findings.push({ status: 'not_verified', subject: 'label', rule: 'label', message: `The PR's labels could not be read to look for "${want}".` })
        remedies.push(record.pull_request.missing?.remedy ?? 'Give the token `pull-requests: read`, then re-run.')
      } else if (pr.labels.some(l => l.toLowerCase() === want.toLowerCase())) {
        findings.push({ status: 'pass', subject: 'label', rule: 'label', message: `The PR carries the label "${want}".` })
      } else {
        findings.push({
          status: 'fail',
          subject: 'label',
          rule: 'label',
          message: `The PR lacks the label "${want}" required for AI-system changes.`,
          remedy: `Add the label "${want}".`
        })
      }
    }

    const group = groupApproval(record, params)
    if (group) {
      findings.push(...group.findings)
      if (group.remedy) remedies.push(group.remedy)
    }

    if (params['require-documentation']) {
      const docs = updatedPaths(files.value, params['documentation-paths'])
      if (docs.length > 0) {
        findings.push({
          status: 'pass',
          subject: 'documentation',
          rule: 'documentation',
          message: `Documentation updated in this change: ${docs.join(', ')}.`,
          data: { paths: docs }
        })
      } else if (files.state !== 'complete') {
        findings.push({
          status: 'not_verified',
          subject: 'documentation',
          rule: 'documentation',
          message: 'No model card or impact assessment among the files read, but the file list is incomplete.'
        })
        remedies.push(files.missing?.remedy ?? 'Re-run once all changed files can be read.')
      } else {
        findings.push({
          status: 'fail',
          subject: 'documentation',
          rule: 'documentation',
          message: `No model card or impact assessment (${params['documentation-paths'].join(', ')}) was added or modified by this change.`,
          remedy: 'Update the model card or impact-assessment document in the same pull request.'
        })
      }
    }

    if (params['require-evaluation']) {
      const links = pr ? evaluationLinks(pr.body ?? '', params['evaluation-link-prefixes']) : []
      const results = updatedPaths(files.value, params['evaluation-result-paths'])
      if (links.length > 0 || results.length > 0) {
        findings.push({
          status: 'pass',
          subject: 'evaluation',
          rule: 'evaluation',
          message: `Evaluation result linked: ${[...links, ...results].join(', ')}.`,
          data: { links, paths: results }
        })
      } else if (!pr || files.state !== 'complete') {
        findings.push({
          status: 'not_verified',
          subject: 'evaluation',
          rule: 'evaluation',
          message: 'No evaluation result found, but the PR body or the file list could not be read in full.'
        })
        remedies.push(record.pull_request.missing?.remedy ?? files.missing?.remedy ?? 'Re-run once the pull request can be read in full.')
      } else {
        const how = [
          ...(params['evaluation-link-prefixes'].length ? [`a link in the PR body starting with ${params['evaluation-link-prefixes'].join(' or ')}`] : []),
          `a changed file matching ${params['evaluation-result-paths'].join(', ')}`
        ].join(', or ')
        findings.push({
          status: 'fail',
          subject: 'evaluation',
          rule: 'evaluation',
          message: `No evaluation result is linked (${how}).`,
          remedy: `Link the evaluation result: ${how}.`
        })
      }
    }

    const required = findings.filter(f => f.rule !== 'ai-path')
    const failed = required.filter(f => f.status === 'fail')
    const unknown = required.filter(f => f.status === 'not_verified')
    const head = `AI-system change (${aiPaths.length} path${aiPaths.length === 1 ? '' : 's'}: ${aiPaths.slice(0, 5).join(', ')}${aiPaths.length > 5 ? ', …' : ''}).`
    if (required.length === 0) {
      return { status: 'pass', reason: `${head} The policy requires nothing further of AI-system changes.`, evidence: EVIDENCE, findings }
    }
    if (failed.length > 0) {
      return {
        status: 'fail',
        reason: `${head} ${failed.map(f => f.message).join(' ')}`,
        remedy: failed
          .map(f => f.remedy)
          .filter(Boolean)
          .join(' '),
        evidence: EVIDENCE,
        findings
      }
    }
    if (unknown.length > 0) {
      return {
        status: 'not_verified',
        reason: `${head} ${unknown.map(f => f.message).join(' ')}`,
        remedy: [...new Set(remedies)].join(' '),
        evidence: EVIDENCE,
        findings
      }
    }
    return { status: 'pass', reason: `${head} ${required.map(f => f.message).join(' ')}`, evidence: EVIDENCE, findings }
  }
})

/** URLs in the body (HTML comments removed) that start with one of the prefixes. */
export function evaluationLinks(body: string, prefixes: readonly string[]): string[] {
  if (prefixes.length === 0) return []
  const urls = stripComments(body).match(URL_RE) ?? []
  return [...new Set(urls.filter(u => prefixes.some(p => u.startsWith(p))))]
}

interface GroupResult {
  findings: Finding[]
  remedy?: string
}

/** Approvals from the named reviewer group, judged like review.approvals; null when no group is named. */
function groupApproval(record: Parameters<typeof contributors>[0], params: AiChangeParams): GroupResult | null {
  const users = (params.reviewers.users ?? []).map(u => u.replace(/^@/, ''))
  const teams = (params.reviewers.teams ?? []).map(parseTeam).filter(t => t !== null)
  if (users.length === 0 && teams.length === 0) return null
  const groupName = [...teams.map(t => `@${t.org}/${t.slug}`), ...users.map(u => `@${u}`)].join(', ')
  const problem = reviewsProblem(record)
  if (problem) {
    return {
      findings: [
        {
          status: 'not_verified',
          subject: 'reviewer-group',
          rule: 'reviewer-group',
          message: `Approvals by ${groupName} cannot be counted: ${problem.reason}.`
        }
      ],
      remedy: problem.remedy
    }
  }
  const facts = aiFactsOf(record)?.value
  const who = contributors(record)
  const judged: { login: string; counts: Tri; member: Tri; why: string }[] = []
  for (const s of reviewerStates(reviewsAtMerge(record))) {
    if (s.state !== 'APPROVED') continue
    const j = judgeApproval(record, s, who, { requireHeadCommit: true, excludeBots: true })
    let member: Tri = users.some(u => sameLogin(u, s.login)) ? 'yes' : 'no'
    const unreadable: string[] = []
    if (member === 'no') {
      for (const t of teams) {
        const members = facts?.teams[t.key]?.members
        if (members === undefined || members === null) {
          unreadable.push(`@${t.org}/${t.slug}`)
        } else if (members.some(m => sameLogin(m, s.login))) {
          member = 'yes'
          break
        }
      }
      if (member === 'no' && unreadable.length > 0) member = 'unknown'
    }
    const why =
      j.counts === 'no'
        ? `approval does not count (${j.reasons.join(', ')})`
        : member === 'no'
          ? `not in ${groupName}`
          : member === 'unknown'
            ? `membership of ${unreadable.join(', ')} unreadable`
            : j.counts === 'unknown'
              ? j.unknown.join('; ')
              : `approved as a member of ${groupName}`
    judged.push({ login: s.login, counts: j.counts, member, why })
  }
  const need = params['min-approvals']
  const good = judged.filter(j => j.counts === 'yes' && j.member === 'yes')
  const maybe = judged.filter(j => j.counts !== 'no' && j.member !== 'no' && !(j.counts === 'yes' && j.member === 'yes'))
  const detail = judged.map(j => `${j.login}: ${j.why}`).join('; ')
  const data = { group: groupName, required: need, approvals: judged }
  if (good.length >= need) {
    return {
      findings: [
        {
          status: 'pass',
          subject: 'reviewer-group',
          rule: 'reviewer-group',
          message: `${good.length} of ${need} approvals by ${groupName} (${good.map(g => g.login).join(', ')}).`,
          data
        }
      ]
    }
  }
  if (good.length + maybe.length >= need) {
    const membership = maybe.some(m => m.member === 'unknown')
    const teamRemedy = Object.values(facts?.teams ?? {}).find(t => t.missing)?.missing?.remedy
    return {
      findings: [
        {
          status: 'not_verified',
          subject: 'reviewer-group',
          rule: 'reviewer-group',
          message: `${good.length} of ${need} approvals by ${groupName} confirmed; could not judge ${detail}.`,
          data
        }
      ],
      remedy: membership
        ? `Membership of the reviewer teams could not be read: ${teamRemedy ?? 'the workflow GITHUB_TOKEN can never read organisation team membership; pass a GitHub App token or a PAT with `read:org` as github-token'}; or name the reviewers as users.`
        : permissionsRemedy(record)
    }
  }
  return {
    findings: [
      {
        status: 'fail',
        subject: 'reviewer-group',
        rule: 'reviewer-group',
        message: `${good.length} of ${need} required approvals by ${groupName}${detail ? ` (${detail})` : '; no one in the group approved'}.`,
        remedy: `Ask ${groupName} to approve the head commit.`,
        data
      }
    ]
  }
}
