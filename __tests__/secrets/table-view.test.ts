/**
 * Credentials in exported tables (.csv, .tsv): the header names the column, the rows hold the values. The table
 * view writes each row's credential cell as an assignment numbered as its row, so the assignment rules read it;
 * a token a provider rule finds in the row is one finding, not two.
 */
import { rmSync } from 'node:fs'
import { describe, expect, test } from '@jest/globals'
import { gitAddedFiles } from '../../src/collect/git/diff.js'
import { applyFilters, wholeFile } from '../../src/secrets/diff.js'
import { expandTemplate, seededRandom } from '../../src/secrets/generate.js'
import { createScanner } from '../../src/secrets/scanner.js'
import { tableView } from '../../src/secrets/table-view.js'
import { git, makeRepo, write } from './helpers.js'

const scanner = createScanner({ repo: 'acme/app' })
const fill = (template: string) => expandTemplate(template, seededRandom(template.length))
const scan = (path: string, text: string) => {
  const { files } = applyFilters([wholeFile(path, text)])
  return files.length === 0 ? [] : scanner.scanFile(files[0])
}

describe('the table view', () => {
  test('a credential column: one assignment per row, numbered as the row, the value where the cell starts', () => {
    const text = 'id,email,password,role\n1,a@example.com,Qd7vFsycob6jD,admin\n2,b@example.com,"H8Q#JT!E,6uwrXb",member\n'
    const view = tableView(wholeFile('exports/users.csv', text))
    expect(view?.lineNumbers).toEqual([2, 3])
    const lines = view?.text.split('\n') ?? []
    expect(lines.map(l => l.trim())).toEqual(['password=Qd7vFsycob6jD', 'password="H8Q#JT!E,6uwrXb"'])
    expect(lines[0].indexOf('Qd7v')).toBe('1,a@example.com,'.length)
    // A quoted cell's value starts after its quote.
    expect(lines[1].indexOf('H8Q#')).toBe('2,b@example.com,"'.length)
  })

  test('tabs, semicolons and pipes; a header with spaces', () => {
    expect(tableView(wholeFile('a.tsv', 'host\tapi key\nx\tk9Zq7Lm2Pw8Rt5\n'))?.text.trim()).toBe('api_key=k9Zq7Lm2Pw8Rt5')
    expect(tableView(wholeFile('a.csv', 'host;db_pass\nx;k9Zq7Lm2Pw8Rt5\n'))?.text.trim()).toBe('db_pass=k9Zq7Lm2Pw8Rt5')
    expect(tableView(wholeFile('a.psv', 'host|secret\nx|k9Zq7Lm2Pw8Rt5\n'))?.text.trim()).toBe('secret=k9Zq7Lm2Pw8Rt5')
  })

  test('none: other files, no credential column, columns about a credential, a change without the header', () => {
    expect(tableView(wholeFile('users.txt', 'id,password\n1,Qd7vFsycob6jD\n'))).toBeUndefined()
    expect(tableView(wholeFile('metrics.csv', 'id,pass_rate,token_count,compass\n1,0.93,1200,N\n'))).toBeUndefined()
    expect(tableView(wholeFile('u.csv', 'user,password_hash,token_expires_at,api_key_id\nann,$2b$12$x,2024-01-01,k-1\n'))).toBeUndefined()
    expect(tableView({ path: 'u.csv', text: '1,a@example.com,Qd7vFsycob6jD', lineNumbers: [7] })).toBeUndefined()
  })
})

describe('tables scanned', () => {
  test('plaintext passwords in a users export: each row at its line', () => {
    const text = fill('id,email,full_name,password,role\n1,ops@example.com,Ops,{alnum:13}7,admin\n2,ana@example.com,Ana,{alnum:12}#3,member\n')
    expect(scan('exports/users_export.csv', text).map(f => [f.rule, f.line])).toEqual([
      ['password-assignment', 2],
      ['password-assignment', 3]
    ])
  })

  test('a hex token under an auth_token column; a provider token in a row is one finding', () => {
    const twilio = fill('region,account_sid,auth_token,from_number\nus-east,AC{hex:32},{hex:32},+15005556455\n')
    expect(scan('reports/sms.csv', twilio).map(f => f.line)).toEqual([2])
    const stripe = fill('name,api_key,notes\nbilling,sk_live_{alnum:24},main\n')
    expect(scan('keys.csv', stripe).map(f => [f.rule, f.line])).toEqual([['stripe-live-secret-key', 2]])
  })

  test('placeholders, references and empty cells are no finding', () => {
    const text = 'service,token,password\napi,${API_TOKEN},\nweb,<token>,changeme\ncli,,\n'
    expect(scan('config.csv', text)).toEqual([])
  })
})

