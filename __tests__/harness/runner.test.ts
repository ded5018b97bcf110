import { afterAll, describe, expect, test } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { cleanupRunnerTemps, inputEnvName, parseFileCommands, runAction, runCli } from '../helpers/runner.js'
import { pullRequestEvent, pushEvent } from '../helpers/events.js'
import { makeGitRepo } from '../helpers/git-repo.js'

const dir = mkdtempSync(join(tmpdir(), 'cg-runner-test-'))
// A throwaway "action": echoes its environment and writes outputs the way @actions/core does.
const script = join(dir, 'action.mjs')
writeFileSync(
  script,
  `import { appendFileSync, readFileSync } from 'node:fs'
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => /^(GITHUB_|INPUT_|RUNNER_|ACTIONS_|CI$|NODE_OPTIONS$)/.test(k)))
appendFileSync(process.env.GITHUB_OUTPUT, 'simple=yes\\n')
appendFileSync(process.env.GITHUB_OUTPUT, 'multi<<ghadelimiter_123\\nline 1\\nline=2\\nghadelimiter_123\\n')
appendFileSync(process.env.GITHUB_OUTPUT, 'env<<EOF\\n' + JSON.stringify(env) + '\\nEOF\\n')
appendFileSync(process.env.GITHUB_STEP_SUMMARY, '# Summary\\n')
appendFileSync(process.env.GITHUB_ENV, 'EXPORTED=1\\n')
const event = JSON.parse(readFileSync(process.env.GITHUB_EVENT_PATH, 'utf8'))
console.log('::error file=src/a.ts,line=3::bad%0Athing')
console.log('::notice::event ' + (event.action ?? 'none'))
process.exitCode = Number(process.env['INPUT_EXIT-CODE'] ?? 0)
`
)

afterAll(() => cleanupRunnerTemps())

