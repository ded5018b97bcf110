/**
 * Collector of CODEOWNERS facts for review.codeowners (record.facts.codeowners).
 *
 * GitHub reads CODEOWNERS from the pull request's **base** branch, first of `.github/CODEOWNERS`,
 * `CODEOWNERS`, `docs/CODEOWNERS`. We read the same file at the base SHA through the one reader (read-at.ts:
 * the checkout when it holds the base commit, else the contents API) while the PR's lists are read, parse it,
 * and, for each team owner whose members' approval could decide a verdict (teamsThatCouldDecide), read whether
 * the team has write access to the repository and who its members are.
 */
import { createHash } from 'node:crypto'
import { neededParam, type CollectContext, type FactCollector } from './context.js'
import { describeFailure, type GitHubApi } from './github/api.js'
import type { ChangeRecord, Collected } from '../model/record.js'
import { compileRules, matchingRule } from '../codeowners/match.js'
import { headSha, permissionOf, permissionQualifies, reviewerStates, sameLogin } from '../controls/lib/reviews.js'
import { parseCodeowners, parseOwner } from '../codeowners/parse.js'
import { CODEOWNERS_LOCATIONS, teamKey, type CodeownersFacts, type CodeownersFile, type CodeownersRule, type TeamFacts } from '../model/facts/codeowners.js'
import { createFileReader, CONTENTS_ROUTE, type FileReader } from './read-at.js'

const TEAM_REPO_ROUTE = 'GET /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}'
const TEAM_MEMBERS_ROUTE = 'GET /orgs/{org}/teams/{team_slug}/members'
/** GitHub ignores a CODEOWNERS file of 3 MB or more. */
const MAX_CODEOWNERS_BYTES = 3 * 1024 * 1024
const IGNORED_SIZE = 'GitHub ignores a CODEOWNERS file of 3 MB or more'
/** Bound on team look-ups (two calls each). */
const MAX_TEAMS = 50

export const TEAM_MEMBERSHIP_REMEDY =
  'the workflow GITHUB_TOKEN can never read organisation team membership; pass a GitHub App token or a PAT with `read:org` (Organization → Members: read) as github-token'

const CONTENTS_REMEDY = 'Give the token `contents: read` on this repository so CODEOWNERS can be read at the base commit.'

type Loaded = { path: string; text: string } | null

class LoadError extends Error {
  constructor(
    readonly reason: string,
    readonly remedy: string,
    readonly http_status?: number
  ) {
    super(reason)
  }
}

/**
 * The first CODEOWNERS location GitHub reads, at the base commit, through the one reader (the checkout when it
 * holds the base, else the contents API). `sources` collects what each read came from.
 */
async function loadAtBase(reader: FileReader, ref: string, sources: string[]): Promise<Loaded> {
  for (const path of CODEOWNERS_LOCATIONS) {
    const r = await reader.readAt(ref, path)
    const source = `${r.source} (ref=${ref}; ${path})`
    if (!sources.includes(source)) sources.push(source)
    if ('error' in r) {
      if (r.error.too_large_bytes !== undefined)
        throw new LoadError(`${path} is ${r.error.too_large_bytes} bytes; ${IGNORED_SIZE}`, 'Shrink CODEOWNERS below 3 MB.')
      const remedy = r.source === CONTENTS_ROUTE ? CONTENTS_REMEDY : r.error.remedy
      throw new LoadError(r.error.reason, remedy, r.error.http_status)
    }
    if (!r.found) continue
    const bytes = Buffer.byteLength(r.text, 'utf8')
    if (bytes >= MAX_CODEOWNERS_BYTES) throw new LoadError(`${path} is ${bytes} bytes; ${IGNORED_SIZE}`, 'Shrink CODEOWNERS below 3 MB.')
    return { path, text: r.text }
  }
  return null
}

interface TeamRepoAnswer {
  role_name?: string
  permissions?: { admin?: boolean; maintain?: boolean; push?: boolean; triage?: boolean; pull?: boolean }
}

