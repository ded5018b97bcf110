/**
 * Held-out corpus for the secrets engine (issue 20): format-true fakes built from each vendor's public
 * description of its credential format — and, for private keys, real keys made with node:crypto and
 * encoded as OpenSSH (PROTOCOL.key), PuTTY (PPK v2/v3) and OpenPGP armour (RFC 4880) — placed in the
 * files and contexts where they leak. Built independently of rules/secrets/rules.yaml: nothing here reads
 * a rule. Look-alikes (placeholders, wrong lengths, documented EXAMPLE values, public keys) measure
 * precision. Everything is generated at run time from a seed: no secret-shaped literal is stored.
 */
import { createHash, createHmac, generateKeyPairSync, randomBytes } from 'node:crypto'
import { seededRandom } from '../../src/secrets/generate.js'

export interface Planted {
  /** Corpus group (for the per-group table). */
  group: string
  name: string
  path: string
  text: string
  /** 1-based line the credential (or the key's BEGIN line) is on. */
  line: number
}
export interface LookAlike {
  group: string
  name: string
  path: string
  text: string
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
const HEX = '0123456789abcdef'
const B64URL = ALNUM + '-_'

export class Gen {
  private readonly r: () => number
  constructor(seed: number) {
    this.r = seededRandom(seed)
  }
  int(n: number): number {
    return Math.floor(this.r() * n)
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)]
  }
  chars(set: string, n: number): string {
    let s = ''
    for (let i = 0; i < n; i++) s += set[this.int(set.length)]
    return s
  }
  alnum(n: number): string {
    return this.chars(ALNUM, n)
  }
  hex(n: number): string {
    return this.chars(HEX, n)
  }
  digits(n: number): string {
    return String(1 + this.int(9)) + this.chars('0123456789', n - 1)
  }
  bytes(n: number): Buffer {
    const b = Buffer.alloc(n)
    for (let i = 0; i < n; i++) b[i] = this.int(256)
    return b
  }
  b64(n: number): string {
    return this.bytes(n).toString('base64')
  }
  b64url(n: number): string {
    return this.chars(B64URL, n)
  }
  /** A password a person picks: word, digits, symbol, in some order (low entropy on purpose). */
  humanPassword(): string {
    const words = ['Summer', 'Falcon', 'orange', 'Kestrel', 'winter', 'Harbor', 'copper', 'Nimbus', 'maple', 'Quartz', 'rocket', 'Saffron']
    const w = this.pick(words)
    const d = String(10 + this.int(9000))
    const s = this.pick(['!', '#', '$', '%', '&', '*', '@', '?', ''])
    return this.pick([`${w}${d}${s}`, `${w}${s}${d}`, `${w.toLowerCase()}_${d}${s}`, `${this.alnum(6)}${d}`, `${w}-${this.pick(words)}-${d}`])
  }
  /** A random password from a manager (16–24 printable characters). */
  strongPassword(): string {
    return this.chars(ALNUM + '!#%&*+-.=?^_~', 16 + this.int(9))
  }
}

// ------------------------------------------------------------------ private keys

function sshString(b: Buffer | string): Buffer {
  const body = typeof b === 'string' ? Buffer.from(b) : b
  const len = Buffer.alloc(4)
  len.writeUInt32BE(body.length)
  return Buffer.concat([len, body])
}
function u32(n: number): Buffer {
  const b = Buffer.alloc(4)
  b.writeUInt32BE(n)
  return b
}
function wrap(b64: string, width: number): string {
  return b64.match(new RegExp(`.{1,${width}}`, 'g'))!.join('\n')
}

/** An unencrypted OpenSSH ed25519 private key (openssh-key-v1, PROTOCOL.key). */
export function opensshEd25519(comment = 'deploy@ci'): string {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519')
  const d = Buffer.from(privateKey.export({ format: 'jwk' }).d as string, 'base64url')
  const x = Buffer.from(publicKey.export({ format: 'jwk' }).x as string, 'base64url')
  const pub = Buffer.concat([sshString('ssh-ed25519'), sshString(x)])
  const check = randomBytes(4)
  let priv = Buffer.concat([check, check, sshString('ssh-ed25519'), sshString(x), sshString(Buffer.concat([d, x])), sshString(comment)])
  const pad: number[] = []
  for (let i = 1; (priv.length + pad.length) % 8 !== 0; i++) pad.push(i)
  priv = Buffer.concat([priv, Buffer.from(pad)])
  const blob = Buffer.concat([Buffer.from('openssh-key-v1\0'), sshString('none'), sshString('none'), sshString(''), u32(1), sshString(pub), sshString(priv)])
  return `-----BEGIN OPENSSH PRIVATE KEY-----\n${wrap(blob.toString('base64'), 70)}\n-----END OPENSSH PRIVATE KEY-----`
}

