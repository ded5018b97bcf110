/**
 * The action's own workflow commands write what @actions/core writes, byte for byte (the heredoc delimiter
 * aside, which is random in both): the runner parses them, and an escaping slip would let a PR's text end a
 * command early or forge another.
 */
import { afterEach, beforeEach, expect, test } from '@jest/globals'
import * as core from '@actions/core'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as runner from '../../src/workflow-commands.js'

let written: string[] = []
const realWrite = process.stdout.write.bind(process.stdout)
const savedEnv = { ...process.env }
const savedExitCode = process.exitCode

beforeEach(() => {
  written = []
  process.stdout.write = ((chunk: string | Uint8Array) => {
    written.push(String(chunk))
    return true
  }) as typeof process.stdout.write
})
afterEach(() => {
  process.stdout.write = realWrite
  process.env = { ...savedEnv }
  process.exitCode = savedExitCode
})

/** What one call printed. */
function printed(call: () => void): string {
  written = []
  call()
  return written.join('')
}

const MESSAGES = ['plain', 'two\nlines\r\nand 100% :: done', '::error::forged', '', 'ünïcode ✓ %0A']
const PROPS = [
  {},
  { title: 'a, b: c', file: 'src/x,y:z.ts', startLine: 3, endLine: 4, startColumn: 2, endColumn: 9 },
  { file: 'only/file.ts', startLine: 0 },
  { title: '', file: 'dir/%0A\nfile', startLine: 7 },
  // Named but all empty: @actions/core still writes the space before the (empty) property list.
  { title: '', startLine: 0 },
  { title: undefined },
  { startLine: Number.POSITIVE_INFINITY, endLine: Number.NaN }
]

test.each(MESSAGES)('info, masks, notices, warnings and errors print as @actions/core prints them: %j', message => {
  expect(printed(() => runner.info(message))).toBe(printed(() => core.info(message)))
  expect(printed(() => runner.setSecret(message))).toBe(printed(() => core.setSecret(message)))
  for (const props of PROPS) {
    expect(printed(() => runner.notice(message, props))).toBe(printed(() => core.notice(message, props)))
    expect(printed(() => runner.warning(message, props))).toBe(printed(() => core.warning(message, props)))
    expect(printed(() => runner.error(message, props))).toBe(printed(() => core.error(message, props)))
  }
})

test('setFailed: the same error line, and exit code 1', () => {
  process.exitCode = 0
  const ours = printed(() => runner.setFailed('it broke\nbadly'))
  expect(process.exitCode).toBe(1)
  process.exitCode = 0
  expect(ours).toBe(printed(() => core.setFailed('it broke\nbadly')))
})

test('inputs: INPUT_<NAME> with spaces as underscores, trimmed, empty when unset', () => {
  process.env['INPUT_GITHUB-TOKEN'] = '  abc \n'
  process.env['INPUT_TWO_WORDS'] = 'x'
  for (const name of ['github-token', 'two words', 'missing']) expect(runner.getInput(name)).toBe(core.getInput(name))
  expect(runner.getInput('github-token')).toBe('abc')
})

test('outputs: the same heredoc in GITHUB_OUTPUT (delimiters aside), the legacy command without it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cg-commands-'))
  const ours = join(dir, 'ours')
  const theirs = join(dir, 'theirs')
  writeFileSync(ours, '')
  writeFileSync(theirs, '')
  const values = ['pass', 'multi\nline\nvalue', '', 'x<<EOF']
  for (const v of values) {
    process.env.GITHUB_OUTPUT = ours
    runner.setOutput('result', v)
    process.env.GITHUB_OUTPUT = theirs
    core.setOutput('result', v)
  }
  const unDelimited = (file: string) => readFileSync(file, 'utf8').replace(/ghadelimiter_[0-9a-f-]{36}/g, 'DELIM')
  expect(unDelimited(ours)).toBe(unDelimited(theirs))
  expect(unDelimited(ours)).toContain('result<<DELIM\nmulti\nline\nvalue\nDELIM\n')

  delete process.env.GITHUB_OUTPUT
  expect(printed(() => runner.setOutput('result', 'a\nb'))).toBe(printed(() => core.setOutput('result', 'a\nb')))
  process.env.GITHUB_OUTPUT = join(dir, 'missing')
  expect(() => runner.setOutput('result', 'x')).toThrow(/Missing file at path/)
})

test('the job summary: appended as @actions/core appends it; a missing variable is an error naming it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cg-summary-'))
  const ours = join(dir, 'ours.md')
  const theirs = join(dir, 'theirs.md')
  writeFileSync(ours, '# before\n')
  writeFileSync(theirs, '# before\n')
  process.env.GITHUB_STEP_SUMMARY = ours
  await runner.appendSummary('## one\n')
  await runner.appendSummary('two')
  process.env.GITHUB_STEP_SUMMARY = theirs
  await core.summary.addRaw('## one\n').write()
  await core.summary.addRaw('two').write()
  expect(readFileSync(ours, 'utf8')).toBe(readFileSync(theirs, 'utf8'))
  delete process.env.GITHUB_STEP_SUMMARY
  await expect(runner.appendSummary('x')).rejects.toThrow(/GITHUB_STEP_SUMMARY/)
  process.env.GITHUB_STEP_SUMMARY = join(dir, 'nope', 'summary.md')
  await expect(runner.appendSummary('x')).rejects.toThrow(/Unable to access summary file/)
})