describe('SQL dumps', () => {
  test('an INSERT with its column list, the rows on the lines below', () => {
    const text = fill(
      "LOCK TABLES `oauth_clients` WRITE;\nINSERT INTO `oauth_clients` (`id`, `user_id`, `name`, `secret`, `revoked`) VALUES\n(1, NULL, 'Personal Access Client', '{alnum:40}', 0),\n(2, NULL, 'Password Grant', '{alnum:40}', 0);\nUNLOCK TABLES;\n"
    )
    expect(scan('database/dump/oauth_clients.sql', text).map(f => [f.rule, f.line])).toEqual([
      ['secret-assignment', 3],
      ['secret-assignment', 4]
    ])
  })

  test("mysqldump's extended INSERT: columns from the table's CREATE TABLE, many rows on a line, '' and \\' in strings", () => {
    const text = fill(
      "CREATE TABLE `users` (\n  `id` int NOT NULL AUTO_INCREMENT,\n  `login` varchar(64) NOT NULL,\n  `email` varchar(255) NOT NULL,\n  `password` varchar(255) NOT NULL,\n  PRIMARY KEY (`id`)\n) ENGINE=InnoDB;\n\nINSERT INTO `users` VALUES (1,'o''brien','ob@example.com','{alnum:12}7#'),(2,'jd\\'x','jd@example.com','{alnum:14}3');\n"
    )
    const view = tableView(wholeFile('db/dump.sql', text))
    expect(view?.lineNumbers).toEqual([9, 9])
    expect(view?.text.split('\n').map(l => l.trim().split('=')[0])).toEqual(['password', 'password'])
    expect(scan('db/dump.sql', text).map(f => [f.rule, f.line])).toEqual([
      ['password-assignment', 9],
      ['password-assignment', 9]
    ])
  })

  test('hashes, unusable-password markers and tables without a credential column are no finding', () => {
    const text = fill(
      "INSERT INTO auth_user (id, password, username) VALUES\n(1, 'pbkdf2_sha256$720000${alnum:22}${b64:43}=', 'admin'),\n(2, '!{alnum:40}', 'sso');\nINSERT INTO orders (id, note) VALUES (1, '{alnum:20}7');\n"
    )
    expect(scan('fixtures/auth_user.sql', text)).toEqual([])
    expect(tableView(wholeFile('q.sql', 'SELECT 1;\n'))).toBeUndefined()
  })
})

describe('SQL dumps as tools write them', () => {
  const found = (path: string, template: string) => scan(path, fill(template)).map(f => [f.rule, f.line])

  test('a call in a row is not a column of its own; its arguments are not the row values', () => {
    expect(found('seed.sql', "INSERT INTO users (id, login, created, password) VALUES (1, 'admin', NOW(), '{alnum:12}7#');\n")).toEqual([
      ['password-assignment', 1]
    ])
    expect(found('seed.sql', "INSERT INTO users (id, password, note) VALUES (1, MD5('{alnum:12}7#'), 'x');\n")).toEqual([])
  })

  test('statements not ended by `;`: the next statement is not rows of the last', () => {
    const script =
      "INSERT INTO service_accounts (name, api_key) VALUES ('billing', NULL)\nINSERT INTO releases (name, build) VALUES ('web', 'Rel2024build{alnum:8}7')\n"
    expect(found('deploy.sql', script)).toEqual([])
  })

  test("SQLite's one-line CREATE TABLE and SQL Server's INSERT without INTO", () => {
    const sqlite =
      "CREATE TABLE notes(id, author, body);\nCREATE TABLE users(id INTEGER PRIMARY KEY, login TEXT, password TEXT);\nINSERT INTO notes VALUES(1,'alice','SeeTicket4471abc');\nINSERT INTO users VALUES(1,'alice','{alnum:12}7#');\n"
    expect(found('app.sql', sqlite)).toEqual([['password-assignment', 4]])
    const ssms = "INSERT [dbo].[Users] ([Id], [Login], [Password]) VALUES (1, N'admin', N'{alnum:12}7#')\nGO\n"
    expect(found('script.sql', ssms)).toEqual([['password-assignment', 1]])
  })

  test("pg_dump's COPY blocks: tab-separated rows to `\\.`, \\N for NULL", () => {
    const dump = 'COPY public.users (id, email, password) FROM stdin;\n1\ta@example.com\t{alnum:12}7#\n2\tb@example.com\t\\N\n\\.\n'
    expect(found('backup.sql', dump)).toEqual([['password-assignment', 2]])
  })
})

