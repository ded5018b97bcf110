/** Action entry point: runs the action and turns anything unexpected into a failed step, never a green one. */
import { restoreEventPath } from './event-path-guard.js' // first: before @actions/github loads
import { run } from './action.js'
import { crashTrace } from './crash-trace.js'
import { setFailed, setOutput } from './workflow-commands.js'

restoreEventPath()
run().then(
  gate => {
    // After the run-wide deadline, reads still in flight must not keep the step alive: the evidence is written.
    if (gate?.timedOut) process.exit(process.exitCode ?? 1)
  },
  (error: unknown) => {
    setOutput('result', 'error')
    setFailed(`compliance-gate crashed: ${crashTrace(error)}`)
  }
)