/** An OpenSSH ECDSA P-256 private key. */
export function opensshEcdsa(): string {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
  const jwk = privateKey.export({ format: 'jwk' })
  const pj = publicKey.export({ format: 'jwk' })
  const q = Buffer.concat([Buffer.from([4]), Buffer.from(pj.x as string, 'base64url'), Buffer.from(pj.y as string, 'base64url')])
  const dRaw = Buffer.from(jwk.d as string, 'base64url')
  const dm = dRaw[0] & 0x80 ? Buffer.concat([Buffer.from([0]), dRaw]) : dRaw
  const pub = Buffer.concat([sshString('ecdsa-sha2-nistp256'), sshString('nistp256'), sshString(q)])
  const check = randomBytes(4)
  let priv = Buffer.concat([check, check, sshString('ecdsa-sha2-nistp256'), sshString('nistp256'), sshString(q), sshString(dm), sshString('ops@bastion')])
  const pad: number[] = []
  for (let i = 1; (priv.length + pad.length) % 8 !== 0; i++) pad.push(i)
  priv = Buffer.concat([priv, Buffer.from(pad)])
  const blob = Buffer.concat([Buffer.from('openssh-key-v1\0'), sshString('none'), sshString('none'), sshString(''), u32(1), sshString(pub), sshString(priv)])
  return `-----BEGIN OPENSSH PRIVATE KEY-----\n${wrap(blob.toString('base64'), 70)}\n-----END OPENSSH PRIVATE KEY-----`
}

/** A PuTTY .ppk file (format 3 unencrypted, or format 2) for an ed25519 key. */
export function puttyPpk(version: 2 | 3): string {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519')
  const d = Buffer.from(privateKey.export({ format: 'jwk' }).d as string, 'base64url')
  const x = Buffer.from(publicKey.export({ format: 'jwk' }).x as string, 'base64url')
  const pub = Buffer.concat([sshString('ssh-ed25519'), sshString(x)]).toString('base64')
  const priv = sshString(d).toString('base64')
  const pubLines = wrap(pub, 64).split('\n')
  const privLines = wrap(priv, 64).split('\n')
  const mac = createHmac('sha256', 'putty')
    .update(pub + priv)
    .digest('hex')
  return [
    `PuTTY-User-Key-File-${version}: ssh-ed25519`,
    'Encryption: none',
    'Comment: ed25519-key-20240101',
    `Public-Lines: ${pubLines.length}`,
    ...pubLines,
    `Private-Lines: ${privLines.length}`,
    ...privLines,
    `Private-MAC: ${version === 3 ? mac : mac.slice(0, 40)}`
  ].join('\n')
}

function crc24(data: Buffer): number {
  let crc = 0xb704ce
  for (const byte of data) {
    crc ^= byte << 16
    for (let i = 0; i < 8; i++) {
      crc <<= 1
      if (crc & 0x1000000) crc ^= 0x1864cfb
    }
  }
  return crc & 0xffffff
}

/** An ASCII-armoured OpenPGP secret key block (RFC 4880: a v4 EdDSA secret-key packet, CRC-24 line). */
export function pgpPrivateBlock(g: Gen): string {
  const body = Buffer.concat([
    Buffer.from([0xc5, 0x58, 0x04]),
    g.bytes(4),
    Buffer.from([0x16, 0x09]),
    Buffer.from('+\u0006\u0001\u0004\u0001\u00daG\u000f\u0001', 'latin1'),
    g.bytes(70)
  ])
  const crc = Buffer.alloc(3)
  crc.writeUIntBE(crc24(body), 0, 3)
  return `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${wrap(body.toString('base64'), 64)}\n=${crc.toString('base64')}\n-----END PGP PRIVATE KEY BLOCK-----`
}

export type PemKind = 'rsa-pkcs1' | 'ec-sec1' | 'pkcs8-rsa' | 'pkcs8-ed25519' | 'pkcs8-dsa' | 'pkcs8-encrypted' | 'pkcs1-encrypted'

export function pemKey(kind: PemKind): string {
  switch (kind) {
    case 'rsa-pkcs1':
      return generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs1', format: 'pem' }).toString().trim()
    case 'ec-sec1':
      return generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'sec1', format: 'pem' }).toString().trim()
    case 'pkcs8-rsa':
      return generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString().trim()
    case 'pkcs8-ed25519':
      return generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString().trim()
    case 'pkcs8-dsa':
      return generateKeyPairSync('dsa', { modulusLength: 1024, divisorLength: 160 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString().trim()
    case 'pkcs8-encrypted':
      return generateKeyPairSync('ec', { namedCurve: 'P-256' })
        .privateKey.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'correct horse' })
        .toString()
        .trim()
    case 'pkcs1-encrypted':
      return generateKeyPairSync('rsa', { modulusLength: 1024 })
        .privateKey.export({ type: 'pkcs1', format: 'pem', cipher: 'aes-128-cbc', passphrase: 'correct horse' })
        .toString()
        .trim()
  }
}

/** A public certificate-like PEM block (no private key). */
export function publicPem(): string {
  return generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ type: 'spki', format: 'pem' }).toString().trim()
}

export function sha1hex(s: string): string {
  return createHash('sha1').update(s).digest('hex')
}

// ------------------------------------------------------------------ placements

const jsonEscape = (s: string) => JSON.stringify(s).slice(1, -1)
const indent = (s: string, n: number) =>
  s
    .split('\n')
    .map(l => ' '.repeat(n) + l)
    .join('\n')

