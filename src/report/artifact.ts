/** Upload the evidence bundle as a workflow artifact (input upload-artifact, retention-days). */
import { join } from 'node:path'
import type { Reporter } from './types.js'

export function artifactReporter(): Reporter {
  return {
    name: 'evidence artifact',
    async report({ run, io, settings }) {
      const report = settings.report
      if (report && !report.uploadArtifact) return
      if (!io.env.ACTIONS_RUNTIME_TOKEN || !io.env.ACTIONS_RESULTS_URL) {
        io.notice(
          `Artifact upload skipped: the runner gave no artifact service (ACTIONS_RUNTIME_TOKEN/ACTIONS_RESULTS_URL). The evidence is at ${run.bundle.dir}.`
        )
        return
      }
      const { DefaultArtifactClient } = await import('@actions/artifact')
      const client = new DefaultArtifactClient()
      const files = run.bundle.manifest.files.map(f => join(run.bundle.dir, f.path)).concat(join(run.bundle.dir, 'manifest.json'))
      const name = artifactName(run.bundle.dir)
      const retentionDays = report?.retentionDays ?? undefined
      const uploaded = await client.uploadArtifact(name, files, run.bundle.dir, retentionDays ? { retentionDays } : {})
      io.info(`Evidence uploaded as artifact '${name}' (id ${uploaded.id ?? 'unknown'}).`)
      io.setOutput('artifact-name', name)
    }
  }
}

export function artifactName(bundleDir: string): string {
  return `compliance-evidence-${bundleDir.split(/[\\/]/).pop()}`
}
