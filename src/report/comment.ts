/**
 * The sticky PR comment (input comment: off | on-failure | always; needs `pull-requests: write`).
 *
 * One comment per pull request, found again by a hidden marker on its first line and edited in place on later
 * runs (never a second one). With on-failure, a comment is written when the gate does not pass; once the
 * change passes, an existing comment is edited to say so (none is created for a change that always passed).
 * Every text from the PR is Markdown-escaped; @mentions are put in code spans so the comment notifies nobody.
 */
import type { GitHubApi } from '../collect/github/api.js'
import type { GateRun } from '../engine.js'
import type { Reporter } from './types.js'
import { plain } from '../evidence/escape.js'
import { reportApi, runUrl } from './github.js'
import { ICON, LABEL, cell, mappingText } from '../evidence/summary.js'
import { checkRunTitle } from './check-run.js'

export const COMMENT_MARKER = '<!-- compliance-gate:sticky-comment -->'
const COMMENT_LIMIT = 65_000

interface IssueComment {
  id: number
  body?: string
  user?: { login?: string; type?: string } | null
}

export function commentBody(run: GateRun, links: { runUrl: string | null; checkRunId?: number }): string {
  const r = run.results
  const lines = [COMMENT_MARKER]
  if (r.result === 'pass') {
    lines.push(`### ✅ compliance-gate: this change now passes`, '', `${checkRunTitle(run)} at \`${run.record.subject.head_sha.slice(0, 7)}\`.`)
  } else {
    const head =
      r.result === 'error'
        ? '💥 compliance-gate could not judge this change'
        : r.mode === 'report'
          ? '❌ compliance-gate: failed (report mode, not blocking)'
          : '❌ compliance-gate: this change is blocked'
    lines.push(`### ${head}`, '', `${checkRunTitle(run)} at \`${run.record.subject.head_sha.slice(0, 7)}\`.`, '')
    for (const e of r.errors) lines.push(`- 💥 ${cell(e)}`)
    for (const v of r.verdicts.filter(x => x.status === 'fail' || x.status === 'not_verified')) {
      const maps = mappingText(v)
      lines.push(
        `- ${ICON[v.status]} **\`${v.control}\`** ${LABEL[v.status]}${v.effect === 'blocking' ? ' (blocks)' : ''}: ${cell(v.reason)}${v.remedy ? `<br>**Fix:** ${cell(v.remedy)}` : ''}${maps ? `<br><sub>${cell(maps)}</sub>` : ''}`
      )
    }
  }
  lines.push('')
  const where = [links.runUrl ? `[workflow run](${links.runUrl})` : null, `evidence manifest sha256 \`${run.bundle.manifestSha256.slice(0, 16)}…\``].filter(
    Boolean
  )
  lines.push(`<sub>${where.join(' · ')} · this comment is updated in place on every run.</sub>`, '')
  const body = lines.join('\n')
  return body.length > COMMENT_LIMIT ? `${body.slice(0, COMMENT_LIMIT)}\n\n… cut: see the job summary.\n` : body
}

/** Who wrote a sticky comment, on its second line: the comment is ours when the tag names the comment's own author. */
export const authorTag = (login: string): string => `<!-- compliance-gate:author=${login} -->`

/** The sticky body with the tag of the author it is (or will be) written as. */
function tagged(body: string, login: string | undefined): string {
  return login ? body.replace(COMMENT_MARKER, `${COMMENT_MARKER}\n${authorTag(login)}`) : body
}

/**
 * The PR's sticky comments this gate may edit, newest first: those whose author tag names their own author (written by
 * this gate as that author: a bot, or the person whose token runs it), then, from gates before the tag, those a bot
 * wrote with the marker. A person who pastes the marker does not capture the sticky comment.
 */
