/** Action entry point: runs the action and turns anything unexpected into a failed step, never a green one. */
import { restoreEventPath } from './event-path-guard.js' // first: before @actions/github loads
import * as core from '@actions/core'
import { run } from './action.js'
import { crashTrace } from './crash-trace.js'

restoreEventPath()
run().then(
  gate => {
    // After the run-wide deadline, reads still in flight must not keep the step alive: the evidence is written.
    if (gate?.timedOut) process.exit(process.exitCode ?? 1)
  },
  (error: unknown) => {
    core.setOutput('result', 'error')
    core.setFailed(`compliance-gate crashed: ${crashTrace(error)}`)
  }
)
