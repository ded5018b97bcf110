/**
 * README sections generated from the code: the controls with their policy keys and defaults (from each
 * control's metadata and policies/default.yml), the action's inputs and outputs (from action.yml), and the
 * IaC checks. __tests__/docs.test.ts fails when README.md differs; `UPDATE_DOCS=1 npm test -- docs` rewrites it.
 */
import { parse } from 'yaml'
import type { Control } from '../controls/types.js'
import type { IacCheck } from '../iac/checks/base.js'
import { COMMON_CONTROL_KEYS } from '../policy/schema.js'
import type { ResolvedPolicy } from '../policy/load.js'

const esc = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ')
const show = (v: unknown) => (v === undefined ? '' : `\`${JSON.stringify(v)}\``)

/** The controls table; `detailsPage` is where the control reference lives (its anchors), e.g. 'docs/controls.md'. */
export function renderControlsTable(controls: readonly Control<any>[], defaults: ResolvedPolicy, detailsPage = ''): string {
  const rows = ['| Control | Question | Default | on-not-verified | SOC 2 | ISO/IEC 27001:2022 | ISO/IEC 42001 |', '|---|---|---|---|---|---|---|']
  for (const c of controls) {
    const d = defaults.controls[c.meta.id]
    const map = (fw: string) => c.meta.mappings.filter(m => m.framework.startsWith(fw)).flatMap(m => m.controls).join(', ')
    rows.push(
      `| [\`${c.meta.id}\`](${detailsPage}#${anchor(c.meta.id)}) | ${esc(c.meta.question)} | ${d.enabled ? 'on' : 'off'} | ${d.on_not_verified} | ${map('SOC 2')} | ${map('ISO/IEC 27001')} | ${map('ISO/IEC 42001')} |`
    )
  }
  return rows.join('\n')
}

function anchor(id: string): string {
  return `control-${id.replace(/\./g, '-')}`
}

export function renderControlDetails(controls: readonly Control<any>[], defaults: ResolvedPolicy): string {
  const out: string[] = []
  for (const c of controls) {
    const d = defaults.controls[c.meta.id]
    out.push(`<a id="${anchor(c.meta.id)}"></a>`, `#### \`${c.meta.id}\` — ${c.meta.title}`, '')
    out.push(`**Checks:** ${c.meta.question}`, '', `**Why:** ${c.meta.rationale}`, '')
    out.push(`**If it fails:** ${c.meta.remedy}`, '')
    out.push(`Default: ${d.enabled ? 'on' : 'off'}; on-fail \`${d.on_fail}\`; on-not-verified \`${d.on_not_verified}\`.`, '')
    out.push('| Policy key | Default | Meaning |', '|---|---|---|')
    const schema = { ...COMMON_CONTROL_KEYS, ...c.meta.paramsSchema } as Record<string, { description?: string; default?: unknown }>
    for (const [key, s] of Object.entries(schema)) {
      const value = key === 'enabled' ? d.enabled : key === 'on-fail' ? d.on_fail : key === 'on-not-verified' ? d.on_not_verified : d.params[key]
      out.push(`| \`${key}\` | ${show(value)} | ${esc(s.description ?? '')} |`)
    }
    out.push('')
  }
  return out.join('\n')
}

interface ActionYml {
  inputs: Record<string, { description: string; default?: string; required?: boolean }>
  outputs: Record<string, { description: string }>
}

export function renderInputsOutputs(actionYmlText: string): string {
  const action = parse(actionYmlText) as ActionYml
  const out = ['| Input | Default | Description |', '|---|---|---|']
  for (const [name, i] of Object.entries(action.inputs)) out.push(`| \`${name}\` | ${i.default ? `\`${i.default}\`` : '—'} | ${esc(i.description)} |`)
  out.push('', '| Output | Description |', '|---|---|')
  for (const [name, o] of Object.entries(action.outputs)) out.push(`| \`${name}\` | ${esc(o.description)} |`)
  return out.join('\n')
}

export function renderIacChecks(checks: readonly IacCheck[]): string {
  const out = ['| Check | Title | Severity | Resource types |', '|---|---|---|---|']
  for (const c of [...checks].sort((a, b) => a.id.localeCompare(b.id))) {
    out.push(`| \`${c.id}\` | ${esc(c.title)} | ${c.severity} | ${c.resourceTypes.map(t => `\`${t}\``).join(', ')} |`)
  }
  return out.join('\n')
}

/** Replace the text between `<!-- generated:NAME -->` and `<!-- /generated:NAME -->`. */
export function replaceSection(doc: string, name: string, body: string): string {
  const start = `<!-- generated:${name} -->`
  const end = `<!-- /generated:${name} -->`
  const i = doc.indexOf(start)
  const j = doc.indexOf(end)
  if (i < 0 || j < i) throw new Error(`README.md lacks the markers ${start} … ${end}`)
  return doc.slice(0, i + start.length) + '\n' + body.trim() + '\n' + doc.slice(j)
}
