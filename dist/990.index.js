export const id = 990;
export const ids = [990];
export const modules = {

/***/ 62990:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ patchCommands),
/* harmony export */   D5: () => (/* binding */ startAddedFilesEarly),
/* harmony export */   M8: () => (/* binding */ sortInGitOrder),
/* harmony export */   Vo: () => (/* binding */ pathsOnly),
/* harmony export */   Wt: () => (/* binding */ countCommits),
/* harmony export */   _k: () => (/* binding */ gitHistoryAddedFiles),
/* harmony export */   pD: () => (/* binding */ CheckoutObjectsError),
/* harmony export */   wI: () => (/* binding */ gitAddedFiles)
/* harmony export */ });
/* unused harmony exports WHOLE_CHECKOUT_REMEDY, MAX_HISTORY_COMMITS, parseAddedRaw */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _secrets_diff_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(91657);
/* harmony import */ var _secrets_table_view_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6723);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(91318);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(22300);
/**
 * The added lines of a change from a local checkout, through the one hardened git runner (./run.ts): for the
 * change as a whole, the files it adds read whole from their blobs (`git cat-file --batch`) and the lines it adds
 * to the others from `git diff base...head`; `git log -p base..head` for each of its commits.
 *
 * Every added byte is shown: `--text` (a NUL byte, `-diff` or `binary` never turn a file into "Binary files
 * differ"), no textconv, no external diff, and no attributes from the pull request: git runs in an empty
 * directory with the repository named and no index (run.ts, isolatedRun).
 */






/** A diff of a large change: up to 1 GiB of output. */
const MAX_DIFF_BYTES = 1024 * 1024 * 1024;
/** How each file's changes are shown, for the diff and the log alike. */
const PATCH_FLAGS = ['--no-color', '--unified=0', '--text', '--no-ext-diff', '--no-textconv', '--find-renames', '--src-prefix=a/', '--dst-prefix=b/'];
/** What git prints before each commit's SHA in the history log (`%x00` is a NUL byte). */
const COMMIT_MARKER = '%x00compliance-gate-commit ';
/**
 * How the history is read. Oldest commit first: a value several commits add is reported at the first one (the
 * one that leaked it). A merge commit shows what it adds beyond git's own merge of its parents
 * (`--remerge-diff`, git 2.36+), i.e. a conflict's resolution and any line the merge alone brings in; the lines
 * it takes from a parent were scanned in that parent's commits (or are the base branch's own). Merges left out,
 * a secret written into a conflict's resolution and removed by a later commit went unseen.
 */
const HISTORY_FLAGS = ['--reverse', '--diff-merges=remerge'];
/** The remedy when git could not show the history or the added files: every object of the change must be in the checkout. */
const WHOLE_CHECKOUT_REMEDY = 'Check out the repository whole (actions/checkout with fetch-depth: 0 and no filter: git here never fetches objects a partial clone lacks) and re-run.';
/**
 * `git diff` of the change as a whole, the files it adds left out (they are read from their blobs), and `git log
 * -p` of its commits: the arguments, before the hardening.
 */
function diffArgs(base, head) {
    return ['diff', `${base}...${head}`, ...PATCH_FLAGS, '--diff-filter=a'];
}
/** Each blob asked on stdin, printed as stored (no filters, no textconv): `<oid> blob <size>\n<bytes>\n`. */
const BLOB_BATCH_ARGS = ['cat-file', '--batch'];
function logArgs(base, head) {
    return ['log', ...HISTORY_FLAGS, `--format=${COMMIT_MARKER}%H`, '-p', `${base}..${head}`, ...PATCH_FLAGS];
}
/** The commands gitAddedFiles and gitHistoryAddedFiles run (before their hardening), as recorded in the evidence's sources. */
function patchCommands(base, head) {
    const shown = (args) => ['git', ...args.map(a => (/\s/.test(a) ? JSON.stringify(a) : a))].join(' ');
    return {
        // The files base...head adds, with their blobs' full names, are the `A` entries of the change's raw listing (the
        // files list's): the same three-dot diff and rename detection as the patch (a file paired with a deleted one is a
        // rename there, not an addition here), so the two cover every file.
        diff: `${shown(diffArgs(base, head))}; ${(0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .rawListingCommand */ .s1)(base, head)} (its A entries) | ${shown(BLOB_BATCH_ARGS)}`,
        log: shown(logArgs(base, head))
    };
}
/**
 * At most this many commits of a change are scanned one by one (history scan; streamed, so memory does not
 * grow with it); more are not scanned, and the control says the history is not verified.
 */
const MAX_HISTORY_COMMITS = 1000;
/**
 * How git runs for a patch listing: no attributes, index or work tree from the checkout (isolatedRun). The commands
 * of one scratch directory share its repository (made once, see isolatedRun).
 */
async function patchRun(options, command, scratch) {
    return {
        ...(await (0,_run_js__WEBPACK_IMPORTED_MODULE_5__/* .isolatedRun */ .Rn)(options.cwd, scratch)),
        args: [`--work-tree=${scratch}`, ...command, '--'],
        maxBuffer: MAX_DIFF_BYTES,
        ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {})
    };
}
/**
 * Added lines of base...head from a local checkout, read as git prints them: each block of whole files is
 * parsed and filtered at once (onFile gets every kept file then, so the caller can scan while git still
 * writes), and git's output is never held whole. Without keepTexts (the caller scanned each file in onFile and
 * needs no text after), the files come back with their paths only, so memory does not grow with the diff;
 * keepTexts may be asked file by file (the caller learns while git runs whether it needs the texts).
 * Throws with git's message when git fails.
 */
async function gitAddedFiles(options, onFile, { keepTexts = true } = {}) {
    const keep = typeof keepTexts === 'function' ? keepTexts : () => keepTexts;
    const result = { files: [], skipped: [], not_verified: [] };
    // onFile's own failure (the caller's scanner) stops git, and is rethrown as itself: it is not git's
    let callbackError;
    const take = (r) => {
        for (const f of r.files) {
            result.files.push(keep() ? f : pathsOnly(f));
            try {
                onFile?.(f);
            }
            catch (e) {
                callbackError ??= e instanceof Error ? e : new Error(String(e));
                throw e;
            }
        }
        result.skipped.push(...r.skipped);
        result.not_verified.push(...r.not_verified);
    };
    const rethrowCallbackError = () => {
        if (callbackError !== undefined)
            throw callbackError;
    };
    // A table changed in place waits for its head blob (see parseAddedRaw): its added rows are read under the header or
    // the definitions above them (the patch holds no added file: those are read from their blobs).
    const waiting = [];
    const contexts = new Map();
    const splitter = new _secrets_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .DiffBlockSplitter */ .wR(block => {
        const now = [];
        for (const f of (0,_secrets_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDiffBytes */ ._5)(block))
            ((0,_secrets_table_view_js__WEBPACK_IMPORTED_MODULE_3__/* .needsContext */ .jj)(f.path) ? waiting : now).push(f);
        take((0,_secrets_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .applyFilters */ .W5)(now, options));
    });
    const started = (0,_run_js__WEBPACK_IMPORTED_MODULE_5__/* .takeEarly */ .hy)((0,_run_js__WEBPACK_IMPORTED_MODULE_5__/* .earlyKey */ .dn)('diff', options)) ?? startPatchOutput(options);
    const patch = await started;
    const { output, scratch, added } = patch;
    try {
        const r = await output.read(chunk => splitter.push(chunk));
        rethrowCallbackError();
        if (!r.ok)
            throw new Error(`git diff ${options.base}...${options.head} failed: ${r.stderr.trim() || `exit ${r.code}`}`);
        splitter.end();
        const blobs = await added;
        if ('failed' in blobs)
            throw new CheckoutObjectsError(blobs.failed);
        for (const m of blobs.submodules)
            take((0,_secrets_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .applyFilters */ .W5)([(0,_secrets_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .wholeFile */ .AA)(m.path, `Subproject commit ${m.oid}\n`)], options));
        if (blobs.output) {
            const reader = new _secrets_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .BlobBatchReader */ .HV(blobs.paths, (path, bytes) => {
                // A head blob above max-file-size is not read as a table (its added rows are judged line by line only).
                if (blobs.contextPaths.has(path)) {
                    if (bytes.length <= (options.maxFileSize ?? _secrets_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_MAX_FILE_SIZE */ .Sj))
                        contexts.set(path, bytes.toString('utf8'));
                }
                else
                    take((0,_secrets_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .applyFilters */ .W5)([(0,_secrets_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .addedBlobFile */ .Os)(path, bytes)], options));
            });
            const b = await blobs.output.read(chunk => reader.push(chunk));
            rethrowCallbackError();
            if (!b.ok) {
                const why = `git cat-file --batch failed: ${b.stderr.trim() || `exit ${b.code}`}`;
                throw LIMIT_FAILURE.test(why) ? new Error(why) : new CheckoutObjectsError(why);
            }
            reader.end();
        }
        for (const f of waiting) {
            const context = contexts.get(f.path);
            if (context !== undefined)
                f.context = context;
        }
        take((0,_secrets_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .applyFilters */ .W5)(waiting, options));
    }
    finally {
        await patch.dropAdded();
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(scratch, { recursive: true, force: true });
    }
    // In git's order, as one diff would have listed them (the added files came after the others).
    sortInGitOrder(result.files);
    sortInGitOrder(result.skipped);
    sortInGitOrder(result.not_verified);
    return result;
}
/** git could not read objects of the change (a missing blob, a listing that failed): the checkout must hold them all. */
class CheckoutObjectsError extends Error {
    remedy = WHOLE_CHECKOUT_REMEDY;
}
/** A git output stopped at its byte cap or its timeout (GitOutput): not a missing object. */
const LIMIT_FAILURE = /timed out|printed more than/;
/**
 * Sorts (stably) by path in git's order: the bytes of the path, as git orders a diff's files (a rename at its new
 * path). The findings of files scanned out of that order are put back in it the same way.
 */
function sortInGitOrder(list) {
    const keys = new Map();
    const key = (p) => keys.get(p) ?? keys.set(p, Buffer.from(p, 'utf8')).get(p);
    return list.sort((a, b) => Buffer.compare(key(a.path), key(b.path)));
}
/**
 * The added files of `git diff --raw -z --no-abbrev`: `:<mode> <mode> <oid> <oid> <status>\0<path>\0` each (a rename
 * or copy `…R086\0<old>\0<new>\0`), the added ones `:000000 <mode> <null oid> <oid> A`. A submodule (mode 160000)
 * adds a commit, not a blob: marked, as there is no blob to read (the patch shows its commit's name).
 */
