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
import { isName, isPlaceholder, shannonEntropy } from './heuristics.js'
import { redactPreview } from './redact.js'

const LABEL_WORDS =
  '(?:[A-Za-z0-9]+[_.-])*(?:pass(?:word|wd|phrase|code)?|pwd|pw|(?:secret|signing|encryption|master|licen[cs]e|private|access|api|client|app|recovery|deploy|ssh)[ _-]?keys?|client[ _-]?secret|session[ _-]?(?:id|token|key)|secret|tokens?|credentials?|creds|psk|pin(?:[ _-]?code)?|(?:totp|otp|mfa|2fa)[ _-]?(?:seed|secret|key)|recovery[ _-]?codes?|salt|wi-?fi|auth|pat|key)s?\\d{0,2}'
/** Labels in other languages (any case): German, Spanish, French, Portuguese, Dutch, Polish, Italian, Nordic, Czech, Hungarian, Turkish, Russian, Japanese, Chinese, Korean. */
const FOREIGN_LABELS =
  'passwort|kennwort|contraseña|contrasena|mot de passe|senha|wachtwoord|hasło|haslo|parola|lösenord|losenord|salasana|adgangskode|passord|heslo|jelszó|jelszo|şifre|sifre|пароль|パスワード|密码|密碼|비밀번호'
const LABEL = `(?<![A-Za-z0-9])(${LABEL_WORDS}|${FOREIGN_LABELS})(?![A-Za-z0-9])`
/** LABEL without its capture, inside patterns that number their own groups. */
const ANY_LABEL = `(?<![A-Za-z0-9])(?:${LABEL_WORDS}|${FOREIGN_LABELS})(?![A-Za-z0-9])`
/** Markdown and HTML emphasis around a label or its separator. */
const MARKUP = '(?:\\*{1,2}|_{1,2}|</?(?:b|strong|em|i)>)'
/** A separator; also a note opened before the value (`password (old: …)`, `(new one was …)`). */
const SEPARATOR =
  '(?:[:=：＝|?;]|\\.{3}|…|=>|->|→|\\s[-–—]\\s|\\bis\\b|\\bto\\b|\\bnow\\b|\\bfrom\\b|\\(\\s*(?:old|new|current|previous|prod|production|staging|dev|test)(?:\\s+one)?(?:\\s+(?:was|is)|\\s*[:=]))'
/**
 * Between label and value: a closing backquote or emphasis, qualifiers (`(prod)`, ` for the bot (jira-bot@acme.io)`),
 * verbs (`was changed`), a separator.
 */
const BETWEEN = `((?:["'\`]|${MARKUP})*(?:\\s*\\([^()\\n:=]{1,40}\\)|\\s+(?:for|of|on|in|at|with)\\s+[^\\n:=：|()]{1,40}?){0,2}(?:\\s+(?:is|was|are|has been|have been|changed|set|reset|updated|rotated|now))*(?:${MARKUP})*\\s*${SEPARATOR}?(?:${MARKUP})*\\s*(?:<code>)?)`
/**
 * The value, after a space, a separator or emphasis (not glued to a word of the qualifier: `for svc-deploy`): quoted
 * (up to its closing quote, the other quotes and spaces inside included; in single quotes a doubled `''` is a quote
 * inside, as YAML and SQL write it), every character up to a space (quotes and
 * `<` inside included), or after a quote never closed.
 */
const PROSE_CREDENTIAL = new RegExp(
  `${LABEL}${BETWEEN}(?<=[\\s:=：＝|>*_→]|^)(?:"([^"\\n]+)"|'((?:[^'\\n]|'')+)'|\`([^\`\\n]+)\`|([^\\s"'\`][^\\s]{5,})|(["'\`])([^\\s"'\`][^\\s]*))`,
  'gi'
)
const SEPARATED = new RegExp(`${SEPARATOR}|\\bwas\\b|\\bare\\b`, 'i')

