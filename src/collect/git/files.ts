/**
 * The files a change touches, from a local checkout, through the one hardened git runner (./run.ts): what
 * GitHub's pull request files list holds, without its 3,000-file cap and without paging patches.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type { ChangedFileFacts, FileStatus } from '../../model/record.js'
import { isolatedRun, runGitBytes, tempRoot } from './run.js'

/** git's status letters (`--raw`) as GitHub's pull request files list names them. */
const RAW_STATUS: Record<string, FileStatus> = { A: 'added', D: 'removed', M: 'modified', R: 'renamed', C: 'copied', T: 'changed' }

/** The command gitChangedFiles runs (before its hardening), as recorded in the evidence's sources. */
export function changedFilesCommand(base: string, head: string): string {
  return `git diff --raw --numstat -z --find-renames ${base}...${head}`
}

/**
 * The files base...head changes, as GitHub lists a pull request's files (the same three-dot diff): path, former
 * path of a rename or copy, status, and added and deleted lines (a binary file: 0 and 0, `binary`). Every file,
 * with no cap at 3,000. Attributes are not read from the change (a `.gitattributes` cannot hide a file's lines),
 * and the work tree and index are not used. Throws with git's message when git fails.
 */
export async function gitChangedFiles(options: { cwd: string; base: string; head: string; timeoutMs?: number }): Promise<ChangedFileFacts[]> {
  const scratch = mkdtempSync(join(tempRoot(), 'cg-files-'))
  try {
    const run = await isolatedRun(options.cwd, scratch)
    const r = await runGitBytes(
      run.cwd,
      [
        `--work-tree=${scratch}`,
        'diff',
        '--raw',
        '--numstat',
        '-z',
        '--find-renames',
        '--no-ext-diff',
        '--no-textconv',
        `${options.base}...${options.head}`,
        '--'
      ],
      {
        env: run.env,
        background: true,
        maxBuffer: 256 * 1024 * 1024,
        ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {})
      }
    )
    if (!r.ok) throw new Error(`${changedFilesCommand(options.base, options.head)} failed: ${r.stderr.trim() || `exit ${r.code}`}`)
    return parseRawNumstat(r.stdout.toString('utf8'))
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}

/**
 * `git diff --raw --numstat -z` output: first one raw entry per file (`:modes shas STATUS\0path\0`, a rename or
 * copy `…R086\0old\0new\0`), then one numstat entry per file in the same order (`added\tdeleted\tpath\0`, a
 * rename `added\tdeleted\t\0old\0new\0`; a binary file `-\t-\t…`).
 */
export function parseRawNumstat(out: string): ChangedFileFacts[] {
  const tokens = out.split('\u0000')
  const files: ChangedFileFacts[] = []
  let i = 0
  while (i < tokens.length && tokens[i].startsWith(':')) {
    const letter = tokens[i].trim().split(/\s+/)[4]?.[0] ?? ''
    const paired = letter === 'R' || letter === 'C'
    const from = tokens[i + 1]
    const to = paired ? tokens[i + 2] : from
    files.push({ path: to, ...(paired ? { previous_path: from } : {}), status: RAW_STATUS[letter] ?? 'changed', additions: 0, deletions: 0 })
    i += paired ? 3 : 2
  }
  for (const f of files) {
    const m = /^(-|\d+)\t(-|\d+)\t/.exec(tokens[i] ?? '')
    if (!m) throw new Error(`git diff --numstat: unexpected output for ${f.path}`)
    if (m[1] === '-') f.binary = true
    else {
      f.additions = Number(m[1])
      f.deletions = Number(m[2])
    }
    i += tokens[i].length === m[0].length ? 3 : 1
  }
  return files
}
