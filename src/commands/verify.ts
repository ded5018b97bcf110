/** `compliance-gate verify`: re-check a bundle's digests, verdicts and signature offline. */
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { SettingsError } from '../settings.js'
import { loadVerificationKey } from '../evidence/sign.js'
import { parseTrustedRoots } from '../evidence/sign-verify.js'
import { verifyBundle, type BundleSubject, type FailureKind } from '../verify.js'
import type { Command } from './types.js'

/** One exit code per kind of failure (the most serious kind found decides). */
export const VERIFY_EXIT: Record<FailureKind, number> = {
  verdict: 1,
  digest: 3,
  unsigned: 4,
  'bad-signature': 5,
  'other-identity': 6,
  unsupported: 7
}

const LABEL: Record<FailureKind, string> = {
  verdict: 'VERDICT MISMATCH',
  digest: 'DIGEST MISMATCH',
  unsigned: 'UNSIGNED',
  'bad-signature': 'BAD SIGNATURE',
  'other-identity': 'OTHER SIGNER',
  unsupported: 'UNSUPPORTED'
}

export const verifyCommand: Command = {
  name: 'verify',
  summary: "re-check a bundle's digests, verdicts and signature offline",
  help: `Usage: compliance-gate verify BUNDLE_DIR [--key PUB.pem]
         [--certificate-identity URI | --certificate-identity-regexp RE] [--certificate-oidc-issuer URL]
         [--trusted-root FILE] [--require-signature]

Offline: recomputes every SHA-256 in BUNDLE_DIR/manifest.json (entries must be plain file names inside the
bundle), re-evaluates every verdict from record.json with the recorded policy.json (record_version 1 or 2),
and checks the attestation when there is one:
  attestation.dsse.json      key-signed: give the public key with --key PUB.pem
  attestation.sigstore.json  keyless (Sigstore): give the workflow identity and issuer, e.g.
      --certificate-identity https://github.com/OWNER/REPO/.github/workflows/gate.yml@refs/heads/main
      --certificate-oidc-issuer https://token.actions.githubusercontent.com
    checked against the bundled Sigstore trusted root (public-good), or --trusted-root FILE (the output of
    \`gh attestation trusted-root\`, needed for private repositories signed by GitHub's Sigstore instance).
The signed statement must cover exactly the files in the bundle and agree with the manifest.

Options:
  --key PUB.pem                       PEM public key (ECDSA P-256 or Ed25519) for key-signed bundles
  --certificate-identity URI          exact signer identity (certificate SAN) for keyless bundles
  --certificate-identity-regexp RE    or a regular expression the whole identity must match
  --certificate-oidc-issuer URL       OIDC issuer of the signer identity
  --trusted-root FILE                 Sigstore trusted root(s), JSON or JSON lines
  --require-signature                 fail unless a signature is present and checked (implied by --key and
                                      --certificate-identity[-regexp]); a file the manifest does not list
                                      then fails too (exit 3)
  -h, --help                          this help

Exit codes (the most serious failure decides):
  0 verified (an unsigned bundle passes with a warning unless a signature is required)
  5 bad signature (does not verify, or the bundle changed after signing)
  6 signed by another key or identity than the one given
  3 digest mismatch (a file changed, is missing, or the manifest names a path outside the bundle)
  1 verdict mismatch (re-evaluation differs from results.json)
  7 unsupported record version
  4 unsigned, or signature not checked, when a signature is required
  2 cannot run (not a bundle, bad usage, unreadable key or trusted root)`,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      options: {
        key: { type: 'string' },
        'certificate-identity': { type: 'string' },
        'certificate-identity-regexp': { type: 'string' },
        'certificate-oidc-issuer': { type: 'string' },
        'trusted-root': { type: 'string' },
        'require-signature': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' }
      },
      allowPositionals: true,
      strict: true
    })
    if (values.help) {
      io.out(this.help)
      return 0
    }
    if (positionals.length !== 1) throw new SettingsError('verify takes exactly one bundle directory.')
    if (values['certificate-identity'] && values['certificate-identity-regexp'])
      throw new SettingsError('Give --certificate-identity or --certificate-identity-regexp, not both.')
    if (values['certificate-identity-regexp']) {
      try {
        new RegExp(values['certificate-identity-regexp'])
      } catch (error) {
        throw new SettingsError(`--certificate-identity-regexp is not a valid regular expression: ${(error as Error).message}`)
      }
    }
    const readOption = (flag: string, path: string | undefined): string | undefined => {
      if (!path) return undefined
      try {
        return readFileSync(resolve(io.cwd, path), 'utf8')
      } catch (error) {
        throw new SettingsError(`${flag} ${path} cannot be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`)
      }
    }
    const keyPem = readOption('--key', values.key)
    const trustedRoot = readOption('--trusted-root', values['trusted-root'])
    try {
      if (keyPem) loadVerificationKey(keyPem)
    } catch (error) {
      throw new SettingsError(`--key ${values.key}: ${(error as Error).message}`)
    }
    try {
      if (trustedRoot)
        for (const root of parseTrustedRoots(trustedRoot))
          if (!String(root.mediaType ?? '').startsWith('application/vnd.dev.sigstore.trustedroot')) throw new Error(`mediaType is ${String(root.mediaType)}`)
    } catch (error) {
      throw new SettingsError(
        `--trusted-root ${values['trusted-root']} is not a Sigstore trusted root (JSON or the JSON lines of \`gh attestation trusted-root\`): ${(error as Error).message}`
      )
    }
    const dir = resolve(io.cwd, positionals[0])
    if (!existsSync(join(dir, 'manifest.json'))) {
      io.err(`${dir} is not an evidence bundle (no manifest.json).`)
      return 2
    }
    let report
    try {
      report = await verifyBundle(dir, {
        // Naming the signer you expect (a key or an identity) demands a signature: an unsigned bundle then fails.
        requireSignature: (values['require-signature'] ?? false) || Boolean(keyPem || values['certificate-identity'] || values['certificate-identity-regexp']),
        signature: {
          keyPem,
          trustedRoot,
          identity: values['certificate-identity'],
          identityRegexp: values['certificate-identity-regexp'],
          issuer: values['certificate-oidc-issuer']
        }
      })
    } catch (error) {
      io.err(`verify could not run: ${(error as Error).message}`)
      return 2
    }
    for (const w of report.warnings) io.err(`warning: ${w}`)
    const signed = report.signature.status === 'verified' ? `; signature verified (${report.signature.signer})` : ''
    if (report.ok) {
      io.out(`OK: ${report.checked.files} file digests match and ${report.checked.verdicts} verdicts re-evaluate the same${signed} (${dir}).`)
      // What was verified: a bundle proves nothing about a change it does not name (a bundle handed over for another PR).
      if (report.subject) io.out(`Judged: ${describeSubject(report.subject)}.`)
      return 0
    }
    const worst = report.worst!
    io.out(`${LABEL[worst]} in ${dir}:\n${report.failures.map(f => `- [${LABEL[f.kind].toLowerCase()}] ${f.message}`).join('\n')}`)
    return VERIFY_EXIT[worst]
  }
}

/** `acme/app pull request #7, head 1a2b3c4 on base 5d6e7f8` (or a push). */
function describeSubject(s: BundleSubject): string {
  const what = s.pull_request !== null ? `pull request #${s.pull_request}` : s.kind === 'push' ? 'push' : (s.kind ?? 'change')
  const commits = `head ${s.head_sha ?? 'unknown'}${s.base_sha ? ` on base ${s.base_sha}` : ''}`
  return `${s.repository ?? 'unknown repository'} ${what}, ${commits}`
}