/** A multi-line key in the places keys are pasted: bare file, JSON string, YAML block scalar, .env, heredoc. */
function keyPlacements(group: string, name: string, key: string): Planted[] {
  return [
    { group, name: `${name} (file without extension)`, path: 'deploy/id_key', text: `${key}\n`, line: 1 },
    {
      group,
      name: `${name} (JSON string with \\n)`,
      path: 'config/keys.json',
      text: `{\n  "name": "deploy",\n  "ssh_key": "${jsonEscape(key + '\n')}"\n}\n`,
      line: 3
    },
    {
      group,
      name: `${name} (YAML block scalar)`,
      path: 'k8s/secret.yaml',
      text: `apiVersion: v1\nkind: Secret\nstringData:\n  key: |\n${indent(key, 4)}\n`,
      line: 5
    },
    { group, name: `${name} (.env with \\n)`, path: '.env.production', text: `APP=web\nPRIVATE_KEY="${key.split('\n').join('\\n')}"\n`, line: 2 },
    {
      group,
      name: `${name} (Terraform heredoc)`,
      path: 'infra/main.tf',
      text: `resource "tls_x" "k" {\n  private_key = <<-EOT\n${indent(key, 4)}\n  EOT\n}\n`,
      line: 3
    }
  ]
}

function privateKeys(g: Gen): Planted[] {
  const out: Planted[] = []
  const kinds: [string, () => string][] = [
    ['PEM RSA (PKCS#1)', () => pemKey('rsa-pkcs1')],
    ['PEM EC (SEC1)', () => pemKey('ec-sec1')],
    ['PEM PKCS#8 RSA', () => pemKey('pkcs8-rsa')],
    ['PEM PKCS#8 Ed25519', () => pemKey('pkcs8-ed25519')],
    ['PEM PKCS#8 DSA', () => pemKey('pkcs8-dsa')],
    ['PEM encrypted PKCS#8', () => pemKey('pkcs8-encrypted')],
    ['PEM encrypted PKCS#1 (Proc-Type)', () => pemKey('pkcs1-encrypted')],
    ['OpenSSH ed25519', () => opensshEd25519()],
    ['OpenSSH ECDSA', () => opensshEcdsa()],
    ['PGP private key block', () => pgpPrivateBlock(g)]
  ]
  for (const [name, make] of kinds) out.push(...keyPlacements('private keys', name, make()))
  for (const v of [2, 3] as const) {
    const ppk = puttyPpk(v)
    out.push({ group: 'private keys', name: `PuTTY PPK v${v} (.ppk file)`, path: `keys/deploy-v${v}.ppk`, text: `${ppk}\n`, line: 1 })
  }
  return out
}

