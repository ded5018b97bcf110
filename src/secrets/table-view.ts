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
/** At most this many cells are written per file. */
const MAX_CELLS = 20000

/** The view line of one cell: `name=value`, the value starting at the cell's column when that is near enough. */
function assignment(name: string, value: string, column: number): string {
  const pad = column - name.length - 1
  return `${pad > 0 && pad <= MAX_PAD ? ' '.repeat(pad) : ''}${name}=${value}`
}

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
      let value = ''
      let j = i + 1
      for (;;) {
        const q = line.indexOf('"', j)
        if (q < 0) {
          value += line.slice(j)
          j = n
          break
        }
        value += line.slice(j, q)
        if (line[q + 1] === '"') {
          value += '"'
          j = q + 2
          continue
        }
        j = q + 1
        break
      }
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
  let start = firstEnd + 1
  for (let li = 1; li < f.lineNumbers.length; li++) {
    let end = f.text.indexOf('\n', start)
    if (end < 0) end = f.text.length
    const cells = cellsOf(f.text.slice(start, end), delimiter)
    for (const { index, name } of columns) {
      const cell = cells[index]
      if (cell === undefined || cell.value.length === 0) continue
      text.push(assignment(name, cell.value, cell.start))
      lineNumbers.push(f.lineNumbers[li])
    }
    if (text.length >= MAX_CELLS) break
    start = end + 1
  }
  return text.length > 0 ? { text: text.join('\n'), lineNumbers } : undefined
}

/** SQL scripts and dumps. */
const SQL_PATH = /\.sql$/i
/** `CREATE TABLE name (`: the columns follow, one definition a line. */
const CREATE_TABLE = /\bCREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?(?:[`"[]?\w+[`"\]]?\.)?[`"[]?(\w+)[`"\]]?\s*\(/gi
/** A column definition's name (not a key, index or constraint line). */
const COLUMN_DEFINITION = /^\s*[`"[]?(\w+)[`"\]]?\s+[A-Za-z]/
const NOT_A_COLUMN = /^(?:PRIMARY|KEY|UNIQUE|CONSTRAINT|INDEX|FOREIGN|CHECK|FULLTEXT|SPATIAL)$/i
/** `INSERT INTO name [(columns)] VALUES`: the rows follow. */
const INSERT_INTO = /\bINSERT\s+(?:IGNORE\s+)?INTO\s+(?:[`"[]?\w+[`"\]]?\.)?[`"[]?(\w+)[`"\]]?\s*(?:\(([^()]*)\))?\s*VALUES\s*/gi

/**
 * The SQL view: each quoted value a row of an INSERT gives a credential column (named by the statement's column
 * list, or by the CREATE TABLE of the same name in the file: mysqldump's extended INSERTs list none), as
 * `column=value` numbered as the value's line.
 */
function sqlView(f: { text: string; lineNumbers: ArrayLike<number> }): { text: string; lineNumbers: number[] } | undefined {
  const t = f.text
  if (!/INSERT/i.test(t)) return undefined
  const tables = new Map<string, string[]>()
  for (const m of t.matchAll(CREATE_TABLE)) {
    const columns: string[] = []
    let at = t.indexOf('\n', m.index + m[0].length)
    while (at >= 0 && columns.length < 500) {
      const end = t.indexOf('\n', at + 1)
      const line = t.slice(at + 1, end < 0 ? t.length : end)
      if (/^\s*\)/.test(line)) break
      const c = COLUMN_DEFINITION.exec(line)
      if (c && !NOT_A_COLUMN.test(c[1])) columns.push(c[1])
      at = end
    }
    tables.set(m[1].toLowerCase(), columns)
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
  for (const m of t.matchAll(INSERT_INTO)) {
    if (m.index < lineStart) continue
    const columns = m[2] !== undefined ? m[2].split(',').map(c => c.trim().replace(/^[`"[]|[`"\]]$/g, '')) : (tables.get(m[1].toLowerCase()) ?? [])
    const wanted = columns.map(isCredentialColumn)
    if (!wanted.includes(true) || wanted.filter(Boolean).length > MAX_COLUMNS) continue
    // The rows: (v, v, …), (…) up to the statement's `;`. Strings are single-quoted ('' or \' inside).
    let i = m.index + m[0].length
    let column = -1
    while (i < t.length && text.length < MAX_CELLS) {
      const c = t[i]
      if (c === '(') column = 0
      else if (c === ')') column = -1
      else if (c === ',' && column >= 0) column++
      else if (c === ';' && column < 0) break
      else if (c === "'") {
        let j = i + 1
        let value = ''
        for (;;) {
          const q = t.indexOf("'", j)
          const bs = backslashFrom(j)
          if (q < 0) {
            j = t.length
            break
          }
          if (bs < q) {
            value += t.slice(j, bs) + t.slice(bs + 1, bs + 2)
            j = bs + 2
            continue
          }
          value += t.slice(j, q)
          if (t[q + 1] === "'") {
            value += "'"
            j = q + 2
            continue
          }
          j = q + 1
          break
        }
        if (column >= 0 && wanted[column] === true && value.length > 0 && !value.includes('\n')) {
          lineOf(i)
          text.push(assignment(columns[column], value, i + 1 - lineStart))
          lineNumbers.push(f.lineNumbers[li])
        }
        i = j
        continue
      }
      i++
    }
  }
  return text.length > 0 ? { text: text.join('\n'), lineNumbers } : undefined
}
