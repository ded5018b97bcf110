/** A CLI command: its one-line summary for the main help, its own help text, and what it does. */
export interface CliIo {
  out: (text: string) => void
  err: (text: string) => void
  env: NodeJS.ProcessEnv
  cwd: string
}

export interface Command {
  name: string
  /** One line in `compliance-gate --help`. */
  summary: string
  /** `compliance-gate <name> --help`. */
  help: string
  /** Exit code: 0 pass, 1 fail (or mismatch), 2 error or bad usage (see each command's help). */
  run(args: string[], io: CliIo): Promise<number>
}
