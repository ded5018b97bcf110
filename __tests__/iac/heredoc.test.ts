/**
 * Heredoc strings in .tf files. Cases and expected values follow HCL's own spec suite
 * (hashicorp/hcl specsuite/tests/expressions/heredoc.hcl and .t): `<<EOT` keeps every line as written,
 * `<<-EOT` removes the smallest leading whitespace of the non-blank lines from each line.
 */
import { describe, expect, test } from '@jest/globals'
import { parseHcl } from '../../src/iac/parse/terraform.js'
import type { Expr } from '../../src/iac/parse/hcl-ast.js'

async function value(hcl: string): Promise<Expr> {
  const f = await parseHcl('main.tf', `${hcl}\n`)
  const attrs = f.blocks.find(b => b.type === '$attributes')?.body.attrs
  if (!attrs?.x) throw new Error(`no attribute x in ${JSON.stringify(f.blocks)}`)
  return attrs.x.expr
}
const lit = (v: string): Expr => ({ k: 'lit', v })
const ref = (name: string): Expr => ({ k: 'ref', path: [name] })

describe('<<EOT keeps the text as written', () => {
  test.each([
    ['basic', 'x = <<EOT\nFoo\nBar\nBaz\nEOT', 'Foo\nBar\nBaz\n'],
    ['indented', 'x = <<EOT\n    Foo\n    Bar\n    Baz\n  EOT', '    Foo\n    Bar\n    Baz\n'],
    ['indented_more', 'x = <<EOT\n    Foo\n      Bar\n    Baz\n  EOT', '    Foo\n      Bar\n    Baz\n'],
    ['newlines_between', 'x = <<EOT\nFoo\n\nBar\n\nBaz\nEOT', 'Foo\n\nBar\n\nBaz\n'],
    ['indented_newlines_between', 'x = <<EOT\n    Foo\n\n    Bar\n\n    Baz\n  EOT', '    Foo\n\n    Bar\n\n    Baz\n'],
    ['marker_at_suffix', 'x = <<EOT\n    NOT EOT\n  EOT', '    NOT EOT\n']
  ])('%s', async (_name, hcl, expected) => {
    expect(await value(hcl)).toEqual(lit(expected))
  })

  test('an interpolation stays a template part between the literal lines', async () => {
    expect(await value('x = <<EOT\n    Foo\n    ${bar}\n    Baz\n  EOT')).toEqual({ k: 'tmpl', parts: [lit('    Foo\n    '), ref('bar'), lit('\n    Baz\n')] })
  })

  test('no backslash escapes in a heredoc; $${ and %%{ are the literal ${ and %{', async () => {
    expect(await value('x = <<EOT\nC:\\\\temp\\n $${not} %%{nor}\nEOT')).toEqual(lit('C:\\\\temp\\n ${not} %{nor}\n'))
  })
})

describe('<<-EOT removes the common indentation', () => {
  test.each([
    ['basic', 'x = <<-EOT\nFoo\nBar\nBaz\nEOT', 'Foo\nBar\nBaz\n'],
    ['indented', 'x = <<-EOT\n    Foo\n    Bar\n    Baz\n  EOT', 'Foo\nBar\nBaz\n'],
    ['indented_more', 'x = <<-EOT\n    Foo\n      Bar\n    Baz\n  EOT', 'Foo\n  Bar\nBaz\n'],
    ['indented_less', 'x = <<-EOT\n    Foo\n  Bar\n    Baz\n  EOT', '  Foo\nBar\n  Baz\n'],
    ['tabs', 'x = <<-EOT\n\tFoo\n  Bar\n  Baz\n  EOT', 'Foo\n Bar\n Baz\n'],
    ['newlines_between', 'x = <<-EOT\nFoo\n\nBar\n\nBaz\nEOT', 'Foo\n\nBar\n\nBaz\n'],
    ['indented_newlines_between', 'x = <<-EOT\n    Foo\n\n    Bar\n\n    Baz\n  EOT', 'Foo\n\nBar\n\nBaz\n']
  ])('%s', async (_name, hcl, expected) => {
    expect(await value(hcl)).toEqual(lit(expected))
  })

  test.each([
    ['interp', 'x = <<-EOT\n    Foo\n    ${bar}\n    Baz\n  EOT', [lit('Foo\n'), ref('bar'), lit('\nBaz\n')]],
    ['interp_indented_more', 'x = <<-EOT\n    Foo\n      ${bar}\n    Baz\n  EOT', [lit('Foo\n  '), ref('bar'), lit('\nBaz\n')]],
    ['interp_indented_less', 'x = <<-EOT\n    Foo\n  ${space_bar}\n    Baz\n  EOT', [lit('  Foo\n'), ref('space_bar'), lit('\n  Baz\n')]]
  ])('%s', async (_name, hcl, parts) => {
    expect(await value(hcl)).toEqual({ k: 'tmpl', parts })
  })

  test('a policy document in an indented heredoc reads as the JSON it holds', async () => {
    const v = await value('x = <<-POLICY\n    {\n      "Version": "2012-10-17"\n    }\n    POLICY')
    expect(v).toEqual(lit('{\n  "Version": "2012-10-17"\n}\n'))
    expect(JSON.parse((v as { v: string }).v)).toEqual({ Version: '2012-10-17' })
  })
})
