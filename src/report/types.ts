/**
 * The reporter seam. The engine judges and writes the bundle; then each output channel (step outputs, job
 * summary, workflow-command annotations, artifact, check run, PR comment, SARIF, signature …) is a Reporter.
 *
 * Contract: the bundle is written before any reporter's `report` runs; a reporter that fails (throws) gives
 * one warning naming the channel and never changes a verdict, the gate result or the exit code (other than a
 * setting it documents itself). A reporter may also `start` before the engine runs (a check run `in_progress`).
 */
import type { GateRun } from '../engine.js'
import type { Settings } from '../settings.js'

/** File/line properties of a workflow-command annotation (what @actions/core takes). */
export interface AnnotationProps {
  title?: string
  file?: string
  startLine?: number
  endLine?: number
  startColumn?: number
  endColumn?: number
}

/** Where a reporter writes: the runner (@actions/core) in the action, a fake in tests. */
export interface ReporterIo {
  info(message: string): void
  notice(message: string, props?: AnnotationProps): void
  warning(message: string, props?: AnnotationProps): void
  error(message: string, props?: AnnotationProps): void
  setOutput(name: string, value: string): void
  /** Append Markdown to the job summary (GITHUB_STEP_SUMMARY). */
  appendSummary(markdown: string): Promise<void>
  env: NodeJS.ProcessEnv
}

/** What every reporter sees after the engine ran (or after `publish` re-verified a bundle). */
export interface ReportContext {
  settings: Settings
  run: GateRun
  io: ReporterIo
  /** Shared between reporters of one run: e.g. the check-run reporter tells the others it fell back. */
  shared: SharedReportState
}

export interface SharedReportState {
  /** Set when the check run could not be written: the workflow-command annotations carry the findings. */
  checkRunUnavailable?: string
  /** Set when a check run carries the annotations (the workflow commands then stay short). */
  checkRunId?: number
  sarifPath?: string
}

export interface StartContext {
  settings: Settings
  io: ReporterIo
  shared: SharedReportState
}

export interface Reporter {
  /** The channel's name in warnings ("check run", "PR comment" …). */
  readonly name: string
  /** Before the engine runs. Optional. */
  start?(ctx: StartContext): Promise<void>
  report(ctx: ReportContext): Promise<void>
}
