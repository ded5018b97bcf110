/**
 * The reporters the action runs, in order. Add a channel: a file in src/report/, a line here.
 * The check run goes before the workflow-command annotations and the job summary, which fall back to carry
 * the findings when it cannot be written.
 */
import type { Settings } from '../settings.js'
import type { Reporter } from './types.js'
import { outputsReporter } from './outputs.js'
import { checkRunReporter } from './check-run.js'
import { workflowAnnotationsReporter } from './workflow-annotations.js'
import { jobSummaryReporter } from './job-summary.js'
import { commentReporter } from './comment.js'
import { artifactReporter } from './artifact.js'
import { signatureReporter } from './signature.js'

/**
 * The SARIF reporter, loaded when it runs: it reads every control's metadata (the control registry), which
 * start-up need not load (src/engine-parts.ts).
 */
function sarifReporter(): Reporter {
  return { name: 'SARIF', report: async ctx => (await import('./sarif.js')).sarifReporter().report(ctx) }
}

export function actionReporters(_settings: Settings): Reporter[] {
  // The signature first: it rewrites the manifest, whose digest and files the others publish.
  return [
    signatureReporter(),
    outputsReporter(),
    checkRunReporter(),
    sarifReporter(),
    workflowAnnotationsReporter(),
    jobSummaryReporter(),
    commentReporter(),
    artifactReporter()
  ]
}

/** What `publish` (the workflow_run side of the fork pattern) runs from a verified bundle. */
export function publishReporters(_settings: Settings): Reporter[] {
  return [outputsReporter(), checkRunReporter(), sarifReporter(), jobSummaryReporter(), commentReporter()]
}
