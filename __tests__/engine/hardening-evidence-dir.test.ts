/**
 * Issue 19, "Evidence is written, whatever the input": the checkout is the pull request's content, so what sits
 * at the evidence directory's path is the PR's choice. A *file* there crashed the gate with EEXIST (no bundle);
 * a *symlink* there (or at a folder on the way) sent the bundle outside the workspace. Runner-level: the gate
 * must never follow a symlink for evidence, and when the directory cannot be used it writes the bundle under
 * RUNNER_TEMP and says so (evidence-path output, a warning, and results.json warnings).
 */
import { describe, expect, test } from '@jest/globals'
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { makeGitRepo } from '../helpers/git-repo.js'
import { readBundle, runGate, useFakeGitHub } from '../helpers/gate.js'
import type { RunResult } from '../helpers/runner.js'
import { serveScenario } from '../helpers/scenario.js'

const fake = useFakeGitHub()

/** A checkout whose committed content is `files` (paths → text); returns its directory. */
function checkout(files: Record<string, string>): string {
  const repo = makeGitRepo({ prefix: 'cg-evdir-' })
  repo.commit({ 'README.md': 'hello\n', ...files }, 'base')
  return repo.dir
}

function outside(): string {
  return mkdtempSync(join(tmpdir(), 'cg-evdir-outside-'))
}

/** The bundle went to RUNNER_TEMP, is complete, and the run says why. */
function expectFallback(r: RunResult, planted: string): void {
  expect(r.timedOut).toBe(false)
  expect(r.stderr).not.toMatch(/EEXIST|ENOTDIR|at .*\.js:\d+/)
  const b = readBundle(r)
  expect(realpathSync(b.dir).startsWith(realpathSync(r.runnerTemp))).toBe(true)
  expect(Object.keys(b.files).sort()).toEqual(['manifest.json', 'policy.json', 'record.json', 'results.json', 'summary.md'])
  expect(b.results.verdicts.length).toBeGreaterThan(0)
  const warnings = r.annotations.filter(a => a.level === 'warning').map(a => a.message)
  const said = warnings.find(w => w.includes(planted))
  expect(said).toBeDefined()
  expect(said).toContain(b.dir.slice(0, b.dir.lastIndexOf('/')))
  expect(JSON.stringify(JSON.parse(b.files['results.json']).warnings)).toContain(planted)
}

describe('evidence directory planted by the change', () => {
  test('a file named like the evidence directory: bundle under RUNNER_TEMP, the file untouched', async () => {
    const dir = checkout({ 'compliance-evidence': 'not a directory\n' })
    const s = serveScenario(fake)
    const r = await runGate(fake, s, { cwd: dir })
    expectFallback(r, join(dir, 'compliance-evidence'))
    expect(readFileSync(join(dir, 'compliance-evidence'), 'utf8')).toBe('not a directory\n')
  })

  test('a symlink at the evidence directory pointing outside the workspace is never followed', async () => {
    const dir = checkout({})
    const target = outside()
    symlinkSync(target, join(dir, 'compliance-evidence'))
    const s = serveScenario(fake)
    const r = await runGate(fake, s, { cwd: dir })
    expect(readdirSync(target)).toEqual([])
    expectFallback(r, join(dir, 'compliance-evidence'))
    expect(lstatSync(join(dir, 'compliance-evidence')).isSymbolicLink()).toBe(true)
  })

  test('a symlink inside the workspace (pointing back into it) is not followed either', async () => {
    const dir = checkout({ 'docs/keep.md': 'x\n' })
    symlinkSync('docs', join(dir, 'compliance-evidence'))
    const s = serveScenario(fake)
    const r = await runGate(fake, s, { cwd: dir })
    expect(readdirSync(join(dir, 'docs'))).toEqual(['keep.md'])
    expectFallback(r, join(dir, 'compliance-evidence'))
  })

  test('a symlink at a folder on the way (evidence-dir: reports/evidence) is never followed', async () => {
    const dir = checkout({})
    const target = outside()
    symlinkSync(target, join(dir, 'reports'))
    const s = serveScenario(fake)
    const r = await runGate(fake, s, { cwd: dir, inputs: { 'evidence-dir': 'reports/evidence' } })
    expect(readdirSync(target)).toEqual([])
    expectFallback(r, join(dir, 'reports'))
  })

  test('a file where the bundle folder itself goes is replaced inside the evidence directory, not written through', async () => {
    const dir = checkout({})
    const s = serveScenario(fake)
    const first = await runGate(fake, s, { cwd: dir })
    const bundleDir = readBundle(first).dir
    const name = relative(join(dir, 'compliance-evidence'), bundleDir)
    const target = outside()
    // The next run finds a symlink where its bundle folder goes.
    const { rmSync } = await import('node:fs')
    rmSync(bundleDir, { recursive: true })
    symlinkSync(target, bundleDir)
    const r = await runGate(fake, s, { cwd: dir })
    expect(readdirSync(target)).toEqual([])
    const b = readBundle(r)
    expect(b.dir).toBe(join(dir, 'compliance-evidence', name))
    expect(lstatSync(b.dir).isDirectory()).toBe(true)
  })

  test('control: a plain checkout gets its bundle in the workspace with no warning', async () => {
    const dir = checkout({})
    mkdirSync(join(dir, 'compliance-evidence'))
    const s = serveScenario(fake)
    const r = await runGate(fake, s, { cwd: dir })
    const b = readBundle(r)
    expect(b.dir.startsWith(join(dir, 'compliance-evidence'))).toBe(true)
    expect(existsSync(join(b.dir, 'manifest.json'))).toBe(true)
    expect(r.annotations.filter(a => a.level === 'warning' && /evidence directory/i.test(a.message))).toEqual([])
  })
})