function parseAddedRaw(out) {
    const tokens = out.toString('utf8').split('\u0000');
    const files = [];
    for (let i = 0; i + 1 < tokens.length;) {
        const m = /^:\d{6} (\d{6}) [0-9a-f]{40,64} ([0-9a-f]{40,64}) ([ACDMRTUX])(\d{0,3})$/.exec(tokens[i]);
        if (!m)
            throw new Error(`git diff --raw: unexpected output ${JSON.stringify(tokens[i].slice(0, 200))}`);
        const paired = m[3] === 'R' || m[3] === 'C';
        if (m[3] === 'A')
            files.push({ path: tokens[i + 1], oid: m[2], ...(m[1] === '160000' ? { submodule: true } : {}) });
        else if ((m[3] === 'M' || paired) && m[1] !== '160000') {
            // A table changed in place: its head blob is read too, for the header or definitions above the added rows.
            const path = tokens[i + (paired ? 2 : 1)];
            if ((0,_secrets_table_view_js__WEBPACK_IMPORTED_MODULE_3__/* .needsContext */ .jj)(path))
                files.push({ path, oid: m[2], context: true });
        }
        i += paired ? 3 : 2;
    }
    return files;
}
async function startPatchOutput(options) {
    const scratch = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,_run_js__WEBPACK_IMPORTED_MODULE_5__/* .tempRoot */ .fQ)(), 'cg-diff-'));
    try {
        const { cwd, args, ...opts } = await patchRun(options, diffArgs(options.base, options.head), scratch);
        const output = (0,_run_js__WEBPACK_IMPORTED_MODULE_5__/* .startGitOutput */ .mi)(cwd, args, opts);
        const abort = new AbortController();
        const added = startAddedBlobs(options, scratch, abort.signal);
        added.catch(() => undefined);
        const dropAdded = async () => {
            abort.abort();
            const blobs = await added.catch(() => null);
            if (blobs && 'output' in blobs)
                await blobs.output?.discard();
        };
        return { output, scratch, added, dropAdded };
    }
    catch (e) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(scratch, { recursive: true, force: true });
        throw e;
    }
}
async function startAddedBlobs(options, scratch, signal) {
    const listing = await (0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .rawListing */ .P)(options, signal);
    const command = (0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .rawListingCommand */ .s1)(options.base, options.head);
    if (!listing.ok)
        return { failed: `${command} failed: ${listing.stderr.trim() || `exit ${listing.code}`}` };
    let listed;
    try {
        listed = parseAddedRaw(listing.stdout);
    }
    catch (e) {
        return { failed: `${command}: ${e instanceof Error ? e.message : String(e)}` };
    }
    const submodules = listed.filter(f => f.submodule);
    const files = listed.filter(f => !f.submodule);
    const contextPaths = new Set(files.filter(f => f.context).map(f => f.path));
    if (files.length === 0 || signal.aborted)
        return { paths: [], contextPaths, output: null, submodules };
    const { cwd, args, ...opts } = await patchRun(options, BLOB_BATCH_ARGS, scratch);
    const batch = args.slice(0, -1); // cat-file takes no `--`
    return {
        paths: files.map(f => f.path),
        contextPaths,
        output: (0,_run_js__WEBPACK_IMPORTED_MODULE_5__/* .startGitOutput */ .mi)(cwd, batch, { ...opts, input: files.map(f => `${f.oid}\n`).join('') }),
        submodules
    };
}
/** The diff gitAddedFiles reads and the count countCommits gives, started now for those calls to take (see ./early.ts). */
function startAddedFilesEarly(options) {
    const abort = new AbortController();
    const counting = startCount(options, abort.signal);
    (0,_run_js__WEBPACK_IMPORTED_MODULE_5__/* .keepEarly */ .b2)((0,_run_js__WEBPACK_IMPORTED_MODULE_5__/* .earlyKey */ .dn)('count', options), counting, async (c) => {
        abort.abort();
        await c;
    });
    const patch = startPatchOutput(options);
    patch.catch(() => undefined);
    (0,_run_js__WEBPACK_IMPORTED_MODULE_5__/* .keepEarly */ .b2)((0,_run_js__WEBPACK_IMPORTED_MODULE_5__/* .earlyKey */ .dn)('diff', options), patch, async (p) => {
        const started = await p.catch(() => null);
        if (!started)
            return;
        await Promise.all([started.output.discard(), started.dropAdded()]);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(started.scratch, { recursive: true, force: true });
    });
}
/** A file of a diff with its path(s) only: the texts of a scanned file no longer needed. */
function pathsOnly(f) {
    return { path: f.path, ...(f.previous_path ? { previous_path: f.previous_path } : {}), text: '', lineNumbers: [] };
}
/** How many commits (merges included) base..head holds, or why git could not say. */
function countCommits(options) {
    return (0,_run_js__WEBPACK_IMPORTED_MODULE_5__/* .takeEarly */ .hy)((0,_run_js__WEBPACK_IMPORTED_MODULE_5__/* .earlyKey */ .dn)('count', options)) ?? startCount(options);
}
async function startCount(options, signal) {
    const range = `${options.base}..${options.head}`;
    const count = await (0,_run_js__WEBPACK_IMPORTED_MODULE_5__/* .runGit */ .EO)(options.cwd, ['rev-list', '--count', range], signal ? { signal } : {});
    return count.ok ? Number(count.stdout.trim()) : { failed: `git rev-list ${range} failed: ${count.stderr.trim()}` };
}
/**
 * The lines each commit of base..head adds (a merge: what it adds beyond its parents, see HISTORY_FLAGS): a
 * secret one commit adds and a later one removes is not in base...head but stays in the history. `skipped` (the
 * reason, with its remedy) when there are too many
 * commits to scan one by one or git fails; `not_scanned` names what a commit added that could not be scanned.
 * The log is read as git prints it, a block of whole files at a time. onFile gets each commit's kept files
 * then (so the caller can scan while git still writes), and the commits listed hold no files: none is kept.
 * onFile's own failure stops git and is thrown as itself.
 */
async function gitHistoryAddedFiles(options, onFile) {
    const range = `${options.base}..${options.head}`;
    const n = options.commitCount ?? (await countCommits(options));
    if (typeof n !== 'number')
        return { skipped: n.failed, remedy: WHOLE_CHECKOUT_REMEDY };
    if (n <= 1)
        return { commits: [], not_scanned: [], unscanned: [] }; // one commit: its lines are the net diff's
    const max = options.maxHistoryCommits ?? MAX_HISTORY_COMMITS;
    if (n > max)
        return {
            skipped: `${n} commits: more than ${max}, so commits were not scanned one by one (only the final diff)`,
            remedy: 'Squash or rebase the branch into fewer commits and re-run (its final diff was scanned).'
        };
    // git shows no remerge diff for a merge of more than two parents: what such a merge adds would go unseen.
    const octopus = await (0,_run_js__WEBPACK_IMPORTED_MODULE_5__/* .runGit */ .EO)(options.cwd, ['rev-list', '--min-parents=3', range]);
    if (!octopus.ok)
        return { skipped: `git rev-list --min-parents=3 ${range} failed: ${octopus.stderr.trim()}`, remedy: WHOLE_CHECKOUT_REMEDY };
    const octopusMerges = octopus.stdout.split('\n').filter(l => l !== '');
    if (octopusMerges.length > 0)
        return {
            skipped: `merge commit ${octopusMerges[0].slice(0, 7)} has more than two parents, and git shows no diff of what such a merge adds (only the final diff was scanned)`,
            remedy: 'Merge one branch at a time (two-parent merges), or squash or rebase the branch, and re-run.'
        };
    const commits = [];
    const notScanned = [];
    const unscanned = [];
    let callbackError;
    // A marker starts each commit at the start of a line, where no patch line can hold it (every patch line
    // starts with +, -, space, @ or a header word), so NULs inside UTF-16 content do not split a commit.
    const splitter = new _secrets_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .LogBlockSplitter */ .rN(Buffer.from(`\u0000${COMMIT_MARKER.slice(4)}`), commit => commits.push({ commit, files: [] }), (commit, bytes) => {
        const filtered = (0,_secrets_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .applyFilters */ .W5)((0,_secrets_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDiffBytes */ ._5)(bytes), options);
        for (const f of filtered.files) {
            if (!onFile) {
                commits[commits.length - 1].files.push(f);
                continue;
            }
            try {
                onFile(commit, f);
            }
            catch (e) {
                callbackError ??= e instanceof Error ? e : new Error(String(e));
                throw e;
            }
        }
        for (const nv of filtered.not_verified) {
            notScanned.push(`${nv.path} in commit ${commit.slice(0, 7)} (${nv.reason})`);
            unscanned.push({ path: nv.path, commit, reason: nv.reason });
        }
    });
    const scratch = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,_run_js__WEBPACK_IMPORTED_MODULE_5__/* .tempRoot */ .fQ)(), 'cg-diff-'));
    try {
        const { cwd, args, ...opts } = await patchRun(options, logArgs(options.base, options.head), scratch);
        const r = await (0,_run_js__WEBPACK_IMPORTED_MODULE_5__/* .streamGit */ .t1)(cwd, args, chunk => splitter.push(chunk), opts);
        if (callbackError !== undefined)
            throw callbackError;
        if (!r.ok)
            return { skipped: `git log -p ${range} failed: ${r.stderr.trim() || `exit ${r.code}`}`, remedy: WHOLE_CHECKOUT_REMEDY };
        splitter.end();
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(scratch, { recursive: true, force: true });
    }
    // Every commit counted must have been read: a log whose commit markers were not found (re-encoded output,
    // say) would otherwise pass as a history without secrets.
    if (commits.length !== n)
        return { skipped: `git log -p ${range} showed ${commits.length} of its ${n} commits`, remedy: WHOLE_CHECKOUT_REMEDY };
    return { commits, not_scanned: notScanned, unscanned };
}


/***/ }),

/***/ 91657:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  HV: () => (/* binding */ BlobBatchReader),
  Sj: () => (/* binding */ DEFAULT_MAX_FILE_SIZE),
  wR: () => (/* binding */ DiffBlockSplitter),
  rN: () => (/* binding */ LogBlockSplitter),
  Os: () => (/* binding */ addedBlobFile),
  W5: () => (/* binding */ applyFilters),
  yC: () => (/* binding */ filesFromApi),
  _5: () => (/* binding */ parseDiffBytes),
  AA: () => (/* binding */ wholeFile)
});

// UNUSED EXPORTS: ARCHIVE_REMEDY, BLOCK_BYTES, CHECKOUT_REMEDY, LOCKFILES, OVERSIZE_REMEDY, UnifiedDiffParser, WIDE_TEXT_REMEDY, addedLines, archiveKind, attachRawBytes, excludedBy, foldWideText, isLockfile, keyContainerView, parsePatch, parseUnifiedDiff, unhiddenView, unquoteGitPath, wideView

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 8 modules
var esm = __webpack_require__(91138);
;// CONCATENATED MODULE: ./src/secrets/encoding.ts
/**
 * Text stored as UTF-16 or UTF-32, read from the bytes of a diff's added lines (issue 19: nothing added
 * goes unscanned in silence). git splits lines at every 0x0A byte, so the added bytes of a run of
 * consecutive lines are the file's bytes; each run is decoded on its own (a hunk may start at either byte
 * of a code unit).
 *
 * Which encoding: a byte-order mark at the start of the file decides (FF FE 00 00 / 00 00 FE FF: UTF-32,
 * FF FE / FE FF: UTF-16), whatever the content. Without one, UTF-16 is told by where the NUL bytes sit
 * among the ASCII characters: text in UTF-16LE has a NUL after each ASCII byte at one parity and hardly
 * ever at the other, so mostly-CJK text with a few ASCII lines (a token) is recognised; binary data has
 * NULs at both parities and is not. The NUL ratio of the whole file plays no part.
 */