function writeFromAnswer(data: TeamRepoAnswer | undefined | null): boolean | null {
  const role = data?.role_name?.toLowerCase()
  if (role === 'admin' || role === 'maintain' || role === 'write') return true
  if (role === 'triage' || role === 'read') return false
  const p = data?.permissions
  if (!p) return null
  return !!(p.admin || p.maintain || p.push)
}

async function teamFacts(api: GitHubApi, org: string, slug: string, owner: string, repo: string): Promise<TeamFacts> {
  const members = await api.paginate<{ login: string }>(TEAM_MEMBERS_ROUTE, { org, team_slug: slug })
  const access = await api.request<TeamRepoAnswer>(TEAM_REPO_ROUTE, {
    org,
    team_slug: slug,
    owner,
    repo,
    headers: { accept: 'application/vnd.github.v3.repository+json' }
  })
  const facts: TeamFacts = { has_write: null, members: null }
  const problems: string[] = []
  if (members.ok) {
    facts.members = members.data.map(m => m.login)
    if (members.truncated) problems.push('the member list was cut short')
  } else {
    problems.push(describeFailure(members, `Members of @${org}/${slug}`).reason)
  }
  if (access.ok) {
    facts.has_write = access.status === 204 ? null : writeFromAnswer(access.data)
    if (facts.has_write === null) problems.push(`@${org}/${slug} has access to ${owner}/${repo}, but its level was not reported`)
  } else if (access.kind === 'not_found' && members.ok) {
    // The team is visible to the token (members were readable), so 404 means it has no access to the repository.
    facts.has_write = false
  } else {
    problems.push(describeFailure(access, `Access of @${org}/${slug} to ${owner}/${repo}`).reason)
  }
  if (problems.length > 0) {
    facts.missing = { reason: problems.join('; '), remedy: TEAM_MEMBERSHIP_REMEDY }
  }
  return facts
}

