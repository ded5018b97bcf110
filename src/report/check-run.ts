/**
 * The `compliance-gate` check run (input check-run; needs `checks: write`).
 *
 * Created `in_progress` on the change's head commit before the engine runs (never GITHUB_SHA, the test-merge
 * commit); after the engine, annotations are sent in PATCHes of at most 50 (GitHub's limit per request; each
 * PATCH appends), then a final PATCH sets the conclusion, a title with the counts and the summary (≤ 65,535
 * characters, cut with a pointer to the evidence artifact). A 403 (a fork PR's read-only token, no
 * `checks: write`) falls back to workflow-command annotations and the job summary, said once; no reporting
 * failure ever changes the gate's verdict or exit code.
 */
import { isAbsolute, relative } from 'node:path'
import type { GitHubApi } from '../collect/github/api.js'
import type { GateRun } from '../engine.js'
import type { Reporter, ReporterIo, SharedReportState } from './types.js'
import { md, plain } from '../evidence/escape.js'
import { annotationTitle, CHECK_RUN_ANNOTATION_LIMIT, selectAnnotations, type LocatedFinding } from './select.js'
import { renderSummary } from '../evidence/summary.js'
import { artifactName } from './artifact.js'
import { checkRunShaFromEvent, checkRunShaFromRecord, reportApi, runUrl } from './github.js'

export const CHECK_RUN_NAME = 'compliance-gate'
/** GitHub's limits (REST "Update a check run"). */
export const ANNOTATIONS_PER_REQUEST = 50
export const OUTPUT_TEXT_LIMIT = 65_535

export type Conclusion = 'success' | 'failure' | 'neutral' | 'action_required'

export function conclusionOf(run: Pick<GateRun, 'results'>): Conclusion {
  const r = run.results
  if (r.result === 'error') return 'action_required'
  if (r.result === 'fail') return r.mode === 'report' ? 'neutral' : 'failure'
  return 'success'
}

export function checkRunTitle(run: Pick<GateRun, 'results'>): string {
  const r = run.results
  const c = r.counts
  const head = r.result === 'error' ? 'Error: could not judge' : r.result === 'fail' ? (r.mode === 'report' ? 'Failed (report mode)' : 'Failed') : 'Passed'
  return `${head}: ${c.fail} failed, ${c.not_verified} not verified, ${c.pass} passed`
}

/** Cut Markdown at a line boundary to fit `limit`, with a pointer to where the whole text is. */
export function fitSummary(markdown: string, limit: number, pointer: string): string {
  if (markdown.length <= limit) return markdown
  const tail = `\n\n… truncated: ${pointer}\n`
  const room = limit - tail.length
  const cut = markdown.lastIndexOf('\n', room)
  return markdown.slice(0, cut > 0 ? cut : room) + tail
}

interface CheckRunAnnotation {
  path: string
  start_line: number
  end_line: number
  start_column?: number
  end_column?: number
  annotation_level: 'notice' | 'warning' | 'failure'
  message: string
  title: string
}

export function toCheckAnnotation(l: LocatedFinding, workspace: string): CheckRunAnnotation {
  const loc = l.finding.location
  const path = isAbsolute(loc.path) ? relative(workspace, loc.path) : loc.path
  const start = loc.line && loc.line > 0 ? loc.line : 1
  const end = loc.end_line && loc.end_line >= start ? loc.end_line : start
  const a: CheckRunAnnotation = {
    path: plain(path, 1000),
    start_line: start,
    end_line: end,
    annotation_level: l.level === 'error' ? 'failure' : 'warning',
    // Plain text (the API shows it as is): the PR's control characters made visible, our own line break kept.
    message: [plain(l.finding.message, 30_000), plain(l.finding.remedy ?? l.verdict.remedy ?? '', 30_000)].filter(Boolean).join('\n'),
    title: plain(annotationTitle(l), 255)
  }
  // Columns only on single-line annotations (the API rejects them otherwise).
  if (start === end && loc.column) {
    a.start_column = loc.column
    a.end_column = loc.end_column && loc.end_column >= loc.column ? loc.end_column : loc.column
  }
  return a
}