const LAYOUT = {
    'utf-16le': { unit: 2, le: true },
    'utf-16be': { unit: 2, le: false },
    'utf-32le': { unit: 4, le: true },
    'utf-32be': { unit: 4, le: false }
};
/** The encoding a byte-order mark at the start of bytes names, and the mark's length. */
function byteOrderMark(b) {
    if (b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0 && b.length >= 4)
        return { encoding: 'utf-32le', length: 4 };
    if (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff)
        return { encoding: 'utf-32be', length: 4 };
    if (b[0] === 0xff && b[1] === 0xfe)
        return { encoding: 'utf-16le', length: 2 };
    if (b[0] === 0xfe && b[1] === 0xff)
        return { encoding: 'utf-16be', length: 2 };
    return undefined;
}
function unitAt(b, i, l) {
    if (l.unit === 2)
        return l.le ? b[i] | (b[i + 1] << 8) : (b[i] << 8) | b[i + 1];
    return l.le ? (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0 : ((b[i] << 24) | (b[i + 1] << 16) | (b[i + 2] << 8) | b[i + 3]) >>> 0;
}
/**
 * Code units of b (from offset, in steps of the unit): how many are an ASCII character other than NUL, and
 * how many are plausible text (ASCII, Latin, Greek, Cyrillic, Hebrew, Arabic, Indic, CJK, kana, Hangul,
 * full-width forms; a swapped byte order reads CJK as private-use or unassigned code points instead).
 */
function score(b, l, offset) {
    let ascii = 0;
    let text = 0;
    for (let i = offset; i + l.unit <= b.length; i += l.unit) {
        const v = unitAt(b, i, l);
        if (v > 0 && v < 0x80) {
            ascii++;
            text++;
        }
        else if ((v >= 0xa0 && v < 0x0e00) ||
            (v >= 0x2000 && v < 0x2e80) ||
            (v >= 0x2e80 && v < 0xa000) ||
            (v >= 0xac00 && v < 0xd7b0) ||
            (v >= 0xff00 && v < 0xfff0)) {
            text++;
        }
    }
    return { ascii, text };
}
/** Without a byte-order mark: the UTF-16 layout and offset the NUL pattern shows, if any. */
function sniffUtf16(b) {
    let best;
    for (const offset of [0, 1]) {
        for (const encoding of ['utf-16le', 'utf-16be']) {
            const l = LAYOUT[encoding];
            const here = score(b, l, offset);
            // An ASCII character in UTF-16 is one byte and a NUL; at the other parity the same bytes read as
            // U+xx00 (not ASCII). Binary data shows the pair at both parities alike.
            if (here.ascii < 4 || here.ascii < 4 * score(b, l, 1 - offset).ascii)
                continue;
            // Ties go to offset 0 and little-endian (the order tried).
            if (best === undefined || here.text > best.text)
                best = { encoding, offset, text: here.text };
        }
    }
    return best && { encoding: best.encoding, offset: best.offset };
}
/** For a run of known layout without a mark at its start: the offset (0 … unit-1) that reads the most text. */
function bestOffset(b, l, preferred) {
    let off = preferred;
    let most = score(b, l, preferred).text;
    for (let o = 0; o < l.unit; o++) {
        const n = score(b, l, o).text;
        if (n > most) {
            most = n;
            off = o;
        }
    }
    return off;
}
/**
 * Decode the added bytes of a file (lines joined with 0x0A, git's line numbers in lineNumbers) when they
 * are UTF-16 or UTF-32; undefined when they are not. Each decoded line is numbered with the git line it
 * starts on. Undecodable (the bytes do not split into lineNumbers.length lines) throws.
 */
function decodeWide(bytes, lineNumbers) {
    // git lines: [start, end) of each, end at its 0x0A (or the end).
    const starts = [0];
    for (let i = bytes.indexOf(0x0a); i >= 0; i = bytes.indexOf(0x0a, i + 1))
        starts.push(i + 1);
    if (starts.length !== lineNumbers.length)
        throw new Error(`the added bytes hold ${starts.length} lines, the diff ${lineNumbers.length}`);
    const bom = lineNumbers[0] === 1 ? byteOrderMark(bytes) : undefined;
    // Runs of consecutive lines: [first line index, last line index + 1).
    const runs = [];
    for (let k = 0; k < lineNumbers.length; k++) {
        const last = runs[runs.length - 1];
        if (last && lineNumbers[k] === lineNumbers[k - 1] + 1)
            last[1] = k + 1;
        else
            runs.push([k, k + 1]);
    }
    let fileEncoding = bom?.encoding;
    const out = [];
    const nums = [];
    let wide = false;
    for (const [first, end] of runs) {
        const from = starts[first];
        const to = end < starts.length ? starts[end] - 1 : bytes.length;
        const run = bytes.subarray(from, to);
        let encoding = fileEncoding;
        let offset = 0;
        if (first === 0 && bom)
            offset = bom.length;
        else if (encoding !== undefined) {
            const l = LAYOUT[encoding];
            // After a 0x0A the rest of a little-endian newline unit comes first.
            offset = bestOffset(run, l, l.le ? 1 : 0);
        }
        else {
            const s = sniffUtf16(run);
            if (s) {
                encoding = s.encoding;
                offset = s.offset;
            }
        }
        // A run that does not read as wide text: its lines are in the file's own view already.
        if (encoding === undefined)
            continue;
        fileEncoding ??= encoding;
        wide = true;
        decodeRun(run, LAYOUT[encoding], offset, i => {
            // The git line holding byte i of the run.
            let lo = first;
            let hi = end - 1;
            while (lo < hi) {
                const mid = (lo + hi + 1) >> 1;
                if (starts[mid] - from <= i)
                    lo = mid;
                else
                    hi = mid - 1;
            }
            return lineNumbers[lo];
        }, out, nums);
    }
    if (!wide)
        return undefined;
    return { encoding: fileEncoding, text: out.join('\n'), lineNumbers: nums };
}
/** Decode one run, pushing each decoded line and the git line number of its first byte. */
function decodeRun(run, l, offset, lineOf, out, nums) {
    let line = [];
    let lineStart = offset;
    const flush = () => {
        if (line.length > 0 && line[line.length - 1] === '\r')
            line.pop();
        out.push(line.join(''));
        nums.push(lineOf(Math.min(lineStart, Math.max(0, run.length - 1))));
        line = [];
    };
    for (let i = offset; i + l.unit <= run.length; i += l.unit) {
        const v = unitAt(run, i, l);
        if (v === 0x0a) {
            flush();
            lineStart = i + l.unit;
            continue;
        }
        if (v === 0)
            continue;
        if (l.unit === 2)
            line.push(String.fromCharCode(v));
        else
            line.push(v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff) ? '\ufffd' : String.fromCodePoint(v));
    }
    flush();
}

// EXTERNAL MODULE: ./src/secrets/shown.ts
var secrets_shown = __webpack_require__(19024);
// EXTERNAL MODULE: ./src/secrets/own-string.ts
var own_string = __webpack_require__(70391);
// EXTERNAL MODULE: ./src/secrets/table-view.ts
var table_view = __webpack_require__(6723);
;// CONCATENATED MODULE: ./src/secrets/diff.ts
/**
 * Added lines of a change, head side: parsed from `git diff --text base...head` (run by
 * src/collect/git/diff.ts) or from the `patch` fields of GitHub's pull-request files API. Pure: no I/O.
 *
 * Nothing added goes unscanned in silence (issue 19): git runs with `--text`, no textconv, no external
 * diff and no attributes from the pull request's tree, so a NUL byte or a `.gitattributes` the PR adds
 * cannot hide a file. A file name never exempts content: lockfiles are scanned whole, URLs included
 * (only their digests are kept from the generic rules, see lockfile.ts). Only a path the policy excludes is skipped on purpose;
 * content that is not scanned for any other reason (over max-file-size, a compressed archive, a patch
 * GitHub omitted) is "not verified" with the reason and the remedy.
 */







const DEFAULT_MAX_FILE_SIZE = 1024 * 1024;
/** Dependency lockfiles: scanned whole, their machine-written digests kept from the generic rules (lockfile.ts). */
const LOCKFILES = [
    'package-lock.json',
    'npm-shrinkwrap.json',
    'yarn.lock',
    'pnpm-lock.yaml',
    'bun.lock',
    'bun.lockb',
    'deno.lock',
    'Cargo.lock',
    'go.sum',
    'go.work.sum',
    'poetry.lock',
    'Pipfile.lock',
    'pdm.lock',
    'uv.lock',
    'Gemfile.lock',
    'composer.lock',
    'packages.lock.json',
    'paket.lock',
    'Podfile.lock',
    'Package.resolved',
    'Cartfile.resolved',
    'mix.lock',
    'pubspec.lock',
    'flake.lock',
    'gradle.lockfile',
    'conan.lock',
    '.terraform.lock.hcl'
];
/** The added lines of a parsed or filtered file as { line, text } pairs (tests, small callers). */
function addedLines(file) {
    if (file.lineNumbers.length === 0)
        return [];
    return file.text.split('\n').map((text, i) => ({ line: file.lineNumbers[i], text }));
}
/** Undo git's C-style quoting of a path ("a\\tb", "\\303\\251" octal UTF-8 bytes). */
function unquoteGitPath(p) {
    if (!(p.length >= 2 && p.startsWith('"') && p.endsWith('"')))
        return p;
    const body = p.slice(1, -1);
    const bytes = [];
    const simple = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };
    for (let i = 0; i < body.length; i++) {
        const ch = body[i];
        if (ch !== '\\') {
            for (const b of Buffer.from(ch, 'utf8'))
                bytes.push(b);
            continue;
        }
        const nx = body[i + 1];
        if (/[0-7]/.test(nx)) {
            bytes.push(parseInt(body.slice(i + 1, i + 4), 8));
            i += 3;
        }
        else {
            bytes.push(simple[nx] ?? nx.charCodeAt(0));
            i += 1;
        }
    }
    return Buffer.from(bytes).toString('utf8');
}
function stripPrefix(p, prefix) {
    const u = unquoteGitPath(p);
    return u.startsWith(prefix) ? u.slice(prefix.length) : u;
}
/** Header paths of `diff --git a/x b/y` when unambiguous (quoted, or both halves equal). */
function headerPaths(rest) {
    const q = /^("(?:[^"\\]|\\.)*"|\S+) ("(?:[^"\\]|\\.)*"|\S+)$/.exec(rest);
    if (q && (rest.includes('"') || !rest.slice(2).includes(' '))) {
        return { a: stripPrefix(q[1], 'a/'), b: stripPrefix(q[2], 'b/') };
    }
    // Unquoted with spaces: "a/<p> b/<p>" with the same path on both sides (no rename).
    const half = (rest.length - 1) / 2;
    if (Number.isInteger(half) && rest.slice(2, half) === rest.slice(half + 3)) {
        const p = rest.slice(2, half);
        return { a: p, b: p };
    }
    return {};
}
function finish(b) {
    if (!b)
        return;
    b.file.text = b.pieces.length === 1 ? b.pieces[0] : b.pieces.join('\n');
    b.pieces = [];
}
/**
 * Parse `git diff --unified=0` output (also works with context lines) into per-file added text.
 * Each run of consecutive `+` lines is cut out of the diff in one slice and its `\n+` separators folded
 * to `\n`; a file's text is the join of its runs. No per-line objects are built.
 */
function parseUnifiedDiff(text) {
    const parser = new UnifiedDiffParser();
    parser.push(text);
    return parser.end();
}
/**
 * parseUnifiedDiff over a diff given in pieces, each of whole lines: what it returns for the pieces joined.
 * A file larger than a piece is read across pieces (its hunk's counts carry over), so no piece (and no
 * string decoded from one) need be larger than the caller's cut: V8 places a string over 128 KiB in its
 * large-object space, fresh memory for each, which costs some 20 times what a smaller string costs.
 */
