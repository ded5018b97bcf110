/**
 * A generated quarter of changes on `main`, served by the fake GitHub API for the audit tests and the bench:
 * pull requests merged by squash, merge commit and rebase (several commits rewritten by GitHub with one
 * committer date), emergency changes (labelled, some approved after the merge, one never), direct pushes,
 * changes on both edges of the window, PRs merged into another branch, closed unmerged PRs, PRs merged
 * before/after the window (some updated inside it), a merge-commit PR merged after the window whose own
 * commits are dated inside it, and a release-branch PR's commit pushed straight to main.
 *
 * Modelled on GitHub's documented behaviour: list pull requests (state, base, sort=updated, direction,
 * per_page, page, Link header), list commits (sha, since, until on the committer date; newest first),
 * `commits/{sha}/pulls` (the PRs that contain a commit: for a merge commit the PR's own commits too; for a
 * rebase merge every rewritten commit), squash/rebase commits committed by GitHub (web-flow) at merge time.
 * `expected` is the ground truth the population must equal, computed from the model, not from the audit code.
 */
import { crc32, deflateRawSync } from 'node:zlib'
import type { FakeGitHub, HandlerContext } from './fake-github.js'
import * as gh from './github-data.js'

type Obj = Record<string, any>

export interface QuarterOptions {
  owner?: string
  repo?: string
  /** Changes inside the window (default 600). */
  changes?: number
  from?: string
  to?: string
  seed?: number
}

export type ModelKind = 'squash' | 'merge' | 'rebase' | 'direct'

export interface ModelChange {
  kind: ModelKind
  number: number | null
  /** Merge time (PR) or committer date (direct push). */
  at: string
  author: string
  merger: string | null
  emergency: boolean
  /** Reviews approve the head (false: no approval at all → an exception). */
  approved: boolean
  /** Emergency PRs: hours after merge of the retrospective approval, or null for none. */
  retroHours: number | null
  base: string
  mergeSha: string | null
  headSha: string
  /** Commits the PR put on main (rebased ones, the squash commit, or merge commit + feature commits). */
  mainCommits: string[]
  prCommits: Obj[]
  updatedAt: string
  inWindow: boolean
}

export interface Quarter {
  owner: string
  repo: string
  from: string
  to: string
  changes: ModelChange[]
  pulls: Obj[]
  /** Commits reachable from main, newest first. */
  mainCommits: Obj[]
  associations: Map<string, number[]>
  /** The population ids the audit must find, sorted. */
  expected: string[]
  emergencyLabel: string
  /** Workflow artifacts by name (the gate uploads `compliance-evidence-<bundle name>`); tests add to it. */
  artifacts: Map<string, QuarterArtifact[]>
}

export interface QuarterArtifact {
  id: number
  expired: boolean
  created_at: string
  zip: Buffer
}

/** A zip archive (deflated entries) of name → content, as GitHub serves an artifact download. */
export function zipFiles(files: Record<string, string | Buffer>): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const [name, content] of Object.entries(files)) {
    const data = Buffer.isBuffer(content) ? content : Buffer.from(content)
    const packed = deflateRawSync(data)
    const nameBuf = Buffer.from(name)
    const crc = crc32(data)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(8, 8)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(packed.length, 18)
    local.writeUInt32LE(data.length, 22)
    local.writeUInt16LE(nameBuf.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(8, 10)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(packed.length, 20)
    central.writeUInt32LE(data.length, 24)
    central.writeUInt16LE(nameBuf.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, nameBuf, packed)
    centrals.push(central, nameBuf)
    offset += 30 + nameBuf.length + packed.length
  }
  const cd = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(Object.keys(files).length, 8)
  end.writeUInt16LE(Object.keys(files).length, 10)
  end.writeUInt32LE(cd.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, cd, end])
}

const WEB_FLOW = { name: 'GitHub', email: 'noreply@github.com', login: 'web-flow' }
const AUTHORS = ['alice-author', 'bob-builder', 'carol-coder', 'dan-dev', 'erin-eng']
const REVIEWERS = ['rita-reviewer', 'sam-senior']
const MERGERS = ['mia-maintainer', 'max-merger']

function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z')

