#!/usr/bin/env node
// A/B of two builds of the CLI on the same input (issue 20, speed work): their secrets findings must be
// identical, and their time and memory are measured in one run, alternating, so both see the same load.
//
//   node scripts/secrets-ab.mjs --a <old build>/dist --b dist --dir <git work tree> [--base <ref>] [--runs 3]
//
// Each build runs `node <dist>/cli/index.js scan <dir> [--base <ref>] --format json`. Findings are compared by
// rule, path, line, column, fingerprint and commit (never a value: the scan output holds only redacted previews,
// and this script prints none of them). Prints wall and CPU time (user + sys, git included) and peak RSS per
// build (median of the runs); exits 1 when the findings differ.
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'

const argv = process.argv.slice(2)
const value = (name, fallback) => {
  const i = argv.indexOf(name)
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback
}
const A = value('--a')
const B = value('--b', 'dist')
const DIR = value('--dir')
const BASE = value('--base')
const RUNS = Math.max(1, Number(value('--runs', '3')) || 3)
if (!A || !DIR) {
  console.error('usage: node scripts/secrets-ab.mjs --a <dist dir> --b <dist dir> --dir <work tree> [--base <ref>] [--runs 3]')
  process.exit(2)
}

const tmp = mkdtempSync(join(tmpdir(), 'cg-ab-'))
const peakFile = join(tmp, 'peak')
const preload = join(tmp, 'peak.cjs')
writeFileSync(preload, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(peakFile)}, String(process.resourceUsage().maxRSS)))\n`)

/** CPU ms (user + sys) of this process's reaped children (Linux /proc); null elsewhere. */
function childrenCpuMs() {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8')
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return ((Number(f[13]) + Number(f[14])) * 1000) / 100
  } catch {
    return null
  }
}

function runScan(dist) {
  const args = ['--require', preload, join(resolve(dist), 'cli', 'index.js'), 'scan', resolve(DIR), ...(BASE ? ['--base', BASE] : []), '--format', 'json']
  return new Promise((done, fail) => {
    const cpu0 = childrenCpuMs()
    const t0 = performance.now()
    const child = spawn(process.execPath, args, { cwd: resolve(DIR), stdio: ['ignore', 'pipe', 'pipe'] })
    const out = []
    const err = []
    child.stdout.on('data', c => out.push(c))
    child.stderr.on('data', c => err.push(c))
    child.on('error', fail)
    child.on('close', code => {
      const ms = performance.now() - t0
      const cpu1 = childrenCpuMs()
      let peakMB = 0
      try {
        peakMB = Number(readFileSync(peakFile, 'utf8')) / 1024
      } catch {
        // no peak written (the process did not reach exit): reported as 0
      }
      done({
        code,
        ms,
        cpuMs: cpu0 !== null && cpu1 !== null ? cpu1 - cpu0 : null,
        peakMB,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8')
      })
    })
  })
}

/** The secrets findings of a scan's JSON output, as comparable keys (no preview, no value). */
function findingsOf(r) {
  let doc
  try {
    doc = JSON.parse(r.stdout)
  } catch {
    throw new Error(`scan exited ${r.code} without JSON: ${r.stderr.trim().slice(-500)}`)
  }
  const v = (doc.verdicts ?? []).find(x => x.control === 'secrets.no-new-secrets')
  const list = Array.isArray(v?.findings) ? v.findings : []
  return {
    status: v?.status ?? '(none)',
    reason: v?.reason ?? '',
    // A verdict's finding: {rule, subject, location: {path, line?, column?}, data: {fingerprint, commit?}} (results.json)
    keys: list
      .map(f =>
        [
          f.status,
          f.rule,
          f.severity,
          f.location?.path ?? f.subject,
          f.location?.line ?? '',
          f.location?.column ?? '',
          f.data?.fingerprint,
          f.data?.commit ?? ''
        ].join(' ')
      )
      .sort()
  }
}

const median = xs => {
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}

try {
  const results = { a: [], b: [] }
  for (let i = 0; i < RUNS; i++) {
    // Alternate which build goes first, so neither always runs on a warmer cache.
    for (const which of i % 2 === 0 ? ['a', 'b'] : ['b', 'a']) results[which].push(await runScan(which === 'a' ? A : B))
  }
  const fa = findingsOf(results.a[0])
  const fb = findingsOf(results.b[0])
  for (const [name, dist] of [
    ['a', A],
    ['b', B]
  ]) {
    const rs = results[name]
    const cpu = rs.map(r => r.cpuMs).filter(x => x !== null)
    console.log(
      `${name} (${dist}): wall median ${(median(rs.map(r => r.ms)) / 1000).toFixed(2)} s [${rs.map(r => (r.ms / 1000).toFixed(2)).join(', ')}]${cpu.length ? `, CPU median ${(median(cpu) / 1000).toFixed(2)} s` : ''}, peak RSS max ${Math.max(...rs.map(r => r.peakMB)).toFixed(0)} MB; secrets ${findingsOf(rs[0]).status}, ${findingsOf(rs[0]).keys.length} findings`
    )
  }
  const onlyA = fa.keys.filter(k => !fb.keys.includes(k))
  const onlyB = fb.keys.filter(k => !fa.keys.includes(k))
  if (onlyA.length === 0 && onlyB.length === 0 && fa.status === fb.status && fa.reason === fb.reason) {
    console.log(`findings identical (${fa.keys.length}; the verdict and its reason too)`)
  } else {
    console.log(`findings DIFFER: only in a ${onlyA.length}, only in b ${onlyB.length}`)
    for (const k of onlyA.slice(0, 20)) console.log(`  a: ${k}`)
    for (const k of onlyB.slice(0, 20)) console.log(`  b: ${k}`)
    if (fa.reason !== fb.reason) console.log(`  reason a: ${fa.reason}\n  reason b: ${fb.reason}`)
    process.exitCode = 1
  }
} finally {
  rmSync(tmp, { recursive: true, force: true })
}
