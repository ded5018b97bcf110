/** GateRuns and a recording ReporterIo for reporter unit tests. */
import type { GateRun } from '../../src/engine.js'
import type { Results } from '../../src/evidence/bundle.js'
import { summarize } from '../../src/evaluate/evaluate.js'
import type { Finding, GatedVerdict } from '../../src/model/verdict.js'
import type { AnnotationProps, ReporterIo } from '../../src/report/types.js'
import type { Settings } from '../../src/settings.js'
import { baseRecord, HEAD_SHA, BASE_SHA } from '../helpers/records.js'

export function verdict(control: string, status: GatedVerdict['status'], findings: Finding[] = [], extra: Partial<GatedVerdict> = {}): GatedVerdict {
  return {
    control,
    title: `${control} title`,
    status,
    reason: `${control} is ${status}.`,
    ...(status === 'fail' || status === 'not_verified' ? { remedy: `Fix ${control}.` } : {}),
    evidence: [],
    findings,
    mappings: [{ framework: 'SOC 2', controls: ['CC8.1'] }],
    effect: status === 'fail' ? 'blocking' : status === 'not_verified' ? 'warning' : 'none',
    ...extra
  }
}

export function located(path: string, line: number, extra: Partial<Finding> = {}): Finding {
  return { status: 'fail', subject: path, message: `problem at ${path}:${line}`, location: { path, line }, ...extra }
}

export function gateRun(verdicts: GatedVerdict[], opts: { errors?: string[]; mode?: 'enforce' | 'report' } = {}): GateRun {
  const record = baseRecord()
  const evaluation = summarize(verdicts, opts.errors ?? [])
  const results: Results = {
    $schema: 'test',
    bundle_version: 1,
    tool: { name: 'compliance-gate', version: '0.0.0-test' },
    mode: opts.mode ?? 'enforce',
    evaluated_at: '2026-12-01T00:00:00.000Z',
    subject: { ...record.subject, repository: record.repository.full_name, pull_request: 42 },
    errors: opts.errors ?? [],
    policy_notes: [],
    ...evaluation
  }
  return {
    record,
    policy: null,
    timedOut: false,
    results,
    summary: '## compliance-gate: test summary\n',
    bundle: {
      dir: '/tmp/evidence/octo-org-octo-repo-pr42-1111111',
      manifestSha256: 'f'.repeat(64),
      manifest: {
        bundle_version: 1,
        tool: results.tool,
        created_at: results.evaluated_at,
        subject: results.subject,
        result: results.result,
        policy: { sha256: '0'.repeat(64), sources: [] },
        files: []
      }
    }
  }
}

export function settings(overrides: Partial<Settings> = {}): Settings {
  return {
    token: 'ghs_unitTestToken',
    apiUrl: 'http://127.0.0.1:9',
    repository: { owner: 'octo-org', repo: 'octo-repo' },
    eventName: 'pull_request',
    eventPayload: { pull_request: { number: 42, head: { sha: HEAD_SHA }, base: { sha: BASE_SHA } } },
    prNumber: null,
    policyPath: null,
    workspace: '/tmp/ws',
    checkoutDir: null,
    evidenceDir: '/tmp/evidence',
    mode: 'enforce',
    httpTimeoutMs: 2000,
    selfCheckNames: ['compliance-gate'],
    ...overrides
  }
}

export interface Recorded {
  kind: 'info' | 'notice' | 'warning' | 'error' | 'output' | 'summary'
  message: string
  props?: AnnotationProps
}

export function recordingIo(env: NodeJS.ProcessEnv = {}): ReporterIo & { log: Recorded[]; outputs: Record<string, string> } {
  const log: Recorded[] = []
  const outputs: Record<string, string> = {}
  return {
    log,
    outputs,
    env,
    info: m => log.push({ kind: 'info', message: m }),
    notice: (m, props) => log.push({ kind: 'notice', message: m, props }),
    warning: (m, props) => log.push({ kind: 'warning', message: m, props }),
    error: (m, props) => log.push({ kind: 'error', message: m, props }),
    setOutput: (n, v) => {
      outputs[n] = v
      log.push({ kind: 'output', message: `${n}=${v}` })
    },
    appendSummary: async text => {
      log.push({ kind: 'summary', message: text })
    }
  }
}