export function generateQuarter(o: QuarterOptions = {}): Quarter {
  const owner = o.owner ?? gh.DEFAULT_OWNER
  const repo = o.repo ?? gh.DEFAULT_REPO
  const from = o.from ?? '2026-07-01'
  const to = o.to ?? '2026-09-30'
  const total = o.changes ?? 600
  const rand = rng(o.seed ?? 42)
  const startMs = Date.parse(`${from}T00:00:00Z`)
  const endMs = Date.parse(`${to}T23:59:59Z`)
  const ref = { owner, repo }
  const pick = <T>(list: T[]) => list[Math.floor(rand() * list.length)]
  const changes: ModelChange[] = []
  const commitObjs = new Map<string, Obj>()
  const associations = new Map<string, number[]>()
  const mainLine: string[] = [] // first-parent order, oldest first
  let nextNumber = 100
  let tip = gh.fakeSha('root')
  commitObjs.set(tip, gh.commit({ ...ref, sha: tip, message: 'Initial commit', author: { ...WEB_FLOW, date: '2026-01-01T00:00:00Z' }, parents: [] }))

  const mkCommit = (
    sha: string,
    message: string,
    author: string,
    date: string,
    parents: string[],
    committer: gh.GitActor = { name: author, email: `${author}@example.com`, login: author, date }
  ) => {
    const c = gh.commit({
      ...ref,
      sha,
      message,
      author: { name: author, email: `${author}@example.com`, login: author, date },
      committer: { ...committer, date: committer.date ?? date },
      parents
    })
    commitObjs.set(sha, c)
    return c
  }
  const associate = (sha: string, n: number) => associations.set(sha, [...(associations.get(sha) ?? []), n])

  function addPr(kind: Exclude<ModelKind, 'direct'>, atMs: number, extra: Partial<ModelChange> & { onMain?: boolean } = {}): ModelChange {
    const number = nextNumber++
    const author = pick(AUTHORS)
    const at = iso(atMs)
    const onMain = extra.onMain ?? true
    const n = kind === 'squash' ? 1 : 1 + Math.floor(rand() * 3)
    const prCommits: Obj[] = []
    let parent = tip
    for (let i = 0; i < n; i++) {
      const sha = gh.fakeSha(`pr${number}-c${i}`)
      const date = iso(atMs - (n - i) * 3_600_000)
      prCommits.push(mkCommit(sha, `PROJ-${number} part ${i + 1}`, author, date, [parent]))
      parent = sha
    }
    const headSha = prCommits[prCommits.length - 1].sha as string
    const mainCommits: string[] = []
    let mergeSha: string
    if (!onMain) {
      mergeSha = gh.fakeSha(`pr${number}-squash-other`)
    } else if (kind === 'squash') {
      mergeSha = gh.fakeSha(`pr${number}-squash`)
      mkCommit(mergeSha, `PROJ-${number} A change (#${number})`, author, at, [tip], { ...WEB_FLOW, date: at })
      mainCommits.push(mergeSha)
      tip = mergeSha
    } else if (kind === 'merge') {
      mergeSha = gh.fakeSha(`pr${number}-merge`)
      mkCommit(mergeSha, `Merge pull request #${number} from ${owner}/feature-${number}`, extra.merger ?? 'mia-maintainer', at, [tip, headSha], {
        ...WEB_FLOW,
        date: at
      })
      // the PR's own commits become reachable from main through the merge commit's second parent
      mainCommits.push(mergeSha, ...prCommits.map(c => c.sha as string))
      tip = mergeSha
    } else {
      let p = tip
      for (let i = 0; i < n; i++) {
        const sha = gh.fakeSha(`pr${number}-rebased-${i}`)
        mkCommit(sha, `PROJ-${number} part ${i + 1}`, author, at, [p], { ...WEB_FLOW, date: at })
        mainCommits.push(sha)
        p = sha
      }
      mergeSha = p
      tip = p
    }
    if (onMain) {
      for (const sha of mainCommits) associate(sha, number)
      if (kind === 'merge') mainLine.push(mergeSha)
      else for (const sha of mainCommits) mainLine.push(sha)
    }
    const updatedMs = Math.min(Date.parse('2026-12-01T00:00:00Z'), atMs + Math.floor(rand() * 4 * 86_400_000))
    const change: ModelChange = {
      kind,
      number,
      at,
      author,
      merger: pick(MERGERS),
      emergency: false,
      approved: true,
      retroHours: null,
      base: 'main',
      mergeSha,
      headSha,
      mainCommits,
      prCommits,
      updatedAt: iso(updatedMs),
      inWindow: atMs >= startMs && atMs <= endMs,
      ...extra
    }
    changes.push(change)
    return change
  }

  function addDirect(atMs: number, associatedWith: number[] = []): ModelChange {
    const author = pick(AUTHORS)
    const at = iso(atMs)
    const sha = gh.fakeSha(`direct-${changes.length}-${atMs}`)
    mkCommit(sha, `Hotfix pushed straight to main ${changes.length}`, author, at, [tip])
    for (const n of associatedWith) associate(sha, n)
    tip = sha
    mainLine.push(sha)
    const change: ModelChange = {
      kind: 'direct',
      number: null,
      at,
      author,
      merger: author,
      emergency: false,
      approved: false,
      retroHours: null,
      base: 'main',
      mergeSha: sha,
      headSha: sha,
      mainCommits: [sha],
      prCommits: [],
      updatedAt: at,
      inWindow: atMs >= startMs && atMs <= endMs
    }
    changes.push(change)
    return change
  }

  // Before the window: some merged PRs (one updated inside the window) and a direct push on the edge.
  let t = startMs - 10 * 86_400_000
  for (let i = 0; i < 12; i++) {
    const c = addPr(pick(['squash', 'merge', 'rebase'] as const), t)
    if (i === 3) c.updatedAt = iso(startMs + 5 * 86_400_000)
    t += 17 * 3_600_000
  }
  addPr('squash', startMs - 1000) // 2026-06-30T23:59:59Z: outside
  addDirect(startMs - 2000) // outside
  // Inside: edges first and last, the rest spread evenly.
  const inside = total
  const edgeFirst = addPr('squash', startMs) // 00:00:00Z on the first day: inside
  addDirect(startMs + 1000) // inside
  const step = Math.floor((endMs - startMs - 4000) / (inside - 3))
  let made = 2
  let releaseCommitDone = false
  for (let i = 0; made < inside - 1; i++) {
    const at = startMs + 2000 + i * step
    const r = rand()
    if (r < 0.09) addDirect(at)
    else if (r < 0.1 && !releaseCommitDone) {
      // a PR merged into `release`, whose squash commit is then pushed onto main directly
      const rel = addPr('squash', at - 3_600_000, { base: 'release', onMain: false, inWindow: false })
      addDirect(at, [rel.number as number])
      releaseCommitDone = true
    } else if (r < 0.3) addPr('merge', at)
    else if (r < 0.45) addPr('rebase', at)
    else {
      const emergency = r > 0.95
      addPr('squash', at, emergency ? { emergency: true, approved: false, retroHours: rand() < 0.8 ? 5 : null } : { approved: rand() > 0.03 })
    }
    made++
    // PRs merged into another branch and closed unmerged PRs, sprinkled in (not changes on main)
    if (i % 50 === 7) addPr('squash', at + 60_000, { base: 'release', onMain: false, inWindow: false })
  }
  addPr('squash', endMs) // 23:59:59Z on the last day: inside
  void edgeFirst
  // After the window: the edge, a merge-commit PR whose own commits are dated inside the window, more PRs.
  addPr('squash', endMs + 1000)
  const late = addPr('merge', endMs + 2 * 86_400_000)
  for (const c of late.prCommits) {
    // re-date the PR's own commits into the window's last day
    const d = iso(endMs - 3 * 3_600_000)
    c.commit.author.date = d
    c.commit.committer.date = d
  }
  addDirect(endMs + 3 * 86_400_000)
  for (let i = 0; i < 5; i++) addPr('squash', endMs + (4 + i) * 86_400_000)

  const closedUnmerged: Obj[] = []
  for (let i = 0; i < 8; i++) {
    const number = nextNumber++
    const at = startMs + i * 9 * 86_400_000
    closedUnmerged.push(
      gh.pullRequestSimple({
        ...ref,
        number,
        user: pick(AUTHORS),
        state: 'closed',
        merged: false,
        merged_at: null,
        merge_commit_sha: null,
        created_at: iso(at - 86_400_000),
        updated_at: iso(at),
        title: `Abandoned idea ${number}`
      })
    )
  }

  // Reachable commits: walk from the tip over all parents.
  const reachable: Obj[] = []
  const seen = new Set<string>()
  const stack = [tip]
  while (stack.length) {
    const sha = stack.pop() as string
    if (seen.has(sha)) continue
    seen.add(sha)
    const c = commitObjs.get(sha)
    if (!c) continue
    reachable.push(c)
    for (const p of c.parents) stack.push(p.sha)
  }
  const position = new Map(mainLine.map((s, i) => [s, i]))
  reachable.sort((a, b) => {
    const d = Date.parse(b.commit.committer.date) - Date.parse(a.commit.committer.date)
    return d !== 0 ? d : (position.get(b.sha) ?? 0) - (position.get(a.sha) ?? 0)
  })

  const pulls = [...changes.filter(c => c.number !== null).map(c => pullSimple(ref, c)), ...closedUnmerged]
  const label = 'emergency-change'
  const expected = changes
    .filter(c => c.inWindow && c.base === 'main')
    .map(c => (c.kind === 'direct' ? c.headSha : `pr#${c.number}`))
    .sort()
  return { owner, repo, from, to, changes, pulls, mainCommits: reachable, associations, expected, emergencyLabel: label, artifacts: new Map() }
}

