/** Step outputs: result, failed / not-verified controls, where the evidence is and its manifest digest. */
import type { Reporter } from './types.js'

export function outputsReporter(): Reporter {
  return {
    name: 'step outputs',
    async report({ run, io }) {
      io.setOutput('result', run.results.result)
      io.setOutput('failed-controls', run.results.failed_controls.join(','))
      io.setOutput('not-verified-controls', run.results.not_verified_controls.join(','))
      io.setOutput('evidence-path', run.bundle.dir)
      io.setOutput('manifest-sha256', run.bundle.manifestSha256)
    }
  }
}
