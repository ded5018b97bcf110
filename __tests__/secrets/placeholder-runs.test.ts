/** A value with eight of one character in a row is a filled-in example, not a token (isPlaceholder). */
import { expect, test } from '@jest/globals'
import { createScanner } from '../../src/secrets/index.js'
import { isPlaceholder } from '../../src/secrets/heuristics.js'
import { expandTemplate, seededRandom } from '../../src/secrets/generate.js'

const scanner = createScanner({ repo: 'acme/app' })
const rand = seededRandom(31)

test.each([
  // @octokit/auth-token's README shows these as the shapes of installation and user-to-server tokens.
  'const auth = createTokenAuth("ghs_InstallallationOrActionToken00000000")',
  'const auth = createTokenAuth("ghu_InstallationUserToServer000000000000")',
  'STRIPE_KEY=sk_live_abcXYZ0000000000000000000',
  'token: "xoxb-123456789012-000000000000-aaaaaaaaaaaaaaaaaaaaaaaa"'
])('%s is an example', line => {
  expect(scanner.scanText(line)).toEqual([])
})

test('random tokens of the same formats are still found', () => {
  for (const t of ['ghs_{alnum:36}', 'sk_live_{alnum:32}']) {
    const value = expandTemplate(t, rand)
    expect(isPlaceholder(value)).toBe(false)
    expect(scanner.scanText(`const t = "${value}"`).length).toBe(1)
  }
})

test('long key material with runs of A is not judged by the run (only values up to 100 characters)', () => {
  expect(isPlaceholder(`MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ${'AAAAAAAA'}${'x7Kq9'.repeat(20)}`)).toBe(false)
})
