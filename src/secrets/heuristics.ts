/** Value heuristics: Shannon entropy and placeholder / example detection. */

const asciiCounts = new Int32Array(128)

/** Shannon entropy in bits per character. */
export function shannonEntropy(value: string): number {
  const len = value.length
  if (len === 0) return 0
  let ascii = true
  for (let i = 0; i < len; i++) {
    if (value.charCodeAt(i) >= 128) {
      ascii = false
      break
    }
  }
  let h = 0
  if (ascii) {
    // Fast path (nearly every candidate): counts in a reused typed array.
    for (let i = 0; i < len; i++) asciiCounts[value.charCodeAt(i)]++
    for (let i = 0; i < len; i++) {
      const c = value.charCodeAt(i)
      const k = asciiCounts[c]
      if (k === 0) continue
      asciiCounts[c] = 0
      const p = k / len
      h -= p * Math.log2(p)
    }
    return h
  }
  const counts = new Map<number, number>()
  for (let i = 0; i < len; i++) {
    const c = value.charCodeAt(i)
    counts.set(c, (counts.get(c) ?? 0) + 1)
  }
  for (const n of counts.values()) {
    const p = n / len
    h -= p * Math.log2(p)
  }
  return h
}

/**
 * A name as code writes one: lower, UPPER, snake_case or camelCase words, digits only at the end (`DB_PASSWORD`,
 * `dbPassword`, `db2`). Random characters (`qH8ye6KjUHstj9`) are not one, so `$qH8ye6KjUHstj9` is a password, not a
 * variable.
 */
export const isName = (p: string): boolean => /^(?:[a-z][a-z_]*|[A-Z][A-Z_]*|[A-Z][a-z_]+)(?:[A-Z][a-z_]+)*\d*$/.test(p)

/**
 * Marks of a template or an elision: `...`, `token_here`, `<your-token>` (a bracket pair, or one at the edge of a word
 * in one case: `<token`, `TOKEN>`; not a `<br>` joining the lines of a key), `${…}`, `{{ … }}`. Any other `<` or
 * `>` is a character of the password (`Kd8<vQ2!mZr4`, `FyvGJYqskHUGW8<`).
 */
