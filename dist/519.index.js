export const id = 519;
export const ids = [519];
export const modules = {

/***/ 77380:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EH: () => (/* binding */ isBase64OfText),
/* harmony export */   Eo: () => (/* binding */ isName),
/* harmony export */   Fx: () => (/* binding */ isTimestamp),
/* harmony export */   kQ: () => (/* binding */ isStoredHash),
/* harmony export */   ly: () => (/* binding */ shannonEntropy),
/* harmony export */   wK: () => (/* binding */ isPlaceholder),
/* harmony export */   zk: () => (/* binding */ isPublicByDesign)
/* harmony export */ });
/** Value heuristics: Shannon entropy and placeholder / example detection. */
const asciiCounts = new Int32Array(128);
/** Shannon entropy in bits per character. */
function shannonEntropy(value) {
    const len = value.length;
    if (len === 0)
        return 0;
    let ascii = true;
    for (let i = 0; i < len; i++) {
        if (value.charCodeAt(i) >= 128) {
            ascii = false;
            break;
        }
    }
    let h = 0;
    if (ascii) {
        // Fast path (nearly every candidate): counts in a reused typed array.
        for (let i = 0; i < len; i++)
            asciiCounts[value.charCodeAt(i)]++;
        for (let i = 0; i < len; i++) {
            const c = value.charCodeAt(i);
            const k = asciiCounts[c];
            if (k === 0)
                continue;
            asciiCounts[c] = 0;
            const p = k / len;
            h -= p * Math.log2(p);
        }
        return h;
    }
    const counts = new Map();
    for (let i = 0; i < len; i++) {
        const c = value.charCodeAt(i);
        counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    for (const n of counts.values()) {
        const p = n / len;
        h -= p * Math.log2(p);
    }
    return h;
}
/**
 * A name as code writes one: lower, UPPER, snake_case or camelCase words, digits only at the end (`DB_PASSWORD`,
 * `dbPassword`, `db2`). Random characters (`qH8ye6KjUHstj9`) are not one, so `$qH8ye6KjUHstj9` is a password, not a
 * variable.
 */
const isName = (p) => /^(?:[a-z][a-z_]*|[A-Z][A-Z_]*|[A-Z][a-z_]+)(?:[A-Z][a-z_]+)*\d*$/.test(p);
/**
 * Marks of a template or an elision: `...`, `token_here`, `<your-token>` (a bracket pair, or one at the edge of a word
 * in one case: `<token`, `TOKEN>`; not a `<br>` joining the lines of a key), `${…}`, `{{ … }}`. Any other `<` or
 * `>` is a character of the password (`Kd8<vQ2!mZr4`, `FyvGJYqskHUGW8<`).
 */
const PLACEHOLDER_MARKS = /\.\.\.|_(?:here|HERE|Here)\b|<(?!br\s*\/?>)[^<>]*>|^<(?:[a-z_ -]*|[A-Z_ -]*)$|^(?:[a-z_ -]*|[A-Z_ -]*)>$|\$\{|\{\{|\}\}/;
/**
 * Placeholder phrases (`changeme`, `your_api_key`, `ReplaceMe`, `NOT_REAL`, `not_a_real_password`, `fake_password`, a whole value `some_passphrase` or `my_secret`), matched in any case and then kept
 * only when each of their words is written as a word is (lower, UPPER or Capitalized: `ChangeMe`,
 * `YourApiKey`): a password written `ChAnGeMe7!` on purpose is not a placeholder (a cold test's finding).
 */
const PLACEHOLDER_PHRASES = /chang(?:e_?me|eit)|your[_\s-]?(?:own[_\s-]?)?(?:api[_\s-]?|access[_\s-]?|secret[_\s-]?|auth[_\s-]?|private[_\s-]?)?(?:key|token|secret|pass(?:word)?)|replace[_\s-]?(?:me|with|this)|insert[_\s-]?(?:your|key|token|here)|(?:key|token|secret|pass(?:word)?)[_\s-]?here|not[_\s-]?(?:a[_\s-]?)?real|fake[_\s-]?(?:fake|pass(?:word)?|secret|token|key)|foobar|^(?:some|my)[_\s-]?(?:pass(?:word|phrase)?|secret|token|key)\d{0,3}$/gi;
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
];
/** Written as a word is: all lower case, all upper case, or one capital then lower case. */
const wordAsWritten = (w) => w === w.toLowerCase() || w === w.toUpperCase() || w.slice(1) === w.slice(1).toLowerCase();
function hasPlaceholderPhrase(value) {
    PLACEHOLDER_PHRASES.lastIndex = 0;
    for (let m = PLACEHOLDER_PHRASES.exec(value); m !== null; m = PLACEHOLDER_PHRASES.exec(value)) {
        const phrase = m[0];
        let asWritten = true;
        for (let i = 0; i < phrase.length && asWritten;) {
            if (/[_\s-]/.test(phrase[i])) {
                i++;
                continue;
            }
            const word = PHRASE_WORDS.find(w => phrase.slice(i, i + w.length).toLowerCase() === w);
            if (word === undefined)
                break;
            asWritten = wordAsWritten(phrase.slice(i, i + word.length));
            i += word.length;
        }
        if (asWritten)
            return true;
    }
    return false;
}
/**
 * Single words that mark an example when written as a word is (`example`, `EXAMPLE`, `Example`), not in any
 * mix of cases: random key material holds `XxXx` or `sAmPlE` by chance (one 2048-bit PEM key in some 700
 * holds `xxxx` in some mix), and a real key must not pass as a placeholder. In a value longer than 32
 * characters (a token, key material), `xxxx` counts only in a run of eight or more.
 */
const PLACEHOLDER_CASED_WORDS = /example|sample|dummy|placeholder|redacted|lorem|ipsum|xxxx/gi;
function hasCasedPlaceholderWord(value) {
    PLACEHOLDER_CASED_WORDS.lastIndex = 0;
    for (let m = PLACEHOLDER_CASED_WORDS.exec(value); m !== null; m = PLACEHOLDER_CASED_WORDS.exec(value)) {
        const w = m[0];
        if (!wordAsWritten(w))
            continue;
        // In a token or key material (over 32 characters) four x's in a row come by chance (a few PEM keys in
        // 10,000): there a mask is a longer run.
        if (value.length > 32 && (w === 'xxxx' || w === 'XXXX' || w === 'Xxxx') && xRun(value, m.index) < 8)
            continue;
        return true;
    }
    return false;
}
/** Length of the run of x / X around position at. */
function xRun(value, at) {
    const isX = (i) => (value.charCodeAt(i) | 32) === 120;
    let start = at;
    let end = at;
    while (start > 0 && isX(start - 1))
        start--;
    while (end < value.length && isX(end))
        end++;
    return end - start;
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
const TEMPLATE_SHAPES = /^EJ\[\d:[A-Za-z0-9+/=]{20,}:|\[[^\]]{1,40}\]\{\d{1,3}(?:,\d{0,3})?\}|^@@[A-Za-z_][\w.-]*@@$|^__[A-Za-z][A-Za-z0-9_]*__$|^#\{[A-Za-z_][\w. -]*\}$|^%env\([\w:.-]+\)%$|^(?:>>)?vault:[\w./-]|^encrypted:|^!\[[^\]]*\]$|^ENC\[[A-Z0-9_]+,data:|^@Microsoft\.KeyVault\(|^\$\([A-Za-z_]\w*\)$|\$\([A-Za-z_][\w.-]{2,}(?:\s[^)]*)?\)|%\([A-Za-z_][\w.]*\)\d*(?:\.\d+)?[sdifr]|%[A-Z_][A-Z0-9_]{2,}%|^%[a-z][\w.]*%|\*{4}|^\*{3}|\*{3}$/;
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
const NOTORIOUS_PASSWORDS = /^(?:p[a@]ss(?:w[o0]rd)?|secret|letmein|qwerty|admin|abc)(?:1|12|123|1234|12345|123456)!?$|^hunter2$|^vagrant$|^p[a@]ssw[o0]rd!?$/;
const NOTORIOUS_TOKENS = /SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c|dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk|4eC39HqLyjWDarjtT1zdp7dc|16C7e42F292c6912E7710c838347Ae178B4a|6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe|3fa85f64-5717-4562-b3fc-2c963f66afa6|123e4567-e89b-12d3-a456-426614174000|550e8400-e29b-41d4-a716-446655440000|e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855|^Harbor12345$|^(?:2YotnFZFEjr1zCsicMWpAA|tGzv3JOkF0XG5Qx2TlKWIA|SlAV32hkKG|h480djs93hd8|mF_9\.B5f-4\.1JqM|dpf43f3p2l4k3l03|kd94hf93k423kf44|hh5s93j4hdidpola|pfkkdhi9sl3r4s00|hdk48Djdsa|hfdp7dh39dks9884|nnch734d00sl2jdk|ad180jjd733klru7|JBSWY3DPEHPK3PXP|GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ|VuaCfGcBCdbkQm-e5aOx|ui2lp2axTNmsyakw9tvNnw|VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw==|QWxhZGRpbjpvcGVuIHNlc2FtZQ==|MWYyZDFlMmU2N2Rm)$|\$argon2id\$v=19\$m=65536,t=3,p=4\$MIIRqgvgQbgj220jfp0MPA\$YfwJSVjtjSU0zzV\/P3S9nnQ\/USre2wvJMjfCIjrTQbg|9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60|4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb|c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7|^xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvNKmPGJxWUtg6LnF5kejMRNNU3TGtRBeJgk33yuGBxrMPHi$|^xprv9s21ZrQH143K31xYSDQpPDxsXRTUcvj2iNHm5NUtrGiGG5e2DtALGdso3pGz6ssrdK4PFmM8NSpSBHNqPqm55Qn3LqFtT2emdEXVYsCzC2U$|^5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8$|^yourStrong\(!\)Password$|^yAnz5TF\+lXXJte14tji3zlMNq\+hd2rYUIgJBgB3fBmk=$|^dXNlcm5hbWU6cGFzc3dvcmQ=$|^C2y6yDjf5\/R\+ob0N8A7Cgv30VRDJIWEHLM\+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw\/Jw==$|^Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq\/K1SZFPTOtr\/KBHBeksoGMGw==$|^key-3ax6xnjp29jd6fds4gc373sgvjxteol0$|^SW2YcwTIb9zpOOhoPsMm$|2b7e151628aed2a6abf7158809cf4f3c|2B7E151628AED2A6ABF7158809CF4F3C|603deb1015ca71be2b73aef0857d7781|8e73b0f7da0e6452c810f32b809079e5|^(?:0x)?(?:ac0974bec39a17e3|59c6995e998f97a5|5de4111afa1a4b94|7c852118294e51e6|47e179ec19748859|8b3a350cf5c34c91|92db14e403b83dfe|4bbbf85ce3377467|dbda1821b80551c9|2a871d0798f97d79|f214f2b2cd398c80|701b615bbdfb9de6|a267530f49f82802|47c99abed3324a27|c526ee95bf44d8fc|8166f546bab6da52)[0-9a-f]{48}$/;
/**
 * A notorious example: one of the tokens as printed, or one of the passwords written as a word is (`password123`,
 * `Password123!`, `PASSWORD1`); `PaSsWoRd123!` is someone's password made to look like one (a cold test's finding).
 */
function isNotoriousExample(value) {
    if (NOTORIOUS_TOKENS.test(value))
        return true;
    return NOTORIOUS_PASSWORDS.test(value.toLowerCase()) && wordAsWritten(value);
}
/** A unit of 1–6 characters repeated at least 5 times in a row. */
const REPEATED_UNIT = /(.{1,6}?)\1{4,}/;
/**
 * Cheap necessary condition for REPEATED_UNIT matching at least 10 characters: for some unit length u,
 * at least max(4u, 10 - u) consecutive positions i with v[i] === v[i - u].
 */
function mayRepeatUnit(v) {
    for (let u = 1; u <= 6; u++) {
        const need = Math.max(4 * u, 10 - u);
        let run = 0;
        for (let i = u; i < v.length; i++) {
            if (v.charCodeAt(i) === v.charCodeAt(i - u)) {
                if (++run >= need)
                    return true;
            }
            else
                run = 0;
        }
    }
    return false;
}
/**
 * Longest run of consecutive ascending or descending character codes (abcdef, 123456, 987654). In a value of 24
 * characters or more letters are compared in either case: documentation fills a long example with the alphabet in
 * mixed case (`abCDeFGhiJKlmnOPqrSTuvwxYZ1a…`, AWS's NextToken and IVS passphrase examples), where a random value of
 * letters and digits holds a run of six about once in 30 million positions. A short one is a password as typed,
 * and `Abcdef@123` is a weak password, not an example.
 */
function longestSequentialRun(v) {
    let best = 1;
    let up = 1;
    let down = 1;
    const fold = v.length >= 24;
    for (let i = 1; i < v.length; i++) {
        const a = v.charCodeAt(i - 1);
        const b = v.charCodeAt(i);
        const d = fold ? (b | caseBit(b)) - (a | caseBit(a)) : b - a;
        up = d === 1 ? up + 1 : 1;
        down = d === -1 ? down + 1 : 1;
        if (up > best)
            best = up;
        if (down > best)
            best = down;
    }
    return best;
}
/** 0x20 for an ASCII letter (OR-ing it gives the lower case), else 0. */
function caseBit(c) {
    return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 32 : 0;
}
/**
 * A date and time as ISO 8601 writes it (2022-03-16T03:45:09+00:00, 2024-01-31 12:00): what a field named after a
 * token's expiry or creation holds, never a credential.
 */
function isTimestamp(value) {
    return /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?$/.test(value);
}
const seenAscii = new Uint8Array(128);
/** Distinct UTF-16 units of v. */
function distinctChars(v) {
    let n = 0;
    let other = null;
    for (let i = 0; i < v.length; i++) {
        const c = v.charCodeAt(i);
        if (c < 128) {
            if (seenAscii[c] === 0) {
                seenAscii[c] = 1;
                n++;
            }
        }
        else {
            other ??= new Set();
            other.add(c);
        }
    }
    for (let i = 0; i < v.length; i++) {
        const c = v.charCodeAt(i);
        if (c < 128)
            seenAscii[c] = 0;
    }
    return n + (other?.size ?? 0);
}
/**
 * true when the value is a placeholder, an example or a look-alike rather than a credential:
 * `EXAMPLE`, `xxxx`, `${VAR}`, `$(VAR)`, `%(name)s`, `<token>`, `{{ x }}`, `changeme`, `your_api_key`, the notorious
 * example passwords and jwt.io's example token, all one character,
 * very few distinct characters, sequential runs (`abcdef`, `123456`) or a short unit repeated.
 */
function isPlaceholder(value) {
    if (isWrittenPlaceholder(value))
        return true;
    if (value.startsWith('$') && isName(value.slice(1)))
        return true;
    // A format string's field ({password}, {db.password}, {0}): Python f-strings and str.format, C#, Rust.
    if (/^\{[A-Za-z_0-9][\w.]*\}$/.test(value))
        return true;
    // Eight of one character in a row: a filled-in example (`ghs_InstallationToken00000000`), never a random
    // token of up to 100 characters (long base64 key material has runs of `A`, so it is not judged by this).
    if (value.length <= 100 && /(.)\1{7}/.test(value))
        return true;
    if (value.length >= 12 && distinctChars(value) < 6)
        return true;
    if (longestSequentialRun(value) >= 6)
        return true;
    const m = mayRepeatUnit(value) ? REPEATED_UNIT.exec(value) : null;
    if (m && m[0].length >= Math.max(10, value.length / 3))
        return true;
    return isBase64OfPlaceholder(value);
}
/**
 * Base64 of a placeholder (`Y2hhbmdlbWU=` is `changeme`, `UkVQTEFDRV9NRQ==` is `REPLACE_ME`): a Kubernetes Secret's
 * `data:` holds its values encoded, so its template values are encoded too. Padded base64 of 4 to 48 printable
 * ASCII characters, judged decoded (once: the decoded text is not decoded again).
 */
function isBase64OfPlaceholder(value) {
    if (value.length < 8 || value.length > 64 || value.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(value))
        return false;
    const bytes = Buffer.from(value, 'base64');
    if (bytes.length < 4)
        return false;
    for (const b of bytes)
        if (b < 0x20 || b > 0x7e)
            return false;
    return isWrittenPlaceholder(bytes.toString('latin1'));
}
/** A placeholder by what it says or how it is written: a mark, a phrase, a template, a notorious example, one character repeated. */
function isWrittenPlaceholder(value) {
    return (PLACEHOLDER_MARKS.test(value) ||
        hasPlaceholderPhrase(value) ||
        hasCasedPlaceholderWord(value) ||
        TEMPLATE_SHAPES.test(value) ||
        isNotoriousExample(value) ||
        /^(.)\1+$/.test(value));
}
/**
 * Keys made to be published in web pages: a Mapbox public token (`pk.eyJ…`; its secret tokens are `sk.`), a Stripe
 * publishable key (`pk_live_…`, `pk_test_…`), a Datadog client token (`pub` + 32 hex, for browser RUM and logs;
 * its API and application keys have no prefix), a Supabase publishable key (`sb_publishable_…`; its secret keys are
 * `sb_secret_…`) and a Statsig client SDK key (`client-…`; its server keys are `secret-…`); and a SendGrid dynamic
 * template's id (`d-` + 32 hex: `"password_reset": "d-…"` names an email, not a password). A generic rule (a name saying
 * token, key or password) does not report them.
 */
function isPublicByDesign(value) {
    return /^(?:pk\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+|pk_(?:live|test)_[A-Za-z0-9]+|pub[0-9a-f]{32}|sb_publishable_[A-Za-z0-9_-]{20,}|client-[A-Za-z0-9]{32,64}|d-[0-9a-f]{32})$/.test(value);
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
function isStoredHash(value) {
    return /^(?:\$[A-Za-z0-9-]{1,14}\$|(?:pbkdf2_sha(?:1|256)|bcrypt_sha256|bcrypt|argon2|scrypt)\$|(?:pbkdf2|scrypt):[\w:]{0,40}\$|\{[A-Z0-9-]{2,12}\}|SCRAM-SHA-256\$|md5[0-9a-f]{32}$|\*[0-9A-F]{40}$|![A-Za-z0-9]{40}$)/.test(value);
}
/** Base64 (or base64url) whose decoded bytes are ordinary printable text with spaces (not a key). */
function isBase64OfText(value) {
    if (value.length < 16 || !/^[A-Za-z0-9+/_-]+={0,2}$/.test(value))
        return false;
    let bytes;
    try {
        bytes = Buffer.from(value.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
    }
    catch {
        return false;
    }
    if (bytes.length < 8)
        return false;
    let printable = 0;
    let spaces = 0;
    for (const b of bytes) {
        if (b === 32)
            spaces++;
        if ((b >= 32 && b < 127) || b === 9 || b === 10 || b === 13)
            printable++;
    }
    return printable / bytes.length > 0.97 && spaces >= 1;
}


/***/ }),

/***/ 70391:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ ownString)
/* harmony export */ });
/** Strings that do not keep the text they were cut from alive. */
/**
 * The string's own copy. A substring V8 cuts out of a longer string (slice, split, a regex group) refers to
 * that whole string and keeps it alive as long as the substring is kept; its copy holds only its characters.
 */
function ownString(s) {
    // Shorter substrings are copied by V8 itself; the concatenation is flattened before it is sliced.
    return s.length < 13 ? s : (' ' + s).slice(1);
}


/***/ }),

/***/ 34200:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rj: () => (/* binding */ fingerprint),
/* harmony export */   g1: () => (/* binding */ redactPreview)
/* harmony export */ });
/* unused harmony exports FINGERPRINT_KEY, previewLength */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/** Redaction happens when a finding is created: only the preview and the keyed fingerprint leave the engine. */

/**
 * Fixed, public project key for fingerprints. The fingerprint must be stable across runs so the base
 * branch's baseline can match it; it is an HMAC so that it is never the value and cannot be looked up
 * in an unkeyed hash table of known secrets.
 */
const FINGERPRINT_KEY = 'compliance-gate/secrets/fingerprint/v1';
/** sha256 HMAC over repo full_name, rule id and value (NUL-separated), hex. */
function fingerprint(repoFullName, ruleId, value) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)('sha256', FINGERPRINT_KEY).update(`${repoFullName}\u0000${ruleId}\u0000${value}`).digest('hex');
}
/** How many leading characters a preview may show: at most 4, fewer for short values, none below 8. */
function previewLength(length) {
    return Math.min(4, Math.floor(length / 8));
}
const SURROGATE = /[\uD800-\uDFFF]/;
/** At most the first 4 characters, then `…` (fewer for short secrets). */
function redactPreview(value) {
    // Without surrogates a UTF-16 unit is a character: no array of characters to build (a file of thousands of findings).
    if (!SURROGATE.test(value))
        return value.slice(0, previewLength(value.length)) + '…';
    const chars = Array.from(value);
    return chars.slice(0, previewLength(chars.length)).join('') + '…';
}


/***/ }),

/***/ 16519:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createScanner: () => (/* binding */ createScanner),
  groupCount: () => (/* binding */ groupCount),
  loadBuiltinRules: () => (/* binding */ loadBuiltinRules),
  loadCustomRuleEngine: () => (/* binding */ loadCustomRuleEngine),
  redactSecrets: () => (/* binding */ redactSecrets),
  unionOf: () => (/* binding */ unionOf)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/secrets/checksum.ts
/**
 * Check digits some token formats carry. GitHub's 40-character tokens (ghp_, gho_, ghu_, ghs_, ghr_) and npm's
 * (npm_) are a 4-character prefix, 30 random base62 characters and a 6-character checksum: the CRC32 of the 30
 * random characters, base62-encoded with the digits-upper-lower alphabet, left-padded with '0' (GitHub blog,
 * "Behind GitHub's new authentication token formats", 2021-04; npm's format, 2021-09).
 */
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
let crcTable;
/** CRC-32 (IEEE 802.3, as zlib) of a string's character codes taken as bytes. */
function crc32(s) {
    if (crcTable === undefined) {
        crcTable = new Int32Array(256);
        for (let n = 0; n < 256; n++) {
            let c = n;
            for (let k = 0; k < 8; k++)
                c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
            crcTable[n] = c;
        }
    }
    let crc = -1;
    for (let i = 0; i < s.length; i++)
        crc = crcTable[(crc ^ s.charCodeAt(i)) & 0xff] ^ (crc >>> 8);
    return (crc ^ -1) >>> 0;
}
/** n in base62 (0-9A-Za-z), left-padded with '0' to width characters. */
function base62(n, width = 6) {
    let out = '';
    let v = n;
    do {
        out = BASE62[v % 62] + out;
        v = Math.floor(v / 62);
    } while (v > 0);
    return out.padStart(width, '0');
}
/**
 * true when a GitHub-format token's checksum matches. Only the 40-character form (prefix_ + 36) carries one:
 * longer tokens (GitHub reserves up to 255 characters) and the stateless ghs_<app id>_<JWT> are not judged (true).
 */
function githubChecksumOk(token) {
    const m = /^[a-z]{3}_([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/.exec(token);
    if (!m)
        return true;
    return base62(crc32(m[1])) === m[2];
}
/** A format-true GitHub-style token: prefix + 30 random base62 from rand + its checksum (for tests and the bench). */
function githubStyleToken(prefix, rand) {
    let body = '';
    for (let i = 0; i < 30; i++)
        body += BASE62[Math.floor(rand() * 62)];
    return `${prefix}${body}${base62(crc32(body))}`;
}

// EXTERNAL MODULE: ./src/secrets/heuristics.ts
var heuristics = __webpack_require__(77380);
// EXTERNAL MODULE: ./src/secrets/own-string.ts
var own_string = __webpack_require__(70391);
// EXTERNAL MODULE: ./src/secrets/shown.ts
var secrets_shown = __webpack_require__(19024);
;// CONCATENATED MODULE: ./src/secrets/keywords.ts
/**
 * Keyword prefilter: one Aho-Corasick automaton over all rules' keywords, ASCII case-folded, with a
 * dense transition table so the scan is two table lookups per character.
 *
 * Characters are read by class: `classOf[charCode & 127]` is 0 for a character no keyword holds, and one
 * class per character keywords hold, an upper-case letter in its lower-case one's. The built-in keywords
 * hold some sixty characters, so a state's row is 64 entries rather than 128, and the table (the hot loop's
 * one large array) half the size it was. `table[offset + class]` gives the next state's offset (state <<
 * shift), negative when that state ends a keyword (its offset is the absolute value). Masking non-ASCII
 * characters to 7 bits can only add spurious hits, never lose one, because keywords are ASCII; every hit
 * is verified by the rule regexes anyway.
 */
/** Characters are read by their low 7 bits: 128 codes. */
const ALPHA = 128;
class KeywordAutomaton {
    /** outIndex[state] → 1 + index into outputs, or 0. */
    outIndex;
    /** Per output set: the keyword ids ending at that state (including via failure links). */
    outputs;
    keywords;
    /** Signed, premultiplied transition table for the hot loop (see above): entries `state << shift`. */
    table;
    /** Character code & 127 → its class, the column of the table (0: held by no keyword). */
    classOf;
    /** log2 of a row's width: 6 when the keywords hold fewer than 64 characters, else 7. */
    shift;
    /**
     * Built once per run, so in code V8 has not optimized yet: each step is a native copy per state rather than a
     * loop over its columns (~3,000 states, some 5 ms instead of 40).
     */
    constructor(keywords) {
        this.keywords = keywords;
        // Classes first: each character a keyword holds, case-folded, numbered from 1 in order of appearance.
        const classOf = new Uint8Array(ALPHA);
        let classes = 1;
        for (const kw of keywords) {
            for (let i = 0; i < kw.length; i++) {
                let c = kw.charCodeAt(i);
                if (c >= ALPHA)
                    throw new Error(`keyword ${JSON.stringify(kw)} is not ASCII`);
                if (c >= 65 && c <= 90)
                    c += 32;
                if (classOf[c] === 0)
                    classOf[c] = classes++;
            }
        }
        for (let c = 65; c <= 90; c++)
            classOf[c] = classOf[c + 32];
        const shift = classes <= 64 ? 6 : 7;
        const width = 1 << shift;
        // The trie in flat arrays (a state per keyword character at most): each state's children as a linked list
        // (firstChild, nextSibling, the class into it), and the keywords ending there. Typed arrays rather
        // than an array per state: the trie of ~850 keywords was ~12 ms of every run's start as small arrays.
        let cap = 1;
        for (const kw of keywords)
            cap += kw.length;
        const firstChild = new Int32Array(cap).fill(-1);
        const nextSibling = new Int32Array(cap).fill(-1);
        const charOf = new Int32Array(cap);
        const outLists = [];
        let n = 1;
        for (let id = 0; id < keywords.length; id++) {
            const kw = keywords[id];
            let s = 0;
            for (let i = 0; i < kw.length; i++) {
                const c = classOf[kw.charCodeAt(i)];
                let next = firstChild[s];
                while (next >= 0 && charOf[next] !== c)
                    next = nextSibling[next];
                if (next < 0) {
                    next = n++;
                    charOf[next] = c;
                    nextSibling[next] = firstChild[s];
                    firstChild[s] = next;
                }
                s = next;
            }
            const list = (outLists[s] ??= []);
            if (!list.includes(id))
                list.push(id);
        }
        // The table row by row, breadth first. A state's row is its failure state's row (complete: that state is
        // shallower) with its own transitions written over it. A child's failure state is where the failure row goes
        // on the child's class, and its outputs take that state's in (final by then: its failure was set from a
        // shallower parent). Entries are final when written: state << shift, negative when that state ends a keyword.
        const table = new Int32Array(n * width);
        const fail = new Int32Array(n);
        const queue = new Int32Array(n);
        let tail = 0;
        const entry = (t) => (outLists[t] !== undefined ? -(t * width) : t * width);
        for (let t = firstChild[0]; t >= 0; t = nextSibling[t]) {
            table[charOf[t]] = entry(t);
            queue[tail++] = t;
        }
        for (let head = 0; head < tail; head++) {
            const s = queue[head];
            const row = s * width;
            const failRow = fail[s] * width;
            table.copyWithin(row, failRow, failRow + width);
            for (let t = firstChild[s]; t >= 0; t = nextSibling[t]) {
                const c = charOf[t];
                const f = Math.abs(table[failRow + c]) / width;
                fail[t] = f;
                const inherited = outLists[f];
                if (inherited !== undefined) {
                    const list = (outLists[t] ??= []);
                    for (const id of inherited)
                        if (!list.includes(id))
                            list.push(id);
                }
                table[row + c] = entry(t);
                queue[tail++] = t;
            }
        }
        this.classOf = classOf;
        this.shift = shift;
        this.table = table;
        this.outIndex = new Int32Array(n);
        this.outputs = [];
        for (let s = 0; s < n; s++) {
            const list = outLists[s];
            if (list !== undefined) {
                this.outputs.push(list);
                this.outIndex[s] = this.outputs.length;
            }
        }
    }
}

;// CONCATENATED MODULE: ./src/secrets/lockfile.ts
/**
 * Lockfiles are scanned like any file, URLs included (a name never exempts content, issue 19): the only
 * spans set apart are the digests their package managers write, and only from the generic rules (entropy
 * and keyword rules that would read a hash as a password). A span a specific credential rule matches
 * (`ghp_…`, `AKIA…`, `xoxb-…`) is reported wherever it sits: the registry URL's path, its user-info or
 * query, a comment, even inside something shaped like a digest. So a token pasted into a lockfile (a
 * Gemfury-style `https://npm-proxy.fury.io/<token>/…` resolved URL, a `KEY=value` line) is still found.
 *
 * Digests: Subresource-Integrity strings (`sha512-<base64>`: npm, yarn v1, pnpm, bun, flake narHash),
 * prefixed digests (`sha256:<hex>` in poetry/uv/Pipfile.lock, `h1:<base64>=` in go.sum and
 * .terraform.lock.hcl, `zh:<hex>`, yarn berry's `10c0/<hex>` checksums), a hex digest in a tarball URL's
 * fragment (yarn v1 `…tgz#<sha1>`), and a hex digest as the value of a hash or revision key (`checksum`
 * in Cargo.lock, `shasum`/`reference` in composer.lock, `rev`/`revision` in flake.lock, Gemfile.lock and
 * Package.resolved, pubspec's `sha256`, Podfile's SPEC CHECKSUMS). A bare hex string anywhere else
 * (`DD_API_KEY=<hex>`) is not a digest.
 */
const DIGESTS = [
    // SRI: sha1-/sha256-/sha384-/sha512- + base64.
    /\b(?:sha1|sha224|sha256|sha384|sha512)-[A-Za-z0-9+/]{20,}={0,2}/g,
    // Prefixed digests: sha256:hex, h1:base64=, zh:hex, md5:hex.
    /\b(?:sha1|sha224|sha256|sha384|sha512|md5|blake2b|blake3|h1|zh):[A-Za-z0-9+/]{16,}={0,2}/g,
    // yarn berry checksum: `10c0/<hex>`.
    /\b\d{1,2}c\d\/[0-9a-f]{64,128}\b/g,
    // yarn v1: the commit or sha1 of a resolved tarball, in the URL's fragment.
    /(?<=\.(?:tgz|tar\.gz|zip|git)#)[0-9a-f]{40,64}\b/g,
    // A hex digest as the value of a hash or revision key (TOML, JSON, YAML; the key may be quoted).
    /(?<=\b(?:checksum|shasum|hash|sha1|sha256|sha512|integrity|rev|revision|reference|commit|resolved_ref)["']?\s*[:=]\s*["']?)[0-9a-fA-F]{32,128}\b/g,
    // Podfile.lock SPEC CHECKSUMS: `  Name: <sha1>`.
    /(?<=^ {2}[\w.+-]+: )[0-9a-f]{40}$/gm
];
/** [start, end) of each lockfile digest in text, in text order (spans of different patterns may overlap). */
function lockfileDigests(text) {
    const spans = [];
    for (const re of DIGESTS) {
        re.lastIndex = 0;
        for (let m = re.exec(text); m !== null; m = re.exec(text))
            spans.push([m.index, m.index + m[0].length]);
    }
    return spans.sort((a, b) => a[0] - b[0]);
}
/** Whether [start, end) overlaps one of the spans (sorted by start). */
function overlapsDigest(spans, start, end) {
    let lo = 0;
    let hi = spans.length;
    // The first span starting at or after end cannot overlap; look at the ones before it.
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (spans[mid][0] < end)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (let i = lo - 1; i >= 0; i--) {
        const s = spans[i];
        if (s[1] > start)
            return true;
        // Spans are sorted by start only; a long earlier span may still reach start: keep looking a little.
        if (start - s[0] > 4096)
            break;
    }
    return false;
}
/** The text with lockfile digests blanked out (same length): what the generic rules see of a lockfile. */
function maskLockfile(text) {
    const parts = [];
    let at = 0;
    for (const [s, e] of lockfileDigests(text)) {
        if (e <= at)
            continue;
        const from = Math.max(s, at);
        parts.push(text.slice(at, from), ' '.repeat(e - from));
        at = e;
    }
    parts.push(text.slice(at));
    return parts.join('');
}

// EXTERNAL MODULE: ./src/secrets/redact.ts
var redact = __webpack_require__(34200);
;// CONCATENATED MODULE: ./src/secrets/prose.ts
/**
 * Credentials written in prose, in free text kept as evidence (a PR's title and body, commit messages): the
 * rules read assignments in code and config, where a label has no spaces and a value ends the line; people
 * write them as sentences, lists, tables and URLs. In free text a value is dropped on suspicion (its preview
 * and the label are kept), as nothing is judged on it: over-redacting a word costs a reader little, a password
 * left in the evidence costs its owner the password. Pure: text in, text out.
 *
 * What is read (each from a cold test of PR bodies):
 * - a label and its value: `DB password: …`, `the token is …`, `**Password:** …`, `password (prod): …`,
 *   `the password for svc-deploy is …`, `password set to …`, `Passwort: …`, `| Password | … |`;
 * - each further value listed after it: `…, <b>`, `… or <b>`, `…; backup: <b>`, `… / staging: <b>`,
 *   `prod=<a> staging=<b>`;
 * - a label alone on its line, its value on the next (`#### Password` then the value, or a code block);
 * - a table whose header names the column (`| User | Password |`): that column's cells;
 * - a URL's password (`scheme://user:pass@host`, also with `@`, `/` or `:` in the password, or an e-mail as
 *   the user), and `user:pass@host` without a scheme.
 */


const LABEL_WORDS = '(?:[A-Za-z0-9]+[_.-])*(?:pass(?:word|wd|phrase|code)?|pwd|pw|(?:secret|signing|encryption|master|licen[cs]e|private|access|api|client|app|recovery|deploy|ssh)[ _-]?keys?|client[ _-]?secret|session[ _-]?(?:id|token|key)|secret|tokens?|credentials?|creds|psk|pin(?:[ _-]?code)?|(?:totp|otp|mfa|2fa)[ _-]?(?:seed|secret|key)|recovery[ _-]?codes?|salt|wi-?fi|auth|pat|key)s?\\d{0,2}';
/** Labels in other languages (any case): German, Spanish, French, Portuguese, Dutch, Polish, Italian, Nordic, Czech, Hungarian, Turkish, Russian, Japanese, Chinese, Korean. */
const FOREIGN_LABELS = 'passwort|kennwort|contraseña|contrasena|mot de passe|senha|wachtwoord|hasło|haslo|parola|lösenord|losenord|salasana|adgangskode|passord|heslo|jelszó|jelszo|şifre|sifre|пароль|パスワード|密码|密碼|비밀번호';
const LABEL = `(?<![A-Za-z0-9])(${LABEL_WORDS}|${FOREIGN_LABELS})(?![A-Za-z0-9])`;
/** LABEL without its capture, inside patterns that number their own groups. */
const ANY_LABEL = `(?<![A-Za-z0-9])(?:${LABEL_WORDS}|${FOREIGN_LABELS})(?![A-Za-z0-9])`;
/** Markdown and HTML emphasis around a label or its separator. */
const MARKUP = '(?:\\*{1,2}|_{1,2}|</?(?:b|strong|em|i)>)';
/** A separator; also a note opened before the value (`password (old: …)`, `(new one was …)`). */
const SEPARATOR = '(?:[:=：＝|?;]|\\.{3}|…|=>|->|→|\\s[-–—]\\s|\\bis\\b|\\bto\\b|\\bnow\\b|\\bfrom\\b|\\(\\s*(?:old|new|current|previous|prod|production|staging|dev|test)(?:\\s+one)?(?:\\s+(?:was|is)|\\s*[:=]))';
/**
 * Between label and value: a closing backquote or emphasis, qualifiers (`(prod)`, ` for the bot (jira-bot@acme.io)`),
 * verbs (`was changed`), a separator.
 */
const BETWEEN = `((?:["'\`]|${MARKUP})*(?:\\s*\\([^()\\n:=]{1,40}\\)|\\s+(?:for|of|on|in|at|with)\\s+[^\\n:=：|()]{1,40}?){0,2}(?:\\s+(?:is|was|are|has been|have been|changed|set|reset|updated|rotated|now))*(?:${MARKUP})*\\s*${SEPARATOR}?(?:${MARKUP})*\\s*(?:<code>)?)`;
/**
 * The value, after a space, a separator or emphasis (not glued to a word of the qualifier: `for svc-deploy`): quoted
 * (up to its closing quote, the other quotes and spaces inside included; in single quotes a doubled `''` is a quote
 * inside, as YAML and SQL write it), every character up to a space (quotes and
 * `<` inside included), or after a quote never closed.
 */
const PROSE_CREDENTIAL = new RegExp(`${LABEL}${BETWEEN}(?<=[\\s:=：＝|>*_→]|^)(?:"([^"\\n]+)"|'((?:[^'\\n]|'')+)'|\`([^\`\\n]+)\`|([^\\s"'\`][^\\s]{5,})|(["'\`])([^\\s"'\`][^\\s]*))`, 'gi');
const SEPARATED = new RegExp(`${SEPARATOR}|\\bwas\\b|\\bare\\b`, 'i');
/** Before a further value of a list: a bracketed note, then a separator and an optional `name:`, or `name=` alone, or a space. */
const LIST_LEAD = '(?:\\s*\\([^()\\n]{1,40}\\))?(?:\\s*(?:[,;/&|]|\\bor\\b|\\band\\b(?:\\s+(?:is|was|are)(?:\\s+now)?)?|\\bto\\b)\\s*(?:[A-Za-z][\\w .()-]{0,30}?\\s*[:=]\\s*)?|\\s+[A-Za-z][\\w.-]{0,30}\\s*[:=]\\s*|\\s+)';
const LISTED_VALUE = new RegExp(`(${LIST_LEAD})(["'\`]?)([^\\s"'\`<>,;]{6,})\\2`, 'iy');
/** A redaction already in the text: a preview and `[redacted <rule>]`. */
const REDACTION_MARK = /^(?:[^\s…]{0,4}…)?\[redacted [^\]\s]*\]/;
/** Letters, digits and a symbol: how a password reads (a name, a word or a path does not). */
const readsLikePassword = (v) => /[A-Za-z]/.test(v) && /[0-9]/.test(v) && /[!@#$%^&*?~+=]/.test(v);
/** Ten or more characters of lower case, upper case and digits: how a generated token reads. */
const readsLikeToken = (v) => v.length >= 10 && /[a-z]/.test(v) && /[A-Z]/.test(v) && /[0-9]/.test(v);
/**
 * 32 or more hexadecimal digits of one case, with letters and digits: how a hex key or auth token reads (Twilio's
 * auth token, OAuth client secrets, HMAC keys), a shape readsLikeToken misses for want of upper case.
 */
const readsLikeHexKey = (v) => /^(?:[0-9a-f]{32,}|[0-9A-F]{32,})$/.test(v) && /[0-9]/.test(v) && /[A-Fa-f]/.test(v);
/** After a separator or in a credential's own place: a digit or a symbol, or 12+ letters (a passphrase). */
const readsLikeValue = (v) => /[0-9!@#$%^&*?~+=_./-]/.test(v) || v.length >= 12;
/**
 * A dotted name (`var.db_password`, `settings.STRIPE_API_KEY`, `com.acme.app.MainActivity`): every part written as
 * an identifier is (lower, UPPER, snake_case or camelCase words, digits only at the end). A random password with a
 * dot (`rTXqf.HMmdDubFx`, `w8gmv.VkDawugb8`) is not one.
 */
function isDottedName(v) {
    const parts = v.replace(/[.,;:)]$/, '').split('.');
    return parts.length >= 2 && parts.every(heuristics/* isName */.Eo);
}
/** The YAML tags configuration uses before a value: Ansible's, CloudFormation's, Home Assistant's. */
const YAML_TAG = /^!(?:vault|Ref|Sub|GetAtt|ImportValue|Join|If|Select|Split|Base64|Cidr|FindInMap|GetAZs|Equals|Not|And|Or|secret|env_var|env|include|reference|unsafe)\b/;
/**
 * What a value that may be a credential is not: a reference (`$VAR`, `${…}`, `secrets.X`, `process.env.X`,
 * `os.environ[…]`), a variable's NAME_IN_CAPITALS, a link, a path or key file name, an e-mail address, a
 * version, a word with a suffix (`JWT-signed`), a placeholder, or a redaction already made.
 */
function mayBeCredential(v) {
    if (/^(?:\$\{|\$\(|%[A-Za-z_]\w*%$|%\(|\{\{|https?:\/\/)/.test(v) || (v.startsWith('$') && (0,heuristics/* isName */.Eo)(v.slice(1))))
        return false;
    if (/^(?:secrets|env|vars|inputs|process\.env|os\.environ|ENV|\$env)[.[:]/i.test(v))
        return false;
    if (/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+[.,;:)]?$/.test(v))
        return false;
    if (/^(?:~|\.{1,2})?\/[\w.-]+(?:\/[\w.-]*)+$/.test(v) || /^[\w.-]+\.(?:pem|key|crt|cer|p12|pfx|jks|json|ya?ml|env|txt|conf|cfg|ini|gpg|asc|kdbx)$/i.test(v))
        return false;
    if (/^[\w.+-]+@[\w-]+(?:\.[\w-]+)+[.,;:)]?$/.test(v))
        return false;
    if (/^v?\d+(?:\.\d+){1,3}(?:[-+][\w.]+)?[.,;:)]?$/.test(v))
        return false;
    if (/^[A-Za-z0-9]+-(?:signed|encoded|style|based|like|only|free|protected|encrypted|compatible|specific)[.,;:)]?$/i.test(v))
        return false;
    if (v.includes('[redacted') || v.includes('…'))
        return false;
    // Code and names (third cold test: each was redacted from a PR body): a whole call or index (`config.get(…)`,
    // `request.form['password']`, `Optional[str]`), a dotted name (`var.db_password`, `com.acme.app.Main`), a camelCase
    // name, a template (`#{…}`, `<%= … %>`), a YAML tag (`!vault`), a PEM marker, a date, an npm scope or team, a key
    // combination, a path to a file.
    if (/^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*\s*(?:\([^()]*\)|\[[^\]]*\])(?:[.[(]\S*)?[.,;:)]?$/.test(v))
        return false;
    if (isDottedName(v) || /^[a-z]+(?:[A-Z][a-z]+)+$/.test(v))
        return false;
    if (/^(?:#\{|<%|!!|-{3,}|\d{4}-\d{2}-\d{2}|@[a-z0-9][a-z0-9._-]*(?:\/[a-z0-9._-]+)?$)/.test(v) || YAML_TAG.test(v))
        return false;
    if (/^(?:ctrl|shift|alt|cmd|meta|option|opt)\+/i.test(v))
        return false;
    if (/^[\w.-]+(?:\/[\w.-]+)+\.[A-Za-z]{1,5}$/.test(v))
        return false;
    return !(0,heuristics/* isPlaceholder */.wK)(v);
}
function redactProseCredentials(text, { unlabeledTokens = false } = {}) {
    let redacted = 0;
    const drop = (value, why = 'prose-credential') => {
        redacted++;
        return `${(0,redact/* redactPreview */.g1)(value)}[redacted ${why}]`;
    };
    const steps = [keyBlocks, markupValues, headerValues, inlineLabels, valueFirst, labelLines, tableColumns, urlPasswords];
    if (unlabeledTokens)
        steps.push(bareTokens);
    let out = text;
    for (const step of steps)
        out = step(out, drop);
    return { text: out, redacted };
}
/** `label <separator> value`, and the values listed after it. */
function inlineLabels(text, drop) {
    let out = '';
    let from = 0;
    PROSE_CREDENTIAL.lastIndex = 0;
    for (let m = PROSE_CREDENTIAL.exec(text); m !== null; m = PROSE_CREDENTIAL.exec(text)) {
        const [, label, sep, doubleQuoted, singleQuoted, backQuoted, bare, openQuote, unclosed] = m;
        const quote = doubleQuoted !== undefined ? '"' : singleQuoted !== undefined ? "'" : backQuoted !== undefined ? '`' : (openQuote ?? '');
        const value = doubleQuoted ?? singleQuoted ?? backQuoted ?? bare ?? unclosed;
        // A separator is required (a label followed by a plain word is prose: "token expiry handling"), unless the
        // value reads like a password or a generated token: ``secret `S3c!r3t` ``, `my token agGMLNl0ybuRb…`.
        const separated = SEPARATED.test(sep.replace(/\([^()]*\)/g, ''));
        // A secret a rule already redacted may follow the value with no space (`pw: S3cr3t!,sk_l…[redacted …]`):
        // the part before its preview is the value. A comma or semicolon closing it separates a list, and the
        // emphasis that opened before it (`**X**`) closes after it.
        const marker = /^([\s\S]*?)((?:[^\s…]{0,4}…)?\[redacted[\s\S]*)$/.exec(value);
        let own = marker ? marker[1] : value;
        let rest = marker ? marker[2] : '';
        // A closing tag after the value (`<code>…</code>`) is not part of it.
        const tag = rest === '' ? own.indexOf('</') : -1;
        if (tag >= 6) {
            rest = own.slice(tag);
            own = own.slice(0, tag);
        }
        const emphasis = /(\*{1,2}|_{1,2})\s*$/.exec(sep)?.[1];
        const closing = rest === '' ? new RegExp(`(?:[,;]|${emphasis ? emphasis.replace(/\*/g, '\\*') : '(?!)'})+$`).exec(own) : null;
        if (closing && own.length - closing[0].length >= 6) {
            own = own.slice(0, closing.index);
            rest = closing[0];
        }
        const start = m.index + label.length + sep.length + quote.length;
        if (own === '' && rest !== '') {
            // The value is a secret a rule already redacted (its span ran on to the next space, taking a comma or a
            // closing quote): a password listed after it, with or without a separator, reads like one.
            const redaction = REDACTION_MARK.exec(text.slice(start));
            if (redaction !== null) {
                out += text.slice(from, start + redaction[0].length);
                from = listed(start + redaction[0].length);
                PROSE_CREDENTIAL.lastIndex = Math.max(PROSE_CREDENTIAL.lastIndex, from);
            }
            continue;
        }
        // Judged without the punctuation that may end a sentence (`was rotated yesterday.`).
        const core = own.replace(/[.,;:)]+$/, '');
        const judged = core.length >= 6 &&
            // A quoted value with spaces is a passphrase only with letters and digits (`"see the vault"` is prose).
            (!/\s/.test(core) || (/[A-Za-z]/.test(core) && /[0-9]/.test(core) && core.split(/\s+/).length <= 4)) &&
            (separated ? readsLikeValue(core) : readsLikePassword(core) || readsLikeToken(core) || readsLikeHexKey(core)) &&
            mayBeCredential(core) &&
            mayBeCredential(own);
        if (!judged) {
            // The scan goes on right after the label: `auth token: <value>` was read as `auth` and the value `token:`.
            PROSE_CREDENTIAL.lastIndex = m.index + label.length;
            // A user name, an e-mail or a word before a list (`creds: deploy / <pw>`, `qa@acme.io / <pw>`): the values after it.
            if (separated && own.length >= 2) {
                const kept = out.length;
                out += text.slice(from, start + own.length);
                const after = listed(start + own.length, true);
                if (after > start + own.length) {
                    from = after;
                    PROSE_CREDENTIAL.lastIndex = Math.max(PROSE_CREDENTIAL.lastIndex, from);
                }
                else
                    out = out.slice(0, kept);
            }
            continue;
        }
        out += `${text.slice(from, m.index)}${label}${sep}${quote}${drop(own)}`;
        // Where the text goes on: after the value (what followed it is copied as it is), or after its closing quote.
        let at = start + own.length;
        if (quote !== '' && rest === '' && text.startsWith(quote, at)) {
            out += quote;
            at += quote.length;
        }
        from = listed(at);
        PROSE_CREDENTIAL.lastIndex = Math.max(PROSE_CREDENTIAL.lastIndex, from);
    }
    return out + text.slice(from);
    /**
     * The values listed from `at` on, each dropped (appended to out) while it reads like a credential: with a
     * separator or a `name:`, letters and a digit or symbol; after a space alone, a password or a token. With
     * `explicit`, only a list with a separator counts (after a user name). Returns where the text goes on.
     */
    function listed(at, explicit = false) {
        for (;;) {
            LISTED_VALUE.lastIndex = at;
            const l = LISTED_VALUE.exec(text);
            if (l === null)
                return at;
            const [whole, lead, q, v] = l;
            const spaceOnly = /^\s+$/.test(lead);
            if (explicit && (spaceOnly || !/[/,;&|]|\bor\b|\band\b/i.test(lead)))
                return at;
            const credential = spaceOnly ? readsLikePassword(v) || readsLikeToken(v) || readsLikeHexKey(v) : /[A-Za-z]/.test(v) && /[0-9!@#$%^&*?~+=]/.test(v);
            if (!credential || !mayBeCredential(v))
                return at;
            out += `${lead}${q}${drop(v)}${q}`;
            at += whole.length;
            explicit = false;
        }
    }
}
/**
 * A private key block the rules did not read (markers written loosely: `----BEGIN … KEY----`, `----- BEGIN`; lines
 * joined by `<br/>` and a line break): from its BEGIN marker to its END marker, or to a blank line (or the end:
 * the match never fails, so no marker is scanned from twice). The lazy scans that can fail are bounded (an
 * element's text, a URL's password): a hostile PR body of many openings never closed costs each a bounded scan.
 */
const KEY_BLOCK = /(-{3,}\s*BEGIN [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?\s*-{3,})([\s\S]*?)(?=-{3,}\s*END [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?\s*-{3,}|\n[ \t]*\n|$)/g;
function keyBlocks(text, drop) {
    return text.replace(KEY_BLOCK, (whole, begin, body) => {
        const material = body.replace(/<br\s*\/?>|[\s>#*/;-]+/g, '');
        return /[A-Za-z0-9+/]{40,}/.test(material) && !material.includes('[redacted') ? `${begin}${drop(material, 'private-key')}` : whole;
    });
}
/**
 * Values markup names as credentials: an element named for one (`<password>…</password>`), an element whose
 * name or key attribute names one (`<entry key="api.secret">…</entry>`, `<property name="…password">…</property>`),
 * and the value or content attribute of an input or meta that does (`<input type="password" value="…">`).
 */
const MARKUP_ELEMENT = new RegExp(`<([\\w.:-]+)((?:\\s[^<>]*?)?)>((?:(?!</)[^\\n]){6,512}?)</\\1>`, 'g');
const MARKUP_ATTRIBUTE = new RegExp(`(<[\\w.:-]+\\s[^<>]*?\\b(?:name|type|key|id|property)\\s*=\\s*["'][^"'<>]*?${ANY_LABEL}[^"'<>]*["'][^<>]*?\\b(?:value|content)\\s*=\\s*)(["'])([^"'<>]{6,})\\2`, 'gi');
const NAMES_CREDENTIAL = new RegExp(`^(?:[\\w.:-]*?)${ANY_LABEL}(?:[\\w.:-]*)$|\\b(?:name|key|id|property)\\s*=\\s*["'][^"']*?${ANY_LABEL}[^"']*["']`, 'i');
function markupValues(text, drop) {
    const credential = (v) => v.trim().length >= 6 && /[A-Za-z0-9]/.test(v) && readsLikeValue(v.trim()) && mayBeCredential(v.trim());
    return text
        .replace(MARKUP_ELEMENT, (whole, tag, attributes, value) => (NAMES_CREDENTIAL.test(tag) || NAMES_CREDENTIAL.test(attributes)) && credential(value) ? `<${tag}${attributes}>${drop(value.trim())}</${tag}>` : whole)
        .replace(MARKUP_ATTRIBUTE, (whole, before, quote, value) => (credential(value) ? `${before}${quote}${drop(value)}${quote}` : whole));
}
/** HTTP headers that carry credentials: a bearer token anywhere, and each cookie of a Cookie or Set-Cookie header. */
const BEARER = /\b(Bearer\s+)([A-Za-z0-9._~+/=-]{20,})/g;
const COOKIE_HEADER = /^(.*?\b(?:Set-)?Cookie\s*:\s*)(.+)$/gim;
function headerValues(text, drop) {
    return text
        .replace(BEARER, (whole, lead, token) => (mayBeCredential(token) ? `${lead}${drop(token, 'bearer-token')}` : whole))
        .replace(COOKIE_HEADER, (_whole, lead, cookies) => `${lead}${cookies.replace(/(^|;\s*)([^=;\s]+=)([^;\s]{16,})/g, (w, sep, name, value) => /^(?:path|domain|expires|max-age|samesite)=$/i.test(name) || !/[0-9]/.test(value) || !mayBeCredential(value)
        ? w
        : `${sep}${name}${drop(value, 'cookie')}`)}`);
}
/** A value written before its label: `` `<pw>` is the new admin password ``. */
const VALUE_FIRST = new RegExp(`(?<![\\w])(["'\`]?)([^\\s"'\`]{6,200})\\1(\\s+(?:is|was|are)\\s+(?:the\\s+|our\\s+|my\\s+|your\\s+)?(?:[\\w-]+\\s+){0,3}?${LABEL})`, 'gi');
/** What VALUE_FIRST needs: a verb between spaces (a cheap test first: a list of file paths has none). */
const VALUE_FIRST_VERB = /\s(?:is|was|are)\s/i;
function valueFirst(text, drop) {
    if (!VALUE_FIRST_VERB.test(text))
        return text;
    return text.replace(VALUE_FIRST, (whole, quote, value, after) => (readsLikePassword(value) || readsLikeToken(value)) && mayBeCredential(value) ? `${quote}${drop(value)}${quote}${after}` : whole);
}
/** A line that is a label alone (a heading, bold, `Password for X is below:`): its value is on the lines after it. */
const LABEL_LINE = new RegExp(`^[ \\t>#*_-]*(?:<[^<>\\n]+>\\s*)*(?:[A-Za-z]+\\s+){0,3}${LABEL}(?:[ \\t]+[^\\n:：]{0,50}?)?[ \\t]*(?:<\\/[^<>\\n]+>\\s*)*(?:${MARKUP})*[ \\t]*[:：]?[ \\t]*(?:${MARKUP})*[ \\t]*(?:[|>][-+]?[ \\t]*)?$`, 'i');
// Its blanks (\s) kept within a line: crossing line breaks, one label line's tags and words ran on through every
// tag-only line after it, from each line's start (64 KB of `<a>` lines took 3 s).
const ANY_LABEL_LINE = new RegExp(LABEL_LINE.source.replaceAll('\\s', '[^\\S\\n]'), 'im');
/** The value lines after a label line: up to three short lines (blank lines and code fences passed over), each token judged. */
function labelLines(text, drop) {
    // One pass over the whole text first (a label line there is one here: `^`/`$` at each line's ends, and the
    // lookarounds see a newline where a line alone has its edge): most texts have none, and are not split.
    if (!ANY_LABEL_LINE.test(text))
        return text;
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        if (!LABEL_LINE.test(lines[i]))
            continue;
        let seen = 0;
        for (let j = i + 1; j < lines.length && seen < 3; j++) {
            const line = lines[j];
            if (/^\s*(?:```|~~~)?\s*[\w-]*\s*$/.test(line) && !/\w{6,}/.test(line))
                continue; // blank, or a fence
            seen++;
            const tokens = line.trim().split(/\s+|\s*\/\s*/);
            if (tokens.length > 3)
                break;
            lines[j] = line.replace(/[^\s/]{6,200}/g, t => {
                const v = t.replace(/^[`"']+|[`"']+$/g, '');
                return v.length >= 6 && (readsLikePassword(v) || readsLikeToken(v) || /[0-9]/.test(v)) && /[A-Za-z]/.test(v) && mayBeCredential(v)
                    ? t.replace(v, drop(v))
                    : t;
            });
        }
    }
    return lines.join('\n');
}
/** A Markdown table whose header names a credential column: that column's cells. */
function tableColumns(text, drop) {
    if (!text.includes('|'))
        return text;
    const lines = text.split('\n');
    const cells = (l) => l
        .trim()
        .replace(/^\||\|$/g, '')
        .split('|');
    const label = new RegExp(`^\\s*(?:${MARKUP})*\\s*${LABEL}\\s*(?:${MARKUP})*\\s*$`, 'i');
    const separatorRow = (k) => k < lines.length && /^\s*\|?\s*:?-{2,}/.test(lines[k]);
    for (let i = 0; i + 1 < lines.length; i++) {
        if (!/^\s*\|.*\|\s*$/.test(lines[i]) || !separatorRow(i + 1))
            continue;
        const columns = cells(lines[i])
            .map((c, k) => (label.test(c) ? k : -1))
            .filter(k => k >= 0);
        if (columns.length === 0)
            continue;
        // The table's rows: up to a line that is not one, or the header of the next table (a row a separator row follows).
        let j = i + 2;
        for (; j < lines.length && /^\s*\|/.test(lines[j]) && !separatorRow(j + 1); j++) {
            const row = cells(lines[j]);
            for (const k of columns) {
                const cell = row[k];
                if (cell === undefined)
                    continue;
                const v = cell.trim().replace(/^[`"']+|[`"']+$/g, '');
                if (v.length >= 6 && !/\s/.test(v) && readsLikeValue(v) && mayBeCredential(v))
                    row[k] = cell.replace(v, drop(v));
            }
            const lead = lines[j].match(/^\s*\|/)?.[0] ?? '|';
            lines[j] = `${lead}${row.join('|')}${/\|\s*$/.test(lines[j]) ? '|' : ''}`;
        }
        i = j - 1;
    }
    return lines.join('\n');
}
/**
 * A URL's password: the user (an e-mail too) and the password up to the last `@` before a host, so a password
 * holding `@`, `/` or `:` goes whole; and `user:password@host.domain` without a scheme (sftp, scp, rsync).
 */
const URL_PASSWORD = /\b([a-z][a-z0-9+.-]{1,20}:\/\/[^\s/?#@:]+(?:@[^\s/?#@:]+)*:)(\S{1,512}?)(?=@[A-Za-z0-9][A-Za-z0-9.-]*(?::\d{1,5})?(?:[/?#\s)\]>"'`,;]|$))/gi;
const BARE_USER_PASSWORD = /(?<![\w/:@.-])([\w.-]{1,64}:)([^\s@:/]{6,128})(?=@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}\b)/g;
/**
 * `admin:<password>`, `root / <password>`, `` `admin` and `<password>` ``, `qa@acme.io:<password>`: a well-known account or an
 * e-mail, then a password.
 */
const ACCOUNT_PASSWORD = /(?<![\w/:@.-])(`?(?:admin|administrator|root|user|test|deploy|deployer|postgres|mysql|ubuntu|ec2-user|sa|guest|service|svc[\w-]*|ci|bot|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)`?(?::|\s*\/\s*|\s+and\s+)`?)([^\s:@/`]{6,128})(?=`?(?:[\s,;.)]|$))/gi;
function urlPasswords(text, drop) {
    const judge = (whole, user, password) => password.length >= 4 && !/^\*+$/.test(password) && mayBeCredential(password) ? `${user}${drop(password, 'url-password')}` : whole;
    const account = (whole, user, password) => (readsLikePassword(password) || readsLikeToken(password) || (/[A-Za-z]/.test(password) && /[0-9]/.test(password))) && mayBeCredential(password)
        ? `${user}${drop(password)}`
        : whole;
    // Both URL forms need the `@` before their host.
    const withUrls = text.includes('@') ? text.replace(URL_PASSWORD, judge).replace(BARE_USER_PASSWORD, judge) : text;
    return withUrls.replace(ACCOUNT_PASSWORD, account);
}
/**
 * A random token with no label at all (an AWS secret access key pasted alone, an API key in a sentence): 32 or more
 * characters of a token's alphabet, of lower case, upper case and digits, as random as a generated key. Words, names,
 * commit SHAs (hex of one case) and versions do not read so; a token inside a link (a document's id) is left to the
 * link.
 */
const BARE_TOKEN = /(?<![A-Za-z0-9+/=_.~-])[A-Za-z0-9+/_-]{32,256}={0,2}(?![A-Za-z0-9+/=_~-]|\.[A-Za-z0-9])/g;
/** A path (`src/components/UserSettings2FAView`): a part of three or more lower-case letters, as a folder's name reads. */
const readsLikePath = (v) => v.includes('/') && v.split('/').some(part => /^[a-z_]{3,}$/.test(part));
function bareTokens(text, drop) {
    return text.replace(BARE_TOKEN, (token, at) => {
        if (!readsLikeToken(token) || readsLikePath(token) || (0,heuristics/* shannonEntropy */.ly)(token) < 4 || !mayBeCredential(token))
            return token;
        const wordStart = Math.max(text.lastIndexOf(' ', at), text.lastIndexOf('\n', at), text.lastIndexOf('\t', at), text.lastIndexOf('(', at));
        if (text.slice(wordStart + 1, at).includes('://'))
            return token;
        return drop(token, 'token');
    });
}

;// CONCATENATED MODULE: ./src/secrets/rules.generated.ts
const RULES_VERSION = "1.3189ec32c534";
const RULES_DIGEST = "3189ec32c534a3db95486f518dd8cfa78040f114faf74a4a8789629eb94dffd3";
const RULES = [
    {
        "id": "aws-access-key-id",
        "description": "AWS access key ID",
        "regex": "(?<![A-Z0-9])(?<!(?:[Cc]redential|CREDENTIAL)=)((?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z2-7]{16})(?![A-Z0-9])",
        "keywords": [
            "akia",
            "asia",
            "abia",
            "acca",
            "a3t"
        ],
        "entropy": 3,
        "allow": [
            "EXAMPLE"
        ],
        "severity": "high",
        "owns": [
            "AKIA [A-Z2-7]{16,16}"
        ],
        "tests": {
            "positives": [
                "aws_access_key_id = AKIA{b32:16}",
                "AWS_ACCESS_KEY_ID: \"ASIA{b32:16}\"",
                "aws configure set aws_access_key_id AKIA{b32:16} # credential=in a comment"
            ],
            "negatives": [
                "aws_access_key_id = AKIAIOSFODNN7EXAMPLE",
                "AKIA{b32:10}",
                "ASIAXXXXXXXXXXXXXXXX",
                "https://b.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA{b32:16}%2F20240101%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20240101T000000Z",
                "Authorization: AWS4-HMAC-SHA256 Credential=AKIA{b32:16}/20240101/us-east-1/s3/aws4_request, SignedHeaders=host;x-amz-date, Signature={hex:64}"
            ]
        }
    },
    {
        "id": "aws-secret-access-key",
        "description": "AWS secret access key",
        "regex": "(?i)(?:aws.{0,20}?(?:secret|sk)|secret_?access_?key).{0,20}?['\"=:\\s>]{1,5}([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])",
        "keywords": [
            "aws",
            "secretaccesskey",
            "secret_access_key"
        ],
        "entropy": 4,
        "allow": [
            "EXAMPLEKEY$",
            "EXAMPLE"
        ],
        "severity": "critical",
        "tests": {
            "positives": [
                "aws_secret_access_key = {b64:40}",
                "\"SecretAccessKey\": \"{b64:40}\"",
                "export AWS_SECRET_ACCESS_KEY={b64:40}"
            ],
            "negatives": [
                "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
                "aws_secret_access_key = {b64:30}",
                "aws_secret_access_key = ${AWS_SECRET_ACCESS_KEY}"
            ]
        }
    },
    {
        "id": "aws-secret-access-key-near-id",
        "description": "AWS secret access key next to an access key ID (same line, no secret-like name)",
        "regex": "(?<![A-Z0-9])(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}(?![A-Z0-9])[^\\n]{0,100}?(?<![A-Za-z0-9/+])((?=[A-Za-z0-9/+]{0,39}[0-9])(?=[A-Za-z0-9/+]{0,39}[a-z])(?=[A-Za-z0-9/+]{0,39}[A-Z])[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])|(?<![A-Za-z0-9/+])((?=[A-Za-z0-9/+]{0,39}[0-9])(?=[A-Za-z0-9/+]{0,39}[a-z])(?=[A-Za-z0-9/+]{0,39}[A-Z])[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])[^\\n]{0,100}?(?<![A-Z0-9])(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}(?![A-Z0-9])",
        "keywords": [
            "akia",
            "asia",
            "abia",
            "acca"
        ],
        "entropy": 4,
        "allow": [
            "EXAMPLE"
        ],
        "severity": "critical",
        "generic": true,
        "requires": [
            "AKIA",
            "ASIA",
            "ABIA",
            "ACCA"
        ],
        "tests": {
            "positives": [
                "creds := credentials.NewStaticCredentialsProvider(\"AKIA{b32:16}\", \"{alnum:18}/{alnum:9}+{alnum:11}\", \"\")",
                "s3 = boto3.client(\"s3\", \"ASIA{b32:16}\", \"{alnum:20}7{alnum:19}\")",
                "new AWS.Credentials('{alnum:30}/a{alnum:8}', 'AKIA{b32:16}')"
            ],
            "negatives": [
                "NewStaticCredentialsProvider(\"AKIAIOSFODNN7EXAMPLE\", \"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\", \"\")",
                "key AKIA{b32:16} commit {hex:40}",
                "NewStaticCredentialsProvider(\"AKIA{b32:16}\", os.Getenv(\"AWS_SECRET_ACCESS_KEY\"), \"\")",
                "AKIA{b32:16} {b64:30}",
                "AKIA{b32:16} {lower:40}",
                "id AKIA{b32:16} blob {b64:60}"
            ]
        }
    },
    {
        "id": "aws-session-token",
        "description": "AWS session token",
        "regex": "(?i)(?:aws.?session.?token|session_?token|security.?token)[\"']?\\s{0,5}[:=]\\s{0,5}[\"']?([A-Za-z0-9/+=]{100,})",
        "keywords": [
            "session_token",
            "sessiontoken",
            "security_token",
            "securitytoken",
            "aws_session",
            "session-token"
        ],
        "entropy": 4,
        "severity": "critical",
        "tests": {
            "positives": [
                "aws_session_token = {b64:180}",
                "\"SessionToken\": \"{b64:300}\""
            ],
            "negatives": [
                "aws_session_token = {b64:40}",
                "aws_session_token = ${AWS_SESSION_TOKEN}"
            ]
        }
    },
    {
        "id": "aws-session-token-marker",
        "description": "AWS session token (STS marker)",
        "regex": "((?:FwoGZXIvYXdz|IQoJb3JpZ2luX2Vj)[A-Za-z0-9/+=]{100,})",
        "keywords": [
            "fwogzxivyxdz",
            "iqojb3jpz2lux2vj"
        ],
        "entropy": 4,
        "severity": "critical",
        "tests": {
            "positives": [
                "token: IQoJb3JpZ2luX2Vj{b64:250}",
                "FwoGZXIvYXdz{b64:200}"
            ],
            "negatives": [
                "IQoJb3JpZ2luX2Vj{b64:20}"
            ]
        }
    },
    {
        "id": "aws-presigned-url",
        "description": "AWS Signature Version 4 presigned URL (temporary access to one request)",
        "regex": "(?i)X-Amz-Credential=(?!AKIAIOSFODNN7EXAMPLE)(?:AKIA|ASIA)[A-Z2-7]{16}(?:%2F|/)[^\\s\"'<>]{0,600}?[?&]X-Amz-Signature=([a-f0-9]{64})(?![a-f0-9])",
        "keywords": [
            "x-amz-credential"
        ],
        "entropy": 3,
        "severity": "low",
        "tests": {
            "positives": [
                "curl \"https://acme-uploads.s3.us-east-1.amazonaws.com/r/report.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA{b32:16}%2F20240101%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20240101T120000Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature={hex:64}\"",
                "url: https://b.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=ASIA{b32:16}/20240101/eu-west-1/s3/aws4_request&X-Amz-Date=20240101T000000Z&X-Amz-Expires=900&X-Amz-Security-Token=IQoJb3JpZ2luX2Vj{b64:40}&X-Amz-SignedHeaders=host&X-Amz-Signature={hex:64}"
            ],
            "negatives": [
                "https://b.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA{b32:16}%2F20240101%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20240101T000000Z",
                "X-Amz-Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request&X-Amz-Signature=<signature>",
                "&X-Amz-Signature={hex:64}",
                "https://examplebucket.s3.amazonaws.com/test.txt?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20130524T000000Z&X-Amz-Expires=86400&X-Amz-SignedHeaders=host&X-Amz-Signature={hex:64}"
            ]
        }
    },
    {
        "id": "aws-mws-auth-token",
        "description": "Amazon MWS auth token",
        "regex": "amzn\\.mws\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
        "keywords": [
            "amzn.mws."
        ],
        "severity": "high",
        "tests": {
            "positives": [
                "mws_token = amzn.mws.{uuid}"
            ],
            "negatives": [
                "amzn.mws.{hex:8}"
            ]
        }
    },
    {
        "id": "gcp-service-account-key",
        "description": "GCP service-account key file (private key)",
        "regex": "\\\\*\"type\\\\*\"\\s*:\\s*\\\\*\"service_account\\\\*\"[\\s\\S]{0,4000}?\\\\*\"private_key\\\\*\"\\s*:\\s*\\\\*\"(-----BEGIN[A-Z ]{0,20}PRIVATE KEY-----(?:\\\\+[rn]|\\s)*[A-Za-z0-9+/]{40,})",
        "keywords": [
            "service_account"
        ],
        "entropy": 4,
        "severity": "critical",
        "multiline": true,
        "report-at": "secret",
        "tests": {
            "positives": [
                "{\n  \"type\": \"service_account\",\n  \"project_id\": \"demo-{lower:6}\",\n  \"private_key_id\": \"{hex:40}\",\n  \"private_key\": \"-----BEGIN PRIVATE KEY-----\\n{b64:64}\\n{b64:64}\\n-----END PRIVATE KEY-----\\n\",\n  \"client_email\": \"x@demo.iam.gserviceaccount.com\"\n}",
                "credentials = \"{\\\"type\\\": \\\"service_account\\\", \\\"project_id\\\": \\\"demo-{lower:6}\\\", \\\"private_key\\\": \\\"-----BEGIN RSA PRIVATE KEY-----\\\\nMIIE{b64:60}\\\\n{b64:64}\\\\n-----END RSA PRIVATE KEY-----\\\\n\\\", \\\"client_email\\\": \\\"x@demo.iam.gserviceaccount.com\\\"}\""
            ],
            "negatives": [
                "{\"type\": \"service_account\", \"private_key\": \"\"}",
                "{\"type\": \"service_account\", \"private_key\": \"-----BEGIN PRIVATE KEY-----\\n...\\n\"}",
                "credentials = \"{\\\"type\\\": \\\"service_account\\\", \\\"private_key\\\": \\\"-----BEGIN PRIVATE KEY-----\\\\n<key>\\\\n-----END PRIVATE KEY-----\\\\n\\\"}\""
            ]
        }
    },
    {
        "id": "gcp-service-account-key-base64",
        "description": "Base64-encoded GCP service-account key file (Kubernetes Secret data, CI variable)",
        "regex": "(?<![A-Za-z0-9+/])(e[w-z][A-Za-z0-9+/]{40,}={0,2}(?:(?:\\r?\\n[ \\t]*|(?:\\\\r)?\\\\n)(?:[A-Za-z0-9+/]{4,}={0,2}|[A-Za-z0-9+/]{2,3}={1,2})(?=[ \\t]*(?:\\r?\\n|$)|\\\\[rn]|[\"']))*)(?![A-Za-z0-9+/=])",
        "keywords": [
            "c2vydmljzv9hy2nvdw50",
            "nlcnzpy2vfywnjb3vudc",
            "zxj2awnlx2fjy291bnq"
        ],
        "entropy": 4,
        "severity": "critical",
        "multiline": true,
        "decoded": "^\\{(?=[\\s\\S]*?\"type\"\\s*:\\s*\"service_account\")[\\s\\S]*?\"private_key\"\\s*:\\s*\"-----BEGIN[A-Z ]{0,20}PRIVATE KEY-----(?:\\\\r)?\\\\n[A-Za-z0-9+/]{40}",
        "encodes": [
            "gcp-service-account-key"
        ],
        "tests": {
            "positives": [
                "apiVersion: v1\nkind: Secret\ntype: Opaque\ndata:\n  key.json: {b64sa:6}",
                "GCP_SA_KEY_B64={b64sa:8}",
                "gcp_credentials: |\n  {b64sa:8:76}",
                "{\"credentials\": \"{b64sa:5}\"}"
            ],
            "negatives": [
                "  key.json: ewogICJ0eXBlIjogInNlcnZpY2VfYWNjb3VudCIsCiAgInByb2plY3RfaWQiOiAiZGVtbyIsCiAgImNsaWVudF9lbWFpbCI6ICJ4QGRlbW8uaWFtLmdzZXJ2aWNlYWNjb3VudC5jb20iCn0=",
                "  key.json: ewogICJ0eXBlIjogInNlcnZpY2VfYWNjb3VudCIsCiAgInByaXZhdGVfa2V5IjogIi0tLS0tQkVHSU4gUFJJVkFURSBLRVktLS0tLVxuLi4uXG4tLS0tLUVORCBQUklWQVRFIEtFWS0tLS0tXG4iCn0=",
                "  creds: eyJ0eXBlIjogImV4dGVybmFsX2FjY291bnQiLCAiYXVkaWVuY2UiOiAiLy9pYW0uZ29vZ2xlYXBpcy5jb20vcHJvamVjdHMvMS9sb2NhdGlvbnMvZ2xvYmFsIn0="
            ]
        }
    },
    {
        "id": "gcp-api-key",
        "description": "Google API key (GCP / Google AI Studio / Gemini)",
        "regex": "(?<![A-Za-z0-9_-])(AIza[0-9A-Za-z_-]{35})(?![A-Za-z0-9_-])",
        "keywords": [
            "aiza"
        ],
        "entropy": 3.5,
        "severity": "high",
        "owns": [
            "AIza [A-Za-z0-9_-]{35,35}"
        ],
        "tests": {
            "positives": [
                "GOOGLE_API_KEY=AIza{b64url:35}",
                "const key = \"AIza{b64url:35}\";"
            ],
            "negatives": [
                "AIza{b64url:20}",
                "AIza{same:35}"
            ]
        }
    },
    {
        "id": "gcp-oauth-client-secret",
        "description": "Google OAuth client secret",
        "regex": "(?<![A-Za-z0-9])(GOCSPX-[A-Za-z0-9_-]{28})(?![A-Za-z0-9_-])",
        "keywords": [
            "gocspx-"
        ],
        "entropy": 3.5,
        "owns": [
            "GOCSPX- [A-Za-z0-9_-]{28,28}"
        ],
        "tests": {
            "positives": [
                "client_secret: GOCSPX-{b64url:28}"
            ],
            "negatives": [
                "GOCSPX-{b64url:10}"
            ]
        }
    },
    {
        "id": "google-oauth-access-token",
        "description": "Google OAuth access token",
        "regex": "(?<![A-Za-z0-9])(ya29\\.[0-9A-Za-z_-]{40,})",
        "keywords": [
            "ya29."
        ],
        "entropy": 4,
        "tests": {
            "positives": [
                "Authorization: Bearer ya29.{b64url:120}"
            ],
            "negatives": [
                "ya29.{b64url:12}"
            ]
        }
    },
    {
        "id": "google-oauth-refresh-token",
        "description": "Google OAuth refresh token",
        "regex": "(?<![A-Za-z0-9/])(1//0[0-9A-Za-z_-]{40,})",
        "keywords": [
            "1//0"
        ],
        "entropy": 4,
        "tests": {
            "positives": [
                "\"refresh_token\": \"1//0{b64url:100}\""
            ],
            "negatives": [
                "1//0{digits:4}"
            ]
        }
    },
    {
        "id": "firebase-cloud-messaging-key",
        "description": "Firebase Cloud Messaging server key",
        "regex": "(AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{134})",
        "keywords": [
            "apa91b"
        ],
        "entropy": 4,
        "tests": {
            "positives": [
                "fcm_key = \"AAAA{b64url:7}:APA91b{b64url:134}\""
            ],
            "negatives": [
                "AAAA{b64url:7}:APA91b{b64url:20}"
            ]
        }
    },
    {
        "id": "azure-storage-account-key",
        "description": "Azure storage or Cosmos DB account key (AccountKey= in a connection string)",
        "regex": "(?i)(?<!AccountName=devstoreaccount1;)AccountKey\\s*=\\s*([A-Za-z0-9+/]{86}==)",
        "keywords": [
            "accountkey"
        ],
        "entropy": 4,
        "severity": "critical",
        "tests": {
            "positives": [
                "DefaultEndpointsProtocol=https;AccountName=acct{lower:4};AccountKey={b64:86}==;EndpointSuffix=core.windows.net"
            ],
            "negatives": [
                "AccountKey={b64:40}==",
                "AccountKey=<account-key>",
                "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={b64:86}==;"
            ]
        }
    },
    {
        "id": "azure-identifiable-key",
        "description": "Azure identifiable key (Storage, API Management, Batch, Functions, AI Search, Cache for Redis, Event Grid, Relay, Service Bus, Event Hubs, AI services)",
        "regex": "(?<![A-Za-z0-9+/_-])([A-Za-z0-9+/]{76}(?:\\+ASt|APIM|\\+ABa)[A-Za-z0-9+/]{5}[AQgw]==|[A-Za-z0-9_-]{44}AzFu[A-Za-z0-9_-]{5}[AQgw]==|[A-Za-z0-9]{42}AzSe[A-D][A-Za-z0-9]{5}|[A-Za-z0-9+/]{33}(?:AzCa|AZEG)[A-P][A-Za-z0-9+/]{5}=|[A-Za-z0-9+/]{33}\\+(?:ARm|ASb|AEh)[A-P][A-Za-z0-9+/]{5}=|[A-Za-z0-9]{52}JQQJ9[9DH][A-Za-z0-9][A-L][A-Za-z0-9]{16}[A-Za-z][A-Za-z0-9]{7})(?![A-Za-z0-9+/=_-])",
        "keywords": [
            "+ast",
            "apim",
            "+aba",
            "azfu",
            "azse",
            "azca",
            "azeg",
            "+arm",
            "+asb",
            "+aeh",
            "jqqj9"
        ],
        "entropy": 4,
        "severity": "critical",
        "no-placeholder-check": true,
        "tests": {
            "positives": [
                "az storage blob list --account-name acme --account-key \"{alnum:76}+ASt{alnum:5}A==\"",
                "Ocp-Apim-Subscription-Key: {alnum:76}APIM{alnum:5}Q==",
                "SharedKeyCredentials(\"acme\", \"{alnum:76}+ABa{alnum:5}g==\")",
                "fetch(\"https://acme.azurewebsites.net/api/run?code={b64url:44}AzFu{alnum:5}w==\")",
                "SearchClient(endpoint, \"idx\", AzureKeyCredential(\"{alnum:42}AzSeB{alnum:5}\"))",
                "\"acme.redis.cache.windows.net:6380,password={alnum:33}AzCaF{alnum:5}=,ssl=True\"",
                "client = EventGridPublisherClient(url, AzureKeyCredential(\"{alnum:33}AZEGK{alnum:5}=\"))",
                "const key = \"{alnum:33}+ARmC{alnum:5}=\"",
                "SharedAccessKeyName=send;SharedAccessKey={alnum:33}+ASbA{alnum:5}=",
                "speech = SpeechConfig(subscription=\"{alnum:52}JQQJ99{alnum:1}C{alnum:16}x{alnum:7}\")",
                "| Azdo | `{alnum:52}JQQJ99IEACAAAAAAAAAAAAASAZDO{alnum:4}` | platform |"
            ],
            "negatives": [
                "key = \"{alnum:76}+XYz{alnum:5}A==\"",
                "AzureKeyCredential(\"{alnum:40}AzSeB{alnum:5}\")",
                "const key = \"{alnum:33}+ARmZ{alnum:5}=\"",
                "checksum {b64:88}",
                "APIM gateway: apim-acme-prod.azure-api.net"
            ]
        }
    },
    {
        "id": "azure-storage-key-assignment",
        "description": "Azure storage key assigned to a key variable",
        "regex": "(?i)(?<!devstoreaccount1;)(?:storage|account)[_.-]?(?:access[_.-]?)?key\\\\?[\"']?\\s{0,5}[:= ]\\s{0,5}\\\\?[\"']?([A-Za-z0-9+/]{86}==)(?![A-Za-z0-9+/=])",
        "keywords": [
            "storage",
            "account"
        ],
        "entropy": 4,
        "severity": "critical",
        "tests": {
            "positives": [
                "AZURE_STORAGE_KEY=\"{b64:86}==\"",
                "az storage blob upload --account-name st1 --account-key \"{b64:86}==\" -f a.zip",
                "storage:\n  accountKey: {b64:86}=="
            ],
            "negatives": [
                "AZURE_STORAGE_KEY=\"{b64:20}==\""
            ]
        }
    },
    {
        "id": "azure-cosmos-key",
        "description": "Azure Cosmos DB account key (primary / secondary key, 64 bytes base64)",
        "regex": "(?i)(?:(?:cosmos[\\w.:-]{0,40}?(?:key|secret)|(?:primary|secondary)(?:[_.-]?readonly)?(?:[_.-]?master)?[_.-]?key|auth[_.-]?key)s?\\\\?[\"']?\\]?\\s{0,5}(?::=|=>|[:=])\\s{0,5}\\\\?[\"']?|CosmosClient\\(\\s{0,5}[^,()\\n]{1,200},\\s{0,5}(?:credential\\s{0,3}=\\s{0,3})?\\\\?[\"'])((?!C2y6yDjf5/R\\+ob0N8A7Cgv30VRDJIWEHLM\\+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==)[A-Za-z0-9+/]{86}==)(?![A-Za-z0-9+/=])",
        "keywords": [
            "cosmos",
            "primarykey",
            "primary_key",
            "primary-key",
            "secondarykey",
            "secondary_key",
            "secondary-key",
            "primarymasterkey",
            "primaryreadonlymasterkey",
            "secondarymasterkey",
            "secondaryreadonlymasterkey",
            "authkey",
            "auth_key",
            "auth-key"
        ],
        "entropy": 4,
        "severity": "critical",
        "tests": {
            "positives": [
                "COSMOS_KEY={b64:86}==",
                "{\n  \"CosmosDb\": {\n    \"PrimaryKey\": \"{b64:86}==\"\n  }\n}",
                "var client = new CosmosClient(\"https://acme.documents.azure.com:443/\", \"{b64:86}==\");",
                "client = CosmosClient(URL, credential=\"{b64:86}==\")",
                "  \"primaryMasterKey\": \"{b64:86}==\",",
                "AZURE_COSMOS_PRIMARY_KEY: \"{b64:86}==\""
            ],
            "negatives": [
                "COSMOS_KEY={b64:40}==",
                "COSMOS_KEY=${COSMOS_KEY}",
                "new CosmosClient(endpoint, key)",
                "COSMOS_KEY=C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw=="
            ]
        }
    },
    {
        "id": "azure-key-yaml",
        "description": "Azure account key (64 bytes base64) under a key setting in YAML (Spring's spring.cloud.azure.cosmos.key, Helm values)",
        "regex": "(?i)^[ \\t]*(?:-[ \\t]+)?[\"']?(?:(?:azure|cosmos|cosmosdb|storage|account|access|primary|secondary|master|shared|auth)[_.-]?)*key[\"']?[ \\t]*:[ \\t]*[\"']?((?!C2y6yDjf5/R\\+ob0N8A7Cgv30VRDJIWEHLM\\+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==)[A-Za-z0-9+/]{86}==)[\"']?[ \\t]*(?:#.*)?$",
        "keywords": [
            "key:",
            "key\":",
            "key':"
        ],
        "entropy": 4,
        "severity": "high",
        "paths": "\\.ya?ml$",
        "tests": {
            "path": "src/main/resources/application.yml",
            "positives": [
                "spring:\n  cloud:\n    azure:\n      cosmos:\n        endpoint: https://acme.documents.azure.com:443/\n        key: {b64:86}==",
                "  - key: \"{b64:86}==\"",
                "    key: {b64:86}==  # rotate yearly",
                "  sharedKey: \"{b64:86}==\""
            ],
            "negatives": [
                "        key: ${AZURE_COSMOS_KEY}",
                "  key: C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==",
                "  key: {b64:40}==",
                "  publicKey: {b64:86}= more",
                "  public_key: {b64:86}==",
                "  cache_key: {b64:86}==",
                "  signature-key: {b64:86}==",
                "  node.public.key: {b64:86}=="
            ]
        }
    },
    {
        "id": "azure-signalr-access-key",
        "description": "Azure SignalR Service or Web PubSub connection string access key",
        "regex": "(?i)(?<![a-z])AccessKey=([A-Za-z0-9+/]{43}=)(?![A-Za-z0-9+/=])",
        "keywords": [
            "accesskey="
        ],
        "entropy": 4,
        "severity": "high",
        "requires": [
            "signalr.net",
            "webpubsub.azure.com",
            "SIGNALR",
            "SignalR",
            "signalr",
            "WebPubSub",
            "WEBPUBSUB",
            "webpubsub"
        ],
        "tests": {
            "positives": [
                "  \"Azure\": { \"SignalR\": { \"ConnectionString\": \"Endpoint=https://{lower:8}.service.signalr.net;AccessKey={b64:43}=;Version=1.0;\" } }",
                "Azure__WebPubSub__ConnectionString=Endpoint=https://{lower:6}.webpubsub.azure.com;AccessKey={b64:43}=;Version=1.0;"
            ],
            "negatives": [
                "Endpoint=https://{lower:8}.service.signalr.net;AuthType=azure.msi;Version=1.0;",
                "Endpoint=sb://{lower:6}.servicebus.windows.net/;SharedAccessKeyName=Root;SharedAccessKey={b64:43}=",
                "Endpoint=https://{lower:8}.service.signalr.net;AccessKey=<access-key>;Version=1.0;"
            ]
        }
    },
    {
        "id": "azure-function-key",
        "description": "Azure Functions access key (function, host or master key) in a function URL or the x-functions-key header",
        "regex": "(?i)(?:\\.azurewebsites\\.net/api/[^\\s?#\"'`]*\\?(?:[^\\s#\"'`]*&)?code=|x-functions-key[\"']?\\s{0,3}[:=,]\\s{0,3}[\"']?)([A-Za-z0-9_+/-]{52,56}(?:==|%3D%3D))",
        "keywords": [
            "azurewebsites.net/api",
            "x-functions-key"
        ],
        "entropy": 4,
        "severity": "high",
        "tests": {
            "positives": [
                "{ \"Values\": { \"INGEST_URL\": \"https://{lower:10}.azurewebsites.net/api/ingest?code={b64url:54}==\" } }",
                "curl -H \"x-functions-key: {b64url:54}==\" https://{lower:8}.azurewebsites.net/api/ingest",
                "https://{lower:6}.azurewebsites.net/api/HttpTrigger1?clientId=default&code={b64url:54}%3D%3D"
            ],
            "negatives": [
                "https://{lower:10}.azurewebsites.net/api/ingest?code=<your-function-key>",
                "curl -H \"x-functions-key: $FUNCTION_KEY\" https://{lower:8}.azurewebsites.net/api/ingest",
                "https://{lower:10}.azurewebsites.net/api/ingest?code={same:54}=="
            ]
        }
    },
    {
        "id": "oci-config-pass-phrase",
        "description": "Passphrase of the API signing key in an Oracle Cloud (OCI) CLI/SDK config file",
        "regex": "(?i)^[ \\t]*pass_phrase[ \\t]*=[ \\t]*(\\S[^\\r\\n]{3,127})$",
        "keywords": [
            "pass_phrase"
        ],
        "entropy": 2.5,
        "allow": [
            "^\\[[^\\]]*\\]$"
        ],
        "severity": "high",
        "paths": "(?:^|/)(?:\\.oci/[^/]+|(?:[^/]*[._-])?config(?:[._-][^/]*)?|oci[^/]*\\.(?:ini|conf|cfg))$",
        "tests": {
            "path": ".oci/config",
            "positives": [
                "[DEFAULT]\nuser=ocid1.user.oc1..aaaaaaaa{lower:30}\nkey_file=~/.oci/oci_api_key.pem\npass_phrase={alnum:12}7\nregion=eu-frankfurt-1",
                "pass_phrase = {lower:6} {lower:7} {lower:5}"
            ],
            "negatives": [
                "pass_phrase=<passphrase>",
                "pass_phrase = ${OCI_KEY_PASSPHRASE}",
                "pass_phrase=changeme",
                "pass_phrase=[passphrase]"
            ]
        }
    },
    {
        "id": "azure-sas-token",
        "description": "Azure shared access signature (SAS) token",
        "regex": "(?i)(?:sv=\\d{4}-\\d{2}-\\d{2}|[?&](?:spr=https?|s[et]=\\d{4}-\\d{2}-\\d{2}|srt=[sco]{1,3}|sp=[a-z]{1,20}&))[^\\s\"'<>]{0,300}?[?&]sig=([A-Za-z0-9%+/]{40,100}(?:%3D|=)?)",
        "keywords": [
            "sig="
        ],
        "entropy": 4,
        "severity": "high",
        "tests": {
            "positives": [
                "https://acct.blob.core.windows.net/c?sv=2022-11-02&ss=b&srt=sco&sp=rl&se=2030-01-01T00:00:00Z&spr=https&sig={alnum:43}%3D",
                "    \"&st=2024-01-01T00:00:00Z&spr=https&sig={alnum:43}%3D\""
            ],
            "negatives": [
                "?sv=2022-11-02&sig=<signature>",
                "    \"&st=2024-01-01T00:00:00Z&spr=https&sig=<signature>\"",
                "https://prod-1.westus.logic.azure.com/workflows/x/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig={alnum:43}"
            ]
        }
    },
    {
        "id": "azure-shared-access-key",
        "description": "Azure Service Bus / Event Hubs SharedAccessKey",
        "regex": "(?i)SharedAccessKey\\s*=\\s*([A-Za-z0-9+/]{43}=)",
        "keywords": [
            "sharedaccesskey"
        ],
        "entropy": 4,
        "tests": {
            "positives": [
                "Endpoint=sb://ns{lower:4}.servicebus.windows.net/;SharedAccessKeyName=Root;SharedAccessKey={b64:43}="
            ],
            "negatives": [
                "SharedAccessKey=<key>",
                "SharedAccessKeyName=RootManageSharedAccessKey"
            ]
        }
    },
    {
        "id": "azure-ad-client-secret",
        "description": "Azure AD (Entra ID) client secret",
        "regex": "(?<![A-Za-z0-9_~.-])([A-Za-z0-9_~.]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~.-])",
        "keywords": [
            "q~"
        ],
        "entropy": 3.5,
        "severity": "critical",
        "tests": {
            "positives": [
                "AZURE_CLIENT_SECRET={alnum:3}8Q~{alnum:34}"
            ],
            "negatives": [
                "{alnum:3}8Q~{alnum:10}"
            ]
        }
    },
    {
        "id": "azure-devops-pat",
        "description": "Azure DevOps personal access token",
        "regex": "(?<![A-Za-z0-9])([A-Za-z0-9]{76}AZDO[A-Za-z0-9]{4})(?![A-Za-z0-9])",
        "keywords": [
            "azdo"
        ],
        "entropy": 4,
        "requires": [
            "AZDO"
        ],
        "tests": {
            "positives": [
                "ADO_PAT={alnum:76}AZDO{alnum:4}"
            ],
            "negatives": [
                "{alnum:20}AZDO{alnum:4}"
            ]
        }
    },
    {
        "id": "azure-devops-pat-legacy",
        "description": "Azure DevOps personal access token (legacy 52-char)",
        "regex": "(?i)(?:azdo|ado|azure|devops|vsts)[\\w.-]{0,20}?(?:pat|token)[\\w.-]{0,10}?[\"']?\\s{0,5}[:=]\\s{0,5}[\"']?([a-z2-7]{52})(?![A-Za-z0-9])",
        "keywords": [
            "azdo",
            "ado",
            "azure",
            "devops",
            "vsts"
        ],
        "entropy": 3.5,
        "tests": {
            "positives": [
                "AZURE_DEVOPS_PAT={b32l:52}",
                "  AZDO_PAT: {b32l:52}"
            ],
            "negatives": [
                "AZURE_DEVOPS_PAT={b32l:20}"
            ]
        }
    },
    {
        "id": "azure-openai-key",
        "description": "Azure OpenAI / Cognitive Services key",
        "regex": "(?i)azure[\\w.-]{0,20}?(?:openai|cognitive|speech|ai)[\\w.-]{0,20}?key[\"']?\\s{0,5}[:=]\\s{0,5}[\"']?([a-f0-9]{32})(?![A-Za-z0-9])",
        "keywords": [
            "azure"
        ],
        "entropy": 3,
        "tests": {
            "positives": [
                "AZURE_OPENAI_API_KEY={hex:32}"
            ],
            "negatives": [
                "AZURE_OPENAI_API_KEY={hex:16}"
            ]
        }
    },
    {
        "id": "digitalocean-pat",
        "description": "DigitalOcean personal access token",
        "regex": "(dop_v1_[a-f0-9]{64})(?![a-f0-9])",
        "keywords": [
            "dop_v1_"
        ],
        "entropy": 3,
        "severity": "critical",
        "owns": [
            "dop_v1_ [a-f0-9]{64,64}"
        ],
        "tests": {
            "positives": [
                "DIGITALOCEAN_TOKEN=dop_v1_{hex:64}"
            ],
            "negatives": [
                "dop_v1_{hex:20}"
            ]
        }
    },
    {
        "id": "digitalocean-spaces-access-key",
        "description": "DigitalOcean Spaces access key ID (DO00 and 16 capitals or digits)",
        "regex": "(?<![A-Za-z0-9])(DO00[A-Z0-9]{16})(?![A-Za-z0-9])",
        "keywords": [
            "do00"
        ],
        "entropy": 3,
        "severity": "high",
        "tests": {
            "positives": [
                "SPACES_KEY=DO00{upper:4}{digits:2}{upper:5}{digits:3}{upper:2}",
                "aws_access_key_id = DO00{upper:3}{digits:4}{upper:6}{digits:3}"
            ],
            "negatives": [
                "DO00{upper:10}",
                "DO00ABCDEFGHIJK12345",
                "DO00{same:16}"
            ]
        }
    },
    {
        "id": "digitalocean-oauth-token",
        "description": "DigitalOcean OAuth access token",
        "regex": "(doo_v1_[a-f0-9]{64})(?![a-f0-9])",
        "keywords": [
            "doo_v1_"
        ],
        "entropy": 3,
        "owns": [
            "doo_v1_ [a-f0-9]{64,64}"
        ],
        "tests": {
            "positives": [
                "token: doo_v1_{hex:64}"
            ],
            "negatives": [
                "doo_v1_{same:64}"
            ]
        }
    },
    {
        "id": "digitalocean-refresh-token",
        "description": "DigitalOcean OAuth refresh token",
        "regex": "(dor_v1_[a-f0-9]{64})(?![a-f0-9])",
        "keywords": [
            "dor_v1_"
        ],
        "entropy": 3,
        "owns": [
            "dor_v1_ [a-f0-9]{64,64}"
        ],
        "tests": {
            "positives": [
                "refresh: dor_v1_{hex:64}"
            ],
            "negatives": [
                "dor_v1_{hex:10}"
            ]
        }
    },
    {
        "id": "alibaba-access-key-id",
        "description": "Alibaba Cloud AccessKey ID",
        "regex": "(?<![A-Za-z0-9])(LTAI[A-Za-z0-9]{20})(?![A-Za-z0-9])",
        "keywords": [
            "ltai"
        ],
        "entropy": 3,
        "tests": {
            "positives": [
                "ALIBABA_CLOUD_ACCESS_KEY_ID=LTAI{alnum:20}"
            ],
            "negatives": [
                "LTAI{alnum:8}"
            ]
        }
    },
    {
        "id": "alibaba-access-key-secret",
        "description": "Alibaba Cloud AccessKey secret",
        "regex": "(?i)(?:alibaba|aliyun|alicloud)[\\w.-]{0,30}?(?:secret|key)[\\w.-]{0,10}?[\"']?\\s{0,5}[:=]\\s{0,5}[\"']?([A-Za-z0-9]{30})(?![A-Za-z0-9])",
        "keywords": [
            "alibaba",
            "aliyun",
            "alicloud"
        ],
        "entropy": 3.5,
        "severity": "critical",
        "tests": {
            "positives": [
                "ALIBABA_CLOUD_ACCESS_KEY_SECRET={alnum:30}"
            ],
            "negatives": [
                "ALIBABA_CLOUD_ACCESS_KEY_SECRET=${SECRET}"
            ]
        }
    },
    {
        "id": "ibm-cloud-api-key",
        "description": "IBM Cloud API key",
        "regex": "(?i)ibm[\\w.-]{0,20}?(?:api[_.-]?key|apikey)[\"']?\\s{0,5}[:=]\\s{0,5}[\"']?([A-Za-z0-9_-]{44})(?![A-Za-z0-9_-])",
        "keywords": [
            "ibm"
        ],
        "entropy": 3.5,
        "tests": {
            "positives": [
                "IBM_CLOUD_API_KEY={b64url:44}"
            ],
            "negatives": [
                "IBM_CLOUD_API_KEY={b64url:12}"
            ]
        }
    },
    {
        "id": "cloudflare-api-token",
        "description": "Cloudflare API token or global API key",
        "regex": "(?i)cloudflare[\\w.-]{0,20}?(?:token|key|secret)[\\w.-]{0,10}?[\"']?\\s{0,5}[:=]\\s{0,5}[\"']?([A-Za-z0-9_-]{40}|[a-f0-9]{37})(?![A-Za-z0-9_-])",
        "keywords": [
            "cloudflare"
        ],
        "entropy": 3.5,
        "tests": {
            "positives": [
                "CLOUDFLARE_API_TOKEN={b64url:40}",
                "cloudflare_api_key = \"{hex:37}\""
            ],
            "negatives": [
                "CLOUDFLARE_API_TOKEN={b64url:10}"
            ]
        }
    },
    {
        "id": "cloudflare-origin-ca-key",
        "description": "Cloudflare Origin CA key",
        "regex": "(v1\\.0-[a-f0-9]{24}-[a-f0-9]{146})(?![a-f0-9])",
        "keywords": [
            "v1.0-"
        ],
        "entropy": 3,
        "tests": {
            "positives": [
                "origin_ca_key = v1.0-{hex:24}-{hex:146}"
            ],
            "negatives": [
                "v1.0-{hex:24}-{hex:20}"
            ]
        }
    },
    {
        "id": "linode-token",
        "description": "Linode (Akamai) API token",
        "regex": "(?i)linode[\\w.-]{0,20}?(?:token|key|secret|pat)[\\w.-]{0,10}?[\"']?\\s{0,5}[:=]\\s{0,5}[\"']?([a-f0-9]{64})(?![A-Za-z0-9])",
        "keywords": [
            "linode"
        ],
        "entropy": 3,
        "tests": {
            "positives": [
                "LINODE_TOKEN={hex:64}"
            ],
            "negatives": [
                "LINODE_TOKEN={hex:12}"
            ]
        }
    },
    {
        "id": "scaleway-secret-key",
        "description": "Scaleway secret key",
        "regex": "(?i)(?:scw|scaleway)[\\w.-]{0,20}?secret[\\w.-]{0,10}?[\"']?\\s{0,5}[:=]\\s{0,5}[\"']?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})",
        "keywords": [
            "scw",
            "scaleway"
        ],
        "entropy": 3,
        "tests": {
            "positives": [
                "SCW_SECRET_KEY={uuid}"
            ],
            "negatives": [
                "SCW_SECRET_KEY=00000000-0000-0000-0000-000000000000"
            ]
        }
    },
    {
        "id": "vault-service-token",
        "description": "HashiCorp Vault service token (hvs.)",
        "regex": "(?<![A-Za-z0-9_.$-])(hvs\\.(?:[A-Za-z0-9_-]{90,120}|(?=[A-Za-z]{0,23}[0-9])(?=[0-9]{0,23}[A-Za-z])[A-Za-z0-9]{24}))(?![A-Za-z0-9_-])",
        "keywords": [
            "hvs."
        ],
        "entropy": 3.5,
        "severity": "critical",
        "tests": {
            "positives": [
                "VAULT_TOKEN=hvs.{b64url:91}",
                "vault login hvs.{alnum:22}7a",
                "    env:\n      VAULT_TOKEN: hvs.{alnum:20}4b{alnum:2}",
                "export VAULT_TOKEN=hvs.CAESI{b64url:100}"
            ],
            "negatives": [
                "hvs.{b64url:20}",
                "hvs.{alnum:30}",
                "vault login hvs.{lower:24}",
                "x.hvs.{alnum:22}7a"
            ]
        }
    },
    {
        "id": "vault-batch-token",
        "description": "HashiCorp Vault batch token (hvb.)",
        "regex": "(?<![A-Za-z0-9])(hvb\\.[A-Za-z0-9_-]{100,300})(?![A-Za-z0-9_-])",
        "keywords": [
            "hvb."
        ],
        "entropy": 3.5,
        "tests": {
            "positives": [
                "VAULT_TOKEN=hvb.{b64url:160}"
            ],
            "negatives": [
                "hvb.{b64url:30}"
            ]
        }
    },
    {
        "id": "vault-recovery-token",
        "description": "HashiCorp Vault recovery token (hvr.)",
        "regex": "(?<![A-Za-z0-9_.$-])(hvr\\.(?:[A-Za-z0-9_-]{90,120}|(?=[A-Za-z]{0,23}[0-9])(?=[0-9]{0,23}[A-Za-z])[A-Za-z0-9]{24}))(?![A-Za-z0-9_-])",
        "keywords": [
            "hvr."
        ],
        "entropy": 3.5,
        "severity": "critical",
        "tests": {
            "positives": [
                "VAULT_TOKEN=hvr.{alnum:22}5c",
                "vault operator raft snapshot save -token=hvr.{b64url:95} s.snap"
            ],
            "negatives": [
                "hvr.{alnum:12}",
                "hvr.{lower:24}"
            ]
        }
    },
    {
        "id": "adafruit-io-key",
        "description": "Adafruit IO key (aio_)",
        "regex": "(?<![A-Za-z0-9_])(aio_[A-Za-z0-9]{28})(?![A-Za-z0-9_])",
        "keywords": [
            "aio_"
        ],
        "entropy": 3.5,
        "severity": "high",
        "tests": {
            "positives": [
                "ADAFRUIT_IO_KEY = \"aio_{alnum:28}\"",
                "#define IO_KEY       \"aio_{alnum:28}\"",
                "curl -H \"X-AIO-Key: aio_{alnum:28}\" https://io.adafruit.com/api/v2/user/feeds"
            ],
            "negatives": [
                "aio_{alnum:20}",
                "aio_{same:28}",
                "my_aio_{alnum:28}",
                "aio_{alnum:30}"
            ]
        }
    },
    {
        "id": "terraform-cloud-token",
        "description": "Terraform Cloud / HCP Terraform API token",
        "regex": "([A-Za-z0-9]{14}\\.atlasv1\\.[A-Za-z0-9_=-]{60,70})(?![A-Za-z0-9_=-])",
        "keywords": [
            ".atlasv1."
        ],
        "entropy": 3.5,
        "tests": {
            "positives": [
                "token = \"{alnum:14}.atlasv1.{b64url:67}\""
            ],
            "negatives": [
                "{alnum:14}.atlasv1.{b64url:10}"
            ]
        }
    },
    {
        "id": "pulumi-access-token",
        "description": "Pulumi access token",
        "regex": "(?<![A-Za-z0-9])(pul-[a-f0-9]{40})(?![a-f0-9])",
        "keywords": [
            "pul-"
        ],
        "entropy": 3,
        "owns": [
            "pul- [a-f0-9]{40,40}"
        ],
        "tests": {
            "positives": [
                "PULUMI_ACCESS_TOKEN=pul-{hex:40}"
            ],
            "negatives": [
                "pul-{hex:12}"
            ]
        }
    },
    {
        "id": "doppler-token",
        "description": "Doppler token",
        "regex": "(dp\\.(?:pt|sa|said|ct|scim|audit|st(?:\\.[a-z0-9_-]{2,35})?)\\.[A-Za-z0-9]{40,44})(?![A-Za-z0-9])",
        "keywords": [
            "dp.pt.",
            "dp.st.",
            "dp.sa.",
            "dp.said.",
            "dp.ct.",
            "dp.scim.",
            "dp.audit."
        ],
        "entropy": 3.5,
        "tests": {
            "positives": [
                "DOPPLER_TOKEN=dp.pt.{alnum:43}",
                "dp.st.{alnum:43}",
                "DOPPLER_TOKEN=dp.st.dev.{alnum:43}",
                "doppler run --token dp.st.prd_eu-1.{alnum:44} -- ./server",
                "token: dp.said.{alnum:43}",
                "DOPPLER_SCIM_TOKEN=dp.scim.{alnum:43}",
                "\"auditToken\": \"dp.audit.{alnum:40}\"",
                "dp.ct.{alnum:44}",
                "dp.sa.{alnum:43}"
            ],
            "negatives": [
                "dp.pt.{alnum:10}",
                "dp.st.dev.{alnum:20}",
                "dp.xx.{alnum:43}",
                "dp.pt.{alnum:46}",
                "DOPPLER_TOKEN=dp.st.{same:43}"
            ]
        }
    },
    {
        "id": "databricks-token",
        "description": "Databricks personal access token",
        "regex": "(?<![A-Za-z0-9])(dapi[a-f0-9]{32}(?:-\\d)?)(?![A-Za-z0-9])",
        "keywords": [
            "dapi"
        ],
        "entropy": 3,
        "owns": [
            "dapi [a-f0-9-]{32,34}"
        ],
        "tests": {
            "positives": [
                "DATABRICKS_TOKEN=dapi{hex:32}"
            ],
            "negatives": [
                "dapi{hex:10}"
            ]
        }
    },
    {
        "id": "heroku-api-key",
        "description": "Heroku API key",
        "regex": "(?i)heroku(?:[\\w.-]{0,20}?(?:key|token|secret|auth|pass(?:word)?|credentials?)[\\w.-]{0,10}?)?[\"']?\\s{0,5}[:=]\\s{0,5}[\"']?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![0-9a-f-])",
        "keywords": [
            "heroku"
        ],
        "entropy": 3,
        "tests": {
            "positives": [
                "HEROKU_API_KEY={uuid}",
                "HEROKU={uuid}",
                "  \"heroku\": \"{uuid}\",",
                "heroku_auth_token: {uuid}",
                "export HEROKU_PASSWORD={uuid}"
            ],
            "negatives": [
                "HEROKU_API_KEY=00000000-0000-0000-0000-000000000000",
                "HEROKU_APP_ID={uuid}",
                "HEROKU_DYNO_ID={uuid}",
                "heroku_app_uuid: {uuid}",
                "HEROKU_API_KEY={uuid}0"
            ]
        }
    },
    {
        "id": "heroku-api-key-commented",
        "description": "Heroku API key (UUID) under a comment that names it (# Heroku API key, then KEY=<uuid>)",
        "regex": "(?i)(?:#|//|--|;|/\\*|<!--)(?=[^\\n]{0,200}?heroku)(?=[^\\n]{0,200}?(?:key|token|auth|secret|password|credential))[^\\n]{0,200}\\r?\\n[ \\t]*(?:export[ \\t]+)?[\"']?(?![\\w.-]{0,60}heroku)[a-z_][\\w.-]{0,60}(?<![_.-]id|uuid)[\"']?[ \\t]*[:=][ \\t]*[\"']?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![0-9a-f-])",
        "keywords": [
            "heroku"
        ],
        "entropy": 3,
        "severity": "high",
        "multiline": true,
        "report-at": "secret",
        "tests": {
            "positives": [
                "# heroku api key\nDEPLOY={uuid}",
                "# API token for Heroku deploys\nexport DEPLOY_KEY={uuid}",
                "  // heroku auth\n  apiKey: '{uuid}',"
            ],
            "negatives": [
                "# heroku app\nAPP_ID={uuid}",
                "# heroku api key\nHEROKU_APP_ID={uuid}",
                "# request id\nREQUEST={uuid}",
                "# heroku api key\n\nOTHER={uuid}",
                "# heroku api key\nHEROKU=00000000-0000-0000-0000-000000000000"
            ]
        }
    },
    {
        "id": "heroku-api-key-v2",
        "description": "Heroku API key (HRKU- format)",
        "regex": "(HRKU-AA[0-9A-Za-z_-]{58})(?![A-Za-z0-9_-])",
        "keywords": [
            "hrku-aa"
        ],
        "entropy": 3.5,
        "owns": [
            "HRKU- [A-Za-z0-9_-]{60,60}"
        ],
        "tests": {
            "positives": [
                "HEROKU_API_KEY=HRKU-AA{b64url:58}"
            ],
            "negatives": [
                "HRKU-AA{b64url:10}"
            ]
        }
    },
    {
        "id": "netlify-token",
        "description": "Netlify access token",
        "regex": "(?i)netlify[\\w.-]{0,20}?(?:token|key|secret)[\\w.-]{0,10}?[\"']?\\s{0,5}[:=]\\s{0,5}[\"']?(?!nfp_)([A-Za-z0-9_-]{40,46})(?![A-Za-z0-9_-])",
        "keywords": [
            "netlify"
        ],
        "entropy": 3.5,
        "tests": {
            "positives": [
                "NETLIFY_AUTH_TOKEN={b64url:43}"
            ],
            "negatives": [
                "NETLIFY_AUTH_TOKEN={b64url:12}"
            ]
        }
    },
    {
        "id": "netlify-pat",
        "description": "Netlify personal access token (nfp_)",
        "regex": "(?<![A-Za-z0-9])(nfp_[A-Za-z0-9]{36,40})(?![A-Za-z0-9])",
        "keywords": [
            "nfp_"
        ],
        "entropy": 3.5,
        "tests": {
            "positives": [
                "NETLIFY_AUTH_TOKEN=nfp_{alnum:36}",
                "  value: nfp_{alnum:40}"
            ],
            "negatives": [
                "nfp_{alnum:10}"
            ]
        }
    },
    {
        "id": "vercel-token",
        "description": "Vercel access token",
        "regex": "(?i)vercel[\\w.-]{0,20}?(?:token|key|secret)[\\w.-]{0,10}?[\"']?\\s{0,5}[:=]\\s{0,5}[\"']?([A-Za-z0-9]{24})(?![A-Za-z0-9])",
        "keywords": [
            "vercel"
        ],
        "entropy": 3.5,
        "tests": {
            "positives": [
                "VERCEL_TOKEN={alnum:24}"
            ],
            "negatives": [
                "VERCEL_TOKEN={alnum:10}"
            ]
        }
    },
    {
        "id": "flyio-token",
        "description": "Fly.io access token",
        "regex": "((?:FlyV1 fm[12]_|fo1_|fm[12]_)[A-Za-z0-9+/=,_-]{40,})",
        "keywords": [
            "flyv1",
            "fo1_",
            "fm1_",
            "fm2_"
        ],
        "entropy": 4,
        "tests": {
            "positives": [
                "FLY_API_TOKEN=\"FlyV1 fm2_{b64:200}\"",
                "fo1_{b64url:43}"
            ],
            "negatives": [
                "fo1_{b64url:10}"
            ]
        }
    },
    {
        "id": "supabase-access-token",
        "description": "Supabase personal access token",
        "regex": "(?<![A-Za-z0-9])(sbp_(?:oauth_)?[a-f0-9]{40})(?![a-f0-9])",
        "keywords": [
            "sbp_"
        ],
        "entropy": 3,
        "owns": [
            "sbp_ [a-f0-9]{40,40}"
        ],
        "tests": {
            "positives": [
                "SUPABASE_ACCESS_TOKEN=sbp_{hex:40}"
            ],
            "negatives": [
                "sbp_{hex:10}"
            ]
        }
    },
    {
        "id": "supabase-secret-key",
        "description": "Supabase secret API key",
        "regex": "(?<![A-Za-z0-9])(sb_secret_[A-Za-z0-9_-]{30,})",
        "keywords": [
            "sb_secret_"
        ],
        "entropy": 3.5,
        "allow": [
            "^sb_secret_N7UND0UgjKTVK-Uodkm0Hg_xSvEMPvz$"
        ],
        "tests": {
            "positives": [
                "SUPABASE_SECRET_KEY=sb_secret_{b64url:31}"
            ],
            "negatives": [
                "sb_secret_{b64url:8}",
                "const supabaseServiceRoleKey = 'sb_secret_N7UND0UgjKTVK-Uodkm0Hg_xSvEMPvz'"
            ]
        }
    },
    {
        "id": "planetscale-token",
        "description": "PlanetScale token or password",
        "regex": "(pscale_(?:tkn|pw|oauth)_[A-Za-z0-9_.=-]{32,64})",
        "keywords": [
            "pscale_tkn_",
            "pscale_pw_",
            "pscale_oauth_"
        ],
        "entropy": 3.5,
        "owns": [
            "pscale_ [A-Za-z0-9_.=-]{35,72}"
        ],
        "tests": {
            "positives": [
                "PLANETSCALE_TOKEN=pscale_tkn_{alnum:43}",
                "password: pscale_pw_{alnum:43}"
            ],
            "negatives": [
                "pscale_tkn_{alnum:8}"
            ]
        }
    },
    {
        "id": "render-api-key",
        "description": "Render API key",
        "regex": "(?<![A-Za-z0-9])(rnd_[A-Za-z0-9]{32})(?![A-Za-z0-9])",
        "keywords": [
            "rnd_"
        ],
        "entropy": 3.5,
        "tests": {
            "positives": [
                "RENDER_API_KEY=rnd_{alnum:32}"
            ],
            "negatives": [
                "rnd_{alnum:8}"
            ]
        }
    },
    {
        "id": "github-pat",
        "description": "GitHub personal access token (classic)",
        "regex": "(?<![A-Za-z0-9_])(ghp_[A-Za-z0-9]{36,251})(?![A-Za-z0-9])",
        "keywords": [
            "ghp_"
        ],
        "entropy": 3.5,
        "severity": "critical",
        "checksum": "github-crc32",
        "owns": [
            "ghp_ [A-Za-z0-9]{36,251}"
        ],
        "tests": {
            "positives": [
                "GITHUB_TOKEN=ghp_{alnum:36}",
                "token: \"ghp_{alnum:36}\"",
                "git clone https://ghp_{alnum:36}@github.com/o/r",
                "GH=ghp_{alnum:60}"
            ],
            "negatives": [
                "ghp_{alnum:20}",
                "ghp_{same:36}",
                "token: ${{ secrets.GITHUB_TOKEN }}",
                "GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
            ]
        }
    },
    {
        "id": "github-oauth-token",
        "description": "GitHub OAuth access token",
        "regex": "(?<![A-Za-z0-9_])(gho_[A-Za-z0-9]{36,251})(?![A-Za-z0-9])",
        "keywords": [
            "gho_"
        ],
        "entropy": 3.5,
        "severity": "critical",
        "checksum": "github-crc32",
        "owns": [
            "gho_ [A-Za-z0-9]{36,251}"
        ],
        "tests": {
            "positives": [
                "oauth_token: gho_{alnum:36}"
            ],
            "negatives": [
                "gho_{alnum:12}"
            ]
        }
    },
    {
        "id": "github-user-to-server-token",
        "description": "GitHub App user-to-server token",
        "regex": "(?<![A-Za-z0-9_])(ghu_[A-Za-z0-9]{36,251})(?![A-Za-z0-9])",
        "keywords": [
            "ghu_"
        ],
        "entropy": 3.5,
        "severity": "critical",
        "checksum": "github-crc32",
        "owns": [
            "ghu_ [A-Za-z0-9]{36,251}"
        ],
        "tests": {
            "positives": [
                "ghu_{alnum:36}"
            ],
            "negatives": [
                "ghu_{alnum:12}"
            ]
        }
    },
    {
        "id": "github-app-token",
        "description": "GitHub App installation (server-to-server) token",
        "regex": "(?<![A-Za-z0-9_])(ghs_(?:[0-9]{1,20}_eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{16,}|[A-Za-z0-9]{36,251}))(?![A-Za-z0-9_.-])",
        "keywords": [
            "ghs_"
        ],
        "entropy": 3.5,
        "severity": "critical",
        "checksum": "github-crc32",
        "owns": [
            "ghs_ [A-Za-z0-9_.-]{36,2000}"
        ],
        "tests": {
            "positives": [
                "x-access-token:ghs_{alnum:36}@github.com",
                "GITHUB_TOKEN=ghs_{digits:7}_eyJ{b64url:40}.eyJ{b64url:300}.{b64url:86}",
                "git clone \"https://x-access-token:ghs_{digits:6}_eyJ{b64url:30}.eyJ{b64url:280}.{b64url:43}@github.com/acme/app.git\""
            ],
            "negatives": [
                "ghs_{alnum:12}",
                "ghs_{digits:7}_eyJ{b64url:40}.",
                "ghs_{digits:7}_<jwt>",
                "token: ghs_{digits:7}_eyJ{b64url:5}.eyJ{b64url:5}.{b64url:5}"
            ]
        }
    },
    {
        "id": "github-refresh-token",
        "description": "GitHub refresh token",
        "regex": "(?<![A-Za-z0-9_])(ghr_[A-Za-z0-9]{36,251})(?![A-Za-z0-9])",
        "keywords": [
            "ghr_"
        ],
        "entropy": 3.5,
        "severity": "critical",
        "checksum": "github-crc32",
        "owns": [
            "ghr_ [A-Za-z0-9]{36,251}"
        ],
        "tests": {
            "positives": [
                "refresh_token=ghr_{alnum:76}",
                "ghr_{alnum:36}"
            ],
            "negatives": [
                "ghr_{alnum:12}"
            ]
        }
    },
    {
        "id": "github-fine-grained-pat",
        "description": "GitHub fine-grained personal access token",
        "regex": "(?<![A-Za-z0-9_])(github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})(?![A-Za-z0-9])",
        "keywords": [
            "github_pat_"
        ],
        "entropy": 3.5,
        "severity": "critical",
        "owns": [
            "github_pat_ [A-Za-z0-9_]{82,82}"
        ],
        "tests": {
            "positives": [
                "GH_TOKEN=github_pat_{alnum:22}_{alnum:59}"
            ],
            "negatives": [
                "github_pat_{alnum:22}_{alnum:10}",
                "github_pat_<token>"
            ]
        }
    },
    {
        "id": "gitlab-pat",
        "description": "GitLab personal/project/group access token",
        "regex": "(?<![A-Za-z0-9_-])(glpat-[A-Za-z0-9_-]{20,320}(?:\\.[A-Za-z0-9_-]{1,64}){0,3})(?![A-Za-z0-9_-])",
        "keywords": [
            "glpat-"
        ],
        "entropy": 3.5,
        "severity": "critical",
        "owns": [
            "glpat- [A-Za-z0-9_.-]{20,400}"
        ],
        "tests": {
            "positives": [
                "GITLAB_TOKEN=glpat-{b64url:20}",
                "glpat-{b64url:27}.01.{alnum:9}",
                "token: \"glpat-{alnum:200}.01.{alnum:9}\""
            ],
            "negatives": [
                "glpat-{b64url:8}",
                "glpat-xxxxxxxxxxxxxxxxxxxx"
            ]
        }
    },
    {
        "id": "gitlab-deploy-token",
        "description": "GitLab deploy token",
        "regex": "(?<![A-Za-z0-9_])(gldt-[A-Za-z0-9_-]{20,})",
        "keywords": [
            "gldt-"
        ],
        "entropy": 3.5,
        "owns": [
            "gldt- [A-Za-z0-9_-]{20,64}"
        ],
        "tests": {
            "positives": [
                "gldt-{b64url:20}"
            ],
            "negatives": [
                "gldt-{b64url:6}"
            ]
        }
    },
    {
        "id": "gitlab-pipeline-trigger-token",
        "description": "GitLab pipeline trigger token",
        "regex": "(?<![A-Za-z0-9_])(glptt-[a-f0-9]{40})(?![a-f0-9])",
        "keywords": [
            "glptt-"
        ],
        "entropy": 3,
        "owns": [
            "glptt- [a-f0-9]{40,40}"
        ],
        "tests": {
            "positives": [
                "TRIGGER=glptt-{hex:40}"
            ],
            "negatives": [
                "glptt-{hex:10}"
            ]
        }
    },
    {
        "id": "gitlab-runner-token",
        "description": "GitLab runner authentication token",
        "regex": "(?<![A-Za-z0-9_])(glrt-[A-Za-z0-9_.-]{20,})",
        "keywords": [
            "glrt-"
        ],
        "entropy": 3.5,
        "owns": [
            "glrt- [A-Za-z0-9_.-]{20,100}"
        ],
        "tests": {
            "positives": [
                "token = \"glrt-{b64url:20}\""
            ],
            "negatives": [
                "glrt-{b64url:5}"
            ]
        }
    },
    {
        "id": "gitlab-runner-registration-token",
        "description": "GitLab runner registration token",
        "regex": "(GR1348941[A-Za-z0-9_-]{20})(?![A-Za-z0-9_-])",
        "keywords": [
            "gr1348941"
        ],
        "entropy": 3.5,
        "tests": {
            "positives": [
                "registration-token: GR1348941{b64url:20}"
            ],
            "negatives": [
                "GR1348941{b64url:5}"
            ]
        }
    },
    {
        "id": "gitlab-ci-build-token",
        "description": "GitLab CI/CD job token",
        "regex": "(glcbt-(?:[0-9A-Za-z]{1,5}_)?[A-Za-z0-9_-]{20})(?![A-Za-z0-9_-])",
        "keywords": [
            "glcbt-"
        ],
        "entropy": 3.5,
        "owns": [
            "glcbt- [A-Za-z0-9_-]{20,26}"
        ],
        "tests": {
            "positives": [
                "glcbt-{hex:2}_{b64url:20}"
            ],
            "negatives": [
                "glcbt-{hex:2}_{b64url:4}"
            ]
        }
    },
    {
        "id": "gitlab-feed-token",
        "description": "GitLab feed token",
        "regex": "(?<![A-Za-z0-9_])(glft-[A-Za-z0-9_-]{20})(?![A-Za-z0-9_-])",
        "keywords": [
            "glft-"
        ],
        "entropy": 3.5,
        "owns": [
            "glft- [A-Za-z0-9_-]{20,20}"
        ],
        "tests": {
            "positives": [
                "glft-{b64url:20}"
            ],
            "negatives": [
                "glft-{b64url:5}"
            ]
        }
    },
    {
        "id": "gitlab-incoming-mail-token",
        "description": "GitLab incoming mail token",
        "regex": "(glimt-[A-Za-z0-9_-]{20,25})(?![A-Za-z0-9_-])",
        "keywords": [
            "glimt-"
        ],
        "entropy": 3.5,
        "owns": [
            "glimt- [A-Za-z0-9_-]{20,25}"
        ],
        "tests": {
            "positives": [
                "glimt-{b64url:25}"
            ],
            "negatives": [
                "glimt-{b64url:5}"
            ]
        }
    },
    {
        "id": "gitlab-oauth-app-secret",
        "description": "GitLab OAuth application secret",
        "regex": "(gloas-[A-Za-z0-9_-]{64})(?![A-Za-z0-9_-])",
        "keywords": [
            "gloas-"
        ],
        "entropy": 3.5,
        "tests": {
            "positives": [
                "gloas-{b64url:64}"
            ],
            "negatives": [
                "gloas-{b64url:5}"
            ]
        }
    },
    {
        "id": "gitlab-scim-token",
        "description": "GitLab SCIM OAuth token",
        "regex": "(glsoat-[A-Za-z0-9_-]{20})(?![A-Za-z0-9_-])",
        "keywords": [
            "glsoat-"
        ],
        "entropy": 3.5,
        "owns": [
            "glsoat- [A-Za-z0-9_-]{20,20}"
        ],
        "tests": {
            "positives": [
                "glsoat-{b64url:20}"
            ],
            "negatives": [
                "glsoat-{b64url:5}"
            ]
        }
    },
    {
        "id": "gitlab-feature-flag-token",
        "description": "GitLab feature flags client token",
        "regex": "(glffct-[A-Za-z0-9_-]{20})(?![A-Za-z0-9_-])",
        "keywords": [
            "glffct-"
        ],
        "entropy": 3.5,
        "tests": {
            "positives": [
                "glffct-{b64url:20}"
            ],
            "negatives": [
                "glffct-{b64url:5}"
            ]
        }
    },
    {
        "id": "gitlab-agent-token",
        "description": "GitLab Kubernetes agent token",
        "regex": "(glagent-[A-Za-z0-9_-]{50})(?![A-Za-z0-9_-])",
        "keywords": [
            "glagent-"
        ],
        "entropy": 3.5,
        "owns": [
            "glagent- [A-Za-z0-9_-]{50,50}"
        ],
        "tests": {
            "positives": [
                "glagent-{b64url:50}"
            ],
            "negatives": [
                "glagent-{b64url:5}"
            ]
        }
    },
    {
        "id": "bitbucket-app-password",
        "description": "Bitbucket app password / API token (ATBB)",
        "regex": "(?<![A-Za-z0-9])(ATBB[A-Za-z0-9_=.-]{32,})",
        "keywords": [
            "atbb"
        ],
        "entropy": 3.5,
        "tests": {
            "positives": [
                "BITBUCKET_APP_PASSWORD=ATBB{alnum:32}"
            ],
            "negatives": [
                "ATBB{alnum:8}"
            ]
        }
    },
    {
        "id": "bitbucket-client-secret",
        "description": "Bitbucket OAuth client secret",
        "regex": "(?i)bitbucket[\\w.-]{0,20}?secret[\\w.-]{0,10}?[\"']?\\s{0,5}[:=]\\s{0,5}[\"']?([A-Za-z0-9_=-]{32,64})(?![A-Za-z0-9_=-])",
        "keywords": [
            "bitbucket"
        ],
        "entropy": 3.5,
        "tests": {
            "positives": [
                "BITBUCKET_CLIENT_SECRET={alnum:32}"
            ],
            "negatives": [
                "BITBUCKET_CLIENT_SECRET={alnum:8}"
            ]
        }
    },
    {
        "id": "atlassian-api-token",
        "description": "Atlassian API token (Jira, Confluence, Bitbucket)",
        "regex": "(?<![A-Za-z0-9])(ATATT3[A-Za-z0-9_=-]{180,200}|ATCTT3[A-Za-z0-9_=-]{150,220})",
        "keywords": [
            "atatt3",
            "atctt3"
        ],
        "entropy": 3.5,
        "severity": "high",
        "owns": [
            "ATATT3 [A-Za-z0-9_=-]{180,200}",
            "ATCTT3 [A-Za-z0-9_=-]{150,220}"
        ],
        "tests": {
            "positives": [
                "JIRA_API_TOKEN=ATATT3{b64url:186}",
                "          - export BB_TOKEN=ATCTT3{b64url:180}=49200CB8"
            ],
            "negatives": [
                "ATATT3{b64url:20}"
            ]
        }
    },
    {
        "id": "atlassian-api-token-legacy",
        "description": "Atlassian API token (legacy 24-char)",
        "regex": "(?i)(?:atlassian|confluence|jira)[\\w.-]{0,20}?(?:token|key|secret)[\\w.-]{0,10}?[\"']?\\s{0,5}[:=]\\s{0,5}[\"']?([A-Za-z0-9]{24})(?![A-Za-z0-9])",
        "keywords": [
            "atlassian",
            "confluence",
            "jira"
        ],
        "entropy": 3.5,
        "tests": {
            "positives": [
                "JIRA_API_TOKEN={alnum:24}"
            ],
            "negatives": [
                "JIRA_API_TOKEN={alnum:8}"
            ]
        }
    },
    {
        "id": "openai-api-key-legacy",
        "description": "OpenAI API key (legacy, T3BlbkFJ marker)",
        "regex": "(?<![A-Za-z0-9_-])(sk-(?!(?:proj|svcacct|admin)-)[A-Za-z0-9_-]{20,74}T3BlbkFJ[A-Za-z0-9_-]{20,74})(?![A-Za-z0-9_-])",
        "keywords": [
            "t3blbkfj"
        ],
        "entropy": 3.5,
        "severity": "critical",
        "tests": {
            "positives": [
                "OPENAI_API_KEY=sk-{alnum:20}T3BlbkFJ{alnum:20}"
            ],
            "negatives": [
                "sk-{alnum:4}T3BlbkFJ{alnum:4}"
            ]
        }
    },
    {
        "id": "openai-project-key",
        "description": "OpenAI project API key (sk-proj-)",
        "regex": "(?<![A-Za-z0-9_-])(sk-proj-[A-Za-z0-9_-]{40,250})(?![A-Za-z0-9_-])",
        "keywords": [
            "sk-proj-"
        ],
        "entropy": 3.5,
        "severity": "critical",
        "owns": [
            "sk-proj- [A-Za-z0-9_-]{40,250}"
        ],
        "tests": {
            "positives": [
                "OPENAI_API_KEY=sk-proj-{b64url:74}T3BlbkFJ{b64url:74}",
                "openai.api_key = \"sk-proj-{b64url:48}\""
            ],
            "negatives": [
                "sk-proj-{b64url:12}",
                "sk-proj-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
            ]
        }
    },
    {
        "id": "openai-service-account-key",
        "description": "OpenAI service-account API key (sk-svcacct-)",
        "regex": "(?<![A-Za-z0-9_-])(sk-svcacct-[A-Za-z0-9_-]{40,250})(?![A-Za-z0-9_-])",
        "keywords": [
            "sk-svcacct-"
        ],
        "entropy": 3.5,
        "severity": "critical",
        "owns": [
            "sk-svcacct- [A-Za-z0-9_-]{40,250}"
        ],
        "tests": {
            "positives": [
                "OPENAI_API_KEY=sk-svcacct-{b64url:120}"
            ],
            "negatives": [
                "sk-svcacct-{b64url:10}"
            ]
        }
    },
    {
        "id": "openai-admin-key",
        "description": "OpenAI admin API key (sk-admin-)",
        "regex": "(?<![A-Za-z0-9_-])(sk-admin-[A-Za-z0-9_-]{40,250})(?![A-Za-z0-9_-])",
        "keywords": [
            "sk-admin-"
        ],
        "entropy": 3.5,
        "severity": "critical",
        "owns": [
            "sk-admin- [A-Za-z0-9_-]{40,250}"
        ],
        "tests": {
            "positives": [
                "OPENAI_ADMIN_KEY=sk-admin-{b64url:100}"
            ],
            "negatives": [
                "sk-admin-{b64url:10}"
            ]
        }
    },
    {
        "id": "openai-api-key-context",
        "description": "OpenAI API key (sk-, assigned to an OpenAI variable)",
        "regex": "(?i)openai[\\w.-]{0,20}?(?:key|token|secret)[\\w.-]{0,10}?[\"']?\\s{0,5}[:=]\\s{0,5}[\"']?(sk-(?![A-Za-z0-9_-]{20,74}T3BlbkFJ)[A-Za-z0-9]{32,64})(?![A-Za-z0-9_-])",
        "keywords": [
            "openai"
        ],
        "entropy": 3.5,
        "severity": "critical",
        "tests": {
            "positives": [
                "OPENAI_API_KEY=sk-{alnum:48}"
            ],
            "negatives": [
                "OPENAI_API_KEY=sk-..."
            ]
        }
    },
    {
        "id": "anthropic-api-key",
        "description": "Anthropic API key",
        "regex": "(?<![A-Za-z0-9_-])(sk-ant-api0\\d-[A-Za-z0-9_-]{93}AA)(?![A-Za-z0-9_-])",
        "keywords": [
            "sk-ant-api0"
        ],
        "entropy": 3.5,
        "severity": "critical",
        "owns": [
            "sk-ant-api0 [A-Za-z0-9_-]{97,97}"
        ],
        "tests": {
            "positives": [
                "ANTHROPIC_API_KEY=sk-ant-api03-{b64url:93}AA"
            ],
            "negatives": [
                "sk-ant-api03-{b64url:20}AA",
                "sk-ant-api03-...",
                "ANTHROPIC_API_KEY=sk-ant-api03-{b64url:92}AA"
            ]
        }
    },
    {
        "id": "anthropic-admin-key",
        "description": "Anthropic admin API key",
        "regex": "(?<![A-Za-z0-9_-])(sk-ant-admin0\\d-[A-Za-z0-9_-]{93}AA)(?![A-Za-z0-9_-])",
        "keywords": [
            "sk-ant-admin0"
        ],
        "entropy": 3.5,
        "severity": "critical",
        "owns": [
            "sk-ant-admin0 [A-Za-z0-9_-]{97,97}"
        ],
        "tests": {
            "positives": [
                "ANTHROPIC_ADMIN_KEY=sk-ant-admin01-{b64url:93}AA"
            ],
            "negatives": [
                "sk-ant-admin01-{b64url:20}AA",
                "ANTHROPIC_ADMIN_KEY=sk-ant-admin01-{b64url:94}AA"
            ]
        }
    },
    {
        "id": "huggingface-token",
        "description": "Hugging Face access token",
        "regex": "(?<![A-Za-z0-9_])(hf_(?:[A-Za-z]{34,40}|oauth_[A-Za-z0-9]{20,80}))(?![A-Za-z0-9_])",
        "keywords": [
            "hf_"
        ],
        "entropy": 3.5,
        "owns": [
            "hf_ [A-Za-z]{34,40}"
        ],
        "tests": {
            "positives": [
                "HF_TOKEN=hf_{alpha:34}",
                "hf_{alpha:37}"
            ],
            "negatives": [
                "hf_{alpha:10}",
                "hf_{same:34}"
            ]
        }
    },
    {
        "id": "huggingface-org-token",
        "description": "Hugging Face organization API token",
        "regex": "(?<![A-Za-z0-9_])(api_org_[A-Za-z]{34})(?![A-Za-z0-9_])",
        "keywords": [
            "api_org_"
        ],
        "entropy": 3.5,
        "owns": [
            "api_org_ [A-Za-z]{34,34}"
        ],
        "tests": {
            "positives": [
                "token = \"api_org_{alpha:34}\""
            ],
            "negatives": [
                "api_org_{alpha:10}"
            ]
        }
    },
    {
        "id": "cohere-api-key",
        "description": "Cohere API key",
        "regex": "(?:[Cc]ohere|COHERE|[Cc]o_[Aa]pi_[Kk]ey|CO_API_KEY)[\\s\\S]{0,300}?(?<![A-Za-z0-9+/_.-])(?=[A-Za-z0-9]{40}(?![A-Za-z0-9+/=_.-]))((?=[A-Za-z0-9]{0,39}[0-9])(?=[A-Za-z0-9]{0,39}[A-Z])(?=[A-Za-z0-9]{0,39}[a-z])[A-Za-z0-9]{40})",
        "keywords": [
            "cohere",
            "co_api_key"
        ],
        "entropy": 3.5,
        "multiline": true,
        "report-at": "secret",
        "tests": {
            "positives": [
                "COHERE_API_KEY={alnum:40}",
                "co_api_key: \"{alnum:40}\"",
                "import cohere\n\nco = cohere.ClientV2(\n    api_key=\"{alnum:40}\",\n)",
                "import { CohereClient } from 'cohere-ai';\nconst cohere = new CohereClient({ token: '{alnum:40}' });",
                "providers:\n  cohere:\n    model: command-r-plus\n    api_key: {alnum:40}",
                "export CO_API_KEY={alnum:40}"
            ],
            "negatives": [
                "COHERE_API_KEY={alnum:10}",
                "COHERE_API_KEY={hex:40}",
                "co = cohere.ClientV2(api_key=os.environ[\"CO_API_KEY\"])",
                "# cohere model\nrev: {hex:40}",
                "COHERE_API_KEY=your-cohere-api-key-here"
            ]
        }
    },
    {
        "id": "deepgram-api-key",
        "description": "Deepgram API key",
        "regex": "(?i)deepgram[\\s\\S]{0,300}?(?:(?<![a-z0-9])(?:[a-z_.-]{0,20}?)(?:api[_.-]?key|token|secret|key)[\"']?\\s{0,5}[:=]\\s{0,5}[\"']?|(?:createClient|DeepgramClient|Deepgram)\\s{0,3}\\(\\s{0,5}(?:api_key\\s{0,3}=\\s{0,3})?[\"'])([a-f0-9]{40})(?![A-Za-z0-9])",
        "keywords": [
            "deepgram"
        ],
        "entropy": 3,
        "severity": "high",
        "multiline": true,
        "report-at": "secret",
        "tests": {
            "positives": [
                "DEEPGRAM_API_KEY={hex:40}",
                "const { createClient } = require(\"@deepgram/sdk\");\n\nconst deepgram = createClient(\"{hex:40}\");",
                "deepgram = DeepgramClient(\"{hex:40}\")",
                "deepgram:\n  api_key: \"{hex:40}\""
            ],
            "negatives": [
                "DEEPGRAM_API_KEY=${DEEPGRAM_API_KEY}",
                "const deepgram = createClient(process.env.DEEPGRAM_API_KEY);",
                "DEEPGRAM_PROJECT_ID={hex:40}x",
                "DEEPGRAM_API_KEY={same:40}"
            ]
        }
    },
    {
        "id": "datadog-agent-config-api-key",
        "description": "Datadog API or application key in the Agent configuration (datadog.yaml api_key, app_key)",
        "regex": "(?:^|[\\[\"'`])\\s*(?:api_key:\\s*[\"']?([a-f0-9]{32})|app_key:\\s*[\"']?([a-f0-9]{40}))(?:[\"']?\\s*(?:#.*)?$|[\"'`]{1,2}[ \\t]*(?:[,\\]}].*)?$)",
        "keywords": [
            "api_key",
            "app_key"
        ],
        "entropy": 3,
        "severity": "high",
        "paths": "(?:^|/)datadog\\.ya?ml$",
        "tests": {
            "path": "etc/datadog-agent/datadog.yaml",
            "positives": [
                "api_key: {hex:32}",
                "site: datadoghq.eu\napi_key: \"{hex:32}\"",
                "app_key: {hex:40}"
            ],
            "negatives": [
                "api_key: <DATADOG_API_KEY>",
                "api_key: ENC[dd_api_key]",
                "# api_key: "
            ]
        }
    },
    {
        "id": "datadog-api-key",
        "description": "Datadog API key",
        "regex": "(?i)(?:datadog[\\s\\S]{0,300}?[^a-z0-9]|(?<![a-z0-9])dd[_.-]?(?:client[_.-]?)?)api[_.-]?key[\"']?\\s{0,5}[:=]\\s{0,5}[\"']?([a-f0-9]{32})(?![A-Za-z0-9])",
        "keywords": [
            "datadog",
            "dd_api",
            "dd-api",
            "dd.api",
            "ddapi",
            "dd_client",
            "dd-client",
            "dd.client",
            "ddclient"
        ],
        "entropy": 3,
        "severity": "high",
        "multiline": true,
        "report-at": "secret",
        "tests": {
            "positives": [
                "DD_API_KEY={hex:32}",
                "export DATADOG_API_KEY=\"{hex:32}\"",
                "curl -X POST https://api.datadoghq.com/api/v2/series -H \"DD-API-KEY: {hex:32}\"",
                "provider \"datadog\" { api_key = \"{hex:32}\" }",
                "ddApiKey: \"{hex:32}\"",
                "provider \"datadog\" {\n  api_key = \"{hex:32}\"\n  app_key = var.datadog_app_key\n}",
                "datadog:\n  site: datadoghq.eu\n  apiKey: {hex:32}"
            ],
            "negatives": [
                "DD_API_KEY=${DD_API_KEY}",
                "DD_API_KEY=<DATADOG_API_KEY>",
                "DD_API_KEY={hex:16}",
                "ADD_API_KEY={hex:32}",
                "-H \"DD-API-KEY: ${DD_API_KEY}\"",
                "DD_API_KEY={same:32}"
            ]
        }
    },
    {
        "id": "datadog-app-key",
        "description": "Datadog application key",
        "regex": "(?i)(?:datadog[\\s\\S]{0,300}?[^a-z0-9]|(?<![a-z0-9])dd[_.-]?(?:client[_.-]?)?)app(?:lication)?[_.-]?key[\"']?\\s{0,5}[:=]\\s{0,5}[\"']?([a-f0-9]{40})(?![A-Za-z0-9])",
        "keywords": [
            "datadog",
            "dd_app",
            "dd-app",
            "dd.app",
            "ddapp",
            "dd_client",
            "dd-client",
            "dd.client",
            "ddclient"
        ],
        "entropy": 3,
        "severity": "high",
        "multiline": true,
        "report-at": "secret",
        "tests": {
            "positives": [
                "DD_APP_KEY={hex:40}",
                "DD_APPLICATION_KEY=\"{hex:40}\"",
                "-H \"DD-APPLICATION-KEY: {hex:40}\"",
                "datadog_app_key = \"{hex:40}\"",
                "provider \"datadog\" { app_key = \"{hex:40}\" }",
                "from datadog import initialize\n\ninitialize(api_key=os.environ['DD_API_KEY'],\n           app_key='{hex:40}')"
            ],
            "negatives": [
                "DD_APP_KEY=${DD_APP_KEY}",
                "DD_APP_KEY={hex:32}",
                "DD_APP_KEY={same:40}",
                "DD_APP_NAME=checkout-service",
                "ADD_APP_KEY={hex:40}"
            ]
        }
    },
    {
        "id": "mistral-api-key",
        "description": "Mistral AI API key",
        "regex": "(?i)mistral[\\w.-]{0,20}?(?:key|token|secret)[\\w.-]{0,10}?[\"']?\\s{0,5}[:=]\\s{0,5}[\"']?([A-Za-z0-9]{32})(?![A-Za-z0-9])",
        "keywords": [
            "mistral"
        ],
        "entropy": 3.5,
        "tests": {
            "positives": [
                "MISTRAL_API_KEY={alnum:32}"
            ],
            "negatives": [
                "MISTRAL_API_KEY={alnum:10}"
            ]
        }
    },
    {
        "id": "groq-api-key",
        "description": "Groq API key",
        "regex": "(?<![A-Za-z0-9_])(gsk_[A-Za-z0-9]{52})(?![A-Za-z0-9])",
        "keywords": [
            "gsk_"
        ],
        "entropy": 3.5,
        "owns": [
            "gsk_ [A-Za-z0-9]{52,52}"
        ],
        "tests": {
            "positives": [
                "GROQ_API_KEY=gsk_{alnum:52}"
            ],
            "negatives": [
                "gsk_{alnum:12}"
            ]
        }
    },
    {
        "id": "replicate-api-token",
        "description": "Replicate API token",
        "regex": "(?<![A-Za-z0-9_])(r8_[A-Za-z0-9_-]{37})(?![A-Za-z0-9_-])",
        "keywords": [
            "r8_"
        ],
        "entropy": 3.5,
        "owns": [
            "r8_ [A-Za-z0-9_-]{37,37}"
        ],
        "tests": {
            "positives": [
                "REPLICATE_API_TOKEN=r8_{alnum:37}"
            ],
            "negatives": [
                "r8_{alnum:10}"
            ]
        }
    },
    {
        "id": "perplexity-api-key",
        "description": "Perplexity API key",
        "regex": "(?<![A-Za-z0-9_])(pplx-[A-Za-z0-9]{48})(?![A-Za-z0-9])",
        "keywords": [
            "pplx-"
        ],
        "entropy": 3.5,
        "owns": [
            "pplx- [A-Za-z0-9]{48,48}"
        ],
        "tests": {
            "positives": [
                "PPLX_API_KEY=pplx-{alnum:48}"
            ],
            "negatives": [
                "pplx-{alnum:10}"
            ]
        }
    },
    {
        "id": "xai-api-key",
        "description": "xAI (Grok) API key",
        "regex": "(?<![A-Za-z0-9_])(xai-[A-Za-z0-9_]{80})(?![A-Za-z0-9_])",
        "keywords": [
            "xai-"
        ],
        "entropy": 3.5,
        "owns": [
            "xai- [A-Za-z0-9_]{80,80}"
        ],
        "tests": {
            "positives": [
                "XAI_API_KEY=xai-{alnum:80}"
            ],
            "negatives": [
                "xai-{alnum:10}"
            ]
        }
    },
    {
        "id": "deepseek-api-key",
        "description": "DeepSeek API key (sk- and 32 hex digits)",
        "regex": "(?<![A-Za-z0-9_-])(sk-[0-9a-f]{32})(?![A-Za-z0-9_-])",
        "keywords": [
            "sk-"
        ],
        "entropy": 3,
        "severity": "high",
        "tests": {
            "positives": [
                "The current DeepSeek API key for staging is `sk-{hex:32}` (owner: platform team).",
                "DEEPSEEK_API_KEY=sk-{hex:32}"
            ],
            "negatives": [
                "DEEPSEEK_API_KEY=sk-{hex:8}",
                "DEEPSEEK_API_KEY=sk-{hex:16}",
                "DEEPSEEK_API_KEY=sk-{same:32}"
            ]
        }
    },
    {
        "id": "openrouter-api-key",
        "description": "OpenRouter API key",
        "regex": "(sk-or-v1-[a-f0-9]{64})(?![a-f0-9])",
        "keywords": [
            "sk-or-v1-"
        ],
        "entropy": 3,
        "owns": [
            "sk-or-v1- [a-f0-9]{64,64}"
        ],
        "tests": {
            "positives": [
                "OPENROUTER_API_KEY=sk-or-v1-{hex:64}"
            ],
            "negatives": [
                "sk-or-v1-{hex:10}"
            ]
        }
    },
    {
        "id": "langsmith-api-key",
        "description": "LangSmith API key",
        "regex": "(lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10})(?![a-f0-9])",
        "keywords": [
            "lsv2_"
        ],
        "entropy": 3,
        "owns": [
            "lsv2_ [a-z0-9_]{46,46}"
        ],
        "tests": {
            "positives": [
                "LANGSMITH_API_KEY=lsv2_pt_{hex:32}_{hex:10}"
            ],
            "negatives": [
                "lsv2_pt_{hex:8}_{hex:10}"
            ]
        }
    },
    {
        "id": "pinecone-api-key",
        "description": "Pinecone API key",
        "regex": "(?<![A-Za-z0-9_])(pcsk_[A-Za-z0-9_]{50,90})(?![A-Za-z0-9_])",
        "keywords": [
            "pcsk_"
        ],
        "entropy": 3.5,
        "tests": {
            "positives": [
                "PINECONE_API_KEY=pcsk_{alnum:6}_{alnum:60}"
            ],
            "negatives": [
                "pcsk_{alnum:10}"
            ]
        }
    },
    {
        "id": "elevenlabs-api-key",
        "description": "ElevenLabs API key",
        "regex": "(?i)(?:elevenlabs|xi-api-key|xi_api_key)[\\w.-]{0,20}?[\"']?\\s{0,5}[:=]\\s{0,5}[\"']?((?:sk_)?[a-f0-9]{32,48})(?![A-Za-z0-9])|(?<![A-Za-z0-9_])(sk_[a-f0-9]{48})(?![A-Za-z0-9_])",
        "keywords": [
            "elevenlabs",
            "xi-api-key",
            "xi_api_key",
            "sk_"
        ],
        "entropy": 3,
        "tests": {
            "positives": [
                "ELEVENLABS_API_KEY=sk_{hex:48}",
                "    cfg.set(\"k53\", \"sk_{hex:48}\")"
            ],
            "negatives": [
                "ELEVENLABS_API_KEY=sk_{hex:8}",
                "sk_{hex:47}",
                "sk_{same:48}"
            ]
        }
    },
    {
        "id": "fireworks-api-key",
        "description": "Fireworks AI API key",
        "regex": "(?<![A-Za-z0-9_])(fw_[A-Za-z0-9]{24})(?![A-Za-z0-9])",
        "keywords": [
            "fw_"
        ],
        "entropy": 3.5,
        "tests": {
            "positives": [
                "FIREWORKS_API_KEY=fw_{alnum:24}"
            ],
            "negatives": [
                "fw_{alnum:8}"
            ]
        }
    },
    {
        "id": "kaggle-api-key",
        "description": "Kaggle API key",
        "regex": "(?i)kaggle[\\w.-]{0,20}?[\"']?\\s{0,5}[:=]\\s{0,5}[\"']?([a-f0-9]{32})(?![A-Za-z0-9])",
        "keywords": [
            "kaggle"
        ],
        "entropy": 3,
        "tests": {
            "positives": [
                "KAGGLE_KEY={hex:32}"
            ],
            "negatives": [
                "KAGGLE_KEY={hex:8}"
            ]
        }
    },
    {
        "id": "wandb-api-key",
        "description": "Weights & Biases API key",
        "regex": "(?i)(?:wandb[\\s\\S]{0,300}?(?<![a-z0-9])(?:[a-z_]{0,20}api[_-]?key|key)[\"']?\\]?\\s{0,5}[:=]\\s{0,5}[\"']?|wandb\\s{1,3}login\\s{1,3}(?:--relogin\\s{1,3})?)([0-9a-f]{40})(?![0-9a-f])",
        "keywords": [
            "wandb"
        ],
        "entropy": 3,
        "severity": "high",
        "multiline": true,
        "report-at": "secret",
        "tests": {
            "positives": [
                "wandb.login(key=\"{hex:40}\")",
                "WANDB_API_KEY={hex:40}",
                "wandb login {hex:40}",
                "import wandb\n\nos.environ[\"WANDB_API_KEY\"] = \"{hex:40}\""
            ],
            "negatives": [
                "wandb.login(key=os.environ[\"WANDB_API_KEY\"])",
                "WANDB_API_KEY=${WANDB_API_KEY}",
                "WANDB_RUN_ID={hex:40}x",
                "wandb.login(key=\"{same:40}\")",
                "WANDB_API_KEY={hex:8}"
            ]
        }
    },
    {
        "id": "stripe-live-secret-key",
        "description": "Stripe live secret key",
        "regex": "(?<![A-Za-z0-9_])((?:sk_live_(?![0-9a-f]{40}(?![A-Za-z0-9]))|sk_prod_)[A-Za-z0-9]{24,247})(?![A-Za-z0-9])",
        "keywords": [
            "sk_live_",
            "sk_prod_"
        ],
        "entropy": 3.5,
        "severity": "critical",
        "tests": {
            "positives": [
                "STRIPE_SECRET_KEY=sk_live_{alnum:24}",
                "Stripe.api_key = \"sk_live_{alnum:99}\""
            ],
            "negatives": [
                "sk_live_{alnum:8}",
                "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx"
            ]
        }
    },
    {
        "id": "stripe-live-restricted-key",
        "description": "Stripe live restricted key",
        "regex": "(?<![A-Za-z0-9_])(rk_live_[A-Za-z0-9]{24,247})(?![A-Za-z0-9])",
        "keywords": [
            "rk_live_"
        ],
        "entropy": 3.5,
        "severity": "critical",
        "tests": {
            "positives": [
                "rk_live_{alnum:24}"
            ],
            "negatives": [
                "rk_live_{alnum:8}"
            ]
        }
    },
    {
        "id": "stripe-test-secret-key",
        "description": "Stripe test-mode secret key",
        "regex": "(?<![A-Za-z0-9_])([sr]k_test_[A-Za-z0-9]{24,247})(?![A-Za-z0-9])",
        "keywords": [
            "sk_test_",
            "rk_test_"
        ],
        "entropy": 3.5,
        "allow": [
            "^sk_test_(?:4eC39HqLyjWDarjtT1zdp7dc|BQokikJOvBiI2HlWgH4olfQ2|26PHem9AhJZvU623DfE1x4sd)$"
        ],
        "severity": "low",
        "tests": {
            "positives": [
                "STRIPE_KEY=sk_test_{alnum:24}",
                "stripe.api_key = \"rk_test_{alnum:99}\""
            ],
            "negatives": [
                "sk_test_{alnum:8}",
                "stripe.api_key = \"sk_test_4eC39HqLyjWDarjtT1zdp7dc\"",
                "Stripe.api_key = sk_test_BQokikJOvBiI2HlWgH4olfQ2"
            ]
        }
    },
    {
        "id": "stripe-webhook-secret",
        "description": "Stripe webhook signing secret",
        "regex": "(?<![A-Za-z0-9_])(whsec_[A-Za-z0-9+/=]{32,})",
        "keywords": [
            "whsec_"
        ],
        "entropy": 3.5,
        "tests": {
            "positives": [
                "STRIPE_WEBHOOK_SECRET=whsec_{alnum:32}"
            ],
            "negatives": [
                "whsec_{alnum:8}"
            ]
        }
    },
    {
        "id": "square-access-token",
        "description": "Square access token",
        "regex": "(?<![A-Za-z0-9_+/-])((?:EAAA|sq0atp-)[A-Za-z0-9_-]{22,60})(?![A-Za-z0-9_+/=-])",
        "keywords": [
            "eaaa",
            "sq0atp-"
        ],
        "entropy": 3.5,
        "severity": "critical",
        "owns": [
            "sq0atp- [A-Za-z0-9_-]{22,60}"
        ],
        "tests": {
            "positives": [
                "SQUARE_ACCESS_TOKEN=EAAA{b64url:60}",
                "sq0atp-{b64url:22}"
            ],
            "negatives": [
                "EAAA{b64url:8}"
            ]
        }
    },
    {
        "id": "square-oauth-secret",
        "description": "Square OAuth application secret",
        "regex": "(?<![A-Za-z0-9_-])(sq0csp-[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])",
        "keywords": [
            "sq0csp-"
        ],
        "entropy": 3.5,
        "owns": [
            "sq0csp- [A-Za-z0-9_-]{43,43}"
        ],
        "tests": {
            "positives": [
                "sq0csp-{b64url:43}"
            ],
            "negatives": [
                "sq0csp-{b64url:10}"
            ]
        }
    },
    {
        "id": "paypal-braintree-access-token",
        "description": "PayPal / Braintree production access token",
        "regex": "(access_token\\$production\\$[a-z0-9]{16}\\$[a-f0-9]{32})",
        "keywords": [
            "access_token$production$"
        ],
        "entropy": 3,
        "severity": "critical",
        "tests": {
            "positives": [
                "BRAINTREE_TOKEN=access_token$production${alnumL:16}${hex:32}"
            ],
            "negatives": [
                "access_token$production$<merchant>$<token>"
            ]
        }
    },
    {
        "id": "paypal-client-secret",
        "description": "PayPal REST client secret",
        "regex": "(?i)(?:paypal[\\w.-]{0,20}?secret[\\w.-]{0,10}?[\"']?\\s{0,5}[:=]\\s{0,5}[\"']?|(?:Live|Sandbox)Environment\\s{0,3}\\(\\s{0,5}(?:client_?id\\s{0,3}=\\s{0,3})?[\"'][A-Za-z0-9_-]{60,90}[\"']\\s{0,5},\\s{0,5}(?:client_?secret\\s{0,3}=\\s{0,3})?[\"'])([A-Za-z0-9_-]{80})(?![A-Za-z0-9_-])",
        "keywords": [
            "paypal",
            "liveenvironment",
            "sandboxenvironment"
        ],
        "entropy": 3.5,
        "tests": {
            "positives": [
                "PAYPAL_CLIENT_SECRET={b64url:80}",
                "    new LiveEnvironment(\"A{b64url:79}\", \"E{b64url:79}\"));",
                "environment = SandboxEnvironment(client_id=\"A{b64url:79}\", client_secret=\"E{b64url:79}\")"
            ],
            "negatives": [
                "PAYPAL_CLIENT_SECRET={b64url:10}"
            ]
        }
    },
    {
        "id": "shopify-access-token",
        "description": "Shopify access token",
        "regex": "((?:shpat|shpca|shppa)_[a-fA-F0-9]{32})(?![A-Za-z0-9])",
        "keywords": [
            "shpat_",
            "shpca_",
            "shppa_"
        ],
        "entropy": 3,
        "severity": "critical",
        "owns": [
            "shpat_ [a-fA-F0-9]{32,32}",
            "shpca_ [a-fA-F0-9]{32,32}",
            "shppa_ [a-fA-F0-9]{32,32}"
        ],
        "tests": {
            "positives": [
                "SHOPIFY_TOKEN=shpat_{hex:32}",
                "shppa_{hex:32}",
                "SHOPIFY_CUSTOM_APP_TOKEN=\"shpca_{hex:32}\""
            ],
            "negatives": [
                "shpat_{hex:8}"
            ]
        }
    },
    {
        "id": "shopify-shared-secret",
        "description": "Shopify shared secret",
        "regex": "(shpss_[a-fA-F0-9]{32})(?![A-Za-z0-9])",
        "keywords": [
            "shpss_"
        ],
        "entropy": 3,
        "owns": [
            "shpss_ [a-fA-F0-9]{32,32}"
        ],
        "tests": {
            "positives": [
                "shpss_{hex:32}"
            ],
            "negatives": [
                "shpss_{hex:8}"
            ]
        }
    },
    {
        "id": "plaid-access-token",
        "description": "Plaid access token",
        "regex": "(access-(?:sandbox|development|production)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})",
        "keywords": [
            "access-sandbox-",
            "access-development-",
            "access-production-"
        ],
        "entropy": 3,
        "tests": {
            "positives": [
                "plaid_token = \"access-production-{uuid}\""
            ],
            "negatives": [
                "access-production-{hex:8}"
            ]
        }
    },
    {
        "id": "gocardless-token",
        "description": "GoCardless access token",
        "regex": "(?<![A-Za-z0-9_])(live_[A-Za-z0-9_=-]{40})(?![A-Za-z0-9_=-])",
        "keywords": [
            "live_"
        ],
        "entropy": 3.5,
        "allow": [
            "^live_[a-z_]+$"
        ],
        "tests": {
            "positives": [
                "GOCARDLESS_ACCESS_TOKEN=live_{b64url:40}"
            ],
            "negatives": [
                "live_{b64url:10}"
            ]
        }
    },
    {
        "id": "flutterwave-secret-key",
        "description": "Flutterwave secret key",
        "regex": "(FLWSECK(?:_TEST)?-[a-hA-H0-9]{32}-X)",
        "keywords": [
            "flwseck"
        ],
        "entropy": 3,
        "owns": [
            "FLWSECK- [a-hA-H0-9X-]{34,34}"
        ],
        "tests": {
            "positives": [
                "FLWSECK-{hex:32}-X"
            ],
            "negatives": [
                "FLWSECK-{hex:8}-X"
            ]
        }
    },
    {
        "id": "easypost-api-key",
        "description": "EasyPost API key",
        "regex": "(?<![A-Za-z0-9])(EZ[AT]K[A-Za-z0-9]{54})(?![A-Za-z0-9])",
        "keywords": [
            "ezak",
            "eztk"
        ],
        "entropy": 3.5,
        "tests": {
            "positives": [
                "EASYPOST_KEY=EZAK{alnum:54}"
            ],
            "negatives": [
                "EZAK{alnum:10}"
            ]
        }
    },
    {
        "id": "shippo-api-token",
        "description": "Shippo API token",
        "regex": "(shippo_(?:live|test)_[a-fA-F0-9]{40})(?![A-Za-z0-9])",
        "keywords": [
            "shippo_"
        ],
        "entropy": 3,
        "owns": [
            "shippo_live_ [a-fA-F0-9]{40,40}",
            "shippo_test_ [a-fA-F0-9]{40,40}"
        ],
        "tests": {
            "positives": [
                "shippo_live_{hex:40}",
                "SHIPPO_API_KEY=shippo_test_{hex:40}"
            ],
            "negatives": [
                "shippo_live_{hex:8}"
            ]
        }
    },
    {
        "id": "duffel-api-token",
        "description": "Duffel API token",
        "regex": "(duffel_(?:test|live)_[A-Za-z0-9_=-]{43})(?![A-Za-z0-9_=-])",
        "keywords": [
            "duffel_"
        ],
        "entropy": 3.5,
        "tests": {
            "positives": [
                "duffel_live_{b64url:43}"
            ],
            "negatives": [
                "duffel_live_{b64url:8}"
            ]
        }
    },
    {
        "id": "slack-bot-token",
        "description": "Slack bot token",
        "regex": "(xoxb-[0-9]{10,13}-[0-9]{10,13}(?:-[0-9]{10,13})?-[A-Za-z0-9]{24,34}|xoxb-[0-9]{8,14}-(?=[A-Za-z0-9]{0,25}[0-9])(?=[A-Za-z0-9]{0,25}[A-Za-z])[A-Za-z0-9]{18,26})(?![A-Za-z0-9-])",
        "keywords": [
            "xoxb-"
        ],
        "entropy": 3,
        "severity": "critical",
        "owns": [
            "xoxb- [A-Za-z0-9-]{40,70}"
        ],
        "tests": {
            "positives": [
                "SLACK_BOT_TOKEN=xoxb-{digits:12}-{digits:13}-{alnum:24}"
            ],
            "negatives": [
                "xoxb-{digits:12}-{alnum:8}",
                "xoxb-your-token"
            ]
        }
    },
    {
        "id": "slack-user-token",
        "description": "Slack user token",
        "regex": "(xox[pe](?:-[0-9]{10,13}){3}-[A-Za-z0-9]{28,34})(?![A-Za-z0-9])",
        "keywords": [
            "xoxp-",
            "xoxe-"
        ],
        "entropy": 3,
        "severity": "critical",
        "owns": [
            "xoxp- [A-Za-z0-9-]{61,76}"
        ],
        "tests": {
            "positives": [
                "SLACK_USER_TOKEN=xoxp-{digits:12}-{digits:12}-{digits:13}-{hex:32}"
            ],
            "negatives": [
                "xoxp-{digits:12}"
            ]
        }
    },
    {
        "id": "slack-legacy-token",
        "description": "Slack legacy / workspace token (xoxa, xoxr, xoxo, xoxs)",
        "regex": "(xox[aors]-(?:[0-9]-)?[0-9A-Za-z]{8,48}(?:-[0-9A-Za-z]{8,64}){1,4}|xox[ar]-(?:[0-9]-)?(?=[0-9A-Za-z]{0,47}[0-9])(?=[0-9A-Za-z]{0,47}[A-Za-z])[0-9A-Za-z]{24,48})(?![A-Za-z0-9-])",
        "keywords": [
            "xoxa-",
            "xoxr-",
            "xoxo-",
            "xoxs-"
        ],
        "entropy": 3,
        "tests": {
            "positives": [
                "xoxa-2-{digits:12}-{digits:12}-{alnum:32}",
                "xoxr-{digits:11}-{alnum:40}"
            ],
            "negatives": [
                "xoxa-{digits:4}"
            ]
        }
    },
    {
        "id": "slack-app-token",
        "description": "Slack app-level token",
        "regex": "(xapp-\\d-[A-Z0-9]{8,}-\\d{10,}-[a-f0-9]{40,})",
        "keywords": [
            "xapp-"
        ],
        "entropy": 3,
        "owns": [
            "xapp- [A-Za-z0-9-]{60,120}"
        ],
        "tests": {
            "positives": [
                "SLACK_APP_TOKEN=xapp-1-A{alnumU:10}-{digits:13}-{hex:64}"
            ],
            "negatives": [
                "xapp-1-{alnumU:4}"
            ]
        }
    },
    {
        "id": "slack-config-token",
        "description": "Slack configuration access or refresh token",
        "regex": "(xoxe(?:\\.xox[bp])?-\\d-[A-Za-z0-9]{140,170})(?![A-Za-z0-9])",
        "keywords": [
            "xoxe.xox",
            "xoxe-"
        ],
        "entropy": 3.5,
        "tests": {
            "positives": [
                "xoxe.xoxp-1-{alnumU:166}",
                "xoxe-1-{alnumU:146}",
                "    - \"xoxe.xoxp-1-Mi0y{alnum:160}\"",
                "    - \"xoxe-1-My0x{alnum:142}\""
            ],
            "negatives": [
                "xoxe-1-{alnumU:10}"
            ]
        }
    },
    {
        "id": "slack-webhook-url",
        "description": "Slack incoming webhook URL",
        "regex": "(?:https?://)?hooks\\.slack\\.com/(?:services|workflows|triggers)/([A-Za-z0-9+/_-]{40,})",
        "keywords": [
            "hooks.slack.com"
        ],
        "entropy": 3.5,
        "severity": "high",
        "tests": {
            "positives": [
                "SLACK_WEBHOOK=https://hooks.slack.com/services/T{alnumU:8}/B{alnumU:10}/{alnum:24}"
            ],
            "negatives": [
                "https://hooks.slack.com/services/T000/B000/XXXX",
                "https://hooks.slack.com/services/..."
            ]
        }
    },
    {
        "id": "twilio-api-key",
        "description": "Twilio API key SID (SK + 32 hex), assigned or passed to a Twilio client",
        "regex": "(?i)(?:(?:twilio|key|sid)[\\w.-]{0,30}?[\"']?\\s{0,5}[:=]\\s{0,5}[\"']?|(?:twilio|client)[\\w.:'\")]{0,30}\\(\\s{0,5}[\"'])(SK[0-9a-f]{32})(?![A-Za-z0-9])",
        "keywords": [
            "twilio",
            "key",
            "sid",
            "client"
        ],
        "entropy": 3,
        "tests": {
            "positives": [
                "TWILIO_API_KEY=SK{hex:32}",
                "twilio:\n  api_key: SK{hex:32}",
                "client = Twilio::REST::Client.new(\"SK{hex:32}\", ENV[\"TWILIO_SECRET\"], \"AC{hex:32}\")",
                "const client = require('twilio')('SK{hex:32}', process.env.TWILIO_SECRET)"
            ],
            "negatives": [
                "TWILIO_API_KEY=SK{hex:8}",
                "sha = \"SK{hex:32}\" # not a key"
            ]
        }
    },
    {
        "id": "twilio-auth-token",
        "description": "Twilio auth token or API secret",
        "regex": "(?i)(?:(?:twilio[\\w.-]{0,20}?(?:auth|token|secret)[\\w.-]{0,10}?|auth_?token)[\"']?\\s{0,5}[:=]\\s{0,5}[\"']?|[\"']AC[0-9a-f]{32}[\"']\\s{0,5},\\s{0,5}[\"'])([a-f0-9]{32})(?![A-Za-z0-9])",
        "keywords": [
            "twilio",
            "authtoken",
            "auth_token",
            "client("
        ],
        "entropy": 3,
        "severity": "critical",
        "tests": {
            "positives": [
                "TWILIO_AUTH_TOKEN={hex:32}",
                "{\"twilio\": {\"accountSid\": \"AC{hex:32}\", \"authToken\": \"{hex:32}\"}}",
                "client = Client(\"AC{hex:32}\", \"{hex:32}\")",
                "const client = require(\"twilio\")(\"AC{hex:32}\", \"{hex:32}\");",
                "TwilioClient.Init(\"AC{hex:32}\", \"{hex:32}\");",
                "@client = Twilio::REST::Client.new('AC{hex:32}', '{hex:32}')"
            ],
            "negatives": [
                "TWILIO_AUTH_TOKEN={hex:8}",
                "TWILIO_ACCOUNT_SID=AC{hex:32}"
            ]
        }
    },
    {
        "id": "sendgrid-api-key",
        "description": "SendGrid API key",
        "regex": "(?<![A-Za-z0-9])(SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])",
        "keywords": [
            "sg."
        ],
        "entropy": 3.5,
        "severity": "high",
        "owns": [
            "SG. [A-Za-z0-9_.-]{66,66}"
        ],
        "tests": {
            "positives": [
                "SENDGRID_API_KEY=SG.{b64url:22}.{b64url:43}"
            ],
            "negatives": [
                "SG.{b64url:5}.{b64url:5}"
            ]
        }
    },
    {
        "id": "mailgun-api-key",
        "description": "Mailgun private API key",
        "regex": "(?<![A-Za-z0-9])(key-[0-9a-f]{32})(?![A-Za-z0-9])",
        "keywords": [
            "key-"
        ],
        "entropy": 3,
        "tests": {
            "positives": [
                "MAILGUN_API_KEY=key-{hex:32}"
            ],
            "negatives": [
                "key-{hex:8}"
            ]
        }
    },
    {
        "id": "mailgun-api-key-v2",
        "description": "Mailgun API key (new format)",
        "regex": "(?i)mailgun[^\\n]{0,80}?(?<![A-Za-z0-9])([a-f0-9]{32}-[a-f0-9]{8}-[a-f0-9]{8})(?![A-Za-z0-9])",
        "keywords": [
            "mailgun"
        ],
        "entropy": 3,
        "tests": {
            "positives": [
                "MAILGUN_API_KEY={hex:32}-{hex:8}-{hex:8}",
                "export const mg = mailgun.client({ username: \"api\", key: \"{hex:32}-{hex:8}-{hex:8}\" })"
            ],
            "negatives": [
                "MAILGUN_API_KEY={hex:8}"
            ]
        }
    },
    {
        "id": "mailchimp-api-key",
        "description": "Mailchimp API key",
        "regex": "(?<![A-Za-z0-9])([0-9a-f]{32}-us[0-9]{1,2})(?![A-Za-z0-9])",
        "keywords": [
            "-us"
        ],
        "entropy": 3,
        "tests": {
            "positives": [
                "MAILCHIMP_API_KEY={hex:32}-us21"
            ],
            "negatives": [
                "{hex:8}-us21"
            ]
        }
    },
    {
        "id": "brevo-api-key",
        "description": "Brevo (Sendinblue) API key",
        "regex": "(xkeysib-[a-f0-9]{64}-[A-Za-z0-9]{16})(?![A-Za-z0-9])",
        "keywords": [
            "xkeysib-"
        ],
        "entropy": 3,
        "owns": [
            "xkeysib- [A-Za-z0-9-]{81,81}"
        ],
        "tests": {
            "positives": [
                "BREVO_API_KEY=xkeysib-{hex:64}-{alnum:16}"
            ],
            "negatives": [
                "xkeysib-{hex:8}"
            ]
        }
    },
    {
        "id": "mailersend-api-token",
        "description": "MailerSend API token",
        "regex": "(mlsn\\.[a-f0-9]{64})(?![a-f0-9])",
        "keywords": [
            "mlsn."
        ],
        "entropy": 3,
        "tests": {
            "positives": [
                "MAILERSEND_API_KEY=mlsn.{hex:64}"
            ],
            "negatives": [
                "mlsn.{hex:8}"
            ]
        }
    },
    {
        "id": "resend-api-key",
        "description": "Resend API key",
        "regex": "(?<![A-Za-z0-9_])(re_[A-Za-z0-9]{8}_[A-Za-z0-9]{24})(?![A-Za-z0-9])",
        "keywords": [
            "re_"
        ],
        "entropy": 3.5,
        "tests": {
            "positives": [
                "RESEND_API_KEY=re_{alnum:8}_{alnum:24}"
            ],
            "negatives": [
                "re_{alnum:8}_{alnum:4}"
            ]
        }
    },
    {
        "id": "discord-bot-token",
        "description": "Discord bot token",
        "regex": "(?:(?:[Dd]iscord|DISCORD|[Bb]ot|BOT|[Tt]oken|TOKEN)[\\w.-]{0,30}?(?:\\\\?[\"'])?\\]?\\s{0,5}[:=]\\s{0,5}(?:\\\\?[\"'])?|\\.(?:run|login|start)\\(\\s{0,5}[\"']|[Aa]uthorization[\"']?\\s{0,3}[:=,]\\s{0,3}[`\"']?)(?:Bot\\s+)?([MNO][A-Za-z0-9_-]{23,27}\\.[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{27,40})(?![A-Za-z0-9_-])",
        "keywords": [
            "discord",
            "bot",
            "token",
            ".run(",
            ".login(",
            ".start("
        ],
        "entropy": 3.5,
        "severity": "high",
        "tests": {
            "positives": [
                "DISCORD_BOT_TOKEN=M{alnum:25}.{b64url:6}.{b64url:38}",
                "client.run('N{alnum:23}.{b64url:6}.{b64url:27}')",
                "\"token\": \"M{alnum:25}.{b64url:6}.{b64url:38}\"",
                "curl -H \"Authorization: Bot MT{alnum:22}.{b64url:6}.{b64url:27}\" https://discord.com/api/v10/users/@me",
                "headers = {'Authorization': 'Bot MT{alnum:24}.{b64url:6}.{b64url:38}'}",
                "fetch(url, { headers: { Authorization: `Bot MT{alnum:24}.{b64url:6}.{b64url:38}` } })"
            ],
            "negatives": [
                "DISCORD_BOT_TOKEN=M{alnum:4}.{b64url:6}.{b64url:4}"
            ]
        }
    },
    {
        "id": "discord-webhook-url",
        "description": "Discord webhook URL",
        "regex": "discord(?:app)?\\.com/api/webhooks/[0-9]{17,20}/([A-Za-z0-9_-]{60,70})",
        "keywords": [
            "discord.com/api/webhooks",
            "discordapp.com/api/webhooks"
        ],
        "entropy": 3.5,
        "tests": {
            "positives": [
                "https://discord.com/api/webhooks/{digits:18}/{b64url:68}"
            ],
            "negatives": [
                "https://discord.com/api/webhooks/{digits:18}/<token>"
            ]
        }
    },
    {
        "id": "telegram-bot-token",
        "description": "Telegram bot token",
        "regex": "(?:(?<=/bot)|(?<![A-Za-z0-9]))([0-9]{8,10}:AA[A-Za-z0-9_-]{33})(?![A-Za-z0-9_-])",
        "keywords": [
            ":aa"
        ],
        "entropy": 3.5,
        "tests": {
            "positives": [
                "TELEGRAM_BOT_TOKEN={digits:10}:AA{b64url:33}",
                "curl \"https://api.telegram.org/bot{digits:9}:AA{b64url:33}/getMe\""
            ],
            "negatives": [
                "{digits:10}:AA{b64url:8}"
            ]
        }
    },
    {
        "id": "microsoft-teams-webhook",
        "description": "Microsoft Teams incoming webhook URL",
        "regex": "\\.webhook\\.office\\.com/webhookb2/([a-f0-9-]{36}@[a-f0-9-]{36}/IncomingWebhook/[a-f0-9]{32}/[a-f0-9-]{36})",
        "keywords": [
            "webhook.office.com"
        ],
        "entropy": 3,
        "tests": {
            "positives": [
                "https://acme.webhook.office.com/webhookb2/{uuid}@{uuid}/IncomingWebhook/{hex:32}/{uuid}"
            ],
            "negatives": [
                "https://acme.webhook.office.com/webhookb2/<id>"
            ]
        }
    },
    {
        "id": "google-chat-webhook",
        "description": "Google Chat webhook URL",
        "regex": "chat\\.googleapis\\.com/v1/spaces/[A-Za-z0-9_-]+/messages\\?key=[A-Za-z0-9_-]+&token=([A-Za-z0-9_=%-]{40,})",
        "keywords": [
            "chat.googleapis.com"
        ],
        "entropy": 3.5,
        "tests": {
            "positives": [
                "https://chat.googleapis.com/v1/spaces/{alnum:11}/messages?key=AIza{b64url:35}&token={b64url:43}%3D"
            ],
            "negatives": [
                "https://chat.googleapis.com/v1/spaces/X/messages?key=k&token=<token>"
            ]
        }
    },
    {
        "id": "facebook-access-token",
        "description": "Facebook / Meta access token",
        "regex": "(?<![A-Za-z0-9])(EAA[B-Z][A-Za-z0-9]{100,})(?![A-Za-z0-9])",
        "keywords": [
            "eaa"
        ],
        "entropy": 3.5,
        "tests": {
            "positives": [
                "FB_TOKEN=EAAG{alnum:180}"
            ],
            "negatives": [
                "EAAG{alnum:20}"
            ]
        }
    },
    {
        "id": "facebook-app-secret",
        "description": "Facebook app secret",
        "regex": "(?i)(?:facebook|fb)[\\w.-]{0,20}?secret[\\w.-]{0,10}?[\"']?\\s{0,5}[:=]\\s{0,5}[\"']?([a-f0-9]{32})(?![A-Za-z0-9])",
        "keywords": [
            "facebook",
            "fb_",
            "fb-",
            "fbsecret",
            "fbappsecret"
        ],
        "entropy": 3,
        "tests": {
            "positives": [
                "FACEBOOK_APP_SECRET={hex:32}",
                "FB_APP_SECRET={hex:32}"
            ],
            "negatives": [
                "FACEBOOK_APP_SECRET={hex:8}"
            ]
        }
    },
    {
        "id": "twitter-bearer-token",
        "description": "Twitter / X bearer token",
        "regex": "(?<![A-Za-z0-9%])(AAAAAAAAAAAAAAAAAAAAA[A-Za-z0-9%]{60,120})(?![A-Za-z0-9%])",
        "keywords": [
            "aaaaaaaaaaaaaaaaaaaaa"
        ],
        "entropy": 3.5,
        "no-placeholder-check": true,
        "tests": {
            "positives": [
                "TWITTER_BEARER_TOKEN=AAAAAAAAAAAAAAAAAAAAA{alnum:90}"
            ],
            "negatives": [
                "AAAAAAAAAAAAAAAAAAAAA{alnum:10}"
            ]
        }
    },
    {
        "id": "private-key",
        "description": "Private key (PEM RSA/EC/DSA, OpenSSH, PGP, PKCS#8), unencrypted",
        "regex": "-----BEGIN(?! ENCRYPTED)[ A-Z0-9]{0,30}PRIVATE KEY(?: BLOCK)?-----(?:\\\\+[rn]|\\s|[\"'`]\\s*[+,]?\\s*[\"'`]|(?<=\\n[ \\t]*)(?:#+|//+|--|;+|>+|\\*|%+|!)|<br\\s*/?>|\\\\(?=\\r?\\n)|(?!Proc-Type: *4,ENCRYPTED)[A-Za-z-]{2,20}: [^\\n\\\\]{0,200}(?:\\n|(?:\\\\+r)?\\\\+n))*([A-Za-z0-9+/]{40,}(?![A-Za-z0-9+/]{0,100}(?:\\\\+[rn]|\\s|[\"'`,])*(?:\\.\\.\\.|…))={0,2}(?:(?:\\\\+[rn]|\\s|[\"'`]\\s*[+,]?\\s*[\"'`]|(?<=\\n[ \\t]*)(?:#+|//+|--|;+|>+|\\*|%+|!)|<br\\s*/?>|\\\\(?=\\r?\\n))+[A-Za-z0-9+/]{4,}={0,2}(?=\\\\|\\s|\"|'|`|<br|$))*)",
        "keywords": [
            "private key"
        ],
        "entropy": 4,
        "severity": "critical",
        "multiline": true,
        "generic": true,
        "tests": {
            "positives": [
                "-----BEGIN RSA PRIVATE KEY-----\n{pem:6}\n-----END RSA PRIVATE KEY-----",
                "# -----BEGIN RSA PRIVATE KEY-----\n# {pem:1}\n# {pem:1}\n# {pem:1}\n# -----END RSA PRIVATE KEY-----",
                "// -----BEGIN PRIVATE KEY-----\n// {pem:1}\n// {pem:1}\n// -----END PRIVATE KEY-----",
                " * -----BEGIN EC PRIVATE KEY-----\n * {pem:1}\n * {pem:1}\n * -----END EC PRIVATE KEY-----",
                "> -----BEGIN OPENSSH PRIVATE KEY-----\n> {pem:1}\n> {pem:1}\n> -----END OPENSSH PRIVATE KEY-----",
                "-- -----BEGIN RSA PRIVATE KEY-----\n-- {pem:2}\n-- -----END RSA PRIVATE KEY-----",
                "| key | -----BEGIN RSA PRIVATE KEY-----<br>{pem:1}<br>{pem:1}<br/>{pem:1}<br>-----END RSA PRIVATE KEY----- |",
                "-----BEGIN OPENSSH PRIVATE KEY-----\n{pem:4}\n-----END OPENSSH PRIVATE KEY-----",
                "-----BEGIN EC PRIVATE KEY-----\n{pem:3}\n-----END EC PRIVATE KEY-----",
                "-----BEGIN PRIVATE KEY-----\n{pem:5}\n-----END PRIVATE KEY-----",
                "-----BEGIN DSA PRIVATE KEY-----\n{pem:5}\n-----END DSA PRIVATE KEY-----",
                "-----BEGIN PGP PRIVATE KEY BLOCK-----\nVersion: GnuPG v2\n\n{pem:5}\n-----END PGP PRIVATE KEY BLOCK-----",
                "key: \"-----BEGIN PRIVATE KEY-----\\n{b64:64}\\n{b64:64}\\n-----END PRIVATE KEY-----\\n\"",
                "  tls.key: |\n    -----BEGIN RSA PRIVATE KEY-----\n    {pem:1}\n    {pem:1}\n    -----END RSA PRIVATE KEY-----",
                "value = \"{\\\"key\\\": \\\"-----BEGIN EC PRIVATE KEY-----\\\\n{b64:64}\\\\n{b64:20}\\\\n-----END EC PRIVATE KEY-----\\\\n\\\"}\"",
                "const key = '-----BEGIN RSA PRIVATE KEY-----\\n' +\n  'MIIE{b64:60}\\n' +\n  '{b64:64}\\n' +\n  '{b64:40}\\n' +\n  '-----END RSA PRIVATE KEY-----\\n';",
                "KEY = (\n    \"-----BEGIN PRIVATE KEY-----\\n\"\n    \"{b64:64}\\n\"\n    \"{b64:64}\\n\"\n    \"-----END PRIVATE KEY-----\\n\"\n)",
                "String pem = \"-----BEGIN EC PRIVATE KEY-----\\n\"\n    + \"{b64:64}\\n\"\n    + \"{b64:20}\\n\"\n    + \"-----END EC PRIVATE KEY-----\";",
                "  \"-----BEGIN RSA PRIVATE KEY-----\",\n  \"{b64:64}\",\n  \"{b64:64}\",\n  \"{b64:64}\",\n  \"-----END RSA PRIVATE KEY-----\"",
                "app.jwt.private-key=-----BEGIN PRIVATE KEY-----\\\n  {b64:64}\\\n  {b64:64}\\\n  {b64:40}\\\n  -----END PRIVATE KEY-----",
                "    \"PRIVATE_KEY = \\\"\\\"\\\"-----BEGIN RSA PRIVATE KEY-----\\n\",\n    \"{b64:64}\\n\",\n    \"{b64:64}\\n\",\n    \"-----END RSA PRIVATE KEY-----\\\"\\\"\\\"\\n\","
            ],
            "negatives": [
                "-----BEGIN PUBLIC KEY-----\n{pem:4}\n-----END PUBLIC KEY-----",
                "-----BEGIN RSA PUBLIC KEY-----\n{pem:4}\n-----END RSA PUBLIC KEY-----",
                "-----BEGIN CERTIFICATE-----\n{pem:8}\n-----END CERTIFICATE-----",
                "-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----",
                "-----BEGIN RSA PRIVATE KEY-----\n<your key here>\n-----END RSA PRIVATE KEY-----",
                "-----BEGIN ENCRYPTED PRIVATE KEY-----\n{pem:5}\n-----END ENCRYPTED PRIVATE KEY-----",
                "-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,{HEX:32}\n\n{pem:5}\n-----END RSA PRIVATE KEY-----",
                "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ{b64:300} user@host",
                "const key = '-----BEGIN RSA PRIVATE KEY-----\\n' +\n  process.env.KEY_BODY +\n  '-----END RSA PRIVATE KEY-----\\n';",
                "const pub = '-----BEGIN PUBLIC KEY-----\\n' +\n  '{b64:64}\\n' +\n  '-----END PUBLIC KEY-----';",
                "\"secret_key_data\": \"-----BEGIN PGP PRIVATE KEY BLOCK-----\\nVersion: GnuPG v1.4.10 (GNU/Linux)\\nlQcYBE5TCgsBEACk4yHpUcapplebaumBMXYMiLF+nCQ0lxpx...\\n-----END PGP PRIVATE KEY BLOCK-----\\n\"",
                "-----BEGIN RSA PRIVATE KEY-----\n{b64:50}…\n-----END RSA PRIVATE KEY-----",
                "{\"private_key\": \"-----BEGIN PRIVATE KEY-----\\nMIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQC7VJTUt9Us8cKj\\n...\\n-----END PRIVATE KEY-----\\n\"}"
            ]
        }
    },
    {
        "id": "private-key-encrypted",
        "description": "Passphrase-encrypted private key (PKCS#8 ENCRYPTED PRIVATE KEY, or PEM with Proc-Type 4,ENCRYPTED)",
        "regex": "-----BEGIN(?: ENCRYPTED PRIVATE KEY-----|[ A-Z0-9]{0,30}PRIVATE KEY-----(?:\\\\+[rn]|\\s|[\"'`]\\s*\\+?\\s*[\"'`]|(?<=\\n[ \\t]*)(?:#+|//+|--|;+|>+|\\*|%+|!)|<br\\s*/?>)*Proc-Type: *4,ENCRYPTED)(?:\\\\+[rn]|\\s|[\"'`]\\s*\\+?\\s*[\"'`]|(?<=\\n[ \\t]*)(?:#+|//+|--|;+|>+|\\*|%+|!)|<br\\s*/?>|[A-Za-z-]{2,20}: [^\\n\\\\]{0,200}(?:\\n|(?:\\\\+r)?\\\\+n))*([A-Za-z0-9+/]{40,}(?![A-Za-z0-9+/]{0,100}(?:\\.\\.\\.|…))={0,2}(?:(?:\\\\+[rn]|\\s|[\"'`]\\s*\\+?\\s*[\"'`]|(?<=\\n[ \\t]*)(?:#+|//+|--|;+|>+|\\*|%+|!)|<br\\s*/?>)+[A-Za-z0-9+/]{4,}={0,2}(?=\\\\|\\s|\"|'|`|<br|$))*)",
        "keywords": [
            "private key"
        ],
        "entropy": 4,
        "severity": "high",
        "multiline": true,
        "generic": true,
        "tests": {
            "positives": [
                "{\"key\": \"-----BEGIN RSA PRIVATE KEY-----\\nProc-Type: 4,ENCRYPTED\\nDEK-Info: AES-128-CBC,{HEX:32}\\n\\n{b64:64}\\n{b64:20}\\n-----END RSA PRIVATE KEY-----\\n\"}",
                "-----BEGIN ENCRYPTED PRIVATE KEY-----\n{pem:5}\n-----END ENCRYPTED PRIVATE KEY-----",
                "-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,{HEX:32}\n\n{pem:5}\n-----END RSA PRIVATE KEY-----",
                "key: \"-----BEGIN ENCRYPTED PRIVATE KEY-----\\n{b64:64}\\n-----END ENCRYPTED PRIVATE KEY-----\\n\"",
                "value = \"{\\\"key\\\": \\\"-----BEGIN ENCRYPTED PRIVATE KEY-----\\\\n{b64:64}\\\\n{b64:30}\\\\n-----END ENCRYPTED PRIVATE KEY-----\\\\n\\\"}\""
            ],
            "negatives": [
                "-----BEGIN PRIVATE KEY-----\n{pem:5}\n-----END PRIVATE KEY-----",
                "-----BEGIN ENCRYPTED PRIVATE KEY-----\n...\n-----END ENCRYPTED PRIVATE KEY-----",
                "-----BEGIN PUBLIC KEY-----\n{pem:4}\n-----END PUBLIC KEY-----"
            ]
        }
    },
    {
        "id": "private-key-base64",
        "description": "Base64-encoded PEM private key (kubeconfig client-key-data, Kubernetes TLS Secret tls.key, Helm values)",
        "regex": "(?<![A-Za-z0-9+/])(LS0tLS1CRUdJTi[A-Za-z0-9+/]{40,}={0,2}(?:(?:\\r?\\n[ \\t]*|(?:\\\\r)?\\\\n)(?!LS0tLS1CRUdJTi)(?:[A-Za-z0-9+/]{4,}={0,2}|[A-Za-z0-9+/]{2,3}={1,2})(?=[ \\t]*(?:\\r?\\n|$)|\\\\[rn]|[\"']))*)(?![A-Za-z0-9+/=])",
        "keywords": [
            "ls0tls1crudjti"
        ],
        "entropy": 4,
        "severity": "critical",
        "multiline": true,
        "decoded": "^-----BEGIN (?!ENCRYPTED )(?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----\\r?\\n(?!Proc-Type: *4,ENCRYPTED)(?:[A-Za-z-]{2,20}: [^\\n]*\\r?\\n)*(?:\\r?\\n)?[A-Za-z0-9+/]{40}",
        "encodes": [
            "private-key"
        ],
        "tests": {
            "positives": [
                "users:\n- name: admin\n  user:\n    client-key-data: {b64pem:RSA PRIVATE KEY:6}",
                "{b64pem:RSA PRIVATE KEY:20:76}",
                "tls.key: |\n  {b64pem:PRIVATE KEY:6:64}",
                "{b64pem:EC PRIVATE KEY:3:64}\n",
                "type: kubernetes.io/tls\ndata:\n  tls.key: {b64pem:PRIVATE KEY:8}",
                "  tls.key: \"{b64pem:EC PRIVATE KEY:3}\"",
                "deployKey: {b64pem:OPENSSH PRIVATE KEY:5}",
                "key={b64pem:PRIVATE KEY:5}",
                "{\"privateKey\": \"{b64pem:DSA PRIVATE KEY:5}\"}"
            ],
            "negatives": [
                "    client-certificate-data: {b64pem:CERTIFICATE:8}",
                "  tls.crt: {b64pem:CERTIFICATE:8}",
                "    certificate-authority-data: {b64pem:CERTIFICATE:8}",
                "  key.pub: {b64pem:PUBLIC KEY:4}",
                "  tls.key: {b64pem:ENCRYPTED PRIVATE KEY:5}",
                "  tls.key: LS0tLS1CRUdJTiBQUklWQVRFIEtFWS0tLS0tCi4uLgotLS0tLUVORCBQUklWQVRFIEtFWS0tLS0tCg==",
                "  tls.key: LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQo8eW91ciBrZXkgaGVyZT4KLS0tLS1FTkQgUlNBIFBSSVZBVEUgS0VZLS0tLS0K",
                "prefix: LS0tLS1CRUdJTi{b64:80}"
            ]
        }
    },
    {
        "id": "private-key-encrypted-base64",
        "description": "Base64-encoded passphrase-encrypted PEM private key (ENCRYPTED PRIVATE KEY, or Proc-Type 4,ENCRYPTED)",
        "regex": "(?<![A-Za-z0-9+/])(LS0tLS1CRUdJTi[A-Za-z0-9+/]{40,}={0,2}(?:(?:\\r?\\n[ \\t]*|(?:\\\\r)?\\\\n)(?!LS0tLS1CRUdJTi)(?:[A-Za-z0-9+/]{4,}={0,2}|[A-Za-z0-9+/]{2,3}={1,2})(?=[ \\t]*(?:\\r?\\n|$)|\\\\[rn]|[\"']))*)(?![A-Za-z0-9+/=])",
        "keywords": [
            "ls0tls1crudjti"
        ],
        "entropy": 4,
        "severity": "high",
        "multiline": true,
        "decoded": "^-----BEGIN (?:ENCRYPTED PRIVATE KEY-----\\r?\\n|(?:[A-Z0-9]+ )*PRIVATE KEY-----\\r?\\nProc-Type: *4,ENCRYPTED\\r?\\n)(?:[A-Za-z-]{2,20}: [^\\n]*\\r?\\n)*(?:\\r?\\n)?[A-Za-z0-9+/]{40}",
        "encodes": [
            "private-key-encrypted"
        ],
        "tests": {
            "positives": [
                "  tls.key: {b64pem:ENCRYPTED PRIVATE KEY:5}",
                "    client-key-data: {b64pem:ENCRYPTED PRIVATE KEY:10}",
                "{b64pem:ENCRYPTED PRIVATE KEY:12:76}"
            ],
            "negatives": [
                "  tls.key: {b64pem:PRIVATE KEY:5}",
                "  tls.crt: {b64pem:CERTIFICATE:8}",
                "  tls.key: LS0tLS1CRUdJTiBQUklWQVRFIEtFWS0tLS0tCi4uLgotLS0tLUVORCBQUklWQVRFIEtFWS0tLS0tCg=="
            ]
        }
    },
    {
        "id": "private-key-der-base64",
        "description": "Private key as base64 DER with no PEM header (PKCS#8, PKCS#1 RSA, SEC1 EC, Ed25519/X25519, a JKS or JCEKS keystore)",
        "regex": "(?<![A-Za-z0-9+/])(MII[A-Za-z0-9+/]{3}IBADANBgkqhkiG9w0BAQEFAASC[A-Za-z0-9+/]{200,}|MII[A-Za-z0-9+/]{3}IBAAK[BC][A-Za-z0-9+/]{200,}|MI[A-Za-z0-9+/]{2,4}AgEAMB[AM]GByqGSM49AgEG[A-Za-z0-9+/]{60,}|(?:MHcCAQEEI|MHQCAQEEI|MDECAQEEI|MIGkAgEBBD[A-D]|MIHcAgEBBEI)[A-Za-z0-9+/]{40,}|MC4CAQAwBQYDK2V[wu]BCIEI[A-Za-z0-9+/]{43}|/u3\\+7QAAAAIAAAA[A-Za-z0-9+/]AAAAAQ[A-Za-z0-9+/]{200,}|zs7OzgAAAAIAAAA[A-Za-z0-9+/]AAAAA[Qw][A-Za-z0-9+/]{100,}|MII[A-Za-z0-9+/]{5}BgkqhkiG9w0BBQ0[A-Za-z0-9+/]{200,}|MEcCAQAwBQYDK2VxBDsEO[A-Za-z0-9+/]{70,}|MII[A-Za-z0-9+/]{3}IBADALBgkqhkiG9w0BAQo[A-Za-z0-9+/]{200,})={0,2}(?![A-Za-z0-9+/=])",
        "keywords": [
            "ibadanbgkqhkig9w0baqefaasc",
            "ibaakc",
            "ibaakb",
            "byqgsm49ageg",
            "mhccaqeei",
            "mhqcaqeei",
            "mdecaqeei",
            "migkagebbd",
            "mihcagebbei",
            "mc4caqawbqydk2v",
            "/u3+7qaaaai",
            "zs7ozgaaaai",
            "bgkqhkig9w0bbq0",
            "meccaqawbqydk2vxbdseo",
            "ibadalbgkqhkig9w0baqo"
        ],
        "entropy": 4,
        "severity": "critical",
        "generic": true,
        "tests": {
            "positives": [
                "JWT_SIGNING_KEY=MIIEvgIBADANBgkqhkiG9w0BAQEFAASC{b64:1200}",
                "    <key>MIIEowIBAAKCAQEA{b64:1500}</key>",
                "  key = base64.b64decode(\"MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg{b64:140}\")",
                "EC_KEY=MHcCAQEEI{b64:150}",
                "ED25519_SEED=MC4CAQAwBQYDK2VwBCIEI{b64:43}",
                "RELEASE_KEYSTORE_BASE64=/u3+7QAAAAIAAAABAAAAAQ{b64:2000}",
                "SECP256K1_KEY=MHQCAQEEI{b64:150}",
                "P384_KEY=MIGkAgEBBDB{b64:200}",
                "SIGNING_JCEKS=zs7OzgAAAAIAAAABAAAAAw{b64:400}",
                "zs7OzgAAAAIAAAACAAAAAQ{b64:2000}",
                "ENC_KEY=MIIFHzBJBgkqhkiG9w0BBQ0wPDAbBgkqhkiG9w0BBQwwDgQI{b64:1200}",
                "ED448=MEcCAQAwBQYDK2VxBDsEOQ{b64:76}==",
                "PSS_KEY=MIIEvgIBADALBgkqhkiG9w0BAQoEggSo{b64:1200}"
            ],
            "negatives": [
                "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA{b64:300}IDAQAB",
                "MIIDazCCAlOgAwIBAgIU{b64:1000}",
                "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE{b64:88}",
                "MCowBQYDK2VwAyEA{b64:43}",
                "MIIEvgIBADANBgkqhkiG9w0BAQEFAASC{same:40}",
                "/u3+7QAAAAIAAAABAAAAAg{b64:2000}",
                "TRUST=zs7OzgAAAAIAAAABAAAAAg{b64:2000}"
            ]
        }
    },
    {
        "id": "tor-onion-service-secret-key",
        "description": "Tor onion service (v3) secret key, hs_ed25519_secret_key, as base64",
        "regex": "(?<![A-Za-z0-9+/])(PT0gZWQyNTUxOXYxLXNlY3JldDogdHlwZTAgPT0A[A-Za-z0-9+/]{88})(?![A-Za-z0-9+/])",
        "keywords": [
            "pt0gzwqyntuxoxyxlxnly3jldd"
        ],
        "entropy": 4,
        "severity": "critical",
        "tests": {
            "positives": [
                "PT0gZWQyNTUxOXYxLXNlY3JldDogdHlwZTAgPT0A{b64:88}",
                "  hs_ed25519_secret_key: PT0gZWQyNTUxOXYxLXNlY3JldDogdHlwZTAgPT0A{b64:88}"
            ],
            "negatives": [
                "PT0gZWQyNTUxOXYxLXB1YmxpYzogdHlwZTAgPT0AAAAA{b64:40}",
                "PT0gZWQyNTUxOXYxLXNlY3JldDogdHlwZTAgPT0A{b64:40}"
            ]
        }
    },
    {
        "id": "pkcs12-private-key-base64",
        "description": "PKCS#12 (.p12 / .pfx) keystore holding a private key, as base64 (a CI variable, a Secret, a config value)",
        "regex": "(?<![A-Za-z0-9+/])(MII[A-Za-z0-9+/]{3}IBAzCC[A-Za-z0-9+/]{200,}={0,2}|MIACAQMwgA[A-Za-z0-9+/]{200,}={0,2})(?![A-Za-z0-9+/=])",
        "keywords": [
            "ibazcc",
            "miacaqmwga"
        ],
        "entropy": 4,
        "severity": "high",
        "decoded": "\\x2a\\x86\\x48\\x86\\xf7\\x0d\\x01\\x0c\\x0a\\x01[\\x01\\x02]",
        "tests": {
            "positives": [
                "KEYSTORE_P12_BASE64=MIIJ7wIBAzCC{b64:400}KoZIhvcNAQwKAQKg{b64:2400}",
                "  keystore.p12: MIIKLgIBAzCC{b64:800}KoZIhvcNAQwKAQKg{b64:3000}",
                "KEYCHAIN_P12=MIACAQMwgAYJKoZIhvcNAQcBoIAkgASC{b64:400}KoZIhvcNAQwKAQKg{b64:2400}"
            ],
            "negatives": [
                "  ca.p12: MIIGcgIBAzCC{b64:3000}",
                "TRUSTSTORE_P12=MIIEdgIBAzCC{b64:1600}"
            ]
        }
    },
    {
        "id": "dotnet-rsa-xml-private-key",
        "description": "RSA private key in .NET XML form (<RSAKeyValue> with <D>, from RSA.ToXmlString(true))",
        "regex": "<RSAKeyValue>\\s*(?:<(?!D>|/RSAKeyValue>)[^<]{0,2000}){0,40}?<D>\\s*([A-Za-z0-9+/]{40,}={0,2})\\s*</D>",
        "keywords": [
            "<rsakeyvalue>"
        ],
        "entropy": 4,
        "severity": "critical",
        "multiline": true,
        "report-at": "secret",
        "tests": {
            "positives": [
                "<RSAKeyValue><Modulus>{b64:342}==</Modulus><Exponent>AQAB</Exponent><P>{b64:171}=</P><Q>{b64:171}=</Q><DP>{b64:171}=</DP><DQ>{b64:171}=</DQ><InverseQ>{b64:171}=</InverseQ><D>{b64:342}==</D></RSAKeyValue>",
                "<RSAKeyValue>\n  <Modulus>{b64:342}==</Modulus>\n  <Exponent>AQAB</Exponent>\n  <P>{b64:171}=</P>\n  <D>{b64:342}==</D>\n</RSAKeyValue>"
            ],
            "negatives": [
                "<RSAKeyValue><Modulus>{b64:342}==</Modulus><Exponent>AQAB</Exponent></RSAKeyValue>",
                "<RSAKeyValue><Modulus>...</Modulus><Exponent>AQAB</Exponent><D>...</D></RSAKeyValue>"
            ]
        }
    },
    {
        "id": "putty-private-key",
        "description": "PuTTY private key file (.ppk, format 2 or 3)",
        "regex": "PuTTY-User-Key-File-[23]: [a-z0-9-]{3,40}(?:(?:\\\\r)?\\\\n|\\r?\\n)Encryption: [a-z0-9-]+(?:(?:\\\\r)?\\\\n|\\r?\\n)[\\s\\S]{0,4000}?Private-Lines: \\d+(?:(?:\\\\r)?\\\\n|\\r?\\n)([A-Za-z0-9+/]{16,}={0,2}(?:(?:(?:\\\\r)?\\\\n|\\r?\\n)[A-Za-z0-9+/]{4,}={0,2})*)",
        "keywords": [
            "putty-user-key-file-"
        ],
        "entropy": 3.5,
        "severity": "critical",
        "multiline": true,
        "tests": {
            "positives": [
                "PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: ed25519-key-2024\nPublic-Lines: 2\n{b64:64}\n{b64:4}\nPrivate-Lines: 1\n{b64:44}\nPrivate-MAC: {hex:64}",
                "PuTTY-User-Key-File-2: ssh-rsa\nEncryption: aes256-cbc\nComment: rsa-key\nPublic-Lines: 1\n{b64:64}\nPrivate-Lines: 2\n{b64:64}\n{b64:24}\nPrivate-MAC: {hex:40}"
            ],
            "negatives": [
                "A PuTTY key starts with `PuTTY-User-Key-File-3: ssh-ed25519` followed by `Encryption: none`.",
                "PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: x\nPublic-Lines: 1\n{b64:64}\nPrivate-Lines: 1\n<private key>\nPrivate-MAC: <mac>"
            ]
        }
    },
    {
        "id": "age-secret-key",
        "description": "age encryption secret key",
        "regex": "(AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})(?![QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L])",
        "keywords": [
            "age-secret-key-1"
        ],
        "entropy": 3,
        "severity": "critical",
        "owns": [
            "AGE-SECRET-KEY-1 [QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58,58}"
        ],
        "tests": {
            "positives": [
                "AGE-SECRET-KEY-1{bech:58}"
            ],
            "negatives": [
                "AGE-SECRET-KEY-1{bech:10}"
            ]
        }
    },
    {
        "id": "jwt",
        "description": "JSON Web Token",
        "regex": "(?<![A-Za-z0-9_-])(eyJ[A-Za-z0-9_-]{10,}\\.eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{20,})",
        "keywords": [
            "eyj"
        ],
        "entropy": 4,
        "allow": [
            "\\.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c$",
            "^eyJ[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]*(?:InJvbGUiOiJhbm9u|Jyb2xlIjoiYW5vb|icm9sZSI6ImFub24)"
        ],
        "severity": "medium",
        "generic": true,
        "tests": {
            "positives": [
                "Authorization: Bearer eyJ{b64url:30}.eyJ{b64url:80}.{b64url:43}"
            ],
            "negatives": [
                "const supabase = createClient(url, \"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6ImFiY2RlZmdoaWprbG1ub3AiLCJyb2xlIjoiYW5vbiIsImlhdCI6MTcwMDAwMDAwMH0.{b64url:43}\")",
                "eyJ{b64url:30}.eyJ{b64url:80}.",
                "eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0.",
                "token = eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
            ]
        }
    },
    {
        "id": "ethereum-private-key-config",
        "description": "Ethereum private key in a deployment config (Hardhat/Truffle accounts, PRIVATE_KEY, mnemonic-free)",
        "regex": "(?i)(?:accounts\\s*:\\s*\\[\\s*|(?:private[_-]?key|deployer[_-]?key|wallet[_-]?key|signer[_-]?key)[\"']?\\s*[:=]\\s*)[\"']?(0x[0-9a-f]{64})(?![0-9a-f])|(?:\\.from_key\\(|fromPrivateKey\\(|privateKeyToAccount\\(|new\\s{1,3}(?:ethers\\.)?Wallet\\(|private_?keys\\s*[:=]\\s*\\[)\\s*(?:Buffer\\.from\\(\\s*)?[\"']((?:0x)?[0-9a-f]{64})[\"']",
        "keywords": [
            "accounts",
            "private_key",
            "privatekey",
            "private-key",
            ".from_key(",
            "frompriva",
            "privatekeytoaccount(",
            "wallet(",
            "deployer_key",
            "deployerkey",
            "wallet_key",
            "walletkey",
            "signer_key",
            "signerkey"
        ],
        "entropy": 3,
        "severity": "critical",
        "tests": {
            "positives": [
                "module.exports = { networks: { mainnet: { url: 'https://eth.llamarpc.com', accounts: ['0x{hex:64}'] } } }",
                "PRIVATE_KEY=0x{hex:64}",
                "  deployerKey: \"0x{hex:64}\"",
                "acct = Account.from_key(\"0x{hex:64}\")",
                "const privateKeys = ['{hex:64}'];",
                "const wallet = new ethers.Wallet('0x{hex:64}', provider)",
                "const account = privateKeyToAccount(\"0x{hex:64}\")"
            ],
            "negatives": [
                "accounts: [process.env.PRIVATE_KEY]",
                "const txHash = \"0x{hex:64}\"",
                "PRIVATE_KEY=0x{same:64}",
                "acct = Account.from_key(os.environ[\"PRIVATE_KEY\"])",
                "new ethers.Wallet(process.env.PRIVATE_KEY)",
                "const wallet = new ethers.Wallet(\"0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80\", provider)",
                "privateKeyToAccount(\"0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d\")"
            ]
        }
    },
    {
        "id": "go-jwt-signing-key",
        "description": "JWT / HMAC signing key written as a Go []byte literal (var jwtKey = []byte(\"…\"), SignedString([]byte(\"…\")))",
        "regex": "(?i)(?:(?:\\b|(?<=\\\\t))(?=\\w{0,40}?(?:jwt|sign|hmac|secret))[a-z_]\\w{0,40}?(?:key|secret)\\s*(?:\\[\\]byte\\s*)?(?::=|=|:)\\s*|\\.SignedString\\(\\s*)\\[\\]byte\\(\\s*\\\\?[\"'`]([^\"'`\\\\\\n]{8,200})\\\\?[\"'`]\\s*\\)",
        "keywords": [
            "[]byte("
        ],
        "entropy": 2.5,
        "allow": [
            "(?i)^(?:my|your|the|some|super)?[_-]?(?:jwt|hmac|signing)?[_-]?(?:secret|key|secret[_-]?key|signing[_-]?key)$"
        ],
        "severity": "high",
        "tests": {
            "positives": [
                "var jwtKey = []byte(\"{alnum:24}\")",
                "\thmacSampleSecret := []byte(\"{alnum:16}-{alnum:8}\")",
                "tokenString, err := token.SignedString([]byte(\"{alnum:32}\"))",
                "var jwtSecret = []byte(`{alnum:28}`)",
                "var signingKey []byte = []byte(\"{alnum:20}\")",
                "\tJWTSecret: []byte(\"{alnum:12}7!\"),"
            ],
            "negatives": [
                "var jwtKey = []byte(os.Getenv(\"JWT_KEY\"))",
                "var mySigningKey = []byte(\"my_secret_key\")",
                "var hmacSecret = []byte(\"secret\")",
                "body := []byte(\"{alnum:24}\")",
                "var keyPrefix = []byte(\"session:\")",
                "tokenString, err := token.SignedString(key)",
                "var jwtKey = []byte(\"0123456789abcdef\")"
            ]
        }
    },
    {
        "id": "database-url-password",
        "description": "Database connection URL with a password",
        "regex": "(?i)(?<![A-Za-z0-9+.-])(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\\+srv)?|redis|rediss|amqps?|mssql|sqlserver|cockroachdb|clickhouse|oracle|ldaps?|mqtts?|nats|smtps?|imaps?|pop3s?|ftps?|sftp|neo4j(?:\\+s)?|bolt|couchdb|influxdb|ecto|snowflake|trino|presto|redshift|databricks|vertica|hana|db2|teradata|cassandra|scylla)(?:\\+[a-z0-9_]{1,24})?://([^:\\s/@\"'<>]{0,64}):(?!\\1(?:_?(?:password|passwd|pass|pwd))?@)([^@\\s\"'/<>]{3,128})@[^\\s\"'/<>]{2,}",
        "keywords": [
            "postgres://",
            "postgresql://",
            "mysql://",
            "mariadb://",
            "mongodb://",
            "mongodb+srv://",
            "redis://",
            "rediss://",
            "amqp://",
            "amqps://",
            "mssql://",
            "sqlserver://",
            "cockroachdb://",
            "clickhouse://",
            "oracle://",
            "ldap://",
            "ldaps://",
            "postgres+",
            "postgresql+",
            "mysql+",
            "mariadb+",
            "mssql+",
            "oracle+",
            "cockroachdb+",
            "mqtt://",
            "mqtts://",
            "nats://",
            "smtp://",
            "smtps://",
            "imap://",
            "imaps://",
            "pop3://",
            "pop3s://",
            "ftp://",
            "ftps://",
            "sftp://",
            "neo4j://",
            "neo4j+s://",
            "bolt://",
            "couchdb://",
            "influxdb://",
            "ecto://",
            "snowflake://",
            "trino://",
            "presto://",
            "redshift://",
            "databricks://",
            "vertica://",
            "hana://",
            "db2://",
            "teradata://",
            "cassandra://",
            "scylla://"
        ],
        "allow": [
            "^(?:pass(?:word)?|pwd|secret|changeme|postgres|root|admin|test|guest|user|mysql|redis|example|dbpass|db_password|mypassword|yourpassword|foo|bar|baz|qux|\\*+|x+|\\.+)$",
            "^\\[|\\]$"
        ],
        "secret-group": 2,
        "severity": "high",
        "tests": {
            "positives": [
                "ftp -u ftp://deploy:{alnum:20}@10.20.0.5/upload/ site.tar.gz",
                "ftp -u ftp://deploy:{alnum:20}@ftp.example.com/upload/ site.tar.gz",
                "DATABASE_URL=postgres://app:{alnum:20}@db.internal:5432/app",
                "MONGO_URI=\"mongodb+srv://svc:{alnum:16}@cluster0.abcd.mongodb.net/db\"",
                "redis://default:{alnum:24}@cache:6379",
                "REDIS_URL=redis://:{alnum:24}@cache:6379/0",
                "amqp://worker:{alnum:18}@mq:5672/",
                "SQLALCHEMY_DATABASE_URI = \"postgresql+psycopg2://svc:{alnum:14}@pg.internal/analytics\"",
                "engine = create_engine(\"mysql+pymysql://app:{alnum:16}@db:3306/shop\")",
                "oracle+cx_oracle://scott:{alnum:12}@orahost:1521/?service_name=XE",
                "url = \"mqtt://sensor-fleet:{alnum:16}@mqtt.example.io:1883\"",
                "config :acme, Acme.Repo, url: \"ecto://svc_billing:{alnum:16}7@pg-main.internal/acme_prod\", pool_size: 10",
                "engine = create_engine(\"snowflake://loader:{alnum:15}7@acme-xy12345/analytics/public?warehouse=LOAD_WH\")",
                "eng = create_engine(\"trino://analyst:{alnum:15}7@trino.corp.example:443/hive\")"
            ],
            "negatives": [
                "sql_alchemy_conn = postgresql+psycopg2://airflow:airflow@airflow-db:5432/airflow",
                "\"DataSource\": \"postgres://mmuser:mmuser_password@mm-db:5432/mattermost?sslmode=disable\"",
                "redis://[[username]:[password]]@localhost:6379/0",
                "postgresql+psycopg2://user:password@localhost/db",
                "postgresql+asyncpg://app:${DB_PASSWORD}@db/app",
                "postgres://user:password@localhost/db",
                "postgres://user:${DB_PASSWORD}@db/app",
                "mysql://root:root@127.0.0.1/test",
                "mongodb://localhost:27017/db",
                "postgres://u:<password>@h/db"
            ]
        }
    },
    {
        "id": "go-sql-dsn-password",
        "description": "Database DSN with a password, in the Go driver form (user:password@tcp(host:port)/db)",
        "regex": "(?<![A-Za-z0-9_.-])[A-Za-z0-9_.-]{1,64}:([^\\s@:/\"'`()]{6,128})@(?:tcp|tcp4|tcp6|unix|udp)\\(",
        "keywords": [
            "@tcp(",
            "@unix(",
            "@tcp4(",
            "@tcp6(",
            "@udp("
        ],
        "entropy": 2.5,
        "allow": [
            "^(?:pass(?:word)?|pwd|secret|changeme|root|admin|test|guest|user|mysql|example|mypassword|yourpassword|\\*+|x+)$"
        ],
        "severity": "high",
        "tests": {
            "positives": [
                "const dsn = \"api:{alnum:12}7@tcp(mysql.acme.internal:3306)/orders?parseTime=true\"",
                "DSN=svc:{alnum:10}#1@unix(/var/run/mysqld/mysqld.sock)/app"
            ],
            "negatives": [
                "dsn := \"user:password@tcp(127.0.0.1:3306)/test\"",
                "dsn := fmt.Sprintf(\"%s:%s@tcp(%s)/%s\", user, pass, host, db)",
                "root:root@tcp(localhost:3306)/db"
            ]
        }
    },
    {
        "id": "couchdb-http-url-password",
        "description": "CouchDB URL with a password (http(s)://user:pass@host:5984 or a couchdb host)",
        "regex": "(?i)https?://[^:\\s/@\"'<>]{1,64}:([^@\\s\"'/<>]{6,128})@[^\\s\"'/<>]{0,120}(?:couch|:5984)",
        "keywords": [
            "couch",
            ":5984"
        ],
        "entropy": 2.5,
        "severity": "high",
        "tests": {
            "positives": [
                "COUCHDB_URL=http://admin:{alnum:13}7@couchdb:5984",
                "nano(\"https://app:{alnum:16}@db.couch.acme.io\")"
            ],
            "negatives": [
                "COUCHDB_URL=http://admin:password@couchdb:5984",
                "COUCHDB_URL=http://${COUCH_USER}:${COUCH_PASS}@couchdb:5984"
            ]
        }
    },
    {
        "id": "url-basic-auth",
        "description": "Credentials embedded in an HTTP(S)/FTP URL",
        "regex": "(?i)(?<![A-Za-z0-9+.-])(?:(?:git|hg|svn|bzr)\\+)?(?:https?|ftps?|sftp|smtps?|ldaps?)://[A-Za-z0-9._%~-]{1,64}:([^\\s@/:\"'<>`{}$]{6,2048})@(?:[A-Za-z0-9.-]+\\.[A-Za-z]{2,}|\\d{1,3}(?:\\.\\d{1,3}){3}(?![\\d.]))",
        "keywords": [
            "://"
        ],
        "entropy": 3.2,
        "allow": [
            "^(?:pass(?:word)?|secret|changeme|x-oauth-basic|\\*+|x+)$"
        ],
        "severity": "high",
        "tests": {
            "positives": [
                "url = \"https://deploy:{alnum:20}@registry.example-corp.io/repo\"",
                "extra-index-url = https://aws:{b64url:900}@acme-123456789012.d.codeartifact.us-east-1.amazonaws.com/pypi/py/simple/",
                "git+https://oauth2:{alnum:20}7@gitlab.example.com/acme/lib.git#egg=lib"
            ],
            "negatives": [
                "https://user:password@example.com",
                "https://user:${TOKEN}@example.com",
                "https://example.com/a:b@c",
                "ftp://deploy:{alnum:12}@10.20.0",
                "ftp://anonymous:${FTP_PASS}@10.20.0.5/pub"
            ]
        }
    },
    {
        "id": "basic-auth-header",
        "description": "HTTP Basic authorization header with credentials",
        "regex": "(?i)(?:Authorization\\\\?[\"']?\\s{0,3}[:=,]\\s{0,3}|\"value\"\\s{0,3}:\\s{0,3})\\\\?[\"']?Basic\\s+([A-Za-z0-9+/]{16,}={0,2})",
        "keywords": [
            "basic"
        ],
        "entropy": 3.5,
        "allow": [
            "^czZCaGRSa3F0MzpnWDFmQmF0M2JW$"
        ],
        "decoded": "[\\x20-\\x7e]{0,200}:",
        "tests": {
            "positives": [
                "Authorization: Basic {basic:24}",
                "              \"value\": \"Basic {basic:30}\""
            ],
            "negatives": [
                "Authorization: Basic <credentials>",
                "Authorization: Basic ${CREDS}",
                "Authorization: Basic czZCaGRSa3F0MzpnWDFmQmF0M2JW",
                "  \"value\": \"Basic {{basicAuth}}\"",
                "  \"value\": \"Basic SubscriptionTier2024\""
            ]
        }
    },
    {
        "id": "bearer-auth-header",
        "description": "HTTP Bearer authorization header with a token",
        "regex": "(?:(?:[Aa]uthorization|AUTHORIZATION)\\\\?[\"']?(?:\\s{0,3}(?:=>|[:=,])\\s{0,3}|[ \\t]{1,3})|\"value\"\\s{0,3}:\\s{0,3}|[:=]\\s{0,3}(?=[\"'`])|[(,]\\s{0,3}(?=[\"'`](?:[Bb]earer|BEARER)\\s))\\\\?[\"'`]?(?:[Bb]earer|BEARER)\\s+((?=[A-Za-z0-9]{16,23}(?![A-Za-z0-9_.~+/=-]))(?=[A-Za-z0-9]{0,22}[0-9])(?=[A-Za-z0-9]{0,22}[a-z])(?=[A-Za-z0-9]{0,22}[A-Z])[A-Za-z0-9]{16,23}|[A-Za-z0-9_.~+/!-]{24,}=*)",
        "keywords": [
            "bearer"
        ],
        "entropy": 3.5,
        "allow": [
            "^[A-Z]?[a-z]+(?:[A-Z][a-z]+)+\\d{0,3}$",
            "^[a-z]+(?:[_.-][a-z]+)+[_.-]?$",
            "^[A-Z]+(?:_[A-Z]+)+$"
        ],
        "generic": true,
        "tests": {
            "positives": [
                "  Authorization: Bearer {hex:30}",
                "curl -sS -H \"Authorization: Bearer {alnum:13}aZ9\" https://api.nexmo.com/v1/calls",
                "curl -H \"Authorization: Bearer {b64url:40}\" https://api",
                "    proxy_set_header Authorization \"Bearer {alnum:40}\";",
                "  headers => { \"Authorization\" => \"Bearer {alnum:31}7\" }",
                "          \"value\": \"Bearer {alnum:31}Z9\"",
                "  http-request set-header Authorization \"Bearer sk_{alnum:27}4\"",
                "    httpHeaderValue1: 'Bearer {b64url:42}7'",
                "export const bearer = `Bearer {alnum:31}7`;",
                "h.insert(AUTHORIZATION, HeaderValue::from_static(\"Bearer {alnum:39}7\"));"
            ],
            "negatives": [
                "const prefix = 'Bearer '",
                "    httpHeaderValue1: 'Bearer ${GRAFANA_TOKEN}'",
                "Authorization: Bearer MyAccessToken123",
                "\"value\": \"Bearer {{token}}\"",
                "Authorization Bearer tokens are required for every request.",
                "-H \"Authorization: Bearer 0a1b2c3d4e5f60718293\"",
                "Authorization: Bearer validAccessToken1",
                "Authorization: Bearer $TOKEN",
                "Authorization: Bearer <token>",
                "Authorization: Bearer {{token}}",
                "console.log(\"Bearer tokens are required\")",
                "const h = `Bearer ${token}`",
                "throw new Error(\"Bearer token_missing_from_authorization_header\")",
                "logger.warn(`Bearer authentication_failed_for_request_${id}`)",
                "setHeader(\"Bearer YOUR_PERSONAL_ACCESS_TOKEN\")"
            ]
        }
    },
    {
        "id": "laravel-app-key",
        "description": "Laravel application key (APP_KEY=base64:… in .env)",
        "regex": "(?:^|[\\s\"'])APP_KEY[\"']?\\s*[=:]\\s*[\"']?(base64:[A-Za-z0-9+/]{43}=)(?![A-Za-z0-9+/=])",
        "keywords": [
            "app_key"
        ],
        "entropy": 4,
        "severity": "high",
        "tests": {
            "positives": [
                "APP_KEY=base64:{b64:43}=",
                "APP_KEY=\"base64:{b64:43}=\"",
                "  APP_KEY: base64:{b64:43}="
            ],
            "negatives": [
                "APP_KEY=",
                "APP_KEY=base64:",
                "APP_KEY=${APP_KEY}",
                "APP_KEY=SomeRandomString",
                "APP_KEY=base64:{same:43}=",
                "MY_APP_KEY=base64:{b64:20}"
            ]
        }
    },
    {
        "id": "npm-access-token",
        "description": "npm access token",
        "regex": "(?<![A-Za-z0-9_])(npm_[A-Za-z0-9]{36})(?![A-Za-z0-9])",
        "keywords": [
            "npm_"
        ],
        "entropy": 3.5,
        "severity": "critical",
        "checksum": "github-crc32",
        "owns": [
            "npm_ [A-Za-z0-9]{36,36}"
        ],
        "tests": {
            "positives": [
                "NPM_TOKEN=npm_{alnum:36}",
                "//registry.npmjs.org/:_authToken=npm_{alnum:36}"
            ],
            "negatives": [
                "npm_{alnum:10}",
                "//registry.npmjs.org/:_authToken=${NPM_TOKEN}"
            ]
        }
    },
    {
        "id": "npmrc-auth-token",
        "description": "Registry auth token in .npmrc / .yarnrc",
        "regex": "(?i)(?<![A-Za-z0-9])_auth(?:Token)?\\s*[=:]\\s*[\"']?([A-Za-z0-9_+/=.-]{20,})",
        "keywords": [
            "_auth"
        ],
        "entropy": 3.5,
        "generic": true,
        "tests": {
            "positives": [
                "//npm.pkg.github.com/:_authToken={b64url:40}"
            ],
            "negatives": [
                "//registry.npmjs.org/:_authToken=${NPM_TOKEN}",
                "exports.SOCKS5_NO_ACCEPTABLE_AUTH = exports.SOCKS5_CUSTOM_AUTH_END = exports.SOCKS5_CUSTOM_AUTH_START = void 0;"
            ]
        }
    },
    {
        "id": "pypi-token",
        "description": "PyPI upload token",
        "regex": "(pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,})",
        "keywords": [
            "pypi-ageichlwas5vcmc"
        ],
        "entropy": 3.5,
        "severity": "critical",
        "owns": [
            "pypi-AgEIcHlwaS5vcmc [A-Za-z0-9_-]{50,400}"
        ],
        "tests": {
            "positives": [
                "password = pypi-AgEIcHlwaS5vcmc{b64url:120}"
            ],
            "negatives": [
                "pypi-AgEIcHlwaS5vcmc{b64url:10}"
            ]
        }
    },
    {
        "id": "testpypi-token",
        "description": "TestPyPI upload token",
        "regex": "(pypi-AgENdGVzdC5weXBpLm9yZw[A-Za-z0-9_-]{50,})",
        "keywords": [
            "pypi-agendgvzdc5wexbplm9yzw"
        ],
        "entropy": 3.5,
        "severity": "medium",
        "tests": {
            "positives": [
                "pypi-AgENdGVzdC5weXBpLm9yZw{b64url:120}"
            ],
            "negatives": [
                "pypi-AgENdGVzdC5weXBpLm9yZw{b64url:10}"
            ]
        }
    },
    {
        "id": "docker-hub-pat",
        "description": "Docker Hub personal access token",
        "regex": "(?<![A-Za-z0-9_])(dckr_(?:pat|oat)_[A-Za-z0-9_-]{27,})",
        "keywords": [
            "dckr_pat_",
            "dckr_oat_"
        ],
        "entropy": 3.5,
        "severity": "high",
        "owns": [
            "dckr_pat_ [A-Za-z0-9_-]{27,80}",
            "dckr_oat_ [A-Za-z0-9_-]{27,80}"
        ],
        "tests": {
            "positives": [
                "DOCKERHUB_TOKEN=dckr_pat_{b64url:27}",
                "DOCKER_ORG_TOKEN=dckr_oat_{b64url:32}"
            ],
            "negatives": [
                "dckr_pat_{b64url:8}"
            ]
        }
    },
    {
        "id": "rubygems-api-key",
        "description": "RubyGems API key",
        "regex": "(rubygems_[a-f0-9]{48})(?![a-f0-9])",
        "keywords": [
            "rubygems_"
        ],
        "entropy": 3,
        "owns": [
            "rubygems_ [a-f0-9]{48,48}"
        ],
        "tests": {
            "positives": [
                "GEM_HOST_API_KEY=rubygems_{hex:48}"
            ],
            "negatives": [
                "rubygems_{hex:8}"
            ]
        }
    },
    {
        "id": "nuget-api-key",
        "description": "NuGet API key",
        "regex": "(?<![A-Za-z0-9])(oy2[a-z0-9]{43})(?![a-z0-9])",
        "keywords": [
            "oy2"
        ],
        "entropy": 3.5,
        "tests": {
            "positives": [
                "NUGET_API_KEY=oy2{alnumL:43}"
            ],
            "negatives": [
                "oy2{alnumL:8}"
            ]
        }
    },
    {
        "id": "clojars-token",
        "description": "Clojars deploy token",
        "regex": "(CLOJARS_[A-Za-z0-9]{60})(?![A-Za-z0-9])",
        "keywords": [
            "clojars_"
        ],
        "entropy": 3.5,
        "tests": {
            "positives": [
                "CLOJARS_{alnumL:60}",
                "    - \"CLOJARS_{alnum:60}\""
            ],
            "negatives": [
                "CLOJARS_{alnumL:8}"
            ]
        }
    },
    {
        "id": "jfrog-api-key",
        "description": "JFrog Artifactory API key",
        "regex": "(?<![A-Za-z0-9])(AKCp[A-Za-z0-9]{69})(?![A-Za-z0-9])",
        "keywords": [
            "akcp"
        ],
        "entropy": 3.5,
        "tests": {
            "positives": [
                "ARTIFACTORY_API_KEY=AKCp{alnum:69}"
            ],
            "negatives": [
                "AKCp{alnum:10}"
            ]
        }
    },
    {
        "id": "jfrog-identity-token",
        "description": "JFrog identity / reference token",
        "regex": "(?<![A-Za-z0-9])(cmVmd[A-Za-z0-9]{59})(?![A-Za-z0-9])",
        "keywords": [
            "cmvmd"
        ],
        "entropy": 4.5,
        "tests": {
            "positives": [
                "JFROG_TOKEN=cmVmdGtu{alnum:56}",
                "    - \"cmVmdx{alnum:58}\""
            ],
            "negatives": [
                "cmVmdGtu{alnum:10}",
                "cmVmd{alnum:70}",
                "cmVmdGtuOjAxOjAwMDAwMDAwMDA6{same:36}"
            ]
        }
    },
    {
        "id": "linear-api-key",
        "description": "Linear API key",
        "regex": "(lin_api_[A-Za-z0-9]{40})(?![A-Za-z0-9])",
        "keywords": [
            "lin_api_"
        ],
        "entropy": 3.5,
        "owns": [
            "lin_api_ [A-Za-z0-9]{40,40}"
        ],
        "tests": {
            "positives": [
                "LINEAR_API_KEY=lin_api_{alnum:40}"
            ],
            "negatives": [
                "lin_api_{alnum:10}"
            ]
        }
    },
    {
        "id": "notion-integration-token",
        "description": "Notion integration token",
        "regex": "(?<![A-Za-z0-9_])(secret_[A-Za-z0-9]{43}|ntn_[0-9]{11}[A-Za-z0-9]{35})(?![A-Za-z0-9])",
        "keywords": [
            "secret_",
            "ntn_"
        ],
        "entropy": 3.5,
        "owns": [
            "ntn_ [A-Za-z0-9]{46,46}"
        ],
        "tests": {
            "positives": [
                "NOTION_TOKEN=secret_{alnum:43}",
                "NOTION_TOKEN=ntn_{digits:11}{alnum:35}"
            ],
            "negatives": [
                "secret_{alnum:10}",
                "ntn_{digits:4}"
            ]
        }
    },
    {
        "id": "postman-api-key",
        "description": "Postman API key",
        "regex": "(PMAK-[a-fA-F0-9]{24}-[a-fA-F0-9]{34})(?![A-Za-z0-9])",
        "keywords": [
            "pmak-"
        ],
        "entropy": 3,
        "owns": [
            "PMAK- [a-fA-F0-9-]{59,59}"
        ],
        "tests": {
            "positives": [
                "POSTMAN_API_KEY=PMAK-{hex:24}-{hex:34}"
            ],
            "negatives": [
                "PMAK-{hex:8}"
            ]
        }
    },
    {
        "id": "sentry-org-token",
        "description": "Sentry organization auth token",
        "regex": "(sntrys_eyJ[A-Za-z0-9+/=_-]{60,})",
        "keywords": [
            "sntrys_"
        ],
        "entropy": 4,
        "owns": [
            "sntrys_ [A-Za-z0-9+/=_-]{63,400}"
        ],
        "tests": {
            "positives": [
                "SENTRY_AUTH_TOKEN=sntrys_eyJ{b64:120}"
            ],
            "negatives": [
                "sntrys_eyJ{b64:10}"
            ]
        }
    },
    {
        "id": "sentry-user-token",
        "description": "Sentry user auth token",
        "regex": "(sntryu_[a-f0-9]{64})(?![a-f0-9])",
        "keywords": [
            "sntryu_"
        ],
        "entropy": 3,
        "owns": [
            "sntryu_ [a-f0-9]{64,64}"
        ],
        "tests": {
            "positives": [
                "SENTRY_AUTH_TOKEN=sntryu_{hex:64}"
            ],
            "negatives": [
                "sntryu_{hex:8}"
            ]
        }
    },
    {
        "id": "newrelic-user-api-key",
        "description": "New Relic user API key",
        "regex": "(NRAK-[A-Za-z0-9]{27})(?![A-Za-z0-9])",
        "keywords": [
            "nrak-"
        ],
        "entropy": 3.5,
        "owns": [
            "NRAK- [A-Za-z0-9]{27,27}"
        ],
        "tests": {
            "positives": [
                "NEW_RELIC_API_KEY=NRAK-{alnumU:27}"
            ],
            "negatives": [
                "NRAK-{alnumU:8}"
            ]
        }
    },
    {
        "id": "newrelic-insert-key",
        "description": "New Relic insert or query key (Insights NRII-, NRIQ-)",
        "regex": "(NRI[IQ]-[A-Za-z0-9_-]{32})(?![A-Za-z0-9_-])",
        "keywords": [
            "nrii-",
            "nriq-"
        ],
        "entropy": 3.5,
        "tests": {
            "positives": [
                "NRII-{b64url:32}",
                "header_up X-Query-Key \"NRIQ-{b64url:32}\""
            ],
            "negatives": [
                "NRII-{b64url:8}",
                "NRIQ-{b64url:8}"
            ]
        }
    },
    {
        "id": "newrelic-license-key",
        "description": "New Relic license (ingest) key",
        "regex": "(?<![A-Za-z0-9])([a-f0-9]{36}NRAL)(?![A-Za-z0-9])",
        "keywords": [
            "nral"
        ],
        "entropy": 3,
        "severity": "high",
        "tests": {
            "positives": [
                "NEW_RELIC_LICENSE_KEY={hex:36}NRAL",
                "common: &default_settings\n  license_key: '{hex:36}NRAL'"
            ],
            "negatives": [
                "license_key: {hex:20}NRAL",
                "license_key: {same:36}NRAL",
                "NRAL"
            ]
        }
    },
    {
        "id": "newrelic-browser-key",
        "description": "New Relic browser API key",
        "regex": "(NRJS-[a-f0-9]{19})(?![a-f0-9])",
        "keywords": [
            "nrjs-"
        ],
        "entropy": 3,
        "severity": "low",
        "tests": {
            "positives": [
                "NRJS-{hex:19}"
            ],
            "negatives": [
                "NRJS-{hex:8}"
            ]
        }
    },
    {
        "id": "grafana-cloud-token",
        "description": "Grafana Cloud access policy token",
        "regex": "(?<![A-Za-z0-9_])(glc_[A-Za-z0-9+/]{32,400}={0,2})",
        "keywords": [
            "glc_"
        ],
        "entropy": 3.5,
        "tests": {
            "positives": [
                "GRAFANA_CLOUD_TOKEN=glc_{b64:120}"
            ],
            "negatives": [
                "glc_{b64:10}"
            ]
        }
    },
    {
        "id": "grafana-service-account-token",
        "description": "Grafana service account token",
        "regex": "(glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8})(?![A-Za-z0-9])",
        "keywords": [
            "glsa_"
        ],
        "entropy": 3.5,
        "owns": [
            "glsa_ [A-Za-z0-9_]{41,41}"
        ],
        "tests": {
            "positives": [
                "GRAFANA_TOKEN=glsa_{alnum:32}_{hex:8}"
            ],
            "negatives": [
                "glsa_{alnum:8}_{hex:8}"
            ]
        }
    },
    {
        "id": "grafana-api-key",
        "description": "Grafana API key (legacy)",
        "regex": "(?<![A-Za-z0-9+/])((?:eyJrIjoi|eyJrIjogI)[A-Za-z0-9+/]{66,400}={0,2})(?![A-Za-z0-9+/=])",
        "keywords": [
            "eyjrijoi",
            "eyjrijogi"
        ],
        "entropy": 3.5,
        "tests": {
            "positives": [
                "GRAFANA_API_KEY=eyJrIjoi{alnum:90}",
                "api_key = eyJrIjogI{b64:80}=="
            ],
            "negatives": [
                "eyJrIjoi{alnum:10}"
            ]
        }
    },
    {
        "id": "airtable-pat",
        "description": "Airtable personal access token",
        "regex": "(?<![A-Za-z0-9])(pat[A-Za-z0-9]{14}\\.[a-f0-9]{64})(?![a-f0-9])",
        "keywords": [
            "pat"
        ],
        "entropy": 3.5,
        "tests": {
            "positives": [
                "AIRTABLE_TOKEN=pat{alnum:14}.{hex:64}"
            ],
            "negatives": [
                "pat{alnum:14}.{hex:8}"
            ]
        }
    },
    {
        "id": "figma-pat",
        "description": "Figma personal access token",
        "regex": "(figd_[A-Za-z0-9_-]{40})(?![A-Za-z0-9_-])",
        "keywords": [
            "figd_"
        ],
        "entropy": 3.5,
        "owns": [
            "figd_ [A-Za-z0-9_-]{40,40}"
        ],
        "tests": {
            "positives": [
                "FIGMA_TOKEN=figd_{b64url:40}"
            ],
            "negatives": [
                "figd_{b64url:8}"
            ]
        }
    },
    {
        "id": "asana-pat",
        "description": "Asana personal access token",
        "regex": "(?i)(?:asana(?:[\\w.-]{0,20}?[\"']?\\s{0,5}[:=]\\s{0,5}[\"']?|[^\\n]{0,80}?[(,]\\s{0,5}[\"'])|token[\"']?\\s{0,5}[:=]\\s{0,5}[\"']?)([0-9]/[0-9]{10,20}(?:/[0-9]{10,20})?:[A-Za-z0-9]{32})(?![A-Za-z0-9])|(?:[Bb]earer|BEARER)\\s+([12]/[0-9]{16}/[0-9]{16}:[0-9a-f]{32})(?![A-Za-z0-9])",
        "keywords": [
            "asana",
            "token",
            "bearer"
        ],
        "entropy": 3,
        "tests": {
            "positives": [
                "ASANA_TOKEN=2/{digits:16}/{digits:16}:{alnum:32}",
                "client = asana.Client.access_token(\"2/{digits:16}/{digits:16}:{hex:32}\")",
                "Asana::Client.new { |c| c.authentication :access_token, '1/{digits:16}:{hex:32}' }",
                "  access_token = \"2/{digits:16}/{digits:16}:{hex:32}\"",
                "curl https://app.asana.com/api/1.0/users/me -H \"Authorization: Bearer 2/{digits:16}/{digits:16}:{hex:32}\""
            ],
            "negatives": [
                "ASANA_TOKEN=2/{digits:16}"
            ]
        }
    },
    {
        "id": "okta-api-token",
        "description": "Okta API token",
        "regex": "(?i)(?:okta[\\w.-]{0,20}?(?:token|key|secret)[\\w.-]{0,10}?[\"']?\\s{0,5}[:=]\\s{0,5}[\"']?|\\bSSWS\\s+)(00[A-Za-z0-9_-]{40})(?![A-Za-z0-9_-])",
        "keywords": [
            "okta",
            "ssws"
        ],
        "entropy": 3.5,
        "tests": {
            "positives": [
                "OKTA_API_TOKEN=00{b64url:40}",
                "curl -H \"Authorization: SSWS 00{b64url:40}\" https://acme.okta.com/api/v1/users"
            ],
            "negatives": [
                "OKTA_API_TOKEN=00{b64url:8}"
            ]
        }
    },
    {
        "id": "twitch-api-token",
        "description": "Twitch API token or client secret",
        "regex": "(?i)twitch[\\w.-]{0,20}?(?:token|key|secret)[\\w.-]{0,10}?[\"']?\\s{0,5}[:=]\\s{0,5}[\"']?([a-z0-9]{30})(?![A-Za-z0-9])",
        "keywords": [
            "twitch"
        ],
        "entropy": 3.5,
        "tests": {
            "positives": [
                "TWITCH_CLIENT_SECRET={alnumL:30}"
            ],
            "negatives": [
                "TWITCH_CLIENT_SECRET={alnumL:8}"
            ]
        }
    },
    {
        "id": "dropbox-short-lived-token",
        "description": "Dropbox access token",
        "regex": "(?<![A-Za-z0-9_.-])(sl\\.(?:u\\.)?[A-Za-z0-9_-]{130,1500})(?![A-Za-z0-9_-])",
        "keywords": [
            "sl."
        ],
        "entropy": 4,
        "tests": {
            "positives": [
                "DROPBOX_TOKEN=sl.{b64url:138}",
                "    cfg.set(\"k45\", \"sl.u.{b64url:140}\")"
            ],
            "negatives": [
                "sl.{b64url:20}"
            ]
        }
    },
    {
        "id": "yandex-oauth-token",
        "description": "Yandex OAuth token (y0_…)",
        "regex": "(?<![A-Za-z0-9_-])(y[0-3]_Ag[A-Za-z0-9_-]{50,60})(?![A-Za-z0-9_-])",
        "keywords": [
            "y0_ag",
            "y1_ag",
            "y2_ag",
            "y3_ag"
        ],
        "entropy": 3.5,
        "severity": "high",
        "tests": {
            "positives": [
                "YANDEX_OAUTH_TOKEN=y0_AgAAAAA{b64url:48}",
                "OAuth token for the disk backup: y0_Ag{b64url:53}"
            ],
            "negatives": [
                "y0_AgAAAAA{b64url:10}",
                "y0_Ag{same:53}"
            ]
        }
    },
    {
        "id": "yandex-iam-token",
        "description": "Yandex Cloud IAM token (t1.…)",
        "regex": "(?<![A-Za-z0-9_.-])(t1\\.[A-Za-z0-9_-]{40,300}={0,2}\\.[A-Za-z0-9_-]{86}={0,2})(?![A-Za-z0-9_-])",
        "keywords": [
            "t1."
        ],
        "entropy": 4,
        "severity": "high",
        "tests": {
            "positives": [
                "export IAM_TOKEN=t1.9euelZ{b64url:100}.{b64url:86}",
                "curl -H \"Authorization: Bearer t1.{b64url:120}.{b64url:86}\" https://resource-manager.api.cloud.yandex.net/resource-manager/v1/clouds"
            ],
            "negatives": [
                "t1.{b64url:10}.{b64url:10}",
                "img/t1.{b64url:50}.png"
            ]
        }
    },
    {
        "id": "exoscale-api-key",
        "description": "Exoscale API key (EXO + 24 hex)",
        "regex": "(?<![A-Za-z0-9])(EXO[0-9a-f]{24})(?![A-Za-z0-9])",
        "keywords": [
            "exo"
        ],
        "entropy": 3,
        "severity": "high",
        "tests": {
            "positives": [
                "key = \"EXO{hex:24}\"",
                "export EXOSCALE_API_KEY=EXO{hex:24}",
                "note: saw EXO{hex:24} in the output"
            ],
            "negatives": [
                "EXO{hex:10}",
                "EXOTIC{hex:24}",
                "EXO000000000000000000000000"
            ]
        }
    },
    {
        "id": "stackhawk-api-key",
        "description": "StackHawk API key (hawk.…)",
        "regex": "(?<![A-Za-z0-9.])(hawk\\.[A-Za-z0-9]{20}\\.[A-Za-z0-9]{20})(?![A-Za-z0-9.])",
        "keywords": [
            "hawk."
        ],
        "entropy": 3.5,
        "severity": "high",
        "tests": {
            "positives": [
                "HAWK_API_KEY=hawk.{alnum:20}.{alnum:20}",
                "  value: hawk.{alnum:20}.{alnum:20}"
            ],
            "negatives": [
                "hawk.{alnum:8}.{alnum:8}",
                "import hawk.core.config.Settings"
            ]
        }
    },
    {
        "id": "salesforce-access-token",
        "description": "Salesforce access or session token (org id, !, session)",
        "regex": "(?<![A-Za-z0-9])(00D[A-Za-z0-9]{12}(?:[A-Za-z0-9]{3})?![A-Za-z0-9._]{80,120})(?![A-Za-z0-9._])",
        "keywords": [
            "00d"
        ],
        "entropy": 4,
        "severity": "high",
        "tests": {
            "positives": [
                "accessToken=00D{alnum:12}!AR{alnum:94}",
                "  -H \"Authorization: Bearer 00D{alnum:15}!{alnum:60}.{alnum:30}\"",
                "sf org login access-token --instance-url https://acme.my.salesforce.com --no-prompt 00D{alnum:15}!AQ{alnum:96}"
            ],
            "negatives": [
                "00D{alnum:12}!",
                "00D{alnum:12}!{alnum:20}"
            ]
        }
    },
    {
        "id": "deno-deploy-token",
        "description": "Deno Deploy access token (ddp_, ddo_)",
        "regex": "(?<![A-Za-z0-9_])(dd[po]_[A-Za-z0-9]{36})(?![A-Za-z0-9])",
        "keywords": [
            "ddp_",
            "ddo_"
        ],
        "entropy": 3.5,
        "severity": "high",
        "tests": {
            "positives": [
                "DENO_DEPLOY_TOKEN=ddp_{alnum:36}",
                "note: saw ddp_{alnum:36} in the output"
            ],
            "negatives": [
                "ddp_{alnum:10}",
                "ddp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
            ]
        }
    },
    {
        "id": "infisical-service-token",
        "description": "Infisical service token (st.<id>.<hex>.<hex>)",
        "regex": "(?<![A-Za-z0-9.])(st\\.(?:[0-9a-f]{24}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\\.[0-9a-f]{32}\\.[0-9a-f]{32})(?![A-Za-z0-9])",
        "keywords": [
            "st."
        ],
        "entropy": 3,
        "severity": "high",
        "tests": {
            "positives": [
                "note: saw st.{hex:24}.{hex:32}.{hex:32} in the output",
                "token = \"st.{uuid}.{hex:32}.{hex:32}\"",
                "INFISICAL_TOKEN=st.{uuid}.{hex:32}.{hex:32}",
                "client = InfisicalClient(\"st.{uuid}.{hex:32}.{hex:32}\")"
            ],
            "negatives": [
                "st.{hex:24}.{hex:32}",
                "test.{hex:24}.{hex:32}.{hex:32}"
            ]
        }
    },
    {
        "id": "arcgis-api-key",
        "description": "Esri ArcGIS API key (AAPK…, AAPT…)",
        "regex": "(?<![A-Za-z0-9_-])(AAP[KT][A-Za-z0-9_-]{90,400})(?![A-Za-z0-9_-])",
        "keywords": [
            "aapk",
            "aapt"
        ],
        "entropy": 4,
        "severity": "high",
        "tests": {
            "positives": [
                "esriConfig.apiKey = \"AAPK{b64url:100}\";",
                "ARCGIS_API_KEY=AAPT{b64url:200}"
            ],
            "negatives": [
                "AAPK{b64url:20}",
                "aapt2-{alnum:100}"
            ]
        }
    },
    {
        "id": "akamai-edgegrid-token",
        "description": "Akamai EdgeGrid client or access token (akab-…)",
        "regex": "(?<![A-Za-z0-9-])(akab-[a-z0-9]{16}-[a-z0-9]{16})(?![A-Za-z0-9-])",
        "keywords": [
            "akab-"
        ],
        "entropy": 3.5,
        "severity": "medium",
        "tests": {
            "positives": [
                "client_token = akab-{alnumL:16}-{alnumL:16}",
                "note: saw akab-{alnumL:16}-{alnumL:16} in the output"
            ],
            "negatives": [
                "akab-xxxxxxxxxxxxxxxx-xxxxxxxxxxxxxxxx",
                "akab-{alnumL:6}-{alnumL:6}"
            ]
        }
    },
    {
        "id": "cloudflare-tunnel-token",
        "description": "Cloudflare Tunnel token (base64 of {\"a\":…,\"t\":…,\"s\":…})",
        "regex": "(?<![A-Za-z0-9+/=._-])(eyJhIjoi[A-Za-z0-9+/]{120,400}={0,2})(?![A-Za-z0-9+/=])",
        "keywords": [
            "eyjhijoi"
        ],
        "entropy": 4,
        "severity": "high",
        "decoded": "^\\{\"a\":\"[0-9a-f]{32}\",\"t\":\"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\",\"s\":\"",
        "tests": {
            "positives": [
                "cloudflared tunnel run --token {cftunnel}",
                "      TUNNEL_TOKEN: {cftunnel}"
            ],
            "negatives": [
                "eyJhIjoi{b64:180}=",
                "const TURSO_TOKEN = \"eyJhbGciOiJFZERTQSIsInR5cCI6IkpXVCJ9.eyJhIjoicnciLCJpYXQiOjE3MTAwMDAwMDAsImlkIjoi{b64url:120}.{b64url:86}\"",
                "eyJhIjoi{b64:40}",
                "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.{b64url:43}"
            ]
        }
    },
    {
        "id": "mongodb-atlas-service-account-secret",
        "description": "MongoDB Atlas service account secret (mdb_sa_sk_)",
        "regex": "(?<![A-Za-z0-9_])(mdb_sa_sk_[A-Za-z0-9_-]{40,64})(?![A-Za-z0-9_-])",
        "keywords": [
            "mdb_sa_sk_"
        ],
        "entropy": 3.5,
        "severity": "high",
        "tests": {
            "positives": [
                "MDB_MCP_API_CLIENT_SECRET=mdb_sa_sk_{alnum:40}",
                "note: saw mdb_sa_sk_{alnum:40} in the output"
            ],
            "negatives": [
                "mdb_sa_id_{hex:24}",
                "mdb_sa_sk_{alnum:10}"
            ]
        }
    },
    {
        "id": "paystack-secret-key",
        "description": "Paystack live secret key (sk_live_ + 40 hex)",
        "regex": "(?<![A-Za-z0-9_])(sk_live_[0-9a-f]{40})(?![A-Za-z0-9])",
        "keywords": [
            "sk_live_"
        ],
        "entropy": 3,
        "severity": "critical",
        "tests": {
            "positives": [
                "PAYSTACK_SECRET_KEY=sk_live_{hex:40}",
                "$paystack = new Yabacon\\Paystack('sk_live_{hex:40}');"
            ],
            "negatives": [
                "sk_live_{hex:20}",
                "pk_live_{hex:40}"
            ]
        }
    },
    {
        "id": "adyen-api-key",
        "description": "Adyen API key (AQE…, with =- separated parts)",
        "regex": "(?<![A-Za-z0-9+/_-])(AQE[A-Za-z0-9+/]{20,200}={1,2}-[A-Za-z0-9+/=_-]{20,300})(?![A-Za-z0-9+/=_-])",
        "keywords": [
            "aqe"
        ],
        "entropy": 4,
        "severity": "high",
        "tests": {
            "positives": [
                "ADYEN_API_KEY=AQE{b64:80}=-{b64:40}=-{b64:30}",
                "    cfg.set(\"kadyen\", \"AQEQGb{b64:90}=-9K9R{b64:50}\")",
                "client.setApiKey(\"AQEyhmfx{b64:90}==-{b64:43}=-{alnum:16}\");"
            ],
            "negatives": [
                "AQEAAAA{b64:40}",
                "data:image/png;base64,iVBORw0KGgoAQE{b64:60}=-"
            ]
        }
    },
    {
        "id": "dropbox-long-lived-token",
        "description": "Dropbox long-lived access token",
        "regex": "(?i)(?:dropbox[\\w.-]{0,30}?[\"']?\\]?\\s{0,5}[:=]\\s{0,5}[\"']?|(?:access_token[\"']?\\s{0,3}[:=]\\s{0,3}[\"']?|\\bbearer\\s{1,3}))([a-z0-9]{11}AAAAAAAAAA[a-z0-9_=-]{43})(?![A-Za-z0-9_=-])",
        "keywords": [
            "dropbox",
            "access_token",
            "bearer"
        ],
        "entropy": 3.5,
        "no-placeholder-check": true,
        "tests": {
            "positives": [
                "DROPBOX_TOKEN={alnumL:11}AAAAAAAAAA{alnumL:43}",
                "token = {\"access_token\":\"{alnum:11}AAAAAAAAAA{alnum:43}\",\"token_type\":\"bearer\",\"expiry\":\"0001-01-01T00:00:00Z\"}",
                "env[DROPBOX_TOKEN] = {alnum:11}AAAAAAAAAA{alnum:43}"
            ],
            "negatives": [
                "  \"data\": \"{b64:11}AAAAAAAAAAAB3{b64:41}\",",
                "data:image/png;base64,{b64:40}AAAAAAAAAA{b64:43}AAAA",
                "DROPBOX_TOKEN={alnumL:11}AAAAAAAAAA{alnumL:4}"
            ]
        }
    },
    {
        "id": "mapbox-secret-token",
        "description": "Mapbox secret access token",
        "regex": "(sk\\.eyJ[A-Za-z0-9_-]{50,}\\.[A-Za-z0-9_-]{20,})",
        "keywords": [
            "sk.eyj"
        ],
        "entropy": 4,
        "tests": {
            "positives": [
                "MAPBOX_TOKEN=sk.eyJ{b64url:60}.{b64url:22}"
            ],
            "negatives": [
                "pk.eyJ{b64url:60}.{b64url:22}",
                "sk.eyJ{b64url:10}.{b64url:4}"
            ]
        }
    },
    {
        "id": "onepassword-service-account-token",
        "description": "1Password service account token",
        "regex": "(ops_eyJ[A-Za-z0-9+/]{250,}={0,3})",
        "keywords": [
            "ops_eyj"
        ],
        "entropy": 4,
        "severity": "critical",
        "owns": [
            "ops_eyJ [A-Za-z0-9+/=]{250,2000}"
        ],
        "tests": {
            "positives": [
                "OP_SERVICE_ACCOUNT_TOKEN=ops_eyJ{b64:300}"
            ],
            "negatives": [
                "ops_eyJ{b64:20}"
            ]
        }
    },
    {
        "id": "contentful-pat",
        "description": "Contentful personal access token",
        "regex": "(CFPAT-[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])",
        "keywords": [
            "cfpat-"
        ],
        "entropy": 3.5,
        "tests": {
            "positives": [
                "CONTENTFUL_TOKEN=CFPAT-{b64url:43}"
            ],
            "negatives": [
                "CFPAT-{b64url:8}"
            ]
        }
    },
    {
        "id": "dynatrace-api-token",
        "description": "Dynatrace API token",
        "regex": "(dt0c01\\.[A-Za-z0-9]{24}\\.[A-Za-z0-9]{64})(?![A-Za-z0-9])",
        "keywords": [
            "dt0c01."
        ],
        "entropy": 3.5,
        "owns": [
            "dt0c01. [A-Za-z0-9.]{89,89}"
        ],
        "tests": {
            "positives": [
                "DT_API_TOKEN=dt0c01.{alnumU:24}.{alnumU:64}"
            ],
            "negatives": [
                "dt0c01.{alnumU:8}"
            ]
        }
    },
    {
        "id": "frameio-api-token",
        "description": "Frame.io API token",
        "regex": "(fio-u-[A-Za-z0-9_=-]{64})(?![A-Za-z0-9_=-])",
        "keywords": [
            "fio-u-"
        ],
        "entropy": 3.5,
        "tests": {
            "positives": [
                "fio-u-{b64url:64}"
            ],
            "negatives": [
                "fio-u-{b64url:8}"
            ]
        }
    },
    {
        "id": "prefect-api-key",
        "description": "Prefect API key",
        "regex": "(pnu_[A-Za-z0-9]{36})(?![A-Za-z0-9])",
        "keywords": [
            "pnu_"
        ],
        "entropy": 3.5,
        "owns": [
            "pnu_ [A-Za-z0-9]{36,36}"
        ],
        "tests": {
            "positives": [
                "PREFECT_API_KEY=pnu_{alnum:36}"
            ],
            "negatives": [
                "pnu_{alnum:8}"
            ]
        }
    },
    {
        "id": "readme-api-key",
        "description": "ReadMe API key",
        "regex": "(rdme_[a-z0-9]{70})(?![a-z0-9])",
        "keywords": [
            "rdme_"
        ],
        "entropy": 3.5,
        "tests": {
            "positives": [
                "README_API_KEY=rdme_{alnumL:70}"
            ],
            "negatives": [
                "rdme_{alnumL:8}"
            ]
        }
    },
    {
        "id": "scalingo-api-token",
        "description": "Scalingo API token",
        "regex": "(tk-us-[A-Za-z0-9_-]{48})(?![A-Za-z0-9_-])",
        "keywords": [
            "tk-us-"
        ],
        "entropy": 3.5,
        "tests": {
            "positives": [
                "tk-us-{b64url:48}"
            ],
            "negatives": [
                "tk-us-{b64url:8}"
            ]
        }
    },
    {
        "id": "typeform-pat",
        "description": "Typeform personal access token",
        "regex": "(tfp_[A-Za-z0-9_.=-]{59})(?![A-Za-z0-9_.=-])",
        "keywords": [
            "tfp_"
        ],
        "entropy": 3.5,
        "tests": {
            "positives": [
                "TYPEFORM_TOKEN=tfp_{b64url:59}"
            ],
            "negatives": [
                "tfp_{b64url:8}"
            ]
        }
    },
    {
        "id": "openshift-user-token",
        "description": "OpenShift user token",
        "regex": "(sha256~[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])",
        "keywords": [
            "sha256~"
        ],
        "entropy": 3.5,
        "tests": {
            "positives": [
                "oc login --token=sha256~{b64url:43}"
            ],
            "negatives": [
                "sha256~{b64url:8}"
            ]
        }
    },
    {
        "id": "harness-pat",
        "description": "Harness personal access token",
        "regex": "((?:pat|sat)\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9]{24}\\.[A-Za-z0-9]{20})(?![A-Za-z0-9])",
        "keywords": [
            "pat.",
            "sat."
        ],
        "entropy": 3.5,
        "tests": {
            "positives": [
                "HARNESS_TOKEN=pat.{b64url:22}.{hex:24}.{alnum:20}"
            ],
            "negatives": [
                "pat.{b64url:22}.{hex:4}"
            ]
        }
    },
    {
        "id": "octopus-deploy-api-key",
        "description": "Octopus Deploy API key",
        "regex": "(?<![A-Za-z0-9_-])(API-[A-Z0-9]{26})(?![A-Za-z0-9])",
        "keywords": [
            "api-"
        ],
        "entropy": 3.5,
        "tests": {
            "positives": [
                "OCTOPUS_API_KEY=API-{alnumU:26}"
            ],
            "negatives": [
                "API-{alnumU:8}"
            ]
        }
    },
    {
        "id": "snyk-api-token",
        "description": "Snyk API token",
        "regex": "(?i)snyk[\\w.-]{0,20}?(?:token|key)[\\w.-]{0,10}?[\"']?\\s{0,5}[:=]\\s{0,5}[\"']?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})",
        "keywords": [
            "snyk"
        ],
        "entropy": 3,
        "tests": {
            "positives": [
                "SNYK_TOKEN={uuid}"
            ],
            "negatives": [
                "SNYK_TOKEN=00000000-0000-0000-0000-000000000000"
            ]
        }
    },
    {
        "id": "sonarqube-token",
        "description": "SonarQube / SonarCloud token",
        "regex": "(?<![A-Za-z0-9_])((?:squ|sqp|sqa)_[a-f0-9]{40})(?![a-f0-9])",
        "keywords": [
            "squ_",
            "sqp_",
            "sqa_"
        ],
        "entropy": 3,
        "tests": {
            "positives": [
                "SONAR_TOKEN=squ_{hex:40}"
            ],
            "negatives": [
                "squ_{hex:8}"
            ]
        }
    },
    {
        "id": "circleci-pat",
        "description": "CircleCI personal API token",
        "regex": "(CCIPAT_[A-Za-z0-9]{22}_[a-f0-9]{40})(?![a-f0-9])",
        "keywords": [
            "ccipat_"
        ],
        "entropy": 3.5,
        "owns": [
            "CCIPAT_ [A-Za-z0-9_]{63,63}"
        ],
        "tests": {
            "positives": [
                "CIRCLECI_TOKEN=CCIPAT_{alnum:22}_{hex:40}"
            ],
            "negatives": [
                "CCIPAT_{alnum:8}"
            ]
        }
    },
    {
        "id": "buildkite-token",
        "description": "Buildkite API access token",
        "regex": "(bkua_[a-z0-9]{40})(?![A-Za-z0-9])",
        "keywords": [
            "bkua_"
        ],
        "entropy": 3,
        "owns": [
            "bkua_ [a-z0-9]{40,40}"
        ],
        "tests": {
            "positives": [
                "BUILDKITE_API_TOKEN=bkua_{hex:40}",
                "curl -H \"Authorization: Bearer bkua_{alnumL:40}\" https://api.buildkite.com/v2/user"
            ],
            "negatives": [
                "bkua_{hex:8}"
            ]
        }
    },
    {
        "id": "hubspot-pat",
        "description": "HubSpot private app access token",
        "regex": "(pat-(?:na|eu)[0-9]-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})",
        "keywords": [
            "pat-na",
            "pat-eu"
        ],
        "entropy": 3,
        "tests": {
            "positives": [
                "HUBSPOT_TOKEN=pat-na1-{uuid}"
            ],
            "negatives": [
                "pat-na1-{hex:8}"
            ]
        }
    },
    {
        "id": "algolia-admin-key",
        "description": "Algolia admin / write API key",
        "regex": "(?i)algolia[\\w.-]{0,20}?(?:admin|write|secret|api)[\\w.-]{0,10}?key[\"']?\\s{0,5}[:=]\\s{0,5}[\"']?([a-f0-9]{32})(?![A-Za-z0-9])",
        "keywords": [
            "algolia"
        ],
        "entropy": 3,
        "tests": {
            "positives": [
                "ALGOLIA_ADMIN_KEY={hex:32}"
            ],
            "negatives": [
                "ALGOLIA_ADMIN_KEY={hex:8}"
            ]
        }
    },
    {
        "id": "segment-public-api-token",
        "description": "Segment public API token",
        "regex": "(sgp_[A-Za-z0-9]{64})(?![A-Za-z0-9])",
        "keywords": [
            "sgp_"
        ],
        "entropy": 3.5,
        "tests": {
            "positives": [
                "SEGMENT_TOKEN=sgp_{alnum:64}"
            ],
            "negatives": [
                "sgp_{alnum:8}"
            ]
        }
    },
    {
        "id": "posthog-personal-api-key",
        "description": "PostHog personal API key",
        "regex": "(phx_[A-Za-z0-9]{43,60})(?![A-Za-z0-9])",
        "keywords": [
            "phx_"
        ],
        "entropy": 3.5,
        "owns": [
            "phx_ [A-Za-z0-9]{43,60}"
        ],
        "tests": {
            "positives": [
                "POSTHOG_PERSONAL_API_KEY=phx_{alnum:43}"
            ],
            "negatives": [
                "phx_{alnum:8}"
            ]
        }
    },
    {
        "id": "infracost-api-token",
        "description": "Infracost API token",
        "regex": "(?<![A-Za-z0-9_-])(ico-[A-Za-z0-9]{32})(?![A-Za-z0-9])",
        "keywords": [
            "ico-"
        ],
        "entropy": 3.5,
        "tests": {
            "positives": [
                "INFRACOST_API_KEY=ico-{alnum:32}"
            ],
            "negatives": [
                "ico-{alnum:8}"
            ]
        }
    },
    {
        "id": "tailscale-key",
        "description": "Tailscale auth / API key",
        "regex": "(tskey-(?:api|auth|client|scim|webhook)-[A-Za-z0-9]{10,}-[A-Za-z0-9]{20,})",
        "keywords": [
            "tskey-"
        ],
        "entropy": 3.5,
        "owns": [
            "tskey- [A-Za-z0-9-]{35,100}"
        ],
        "tests": {
            "positives": [
                "TS_AUTHKEY=tskey-auth-{alnum:17}-{alnum:33}"
            ],
            "negatives": [
                "tskey-auth-{alnum:4}"
            ]
        }
    },
    {
        "id": "ngrok-authtoken",
        "description": "ngrok authtoken / API key",
        "regex": "(?i)ngrok[\\w.-]{0,20}?[\"']?\\s{0,5}[:=]\\s{0,5}[\"']?([0-9A-Za-z]{25,27}_[0-9A-Za-z]{20,22})(?![A-Za-z0-9])",
        "keywords": [
            "ngrok"
        ],
        "entropy": 3.5,
        "tests": {
            "positives": [
                "NGROK_AUTHTOKEN={alnum:27}_{alnum:21}"
            ],
            "negatives": [
                "NGROK_AUTHTOKEN={alnum:8}"
            ]
        }
    },
    {
        "id": "cloudinary-url",
        "description": "Cloudinary URL with API secret",
        "regex": "cloudinary://[0-9]{10,20}:([A-Za-z0-9_-]{20,40})@",
        "keywords": [
            "cloudinary://"
        ],
        "entropy": 3.5,
        "tests": {
            "positives": [
                "CLOUDINARY_URL=cloudinary://{digits:15}:{b64url:27}@demo"
            ],
            "negatives": [
                "cloudinary://<api_key>:<api_secret>@demo"
            ]
        }
    },
    {
        "id": "wakatime-api-key",
        "description": "WakaTime API key",
        "regex": "(waka_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})",
        "keywords": [
            "waka_"
        ],
        "entropy": 3,
        "tests": {
            "positives": [
                "api_key = waka_{uuid}"
            ],
            "negatives": [
                "waka_{hex:8}"
            ]
        }
    },
    {
        "id": "fastly-api-token",
        "description": "Fastly API token",
        "regex": "(?i)fastly[\\w.-]{0,20}?(?:token|key)[\\w.-]{0,10}?[\"']?\\s{0,5}[:=]\\s{0,5}[\"']?([A-Za-z0-9_-]{32})(?![A-Za-z0-9_-])",
        "keywords": [
            "fastly"
        ],
        "entropy": 3.5,
        "tests": {
            "positives": [
                "FASTLY_API_TOKEN={b64url:32}"
            ],
            "negatives": [
                "FASTLY_API_TOKEN={b64url:8}"
            ]
        }
    },
    {
        "id": "launchdarkly-access-token",
        "description": "LaunchDarkly access token or SDK key",
        "regex": "((?:api|sdk)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})",
        "keywords": [
            "api-",
            "sdk-"
        ],
        "entropy": 3,
        "tests": {
            "positives": [
                "LD_SDK_KEY=sdk-{uuid}"
            ],
            "negatives": [
                "sdk-{hex:8}"
            ]
        }
    },
    {
        "id": "onepassword-secret-key",
        "description": "1Password account secret key",
        "regex": "(?<![A-Za-z0-9-])(A3-(?=[A-Z0-9-]{0,40}[0-9])[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5})(?![A-Za-z0-9-])",
        "keywords": [
            "a3-"
        ],
        "entropy": 3,
        "severity": "critical",
        "tests": {
            "positives": [
                "OP_SECRET_KEY=A3-{alnumU:6}-{alnumU:6}-{alnumU:5}-{alnumU:5}-{alnumU:5}-{alnumU:5}",
                "secret key A3-{alnumU:6}-{alnumU:11}-{alnumU:5}-{alnumU:5}-{alnumU:5}"
            ],
            "negatives": [
                "A3-{alnumU:6}-{alnumU:6}",
                "paper size A3-PORTRAIT-LANDSCAPE",
                "A3-XXXXXX-XXXXXX-XXXXX-XXXXX-XXXXX-XXXXX",
                "A3-POSTER-GLOSSY-MATTE-BLACK-FRAME-SMALL"
            ]
        }
    },
    {
        "id": "gitlab-session-cookie",
        "description": "GitLab session cookie",
        "regex": "_gitlab_session=([0-9a-z]{32})(?![0-9a-z])",
        "keywords": [
            "_gitlab_session="
        ],
        "entropy": 3,
        "severity": "high",
        "tests": {
            "positives": [
                "curl -H \"Cookie: _gitlab_session={hex:32}\" https://gitlab.example.com/api/v4/user"
            ],
            "negatives": [
                "_gitlab_session={hex:8}",
                "Cookie: _gitlab_session=$GITLAB_SESSION"
            ]
        }
    },
    {
        "id": "maxmind-license-key",
        "description": "MaxMind license key",
        "regex": "(?<![A-Za-z0-9_])([A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk)(?![A-Za-z0-9_])",
        "keywords": [
            "_mmk"
        ],
        "entropy": 3.5,
        "severity": "high",
        "tests": {
            "positives": [
                "LicenseKey {alnum:6}_{alnum:29}_mmk",
                "MAXMIND_LICENSE_KEY: \"{alnum:6}_{alnum:29}_mmk\""
            ],
            "negatives": [
                "LicenseKey {alnum:6}_{alnum:10}_mmk",
                "LicenseKey 000000_xxxxxxxxxxxxxxxxxxxxxxxxxxxxx_mmk"
            ]
        }
    },
    {
        "id": "sidekiq-enterprise-credentials",
        "description": "Sidekiq Pro / Enterprise gem server credentials",
        "regex": "(?i)BUNDLE_(?:ENTERPRISE|GEMS)__CONTRIBSYS__COM[\"']?\\s{0,5}[:=]\\s{0,5}[\"']?([a-f0-9]{8}:[a-f0-9]{8})(?![a-f0-9])|https?://([a-f0-9]{8}:[a-f0-9]{8})@(?:gems|enterprise)\\.contribsys\\.com",
        "keywords": [
            "contribsys"
        ],
        "entropy": 2.5,
        "severity": "high",
        "tests": {
            "positives": [
                "BUNDLE_ENTERPRISE__CONTRIBSYS__COM: \"{hex:8}:{hex:8}\"",
                "export BUNDLE_GEMS__CONTRIBSYS__COM={hex:8}:{hex:8}",
                "source 'https://{hex:8}:{hex:8}@enterprise.contribsys.com/'"
            ],
            "negatives": [
                "BUNDLE_ENTERPRISE__CONTRIBSYS__COM: ${SIDEKIQ_CREDS}",
                "source 'https://enterprise.contribsys.com/'"
            ]
        }
    },
    {
        "id": "defined-networking-api-token",
        "description": "Defined Networking (Nebula) API token",
        "regex": "(dnkey-[A-Za-z0-9=_-]{26}-[A-Za-z0-9=_-]{52})(?![A-Za-z0-9=_-])",
        "keywords": [
            "dnkey-"
        ],
        "entropy": 3.5,
        "severity": "high",
        "tests": {
            "positives": [
                "DN_API_KEY=dnkey-{alnum:26}-{alnum:52}"
            ],
            "negatives": [
                "dnkey-{alnum:10}"
            ]
        }
    },
    {
        "id": "aws-bedrock-api-key",
        "description": "Amazon Bedrock API key (long-term ABSK, or a short-term bedrock-api-key- token)",
        "regex": "(?<![A-Za-z0-9+/])(ABSK[A-Za-z0-9+/]{109,269}={0,2}|bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t[A-Za-z0-9+/=%]{40,})(?![A-Za-z0-9+/=%])",
        "keywords": [
            "absk",
            "bedrock-api-key-"
        ],
        "entropy": 4,
        "severity": "critical",
        "tests": {
            "positives": [
                "AWS_BEARER_TOKEN_BEDROCK=ABSK{b64:132}",
                "export AWS_BEARER_TOKEN_BEDROCK=bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t{b64:200}"
            ],
            "negatives": [
                "ABSK{b64:40}",
                "bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t"
            ]
        }
    },
    {
        "id": "jwt-base64",
        "description": "JSON Web Token encoded again in base64",
        "regex": "(?<![A-Za-z0-9+/])(ZXlK(?:aGJHY2lPaU|aGNIVWlPaU|aGNIWWlPaU|aGRXUWlPaU|aU5qUWlP|cFpDSTZJ|cmFXUWlPaU|clpYa2lPaU|dWIyNWpaU0k2|d2NISWlPaU|elpYSWlPaU|bGVIQWlPaU|MGVYQWlPaU|a2FXRjBJam9p)[A-Za-z0-9+/]{40,}={0,2})(?![A-Za-z0-9+/=])",
        "keywords": [
            "zxlk"
        ],
        "entropy": 4,
        "severity": "high",
        "decoded": "^eyJ[A-Za-z0-9_-]+\\.eyJ",
        "tests": {
            "positives": [
                "ENCODED_JWT={b64jwt:60}",
                "token = base64.b64decode(\"{b64jwt:120}\")"
            ],
            "negatives": [
                "ZXlKaGJHY2lPaU{alnum:8}",
                "data = \"ZXlKaGJHY2lPaUpJVXpJMU5pSjk=\""
            ]
        }
    },
    {
        "id": "teams-workflows-webhook-url",
        "description": "Microsoft Teams / Power Automate workflow webhook URL (signed)",
        "regex": "(https://[a-z0-9.-]{3,60}\\.logic\\.azure\\.com(?::443)?/workflows/[a-f0-9]{32}/triggers/[A-Za-z0-9_-]{1,40}/paths/invoke\\?[^\\s\"'<>]{0,200}?sig=[A-Za-z0-9_-]{43})",
        "keywords": [
            "logic.azure.com"
        ],
        "entropy": 3,
        "severity": "high",
        "tests": {
            "positives": [
                "TEAMS_WEBHOOK=https://prod-12.westeurope.logic.azure.com:443/workflows/{hex:32}/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig={b64url:43}"
            ],
            "negatives": [
                "https://prod-12.westeurope.logic.azure.com:443/workflows/{hex:32}/triggers/manual/paths/invoke?api-version=2016-06-01"
            ]
        }
    },
    {
        "id": "settlemint-token",
        "description": "SettleMint personal, application or service access token",
        "regex": "(?<![A-Za-z0-9_])(sm_(?:pat|aat|sat)_[A-Za-z0-9]{16})(?![A-Za-z0-9])",
        "keywords": [
            "sm_pat_",
            "sm_aat_",
            "sm_sat_"
        ],
        "entropy": 3,
        "severity": "high",
        "tests": {
            "positives": [
                "SETTLEMINT_ACCESS_TOKEN=sm_pat_{alnum:16}",
                "client(\"sm_aat_{alnum:16}\")"
            ],
            "negatives": [
                "sm_pat_{alnum:6}"
            ]
        }
    },
    {
        "id": "clickhouse-cloud-api-secret",
        "description": "ClickHouse Cloud API secret key",
        "regex": "(?<![A-Za-z0-9])(4b1d[A-Za-z0-9]{38})(?![A-Za-z0-9])",
        "keywords": [
            "4b1d"
        ],
        "entropy": 4,
        "severity": "high",
        "tests": {
            "positives": [
                "CLICKHOUSE_KEY_SECRET=4b1d{alnum:38}",
                "client = clickhouse_connect.get_client(host=h, username=\"default\", password=\"4b1d{alnum:38}\")"
            ],
            "negatives": [
                "4b1d{alnum:12}",
                "sha 4b1d{hex:36}",
                "color 4b1d{digits:38}"
            ]
        }
    },
    {
        "id": "intra42-client-secret",
        "description": "42 Network (intra.42.fr) OAuth client secret",
        "regex": "(?<![A-Za-z0-9-])(s-s4t2(?:ud|af)-[a-f0-9]{64})(?![a-f0-9])",
        "keywords": [
            "s-s4t2"
        ],
        "entropy": 3,
        "severity": "high",
        "tests": {
            "positives": [
                "FT_SECRET=s-s4t2ud-{hex:64}"
            ],
            "negatives": [
                "s-s4t2ud-{hex:10}"
            ]
        }
    },
    {
        "id": "adobe-client-secret",
        "description": "Adobe Developer Console client secret",
        "regex": "(?<![A-Za-z0-9-])(p8e-[A-Za-z0-9]{32})(?![A-Za-z0-9])",
        "keywords": [
            "p8e-"
        ],
        "entropy": 3.5,
        "severity": "high",
        "tests": {
            "positives": [
                "ADOBE_CLIENT_SECRET=p8e-{alnum:32}",
                "ims.token(client_id, \"p8e-{alnumL:32}\")"
            ],
            "negatives": [
                "p8e-{alnum:10}"
            ]
        }
    },
    {
        "id": "flutterwave-encryption-key",
        "description": "Flutterwave encryption key",
        "regex": "(?<![A-Za-z0-9_])(FLWSECK_TEST-?[a-hA-H0-9]{12})(?![A-Za-z0-9])",
        "keywords": [
            "flwseck_test"
        ],
        "entropy": 2.5,
        "severity": "high",
        "tests": {
            "positives": [
                "FLW_ENCRYPTION_KEY=FLWSECK_TEST{hex:12}",
                "    - \"FLWSECK_TEST-{hex:12}\""
            ],
            "negatives": [
                "FLWSECK_TEST{hex:4}"
            ]
        }
    },
    {
        "id": "sourcegraph-access-token",
        "description": "Sourcegraph access token",
        "regex": "(?<![A-Za-z0-9_])(sgp_(?:[a-f0-9]{16}|local)_[a-f0-9]{40}|sgp_[a-f0-9]{40})(?![A-Za-z0-9])",
        "keywords": [
            "sgp_"
        ],
        "entropy": 3,
        "severity": "high",
        "tests": {
            "positives": [
                "SRC_ACCESS_TOKEN=sgp_{hex:16}_{hex:40}",
                "src login --token sgp_{hex:40}"
            ],
            "negatives": [
                "sgp_{hex:12}"
            ]
        }
    },
    {
        "id": "teamcity-access-token",
        "description": "JetBrains TeamCity access token",
        "regex": "(eyJ0eXAiOiAiVENWMiJ9\\.[A-Za-z0-9_-]{36}\\.[A-Za-z0-9_-]{48})(?![A-Za-z0-9_-])",
        "keywords": [
            "eyj0exaioiaivenwmij9"
        ],
        "entropy": 3.5,
        "severity": "high",
        "tests": {
            "positives": [
                "TEAMCITY_TOKEN=eyJ0eXAiOiAiVENWMiJ9.{b64url:36}.{b64url:48}"
            ],
            "negatives": [
                "eyJ0eXAiOiAiVENWMiJ9.{b64url:10}"
            ]
        }
    },
    {
        "id": "ai-platform-api-key",
        "description": "AI platform API key (NVIDIA, Together AI, Cerebras, Tavily, E2B, Browserbase, Langfuse)",
        "regex": "(?<![A-Za-z0-9_-])(nvapi-[A-Za-z0-9_-]{64}|tgp_v1_[A-Za-z0-9_-]{43}|csk-[a-z0-9]{48}|tvly-(?:dev-|prod-)?[A-Za-z0-9]{32}|e2b_[a-f0-9]{40}|bb_live_[A-Za-z0-9_-]{27}|sk-lf-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![A-Za-z0-9_-])",
        "keywords": [
            "nvapi-",
            "tgp_v1_",
            "csk-",
            "tvly-",
            "e2b_",
            "bb_live_",
            "sk-lf-"
        ],
        "entropy": 3.5,
        "severity": "high",
        "tests": {
            "positives": [
                "client = OpenAI(base_url=NIM, api_key=\"nvapi-{b64url:64}\")",
                "Together(api_key=\"tgp_v1_{b64url:43}\")",
                "Cerebras(api_key=\"csk-{alnumL:48}\")",
                "TavilyClient(\"tvly-dev-{alnum:32}\")",
                "Sandbox(api_key=\"e2b_{hex:40}\")",
                "Browserbase(api_key=\"bb_live_{b64url:27}\")",
                "Langfuse(secret_key=\"sk-lf-{uuid}\")"
            ],
            "negatives": [
                "nvapi-{alnum:10}",
                "csk-{alnumL:8}",
                "tvly-{alnum:8}",
                "sk-lf-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"
            ]
        }
    },
    {
        "id": "devtools-api-token",
        "description": "Developer platform token (Neon, Xata, Axiom, Honeybadger, Coralogix, Honeycomb ingest, Brevo SMTP, Paddle)",
        "regex": "(?<![A-Za-z0-9_-])(napi_[A-Za-z0-9]{64}|xau_[A-Za-z0-9]{32,64}|xa[ap]t-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|hbp_[A-Za-z0-9]{36}|cxtp_[A-Za-z0-9]{30}|hc(?:aik|xik|amk|xlk|xmk)_01[a-z0-9]{56}|xsmtpsib-[a-f0-9]{64}-[A-Za-z0-9]{16}|pdl_(?:live|sdbx)_apikey_[a-z0-9]{26}_[A-Za-z0-9]{22}_[A-Za-z0-9]{3})(?![A-Za-z0-9_-]|\\.[A-Za-z])",
        "keywords": [
            "napi_",
            "xau_",
            "xaat-",
            "xapt-",
            "hbp_",
            "cxtp_",
            "hcaik_",
            "hcxik_",
            "hcamk_",
            "hcxlk_",
            "hcxmk_",
            "xsmtpsib-",
            "pdl_live_",
            "pdl_sdbx_"
        ],
        "entropy": 3.2,
        "severity": "high",
        "owns": [
            "napi_ [A-Za-z0-9]{64,64}",
            "hbp_ [A-Za-z0-9]{36,36}",
            "cxtp_ [A-Za-z0-9]{30,30}",
            "xsmtpsib- [A-Za-z0-9-]{81,81}"
        ],
        "tests": {
            "positives": [
                "NEON_API_KEY=napi_{alnumL:64}",
                "XataClient(api_key=\"xau_{alnum:32}\")",
                "new Axiom({ token: \"xaat-{uuid}\" })",
                "Honeybadger.configure(api_key: \"hbp_{alnum:36}\")",
                "headers = {\"Authorization\": \"Bearer cxtp_{alnum:30}\"}",
                "OTEL_EXPORTER_OTLP_HEADERS=x-honeycomb-team=hcaik_01{alnumL:56}",
                "smtp_password = \"xsmtpsib-{hex:64}-{alnum:16}\"",
                "new Paddle(\"pdl_live_apikey_{alnumL:26}_{alnum:22}_{alnum:3}\")",
                "curl -H \"Authorization: Bearer xaat-{digits:8}-2265-4a87-b674-2227{digits:8}\" https://api.axiom.co/v1/datasets"
            ],
            "negatives": [
                "napi_{alnumL:10}",
                "build/Release/napi_{hex:64}.node",
                "xau_{alnum:8}",
                "hbp_{alnum:8}",
                "xaat-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"
            ]
        }
    },
    {
        "id": "payments-api-key",
        "description": "Payment provider key (Telnyx API key, ClickUp personal token)",
        "regex": "(?<![A-Za-z0-9_])(KEY[0-9A-F]{32}_[A-Za-z0-9]{22}|pk_(?!(?:19|20)[0-9]{6}_)[0-9]{7,8}_[A-Z0-9]{32})(?![A-Za-z0-9_])",
        "keywords": [
            "key",
            "pk_"
        ],
        "entropy": 3.3,
        "severity": "high",
        "tests": {
            "positives": [
                "telnyx.api_key = \"KEY{HEX:32}_{alnum:22}\"",
                "headers = {\"Authorization\": \"pk_{digits:8}_{alnumU:32}\"}"
            ],
            "negatives": [
                "rzp_live_{alnum:4}",
                "<script>new Razorpay({ key: 'rzp_live_{alnum:14}', amount: 5000 })</script>",
                "KEY{HEX:8}_{alnum:22}",
                "pk_live_{alnum:24}",
                "pk_{digits:8}_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
                "ALTER TABLE t ADD CONSTRAINT pk_20240115_{HEX:32} PRIMARY KEY (id)"
            ]
        }
    },
    {
        "id": "atlassian-trello-token",
        "description": "Trello API token",
        "regex": "(?<![A-Za-z0-9])(ATTA[a-f0-9]{64}[A-F0-9]{8})(?![A-Za-z0-9])",
        "keywords": [
            "atta"
        ],
        "entropy": 3.3,
        "severity": "high",
        "tests": {
            "positives": [
                "TRELLO_TOKEN=ATTA{hex:64}{HEX:8}",
                "trello.TrelloClient(api_key=k, token=\"ATTA{hex:64}{HEX:8}\")"
            ],
            "negatives": [
                "ATTA{hex:10}"
            ]
        }
    },
    {
        "id": "intercom-access-token",
        "description": "Intercom access token",
        "regex": "(?<![A-Za-z0-9+/])(dG9rO[A-Za-z0-9+/][A-Za-z0-9+/]{50,80}={0,2})(?![A-Za-z0-9+/=])",
        "keywords": [
            "dg9ro"
        ],
        "entropy": 4,
        "severity": "high",
        "decoded": "^tok:",
        "tests": {
            "positives": [
                "INTERCOM_TOKEN=dG9rOj{b64:54}=",
                "note: saw dG9rOmYy{b64:51} in the output"
            ],
            "negatives": [
                "dG9rOj{b64:10}"
            ]
        }
    },
    {
        "id": "azure-app-configuration-connection-string",
        "description": "Azure App Configuration connection string (its access key secret)",
        "regex": "(?i)\\.azconfig\\.io/?;\\s{0,3}Id=[^;\\s\"'<>]{1,80};\\s{0,3}Secret=([A-Za-z0-9+/]{43}=)",
        "keywords": [
            "azconfig.io"
        ],
        "entropy": 4,
        "severity": "critical",
        "tests": {
            "positives": [
                "\"AppConfig\": \"Endpoint=https://acme.azconfig.io;Id={alnum:4}-l0-s0:{alnum:20};Secret={b64:43}=\""
            ],
            "negatives": [
                "Endpoint=https://acme.azconfig.io;Id=xxxx;Secret=${APPCONFIG_SECRET}",
                "Endpoint=https://acme.azconfig.io"
            ]
        }
    },
    {
        "id": "azure-cosmos-endpoint-key",
        "description": "Azure Cosmos DB key beside its account endpoint",
        "regex": "(?i)documents\\.azure\\.com[^\\n]{0,200}?(?<![A-Za-z0-9_])[\"']?(?:key|authkey|masterkey|primarykey|accountkey)[\"']?\\s{0,5}[:=]\\s{0,5}[\"']?((?!C2y6yDjf5/R\\+ob0N8A7Cgv30VRDJIWEHLM\\+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==)[A-Za-z0-9+/]{86}==)(?![A-Za-z0-9+/=])",
        "keywords": [
            "documents.azure.com"
        ],
        "entropy": 4,
        "severity": "critical",
        "tests": {
            "positives": [
                "{\"CosmosDb\": {\"Endpoint\": \"https://acme.documents.azure.com:443/\", \"Key\": \"{b64:86}==\"}}"
            ],
            "negatives": [
                "{\"CosmosDb\": {\"Endpoint\": \"https://localhost:8081/\", \"Key\": \"C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==\"}} documents.azure.com",
                "{\"Endpoint\": \"https://acme.documents.azure.com:443/\", \"Key\": \"${COSMOS_KEY}\"}"
            ]
        }
    },
    {
        "id": "azure-cosmos-key-near-client",
        "description": "Azure Cosmos DB account key in a string literal after the Cosmos SDK or endpoint",
        "regex": "(?i)(?:documents\\.azure\\.com|azure\\.cosmos|@azure/cosmos|Microsoft\\.Azure\\.Cosmos)[\\s\\S]{0,400}?(?<![A-Za-z0-9+/])(?<!(?:hash|sha512|integrity|digest|checksum)[\"']?\\s{0,3}[:=]\\s{0,3})[\"']((?!C2y6yDjf5/R\\+ob0N8A7Cgv30VRDJIWEHLM\\+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==)[A-Za-z0-9+/]{86}==)[\"']",
        "keywords": [
            "documents.azure.com",
            "azure.cosmos",
            "@azure/cosmos"
        ],
        "entropy": 4.5,
        "severity": "critical",
        "multiline": true,
        "report-at": "secret",
        "tests": {
            "positives": [
                "from azure.cosmos import CosmosClient\n\nURL = \"https://acme.documents.azure.com:443/\"\nKEY = \"{b64:86}==\"\n\nclient = CosmosClient(URL, credential=KEY)",
                "const { CosmosClient } = require('@azure/cosmos');\nconst endpoint = 'https://acme.documents.azure.com:443/';\nconst key = '{b64:86}==';"
            ],
            "negatives": [
                "\"Microsoft.Azure.Cosmos\": {\n  \"type\": \"Direct\",\n  \"requested\": \"[3.43.0, )\",\n  \"resolved\": \"3.43.0\",\n  \"contentHash\": \"{b64:86}==\",",
                "from azure.cosmos import CosmosClient\nKEY = os.environ[\"COSMOS_KEY\"]",
                "from azure.cosmos import CosmosClient\nKEY = \"C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==\"",
                "\"@azure/cosmos\": {\n  \"integrity\": \"sha512-{b64:86}==\""
            ]
        }
    },
    {
        "id": "codecov-cli-token",
        "description": "Codecov upload token on the Codecov uploader's command line (-t / --token)",
        "regex": "(?i)codecov[^\\n]{0,200}?\\s(?:-t|--token)(?:\\s{1,3}|=)[\"']?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![0-9a-f-])",
        "keywords": [
            "codecov"
        ],
        "entropy": 3,
        "severity": "high",
        "tests": {
            "positives": [
                "./codecov upload-process -t {uuid} -f coverage.xml",
                "codecovcli --verbose upload-process --token={uuid}",
                "bash <(curl -s https://codecov.io/bash) -t {uuid}"
            ],
            "negatives": [
                "./codecov upload-process -t ${CODECOV_TOKEN} -f coverage.xml",
                "codecov upload-process -t $CODECOV_TOKEN",
                "codecov -t 00000000-0000-0000-0000-000000000000"
            ]
        }
    },
    {
        "id": "provider-uuid-token",
        "description": "API token of a provider whose tokens are UUIDs (Railway, Opsgenie, Postmark, KuCoin, Squarespace, Codecov, Splunk HEC, Heroku, PagerDuty, Fastly, Mailgun, Bugsnag, Rollbar, Netlify)",
        "regex": "(?i)(?:railway|opsgenie|postmark|kucoin|squarespace|codecov|splunk|httpeventcollector|heroku|pagerduty|bugsnag|rollbar)[^\\n]{0,30}?(?:token|key|secret|passphrase|(?<!o)auth)[\\w.-]{0,15}?(?<![_.-]id|Id|ID|uuid|UUID)[\"']?\\s{0,5}(?::=|=>|[:=])\\s{0,5}(?:\\{\\s{0,5}[\"']?(?:value|default)[\"']?\\s{0,5}:\\s{0,5})?[\"']?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![0-9a-f-])",
        "keywords": [
            "railway",
            "opsgenie",
            "postmark",
            "kucoin",
            "squarespace",
            "codecov",
            "splunk",
            "httpeventcollector",
            "heroku",
            "pagerduty",
            "bugsnag",
            "rollbar"
        ],
        "entropy": 3,
        "severity": "high",
        "generic": true,
        "tests": {
            "positives": [
                "RAILWAY_TOKEN={uuid}",
                "OPSGENIE_API_KEY=\"{uuid}\"",
                "postmark_settings = { api_token: \"{uuid}\" }",
                "KUCOIN_API_SECRET={uuid}",
                "SQUARESPACE_API_KEY: {uuid}",
                "  httpEventCollectorToken = {uuid}",
                "{\"env\": {\"HEROKU_API_KEY\": {\"value\": \"{uuid}\"}}}",
                "CODECOV_TOKEN={uuid}"
            ],
            "negatives": [
                "RAILWAY_PROJECT_ID={uuid}",
                "OPSGENIE_API_KEY=${OPSGENIE_API_KEY}",
                "postmark_message_id = \"{uuid}\"",
                "splunk_index = \"{uuid}\"",
                "CODECOV_TOKEN=00000000-0000-0000-0000-000000000000",
                "HEROKU_OAUTH_CLIENT_ID={uuid}",
                "ROLLBAR_ACCESS_TOKEN_ID={uuid}"
            ]
        }
    },
    {
        "id": "provider-uuid-token-block",
        "description": "UUID token of a provider whose tokens are UUIDs, named on a line of its own in the provider's block (Alertmanager opsgenie_configs, a codecov-action step's with, a Terraform mongodbatlas provider)",
        "regex": "(?i)(?:(?:railway|opsgenie|postmark|kucoin|squarespace|codecov|splunk|httpeventcollector|heroku|pagerduty|bugsnag|rollbar|mongodbatlas)[^\\n]{0,200}\\n[\\s\\S]{0,300}?(?<=\\n)[ \\t]*(?:-[ \\t]+)?[\"']?[a-z_.-]{0,30}?(?:token|key|secret|passphrase)(?<![_.-]id|uuid|public[_.-]?key)[\"']?[ \\t]*(?::=|=>|[:=])[ \\t]*[\"']?|postmark[\\w:.]{0,30}?(?:client|apiclient|serverclient|accountclient)(?:\\.new)?\\s{0,3}\\(\\s{0,5}[\"'])([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![0-9a-f-])",
        "keywords": [
            "railway",
            "opsgenie",
            "postmark",
            "kucoin",
            "squarespace",
            "codecov",
            "splunk",
            "httpeventcollector",
            "heroku",
            "pagerduty",
            "bugsnag",
            "rollbar",
            "mongodbatlas"
        ],
        "entropy": 3,
        "severity": "high",
        "multiline": true,
        "generic": true,
        "report-at": "secret",
        "tests": {
            "positives": [
                "receivers:\n  - name: ops\n    opsgenie_configs:\n      - api_key: {uuid}\n        priority: P2",
                "      - uses: codecov/codecov-action@v4\n        with:\n          token: {uuid}\n          fail_ci_if_error: true",
                "provider \"mongodbatlas\" {\n  public_key  = \"{lower:8}\"\n  private_key = \"{uuid}\"\n}",
                "  CLIENT = Postmark::ApiClient.new(\"{uuid}\")",
                "const client = new postmark.ServerClient('{uuid}');"
            ],
            "negatives": [
                "opsgenie_configs:\n  - api_key_file: /etc/alertmanager/opsgenie.key",
                "- uses: codecov/codecov-action@v4\n  with:\n    token: ${{ secrets.CODECOV_TOKEN }}",
                "provider \"mongodbatlas\" {\n  public_key  = var.atlas_public_key\n  private_key = var.atlas_private_key\n}",
                "heroku:\n  app_id: {uuid}",
                "# codecov\nrequest_id: {uuid}",
                "provider \"mongodbatlas\" {\n  project_id = \"{uuid}\"\n}",
                "codecov:\n  token: 00000000-0000-0000-0000-000000000000"
            ]
        }
    },
    {
        "id": "login-call-password",
        "description": "Password passed to a login or connect call (ftplib, smtplib, imaplib, JDBC, mysqli, PDO, cx_Oracle, requests auth)",
        "regex": "(?:\\.login|\\bFTP(?:_TLS)?|\\bSMTP(?:_SSL)?|\\bIMAP4(?:_SSL)?|\\bNetworkCredential|\\bPlainAuth(?=\\(\\s{0,5}[\"'][^\"'\\n]{0,100}[\"']\\s{0,5},\\s{0,5}[\"'][^\"'\\n]{0,100}[\"']\\s{0,5},\\s{0,5}[\"']))\\(\\s{0,5}(?:[\"'][^\"'\\n]{0,100}[\"']\\s{0,5},\\s{0,5}){1,2}[\"']((?=[^\"'\\n]{0,255}[A-Za-z])(?=[^\"'\\n]{0,255}[0-9!@#$%^&*?~+=_.-])[^\"'\\n\\s]{6,128}|[a-z]{4} [a-z]{4} [a-z]{4} [a-z]{4}|(?<=smtp[^\\n]{0,200}|@[\\w-]{1,63}(?:\\.[\\w-]{1,63}){1,5}[\"']\\s{0,5},\\s{0,5}[\"'])[a-z]{16})[\"']\\s{0,5}[,)]|(?:getConnection|mysqli_connect|mysql_connect|pg_connect|new\\s{1,5}\\\\?PDO)\\(\\s{0,5}[^,()\\n]{1,200},\\s{0,5}[\"'][^\"'\\n]{0,100}[\"']\\s{0,5},\\s{0,5}[\"']((?=[^\"'\\n]{0,255}[A-Za-z])(?=[^\"'\\n]{0,255}[0-9!@#$%^&*?~+=_.-])[^\"'\\n\\s]{6,128})[\"']|\\bauth\\s{0,3}=\\s{0,3}\\(\\s{0,5}[\"'][^\"'\\n]{1,100}[\"']\\s{0,5},\\s{0,5}[\"']((?=[^\"'\\n]{0,255}[A-Za-z])(?=[^\"'\\n]{0,255}[0-9!@#$%^&*?~+=_.-])[^\"'\\n\\s]{6,128})[\"']\\s{0,5}\\)|(?:cx_Oracle|oracledb)\\.connect\\(\\s{0,5}[\"'][\\w.$#]{1,64}/((?=[^@\"'\\n]{0,255}[A-Za-z])(?=[^@\"'\\n]{0,255}[0-9!#$%^&*?~+=_.-])[^@\"'\\n\\s/]{6,128})@",
        "keywords": [
            ".login(",
            "ftp(",
            "ftp_tls(",
            "smtp(",
            "smtp_ssl(",
            "imap4(",
            "imap4_ssl(",
            "networkcredential(",
            "plainauth(",
            "getconnection(",
            "mysqli_connect(",
            "mysql_connect(",
            "pg_connect(",
            "pdo(",
            "auth=",
            "auth =",
            "cx_oracle.connect(",
            "oracledb.connect("
        ],
        "entropy": 2.5,
        "allow": [
            "(?i)^anonymous",
            "(?i)^[a-z]{1,12}(?:[._-][a-z]{1,12})+$"
        ],
        "severity": "high",
        "generic": true,
        "tests": {
            "positives": [
                "server = smtplib.SMTP_SSL('smtp.gmail.com', 465); server.login('alerts@example.com', '{lower:16}')",
                "ftp = FTP('files.example.com')\nftp.login('deploy', 'Upl0ad!{alnum:6}')",
                "ftplib.FTP('files.example.com').login('u', '{alnum:10}7')",
                "ftp = ftplib.FTP('files.example.com', 'deploy', '{alnum:9}3x')",
                "server.login('alerts@example.com', 'S3nd!{alnum:8}')",
                "server.login('me@gmail.com', '{lower:4} {lower:4} {lower:4} {lower:4}')",
                "server.login('alerts@shop.example', '{lower:16}')",
                "Connection c = DriverManager.getConnection(url, \"app\", \"{alnum:10}9!\");",
                "$db = mysqli_connect('localhost', 'shop', 'Sh0p-{alnum:8}', 'shop');",
                "$pdo = new PDO($dsn, 'shop', '{alnum:9}4');",
                "r = requests.get(url, auth=('api', '{alnum:12}8'))",
                "conn = cx_Oracle.connect(\"scott/{alnum:8}9@db.example.com:1521/ORCL\")",
                "var cred = new NetworkCredential(\"mailer\", \"{alnum:10}7!\");",
                "var cred = new NetworkCredential(\"svc_backup\", \"Tiger-{digits:4}x\");",
                "auth := smtp.PlainAuth(\"\", \"alerts@example.com\", \"{alnum:12}3\", \"smtp.example.com\")",
                "return new \\PDO($dsn, 'shop_app', 'falcon-{alnum:6}-924', []);"
            ],
            "negatives": [
                "ftp.login('anonymous', 'anonymous@')",
                "server.login(user, password)",
                "server.login('me@gmail.com', os.environ['SMTP_PASSWORD'])",
                "DriverManager.getConnection(url, \"app\", System.getenv(\"DB_PASSWORD\"));",
                "mysqli_connect('localhost', 'shop', $password, 'shop');",
                "requests.get(url, auth=('api', token))",
                "ftp.login('user', 'password')",
                "server.login('me@gmail.com', 'changeme123')",
                "server.login('deploy', 'letmeinplease')",
                "ftp.login('deploy', 'deploy.user')",
                "client.login('user@example.com', '{same:16}')",
                "auth := smtp.PlainAuth(\"\", \"alerts@acme.io\", os.Getenv(\"SMTP_PASSWORD\"), \"smtp.gmail.com\")"
            ]
        }
    },
    {
        "id": "client-call-password",
        "description": "Password passed by position to a client library's auth, bind or connect call (Redis AUTH, LDAP bind, AMQP, SMTP, Mongo, Perl DBI, Groovy Sql, MySQL C API, LuaSQL)",
        "regex": "(?:(?:\\.|->|:)auth\\(\\s{0,5}[\"'][^\"'\\n]{1,200}[\"']\\s{0,5},\\s{0,5}|\\b(?:\\w{0,20}(?:[Rr]edis|[Jj]edis|[Cc]ache|[Cc]lient|[Cc]onn)\\w{0,20}|red|r)[.:]auth\\(\\s{0,5}(?=[\"'][^\"'\\n]{1,200}[\"']\\s{0,5}\\))|\\b[Bb]ind\\(\\s{0,5}[\"'](?:cn|uid|CN|UID)=[^\"'\\n]{1,200}[\"']\\s{0,5},\\s{0,5}|\\b(?:simple_bind|bind)_s\\(\\s{0,5}(?:who\\s{0,3}=\\s{0,3})?[\"'](?:(?:cn|uid|CN|UID)=[^\"'\\n]{1,200}|[\\w.+-]{1,64}@[\\w-]{1,63}(?:\\.[\\w-]{1,63}){1,5}|[A-Za-z][\\w.-]{0,30}\\\\{1,2}[\\w.-]{1,64})[\"']\\s{0,5},\\s{0,5}(?:cred\\s{0,3}=\\s{0,3})?|\\bConnection\\(\\s{0,5}[^,()\\n]{1,100},\\s{0,5}(?:user\\s{0,3}=\\s{0,3})?[\"'](?:(?:cn|uid|CN|UID)=[^\"'\\n]{1,200}|[\\w.+-]{1,64}@[\\w-]{1,63}(?:\\.[\\w-]{1,63}){1,5}|[A-Za-z][\\w.-]{0,30}\\\\{1,2}[\\w.-]{1,64})[\"']\\s{0,5},\\s{0,5}(?:password\\s{0,3}=\\s{0,3})?|->connect\\(\\s{0,5}[\"'](?:tcp|unix|mysqlx?)://[^\"'\\n]{1,200}[\"']\\s{0,5},\\s{0,5}[\"'][^\"'\\n]{1,200}[\"']\\s{0,5},\\s{0,5}|\\bPlainCredentials\\(\\s{0,5}(?:username\\s{0,3}=\\s{0,3})?[\"'][^\"'\\n]{1,200}[\"']\\s{0,5},\\s{0,5}(?:password\\s{0,3}=\\s{0,3})?|\\bCredentials::new\\(\\s{0,5}[\"'][^\"'\\n]{1,200}[\"'](?:\\.to_(?:owned|string)\\(\\)|\\.into\\(\\))?\\s{0,5},\\s{0,5}|\\bMongoCredential\\.create\\w{0,30}Credential\\(\\s{0,5}(?:[\"'][^\"'\\n]{1,200}[\"']\\s{0,5},\\s{0,5}){2}|\\bNet::SMTP\\.start\\(\\s{0,5}(?:[^,()\\n]{1,100},\\s{0,5}){3}[\"'][^\"'\\n]{1,200}[\"']\\s{0,5},\\s{0,5}|->credentials\\(\\s{0,5}(?:[\"'][^\"'\\n]{0,200}[\"']\\s{0,5},\\s{0,5}){3}|\\bDBI->connect\\(\\s{0,5}[\"']dbi:[^\"'\\n]{1,200}[\"']\\s{0,5},\\s{0,5}[\"'][^\"'\\n]{0,200}[\"']\\s{0,5},\\s{0,5}|\\bSql\\.newInstance\\(\\s{0,5}[\"']jdbc:[^\"'\\n]{1,200}[\"']\\s{0,5},\\s{0,5}[\"'][^\"'\\n]{1,200}[\"']\\s{0,5},\\s{0,5}|\\bmysql_real_connect\\(\\s{0,5}[^,()\\n]{1,60},\\s{0,5}(?:[\"'][^\"'\\n]{0,200}[\"']\\s{0,5},\\s{0,5}){2}|:connect\\(\\s{0,5}(?:[\"'][^\"'\\n]{1,200}[\"']\\s{0,5},\\s{0,5}){2})[\"']((?=[^\"'\\n]{0,255}[A-Za-z])(?=[^\"'\\n]{0,255}[0-9!@#$%^&*?~+=_.-])[^\"'\\n\\s]{6,128})[\"']",
        "keywords": [
            ".auth(",
            "->auth(",
            ":auth(",
            "bind(",
            "bind_s(",
            "connection(",
            "->connect(",
            "plaincredentials(",
            "credentials::new(",
            "mongocredential.create",
            "net::smtp.start(",
            "->credentials(",
            "dbi->connect(",
            "sql.newinstance(",
            "mysql_real_connect(",
            ":connect("
        ],
        "entropy": 2.5,
        "allow": [
            "(?i)^anonymous",
            "(?i)^[a-z]{1,12}(?:[._-][a-z]{1,12})+$",
            "^[^@\\s]+@[\\w-]+(?:\\.[\\w-]+)+$",
            "^\\$",
            "^%\\(",
            "^\\{\\{"
        ],
        "severity": "high",
        "generic": true,
        "tests": {
            "positives": [
                "jedis.auth(\"P3pp3r&{alnum:6}\");",
                "local res, err = red:auth(\"Birch{alnum:5}3#\")",
                "$smtp->auth('reports@acme.io', 'Juniper.{alnum:6}41') or die;",
                "smtpConn.auth(\"alerts@acme.io\", \"C3d4r.{alnum:6}\")",
                "client.bind('cn=svc-portal,ou=apps,dc=acme,dc=io', 'K3ttl3#{alnum:6}', (err) => {});",
                "if err := l.Bind(\"cn=svc-gitlab,ou=services,dc=acme,dc=io\", \"{alnum:14}7Q\"); err != nil {",
                "conn = Connection(server, \"cn=svc-jenkins,ou=service,dc=corp,dc=acme,dc=io\", \"nimbus-{alnum:6}-434\", auto_bind=True)",
                "credentials = pika.PlainCredentials(\"orders-svc\", \"echo-{alnum:5}-844\")",
                "let creds = Credentials::new(\"alerts@acme.io\".to_owned(), \"Mint*{alnum:6}24\".to_owned());",
                "MongoCredential.createCredential(\"reviews\", \"admin\", \"Willow{alnum:6}2003*\".toCharArray());",
                "Net::SMTP.start(\"smtp.acme.io\", 587, \"acme.io\", \"mailer@acme.io\", \"Walrus{alnum:5}2012!\", :plain) do |smtp|",
                "$ua->credentials('status.acme.io:443', 'Status API', 'svc-status', 'juniper-{alnum:6}-386');",
                "return DBI->connect(\"dbi:Pg:dbname=billing;host=pg.acme.io\", \"billing\", 'saffron-{alnum:5}-238', {RaiseError => 1});",
                "def sql = Sql.newInstance('jdbc:mysql://mysql.acme.io:3306/reports', 'reports', 'Juniper{alnum:6}2019*', 'com.mysql.cj.jdbc.Driver')",
                "if (!mysql_real_connect(conn, \"mysql.acme.io\", \"telemetry\", \"Walrus.{alnum:5}81\", \"telemetry\", 3306, NULL, 0)) {",
                "local conn = assert(env:connect(\"game\", \"game_server\", \"nimbus-{alnum:5}-108\", \"mysql.acme.io\", 3306))",
                "conn.simple_bind_s(\"cn=admin,dc=corp,dc=acme,dc=io\", \"Tr0ub4dor-{alnum:5}\")",
                "    l.simple_bind_s('svc-reader@corp.acme.io', 'Kp9#{alnum:8}')",
                "conn.bind_s(\"uid=svc,ou=people,dc=acme,dc=io\", \"Gh7!{alnum:8}\", ldap.AUTH_SIMPLE)",
                "l.simple_bind_s(who='CORP\\\\svc-ldap', cred='Ember{alnum:6}42!')",
                "conn = Connection(server, user='svc-sync@corp.acme.io', password='Quartz{alnum:6}7#', auto_bind=True)",
                "  sql::Connection *con = driver->connect(\"tcp://127.0.0.1:3306\", \"root\", \"Jd9${alnum:8}\");"
            ],
            "negatives": [
                "jedis.auth(password);",
                "red:auth(os.getenv(\"REDIS_PASSWORD\"))",
                "$smtp->auth('reports@acme.io', $ENV{SMTP_PASSWORD})",
                "client.bind(dn, password, cb)",
                "client.bind('cn=admin,dc=example,dc=org', 'password', cb)",
                "fn.bind(this, \"a\", \"b1\")",
                "credentials = pika.PlainCredentials(\"guest\", \"guest\")",
                "MongoCredential.createCredential(user, \"admin\", password.toCharArray());",
                "Credentials::new(\"alerts@acme.io\".to_owned(), env::var(\"SMTP_PASSWORD\")?);",
                "DBI->connect(\"dbi:Pg:dbname=billing\", \"billing\", $ENV{DB_PASSWORD});",
                "passport.authenticate(\"local\", { failureRedirect: \"/login\" })",
                "socket.connect(\"host\", \"port\")",
                "const db = await env:connect(\"a\", \"b\", \"${DB_PASSWORD}\")",
                "app.auth('api_v2')",
                "conn.simple_bind_s(bind_dn, bind_pw)",
                "conn.simple_bind_s(\"cn=admin,dc=example,dc=org\", os.environ[\"LDAP_PASSWORD\"])",
                "l.simple_bind_s('', '')",
                "conn.simple_bind_s('someone@example.com', 'password')",
                "driver->connect(url, user, password)",
                "driver->connect(\"tcp://127.0.0.1:3306\", \"root\", getenv(\"DB_PASSWORD\"))"
            ]
        }
    },
    {
        "id": "keyword-term-password",
        "description": "Password as an Erlang or Elixir tuple or a Clojure/EDN keyword's value ({password, \"…\"}, {:password, \"…\"}, :password \"…\", :db-password \"…\")",
        "regex": "(?:\\{\\s{0,3}:?(?:password|passwd|pass|auth_pass|secret|api_key|token)\\s{0,3},\\s{0,3}\"|(?<![\\w-]):(?:[\\w.]{1,40}[-.])?(?:password|passwd|pass|secret|api-key|auth-token|token)\\s{1,5}\")((?=[^\"\\n]{0,255}[A-Za-z])(?=[^\"\\n]{0,255}[0-9!@#$%^&*?~+=_.-])[^\"\\n\\s]{6,128})\"",
        "keywords": [
            "password,",
            "passwd,",
            "pass,",
            "secret,",
            "api_key,",
            "token,",
            ":password",
            ":passwd",
            ":pass",
            ":secret",
            ":api-key",
            ":auth-token",
            ":token"
        ],
        "entropy": 2.5,
        "allow": [
            "(?i)^(?:valid|invalid|wrong|bad|good|new|old|current|test|some|hello|super|my|your)_[a-z_]*\\d*!?$",
            "(?i)^[a-z]{1,12}(?:[._-][a-z]{1,12})+$",
            "^\\$",
            "^#\\{",
            "(?i)^pass(?:word)?\\W*$"
        ],
        "severity": "medium",
        "generic": true,
        "paths": "(?:^|/)(?:[^/]*\\.(?:erl|hrl|ex|exs|clj|cljs|cljc|edn|config|app\\.src)|rebar\\.config|sys\\.config)$",
        "tests": {
            "path": "src/acme/db.clj",
            "positives": [
                "             {password, \"Orion.{alnum:6}48\"}]).",
                "    {password, \"copper-{alnum:6}-192\"},",
                "   :password \"Lily{alnum:6}2009*\"})",
                "  {:basic-auth [\"svc-status\" \"x\"] :token \"{alnum:24}7\"}",
                "config :app, App.Repo, [{:username, \"app\"}, {:password, \"Qe5*{alnum:8}\"}]",
                "{:db-host \"db.internal\" :db-user \"app\" :db-password \"Vr8!{alnum:8}\"}",
                " :smtp.pass \"Harbor{alnum:6}19#\""
            ],
            "negatives": [
                "{password, os:getenv(\"REDIS_PASSWORD\")}",
                ":password (System/getenv \"DB_PASSWORD\")",
                "{:password, System.get_env(\"DB_PASSWORD\")}",
                ":db-password (env :db-password)",
                ":db-password-file \"/run/secrets/db\"",
                ":reset-token-ttl \"3600\"",
                "{:password, \"valid_password123\"}",
                "{:password, \"hello_world_12\"}",
                "   :password \"\"",
                "{password, \"password\"}",
                ":password \"change-me\"",
                "   :password \"Password*\""
            ]
        }
    },
    {
        "id": "azure-key-credential-literal",
        "description": "Azure AI services key written into AzureKeyCredential(…) (Azure SDKs for .NET, JavaScript, Python, Java)",
        "regex": "\\bAzureKeyCredential\\(\\s{0,5}(?:key\\s{0,3}=\\s{0,3})?[\"']([A-Za-z0-9]{32})[\"']\\s{0,5}\\)",
        "keywords": [
            "azurekeycredential("
        ],
        "entropy": 3,
        "severity": "high",
        "tests": {
            "positives": [
                "  new AzureKeyCredential('{hex:32}'),",
                "var client = new TextAnalyticsClient(endpoint, new AzureKeyCredential(\"{hex:32}\"));",
                "credential = AzureKeyCredential(\"{alnum:32}\")",
                "cred = AzureKeyCredential(key=\"{hex:32}\")"
            ],
            "negatives": [
                "new AzureKeyCredential(apiKey)",
                "AzureKeyCredential(\"<your-key>\")",
                "AzureKeyCredential(\"{same:32}\")",
                "new AzureKeyCredential(System.getenv(\"LANGUAGE_KEY\"))"
            ]
        }
    },
    {
        "id": "config-property-default-credential",
        "description": "Credential as the default of a MicroProfile / Quarkus @ConfigProperty (name says password, secret, token or key)",
        "regex": "@ConfigProperty\\(\\s{0,5}(?:name\\s{0,3}=\\s{0,3}\"[\\w.-]{0,80}(?:[Pp]assword|[Pp]asswd|[Pp]wd|[Ss]ecret|[Tt]oken|[Aa]pi[_.-]?[Kk]ey|[Cc]redentials?|[Pp]rivate[_.-]?[Kk]ey)[\\w.-]{0,40}\"\\s{0,5},\\s{0,5}defaultValue\\s{0,3}=\\s{0,3}\"((?=[^\"\\s]{0,199}[0-9])(?=[^\"\\s]{0,199}[A-Za-z])[^\"\\s$]{6,200})\"|defaultValue\\s{0,3}=\\s{0,3}\"((?=[^\"\\s]{0,199}[0-9])(?=[^\"\\s]{0,199}[A-Za-z])[^\"\\s$]{6,200})\"\\s{0,5},\\s{0,5}name\\s{0,3}=\\s{0,3}\"[\\w.-]{0,80}(?:[Pp]assword|[Pp]asswd|[Pp]wd|[Ss]ecret|[Tt]oken|[Aa]pi[_.-]?[Kk]ey|[Cc]redentials?|[Pp]rivate[_.-]?[Kk]ey)[\\w.-]{0,40}\")",
        "keywords": [
            "@configproperty("
        ],
        "entropy": 2.8,
        "allow": [
            "^[a-z][a-z0-9+.-]*://",
            "^[A-Z][A-Z0-9_]+$",
            "^[~.]{0,2}/",
            "(?i)^x-",
            "(?i)^(?:hmac|pbkdf2|sha|aes|rsa|hs|rs|es|ps)[\\w-]{0,30}$"
        ],
        "severity": "high",
        "generic": true,
        "tests": {
            "positives": [
                "    @ConfigProperty(name = \"db.password\", defaultValue = \"Winter{digits:4}!{alnum:6}\")",
                "  @ConfigProperty(name = \"partner.api.key\", defaultValue = \"{alnum:32}\")",
                "  @ConfigProperty(defaultValue = \"{alnum:20}7\", name = \"app.jwt.secret\")",
                "  @ConfigProperty(name = \"dbPassword\", defaultValue = \"Ls6#{alnum:8}\") String pw;",
                "  @ConfigProperty(name = \"stripe.apiKey\", defaultValue = \"{alnum:24}9\")"
            ],
            "negatives": [
                "  @ConfigProperty(name = \"db.password\")",
                "  @ConfigProperty(name = \"db.password\", defaultValue = \"changeme\")",
                "  @ConfigProperty(name = \"app.timeout\", defaultValue = \"{alnum:12}7\")",
                "  @ConfigProperty(name = \"db.password\", defaultValue = \"${DB_PASSWORD}\")",
                "  @ConfigProperty(name = \"token.issuer\", defaultValue = \"https://quarkus.io/using-jwt-rbac\")",
                "  @ConfigProperty(name = \"github.token.env\", defaultValue = \"GITHUB_TOKEN\")",
                "  @ConfigProperty(name = \"password.hash.algorithm\", defaultValue = \"PBKDF2WithHmacSHA512\")",
                "  @ConfigProperty(name = \"api.key.header\", defaultValue = \"X-API-KEY\")",
                "  @ConfigProperty(name = \"app.secret.file\", defaultValue = \"/run/secrets/app-secret.txt\")",
                "  @ConfigProperty(name = \"tokenTtl\", defaultValue = \"PT15M\")",
                "  @ConfigProperty(name = \"tokenIssuer\", defaultValue = \"https://auth.acme.io/realms/main\")",
                "  @ConfigProperty(name = \"secretName\", defaultValue = \"APP_SIGNING_KEY\")"
            ]
        }
    },
    {
        "id": "web-framework-signing-keys",
        "description": "Cookie or session signing secret passed to the framework as a literal (cookie-parser's secret, Koa's app.keys, Keygrip)",
        "regex": "\\b(?:cookieParser\\(\\s{0,3}\\[?\\s{0,3}|app\\.keys\\s{0,3}=\\s{0,3}\\[\\s{0,3}|new\\s{1,3}Keygrip\\(\\s{0,3}\\[\\s{0,3})[\"'`]((?=[^\"'`\\s]{0,199}[0-9])(?=[^\"'`\\s]{0,199}[A-Za-z])[^\"'`\\s$]{12,200})[\"'`]",
        "keywords": [
            "cookieparser(",
            "app.keys",
            "keygrip("
        ],
        "entropy": 3.3,
        "allow": [
            "(?i)^[a-z]+(?:[-_][a-z0-9]+)+$"
        ],
        "severity": "high",
        "generic": true,
        "tests": {
            "positives": [
                "app.use(cookieParser('{alnum:31}7'));",
                "app.keys = ['{alnum:23}7', '{alnum:23}8'];",
                "app.keys = ['{alnum:31}x9'];",
                "const keys = new Keygrip(['{alnum:31}3'], 'sha256')"
            ],
            "negatives": [
                "app.use(cookieParser(process.env.COOKIE_SECRET));",
                "app.keys = [process.env.KEY1, process.env.KEY2];",
                "app.use(cookieParser('keyboard cat'))",
                "app.keys = ['some secret hurr'];",
                "app.keys = ['cookie-signing-key-v2'];"
            ]
        }
    },
    {
        "id": "windows-unattend-password",
        "description": "Password in a Windows answer file (unattend.xml / autounattend.xml)",
        "regex": "(?i)<(?:AdministratorPassword|Password)>\\s{0,40}<Value>([^<\\s]{4,128})</Value>",
        "keywords": [
            "<administratorpassword>",
            "<password>"
        ],
        "entropy": 2,
        "allow": [
            "\\*SENSITIVE\\*DATA\\*DELETED\\*",
            "^QQBkAG0AaQBuAGkAcwB0AHIAYQB0AG8AcgBQAGEAcwBzAHcAbwByAGQA$",
            "^UABhAHMAcwB3AG8AcgBkAA==$",
            "^\\[[A-Za-z_]+\\]$",
            "^__[A-Za-z_]+__$"
        ],
        "severity": "high",
        "multiline": true,
        "tests": {
            "positives": [
                "<AdministratorPassword>\n  <Value>Adm1n!{alnum:8}</Value>\n  <PlainText>true</PlainText>",
                "<Password><Value>{b64:24}</Value><PlainText>false</PlainText></Password>"
            ],
            "negatives": [
                "<AdministratorPassword><Value></Value></AdministratorPassword>",
                "<Password><Value>*SENSITIVE*DATA*DELETED*</Value></Password>",
                "<AdministratorPassword><Value>QQBkAG0AaQBuAGkAcwB0AHIAYQB0AG8AcgBQAGEAcwBzAHcAbwByAGQA</Value><PlainText>false</PlainText>",
                "<Password><Value>__ADMIN_PASSWORD__</Value></Password>"
            ]
        }
    },
    {
        "id": "url-query-credential",
        "description": "API key or access token in a URL's query string",
        "regex": "(?i)[?&](?:(?:api[_-]?key|apikey|access[_-]?token|auth[_-]?token|appid|app[_-]?key|client[_-]?secret|private[_-]?token|hapikey|access[_-]?key|secret[_-]?key)=((?=[A-Za-z0-9._~%+/-]{0,199}[0-9])(?=[A-Za-z0-9._~%+/-]{0,199}[A-Za-z])[A-Za-z0-9._~%+/-]{16,200})(?![A-Za-z0-9._~%+/-])|(?:password|passwd)=((?=[A-Za-z0-9._~%+/!*^@$:-]{0,199}[0-9])(?=[A-Za-z0-9._~%+/!*^@$:-]{0,199}[A-Za-z])[A-Za-z0-9._~%+/!*^@$:-]{8,200})(?![A-Za-z0-9._~%+/!*^@$:-]))",
        "keywords": [
            "api_key=",
            "api-key=",
            "apikey=",
            "access_token=",
            "access-token=",
            "auth_token=",
            "auth-token=",
            "appid=",
            "app_key=",
            "app-key=",
            "client_secret=",
            "client-secret=",
            "private_token=",
            "private-token=",
            "hapikey=",
            "access_key=",
            "access-key=",
            "accesskey=",
            "secret_key=",
            "secret-key=",
            "secretkey=",
            "password=",
            "passwd="
        ],
        "entropy": 3.3,
        "allow": [
            "^\\$",
            "^\\{",
            "%7B",
            "(?i)^(?:your|my|the)[_-]",
            "^[A-Z0-9_.]+$",
            "(?i)^[a-z]{1,12}(?:[._-][a-z0-9]{1,12})+$",
            "(?i)^(?:test|local|dev|demo|sample|fake|dummy|example)[_.-]",
            "^b6907d289e10d714a6e88b30761fae22$"
        ],
        "severity": "medium",
        "generic": true,
        "tests": {
            "positives": [
                "requests.get(f\"https://api.openweathermap.org/data/2.5/weather?q={city}&appid={hex:32}\")",
                "fetch('https://api.example.com/v1/items?api_key={alnum:31}7')",
                "Shared link: https://app.example.com/share?access_token={alnum:39}9",
                "r = requests.get(f\"https://api.hubapi.com/contacts/v1/lists?hapikey={uuid}\")",
                "fetch(`${base}/login?user=ops&password={alnum:13}4`)",
                "fetch(\"https://legacy.example-corp.io/api/login?user=svc&password=^{alnum:14}3\");",
                "curl 'https://nas.local/api/auth?account=admin&passwd={alnum:9}!8x&format=json'"
            ],
            "negatives": [
                "https://api.example.com/v1/items?api_key=${API_KEY}",
                "https://api.example.com/v1/items?api_key=YOUR_API_KEY_HERE",
                "https://api.example.com/v1?appid={city}",
                "https://example.com/?api_key=xxxxxxxxxxxxxxxxxxxxxxxx",
                "https://api.example.com/token?client_secret=CLIENT_SECRET_V2",
                "http://localhost:8080/v1?apikey=local-dev-key-2024",
                "https://api.example.com/?access_token=test-access-token-1234",
                "https://example.com/login?user=bob&password=${PASSWORD}",
                "https://example.com/reset?password=(required)"
            ]
        }
    },
    {
        "id": "provider-prefixed-key",
        "description": "Provider key with its own prefix (Tencent Cloud AKID, Firecrawl, Checkly, Yandex Cloud, Checkout.com sandbox, Vercel)",
        "regex": "(?<![A-Za-z0-9_-])(AKID[A-Za-z0-9]{32}|fc-[a-f0-9]{32}|cu_[a-f0-9]{32}|AQVN[A-Za-z0-9_-]{35,38}|sk_sbox_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|vc[pika]_[A-Za-z0-9]{40,60})(?![A-Za-z0-9_-])",
        "keywords": [
            "akid",
            "fc-",
            "cu_",
            "aqvn",
            "sk_sbox_",
            "vcp_",
            "vci_",
            "vck_",
            "vca_"
        ],
        "entropy": 3.5,
        "severity": "high",
        "tests": {
            "positives": [
                "client = CvmClient(credential.Credential(\"AKID{alnum:32}\", sk), region)",
                "app = FirecrawlApp(api_key=\"fc-{hex:32}\")",
                "CHECKLY_API_KEY=cu_{hex:32}",
                "sdk = yandexcloud.SDK(token=\"AQVN{b64url:36}\")",
                "api = CheckoutSdk.builder().secret_key(\"sk_sbox_{uuid}\")",
                "VERCEL_TOKEN=vcp_{alnum:46}"
            ],
            "negatives": [
                "AKID{alnum:8}",
                "fc-{hex:8}",
                "cu_{hex:10}",
                "{\"pk\": \"user_42\", \"sk\": \"sk_{uuid}\"}",
                "\"live_StreamScheduledReminderTitleV2\": \"Stream reminder\"",
                "vcp_{alnum:10}"
            ]
        }
    },
    {
        "id": "youtrack-permanent-token",
        "description": "JetBrains YouTrack / Hub permanent token",
        "regex": "(?<![A-Za-z0-9])(perm:[A-Za-z0-9+/=]{4,100}\\.[A-Za-z0-9+/=]{2,100}\\.(?=[A-Za-z0-9_-]{0,80}[0-9])(?=[A-Za-z0-9_-]{0,80}[A-Z])(?=[A-Za-z0-9_-]{0,80}[a-z])[A-Za-z0-9_-]{20,80})(?![A-Za-z0-9_-])",
        "keywords": [
            "perm:"
        ],
        "entropy": 3.5,
        "severity": "high",
        "tests": {
            "positives": [
                "YOUTRACK_TOKEN=perm:{b64:12}.{b64:8}.{b64url:30}"
            ],
            "negatives": [
                "perm:{alnum:6}",
                "chmod perm:read.write.execute",
                "{perm:this.config.defaultPermissionLevel}"
            ]
        }
    },
    {
        "id": "beamer-api-token",
        "description": "Beamer API token",
        "regex": "(?i)beamer[^\\n]{0,60}?(?<![a-z0-9_-])(b_[a-z0-9=_-]{44})(?![a-z0-9=_-])",
        "keywords": [
            "beamer"
        ],
        "entropy": 3.5,
        "severity": "high",
        "tests": {
            "positives": [
                "BEAMER_API_KEY=b_{b64url:44}",
                "beamer = Beamer(api_key=\"b_{alnum:44}\")"
            ],
            "negatives": [
                "BEAMER_API_KEY=b_{alnum:10}",
                "beamer_widget_selector = \"b_navigation_menu_item_with_long_identifier_x\""
            ]
        }
    },
    {
        "id": "vultr-api-key",
        "description": "Vultr API key",
        "regex": "(?i)vultr[^\\n]{0,60}?(?<![a-z0-9])([A-Z0-9]{36})(?![a-z0-9])",
        "keywords": [
            "vultr"
        ],
        "entropy": 3.5,
        "allow": [
            "^[A-Za-z]+$",
            "^[0-9]+$"
        ],
        "severity": "high",
        "tests": {
            "positives": [
                "VULTR_API_KEY={alnumU:36}",
                "client = vultr.Client(api_key=\"{alnumU:36}\")"
            ],
            "negatives": [
                "VULTR_API_KEY={alnumU:20}",
                "VULTR_REGION=ewr",
                "# see https://www.vultr.com/api/ for VULTR_API_KEY"
            ]
        }
    },
    {
        "id": "infisical-token",
        "description": "Infisical machine identity client secret (service tokens, st.…, are infisical-service-token's)",
        "regex": "(?i)infisical[^\\n]{0,40}?secret[\\w.-]{0,20}[\"']?\\s{0,5}[:=]\\s{0,5}[\"']?([a-f0-9]{64})(?![a-z0-9])",
        "keywords": [
            "infisical"
        ],
        "entropy": 3,
        "severity": "high",
        "tests": {
            "positives": [
                "INFISICAL_CLIENT_SECRET={hex:64}"
            ],
            "negatives": [
                "INFISICAL_TOKEN=st.{uuid}",
                "INFISICAL_CLIENT_SECRET={hex:16}"
            ]
        }
    },
    {
        "id": "fauna-secret",
        "description": "Fauna database secret",
        "regex": "(?i)fauna[^\\n]{0,60}?(?<![a-z0-9_-])(fn[a-z0-9_-]{38})(?![a-z0-9_-])",
        "keywords": [
            "fauna"
        ],
        "entropy": 3.5,
        "severity": "high",
        "tests": {
            "positives": [
                "FAUNA_SECRET=fnA{b64url:37}",
                "fauna_client = Client(secret=\"fnA{alnum:37}\")"
            ],
            "negatives": [
                "FAUNA_SECRET=fnA{alnum:10}",
                "fauna_function_name = \"fn_get_user_orders_by_customer_id_and_x\""
            ]
        }
    },
    {
        "id": "uptimerobot-api-key",
        "description": "UptimeRobot API key (main, read-only or monitor-specific)",
        "regex": "(?i)uptime[_ -]?robot[^\\n]{0,60}?(?<![a-z0-9])((?:u|ur|m)\\d{6,10}-[a-f0-9]{24})(?![a-z0-9])",
        "keywords": [
            "uptimerobot",
            "uptime_robot",
            "uptime-robot",
            "uptime robot"
        ],
        "entropy": 3,
        "severity": "high",
        "tests": {
            "positives": [
                "UPTIMEROBOT_API_KEY=u{digits:7}-{hex:24}",
                "uptime_robot_key: \"m{digits:9}-{hex:24}\""
            ],
            "negatives": [
                "UPTIMEROBOT_API_KEY=u{digits:7}-{hex:10}"
            ]
        }
    },
    {
        "id": "pagerduty-api-key",
        "description": "PagerDuty REST API key or user token",
        "regex": "(?i)pager[_ -]?duty[^\\n]{0,60}?(?:key|token|secret|auth)[\\w.-]{0,20}[\"']?\\s{0,5}(?::=|=>|[:=(,])\\s{0,5}[\"']?(u\\+[a-z0-9_+-]{18}|(?=[a-z_+-]{0,19}[0-9])(?=[0-9_+-]{0,19}[a-z])[a-z0-9_+-]{20})(?![a-z0-9_+-])",
        "keywords": [
            "pagerduty",
            "pager_duty",
            "pager-duty"
        ],
        "entropy": 3.2,
        "severity": "high",
        "tests": {
            "positives": [
                "PAGERDUTY_API_KEY=u+{b64url:18}",
                "pagerduty_token = \"{alnum:19}7\"",
                "session = APISession(pagerduty_api_key, ...) ; PAGERDUTY_AUTH: \"{alnum:16}a1b2\""
            ],
            "negatives": [
                "PAGERDUTY_API_KEY=${PD_KEY}",
                "pagerduty_service_key_name = \"escalation_policy_id\""
            ]
        }
    },
    {
        "id": "mandrill-api-key",
        "description": "Mailchimp Transactional (Mandrill) API key",
        "regex": "(?i)mandrill[^\\n]{0,60}?(?<![a-z0-9_-])(md-[a-z0-9_-]{22})(?![a-z0-9_-])",
        "keywords": [
            "mandrill"
        ],
        "entropy": 3.2,
        "severity": "high",
        "tests": {
            "positives": [
                "MANDRILL_API_KEY=md-{b64url:22}",
                "mandrill_client = MailchimpTransactional.Client(\"md-{alnum:22}\")"
            ],
            "negatives": [
                "MANDRILL_API_KEY=md-{alnum:8}"
            ]
        }
    },
    {
        "id": "voyage-api-key",
        "description": "Voyage AI API key",
        "regex": "(?i)voyage[^\\n]{0,60}?(?<![a-z0-9_-])(pa-[a-z0-9_-]{43})(?![a-z0-9_-])",
        "keywords": [
            "voyage"
        ],
        "entropy": 3.5,
        "severity": "high",
        "tests": {
            "positives": [
                "VOYAGE_API_KEY=pa-{b64url:43}",
                "vo = voyageai.Client(api_key=\"pa-{alnum:43}\")"
            ],
            "negatives": [
                "VOYAGE_API_KEY=pa-{alnum:10}"
            ]
        }
    },
    {
        "id": "ably-api-key",
        "description": "Ably API key (app id, key id and secret)",
        "regex": "(?i)(?:ably|api[_-]?key)[^\\n]{0,60}?(?<![a-z0-9_.-])([a-z0-9_-]{6}\\.[a-z0-9_-]{6}:[a-z0-9_=+/-]{43})(?![a-z0-9_=+/-])",
        "keywords": [
            "ably",
            "apikey",
            "api_key",
            "api-key"
        ],
        "entropy": 3.5,
        "severity": "high",
        "tests": {
            "positives": [
                "ABLY_API_KEY={alnum:6}.{alnum:6}:{b64url:43}",
                "const ably = new Ably.Realtime(\"{alnum:6}.{alnum:6}:{alnum:43}\")"
            ],
            "negatives": [
                "ABLY_API_KEY={alnum:6}.{alnum:6}",
                "probably.thisIs:notAKey"
            ]
        }
    },
    {
        "id": "upstash-token",
        "description": "Upstash REST or management API token",
        "regex": "(?i)upstash[^\\n]{0,60}?(?:token|key|secret)[\\w.-]{0,20}[\"']?\\s{0,5}(?::=|=>|[:=(,])\\s{0,5}[\"']?((?=[a-z0-9_=-]{0,99}[0-9])[a-z0-9_-]{36,100}={0,2})(?![a-z0-9_=-])",
        "keywords": [
            "upstash"
        ],
        "entropy": 4,
        "severity": "high",
        "tests": {
            "positives": [
                "UPSTASH_REDIS_REST_TOKEN=AX{b64url:68}=",
                "upstash_api_key: \"{alnum:35}7\""
            ],
            "negatives": [
                "UPSTASH_REDIS_REST_TOKEN=",
                "UPSTASH_REDIS_REST_URL=https://eu1-x.upstash.io"
            ]
        }
    },
    {
        "id": "bitwarden-access-token",
        "description": "Bitwarden Secrets Manager machine account access token",
        "regex": "(?<![A-Za-z0-9.])(0\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.[A-Za-z0-9]{30}:[A-Za-z0-9+/]{22}==)",
        "keywords": [
            "=="
        ],
        "entropy": 3.5,
        "severity": "critical",
        "tests": {
            "positives": [
                "BWS_ACCESS_TOKEN=0.{uuid}.{alnum:30}:{b64:22}==",
                "client.auth().login_access_token(\"0.{uuid}.{alnum:30}:{b64:22}==\")"
            ],
            "negatives": [
                "BWS_ACCESS_TOKEN=0.{uuid}",
                "version = \"0.{uuid}\""
            ]
        }
    },
    {
        "id": "sanity-api-token",
        "description": "Sanity API token",
        "regex": "(?i)sanity[^\\n]{0,60}?(?<![a-z0-9])(sk[a-z0-9]{78,200})(?![a-z0-9])",
        "keywords": [
            "sanity"
        ],
        "entropy": 4,
        "severity": "high",
        "tests": {
            "positives": [
                "SANITY_API_TOKEN=sk{alnum:180}",
                "const sanityClient = createClient({projectId, token: \"sk{alnum:90}\"})"
            ],
            "negatives": [
                "SANITY_API_TOKEN=sk{alnum:20}"
            ]
        }
    },
    {
        "id": "vault-legacy-token",
        "description": "HashiCorp Vault service token in the legacy format (s. + 24 characters, before Vault 1.10)",
        "regex": "(?i)vault[^\\n]{0,60}?(?<![a-z0-9_.$-])(s\\.(?=[a-z]{0,23}[0-9])(?=[0-9]{0,23}[a-z])[a-z0-9]{24})(?![a-z0-9_-])",
        "keywords": [
            "vault"
        ],
        "entropy": 3.5,
        "severity": "critical",
        "tests": {
            "positives": [
                "VAULT_TOKEN=s.{alnum:22}a1",
                "client = hvac.Client(url=VAULT_ADDR, token=\"s.{alnum:22}b2\")  # vault"
            ],
            "negatives": [
                "VAULT_TOKEN=s.{alnum:10}",
                "vault kv get secret/s.application_settings_values1"
            ]
        }
    },
    {
        "id": "scaleway-access-key",
        "description": "Scaleway access key ID (SCW + 17 characters; its secret key is scaleway-secret-key)",
        "regex": "(?<![A-Za-z0-9])(SCW[A-Z0-9]{17})(?![A-Za-z0-9])",
        "keywords": [
            "scw"
        ],
        "entropy": 3,
        "severity": "medium",
        "tests": {
            "positives": [
                "SCW_ACCESS_KEY=SCW{alnumU:17}",
                "client = Client(access_key=\"SCW{alnumU:17}\", secret_key=secret)"
            ],
            "negatives": [
                "SCW{alnumU:10}",
                "SCWXXXXXXXXXXXXXXXXX"
            ]
        }
    },
    {
        "id": "honeycomb-api-key",
        "description": "Honeycomb API key (configuration or ingest key, or a classic 32-hex key)",
        "regex": "(?i)(?:x-honeycomb-team|honeycomb[\\w.-]{0,30}(?:key|token|team|secret))[\"']?\\s{0,5}(?::=|=>|[:=(,])\\s{0,5}[\"']?((?=[a-z]{0,21}[0-9])[a-z0-9]{22}|(?!hc(?:aik|xik|amk|xlk|xmk)_01)hc[a-z]ik_[a-z0-9]{58}|[a-f0-9]{32})(?![a-z0-9_])",
        "keywords": [
            "honeycomb"
        ],
        "entropy": 3,
        "severity": "high",
        "tests": {
            "positives": [
                "x-honeycomb-team: {alnum:21}7",
                "HONEYCOMB_API_KEY={hex:32}",
                "OTEL_EXPORTER_OTLP_HEADERS=\"x-honeycomb-team={alnum:20}4x\""
            ],
            "negatives": [
                "x-honeycomb-team: ${HONEYCOMB_API_KEY}",
                "HONEYCOMB_DATASET=production-api-events"
            ]
        }
    },
    {
        "id": "logzio-token",
        "description": "Logz.io shipping or API token",
        "regex": "(?i)logz(?:\\.?io)?[\\w.-]{0,20}(?:token|key)[\"']?\\s{0,5}(?::=|=>|[:=(,])\\s{0,5}[\"']?([a-z]{32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![a-z0-9])",
        "keywords": [
            "logz"
        ],
        "entropy": 3.5,
        "severity": "high",
        "tests": {
            "positives": [
                "  logzio_token: {lower:32}",
                "LOGZIO_API_TOKEN={uuid}"
            ],
            "negatives": [
                "logzio_token: ${LOGZIO_TOKEN}",
                "logzio_token: {same:32}"
            ]
        }
    },
    {
        "id": "convex-deploy-key",
        "description": "Convex deploy key (a prod, preview or dev deployment, then the key)",
        "regex": "(?<![A-Za-z0-9])((?:prod|preview|dev):[a-z0-9][a-z0-9:-]{2,127}\\|[A-Za-z0-9+/_=-]{40,})(?![A-Za-z0-9+/_=-])",
        "keywords": [
            "prod:",
            "preview:",
            "dev:"
        ],
        "entropy": 3.5,
        "severity": "critical",
        "tests": {
            "positives": [
                "CONVEX_DEPLOY_KEY=prod:shop-{lower:6}-{digits:3}|{b64:80}",
                "CONVEX_DEPLOY_KEY=\"preview:team:proj|{b64:60}\""
            ],
            "negatives": [
                "\"dev:server\": \"vite --port 3000 | tee log.txt\"",
                "CONVEX_DEPLOY_KEY=prod:shop-{lower:6}-{digits:3}"
            ]
        }
    },
    {
        "id": "authorize-net-transaction-key",
        "description": "Authorize.Net API transaction key",
        "regex": "(?i)transaction[_-]?key(?:[\"']\\s{1,5}value\\s{0,3}=\\s{0,3}[\"']|[\"']?\\s{0,5}(?::=|=>|[:=])\\s{0,5}[\"']?|>)([a-z0-9]{16})(?![a-z0-9])",
        "keywords": [
            "transactionkey",
            "transaction_key",
            "transaction-key"
        ],
        "entropy": 3.2,
        "allow": [
            "^[A-Za-z]+$"
        ],
        "severity": "high",
        "tests": {
            "positives": [
                "<add key=\"AuthNetTransactionKey\" value=\"{alnum:15}7\" />",
                "AUTHORIZE_NET_TRANSACTION_KEY={alnum:14}4x",
                "<transactionKey>{alnum:15}2</transactionKey>"
            ],
            "negatives": [
                "<add key=\"AuthNetTransactionKey\" value=\"\" />",
                "transaction_key = idempotencykeyab"
            ]
        }
    },
    {
        "id": "authress-service-key",
        "description": "Authress service client access key",
        "regex": "(?i)(?<![a-z0-9_])((?:sc|ext|scauth|authress)_[a-z0-9]{5,30}\\.[a-z0-9]{4,6}\\.acc[_-][a-z0-9-]{10,32}\\.[a-z0-9+/_=-]{30,120})(?![a-z0-9+/_=-])",
        "keywords": [
            ".acc_",
            ".acc-"
        ],
        "entropy": 3.5,
        "severity": "high",
        "tests": {
            "positives": [
                "AUTHRESS_KEY=sc_{alnumL:20}.{alnumL:5}.acc_{alnumL:20}.{b64:64}",
                "authress = AuthressClient(url, \"ext_{alnumL:10}.{alnumL:4}.acc-{alnumL:12}.{b64:40}\")"
            ],
            "negatives": [
                "sc_{alnumL:20}.{alnumL:5}.acc_{alnumL:4}"
            ]
        }
    },
    {
        "id": "circleci-cli-config-token",
        "description": "CircleCI personal API token in the CLI's configuration (.circleci/cli.yml)",
        "regex": "(?:^|[\\[\"'`])\\s*token:\\s*[\"']?([a-f0-9]{40})(?:[\"']?\\s*(?:#.*)?$|[\"'`]{1,2}[ \\t]*(?:[,\\]}].*)?$)",
        "keywords": [
            "token"
        ],
        "entropy": 3,
        "severity": "high",
        "paths": "(?:^|/)\\.circleci/cli\\.ya?ml$",
        "tests": {
            "path": "home/dev/.circleci/cli.yml",
            "positives": [
                "host: https://circleci.com\ntoken: {hex:40}"
            ],
            "negatives": [
                "token: ",
                "token: ${CIRCLECI_TOKEN}"
            ]
        }
    },
    {
        "id": "codecov-yaml-token",
        "description": "Codecov upload token in codecov.yml (codecov.token)",
        "regex": "(?:^|[\\[\"'`])\\s*token:\\s*[\"']?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:[\"']?\\s*(?:#.*)?$|[\"'`]{1,2}[ \\t]*(?:[,\\]}].*)?$)",
        "keywords": [
            "token"
        ],
        "entropy": 3,
        "severity": "high",
        "paths": "(?:^|/)\\.?codecov\\.ya?ml$",
        "tests": {
            "path": ".github/codecov.yml",
            "positives": [
                "codecov:\n  token: {uuid}"
            ],
            "negatives": [
                "codecov:\n  require_ci_to_pass: true"
            ]
        }
    },
    {
        "id": "kaggle-json-key",
        "description": "Kaggle API key in kaggle.json",
        "regex": "\"key\"\\s{0,5}:\\s{0,5}\"([a-f0-9]{32})\"",
        "keywords": [
            "key"
        ],
        "entropy": 3,
        "severity": "high",
        "paths": "(?:^|/)kaggle\\.json$",
        "tests": {
            "path": "home/ds/.kaggle/kaggle.json",
            "positives": [
                "{\"username\":\"dsuser\",\"key\":\"{hex:32}\"}"
            ],
            "negatives": [
                "{\"username\":\"dsuser\",\"key\":\"\"}"
            ]
        }
    },
    {
        "id": "htpasswd-des-crypt",
        "description": "DES crypt password hash in an .htpasswd file (13 characters; crackable in hours)",
        "regex": "(?:^|[\\[\"'`])[^:\\s#\"'`][^:\\s\"'`]{0,63}:([./0-9A-Za-z]{13})(?:\\s*$|[\"'`]{1,2}[ \\t]*(?:[,\\]}].*)?$)",
        "keywords": [
            ":"
        ],
        "entropy": 2.5,
        "severity": "low",
        "paths": "(?:^|/)\\.htpasswd$",
        "tests": {
            "path": "web/.htpasswd",
            "positives": [
                "admin:{alnum:13}",
                "alice:{alnum:11}./\nbob:{alnum:13}"
            ],
            "negatives": [
                "admin:$apr1$salt",
                "# user:password"
            ]
        }
    },
    {
        "id": "provider-prefixed-random-key",
        "description": "Provider key whose prefix is short or a common word (crates.io cio, Mollie live_, Statsig secret-, PagerDuty u+, Fauna fnA, Voyage AI pa-, Mandrill md-), found by a random tail",
        "regex": "(?<![A-Za-z0-9_+/.-])(cio[A-Za-z0-9]{32}|live_[A-Za-z0-9]{30}|secret-[A-Za-z0-9]{43}|u\\+[A-Za-z0-9_-]{18}|fnA[A-Za-z0-9_-]{37}|pa-[A-Za-z0-9_-]{43}|md-[A-Za-z0-9_-]{22})(?![A-Za-z0-9_+/=-])",
        "keywords": [
            "cio",
            "live_",
            "secret-",
            "u+",
            "fna",
            "pa-",
            "md-"
        ],
        "entropy": 3.7,
        "allow": [
            "^[^0-9]*(?:[0-9][^0-9]*)?$",
            "^[^A-Z]*$",
            "^(?:cio|live_|secret-|u\\+|fnA|pa-|md-)[^a-z]*$"
        ],
        "severity": "high",
        "tests": {
            "positives": [
                "CARGO_REGISTRY_TOKEN=cio{alnum:29}aZ9",
                "client = vendor.Client(\"live_{alnum:27}aZ9\")",
                "statsig.initialize(\"secret-{alnum:40}aZ9\")",
                "session = Session(\"u+{alnum:15}aZ9\")",
                "client = Client(secret=\"fnA{b64url:34}aZ9\")",
                "vo = Client(\"pa-{b64url:40}aZ9\")",
                "m = Client(\"md-{alnum:19}aZ9\")"
            ],
            "negatives": [
                "\"live_StreamScheduledReminderTitleV2\": \"Stream reminder\"",
                "class=\"md-button md-raised md-primary-color-xx\"",
                "name: secret-{lower:43}",
                "precious{alnum:10}",
                "test_{alnum:30}",
                "for (u+{alnum:4}; ;)"
            ]
        }
    },
    {
        "id": "cli-token-flag",
        "description": "Token or API key given to a command-line tool as a flag (--token, --auth-token, --api-key …)",
        "regex": "(?i)(?:^|[\\s\"'`(])--(?:(?:admin|auth|access|api|bot|registration|join|bootstrap|discovery|deploy|deployment|service|personal|runner|agent|cluster|master|root|bearer|oauth|refresh|app|integration|webhook|ci|pipeline|trigger|github|gitlab|npm|slack|vault|cloudflare|tunnel|sentry|codecov|sonar|snyk|docker|registry|hub|license|upload|publish|pypi|cargo|nuget|digitalocean|linode|hetzner|vultr|scaleway|exoscale|project|workspace|org|team|account|user|chromatic|percy|sauce|browserstack)-){0,2}(?:token|auth-token|api-token|api-key|apikey|access-token|auth)(?:=|\\s{1,5})[\"']?((?!-)(?=[A-Za-z0-9._~+/=-]{0,399}[0-9])(?=[A-Za-z0-9._~+/=-]{0,399}[A-Za-z])[A-Za-z0-9._~+/=-]{20,400})(?![A-Za-z0-9._~+/=-])",
        "keywords": [
            "--token",
            "--auth-token",
            "--api-token",
            "--api-key",
            "--apikey",
            "--access-token",
            "--auth",
            "-token=",
            "-token ",
            "-key=",
            "-key "
        ],
        "entropy": 3.5,
        "severity": "high",
        "generic": true,
        "tests": {
            "positives": [
                "      - run: vercel deploy --prod --token={alnum:23}1",
                "    command: tunnel --no-autoupdate run --token {b64:180}",
                "flyctl deploy --access-token \"{alnum:40}7\"",
                "ExecStart=/usr/local/bin/api --listen :8080 --admin-token={hex:39}a",
                "gitlab-runner register --non-interactive --registration-token {alnum:19}x7",
                "docker-machine create -d digitalocean --digitalocean-access-token {hex:63}a do-node",
                "npx chromatic --project-token chpt_{alnum:19}7"
            ],
            "negatives": [
                "vercel deploy --token=$VERCEL_TOKEN",
                "vercel deploy --token ${{ secrets.VERCEL_TOKEN }}",
                "cloudflared tunnel run --token \"$(cat /run/secrets/tunnel)\"",
                "tool --token-file /run/secrets/token",
                "gh auth login --with-token < token.txt",
                "gcloud logging read --page-token={alnum:30}7",
                "aws logs get-log-events --next-token {b64:60}7",
                "aws waf update-ip-set --ip-set-id {uuid} --change-token {uuid} --updates Action=\"INSERT\"",
                "    --client-request-token \"{uuid}\"",
                "    --work-unit-token 'B2fMSdmQXe9umX8Ux8XCo4='",
                "    --lock-token {uuid}"
            ]
        }
    },
    {
        "id": "vendor-auth-header",
        "description": "Vendor API key in its own HTTP header (CircleCI Circle-Token, Opsgenie GenieKey)",
        "regex": "(?i)(?:circle-token[\"']?\\s{0,3}:\\s{0,3}[\"']?([a-f0-9]{40}|CCIPAT_[A-Za-z0-9]{22}_[a-f0-9]{40})|authorization[\"']?\\s{0,3}:\\s{0,3}[\"']?geniekey\\s{1,3}([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}))(?![A-Za-z0-9_-])",
        "keywords": [
            "circle-token",
            "geniekey"
        ],
        "entropy": 3,
        "severity": "high",
        "tests": {
            "positives": [
                "curl -H \"Circle-Token: {hex:40}\" https://circleci.com/api/v2/me",
                "curl -H \"Authorization: GenieKey {uuid}\" https://api.opsgenie.com/v2/alerts"
            ],
            "negatives": [
                "curl -H \"Circle-Token: $CIRCLE_TOKEN\" https://circleci.com/api/v2/me",
                "curl -H \"Authorization: GenieKey ${OPSGENIE_KEY}\""
            ]
        }
    },
    {
        "id": "pagerduty-integration-key",
        "description": "PagerDuty Events integration (routing or service) key",
        "regex": "(?i)(?:routing|service|integration)[_-]?key[\"']?\\s{0,5}(?::=|=>|[:=])\\s{0,5}[\"']?([a-f0-9]{32})(?![A-Za-z0-9])",
        "keywords": [
            "routing_key",
            "routing-key",
            "routingkey",
            "service_key",
            "service-key",
            "servicekey",
            "integration_key",
            "integration-key",
            "integrationkey"
        ],
        "entropy": 3,
        "severity": "high",
        "tests": {
            "positives": [
                "    - routing_key: {hex:32}",
                "pagerduty_configs: [{service_key: \"{hex:32}\"}]"
            ],
            "negatives": [
                "    - routing_key: <secret>",
                "routing_key: ${PD_ROUTING_KEY}",
                "routing_key: {hex:16}"
            ]
        }
    },
    {
        "id": "sonar-legacy-token",
        "description": "SonarQube / SonarCloud token in the legacy 40-hex form, under sonar.login or sonar.token",
        "regex": "(?i)sonar\\.(?:login|token)[\"']?\\s{0,5}(?:>|[:=])\\s{0,5}[\"']?([a-f0-9]{40})(?![A-Za-z0-9])",
        "keywords": [
            "sonar.login",
            "sonar.token"
        ],
        "entropy": 3,
        "severity": "high",
        "tests": {
            "positives": [
                "    <sonar.login>{hex:40}</sonar.login>",
                "sonar.token={hex:40}",
                "mvn sonar:sonar -Dsonar.login={hex:40}"
            ],
            "negatives": [
                "<sonar.login>${env.SONAR_TOKEN}</sonar.login>",
                "sonar.login=admin"
            ]
        }
    },
    {
        "id": "snyk-auth-token",
        "description": "Snyk API token given to `snyk auth`",
        "regex": "(?i)snyk\\s{1,5}auth\\s{1,5}([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![0-9a-f])",
        "keywords": [
            "snyk"
        ],
        "entropy": 3,
        "severity": "high",
        "tests": {
            "positives": [
                "snyk auth {uuid}",
                "  - run: npx snyk auth {uuid} && snyk test"
            ],
            "negatives": [
                "snyk auth $SNYK_TOKEN",
                "snyk test --org={uuid}"
            ]
        }
    },
    {
        "id": "curl-basic-auth-key",
        "description": "API key sent as the user name of HTTP basic auth with a dummy or empty password (curl -u \"<key>:X\", \"<key>:\")",
        "regex": "\\bcurl\\b[^\\n]{0,300}?\\s(?:-u|--user)\\s{1,5}[\"']?((?=[A-Za-z0-9_-]{0,127}[0-9])(?=[A-Za-z0-9_-]{0,127}[A-Za-z])[A-Za-z0-9_-]{16,128}):(?:[Xx]|x{3,})?(?![^\"'\\s])",
        "keywords": [
            "curl"
        ],
        "entropy": 3.5,
        "allow": [
            "^s(?:k|key)_test_",
            "(?i)^(?:your|my|the)[_-]",
            "(?i)api[_-]?key",
            "^[A-Z0-9_]+$"
        ],
        "severity": "high",
        "tests": {
            "positives": [
                "curl -s -u \"{alnum:19}7:X\" -H \"Content-Type: application/json\" https://acme.freshdesk.com/api/v2/tickets",
                "curl https://api.chargebee.com/api/v2/customers -u {alnum:33}9:",
                "curl -u '{alnum:25}8:' https://api.example-billing.com/v1/invoices"
            ],
            "negatives": [
                "curl https://api.omise.co/charges -u skey_test_{alnum:19}:",
                "curl -u \"$FRESHDESK_KEY:X\" https://acme.freshdesk.com/api/v2/tickets",
                "curl -u YOUR_API_KEY:X https://acme.freshdesk.com/api/v2/tickets",
                "curl -u admin:X https://example.com",
                "curl -u api_key_goes_here_1234:X https://example.com"
            ]
        }
    },
    {
        "id": "docker-password-stdin",
        "description": "Password echoed into docker login --password-stdin (or podman, helm registry login)",
        "regex": "(?i)\\b(?:echo|printf)\\s{1,5}(?:-n\\s{1,5})?[\"']?((?=[^\\s\"'|]{0,255}[A-Za-z])(?=[^\\s\"'|]{0,255}[0-9!@#%^*?~+=_.-])[^\\s\"'|$`]{8,200})[\"']?\\s{0,5}\\|\\s{0,5}(?:sudo\\s{1,5})?(?:docker|podman|buildah|skopeo|helm\\s{1,5}registry|oras|crane\\s{1,5}auth)\\s{1,5}login\\b[^\\n]{0,200}--password-stdin",
        "keywords": [
            "--password-stdin"
        ],
        "entropy": 3,
        "severity": "high",
        "tests": {
            "positives": [
                "echo '{alnum:20}9' | docker login --username ops --password-stdin ocir.eu-frankfurt-1.oci.oraclecloud.com",
                "echo -n \"{alnum:30}\" | podman login -u bot --password-stdin quay.io"
            ],
            "negatives": [
                "echo \"$CR_PAT\" | docker login ghcr.io -u USERNAME --password-stdin",
                "echo ${{ secrets.TOKEN }} | docker login -u x --password-stdin",
                "cat ~/token.txt | docker login --password-stdin"
            ]
        }
    },
    {
        "id": "client-constructor-secret",
        "description": "Random key passed by position to an SDK's client, authenticator, credential or token call (no name beside it)",
        "regex": "(?:[Cc]lient|[Aa]uthenticator|[Cc]redentials?|(?:OAuth|Oauth|oauth|OAUTH)\\w{0,20}|[Aa]uth|[Aa]ccess_?[Tt]oken|[Aa]pi_?[Kk]ey|[Tt]oken|[Ss]ecret)\\s{0,3}(?:\\.new\\s{0,3})?\\(\\s{0,5}(?:[^()\"'\\n]{1,80},\\s{0,5}|[\\w.]{1,60}(?:\\[[\"'][\\w.-]{1,60}[\"']\\]|\\([\"'][\\w.-]{1,60}[\"']\\))\\s{0,5},\\s{0,5})?(?:[\"'][^\"'\\n]{0,200}[\"']\\s{0,5},\\s{0,5}){0,2}[\"']((?=[A-Za-z0-9+/_=:.;-]{0,199}[0-9])(?=[A-Za-z0-9+/_=:.;-]{0,199}[a-z])(?=[A-Za-z0-9+/_=:.;-]{0,199}[A-Z])[A-Za-z0-9+/_=:.;-]{24,200})[\"']",
        "keywords": [
            "client",
            "authenticator",
            "credential",
            "oauth",
            "auth",
            "access_token",
            "apikey",
            "api_key",
            "token",
            "secret"
        ],
        "entropy": 4.2,
        "allow": [
            "^[A-Za-z0-9][\\w.-]*/[\\w.-]+$",
            "^[A-Za-z]+(?:[._:-][A-Za-z]+)*$",
            "(?i)^(?:https?|wss?|ftp)[:]",
            "^[A-Za-z0-9+/]*(?:EXAMPLE|example|XXXX|xxxx|your|YOUR)"
        ],
        "severity": "medium",
        "generic": true,
        "tests": {
            "positives": [
                "client = Client(os.environ[\"BINANCE_API_KEY\"], \"{alnum:62}aZ\")",
                "authenticator = IAMAuthenticator(\"{alnum:40}aZ9-\")",
                "val client = Client(\"AQE{b64:80}\", Environment.LIVE, \"prefix\")",
                "auth = tweepy.OAuthHandler(\"{alnum:24}a9\", \"{alnum:48}Z1\")"
            ],
            "negatives": [
                "client = Client(\"https://api.example.com/v1/resources\")",
                "auth = OAuthHandler(consumer_key, consumer_secret)",
                "client = Client(\"MyApplicationNameForTheLogs\")",
                "token = Token(\"{uuid}\")",
                "client = Client(\"{hex:40}\")",
                "auth = Auth(\"Bearer\")"
            ]
        }
    },
    {
        "id": "helm-set-secret",
        "description": "Password or secret given on a Helm command line (--set / --set-string)",
        "regex": "(?i)--set(?:-string)?(?:\\s{1,5}|=)[\"']?(?:[^\\s,\"']{0,200},){0,10}[\\w.\\[\\]-]{0,120}?(?:password|passwd|secret|token|api[_-]?key|apikey)[\\w.\\[\\]-]{0,40}=((?=[^\\s,\"']{0,255}[A-Za-z])(?=[^\\s,\"']{0,255}[0-9])[^\\s,\"'$]{6,200})",
        "keywords": [
            "--set"
        ],
        "entropy": 2.5,
        "severity": "high",
        "generic": true,
        "tests": {
            "positives": [
                "helm install db bitnami/postgresql --set auth.postgresPassword={alnum:10}9!x",
                "helm upgrade app ./chart --set-string redis.auth.password={alnum:12}7 --wait",
                "helm install x ./c --set 'image.tag=1.2,secrets.apiKey={alnum:20}8'"
            ],
            "negatives": [
                "helm install db bitnami/postgresql --set auth.postgresPassword=$PG_PASSWORD",
                "helm install db ./c --set auth.existingSecret=pg-credentials",
                "helm install db ./c --set auth.password=${{ secrets.PG }}"
            ]
        }
    },
    {
        "id": "flow-map-password",
        "description": "Password in a YAML flow mapping or an inline object ({user: x, password: y})",
        "regex": "(?i)[{,]\\s{0,5}[\"']?(?:password|passwd|pass|pwd|secret)[\"']?\\s{0,5}:\\s{0,5}[\"']?((?=[^\\s,{}\"'\\[\\]|:]*[A-Za-z])(?=[^\\s,{}\"'\\[\\]|:]*[0-9])[^\\s,{}\"'\\[\\]$|:]{8,128})[\"']?\\s{0,5}[,}]",
        "keywords": [
            "password",
            "passwd",
            "pass",
            "pwd",
            "secret"
        ],
        "entropy": 3,
        "severity": "high",
        "generic": true,
        "tests": {
            "positives": [
                "db: {user: shop, password: {alnum:11}*3w}",
                "  - {name: mqtt, pass: {alnum:10}#8m, port: 1883}"
            ],
            "negatives": [
                "db: {user: shop, password: \"${DB_PASSWORD}\"}",
                "db: {user: shop, password: null}",
                "rules: {password: required|min:8, email: required}",
                "db: {user: shop, password: !vault |}"
            ]
        }
    },
    {
        "id": "yaml-pass-key",
        "description": "Password under a short `pass` or `pw` key in YAML or INI configuration",
        "regex": "(?i)(?:^|[\\[\"'`])[ \\t]*(?:-[ \\t]+)?(?:pass|pw)[ \\t]*[:=][ \\t]*(\\\\?[\"']?)((?=[^\\s\"'`#]{0,255}[A-Za-z])(?=[^\\s\"'`]{0,255}[0-9])(?=[^\\s\"'`]{0,255}[!@#%^&*?~+=_.-])[^\\s\"'`\\\\$]{8,128})\\1(?:[ \\t]*$|[\"'`]{1,2}[ \\t]*(?:[,\\]}].*)?$)",
        "keywords": [
            "pass",
            "pw"
        ],
        "entropy": 3,
        "allow": [
            "\\*\\*",
            "[()]",
            "\\b(?:self|this)\\."
        ],
        "secret-group": 2,
        "severity": "high",
        "generic": true,
        "tests": {
            "positives": [
                "  pass: \"{alnum:10}#8m\"",
                "mqtt:\n  user: sensor\n  pass: {alnum:10}#8m",
                "[ftp]\nuser = deploy\npw = {alnum:9}!4x"
            ],
            "negatives": [
                "  pass: true",
                "  pass: ${MQTT_PASS}",
                "  pass: on-success",
                "  pw: 12345678",
                "    pw = 2.0**self.frac_bits",
                "    pw = generator_256.double()"
            ]
        }
    },
    {
        "id": "mercadopago-access-token",
        "description": "Mercado Pago production access token",
        "regex": "(?<![A-Za-z0-9_-])(APP_USR-\\d{16}-\\d{6}-[0-9a-f]{32}-\\d{6,10})(?![A-Za-z0-9_-])",
        "keywords": [
            "app_usr-"
        ],
        "entropy": 3,
        "severity": "critical",
        "tests": {
            "positives": [
                "sdk = mercadopago.SDK(\"APP_USR-{digits:16}-{digits:6}-{hex:32}-{digits:9}\")",
                "MP_ACCESS_TOKEN=APP_USR-{digits:16}-{digits:6}-{hex:32}-{digits:9}"
            ],
            "negatives": [
                "MP_ACCESS_TOKEN=APP_USR-{digits:16}",
                "MP_PUBLIC_KEY=APP_USR-{uuid}"
            ]
        }
    },
    {
        "id": "midtrans-server-key",
        "description": "Midtrans server key",
        "regex": "(?<![A-Za-z0-9_-])((?:SB-)?Mid-server-[A-Za-z0-9_-]{20,32})(?![A-Za-z0-9_-])",
        "keywords": [
            "mid-server-"
        ],
        "entropy": 3.3,
        "severity": "critical",
        "tests": {
            "positives": [
                "snap = midtransclient.Snap(is_production=True, server_key=\"Mid-server-{b64url:24}\")",
                "midtrans_server_key: \"SB-Mid-server-{b64url:24}\""
            ],
            "negatives": [
                "server_key=\"Mid-server-xxxx\"",
                "MIDTRANS_CLIENT_KEY=Mid-client-{b64url:16}"
            ]
        }
    },
    {
        "id": "flagsmith-server-key",
        "description": "Flagsmith server-side environment key",
        "regex": "(?<![\\w.])(ser\\.[A-Za-z0-9]{22})(?![A-Za-z0-9])",
        "keywords": [
            "\"ser.",
            "'ser.",
            "=ser.",
            "= ser.",
            ": ser.",
            "`ser."
        ],
        "entropy": 3.5,
        "severity": "high",
        "tests": {
            "positives": [
                "flagsmith = Flagsmith(environment_key=\"ser.{alnum:22}\")",
                "server_key = \"ser.{alnum:22}\"",
                "FLAGSMITH_SERVER_KEY=ser.{alnum:22}"
            ],
            "negatives": [
                "user.{alnum:22}",
                "key = \"ser.{alnum:8}\"",
                "const u = \"user.{alnum:22}\""
            ]
        }
    },
    {
        "id": "riot-games-api-key",
        "description": "Riot Games API key",
        "regex": "(RGAPI-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![0-9a-f-])",
        "keywords": [
            "rgapi-"
        ],
        "entropy": 3,
        "severity": "high",
        "tests": {
            "positives": [
                "  apiKey: 'RGAPI-{uuid}',",
                "RIOT_API_KEY=RGAPI-{uuid}"
            ],
            "negatives": [
                "RIOT_API_KEY=RGAPI-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx",
                "RGAPI-{hex:8}"
            ]
        }
    },
    {
        "id": "blockfrost-project-id",
        "description": "Blockfrost project ID (the API key of the Cardano API)",
        "regex": "(?<![A-Za-z0-9])((?:mainnet|preprod|preview|testnet)(?=[A-Za-z0-9]{0,31}[0-9])(?=[A-Za-z0-9]{0,31}[A-Z])[A-Za-z0-9]{32})(?![A-Za-z0-9])",
        "keywords": [
            "mainnet",
            "preprod",
            "preview",
            "testnet"
        ],
        "entropy": 3.5,
        "severity": "high",
        "tests": {
            "positives": [
                "  BLOCKFROST_PROJECT_ID: \"mainnet{alnum:30}A7\"",
                "api = BlockFrostApi(project_id='preprod{alnum:30}Z1')"
            ],
            "negatives": [
                "network: mainnet",
                "previewImageUrlForTheMainProductPage2",
                "mainnetDeploymentConfigurationForAll",
                "BLOCKFROST_PROJECT_ID=mainnet{same:32}"
            ]
        }
    },
    {
        "id": "unleash-api-token",
        "description": "Unleash API token (project:environment.secret)",
        "regex": "(?<![\\w*:.-])((?:\\*|\\[\\]|[a-z0-9_-]{1,64}):(?:\\*|[a-z0-9_-]{2,32})\\.[0-9a-f]{32,72})(?![0-9a-f])",
        "keywords": [
            ":development.",
            ":production.",
            ":staging.",
            ":test.",
            ":testing.",
            ":qa.",
            ":prod.",
            ":dev.",
            ":*."
        ],
        "entropy": 3,
        "severity": "high",
        "tests": {
            "positives": [
                "    buildConfigField(\"String\", \"UNLEASH_API_TOKEN\", \"\\\"default:production.{hex:56}\\\"\")",
                "UNLEASH_API_TOKEN=*:development.{hex:64}",
                "unleash:\n  token: '[]:production.{hex:32}'"
            ],
            "negatives": [
                "UNLEASH_API_TOKEN=default:development.unleash-insecure-api-token",
                "version: 1:production.release",
                "UNLEASH_API_TOKEN=${UNLEASH_TOKEN}"
            ]
        }
    },
    {
        "id": "alchemy-api-key",
        "description": "Alchemy API key in an RPC or API URL",
        "regex": "https://[a-z0-9-]{3,40}\\.g\\.alchemy\\.com/(?:v2|v3|nft/v[23])/([A-Za-z0-9_-]{32})(?![A-Za-z0-9_-])",
        "keywords": [
            ".g.alchemy.com/"
        ],
        "entropy": 3.5,
        "severity": "high",
        "tests": {
            "positives": [
                "alchemy.rpc-url=https://eth-mainnet.g.alchemy.com/v2/{b64url:32}",
                "const url = `https://polygon-mainnet.g.alchemy.com/v2/{alnum:32}`"
            ],
            "negatives": [
                "RPC=https://eth-mainnet.g.alchemy.com/v2/${ALCHEMY_KEY}",
                "RPC=https://eth-mainnet.g.alchemy.com/v2/your-api-key",
                "RPC=https://eth-mainnet.g.alchemy.com/v2/demo"
            ]
        }
    },
    {
        "id": "zapier-webhook-url",
        "description": "Zapier catch-hook webhook URL (anyone holding it can trigger the Zap)",
        "regex": "(https://hooks\\.zapier\\.com/hooks/catch/\\d{4,12}/[a-z0-9]{5,10})(?![a-z0-9])",
        "keywords": [
            "hooks.zapier.com/hooks/catch/"
        ],
        "entropy": 2.5,
        "severity": "medium",
        "tests": {
            "positives": [
                "curl -X POST -d @payload.json https://hooks.zapier.com/hooks/catch/{digits:8}/b{lower:5}/",
                "ZAPIER_HOOK=https://hooks.zapier.com/hooks/catch/{digits:7}/3{alnumL:5}/"
            ],
            "negatives": [
                "https://hooks.zapier.com/hooks/catch/123/abc/",
                "https://hooks.zapier.com/hooks/catch/<id>/<hook>/"
            ]
        }
    },
    {
        "id": "chargebee-api-key",
        "description": "Chargebee API key",
        "regex": "(?i)chargebee[^\\n]{0,60}?(?:[:=(]\\s{0,5}[\"']?|,\\s{0,5}[\"'])((?:live|test)_[A-Za-z0-9]{26,40})(?![A-Za-z0-9])",
        "keywords": [
            "chargebee"
        ],
        "entropy": 3.5,
        "severity": "high",
        "tests": {
            "positives": [
                "chargebee.configure(\"live_{alnum:34}\", \"acme\")",
                "CHARGEBEE_API_KEY=live_{alnum:32}",
                "chargebee.configure({ site: \"acme\", api_key: \"test_{alnum:30}\" })"
            ],
            "negatives": [
                "chargebee.configure(os.environ[\"CHARGEBEE_KEY\"], \"acme\")",
                "CHARGEBEE_SITE=acme-test",
                "CHARGEBEE_API_KEY=live_{same:32}"
            ]
        }
    },
    {
        "id": "sdk-positional-hex-key",
        "description": "32-hex API key given by position to an SDK that takes its key first (Rollbar, OpenCage)",
        "regex": "(?:[Rr]ollbar\\.(?:init|configure)|OpenCageGeocode|opencage\\.geocoder\\.OpenCageGeocode)\\s{0,3}\\(\\s{0,5}[\"']([0-9a-f]{32})[\"']",
        "keywords": [
            "rollbar",
            "opencage"
        ],
        "entropy": 3,
        "severity": "high",
        "tests": {
            "positives": [
                "rollbar.init(\"{hex:32}\", environment=\"production\")",
                "geocoder = OpenCageGeocode(\"{hex:32}\")"
            ],
            "negatives": [
                "<script>Rollbar.init({ accessToken: '{hex:32}', captureUncaught: true })</script>",
                "rollbar.init(os.environ[\"ROLLBAR_TOKEN\"], environment=\"production\")",
                "geocoder = OpenCageGeocode(key)",
                "rollbar.init(\"{same:32}\")"
            ]
        }
    },
    {
        "id": "duo-secret-key",
        "description": "Duo integration secret key (skey)",
        "regex": "(?i)(?<![a-z0-9_])skey[\"']?\\s{0,5}[:=]\\s{0,5}[\"']?([A-Za-z0-9]{40})(?![A-Za-z0-9])",
        "keywords": [
            "skey"
        ],
        "entropy": 3.5,
        "severity": "high",
        "tests": {
            "positives": [
                "admin_api = duo_client.Admin(ikey=\"DI{alnumU:18}\", skey=\"{alnum:40}\", host=\"api-1a2b3c4d.duosecurity.com\")",
                "[duo]\nikey = DI{alnumU:18}\nskey = {alnum:40}"
            ],
            "negatives": [
                "skey = os.environ[\"DUO_SKEY\"]",
                "skey = \"{same:40}\"",
                "hotkey = \"{alnum:40}\""
            ]
        }
    },
    {
        "id": "ghost-admin-api-key",
        "description": "Ghost Admin API key (id:secret)",
        "regex": "(?i)(?:ghost[\\s\\S]{0,200}?|admin[_-]?api[_-]?key[\"']?\\s{0,5}[:=]\\s{0,5}[\"']?|Bearer\\s{1,3}|Ghost\\s{1,3})(?<![0-9a-f])([0-9a-f]{24}:[0-9a-f]{64})(?![0-9a-f])",
        "keywords": [
            "ghost",
            "admin_api_key",
            "admin-api-key",
            "adminapikey",
            "bearer"
        ],
        "entropy": 3,
        "severity": "high",
        "multiline": true,
        "report-at": "secret",
        "tests": {
            "positives": [
                "HEADERS = {\"Authorization\": \"Bearer {hex:24}:{hex:64}\", \"Accept\": \"application/json\"}",
                "GHOST_ADMIN_API_KEY={hex:24}:{hex:64}",
                "const api = new GhostAdminAPI({\n  url: 'https://blog.example.com',\n  key: '{hex:24}:{hex:64}',\n});"
            ],
            "negatives": [
                "GHOST_ADMIN_API_KEY=${GHOST_KEY}",
                "GHOST_CONTENT_API_KEY={hex:26}",
                "ghost: {hex:24}"
            ]
        }
    },
    {
        "id": "wallet-mnemonic",
        "description": "Wallet recovery phrase (BIP39 mnemonic of 12 to 24 words)",
        "regex": "(?i)(?:mnemonic|seed[_ -]?phrase|recovery[_ -]?phrase|secret[_ -]?phrase|wallet[_ -]?words)[\"']?(?:\\s{0,3}:\\s{0,3}[A-Za-z_][\\w<>\\[\\]]{0,30}(?=\\s{0,3}=))?\\s{0,5}(?::=|=>|[:=])\\s{0,5}[\"'`]((?:[a-z]{3,8} ){11}(?:(?:[a-z]{3,8} ){3}){0,4}[a-z]{3,8})[\"'`]",
        "keywords": [
            "mnemonic",
            "seed phrase",
            "seed_phrase",
            "seed-phrase",
            "seedphrase",
            "recovery phrase",
            "recovery_phrase",
            "recovery-phrase",
            "secret phrase",
            "secret_phrase",
            "wallet_words"
        ],
        "entropy": 3,
        "allow": [
            "^(?:legal winner thank|letter advice cage|zoo zoo zoo) ",
            "^abandon abandon ",
            "^test test test ",
            "^myth like bonus scare over problem client lizard pioneer submit female collect$",
            "^candy maple cake sugar pudding cream honey rich smooth crumble sweet treat$",
            "(?i)^(?:word|one|your|enter) "
        ],
        "severity": "critical",
        "tests": {
            "positives": [
                "mnemonic = \"{lower:5} {lower:6} {lower:4} {lower:7} {lower:5} {lower:6} {lower:4} {lower:5} {lower:6} {lower:7} {lower:4} {lower:5}\"",
                "const MNEMONIC: string = '{lower:5} {lower:6} {lower:4} {lower:7} {lower:5} {lower:6} {lower:4} {lower:5} {lower:6} {lower:7} {lower:4} {lower:5} {lower:6} {lower:4} {lower:5} {lower:6} {lower:7} {lower:4} {lower:5} {lower:6} {lower:4} {lower:5} {lower:6} {lower:7}';"
            ],
            "negatives": [
                "mnemonic = \"abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about\"",
                "mnemonic: \"test test test test test test test test test test test junk\"",
                "mnemonic = process.env.MNEMONIC",
                "mnemonic = \"{lower:5} {lower:6}\""
            ]
        }
    },
    {
        "id": "plist-secret-string",
        "description": "Secret, token, API key or password in a property list (<key>…Secret</key><string>…</string>, <key>TwitterConsumerKey</key>)",
        "regex": "(?i)<key>(?![^<\\n]{0,60}ClientToken)[^<\\n]{0,60}(?:secret|token|api_?key|password|private_?key|consumer_?key|access_?key|client_?key|app_?key|license_?key)[^<\\n]{0,20}</key>\\s{0,200}<string>((?=[^<\\s]{0,255}[0-9])(?=[^<\\s]{0,255}[A-Za-z])[^<\\s$]{12,256})</string>",
        "keywords": [
            "</key>"
        ],
        "entropy": 3.3,
        "allow": [
            "^\\$\\(",
            "(?i)^(?:your|my)[_-]"
        ],
        "severity": "high",
        "multiline": true,
        "generic": true,
        "report-at": "secret",
        "tests": {
            "positives": [
                "  <key>BinanceAPIKey</key>\n  <string>{alnum:63}7</string>",
                "\t<key>RedditClientSecret</key>\n\t<string>{b64url:29}9</string>",
                "<key>API_KEY</key><string>{alnum:31}4</string>",
                "\t<key>TwitterConsumerKey</key>\n\t<string>{alnum:24}7</string>"
            ],
            "negatives": [
                "<key>FacebookClientToken</key><string>{hex:32}</string>",
                "<key>RedditClientSecret</key>\n<string>$(REDDIT_SECRET)</string>",
                "<key>NSCameraUsageDescription</key><string>Scan receipts</string>",
                "<key>TokenName</key><string>PushToken</string>",
                "\t<key>TwitterConsumerKey</key>\n\t<string>$(TWITTER_CONSUMER_KEY)</string>"
            ]
        }
    },
    {
        "id": "aspnet-machine-key",
        "description": "ASP.NET machineKey validation or decryption key (forges view state and auth cookies)",
        "regex": "(?i)\\b(?:validationKey|decryptionKey)\\s{0,3}=\\s{0,3}[\"']([0-9A-F]{32,256})[\"']",
        "keywords": [
            "validationkey",
            "decryptionkey"
        ],
        "entropy": 3,
        "severity": "critical",
        "tests": {
            "positives": [
                "<machineKey validationKey=\"{HEX:128}\" decryptionKey=\"{HEX:48}\" validation=\"SHA1\" decryption=\"AES\" />",
                "      decryptionKey=\"{HEX:64}\""
            ],
            "negatives": [
                "<machineKey validationKey=\"AutoGenerate,IsolateApps\" decryptionKey=\"AutoGenerate,IsolateApps\" />",
                "<machineKey validationKey=\"[your key]\" />"
            ]
        }
    },
    {
        "id": "dotnet-jwt-settings-key",
        "description": "JWT signing key in an ASP.NET appsettings.json section (\"Jwt\" / \"JwtSettings\" / \"Authentication\" … \"Key\" / \"Secret\")",
        "regex": "(?i)\"(?:jwt|jwtsettings|jwtconfig|jwtoptions|jwtbearer|tokenoptions|tokensettings|authentication|authsettings|security)\"\\s{0,5}:\\s{0,5}\\{[^{}]{0,400}?\"(?:key|secret|secretkey|signingkey|issuersigningkey|securitykey|tokenkey|symmetrickey)\"\\s{0,5}:\\s{0,5}\"([^\"\\s$]{16,256})\"",
        "keywords": [
            "\"jwt",
            "\"tokenoptions\"",
            "\"tokensettings\"",
            "\"authentication\"",
            "\"authsettings\"",
            "\"security\""
        ],
        "entropy": 3,
        "allow": [
            "(?i)(?:your|here|change|replace|example|placeholder|xxxx|<)",
            "^\\{",
            "^[A-Z][A-Za-z0-9]*(?:\\.[A-Z][A-Za-z0-9]*)+$"
        ],
        "severity": "high",
        "multiline": true,
        "report-at": "secret",
        "tests": {
            "positives": [
                "{\n  \"Jwt\": {\n    \"Issuer\": \"https://api.example-corp.io\",\n    \"Key\": \"{alnum:40}\"\n  }\n}",
                "{\"JwtSettings\": {\"Secret\": \"{b64:44}\", \"ExpiryMinutes\": 60}}"
            ],
            "negatives": [
                "{\"Security\": { \"Key\": \"Microsoft.AspNetCore.DataProtection2\" }}",
                "{\"Jwt\": {\"Key\": \"YourSuperSecretKeyHereChangeMe123\"}}",
                "{\"Jwt\": {\"Key\": \"\"}}",
                "{\"Jwt\": {\"Issuer\": \"x\", \"Audience\": \"y\"}}"
            ]
        }
    },
    {
        "id": "redis-connection-string-password",
        "description": "Password in a StackExchange.Redis connection string (host:port,password=…)",
        "regex": "(?i)[\\w.-]{1,253}:\\d{2,5}(?:,[a-z]+=[^,\\s\"';]{0,100}){0,10},password=([^,\\s\"';]{6,128})",
        "keywords": [
            ",password="
        ],
        "entropy": 2.5,
        "allow": [
            "^\\$",
            "^\\{",
            "^%",
            "(?i)^(?:your|my)[_-]?"
        ],
        "severity": "high",
        "tests": {
            "positives": [
                "\"Redis\": \"acme-cache.redis.cache.windows.net:6380,password={alnum:40}=,ssl=True,abortConnect=False\"",
                "REDIS=localhost:6379,abortConnect=false,password={alnum:12}9"
            ],
            "negatives": [
                "\"Redis\": \"acme.redis.cache.windows.net:6380,password=${REDIS_KEY},ssl=True\"",
                "redis: localhost:6379,password="
            ]
        }
    },
    {
        "id": "oracle-user-password",
        "description": "Oracle user/password@service on a sqlplus command line, or as EZConnect (user/password@//host:port/service) anywhere",
        "regex": "(?i)\\bsqlplus(?:64)?\\s{1,5}(?:-[a-z]{1,10}\\s{1,5})*[\"']?[\\w$#.]{1,64}/[\"']?((?=[^@\\s/\"']{0,127}[A-Za-z0-9])[^@\\s/\"'$]{3,128})[\"']?@|(?<![\\w/.:-])[\\w$#]{1,30}/((?=[^\\s@/\"']{0,127}[A-Za-z0-9])[^\\s@/\"'$]{3,128})@//[\\w.-]{1,253}(?::\\d{2,5})?/[\\w.$-]{1,64}",
        "keywords": [
            "sqlplus",
            "@//"
        ],
        "entropy": 2,
        "allow": [
            "(?i)^(?:password|passwd|pass|pwd|secret|changeme|tiger)$",
            "^<"
        ],
        "severity": "high",
        "tests": {
            "positives": [
                "oracle_dsn: \"app_user/{alnum:12}7@//db.example-corp.io:1521/ORCLPDB1\"",
                "var cs = \"scott2/{alnum:10}9@//10.0.0.5/XEPDB1\";",
                "sqlplus -S app/{alnum:10}3@PRODDB @report.sql",
                "sqlplus scott/{alnum:8}1!@ORCL"
            ],
            "negatives": [
                "oracle_dsn: \"app_user/${ORACLE_PW}@//db:1521/ORCL\"",
                "scott/tiger@//localhost:1521/orcl",
                "https://example.com/a/b@//c/d",
                "sqlplus / as sysdba",
                "sqlplus -S app/$ORA_PW@PRODDB",
                "jdbc:oracle:thin:@//db.example.com:1521/ORCL",
                "sqlplus user/password@db"
            ]
        }
    },
    {
        "id": "xml-property-name-value",
        "description": "Password, secret or token in an XML element whose name and value are attributes (<property name=\"…password\" value=\"…\"/>, <env name=\"DB_PASSWORD\" value=\"…\"/>)",
        "regex": "(?i)<(?:property|env|add|setting|param|parameter|entry|var|variable|option|meta-data)\\b[^<>]{0,200}?\\b(?:android:)?(?:name|key)\\s{0,3}=\\s{0,3}[\"'][^\"'<>]{0,80}(?:password|passwd|pwd|secret|token|api[_.-]?key|private[_.-]?key)[\"'][^<>]{0,100}?\\b(?:android:)?value\\s{0,3}=\\s{0,3}[\"']((?=[^\"'<>]{0,199}[A-Za-z])(?=[^\"'<>]{0,199}[0-9!@#%^*?~+=_])[^\"'<>$\\s{}%]{6,200})[\"']",
        "keywords": [
            "password",
            "passwd",
            "pwd",
            "secret",
            "token",
            "api_key",
            "apikey",
            "api-key",
            "api.key",
            "private_key",
            "privatekey"
        ],
        "entropy": 2.5,
        "allow": [
            "^ENC\\(",
            "^[a-z]+(?:_[a-z]+)+$",
            "^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$",
            "(?i)^(?:your|my)[_-]",
            "(?i)^(?:true|false|none|null)$",
            "^\\d+$"
        ],
        "severity": "high",
        "generic": true,
        "tests": {
            "positives": [
                "      <property name=\"javax.persistence.jdbc.password\" value=\"{alnum:10}7!\"/>",
                "<env name=\"DB_PASSWORD\" value=\"{alnum:12}4\" />",
                "    <meta-data android:name=\"com.droneci.sdk.TOKEN\" android:value=\"{alnum:31}7\" />"
            ],
            "negatives": [
                "<property name=\"password\" value=\"ENC(mYRkg+4Q4hua1kvpCCI2hg==)\"/>",
                "<property name=\"token\" value=\"refresh_token\"/>",
                "<env name=\"DB_PASSWORD\" value=\"test_password\"/>",
                "<property name=\"javax.persistence.jdbc.password\" value=\"${db.password}\"/>",
                "<env name=\"DB_PASSWORD\" value=\"\" />",
                "<property name=\"password.minLength\" value=\"12\"/>",
                "<add key=\"TokenLifetime\" value=\"3600\" />"
            ]
        }
    },
    {
        "id": "wpa-supplicant-psk",
        "description": "Wi-Fi pre-shared key in a wpa_supplicant network block (psk=\"…\" or 64 hex digits) or a NetworkManager keyfile (psk=… unquoted)",
        "regex": "(?i)(?:^|[\\[\"'`])\\s*psk\\s*=\\s*(?:\"([^\"\\n]{8,63})\"|([0-9a-f]{64})|(?!ext:)(?![A-Za-z_]\\w*\\.[A-Za-z_])([^\\s\"'`$,()]{8,63}))(?:\\s*$|[\"'`]{1,2}[ \\t]*(?:[,\\]}].*)?$)",
        "keywords": [
            "psk"
        ],
        "entropy": 2.5,
        "allow": [
            "(?i)pass(?:word|phrase)",
            "(?i)^(?:your|my)[ _-]",
            "^<",
            "(?i)^testing"
        ],
        "severity": "high",
        "tests": {
            "positives": [
                "psk={alnum:11}7!9",
                "network={\n    ssid=\"office\"\n    psk=\"{alnum:12}7\"\n}",
                "    psk={hex:64}"
            ],
            "negatives": [
                "psk=ext:office_psk",
                "    psk=\"testingPassword\"",
                "    psk=\"my-network-password\"",
                "    psk=\"{same:12}\"",
                "    key_mgmt=WPA-PSK",
                "    psk=$PSK",
                "        psk=cfg.wifi_psk,",
                "        psk=base64.b64decode(secret1),"
            ]
        }
    },
    {
        "id": "redis-acl-password",
        "description": "Password of a Redis ACL user (user … on >password)",
        "regex": "(?i)\\b(?:set)?user\\s{1,5}[\\w.@-]{1,64}\\s{1,5}(?:(?:reset|resetkeys|resetchannels|allkeys|allchannels|allcommands|nocommands|~\\S{0,100}|%\\S{0,100}|&\\S{0,100}|[+-]@?\\S{0,100})\\s{1,5}){0,8}on\\s{1,5}(?:(?:reset|resetkeys|resetchannels|allkeys|allchannels|allcommands|nocommands|~\\S{0,100}|%\\S{0,100}|&\\S{0,100}|[+-]@?\\S{0,100})\\s{1,5}){0,8}>(?![/.~&])([^\\s>]{6,128})",
        "keywords": [
            " on "
        ],
        "entropy": 2.5,
        "severity": "high",
        "tests": {
            "positives": [
                "user app on >{alnum:14}5 ~cache:* +@read",
                "ACL SETUSER worker on >{alnum:12}7 ~jobs:* +@all"
            ],
            "negatives": [
                "sudo -u user whoami >/tmp/whoami.log",
                "echo user admin on >/dev/null",
                "su user bash >/var/log/install-user.log",
                "user default on nopass ~* +@all",
                "user app on #{hex:64} ~* +@all"
            ]
        }
    },
    {
        "id": "openvpn-static-key",
        "description": "OpenVPN static key (tls-auth / tls-crypt / secret)",
        "regex": "(-----BEGIN OpenVPN Static key V1-----(?:\\r?\\n[0-9a-f]{32}){8,16})",
        "keywords": [
            "openvpn static key v1"
        ],
        "entropy": 3,
        "severity": "critical",
        "multiline": true,
        "tests": {
            "positives": [
                "<tls-auth>\n-----BEGIN OpenVPN Static key V1-----\n{hex:32}\n{hex:32}\n{hex:32}\n{hex:32}\n{hex:32}\n{hex:32}\n{hex:32}\n{hex:32}\n{hex:32}\n{hex:32}\n{hex:32}\n{hex:32}\n{hex:32}\n{hex:32}\n{hex:32}\n{hex:32}\n-----END OpenVPN Static key V1-----\n</tls-auth>"
            ],
            "negatives": [
                "-----BEGIN OpenVPN Static key V1-----\n...\n-----END OpenVPN Static key V1-----"
            ]
        }
    },
    {
        "id": "cifs-mount-password",
        "description": "Password in a CIFS/SMB mount's options (fstab, mount -o)",
        "regex": "(?i)\\b(?:cifs|smbfs|smb3)\\b[^\\n]{0,300}?[\\s,](?:password|pass)=([^,\\s\"'$]{4,128})",
        "keywords": [
            "cifs",
            "smbfs",
            "smb3"
        ],
        "entropy": 2,
        "allow": [
            "(?i)^(?:ms|my|your)?_?pass(?:word)?$",
            "(?i)^(?:password|changeme|secret)$",
            "^<"
        ],
        "severity": "high",
        "tests": {
            "positives": [
                "//fs01/share /mnt/share cifs username=svc,password={alnum:10}7!,vers=3.0 0 0",
                "mount -t cifs //nas/backup /mnt/b -o user=bk,password={alnum:12}"
            ],
            "negatives": [
                "//srv/share /mnt cifs username=msusername,password=mspassword 0 0",
                "//fs01/share /mnt/share cifs credentials=/etc/smb-credentials,vers=3.0 0 0",
                "mount -t cifs //nas/b /mnt/b -o user=bk,password=$SMB_PW"
            ]
        }
    },
    {
        "id": "svn-simple-password",
        "description": "Password cached by Subversion (auth/svn.simple)",
        "regex": "(?:^|\\n)password\\r?\\nV \\d{1,4}\\r?\\n([^\\r\\n]{4,256})",
        "keywords": [
            "password"
        ],
        "entropy": 2,
        "severity": "high",
        "multiline": true,
        "report-at": "secret",
        "paths": "(?:^|/)svn\\.simple/[0-9a-f]{32}$",
        "tests": {
            "path": ".subversion/auth/svn.simple/5671adf2865e267db74f09ba6f872c28",
            "positives": [
                "K 8\npasstype\nV 6\nsimple\nK 8\npassword\nV 12\n{alnum:12}\nK 15\nsvn:realmstring\nV 30\n<https://svn.example.com:443>\nEND"
            ],
            "negatives": [
                "K 8\npasstype\nV 8\nkeychain\nK 8\nusername\nV 4\nuser\nEND"
            ]
        }
    },
    {
        "id": "openvpn-auth-user-pass-file",
        "description": "OpenVPN auth-user-pass file (the user name on its first line, the password on its second)",
        "regex": "^[^\\s]{1,128}[ \\t]*\\r?\\n([^\\s]{6,128})[ \\t]*(?:\\r?\\n)?$",
        "keywords": [
            "auth"
        ],
        "entropy": 2,
        "severity": "high",
        "multiline": true,
        "report-at": "secret",
        "paths": "(?:^|/)(?:[^/]+\\.ovpn\\.auth|[^/]*vpn[^/]*/(?:[^/]+/)?(?:auth|pass|passwd|password|login|creds?|credentials|userpass|up)(?:[._-][^/]*)?)$",
        "tests": {
            "path": "etc/openvpn/client/auth.txt",
            "positives": [
                "vpnuser\n{alnum:10}%4",
                "j.doe@example.com\r\n{alnum:12}\r\n"
            ],
            "negatives": [
                "vpnuser\npassword",
                "user\n{alnum:10}\nthird line",
                "{alnum:12}"
            ]
        }
    },
    {
        "id": "gradle-groovy-password",
        "description": "Password given to a Gradle Groovy DSL block (credentials { password '…' }, signingConfigs storePassword \"…\")",
        "regex": "(?i)(?:^|[\\s{;(])(?:password|storePassword|keyPassword)\\s{1,5}[\"']((?=[^\"'\\s]{0,127}[A-Za-z])(?=[^\"'\\s]{0,127}[0-9!@#%^*?~+=_])[^\"'$\\s]{6,128})[\"']",
        "keywords": [
            "password"
        ],
        "entropy": 2.5,
        "allow": [
            "^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$",
            "(?i)password"
        ],
        "severity": "high",
        "paths": "\\.gradle$",
        "tests": {
            "path": "app/build.gradle",
            "positives": [
                "repositories {\n  maven {\n    credentials {\n      username 'deploy'\n      password '{alnum:12}7'\n    }\n  }\n}",
                "        storePassword \"{alnum:10}4!\""
            ],
            "negatives": [
                "      password 'NEXUS_PASSWORD'",
                "      password project.findProperty('repoPassword')",
                "      password \"$repoPassword\"",
                "      password System.getenv('REPO_PW')"
            ]
        }
    },
    {
        "id": "app-password-4x4",
        "description": "Google app password (16 letters in groups of four) under a password name",
        "regex": "(?<![A-Za-z])[Pp][Aa][Ss][Ss](?:[Ww][Oo][Rr][Dd]|[Ww][Dd])?[\"']?\\s{0,5}[:=]\\s{0,5}[\"']?([a-z]{4} [a-z]{4} [a-z]{4} [a-z]{4})(?![A-Za-z])(?![ \\t]*[A-Za-z0-9])",
        "keywords": [
            "password",
            "passwd",
            "pass"
        ],
        "entropy": 2.5,
        "severity": "high",
        "tests": {
            "positives": [
                "SMTP_PASSWORD=\"{lower:4} {lower:4} {lower:4} {lower:4}\""
            ],
            "negatives": [
                "Share the password with your team only.",
                "Due to a service issue, password last used data does not include password use",
                "        // do not pass this test case just because of a directory walk",
                "# the forward pass will fail with them.",
                "password must have four words each",
                "password: {lower:4}"
            ]
        }
    },
    {
        "id": "mongodb-keyfile",
        "description": "MongoDB replica-set keyfile (the shared secret members authenticate with)",
        "regex": "(?<![A-Za-z0-9+/=])([A-Za-z0-9+/=]{64,1024})(?![A-Za-z0-9+/=])",
        "keywords": [
            "keyfile"
        ],
        "entropy": 4,
        "severity": "high",
        "paths": "(?:^|/)(?:mongo(?:db)?[-_.]?key(?:file)?|keyfile)(?:\\.(?:key|txt))?$",
        "tests": {
            "path": "ops/mongo/keyfile",
            "positives": [
                "{b64:756}"
            ],
            "negatives": [
                "# generated with openssl rand -base64 756"
            ]
        }
    },
    {
        "id": "flask-secret-bytes",
        "description": "Flask / Django secret key written as a bytes literal of escapes (SECRET_KEY = b'\\xd8…')",
        "regex": "(?i)secret[_-]?key[\"']?\\]?\\s{0,5}=\\s{0,5}b[\"']((?:\\\\x[0-9a-f]{2}|[A-Za-z0-9!#$%&()*+,./:;<=>?@\\[\\]^_`{|}~-]){16,256})[\"']",
        "keywords": [
            "secret_key",
            "secretkey",
            "secret-key"
        ],
        "entropy": 3,
        "allow": [
            "^_5#y2L\"F4Q8z\\\\n\\\\xec\\]/$"
        ],
        "severity": "high",
        "tests": {
            "positives": [
                "SECRET_KEY = b'\\xd8\\x1f\\x9a\\x03\\x5c\\x77\\xe1\\x42\\x0b\\x9e\\x33\\xc4\\x81\\x6d\\x2a\\xf0'",
                "app.secret_key = b'{alnum:12}\\x9f\\x03\\xe1\\x42'"
            ],
            "negatives": [
                "SECRET_KEY = b''",
                "SECRET_KEY = os.urandom(16)"
            ]
        }
    },
    {
        "id": "rpc-url-key",
        "description": "API key in a blockchain RPC or log-ingest URL (Infura, Ankr, QuickNode, Loggly)",
        "regex": "(?:https|wss)://(?:[a-z0-9-]{1,40}\\.infura\\.io/(?:ws/)?v3/([0-9a-f]{32})|rpc\\.ankr\\.com/[a-z0-9_]{1,40}/([0-9a-f]{64})|[a-z0-9-]{1,60}(?:\\.[a-z0-9-]{1,40})?\\.quiknode\\.pro/([0-9a-f]{32,64})|logs-01\\.loggly\\.com/(?:inputs|bulk)/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}))(?![0-9a-f])",
        "keywords": [
            ".infura.io/",
            "rpc.ankr.com/",
            ".quiknode.pro/",
            "loggly.com/inputs/",
            "loggly.com/bulk/"
        ],
        "entropy": 3,
        "severity": "high",
        "tests": {
            "positives": [
                "MAINNET_RPC_URL = \"https://mainnet.infura.io/v3/{hex:32}\"",
                "  \"ankrRpcUrl\": \"https://rpc.ankr.com/eth/{hex:64}\",",
                "    value: 'https://{lower:8}-{lower:6}.quiknode.pro/{hex:40}/'",
                "'token': 'https://logs-01.loggly.com/inputs/{uuid}/tag/http/'"
            ],
            "negatives": [
                "RPC=https://mainnet.infura.io/v3/${INFURA_ID}",
                "RPC=https://rpc.ankr.com/eth",
                "https://mainnet.infura.io/v3/YOUR-PROJECT-ID"
            ]
        }
    },
    {
        "id": "woocommerce-api-key",
        "description": "WooCommerce REST API consumer key or secret (ck_ / cs_ and 40 hex digits)",
        "regex": "(?<![A-Za-z0-9_])(c[ks]_[0-9a-f]{40})(?![A-Za-z0-9_])",
        "keywords": [
            "ck_",
            "cs_"
        ],
        "entropy": 3,
        "severity": "high",
        "tests": {
            "positives": [
                "    # temporary: woocommerce token ck_{hex:40} -- remove after migration",
                "WC_CONSUMER_SECRET=cs_{hex:40}"
            ],
            "negatives": [
                "WC_CONSUMER_KEY=ck_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
                "cs_{hex:20}"
            ]
        }
    },
    {
        "id": "keystore-pass-attribute",
        "description": "Keystore or truststore password in a server configuration attribute (Tomcat keystorePass, certificateKeystorePassword)",
        "regex": "(?i)\\b(?:keystore|truststore|certificateKeystore|certificateKey|key)Pass(?:word)?\\s{0,3}=\\s{0,3}[\"']([^\"'\\s${}]{6,128})[\"']",
        "keywords": [
            "keystorepass",
            "truststorepass",
            "keypass",
            "certificatekeystorepass",
            "certificatekeypass"
        ],
        "entropy": 2.5,
        "allow": [
            "(?i)^changeit$",
            "(?i)^(?:password|changeme|secret)$"
        ],
        "severity": "high",
        "tests": {
            "positives": [
                "             keystorePass=\"{alnum:14}@9x\" />",
                "<Certificate certificateKeystorePassword=\"{alnum:12}7\" certificateKeystoreFile=\"conf/ks.p12\"/>"
            ],
            "negatives": [
                "keystorePass=\"changeit\"",
                "keystorePass=\"${keystore.pass}\""
            ]
        }
    },
    {
        "id": "drupal-hash-salt",
        "description": "Drupal hash_salt in settings.php (signs one-time login links and form tokens)",
        "regex": "(?i)hash_salt[\"']?\\]?\\s{0,5}=\\s{0,5}[\"']([A-Za-z0-9_-]{32,128})[\"']",
        "keywords": [
            "hash_salt"
        ],
        "entropy": 3.5,
        "severity": "high",
        "tests": {
            "positives": [
                "$settings['hash_salt'] = '{b64url:74}';"
            ],
            "negatives": [
                "$settings['hash_salt'] = '';",
                "$settings['hash_salt'] = file_get_contents('/home/example/salt.txt');"
            ]
        }
    },
    {
        "id": "jwk-private-key",
        "description": "Private or secret key in a JSON Web Key (the \"d\" member of an RSA, EC or OKP key; the \"k\" of a symmetric oct key)",
        "regex": "(?:\"kty\"\\s{0,5}:\\s{0,5}\"(?:RSA|EC|OKP)\"[\\s\\S]{0,3000}?\"d\"\\s{0,5}:\\s{0,5}\"|\"d\"\\s{0,5}:\\s{0,5}\"(?=[A-Za-z0-9_-]{40,}\"[\\s\\S]{0,3000}?\"kty\"\\s{0,5}:\\s{0,5}\"(?:RSA|EC|OKP)\")|\"kty\"\\s{0,5}:\\s{0,5}\"oct\"[\\s\\S]{0,3000}?\"k\"\\s{0,5}:\\s{0,5}\"|\"k\"\\s{0,5}:\\s{0,5}\"(?=[A-Za-z0-9_-]{40,}\"[\\s\\S]{0,3000}?\"kty\"\\s{0,5}:\\s{0,5}\"oct\"))([A-Za-z0-9_-]{40,})\"",
        "keywords": [
            "\"kty\"",
            "\"d\""
        ],
        "entropy": 4,
        "severity": "critical",
        "multiline": true,
        "report-at": "secret",
        "paths": "(?:\\.(?:json|jwks?|ya?ml|env|txt|conf|cfg|ini|properties|tfvars)|(?:^|/)[^/.]+|(?:^|/)\\.env\\.[^/]+)$",
        "tests": {
            "path": "config/jwks-private.json",
            "positives": [
                "{\"kty\": \"RSA\", \"n\": \"{b64url:342}\", \"e\": \"AQAB\", \"d\": \"{b64url:342}\", \"p\": \"{b64url:171}\", \"q\": \"{b64url:171}\"}",
                "{\n  \"crv\": \"P-256\",\n  \"d\": \"{b64url:43}\",\n  \"kty\": \"EC\",\n  \"x\": \"{b64url:43}\"\n}",
                "{\n  \"kty\": \"oct\",\n  \"kid\": \"hmac-1\",\n  \"alg\": \"HS256\",\n  \"k\": \"{b64url:43}\"\n}"
            ],
            "negatives": [
                "{\"kty\": \"RSA\", \"n\": \"{b64url:342}\", \"e\": \"AQAB\"}",
                "{\"kty\": \"EC\", \"crv\": \"P-256\", \"x\": \"{b64url:43}\", \"y\": \"{b64url:43}\"}",
                "{\"kty\": \"oct\", \"kid\": \"hmac-1\", \"alg\": \"HS256\"}"
            ]
        }
    },
    {
        "id": "solana-keypair",
        "description": "Solana keypair file (the 64-byte secret key as a JSON array)",
        "regex": "\\[\\s{0,12}((?:(?:25[0-5]|2[0-4]\\d|[01]?\\d?\\d)\\s{0,12},\\s{0,12}){63}(?:25[0-5]|2[0-4]\\d|[01]?\\d?\\d))\\s{0,12}\\](?![\\s,]*\\d)",
        "keywords": [
            ","
        ],
        "entropy": 1,
        "allow": [
            "^(\\d{1,3})(?:\\s*,\\s*\\1)*$"
        ],
        "severity": "critical",
        "multiline": true,
        "paths": "(?:^|/)(?:[^/]*(?:keypair|wallet|authority|deployer|signer|payer|validator|vote|stake|mint|upgrade|identity)[^/]*|(?:[^/]*[_.-])?id)\\.json$",
        "tests": {
            "path": "wallets/deployer-keypair.json",
            "positives": [
                "[{digits:2},1{digits:2},1{digits:2},{digits:2},7,{digits:2},{digits:1},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2}]",
                "[\n  121,\n  66,\n  189,\n  242,\n  33,\n  6,\n  240,\n  132,\n  119,\n  98,\n  240,\n  243,\n  203,\n  77,\n  118,\n  77,\n  199,\n  7,\n  32,\n  81,\n  21,\n  154,\n  15,\n  137,\n  242,\n  198,\n  218,\n  202,\n  227,\n  68,\n  187,\n  49,\n  18,\n  69,\n  253,\n  111,\n  132,\n  223,\n  154,\n  215,\n  197,\n  179,\n  208,\n  118,\n  172,\n  14,\n  143,\n  83,\n  167,\n  53,\n  108,\n  136,\n  145,\n  63,\n  32,\n  246,\n  247,\n  45,\n  176,\n  34,\n  210,\n  77,\n  10,\n  150\n]",
                "{\n    \"secretKey\": [\n        218,\n        212,\n        60,\n        22,\n        23,\n        193,\n        169,\n        142,\n        120,\n        18,\n        158,\n        3,\n        39,\n        55,\n        16,\n        101,\n        208,\n        149,\n        134,\n        79,\n        21,\n        173,\n        160,\n        184,\n        70,\n        193,\n        192,\n        235,\n        197,\n        52,\n        138,\n        220,\n        121,\n        154,\n        223,\n        132,\n        155,\n        173,\n        5,\n        212,\n        161,\n        10,\n        192,\n        68,\n        30,\n        170,\n        238,\n        180,\n        180,\n        142,\n        250,\n        11,\n        31,\n        10,\n        189,\n        128,\n        233,\n        152,\n        163,\n        90,\n        186,\n        94,\n        160,\n        189\n    ]\n}"
            ],
            "negatives": [
                "[1, 2, 3]",
                "{\"id\": 7}",
                "[\n  1,\n  2,\n  3\n]",
                "[\n        0,\n        0,\n        0,\n        0,\n        0,\n        0,\n        0,\n        0,\n        0,\n        0,\n        0,\n        0,\n        0,\n        0,\n        0,\n        0,\n        0,\n        0,\n        0,\n        0,\n        0,\n        0,\n        0,\n        0,\n        0,\n        0,\n        0,\n        0,\n        0,\n        0,\n        0,\n        0,\n        0,\n        0,\n        0,\n        0,\n        0,\n        0,\n        0,\n        0,\n        0,\n        0,\n        0,\n        0,\n        0,\n        0,\n        0,\n        0,\n        0,\n        0,\n        0,\n        0,\n        0,\n        0,\n        0,\n        0,\n        0,\n        0,\n        0,\n        0,\n        0,\n        0,\n        0,\n        0\n]",
                "[300, 300, 300, 300, 300, 300, 300, 300, 300, 300, 300, 300, 300, 300, 300, 300, 300, 300, 300, 300, 300, 300, 300, 300, 300, 300, 300, 300, 300, 300, 300, 300, 300, 300, 300, 300, 300, 300, 300, 300, 300, 300, 300, 300, 300, 300, 300, 300, 300, 300, 300, 300, 300, 300, 300, 300, 300, 300, 300, 300, 300, 300, 300, 300]"
            ]
        }
    },
    {
        "id": "ldap-bind-password",
        "description": "LDAP bind password in sssd.conf, ldap.conf, nslcd.conf (ldap_default_authtok, bindpw)",
        "regex": "(?i)(?:^|[\\[\"'`])\\s*(?:ldap_default_authtok|bindpw)(?:\\s*=\\s+|\\s+)[\"']?([^\\s\"'`$]{4,128})(?:[\"']?\\s*$|[\"'`]{1,2}[ \\t]*(?:[,\\]}].*)?$)",
        "keywords": [
            "ldap_default_authtok",
            "bindpw"
        ],
        "entropy": 2,
        "allow": [
            "(?i)^(?:password|secret|changeme)$",
            "^<",
            "^\\{(?:SSHA|SHA|CRYPT|MD5)\\}"
        ],
        "severity": "high",
        "tests": {
            "positives": [
                "ldap_default_authtok = {alnum:14}7",
                "bindpw {alnum:12}!x"
            ],
            "negatives": [
                "ldap_default_authtok_type = password",
                "bindpw secret",
                "bindpw $LDAP_PW"
            ]
        }
    },
    {
        "id": "password-hash",
        "description": "Password hash stored as a credential (htpasswd bcrypt/APR1/SHA, crypt $1$/$5$/$6$)",
        "regex": "(?<![\\w$])(\\$2[abxy]?\\$\\d{2}\\$[./A-Za-z0-9]{53}|\\$apr1\\$[./A-Za-z0-9]{1,8}\\$[./A-Za-z0-9]{22}|\\$[156]\\$(?:rounds=\\d+\\$)?[./A-Za-z0-9]{1,16}\\$[./A-Za-z0-9]{22,86}|\\{S?SHA\\}[A-Za-z0-9+/]{27,}={0,2})(?![./A-Za-z0-9])|(?<=(?:^|[\\s'\"])(?:argon2|[\\w.@-]{1,64}):)(\\$y\\$[./A-Za-z0-9]{1,12}\\$[./A-Za-z0-9]{1,86}\\$[./A-Za-z0-9]{43}|\\$argon2(?:id|i|d)\\$v=\\d+\\$m=\\d+,t=\\d+,p=\\d+\\$[A-Za-z0-9+/]{11,}\\$[A-Za-z0-9+/]{16,}|\\$7\\$\\d{1,7}\\$[A-Za-z0-9+/]{12,}={0,2}\\$[A-Za-z0-9+/]{40,}={0,2})(?![./A-Za-z0-9])|(?<![\\w$])(\\$\\$2[abxy]?\\$\\$\\d{2}\\$\\$[./A-Za-z0-9]{53})(?![./A-Za-z0-9])|(?:IDENTIFIED|identified)\\s{1,3}(?:(?:WITH|with)\\s{1,3}[\\w']{1,30}\\s{1,3})?(?:(?:BY|by)\\s{1,3}(?:PASSWORD|password)|AS|as)\\s{1,3}['\"](\\*[0-9A-Fa-f]{40})['\"]",
        "keywords": [
            "$2a$",
            "$2b$",
            "$2y$",
            "$2x$",
            "$2$",
            "$apr1$",
            "$1$",
            "$5$",
            "$6$",
            "{sha}",
            "{ssha}",
            "$y$",
            "$argon2",
            "$7$",
            "identified",
            "$$2"
        ],
        "entropy": 3,
        "severity": "low",
        "tests": {
            "positives": [
                "admin:$2y$10${alnum:53}",
                "deploy:$apr1${alnum:8}${alnum:22}",
                "web:{SHA}{b64:27}=",
                "ftp:$6${alnum:16}${alnum:86}:1001:1001::/srv/ftp/./::::",
                "password_hash: \"$2b$12${alnum:53}\"",
                "pi:$y$j9T${alnum:22}${alnum:43}:19901:0:99999:7:::",
                "c.PasswordIdentityProvider.hashed_password = 'argon2:$argon2id$v=19$m=10240,t=10,p=8${b64:22}${b64:43}'",
                "sensor-gw:$7$101${b64:16}${b64:86}==",
                "CREATE USER 'app'@'%' IDENTIFIED WITH mysql_native_password AS '*{HEX:40}';",
                "      - \"traefik.http.middlewares.auth.basicauth.users=admin:$$2y$$05$${alnum:53}\""
            ],
            "negatives": [
                "admin:$2y$10$",
                "price: $1$ per unit",
                "admin:$apr1$salt$short",
                "admin:$2y$10${same:53}",
                "        (\"password\", '$argon2i$v=19$m=256,t=1,p=1${b64:11}${b64:22}'),"
            ]
        }
    },
    {
        "id": "redis-conf-password",
        "description": "Redis server password in redis.conf and sentinel.conf (requirepass, masterauth, sentinel auth-pass <master>)",
        "regex": "(?i)(?:^|[\\[\"'`])\\s*(?:(?:#|//|--|;)\\s*)?(?:requirepass|masterauth|sentinel[ \\t]+auth-pass[ \\t]+[^\\s\"'`]{1,120})\\s+(\\\\?[\"']?)([^\\s\"'`\\\\$]{4,128})\\1(?:\\s*$|[\"'`]{1,2}[ \\t]*(?:[,\\]}].*)?$)",
        "keywords": [
            "requirepass",
            "masterauth",
            "auth-pass"
        ],
        "entropy": 2,
        "allow": [
            "^foobared$",
            "^MySUPER--secret-0123passw0rd$",
            "(?i)^(?:password|changeme|secret|yourpassword|mypassword)$",
            "^<.*>$"
        ],
        "secret-group": 2,
        "severity": "high",
        "tests": {
            "positives": [
                "requirepass {alnum:20}",
                "masterauth \"{alnum:16}\"",
                "sentinel auth-pass mymaster {alnum:12}^-.0p5",
                "requirepass graniteharborviolet",
                "  requirepass {alnum:12}9!",
                "  \"args\": [\"requirepass {alnum:16}\"],"
            ],
            "negatives": [
                "# sentinel auth-pass mymaster MySUPER--secret-0123passw0rd",
                "sentinel auth-pass mymaster changeme",
                "sentinel monitor mymaster 10.0.5.10 6379 2",
                "# requirepass foobared",
                "requirepass foobared",
                "requirepass $REDIS_PASSWORD",
                "requirepass \"\"",
                "requirepass <password>",
                "  \"docs\": \"requirepass foobared\",",
                "  \"requirepass\": \"is not set by default\","
            ]
        }
    },
    {
        "id": "s3cfg-secret-key",
        "description": "Secret key in an s3cmd configuration (.s3cfg secret_key, access_token)",
        "regex": "(?:^|[\\[\"'`])\\s*(?:secret_key|access_token)\\s*=\\s*([^\\s$\"'`]{8,128})(?:\\s*$|[\"'`]{1,2}[ \\t]*(?:[,\\]}].*)?$)",
        "keywords": [
            "secret_key",
            "access_token"
        ],
        "entropy": 3,
        "allow": [
            "(?i)^(?:your|my)?[_-]?secret[_-]?key$",
            "^<.*>$",
            "(?i)^x+$"
        ],
        "severity": "high",
        "paths": "(?:^|/)\\.?s3cfg$",
        "tests": {
            "path": "home/ops/.s3cfg",
            "positives": [
                "secret_key = {alnum:24}",
                "secret_key = {alnum:12}*{alnum:11}",
                "access_token = {b64:32}"
            ],
            "negatives": [
                "secret_key = ",
                "secret_key = $S3_SECRET",
                "secret_key = YOUR_SECRET_KEY",
                "secret_key = <secret>",
                "access_token = "
            ]
        }
    },
    {
        "id": "netrc-password",
        "description": "Password in a .netrc (machine … login … password …)",
        "regex": "(?i)\\blogin\\s+\\S+\\s+password\\s+([^\\s\"'`${][^\\s\"'`$]{5,127})\\s*(?:[\"'`][^\\n]*)?$|\\bmachine(?:\\s|\\\\n)+[^\\s\\\\]{1,255}(?:\\s|\\\\n)+login(?:\\s|\\\\n)+[^\\s\\\\]{1,255}(?:\\s|\\\\n)+password\\s+([^\\s\"'`${\\\\][^\\s\"'`$\\\\]{5,127})(?:\\\\[nr])*\\s*(?:[\"'`][^\\n]*)?$",
        "keywords": [
            "password"
        ],
        "entropy": 2.5,
        "allow": [
            "(?i)^(?:my|your|the)?[_-]?(?:password|passwd|pass|secret|token)\\d{0,3}$",
            "^<.*>$",
            "(?i)^changeme$"
        ],
        "severity": "high",
        "tests": {
            "positives": [
                "machine ftp.example.net login deploy password {alnum:12}7!",
                "echo \"machine ftp.example.net login deploy password {alnum:12}7!\" > ~/.netrc",
                "RUN printf \"machine github.com\\nlogin ci-bot\\npassword {alnum:14}\\n\" > /root/.netrc",
                "RUN printf 'machine gitlab.example.com login deploy password {alnum:12}4\\n' > ~/.netrc"
            ],
            "negatives": [
                "machine github.com login x-access-token password $GITHUB_TOKEN",
                "password must be at least twelve characters",
                "login bob password changeme",
                "machine example.com login myuser password mypassword",
                "machine api.example.com login me password yourpassword1",
                "    password combination.",
                "return f'machine {host} login {self.username} password {self.password}'",
                "RUN printf \"machine github.com\\nlogin ci-bot\\npassword $GH_TOKEN\\n\" > /root/.netrc",
                "fmt.Fprintln(w, \"id\\tlogin\\temail\\tpassword\\tcreated_at\")",
                "  authFailed: 'Login failed\\nPassword incorrect',"
            ]
        }
    },
    {
        "id": "netrc-password-line",
        "description": "Password on a line of its own in a .netrc / _netrc (machine, login and password on separate lines)",
        "regex": "(?i)(?:^|[\\[\"'`])\\s*password\\s+[\"']?([a-z]{4} [a-z]{4} [a-z]{4} [a-z]{4}|[^\\s\"'`$]{6,128})(?:[\"']?\\s*$|[\"'`]{1,2}[ \\t]*(?:[,\\]}].*)?$)",
        "keywords": [
            "password"
        ],
        "entropy": 2.5,
        "allow": [
            "(?i)^(?:my|your|the)?[_-]?(?:password|passwd|pass|secret|token)\\d{0,3}$",
            "^<.*>$",
            "(?i)^changeme$"
        ],
        "severity": "high",
        "paths": "(?:^|/)(?:[._]?netrc(?:[._-][\\w.-]{1,40})?|\\.?msmtprc|msmtp/config)$",
        "tests": {
            "path": "ci/.netrc-artifacts",
            "positives": [
                "password {lower:4} {lower:4} {lower:4} {lower:4}",
                "password       \"{lower:4} {lower:4} {lower:4} {lower:4}\"",
                "machine db\n  login admin\n  password Falcon{digits:4}#",
                "machine files.example.net\nlogin deploy\npassword {alnum:14}"
            ],
            "negatives": [
                "  password $NETRC_PASSWORD",
                "  password changeme",
                "# password is in the vault",
                "machine example.com\n  login myuser\n  password mypassword"
            ]
        }
    },
    {
        "id": "pgpass-password",
        "description": "Password in a PostgreSQL .pgpass file (host:port:database:user:password)",
        "regex": "(?:^|[\\[\"'`])\\s*[^:\\s#\"'`\\[]{1,255}:(?:\\d{1,5}|\\*):[^:\\s]+:[^:\\s]+:([^\\s]{4,128}?)(?:$|[\"'`]{1,2}[ \\t]*(?:[,\\]}].*)?$)",
        "keywords": [
            ":"
        ],
        "entropy": 2,
        "severity": "high",
        "paths": "(?:^|/)(?:\\.?pgpass|pgpass\\.conf)$",
        "tests": {
            "path": "deploy/.pgpass",
            "positives": [
                "db1.internal:5432:app:deploy:{alnum:10}9#",
                "*:5432:*:deploy:{alnum:10}4!",
                "*:*:*:postgres:{alnum:12}"
            ],
            "negatives": [
                "*:*:*:postgres:*",
                "# host:port:db:user:password"
            ]
        }
    },
    {
        "id": "postfix-sasl-password",
        "description": "Password in a Postfix SASL password map (sasl_passwd, smtp_sasl_password_maps)",
        "regex": "^[ \\t]*(?![#])[^\\s#\"'`]{1,255}[ \\t]+[^\\s:\"'`]{1,255}:([a-z]{4} [a-z]{4} [a-z]{4} [a-z]{4}|[^\\s\"'`]{4,128})[ \\t]*$",
        "keywords": [
            ":"
        ],
        "entropy": 2,
        "allow": [
            "^[A-Z][A-Z0-9_]{2,}$",
            "(?i)^your[_-]",
            "^\\$",
            "^\\{\\{",
            "^<"
        ],
        "severity": "high",
        "paths": "(?:^|/)(?:sasl_passwd|sasl_password|sender_sasl_passwd|sasl_passwd_maps?)(?:\\.txt)?$",
        "tests": {
            "path": "etc/postfix/sasl_passwd",
            "positives": [
                "[smtp.gmail.com]:587 alerts@example.com:{alnum:12}7",
                "[email-smtp.us-east-1.amazonaws.com]:587 {alnum:20}:{b64:44}",
                "relay.example.net ops:{alnum:10}!x",
                "sender@example.com  mailer:{alnum:14}",
                "[smtp.gmail.com]:587 me@gmail.com:{lower:4} {lower:4} {lower:4} {lower:4}"
            ],
            "negatives": [
                "# [smtp.gmail.com]:587 user@gmail.com:password",
                "[smtp.gmail.com]:587 user:*",
                "[smtp.example.com]:587",
                "[SMTP_HOST]:587 SMTP_USER:SMTP_PASSWORD",
                "email-smtp.us-east-1.amazonaws.com:25 SES_USERNAME:SES_API_KEY",
                "[smtp.gmail.com]:587 your-email@gmail.com:your-app-password"
            ]
        }
    },
    {
        "id": "magento-crypt-key",
        "description": "Magento encryption key in app/etc/env.php ('crypt' => ['key' => …])",
        "regex": "['\"]key['\"]\\s{0,5}=>\\s{0,5}['\"]((?:base64)?[A-Za-z0-9+/=]{32,128})(?:\\\\n[A-Za-z0-9+/=]{16,128})*['\"]",
        "keywords": [
            "key'",
            "key\""
        ],
        "entropy": 3,
        "severity": "critical",
        "paths": "(?:^|/)app/etc/env(?:\\.[\\w-]{1,20})?\\.php$",
        "tests": {
            "path": "app/etc/env.php",
            "positives": [
                "    'crypt' => [\n        'key' => '{hex:32}'\n    ],",
                "'crypt' => ['key' => 'base64{b64:43}=']",
                "        \"key\" => \"{hex:32}\","
            ],
            "negatives": [
                "'crypt' => ['key' => '']",
                "    'key' => 'magento_key_placeholder'",
                "'crypt' => ['key' => getenv('MAGENTO_CRYPT_KEY')]"
            ]
        }
    },
    {
        "id": "anaconda-channel-token",
        "description": "Anaconda token in a conda channel URL (conda.anaconda.org/t/<token>/…, .condarc)",
        "regex": "(?i)\\banaconda\\.(?:org|cloud|com)(?:/[\\w.-]{1,60}){0,2}/t/([A-Za-z0-9][A-Za-z0-9_-]{19,100})(?![A-Za-z0-9_-])",
        "keywords": [
            "anaconda."
        ],
        "entropy": 3,
        "severity": "high",
        "tests": {
            "path": "home/dev/.condarc",
            "positives": [
                "  - https://conda.anaconda.org/t/sd-{uuid}/acme-private",
                "channel_alias: https://repo.anaconda.cloud/repo/t/{alnum:40}",
                "pip install --index-url https://pypi.anaconda.org/t/{alnumL:8}-{uuid}/acme/simple pkg"
            ],
            "negatives": [
                "  - https://conda.anaconda.org/conda-forge",
                "  - https://conda.anaconda.org/t/<TOKEN>/acme-private",
                "  - https://conda.anaconda.org/t/${ANACONDA_TOKEN}/acme-private"
            ]
        }
    },
    {
        "id": "openvpn-inline-auth-user-pass",
        "description": "Password in an OpenVPN profile's inline <auth-user-pass> block (user name, then password)",
        "regex": "<(?:auth|http-proxy)-user-pass>[ \\t]*\\r?\\n[ \\t]*[^\\s<][^\\n]{0,127}\\r?\\n[ \\t]*([^\\s<][^\\n]{3,127}?)[ \\t]*\\r?\\n[ \\t]*</(?:auth|http-proxy)-user-pass>",
        "keywords": [
            "<auth-user-pass>",
            "<http-proxy-user-pass>"
        ],
        "entropy": 2,
        "severity": "high",
        "multiline": true,
        "report-at": "secret",
        "tests": {
            "path": "clients/office.ovpn",
            "positives": [
                "client\n<auth-user-pass>\nalice\n{alnum:10}%3\n</auth-user-pass>\nremote vpn.example.org 1194",
                "<http-proxy-user-pass>\nproxyuser\n{alnum:12}7\n</http-proxy-user-pass>"
            ],
            "negatives": [
                "<auth-user-pass>\n</auth-user-pass>",
                "auth-user-pass /etc/openvpn/auth.txt"
            ]
        }
    },
    {
        "id": "curlrc-user-password",
        "description": "User name and password in a curl config file (.curlrc, _curlrc, curl -K file) for --user",
        "regex": "(?:^|[\\[\"'`])\\s*(?:--(?:proxy-)?user|-[uU]|(?:proxy-)?user)(?:\\s*[=:]\\s*|\\s+)(?:\\\\?\"[^:\"\\\\\\n]{1,128}:([^\"\\\\\\n]{4,256})\\\\?\"|'[^:'\\n]{1,128}:([^'\\n]{4,256})'|[\"']?[^:\\s\"'`]{1,128}:([^\\s\"'`]{4,256}))(?:\\s*$|[\"'`]{1,2}[ \\t]*(?:[,\\]}].*)?$)",
        "keywords": [
            "user",
            "-u"
        ],
        "entropy": 2.5,
        "allow": [
            "^\\$",
            "^\\{\\{"
        ],
        "severity": "high",
        "paths": "(?:^|/)(?:[._]?curlrc|curl\\.conf|[^/]*\\.curlrc)$",
        "tests": {
            "path": "home/dev/.curlrc",
            "positives": [
                "user = \"api-bot:{alnum:10}#01\"",
                "-u deploy:{alnum:12}",
                "--user ci:{alnum:14}7",
                "proxy-user = \"svc-build:{alnum:12}\"",
                "-U svc-build:{alnum:12}",
                "user = \"alice:correct horse {alnum:5} staple\""
            ],
            "negatives": [
                "user-agent = \"curl/8.5\"",
                "user = \"api-bot:$API_PASSWORD\"",
                "# user = \"name:password\""
            ]
        }
    },
    {
        "id": "tls-psk-file-key",
        "description": "TLS pre-shared key in a PSK file (Zabbix agent .psk, stunnel identity:key)",
        "regex": "(?:^|[\\[\"'`])[ \\t]*(?:(?:[^:\\s\"'`]{1,128}:)?([0-9a-fA-F]{32,512})|[^:\\s\"'`]{1,128}:((?:(?![\"'`\\\\])[!-~]){16,256}))(?:[ \\t]*$|[\"'`]{1,2}[ \\t]*(?:[,\\]}].*)?$)",
        "keywords": [
            "0",
            "1",
            "2",
            "3",
            "4",
            "5",
            "6",
            "7",
            "8",
            "9",
            "a",
            "b",
            "c",
            "d",
            "e",
            "f"
        ],
        "entropy": 3,
        "severity": "high",
        "paths": "(?:^|/)[^/]*\\.psk$",
        "tests": {
            "path": "etc/zabbix/zabbix_agentd.psk",
            "positives": [
                "{hex:64}",
                "agent-web01:{hex:32}",
                "client1:{alnum:32}"
            ],
            "negatives": [
                "{same:64}",
                "# PSK goes here"
            ]
        }
    },
    {
        "id": "npmrc-auth",
        "description": "npm registry credential in .npmrc (_auth, _password)",
        "regex": "(?i)(?:(?:^|[\\[\"'`])\\s*|:)(?:_auth|_password)\\s*=\\s*[\"']?([A-Za-z0-9+/]{8,}={0,2})(?:[\"']?\\s*$|[\"'`]{1,2}[ \\t]*(?:[,\\]}].*)?$)",
        "keywords": [
            "_auth",
            "_password"
        ],
        "entropy": 2.5,
        "severity": "high",
        "tests": {
            "positives": [
                "_auth={b64:24}",
                "//npm.example.com/:_password={b64:16}"
            ],
            "negatives": [
                "_auth=${NPM_AUTH}",
                "//registry.npmjs.org/:_authToken=${NPM_TOKEN}"
            ]
        }
    },
    {
        "id": "docker-config-auth",
        "description": "Registry credential in a Docker config.json / .dockercfg (\"auth\" is base64 user:password)",
        "regex": "(?:\"auth\"|\\\\\"auth\\\\\"|'auth')\\s*:\\s*(?:\"|\\\\\"|')([A-Za-z0-9+/]{12,}={0,2})(?:\"|\\\\\"|')",
        "keywords": [
            "\"auth\"",
            "auth\\\"",
            "'auth'"
        ],
        "entropy": 3,
        "severity": "high",
        "tests": {
            "positives": [
                "{\"auths\": {\"registry.example.com\": {\"auth\": \"{b64:24}\"}}}",
                "  .dockerconfigjson: \"{\\\"auths\\\":{\\\"ghcr.io\\\":{\\\"username\\\":\\\"bot\\\",\\\"auth\\\":\\\"{b64:32}\\\"}}}\"",
                "{\n  \"auths\": {\n    \"ghcr.io\": {\n      \"auth\": \"{b64:32}\"\n    }\n  }\n}"
            ],
            "negatives": [
                "{\"auths\": {\"ghcr.io\": {}}, \"credsStore\": \"desktop\"}",
                "\"auth\": \"\"",
                "  .dockerconfigjson: \"{\\\"auths\\\":{\\\"ghcr.io\\\":{\\\"auth\\\":\\\"${REGISTRY_AUTH}\\\"}}}\"",
                "  session = {'auth': 'token', 'user': name}"
            ]
        }
    },
    {
        "id": "jenkins-encrypted-secret",
        "description": "Jenkins credentials.xml secret (encrypted with the controller's key, which often travels with it)",
        "regex": "\\{(AQAAABAAAA[A-Za-z0-9+/]{20,}={0,2})\\}",
        "keywords": [
            "{aqaaabaaaa"
        ],
        "entropy": 3.5,
        "severity": "high",
        "tests": {
            "positives": [
                "<password>{AQAAABAAAAAQ{b64:48}}</password>"
            ],
            "negatives": [
                "<password>{AQAAABAAAAAQ}</password>"
            ]
        }
    },
    {
        "id": "wordpress-auth-salt",
        "description": "WordPress authentication key or salt (wp-config.php)",
        "regex": "define\\(\\s*['\"](?:AUTH|SECURE_AUTH|LOGGED_IN|NONCE)_(?:KEY|SALT)['\"]\\s*,\\s*['\"]([^'\"]{32,128})['\"]",
        "keywords": [
            "define("
        ],
        "entropy": 4,
        "allow": [
            "(?i)unique phrase",
            "^\\$",
            "(?i)^(?:x+|\\*+)$"
        ],
        "severity": "medium",
        "no-placeholder-check": true,
        "tests": {
            "positives": [
                "define('AUTH_KEY',         '{alnum:40}!@#{alnum:20}');"
            ],
            "negatives": [
                "define( 'AUTH_KEY',         'put your unique phrase here' );"
            ]
        }
    },
    {
        "id": "rails-secret-key-base",
        "description": "Rails secret_key_base",
        "regex": "(?i)secret_key_base[\"']?\\s*[:=]\\s*[\"']?([0-9a-f]{64,256})(?![0-9a-f])",
        "keywords": [
            "secret_key_base"
        ],
        "entropy": 3,
        "severity": "high",
        "tests": {
            "positives": [
                "production:\n  secret_key_base: {hex:128}"
            ],
            "negatives": [
                "secret_key_base: <%= ENV[\"SECRET_KEY_BASE\"] %>"
            ]
        }
    },
    {
        "id": "rails-master-key",
        "description": "Rails master key file (config/master.key, config/credentials/<env>.key)",
        "regex": "(?<![0-9A-Za-z])([0-9a-f]{32})(?![0-9A-Za-z])",
        "keywords": [
            "key"
        ],
        "entropy": 3,
        "severity": "critical",
        "paths": "(?:^|/)config/(?:master\\.key|credentials/[\\w.-]+\\.key)$",
        "tests": {
            "path": "config/master.key",
            "positives": [
                "{hex:32}"
            ],
            "negatives": [
                "{hex:16}",
                "# master key"
            ]
        }
    },
    {
        "id": "django-secret-key",
        "description": "Django SECRET_KEY",
        "regex": "(?<![A-Za-z0-9])(?:[A-Z0-9]{1,40}_){0,6}SECRET_KEY\\\\?['\"]?\\s*[:=]\\s*\\\\?['\"](django-insecure-[^'\"\\s\\\\]{20,100}|(?=[^'\"\\s]{0,255}[!@#$%^&*()=+])[A-Za-z0-9!@#$%^&*()_=+-]{50})\\\\?['\"]",
        "keywords": [
            "secret_key"
        ],
        "entropy": 3.5,
        "severity": "high",
        "tests": {
            "positives": [
                "SECRET_KEY = 'django-insecure-{lower:30}!@#{alnum:17}'",
                "SECRET_KEY = '{lower:10}$(yj{digits:2}%(k)#+{lower:10}***{alnumL:15}'",
                "SECRET_KEY = \"{lower:12})({digits:4}^&{lower:30}\"",
                "    'DJANGO_SECRET_KEY': '{alnumL:20}=+{alnumL:20}!@{alnumL:6}',"
            ],
            "negatives": [
                "SECRET_KEY = 'django-insecure-change-me'",
                "SECRET_KEY = os.environ['SECRET_KEY']",
                "SECRET_KEY = '%(django_secret_key)s'",
                "SECRET_KEY = '$(DJANGO_SECRET_KEY)'",
                "SECRET_KEY = '**************************************************'",
                "SECRET_KEY = '{alnumL:50}'"
            ]
        }
    },
    {
        "id": "jdbc-password",
        "description": "Password in a JDBC / ADO.NET / ODBC connection string",
        "regex": "(?i)(?:jdbc:[a-z0-9:]{1,40}//[^\\s\"'<>]{0,300}?[?&;]|(?:^|[;\"'\\s])(?:server|data source|host)\\s*=[^\"'<>\\n]{0,300}?;\\s*)(?:password|pwd)\\s*=\\s*([^;&\"'\\s<>]{4,128})",
        "keywords": [
            "jdbc:",
            "server=",
            "data source=",
            "host="
        ],
        "entropy": 2,
        "allow": [
            "^\\$\\{?[A-Za-z_]",
            "^%[A-Za-z_]+%$",
            "^<",
            "^\\{",
            "(?i)^(?:my|your)?_?(?:password|passwd|pwd|pass|secret)\\d{0,3}$"
        ],
        "severity": "high",
        "tests": {
            "positives": [
                "spring.datasource.url=jdbc:mysql://db1.internal:3306/app?user=deploy&password={alnum:10}7",
                "url=jdbc:sqlserver://db:1433;databaseName=app;user=sa;password={alnum:12}!;",
                "<add name=\"Db\" connectionString=\"Server=db.internal;Database=app;User Id=web;Password={alnum:10}3;\" />"
            ],
            "negatives": [
                "Server=myServerAddress;Database=myDataBase;User Id=myUsername;Password=myPassword;",
                "jdbc:postgresql://db:5432/app",
                "jdbc:mysql://db/app?user=x&password=${DB_PASSWORD}",
                "Server=db;Database=app;Integrated Security=true;"
            ]
        }
    },
    {
        "id": "libpq-conninfo-password",
        "description": "Password in a PostgreSQL keyword/value connection string (host=… user=… password=… dbname=…)",
        "regex": "(?i)(?:(?:^|[\\s\"'`(])(?:host|hostaddr|port|dbname|user|sslmode|connect_timeout|application_name)=(?:'[^'\\n]{0,100}'|[^\\s\"'`(),;]{1,100})[ \\t]+(?:[a-z_]{2,30}=(?:'[^'\\n]{0,100}'|[^\\s\"'`(),;]{1,100})[ \\t]+){0,10}?password=(?:'((?:[^'\\\\\\n]|\\\\.){3,128})'|([^\\s\"'`$%{}(),;]{3,128}))(?![^ \\t\"'`])|(?:^|[\\s\"'`(])password=(?:'((?:[^'\\\\\\n]|\\\\.){3,128})'|([^\\s\"'`$%{}(),;]{3,128}))[ \\t]+(?:[a-z_]{2,30}=(?:'[^'\\n]{0,100}'|[^\\s\"'`(),;]{1,100})[ \\t]+){0,10}?(?:host|hostaddr|dbname|user|port)=)",
        "keywords": [
            "password="
        ],
        "entropy": 2.5,
        "allow": [
            "(?i)^(?:password|passwd|postgres|secret|changeme|example|mypassword|yourpassword|pass|root|admin|test)$",
            "^<"
        ],
        "severity": "high",
        "generic": true,
        "tests": {
            "positives": [
                "conn = psycopg2.connect(\"dbname=shop user=app password={alnum:12}4 host=db1.internal\")",
                "psql \"host=db1 port=5432 dbname=app user=app password={alnum:10}7\"",
                "db, err := sql.Open(\"postgres\", \"host=db1 user=app password='{alnum:5} {alnum:6}3' dbname=app sslmode=disable\")",
                "conn = psycopg2.connect(\"password={alnum:12}9 host=db1 dbname=app\")"
            ],
            "negatives": [
                "dsn := \"host=localhost user=gorm password=gorm dbname=gorm port=9920 sslmode=disable\"",
                "dsn := fmt.Sprintf(\"host=%s user=%s password=%s dbname=%s\", h, u, p, d)",
                "conn = psycopg2.connect(\"dbname=shop user=app password=\" + pw)",
                "conn = psycopg2.connect(f\"dbname=shop user=app password={pw} host={host}\")",
                "password={alnum:10}7",
                "psql \"host=db1 user=app password=$PGPASS dbname=app\"",
                "psql \"host=db1 user=app password=<password> dbname=app\"",
                "    conn = connect(host=host, user=user, password=password1)"
            ]
        }
    },
    {
        "id": "jdbc-oracle-password",
        "description": "Password in an Oracle JDBC URL (jdbc:oracle:thin:user/password@host)",
        "regex": "(?i)jdbc:oracle:(?:thin|oci8?|kprb):[A-Za-z0-9_$#.]{1,128}/([^@\\s\"'`/;<>]{3,128})@(?://|\\(|[A-Za-z0-9\\[])",
        "keywords": [
            "jdbc:oracle:"
        ],
        "entropy": 2,
        "allow": [
            "^\\$\\{?[A-Za-z_]",
            "^%[A-Za-z_]+%$",
            "^\\{",
            "(?i)^(?:tiger|password|passwd|pwd|pass|secret|changeme|oracle|manager|change_on_install)$"
        ],
        "severity": "high",
        "tests": {
            "positives": [
                "url=jdbc:oracle:thin:scott/{alnum:10}7@//db.internal:1521/ORCLPDB1",
                "String url = \"jdbc:oracle:thin:app/{alnum:10}7@db.internal:1521:ORCL\";",
                "<property name=\"url\" value=\"jdbc:oracle:thin:hr/{alnum:8}#2@(DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=db)(PORT=1521))(CONNECT_DATA=(SERVICE_NAME=x)))\"/>"
            ],
            "negatives": [
                "jdbc:oracle:thin:@//db.internal:1521/ORCLPDB1",
                "jdbc:oracle:thin:scott/tiger@localhost:1521:orcl",
                "jdbc:oracle:thin:${DB_USER}/${DB_PASSWORD}@//db:1521/svc",
                "jdbc:oracle:thin:@db.internal:1521:ORCL"
            ]
        }
    },
    {
        "id": "pgbouncer-userlist-password",
        "description": "Plain-text password in a PgBouncer auth_file (userlist.txt, \"user\" \"password\")",
        "regex": "(?:^|[\\[\"'`])\\s*[\"'][^\"'\\s]{1,64}[\"'][ \\t]+[\"'](?!md5[0-9a-f]{32}[\"']|SCRAM-SHA-256\\$)([^\"'\\s]{4,128})[\"'](?![^\\s\"'`,\\]}])",
        "keywords": [
            "\""
        ],
        "entropy": 2,
        "allow": [
            "(?i)^(?:password|passwd|secret|changeme|pass)$",
            "^\\$"
        ],
        "severity": "high",
        "paths": "(?:^|/)userlist\\.txt$",
        "tests": {
            "path": "etc/pgbouncer/userlist.txt",
            "positives": [
                "\"deploy\" \"{alnum:12}7\"",
                "\"app_rw\" \"Falcon{digits:4}!\""
            ],
            "negatives": [
                "\"admin\" \"md5{hex:32}\"",
                "\"app\" \"SCRAM-SHA-256$4096:{b64:22}==${b64:43}=:{b64:43}=\"",
                "\"app\" \"password\"",
                ";; \"user\" \"pass\""
            ]
        }
    },
    {
        "id": "pgbouncer-userlist-hash",
        "description": "Password hash in a PgBouncer auth_file (userlist.txt md5… or SCRAM-SHA-256$…)",
        "regex": "(?:^|[\\[\"'`])\\s*[\"'][^\"'\\s]{1,64}[\"'][ \\t]+[\"'](md5[0-9a-f]{32}|SCRAM-SHA-256\\$\\d{1,7}:[A-Za-z0-9+/=]{8,64}\\$[A-Za-z0-9+/=]{20,64}:[A-Za-z0-9+/=]{20,64})[\"'](?![^\\s\"'`,\\]}])",
        "keywords": [
            "md5",
            "scram-sha-256$"
        ],
        "entropy": 2.5,
        "severity": "low",
        "paths": "(?:^|/)userlist\\.txt$",
        "tests": {
            "path": "etc/pgbouncer/userlist.txt",
            "positives": [
                "\"admin\" \"md5{hex:32}\"",
                "\"app\" \"SCRAM-SHA-256$4096:{b64:22}==${b64:43}=:{b64:43}=\""
            ],
            "negatives": [
                "\"admin\" \"md5{same:32}\"",
                "\"admin\" \"md5\""
            ]
        }
    },
    {
        "id": "ansible-inventory-password",
        "description": "Password in an Ansible inventory host line or variables (ansible_password=, ansible_become_password=, ansible_ssh_pass=)",
        "regex": "(?i)(?:^|(?<=[\\s\"'`\\[]))ansible_(?:ssh_|become_|sudo_|winrm_)?pass(?:word)?\\s?=\\s?([\"']?)((?=[^\\s\"']{0,255}[A-Za-z0-9])[^\\s\"'{$][^\\s\"']{2,127})\\1(?![^\\s\"'`,\\]}])",
        "keywords": [
            "ansible_password",
            "ansible_ssh_pass",
            "ansible_become_pass",
            "ansible_sudo_pass",
            "ansible_winrm_pass"
        ],
        "entropy": 2,
        "allow": [
            "(?i)^(?:password|passwd|secret|changeme|vagrant)$",
            "^!vault"
        ],
        "secret-group": 2,
        "severity": "high",
        "tests": {
            "path": "inventory/hosts",
            "positives": [
                "web1 ansible_host=10.0.0.5 ansible_user=deploy ansible_password={alnum:10}7!",
                "web2 ansible_host=10.0.0.6 ansible_ssh_pass={alnum:10}3 ansible_become_password={alnum:9}4",
                "[win:vars]\nansible_user=Administrator\nansible_password='{alnum:12}'",
                "db1 ansible_become_pass=\"{alnum:12}\""
            ],
            "negatives": [
                "web1 ansible_host=10.0.0.5 ansible_password={{ vault_web1_password }}",
                "ansible_password=$ANSIBLE_PASSWORD",
                "ansible_ssh_pass=vagrant",
                "web1 ansible_password="
            ]
        }
    },
    {
        "id": "basic-auth-proxy-header",
        "description": "HTTP Basic credentials set by a proxy or server config (nginx proxy_set_header, Apache RequestHeader, HAProxy set-header)",
        "regex": "(?i)(?:proxy_set_header|add_header|more_set_input_headers|RequestHeader\\s+(?:set|append|add|merge)|set-header|add-header|grpc_set_header|uwsgi_param)\\s+[\"']?Authorization(?::|[\"'])?\\s+[\"']?Basic\\s+([A-Za-z0-9+/]{8,}={0,2})",
        "keywords": [
            "basic"
        ],
        "entropy": 2.5,
        "allow": [
            "^czZCaGRSa3F0MzpnWDFmQmF0M2JW$"
        ],
        "severity": "high",
        "decoded": "[^\\x00-\\x1f:]{1,200}:[^\\x00-\\x1f]{3}",
        "tests": {
            "path": "etc/nginx/conf.d/api.conf",
            "positives": [
                "    proxy_set_header Authorization \"Basic {basic:12}\";",
                "    RequestHeader set Authorization \"Basic {basic:12}\"",
                "    http-request set-header Authorization \"Basic {basic:12}\""
            ],
            "negatives": [
                "    proxy_set_header Authorization \"Basic $http_auth\";",
                "    proxy_set_header Authorization \"\";",
                "    proxy_set_header Authorization \"Basic {b64:40}\";"
            ]
        }
    },
    {
        "id": "system-config-password",
        "description": "Password in system provisioning and VPN config (kickstart/slapd rootpw, Debian preseed, chpasswd, ipsec.secrets PSK, net use, Sequelize)",
        "regex": "(?:(?<![\\w-])rootpw\\s{1,5}(?:--plaintext\\s{1,5})?(?!--)(?!#)([^\\s{\"']{6,128})(?!\\S)|\\buser\\s[^\\n]{0,200}?--password[ =](?![^\\n]{0,200}--iscrypted)(?![$#])([^\\s\"']{6,128})(?!\\S)|\\bpasswd/(?:root|user)-password(?:-again)?\\s{1,5}password\\s{1,5}([^\\s\"']{6,128})(?!\\S)|\\becho\\s{1,5}[\"']?[A-Za-z_][A-Za-z0-9_.-]{0,31}:([^\\s\"':|$]{6,128})[\"']?\\s{0,5}\\|\\s{0,5}(?:sudo\\s{1,5})?chpasswd\\b|:\\s{0,5}PSK\\s{1,5}\"([^\"\\s]{6,128})\"|\\bnet\\s{1,5}use\\s{1,5}\\S{1,40}\\s{1,5}\\\\\\\\\\S{1,200}\\s{1,5}/user:\\S{1,100}\\s{1,5}([^\\s/\"]{6,128})|\\bnew\\s{1,5}Sequelize\\(\\s{0,5}[\"'][^\"']{0,100}[\"']\\s{0,5},\\s{0,5}[\"'][^\"']{1,100}[\"']\\s{0,5},\\s{0,5}[\"']([^\"'\\s]{6,128})[\"'])",
        "keywords": [
            "rootpw",
            "passwd/",
            "chpasswd",
            "psk",
            "net use",
            "sequelize",
            "--password"
        ],
        "entropy": 2.5,
        "severity": "high",
        "tests": {
            "positives": [
                "rootpw --plaintext {alnum:15}7a",
                "rootpw --plaintext {alnum:3}#!{alnum:10}=",
                "user --name=ops --groups=wheel --password={alnum:12}$7 --plaintext",
                "rootpw {alnum:10}!{alnum:4}",
                "d-i passwd/root-password password {alnum:23}7",
                "RUN echo 'deploy:{alnum:10}#{alnum:4}' | chpasswd",
                "198.51.100.10 203.0.113.20 : PSK \"{alnum:14}9!\"",
                "net use Z: \\\\\\\\fs01\\\\finance /user:CORP\\\\svc_reports {lower:6}.{lower:6}.{lower:6}9 /persistent:no",
                "const sequelize = new Sequelize('orders', 'admin', '{alnum:13}#7', { host: 'pg-main.internal', dialect: 'postgres' });"
            ],
            "negatives": [
                "rootpw --iscrypted $6${alnum:16}${alnum:86}",
                "user --name=ops --password=$6${alnum:16}${alnum:86} --iscrypted",
                "rootpw --lock",
                "rootpw {SSHA}{b64:32}",
                "d-i passwd/root-password password",
                "echo \"root:$ROOT_PASSWORD\" | chpasswd",
                ": PSK \"changeme\"",
                "const sequelize = new Sequelize(process.env.DB_NAME, process.env.DB_USER, process.env.DB_PASS)",
                "new Sequelize('sqlite::memory:')"
            ]
        }
    },
    {
        "id": "cli-password",
        "description": "Password on a command line (mysql -p, curl -u, sshpass -p, --password, smbclient -U user%pass, net use, lftp -u user,pass, ncftp -p, wget --ftp-password)",
        "regex": "(?i)(?:\\bmysql(?:dump|admin|import|show|check|slap)?\\b[^\\n]{0,300}?\\s-p(?:'([^'\\n]{3,128})'|\"([^\"$`\\n]{3,128})\"|([^\\s'\"$<-][^\\s'\"]{3,127}))|\\b(?:smbclient|rpcclient|smbcacls|smbget|smbtree)\\b[^\\n]{0,300}?\\s(?:-U|--user(?:name)?)(?:\\s+|=)?[\"']?[^%\\s\"']+%([^\\s\"']{3,128})|\\bnet\\s+use\\s+\\\\\\\\\\S+\\s+[\"']?([^\\s/\"'*$]{3,128})[\"']?\\s+/user:|\\bnet\\s+user\\s+[^\\s/]+\\s+[\"']?([^\\s/\"'*$]{3,128})[\"']?\\s+/(?:add|domain)\\b|\\bmysqladmin\\b[^\\n]{0,300}?\\spassword\\s+(?:'([^'\\n]{3,128})'|\"([^\"$`\\n]{3,128})\"|([^\\s'\"$<-][^\\s'\"]{2,127}))|\\bredis-cli\\b[^\\n]{0,300}?\\s-a\\s+(?:'([^'\\n]{3,128})'|\"([^\"$`\\n]{3,128})\"|([^\\s'\"$<-][^\\s'\"]{2,127}))|\\bhtpasswd\\s+-[A-Za-z]*b[A-Za-z]*\\s+\\S+\\s+\\S+\\s+(?:'([^'\\n]{3,128})'|\"([^\"$`\\n]{3,128})\"|([^\\s'\"$<-][^\\s'\"]{2,127}))|\\bcurl\\b[^\\n]{0,300}?\\s(?:-u|--user)\\s+[\"']?[^:\\s'\"]+:([^\\s'\"@$<][^\\s'\"]{3,127})|\\bsshpass\\s+-p\\s*[\"']?([^\\s'\"$<][^'\"\\s]{3,127})|--(?:ftp-|http-|proxy-)?password=[\"']?([^\\s'\"$<-][^\\s'\"]{3,127})|\\blftp\\b[^\\n]{0,300}?\\s-u\\s+[\"']?[^,\\s'\"]+,([^\\s'\"$<][^\\s'\"]{2,127})|\\bopen\\s+(?:-[a-z]\\s+\\S+\\s+)*-u\\s+[\"']?[^,\\s'\"]+,([^\\s'\"$<][^\\s'\"]{2,127})|\\bncftp(?:put|get|ls|batch)?\\b[^\\n]{0,300}?\\s-p\\s+(?:'([^'\\n]{3,128})'|\"([^\"$`\\n]{3,128})\"|([^\\s'\"$<-][^\\s'\"]{2,127}))|--password\\s+[\"']?((?=[^\\s'\"]{0,255}[0-9!@#$%^&*?~+=_])[^\\s'\"$<-][^\\s'\"]{3,127}))",
        "keywords": [
            "mysql",
            "curl",
            "sshpass",
            "--password",
            "ftp-password",
            "http-password",
            "proxy-password",
            "lftp",
            "open -u",
            "ncftp",
            "smbclient",
            "rpcclient",
            "smbcacls",
            "smbget",
            "smbtree",
            "net use",
            "net user",
            "redis-cli",
            "htpasswd"
        ],
        "entropy": 2,
        "allow": [
            "^\\$\\{?[A-Za-z_]",
            "^<",
            "^%",
            "(?i)^(?:admin|password|passwd|secret|root|guest|test|changeme|pass|mypassword|yourpassword)$",
            "^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$"
        ],
        "severity": "high",
        "tests": {
            "positives": [
                "mysql -u root -p{alnum:10}7 app_prod",
                "curl -u deploy:{alnum:10}4 https://files.example.net/api",
                "sshpass -p '{alnum:9}#' ssh ops@bastion",
                "psql --password={alnum:12}",
                "mysql -h db1.internal -u root -p'{alnum:8} {alnum:4}' shop",
                "mysqldump -uroot -p\"{alnum:10}\" --all-databases > all.sql",
                "mysql -u root -psunshinegarden",
                "smbclient //fs01/finance -U ops%{alnum:10}3",
                "smbclient -L //10.0.0.5 -U 'CORP\\svc_backup%{alnum:12}'",
                "rpcclient -U admin%{alnum:9}! 10.0.0.5",
                "net use \\\\\\\\fs01\\\\share {alnum:10}2 /user:CORP\\\\svc",
                "net user backup {alnum:10}4! /add",
                "mysqladmin -u root password '{alnum:12}'",
                "redis-cli -h cache1 -a {alnum:16} ping",
                "htpasswd -bc /etc/nginx/.htpasswd admin {alnum:12}",
                "psql --password 'Sunshine42!'",
                "pg_dump --password {alnum:10}7 app",
                "lftp -u deploy,{alnum:10}4 ftp.example.com",
                "lftp -e \"mirror -R dist /www; quit\" -u deploy,{alnum:12} sftp://files.example.net",
                "open -u deploy,{alnum:10}8 ftp.example.com",
                "wget --ftp-user=deploy --ftp-password={alnum:10}3 ftp://ftp.example.com/file.zip",
                "ncftpput -u deploy -p {alnum:10}5 ftp.example.com /www dist/index.html",
                "curl -T backup.tgz -u deploy:{alnum:10}2 ftp://ftp.example.com/backups/"
            ],
            "negatives": [
                "  --password ACCESS_TOKEN   log in with this access token",
                "mysql -u root -p app_prod",
                "curl -u \"$USER:$PASS\" https://x",
                "sshpass -p \"$SSHPASS\" ssh ops@h",
                "mysql -u root -p<password>",
                "mysql -u root -p\"$MYSQL_PWD\" app",
                "mysql -u root -p'<password>' app",
                "smbclient //fs01/share -U ops",
                "smbclient //fs01/share -U ops%$SMB_PASS",
                "net use \\\\\\\\fs01\\\\share * /user:CORP\\\\svc",
                "net user backup * /add",
                "mysqladmin -u root password",
                "redis-cli -a \"$REDIS_PASSWORD\" ping",
                "htpasswd -c /etc/nginx/.htpasswd admin",
                "information can be provided via the --username and --password options",
                "lftp -u deploy ftp.example.com",
                "lftp -u \"deploy,$FTP_PASS\" ftp.example.com",
                "wget --ftp-password=\"$FTP_PASSWORD\" ftp://h/f",
                "ncftpput -u deploy -p \"$FTP_PASS\" h /www f",
                "open -u anonymous ftp.example.com"
            ]
        }
    },
    {
        "id": "cli-password-tools",
        "description": "Password on the command line of a server or client tool (redis-server --requirepass, docker login -p, kubectl --from-literal, keytool -storepass, openssl pass:, sqlcmd -P, mongo -p, ldapsearch -w, rabbitmqctl add_user, az --admin-password, echo … | sudo -S)",
        "regex": "(?:\\bredis-server\\b[^\\n]{0,300}?--requirepass(?:[\"'],)?\\s+(?:'([^'\\n]{3,128})'|\"([^\"$`\\n]{3,128})\"|([^\\s'\"$<\\-][^\\s'\"]{2,127}))|\\bdocker\\s+login\\b[^\\n]{0,300}?\\s-p\\s+(?:'([^'\\n]{3,128})'|\"([^\"$`\\n]{3,128})\"|([^\\s'\"$<\\-][^\\s'\"]{2,127}))|--from-literal=[\\w.-]{0,80}(?:[Pp]assword|PASSWORD|[Pp]asswd|PASSWD|[Pp]wd|PWD|[Ss]ecret|SECRET|[Tt]oken|TOKEN|[Aa]pi[_-]?[Kk]ey|API_?KEY)=(?:'([^'\\n]{3,128})'|\"([^\"$`\\n]{3,128})\"|([^\\s'\"$<\\-][^\\s'\"]{2,127}))|\\bkeytool\\b[^\\n]{0,300}?\\s-(?:storepass|keypass|srcstorepass|deststorepass|srckeypass|destkeypass)\\s+(?:'([^'\\n]{3,128})'|\"([^\"$`\\n]{3,128})\"|([^\\s'\"$<\\-][^\\s'\"]{2,127}))|\\bopenssl\\b[^\\n]{0,300}?\\s-pass(?:in|out)?\\s+[\"']?pass:([^\\s'\"$<][^\\s'\"]{2,127})|\\bsqlcmd\\b[^\\n]{0,300}?\\s-P\\s+(?:'([^'\\n]{3,128})'|\"([^\"$`\\n]{3,128})\"|([^\\s'\"$<\\-][^\\s'\"]{2,127}))|\\bmongo(?:sh|dump|restore|export|import|stat|top)?\\b[^\\n]{0,300}?\\s-p\\s+(?:'([^'\\n]{3,128})'|\"([^\"$`\\n]{3,128})\"|([^\\s'\"$<\\-][^\\s'\"]{2,127}))|\\bldap(?:search|add|modify|delete|passwd|whoami|compare|modrdn|exop)\\b[^\\n]{0,300}?\\s-w\\s+(?:'([^'\\n]{3,128})'|\"([^\"$`\\n]{3,128})\"|([^\\s'\"$<\\-][^\\s'\"]{2,127}))|\\brabbitmqctl\\s+(?:add_user|change_password)\\s+[\"']?[^\\s'\"]+[\"']?\\s+(?:'([^'\\n]{3,128})'|\"([^\"$`\\n]{3,128})\"|([^\\s'\"$<\\-][^\\s'\"]{2,127}))|\\baz\\b[^\\n]{0,300}?\\s--(?:admin-password|client-secret)[\\s=]+(?:'([^'\\n]{3,128})'|\"([^\"$`\\n]{3,128})\"|([^\\s'\"$<\\-][^\\s'\"]{2,127}))|\\becho\\s+(?:'([^'\\n]{3,128})'|\"([^\"$`\\n]{3,128})\"|([^\\s'\"$<\\-][^\\s'\"]{2,127}))\\s*\\|\\s*sudo\\s+(?:-[A-Za-z]*\\s+)*-S\\b)",
        "keywords": [
            "redis-server",
            "docker login",
            "--from-literal",
            "keytool",
            "pass:",
            "sqlcmd",
            "mongo",
            "ldap",
            "rabbitmqctl",
            "--admin-password",
            "--client-secret",
            "sudo"
        ],
        "entropy": 2,
        "allow": [
            "^\\$\\{?[A-Za-z_]",
            "^<",
            "^%",
            "^\\d{1,5}$",
            "(?i)^(?:admin|password|passwd|secret|root|guest|test|changeme|changeit|pass|mypassword|yourpassword|foobared)$"
        ],
        "severity": "high",
        "tests": {
            "positives": [
                "    command: redis-server --requirepass {alnum:12}7",
                "    command: [\"redis-server\", \"--appendonly\", \"yes\", \"--requirepass\", \"{alnum:16}\"]",
                "docker login -u deploy -p {alnum:12}4 registry.example.com",
                "kubectl create secret generic db --from-literal=username=app --from-literal=password={alnum:12}3",
                "kubectl create secret generic api --from-literal=API_TOKEN={alnum:24}",
                "keytool -genkeypair -alias app -keystore app.jks -storepass {alnum:10}9 -keypass {alnum:10}9",
                "openssl pkcs12 -export -in cert.pem -inkey key.pem -out cert.p12 -passout pass:{alnum:10}2",
                "sqlcmd -S db1 -U sa -P '{alnum:10}!' -Q \"select 1\"",
                "mongosh \"mongodb://db1:27017/admin\" -u admin -p {alnum:12}5",
                "ldapsearch -x -D \"cn=admin,dc=example,dc=org\" -w {alnum:10}6 -b dc=example,dc=org",
                "rabbitmqctl add_user deploy {alnum:12}8",
                "az vm create -n vm1 --admin-username azureuser --admin-password {alnum:12}1!",
                "echo \"{alnum:10}4\" | sudo -S apt-get update"
            ],
            "negatives": [
                "redis-server --requirepass \"$REDIS_PASSWORD\"",
                "redis-server --requirepass foobared",
                "docker login -u deploy -p \"$REGISTRY_TOKEN\" registry.example.com",
                "docker login -u deploy --password-stdin registry.example.com",
                "kubectl create secret generic db --from-literal=username=app",
                "kubectl create secret generic db --from-literal=password=$DB_PASSWORD",
                "keytool -list -keystore cacerts -storepass changeit",
                "openssl rsa -in key.pem -passin env:KEY_PASS -out plain.pem",
                "openssl rsa -in key.pem -passin file:pass.txt",
                "sqlcmd -S db1 -E -p -Q \"select 1\"",
                "mongosh -p",
                "mongo --host db1 -p 27017",
                "ldapsearch -x -W -D cn=admin,dc=example,dc=org",
                "rabbitmqctl add_user deploy \"$RABBIT_PASS\"",
                "az vm create --admin-password <password>",
                "echo \"$SUDO_PASS\" | sudo -S true",
                "echo done | sudo tee /etc/motd"
            ]
        }
    },
    {
        "id": "powershell-securestring-password",
        "description": "Password in PowerShell turned into a SecureString from plain text (ConvertTo-SecureString -AsPlainText)",
        "regex": "(?i)(?:ConvertTo-SecureString\\s+(?:-String\\s+)?(?:'([^'\\n]{4,128})'|\"([^\"$`\\n]{4,128})\")[^\\n]{0,300}?-AsPlainText|(?:'([^'\\n]{4,128})'|\"([^\"$`\\n]{4,128})\")\\s*\\|\\s*ConvertTo-SecureString\\b[^\\n]{0,300}?-AsPlainText|ConvertTo-SecureString\\b[^\\n]{0,300}?-AsPlainText[^\\n]{0,300}?-String\\s+(?:'([^'\\n]{4,128})'|\"([^\"$`\\n]{4,128})\"))",
        "keywords": [
            "convertto-securestring"
        ],
        "entropy": 2,
        "severity": "high",
        "tests": {
            "positives": [
                "$pw = ConvertTo-SecureString '{alnum:10}4!' -AsPlainText -Force",
                "$cred = New-Object System.Management.Automation.PSCredential(\"CORP\\\\svc\", (ConvertTo-SecureString \"{alnum:12}\" -AsPlainText -Force))",
                "$s = '{alnum:10}' | ConvertTo-SecureString -AsPlainText -Force",
                "ConvertTo-SecureString -AsPlainText -Force -String \"sunshinegarden\""
            ],
            "negatives": [
                "$pw = ConvertTo-SecureString $env:DB_PASSWORD -AsPlainText -Force",
                "$pw = ConvertTo-SecureString \"$Password\" -AsPlainText -Force",
                "$pw = ConvertTo-SecureString '<password>' -AsPlainText -Force",
                "$pw = Read-Host -AsSecureString",
                "ConvertTo-SecureString -String '{alnum:10}' -Key $key"
            ]
        }
    },
    {
        "id": "sql-password",
        "description": "Password in SQL (IDENTIFIED BY, WITH PASSWORD, PASSWORD(…))",
        "regex": "(?i)(?:(?:\\b|(?<=\\\\040))identified(?:\\s|\\\\{1,2}040)+(?:with(?:\\s|\\\\{1,2}040)+\\w+(?:\\s|\\\\{1,2}040)+)?by|(?:\\b|(?<=\\\\040))(?:with|login|encrypted|(?:no)?(?:login|replication|bypassrls|inherit|createdb|createrole|superuser)|limit\\s+-?\\d+)(?:\\s|\\\\{1,2}040)+(?:encrypted(?:\\s|\\\\{1,2}040)+)?password|(?:\\b|(?<=\\\\040))password(?:\\s|\\\\{1,2}040)*\\()(?:\\s|\\\\{1,2}040)*(?:=(?:\\s|\\\\{1,2}040)*N?)?['\"]((?=[^'\"]{0,255}[A-Za-z])(?:(?=[^'\"]{0,255}[0-9!@#$%^&*?~+=])[^'\"\\s]{4,128}|[A-Za-z]{8,64}))['\"]",
        "keywords": [
            "identified",
            "password"
        ],
        "entropy": 2,
        "allow": [
            "(?i)^(?:password|passwd|changeme|secret|example|mypassword|yourpassword|newpassword|postgres|root|admin|replace_?me)$",
            "(?i)^x+$",
            "^md5[0-9a-f]{32}$",
            "^SCRAM-SHA-256\\$"
        ],
        "severity": "high",
        "tests": {
            "positives": [
                "ALTER LOGIN [svc_ssis] WITH PASSWORD = N'{alnum:13}7#a', CHECK_POLICY = OFF;",
                "CREATE ROLE analytics LOGIN PASSWORD 'embervelvetlantern';",
                "CREATE\\040USER\\040'app'@'%'\\040IDENTIFIED\\040BY\\040'{alnum:9}8#';",
                "ALTER\\040USER\\040'root'@'localhost'\\040IDENTIFIED\\040WITH\\040mysql_native_password\\040BY\\040'{alnum:9}5';",
                "CREATE USER 'app'@'%' IDENTIFIED BY '{alnum:10}7!';",
                "ALTER USER app WITH PASSWORD '{alnum:10}2';",
                "CREATE ROLE reporting LOGIN PASSWORD '{alnum:10}3';",
                "CREATE USER app ENCRYPTED PASSWORD '{alnum:10}4';",
                "SET PASSWORD FOR 'app'@'%' = PASSWORD('{alnum:9}1');",
                "ALTER ROLE app_rw WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN NOREPLICATION NOBYPASSRLS PASSWORD '{alnum:6}^X*X.{alnum:6}';",
                "ALTER ROLE svc WITH NOSUPERUSER NOINHERIT NOCREATEROLE NOCREATEDB LOGIN REPLICATION BYPASSRLS PASSWORD '{alnum:12}5';",
                "ALTER ROLE app WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN NOREPLICATION NOBYPASSRLS CONNECTION LIMIT 10 PASSWORD '{alnum:12}4';"
            ],
            "negatives": [
                "CREATE USER app WITH PASSWORD 'password';",
                "ALTER ROLE app PASSWORD 'mypassword';",
                "* identified by 'x-ms-copy-id'. Possible values include: 'pending',",
                "CREATE\\040USER\\040'app'@'%'\\040IDENTIFIED\\040BY\\040'<password>';",
                "CREATE USER 'app'@'%' IDENTIFIED BY 'changeme';",
                "ALTER USER app WITH PASSWORD 'xxxxxxxx';",
                "CREATE USER app IDENTIFIED BY '<password>';",
                "ALTER ROLE app WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN NOREPLICATION NOBYPASSRLS PASSWORD 'md5{hex:32}';",
                "ALTER ROLE postgres WITH SUPERUSER INHERIT CREATEROLE CREATEDB LOGIN REPLICATION BYPASSRLS;"
            ]
        }
    },
    {
        "id": "xml-appsettings-credential",
        "description": "Credential in a .NET appSettings / connection entry (<add key=\"…Password…\" value=\"…\" />)",
        "regex": "(?i)<add\\s+key\\s*=\\s*[\"'][\\w.:-]{0,80}(?:password|passwd|pwd|secret|token|api_?key|access_?key)[\\w.:-]{0,80}[\"']\\s+value\\s*=\\s*[\"']([^\"'\\s]{6,200})[\"']",
        "keywords": [
            "<add"
        ],
        "entropy": 2.5,
        "allow": [
            "^#\\{.*\\}#?$",
            "^__\\w+__$",
            "^\\$\\(",
            "^\\$\\{",
            "^\\{\\{",
            "^%\\w+%$"
        ],
        "severity": "medium",
        "tests": {
            "positives": [
                "    <add key=\"SmtpPassword\" value=\"{alnum:12}7!\" />",
                "<add key=\"Stripe:ApiSecret\" value=\"{alnum:32}\"/>"
            ],
            "negatives": [
                "<add key=\"SmtpPassword\" value=\"\" />",
                "<add key=\"ApiSecret\" value=\"#{ApiSecret}#\" />",
                "<add key=\"DbPassword\" value=\"__DbPassword__\" />",
                "<add key=\"SmtpHost\" value=\"smtp.example.com\" />",
                "<add key=\"Password\" value=\"changeme\" />"
            ]
        }
    },
    {
        "id": "xml-credential-element",
        "description": "Credential in an XML element (<password>, <Pass>, <secret>, <token>)",
        "regex": "(?i)<(?:[\\w-]+:)?(?:[a-z][\\w-]{0,40}\\.){0,4}(?:[a-z][a-z0-9-]{0,30}?(?<!(?:next|page|continuation|sync|csrf|xsrf|pagination|cancellation|refresh|session|request|max|min|total|count|marker|by|client|idempotency)[_-]?))?(?:password|passwd|pwd|pass|passphrase|secret|client_?secret|api_?key|token)(?:\\s[^<>]{0,300})?>([^<\\s]{6,200})</",
        "keywords": [
            "<password",
            "<passwd",
            "<pwd",
            "<pass",
            "<secret",
            "<client",
            "<api",
            "<token",
            ":password",
            ":secret",
            "password>",
            "passwd>",
            "pwd>",
            "passphrase>",
            "secret>",
            "apikey>",
            "api_key>",
            "token>"
        ],
        "entropy": 2.5,
        "allow": [
            "^\\{[A-Za-z0-9+/=]{8,}\\}$",
            "^\\$\\{?[A-Za-z_]",
            "^\\{\\{",
            "^%[A-Za-z_]+%$",
            "^@",
            "^#\\{",
            "(?i)^(?:your[_-]?|my[_-]?)?(?:password|passwd|pwd|pass|passphrase|secret|client_?secret|api_?key|token|changeme)$"
        ],
        "severity": "medium",
        "tests": {
            "positives": [
                "<password>{alnum:10}7!</password>",
                "<Pass encoding=\"base64\">{b64:16}</Pass>",
                "<secret>{alnum:24}</secret>",
                "    <yelp.apiKey>{alnum:20}_{alnum:40}</yelp.apiKey>",
                "    <mixpanel.serviceSecret>{alnum:31}7</mixpanel.serviceSecret>",
                "<appClientSecret>{alnum:31}7</appClientSecret>"
            ],
            "negatives": [
                "<password>password</password>",
                "<password>yourPassword</password>",
                "<token>TOKEN</token>",
                "<password>${DB_PASSWORD}</password>",
                "<password>changeme</password>",
                "<password></password>",
                "<password>{{ .Values.pw }}</password>",
                "<bypass>localhost-only</bypass>",
                "    <NextToken>mynexttoken2</NextToken>",
                "    <clientToken>{alnum:6}1342112125076</clientToken>",
                "<nextToken>next_token</nextToken>",
                "<db.password>${db.password}</db.password>",
                "<csrfTokenHeader>X-CSRF-TOKEN</csrfTokenHeader>"
            ]
        }
    },
    {
        "id": "xml-named-credential-element",
        "description": "Credential in an XML element whose name or key attribute names it (<property name=\"hibernate.connection.password\">…</property>)",
        "regex": "(?i)<([\\w.:-]{1,40})\\s[^<>]{0,200}?\\b(?:name|key)\\s*=\\s*[\"'][^\"'<>]{0,80}(?:password|passwd|pwd|passphrase|secret|token|api[_.-]?key|private[_.-]?key|access[_.-]?key)[^\"'<>]{0,40}[\"'][^<>]{0,200}>([^<\\s](?:[^<\\n]{0,198}[^<\\s])?)</\\1>",
        "keywords": [
            "name=",
            "key=",
            "name =",
            "key ="
        ],
        "entropy": 2.5,
        "allow": [
            "^[A-Za-z]+(?:[ ,’'-]+[A-Za-z]+){2,}[.?!:…]?$",
            "^[A-Z][a-z]+(?:[ ,’'-]+[A-Za-z]+)*[.!?…](?: [A-Z][a-z]+(?:[ ,’'-]+[A-Za-z]+)*[.!?…]?)*$",
            "^[A-Z][a-z]+(?: [a-z]+)+:?$",
            "^\\$\\{?[A-Za-z_]",
            "^\\{\\{",
            "^%[A-Za-z_]+%$",
            "^#\\{",
            "^@[A-Za-z_]",
            "^[a-z]+://",
            "(?i)^(?:true|false|none|null|\\d+)$"
        ],
        "secret-group": 2,
        "severity": "medium",
        "generic": true,
        "tests": {
            "positives": [
                "<property name=\"hibernate.connection.password\">2ZLQ;#{alnum:8}-osA+d</property>",
                "  <entry key=\"api.secret\">{alnum:20}7</entry>",
                "<param name=\"token\" value=\"x\">{alnum:24}9</param>",
                "<property name=\"hibernate.connection.password\">correct.horse battery! staple</property>"
            ],
            "negatives": [
                "<string name=\"error_wrong_password\">Wrong password. Try again.</string>",
                "<string name=\"api_key_invalid\">The API key is invalid</string>",
                "<string name=\"secret_question_hint\">What was your first pet's name?</string>",
                "<property name=\"hibernate.connection.password\">${db.password}</property>",
                "<property name=\"hibernate.connection.username\">sa</property>",
                "<entry key=\"token.ttl\">3600</entry>",
                "<property name=\"password.policy.min\">12</property>",
                "<property name=\"token.url\">https://auth.example.com/token</property>",
                "<property name=\"hibernate.connection.password\"></property>"
            ]
        }
    },
    {
        "id": "generic-api-key",
        "description": "High-entropy value assigned to a secret-like name",
        "regex": "(?i)(?<!(?:hashed|encrypted)[_.-]?)(?<!\\b(?:AWS|Alexa|Custom)::[a-z0-9]{1,60}::[a-z0-9]{0,40})(?:secret|(?<!(?:next|next[_.-]?page|continuation|pagination|sync|forward|backward)[_.-]?)token(?!iz)|api[_.-]?key|apikey|access[_.-]?key|auth[_.-]?key|client[_.-]?secret|private[_.-]?key|credential)s?(?:[a-z0-9]{1,12})?(?:[_.-][a-z0-9]{1,12}){0,2}(?<!private[_.-]?key[_.-]?id)(?<![_.-](?:hash|hashed|digest|sha|sha1|sha256|sha512|md5|fingerprint|checksum|commit|revision|name|names|type|header|field|label|url|uri|path|file|ttl|length|prefix|format|param|hint|placeholder))(?:\\\\?[\"'])?\\]?(?:\\[\\])?(?:\\s{0,3}:\\s{0,3}&?(?:'static\\s{1,3})?[A-Za-z_][\\w:<>\\[\\]]{0,30}(?=\\s{0,3}=))?\\s{0,5}(?::=|=>|[:=]|\\|\\|=|\\?\\?=)\\s{0,5}(?:JSON\\.stringify\\(\\s{0,3}|[Ff]ield\\(\\s{0,3}default\\s{0,3}=\\s{0,3})?[rbfu@]?\\\\?[\"'`]((?=[^\"'`]{0,255}[0-9])(?=[^\"'`]{0,255}[A-Za-z])[A-Za-z0-9_./+~=!@#$%^&*-]{16,2048})\\\\?[\"'`]",
        "keywords": [
            "secret",
            "token",
            "api_key",
            "apikey",
            "api-key",
            "api.key",
            "access_key",
            "accesskey",
            "access-key",
            "access.key",
            "auth_key",
            "authkey",
            "auth-key",
            "private_key",
            "privatekey",
            "private-key",
            "credential"
        ],
        "entropy": 3.7,
        "allow": [
            "^phc_",
            "^(?:live|test)_[0-9a-f]{27}$",
            "^eyJ[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]*\\.$",
            "^eyJ[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]*\\.[a-z-]*(?:fake|signature|invalid|dummy|test)[a-z-]*$",
            "^0x[0-9a-fA-F]{40}$",
            "^pk\\.eyJ[A-Za-z0-9_-]+(?:\\.[A-Za-z0-9_-]+)?$",
            "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$",
            "(?i)^[a-z]{1,12}(?:[._-][a-z0-9]{1,12})+$",
            "^[A-Z]+(?:_[A-Z0-9]+)+$",
            "^(?:sha\\d+|md5)[-:]",
            "^[a-z]+://",
            "^\\$\\{?[A-Za-z_]",
            "^[^/]*/[^/]+/",
            "\\.(?:js|ts|json|ya?ml|png|svg|html|css|txt|md|pem|key)$",
            "^(?:2YotnFZFEjr1zCsicMWpAA|tGzv3JOkF0XG5Qx2TlKWIA)$"
        ],
        "severity": "medium",
        "generic": true,
        "tests": {
            "positives": [
                "const apiKey = \"{alnum:32}\";",
                "client_secret: \"{alnum:40}\"",
                "\"authToken\": \"{b64url:48}\"",
                "SECRET_KEY = '{alnum:50}'",
                "\"client_secret\": \"{hex:40}\"",
                "GITHUB_WEBHOOK_SECRET = \"{hex:40}\"",
                "const API_TOKEN: &str = \"{alnum:24}7\";",
                "static NSString *const kClientSecret = @\"{alnum:22}4\";",
                "private val apiToken: String = \"{alnum:20}9\"",
                "    'process.env.COMPOSIO_API_KEY': JSON.stringify('{alnum:31}7'),",
                "process.env.hasuraAdminSecret ??= '{alnum:31}7';",
                "constexpr char kJcApiKey[] = \"jca_{alnum:35}7\";",
                "    token: str = field(default=\"ion_{alnum:41}7\", repr=False)",
                "    \"refreshToken\": \"0.AX0A{b64url:780}\",",
                "const std::string AppConfig::apiToken = \"{alnum:31}7\";",
                "  fbPageToken: '{alnum:40}7',",
                "const pageSecret = \"{alnum:24}7\";"
            ],
            "negatives": [
                "posthog = Posthog(project_api_key='phc_{alnum:43}', host='https://eu.i.posthog.com')",
                "Paddle.Initialize({ token: 'live_{hex:27}' })",
                "    token = \"eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiAidXNlci0xIn0.\"",
                "  \"Token\": \"0x{hex:40}\",",
                "tokenizer_class = \"Qwen2TokenizerFast\"",
                "mapboxgl.accessToken = 'pk.eyJ{b64url:40}';",
                "datadogRum.init({ applicationId: \"{uuid}\", clientToken: \"pub{hex:32}\", site: \"datadoghq.com\" })",
                "const token: string = getToken(\"{alnum:24}7\")",
                "url = f\"https://api.example.com/{token}/{secret_id_value_x}\"",
                "mapboxgl.accessToken = \"pk.eyJ{b64url:60}.{b64url:22}\";",
                "token = \"{same:32}\"",
                "const tokenType = \"punctuation_marker\"",
                "api_key = \"${API_KEY}\"",
                "secret: \"<your-secret-here>\"",
                "token = getToken()",
                "secret_name = \"projects/demo/secrets/db\"",
                "api_key = \"your_api_key_here_12345\"",
                "token: \"changeme-changeme-123\"",
                "SECRET_HEADER = \"X-Hub-Signature-256\"",
                "  \"private_key_id\": \"{hex:40}\",",
                "{\"type\": \"service_account\", \"privateKeyId\": \"{hex:40}\"}",
                "\"hashed_token\": \"{hex:64}\",",
                "token_sha256 = \"{hex:64}\"",
                "  \"csrf_token_name\": \"csrf_token_2024!\",",
                "SECRET_TYPE = \"kubernetes.io/tls-2024!\"",
                "ENCRYPTED_API_KEY: \"CiQA{b64:60}7==\"",
                "        \"NextToken\": \"{alnum:40}9Q\"",
                "    \"AWS::ApiGateway::ApiKey\": \"{hex:16}\",",
                "  nextPageToken: \"{alnum:30}7x\"",
                "  \"tokenExpiresAt\": \"2022-03-16T03:45:09+00:00\",",
                "        \"NextToken\": \"abCDeFGhiJKlmnOPqrSTuvwxYZ1aBCdEFghijK7LM51nOpqRSTuv3WxY3ZabC5dEFGhI2Jk3LmnoPQ6RST9\""
            ]
        }
    },
    {
        "id": "api-key-http-header",
        "description": "API key or token sent in an HTTP header (curl -H, HTTP files, proxy configs)",
        "regex": "(?i)(?<![A-Za-z0-9_-])(?:x-api-key|x-apikey|api-key|apikey|x-auth-token|x-access-token|x-api-token|private-token|authorization:\\s{0,3}token)\\s{0,3}(?::|\\s)\\s{0,3}([A-Za-z0-9_\\-.=+/~]{16,200})(?![A-Za-z0-9_\\-.=+/~])|[\"'](?:x-)?(?:[a-z0-9]{1,20}-){0,3}(?:api[-_]?key|api[-_]?token|auth[-_]?token|access[-_]?token|secret[-_]?key|private[-_]?token|apikey|subscription-key)[\"']\\s{0,3},\\s{0,3}[\"']((?=[^\"'\\s]{0,199}[0-9])(?=[^\"'\\s]{0,199}[a-z])[A-Za-z0-9_.+/=-]{16,200})[\"']|[\"']authorization[\"']\\s{0,3}[,:]\\s{0,3}[\"']token\\s{1,3}([A-Za-z0-9_.-]{20,200})[\"']",
        "keywords": [
            "x-api-key",
            "x-apikey",
            "api-key",
            "apikey",
            "x-auth-token",
            "x-access-token",
            "x-api-token",
            "private-token",
            "authorization: token",
            "authorization:token",
            "api_key",
            "api-token",
            "api_token",
            "auth-token",
            "auth_token",
            "access-token",
            "access_token",
            "secret-key",
            "secret_key",
            "subscription-key",
            "authorization"
        ],
        "entropy": 3.2,
        "allow": [
            "^--[a-z][a-z0-9-]*(?:=|$)",
            "^\\$",
            "^\\{\\{",
            "(?i)^(?:your|my|the)[_-]",
            "^[A-Z][A-Z0-9_]*$",
            "^[A-Za-z_$][\\w$]*(?:\\??\\.[A-Za-z_$][\\w$]*)+!?$"
        ],
        "severity": "medium",
        "generic": true,
        "tests": {
            "positives": [
                "curl -H \"X-API-Key: -k{b64url:30}7\" https://api.example.com",
                "curl -H \"X-API-Key: {alnum:21}7\" https://api.example.com/v1/items",
                "curl -H 'Authorization: Token {hex:40}' https://api.example.com/",
                "GET https://api.example.com/v1\nx-api-key: {alnum:32}",
                "curl --header \"PRIVATE-TOKEN: {alnum:20}9x\" \"https://gitlab.example.com/api/v4/projects\"",
                "client.DefaultRequestHeaders.Add(\"X-Api-Key\", \"sk-{alnum:47}7\");",
                "xhr.setRequestHeader(\"x-api-key\", \"{alnum:31}7\");",
                "  .header(\"X-Auth-Token\", \"{hex:32}\")",
                "conn.request('GET', '/', headers={'Authorization': 'Token {hex:40}'})",
                "request.Headers.Add(\"Ocp-Apim-Subscription-Key\", \"{hex:32}\");"
            ],
            "negatives": [
                "curl -H \"X-API-Key: $API_KEY\" https://api.example.com",
                "curl -H \"X-API-Key: {{apiKey}}\" https://api.example.com",
                "headers: { 'x-api-key': process.env.API_KEY }",
                "curl -H \"X-API-Key: YOUR_API_KEY\" https://api.example.com",
                "The api-key header is required for every request",
                "export const config = { apiKey: process.env.API_KEY };",
                "const client = new Api({ apiKey: config.vendor.apiKey, retries: 3 })",
                "apiKey: process.env.STRIPE_API_KEY!,",
                "client.DefaultRequestHeaders.Add(\"X-Api-Key\", apiKey);",
                "xhr.setRequestHeader(\"x-api-key\", \"{{apiKey}}\");",
                ".header(\"X-Auth-Token\", \"X-Auth-Token-Value\")",
                "headers={'Authorization': 'Token ' + token}",
                "kubectl create secret generic api-key --from-literal=API_KEY=\"$API_KEY\""
            ]
        }
    },
    {
        "id": "c-define-secret",
        "description": "Secret in a C/C++/Objective-C preprocessor define or string constant",
        "regex": "#\\s{0,3}define\\s{1,5}[A-Za-z0-9_]{0,80}(?:SECRET|Secret|secret|TOKEN|Token|token|API_?KEY|ApiKey|apiKey|PASSWORD|Password|password|PASSWD|_PASS(?=\\s)|_PWD(?=\\s)|_PSK(?=\\s)|ACCESS_?KEY|PRIVATE_?KEY|_SK(?=\\s))[A-Za-z0-9_]{0,40}\\s{1,10}(?:@|L|u8|u|U)?\"((?=[^\"]{0,255}[0-9])(?=[^\"]{0,255}[A-Za-z])[^\"\\s]{8,200})\"",
        "keywords": [
            "define"
        ],
        "entropy": 3,
        "allow": [
            "^/",
            "^v?\\d+(?:\\.\\d+)+",
            "^[a-z]+(?:_[a-z0-9]+)+$"
        ],
        "severity": "medium",
        "generic": true,
        "tests": {
            "positives": [
                "#define HUAWEICLOUD_SDK_SK \"{alnum:39}2\"",
                "#define API_SECRET \"{alnum:18}4\"",
                "#define kClientSecret @\"{alnum:24}9\"",
                "#  define GITHUB_TOKEN \"{alnum:30}1\"",
                "#define MQTT_PASS \"{alnum:15}7\"",
                "#define WIFI_PASSWORD \"Canyon2024!\""
            ],
            "negatives": [
                "#define TEST_PWD \"/tmp/build_dir2\"",
                "#define RENDER_PASS \"shadow_pass1\"",
                "#define TOKEN_VERSION \"v2.1.0-beta\"",
                "#define MAX_SKIP_COUNT \"{alnum:14}7\"",
                "#define API_SECRET_LEN 32",
                "#define TOKEN_HEADER \"X-Auth-Token\"",
                "#define API_KEY getenv(\"API_KEY\")",
                "#define PASSWORD_PROMPT \"Enter password: \"",
                "#define SECRET_KEY \"{same:20}\"",
                "#define MQTT_PASS_LEN \"16\"",
                "#define WIFI_PASSWORD \"changeme\""
            ]
        }
    },
    {
        "id": "dotenv-password-value",
        "description": "Password in a .env file whose value holds characters other rules stop at (quotes, brackets, commas, spaces)",
        "regex": "(?i)^[ \\t]*(?:export[ \\t]+)?[A-Z0-9_.]{0,80}(?:PASSWORD|PASSWD|PASSPHRASE|PWD|_PASS|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY)[A-Z0-9_.]{0,80}[ \\t]*=[ \\t]*([\"']?)((?![\"'])(?=[^\\n]{0,255}[A-Za-z])(?=[^\\n]{0,255}[0-9!@#%^*?~+=])(?:(?=[^\\n]{0,255}?[\\s\"'`;,(){}\\[\\]<>|](?![\"']?[ \\t]*$))|[&@]|(?<=')\\$(?![{(])|[$%](?![A-Za-z_{(][A-Za-z0-9_]*[})]?\\1[ \\t]*$))[^\\n]{6,200}?)\\1[ \\t]*$",
        "keywords": [
            "password",
            "passwd",
            "passphrase",
            "pwd",
            "pass",
            "secret",
            "token",
            "api_key",
            "apikey",
            "private_key",
            "privatekey",
            "access_key",
            "accesskey"
        ],
        "entropy": 2.5,
        "allow": [
            "^\\$\\{",
            "^\\$\\(",
            "^%[A-Za-z_]\\w*%$",
            "^\\{\\{",
            "^#\\{",
            "^[a-z]+://"
        ],
        "secret-group": 2,
        "severity": "medium",
        "generic": true,
        "paths": "(?:^|/)\\.env(?:\\.[^/]*)?$",
        "tests": {
            "path": "config/.env",
            "positives": [
                "DB_PASSWORD=Kq9'{alnum:8}!x",
                "DB_PASSWORD=Kq9({alnum:8}!x",
                "DB_PASSWORD=Kq9,{alnum:8};x",
                "API_SECRET=Kq9 {alnum:8}!x",
                "DB_PASSWORD=\"Kq9'{alnum:8}!x\"",
                "export APP_TOKEN=&{alnum:10}7",
                "DB_PASSWORD=@{alnum:10}7",
                "DB_PASSWORD={Kq9{alnum:8}!}",
                "SMTP_PASSWORD='$DBg{alnum:8}9'"
            ],
            "negatives": [
                "DB_PASSWORD=${DB_PASSWORD}",
                "DB_PASSWORD=$DB_PASSWORD",
                "DB_PASSWORD=changeme",
                "DB_PASSWORD=\"<your password>\"",
                "DB_PASSWORD=Kq9{alnum:8}!x",
                "DB_PASSWORD=\"Kq9{alnum:8}!x\"",
                "DB_PASSWORD=your password here 1",
                "DB_PASSWORD={{ db_password }}",
                "DB_PASSWORD=%DB_PASSWORD%",
                "SMTP_PASSWORD='$SMTP_PASSWORD'",
                "SMTP_PASSWORD='${SMTP_PASSWORD}'"
            ]
        }
    },
    {
        "id": "config-password-value",
        "description": "Password or secret in a configuration file (YAML, properties, INI, Makefile, Dockerfile) whose value holds characters other rules stop at",
        "regex": "(?i)^[ \\t]*(?:-[ \\t]+)?(?:(?:export|ARG|ENV)[ \\t]+)?[\"']?(?:%[a-z0-9_,-]{1,30}\\.)?((?:[a-z0-9_.-]{0,80}(?:password|passwd|passphrase|pwd|_pass|secret|token|api_?key|apikey|private_?key|access_?key)[a-z0-9_.-]{0,80}))(?<!(?:file|path|policy|length|min|max|regex|pattern|hint|label|field|prompt|rules?|expiry|expiration|expires|hash|digest|url|uri|endpoint|name|type|header|ttl|timeout|enabled|required|reset|subject|message|text|title|description|help|error|id|version|len|size|count|mode|format|algorithm|method|strategy|provider|store|source|ref|env|var|izer|limit|max_tokens)s?)[\"']?[ \\t]*(?::=|\\?=|\\+=|:(?=[ \\t])|=)[ \\t]*(\"\"\"|[\"']?)((?![\\s\"'\\[{*&!])(?![^\\n]*\\s[#;])(?=[^\\n]{0,255}[A-Za-z])(?=[^\\n]{0,255}[0-9!@#%^*?~+=])(?:(?=[^\\n]{0,255}?(?:[`;,(){}\\[\\]<>|]|\\s(?=\\S)|[\"'](?![\"']?[ \\t]*$)))|(?=[^\\n]{0,255}[0-9])(?=[^\\n]{0,255}[!@#$%^&*?~+=])(?=[^\\s\"']{8,}[\"']?[ \\t]*$))[^\\n]{6,200}?)\\2[ \\t]*$",
        "keywords": [
            "password",
            "passwd",
            "passphrase",
            "pwd",
            "pass",
            "secret",
            "token",
            "api_key",
            "apikey",
            "private_key",
            "privatekey",
            "access_key",
            "accesskey"
        ],
        "entropy": 2.5,
        "allow": [
            "^\\$\\{",
            "^\\$\\(",
            "^%[A-Za-z_]\\w*%$",
            "^\\{\\{",
            "^#\\{",
            "^<%",
            "^[a-z]+://",
            "^ENC\\[",
            "^ENC\\(",
            "^vault:",
            "^arn:"
        ],
        "secret-group": 3,
        "severity": "medium",
        "generic": true,
        "paths": "^(?!(?:.*/)?(?:locales?|i18n|l10n|lang|langs|translations?)/)(?:.*/)?(?:[^/]*\\.(?:ya?ml|ini|cfg|conf|cnf|properties|mk)|Makefile|GNUmakefile|Dockerfile(?:\\.[^/]*)?|[^/]*\\.dockerfile)$",
        "tests": {
            "path": "config/app.yml",
            "positives": [
                "  password: ee,m}d{alnum:6}w{aM@}|",
                "database:\n  password: Kq9({alnum:8}!x",
                "      - POSTGRES_PASSWORD=(xmQN2{alnum:6}|-7~C3$",
                "spring.datasource.password=E;LCg[9P{alnum:6}H]BV",
                "password = BY)F5){alnum:6}=]@*F",
                "DB_PASSWORD := wNX3I(Y(R[{alnum:6}9o!+",
                "ARG NPM_TOKEN=BbI_m.Up{alnum:6}1^lf;",
                "  api_key: k3T<{alnum:10}9",
                "secret_key = (kW_x{&gY7{alnum:6}3X&",
                "[auth]\nsecret_key = 9538m68GEq!VHan5",
                "%prod.quarkus.datasource.password=Xk29!v{alnum:6}",
                "password = \"\"\"rjYw{alnum:6}^8Mw-VvrL2ebW\"\"\""
            ],
            "negatives": [
                "  password: \"pbkdf2:sha256:600000${alnum:16}${hex:64}\"",
                "  password: \"$pbkdf2-sha256$29000${b64:22}${b64:43}\"",
                "  password: \"$P$B{alnum:30}\"",
                "  password_digest: \"$argon2id$v=19$m=65536,t=3,p=4${b64:22}${b64:43}\"",
                "  password: \"$2b$12${alnum:53}\"",
                "  password: ${DB_PASSWORD}",
                "  password: [a, b]",
                "  password: *db_password",
                "  password: !vault |",
                "  password_policy: min=12, upper, lower",
                "  password_reset_subject: Reset your password (expires in 24h)",
                "  token_endpoint: https://auth.example.com/token?x=1",
                "  secret_file: /run/secrets/db (mounted 0400)",
                "  password: your password here 1",
                "  password: {{ .Values.db.password }}"
            ]
        }
    },
    {
        "id": "generic-env-secret",
        "description": "High-entropy value assigned to a secret-like environment variable",
        "regex": "(?:^|[\\[\"'`])\\s*(?:(?:#|//|--|;)\\s*)?(?:export\\s+|Environment=)?[A-Z0-9_]{0,80}(?:SECRET|TOKEN(?!IZ|_CLASSIF)|(?:API|ACCESS|PRIVATE|HMAC|SIGNING|ENCRYPTION|MASTER|WRITE)_?KEY|PASSWORD|PASSWD|CREDENTIALS?)[A-Z0-9_]{0,80}(?<!_(?:FILE|PATH|DIR))\\s*=\\s*(?!(?<=_(?:SHA\\d{0,3}|SHA\\d{0,3}SUM|MD5|MD5SUM|HASH|DIGEST|FINGERPRINT|CHECKSUM)\\s*=\\s*)(?:[\\w./:-]{1,200}@)?(?:sha\\d{1,3}[:-])?(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{56}|[0-9a-f]{64}|[0-9a-f]{96}|[0-9a-f]{128}|[0-9A-F]{32}|[0-9A-F]{40}|[0-9A-F]{56}|[0-9A-F]{64}|[0-9A-F]{96}|[0-9A-F]{128})(?![^\\s\"'#$`]))([^\\s\"'#$`]{16,1024})(?:\\s*$|[\"'`]{1,2}[ \\t]*(?:[,\\]}].*)?$)",
        "keywords": [
            "secret",
            "token",
            "apikey",
            "api_key",
            "accesskey",
            "access_key",
            "password",
            "passwd",
            "privatekey",
            "private_key",
            "credential",
            "hmac",
            "signing_key",
            "signingkey",
            "encryption_key",
            "encryptionkey",
            "master_key",
            "masterkey",
            "write_key",
            "writekey"
        ],
        "entropy": 3.7,
        "allow": [
            "(?i)^(?:0x)?(?:your|my|the|insert|replace|enter|put)[_-]",
            "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$",
            "^[a-z]+://",
            "^[A-Za-z_.-]+$",
            "^[A-Za-z_][\\w.]*\\((?:[^()]*\\))?$"
        ],
        "severity": "medium",
        "generic": true,
        "tests": {
            "positives": [
                "ADYEN_HMAC_KEY={HEX:64}",
                "MY_SERVICE_TOKEN={alnum:31}5",
                "export DB_PASSWORD={alnum:19}2",
                "# OLD_API_KEY={alnum:31}8",
                "  \"runArgs\": [\"--env\", \"API_TOKEN={alnum:28}\"],",
                "SEGMENT_WRITE_KEY={alnum:31}3",
                "AIVEN_TOKEN={b64:371}1",
                "Environment=REDIS_PASSWORD=sE-{alnum:12}^NPf",
                "WEBHOOK_SECRET_SHA256={alnum:36}"
            ],
            "negatives": [
                "    API_TOKEN_FILE = config.age.secrets.api-token.path;",
                "MODEL_FOR_TOKEN_CLASSIFICATION_MAPPING = _LazyAutoMapping(",
                "_INTERNAL_CALL_TOKEN = secrets.token_hex(16)",
                "NEXT_PUBLIC_MAPBOX_TOKEN=pk.eyJ1{b64url:60}.{b64url:22}",
                "STRIPE_PUBLISHABLE_TOKEN=pk_live_{alnum:99}",
                "MY_SERVICE_TOKEN=",
                "MY_SERVICE_TOKEN=changeme",
                "MY_SERVICE_TOKEN=${OTHER}",
                "MY_TOKEN_PATH=/var/run/secrets/token",
                "  \"Env\": [\"API_TOKEN=\" + token],",
                "Environment=REDIS_PASSWORD_FILE=/run/credentials/api.service/redis",
                "Environment=API_TOKEN=%d/api-token",
                "ETH_PRIVATE_KEY=0xYOUR_PRIVATE_KEY",
                "API_TOKEN=insert-your-token-here",
                "API_KEY_SHA256={hex:64}",
                "SIGNING_KEY_FINGERPRINT={HEX:40}",
                "SECRETS_SYNC_IMAGE_DIGEST=sha256:{hex:64}",
                "SECRETS_IMAGE_DIGEST=ghcr.io/acme/secrets-sync@sha256:{hex:64}",
                "TOKEN_BUNDLE_SHA384={hex:96}",
                "SECRET_ARCHIVE_CHECKSUM=sha512-{hex:128}"
            ]
        }
    },
    {
        "id": "generic-yaml-secret",
        "description": "High-entropy unquoted YAML value under a secret-like key",
        "regex": "(?i)(?:^|[\\[\"'`])\\s*(?:-\\s+)?(?:[a-z0-9_.-]{1,60}:(?=[a-z]))?[a-z0-9_-]{0,80}(?:secret|token(?!iz)|api[_-]?key|apikey|access[_-]?key|auth[_-]?key|password|passwd|credential)s?[a-z0-9_-]{0,80}:[ \\t]+((?=[^\\s#]{0,255}[0-9])(?=[^\\s#]{0,255}[A-Za-z])[A-Za-z0-9_+/=~-]{20,200})(?:[ \\t]*(?:#.*)?$|[\"'`]{1,2}[ \\t]*(?:[,\\]}].*)?$)",
        "keywords": [
            "secret",
            "token",
            "api_key",
            "apikey",
            "api-key",
            "access_key",
            "access-key",
            "auth_key",
            "auth-key",
            "password",
            "passwd",
            "credential"
        ],
        "entropy": 4,
        "allow": [
            "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$",
            "^[0-9a-f]{40}$|^[0-9a-f]{64}$",
            "(?i)^[a-z]{1,12}(?:[_-][a-z0-9]{1,12})+$",
            "^[A-Z]+(?:_[A-Z0-9]+)+$"
        ],
        "severity": "medium",
        "generic": true,
        "tests": {
            "positives": [
                "client_secret: {alnum:40}",
                "stringData:\n  API_TOKEN: {alnum:40}7",
                "  db-password: {alnum:24}  # rotated",
                "  app:datadogApiKey: {hex:32}"
            ],
            "negatives": [
                "client_secret: ${CLIENT_SECRET}",
                "token: ${{ secrets.GITHUB_TOKEN }}",
                "secret_name: projects-demo-secrets-db-v2",
                "api_key: process.env.API_KEY",
                "token: {hex:40}",
                "secretRef: my-app-secret-ref-name-2024",
                "password: changeme-changeme-123",
                "  token: someIdentifierValue12345,"
            ]
        }
    },
    {
        "id": "generic-password",
        "description": "Password literal assigned to a password field",
        "regex": "(?i)(?:password|passwd|passphrase|pwd)(?:[_.-]?[a-z0-9]{1,12}){0,2}\\\\?[\"'\\]]?\\s{0,5}(?::=|=>|[:=])\\s{0,5}\\\\?[\"'`]((?=[^\"'`]{0,255}[0-9!@#$%^&*])(?=[^\"'`]{0,255}[A-Za-z])(?:[^\"'`\\s\\\\]|\\\\(?![\"'`])){10,100})\\\\?[\"'`]",
        "keywords": [
            "password",
            "passwd",
            "passphrase",
            "pwd"
        ],
        "entropy": 3.3,
        "allow": [
            "(?i)^[a-z]{1,12}(?:[._-][a-z0-9]{1,12})+$",
            "^\\$\\{?[A-Za-z_]",
            "^\\{\\{",
            "^%\\(",
            "^(?:sha\\d+|md5|bcrypt)[-:$]",
            "^(?:[a-z_]+(?::[\\w,.]+)?\\|)+[a-z_]+(?::[\\w,.]+)?$",
            "^\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}",
            "^[A-Za-z]:[\\\\/][\\w .\\\\/-]*$"
        ],
        "severity": "medium",
        "generic": true,
        "tests": {
            "positives": [
                "password: \"{alnum:15}7\"",
                "DB_PASSWORD = '{alnum:14}!'"
            ],
            "negatives": [
                "      \"password\": \"pbkdf2_sha256$720000${alnum:22}${b64:43}=\",",
                "pwd = \"C:/Users/jdoe/Desktop/Analysis_2020\"",
                "pwd = \"D:\\\\Projects\\\\survey_2021\"",
                "\"PasswordLastUsed\": \"2016-09-08T21:47:36Z\",",
                "'password' => 'required|min:12|confirmed',",
                "password: \"${DB_PASSWORD}\"",
                "password = \"changeme123\"",
                "password: \"password123\"",
                "password_field = \"user.password_hash\"",
                "password: \"<password>\"",
                "  \"templates\": { \"password_reset\": \"d-{hex:32}\", \"welcome\": \"d-{hex:32}\" }"
            ]
        }
    },
    {
        "id": "login-pair-note",
        "description": "A user and password written as a pair in a note or comment (login: user / password)",
        "regex": "(?i)(?:\\b(?:login|logon|credentials?|creds)\\s{0,3}[:=]\\s{0,3}[\\w.@+-]{2,64}(?:\\s{1,3}/\\s{1,3}|\\s\\|\\s)|\\b(?:log|sign)[ -]?in\\s{1,3}(?:with|as|using)\\s{1,3}`[\\w.@+-]{2,64}`\\s{1,3}(?:/|and)\\s{1,3}`)((?=[^\\s/'\"`<>]{0,63}[0-9])(?=[^\\s/'\"`<>]{0,63}[A-Za-z])[^\\s/'\"`<>${}()\\[\\]]{8,64})(?![^\\s/'\"`])",
        "keywords": [
            "login",
            "logon",
            "credential",
            "creds",
            "log in",
            "log-in",
            "sign in",
            "sign-in"
        ],
        "entropy": 2.8,
        "allow": [
            "%[sdif(]",
            "\\.(?:json|ya?ml|pem|key|txt|crt)$",
            "(?i)^(?:password|passw0rd|changeme|secret)\\d*$",
            "(?i)^(?:your|my|the)[_-]",
            "^\\*+$"
        ],
        "severity": "medium",
        "generic": true,
        "tests": {
            "positives": [
                "Login with `admin` / `{alnum:6}+x1v%L9`",
                "Log in with `admin` / `{alnum:11}7!` on the staging console.",
                "    # prod login: sync_user / Orion-1999Q  (TODO move to vault)",
                "// creds: admin / {alnum:10}7",
                "Staging login = deploy@acme.test / {alnum:9}4!"
            ],
            "negatives": [
                "Log in with `admin` / `<password>`.",
                "credentials: config/service-account-2023.json",
                "login: auth/callback_v2",
                "# login: admin / <password>",
                "# default login: admin / password123",
                "login: /api/v1/login / 2024",
                "# see login: docs / {alnum:3}",
                "login: user / ${PASSWORD}",
                "credentials: ~/.aws/credentials",
                "Login - Home / Dashboard2024",
                "# login: admin / admin"
            ]
        }
    },
    {
        "id": "password-assignment",
        "description": "Password assigned in a config file (INI, YAML, JSON, XML attribute, properties, shell, PHP define)",
        "regex": "(?i)(?:(?:^|[^a-z0-9])(?:(?:[a-z0-9_.-]{0,80}(?:password|passwd|passphrase|pwd)s?|[a-z0-9_.-]{0,80}[_.-]pass|pass)(?:\\\\?[\"'])?\\]?(?:[ \\t]{0,3}:[ \\t]{0,3}&?(?:'static[ \\t]{1,3})?[A-Za-z_][\\w.<>\\[\\]?]{0,30}(?=[ \\t]{0,3}=[^=]))?[ \\t]{0,40}(?::=|=>|[:=])|\\\\?[\"'](?:[a-z0-9_.-]{0,80}(?:password|passwd|passphrase|pwd)s?|[a-z0-9_.-]{0,80}[_.-]pass|pass)\\\\?[\"'][ \\t]{0,5},)[ \\t]{0,40}[rbfu@]?\\\\?[\"'`]((?=[^\"'`]{0,255}[A-Za-z])(?=[^\"'`]{0,255}[0-9!@#$%^&*?~+=])(?:[^\"'`\\s\\\\]|\\\\(?![\"'`])|[ ](?=[^\"'`\\s])){6,128})\\\\?[\"'`]|(?:^|[\\[\"'`])\\s*(?:(?:#|//|--|;)\\s*)?(?:-\\s+[\"']?)?(?:(?:export|set|readonly|declare|ENV|ARG)\\s+)?[\"']?[a-z0-9_.:-]{0,80}(?:(?:password|passwd|passphrase|pwd)s?|[_.-]pass)[\"']?\\s*(?::=|\\?=|\\+=|[:=])\\s*((?=[^\\s\"']{0,255}[A-Za-z])(?=[^\\s\"']{0,255}[0-9!@#$%^&*?~+=])[^\\s\"'`;,(){}\\[\\]<>|]{6,128})(?:[\"']?\\s*(?:[#;].*)?$|[\"'`]{1,2}[ \\t]*(?:[,\\]}].*)?$))",
        "keywords": [
            "password",
            "passwd",
            "passphrase",
            "pwd",
            "pass"
        ],
        "entropy": 2.2,
        "allow": [
            "^(?=[^ ]* )[^0-9]*$",
            "(?i)(?=[^ ]* )(?:^|[ ._-])(?:not|must|cannot|can|used|use|for|and|with|set|yet|contain|contains|the|your|enter|is|be|should|will|only|please|change|match|of|to|an|at|least|new|old|same|as|here|characters?|chars|digits?|letters?|min|max|required|invalid|minimum|maximum)(?:[ ._-]|$)",
            "(?i)^[a-z]*(?:\\\\u00[c-f][0-9a-f][a-z]*)+$",
            "^\\$",
            "^%[\\w(]",
            "^%\\{",
            "^0x[0-9A-Fa-f]+$",
            "^-?[0-9.]+$",
            "^\\{\\{",
            "^#\\{",
            "^@",
            "^&",
            "^\\*+$",
            "(?i)^(?:true|false|null|none|nil|undefined|required|optional)$",
            "^(?:[a-z_$][a-z0-9_]*(?:[A-Z][a-z]+[0-9]*)*|(?:[A-Z][a-z]+[0-9]*)+|[A-Z][A-Z0-9_]*)(?:\\.(?:[a-z_$][a-z0-9_]*(?:[A-Z][a-z]+[0-9]*)*|(?:[A-Z][a-z]+[0-9]*)+|[A-Z][A-Z0-9_]*))+$",
            "^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$",
            "(?i)^(?:sha\\d+|md5|bcrypt|argon2\\w*|scrypt|pbkdf2\\w*)[-:$]",
            "^[a-z]+://",
            "password|Password|PASSWORD",
            "^[A-Z][a-z]+(?:[A-Z][a-z]+)*!$",
            "^[a-z]{3,}[!.?]$",
            "^[a-z_][a-z_]*[0-9]*(?:\\.[A-Za-z_][a-z_]*[0-9]*)+$"
        ],
        "severity": "medium",
        "generic": true,
        "requires": [
            ":",
            "=",
            ","
        ],
        "tests": {
            "positives": [
                "[database]\npassword = Falcon{digits:4}!",
                "mysql_root_passwd: {alnum:10}7",
                "db:\n  pwd: {alnum:9}#",
                "<user username=\"admin\" password=\"{alnum:6}2\" roles=\"manager-gui\"/>",
                "signing.password={alnum:8}5",
                "PGPASSWORD='{alnum:6}9' pg_dump app",
                "define( 'DB_PASSWORD', '{alnum:6}3' );",
                "        'PASSWORD': '{alnum:6}1',",
                "DB_PASSWORD={alnum:8}6$",
                "Password={HEX:60}",
                "\"password\": \"{alnum:6}3!\"",
                "smtp_pass: {alnum:10}4",
                "    'password'             => '{alnum:8}5!',",
                "      - POSTGRES_PASSWORD={alnum:10}7",
                "      - \"MYSQL_ROOT_PASSWORD={alnum:9}#\"",
                "ENV DB_PASSWORD={alnum:8}3",
                "'password' => env('DB_PASSWORD', '{alnum:8}1'),",
                "$db['default']['password'] = '{alnum:8}4!';",
                "profile::mysql::root_password: {alnum:10}4#",
                "        \"Env\": [\"POSTGRES_PASSWORD={alnum:10}7\", \"PGDATA=/var/lib/postgresql/data\"],",
                "pwd: {lower:1}{upper:1}{digits:1}.{lower:2}{upper:2}{lower:3}{digits:1}.{upper:2}",
                "DB_PASSWORDS={alnum:10}4",
                "  \"smtp_passwords\": \"{alnum:9}!\",",
                "DB_PASS := {alnum:12}7x",
                "DB_PASSWORD=PaSsWoRd7!x9Q",
                "DB_PASSWORD=xq7!pAsSwOrD",
                "  password = \"{lower:6} {lower:5} 48 {lower:6} {lower:5}\")",
                "define('DB_PASSWORD', '{lower:5} {lower:6} 7 {lower:4}!');",
                "         @\"password\": @\"{lower:6}1977\",",
                "    val password: String = \"{lower:7}2002\",",
                "  password: String = \"{alnum:31}_\"",
                "pub const BROKER_PASSWORD: &str = \"{alnum:10}*6{alnum:8}\";"
            ],
            "negatives": [
                "    val password: String = BuildConfig.DB_PASSWORD,",
                "profile::monitoring::sensu_password: '%{lookup(\"sensu_pw\")}'",
                "  \"forgot_password\": \"Passwort vergessen?\",",
                "\"forgot_password\": \"Mot de passe oublié ?\",",
                "  password: \"Must be 8 characters or more\"",
                "{ password: \"At least 1 digit\" }",
                "login.password=Contrase\\u00f1a",
                "  readonly STENCIL_PASS_DEPTH_PASS: 0x0B96;",
                "password = changeme",
                "DB_PASSWORD=${DB_PASSWORD}",
                "password: <%= ENV[\"DB_PASSWORD\"] %>",
                "{\"password\": \"\"}",
                "'PASSWORD': None",
                "password = os.getenv(\"PASSWORD\", \"\")",
                "password_field = \"password\"",
                "PASSWORD_MIN_LENGTH = 12",
                "password: {{ .Values.db.password }}",
                "password: \"********\"",
                "DB_PASSWORD=your_password_here",
                "password: true",
                "const password = req.body.password;",
                "bypass: enabled",
                "pwd = getpass.getpass(\"Password: \")",
                "password = this.config.password",
                "password: process.env.DB_PASSWORD",
                "const k = await this.importKey(\"raw\", parameters.password, \"PBKDF2\", false, [\"deriveKey\"]);",
                "hash(password, \"sha256\")",
                "      - POSTGRES_PASSWORD=${POSTGRES_PASSWORD}",
                "      - POSTGRES_PASSWORD_FILE=/run/secrets/db_password",
                "  password: String!",
                "password = hashlib.sha256",
                "  \"passwordLabel\": \"Password: required!\",",
                "  logger.info(\"user=%s password=%s\", user, pwd)",
                "  \"Env\": [\"POSTGRES_PASSWORD=${POSTGRES_PASSWORD}\"],",
                "pwd: self.cfg.db2Secret",
                "smtp_pass = Settings.Mail.Smtp2Pass",
                "  passwords: ${VAULT_PASSWORDS}"
            ]
        }
    },
    {
        "id": "password-assignment-words",
        "description": "Password of letters only assigned in quotes (a passphrase of words, such as correcthorsebattery)",
        "regex": "(?i)(?:^|[^a-z0-9])(?:[a-z0-9_.-]{0,80}(?<!(?:forgot|forgotten|lost|reset|change|changed|confirm|confirmed|new|old|current|retype|repeat|repeated|show|hide|toggle|label|enter|invalid|wrong|incorrect|missing|weak|strong|your|update|updated|verify|remember|save|create|field|input|placeholder|hint|title|message|error|bad|empty|short|expired|policy)[_.\\- ]?)(?:password|passwd|passphrase|pwd)s?(?:\\\\?[\"'])?\\]?[ \\t]{0,40}(?::=|=>|[:=])|[a-z0-9_.-]{0,80}[_.-]pass(?:\\\\?[\"'])?\\]?[ \\t]{0,40}(?::=|=>|[:=])|(?<=\\(\\s{0,5})[\"'][a-z0-9_.-]{0,80}(?<!(?:forgot|forgotten|lost|reset|change|changed|confirm|confirmed|new|old|current|retype|repeat|repeated|show|hide|toggle|label|enter|invalid|wrong|incorrect|missing|weak|strong|your|update|updated|verify|remember|save|create|field|input|placeholder|hint|title|message|error|bad|empty|short|expired|policy)[_.\\- ]?)(?:password|passwd|passphrase|pwd)[\"'][ \\t]{0,5},)[ \\t]{0,40}[rbfu]?\\\\?[\"'`]([a-z]{8,64}|[a-z]{3,20}(?:(?:-[a-z]{3,20}){2,7}|(?:_[a-z]{3,20}){2,7}|(?:\\.[a-z]{3,20}){2,7}|(?: [a-z]{3,20}){2,7}))\\\\?[\"'`]",
        "keywords": [
            "password",
            "passwd",
            "passphrase",
            "pwd",
            "_pass",
            "-pass",
            ".pass"
        ],
        "entropy": 2.5,
        "allow": [
            "(?i)(?:^|[ ._-])(?:not|must|cannot|can|used|use|for|and|with|set|yet|contain|contains|the|your|enter|is|be|should|will|only|please|change|match|of|to|an|at|least|new|old|same|as|here)(?:[ ._-]|$)",
            "^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$",
            "^[A-Z][a-z]+(?:\\.[a-z]+)+$",
            "(?i)(?:^|[._ -])(?:env|environ|config|conf|settings|secrets?|vault|vars?|values|params|spring|props|properties)(?:[._ -]|$)",
            "(?i)pass(?:word|wd|phrase)",
            "^(?:[A-Z][a-z]{1,3}(?![a-z])|[A-Z](?=[a-z]{1,14}(?![a-z]))(?![a-z]*?[bcdfghjklmnpqrstvwxz]{4})[a-z]*[aeiouy][a-z]*)(?:[A-Z]{1,5}(?![a-z])|[A-Z][a-z]{0,3}(?![a-z])|[A-Z](?=[a-z]{1,14}(?![a-z]))(?![a-z]*?[bcdfghjklmnpqrstvwxz]{4})[a-z]*[aeiouy][a-z]*){1,4}$",
            "^(?:[a-z]{1,4}(?![a-z])|(?=[a-z]{1,14}(?![a-z]))(?![a-z]*?[bcdfghjklmnpqrstvwxz]{4})[a-z]*[aeiouy][a-z]*)(?:[A-Z]{1,5}(?![a-z])|[A-Z][a-z]{0,3}(?![a-z])|[A-Z](?=[a-z]{1,14}(?![a-z]))(?![a-z]*?[bcdfghjklmnpqrstvwxz]{4})[a-z]*[aeiouy][a-z]*){1,4}$",
            "^[A-Z]+$",
            "(?i)^(?:string|text|boolean|integer|number|object|required|optional|hidden|masked|redacted|sensitive|encrypted|unencrypted|plaintext|cleartext|default|undefined|disabled|enabled|generated|random|automatic|manual|unknown|notset|nothing|anonymous|secret|secrets|confidential|protected|private|invalid|incorrect|mismatch|missing|expired|required|username|email|login|signin|keychain|keyring|vault|environment|variable|prompt|interactive|inherit|external|internal|none|null|empty|blank|placeholder|example|sample|dummy|testing|readonly|writeonly|obscured|security|credential|credentials|authentication|password|changeme|mysecret|notasecret|postgres|root|admin|administrator)$",
            "(?i)^(?:passwort|kennwort|wachtwoord|contrasena|contrasenya|senha|motdepasse|salasana|adgangskode|passord|losenord|haslo|heslo|jelszo|geslo|lozinka|parool|parole|parola|sifre|katasandi|katalaluan|matkhau|wagwoord|pasahitza|contrasinal|lykilord|fjalekalim|salasona|slaptazodis)$"
        ],
        "severity": "medium",
        "generic": true,
        "requires": [
            "\"",
            "'",
            "`"
        ],
        "tests": {
            "positives": [
                "  \"password\": \"{lower:5}_{lower:6}_{lower:4}_{lower:5}\",",
                "password = \"{lower:5} {lower:6} {lower:5}\"",
                "password: \"Sunshinegarden\"",
                "'password' => env('DB_PASSWORD', 'lanternharbor'),",
                "DB_PASSWORD=\"correcthorsebattery\"",
                "define('DB_PASSWORD', 'tangerinecloud');",
                "    'password'      => 'Marmaladesky',",
                "mysql_root_password = 'staplebatteryhorse'",
                "{\"user\": \"admin\", \"passwd\": \"Bluebirdmeadow\"}",
                "conn = connect(user=\"app\", password=\"riverstonebridge\")",
                "db_pass = \"lanternharbor\"",
                "  admin_password = \"copperthunder\"",
                "$config['db_password'] = 'velvetorchard';",
                "  \"password\": \"{lower:7}-{lower:5}-{lower:7}-{lower:6}\",",
                "ADMIN_PASSWORDS=\"{lower:9}\"",
                "\"password\": \"aLSMROwZyesZTjlFlbGw\""
            ],
            "negatives": [
                "{ password: \"Must not match username\" }",
                "{\"password\": \"Used for basic auth\"}",
                "{ password: \"Rails.application.credentials\" }",
                "\"password\": \"Password\"",
                "\"password\": \"Passwort\"",
                "\"password\": \"Wachtwoord\"",
                "\"forgotPassword\": \"Vergessen\"",
                "\"confirm_password\": \"Bestaetigen\"",
                "password: \"required\"",
                "password: \"SecureString\"",
                "type Password = { password: \"hidden\" }",
                "password: \"changeme\"",
                "password: \"PASSWORD\"",
                "password = \"Secret\"",
                "check(password, \"Sunshinegarden\")",
                "if (password == \"Sunshinegarden\")",
                "password: \"aaaaaaaaaaaa\"",
                "password: \"abcdefghij\"",
                "password: \"userPassword\"",
                "Render style ('default', 'password', 'invisible')",
                "const GCP_SERVICE_ACCOUNT_P12_PASSWORD = \"notasecret\";",
                "  \"password\": \"two-words\",",
                "  \"password\": \"a-b-c-de\",",
                "  \"password\": \"new-password\",",
                "  \"passwordRules\": \"minlength-twenty-required\",",
                "\"password\": \"userPasswordHint\""
            ]
        }
    },
    {
        "id": "password-config-words",
        "description": "Password of letters only in a configuration file (YAML, .env, INI, properties, TOML, shell, Dockerfile)",
        "regex": "(?i)(?:^|[\\[\"'`])\\s*(?:-\\s+[\"']?)?(?:(?:export|set|ENV|ARG)\\s+)?[\"']?(?:[a-z0-9_.:-]{0,80}(?<!(?:forgot|forgotten|lost|reset|change|changed|confirm|confirmed|new|old|current|retype|repeat|repeated|show|hide|toggle|label|enter|invalid|wrong|incorrect|missing|weak|strong|your|update|updated|verify|remember|save|create|field|input|placeholder|hint|title|message|error|bad|empty|short|expired|policy)[_.\\- ]?)(?:password|passwd|passphrase|pwd)s?|[a-z0-9_.-]{0,80}[_.-]pass)[\"']?\\s*[:=]\\s*([a-z]{8,64}|[a-z]{3,20}(?:(?:-[a-z]{3,20}){2,7}|(?:_[a-z]{3,20}){2,7}|(?:\\.[a-z]{3,20}){2,7}|(?: [a-z]{3,20}){2,7}))(?:[\"']?\\s*(?:#.*)?$|[\"'`]{1,2}[ \\t]*(?:[,\\]}].*)?$)",
        "keywords": [
            "password"
        ],
        "entropy": 2.5,
        "allow": [
            "(?i)(?:^|[ ._-])(?:not|must|cannot|can|used|use|for|and|with|set|yet|contain|contains|the|your|enter|is|be|should|will|only|please|change|match|of|to|an|at|least|new|old|same|as|here)(?:[ ._-]|$)",
            "^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$",
            "^[A-Z][a-z]+(?:\\.[a-z]+)+$",
            "(?i)(?:^|[._ -])(?:env|environ|config|conf|settings|secrets?|vault|vars?|values|params|spring|props|properties)(?:[._ -]|$)",
            "(?i)pass(?:word|wd|phrase)",
            "^(?:[A-Z][a-z]{1,3}(?![a-z])|[A-Z](?=[a-z]{1,14}(?![a-z]))(?![a-z]*?[bcdfghjklmnpqrstvwxz]{4})[a-z]*[aeiouy][a-z]*)(?:[A-Z]{1,5}(?![a-z])|[A-Z][a-z]{0,3}(?![a-z])|[A-Z](?=[a-z]{1,14}(?![a-z]))(?![a-z]*?[bcdfghjklmnpqrstvwxz]{4})[a-z]*[aeiouy][a-z]*){1,4}$",
            "^(?:[a-z]{1,4}(?![a-z])|(?=[a-z]{1,14}(?![a-z]))(?![a-z]*?[bcdfghjklmnpqrstvwxz]{4})[a-z]*[aeiouy][a-z]*)(?:[A-Z]{1,5}(?![a-z])|[A-Z][a-z]{0,3}(?![a-z])|[A-Z](?=[a-z]{1,14}(?![a-z]))(?![a-z]*?[bcdfghjklmnpqrstvwxz]{4})[a-z]*[aeiouy][a-z]*){1,4}$",
            "^[A-Z]+$",
            "(?i)^(?:string|text|boolean|integer|number|object|required|optional|hidden|masked|redacted|sensitive|encrypted|unencrypted|plaintext|cleartext|default|undefined|disabled|enabled|generated|random|automatic|manual|unknown|notset|nothing|anonymous|secret|secrets|confidential|protected|private|invalid|incorrect|mismatch|missing|expired|required|username|email|login|signin|keychain|keyring|vault|environment|variable|prompt|interactive|inherit|external|internal|none|null|empty|blank|placeholder|example|sample|dummy|testing|readonly|writeonly|obscured|security|credential|credentials|authentication|password|changeme|mysecret|notasecret|postgres|root|admin|administrator)$",
            "(?i)^(?:passwort|kennwort|wachtwoord|contrasena|contrasenya|senha|motdepasse|salasana|adgangskode|passord|losenord|haslo|heslo|jelszo|geslo|lozinka|parool|parole|parola|sifre|katasandi|katalaluan|matkhau|wagwoord|pasahitza|contrasinal|lykilord|fjalekalim|salasona|slaptazodis)$"
        ],
        "severity": "medium",
        "generic": true,
        "paths": "^(?!(?:.*/)?(?:locales?|i18n|l10n|lang|langs|translations?)/)(?:.*/)?(?:[^/]*\\.(?:ya?ml|env|ini|cfg|conf|cnf|properties|toml|sh|bash|zsh|envrc|bat|cmd)|\\.env(?:\\.[^/]*)?|\\.(?:pypirc|s3cfg|boto|npmrc|yarnrc|my\\.cnf)|Dockerfile(?:\\.[^/]*)?|[^/]*\\.dockerfile)$",
        "tests": {
            "path": "deploy/config/app.yaml",
            "positives": [
                "signing.password={lower:5}.{lower:6}.{lower:5}",
                "  password: {lower:5}.{lower:6}.{lower:5}.{lower:4}.{lower:6}",
                "POSTGRES_PASSWORD={lower:5}_{lower:6}_{lower:5}_{lower:4}_{lower:6}",
                "password: Sunshinegarden",
                "DB_PASSWORD=correcthorsebattery",
                "database:\n  password: tangerinecloud  # rotate yearly",
                "      - POSTGRES_PASSWORD=marmaladesky",
                "export SMTP_PASS=bluebirdmeadow",
                "ENV DB_PASSWORD=riverstonebridge",
                "  password: {lower:5}-{lower:6}-{lower:5}",
                "DB_PASSWORD=fWdIsYRASAzEOEtKgRgM",
                "db0.password=ycAXNyOtVudwaapY",
                "DB_PASSWORD=qmzvTxkpwrhLbnds",
                "  password: XkqvbwmzTrplhgsdw"
            ],
            "negatives": [
                "          server-password: MAVEN_CENTRAL_TOKEN",
                "Pattern.user.password=Must contain letters and digits",
                "  password: spring.datasource.password",
                "  password: secrets.db.admin",
                "password = vault.prod.database",
                "password: Password",
                "password: Passwort",
                "password: required",
                "password: SecureString",
                "password: changeme",
                "forgot_password: Vergessen",
                "password: str",
                "password: !vault |",
                "password: ${DB_PASSWORD}",
                "password_hash: bcryptsha",
                "password: true",
                "password: aaaaaaaaaaa",
                "password: REDACTED",
                "  password: adminPasswordField",
                "  password: iOSKeychain",
                "  password: dbPwdSecret",
                "  password: httpCfgMgr",
                "  password: loadFromEnv",
                "DB_PASSWORD=KeePassXC",
                "DB_PASSWORD=mTLSAuth",
                "  password: configurationManager"
            ]
        }
    },
    {
        "id": "secret-config-letters",
        "description": "Client or app secret of letters only in a configuration file (an OAuth client secret of random letters)",
        "regex": "(?i)(?:^|[\\[\"'`])\\s*(?:-\\s+[\"']?)?(?:(?:export|set|ENV|ARG)\\s+)?[\"']?[a-z0-9_.-]{0,40}(?:client|consumer|app|api|oauth|shared|webhook|signing)[_.-]?secret[\"']?\\s*[:=]\\s*[\"']?((?=[a-z]{0,59}[bcdfghjklmnpqrstvwxz]{5})[a-z]{24,64})(?:[\"']?\\s*(?:#.*)?$|[\"'`]{1,2}[ \\t]*(?:[,\\]}].*)?$)",
        "keywords": [
            "secret"
        ],
        "entropy": 3.5,
        "allow": [
            "^[A-Z]?[a-z]+(?:[A-Z][a-z]+)+$",
            "^[A-Z]+$"
        ],
        "severity": "medium",
        "generic": true,
        "paths": "^(?!(?:.*/)?(?:locales?|i18n|l10n|lang|langs|translations?)/)(?:.*/)?(?:[^/]*\\.(?:ya?ml|env|ini|cfg|conf|cnf|properties|toml|sh|bash|zsh|envrc|bat|cmd)|\\.env(?:\\.[^/]*)?|\\.(?:pypirc|s3cfg|boto|npmrc|yarnrc|my\\.cnf)|Dockerfile(?:\\.[^/]*)?|[^/]*\\.dockerfile)$",
        "tests": {
            "path": "deploy/config/app.yaml",
            "positives": [
                "auth:\n  client_secret: {lower:32}",
                "GITHUB_CLIENT_SECRET={alpha:40}",
                "  consumer_secret: \"{lower:30}\""
            ],
            "negatives": [
                "client_secret: ${CLIENT_SECRET}",
                "client_secret: clientsecretplaceholdervalue",
                "client_secret: {same:32}",
                "client_secret: myApplicationClientSecretValue",
                "client_secret: developmentsecretkeyfortesting",
                "app_secret: thisisnotarealsecretforlocaldev",
                "webhook_secret: averylongsecretphraseforwebhooks"
            ]
        }
    },
    {
        "id": "k8s-env-secret-value",
        "description": "Secret given as a literal value in a name/value pair (Kubernetes env, ECS task definition, Azure Pipelines variables, Postman/Insomnia environments)",
        "regex": "(?i)[\"']?(?:name|key)[\"']?:[ \\t]*[\"']?[a-z0-9_./-]{0,80}(?:password|passwd|pwd|[_.-]pass|secret|secret[_.-]?key|token|api[_.-]?key|apikey|access[_.-]?key|private[_.-]?key|auth[_.-]?key|record[_.-]?key|credentials?)(?:[_.-](?:base|value|b64|base64))?[\"']?[ \\t]*(?:,[ \\t]*(?:\\r?\\n[ \\t]*)?(?:[\"']?(?:type|description|required)[\"']?[ \\t]*:[ \\t]*[\"']?[\\w .:/-]{0,100}[\"']?[ \\t]*,[ \\t]*(?:\\r?\\n[ \\t]*)?){0,3}|(?:#[^\\n]*)?\\r?\\n(?:[ \\t]*(?:type|description|required|in|schema|format|deprecated)[ \\t]*:[^\\n]{0,200}\\r?\\n){0,5}[ \\t]*)[\"']?(?:value|default|example)[\"']?[ \\t]*:[ \\t]*(?:\"([^\"\\s]{6,512})\"|'([^'\\s]{6,512})'|[\"']?([^\"'\\s#,}\\]]{6,512})[\"']?)(?=[ \\t]*(?:[,}\\]#]|\\r?\\n|$))",
        "keywords": [
            "name:",
            "name\":",
            "name':",
            "key\":",
            "key':",
            "- key:"
        ],
        "entropy": 2.5,
        "allow": [
            "^#\\{[^}]*\\}$",
            "^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$",
            "(?i)^(?:your|my|the)[_-]",
            "(?i)(?:placeholder|xxxx)",
            "^\\$",
            "^\\{\\{",
            "^[a-z]+://",
            "^/",
            "(?i)^(?:true|false|yes|no|null|none|enabled|disabled)$",
            "^-?[0-9.]+$",
            "(?i)^(?:postgres|root|admin|password|secret|test|guest|mysql|example|changeme)$"
        ],
        "severity": "medium",
        "multiline": true,
        "report-at": "secret",
        "tests": {
            "positives": [
                "        - name: X-Api-Key\n          in: header\n          required: true\n          schema:\n            type: string\n          example: {b64url:42}7",
                "            \"name\": \"/prod/ipqs/api_key\",\n            \"type\": \"SecureString\",\n            \"value\": \"{alnum:31}7\",",
                "        \"key\": \"token\",\n        \"value\": \"Atzr|IwEBI{b64url:300}7\",\n        \"type\": \"string\"",
                "variables:\n  - name: CYPRESS_RECORD_KEY\n    value: '{uuid}'",
                "    {\n      \"key\": \"apiKey\",\n      \"value\": \"{alnum:32}\",\n      \"type\": \"secret\"\n    }",
                "{\n  \"key\": \"api_token\",\n  \"value\": \"{alnum:32}\",\n  \"enabled\": true\n}",
                "{\"key\": \"password\", \"value\": \"{alnum:10}8!\", \"type\": \"secret\"}",
                "\"environment\": [{\"name\": \"DB_PASSWORD\", \"value\": \"{alnum:14}\"}]",
                "        \"environment\": [\n          {\n            \"name\": \"API_TOKEN\",\n            \"value\": \"{alnum:32}\"\n          }",
                "env: [{name: DB_PASSWORD, value: {alnum:12}}]",
                "  - name: SECRET_KEY_BASE\n    value: {hex:128}",
                "        env:\n        - name: DB_PASSWORD\n          value: \"{alnum:14}\"",
                "  - name: API_TOKEN\n    value: {alnum:32}",
                "env:\n  - name: POSTGRES_PASSWORD\n    value: Sunshinegarden",
                "- name: 'STRIPE_SECRET_KEY'\n  value: '{alnum:24}'",
                "envVars:\n  - key: KRAKEN_PRIVATE_KEY\n    value: {alnum:63}7",
                "  params:\n    - name: api-token\n      type: string\n      default: \"{alnum:31}7\"",
                "{\n  \"key\": \"password\",\n  \"value\": \"#X{alnum:6}-{alnum:5}!lw.07^j\",\n  \"type\": \"string\"\n}",
                "- name: DB_PASSWORD\n  value: 'a,{alnum:10}#3'"
            ],
            "negatives": [
                "        - name: X-Api-Key\n          in: header\n          schema:\n            type: string\n          example: your-api-key-here",
                "        env:\n          - name: DB_PASSWORD\n            valueFrom:\n              secretKeyRef:\n                name: db\n                key: password",
                "  - name: API_TOKEN\n    value: $(API_TOKEN)",
                "  - name: TOKEN_TTL\n    value: '3600'",
                "  - name: DB_PASSWORD\n    value: ''",
                "{\"key\": \"api_token\", \"value\": \"{{api_token}}\"}",
                "{\"key\": \"password\", \"value\": \"\"}",
                "{\"key\": \"baseUrl\", \"value\": \"https://api.example.com\"}",
                "{\"name\": \"DB_PASSWORD\", \"valueFrom\": \"arn:aws:secretsmanager:us-east-1:123456789012:secret:db\"}",
                "{\"name\": \"TOKEN_TTL\", \"value\": \"3600\"}",
                "- name: DB_PASSWORD\n  valueFrom:\n    secretKeyRef:\n      name: db\n      key: password",
                "- name: DB_PASSWORD\n  value: $(DB_PASSWORD_FROM_SECRET)",
                "- name: DB_PASSWORD\n  value: \"{{ .Values.db.password }}\"",
                "- name: TOKEN_URL\n  value: https://auth.example.com/token",
                "- name: DB_PASSWORD_FILE\n  value: /run/secrets/db",
                "- name: POSTGRES_PASSWORD\n  value: postgres",
                "- name: TOKEN_TTL\n  value: \"3600\"",
                "- name: LOG_LEVEL\n  value: debug",
                "- name: DB_PASSWORD\n  value: \"\"",
                "        - name: api_key\n          in: query\n          schema:\n            type: string\n          example: DEMO_KEY",
                "- name: API_TOKEN\n  value: \"#{Octopus.Action[Deploy].Output.ApiToken}\""
            ]
        }
    },
    {
        "id": "terraform-variable-default-secret",
        "description": "Secret as the default of a Terraform variable (variable \"db_password\" { default = \"…\" })",
        "regex": "(?i)variable \\\\?[\"'](?:[a-z0-9_-]{0,80}(?:password|passwd|secret|token|api_?key|access_?key|private_?key|auth_?key|credentials?)[a-z0-9_-]{0,80})\\\\?[\"'][ \\t]*\\{[^}]{0,300}?\\bdefault[ \\t]*=[ \\t]*\\\\?[\"']([^\"'\\\\\\s$]{6,200})\\\\?[\"']",
        "keywords": [
            "variable \"",
            "variable \\\"",
            "variable '"
        ],
        "entropy": 2.5,
        "allow": [
            "(?i)^(?:changeme|password|secret|none|null|true|false)$",
            "^[a-z]+://",
            "^-?[0-9.]+$",
            "^arn:",
            "^projects/",
            "(?i)^[a-z]{1,12}(?:[._-][a-z0-9]{1,12})+$"
        ],
        "severity": "medium",
        "multiline": true,
        "generic": true,
        "report-at": "secret",
        "tests": {
            "path": "infra/variables.tf",
            "positives": [
                "variable \"datadog_api_key\" {\n  type    = string\n  default = \"{hex:32}\"\n}",
                "variable \"db_password\" {\n  sensitive = true\n  default   = \"{alnum:12}7\"\n}",
                "variable \"github_token\" { default = \"{alnum:40}\" }"
            ],
            "negatives": [
                "variable \"db_password\" {\n  type      = string\n  sensitive = true\n}",
                "variable \"token_ttl\" {\n  default = \"3600\"\n}",
                "variable \"secret_name\" {\n  default = \"prod-db-credentials\"\n}",
                "variable \"api_key\" {\n  default = \"${var.other}\"\n}",
                "variable \"region\" {\n  default = \"{alnum:12}7\"\n}"
            ]
        }
    },
    {
        "id": "client-secret-hex",
        "description": "OAuth client secret written as hex (GitHub OAuth apps' 40-hex secrets, Grafana/Keycloak generic OAuth)",
        "regex": "(?i)(?<![a-z0-9])(?:[a-z0-9_.-]{0,40}[_.-])?client[_.-]?secret[\"']?\\]?\\s{0,5}(?::=|=>|[:=])\\s{0,5}[\"']?([0-9a-f]{32,64})(?![0-9a-z])",
        "keywords": [
            "client_secret",
            "clientsecret",
            "client-secret",
            "client.secret"
        ],
        "entropy": 3,
        "severity": "high",
        "generic": true,
        "tests": {
            "positives": [
                "auth.github.client_secret = {hex:40}",
                "client_secret = {hex:40}",
                "  client-secret: {hex:40}"
            ],
            "negatives": [
                "client_secret = ${CLIENT_SECRET}",
                "client_secret_sha256 = {hex:64}",
                "client_secret = 0000000000000000000000000000000000000000"
            ]
        }
    },
    {
        "id": "secret-assignment",
        "description": "Secret, token or key assigned in a config file (INI, properties, YAML, .env, shell)",
        "regex": "(?i)(?:^|[\\[\"'`])\\s*(?:(?:#|//|--|;)\\s*)?(?:-\\s+[\"']?)?(?:(?:export|set|ENV|ARG)\\s+)?[\"']?(?:%[a-z0-9_,-]{1,30}\\.)?[a-z0-9_.-]{0,80}(?<!(?:hashed|encrypted)[_.-]?)(?:secret|(?<!(?:next|next[_.-]?page|continuation|pagination|sync|forward|backward)[_.-]?)token(?!iz)|api[_.-]?key|apikey|access[_.-]?key|auth[_.-]?key|private[_.-]?key|(?:master|encryption|signing|hmac|application|fernet)[_.-]?key(?![_.-]?(?:id|arn|alias|file|path|algorithm|algo|length|size|type|name|version|ring|usage)\\b)|pepper|credentials?)(?:[_.-]?[a-z0-9]{1,12}){0,2}(?<![_.-](?:sha\\d{0,3}|sha\\d{0,3}sum|md5|md5sum|hash|hashed|id|jti|digest|commit|fingerprint|checksum|revision|rev|version))(?<!(?:^|[\\[\"'`])[ \\t]*signingkey)[\"']?\\s*[:=]\\s*[\"']?((?=[^\\s\"']{0,255}[0-9])(?=[^\\s\"']{0,255}[A-Za-z])[A-Za-z0-9_+/=.~-]{12,200})(?:[\"']?\\s*(?:[#;].*)?$|[\"'`]{1,2}[ \\t]*(?:[,\\]}].*)?$)",
        "keywords": [
            "secret",
            "token",
            "api_key",
            "apikey",
            "api-key",
            "api.key",
            "access_key",
            "accesskey",
            "access-key",
            "auth_key",
            "authkey",
            "private_key",
            "privatekey",
            "master_key",
            "masterkey",
            "master-key",
            "master.key",
            "encryption_key",
            "encryptionkey",
            "encryption-key",
            "encryption.key",
            "signing_key",
            "signingkey",
            "signing-key",
            "signing.key",
            "hmac_key",
            "hmackey",
            "hmac-key",
            "hmac.key",
            "application_key",
            "applicationkey",
            "application-key",
            "application.key",
            "pepper",
            "credential",
            "fernet_key",
            "fernetkey",
            "fernet-key",
            "fernet.key"
        ],
        "entropy": 3.2,
        "allow": [
            "^[0-9A-F]{16}$",
            "^[0-9A-F]{40}$",
            "^~?/",
            "\\.pub$",
            "^alias/",
            "^eyJ[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]*\\.$",
            "^eyJ[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]*\\.[a-z-]*(?:fake|signature|invalid|dummy|test)[a-z-]*$",
            "^0x[0-9a-fA-F]{40}$",
            "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$",
            "^[A-Za-z_][\\w]*(?:\\.[A-Za-z_][\\w]*)+$",
            "^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$",
            "(?i)^[a-z]{1,12}(?:[._-][a-z0-9]{1,12})+$",
            "^(?:sha\\d+|md5)[-:]",
            "\\.(?:js|ts|json|ya?ml|png|svg|html|css|txt|md|pem|key|crt|p12)$",
            "^v?\\d+(?:\\.\\d+)+",
            "^[A-Z][a-z]+[A-Za-z0-9]*(?:String|Type|Buffer|Array|Source|Options|Info|Data|Id)$"
        ],
        "severity": "medium",
        "generic": true,
        "tests": {
            "positives": [
                "b2.application-key={alnum:30}7",
                "app.jwt.secret={alnum:32}",
                "secret_key = {b64:40}",
                "oauth.client_secret: {alnum:23}5",
                "export api_token={alnum:28}",
                "credentials = {alnum:13}4",
                "      - JWT_SECRET={alnum:32}",
                "      - \"STRIPE_API_KEY={alnum:13}2\"",
                "  const env = `app.jwt.secret={alnum:32}`",
                "    environment:\n      MEILI_MASTER_KEY: {alnum:31}8",
                "      - MEILI_MASTER_KEY={alnum:31}7",
                "crypto:\n  enabled: true\n  encryption_key: {hex:64}",
                "app.signing-key = {b64:43}=",
                "  config.pepper = \"{hex:64}\"",
                "encryption_key = {b64url:43}=",
                "%prod.quarkus.oidc.credentials.secret={alnum:31}7",
                "app.sync.secret={alnum:24}7",
                "homepage_secret = {alnum:24}7",
                "SENDBIRD_API_TOKEN: {hex:40}",
                "sendbird.api_token={hex:40}",
                "github.api-token: {hex:40}",
                "ENV PIPEDRIVE_API_TOKEN={hex:40}"
            ],
            "negatives": [
                "\tsigningkey = 3AA5C34371567BD2",
                "ENV TINI_SIGNING_KEY=595E85A6B1B4779EA4DAAEC70B588DFF0527A9B7",
                "kms_master_key_id: alias/orders-queue-2024",
                "signing_key_file: keys/jwt_signing_v2",
                "\"hashed_token\": \"{hex:64}\",",
                "\"hf_tokenizer_name\": \"timm/ViT-B-16-SigLIP\"",
                "app.jwt.secret=${JWT_SECRET}",
                "encryption_key: ${ENCRYPTION_KEY}",
                "master_key_file: config/master.key",
                "token_url = https://oauth2.example.com/token",
                "secret_name = db-password-v2",
                "tokenizer.model = gpt2-tokenizer.json",
                "SECRET_KEY=your-secret-key-here",
                "token: {uuid}",
                "api_key_file = secrets/api-key.txt",
                "  credentialId: Base64URLString;",
                "  \"tokenHelp\": \"Token: paste it here.\",",
                "  \"nextForwardToken\": \"f/{digits:40}\",",
                "continuation_token = {alnum:30}7x",
                "private_key_id = {hex:40}",
                "app.secret.sha={hex:40}",
                "deploy_token_revision: {hex:40}",
                "\tsigningkey = {hex:40}",
                "access_token_jti: {hex:40}",
                "credentials_sha1sum={hex:40}",
                "credentials.file.md5={hex:32}"
            ]
        }
    },
    {
        "id": "secret-assignment-human",
        "description": "Human-chosen secret (letters, digits and a symbol) in quotes under a secret or token name",
        "regex": "(?i)(?<![a-z0-9_.$-])[a-z0-9_.-]{0,80}(?<!(?:max|min|num|total|count|csrf|xsrf|next|page|continuation|cancellation|sync|bos|eos|pad|unk|sep|cls|mask|special|start|end|stop|prompt|completion|input|output|cache|cached|reasoning|hashed|public|test|fake|dummy|mock)[_.-]?)(?:secret|token(?!iz)|api[_.-]?key|apikey|access[_.-]?key|auth[_.-]?key|private[_.-]?key)s?(?:\\\\?[\"'])?\\]?[ \\t]{0,5}(?::=|=>|[:=])[ \\t]{0,5}[rbfu]?\\\\?[\"'`]((?=[^\\s\"'`\\\\]{0,255}[A-Za-z])(?=[^\\s\"'`\\\\]{0,255}[0-9])(?=[^\\s\"'`\\\\]{0,255}[!@#$^&*?~])(?![$&*!])[A-Za-z0-9!@#$^&*?~_.-]{8,64})\\\\?[\"'`]",
        "keywords": [
            "secret",
            "token",
            "api_key",
            "apikey",
            "api-key",
            "api.key",
            "access_key",
            "accesskey",
            "access-key",
            "auth_key",
            "authkey",
            "auth-key",
            "private_key",
            "privatekey",
            "private-key"
        ],
        "entropy": 2.8,
        "allow": [
            "^[^@\\s]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+$",
            "^[A-Za-z_$][\\w$]*(?:\\??\\.[A-Za-z_$][\\w$]*)+!?$",
            "(?i)^(?:test|fake|mock|dummy|sample|local|dev)[_.-]",
            "\\.\\.",
            "^[0-9.]+[!?]?$",
            "^#[0-9A-Fa-f]{3,8}$"
        ],
        "severity": "medium",
        "generic": true,
        "tests": {
            "positives": [
                "  \"Secret\": \"{alnum:4}{digits:5}!{lower:3}\",",
                "SESSION_SECRET=\"{alnum:6}77#{lower:5}\"",
                "api_token = \"{alnum:6}9981${lower:4}\"",
                "val API_TOKEN = \"{alnum:6}4321@{lower:3}\"",
                "    \"API_KEY = \\\"{alnum:5}2024!{lower:2}\\\"\\n\","
            ],
            "negatives": [
                "csrf_token_name = \"csrf_token_2024!\"",
                "max_tokens = \"4096\"",
                "  \"pad_token\": \"<pad>\",",
                "tokenizer = \"bert-base-uncased\"",
                "api_token = \"test_{alnum:6}1!\"",
                "secret: \"user1@mail.acme.io\"",
                "token = \"$TOKEN_2024!\"",
                "api_key = \"{lower:10}\"",
                "secret = \"{alnum:12}\"",
                "\"secret\": \"secret123\"",
                "token = \"abc123!\"",
                "const token = \"${{token}}1!\"",
                "  \"color-token\": \"#1a2b3cff\",",
                "secret = \"P@ssw0rd\""
            ]
        }
    },
    {
        "id": "secret-passphrase-words",
        "description": "Passphrase of joined words (Falcon-walnut-Ember-nectar59) in quotes under a secret, token or API key name",
        "regex": "(?<![A-Za-z0-9_.$-])[A-Za-z0-9_.-]{0,80}(?<!(?:[Cc]olou?r|[Ss]pacing|[Ff]ont|[Dd]esign|[Tt]heme|[Ss]ync|[Pp]age|[Nn]ext|[Cc]srf|[Xx]srf|COLOU?R|SYNC|PAGE|NEXT|CSRF|XSRF)[_.-]?)(?:secret|Secret|SECRET|token|Token|TOKEN|(?:api|Api|API)[_.-]?(?:key|Key|KEY))(?:_?(?:[Kk]ey|KEY)(?:_base|_BASE)?)?s?(?:\\\\?[\"'])?\\]?[ \\t]{0,5}(?::=|=>|[:=])[ \\t]{0,5}[rbfu]?\\\\?[\"'`]((?=(?:[A-Za-z0-9]{2,20}[-_]){0,7}[a-z]{3,20}[0-9]{0,4}(?:[-_]|\\\\?[\"'`]))(?=[^\\s\"'`\\\\]{0,255}[A-Z])(?=[^\\s\"'`\\\\]{0,255}[a-z])(?=[^\\s\"'`\\\\]{0,255}[0-9])[A-Za-z0-9]{2,20}(?:[-_][A-Za-z0-9]{2,20}){3,7})\\\\?[\"'`]",
        "keywords": [
            "secret",
            "token",
            "api_key",
            "apikey",
            "api-key",
            "api.key"
        ],
        "entropy": 3,
        "allow": [
            "(?i)^(?:test|fake|mock|dummy|sample|example|your|my|demo)[_-]",
            "(?i)[_-](?:example|placeholder|changeme|here)$"
        ],
        "severity": "medium",
        "generic": true,
        "tests": {
            "positives": [
                "  secret: 'Falcon-walnut-Ember-nectar{digits:2}',",
                "SESSION_SECRET=\"Copper_Tundra_maple_River{digits:1}\"",
                "  api_key = \"Orbit-lantern-Velvet-77-quartz\"",
                "  secretKey: 'Falcon-walnut-Ember-nectar{digits:2}',",
                "  secret_key_base: \"Copper-tundra-Maple-river{digits:1}\""
            ],
            "negatives": [
                "  secret: 'keyboard cat',",
                "secretName: \"app-tls-secret-v2\"",
                "  secret: 'Falcon-walnut-Ember-nectar',",
                "token: \"your-Api-Token-here-1\"",
                "secret: \"My-App-Secret-1\"",
                "SECRET_NAME = \"PROD_DB_CREDENTIALS_2024\"",
                "const token = 'Invalid-Token-Format-123';",
                "colorToken: 'Brand-primary-Blue-500',",
                "const syncToken = 'Sync-2024-01-15-initial';"
            ]
        }
    },
    {
        "id": "secret-assignment-human-unquoted",
        "description": "Human-chosen secret (letters, digits and a symbol) unquoted under a secret or token name, ending the line",
        "regex": "(?i)(?:^|[\\[\"'`])\\s*(?:-\\s+)?(?:(?:export|set|ENV|ARG)\\s+)?[\"']?[a-z0-9_.-]{0,80}(?<!(?:max|min|num|total|count|csrf|xsrf|next|page|continuation|cancellation|sync|bos|eos|pad|unk|sep|cls|mask|special|start|end|stop|prompt|completion|input|output|cache|cached|reasoning|hashed|public|test|fake|dummy|mock)[_.-]?)(?:secret|token(?!iz)|api[_.-]?key|apikey|access[_.-]?key|auth[_.-]?key|private[_.-]?key)s?[\"']?[ \\t]*[:=][ \\t]*((?=[^\\s\"'`\\\\]{0,255}[A-Za-z])(?=[^\\s\"'`\\\\]{0,255}[0-9])(?=[^\\s\"'`\\\\]{0,255}[!@#$^&*?~])(?![$&*!])[A-Za-z0-9!@#$^&*?~_.-]{8,64})(?:[ \\t]+#.*$|[ \\t]*$|[\"'`]{1,2}[ \\t]*(?:[,\\]}].*)?$)",
        "keywords": [
            "secret",
            "token",
            "api_key",
            "apikey",
            "api-key",
            "api.key",
            "access_key",
            "accesskey",
            "access-key",
            "auth_key",
            "authkey",
            "auth-key",
            "private_key",
            "privatekey",
            "private-key"
        ],
        "entropy": 2.8,
        "allow": [
            "^[^@\\s]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+$",
            "^[A-Za-z_$][\\w$]*(?:\\??\\.[A-Za-z_$][\\w$]*)+!?$",
            "(?i)^(?:test|fake|mock|dummy|sample|local|dev)[_.-]",
            "\\.\\.",
            "^[0-9.]+[!?]?$",
            "^#[0-9A-Fa-f]{3,8}$"
        ],
        "severity": "medium",
        "generic": true,
        "tests": {
            "positives": [
                "export API_SECRET={alnum:6}2024!go",
                "token: {alnum:5}5555&{lower:4}",
                "app.jwt.secret = {alnum:6}#{digits:3}x  # rotate",
                "ENV CLIENT_SECRET={alnum:7}8?{lower:3}"
            ],
            "negatives": [
                "csrf_token_name: csrf_token_2024!",
                "max_tokens: 4096",
                "token: $TOKEN_2024!",
                "secret: {alnum:12}",
                "secret: user1@mail.acme.io",
                "token: config.auth.token1!",
                "test_token: {alnum:6}1!x",
                "token: {lower:6} {alnum:4}1!"
            ]
        }
    },
    {
        "id": "quoted-secret-assignment",
        "description": "Secret, token or key assigned a quoted value of letters, digits and symbols (code and config)",
        "regex": "(?i)(?<![a-z0-9_])[a-z0-9_.-]{0,60}?(?<!(?:hashed|encrypted)[_.-]?)(?:secret|(?<!(?:next|next[_.-]?page|continuation|pagination|sync|forward|backward)[_.-]?)token(?!iz)|api_?key|apikey|private_?key|access_?key|auth_?key|signing_?key|encryption_?key|master_?key)(?:[a-z0-9]{1,20})?(?:_[a-z0-9]{1,20}){0,2}(?<!(?:regex|regexp|pattern|header|name|names|url|uri|path|file|type|prefix|suffix|format|label|hint|message|field|length|len|size|count|limit|ttl|expiry|expires|endpoint|id|ids|version|separator|delimiter|template|placeholder|kind|mode|env|var|ref|source|store|provider))[\"']?\\]?\\s*(?::=|=>|[:=])\\s*([\"'`])((?=[^\\s\"'`\\\\]{0,255}[A-Za-z])(?=[^\\s\"'`\\\\]{0,255}[0-9])(?=[^\\s\"'`\\\\]{0,255}[!@#$%^&*?~+=|;<>{}()\\[\\]])[^\\s\"'`\\\\]{8,200})\\1",
        "keywords": [
            "secret",
            "token",
            "api_key",
            "apikey",
            "private_key",
            "privatekey",
            "access_key",
            "accesskey",
            "auth_key",
            "authkey",
            "signing_key",
            "signingkey",
            "encryption_key",
            "encryptionkey",
            "master_key",
            "masterkey"
        ],
        "entropy": 3,
        "allow": [
            "^\\$\\{",
            "^\\$\\(",
            "^%[A-Za-z_]\\w*%$",
            "^%\\(",
            "^\\{\\{",
            "^#\\{",
            "^<%",
            "^[a-z]+://",
            "^\\^",
            "\\$$",
            "@sha(?:256|512):[0-9a-f]{64,128}$"
        ],
        "secret-group": 2,
        "severity": "medium",
        "generic": true,
        "tests": {
            "positives": [
                "SECRET_KEY = 'Cl5idF{alnum:6}|#$x9'",
                "export const API_SECRET = \"K3T=@ex{alnum:6};pkx?-K\"",
                "  \"ApiKey\": \"m,Eet{(<x;7%{alnum:6}3.Mw\"",
                "client_secret: 'Q!w&3SN{alnum:6}=ko)['"
            ],
            "negatives": [
                "\"attributes\": {\"id\": \"AKIAIOSFODNN7EXAMPLE\", \"secret\": null, \"encrypted_secret\": \"{b64:40}+/7=\", \"pgp_key\": \"keybase:ops\"}",
                "SECRET_KEY = os.environ['SECRET_KEY']",
                "const TOKEN_PATTERN = \"[a-z0-9]+{4}\"",
                "secret_name = \"app-secret-2\"",
                "API_KEY_HEADER = \"X-Api-Key:1\"",
                "token = '${GITHUB_TOKEN}'",
                "SECRET_KEY = '%(secret_key)s'",
                "access_token = \"{{ token }}\"",
                "const tokenRegex = \"^ghp_[A-Za-z0-9]{36}$\"",
                "SECRET_KEY = 'changeme-1!'",
                "        \"NextToken\": \"E5SlJDSTZl{b64:40}==\"",
                "  SECRETS_IMAGE_DIGEST: \"ghcr.io/acme/secrets-sync@sha256:{hex:64}\""
            ]
        }
    },
    {
        "id": "properties-continued-secret",
        "description": "Password or secret on the continuation line of a .properties / shell assignment (key=\\ then the value)",
        "regex": "(?i)(?<![\\w.-])[a-z0-9_.-]{0,80}(?:password|passwd|pwd|passphrase|secret|token|api[_.-]?key|apikey|access[_.-]?key|private[_.-]?key|credentials?)[ \\t]*[=:] ?\\\\\\r?\\n[ \\t]*(?![A-Za-z_][A-Za-z0-9_.-]{0,80}=)([^\\s\\\\()\\[\\]\"'`{}<>;,]{6,200})[ \\t]*(?:\\r?\\n|$)",
        "keywords": [
            "=\\",
            "= \\",
            ":\\",
            ": \\"
        ],
        "entropy": 2.5,
        "allow": [
            "^\\$",
            "^[a-z]+://",
            "^[A-Za-z_][\\w]*(?:\\.[A-Za-z_][\\w]*)+$",
            "^[a-z]+(?:_[a-z0-9]+)+$",
            "(?i)^(?:true|false|null|none)$",
            "^-?[0-9.]+$",
            "(?i)^(?:changeme|password|secret)$"
        ],
        "severity": "medium",
        "multiline": true,
        "report-at": "secret",
        "tests": {
            "path": "src/main/resources/application.properties",
            "positives": [
                "spring.datasource.password=\\\n    {alnum:12}7",
                "app.jwt.secret = \\\n  {alnum:32}",
                "mail.smtp.password:\\\r\n\tSunshinegarden",
                "export DB_PASSWORD=\\\n  {alnum:10}#2"
            ],
            "negatives": [
                "ENV REPORTS_DB_PASSWORD= \\\n    PYTHONUNBUFFERED=1",
                "spring.datasource.password=\\\n    ${DB_PASSWORD}",
                "password = \\\n    get_password()",
                "password = \\\n    os.environ[\"DB_PASSWORD\"]",
                "token.url=\\\n    https://auth.example.com/token",
                "db.password=\\\n    config.database.password",
                "password = \\\n    default_password",
                "db.password=secret\\\n    more"
            ]
        }
    },
    {
        "id": "password-env-prefix",
        "description": "Password given to one command as an environment variable prefix (PGPASSWORD=… psql, MYSQL_PWD=…, SSHPASS=…)",
        "regex": "(?:^|[\\[\"'`]|[;&|(]\\s*|\\s)(?:PGPASSWORD|MYSQL_PWD|SSHPASS|REDISCLI_AUTH)=(['\"]?)((?=[^\\s\"'$`]{0,255}[A-Za-z])[^\\s\"'$`;|&]{6,128})\\1\\s+[A-Za-z./]",
        "keywords": [
            "pgpassword=",
            "mysql_pwd=",
            "sshpass=",
            "rediscli_auth="
        ],
        "entropy": 2,
        "allow": [
            "(?i)^(?:changeme|password|postgres|secret|mysql|root)$"
        ],
        "secret-group": 2,
        "severity": "high",
        "generic": true,
        "tests": {
            "positives": [
                "PGPASSWORD={alnum:12}4 psql -h db1.example.net -U app",
                "MYSQL_PWD={alnum:10}7! mysql -u root shop",
                "REDISCLI_AUTH={alnum:12}5 redis-cli -h cache1",
                "cd /srv && SSHPASS={alnum:12}1 sshpass -e ssh ops@bastion",
                "PGPASSWORD=correcthorsebattery psql -h db1 -U app"
            ],
            "negatives": [
                "PGPASSWORD=$DB_PASSWORD psql -h db -U app",
                "PGPASSWORD=\"${PGPASSWORD}\" psql",
                "export PGPASSWORD",
                "PGPASSWORD=changeme psql",
                "Set PGPASSWORD=<password> before running psql"
            ]
        }
    },
    {
        "id": "secret-env-prefix",
        "description": "Secret given to one command as an environment variable prefix (DB_PASSWORD=… node app.js, API_TOKEN=… npm run deploy)",
        "regex": "(?:^|[\\[\"'`]|[;&|(]\\s*|\\s)(?!(?:PGPASSWORD|MYSQL_PWD|SSHPASS|REDISCLI_AUTH)=)[A-Z][A-Z0-9_]{0,80}(?:PASSWORD|PASSWD|_PASS|_PWD|SECRET|TOKEN|API_KEY|APIKEY)=(['\"]?)((?=[^\\s\"'$`]{0,255}[A-Za-z])(?=[^\\s\"'$`]{0,255}[0-9!@#%^&*?~+])[^\\s\"'$`;|&<>]{8,128})\\1\\s+(?:[a-z./]|[A-Z][A-Z0-9_]{0,80}=)",
        "keywords": [
            "password=",
            "passwd=",
            "_pass=",
            "_pwd=",
            "secret=",
            "token=",
            "api_key=",
            "apikey="
        ],
        "entropy": 3,
        "allow": [
            "(?i)^(?:test|fake|mock|dummy|local|dev)[_-]"
        ],
        "secret-group": 2,
        "severity": "high",
        "generic": true,
        "tests": {
            "positives": [
                "  \"start\": \"DB_PASSWORD={alnum:12}4 node app.js\",",
                "RUN NPM_TOKEN={alnum:20}9 npm ci && rm -f .npmrc",
                "  run: API_TOKEN={alnum:24}1 ./scripts/deploy.sh",
                "cross-env NODE_ENV=production JWT_SECRET={alnum:20}! node server.js",
                "SMTP_PASS={alnum:10}7 MAIL_HOST=smtp.example.com node mail.js"
            ],
            "negatives": [
                "  \"start\": \"DB_PASSWORD=$DB_PASSWORD node app.js\",",
                "  \"test\": \"API_TOKEN=test-token-123 jest\",",
                "GITHUB_TOKEN=${{ secrets.GITHUB_TOKEN }} gh release create",
                "DB_PASSWORD={lower:12} node app.js",
                "export DB_PASSWORD={alnum:12}4",
                "TOKEN_TTL=3600s node app.js"
            ]
        }
    },
    {
        "id": "uuid-credential-name",
        "description": "UUID-shaped API token, key or secret under a name that says so (apiToken, api_key, accessToken, secret)",
        "regex": "(?i)(?<![a-z0-9_.-])[a-z0-9_.-]{0,40}(?<!(?:session|request|csrf|xsrf|idempotency|correlation|trace|nonce|state|client|public|refresh|test|fake|dummy|mock|example)[_.-]?)(?:api[_.-]?token|api[_.-]?key|apikey|api[_.-]?secret|access[_.-]?token|auth[_.-]?token|secret[_.-]?key|secret|server[_.-]?token|private[_.-]?key|account[_.-]?token)[\"']?\\]?(?:\\s{0,3}:\\s{0,3}[A-Za-z_][\\w<>\\[\\]]{0,30}(?=\\s{0,3}=))?\\s{0,5}(?::=|=>|[:=])\\s{0,5}[@]?[\"'`]?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![0-9a-f-])",
        "keywords": [
            "api_token",
            "apitoken",
            "api-token",
            "api.token",
            "api_key",
            "apikey",
            "api-key",
            "api.key",
            "api_secret",
            "apisecret",
            "access_token",
            "accesstoken",
            "access-token",
            "auth_token",
            "authtoken",
            "auth-token",
            "secret",
            "server_token",
            "servertoken",
            "private_key",
            "privatekey",
            "account_token",
            "accounttoken"
        ],
        "entropy": 3,
        "allow": [
            "^0{8}-",
            "^12345678-",
            "^([0-9a-f])\\1{7}-"
        ],
        "severity": "medium",
        "generic": true,
        "tests": {
            "positives": [
                "    static let wiseApiToken = \"{uuid}\"",
                "LOGGLY_API_TOKEN: {uuid}",
                "  \"apiKey\": \"{uuid}\",",
                "export SERVICE_SECRET={uuid}"
            ],
            "negatives": [
                "sessionToken = \"{uuid}\"",
                "request_token: {uuid}",
                "client_secret_id = \"{uuid}\"",
                "apiKey = \"00000000-0000-0000-0000-000000000000\"",
                "refresh_token: {uuid}",
                "api_key_id: {uuid}",
                "secret_name: {uuid}x"
            ]
        }
    },
    {
        "id": "env-name-credential",
        "description": "Credential under an upper-case environment-style name (VENDOR_API_TOKEN, VENDOR_SECRET, VENDOR_API_KEY), whatever its value's shape",
        "regex": "(?<![A-Za-z0-9_])[\"'\\\\]{0,2}(?!(?:[A-Z0-9]{1,30}_){0,3}PUSHER_APP_KEY(?![A-Z0-9_]))(?!(?:[A-Z0-9]{1,30}_){0,5}(?:PUBLIC|PUBLISHABLE|SITE|ANON|PARTITION|SORT|CACHE|PRIMARY|FOREIGN|ROUTING|IDEMPOTENCY|OBJECT|REGION|TEST|FAKE|DUMMY|EXAMPLE|MOCK|DEV|LOCAL|GPG|PGP|GNUPG|SSH|HOST|STORAGE|PROJECT|RELEASE|INSTRUMENTATION)_)(?:[A-Z][A-Z0-9]{1,30}_){1,5}(?:API_?TOKEN|API_?KEY|API_?SECRET|ACCESS_?TOKEN|AUTH_?TOKEN|SECRET(?:_?KEY)?|TOKEN|PRIVATE_?KEY|ACCESS_?KEY|AUTH_?KEY|INGESTION_?KEY|SERVER_?KEY|APP_?SECRET|CLIENT_?SECRET|MASTER_?KEY|ADMIN_?KEY|LICENSE_?KEY|WRITE_?KEY|SECRET_?ACCESS_?KEY|PASSCODE|SK|KEY)(?![A-Za-z0-9_])[\"'\\\\]{0,2}(?:\\s{0,5}(?::\\s{0,3}&(?:'static\\s{1,3})?(?:\\[u8(?:;\\s{0,3}\\d{1,4})?\\]|str)\\s{0,3}=|\\?=|:=|\\+=|=>|=|:|\\|\\||\\?\\?|\\]\\s{0,3}=|\\((?=\\s{0,3}[\"'])|[\"']\\s{0,3},\\s{0,3}(?:defaultValue:\\s{0,3})?[\"'](?:\\\\[\"'])?|[\"'][ \\t]{1,3}to[ \\t]{1,3}(?=[\"']))|(?<=(?:\\bSetEnv|\\bsetenv|\\bsetx|\\bset\\s{1,3}-[A-Za-z]{1,3})\\s{1,5}[A-Z][A-Z0-9_]{2,120})[ \\t]{1,5})\\s{0,5}(?:[bru]?[\"'`]|\\\\[\"'])?((?=[A-Za-z0-9_-]{0,511}[0-9])(?=[A-Za-z0-9_-]{0,511}[A-Za-z])[A-Za-z0-9_-]{14,512}(?![A-Za-z0-9_\\-+/=.])|(?=[A-Za-z0-9_.+/-]{0,511}[0-9])(?=[A-Za-z0-9_.+/-]{0,511}[a-z])(?=[A-Za-z0-9_.+/-]{0,511}[A-Z])(?![./])[A-Za-z0-9_.+/-]{20,512}={0,2}(?![A-Za-z0-9_\\-+/=.]))",
        "keywords": [
            "_passcode",
            "api_token",
            "apitoken",
            "api_key",
            "apikey",
            "api_secret",
            "apisecret",
            "access_token",
            "accesstoken",
            "auth_token",
            "authtoken",
            "_secret",
            "_token",
            "private_key",
            "privatekey",
            "access_key",
            "accesskey",
            "auth_key",
            "authkey",
            "ingestion_key",
            "ingestionkey",
            "server_key",
            "serverkey",
            "client_secret",
            "master_key",
            "masterkey",
            "admin_key",
            "adminkey",
            "license_key",
            "licensekey",
            "write_key",
            "writekey",
            "_sk",
            "_key"
        ],
        "entropy": 2.7,
        "allow": [
            "^[A-Za-z_$][\\w$]{0,30}(?:\\.[A-Za-z_$][\\w$]{0,30}){2,}$",
            "^[0-9A-F]{40}$",
            "^(?:0123456789|1234567890|abcdef|ABCDEF)",
            "(?i)^(?:your|my|the|some|insert|replace|change|put)[_-]",
            "(?i)(?:xxxx|example|placeholder|changeme|dummy|sample)",
            "^[0-9]+$",
            "^[A-Z0-9]+(?:_[A-Z0-9]+)+$",
            "^[a-z]+(?:[_-][a-z]+)*(?:[_-]?[0-9]+)?$",
            "^[a-z][a-z0-9]{0,15}(?:_[a-z][a-z0-9]{0,15})+$",
            "^[a-z]+[0-9]*(?:[A-Z][a-z0-9]+)+$"
        ],
        "severity": "medium",
        "generic": true,
        "tests": {
            "positives": [
                "Environment=\"LOG_LEVEL=info\" \"NEXUS_TOKEN_PASSCODE={alnum:43}7\" \"TZ=UTC\"",
                "        \"EDAMAM_APP_KEY\" to \"{hex:32}\",",
                "  STRAPI_API_TOKEN: {hex:256}",
                "TODOIST_API_TOKEN ?= {hex:40}",
                "  LOGGLY_TOKEN: {uuid}",
                "OPSGENIE_API_KEY ?= {uuid}",
                "    LOGDNA_INGESTION_KEY = '{hex:32}'",
                "BYBIT_API_SECRET ?= {alnum:35}7",
                "export HUAWEICLOUD_SDK_SK=\"{alnum:39}2\"",
                "    public static final String PUSHER_APP_SECRET = \"{hex:20}\";",
                " * TODO remove before release: RECURLY_API_KEY={hex:32}",
                " * TODO: IPINFO_TOKEN={hex:14}",
                "    buildConfigField(\"String\", \"SERPAPI_API_KEY\", \"\\\"{hex:64}\\\"\")",
                "        \"BING_MAPS_KEY\": \"{b64url:63}1\",",
                "    buildConfigField(\"String\", \"CKO_SECRET_KEY\", \"\\\"sk_{uuid}\\\"\")",
                "TUNNEL_TOKEN = ENV.fetch('TUNNEL_TOKEN', 'eyJ{b64:60}a9Z')",
                "    'secret' => env('AKEYLESS_ACCESS_KEY', '{alnum:10}/{alnum:20}+{alnum:10}9a='),",
                "const apiKey = process.env.KUCOIN_API_SECRET || '{uuid}';",
                "  static const s = String.fromEnvironment('RUNWAYML_API_SECRET', defaultValue: 'key_7{hex:127}');",
                "env[DROPBOX_TOKEN] = {alnum:40}8",
                "  SetEnv ALGOLIA_ADMIN_KEY {hex:32}",
                "set -gx REDDIT_CLIENT_SECRET '{alnum:29}7'",
                "    \"%env PUSHBULLET_TOKEN=o.{alnum:31}7\\\\n\",",
                "  token: System.get_env(\"TB_WRITE_TOKEN\", \"o.{alnum:40}.{b64url:43}9A\"),",
                "\tos.Setenv(\"AZURE_SEARCH_ADMIN_KEY\", \"{alnum:20}/{alnum:20}9aZ\")",
                "setx UPSTASH_REDIS_REST_TOKEN \"AY{alnum:60}7=\"",
                "    RADAR_SECRET_KEY(\"prj_live_sk_{hex:39}7\"),",
                "const WEBHOOK_KEY: &[u8] = b\"{alnum:39}7\";",
                "pub const SIGNING_KEY: &str = \"{alnum:31}7\";"
            ],
            "negatives": [
                "export const TODOS_STORAGE_KEY = 'reactTodoAppState2'",
                "SLACK_TOKEN_FILE=/run/Secrets/slack/Token2",
                "API_TOKEN=config.Vault.Token2024",
                "SetEnv APP_API_KEY ${APP_API_KEY}",
                "const key = process.env.STRIPE_SECRET_KEY || \"\"",
                "set -gx GITHUB_TOKEN (gh auth token)",
                "SONAR_PROJECT_KEY=AcmeCorp_web-frontend2",
                "ENV NODE_RELEASE_KEY={HEX:40}",
                "APPINSIGHTS_INSTRUMENTATION_KEY={uuid}",
                "            ('OAUTH2_CLIENT_SECRET', 'oauth2ClientSecret'),",
                "DLP4_DISP_KEY = \"dlp4_displacements\"",
                "PUSHER_APP_KEY={hex:20}",
                "VITE_PUSHER_APP_KEY=\"${PUSHER_APP_KEY}\"",
                "GITHUB_SHA={hex:40}",
                "BUILD_ID={hex:32}",
                "STRIPE_PUBLISHABLE_KEY=pk_live_{alnum:24}",
                "RECAPTCHA_SITE_KEY={alnum:40}",
                "SENTRY_RELEASE={hex:40}",
                "TODOIST_API_TOKEN ?= $(shell cat token)",
                "MY_API_TOKEN=your_api_token_here_12345",
                "CACHE_KEY={hex:32}",
                "API_KEY_ID={hex:32}",
                "APP_SECRET=0123456789abcdef0123456789abcdef",
                "AWS_ACCESS_KEY=AKIA_PLACEHOLDER_VALUE_0",
                "SLACK_TOKEN_PATH=/var/run/{lower:8}/token1",
                "DATABASE_TOKEN: ${{ secrets.DATABASE_TOKEN }}",
                "DEV_API_KEY={hex:32}",
                "ENV GPG_KEY={HEX:40}",
                "PYTHON_GPG_KEY: {HEX:40}"
            ]
        }
    },
    {
        "id": "prose-token-value",
        "description": "A token, key, secret or password named in prose (its value in backticks) or in a comment (after a colon)",
        "regex": "(?i)(?:\\b(?<!(?:page|next|continuation|sync|csrf|cancellation|pagination)[ _-])(?:token|api[ _-]?key|secret(?:[ _-]?key)?|password|passwd|access[ _-]?key|auth[ _-]?key)\\b[^`\\n=;{}<>]{0,20}?`(?=[A-Za-z0-9_+/=-]{16,128}`)|(?:#|//|\\*|--(?=[ \\t]))[^\\n]{0,60}?\\b(?<!(?:page|next|continuation|sync|csrf|cancellation|pagination)[ _-])(?:token|api[ _-]?key|secret(?:[ _-]?key)?|password|passwd|access[ _-]?key|auth[ _-]?key)\\b(?![^:\\n]{0,30}?\\b(?:address|addresses|mint|contract|hash|id|ids|program|account|symbol|decimals)\\b)[^:\\n=`]{0,30}?:[ \\t]{1,3})((?=[A-Za-z0-9_+/=-]{0,127}[0-9])(?=[A-Za-z0-9_+/=-]{0,127}[A-Za-z])[A-Za-z0-9_+/=-]{16,128})(?![A-Za-z0-9_+/=.-])",
        "keywords": [
            "token",
            "api key",
            "api_key",
            "api-key",
            "apikey",
            "secret",
            "password",
            "passwd",
            "access key",
            "access_key",
            "auth key",
            "auth_key"
        ],
        "entropy": 3.5,
        "allow": [
            "^0x[0-9a-fA-F]{40}$",
            "^--",
            "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$",
            "^[A-Z]?[a-z0-9]+(?:[A-Z][a-z0-9]+)+$",
            "^[a-z][a-z0-9]*(?:[_-][a-z0-9]+)+$",
            "^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$",
            "^[\\w.-]+(?:/[\\w.-]+){2,}$",
            "^[0-9]{8,14}_[a-z0-9]+(?:_[a-z]+)+$"
        ],
        "severity": "medium",
        "generic": true,
        "tests": {
            "positives": [
                "If the Duo integration fails, re-run the sync with token `{alnum:39}1` from the ops laptop.",
                "# old Bugsnag api key (rotated?): {hex:32}",
                "The staging API key is `{b64url:42}7`."
            ],
            "negatives": [
                "// WETH token address: 0x{hex:40}",
                "// Solana USDC token mint: EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v",
                "the spacing token `--spectrum-global-dimension-size-200`",
                "To create a trigger that requires secret `projects/my-project/secrets/my-secret/versions/2` and builds",
                "Set the token with `export GITHUB_TOKEN=...`",
                "key: value",
                "# cache key: {lower:20}",
                "the token `{same:24}`",
                "Run `npm run build` to refresh the token.",
                "secret: projects-demo-secrets-db-v2",
                "    Next page token: eav1OzQB0OM8rLdGXOEsyQWSG",
                "Offset between the tokenizer vocab index for the token ids embedded by `Gemma3nMultimodalEmbedder` and the",
                "Deprecated: Username-Password authentication. Use `oauth2_client_credentials` instead.",
                "A page token, received from a previous `ListDisplayVideo360AdvertiserLinks` call.",
                "def ADsOpenObject(path, username, password, iid: _win32typing.PyIID, reserved: int = ...): ...",
                "  client-secret: {hex:40}",
                "- Migrated auth token table (migration `20240611_0ebba20390f5_auth_tokens`)"
            ]
        }
    },
    {
        "id": "erlang-cookie",
        "description": "Erlang distribution cookie (RabbitMQ, CouchDB, Elixir clusters; the cookie authenticates cluster nodes)",
        "regex": "(?i)erlang[_.-]?cookie[\"']?\\]?\\s{0,5}(?::=|=>|[:=])\\s{0,5}[\"']?([A-Za-z0-9+/=_-]{16,256})(?![A-Za-z0-9+/=_-])",
        "keywords": [
            "erlangcookie",
            "erlang_cookie",
            "erlang-cookie",
            "erlang.cookie"
        ],
        "entropy": 3,
        "allow": [
            "(?i)^(?:your|my|the|secret|changeme|cookie)",
            "^\\$"
        ],
        "severity": "high",
        "generic": true,
        "tests": {
            "positives": [
                "  erlangCookie: {alnum:31}2",
                "  erlangCookie: {upper:20}",
                "RABBITMQ_ERLANG_COOKIE={upper:24}",
                "rabbitmq:\n  auth:\n    erlangCookie: \"{upper:20}\""
            ],
            "negatives": [
                "  erlangCookie: ${ERLANG_COOKIE}",
                "  erlangCookie: \"\"",
                "RABBITMQ_ERLANG_COOKIE={same:20}",
                "  erlangCookie: secretcookie1234567"
            ]
        }
    },
    {
        "id": "code-declaration-credential",
        "description": "Credential in a declaration whose syntax has no `=` (VB Const … As String =, Clojure (def …), Elixir @attr, Erlang/Elixir {name, \"…\"})",
        "regex": "(?i)(?:\\(def(?:once)?\\s{1,3}|(?<![\\w@])@|\\{\\s{0,3}:?|\\b(?:const|dim|readonly|shared|private|public|friend|protected)\\s{1,3}(?:(?:const|readonly|shared)\\s{1,3})?)[a-z0-9_.-]{0,60}?(?:secret|token|api[_.-]?key|apikey|access[_.-]?key|auth[_.-]?key|private[_.-]?key|ingestion[_.-]?key|app[_.-]?key|signing[_.-]?key|password|passwd)[a-z0-9_-]{0,20}(?:\\s{1,3}as\\s{1,3}string\\s{0,3}=|\\s{0,3},|\\s{1,3})\\s{0,3}\"((?=[^\"\\s]{0,199}[0-9])(?=[^\"\\s]{0,199}[A-Za-z])[^\"\\s\\\\]{14,200})\"",
        "keywords": [
            "secret",
            "token",
            "api_key",
            "apikey",
            "api-key",
            "api.key",
            "access_key",
            "accesskey",
            "access-key",
            "auth_key",
            "authkey",
            "auth-key",
            "private_key",
            "privatekey",
            "private-key",
            "ingestion",
            "app_key",
            "appkey",
            "app-key",
            "password",
            "passwd",
            "signing_key",
            "signingkey",
            "signing-key"
        ],
        "entropy": 3,
        "allow": [
            "^[A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*)+$",
            "^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$",
            "(?i)^[a-z]{1,12}(?:[._-][a-z0-9]{1,12})+$"
        ],
        "severity": "medium",
        "generic": true,
        "requires": [
            "(def",
            "@",
            "{",
            " As ",
            " as ",
            " AS "
        ],
        "tests": {
            "positives": [
                "    Public Const MezmoIngestionKey As String = \"{hex:32}\"",
                "    Public Const CodaApiToken As String = \"{uuid}\"",
                "(def twilio-auth-token \"{hex:32}\")",
                "  @api_key \"{alnum:31}7\"",
                "    {infura, [{project_secret, \"{hex:32}\"}]}",
                "    Private Shared ReadOnly ApiSecret As String = \"{alnum:23}9\"",
                "    Private Const INNGEST_SIGNING_KEY As String = \"signkey-prod-{hex:63}7\""
            ],
            "negatives": [
                "    Public Const TokenHeader As String = \"X-Auth-Token-Header\"",
                "(def api-key-header \"x-api-key-header\")",
                "  @api_key_env \"MY_SERVICE_API_KEY_V2\"",
                "{token, \"settings.auth.token\"}",
                "  @secret_key_base_length \"64\"",
                "    Dim token As String = GetToken(user)"
            ]
        }
    },
    {
        "id": "ansible-unsafe-secret",
        "description": "Credential marked !unsafe in Ansible vars (a literal the templater must not expand)",
        "regex": "(?i)[a-z0-9_]{0,60}(?:secret|token|api_?key|password|passwd)[a-z0-9_]{0,20}:\\s{0,3}!unsafe\\s{1,3}[\"']([^\"'\\s]{8,200})[\"']",
        "keywords": [
            "!unsafe"
        ],
        "entropy": 2.5,
        "severity": "medium",
        "generic": true,
        "tests": {
            "positives": [
                "chocolatey_api_key: !unsafe \"{uuid}\"",
                "censys_api_secret: !unsafe \"{alnum:31}7\"",
                "db_password: !unsafe '{alnum:10}%!{alnum:4}'"
            ],
            "negatives": [
                "db_password: !unsafe \"{{ vault_db_password }}\"",
                "api_key: !unsafe \"changeme\""
            ]
        }
    },
    {
        "id": "kubeadm-bootstrap-token",
        "description": "Kubernetes bootstrap token (kubeadm join --token, a bootstrap-token Secret)",
        "regex": "(?:(?:[Kk]ubeadm|KUBEADM|[Bb]ootstrap|BOOTSTRAP)[^\\n]{0,60}?|--token[= ]\\s{0,3}|(?:[Tt]oken|TOKEN)[\"']?\\s{0,3}[=:]\\s{0,3}[\"']?)(?<![A-Za-z0-9_.$])((?=[a-z0-9.]{0,22}[0-9])[a-z0-9]{6}\\.[a-z0-9]{16})(?![A-Za-z0-9_.(])",
        "keywords": [
            "kubeadm",
            "bootstrap",
            "--token",
            "token=",
            "token:",
            "token\":",
            "token':",
            "token =",
            "token :"
        ],
        "entropy": 3,
        "allow": [
            "^abcdef\\.0123456789abcdef$"
        ],
        "severity": "high",
        "tests": {
            "positives": [
                "putenv('KUBEADM_TOKEN={lower:3}4{lower:2}.{lower:8}7{lower:7}');",
                "kubeadm join 10.0.0.1:6443 --token {lower:6}.{lower:10}4{lower:5} --discovery-token-ca-cert-hash sha256:{hex:64}"
            ],
            "negatives": [
                "kubeadm join 10.0.0.1:6443 --token abcdef.0123456789abcdef",
                "token: {lower:6}.{lower:3}",
                "join www.example.com and stats.example.org",
                "    this.tokens[nextSigTokenPos][tokenize_1.FIELDS.TYPE] === tokens.closeparenthesis) {",
                "  self.tokens.append(tokens.streamstarttoken(mark))"
            ]
        }
    },
    {
        "id": "solana-secret-key-array",
        "description": "Solana secret key as a 64-number array under a secret, private key, keypair or wallet name (.env, config)",
        "regex": "(?i)(?:secret|private)[_-]?key[\\w-]{0,30}[\"']?\\s{0,5}[:=]\\s{0,5}[\"']?\\[\\s{0,12}((?:(?:25[0-5]|2[0-4]\\d|[01]?\\d?\\d)\\s{0,12},\\s{0,12}){63}(?:25[0-5]|2[0-4]\\d|[01]?\\d?\\d))\\s{0,12}\\]|(?:keypair|wallet|signer|payer)[\\w-]{0,30}[\"']?\\s{0,5}[:=]\\s{0,5}[\"']?\\[\\s{0,12}((?:(?:25[0-5]|2[0-4]\\d|[01]?\\d?\\d)\\s{0,12},\\s{0,12}){63}(?:25[0-5]|2[0-4]\\d|[01]?\\d?\\d))\\s{0,12}\\]",
        "keywords": [
            "secret_key",
            "secretkey",
            "secret-key",
            "private_key",
            "privatekey",
            "private-key",
            "keypair",
            "wallet",
            "signer",
            "payer"
        ],
        "entropy": 1,
        "allow": [
            "^(\\d{1,3})(?:\\s*,\\s*\\1)*$"
        ],
        "severity": "critical",
        "multiline": true,
        "tests": {
            "positives": [
                "WALLET_SECRET_KEY=[{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2},{digits:2}]",
                "SOLANA_PRIVATE_KEY=[\n135,\n153,\n193,\n53,\n13,\n67,\n158,\n113,\n137,\n122,\n167,\n95,\n222,\n49,\n52,\n164,\n170,\n114,\n224,\n86,\n40,\n172,\n111,\n230,\n138,\n115,\n61,\n17,\n97,\n161,\n93,\n142,\n174,\n43,\n176,\n66,\n215,\n149,\n138,\n237,\n177,\n213,\n148,\n214,\n209,\n18,\n211,\n79,\n102,\n2,\n244,\n222,\n113,\n16,\n233,\n147,\n174,\n116,\n34,\n146,\n61,\n125,\n23,\n17\n]"
            ],
            "negatives": [
                "WALLET_SECRET_KEY=[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0]",
                "const wallet = [1, 2, 3]"
            ]
        }
    },
    {
        "id": "bitcoin-wif-private-key",
        "description": "Bitcoin private key in Wallet Import Format (base58, 5… uncompressed or K…/L… compressed) under a key name",
        "regex": "(?:WIF|[Ww]if|PRIV(?:ATE)?_?KEY|[Pp]riv(?:ate)?[_.-]?[Kk]ey|SECRET_?KEY|[Ss]ecret[_.-]?[Kk]ey|WALLET_?KEY|[Ww]allet[_.-]?[Kk]ey)[A-Za-z0-9_]{0,20}[\"']?\\]?\\s{0,5}(?::=|=>|[:=]|[\"']\\s{0,3},)\\s{0,5}[\"']?(5[HJK][1-9A-HJ-NP-Za-km-z]{49}|[KL][1-9A-HJ-NP-Za-km-z]{51})(?![1-9A-Za-z])",
        "keywords": [
            "wif",
            "privkey",
            "priv_key",
            "private_key",
            "privatekey",
            "private-key",
            "secret_key",
            "secretkey",
            "wallet_key",
            "walletkey"
        ],
        "entropy": 3.5,
        "severity": "critical",
        "tests": {
            "positives": [
                "\tos.Setenv(\"BTC_WIF\", \"L{b58:51}\")",
                "  - WALLET_WIF: 5K{b58:49}"
            ],
            "negatives": [
                "  - WALLET_WIF: ${WALLET_WIF}",
                "address: 1{b58:33}",
                "BTC_WIF=L{b58:20}"
            ]
        }
    },
    {
        "id": "chat-bot-webhook-url",
        "description": "Chat bot or automation webhook URL with its key (Feishu/Lark, WeCom, IFTTT Maker, Mattermost, Rocket.Chat)",
        "regex": "(https://(?:open\\.feishu\\.cn|open\\.larksuite\\.com)/open-apis/bot/v2/hook/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|https://qyapi\\.weixin\\.qq\\.com/cgi-bin/webhook/send\\?key=[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|https://maker\\.ifttt\\.com/(?:trigger/[\\w.-]{1,80}/(?:json/)?with/key|use)/[A-Za-z0-9_-]{20,43}|https?://[\\w.-]{1,120}(?::\\d{2,5})?/hooks/(?:[a-z0-9]{26}|[A-Za-z0-9]{17,24}/[A-Za-z0-9]{40,64}))(?![A-Za-z0-9_-])",
        "keywords": [
            "open-apis/bot",
            "qyapi.weixin.qq.com",
            "maker.ifttt.com",
            "/hooks/"
        ],
        "entropy": 3,
        "severity": "high",
        "tests": {
            "positives": [
                "static const char *feishu_webhook = \"https://open.feishu.cn/open-apis/bot/v2/hook/{uuid}\";",
                "LARK_WEBHOOK=https://open.larksuite.com/open-apis/bot/v2/hook/{uuid}",
                "  WECOM_WEBHOOK = \"https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key={uuid}\"",
                "  defaultValue: 'https://maker.ifttt.com/trigger/deploy_done/with/key/{alnum:21}7'",
                "  \"webhook_url\": \"https://chat.acme.io/hooks/{alnumL:25}7\"",
                "webhook: https://chat.acme.io/hooks/{alnum:23}7/{alnum:47}Q"
            ],
            "negatives": [
                "https://open.feishu.cn/open-apis/bot/v2/hook/xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx",
                "https://maker.ifttt.com/trigger/{event}/with/key/{your-key}",
                "https://git.acme.io/hooks/pre-receive",
                "https://chat.acme.io/hooks/xxxxxxxxxxxxxxxxxxxxxxxxxx",
                "see https://docs.mattermost.com/developer/webhooks-incoming.html"
            ]
        }
    },
    {
        "id": "tinybird-token",
        "description": "Tinybird auth token (p. then a signed JSON payload)",
        "regex": "(?<![A-Za-z0-9_.-])(p\\.eyJ[A-Za-z0-9_-]{40,}\\.[A-Za-z0-9_-]{20,})(?![A-Za-z0-9_-])",
        "keywords": [
            "p.eyj"
        ],
        "entropy": 4,
        "severity": "high",
        "tests": {
            "positives": [
                "  token: System.get_env(\"TINYBIRD_TOKEN\", \"p.eyJ{b64url:120}.{b64url:43}\"),",
                "TB_TOKEN=p.eyJ{b64url:90}.{b64url:43}"
            ],
            "negatives": [
                "p.eyJ{b64url:10}.{b64url:10}",
                "const jwt = \"eyJ{b64url:40}.eyJ{b64url:40}.{b64url:43}\""
            ]
        }
    },
    {
        "id": "pinterest-access-token",
        "description": "Pinterest API access token (pina_)",
        "regex": "(?<![A-Za-z0-9_])(pina_[A-Z0-9]{32,120})(?![A-Za-z0-9_])",
        "keywords": [
            "pina_"
        ],
        "entropy": 3.5,
        "severity": "high",
        "tests": {
            "positives": [
                "env[PINTEREST_ACCESS_TOKEN] = pina_{alnumU:96}",
                "PINTEREST_TOKEN=\"pina_{alnumU:96}\""
            ],
            "negatives": [
                "pina_{alnumU:10}",
                "pina_colada_recipe"
            ]
        }
    },
    {
        "id": "stytch-secret",
        "description": "Stytch project secret (secret-live-, secret-test-)",
        "regex": "(?<![A-Za-z0-9_-])(secret-(?:live|test)-(?=[A-Za-z0-9_-]{0,43}[0-9])(?=[A-Za-z0-9_-]{0,43}[A-Z])[A-Za-z0-9_-]{30,44}={0,2})(?![A-Za-z0-9_=-])",
        "keywords": [
            "secret-live-",
            "secret-test-"
        ],
        "entropy": 3.5,
        "severity": "high",
        "tests": {
            "positives": [
                "    Public Const StytchSecret As String = \"secret-live-{alnum:36}=\"",
                "STYTCH_SECRET=secret-test-{alnum:36}="
            ],
            "negatives": [
                "secret-live-{alnum:8}",
                "kubectl create secret-live-rotation-policy-for-all-the-services"
            ]
        }
    },
    {
        "id": "spring-property-default-credential",
        "description": "Credential written as the default of a Spring property placeholder (${name:default} in @Value, application.yml, .properties)",
        "regex": "(?i)\\$\\{[a-z0-9_.-]{0,80}(?:password|passwd|pwd|secret|token|api[_.-]?key|apikey|private[_.-]?key|access[_.-]?key|credentials?)[a-z0-9_.-]{0,40}:(?![-=?+])(?=[^}\\s\"'$]{8})((?=[^}\\s\"']{0,199}[0-9!@#%^&*?~])[^}\\s\"'$]{8,200})\\}",
        "keywords": [
            "password",
            "passwd",
            "pwd",
            "secret",
            "token",
            "api_key",
            "apikey",
            "api-key",
            "api.key",
            "private_key",
            "privatekey",
            "private-key",
            "private.key",
            "access_key",
            "accesskey",
            "access-key",
            "access.key",
            "credential"
        ],
        "entropy": 2.8,
        "severity": "medium",
        "generic": true,
        "requires": [
            "${"
        ],
        "tests": {
            "positives": [
                "    @Value(\"${braintree.private-key:{hex:32}}\")",
                "  password: ${DB_PASSWORD:{alnum:10}7!}",
                "spring.mail.password=${MAIL_PASSWORD:{alnum:12}4}"
            ],
            "negatives": [
                "  password: ${DB_PASSWORD:}",
                "  password: ${DB_PASSWORD:changeme}",
                "    @Value(\"${jwt.secret:${JWT_SECRET}}\")",
                "  token-ttl: ${TOKEN_TTL:3600}",
                "  password: ${DB_PASSWORD:postgres}",
                "export API_TOKEN=\"${API_TOKEN:={alnum:14}#3}\""
            ]
        }
    },
    {
        "id": "consul-gossip-key",
        "description": "Consul gossip encryption key (encrypt = \"<32 bytes base64>\" in agent config)",
        "regex": "(?<![\\w.-])[\"']?encrypt[\"']?\\s{0,8}[=:]\\s{0,8}\"([A-Za-z0-9+/]{43}=)\"",
        "keywords": [
            "encrypt"
        ],
        "entropy": 4,
        "severity": "high",
        "tests": {
            "positives": [
                "encrypt = \"{b64:43}=\"",
                "  \"encrypt\": \"{b64:43}=\",",
                "encrypt    = \"{b64:43}=\""
            ],
            "negatives": [
                "encrypt = true",
                "encrypt_verify_incoming = true",
                "encrypt = \"{{ consul_gossip_key }}\""
            ]
        }
    },
    {
        "id": "cisco-type7-password",
        "description": "Cisco IOS type 7 password (a reversible encoding, not a hash)",
        "regex": "(?<![\\w-])(?:password|secret|key-string|key|authentication-key|md5)\\s{1,3}7\\s{1,3}([0-9A-F]{8,100})(?![0-9A-Za-z])",
        "keywords": [
            "password 7",
            "key 7",
            "key-string 7",
            "secret 7",
            "md5 7"
        ],
        "entropy": 2.5,
        "severity": "high",
        "tests": {
            "positives": [
                "username netops privilege 15 password 7 {HEX:20}",
                " ip ospf message-digest-key 1 md5 7 {HEX:18}",
                "tacacs-server key 7 {HEX:22}"
            ],
            "negatives": [
                "username netops secret 5 $1${alnum:4}${alnum:22}",
                "password 7",
                "enable password 7 0"
            ]
        }
    },
    {
        "id": "ntlm-hash-dump",
        "description": "NT hash in a pwdump/secretsdump line (user:RID:LM:NT:::), usable to pass the hash",
        "regex": "(?<![\\w$.-])[\\w.$-]{1,64}:\\d{1,10}:[0-9a-fA-F]{32}:([0-9a-fA-F]{32}):::",
        "keywords": [
            ":::"
        ],
        "entropy": 3,
        "allow": [
            "^31d6cfe0d16ae931b73c59d7e0c089c0$"
        ],
        "severity": "high",
        "tests": {
            "positives": [
                "Administrator:500:aad3b435b51404eeaad3b435b51404ee:{hex:32}:::",
                "svc_sql:1107:{hex:32}:{hex:32}:::"
            ],
            "negatives": [
                "Guest:501:aad3b435b51404eeaad3b435b51404ee:31d6cfe0d16ae931b73c59d7e0c089c0:::",
                "a:b:c:::"
            ]
        }
    },
    {
        "id": "nested-credential-value",
        "description": "Credential under a secret-named key as its nested value or default (GitLab CI variables' value, GitHub Actions inputs' default, ARM parameters' \"value\")",
        "regex": "(?i)^[ \\t]*(?:-[ \\t]+)?[\"']?[a-z0-9_.-]{0,80}(?:secret|token(?!iz)|api[_.-]?key|apikey|password|passwd|private[_.-]?key|access[_.-]?key|credentials?)[\"']?[ \\t]*:[ \\t]*(?:\\{[ \\t]*|(?=\\r?\\n))(?:\\r?\\n(?:[ \\t]+[\"']?(?:type|description|required|options|expand|protected|masked|noecho|minlength|maxlength|allowedpattern|allowedvalues|constraintdescription|minvalue|maxvalue|sensitive|nullable|deprecationmessage)[\"']?[ \\t]*:(?![ \\t]*[\"']?AWS::SSM::)[^\\n]{0,200}\\r?\\n){0,6}[ \\t]+)?[\"']?(?:value|default)[\"']?[ \\t]*:[ \\t]*[\"']?((?=[^\"'\\s]{0,199}[0-9])(?=[^\"'\\s]{0,199}[A-Za-z])[^\"'\\s,}#]{12,200})",
        "keywords": [
            "secret:",
            "secret\":",
            "secret':",
            "secrets:",
            "secrets\":",
            "secrets':",
            "token:",
            "token\":",
            "token':",
            "tokens:",
            "tokens\":",
            "tokens':",
            "api_key:",
            "api_key\":",
            "api_key':",
            "apikey:",
            "apikey\":",
            "apikey':",
            "api-key:",
            "api-key\":",
            "api-key':",
            "api.key:",
            "api.key\":",
            "api.key':",
            "password:",
            "password\":",
            "password':",
            "passwd:",
            "passwd\":",
            "passwd':",
            "private_key:",
            "private_key\":",
            "private_key':",
            "privatekey:",
            "privatekey\":",
            "privatekey':",
            "private-key:",
            "private-key\":",
            "private-key':",
            "access_key:",
            "access_key\":",
            "access_key':",
            "accesskey:",
            "accesskey\":",
            "accesskey':",
            "access-key:",
            "access-key\":",
            "access-key':",
            "credential:",
            "credential\":",
            "credential':",
            "credentials:",
            "credentials\":",
            "credentials':"
        ],
        "entropy": 3,
        "allow": [
            "^[a-z][a-z0-9]*(?:-[a-z0-9]+){1,6}$",
            "^\\$",
            "^\\{\\{",
            "^[a-z]+://",
            "^/",
            "(?i)^(?:your|my|the)[_-]"
        ],
        "severity": "medium",
        "multiline": true,
        "generic": true,
        "report-at": "secret",
        "tests": {
            "positives": [
                "Parameters:\n  EiApiKey:\n    Type: String\n    Description: Edge Impulse credential\n    MinLength: 8\n    Default: 'ei_{hex:64}'",
                "  DBPassword:\n    Type: String\n    NoEcho: true\n    MinLength: 12\n    Default: {lower:6}%{lower:6}%{lower:6}64",
                "    \"TruenasApiKey\": {\n      \"Type\": \"String\",\n      \"Description\": \"key for the ingest lambda\",\n      \"Default\": \"9-{alnum:62}7\"\n    },",
                "variables:\n  DEPLOY_API_TOKEN:\n    value: \"{alnum:39}7\"\n    description: deploy token",
                "    inputs:\n      api_key:\n        description: Vendor API key\n        required: false\n        default: \"{alnum:31}7\"",
                "  \"rootlyApiToken\": { \"value\": \"rootly_{hex:63}7\" },"
            ],
            "negatives": [
                "variables:\n  DEPLOY_API_TOKEN:\n    value: $DEPLOY_TOKEN",
                "    inputs:\n      api_key:\n        description: Vendor API key\n        default: ''",
                "  \"tokenLifetime\": { \"value\": \"PT1H30M\" }",
                "  token:\n    value: ${{ secrets.TOKEN }}",
                "echo note DEPLOY_API_TOKEN:\n    value: \"{alnum:39}7\"",
                "  GitHubToken:\n    Type: AWS::SSM::Parameter::Value<String>\n    Default: /ci/github-token-2024",
                "  DBPasswordSecret:\n    Type: String\n    Default: prod-db-credentials-v2"
            ]
        }
    },
    {
        "id": "terraform-secret-attribute",
        "description": "Secret literal in a Terraform attribute that only holds secrets (github_actions_secret plaintext_value, secret_string, secret_data)",
        "regex": "(?<![\\w.-])(?:plaintext_value|secret_string|secret_data|sensitive_content)\\s{0,5}=\\s{0,5}\"((?=[^\"]{0,199}[0-9A-Za-z])[^\"$\\s]{8,200})\"",
        "keywords": [
            "plaintext_value",
            "secret_string",
            "secret_data",
            "sensitive_content"
        ],
        "entropy": 2.8,
        "severity": "high",
        "tests": {
            "positives": [
                "  plaintext_value = \"{alnum:39}7\"",
                "  secret_string = \"{alnum:19}7\""
            ],
            "negatives": [
                "  plaintext_value = var.token",
                "  secret_string = jsonencode(local.creds)",
                "  plaintext_value = \"${var.token}\""
            ]
        }
    },
    {
        "id": "cli-secret-argument",
        "description": "Secret passed on a command line (kubectl create secret --from-literal=<name>=…, aws ssm put-parameter --value … for a secret-named parameter)",
        "regex": "(?i)--from-literal[= ][\"']?[\\w.-]{0,60}(?:secret|token|key|password|passwd|pwd|credentials?)[\\w.-]{0,30}=((?=[^\\s\"']{0,199}[0-9A-Za-z])[^\\s\"'$]{8,200})|put-parameter[^\\n]{0,200}?--name[= ][\"']?[^\\s\"']{0,120}(?:secret|token|key|password|passwd|credential)[^\\s\"']{0,60}[\"']?[^\\n]{0,200}?--value[= ][\"']?([^\\s\"'$]{8,200})",
        "keywords": [
            "--from-literal",
            "put-parameter"
        ],
        "entropy": 3,
        "severity": "high",
        "tests": {
            "positives": [
                "kubectl -n prod create secret generic api-secrets --from-literal=duo_secret_key={alnum:39}7",
                "aws ssm put-parameter --name \"/prod/covalent/api-key\" --type SecureString --overwrite --value \"cqt_{alnum:26}7\""
            ],
            "negatives": [
                "kubectl create secret generic s --from-literal=password=$DB_PASSWORD",
                "aws ssm put-parameter --name /prod/app/region --value eu-west-1",
                "kubectl create secret generic s --from-literal=api_key=\"${API_KEY}\""
            ]
        }
    },
    {
        "id": "argument-pair-credential",
        "description": "Credential passed as the argument after its name (flag.String(\"api-token\", \"…\"), viper.SetDefault(\"x.api.key\", \"…\"), define('API_KEY', '…'), set :api_key, '…')",
        "regex": "(?i)(?<![a-z0-9_])(?:[\"']|(?<![:\\w]):)[a-z0-9_.-]{0,80}(?<!(?:hashed|encrypted)[_.-]?)(?:secret|token(?!iz)|api[_.-]?key|apikey|access[_.-]?key|auth[_.-]?key|client[_.-]?secret|private[_.-]?key|credential)s?[\"']?\\s{0,3},\\s{0,5}[\"']((?=[^\"'`]{0,255}[0-9])(?=[^\"'`]{0,255}[A-Za-z])[A-Za-z0-9_./+~=!@#$%^&*-]{16,200})[\"']",
        "keywords": [
            "secret",
            "token",
            "api_key",
            "apikey",
            "api-key",
            "api.key",
            "access_key",
            "accesskey",
            "access-key",
            "access.key",
            "auth_key",
            "authkey",
            "auth-key",
            "private_key",
            "privatekey",
            "private-key",
            "credential"
        ],
        "entropy": 3.7,
        "allow": [
            "^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$",
            "(?i)^[a-z]{1,20}(?:[._-][a-z0-9]{1,20})+$",
            "^(?:[0-9]*[A-Z][a-z]+[0-9]*_?)+$",
            "^\\.{0,2}/",
            "\\.(?:m?js|cjs|ts|css|map|json|py|html|svg|png)$"
        ],
        "severity": "medium",
        "generic": true,
        "requires": [
            ",\"",
            ", \"",
            ",'",
            ", '",
            ",  \"",
            ",  '"
        ],
        "tests": {
            "positives": [
                "\tbotToken = flag.String(\"discord-bot-token\", \"{alnum:39}7\", \"discord credential\")",
                "\tviper.SetDefault(\"workos.api.key\", \"sk_{alnum:47}7\")",
                "set :apollo_api_key, 'service{alnum:20}7'",
                "define( 'LOCATIONIQ_TOKEN', 'pk.{hex:31}7' );",
                "\tbotToken = flag.String(\"discord-bot-token\", \"MT{alnum:22}.{alnum:6}.{alnum:26}7\", \"discord credential\")"
            ],
            "negatives": [
                "        return new Client(self::TWILIO_SID, self::TWILIO_SECRET, 'AC{hex:32}');",
                "\ttoken := flag.String(\"api-token\", \"\", \"the API token\")",
                "os.Setenv(\"API_TOKEN_ENV\", \"SERVICE_API_TOKEN_VALUE\")",
                "\tviper.SetDefault(\"auth.token_ttl\", \"3600s\")",
                "log.Printf(\"token %s, secret %s\", token, secret)",
                "assert.Equal(t, \"token\", \"Authorization-Header-Value-1\")",
                "        (\"qwen2_5_omni_token2wav\", \"Qwen2_5OmniToken2WavConfig\"),",
                "  m.f=[\"./token.C9zkVDcb.js\",\"./rolldown-runtime.C9zkVDcb.js\"]"
            ]
        }
    },
    {
        "id": "jwt-sign-literal-secret",
        "description": "JSON Web Token signed or verified with a literal secret (jwt.sign(payload, '…'), jwt.verify(token, '…'))",
        "regex": "\\bjwt\\.(?:sign|verify)\\(\\s{0,20}(?!\\s)(?:\\{(?:[^{}]|\\{[^{}]{0,200}\\}){0,400}\\}|[^,()\\n]{1,200}(?:\\([^()\\n]{0,100}\\)[^,()\\n]{0,100})?),\\s{0,20}[\"'`]([^\"'`\\s$]{8,200})[\"'`]",
        "keywords": [
            "jwt.sign",
            "jwt.verify"
        ],
        "entropy": 2.8,
        "severity": "high",
        "multiline": true,
        "generic": true,
        "report-at": "secret",
        "tests": {
            "positives": [
                "const sign = (user) => jwt.sign({ sub: user.id }, '{alnum:39}7', { expiresIn: '1h' });",
                "jwt.verify(bearer, '{alnum:15}7!')",
                "  return jwt.sign(\n    { sub: user.id, role: user.role },\n    '{alnum:27}7',\n    { expiresIn: '1h' }\n  )",
                "const token = jwt.sign({\n  sub: user.id,\n  scope: 'api',\n}, `{alnum:31}x`)",
                "jwt.sign({ user: { id: u.id } }, '{alnum:31}x')",
                "jwt.sign({ sub: `u-${id}` }, '{alnum:31}y')",
                "jwt.sign({\n  user: { id: u.id, role: u.role },\n  scope: 'api',\n}, '{alnum:31}z')"
            ],
            "negatives": [
                "jwt.sign({ sub: user.id }, process.env.JWT_SECRET)",
                "jwt.sign(payload, 'secret')",
                "jwt.sign(payload, `${secret}`)",
                "jwt.sign(\n  { sub: user.id },\n  process.env.JWT_SECRET,\n  { algorithm: 'HS256', issuer: 'https://auth.example.com/v1' }\n)"
            ]
        }
    },
    {
        "id": "fernet-key-literal",
        "description": "Fernet key written in code or config (Fernet(b\"…\"), FERNET_KEY = …, Airflow's fernet_key; 32 bytes, URL-safe base64)",
        "regex": "(?i)fernet[\\w.\\]\\['\"-]{0,30}?(?:\\s{0,3}(?::=|=>|[:=]|\\((?:\\s{0,3}key\\s{0,3}=)?)\\s{0,3}|\\s{0,3},\\s{0,3})\\[?\\s{0,3}[rbfu]?[\"'`]?([A-Za-z0-9_-]{43}=)(?![A-Za-z0-9_=-])",
        "keywords": [
            "fernet"
        ],
        "entropy": 4,
        "severity": "high",
        "tests": {
            "positives": [
                "FERNET = Fernet(b\"{b64url:43}=\")",
                "f = Fernet('{b64url:43}=')",
                "FERNET_KEY = b\"{b64url:42}Q=\"",
                "f = Fernet(key=b\"{b64url:42}k=\")",
                "fernet_key = {b64url:42}c=",
                "AIRFLOW__CORE__FERNET_KEY: \"{b64url:42}w=\"",
                "FERNET_KEYS = ['{b64url:42}A=']"
            ],
            "negatives": [
                "f = Fernet(key)",
                "f = Fernet(Fernet.generate_key())",
                "FERNET_KEY = Fernet.generate_key()",
                "fernet_key = ${AIRFLOW_FERNET_KEY}",
                "FERNET_KEY = b\"{same:43}=\"",
                "fernet_key = {b64url:20}="
            ]
        }
    },
    {
        "id": "config-directive-credential",
        "description": "Credential as a configuration directive's argument, with no = or colon (password …, api_key …, shared_key …, AuthLDAPBindPassword \"…\", Dockerfile ENV NAME value)",
        "regex": "(?i)(?:^|[\\[\"'`])[ \\t]*(?:(?:ENV|Define|SetEnv)[ \\t]+)?[a-z][a-z0-9_-]{0,70}(?<=(?:password|passwd|passphrase|pass|secret|sec[_-]key|token|api[_-]?key|apikey|shared[_-]?key|psk|private[_-]?key|access[_-]?key|auth[_-]?key|license[_-]?key))(?<!(?:hashed|encrypted|public|proxy|fastcgi|uwsgi|grpc|scgi|memcached)[_-]?(?:password|passwd|passphrase|pass|secret|token|api[_-]?key|apikey|shared[_-]?key|psk|private[_-]?key|access[_-]?key|auth[_-]?key|license[_-]?key))[ \\t]+(\\\\?[\"']?)(?![*&\\[])((?=[^\\s\"'`;,()]{0,199}[0-9])(?=[^\\s\"'`;,()]{0,199}[A-Za-z])(?:[^\\s\"'`;,()$%{}<>]|%(?![{(]|[A-Za-z_]\\w{0,40}%)){8,200})\\1(?:[ \\t]*;?[ \\t]*$|[\"'`]{1,2}[ \\t]*(?:[,\\]}].*)?$)",
        "keywords": [
            "password",
            "passwd",
            "passphrase",
            "pass ",
            "secret",
            "sec_key",
            "sec-key",
            "token",
            "api_key",
            "api-key",
            "apikey",
            "shared_key",
            "shared-key",
            "psk",
            "private_key",
            "private-key",
            "access_key",
            "access-key",
            "auth_key",
            "auth-key",
            "license_key",
            "license-key"
        ],
        "entropy": 2.5,
        "allow": [
            "^[~.]{0,2}/",
            "^[a-z0-9_.-]+(?:/[a-z0-9_.-]+)+$",
            "^[a-z]+[0-9]*(?:[A-Z][a-z0-9]+)+;?$",
            "^[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)+;?$",
            "^[A-Za-z]:\\\\",
            "^[a-z][a-z0-9+.-]*://",
            "^[\\w.-]+:\\d{2,5}$",
            "^unix:",
            "(?i)\\.(?:pem|key|crt|cer|txt|json|ya?ml|conf|cfg|ini|p12|pfx|der|jks|asc|gpg|env)$",
            "^[A-Za-z_][\\w]*(?:\\.[A-Za-z_][\\w]*)+$"
        ],
        "secret-group": 2,
        "severity": "medium",
        "generic": true,
        "paths": "(?:^|/)(?:[^/]*\\.(?:conf|cfg|cnf|ini|config|cf|rc|properties|env)|[^/.]+|\\.[^/.]+|Dockerfile(?:\\.[^/]*)?|[^/]*\\.dockerfile|[^/]*\\.conf\\.(?:j2|erb|tmpl|template|example|sample))$",
        "tests": {
            "path": "fluentd/td-agent.conf",
            "positives": [
                "  api_key {alnum:31}7",
                "  password {alnum:11}7#",
                "  shared_key {alnum:31}7",
                "remote_password {alnum:17}7!",
                "    auth_pass {alnum:7}7",
                "Pass {alnum:11}7@",
                "AuthLDAPBindPassword \"{alnum:17}7\"",
                "    AuthLDAPBindPassword \"cosmos_cobalt_reef42\"",
                "  AuthLDAPBindPassword \"Rk7%{alnum:10}Q\"",
                "ENV ARGOS_TOKEN {hex:40}",
                "  Define ACUITY_API_KEY {hex:32}",
                "        auth_pass LqSGpb1q",
                "SetEnv DB_PASSWORD cm6m{alnum:8}+1LJkh9P8O",
                "  aws_sec_key {alnum:23}/{alnum:16}"
            ],
            "negatives": [
                "    password varchar(64) NOT NULL,",
                "\tToken  string `json:\"token\"`",
                "    proxy_pass http://backend1;",
                "    fastcgi_pass 127.0.0.1:9000;",
                "  password ${FLUENT_PASSWORD}",
                "  tls_private_key /etc/td-agent/certs/server1.key",
                "password changeme123",
                "    pass",
                "Password must contain 1 digit",
                "  PrivateKey ed25519.PrivateKey",
                "token_file /run/secrets/token1",
                "  api_key \"#{ENV['DD_API_KEY']}\"",
                "\tToken   *oauth2.Token",
                "\tsecret  [32]byte",
                "    OAuth2Token oauth2Token;",
                "get_secret production/database1",
                "pass web/amazon2",
                "  password %{env:FLUENT_PASSWORD}",
                "  api_key %APPDATA%1x/key",
                "SetEnv DB_PASSWORD_FILE /run/secrets/db",
                "SetEnv APP_SECRET ${APP_SECRET}"
            ]
        }
    },
    {
        "id": "adjacent-field-credential",
        "description": "Credential in the field after its name in a delimited row (CSV, TSV and pg_dump COPY data, Markdown and pipe tables)",
        "regex": "(?i)^(?=[^(){}\\[\\];\\n]*$)(?:[^\\n=]*?[,\\t|])?[ \\t]*(?!(?:create|delete|update|revoke|rotate|get|set|list|read|write|reset|new|add|remove|generate|regenerate|refresh|validate|verify|check|require|requires)[_.-])[a-z0-9_.-]{0,60}(?<!(?:hashed|encrypted|public|publishable)[_.-]?)(?:api[_.-]?key|apikey|token|secret|secret[_.-]?key|access[_.-]?key|password|passwd|private[_.-]?key|client[_.-]?secret|credential)s?[ \\t]*([,\\t|])[ \\t]*(`?)((?=[A-Za-z0-9_+/.~!@#%^&*-]{0,511}[0-9])(?=[A-Za-z0-9_+/.~!@#%^&*-]{0,511}[A-Za-z])[A-Za-z0-9_+/.~!@#%^&*-]{16,510}={0,2})\\2[ \\t]*(?:\\1|$)",
        "keywords": [
            "api_key",
            "api-key",
            "api.key",
            "apikey",
            "token",
            "secret",
            "access_key",
            "access-key",
            "password",
            "passwd",
            "private_key",
            "private-key",
            "credential"
        ],
        "entropy": 3.5,
        "allow": [
            "^0x",
            "^v?\\d+\\.\\d+\\.\\d+",
            "^[A-Za-z_]\\w*(?:\\.[A-Za-z_]\\w*)+$",
            "^[~.]{0,2}/",
            "^[a-z][a-z0-9+.-]*://[^:@/]*$",
            "(?i)\\.(?:pem|key|crt|txt|json|ya?ml|js|ts|py|md|csv)$",
            "^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$",
            "^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$",
            "^[a-z]+[0-9]*(?:[A-Z][a-z0-9]+)+$",
            "^[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)+$"
        ],
        "secret-group": 3,
        "severity": "medium",
        "generic": true,
        "paths": "\\.(?:csv|tsv|psv|sql|dump|md|markdown|txt|text|adoc|rst|org|wiki)$",
        "requires": [
            ",",
            "\t",
            "|"
        ],
        "tests": {
            "path": "ops/exports/api_keys.csv",
            "positives": [
                "lambdalabs,production,lambda_api_key,secret_{alnum:40}7",
                "2\tHELPSCOUT_APP_SECRET\t{alnum:31}7\t2025-02-11 09:14:02+00",
                "| API_TOKEN | {alnum:39}7 |",
                "| Discogs | discogs_token | `{alnum:39}7` |",
                "nocodb,production,nocodb_token,{alnum:39}7"
            ],
            "negatives": [
                "        credentials._source_credentials, google.oauth2.credentials.Credentials",
                "        http.credentials, httplib2.Credentials",
                "    def __init__(self, vocab, unk_token, max_input_chars_per_word100):",
                "        linear_input = torch.cat([cls_token, patch_tokens.mean(dim=1)], dim=1)",
                "import { isApiKeyCredential, isBasicCredential, isBearerTokenCredential, isOAuth2TokenCredential, } from \"../auth/credentials.js\";",
                "        token, jnp.int32(device_id), None, req, value",
                "    const pair = (token, someLongVariableName1)",
                "name,api_key,created_at",
                "| API_TOKEN | ${API_TOKEN} |",
                "tokens,input_ids_tensor_2",
                "stripe,prod,stripe_publishable_key,pk_live_{alnum:24}",
                "| token | [rotate it here](https://example.com/rotate-token-page-1) |",
                "secret,0x{hex:40}",
                "2024-01-15T10:22:33Z,alice,create_api_key,3f2a9c1e-7b4d-4e8a-9c2f-1d5e6a7b8c9d",
                "| password | 8.0.0-beta.1+build42 |",
                "password,5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8"
            ]
        }
    },
    {
        "id": "sql-setting-credential",
        "description": "Credential written to a settings table by SQL (UPDATE … SET value = '…' WHERE name = 'X_API_KEY')",
        "regex": "(?i)\\bset\\s+[a-z_.]{0,30}(?:value|val)\\s*=\\s*N?'([^'\\s]{8,512})'\\s+where\\s+[a-z_.]{0,30}(?:name|key|setting|option|param|parameter|variable|property|code)\\s*=\\s*N?'[a-z0-9_./-]{0,80}(?:secret|token|api[_.-]?key|apikey|password|passwd|private[_.-]?key|access[_.-]?key|credential)s?'",
        "keywords": [
            "where"
        ],
        "entropy": 3,
        "allow": [
            "^/",
            "^[A-Z0-9]+(?:-[A-Z0-9]+)+$",
            "^[a-z]+(?:_[a-z0-9]+)+$"
        ],
        "severity": "medium",
        "generic": true,
        "requires": [
            "set",
            "SET",
            "Set"
        ],
        "tests": {
            "positives": [
                "UPDATE app_settings SET value = '{alnum:63}7' WHERE name = 'ROCKSET_APIKEY';",
                "update settings set setting_value = N'{hex:40}' where setting_key = 'namecom_token';"
            ],
            "negatives": [
                "UPDATE app_settings SET value = 'true' WHERE name = 'FEATURE_BULK_EXPORT';",
                "UPDATE users SET token = '{hex:40}' WHERE id = 42;",
                "UPDATE app_settings SET value = '${NEW_TOKEN}' WHERE name = 'API_TOKEN';",
                "UPDATE settings SET value = '/run/secrets/db_password' WHERE name = 'db_password';",
                "UPDATE settings SET value = 'HMAC-SHA256' WHERE name = 'webhook_secret';",
                "UPDATE settings SET value = 'enabled_v2' WHERE name = 'require_api_key';",
                "UPDATE oauth_tokens SET scopes = 'read:user,repo' WHERE token_type = 'personal_access_token';"
            ]
        }
    },
    {
        "id": "proxmox-api-token",
        "description": "Proxmox VE API token (PVEAPIToken=USER@REALM!TOKENID=UUID)",
        "regex": "\\bPVEAPIToken=[A-Za-z0-9._-]{1,64}@[A-Za-z0-9._-]{1,32}![A-Za-z0-9._-]{1,64}[=:]([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})",
        "keywords": [
            "pveapitoken="
        ],
        "entropy": 3,
        "severity": "high",
        "tests": {
            "positives": [
                "PROXMOX_AUTH = 'PVEAPIToken=automation@pve!ci={uuid}'",
                "curl -H \"Authorization: PVEAPIToken=root@pam!monitoring={uuid}\" https://pve1:8006/api2/json/nodes"
            ],
            "negatives": [
                "Authorization: PVEAPIToken=root@pam!monitoring=${PVE_TOKEN}",
                "PVEAPIToken=USER@REALM!TOKENID=UUID"
            ]
        }
    },
    {
        "id": "dotenv-vault-key",
        "description": "dotenv-vault decryption key (DOTENV_KEY=dotenv://:key_…@dotenv.org/vault/.env.vault?environment=…)",
        "regex": "dotenv://:(key_[0-9a-f]{64})@dotenv\\.(?:org|local)/vault/",
        "keywords": [
            "dotenv://:key_"
        ],
        "entropy": 3,
        "severity": "high",
        "tests": {
            "positives": [
                "DOTENV_KEY=\"dotenv://:key_{hex:64}@dotenv.org/vault/.env.vault?environment=production\"",
                "Define DOTENV_KEY dotenv://:key_{hex:64}@dotenv.org/vault/.env.vault?environment=ci"
            ],
            "negatives": [
                "DOTENV_KEY=\"dotenv://:key_1234@dotenv.org/vault/.env.vault?environment=production\""
            ]
        }
    },
    {
        "id": "bip32-extended-private-key",
        "description": "BIP-32 extended private key (xprv, tprv, yprv, zprv and the like, a wallet's master or account key)",
        "regex": "(?<![1-9A-Za-z])((?:[xtyzuvYZUV])prv[1-9A-HJ-NP-Za-km-z]{107})(?![1-9A-Za-z])",
        "keywords": [
            "xprv",
            "tprv",
            "yprv",
            "zprv",
            "uprv",
            "vprv"
        ],
        "entropy": 4,
        "severity": "critical",
        "tests": {
            "positives": [
                "wpkh(xprv9{b58:106}/84h/0h/0h/0/*)#8tqqr7sf",
                "BTC_MASTER_KEY=tprv8{b58:106}"
            ],
            "negatives": [
                "wpkh(xpub6{b58:106}/84h/0h/0h/0/*)",
                "xprv = derive(seed)"
            ]
        }
    },
    {
        "id": "tor-client-auth-private-key",
        "description": "Tor onion service client authorization private key (an .auth_private line, <onion>:descriptor:x25519:<key>)",
        "regex": "(?i)[a-z2-7]{56}:descriptor:x25519:([A-Z2-7]{52})(?![A-Z2-7])",
        "keywords": [
            "descriptor:x25519:"
        ],
        "entropy": 3.5,
        "severity": "high",
        "tests": {
            "positives": [
                "{b32l:56}:descriptor:x25519:{b32:52}"
            ],
            "negatives": [
                "<56-char-onion-address-without-.onion-part>:descriptor:x25519:<x25519 private key in base32>"
            ]
        }
    },
    {
        "id": "wireguard-private-key",
        "description": "WireGuard private key (wg-quick PrivateKey =, NetworkManager private-key=, WG_PRIVATE_KEY)",
        "regex": "(?i)(?<![a-z0-9_.-])(?:wireguard\\.)?(?:(?:wireguard|wg)[_.-]?)?(?:private|pre[_.-]?shared)[_.-]?key[\"']?(?:[ \\t]*[=:][ \\t]*[\"']?|[ \\t]+[\"'])([A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=)(?![A-Za-z0-9+/=])",
        "keywords": [
            "privatekey",
            "private-key",
            "private_key",
            "private.key",
            "presharedkey",
            "preshared-key",
            "preshared_key",
            "pre-shared-key"
        ],
        "entropy": 4,
        "severity": "high",
        "tests": {
            "positives": [
                "PrivateKey = {b64:42}A=",
                "private-key={b64:42}Q=",
                "WG_PRIVATE_KEY={b64:42}w=",
                "nmcli connection modify wg0 wireguard.private-key \"{b64:42}g=\""
            ],
            "negatives": [
                "PrivateKey = yAnz5TF+lXXJte14tji3zlMNq+hd2rYUIgJBgB3fBmk=",
                "PublicKey = {b64:42}A=",
                "PrivateKey = <base64-private-key>",
                "PostUp = wg set %i private-key /etc/wireguard/private.key"
            ]
        }
    },
    {
        "id": "cometbft-node-private-key",
        "description": "Tendermint / CometBFT node or validator private key (priv_validator_key.json, node_key.json)",
        "regex": "\"type\"\\s{0,20}:\\s{0,20}\"(?:tendermint|cometbft)/PrivKey(?:Ed25519|Secp256k1|Sr25519|Bls12_381)\"\\s{0,20},\\s{0,20}\"value\"\\s{0,20}:\\s{0,20}\"([A-Za-z0-9+/]{43,}={0,2})\"",
        "keywords": [
            "/privkey"
        ],
        "entropy": 4,
        "severity": "critical",
        "multiline": true,
        "report-at": "secret",
        "tests": {
            "positives": [
                "{\"priv_key\":{\"type\":\"tendermint/PrivKeyEd25519\",\"value\":\"{b64:86}==\"}}",
                "  \"priv_key\": {\n    \"type\": \"tendermint/PrivKeyEd25519\",\n    \"value\": \"{b64:86}==\"\n  }"
            ],
            "negatives": [
                "\"pub_key\": {\"type\": \"tendermint/PubKeyEd25519\", \"value\": \"{b64:43}=\"}"
            ]
        }
    },
    {
        "id": "libp2p-private-key",
        "description": "libp2p / IPFS identity private key (Identity.PrivKey, protobuf in base64)",
        "regex": "\"PrivKey\"\\s{0,5}:\\s{0,5}\"((?:CAESQ|CAISI|CAAS)[A-Za-z0-9+/]{40,}={0,2})\"",
        "keywords": [
            "\"privkey\""
        ],
        "entropy": 4,
        "severity": "critical",
        "tests": {
            "positives": [
                "    \"PrivKey\": \"CAESQ{b64:86}=\"",
                "\"PrivKey\":\"CAAS{b64:400}\""
            ],
            "negatives": [
                "    \"PrivKey\": \"\"",
                "\"PubKey\": \"CAESI{b64:39}\""
            ]
        }
    },
    {
        "id": "server-config-password",
        "description": "Password in a server's own configuration syntax (HAProxy userlist and stats auth, Postfix static maps, Exim client_send, Squid cache_peer login=, ProFTPD SQLConnectInfo, snmpd createUser)",
        "regex": "(?:\\binsecure-password[ \\t]+(\\S{6,128})|\\bstats[ \\t]+auth[ \\t]+[^:\\s]{1,64}:(\\S{6,128})|\\b[a-z_]{0,40}(?:sasl|password)[a-z_]{0,40}_maps[ \\t]*=[ \\t]*static:[^:\\s@]{1,64}(?:@[^:\\s]{1,128})?:(\\S{6,128})|\\bclient_send[ \\t]*=[ \\t]*[^\\n]{0,60}?\\^[^^\\s]{1,64}\\^([^^\\s]{6,128})|\\bcache_peer\\b[^\\n]{1,200}?\\blogin=[^:\\s]{1,64}:([^\\s:]{6,128})|\\bSQLConnectInfo[ \\t]+\\S+[ \\t]+\\S+[ \\t]+(?![%$]\\{)(\\S{6,128})|\\bcreateUser[ \\t]+(?:-e[ \\t]+\\S+[ \\t]+)?\\S+[ \\t]+(?:MD5|SHA(?:-?\\d{3})?)[ \\t]+\"?([^\"\\s]{8,128})\"?)",
        "keywords": [
            "insecure-password",
            "stats auth",
            "_maps",
            "client_send",
            "cache_peer",
            "sqlconnectinfo",
            "createuser "
        ],
        "entropy": 2.8,
        "severity": "high",
        "tests": {
            "positives": [
                "    user ops insecure-password {alnum:13}.8",
                "    stats auth admin:{alnum:12}215#",
                "smtp_sasl_password_maps = static:relay-user@example.org:{alnum:12}%6",
                "  client_send = ^relay-user^{alnum:11}42-",
                "cache_peer proxy.upstream.example.net parent 8080 0 no-query default login=corp-egress:{alnum:17}7!",
                "SQLConnectInfo ftpusers@db.internal proftpd {alnum:12}7#",
                "createUser monitor SHA \"{alnum:14}7\" AES \"{alnum:19}7\""
            ],
            "negatives": [
                "let a={abstract:4,static:4,final:4};var b={static:\"keyword\",a:\"def\"}",
                "    user ops password $6$rounds=5000$abcdefgh$ijklmnop",
                "    stats auth admin:${STATS_PASSWORD}",
                "smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd",
                "cache_peer parent.example.com parent 3128 0 login=PASSTHRU",
                "  client_send = ^${extract{1}{:}{${lookup{$host}nwildlsearch{CONFDIR/passwd.client}{$value}fail}}}",
                "transport_maps = static:smtp:postfix-bridge:2525",
                "virtual_transport_maps = static:lmtp:inet:127.0.0.1:24",
                "SQLConnectInfo proftpd@db proftpd %{env:PROFTPD_DB_PASSWORD}"
            ]
        }
    },
    {
        "id": "ssh2-private-key",
        "description": "SSH2 (ssh.com / Tectia, RFC 4716-style armour) private key",
        "regex": "---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----(?:[ \\t]*(?:\\\\+[rn]|\\r?\\n|\\|))+[ \\t]*(?:[A-Za-z-]{2,20}: (?:[^\\n\\\\]{0,199}[^\\s\\\\])?(?:[ \\t]*(?:\\\\+[rn]|\\r?\\n))+[ \\t]*)*(P2/56w[A-Za-z0-9+/]{40,})",
        "keywords": [
            "begin ssh2 encrypted private key"
        ],
        "entropy": 4,
        "severity": "high",
        "multiline": true,
        "tests": {
            "positives": [
                "---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----\nComment: \"rsa-key-20250214\"\nP2/56wAAA{b64:61}\n{b64:70}\n{b64:70}\n---- END SSH2 ENCRYPTED PRIVATE KEY ----",
                "  sftpKey: |\n    ---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----\n    Comment: \"rsa-key-20250214\"\n    P2/56wAAA{b64:61}\n    {b64:70}\n    ---- END SSH2 ENCRYPTED PRIVATE KEY ----"
            ],
            "negatives": [
                "---- BEGIN SSH2 PUBLIC KEY ----\nComment: \"rsa-key-20250214\"\nAAAAB3NzaC1yc2E{b64:60}\n---- END SSH2 PUBLIC KEY ----",
                "---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----"
            ]
        }
    },
    {
        "id": "http-file-variable-credential",
        "description": "Credential in a REST Client / JetBrains HTTP file variable (@token = …) in .http and .rest files",
        "regex": "(?i)^[ \\t]*@[a-z0-9_.-]{0,60}(?:token|secret|api[_.-]?key|apikey|password|passwd|key)[ \\t]*=[ \\t]*([^\\s{}$<>]{8,512})[ \\t]*$",
        "keywords": [
            "@"
        ],
        "entropy": 3.3,
        "allow": [
            "^[a-z][a-z0-9+.-]*://"
        ],
        "severity": "medium",
        "generic": true,
        "paths": "\\.(?:http|rest)$",
        "tests": {
            "path": "requests/api.http",
            "positives": [
                "@token = {alnum:51}7",
                "@api_key={hex:40}"
            ],
            "negatives": [
                "@token = {{$dotenv API_TOKEN}}",
                "@token = {{login.response.body.token}}",
                "@baseUrl = https://api.example.com/v1",
                "@token = changeme-token"
            ]
        }
    },
    {
        "id": "user-info-credential",
        "description": "A user:password pair in a client property (Elastic Beats cloud.auth, Confluent Schema Registry basic.auth.user.info)",
        "regex": "(?i)\\b(?:cloud\\.auth|basic\\.auth\\.user\\.info|schema\\.registry\\.basic\\.auth\\.user\\.info)[\"']?\\s{0,3}[:=]\\s{0,3}[\"']?[^:\\s\"'$]{1,128}:([^\\s\"'$]{8,256})",
        "keywords": [
            "cloud.auth",
            "basic.auth.user.info"
        ],
        "entropy": 3,
        "severity": "high",
        "tests": {
            "positives": [
                "cloud.auth: \"elastic:{alnum:23}7\"",
                "basic.auth.user.info={alnum:16}:{alnum:63}7",
                "schema.registry.basic.auth.user.info={upper:16}:{b64:63}7"
            ],
            "negatives": [
                "cloud.auth: \"${ES_USER}:${ES_PASSWORD}\"",
                "basic.auth.user.info=<SR_API_KEY>:<SR_API_SECRET>",
                "cloud.auth: \"elastic:changeme\""
            ]
        }
    },
    {
        "id": "apikey-authorization-header",
        "description": "API key in an Authorization header of scheme ApiKey (Elasticsearch, Kibana and Elastic Cloud; base64 of id and key)",
        "regex": "\\b(?:ApiKey|Apikey|APIKEY)[ \\t]+([A-Za-z0-9+/]{40,160}={0,2})(?![A-Za-z0-9+/=])",
        "keywords": [
            "apikey "
        ],
        "entropy": 4,
        "severity": "high",
        "tests": {
            "positives": [
                "curl -H \"Authorization: ApiKey {b64:58}==\" https://localhost:9200/_cluster/health",
                "headers = {\"Authorization\": \"ApiKey {b64:80}\"}",
                "    .header(\"Authorization\", \"ApiKey {b64:60}\")"
            ],
            "negatives": [
                "curl -H \"Authorization: ApiKey $ES_API_KEY\" https://localhost:9200",
                "Authorization: ApiKey <encoded>",
                "headers = {\"Authorization\": f\"ApiKey {api_key}\"}",
                "Authorization: ApiKey {same:60}"
            ]
        }
    },
    {
        "id": "elastic-api-key-pair",
        "description": "Elasticsearch API key as its id and key (Beats and Logstash `api_key` \"id:key\", the Python client's api_key=(id, key))",
        "regex": "(?i)api[_-]?key[\"']?\\s{0,3}(?::|=>|=)\\s{0,3}(?:[\"']([A-Za-z0-9_-]{20}:[A-Za-z0-9_-]{22})[\"']|\\(\\s{0,3}[\"'][A-Za-z0-9_-]{20}[\"']\\s{0,3},\\s{0,3}[\"']([A-Za-z0-9_-]{22})[\"'])",
        "keywords": [
            "api_key",
            "apikey",
            "api-key"
        ],
        "entropy": 3.3,
        "severity": "high",
        "tests": {
            "positives": [
                "  api_key: \"{b64url:20}:{b64url:22}\"",
                "    api_key => \"{alnum:20}:{alnum:22}\"",
                "es = Elasticsearch(\"https://es.acme.io:9200\", api_key=(\"{alnum:20}\", \"{b64url:22}\"))"
            ],
            "negatives": [
                "  api_key: \"${ES_API_ID}:${ES_API_KEY}\"",
                "  api_key: \"id:api_key\"",
                "api_key=(os.environ[\"ES_ID\"], os.environ[\"ES_KEY\"])",
                "  api_key: \"{same:20}:{same:22}\""
            ]
        }
    },
    {
        "id": "strapi-app-keys",
        "description": "Strapi APP_KEYS (the comma-separated session signing keys create-strapi-app generates)",
        "regex": "(?<![A-Za-z0-9_])APP_KEYS[\"']?\\s{0,3}[=:]\\s{0,3}[\"']?((?:[A-Za-z0-9+/]{16,64}={0,2},\\s{0,2}){1,15}[A-Za-z0-9+/]{16,64}={0,2})(?![A-Za-z0-9+/=])",
        "keywords": [
            "app_keys"
        ],
        "entropy": 3.5,
        "severity": "high",
        "tests": {
            "positives": [
                "APP_KEYS={b64:22}==,{b64:22}==,{b64:22}==,{b64:22}==",
                "  APP_KEYS: \"{b64:22}==,{b64:22}==\""
            ],
            "negatives": [
                "APP_KEYS=toBeModified1,toBeModified2",
                "APP_KEYS=${APP_KEYS}",
                "APP_KEYS=\"key1,key2\""
            ]
        }
    },
    {
        "id": "salt-or-cipher-key",
        "description": "Salt, cipher, encryption, signing or HMAC key assigned a random value (Mattermost's PublicLinkSalt and AtRestEncryptKey, SECURITY_PASSWORD_SALT, cipher_key, jwtKey, signingKey)",
        "regex": "(?i)(?:(?<=[a-z0-9_.-])(?<!test[_.-]?)salt|cipher[_.-]?key|crypt[_.-]?key|(?:encrypt(?:ion)?|aes)[_.-]?key|(?:jwt|signing|hmac)[_.-]?key)(?:[_.-]?(?:hex|b64|base64|bytes))?s?[\"']?\\]?\\s{0,3}(?::=|=>|[:=])\\s{0,3}(?:[\"'`]|\\\\[\"'])?((?=[A-Za-z0-9+/_=-]{0,127}[0-9])(?=[A-Za-z0-9+/_=-]{0,127}[A-Za-z])[A-Za-z0-9+/_=-]{16,128})(?![A-Za-z0-9+/_=(.$-])",
        "keywords": [
            "salt",
            "cipher_key",
            "cipherkey",
            "cipher-key",
            "cipher.key",
            "crypt_key",
            "cryptkey",
            "crypt-key",
            "encryption_key",
            "encryptionkey",
            "encryption-key",
            "encryption.key",
            "aes_key",
            "aeskey",
            "aes-key",
            "aes.key",
            "jwt_key",
            "jwtkey",
            "jwt-key",
            "jwt.key",
            "signing_key",
            "signingkey",
            "signing-key",
            "signing.key",
            "hmac_key",
            "hmackey",
            "hmac-key",
            "hmac.key"
        ],
        "entropy": 3.5,
        "allow": [
            "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$",
            "^[a-z]+(?:_[a-z0-9]+)+$",
            "^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$",
            "^alias/",
            "^(?:0x)?(?:[0-9A-F]{16}|[0-9A-F]{40}|[0-9a-f]{16}|[0-9a-f]{40})$",
            "(?i)^(?:aes|chacha20|des)[-_]"
        ],
        "severity": "medium",
        "generic": true,
        "tests": {
            "positives": [
                "    \"PublicLinkSalt\": \"{alnumL:32}\",",
                "    \"AtRestEncryptKey\": \"{alnumL:32}\"",
                "app.config['SECURITY_PASSWORD_SALT'] = '{alnum:30}'",
                "cipher_key = \"{alnum:31}7\"",
                "  session_salt: {alnum:30}",
                "HASHIDS_SALT={b64:22}==",
                "  private val jwtKey = \"{alnum:23}7\"",
                "const signingKey = \"{alnum:31}7\";",
                "new Hasher({ hmacKey: \"{alnum:31}7\", rounds: 3 })",
                "    private static final String AES_KEY_HEX = \"{hex:64}\";"
            ],
            "negatives": [
                "private static final String TEST_SALT = \"{hex:32}\";",
                "kms_encryption_key = \"alias/acme-app-data-2024\"",
                "                                   encryption_key=TEST_ENCRYPTION_KEY1)",
                "salt_rounds = 10",
                "\"saltRounds\": 12",
                "SALT = bcrypt.gensalt()",
                "SALT=${SALT}",
                "  encryption_key_id: 1234abcd-12ab-34cd-56ef-1234567890ab",
                "kms_encryption_key_arn = \"arn:aws:kms:us-east-1:111122223333:key/1234abcd\"",
                "\"salt\": \"$2b$12${b64:22}\"",
                "salt = os.urandom(16)",
                "encryptionKey: process.env.ENCRYPTION_KEY",
                "  salt: {same:24}",
                "SALT_LENGTH=16",
                "  salt: 'my_application_salt_value'",
                "signingkey = 3AA5C34371567BD2",
                "  signingKey: \"{hex:40}\"",
                "jwt_key = ${JWT_KEY}",
                "hmacKey: process.env.HMAC_KEY",
                "\"kdfparams\": {\"dklen\": 32, \"n\": 262144, \"p\": 8, \"r\": 1, \"salt\": \"{hex:64}\"},",
                "      \"salt\": \"{hex:64}\"",
                "  salt: {alnum:30}",
                "AES_KEY_BYTES = 32",
                "aes_key_hex = os.environ[\"AES_KEY_HEX\"]",
                "signingkey = 0x9DC858229FC7DD38854AE2D88D81803C0EBFCD88",
                "AES_KEY_BYTES = \"aes-256-gcm-default\"",
                "aes_key_hex = \"2b7e151628aed2a6abf7158809cf4f3c\""
            ]
        }
    },
    {
        "id": "bare-key-random-value",
        "description": "Random credential-shaped value under a bare `key` or `auth` name (INI, HCL, Lua, JSON and YAML settings)",
        "regex": "(?<=(?:^|[\\[{(,\"'`.]|\\s)[\"']?)(?<!(?:[Pp]ublic|PUBLIC|[Pp]ub|PUB)[ _.-]?)(?:key|Key|KEY|auth|Auth|AUTH)[\"']?[ \\t]{0,3}(?:=|:)[ \\t]{0,3}([\"'`]?)((?=[A-Za-z0-9_-]{0,127}[0-9])(?:(?=[A-Za-z0-9_-]{0,127}[a-z])(?=[A-Za-z0-9_-]{0,127}[A-Z])[A-Za-z0-9_-]{20,128}|(?=[a-z0-9_-]{0,127}[g-z])[a-z0-9_-]{24,128}))\\1[ \\t)\\]},;]*(?:(?:#|//|--)[^\\n]*)?$",
        "keywords": [
            "key=",
            "key ",
            "key:",
            "key\"",
            "key'",
            "auth=",
            "auth ",
            "auth:",
            "auth\"",
            "auth'"
        ],
        "entropy": 4,
        "allow": [
            "^-",
            "^baf[kry]",
            "^(?:pk|pub|public|publishable)[_-]",
            "^(?:rzp_(?:live|test)_|sq0idp-|pfl_|(?:production|sandbox)_[a-z0-9]{8}_)",
            "^[a-z]{3,}(?:[_-](?:[a-z]{3,}|[a-z]?[0-9]{1,4}))+$",
            "^[A-Za-z]+(?:[A-Z][a-z0-9]+)+$"
        ],
        "secret-group": 2,
        "severity": "medium",
        "generic": true,
        "tests": {
            "path": "etc/omise/client.ini",
            "positives": [
                "key = skey_5{alnumL:18}x7",
                "    \"Key\": \"{alnum:20}7\",",
                "auth = \"{alnum:39}Q\"",
                "key = v2x{alnumL:64}",
                "  key: {alnum:24}9",
                "options(crisp.key = \"{alnumL:63}q\")"
            ],
            "negatives": [
                "key = bafybei{b32l:52}",
                "    \"key\": \"-NqX8c1aB2cD3eF4gH5i\",",
                "    key: \"rzp_live_{alnum:14}\",",
                "key = {hex:40}",
                "    \"key\": \"{hex:64}\",",
                "key = \"user_settings_cache_key_v2\"",
                "key: my-feature-flag-2024",
                "auth: \"Basic {b64:20}\"",
                "\"key\": \"MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE{b64:40}==\"",
                "key = pk_live_{alnum:24}",
                "key = \"${API_KEY}\"",
                "key: {same:24}",
                "  key: firstName2LastName",
                "key = {uuid}",
                "Public key: age1{b32l:58}",
                "# public key: age1{b32l:58}"
            ]
        }
    },
    {
        "id": "terraform-ssm-securestring-value",
        "description": "Literal value of a Terraform aws_ssm_parameter of type SecureString (the secret is in the code and the state)",
        "regex": "resource\\s{1,5}\"aws_ssm_parameter\"\\s{1,5}\"[^\"\\n]{1,100}\"\\s{0,5}\\{[^}]{0,800}?\\btype\\s{0,5}=\\s{0,5}\"SecureString\"[^}]{0,800}?\\bvalue\\s{0,5}=\\s{0,5}\"([^\"$\\n]{8,4096})\"|resource\\s{1,5}\"aws_ssm_parameter\"\\s{1,5}\"[^\"\\n]{1,100}\"\\s{0,5}\\{[^}]{0,800}?\\bvalue\\s{0,5}=\\s{0,5}\"([^\"$\\n]{8,4096})\"[^}]{0,800}?\\btype\\s{0,5}=\\s{0,5}\"SecureString\"",
        "keywords": [
            "aws_ssm_parameter"
        ],
        "entropy": 3,
        "severity": "high",
        "multiline": true,
        "generic": true,
        "report-at": "secret",
        "tests": {
            "path": "terraform/keys.tf",
            "positives": [
                "resource \"aws_ssm_parameter\" \"api\" {\n  name  = \"/acme/api/key\"\n  type  = \"SecureString\"\n  value = \"{alnum:39}7\"\n}",
                "resource \"aws_ssm_parameter\" \"db\" {\n  name  = \"/acme/db/password\"\n  value = \"Harbor{alnum:8}#1\"\n  type  = \"SecureString\"\n}"
            ],
            "negatives": [
                "resource \"aws_ssm_parameter\" \"api\" {\n  name  = \"/acme/api/key\"\n  type  = \"SecureString\"\n  value = var.api_key\n}",
                "resource \"aws_ssm_parameter\" \"url\" {\n  name  = \"/acme/api/url\"\n  type  = \"String\"\n  value = \"https://api.acme.io/v1/{alnum:12}\"\n}",
                "resource \"aws_ssm_parameter\" \"k\" {\n  type  = \"SecureString\"\n  value = \"${random_password.db.result}\"\n}"
            ]
        }
    },
    {
        "id": "consul-agent-config-token",
        "description": "Consul ACL token in an agent configuration's tokens block (acl { tokens { agent = \"<uuid>\" } })",
        "regex": "^[ \\t]*\"?(?:agent|agent_master|master|replication|dns|config_file_service_registration)\"?[ \\t]*[=:][ \\t]*\"([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\"[ \\t]*,?[ \\t]*$",
        "keywords": [
            "\""
        ],
        "entropy": 3,
        "allow": [
            "^00000000-0000-0000-0000-00000000000[0-9]$"
        ],
        "severity": "high",
        "generic": true,
        "paths": "(?:^|/)(?:[^/]*consul[^/]*\\.(?:hcl|json)|[^/]*\\.hcl)$",
        "tests": {
            "path": "consul/server.hcl",
            "positives": [
                "    agent              = \"{uuid}\"",
                "    replication = \"{uuid}\"",
                "      \"agent\": \"{uuid}\","
            ],
            "negatives": [
                "    agent = \"consul-agent\"",
                "    default = \"{uuid}\"",
                "    agent = \"\"",
                "  node_id    = \"{uuid}\""
            ]
        }
    },
    {
        "id": "htpasswd-batch-password",
        "description": "Password given on the htpasswd command line (-b batch mode)",
        "regex": "\\bhtpasswd(?=(?:[ \\t]+-[A-Za-z]+|[ \\t]+-C[ \\t]+\\d+)*?[ \\t]+-[A-Za-z]*b)(?:(?=(?:[ \\t]+-[A-Za-z]+|[ \\t]+-C[ \\t]+\\d+)*?[ \\t]+-[A-Za-z]*n)(?:[ \\t]+-[A-Za-z]+|[ \\t]+-C[ \\t]+\\d+)+[ \\t]+(?:\"[^\"\\n]{1,100}\"|'[^'\\n]{1,100}'|[^\\s\"']{1,100})|(?:[ \\t]+-[A-Za-z]+|[ \\t]+-C[ \\t]+\\d+)+(?:[ \\t]+(?:\"[^\"\\n]{1,200}\"|'[^'\\n]{1,200}'|[^\\s\"']{1,200})){2})[ \\t]+(?:\"([^\"\\s]{6,128})\"|'([^'\\s]{6,128})'|([^\\s\"'`;|&)-][^\\s\"'`;|&)]{5,127}))",
        "keywords": [
            "htpasswd"
        ],
        "entropy": 2.5,
        "allow": [
            "^\\$",
            "^%",
            "^\\{\\{",
            "(?i)^(?:password|passwd|secret|changeme|admin)$",
            "(?i)^(?:proxy|test|secure|strong|my|your|new|admin|user|dummy|fake|sample|example)_?pass(?:word|wd)?\\d*$"
        ],
        "severity": "high",
        "tests": {
            "positives": [
                "htpasswd -b -c /etc/nginx/.htpasswd admin VKQ{alnum:8}-FFGYTQw",
                "htpasswd -nbB monitor Zq8{alnum:8}! > traefik/users"
            ],
            "negatives": [
                "htpasswd -b -c /etc/nginx/.htpasswd admin \"$ADMIN_PASSWORD\"",
                "htpasswd -c /etc/nginx/.htpasswd admin",
                "htpasswd -nb admin ${PASSWORD}",
                "htpasswd -b /etc/nginx/.htpasswd admin changeme",
                "htpasswd -nb admin secure_password"
            ]
        }
    },
    {
        "id": "elastic-cloud-auth",
        "description": "Elastic Cloud user:password in cloud_auth / cloud.auth (Logstash, Beats, Elastic Agent)",
        "regex": "(?i)(?<![a-z0-9])cloud[._]auth[\"']?\\s{0,3}(?:=>|[:=])\\s{0,3}[\"']?[^\"'\\s:$]{1,64}:([^\"'\\s]{6,128})[\"']?",
        "keywords": [
            "cloud_auth",
            "cloud.auth"
        ],
        "entropy": 2.5,
        "allow": [
            "^\\$",
            "^%",
            "^\\{\\{",
            "(?i)^(?:password|changeme|secret)$"
        ],
        "severity": "high",
        "generic": true,
        "tests": {
            "positives": [
                "    cloud_auth => \"elastic:aY1Z^{alnum:8}-2Kwo\"",
                "ELASTIC_CLOUD_AUTH=elastic:{alnum:18}x9"
            ],
            "negatives": [
                "    cloud_auth => \"${CLOUD_AUTH}\"",
                "cloud.auth: \"elastic:${ES_PASSWORD}\"",
                "cloud.auth: \"elastic:changeme\""
            ]
        }
    },
    {
        "id": "caddy-dns-provider-token",
        "description": "DNS provider API token written into a Caddyfile (dns / acme_dns <provider> <token>)",
        "regex": "^[ \\t]*(?:acme_dns|dns)[ \\t]+[a-z][a-z0-9_]{1,30}[ \\t]+[\"']?([A-Za-z0-9_.:-]{20,200})[\"']?[ \\t]*$",
        "keywords": [
            "dns"
        ],
        "entropy": 3.3,
        "severity": "high",
        "generic": true,
        "paths": "(?:^|/)(?:Caddyfile(?:\\.[\\w.-]+)?|[^/]*\\.caddyfile|[^/]*\\.Caddyfile)$",
        "tests": {
            "path": "caddy/Caddyfile",
            "positives": [
                "\tacme_dns cloudflare {alnum:39}x",
                "\t\tdns cloudflare {b64url:40}",
                "    dns duckdns {uuid}"
            ],
            "negatives": [
                "\tacme_dns cloudflare {env.CF_API_TOKEN}",
                "\t\tdns route53",
                "\tdns cloudflare {$CLOUDFLARE_API_TOKEN}",
                "    resolvers 1.1.1.1"
            ]
        }
    },
    {
        "id": "debconf-preseed-password",
        "description": "Password preseeded for a package (debconf-set-selections, preseed.cfg)",
        "regex": "\\b[a-z0-9][a-z0-9.+-]{0,60}[ \\t]+[a-z0-9.+-]{1,60}/[a-z0-9_/.-]{0,80}(?:password|passwd|passphrase)[a-z0-9_.-]{0,40}[ \\t]+password[ \\t]+([^\\s\"'\\\\]{6,128})",
        "keywords": [
            " password "
        ],
        "entropy": 2.5,
        "allow": [
            "^\\$",
            "^%",
            "^\\{\\{",
            "(?i)^(?:password|changeme|secret|r00tme)$"
        ],
        "severity": "high",
        "generic": true,
        "tests": {
            "positives": [
                "debconf-set-selections <<< \"mysql-server mysql-server/root_password password 8xqh{alnum:8}+QF04\"",
                "echo \"mysql-server mysql-server/root_password_again password Kq9{alnum:8}\" | debconf-set-selections"
            ],
            "negatives": [
                "debconf-set-selections <<< \"mysql-server mysql-server/root_password password $DB_ROOT_PASSWORD\"",
                "d-i passwd/root-password-crypted password $6$rounds=4096$",
                "d-i passwd/root-password password r00tme"
            ]
        }
    },
    {
        "id": "vault-cli-write-secret",
        "description": "Secret written with the Vault CLI as a literal (vault kv put path key=value)",
        "regex": "\\bvault[ \\t]+(?:kv[ \\t]+(?:put|patch)|write)(?:[ \\t]+-[\\w-]+(?:=\\S+)?)*[ \\t]+[^\\s=]+(?:[ \\t]+[\\w.-]+=(?:\"[^\"\\n]*\"|'[^'\\n]*'|\\S+))*?[ \\t]+[\\w.-]{0,60}(?:password|passwd|secret|token|api[_-]?key|apikey|private[_-]?key|pwd|pass)[\\w.-]{0,40}(?<!_(?:policies|policy|type|ttl|max_ttl|num_uses|bound_cidrs|period|path|file|mount|role|name|names|id|accessor|display_name|role_name|no_default_policy))=(?:\"([^\"\\s$@`]{6,256})\"|'([^'\\s@]{6,256})'|([^\\s\"'$@`-][^\\s\"']{5,255}))",
        "keywords": [
            "vault kv",
            "vault write"
        ],
        "entropy": 2.5,
        "allow": [
            "^\\$",
            "^%",
            "^\\{\\{",
            "(?i)^(?:password|changeme|secret)$"
        ],
        "severity": "high",
        "tests": {
            "positives": [
                "vault kv put secret/app db_password=holj{alnum:8}+oJ9jt",
                "vault kv put -mount=secret app/config api_key=\"{alnum:24}7\" region=eu-west-1",
                "vault write auth/userpass/users/ci password={alnum:14}9 policies=ci"
            ],
            "negatives": [
                "vault kv put secret/app db_password=@db_password.txt",
                "vault kv put secret/app db_password=\"$DB_PASSWORD\"",
                "vault kv put secret/app db_password=-",
                "vault kv get -field=password secret/app",
                "vault write auth/kubernetes/role/demo bound_service_account_names=app token_policies=myapp-kv-ro ttl=24h",
                "vault write auth/approle/role/my-role token_type=service secret_id_ttl=10m token_num_uses=10",
                "vault kv put secret/app password=`pwgen 20 1`"
            ]
        }
    },
    {
        "id": "keycloak-realm-user-password",
        "description": "Plain-text user password in a Keycloak realm export or import (credentials of type password with a value)",
        "regex": "\"type\"\\s*:\\s*\"password\"\\s*,\\s*(?:\"(?:temporary|userLabel|priority|createdDate|id)\"\\s*:\\s*(?:\"[^\"\\n]{0,100}\"|\\d{1,15}|true|false)\\s*,\\s*){0,5}\"value\"\\s*:\\s*\"((?=[^\"\\n]{0,127}[A-Za-z])(?=[^\"\\n]{0,127}[0-9!@#$%^&*?~+=_.-])[^\"\\n\\s]{6,128})\"",
        "keywords": [
            "\"password\""
        ],
        "entropy": 2.5,
        "allow": [
            "^\\$\\{",
            "(?i)^(?:password|changeme|admin|secret)\\W*$"
        ],
        "severity": "high",
        "multiline": true,
        "generic": true,
        "report-at": "secret",
        "tests": {
            "path": "keycloak/realm-export.json",
            "positives": [
                "      \"credentials\": [\n        {\n          \"type\": \"password\",\n          \"value\": \"Meadow*{alnum:8}43\",\n          \"temporary\": false\n        }\n      ]",
                "\"credentials\": [{\"type\": \"password\", \"temporary\": true, \"value\": \"{alnum:12}7!\"}]"
            ],
            "negatives": [
                "\"credentials\": [{\"type\": \"password\", \"value\": \"${KC_ADMIN_PASSWORD}\"}]",
                "\"credentials\": [{\"type\": \"password\", \"value\": \"password\"}]",
                "{\"type\": \"password\", \"secretData\": \"{\\\"value\\\":\\\"{b64:44}\\\"}\"}"
            ]
        }
    },
    {
        "id": "basic-auth-encoded-literal-parts",
        "description": "Password written as a literal into the user:password a Basic auth header encodes (btoa, Base64 encoders)",
        "regex": "(?:btoa|encodeToString|b64encode|base64_encode|encode64|Buffer\\.from)\\s{0,3}\\(\\s{0,3}\\(?\\s{0,3}(?:[\"'][^\"'\\s:$]{1,64}:[\"']\\s{0,3}\\+\\s{0,3}b?[\"']|`(?:\\$\\{[^}]{1,60}\\}|[^`\\s:$]{1,64}):)([^\"'`\\s$]{6,128})[\"'`]",
        "keywords": [
            "btoa",
            "encodetostring",
            "b64encode",
            "base64_encode",
            "encode64",
            "buffer.from"
        ],
        "entropy": 2.5,
        "severity": "high",
        "tests": {
            "positives": [
                "export const authHeader = `Basic ${btoa(`${user}:{alnum:10}!3`)}`;",
                "String token = Base64.getEncoder().encodeToString((\"svc-status:\" + \"{alnum:12}-7\").getBytes());",
                "const auth = Buffer.from('ci-bot:' + '{alnum:14}').toString('base64')"
            ],
            "negatives": [
                "btoa(`${user}:${password}`)",
                "Base64.getEncoder().encodeToString((user + \":\" + password).getBytes())",
                "Buffer.from(`${clientId}:${clientSecret}`).toString('base64')",
                "btoa(\"user:\" + \"password\")",
                "btoa(`admin:${process.env.PASS}`)"
            ]
        }
    },
    {
        "id": "basic-auth-call-credential",
        "description": "Password passed as a literal to an HTTP client's basic-auth call or option (Go SetBasicAuth, reqwest basic_auth, Net::HTTP basic_auth, Faraday, sttp, http-client, FSharp.Data, clj-http, REST Assured, Guzzle, libcurl and pycurl USERPWD)",
        "regex": "(?i)(?:\\b(?:set_?basic_?auth|basic_?auth|http_?basic_?auth|with_?basic_?auth|basic_?credentials?|credentials\\.basic|auth\\.basic|auth\\(\\)(?:\\s{0,5}\\.preemptive\\(\\))?\\s{0,5}\\.basic)\\s{0,3}(?:\\(\\s{0,3}|\\s)|\\brequest\\s{0,3}\\(?\\s{0,3}:(?:authorization\\s{0,3},\\s{0,3}:basic|basic_auth)\\s{0,3},\\s{0,3})(?:[\"'`][^\"'`\\s]{1,64}[\"'`]|[A-Za-z_][\\w.:]{0,60}(?:\\[[^\\]\\n]{1,40}\\]|\\([^()\\n]{1,60}\\))?)\\s{0,3},\\s{0,3}(?:Some\\(\\s{0,3})?[\"'`]([^\"'`\\s]{6,128})[\"'`]|\\b(?:applyBasicAuth|BasicAuth)\\s{1,3}\"[^\"\\s]{1,64}\"\\s{1,3}\"([^\"\\s]{6,128})\"|:basic-auth\\s{1,3}\\[\\s{0,3}\"[^\"\\s]{1,64}\"\\s{1,3}\"([^\"\\s]{6,128})\"\\s{0,3}\\]|(?:[\"']auth[\"']|RequestOptions::AUTH)\\s{0,3}=>\\s{0,3}\\[\\s{0,3}[\"'][^\"'\\s]{1,64}[\"']\\s{0,3},\\s{0,3}[\"']([^\"'\\s]{6,128})[\"']\\s{0,3}(?:,\\s{0,3}[\"'](?:basic|digest|ntlm)[\"']\\s{0,3})?\\]|(?:\\bCURLOPT_|\\b(?:pycurl|curl|[a-z]|self\\.\\w{1,30})\\.)(?:PROXY)?USERPWD\\s{0,3},\\s{0,3}(?:\"[^\":\\s]{1,64}:([^\"\\s]{6,128})\"|'[^':\\s]{1,64}:([^'\\s]{6,128})')",
        "keywords": [
            "basicauth",
            "basic_auth",
            "basiccredential",
            "basic_credential",
            "credentials.basic",
            ":basic",
            "auth.basic",
            "().basic",
            ":basic-auth",
            "auth'",
            "auth\"",
            "requestoptions::auth",
            "userpwd"
        ],
        "entropy": 2.5,
        "allow": [
            "^\\$",
            "^\\{\\{",
            "^%",
            "^\\{\\$",
            "(?i)^(?:proxy|test|secure|strong|my|your|new|admin|user|dummy|fake|sample|example)_?pass(?:word|wd)?\\d*$"
        ],
        "severity": "high",
        "tests": {
            "positives": [
                "\\treq.SetBasicAuth(\"ci-bot\", \"{alnum:8}_3151\")",
                "        .basic_auth(\"deployer\", Some(\"{alnum:15}^\"))",
                "    req.basic_auth \"shopwise\", \"{hex:40}\"",
                "auth = HTTPBasicAuth(\"svc\", \"{alnum:14}9\")",
                "\\treq.SetBasicAuth(cfg.User, \"{alnum:10}Q7\")",
                "    val credential = Credentials.basic(\"jesse\", \"{alnum:12}4\")",
                "  f.request :authorization, :basic, 'partner-api', '{alnum:14}7'",
                "conn.request(:basic_auth, ENV['API_USER'], '{alnum:12}x9')",
                "    .auth.basic(\"svc-status\", \"!&TyYO&{alnum:10}\")",
                "  httpLbs (applyBasicAuth \"svc-status\" \"FoxOtter{digits:4}&\" req) mgr",
                "    headers = [ BasicAuth \"svc-status\" \"L1ly+{alnum:6}\"; Accept HttpContentTypes.Json ])",
                "  {:basic-auth [\"svc-status\" \"Maple{alnum:6}1993#\"]",
                "    'auth' => ['svc-php-shop', 'basket-{alnum:6}-298'],",
                "curl_easy_setopt(curl, CURLOPT_USERPWD, \"firmware:Ind1g0#{alnum:6}\");",
                "  f.request :authorization, :basic, ENV.fetch('API_USER'), '{alnum:15}'",
                "  f.request :authorization, :basic, Config::API_USER, '{alnum:13}7'",
                "curl_setopt($ch, CURLOPT_USERPWD, 'firmware:{alnum:10}7');",
                "    given().auth().basic(\"api-user\", \"Wq8#{alnum:8}\").when().get(\"/orders\");",
                "    given().auth().preemptive().basic(\"admin\", \"Hx2!{alnum:8}\").get(\"/x\")",
                "$client->request('GET', '/api', [RequestOptions::AUTH => ['robot', 'Nb4&{alnum:8}']]);",
                "  [\\GuzzleHttp\\RequestOptions::AUTH => ['robot', 'Fy7^{alnum:8}', 'digest']]",
                "c.setopt(pycurl.USERPWD, 'deploy:Mz4${alnum:8}')",
                "c.setopt(c.PROXYUSERPWD, \"proxyuser:Rt5%{alnum:8}\")",
                "curl_easy_setopt(h, CURLOPT_PROXYUSERPWD, \"squid:{alnum:10}7\");"
            ],
            "negatives": [
                "    >>> auth = HTTPBasicAuth('fake@example.com', 'not_a_real_password')",
                "req.SetBasicAuth(user, pass)",
                "req.SetBasicAuth(\"ci-bot\", os.Getenv(\"CI_PASSWORD\"))",
                "req.basic_auth \"admin\", \"password\"",
                ".basic_auth(\"user\", None::<&str>)",
                "req.SetBasicAuth(\"ci-bot\", \"${CI_PASSWORD}\")",
                "  f.request :authorization, :basic, 'user', ENV['PARTNER_PASSWORD']",
                "  f.request :authorization, 'Bearer', -> { MyAuthStorage.get_auth_token }",
                "passport.authenticate(\"local\", { failureRedirect: \"/login\" })",
                "  {:basic-auth [\"svc-status\" (env :status-password)]",
                "    'auth' => [$user, $password],",
                "curl_easy_setopt(curl, CURLOPT_USERPWD, userpwd);",
                "curl_setopt($ch, CURLOPT_USERPWD, \"{$this->username}:{$this->password}\");",
                "    'auth' => ['required', 'string', 'max:255'],",
                "a.Authenticate(ctx, \"run-bench\", control.SignalSteer)",
                "service.authenticate(ctx, \"a@x.com\", \"pw123456\")",
                "given().auth().basic(username, password).get(\"/x\")",
                "given().auth().basic(\"user\", System.getenv(\"API_PASSWORD\"))",
                "[RequestOptions::AUTH => [$user, $pass]]",
                "c.setopt(pycurl.USERPWD, f\"{user}:{password}\")",
                "c.setopt(pycurl.USERPWD, '%s:%s' % (user, pw))",
                "c.setopt(pycurl.USERPWD, userpwd)",
                "c.setopt(pycurl.PROXYUSERPWD, 'proxyuser:proxypass')",
                "RequestOptions::AUTH => ['test_user', 'test_password']",
                "curl_easy_setopt(h, CURLOPT_PROXYUSERPWD, 'proxy_user:proxy_password');"
            ]
        }
    },
    {
        "id": "bearer-auth-call-token",
        "description": "Token passed as a literal to an HTTP client's bearer-auth call (Rust reqwest bearer_auth, Go and Java BearerAuth helpers)",
        "regex": "(?i)\\b(?:bearer_?auth|with_?bearer_?token|set_?bearer_?token)\\s{0,3}\\(\\s{0,3}[\"']([A-Za-z0-9._~+/=-]{16,512})[\"']\\s{0,3}\\)",
        "keywords": [
            "bearer_auth",
            "bearerauth",
            "bearertoken",
            "bearer_token"
        ],
        "entropy": 3.3,
        "severity": "high",
        "tests": {
            "positives": [
                "        .bearer_auth(\"{alnumU:36}\")",
                "client.SetBearerToken(\"{b64url:40}\")"
            ],
            "negatives": [
                "        .bearer_auth(&token)",
                ".bearer_auth(\"{same:30}\")",
                ".bearer_auth(std::env::var(\"TOKEN\")?)"
            ]
        }
    },
    {
        "id": "http-header-value-first",
        "description": "Credential set as an HTTP header value before its header name (Swift setValue(_:forHTTPHeaderField:), Objective-C setValue:forHTTPHeaderField:)",
        "regex": "(?i)\\b(?:set|add)Value\\s{0,3}[(:]\\s{0,3}@?\"(?:(?:Bearer|Basic|Token)[ \\t])?([^\"\\s]{16,512})\"\\s{0,3},?\\s{0,3}forHTTPHeaderField\\s{0,3}:\\s{0,3}@?\"(?:[^\"]{0,40}(?:key|token|secret)|authorization)\"",
        "keywords": [
            "forhttpheaderfield"
        ],
        "entropy": 3.2,
        "allow": [
            "^[a-z]+/[a-z0-9.+-]+$",
            "^\\d{4}-\\d{2}-\\d{2}",
            "^(?:Bearer|Basic|Token)$",
            "^\\\\\\("
        ],
        "severity": "high",
        "tests": {
            "positives": [
                "        req.setValue(\"{hex:32}\", forHTTPHeaderField: \"X-Algolia-API-Key\")",
                "    request.addValue(\"Bearer {b64url:40}\", forHTTPHeaderField: \"Authorization\")",
                "[req setValue:@\"{alnum:32}\" forHTTPHeaderField:@\"X-Api-Token\"];",
                "        req.setValue(\"{alnum:40}\", forHTTPHeaderField: \"X-Parse-Master-Key\")"
            ],
            "negatives": [
                "req.setValue(\"2023-10-16-preview\", forHTTPHeaderField: \"X-Token-Api-Version\")",
                "req.setValue(\"application/json\", forHTTPHeaderField: \"X-Auth-Accept\")",
                "req.setValue(\"application/json\", forHTTPHeaderField: \"Content-Type\")",
                "req.setValue(apiKey, forHTTPHeaderField: \"X-Api-Key\")",
                "req.setValue(\"Bearer \\\\(token)\", forHTTPHeaderField: \"Authorization\")"
            ]
        }
    },
    {
        "id": "shell-default-credential",
        "description": "Credential as the default of a shell parameter expansion (${DB_PASSWORD:-…}, ${API_TOKEN-…})",
        "regex": "\\$\\{[A-Z0-9_]{0,60}(?:PASSWORD|PASSWD|_PASS|_PWD|_PW|_AUTH|SECRET|TOKEN|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|AUTH_?KEY)[A-Z0-9_]{0,30}:?[-=]([\"']?)([^}\\s$\"'`]{8,256})\\1\\}",
        "keywords": [
            "password:-",
            "passwd:-",
            "_pass:-",
            "_pwd:-",
            "_pw:-",
            "_auth:-",
            "secret:-",
            "token:-",
            "key:-",
            "password-",
            "passwd-",
            "_pass-",
            "_pwd-",
            "secret-",
            "token-",
            "key-",
            "password:=",
            "passwd:=",
            "_pass:=",
            "_pwd:=",
            "secret:=",
            "token:=",
            "key:="
        ],
        "entropy": 3,
        "secret-group": 2,
        "severity": "medium",
        "generic": true,
        "tests": {
            "positives": [
                "DB_PASS=\"${DB_PASS:-{alnum:17}4}\"",
                "SMTP_PASS=${SMTP_PASS-{alnum:15}x}",
                "export OIDC_CLIENT_SECRET=${OIDC_CLIENT_SECRET:-'{alnum:23}9'}"
            ],
            "negatives": [
                "DB_PASS=\"${DB_PASS:-}\"",
                "DB_PASS=\"${DB_PASS:-changeme}\"",
                "TOKEN=\"${TOKEN:-$(cat /run/secrets/token)}\"",
                "KEY=\"${API_KEY:?API_KEY is required}\"",
                "PW=\"${DB_PASSWORD:-${POSTGRES_PASSWORD}}\""
            ]
        }
    },
    {
        "id": "env-default-credential",
        "description": "Credential as the fallback of an environment variable read (process.env.X || …, os.getenv(\"X\") or …, getenv(\"X\") ?? …, $ENV{X} // …, os.environ.get(\"X\", …))",
        "regex": "(?i)(?:process\\.env(?:\\.|\\[\\s{0,3}[\"'])|deno\\.env\\.get\\(\\s{0,3}[\"']|getenv\\(\\s{0,3}[\"']|getenvironmentvariable\\(\\s{0,3}[\"']|environ(?:\\.get\\(\\s{0,3}|\\[\\s{0,3})[\"']|\\benv(?:\\.fetch\\(\\s{0,3}|\\[\\s{0,3}|\\(\\s{0,3}|::var\\(\\s{0,3})[\"']|\\$_(?:env|server)\\[\\s{0,3}[\"']|\\$env\\{\\s{0,3}[\"']?|\\bconfig\\(\\s{0,3}[\"'])[a-z0-9_]{0,60}(?:password|passwd|pwd|_pass|secret|(?<!tik)token(?!iz)|api_?key|apikey|access_?key|private_?key|auth_?key|credentials?)[a-z0-9_]{0,40}(?<!_(?:url|uri|path|file|dir|name|type|header|endpoint|host|prefix|format|length|ttl|id|region|model|encoding|manager|store|provider|arn|version|kind|mode|backend|engine|algorithm|audience|issuer|scope|scopes|expiry|lifetime|timeout|limit|size|policy|location|bucket|table|cookie|param|grant_type))[\"']?\\s{0,3}(?:[\\])}]\\s{0,3}(?:\\|\\||\\?\\?|\\bor\\b|//|\\?:|\\.(?:unwrap_or_else|unwrap_or|or_else|orElse|getOrElse)\\(\\s{0,3}(?:\\|_\\|\\s{0,3})?|\\{\\s{0,3}(?:\\|\\w{1,20}\\|\\s{0,3})?)|\\|\\||\\?\\?|,\\s{0,3}(?:(?:unset|default)\\s{0,3}=\\s{0,3})?)\\s{0,3}[@rbu]?[\"'`](?![a-z][a-z0-9+.-]{1,20}://)((?=[^\"'`\\s]{0,127}[A-Za-z])(?=[^\"'`\\s]{0,127}[0-9!@#$%^&*?~+=])[^\"'`\\s\\\\]{8,128})[\"'`]",
        "keywords": [
            "process.env",
            "getenv",
            "environ",
            "env[",
            "env.fetch",
            "$env{",
            "env(",
            "env::var",
            "$_env[",
            "$_server[",
            "deno.env",
            "config("
        ],
        "entropy": 3,
        "allow": [
            "^[a-z0-9._-]+(?:/[a-z0-9._-]+)+$"
        ],
        "severity": "high",
        "generic": true,
        "tests": {
            "positives": [
                "const password = process.env.DB_PASSWORD || '{alnum:13}#4';",
                "local api_key = os.getenv(\"API_KEY\") or \"{hex:32}\"",
                "api_key = os.getenv('OPENWEATHER_API_KEY') or '{hex:32}'",
                "my $password = $ENV{DB_PASSWORD} // '{alnum:12}9!';",
                "$secret = getenv(\"APP_SECRET\") ?: \"{alnum:24}7\";",
                "val token = System.getenv(\"SLACK_TOKEN\") ?: \"{alnum:30}2\"",
                "var key = Environment.GetEnvironmentVariable(\"SENDGRID_API_KEY\") ?? \"{alnum:40}5\";",
                "Sys.setenv(X = 1); key <- Sys.getenv(\"MAPS_API_KEY\", unset = \"{alnum:30}8\")",
                "SECRET_KEY = env('DJANGO_SECRET_KEY', default='{alnum:40}3')",
                "const apiKey = process.env[\"STRIPE_SECRET_KEY\"] ?? \"{alnum:30}6\";",
                "$key = $_ENV['MAILGUN_SECRET'] ?? '{alnum:32}3';",
                "const token = Deno.env.get(\"API_TOKEN\") ?? \"{alnum:30}5\";",
                "let pw = env::var(\"DB_PASSWORD\").unwrap_or(\"{alnum:12}#7\".to_string());",
                "let pw = std::env::var(\"DB_PASSWORD\").unwrap_or_else(|_| \"{alnum:14}!2\".to_string());",
                "var key = Environment.GetEnvironmentVariable(\"SMTP_PASSWORD\") ?? @\"{alnum:12}!4\";",
                "token = ENV.fetch(\"SLACK_BOT_TOKEN\") { \"{alnum:30}2\" }",
                "SECRET_KEY = config(\"SECRET_KEY\", default=\"{alnum:40}9\")"
            ],
            "negatives": [
                "COOKIE = config(\"AUTH_TOKEN_COOKIE\", default=\"auth_token_v2\")",
                "const password = process.env.DB_PASSWORD || '';",
                "const password = process.env.DB_PASSWORD || 'changeme';",
                "api_key = os.getenv(\"API_KEY\") or None",
                "const url = process.env.TOKEN_URL || 'https://auth.example.com/oauth/token';",
                "const file = process.env.SECRET_FILE || '/run/secrets/app_secret1';",
                "token = os.environ.get(\"TOKEN\", \"\")",
                "region = os.getenv(\"AWS_REGION\") or \"eu-west-1a\"",
                "const token = process.env.GITHUB_TOKEN || core.getInput('github-token');",
                "SECRET_KEY = env(\"DJANGO_SECRET_KEY\", default=\"your-secret-key-here\")",
                "key <- Sys.getenv(\"MAPS_API_KEY\", unset = NA)",
                "TIKTOKEN_ENCODING = os.getenv(\"TIKTOKEN_ENCODING\", \"cl100k_base\")",
                "model = os.environ.get(\"TOKENIZER\", \"meta-llama/Llama-2-7b-hf\")",
                "region = os.getenv(\"SECRETS_MANAGER_REGION\", \"eu-central-1\")",
                "const region = process.env.AWS_SECRETS_REGION || 'ap-southeast-2';",
                "const m = process.env.TOKENIZER_MODEL || 'Xenova/gpt-4o';",
                "secret_arn_default = os.environ.get(\"DB_SECRET\", \"prod/db/creds-v2\")",
                "DEBUG = config(\"DEBUG\", default=False, cast=bool)",
                "token = ENV.fetch(\"SLACK_BOT_TOKEN\") { raise \"missing\" }",
                "timeout = config(\"TOKEN_TTL\", default=\"3600s\")"
            ]
        }
    },
    {
        "id": "assignment-operator-credential",
        "description": "Secret assigned with R's <- or a default-assignment operator (||=, //=) under a secret-like name",
        "regex": "(?i)(?<![a-z0-9_])[$@%]?(?:[a-z_][a-z0-9_]{0,40}(?:\\{\\s{0,3}[\"']?|\\[\\s{0,3}[\"']))?[a-z0-9_.]{0,60}(?:password|passwd|_pass|secret|token(?!iz)|api_?key|apikey|access_?key|private_?key|auth_?key)[a-z0-9_.]{0,30}(?<![_.](?:url|uri|path|file|dir|name|type|header|endpoint|host|prefix|id|pattern|patterns|regex|re|sep|separator|delim|delimiter|policy|format|length|count|list|names|scope|scopes|region|model|arn))[\"']?\\s{0,3}[\\]}]?\\s{0,3}(?:<<-|<-|//=|\\|\\|=)\\s{0,3}[\"'](?![~/.#])((?=[^\"'\\s]{0,127}[A-Za-z])(?=[^\"'\\s]{0,127}[0-9!@#%^&*?~+=])[^\"'\\s\\\\\\[\\]{}$,|]{8,128})[\"']",
        "keywords": [
            "<-",
            "//=",
            "||="
        ],
        "entropy": 3,
        "allow": [
            "^[a-z0-9._-]+(?:/[a-z0-9._-]+)+$"
        ],
        "severity": "high",
        "generic": true,
        "tests": {
            "positives": [
                "db_password <- \"{alnum:13}#4\"",
                "api_key <- \"{hex:32}\"",
                "$cfg{db_pass} //= '{alnum:12}9!';",
                "$cfg{'api_key'} ||= '{hex:32}';",
                "my_token <<- \"{alnum:30}2\"",
                "options$github_token <- \"ghx{alnum:30}5\""
            ],
            "negatives": [
                "db_password <- Sys.getenv(\"DB_PASSWORD\")",
                "api_key <- \"\"",
                "token_url <- \"https://auth.example.com/oauth2/token\"",
                "tokens <- strsplit(text, \" \")",
                "$cfg{db_pass} //= 'changeme';",
                "x <- \"{alnum:20}1\"",
                "token_pattern <- \"[[:alpha:]]{3,}\"",
                "data_pwd <- \"~/projects/thesis2021/data\"",
                "@token ||= \"#{client_id}:#{client_secret}\"",
                "@secret_key ||= \"#{Rails.root}/config/master.key\"",
                "$args{secret} ||= \"$ENV{HOME}/.secret\"",
                "$opts{tokenizer} //= 'Lingua::EN::Tokenizer2'",
                "$args{password_policy} //= 'min=8,max=64'",
                "secret_scope <- \"kv-scope-01\"",
                "stop_tokens <- \"the|and|of|a|an|2\"",
                "db_secret <- \"prod/db/creds-v2\""
            ]
        }
    },
    {
        "id": "consul-acl-token",
        "description": "HashiCorp Consul ACL token (acl_master_token, initial_management, X-Consul-Token, consul … -token=)",
        "regex": "(?i)(?:\\bacl_(?:master_|agent_master_|agent_|replication_|default_)?token|\\bconsul[_.-]?(?:http[_.-]?|acl[_.-]?)?token|\\b(?:initial_management|agent_recovery)|x-consul-token|\\s-token(?<=\\bconsul\\s[^\\n]{0,200}?\\s-token))[\"']?\\s{0,3}(?::=|=>|[:=])?\\s{0,3}[\"']?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![0-9a-f-])",
        "keywords": [
            "acl_",
            "consul",
            "initial_management",
            "agent_recovery"
        ],
        "entropy": 3,
        "severity": "high",
        "tests": {
            "positives": [
                "acl_master_token = \"{uuid}\"",
                "    initial_management = \"{uuid}\"",
                "curl -H \"X-Consul-Token: {uuid}\" http://127.0.0.1:8500/v1/agent/members",
                "consul acl token read -token={uuid} -id 2b5e8f1a",
                "consul_token: {uuid}"
            ],
            "negatives": [
                "acl_master_token = \"${CONSUL_MASTER_TOKEN}\"",
                "consul acl token read -id {uuid}",
                "acl_master_token = \"00000000-0000-0000-0000-000000000000\"",
                "  accessor_id = \"{uuid}\""
            ]
        }
    },
    {
        "id": "sql-insert-password",
        "description": "Password in the VALUES of an SQL INSERT, at the position of a password column (seed data, fixtures, dumps)",
        "regex": "(?i)\\binsert\\s{1,3}(?:(?:ignore|or\\s{1,3}(?:replace|ignore))\\s{1,3})?into\\s{1,3}[\\w.`\"\\[\\]]{1,80}\\s{0,3}\\((?=[^()]{1,600}\\)\\s{0,3}values\\s{0,3}\\()\\s{0,3}(?:[\"'`\\[]?(?:password|passwd|pwd|user_pass|user_password|password_plain|plain_password)[\"'`\\]]?\\s{0,3}(?:,[^()]{0,400})?\\)\\s{0,3}values\\s{0,3}\\(\\s{0,3}'((?=[^']{0,127}[A-Za-z])(?=[^']{0,127}[0-9!@#$%^&*?~+=])[^'\\s]{6,128})'|(?:[^,()\\s]{1,80}\\s{0,20},\\s{0,20}){1}[\"'`\\[]?(?:password|passwd|pwd|user_pass|user_password|password_plain|plain_password)[\"'`\\]]?\\s{0,3}(?:,[^()]{0,400})?\\)\\s{0,3}values\\s{0,3}\\(\\s{0,3}(?:(?:'(?:[^'\\\\]|\\\\.|''){0,256}'|[^,'()\\s]{1,80})\\s{0,20},\\s{0,20}){1}'((?=[^']{0,127}[A-Za-z])(?=[^']{0,127}[0-9!@#$%^&*?~+=])[^'\\s]{6,128})'|(?:[^,()\\s]{1,80}\\s{0,20},\\s{0,20}){2}[\"'`\\[]?(?:password|passwd|pwd|user_pass|user_password|password_plain|plain_password)[\"'`\\]]?\\s{0,3}(?:,[^()]{0,400})?\\)\\s{0,3}values\\s{0,3}\\(\\s{0,3}(?:(?:'(?:[^'\\\\]|\\\\.|''){0,256}'|[^,'()\\s]{1,80})\\s{0,20},\\s{0,20}){2}'((?=[^']{0,127}[A-Za-z])(?=[^']{0,127}[0-9!@#$%^&*?~+=])[^'\\s]{6,128})'|(?:[^,()\\s]{1,80}\\s{0,20},\\s{0,20}){3}[\"'`\\[]?(?:password|passwd|pwd|user_pass|user_password|password_plain|plain_password)[\"'`\\]]?\\s{0,3}(?:,[^()]{0,400})?\\)\\s{0,3}values\\s{0,3}\\(\\s{0,3}(?:(?:'(?:[^'\\\\]|\\\\.|''){0,256}'|[^,'()\\s]{1,80})\\s{0,20},\\s{0,20}){3}'((?=[^']{0,127}[A-Za-z])(?=[^']{0,127}[0-9!@#$%^&*?~+=])[^'\\s]{6,128})'|(?:[^,()\\s]{1,80}\\s{0,20},\\s{0,20}){4}[\"'`\\[]?(?:password|passwd|pwd|user_pass|user_password|password_plain|plain_password)[\"'`\\]]?\\s{0,3}(?:,[^()]{0,400})?\\)\\s{0,3}values\\s{0,3}\\(\\s{0,3}(?:(?:'(?:[^'\\\\]|\\\\.|''){0,256}'|[^,'()\\s]{1,80})\\s{0,20},\\s{0,20}){4}'((?=[^']{0,127}[A-Za-z])(?=[^']{0,127}[0-9!@#$%^&*?~+=])[^'\\s]{6,128})'|(?:[^,()\\s]{1,80}\\s{0,20},\\s{0,20}){5}[\"'`\\[]?(?:password|passwd|pwd|user_pass|user_password|password_plain|plain_password)[\"'`\\]]?\\s{0,3}(?:,[^()]{0,400})?\\)\\s{0,3}values\\s{0,3}\\(\\s{0,3}(?:(?:'(?:[^'\\\\]|\\\\.|''){0,256}'|[^,'()\\s]{1,80})\\s{0,20},\\s{0,20}){5}'((?=[^']{0,127}[A-Za-z])(?=[^']{0,127}[0-9!@#$%^&*?~+=])[^'\\s]{6,128})'|(?:[^,()\\s]{1,80}\\s{0,20},\\s{0,20}){6}[\"'`\\[]?(?:password|passwd|pwd|user_pass|user_password|password_plain|plain_password)[\"'`\\]]?\\s{0,3}(?:,[^()]{0,400})?\\)\\s{0,3}values\\s{0,3}\\(\\s{0,3}(?:(?:'(?:[^'\\\\]|\\\\.|''){0,256}'|[^,'()\\s]{1,80})\\s{0,20},\\s{0,20}){6}'((?=[^']{0,127}[A-Za-z])(?=[^']{0,127}[0-9!@#$%^&*?~+=])[^'\\s]{6,128})'|(?:[^,()\\s]{1,80}\\s{0,20},\\s{0,20}){7}[\"'`\\[]?(?:password|passwd|pwd|user_pass|user_password|password_plain|plain_password)[\"'`\\]]?\\s{0,3}(?:,[^()]{0,400})?\\)\\s{0,3}values\\s{0,3}\\(\\s{0,3}(?:(?:'(?:[^'\\\\]|\\\\.|''){0,256}'|[^,'()\\s]{1,80})\\s{0,20},\\s{0,20}){7}'((?=[^']{0,127}[A-Za-z])(?=[^']{0,127}[0-9!@#$%^&*?~+=])[^'\\s]{6,128})')",
        "keywords": [
            "insert"
        ],
        "entropy": 2.5,
        "allow": [
            "^(?:pbkdf2_sha256|pbkdf2_sha1|bcrypt_sha256|bcrypt|argon2|sha1|sha256|sha512|md5|scrypt)[$:]",
            "^[0-9a-fA-F]{32,128}$",
            "^ENC\\("
        ],
        "severity": "high",
        "generic": true,
        "tests": {
            "positives": [
                "insert into accounts (id   ,   login   ,   password) values (7   ,   'ops'   ,   '{alnum:12}#3');",
                "INSERT INTO service_accounts (name, username, password) VALUES ('billing', 'svc_billing', '{alnum:11}#4');",
                "insert into `users` (`id`, `email`, `password`, `role`) values (1, 'ops@example.com', '{alnum:13}9!', 'admin');",
                "INSERT INTO accounts(password, login) VALUES ('{alnum:10}7x', 'root')",
                "INSERT IGNORE INTO admins (login, password) VALUES ('ops', '{alnum:12}#3');",
                "INSERT INTO db.users (id, name, note, password) VALUES (7, 'a', 'it''s ok, really', '{alnum:12}5');"
            ],
            "negatives": [
                "INSERT INTO users (name, password) VALUES ('admin', '$2y$10$Q{alnum:52}');",
                "INSERT INTO users (name, password) VALUES ('admin', 'pbkdf2_sha256$260000${alnum:22}${alnum:43}=');",
                "INSERT INTO users (name, password) VALUES ('admin', '{hex:64}');",
                "INSERT INTO users (name, email) VALUES ('admin', 'x{alnum:10}7@example.com');",
                "INSERT INTO users (name, password) VALUES ('admin', 'changeme');",
                "INSERT INTO users (name, password) VALUES ('admin', :password);",
                "INSERT INTO users (password, name) VALUES (?, ?)",
                "INSERT INTO wp_users (user_login, user_pass) VALUES ('admin', '$P$B{alnum:30}');",
                "INSERT INTO users (name, pass) VALUES ('admin', '$S$D{alnum:51}');",
                "INSERT INTO pg_auth (usr, password) VALUES ('app', 'SCRAM-SHA-256$4096:{b64:24}${b64:44}:{b64:44}');",
                "INSERT INTO pg_auth (usr, password) VALUES ('app', 'md5{hex:32}');",
                "INSERT INTO users (name, password) VALUES ('a', '{CRYPT}$6${alnum:16}${alnum:86}');",
                "INSERT INTO users (name, password) VALUES ('a', 'ENC({b64:32})');",
                "INSERT INTO routes (name, pass) VALUES ('Stelvio', 'SS38-2757m');"
            ]
        }
    },
    {
        "id": "backblaze-b2-application-key",
        "description": "Backblaze B2 application key (K + a three-digit cluster number + 27 characters)",
        "regex": "(?<![A-Za-z0-9+/])(K00[0-9](?=[A-Za-z0-9+/]{0,26}[a-z])(?=[A-Za-z0-9+/]{0,26}[A-Z0-9])[A-Za-z0-9+/]{27})(?![A-Za-z0-9+/=])",
        "keywords": [
            "k000",
            "k001",
            "k002",
            "k003",
            "k004",
            "k005",
            "k006",
            "k007",
            "k008",
            "k009"
        ],
        "entropy": 3.5,
        "severity": "high",
        "tests": {
            "positives": [
                "b2 account authorize 0051a2b3c4d5e6f0000000001 K005{alnum:26}x",
                "B2_APPLICATION_KEY=K004{alnum:26}q",
                "    \"applicationKey\": \"K001{b64:26}z\","
            ],
            "negatives": [
                "B2_APPLICATION_KEY=K005xxxxxxxxxxxxxxxxxxxxxxxxxxx",
                "B2_APPLICATION_KEY=K005{alnum:20}",
                "id: AK005{alnum:26}x"
            ]
        }
    },
    {
        "id": "composer-config-auth-token",
        "description": "Composer token in an auth section of composer.json's config or COMPOSER_AUTH (bearer, github-oauth, gitlab-token, gitlab-oauth), keyed by its host",
        "regex": "\"(?:bearer|github-oauth|gitlab-token|gitlab-oauth)\"\\s{0,5}:\\s{0,5}\\{[^{}]{0,2000}?\"(?:[a-z0-9-]+\\.)+[a-z]{2,}\"\\s{0,5}:\\s{0,5}\"([A-Za-z0-9_.-]{20,256})\"",
        "keywords": [
            "\"bearer\"",
            "\"github-oauth\"",
            "\"gitlab-token\"",
            "\"gitlab-oauth\""
        ],
        "entropy": 3.3,
        "severity": "high",
        "multiline": true,
        "generic": true,
        "report-at": "secret",
        "tests": {
            "positives": [
                "{\n  \"config\": {\n    \"bearer\": {\n      \"repo.packagist.com\": \"{hex:40}\"\n    }\n  }\n}",
                "    \"config\": { \"bearer\": {\"repo.packagist.com\": \"{hex:40}\"} },",
                "COMPOSER_AUTH='{\"github-oauth\": {\"github.com\": \"{alnum:40}\"}}'"
            ],
            "negatives": [
                "\"extra\": {\n  \"patches\": {\n    \"drupal-core.patch\": \"{alnum:30}7\"\n  }\n}",
                "\"bearer\": {\"repo.packagist.com\": \"${PACKAGIST_TOKEN}\"}",
                "\"drush.services.yml\": \"drush_services_v10-compat\""
            ]
        }
    },
    {
        "id": "consul-token-block",
        "description": "HashiCorp Consul ACL token in a configuration block (acl { tokens { agent = … } }, Nomad's and Vault's consul { token = … })",
        "regex": "(?:\\btokens|\\bconsul\\b[^\\n{]{0,40}|\\bstorage\\s{1,3}\"consul\")\\s{0,3}(?:=\\s{0,3})?\\{[^{}]{0,800}?\\b(?:agent|default|replication|dns|config_file_service_registration|initial_management|agent_recovery|master|token)\\s{0,12}=\\s{0,3}\"([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\"",
        "keywords": [
            "tokens",
            "consul"
        ],
        "entropy": 3,
        "severity": "high",
        "multiline": true,
        "generic": true,
        "report-at": "secret",
        "tests": {
            "positives": [
                "provider \"consul\" {\n  address    = \"consul.service:8500\"\n  token      = \"{uuid}\"\n}",
                "acl {\n  enabled = true\n  tokens {\n    agent = \"{uuid}\"\n  }\n}",
                "consul {\n  address = \"127.0.0.1:8500\"\n  token   = \"{uuid}\"\n}",
                "storage \"consul\" {\n  path  = \"vault/\"\n  token = \"{uuid}\"\n}"
            ],
            "negatives": [
                "consul {\n  address = \"127.0.0.1:8500\"\n  token   = \"${CONSUL_TOKEN}\"\n}",
                "tokens {\n  agent = \"00000000-0000-0000-0000-000000000000\"\n}",
                "service {\n  id = \"{uuid}\"\n}"
            ]
        }
    },
    {
        "id": "crypto-call-key-literal",
        "description": "Signing or encryption key written into the call that uses it (jwt.encode, JWT::encode, Algorithm.HMAC256, Keys.hmacShaKeyFor, EncodingKey::from_secret, createHmac, hmac.new, SecretKeySpec, SymmetricSecurityKey, Joken.Signer.create, setPassword)",
        "regex": "(?:\\b(?:jwt|JWT)(?:\\.|::)encode\\(\\s{0,3}(?:\\{[^{}\\n]{0,300}\\}|\\[[^\\[\\]\\n]{0,300}\\]|dict\\([^()\\n]{0,300}\\)|[^,()]{1,80}),\\s{0,3}|(?:Encoding|Decoding)Key::from_secret\\(\\s{0,3}&?|\\bKeys\\.hmacShaKeyFor\\(\\s{0,3}|\\bAlgorithm\\.HMAC(?:256|384|512)\\(\\s{0,3}|\\bSigner\\.create\\(\\s{0,3}\"HS(?:256|384|512)\"\\s{0,3},\\s{0,3}|\\bcreateHmac\\(\\s{0,3}['\"]sha(?:1|224|256|384|512)['\"]\\s{0,3},\\s{0,3}|\\bhmac\\.new\\(\\s{0,3}(?:key\\s{0,3}=\\s{0,3})?|\\bSecretKeySpec\\(\\s{0,3}|\\bSymmetricSecurityKey\\(\\s{0,3}(?:Encoding\\.\\w{3,8}\\.GetBytes\\(\\s{0,3})?|\\bnew\\(\\s{0,3}Encoding\\.\\w{3,8}\\.GetBytes\\(\\s{0,3}|\\.setPassword\\(\\s{0,3}|\\b(?!\\w{0,30}?(?:[Pp]ub|PUB|[Vv]erif|VERIF|[Hh]ash|HASH|[Ee]xpected|EXPECTED|[Dd]igest|DIGEST))\\w{0,30}(?:KEY|[Kk]ey|SECRET|[Ss]ecret)\\w{0,10}\\s{0,3}=\\s{0,3}(?:bytes\\.fromhex|Buffer\\.from|Base64\\.getDecoder\\(\\)\\.decode|base64\\.b64decode|binascii\\.unhexlify|hex\\.DecodeString)\\(\\s{0,3})[rbu]?[\"'`]((?=[^\"'`]{0,255}[0-9])(?=[^\"'`]{0,255}[A-Za-z])[^\"'`\\s\\\\]{12,200})[\"'`]",
        "keywords": [
            "jwt.encode",
            "jwt::encode",
            "from_secret",
            "hmacshakeyfor",
            "algorithm.hmac",
            "signer.create",
            "createhmac",
            "hmac.new",
            "secretkeyspec",
            "symmetricsecuritykey",
            "getbytes",
            "setpassword",
            "fromhex",
            "buffer.from",
            "getdecoder",
            "b64decode",
            "unhexlify",
            "decodestring"
        ],
        "entropy": 3.3,
        "allow": [
            "^your-(?:256|384|512)-bit-secret$",
            "^ENC\\(",
            "^\\{cipher\\}"
        ],
        "severity": "high",
        "generic": true,
        "tests": {
            "positives": [
                "    return jwt.encode({\"user_id\": user.id, \"exp\": exp}, \"{alnum:40}3\", algorithm=\"HS256\")",
                "token = JWT.encode(payload, '{alnum:40}8', 'HS256')",
                "return JWT::encode(['iss' => $iss, 'aud' => $aud], '{hex:64}', 'HS256');",
                "tok = jwt.encode(dict(sub=uid, exp=exp), \"{alnum:40}6\")",
                "    return jwt.encode(payload, \"{alnum:42}a-4C\", algorithm=\"HS256\")",
                "return JWT::encode($payload, '{hex:64}', 'HS256');",
                "    encode(&Header::default(), &claims, &EncodingKey::from_secret(b\"{alnum:47}5\")).unwrap()",
                "        Keys.hmacShaKeyFor(\"{alnum:63}1\".getBytes(StandardCharsets.UTF_8));",
                "    private val algorithm = Algorithm.HMAC256(\"{hex:64}\")",
                "  @signer Joken.Signer.create(\"HS256\", \"{b64:63}1\")",
                "  const digest = createHmac('sha256', '{hex:64}')",
                "    mac = hmac.new(b\"{alnum:31}7\", body, hashlib.sha256)",
                "        new(Encoding.UTF8.GetBytes(\"{alnum:63}2\"));",
                "        cfg.setPassword(\"{alnum:12}@7x\");",
                "_KEY = bytes.fromhex(\"{hex:64}\")",
                "const KEY = Buffer.from('{hex:64}', 'hex');",
                "    private static final byte[] KEY = Base64.getDecoder().decode(\"{b64:43}=\");",
                "        SecretKeySpec spec = new SecretKeySpec(\"{alnum:31}4\".getBytes(), \"AES\");"
            ],
            "negatives": [
                "    jwt.encode({\"some\": \"payload\"}, \"your-256-bit-secret\", algorithm=\"HS256\")",
                "public_key = base64.b64decode(\"{b64:88}\")",
                "const publicKey = Buffer.from('04{hex:128}', 'hex');",
                "verify_key = bytes.fromhex(\"{hex:64}\")",
                "expected_key = bytes.fromhex(\"{hex:64}\")",
                "        ds.setPassword(\"ENC({b64:32})\");",
                "        ds.setPassword(\"{cipher}{b64:40}\");",
                "    return jwt.encode(payload, settings.SECRET_KEY, algorithm=\"HS256\")",
                "const t = jwt.sign({ sub: id }, process.env.JWT_SECRET)",
                "  const digest = createHmac('sha256', secret)",
                "        cfg.setPassword(System.getenv(\"DB_PASSWORD\"));",
                "digest = bytes.fromhex(\"{hex:64}\")",
                "const KEY = Buffer.from(process.env.KEY, 'hex');",
                "    private val algorithm = Algorithm.HMAC256(secret)",
                "const KEY = Buffer.from('{same:64}', 'hex');"
            ]
        }
    },
    {
        "id": "nats-nkey-seed",
        "description": "NATS nkey seed (the private half of an nkey; in nats-server.conf, .creds files and NKEYS_SEED)",
        "regex": "(?<![A-Z2-7])(S[UAONCX][A-D][A-Z2-7]{55})(?![A-Za-z0-9])",
        "keywords": [
            "nkey",
            "seed",
            ".nk"
        ],
        "entropy": 4,
        "severity": "high",
        "tests": {
            "positives": [
                "      nkey: \"SUA{b32:55}\"",
                "NKEYS_SEED=SAB{b32:55}",
                "kp, err := nkeys.FromSeed([]byte(\"SOC{b32:55}\"))",
                "  user.nk: SUB{b32:55}"
            ],
            "negatives": [
                "      nkey: \"UDXU4RCSJNZOIQHZNWXHXORDPRTGNJAHAHFRGZNEEJCPQTT2M7NLCNF4\"",
                "SUA{b32:30}",
                "SUA{same:55}"
            ]
        }
    },
    {
        "id": "nats-creds-file-seed",
        "description": "NATS nkey seed in a credentials file (.creds, as nsc and the NATS CLI write them, and .nk seed files)",
        "regex": "^\\s*(S[UAONCX][A-D][A-Z2-7]{55})\\s*$",
        "keywords": [
            "s"
        ],
        "entropy": 4,
        "severity": "high",
        "paths": "\\.(?:creds|nk)$",
        "tests": {
            "path": "nats/orders-svc.creds",
            "positives": [
                "SUA{b32:55}"
            ],
            "negatives": [
                "UDXU4RCSJNZOIQHZNWXHXORDPRTGNJAHAHFRGZNEEJCPQTT2M7NLCNF4",
                "-----BEGIN USER NKEY SEED-----"
            ]
        }
    },
    {
        "id": "gemfury-token",
        "description": "Gemfury repository token in a package index URL (pip, npm, gem, Go)",
        "regex": "(?i)https?://([A-Za-z0-9_-]{16,64}):?@(?:pypi|npm|npm-proxy|gem|go|push|repo|api|maven|nuget)\\.fury\\.io\\b",
        "keywords": [
            "fury.io"
        ],
        "entropy": 3.5,
        "severity": "high",
        "tests": {
            "positives": [
                "extra-index-url = https://{alnum:20}:@pypi.fury.io/tidewater/",
                "git push https://{alnum:20}@push.fury.io/acme/"
            ],
            "negatives": [
                "extra-index-url = https://pypi.fury.io/tidewater/",
                "extra-index-url = https://${FURY_TOKEN}:@pypi.fury.io/acme/"
            ]
        }
    },
    {
        "id": "android-resource-credential",
        "description": "Credential compiled into an Android app as a Gradle resValue or manifest placeholder (resValue(\"string\", \"algolia_admin_key\", \"…\"))",
        "regex": "(?i)\\b(?:resValue|buildConfigField)\\s{0,3}\\(?\\s{0,3}[\"'][\\w.]{1,20}[\"']\\s{0,3},\\s{0,3}[\"'][a-z0-9_.]{0,60}(?:secret|token|api_?key|apikey|admin_?key|private_?key|access_?key|password|passwd)[a-z0-9_.]{0,30}[\"']\\s{0,3},\\s{0,3}(?:\"(?:\\\\\")?|')([A-Za-z0-9_./+=-]{16,256})(?:\\\\\"|\"|')",
        "keywords": [
            "resvalue",
            "buildconfigfield"
        ],
        "entropy": 3.3,
        "severity": "medium",
        "generic": true,
        "tests": {
            "positives": [
                "        resValue(\"string\", \"algolia_admin_key\", \"{hex:32}\")",
                "        buildConfigField(\"String\", \"stripe_secret_key\", \"\\\"sk_{alnum:40}\\\"\")"
            ],
            "negatives": [
                "    resValue \"string\", \"api_key\", \"\\\"\\\"\\\"\\\"\\\"\\\"\\\"\\\"\\\"\\\"\\\"\\\"\\\"\\\"\\\"\\\"\\\"\\\"\\\"\\\"\\\"\\\"\\\"\\\"\\\"\\\"\\\"\\\"\\\"\\\"!",
                "        resValue(\"string\", \"algolia_admin_key\", project.property(\"ALGOLIA_KEY\") as String)",
                "        resValue(\"string\", \"app_name\", \"{alnum:20}\")",
                "        resValue(\"string\", \"algolia_admin_key\", \"{same:32}\")"
            ]
        }
    },
    {
        "id": "encoded-basic-credentials",
        "description": "A user:password literal base64-encoded in code for a Basic Authorization header (btoa('user:pw'), base64Encode(utf8.encode('user:pw')))",
        "regex": "\\b(?:btoa|base64Encode|b64encode|standard_b64encode|urlsafe_b64encode|base64_encode|encode64|strict_encode64|EncodeToString|encodeToString|ToBase64String|getEncoder\\(\\)\\.encodeToString)\\s{0,3}\\(\\s{0,3}(?:utf8\\.encode\\(\\s{0,3}|\\[\\]byte\\(\\s{0,3}|Encoding\\.(?:UTF8|ASCII|Default)\\.GetBytes\\(\\s{0,3}|b)?[\"'](?![A-Z][a-z]+(?:[A-Z][a-z]+)*:)([^\"':\\s$`{]{1,64}):([^\"':\\s$`{}]{6,128})[\"']",
        "keywords": [
            "btoa",
            "base64encode",
            "b64encode",
            "base64_encode",
            "encode64",
            "encodetostring",
            "tobase64string"
        ],
        "entropy": 2.8,
        "allow": [
            "^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$",
            "(?i)^(?:your|my)[_-]"
        ],
        "secret-group": 2,
        "severity": "high",
        "tests": {
            "positives": [
                "headers: { Authorization: 'Basic ' + btoa('ops@kitly.app:{uuid}') },",
                "final basic = base64Encode(utf8.encode('fitpal-admin:!@!@{alnum:10}'));",
                "auth := base64.StdEncoding.EncodeToString([]byte(\"svc:{alnum:14}7\"))",
                "token = base64.b64encode(b'etl:{alnum:12}9').decode()",
                "$auth = base64_encode('svc-deploy:{alnum:14}2');",
                "var auth = Convert.ToBase64String(Encoding.UTF8.GetBytes(\"ops:{alnum:14}5\"));"
            ],
            "negatives": [
                "sa = base64.b64encode(b\"system:serviceaccount:kube-system:default\")",
                "auth = base64.b64encode(b\"CLIENT_ID:CLIENT_SECRET\")",
                "const id = btoa('User:{uuid}')",
                "btoa(`${user}:${password}`)",
                "btoa('user:' + password)",
                "btoa('username:password')",
                "Buffer.from('hello:world-data').toString('base64')",
                "btoa('https://example.com'), btoa('Basic realm:login page')"
            ]
        }
    },
    {
        "id": "credential-constructor-literal",
        "description": "Password or secret key passed as a literal to a credential constructor (NetworkCredential, BasicAWSCredentials, StorageSharedKeyCredential, PDO, DriverManager.getConnection), its arguments on one line or many",
        "regex": "\\b(?:(?:NetworkCredential|BasicAWSCredentials|BasicSessionCredentials|AwsBasicCredentials\\.create|StorageSharedKeyCredential|UsernamePasswordCredentials|PasswordAuthentication|Credentials::new|StaticCredentialsProvider|credentials\\.NewStaticCredentials(?:Provider)?)\\s{0,3}\\(\\s{0,20}(?:[@$]?\"[^\"\\n]{0,300}\"|'[^'\\n]{0,300}'|[A-Za-z_$][\\w.$]{0,60}(?:\\(\\))?)\\s{0,20},\\s{0,20}[@$]?[\"']([^\"'\\s$]{6,128})[\"']|(?:new\\s+PDO|DriverManager\\.getConnection)\\s{0,3}\\(\\s{0,20}(?:[@$]?\"[^\"\\n]{0,300}\"|'[^'\\n]{0,300}'|[A-Za-z_$][\\w.$]{0,60}(?:\\(\\))?)\\s{0,20},\\s{0,20}(?:[@$]?\"[^\"\\n]{0,300}\"|'[^'\\n]{0,300}'|[A-Za-z_$][\\w.$]{0,60}(?:\\(\\))?)\\s{0,20},\\s{0,20}[@$]?[\"']([^\"'\\s$]{6,128})[\"'])",
        "keywords": [
            "networkcredential",
            "basicawscredentials",
            "basicsessioncredentials",
            "awsbasiccredentials",
            "storagesharedkeycredential",
            "usernamepasswordcredentials",
            "passwordauthentication",
            "new pdo",
            "drivermanager.getconnection",
            "credentials::new",
            "staticcredentialsprovider",
            "newstaticcredentials"
        ],
        "entropy": 2.8,
        "allow": [
            "^(?:password|secret|changeme)$"
        ],
        "severity": "high",
        "multiline": true,
        "generic": true,
        "report-at": "secret",
        "tests": {
            "positives": [
                "var cred = new NetworkCredential(\n    \"svc-ship\",\n    \"pepper_{digits:4}\");",
                "new BasicAWSCredentials(\n                \"AKIA{upper:16}\",\n                \"{b64:40}\");",
                "$pdo = new PDO(\n    $dsn,\n    'app',\n    't^Tab!{alnum:9}#h'\n);",
                "conn = DriverManager.getConnection(\n        url,\n        \"etl\",\n        \"Willow%{alnum:7}71\");",
                "let c = Credentials::new(\n        \"AKIA{upper:16}\",\n        \"{b64:40}\",\n        None, None, \"static\");"
            ],
            "negatives": [
                "DriverManager.getConnection(url, \"legacy_app\", System.getenv(\"DB_PASSWORD\"))",
                "new NetworkCredential(user, password)",
                "new BasicAWSCredentials(accessKey, secretKey)",
                "$pdo = new PDO($dsn, $user, $pass);",
                "DriverManager.getConnection(url, \"etl\", System.getenv(\"DB_PASSWORD\"))",
                "new NetworkCredential(\"svc\", \"password\")"
            ]
        }
    },
    {
        "id": "authorization-scheme-credential",
        "description": "Credential in an Authorization header of a vendor's own scheme (GenieKey, SSWS, Token token=, DeepL-Auth-Key, Klaviyo-API-Key)",
        "regex": "(?i)[\"']?authorization[\"']?\\]?\\s{0,3}(?:=>|:|,|=)\\s{0,3}[\"']?(?!(?:Bearer|Basic|Digest|Negotiate|NTLM|AWS4-HMAC-SHA256|Signature|OAuth|SharedKey|SharedKeyLite|HMAC-SHA256|HMAC)\\s)(?!new\\s)[A-Za-z][A-Za-z0-9_-]{1,30}[ \\t]+(?:token=)?[\"']?((?=[A-Za-z0-9._~+/=:-]{0,255}[0-9])[A-Za-z0-9._~+/=:-]{16,256})(?![A-Za-z0-9._~+/=:-])",
        "keywords": [
            "authorization"
        ],
        "entropy": 3.3,
        "allow": [
            "^\\$",
            "^\\{\\{"
        ],
        "severity": "high",
        "generic": true,
        "tests": {
            "positives": [
                "$ua->default_header('Authorization' => 'GenieKey {uuid}');",
                "      \"Authorization\" => \"Token token={hex:32}\"",
                "Authorization: DeepL-Auth-Key {uuid}:fx",
                "req['Authorization'] = \"Token token={hex:40}\""
            ],
            "negatives": [
                "Authorization: SharedKey myaccount:{b64:43}=",
                "'Authorization' => 'Bearer ' . $token",
                "\"Authorization\": \"Basic {b64:24}\"",
                "'Authorization' => \"GenieKey #{key}\"",
                "Authorization: GenieKey <your-api-key>",
                "client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(\"Bearer\", token);",
                "Authorization: Signature keyId=\"{alnum:16}\",algorithm=\"hmac-sha256\""
            ]
        }
    },
    {
        "id": "authorization-raw-key",
        "description": "API key sent as the whole Authorization header, with no scheme word before it (AssemblyAI, Linear)",
        "regex": "(?i)(?<![A-Za-z0-9_-])[\"']?authorization[\"']?\\]?\\s{0,3}(?:=>|:|,|=)\\s{0,3}[\"']?((?=[A-Za-z_-]{0,127}[0-9])(?=[0-9_-]{0,127}[A-Za-z])[A-Za-z0-9_-]{24,128})(?=[\"'`]|\\s*$|\\s*[,;)}\\]\\\\])",
        "keywords": [
            "authorization"
        ],
        "entropy": 3.5,
        "allow": [
            "^(?:production|sandbox)_[a-z0-9]{8}_[a-z0-9]{16}$",
            "^[A-Z][A-Z0-9_]*$",
            "^[a-z]+(?:[A-Z][a-z]+)+[0-9]{0,3}$",
            "^(?:[A-Z][a-z]+){2,}[0-9]{0,4}$",
            "^(?:[A-Z]?[a-z]+\\d{0,3}|[A-Z]+\\d{0,3})(?:[_-](?:[A-Z]?[a-z]+\\d{0,3}|[A-Z]?[a-z]+[A-Z][a-z]*\\d{0,3}|[A-Z]+\\d{0,3}|\\d+))+$"
        ],
        "severity": "high",
        "generic": true,
        "tests": {
            "positives": [
                "curl https://api.assemblyai.com/v2/transcript --header \"authorization: {hex:32}\" --header \"content-type: application/json\"",
                "headers = {\"authorization\": \"{hex:32}\"}",
                "  -H 'Authorization: {alnum:40}' \\",
                "const res = await fetch(url, { headers: { Authorization: \"{b64url:48}\" } })"
            ],
            "negatives": [
                "curl -H \"Authorization: Bearer {alnum:40}\" https://api.example.com",
                "  authorization: \"production_{alnumL:8}_{alnumL:16}\",",
                "headers = {\"authorization\": os.environ[\"ASSEMBLYAI_API_KEY\"]}",
                "curl -H \"authorization: $ASSEMBLYAI_API_KEY\" https://api.assemblyai.com/v2/transcript",
                "  Authorization: ${{ secrets.API_TOKEN }}",
                "  github_app_authorization: GithubAppAuthorizationEvent;",
                "headers = {\"authorization\": \"{same:32}\"}",
                "Authorization: AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request",
                "\"Authorization\": \"GenieKey {uuid}\"",
                "export const messages = { authorization: \"Authorization_Required_Error_403\" }",
                "  authorization_header_missing_v2: \"authorization_header_missing_v2\",",
                "  authorization: \"AuthorizationRequiredError403\",",
                "  authorization: \"oauth2_client_credentials_grant\""
            ]
        }
    },
    {
        "id": "composer-auth-bearer",
        "description": "Composer auth.json bearer or GitLab token keyed by its host name",
        "regex": "^[ \\t]*\"(?:[a-z0-9-]+\\.)+[a-z]{2,}\"[ \\t]*:[ \\t]*\"([A-Za-z0-9_.-]{20,256})\"[ \\t]*(?:,[ \\t]*)?$",
        "keywords": [
            "\""
        ],
        "entropy": 3.3,
        "severity": "high",
        "paths": "^(?!(?:.*/)?(?:locales?|i18n|l10n|lang|langs|translations?|messages)/)(?:.*/)?auth\\.json$",
        "tests": {
            "path": "auth.json",
            "positives": [
                "        \"satis.tidewater.io\": \"{hex:40}\"",
                "    \"gitlab.example.com\": \"{alnum:20}\""
            ],
            "negatives": [
                "        \"satis.tidewater.io\": \"${SATIS_TOKEN}\"",
                "    \"url\": \"https://repo.example.com\"",
                "    \"gitlab.example.com\": \"{same:20}\""
            ]
        }
    },
    {
        "id": "master-key-assignment",
        "description": "Master key assigned a random literal (Parse Server masterKey, Meilisearch MEILI_MASTER_KEY, kParseMasterKey constants)",
        "regex": "(?i)master[_.-]?key[\"']?(?:[ \\t]{0,3}:[ \\t]{0,3}[A-Za-z_][\\w.<>\\[\\]?]{0,30}(?=[ \\t]{0,3}=[^=]))?\\s{0,3}(?::=|=>|[:=])\\s{0,3}@?[\"'`]((?=[A-Za-z0-9_+/=-]{0,127}[0-9])(?=[A-Za-z0-9_+/=-]{0,127}[A-Za-z])[A-Za-z0-9_+/=-]{20,128})[\"'`]",
        "keywords": [
            "masterkey",
            "master_key",
            "master-key",
            "master.key"
        ],
        "entropy": 3.5,
        "severity": "high",
        "generic": true,
        "tests": {
            "positives": [
                "NSString * const kParseMasterKey = @\"{alnum:39}7\";",
                "var api = new ParseServer({ appId: \"myApp\", masterKey: \"{alnum:31}4\", serverURL: \"http://localhost:1337/parse\" });",
                "    val masterKey: String = \"{alnum:31}4\""
            ],
            "negatives": [
                "  masterKey: process.env.MASTER_KEY,",
                "masterKey: \"{same:32}\"",
                "masterKeyId = \"{alnum:20}1\""
            ]
        }
    },
    {
        "id": "shell-echo-credential-to-file",
        "description": "Credential written to a file by echo or printf (echo \"DB_PASSWORD=…\" >> .env, | tee)",
        "regex": "(?i)\\b(?:echo|printf)[ \\t]+(?:-[neE]{1,3}[ \\t]+)?([\"']?)(?:export[ \\t]+)?[A-Za-z0-9_.-]{0,60}(?:password|passwd|pwd|[_.-]pass|secret|token(?!iz)|api[_.-]?key|apikey|access[_.-]?key|auth[_.-]?key|private[_.-]?key)(?:[_.-]?[a-z0-9]{1,12}){0,2}(?<![_.-](?:file|path|url|uri|name|id|type|length|len|ttl|hash|prefix|dir|endpoint))[ \\t]*[=:][ \\t]*(?![{<%])([^\\s\"'$`\\\\;|&<>]{6,200})(?:\\\\n)?\\1[ \\t]*(?:>>?|\\|[ \\t]*(?:sudo[ \\t]+)?tee\\b)",
        "keywords": [
            "echo",
            "printf"
        ],
        "entropy": 2.2,
        "secret-group": 2,
        "severity": "medium",
        "generic": true,
        "tests": {
            "positives": [
                "echo \"DB_PASSWORD={alnum:12}7\" >> .env",
                "echo 'DB_PASSWORD={alnum:11}3' > .env",
                "echo DB_PASSWORD={alnum:12}5 >> .env",
                "RUN echo \"password={alnum:10}9\" > /etc/app.conf",
                "echo \"DB_PASSWORD={alnum:12}2\" | tee -a .env",
                "printf 'DB_PASS={alnum:12}4\\n' >> .env",
                "echo \"spring.datasource.password={alnum:12}8\" >> application.properties",
                "  echo \"api_token: {alnum:30}1\" >> ~/.config/tool.yml",
                "echo -e \"REDIS_PASSWORD={alnum:14}6\" | sudo tee /etc/redis.env",
                "    - echo \"mail.smtp.password={alnum:14}0\" >> conf/app.properties"
            ],
            "negatives": [
                "echo \"DB_PASSWORD=$DB_PASSWORD\" >> .env",
                "echo \"DB_PASSWORD=${{ secrets.DB_PASSWORD }}\" >> .env",
                "echo \"API_TOKEN=<your-token>\" >> .env",
                "echo \"PASSWORD_FILE=/run/secrets/db_password\" >> .env",
                "echo \"DB_PASSWORD=changeme\" >> .env",
                "echo \"password=your_password_here\" > app.conf",
                "echo \"TOKEN_URL=https://auth.example.com/token\" >> .env",
                "echo \"DB_PASSWORD=$(cat /run/secrets/db)\" >> .env",
                "echo \"Set DB_PASSWORD=Hq7vT2mXp9Lz in your .env\"",
                "echo \"tokenizer=bert-base-uncased\" > conf",
                "echo \"API_KEY=%s\" >> .env"
            ]
        }
    },
    {
        "id": "rancher-api-token",
        "description": "Rancher API or kubeconfig token (token-xxxxx:… / kubeconfig-user-xxxxx:…)",
        "regex": "(?<![\\w-])((?:kubeconfig-u(?:ser)?|token)-[a-z0-9]{5,14}:[a-z0-9]{54})(?![a-z0-9])",
        "keywords": [
            "kubeconfig-u",
            "token-"
        ],
        "entropy": 3.5,
        "severity": "high",
        "tests": {
            "positives": [
                "    token: \"kubeconfig-user-{lower:5}:{alnumL:54}\"",
                "export RANCHER_TOKEN=token-{lower:5}:{alnumL:54}",
                "    token: kubeconfig-u-{alnumL:12}:{alnumL:54}"
            ],
            "negatives": [
                "    token: \"kubeconfig-user-abcde:xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"",
                "token-{lower:5}:{alnumL:20}",
                "my-token-{lower:5}:{alnumL:54}"
            ]
        }
    },
    {
        "id": "terraform-state-random-password",
        "description": "Password generated by Terraform's random_password, in a state file (result)",
        "regex": "\"type\"\\s*:\\s*\"random_password\"(?:(?!\"type\"\\s*:)[\\s\\S]){0,4000}?\"result\"\\s*:\\s*\"((?:[^\"\\\\\\s]|\\\\.){6,512})\"",
        "keywords": [
            "random_password"
        ],
        "entropy": 2,
        "severity": "high",
        "multiline": true,
        "report-at": "secret",
        "tests": {
            "positives": [
                "{\n  \"mode\": \"managed\",\n  \"type\": \"random_password\",\n  \"name\": \"db\",\n  \"instances\": [\n    {\n      \"attributes\": {\n        \"bcrypt_hash\": \"$2a$10${b64:53}\",\n        \"id\": \"none\",\n        \"length\": 24,\n        \"override_special\": \"!#%*-_\",\n        \"result\": \"{alnum:14}.{alnum:9}\",\n        \"special\": true\n      }\n    }\n  ]\n}"
            ],
            "negatives": [
                "{\n  \"type\": \"random_password\",\n  \"instances\": [ { \"attributes\": { \"result\": \"\" } } ]\n}",
                "{\n  \"type\": \"random_string\",\n  \"instances\": [ { \"attributes\": { \"result\": \"{alnum:16}\" } } ]\n}",
                "{\n  \"type\": \"random_password\",\n  \"name\": \"unused\",\n  \"instances\": []\n},\n{\n  \"type\": \"random_pet\",\n  \"instances\": [ { \"attributes\": { \"result\": \"hopeful-lemur-2024xyz\" } } ]\n}"
            ]
        }
    },
    {
        "id": "httpie-session-auth",
        "description": "Credentials in an HTTPie session file (auth.raw_auth)",
        "regex": "\"raw_auth\"\\s*:\\s*\"(?:[^\":\\s]{1,64}:(?=[^\"\\s]))?([^\"\\s:]{6,512}|[^\"\\s]{6,512}(?<!:))\"",
        "keywords": [
            "raw_auth"
        ],
        "entropy": 2.5,
        "severity": "high",
        "tests": {
            "positives": [
                "        \"raw_auth\": \"ci-publisher:{alnum:20}\"",
                "    \"raw_auth\": \"{alnum:40}\""
            ],
            "negatives": [
                "        \"raw_auth\": null",
                "        \"raw_auth\": \"user:\"",
                "        \"raw_auth\": \"bearer-user:\""
            ]
        }
    },
    {
        "id": "restclient-basic-credentials",
        "description": "Basic or Digest credentials written in clear in a REST Client request file (.http / .rest)",
        "regex": "(?i)^[ \\t]*Authorization:[ \\t]*(?:Basic|Digest)[ \\t]+[^\\s:{}]{1,64}(?:[ \\t]+|:)([^\\s{}]{4,128})[ \\t]*$",
        "keywords": [
            "authorization"
        ],
        "entropy": 2,
        "severity": "high",
        "paths": "\\.(?:http|rest)$",
        "tests": {
            "path": "api/admin.http",
            "positives": [
                "Authorization: Basic admin {alnum:5}.{alnum:6}.LVht7",
                "Authorization: Basic deploy:{alnum:14}",
                "Authorization: Digest svc {alnum:12}"
            ],
            "negatives": [
                "Authorization: Basic {{user}} {{password}}",
                "Authorization: Basic {b64:40}=",
                "Authorization: Bearer {alnum:40}"
            ]
        }
    },
    {
        "id": "aws-secret-access-key-near-id-lines",
        "description": "AWS secret access key on a line just after an access key ID (no secret-like name)",
        "regex": "(?<![A-Z0-9])(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}(?![A-Z0-9])[^\\n]{0,200}\\n(?:[^\\n]{0,300}\\n){0,2}?[^\\n]{0,300}?(?<![A-Za-z0-9/+])((?=[A-Za-z0-9/+]{0,39}[0-9])(?=[A-Za-z0-9/+]{0,39}[a-z])(?=[A-Za-z0-9/+]{0,39}[A-Z])[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])",
        "keywords": [
            "akia",
            "asia",
            "abia",
            "acca"
        ],
        "entropy": 4,
        "allow": [
            "EXAMPLE"
        ],
        "severity": "critical",
        "multiline": true,
        "generic": true,
        "report-at": "secret",
        "tests": {
            "positives": [
                "    const-string v1, \"AKIA{b32:16}\"\n\n    const-string v2, \"{alnum:18}/{alnum:13}+{alnum:7}\"\n",
                "<span class=\"s2\">&quot;AKIA{b32:16}&quot;</span>\n<span class=\"s2\">&quot;{alnum:10}/{alnum:20}+{alnum:8}&quot;</span>"
            ],
            "negatives": [
                "const-string v1, \"AKIA{b32:16}\"\n\nconst-string v2, \"https://s3.amazonaws.com/bucket\"",
                "AKIAIOSFODNN7EXAMPLE\nwJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
                "AKIA{b32:16}\na\nb\nc\nd\n{alnum:18}/{alnum:13}+{alnum:7}"
            ]
        }
    },
    {
        "id": "cloudflare-global-api-key-header",
        "description": "Cloudflare Global API Key in an X-Auth-Key header",
        "regex": "(?i)X-Auth-Key\\\\?[\"']?\\s{0,3}[:=,]\\s{0,3}\\\\?[\"']?([0-9a-f]{37})(?![0-9a-z])",
        "keywords": [
            "x-auth-key"
        ],
        "entropy": 3,
        "severity": "critical",
        "tests": {
            "positives": [
                "  -H \"X-Auth-Key: {hex:37}\" \\",
                "headers = {'X-Auth-Email': 'ops@example.com', 'X-Auth-Key': '{hex:37}'}"
            ],
            "negatives": [
                "  -H \"X-Auth-Key: $CF_API_KEY\" \\",
                "  -H \"X-Auth-Key: {hex:32}\" \\"
            ]
        }
    },
    {
        "id": "alibaba-secret-near-id-lines",
        "description": "Alibaba Cloud AccessKey secret on a line just after an AccessKey ID (no secret-like name)",
        "regex": "(?<![A-Za-z0-9])LTAI[A-Za-z0-9]{12,20}(?![A-Za-z0-9])[^\\n]{0,200}\\n(?:[^\\n]{0,300}\\n){0,2}?[^\\n]{0,300}?(?<![A-Za-z0-9])((?=[A-Za-z0-9]{0,29}[0-9])(?=[A-Za-z0-9]{0,29}[a-z])(?=[A-Za-z0-9]{0,29}[A-Z])[A-Za-z0-9]{30})(?![A-Za-z0-9])",
        "keywords": [
            "ltai"
        ],
        "entropy": 4,
        "severity": "critical",
        "multiline": true,
        "generic": true,
        "report-at": "secret",
        "tests": {
            "positives": [
                "client = AcsClient(\n    \"LTAI{alnum:20}\",\n    \"{alnum:29}7\",\n    \"cn-hangzhou\",\n)"
            ],
            "negatives": [
                "client = AcsClient(\n    \"LTAI{alnum:20}\",\n    os.environ[\"ALIBABA_CLOUD_ACCESS_KEY_SECRET\"],\n)"
            ]
        }
    },
    {
        "id": "curl-user-continuation-line",
        "description": "Password for curl's -u / --user on a continuation line of the command (curl … \\ then -u user:password)",
        "regex": "\\bcurl\\b[^\\n]{0,300}\\\\\\n(?:[^\\n]{0,300}\\\\\\n){0,9}?[ \\t]*(?:-u|--user)[ \\t]+[\"']?[^:\\s'\"$]{1,120}:((?=[^\\s'\"]{0,127}[A-Za-z])(?=[^\\s'\"]{0,127}[0-9])[^\\s'\"@$<][^\\s'\"]{5,127})[\"']?(?=[ \\t]*(?:\\\\?\\n|\\\\?$))",
        "keywords": [
            "curl"
        ],
        "entropy": 3,
        "severity": "high",
        "multiline": true,
        "report-at": "secret",
        "tests": {
            "positives": [
                "curl -v https://api-m.sandbox.paypal.com/v1/oauth2/token \\\n  -H \"Accept: application/json\" \\\n  -u \"{alnum:40}:{alnum:39}7\" \\\n  -d grant_type=client_credentials",
                "curl https://acme.example/api/v2/tickets.json \\\n  -u agent@acme.example/token:{alnum:39}7"
            ],
            "negatives": [
                "curl https://h/x \\\n  -u \"$CLIENT_ID:$CLIENT_SECRET\" \\\n  -d a=b",
                "curl https://h/x \\\n  -u admin:admin",
                "docker run --rm \\\n  -u 1000:1000 \\\n  image",
                "curl https://h/x\n\nsudo -u deploy:{alnum:12}7 ls"
            ]
        }
    }
];

// EXTERNAL MODULE: ./src/model/verdict.ts
var verdict = __webpack_require__(47088);
;// CONCATENATED MODULE: ./src/secrets/scanner.ts
/**
 * The scanning engine: keyword prefilter (one Aho-Corasick pass per block of added lines), then only the
 * rules whose keyword occurs run their regex on that line (or, for multi-line rules such as PEM keys, on
 * a window starting at that line). Candidates pass entropy, placeholder and allow checks; the value is
 * turned into a preview and a keyed fingerprint at once and never leaves this module.
 */











/** `PREFIX [class]{min,max}` (checked by scripts/gen-secret-rules.mjs). */
function ownedPrefix(entry) {
    const m = /^(\S+) \[([^\]]+)\]\{(\d+),(\d+)\}$/.exec(entry);
    if (m === null)
        throw new Error(`owns: ${entry} is not 'PREFIX [class]{min,max}'`);
    return { prefix: m[1], alphabet: new RegExp(`[${m[2]}]`), min: Number(m[3]), max: Number(m[4]) };
}
/**
 * Whether rest (what follows an owned prefix) is a near miss of the provider's token: its length within
 * NEAR_LENGTH of the token's with at most NEAR_STRAYS characters outside its alphabet (a token cut short or padded,
 * a few characters of another alphabet), or its very length (within 2) in a token's characters (a made-up value of
 * random letters and digits in the token's place). `SG.mailrelay.…` or `AKIA#2024-…` under a password name is far
 * from a SendGrid or AWS key, so the name = value rules judge it as before.
 */
function nearMiss(shape, rest) {
    if (rest.length < shape.min - NEAR_LENGTH || rest.length > shape.max + NEAR_LENGTH)
        return false;
    let strays = 0;
    for (let i = 0; i < rest.length; i++)
        if (!shape.alphabet.test(rest[i]))
            strays++;
    if (strays <= NEAR_STRAYS)
        return true;
    return rest.length >= shape.min - 2 && rest.length <= shape.max + 2 && TOKEN_CHARACTERS.test(rest);
}
const NEAR_LENGTH = 8;
const NEAR_STRAYS = 3;
const TOKEN_CHARACTERS = /^[A-Za-z0-9_.-]+$/;
/** The memo's values for the (most common) line where nothing was accepted, or no multi-line rule selected: shared, never written to. */
const NO_MEMO_HITS = [];
const NO_MULTI = [];
/** Lines longer than this are not memoized (long lines rarely repeat, and keys would cost memory). */
const MEMO_MAX_LINE = 256;
/** The memo is emptied when it holds this many lines (at most MEMO_MAX_LINE characters each). */
const MEMO_MAX_LINES = 16384;
/**
 * The memo pays only where lines repeat (lockfiles, generated code, config): in ordinary source most lines are
 * new, and looking each up and storing its copy was a fifth of the scan. It is judged over each MEMO_TRIAL lines
 * looked up: with fewer than MEMO_MIN_HITS found there, it rests for the next MEMO_REST lines (neither looked
 * up nor stored), then is tried again. Findings are the same either way.
 */
const MEMO_TRIAL = 2048;
const MEMO_MIN_HITS = 256;
const MEMO_REST = 16384;
const MULTILINE_WINDOW = 32 * 1024;
/**
 * A multi-line rule selected further into its line than half a window (a key escaped into a minified bundle's
 * 80 KB line, a source map's sourcesContent) is run on a window from this far before its keyword, not from the
 * line's start: a match begins at most this far before the keyword that selects it.
 */
const MULTILINE_BACK = 4096;
/** Automaton state after the last nextKeywordEnd call (premultiplied offset into the table). */
let acState = 0;
/**
 * The hot loop, kept apart from the closures of scanBlock so V8 holds everything in registers: run the
 * keyword automaton from `from` in `state`; return the index of the next character that ends a keyword
 * (acState is then the state there), or -1 at the end of the text.
 */
function nextKeywordEnd(text, ac, from, state, quietUntil) {
    const { table, classOf, shift, outIndex } = ac;
    const n = text.length;
    let s = state;
    for (let i = from; i < n; i++) {
        s = table[s + classOf[text.charCodeAt(i) & 127]];
        if (s < 0) {
            s = -s;
            // A keyword whose rules are all done up to a position (see quietUntil in scanBlock) is passed over.
            if (quietUntil[outIndex[s >> shift]] > i)
                continue;
            acState = s;
            return i;
        }
    }
    acState = s;
    return -1;
}
const INLINE_ALLOW = /compliance-gate:\s*allow-secret\b/i;
/** A line that is only a comment: #, //, --, ;, %, ', REM, or the start or body of a block comment. */
const COMMENT_LINE = /^\s*(?:#|\/\/|--|;|%|'|REM\b|\/\*|\*|<!--|\{-|\(\*)/i;
/** Five letters of one case in a row: a word in the value. */
const WORD_RUN = /[a-z]{5}|[A-Z]{5}/;
/** 32 or more hexadecimal digits of one case: a hex-encoded secret (an OAuth client secret, an HMAC key). */
const LONG_HEX = /^(?:[0-9a-f]{32,}|[0-9A-F]{32,})$/;
/**
 * The entropy a candidate must reach. Generic rules' floors are set for mixed alphabets and long values; hex
 * carries at most 4 bits a character and random hex of 32-64 digits measures about 3.5-3.9, so a long hex value
 * is held to a floor of 3.3 (a name-anchored generic rule then finds a 40-hex client secret; placeholders and
 * repeated digits stay out by the placeholder check and by this floor), 32 to 39 digits to 3.1 (one random
 * 32-hex value in 60 measures under 3.3, one in 1,000 under 3.1: a Twilio auth token or an MD5-sized API key),
 * and a short value to one its length can reach.
 */
function entropyFloor(rule, v) {
    if (!rule.generic)
        return rule.entropy;
    if (v.length >= 32 && LONG_HEX.test(v))
        return Math.min(rule.entropy, v.length >= 40 ? 3.3 : 3.1);
    // A short value cannot reach a long one's entropy: n characters measure at most log2(n) bits, and 16 random
    // letters and digits average 3.77, a quarter of them under 3.7. Below 22 characters a token rule's floor is
    // log2(n) - 0.7 (about 1 in 200 random values under it), never under 3; not for a value holding a word (five
    // letters of one case in a row: V1SecretEnvSource, Password01), which reads as a name, and not for password
    // rules, whose floors are set for what people type.
    if (v.length < 22 && rule.entropy >= 3.5 && !WORD_RUN.test(v))
        return Math.min(rule.entropy, Math.max(3, Math.log2(v.length) - 0.7));
    return rule.entropy;
}
function splitFlags(src) {
    return src.startsWith('(?i)') ? { src: src.slice(4), flags: 'i' } : { src, flags: '' };
}
/**
 * Capturing groups of a JS regex source, read from the source (compiling a regex only to count its groups
 * cost ~20 ms at start-up over the table): `(` not escaped, outside a class, and not `(?:`, `(?=`, `(?!`,
 * `(?<=`, `(?<!` (a named group `(?<name>` captures).
 */
function groupCount(src) {
    let n = 0;
    let inClass = false;
    for (let i = 0; i < src.length; i++) {
        const c = src[i];
        if (c === '\\')
            i++;
        else if (inClass)
            inClass = c !== ']';
        else if (c === '[')
            inClass = true;
        else if (c === '(' && (src[i + 1] !== '?' || (src[i + 2] === '<' && src[i + 3] !== '=' && src[i + 3] !== '!')))
            n++;
    }
    return n;
}
function jsMatcher(source, multiline, group) {
    const { src, flags } = splitFlags(source);
    const g = group ?? (groupCount(src) >= 1 ? 1 : 0);
    // Without an explicit secret-group, a regex of alternatives reports the first group that took part.
    const firstDefined = group === undefined && groupCount(src) > 1;
    if (multiline) {
        // Anchored to the window start: the match must begin on the keyword's line (a rule written `^…` begins at the
        // line's start, and is tried there alone). Group 1 wraps the rule's regex, so the rule's own groups shift by one.
        const re = new RegExp(src.startsWith('^') ? `^(${src.slice(1)})` : `^[^\\n]*?(${src})`, `d${flags}`);
        return (input, out) => {
            const m = re.exec(input);
            if (m === null)
                return;
            let gg = g + 1;
            if (firstDefined)
                while (gg < m.length && m[gg] === undefined)
                    gg++;
            const idx = m.indices?.[gg];
            const whole = m.indices?.[1];
            const s = m[gg];
            if (idx && whole && s)
                out.push({ matchStart: whole[0], start: idx[0], end: idx[1], secret: s });
        };
    }
    const re = new RegExp(src, `gd${flags}`);
    // Most runs find nothing: a test without match indices first allocates nothing and runs faster.
    const probe = new RegExp(src, flags);
    return (input, out) => {
        if (!probe.test(input))
            return;
        re.lastIndex = 0;
        let m;
        while ((m = re.exec(input)) !== null) {
            if (m[0].length === 0) {
                re.lastIndex++;
                continue;
            }
            let gi = g;
            if (firstDefined && m[gi] === undefined) {
                gi = 2;
                while (gi < m.length && m[gi] === undefined)
                    gi++;
            }
            const idx = m.indices?.[gi];
            const s = m[gi];
            if (idx && s)
                out.push({ start: idx[0], end: idx[1], secret: s });
        }
    };
}
/** re2js, loaded by loadCustomRuleEngine only when a policy has custom rules (its module costs ~15 ms at start-up). */
let re2;
/**
 * Load the RE2 engine custom rules run on. Whoever builds a scanner with custom rules awaits it first (the
 * secrets collectors do); without it each custom rule is reported as one that does not compile, so the
 * control is not verified rather than passed.
 */
async function loadCustomRuleEngine() {
    re2 ??= await __webpack_require__.e(/* import() */ 856).then(__webpack_require__.bind(__webpack_require__, 2856));
}
function re2Matcher(source, group) {
    if (!re2)
        throw new Error('the RE2 engine for custom rules was not loaded (loadCustomRuleEngine)');
    const p = re2.RE2JS.compile(source);
    const probe = p.matcher('');
    const g = group ?? (probe.groupCount() >= 1 ? 1 : 0);
    if (g > probe.groupCount())
        throw new Error(`secret-group ${g} but the regex has ${probe.groupCount()} groups`);
    return (input, out) => {
        const m = p.matcher(input);
        while (m.find()) {
            const s = m.group(g);
            if (s)
                out.push({ start: m.start(g), end: m.end(g), secret: s });
        }
    };
}
function compileBuiltin(def) {
    return {
        id: def.id,
        description: def.description,
        severity: def.severity ?? 'high',
        entropy: def.entropy ?? 0,
        generic: def.generic === true,
        multiline: def.multiline === true,
        reportAtSecret: def['report-at'] === 'secret',
        placeholderCheck: def['no-placeholder-check'] !== true,
        allow: (def.allow ?? []).map(a => {
            const { src, flags } = splitFlags(a);
            const re = new RegExp(src, flags);
            return (v) => re.test(v);
        }),
        match: jsMatcher(def.regex, def.multiline === true, def['secret-group']),
        ...(def.requires !== undefined && { requires: def.requires }),
        ...(def.owns !== undefined && { owns: def.owns.map(ownedPrefix) }),
        ...(def.decoded !== undefined && { decoded: decodedTest(def.decoded), canonical: unwrapBase64 }),
        ...(def.checksum === 'github-crc32' && { checksum: githubChecksumOk })
    };
}
/** Base64 with its line wrapping (whitespace, `\n` escapes of a JSON string) dropped. */
function unwrapBase64(v) {
    return v.replace(/\\+[rn]|\s/g, '');
}
/**
 * Base64 decoded is read only this far (6 KB decoded): a PEM header with its Proc-Type/DEK-Info lines and the
 * body's start, or a whole GCP key file (about 2.3 KB with a 2048-bit key, 4 KB with a 4096-bit one) in any key order.
 */
const DECODED_PREFIX = 8192;
let lastEncoded = '';
let lastDecoded = '';
/** The start of the secret's base64 (unwrapped) decoded as Latin-1; the last one is kept (rules sharing a keyword see the same value). */
function decodedStart(v) {
    if (v !== lastEncoded) {
        lastEncoded = v;
        lastDecoded = Buffer.from(unwrapBase64(v.slice(0, 2 * DECODED_PREFIX)).slice(0, DECODED_PREFIX), 'base64').toString('latin1');
    }
    return lastDecoded;
}
/** The test of a rule's `decoded` regex (anchored at the start of the decoded text, see DECODED_PREFIX). */
function decodedTest(source) {
    const { src, flags } = splitFlags(source);
    const re = new RegExp(src, flags);
    return v => re.test(decodedStart(v));
}
function compileCustom(def) {
    return {
        id: def.id,
        description: def.description ?? `Custom rule ${def.id}`,
        severity: def.severity ?? 'high',
        entropy: def.entropy ?? 0,
        generic: false,
        multiline: false,
        reportAtSecret: false,
        placeholderCheck: true,
        allow: [],
        custom: true,
        match: re2Matcher(def.regex, def['secret-group'])
    };
}
/** Whether text holds one of the rule's required strings (or the rule has none). */
function holdsRequired(rule, text) {
    const req = rule.requires;
    if (req === undefined)
        return true;
    for (let k = 0; k < req.length; k++)
        if (text.includes(req[k]))
            return true;
    return false;
}
/**
 * Compiled once per process (issue 20): each built-in rule's regexes, and the keyword automaton of a keyword
 * list (~100 ms to build for the full table). Both are stateless between scans, so scanners share them.
 */
const compiledBuiltins = new WeakMap();
const automata = new Map();
/** The built-in rule table (a copy). */
function loadBuiltinRules() {
    return RULES.map(r => ({ ...r }));
}
function createScanner(options = {}) {
    const repo = options.repo ?? '';
    const disabled = new Set(options.disabledRules ?? []);
    const defs = (options.rules ?? RULES).filter(r => !disabled.has(r.id));
    const compiled = [];
    const keywordsOf = [];
    /** Rules bound to file names: index into compiled, and the path regex. */
    const pathRules = [];
    for (const d of defs) {
        if (d.paths !== undefined)
            pathRules.push({ ri: compiled.length, path: new RegExp(d.paths) });
        let c = compiledBuiltins.get(d);
        if (c === undefined)
            compiledBuiltins.set(d, (c = compileBuiltin(d)));
        compiled.push(c);
        keywordsOf.push(d.paths !== undefined ? [] : d.keywords);
    }
    const pathRuleSet = new Set(pathRules.map(p => p.ri));
    /** Rules before this index are built in; custom rules follow. */
    const builtinCount = compiled.length;
    const anyPathRule = unionOf(pathRules.map(p => p.path));
    const customRuleIds = [];
    const customRuleErrors = [];
    const ids = new Set(compiled.map(r => r.id));
    for (const c of options.customRules ?? []) {
        const id = String(c?.id ?? '');
        if (!id) {
            customRuleErrors.push({ id: '(no id)', error: 'custom rule without an id' });
            continue;
        }
        if (disabled.has(id))
            continue;
        if (ids.has(id)) {
            customRuleErrors.push({ id, error: 'id already used by another rule' });
            continue;
        }
        try {
            if (typeof c.regex !== 'string' || c.regex === '')
                throw new Error('regex missing');
            compiled.push(compileCustom(c));
            keywordsOf.push((c.keywords ?? []).map(k => k.toLowerCase()).filter(k => k.length > 0));
            customRuleIds.push(id);
            ids.add(id);
        }
        catch (e) {
            customRuleErrors.push({ id, error: e instanceof Error ? e.message : String(e) });
        }
    }
    /** Ids of the generic rules: a finding by one gives way to a provider rule's at the same place in a second view. */
    const genericRuleIds = new Set(compiled.filter(r => r.generic).map(r => r.id));
    /** Per built-in rule reading an encoded value: the rules reading it decoded (its `encodes`). */
    const encodedBy = new Map();
    for (const d of defs)
        if (d.encodes !== undefined)
            encodedBy.set(d.id, new Set(d.encodes));
    // Keyword table: keyword → rules; rules without keywords run on every line.
    const kwIndex = new Map();
    const kwRules = [];
    const alwaysRules = [];
    const asciiKw = [];
    keywordsOf.forEach((kws, ri) => {
        if (pathRuleSet.has(ri))
            return;
        const usable = kws.filter(k => /^[\x00-\x7f]+$/.test(k));
        if (usable.length === 0 || usable.length !== kws.length) {
            alwaysRules.push(ri);
            return;
        }
        for (const k of usable) {
            let id = kwIndex.get(k);
            if (id === undefined) {
                id = asciiKw.length;
                asciiKw.push(k);
                kwIndex.set(k, id);
                kwRules.push([]);
            }
            const list = kwRules[id];
            if (!list.includes(ri))
                list.push(ri);
        }
    });
    const acKey = asciiKw.join('\u0000');
    const ac = automata.get(acKey) ?? new KeywordAutomaton(asciiKw);
    if (!automata.has(acKey)) {
        if (automata.size >= 8)
            automata.clear();
        automata.set(acKey, ac);
    }
    // Per output set of the automaton: the union of rule indexes.
    const outRules = ac.outputs.map(kwIds => {
        const s = new Set();
        for (const k of kwIds)
            for (const r of kwRules[k])
                s.add(r);
        return [...s];
    });
    /**
     * Per output set (1-based, as outIndex gives it): 1 when it selects only specific single-line rules (a token's
     * prefix: `pat`, `==`, `://`). The memo is looked up at a line's first keyword that is not one of these, and a line
     * with none is neither looked up nor stored: its rules are a few quick regexes, cheaper than hashing and copying
     * the line (two lines in three with a keyword, in ordinary source). Where lines repeat (half of a trial's found:
     * generated code, a lockfile) every line is looked up at its first keyword.
     */
    const cheapOut = new Uint8Array(outRules.length + 1);
    outRules.forEach((rs, o) => {
        if (rs.every(ri => !compiled[ri].generic && !compiled[ri].multiline))
            cheapOut[o + 1] = 1;
    });
    const scannedUpTo = new Float64Array(compiled.length);
    /** The single-line rules selected on the current line, in the order their keywords occur, and a mark per rule. */
    const pending = new Int32Array(compiled.length);
    const pendingMark = new Uint8Array(compiled.length);
    /** Line text → what the keyword-selected single-line rules accepted on it (see runPending in scanBlock). */
    const lineMemo = new Map();
    const memoMaxLine = options.lineMemo === false ? -1 : MEMO_MAX_LINE;
    /** The memo's trial (lines looked up, and found, since it began) and rest (lines left before the next). */
    let memoTried = 0;
    let memoFound = 0;
    let memoRest = 0;
    /** Half the last trial's lines were found: lines repeat (generated code, a lockfile), so token-rule lines are looked up too. */
    let memoHot = false;
    /** The multi-line rules selected on the current line, and the last position (in the line) each was selected at, or -1. */
    const multiRules = new Int32Array(compiled.length);
    const multiLast = new Int32Array(compiled.length).fill(-1);
    /** Per output set of the automaton (1-based, as outIndex gives it): hits before this position are passed over. */
    const quietUntil = new Float64Array(ac.outputs.length + 1);
    const rulesDigest = (0,external_node_crypto_.createHash)('sha256')
        .update(JSON.stringify({
        builtin: options.rules ? (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(options.rules)).digest('hex') : RULES_DIGEST,
        custom: options.customRules ?? [],
        disabled: [...disabled].sort()
    }))
        .digest('hex');
    /**
     * Owned prefixes (rules' `owns`), longest first, with their rule; and the first characters among them. A value a
     * rule reads that starts with one and is a near miss of that provider's token (`GITHUB_TOKEN=ghp_…` one
     * character short, `Authorization: Bearer glpat-…` with a few characters of another alphabet) is judged by the
     * provider's format: reported by its rule when that rule finds the token, else by none. Such a value is an
     * example's look-alike, not a credential of an unknown format; the provider's rule still reports a whole token
     * wherever it stands, and a value far from the token's shape (a password that happens to begin `ASIA`) is judged
     * by the rule reading it.
     */
    const owners = [];
    for (let ri = 0; ri < builtinCount; ri++)
        for (const shape of compiled[ri].owns ?? [])
            owners.push({ shape, rule: compiled[ri] });
    owners.sort((a, b) => b.shape.prefix.length - a.shape.prefix.length);
    const ownedFirst = new Set(owners.map(o => o.shape.prefix.charCodeAt(0)));
    const ownerFound = [];
    /** False when v is a near miss of a token another built-in rule owns by its prefix and that rule's regex finds no token in v. */
    function ownerFindsToken(rule, v) {
        if (rule.custom === true || !ownedFirst.has(v.charCodeAt(0)))
            return true;
        for (const o of owners) {
            if (!v.startsWith(o.shape.prefix))
                continue;
            if (o.rule === rule || !nearMiss(o.shape, v.slice(o.shape.prefix.length)))
                return true;
            ownerFound.length = 0;
            if (holdsRequired(o.rule, v))
                o.rule.match(v, ownerFound);
            return ownerFound.length !== 0;
        }
        return true;
    }
    function accept(rule, v) {
        // The decoded test first: it is the most selective (a base64 certificate fails it at once).
        if (rule.decoded && !rule.decoded(v))
            return false;
        if (!ownerFindsToken(rule, v))
            return false;
        if (rule.entropy > 0 && (0,heuristics/* shannonEntropy */.ly)(v) < entropyFloor(rule, v))
            return false;
        if (rule.placeholderCheck && (0,heuristics/* isPlaceholder */.wK)(v))
            return false;
        for (const a of rule.allow)
            if (a(v))
                return false;
        if (rule.generic && ((0,heuristics/* isBase64OfText */.EH)(v) || (0,heuristics/* isPublicByDesign */.zk)(v) || (0,heuristics/* isStoredHash */.kQ)(v) || (0,heuristics/* isTimestamp */.Fx)(v)))
            return false;
        return true;
    }
    /**
     * digests: spans (sorted) no generic rule may report from (a lockfile's hashes); a specific rule's
     * match is reported wherever it is.
     */
    function scanBlock(text, lineNumber, everyHit, fileRules = [], digests, blockLines) {
        let hits = [];
        const n = text.length;
        scannedUpTo.fill(-1);
        quietUntil.fill(-1);
        const { outIndex } = ac;
        const found = [];
        // The current line's text, cut once for all the rules its keywords select.
        let sliceStart = -1;
        let slice = '';
        /**
         * Run rule ri on the line [lineStart, lineEnd) (multi-line rules: on a window from lineStart, or from a little
         * before `at`, where its keyword was, when that is far into the line).
         */
        const runLine = (ri, lineStart, lineEnd, lineIdx, at = lineStart) => {
            const rule = compiled[ri];
            // Setting length is a runtime call: only when the last run found something.
            if (found.length !== 0)
                found.length = 0;
            if (rule.multiline) {
                const from = at - lineStart > MULTILINE_WINDOW / 2 ? at - MULTILINE_BACK : lineStart;
                const window = text.slice(from, Math.min(n, from + MULTILINE_WINDOW));
                if (holdsRequired(rule, window))
                    rule.match(window, found);
                // A window ending before its line does: the rule runs again at its next keyword past the window's middle (a
                // key later in a minified line, after an earlier "private key" in a message).
                let upTo = from + MULTILINE_WINDOW >= lineEnd ? lineEnd + 1 : from + MULTILINE_WINDOW / 2;
                for (const c of found) {
                    if (!accept(rule, c.secret))
                        continue;
                    // The match begins on this line (anchored): report there, or where the secret begins (report-at: secret).
                    if (rule.reportAtSecret) {
                        let li = lineIdx;
                        let ls = lineStart;
                        for (let p = text.indexOf('\n', lineStart); p >= 0 && p < from + c.start; p = text.indexOf('\n', p + 1)) {
                            li++;
                            ls = p + 1;
                        }
                        hits.push({
                            rule,
                            ri,
                            absStart: from + c.start,
                            absEnd: from + c.end,
                            lineIdx: li,
                            lineStart: ls,
                            column: from + c.start - ls + 1,
                            secret: c.secret
                        });
                    }
                    else {
                        hits.push({
                            rule,
                            ri,
                            absStart: from + c.start,
                            absEnd: from + c.end,
                            lineIdx,
                            lineStart,
                            column: from - lineStart + (c.matchStart ?? c.start) + 1,
                            secret: c.secret
                        });
                    }
                    upTo = Math.max(upTo, from + c.end);
                }
                scannedUpTo[ri] = upTo;
                return;
            }
            if (lineStart !== sliceStart) {
                sliceStart = lineStart;
                slice = text.slice(lineStart, lineEnd);
            }
            if (holdsRequired(rule, slice))
                rule.match(slice, found);
            for (const c of found) {
                if (!accept(rule, c.secret))
                    continue;
                hits.push({ rule, ri, absStart: lineStart + c.start, absEnd: lineStart + c.end, lineIdx, lineStart, column: c.start + 1, secret: c.secret });
            }
            scannedUpTo[ri] = lineEnd + 1;
        };
        /**
         * Per line with a keyword: the single-line rules its keywords selected (run once, at the line's end, by
         * finishLine) and the multi-line rules they selected (run at once, on a window from the line) with the
         * last position on the line where each was selected. Both depend only on the line's text (the automaton
         * starts each line afresh: no keyword holds a '\n'), so a line seen before (a repeated line of code,
         * config or a lockfile) is judged from lineMemo at its first keyword selecting more than token rules and the
         * rest of it is skipped.
         */
        let pendingCount = 0;
        let multiCount = 0;
        /**
         * The current line's text, cut at its first keyword; whether the memo may judge it (short enough, memo not
         * resting); and whether it was looked up there (at its first keyword selecting more than token rules: see
         * cheapOut), so is stored there at its end.
         */
        let line = '';
        let memoable = false;
        let memoChecked = false;
        const finishLine = (lineStart, lineIdx) => {
            let memoHits = NO_MEMO_HITS;
            for (let k = 0; k < pendingCount; k++) {
                const ri = pending[k];
                pendingMark[ri] = 0;
                const rule = compiled[ri];
                if (found.length !== 0)
                    found.length = 0;
                if (holdsRequired(rule, line))
                    rule.match(line, found);
                for (const c of found) {
                    if (!accept(rule, c.secret))
                        continue;
                    if (memoHits === NO_MEMO_HITS)
                        memoHits = [];
                    memoHits.push({ ri, start: c.start, end: c.end, secret: c.secret });
                }
            }
            pendingCount = 0;
            let multi = NO_MULTI;
            if (multiCount !== 0) {
                if (memoChecked)
                    multi = [];
                for (let k = 0; k < multiCount; k++) {
                    const ri = multiRules[k];
                    if (memoChecked)
                        multi.push(ri, multiLast[ri]);
                    multiLast[ri] = -1;
                }
                multiCount = 0;
            }
            if (memoChecked) {
                // The key is the line's own copy: a slice would keep the whole text it was cut from alive (and every
                // text with a new line in the memo would outlive its scan, to be copied by each garbage collection).
                if (lineMemo.size >= MEMO_MAX_LINES)
                    lineMemo.clear();
                lineMemo.set((0,own_string/* ownString */.A)(line), { hits: memoHits, multi });
            }
            pushMemoHits(memoHits, lineStart, lineIdx);
        };
        const pushMemoHits = (memoHits, lineStart, lineIdx) => {
            for (const h of memoHits) {
                hits.push({
                    rule: compiled[h.ri],
                    ri: h.ri,
                    absStart: lineStart + h.start,
                    absEnd: lineStart + h.end,
                    lineIdx,
                    lineStart,
                    column: h.start + 1,
                    secret: h.secret
                });
            }
        };
        // Two table lookups per character (nextKeywordEnd); line positions are worked out only on a hit.
        let lineIdx = 0;
        let lineStart = 0;
        let lineEnd = text.indexOf('\n');
        if (lineEnd < 0)
            lineEnd = n;
        /** Whether the current line was cut and looked up in the memo (at its first keyword). */
        let lineOpen = false;
        let i = nextKeywordEnd(text, ac, 0, 0, quietUntil);
        while (i >= 0) {
            // Advance the line to the one holding i (keywords never contain '\n', so i is not a newline).
            if (lineEnd < i) {
                if (lineOpen)
                    finishLine(lineStart, lineIdx);
                lineOpen = false;
                do {
                    lineIdx++;
                    lineStart = lineEnd + 1;
                    lineEnd = text.indexOf('\n', lineStart);
                    if (lineEnd < 0)
                        lineEnd = n;
                } while (lineEnd < i);
            }
            if (!lineOpen) {
                line = text.slice(lineStart, lineEnd);
                memoable = line.length <= memoMaxLine;
                if (memoable && memoRest > 0) {
                    memoRest--;
                    memoable = false;
                }
                memoChecked = false;
                lineOpen = true;
            }
            const out = outIndex[acState >> ac.shift];
            if (memoable && !memoChecked && (memoHot || cheapOut[out] === 0)) {
                // The line's first keyword selecting more than token rules: the memo is looked up now.
                memoChecked = true;
                const memo = lineMemo.get(line);
                if (memo !== undefined)
                    memoFound++;
                if (++memoTried === MEMO_TRIAL) {
                    if (memoFound < MEMO_MIN_HITS)
                        memoRest = MEMO_REST;
                    memoHot = memoFound >= MEMO_TRIAL / 2;
                    memoTried = 0;
                    memoFound = 0;
                }
                if (memo !== undefined) {
                    // Seen before: its single-line findings as they were (the token rules selected so far included); each
                    // multi-line rule runs (on this line's window) as it would have at the line's last keyword selecting it.
                    for (let k = 0; k < pendingCount; k++)
                        pendingMark[pending[k]] = 0;
                    pendingCount = 0;
                    lineOpen = false;
                    pushMemoHits(memo.hits, lineStart, lineIdx);
                    const multi = memo.multi;
                    for (let k = 0; k < multi.length; k += 2) {
                        if (lineStart + multi[k + 1] >= scannedUpTo[multi[k]])
                            runLine(multi[k], lineStart, lineEnd, lineIdx, lineStart + multi[k + 1]);
                    }
                    if (lineEnd >= n)
                        break;
                    i = nextKeywordEnd(text, ac, lineEnd + 1, 0, quietUntil);
                    continue;
                }
            }
            const rs = outRules[out - 1];
            let done = true;
            for (let k = 0; k < rs.length; k++) {
                const ri = rs[k];
                if (compiled[ri].multiline) {
                    if (multiLast[ri] < 0)
                        multiRules[multiCount++] = ri;
                    multiLast[ri] = i - lineStart;
                    if (i >= scannedUpTo[ri])
                        runLine(ri, lineStart, lineEnd, lineIdx, i);
                    if (scannedUpTo[ri] <= lineEnd)
                        done = false;
                }
                else if (pendingMark[ri] === 0) {
                    pendingMark[ri] = 1;
                    pending[pendingCount++] = ri;
                }
            }
            // On a line the memo does not store (whose multi-line entries need each rule's last keyword), a keyword
            // whose rules have all been selected or run past the line's end is passed over for the rest of it: a
            // 1 MB line of `AAAA…` hit Twitter's 21-A keyword at every character. Token rules' keywords select no
            // multi-line rule, so they are passed over on any line.
            if (done && (!memoChecked || cheapOut[out] === 1))
                quietUntil[out] = lineEnd;
            i = nextKeywordEnd(text, ac, i + 1, acState, quietUntil);
        }
        if (lineOpen)
            finishLine(lineStart, lineIdx);
        const lineRules = fileRules.length > 0 ? [...alwaysRules, ...fileRules] : alwaysRules;
        if (lineRules.length > 0) {
            let ls = 0;
            let li = 0;
            while (ls <= n) {
                let le = text.indexOf('\n', ls);
                if (le < 0)
                    le = n;
                for (const ri of lineRules)
                    if (ls >= scannedUpTo[ri])
                        runLine(ri, ls, le, li);
                ls = le + 1;
                li++;
            }
        }
        if (digests !== undefined && digests.length > 0)
            hits = hits.filter(h => !(h.rule.generic && overlapsDigest(digests, h.absStart, h.absEnd)));
        if (hits.length === 0)
            return [];
        // A specific rule's match inside a block's value (a run of a private key's base64 body that reads like a token,
        // `EAAA…` or `AKIA…`) is part of that value, not a finding of its own: it goes, and the key stays (it went, the
        // other way round, for one OpenSSH ECDSA key in 80). Blocks are the generic multi-line rules reported where the
        // match begins (the BEGIN line of a key); a value read under a name (report-at: secret) is not one.
        const blocks = hits.filter(h => h.rule.generic && h.rule.multiline && !h.rule.reportAtSecret);
        if (blocks.length > 0)
            hits = hits.filter(h => h.rule.generic || !blocks.some(b => b.absStart <= h.absStart && h.absEnd <= b.absEnd && (b.absStart < h.absStart || h.absEnd < b.absEnd)));
        // Drop generic hits overlapping a specific one, and exact duplicates.
        hits.sort((a, b) => a.absStart - b.absStart || Number(a.rule.generic) - Number(b.rule.generic) || a.ri - b.ri);
        // Both overlap tests sweep in start order (a file of 30,000 password lines was 30,000 squared comparisons): the
        // specific hits starting before a hit ends overlap it when the furthest of their ends passes its start, and a
        // kept generic hit (which starts at or before this one) when its end does. No hit is empty: the matchers drop
        // an empty secret.
        const specific = hits.filter(h => !h.rule.generic);
        const specificEnds = new Float64Array(specific.length);
        specific.forEach((o, k) => (specificEnds[k] = Math.max(o.absEnd, k > 0 ? specificEnds[k - 1] : -1)));
        const overlapsSpecific = (h) => {
            let lo = 0;
            let hi = specific.length;
            while (lo < hi) {
                const mid = (lo + hi) >> 1;
                if (specific[mid].absStart < h.absEnd)
                    lo = mid + 1;
                else
                    hi = mid;
            }
            return lo > 0 && specificEnds[lo - 1] > h.absStart;
        };
        let keptGenericEnd = -1;
        const kept = [];
        /** Where the kept hits starting at the current hit's position begin (a rule reports one match per position). */
        let samePositionFrom = 0;
        for (const h of hits) {
            // A generic hit goes when a specific one overlaps it, or a generic one already kept: two generic rules on
            // one value (the same span, a quoted and an unquoted reading, a .env and a config reading) report it once,
            // by the first in table order.
            if (h.rule.generic && (keptGenericEnd > h.absStart || overlapsSpecific(h)))
                continue;
            if (samePositionFrom < kept.length && kept[samePositionFrom].absStart !== h.absStart)
                samePositionFrom = kept.length;
            // One finding per position: a rule's second match there goes, and of two built-in specific rules reading the
            // same value (the same span: a provider's token that a context rule also reads, a ghp_ token as a .netrc or URL
            // password) the rule of higher severity reports it (the provider's: a made-up token failing its checksum is still
            // reported by it, at low), else the one listed first.
            // A longer value from the same start (a URL password that begins with a token) is another finding; a custom
            // rule's finding is always kept.
            let again = false;
            for (let k = samePositionFrom; k < kept.length && !again; k++) {
                const o = kept[k];
                if (o.ri === h.ri)
                    again = true;
                else if (o.absEnd === h.absEnd && !o.rule.generic && !h.rule.generic && o.ri < builtinCount && h.ri < builtinCount) {
                    again = true;
                    if (verdict/* SEVERITY_RANK */.f[h.rule.severity] > verdict/* SEVERITY_RANK */.f[o.rule.severity])
                        kept[k] = h;
                }
            }
            if (again)
                continue;
            kept.push(h);
            if (h.rule.generic)
                keptGenericEnd = Math.max(keptGenericEnd, h.absEnd);
        }
        // Redaction takes every accepted span, also a generic one a specific one overlaps: reporting keeps one
        // finding, but a password written against a key (`pw: S3cr3t!,sk_live_…`) must go with it.
        if (everyHit)
            everyHit.push(...hits);
        // One value found again and again (a generated file, a fixture of thousands of rows) is fingerprinted and
        // previewed once per rule (a line the memo judged hands over the same string each time: its hash is computed once too).
        const redacted = new Map();
        const redactedOf = (h) => {
            let ofRule = redacted.get(h.rule);
            if (ofRule === undefined)
                redacted.set(h.rule, (ofRule = new Map()));
            let r = ofRule.get(h.secret);
            if (r === undefined) {
                r = {
                    fingerprint: (0,redact/* fingerprint */.Rj)(repo, h.rule.id, h.rule.canonical ? h.rule.canonical(h.secret) : (0,secrets_shown/* shownValue */.JJ)(h.secret)),
                    preview: (0,redact/* redactPreview */.g1)(h.secret)
                };
                ofRule.set(h.secret, r);
            }
            return r;
        };
        if (blockLines)
            for (const h of kept)
                blockLines.push(h.lineIdx);
        return kept.map(h => {
            // A value failing its format's checksum was not issued by the vendor (an example, a made-up value): still
            // reported, in its exact shape, but at severity low with the reason.
            const badChecksum = h.rule.checksum !== undefined && !h.rule.checksum(h.secret);
            const shown = redactedOf(h);
            const out = {
                rule: h.rule.id,
                description: badChecksum ? `${h.rule.description} (checksum does not match: likely an example or made-up value)` : h.rule.description,
                severity: badChecksum ? 'low' : h.rule.severity,
                line: lineNumber(h.lineIdx),
                column: h.column,
                preview: shown.preview,
                fingerprint: shown.fingerprint
            };
            if (options.allowInlineComments === true && inlineAllowed(text, h))
                out.inline_allowed = true;
            return out;
        });
    }
    /** The marker on the reported line or on the line before it. */
    function inlineAllowed(text, h) {
        const ls = h.lineStart;
        let le = text.indexOf('\n', ls);
        if (le < 0)
            le = text.length;
        if (INLINE_ALLOW.test(text.slice(ls, le)))
            return true;
        // The line above counts only when it is a comment of its own (`# compliance-gate:allow-secret` before a
        // multi-line value); a trailing marker after one line's value does not allow the next line's too.
        if (ls > 0) {
            const pls = text.lastIndexOf('\n', ls - 2) + 1;
            const above = text.slice(pls, ls - 1);
            if (INLINE_ALLOW.test(above) && COMMENT_LINE.test(above))
                return true;
        }
        return false;
    }
    return {
        ruleCount: compiled.length,
        ruleIds: compiled.map(r => r.id),
        customRuleIds,
        customRuleErrors,
        rulesVersion: options.rules ? `custom.${rulesDigest.slice(0, 12)}` : RULES_VERSION,
        rulesDigest,
        scanFile(file) {
            if (file.lineNumbers.length === 0)
                return [];
            const nums = file.lineNumbers;
            const fileRules = pathRules.length === 0 || (anyPathRule !== undefined && !anyPathRule.test(file.path))
                ? []
                : pathRules.filter(p => p.path.test(file.path)).map(p => p.ri);
            const blockLines = [];
            const found = scanBlock(file.text, i => nums[i], undefined, fileRules, file.lockfile === true ? lockfileDigests(file.text) : undefined, blockLines);
            if (found.length < 2)
                return found;
            return oneFindingPerValue(found, blockLines, viewStart(nums), genericRuleIds, encodedBy);
        },
        scanText(text, firstLine = 1) {
            return scanBlock(text, i => firstLine + i);
        },
        redactText(text) {
            const hits = [];
            scanBlock(text, i => i + 1, hits);
            if (hits.length === 0)
                return { text, redacted: 0 };
            // Each hit's span runs on to the next space (in free text a value a rule cut short, `pw=abc#def` or a URL's
            // next `&pass=` parameter, goes with the secret it touches), and overlapping or nested spans are merged:
            // each run of text any hit covers goes whole, labelled by the hit it starts with (the widest there).
            const spans = [];
            for (const h of [...hits].sort((a, b) => a.absStart - b.absStart || b.absEnd - a.absEnd)) {
                const end = toSpace(text, h.absEnd);
                const last = spans[spans.length - 1];
                if (last !== undefined && h.absStart < last.end)
                    last.end = Math.max(last.end, end);
                else
                    spans.push({ start: h.absStart, end, hit: h });
            }
            let out = text;
            for (let k = spans.length - 1; k >= 0; k--) {
                const { start, end, hit } = spans[k];
                out = out.slice(0, start) + `${(0,redact/* redactPreview */.g1)(hit.secret)}[redacted ${hit.rule.id}]` + out.slice(end);
            }
            return { text: out, redacted: spans.length };
        }
    };
}
/**
 * Where a file's second views begin in its scanned text (decoded wide text, unhidden lines): their lines are numbered
 * by the lines they were read from, so the numbers stop rising there (the file's own lines only rise). n when none.
 */
function viewStart(nums) {
    for (let i = 1; i < nums.length; i++)
        if (nums[i] <= nums[i - 1])
            return i;
    return nums.length;
}
/**
 * A file's findings, each value once. A rule finding the same value twice on one line (in one view or two) reports it
 * once. A finding of a second view (decoded, unhidden) at the line and column of one of the file's own lines is the
 * same value read again (a Kubernetes Secret's base64 value and its decoded text): one finding, a specific rule's
 * rather than a generic one's, else the first. Findings of second views at one line and column are different lines
 * of one decoded value (a .git-credentials file in a Secret): each is kept. A rule that reads an encoded value (its
 * `encodes`: a base64 PEM's private-key-base64) and the rule it names, in the line's decoded view, are one finding,
 * the encoded reading's. Nothing else merges: a line may hold two values, one hidden (escaped) and one not.
 */
function oneFindingPerValue(found, blockLines, firstViewLine, genericRuleIds, encodedBy) {
    const out = [];
    /** Line, rule and fingerprint of each value reported. */
    const seen = new Set();
    // The file's own findings come first (its second views follow its text): each may pair with one reading in a view.
    /** Per line and column: the index in out of the file's own finding there, not yet paired. */
    const own = new Map();
    /** Per line: the indexes in out of the file's own findings by a rule reading an encoded value, not yet paired. */
    const encodedOnLine = new Map();
    for (let k = 0; k < found.length; k++) {
        const m = found[k];
        const valueKey = `${m.line}\u0000${m.rule}\u0000${m.fingerprint}`;
        if (seen.has(valueKey))
            continue;
        seen.add(valueKey);
        const at = `${m.line}\u0000${m.column}`;
        if (blockLines[k] < firstViewLine) {
            if (!own.has(at))
                own.set(at, out.length);
            if (encodedBy.has(m.rule))
                encodedOnLine.set(m.line, [...(encodedOnLine.get(m.line) ?? []), out.length]);
            out.push(m);
            continue;
        }
        // The decoded reading of a value a rule read encoded on the file's line (a base64 PEM's private key): one finding.
        const encoded = encodedOnLine.get(m.line);
        const e = encoded?.findIndex(j => encodedBy.get(out[j].rule)?.has(m.rule) === true) ?? -1;
        if (encoded !== undefined && e >= 0) {
            encoded.splice(e, 1);
            continue;
        }
        // The same value read again at the same place (one rule, or a generic one), a specific rule's reading kept; paired
        // once (the next decoded line at that column is another value).
        const other = own.get(at);
        if (other !== undefined && (out[other].rule === m.rule || genericRuleIds.has(out[other].rule) || genericRuleIds.has(m.rule))) {
            if (genericRuleIds.has(out[other].rule) && !genericRuleIds.has(m.rule))
                out[other] = m;
            own.delete(at);
            continue;
        }
        out.push(m);
    }
    return out;
}
/**
 * One regex matching where any of the given ones does (a path most rules' paths do not name is then tested once, not
 * once per rule), or undefined when they cannot be joined: flags, or groups referred to by number or name.
 */
function unionOf(regexes) {
    if (regexes.length < 2 || regexes.some(r => r.flags !== '' || /\\[1-9]|\\k<|\(\?<[A-Za-z_$]/.test(r.source)))
        return undefined;
    try {
        return new RegExp(regexes.map(r => `(?:${r.source})`).join('|'));
    }
    catch {
        return undefined;
    }
}
/** The index of the first whitespace character at or after from (text.length when none). */
function toSpace(text, from) {
    const space = /\s/g;
    space.lastIndex = from;
    return space.exec(text)?.index ?? text.length;
}
const scannerCache = new Map();
/**
 * Free text kept as evidence (PR title and body, commit messages) with every secret found replaced. unlabeledTokens:
 * also a random token with no label (see redactProseCredentials), for text people write.
 */
function redactSecrets(text, repo, options = {}) {
    if (!text)
        return { text, redacted: 0 };
    const key = JSON.stringify({ repo });
    let scanner = scannerCache.get(key);
    if (!scanner) {
        if (scannerCache.size > 16)
            scannerCache.clear();
        scanner = createScanner({ repo });
        scannerCache.set(key, scanner);
    }
    const scanned = scanner.redactText(text);
    const prose = redactProseCredentials(scanned.text, options);
    const once = { text: prose.text, redacted: scanned.redacted + prose.redacted };
    // A secret written so a regex does not see it (a zero-width character inside, `%67hp_…`) is read as it shows: when
    // that shows one more, the text is kept as it shows, with it redacted.
    const shown = (0,secrets_shown/* shownValue */.JJ)(once.text);
    if (shown === once.text)
        return once;
    const again = scanner.redactText(shown);
    const againProse = redactProseCredentials(again.text, options);
    if (again.redacted + againProse.redacted === 0)
        return once;
    return { text: againProse.text, redacted: once.redacted + again.redacted + againProse.redacted };
}


/***/ }),

/***/ 19024:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A7: () => (/* binding */ HIDDEN_ANY),
/* harmony export */   JJ: () => (/* binding */ shownValue),
/* harmony export */   QN: () => (/* binding */ shownLine),
/* harmony export */   S6: () => (/* binding */ UNRESERVED_PERCENT),
/* harmony export */   e_: () => (/* binding */ EMBEDDING_ESCAPE),
/* harmony export */   kH: () => (/* binding */ INVISIBLE)
/* harmony export */ });
/**
 * How text shows to a reader, apart from how it is written: invisible characters, escapes of printable ASCII and
 * the escapes a value takes where it is embedded (a URL, a JSON string, HTML). The diff's second view of hidden
 * lines (see unhiddenView in ./diff.ts) is read through it, and so is a value's fingerprint: one value written two
 * ways (`sig=Z%2FRH…%3D` in a URL, `Z/RH…=` decoded) is one finding and one baseline entry.
 */
/**
 * Characters that show as nothing: Unicode's Default_Ignorable_Code_Point set (soft hyphen, combining grapheme
 * joiner, Arabic letter mark, Hangul and Khmer fillers, Mongolian variation selectors, zero-width space, joiners and
 * marks, bidi embeddings, overrides and isolates, word joiner, invisible operators and deprecated format characters,
 * variation selectors, BOM, the reserved U+FFF0-U+FFF8, shorthand format controls, musical formatting, tags and the
 * supplementary variation selectors U+E0000-U+E0FFF), and the Egyptian hieroglyph format controls. Supplementary
 * characters are matched as their surrogate pairs (the regex has no `u` flag, as the patterns it joins).
 */
const INVISIBLE = 
// The class lists combining characters on purpose (each is dropped alone, never joined to the character before it).
// eslint-disable-next-line no-misleading-character-class
/[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0\uFFF0-\uFFF8]|\uD82F[\uDCA0-\uDCA3]|\uD834[\uDD73-\uDD7A]|\uD80D[\uDC30-\uDC3F]|[\uDB40-\uDB43][\uDC00-\uDFFF]/g;
/**
 * Escapes of printable ASCII, which no encoder needs for letters, digits or `_-.`: `\u0067`, `\x67`, octal `\147`,
 * ES6 and Perl braces `\u{67}` / `\x{67}`, Python's `\U00000067`. The hex digits are group 1, octal ones group 2.
 */
const ASCII_ESCAPE = /\\(?:u00|x|[ux]\{0{0,6}|U000000)([2-7][0-9a-fA-F])\}?|\\(0?(?:[4-7][0-7]|1[0-7][0-7]))(?![0-7])/g;
/** Percent-encoded unreserved characters (RFC 3986: letters, digits, `-._~`), which no URL encoder encodes. */
const UNRESERVED_PERCENT = /%(4[1-9A-Fa-f]|5[0-9Aa]|6[1-9A-Fa-f]|7[0-9Aa]|3[0-9]|2[DdEe]|5[Ff]|7[Ee])/g;
/**
 * What a value is written with where it is embedded, and not in the value itself: a JSON string's `\/` (PHP's
 * json_encode writes every slash so), an HTML numeric entity of printable ASCII (`&#x2F;`, `&#43;`), a query string's
 * or form body's percent-encoded `+ / = :` (`%2B`, `%2F`, `%3D`, `%3A`), and Xcode's `/$()/`, an empty variable
 * between two slashes so that an .xcconfig value keeps `//` (`postgres:/$()/user:…@host`).
 */
const EMBEDDING_ESCAPE = /\\\/|&#(?:[xX]0{0,5}([2-7][0-9a-fA-F])|0{0,5}(3[2-9]|[4-9][0-9]|1[01][0-9]|12[0-6]));|%(2[BbFf]|3[AaDd])|(\/\$\(\)\/)/g;
/** A carriage return alone (a CR LF pair's CR is dropped before): a line break in a file saved with CR endings. */
const LONE_CR = /\r/g;
/**
 * A line as it shows: invisible characters dropped, `\u0041` / `\x41` escapes, percent-encoded letters and the
 * embedding escapes decoded, a lone CR a line break (so the result may be several lines).
 */
function shownLine(line) {
    return line
        .replace(INVISIBLE, '')
        .replace(ASCII_ESCAPE, (_, hex, octal) => String.fromCharCode(octal !== undefined ? parseInt(octal, 8) : parseInt(hex ?? '', 16)))
        .replace(UNRESERVED_PERCENT, (_, hex) => String.fromCharCode(parseInt(hex, 16)))
        .replace(EMBEDDING_ESCAPE, (all, hexEntity, decEntity, percent, xcode) => {
        if (hexEntity !== undefined)
            return String.fromCharCode(parseInt(hexEntity, 16));
        if (decEntity !== undefined)
            return String.fromCharCode(parseInt(decEntity, 10));
        if (percent !== undefined)
            return String.fromCharCode(parseInt(percent, 16));
        return xcode !== undefined ? '//' : '/';
    })
        .replace(LONE_CR, '\n');
}
/** Any of what shownLine decodes or drops: a line holding none is shown as it is. */
const HIDDEN_ANY = new RegExp(
// eslint-disable-next-line no-misleading-character-class -- INVISIBLE's combining characters, on purpose (above)
`${INVISIBLE.source}|${ASCII_ESCAPE.source}|${UNRESERVED_PERCENT.source}|${EMBEDDING_ESCAPE.source}|${LONE_CR.source}`, 'g');
/** Any of what shownLine decodes or drops, tested once (not global: no lastIndex to reset). */
// eslint-disable-next-line no-misleading-character-class -- as HIDDEN_ANY
const HIDDEN_ONE = new RegExp(HIDDEN_ANY.source);
/** The value as it shows (see shownLine): what its fingerprint is taken over. */
function shownValue(v) {
    return HIDDEN_ONE.test(v) ? shownLine(v) : v;
}


/***/ })

};

//# sourceMappingURL=519.index.js.map