/** `compliance-gate demo`: the whole gate on embedded sample pull requests, offline. */
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { runDemo } from '../demo/index.js'
import { ensureEvidenceDir } from '../evidence/dir.js'
import { verifyBundle } from '../verify.js'
import { signForCli, signingKeyOption } from '../evidence/sign-cli.js'
import type { Command } from './types.js'

export const demoCommand: Command = {
  name: 'demo',
  summary: 'run the whole gate on embedded sample pull requests (no network)',
  help: `Usage: compliance-gate demo [--out DIR] [--signing-key FILE]

Runs the gate end to end on embedded sample pull requests, with no network: an in-memory GitHub API and a
temporary git checkout. Writes one evidence bundle per sample (default DIR: compliance-evidence/demo) and
prints each summary. With --signing-key FILE (PEM, ECDSA P-256 or Ed25519) each bundle is signed
(attestation.dsse.json) and its signature checked with the key's public half.`,
  async run(args, io) {
    const { values } = parseArgs({
      args,
      options: { out: { type: 'string' }, 'signing-key': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true
    })
    if (values.help) {
      io.out(this.help)
      return 0
    }
    const keyPem = values['signing-key'] ? await signingKeyOption(resolve(io.cwd, values['signing-key'])) : null
    // Checked (and created) first: a bad --out is one clear message, never a hang (recursive mkdir under /proc).
    const outDir = await ensureEvidenceDir(resolve(io.cwd, values.out ?? join('compliance-evidence', 'demo')), null)
    const runs = await runDemo(outDir)
    for (const r of runs) {
      io.out(`\n===== ${r.title} =====\n`)
      io.out(r.run.summary)
      const signed = await signForCli(r.run.bundle, keyPem, io)
      io.out(`Evidence: ${r.run.bundle.dir}\nmanifest sha256: ${signed.manifestSha256}`)
      const check = await verifyBundle(r.run.bundle.dir, keyPem ? { signature: { keyPem }, requireSignature: true } : {})
      io.out(check.ok ? `verify: OK (${check.checked.verdicts} verdicts re-performed)` : `verify: MISMATCH\n${check.problems.join('\n')}`)
      if (!check.ok) return 1
    }
    io.out(`\nDemo finished: ${runs.length} bundles in ${outDir}`)
    return 0
  }
}