class UnifiedDiffParser {
    files = [];
    cur = null;
    /** The hunk being read (its counts left and the next head-side line number), or null between hunks. */
    hunk = null;
    /** A piece of the diff: whole lines (the last may lack its '\n' only at the end of the diff). */
    push(text) {
        const n = text.length;
        let pos = 0;
        while (pos < n) {
            if (this.hunk) {
                pos = this.readHunk(text, pos);
                if (this.hunk)
                    return; // the piece ended inside the hunk
                continue;
            }
            let eol = text.indexOf('\n', pos);
            if (eol < 0)
                eol = n;
            const c0 = text.charCodeAt(pos);
            // Header and hunk lines all start with one of: d r c - + B G @ (and others we ignore).
            if (c0 === 100 /* d */ && text.startsWith('diff --git ', pos)) {
                finish(this.cur);
                const hp = headerPaths(text.slice(pos + 'diff --git '.length, eol));
                const file = { path: hp.b ?? hp.a ?? '', binary: false, deleted: false, text: '', lineNumbers: [] };
                if (hp.a && hp.b && hp.a !== hp.b)
                    file.previous_path = hp.a;
                this.files.push(file);
                this.cur = { file, pieces: [] };
                pos = eol + 1;
                continue;
            }
            const cur = this.cur;
            if (!cur) {
                pos = eol + 1;
                continue;
            }
            const f = cur.file;
            if (c0 === 64 /* @ */ && text.startsWith('@@ ', pos)) {
                const h = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(text.slice(pos, Math.min(eol, pos + 200)));
                pos = eol + 1;
                if (h)
                    this.hunk = { oldLeft: h[1] === undefined ? 1 : Number(h[1]), newLeft: h[3] === undefined ? 1 : Number(h[3]), lineNo: Number(h[2]) };
                continue;
            }
            if (c0 === 114 /* r */ && text.startsWith('rename from ', pos))
                f.previous_path = unquoteGitPath(text.slice(pos + 12, eol));
            else if (c0 === 114 && text.startsWith('rename to ', pos))
                f.path = unquoteGitPath(text.slice(pos + 10, eol));
            else if (c0 === 99 /* c */ && text.startsWith('copy to ', pos))
                f.path = unquoteGitPath(text.slice(pos + 8, eol));
            else if (c0 === 100 && text.startsWith('deleted file mode', pos))
                f.deleted = true;
            else if (c0 === 43 && text.startsWith('+++ ', pos)) {
                const p = text.slice(pos + 4, eol).replace(/\t$/, '');
                if (p === '/dev/null')
                    f.deleted = true;
                else
                    f.path = stripPrefix(p, 'b/');
            }
            else if (c0 === 66 /* B */ && text.startsWith('Binary files ', pos)) {
                const l = text.slice(pos, eol);
                if (l.endsWith(' differ')) {
                    f.binary = true;
                    const m = / and (.+) differ$/.exec(l);
                    if (m && m[1] !== '/dev/null' && !f.path)
                        f.path = stripPrefix(m[1], 'b/');
                    if (m && m[1] === '/dev/null')
                        f.deleted = true;
                }
            }
            else if (c0 === 71 /* G */ && text.startsWith('GIT binary patch', pos)) {
                f.binary = true;
            }
            pos = eol + 1;
        }
    }
    /**
     * The hunk's lines from pos, until its counts are used up (then this.hunk is null) or the piece ends.
     * Counts, not prefixes, end a hunk: an added line may itself start with "+++ " or "diff --git".
     */
    readHunk(text, from) {
        const hunk = this.hunk;
        const cur = this.cur;
        // A patch's files are built here with an array of line numbers (see the Builder's file).
        const nums = cur.file.lineNumbers;
        const n = text.length;
        let pos = from;
        let { oldLeft, newLeft, lineNo } = hunk;
        let ended = false;
        while (pos < n) {
            const c = text.charCodeAt(pos);
            if (!(oldLeft > 0 || newLeft > 0 || c === 92)) {
                ended = true;
                break;
            }
            if (c === 43 /* + */) {
                // A run of added lines: [runStart, runEnd) with runEnd at the '\n' (or end) of its last line.
                const runStart = pos;
                let runEnd = pos;
                let cr = false;
                let runLines = 0;
                while (pos < n && text.charCodeAt(pos) === 43 && (oldLeft > 0 || newLeft > 0)) {
                    runLines++;
                    let e = text.indexOf('\n', pos);
                    if (e < 0)
                        e = n;
                    if (text.charCodeAt(e - 1) === 13)
                        cr = true;
                    nums.push(lineNo);
                    lineNo++;
                    newLeft--;
                    runEnd = e;
                    pos = e + 1;
                }
                // split/join yields a flat string (replaceAll builds a rope that is slow to read char by char).
                let piece = text
                    .slice(runStart + 1, runEnd)
                    .split('\n+')
                    .join('\n');
                if (cr) {
                    piece = piece.split('\r\n').join('\n');
                    if (piece.charCodeAt(piece.length - 1) === 13)
                        piece = piece.slice(0, -1);
                }
                // One line is the slice itself (split found nothing to fold): copied, so it does not keep the diff alive.
                cur.pieces.push(runLines === 1 && !cr ? (0,own_string/* ownString */.A)(piece) : piece);
                continue;
            }
            let e = text.indexOf('\n', pos);
            if (e < 0)
                e = n;
            if (c === 45 /* - */) {
                oldLeft--;
            }
            else if (c === 32 /* space */) {
                lineNo++;
                newLeft--;
                oldLeft--;
            }
            else if (c === 92 /* \ */) {
                // "\ No newline at end of file"
            }
            else {
                // malformed hunk (or the empty tail of the text): stop counting, read this line as a header
                ended = true;
                break;
            }
            pos = e + 1;
        }
        if (ended)
            this.hunk = null;
        else
            Object.assign(hunk, { oldLeft, newLeft, lineNo });
        return pos;
    }
    /** The files read (the diff has ended). */
    end() {
        finish(this.cur);
        this.cur = null;
        this.hunk = null;
        // Paths are slices of the diff: copied, so a path kept (a finding's, a not-verified file's) does not keep
        // the whole diff text it was cut from alive (a streamed diff's or log's every block).
        const out = this.files.filter(f => f.path !== '');
        for (const f of out) {
            f.path = (0,own_string/* ownString */.A)(f.path);
            if (f.previous_path !== undefined)
                f.previous_path = (0,own_string/* ownString */.A)(f.previous_path);
        }
        return out;
    }
}
/** Added lines of one GitHub API `patch` field (hunks only, no file header). */
function parsePatch(patch) {
    const f = parsePatchFile(patch);
    return f ? addedLines(f) : [];
}
function parsePatchFile(patch) {
    return parseUnifiedDiff(`diff --git a/x b/x\n--- a/x\n+++ b/x\n${patch}`)[0];
}
/** The remedy of a file whose added text is over max-file-size. */
const OVERSIZE_REMEDY = 'Raise `max-file-size` for secrets.no-new-secrets in the policy on the base branch, or list the path in its `exclude-paths` when it holds no credentials (generated data).';
/** The remedy of a compressed archive added to the repository. */
const ARCHIVE_REMEDY = 'Keep archives (and credentials in Git LFS) out of the repository (publish them as release assets or packages), or list the path in `exclude-paths` of the policy on the base branch once its content is known to hold no credentials.';
/**
 * Compressed archives, told by their magic bytes at the start of a new file's first added line (as git
 * prints it with --text, decoded as UTF-8: bytes above 0x7f that are not UTF-8 read as U+FFFD). Their
 * content is compressed, so no rule can read it.
 */