const PLACEHOLDER_MARKS = /\.\.\.|_(?:here|HERE|Here)\b|<(?!br\s*\/?>)[^<>]*>|^<(?:[a-z_ -]*|[A-Z_ -]*)$|^(?:[a-z_ -]*|[A-Z_ -]*)>$|\$\{|\{\{|\}\}/

/**
 * Placeholder phrases (`changeme`, `your_api_key`, `ReplaceMe`, `NOT_REAL`, `not_a_real_password`, `fake_password`, a whole value `some_passphrase` or `my_secret`), matched in any case and then kept
 * only when each of their words is written as a word is (lower, UPPER or Capitalized: `ChangeMe`,
 * `YourApiKey`): a password written `ChAnGeMe7!` on purpose is not a placeholder (a cold test's finding).
 */
const PLACEHOLDER_PHRASES =
  /chang(?:e_?me|eit)|your[_\s-]?(?:own[_\s-]?)?(?:api[_\s-]?|access[_\s-]?|secret[_\s-]?|auth[_\s-]?|private[_\s-]?)?(?:key|token|secret|pass(?:word)?)|replace[_\s-]?(?:me|with|this)|insert[_\s-]?(?:your|key|token|here)|(?:key|token|secret|pass(?:word)?)[_\s-]?here|not[_\s-]?(?:a[_\s-]?)?real|fake[_\s-]?(?:fake|pass(?:word)?|secret|token|key)|foobar|^(?:some|my)[_\s-]?(?:pass(?:word|phrase)?|secret|token|key)\d{0,3}$/gi

/** The words PLACEHOLDER_PHRASES are made of, longest first (a phrase is cut into them to judge each one's case). */
const PHRASE_WORDS = [
  'password',
  'replace',
  'access',
  'change',
  'insert',
  'phrase',
  'secret',
  'token',
  'auth',
  'fake',
  'here',
  'pass',
  'real',
  'some',
  'this',
  'with',
  'your',
  'api',
  'bar',
  'foo',
  'key',
  'not',
  'own',
  'it',
  'me',
  'my'
]

/** Written as a word is: all lower case, all upper case, or one capital then lower case. */
const wordAsWritten = (w: string) => w === w.toLowerCase() || w === w.toUpperCase() || w.slice(1) === w.slice(1).toLowerCase()

function hasPlaceholderPhrase(value: string): boolean {
  PLACEHOLDER_PHRASES.lastIndex = 0
  for (let m = PLACEHOLDER_PHRASES.exec(value); m !== null; m = PLACEHOLDER_PHRASES.exec(value)) {
    const phrase = m[0]
    let asWritten = true
    for (let i = 0; i < phrase.length && asWritten;) {
      if (/[_\s-]/.test(phrase[i])) {
        i++
        continue
      }
      const word = PHRASE_WORDS.find(w => phrase.slice(i, i + w.length).toLowerCase() === w)
      if (word === undefined) break
      asWritten = wordAsWritten(phrase.slice(i, i + word.length))
      i += word.length
    }
    if (asWritten) return true
  }
  return false
}

/**
 * Single words that mark an example when written as a word is (`example`, `EXAMPLE`, `Example`), not in any
 * mix of cases: random key material holds `XxXx` or `sAmPlE` by chance (one 2048-bit PEM key in some 700
 * holds `xxxx` in some mix), and a real key must not pass as a placeholder. In a value longer than 32
 * characters (a token, key material), `xxxx` counts only in a run of eight or more.
 */
const PLACEHOLDER_CASED_WORDS = /example|sample|dummy|placeholder|redacted|lorem|ipsum|xxxx/gi

function hasCasedPlaceholderWord(value: string): boolean {
  PLACEHOLDER_CASED_WORDS.lastIndex = 0
  for (let m = PLACEHOLDER_CASED_WORDS.exec(value); m !== null; m = PLACEHOLDER_CASED_WORDS.exec(value)) {
    const w = m[0]
    if (!wordAsWritten(w)) continue
    // In a token or key material (over 32 characters) four x's in a row come by chance (a few PEM keys in
    // 10,000): there a mask is a longer run.
    if (value.length > 32 && (w === 'xxxx' || w === 'XXXX' || w === 'Xxxx') && xRun(value, m.index) < 8) continue
    return true
  }
  return false
}

/** Length of the run of x / X around position at. */
function xRun(value: string, at: number): number {
  const isX = (i: number) => (value.charCodeAt(i) | 32) === 120
  let start = at
  let end = at
  while (start > 0 && isX(start - 1)) start--
  while (end < value.length && isX(end)) end++
  return end - start
}

/**
 * Templates and masks in their real shape only: `$(VAR)` / `$(cmd args)` (Make, Azure Pipelines, shell; a
 * name under three characters only as the whole value), `%(name)s` (Python), `%VAR%` (Windows, upper case, a name of three characters or more: `%H_%` in a random
 * password is none),
 * a star mask (`****`, `sk-***`); the tokens release tools replace (`@@NAME@@`, `__NAME__` of Azure DevOps'
 * replace-tokens, Octopus' `#{Name}`), Symfony's `%env(NAME)%` and container parameters (`%kernel.project_dir%/…`); and values that are references or ciphertext
 * kept in the file on purpose: Bank-Vaults' `vault:path#key`, dotenvx's `encrypted:…`, Mule's secure
 * properties `![…]`, SOPS' `ENC[AES256_GCM,data:…]`, EJSON's `EJ[1:…]`; and a token format written as a regex
 * (`acme_[a-z0-9]{32}`: a scanner's or linter's rule, not a token). A bare `$(`, `%(` or `***` is not enough: Django's key alphabet
 * (`a-z0-9!@#$%^&*(-_=+)`) puts them in random keys.
 */
const TEMPLATE_SHAPES =
  /^EJ\[\d:[A-Za-z0-9+/=]{20,}:|\[[^\]]{1,40}\]\{\d{1,3}(?:,\d{0,3})?\}|^@@[A-Za-z_][\w.-]*@@$|^__[A-Za-z][A-Za-z0-9_]*__$|^#\{[A-Za-z_][\w. -]*\}$|^%env\([\w:.-]+\)%$|^(?:>>)?vault:[\w./-]|^encrypted:|^!\[[^\]]*\]$|^ENC\[[A-Z0-9_]+,data:|^@Microsoft\.KeyVault\(|^\$\([A-Za-z_]\w*\)$|\$\([A-Za-z_][\w.-]{2,}(?:\s[^)]*)?\)|%\([A-Za-z_][\w.]*\)\d*(?:\.\d+)?[sdifr]|%[A-Z_][A-Z0-9_]{2,}%|^%[a-z][\w.]*%|\*{4}|^\*{3}|\*{3}$/

/**
 * Values public documentation made famous, found in countless READMEs, tutorials and tests: the example
 * passwords (password123, hunter2 from the bash.org quote, secret123, letmein, p@ssw0rd) and the signatures of
 * the example JWTs of jwt.io (HS256, "John Doe") and RFC 7519 §3.1, and the test key Stripe's API reference prints
 * in every example (sk_test_4eC39HqLyjWDarjtT1zdp7dc), and the body of the installation and user tokens GitHub's REST
 * reference prints (ghs_16C7e42F292c6912E7710c838347Ae178B4a), and the reCAPTCHA v2 test secret Google documents for
 * automated tests (6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe); the UUIDs documentation prints (Swagger UI's default,
 * RFC 4122's and Wikipedia's examples), the SHA-256 of nothing, Harbor's documented default admin password, RFC
 * 5849's, 6749's and 6750's example client credentials, tokens and codes, RFC 8032's Ed25519 test secret keys,
 * argon2-cffi's README hash, the TOTP example secrets (JBSWY3DPEHPK3PXP of Google Authenticator's wiki, RFC
 * 6238's test key in base32), Elasticsearch's API-key example, RFC 7617's Aladdin credentials, the Kubernetes
 * documentation's example Secret password, the private key in WireGuard's wg(8) manual, the master keys of BIP-32's test vectors 1 and 2, the SHA-256 of "password", SQL Server's documented sa password, `username:password` in base64, Vagrant's default
 * password (vagrant), the API key Mailgun's documentation printed in its examples, and the account keys Microsoft publishes for its Cosmos DB and Azurite storage emulators, the secret_key Grafana ships in its defaults.ini, and the AES test keys of FIPS-197 / SP 800-38A (128, 192 and 256 bits), and the private keys of the first 16 accounts Hardhat and Anvil derive from their public "test test … junk" mnemonic (every local chain's funded dev accounts). A match is an example, not a credential.
 */
const NOTORIOUS_PASSWORDS = /^(?:p[a@]ss(?:w[o0]rd)?|secret|letmein|qwerty|admin|abc)(?:1|12|123|1234|12345|123456)!?$|^hunter2$|^vagrant$|^p[a@]ssw[o0]rd!?$/
const NOTORIOUS_TOKENS =
  /SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c|dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk|4eC39HqLyjWDarjtT1zdp7dc|16C7e42F292c6912E7710c838347Ae178B4a|6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe|3fa85f64-5717-4562-b3fc-2c963f66afa6|123e4567-e89b-12d3-a456-426614174000|550e8400-e29b-41d4-a716-446655440000|e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855|^Harbor12345$|^(?:2YotnFZFEjr1zCsicMWpAA|tGzv3JOkF0XG5Qx2TlKWIA|SlAV32hkKG|h480djs93hd8|mF_9\.B5f-4\.1JqM|dpf43f3p2l4k3l03|kd94hf93k423kf44|hh5s93j4hdidpola|pfkkdhi9sl3r4s00|hdk48Djdsa|hfdp7dh39dks9884|nnch734d00sl2jdk|ad180jjd733klru7|JBSWY3DPEHPK3PXP|GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ|VuaCfGcBCdbkQm-e5aOx|ui2lp2axTNmsyakw9tvNnw|VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw==|QWxhZGRpbjpvcGVuIHNlc2FtZQ==|MWYyZDFlMmU2N2Rm)$|\$argon2id\$v=19\$m=65536,t=3,p=4\$MIIRqgvgQbgj220jfp0MPA\$YfwJSVjtjSU0zzV\/P3S9nnQ\/USre2wvJMjfCIjrTQbg|9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60|4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb|c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7|^xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvNKmPGJxWUtg6LnF5kejMRNNU3TGtRBeJgk33yuGBxrMPHi$|^xprv9s21ZrQH143K31xYSDQpPDxsXRTUcvj2iNHm5NUtrGiGG5e2DtALGdso3pGz6ssrdK4PFmM8NSpSBHNqPqm55Qn3LqFtT2emdEXVYsCzC2U$|^5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8$|^yourStrong\(!\)Password$|^yAnz5TF\+lXXJte14tji3zlMNq\+hd2rYUIgJBgB3fBmk=$|^dXNlcm5hbWU6cGFzc3dvcmQ=$|^C2y6yDjf5\/R\+ob0N8A7Cgv30VRDJIWEHLM\+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw\/Jw==$|^Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq\/K1SZFPTOtr\/KBHBeksoGMGw==$|^key-3ax6xnjp29jd6fds4gc373sgvjxteol0$|^SW2YcwTIb9zpOOhoPsMm$|2b7e151628aed2a6abf7158809cf4f3c|2B7E151628AED2A6ABF7158809CF4F3C|603deb1015ca71be2b73aef0857d7781|8e73b0f7da0e6452c810f32b809079e5|^(?:0x)?(?:ac0974bec39a17e3|59c6995e998f97a5|5de4111afa1a4b94|7c852118294e51e6|47e179ec19748859|8b3a350cf5c34c91|92db14e403b83dfe|4bbbf85ce3377467|dbda1821b80551c9|2a871d0798f97d79|f214f2b2cd398c80|701b615bbdfb9de6|a267530f49f82802|47c99abed3324a27|c526ee95bf44d8fc|8166f546bab6da52)[0-9a-f]{48}$/

/**
 * A notorious example: one of the tokens as printed, or one of the passwords written as a word is (`password123`,
 * `Password123!`, `PASSWORD1`); `PaSsWoRd123!` is someone's password made to look like one (a cold test's finding).
 */
function isNotoriousExample(value: string): boolean {
  if (NOTORIOUS_TOKENS.test(value)) return true
  return NOTORIOUS_PASSWORDS.test(value.toLowerCase()) && wordAsWritten(value)
}

/** A unit of 1–6 characters repeated at least 5 times in a row. */
const REPEATED_UNIT = /(.{1,6}?)\1{4,}/

/**
 * Cheap necessary condition for REPEATED_UNIT matching at least 10 characters: for some unit length u,
 * at least max(4u, 10 - u) consecutive positions i with v[i] === v[i - u].
 */
function mayRepeatUnit(v: string): boolean {
  for (let u = 1; u <= 6; u++) {
    const need = Math.max(4 * u, 10 - u)
    let run = 0
    for (let i = u; i < v.length; i++) {
      if (v.charCodeAt(i) === v.charCodeAt(i - u)) {
        if (++run >= need) return true
      } else run = 0
    }
  }
  return false
}

/**
 * Longest run of consecutive ascending or descending character codes (abcdef, 123456, 987654). In a value of 24
 * characters or more letters are compared in either case: documentation fills a long example with the alphabet in
 * mixed case (`abCDeFGhiJKlmnOPqrSTuvwxYZ1a…`, AWS's NextToken and IVS passphrase examples), where a random value of
 * letters and digits holds a run of six about once in 30 million positions. A short one is a password as typed,
 * and `Abcdef@123` is a weak password, not an example.
 */
function longestSequentialRun(v: string): number {
  let best = 1
  let up = 1
  let down = 1
  const fold = v.length >= 24
  for (let i = 1; i < v.length; i++) {
    const a = v.charCodeAt(i - 1)
    const b = v.charCodeAt(i)
    const d = fold ? (b | caseBit(b)) - (a | caseBit(a)) : b - a
    up = d === 1 ? up + 1 : 1
    down = d === -1 ? down + 1 : 1
    if (up > best) best = up
    if (down > best) best = down
  }
  return best
}

/** 0x20 for an ASCII letter (OR-ing it gives the lower case), else 0. */
function caseBit(c: number): number {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 32 : 0
}

/**
 * A date and time as ISO 8601 writes it (2022-03-16T03:45:09+00:00, 2024-01-31 12:00): what a field named after a
 * token's expiry or creation holds, never a credential.
 */
export function isTimestamp(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?$/.test(value)
}

const seenAscii = new Uint8Array(128)

/** Distinct UTF-16 units of v. */
function distinctChars(v: string): number {
  let n = 0
  let other: Set<number> | null = null
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i)
    if (c < 128) {
      if (seenAscii[c] === 0) {
        seenAscii[c] = 1
        n++
      }
    } else {
      other ??= new Set()
      other.add(c)
    }
  }
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i)
    if (c < 128) seenAscii[c] = 0
  }
  return n + (other?.size ?? 0)
}

