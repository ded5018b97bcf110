/**
 * Seeded fake-secret generator. Rule tests and the benchmark build their secrets at run time from
 * templates such as `ghp_{alnum:36}`, so no literal secret-shaped string is ever stored in the repo.
 */

const CHARSETS: Record<string, string> = {
  alnum: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789',
  alnumU: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  alnumL: 'abcdefghijklmnopqrstuvwxyz0123456789',
  alpha: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
  upper: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  lower: 'abcdefghijklmnopqrstuvwxyz',
  hex: '0123456789abcdef',
  HEX: '0123456789ABCDEF',
  digits: '0123456789',
  b64: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/',
  b64url: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-',
  b32: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567',
  b32l: 'abcdefghijklmnopqrstuvwxyz234567',
  bech: 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L',
  b58: '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'
}

/** mulberry32: a small deterministic PRNG. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function randomFrom(rand: () => number, charset: string, n: number): string {
  let s = ''
  for (let i = 0; i < n; i++) s += charset[Math.floor(rand() * charset.length)]
  return s
}

function uuid(rand: () => number): string {
  const h = (n: number) => randomFrom(rand, CHARSETS.hex, n)
  return `${h(8)}-${h(4)}-4${h(3)}-${'89ab'[Math.floor(rand() * 4)]}${h(3)}-${h(12)}`
}

const TOKEN =
  /\{(alnumU|alnumL|alnum|alpha|upper|lower|hex|HEX|digits|b64url|b64|b32l|b32|bech|b58|same|pem|basic|b64jwt):(\d+)\}|\{uuid\}|\{cftunnel\}|\{b64pem:([A-Z0-9 ]+):(\d+)(?::(\d+))?\}|\{b64sa:(\d+)(?::(\d+))?\}/g

/**
 * Expand a template. Tokens: {alnum:N} {alnumU:N} {alnumL:N} {alpha:N} {upper:N} {lower:N} {hex:N} {HEX:N}
 * {digits:N} {b64:N} {b64url:N} {b32:N} {b32l:N} {bech:N} {b58:N} (Bitcoin's base58) {uuid} {same:N} (N × 'x') {pem:N} (N lines of 64 b64)
 * {basic:N} (base64 of `deploy:` + N alphanumerics, an HTTP Basic credential)
 * {b64jwt:N} (base64 of a JSON Web Token, HS256 header, N random base64url characters of payload, and a signature)
 * {b64pem:LABEL:N} (one line of base64 encoding a PEM block `-----BEGIN LABEL-----` with N random body lines, as
 * in kubeconfig client-key-data or a Kubernetes tls.key); {b64pem:LABEL:N:W} wraps that base64 every W characters, as
 * `base64` (76) and `openssl base64` (64) write it. {b64sa:N} (or {b64sa:N:W}, wrapped) is the base64 of a GCP
 * service-account key file as Google writes it (2-space JSON, private key of N body lines), as it is stored in a
 * Kubernetes Secret or a CI variable. {cftunnel} is a Cloudflare Tunnel token: the base64 of
 * {"a":<account tag, 32 hex>,"t":<tunnel id, a UUID>,"s":<the tunnel secret, base64 of 32 bytes>}.
 */
export function expandTemplate(template: string, rand: () => number): string {
  return template.replace(
    TOKEN,
    (
      whole,
      kind: string | undefined,
      n: string | undefined,
      label: string | undefined,
      lines: string | undefined,
      wrap: string | undefined,
      saLines: string | undefined,
      saWrap: string | undefined
    ) => {
      if (whole === '{uuid}') return uuid(rand)
      if (whole === '{cftunnel}') {
        const secret = Buffer.from(randomFrom(rand, CHARSETS.hex, 64), 'hex').toString('base64')
        return Buffer.from(JSON.stringify({ a: randomFrom(rand, CHARSETS.hex, 32), t: uuid(rand), s: secret })).toString('base64')
      }
      if (saLines !== undefined) {
        const project = `demo-${randomFrom(rand, CHARSETS.lower, 6)}`
        const sa = {
          type: 'service_account',
          project_id: project,
          private_key_id: randomFrom(rand, CHARSETS.hex, 40),
          private_key: `-----BEGIN PRIVATE KEY-----\n${expandTemplate(`{pem:${saLines}}`, rand)}\n-----END PRIVATE KEY-----\n`,
          client_email: `deployer@${project}.iam.gserviceaccount.com`,
          client_id: randomFrom(rand, CHARSETS.digits, 21)
        }
        const b64 = Buffer.from(JSON.stringify(sa, null, 2)).toString('base64')
        return saWrap === undefined ? b64 : (b64.match(new RegExp(`.{1,${Number(saWrap)}}`, 'g')) ?? []).join('\n')
      }
      if (label !== undefined) {
        const body = expandTemplate(`{pem:${lines}}`, rand)
        const b64 = Buffer.from(`-----BEGIN ${label}-----\n${body}\n-----END ${label}-----\n`).toString('base64')
        return wrap === undefined ? b64 : (b64.match(new RegExp(`.{1,${Number(wrap)}}`, 'g')) ?? []).join('\n')
      }
      const count = Number(n)
      if (kind === 'same') return 'x'.repeat(count)
      if (kind === 'basic') return Buffer.from(`deploy:${randomFrom(rand, CHARSETS.alnum, count)}`).toString('base64')
      if (kind === 'b64jwt') {
        const jwt = `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ${randomFrom(rand, CHARSETS.b64url, count)}.${randomFrom(rand, CHARSETS.b64url, 43)}`
        return Buffer.from(jwt).toString('base64')
      }
      if (kind === 'pem') {
        const lines: string[] = []
        for (let i = 0; i < count; i++) lines.push(randomFrom(rand, CHARSETS.b64, 64))
        return lines.join('\n')
      }
      return randomFrom(rand, CHARSETS[kind as string], count)
    }
  )
}

/** The random parts a template produced (for leak tests): every generated token of ≥ 8 characters. */
export function expandTemplateWithParts(template: string, rand: () => number): { text: string; parts: string[] } {
  const parts: string[] = []
  const text = template.replace(TOKEN, whole => {
    const v = expandTemplate(whole, rand)
    if (!whole.startsWith('{same') && v.length >= 8) parts.push(v)
    return v
  })
  return { text, parts }
}
