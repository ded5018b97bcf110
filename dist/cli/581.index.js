export const id = 581;
export const ids = [581];
export const modules = {

/***/ 36581:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LocalScanError: () => (/* binding */ LocalScanError),
/* harmony export */   checkDiffRoot: () => (/* binding */ checkDiffRoot),
/* harmony export */   collectLocal: () => (/* binding */ collectLocal),
/* harmony export */   originRepo: () => (/* binding */ originRepo),
/* harmony export */   resolveCommit: () => (/* binding */ resolveCommit)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _secrets_diff_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(91657);
/* harmony import */ var _secrets_scanner_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(16519);
/* harmony import */ var _iac_scan_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(68832);
/* harmony import */ var _model_record_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(2860);
/* harmony import */ var _git_run_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(22300);
/* harmony import */ var _read_at_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(32968);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(26807);
/* harmony import */ var _iac_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(15657);
/**
 * Facts for `compliance-gate scan`: the `secrets` and `iac` fact groups of a local directory, read the way
 * the gate reads a pull request's checkout, so the same controls judge them.
 *
 * - Directory mode (no base): every file under DIR that git tracks or would track (untracked, not ignored)
 *   is scanned whole, as if the change added it; outside a git work tree, every file but `.git/` and
 *   `node_modules/`. Symbolic links are not followed (recorded as skipped).
 * - Diff mode (`--base REF`): the lines and files changed between the merge base of REF and HEAD (the
 *   committed changes, as the gate sees a pull request's base...head), through the gate's own git diff
 *   (secrets.ts → checkoutChange) and with the baseline read at REF.
 *
 * A file that could not be scanned (over max-file-size, unreadable, a compressed archive, malformed IaC) is
 * "not verified" with its reason, never passed.
 */










/** Directories never walked outside a git work tree (inside one, .gitignore decides). */
const SKIPPED_DIRS = new Set(['.git', 'node_modules']);
class LocalScanError extends Error {
}
async function git(dir, args) {
    const r = await (0,_git_run_js__WEBPACK_IMPORTED_MODULE_5__/* .runGit */ .EO)(dir, args, { maxBuffer: 256 * 1024 * 1024 });
    return r.ok ? r.stdout : null;
}
/**
 * `git status --porcelain` (a note only) with every content filter the config names switched off: status
 * re-reads a file whose stat changed through its clean filter (`filter.<driver>.process/clean` in .git/config,
 * picked by a `.gitattributes` the branch may bring), and that filter is a command. Submodules are not visited.
 */
async function workTreeStatus(dir) {
    const keys = (await git(dir, ['config', '--name-only', '--get-regexp', '^filter\\.'])) ?? '';
    const drivers = new Set(keys
        .split('\n')
        .map(k => /^filter\.(.+)\.[^.]+$/s.exec(k.trim())?.[1])
        .filter((d) => d !== undefined));
    const off = [...drivers].flatMap(d => ['clean', 'smudge', 'process'].flatMap(k => ['-c', `filter.${d}.${k}=`]).concat(['-c', `filter.${d}.required=false`]));
    return git(dir, [...off, 'status', '--porcelain', '--untracked-files=normal', '--ignore-submodules=all']);
}
/** Whether dir is inside a git work tree. */
async function inWorkTree(dir) {
    return (await git(dir, ['rev-parse', '--is-inside-work-tree']))?.trim() === 'true';
}
/** The files under dir: git's tracked and untracked-not-ignored ones, or a walk outside git. */
async function listFiles(dir) {
    if (await inWorkTree(dir)) {
        const out = await git(dir, ['ls-files', '-z', '--cached', '--others', '--exclude-standard']);
        if (out === null)
            throw new LocalScanError(`git ls-files failed in ${dir}`);
        const paths = [...new Set(out.split('\0').filter(p => p !== ''))].sort();
        return { paths, skipped: [], source: 'git ls-files --cached --others --exclude-standard' };
    }
    const paths = [];
    const skipped = [];
    const walk = async (rel) => {
        const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(rel ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, rel) : dir, { withFileTypes: true });
        for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
            const p = rel ? `${rel}/${e.name}` : e.name;
            if (e.isDirectory()) {
                if (SKIPPED_DIRS.has(e.name))
                    skipped.push({ path: `${p}/`, reason: `${e.name}/ directory: not walked outside a git work tree` });
                else
                    await walk(p);
            }
            else
                paths.push(p);
        }
    };
    await walk('');
    return { paths, skipped, source: `directory walk of ${dir} (not a git work tree; .git/ and node_modules/ skipped)` };
}
/** Read each listed file whole, as the added lines of a new file; what cannot be read is not verified. */
async function wholeFiles(dir, paths, maxFileSize, excludes) {
    const parsed = [];
    const skipped = [];
    const notVerified = [];
    for (const p of paths) {
        const pattern = (0,_secrets_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .excludedBy */ .UC)(p, excludes);
        if (pattern !== undefined) {
            skipped.push({ path: p, reason: `excluded by policy pattern ${pattern}` });
            continue;
        }
        const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, p);
        try {
            const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(abs);
            if (st.isSymbolicLink()) {
                skipped.push({ path: p, reason: 'symbolic link: not followed (its target is scanned where it lies in the directory)' });
                continue;
            }
            if (st.isDirectory()) {
                skipped.push({ path: p, reason: 'git submodule: another repository, not scanned here (scan its directory on its own)' });
                continue;
            }
            if (!st.isFile())
                continue; // a socket or device file: no content to scan
            if (st.size > maxFileSize) {
                notVerified.push({ path: p, reason: `file is ${st.size} bytes, above the max-file-size of ${maxFileSize} bytes: not scanned`, remedy: _secrets_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .OVERSIZE_REMEDY */ .bI });
                continue;
            }
            const bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(abs);
            const file = (0,_secrets_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .wholeFile */ .AA)(p, bytes.toString('utf8'));
            // Keep the bytes when they are not UTF-8 (as a local diff does), so UTF-16/UTF-32 text is decoded and scanned.
            if (/[\u0000\ufffd]/.test(file.text))
                file.raw = bytes[bytes.length - 1] === 0x0a ? bytes.subarray(0, bytes.length - 1) : bytes;
            parsed.push(file);
        }
        catch (e) {
            const code = e.code;
            if (code === 'ENOENT')
                continue; // listed by git, deleted from the work tree since
            notVerified.push({
                path: p,
                reason: `unreadable (${code ?? e.message}): not scanned`,
                remedy: 'Make the file readable by the user running the scan.'
            });
        }
    }
    const r = (0,_secrets_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .applyFilters */ .W5)(parsed, { maxFileSize, excludePaths: [...excludes] });
    return { ...r, skipped: [...skipped, ...r.skipped], not_verified: [...notVerified, ...r.not_verified] };
}
/** The baseline file in the directory itself (directory mode: the user's own files are the subject). */
async function baselineFromDir(dir, path) {
    const facts = { path, ref: null, entries: 0, present: false };
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, path), 'utf8');
    }
    catch (e) {
        const code = e.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return { facts, fingerprints: new Set() };
        return { facts: { ...facts, present: true, error: `unreadable: ${code ?? e.message}` }, fingerprints: new Set() };
    }
    return (0,_secrets_js__WEBPACK_IMPORTED_MODULE_7__.baselineFromText)(facts, text, `file ${path}`);
}
/** Resolve a revision to a commit SHA in dir, or throw a LocalScanError naming it. */
async function resolveCommit(dir, rev) {
    if (rev.startsWith('-'))
        throw new LocalScanError(`--base ${rev}: not a git revision.`);
    const sha = (await git(dir, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]))?.trim();
    if (!sha)
        throw new LocalScanError(`--base ${rev}: no such commit in ${dir} (fetch it first, e.g. git fetch origin ${rev}).`);
    return sha;
}
/** Diff mode needs DIR to be the top of a git work tree: git's paths are relative to it. */
async function checkDiffRoot(dir) {
    const top = (await git(dir, ['rev-parse', '--show-toplevel']))?.trim();
    if (!top)
        throw new LocalScanError(`--base needs a git work tree: ${dir} is not in one.`);
    if ((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(top)) !== (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(dir)))
        throw new LocalScanError(`--base needs DIR to be the top of the git work tree (${top}), not a directory inside it.`);
}
/** Collect the secrets and iac facts of a directory or of the changes since a base revision. */
async function collectLocal(request) {
    const { dir, groups } = request;
    const secretsParams = (0,_secrets_js__WEBPACK_IMPORTED_MODULE_7__.resolveSecretsParams)(request.neededBy.get('secrets')?.[0]?.params);
    if (groups.has('secrets') && secretsParams['custom-rules'].length > 0)
        await (0,_secrets_scanner_js__WEBPACK_IMPORTED_MODULE_3__.loadCustomRuleEngine)();
    const iacOptions = (0,_iac_js__WEBPACK_IMPORTED_MODULE_8__.iacScanOptions)(request.neededBy.get('iac') ?? [], request.repo);
    const facts = {};
    const notes = [];
    if (request.base === null) {
        const listed = await listFiles(dir);
        if (groups.has('secrets')) {
            const diff = await wholeFiles(dir, listed.paths, secretsParams['max-file-size'], secretsParams['exclude-paths']);
            diff.skipped.unshift(...listed.skipped);
            const baseline = await baselineFromDir(dir, secretsParams.baseline);
            facts.secrets = (0,_secrets_js__WEBPACK_IMPORTED_MODULE_7__.secretsFactsOf)(secretsParams, {
                diff,
                repo: request.repo,
                base: '',
                head: '',
                source: 'checkout',
                baseline,
                notes: ['every file scanned whole (compliance-gate scan, directory mode)'],
                sources: [listed.source]
            });
        }
        if (groups.has('iac'))
            facts.iac = await iacFacts(dir, listed.paths, iacOptions, listed.source);
        return { mode: 'directory', base_sha: null, head_sha: null, paths: listed.paths, facts, notes };
    }
    await checkDiffRoot(dir);
    // Independent git calls run side by side (the base's error first when both fail); the work tree's
    // status (a note only) is read while the change is scanned.
    const [b, h] = await Promise.allSettled([resolveCommit(dir, request.base), resolveCommit(dir, 'HEAD')]);
    if (b.status === 'rejected')
        throw b.reason;
    if (h.status === 'rejected')
        throw h.reason;
    const base = b.value;
    const head = h.value;
    const statusRead = workTreeStatus(dir);
    const [names, removedNames] = await Promise.all([
        git(dir, ['diff', '--name-only', '-z', '--no-color', '--find-renames', '--diff-filter=d', `${base}...${head}`, '--']),
        // Removed files: a removed Terraform file changes what the rest of its module evaluates to.
        groups.has('iac') ? git(dir, ['diff', '--name-only', '-z', '--no-color', '--find-renames', '--diff-filter=D', `${base}...${head}`, '--']) : null
    ]);
    if (names === null) {
        await statusRead;
        throw new LocalScanError(`git diff ${request.base}...HEAD failed in ${dir} (is the merge base of ${request.base} and HEAD in this clone?).`);
    }
    const changed = [...new Set(names.split('\0').filter(p => p !== ''))].sort();
    if (groups.has('secrets')) {
        try {
            // The gate's own reading of a checkout: the change as a whole and each of its commits.
            // Scanned file by file while git prints the diff.
            const scanned = (0,_secrets_js__WEBPACK_IMPORTED_MODULE_7__.diffScan)(secretsParams, request.repo);
            const change = await (0,_secrets_js__WEBPACK_IMPORTED_MODULE_7__.checkoutChange)({ cwd: dir, base, head, maxFileSize: secretsParams['max-file-size'], excludePaths: secretsParams['exclude-paths'] }, scanned);
            const baseline = await (0,_secrets_js__WEBPACK_IMPORTED_MODULE_7__.baselineAt)((0,_read_at_js__WEBPACK_IMPORTED_MODULE_6__/* .createFileReader */ .gr)({ owner: '', repo: '', checkoutDir: dir, api: null }), base, secretsParams.baseline);
            facts.secrets = (0,_secrets_js__WEBPACK_IMPORTED_MODULE_7__.secretsFactsOf)(secretsParams, { ...change, repo: request.repo, base, head, source: 'checkout', baseline }, scanned);
        }
        catch (e) {
            facts.secrets = (0,_model_record_js__WEBPACK_IMPORTED_MODULE_9__/* .unavailable */ .hU)({ reason: e instanceof Error ? e.message : String(e), remedy: `Fetch the history of ${request.base} and HEAD (the merge base is needed).` }, [`git diff ${base}...${head}`]);
        }
    }
    const status = await statusRead;
    if (status && status.trim() !== '')
        notes.push('the work tree has uncommitted changes: --base scans the commits between the base and HEAD only (commit them, or scan the directory without --base)');
    const metadataSecrets = groups.has('secrets') ? await secretsInMetadata(dir, base, head, changed, request.repo) : undefined;
    if (groups.has('iac')) {
        const removedPaths = (removedNames ?? '').split('\0').filter(p => p !== '');
        facts.iac = await iacFacts(dir, changed, { ...iacOptions, removedPaths }, `git diff --name-only ${base}...${head}`);
        if (status && status.trim() !== '')
            notes.push('IaC files are read from the work tree');
    }
    return { mode: 'diff', base_sha: base, head_sha: head, paths: changed, facts, notes, ...(metadataSecrets ? { metadataSecrets } : {}) };
}
/** The commit messages (base..head) and changed paths that hold a secret, redacted (see LocalScan.metadataSecrets). */
async function secretsInMetadata(dir, base, head, paths, repo) {
    const log = (await git(dir, ['log', '--no-color', '--format=%H%x1f%B%x1e', `${base}..${head}`, '--'])) ?? '';
    const commits = [];
    for (const entry of log.split('\x1e')) {
        const [sha, message] = entry.replace(/^\n/, '').split('\x1f');
        if (!sha || message === undefined)
            continue;
        const r = (0,_secrets_scanner_js__WEBPACK_IMPORTED_MODULE_3__.redactSecrets)(message.replace(/\n+$/, ''), repo);
        if (r.redacted > 0)
            commits.push({ sha: sha.trim(), message: r.text, author: {}, committer: {}, co_authors: [], parents: [], secrets_redacted: r.redacted });
    }
    const files = [];
    for (const p of paths) {
        const r = (0,_secrets_scanner_js__WEBPACK_IMPORTED_MODULE_3__.redactSecrets)(p, repo);
        if (r.redacted > 0)
            files.push({ path: r.text, status: 'modified', additions: 0, deletions: 0, secrets_redacted: r.redacted });
    }
    return { commits, files };
}
async function iacFacts(dir, paths, options, listSource) {
    try {
        const facts = await (0,_iac_scan_js__WEBPACK_IMPORTED_MODULE_4__/* .scanIac */ .th)(dir, paths, options);
        const sources = [listSource, 'work tree: the listed IaC files and their module directories'];
        if (facts.plan)
            sources.push(`terraform plan JSON: ${facts.plan.path}`);
        return (0,_model_record_js__WEBPACK_IMPORTED_MODULE_9__/* .complete */ .My)(facts, sources);
    }
    catch (e) {
        return (0,_model_record_js__WEBPACK_IMPORTED_MODULE_9__/* .unavailable */ .hU)({ reason: `IaC scan failed: ${e instanceof Error ? e.message : String(e)}` });
    }
}
/** `owner/name` of the `origin` remote when it is a GitHub-style URL; null otherwise (or outside git). */
async function originRepo(dir) {
    const url = (await git(dir, ['config', '--get', 'remote.origin.url']))?.trim();
    const m = url ? /[/:]([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(url) : null;
    return m ? `${m[1]}/${m[2]}` : null;
}


/***/ })

};

//# sourceMappingURL=581.index.js.map