/**
 * Re-performance of a bundle, offline: every digest in the manifest is recomputed, and every verdict is
 * re-evaluated from record.json with the recorded policy. Any difference is reported by name.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { CONTROLS } from './controls/index.js'
import type { Control } from './controls/types.js'
import { ADJUSTERS } from './evaluate/adjusters.js'
import { evaluate } from './evaluate/evaluate.js'
import { digest, type Manifest, type Results } from './evidence/bundle.js'
import type { ChangeRecord } from './model/record.js'
import type { ResolvedPolicy } from './policy/load.js'

export interface VerifyReport {
  ok: boolean
  problems: string[]
  checked: { files: number; verdicts: number }
}

export async function verifyBundle(dir: string, controls: readonly Control<any>[] = CONTROLS): Promise<VerifyReport> {
  const problems: string[] = []
  let manifest: Manifest
  try {
    manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as Manifest
  } catch (error) {
    return { ok: false, problems: [`manifest.json cannot be read: ${(error as Error).message}`], checked: { files: 0, verdicts: 0 } }
  }
  const texts = new Map<string, string>()
  for (const file of manifest.files ?? []) {
    try {
      const text = await readFile(join(dir, file.path), 'utf8')
      texts.set(file.path, text)
      const actual = digest(text)
      if (actual !== file.sha256) problems.push(`${file.path}: sha256 is ${actual}, manifest says ${file.sha256} (the file was changed)`)
    } catch (error) {
      problems.push(`${file.path}: listed in the manifest but cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`)
    }
  }
  for (const required of ['record.json', 'policy.json', 'results.json']) {
    if (!manifest.files?.some(f => f.path === required)) problems.push(`${required}: missing from the manifest`)
  }
  const policyText = texts.get('policy.json')
  if (policyText && digest(policyText) !== manifest.policy?.sha256) problems.push('policy.json: does not match the policy digest in the manifest')

  let verdicts = 0
  try {
    const record = JSON.parse(texts.get('record.json') ?? 'null') as ChangeRecord
    const policy = JSON.parse(policyText ?? 'null') as ResolvedPolicy & { error?: string }
    const recorded = JSON.parse(texts.get('results.json') ?? 'null') as Results
    if (!record || !recorded) throw new Error('record.json or results.json is missing')
    if (manifest.result !== recorded.result) problems.push(`manifest result '${manifest.result}' differs from results.json '${recorded.result}'`)
    if (policy && !policy.error) {
      const again = evaluate(controls, policy, record, ADJUSTERS, recorded.errors ?? [])
      const byId = new Map(again.verdicts.map(v => [v.control, v]))
      for (const original of recorded.verdicts) {
        verdicts++
        const now = byId.get(original.control)
        if (!now) {
          problems.push(`${original.control}: recorded as ${original.status} but the control is not known to this version or not enabled by the recorded policy`)
          continue
        }
        if (now.status !== original.status) problems.push(`${original.control}: recorded ${original.status}, re-evaluated ${now.status}`)
        else if (now.effect !== original.effect) problems.push(`${original.control}: recorded effect ${original.effect}, re-evaluated ${now.effect}`)
        else if (JSON.stringify(now.findings.map(f => [f.status, f.subject])) !== JSON.stringify(original.findings.map(f => [f.status, f.subject])))
          problems.push(`${original.control}: findings differ on re-evaluation`)
        byId.delete(original.control)
      }
      for (const extra of byId.keys()) problems.push(`${extra}: re-evaluation gives a verdict that results.json does not record`)
      if (again.result !== recorded.result) problems.push(`gate result: recorded ${recorded.result}, re-evaluated ${again.result}`)
    } else if (recorded.verdicts.length > 0) {
      problems.push('policy.json holds no policy, yet results.json records verdicts')
    }
  } catch (error) {
    problems.push(`re-evaluation failed: ${(error as Error).message}`)
  }
  return { ok: problems.length === 0, problems, checked: { files: manifest.files?.length ?? 0, verdicts } }
}
