/** The reporters the action runs, in order. Add a channel: a file in src/report/, a line here. */
import type { Settings } from '../settings.js'
import type { Reporter } from './types.js'
import { outputsReporter } from './outputs.js'
import { jobSummaryReporter } from './job-summary.js'
import { workflowAnnotationsReporter } from './workflow-annotations.js'
import { artifactReporter } from './artifact.js'
import { signatureReporter } from '../evidence/sign-reporter.js'

export function actionReporters(_settings: Settings): Reporter[] {
  // The signature first: it rewrites the manifest, whose digest and files the others publish.
  return [signatureReporter(), outputsReporter(), workflowAnnotationsReporter(), jobSummaryReporter(), artifactReporter()]
}
