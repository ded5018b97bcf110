/** `compliance-gate verify`: re-check a bundle's digests and re-perform its verdicts offline. */
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { SettingsError } from '../settings.js'
import { verifyBundle } from '../verify.js'
import type { Command } from './types.js'

export const verifyCommand: Command = {
  name: 'verify',
  summary: "re-check a bundle's digests and re-perform its verdicts offline",
  help: `Usage: compliance-gate verify BUNDLE_DIR

Recomputes every SHA-256 in BUNDLE_DIR/manifest.json and re-evaluates every verdict from record.json with
the recorded policy.json, offline. Exit 0 when all match; 1 naming each mismatch; 2 when it cannot run.`,
  async run(args, io) {
    const { values, positionals } = parseArgs({ args, options: { help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true })
    if (values.help) {
      io.out(this.help)
      return 0
    }
    if (positionals.length !== 1) throw new SettingsError('verify takes exactly one bundle directory.')
    const dir = resolve(io.cwd, positionals[0])
    if (!existsSync(join(dir, 'manifest.json'))) {
      io.err(`${dir} is not an evidence bundle (no manifest.json).`)
      return 2
    }
    const report = await verifyBundle(dir)
    if (report.ok) {
      io.out(`OK: ${report.checked.files} file digests match and ${report.checked.verdicts} verdicts re-evaluate the same (${dir}).`)
      return 0
    }
    io.out(`MISMATCH in ${dir}:\n${report.problems.map(p => `- ${p}`).join('\n')}`)
    return 1
  }
}