export async function collectCodeowners(context: CollectContext): Promise<Collected<CodeownersFacts>> {
  const { owner, repo, api, checkoutDir, record } = context
  const base = record.subject.base_sha ?? record.pull_request.value?.base.sha
  if (!base) {
    return {
      state: 'unavailable',
      value: null,
      sources: [],
      missing: {
        reason: 'the base commit of the change is unknown, so CODEOWNERS cannot be read where GitHub reads it',
        remedy: 'Run the gate on a pull_request event, or make the pull request readable (pull-requests: read).'
      }
    }
  }
  const sources: string[] = []
  if (!api && !checkoutDir) {
    return {
      state: 'unavailable',
      value: null,
      sources,
      missing: {
        reason: 'neither the GitHub API nor a local checkout is available to read CODEOWNERS',
        remedy: 'Pass github-token, or run the gate after actions/checkout with fetch-depth: 0.'
      }
    }
  }
  let loaded: Loaded
  try {
    // A file over the reader's cap is not read; its size (too_large_bytes) says GitHub ignores it.
    loaded = await loadAtBase(
      context.reader ?? createFileReader({ owner, repo, checkoutDir, api, maxBytes: MAX_CODEOWNERS_BYTES, contentsRemedy: CONTENTS_REMEDY }),
      base,
      sources
    )
  } catch (error) {
    if (error instanceof LoadError) {
      return { state: 'unavailable', value: null, sources, missing: { reason: error.reason, remedy: error.remedy, http_status: error.http_status } }
    }
    throw error
  }
  if (!loaded) {
    const value: CodeownersFacts = { file: null, teams: {} }
    return { state: 'complete', value, sources }
  }
  const parsed = parseCodeowners(loaded.text)
  const file: CodeownersFile = {
    path: loaded.path,
    ref: base,
    text_sha256: createHash('sha256').update(loaded.text, 'utf8').digest('hex'),
    rules: parsed.rules,
    errors: parsed.errors
  }
  const teamRefs = new Map<string, { org: string; slug: string }>()
  for (const rule of parsed.rules) {
    for (const o of rule.owners) {
      const ref = parseOwner(o)
      if (ref?.kind === 'team') teamRefs.set(teamKey(ref.org, ref.slug), { org: ref.org, slug: ref.slug })
    }
  }
  // The file is read at the base while the PR's lists are read; which teams could decide needs those lists.
  await context.changes
  const teams: Record<string, TeamFacts> = {}
  const needed = teamsThatCouldDecide(record, parsed.rules, neededParam(context.neededBy, 'require-head-commit') !== false)
  let index = 0
  for (const [key, { org, slug }] of teamRefs) {
    if (needed && !needed.has(key)) {
      teams[key] = {
        has_write: null,
        members: null,
        not_needed:
          'no approval by a member could change a verdict: every changed file this team owns is approved by an individual owner, or nobody else approved it'
      }
    } else if (!api) {
      teams[key] = {
        has_write: null,
        members: null,
        missing: { reason: 'no GitHub API available to read team access and membership', remedy: TEAM_MEMBERSHIP_REMEDY }
      }
    } else if (index >= MAX_TEAMS) {
      teams[key] = {
        has_write: null,
        members: null,
        missing: { reason: `more than ${MAX_TEAMS} teams are named in CODEOWNERS; this one was not looked up`, remedy: 'Name fewer teams in CODEOWNERS.' }
      }
    } else {
      teams[key] = await teamFacts(api, org, slug, owner, repo)
    }
    index++
  }
  if (Object.values(teams).some(t => !t.not_needed) && api) sources.push(TEAM_MEMBERS_ROUTE, TEAM_REPO_ROUTE)
  const value: CodeownersFacts = { file, teams }
  const unreadable = Object.entries(teams).filter(([, t]) => t.missing)
  if (unreadable.length > 0) {
    return {
      state: 'partial',
      value,
      sources,
      missing: {
        reason: `team facts unreadable for ${unreadable.map(([k]) => `@${k}`).join(', ')}`,
        remedy: TEAM_MEMBERSHIP_REMEDY
      }
    }
  }
  return { state: 'complete', value, sources }
}

/**
 * The teams whose membership could decide a verdict, or null when that cannot be told (then every team is
 * read). A team is read only when it owns a changed file (path or former path) that no individual owner
 * with write access has approved, and someone other than the author approved it (who might be a member).
 */
function teamsThatCouldDecide(record: Readonly<ChangeRecord>, rules: CodeownersRule[], requireHead: boolean): Set<string> | null {
  const files = record.files.value
  const reviews = record.reviews.value
  if (!files || !reviews || record.files.state !== 'complete') return null
  const head = headSha(record)
  const author = record.pull_request.value?.author.login ?? null
  const approvers = reviewerStates(reviews)
    .filter(s => s.state === 'APPROVED' && !sameLogin(s.login, author))
    .filter(s => !requireHead || (s.review?.commit_id && s.review.commit_id === head))
    .map(s => s.login)
  const needed = new Set<string>()
  if (approvers.length === 0) return needed
  const compiled = compileRules(rules)
  for (const f of files) {
    for (const path of f.previous_path && f.previous_path !== f.path ? [f.path, f.previous_path] : [f.path]) {
      const rule = matchingRule(compiled, path)
      if (!rule) continue
      const owners = rule.owners.map(parseOwner)
      const approvedByUser = owners.some(
        o => o?.kind === 'user' && approvers.some(a => sameLogin(a, o.login) && permissionQualifies(permissionOf(record, a)) === 'yes')
      )
      if (approvedByUser) continue
      for (const o of owners) if (o?.kind === 'team') needed.add(teamKey(o.org, o.slug))
    }
  }
  return needed
}

export const codeownersCollector: FactCollector<'codeowners'> = {
  group: 'codeowners',
  // Only the base commit is needed to read the file; the team look-ups await context.changes.
  after: 'pull_request',
  collect: collectCodeowners
}
