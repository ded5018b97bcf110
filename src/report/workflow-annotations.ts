/**
 * Workflow-command annotations (`::error file=…,line=…::…`), chosen fairly (see select.ts): the first ten
 * errors cover as many failing controls as there are. Text from the PR has its control characters made
 * visible; @actions/core escapes the rest of the command syntax.
 */
import { isAbsolute, relative } from 'node:path'
import type { Reporter } from './types.js'
import { plain } from '../evidence/escape.js'
import { annotationTitle, selectAnnotations, WORKFLOW_ANNOTATION_LIMIT } from './select.js'

export function workflowAnnotationsReporter(limit = WORKFLOW_ANNOTATION_LIMIT): Reporter {
  return {
    name: 'workflow-command annotations',
    async report({ run, io, settings, shared }) {
      for (const w of run.results.warnings) io.warning(plain(w))
      // The check run carries every located finding at its line: repeating them here would show each twice.
      if (shared.checkRunId !== undefined) return
      const { selected, omitted } = selectAnnotations(run.results, limit)
      for (const l of selected) {
        const f = l.finding
        const file = isAbsolute(f.location.path) ? relative(settings.workspace, f.location.path) : f.location.path
        const props = {
          title: plain(annotationTitle(l), 255),
          file: plain(file, 1000),
          startLine: f.location.line,
          startColumn: f.location.column,
          endLine: f.location.end_line
        }
        const message = plain(f.message) + (f.remedy ? `\n${plain(f.remedy)}` : '')
        if (l.level === 'error') io.error(message, props)
        else io.warning(message, props)
      }
      if (omitted > 0)
        io.notice(
          `compliance-gate: ${omitted} more finding(s) with a file and line are not annotated here (at most ${limit}); all are in results.json, and the job summary lists the most severe first.`
        )
    }
  }
}