/** Provider tokens named in issue 20, each in the contexts it leaks from (vendor docs describe the shapes). */
function providers(g: Gen): Planted[] {
  const out: Planted[] = []
  const add = (group: string, name: string, path: string, text: string, line: number) => out.push({ group, name, path, text, line })
  // Azure Storage: a 512-bit account key, base64 (88 characters ending ==); connection strings; SAS tokens.
  for (let i = 0; i < 3; i++) {
    const key = g.b64(64)
    const acct = `st${g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 10)}`
    add(
      'azure',
      'storage connection string',
      'appsettings.json',
      `{\n  "ConnectionStrings": {\n    "Blob": "DefaultEndpointsProtocol=https;AccountName=${acct};AccountKey=${key};EndpointSuffix=core.windows.net"\n  }\n}\n`,
      3
    )
    add('azure', 'storage key in .env', '.env', `AZURE_STORAGE_ACCOUNT=${acct}\nAZURE_STORAGE_KEY=${key}\n`, 2)
    add(
      'azure',
      'storage key on az CLI',
      'scripts/upload.sh',
      `az storage blob upload --account-name ${acct} --account-key "${key}" -f app.zip -c releases\n`,
      1
    )
    add('azure', 'storage key in YAML', 'helm/values.yaml', `storage:\n  accountName: ${acct}\n  accountKey: ${key}\n`, 3)
    const sig = encodeURIComponent(g.b64(32))
    add(
      'azure',
      'account SAS URL',
      'src/blob.ts',
      `const url = "https://${acct}.blob.core.windows.net/?sv=2022-11-02&ss=bfqt&srt=sco&sp=rwdlacupiytfx&se=2026-12-31T18:00:00Z&st=2025-01-01T10:00:00Z&spr=https&sig=${sig}"\n`,
      1
    )
    add(
      'azure',
      'service SAS token',
      'config/blob.ini',
      `[blob]\nsas = sp=r&st=2025-03-01T00:00:00Z&se=2025-09-01T00:00:00Z&spr=https&sv=2022-11-02&sr=c&sig=${encodeURIComponent(g.b64(32))}\n`,
      2
    )
    add(
      'azure',
      'Service Bus connection string',
      'local.settings.json',
      `{"Values": {"Bus": "Endpoint=sb://${acct}.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${g.b64(32)}"}}\n`,
      1
    )
  }
  // Cohere: 40 alphanumerics, no prefix.
  for (let i = 0; i < 3; i++) {
    const k = g.alnum(40)
    add('cohere', 'COHERE_API_KEY in .env', '.env', `COHERE_API_KEY=${k}\n`, 1)
    add('cohere', 'cohere.ClientV2(api_key=…)', 'app/llm.py', `import cohere\n\nco = cohere.ClientV2(api_key="${k}")\n`, 3)
    add('cohere', 'cohere key in YAML', 'config/llm.yaml', `providers:\n  cohere:\n    api_key: ${k}\n`, 3)
  }
  // Discord bot token: base64(user id).<6 timestamp>.<27 or 38 HMAC>.
  for (let i = 0; i < 3; i++) {
    const id = Buffer.from(g.digits(18 + g.int(2)))
      .toString('base64')
      .replace(/=+$/, '')
    const tok = `${id}.${g.b64url(6)}.${g.b64url(i === 0 ? 27 : 38)}`
    add('discord', 'DISCORD_TOKEN in .env', '.env', `DISCORD_TOKEN=${tok}\n`, 1)
    add('discord', 'client.run(…)', 'bot/main.py', `import discord\n\nclient.run('${tok}')\n`, 3)
    add('discord', 'bot token in JSON', 'config.json', `{\n  "prefix": "!",\n  "token": "${tok}"\n}\n`, 3)
  }
  // GCP service-account key file.
  for (let i = 0; i < 3; i++) {
    const project = `proj-${g.chars('abcdefghijklmnopqrstuvwxyz', 6)}-${g.digits(6)}`
    const sa = {
      type: 'service_account',
      project_id: project,
      private_key_id: g.hex(40),
      private_key: pemKey('pkcs8-rsa') + '\n',
      client_email: `deployer@${project}.iam.gserviceaccount.com`,
      client_id: g.digits(21),
      auth_uri: 'https://accounts.google.com/o/oauth2/auth',
      token_uri: 'https://oauth2.googleapis.com/token',
      auth_provider_x509_cert_url: 'https://www.googleapis.com/oauth2/v1/certs',
      client_x509_cert_url: `https://www.googleapis.com/robot/v1/metadata/x509/deployer%40${project}.iam.gserviceaccount.com`,
      universe_domain: 'googleapis.com'
    }
    add('gcp', 'service-account JSON (pretty)', `gcp/${project}.json`, JSON.stringify(sa, null, 2) + '\n', 5)
    add('gcp', 'service-account JSON (one line)', 'ci/gcp-key.json', JSON.stringify(sa) + '\n', 1)
    add('gcp', 'service-account JSON in a YAML env var', '.github/workflows/deploy.yml', `env:\n  GCP_SA_KEY: '${JSON.stringify(sa)}'\n`, 2)
  }
  // Mistral: 32 alphanumerics.
  for (let i = 0; i < 3; i++) {
    const k = g.alnum(32)
    add('mistral', 'MISTRAL_API_KEY in .env', '.env', `MISTRAL_API_KEY=${k}\n`, 1)
    add('mistral', 'Mistral(api_key=…)', 'app/chat.py', `from mistralai import Mistral\nclient = Mistral(api_key="${k}")\n`, 2)
    add('mistral', 'export MISTRAL_API_KEY', 'scripts/env.sh', `export MISTRAL_API_KEY='${k}'\n`, 1)
  }
  // Telegram bot token: <bot id>:<35 characters> (BotFather).
  for (let i = 0; i < 3; i++) {
    const tok = `${g.digits(9 + g.int(2))}:AA${g.b64url(33)}`
    add('telegram', 'TELEGRAM_BOT_TOKEN in .env', '.env', `TELEGRAM_BOT_TOKEN=${tok}\n`, 1)
    add('telegram', 'Bot API URL', 'scripts/notify.sh', `curl -s "https://api.telegram.org/bot${tok}/sendMessage" -d chat_id=42 -d text=done\n`, 1)
    add('telegram', 'Application.builder().token(…)', 'bot.py', `app = Application.builder().token("${tok}").build()\n`, 1)
  }
  // Twilio: API key SID SK + 32 hex with its 32-character secret; account auth token (32 hex).
  for (let i = 0; i < 3; i++) {
    const sid = `AC${g.hex(32)}`
    const auth = g.hex(32)
    add('twilio', 'TWILIO_AUTH_TOKEN in .env', '.env', `TWILIO_ACCOUNT_SID=${sid}\nTWILIO_AUTH_TOKEN=${auth}\n`, 2)
    add('twilio', 'Client(sid, auth token)', 'app/sms.py', `from twilio.rest import Client\nclient = Client("${sid}", "${auth}")\n`, 2)
    add('twilio', 'API key SID', 'config/twilio.yml', `twilio:\n  api_key: SK${g.hex(32)}\n  api_secret: ${g.alnum(32)}\n`, 2)
    add('twilio', 'auth token in JSON', 'config/sms.json', `{"twilio": {"accountSid": "${sid}", "authToken": "${auth}"}}\n`, 1)
  }
  return out
}

