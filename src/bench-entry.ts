/**
 * Entry of the benchmark bundle that `npm run bench` (scripts/bench.mjs) builds with ncc into a temp dir
 * at bench time; never part of dist. One benchmark per process, so each one's peak RSS is its own:
 *
 *   node <bundle>/index.js secrets <project-root> [diffMB]
 *   node <bundle>/index.js iac [fileCount]
 *   node <bundle>/index.js codeowners
 *
 * Progress lines go to stderr; the last stdout line is `BENCH_RESULT <json>`.
 */
import { benchCodeowners } from './codeowners/bench.js'
import { benchIac } from './iac/bench.js'
import { benchSecrets } from './secrets/bench.js'

async function main(argv: string[]): Promise<unknown> {
  const [which, ...rest] = argv
  const log = (s: string): void => {
    process.stderr.write(`  ${s}\n`)
  }
  if (which === 'secrets') {
    const root = rest[0] ?? process.cwd()
    const diffMB = rest[1] ? Number(rest[1]) : undefined
    // The per-finding "fp …" lines are useful when tuning rules, noise otherwise.
    const quiet = (s: string): void => {
      if (!s.startsWith('  fp ')) log(s)
    }
    return benchSecrets({ root, ...(diffMB ? { diffMB } : {}), log: process.env.BENCH_VERBOSE ? log : quiet })
  }
  if (which === 'iac') {
    const count = rest[0] ? Number(rest[0]) : undefined
    return benchIac(count)
  }
  if (which === 'codeowners') return benchCodeowners()
  throw new Error(`unknown benchmark '${which ?? ''}' (secrets | iac | codeowners)`)
}

main(process.argv.slice(2)).then(
  result => {
    process.stdout.write(`BENCH_RESULT ${JSON.stringify(result)}\n`)
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    process.exitCode = 1
  }
)