const ARCHIVE_MAGIC = [
    ['zip archive (zip, jar, docx, apk …)', /^PK\u0003\u0004/],
    ['gzip archive', /^\u001f(?:\ufffd|\u008b)\u0008/],
    ['7z archive', /^7z(?:\ufffd|\u00bc)(?:\ufffd|\u00af)'\u001c/],
    ['xz archive', /^(?:\ufffd|\u00fd)7zXZ\u0000/],
    ['bzip2 archive', /^BZh[1-9]1AY&SY/],
    ['rar archive', /^Rar!\u001a\u0007/],
    ['zstd archive', /^\(\ufffd\/\ufffd/],
    // A bare zlib stream (RFC 1950: CMF 0x78, then FLG 0x01, 0x9C or 0xDA, which UTF-8 reads as U+FFFD).
    ['zlib stream', /^x(?:\u0001|\ufffd|\u009c|\u00da)/]
];
/** A PDF whose content streams are compressed (FlateDecode, LZW …): its text is not in its bytes. */
const PDF_COMPRESSED = /\/Filter\s*\[?\s*\/(?:FlateDecode|LZWDecode|Fl|LZW)\b/;
/** The kind of archive the file's first added line starts like, when it is line 1 of the file. */
function archiveKind(file) {
    if (file.lineNumbers.length === 0 || file.lineNumbers[0] !== 1)
        return undefined;
    const head = file.text.slice(0, 16);
    for (const [kind, re] of ARCHIVE_MAGIC)
        if (re.test(head))
            return kind;
    if (head.startsWith('%PDF-') && PDF_COMPRESSED.test(file.text))
        return 'PDF with compressed streams';
    if (LFS_POINTER.test(file.text.slice(0, 200)))
        return LFS_KIND;
    return undefined;
}
const LFS_KIND = 'Git LFS pointer';
/** A Git LFS pointer file (git-lfs spec v1): the committed text only names the object by its hash. */
const LFS_POINTER = /^version https:\/\/git-lfs\.github\.com\/spec\/v1\r?\noid sha256:[0-9a-f]{64}\r?\nsize \d+/;
/**
 * Text stored as UTF-16 or UTF-32 whose bytes are not at hand (a GitHub `patch`) reads, byte by byte, as
 * ASCII with NULs between the characters: when at least 3 ASCII characters are followed by a NUL, the
 * text without its NULs (and without a leading byte-order mark), so `A\0K\0I\0A\0…` is scanned as
 * `AKIA…`. Line numbers stay right because '\n' is kept.
 */
function foldWideText(text) {
    let at = text.indexOf('\u0000');
    if (at < 0)
        return text;
    let pairs = 0;
    while (at >= 0 && pairs < 3) {
        const c = text.charCodeAt(at - 1);
        if (c > 0 && c < 0x80)
            pairs++;
        at = text.indexOf('\u0000', at + 1);
    }
    if (pairs < 3)
        return text;
    let out = text.split('\u0000').join('');
    if (out.charCodeAt(0) === 0xfeff || out.charCodeAt(0) === 0xfffd)
        out = out.replace(/^(?:\ufeff|\ufffd{1,2})/, '');
    return out;
}
/** The remedy of wide text whose bytes could not be read. */
const WIDE_TEXT_REMEDY = 'Check out the repository with actions/checkout (fetch-depth: 0) so the gate reads the bytes of UTF-16/UTF-32 files from git, or save the file as UTF-8.';
/** A GitHub `patch` (or a diff) whose text shows UTF-16/UTF-32 (a byte-order mark read as UTF-8, NULs between characters) with characters lost. */
function looksWide(f) {
    if (!f.text.includes('\ufffd'))
        return false;
    if (f.lineNumbers[0] === 1 && f.text.startsWith('\ufffd\ufffd'))
        return true;
    return foldWideText(f.text) !== f.text;
}
/**
 * The second view of a file's added text that is scanned along with it: the text decoded from UTF-16 or
 * UTF-32 (by the bytes when a local diff kept them), or the text without NULs; undefined when there is
 * none; a string (the reason) when the text is wide but cannot be decoded.
 */
function wideView(f) {
    if (f.raw !== undefined) {
        try {
            const d = decodeWide(f.raw, f.lineNumbers);
            if (d)
                return { text: d.text, lineNumbers: d.lineNumbers };
        }
        catch (e) {
            return `text in UTF-16/UTF-32 that could not be decoded (${e instanceof Error ? e.message : String(e)}): not scanned`;
        }
    }
    else if (looksWide(f)) {
        return 'text in UTF-16/UTF-32 (a byte-order mark or NULs between characters) whose bytes are not available, only their UTF-8 reading with characters lost: not scanned';
    }
    const folded = foldWideText(f.text);
    return folded === f.text ? undefined : { text: folded, lineNumbers: f.lineNumbers };
}
/** Key containers are small: a bigger file starting like one is not read as one. */
const KEY_CONTAINER_MAX_BYTES = 256 * 1024;
/**
 * The first bytes of binary files that may hold a private key: DER (a SEQUENCE with a long-form length: PKCS#8,
 * PKCS#1 and SEC1 keys, PKCS#12 .p12/.pfx), Java keystores (JKS FEEDFEED, JCEKS CECECECE) and a Tor onion
 * service's `hs_ed25519_secret_key`.
 */
const KEY_CONTAINER_MAGIC = /^(?:\x30[\x81-\x83]|\x30\x80\x02\x01\x03|\x30[\x20-\x7f]\x02\x01[\x00\x01]|\xfe\xed\xfe\xed|\xce\xce\xce\xce|== ed25519v1-secret: )/;
/**
 * A binary file that starts like a key container (`.p12`, `.jks`, a DER `.key`), read as the base64 of its bytes:
 * one line, numbered 1, that the rules for base64 keys judge (a DER private key, a PKCS#12 with a key bag, a
 * keystore with a private-key entry, an onion service key). A certificate, a public key or a truststore reads
 * otherwise and is no finding. Only a whole file's bytes (from a checkout or a local diff) are read.
 */
function keyContainerView(f) {
    // The stored bytes when a checkout gave them; else the added bytes of a local diff (CRs before a newline and a last
    // newline dropped: the key's prefix still reads, though its fingerprint is not the stored file's).
    const raw = f.bytes ?? f.raw;
    if (raw === undefined || raw.length < 32 || raw.length > KEY_CONTAINER_MAX_BYTES || f.lineNumbers[0] !== 1)
        return undefined;
    if (!KEY_CONTAINER_MAGIC.test(raw.toString('latin1', 0, 24)))
        return undefined;
    return { text: javaKeystoreFromKeyEntry(raw).toString('base64'), lineNumbers: [1] };
}
/**
 * A Java keystore (JKS FEEDFEED, JCEKS CECECECE) holding a key entry: its header, counting one entry, and the bytes from
 * its first key entry on, so that the key is what the rules read first whatever came before it (keytool writes entries
 * in alias order: Kafka's CARoot before localhost, a JDK cacerts with a key pair added). Any other file as it is.
 */
function javaKeystoreFromKeyEntry(raw) {
    const magic = raw.readUInt32BE(0);
    if (magic !== 0xfeedfeed && magic !== 0xcececece)
        return raw;
    const version = raw.readUInt32BE(4);
    const count = raw.readUInt32BE(8);
    let off = 12;
    for (let e = 0; e < count && off + 4 <= raw.length; e++) {
        const entry = off;
        const tag = raw.readUInt32BE(off);
        // Its header then says one entry: a store of 64 entries or more reads the same way as a small one.
        if (tag === 1 || tag === 3)
            return Buffer.concat([raw.subarray(0, 8), Buffer.from([0, 0, 0, 1]), raw.subarray(entry)]);
        if (tag !== 2 || off + 6 > raw.length)
            return raw;
        // A trusted certificate: alias (UTF: 2-byte length), date (8 bytes), the certificate's type (version 2), its bytes.
        off += 6 + raw.readUInt16BE(off + 4) + 8;
        if (version === 2) {
            if (off + 2 > raw.length)
                return raw;
            off += 2 + raw.readUInt16BE(off);
        }
        if (off + 4 > raw.length)
            return raw;
        off += 4 + raw.readUInt32BE(off);
    }
    return raw;
}
/**
 * A base64 value in a YAML or JSON data file (a Kubernetes Secret's `data:`, Helm values, `kubectl get secret -o json`):
 * after `key:` (anchors and tags allowed between), a list item's `- `, or inside a flow mapping or sequence, quoted or
 * not, up to a comment, a separator or the line's end. The quick test finds a file that may hold one.
 */
const DATA_BASE64_VALUE = /(:[ \t]*|-[ \t]+|[{,[][ \t]*)((?:[&!][^\s,{}[\]]*[ \t]+)*)(["']?)([A-Za-z0-9+/]{12,}={0,2})\3(?=[ \t]*(?:[,}\]]|#|$))/g;
const DATA_BASE64_ANY = /(?::|-[ \t]|[{,[])[ \t]*(?:[&!][^\s]*[ \t]+)*["']?[A-Za-z0-9+/]{12}|^[ \t]+[A-Za-z0-9+/]{12}/m;
/** A block scalar's header (`key: |`, `key: >-`, tags and anchors allowed), whose value is on the lines below it. */
const BLOCK_SCALAR_HEADER = /:[ \t]*(?:[&!][^\s]*[ \t]+)*[|>][-+0-9]*[ \t]*(?:#.*)?$/;
/** A line of base64 alone, indented: the body of a block scalar or a plain value folded over lines. */
const BASE64_CONTINUATION = /^([ \t]+)([A-Za-z0-9+/]+={0,2})[ \t]*$/;
/** Base64 text decoded when it is printable text (8 bytes or more); null otherwise. */
function printableBase64(b64) {
    if (b64.length % 4 === 1)
        return null;
    const bytes = Buffer.from(b64, 'base64');
    if (bytes.length < 8)
        return null;
    for (const b of bytes)
        if ((b < 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09) || b > 0x7e)
            return null;
    return bytes
        .toString('latin1')
        .replace(/\r?\n$/, '')
        .replace(/\r\n/g, '\n');
}
/**
 * The line with each base64 value decoded when it decodes to printable text (`password: <decoded>`): a Kubernetes
 * Secret's data is only encoded, so what it holds is in the change all the same. A value that decodes to lines of
 * text (a whole `.env` or properties file kept under one key) gives those lines as they are, the key left out: each
 * is a line of that file, the first too (`DB_PASSWORD=…` read after a key is no line start). Otherwise the line.
 */
function decodedDataLine(line) {
    // A value encoded twice (base64 of base64) is read through both.
    let out = line;
    for (let round = 0; round < 3; round++) {
        const next = decodedDataValues(out);
        if (next === out)
            break;
        out = next;
    }
    return out;
}
/** A data line this long is read as `key: <value>` by hand: the general pattern's backtracking outgrows the stack. */
const LONG_DATA_LINE = 256 * 1024;
/** One round of decodedDataLine. */
function decodedDataValues(line) {
    if (line.length > LONG_DATA_LINE)
        return decodedLongValue(line);
    let lines = null;
    const out = line.replace(DATA_BASE64_VALUE, (all, lead, props, quote, b64) => {
        const decoded = printableBase64(b64);
        if (decoded === null)
            return all;
        if (decoded.includes('\n'))
            lines ??= decoded;
        return `${lead}${props}${quote}${decoded}${quote}`;
    });
    return lines ?? out;
}
/** decodedDataValues for a very long line: one `key: value` (quoted or not), decoded when it is base64 of printable text. */
function decodedLongValue(line) {
    const lead = /^[^:\n]{0,256}:[ \t]*["']?/.exec(line);
    if (lead === null)
        return line;
    // By hand: a pattern's backtracking over megabytes outgrows the stack.
    let end = line.length;
    while (end > lead[0].length && (line[end - 1] === ' ' || line[end - 1] === '\t'))
        end--;
    if (end > lead[0].length && (line[end - 1] === '"' || line[end - 1] === "'"))
        end--;
    let pad = 0;
    while (pad < 2 && end - pad > lead[0].length && line[end - pad - 1] === '=')
        pad++;
    for (let i = lead[0].length; i < end - pad; i++) {
        const c = line.charCodeAt(i);
        const b64 = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 47;
        if (!b64)
            return line;
    }
    const value = line.slice(lead[0].length, end);
    if (value.length === pad)
        return line;
    const decoded = printableBase64(value);
    return decoded === null ? line : decoded.includes('\n') ? decoded : `${lead[0]}${decoded}`;
}
/**
 * The data lines of a YAML or JSON file with their base64 values decoded (see decodedDataLine), a value written over
 * several lines (a block scalar `key: |` and its indented base64 lines, or a plain value folded onto more-indented
 * lines) read whole at the line of its key, as long as those lines follow each other in the file.
 */
function decodedDataLines(lines, numbers) {
    const out = lines.map(decodedDataLine);
    for (let i = 0; i < lines.length; i++) {
        if (lines[i].length > LONG_DATA_LINE)
            continue;
        const header = BLOCK_SCALAR_HEADER.test(lines[i]);
        const inline = header ? null : /:[ \t]*["']?([A-Za-z0-9+/]{12,})[ \t]*$/.exec(lines[i]);
        if (!header && inline === null)
            continue;
        let b64 = inline?.[1] ?? '';
        let j = i + 1;
        let indent = -1;
        for (; j < lines.length && numbers[j] === numbers[j - 1] + 1; j++) {
            const m = lines[j].length > LONG_DATA_LINE ? null : BASE64_CONTINUATION.exec(lines[j]);
            if (m === null || (indent >= 0 && m[1].length !== indent))
                break;
            indent = m[1].length;
            b64 += m[2];
        }
        if (j === i + 1)
            continue;
        const decoded = printableBase64(b64);
        if (decoded !== null)
            out[i] = decoded;
    }
    return out;
}
/**
 * A second view of the lines that hide text from a reader or a regex: invisible characters dropped, `\u0041`
 * and `\x41` escapes and percent-encoded letters decoded (`sk\u005flive\u005f…`, a zero-width space inside a
 * token), a YAML base64 value decoded, a Jupyter notebook's escaped quotes unescaped. Only the lines that change,
 * numbered as they are; undefined when none does. Scanned with the file.
 */
function unhiddenView(f) {
    const lines = unhiddenLines(f);
    const pems = urlEncodedPems(f.text, f.lineNumbers);
    if (pems === undefined)
        return lines;
    if (lines === undefined)
        return pems;
    return { text: `${lines.text}\n${pems.text}`, lineNumbers: lines.lineNumbers.concat(pems.lineNumbers) };
}
/** A PEM block URL-encoded into one value (`-----BEGIN%20PRIVATE%20KEY-----%0AMIIE…`; form-encoded, `+` for a space). */
const URL_ENCODED_PEM = /-----BEGIN(?:%20|\+)[A-Z0-9%+]{0,60}-----[A-Za-z0-9%+._~/=-]*/g;
/** The URL-encoded PEM blocks of the text, decoded: each of a block's lines is read at the line of the block. */
function urlEncodedPems(t, numbers) {
    if (!t.includes('-----BEGIN%20') && !t.includes('-----BEGIN+'))
        return undefined;
    const text = [];
    const lineNumbers = [];
    let line = 0;
    let counted = 0;
    for (const m of t.matchAll(URL_ENCODED_PEM)) {
        for (let nl = t.indexOf('\n', counted); nl >= 0 && nl < m.index; nl = t.indexOf('\n', nl + 1)) {
            line++;
            counted = nl + 1;
        }
        let decoded;
        try {
            decoded = decodeURIComponent(m[0].replace(/\+/g, ' '));
        }
        catch {
            continue;
        }
        for (const piece of decoded.split(/\r?\n/)) {
            text.push(piece);
            lineNumbers.push(numbers[line]);
        }
    }
    return text.length > 0 ? { text: text.join('\n'), lineNumbers } : undefined;
}
/** An octal escape of printable ASCII (`\\147hp_…` in a C or shell string): see ASCII_ESCAPE in ./shown.ts. */
const OCTAL_ESCAPE = /\\(?:0?[4-7][0-7]|1[0-7][0-7])(?![0-7])/;
/** unhiddenView's lines rewritten one for one (invisible characters, escapes, YAML base64 values, notebook strings). */
function unhiddenLines(f) {
    const t = f.text;
    secrets_shown/* INVISIBLE */.kH.lastIndex = 0;
    secrets_shown/* UNRESERVED_PERCENT */.S6.lastIndex = 0;
    // YAML data, and JSON holding a "data" map (a Secret as kubectl prints it): base64 values are read decoded.
    const yamlData = f.path !== undefined && (/\.ya?ml$/i.test(f.path) || (/\.json$/i.test(f.path) && t.includes('"data"'))) && DATA_BASE64_ANY.test(t);
    // A notebook keeps each line of its cells' code as a JSON string: `"key = \\"…\\"\\n",` reads as code once unescaped.
    const notebook = f.path !== undefined && /\.ipynb$/i.test(f.path) && t.includes('\\"');
    // The cheap tests first: ASCII text holds no invisible character, and a percent escape needs a '%'.
    secrets_shown/* EMBEDDING_ESCAPE */.e_.lastIndex = 0;
    const hidden = (f.ascii !== true && secrets_shown/* INVISIBLE */.kH.test(t)) ||
        t.includes('\\u00') ||
        t.includes('\\u{') ||
        t.includes('\\U000000') ||
        t.includes('\\x') ||
        OCTAL_ESCAPE.test(t) ||
        (t.includes('%') && (secrets_shown/* UNRESERVED_PERCENT */.S6.test(t) || secrets_shown/* EMBEDDING_ESCAPE */.e_.test(t))) ||
        t.includes('\\/') ||
        t.includes('&#') ||
        t.includes('/$()/') ||
        t.includes('\r');
    if (!yamlData && !notebook && !hidden)
        return undefined;
    if (!yamlData && !notebook)
        return hiddenLines(t, f.lineNumbers);
    const lines = t.split('\n');
    const text = [];
    const lineNumbers = [];
    const data = yamlData ? decodedDataLines(lines, f.lineNumbers) : lines;
    for (let i = 0; i < lines.length; i++) {
        const decoded = data[i];
        const shown = (0,secrets_shown/* shownLine */.QN)(notebook ? decoded.replace(/\\(["\\])/g, '$1') : decoded);
        if (shown !== lines[i]) {
            // A value decoded to several lines: each is read as a line of its own, all at the line of the value.
            for (const piece of shown.split('\n')) {
                text.push(piece);
                lineNumbers.push(f.lineNumbers[i]);
            }
        }
    }
    return text.length > 0 ? { text: text.join('\n'), lineNumbers } : undefined;
}
/**
 * unhiddenView's lines for a file that is not YAML data: only the lines holding something to decode or drop are
 * cut and rewritten (a source file with `\x1b` escapes or a `%` on a few lines is not split into all of its lines).
 */
function hiddenLines(t, numbers) {
    const text = [];
    const lineNumbers = [];
    let line = 0;
    let counted = 0;
    secrets_shown/* HIDDEN_ANY */.A7.lastIndex = 0;
    for (let m = secrets_shown/* HIDDEN_ANY */.A7.exec(t); m !== null; m = secrets_shown/* HIDDEN_ANY */.A7.exec(t)) {
        for (let nl = t.indexOf('\n', counted); nl >= 0 && nl < m.index; nl = t.indexOf('\n', nl + 1)) {
            line++;
            counted = nl + 1;
        }
        const end = t.indexOf('\n', m.index);
        const lineEnd = end < 0 ? t.length : end;
        // A line of a file saved with CR endings is several lines as it shows: each read at the line git counts.
        for (const piece of (0,secrets_shown/* shownLine */.QN)(t.slice(counted, lineEnd)).split('\n')) {
            text.push(piece);
            lineNumbers.push(numbers[line]);
        }
        if (end < 0)
            break;
        secrets_shown/* HIDDEN_ANY */.A7.lastIndex = end + 1;
    }
    return text.length > 0 ? { text: text.join('\n'), lineNumbers } : undefined;
}
/** The file's name is a dependency lockfile's. */
function isLockfile(path) {
    return LOCKFILE_SET.has((0,external_node_path_.basename)(path));
}
const LOCKFILE_SET = new Set(LOCKFILES);
/** The first `exclude-paths` pattern (minimatch, dot: true) that matches the path, if any. */
function excludedBy(path, excludes) {
    return excludes.find(g => (0,esm/* minimatch */.xF)(path, g, { dot: true }));
}
/**
 * A whole file as if the change added it (every line added, numbered from 1), for `compliance-gate scan`
 * over a directory: the same shape `git diff` gives a new file, so the same filters and scanner apply.
 * A CRLF line's CR is dropped and a final newline ends the last line, as in parseUnifiedDiff.
 */
function wholeFile(path, content) {
    let text = content.endsWith('\n') ? content.slice(0, -1) : content;
    if (text.includes('\r\n'))
        text = text.split('\r\n').join('\n');
    if (text.endsWith('\r'))
        text = text.slice(0, -1);
    // Counted and numbered in plain loops: a file of a million lines is split into no strings, and its numbers are
    // one typed array (pushed one by one into an array, they were a tenth of reading a big change's files).
    let count = 0;
    if (content !== '') {
        count = 1;
        for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
            count++;
    }
    const lineNumbers = new Int32Array(count);
    for (let i = 0; i < count; i++)
        lineNumbers[i] = i + 1;
    return { path, binary: false, deleted: false, text, lineNumbers };
}
/**
 * A file the change adds, from its blob's bytes as stored: the file parseDiffBytes gives for its all-added patch
 * (the same text and line numbers, its bytes kept when they are not UTF-8 or hold a NUL, marked ascii when every
 * byte is), without the patch's `+` on every line to fold away.
 */
function addedBlobFile(path, bytes) {
    const file = wholeFile(path, bytes.toString('utf8'));
    const ascii = (0,external_node_buffer_.isAscii)(bytes);
    if (ascii)
        file.ascii = true;
    const mayNeedRaw = bytes.includes(0) || (!ascii && (!(0,external_node_buffer_.isUtf8)(bytes) || bytes.includes(REPLACEMENT_BYTES)));
    if (mayNeedRaw && /[\u0000\ufffd]/.test(file.text))
        file.raw = Buffer.from(wholeFile(path, bytes.toString('latin1')).text, 'latin1');
    if (file.raw !== undefined && KEY_CONTAINER_MAGIC.test(bytes.toString('latin1', 0, 24)))
        file.bytes = bytes;
    return file;
}
/**
 * Drop deleted and policy-excluded files (each exclude recorded with its pattern); report oversize files
 * and compressed archives as not verified; keep everything else, binary or not, as text to scan.
 */
function applyFilters(files, options = {}) {
    const max = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
    const excludes = options.excludePaths ?? [];
    const out = [];
    const skipped = [];
    const notVerified = [];
    for (const f of files) {
        if (f.deleted)
            continue;
        const pattern = excludedBy(f.path, excludes);
        if (pattern !== undefined) {
            skipped.push({ path: f.path, reason: `excluded by policy pattern ${pattern}` });
            continue;
        }
        if (f.lineNumbers.length === 0) {
            // Only `Binary files differ` (git without --text, or a GitHub patch): the content was never seen.
            if (f.binary)
                notVerified.push({ path: f.path, reason: 'binary file whose content the diff did not show', remedy: CHECKOUT_REMEDY });
            continue;
        }
        // Each added line and its newline. UTF-8 takes at most 3 bytes per UTF-16 unit: count exactly only
        // when it could matter.
        const chars = f.text.length + 1;
        const size = chars * 3 > max ? Buffer.byteLength(f.text, 'utf8') + 1 : chars;
        if (size > max) {
            notVerified.push({ path: f.path, reason: `added text is ${size} bytes, above the max-file-size of ${max} bytes: not scanned`, remedy: OVERSIZE_REMEDY });
            continue;
        }
        const archive = archiveKind(f);
        if (archive) {
            const why = archive === LFS_KIND
                ? 'the content is stored outside the repository (Git LFS) and cannot be scanned'
                : 'its content is compressed and cannot be scanned';
            notVerified.push({ path: f.path, reason: `${archive}: ${why}`, remedy: ARCHIVE_REMEDY });
            continue;
        }
        // Text in UTF-16/UTF-32 is scanned twice: as git shows it (bytes read as UTF-8, so a wide-looking
        // file cannot hide ASCII) and decoded; its decoded lines follow, numbered by the git line they start on.
        const wide = wideView(f);
        if (typeof wide === 'string') {
            notVerified.push({ path: f.path, reason: wide, remedy: WIDE_TEXT_REMEDY });
            continue;
        }
        let added = wide
            ? { path: f.path, text: `${f.text}\n${wide.text}`, lineNumbers: Array.from(f.lineNumbers).concat(Array.from(wide.lineNumbers)) }
            : { path: f.path, text: f.text, lineNumbers: f.lineNumbers };
        const unhidden = unhiddenView({ ...added, path: f.path, ascii: f.ascii === true && !wide });
        if (unhidden)
            added = { path: f.path, text: `${added.text}\n${unhidden.text}`, lineNumbers: Array.from(added.lineNumbers).concat(unhidden.lineNumbers) };
        // A table changed in place is viewed whole, as it is at the head, and its added rows kept.
        const table = f.context !== undefined ? (0,table_view/* addedRows */.u2)((0,table_view/* tableView */.EO)(wholeFile(f.path, f.context)), f.lineNumbers) : (0,table_view/* tableView */.EO)(wide ? { path: f.path, ...wide } : f);
        if (table)
            added = { path: f.path, text: `${added.text}\n${table.text}`, lineNumbers: Array.from(added.lineNumbers).concat(table.lineNumbers) };
        const container = keyContainerView(f);
        if (container)
            added = { path: f.path, text: `${added.text}\n${container.text}`, lineNumbers: Array.from(added.lineNumbers).concat(container.lineNumbers) };
        if (f.previous_path)
            added.previous_path = f.previous_path;
        if (isLockfile(f.path))
            added.lockfile = true;
        out.push(added);
    }
    return { files: out, skipped, not_verified: notVerified };
}
/** A file object of GET /repos/{owner}/{repo}/pulls/{pull_number}/files (the fields used). */
/** The remedy of a file GitHub sent no patch for. */
const CHECKOUT_REMEDY = 'Check out the repository with actions/checkout and fetch-depth: 0 so files GitHub omits from the API can be scanned.';
/** Added lines from API file objects; a missing patch on a file with additions → not verified. */
function filesFromApi(apiFiles, options = {}) {
    const parsed = [];
    const notVerified = [];
    for (const f of apiFiles) {
        if (f.status === 'removed')
            continue;
        if (typeof f.patch !== 'string') {
            // A binary file has no patch and counts 0 additions: its bytes were never seen, so it is not verified
            // (only a pure rename or copy, 0 changes, adds no content).
            const moveOnly = (f.status === 'renamed' || f.status === 'copied') && (f.changes ?? 0) === 0;
            if (!moveOnly && f.status !== 'unchanged') {
                notVerified.push({
                    path: f.filename,
                    reason: 'GitHub omitted the patch (large or binary file) and there is no checkout to read it from',
                    remedy: CHECKOUT_REMEDY
                });
            }
            continue;
        }
        const pf = parsePatchFile(f.patch);
        const p = { path: f.filename, binary: false, deleted: false, text: pf?.text ?? '', lineNumbers: pf?.lineNumbers ?? [] };
        if (f.previous_filename)
            p.previous_path = f.previous_filename;
        parsed.push(p);
    }
    const r = applyFilters(parsed, options);
    // An excluded file without a patch is a skip, not an unverified file (lockfiles are not excluded).
    for (const nv of notVerified) {
        const pattern = (options.excludePaths ?? []).find(g => (0,esm/* minimatch */.xF)(nv.path, g, { dot: true }));
        if (pattern !== undefined)
            r.skipped.push({ path: nv.path, reason: `excluded by policy pattern ${pattern}` });
        else
            r.not_verified.push(nv);
    }
    return r;
}
/**
 * Keep the added bytes of each file whose text (the diff read as UTF-8) holds a NUL or a U+FFFD: the
 * diff read as Latin-1 parses into the same files and lines, one character per byte.
 */
function attachRawBytes(files, diff) {
    const raw = parseDiffPieces(diff, 'latin1');
    if (raw.length !== files.length)
        return;
    files.forEach((f, i) => {
        const r = raw[i];
        if (!/[\u0000\ufffd]/.test(f.text) || r.lineNumbers.length !== f.lineNumbers.length)
            return;
        f.raw = Buffer.from(r.text, 'latin1');
    });
}
/** U+FFFD in UTF-8: a replacement character written in the source decodes to it as invalid bytes do. */
const REPLACEMENT_BYTES = Buffer.from('\ufffd', 'utf8');
/**
 * Parse git's patch output (bytes of whole files), keeping the bytes of files whose text is not UTF-8 (UTF-16/UTF-32
 * is decoded from them): the text then holds a NUL or a U+FFFD, which the bytes tell at native speed (a NUL, bytes
 * that are not UTF-8, or U+FFFD's own bytes). Files of an all-ASCII block are marked ascii.
 */
function parseDiffBytes(bytes) {
    const files = parseDiffPieces(bytes, 'utf8');
    if ((0,external_node_buffer_.isAscii)(bytes)) {
        for (const f of files)
            f.ascii = true;
        if (bytes.includes(0))
            attachRawBytes(files, bytes);
    }
    else if (bytes.includes(0) || !(0,external_node_buffer_.isUtf8)(bytes) || bytes.includes(REPLACEMENT_BYTES))
        attachRawBytes(files, bytes);
    return files;
}
/**
 * The bytes decoded and parsed a piece of whole lines at a time, each piece at most BLOCK_BYTES where lines allow,
 * so no string decoded is a large object (see UnifiedDiffParser); the same files as the whole text parsed. A piece
 * ends at a '\n', an ASCII byte, so UTF-8 decodes the same by piece.
 */
function parseDiffPieces(bytes, encoding) {
    if (bytes.length <= BLOCK_BYTES)
        return parseUnifiedDiff(bytes.toString(encoding));
    const parser = new UnifiedDiffParser();
    let start = 0;
    while (start < bytes.length) {
        let end = bytes.length;
        if (end - start > BLOCK_BYTES) {
            const nl = bytes.lastIndexOf(0x0a, start + BLOCK_BYTES - 1);
            if (nl >= start)
                end = nl + 1;
            else {
                // One line longer than a piece: the line whole.
                const next = bytes.indexOf(0x0a, start + BLOCK_BYTES);
                end = next < 0 ? bytes.length : next + 1;
            }
        }
        parser.push(bytes.toString(encoding, start, end));
        start = end;
    }
    return parser.end();
}
const FILE_MARK = Buffer.from('\ndiff --git ');
/**
 * The size a block is cut down to where whole files allow: V8 keeps a string over 128 KiB in its large-object
 * space (one mapping per string, and more full garbage collections), so decoding 48 MB in 1 MB blocks costs
 * some 20 times what decoding it in 64 KiB blocks costs. A single file larger than this is its own block.
 */
const BLOCK_BYTES = 60 * 1024;
/**
 * Cuts git's patch output, as it arrives, into blocks of whole files, so each block is parsed (and scanned)
 * while git still writes the rest and the output is never held whole. A block ends before a line that starts
 * with `diff --git `: no patch line can (added, removed and context lines start with `+`, `-`, a space or
 * `\`, and git quotes a path holding a newline), so parseUnifiedDiff reads each block exactly as it reads
 * that part of the whole output. The cut is at an ASCII byte, so UTF-8 decodes the same by block.
 */
class DiffBlockSplitter {
    onBlock;
    parts = [];
    held = 0;
    /** The last bytes held after the last cut (up to the longest mark's length - 1): a mark may begin in them and end in the next chunk. */
    tail = Buffer.alloc(0);
    marks;
    keepMax;
    /**
     * marks: '\n' and the start of a line a block begins with (default `diff --git `); the history log also cuts
     * before its commit marker lines the same way. A block ends before the last mark read so far.
     */
    constructor(onBlock, marks = FILE_MARK) {
        this.onBlock = onBlock;
        this.marks = Array.isArray(marks) ? marks : [marks];
        this.keepMax = Math.max(...this.marks.map(m => m.length)) - 1;
    }
    /**
     * A chunk of git's output. Blocks are cut out of the chunk itself; only the bytes of the one file a chunk
     * boundary cuts through are copied (held until its end arrives): nothing refers to the chunk once push
     * returns, so the reader may read the next chunk into the same buffer (see streamGit).
     */
    push(chunk) {
        if (chunk.length === 0)
            return;
        // A mark that begins in the held tail and ends in this chunk: where it begins in the held bytes (-1: none).
        let straddle = -1;
        if (this.tail.length > 0) {
            const probe = Buffer.concat([this.tail, chunk.subarray(0, this.keepMax)]);
            for (const m of this.marks) {
                const i = probe.indexOf(m);
                if (i >= 0 && i < this.tail.length)
                    straddle = Math.max(straddle, this.held - this.tail.length + i);
            }
        }
        let first = -1;
        let last = -1;
        for (const m of this.marks) {
            const i = chunk.indexOf(m);
            if (i >= 0 && (first < 0 || i < first))
                first = i;
            last = Math.max(last, chunk.lastIndexOf(m));
        }
        if (straddle >= 0) {
            // The files held before that mark are whole: cut there; the file it starts continues into this chunk.
            const held = this.heldBytes();
            if (straddle + 1 > 0)
                this.emit(held, 0, straddle + 1);
            this.parts = [held.subarray(straddle + 1)];
            this.held = held.length - straddle - 1;
        }
        if (last < 0) {
            this.hold(chunk);
            return;
        }
        // The held bytes and the chunk up to its first mark end one file; the chunk's whole files follow.
        const head = this.held > 0 ? Buffer.concat([...this.parts, chunk.subarray(0, first + 1)]) : chunk.subarray(0, first + 1);
        if (head.length > 0)
            this.emit(head, 0, head.length);
        this.emit(chunk, first + 1, last + 1);
        this.parts = [];
        this.held = 0;
        this.tail = Buffer.alloc(0);
        this.hold(chunk.subarray(last + 1));
    }
    /** The held bytes as one buffer. */
    heldBytes() {
        return this.parts.length === 1 ? this.parts[0] : Buffer.concat(this.parts);
    }
    /** Bytes after the last cut (copied), kept until the file they begin ends; the tail is their last keepMax bytes. */
    hold(bytes) {
        if (bytes.length > 0) {
            this.parts.push(Buffer.from(bytes));
            this.held += bytes.length;
        }
        const keep = Math.min(this.keepMax, this.held);
        if (keep === 0)
            this.tail = Buffer.alloc(0);
        else if (bytes.length >= keep)
            this.tail = Buffer.from(bytes.subarray(bytes.length - keep));
        else
            this.tail = Buffer.from(this.heldBytes().subarray(this.held - keep));
    }
    /** The last block (git has exited). */
    end() {
        if (this.held > 0) {
            const all = this.heldBytes();
            this.emit(all, 0, all.length);
        }
        this.parts = [];
        this.held = 0;
        this.tail = Buffer.alloc(0);
    }
    /** bytes[from, end) (whole files) as blocks of about BLOCK_BYTES, each cut after a mark's '\n'. */
    emit(bytes, from, end) {
        let start = from;
        while (end - start > BLOCK_BYTES) {
            // The last mark that keeps the block within BLOCK_BYTES, else the first one after (a file larger than that).
            let at = -1;
            for (const m of this.marks) {
                const i = bytes.lastIndexOf(m, start + BLOCK_BYTES - 1);
                if (i >= start && i + 1 < end)
                    at = Math.max(at, i);
            }
            if (at < 0) {
                let next = end;
                for (const m of this.marks) {
                    const i = bytes.indexOf(m, start + BLOCK_BYTES);
                    if (i >= 0 && i + 1 < next)
                        next = i + 1;
                }
                if (next >= end)
                    break;
                at = next - 1;
            }
            this.onBlock(bytes.subarray(start, at + 1));
            start = at + 1;
        }
        if (end > start)
            this.onBlock(bytes.subarray(start, end));
    }
}
/**
 * Cuts `git log -p` output, as it arrives, into pieces of whole files with the commit each belongs to, so a
 * commit is parsed (and scanned) a block of files at a time and never held whole. Each commit starts at a
 * marker line (marker, SHA) whose marker begins with a byte no patch line starts with (a NUL), found only at
 * the start of a line, so a NUL inside UTF-16 content does not split a commit. Bytes before the first marker,
 * and a commit whose marker line holds no SHA, are skipped.
 */
class LogBlockSplitter {
    marker;
    onCommit;
    onPatches;
    splitter;
    /** The commit whose files the next block continues (null: skipped). */
    commit = null;
    /**
     * onCommit: each commit as its marker line is read, in log order; onPatches: a piece of whole files (or
     * the blank line after a marker) of that commit.
     */
    constructor(marker, onCommit, onPatches) {
        this.marker = marker;
        this.onCommit = onCommit;
        this.onPatches = onPatches;
        this.splitter = new DiffBlockSplitter(block => this.block(block), [FILE_MARK, Buffer.concat([Buffer.from('\n'), marker])]);
    }
    push(chunk) {
        this.splitter.push(chunk);
    }
    /** The last block (git has exited). */
    end() {
        this.splitter.end();
    }
    block(block) {
        const { marker } = this;
        let from = 0;
        for (let i = block.indexOf(marker); i >= 0; i = block.indexOf(marker, i + 1)) {
            if (i > 0 && block[i - 1] !== 0x0a)
                continue;
            if (this.commit !== null && i > from)
                this.onPatches(this.commit, block.subarray(from, i));
            const nl = block.indexOf(0x0a, i + marker.length);
            const commit = block
                .subarray(i + marker.length, nl < 0 ? undefined : nl)
                .toString('utf8')
                .trim();
            this.commit = /^[0-9a-f]{40,64}$/.test(commit) ? commit : null;
            if (this.commit !== null)
                this.onCommit(this.commit);
            if (nl < 0)
                return;
            from = nl + 1;
            i = nl;
        }
        if (this.commit !== null && from < block.length)
            this.onPatches(this.commit, block.subarray(from));
    }
}
/**
 * Reads `git cat-file --batch`'s answers for the blobs asked, in order: each blob's bytes go to onBlob with its
 * path, as a view of the chunk when the blob is whole in it (the read buffer is reused by the next read: onBlob
 * must copy what it keeps), else copied together. A missing object or any other answer stops
 * the read; end() checks that every blob came.
 */
class BlobBatchReader {
    paths;
    onBlob;
    next = 0;
    header = [];
    body = null;
    constructor(paths, onBlob) {
        this.paths = paths;
        this.onBlob = onBlob;
    }
    push(chunk) {
        let at = 0;
        while (at < chunk.length) {
            if (this.body) {
                const { body } = this;
                const take = Math.min(body.left, chunk.length - at);
                if (take === body.left && body.parts.length === 0) {
                    // Whole in this chunk: handed over as a view of it (onBlob keeps nothing of it past its return).
                    this.body = null;
                    this.onBlob(this.paths[this.next++], chunk.subarray(at, at + take - 1));
                    at += take;
                    continue;
                }
                body.parts.push(Buffer.from(chunk.subarray(at, at + take)));
                body.left -= take;
                at += take;
                if (body.left > 0)
                    return;
                // The blob's bytes and the '\n' git prints after them.
                const bytes = Buffer.concat(body.parts);
                this.body = null;
                this.onBlob(this.paths[this.next++], bytes.subarray(0, bytes.length - 1));
                continue;
            }
            const nl = chunk.indexOf(0x0a, at);
            this.header.push(Buffer.from(chunk.subarray(at, nl < 0 ? chunk.length : nl)));
            if (nl < 0)
                return;
            at = nl + 1;
            const line = Buffer.concat(this.header).toString('utf8');
            this.header = [];
            const m = /^[0-9a-f]{40,64} blob (\d+)$/.exec(line);
            if (!m || this.next >= this.paths.length) {
                // git's own answer when it is one (`<oid> missing`); anything else may be file content out of step: not quoted.
                const said = /^[0-9a-f]{40,64} [a-z]+$/.test(line) ? JSON.stringify(line) : 'an unexpected answer';
                throw new Error(`git cat-file --batch: ${said} for ${this.paths[this.next] ?? 'no file asked'}`);
            }
            this.body = { left: Number(m[1]) + 1, parts: [] };
        }
    }
    end() {
        if (this.body || this.next !== this.paths.length)
            throw new Error(`git cat-file --batch showed ${this.next} of the ${this.paths.length} added files`);
    }
}


/***/ }),

/***/ 6723:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EO: () => (/* binding */ tableView),
/* harmony export */   jj: () => (/* binding */ needsContext),
/* harmony export */   u2: () => (/* binding */ addedRows)
/* harmony export */ });
/**
 * Tables exported as delimited text (.csv, .tsv) or as SQL (a dump's INSERT statements): a credential's name is in
 * the header row or the column list (or the table's CREATE TABLE), its value in the rows below, so no line holds
 * both and the line rules cannot read it. The table view writes each row's
 * credential cell as `column=value`, numbered as the row, placed so the value starts at the cell's column:
 * the config-assignment rules judge it as they judge any assignment, and a token a rule finds in the row itself
 * is the same finding in both readings (one line and column).
 */
/** The files read as tables: comma-, tab-, semicolon- or pipe-separated values. */
const TABLE_PATH = /\.(?:csv|tsv|psv)$/i;
/** A header naming a credential: password, secret, token, api key, access key, private key, credentials. */
const CREDENTIAL_COLUMN = /(?:^|[^a-z])(?:password|passwd|passphrase|pwd|secret|token|api[_ .-]?key|apikey|access[_ .-]?key|auth[_ .-]?key|private[_ .-]?key|credentials?)s?(?:$|[^a-z])|(?:^|[_ .-])pass$/i;
/** …unless it names something about the credential rather than the credential (its id, hash, type, date). */
const ABOUT_A_CREDENTIAL = /(?:^|[^a-z])(?:id|ids|name|type|url|uri|hint|policy|length|count|expires?|expiry|expired|expiration|at|date|time|changed|reset|required|enabled|version|prefix|suffix|hash|hashed|digest|salt|algorithm|algo|format|ttl|last4|masked|encrypted|strength|age|status)(?:$|[^a-z])/i;
/** At most this many credential columns are read (a wide header of secret-like names is not a table of credentials). */
const MAX_COLUMNS = 8;
/** A cell further into its line than this is written at the view line's start (a dump's line may be megabytes long). */
const MAX_PAD = 512;
/** At most this many cells are written per file (a file is at most max-file-size: a megabyte by default). */
const MAX_CELLS = 1_000_000;
/** What ends an unquoted value for the assignment rules (a comment, a separator, a space). */
const ENDS_UNQUOTED = /[\s,;|<>(){}[\]"'`]/;
/** A cell shorter than this is no credential any rule reports (a flag, an initial, a NULL-like marker). */
const MIN_VALUE = 6;
/**
 * The view line of one cell: `name=value`, quoted when the value holds what would end it unquoted (`"Hn3k,zQ2x"`),
 * the value starting at the cell's column when that is near enough.
 */
function assignment(name, value, column, budget) {
    const quote = ENDS_UNQUOTED.test(value) ? (!value.includes('"') ? '"' : !value.includes("'") ? "'" : '') : '';
    let pad = column - name.length - 1 - quote.length;
    if (pad <= 0 || pad > MAX_PAD || pad > budget.left)
        pad = 0;
    budget.left -= pad;
    return `${' '.repeat(pad)}${name}=${quote}${value}${quote}`;
}
/** The padding a view may add in all: about the size of the text it reads (small cells far into long lines cost no more). */
const padBudget = (text) => ({ left: text.length + 65536 });
/** A column name that holds a credential. */
function isCredentialColumn(name) {
    return name.length > 0 && name.length <= 60 && CREDENTIAL_COLUMN.test(name) && !ABOUT_A_CREDENTIAL.test(name);
}
/** A delimited line's cells: a double-quoted cell may hold the delimiter and "" for a quote; its start is after the quote. */
function cellsOf(line, delimiter) {
    const cells = [];
    let i = 0;
    const n = line.length;
    while (i <= n) {
        if (line[i] === '"') {
            const { end: j, value } = quotedString(line, i);
            cells.push({ start: i + 1, value });
            const next = line.indexOf(delimiter, j);
            if (next < 0)
                break;
            i = next + 1;
        }
        else {
            const next = line.indexOf(delimiter, i);
            const end = next < 0 ? n : next;
            cells.push({ start: i, value: line.slice(i, end).trim() });
            if (next < 0)
                break;
            i = next + 1;
        }
    }
    return cells;
}
/** The header's delimiter: the most frequent of tab, comma, semicolon and pipe. */
function delimiterOf(header) {
    let best = ',';
    let most = 0;
    for (const d of ['\t', ',', ';', '|']) {
        const count = header.split(d).length - 1;
        if (count > most) {
            most = count;
            best = d;
        }
    }
    return best;
}
/**
 * The table view of a delimited file's added rows: per row and credential column, `column=value` starting where
 * the cell does (or at the line's start when the name is longer than what precedes the cell). Undefined when the
 * file is not a table, its header (line 1) is not in the change, or no column names a credential.
 */
function tableView(f) {
    if (SQL_PATH.test(f.path))
        return sqlView(f);
    if (!TABLE_PATH.test(f.path) || f.lineNumbers.length < 2 || f.lineNumbers[0] !== 1)
        return undefined;
    const firstEnd = f.text.indexOf('\n');
    if (firstEnd < 0)
        return undefined;
    const header = f.text.slice(0, firstEnd);
    const delimiter = delimiterOf(header);
    const columns = [];
    cellsOf(header, delimiter).forEach((c, index) => {
        const name = c.value.replace(/\s+/g, '_');
        if (isCredentialColumn(name))
            columns.push({ index, name });
    });
    if (columns.length === 0 || columns.length > MAX_COLUMNS)
        return undefined;
    const text = [];
    const lineNumbers = [];
    const budget = padBudget(f.text);
    let start = firstEnd + 1;
    for (let li = 1; li < f.lineNumbers.length; li++) {
        let end = f.text.indexOf('\n', start);
        if (end < 0)
            end = f.text.length;
        const cells = cellsOf(f.text.slice(start, end), delimiter);
        for (const { index, name } of columns) {
            const cell = cells[index];
            if (cell === undefined || cell.value.length < MIN_VALUE)
                continue;
            text.push(assignment(name, cell.value, cell.start, budget));
            lineNumbers.push(f.lineNumbers[li]);
        }
        if (text.length >= MAX_CELLS)
            break;
        start = end + 1;
    }
    return text.length > 0 ? { text: text.join('\n'), lineNumbers } : undefined;
}
/** Whether a file's added lines are read as a table only with the lines above them (its header, its CREATE TABLE). */
function needsContext(path) {
    return TABLE_PATH.test(path) || SQL_PATH.test(path);
}
/**
 * A table changed in place (rows added below a header, INSERTs below their CREATE TABLE): of the view of the whole
 * file at the head, the lines of the added rows.
 */
function addedRows(whole, added) {
    if (whole === undefined)
        return undefined;
    const wanted = new Set(Array.from(added));
    const text = [];
    const lineNumbers = [];
    whole.text.split('\n').forEach((line, i) => {
        if (wanted.has(whole.lineNumbers[i])) {
            text.push(line);
            lineNumbers.push(whole.lineNumbers[i]);
        }
    });
    return text.length > 0 ? { text: text.join('\n'), lineNumbers } : undefined;
}
/** SQL scripts and dumps. */
const SQL_PATH = /\.sql$/i;
/** A table's name, maybe schema-qualified and quoted (`db`.`t`, "public"."t", [dbo].[t]). */
const TABLE_NAME = '(?:[`"[]?\\w+[`"\\]]?\\.)?[`"[]?(\\w+)[`"\\]]?';
/** `CREATE TABLE name (`: its column definitions follow, to the matching `)`. */
const CREATE_TABLE = new RegExp(`\\bCREATE\\s+(?:TEMP(?:ORARY)?\\s+)?TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?${TABLE_NAME}\\s*\\(`, 'gi');
/** A CREATE TABLE's item that is not a column (a key, index or constraint). */
const NOT_A_COLUMN = /^(?:PRIMARY|KEY|UNIQUE|CONSTRAINT|INDEX|FOREIGN|CHECK|FULLTEXT|SPATIAL|PERIOD|EXCLUDE)$/i;
/** `INSERT [INTO] name [(columns)] VALUES` (SQL Server scripts leave INTO out): the rows follow. */
const INSERT_INTO = new RegExp(`\\bINSERT\\s+(?:IGNORE\\s+)?(?:INTO\\s+)?${TABLE_NAME}\\s*(?:\\(([^()]*)\\))?\\s*VALUES\\s*`, 'gi');
/** pg_dump's `COPY name (columns) FROM stdin;`: tab-separated rows follow, to a line `\.`. */
const COPY_FROM_STDIN = new RegExp(`^COPY\\s+${TABLE_NAME}\\s*\\(([^()]*)\\)\\s+FROM\\s+stdin;[ \\t]*$`, 'gim');
/** A table's column list is read this far at most. */
const MAX_DEFINITION = 64 * 1024;
const unquoteName = (c) => c.trim().replace(/^[`"[]|[`"\]]$/g, '');
/**
 * The end of the quoted string starting at `start` and its value: the quote doubled is a quote (CSV's "", SQL's '');
 * with `backslashFrom` (SQL dumps: MySQL writes \' and \\) a backslash escapes the next character, found through it so
 * that one long line is searched once. An unclosed string runs to the end.
 */
function quotedString(t, start, backslashFrom) {
    const quote = t[start];
    let j = start + 1;
    let value = '';
    for (;;) {
        const q = t.indexOf(quote, j);
        if (q < 0)
            return { end: t.length, value: value + t.slice(j) };
        const bs = backslashFrom === undefined ? Infinity : backslashFrom(j);
        if (bs < q) {
            value += t.slice(j, bs) + t.slice(bs + 1, bs + 2);
            j = bs + 2;
            continue;
        }
        value += t.slice(j, q);
        if (t[q + 1] === quote) {
            value += quote;
            j = q + 2;
            continue;
        }
        return { end: q + 1, value };
    }
}
/** The names of the columns a CREATE TABLE defines, its `(` at `open`, and where its definition ends. */
function columnsDefined(t, open) {
    const limit = Math.min(t.length, open + MAX_DEFINITION);
    const items = [];
    let depth = 0;
    let from = open + 1;
    for (let i = open + 1; i < limit; i++) {
        const c = t[i];
        if (c === "'" || c === '"' || c === '`') {
            const close = t.indexOf(c, i + 1);
            if (close < 0 || close >= limit)
                break;
            i = close;
        }
        else if (c === '(')
            depth++;
        else if (c === ')') {
            if (depth === 0) {
                items.push(t.slice(from, i));
                return {
                    columns: items
                        .map(item => /^\s*([`"[]?\w+[`"\]]?)/.exec(item)?.[1] ?? '')
                        .map(unquoteName)
                        .filter(n => n !== '' && !NOT_A_COLUMN.test(n)),
                    end: i + 1
                };
            }
            depth--;
        }
        else if (c === ',' && depth === 0) {
            items.push(t.slice(from, i));
            from = i + 1;
        }
    }
    return { columns: [], end: limit };
}
/**
 * The SQL view: each quoted value a row of an INSERT (or a line of a COPY block) gives a credential column (named
 * by the statement's column list, or by the CREATE TABLE of the same name in the file: mysqldump's extended INSERTs
 * list none), as `column=value` numbered as the value's line. Every character is read at most twice (once for the
 * definitions, once for the rows), whatever the statements look like.
 */
function sqlView(f) {
    const t = f.text;
    const hasInsert = /INSERT/i.test(t);
    const hasCopy = /^COPY /m.test(t);
    if (!hasInsert && !hasCopy)
        return undefined;
    // MySQL and MariaDB dumps (backquoted names, /*!40101 …*/ version comments) escape with backslashes.
    const mysql = t.includes('`') || t.includes('/*!') || /^-- (?:MySQL|MariaDB) dump/m.test(t.slice(0, 4096));
    const tables = new Map();
    let definedTo = 0;
    for (const m of t.matchAll(CREATE_TABLE)) {
        if (m.index < definedTo)
            continue;
        const { columns, end } = columnsDefined(t, m.index + m[0].length - 1);
        definedTo = end;
        if (columns.length > 0)
            tables.set(m[1].toLowerCase(), columns);
    }
    const text = [];
    const lineNumbers = [];
    // Line index and start of a position, found by walking forward from the last one asked; the next newline and
    // the next backslash are kept, so a dump's one long line is searched once, not once per value.
    let li = 0;
    let lineStart = 0;
    let nextNewline = t.indexOf('\n');
    const lineOf = (pos) => {
        while (nextNewline >= 0 && nextNewline < pos) {
            li++;
            lineStart = nextNewline + 1;
            nextNewline = t.indexOf('\n', lineStart);
        }
    };
    let nextBackslash = -1;
    const backslashFrom = (from) => {
        if (nextBackslash !== Infinity && nextBackslash < from) {
            const at = t.indexOf('\\', from);
            nextBackslash = at < 0 ? Infinity : at;
        }
        return nextBackslash;
    };
    const budget = padBudget(t);
    const emit = (name, value, at) => {
        if (value.length < MIN_VALUE || value.includes('\n'))
            return;
        lineOf(at);
        text.push(assignment(name, value, at - lineStart, budget));
        lineNumbers.push(f.lineNumbers[li]);
    };
    const credentialColumns = (columns) => {
        const wanted = columns.map(isCredentialColumn);
        const count = wanted.filter(Boolean).length;
        return count > 0 && count <= MAX_COLUMNS ? wanted : undefined;
    };
    // The rows of each INSERT, up to the end of its statement: a `;`, or anything but a row, a comma or a space
    // between rows (the next statement of a script that ends none with `;`).
    let walkedTo = 0;
    for (const m of hasInsert ? t.matchAll(INSERT_INTO) : []) {
        if (m.index < walkedTo)
            continue;
        const columns = m[2] !== undefined ? m[2].split(',').map(unquoteName) : (tables.get(m[1].toLowerCase()) ?? []);
        const wanted = credentialColumns(columns);
        let i = m.index + m[0].length;
        if (wanted === undefined) {
            walkedTo = i;
            continue;
        }
        let column = -1;
        let depth = 0;
        while (i < t.length && text.length < MAX_CELLS) {
            const c = t[i];
            if (column < 0) {
                if (c === '(') {
                    column = 0;
                    depth = 0;
                }
                else if (c !== ',' && c !== ' ' && c !== '\t' && c !== '\n' && c !== '\r')
                    break;
            }
            else if (c === "'") {
                // A backslash escapes in MySQL's strings and PostgreSQL's E'…'; in standard SQL (pg_dump --inserts, sqlite3's
                // .dump, SQL Server) it is a character: 'C:\dir\' ends at its quote.
                const escapes = mysql || ((t[i - 1] === 'E' || t[i - 1] === 'e') && !/\w/.test(t[i - 2] ?? ''));
                const s = quotedString(t, i, escapes ? backslashFrom : undefined);
                // A value of the row itself, not an argument of a call in it (MD5('…'), NOW()).
                if (depth === 0 && wanted[column] === true)
                    emit(columns[column], s.value, i + 1);
                i = s.end;
                continue;
            }
            else if (c === '(')
                depth++;
            else if (c === ')') {
                if (depth === 0)
                    column = -1;
                else
                    depth--;
            }
            else if (c === ',' && depth === 0)
                column++;
            i++;
        }
        walkedTo = i;
    }
    // pg_dump's COPY blocks: a row a line, tab-separated, `\N` for NULL, to a line `\.`.
    // (Line positions are found forward only: counted again from the start.)
    li = 0;
    lineStart = 0;
    nextNewline = t.indexOf('\n');
    let copiedTo = 0;
    for (const m of hasCopy ? t.matchAll(COPY_FROM_STDIN) : []) {
        if (m.index < copiedTo)
            continue;
        const columns = m[2].split(',').map(unquoteName);
        const wanted = credentialColumns(columns);
        let start = t.indexOf('\n', m.index) + 1;
        // The block's rows, to its `\.` (or the next COPY header: an unended block is not read past it).
        while (start > 0 && start < t.length && text.length < MAX_CELLS) {
            let end = t.indexOf('\n', start);
            if (end < 0)
                end = t.length;
            if ((t.startsWith('\\.', start) && end - start <= 3) || t.startsWith('COPY ', start))
                break;
            const line = t.slice(start, end);
            let cellStart = 0;
            for (let k = 0; wanted !== undefined && cellStart <= line.length; k++) {
                let cellEnd = line.indexOf('\t', cellStart);
                if (cellEnd < 0)
                    cellEnd = line.length;
                const cell = line.slice(cellStart, cellEnd);
                if (wanted[k] === true && cell !== '\\N')
                    emit(columns[k], cell.replace(/\\(.)/g, (_, x) => (x === 't' ? '\t' : x === 'n' ? '\n' : x)), start + cellStart);
                cellStart = cellEnd + 1;
            }
            start = end + 1;
        }
        copiedTo = start;
    }
    return text.length > 0 ? { text: text.join('\n'), lineNumbers } : undefined;
}


/***/ })

};

//# sourceMappingURL=990.index.js.map