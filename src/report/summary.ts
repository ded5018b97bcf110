/** The human summary (job summary and summary.md). Built from verdicts only, which never hold a secret. */
import type { ChangeRecord } from '../model/record.js'
import type { GatedVerdict } from '../model/verdict.js'
import type { Results } from '../evidence/bundle.js'

const ICON: Record<string, string> = { pass: '✅', fail: '❌', not_verified: '⚠️', not_applicable: '➖' }
const LABEL: Record<string, string> = { pass: 'pass', fail: 'fail', not_verified: 'not verified', not_applicable: 'not applicable' }

/** Keep table cells on one line and free of markdown/HTML injection from PR-controlled text. */
export function cell(text: string): string {
  return text
    .replace(/\r?\n/g, ' ')
    .replace(/[<>]/g, c => (c === '<' ? '&lt;' : '&gt;'))
    .replace(/\|/g, '\\|')
    .slice(0, 500)
}

function effectNote(v: GatedVerdict): string {
  if (v.effect === 'blocking') return ' (blocks)'
  if (v.effect === 'warning') return ' (warning)'
  return ''
}

export function renderSummary(record: ChangeRecord, results: Results, bundle?: { dir: string; manifestSha256: string }): string {
  const pr = record.pull_request.value
  const lines: string[] = []
  const headline = results.result === 'pass' ? '✅ passed' : results.result === 'fail' ? '❌ failed' : '💥 error'
  const what = pr ? `PR #${pr.number} — ${cell(pr.title)}` : record.subject.kind === 'push' ? `push to ${record.subject.base_ref}` : 'change'
  lines.push(`## compliance-gate: ${headline}`, '')
  lines.push(`**${record.repository.full_name}** ${what} at \`${record.subject.head_sha.slice(0, 7) || 'unknown'}\`${results.mode === 'report' ? ' · report mode (never blocks)' : ''}`, '')
  const c = results.counts
  lines.push(`${c.pass} passed · ${c.fail} failed · ${c.not_verified} not verified · ${c.not_applicable} not applicable`, '')
  if (results.errors.length > 0) {
    lines.push('### Errors', '')
    for (const e of results.errors) lines.push(`- ${cell(e)}`)
    lines.push('')
  }
  for (const note of results.policy_notes ?? []) lines.push(`> **Policy:** ${cell(note)}`, '')
  if (results.verdicts.length > 0) {
    lines.push('| | Control | Verdict | Why |', '|---|---|---|---|')
    for (const v of results.verdicts) {
      lines.push(`| ${ICON[v.status]} | \`${v.control}\` ${cell(v.title)} | ${LABEL[v.status]}${effectNote(v)}${v.waived ? ' (waived)' : ''} | ${cell(v.reason)} |`)
    }
    lines.push('')
  }
  const attention = results.verdicts.filter(v => v.status === 'fail' || v.status === 'not_verified')
  for (const v of attention) {
    lines.push(`### ${ICON[v.status]} \`${v.control}\`: ${LABEL[v.status]}`, '', cell(v.reason), '')
    if (v.remedy) lines.push(`**What to do:** ${cell(v.remedy)}`, '')
    const items = v.findings.filter(f => f.status === 'fail' || f.status === 'not_verified')
    for (const f of items.slice(0, 50)) {
      const where = f.location ? ` \`${cell(f.location.path)}${f.location.line ? `:${f.location.line}` : ''}\`` : ''
      lines.push(`- ${ICON[f.status]}${where} ${cell(f.message)}${f.remedy ? ` — ${cell(f.remedy)}` : ''}`)
    }
    if (items.length > 50) lines.push(`- … and ${items.length - 50} more (see results.json)`)
    if (items.length > 0) lines.push('')
  }
  const mapped = new Map<string, Set<string>>()
  for (const v of results.verdicts) {
    for (const m of v.mappings) {
      const set = mapped.get(m.framework) ?? new Set<string>()
      m.controls.forEach(id => set.add(id))
      mapped.set(m.framework, set)
    }
  }
  if (mapped.size > 0) {
    lines.push('<details><summary>Framework controls served</summary>', '')
    for (const [framework, ids] of mapped) lines.push(`- **${framework}**: ${[...ids].sort().join(', ')}`)
    lines.push('', '</details>', '')
  }
  if (record.truncated.length > 0) {
    lines.push('**Truncated:** ' + record.truncated.map(t => cell(`${t.what}: ${t.reason}`)).join('; '), '')
  }
  lines.push(`API calls: ${record.api_calls.length} · collected ${record.collected_at} · ${results.tool.name} ${results.tool.version}`)
  if (bundle) lines.push('', `Evidence: \`${bundle.dir}\` · manifest sha256 \`${bundle.manifestSha256}\``)
  return lines.join('\n') + '\n'
}
