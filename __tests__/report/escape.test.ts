/**
 * Escaping per channel, checked by rendering with a CommonMark parser with GFM tables, strikethrough and
 * linkify (URL, www. and e-mail autolinks) as GitHub does. Attack strings follow the CommonMark/GFM spec's own
 * examples of links, images, autolinks, raw HTML and headings, plus issue 19's carriage-return injection.
 */
import { describe, expect, test } from '@jest/globals'
import MarkdownIt from 'markdown-it'
import { code, md, plain, visible } from '../../src/evidence/escape.js'
import { cell } from '../../src/evidence/summary.js'

const gfm = new MarkdownIt({ html: true, linkify: true })

const ATTACKS = [
  'title\r## compliance-gate: ✅ passed',
  'file\n::error::injected',
  'a\u2028b\u0085c\u000bd\u001b[31mred',
  '[click me](https://evil.example/phish)',
  '![tracker](https://evil.example/pixel.png)',
  '<https://evil.example/autolink>',
  'see https://evil.example/x and www.evil.example and mail me@evil.example',
  '<img src=x onerror=alert(1)>',
  '<a href="https://evil.example">x</a>',
  '&lt;script&gt; &#x3C;b&#x3E;',
  '| injected | cells |',
  '# heading',
  '> quote',
  '- list',
  '1. ordered',
  '**bold** _em_ ~~strike~~ `code`',
  'cc @octocat and @octo-org/security-team',
  '[ref]: https://evil.example',
  '\\[escaped\\](https://evil.example)',
  'https://a.example/x`y|z',
  '$\\href{https://evil.example}{x}$'
]

function renderedCell(text: string): string {
  return gfm.render(`| a | b |\n|---|---|\n| ${cell(text)} | end |\n`)
}

describe('Markdown (job summary, check run, comment)', () => {
  test.each(ATTACKS)('%j renders as plain text in one table cell: no link, image, heading, HTML, new row', text => {
    const html = renderedCell(text)
    expect(html).not.toMatch(/<a\s|<img|<h[1-6]|<script|<blockquote|<ul|<ol|<strong|<em>|<s>/)
    // one header row and exactly one body row of two cells
    expect(html.match(/<tr>/g)).toHaveLength(2)
    expect(html.match(/<td>/g)).toHaveLength(2)
    expect(html).toContain('<td>end</td>')
    // the HTML the renderer emits holds no element other than table structure and code
    const tags = [...html.matchAll(/<\/?([a-z0-9]+)/g)].map(m => m[1])
    expect(new Set(tags)).toEqual(new Set(tags.filter(t => ['table', 'thead', 'tbody', 'tr', 'th', 'td', 'code'].includes(t))))
  })

  test.each(ATTACKS)('%j in a list item stays one item with no markup', text => {
    const html = gfm.render(`- ${md(text)}\n- second\n`)
    expect(html.match(/<li>/g)).toHaveLength(2)
    expect(html).not.toMatch(/<a\s|<img|<h[1-6]|<blockquote|<strong|<em>|<s>/)
  })

  test('a bare carriage return cannot start a heading (issue 19)', () => {
    const out = md('x\r## compliance-gate: ✅ passed')
    expect(out).not.toMatch(/[\r\n]/)
    expect(out).toContain('␍')
    expect(gfm.render(`Title: ${out}\n`)).not.toMatch(/<h2/)
  })

  test('ordinary text stays readable: words, paths and sentences are not escaped', () => {
    expect(md('2 of 3 required check(s) did not succeed: build, test.')).toBe('2 of 3 required check(s) did not succeed: build, test.')
    expect(md('src/app.ts: no owner approved')).toBe('src/app.ts: no owner approved')
  })

  test('URLs, e-mail addresses and mentions are kept verbatim in code spans (never linked or notifying)', () => {
    expect(md('see https://docs.github.com/rest')).toBe('see `https://docs.github.com/rest`')
    expect(md('@carol-critic has not approved')).toBe('`@carol-critic` has not approved')
    expect(gfm.render(md('ping @octocat'))).toContain('<code>@octocat</code>')
  })

  test('md caps the length', () => {
    expect(md('x'.repeat(2000)).length).toBeLessThanOrEqual(500)
  })

  test('code() keeps a path in one code span whatever it holds', () => {
    const html = gfm.render(`| ${code('a`b|c\rd.tf')} | end |\n|---|---|\n`)
    expect(html.match(/<th>/g)).toHaveLength(2)
    expect(html).not.toMatch(/[\r]/)
  })
})

describe('plain text (annotations, CLI stdout, SARIF text)', () => {
  test('every control character becomes visible; nothing can start a new line', () => {
    for (const text of ATTACKS) expect(plain(text)).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/)
    expect(visible('a\rb\nc\td')).toBe('a␍b␊c␉d')
    expect(visible('\u202eevil')).toBe('U+202Eevil')
    expect(plain('ok text')).toBe('ok text')
  })
})
