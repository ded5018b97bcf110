/** `compliance-gate explain CONTROL`: a control's question, rationale, policy keys, remedy and mappings. */
import { parseArgs } from 'node:util'
import { CONTROLS } from '../controls/index.js'
import { SettingsError } from '../settings.js'
import type { Command } from './types.js'

const COMMON_KEYS = [
  ['enabled', 'true or false', 'run the control at all'],
  ['on-fail', 'fail | warn', 'whether a failing verdict blocks'],
  ['on-not-verified', 'fail | warn', 'whether a verdict that could not be checked blocks']
] as const

export function explainControl(id: string): string | null {
  const control = CONTROLS.find(c => c.meta.id === id)
  if (!control) return null
  const m = control.meta
  const lines = [`${m.id}: ${m.title}`, '', `Question:  ${m.question}`, `Why:       ${m.rationale}`, `Remedy:    ${m.remedy}`, '']
  if (m.mappings.length) {
    lines.push('Evidences:')
    for (const map of m.mappings) lines.push(`  ${map.framework}: ${map.controls.join(', ')}`)
    lines.push('')
  }
  lines.push(`Policy keys (.github/compliance-gate.yml, under controls.${m.id}):`)
  for (const [key, type, what] of COMMON_KEYS) lines.push(`  ${key.padEnd(34)} ${type}: ${what}`)
  const defaults = m.defaults as Record<string, unknown>
  for (const [key, schema] of Object.entries(m.paramsSchema)) {
    const s = schema as { type?: string | string[]; enum?: unknown[]; description?: string }
    const type = s.enum ? s.enum.join(' | ') : Array.isArray(s.type) ? s.type.join(' | ') : (s.type ?? 'value')
    const def = defaults?.[key] !== undefined ? ` (default ${JSON.stringify(defaults[key])})` : ''
    lines.push(`  ${key.padEnd(34)} ${type}${def}${s.description ? `: ${s.description}` : ''}`)
  }
  return lines.join('\n')
}

export const explainCommand: Command = {
  name: 'explain',
  summary: "print a control's question, rationale, policy keys, remedy and framework mappings",
  help: `Usage: compliance-gate explain CONTROL

Prints what CONTROL checks, why an auditor cares, how to fix a failure, its policy keys with their defaults,
and the SOC 2 / ISO requirement ids it evidences. 'compliance-gate explain --list' lists every control id.`,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      options: { list: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true
    })
    if (values.help) {
      io.out(this.help)
      return 0
    }
    if (values.list) {
      for (const c of CONTROLS) io.out(`${c.meta.id.padEnd(32)} ${c.meta.title}`)
      return 0
    }
    if (positionals.length !== 1) throw new SettingsError('Give one control id, e.g. compliance-gate explain review.approvals (or --list).')
    const text = explainControl(positionals[0])
    if (!text) {
      io.err(`Unknown control '${positionals[0].replace(/[^\x20-\x7e]/g, '?')}'. Known controls:\n${CONTROLS.map(c => `  ${c.meta.id}`).join('\n')}`)
      return 2
    }
    io.out(text)
    return 0
  }
}