export function checkRunReporter(options: { api?: GitHubApi | null } = {}): Reporter {
  let api: GitHubApi | null | undefined = options.api
  let id: number | null = null
  let createdOn: string | null = null
  let forbidden: string | null = null
  /** The create sent at the start, answered while facts are collected (a slow check-runs API never holds them up). */
  let creating: Promise<boolean> | null = null
  /** The start's create failed with no answer at all (timed out, connection refused): not tried again at the end. */
  let unanswered: string | null = null

  const fallback = (shared: SharedReportState, io: ReporterIo, why: string) => {
    if (shared.checkRunUnavailable) return
    // The advice follows the cause: a permission for a 403, the token for a 401, else GitHub's side.
    const advice = /^403\b/.test(why)
      ? 'Grant `checks: write` (not available to pull requests from forks: see the two-workflow pattern in the README).'
      : /^401\b/.test(why)
        ? 'GitHub rejected the token: check the github-token input.'
        : 'GitHub did not accept the check-run request: re-run; if it persists, check https://www.githubstatus.com.'
    shared.checkRunUnavailable = `The ${CHECK_RUN_NAME} check run could not be written (${why}); findings are shown as workflow annotations and in this summary instead. ${advice}`
    io.warning(plain(shared.checkRunUnavailable, 1000))
  }

  async function create(io: ReporterIo, owner: string, repo: string, sha: string, body: Record<string, unknown>): Promise<boolean> {
    const answer = await api!.request<{ id: number }>('POST /repos/{owner}/{repo}/check-runs', { owner, repo, name: CHECK_RUN_NAME, head_sha: sha, ...body })
    if (answer.ok && typeof answer.data?.id === 'number') {
      id = answer.data.id
      createdOn = sha
      return true
    }
    if (!answer.ok && (answer.kind === 'forbidden' || answer.kind === 'unauthorized')) forbidden = `${answer.status} ${answer.message}`
    else if (!answer.ok && answer.status === null) unanswered = `no answer: ${answer.message}`
    else if (!answer.ok) io.info(`compliance-gate: creating the check run failed (${plain(answer.message, 300)}); will try again when the verdict is known.`)
    return false
  }

  return {
    name: 'check run',
    async start({ settings, io }) {
      if (!settings.report?.checkRun) return
      if (api === undefined) api = reportApi(settings)
      if (!api) return
      const sha = checkRunShaFromEvent(settings.eventName, settings.eventPayload)
      if (!sha) return // workflow_dispatch: created once the record names the head
      const details = runUrl(io.env)
      creating = create(io, settings.repository.owner, settings.repository.repo, sha, {
        status: 'in_progress',
        started_at: new Date().toISOString(),
        ...(details ? { details_url: details } : {}),
        output: { title: 'Judging the change…', summary: 'compliance-gate is collecting facts and judging this change.' }
      }).catch(() => false)
    },
    async report({ settings, run, io, shared }) {
      if (!settings.report?.checkRun) return
      if (creating) await creating
      if (forbidden) return fallback(shared, io, forbidden)
      if (unanswered !== null && id === null) return fallback(shared, io, unanswered)
      if (api === undefined) api = reportApi(settings)
      if (!api) return fallback(shared, io, 'no token')
      const owner = run.record.repository.owner || settings.repository.owner
      const repo = run.record.repository.name || settings.repository.repo
      const sha = checkRunShaFromRecord(run.record)
      if (id !== null && sha && createdOn !== sha) {
        io.info(`compliance-gate: the check run was created on ${createdOn}, but the record's head is ${sha}; the check run stays on ${createdOn}.`)
      }
      const title = checkRunTitle(run)
      const selection = selectAnnotations(run.results, CHECK_RUN_ANNOTATION_LIMIT)
      const pointer = `the full summary is summary.md in the evidence artifact ${md(artifactName(run.bundle.dir))} (manifest sha256 ${run.bundle.manifestSha256}).`
      let summary = renderSummary(run.record, run.results, { policy: run.policy })
      if (selection.omitted > 0)
        summary += `\n${selection.omitted} more finding(s) with a file and line are not annotated (at most ${CHECK_RUN_ANNOTATION_LIMIT}); all are in results.json.\n`
      summary = fitSummary(summary, OUTPUT_TEXT_LIMIT, pointer)
      const details = runUrl(io.env)
      const final = {
        status: 'completed',
        conclusion: conclusionOf(run),
        completed_at: new Date().toISOString(),
        ...(details ? { details_url: details } : {}),
        output: { title, summary }
      }
      if (id === null) {
        if (!sha) return fallback(shared, io, 'the head commit of the change is unknown')
        if (
          !(await create(io, owner, repo, sha, {
            status: 'in_progress',
            started_at: run.results.evaluated_at,
            output: { title, summary: 'Adding annotations…' }
          }))
        ) {
          return fallback(shared, io, forbidden ?? 'creating it failed')
        }
      }
      const annotations = selection.selected.map(l => toCheckAnnotation(l, settings.workspace))
      for (let i = 0; i < annotations.length; i += ANNOTATIONS_PER_REQUEST) {
        const batch = annotations.slice(i, i + ANNOTATIONS_PER_REQUEST)
        const answer = await api.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
          owner,
          repo,
          check_run_id: id,
          output: { title, summary: `Adding annotations ${i + 1}–${i + batch.length} of ${annotations.length}…`, annotations: batch }
        })
        if (!answer.ok) {
          if (answer.kind === 'forbidden' || answer.kind === 'unauthorized') return fallback(shared, io, `${answer.status} ${answer.message}`)
          io.warning(
            `compliance-gate: check-run annotations ${i + 1}–${i + batch.length} were not accepted (${plain(answer.message, 300)}); they are in the job summary and results.json.`
          )
          break
        }
      }
      const done = await api.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', { owner, repo, check_run_id: id, ...final })
      if (!done.ok) {
        if (done.kind === 'forbidden' || done.kind === 'unauthorized') return fallback(shared, io, `${done.status} ${done.message}`)
        throw new Error(`completing check run ${id} failed: ${done.status ?? 'no response'} ${done.message}`)
      }
      shared.checkRunId = id ?? undefined
      io.setOutput('check-run-id', String(id))
      io.info(
        `compliance-gate: check run ${id} completed (${conclusionOf(run)}) with ${annotations.length} annotation(s)${selection.omitted ? `, ${selection.omitted} left out` : ''}.`
      )
    }
  }
}
