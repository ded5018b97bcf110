export const id = 278;
export const ids = [278];
export const modules = {

/***/ 12278:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LocalScanError: () => (/* binding */ LocalScanError),
  checkDiffRoot: () => (/* binding */ checkDiffRoot),
  collectLocal: () => (/* binding */ collectLocal),
  originRepo: () => (/* binding */ originRepo),
  resolveCommit: () => (/* binding */ resolveCommit)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/secrets/diff.ts + 1 modules
var diff = __webpack_require__(91657);
// EXTERNAL MODULE: ./src/secrets/scanner.ts + 5 modules
var scanner = __webpack_require__(16519);
// EXTERNAL MODULE: ./src/iac/scan.ts + 11 modules
var scan = __webpack_require__(68832);
// EXTERNAL MODULE: ./src/model/record.ts
var record = __webpack_require__(2860);
// EXTERNAL MODULE: ./src/collect/collector.ts
var collector = __webpack_require__(15709);
// EXTERNAL MODULE: ./src/collect/git/run.ts
var run = __webpack_require__(22300);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: ./src/iac/source.ts
var source = __webpack_require__(91094);
;// CONCATENATED MODULE: ./src/collect/git/tree-source.ts
/**
 * An IaC FileSource over one commit's tree, read from git's objects and never from the work tree: `compliance-gate scan
 * --base` judges the committed HEAD even when the work tree holds uncommitted edits (which could make an unencrypted
 * resource look encrypted). Reads are synchronous, as the scanner's are (it loads module directories on demand): one
 * `git ls-tree` for the listing, one `git cat-file` per file read. Symbolic links are not followed.
 */




class GitTreeSource {
    where;
    local = true;
    root;
    entries = new Map();
    dirs = new Map();
    constructor(root, commit) {
        this.root = root;
        this.where = `commit ${commit.slice(0, 12)}`;
        const out = this.git(['ls-tree', '-r', '-z', '--long', '--full-tree', commit]);
        // `<mode> <type> <object> <size>\t<path>` per entry, NUL-terminated; blobs only (a submodule is a commit).
        for (const line of out.toString('utf8').split('\0')) {
            const m = /^(\d{6}) blob ([0-9a-f]{40,64}) +(\d+)\t(.+)$/s.exec(line);
            if (!m)
                continue;
            const rel = m[4];
            this.entries.set(rel, { mode: m[1], oid: m[2], size: Number(m[3]) });
            const slash = rel.lastIndexOf('/');
            const dir = slash < 0 ? '.' : rel.slice(0, slash);
            const names = this.dirs.get(dir);
            if (names)
                names.push(rel.slice(slash + 1));
            else
                this.dirs.set(dir, [rel.slice(slash + 1)]);
        }
    }
    git(args) {
        return (0,external_node_child_process_.execFileSync)('git', (0,run/* hardenedArgs */.XM)(args), { cwd: this.root, env: (0,run/* gitEnv */.gE)(), maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'ignore'] });
    }
    readFile(rel, maxSize) {
        const key = external_node_path_default().posix.normalize(rel).replace(/^\.\//, '');
        const e = this.entries.get(key);
        if (!e)
            return this.dirs.has(key) ? null : { ok: false, reason: `not found in ${this.where} (deleted?)` };
        if (e.mode === '120000')
            return { ok: false, reason: `a symbolic link in ${this.where}: not followed` };
        if (e.size > maxSize)
            return (0,source/* tooLarge */.g)(e.size, maxSize);
        return { ok: true, data: this.git(['cat-file', 'blob', e.oid]) };
    }
    listDir(rel) {
        const key = rel === '' ? '.' : external_node_path_default().posix.normalize(rel).replace(/^\.\/(?=.)/, '');
        const names = this.dirs.get(key);
        if (names)
            return { ok: true, names: [...names] };
        const prefix = key === '.' ? '' : `${key}/`;
        for (const d of this.dirs.keys())
            if (d.startsWith(prefix))
                return { ok: true, names: [] };
        return null;
    }
    relative(p) {
        return external_node_path_default().isAbsolute(p) ? external_node_path_default().relative(this.root, p) : p;
    }
}

// EXTERNAL MODULE: ./src/collect/read-at.ts
var read_at = __webpack_require__(32968);
// EXTERNAL MODULE: ./src/collect/secrets.ts + 3 modules
var secrets = __webpack_require__(26807);
// EXTERNAL MODULE: ./src/collect/iac.ts + 1 modules
var iac = __webpack_require__(15657);
;// CONCATENATED MODULE: ./src/collect/local.ts
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
    const r = await (0,run/* runGit */.EO)(dir, args, { maxBuffer: 256 * 1024 * 1024 });
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
        const entries = await (0,promises_.readdir)(rel ? (0,external_node_path_.join)(dir, rel) : dir, { withFileTypes: true });
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
        const pattern = (0,diff/* excludedBy */.UC)(p, excludes);
        if (pattern !== undefined) {
            skipped.push({ path: p, reason: `excluded by policy pattern ${pattern}` });
            continue;
        }
        const abs = (0,external_node_path_.join)(dir, p);
        try {
            const st = await (0,promises_.lstat)(abs);
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
                notVerified.push({ path: p, reason: `file is ${st.size} bytes, above the max-file-size of ${maxFileSize} bytes: not scanned`, remedy: diff/* OVERSIZE_REMEDY */.bI });
                continue;
            }
            const bytes = await (0,promises_.readFile)(abs);
            const file = (0,diff/* wholeFile */.AA)(p, bytes.toString('utf8'));
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
    const r = (0,diff/* applyFilters */.W5)(parsed, { maxFileSize, excludePaths: [...excludes] });
    return { ...r, skipped: [...skipped, ...r.skipped], not_verified: [...notVerified, ...r.not_verified] };
}
/** The baseline file in the directory itself (directory mode: the user's own files are the subject). */
async function baselineFromDir(dir, path) {
    const facts = { path, ref: null, entries: 0, present: false };
    let text;
    try {
        text = await (0,promises_.readFile)((0,external_node_path_.join)(dir, path), 'utf8');
    }
    catch (e) {
        const code = e.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return { facts, fingerprints: new Set() };
        return { facts: { ...facts, present: true, error: `unreadable: ${code ?? e.message}` }, fingerprints: new Set() };
    }
    return (0,secrets.baselineFromText)(facts, text, `file ${path}`);
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
    if ((await (0,promises_.realpath)(top)) !== (await (0,promises_.realpath)(dir)))
        throw new LocalScanError(`--base needs DIR to be the top of the git work tree (${top}), not a directory inside it.`);
}
/** Collect the secrets and iac facts of a directory or of the changes since a base revision. */
async function collectLocal(request) {
    const { dir, groups } = request;
    const secretsParams = (0,secrets.resolveSecretsParams)(request.neededBy.get('secrets')?.[0]?.params);
    if (groups.has('secrets') && secretsParams['custom-rules'].length > 0)
        await (0,scanner.loadCustomRuleEngine)();
    const iacOptions = (0,iac.iacScanOptions)(request.neededBy.get('iac') ?? [], request.repo);
    const facts = {};
    const notes = [];
    if (request.base === null) {
        const listed = await listFiles(dir);
        if (groups.has('secrets')) {
            const diff = await wholeFiles(dir, listed.paths, secretsParams['max-file-size'], secretsParams['exclude-paths']);
            diff.skipped.unshift(...listed.skipped);
            const baseline = await baselineFromDir(dir, secretsParams.baseline);
            facts.secrets = (0,secrets.secretsFactsOf)(secretsParams, {
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
            const scanned = (0,secrets.diffScan)(secretsParams, request.repo);
            const change = await (0,secrets.checkoutChange)({ cwd: dir, base, head, maxFileSize: secretsParams['max-file-size'], excludePaths: secretsParams['exclude-paths'] }, scanned);
            const baseline = await (0,secrets.baselineAt)((0,read_at/* createFileReader */.gr)({ owner: '', repo: '', checkoutDir: dir, api: null }), base, secretsParams.baseline);
            facts.secrets = (0,secrets.secretsFactsOf)(secretsParams, { ...change, repo: request.repo, base, head, source: 'checkout', baseline }, scanned);
        }
        catch (e) {
            facts.secrets = (0,record/* unavailable */.hU)({ reason: e instanceof Error ? e.message : String(e), remedy: `Fetch the history of ${request.base} and HEAD (the merge base is needed).` }, [`git diff ${base}...${head}`]);
        }
    }
    const status = await statusRead;
    if (status && status.trim() !== '')
        notes.push('the work tree has uncommitted changes: --base scans the commits between the base and HEAD only (commit them, or scan the directory without --base)');
    const metadataSecrets = groups.has('secrets') ? await secretsInMetadata(dir, base, head, changed, request.repo) : undefined;
    if (groups.has('iac')) {
        const removedPaths = (removedNames ?? '').split('\0').filter(p => p !== '');
        // Uncommitted edits are not the change: with any in the work tree, IaC files are read from HEAD's objects.
        const dirty = Boolean(status && status.trim() !== '');
        facts.iac = await iacFacts(dirty ? new GitTreeSource(dir, head) : dir, changed, { ...iacOptions, removedPaths }, `git diff --name-only ${base}...${head}`);
        if (dirty)
            notes.push('IaC files are read from the HEAD commit, not the work tree');
    }
    return { mode: 'diff', base_sha: base, head_sha: head, paths: changed, facts, notes, ...(metadataSecrets ? { metadataSecrets } : {}) };
}
/**
 * The commit messages (base..head) and changed paths that hold a secret, redacted as the action redacts them
 * (redactCommitMessage, redactFilePaths): see LocalScan.metadataSecrets.
 */
async function secretsInMetadata(dir, base, head, paths, repo) {
    const log = (await git(dir, ['log', '--no-color', '--format=%H%x1f%B%x1e', `${base}..${head}`, '--'])) ?? '';
    const commits = [];
    for (const entry of log.split('\x1e')) {
        const [sha, message] = entry.replace(/^\n/, '').split('\x1f');
        if (!sha || message === undefined)
            continue;
        const commit = { sha: sha.trim(), message: message.replace(/\n+$/, ''), author: {}, committer: {}, co_authors: [], parents: [] };
        const redacted = (0,collector/* redactCommitMessage */.cN)(commit, repo, scanner.redactSecrets);
        if (redacted !== commit)
            commits.push(redacted);
    }
    const listed = paths.map(path => ({ path, status: 'modified', additions: 0, deletions: 0 }));
    const files = (0,collector/* redactFilePaths */.ed)(listed, repo, scanner.redactSecrets).filter(f => (f.secrets_redacted ?? 0) > 0);
    return { commits, files };
}
async function iacFacts(dir, paths, options, listSource) {
    try {
        const facts = await (0,scan/* scanIac */.th)(dir, paths, options);
        const sources = [listSource, `${typeof dir === 'string' ? 'work tree' : dir.where}: the listed IaC files and their module directories`];
        if (facts.plan)
            sources.push(`terraform plan JSON: ${facts.plan.path}`);
        return (0,record/* complete */.My)(facts, sources);
    }
    catch (e) {
        return (0,record/* unavailable */.hU)({ reason: `IaC scan failed: ${e instanceof Error ? e.message : String(e)}` });
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

//# sourceMappingURL=278.index.js.map