describe('runAction', () => {
  test('runner environment, inputs, outputs, summary, annotations', async () => {
    process.env.GITHUB_TOKEN = 'parent-leak'
    process.env.INPUT_STALE = 'x'
    try {
      const eventPath = pullRequestEvent('synchronize', { owner: 'acme', repo: 'api', number: 12, headRef: 'feat/x', baseRef: 'main', headSha: 'a'.repeat(40) })
      const r = await runAction({
        entry: script,
        eventName: 'pull_request',
        eventPath,
        apiUrl: 'http://127.0.0.1:5555',
        inputs: { 'github-token': 'ghs_t', 'exit-code': '3', 'fail on': 'high' }
      })
      expect(r.code).toBe(3)
      expect(r.outputs.simple).toBe('yes')
      expect(r.outputs.multi).toBe('line 1\nline=2')
      expect(r.summary).toBe('# Summary\n')
      expect(r.exportedEnv).toEqual({ EXPORTED: '1' })
      expect(r.annotations).toEqual([
        { level: 'error', message: 'bad\nthing', properties: { file: 'src/a.ts', line: '3' } },
        { level: 'notice', message: 'event synchronize', properties: {} }
      ])
      const env = JSON.parse(r.outputs.env) as Record<string, string>
      expect(env).toMatchObject({
        'INPUT_GITHUB-TOKEN': 'ghs_t',
        INPUT_FAIL_ON: 'high',
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: eventPath,
        GITHUB_REPOSITORY: 'acme/api',
        GITHUB_REPOSITORY_OWNER: 'acme',
        GITHUB_REF: 'refs/pull/12/merge',
        GITHUB_HEAD_REF: 'feat/x',
        GITHUB_BASE_REF: 'main',
        GITHUB_API_URL: 'http://127.0.0.1:5555',
        GITHUB_GRAPHQL_URL: 'http://127.0.0.1:5555/graphql',
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_ACTIONS: 'true',
        CI: 'true',
        RUNNER_OS: 'Linux',
        RUNNER_TEMP: r.runnerTemp,
        GITHUB_RUN_ATTEMPT: '1'
      })
      expect(env.GITHUB_SHA).toMatch(/^[0-9a-f]{40}$/)
      expect(env.GITHUB_WORKSPACE).toBeTruthy()
      for (const k of ['GITHUB_TOKEN', 'INPUT_STALE', 'ACTIONS_RUNTIME_TOKEN', 'NODE_OPTIONS']) expect(env[k]).toBeUndefined()
      expect(env.GITHUB_OUTPUT.startsWith(r.runnerTemp)).toBe(true)
    } finally {
      delete process.env.GITHUB_TOKEN
      delete process.env.INPUT_STALE
    }
  })

  test('push event refs, cwd as workspace, env overrides and removal', async () => {
    const repo = makeGitRepo()
    const r = await runAction({
      entry: script,
      eventName: 'push',
      eventPath: pushEvent({ ref: 'refs/heads/main', after: 'b'.repeat(40) }),
      cwd: repo.dir,
      env: { GITHUB_RUN_ID: '77', RUNNER_OS: undefined }
    })
    const env = JSON.parse(r.outputs.env) as Record<string, string>
    expect(env).toMatchObject({
      GITHUB_SHA: 'b'.repeat(40),
      GITHUB_REF: 'refs/heads/main',
      GITHUB_HEAD_REF: '',
      GITHUB_WORKSPACE: repo.dir,
      GITHUB_RUN_ID: '77'
    })
    expect(env.RUNNER_OS).toBeUndefined()
    repo.remove()
  })

  test('timeout kills the process', async () => {
    const hang = join(dir, 'hang.mjs')
    writeFileSync(hang, 'setInterval(() => {}, 1000)\n')
    const r = await runAction({ entry: hang, timeoutMs: 500 })
    expect(r.timedOut).toBe(true)
    expect(r.code).toBeNull()
  })

  test('runCli passes args and a clean env', async () => {
    const cli = join(dir, 'cli.mjs')
    writeFileSync(cli, 'console.log(JSON.stringify({ args: process.argv.slice(2), gh: process.env.GITHUB_ACTIONS ?? null, x: process.env.X }))\n')
    process.env.GITHUB_ACTIONS = 'true'
    try {
      const r = await runCli(['check', '--format', 'json'], { entry: cli, env: { X: '1' } })
      expect(r.code).toBe(0)
      expect(JSON.parse(r.stdout)).toEqual({ args: ['check', '--format', 'json'], gh: null, x: '1' })
    } finally {
      delete process.env.GITHUB_ACTIONS
    }
  })

  test('file command parsing and input names', () => {
    expect(parseFileCommands('a=1\nb<<X\nl1\n\nl3\nX\nc=x=y\n')).toEqual({ a: '1', b: 'l1\n\nl3', c: 'x=y' })
    expect(() => parseFileCommands('a<<X\nno end\n')).toThrow(/unterminated/)
    expect(inputEnvName('github-token')).toBe('INPUT_GITHUB-TOKEN')
    expect(inputEnvName('fail on')).toBe('INPUT_FAIL_ON')
  })
})

describe('makeGitRepo', () => {
  test('deterministic commits, branches, deletes, merges', () => {
    const build = (): string[] => {
      const repo = makeGitRepo()
      const c1 = repo.commit({ 'README.md': '# hi\n', 'src/a.ts': 'export {}\n' }, 'initial')
      expect(repo.currentBranch()).toBe('main')
      repo.branch('feature')
      repo.checkout('feature')
      const c2 = repo.commit({ 'src/a.ts': null, 'bin.dat': Buffer.from([0, 1, 2]) }, 'change', {
        author: { name: 'Alice', email: 'alice@example.com' },
        date: '2024-02-01T12:00:00Z'
      })
      expect(repo.git(['log', '-1', '--format=%an <%ae> %aI %cn'])).toBe('Alice <alice@example.com> 2024-02-01T12:00:00+00:00 Alice')
      expect(repo.git(['ls-files'])).toBe('README.md\nbin.dat')
      repo.checkout('main')
      const m = repo.merge('feature')
      expect(repo.git(['rev-list', '--parents', '-n', '1', 'HEAD']).split(' ')).toHaveLength(3)
      repo.remove()
      return [c1, c2, m]
    }
    const a = build()
    expect(a.every(s => /^[0-9a-f]{40}$/.test(s))).toBe(true)
    expect(build()).toEqual(a)
  })
})
