/**
 * The runner's side of the action: inputs, masks, log lines, annotations, step outputs and the job summary, in
 * the workflow-command and environment-file formats GitHub documents and @actions/core writes (the same escaping,
 * the same random heredoc delimiter). The action writes them itself because @actions/core loads undici (1 MB of
 * bundle, some 100 ms of every run's start) for the OIDC client only keyless signing uses: that path imports
 * @actions/core on demand (src/report/signature.ts).
 */
import { randomUUID } from 'node:crypto'
import { constants, existsSync, appendFileSync } from 'node:fs'
import { access, appendFile } from 'node:fs/promises'
import { EOL } from 'node:os'
import type { AnnotationProps } from './report/types.js'

/** An input as the runner passes it (`INPUT_<NAME>`, spaces as underscores), trimmed; '' when unset. */
export function getInput(name: string, env: NodeJS.ProcessEnv = process.env): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim()
}

/** Have the runner mask this value in every log line after this one. */
export function setSecret(value: string): void {
  issueCommand('add-mask', {}, value)
}

export function info(message: string): void {
  process.stdout.write(message + EOL)
}

export function notice(message: string, props: AnnotationProps = {}): void {
  issueCommand('notice', annotationProperties(props), message)
}

export function warning(message: string, props: AnnotationProps = {}): void {
  issueCommand('warning', annotationProperties(props), message)
}

export function error(message: string, props: AnnotationProps = {}): void {
  issueCommand('error', annotationProperties(props), message)
}

/** An error annotation, and the step fails (exit code 1). */
export function setFailed(message: string): void {
  process.exitCode = 1
  error(message)
}

/** A step output: appended to GITHUB_OUTPUT as a heredoc; without that file, the legacy `set-output` command. */
export function setOutput(name: string, value: string, env: NodeJS.ProcessEnv = process.env): void {
  const file = env.GITHUB_OUTPUT
  if (!file) {
    process.stdout.write(EOL)
    issueCommand('set-output', { name }, value)
    return
  }
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`)
  const delimiter = `ghadelimiter_${randomUUID()}`
  if (name.includes(delimiter) || value.includes(delimiter)) throw new Error(`Unexpected input: the output ${name} holds its own delimiter`)
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, { encoding: 'utf8' })
}

/** Append Markdown to the job summary (GITHUB_STEP_SUMMARY), which the runner creates for the step. */
export async function appendSummary(markdown: string, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const file = env.GITHUB_STEP_SUMMARY
  if (!file) throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.')
  try {
    await access(file, constants.R_OK | constants.W_OK)
  } catch {
    throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`)
  }
  await appendFile(file, markdown, { encoding: 'utf8' })
}

/** `::command key=value,…::message` on its own line, its parts escaped so no value can end the command early. */
function issueCommand(command: string, properties: Record<string, unknown>, message: unknown): void {
  // As @actions/core: a space once any property is named, then those with a value (empty, zero and missing left out).
  const props = Object.entries(properties)
    .filter(([, v]) => Boolean(v))
    .map(([k, v]) => `${k}=${escapeProperty(v)}`)
  const named = Object.keys(properties).length > 0 ? ' ' : ''
  process.stdout.write(`::${command}${named}${props.join(',')}::${escapeData(message)}${EOL}`)
}

/** An annotation's properties under their command names; none at all when none was given. */
function annotationProperties(p: AnnotationProps): Record<string, unknown> {
  if (Object.keys(p).length === 0) return {}
  return { title: p.title, file: p.file, line: p.startLine, endLine: p.endLine, col: p.startColumn, endColumn: p.endColumn }
}

/** A value as a command carries it: a string as itself, nothing as '', anything else as JSON. */
function commandValue(v: unknown): string {
  if (v === null || v === undefined) return ''
  return typeof v === 'string' || v instanceof String ? String(v) : JSON.stringify(v)
}

function escapeData(v: unknown): string {
  return commandValue(v).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

function escapeProperty(v: unknown): string {
  return escapeData(v).replace(/:/g, '%3A').replace(/,/g, '%2C')
}
