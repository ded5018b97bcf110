/**
 * Tables exported as delimited text (.csv, .tsv): a credential's name is in the header row, its value in the
 * rows below, so no line holds both and the line rules cannot read it. The table view writes each row's
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
  if (!TABLE_PATH.test(f.path) || f.lineNumbers.length < 2 || f.lineNumbers[0] !== 1) return undefined
  const firstEnd = f.text.indexOf('\n')
  if (firstEnd < 0) return undefined
  const header = f.text.slice(0, firstEnd)
  const delimiter = delimiterOf(header)
  const columns: { index: number; name: string }[] = []
  cellsOf(header, delimiter).forEach((c, index) => {
    const name = c.value.replace(/\s+/g, '_')
    if (name.length > 0 && name.length <= 60 && CREDENTIAL_COLUMN.test(name) && !ABOUT_A_CREDENTIAL.test(name)) columns.push({ index, name })
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
      const pad = cell.start - name.length - 1
      text.push(`${pad > 0 ? ' '.repeat(pad) : ''}${name}=${cell.value}`)
      lineNumbers.push(f.lineNumbers[li])
    }
    start = end + 1
  }
  return text.length > 0 ? { text: text.join('\n'), lineNumbers } : undefined
}