function labelsOf(c: ModelChange): Obj[] {
  const names = c.emergency ? ['emergency-change', 'bug'] : ['enhancement']
  return names.map(name => ({
    id: gh.idFor('label:' + name),
    node_id: 'LA_' + Buffer.from(name).toString('base64url'),
    url: `https://api.github.com/repos/${gh.DEFAULT_OWNER}/${gh.DEFAULT_REPO}/labels/${encodeURIComponent(name)}`,
    name,
    description: `${name} label`,
    color: 'ededed',
    default: false
  }))
}

function pullSimple(ref: gh.RepoRef, c: ModelChange): Obj {
  return gh.pullRequestSimple({
    ...ref,
    number: c.number as number,
    user: c.author,
    title: `PROJ-${c.number} A ${c.kind} change`,
    state: 'closed',
    merged: true,
    merged_at: c.at,
    merge_commit_sha: c.mergeSha,
    head: { sha: c.headSha, ref: `feature-${c.number}` },
    base: { ref: c.base },
    labels: labelsOf(c),
    created_at: iso(Date.parse(c.at) - 2 * 86_400_000),
    updated_at: c.updatedAt
  })
}

function page<T>(ctx: HandlerContext, all: T[]): { status: number; body: T[]; headers: Record<string, string> } {
  const perPage = Math.min(100, Math.max(1, Number(ctx.query.per_page ?? 30) || 30))
  const n = Math.max(1, Number(ctx.query.page ?? 1) || 1)
  const last = Math.max(1, Math.ceil(all.length / perPage))
  const link = (p: number) => {
    const u = new URL(ctx.path, ctx.baseUrl)
    for (const [k, v] of Object.entries(ctx.query)) u.searchParams.set(k, v)
    u.searchParams.set('per_page', String(perPage))
    u.searchParams.set('page', String(p))
    return u.toString()
  }
  const rels: string[] = []
  if (n > 1) rels.push(`<${link(n - 1)}>; rel="prev"`, `<${link(1)}>; rel="first"`)
  if (n < last) rels.push(`<${link(n + 1)}>; rel="next"`, `<${link(last)}>; rel="last"`)
  return { status: 200, body: all.slice((n - 1) * perPage, n * perPage), headers: rels.length ? { link: rels.join(', ') } : {} }
}