async function findStickies(api: GitHubApi, owner: string, repo: string, issue: number): Promise<{ ours: IssueComment[]; legacy: IssueComment[] }> {
  const list = await api.paginate<IssueComment>(
    'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
    { owner, repo, issue_number: issue },
    { maxItems: 3000 }
  )
  if (!list.ok) throw new Error(`listing the PR's comments failed: ${list.status ?? 'no response'} ${list.message}`)
  const marked = list.data.filter(c => typeof c.body === 'string' && c.body.startsWith(COMMENT_MARKER)).sort((a, b) => b.id - a.id)
  const isOurs = (c: IssueComment) => Boolean(c.user?.login) && c.body!.includes(authorTag(c.user!.login!))
  return { ours: marked.filter(isOurs), legacy: marked.filter(c => !isOurs(c) && c.user?.type === 'Bot') }
}

export function commentReporter(options: { api?: GitHubApi | null } = {}): Reporter {
  return {
    name: 'PR comment',
    async report({ settings, run, io, shared }) {
      const mode = settings.report?.comment ?? 'off'
      if (mode === 'off') return
      const pr = run.record.pull_request.value?.number ?? run.results.subject.pull_request
      if (!pr) return
      const api = options.api !== undefined ? options.api : reportApi(settings)
      if (!api) throw new Error('no token to write the PR comment')
      const owner = run.record.repository.owner || settings.repository.owner
      const repo = run.record.repository.name || settings.repository.repo
      const { ours, legacy } = await findStickies(api, owner, repo, pr)
      const candidates = ours.length > 0 ? ours : legacy
      const passes = run.results.result === 'pass'
      if (mode === 'on-failure' && passes && candidates.length === 0) return
      const body = commentBody(run, { runUrl: runUrl(io.env), checkRunId: shared.checkRunId })
      // The newest of our sticky comments is edited; older copies by the same author (a create retried after a lost
      // answer) are removed so one comment stays. Without a tagged one, a bot's marker comment from a gate before the
      // tag is taken over if this token may edit it (another app's answers 403 and is passed over).
      const refused: number[] = []
      for (const existing of candidates) {
        const author = existing.user?.login
        const answer = await api.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
          owner,
          repo,
          comment_id: existing.id,
          body: tagged(body, author)
        })
        if (answer.ok) {
          io.setOutput('comment-id', String(existing.id))
          io.info(`compliance-gate: PR comment ${existing.id} updated.`)
          // Other marker comments by the same author are copies (a create retried after a lost answer): removed.
          for (const older of [...ours, ...legacy].filter(c => c.id !== existing.id && author && c.user?.login === author)) {
            const removed = await api.request('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', { owner, repo, comment_id: older.id })
            if (!removed.ok)
              io.warning(`compliance-gate: an older copy of the PR comment (${older.id}) could not be removed: ${removed.status ?? 'no response'}.`)
          }
          return
        }
        if (answer.kind !== 'forbidden' && answer.kind !== 'not_found')
          throw new Error(`editing comment ${existing.id} failed: ${answer.status ?? 'no response'} ${plain(answer.message, 300)}`)
        refused.push(existing.id)
      }
      if (refused.length > 0)
        io.warning(
          `compliance-gate: the PR's compliance-gate comment(s) ${refused.join(', ')} could not be edited with this token (another app's, or no \`pull-requests: write\`); a new comment is posted.`
        )
      const created = await api.request<{ id: number; user?: { login?: string } | null }>('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        owner,
        repo,
        issue_number: pr,
        body
      })
      if (!created.ok) {
        const hint = created.kind === 'forbidden' ? ' Grant `pull-requests: write` (fork PRs: use the two-workflow pattern in the README).' : ''
        throw new Error(`posting the PR comment failed: ${created.status ?? 'no response'} ${plain(created.message, 300)}.${hint}`)
      }
      io.setOutput('comment-id', String(created.data.id))
      io.info(`compliance-gate: PR comment ${created.data.id} posted.`)
      // Its author is known only now (a bot, or the person whose token runs the gate): tag it so later runs find it.
      const login = created.data.user?.login
      if (login) {
        const tagging = await api.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
          owner,
          repo,
          comment_id: created.data.id,
          body: tagged(body, login)
        })
        if (!tagging.ok)
          io.warning(
            `compliance-gate: the new PR comment ${created.data.id} could not be tagged (${tagging.status ?? 'no response'}); a later run may post another.`
          )
      }
    }
  }
}
