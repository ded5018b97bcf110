/**
 * `npm run bench -- --only codeowners`: CODEOWNERS matching stays linear (issue 19). Nested `**` patterns on
 * one 80-deep path took 181 s with the old backtracking regular expressions; here a file of such rules is
 * matched against deep and ordinary paths, reporting the time and the work counted by the matcher.
 */
import { performance } from 'node:perf_hooks'
import { compileRules, matchingRule, type MatchWork } from './match.js'
import { parseCodeowners } from './parse.js'

export interface CodeownersBench {
  rules: number
  paths: number
  seconds: number
  /** CPU time of the matching (user + system): what the code costs, whatever else shares the machine. */
  cpuSeconds: number
  workSteps: number
  /** The slowest single path, in milliseconds. */
  worstPathMs: number
}

export function benchCodeowners(): CodeownersBench {
  const nested = (depth: number, seg: string, tail: string): string => `${Array.from({ length: depth }, () => `**/${seg}`).join('/')}/**/${tail}`
  const lines = ['* @org/everyone']
  for (let d = 1; d <= 40; d++) lines.push(`${nested(d, 'd0', 'nomatch')} @org/deep-${d}`)
  for (let i = 0; i < 200; i++) lines.push(`/src/module${i}/**/*.ts @team${i}-owner`)
  lines.push('*a*a*a*a*a*a*a*a*b @star-owner')
  const { rules, errors } = parseCodeowners(lines.join('\n'))
  if (errors.length) throw new Error(`bench CODEOWNERS has errors: ${JSON.stringify(errors)}`)
  const compiled = compileRules(rules)
  const paths: string[] = []
  for (let depth = 10; depth <= 80; depth += 10) paths.push(`${Array.from({ length: depth }, (_, i) => `d${i % 3}`).join('/')}/file.txt`)
  for (let i = 0; i < 2000; i++) paths.push(`src/module${i % 250}/lib/sub${i % 7}/file${i}.ts`)
  paths.push(`${'a'.repeat(2000)}/x`)
  const work: MatchWork = { steps: 0 }
  let worst = 0
  const t0 = performance.now()
  const c0 = process.cpuUsage()
  for (const path of paths) {
    const p0 = performance.now()
    matchingRule(compiled, path, work)
    worst = Math.max(worst, performance.now() - p0)
  }
  const cpu = process.cpuUsage(c0)
  return {
    rules: rules.length,
    paths: paths.length,
    seconds: (performance.now() - t0) / 1000,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    workSteps: work.steps,
    worstPathMs: worst
  }
}
