#!/usr/bin/env node
/** CLI entry point (package.json bin). */
import { restoreEventPath } from './event-path-guard.js' // first: before @actions/github loads
import { main } from './cli.js'
import { crashTrace } from './crash-trace.js'

restoreEventPath()
main(process.argv.slice(2), {
  out: text => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: text => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  env: process.env,
  cwd: process.cwd()
}).then(
  code => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`compliance-gate crashed: ${crashTrace(error)}\n`)
    process.exitCode = 2
  }
)