const notFound = (doc: string) => ({ status: 404, body: { message: 'Not Found', documentation_url: doc, status: '404' } })

/** Serve the quarter: the population lists, and every route the gate reads to re-perform a change. */
export function serveQuarter(fake: FakeGitHub, q: Quarter): void {
  const ref = { owner: q.owner, repo: q.repo }
  const byNumber = new Map(q.changes.filter(c => c.number !== null).map(c => [c.number as number, c]))
  const pullsByNumber = new Map(q.pulls.map(p => [Number(p.number), p]))
  const mine = (ctx: HandlerContext) => ctx.params.owner === q.owner && ctx.params.repo === q.repo

  fake.on('GET /repos/{owner}/{repo}/pulls', ctx => {
    if (!mine(ctx)) return notFound('https://docs.github.com/rest/pulls/pulls#list-pull-requests')
    let list = q.pulls.filter(p => (ctx.query.state ?? 'open') === 'all' || p.state === (ctx.query.state ?? 'open'))
    if (ctx.query.base) list = list.filter(p => p.base.ref === ctx.query.base)
    const key = ctx.query.sort === 'updated' ? 'updated_at' : 'created_at'
    const desc = (ctx.query.direction ?? 'desc') === 'desc'
    list = [...list].sort((a, b) => (desc ? b[key].localeCompare(a[key]) : a[key].localeCompare(b[key])) || b.number - a.number)
    return page(ctx, list)
  })
  fake.on('GET /repos/{owner}/{repo}/commits', ctx => {
    if (!mine(ctx)) return notFound('https://docs.github.com/rest/commits/commits#list-commits')
    if (ctx.query.sha && ctx.query.sha !== 'main') return page(ctx, [])
    const since = ctx.query.since ? Date.parse(ctx.query.since) : -Infinity
    const until = ctx.query.until ? Date.parse(ctx.query.until) : Infinity
    return page(
      ctx,
      q.mainCommits.filter(c => {
        const d = Date.parse(c.commit.committer.date)
        return d >= since && d <= until
      })
    )
  })
  fake.on('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', ctx => {
    const numbers = q.associations.get(ctx.params.commit_sha) ?? []
    return page(ctx, numbers.map(n => pullsByNumber.get(n)).filter(Boolean))
  })
  fake.on('GET /repos/{owner}/{repo}/pulls/{pull_number}', ctx => {
    const c = byNumber.get(Number(ctx.params.pull_number))
    if (!c) return notFound('https://docs.github.com/rest/pulls/pulls#get-a-pull-request')
    return {
      status: 200,
      body: gh.pullRequest({
        ...ref,
        number: c.number as number,
        user: c.author,
        title: `PROJ-${c.number} A ${c.kind} change`,
        body: `Implements PROJ-${c.number}.`,
        state: 'closed',
        merged: true,
        merged_at: c.at,
        merged_by: c.merger,
        merge_commit_sha: c.mergeSha,
        head: { sha: c.headSha, ref: `feature-${c.number}` },
        base: { ref: c.base, sha: gh.fakeSha(`base-${c.number}`) },
        labels: labelsOf(c),
        commits: c.prCommits.length,
        changed_files: 1,
        additions: 1,
        deletions: 1,
        updated_at: c.updatedAt
      })
    }
  })
  fake.on('GET /repos/{owner}/{repo}/pulls/{pull_number}/commits', ctx => page(ctx, byNumber.get(Number(ctx.params.pull_number))?.prCommits ?? []))
  fake.on('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', ctx =>
    page(ctx, [
      gh.prFile({
        ...ref,
        filename: `src/module-${ctx.params.pull_number}.ts`,
        status: 'modified',
        additions: 1,
        deletions: 1,
        patch: '@@ -1 +1 @@\n-export const v = 1\n+export const v = 2\n'
      })
    ])
  )
  fake.on('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', ctx => {
    const c = byNumber.get(Number(ctx.params.pull_number))
    if (!c) return page(ctx, [])
    const reviews: Obj[] = []
    if (c.approved)
      reviews.push(
        gh.review({
          ...ref,
          pull_number: c.number as number,
          id: (c.number as number) * 10 + 1,
          user: REVIEWERS[(c.number as number) % 2],
          state: 'APPROVED',
          commit_id: c.headSha,
          submitted_at: iso(Date.parse(c.at) - 3_600_000)
        })
      )
    if (c.emergency && c.retroHours !== null) {
      reviews.push(
        gh.review({
          ...ref,
          pull_number: c.number as number,
          id: (c.number as number) * 10 + 2,
          user: 'sam-senior',
          state: 'APPROVED',
          commit_id: c.headSha,
          submitted_at: iso(Date.parse(c.at) + c.retroHours * 3_600_000)
        })
      )
    }
    return page(ctx, reviews)
  })
  fake.on('GET /repos/{owner}/{repo}/collaborators/{username}/permission', ctx => ({
    status: 200,
    body: gh.collaboratorPermission(ctx.params.username, 'write', 'write')
  }))
  fake.on('GET /repos/{owner}/{repo}/rules/branches/{branch}', {
    status: 200,
    body: gh.branchRules(
      [
        {
          type: 'pull_request',
          parameters: {
            required_approving_review_count: 1,
            dismiss_stale_reviews_on_push: true,
            require_code_owner_review: false,
            require_last_push_approval: false,
            required_review_thread_resolution: false
          }
        },
        { type: 'non_fast_forward' },
        { type: 'deletion' }
      ],
      ref
    )
  })
  fake.on('GET /repos/{owner}/{repo}/branches/{branch}/protection', ctx => ({
    status: 200,
    body: gh.branchProtection({
      ...ref,
      branch: ctx.params.branch,
      statusChecks: null,
      reviews: { dismiss_stale_reviews: true, required_approving_review_count: 1 }
    })
  }))
  fake.on('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', ctx => ({
    status: 200,
    body: gh.checkRunsFor(ctx.params.ref, [{ name: 'build', status: 'completed', conclusion: 'success' }], ref)
  }))
  fake.on('GET /repos/{owner}/{repo}/commits/{ref}/status', ctx => ({ status: 200, body: gh.combinedStatus(ctx.params.ref, [], ref) }))
  fake.on('GET /repos/{owner}/{repo}/contents/{path}', notFound('https://docs.github.com/rest/repos/contents#get-repository-content'))
  fake.on('GET /repos/{owner}/{repo}/actions/artifacts', ctx => {
    const list = ctx.query.name
      ? (q.artifacts.get(ctx.query.name) ?? []).map(a => ({ name: ctx.query.name, ...a }))
      : [...q.artifacts].flatMap(([name, as]) => as.map(a => ({ name, ...a })))
    const api = `https://api.github.com/repos/${q.owner}/${q.repo}/actions/artifacts`
    return {
      status: 200,
      body: {
        total_count: list.length,
        artifacts: list.map(a => ({
          id: a.id,
          node_id: 'MDg6QXJ0aWZhY3Q' + Buffer.from(String(a.id)).toString('base64'),
          name: a.name,
          size_in_bytes: a.zip.length,
          url: `${api}/${a.id}`,
          archive_download_url: `${api}/${a.id}/zip`,
          expired: a.expired,
          created_at: a.created_at,
          expires_at: iso(Date.parse(a.created_at) + 90 * 86_400_000),
          updated_at: a.created_at,
          digest: null,
          workflow_run: {
            id: a.id * 7,
            repository_id: gh.idFor(`repo:${q.owner}/${q.repo}`),
            head_repository_id: gh.idFor(`repo:${q.owner}/${q.repo}`),
            head_branch: 'main',
            head_sha: gh.fakeSha(`run-${a.id}`)
          }
        }))
      }
    }
  })
  // GitHub answers the download with 302 to a short-lived blob URL, which the client follows.
  fake.on('GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}', ctx => {
    const found = [...q.artifacts.values()].flat().find(a => a.id === Number(ctx.params.artifact_id))
    if (!found || found.expired)
      return {
        status: 410,
        body: { message: 'Artifact has expired', documentation_url: 'https://docs.github.com/rest/actions/artifacts#download-an-artifact', status: '410' }
      }
    return { status: 302, headers: { location: `${ctx.baseUrl}/_blobs/artifact-${found.id}.zip?sig=abc` } }
  })
  fake.on('GET /_blobs/{file}', ctx => {
    const id = Number(/artifact-(\d+)\.zip/.exec(ctx.params.file)?.[1])
    const found = [...q.artifacts.values()].flat().find(a => a.id === id)
    return found
      ? { status: 200, body: found.zip, headers: { 'content-type': 'application/zip' } }
      : { status: 404, body: 'not found', headers: { 'content-type': 'text/plain' } }
  })
}

/** A policy that turns the emergency control on (the bundled default has it off). */
export const QUARTER_POLICY = `version: 1
controls:
  change.emergency:
    enabled: true
    label: emergency-change
    retro-approval-hours: 72
`
