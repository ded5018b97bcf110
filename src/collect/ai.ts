/**
 * Collector of AI-system change facts for ai.change-governance (record.facts.ai, shape in src/model/facts/ai.ts):
 * whether the change touches an AI system (the policy's path globs over the changed files) and, for an AI change,
 * the members of the reviewer teams the policy names (GET /orgs/{org}/teams/{team_slug}/members). The workflow
 * GITHUB_TOKEN cannot read team membership: the team's `members` is then null with the remedy.
 */
import type { CollectContext, FactCollector } from './context.js'
import { describeFailure } from './github/api.js'
import { TEAM_MEMBERSHIP_REMEDY } from './codeowners.js'
import type { Collected } from '../model/record.js'
import type { AiChangeFacts, AiTeamFacts } from '../model/facts/ai.js'
import { matchingPaths, parseTeam } from '../controls/lib/ai-paths.js'

const TEAM_MEMBERS_ROUTE = 'GET /orgs/{org}/teams/{team_slug}/members'
/** Bound on team look-ups. */
const MAX_TEAMS = 20

export async function collectAi(context: CollectContext): Promise<Collected<AiChangeFacts>> {
  // The settings come from the controls that need this group (ai.change-governance), not from a control id.
  const wanting = context.neededBy ?? []
  const patterns = [...new Set(wanting.flatMap(n => (n.params.paths as string[] | undefined) ?? []))]
  const files = context.record.files
  if (!files.value) {
    return { state: 'unavailable', value: null, sources: [], missing: files.missing ?? { reason: 'the changed files were not collected' } }
  }
  const paths = matchingPaths(files.value, patterns)
  const value: AiChangeFacts = { ai_change: paths.length > 0, paths, patterns, teams: {} }
  const sources = [`record.files × policy ${wanting.map(n => n.control).join(', ') || 'ai.change-governance'}.paths`]
  const reviewerTeams = wanting
    .flatMap(n => (n.params.reviewers as { teams?: string[] } | undefined)?.teams ?? [])
    .map(parseTeam)
    .filter(t => t !== null)
  if (value.ai_change) {
    for (const [i, team] of reviewerTeams.entries()) {
      if (team.key in value.teams) continue
      value.teams[team.key] =
        i >= MAX_TEAMS
          ? { members: null, missing: { reason: `more than ${MAX_TEAMS} reviewer teams; not looked up`, remedy: 'Name fewer reviewer teams.' } }
          : await teamMembers(context, team.org, team.slug)
    }
    if (reviewerTeams.length > 0 && context.api) sources.push(TEAM_MEMBERS_ROUTE)
  }
  // Files read only in part: paths past the cut may be AI paths too, so the group is partial.
  const unreadable = Object.entries(value.teams).filter(([, t]) => t.members === null)
  if (files.state !== 'complete' || unreadable.length > 0) {
    const reasons = [
      ...(files.state !== 'complete' ? [`the changed files were read only in part${files.missing ? ` (${files.missing.reason})` : ''}`] : []),
      ...(unreadable.length > 0 ? [`members of ${unreadable.map(([k]) => `@${k}`).join(', ')} unreadable`] : [])
    ]
    return {
      state: 'partial',
      value,
      sources,
      missing: { reason: reasons.join('; '), remedy: unreadable.length > 0 ? TEAM_MEMBERSHIP_REMEDY : files.missing?.remedy }
    }
  }
  return { state: 'complete', value, sources }
}

async function teamMembers(context: CollectContext, org: string, slug: string): Promise<AiTeamFacts> {
  if (!context.api) return { members: null, missing: { reason: 'no GitHub API available to read team membership', remedy: TEAM_MEMBERSHIP_REMEDY } }
  const res = await context.api.paginate<{ login: string }>(TEAM_MEMBERS_ROUTE, { org, team_slug: slug })
  if (!res.ok) {
    const d = describeFailure(res, `Members of @${org}/${slug}`, TEAM_MEMBERSHIP_REMEDY)
    return { members: null, missing: { reason: d.reason, remedy: d.remedy, ...(d.http_status ? { http_status: d.http_status } : {}) } }
  }
  if (res.truncated) return { members: null, missing: { reason: `the member list of @${org}/${slug} was cut short`, remedy: 'Use a smaller reviewer team.' } }
  return { members: res.data.map(m => m.login) }
}

export const aiCollector: FactCollector<'ai'> = {
  group: 'ai',
  after: 'changes',
  collect: collectAi
}
