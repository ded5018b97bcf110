/** `compliance-gate export`: evidence bundles → OSCAL assessment-results (or CSV for spreadsheets). */
import { existsSync, readdirSync, statSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import { basename, join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { CATALOG, findFramework } from '../catalog/index.js'
import { csvCell } from '../catalog/matrix.js'
import { digest, type Manifest, type Results } from '../evidence/bundle.js'
import type { ChangeRecord } from '../model/record.js'
import { OSCAL_VERSIONS, buildAssessmentResults, buildCsvRows, type LoadedBundle, type OscalVersion } from '../oscal/assessment-results.js'
import { SettingsError } from '../settings.js'
import { verifyBundle } from '../verify.js'
import type { Command } from './types.js'

export const exportCommand: Command = {
  name: 'export',
  summary: 'export evidence bundles as an OSCAL assessment-results document (or CSV)',
  help: `Usage: compliance-gate export --format oscal|csv [--oscal-version 1.1.3|1.2.2] [--framework ID] [--out FILE] BUNDLE…

Reads one or more evidence bundles (a bundle directory, or a directory holding bundles, e.g. an audit
period's), verifies each (digests and re-evaluation, as \`compliance-gate verify\`) and writes:

  oscal  an OSCAL assessment-results document (JSON): one observation per verdict (methods TEST, collected
         time, the repository and the change as subjects, the record.json facts as relevant evidence) and one
         finding per framework requirement a verdict evidences — satisfied when every such verdict passed,
         not-satisfied when any failed or could not be verified. OSCAL 1.1.3 by default.
  csv    one row per verdict and requirement, for spreadsheets.

  --framework ID   limit to one framework: ${CATALOG.map(f => f.id).join(' | ')} (default: all)
  --out FILE       write there instead of stdout
  --no-verify      skip re-verifying the bundles (not recommended)

Verifying does not check signatures against a key: run \`compliance-gate verify --key PUB.pem\` (or
--certificate-identity) on each bundle for that; export warns of each signature it did not check.

UUIDs are derived from the bundles' content, so the same bundles give the same document.
Exit 0 on success; 1 when a bundle does not verify; 2 on bad usage.`,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      options: {
        format: { type: 'string' },
        'oscal-version': { type: 'string' },
        framework: { type: 'string', short: 'f' },
        out: { type: 'string', short: 'o' },
        'no-verify': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' }
      },
      allowPositionals: true,
      strict: true
    })
    if (values.help) {
      io.out(this.help)
      return 0
    }
    const format = values.format ?? 'oscal'
    if (format !== 'oscal' && format !== 'csv') throw new SettingsError(`--format must be oscal or csv; got '${format}'.`)
    const version = (values['oscal-version'] ?? '1.1.3') as OscalVersion
    if (!OSCAL_VERSIONS.includes(version))
      throw new SettingsError(`--oscal-version must be one of ${OSCAL_VERSIONS.join(', ')}; got '${values['oscal-version']}'.`)
    if (values['oscal-version'] !== undefined && format !== 'oscal') throw new SettingsError('--oscal-version applies to --format oscal only.')
    let frameworks = CATALOG
    if (values.framework !== undefined) {
      const f = findFramework(values.framework)
      if (!f) throw new SettingsError(`unknown framework '${values.framework}'; known: ${CATALOG.map(c => c.id).join(', ')}.`)
      frameworks = [f]
    }
    if (positionals.length === 0) throw new SettingsError('export needs at least one bundle directory.')

    const dirs = bundleDirs(positionals.map(p => resolve(io.cwd, p)))
    if (dirs.length === 0) {
      io.err(`No evidence bundle (a directory with manifest.json) in: ${positionals.join(', ')}`)
      return 2
    }
    const bundles: LoadedBundle[] = []
    const problems: string[] = []
    for (const dir of dirs) {
      if (!values['no-verify']) {
        const report = await verifyBundle(dir)
        if (!report.ok) {
          problems.push(`${dir}:\n${report.problems.map(p => `  - ${p}`).join('\n')}`)
          continue
        }
        // A signature export does not check must not pass for one that was (its attestation is listed as evidence).
        if (report.signature.status === 'unchecked') for (const n of report.signature.notes) io.err(`warning: ${dir}: ${n}`)
      }
      bundles.push(await loadBundle(dir))
    }
    if (problems.length > 0) {
      io.err(`Not exported: ${problems.length} bundle(s) do not verify, so their verdicts cannot be vouched for:\n${problems.join('\n')}`)
      return 1
    }
    const names = new Set<string>()
    for (const b of bundles) {
      if (names.has(b.name)) throw new SettingsError(`two bundles share the directory name '${b.name}'; export them separately.`)
      names.add(b.name)
    }

    const text =
      format === 'csv'
        ? buildCsvRows(bundles, frameworks)
            .map(r => r.map(csvCell).join(','))
            .join('\r\n') + '\r\n'
        : JSON.stringify(buildAssessmentResults(bundles, { version, frameworks }), null, 2) + '\n'
    if (values.out) {
      const out = resolve(io.cwd, values.out)
      await writeFile(out, text)
      io.err(`Wrote ${format === 'csv' ? 'CSV' : `OSCAL ${version} assessment-results`} for ${bundles.length} bundle(s) to ${out}`)
    } else {
      io.out(text.replace(/\n$/, ''))
    }
    return 0
  }
}

/** Each argument is a bundle (has manifest.json) or a directory whose direct subdirectories are bundles. */
function bundleDirs(paths: string[]): string[] {
  const out: string[] = []
  for (const p of paths) {
    if (!existsSync(p) || !statSync(p).isDirectory()) throw new SettingsError(`${p} is not a directory.`)
    if (existsSync(join(p, 'manifest.json'))) {
      out.push(p)
      continue
    }
    for (const entry of readdirSync(p, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.isDirectory() && existsSync(join(p, entry.name, 'manifest.json'))) out.push(join(p, entry.name))
    }
  }
  return [...new Set(out)]
}

async function loadBundle(dir: string): Promise<LoadedBundle> {
  const manifestText = await readFile(join(dir, 'manifest.json'), 'utf8')
  const read = async <T>(f: string) => JSON.parse(await readFile(join(dir, f), 'utf8')) as T
  return {
    name: basename(dir),
    manifest: JSON.parse(manifestText) as Manifest,
    manifestSha256: digest(manifestText),
    record: await read<ChangeRecord>('record.json'),
    results: await read<Results>('results.json')
  }
}
