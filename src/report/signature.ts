/**
 * The signature reporter: after the bundle is written, sign it as the settings say (a key, or keyless with
 * the job's OIDC token), list the attestation in the manifest, and optionally store the Sigstore bundle with
 * GitHub's attestations API. It runs before the reporters that publish the manifest digest or upload the
 * bundle, so they see the signed manifest. It never fails the gate: outputs `signed` and `signing-note` say
 * whether it happened and why not.
 */
import type { Reporter, ReporterIo } from './types.js'
import type { Settings } from '../settings.js'
import { keylessFromEnv, runFactsFromEnv, signBundle, type SignOutcome } from '../evidence/sign.js'

export interface SignatureReporterDeps {
  /** An OIDC token for the audience (on Actions: core.getIDToken, which masks it). */
  getIDToken?: (audience: string) => Promise<string>
  /** POST /repos/{owner}/{repo}/attestations; returns the attestation id. */
  storeAttestation?: (settings: Settings, bundle: Record<string, unknown>) => Promise<number | string | undefined>
}

const defaultGetIDToken = async (audience: string) => (await import('@actions/core')).getIDToken(audience)

/** POST /repos/{owner}/{repo}/attestations, so `gh attestation verify` finds the evidence's attestation. */
async function storeWithGitHub(settings: Settings, bundle: Record<string, unknown>): Promise<number | undefined> {
  const { getOctokit } = await import('@actions/github')
  const octokit = getOctokit(settings.token!, { baseUrl: settings.apiUrl })
  const response = await octokit.request('POST /repos/{owner}/{repo}/attestations', {
    owner: settings.repository.owner,
    repo: settings.repository.repo,
    bundle
  })
  return response.data.id
}

export function signatureReporter(deps: SignatureReporterDeps = {}): Reporter {
  return {
    name: 'evidence signature',
    async report({ settings, run, io }) {
      const outcome = await signGateRun(run.bundle, run.record.repository, settings, io, deps)
      io.setOutput('signed', String(outcome.signed))
      io.setOutput('signing-note', outcome.reason)
    }
  }
}

export async function signGateRun(
  bundle: { dir: string; manifest: SignOutcome['manifest']; manifestSha256: string },
  repository: { visibility?: string; private?: boolean },
  settings: Settings,
  io: Pick<ReporterIo, 'info' | 'notice' | 'warning' | 'env'>,
  deps: SignatureReporterDeps = {}
): Promise<SignOutcome> {
  const signing = settings.signing ?? { mode: 'auto', keyPem: null }
  const visibility = repository.visibility ?? (repository.private === false ? 'public' : repository.private ? 'private' : null)
  const keyless = signing.mode === 'key' || signing.mode === 'off' ? null : keylessFromEnv(io.env, visibility, deps.getIDToken ?? defaultGetIDToken)
  const outcome = await signBundle(bundle.dir, { mode: signing.mode, keyPem: signing.keyPem, keyless, run: runFactsFromEnv(io.env) })
  if (outcome.signed) {
    bundle.manifest = outcome.manifest
    bundle.manifestSha256 = outcome.manifestSha256
    io.info(`Evidence signed: ${outcome.file} (${outcome.reason}).`)
    if (outcome.kind === 'keyless' && visibility === 'public')
      io.info(
        'Keyless signing used the public-good Sigstore instance: the signing identity (repository and workflow) is recorded in the public Rekor transparency log.'
      )
    if (outcome.sigstoreBundle && signing.storeAttestation && settings.token) {
      try {
        const id = await (deps.storeAttestation ?? storeWithGitHub)(settings, outcome.sigstoreBundle)
        io.info(`Attestation stored with GitHub's attestations API (id ${id ?? 'unknown'}); \`gh attestation verify\` finds it.`)
      } catch (error) {
        io.warning(
          `The attestation was not stored with GitHub's attestations API (needs permissions attestations: write; private repositories need GitHub Enterprise Cloud): ${(error as Error).message}`
        )
      }
    }
  } else if (signing.mode !== 'off') {
    io.notice(`Evidence not signed: ${outcome.reason}.`)
  }
  return outcome
}
