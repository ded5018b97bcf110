/**
 * change.ticket: the change is traceable to a ticket, and the PR template was filled in.
 *
 * Off (not_applicable) until the policy gives a `pattern`, `trackers` or `required-template-sections`.
 * A ticket is a match of `pattern` or a link starting with one of `trackers`, searched in the configured
 * `sources` (title, body, branch, commits). HTML comments in the body never count: PR templates keep their
 * instructions in them.
 */
import type { ChangeRecord } from '../model/record.js'
import type { Finding } from '../model/verdict.js'
import { defineControl, type Outcome } from './types.js'

export type TicketSource = 'title' | 'body' | 'branch' | 'commits'

export interface TicketParams {
  pattern: string | null
  trackers: string[]
  sources: TicketSource[]
  'required-template-sections': string[]
}

/** The body without HTML comments (`<!-- … -->`, including an unterminated one running to the end). */
export function stripComments(text: string): string {
  return text.replace(/<!--[\s\S]*?(?:-->|$)/g, '')
}

/** A JavaScript RegExp from a policy pattern; a leading Go/PCRE `(?i)` becomes the `i` flag. */
export function compilePattern(pattern: string): RegExp {
  let flags = ''
  let source = pattern
  const m = /^\(\?([imsu]+)\)/.exec(source)
  if (m) {
    flags = [...new Set(m[1].split(''))].join('')
    source = source.slice(m[0].length)
  }
  return new RegExp(source, flags)
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

export interface TicketMatch {
  source: TicketSource
  text: string
  kind: 'pattern' | 'tracker'
}

export function findTickets(record: ChangeRecord, params: TicketParams, re: RegExp | null): TicketMatch[] {
  const pr = record.pull_request.value
  const texts: [TicketSource, string][] = []
  for (const source of params.sources) {
    if (source === 'title' && pr) texts.push(['title', pr.title ?? ''])
    if (source === 'body' && pr) texts.push(['body', stripComments(pr.body ?? '')])
    if (source === 'branch' && pr) texts.push(['branch', pr.head.ref ?? ''])
    if (source === 'commits') for (const c of record.commits.value ?? []) texts.push(['commits', c.message])
  }
  const out: TicketMatch[] = []
  for (const [source, text] of texts) {
    if (re) {
      const m = new RegExp(re.source, re.flags.replace('g', '')).exec(text)
      if (m) out.push({ source, text: m[0], kind: 'pattern' })
    }
    for (const prefix of params.trackers) {
      if (!prefix) continue
      const m = new RegExp(`${escapeRe(prefix)}[^\\s)>\\]"']+`).exec(text)
      if (m) out.push({ source, text: m[0], kind: 'tracker' })
    }
  }
  return out
}

interface Heading {
  level: number
  title: string
  line: number
}

const normTitle = (s: string): string =>
  s
    .replace(/\s+#+\s*$/, '')
    .replace(/[:\s]+$/, '')
    .trim()
    .toLowerCase()

/** A line that is template filler, not content. */
export function isPlaceholderLine(line: string): boolean {
  const t = line.trim()
  if (t === '') return true
  if (/^[-*+>|_=~`#.\s]*$/.test(t)) return true // markup only
  if (/^[-*+]\s+\[ \]/.test(t)) return true // unchecked task-list item from the template
  const bare = t
    .replace(/^[-*+>]\s*/, '')
    .replace(/^[_*`]+|[_*`]+$/g, '')
    .trim()
    .toLowerCase()
  if (/^(todo|tbd|tbc|fixme|xxx|\.\.\.|…|no response|placeholder|describe here|fill (?:me|this) in)\.?$/.test(bare)) return true
  if (/^<[^<>]*>$/.test(t)) return true // <describe the change>
  if (/^\[[^\]]*\]$/.test(t)) return true // [describe the change]
  return false
}

/** Check each required heading: present, and its section has some real content. */
export function checkSections(body: string, required: string[]): Finding[] {
  const lines = stripComments(body.replace(/\r\n?/g, '\n')).split('\n')
  const headings: Heading[] = []
  let fence = false
  lines.forEach((l, i) => {
    if (/^\s*(```|~~~)/.test(l)) fence = !fence
    if (fence) return
    const m = /^ {0,3}(#{1,6})\s+(.*)$/.exec(l)
    if (m) headings.push({ level: m[1].length, title: normTitle(m[2]), line: i })
  })
  return required.map(spec => {
    const sm = /^\s*(#{1,6})\s+(.*)$/.exec(spec)
    const level = sm ? sm[1].length : null
    const title = normTitle(sm ? sm[2] : spec)
    const h = headings.find(x => x.title === title && (level === null || x.level === level))
    if (!h) return { status: 'fail' as const, subject: spec, message: `Section "${spec}" is missing from the PR description.` }
    const next = headings.find(x => x.line > h.line && x.level <= h.level)
    const content = lines.slice(h.line + 1, next ? next.line : lines.length).filter(l => !/^ {0,3}#{1,6}\s/.test(l))
    const filled = content.some(l => !isPlaceholderLine(l))
    return filled
      ? { status: 'pass' as const, subject: spec, message: `Section "${spec}" is filled in.` }
      : { status: 'fail' as const, subject: spec, message: `Section "${spec}" is empty or holds only template placeholders.` }
  })
}

export const control = defineControl<TicketParams>({
  meta: {
    id: 'change.ticket',
    needs: [],
    title: 'Ticket reference',
    question: 'Is the change traceable to a ticket, and is the pull request description filled in as the template asks?',
    rationale:
      'Auditors sample changes and trace each back to an authorised request (a ticket) and forward to its deployment. ' +
      'A ticket reference in the title, description or branch name, and a filled-in template, make that trace possible.',
    defaults: { pattern: null, trackers: [], sources: ['title', 'body', 'branch'], 'required-template-sections': [] },
    paramsSchema: {
      pattern: {
        type: ['string', 'null'],
        default: null,
        description:
          'Regular expression (JavaScript syntax; a leading (?i) makes it case-insensitive) a ticket reference matches, e.g. "[A-Z][A-Z0-9]+-\\d+". null: no pattern.'
      },
      trackers: {
        type: 'array',
        items: { type: 'string', minLength: 1 },
        default: [],
        description: 'URL prefixes of ticket trackers; a link starting with one counts as a ticket reference, e.g. "https://jira.example.com/browse/".'
      },
      sources: {
        type: 'array',
        items: { type: 'string', enum: ['title', 'body', 'branch', 'commits'] },
        default: ['title', 'body', 'branch'],
        description: 'Where to look for the reference: PR title, PR body (HTML comments excluded), head branch name, commit messages.'
      },
      'required-template-sections': {
        type: 'array',
        items: { type: 'string', minLength: 1 },
        default: [],
        description:
          'Markdown headings that must be present in the PR body with real content (not empty, not only HTML comments or placeholders such as TODO, TBD, ..., <describe …>, unchecked boxes; an explicit N/A counts as content). "## Testing" matches that level only; "Testing" any level.'
      }
    },
    remedy:
      'Reference the ticket in the PR title, description or branch name (e.g. ABC-123 or a tracker link) and fill in every required section of the PR template.'
  },

  evaluate(record, params): Outcome {
    const sections = params['required-template-sections'] ?? []
    const trackers = (params.trackers ?? []).filter(Boolean)
    if (!params.pattern && trackers.length === 0 && sections.length === 0) {
      return { status: 'not_applicable', reason: 'No ticket pattern, tracker or required template section is set in the policy; the control is off.' }
    }
    const pr = record.pull_request
    if (!pr.value) {
      if (pr.state === 'not_collected') return { status: 'not_applicable', reason: 'No pull request is under judgement.' }
      return {
        status: 'not_verified',
        reason: `The pull request could not be read: ${pr.missing?.reason ?? pr.state}.`,
        remedy: pr.missing?.remedy ?? 'Give the token `pull-requests: read`, then re-run.',
        evidence: ['/pull_request']
      }
    }
    let re: RegExp | null = null
    if (params.pattern) {
      try {
        re = compilePattern(params.pattern)
      } catch (e) {
        return {
          status: 'not_verified',
          reason: `The policy's ticket pattern is not a valid regular expression: ${(e as Error).message}.`,
          remedy: 'Fix `pattern` under change.ticket in the policy.'
        }
      }
    }
    const findings: Finding[] = []
    const evidence = ['/pull_request/value/title', '/pull_request/value/body', '/pull_request/value/head/ref']
    let ticketOk = true
    let ticketText = ''
    if (re || trackers.length > 0) {
      const matches = findTickets(record, params, re)
      if (matches.length > 0) {
        const m = matches[0]
        ticketText = `ticket ${m.text} found in the ${m.source === 'commits' ? 'commit messages' : m.source === 'branch' ? 'branch name' : m.source}`
        findings.push({ status: 'pass', subject: 'ticket', message: `Ticket reference ${m.text} found in the ${m.source}.`, data: { matches } })
      } else {
        ticketOk = false
        const looked = params.sources.join(', ')
        const what = [re ? `pattern /${params.pattern}/` : null, trackers.length ? `a link to ${trackers.join(' or ')}` : null].filter(Boolean).join(' or ')
        findings.push({ status: 'fail', subject: 'ticket', message: `No ticket reference (${what}) in ${looked}.` })
      }
    }
    const sectionFindings = sections.length ? checkSections(pr.value.body ?? '', sections) : []
    findings.push(...sectionFindings)
    const badSections = sectionFindings.filter(f => f.status === 'fail')
    if (!ticketOk || badSections.length > 0) {
      const parts = [
        !ticketOk ? findings.find(f => f.subject === 'ticket')!.message.replace(/\.$/, '') : null,
        badSections.length ? `template section(s) not filled in: ${badSections.map(f => f.subject).join(', ')}` : null
      ].filter(Boolean)
      return { status: 'fail', reason: `${parts.join('; ')}.`, evidence, findings }
    }
    const parts = [ticketText || null, sections.length ? `all ${sections.length} required template section(s) filled in` : null].filter(Boolean)
    return { status: 'pass', reason: `${parts.join('; ')}.`.replace(/^./, c => c.toUpperCase()), evidence, findings }
  }
})