describe('a table changed in place (a pull request adds rows below the header)', () => {
  const scanChange = async (baseFiles: Record<string, string>, change: (dir: string) => void) => {
    const repo = makeRepo(baseFiles, change)
    try {
      const r = await gitAddedFiles({ cwd: repo.dir, base: repo.base, head: repo.head })
      return r.files.flatMap(f => scanner.scanFile(f).map(m => [f.path, m.rule, m.line]))
    } finally {
      rmSync(repo.dir, { recursive: true, force: true })
    }
  }

  test('rows added to a CSV are read under the header of the head blob', async () => {
    const base = { 'exports/users.csv': 'id,login,password\n1,ann,\n' }
    const found = await scanChange(base, dir => write(dir, 'exports/users.csv', fill('id,login,password\n1,ann,\n2,bob,{alnum:12}7#\n')))
    expect(found).toEqual([['exports/users.csv', 'password-assignment', 3]])
  })

  test("INSERTs added to a SQL file are read under the file's CREATE TABLE; a renamed table too", async () => {
    const create = 'CREATE TABLE users (\n  id int,\n  login text,\n  password text\n);\n'
    const found = await scanChange({ 'db/seed.sql': create }, dir =>
      write(dir, 'db/seed.sql', fill(`${create}INSERT INTO users VALUES (2, 'bob', '{alnum:12}7#');\n`))
    )
    expect(found).toEqual([['db/seed.sql', 'password-assignment', 6]])
    const renamed = await scanChange({ 'a.csv': 'host,token\nx,\n' }, dir => {
      git(dir, 'mv', 'a.csv', 'b.csv')
      write(dir, 'b.csv', fill('host,token\nx,\ny,{alnum:30}\n'))
    })
    expect(renamed).toEqual([['b.csv', 'secret-assignment', 3]])
  })

  test('a head blob above max-file-size is not read as a table', async () => {
    const repo = makeRepo({ 'u.csv': 'id,login,password\n1,ann,\n' }, dir => write(dir, 'u.csv', fill('id,login,password\n1,ann,\n2,bob,{alnum:12}7#\n')))
    try {
      const small = await gitAddedFiles({ cwd: repo.dir, base: repo.base, head: repo.head, maxFileSize: 40 })
      expect(small.files.flatMap(f => scanner.scanFile(f))).toEqual([])
      const usual = await gitAddedFiles({ cwd: repo.dir, base: repo.base, head: repo.head })
      expect(usual.files.flatMap(f => scanner.scanFile(f).map(m => m.line))).toEqual([3])
    } finally {
      rmSync(repo.dir, { recursive: true, force: true })
    }
  })

  test('rows that were already there are not read again', async () => {
    const base = { 'u.csv': fill('id,password\n1,{alnum:12}7#\n') }
    const found = await scanChange(base, dir => write(dir, 'u.csv', `${base['u.csv']}2,\n`))
    expect(found).toEqual([])
  })
})

describe('cells that hold what ends an unquoted value', () => {
  test('a comma inside a quoted cell, a semicolon, a space: the view quotes the value', () => {
    const text = fill('id,password\n1,"{alnum:6}9,{alnum:8}"\n2,{alnum:5}3;{alnum:8}\n3,"correct {alnum:6}7 staple"\n')
    // Quoted, they are read as quoted passwords are (generic-password), each on its row.
    expect(scan('u.csv', text).map(f => f.line)).toEqual([2, 3, 4])
  })
})

describe('second review', () => {
  const found = (path: string, template: string) => scan(path, fill(template)).map(f => [f.rule, f.line])

  test("a backslash is a character in standard SQL strings (pg_dump --inserts, sqlite3 .dump), an escape in MySQL's and E'…'", () => {
    const pg = "INSERT INTO public.users (id, home, password) VALUES\n(1, 'C:\\dir\\', '{alnum:12}7#'),\n(2, 'x', '{alnum:12}8#');\n"
    // Both rows (the second was lost when the first's trailing backslash escaped its quote).
    expect(
      found('pg.sql', pg)
        .map(f => f[1])
        .sort()
    ).toEqual([2, 3])
    const e = "INSERT INTO users (id, password) VALUES (1, E'{alnum:6}\\'{alnum:6}7#');\n"
    expect(tableView(wholeFile('e.sql', fill(e)))?.text.trim()).toMatch(/^password=".*'.*"$/)
  })

  test('COPY blocks without their `\\.` are read to the next COPY header only', () => {
    const dump = 'COPY public.users (id, password) FROM stdin;\n1\t{alnum:12}7#\nCOPY public.users (id, password) FROM stdin;\n2\t{alnum:12}8#\n'
    expect(found('d.sql', dump)).toEqual([
      ['password-assignment', 2],
      ['password-assignment', 4]
    ])
  })

  test('cells shorter than any credential are not written', () => {
    expect(tableView(wholeFile('f.sql', "INSERT INTO t (id, password) VALUES (1,'a'),(2,'bc'),(3,'defgh');\n"))).toBeUndefined()
  })

  test('a table changed in place is read with its head blob even when its line 1 changed too', async () => {
    const dump = (version: string, rows: string) =>
      `-- dump ${version}\nCREATE TABLE users (\n  id int,\n  password text\n);\nINSERT INTO users VALUES ${rows};\n`
    const repo = makeRepo({ 'db/dump.sql': dump('1.0', "(1,'')") }, dir => write(dir, 'db/dump.sql', fill(dump('1.1', "(1,''),(2,'{alnum:12}7#')"))))
    try {
      const r = await gitAddedFiles({ cwd: repo.dir, base: repo.base, head: repo.head })
      expect(r.files.flatMap(f => scanner.scanFile(f).map(m => [m.rule, m.line]))).toEqual([['password-assignment', 6]])
    } finally {
      rmSync(repo.dir, { recursive: true, force: true })
    }
  })
})
