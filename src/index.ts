/** Action entry point: runs the action and turns anything unexpected into a failed step, never a green one. */
import * as core from '@actions/core'
import { run } from './action.js'

run().catch((error: unknown) => {
  core.setOutput('result', 'error')
  core.setFailed(`compliance-gate crashed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`)
})
