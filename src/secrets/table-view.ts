/**
 * Tables exported as delimited text (.csv, .tsv) or as SQL (a dump's INSERT statements): a credential's name is in
 * the header row or the column list (or the table's CREATE TABLE), its value in the rows below, so no line holds
 * both and the line rules cannot read it. The table view writes each row's
 * credential cell as `column=value`, numbered as the row, placed so the value starts at the cell's column:
 * the config-assignment rules judge it as they judge any assignment, and a token a rule finds in the row itself
 * is the same finding in both readings (one line and column).
 */

/** The files read as tables: comma-, tab-, semicolon- or pipe-separated values. */
const TABLE_PATH = /\.(?:csv|tsv|psv)$/i

/** A header naming a credential: password, secret, token, api key, access key, private key, credentials. */
const CREDENTIAL_COLUMN =
  /(?:^|[^a-z])(?:password|passwd|passphrase|pwd|secret|token|api[_ .-]?key|apikey|access[_ .-]?key|auth[_ .-]?key|private[_ .-]?key|credentials?)s?(?:$|[^a-z])|(?:^|[_ .-])pass$/i

/** …unless it names something about the credential rather than the credential (its id, hash, type, date). */
const ABOUT_A_CREDENTIAL =
  /(?:^|[^a-z])(?:id|ids|name|type|url|uri|hint|policy|length|count|expires?|expiry|expired|expiration|at|date|time|changed|reset|required|enabled|version|prefix|suffix|hash|hashed|digest|salt|algorithm|algo|format|ttl|last4|masked|encrypted|strength|age|status)(?:$|[^a-z])/i

/** At most this many credential columns are read (a wide header of secret-like names is not a table of credentials). */
const MAX_COLUMNS = 8
/** A cell further into its line than this is written at the view line's start (a dump's line may be megabytes long). */
const MAX_PAD = 512
/** At most this many cells are written per file (a file is at most max-file-size: a megabyte by default). */
const MAX_CELLS = 1_000_000