/** Look-alikes that must stay quiet (precision). */
function lookAlikes(g: Gen): LookAlike[] {
  const out: LookAlike[] = []
  const add = (group: string, name: string, path: string, text: string) => out.push({ group, name, path, text })
  add('private keys', 'public key PEM', 'keys/pub.pem', publicPem() + '\n')
  add('private keys', 'ssh public key', 'keys/id_ed25519.pub', `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.b64(32).slice(0, 43)} deploy@ci\n`)
  add('private keys', 'truncated doc key', 'docs/keys.md', '```\n-----BEGIN OPENSSH PRIVATE KEY-----\n...\n-----END OPENSSH PRIVATE KEY-----\n```\n')
  add(
    'private keys',
    'key placeholder in YAML',
    'values.yaml',
    'tls:\n  key: |\n    -----BEGIN PRIVATE KEY-----\n    <your private key here>\n    -----END PRIVATE KEY-----\n'
  )
  add('private keys', 'regex in code', 'src/detect.ts', 'const PEM = /-----BEGIN (RSA |EC )?PRIVATE KEY-----[\\s\\S]+?-----END/\n')
  add(
    'private keys',
    'ppk header only in docs',
    'docs/putty.md',
    'A PuTTY key starts with `PuTTY-User-Key-File-3: ssh-ed25519` followed by `Encryption: none`.\n'
  )
  add('azure', 'Azurite well-known dev key comment', 'README.md', 'Use the emulator: `UseDevelopmentStorage=true`.\n')
  add(
    'azure',
    'connection string with placeholder',
    'appsettings.Development.json',
    '{"Blob": "DefaultEndpointsProtocol=https;AccountName=<account>;AccountKey=<key>;EndpointSuffix=core.windows.net"}\n'
  )
  add(
    'azure',
    'SAS with placeholder sig',
    'docs/sas.md',
    'GET https://myaccount.blob.core.windows.net/c/b?sv=2022-11-02&sr=b&sp=r&se=2025-01-01&sig=<signature>\n'
  )
  add(
    'azure',
    'key from Key Vault reference',
    'appsettings.json',
    '{"Key": "@Microsoft.KeyVault(SecretUri=https://kv.vault.azure.net/secrets/storage-key/)"}\n'
  )
  add('cohere', 'env lookup', 'app/llm.py', 'co = cohere.ClientV2(api_key=os.environ["COHERE_API_KEY"])\n')
  add('cohere', 'placeholder', '.env.example', 'COHERE_API_KEY=your-cohere-api-key\n')
  add('discord', 'placeholder', '.env.example', 'DISCORD_TOKEN=your_bot_token_here\n')
  add('discord', 'snowflake id only', 'config.json', `{"guild_id": "${g.digits(18)}", "channel": "${g.digits(18)}"}\n`)
  add(
    'gcp',
    'service-account without key',
    'gcp/sa.json',
    '{\n  "type": "service_account",\n  "project_id": "demo",\n  "client_email": "x@demo.iam.gserviceaccount.com"\n}\n'
  )
  add(
    'gcp',
    'external account (workload identity, no key)',
    'gcp/wif.json',
    '{"type": "external_account", "audience": "//iam.googleapis.com/projects/1/locations/global/workloadIdentityPools/p/providers/gh", "subject_token_type": "urn:ietf:params:oauth:token-type:jwt", "token_url": "https://sts.googleapis.com/v1/token"}\n'
  )
  add('mistral', 'env lookup', 'app/chat.py', 'client = Mistral(api_key=os.getenv("MISTRAL_API_KEY"))\n')
  add('mistral', 'model name', 'app/chat.py', 'model = "mistral-large-latest"\n')
  add('telegram', 'placeholder', 'README.md', 'curl https://api.telegram.org/bot<token>/getMe\n')
  add('telegram', 'time of day', 'cron.txt', `backup at 12:30:45 and ${g.digits(9)}:00\n`)
  add('twilio', 'account SID alone', 'config/twilio.yml', `twilio:\n  account_sid: AC${g.hex(32)}\n`)
  add('twilio', 'env lookup', 'app/sms.py', 'client = Client(os.environ["TWILIO_ACCOUNT_SID"], os.environ["TWILIO_AUTH_TOKEN"])\n')
  add('twilio', 'doc placeholder', 'docs/sms.md', 'TWILIO_AUTH_TOKEN=your_auth_token\n')
  add('generic', 'git commit sha', 'CHANGELOG.md', `- fix in ${g.hex(40)}\n`)
  add('generic', 'sha256 digest', 'Dockerfile', `FROM node:22@sha256:${g.hex(64)}\n`)
  add('generic', 'uuid', 'src/ids.ts', `export const TENANT = "${[g.hex(8), g.hex(4), '4' + g.hex(3), 'a' + g.hex(3), g.hex(12)].join('-')}"\n`)
  add('generic', 'integrity in package-lock', 'package-lock.json', `{"integrity": "sha512-${g.b64(64)}"}\n`)
  return out
}

/**
 * The credential files gitleaks, TruffleHog and detect-secrets treat as credentials, in each tool's own
 * file format (its documentation), and password/secret/token assignments in config formats. Values are
 * generated: a person's password (low entropy on purpose) or a password manager's.
 */