/** Before a further value of a list: a bracketed note, then a separator and an optional `name:`, or `name=` alone, or a space. */
const LIST_LEAD =
  '(?:\\s*\\([^()\\n]{1,40}\\))?(?:\\s*(?:[,;/&|]|\\bor\\b|\\band\\b(?:\\s+(?:is|was|are)(?:\\s+now)?)?|\\bto\\b)\\s*(?:[A-Za-z][\\w .()-]{0,30}?\\s*[:=]\\s*)?|\\s+[A-Za-z][\\w.-]{0,30}\\s*[:=]\\s*|\\s+)'
const LISTED_VALUE = new RegExp(`(${LIST_LEAD})(["'\`]?)([^\\s"'\`<>,;]{6,})\\2`, 'iy')

/** A redaction already in the text: a preview and `[redacted <rule>]`. */
const REDACTION_MARK = /^(?:[^\s…]{0,4}…)?\[redacted [^\]\s]*\]/

/** Letters, digits and a symbol: how a password reads (a name, a word or a path does not). */
const readsLikePassword = (v: string) => /[A-Za-z]/.test(v) && /[0-9]/.test(v) && /[!@#$%^&*?~+=]/.test(v)
/** Ten or more characters of lower case, upper case and digits: how a generated token reads. */
const readsLikeToken = (v: string) => v.length >= 10 && /[a-z]/.test(v) && /[A-Z]/.test(v) && /[0-9]/.test(v)
/**
 * 32 or more hexadecimal digits of one case, with letters and digits: how a hex key or auth token reads (Twilio's
 * auth token, OAuth client secrets, HMAC keys), a shape readsLikeToken misses for want of upper case.
 */
const readsLikeHexKey = (v: string) => /^(?:[0-9a-f]{32,}|[0-9A-F]{32,})$/.test(v) && /[0-9]/.test(v) && /[A-Fa-f]/.test(v)
/** After a separator or in a credential's own place: a digit or a symbol, or 12+ letters (a passphrase). */
const readsLikeValue = (v: string) => /[0-9!@#$%^&*?~+=_./-]/.test(v) || v.length >= 12

/**
 * A dotted name (`var.db_password`, `settings.STRIPE_API_KEY`, `com.acme.app.MainActivity`): every part written as
 * an identifier is (lower, UPPER, snake_case or camelCase words, digits only at the end). A random password with a
 * dot (`rTXqf.HMmdDubFx`, `w8gmv.VkDawugb8`) is not one.
 */
function isDottedName(v: string): boolean {
  const parts = v.replace(/[.,;:)]$/, '').split('.')
  return parts.length >= 2 && parts.every(isName)
}

/** The YAML tags configuration uses before a value: Ansible's, CloudFormation's, Home Assistant's. */
const YAML_TAG =
  /^!(?:vault|Ref|Sub|GetAtt|ImportValue|Join|If|Select|Split|Base64|Cidr|FindInMap|GetAZs|Equals|Not|And|Or|secret|env_var|env|include|reference|unsafe)\b/

/**
 * What a value that may be a credential is not: a reference (`$VAR`, `${…}`, `secrets.X`, `process.env.X`,
 * `os.environ[…]`), a variable's NAME_IN_CAPITALS, a link, a path or key file name, an e-mail address, a
 * version, a word with a suffix (`JWT-signed`), a placeholder, or a redaction already made.
 */
function mayBeCredential(v: string): boolean {
  if (/^(?:\$\{|\$\(|%[A-Za-z_]\w*%$|%\(|\{\{|https?:\/\/)/.test(v) || (v.startsWith('$') && isName(v.slice(1)))) return false
  if (/^(?:secrets|env|vars|inputs|process\.env|os\.environ|ENV|\$env)[.[:]/i.test(v)) return false
  if (/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+[.,;:)]?$/.test(v)) return false
  if (/^(?:~|\.{1,2})?\/[\w.-]+(?:\/[\w.-]*)+$/.test(v) || /^[\w.-]+\.(?:pem|key|crt|cer|p12|pfx|jks|json|ya?ml|env|txt|conf|cfg|ini|gpg|asc|kdbx)$/i.test(v))
    return false
  if (/^[\w.+-]+@[\w-]+(?:\.[\w-]+)+[.,;:)]?$/.test(v)) return false
  if (/^v?\d+(?:\.\d+){1,3}(?:[-+][\w.]+)?[.,;:)]?$/.test(v)) return false
  if (/^[A-Za-z0-9]+-(?:signed|encoded|style|based|like|only|free|protected|encrypted|compatible|specific)[.,;:)]?$/i.test(v)) return false
  if (v.includes('[redacted') || v.includes('…')) return false
  // Code and names (third cold test: each was redacted from a PR body): a whole call or index (`config.get(…)`,
  // `request.form['password']`, `Optional[str]`), a dotted name (`var.db_password`, `com.acme.app.Main`), a camelCase
  // name, a template (`#{…}`, `<%= … %>`), a YAML tag (`!vault`), a PEM marker, a date, an npm scope or team, a key
  // combination, a path to a file.
  if (/^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*\s*(?:\([^()]*\)|\[[^\]]*\])(?:[.[(]\S*)?[.,;:)]?$/.test(v)) return false
  if (isDottedName(v) || /^[a-z]+(?:[A-Z][a-z]+)+$/.test(v)) return false
  if (/^(?:#\{|<%|!!|-{3,}|\d{4}-\d{2}-\d{2}|@[a-z0-9][a-z0-9._-]*(?:\/[a-z0-9._-]+)?$)/.test(v) || YAML_TAG.test(v)) return false
  if (/^(?:ctrl|shift|alt|cmd|meta|option|opt)\+/i.test(v)) return false
  if (/^[\w.-]+(?:\/[\w.-]+)+\.[A-Za-z]{1,5}$/.test(v)) return false
  return !isPlaceholder(v)
}

export interface ProseOptions {
  /**
   * Also a random token with no label at all (bareTokens), for text people write (a PR's title and body, a commit
   * message); not for names and values that are judged (a file path, an IaC attribute's value).
   */
  unlabeledTokens?: boolean
}

export function redactProseCredentials(text: string, { unlabeledTokens = false }: ProseOptions = {}): { text: string; redacted: number } {
  let redacted = 0
  const drop = (value: string, why = 'prose-credential') => {
    redacted++
    return `${redactPreview(value)}[redacted ${why}]`
  }
  const steps = [keyBlocks, markupValues, headerValues, inlineLabels, valueFirst, labelLines, tableColumns, urlPasswords]
  if (unlabeledTokens) steps.push(bareTokens)
  let out = text
  for (const step of steps) out = step(out, drop)
  return { text: out, redacted }
}

type Drop = (value: string, why?: string) => string

/** `label <separator> value`, and the values listed after it. */
function inlineLabels(text: string, drop: Drop): string {
  let out = ''
  let from = 0
  PROSE_CREDENTIAL.lastIndex = 0
  for (let m = PROSE_CREDENTIAL.exec(text); m !== null; m = PROSE_CREDENTIAL.exec(text)) {
    const [, label, sep, doubleQuoted, singleQuoted, backQuoted, bare, openQuote, unclosed] = m
    const quote = doubleQuoted !== undefined ? '"' : singleQuoted !== undefined ? "'" : backQuoted !== undefined ? '`' : (openQuote ?? '')
    const value = doubleQuoted ?? singleQuoted ?? backQuoted ?? bare ?? unclosed
    // A separator is required (a label followed by a plain word is prose: "token expiry handling"), unless the
    // value reads like a password or a generated token: ``secret `S3c!r3t` ``, `my token agGMLNl0ybuRb…`.
    const separated = SEPARATED.test(sep.replace(/\([^()]*\)/g, ''))
    // A secret a rule already redacted may follow the value with no space (`pw: S3cr3t!,sk_l…[redacted …]`):
    // the part before its preview is the value. A comma or semicolon closing it separates a list, and the
    // emphasis that opened before it (`**X**`) closes after it.
    const marker = /^([\s\S]*?)((?:[^\s…]{0,4}…)?\[redacted[\s\S]*)$/.exec(value)
    let own = marker ? marker[1] : value
    let rest = marker ? marker[2] : ''
    // A closing tag after the value (`<code>…</code>`) is not part of it.
    const tag = rest === '' ? own.indexOf('</') : -1
    if (tag >= 6) {
      rest = own.slice(tag)
      own = own.slice(0, tag)
    }
    const emphasis = /(\*{1,2}|_{1,2})\s*$/.exec(sep)?.[1]
    const closing = rest === '' ? new RegExp(`(?:[,;]|${emphasis ? emphasis.replace(/\*/g, '\\*') : '(?!)'})+$`).exec(own) : null
    if (closing && own.length - closing[0].length >= 6) {
      own = own.slice(0, closing.index)
      rest = closing[0]
    }
    const start = m.index + label.length + sep.length + quote.length
    if (own === '' && rest !== '') {
      // The value is a secret a rule already redacted (its span ran on to the next space, taking a comma or a
      // closing quote): a password listed after it, with or without a separator, reads like one.
      const redaction = REDACTION_MARK.exec(text.slice(start))
      if (redaction !== null) {
        out += text.slice(from, start + redaction[0].length)
        from = listed(start + redaction[0].length)
        PROSE_CREDENTIAL.lastIndex = Math.max(PROSE_CREDENTIAL.lastIndex, from)
      }
      continue
    }
    // Judged without the punctuation that may end a sentence (`was rotated yesterday.`).
    const core = own.replace(/[.,;:)]+$/, '')
    const judged =
      core.length >= 6 &&
      // A quoted value with spaces is a passphrase only with letters and digits (`"see the vault"` is prose).
      (!/\s/.test(core) || (/[A-Za-z]/.test(core) && /[0-9]/.test(core) && core.split(/\s+/).length <= 4)) &&
      (separated ? readsLikeValue(core) : readsLikePassword(core) || readsLikeToken(core) || readsLikeHexKey(core)) &&
      mayBeCredential(core) &&
      mayBeCredential(own)
    if (!judged) {
      // The scan goes on right after the label: `auth token: <value>` was read as `auth` and the value `token:`.
      PROSE_CREDENTIAL.lastIndex = m.index + label.length
      // A user name, an e-mail or a word before a list (`creds: deploy / <pw>`, `qa@acme.io / <pw>`): the values after it.
      if (separated && own.length >= 2) {
        const kept = out.length
        out += text.slice(from, start + own.length)
        const after = listed(start + own.length, true)
        if (after > start + own.length) {
          from = after
          PROSE_CREDENTIAL.lastIndex = Math.max(PROSE_CREDENTIAL.lastIndex, from)
        } else out = out.slice(0, kept)
      }
      continue
    }
    out += `${text.slice(from, m.index)}${label}${sep}${quote}${drop(own)}`
    // Where the text goes on: after the value (what followed it is copied as it is), or after its closing quote.
    let at = start + own.length
    if (quote !== '' && rest === '' && text.startsWith(quote, at)) {
      out += quote
      at += quote.length
    }
    from = listed(at)
    PROSE_CREDENTIAL.lastIndex = Math.max(PROSE_CREDENTIAL.lastIndex, from)
  }
  return out + text.slice(from)

  /**
   * The values listed from `at` on, each dropped (appended to out) while it reads like a credential: with a
   * separator or a `name:`, letters and a digit or symbol; after a space alone, a password or a token. With
   * `explicit`, only a list with a separator counts (after a user name). Returns where the text goes on.
   */
  function listed(at: number, explicit = false): number {
    for (;;) {
      LISTED_VALUE.lastIndex = at
      const l = LISTED_VALUE.exec(text)
      if (l === null) return at
      const [whole, lead, q, v] = l
      const spaceOnly = /^\s+$/.test(lead)
      if (explicit && (spaceOnly || !/[/,;&|]|\bor\b|\band\b/i.test(lead))) return at
      const credential = spaceOnly ? readsLikePassword(v) || readsLikeToken(v) || readsLikeHexKey(v) : /[A-Za-z]/.test(v) && /[0-9!@#$%^&*?~+=]/.test(v)
      if (!credential || !mayBeCredential(v)) return at
      out += `${lead}${q}${drop(v)}${q}`
      at += whole.length
      explicit = false
    }
  }
}

/**
 * A private key block the rules did not read (markers written loosely: `----BEGIN … KEY----`, `----- BEGIN`; lines
 * joined by `<br/>` and a line break): from its BEGIN marker to its END marker, or to a blank line (or the end:
 * the match never fails, so no marker is scanned from twice). The lazy scans that can fail are bounded (an
 * element's text, a URL's password): a hostile PR body of many openings never closed costs each a bounded scan.
 */
const KEY_BLOCK = /(-{3,}\s*BEGIN [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?\s*-{3,})([\s\S]*?)(?=-{3,}\s*END [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?\s*-{3,}|\n[ \t]*\n|$)/g

function keyBlocks(text: string, drop: Drop): string {
  return text.replace(KEY_BLOCK, (whole, begin: string, body: string) => {
    const material = body.replace(/<br\s*\/?>|[\s>#*/;-]+/g, '')
    return /[A-Za-z0-9+/]{40,}/.test(material) && !material.includes('[redacted') ? `${begin}${drop(material, 'private-key')}` : whole
  })
}

/**
 * Values markup names as credentials: an element named for one (`<password>…</password>`), an element whose
 * name or key attribute names one (`<entry key="api.secret">…</entry>`, `<property name="…password">…</property>`),
 * and the value or content attribute of an input or meta that does (`<input type="password" value="…">`).
 */
const MARKUP_ELEMENT = new RegExp(`<([\\w.:-]+)((?:\\s[^<>]*?)?)>((?:(?!</)[^\\n]){6,512}?)</\\1>`, 'g')
const MARKUP_ATTRIBUTE = new RegExp(
  `(<[\\w.:-]+\\s[^<>]*?\\b(?:name|type|key|id|property)\\s*=\\s*["'][^"'<>]*?${ANY_LABEL}[^"'<>]*["'][^<>]*?\\b(?:value|content)\\s*=\\s*)(["'])([^"'<>]{6,})\\2`,
  'gi'
)
const NAMES_CREDENTIAL = new RegExp(`^(?:[\\w.:-]*?)${ANY_LABEL}(?:[\\w.:-]*)$|\\b(?:name|key|id|property)\\s*=\\s*["'][^"']*?${ANY_LABEL}[^"']*["']`, 'i')

function markupValues(text: string, drop: Drop): string {
  const credential = (v: string) => v.trim().length >= 6 && /[A-Za-z0-9]/.test(v) && readsLikeValue(v.trim()) && mayBeCredential(v.trim())
  return text
    .replace(MARKUP_ELEMENT, (whole, tag: string, attributes: string, value: string) =>
      (NAMES_CREDENTIAL.test(tag) || NAMES_CREDENTIAL.test(attributes)) && credential(value) ? `<${tag}${attributes}>${drop(value.trim())}</${tag}>` : whole
    )
    .replace(MARKUP_ATTRIBUTE, (whole, before: string, quote: string, value: string) => (credential(value) ? `${before}${quote}${drop(value)}${quote}` : whole))
}

/** HTTP headers that carry credentials: a bearer token anywhere, and each cookie of a Cookie or Set-Cookie header. */
const BEARER = /\b(Bearer\s+)([A-Za-z0-9._~+/=-]{20,})/g
const COOKIE_HEADER = /^(.*?\b(?:Set-)?Cookie\s*:\s*)(.+)$/gim

function headerValues(text: string, drop: Drop): string {
  return text
    .replace(BEARER, (whole, lead: string, token: string) => (mayBeCredential(token) ? `${lead}${drop(token, 'bearer-token')}` : whole))
    .replace(
      COOKIE_HEADER,
      (_whole, lead: string, cookies: string) =>
        `${lead}${cookies.replace(/(^|;\s*)([^=;\s]+=)([^;\s]{16,})/g, (w, sep: string, name: string, value: string) =>
          /^(?:path|domain|expires|max-age|samesite)=$/i.test(name) || !/[0-9]/.test(value) || !mayBeCredential(value)
            ? w
            : `${sep}${name}${drop(value, 'cookie')}`
        )}`
    )
}

/** A value written before its label: `` `<pw>` is the new admin password ``. */
const VALUE_FIRST = new RegExp(
  `(?<![\\w])(["'\`]?)([^\\s"'\`]{6,200})\\1(\\s+(?:is|was|are)\\s+(?:the\\s+|our\\s+|my\\s+|your\\s+)?(?:[\\w-]+\\s+){0,3}?${LABEL})`,
  'gi'
)

/** What VALUE_FIRST needs: a verb between spaces (a cheap test first: a list of file paths has none). */
const VALUE_FIRST_VERB = /\s(?:is|was|are)\s/i

function valueFirst(text: string, drop: Drop): string {
  if (!VALUE_FIRST_VERB.test(text)) return text
  return text.replace(VALUE_FIRST, (whole, quote: string, value: string, after: string) =>
    (readsLikePassword(value) || readsLikeToken(value)) && mayBeCredential(value) ? `${quote}${drop(value)}${quote}${after}` : whole
  )
}

/** A line that is a label alone (a heading, bold, `Password for X is below:`): its value is on the lines after it. */
const LABEL_LINE = new RegExp(
  `^[ \\t>#*_-]*(?:<[^<>\\n]+>\\s*)*(?:[A-Za-z]+\\s+){0,3}${LABEL}(?:[ \\t]+[^\\n:：]{0,50}?)?[ \\t]*(?:<\\/[^<>\\n]+>\\s*)*(?:${MARKUP})*[ \\t]*[:：]?[ \\t]*(?:${MARKUP})*[ \\t]*(?:[|>][-+]?[ \\t]*)?$`,
  'i'
)

// Its blanks (\s) kept within a line: crossing line breaks, one label line's tags and words ran on through every
// tag-only line after it, from each line's start (64 KB of `<a>` lines took 3 s).
const ANY_LABEL_LINE = new RegExp(LABEL_LINE.source.replaceAll('\\s', '[^\\S\\n]'), 'im')

/** The value lines after a label line: up to three short lines (blank lines and code fences passed over), each token judged. */
function labelLines(text: string, drop: Drop): string {
  // One pass over the whole text first (a label line there is one here: `^`/`$` at each line's ends, and the
  // lookarounds see a newline where a line alone has its edge): most texts have none, and are not split.
  if (!ANY_LABEL_LINE.test(text)) return text
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    if (!LABEL_LINE.test(lines[i])) continue
    let seen = 0
    for (let j = i + 1; j < lines.length && seen < 3; j++) {
      const line = lines[j]
      if (/^\s*(?:```|~~~)?\s*[\w-]*\s*$/.test(line) && !/\w{6,}/.test(line)) continue // blank, or a fence
      seen++
      const tokens = line.trim().split(/\s+|\s*\/\s*/)
      if (tokens.length > 3) break
      lines[j] = line.replace(/[^\s/]{6,200}/g, t => {
        const v = t.replace(/^[`"']+|[`"']+$/g, '')
        return v.length >= 6 && (readsLikePassword(v) || readsLikeToken(v) || /[0-9]/.test(v)) && /[A-Za-z]/.test(v) && mayBeCredential(v)
          ? t.replace(v, drop(v))
          : t
      })
    }
  }
  return lines.join('\n')
}

/** A Markdown table whose header names a credential column: that column's cells. */
function tableColumns(text: string, drop: Drop): string {
  if (!text.includes('|')) return text
  const lines = text.split('\n')
  const cells = (l: string) =>
    l
      .trim()
      .replace(/^\||\|$/g, '')
      .split('|')
  const label = new RegExp(`^\\s*(?:${MARKUP})*\\s*${LABEL}\\s*(?:${MARKUP})*\\s*$`, 'i')
  const separatorRow = (k: number) => k < lines.length && /^\s*\|?\s*:?-{2,}/.test(lines[k])
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!/^\s*\|.*\|\s*$/.test(lines[i]) || !separatorRow(i + 1)) continue
    const columns = cells(lines[i])
      .map((c, k) => (label.test(c) ? k : -1))
      .filter(k => k >= 0)
    if (columns.length === 0) continue
    // The table's rows: up to a line that is not one, or the header of the next table (a row a separator row follows).
    let j = i + 2
    for (; j < lines.length && /^\s*\|/.test(lines[j]) && !separatorRow(j + 1); j++) {
      const row = cells(lines[j])
      for (const k of columns) {
        const cell = row[k]
        if (cell === undefined) continue
        const v = cell.trim().replace(/^[`"']+|[`"']+$/g, '')
        if (v.length >= 6 && !/\s/.test(v) && readsLikeValue(v) && mayBeCredential(v)) row[k] = cell.replace(v, drop(v))
      }
      const lead = lines[j].match(/^\s*\|/)?.[0] ?? '|'
      lines[j] = `${lead}${row.join('|')}${/\|\s*$/.test(lines[j]) ? '|' : ''}`
    }
    i = j - 1
  }
  return lines.join('\n')
}

/**
 * A URL's password: the user (an e-mail too) and the password up to the last `@` before a host, so a password
 * holding `@`, `/` or `:` goes whole; and `user:password@host.domain` without a scheme (sftp, scp, rsync).
 */
const URL_PASSWORD =
  /\b([a-z][a-z0-9+.-]{1,20}:\/\/[^\s/?#@:]+(?:@[^\s/?#@:]+)*:)(\S{1,512}?)(?=@[A-Za-z0-9][A-Za-z0-9.-]*(?::\d{1,5})?(?:[/?#\s)\]>"'`,;]|$))/gi
const BARE_USER_PASSWORD = /(?<![\w/:@.-])([\w.-]{1,64}:)([^\s@:/]{6,128})(?=@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}\b)/g

/**
 * `admin:<password>`, `root / <password>`, `` `admin` and `<password>` ``, `qa@acme.io:<password>`: a well-known account or an
 * e-mail, then a password.
 */
const ACCOUNT_PASSWORD =
  /(?<![\w/:@.-])(`?(?:admin|administrator|root|user|test|deploy|deployer|postgres|mysql|ubuntu|ec2-user|sa|guest|service|svc[\w-]*|ci|bot|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)`?(?::|\s*\/\s*|\s+and\s+)`?)([^\s:@/`]{6,128})(?=`?(?:[\s,;.)]|$))/gi

function urlPasswords(text: string, drop: Drop): string {
  const judge = (whole: string, user: string, password: string) =>
    password.length >= 4 && !/^\*+$/.test(password) && mayBeCredential(password) ? `${user}${drop(password, 'url-password')}` : whole
  const account = (whole: string, user: string, password: string) =>
    (readsLikePassword(password) || readsLikeToken(password) || (/[A-Za-z]/.test(password) && /[0-9]/.test(password))) && mayBeCredential(password)
      ? `${user}${drop(password)}`
      : whole
  // Both URL forms need the `@` before their host.
  const withUrls = text.includes('@') ? text.replace(URL_PASSWORD, judge).replace(BARE_USER_PASSWORD, judge) : text
  return withUrls.replace(ACCOUNT_PASSWORD, account)
}

/**
 * A random token with no label at all (an AWS secret access key pasted alone, an API key in a sentence): 32 or more
 * characters of a token's alphabet, of lower case, upper case and digits, as random as a generated key. Words, names,
 * commit SHAs (hex of one case) and versions do not read so; a token inside a link (a document's id) is left to the
 * link.
 */
const BARE_TOKEN = /(?<![A-Za-z0-9+/=_.~-])[A-Za-z0-9+/_-]{32,256}={0,2}(?![A-Za-z0-9+/=_~-]|\.[A-Za-z0-9])/g

/** A path (`src/components/UserSettings2FAView`): a part of three or more lower-case letters, as a folder's name reads. */
const readsLikePath = (v: string) => v.includes('/') && v.split('/').some(part => /^[a-z_]{3,}$/.test(part))

function bareTokens(text: string, drop: Drop): string {
  return text.replace(BARE_TOKEN, (token: string, at: number) => {
    if (!readsLikeToken(token) || readsLikePath(token) || shannonEntropy(token) < 4 || !mayBeCredential(token)) return token
    const wordStart = Math.max(text.lastIndexOf(' ', at), text.lastIndexOf('\n', at), text.lastIndexOf('\t', at), text.lastIndexOf('(', at))
    if (text.slice(wordStart + 1, at).includes('://')) return token
    return drop(token, 'token')
  })
}