/** What ends an unquoted value for the assignment rules (a comment, a separator, a space). */
const ENDS_UNQUOTED = /[\s,;|<>(){}[\]"'`]/

/** A cell shorter than this is no credential any rule reports (a flag, an initial, a NULL-like marker). */
const MIN_VALUE = 6

/**
 * The view line of one cell: `name=value`, quoted when the value holds what would end it unquoted (`"Hn3k,zQ2x"`),
 * the value starting at the cell's column when that is near enough.
 */
function assignment(name: string, value: string, column: number, budget: { left: number }): string {
  const quote = ENDS_UNQUOTED.test(value) ? (!value.includes('"') ? '"' : !value.includes("'") ? "'" : '') : ''
  let pad = column - name.length - 1 - quote.length
  if (pad <= 0 || pad > MAX_PAD || pad > budget.left) pad = 0
  budget.left -= pad
  return `${' '.repeat(pad)}${name}=${quote}${value}${quote}`
}

/** The padding a view may add in all: about the size of the text it reads (small cells far into long lines cost no more). */
const padBudget = (text: string) => ({ left: text.length + 65536 })

/** A column name that holds a credential. */
function isCredentialColumn(name: string): boolean {
  return name.length > 0 && name.length <= 60 && CREDENTIAL_COLUMN.test(name) && !ABOUT_A_CREDENTIAL.test(name)
}

interface Cell {
  start: number
  value: string
}

/** A delimited line's cells: a double-quoted cell may hold the delimiter and "" for a quote; its start is after the quote. */
function cellsOf(line: string, delimiter: string): Cell[] {
  const cells: Cell[] = []
  let i = 0
  const n = line.length
  while (i <= n) {
    if (line[i] === '"') {
      const { end: j, value } = quotedString(line, i)
      cells.push({ start: i + 1, value })
      const next = line.indexOf(delimiter, j)
      if (next < 0) break
      i = next + 1
    } else {
      const next = line.indexOf(delimiter, i)
      const end = next < 0 ? n : next
      cells.push({ start: i, value: line.slice(i, end).trim() })
      if (next < 0) break
      i = next + 1
    }
  }
  return cells
}

/** The header's delimiter: the most frequent of tab, comma, semicolon and pipe. */
function delimiterOf(header: string): string {
  let best = ','
  let most = 0
  for (const d of ['\t', ',', ';', '|']) {
    const count = header.split(d).length - 1
    if (count > most) {
      most = count
      best = d
    }
  }
  return best
}

/**
 * The table view of a delimited file's added rows: per row and credential column, `column=value` starting where
 * the cell does (or at the line's start when the name is longer than what precedes the cell). Undefined when the
 * file is not a table, its header (line 1) is not in the change, or no column names a credential.
 */
export function tableView(f: { path: string; text: string; lineNumbers: ArrayLike<number> }): { text: string; lineNumbers: number[] } | undefined {
  if (SQL_PATH.test(f.path)) return sqlView(f)
  if (!TABLE_PATH.test(f.path) || f.lineNumbers.length < 2 || f.lineNumbers[0] !== 1) return undefined
  const firstEnd = f.text.indexOf('\n')
  if (firstEnd < 0) return undefined
  const header = f.text.slice(0, firstEnd)
  const delimiter = delimiterOf(header)
  const columns: { index: number; name: string }[] = []
  cellsOf(header, delimiter).forEach((c, index) => {
    const name = c.value.replace(/\s+/g, '_')
    if (isCredentialColumn(name)) columns.push({ index, name })
  })
  if (columns.length === 0 || columns.length > MAX_COLUMNS) return undefined
  const text: string[] = []
  const lineNumbers: number[] = []
  const budget = padBudget(f.text)
  let start = firstEnd + 1
  for (let li = 1; li < f.lineNumbers.length; li++) {
    let end = f.text.indexOf('\n', start)
    if (end < 0) end = f.text.length
    const cells = cellsOf(f.text.slice(start, end), delimiter)
    for (const { index, name } of columns) {
      const cell = cells[index]
      if (cell === undefined || cell.value.length < MIN_VALUE) continue
      text.push(assignment(name, cell.value, cell.start, budget))
      lineNumbers.push(f.lineNumbers[li])
    }
    if (text.length >= MAX_CELLS) break
    start = end + 1
  }
  return text.length > 0 ? { text: text.join('\n'), lineNumbers } : undefined
}

/** Whether a file's added lines are read as a table only with the lines above them (its header, its CREATE TABLE). */
export function needsContext(path: string): boolean {
  return TABLE_PATH.test(path) || SQL_PATH.test(path)
}

/**
 * A table changed in place (rows added below a header, INSERTs below their CREATE TABLE): of the view of the whole
 * file at the head, the lines of the added rows.
 */
export function addedRows(
  whole: { text: string; lineNumbers: number[] } | undefined,
  added: ArrayLike<number>
): { text: string; lineNumbers: number[] } | undefined {
  if (whole === undefined) return undefined
  const wanted = new Set(Array.from(added))
  const text: string[] = []
  const lineNumbers: number[] = []
  whole.text.split('\n').forEach((line, i) => {
    if (wanted.has(whole.lineNumbers[i])) {
      text.push(line)
      lineNumbers.push(whole.lineNumbers[i])
    }
  })
  return text.length > 0 ? { text: text.join('\n'), lineNumbers } : undefined
}

/** SQL scripts and dumps. */
const SQL_PATH = /\.sql$/i
/** A table's name, maybe schema-qualified and quoted (`db`.`t`, "public"."t", [dbo].[t]). */
const TABLE_NAME = '(?:[`"[]?\\w+[`"\\]]?\\.)?[`"[]?(\\w+)[`"\\]]?'
/** `CREATE TABLE name (`: its column definitions follow, to the matching `)`. */
const CREATE_TABLE = new RegExp(`\\bCREATE\\s+(?:TEMP(?:ORARY)?\\s+)?TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?${TABLE_NAME}\\s*\\(`, 'gi')
/** A CREATE TABLE's item that is not a column (a key, index or constraint). */
const NOT_A_COLUMN = /^(?:PRIMARY|KEY|UNIQUE|CONSTRAINT|INDEX|FOREIGN|CHECK|FULLTEXT|SPATIAL|PERIOD|EXCLUDE)$/i
/** `INSERT [INTO] name [(columns)] VALUES` (SQL Server scripts leave INTO out): the rows follow. */
const INSERT_INTO = new RegExp(`\\bINSERT\\s+(?:IGNORE\\s+)?(?:INTO\\s+)?${TABLE_NAME}\\s*(?:\\(([^()]*)\\))?\\s*VALUES\\s*`, 'gi')
/** pg_dump's `COPY name (columns) FROM stdin;`: tab-separated rows follow, to a line `\.`. */
const COPY_FROM_STDIN = new RegExp(`^COPY\\s+${TABLE_NAME}\\s*\\(([^()]*)\\)\\s+FROM\\s+stdin;[ \\t]*$`, 'gim')
/** A table's column list is read this far at most. */
const MAX_DEFINITION = 64 * 1024

const unquoteName = (c: string) => c.trim().replace(/^[`"[]|[`"\]]$/g, '')

/**
 * The end of the quoted string starting at `start` and its value: the quote doubled is a quote (CSV's "", SQL's '');
 * with `backslashFrom` (SQL dumps: MySQL writes \' and \\) a backslash escapes the next character, found through it so
 * that one long line is searched once. An unclosed string runs to the end.
 */
function quotedString(t: string, start: number, backslashFrom?: (from: number) => number): { end: number; value: string } {
  const quote = t[start]
  let j = start + 1
  let value = ''
  for (;;) {
    const q = t.indexOf(quote, j)
    if (q < 0) return { end: t.length, value: value + t.slice(j) }
    const bs = backslashFrom === undefined ? Infinity : backslashFrom(j)
    if (bs < q) {
      value += t.slice(j, bs) + t.slice(bs + 1, bs + 2)
      j = bs + 2
      continue
    }
    value += t.slice(j, q)
    if (t[q + 1] === quote) {
      value += quote
      j = q + 2
      continue
    }
    return { end: q + 1, value }
  }
}

/** The names of the columns a CREATE TABLE defines, its `(` at `open`, and where its definition ends. */
function columnsDefined(t: string, open: number): { columns: string[]; end: number } {
  const limit = Math.min(t.length, open + MAX_DEFINITION)
  const items: string[] = []
  let depth = 0
  let from = open + 1
  for (let i = open + 1; i < limit; i++) {
    const c = t[i]
    if (c === "'" || c === '"' || c === '`') {
      const close = t.indexOf(c, i + 1)
      if (close < 0 || close >= limit) break
      i = close
    } else if (c === '(') depth++
    else if (c === ')') {
      if (depth === 0) {
        items.push(t.slice(from, i))
        return {
          columns: items
            .map(item => /^\s*([`"[]?\w+[`"\]]?)/.exec(item)?.[1] ?? '')
            .map(unquoteName)
            .filter(n => n !== '' && !NOT_A_COLUMN.test(n)),
          end: i + 1
        }
      }
      depth--
    } else if (c === ',' && depth === 0) {
      items.push(t.slice(from, i))
      from = i + 1
    }
  }
  return { columns: [], end: limit }
}

/**
 * The SQL view: each quoted value a row of an INSERT (or a line of a COPY block) gives a credential column (named
 * by the statement's column list, or by the CREATE TABLE of the same name in the file: mysqldump's extended INSERTs
 * list none), as `column=value` numbered as the value's line. Every character is read at most twice (once for the
 * definitions, once for the rows), whatever the statements look like.
 */
function sqlView(f: { text: string; lineNumbers: ArrayLike<number> }): { text: string; lineNumbers: number[] } | undefined {
  const t = f.text
  const hasInsert = /INSERT/i.test(t)
  const hasCopy = /^COPY /m.test(t)
  if (!hasInsert && !hasCopy) return undefined
  // MySQL and MariaDB dumps (backquoted names, /*!40101 …*/ version comments) escape with backslashes.
  const mysql = t.includes('`') || t.includes('/*!') || /^-- (?:MySQL|MariaDB) dump/m.test(t.slice(0, 4096))
  const tables = new Map<string, string[]>()
  let definedTo = 0
  for (const m of t.matchAll(CREATE_TABLE)) {
    if (m.index < definedTo) continue
    const { columns, end } = columnsDefined(t, m.index + m[0].length - 1)
    definedTo = end
    if (columns.length > 0) tables.set(m[1].toLowerCase(), columns)
  }
  const text: string[] = []
  const lineNumbers: number[] = []
  // Line index and start of a position, found by walking forward from the last one asked; the next newline and
  // the next backslash are kept, so a dump's one long line is searched once, not once per value.
  let li = 0
  let lineStart = 0
  let nextNewline = t.indexOf('\n')
  const lineOf = (pos: number) => {
    while (nextNewline >= 0 && nextNewline < pos) {
      li++
      lineStart = nextNewline + 1
      nextNewline = t.indexOf('\n', lineStart)
    }
  }
  let nextBackslash = -1
  const backslashFrom = (from: number) => {
    if (nextBackslash !== Infinity && nextBackslash < from) {
      const at = t.indexOf('\\', from)
      nextBackslash = at < 0 ? Infinity : at
    }
    return nextBackslash
  }
  const budget = padBudget(t)
  const emit = (name: string, value: string, at: number) => {
    if (value.length < MIN_VALUE || value.includes('\n')) return
    lineOf(at)
    text.push(assignment(name, value, at - lineStart, budget))
    lineNumbers.push(f.lineNumbers[li])
  }
  const credentialColumns = (columns: string[]) => {
    const wanted = columns.map(isCredentialColumn)
    const count = wanted.filter(Boolean).length
    return count > 0 && count <= MAX_COLUMNS ? wanted : undefined
  }
  // The rows of each INSERT, up to the end of its statement: a `;`, or anything but a row, a comma or a space
  // between rows (the next statement of a script that ends none with `;`).
  let walkedTo = 0
  for (const m of hasInsert ? t.matchAll(INSERT_INTO) : []) {
    if (m.index < walkedTo) continue
    const columns = m[2] !== undefined ? m[2].split(',').map(unquoteName) : (tables.get(m[1].toLowerCase()) ?? [])
    const wanted = credentialColumns(columns)
    let i = m.index + m[0].length
    if (wanted === undefined) {
      walkedTo = i
      continue
    }
    let column = -1
    let depth = 0
    while (i < t.length && text.length < MAX_CELLS) {
      const c = t[i]
      if (column < 0) {
        if (c === '(') {
          column = 0
          depth = 0
        } else if (c !== ',' && c !== ' ' && c !== '\t' && c !== '\n' && c !== '\r') break
      } else if (c === "'") {
        // A backslash escapes in MySQL's strings and PostgreSQL's E'…'; in standard SQL (pg_dump --inserts, sqlite3's
        // .dump, SQL Server) it is a character: 'C:\dir\' ends at its quote.
        const escapes = mysql || ((t[i - 1] === 'E' || t[i - 1] === 'e') && !/\w/.test(t[i - 2] ?? ''))
        const s = quotedString(t, i, escapes ? backslashFrom : undefined)
        // A value of the row itself, not an argument of a call in it (MD5('…'), NOW()).
        if (depth === 0 && wanted[column] === true) emit(columns[column], s.value, i + 1)
        i = s.end
        continue
      } else if (c === '(') depth++
      else if (c === ')') {
        if (depth === 0) column = -1
        else depth--
      } else if (c === ',' && depth === 0) column++
      i++
    }
    walkedTo = i
  }
  // pg_dump's COPY blocks: a row a line, tab-separated, `\N` for NULL, to a line `\.`.
  // (Line positions are found forward only: counted again from the start.)
  li = 0
  lineStart = 0
  nextNewline = t.indexOf('\n')
  let copiedTo = 0
  for (const m of hasCopy ? t.matchAll(COPY_FROM_STDIN) : []) {
    if (m.index < copiedTo) continue
    const columns = m[2].split(',').map(unquoteName)
    const wanted = credentialColumns(columns)
    let start = t.indexOf('\n', m.index) + 1
    // The block's rows, to its `\.` (or the next COPY header: an unended block is not read past it).
    while (start > 0 && start < t.length && text.length < MAX_CELLS) {
      let end = t.indexOf('\n', start)
      if (end < 0) end = t.length
      if ((t.startsWith('\\.', start) && end - start <= 3) || t.startsWith('COPY ', start)) break
      const line = t.slice(start, end)
      let cellStart = 0
      for (let k = 0; wanted !== undefined && cellStart <= line.length; k++) {
        let cellEnd = line.indexOf('\t', cellStart)
        if (cellEnd < 0) cellEnd = line.length
        const cell = line.slice(cellStart, cellEnd)
        if (wanted[k] === true && cell !== '\\N')
          emit(
            columns[k],
            cell.replace(/\\(.)/g, (_, x: string) => (x === 't' ? '\t' : x === 'n' ? '\n' : x)),
            start + cellStart
          )
        cellStart = cellEnd + 1
      }
      start = end + 1
    }
    copiedTo = start
  }
  return text.length > 0 ? { text: text.join('\n'), lineNumbers } : undefined
}
