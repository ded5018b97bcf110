/** Reading an artifact zip: stored and deflated entries, limits, and names that would leave the folder. */
import { describe, expect, test } from '@jest/globals'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { extractTo, readZip } from '../../src/audit/artifacts.js'
import { zipFiles } from '../helpers/audit-quarter.js'

describe('artifact zips', () => {
  test('reads deflated entries back byte for byte', () => {
    const big = 'x'.repeat(100_000)
    const entries = readZip(zipFiles({ 'manifest.json': '{"a":1}\n', 'record.json': big, 'sub/summary.md': '# ok\n' }))
    expect([...entries.keys()]).toEqual(['manifest.json', 'record.json', 'sub/summary.md'])
    expect(entries.get('record.json')?.toString()).toBe(big)
  })

  test('refuses what is not a zip and entries that would be written outside the folder (zip slip)', async () => {
    expect(() => readZip(Buffer.from('PK not really'))).toThrow(/not a zip/)
    const dir = mkdtempSync(join(tmpdir(), 'cg-zip-'))
    for (const name of ['../escape.txt', 'a/../../escape.txt', '/etc/escape.txt', 'a\\..\\..\\escape.txt']) {
      await expect(extractTo(readZip(zipFiles({ [name]: 'boom' })), join(dir, 'bundle'))).rejects.toThrow(/outside the bundle folder/)
    }
    expect(existsSync(join(dir, 'escape.txt'))).toBe(false)
    await extractTo(readZip(zipFiles({ 'ok/file.txt': 'fine' })), join(dir, 'bundle'))
    expect(readFileSync(join(dir, 'bundle', 'ok', 'file.txt'), 'utf8')).toBe('fine')
  })

  test('refuses an archive with more entries than a bundle has', () => {
    const many = Object.fromEntries(Array.from({ length: 65 }, (_, i) => [`f${i}`, 'x']))
    expect(() => readZip(zipFiles(many))).toThrow(/65 entries/)
  })
})
