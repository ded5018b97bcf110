/**
 * The CLI: the same engine as the action, for developers, compliance leads and auditors.
 * Each command lives in src/commands/<name>.ts; this file only dispatches.
 * Exit codes: 0 pass, 1 fail (or verify mismatch), 2 error or bad usage.
 */
import { COMMANDS } from './commands/index.js'
import type { CliIo } from './commands/types.js'
import { SettingsError } from './settings.js'
import { TOOL_NAME, TOOL_VERSION } from './version.js'

export type { CliIo }

export function mainHelp(): string {
  const width = Math.max(...COMMANDS.map(c => c.name.length)) + 2
  return `${TOOL_NAME} ${TOOL_VERSION}: gate pull requests on change-management controls and keep audit evidence.

Usage: compliance-gate <command> [options]

Commands:
${COMMANDS.map(c => `  ${c.name.padEnd(width)} ${c.summary}`).join('\n')}

Options:
  ${'--version'.padEnd(width)} print the version
  ${'-h, --help'.padEnd(width)} this help

Run 'compliance-gate <command> --help' for a command's options.
Exit codes: 0 pass, 1 fail, 2 error or bad usage.`
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv
  // `help COMMAND` is `COMMAND --help`.
  const helped = name === 'help' && rest[0] ? COMMANDS.find(c => c.name === rest[0]) : undefined
  if (helped) {
    io.out(helped.help)
    return 0
  }
  if (!name || name === '-h' || name === '--help' || name === 'help') {
    io.out(mainHelp())
    return name ? 0 : 2
  }
  if (name === '--version' || name === '-v') {
    io.out(TOOL_VERSION)
    return 0
  }
  const command = COMMANDS.find(c => c.name === name)
  if (!command) {
    io.err(`Unknown command '${name}'.\n\n${mainHelp()}`)
    return 2
  }
  try {
    return await command.run(rest, io)
  } catch (error) {
    if (error instanceof SettingsError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`${(error as Error).message}\n\n${command.help}`)
      return 2
    }
    io.err(`compliance-gate: ${(error as Error)?.message ?? String(error)}`)
    return 2
  }
}