function credentialFiles(g: Gen): Planted[] {
  const out: Planted[] = []
  const add = (group: string, name: string, path: string, text: string, line: number) => out.push({ group, name, path, text, line })
  const pw = () => (g.int(2) === 0 ? g.humanPassword() : g.strongPassword())
  const user = () => g.pick(['deploy', 'admin', 'ci-bot', 'jenkins', 'app_user', 'svc-web'])
  const host = () => `${g.pick(['db', 'ftp', 'files', 'build', 'cache'])}${g.int(9)}.${g.pick(['internal', 'corp.example.net', 'prod.acme.io'])}`
  const b64 = (s: string) => Buffer.from(s).toString('base64')
  for (let i = 0; i < 2; i++) {
    // Apache htpasswd: bcrypt ($2y$), APR1-MD5 ($apr1$), SHA1 ({SHA}), crypt.
    add('hashes', '.htpasswd bcrypt', '.htpasswd', `${user()}:$2y$10$${g.chars('./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 53)}\n`, 1)
    add('hashes', '.htpasswd apr1', 'conf/.htpasswd', `${user()}:$apr1$${g.alnum(8)}$${g.chars('./' + ALNUM, 22)}\n`, 1)
    add('hashes', '.htpasswd {SHA}', 'web/.htpasswd', `${user()}:{SHA}${g.b64(20)}\n`, 1)
    add(
      'hashes',
      'crypt sha512 in an FTP passwd file',
      'etc/ftpd.passwd',
      `${user()}:$6$${g.alnum(16)}$${g.chars('./' + ALNUM, 86)}:1001:1001::/srv/ftp/./::::::::::::\n`,
      1
    )
    // .netrc, .pgpass, .git-credentials
    add('cred files', '.netrc', '.netrc', `machine ${host()}\n  login ${user()}\n  password ${pw()}\n`, 3)
    add('cred files', '.netrc one line', 'ci/.netrc', `machine ${host()} login ${user()} password ${pw()}\n`, 1)
    add('cred files', '.pgpass', '.pgpass', `${host()}:5432:app:${user()}:${pw()}\n`, 1)
    add('cred files', '.git-credentials', '.git-credentials', `https://${user()}:${pw().replace(/[@:/#?%]/g, 'x')}@git.${host()}\n`, 1)
    // npm
    add('cred files', '.npmrc _auth', '.npmrc', `registry=https://npm.${host()}/\n_auth=${b64(`${user()}:${pw()}`)}\nalways-auth=true\n`, 2)
    add('cred files', '.npmrc _password', 'web/.npmrc', `//npm.${host()}/:username=${user()}\n//npm.${host()}/:_password=${b64(pw())}\n`, 2)
    add(
      'cred files',
      '.npmrc _authToken (registry token)',
      '.npmrc',
      `//npm.${host()}/:_authToken=${g.hex(8)}-${g.hex(4)}-${g.hex(4)}-${g.hex(4)}-${g.hex(12)}\n`,
      1
    )
    // .pypirc
    add(
      'cred files',
      '.pypirc password',
      '.pypirc',
      `[distutils]\nindex-servers = internal\n\n[internal]\nrepository = https://pypi.${host()}/\nusername = ${user()}\npassword = ${pw()}\n`,
      7
    )
    // Docker
    add(
      'cred files',
      'docker config.json auth',
      '.docker/config.json',
      `{\n  "auths": {\n    "registry.${host()}": {\n      "auth": "${b64(`${user()}:${pw()}`)}"\n    }\n  }\n}\n`,
      4
    )
    add(
      'cred files',
      '.dockercfg auth',
      '.dockercfg',
      `{"https://index.docker.io/v1/": {"auth": "${b64(`${user()}:${pw()}`)}", "email": "ops@example.com"}}\n`,
      1
    )
    // s3cmd, AWS CLI
    add(
      'cred files',
      '.s3cfg secret_key',
      '.s3cfg',
      `[default]\naccess_key = AKIA${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}\nsecret_key = ${g.b64(30)}\nhost_base = s3.amazonaws.com\n`,
      2
    )
    add(
      'cred files',
      'AWS credentials file',
      '.aws/credentials',
      `[prod]\naws_access_key_id = AKIA${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}\naws_secret_access_key = ${g.b64(30)}\n`,
      2
    )
    // FileZilla, WinSCP, Sublime SFTP
    add(
      'cred files',
      'FileZilla recentservers.xml',
      'filezilla/recentservers.xml',
      `<?xml version="1.0" encoding="UTF-8"?>\n<FileZilla3>\n  <RecentServers>\n    <Server>\n      <Host>${host()}</Host>\n      <Port>21</Port>\n      <User>${user()}</User>\n      <Pass encoding="base64">${b64(pw())}</Pass>\n    </Server>\n  </RecentServers>\n</FileZilla3>\n`,
      8
    )
    add(
      'cred files',
      'FileZilla sitemanager.xml',
      'sitemanager.xml',
      `<FileZilla3>\n<Servers>\n<Server>\n<Host>${host()}</Host>\n<User>${user()}</User>\n<Pass>${pw().replace(/[<>&]/g, 'k')}</Pass>\n</Server>\n</Servers>\n</FileZilla3>\n`,
      6
    )
    add(
      'cred files',
      'WinSCP.ini',
      'WinSCP.ini',
      `[Sessions\\${user()}@${host()}]\nHostName=${host()}\nUserName=${user()}\nPassword=${g.chars('0123456789ABCDEF', 60)}\n`,
      4
    )
    add(
      'cred files',
      'sftp-config.json',
      'sftp-config.json',
      `{\n  "type": "sftp",\n  "host": "${host()}",\n  "user": "${user()}",\n  "password": "${pw()}",\n  "remote_path": "/var/www/"\n}\n`,
      5
    )
    // shell and database client histories
    add('histories', '.bash_history mysql -p', '.bash_history', `ls -la\nmysql -u root -p${pw().replace(/[^A-Za-z0-9]/g, '')} app_prod\n`, 2)
    add('histories', '.bash_history curl -u', '.bash_history', `curl -u ${user()}:${pw().replace(/[^A-Za-z0-9]/g, 'z')} https://${host()}/api\n`, 1)
    add('histories', '.zsh_history sshpass', '.zsh_history', `sshpass -p '${pw()}' ssh ${user()}@${host()}\n`, 1)
    add('histories', '.mysql_history', '.mysql_history', `CREATE USER '${user()}'@'%' IDENTIFIED BY '${pw()}';\n`, 1)
    add('histories', '.psql_history', '.psql_history', `ALTER USER ${user().replace('-', '_')} WITH PASSWORD '${pw()}';\n`, 1)
    // frameworks
    add(
      'frameworks',
      'wp-config.php DB_PASSWORD',
      'wp-config.php',
      `<?php\ndefine( 'DB_NAME', 'wordpress' );\ndefine( 'DB_USER', '${user()}' );\ndefine( 'DB_PASSWORD', '${pw()}' );\n`,
      4
    )
    add(
      'frameworks',
      'wp-config.php AUTH_KEY salt',
      'wp-config.php',
      `define('AUTH_KEY',         '${g.chars(ALNUM + '!@#$%^&*()-_[]{}<>~+=,.;:/?|', 64)}');\n`,
      1
    )
    add(
      'frameworks',
      'Rails database.yml',
      'config/database.yml',
      `production:\n  adapter: postgresql\n  database: app_production\n  username: ${user()}\n  password: ${pw()}\n`,
      5
    )
    add('frameworks', 'Rails secret_key_base', 'config/secrets.yml', `production:\n  secret_key_base: ${g.hex(128)}\n`, 2)
    add(
      'frameworks',
      'Django SECRET_KEY',
      'mysite/settings.py',
      `SECRET_KEY = 'django-insecure-${g.chars('abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)', 50)}'\n`,
      1
    )
    add(
      'frameworks',
      'Django DATABASES PASSWORD',
      'mysite/settings.py',
      `DATABASES = {\n    'default': {\n        'ENGINE': 'django.db.backends.postgresql',\n        'USER': '${user()}',\n        'PASSWORD': '${pw()}',\n    }\n}\n`,
      5
    )
    add(
      'frameworks',
      'Jenkins credentials.xml',
      'jenkins/credentials.xml',
      `<com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>\n  <id>deploy</id>\n  <username>${user()}</username>\n  <password>{AQAAABAAAAAQ${g.b64(48)}}</password>\n</com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>\n`,
      4
    )
    add('frameworks', '.env DB_PASSWORD', '.env', `DB_HOST=${host()}\nDB_PASSWORD=${pw()}\n`, 2)
    add('frameworks', '.env SECRET_KEY', 'backend/.env', `SECRET_KEY=${g.alnum(40)}\n`, 1)
    // connection strings
    add(
      'conn strings',
      'JDBC MySQL password param',
      'application.properties',
      `spring.datasource.url=jdbc:mysql://${host()}:3306/app?user=${user()}&password=${pw().replace(/[&#]/g, 'q')}\n`,
      1
    )
    add(
      'conn strings',
      'JDBC SQL Server',
      'conf/db.properties',
      `url=jdbc:sqlserver://${host()}:1433;databaseName=app;user=${user()};password=${pw().replace(/;/g, 'q')};\n`,
      1
    )
    add(
      'conn strings',
      'JDBC PostgreSQL',
      'config.yaml',
      `db:\n  url: jdbc:postgresql://${host()}:5432/app?user=${user()}&password=${pw().replace(/[&#]/g, 'q')}\n`,
      2
    )
    add(
      'conn strings',
      'MongoDB URI',
      '.env',
      `MONGO_URL=mongodb+srv://${user()}:${encodeURIComponent(pw())}@cluster0.${g.alnum(5).toLowerCase()}.mongodb.net/app\n`,
      1
    )
    add(
      'conn strings',
      'PostgreSQL URI',
      'docker-compose.yml',
      `services:\n  web:\n    environment:\n      DATABASE_URL: postgres://${user()}:${encodeURIComponent(pw())}@${host()}:5432/app\n`,
      4
    )
    add('conn strings', 'MySQL URI', 'config/app.toml', `dsn = "mysql://${user()}:${encodeURIComponent(pw())}@${host()}:3306/app"\n`, 1)
    add('conn strings', 'Redis URI password only', 'settings.ini', `[cache]\nurl = redis://:${encodeURIComponent(pw())}@${host()}:6379/0\n`, 2)
    add('conn strings', 'AMQP URI', 'celeryconfig.py', `broker_url = "amqp://${user()}:${encodeURIComponent(pw())}@${host()}:5672/vhost"\n`, 1)
    add(
      'conn strings',
      'ADO.NET connection string',
      'Web.config',
      `<add name="Db" connectionString="Server=${host()};Database=app;User Id=${user()};Password=${pw().replace(/[;"]/g, 'q')};" />\n`,
      1
    )
    // assignments in config formats
    const v = () => pw().replace(/["'<>&]/g, 'k')
    add('assignments', 'INI password', 'conf/app.ini', `[database]\nhost = ${host()}\npassword = ${v()}\n`, 3)
    add('assignments', 'YAML passwd', 'ansible/vars.yml', `mysql_root_passwd: ${v()}\n`, 1)
    add('assignments', 'JSON pwd', 'config/local.json', `{"db": {"user": "${user()}", "pwd": "${v()}"}}\n`, 1)
    add('assignments', 'XML password element', 'conf/server.xml', `<datasource>\n  <user>${user()}</user>\n  <password>${v()}</password>\n</datasource>\n`, 3)
    add('assignments', 'XML password attribute', 'conf/tomcat-users.xml', `<user username="${user()}" password="${v()}" roles="manager-gui"/>\n`, 1)
    add('assignments', 'properties secret', 'src/main/resources/application.properties', `app.jwt.secret=${g.alnum(32)}\n`, 1)
    add('assignments', 'properties password', 'gradle.properties', `signing.password=${v()}\n`, 1)
    add('assignments', 'shell export token', 'scripts/deploy.sh', `#!/bin/sh\nexport API_TOKEN="${g.alnum(28)}"\n`, 2)
    add('assignments', 'shell PGPASSWORD=', 'scripts/backup.sh', `PGPASSWORD='${v()}' pg_dump -h ${host()} app > dump.sql\n`, 1)
    add('assignments', 'YAML secret', 'config/app.yml', `oauth:\n  client_secret: ${g.alnum(24)}\n`, 2)
  }
  return out
}

/** Credential-file look-alikes: placeholders, variables, examples, empty values, code that names a password. */
function credentialLookAlikes(g: Gen): LookAlike[] {
  const out: LookAlike[] = []
  const add = (name: string, path: string, text: string) => out.push({ group: 'cred look-alikes', name, path, text })
  add('password placeholder changeme', 'config/app.ini', '[db]\npassword = changeme\n')
  add('password from env var', 'config/database.yml', 'production:\n  password: <%= ENV["DB_PASSWORD"] %>\n')
  add('password ${VAR}', '.env.example', 'DB_PASSWORD=${DB_PASSWORD}\n')
  add('password <password>', 'docs/setup.md', 'Run `mysql -u root -p<password>`.\n')
  add('password xxxx', 'docs/ini.md', 'password = xxxxxxxx\n')
  add('password empty', 'config/local.json', '{"password": ""}\n')
  add('password null', 'settings.py', "DATABASES = {'default': {'PASSWORD': None}}\n")
  add('password os.environ', 'settings.py', "PASSWORD = os.environ['DB_PASSWORD']\n")
  add('password getenv', 'app.py', 'password = os.getenv("PASSWORD", "")\n')
  add('password field name', 'forms.py', 'password_field = "password"\n')
  add('password min length', 'policy.py', 'PASSWORD_MIN_LENGTH = 12\n')
  add('token from GitHub secrets', '.github/workflows/ci.yml', 'env:\n  TOKEN: ${{ secrets.DEPLOY_TOKEN }}\n')
  add('helm template', 'templates/secret.yaml', 'password: {{ .Values.db.password | b64enc }}\n')
  add('stars', 'README.md', 'password: "********"\n')
  add('your_password', '.env.sample', 'DB_PASSWORD=your_password_here\n')
  add('python format', 'db.py', 'dsn = "postgres://%(user)s:%(password)s@%(host)s/app"\n')
  add('JS template', 'db.ts', 'const url = `postgres://${user}:${password}@${host}/app`\n')
  add('password prompt', 'cli.py', 'pwd = getpass.getpass("Password: ")\n')
  add('password in prose', 'docs/faq.md', 'The password must be at least twelve characters long and is never stored.\n')
  add('HTML input', 'login.html', '<input type="password" name="password" placeholder="Password">\n')
  add('token type', 'auth.ts', "const tokenType = 'Bearer'\n")
  add('secret name reference', 'k8s.yaml', 'secretKeyRef:\n  name: db-secret\n  key: password\n')
  add('URI without password', 'config.yaml', 'url: postgres://app@db.internal:5432/app\n')
  add('URI with variable password', 'compose.yml', 'DATABASE_URL: postgres://app:${POSTGRES_PASSWORD}@db:5432/app\n')
  add('Django example key', 'settings.py', "SECRET_KEY = 'django-insecure-change-me'\n")
  add('wp-config put your unique phrase', 'wp-config-sample.php', "define( 'AUTH_KEY',         'put your unique phrase here' );\n")
  add('npmrc token from env', '.npmrc', '//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n')
  add('docker config credsStore', '.docker/config.json', '{"auths": {"ghcr.io": {}}, "credsStore": "desktop"}\n')
  add('netrc with env', '.netrc', 'machine github.com login x-access-token password $GITHUB_TOKEN\n')
  add('pgpass star password', '.pgpass', '*:*:*:postgres:*\n')
  add('jdbc without password', 'application.properties', 'spring.datasource.url=jdbc:postgresql://db:5432/app\n')
  add('password true flag', 'config.yml', 'ssh:\n  password: true\n  passwordAuthentication: false\n')
  add('secret path', 'vault.hcl', 'path "secret/data/app/*" { capabilities = ["read"] }\n')
  add('random id not secret', 'package.json', `{"name": "app", "version": "1.2.3", "gitHead": "${g.hex(40)}"}\n`)
  return out
}

export function corpus(seed = 2020): { planted: Planted[]; lookAlikes: LookAlike[] } {
  const g = new Gen(seed)
  return { planted: [...privateKeys(g), ...providers(g), ...credentialFiles(g)], lookAlikes: [...lookAlikes(g), ...credentialLookAlikes(g)] }
}
