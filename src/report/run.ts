/** Run reporters one after another; a failing reporter is one warning, never a changed verdict or exit code. */
import type { ReportContext, Reporter, StartContext } from './types.js'
import { plain } from '../evidence/escape.js'

export async function startReporters(reporters: readonly Reporter[], ctx: StartContext): Promise<void> {
  for (const reporter of reporters) {
    if (!reporter.start) continue
    try {
      await reporter.start(ctx)
    } catch (error) {
      ctx.io.warning(`compliance-gate: the ${reporter.name} reporter could not start: ${plain(messageOf(error), 500)}. The gate's verdict is not affected.`)
    }
  }
}

export async function runReporters(reporters: readonly Reporter[], ctx: ReportContext): Promise<void> {
  for (const reporter of reporters) {
    try {
      await reporter.report(ctx)
    } catch (error) {
      ctx.io.warning(
        `compliance-gate: the ${reporter.name} reporter failed: ${plain(messageOf(error), 500)}. The gate's verdict is not affected; the evidence is at ${ctx.run.bundle.dir}.`
      )
    }
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
