/** `compliance-gate controls`: the coverage matrix of framework requirements × gate controls, from the catalog. */
import { parseArgs } from 'node:util'
import { CATALOG, findFramework } from '../catalog/index.js'
import { renderMatrixCsv, renderMatrixJson, renderMatrixMarkdown } from '../catalog/matrix.js'
import { SettingsError } from '../settings.js'
import type { Command } from './types.js'

const FORMATS = ['md', 'csv', 'json'] as const

export const controlsCommand: Command = {
  name: 'controls',
  summary: 'coverage matrix: framework requirements, the controls that evidence them, and what is not covered',
  help: `Usage: compliance-gate controls [--framework ID] [--format md|csv|json]

Prints every requirement in scope of a framework (default: all), the gate controls that evidence it and how
strongly (direct / partial / supporting), and for every requirement the evidence a team must bring from
elsewhere — including the requirements compliance-gate does not cover at all.

  --framework ID   ${CATALOG.map(f => f.id).join(' | ')}
  --format FORMAT  md (default) | csv | json

The data is catalog/*.yml (docs/frameworks.md). Exit 0; 2 on bad usage.`,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      options: { framework: { type: 'string', short: 'f' }, format: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: false,
      strict: true
    })
    if (values.help) {
      io.out(this.help)
      return 0
    }
    if (positionals.length) throw new SettingsError('controls takes no positional arguments.')
    const format = values.format ?? 'md'
    if (!(FORMATS as readonly string[]).includes(format)) throw new SettingsError(`--format must be one of ${FORMATS.join(', ')}; got '${format}'.`)
    let frameworks = CATALOG
    if (values.framework !== undefined) {
      const f = findFramework(values.framework)
      if (!f) throw new SettingsError(`unknown framework '${values.framework}'; known: ${CATALOG.map(c => c.id).join(', ')}.`)
      frameworks = [f]
    }
    const text = format === 'csv' ? renderMatrixCsv(frameworks) : format === 'json' ? renderMatrixJson(frameworks) : renderMatrixMarkdown(frameworks)
    io.out(text.replace(/\n$/, ''))
    return 0
  }
}