/**
 * true when the value is a placeholder, an example or a look-alike rather than a credential:
 * `EXAMPLE`, `xxxx`, `${VAR}`, `$(VAR)`, `%(name)s`, `<token>`, `{{ x }}`, `changeme`, `your_api_key`, the notorious
 * example passwords and jwt.io's example token, all one character,
 * very few distinct characters, sequential runs (`abcdef`, `123456`) or a short unit repeated.
 */
export function isPlaceholder(value: string): boolean {
  if (isWrittenPlaceholder(value)) return true
  if (value.startsWith('$') && isName(value.slice(1))) return true
  // A format string's field ({password}, {db.password}, {0}): Python f-strings and str.format, C#, Rust.
  if (/^\{[A-Za-z_0-9][\w.]*\}$/.test(value)) return true
  // Eight of one character in a row: a filled-in example (`ghs_InstallationToken00000000`), never a random
  // token of up to 100 characters (long base64 key material has runs of `A`, so it is not judged by this).
  if (value.length <= 100 && /(.)\1{7}/.test(value)) return true
  if (value.length >= 12 && distinctChars(value) < 6) return true
  if (longestSequentialRun(value) >= 6) return true
  const m = mayRepeatUnit(value) ? REPEATED_UNIT.exec(value) : null
  if (m && m[0].length >= Math.max(10, value.length / 3)) return true
  return isBase64OfPlaceholder(value)
}

