/** The CLI's commands, in the order `compliance-gate --help` lists them. Add a command: a file here, a line below. */
import type { Command } from './types.js'
import { checkCommand } from './check.js'
import { verifyCommand } from './verify.js'
import { demoCommand } from './demo.js'
import { explainCommand } from './explain.js'
import { initCommand } from './init.js'
import { auditCommand } from './audit.js'
import { controlsCommand } from './controls.js'
import { exportCommand } from './export.js'
import { scanCommand } from './scan.js'

export const COMMANDS: readonly Command[] = [
  checkCommand,
  verifyCommand,
  scanCommand,
  demoCommand,
  auditCommand,
  controlsCommand,
  exportCommand,
  explainCommand,
  initCommand
]
