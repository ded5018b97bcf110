/** The job summary (GITHUB_STEP_SUMMARY): the bundle's summary.md plus where the evidence is. */
import type { Reporter } from './types.js'
import { code } from '../evidence/escape.js'

export function jobSummaryReporter(): Reporter {
  return {
    name: 'job summary',
    async report({ run, io, shared }) {
      const notes: string[] = []
      if (shared.checkRunUnavailable) notes.push(`> **Note:** ${shared.checkRunUnavailable}`, '')
      await io.appendSummary(
        notes.join('\n') +
          (notes.length ? '\n' : '') +
          run.summary +
          `\nEvidence: ${code(run.bundle.dir, 1000)} · manifest sha256 \`${run.bundle.manifestSha256}\`\n`
      )
    }
  }
}