/**
 * Base64 of a placeholder (`Y2hhbmdlbWU=` is `changeme`, `UkVQTEFDRV9NRQ==` is `REPLACE_ME`): a Kubernetes Secret's
 * `data:` holds its values encoded, so its template values are encoded too. Padded base64 of 4 to 48 printable
 * ASCII characters, judged decoded (once: the decoded text is not decoded again).
 */
function isBase64OfPlaceholder(value: string): boolean {
  if (value.length < 8 || value.length > 64 || value.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return false
  const bytes = Buffer.from(value, 'base64')
  if (bytes.length < 4) return false
  for (const b of bytes) if (b < 0x20 || b > 0x7e) return false
  return isWrittenPlaceholder(bytes.toString('latin1'))
}

/** A placeholder by what it says or how it is written: a mark, a phrase, a template, a notorious example, one character repeated. */
function isWrittenPlaceholder(value: string): boolean {
  return (
    PLACEHOLDER_MARKS.test(value) ||
    hasPlaceholderPhrase(value) ||
    hasCasedPlaceholderWord(value) ||
    TEMPLATE_SHAPES.test(value) ||
    isNotoriousExample(value) ||
    /^(.)\1+$/.test(value)
  )
}

/**
 * Keys made to be published in web pages: a Mapbox public token (`pk.eyJ…`; its secret tokens are `sk.`), a Stripe
 * publishable key (`pk_live_…`, `pk_test_…`), a Datadog client token (`pub` + 32 hex, for browser RUM and logs;
 * its API and application keys have no prefix), a Supabase publishable key (`sb_publishable_…`; its secret keys are
 * `sb_secret_…`) and a Statsig client SDK key (`client-…`; its server keys are `secret-…`); and a SendGrid dynamic
 * template's id (`d-` + 32 hex: `"password_reset": "d-…"` names an email, not a password). A generic rule (a name saying
 * token, key or password) does not report them.
 */
export function isPublicByDesign(value: string): boolean {
  return /^(?:pk\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+|pk_(?:live|test)_[A-Za-z0-9]+|pub[0-9a-f]{32}|sb_publishable_[A-Za-z0-9_-]{20,}|client-[A-Za-z0-9]{32,64}|d-[0-9a-f]{32})$/.test(
    value
  )
}

/**
 * A password hash as stored: what a users table, fixture or config should hold in place of the password. crypt's
 * `$id$…` (bcrypt `$2b$`, md5-crypt `$1$`, Apache `$apr1$`, sha-crypt `$5$`/`$6$`, yescrypt `$y$`, phpass `$P$`/`$H$`,
 * Drupal `$S$`, argon2, scrypt, passlib's `$pbkdf2-sha256$`, Shiro's `$shiro1$`), Django's and passlib's
 * `pbkdf2_sha256$…`, Werkzeug's `pbkdf2:sha256:…$`, LDAP's `{SSHA}`/`{CRYPT}`, PostgreSQL's `SCRAM-SHA-256$…` and `md5` + 32 hex, MySQL's `*` + 40 hex,
 * and Django's unusable-password marker (`!` + 40 letters and digits, set_unusable_password: no password at all). The password-hash
 * rule reports the crypt forms, at severity low; a generic rule (a name saying password or secret) does not take
 * one for the secret itself. A bare digest (`sha512-…` integrity, `sha256:…`) is not one: a rule decides those.
 */
export function isStoredHash(value: string): boolean {
  return /^(?:\$[A-Za-z0-9-]{1,14}\$|(?:pbkdf2_sha(?:1|256)|bcrypt_sha256|bcrypt|argon2|scrypt)\$|(?:pbkdf2|scrypt):[\w:]{0,40}\$|\{[A-Z0-9-]{2,12}\}|SCRAM-SHA-256\$|md5[0-9a-f]{32}$|\*[0-9A-F]{40}$|![A-Za-z0-9]{40}$)/.test(
    value
  )
}

/** Base64 (or base64url) whose decoded bytes are ordinary printable text with spaces (not a key). */
export function isBase64OfText(value: string): boolean {
  if (value.length < 16 || !/^[A-Za-z0-9+/_-]+={0,2}$/.test(value)) return false
  let bytes: Buffer
  try {
    bytes = Buffer.from(value.replace(/-/g, '+').replace(/_/g, '/'), 'base64')
  } catch {
    return false
  }
  if (bytes.length < 8) return false
  let printable = 0
  let spaces = 0
  for (const b of bytes) {
    if (b === 32) spaces++
    if ((b >= 32 && b < 127) || b === 9 || b === 10 || b === 13) printable++
  }
  return printable / bytes.length > 0.97 && spaces >= 1
}
