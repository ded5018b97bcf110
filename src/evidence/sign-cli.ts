/** The CLI's --signing-key: read and check the key before any work, sign each bundle after it is written. */
import type { WrittenBundle } from './bundle.js'
import { readSigningKeyFile, runFactsFromEnv, signBundle, SigningError, type SignOutcome } from './sign.js'
import { SettingsError } from '../settings.js'

/** What signing needs of the CLI's io (src/commands/types.ts CliIo has it): the evidence layer names no command type. */
export interface SignCliIo {
  out: (text: string) => void
  err: (text: string) => void
  env: NodeJS.ProcessEnv
}

/** A bad key file is a usage error (exit 2) before the gate runs, not a surprise afterwards. */
export async function signingKeyOption(path: string): Promise<string> {
  try {
    return await readSigningKeyFile(path)
  } catch (error) {
    if (error instanceof SigningError) throw new SettingsError(`--signing-key: ${error.message}`)
    throw error
  }
}

/** Sign (key only: the CLI has no workflow identity) and keep the written bundle's manifest in step. */
export async function signForCli(bundle: WrittenBundle, keyPem: string | null, io: SignCliIo): Promise<SignOutcome | WrittenBundle> {
  if (!keyPem) return bundle
  const outcome = await signBundle(bundle.dir, { mode: 'key', keyPem, run: runFactsFromEnv(io.env) })
  if (outcome.signed) {
    bundle.manifest = outcome.manifest
    bundle.manifestSha256 = outcome.manifestSha256
    io.out(`Signed: ${outcome.file} (${outcome.reason})`)
  } else {
    io.err(`warning: the bundle is not signed: ${outcome.reason}`)
  }
  return outcome
}
