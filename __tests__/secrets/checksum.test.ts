/**
 * GitHub's (and npm's) token checksum: the last 6 characters of a 40-character token are the CRC32 of its 30
 * random characters in base62 (0-9A-Za-z), left-padded with '0' (GitHub blog, "Behind GitHub's new
 * authentication token formats"). A token failing it is still reported, at severity low, with the reason.
 */
import { crc32 as zlibCrc32 } from 'node:zlib'
import { describe, expect, test } from '@jest/globals'
import { base62, crc32, githubChecksumOk, githubStyleToken } from '../../src/secrets/checksum.js'
import { createScanner } from '../../src/secrets/index.js'
import { expandTemplate, seededRandom } from '../../src/secrets/generate.js'

const scanner = createScanner({ repo: 'acme/app' })
const scan = (text: string) => scanner.scanText(text)

describe('CRC32 and base62', () => {
  test('CRC32 is zlib’s (check value of "123456789" is cbf43926)', () => {
    expect(crc32('123456789').toString(16)).toBe('cbf43926')
    const rand = seededRandom(11)
    for (let i = 0; i < 50; i++) {
      const s = expandTemplate('{alnum:30}', rand)
      expect(crc32(s)).toBe(zlibCrc32(s))
    }
  })
  test('base62 pads to 6 with the digits-upper-lower alphabet', () => {
    expect(base62(0)).toBe('000000')
    expect(base62(61)).toBe('00000z')
    expect(base62(62)).toBe('000010')
    expect(base62(0xffffffff)).toBe('4gfFC3')
  })
})

describe('GitHub token checksum', () => {
  const rand = seededRandom(2021)
  test('a token made the way GitHub makes them passes; one character changed fails', () => {
    for (const prefix of ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'npm_']) {
      const t = githubStyleToken(prefix, rand)
      expect(t).toHaveLength(40)
      expect(githubChecksumOk(t)).toBe(true)
      const flipped = t.slice(0, 10) + (t[10] === 'a' ? 'b' : 'a') + t.slice(11)
      expect(githubChecksumOk(flipped)).toBe(false)
    }
  })
  test('longer tokens and the stateless ghs_<app id>_<JWT> carry no CRC and are not judged', () => {
    expect(githubChecksumOk(expandTemplate('ghp_{alnum:60}', rand))).toBe(true)
    expect(githubChecksumOk(expandTemplate('ghs_{digits:7}_eyJ{b64url:40}.eyJ{b64url:300}.{b64url:86}', rand))).toBe(true)
  })
  test('a checksummed token is critical; a look-alike failing the checksum is still reported, at severity low with the reason', () => {
    const good = githubStyleToken('ghp_', rand)
    const [g] = scan(`GITHUB_TOKEN=${good}`)
    expect(g).toMatchObject({ rule: 'github-pat', severity: 'critical', description: 'GitHub personal access token (classic)' })
    // GitHub's REST documentation example token shape: prefix + 36 base62 that were not issued.
    let bad = expandTemplate('ghp_{alnum:36}', rand)
    while (githubChecksumOk(bad)) bad = expandTemplate('ghp_{alnum:36}', rand)
    const [b] = scan(`"token": "${bad}"`)
    expect(b).toMatchObject({ rule: 'github-pat', severity: 'low' })
    expect(b?.description).toMatch(/checksum does not match/)
    expect(JSON.stringify(b)).not.toContain(bad.slice(4))
  })
  test('npm tokens share the scheme', () => {
    const [n] = scan(`//registry.npmjs.org/:_authToken=${githubStyleToken('npm_', rand)}`)
    expect(n).toMatchObject({ rule: 'npm-access-token', severity: 'critical' })
  })
})
