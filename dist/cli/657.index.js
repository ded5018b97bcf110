export const id = 657;
export const ids = [657];
export const modules = {

/***/ 15657:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  collectIac: () => (/* binding */ collectIac),
  iacCollector: () => (/* binding */ iacCollector),
  iacScanOptions: () => (/* binding */ iacScanOptions),
  worktreeHolds: () => (/* binding */ worktreeHolds)
});

// EXTERNAL MODULE: ./src/iac/scan.ts + 12 modules
var scan = __webpack_require__(43356);
// EXTERNAL MODULE: ./src/iac/source.ts
var source = __webpack_require__(91094);
// EXTERNAL MODULE: ./src/collect/github/api.ts
var api = __webpack_require__(36688);
// EXTERNAL MODULE: ./src/collect/read-at.ts
var read_at = __webpack_require__(32968);
;// CONCATENATED MODULE: ./src/collect/iac-api.ts




/** Most contents/blob reads one scan makes (no policy setting: a bound on API use). */
const MAX_API_READS = 300;
/** Scan rounds: one per level of local module calls (module.ts follows at most 8 levels). */
const MAX_ROUNDS = 12;
const CONCURRENCY = 8;
async function inParallel(items, run) {
    let next = 0;
    const worker = async () => {
        while (next < items.length)
            await run(items[next++]);
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, items.length) }, worker));
}
/** A FileSource answering from what was fetched; reads it cannot answer yet are queued for fetchPending(). */
class ApiFileSource {
    api;
    options;
    where;
    /** Every route read, with the path it read (record sources). */
    sources = [];
    /** Reads that failed (path: reason), other than "not found". */
    failures = [];
    /** Set when MAX_API_READS stopped the fetching. */
    truncated = null;
    /** Contents and blob requests made. */
    reads = 0;
    files = new Map();
    dirs = new Map();
    /** size and blob SHA of files seen in directory listings. */
    listed = new Map();
    wantFiles = new Set();
    wantDirs = new Set();
    maxReads;
    constructor(api, options) {
        this.api = api;
        this.options = options;
        this.where = `the repository at ${options.ref.slice(0, 12)}`;
        this.maxReads = options.maxReads ?? MAX_API_READS;
    }
    readFile(rel) {
        const p = normalize(rel);
        if (p === null)
            return { ok: false, reason: 'outside the repository' };
        if (this.files.has(p))
            return this.files.get(p) ?? null;
        this.wantFiles.add(p);
        return { ok: false, reason: 'not fetched yet' };
    }
    listDir(rel) {
        const p = normalize(rel);
        if (p === null)
            return null;
        if (this.dirs.has(p))
            return this.dirs.get(p) ?? null;
        this.wantDirs.add(p);
        return null;
    }
    relative(p) {
        return p.replace(/^\/+/, '');
    }
    /** True when the last scan asked for something not fetched yet. */
    get pending() {
        return this.wantFiles.size > 0 || this.wantDirs.size > 0;
    }
    /** Fetch what the last scan asked for: directories first (queueing their Terraform files), then files. */
    async fetchPending() {
        const dirs = [...this.wantDirs].filter(d => !this.dirs.has(d));
        const files = new Set([...this.wantFiles].filter(f => !this.files.has(f)));
        this.wantDirs = new Set();
        this.wantFiles = new Set();
        await inParallel(dirs, async (d) => {
            for (const f of await this.fetchDir(d))
                files.add(f);
        });
        await inParallel([...files].filter(f => !this.files.has(f)).sort(), f => this.fetchFile(f));
    }
    /** Give up on what is still wanted (too many rounds), with the reason. */
    abandonPending(reason) {
        for (const d of this.wantDirs)
            this.dirs.set(d, { ok: false, reason });
        for (const f of this.wantFiles)
            this.files.set(f, { ok: false, reason });
        this.wantDirs = new Set();
        this.wantFiles = new Set();
    }
    take() {
        if (this.reads >= this.maxReads) {
            this.truncated ??= `more IaC files than the ${this.maxReads} GitHub API reads one scan makes without a checkout; the rest were not fetched`;
            return `not fetched: the limit of ${this.maxReads} GitHub API reads was reached (check the repository out with actions/checkout to scan them all)`;
        }
        this.reads++;
        return null;
    }
    fail(path, failure, what) {
        const d = (0,api/* describeFailure */.I)(failure, what, 'Grant `contents: read` to the token.');
        this.failures.push({ path, reason: d.reason, ...(d.http_status ? { http_status: d.http_status } : {}) });
        return { ok: false, reason: d.reason, remedy: `${d.remedy} Or check the repository out with actions/checkout before the gate.` };
    }
    /** A 404 where the change says there is a file: the ref or the token is wrong, so it is a failure. */
    changedIn(p, isDir) {
        return (this.options.changed ?? []).some(c => (isDir ? c.startsWith(p === '.' ? '' : `${p}/`) : c === p));
    }
    async fetchDir(dir) {
        const stop = this.take();
        if (stop) {
            this.dirs.set(dir, { ok: false, reason: stop });
            return [];
        }
        const path = dir === '.' ? '' : dir;
        const { owner, repo, ref } = this.options;
        this.sources.push(`GET /repos/{owner}/{repo}/contents/${path}?ref=${ref}`);
        const r = await this.api.request(read_at/* CONTENTS_ROUTE */.te, { owner, repo, path, ref });
        if (!r.ok) {
            this.dirs.set(dir, r.kind === 'not_found' && !this.changedIn(dir, true) ? null : this.fail(`${path}/`, r, `Listing the directory ${dir} at ${ref}`));
            return [];
        }
        if (!Array.isArray(r.data)) {
            this.dirs.set(dir, null);
            return [];
        }
        const names = [];
        for (const e of r.data) {
            if (e?.type !== 'file' || typeof e.name !== 'string')
                continue;
            names.push(e.name);
            this.listed.set(dir === '.' ? e.name : `${dir}/${e.name}`, { size: e.size, sha: e.sha });
        }
        this.dirs.set(dir, { ok: true, names });
        const { config, vars } = (0,scan/* terraformDirFiles */.zl)(names);
        return [...config, ...vars].map(n => (dir === '.' ? n : `${dir}/${n}`));
    }
    async fetchFile(p) {
        const known = this.listed.get(p);
        const max = this.options.maxFileSize;
        if (known && known.size > max) {
            this.files.set(p, (0,source/* tooLarge */.g)(known.size, max));
            return;
        }
        const stop = this.take();
        if (stop) {
            this.files.set(p, { ok: false, reason: stop });
            return;
        }
        const { owner, repo, ref } = this.options;
        this.sources.push(`GET /repos/{owner}/{repo}/contents/${p}?ref=${ref}`);
        const r = await this.api.request(read_at/* CONTENTS_ROUTE */.te, { owner, repo, path: p, ref });
        if (!r.ok) {
            this.files.set(p, r.kind === 'not_found' && !this.changedIn(p, false)
                ? { ok: false, reason: `not found in ${this.where} (deleted?)` }
                : this.fail(p, r, `Reading ${p} at ${ref}`));
            return;
        }
        const f = r.data;
        if (Array.isArray(f) || f.type === 'dir' || f.type === 'submodule') {
            this.files.set(p, null);
            return;
        }
        if (f.type !== 'file') {
            this.files.set(p, { ok: false, reason: `a ${f.type}: not followed through the GitHub API` });
            return;
        }
        if (f.size > max) {
            this.files.set(p, (0,source/* tooLarge */.g)(f.size, max));
            return;
        }
        if (typeof f.content === 'string' && (f.content !== '' || f.size === 0) && f.encoding !== 'none') {
            this.files.set(p, { ok: true, data: Buffer.from(f.content, f.encoding === 'base64' ? 'base64' : 'utf8') });
            return;
        }
        // Files over 1 MB come without content: read the blob.
        const again = this.take();
        if (again) {
            this.files.set(p, { ok: false, reason: again });
            return;
        }
        this.sources.push(`GET /repos/{owner}/{repo}/git/blobs/${f.sha} (${p})`);
        const b = await this.api.request(read_at/* BLOB_ROUTE */.oD, { owner, repo, file_sha: f.sha });
        if (!b.ok) {
            this.files.set(p, this.fail(p, b, `Reading ${p} (blob ${f.sha})`));
            return;
        }
        const bytes = (0,read_at/* blobBytes */.Ry)(b.data);
        this.files.set(p, Buffer.isBuffer(bytes)
            ? { ok: true, data: bytes }
            : {
                ok: false,
                reason: `${p}: ${bytes.reason}`,
                remedy: 'Re-run; if it persists, check out the repository (actions/checkout) so files are read from git.'
            });
    }
}
/** A repository-relative posix path without `.`/`..` segments, or null when it leaves the repository. */
function normalize(rel) {
    const out = [];
    for (const part of rel.replace(/\\/g, '/').split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..') {
            if (out.length === 0)
                return null;
            out.pop();
        }
        else
            out.push(part);
    }
    return out.length === 0 ? '.' : out.join('/');
}
/** Scan the changed IaC files at `ref` through the API, fetching in rounds until the scan needs nothing more. */
async function scanIacFromApi(api, changedPaths, options) {
    const source = new ApiFileSource(api, { changed: changedPaths, ...options });
    const scanOptions = {
        planFile: options.planFile,
        maxFileSize: options.maxFileSize,
        repoFullName: options.repoFullName ?? `${options.owner}/${options.repo}`
    };
    for (let round = 0;; round++) {
        const facts = await (0,scan/* scanIac */.th)(source, changedPaths, scanOptions);
        if (!source.pending)
            return { facts, source };
        if (round >= MAX_ROUNDS)
            source.abandonPending(`not fetched: local module calls nest deeper than ${MAX_ROUNDS} levels`);
        else
            await source.fetchPending();
    }
}

// EXTERNAL MODULE: ./src/model/record.ts
var record = __webpack_require__(2860);
// EXTERNAL MODULE: ./src/collect/context.ts
var context = __webpack_require__(38889);
// EXTERNAL MODULE: ./src/collect/git/objects.ts
var objects = __webpack_require__(93517);
// EXTERNAL MODULE: ./src/collect/git/run.ts
var run = __webpack_require__(22300);
;// CONCATENATED MODULE: ./src/collect/iac.ts
/**
 * Extra collector `iac`: IaC facts for the iac.encryption and iac.data-residency controls, read from the
 * checkout of the head commit (see src/iac/scan.ts) or, without a checkout, through the GitHub contents API
 * at the head commit (see ./iac-api.ts). Stored as record.facts.iac (an IacFacts).
 */






/** The scan options the params of the controls that need the IaC facts ask for (the first one's that gives a key, in registry order). */
function iacScanOptions(neededBy, repoFullName) {
    const param = (key) => (0,context/* neededParam */.N)(neededBy, key);
    const planFile = param('plan-file');
    const maxFileSize = param('max-file-size');
    return {
        planFile: typeof planFile === 'string' && planFile !== '' ? planFile : undefined,
        maxFileSize: typeof maxFileSize === 'number' && maxFileSize > 0 ? maxFileSize : scan/* DEFAULT_MAX_FILE_SIZE */.Sj,
        repoFullName
    };
}
async function collectIac(context) {
    const files = context.record.files;
    const noCheckout = { reason: 'IaC files need a checkout of the head commit', remedy: 'add actions/checkout before the gate' };
    if (!files?.value) {
        if (!context.checkoutDir && !context.api)
            return (0,record/* unavailable */.hU)(noCheckout);
        return (0,record/* unavailable */.hU)({
            reason: `the changed files are unknown (${files?.missing?.reason ?? files?.state ?? 'not collected'})`,
            remedy: files?.missing?.remedy
        });
    }
    const changed = files.value.filter(f => f.status !== 'removed').map(f => f.path);
    const options = iacScanOptions(context.neededBy ?? [], `${context.owner}/${context.repo}`);
    /** A partial list of changed files makes the facts partial too. */
    const withFiles = (c) => {
        if (files.state !== 'partial')
            return c;
        const reason = [files.missing?.reason ?? 'the list of changed files is partial', c.missing?.reason].filter(Boolean).join('; ');
        return { ...c, state: 'partial', missing: { ...files.missing, ...c.missing, reason } };
    };
    try {
        // The working tree must hold the change: the head commit itself, or the test merge GitHub makes of it
        // (refs/pull/N/merge, whose second parent is the head). pull_request_target checks out the base: then
        // the files are read through the API at the head instead, as data.
        const checkoutHolds = context.checkoutDir ? await worktreeHolds(context.checkoutDir, context.record.subject.head_sha) : false;
        if (context.checkoutDir && checkoutHolds) {
            const facts = await (0,scan/* scanIac */.th)(context.checkoutDir, changed, options);
            const sources = ['checkout: changed IaC files and their module directories'];
            if (facts.plan)
                sources.push(`terraform plan JSON: ${facts.plan.path}`);
            return withFiles((0,record/* complete */.My)(facts, sources));
        }
        // No checkout: read through the API at the head commit, or nothing at all when no changed file can be IaC.
        const candidates = changed.filter(p => (0,scan/* iacKind */.o_)(p) !== null);
        if (candidates.length === 0) {
            const none = {
                files: [],
                modules: [],
                remote_modules: [],
                resources: [],
                regions: [],
                skips: [],
                limits: { max_file_size: options.maxFileSize }
            };
            return withFiles((0,record/* complete */.My)(none, [...files.sources, 'changed file names (no checkout): none is a Terraform, CloudFormation or ARM file']));
        }
        const head = context.record.subject.head_sha;
        if (!context.api || !head) {
            return (0,record/* unavailable */.hU)(context.api ? { ...noCheckout, reason: `${noCheckout.reason} (its SHA is unknown, so the API cannot read the files)` } : noCheckout);
        }
        const { facts, source } = await scanIacFromApi(context.api, candidates, { owner: context.owner, repo: context.repo, ref: head, ...options });
        const sources = [...files.sources, ...source.sources];
        if (facts.plan)
            sources.push(`terraform plan JSON: ${facts.plan.path}`);
        const problems = [];
        if (source.truncated)
            problems.push(source.truncated);
        const unchanged = source.failures.filter(f => !candidates.includes(f.path));
        if (unchanged.length > 0)
            problems.push(`${unchanged.length} file(s) needed to evaluate the changed ones could not be read: ${unchanged.map(f => f.reason).join('; ')}`);
        const c = (0,record/* complete */.My)(facts, sources);
        if (problems.length === 0)
            return withFiles(c);
        const status = source.failures.find(f => f.http_status)?.http_status;
        return withFiles({
            ...c,
            state: 'partial',
            missing: {
                reason: problems.join('; '),
                remedy: 'Check the repository out with actions/checkout before the gate, or grant `contents: read` to the token.',
                ...(status ? { http_status: status } : {})
            }
        });
    }
    catch (e) {
        return (0,record/* unavailable */.hU)({ reason: `IaC scan failed: ${e instanceof Error ? e.message : String(e)}` });
    }
}
/** Whether the checkout's HEAD is `sha` or a merge commit with `sha` as a parent. Runs only read-only git plumbing. */
async function worktreeHolds(dir, sha) {
    if (!sha)
        return false;
    // HEAD itself through the checkout's one batch (no process of its own); a merge's parents as rev-list shows
    // them, which hides those a shallow checkout cut off.
    const object = await (0,objects/* readObject */.A)(dir, 'HEAD', 0);
    if (object !== null && !object.missing && object.oid === sha)
        return true;
    const r = await (0,run/* runGit */.EO)(dir, ['rev-list', '--parents', '-n', '1', 'HEAD']);
    if (!r.ok)
        return false;
    const [head, ...parents] = r.stdout.trim().split(/\s+/);
    return head === sha || (parents.length > 1 && parents.includes(sha));
}
const iacCollector = {
    group: 'iac',
    after: 'changes',
    collect: collectIac
};


/***/ }),

/***/ 43356:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Sj: () => (/* binding */ DEFAULT_MAX_FILE_SIZE),
  o_: () => (/* binding */ iacKind),
  th: () => (/* binding */ scanIac),
  zl: () => (/* binding */ terraformDirFiles)
});

// UNUSED EXPORTS: findSkipComments, slimResource

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/iac/checks/index.ts + 129 modules
var checks = __webpack_require__(62658);
// EXTERNAL MODULE: ./src/model/facts/iac.ts
var iac = __webpack_require__(19078);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/iac/parse/json-lines.ts
/**
 * JSON / YAML to plain values plus the line of every key, via yaml's parser and LineCounter (JSON is YAML
 * 1.2). Locations are keyed by JSON pointer (`/Resources/Logs/Properties/KmsKeyId`). Tagged nodes
 * (CloudFormation short forms like `!Ref`) are handed to a callback so callers decide what they mean.
 */

class JsonSyntaxError extends Error {
    line;
    column;
    constructor(message, line, column) {
        super(message);
        this.line = line;
        this.column = column;
        this.name = 'JsonSyntaxError';
    }
}
const DEFAULT_PARSE_LIMITS = { maxAliasCount: 100, maxNodes: 500_000, budgetMs: 3_000 };
/** A file over a parse limit: not read, with the reason. */
class ParseBudgetError extends JsonSyntaxError {
    constructor(message) {
        super(message, 1);
        this.name = 'ParseBudgetError';
    }
}
function parseJsonWithLines(text, onTag, limits = DEFAULT_PARSE_LIMITS) {
    return parseYamlWithLines(text, onTag, limits);
}
function parseYamlWithLines(text, onTag, limits = DEFAULT_PARSE_LIMITS) {
    const started = Date.now();
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, uniqueKeys: false, prettyErrors: false, strict: false });
    if (doc.errors.length > 0) {
        const e = doc.errors[0];
        const pos = lineCounter.linePos(e.pos[0]);
        throw new JsonSyntaxError(e.message.split('\n')[0], pos.line, pos.col);
    }
    const starts = new Map();
    const ends = new Map();
    const lineOf = (offset) => (offset === undefined ? 1 : lineCounter.linePos(offset).line);
    const budget = { limits, started, nodes: 0, aliases: 0 };
    const value = convert(doc, doc.contents, '', starts, ends, lineOf, onTag, 0, budget);
    return {
        value,
        lines: {
            line(pointer) {
                let p = pointer;
                for (;;) {
                    const l = starts.get(p);
                    if (l !== undefined)
                        return l;
                    if (p === '')
                        return 1;
                    p = p.slice(0, p.lastIndexOf('/'));
                }
            },
            endLine(pointer) {
                return ends.get(pointer) ?? this.line(pointer);
            }
        }
    };
}
function convert(doc, node, ptr, starts, ends, lineOf, onTag, depth, budget) {
    if (node === null || node === undefined)
        return null;
    if (depth > 200)
        return null;
    spend(budget);
    if ((0,dist/* isAlias */.Vj)(node)) {
        if (++budget.aliases > budget.limits.maxAliasCount) {
            throw new ParseBudgetError(`more than ${budget.limits.maxAliasCount} YAML alias references (an alias bomb expands exponentially): not read`);
        }
        return convert(doc, node.resolve(doc) ?? null, ptr, starts, ends, lineOf, onTag, depth + 1, budget);
    }
    if (!starts.has(ptr) && node.range)
        starts.set(ptr, lineOf(node.range[0]));
    if (node.range)
        ends.set(ptr, lineOf(Math.max(node.range[0], node.range[1] - 1)));
    let value;
    if ((0,dist/* isScalar */.jn)(node))
        value = node.value;
    else if ((0,dist/* isMap */.jh)(node)) {
        const out = {};
        for (const pair of node.items) {
            if (!(0,dist/* isPair */.tO)(pair))
                continue;
            const k = pair.key;
            const key = k && (0,dist/* isScalar */.jn)(k) ? String(k.value) : String(k);
            const p = `${ptr}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
            if (k && k.range)
                starts.set(p, lineOf(k.range[0]));
            out[key] = convert(doc, pair.value, p, starts, ends, lineOf, onTag, depth + 1, budget);
        }
        value = out;
    }
    else if ((0,dist/* isSeq */.oP)(node)) {
        value = node.items.map((item, i) => convert(doc, item, `${ptr}/${i}`, starts, ends, lineOf, onTag, depth + 1, budget));
    }
    else
        value = null;
    const tag = node.tag;
    if (tag && tag.startsWith('!') && !tag.startsWith('!!') && onTag)
        return onTag(tag, value);
    return value;
}
function spend(b) {
    b.nodes++;
    if (b.nodes > b.limits.maxNodes)
        throw new ParseBudgetError(`more than ${b.limits.maxNodes} values: not read (the per-file parse limit)`);
    if ((b.nodes & 1023) === 0 && Date.now() - b.started > b.limits.budgetMs) {
        throw new ParseBudgetError(`reading took longer than the per-file parse budget of ${b.limits.budgetMs / 1000} s: not read`);
    }
}

;// CONCATENATED MODULE: ./src/iac/parse/cloudformation.ts
/**
 * CloudFormation templates (YAML or JSON) → normalized resources. Short-form intrinsics (`!Ref`, `!Sub`,
 * `!GetAtt`, `!If` …) are read from the YAML node tags and turned into their long form; then values resolve
 * against parameter defaults, conditions and mappings. A reference to another resource (`!Ref Key`,
 * `!GetAtt Key.Arn`) is a Ref marker; an intrinsic that cannot be decided statically is Unknown.
 */


const SHORT_FORMS = new Set([
    'Ref',
    'Sub',
    'GetAtt',
    'If',
    'Join',
    'Select',
    'Split',
    'FindInMap',
    'Base64',
    'ImportValue',
    'GetAZs',
    'Equals',
    'And',
    'Or',
    'Not',
    'Condition',
    'Cidr',
    'Transform',
    'Length',
    'ToJsonString'
]);
function onTag(tag, value) {
    const name = tag.slice(1);
    if (!SHORT_FORMS.has(name))
        return value;
    if (name === 'Ref' || name === 'Condition')
        return { [name]: value };
    if (name === 'GetAtt' && typeof value === 'string') {
        const i = value.indexOf('.');
        return { 'Fn::GetAtt': i < 0 ? [value] : [value.slice(0, i), value.slice(i + 1)] };
    }
    return { [`Fn::${name}`]: value };
}
/** Cheap sniff: does this YAML/JSON text look like a CloudFormation template? */
function looksLikeCloudFormation(text) {
    return /AWSTemplateFormatVersion/.test(text) || /["']?Type["']?\s*:\s*["']?AWS::[A-Za-z0-9]+::/.test(text);
}
/** Parse and resolve a template; throws JsonSyntaxError (with line) on bad YAML/JSON. */
function parseCloudFormation(file, text, changed) {
    const { value, lines } = parseYamlWithLines(text, onTag);
    if (!isObj(value))
        return null;
    const resources = value.Resources;
    if (!isObj(resources))
        return null;
    const isTemplate = 'AWSTemplateFormatVersion' in value || Object.values(resources).some(r => isObj(r) && typeof r.Type === 'string' && /^(AWS|Alexa|Custom)::/.test(r.Type));
    if (!isTemplate)
        return null;
    const ctx = new CfnContext(value);
    const out = [];
    for (const [id, r] of Object.entries(resources)) {
        if (!isObj(r) || typeof r.Type !== 'string')
            continue;
        if (typeof r.Condition === 'string') {
            const c = ctx.condition(r.Condition);
            if (c === false)
                continue;
        }
        const ptr = `/Resources/${esc(id)}`;
        const own = isObj(r.Properties) ? r.Properties : {};
        const positions = {};
        collectPositions(own, `${ptr}/Properties`, '', lines, positions);
        const section = samGlobalsSection(r.Type);
        const globals = section && isObj(value.Globals) && isObj(value.Globals[section]) ? value.Globals[section] : undefined;
        // a setting inherited from SAM's Globals is judged on the resource and shown at its line in Globals
        if (globals)
            collectPositions(globals, `/Globals/${esc(section)}`, '', lines, positions);
        const props = globals ? mergeSamGlobals(globals, own) : own;
        const attributes = ctx.resolve(props, 0);
        const service = r.Type.split('::')[1] ?? '';
        out.push({
            address: id,
            type: r.Type,
            name: id,
            provider: 'cfn',
            module: '',
            file,
            line: lines.line(ptr),
            end_line: lines.endLine(ptr),
            attributes: (0,iac/* isPlainObject */.Qd)(attributes) ? attributes : {},
            positions,
            changed,
            source: 'config'
        });
        void service;
    }
    const regions = [];
    if (out.length > 0) {
        regions.push({
            subject: file,
            kind: 'template',
            provider: 'cfn',
            value: (0,iac/* unknown */.L5)('a CloudFormation stack deploys to the region chosen at deploy time (AWS::Region)'),
            file,
            line: lines.line('/Resources'),
            changed
        });
    }
    return { resources: out, regions };
}
/**
 * The `Globals` section of a SAM template (Transform AWS::Serverless-2016-10-31) holds properties every
 * resource of a type inherits: Function, Api, HttpApi, SimpleTable, StateMachine, CapacityProvider
 * (https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-specification-template-anatomy-globals.html).
 */
function samGlobalsSection(type) {
    const m = /^AWS::Serverless::(Function|Api|HttpApi|SimpleTable|StateMachine|CapacityProvider)$/.exec(type);
    return m?.[1];
}
/**
 * A resource's properties over its Globals, as SAM merges them: a value in the resource replaces the
 * global one; maps are merged key by key (the resource's keys win); lists are joined, the global entries
 * first. An intrinsic function (`{ "Ref": … }`, `{ "Fn::If": … }`) is a value, never merged into.
 */
function mergeSamGlobals(global, own, depth = 0) {
    const out = {};
    for (const [k, v] of Object.entries(global))
        if (k !== '__proto__')
            out[k] = v;
    for (const [k, v] of Object.entries(own)) {
        if (k === '__proto__')
            continue;
        const g = out[k];
        if (depth < 20 && isObj(g) && isObj(v) && !isIntrinsic(g) && !isIntrinsic(v))
            out[k] = mergeSamGlobals(g, v, depth + 1);
        else if (Array.isArray(g) && Array.isArray(v))
            out[k] = [...g, ...v];
        else
            out[k] = v;
    }
    return out;
}
function isIntrinsic(v) {
    const keys = Object.keys(v);
    return keys.length === 1 && (keys[0] === 'Ref' || keys[0] === 'Condition' || keys[0].startsWith('Fn::'));
}
function esc(k) {
    return k.replace(/~/g, '~0').replace(/\//g, '~1');
}
function isObj(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function collectPositions(v, ptr, at, lines, positions, depth = 0) {
    if (depth > 30)
        return;
    if (Array.isArray(v)) {
        v.forEach((item, i) => collectPositions(item, `${ptr}/${i}`, at, lines, positions, depth + 1));
        return;
    }
    if (!isObj(v))
        return;
    for (const [k, x] of Object.entries(v)) {
        const p = at ? `${at}.${k}` : k;
        const kp = `${ptr}/${esc(k)}`;
        if (positions[p] === undefined)
            positions[p] = lines.line(kp);
        collectPositions(x, kp, p, lines, positions, depth + 1);
    }
}
const NO_VALUE = Symbol('AWS::NoValue');
class CfnContext {
    params;
    conditions;
    mappings;
    resourceIds;
    condCache = new Map();
    constructor(template) {
        this.params = isObj(template.Parameters) ? template.Parameters : {};
        this.conditions = isObj(template.Conditions) ? template.Conditions : {};
        this.mappings = isObj(template.Mappings) ? template.Mappings : {};
        this.resourceIds = new Set(isObj(template.Resources) ? Object.keys(template.Resources) : []);
    }
    condition(name, depth = 0) {
        if (this.condCache.has(name))
            return this.condCache.get(name);
        this.condCache.set(name, undefined); // cycle guard
        const def = this.conditions[name];
        const v = def === undefined ? undefined : this.evalCond(def, depth + 1);
        this.condCache.set(name, v);
        return v;
    }
    evalCond(c, depth) {
        if (depth > 30)
            return undefined;
        if (typeof c === 'boolean')
            return c;
        if (!isObj(c))
            return undefined;
        const [k] = Object.keys(c);
        const arg = c[k];
        switch (k) {
            case 'Condition':
                return typeof arg === 'string' ? this.condition(arg, depth) : undefined;
            case 'Fn::Equals': {
                if (!Array.isArray(arg) || arg.length !== 2)
                    return undefined;
                const a = this.resolve(arg[0], depth);
                const b = this.resolve(arg[1], depth);
                if ((0,iac/* isUnknown */.t8)(a) || (0,iac/* isUnknown */.t8)(b) || (0,iac/* isRef */.i9)(a) || (0,iac/* isRef */.i9)(b))
                    return undefined;
                return String(a) === String(b);
            }
            case 'Fn::Not': {
                const inner = Array.isArray(arg) ? this.evalCond(arg[0], depth + 1) : undefined;
                return inner === undefined ? undefined : !inner;
            }
            case 'Fn::And':
            case 'Fn::Or': {
                if (!Array.isArray(arg))
                    return undefined;
                const vals = arg.map(x => this.evalCond(x, depth + 1));
                if (k === 'Fn::And')
                    return vals.includes(false) ? false : vals.includes(undefined) ? undefined : true;
                return vals.includes(true) ? true : vals.includes(undefined) ? undefined : false;
            }
            default:
                return undefined;
        }
    }
    param(name) {
        const p = this.params[name];
        if (!isObj(p))
            return (0,iac/* unknown */.L5)(`parameter ${name} is not declared`);
        if (p.NoEcho === true || p.NoEcho === 'true' || (0,iac/* looksSecret */.n0)(name))
            return (0,iac/* unknown */.L5)(`parameter ${name} is secret: its value is never read`);
        if (!('Default' in p))
            return (0,iac/* unknown */.L5)(`parameter ${name} has no Default; its value is given at deploy time`);
        return toValue(p.Default);
    }
    resolve(v, depth) {
        const r = this.resolveInner(v, depth);
        return r === NO_VALUE ? null : r;
    }
    resolveInner(v, depth) {
        if (depth > 50)
            return (0,iac/* unknown */.L5)('intrinsic functions nest too deeply');
        if (Array.isArray(v)) {
            const out = [];
            for (const x of v) {
                const r = this.resolveInner(x, depth + 1);
                if (r !== NO_VALUE)
                    out.push(r);
            }
            return out;
        }
        if (!isObj(v))
            return toValue(v);
        const keys = Object.keys(v);
        if (keys.length === 1 && (keys[0] === 'Ref' || keys[0].startsWith('Fn::')))
            return this.intrinsic(keys[0], v[keys[0]], depth);
        const out = {};
        for (const [k, x] of Object.entries(v)) {
            const r = this.resolveInner(x, depth + 1);
            if (r !== NO_VALUE)
                out[k] = r;
        }
        return out;
    }
    intrinsic(fn, arg, depth) {
        switch (fn) {
            case 'Ref': {
                if (typeof arg !== 'string')
                    return (0,iac/* unknown */.L5)('Ref of a non-string');
                if (arg === 'AWS::NoValue')
                    return NO_VALUE;
                if (arg.startsWith('AWS::'))
                    return (0,iac/* unknown */.L5)(`${arg} is known only at deploy time`);
                if (arg in this.params)
                    return this.param(arg);
                if (this.resourceIds.has(arg))
                    return { $ref: arg };
                return (0,iac/* unknown */.L5)(`Ref ${arg} names no parameter or resource`);
            }
            case 'Fn::GetAtt': {
                const parts = Array.isArray(arg) ? arg.map(String) : typeof arg === 'string' ? [arg] : [];
                return parts[0] ? { $ref: parts.join('.') } : (0,iac/* unknown */.L5)('Fn::GetAtt without a resource');
            }
            case 'Fn::If': {
                if (!Array.isArray(arg) || arg.length !== 3 || typeof arg[0] !== 'string')
                    return (0,iac/* unknown */.L5)('malformed Fn::If');
                const c = this.condition(arg[0]);
                if (c !== undefined)
                    return this.resolveInner(c ? arg[1] : arg[2], depth + 1);
                const a = this.resolveInner(arg[1], depth + 1);
                const b = this.resolveInner(arg[2], depth + 1);
                if (a !== NO_VALUE && b !== NO_VALUE && JSON.stringify(a) === JSON.stringify(b))
                    return a;
                return (0,iac/* unknown */.L5)(`Fn::If on condition ${arg[0]}, which depends on deploy-time parameters`);
            }
            case 'Fn::Sub': {
                const [tmpl, vars] = Array.isArray(arg) ? [arg[0], arg[1]] : [arg, undefined];
                if (typeof tmpl !== 'string')
                    return (0,iac/* unknown */.L5)('malformed Fn::Sub');
                let bad;
                // the text with each unresolved part as a marker: a KMS key's kind can still be read from the literal
                // parts (`arn:${AWS::Partition}:kms:${AWS::Region}:${AWS::AccountId}:alias/aws/sns` is AWS-managed)
                const template = tmpl.replace(/\$\{([^}!][^}]*)\}/g, (_m, name) => {
                    let v;
                    if (isObj(vars) && name in vars)
                        v = this.resolve(vars[name], depth + 1);
                    else if (name.includes('.'))
                        v = { $ref: name };
                    else
                        v = this.resolve({ Ref: name }, depth + 1);
                    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
                        return String(v);
                    bad ??= v;
                    return (0,iac/* templateMarker */.l4)(v);
                });
                if (bad !== undefined) {
                    const why = (0,iac/* isUnknown */.t8)(bad) ? bad.$unknown : `Fn::Sub interpolates ${(0,iac/* isRef */.i9)(bad) ? bad.$ref : 'a non-string'}, known only at deploy time`;
                    return (0,iac/* unknown */.L5)(why, template.replace(/\$\{!/g, '${'));
                }
                return template.replace(/\$\{!/g, '${');
            }
            case 'Fn::Join': {
                if (!Array.isArray(arg) || arg.length !== 2)
                    return (0,iac/* unknown */.L5)('malformed Fn::Join');
                const list = this.resolve(arg[1], depth + 1);
                if (!Array.isArray(list))
                    return (0,iac/* isUnknown */.t8)(list) ? list : (0,iac/* unknown */.L5)('Fn::Join of a non-list');
                const parts = [];
                for (const p of list) {
                    if (typeof p === 'object' && p !== null)
                        return (0,iac/* isUnknown */.t8)(p) ? p : (0,iac/* unknown */.L5)('Fn::Join includes a value known only at deploy time');
                    parts.push(String(p));
                }
                return parts.join(String(arg[0]));
            }
            case 'Fn::Select': {
                if (!Array.isArray(arg) || arg.length !== 2)
                    return (0,iac/* unknown */.L5)('malformed Fn::Select');
                const i = this.resolve(arg[0], depth + 1);
                const list = this.resolve(arg[1], depth + 1);
                if (Array.isArray(list) && (typeof i === 'number' || typeof i === 'string'))
                    return list[Number(i)] ?? (0,iac/* unknown */.L5)('Fn::Select index out of range');
                return (0,iac/* unknown */.L5)('Fn::Select over values known only at deploy time');
            }
            case 'Fn::FindInMap': {
                if (!Array.isArray(arg) || arg.length < 3)
                    return (0,iac/* unknown */.L5)('malformed Fn::FindInMap');
                const [m, k1, k2] = arg.slice(0, 3).map(x => this.resolve(x, depth + 1));
                if (typeof m !== 'string' || typeof k1 !== 'string' || typeof k2 !== 'string')
                    return (0,iac/* unknown */.L5)('Fn::FindInMap with keys known only at deploy time');
                const map = this.mappings[m];
                const top = isObj(map) ? map[k1] : undefined;
                const v = isObj(top) ? top[k2] : undefined;
                return v === undefined ? (0,iac/* unknown */.L5)(`Fn::FindInMap: no ${m}.${k1}.${k2}`) : toValue(v);
            }
            case 'Fn::Split':
            case 'Fn::Base64':
            case 'Fn::ImportValue':
            case 'Fn::GetAZs':
            case 'Fn::Cidr':
            case 'Fn::Transform':
            default:
                return (0,iac/* unknown */.L5)(`${fn} is known only at deploy time`);
        }
    }
}
function toValue(v) {
    if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
        return v;
    if (v === undefined)
        return null;
    if (Array.isArray(v))
        return v.map(toValue);
    if (typeof v === 'object') {
        const out = {};
        for (const [k, x] of Object.entries(v))
            out[k] = toValue(x);
        return out;
    }
    if (v instanceof Date)
        return v.toISOString();
    return String(v);
}

;// CONCATENATED MODULE: ./src/iac/parse/arm.ts
/**
 * ARM templates (JSON; Bicep compiles to these) → normalized resources. Template expressions (`"[...]"`)
 * are evaluated for parameters() / variables() with defaults, concat(), toLower()/toUpper(), bool(),
 * string literals; resourceId()/reference() become references; resourceGroup().location and anything else
 * depending on the deployment is Unknown.
 */



function looksLikeArm(text) {
    return /deploymentTemplate\.json/i.test(text) && /"resources"\s*:/.test(text);
}
function arm_isObj(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function parseArm(file, text, changed) {
    const { value, lines } = parseJsonWithLines(text);
    if (!arm_isObj(value) || typeof value.$schema !== 'string' || !/deploymentTemplate/i.test(value.$schema))
        return null;
    const ev = new ArmEval(value);
    const resources = [];
    const regions = [];
    const walk = (list, ptr, parentType, parentName) => {
        const items = Array.isArray(list)
            ? list.map((r, i) => [`${ptr}/${i}`, r])
            : arm_isObj(list)
                ? Object.entries(list).map(([k, r]) => [`${ptr}/${k}`, r])
                : [];
        for (const [p, r] of items) {
            if (!arm_isObj(r) || typeof r.type !== 'string')
                continue;
            const type = parentType && !r.type.includes('/') ? `${parentType}/${r.type}` : parentType && !r.type.includes('.') ? `${parentType}/${r.type}` : r.type;
            const nameV = ev.eval(r.name);
            const shortName = typeof nameV === 'string' ? nameV : String(r.name ?? '?');
            const name = parentName && !shortName.includes('/') ? `${parentName}/${shortName}` : shortName;
            if ('condition' in r) {
                const c = ev.eval(r.condition);
                if (c === false)
                    continue;
            }
            const props = arm_isObj(r.properties) ? r.properties : {};
            const resolved = ev.eval(props);
            const attributes = { properties: (0,iac/* isPlainObject */.Qd)(resolved) ? resolved : {} };
            const positions = {};
            collectPositions(props, `${p}/properties`, 'properties', lines, positions);
            for (const k of ['location', 'kind', 'sku', 'identity', 'apiVersion']) {
                if (k in r) {
                    attributes[k] = ev.eval(r[k]);
                    positions[k] = lines.line(`${p}/${k}`);
                }
            }
            const res = {
                address: `${type}/${name}`,
                type,
                name,
                provider: 'arm',
                module: '',
                file,
                line: lines.line(p),
                end_line: lines.endLine(p),
                attributes,
                positions,
                changed,
                source: 'config'
            };
            resources.push(res);
            if ('location' in r) {
                const loc = attributes.location;
                regions.push({
                    subject: res.address,
                    kind: 'resource',
                    provider: 'arm',
                    value: typeof loc === 'string' ? loc : (0,iac/* isUnknown */.t8)(loc) ? loc : (0,iac/* unknown */.L5)(`location is ${JSON.stringify(loc)}`),
                    file,
                    line: positions.location,
                    changed
                });
            }
            if (r.resources)
                walk(r.resources, `${p}/resources`, type, name);
        }
    };
    walk(value.resources, '/resources', '', '');
    void lines;
    return { resources, regions };
}
class ArmEval {
    params;
    vars;
    varStack = new Set();
    constructor(t) {
        this.params = arm_isObj(t.parameters) ? t.parameters : {};
        this.vars = arm_isObj(t.variables) ? t.variables : {};
    }
    eval(v, depth = 0) {
        if (depth > 40)
            return (0,iac/* unknown */.L5)('template nests too deeply');
        if (typeof v === 'string') {
            if (v.startsWith('[['))
                return v.slice(1);
            if (v.startsWith('[') && v.endsWith(']'))
                return this.expr(v.slice(1, -1), depth);
            return v;
        }
        if (v === null || typeof v === 'number' || typeof v === 'boolean')
            return v;
        if (Array.isArray(v))
            return v.map(x => this.eval(x, depth + 1));
        if (arm_isObj(v)) {
            const out = {};
            for (const [k, x] of Object.entries(v))
                out[k] = this.eval(x, depth + 1);
            return out;
        }
        return null;
    }
    expr(src, depth) {
        try {
            const p = new ExprParser(src);
            const node = p.parse();
            return this.evalNode(node, depth);
        }
        catch (e) {
            return (0,iac/* unknown */.L5)(`template expression not understood: ${e.message}`);
        }
    }
    evalNode(n, depth) {
        if (n.kind === 'str')
            return n.value;
        if (n.kind === 'num')
            return n.value;
        let base;
        const args = () => n.args.map(a => this.evalNode(a, depth + 1));
        const name = n.name.toLowerCase();
        switch (name) {
            case 'parameters': {
                const [k] = args();
                if (typeof k !== 'string')
                    return (0,iac/* unknown */.L5)('parameters() with a computed name');
                const p = this.params[k];
                if (!arm_isObj(p))
                    base = (0,iac/* unknown */.L5)(`parameter ${k} is not declared`);
                else if (/^secure(string|object)$/i.test(String(p.type ?? '')) || (0,iac/* looksSecret */.n0)(k))
                    base = (0,iac/* unknown */.L5)(`parameter ${k} is secret: its value is never read`);
                else if ('defaultValue' in p)
                    base = this.eval(p.defaultValue, depth + 1);
                else
                    base = (0,iac/* unknown */.L5)(`parameter ${k} has no defaultValue; its value is given at deployment`);
                break;
            }
            case 'variables': {
                const [k] = args();
                if (typeof k !== 'string')
                    return (0,iac/* unknown */.L5)('variables() with a computed name');
                if (!(k in this.vars))
                    return (0,iac/* unknown */.L5)(`variable ${k} is not declared`);
                if (this.varStack.has(k))
                    return (0,iac/* unknown */.L5)(`variable ${k} refers to itself`);
                this.varStack.add(k);
                base = this.eval(this.vars[k], depth + 1);
                this.varStack.delete(k);
                break;
            }
            case 'concat': {
                const a = args();
                const bad = a.find(x => (0,iac/* isUnknown */.t8)(x) || (0,iac/* isRef */.i9)(x));
                if (bad)
                    return (0,iac/* isUnknown */.t8)(bad) ? bad : (0,iac/* unknown */.L5)('concat() of a reference');
                base = a.every(x => Array.isArray(x)) ? a.flat() : a.map(x => String(x)).join('');
                break;
            }
            case 'tolower':
            case 'toupper': {
                const [s] = args();
                base = typeof s === 'string' ? (name === 'tolower' ? s.toLowerCase() : s.toUpperCase()) : (0,iac/* isUnknown */.t8)(s) ? s : (0,iac/* unknown */.L5)(`${n.name}() of a non-string`);
                break;
            }
            case 'bool': {
                const [s] = args();
                base = typeof s === 'boolean' ? s : s === 'true' || s === 'false' ? s === 'true' : (0,iac/* isUnknown */.t8)(s) ? s : (0,iac/* unknown */.L5)('bool() of a non-boolean');
                break;
            }
            case 'true':
                base = true;
                break;
            case 'false':
                base = false;
                break;
            case 'not': {
                const [s] = args();
                base = typeof s === 'boolean' ? !s : (0,iac/* isUnknown */.t8)(s) ? s : (0,iac/* unknown */.L5)('not() of a non-boolean');
                break;
            }
            case 'equals': {
                const [a, b] = args();
                if ((0,iac/* isUnknown */.t8)(a) || (0,iac/* isUnknown */.t8)(b) || (0,iac/* isRef */.i9)(a) || (0,iac/* isRef */.i9)(b))
                    return (0,iac/* unknown */.L5)('equals() over deployment values');
                base = JSON.stringify(a) === JSON.stringify(b);
                break;
            }
            case 'if': {
                const [c, a, b] = args();
                base = typeof c === 'boolean' ? (c ? a : b) : JSON.stringify(a) === JSON.stringify(b) ? a : (0,iac/* unknown */.L5)('if() on a condition known only at deployment');
                break;
            }
            case 'resourceid':
            case 'subscriptionresourceid':
            case 'extensionresourceid':
            case 'reference': {
                const a = args();
                base = { $ref: `${n.name}(${a.map(x => (typeof x === 'string' ? x : '…')).join(', ')})` };
                break;
            }
            case 'resourcegroup':
                base = (0,iac/* unknown */.L5)('resourceGroup() is known only at deployment (the resource group’s location)');
                break;
            case 'deployment':
                base = (0,iac/* unknown */.L5)('deployment() is known only at deployment');
                break;
            default:
                return (0,iac/* unknown */.L5)(`${n.name}() is not evaluated statically`);
        }
        for (const acc of n.access) {
            if ((0,iac/* isUnknown */.t8)(base))
                return base;
            if ((0,iac/* isRef */.i9)(base)) {
                base = { $ref: `${base.$ref}.${acc}` };
                continue;
            }
            if ((0,iac/* isPlainObject */.Qd)(base) && typeof acc === 'string' && acc in base)
                base = base[acc];
            else if (Array.isArray(base) && typeof acc === 'number')
                base = base[acc] ?? (0,iac/* unknown */.L5)('index out of range');
            else
                return (0,iac/* unknown */.L5)(`property ${acc} not found`);
        }
        return base;
    }
}
class ExprParser {
    s;
    i = 0;
    constructor(s) {
        this.s = s;
    }
    parse() {
        const n = this.node();
        this.ws();
        if (this.i !== this.s.length)
            throw new Error(`unexpected ${JSON.stringify(this.s.slice(this.i, this.i + 10))}`);
        return n;
    }
    ws() {
        while (this.i < this.s.length && /\s/.test(this.s[this.i]))
            this.i++;
    }
    node() {
        this.ws();
        const c = this.s[this.i];
        if (c === "'") {
            let out = '';
            this.i++;
            for (;;) {
                if (this.i >= this.s.length)
                    throw new Error('unterminated string');
                if (this.s[this.i] === "'") {
                    if (this.s[this.i + 1] === "'") {
                        out += "'";
                        this.i += 2;
                        continue;
                    }
                    this.i++;
                    break;
                }
                out += this.s[this.i++];
            }
            return { kind: 'str', value: out };
        }
        const num = /^-?\d+/.exec(this.s.slice(this.i));
        if (num) {
            this.i += num[0].length;
            return { kind: 'num', value: Number(num[0]) };
        }
        const id = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(this.s.slice(this.i));
        if (!id)
            throw new Error(`unexpected ${JSON.stringify(this.s.slice(this.i, this.i + 10))}`);
        this.i += id[0].length;
        this.ws();
        const args = [];
        if (this.s[this.i] === '(') {
            this.i++;
            this.ws();
            if (this.s[this.i] !== ')') {
                for (;;) {
                    args.push(this.node());
                    this.ws();
                    if (this.s[this.i] === ',') {
                        this.i++;
                        continue;
                    }
                    if (this.s[this.i] === ')')
                        break;
                    throw new Error('expected , or )');
                }
            }
            this.i++;
        }
        const access = [];
        for (;;) {
            this.ws();
            if (this.s[this.i] === '.') {
                this.i++;
                const m = /^[A-Za-z_$][A-Za-z0-9_$]*/.exec(this.s.slice(this.i));
                if (!m)
                    throw new Error('expected a property name');
                this.i += m[0].length;
                access.push(m[0]);
            }
            else if (this.s[this.i] === '[') {
                this.i++;
                const inner = this.node();
                this.ws();
                if (this.s[this.i] !== ']')
                    throw new Error('expected ]');
                this.i++;
                if (inner.kind === 'call')
                    throw new Error('computed index');
                access.push(inner.value);
            }
            else
                break;
        }
        return { kind: 'call', name: id[0], args, access };
    }
}

// EXTERNAL MODULE: ./node_modules/web-tree-sitter/web-tree-sitter.js
var web_tree_sitter = __webpack_require__(40033);
;// CONCATENATED MODULE: ./src/iac/parse/wasm.generated.ts
// GENERATED by scripts/gen-iac-wasm.mjs — do not edit.
// web-tree-sitter 0.27.2 web-tree-sitter.wasm sha256 488beeff7adb7fd7e21e97cc29a43dc6d031977755eda892d6d96c7f456cfdec
// @tree-sitter-grammars/tree-sitter-hcl 1.2.0 tree-sitter-hcl.wasm sha256 86bb80cd151bd3ab1e44ed431a9c1874978db31519c62055efb50f028a1d0118
/* eslint-disable */
const TREE_SITTER_RUNTIME_WASM_SHA256 = '488beeff7adb7fd7e21e97cc29a43dc6d031977755eda892d6d96c7f456cfdec';
const TREE_SITTER_HCL_WASM_SHA256 = '86bb80cd151bd3ab1e44ed431a9c1874978db31519c62055efb50f028a1d0118';
const TREE_SITTER_RUNTIME_WASM_BASE64 = 'AGFzbQEAAAAAEAhkeWxpbmsuMAEFvHoEHgABxwEZYAF/AX9gAn9/AX9gAX8AYAN/f38AYAN/f38Bf2ACf38AYAR/f39/AX9gBX9/f39/AGAEf39/fwBgAABgAAF/YAV/f39/fwF/YAd/f39/f39/AGAGf3x/f39/AX9gEH9/f39/f39/f39/f39/f38AYAZ/f39/f38AYAZ/f39/f38Bf2ACfn8Bf2AIf39/f39/f38Bf2AGfn9/f39/AX9gB39/f39/f38Bf2ACfH8BfGAEf39/fwF+YAR/fn9/AX9gA39+fwF+AtsDERZ3YXNpX3NuYXBzaG90X3ByZXZpZXcxCGZkX3dyaXRlAAYDZW52FmVtc2NyaXB0ZW5fcmVzaXplX2hlYXAAABZ3YXNpX3NuYXBzaG90X3ByZXZpZXcxB2ZkX3NlZWsAFwNlbnYJX2Fib3J0X2pzAAkWd2FzaV9zbmFwc2hvdF9wcmV2aWV3MQhmZF9jbG9zZQAAA2VudiN0cmVlX3NpdHRlcl9xdWVyeV9wcm9ncmVzc19jYWxsYmFjawAAA2Vudh10cmVlX3NpdHRlcl9wcm9ncmVzc19jYWxsYmFjawABA2Vudhp0cmVlX3NpdHRlcl9wYXJzZV9jYWxsYmFjawAHA2Vudhh0cmVlX3NpdHRlcl9sb2dfY2FsbGJhY2sABQNlbnYPX19zdGFja19wb2ludGVyA38BA2Vudg1fX21lbW9yeV9iYXNlA38AA2VudgxfX3RhYmxlX2Jhc2UDfwAHR09ULm1lbQtfX3N0YWNrX2xvdwN/AQdHT1QubWVtDF9fc3RhY2tfaGlnaAN/AQdHT1QubWVtC19faGVhcF9iYXNlA38BA2VudgZtZW1vcnkCAYAEgIACA2VudhlfX2luZGlyZWN0X2Z1bmN0aW9uX3RhYmxlAXAAHgOdApsCBQUGAAIDBwUFBAAFBQcCAw8DBAADBhADAAARBAQDAgICAQQABQQBAQUBAgQABQMIBwQCAQMIAAAFAAAJAQMEAQACAggSAwEGBQQHDAcIAwMAEwAFBQEBBggAFBUEAAAEBQQEBAQAFgAFBwUECwQDCAEFAgEBAwMICgEBAQEEBAQEAAAAAAsBAQIDAQEEBAQCAAAAAAEABAMEAAAEAAAKAAIAAAAABQAEBQ0EAQQYAgAOAA4AAAAAAAABAAAMAgIAAAACAgICAgICAgACAgIBCQIFBQUAAAACAgUBAQACAAAAAAACAgAAAAAAAAUAAAEAAAAABQICAgIFAgICAgUCAgEBAgAABgsDBQkKAAIABAABAQEBAAUDAQAJCQY+CX8BQQALfwFB6PIAC38BQeDyAAt/AUHs8gALfwFB5PIAC38BQZj0AAt/AUGw9AALfwFBtPoAC38BQbj6AAsHqCGaARFfX3dhc21fY2FsbF9jdG9ycwCjAgZtYWxsb2MAIgZjYWxsb2MAKgdyZWFsbG9jAF4EZnJlZQAzDXRzX3JhbmdlX2VkaXQAUQZtZW1jbXAAEhh0c19sYW5ndWFnZV9zeW1ib2xfY291bnQAoQIXdHNfbGFuZ3VhZ2Vfc3RhdGVfY291bnQAnQIXdHNfbGFuZ3VhZ2VfYWJpX3ZlcnNpb24AmAIQdHNfbGFuZ3VhZ2VfbmFtZQCUAhd0c19sYW5ndWFnZV9maWVsZF9jb3VudACMAhZ0c19sYW5ndWFnZV9uZXh0X3N0YXRlACsXdHNfbGFuZ3VhZ2Vfc3ltYm9sX25hbWUA9wEbdHNfbGFuZ3VhZ2Vfc3ltYm9sX2Zvcl9uYW1lAB4Hc3RybmNtcAAbBnN0cmxlbgBCF3RzX2xhbmd1YWdlX3N5bWJvbF90eXBlAEUddHNfbGFuZ3VhZ2VfZmllbGRfbmFtZV9mb3JfaWQA1wEZdHNfbG9va2FoZWFkX2l0ZXJhdG9yX25ldwDCARx0c19sb29rYWhlYWRfaXRlcmF0b3JfZGVsZXRlALcBIXRzX2xvb2thaGVhZF9pdGVyYXRvcl9yZXNldF9zdGF0ZQC0ARt0c19sb29rYWhlYWRfaXRlcmF0b3JfcmVzZXQAswEadHNfbG9va2FoZWFkX2l0ZXJhdG9yX25leHQArwEkdHNfbG9va2FoZWFkX2l0ZXJhdG9yX2N1cnJlbnRfc3ltYm9sAKsBDXRzX3BvaW50X2VkaXQAkgEQdHNfcGFyc2VyX2RlbGV0ZQCRAQ90c19wYXJzZXJfcmVzZXQAKBZ0c19wYXJzZXJfc2V0X2xhbmd1YWdlAJABHXRzX3BhcnNlcl9zZXRfaW5jbHVkZWRfcmFuZ2VzADoMdHNfcXVlcnlfbmV3AI4BD3RzX3F1ZXJ5X2RlbGV0ZQBLCGlzd3NwYWNlAGYIaXN3YWxudW0AEw10c19xdWVyeV9jb3B5AI0BFnRzX3F1ZXJ5X3BhdHRlcm5fY291bnQAjAEWdHNfcXVlcnlfY2FwdHVyZV9jb3VudACLARV0c19xdWVyeV9zdHJpbmdfY291bnQAigEcdHNfcXVlcnlfY2FwdHVyZV9uYW1lX2Zvcl9pZACJASJ0c19xdWVyeV9jYXB0dXJlX3F1YW50aWZpZXJfZm9yX2lkAIgBHHRzX3F1ZXJ5X3N0cmluZ192YWx1ZV9mb3JfaWQAhwEfdHNfcXVlcnlfcHJlZGljYXRlc19mb3JfcGF0dGVybgCGAR90c19xdWVyeV9zdGFydF9ieXRlX2Zvcl9wYXR0ZXJuAIUBHXRzX3F1ZXJ5X2VuZF9ieXRlX2Zvcl9wYXR0ZXJuAIQBGnRzX3F1ZXJ5X2lzX3BhdHRlcm5fcm9vdGVkAIMBHXRzX3F1ZXJ5X2lzX3BhdHRlcm5fbm9uX2xvY2FsAIIBJnRzX3F1ZXJ5X2lzX3BhdHRlcm5fZ3VhcmFudGVlZF9hdF9zdGVwAKACGHRzX3F1ZXJ5X2Rpc2FibGVfY2FwdHVyZQCfAhh0c19xdWVyeV9kaXNhYmxlX3BhdHRlcm4AngIMdHNfdHJlZV9jb3B5AJYCDnRzX3RyZWVfZGVsZXRlAJUCB3RzX2luaXQAkwISdHNfcGFyc2VyX25ld193YXNtAJICHHRzX3BhcnNlcl9lbmFibGVfbG9nZ2VyX3dhc20AkQIUdHNfcGFyc2VyX3BhcnNlX3dhc20AjwIedHNfcGFyc2VyX2luY2x1ZGVkX3Jhbmdlc193YXNtAIsCHnRzX2xhbmd1YWdlX3R5cGVfaXNfbmFtZWRfd2FzbQCKAiB0c19sYW5ndWFnZV90eXBlX2lzX3Zpc2libGVfd2FzbQCJAhl0c19sYW5ndWFnZV9tZXRhZGF0YV93YXNtAIgCG3RzX2xhbmd1YWdlX3N1cGVydHlwZXNfd2FzbQCHAhl0c19sYW5ndWFnZV9zdWJ0eXBlc193YXNtAIYCFnRzX3RyZWVfcm9vdF9ub2RlX3dhc20AhQIidHNfdHJlZV9yb290X25vZGVfd2l0aF9vZmZzZXRfd2FzbQCEAhF0c190cmVlX2VkaXRfd2FzbQCDAhx0c190cmVlX2luY2x1ZGVkX3Jhbmdlc193YXNtAIICH3RzX3RyZWVfZ2V0X2NoYW5nZWRfcmFuZ2VzX3dhc20AgQIXdHNfdHJlZV9jdXJzb3JfbmV3X3dhc20AgAIYdHNfdHJlZV9jdXJzb3JfY29weV93YXNtAP8BGnRzX3RyZWVfY3Vyc29yX2RlbGV0ZV93YXNtAP4BGXRzX3RyZWVfY3Vyc29yX3Jlc2V0X3dhc20A/QEcdHNfdHJlZV9jdXJzb3JfcmVzZXRfdG9fd2FzbQD8ASR0c190cmVlX2N1cnNvcl9nb3RvX2ZpcnN0X2NoaWxkX3dhc20A+wEjdHNfdHJlZV9jdXJzb3JfZ290b19sYXN0X2NoaWxkX3dhc20A+gEudHNfdHJlZV9jdXJzb3JfZ290b19maXJzdF9jaGlsZF9mb3JfaW5kZXhfd2FzbQD5ATF0c190cmVlX2N1cnNvcl9nb3RvX2ZpcnN0X2NoaWxkX2Zvcl9wb3NpdGlvbl93YXNtAPgBJXRzX3RyZWVfY3Vyc29yX2dvdG9fbmV4dF9zaWJsaW5nX3dhc20A9gEpdHNfdHJlZV9jdXJzb3JfZ290b19wcmV2aW91c19zaWJsaW5nX3dhc20A9QEjdHNfdHJlZV9jdXJzb3JfZ290b19kZXNjZW5kYW50X3dhc20A9AEfdHNfdHJlZV9jdXJzb3JfZ290b19wYXJlbnRfd2FzbQDzASh0c190cmVlX2N1cnNvcl9jdXJyZW50X25vZGVfdHlwZV9pZF93YXNtAPIBKXRzX3RyZWVfY3Vyc29yX2N1cnJlbnRfbm9kZV9zdGF0ZV9pZF93YXNtAPEBKXRzX3RyZWVfY3Vyc29yX2N1cnJlbnRfbm9kZV9pc19uYW1lZF93YXNtAPABK3RzX3RyZWVfY3Vyc29yX2N1cnJlbnRfbm9kZV9pc19taXNzaW5nX3dhc20A7wEjdHNfdHJlZV9jdXJzb3JfY3VycmVudF9ub2RlX2lkX3dhc20A7gEidHNfdHJlZV9jdXJzb3Jfc3RhcnRfcG9zaXRpb25fd2FzbQDtASB0c190cmVlX2N1cnNvcl9lbmRfcG9zaXRpb25fd2FzbQDsAR90c190cmVlX2N1cnNvcl9zdGFydF9pbmRleF93YXNtAOsBHXRzX3RyZWVfY3Vyc29yX2VuZF9pbmRleF93YXNtAOoBJHRzX3RyZWVfY3Vyc29yX2N1cnJlbnRfZmllbGRfaWRfd2FzbQDpASF0c190cmVlX2N1cnNvcl9jdXJyZW50X2RlcHRoX3dhc20A6AEsdHNfdHJlZV9jdXJzb3JfY3VycmVudF9kZXNjZW5kYW50X2luZGV4X3dhc20A5wEgdHNfdHJlZV9jdXJzb3JfY3VycmVudF9ub2RlX3dhc20A5gETdHNfbm9kZV9zeW1ib2xfd2FzbQDlASF0c19ub2RlX2ZpZWxkX25hbWVfZm9yX2NoaWxkX3dhc20A5AEndHNfbm9kZV9maWVsZF9uYW1lX2Zvcl9uYW1lZF9jaGlsZF93YXNtAOMBIXRzX25vZGVfY2hpbGRyZW5fYnlfZmllbGRfaWRfd2FzbQDiASF0c19ub2RlX2ZpcnN0X2NoaWxkX2Zvcl9ieXRlX3dhc20A4QEndHNfbm9kZV9maXJzdF9uYW1lZF9jaGlsZF9mb3JfYnl0ZV93YXNtAOABG3RzX25vZGVfZ3JhbW1hcl9zeW1ib2xfd2FzbQDfARh0c19ub2RlX2NoaWxkX2NvdW50X3dhc20A3gEedHNfbm9kZV9uYW1lZF9jaGlsZF9jb3VudF93YXNtAN0BEnRzX25vZGVfY2hpbGRfd2FzbQDcARh0c19ub2RlX25hbWVkX2NoaWxkX3dhc20A2wEedHNfbm9kZV9jaGlsZF9ieV9maWVsZF9pZF93YXNtANoBGXRzX25vZGVfbmV4dF9zaWJsaW5nX3dhc20A2QEZdHNfbm9kZV9wcmV2X3NpYmxpbmdfd2FzbQDWAR90c19ub2RlX25leHRfbmFtZWRfc2libGluZ193YXNtANUBH3RzX25vZGVfcHJldl9uYW1lZF9zaWJsaW5nX3dhc20A1AEddHNfbm9kZV9kZXNjZW5kYW50X2NvdW50X3dhc20A0wETdHNfbm9kZV9wYXJlbnRfd2FzbQDSASJ0c19ub2RlX2NoaWxkX3dpdGhfZGVzY2VuZGFudF93YXNtANEBIXRzX25vZGVfZGVzY2VuZGFudF9mb3JfaW5kZXhfd2FzbQDQASd0c19ub2RlX25hbWVkX2Rlc2NlbmRhbnRfZm9yX2luZGV4X3dhc20AzwEkdHNfbm9kZV9kZXNjZW5kYW50X2Zvcl9wb3NpdGlvbl93YXNtAM4BKnRzX25vZGVfbmFtZWRfZGVzY2VuZGFudF9mb3JfcG9zaXRpb25fd2FzbQDNARh0c19ub2RlX3N0YXJ0X3BvaW50X3dhc20AzAEWdHNfbm9kZV9lbmRfcG9pbnRfd2FzbQDLARh0c19ub2RlX3N0YXJ0X2luZGV4X3dhc20AygEWdHNfbm9kZV9lbmRfaW5kZXhfd2FzbQDJARZ0c19ub2RlX3RvX3N0cmluZ193YXNtAMgBFXRzX25vZGVfY2hpbGRyZW5fd2FzbQDHARt0c19ub2RlX25hbWVkX2NoaWxkcmVuX3dhc20AxgEgdHNfbm9kZV9kZXNjZW5kYW50c19vZl90eXBlX3dhc20AxQEVdHNfbm9kZV9pc19uYW1lZF93YXNtAMQBGHRzX25vZGVfaGFzX2NoYW5nZXNfd2FzbQDDARZ0c19ub2RlX2hhc19lcnJvcl93YXNtAMEBFXRzX25vZGVfaXNfZXJyb3Jfd2FzbQDAARd0c19ub2RlX2lzX21pc3Npbmdfd2FzbQC/ARV0c19ub2RlX2lzX2V4dHJhX3dhc20AvgEYdHNfbm9kZV9wYXJzZV9zdGF0ZV93YXNtAL0BHXRzX25vZGVfbmV4dF9wYXJzZV9zdGF0ZV93YXNtALwBFXRzX3F1ZXJ5X21hdGNoZXNfd2FzbQC7ARZ0c19xdWVyeV9jYXB0dXJlc193YXNtALkBBm1lbXNldAA0Bm1lbWNweQAkB21lbW1vdmUAoQEIaXN3YWxwaGEAZwhpc3dibGFuawClAQhpc3dkaWdpdACqAQhpc3dsb3dlcgCmAQhpc3dwdW5jdACjAQhpc3d1cHBlcgCiAQlpc3d4ZGlnaXQAngEGbWVtY2hyAGUGc3RyY21wAJ0BB3N0cm5jYXQApAEHc3RybmNweQCfAQh0b3dsb3dlcgCtAQh0b3d1cHBlcgCsAQhzZXRUaHJldwCuARlfZW1zY3JpcHRlbl9zdGFja19yZXN0b3JlAKkBF19lbXNjcmlwdGVuX3N0YWNrX2FsbG9jAKgBHGVtc2NyaXB0ZW5fc3RhY2tfZ2V0X2N1cnJlbnQApwEYX193YXNtX2FwcGx5X2RhdGFfcmVsb2NzAKICCALYAQk/AQAjAgselwGWAZUBoAGcAZoBmQGYATGPAZwCmgKbApkCJZcCmwGUAZMBM5ACjgKNAroBuAG1AbYBsgGxAbABDAEBCpHPC5sC0AEBA38CQCABKAJMIgJBAE4EQCACRQ0BIwFBtPUAaigCGCACQf////8DcUcNAQsCQCAAQf8BcSIDIAEoAlBGDQAgASgCFCICIAEoAhBGDQAgASACQQFqNgIUIAIgADoAAA8LIAEgAxBpDwsgAUHMAGoiAiACKAIAIgNB/////wMgAxs2AgACQAJAIABB/wFxIgQgASgCUEYNACABKAIUIgMgASgCEEYNACABIANBAWo2AhQgAyAAOgAADAELIAEgBBBpCyACKAIAGiACQQA2AgALzQUCB38BfgJAIAEtAABBAXENACAAQQA2AhAgASgCACICKAIAGiACIAIoAgAiAkEBazYCACACQQFGBEAgACgCDCECIAAgACgCECIDQQFqIgQgACgCFCIFSwR/QQggBUEBdCIDIAQgAyAESxsiAyADQQhNGyIEQQN0IQMCfyACBEAgAiADIwcoAgARAQAMAQsgAyMIKAIAEQAACyECIAAgBDYCFCAAKAIQIgNBAWoFIAQLNgIQIAAgAjYCDCACIANBA3RqIAEpAgA3AgALIAAoAhAiAUUNAANAIAAgAUEBayIBNgIQAkAgACgCDCABQQN0aigCACIEKAIkIgIEQEEAIQFBACAEIAJBA3RrIgYgBEEBcRsDQAJAIAYgAUEDdGopAgAiCaciAkEBcQ0AIAIgAigCACICQQFrNgIAIAJBAUcNACAAKAIMIQIgACAAKAIQIgNBAWoiBSAAKAIUIghLBH9BCCAIQQF0IgMgBSADIAVLGyIDIANBCE0bIgVBA3QhAwJ/IAIEQCACIAMjBygCABEBAAwBCyADIwgoAgARAAALIQIgACAFNgIUIAAoAhAiA0EBagUgBQs2AhAgACACNgIMIAIgA0EDdGogCTcCAAsgAUEBaiIBIAQoAiRJDQALIwkoAgARAgAMAQsCQCAELQAsQcAAcUUNACAEKAJIQRlJDQAgBCgCMCMJKAIAEQIACwJAIAAoAggiAkUNACAAKAIEIgVBAWoiAUEgSw0AIAAoAgAhAyAAIAEgAksEf0EIIAJBAXQiAiABIAEgAkkbIgEgAUEITRsiAkEDdCEBAn8gAwRAIAMgASMHKAIAEQEADAELIAEjCCgCABEAAAshAyAAIAI2AgggACgCBCIFQQFqBSABCzYCBCAAIAM2AgAgAyAFQQN0aiIBQQA2AgQgASAENgIADAELIAQjCSgCABECAAsgACgCECIBDQALCwslAQF/IwBBEGsiBCQAIAQgAzYCDCAAIAEgAiADEGAgBEEQaiQAC5kDAQd/IAAgACgCACAALQAQaiIDNgIAAkAgACgCCCIFIANLBEAgACADLAAAIgFB/wFxIgI2AgxBASEEIAFBAEgEQAJAIAUgA2siBkEBRg0AAkAgAUFgTwRAAkAgAUFvTQRAIAAgAkEPcSICNgIMIwFB3gpqIAJqLQAAIAMtAAEiAUEFdnZBAXFFDQQgAUE/cSEHQQIhAQwBCyAAIAJB8AFrIgI2AgwgAUF0Sw0DIwFBsAxqIAMtAAEiAUEEdmosAAAgAnZBAXFFDQMgACABQT9xIAJBBnRyIgI2AgxBAiEEIAZBAkYNA0EDIQEgAy0AAkGAf3MiB0H/AXFBP0sNAwsgACAHQf8BcSACQQZ0ciICNgIMIAYiBCABRw0BDAILIAFBQkkNASAAIAJBH3EiAjYCDEEBIQELIAEgA2otAABBgH9zQf8BcSIEQT9NDQMgASEECyAAQX82AgwLIAAgBDoAECADIAVJDwsgAEEANgIMIABBADoAECADIAVJDwsgACACQQZ0IARyNgIMIAAgAUEBajoAECADIAVJC9sDAQZ/A0AgACgCDBBmBEAgABAMGgwBCyAAKAIMQTtGBEAgABAMGiAAKAIMIQEDQAJAIAEOCwMAAAAAAAAAAAADAAsgACAAKAIAIAAtABBqIgQ2AgAgAAJ/AkAgACgCCCIFIARLBEAgACAELAAAIgJB/wFxIgE2AgxBASACQQBODQIaQQEhAwJAIAUgBGsiBUEBRg0AAkAgAkFgTwRAAkAgAkFvTQRAIAAgAUEPcSIBNgIMIwFB3gpqIAFqLQAAIAQtAAEiAkEFdnZBAXFFDQQgAkE/cSEGQQIhAgwBCyAAIAFB8AFrIgE2AgwgAkF0Sw0DIwFBsAxqIAQtAAEiAkEEdmosAAAgAXZBAXFFDQMgACACQT9xIAFBBnRyIgE2AgxBAiEDIAVBAkYNA0EDIQIgBC0AAkGAf3MiBkH/AXFBP0sNAwsgACAGQf8BcSABQQZ0ciIBNgIMIAUiAyACRw0BDAILIAJBQkkNASAAIAFBH3EiATYCDEEBIQILIAIgBGotAABBgH9zQf8BcSIDQT9NDQIgAiEDC0F/IQEgAEF/NgIMIAAgAzoAEAwDCyAAQQA2AgwgAEEAOgAQDAQLIAAgAUEGdCADciIBNgIMIAJBAWoLOgAQDAALAAsLCxcAIAAtAABBIHFFBEAgASACIAAQaBoLC2sBAX8jAEGAAmsiBSQAAkAgAiADTA0AIARBgMAEcQ0AIAUgASACIANrIgNBgAIgA0GAAkkiARsQNBogAUUEQANAIAAgBUGAAhAOIANBgAJrIgNB/wFLDQALCyAAIAUgAxAOCyAFQYACaiQAC9gBAgV/AX4CfyABKAIEIAEoAggiBUEcbGoiA0EcaygCACIGKAIAIgJBAXEEQCACQQN2QQFxDAELIAIvASxBAnZBAXELIQRBACECAkAgBA0AIAVBAkkEQCABLwEQIQIMAQsgA0E4aygCACgCAC8BQiIERQ0AIAEoAgAoAggiAigCVCACLwEkIARsQQF0aiADQQhrKAIAQQF0ai8BACECCyADQRhrKQIAIQcgA0EQaygCACEDIAAgASgCADYCFCAAIAY2AhAgACACNgIMIAAgAzYCCCAAIAc3AgAL6QEBBn8jAEEQayIEJAAgACgCACICIAFBBXQiBmoiAygCAARAIAAoAjQhBSADKAIMBEAgBCADKQIMNwMIIAUgBEEIahAKCyADKAIUBEAgBCADKQIUNwMAIAUgBBAKCyADKAIEIgIEQCACKAIAIgcEQCAHIwkoAgARAgAgAygCBCECCyACQQA2AgggAkIANwIAIAIjCSgCABECAAsgAygCACAAQSRqIAUQGiAAKAIAIQILIAAoAgQgAUF/c2pBBXQiAQRAIAIgBmoiAiACQSBqIAH8CgAACyAAIAAoAgRBAWs2AgQgBEEQaiQAC4EBAQJ/AkACQCACQQRPBEAgACABckEDcQ0BA0AgACgCACABKAIARw0CIAFBBGohASAAQQRqIQAgAkEEayICQQNLDQALCyACRQ0BCwNAIAAtAAAiAyABLQAAIgRGBEAgAUEBaiEBIABBAWohACACQQFrIgINAQwCCwsgAyAEaw8LQQALHQEBf0EBIQEgAEEwa0EKTwR/IAAQZ0EARwVBAQsLFAAgASgCTEEASBogAEECIAEQaBoLqQ4BDn8gACgCACICQQA2AjAgAkIANwI0IAJBADsBQCACQQA2AiAgAkEANgI8IAIgAi8BLEG//ANxOwEsIAIvAUIiBQRAIAEoAlQgAS8BJCAFbEEBdGohCwsgAiACKAIkIgVBA3RrIQ0CQCAFRQRADAELQQAgDSACQQFxGyEPA0AgDyAKQQN0aiIELwEGIQcgBC8BBCEGIAQoAgAhAyAOAn8CQAJAAkACQAJAAkACQAJAAn8CQAJAAkACfwJAAkACQCAKBEAgAigCFA0BCyADQQFxIgQEfyADQQd2QQFxBSADLQAtQQFxCwRAIAIgAi8BLEGAAnI7ASwLIARFDQEgCg0CIAJBADYCFCACIAZB/wFxNgIMIAIgB0H/AXEiBTYCBCACIAdBCHYiBDYCGCACIAQ2AhAgAiAGQQh2QQ9xNgIIIAQgBWohBwwFCyADQQFxDQELIAMtACxBgAFxBEAgAiACLwEsQYABcjsBLAsgCgRAQQAgA0EBcQ0CGkEAIQRBACADKAIMIAMoAhQiBRshDCADKAIQIAMoAgRqIQkgBSADKAIIaiEHIAMoAhghBQwDCyADKAIEIQQgAiADKQIINwIIIAIgBDYCBCADKAIQIQUgAiADKQIUNwIUIAIgBTYCECAEIAVqIQcMBAtBAQshBCAHQQh2IgUgB0H/AXFqIQkgBkH/AXEhDCAGQQh2QQ9xIQcLIAIgAigCECAJaiIJNgIQIAIgAigCFCAHaq0gBSAMakEAIAIoAhggBxtqrUIghoQ3AhQgAigCBCAJaiEHIARFDQELIAIgAigCICADQRp0QR91QeIEcWoiBDYCICAHIAZBgOADcUEMdmoiBSAISyEHAkAgAi8BKEH+/wNJDQAgA0EKcUECRw0AIAIgBEHkAGo2AiALIAUgCCAHGyEIIAIoAjghB0EAIQQgA0EIcQ0EQQEhBiADQYD+A3FBCHYMAQsgAygCHCEMIAMoAiQhBQJ/AkAgAy8BKCIJQf7/A0YEQCADKAIUIQYgAygCECEJQeIEIQQgAiACKAIgIAMtAC1BAnEEf0HiBAUgAygCIAsgBkFibCAJa2pqQfQDazYCIAwBC0HiBCEEIAIgAy0ALUECcQR/QeIEBSADKAIgCyACKAIgaiIGNgIgIAIvAShB/f8DTQ0AIAMvASwiBEEEcQ0AIAlB//8DRgRAQQAgBUUNAhoLIARBAXEEQCACIAZB5ABqNgIgDAELIAVFDQAgAiADKAIwQeQAbCAGajYCIAsgBQshBCAHIAxqIQZBACEHQQAhBSACIAMoAiQEfyADKAI8BUEACyACKAI8ajYCPCAGIAggBiAISxshCCACIAMoAiQEfyADKAI4BUEACyACKAI4aiIHNgI4IAMvASwiBkEEcQ0CQQAhBiADLwEoC0H//wNxRQ0AIAtFDQAgCyAOQQF0aiIFLwEARQ0AIAIgB0EBajYCOCACIAIoAjBBAWo2AjACQAJAIAUvAQAiBEH+/wNrDgIHAQALIAEoAkggBEEDbGotAAFBAXFFDQYLIAIgAigCNEEBajYCNCAGRQ0GDAcLIAYNASADLwEsIQYLIAZBAXENAUEAIQYMAgsgA0ECcUUEQEEBIQYMAgsgAiAHQQFqNgI4IAIgAigCMEEBajYCMCADQQRxRQ0EIAIgAigCNEEBajYCNAwECyACIAdBAWo2AjggAiACKAIwQQFqNgIwIAMtACxBAnFFDQIgAiACKAI0QQFqNgI0DAILIARFDQAgAiACKAIwIAMoAjBqNgIwIAIgAigCNCADKAI0ajYCNAsgBg0BCyADLQAsQcAAcQRAIAIgAi8BLEHAAHI7ASwLIAMvAShB//8DRgRAIAJB//8DOwEqIAIgAi8BLEEYcjsBLAsgAy8BLEECdkEBcQwBCyADQQN2QQFxC0VqIQ4gCkEBaiIKIAAoAgAiAigCJCIESQ0ACwsgAiAIIAIoAhAiACACKAIEams2AhwgAi8BKCIFQf3/A0sEQCACIAIoAiAgACACKAIUQR5sampB9ANqNgIgCwJAIARFDQAgDSAEQQN0akEIaygCACEBAkAgDSgCACIAQQFxRQRAIAIgAEHEAEEoIAAoAiQbai8BADsBRCACIABBxgBBKiAAKAIkG2ovAQA7AUYgAC0ALEEIcUUNASACIAIvASxBCHI7ASwMAQsgAiAAQRB2OwFGIAIgAEGA/gNxQQh2OwFECwJAIAFBAXENACABLQAsQRBxRQ0AIAIgAi8BLEEQcjsBLAsgBEEBRg0AIAItACxBA3ENAAJAAkAgAEEBcQRAIAUgAEGA/gNxQQh2Rw0DQQEhBCABQQFxDQIgAS8BQCEEDAELIAAvASggBUcNAkEBIQQgAC8BQCEAAkAgAUEBcQRAIAANAQwDCyAAIAEvAUAiBE0NAQsgAEEBaiEEDAELIARBAWohBAsgAiAEOwFACwveBAIBfgR/IAAoAgAgAUEFdGoiBigCACEBIAIpAgAhBQJ/IAAoAigiAgRAIAAgAkEBayICNgIoIAAoAiQgAkECdGooAgAMAQtBpAEjCCgCABEAAAsiACAEOwEAIABBAmpBAEGSAfwLACAFpyECIABCADcCmAEgAEEBNgKUASAAQQA2AqABIAACfwJAAkACQCABBEAgAEEAOwAdIAAgAzoAHCAAIAU3AhQgACABNgIQIABBATsBkAEgAEEAOgAfIAAgASkCBDcCBCAAIAEoAgw2AgwgACABKAKYASIENgKYASAAIAEoAqABIgk2AqABIAAgASgCnAEiATYCnAEgAkUNASACQQFxDQNB4gQhAyAAIAItAC1BAnEEf0HiBAUgAigCIAsgBGo2ApgBQQAgAigCDCACKAIUIgQbIQcgBCACKAIIaiEEIAIoAhghCCACKAIQIAIoAgRqDAQLIABCADcCBEEAIQEgAEEANgIMIAINAQsgBiABNgIICyAGIAA2AgAPCyAAIAQgAkEadEEfdUHiBHFqNgKYASAFQiCIp0H/AXEhByAFQiiIp0EPcSEEIAVCOIinIgggBUIwiKdB/wFxagsgACgCBGo2AgRBACEDIAAgACgCCCAEaq0gByAIakEAIAAoAgwgBBtqrUIghoQ3AgggAAJ/IAJBAXFFBEAgACACKAIkIgQEfyACKAI4BUEACyABaiACLwEsQQFxaiACLwEoQf7/A0ZqNgKcAUEAIARFDQEaIAIoAjwMAQsgACABIAJBAXZBAXFqNgKcAUEACyAJajYCoAEgBiAANgIAC7kDAQZ/A0AgACAAKAIAIAAtABBqIgQ2AgACQAJAIAAoAggiBSAESwRAIAAgBCwAACICQf8BcSIBNgIMQQEhAyACQQBIBEACQCAFIARrIgVBAUYNAAJAIAJBYE8EQAJAIAJBb00EQCAAIAFBD3EiATYCDCMBQd4KaiABai0AACAELQABIgJBBXZ2QQFxRQ0EIAJBP3EhBkECIQIMAQsgACABQfABayIBNgIMIAJBdEsNAyMBQbAMaiAELQABIgJBBHZqLAAAIAF2QQFxRQ0DIAAgAkE/cSABQQZ0ciIBNgIMQQIhAyAFQQJGDQNBAyECIAQtAAJBgH9zIgZB/wFxQT9LDQMLIAAgBkH/AXEgAUEGdHIiATYCDCAFIgMgAkcNAQwCCyACQUJJDQEgACABQR9xIgE2AgxBASECCyACIARqLQAAQYB/c0H/AXEiA0E/TQ0DIAIhAwsgAEF/NgIMQX8hAQsgACADOgAQDAILQQAhASAAQQA2AgwgAEEAOgAQDAELIAAgAUEGdCADciIBNgIMIAAgAkEBajoAEAsgARATDQAgACgCDCIDQS1rQQJJDQAgA0HfAEYNAAsL5QkCFn8BfiMAQYABayIEJAAgAigCACIWAn8gAigCECIXKQIAIhmnIgZBAXEEQCAZQjiIpwwBCyAGKAIQCyISaiENIAEoAgghBiABKAIEIQ4gASgCFCEUIAEoAgAhCyABKAIQKAIAIQMCQAJAAkACQANAIANBAXENAyADKAIkRQ0DIAMvAUIiBwR/IBQoAggiCCgCVCAILwEkIAdsQQF0agVBAAshEyADKAIkIhVFDQMCfyADIBVBA3RrIg8oAgAiB0EBcUUEQCAHLwEsQQJ2QQFxDAELIAdBA3ZBAXELIgNFIRBBACEMAkAgAw0AIBNFDQAgEy8BACEMQQEhEAsgASAUNgIUIAEgDzYCECABIAw2AgwgASAGNgIIIAEgDjYCBCABIAs2AgACfyAPKAIAIgVBAXEiEUUEQEEAIAYgBSgCFCIHGyEIIAUoAhghCSAFKAIQIQMgByAOagwBCyAPLQAHIgMhCSAGIQggDgshByALIBZLDQMgDyAXRg0CIAMgC2ohCgJAAkACQAJAAkACQCASDQAgCiANSQ0AIBENASAFKAIkRQ0BIAUoAjBFDQEgBCABKQIINwNYIAQgASkCEDcDYCAEIAEpAgA3A1AgBEFAayACKQIINwMAIAQgAikCEDcDSCAEIAIpAgA3AzggBEHoAGogBEHQAGogBEE4ahAYIAQoAnhFDQEMBwsgEg0BCyAKIA1LDQEMAgsgCiANSQ0BCyAPKAIAIgNBAXENACADKAIkRQ0AIAMoAjANAQtBASERIBVBAUYNBCAIIAlqIQYDQEEAIQwCfyAPIBFBA3RqIgMoAgAiCUEBcSIIBEAgCUEDdkEBcQwBCyAJLwEsQQJ2QQFxC0UEQCATBH8gEyAQQQF0ai8BAAVBAAshDCAQQQFqIRALAn8gCARAIAMtAAVBD3EhBSADLQAGIQsgAy0ABAwBCyAJKAIIIQUgCSgCBCELIAkoAgwLIQggASAUNgIUIAEgAzYCECABIAw2AgwgASAFIAdqIg42AgQgASAKIAtqIgs2AgAgAUEAIAYgBRsgCGoiBjYCCAJ/IAMoAgAiBUEBcSIYBEAgAy0AByIKIQggBiEJIA4MAQtBACAGIAUoAhQiBxshCSAFKAIYIQggBSgCECEKIAcgDmoLIQcgCyAWSw0FIAMgF0YNBCAKIAtqIQoCQAJAAkACQAJAIBINACAKIA1JDQAgGA0BIAUoAiRFDQEgBSgCMEUNASAEIAEpAgg3AyggBCABKQIQNwMwIAQgASkCADcDICAEIAIpAgg3AxAgBCACKQIQNwMYIAQgAikCADcDCCAEQegAaiAEQSBqIARBCGoQGCAEKAJ4RQ0BDAgLIBINAQsgCiANSw0BDAILIAogDUkNAQsgAygCACIDQQFxDQAgAygCJEUNACADKAIwDQILIAggCWohBiARQQFqIhEgFUcNAAsMBAsgAy0ALEEBcSAMckUNAAsgACABKQIANwIAIAAgASkCEDcCECAAIAEpAgg3AggMAwsgACABIAEgBEHoAGogDBsgBS8BLEEBcRsiASkCADcCACAAIAEpAhA3AhAgACABKQIINwIIDAILIAAgASkCADcCACAAIAEpAhA3AhAgACABKQIINwIIDAELIABCADcCACAAQgA3AhAgAEIANwIICyAEQYABaiQAC/wUAhN/AX4jAEEwayINJAAgAUEANgIcIAFBADYCECABKAIAIA1BADoALiANQQA7ASwgAkEFdGooAgAhDAJAIAVBAEgEQAwBCyAFQf////8BcUH3////AUYNACAFQQlqIghB/////wFxIQogCEEDdCMIKAIAEQAAIQkgASgCHCEHCyABKAIYIQYgASAHQQFqIgggASgCICILSwR/QQggC0EBdCIHIAggByAISxsiCCAIQQhNGyIHQRhsIQgCfyAGBEAgBiAIIwcoAgARAQAMAQsgCCMIKAIAEQAACyEGIAEgBzYCICABKAIcIgdBAWoFIAgLNgIcIAEgBjYCGCAGIAdBGGxqIghBAToAFCAIQQA2AhAgCCAKNgIMIAhBADYCCCAIIAk2AgQgCCAMNgIAIAggDS0ALjoAFyAIIA0vASw7ABUgASgCHCIUBEAgAkEFdCEXA0AgEUEYbCIVIAEoAhhqIgsoAgAhDiAEIAsgAxEBACICQQJxIRICQAJAAkACQAJAAkACQAJAAkAgAkEBcUUEQCAOLwGQASECIBJFDQQgCygCDCEQIAsoAgghDCALKAIEIQcgAg0BQQEhDwwCCyASRQ0GIAsoAgwhECALKAIIIQwgCygCBCEHQQEhDwwBCyAQRQRAQQAhEEEAIQ8MAQsgEEEIIwooAgARAQAhCCAMQQN0IgIEQCAIIAcgAvwKAAALIAxFBEBBACEPQQAhDAwCC0EAIQ9BACEGIAxBAUcEQCAMQX5xIQdBACEJA0AgCCAGQQN0aiIKKAIAIgJBAXFFBEAgAiACKAIAQQFqNgIAIAIoAgAaCyAKKAIIIgJBAXFFBEAgAiACKAIAQQFqNgIAIAIoAgAaCyAGQQJqIQYgCUECaiIJIAdHDQALCwJAIAxBAXFFDQAgCCAGQQN0aigCACICQQFxDQAgAiACKAIAQQFqNgIAIAIoAgAaCyAIIQcLAkAgDEECSQ0AIAcgDEEDdGohAkEAIQYgDEEBdiIIQQFHBEAgCEH+////B3EhCUEAIQoDQCAHIAZBA3RqIggpAgAhGSAIIAIgBkF/c0EDdGoiEykCADcCACATIBk3AgAgCCkCCCEZIAggAiAGQf7///8Bc0EDdGoiCCkCADcCCCAIIBk3AgAgBkECaiEGIApBAmoiCiAJRw0ACwsgDEECcUUNACAHIAZBA3RqIggpAgAhGSAIIAIgBkF/c0EDdGoiAikCADcCACACIBk3AgALIAchCAsgASgCECIHIQICQANAIAIiCkUNASABKAIAIAEoAgwiCSACQQFrIgJBBHRqKAIMIgZBBXRqKAIAIA5HDQALIAdBAWoiAiABKAIUSwRAIAkgAkEEdCMHKAIAEQEAIQkgASACNgIUIAEoAhAhBwsgCkEEdCECAkAgByAKTQ0AIAcgCmtBBHQiB0UNACACIAlqIgpBEGogCiAH/AoAAAsgAiAJaiICIAY2AAwgAiAQNgAIIAIgDDYABCACIAg2AAAgASAJNgIMIAEgASgCEEEBajYCECAPRQ0CDAMLIAEoAgAiBiAXaiIHKAIQIRMgBygCDCECIAcoAgghFiABIAEoAgQiCkEBaiIJIAEoAggiB0sEfyAGQQggB0EBdCIHIAkgByAJSxsiByAHQQhNGyIHQQV0IwcoAgARAQAhBiABIAc2AgggASgCBCIKQQFqBSAJCzYCBCABIAY2AgAgBiAKQQV0aiIHQQA2AhwgB0IANwIUIAcgEzYCECAHIAI2AgwgByAWNgIIIAdBADYCBCAHIA42AgAgDgRAIA4gDigClAFBAWo2ApQBCwJAIAJFDQAgAkEBcQ0AIAIgAigCAEEBajYCACACKAIAGgsgASgCBEEBayEHIAEoAgwhBiABIAEoAhAiCUEBaiICIAEoAhQiCksEf0EIIApBAXQiCiACIAIgCkkbIgIgAkEITRsiCkEEdCECAn8gBgRAIAYgAiMHKAIAEQEADAELIAIjCCgCABEAAAshBiABIAo2AhQgASgCECIJQQFqBSACCzYCECABIAY2AgwgBiAJQQR0aiICIAc2AgwgAiAQNgIIIAIgDDYCBCACIAg2AgAgDw0CDAELIAJFDQILIA4vAZABIgYEQCAOQRBqIRNBASEHA0ACQAJ/IAYgByIKRgRAIA4tABwhECAOKAIYIRIgDigCFCEJIA4oAhAhDCABKAIYIBVqDAELIAEoAhwiBkE/Sw0BIBMgCkEEdGoiAi0ADCEQIAIoAgghEiACKAIEIQkgAigCACEMIA0gASgCGCIHIBVqIgIpAhA3AyAgDSACKQIINwMYIA0gAikCADcDECABKAIgIgIgBk0EQCAHQQggAkEBdCICIAZBAWoiCCACIAhLGyICIAJBCE0bIgJBGGwjBygCABEBACEHIAEgAjYCICABKAIcIQYLIAEgBzYCGCABIAZBAWo2AhwgByAGQRhsaiICIA0pAyA3AhAgAiANKQMYNwIIIAIgDSkDEDcCAAJAIAEoAhggASgCHEEYbGoiD0EMaygCACIIRQ0AIA9BEGsoAgAhAiAPQRRrIgcoAgAhBiAHIAhBCCMKKAIAEQEAIgg2AgAgAkEDdCILBEAgCCAGIAv8CgAACyACRQ0AQQAhBiACQQFHBEAgAkF+cSEWQQAhCANAIAZBA3QiGCAHKAIAaigCACILQQFxRQRAIAsgCygCAEEBajYCACALKAIAGgsgBygCACAYaigCCCILQQFxRQRAIAsgCygCAEEBajYCACALKAIAGgsgBkECaiEGIAhBAmoiCCAWRw0ACwsgAkEBcUUNACAHKAIAIAZBA3RqKAIAIgJBAXENACACIAIoAgBBAWo2AgAgAigCABoLIA9BGGsLIgYgDDYCAAJAAn8CQCAJBEACQCAFQQBOBEAgBigCBCEHIAYgBigCCCIIQQFqIgIgBigCDCIMSwR/QQggDEEBdCIIIAIgAiAISRsiAiACQQhNGyIIQQN0IQICfyAHBEAgByACIwcoAgARAQAMAQsgAiMIKAIAEQAACyEHIAYgCDYCDCAGKAIIIghBAWoFIAILNgIIIAYgBzYCBCAHIAhBA3RqIgIgEjYCBCACIAk2AgAgCUEBcQ0BIAkgCSgCAEEBajYCACAJKAIAGgwDCyAJQQFxRQ0CCyAJQQN2QQFxDAILIAYgBigCEEEBajYCEAwCCyAJLwEsQQJ2QQFxCw0BIAYgBigCEEEBajYCECAQQQFxDQELIAZBADoAFAsgCkEBaiEHIAogDi8BkAEiBkkNAAsLIBFBAWohEQwDCyASDQELIAsoAggEQCABKAI0IQJBACEGA0AgDSALKAIEIAZBA3RqKQIANwMIIAIgDUEIahAKIAZBAWoiBiALKAIISQ0ACwsgC0EANgIIIAsoAgQiAgRAIAIjCSgCABECAAsgC0EANgIMIAtCADcCBAsgASgCHCARQX9zakEYbCICBEAgASgCGCAVaiIIIAhBGGogAvwKAAALIAEgASgCHEEBazYCHCAUQQFrIRQLIBEgFEkNAEEAIREgASgCHCIUDQALCyAAIAEpAgw3AgAgACABKAIUNgIIIA1BMGokAAvvAgEFfyMAQSBrIgQkAANAAkAgACAAKAKUAUEBayIFNgKUASAFDQAgAC8BkAEiAwR/IANBAWsiBQRAA0AgBCAAIANBBHRqIgMpAgg3AxggBCADKQIANwMQIAQoAhQEQCAEIAQpAhQ3AwggAiAEQQhqEAoLIAQoAhAgASACEBogBSIDQQFrIgUNAAsLIAQgACkCGDcDGCAEIAApAhA3AxAgBCgCFARAIAQgBCkCFDcDACACIAQQCgsgACgCEAVBAAsCQCABKAIEIgNBMU0EQCABKAIAIQYgASgCCCIHIANNBEBBCCAHQQF0IgcgA0EBaiIDIAMgB0kbIgMgA0EITRsiB0ECdCEDAn8gBgRAIAYgAyMHKAIAEQEADAELIAMjCCgCABEAAAshBiABIAc2AgggASgCBCEDCyABIAY2AgAgASADQQFqNgIEIAYgA0ECdGogADYCAAwBCyAAIwkoAgARAgALIgANAQsLIARBIGokAAtgAQJ/IAJFBEBBAA8LIAAtAAAiAwR/AkADQCADIAEtAAAiBEcNASAERQ0BIAJBAWsiAkUNASABQQFqIQEgAC0AASEDIABBAWohACADDQALQQAhAwsgAwVBAAsgAS0AAGsLNgEBf0EBIQECQAJAAkAgACMCQQ5qEEhBAWsOAgACAQsDQCAAEElBAUYNAAsMAQtBACEBCyABC54JAQ5/IwBBMGsiBiQAIAAoAhghBCAAKAIgQR9NBEACfyAEBEAgBEGABiMHKAIAEQEADAELQYAGIwgoAgARAAALIQQgAEEgNgIgCyAAQQA2AhwgACAENgIYIwshBQJAIAAoAgQiBEUNACACIAUoAgAgAhshCgNAIAAoAgAgA0EFdGoiBygCHEECRwRAIAAoAhghBCAAIAAoAhwiAkEBaiIFIAAoAiAiCEsEf0EIIAhBAXQiAiAFIAIgBUsbIgIgAkEITRsiBUEYbCECAn8gBARAIAQgAiMHKAIAEQEADAELIAIjCCgCABEAAAshBCAAIAU2AiAgACgCHCICQQFqBSAFCzYCHCAAIAQ2AhggBkEANgIoIAZCADcDICAGQgA3AxggBCACQRhsaiICIAcoAgA2AgAgAiAGKAIoNgIUIAIgBikDIDcCDCACIAYpAxg3AgQgACgCBCEECyADQQFqIgMgBEkNAAsgACgCHCIERQ0AQQAhBUEBIQNBACECA0ACQEEAIQtBASEHIANFDQADQCALQRhsIg0gACgCGGoiAygCACEIIAYgAygCFDYCECAGIAMpAgw3AwggBiADKQIENwMAQQAhAwJAIAIEQANAIAUgA0ECdGooAgAgCEYNAiADQQFqIgMgAkcNAAsLIAhFDQAgCC8BkAEEQCAIQRBqIQ5BACEHA0AgDiAHQQR0aiIDKAIAIQ8CQCADKAIEIgRFDQAjAUGrCmohAwJAAkACQCAEQQFxBH8gBEGA/gNxQQh2BSAELwEoC0H//wNxIgRB/v8Daw4CAAIBCyMBQaoKaiEDDAELQQAhAyABKAIIIAEoAgRqIARNDQAgASgCOCAEQQJ0aigCACEDCwNAAkACQAJAAkACQCADLQAAIgQOIwYEBAQEBAQEBAMCBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQBAAsgBEHcAEcNAwtB3AAgChAJIAMsAAAgChAJIANBAWohAwwDCyMBQYsIaiAKEBQgA0EBaiEDDAILIwFBmgNqIAoQFCADQQFqIQMMAQsgBMAgChAJIANBAWohAwwACwALIAAoAhghAyAHBH8gACAAKAIcIglBAWoiBCAAKAIgIhBLBH9BCCAQQQF0IgkgBCAEIAlJGyIEIARBCE0bIglBGGwhBAJ/IAMEQCADIAQjBygCABEBAAwBCyAEIwgoAgARAAALIQMgACAJNgIgIAAoAhwiCUEBagUgBAs2AhwgACADNgIYIAMgCUEYbGoiAyAINgIAIAMgBigCEDYCFCADIAYpAwg3AgwgAyAGKQMANwIEIAAoAhggACgCHEEYbGpBGGsFIAMgDWoLIA82AgAgB0EBaiIHIAgvAZABSQ0ACwsCQCACQQFqIgMgDE0NAEEIIAxBAXQiBCADIAMgBEkbIgQgBEEITRsiDEECdCEEIAUEQCAFIAQjBygCABEBACEFDAELIAQjCCgCABEAACEFCyAFIAJBAnRqIAg2AgAgACgCHCEEQQAhByADIQILIAtBAWoiCyAESQ0ACyAEIQMgB0EBcUUNAQsLIAVFDQAgBSMJKAIAEQIACyAGQTBqJAALxAEBBH8CfwJAIANFDQAgAkEFRw0AIAEjAUGrCmpBBRAbDQBB//8DDAELIAAoAgggACgCBGpB//8DcSIHBEADQAJAIAZB//8DcUH+/wNGDQAgACgCSCAEQQNsaiIFLQAAIAUtAAJyQQFxRQ0AIAUtAAEgA0cNACAAKAI4IARBAnRqKAIAIgUgASACEBsNACAFEEIgAkcNACAAKAJMIARBAXRqLwEADAMLIAZBAWoiBkH//wNxIgQgB0kNAAsLQQALQf//A3ELyzcCDX8BfiMAQSBrIgokAEEBIQYCQCABKAIMIgdFDQAgB0HdAEcgB0EpR3FFBEBBfyEGDAELIAAoAmwhCSAAKAJAIQ0CQCAAKAJwIggEQCANIAkgCEEDdGpBBGsvAQBGDQELIAAgCEEBaiIHIAAoAnQiC0sEf0EIIAtBAXQiCCAHIAcgCEkbIgcgB0EITRsiCEEDdCEHAn8gCQRAIAkgByMHKAIAEQEADAELIAcjCCgCABEAAAshCSAAIAg2AnQgACgCcCIIQQFqBSAHCzYCcCAAIAk2AmwgASgCBCELIAEoAgAhDCAJIAhBA3RqIgdBADsBBiAHIA07AQQgByAMIAtrNgIAIAEoAgwhBwsCQAJAAkACQAJAAkACQAJAAkACQCAHQSJrDgcCAQEBAQEEAAsCQCAHQdsAaw4FAAEBAQMBCyABEAwaIAEQDSAKQQA2AhggCkIANwIQQX8hDkEAIQhBACELA0AgACgCQCEPAkACQAJAAkAgACABIAIgA0EBIApBEGoQHyIGBEACQCAGQX9HDQBBASEGIAhFDQAgASgCDEHdAEYNAgsgCigCECIABEAgACMJKAIAEQIACyALRQ0PIAsjCSgCABECAAwPCyANIA9GBEAgBUEANgIEIAUoAgAhByAKKAIQIQkCQAJAIAooAhQiBiAFKAIISwRAAn8gBwRAIAcgBiMHKAIAEQEADAELIAYjCCgCABEAAAshByAFIAY2AgggBSgCBCIMRQ0BIAxFDQEgBiAHaiAHIAz8CgAADAELIAZFDQELIAkEQCAGRQ0BIAcgCSAG/AoAAAwBCyAGRQ0AIAdBACAG/AsACyAFIAc2AgAgBSAFKAIEIAZqNgIEDAQLAkAgBSgCBCIGIAooAhQiB0kEQCAFKAIAIQkgBSgCCCIMIAdJBEBBCCAMQQF0IgYgByAGIAdLGyIGIAZBCE0bIQYCfyAJBEAgCSAGIwcoAgARAQAMAQsgBiMIKAIAEQAACyEJIAUgBjYCCCAFKAIEIQYLIAUgCTYCACAHIAZrIgwEQCAGIAlqQQAgDPwLAAsgBSAHNgIEDAELIAdFDQMLQQAhBiAKKAIQIREDQCAGIBFqLQAAIQwCQAJAAkACQAJAAkACQCAFKAIAIAZqIhItAAAiCQ4FAQIGAwAFCyAMQQVJDQMMBAsgDEEFTw0DQoCCiIggIAxBA3StQvgBg4inIQkMBAsgDEEFTw0CQoGCiIggIAxBA3StQvgBg4inIQkMAwsgDEEFTw0BQoGCiJjAACAMQQN0rUL4AYOIpyEJDAILQoKEiKDAACAMQQN0rUL4AYOIpyEJDAELQQAhCQsgEiAJOgAAIAcgBkEBaiIGRw0ACwwBCyABEAwaIAAgACgCQEEBazYCQCAIQQFHBEBBACEGA0AgACgCPCIDIAsgBkECdGooAgBBFGxqIAsgBkEBaiIGQQJ0aigCACIHOwEOIAMgB0EUbGoiA0EGayAAKAJAOwEAIANBAmsiAyADLwEAQRByOwEAIAYgDkcNAAsLIAooAhAiAwRAIAMjCSgCABECAAsgC0UNCCALIwkoAgARAgAMCAsgBSgCBCEGCyAGIAdNDQADQCAFKAIAIAdqIgZCgIKIiCAgBjEAACITQgOGiKdBACATQgVUGzoAACAHQQFqIgcgBSgCBEkNAAsLAkAgCEEBaiIHIBBNDQBBCCAQQQF0IgYgByAGIAdLGyIGIAZBCE0bIhBBAnQhBiALBEAgCyAGIwcoAgARAQAhCwwBCyAGIwgoAgARAAAhCwsgCyAIQQJ0aiAPNgIAIAAoAjwhBiAAIAAoAkAiCEEBaiIJIAAoAkQiDEsEf0EIIAxBAXQiCCAJIAggCUsbIgggCEEITRsiCUEUbCEIAn8gBgRAIAYgCCMHKAIAEQEADAELIAgjCCgCABEAAAshBiAAIAk2AkQgACgCQCIIQQFqBSAJCzYCQCAAIAY2AjwgCkH//wM7AQggCkF/NgIEIAYgCEEUbGoiCEEANgECIAhBADsBACAIIAooAgQ2AQYgCCAKLwEIOwEKIAhBADsBEiAIQf//AzYBDiAIIAI7AQwgCkEANgIUIA5BAWohDiAHIQgMAAsACwJAIAcQEw0AIAEoAgwiB0HfAEYNACAHQS1HDQkLIAEoAgAhByABEBcgASgCACEIIAEQDSABKAIMQTpHBEAgAUEAOgAQIAEgBzYCACABEAwaDAkLIAEQDBogARANIApBADYCGCAKQgA3AhAgACABIAIgAyAEIApBEGoQHyIDBEAgCigCECIABEAgACMJKAIAEQIAC0EBIAMgA0F/RhshBgwJCyAAKAKcASAHIAggB2sQaiIIRQRAIAEgBzYCAEEDIQYMCQsgACgCPCEGIA0hBwNAAkAgBiAHQRRsaiIDIAg7AQQgAy8BDiIDQf//A0YNACADIAdNDQAgAyIHIAAoAkBJDQELCyAFIApBEGoQNiAKKAIQIgNFDQMgAyMJKAIAEQIADAMLIAEoAgAhByAAIAEQLw0HIAAoApwBIAAoAoQBIAAoAogBQQAQHiIJRQRAIAFBADoAECABIAdBAWo2AgAgARAMGkECIQYMCAsgACgCPCEGIAAgACgCQCIIQQFqIgcgACgCRCILSwR/QQggC0EBdCIIIAcgByAISRsiByAHQQhNGyIIQRRsIQcCfyAGBEAgBiAHIwcoAgARAQAMAQsgByMIKAIAEQAACyEGIAAgCDYCRCAAKAJAIghBAWoFIAcLNgJAIAAgBjYCPCAKQf//AzsBFCAKQX82AhAgBiAIQRRsaiIHQQA2AQIgByAJOwEAIAcgCigCEDYBBiAHIAovARQ7AQogB0ECQQAgAxs7ARIgB0H//wM2AQ4gByACOwEMDAILIAEQDBogARANIAAoAjwhBiAAIAAoAkAiCUEBaiIHIAAoAkQiCEsEf0EIIAhBAXQiCCAHIAcgCEkbIgcgB0EITRsiCEEUbCEHAn8gBgRAIAYgByMHKAIAEQEADAELIAcjCCgCABEAAAshBiAAIAg2AkQgACgCQCIJQQFqBSAHCzYCQCAAIAY2AjwgCkH//wM7ARQgCkF/NgIQIAYgCUEUbGoiB0EANgECIAdBADsBACAHIAooAhA2AQYgByAKLwEUOwEKIAdBAkEAIAMbOwESIAdB//8DNgEOIAcgAjsBDAwBCyABEAwaIAEQDQJAAkACQAJAIAEoAgwiB0Eiaw4NAQIDAwMDAQMDAwMDAgALIAdB2wBHDQILQQAhCSAKQQA2AhggCkIANwIQIAdBLkYEQCABKAIAIQcgARAMGiABEA1BASEDIAEoAgxBKUYNBgsCQAJAAkACQCAAIAEgAiADIAQgCkEQahAfIgZBAWoOAgEAAgsDQCAFIApBEGoQNiAKQQA2AhQCQCABKAIMIgNBLkcNACABKAIAIQcgARAMGiABEA0gASgCDEEpRw0AIAooAhAhCQwKCyAAIAEgAiADQS5GIAQgCkEQahAfIgZFDQALIAZBf0cNAQtBASEGIAEoAgxBKUYNAQsgCigCECIJRQ0IDAcLIAEQDBogCigCECIDRQ0CIAMjCSgCABECAAwCCyABEAwaAn8CQCABKAIMEBMNACABKAIMIgJB3wBGDQAgAkEtRg0AQQEMAQsgASgCACECIAEQFwJAIAEoAgwiA0E/Rg0AIANBIUYNAEEBDAELIAEQDBogAEEYaiIHIAIgASgCACACaxAuIQUgACgCVCECIAAgACgCWCIEQQFqIgMgACgCXCIISwR/QQggCEEBdCIEIAMgAyAESRsiAyADQQhNGyIEQQN0IQMCfyACBEAgAiADIwcoAgARAQAMAQsgAyMIKAIAEQAACyECIAAgBDYCXCAAKAJYIgRBAWoFIAMLNgJYIAAgAjYCVCACIARBA3RqIgIgBTYCBCACQQI2AgAgARANA0ACQAJAAn8CQAJAAkACQCABKAIMIgJBImsOCAEDAwMDAwMAAgsgARAMGiABEA0gACgCVCECIAAgACgCWCIDQQFqIgEgACgCXCIESwR/QQggBEEBdCIDIAEgASADSRsiASABQQhNGyIDQQN0IQECfyACBEAgAiABIwcoAgARAQAMAQsgASMIKAIAEQAACyECIAAgAzYCXCAAKAJYIgNBAWoFIAELNgJYIAAgAjYCVCACIANBA3RqQgA3AgBBAAwHC0EBIAAgARAvDQYaIAcgACgChAEgACgCiAEQLgwCCyACQcAARg0CCwJAIAIQEw0AIAEoAgwiAkHfAEYNACACQS1GDQBBAQwFCyABKAIAIQIgARAXIAcgAiABKAIAIAJrEC4LIQIgACgCVCEDIAAgACgCWCIEQQFqIgUgACgCXCIISwR/QQggCEEBdCIEIAUgBCAFSxsiBCAEQQhNGyIFQQN0IQQCfyADBEAgAyAEIwcoAgARAQAMAQsgBCMIKAIAEQAACyEDIAAgBTYCXCAAKAJYIgRBAWoFIAULNgJYIAAgAzYCVCADIARBA3RqIgNBAjYCAAwBCyABEAwaAkAgASgCDBATDQAgASgCDCICQd8ARg0AIAJBLUYNAEEBDAMLIAEoAgAhAyABEBcCQAJAIAAoAhAiBUUNACABKAIAIANrIQQgACgCDCEIQQAhAgNAAkAgBCAIIAJBA3RqIg0oAgRGBEAgACgCACANKAIAaiADIAQQG0UNAQsgAkEBaiICIAVHDQEMAgsLIAJBf0cNAQsgAUEAOgAQIAEgAzYCACABEAwaQQQMAwsgACgCVCEDIAAgACgCWCIEQQFqIgUgACgCXCIISwR/QQggCEEBdCIEIAUgBCAFSxsiBCAEQQhNGyIFQQN0IQQCfyADBEAgAyAEIwcoAgARAQAMAQsgBCMIKAIAEQAACyEDIAAgBTYCXCAAKAJYIgRBAWoFIAULNgJYIAAgAzYCVCADIARBA3RqIgNBATYCAAsgAyACNgIEIAEQDQwACwALIQYMBgsgASgCACEIAkAgBxATDQAgASgCDCIHQd8ARg0AIAdBLUcNBgsgARAXAkACQAJAAkAgASgCACAIayIGQQFrDgcBAgICAgIAAgtBByEGIAgjAUG1CmpBBxAbDQEgARANAkACQAJAIAEoAgwQEw0AQQAhB0EBIQsCQCABKAIMIgZBImsODAIDAwMDAwMGAwMDAQALIAZB3wBHDQILIAEoAgAhBiABEBdBASELIAAoApwBIAYgASgCACAGa0EBEB4iBw0EIAFBADoAECABIAY2AgAgARAMGkECIQYMCgsgASgCACEGIAAgARAvBEBBASEGDAoLIAAoApwBIAAoAoQBIAAoAogBQQAQHiIHDQMgAUEAOgAQIAEgBkEBajYCACABEAwaQQIhBgwJCyABQQA6ABAgARAMGkEBIQYMCAtBACELQQAhByAILQAAQd8ARg0BCyAAKAKcASAIIAZBARAeIgcEQEEAIQsMAQsgAUEAOgAQIAEgCDYCACABEAwaQQIhBgwGCyAAKAI8IQYgACAAKAJAIgxBAWoiCSAAKAJEIg5LBH9BCCAOQQF0IgwgCSAJIAxJGyIJIAlBCE0bIgxBFGwhCQJ/IAYEQCAGIAkjBygCABEBAAwBCyAJIwgoAgARAAALIQYgACAMNgJEIAAoAkAiDEEBagUgCQs2AkAgACAGNgI8IApB//8DOwEUIApBfzYCECAGIAxBFGxqIgZBADYBAiAGIAc7AQAgBiAKKAIQNgEGIAYgCi8BFDsBCiAGQQJBACADGzsBEiAGQf//AzYBDiAGIAI7AQwgACgCPCAAKAJAQRRsaiIDQRRrIQYCQCAHQf3/A0sNACAAKAKcASgCSCAHQQNsai0AAkEBcUUNACADQRJrIAYvAQA7AQAgBkEAOwEACyALBEAgA0ECayIJIAkvAQBBgARyOwEACyAHRQRAIANBAmsiByAHLwEAQQFyOwEACwJAAkAgASgCDEEvRw0AIANBEmsiCS8BAEUEQCABQQA6ABAgASAIQQFrNgIAIAEQDBpBBSEGDAgLIAEQDBogASgCACEDIAYCfwJAAkAgASgCDBATDQBBASEGAkAgASgCDCIHQSJrDgwCCwsLCwsLCwsLCwEACyAHQd8ARw0KCyABEBcgACgCnAEiBiADIAEoAgAgA2tBARAeDAELIAAgARAvDQggACgCnAEiBiAAKAKEASAAKAKIAUEAEB4LIgc7AQAgB0UEQCABQQA6ABAgASADNgIAIAEQDBpBAiEGDAgLIAYoAgBBD0kNACAGIAkvAQAgCkEQahB0IQMgCigCECIJRQ0BQQAhBgNAIAMgBkEBdGovAQAgB0YNASAJIAZBAWoiBkcNAAsMAQsgARANIApBADYCDCAKQgA3AgQgAkEBaiEHQQAhC0EAIQwDQCALQf//A3EiCEEHSyEOA0BBACEJAkACQAJAIAEoAgxBIWsODgACAgICAgICAgICAgIBAgsgARAMGiABEA0CQCABKAIMEBMNACABKAIMIgNBLUYNACADQd8ARw0HCyABKAIAIQMgARAXIAEoAgAhBiABEA0gACgCnAEgAyAGIANrEGoiBkUEQCABIAM2AgBBAyEGDAgLIA4NAiAKQRBqIAhBAXRqIAY7AQAgC0EBaiELDAMLIAEQDBogARANQQEhCQsgAC8BQCEDIAAgASAHIAkgBCAKQQRqEB8iBgRAIAZBf0cNBkEBIQYgASgCDEEpRw0GAkAgCUUNACAMQf//A3EiA0UNBiAAKAI8IANBFGxqIgMgAy8BEkEEcjsBEiADLwEOIgNB//8DRg0AIAAoAkAgA00NACAAKAI8IANBFGxqIgMgAy8BEkEEcjsBEiADLwEOIgZB//8DRg0AA0AgBkH//wNxIgMgACgCQE8NASAAKAI8IANBFGxqIgMgAy8BEkEEcjsBEiADLwEOIgZB//8DRw0ACwsgC0H//wNxIgMEQAJAIApBEGohDEEAIQlBACELQQAhDiAAKAI8IA1B//8DcUEUbGohDyAAKAJ4IQcgACgCfCIGBEBBACEIA0ACfyAHIAhBAXRqLwEAIhBFBEAgAyAJRgRAIA8gDjsBEAwFCyAIQQFqIQ5BACELQQAMAQsgAyAJTQRAQQEhC0EADAELQQAgCUEBaiAQIAwgCUEBdGovAQBHIAtyIgtBAXEbCyEJIAhBAWoiCCAGRw0ACwsgDyAGOwEQAkAgAyAGaiIJIAAoAoABTQ0AIAlBAXQhCAJ/IAcEQCAHIAgjBygCABEBAAwBCyAIIwgoAgARAAALIQcgACAJNgKAASAAKAJ8IgkgBk0NACAJIAZrQQF0IglFDQAgByAIaiAHIAZBAXRqIAn8CgAACyADQQF0IggEQCAHIAZBAXRqIAwgCPwKAAALIAAgBzYCeCAAIAAoAnwgA2oiCDYCfCAAIAhBAWoiAyAAKAKAASIGSwR/QQggBkEBdCIIIAMgAyAISRsiAyADQQhNGyIIQQF0IQMCfyAHBEAgByADIwcoAgARAQAMAQsgAyMIKAIAEQAACyEHIAAgCDYCgAEgACgCfCIIQQFqBSADCzYCfCAAIAc2AnggByAIQQF0akEAOwEACwsgARAMGiAKKAIEIgNFDQQgAyMJKAIAEQIADAQFIAAoAkAhBiAFIApBBGoQNiAKQQA2AgggAyADIAZGayEMDAELAAsACwALIAFBADoAECABIAhBAWs2AgAgARAMGkEFIQYMBQsgARANQQMhCANAIAghA0ECIQgCQAJAA0ACQCABKAIMIgdBwABHBEACQCAHQSprDhYEAgUFBQUFBQUFBQUFBQUFBQUFBQUABQsjAUHEDGogA0H/AXFBAnRqKAIAIQgMAwsgARAMGgJAIAEoAgwQEw0AIAEoAgwiB0HfAEYNACAHQS1GDQBBASEGDAoLIAEoAgAhByABEBcgASgCACEGIAEQDSAAIAcgBiAHaxAuIQsgCyAFKAIEIgZPBEAgC0EBaiEHIAUoAgAhCSALIAUoAggiDE8EQEEIIAxBAXQiBiAHIAYgB0sbIgYgBkEITRshBgJ/IAkEQCAJIAYjBygCABEBAAwBCyAGIwgoAgARAAALIQkgBSAGNgIIIAUoAgQhBgsgBSAJNgIAIAcgBmsiDARAIAYgCWpBACAM/AsACyAFIAc2AgQLIAUoAgAgC2oiB0KDiJCgwAAgBzEAACITQgOGiKdBACATQgVUGzoAACAAKAI8IQkgDSEHA0ACQAJ/IAkgB0EUbGoiBi8BBkH//wNGBEAgBkEGagwBCyAGQQhqIAYvAQhB//8DRg0AGiAGLwEKQf//A0cNASAGQQpqCyALOwEACyAGLwEOIgZB//8DRg0CIAYgB00NAiAGIgcgACgCQEkNAAsMAQsLQQRBAiADQQJLGyEICyABEAwaIAEQDQwBCwsCQAJAAkACQCADQQFrDgQCAQMAAwsgCkH//wM7ARQgCkF/NgIQIAAoAjwhBiAAIAAoAkAiCUEBaiIBIAAoAkQiB0sEf0EIIAdBAXQiByABIAEgB0kbIgEgAUEITRsiB0EUbCEBAn8gBgRAIAYgASMHKAIAEQEADAELIAEjCCgCABEAAAshBiAAIAc2AkQgACgCQCIJQQFqBSABCzYCQCAAIAY2AjwgBiAJQRRsaiIAQQA2AQIgAEEAOwEAIAAgCigCEDYBBiAAIAovARQ7AQogAEEoQQggBBs7ARIgAEEAOwEQIAAgDTsBDiAAIAI7AQwMAgsgCkH//wM7ARQgCkF/NgIQIAAoAjwhBiAAIAAoAkAiCUEBaiIBIAAoAkQiB0sEf0EIIAdBAXQiByABIAEgB0kbIgEgAUEITRsiB0EUbCEBAn8gBgRAIAYgASMHKAIAEQEADAELIAEjCCgCABEAAAshBiAAIAc2AkQgACgCQCIJQQFqBSABCzYCQCAAIAY2AjwgBiAJQRRsaiIBQQA2AQIgAUEAOwEAIAEgCigCEDYBBiABIAovARQ7AQogAUEoQQggBBs7ARIgAUEAOwEQIAEgDTsBDiABIAI7AQwgACgCQCIBQQFrIQIgACgCPCEEA0AgBCANQRRsaiIALwEOIg1B//8DRyACIA1LcQ0ACyAAIAE7AQ4gACAALwESQYAIcjsBEgwBCyAAKAJAIQEgACgCPCECA0AgAiANQRRsaiIALwEOIg1B//8DRyABIA1LcQ0ACyAAIAE7AQ4gACAALwESQYAIcjsBEgsgBS8BBARAIwEgA0ECdGpB1AxqIQFBBEECIANBA2tBAkkbIQBBACEGA0AgAyEHAkACQAJAAkACQCAFKAIAIAZqIgItAABBAWsOBAABBAIDCyABKAIAIQcMAwtBAiEHDAILIAAhBwwBC0EAIQcLIAIgBzoAACAGQQFqIgYgBS8BBEkNAAsLQQAhBgwEC0EBIQYLIAooAgQiAEUNAiAAIwkoAgARAgAMAgsgAUEAOgAQIAEgBzYCACABEAwaQQEhBiAJRQ0BCyAJIwkoAgARAgALIApBIGokACAGC5AKAhN/AX4jAEEgayILJAACQCABKAIAIgYgAEYNACAALwGQASIOBEAgAEEQaiEPIAEoAgQiBUEwaiEQIAVBIHEhESAFQQN2QQFxIRIgBUGA/gNxQQh2IRMgAS0ACyEUIAEtAAohFQNAAkACQCAPIARBBHRqIgwoAgQiByAFRg0AIAdFDQEgBUUNASATIQMgB0EBcSIJBH8gB0GA/gNxQQh2BSAHLwEoC0H//wNxIAVBAXEiDQR/IAMFIAUvASgLQf//A3FHDQEgDC0ACyEKIAwtAAohAwJAAkACQCAJBEAgB0EgcQ0BDAMLIActAC1BAnENACAHKAIgRQ0BCwJAIA0EQCARRQ0BDAQLIAUtAC1BAnENAyAFKAIgDQMLIAkNAQsgBygCBCEDCyAVIQggDQR/IAgFIAUoAgQLIANHDQEgFCEDIAkEfyAKBSAHKAIQCyANBH8gAwUgBSgCEAtHDQFBACEDQQAhCiAJBH9BAAUgBygCJAsgDQR/QQAFIAUoAiQLRw0BIBIhAyAJBH8gB0EDdkEBcQUgBy8BLEECdkEBcQsgDQR/IAMFIAUvASxBAnZBAXELRw0BIwEhAyMBIQgCfyADQZQMaiAJDQAaIwFBlAxqIActACxBwABxRQ0AGiMBQZQMaiAHQTBqIAcoAiQbCyIDKAIYIQkCQAJ/IAhBlAxqIA0NABojAUGUDGogBS0ALEHAAHFFDQAaIwFBlAxqIBAgBSgCJBsLIgooAhgiCEEZTwRAIAggCUcNAyADKAIAIQMgCigCACEKDAELIAggCUcNAgsgAyAKIAgQEg0BCyAGIAwoAgAiA0YEQEEAIQMCf0EAIAVBAXENABpBACAFKAIkRQ0AGiAFKAI8CyEEAkAgB0EBcQ0AIAcoAiRFDQAgBygCPCEDCyADIARODQQgBUEBcUUEQCAFIAUoAgBBAWo2AgAgBSgCABogASgCACEGCyALIAwpAgQ3AwggAiALQQhqEAogDCABKQIEIhY3AgQgBigCoAEhAkEAIQQCQCAWpyIBQQFxDQAgASgCJEUNACABKAI8IQQLIAAgAiAEajYCoAEMBAsgAy8BACAGLwEARw0AIAMoAgQgBigCBEcNACADKAKYASAGKAKYAUcNACAGLwGQAQRAIAZBEGohAUEAIQQDQCAMKAIAIAsgASAEQQR0aiIIKQIINwMYIAsgCCkCADcDECALQRBqIAIQICAEQQFqIgQgBi8BkAFJDQALCyAGKAKgASEEIAUEQEEAIQICQCAFQQFxDQAgBSgCJEUNACAFKAI8IQILIAIgBGohBAsgBCAAKAKgAUwNAyAAIAQ2AqABDAMLIARBAWoiBCAORw0ACyAOQQhGDQELIAYEQCAGIAYoApQBQQFqNgKUAQsgBigCoAEhAiAGKAKcASEDIAAgDkEBajsBkAEgACAOQQR0aiIIIAEpAgg3AhggCCABKQIANwIQIAEoAgQiBARAIARBAXFFBEAgBCAEKAIAQQFqNgIAIAQoAgAaIAEtAAQhBAsCQCAEQQFxRQRAQQAhBEEAIQYgASgCBCIBKAIkIggEQCABKAI4IQYLIAYgAS8BLEEBcWogAS8BKEH+/wNGaiEGIAhFDQEgASgCPCEEDAELIARBAXZBAXEhBkEAIQQLIAMgBmohAyACIARqIQILIAAoApwBIANJBEAgACADNgKcAQsgAiAAKAKgAUwNACAAIAI2AqABCyALQSBqJAALdQIBfwF+IACtQgd8Qvj///8fgyECIwFBnPQAaiIBKAIAIgBFBEAgASMFIgA2AgALAkAgAiAArXwiAkL/////D1gEQCACpyIBPwBBEHRNDQEgARABDQELIwFB+PQAakEwNgIAQX8PCyMBQZz0AGogATYCACAAC/0pAQt/IwBBEGsiCyQAAkACQAJAAkACQAJAAkACQAJAAkAgAEH0AU0EQCMBQcT2AGoiAigCACIEQRAgAEELakH4A3EgAEELSRsiB0EDdiIAdiIBQQNxBEACQCACIAFBf3NBAXEgAGoiA0EDdCIBaiIAIgZBKGoiByAAKAIwIgAoAggiBUYEQCACIARBfiADd3E2AgAMAQsgBSAHNgIMIAYgBTYCMAsgAEEIaiEFIAAgAUEDcjYCBCAAIAFqIgAgACgCBEEBcjYCBAwLCyAHIwFBxPYAaiICKAIIIghNDQEgAQRAAkAgAkECIAB0IgVBACAFa3IgASAAdHFoIgNBA3QiAWoiACIGQShqIgkgACgCMCIAKAIIIgVGBEAgAiAEQX4gA3dxIgQ2AgAMAQsgBSAJNgIMIAYgBTYCMAsgACAHQQNyNgIEIAAgB2oiBiABIAdrIgNBAXI2AgQgACABaiADNgIAIAgEQCMBQcT2AGoiBSICIAhBeHFqQShqIQEgAigCFCECAn8gBEEBIAhBA3Z0IgdxRQRAIAUgBCAHcjYCACABDAELIAEoAggLIQUgASACNgIIIAUgAjYCDCACIAE2AgwgAiAFNgIICyAAQQhqIQUjAUHE9gBqIgAgBjYCFCAAIAM2AggMCwsjAUHE9gBqIgAoAgQiCkUNASAKaEECdCAAaigCsAIiAygCBEF4cSAHayEAIAMhAQNAAkAgASgCECIFRQRAIAEoAhQiBUUNAQsgBSgCBEF4cSAHayIBIAAgACABSyIBGyEAIAUgAyABGyEDIAUhAQwBCwsgAygCGCEJIAMgAygCDCIFRwRAIAMoAggiASAFNgIMIAUgATYCCAwKCyADKAIUIgEEfyADQRRqBSADKAIQIgFFDQMgA0EQagshAgNAIAIhBiABIgVBFGohAiABKAIUIgENACAFQRBqIQIgBSgCECIBDQALIAZBADYCAAwJC0F/IQcgAEG/f0sNACAAQQtqIgFBeHEhByMBQcT2AGooAgQiBkUNAEEfIQggAEH0//8HTQRAIAdBJiABQQh2ZyIAa3ZBAXEgAEEBdGtBPmohCAtBACAHayEAAkACQCMBQcT2AGogCEECdGooArACIgEEQCAHQRkgCEEBdmtBACAIQR9HG3QhAwNAAkAgASgCBEF4cSAHayIEIABPDQAgASECIAQiAA0AQQAhACABIQUMAwsgBSABKAIUIgQgBCABIANBHXZBBHFqKAIQIgFGGyAFIAQbIQUgA0EBdCEDIAENAAsLIAIgBXJFBEBBACECQQIgCHQiAUEAIAFrciAGcSIBRQ0DIwFBxPYAaiABaEECdGooArACIQULIAVFDQELA0AgBSgCBEF4cSAHayIDIABJIQEgAyAAIAEbIQAgBSACIAEbIQIgBSgCECIBBH8gAQUgBSgCFAsiBQ0ACwsgAkUNACAAIwFBxPYAaigCCCAHa08NACACKAIYIQggAiACKAIMIgVHBEAgAigCCCIBIAU2AgwgBSABNgIIDAgLIAIoAhQiAQR/IAJBFGoFIAIoAhAiAUUNAyACQRBqCyEDA0AgAyEEIAEiBUEUaiEDIAEoAhQiAQ0AIAVBEGohAyAFKAIQIgENAAsgBEEANgIADAcLIAcjAUHE9gBqIgAoAggiAk0EQCAAKAIUIQACQCACIAdrIgFBEE8EQCAAIAdqIgMgAUEBcjYCBCAAIAJqIAE2AgAgACAHQQNyNgIEDAELIAAgAkEDcjYCBCAAIAJqIgEgASgCBEEBcjYCBEEAIQNBACEBCyMBQcT2AGoiAiABNgIIIAIgAzYCFCAAQQhqIQUMCQsgByMBQcT2AGoiACgCDCICSQRAIAAgAiAHayIBNgIMIAAgACgCGCIAIAdqIgI2AhggAiABQQFyNgIEIAAgB0EDcjYCBCAAQQhqIQUMCQtBACEFIAdBL2oiBAJ/IwFBnPoAaiIAKAIABEAgACgCCAwBCyMBIgFBnPoAaiIAQQA2AhQgAEJ/NwIMIABCgKCAgICABDcCBCABQcT2AGpBADYCvAMgACALQQxqQXBxQdiq1aoFczYCAEGAIAsiAGoiBkEAIABrIghxIgEgB00NCCMBQcT2AGoiACgCuAMiAwRAIAAoArADIgAgAWoiCSAATQ0JIAMgCUkNCQsCQCMBQcT2AGoiAC0AvANBBHFFBEACQAJAAkACQCAAKAIYIgMEQCAAQcADaiEAA0AgACgCACIJIANNBEAgAyAJIAAoAgRqSQ0DCyAAKAIIIgANAAsLQQAQISICQX9GDQMgASEDIwFBnPoAaigCBCIAQQFrIgYgAnEEQCABIAJrIAIgBmpBACAAa3FqIQMLIAMgB00NAyMBQcT2AGoiBigCsAMhACAGKAK4AyIGBEAgACAAIANqIghPDQQgBiAISQ0ECyADECEiACACRw0BDAULIAYgAmsgCHEiAxAhIgIgACgCACAAKAIEakYNASACIQALIABBf0YNASAHQTBqIANNBEAgACECDAQLIwFBnPoAaigCCCICIAQgA2tqQQAgAmtxIgIQIUF/Rg0BIAIgA2ohAyAAIQIMAwsgAkF/Rw0CCyMBQcT2AGoiACAAKAK8A0EEcjYCvAMLIAEQISECQQAQISEAIAJBf0YNBSAAQX9GDQUgACACTQ0FIAAgAmsiAyAHQShqTQ0FCyMBQcT2AGoiACAAKAKwAyADaiIBNgKwAyAAKAK0AyABSQRAIAAgATYCtAMLAkAjAUHE9gBqIgAoAhgiAQRAIABBwANqIQADQCACIAAoAgAiBCAAKAIEIgZqRg0CIAAoAggiAA0ACwwECyMBQcT2AGoiACgCECIBQQAgASACTRtFBEAgACACNgIQC0EAIQAjASIEQcT2AGoiAUEANgLMAyABIAM2AsQDIAEgAjYCwAMgAUF/NgIgIAEgBEGc+gBqKAIANgIkA0AjAUHE9gBqIABBA3RqIgEgAUEoaiIENgIwIAEgBDYCNCAAQQFqIgBBIEcNAAsjASIBQcT2AGoiACADQShrIgNBeCACa0EHcSIEayIGNgIMIAAgAiAEaiIENgIYIAQgBkEBcjYCBCACIANqQSg2AgQgACABQZz6AGooAhA2AhwMBAsgASACTw0CIAEgBEkNAiAAKAIMQQhxDQIgACADIAZqNgIEIwEiAkHE9gBqIgAgAUF4IAFrQQdxIgRqIgY2AhggACAAKAIMIANqIgMgBGsiBDYCDCAGIARBAXI2AgQgASADakEoNgIEIAAgAkGc+gBqKAIQNgIcDAMLQQAhBQwGC0EAIQUMBAsjAUHE9gBqIgAoAhAgAksEQCAAIAI2AhALIAIgA2ohBiMBQYT6AGohAAJAA0AgBiAAKAIAIgRHBEAgACgCCCIADQEMAgsLIAAtAAxBCHFFDQMLIwFBhPoAaiEAA0ACQCAAKAIAIgQgAU0EQCABIAQgACgCBGoiBkkNAQsgACgCCCEADAELCyMBIgRBxPYAaiIAIANBKGsiCEF4IAJrQQdxIglrIgo2AgwgACACIAlqIgk2AhggCSAKQQFyNgIEIAIgCGpBKDYCBCAAIARBnPoAaigCEDYCHCABIAZBJyAGa0EHcWpBL2siBCAEIAFBEGpJGyIEQRs2AgQgBCAAKQLIAzcCECAEIAApAsADNwIIIAAgAjYCwAMgACADNgLEAyAAQQA2AswDIAAgBEEIajYCyAMgBEEYaiEAA0AgAEEHNgIEIABBCGogAEEEaiEAIAZJDQALIAEgBEYNACAEIAQoAgRBfnE2AgQgASAEIAFrIgJBAXI2AgQgBCACNgIAAn8gAkH/AU0EQCMBQcT2AGoiAyACQfgBcWpBKGohAAJ/IAMoAgAiBEEBIAJBA3Z0IgJxRQRAIAMgAiAEcjYCACAADAELIAAoAggLIQMgACABNgIIIAMgATYCDEEIIQRBDAwBC0EfIQAgAkH///8HTQRAIAJBJiACQQh2ZyIAa3ZBAXEgAEEBdGtBPmohAAsgASAANgIcIAFCADcCECMBQcT2AGoiBCAAQQJ0aiIDQbACaiEGAkACQCAEKAIEIghBASAAdCIJcUUEQCAEIAggCXI2AgQgAyABNgKwAiABIAY2AhgMAQsgAkEZIABBAXZrQQAgAEEfRxt0IQAgAygCsAIhBANAIAQiAygCBEF4cSACRg0CIABBHXYhBCAAQQF0IQAgAyAEQQRxaiIGKAIQIgQNAAsgBiABNgIQIAEgAzYCGAtBDCEEIAEiAyEAQQgMAQsgAygCCCIAIAE2AgwgAyABNgIIIAEgADYCCEEAIQBBDCEEQRgLIQIgASAEaiADNgIAIAEgAmogADYCAAsjAUHE9gBqIgAoAgwiASAHTQ0AIAAgASAHayIBNgIMIAAgACgCGCIAIAdqIgI2AhggAiABQQFyNgIEIAAgB0EDcjYCBCAAQQhqIQUMBAsjAUH49ABqQTA2AgAMAwsgACACNgIAIAAgACgCBCADajYCBCACQXggAmtBB3FqIgggB0EDcjYCBCAEQXggBGtBB3FqIgQgByAIaiIDayEGAkAjAUHE9gBqIgAoAhggBEYEQCAAIAM2AhggACAAKAIMIAZqIgA2AgwgAyAAQQFyNgIEDAELIwFBxPYAaiIAKAIUIARGBEAgACADNgIUIAAgACgCCCAGaiIANgIIIAMgAEEBcjYCBCAAIANqIAA2AgAMAQsgBCgCBCICQQNxQQFGBEAgAkF4cSEJIAQoAgwhAQJAIAJB/wFNBEAgBCgCCCIAIAFGBEAjAUHE9gBqIgAgACgCAEF+IAJBA3Z3cTYCAAwCCyAAIAE2AgwgASAANgIIDAELIAQoAhghBwJAIAEgBEcEQCAEKAIIIgAgATYCDCABIAA2AggMAQsCQCAEKAIUIgIEfyAEQRRqBSAEKAIQIgJFDQEgBEEQagshAANAIAAhBSACIgFBFGohACABKAIUIgINACABQRBqIQAgASgCECICDQALIAVBADYCAAwBC0EAIQELIAdFDQACQCMBQcT2AGoiACAEKAIcIgJBAnRqIgUoArACIARGBEAgBSABNgKwAiABDQEgACAAKAIEQX4gAndxNgIEDAILAkAgBCAHKAIQRgRAIAcgATYCEAwBCyAHIAE2AhQLIAFFDQELIAEgBzYCGCAEKAIQIgAEQCABIAA2AhAgACABNgIYCyAEKAIUIgBFDQAgASAANgIUIAAgATYCGAsgBiAJaiEGIAQgCWoiBCgCBCECCyAEIAJBfnE2AgQgAyAGQQFyNgIEIAMgBmogBjYCACAGQf8BTQRAIwFBxPYAaiIBIAZB+AFxakEoaiEAAn8gASgCACICQQEgBkEDdnQiBXFFBEAgASACIAVyNgIAIAAMAQsgACgCCAshASAAIAM2AgggASADNgIMIAMgADYCDCADIAE2AggMAQtBHyEBIAZB////B00EQCAGQSYgBkEIdmciAGt2QQFxIABBAXRrQT5qIQELIAMgATYCHCADQgA3AhAjAUHE9gBqIgIgAUECdGoiAEGwAmohBQJAAkAgAigCBCIEQQEgAXQiB3FFBEAgAiAEIAdyNgIEIAAgAzYCsAIgAyAFNgIYDAELIAZBGSABQQF2a0EAIAFBH0cbdCEBIAAoArACIQADQCAAIgIoAgRBeHEgBkYNAiABQR12IQAgAUEBdCEBIAIgAEEEcWoiBSgCECIADQALIAUgAzYCECADIAI2AhgLIAMgAzYCDCADIAM2AggMAQsgAigCCCIAIAM2AgwgAiADNgIIIANBADYCGCADIAI2AgwgAyAANgIICyAIQQhqIQUMAgsCQCAIRQ0AAkAjAUHE9gBqIgEgAigCHCIDQQJ0aiIEKAKwAiACRgRAIAQgBTYCsAIgBQ0BIAEgBkF+IAN3cSIGNgIEDAILAkAgAiAIKAIQRgRAIAggBTYCEAwBCyAIIAU2AhQLIAVFDQELIAUgCDYCGCACKAIQIgEEQCAFIAE2AhAgASAFNgIYCyACKAIUIgFFDQAgBSABNgIUIAEgBTYCGAsCQCAAQQ9NBEAgAiAAIAdqIgBBA3I2AgQgACACaiIAIAAoAgRBAXI2AgQMAQsgAiAHQQNyNgIEIAIgB2oiBCAAQQFyNgIEIAAgBGogADYCACAAQf8BTQRAIwFBxPYAaiIFIABB+AFxakEoaiEBAn8gBSgCACIDQQEgAEEDdnQiAHFFBEAgBSAAIANyNgIAIAEMAQsgASgCCAshACABIAQ2AgggACAENgIMIAQgATYCDCAEIAA2AggMAQtBHyEFIABB////B00EQCAAQSYgAEEIdmciAWt2QQFxIAFBAXRrQT5qIQULIAQgBTYCHCAEQgA3AhAjASAFQQJ0akH0+ABqIQECQAJAIAZBASAFdCIDcUUEQCMBQcT2AGogAyAGcjYCBCABIAQ2AgAgBCABNgIYDAELIABBGSAFQQF2a0EAIAVBH0cbdCEFIAEoAgAhAQNAIAEiAygCBEF4cSAARg0CIAVBHXYhASAFQQF0IQUgAyABQQRxaiIGKAIQIgENAAsgBiAENgIQIAQgAzYCGAsgBCAENgIMIAQgBDYCCAwBCyADKAIIIgAgBDYCDCADIAQ2AgggBEEANgIYIAQgAzYCDCAEIAA2AggLIAJBCGohBQwBCwJAIAlFDQACQCMBQcT2AGoiASADKAIcIgJBAnRqIgYoArACIANGBEAgBiAFNgKwAiAFDQEgASAKQX4gAndxNgIEDAILAkAgAyAJKAIQRgRAIAkgBTYCEAwBCyAJIAU2AhQLIAVFDQELIAUgCTYCGCADKAIQIgEEQCAFIAE2AhAgASAFNgIYCyADKAIUIgFFDQAgBSABNgIUIAEgBTYCGAsCQCAAQQ9NBEAgAyAAIAdqIgBBA3I2AgQgACADaiIAIAAoAgRBAXI2AgQMAQsgAyAHQQNyNgIEIAMgB2oiBSAAQQFyNgIEIAAgBWogADYCACAIBEAjAUHE9gBqIgYiAiAIQXhxakEoaiEBIAIoAhQhAgJ/QQEgCEEDdnQiByAEcUUEQCAGIAQgB3I2AgAgAQwBCyABKAIICyEEIAEgAjYCCCAEIAI2AgwgAiABNgIMIAIgBDYCCAsjAUHE9gBqIgEgBTYCFCABIAA2AggLIANBCGohBQsgC0EQaiQAIAULgAECAX4DfwJAIABCgICAgBBUBEAgACECDAELA0AgAUEBayIBIAAgAEIKgCICQgp+fadBMHI6AAAgAEL/////nwFWIAIhAA0ACwsgAkIAUgRAIAKnIQMDQCABQQFrIgEgAyADQQpuIgRBCmxrQTByOgAAIANBCUsgBCEDDQALCyABC4sEAQN/IAJBgARPBEAgAgRAIAAgASAC/AoAAAsgAA8LIAAgAmohAwJAIAAgAXNBA3FFBEACQCAAQQNxRQRAIAAhAgwBCyACRQRAIAAhAgwBCyAAIQIDQCACIAEtAAA6AAAgAUEBaiEBIAJBAWoiAkEDcUUNASACIANJDQALCyADQXxxIQQCQCADQcAASQ0AIAIgBEFAaiIFSw0AA0AgAiABKAIANgIAIAIgASgCBDYCBCACIAEoAgg2AgggAiABKAIMNgIMIAIgASgCEDYCECACIAEoAhQ2AhQgAiABKAIYNgIYIAIgASgCHDYCHCACIAEoAiA2AiAgAiABKAIkNgIkIAIgASgCKDYCKCACIAEoAiw2AiwgAiABKAIwNgIwIAIgASgCNDYCNCACIAEoAjg2AjggAiABKAI8NgI8IAFBQGshASACQUBrIgIgBU0NAAsLIAIgBE8NAQNAIAIgASgCADYCACABQQRqIQEgAkEEaiICIARJDQALDAELIANBBEkEQCAAIQIMAQsgAkEESQRAIAAhAgwBCyADQQRrIQQgACECA0AgAiABLQAAOgAAIAIgAS0AAToAASACIAEtAAI6AAIgAiABLQADOgADIAFBBGohASACQQRqIgIgBE0NAAsLIAIgA0kEQANAIAIgAS0AADoAACABQQFqIQEgAkEBaiICIANHDQALCyAAC/EEAgZ/AX4jAEEQayEEAkAgACgCACIDRQ0AIAAoAhgiBiADKAIkIgdGDQAgBCAAKAIUNgIIIAQgACkCDDcDACAAKQIcIQkgASAGQQN0QQAgAyAHQQN0ayADQQFxG2oiBTYCACABIAQpAwA3AgQgASAEKAIINgIMIAEgCTcCFCABIAY2AhAgAgJ/IAUoAgAiAUEBcQRAIAFBAXZBAXEMAQsgAS8BLEEBcQsiBDoAAAJ/IAUoAgAiAUEBcQRAIAFBA3ZBAXEMAQsgAS8BLEECdkEBcQtFBEAgACgCHCEBIAAoAiQiAwRAIAIgAyABQQF0ai8BACAEckEARyIEOgAACyAAIAFBAWo2AhwgBSgCACEBC0EAIQMCQCABQQFxDQAgASgCJEUNACABKAI4IQMLIAAgACgCICADaiAEajYCICAAAn8gBSgCACIBQQFxBEAgAEEUaiEGIABBEGohByAAKAIUIQggACgCECEDIAUtAAciAiAAKAIMagwBC0EAIAAoAhQgASgCFCICGyEIIABBFGohBiAAQRBqIQcgACgCECACaiEDIAEoAhghAiAAKAIMIAEoAhBqCyIENgIMQQEhBSAAIAAoAhhBAWoiATYCGCAAIAOtIAIgCGqtQiCGhDcCECABIAAoAgAiAigCJCIITw0AIAYoAgAhBiAAAn8gAiAIQQN0ayABQQN0aikCACIJpyIBQQFxBEAgCUIgiKdB/wFxIQIgCUIoiKdBD3EhACAJQjCIp0H/AXEMAQsgASgCDCECIAEoAgghACABKAIECyAEajYCDCAHIAAgA2qtQQAgBiAAGyACaq1CIIaENwIACyAFC8ICAQV/IwBBEGsiBSQAIAEgAkcEQCAAKAIAIgMgAUEFdGohBAJAIAMgAkEFdGoiAigCBCIDRQ0AIAQoAgQNACAEIAM2AgQgAkEANgIECyACKAIABEAgACgCNCEGIAIoAgwEQCAFIAIpAgw3AwggBiAFQQhqEAoLIAIoAhQEQCAFIAIpAhQ3AwAgBiAFEAoLIAIoAgQiAwRAIAMoAgAiBwRAIAcjCSgCABECACACKAIEIQMLIANBADYCCCADQgA3AgAgAyMJKAIAEQIACyACKAIAIABBJGogBhAaCyACIAQpAgA3AgAgAiAEKQIYNwIYIAIgBCkCEDcCECACIAQpAgg3AgggACgCBCABQX9zakEFdCICBEAgACgCACABQQV0aiIBIAFBIGogAvwKAAALIAAgACgCBEEBazYCBAsgBUEQaiQAC+0DAgt/AX4gACgCACIFIAAoAgQiBkEEdGoiA0EEaygCACELIANBCWstAAAhAiADQQprLQAAIQECQCADQRBrKAIAIgRBAXEEQCABIAJqIQkMAQsgBCgCECAEKAIEaiEJIAQtACxBwABxRQ0AIANBDGsvAQAgAUEQdHIgAkEYdHIhCiAEKAIkIgMEQANAIAQgA0EDdGshByADIQEDQAJAAkAgByABQQFrIgFBA3RqIggoAgAiAkEBcQ0AIAItACxBwABxRQ0AIAIoAiQhAyAIKAIEIQogAiEEDAELIAENAQsLIAMNAAsLIAAgCjYCECAAIAQ2AgwLIAAgBkEBayICNgIEAkAgAkUNACAJIAtqIQMDQAJAIAIhASAFIAZBBHRqQSBrKAIAIgdBAXFFBEAgBygCJCIIIAUgAUEEdGooAghBAWoiBEsNAQsgACABQQFrIgI2AgQgASEGIAINAQwCCwsgACgCCCICIAZJBEAgBUEIIAJBAXQiASAGIAEgBksbIgEgAUEITRsiAUEEdCMHKAIAEQEAIQUgACABNgIIIAcoAiQhCCAAKAIEIQELIAAgBTYCACAAIAFBAWo2AgQgByAIQQN0ayAEQQN0aikCACEMIAUgAUEEdGoiACADNgIMIAAgBDYCCCAAIAw3AgALC9kEAgd/AX4jAEEgayICJAACQCAAKAKgCSIBRQ0AIAAoAogKIgNFDQAgASgCdCIBRQ0AIAMgARECAAsgAEEANgKICiAAKAKYCgRAIAIgAEGYCmopAgA3AxggAEGICWogAkEYahAKIABCADcCmAoLIABCADcCgAogAEEANgL4CSAAKAIgBEBBACEBIABBADYCfCAAQQA6AIABIABCADcCJCAAQQA2AiAgACgCRCEFAkAgACgCZCIDBEADQAJAIAUgAUEYbGoiBigCFCIHRQ0AIAcgBigCECIETQ0AIAYpAgAhCCAAIAE2AmggACAINwIkIAAgBDYCIEEAIQEgACgCSEUNAyAAKAJsIgMgBE0EQCAEIAAoAnAgA2pJDQQLIABBADYCSCAAQgA3AmwMAwsgAUEBaiIBIANHDQALCyAAIAM2AmggBSADQRhsaiIBQQRrKAIAIQMgAUEQaykCACEIIABBADYCSCAAIAg3AiQgACADNgIgIABCADcCbEEBIQELIABBADYCACAAIAE2AnQLIAAoAoQJEDsgAEHgCWohASAAKALgCQRAIAIgASkCADcDECAAQYgJaiACQRBqEAoLIAAoAugJBEAgAiAAQegJaikCADcDCCAAQYgJaiACQQhqEAoLIAFCADcCACABQQA2AhAgAUIANwIIIAAoArQJBEAgAiAAQbQJaikCADcDACAAQYgJaiACEAogAEIANwK0CQsgAEEAOgDGCiAAQQA2ApAKIABBADsBxAogAEIANwK0CiAAQgA3AqwKIABBvApqQQA2AgAgAkEgaiQAC8kCAQV/IwBBEGsiBCQAAkAgACgCcCIFIAAoAiAgACgCbGsiAUYEQCAAQQA2AgAgAEEBNgJ0DAELIwIhAyAAKAJIIAFqIQICQAJAAkACQCAAKAJUDgMAAwIBCyACLAAAIgNBAEgEQCMCQQFqIQMMAwsgAEEBNgJ0IAAgAzYCAAwDCyAAKAJYIQMMAQsjAkECaiEDCyAAIAIgBSABayICIAAgAxEEADYCdCAAKAIAIQECQCACQQNLDQAgAUF/Rw0AIAAgACgCICIBNgJsIAAoAlAhAiAAKAJMIQUgBCAAKQIkNwMIIAAgBSABIARBCGogAEHwAGogAhEGACIBNgJIIAAgACgCcCICBH8gAQUgAEEANgJIIAAgACgCZDYCaEEACyACIAAgAxEEADYCdCAAKAIAIQELIAFBf0cNACAAQQE2AnQLIARBEGokAAtaAgF/AX4CQAJ/QQAgAEUNABogAK0gAa1+IgOnIgIgACABckGAgARJDQAaQX8gAiADQiCIpxsLIgIQIiIARQ0AIABBBGstAABBA3FFDQAgAEEAIAIQNBoLIAAL6wMBCH8CQCACQf3/A0sNACAAKAIEIgMgAk0NACAAKAIUIAFNDQAgACgCGCEEIAIgACgCDEkEQAJAAkAgASAETwRAIAAoAiwgACgCMCABIARrQQJ0aigCAEEBdGoiBC8BACIKRQRAQQAhAwwDCyAEQQJqIQQDQCAEQQRqIQMgBC8BAiIJBH8gAyAJQQF0akEAIQYDQCADLwEAIAJGDQQgA0ECaiEDIAZBAWoiBiAJRw0ACwUgAwshBEEAIQMgCEEBaiIIIApHDQALDAILIAAoAiggASADbEEBdGogAkEBdGovAQAhAwwBCyAELwEAIQMLIAAoAjQgA0H//wNxQQN0aiIALQAAIgJFDQEgACACQQN0aiIALQAADQEgASAAQQhqIgBBBmsvAQAgAEEEay0AAEEBcRshBQwBCwJAIAEgBE8EQCAAKAIsIAAoAjAgASAEa0ECdGooAgBBAXRqIgAvAQAiB0UNAiAAQQJqIQEDQCABQQRqIQAgAS8BAiIDBH8gACADQQF0agNAIAAvAQAgAkYNBCAAQQJqIQAgBUEBaiIFIANHDQALBSAACyEBQQAhBSAGQQFqIgYgB0cNAAsMAgsgACgCKCABIANsQQF0aiACQQF0ai8BACEFDAELIAEvAQAhBQsgBUH//wNxCxcBAn8DQCAAEEkiAkEBRg0ACyACQQJGC8YBAQV/IAEoAhAhAyABKAIIIQQgASgCBCEFIAEoAgAhBiABKAIUIQIgACABKAIMOwEQIAAgAjYCACAAQQA2AgggACgCBCEBIAAoAgwEf0EABQJ/IAEEQCABQeABIwcoAgARAQAMAQtB4AEjCCgCABEAAAshASAAQQg2AgwgACgCCAshAiAAIAE2AgQgACACQQFqNgIIIAEgAkEcbGoiAEEANgIYIABCADcCECAAIAQ2AgwgACAFNgIIIAAgBjYCBCAAIAM2AgALzQMBBX8CQAJAIAAoAhAiBEUNACAAKAIMIQYDQAJAIAIgBiADQQN0aiIFKAIERgRAIAAoAgAgBSgCAGogASACEBtFDQELIANBAWoiAyAERw0BDAILCyADQQBODQELIAAoAgAhAyAAKAIEIQYgAkEBaiIFBEAgBSAGaiIEIAAoAggiB00EfyAGBUEIIAdBAXQiByAEIAQgB0kbIgQgBEEITRshBAJ/IAMEQCADIAQjBygCABEBAAwBCyAEIwgoAgARAAALIQMgACAENgIIIAAoAgQLIQQgACADNgIAIAUEQCADIARqQQAgBfwLAAsgACAAKAIEIAVqNgIEIAAoAgAhAwsgAgRAIAMgBmogASAC/AoAAAsgACgCACAAKAIEakEBa0EAOgAAIAAoAgwhAyAAIAAoAhAiBEEBaiIBIAAoAhQiBUsEf0EIIAVBAXQiBCABIAEgBEkbIgEgAUEITRsiBEEDdCEBAn8gAwRAIAMgASMHKAIAEQEADAELIAEjCCgCABEAAAshAyAAIAQ2AhQgACgCECIEQQFqBSABCzYCECAAIAM2AgwgAyAEQQN0aiIBIAI2AgQgASAGNgIAIAAvARBBAWshAwsgA0H//wNxC7QKAQh/QQEhAiABKAIMQSJGBEAgASgCACEIIAEQDBogASgCACEEIABBADYCiAECfwNAAkAgASgCDCECAn8CQAJAIANBAXEEQCAAKAKIASEEIAAoAoQBIQMCQAJAAkACQAJAIAJB7gBrDgcABAQEAQQCAwsgACAEQQFqIgIgACgCjAEiBUsEf0EIIAVBAXQiBCACIAIgBEkbIgIgAkEITRshAgJ/IAMEQCADIAIjBygCABEBAAwBCyACIwgoAgARAAALIQMgACACNgKMASAAKAKIASIEQQFqBSACCzYCiAEgACADNgKEASADIARqQQo6AAAMBgsgACAEQQFqIgIgACgCjAEiBUsEf0EIIAVBAXQiBCACIAIgBEkbIgIgAkEITRshAgJ/IAMEQCADIAIjBygCABEBAAwBCyACIwgoAgARAAALIQMgACACNgKMASAAKAKIASIEQQFqBSACCzYCiAEgACADNgKEASADIARqQQ06AAAMBQsgACAEQQFqIgIgACgCjAEiBUsEf0EIIAVBAXQiBCACIAIgBEkbIgIgAkEITRshAgJ/IAMEQCADIAIjBygCABEBAAwBCyACIwgoAgARAAALIQMgACACNgKMASAAKAKIASIEQQFqBSACCzYCiAEgACADNgKEASADIARqQQk6AAAMBAsgAkEwRg0CCyABKAIAIQYCQCAEIAEtABAiAmoiBSAAKAKMAU0NAAJ/IAMEQCADIAUjBygCABEBAAwBCyAFIwgoAgARAAALIQMgACAFNgKMASAAKAKIASIHIARNDQAgByAEayIHRQ0AIAMgBWogAyAEaiAH/AoAAAsCQCACRSIFDQAgAyAEaiEEIAYEQCAFDQEgBCAGIAL8CgAADAELIAJFDQAgBEEAIAL8CwALIAAgAzYChAEgACAAKAKIASACajYCiAEMAgsCQAJAAn8CQCACQdwARwRAIAJBCkYNBEEAIAJBIkcNBxogACgChAEhAiABKAIAIgggBGsiAyAAKAKIASIFaiIGIAAoAowBTQ0DIAJFDQEgAiAGIwcoAgARAQAMAgsgACgChAEhAgJAIAEoAgAiByAEayIDIAAoAogBIgVqIgYgACgCjAFNDQACfyACBEAgAiAGIwcoAgARAQAMAQsgBiMIKAIAEQAACyECIAAgBjYCjAEgACgCiAEiCSAFTQ0AIAkgBWsiCUUNACACIAZqIAIgBWogCfwKAAALAkAgBCAHRg0AIAIgBWohBSAEBEAgA0UNASAFIAQgA/wKAAAMAQsgA0UNACAFQQAgA/wLAAsgACACNgKEASAAIAAoAogBIANqNgKIASABKAIAQQFqIQRBAQwGCyAGIwgoAgARAAALIQIgACAGNgKMASAAKAKIASIHIAVNDQAgByAFayIHRQ0AIAIgBmogAiAFaiAH/AoAAAsCQCAEIAhGDQAgAiAFaiEFIAQEQCADRQ0BIAUgBCAD/AoAAAwBCyADRQ0AIAVBACAD/AsACyAAIAI2AoQBIAAgACgCiAEgA2o2AogBQQAMBgsMAwsgACAEQQFqIgIgACgCjAEiBUsEf0EIIAVBAXQiBCACIAIgBEkbIgIgAkEITRshAgJ/IAMEQCADIAIjBygCABEBAAwBCyACIwgoAgARAAALIQMgACACNgKMASAAKAKIASIEQQFqBSACCzYCiAEgACADNgKEASADIARqQQA6AAALIAEoAgAgAS0AEGohBEEACyEDIAEQDA0BCwsgAUEAOgAQIAEgCDYCAEEBCyECIAEQDBoLIAIL3wYCD38CfgJAIAAtABwNACAAKAIEIgcgACgCCCIIQRxsakEcaygCACILKAIAIgNBAXENAANAIAMoAiQiD0UEQEEADwsgByAIQRxsaiIDQRRrKQIAIREgA0EYaygCACEDQQAhDEEAIQkCQANAQQAhBgJ/AkACQCALLQAAQQFxBH9BAAUgCygCACICIAIoAiRBA3RrCyAJQQN0aiIGKAIAIgVBAXFFBEAgBSgCBCADaiIKIAUoAhBqIgIgAUsNASAFKAIYQQAgBSgCDEEAIBFCIIinIAUoAggiBBtqIAUoAhQiAxtqrUIghiADIAQgEadqaq2EIREgBS8BLCIDQQRxRSENAkAgA0HAAHFFDQAgBigCBCEOIAUoAiQiBARAA0AgBSAEQQN0ayEQIAQhBgNAAkACQCAQIAZBAWsiBkEDdGoiCigCACIDQQFxDQAgAy0ALEHAAHFFDQAgAygCJCEEIAooAgQhDiADIQUMAQsgBg0BCwsgBA0ACyAFRQ0BCyAAIA42AiQgACAFNgIgCyACDAMLIAMgBi0ABmoiCiAGLQAHIgRqIgIgAU0NAQsgACAIQQFqIgQgACgCDCICSwR/QQggAkEBdCICIAQgAiAESxsiAiACQQhNGyICQRxsIQQCfyAHBEAgByAEIwcoAgARAQAMAQsgBCMIKAIAEQAACyEHIAAgAjYCDCAAKAIIIghBAWoFIAQLNgIIIAAgBzYCBCAHIAhBHGxqIgJBADYCGCACIAw2AhQgAiAJNgIQIAIgETcCCCACIAM2AgQgAiAGNgIAIAAoAgQiByAAKAIIIghBHGxqIgJBCGsoAgAhBQJ/IAJBHGsoAgAiCygCACIDQQFxIgYEQCADQQF2QQFxDAELIAMvASxBAXELRQRAIAhBAkkNBCACQThrKAIAKAIALwFCIgRFDQQgACgCFCICKAJUIAIvASQgBGxBAXRqIAVBAXRqLwEARQ0ECyABIApJBEAgAEEBOgAcQQEPCyAAIAAoAhhBAWo2AhhBAQ8LIAYtAARBACARQiCIpyAGMQAFQg+DIhKnG2ogBGqtQiCGIBEgEnxC/////w+DhCERIAVBf3NBA3ZBAXEhDSACCyEDIAwgDWohDCAJQQFqIgkgD0cNAAtBAA8LIAZFDQALC0EAC/4CAQN/IwBBIGsiBCQAAkAgACgCSEUNACAAKAJgIQICQCABBEAgAkUNASAEIAAoAgAiAjYCACAAQYQBaiIDQYAIIwFBmgtB/QggAkEga0HfAEkbaiAEEAsaIAAoAlxBASADIAAoAmARAwAMAQsgAkUNACAEIAAoAgAiAjYCECAAQYQBaiIDQYAIIwFBrgtBjwkgAkEga0HfAEkbaiAEQRBqEAsaIAAoAlxBASADIAAoAmARAwALAkAgACgCVA0AIAAoAnRBAUcNACAAKAIAQQpGDQAgACgCIEEBaiICIAAoAkQgACgCaEEYbGooAhRPDQAgAiAAKAJsIgMgACgCcGpPDQAgACgCSCACIANraiwAACIDQQBIDQAgAC0AgAFBAUYEQCAAIAAoAnxBAWo2AnwLIAAgAjYCICAAIAAoAihBAWo2AiggAQRAIAAgAEEgaiIBKQIANwIsIAAgASgCCDYCNAsgACADQf8BcTYCAAwBCyAAIAEQXAsgBEEgaiQAC7ICAQd/AkAgAEH//wdLDQAjASICQYAwaiACQfAvaiAAIABB/wFxIgZBA24iA0EDbGtB/wFxQQJ0aigCACADIAJB0DpqIgMgAyAAQQh2IgRqLQAAQdYAbGpqLQAAbEELdkEGcEECdGogAkHAzwBqIARqLQAAQQJ0aigCACIDQQh1IQIgA0H/AXEiA0EBTQRAIAJBACABIANza3EgAGoPCyACQf8BcSIDRQ0AIAJBCHYhAgNAIwFBwDdqIANBAXYiBCACaiIFQQF0aiIHLQAAIgggBkYEQCMBQYAwaiAHLQABQQJ0aigCACICQf8BcSIDQQFNBEBBACABIANzayACQQh1cSAAag8LQX9BASABGyAAag8LIAIgBSAGIAhJIgUbIQIgBCADIARrIAUbIgMNAAsLIAALqwwBCH8CQCAARQ0AIABBCGsiAyAAQQRrKAIAIgFBeHEiAGohBSMBIQQCQCABQQFxDQAgAUECcUUNASADIAMoAgAiAWsiAyAEQcT2AGooAhBJDQEgACABaiEAAkACQAJAIwFBxPYAaiIGKAIUIANHBEAgAygCDCECIAFB/wFNBEAgAiADKAIIIgRHDQIgBiIEIAQoAgBBfiABQQN2d3E2AgAMBQsgAygCGCEHIAIgA0cEQCADKAIIIgEgAjYCDCACIAE2AggMBAsgAygCFCIBBH8gA0EUagUgAygCECIBRQ0DIANBEGoLIQQDQCAEIQYgASICQRRqIQQgAigCFCIBDQAgAkEQaiEEIAIoAhAiAQ0ACyAGQQA2AgAMAwsgBSgCBCIBQQNxQQNHDQMjAUHE9gBqIAA2AgggBSABQX5xNgIEIAMgAEEBcjYCBCAFIAA2AgAPCyAEIAI2AgwgAiAENgIIDAILQQAhAgsgB0UNAAJAIwFBxPYAaiIGIAMoAhwiAUECdGoiBCgCsAIgA0YEQCAEIAI2ArACIAINASAGIgQgBCgCBEF+IAF3cTYCBAwCCwJAIAMgBygCEEYEQCAHIAI2AhAMAQsgByACNgIUCyACRQ0BCyACIAc2AhggAygCECIBBEAgAiABNgIQIAEgAjYCGAsgAygCFCIBRQ0AIAIgATYCFCABIAI2AhgLIAMgBU8NACAFKAIEIgFBAXFFDQACQAJAAkACQCABQQJxRQRAIwFBxPYAaiIEKAIYIAVGBEAgBCIBIAM2AhggASABKAIMIABqIgA2AgwgAyAAQQFyNgIEIAMgASgCFEcNBiABQQA2AgggAUEANgIUDwsjAUHE9gBqIgQoAhQiCCAFRgRAIAQiASADNgIUIAEgASgCCCAAaiIANgIIIAMgAEEBcjYCBCAAIANqIAA2AgAPCyABQXhxIABqIQAgBSgCDCECIAFB/wFNBEAgBSgCCCIEIAJGBEAjAUHE9gBqIgQgBCgCAEF+IAFBA3Z3cTYCAAwFCyAEIAI2AgwgAiAENgIIDAQLIAUoAhghByACIAVHBEAgBSgCCCIBIAI2AgwgAiABNgIIDAMLIAUoAhQiAQR/IAVBFGoFIAUoAhAiAUUNAiAFQRBqCyEEA0AgBCEGIAEiAkEUaiEEIAIoAhQiAQ0AIAJBEGohBCACKAIQIgENAAsgBkEANgIADAILIAUgAUF+cTYCBCADIABBAXI2AgQgACADaiAANgIADAMLQQAhAgsgB0UNAAJAIwFBxPYAaiIGIAUoAhwiAUECdGoiBCgCsAIgBUYEQCAEIAI2ArACIAINASAGIgQgBCgCBEF+IAF3cTYCBAwCCwJAIAUgBygCEEYEQCAHIAI2AhAMAQsgByACNgIUCyACRQ0BCyACIAc2AhggBSgCECIBBEAgAiABNgIQIAEgAjYCGAsgBSgCFCIBRQ0AIAIgATYCFCABIAI2AhgLIAMgAEEBcjYCBCAAIANqIAA2AgAgAyAIRw0AIwFBxPYAaiAANgIIDwsgAEH/AU0EQCMBQcT2AGoiAiIEIABB+AFxakEoaiEBAn8gBCgCACIEQQEgAEEDdnQiAHFFBEAgAiAAIARyNgIAIAEMAQsgASgCCAshACABIAM2AgggACADNgIMIAMgATYCDCADIAA2AggPC0EfIQIgAEH///8HTQRAIABBJiAAQQh2ZyIBa3ZBAXEgAUEBdGtBPmohAgsgAyACNgIcIANCADcCECMBQcT2AGoiByIGIAJBAnRqIgFBsAJqIQQCfwJAAn8gBigCBCIGQQEgAnQiBXFFBEAgByAFIAZyNgIEIAEgAzYCsAJBGCECQQgMAQsgAEEZIAJBAXZrQQAgAkEfRxt0IQIgASgCsAIhBANAIAQiASgCBEF4cSAARg0CIAJBHXYhBCACQQF0IQIgASAEQQRxaiIGKAIQIgQNAAsgBiADNgIQQRghAiABIQRBCAshACADIgEMAQsgASgCCCIEIAM2AgwgASADNgIIQRghAEEIIQJBAAshBiACIANqIAQ2AgAgAyABNgIMIAAgA2ogBjYCACMBQcT2AGoiACAAKAIgQQFrIgBBfyAAGzYCIAsL8gICAn8BfgJAIAJFDQAgACABOgAAIAAgAmoiA0EBayABOgAAIAJBA0kNACAAIAE6AAIgACABOgABIANBA2sgAToAACADQQJrIAE6AAAgAkEHSQ0AIAAgAToAAyADQQRrIAE6AAAgAkEJSQ0AIABBACAAa0EDcSIEaiIDIAFB/wFxQYGChAhsIgE2AgAgAyACIARrQXxxIgRqIgJBBGsgATYCACAEQQlJDQAgAyABNgIIIAMgATYCBCACQQhrIAE2AgAgAkEMayABNgIAIARBGUkNACADIAE2AhggAyABNgIUIAMgATYCECADIAE2AgwgAkEQayABNgIAIAJBFGsgATYCACACQRhrIAE2AgAgAkEcayABNgIAIAQgA0EEcUEYciIEayICQSBJDQAgAa1CgYCAgBB+IQUgAyAEaiEBA0AgASAFNwMYIAEgBTcDECABIAU3AwggASAFNwMAIAFBIGohASACQSBrIgJBH0sNAAsLIAAL0wEBB38gACgCCCICQQFrIgQEQAJAIAJBAmsiAUUEQEEBIQMMAQsgACgCBCEGIAQhAgNAIAIhAwJAAn8gBiABIgJBHGxqIgUoAgAoAgAiAUEBcQRAIAFBAnENBCABQQN2QQFxDAELIAEvASwiAUEBcQ0DIAFBAnZBAXELDQAgBUEcaygCACgCAC8BQiIBRQ0AIAAoAgAoAggiBygCVCAHLwEkIAFsQQF0aiAFKAIUQQF0ai8BAA0CCyACQQFrIgENAAtBASEDCyAAIAM2AggLIARBAEcL+wIBBH8gACgCBCIDIAEoAgQiAkkEQCAAKAIAIQQgACgCCCIFIAJJBEBBCCAFQQF0IgMgAiACIANJGyICIAJBCE0bIQICfyAEBEAgBCACIwcoAgARAQAMAQsgAiMIKAIAEQAACyEEIAAgAjYCCCAAKAIEIQMgASgCBCECCyAAIAQ2AgAgAiADayICBEAgAyAEakEAIAL8CwALIAAgASgCBCICNgIECyACQf//A3EEQEEAIQNBACEEA0AgASgCACADai0AACECAkACQAJAAkACQAJAIAAoAgAgA2oiAy0AAA4FBQECAwAEC0EEIQIMBAsgAkH/AXFBBU8NAkKBhIigwAAgAkEDdK1C+AGDiKchAgwDCyACQf8BcUEFTw0BQoKEiKDAACACQQN0rUL4AYOIpyECDAILIAJB/wFxQQVPDQBCg4iQoMAAIAJBA3StQvgBg4inIQIMAQtBACECCyADIAI6AAAgBEEBaiIEQf//A3EiAyABLwEESQ0ACwsLtTUCG38CfiMAQdACayIEJAAgACgChAkiAygCACABQQV0aiIFKAIAIgYoAgghHSAGKAIEIRkgAygCBCEQIAYoApwBIhQgBSgCCCINSQRAIAUgFDYCCCAUIQ0LIAUoAgQhFiAGKAKYASEXAkAgBSgCHEEBRwRAIAYvAQANASAGKAIUDQELIBdB9ANqIRcLAkAgFkUNACACLQAAQQFxRQRAIAIoAgAvAShB//8DRg0BCyAWKAIERQ0AIABBvAlqIQsgAEGICWohGiAXIBlqIREgDSAURyEYA0ACQAJAIBYoAgAgG0EUbGoiAy8BECISRQ0AIAMoAgAiCSAZRg0AIAMoAgwhDiADKAIEIQggEARAIAAoAoQJKAIAIQZBACEDA0AgEiAGIANBBXRqKAIAIgUvAQBGBEAgBSgCBCAZRg0DCyADQQFqIgMgEEcNAAsLIAAgASARIAlrIA5B5ABsaiAdIAhrQR5sahBsDQECfyACLQAAQQFxBEAgAi0AAQwBCyACKAIALwEoCyETAkAgACgCoAkiBSgCGCIDIBJNBEAgBSgCLCAFKAIwIBIgA2tBAnRqKAIAQQF0aiIDLwEAIghFDQIgA0ECaiEGQQAhCQNAIAZBBGohAyAGLwECIg8EfyADIA9BAXRqQQAhBwNAIAMvAQAgE0H//wNxRg0EIANBAmohAyAHQQFqIgcgD0cNAAsFIAMLIQYgCUEBaiIJIAhHDQALDAILIAUoAiggBSgCBCASbEEBdGogE0H//wNxQQF0aiEGCyAGLwEARQ0AIAAoAoQJIQMgBCAOIBhqIhw2ArACIARB2AFqIAMgASMCQQpqIARBsAJqIBwQGSAEKALcASIFRQ0AQQAhFUF/IQ4DQCAEIAQoAtgBIBVBBHRqIg8pAgg3A9ABIAQgDykCADcDyAECQAJAIA4gBCgC1AEiB0YEQEEAIQMgBCgCyAEhCCAEKALMASIGBEADQCAEIAggA0EDdGopAgA3A4gBIBogBEGIAWoQCiADQQFqIgMgBkcNAAsLIAgEQCAIIwkoAgARAgALIAUgFUF/c2pBBHQiA0UNASAPIA9BEGogA/wKAAAMAQsgEiAAKAKECSIJKAIAIAdBBXRqIgMoAgAiCC8BAEcEQCADQQI2AhxBACEDIAQoAsgBIQggBCgCzAEiBgRAA0AgBCAIIANBA3RqKQIANwOwASAaIARBsAFqEAogA0EBaiIDIAZHDQALCyAEQQA2AswBIAgEQCAIIwkoAgARAgALIAUgFUF/c2pBBHQiA0UNASAPIA9BEGogA/wKAAAMAQtBACEDAkAgCC8BkAEiBUUNAAJAA0ACQAJAIAggA0EEdGooAhQiBkUNACAGQQFxDQAgBi8BKEH//wNHDQAgBEEAOgCYAiAEQbACaiAJIAcjAkELaiAEQZgCakEBEBkgBCgCtAJFDQQgCSAEKAKwAiIDKAIMIAcQJiADKAIEIg9FDQQgAygCACIOKAIAIgxBAXENAyAMKAIkIghFDQNBACEDIAhBA3QiEyMIKAIAEQAAIQYgCCEJA0AgAyIFQQN0IgcgDCAMKAIkQQN0a2opAgAiHqciA0EBcUUEQCADIAMoAgBBAWo2AgAgAygCABoLIAVBAWohAwJAIAUgCUkNAEEIIAlBAXQiBSADIAMgBUkbIgUgBUEITRsiCUEDdCEFIAYEQCAGIAUjBygCABEBACEGDAELIAUjCCgCABEAACEGCyAGIAdqIB43AgAgAyAIRw0ACwwBCyADQQFqIgMgBUcNAQwDCwsgACgCoAkhBSATQcwAaiIDIAlBA3RLBEAgBiADIwcoAgARAQAhBgsgBEIANwPAAiAEQgA3A7gCIARCADcDoAIgBEEANgKoAiAEQRg7AYACIARCADcDyAIgBEIANwOwAiAEQQA7AZQCIARCADcDmAIgBEIANwPwASAEQf7/AzsBhAIgBEEAOwH8ASAEIAg2AogCIARBATYC6AEgBiATaiIDIAQoAugBNgIAIAMgBCkDyAI3AhwgAyAEKQPAAjcCFCADIAQpA7gCNwIMIAMgBCkDsAI3AgQgAyAEKAKIAjYCJCADIAQvAYQCOwEoIAMgBC8BlAI7ASogAyAELwGAAjsBLCADIAQoAqgCNgE+IAMgBCkDoAI3ATYgAyAEKQOYAjcBLiADIAQvAfwBOwFCIAMgBCkD8AE3AkQgBEEANgLEASAEIAM2AsABIAQgBCkDwAE3A6gBIARBqAFqIAUQFSAEKALIASEDIAQpA8ABIR4gBCgCzAEiCEEBaiIGIAQoAtABSwRAIAZBA3QhBQJ/IAMEQCADIAUjBygCABEBAAwBCyAFIwgoAgARAAALIQMgBCAGNgLQAQsCQCAIRQ0AIAhBA3QiBUUNACADQQhqIAMgBfwKAAALIAMgHjcAACAEIAM2AsgBIAQgBCgCzAFBAWo2AswBC0EAIQMDQCAEIA4gA0EDdGopAgA3A6ABIBogBEGgAWoQCiADQQFqIgMgD0cNAAsgDiMJKAIAEQIACyAEQcgBaiALEHMCQCAEKALMASIIBEAgACgCoAkhBSAEKALIASEHIAhBA3QiA0HMAGoiBiAEKALQAUEDdEsEQCAHIAYjBygCABEBACEHIAQgBkEDdjYC0AEgBCAHNgLIAQsgBEIANwPIAiAEQgA3A8ACIARCADcDuAIgBEIANwOgAiAEQQA2AqgCIARBATYCiAIgBEIANwOwAiAEQQA7AYACIARCADcDmAIgBEIANwPwASAEQf//AzsBlAIgBEEbOwH8ASAEQQA7AfoBIAQgCDYChAIgAyAHaiIDIAQoAogCNgIAIAMgBCkDyAI3AhwgAyAEKQPAAjcCFCADIAQpA7gCNwIMIAMgBCkDsAI3AgQgAyAEKAKEAjYCJCADIAQvAZQCOwEoIAMgBC8BgAI7ASogAyAELwH8ATsBLCADIAQoAqgCNgE+IAMgBCkDoAI3ATYgAyAEKQOYAjcBLiADIAQvAfoBOwFCIAMgBCkD8AE3AkQgBEEANgLsASAEIAM2AugBIAQgBCkD6AE3A5gBIARBmAFqIAUQFSADIAMvASxBBHI7ASwgBCAEKQPoASIeNwOwAiAAKAKECSAEIB43A5ABIAQoAtQBIg4gBEGQAWpBACASEBYMAQsgBCgCyAEiAwRAIAMjCSgCABECAAsgBEIANwPIASAEKALUASEOC0EAIQUgACgCwAkEQANAIAAoArwJIAVBA3RqKQIAIR4gACgChAkiBigCACAOQQV0aiITKAIAIQkCfyAGKAIoIgMEQCAGIANBAWsiAzYCKCAGKAIkIANBAnRqKAIADAELQaQBIwgoAgARAAALIgogEjsBACAKQQJqQQBBkgH8CwAgHqchDCAKQgA3ApgBIApBATYClAEgCkEANgKgAQJAIAoCfwJAAkAgCQRAIAogHjcCFCAKIAk2AhAgCkEBOwGQASAKIAkpAgQ3AgQgCiAJKAIMNgIMIAogCSgCmAEiAzYCmAEgCiAJKAKgASIINgKgASAKIAkoApwBIgc2ApwBIAxFDQEgDEEBcSIGDQIgCiAMLQAtQQJxBH9B4gQFIAwoAiALIANqNgKYAUEAIAwoAgwgDCgCFCIDGyEPIAMgDCgCCGohCSAMKAIYIQMgDCgCECAMKAIEagwDCyAKQgA3AgRBACEHIApBADYCDCAMDQMLIBMgBzYCCAwCCyAKIAMgDEEadEEfdUHiBHFqNgKYASAeQiCIp0H/AXEhDyAeQiiIp0EPcSEJIB5COIinIgMgHkIwiKdB/wFxagsgCigCBGo2AgQgCiAKKAIIIAlqrSADIA9qQQAgCigCDCAJG2qtQiCGhDcCCAJAIAZFBEBBACEJIAogDCgCJCIDBH8gDCgCOAVBAAsgB2ogDC8BLEEBcWogDC8BKEH+/wNGajYCnAEgA0UNASAMKAI8IQkMAQsgCiAHIAxBAXZBAXFqNgKcAUEAIQkLIAogCCAJajYCoAELIBMgCjYCACAFQQFqIgUgACgCwAlJDQALCyAVQQFqIRUgBCgC3AEhBQwBCyAEIAVBAWsiBTYC3AELIAUgFUsNAAsgDkF/Rg0AAkAgACgCYA0AIAAoAowKDQBBASELDAQLIAQgHDYChAEgBCASNgKAASAAQYQBaiIDQYAIIwFB+AFqIARBgAFqEAsaIAAoAmAiBQRAIAAoAlxBACADIAURAwALIAAoAowKRQRAQQEhCwwECwNAAkACQAJAIAMtAAAiB0EiRg0AIAdB3ABGDQAgBw0BIAAoAowKIgMNAkEBIQsMBwtB3AAgACgCjAoQCSADLQAAIQcLIAfAIAAoAowKEAkgA0EBaiEDDAELCyAAKAKECSAAKAKgCSADEB1BASELIwFB6wtqIAAoAowKEBQMAwsgG0EBaiIbIBYoAgRJDQELC0EAIQsLIAAoAoQJIgMoAgQiByAQSwRAIABBhAFqIQUDQAJAIAMoAgAgEEEFdGooAhxFDQACQCAAKAJgRQRAIAAoAowKRQ0BCyAEIBA2AnAgBUGACCMBQc0AaiAEQfAAahALGiAAKAJgIgMEQCAAKAJcQQAgBSADEQMACyAFIQcgACgCjApFDQADQAJAAkAgBy0AACIDQSJGDQAgA0HcAEYNACADDQEMAwtB3AAgACgCjAoQCSAHLQAAIQMLIAPAIAAoAowKEAkgB0EBaiEHDAALAAsgACgChAkgEBARIBBBAWshECAAKAKECSEDIAAoAowKIgZFDQAgAyAAKAKgCSAGEB0jAUHrC2ogACgCjAoQFCAAKAKECSEDCyAQQQFqIhAgAygCBCIHSQ0ACwsCQAJAAn8gAi0AACIGQQFxBEAgAi0AAQwBCyACKAIALwEoC0H//wNxRQRAAkAgACgCYCIFRQRAIAAoAowKRQ0DIAAjAUGoCGoiAykAADcAhAEgACADKAAINgCMASAAQYQBaiEHDAELIAAjAUGoCGoiAykAADcAhAEgACADKAAINgCMASAAKAJcQQAgAEGEAWoiByAFEQMAIAAoAowKRQ0CCwNAAkACQCAHLQAAIgNBIkYNACADQdwARg0AIAMNAQwEC0HcACAAKAKMChAJIActAAAhAwsgA8AgACgCjAoQCSAHQQFqIQcMAAsACwJAIAtFBEAgAigCACEFDAELIAdBB08EQCADKAIAIAFBBXRqQQI2AhwgBCACKQIANwMYIABBiAlqIARBGGoQCgwDCyACKAIAIQUgBkEBcQ0AIAUtACxBgAFxRQ0AIAMoAgAgAUEFdGpBAjYCHCAEIAIpAgA3A2ggAEGICWogBEHoAGoQCgwCCyAXQeQAaiEGAn8gBUEBcQRAIAItAAYgAi0AB2ohCyACLQAFQQ9xDAELIAUoAhAgBSgCBGohCyAFKAIUIAUoAghqCyEDIAAgASAGIAtqIANBHmxqEGwEQCAAKAKECSgCACABQQV0akECNgIcIAQgAikCADcDICAAQYgJaiAEQSBqEAoMAgsgBUEIdiEOIAAoAqAJIRECQAJAIAVBAXEEQCAOQf8BcSELDAELIAUvASgiC0H9/wNLDQELAkACQCARKAIYIgNBAU0EQCARKAIsIBEoAjBBASADa0ECdGooAgBBAXRqIgMvAQAiD0UEQEEAIQMMAwsgA0ECaiEIQQAhCQNAIAhBBGohAyAILwECIhgEfyADIBhBAXRqQQAhBwNAIAMvAQAgC0YNBCADQQJqIQMgB0EBaiIHIBhHDQALBSADCyEIQQAhAyAJQQFqIgkgD0cNAAsMAgsgESgCKCARKAIEQQF0aiALQQF0ai8BACEDDAELIAgvAQAhAwsgESgCNCADQf//A3FBA3RqIgYtAAAiA0UNACAGIANBA3RqIgMtAAANACADLQAEQQFHDQAgBCACKQIAIh43A5gCIB5CIIghHwJAIB6nIgZBAXEEQCAGIQUMAQsgBiIFKAIAQQFGDQAgBSgCJEEDdEHMAGoiAyMIKAIAEQAAIQcgAwRAIAcgBSAFKAIkQQN0ayAD/AoAAAsgAEGICWogByAGKAIkIgtBA3RqIQUCQCALBEBBACEDA0AgByADQQN0aigCACIIQQFxRQRAIAggCCgCAEEBajYCACAIKAIAGiAGKAIkIQsLIANBAWoiAyALSQ0ACwwBCyAGLQAsQcAAcUUNACAGKAIwIQMgBCAGKQJENwPAAiAEIAYpAjw3A7gCIAQgBikCNDcDsAICQCAGKAJIIghBGUkNACAIIwgoAgARAAAhAyAGKAJIIghFDQAgAyAGKAIwIAj8CgAACyAFIAM2AjAgBSAEKQOwAjcCNCAFIAQpA7gCNwI8IAUgBCkDwAI3AkQLIAVBATYCACAEIAQpA5gCNwNgIARB4ABqEApCACEfCwJAIAVBAXEEQCAFQQhyIQUMAQsgBSAFLwEsQQRyOwEsCyACIAWtIh4gH0IghoQ3AgAgHkIIiKchDgsCQCAAKAJgRQRAIAAoAowKRQ0BCyAAQYQBaiEDIAAoAqAJIQYjAUGrCmohBwJAAkACQCAFQQFxBH8gDkH/AXEFIAUvASgLQf//A3EiBUH+/wNrDgIAAgELIwFBqgpqIQcMAQtBACEHIAYoAgggBigCBGogBU0NACAGKAI4IAVBAnRqKAIAIQcLIAQgBzYCUCADQYAIIwFBwQVqIARB0ABqEAsaIAAoAmAiBQRAIAAoAlxBACADIAURAwALIAAoAowKRQ0AA0ACQAJAIAMtAAAiB0EiRg0AIAdB3ABGDQAgBw0BDAMLQdwAIAAoAowKEAkgAy0AACEHCyAHwCAAKAKMChAJIANBAWohAwwACwALQQgjCCgCABEAACIFIAIpAgAiHzcCACAAKAKgCSEDIAVB1AAjBygCABEBACEFIARCADcDwAIgBEIANwO4AiAEQgA3A6ACIARBADYCqAIgBEEYOwGEAiAEQgA3A8gCIARBATYC8AEgBEIANwOwAiAEQQA7AYgCIARCADcDmAIgBEIANwPIASAEQQE2AugBIARB/v8DOwHAASAEQQA7AZQCIAUgBCgC8AE2AgggBSAEKQPIAjcCJCAFIAQpA8ACNwIcIAUgBCkDuAI3AhQgBSAEKQOwAjcCDCAFIAQoAugBNgIsIAUgBC8BwAE7ATAgBSAELwGIAjsBMiAFIAQvAYQCOwE0IAUgBCgCqAI2AUYgBSAEKQOgAjcBPiAFIAQpA5gCNwE2IAUgBC8BlAI7AUogBSAEKQPIATcCTCAEQQA2AtwBIAQgBUEIajYC2AEgBCAEKQPYATcDSCAEQcgAaiADEBUCQAJAIA0gFEYEQCAAKAKECSAEIAQpA9gBIh43A7gBIAQgHjcDMCABIARBMGpBAEEAEBYgH6dBAXFFDQEMAgsgACgChAkhAyAEQQE2ApgCIARBsAJqIAMgASMCQQpqIARBmAJqQQEQGSAEKAKwAiEIAkAgBCgCtAIiBkEBTQRAIAgoAgwhBSAAKAKECSEDDAELIABBiAlqIQVBASELA0BBACEDIAggC0EEdGoiDSgCBARAA0AgBCANKAIAIANBA3RqKQIANwNAIAUgBEFAaxAKIANBAWoiAyANKAIESQ0ACwsgDUEANgIEIA0oAgAiAwRAIAMjCSgCABECAAsgDUEANgIIIA1CADcCACALQQFqIgsgBkcNAAsgCCgCDCIFQQFqIgcgACgChAkiAygCBE8NAANAIAMgBxARIAgoAgwiBUEBaiIHIAAoAoQJIgMoAgRJDQALCyADIAUgARAmIAgoAgAhAyAIIAgoAgQiBUEBaiINIAgoAggiBksEf0EIIAZBAXQiBSANIAUgDUsbIgUgBUEITRsiBUEDdCEGAn8gAwRAIAMgBiMHKAIAEQEADAELIAYjCCgCABEAAAshAyAIIAU2AgggCCgCBCIFQQFqBSANCzYCBCAIIAM2AgAgAyAFQQN0aiAEKQPYATcCACAEQZgCakH+/wMgBCgCsAJBACAAKAKgCRByIAQgBCkDmAIiHjcD2AEgAi0AACAAKAKECSAEIB43AzggBCAeNwO4ASABIARBOGpBAEEAEBZBAXENAQsgAigCACIGLQAsQcAAcUUNACAAKAKECSEJAkAgBkEBcUUEQCACKAIEIQggBigCJCIFBEADQCAGIAVBA3RrIRQgBSEDA0ACQAJAIBQgA0EBayIDQQN0aiINKAIAIgJBAXENACACLQAsQcAAcUUNACACKAIkIQUgDSgCBCEIIAIhBgwBCyADDQELCyAFDQALCyAJKAIAIAFBBXRqIQMgBkUNASAGQQFxDQEgBiAGKAIAQQFqNgIAIAYoAgAaDAELIAkoAgAgAUEFdGohA0EAIQZBACEICyADKAIMBEAgCSgCNCAEIAMpAgw3AyggBEEoahAKCyADIAg2AhAgAyAGNgIMCwJAIAAoAoQJIgEoAgQiBkUEQEEBIQMMAQsgASgCACEFQQAhBwNAIAUgB0EFdGoiDSgCHCEDIA0oAgAiAigCnAEiASANKAIISQRAIA0gATYCCAsCQCADQQFGDQAgAi8BAEUNAEEAIQMMAgtBASEDIAdBAWoiByAGRw0ACwsgACADOgDGCgwBCyAAKAKgCSEDQQBBzAAjBygCABEBACEFIARCADcDyAIgBEIANwPAAiAEQgA3A7gCIARCADcDoAIgBEEANgKoAiAEQQE2AtgBIARCADcDsAIgBEEAOwHAASAEQgA3A5gCIARCADcDyAEgBEEANgLwASAEQf//AzsB6AEgBEEbOwGIAiAEQQA7AYQCIAUgBCgC2AE2AgAgBSAEKQPIAjcCHCAFIAQpA8ACNwIUIAUgBCkDuAI3AgwgBSAEKQOwAjcCBCAFIAQoAvABNgIkIAUgBC8B6AE7ASggBSAELwHAATsBKiAFIAQvAYgCOwEsIAUgBCgCqAI2AT4gBSAEKQOgAjcBNiAFIAQpA5gCNwEuIAUgBC8BhAI7AUIgBSAEKQPIATcCRCAEQQA2ApACIAQgBTYCjAIgBCAEKQKMAjcDECAEQRBqIAMQFSAFIAUvASxB+/8DcTsBLCAAKAKECSAEIAQpAowCNwMIIAEgBEEIakEAQQEQFiAEIAIpAgA3AwAgACABIAQQTgsgBEHQAmokAAvWBQIJfwF+IwBBIGsiByQAIAMoAgQiBQR/IAMoAgAgBUEEdGoiBUEQaygCACEEIAVBDGsoAgAFQQALIQUCQCAEQQFxDQACQAJAIAQoAiRFDQAgAEGEAWohCQNAIAQvASogAkYNAQJAIAAoAmBFBEAgACgCjApFDQELIARBAXEEfyAEQYD+A3FBCHYFIAQvASgLIQYgACgCoAkhBSMBQasKaiEEAkACQAJAIAZB//8DcSIGQf7/A2sOAgACAQsjAUGqCmohBAwBC0EAIQQgBSgCCCAFKAIEaiAGTQ0AIAUoAjggBkECdGooAgAhBAsgByAENgIQIAlBgAgjAUH5A2ogB0EQahALGiAAKAJgIgUEQCAAKAJcQQAgCSAFEQMACyAJIQUgACgCjApFDQADQAJAAkAgBS0AACIEQSJGDQAgBEHcAEYNACAEDQEMAwtB3AAgACgCjAoQCSAFLQAAIQQLIATAIAAoAowKEAkgBUEBaiEFDAALAAsCQCADKAIAIgYgAygCBCIEQQR0aiIIQRBrKAIAIgVBAXENACAFKAIkIgpFDQAgCEEEaygCACELIAMgBEEBaiIIIAMoAggiDEsEfyAGQQggDEEBdCIEIAggBCAISxsiBCAEQQhNGyIEQQR0IwcoAgARAQAhBiADIAQ2AgggBSgCJCEKIAMoAgQiBEEBagUgCAs2AgQgAyAGNgIAIAUgCkEDdGspAgAhDSAGIARBBHRqIgUgCzYCDCAFQQA2AgggBSANNwIAIAMoAgQhBAsCfyAERQRAQQAhBEEADAELIAMoAgAgBEEEdGoiBUEQaygCACEEIAVBDGsoAgALIQUgBEEBcQ0CQQEhBiAEKAIkDQALCyAGQQFxRQ0BCyAHIAEpAgA3AwggAEGICWogB0EIahAKIAEgBTYCBCABIAQ2AgAgBEEBcQ0AIAQgBCgCAEEBajYCACAEKAIAGgsgB0EgaiQAC/MDAQV/IwFBqwpqIQUCQAJAAkAgAwJ/IAAoAgAiBkEBcQRAIAZBgP4DcUEIdgwBCyAGLwEoCyADG0H//wNxIgNB/v8Daw4CAAIBCyMBQaoKaiEFDAELQQAhBSACKAIIIAIoAgRqIANNDQAgAigCOCADQQJ0aigCACEFCwNAAkACQAJAAkACQAJAIAUtAAAiAw4jBQMDAwMDAwMDAQADAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwQCCyMBQYsIaiAEEBQgBUEBaiEFDAULIwFBmgNqIAQQFCAFQQFqIQUMBAsgA0HcAEYNAQsgA8AgBBAJIAVBAWohBQwCC0HcACAEEAkgBSwAACAEEAkgBUEBaiEFDAELCwJAIAAoAgAiA0EBcQ0AIAMoAiQiCUUNACADLwFCIAIvASRsIQNBACEGA0BBACEHAkACfyAALQAAQQFxBH9BAAUgACgCACIFIAUoAiRBA3RrCyAGQQN0aiIFKAIAIghBAXEEQCAIQQN2QQFxDAELIAgvASxBAnZBAXELDQAgA0UNACACKAJUIANBAXRqLwEAIQcgA0EBaiEDCyAFIAEgAiAHIAQQOQJ/IAUoAgAiB0EBcQRAIAUtAAYgBS0AB2oMAQsgBygCECAHKAIEagsgAWohASAGQQFqIgYgCUcNAAsLC4oDAgV/AX4jAUH8C2ohBUEBIQQCQAJAIAFFDQAgAkUNAEEAIQUDQEEAIQQgBSABIANBGGxqIgYoAhAiB0sNAiAGKAIUIgUgB0kNAiADQQFqIgMgAkcNAAsgAiEEIAEhBQsgACAAKAJEIARBGGwiASMHKAIAEQEAIgI2AkQgAQRAIAIgBSAB/AoAAAsgACAENgJkIAAoAkQhBSAAKAIgIQFBACEDAkADQAJAIAUgA0EYbGoiBigCFCIHIAFNDQAgByAGKAIQIgJNDQAgASACTQRAIAAgBikCADcCJCAAIAI2AiAgAiEBCyAAIAM2AmhBACEDIAAoAkhFDQIgACgCbCICIAFNBEAgASAAKAJwIAJqSQ0DCyAAQQA2AkggAEIANwJsDAILIANBAWoiAyAERw0ACyAAIAQ2AmggBSAEQRhsaiIBQQRrKAIAIQIgAUEQaykCACEIIABBADYCSCAAIAg3AiQgACACNgIgIABCADcCbEEBIQMLIABBADYCACAAIAM2AnRBASEECyAEC/cCAQd/IwBBEGsiBCQAIAAoAjAiAQRAIAEgASgClAFBAWo2ApQBCyAAKAIEIgEEQCAAQSRqIQYDQCAAKAIAIANBBXRqIgIoAgAEQCAAKAI0IQUgAigCDARAIAQgAikCDDcDCCAFIARBCGoQCgsgAigCFARAIAQgAikCFDcDACAFIAQQCgsgAigCBCIBBEAgASgCACIHBEAgByMJKAIAEQIAIAIoAgQhAQsgAUEANgIIIAFCADcCACABIwkoAgARAgALIAIoAgAgBiAFEBogACgCBCEBCyADQQFqIgMgAUkNAAsLIABBADYCBCAAKAIAIQEgACgCCAR/QQAFAn8gAQRAIAFBgAIjBygCABEBAAwBC0GAAiMIKAIAEQAACyEBIABBCDYCCCAAKAIECyEDIAAgATYCACAAIANBAWo2AgQgACgCMCECIAEgA0EFdGoiAEIANwIEIAAgAjYCACAAQgA3AgwgAEIANwIUIABBADYCHCAEQRBqJAALyQECBn8BfiMAQSBrIgIkACAAKAIAIQQgAC0AAEEBcUUEQCAEKAIkIQMLIAEoAgAhBgNAAkAgA0EARyEFIANFDQAgAiAEIAQoAiRBA3RrIANBAWsiA0EDdGopAgAiCDcDGCAIpyIAQQFxBH8gCEI4iKcgCEIwiKdB/wFxagUgACgCECAAKAIEagtFIgcgACAGR3FFBEAgByEFDAELIAIgAikDGDcDECACIAEpAgA3AwggAkEQaiACQQhqEDxFDQELCyACQSBqJAAgBQuSCQIVfwF+IwBB4ABrIgMkAAJAAkAgAkUNACABKAIQKAIAIgZBAXENACADKAJcIQcgAygCWCELIAMoAlQhDyADKAJQIQggAygCTCEQIAMoAkghCQNAIAYoAiQiFUUNASAGKAIwRQ0BAkACQAJAIAEoAhQiESgCCCIKKAIgRQ0AIAooAkAgBi8BQiIMQQJ0aiINLwECIg5FDQAgCigCRCANLwEAQQJ0aiIEIA5BAnRqIQ4CQANAIAQvAQAgAk8NASAEQQRqIgQgDkcNAAsgAEIANwIAIABCADcCECAAQgA3AggMBgsCQANAIA5BBGsiDS8BACACTQ0BIA0iDiAERw0ACyAAQgA3AgAgAEIANwIQIABCADcCCAwGCyAMBH8gCigCVCAKLwEkIAxsQQF0agVBAAshFiAGRQ0BIAYgFUEDdGshFyABKAIAIQogASgCBCENIAEoAgghDEEAIRJBACEGA0AgBCETAkACQANAIAYgFUYNAUEAIQ8CfyAXIAZBA3RqIgsoAgAiBUEBcSIUBEAgBUEDdkEBcQwBCyAFLwEsQQJ2QQFxC0UEQCAWBH8gFiASQQF0ai8BAAVBAAshDyASQQFqIRILAn8gBkUEQCAKIQkgDCEIIA0MAQsCfyAUBEAgCy0ABCEIIAstAAYhCSALLQAFQQ9xDAELIAUoAgwhCCAFKAIEIQkgBSgCCAshBEEAIAwgBBsgCGohCCAJIApqIQkgBCANagshEAJ/IBQEQCAFQQN2QQFxIQQgCCALLQAHIgdqIQwgByAJaiEKIBAMAQsgBSgCGEEAIAggBSgCFCIHG2ohDCAFKAIQIAlqIQogBS8BLEECdkEBcSEEIAcgEGoLIQ0gBkEBaiEGIAQEQCARIQcMAQsgESEHIBMtAAIgEkEBa0sNAAsgAyARNgJcIAMgCzYCWCADIA82AlQgAyAINgJQIAMgEDYCTCADIAk2AkggE0EEaiEEAkAgEy0AA0EBRgRAIAQgDkYNByADIAMpA1A3AwggAyADKQNYNwMQIAMgAykDSDcDACADQTBqIAMgAhA9IAMoAkANAQwECwJAAkAgFARAIAVBAnEgD3INAQwFCyAFLQAsQQFxDQAgD0UNAQsgACADKQNINwIAIAAgAykDWDcCECAAIAMpA1A3AggMCgsgBSgCJEUNAiAFKAIwRQ0CIAMgAykDWDcDKCADIAMpA1A3AyAgAyADKQNINwMYIAAgA0EYakEAQQEQPgwJCyAAIAMpAjA3AgAgACADQUBrKQIANwIQIAAgAykCODcCCAwICyADIAc2AlwgAyALNgJYIAMgDzYCVCADIAg2AlAgAyAQNgJMIAMgCTYCSAwDCyAEIA5HDQALIABCADcCACAAQgA3AhAgAEIANwIIDAULIABCADcCACAAQgA3AhAgAEIANwIIDAQLIABCADcCACAAQgA3AhAgAEIANwIIDAMLIAEgAykDSDcCACABIAMpA1giGDcCECABIAMpA1A3AgggGKcoAgAiBkEBcUUNAAsLIABCADcCACAAQgA3AhAgAEIANwIICyADQeAAaiQAC68GARJ/AkAgASgCECgCACIGQQFxDQBBMEE0IAMbIRQgASgCFCENIAEoAgghCCABKAIEIQUgASgCACEEA0AgBigCJEUNAUEAIQFBACEPIAYvAUIiCQRAIA0oAggiDCgCVCAMLwEkIAlsQQF0aiEPCyAGKAIkIhJFDQEgBiASQQN0ayEVIAQhDCAFIQkgCCEQQQAhEUEAIQ4CQANAQQAhCwJ/IBUgAUEDdGoiCigCACIEQQFxIgUEQCAEQQN2QQFxDAELIAQvASxBAnZBAXELRQRAIA8EfyAPIBFBAXRqLwEABUEACyELIBFBAWohEQsCfyABRQRAIAwhBCAQIQggCQwBCwJ/IAUEQCAKLQAEIQggCi0ABiEGIAotAAVBD3EMAQsgBCgCDCEIIAQoAgQhBiAEKAIICyEFQQAgECAFGyAIaiEIIAYgDGohBCAFIAlqCyEFAn8CQAJAAkACfwJAIAooAgAiB0EBcSIGBEAgAUEBaiEBIAggCi0AByIJaiEQIAQgCWohDCADDQEgBSEJDAMLIAcoAhhBACAIIAcoAhQiCRtqIRAgAUEBaiEBIAcoAhAgBGohDCAFIAlqIQkgA0UNAiAHLwEsQQFxDAELIAUhCSAHQQF2QQFxCyALcg0BDAILAkAgC0H+/wNrDgICAQALIAtFBEAgBgRAIAdBAnFFDQMgB0ECdkEBcUUNAwwCCyAHLwEsIgdBAXFFDQIgB0EBdkEBcUUNAgwBCyANKAIIKAJIIAtBA2xqLQABQQFxRQ0BCyAOQQFqIAIgDkcNARogACANNgIUIAAgCjYCECAAIAs2AgwgACAINgIIIAAgBTYCBCAAIAQ2AgAPC0EAIRMCQCAKKAIAIgZBAXENACAGKAIkRQ0AIAIgDmsiByAGIBRqKAIAIhNJDQMLIA4gE2oLIQ4gASASRw0ACyAAIA02AhQgACAKNgIQIAAgCzYCDCAAIAg2AgggACAFNgIEIAAgBDYCAAwCCyAAIA02AhQgACAKNgIQIAAgCzYCDCAAIAg2AgggACAFNgIEIAAgBDYCACAHIQIMAAsACyAAQgA3AgAgAEIANwIQIABCADcCCAtqAQJ/AkAgAC8BDCIBBEBBASECAkACQCABQf7/A2sOAgADAQtBAA8LIAAoAhQoAggoAkggAUEDbGotAAFBAEcPCyAAKAIQKAIAIgBBAXEEQCAAQQJ2QQFxDwsgAC8BLEEBdkEBcSECCyACC3ABAn9B//8DIQICQAJAIAAoAgwiAUH//wNxRQRAIAAoAhAoAgAiAUEBcQRAIAFBgP4DcUEIdiEBDAILIAEvASghAQsgAUH//wNxQf//A0YNAQsgACgCFCgCCCgCTCABQf//A3FBAXRqLwEAIQILIAILXwIDfwF+IAEoAgghAiABKAIEIQMCfyABKAIQKQIAIgWnIgFBAXEEQCAFQjiIpwwBC0EAIAIgASgCFCIEGyECIAMgBGohAyABKAIYCyEBIAAgAzYCACAAIAEgAmo2AgQLfQEDfwJAAkAgACIBQQNxRQ0AIAEtAABFBEBBAA8LA0AgAUEBaiIBQQNxRQ0BIAEtAAANAAsMAQsDQCABIgJBBGohAUGAgoQIIAIoAgAiA2sgA3JBgIGChHhxQYCBgoR4Rg0ACwNAIAIiAUEBaiECIAEtAAANAAsLIAEgAGsLWQEBfyAAIAAoAkgiAUEBayABcjYCSCAAKAIAIgFBCHEEQCAAIAFBIHI2AgBBfw8LIABCADcCBCAAIAAoAiwiATYCHCAAIAE2AhQgACABIAAoAjBqNgIQQQALBQAQAwALUQEBfwJAAkACQCABQf7/A2sOAgACAQtBAw8LIAAoAkggAUEDbGoiAC0AASAALQAAIgFxQX9zQQFxQQJBAyAALQACQQFxGyABQQFxGyECCyACC8IFAQ1/AkACQCAAKAIEIgVFBEAMAQsgAi8BQCENIAAoAgAhCCAFQQFHBEADQAJAIAggBiAFQQF2Ig9qIgNBAnRqKAIAIgkvAUAiDiANSQ0AQQAhBAJAIA4EQANAIAQgDUYNAiAJIARBA3QiB2oiCi8BBCILIAIgB2oiBy8BBCIMSQ0CIAsgDEsNAyAKLwECIgsgBy8BAiIMSQ0CIAsgDEsNAyAKLwEAIgsgBy8BACIMSQ0CIAsgDEsNAyAKLwEGQf//AXEiCiAHLwEGQf//AXEiB0kNAiAHIApJDQMgBEEBaiIEIA5HDQALCyAJLwFCIAIvAUJLDQELIAMhBgsgBSAPayIFQQFLDQALCyAIIAZBAnRqKAIAIgovAUAiByANSQ0AAkACQCAHBEBBACEEA0AgBCANRg0CIAogBEEDdCIFaiIDLwEEIgggAiAFaiIFLwEEIglJDQIgCCAJSw0EIAMvAQIiCCAFLwECIglJDQIgCCAJSw0EIAMvAQAiCCAFLwEAIglJDQIgCCAJSw0EIAMvAQZB//8BcSIDIAUvAQZB//8BcSIFSQ0CIAMgBUsNBCAEQQFqIgQgB0cNAAsLIAovAUIiAyACLwFCIgRPDQELIAZBAWohBgwBCyADIARNDQELAn8gASgCBCIDBEAgASADQQFrIgM2AgQgASgCACADQQJ0aigCAAwBC0HGACMIKAIAEQAACyIBIAJBxgD8CgAAIAAoAgAhBCAAKAIEIgJBAWoiAyAAKAIISwRAIANBAnQhAgJ/IAQEQCAEIAIjBygCABEBAAwBCyACIwgoAgARAAALIQQgACADNgIIIAAoAgQhAgsgBkECdCEDAkAgAiAGTQ0AIAIgBmtBAnQiAkUNACADIARqIgZBBGogBiAC/AoAAAsgAyAEaiABNgAAIAAgBDYCACAAIAAoAgRBAWo2AgQLC9sCAQp/AkAgAkUEQAwBCwNAIAEgB0EDdGoiAy4BBCEJAkACQAJAIAMtAAAOBAABAgACCyAJQYECcUUgBnIhBgwBCyADLQABIgpFDQAgAy8BBiEMIAMvAQIhCyAAKAKoCSEFQQAhAyAAKAKsCSIEBEADQCALIAUgA0EEdGoiCC8BBEYEQCAIKAIAIApGDQMLIANBAWoiAyAERw0ACwsgACAEQQFqIgMgACgCsAkiCEsEf0EIIAhBAXQiBCADIAMgBEkbIgMgA0EITRsiBEEEdCEDAn8gBQRAIAUgAyMHKAIAEQEADAELIAMjCCgCABEAAAshBSAAIAQ2ArAJIAAoAqwJIgRBAWoFIAMLNgKsCSAAIAU2AqgJIAUgBEEEdGoiA0EAOwEOIAMgDDsBDCADIAk2AgggA0EAOwEGIAMgCzsBBCADIAo2AgALIAdBAWoiByACRw0ACwsgBkEBcQuqBgIHfwF+IwBB0ABrIgMkAAJAAkAgACgCCCIEQQJJDQAgA0E0aiEFIANBFGohBiAEIQIDQCAAIAJBAWsiAjYCCCADIAAoAgQgAkEcbGoiAigCGDYCSCADQUBrIAIpAhA3AwAgAyACKQIINwM4IAMgAikCADcDMAJAAkAgAkEcaygCACIHKAIAIgJBAXFFBEAgAigCJA0BCyADQgA3AwggACgCACECIANBADYCLCADIAI2AhAMAQsgACgCACEIIAcpAgAhCSADIAIvAUIiAgR/IAgoAggiBygCVCAHLwEkIAJsQQF0agVBAAs2AiwgAyAINgIQIAMgCTcDCAsgAyADKQNANwMgIAYgBSgCCDYCCCAGIAUpAgA3AgAgAyADKAJINgIoIANBADoAByADQQhqIANBMGogA0EHaiABEQQAGiADLQAHQQFGBEAgACgCCEEBaiAESQ0CCwJAIANBCGogA0EwaiADQQdqIAERBABFDQACfwNAIAMtAAdBAUYEQCAAKAIEIQIgACAAKAIIIgRBAWoiASAAKAIMIgVLBH9BCCAFQQF0IgQgASABIARJGyIBIAFBCE0bIgRBHGwhAQJ/IAIEQCACIAEjBygCABEBAAwBCyABIwgoAgARAAALIQIgACAENgIMIAAoAggiBEEBagUgAQs2AgggACACNgIEQQIhASACIARBHGxqDAILAkACQCADKAIwKAIAIgJBAXENACACKAIkRQ0AIAIoAjANAQsgA0EIaiADQTBqIANBB2ogAREEAEUNAwwBCwtBASEBIAAoAgQhAiAAIAAoAggiBUEBaiIEIAAoAgwiBksEf0EIIAZBAXQiBSAEIAQgBUkbIgQgBEEITRsiBUEcbCEEAn8gAgRAIAIgBCMHKAIAEQEADAELIAQjCCgCABEAAAshAiAAIAU2AgwgACgCCCIFQQFqBSAECzYCCCAAIAI2AgQgAiAFQRxsagsiAiADKQMwNwIAIAIgAygCSDYCGCACIANBQGspAwA3AhAgAiADKQM4NwIIDAMLIAAoAggiAkECTw0ACwsgACAENgIIQQAhAQsgA0HQAGokACABC/MFAgt/AX4jAEHQAGsiAiQAAkACQCAAKAIEIgUgACgCCCIDQRxsaiIIQRxrKAIAIgkoAgAiBkEBcUUEQCAGKAIkDQELIAJCADcDCCAAKAIAIQEgAkIANwIcIAJCADcCJCACQQA2AiwgAkIANwIUIAIgATYCEAwBCyAAKAIAIgooAgghBCAGLwFCIgEEfyAEKAJUIAQvASQgAWxBAXRqBUEACyELIAhBBGsoAgAhAQJAAkAgA0EBayIHRQ0AIAYvASwiBkEBcQ0AIAZBBHENASAFIAdBHGxqIgZBHGsoAgAoAgAvAUIiB0UNASABIAQoAlQgBC8BJCAHbEEBdGogBigCFEEBdGovAQBBAEdqIQEMAQsgAUEBaiEBCyAJKQIAIQwgAiAKNgIQIAIgDDcDCCACIAhBGGsiBCgCCDYCHCACIAQpAgA3AhQgAiALNgIsIAIgATYCKCACQgA3AyALQQAhBAJAIAJBCGogAkEwaiACQc8AahAlRQ0AAkADQCACLQBPQQFGBEAgACADQQFqIgEgACgCDCIESwR/QQggBEEBdCIDIAEgASADSRsiASABQQhNGyIDQRxsIQECfyAFBEAgBSABIwcoAgARAQAMAQsgASMIKAIAEQAACyEFIAAgAzYCDCAAKAIIIgNBAWoFIAELNgIIIAAgBTYCBEECIQQMAgsCQAJAIAIoAjAoAgAiAUEBcQ0AIAEoAiRFDQAgASgCMA0BCyACQQhqIAJBMGogAkHPAGoQJQ0BDAMLC0EBIQQgACADQQFqIgEgACgCDCIGSwR/QQggBkEBdCIDIAEgASADSRsiASABQQhNGyIDQRxsIQECfyAFBEAgBSABIwcoAgARAQAMAQsgASMIKAIAEQAACyEFIAAgAzYCDCAAKAIIIgNBAWoFIAELNgIIIAAgBTYCBAsgBSADQRxsaiIBIAIpAjA3AgAgASACKAJINgIYIAEgAkFAaykCADcCECABIAIpAjg3AggLIAJB0ABqJAAgBAvCCAERfwJAIAAtABxFBEAgACgCCCEEIAAoAgQhBgJAA0ACQAJ/IAYgBCIIQRxsaiICQRxrKAIAIgUoAgAiAUEBcQRAIAFBAXZBAXEMAQsgAS8BLEEBcQtFBEAgCEECSQ0BIAJBOGsoAgAoAgAvAUIiAUUNASAAKAIUIgMoAlQgAy8BJCABbEEBdGogAkEIaygCAEEBdGovAQBFDQELIAAgACgCGEEBazYCGAsgACAIQQFrIgQ2AgggBEUNASAGIARBHGxqIgEoAhQhDSABKAIMIQ4gASgCCCEPIAEoAgQhECABKAIQIQogAUEcaygCAAJAIAUoAgAiAkEBcQ0AIAItACxBwABxRQ0AIAUoAgQhCSACKAIkIgMEQANAIAIgA0EDdGshDCADIQEDQAJAAkAgDCABQQFrIgFBA3RqIhEoAgAiB0EBcQ0AIActACxBwABxRQ0AIAcoAiQhAyARKAIEIQkgByECDAELIAENAQsLIAMNAAsgAkUNAQsgACAJNgIkIAAgAjYCIAsoAgAiB0EBcQ0AIAcoAiQiDCAKQQFqIgpNDQALAkAgBSgCACIBQQFxBEAgBS0AByICIAUtAAZqIQkgBS0ABUEPcSEDIAUtAAQhBQwBC0EAIAEoAgwgASgCFCICGyEFIAEoAhAgASgCBGohCSACIAEoAghqIQMgASgCGCECCyABQQFxBH8gAUEDdkEBcQUgAS8BLEECdkEBcQshCyAAKAIMIgEgCEkEQEEIIAFBAXQiASAIIAEgCEsbIgEgAUEITRsiBEEcbCEBAn8gBgRAIAYgASMHKAIAEQEADAELIAEjCCgCABEAAAshBiAAIAQ2AgwgACgCCCEECyAAIAY2AgQgACAEQQFqNgIIIAYgBEEcbGoiAUEANgIYIAEgDSALRWo2AhQgASAKNgIQIAEgAyAPaq0gAiAFakEAIA4gAxtqrUIghoQ3AgggASAJIBBqNgIEIAEgByAMQQN0ayAKQQN0aiICNgIAAkACfyAAKAIEIAAoAggiBEEcbGoiA0EcaygCACgCACIBQQFxBEAgAUEBdkEBcQwBCyABLwEsQQFxC0UEQCAEQQJJDQEgA0E4aygCACgCAC8BQiIBRQ0BIAAoAhQiBCgCVCAELwEkIAFsQQF0aiADQQhrKAIAQQF0ai8BAEUNAQsCfyACKAIAIgFBAXEEQCACLQAGDAELIAEoAgQLBEAgAEEBOgAcDwsMAwsgAEEAEDAaCw8LIABBADoAHAJAAn8gACgCBCAAKAIIIgNBHGxqIgJBHGsoAgAoAgAiAUEBcQRAIAFBAXZBAXEMAQsgAS8BLEEBcQtFBEAgA0ECSQ0BIAJBOGsoAgAoAgAvAUIiAUUNASAAKAIUIgMoAlQgAy8BJCABbEEBdGogAkEIaygCAEEBdGovAQBFDQELDAELIABBABAwGg8LIAAgACgCGEEBajYCGAvmBAEEfyAABEAgACgCPCIBBEAgASMJKAIAEQIACyAAQQA2AkQgAEIANwI8IAAoAkgiAQRAIAEjCSgCABECAAsgAEEANgJQIABCADcCSCAAKAJUIgEEQCABIwkoAgARAgALIABBADYCXCAAQgA3AlQgACgCYCIBBEAgASMJKAIAEQIACyAAQQA2AmggAEIANwJgIAAoAmwiAQRAIAEjCSgCABECAAsgAEEANgJ0IABCADcCbCAAKAKEASIBBEAgASMJKAIAEQIACyAAQQA2AowBIABCADcChAEgACgCeCIBBEAgASMJKAIAEQIACyAAQQA2AoABIABCADcCeCAAKAKQASIBBEAgASMJKAIAEQIACyAAQQA2ApgBIABCADcCkAECQCAAKAKcASIBRQ0AIAEoAlwNACABKAJoIAFHDQAgASABKAKoASICQQFrNgKoASACQQFHDQAgASMJKAIAEQIACyAAKAIAIgEEQCABIwkoAgARAgALIABBADYCCCAAQgA3AgAgACgCDCIBBEAgASMJKAIAEQIACyAAQQA2AhQgAEIANwIMIAAoAhgiAQRAIAEjCSgCABECAAtBACEBIABBADYCICAAQgA3AhggACgCJCICBEAgAiMJKAIAEQIACyAAQQA2AiwgAEIANwIkIAAoAjQiAgRAA0AgACgCMCABQQxsaiIDKAIAIgQEQCAEIwkoAgARAgAgACgCNCECCyADQQA2AgggA0IANwIAIAFBAWoiASACSQ0ACwsgACgCMCIBBEAgASMJKAIAEQIACyAAQQA2AjggAEIANwIwIAAjCSgCABECAAsLrxsBKX8jAEHQAGsiCyQAIANBADYCQCADQQA2AjQgA0EYaiEXIANBJGohHiADQQxqIRIgC0EOaiEiIAtBDGohKAJAA0ACQCADKAIERQRAIAMoAhxFDQMgIyADKAI0IiNPDQMgCyADKAIINgIQIAsgAykCADcDCCADIBcoAgg2AgggAyAXKQIANwIAIBcgCygCEDYCCCAXIAspAwg3AgAgH0EBaiEfDAELIAMoAgwhCSADKAIkIQQCQCADKAIQIg0gAygCKCIFaiIGIAMoAixNDQAgBkECdCEHAn8gBARAIAQgByMHKAIAEQEADAELIAcjCCgCABEAAAshBCADIAY2AiwgAygCKCIGIAVNDQAgBiAFa0ECdCIGRQ0AIAQgB2ogBCAFQQJ0aiAG/AoAAAsCQCANRQ0AIA1BAnQhByAEIAVBAnRqIQUgCQRAIAdFDQEgBSAJIAf8CgAADAELIAdFDQAgBUEAIAf8CwALIAMgBDYCJEEAIQQgA0EANgIQIAMgAygCKCANajYCKEEAIRYCQCADKAIERQ0AA0AgAygCACAWQQJ0aigCACEOAkACfwJAIARFBEAgDi8BQCEIDAELAkACQAJAIA4vAUAiCCASKAIAIARBAnRqQQRrKAIAIg0vAUAiCUkNACAIBEBBACEEA0AgBCAJRg0DIA4gBEEDdCIHaiIFLwEEIgYgByANaiIHLwEEIg9JDQMgBiAPSw0CIAUvAQIiBiAHLwECIg9JDQMgBiAPSw0CIAUvAQAiBiAHLwEAIg9JDQMgBiAPSw0CIAUvAQZB//8BcSIFIAcvAQZB//8BcSIHSQ0DIAUgB0sNAiAEQQFqIgQgCEcNAAsLIA4vAUIiBSANLwFCIgRJDQMgBCAFTw0CCwNAIAMoAgAgFkECdGooAgAhBQJ/IAMoAigiBARAIAMgBEEBayIENgIoIAMoAiQgBEECdGooAgAMAQtBxgAjCCgCABEAAAsiCSAFQcYA/AoAACADKAIMIQQgAyADKAIQIghBAWoiBSADKAIUIgdLBH9BCCAHQQF0IgcgBSAFIAdJGyIFIAVBCE0bIgdBAnQhBQJ/IAQEQCAEIAUjBygCABEBAAwBCyAFIwgoAgARAAALIQQgAyAHNgIUIAMoAhAiCEEBagUgBQs2AhAgAyAENgIMIAQgCEECdGogCTYCACAWQQFqIhYgAygCBEkNAAsMBgsgDiAIQQN0akEIawwCCyASIB4gDhBGDAILIA4gCEEDdGpBCGsgDiAIQf//A3EbCyEKIAJFDQAgCi8BAiEHQQAhBCACIgVBAk8EQANAIAQgBCAFQQF2Ig1qIgQgASAEQRxsai8BACAHSxshBCAFIA1rIgVBAUsNAAsLIAEgBEEcbGoiGi8BACAHRw0AIAovAQYgDi8BQkEUbCEEIAovAQQhGwJ/IAovAQAiGCAAKAKcASITKAIYIgdJIilFBEAgEygCLCATKAIwIBggB2tBAnRqKAIAQQF0aiIHQQJqISAgBy8BAAwBCyATKAIoIBMoAgQgGGxBAXRqIQdBACEgQQALISFB//8BcSEqIAAoAjwgBGohFEEBIRwgG0EBaiElQQAhJkH//wMhESAbQQF0IStBACENQQAhHQNAAkACQAJ/AkAgKUUEQCAgIAdBAmoiBEYEQCAhQf//A3FFDQcgB0EGaiIFIAcvAQRBAXRqISAgIUEBayEhIAcvAQYhEQwCCyAELwEAIREgBAwCCwJAIBMoAgQiBUEAIBFBAWogHBsiEUH//wNxIgRNDQADQCAHIARBAXRqLwEADQEgBSARQQFqIhFB//8DcSIESw0ACwsgBCAFTw0FIAcgBEEBdGohBCAHIQULIAQvAQAhBCATKAIMIBFB//8DcU0EQCAFIQcMAgsgEygCNCAEQQN0aiIEQQhqISYgBC0AACEdQQAhDSAFCyEHIB1FBEAgDSEEDAELQQAhHCAmIB1BA3RqIgVBCGstAAANAiAFQQRrLQAABEAgDSEEIBshBSAYIQ8MAgsgBUEGay8BACEPIA0hBCAlIQUMAQtBACENQQAhHUEAIRwgJSEFIAQhDyAEQf//A3FFDQELIAQhDSAFQf8AcSEZQQAhEAJAIBooAhQiBUUNACAaKAIQIQYgBSIEQQFHBEADQAJAAkAgBiAQIARBAXYiDGoiCUEGbGoiCC8BACIKIA9B//8DcSIVSQ0AIAogFUsNASAILQAEIgpB/wBxIhUgGUkNACAKwEEASA0BIBUgGUsNASAILwECDQELIAkhEAsgBCAMayIEQQFLDQALCyAGIBBBBmxqIgQvAQAiCSAPQf//A3EiBk8EQCAGIAlJDQEgBC0ABEH/AHEgGU8NAQsgEEEBaiEQCyAFIBBNDQAgEUH//wNxIRUDQCAQQQZsIQUgEEEBaiEQIA9B//8DcSIsIAUgGigCEGoiBS8BAEcNASAFLQAEIgTAIARB/wBxIBlHDQEgACgCnAEhBgJAIAUvAQIiBQRAIAYoAlQgBi8BJCAFbEEBdGogK2ovAQAiCQ0BC0EAIQkgBigCSCAVQQNsai0AAEEBRw0AIAYoAkwgFUEBdGovAQAhCQsCQCAqIgwNAEEAIQwgBigCIEUNACAGKAJAIAVBAnRqIgUvAQIiCEUNACAGKAJEIAUvAQBBAnRqIgQgCEECdGohBQNAAkAgBC0AAw0AIBsgBC0AAkcNACAELwEAIQwMAgsgBEEEaiIEIAVHDQALCyALQQhqIgggDkHGAPwKAAAgCy8BSCIFQQN0IAhqIgRBBGsgKCAFGyAZOwEAIARBCGsgCCAFGyIIIA87AQBBAEgEQCAEQQJrICIgBRsiCiAKLwEAQYCAAnI7AQALAkACQAJAAkACf0EBIBQvAQAiCkH//wNGDQAaAkAgCQRAAn8gCkUEQEEBIBQvARJBAXFFDQEaIAYoAkggCUEDbGotAAEMAQsgCSAKRgsgFC8BBCIERSAEIAxB//8DcUZycSEEIBQvAQIiBkUNAUEAIgkgDi8BQCIMRQ0CGgNAIA4gCUEDdGovAQIgBkYNAiAJQQFqIgkgDEcNAAtBAAwCC0EAIBUgBigCDEkNARogBEECayAiIAUbLgEAQQBOBEAgBUEHTwRAIANBAToASAwHCyALIAVBAWoiBTsBSCALIAVB//8DcUEDdGohCAtBACEKIAhBADsBBCAIIBE7AQIgCCAYOwEAIAggDEH//wFxOwEGQQAhCSALLwFIIgVFDQMDQAJAIAlFDQAgC0EIaiAJQQN0ai8BAiEGQQAhBANAIAYgC0EIaiAEQQN0ai8BAkcEQCAJIARBAWoiBEcNAQwCCwsgCkEBaiEKCyAJQQFqIgkgBUcNAAsgCiAfSw0CQQAMAQsgBAsCQCAFRQ0AA0AgCC4BBkEATg0BIAsgBUEBayIFOwFIIAsgBUH//wNxIgRBA3RqIQggBA0ACwtFDQEgACgCPCEFIAsvAUohBANAIAUgBEEBaiIEQf//A3FBFGxqIgkvAQwiBkH//wNHBEAgBiAULwEMSw0BCwsgCyAEOwFKQQEhJwwCCyAXIB4gC0EIahBGDAILQQAhJyAUIQkgGCAsRg0BCwNAIAkvARIiBUEIcQRAIAsgCy8BSkEBajsBSiAJQRRqIQkMAQsCQCAFQRBxDQAgACgCPCALLwFKIgpBFGxqLwEMIBQvAQxHBEAgAygCPCEKIAMoAkAiBgR/IA4vAUQhCEEAIQQgBiIFQQFHBEADQCAEIAVBAXYiDCAEaiIEIAogBEEBdGovAQAgCEsbIQQgBSAMayIFQQFLDQALCyAIIAogBEEBdGovAQAiBUYNAiAEIAUgCElqBUEACyEEIAZBAWoiBSADKAJESwRAIAVBAXQhBgJ/IAoEQCAKIAYjBygCABEBAAwBCyAGIwgoAgARAAALIQogAyAFNgJEIAMoAkAhBgsgBEEBdCEFAkAgBCAGTw0AIAYgBGtBAXQiBEUNACAFIApqIgZBAmogBiAE/AoAAAsgBSAKaiAOLwBEOwAAIAMgCjYCPCADIAMoAkBBAWo2AkAMAQsgCy8BSEUEQCADKAIwIQxBACEEIAMoAjQiBiEFAkACQAJAIAYiCA4CAgEACwNAIAQgBUEBdiIIIARqIgQgDCAEQQF0ai8BACAKSxshBCAFIAhrIgVBAUsNAAsLIAwgBEEBdGovAQAiBSAKRg0CIAQgBSAKSWohCAsgBkEBaiIFIAMoAjhLBEAgBUEBdCEEAn8gDARAIAwgBCMHKAIAEQEADAELIAQjCCgCABEAAAshDCADIAU2AjggAygCNCEGCyAIQQF0IQUCQCAGIAhNDQAgBiAIa0EBdCIERQ0AIAUgDGoiBkECaiAGIAT8CgAACyAFIAxqIAo7AAAgAyAMNgIwIAMgAygCNEEBajYCNAwBCyASIB4gC0EIahBGCyAnRQ0BIAkvAQ4iBUH//wNGDQEgBSALLwFKTQ0BIAsgBTsBSiAAKAI8IAVBFGxqIQkMAAsACyAaKAIUIBBLDQALDAALAAsgFkEBaiIWIAMoAgRPDQEgAygCECEEDAALAAsgCyADKAIINgIQIAsgAykCADcDCCADIBIoAgg2AgggAyASKQIANwIAIBIgCygCEDYCCCASIAspAwg3AgALICRBAWoiJEGAAkcNAAsgA0EBOgBICyALQdAAaiQAC7kgAhl/AX4jAEGAAmsiCCQAIAAoAoQJIgkoAgQhGiAIIAM2AtgBIAhBhAFqIAkgASMCQQpqIAhB2AFqIAMQGSAAKAKECSIDKAIEIgsEfyADKAIAIRFBACEJQQAhAyALQQRPBEAgC0F8cSEMA0AgCSARIANBBXRqIhAoAhxBAkZqIBAoAjxBAkZqIBAoAlxBAkZqIBAoAnxBAkZqIQkgA0EEaiEDIA1BBGoiDSAMRw0ACwsgC0EDcSIQBEADQCAJIBEgA0EFdGooAhxBAkZqIQkgA0EBaiEDIApBAWoiCiAQRw0ACwsgCUEKagVBCgshGyAIKAKIASISBEBBGEEAIAJB/f8DSxshHCAAQYQBaiERIABBiAlqIRcgAEG8CWohHSACQQNsIR5BACEQA0AgCCgChAEiDiAQQQR0aiIDKAIEIQogAygCACEJAkAgGyADKAIMIhQgGGsiGUkEQCAAKAKECSAZEBFBACEDIAoEQANAIAggCSADQQN0aikCADcDCCAXIAhBCGoQCiADQQFqIgMgCkcNAAsLIAkEQCAJIwkoAgARAgALIBhBAWohGCAQQQFqIgMgEk8NAQNAIAMhCgJAAkAgACgCYCIJRQRAIAAoAowKRQ0CIBEjASIDKQCdAzcAACARIAMpALwDNwAfIBEgAykAtQM3ABggESADKQCtAzcAECARIAMpAKUDNwAIDAELIBEjASIDKQCdAzcAACARIAMpALwDNwAfIBEgAykAtQM3ABggESADKQCtAzcAECARIAMpAKUDNwAIIAAoAlxBACARIAkRAwAgACgCjApFDQELIBEhCQNAAkACQCAJLQAAIgNBIkYNACADQdwARg0AIAMNAQwDC0HcACAAKAKMChAJIAktAAAhAwsgA8AgACgCjAoQCSAJQQFqIQkMAAsACyAOIApBBHRqIgwoAgwgFEcNAiAMKAIAIQlBACEDIAwoAgQiEARAA0AgCCAJIANBA3RqKQIANwMAIBcgCBAKIANBAWoiAyAQRw0ACwsgCQRAIAkjCSgCABECAAsgCiIQQQFqIgMgEkcNAAsMAQsgCCADKAIINgKAASAIIAo2AnwgCCAJNgJ4IAhB+ABqIgMgHRBzIAhB8ABqIAIgAyAFIAAoAqAJEHICQCAQQQFqIgkgEk8NACAIKAKEASAJQQR0aiIDKAIMIBRHDQADQCAJIRAgAygCCCEWIAMoAgQhDCADKAIAIQ4gAEEANgLMCQJAIAwiCkUEQCAIIAgpA3A3A5ABIAAoAtQJIQNBACEKQQAhCQwBCwJAAn8DQCAAKALMCSIJAn8gDiAKQQN0aiIDQQhrKAIAIg1BAXEEQCANQQN2QQFxDAELIA0vASxBAnZBAXELRQ0BGiADQQRrKAIAIRIgACgCyAkhAyAAIAlBAWoiCyAAKALQCSIPSwR/QQggD0EBdCIJIAsgCSALSxsiCSAJQQhNGyILQQN0IQkCfyADBEAgAyAJIwcoAgARAQAMAQsgCSMIKAIAEQAACyEDIAAgCzYC0AkgACgCzAkiCUEBagUgCws2AswJIAAgAzYCyAkgAyAJQQN0aiIDIBI2AgQgAyANNgIAIApBAWsiCg0AC0EAIQogACgCzAkLIglBAkkNAEEAIQMgCUEBdiINQQFHBEAgDUH+////B3EhDUEAIQsDQCAAKALICSISIANBA3QiD2oiEykCACEhIBMgEiAAKALMCSADQX9zakEDdCITaikCADcCACAAKALICSATaiAhNwIAIAAoAsgJIhIgD2oiDykCCCEhIA8gEiAAKALMCSADQf7///8Bc2pBA3QiD2opAgA3AgggACgCyAkgD2ogITcCACADQQJqIQMgC0ECaiILIA1HDQALCyAJQQJxRQ0AIAAoAsgJIgkgA0EDdGoiDSkCACEhIA0gCSAAKALMCSADQX9zakEDdCIDaikCADcCACAAKALICSADaiAhNwIACyAIIAgpA3A3A5ABIAAoAtQJIQMgACgC3AkgCk8EQCAKQQN0IQkMAQsgCkEDdCEJAn8gAwRAIAMgCSMHKAIAEQEADAELIAkjCCgCABEAAAshAyAAIAo2AtwJCyAAIAo2AtgJIAkEQCADIA4gCfwKAAALIAAgAzYC1AlBASELIAAoAqAJIRJBAiENAkACQAJAAn8gCC0AkAFBAXEEQCAILQCRAQwBCyAIKAKQAS8BKAsiFUH//wNxIg9B/v8Daw4CAAIBC0EAIQ1BACELDAELIBIoAkggD0EDbGoiCS0AAEHlAHEhCyAJLQABQQF0IQ0LIAAoAtgJIglBA3RBzABqIhMgACgC3AlBA3RLBEAgAyATIwcoAgARAQAhAyAAIBNBA3Y2AtwJIAAgAzYC1AkgACgC2AkhCQsgCEIANwPwASAIQgA3A+gBIAhCADcD4AEgCEIANwO4ASAIQQA2AsABIAhBATYC/AEgCEIANwPYASAIQQA7AcwBIAhCADcDsAEgCEIANwOgASAIQQA7Aa4BIAggFTsB0AEgCCALIA1yQf8BcUEYQQAgD0H9/wNLG3I7AcgBIAggCTYC1AEgAyAJQQN0aiIDIAgoAvwBNgIAIAMgCCkD8AE3AhwgAyAIKQPoATcCFCADIAgpA+ABNwIMIAMgCCkD2AE3AgQgAyAIKALUATYCJCADIAgvAdABOwEoIAMgCC8BzAE7ASogAyAILwHIATsBLCADIAgoAsABNgE+IAMgCCkDuAE3ATYgAyAIKQOwATcBLiADIAgvAa4BOwFCIAMgCCkDoAE3AkQgCEEANgKcASAIIAM2ApgBIAggCCkCmAE3A1ggCEHYAGogEhAVIAggCCkDkAE3A1AgCCAIKQKYATcDSAJAIAAgCEHQAGogCEHIAGoQbQRAQQAhAyAAKALACQRAA0AgCCAAKAK8CSADQQN0aikCADcDOCAXIAhBOGoQCiADQQFqIgMgACgCwAlJDQALCyAAQQA2AsAJIAggCCkDcCIhNwNoIAggITcDMCAXIAhBMGoQCiAAKALICSEDIAAgACgCvAk2AsgJIAAgAzYCvAkgACkCwAkhISAAIAApAswJNwLACSAAICE3AswJQQEhAyAAKAKgCSEMQQIhCQJAAkACQCACQf7/A2sOAgACAQtBACEJQQAhAwwBCyAMKAJIIB5qIgktAABB5QBxIQMgCS0AAUEBdCEJCyAKQQN0Ig1BzABqIgsgFkEDdEsEQCAOIAsjBygCABEBACEOCyAIQgA3A/ABIAhCADcD6AEgCEIANwPgASAIQgA3A7gBIAhBADYCwAEgCEEBNgKQASAIQgA3A9gBIAhBADsB0AEgCEIANwOwASAIQgA3A6ABIAggAjsB1AEgCCAFOwHIASAIIBwgAyAJckH/AXFyOwHMASAIIAo2AvwBIA0gDmoiAyAIKAKQATYCACADIAgpA/ABNwIcIAMgCCkD6AE3AhQgAyAIKQPgATcCDCADIAgpA9gBNwIEIAMgCCgC/AE2AiQgAyAILwHUATsBKCADIAgvAdABOwEqIAMgCC8BzAE7ASwgAyAIKALAATYBPiADIAgpA7gBNwE2IAMgCCkDsAE3AS4gAyAILwHIATsBQiADIAgpA6ABNwJEIAhBADYCnAEgCCADNgKYASAIIAgpA5gBNwMoIAhBKGogDBAVIAggCCkDmAE3A3AMAQtBACEDIABBADYCzAkgDARAA0AgCCAOIANBA3RqKQIANwNAIBcgCEFAaxAKIANBAWoiAyAMRw0ACwsgDkUNACAOIwkoAgARAgALIBBBAWoiCSAIKAKIASISTw0BIAgoAoQBIAlBBHRqIgMoAgwgFEYNAAsLIAAoAqAJIBlBBXQiEyAAKAKECSgCAGooAgAvAQAiCSACECshDwJAIAdFDQAgCSAPRw0AIAgoAnAiAyADLwEsQQRyOwEsCyAIKAJwIQMCQAJAIAYNACASQQFLDQAgGkECSQ0BCyADIAMvASxBGHI7ASxB//8DIQkLIAMgCTsBKiADIAMoAjwgBGo2AjwgACgChAkgCCAIKQNwIiE3A2AgCCAhNwMgQQAhCyAZIAhBIGpBACAPEBYgACgCwAkEQANAIAAoArwJIAtBA3RqKQIAISEgACgChAkiAygCACATaiIWKAIAIQkCfyADKAIoIgoEQCADIApBAWsiCjYCKCADKAIkIApBAnRqKAIADAELQaQBIwgoAgARAAALIgMgDzsBACADQQJqQQBBkgH8CwAgIachCiADQgA3ApgBIANBATYClAEgA0EANgKgAQJAAn8CQAJAIAkEQCADQQA2AhwgAyAhNwIUIAMgCTYCECADQQE7AZABIAMgCSkCBDcCBCADIAkoAgw2AgwgAyAJKAKYASIMNgKYASADIAkoAqABIh82AqABIAMgCSgCnAEiCTYCnAEgCkUNASAKQQFxIiANAiADIAotAC1BAnEEf0HiBAUgCigCIAsgDGo2ApgBQQAgCigCDCAKKAIUIhUbIQwgCigCECAKKAIEaiENIAooAhghDiAVIAooAghqDAMLIANCADcCBEEAIQkgA0EANgIMIAoNAwsgFiAJNgIIDAILIAMgDCAKQRp0QR91QeIEcWo2ApgBICFCIIinQf8BcSEMICFCOIinIg4gIUIwiKdB/wFxaiENICFCKIinQQ9xCyEVIAMgAygCBCANajYCBCADIAMoAgggFWqtIAwgDmpBACADKAIMIBUbaq1CIIaENwIIAkAgIEUEQEEAIQ4gAyAKKAIkIgwEfyAKKAI4BUEACyAJaiAKLwEsQQFxaiAKLwEoQf7/A0ZqNgKcASAMRQ0BIAooAjwhDgwBCyADIAkgCkEBdkEBcWo2ApwBQQAhDgsgAyAOIB9qNgKgAQsgFiADNgIAIAtBAWoiCyAAKALACUkNAAsLQQAhAyAUIBhGDQADQAJAIAEgA0YNACAAKAKECSIPKAIAIgogA0EFdGoiCSgCHA0AIAogE2oiFCgCHA0AIAkoAgAiDi8BACIVIBQoAgAiDS8BAEcNACAOKAIEIA0oAgRHDQAgDigCmAEgDSgCmAFHDQAjAUGUDGohDCAUKAIMIQoCQCAJKAIMIgtFDQAgC0EBcQ0AIAstACxBwABxRQ0AIAwgC0EwaiALKAIkGyEMCyMBQZQMaiELAkAgCkUNACAKQQFxDQAgCi0ALEHAAHFFDQAgCyAKQTBqIAooAiQbIQsLIAwoAhghFgJAIAsoAhgiCkEZTwRAIAogFkcNAiAMKAIAIQwgCygCACELDAELIAogFkcNAQsgDCALIAoQEg0AIA0vAZABBH9BACEDA0AgDygCNCEKIAkoAgAgCCANIANBBHRqIg4pAhg3AxggCCAOKQIQNwMQIAhBEGogChAgIANBAWoiAyAUKAIAIg0vAZABSQ0ACyAJKAIAIg4vAQAFIBULQf//A3FFBEAgCSAOKAKcATYCCAsgDyAZEBEgGEEBaiEYDAILIANBAWoiAyAZRw0ACwsgEEEBaiIQIBJJDQALIAAoAoQJKAIEIQsLIAhBgAJqJABBfyAaIAsgGk0bC5EKAhF/AX4jAEHAAWsiAyQAIAAoAoQJIAMgAikCADcDOCABIANBOGpBAEEBEBYgA0HcAGogACgChAkgASMCQQ1qQQBBABAZIAMoAmAEQCAAQbQJaiEOIABBiAlqIQ8DQCADKAJcIBBBBHRqIgUoAgghCyAFKAIEIQIgBSgCACEHIANCADcDUEIAIRQCQCACIgVFDQADQCADIAcgBUEBayIIQQN0IhFqKQIAIhQ3A0gCQAJAIBSnIgRBAXEEQCAUQgiDQgBSDQJBACEKQQEhDEEAIQYMAQsgBC0ALEEEcQ0BIAQgBCgCJCIGQQN0ayEKIAZFBEBBACEGQQEhDAwBC0EAIQxBACEEIAZBAUcEQCAGQX5xIRJBACENA0AgCiAEQQN0aiITKAIAIglBAXFFBEAgCSAJKAIAQQFqNgIAIAkoAgAaCyATKAIIIglBAXFFBEAgCSAJKAIAQQFqNgIAIAkoAgAaCyAEQQJqIQQgDUECaiINIBJHDQALCyAGQQFxRQ0AIAogBEEDdGooAgAiBEEBcQ0AIAQgBCgCAEEBajYCACAEKAIAGgsgCyACIAZqQQFrIgRJBEAgBEEDdCELAn8gBwRAIAcgCyMHKAIAEQEADAELIAsjCCgCABEAAAshByAEIQsLAkAgAiAFTQ0AIAIgBWtBA3QiAkUNACAHIAYgCGpBA3RqIAcgBUEDdGogAvwKAAALAkAgDA0AIAZBA3QhAiAHIBFqIQUgCgRAIAJFDQEgBSAKIAL8CgAADAELIAJFDQAgBUEAIAL8CwALAn8gAy0ASEEBcQRAIAMoAkghCCADLQBJDAELIAMoAkgiCC8BKAshAkEBIQUgACgCoAkhBiAILwFCIQlBAiEIAkACQAJAIAJB//8DcSIKQf7/A2sOAgACAQtBACEIQQAhBQwBCyAGKAJIIApBA2xqIggtAABB5QBxIQUgCC0AAUEBdCEICyAEQQN0IgxBzABqIg0gC0EDdEsEQCAHIA0jBygCABEBACEHCyADQgA3A7ABIANCADcDqAEgA0IANwOgASADQgA3A4ABIANBADYCiAEgA0EBNgK8ASADQgA3A5gBIANBADsBjgEgA0IANwN4IANCADcDaCADIAk7AXYgAyACOwGQASADIAUgCHJB/wFxQRhBACAKQf3/A0sbcjsBjAEgAyAENgKUASAHIAxqIgIgAygCvAE2AgAgAiADKQOwATcCHCACIAMpA6gBNwIUIAIgAykDoAE3AgwgAiADKQOYATcCBCACIAMoApQBNgIkIAIgAy8BkAE7ASggAiADLwGOATsBKiACIAMvAYwBOwEsIAIgAygCiAE2AT4gAiADKQOAATcBNiACIAMpA3g3AS4gAiADLwF2OwFCIAIgAykDaDcCRCADQQA2AkQgAyACNgJAIAMgAykDQDcDMCADQTBqIAYQFSADIAMpA0AiFDcDUCADIAMpA0g3AyggDyADQShqEAoMAgsgCCIFDQALQgAhFAsgACAAKAKQCkEBajYCkAoCQAJAIAAoArQJBEAgAyAOKQIANwMgIAMgAykDUDcDGCAAIANBIGogA0EYahBtRQ0BIAMgDikCADcDCCAPIANBCGoQCgsgDiAUNwIADAELIAMgAykDUDcDECAPIANBEGoQCgsgEEEBaiIQIAMoAmBJDQALCyAAKAKECSADKAJcKAIMEBEgACgChAkoAgAgAUEFdGpBAjYCHCADQcABaiQAC6cTAhh/AX4jAEEwayILJAAgC0EkaiAAKAKECSIJIAEjAkEMakEAQQAQGQJ/IAsoAigiGARAIABBhAFqIRMgAEGICWohGQNAIAkgCygCJCICKAIMIAEQJiACIAE2AgxBACERQQAhFANAIAsoAiQgFEEEdGoiAigCBCEVIAIoAgxBBXQiFiAAKAKECSgCAGooAgAvAQAhCiALIAIoAgAiFykCACIaNwMYAkAgGqciAkEBcQ0AQQAhECACKAIkIhJFDQADQCAKIQICQAJAAkACQCALKAIYIgogCigCJEEDdGsgEEEDdGopAgAiGqciB0EBcSIMRQRAQQAhCiAHKAIkQQBHIREgBy8BKCIJQf//A0YNAyAHLQAsQQRxRQ0BIAIhCgwDC0EAIREgB0EIcQRAIAIhCgwECyAHQYD+A3FBCHYhCQwBCyAJQf7/A0YNAQtBACEKAkAgACgCoAkiDSgCBCIEIAlNDQAgAkH//wNxIgggDSgCFE8NACANKAIYIQYgCSANKAIMSQRAAkACQCAGIAhNBEAgDSgCLCANKAIwIAggBmtBAnRqKAIAQQF0aiIELwEAIg5FBEBBACEEDAMLIARBAmohBkEAIQUDQCAGQQRqIQQgBi8BAiIPBH8gBCAPQQF0akEAIQMDQCAELwEAIAlGDQQgBEECaiEEIANBAWoiAyAPRw0ACwUgBAshBkEAIQQgBUEBaiIFIA5HDQALDAILIA0oAiggBCAIbEEBdGogCUEBdGovAQAhBAwBCyAGLwEAIQQLIA0oAjQgBEH//wNxQQN0aiIGLQAAIgRFDQEgBiAEQQN0aiIELQAADQEgAiAEQQhqIgJBBmsvAQAgAkEEay0AAEEBcRshCgwBCwJAIAYgCE0EQCANKAIsIA0oAjAgCCAGa0ECdGooAgBBAXRqIgIvAQAiCEUNAiACQQJqIQJBACEDA0AgAkEEaiEEIAIvAQIiDgR/IAQgDkEBdGoDQCAELwEAIAlGDQQgBEECaiEEIApBAWoiCiAORw0ACwUgBAshAkEAIQogA0EBaiIDIAhHDQALDAILIA0oAiggBCAIbEEBdGogCUEBdGovAQAhCgwBCyACLwEAIQoLIAwNAQsgByAHKAIAQQFqNgIAIAcoAgAaCyAAKAKECSIEKAIAIBZqIg4oAgAhCAJ/IAQoAigiAgRAIAQgAkEBayICNgIoIAQoAiQgAkECdGooAgAMAQtBpAEjCCgCABEAAAsiAyAKOwEAIANBAmpBAEGSAfwLACADQgA3ApgBIANBATYClAEgA0EANgKgAQJAIAMCfwJAAkAgCARAIANBADsAHSADIBE6ABwgAyAaNwIUIAMgCDYCECADQQE7AZABIANBADoAHyADIAgpAgQ3AgQgAyAIKAIMNgIMIAMgCCgCmAEiAjYCmAEgAyAIKAKgASIGNgKgASADIAgoApwBIgQ2ApwBIAdFDQEgDA0CIAMgBy0ALUECcQR/QeIEBSAHKAIgCyACajYCmAFBACAHKAIMIAcoAhQiAhshCCACIAcoAghqIQIgBygCGCEFIAcoAhAgBygCBGoMAwsgA0IANwIEQQAhBCADQQA2AgwgBw0DCyAOIAQ2AggMAgsgAyACIAdBGnRBH3VB4gRxajYCmAEgGkIgiKciD0H/AXEhCCAPQQh2QQ9xIQIgD0EYdiIFIA9BEHZB/wFxagsgAygCBGo2AgQgAyADKAIIIAJqrSAFIAhqQQAgAygCDCACG2qtQiCGhDcCCAJAIAxFBEBBACEMIAMgBygCJCICBH8gBygCOAVBAAsgBGogBy8BLEEBcWogBy8BKEH+/wNGajYCnAEgAkUNASAHKAI8IQwMAQsgAyAEIAdBAXZBAXFqNgKcAUEAIQwLIAMgBiAMajYCoAELIA4gAzYCACAQQQFqIhAgEkcNAAsLQQEhECAVQQFLBEADQCAXIBBBA3RqKQIAIRogACgChAkiBCgCACAWaiIPKAIAIQYCfyAEKAIoIgIEQCAEIAJBAWsiAjYCKCAEKAIkIAJBAnRqKAIADAELQaQBIwgoAgARAAALIgUgCjsBACAFQQJqQQBBkgH8CwAgGqchAyAFQgA3ApgBIAVBATYClAEgBUEANgKgAQJAIAUCfwJAAkAgBgRAIAVBADYCHCAFIBo3AhQgBSAGNgIQIAVBATsBkAEgBSAGKQIENwIEIAUgBigCDDYCDCAFIAYoApgBIgQ2ApgBIAUgBigCoAEiDjYCoAEgBSAGKAKcASICNgKcASADRQ0BIANBAXEiCA0CIAUgAy0ALUECcQR/QeIEBSADKAIgCyAEajYCmAFBACADKAIMIAMoAhQiBBshEiAEIAMoAghqIQwgAygCGCEGIAMoAhAgAygCBGoMAwsgBUIANwIEQQAhAiAFQQA2AgwgAw0DCyAPIAI2AggMAgsgBSAEIANBGnRBH3VB4gRxajYCmAEgGkIgiKdB/wFxIRIgGkIoiKdBD3EhDCAaQjiIpyIGIBpCMIinQf8BcWoLIAUoAgRqNgIEIAUgBSgCCCAMaq0gBiASakEAIAUoAgwgDBtqrUIghoQ3AggCQCAIRQRAQQAhDCAFIAMoAiQiBAR/IAMoAjgFQQALIAJqIAMvASxBAXFqIAMvAShB/v8DRmo2ApwBIARFDQEgAygCPCEMDAELIAUgAiADQQF2QQFxajYCnAFBACEMCyAFIAwgDmo2AqABCyAPIAU2AgAgEEEBaiIQIBVHDQALCyALIAspAxg3AxAgGSALQRBqEAogFyMJKAIAEQIAAkAgACgCYEUEQCAAKAKMCkUNAQsgACgCoAkhCiMBQasKaiEJAkACQAJAAn8gCy0AGEEBcQRAIAstABkMAQsgCygCGC8BKAtB//8DcSICQf7/A2sOAgACAQsjAUGqCmohCQwBC0EAIQkgCigCCCAKKAIEaiACTQ0AIAooAjggAkECdGooAgAhCQsgCyAJNgIAIBNBgAgjAUGlB2ogCxALGiAAKAJgIgIEQCAAKAJcQQAgEyACEQMACyATIQIgACgCjApFDQADQAJAAkAgAi0AACIJQSJGDQAgCUHcAEYNACAJDQEgACgCjAoiAkUNAyAAKAKECSAAKAKgCSACEB0jAUHrC2ogACgCjAoQFAwDC0HcACAAKAKMChAJIAItAAAhCQsgCcAgACgCjAoQCSACQQFqIQIMAAsACyAUQQFqIhQgCygCKEkNAAtBASARRQ0CGiALQSRqIAAoAoQJIgkgASMCQQxqQQBBABAZIAsoAigNAAsLIBhBAEcLIAtBMGokAAvFAwEHfyMAQRBrIQQCfyACLQAAIgdBAXFFBEAgAigCACIFQcQAQSggBSgCJCIGG2ovAQAhCCAFQSpqIAZFDQEaIAVBxgBqDAELIAItAAEhCCACQQJqCy8BACEGIAAoAqAJIgooAlghAAJAIAooAgBBDk0EQCAAIAFBAnRqIgkvAQAhBSAJLwECIQkgBEEAOwEMIAQgCTsBCiAEIAU7AQggACAGQQJ0aigBACEAIARBADsBBCAEIAA2AgAMAQsgBCAAIAFBBmxqIgUvAQQ7AQwgBCAFKAEAIgU2AgggBCAAIAZBBmxqIgAvAQQ7AQQgBCAAKAEANgIACwJAIAVB//8DcUH//wNGBEBBACEADAELAkAgAygCBEUNACAEKAIAIAQoAghzIAQvAQQgBC8BDHNyDQAgCi8BZCAIRwRAQQEhAAwCCyAHQQFxBH8gB0EGdkEBcQUgAigCAC8BLEEKdkEBcQsNAEEBIQAgAkECaiACKAIAQSpqIAdBAXEbLwEAIAFGDQELAn8gAigCACIAQQFxBEAgAi0ABwwBCyAAKAIQCyECQQAhACAIRSACQQBHckUNACAELwEKDQAgAy0ACCEACyAAQQFxC+QCAQN/AkAgACgCFCICIAEoAgQiA08EQCACQX9GDQEgACABKAIIIAIgA2tqIgM2AhQgACAAKAIMIgIgASgCICACIAEoAhhrIgRBACACIARPG2ogACgCCCICIAEoAhQiBEsbrUIghiABKAIcIAIgBGsiBEEAIAIgBE8baq2ENwIIIAMgASgCCE8NASAAQn83AgggAEF/NgIUDAELIAIgASgCACIDTQ0AIAAgAzYCFCAAIAEpAgw3AggLAkAgACgCECICIAEoAgQiA08EQCAAIAEoAgggAiADa2oiAzYCECAAIAAoAgQiAiABKAIgIAIgASgCGGsiBEEAIAIgBE8baiAAKAIAIgIgASgCFCIESxutQiCGIAEoAhwgAiAEayIEQQAgAiAETxtqrYQ3AgAgAyABKAIITw0BIABCfzcCACAAQX82AhAPCyACIAEoAgAiA00NACAAIAM2AhAgACABKQIMNwIACwuDDQEUfyMAQSBrIg4kACAAKAKECSILKAIEIhAgAUsEQCACQf3/A0shFSACQQF0IRYgECETIAEhDANAIAsoAgAhEgJAIAwgEEsEQCASIAxBBXRqIQ0gECEDA0ACQCASIANBBXRqIgQoAhwNACANKAIcDQAgBCgCACIILwEAIgkgDSgCACIHLwEARw0AIAgoAgQgBygCBEcNACAIKAKYASAHKAKYAUcNACMBQZQMaiEKIA0oAgwhBQJAIAQoAgwiBkUNACAGQQFxDQAgBi0ALEHAAHFFDQAjAUGUDGogBkEwaiAGKAIkGyEKCyMBQZQMaiEGAkAgBUUNACAFQQFxDQAgBS0ALEHAAHFFDQAjAUGUDGogBUEwaiAFKAIkGyEGCyAKKAIYIRQCQCAGKAIYIgVBGU8EQCAFIBRHDQIgCigCACEKIAYoAgAhBgwBCyAFIBRHDQELIAogBiAFEBINACAHLwGQAQR/QQAhAwNAIAsoAjQhCSAEKAIAIA4gByADQQR0aiIIKQIYNwMIIA4gCCkCEDcDACAOIAkQICADQQFqIgMgDSgCACIHLwGQAUkNAAsgBCgCACIILwEABSAJC0UEQCAEIAgoApwBNgIICyALIAwQEQwDCyADQQFqIgMgDEcNAAsLIBIgDEEFdGooAgAvAQAhAyAAQQA2AqwJIAAoAqAJIQcCQCACBEBBACEEQQAhBSAVRQRAAkACQCAHKAIYIgkgA00EQCAHKAIsIAcoAjAgAyAJa0ECdGooAgBBAXRqIgMvAQAiBUUEQEEAIQMMAwsgA0ECaiEJQQAhCANAIAlBBGohAyAJLwECIgoEfyADIApBAXRqQQAhBANAIAMvAQAgAkYNBCADQQJqIQMgBEEBaiIEIApHDQALBSADCyEJQQAhAyAIQQFqIgggBUcNAAsMAgsgBygCKCAHKAIEIANsQQF0aiAWai8BACEDDAELIAkvAQAhAwsgBygCNCADQf//A3FBA3RqIgNBCGohBSADLQAAIQQLIAAgBSAEEEchCiAAKAKsCSEDDAELAkAgBygCGCIJIANNBEAgBygCLCAHKAIwIAMgCWtBAnRqKAIAQQF0aiIDQQJqIQkgAy8BACEIQQAhC0EAIQ1BACEKA0ACfyAJIANBAmoiBEYEQCAIQf//A3FFDQQgA0EGaiIGIAMvAQRBAXRqIQkgCEEBayEIQQAhCyAGIAMvAQYiBSAHKAIMTw0BGiAHKAI0IAQvAQBBA3RqIgNBCGohDSADLQAAIQsgBgwBCyAELwEAIQUgBAshAyAFQf//A3EiBkUNACAAKAKgCSgCDCAGTQ0AIAAgDSALQf//A3EQRyAKciEKDAALAAtBASEJIAcoAiggBygCBCADbEEBdGohCEEAIQ1B//8DIQNBACEKA0AgBygCBCEGA0ACQCAGQQAgA0EBaiAJQQFxGyIDQf//A3EiBE0NAANAIAggBEEBdGovAQANASAGIANBAWoiA0H//wNxIgRLDQALCyAEIAZPDQJBACEJQQAhCyADQf//A3EiBSAHKAIMSQRAIAcoAjQgCCAEQQF0ai8BAEEDdGoiBEEIaiENIAQtAAAhCwsgBUUNACAAKAKgCSgCDCAFTQ0ACyAAIA0gCxBHIApyIQoMAAsAC0EBIQggACgCrAkiA0EBTQ0AA0AgACgCqAkiBSAIQQR0aiIDLwEEIQYgAygCACEHIA4gAy8BDjsBGCAOIAMpAQY3AxACQCAIIgNBAEwNAANAIAAoAqgJIgUgA0EBayIJQQR0aiIELwEEIAZPDQEgBSADQQR0aiIFIAQpAgA3AgAgBSAEKQIINwIIIANBAUsgCSEDDQALIAAoAqgJIQVBACEDCyAFIANBBHRqIgMgBjsBBCADIAc2AgAgAyAOKQMQNwEGIAMgDi8BGDsBDiAIQQFqIgggACgCrAkiA0kNAAsLQQAhBAJAIANFBEBBfyEFDAELA0AgACAMIAAoAqgJIARBBHRqIgMvAQQgAygCACADKAIIIAMvAQxBAUEAEE0hBSAEQQFqIgMhBCADIAAoAqwJSQ0ACwtBASEDAkAgCkEBcUUEQAJAIAVBf0YNACARQQVLDQAgACgChAkgBSAMECYMAwsgAg0BIA8hAwsgEyAMQQFqIAEgDEYbIQwgAyEPDAELIAAoAoQJIAwQEQsgEUEBaiERIAwgACgChAkiCygCBCITSQ0ACwsgDkEgaiQAIA9BAXEL2wcCDH8DfiABIANyBEAgAUEARyEGIANBAEchBwNAIAAgCkEYbGohBQJ/IAtBAXEiDgRAIAUpAgghEiAFKAIUDAELIAZBAXFFBEBCfyESQX8MAQsgBSkCACESIAUoAhALIQUgAiANQRhsaiEGAkAgBQJ/IAxBAXEiDwRAIAYpAgghESAGKAIUDAELIAdBAXFFBEBCfyERQX8MAQsgBikCACERIAYoAhALIgZJBEACQCAOIA9GDQACQCAEKAIEIgZFDQAgCSAEKAIAIAZBGGxqIgdBBGsiCCgCAEsNACAIIAU2AgAgB0EQayASNwIADAELIAUgCU0NACAEKAIAIQggBCAGQQFqIgcgBCgCCCIPSwR/QQggD0EBdCIGIAcgBiAHSxsiBiAGQQhNGyIHQRhsIQYCfyAIBEAgCCAGIwcoAgARAQAMAQsgBiMIKAIAEQAACyEIIAQgBzYCCCAEKAIEIgZBAWoFIAcLNgIEIAQgCDYCACAIIAZBGGxqIgYgBTYCFCAGIAk2AhAgBiASNwIIIAYgEzcCAAsgC0EBcyELIAogDmohCgwBCyALIAxzIQcCQCAFIAZLBEACQCAHQQFxRQ0AAkAgBCgCBCIFRQ0AIAkgBCgCACAFQRhsaiIHQQRrIggoAgBLDQAgCCAGNgIAIAdBEGsgETcCAAwBCyAGIAlNDQAgBCgCACEIIAQgBUEBaiIHIAQoAggiDksEf0EIIA5BAXQiBSAHIAUgB0sbIgUgBUEITRsiB0EYbCEFAn8gCARAIAggBSMHKAIAEQEADAELIAUjCCgCABEAAAshCCAEIAc2AgggBCgCBCIFQQFqBSAHCzYCBCAEIAg2AgAgCCAFQRhsaiIFIAY2AhQgBSAJNgIQIAUgETcCCCAFIBM3AgALIAxBAXMhDAwBCwJAIAdBAXFFDQACQCAEKAIEIgVFDQAgCSAEKAIAIAVBGGxqIgdBBGsiCCgCAEsNACAIIAY2AgAgB0EQayARNwIADAELIAYgCU0NACAEKAIAIQcgBCAFQQFqIgggBCgCCCIQSwR/QQggEEEBdCIFIAggBSAISxsiBSAFQQhNGyIIQRhsIQUCfyAHBEAgByAFIwcoAgARAQAMAQsgBSMIKAIAEQAACyEHIAQgCDYCCCAEKAIEIgVBAWoFIAgLNgIEIAQgBzYCACAHIAVBGGxqIgUgBjYCFCAFIAk2AhAgBSARNwIIIAUgEzcCAAsgDEEBcyEMIAtBAXMhCyAKIA5qIQoLIA0gD2ohDSAGIQUgESESCyADIA1LIQcgEiETIAUhCSABIApLIgYNACAHDQALCwvkBwEPfwJAIAIgBE0EQCACIARHDQEgAyAFTQ0BCyAAQgA3AgAgAEIANwIQIABCADcCCA8LIAFBCGooAgAhCiABQRBqKAIAIQcgASgCFCEUIAEoAgQhCCABKAIAIQ4gACABKQIQNwIQIAAgASkCCDcCCCAAIAEpAgA3AgACQCAHKAIAIgFBAXENAANAIAEoAiRFDQEgAS8BQiIPBH8gFCgCCCIHKAJUIAcvASQgD2xBAXRqBUEACyETIAEoAiQiFUUNAQJ/IAEgFUEDdGsiECgCACIBQQFxIgdFBEAgAS8BLEECdkEBcQwBCyABQQN2QQFxCyILRSERQQAhDAJAIAsNACATRQ0AIBMvAQAhDEEBIRELAn8gB0UEQEEAIAogASgCFCIHGyELIAEoAhghCSABKAIQIQ0gByAIagwBCyAQLQAHIg0hCSAKIQsgCAshByAJIAtqIQkCQAJAIAQgB0sNACAEIAdGIAUgCUtxDQAgByAIRiAJIApGcUUEQCACIAdHDQIgAyAJTw0BDAILIAIgCEcNASADIApNDQELQQEhCyAVQQFGDQIgDSAOaiEOA0BBACEMAn8gECALQQN0aiIPKAIAIgFBAXEiDQRAIAFBA3ZBAXEMAQsgAS8BLEECdkEBcQtFBEAgEwR/IBMgEUEBdGovAQAFQQALIQwgEUEBaiERCwJ/IAtFBEAgCSEKIAcMAQsCfyANBEAgDy0ABUEPcSEIIA8tAAYhEiAPLQAEDAELIAEoAgghCCABKAIEIRIgASgCDAtBACAJIAgbaiEKIA4gEmohDiAHIAhqCyEIAn8gDQRAIA8tAAciEiEJIAohDSAIDAELQQAgCiABKAIUIgcbIQ0gASgCGCEJIAEoAhAhEiAHIAhqCyEHIAkgDWohCQJAIAQgB0sNACAEIAdGIAUgCUtxDQACQAJAIAcgCEcNACAJIApHDQAgAiAIRw0BIAMgCk0NAQwCCyACIAdHDQAgAyAJTw0BCyAPIRAMAgsgDiASaiEOIAtBAWoiCyAVRw0ACwwCCyACIAhJDQEgAiAIRiADIApJcQ0BAkACQCAGBEAgAUEBcQR/IAFBAXZBAXEFIAEvASxBAXELIAxyDQEMAgsCQCAMQf7/A2sOAgIBAAsCQCAMRQRAIAFBAXFFDQEgAUECcUUNAyABQQJ2QQFxDQIMAwsgFCgCCCgCSCAMQQNsai0AAUEBcUUNAgwBCyABLwEsIgFBAXFFDQEgAUEBdkEBcUUNAQsgACAUNgIUIAAgEDYCECAAIAw2AgwgACAKNgIIIAAgCDYCBCAAIA42AgALIBAoAgAiAUEBcUUNAAsLC+YGARB/IAIgA0sEQCAAQgA3AgAgAEIANwIQIABCADcCCA8LIAFBCGooAgAhCCABQRBqKAIAIQUgASgCFCETIAEoAgQhCyABKAIAIQkgACABKQIQNwIQIAAgASkCCDcCCCAAIAEpAgA3AgACQCAFKAIAIgFBAXENAANAIAEoAiRFDQEgAS8BQiIMBH8gEygCCCIFKAJUIAUvASQgDGxBAXRqBUEACyESIAEoAiQiFEUNAQJ/IAEgFEEDdGsiDCgCACIBQQFxIgVFBEAgAS8BLEECdkEBcQwBCyABQQN2QQFxCyIHRSEOQQAhCgJAIAcNACASRQ0AIBIvAQAhCkEBIQ4LAn8gBUUEQEEAIAggASgCFCIFGyENIAEoAhghBiABKAIQIQcgBSALagwBCyAMLQAHIgchBiAIIQ0gCwshBQJAAkAgByAJaiIPIANJDQAgB0UEQCAMIQYMAgsgAiAPTw0AIAwhBgwBC0EBIQcgFEEBRg0CIAYgDWohCANAQQAhCgJ/IAwgB0EDdGoiBigCACIBQQFxIhAEQCABQQN2QQFxDAELIAEvASxBAnZBAXELRQRAIBIEfyASIA5BAXRqLwEABUEACyEKIA5BAWohDgsCfyAHRQRAIAUhCyAPDAELAn8gEARAIAYtAAVBD3EhCSAGLQAGIREgBi0ABAwBCyABKAIIIQkgASgCBCERIAEoAgwLQQAgCCAJG2ohCCAFIAlqIQsgDyARagshCQJ/IBAEQCAGLQAHIg0hESAIIRAgCwwBC0EAIAggASgCFCIFGyEQIAEoAhghESABKAIQIQ0gBSALagshBSADIAkgDWoiD00EQCANRQ0CIAIgD0kNAgsgECARaiEIIAdBAWoiByAURw0ACwwCCyACIAlJDQECQAJAIAQEQCABQQFxBH8gAUEBdkEBcQUgAS8BLEEBcQsgCnINAQwCCwJAIApB/v8Daw4CAgEACwJAIApFBEAgAUEBcUUNASABQQJxRQ0DIAFBAnZBAXENAgwDCyATKAIIKAJIIApBA2xqLQABQQFxRQ0CDAELIAEvASwiAUEBcUUNASABQQF2QQFxRQ0BCyAAIBM2AhQgACAGNgIQIAAgCjYCDCAAIAg2AgggACALNgIEIAAgCTYCAAsgBigCACIBQQFxRQ0ACwsLzAYCFX8BfiABKAIEIQogASgCCCEGIAEoAhQhECABKAIAIQQgASgCECgCACEBAkADQCAZQiCIpyESIBmnIRMDQEEAIQtBACEHQQAhCEEAIQxBACEJAn9BACABQQFxDQAaIAEoAiRFBEBBAAwBCyABLwFCIgUEQCAQKAIIIgcoAlQgBy8BJCAFbEEBdGohDAsgCiEHIAYhCCABIQkgBAshBUEAIQ0DQAJAIAlFDQAgCyAJQSRqKAIAIgFGDQADQEEAIQ4CfyALQQN0QQAgCSABQQN0ayAJQQFxG2oiASgCACIEQQFxIgYEQCAEQQN2QQFxDAELIAQvASxBAnZBAXELRQRAIAwEfyAMIA1BAXRqLwEABUEACyEOIA1BAWohDQsCfyALRQRAIAUhBCAIIQYgBwwBCwJ/IAYEQCABLQAFQQ9xIQogAS0ABCEGIAEtAAYMAQsgBCgCDCEGIAQoAgghCiAEKAIEC0EAIAggChsgBmohBiAFaiEEIAcgCmoLIQogACAQNgIUIAAgATYCECAAIA42AgwgACAGNgIIIAAgCjYCBCAAIAQ2AgACfyABKAIAIgVBAXEEQCABLQAHIgUhCCAGIQ8gCgwBC0EAIAYgBSgCFCIHGyEPIAUoAhghCCAFKAIQIQUgByAKagshByALQQFqIQsgCCAPaiEIIAQgBWohBQJAAn8gASkCACIZpyIBQQFxBEAgGUI4iKcMAQsgASgCEAsgBGogAk0NAAJAIAMEQCAZp0EBcQR/IAFBAXZBAXEFIAEvASxBAXELIA5yRQ0BDAgLAkAgDkH+/wNrDgIBCAALIA5FBEAgGadBAXEEQCABQQJxRQ0CIAFBAnZBAXFFDQIMCQsgAS8BLCIPQQFxRQ0BIA9BAXZBAXFFDQEMCAsgECgCCCgCSCAOQQNsai0AAUEBcQ0HCyAZp0EBcQ0AIAEoAiRFDQAgASgCMEUNACALIAkoAiRGDQQgB60gCK1CIIaEIRlBASERIAkhFCAFIRUgCyEWIA0hFyAMIRgMBQsgCyAJKAIkIgFHDQALCyARQQAhESAVIQUgEyEHIBIhCCAWIQsgFyENIBghDCAUIQkNAAsLCyAAQgA3AgAgAEIANwIQIABCADcCCAsL6hACKX8CfiMAQcABayIDJAAgAyABKAIQIicpAgAiLDcDiAEgLEI4iCEtICynIgRBAXEEfyAtpyAsQjCIp0H/AXFqBSAEKAIQIAQoAgRqCyEoIARBAXEEfyAtpwUgBCgCEAshESABKAIQIQUCfyABKAIUIggoAgAiCUEBcQRAIAgtAAVBD3EhBiAILQAGIQogCC0ABAwBCyAJKAIIIQYgCSgCBCEKIAkoAgwLIQQgASgCACEJIAMgCDYCvAEgAyAINgK4ASADQQA2ArQBIAMgBDYCsAEgAyAGNgKsASADIAo2AqgBAkACQAJAIAUgCEYNACADIAMpArABNwNwIAMgAykCuAE3A3ggAyADKQKoATcDaCADIAEpAgg3A1ggAyABKQIQNwNgIAMgASkCADcDUCADQZABaiADQegAaiADQdAAahAYAn8CQCADKAKgASIMIAVGDQAgDEUNAANAAkAgAyADKQKgASIsNwO4ASADIAMpApgBIi03A7ABIANBQGsgLTcDACADICw3A0ggAyADKQKQASIsNwOoASADICw3AzggAyABKQIINwMoIAMgASkCEDcDMCADIAEpAgA3AyAgA0GQAWogA0E4aiADQSBqEBggAygCoAEiBCAFRg0AIAQNAQsLIAMoArgBIghFDQIgAygCsAEhBCADKAKsASEGIAMoAqgBIQogAygCvAEMAQsgCAshDCAJIBFqIRtBMEE0IAIbISlBACERA0ACQAJAIAgoAgAiAUEBcQ0AIAEoAiRFDQBBACEHQQAhEiABLwFCIgUEQCAMKAIIIgkoAlQgCS8BJCAFbEEBdGohEgsCQAJAIAEoAiQiI0UNAAJ/IAEgI0EDdGsiCCgCACIBQQFxIgVFBEAgAS8BLEECdkEBcQwBCyABQQN2QQFxCyIHRSETQQAhCwJAIAcNACASRQ0AIBIvAQAhC0EBIRMLAn8gBUUEQEEAIAQgASgCFCIFGyEOIAUgBmohJCABKAIQIQcgASgCGAwBCyAGISQgBCEOIAgtAAciBwshDyAIICdGBEBBACEHDAELAkACQCAHIApqIiAgG0sNACAbICBGBEAgKA0BIAMgCCkCACIsNwMYIAMgLDcDgAEgAyADKQOIATcDECADQRhqIANBEGoQPA0BIAgoAgAhAQsCQAJAAkAgAkUEQEEBIQcgCCEFIAwhCQJAIAtB/v8Daw4CAgQACyALRQRAAn8gAUEBcUUEQCABLwEsIgFBAXFFDQQgAUEBdkEBcQwBCyABQQJxRQ0DIAFBAnZBAXELRQ0CDAMLIAwoAggoAkggC0EDbGotAAFBAXENAgwBC0EBIQcCfyABQQFxRQRAIAEvASxBAXEMAQsgAUEBdkEBcQsgC3INAQsCQCAIKAIAIgFBAXENACABKAIkRQ0AQQAhByABIClqKAIADQFBACEKQQAhBkEAIQRBACELQQAhBUEAIQkMAgtBACEKQQAhBkEAIQRBACELQQAhBUEAIQlBACEHDAELIAghBSAMIQkLQQEhJSAjQQFGDQMgDiAPaiEQA0AgByEUIAkhFSAFIQ4gCyEWIAQhFyAGIRggCiEZQQAhDwJ/IAggJUEDdGoiDSgCACIBQQFxIgYEQCABQQN2QQFxDAELIAEvASxBAnZBAXELRQRAIBIEfyASIBNBAXRqLwEABUEACyEPIBNBAWohEwsCfyAGBEAgDS0ABCEKIA0tAAYhByANLQAFQQ9xDAELIAEoAgwhCiABKAIEIQcgASgCCAshBEEAIBAgBBsgCmohECAEICRqIRoCfyAGBEAgDS0AByIGISogECErIBoMAQtBACAQIAEoAhQiBBshKyABKAIYISogASgCECEGIAQgGmoLISQgDSAnRgRAIBQhByAVIQkgDiEFIBYhCyAXIQQgGCEGIBkhCgwFCwJAIAYgByAgaiImaiIgIBtLDQAgGyAgRgRAICgNASADIA0pAgAiLDcDCCADICw3A4ABIAMgAykDiAE3AwAgA0EIaiADEDwNASANKAIAIQELAkACQAJAAkAgAgRAQQEhByABQQFxBH8gAUEBdkEBcQUgAS8BLEEBcQsgD3JFDQEMAgtBASEHICYhCiAaIQYgECEEIA8hCyANIQUgDCEJAkAgD0H+/wNrDgIBBAALAkAgD0UEQCABQQFxRQ0BIAFBAnFFDQIgAUECdkEBcUUNAgwDCyAMKAIIKAJIIA9BA2xqLQABQQFxRQ0BDAILIAEvASwiAUEBcUUNACABQQF2QQFxDQELIA0oAgAiAUEBcQ0BIAEoAiRFDQEgGSEKIBghBiAXIQQgFiELIA4hBSAVIQkgFCEHIAEgKWooAgBFDQJBACEHCyAmIQogGiEGIBAhBCAPIQsgDSEFIAwhCQwBCyAZIQogGCEGIBchBCAWIQsgDiEFIBUhCSAUIQcLICogK2ohECAlQQFqIiUgI0cNAQwFCwsgJiEKIBAhBCAaIQYgDSEIDAELQQAhGUEAIRhBACEXQQAhFkEAIQ5BACEVQQAhFAsgDkUNAyAZIR8gGCEeIBchHSAWISIgDiEcIBUhESAUISEMAwtBACEJQQAhBUEAIQtBACEEQQAhBkEAIQoLIAdBAXEEQCAAIAk2AhQgACAFNgIQIAAgCzYCDCAAIAQ2AgggACAGNgIEIAAgCjYCAAwGCyAFRQ0AIAkhDCAFIQgMAQsgIUEBcQ0DQQAhIiARIQwgHCEIIB0hBCAeIQYgHyEKQQAhH0EAIR5BACEdQQAhHEEAIRFBACEhCyAIDQALCyAAQgA3AgAgAEIANwIQIABCADcCCAwBCyAAIBE2AhQgACAcNgIQIAAgIjYCDCAAIB02AgggACAeNgIEIAAgHzYCAAsgA0HAAWokAAvYCgIifwJ+IwBBkAFrIgMkAAJ/IAEoAhApAgAiJaciHkEBcQRAICVCOIinDAELIB4oAhALIR8gASgCECEGAn8gASgCFCIEKAIAIgVBAXEEQCAELQAEIQsgBC0ABiEMIAQtAAVBD3EMAQsgBSgCDCELIAUoAgQhDCAFKAIICyEPIAEoAgAhFyADIAQ2AowBIAMgBDYCiAEgA0EANgKEASADIAs2AoABIAMgDzYCfCADIAw2AngCQAJAAkAgBCAGRg0AIAMgAykCgAE3A1AgAyADKQKIATcDWCADIAMpAng3A0ggAyABKQIINwM4IANBQGsgASkCEDcDACADIAEpAgA3AzAgA0HgAGogA0HIAGogA0EwahAYAn8CQCADKAJwIgUgBkYNACAFRQ0AA0ACQCADIAMpAnAiJTcDiAEgAyADKQJoIiY3A4ABIAMgJjcDICADICU3AyggAyADKQJgIiU3A3ggAyAlNwMYIAMgASkCCDcDCCADIAEpAhA3AxAgAyABKQIANwMAIANB4ABqIANBGGogAxAYIAMoAnAiBSAGRg0AIAUNAQsLIAMoAogBIgRFDQIgAygCgAEhCyADKAJ8IQ8gAygCeCEMIAMoAowBDAELIAQLIRMgFyAfaiEhQTBBNCACGyEiA0AgEyESQQAhDUEAIRBBACEOQQAhFAJAAn8CQAJAAkACf0EAIAQoAgAiBkEBcQ0AGiAGKAIkRQRAQQAMAQsgBi8BQiIBBEAgEigCCCIFKAJUIAUvASQgAWxBAXRqIRQLIAwhDSAPIRAgCyEOIAYLIgEEQEEAIRVBACABIAEoAiQiI0EDdGsgAUEBcRshJEEAIQFBACETQQAhBEEAIQtBACEPQQAhDAJAA0AgASAjRg0BQQAhEQJ/ICQgAUEDdGoiCigCACIHQQFxIhYEQCAHQQN2QQFxDAELIAcvASxBAnZBAXELRQRAIBQEfyAUIBVBAXRqLwEABUEACyERIBVBAWohFQsCfyABRQRAIA4hBiAQIQUgDQwBCwJ/IBYEQCAKLQAFQQ9xIQggCi0ABiEJIAotAAQMAQsgBygCCCEIIAcoAgQhCSAHKAIMC0EAIA4gCBtqIQYgCCAQaiEFIAkgDWoLIQgCfyAWBEAgCi0AByINIQ4gBiEJIAUMAQtBACAGIAcoAhQiEBshCSAHKAIYIQ4gBygCECENIAUgEGoLIRAgAUEBaiEBIAkgDmohDiAIIA1qIg0gIU0NACAIIBdNIAggF0kgHxtBAUYEQCAHIB5GDQEgEiETIAohBCAGIQsgBSEPIAghDAwBCwJAIAIEQCAWBH8gB0EBdkEBcQUgBy8BLEEBcQsgEXJFDQEMBwsCQCARQf7/A2sOAgEHAAsgEUUEQCAWBEAgB0ECcUUNAiAHQQJ2QQFxDQgMAgsgBy8BLCIJQQFxRQ0BIAlBAXZBAXENBwwBCyASKAIIKAJIIBFBA2xqLQABQQFxDQYLIAooAgAiCUEBcQ0AIAkoAiRFDQAgCSAiaigCAEUNAAsgBA0CIAohBCASIRMgBiELIAUhDyAIIQwMBgsgBA0FCyAYDQFBACEYIBohBCAZIRMgGyELIBwhDyAdIQwMBAtBAAwCCyAAIBk2AhQgACAaNgIQIAAgIDYCDCAAIBs2AgggACAcNgIEIAAgHTYCAAwGCyAERQ0EQQELIRggCCEdIAUhHCAGIRsgESEgIAohGiASIRkLIAQNAAsLIABCADcCACAAQgA3AhAgAEIANwIIDAELIAAgEjYCFCAAIAo2AhAgACARNgIMIAAgBjYCCCAAIAU2AgQgACAINgIACyADQZABaiQACy4BAX8jAEEQayIBIAAoAhAoAgAiADYCDCABQQxqQQJyIABBKmogAEEBcRsvAQALlBEBDH8jAEGwAWsiCiQAQcACIwgoAgARAAAiC0IANwARIAtBAToAECALIwFBoQpqNgIMIAtBADoACyALIAU6AAogCyAEOwEIIAsgADcCACALQgA3ABkgC0IANwAgIAEhBEEBIQxBCCEPA0ACQCALIAxBKGwiEWoiBkEoaygCACIHRQRAAkAgBkEYay0AAA0AIAQgASACQQFLIgUbIAIjAUHpC2pBABALIARqIQQgBkEcaygCACIHRQ0AIAogBzYCACAEIAEgBRsgAiMBQeYLaiAKEAsgBGohBAsgBCABIAJBAUsbIAIjAUH9CmpBABALIARqIQQgDEEBayEMDAELAkACQCAGQRdrIg4tAABBAUYEQCAHQQFxDQIMAQsCQAJAAkACQAJAAkACQCAHQQFxIgkEfyAHQQV2QQFxBSAHLwEsQQl2QQFxCw0AIAZBIGsvAQAiCARAIAZBHmstAAANASAGQRhrLQAADQMMBAsCfyAJBEAgB0ECcUUNAyAHQQJ2QQFxDAELIAcvASwiBUEBcUUNAiAFQQF2QQFxC0UNAQsCQCAGQRhrLQAADQAgBCABIAJBAUsiBRsgAiMBQekLakEAEAsgBGohBCAGQRxrKAIAIghFDQAgCiAINgJgIAQgASAFGyACIwFB5gtqIApB4ABqEAsgBGohBAsCQCAHQQFxIgVFBEACQCAHLwEoIghB//8DRw0AIAcoAiQNACAHKAIQRQ0AIAQgASACQQFLIgUbIAIjAUHZC2pBABALIARqIgggASAFGyEEAn8CQAJAAkACQAJAAkAgBygCMCIFQQFqDg8AAQUFBQUFBQUFAwIFBQQFCyAEIAIjAUHBCmpBABALDAULIAQgAiMBQcULakEAEAsMBAsgBCACIwFBlQtqQQAQCwwDCyAEIAIjAUGLC2pBABALDAILIAQgAiMBQZALakEAEAsMAQsgBUEga0HeAE0EQCAKIAU2AkAgBCACIwFBwAtqIApBQGsQCwwBCyAKIAU2AlAgBCACIwFB7AlqIApB0ABqEAsLIAhqIQRBASEIDAgLIAZBIGsvAQAiCSAIIAkbIQkMAQsgBkEgay8BACIJDQAgB0GA/gNxQQh2IQkLIwFBqwpqIQgCQAJAAkAgCUH+/wNrDgIAAgELIwFBqgpqIQgMAQtBACEIIAMoAgggAygCBGogCU0NACADKAI4IAlBAnRqKAIAIQgLIAQgASACQQFLGyEJIAUEfyAHQQV2QQFxBSAHLwEsQQl2QQFxCwRAIAkgAiMBQc8LakEAEAsgBGohBCAGQR5rLQAARQRAIAUEfyAHQQJ2QQFxBSAHLwEsQQF2QQFxC0UNBQsgCiAINgIgQQEhCCAEIAEgAkEBSxsgAiMBQd8HaiAKQSBqEAsgBGohBCAHQQFxRQ0GDAULIAogCDYCECAJIAIjAUHeB2ogCkEQahALIARqIQRBASEIIAdBAXFFDQUMBAsgBkEYay0AAEUNASAJBEAgB0GA/gNxQQh2IQgMAQsgBy8BKCEICyMBQasKaiEFAkACQAJAIAhB//8DcSIIQf7/A2sOAgACAQsjAUGqCmohBQwBC0EAIQUgAygCCCADKAIEaiAITQ0AIAMoAjggCEECdGooAgAhBQsCfwJAIAlFBEAgBygCJEUNASAKIAU2ApABIAQgASACQQFLGyACIwFB3gdqIApBkAFqEAsgBGohBEEAIQgMBgsgB0ECdkEBcQwBCyAHLwEsQQF2QQFxCyAEIAEgAkEBSxshCARAIAogBTYCgAEgCCACIwFB8QpqIApBgAFqEAsgBGohBAwBCyAKIAU2AnAgCCACIwFBhAtqIApB8ABqEAsgBGohBAtBACEIIAkNAQwCCyAKIAg2AjBBASEIIAQgASACQQFLGyACIwFBygtqIApBMGoQCyAEaiEEIAdBAXFFDQELIAZBFmsgCDoAACAOQQE6AAAMAgsCQCAHKAIkRQ0AIAZBDGsgBy8BQiIFBH8gAygCVCADLwEkIAVsQQF0agVBAAs2AgAgBkEEayEFIAZBCGshCSADKAIgRQRAIAlBADYCACAFQQA2AgAMAQsgAygCQCAHLwFCQQJ0aiINLwECIRAgCSANLwEAQQJ0IgkgAygCRGo2AgAgBSADKAJEIAlqIBBBAnRqNgIACyAGQRZrIAg6AAAgDkEBOgAACyAGQRRrIggoAgAiBSAHKAIkIglPDQAgByAJQQN0ayAFQQN0aiIFKQIAIQAgBSgCACEFIApCADcDqAEgCkIANwOgASAKQgA3A5gBAn8gBUEBcQR/IAVBA3ZBAXEFIAUvASxBAnZBAXELBEBBACEJQQAhBUEADAELQQAhCQJ/IAZBDGsoAgAiBUUEQEEAIQVBAAwBCyAFIAZBEGsoAgBBAXRqLwEAIgVBAmpB//8DcUEDTwRAIAMoAkggBUEDbGotAAFBAEcMAQsgBQsgBkEWay0AAEUEQCAGQRxrKAIAIQkLAkAgBkEIaygCACIHIAZBBGsoAgAiDU8NACAGQRBrIRADQAJAIActAAMNACAQKAIAIActAAJHDQAgAygCPCAHLwEAQQJ0aigCACEJDAILIAdBBGoiByANSQ0ACwsgBkEQayIGIAYoAgBBAWo2AgBBAXELIQcgCCAIKAIAQQFqNgIAIA8gDEEBaiIMSQRAIAtBCCAPQQF0IgYgDCAGIAxLGyIGIAZBCE0bIg9BKGwjBygCABEBACELCyALIBFqIgYgCTYCDCAGQQA6AAsgBiAHOgAKIAYgBTsBCCAGIAA3AgAgBiAKKQOYATcCECAGIAopA6ABNwIYIAYgCikDqAE3AiAMAQsgBkEWay0AAEEBRgRAIAQgASACQQFLGyACIwFBiQtqQQAQCyAEaiEECyAMQQFrIQwLIAwNAAsgCyMJKAIAEQIAIApBsAFqJAAgBCABawsyAgF/AX4gACgCACEBIAAoAhApAgAiAqciAEEBcQRAIAJCOIinIAFqDwsgACgCECABagvaAwIFfwF+IwBBEGsiBSQAAkAgACgCdCICRQRAIAAoAiAhAwwBCwJAIAAoAgAiA0EKRgRAIABBAToAgAEgAEEANgIoIABBADYCfCAAIAAoAiRBAWo2AiQgACgCICEEDAELAkAgACgCICIERSADQf/9A0ZxDQAgAC0AgAFBAUcNACAAIAAoAnxBAWo2AnwLIAAgACgCKCACajYCKAsgACACIARqIgM2AiALIAAoAkQgACgCaCIEQRhsaiECA0ACQAJAIAIoAhQiBiADSwRAIAYgAigCEEcNAQsgACgCZCIGIARLBEAgACAEQQFqIgQ2AmgLIAQgBkkNAUEAIQILIAEEQCAAIAApAiA3AiwgACAAKAIoNgI0CwJAIAIEQAJAIAAoAmwiASADTQRAIAMgACgCcCABakkNAQsgACADNgJsIAAoAlAhASAAKAJMIQQgBSAAKQIkNwMIIAAgBCADIAVBCGogAEHwAGogAREGADYCSCAAKAJwDQAgAEEANgJIIAAgACgCZDYCaAsgABApDAELIABBADYCSCAAQgA3AmwgAEEBNgJ0IABBADYCAAsgBUEQaiQADwsgAikCGCEHIAAgAigCKCIDNgIgIAAgBzcCJCACQRhqIQIMAAsAC84LAQd/IAAgAWohBQJAAkAgACgCBCIDQQFxDQAgA0ECcUUNASAAKAIAIgMgAWohAQJAAkACQCAAIANrIgAjAUHE9gBqIgYoAhRHBEAgACgCDCECIANB/wFNBEAgAiAAKAIIIgRHDQIgBiICIAIoAgBBfiADQQN2d3E2AgAMBQsgACgCGCEHIAAgAkcEQCAAKAIIIgMgAjYCDCACIAM2AggMBAsgACgCFCIEBH8gAEEUagUgACgCECIERQ0DIABBEGoLIQMDQCADIQYgBCICQRRqIQMgAigCFCIEDQAgAkEQaiEDIAIoAhAiBA0ACyAGQQA2AgAMAwsgBSgCBCIDQQNxQQNHDQMjAUHE9gBqIAE2AgggBSADQX5xNgIEIAAgAUEBcjYCBCAFIAE2AgAPCyAEIAI2AgwgAiAENgIIDAILQQAhAgsgB0UNAAJAIwFBxPYAaiIGIAAoAhwiA0ECdGoiBCgCsAIgAEYEQCAEIAI2ArACIAINASAGIgIgAigCBEF+IAN3cTYCBAwCCwJAIAAgBygCEEYEQCAHIAI2AhAMAQsgByACNgIUCyACRQ0BCyACIAc2AhggACgCECIDBEAgAiADNgIQIAMgAjYCGAsgACgCFCIDRQ0AIAIgAzYCFCADIAI2AhgLAkACQAJAAkAgBSgCBCIDQQJxRQRAIwFBxPYAaiICKAIYIAVGBEAgAiIDIAA2AhggAyADKAIMIAFqIgE2AgwgACABQQFyNgIEIAAgAygCFEcNBiADIgBBADYCCCAAQQA2AhQPCyMBQcT2AGoiAigCFCIIIAVGBEAgAiIDIAA2AhQgAyADKAIIIAFqIgE2AgggACABQQFyNgIEIAAgAWogATYCAA8LIANBeHEgAWohASAFKAIMIQIgA0H/AU0EQCAFKAIIIgQgAkYEQCMBQcT2AGoiAiACKAIAQX4gA0EDdndxNgIADAULIAQgAjYCDCACIAQ2AggMBAsgBSgCGCEHIAIgBUcEQCAFKAIIIgMgAjYCDCACIAM2AggMAwsgBSgCFCIEBH8gBUEUagUgBSgCECIERQ0CIAVBEGoLIQMDQCADIQYgBCICQRRqIQMgAigCFCIEDQAgAkEQaiEDIAIoAhAiBA0ACyAGQQA2AgAMAgsgBSADQX5xNgIEIAAgAUEBcjYCBCAAIAFqIAE2AgAMAwtBACECCyAHRQ0AAkAjAUHE9gBqIgYgBSgCHCIDQQJ0aiIEKAKwAiAFRgRAIAQgAjYCsAIgAg0BIAYiAiACKAIEQX4gA3dxNgIEDAILAkAgBSAHKAIQRgRAIAcgAjYCEAwBCyAHIAI2AhQLIAJFDQELIAIgBzYCGCAFKAIQIgMEQCACIAM2AhAgAyACNgIYCyAFKAIUIgNFDQAgAiADNgIUIAMgAjYCGAsgACABQQFyNgIEIAAgAWogATYCACAAIAhHDQAjAUHE9gBqIAE2AggPCyABQf8BTQRAIwFBxPYAaiIEIgIgAUH4AXFqQShqIQMCfyACKAIAIgJBASABQQN2dCIBcUUEQCAEIAEgAnI2AgAgAwwBCyADKAIICyEBIAMgADYCCCABIAA2AgwgACADNgIMIAAgATYCCA8LQR8hAiABQf///wdNBEAgAUEmIAFBCHZnIgNrdkEBcSADQQF0a0E+aiECCyAAIAI2AhwgAEIANwIQIwFBxPYAaiIHIgQgAkECdGoiA0GwAmohBgJAAkAgBCgCBCIEQQEgAnQiBXFFBEAgByAEIAVyNgIEIAMgADYCsAIgACAGNgIYDAELIAFBGSACQQF2a0EAIAJBH0cbdCECIAMoArACIQMDQCADIgQoAgRBeHEgAUYNAiACQR12IQMgAkEBdCECIAQgA0EEcWoiBigCECIDDQALIAYgADYCECAAIAQ2AhgLIAAgADYCDCAAIAA2AggPCyAEKAIIIgEgADYCDCAEIAA2AgggAEEANgIYIAAgBDYCDCAAIAE2AggLC6oIAQt/IABFBEAgARAiDwsgAUFATwRAIwFB+PQAakEwNgIAQQAPCwJ/QRAgAUELakF4cSABQQtJGyEFIABBCGsiBCgCBCIJQXhxIQgCQCAJQQNxRQRAIAVBgAJJDQEgBUEEaiAITQRAIAQhAiAIIAVrIwFBnPoAaigCCEEBdE0NAgtBAAwCCyAEIAhqIQYCQCAFIAhNBEAgCCAFayIHQRBJDQEgBCAFIAlBAXFyQQJyNgIEIAQgBWoiAiAHQQNyNgIEIAYgBigCBEEBcjYCBCACIAcQXQwBCyAGKAIEIQcjAUHE9gBqIgMiAigCGCAGRgRAQQAgBSACKAIMIAhqIgJPDQMaIAQgBSAJQQFxckECcjYCBCAEIAVqIgggAiAFayIHQQFyNgIEIAMiAiAHNgIMIAIgCDYCGAwBCyMBQcT2AGoiAigCFCAGRgRAQQAgBSACKAIIIAhqIgJLDQMaAkAgAiAFayIDQRBPBEAgBCAFIAlBAXFyQQJyNgIEIAQgBWoiByADQQFyNgIEIAIgBGoiAiADNgIAIAIgAigCBEF+cTYCBAwBCyAEIAlBAXEgAnJBAnI2AgQgAiAEaiICIAIoAgRBAXI2AgRBACEDQQAhBwsjAUHE9gBqIgIgBzYCFCACIAM2AggMAQtBACECIAdBAnENASAHQXhxIAhqIgsgBUkNASALIAVrIQwgBigCDCEDAkAgB0H/AU0EQCAGKAIIIgIgA0YEQCMBQcT2AGoiAiACKAIAQX4gB0EDdndxNgIADAILIAIgAzYCDCADIAI2AggMAQsgBigCGCEKAkAgAyAGRwRAIAYoAggiAiADNgIMIAMgAjYCCAwBCwJAIAYoAhQiAgR/IAZBFGoFIAYoAhAiAkUNASAGQRBqCyEIA0AgCCEHIAIiA0EUaiEIIAIoAhQiAg0AIANBEGohCCADKAIQIgINAAsgB0EANgIADAELQQAhAwsgCkUNAAJAIwFBxPYAaiIIIAYoAhwiB0ECdGoiAigCsAIgBkYEQCACIAM2ArACIAMNASAIIAgoAgRBfiAHd3E2AgQMAgsCQCAGIAooAhBGBEAgCiADNgIQDAELIAogAzYCFAsgA0UNAQsgAyAKNgIYIAYoAhAiAgRAIAMgAjYCECACIAM2AhgLIAYoAhQiAkUNACADIAI2AhQgAiADNgIYCyAMQQ9NBEAgBCAJQQFxIAtyQQJyNgIEIAQgC2oiAiACKAIEQQFyNgIEDAELIAQgBSAJQQFxckECcjYCBCAEIAVqIgcgDEEDcjYCBCAEIAtqIgIgAigCBEEBcjYCBCAHIAwQXQsgBCECCyACCyICBEAgAkEIag8LIAEQIiIERQRAQQAPCyAEIABBfEF4IABBBGsoAgAiAkEDcRsgAkF4cWoiAiABIAEgAksbECQaIAAQMyAEC58CACAARQRAQQAPCwJ/AkAgAAR/IAFB/wBNDQECQCMBQbT1AGooAmAoAgBFBEAgAUGAf3FBgL8DRg0DDAELIAFB/w9NBEAgACABQT9xQYABcjoAASAAIAFBBnZBwAFyOgAAQQIMBAsgAUGAQHFBgMADRyABQYCwA09xRQRAIAAgAUE/cUGAAXI6AAIgACABQQx2QeABcjoAACAAIAFBBnZBP3FBgAFyOgABQQMMBAsgAUGAgARrQf//P00EQCAAIAFBP3FBgAFyOgADIAAgAUESdkHwAXI6AAAgACABQQZ2QT9xQYABcjoAAiAAIAFBDHZBP3FBgAFyOgABQQQMBAsLIwFB+PQAakEZNgIAQX8FQQELDAELIAAgAToAAEEBCwvEAwEEfyMAQaABayIEJAAgBCAAIARBngFqIAEbIgY2ApQBIAQgAUEBayIAQQAgACABTRs2ApgBIARBAEGQAfwLACAEQX82AkwgBCMCQR1qNgIkIARBfzYCUCAEIARBnwFqNgIsIAQgBEGUAWo2AlQgBkEAOgAAIwBB0AFrIgUkACAFIAM2AswBIAVBoAFqIgBBAEEo/AsAIAUgBSgCzAE2AsgBAkBBACACIAVByAFqIAVB0ABqIAAjAiIAQRtqIgYgAEEcaiIAEGNBAEgEQEF/IQAMAQsgBCgCTEEASCAEIAQoAgAiAUFfcTYCAAJ/AkACQCAEKAIwRQRAIARB0AA2AjAgBEEANgIcIARCADcDECAEKAIsIQcgBCAFNgIsDAELIAQoAhANAQtBfyAEEEMNARoLIAQgAiAFQcgBaiAFQdAAaiAFQaABaiAGIAAQYwshAiAHBEAgBEEAQQAgBCgCJBEEABogBEEANgIwIAQgBzYCLCAEQQA2AhwgBCgCFCEAIARCADcDECACQX8gABshAgsgBCAEKAIAIgAgAUEgcXI2AgBBfyACIABBIHEbIQANAAsgBUHQAWokACAEQaABaiQAIAALvAIAAkACQAJAAkACQAJAAkACQAJAAkACQCABQQlrDhIACAkKCAkBAgMECgkKCggJBQYHCyACIAIoAgAiAUEEajYCACAAIAEoAgA2AgAPCyACIAIoAgAiAUEEajYCACAAIAEyAQA3AwAPCyACIAIoAgAiAUEEajYCACAAIAEzAQA3AwAPCyACIAIoAgAiAUEEajYCACAAIAEwAAA3AwAPCyACIAIoAgAiAUEEajYCACAAIAExAAA3AwAPCyACIAIoAgBBB2pBeHEiAUEIajYCACAAIAErAwA5AwAPCyAAIAIgAxEFAAsPCyACIAIoAgAiAUEEajYCACAAIAE0AgA3AwAPCyACIAIoAgAiAUEEajYCACAAIAE1AgA3AwAPCyACIAIoAgBBB2pBeHEiAUEIajYCACAAIAEpAwA3AwALbwEFfyAAKAIAIgMsAABBMGsiAUEJSwRAQQAPCwNAQX8hBCACQcyZs+YATQRAQX8gASACQQpsIgVqIAEgBUH/////B3NLGyEECyAAIANBAWoiBTYCACADLAABIAQhAiAFIQNBMGsiAUEKSQ0ACyACC5wTAhN/An4jAEFAaiIIJAAgCCABNgI8IAhBKWohFyAIQSdqIRggCEEoaiESAkACQAJAAkADQEEAIQcDQCABIQ0gByAOQf////8Hc0oNAiAHIA5qIQ4CQAJAAkACQAJAIAEiBy0AACILBEADQAJAAkAgC0H/AXEiAUUEQCAHIQEMAQsgAUElRw0BIAchCwNAIAstAAFBJUcEQCALIQEMAgsgB0EBaiEHIAstAAIgC0ECaiIBIQtBJUYNAAsLIAcgDWsiByAOQf////8HcyIZSg0KIAAEQCAAIA0gBxAOCyAHDQggCCABNgI8IAFBAWohB0F/IRACQCABLAABQTBrIglBCUsNACABLQACQSRHDQAgAUEDaiEHQQEhEyAJIRALIAggBzYCPEEAIQwCQCAHLAAAIgtBIGsiAUEfSwRAIAchCQwBCyAHIQlBASABdCIBQYnRBHFFDQADQCAIIAdBAWoiCTYCPCABIAxyIQwgBywAASILQSBrIgFBIE8NASAJIQdBASABdCIBQYnRBHENAAsLAkAgC0EqRgRAAn8CQCAJLAABQTBrIgFBCUsNACAJLQACQSRHDQACfyAARQRAIAQgAUECdGpBCjYCAEEADAELIAMgAUEDdGooAgALIQ8gCUEDaiEBQQEMAQsgEw0GIAlBAWohASAARQRAIAggATYCPEEAIRNBACEPDAMLIAIgAigCACIHQQRqNgIAIAcoAgAhD0EACyETIAggATYCPCAPQQBODQFBACAPayEPIAxBgMAAciEMDAELIAhBPGoQYiIPQQBIDQsgCCgCPCEBC0EAIQdBfyEKAn9BACABLQAAQS5HDQAaIAEtAAFBKkYEQAJ/AkAgASwAAkEwayIJQQlLDQAgAS0AA0EkRw0AIAFBBGohAQJ/IABFBEAgBCAJQQJ0akEKNgIAQQAMAQsgAyAJQQN0aigCAAsMAQsgEw0GIAFBAmohAUEAIABFDQAaIAIgAigCACIJQQRqNgIAIAkoAgALIQogCCABNgI8IApBAE4MAQsgCCABQQFqNgI8IAhBPGoQYiEKIAgoAjwhAUEBCyEUA0AgByEVQRwhCSABIhYsAAAiB0H7AGtBRkkNDCABQQFqIQEjASAVQTpsaiAHakHPK2otAAAiB0EBa0H/AXFBCEkNAAsgCCABNgI8AkAgB0EbRwRAIAdFDQ0gEEEATgRAIABFBEAgBCAQQQJ0aiAHNgIADA0LIAggAyAQQQN0aikDADcDMAwCCyAARQ0JIAhBMGogByACIAYQYQwBCyAQQQBODQxBACEHIABFDQkLIAAtAABBIHENDCAMQf//e3EiCyAMIAxBgMAAcRshDCMBIRFBACEQIBIhCQJAAkACfwJAAkACQAJAAkACQAJ/AkACQAJAAkACQAJAAkAgFi0AACIWwCIHQVNxIAcgFkEPcUEDRhsgByAVGyIHQdgAaw4hBBcXFxcXFxcXEBcJBhAQEBcGFxcXFwIFAxcXChcBFxcEAAsCQCAHQcEAaw4HEBcLFxAQEAALIAdB0wBGDQsMFgsgCCkDMCEaIwEMBQtBACEHAkACQAJAAkACQAJAAkAgFQ4IAAECAwQdBQYdCyAIKAIwIA42AgAMHAsgCCgCMCAONgIADBsLIAgoAjAgDqw3AwAMGgsgCCgCMCAOOwEADBkLIAgoAjAgDjoAAAwYCyAIKAIwIA42AgAMFwsgCCgCMCAOrDcDAAwWC0EIIAogCkEITRshCiAMQQhyIQxB+AAhBwsjASERIBIhASAHQSBxIQ0gCCkDMCIaIhtCAFIEQANAIAFBAWsiASMBQeAvaiAbp0EPcWotAAAgDXI6AAAgG0IPViAbQgSIIRsNAAsLIAEhDSAaUA0DIAxBCHFFDQMjASAHQQR2aiERQQIhEAwDCyASIQEgCCkDMCIaIhtCAFIEQANAIAFBAWsiASAbp0EHcUEwcjoAACAbQgdWIBtCA4ghGw0ACwsgASENIAxBCHFFBEAjASERDAMLIAogFyANayIBIAEgCkgbIQojASERDAILIAgpAzAiGkIAUwRAIAhCACAafSIaNwMwQQEhECMBDAELIAxBgBBxBEBBASEQIwFBAWoMAQsjASIBQQJqIAEgDEEBcSIQGwshESAaIBIQIyENCyAUIApBAEhxDRIgDEH//3txIAwgFBshDAJAIBpCAFINACAKDQAgEiENQQAhCgwPCyAKIBpQIBIgDWtqIgEgASAKSBshCgwOCyAILQAwIQcMDAsgCCgCMCIBIwEiEUH2CmogARsiDSIBQQBB/////wcgCiAKQf////8HTxsiBxBlIgkgAWsgByAJGyIBIA1qIQkgCkEATg0KIAktAAANECMBIREMCgsgCCkDMCIaQgBSDQFBACEHDAoLIAoEQCAIKAIwDAILQQAhByAAQSAgD0EAIAwQDwwCCyAIQQA2AgwgCCAaPgIIIAggCEEIaiIHNgIwQX8hCiAHCyELQQAhBwNAAkAgCygCACIJRQ0AIAhBBGogCRBfIglBAEgNECAJIAogB2tLDQAgC0EEaiELIAcgCWoiByAKSQ0BCwtBPSEJIAdBAEgNDSAAQSAgDyAHIAwQDyAHRQRAQQAhBwwBC0EAIQkgCCgCMCELA0AgCygCACINRQ0BIAhBBGoiCiANEF8iDSAJaiIJIAdLDQEgACAKIA0QDiALQQRqIQsgByAJSw0ACwsgAEEgIA8gByAMQYDAAHMQDyAPIAcgByAPSBshBwwJCyAUIApBAEhxDQpBPSEJIAAgCCsDMCAPIAogDCAHIAURDQAiB0EATg0IDAsLIActAAEhCyAHQQFqIQcMAAsACyAADQogE0UNBEEBIQcDQCAEIAdBAnRqKAIAIgAEQCADIAdBA3RqIAAgAiAGEGFBASEOIAdBAWoiB0EKRw0BDAwLCyAHQQpPBEBBASEODAsLA0AgBCAHQQJ0aigCAA0BQQEhDiAHQQFqIgdBCkcNAAsMCgtBHCEJDAcLIAshDCABIQoMAQsgCCAHOgAnIwEhEUEBIQogGCENIAshDAsgCiAJIA1rIgsgCiALShsiCiAQQf////8Hc0oNA0E9IQkgDyAKIBBqIgEgASAPSBsiByAZSw0EIABBICAHIAEgDBAPIAAgESAQEA4gAEEwIAcgASAMQYCABHMQDyAAQTAgCiALQQAQDyAAIA0gCxAOIABBICAHIAEgDEGAwABzEA8gCCgCPCEBDAELCwtBACEODAMLQT0hCQsjAUH49ABqIAk2AgALQX8hDgsgCEFAayQAIA4LfgIBfwF+IAC9IgNCNIinQf8PcSICQf8PRwR8IAJFBEAgASAARAAAAAAAAAAAYQR/QQAFIABEAAAAAAAA8EOiIAEQZCEAIAEoAgBBQGoLNgIAIAAPCyABIAJB/gdrNgIAIANC/////////4eAf4NCgICAgICAgPA/hL8FIAALC+UBAQJ/IAJBAEchAwJAAkACQCAAQQNxRQ0AIAJFDQAgAUH/AXEhBANAIAAtAAAgBEYNAiACQQFrIgJBAEchAyAAQQFqIgBBA3FFDQEgAg0ACwsgA0UNAQJAIAFB/wFxIgMgAC0AAEYNACACQQRJDQAgA0GBgoQIbCEDA0BBgIKECCAAKAIAIANzIgRrIARyQYCBgoR4cUGAgYKEeEcNAiAAQQRqIQAgAkEEayICQQNLDQALCyACRQ0BCyABQf8BcSEBA0AgASAALQAARgRAIAAPCyAAQQFqIQAgAkEBayICDQALC0EAC2gBA38gAEUEQEEADwsCfyMBQbAraiEBIAAEQANAIAEiAigCACIDBEAgAUEEaiEBIAAgA0cNAQsLIAJBACADGwwBCyABIQIDQCACIgBBBGohAiAAKAIADQALIAEgACABa0F8cWoLQQBHC0IBAX8gAEH//wdNBEAjAUHwDGoiASABIABBCHZqLQAAQQV0aiAAQQN2QR9xai0AACAAQQdxdkEBcQ8LIABB/v8LSQvCAQEDfwJAIAIoAhAiAwR/IAMFIAIQQw0BIAIoAhALIAIoAhQiBGsgAUkEQCACIAAgASACKAIkEQQADwsCQAJAIAIoAlBBAEgNACABRQ0AIAEhAwNAIAAgA2oiBUEBay0AAEEKRwRAIANBAWsiAw0BDAILCyACIAAgAyACKAIkEQQAIgQgA0kNAiABIANrIQEgAigCFCEEDAELIAAhBUEAIQMLIAQgBSABECQaIAIgAigCFCABajYCFCABIANqIQQLIAQLgAEBAn8jAEEQayICJAAgAiABOgAPAkACQCAAKAIQIgMEfyADBSAAEEMNAiAAKAIQCyAAKAIUIgNGDQAgACgCUCABQf8BcUYNACAAIANBAWo2AhQgAyABOgAADAELIAAgAkEPakEBIAAoAiQRBABBAUcNACACLQAPGgsgAkEQaiQAC24BBH8CQCAALwEgIgVFDQAgACgCPCEGQQEhAEEBIQMDQAJAAkAgASAGIABBAnRqKAIAIgAgAhAbQQFqDgIDAAELIAAgAmotAAANACADIQQMAgsgA0EBaiIDQf//A3EiACAFTQ0ACwsgBEH//wNxC6sDAQR/IwBBEGsiBSQAAkACQCABKAIEIgNBf0cEQCAAKAI0IQQMAQsCQCAAKAJUIgNFBEAgACgCOCIDIAAoAkxPBEAgAUF/NgIEDAILIAAoAjQhBCAAKAI8IgIgA0sEfyADBUEIIAJBAXQiAiADQQFqIgYgAiAGSxsiAiACQQhNGyIGQQxsIQICfyAEBEAgBCACIwcoAgARAQAMAQsgAiMIKAIAEQAACyEEIAAgBjYCPCAAKAI4CyECIAAgBDYCNCAAIAJBAWo2AjggBCACQQxsaiIAQQA2AgggAEIANwIAIAEgAzYCBAwCCyAAIANBAWsiAzYCVCAAKAI0IgQgACgCUCADQQJ0aigCACIDQQxsakEANgIEIAEgAzYCBCADQX9HDQELIABBAToArwFBACEDIAAgBUEMaiAFQQhqIAVBBGpBABB1RQ0BIAIgBSgCDCICRg0BIAEgACgCGCACQRhsaiICKAIENgIEIAJBfzYCBCACIAIoARJBgIABcjYBEiAAKAI0IAEoAgRBDGxqIgNBADYCBAwBCyAEIANBDGxqIQMLIAVBEGokACADC7IEAQ5/AkAgACgCtAkiA0UNAAJ/IANBGnRBH3VB4gRxIANBAXENABpB4gQgAy0ALUECcQ0AGiADKAIgCyACSw0AQQEPCyAAKAKECSIAKAIAIg0gAUEFdGoiBygCACIIKAIEIQwgCCgCnAEiBCAHKAIISQRAIAcgBDYCCAsCQCAAKAIEIg4EQCAIKAKgASEPQQAhAANAAkAgACABRg0AIA0gAEEFdGoiCSgCHA0AIAkoAgAiBigCBCIQIAxJDQAgBigCmAEiCyEFIAYvAQAiCkUEQCALIAtB9ANqIAYoAhQbIQULIAYoApwBIgQgCSgCCCIDSQRAIAkgBDYCCCAEIQMLIApFDQAgAiAFSQ0AAkAgAiAFSwRAQQEhCiAEIANrQQFqIAIgBWtsQYgOTQ0BDAULIAYoAqABIA9MDQELIAcoAhwNACAGLwEAIAgvAQBHDQAgDCAQRw0AIAsgCCgCmAFHDQAjAUGUDGohBSAHKAIMIQMCQCAJKAIMIgRFDQAgBEEBcQ0AIAQtACxBwABxRQ0AIwFBlAxqIARBMGogBCgCJBshBQsjAUGUDGohBAJAIANFDQAgA0EBcQ0AIAMtACxBwABxRQ0AIwFBlAxqIANBMGogAygCJBshBAsgBSgCGCEGAkAgBCgCGCIDQRlPBEAgAyAGRw0CIAUoAgAhBSAEKAIAIQQMAQsgAyAGRw0BCyAFIAQgAxASDQBBAQ8LIABBAWoiACAORw0ACwtBACEKCyAKC8UfAgx/A34jAEGAAWsiByQAAkAgASgCACIGRQRAQQEhCQwBCyACKAIAIgVFDQACfyAFQRp0QR91QeIEcSAFQQFxDQAaQeIEIAUtAC1BAnENABogBSgCIAshBCAGQQh2IQogBUEIdiELAkACQAJAIAZBAXFFBEAgBi0ALUECcUUEQCAEIAYoAiAiA0kNAgwEC0HiBCEDIARB4gRJDQEMAwsgBkEgcSIDRQ0BIARB4QRLDQELAkAgACgCYA0AIAAoAowKDQBBASEJDAMLIAAoAqAJIQIjAUGrCmohBAJAAkACQCAFQQFxBH8gC0H/AXEFIAUvASgLQf//A3EiAUH+/wNrDgIAAgELIwFBqgpqIQQMAQtBACEEIAIoAgggAigCBGogAU0NACACKAI4IAFBAnRqKAIAIQQLIABBhAFqIQEjAUGrCmohAwJAAkACQCAGQQFxBH8gCkH/AXEFIAYvASgLQf//A3EiBUH+/wNrDgIAAgELIwFBqgpqIQMMAQtBACEDIAIoAgggAigCBGogBU0NACACKAI4IAVBAnRqKAIAIQMLIAcgAzYCBCAHIAQ2AgAgAUGACCMBQY8EaiAHEAsaIAAoAmAiAgRAIAAoAlxBACABIAIRAwALIAAoAowKRQRAQQEhCQwDC0EBIQkDQAJAAkAgAS0AACIDQSJGDQAgA0HcAEYNACADDQEMBQtB3AAgACgCjAoQCSABLQAAIQMLIAPAIAAoAowKEAkgAUEBaiEBDAALAAtB4gRBACADGyEDCwJAAkACQCAFQQFxRQRAIAUtAC1BAnEEf0HiBAUgBSgCIAsgA0sNASAFKAIkDQIMAwsgBUEgcUUNAiADQeEESw0CCyAAKAJgRQRAIAAoAowKRQ0DCyAAKAKgCSECIwFBqwpqIQMCQAJAAkAgBkEBcQR/IApB/wFxBSAGLwEoC0H//wNxIgFB/v8Daw4CAAIBCyMBQaoKaiEDDAELQQAhAyACKAIIIAIoAgRqIAFNDQAgAigCOCABQQJ0aigCACEDCyAAQYQBaiEBIwFBqwpqIQQCQAJAAkAgBUEBcQR/IAtB/wFxBSAFLwEoC0H//wNxIgVB/v8Daw4CAAIBCyMBQaoKaiEEDAELQQAhBCACKAIIIAIoAgRqIAVNDQAgAigCOCAFQQJ0aigCACEECyAHIAQ2AhQgByADNgIQIAFBgAgjAUGPBGogB0EQahALGiAAKAJgIgIEQCAAKAJcQQAgASACEQMACyAAKAKMCkUNAgNAAkACQCABLQAAIgNBIkYNACADQdwARg0AIAMNAQwFC0HcACAAKAKMChAJIAEtAAAhAwsgA8AgACgCjAoQCSABQQFqIQEMAAsACyAFKAI8IQgLAkACQAJAAkAgBkEBcUUEQCAGKAIkDQFBACEDIAhBAEoNAgwECyAIQQBKDQFBACEDDAMLIAggBigCPEwNAQsCQCAAKAJgDQAgACgCjAoNAEEBIQkMAwsgACgCoAkhASMBQasKaiEJAkACQAJAIAVBAXEEfyALQf8BcQUgBS8BKAtB//8DcSICQf7/A2sOAgACAQsjAUGqCmohCQwBC0EAIQkgASgCCCABKAIEaiACTQ0AIAEoAjggAkECdGooAgAhCQtBACECAkAgBUEBcQ0AIAUoAiRFDQAgBSgCPCECCyMBQasKaiEEAkACQAJAIAZBAXEEfyAKQf8BcQUgBi8BKAtB//8DcSIDQf7/A2sOAgACAQsjAUGqCmohBAwBC0EAIQQgASgCCCABKAIEaiADTQ0AIAEoAjggA0ECdGooAgAhBAsgAEGEAWohAUEAIQgCQCAGQQFxDQAgBigCJEUNACAGKAI8IQgLIAcgCDYCLCAHIAQ2AiggByACNgIkIAcgCTYCICABQYAIIwFBpAlqIAdBIGoQCxogACgCYCICBEAgACgCXEEAIAEgAhEDAAsgACgCjApFBEBBASEJDAMLQQEhCQNAAkACQCABLQAAIgNBIkYNACADQdwARg0AIAMNAQwFC0HcACAAKAKMChAJIAEtAAAhAwsgA8AgACgCjAoQCSABQQFqIQEMAAsACyAGKAI8IQMLAkAgBUEBcQ0AIAUoAiRFDQAgBSgCPCEJCyADIAlKBEACQCAAKAJgDQAgACgCjAoNAEEAIQkMAgsgACgCoAkhASMBQasKaiEJAkACQAJAIAZBAXEEfyAKQf8BcQUgBi8BKAtB//8DcSICQf7/A2sOAgACAQsjAUGqCmohCQwBC0EAIQkgASgCCCABKAIEaiACTQ0AIAEoAjggAkECdGooAgAhCQtBACECAkAgBkEBcQ0AIAYoAiRFDQAgBigCPCECCyMBQasKaiEDAkACQAJAIAVBAXEEfyALQf8BcQUgBS8BKAtB//8DcSIGQf7/A2sOAgACAQsjAUGqCmohAwwBC0EAIQMgASgCCCABKAIEaiAGTQ0AIAEoAjggBkECdGooAgAhAwsgAEGEAWohAUEAIQgCQCAFQQFxDQAgBSgCJEUNACAFKAI8IQgLIAcgCDYCPCAHIAM2AjggByACNgI0IAcgCTYCMCABQYAIIwFBpAlqIAdBMGoQCxogACgCYCICBEAgACgCXEEAIAEgAhEDAAtBACEJIAAoAowKRQ0BA0ACQAJAIAEtAAAiA0EiRg0AIANB3ABGDQAgAw0BDAQLQdwAIAAoAowKEAkgAS0AACEDCyADwCAAKAKMChAJIAFBAWohAQwACwALQQEhCQJAIAZBAXEEQCAGQSBxRQ0BDAILIAYtAC1BAnENASAGKAIgDQELIAcgASkCADcDeCAHIAIpAgA3A3ACfyAAQYgJaiIBKAIMIQIgASABKAIQIgNBAWoiBCABKAIUIghLBH9BCCAIQQF0IgMgBCADIARLGyIDIANBCE0bIgRBA3QhAwJ/IAIEQCACIAMjBygCABEBAAwBCyADIwgoAgARAAALIQIgASAENgIUIAEoAhAiA0EBagUgBAs2AhAgASACNgIMIAIgA0EDdGogBykCeDcCACABKAIMIQIgASABKAIQIgNBAWoiBCABKAIUIghLBH9BCCAIQQF0IgMgBCADIARLGyIDIANBCE0bIgRBA3QhAwJ/IAIEQCACIAMjBygCABEBAAwBCyADIwgoAgARAAALIQIgASAENgIUIAEoAhAiA0EBagUgBAs2AhAgASACNgIMIAIgA0EDdGogBykCcDcCAEEAIAEoAhAiAkUNABoDQCABIAJBAWsiAzYCECAHIAEoAgwiBCADQQN0aikCACIRNwJwIAEgAkECayICNgIQIAcgBCACQQN0aikCACIPNwJ4IA9CCIghECARpyEDIA+nIghBAXEiDAR/IBCnQf8BcQUgCC8BKAshDQJAAkACfwJAIANBAXEiDgRAIANBgP4DcUEIdiIEIA1B//8DcU0NAUF/DAILIAMvASgiBCANQf//A3FNDQBBfwwBCwJAAn8gDARAQQAgBCAQp0H/AXFPDQEaDAILIAQgCC8BKEkNASAIKAIkCyENQQAhBAJAIA4NACANIAMoAiQiBE8NAEF/DAILIAwNAyAEIAgoAiQiA08NAgtBAQsgAUEANgIQDAMLIANFDQADQCADQQFrIgNBA3QiAiAHKAJwIgQgBCgCJEEDdGtqKQIAIQ8gAiAHKAJ4IgQgBCgCJEEDdGtqKQIAIRAgASgCDCECIAEgASgCECIEQQFqIgggASgCFCIMSwR/QQggDEEBdCIEIAggBCAISxsiBCAEQQhNGyIIQQN0IQQCfyACBEAgAiAEIwcoAgARAQAMAQsgBCMIKAIAEQAACyECIAEgCDYCFCABKAIQIgRBAWoFIAgLNgIQIAEgAjYCDCACIARBA3RqIBA3AgAgASgCDCECIAEgASgCECIEQQFqIgggASgCFCIMSwR/QQggDEEBdCIEIAggBCAISxsiBCAEQQhNGyIIQQN0IQQCfyACBEAgAiAEIwcoAgARAQAMAQsgBCMIKAIAEQAACyECIAEgCDYCFCABKAIQIgRBAWoFIAgLNgIQIAEgAjYCDCACIARBA3RqIA83AgAgAw0ACyABKAIQIQILIAINAAtBAAshAiAAKAJgIQECfwJAAkACQAJAIAJBAWoOAwACAQILAkAgAQ0AIAAoAowKDQBBACEJDAULIAAoAqAJIQIjAUGrCmohAQJAAkACQCAGQQFxBH8gCkH/AXEFIAYvASgLQf//A3EiA0H+/wNrDgIAAgELIwFBqgpqIQEMAQtBACEBIAIoAgggAigCBGogA00NACACKAI4IANBAnRqKAIAIQELIABBhAFqIwFBqwpqIQMCQAJAAkAgBUEBcQR/IAtB/wFxBSAFLwEoC0H//wNxIgVB/v8Daw4CAAIBCyMBQaoKaiEDDAELQQAhAyACKAIIIAIoAgRqIAVNDQAgAigCOCAFQQJ0aigCACEDCyAHIAM2AlQgByABNgJQQYAIIwFBvgRqIAdB0ABqEAsaDAILAkAgAQ0AIAAoAowKDQAMBAsgACgCoAkhAiMBQasKaiEBAkACQAJAIAVBAXEEfyALQf8BcQUgBS8BKAtB//8DcSIDQf7/A2sOAgACAQsjAUGqCmohAQwBC0EAIQEgAigCCCACKAIEaiADTQ0AIAIoAjggA0ECdGooAgAhAQsgAEGEAWojAUGrCmohAwJAAkACQCAGQQFxBH8gCkH/AXEFIAYvASgLQf//A3EiBUH+/wNrDgIAAgELIwFBqgpqIQMMAQtBACEDIAIoAgggAigCBGogBU0NACACKAI4IAVBAnRqKAIAIQMLIAcgAzYCZCAHIAE2AmBBgAgjAUG+BGogB0HgAGoQCxpBAQwCCwJAIAENACAAKAKMCg0AQQAhCQwDCyAAKAKgCSECIwFBqwpqIQECQAJAAkAgBkEBcQR/IApB/wFxBSAGLwEoC0H//wNxIgNB/v8Daw4CAAIBCyMBQaoKaiEBDAELQQAhASACKAIIIAIoAgRqIANNDQAgAigCOCADQQJ0aigCACEBCyAAQYQBaiMBQasKaiEDAkACQAJAIAVBAXEEfyALQf8BcQUgBS8BKAtB//8DcSIFQf7/A2sOAgACAQsjAUGqCmohAwwBC0EAIQMgAigCCCACKAIEaiAFTQ0AIAIoAjggBUECdGooAgAhAwsgByADNgJEIAcgATYCQEGACCMBQecEaiAHQUBrEAsaC0EACyEJIAAoAmAiAQRAIAAoAlxBACAAQYQBaiABEQMACwJAIAAoAowKRQ0AIABBhAFqIQEDQAJAAkAgAS0AACICQSJGDQAgAkHcAEYNACACDQEMAwtB3AAgACgCjAoQCSABLQAAIQILIALAIAAoAowKEAkgAUEBaiEBDAALAAsLIAdBgAFqJAAgCQvzAgEKfwJAIAAoAggiB0EBayIBRQ0AIAAoAgQhCCAHIQQDQCAEIQIgCCABIgRBHGxqIgUoAgAoAgAhAQJ/AkACQCACIAdGBEAgAUEBcQ0BDAILAkACfyABQQFxIgkEQCABQQJxDQcgAUEDdkEBcQwBCyABLwEsIgNBAXENBiADQQJ2QQFxCw0AIAVBHGsoAgAoAgAvAUIiA0UNACAAKAIAKAIIIgooAlQgCi8BJCADbEEBdGogBSgCFEEBdGovAQANBQsgCUUNAQsgAUEDdkEBcQwBCyABLwEsQQJ2QQFxCw0BAkAgACgCACgCCCIBKAIgRQ0AIAEoAkAgCCACQRxsakE4aygCACgCAC8BQkECdGoiAi8BAiIDRQ0AIAEoAkQgAi8BAEECdGoiASADQQJ0aiECA0ACQCABLQADRQRAIAUoAhQgAS0AAkYNAQsgAiABQQRqIgFLDQEMAgsLIAEvAQAhBgwCCyAEQQFrIgENAAsLIAYL0wkCHX8BfgJAIAAoAgQiCCAAKAIIIhtBHGxqIglBHGsoAgAoAgAiBEEBcQ0AIBshDQNAIAQoAiRFDQEgACgCACgCCCEKIAQvAUIiBQR/IAooAlQgCi8BJCAFbEEBdGoFQQALIRwgCUEEaygCACEPAkACQCANQQFrIgVFDQAgBC8BLCILQQFxDQAgC0EEcQ0BIAggBUEcbGoiBUEcaygCACgCAC8BQiILRQ0BIA8gCigCVCAKLwEkIAtsQQF0aiAFKAIUQQF0ai8BAEEAR2ohDwwBCyAPQQFqIQ8LIAQoAiQiGEUNAUEAIAQgGEEDdGsiHyAEQQFxGyEgIAlBGGsoAgAhDCAJQRRrKAIAIQUgCUEQaygCACEEQQAhBkEAIR0DQCAPIRYgHSELIAQhCSAFIQogDCETAn8gICAGIhlBA3RqIhcoAgAiB0EBcSIaBEAgB0ECcUEBdiIUIQYgB0EDdkEBcQwBCyAHLwEsIhRBAXEhBiAUQQJ2QQFxCwR/IAsFIBwEQCAcIAtBAXRqLwEAIAZyQQBHIhQhBgsgC0EBagshHQJ/An8CQCAaRQRAIAcoAiQNAUEADAILIAYgFmohDyAXLQAHIgYhDCAJIQQgCgwCCyAHKAI4CyEMQQAgCSAHKAIUIgUbIQQgBiAWaiAMaiEPIAcoAhghDCAHKAIQIQYgBSAKagshBSAEIAxqIQQgBiATaiEMIBggGUEBaiIGSwRAAn8gHyAGQQN0aikCACIhpyIOQQFxBEAgIUIgiKdB/wFxIRUgIUIwiKdB/wFxIRAgIUIoiKdBD3EMAQsgDigCDCEVIA4oAgQhECAOKAIICyIRIAVqIQUgDCAQaiEMQQAgBCARGyAVaiEECwJ/IBoEQCATIBctAAciHmohFSAJIREgCgwBC0EAIAkgBygCFCIOGyERIAcoAhAgE2ohFSAHKAIYIR4gCiAOagshDkEAIRACf0EAIAEgFU8NABpBASACIA5JDQAaIAIgDkYgESAeaiADS3ELIRECQCAaDQAgBygCJEUNACAHKAIwIRALAkAgEQRAIBRBAXEEQCAAIA1BAWoiBCAAKAIMIgFLBH9BCCABQQF0IgEgBCABIARLGyIBIAFBCE0bIgJBHGwhAQJ/IAgEQCAIIAEjBygCABEBAAwBCyABIwgoAgARAAALIQggACACNgIMIAAoAggiDUEBagUgBAs2AgggACAINgIEIAggDUEcbGoiACAWNgIYIAAgCzYCFCAAIBk2AhAgACAJNgIMIAAgCjYCCCAAIBM2AgQgACAXNgIAIBKtDwsgEEUNASAAIA1BAWoiBCAAKAIMIgVLBH9BCCAFQQF0IgUgBCAEIAVJGyIEIARBCE0bIgVBHGwhBAJ/IAgEQCAIIAQjBygCABEBAAwBCyAEIwgoAgARAAALIQggACAFNgIMIAAoAggiDUEBagUgBAs2AgggACAINgIEIAggDUEcbGoiBCAWNgIYIAQgCzYCFCAEIBk2AhAgBCAJNgIMIAQgCjYCCCAEIBM2AgQgBCAXNgIAIAAoAgQiCCAAKAIIIg1BHGxqIglBHGsoAgAoAgAiBEEBcUUNAwwECyAUQQFxBEAgEkEBaiESDAELIBAgEmohEgsgBiAYRw0ACwsLIAAgGzYCCEJ/C5AFAgt/AX4jAEHgAGsiASQAAkAgACgCBCIHIAAoAggiBUEcbGoiBkEcaygCACIJKAIAIgJBAXENACACKAIkRQ0AIAAoAgAiCigCCCEEIAIvAUIiAwR/IAQoAlQgBC8BJCADbEEBdGoFQQALIQsgBkEEaygCACEDAkACQCAFQQFrIghFDQAgAi8BLCICQQFxDQAgAkEEcQ0BIAcgCEEcbGoiAkEcaygCACgCAC8BQiIIRQ0BIAMgBCgCVCAELwEkIAhsQQF0aiACKAIUQQF0ai8BAEEAR2ohAwwBCyADQQFqIQMLIAkpAgAhDCABIAo2AiAgASAMNwMYIAEgBkEYayIEKAIINgIsIAEgBCkCADcCJCABIAs2AjwgASADNgI4IAFCADcDMEEAIQMgDKciBEUNACAEKAIkRQ0AIAFCADcDECABQgA3AwggAUIANwMAIAFBGGogAUFAayABQd8AahAlRQRADAELQQAhBANAIAEoAkAhAgJAIAEtAF8Ef0ECBSACKAIAIgZBAXENASAGKAIkRQ0BIAYoAjBFDQFBAQshAyABIAEpAlQ3AxAgASABKQJMNwMIIAEgASkCRDcDACACIQQLIAFBGGogAUFAayABQd8AahAlDQALIARFBEBBACEDDAELIAAgBUEBaiICIAAoAgwiBksEf0EIIAZBAXQiBSACIAIgBUkbIgIgAkEITRsiBUEcbCECAn8gBwRAIAcgAiMHKAIAEQEADAELIAIjCCgCABEAAAshByAAIAU2AgwgACgCCCIFQQFqBSACCzYCCCAAIAc2AgQgByAFQRxsaiIAIAQ2AgAgACABKQMANwIEIAAgASkDCDcCDCAAIAEpAxA3AhQLIAFB4ABqJAAgAwuLAQEGfyABKAIUIQIgASgCDCEDIAEoAhAhBCABKAIAIQUgASgCBCEGIAEoAgghB0HgASMIKAIAEQAAIgFBADYCGCABQgA3AhAgASAHNgIMIAEgBjYCCCABIAU2AgQgASAENgIAIABBADsBEiAAIAM7ARAgAEKBgICAgAE3AgggACABNgIEIAAgAjYCAAvTAwEGfyMAQeAAayIFJABBASEIQQIhCQJAAkACQCABQf7/A2sOAgACAQtBACEJQQAhCAwBCyAEKAJIIAFBA2xqIgYtAABB5QBxIQggBi0AAUEBdCEJCyACKAIAIQYgAigCBCIHQQN0QcwAaiIKIAIoAghBA3RLBEAgBiAKIwcoAgARAQAhBiACIApBA3Y2AgggAiAGNgIAIAIoAgQhBwsgBUIANwNQIAVCADcDSCAFQUBrIgJCADcDACAFQgA3AyAgBUEANgIoIAVBATYCXCAFQgA3AzggBUEAOwEuIAVCADcDGCAFQgA3AwggBSADOwEWIAUgATsBMCAFIAggCXJB/wFxQRhBACABQf3/A0sbcjsBLCAFIAc2AjQgBiAHQQN0aiIBIAUoAlw2AgAgASAFKQNQNwIcIAEgBSkDSDcCFCABIAIpAwA3AgwgASAFKQM4NwIEIAEgBSgCNDYCJCABIAUvATA7ASggASAFLwEuOwEqIAEgBS8BLDsBLCABIAUoAig2AT4gASAFKQMgNwE2IAEgBSkDGDcBLiABIAUvARY7AUIgASAFKQMINwJEIABBADYCBCAAIAE2AgAgBSAAKQIANwMAIAUgBBAVIAVB4ABqJAALhwQCBn8BfiABQQA2AgQCQCAAKAIEIgJFDQADQAJ/IAAoAgAgAkEDdGoiBEEIaygCACIGQQFxBEAgBkEDdkEBcQwBCyAGLwEsQQJ2QQFxCwRAIARBBGsoAgAhBSAAIAJBAWs2AgQgASgCACECIAEgASgCBCIEQQFqIgMgASgCCCIHSwR/QQggB0EBdCIEIAMgAyAESRsiAyADQQhNGyIEQQN0IQMCfyACBEAgAiADIwcoAgARAQAMAQsgAyMIKAIAEQAACyECIAEgBDYCCCABKAIEIgRBAWoFIAMLNgIEIAEgAjYCACACIARBA3RqIgIgBTYCBCACIAY2AgAgACgCBCICDQELCyABKAIEIgBBAkkNAEEAIQIgAEEBdiIDQQFHBEAgA0H+////B3EhBkEAIQMDQCABKAIAIgQgAkEDdCIFaiIHKQIAIQggByAEIAEoAgQgAkF/c2pBA3QiB2opAgA3AgAgASgCACAHaiAINwIAIAEoAgAiBCAFaiIFKQIIIQggBSAEIAEoAgQgAkH+////AXNqQQN0IgVqKQIANwIIIAEoAgAgBWogCDcCACACQQJqIQIgA0ECaiIDIAZHDQALCyAAQQJxRQ0AIAEoAgAiACACQQN0aiIDKQIAIQggAyAAIAEoAgQgAkF/c2pBA3QiAmopAgA3AgAgASgCACACaiAINwIACwtzAQF/AkACQCAAKAIAQQ9JDQAgAUH9/wNLDQAgACgCCCAAKAIEaiABTQ0AIAAoAkggAUEDbGotAAJBAXENAQsgAkEANgIAQQAPCyAAKAKcASABQQJ0aiIBLwEAIQMgAiABLwECNgIAIAAoAqABIANBAXRqC8sDAgp/AX4gAUF/NgIAIAJBfzYCACADQX82AgACQCAAKAIcRQRADAELIABBQGshDgNAAkAgACgCGCAHQRhsaiIIKAESIgtBgIABcQ0AIA4hBSAIKAIEIgYgACgCOEkEQCAAKAI0IAZBDGxqIQULIAtB/x9xIgYgBSgCBE8NACAFKAIAIAZBHGxqIgUoAgghDCAFKAIEIQogBSgCACEGAkACQAJAIAUoAhApAgAiD6ciBUEBcQRAIAAoAnQgBiAPQjiIpyIFakkNAQwCCyAAKAJ0IAUoAhAgBmpPDQFBACAMIAUoAhQiDRshDCAKIA1qIQogBSgCGCEFCyAKIAAoAmQiDUkNACAKIA1HDQEgACgCaCAFIAxqSQ0BCyAIIAtBAWpB/x9xIAtBgOB+cXI2ARIgB0EBayEHDAELAkACQCAJRQ0AIAYgAigCACIFSQ0AIAUgBkcNASADKAIAIAgvARBNDQELIAAoAgAoAjwgCC8BDkEUbGovARIhBQJAIAQEQCAEIAVBggFxQYABRjoAAAwBCyAFQYABcQ0CCyABIAc2AgAgAiAGNgIAIAMgCC8BEDYCAAtBASEJCyAHQQFqIgcgACgCHEkNAAsLIAkL2xMCEX8BfiMAQTBrIggkACAAQUBrIQwgAEE0aiENIABBJGohECAAIQYCQANAIAYQeyAIQQA6AAsgBiAIQQxqIAhBFGogCEEQaiAIQQtqEHUhEgJAAkACQCAGKAIoIgNFDQAgCCgCECETIAgoAhQhEQNAAkACQAJAAkAgBigCJCIEKAIEIgUgBigCOEkEQCAEKAESIgdB/x9xIgAgDSgCACAFQQxsaiIDKAIETw0BIARBEmohBQwDCyAEKAESIgdB/x9xIgAgBigCRE8NASAEQRJqIQUgDCEDDAILIANBfzYCBCAGKAJQIQMgBiAGKAJUIgdBAWoiBCAGKAJYIgBLBH9BCCAAQQF0IgAgBCAAIARLGyIAIABBCE0bIgBBAnQhBAJ/IAMEQCADIAQjBygCABEBAAwBCyAEIwgoAgARAAALIQMgBiAANgJYIAYoAlQiB0EBagUgBAs2AlQgBiADNgJQIAMgB0ECdGogBTYCACAGKAIoIQMLIAYgA0ECTwR/IAYoAiQiBCAEIANBGGxqQRhrIgApAgA3AgAgBCAAKQIQNwIQIAQgACkCCDcCCCAGKAIoBSADC0EBayILNgIoQQAhAyALBEADQCADQQF0IgBBAmohDyADIQQCQCAAQQFyIgkgC08NACAGKAIkIgAgA0EYbGohByAMIQUgACAJQRhsaiIOKAIEIgAgBigCOCIKSQRAIA0oAgAgAEEMbGohBQsgDCEAIAogBygCBCIESwRAIA0oAgAgBEEMbGohAAsgAyEEIA4oARJB/x9xIgogBSgCBE8NAAJAIAcoARJB/x9xIgQgACgCBE8NACAFKAIAIApBHGxqKAIAIgUgACgCACAEQRxsaigCACIARwRAIAMhBCAAIAVLDQEMAgsgDi8BECIFIAcvARAiAEcEQCADIQQgACAFSw0BDAILIAMhBCAOKAIIIAcoAghPDQELIAkhBAsCQCALIA9NDQAgBigCJCIFIARBGGxqIQcgDCEAIAUgD0EYbGoiDigCBCIFIAYoAjgiCkkEQCANKAIAIAVBDGxqIQALIAwhBSAKIAcoAgQiCUsEQCANKAIAIAlBDGxqIQULIA4oARJB/x9xIgkgACgCBE8NAAJAIAcoARJB/x9xIgogBSgCBE8NACAAKAIAIAlBHGxqKAIAIgkgBSgCACAKQRxsaigCACIARwRAIAAgCUsNAQwCCyAOLwEQIgUgBy8BECIARwRAIAAgBUsNAQwCCyAOKAIIIAcoAghPDQELIA8hBAsgAyAERwRAIAggECgCACIFIANBGGxqIgNBEGopAgA3AyggCCADKQIINwMgIAggAykCADcDGCADIAUgBEEYbCIAaiIFKQIANwIAIAMgBSkCCDcCCCADIAUpAhA3AhAgECgCACAAaiIAIAgpAxg3AgAgACAIKQMoNwIQIAAgCCkDIDcCCCAEIQMMAQsLIAYoAighAwsgBiADNgIwDAELIAMoAgAgAEEcbGoiACgCCCEPIAAoAgQhCiAAKAIAIQsCf0EBAn8gACgCECkCACIUpyIDQQFxBEAgDyEJIAogBigCdCALIBRCOIinIgNqSQ0BGkEBDAILQQEgBigCdCADKAIQIAtqTw0BGkEAIA8gAygCFCIAGyEJIAMoAhghAyAAIApqCyIAIAYoAmQiDkkNABogACAORiAGKAJoIAMgCWpPcQshAwJAAkACQCALIAYoAnhPDQAgCiAGKAJsIgBLDQAgAyAAIApGIA8gBigCcE9xckEBRw0BCyAFIAdBAWpB/x9xIAdBgGBxcjYBACAGKAIoIQ5BACEDQQAhBANAIANBAXQiAEECaiEPAkAgAEEBciIJIA5PDQAgBigCJCIAIANBGGxqIQcgDCEFIAAgCUEYbGoiCygCBCIAIAYoAjgiCkkEQCANKAIAIABBDGxqIQULIAwhACAKIAcoAgQiBEsEQCANKAIAIARBDGxqIQALIAMhBCALKAESQf8fcSIKIAUoAgRPDQACQCAHKAESQf8fcSIEIAAoAgRPDQAgBSgCACAKQRxsaigCACIFIAAoAgAgBEEcbGooAgAiAEcEQCADIQQgACAFSw0BDAILIAsvARAiBSAHLwEQIgBHBEAgAyEEIAAgBUsNAQwCCyADIQQgCygCCCAHKAIITw0BCyAJIQQLAkAgDiAPTQ0AIAYoAiQiBSAEQRhsaiEHIAwhACAFIA9BGGxqIgsoAgQiBSAGKAI4IgpJBEAgDSgCACAFQQxsaiEACyAMIQUgCiAHKAIEIglLBEAgDSgCACAJQQxsaiEFCyALKAESQf8fcSIJIAAoAgRPDQACQCAHKAESQf8fcSIKIAUoAgRPDQAgACgCACAJQRxsaigCACIJIAUoAgAgCkEcbGooAgAiAEcEQCAAIAlLDQEMAgsgCy8BECIFIAcvARAiAEcEQCAAIAVLDQEMAgsgCygCCCAHKAIITw0BCyAPIQQLIAMgBEYNAiAIIBAoAgAiBSADQRhsaiIDQRBqKQIANwMoIAggAykCCDcDICAIIAMpAgA3AxggAyAFIARBGGwiAGoiBSkCADcCACADIAUpAgg3AgggAyAFKQIQNwIQIBAoAgAgAGoiACAIKQMYNwIAIAAgCCkDKDcCECAAIAgpAyA3AgggBCEDDAALAAtBASEDIAsgEUkNBCALIBFHDQMgEyAELwEQTQ0DDAQLIAYoAighAwsgAw0ACwsgCC0AC0EBRw0BIAYoAhgiAEUNASAAIAgoAgxBGGxqIQRBACEDCyAEKAIAIgdBf0YEQCAGIAYoApQBIgdBAWo2ApQBIAQgBzYCAAsgASAHNgIAIAEgBC8BEDsBBCAEKAIEIgAgBigCOEkEQCANKAIAIABBDGxqIQwLIAEgDCgCADYCCCABIAwoAgQ7AQYgAiAEKAESQf8fcTYCAEEBIQAgBCAEKAESIgFBAWpB/x9xIAFBgGBxcjYBEiADRQ0CIBBBACANEHcMAgsCQCAGKAJUDQAgBigCOCIAIAYoAkxPIBJxRQ0AAkAgBigCGCIJIAgoAgwiBEEYbGooAgQiBSAATw0AIA0oAgAgBUEMbGoiACgCBEF/Rg0AIABBfzYCBCAGKAJQIQMgBgJ/IAYoAlgEQEEAIQRBAQwBCwJ/IAMEQCADQSAjBygCABEBAAwBC0EgIwgoAgARAAALIQMgBkEINgJYIAYoAhghCSAGKAJUIgRBAWoLNgJUIAYgAzYCUCADIARBAnRqIAU2AgAgCCgCDCEECyAGKAIcIARBf3NqQRhsIgMEQCAJIARBGGxqIgAgAEEYaiAD/AoAAAsgBiAGKAIcQQFrNgIcCyAGQQEQfA0AIAYoAigNAAtBACEACyAIQTBqJAAgAAuTBQELfyMAQSBrIQsgAkEMaiEMIAAoAgQhDSABIQUDQCABQQF0IgNBAmohBgJAIANBAXIiCCANTw0AIAAoAgAiBSABQRhsaiEHIAwhAyAFIAhBGGxqIgkoAgQiBSACKAIEIgpJBEAgAigCACAFQQxsaiEDCyAMIQQgCiAHKAIEIgVLBEAgAigCACAFQQxsaiEECyABIQUgCSgBEkH/H3EiCiADKAIETw0AAkAgBygBEkH/H3EiBSAEKAIETw0AIAMoAgAgCkEcbGooAgAiAyAEKAIAIAVBHGxqKAIAIgRHBEAgASEFIAMgBEkNAQwCCyAJLwEQIgMgBy8BECIERwRAIAEhBSADIARJDQEMAgsgASEFIAkoAgggBygCCE8NAQsgCCEFCwJAIAYgDU8NACAAKAIAIgQgBUEYbGohCCAMIQMgBCAGQRhsaiIHKAIEIgQgAigCBCIJSQRAIAIoAgAgBEEMbGohAwsgDCEEIAkgCCgCBCIKSwRAIAIoAgAgCkEMbGohBAsgBygBEkH/H3EiCSADKAIETw0AAkAgCCgBEkH/H3EiCiAEKAIETw0AIAMoAgAgCUEcbGooAgAiAyAEKAIAIApBHGxqKAIAIgRHBEAgAyAESQ0BDAILIAcvARAiAyAILwEQIgRHBEAgAyAESQ0BDAILIAcoAgggCCgCCE8NAQsgBiEFCyABIAVHBEAgCyAAKAIAIgYgAUEYbGoiAUEQaikCADcDGCALIAEpAgg3AxAgCyABKQIANwMIIAEgBiAFQRhsIgNqIgYpAgA3AgAgASAGKQIINwIIIAEgBikCEDcCECAAKAIAIANqIgEgCykDCDcCACABIAspAxg3AhAgASALKQMQNwIIIAUhAQwBCwsL/QQCBH8CfgJAAkAgAS0AE0HAAHENACAAIAFBfxBrIgBFDQEgAi8BBiIGQf//A0YNACAAKAIAIQEgACAAKAIEIgVBAWoiBCAAKAIIIgdLBH9BCCAHQQF0IgUgBCAEIAVJGyIEIARBCE0bIgVBHGwhBAJ/IAEEQCABIAQjBygCABEBAAwBCyAEIwgoAgARAAALIQEgACAFNgIIIAAoAgQiBUEBagUgBAs2AgQgACABNgIAIAMpAgghCCADKQIQIQkgASAFQRxsaiIBIAMpAgA3AgAgASAGNgIYIAEgCTcCECABIAg3AgggAi8BCCIGQf//A0YNACAAKAIAIQEgACAAKAIEIgVBAWoiBCAAKAIIIgdLBH9BCCAHQQF0IgUgBCAEIAVJGyIEIARBCE0bIgVBHGwhBAJ/IAEEQCABIAQjBygCABEBAAwBCyAEIwgoAgARAAALIQEgACAFNgIIIAAoAgQiBUEBagUgBAs2AgQgACABNgIAIAMpAgghCCADKQIQIQkgASAFQRxsaiIBIAMpAgA3AgAgASAGNgIYIAEgCTcCECABIAg3AgggAi8BCiIFQf//A0YNACAAKAIAIQEgACAAKAIEIgRBAWoiAiAAKAIIIgZLBH9BCCAGQQF0IgQgAiACIARJGyICIAJBCE0bIgRBHGwhAgJ/IAEEQCABIAIjBygCABEBAAwBCyACIwgoAgARAAALIQEgACAENgIIIAAoAgQiBEEBagUgAgs2AgQgACABNgIAIAMpAgghCCADKQIQIQkgASAEQRxsaiIAIAMpAgA3AgAgACAFNgIYIAAgCTcCECAAIAg3AggLDwsgASABKAESQYCAAXI2ARILtwQBCn8jAEEgayIGJAAgACgCGCEDIAYgASgCACICKQIQNwMYIAYgAikCCDcDECAGIAIpAgA3AwggAiADayIJQRhtIQogBkF/NgIMAn8gAigCBEF/RwRAQQAgACAGQQhqIAoQayIDRQ0BGiACKAIEIgIgACgCOE8EfyAAQUBrBSAAKAI0IAJBDGxqCyIEKAIAIQsgAygCACECAkAgBCgCBCIIIAMoAgQiBGoiByADKAIITQ0AIAdBHGwhBQJ/IAIEQCACIAUjBygCABEBAAwBCyAFIwgoAgARAAALIQIgAyAHNgIIIAMoAgQiByAETQ0AIAcgBGtBHGwiB0UNACACIAVqIAIgBEEcbGogB/wKAAALAkAgCEUNACAIQRxsIQUgAiAEQRxsaiEEIAsEQCAFRQ0BIAQgCyAF/AoAAAwBCyAFRQ0AIARBACAF/AsACyADIAI2AgAgAyADKAIEIAhqNgIEIAAoAhghAwsgACgCHCICQQFqIgQgACgCIEsEQCAEQRhsIQICfyADBEAgAyACIwcoAgARAQAMAQsgAiMIKAIAEQAACyEDIAAgBDYCICAAKAIcIQILAkAgCkEBaiIEIAJPDQAgAiAEa0EYbCICRQ0AIAMgCWoiBUEwaiAFQRhqIAL8CgAACyADIAlqIgIgBikDGDcAKCACIAYpAxA3ACAgAiAGKQMINwAYIAAgAzYCGCAAIAAoAhxBAWo2AhwgASACNgIAIAAoAhggBEEYbGoLIAZBIGokAAv5AgEKfyAAKAJcIAAoAgAoAjwgAS8BACIJQRRsai8BDCIKayEHIAAoAhghBAJAAkAgACgCHCIDRQ0AIAMhAgNAIAQgAkEYbGoiBkEMay8BACIIIAdJBEAgAiEFDAILAkAgByAIRw0AIAZBCGsvAQAiCCABLwECIgtGBEAgBkEKay8BACAJRg0ECyAIIAtLDQAgAiEFDAILIAJBAWsiAg0ACwsgAS8BAiEGIANBAWoiASAAKAIgSwRAIAFBGGwhAgJ/IAQEQCAEIAIjBygCABEBAAwBCyACIwgoAgARAAALIQQgACABNgIgIAAoAhwhAwtBgKACQYAgIApBAUYbIQIgBUEYbCEBAkAgAyAFTQ0AIAMgBWtBGGwiBUUNACABIARqIgNBGGogAyAF/AoAAAsgASAEaiIBQQA7ABYgASACNgASIAEgBjsAECABIAk7AA4gASAHOwAMIAFBfzYACCABQn83AAAgACAENgIYIAAgACgCHEEBajYCHAsLpAMBC38gACgCMCIGIAAoAigiAUkEQCMAQSBrIQUgAEFAayEJA0BBASECIAYEQANAIAAoAiQiAyAGIgFBAWsiCkEBdiIGQRhsIgtqIQQgCSECIAMgAUEYbGoiAygCBCIBIAAoAjgiB0kEQCAAKAI0IAFBDGxqIQILIAkhASAHIAQoAgQiCEsEQCAAKAI0IAhBDGxqIQELAkAgAygBEkH/H3EiByACKAIETw0AAkAgBCgBEkH/H3EiCCABKAIETw0AIAIoAgAgB0EcbGooAgAiAiABKAIAIAhBHGxqKAIAIgFHBEAgASACSw0BDAILIAMvARAiAiAELwEQIgFHBEAgASACSw0BDAILIAMoAgggBCgCCE8NAQsgBSADKQIQNwMYIAUgAykCCDcDECAFIAMpAgA3AwggAyAEKQIANwIAIAMgBCkCCDcCCCADIAQpAhA3AhAgACgCJCALaiICIAUpAwg3AgAgAiAFKQMYNwIQIAIgBSkDEDcCCCAKQQFLDQELCyAAKAIoIQEgACgCMEEBaiECCyAAIAI2AjAgAiIGIAFJDQALCwv+RgIffwF+IwBBoAFrIgYkACAAQUBrIRggAEEEaiEUIABBoAFqIR4DQEEAIQ8DQAJAIAAtAK4BQQFHDQAgACgCHCICRQ0AA0AgACACQQFrIgM2AhwCQCAAKAIYIAJBGGxqQRRrKAIAIgQgACgCOE8EQCADIQIMAQsgAyECIAAoAjQgBEEMbGoiAygCBEF/Rg0AIANBfzYCBCAAKAJQIQIgACAAKAJUIgVBAWoiAyAAKAJYIglLBH9BCCAJQQF0IgUgAyADIAVJGyIDIANBCE0bIgVBAnQhAwJ/IAIEQCACIAMjBygCABEBAAwBCyADIwgoAgARAAALIQIgACAFNgJYIAAoAlQiBUEBagUgAws2AlQgACACNgJQIAIgBUECdGogBDYCACAAKAIcIQILIAINAAsLAkAgAAJ/AkACfwJAAkAgD0EBcQ0AIAAtAK4BQQFGDQAgACAAKAIcIAAoAqgBakEBaiICNgKoAQJAIAJB6AdJDQAgAEEANgKoASAAKAKcASICRQ0AIAIoAgQiAkUNACAAIAAoAgggACgCDEEcbGpBGGsoAgA2AqQBIB4gAhEAAEUNACAAQQE6AK4BDAgLIAAtAK0BQQFGBEBBACEPIAAtAKwBQQFHDQZBACEHQQAhA0EAIAAoAhwiCUUNBRoDQAJAAkAgACgCACgCPCAAKAIYIgQgA0EYbGoiAi8BDkEUbGovAQwiBUH//wNGBEAgACgCXCIFIAIvAQxPQQAgBRsNASAAIAAoApgBIgRBAWo2ApgBIAIgBDYCCCAAKAIkIQUgACAAKAIoIgpBAWoiBCAAKAIsIghLBH9BCCAIQQF0IgggBCAEIAhJGyIEIARBCE0bIghBGGwhBAJ/IAUEQCAFIAQjBygCABEBAAwBCyAEIwgoAgARAAALIQUgACAINgIsIAAoAigiCkEBagUgBAs2AiggACAFNgIkIAUgCkEYbGoiBCACKQIANwIAIAQgAikCEDcCECAEIAIpAgg3AghBASEPIAdBAWohBwwCCyAAKAJcIAIvAQwgBWpPDQACQCACKAIEIgQgACgCOE8NACAAKAI0IARBDGxqIgIoAgRBf0YNACACQX82AgQgACgCUCEFIAAgACgCVCIKQQFqIgIgACgCWCIISwR/QQggCEEBdCIIIAIgAiAISRsiAiACQQhNGyIIQQJ0IQICfyAFBEAgBSACIwcoAgARAQAMAQsgAiMIKAIAEQAACyEFIAAgCDYCWCAAKAJUIgpBAWoFIAILNgJUIAAgBTYCUCAFIApBAnRqIAQ2AgALIAdBAWohBwwBCyAHRQRAQQAhBwwBCyAEIAMgB2tBGGxqIgQgAikCADcCACAEIAIpAhA3AhAgBCACKQIINwIICyAJIANBAWoiA0cNAAsMBAtBACEHAn9BAAJ/IAAoAggiBSAAKAIMIgNBHGxqIgJBHGsoAgAiCygCACIEQQFxBEAgBEEDdkEBcQwBCyAELwEsQQJ2QQFxCw0AGiADQQJJBEAgAC8BFAwBC0EAIAJBOGsoAgAoAgAvAUIiBEUNABogFCgCACgCCCIJKAJUIAkvASQgBGxBAXRqIAJBCGsoAgBBAXRqLwEACyEEIAJBGGsoAgAhECACQRRrKAIAIQkgAkEQaygCACEMIAYgFCgCACISNgKcASAGIAs2ApgBIAYgBEH//wNxIhE2ApQBIAYgDDYCkAEgBiAJNgKMASAGIBA2AogBQQEhFSADQQJIBEBBASENQQAhDkEADAMLAkACQCADQQJrIgJFDQADQAJAIAUgAkEcbGoiA0EcaygCACgCAC8BQiIIRQ0AIBIoAggiCigCVCAKLwEkIAhsQQF0aiADKAIUQQF0ai8BACIHRQ0AIAMhBQwDCwJ/IAMoAgAoAgAiCEEBcQRAIAhBAXZBAXEMAQsgCC8BLEEBcQtFBEAgAkEBayICRQ0CDAELCyADIQULQQAhBwsCQCAFKAIAIg5FBEBBASENQQAhDgwBCyAFKAIMIQggBSgCCCEDIAUoAgQhBQJ/IA4pAgAiIaciAkEBcQRAIAggIUI4iKciAmohCiADDAELIAIoAhhBACAIIAIoAhQiDRtqIQogAigCECECIAMgDWoLIQ9BACENIAIgBWoiFiAAKAJ0IhpNIAJFIBYgGkZxRXENAgJAIA8gACgCZCIWSw0AIA8gFkciD0UgACgCaCIWIApJcQ0AIAINAyAPDQMgCiAWRw0DCyAFIAAoAnhPDQIgAyAAKAJsIgJJDQAgAiADRiAIIAAoAnBJcSEVCyASDAILIAZBoAFqJAAgD0EBcQ8LQQAhFSASCyEXAkAgCykCACIhpyICQQFxIgoEQCAMICFCOIinIgNqIQsgCSEIDAELIAIoAhhBACAMIAIoAhQiAxtqIQsgAyAJaiEIIAIoAhAhAwsgAyAQaiEFQQAhFgJ/QQAgFUUNABogACgCdCIPIAVPBEBBACADRSAFIA9GcUUNARoLAkAgCCAAKAJkIg9LDQAgCCAPRyIPRSAAKAJoIhogC0lxDQBBACADDQEaQQAgDw0BGkEAIAsgGkcNARoLQQAgECAAKAJ4Tw0AGkEBIAkgACgCbCIPSQ0AGiAJIA9GIAwgACgCcElxCyEaAkAgACgCjAEiEyAFTyADRSAFIBNGcUVxDQACQCAIIAAoAnwiD0sNACAIIA9HIg9FIAAoAoABIhkgC0lxDQAgAw0BIA8NASALIBlHDQELIBAgACgCkAFPDQBBASEWIAkgACgChAEiA0kNACADIAlGIAwgACgCiAFJcSEWC0EAIQ8CQCAQIBNJDQAgACgCfCIDIAlPBEAgAyAJRw0BIAwgACgCgAFJDQELIAUgACgCkAFLDQAgACgChAEiAyAITQRAIAMgCEcNASALIAAoAogBSw0BCyAALQCsAUEBRw0AAn8CQCARRQRAIAoEQCACQYD+A3FBCHYhBAwCCyACLwEoIQQLQf//AyAEQf//A3FB//8DRg0BGgsgEigCCCgCTCAEQf//A3FBAXRqLwEACyEdQQEhCwJAAkACQCARQf7/A2sOAgACAQtBACELDAELIBEEQCASKAIIKAJIIBFBA2xqLQABQQBHIQsMAQsgCgRAIAJBAnZBAXEhCwwBCyACLwEsQQF2QQFxIQsLIAoEfyACQQV2QQFxBSACLwEsQQl2QQFxCyETIAZCADcDeCAGQgA3A3AgBkEINgJsIAZB8ABqIR9BACEKIAYoAmwhICAGQQA7AYIBIAZBADYCbCAGQQA6AIcBIAZBADoAhgEgBkEAOgCFAQJAIBQoAggiA0EBayICRQ0AIBQoAgQhGSAUKAIAKAIIIQkDQCADIQQgGSACIgNBHGxqIQggGSAEQRxsakE4aygCACIQKAIALwFCIgIEfyAJKAJUIAkvASQgAmxBAXRqBUEACyEMAkACQAJ/IAgoAgAiGygCACIFQQFxIhIEQCAFQQN2QQFxDAELIAUvASxBAnZBAXELDQAgDEUNACAMIAgoAhRBAXRqLwEAIgINAQsgEgRAIAVBgP4DcUEIdiECDAELIAUvASghAgsCQAJAAkAgAkH+/wNrDgICAQALIAkoAkggAkEDbGohBSAUKAIIIARHBEAgBS0AAEEBcQ0ECyAFLQACQQFxRQ0BIAogIE8NASAfIApBAXRqIAI7AQAgBiAKQQFqIgo2AmwMAQsgBCAUKAIIRw0CCwJAIAYtAIYBDQAgECgCACgCJCEcAn8gGygCACICQQFxBEAgAkEDdkEBcQwBCyACLwEsQQJ2QQFxCyECIAgoAhBBAWoiBCAcTw0AIAgoAhQgAkVqIRIDQAJAAkACfyAQKAIAIgIgAigCJEEDdGsgBEEDdGooAgAiBUEBcSIRBEAgBUEDdkEBcQwBCyAFLwEsQQJ2QQFxCw0AIAxFDQAgDCASQQF0ai8BACICDQELIBEEQCAFQYD+A3FBCHYhAgwBCyAFLwEoIQILIBICfwJAAkACQAJAAkACQCACQf7/A2sOAgEDAAsgCSgCSCACQQNsaiICLQAAQQFxRQ0AIAItAAEgBkEBOgCHAUEBcQ0DIBFFDQEMBAsgEQ0DIAUoAiRFDQAgBSgCMEUNACAGQQE6AIcBIAUoAjQNAgsgBS8BLEECdkEBcQwDCyAGQQE6AIcBCyAGQQE6AIYBDAMLIAVBA3ZBAXELRWohEiAEQQFqIgQgHEcNAAsLAkACfyAbKAIAIgJBAXEEQCACQQN2QQFxDAELIAIvASxBAnZBAXELDQAgCSgCIEUNACAJKAJEIAkoAkAgECgCAC8BQkECdGoiBC8BAEECdGoiAiAELwECIgVBAnRqIQwgBi8BggEiBEUEQCAFRQ0BIAIhBANAAkAgBC0AA0UEQCAIKAIUIAQtAAJGDQELIARBBGoiBCAMSQ0BDAMLCyAGIAQvAQAiBDsBggEgBEUNAQsgBUUNAANAAkAgAi8BACAERw0AIAgoAhQgAi0AAk8NACAGQQE6AIUBDAILIAJBBGoiAiAMSQ0ACwsgA0EBayICDQALCwJ/QQAgDQ0AGgJAIAdFBEAgDigCACICQQFxBEAgAkGA/gNxQQh2IQcMAgsgAi8BKCEHCyAHQf//A3FB//8DRw0AQQEMAQsgFygCCCgCTCAHQf//A3FBAXRqLwEAQf//A0YLIQkgACgCACICLwGgASEHAkAgHUH//wNxIg1B//8DRiISDQAgB0H//wNxRQRAQQAhBwwBC0EAIQMgBigCbCEIIAYvAYIBIQogFUUgCXJBAXEhDgNAIAIoAjwgAigCSCADQQZsaiIELwEAQRRsaiIFLwEMIQcgACgCXCEMAkACQCAELQAEQQFGBEAgGg0BDAILIA4NAQsgBS8BBCIQQQAgCiAQRxsNAEEAIAUvAQIgCBsNACAAKAJgIAwgB2tJDQAgACAEEHogACgCACECCyADQQFqIgMgAi8BoAEiB0kNAAsLAkAgAigCTCIIIAdB//8DcSIDayIHRQ0AIAIoAjwhBCACKAJIIQUgB0EBRwRAA0AgB0EBdiIKIANqIg4gAyANIAQgBSAOQQZsai8BAEEUbGovAQBLGyEDIAcgCmsiB0EBSw0ACwsCQCANIAQgBSADQQZsai8BAEEUbGovAQAiB00NACADQQFqIgMgCE8NACAEIAUgA0EGbGovAQBBFGxqLwEAIQcLIA0gB0H//wNxRw0AIAAoAlwgBCAFIANBBmxqIgcvAQBBFGxqIgUvAQxrIQQgBi8BggEhCCAVRSAJckEBcSEJA0ACQAJAIActAARBAUYEQCAaDQEMAgsgCQ0BCyAFLwEEIgVBACAFIAhHGw0AIAQgACgCYEsNACAAIAcQeiAAKAIAIQILIANBAWoiAyACKAJMRg0BIAIoAjwgAigCSCADQQZsaiIHLwEAQRRsaiIFLwEAIA1GDQALCyAAKAIcRQ0AIA1B//8DRyEVIAYtAIUBIREgBi0AhgEhECAGLQCHASEZIAYvAYIBIRtBACEJA0AgBiAJQRhsIhwgACgCGGoiBTYCaCAAKAIAKAI8IQQgBSAFKAESIgNB/79/cSIINgESQQEhAgJAIAAoAlwgBCAFLwEOQRRsIgxqIgQvAQwgBS8BDGpHBEAgCSEDDAELAn8gBC8BACICRQRAIAQvARIiB0GABHFBCXYiAiASciALckEBcQRAIBMgFSACGwwCCyAHQQFzDAELIAQvARIhB0EAIAIgDUcNABogB0GABHFFIBNyCyAHQQRxRSAQQQFzcnEhAiADQYAgcUUgB0ECcUUgC0F/c3IgA0EQdnJxAn8CQCAELwECIg5FDQBBACIDIAYoAmwiF0UNARoDQCAGQfAAaiADQQF0ai8BACAORg0BIANBAWoiAyAXRw0AC0EADAELIAILIQMgGXEhCiAELwEEIgIEQCAKIBFxIAogAiAbRiICGyEKIAIgA3EhAwsCfwJAAkACQAJAAkAgBC8BECICBEAgACgCACgCeCACQQF0aiECA0AgAi8BACIORQ0CIAZBQGsgBikCkAE3AwAgBiAGKQKYATcDSCAGIAYpAogBNwM4IAZB0ABqIAZBOGogDhA9IAJBAmohAiAGKAJgRQ0ACwwDCyADQQFxDQEMAgsgA0EBcUUNAQtBACEOAkAgCkEBcUUNAAJAIAdBwABxDQAgACgCACgCPCAMaiEDQQEhAgNAIAJBFGwhCiACQQFqIQIgAyAKaiIHLwESIgpBCHENAAsgBy8BDCICQf//A0YNASADLwEMIgcgAk8EQCAKQQJxRQ0CIAIgB0cNAgsgCkGAAnFFDQAgAy8BAA0BCyAAIAZB6ABqEHlBAEchDiAGKAJoIgUoARIhCAsCQCAIQYCAAnFFDQACQCAAKAIMIgJBAk4EQCAAKAIIIQcCQCACQQJrIgJFBEBBACEKDAELA0ACQCAHIAJBHGxqIgNBHGsoAgAoAgAvAUIiCgRAIBQoAgAoAggiDCgCVCAMLwEkIApsQQF0aiADKAIUQQF0ai8BACIKDQELQQAhCgJ/IAMoAgAoAgAiDEEBcQRAIAxBAXZBAXEMAQsgDC8BLEEBcQsNACACQQFrIgINAQwCCwsgAyEHCyAHKQIEISEgBygCDCEDIAcoAgAhAiAGIBQoAgA2AmQgBiACNgJgIAYgCjYCXCAGIAM2AlggBiAhNwJQIAINAQsgBSAIQYCAAXI2ARIMAQsgBSAIQf//fXE2ARIgBCEDA0AgAyICQRRrIQMgAkECay0AAEEYcQ0AIAJBCGsvAQANAAsgAkEOay8BAEH//wNGDQAgBiAGKQJgNwMwIAYgBikCWDcDKCAGIAYpAlA3AyAgACAFIAMgBkEgahB4CyAELwEGQf//A0cEQCAGIAYpApgBNwMYIAYgBikCkAE3AxAgBiAGKQKIATcDCCAAIAUgBCAGQQhqEHgLIAUoARIiAkGAgAFxDQEgBSAFLwEOQQFqIgM7AQ4gACgCACgCPCADQf//A3FBFGxqIQMgBQJ/AkAgBC8BAA0AIAQvARJBAXENACADLQASQQJxRQ0AIAJBgCByDAELIAJB/99+cQtB//97cTYBEiABBEAgAy0AEkEHdiAPciEPC0F/IAlBf0YNAxogCUEBaiEIIAkhAgNAIAYgACgCGCACQRhsaiIENgJQAkAgACgCACgCPCAELwEOIgpBFGxqIgMvAQ4iB0H//wNGDQAgAy8BEiIFQRBxBEAgBCAHOwEOIAJBAWshAgwBCyAFQQhxBEAgBCAKQQFqOwEOIAMvARIhBSACQQFrIQILAkAgBUGACHFFDQAgBUEEcUUNACAQQQFxDQELIAAgBkHQAGoQeSIERQ0AIAQgAy8BDjsBDiAOQQFqIQ4gCEEBaiEIIAMvARIiBUEIcQRAIAQgBCgBEkGAIHI2ARIgAy8BEiEFCyAFQYAIcUUNACAFQQJxRQRAIAQgBCgBEkH//3txQYCABEEAIAAoAgAoAjwgAy8BDkEUbGovAQwgAy8BDEYbcjYBEgwBCyAAKAIAKAI8IAYoAlAvAQ5BFGxqQQhrLwEAIAMvAQxPDQAgBCAEKAESQYAgcjYBEgsgAkEBaiICIAhJDQALDAILQQAhDiAKQQFxDQEgBSgCBCIEIAAoAjhPDQAgACgCNCAEQQxsaiICKAIEQX9GDQAgAkF/NgIEIAAoAlAhAyAAIAAoAlQiBUEBaiICIAAoAlgiCEsEf0EIIAhBAXQiBSACIAIgBUkbIgIgAkEITRsiBUECdCECAn8gAwRAIAMgAiMHKAIAEQEADAELIAIjCCgCABEAAAshAyAAIAU2AlggACgCVCIFQQFqBSACCzYCVCAAIAM2AlAgAyAFQQJ0aiAENgIACyAAKAIcIAlBf3NqQRhsIgIEQCAAKAIYIBxqIgMgA0EYaiAC/AoAAAsgACAAKAIcQQFrNgIcIAlBAWsMAQsgCQshAyAOQQFqIQILIAIgA2oiCSAAKAIcIgxJDQALQQEhCSAMQQJPBEADQAJAAkAgACgCGCAJQRhsaiICLwEMIg0gAkEMay8BACIDRwRAIAMgDU0NAiACLwEQIQoMAQsgAi8BECIKIAJBCGsvAQAiA0cEQCADIApLDQEMAgsgGCEDIAIoAgQiBCAAKAI4IgVJBEAgACgCNCAEQQxsaiEDCyAYIQcgBSACQRRrKAIAIgRLBEAgACgCNCAEQQxsaiEHCyAHKAIEIQQCQCADKAIEIgVFDQAgBEUNACADKAIAKAIAIAcoAgAoAgBJDQEMAgsgBQ0BIARFDQELIAIoAgghDiACLwEOIQwgAigCBCELIAIoAgAhECAGIAIvARY7AVQgBiACKAESNgJQIAIgAkEYayIDKQIANwIAIAIgAykCCDcCCCACIAMpAhA3AhBBACEEAkAgCSICQQFrIgNFDQADQCACIQUgAyECAkAgACgCGCISIAVBGGxqIgNBJGsvAQAiBSANRwRAIAUgDUsNASACIQQMAwsgCkH//wNxIgUgA0Egay8BACIIRwRAIAUgCEkNASACIQQMAwsgGCEIIAAoAjgiBSALSwRAIAAoAjQgC0EMbGohCAsgGCEHIAUgA0EsaygCACIDSwRAIAAoAjQgA0EMbGohBwsgBygCBCEDAkAgCCgCBCIFRQ0AIANFDQAgCCgCACgCACAHKAIAKAIASQ0BIAIhBAwDCyAFBEAgAiEEDAMLIAMNACACIQQMAgsgEiACQRhsaiIDIANBGGsiBSkCADcCACADIAUpAhA3AhAgAyAFKQIINwIIIAJBAWsiAw0ACwsgACgCGCAEQRhsaiICIAo7ARAgAiAMOwEOIAIgDTsBDCACIA42AgggAiALNgIEIAIgEDYCACACIAYoAlA2ARIgAiAGLwFUOwEWIAAoAhwhDAsgCUEBaiIJIAxJDQALC0EAIQ0gDEUNAANAAkAgDUEYbCIZIAAoAhhqIgstABNBwABxRQRAAkACQCANIgpBAWoiBSAMTw0AA0AgBUEYbCIbIAAoAhhqIgcvAQwgCy8BDEcNASAHLwEQIAsvARBHDQEgGCECIAsoAgQiBCAAKAI4IglPIg5FBEAgACgCNCAEQQxsaiECCyAYIQMgBygCBCIQIAlPIhJFBEAgACgCNCAQQQxsaiEDCwJAIAIoAgQiCUUNACADKAIERQ0AIAIoAgAgCUEcbGoiAkEcaygCACEJIAMoAgAoAgACfyACQQxrKAIAKQIAIiGnIgJBAXEEQCAhQjiIpwwBCyACKAIQCyAJak8NAgsgGCEIIA5FBEAgACgCNCAEQQxsaiEICyAYIQkgEkUEQCAAKAI0IBBBDGxqIQkLQQEhDiAGQQE6AGggBkEBOgBQIAkoAgQhFUEAIQMCQAJAAkACQCAIKAIEIhwEQEEBIQRBACECA0ACQAJAIAMgFUkEQAJAAkAgCCgCACACQRxsaiIRKAIQIhcgCSgCACADQRxsaiITKAIQIh1GBEAgESgCGCATKAIYRw0BIANBAWohAyACQQFqIQIMBQsgESgCACIRIBMoAgAiE0kNAyARIBNNBEACfyAXKQIAIiGnIhdBAXEEQCAhQjiIpwwBCyAXKAIQCyARaiERIBECfyAdKQIAIiGnIhdBAXEEQCAhQjiIpwwBCyAXKAIQCyATaiITSw0EIBEgE08NAQsMAQsgAkEBaiECQQAhBAsgA0EBaiEDQQAhDgwCCyAGIAQ6AGggBiAOOgBQIAZB6ABqIQIMBAsgAkEBaiECQQAhBAsgAiAcSQ0ACyAGIAQ6AGggBiAOOgBQCyAGQdAAaiECIAMgFUkNACAOQQFxDQEMAgsgAkEAOgAAIAYtAFBFDQELIAcoARIhAgJAIAsvAQ4gBy8BDkcNACACQYAgcUUEQCALLQATQRBxDQELAkAgEg0AIAAoAjQgEEEMbGoiAigCBEF/Rg0AIAJBfzYCBCAAKAJQIQIgACAAKAJUIgdBAWoiAyAAKAJYIgRLBH9BCCAEQQF0IgQgAyADIARJGyIDIANBCE0bIgRBAnQhAwJ/IAIEQCACIAMjBygCABEBAAwBCyADIwgoAgARAAALIQIgACAENgJYIAAoAlQiB0EBagUgAws2AlQgACACNgJQIAIgB0ECdGogEDYCACAAKAIcIQwLIAwgCmtBGGxBMGsiAgRAIAAoAhgiAyAbaiADIApBGGxqQTBqIAL8CgAACyAAIAAoAhxBAWs2AhwMAgsgByACQYDAAHI2ARILIAYtAGhBAUYEQCALKAESIQICQCALLwEOIAcvAQ5HDQAgAkGAIHFFBEAgBy0AE0EQcQ0BCwJAIAsoAgQiBCAAKAI4Tw0AIAAoAjQgBEEMbGoiAigCBEF/Rg0AIAJBfzYCBCAAKAJQIQMgACAAKAJUIgVBAWoiAiAAKAJYIglLBH9BCCAJQQF0IgUgAiACIAVJGyICIAJBCE0bIgVBAnQhAgJ/IAMEQCADIAIjBygCABEBAAwBCyACIwgoAgARAAALIQMgACAFNgJYIAAoAlQiBUEBagUgAgs2AlQgACADNgJQIAMgBUECdGogBDYCAAsgACgCHCANQX9zakEYbCICBEAgACgCGCAZaiIDIANBGGogAvwKAAALIAAgACgCHEEBayIMNgIcIA1BAWshDQwFCyALIAJBgMAAcjYBEgsgBSEKCyAKQQFqIgUgACgCHCIMSQ0ACwsgACgCACgCPCALLwEOQRRsai8BDEH//wNHDQAgCy0AE0EgcQ0AIAAgACgCmAEiAkEBajYCmAEgCyACNgIIIAAoAiQhAiAAIAAoAigiB0EBaiIDIAAoAiwiBEsEf0EIIARBAXQiBCADIAMgBEkbIgMgA0EITRsiBEEYbCEDAn8gAgRAIAIgAyMHKAIAEQEADAELIAMjCCgCABEAAAshAiAAIAQ2AiwgACgCKCIHQQFqBSADCzYCKCAAIAI2AiQgAiAHQRhsaiICIAspAgA3AgAgAiALKQIQNwIQIAIgCykCCDcCCCAAKAIcIAsgACgCGGtBGG1Bf3NqQRhsIgIEQCALIAtBGGogAvwKAAALIAAgACgCHEEBayIMNgIcIA1BAWshDUEBIQ8LIA1BAWohDQwBCyAMIA1Bf3NqQRhsIgIEQCALIAtBGGogAvwKAAALIAAgACgCHEEBayIMNgIcCyAMIA1LDQALCwJAAkACQCAWRQ0AAkAgGgRAIAAoAlwgACgCYEkNAQsgACgCHCIDBEAgACgCGCEEIAAoAgAoAjwhBUEAIQIDQCAFIAQgAkEYbGoiCS8BDkEUbGovAQwiCEH//wNHBEAgACgCXCAJLwEMIAhqSQ0DCyACQQFqIgIgA0cNAAsLIAAoAlwgACgCYE8NASAALQCsAQ0BIAAoAgggACgCDEEcbGpBHGsoAgAoAgAiAkEBcQ0AIAItACxBA3ENACACKAIkRQ0AAkACQAJAIAAoAgAiBCgClAEiAw4CBAABCyACLwEoIQggBCgCkAEhCUEAIQIMAQsgAi8BKCEIIAQoApABIQlBACECA0AgAiADQQF2IgQgAmoiAiAJIAJBAXRqLwEAIAhB//8DcUsbIQIgAyAEayIDQQFLDQALCyAJIAJBAXRqLwEAIAhB//8DcUcNAQtBACECIBQQSUEBaw4CAgEACyAAQQE6AK0BDAULQQEhAiAAIAAoAlxBAWo2AlwLIAAgAjoArAEMAwsgACgCHCAHaws2AhwLAkACQAJAIBQjAkEOahBIQQFrDgIBAAILIAAtAKwBRQRAIABBAToArAEgACAAKAJcQQFqNgJcCyAAQQA6AK0BDAILIAAtAKwBQQFGBEAgAEEAOgCsASAAIAAoAlxBAWs2AlwLIABBADoArQEMAQsgACgCDCIDQQFrIgIEQAJAIANBAmsiAwRAIAAoAgghCQNAIAIhBQJAAn8gCSADIgJBHGxqIgQoAgAoAgAiA0EBcQRAIANBAnENBSADQQN2QQFxDAELIAMvASwiA0EBcQ0EIANBAnZBAXELDQAgBEEcaygCACgCAC8BQiIDRQ0AIBQoAgAoAggiCCgCVCAILwEkIANsQQF0aiAEKAIUQQF0ai8BAA0DCyACQQFrIgMNAAsLQQEhBQsgACAFNgIMIAAgACgCXEEBazYCXAUgAEEBOgCuAQsMAAsACwAL+woBDH8CfyAAKAIoRQRAQQAgAEEAEHxFDQEaCyAAQSRqIQkCQCAAKAIwRQ0AIAAQeyAAKAIwIgZFBEBBACEGDAELIAAoAigiBUECSQ0AIAVBAWsiA0EDcSEHIAkoAgAhAgJAIAVBAmtBA0kEQEEBIQVBACEDDAELIANBfHEhCkEAIQNBASEFA0AgBUEDaiAFQQJqIAVBAWogBSADIAIgBUEYbGoiCCgCCCACIANBGGxqKAIISRsiAyAIKAIgIAIgA0EYbGooAghJGyIDIAgoAjggAiADQRhsaigCCEkbIgMgCCgCUCACIANBGGxqKAIISRshAyAFQQRqIQUgBEEEaiIEIApHDQALCyAHRQ0AA0AgBSADIAIgBUEYbGooAgggAiADQRhsaigCCEkbIQMgBUEBaiEFIAtBAWoiCyAHRw0ACwsgCSgCACADQRhsaiICKAIAIgVBf0YEQCAAIAAoApQBIgVBAWo2ApQBIAIgBTYCAAsgASAFNgIAIAEgAi8BEDsBBCAAQTRqIQUCQCACKAIEIgggACgCOE8EQCABIAAoAkA2AgggASAAKAJEOwEGDAELIAEgBSgCACAIQQxsaiICKAIANgIIIAEgAigCBCIBOwEGIAFBf0YNACACQX82AgQgACgCUCEBIAAgACgCVCIEQQFqIgIgACgCWCIGSwR/QQggBkEBdCIEIAIgAiAESRsiAiACQQhNGyIEQQJ0IQICfyABBEAgASACIwcoAgARAQAMAQsgAiMIKAIAEQAACyEBIAAgBDYCWCAAKAJUIgRBAWoFIAILNgJUIAAgATYCUCABIARBAnRqIAg2AgAgACgCMCEGCwJAIAYEQCMAQSBrIggkAAJAIAMiASAJKAIEQQFrIgJGBEAgCSADNgIEDAELIAkoAgAiBCABQRhsIgZqIgMgBCACQRhsaiICKQIANwIAIAMgAikCEDcCECADIAIpAgg3AgggCSAJKAIEQQFrNgIEAkAgAUUNACAJKAIAIgIgAUEBa0EBdkEYbGohAyACIAZqIgIoAgQiBCAFKAIEIgZPBH8gBUEMagUgBSgCACAEQQxsagshBCAGIAMoAgQiB00EfyAFQQxqBSAFKAIAIAdBDGxqCyEGIAIoARJB/x9xIgcgBCgCBE8NAAJAIAMoARJB/x9xIgogBigCBE8NACAEKAIAIAdBHGxqKAIAIgQgBigCACAKQRxsaigCACIGRwRAIAQgBkkNAQwCCyACLwEQIgQgAy8BECIGRwRAIAQgBk8NAgwBCyACKAIIIAMoAghPDQELIAVBDGohAwNAIAkoAgAiBiABIgRBAWsiCkEBdiIBQRhsIgtqIQcgAyECIAYgBEEYbGoiBigCBCIEIAUoAgQiDEkEQCAFKAIAIARBDGxqIQILIAMhBCAMIAcoAgQiDUsEQCAFKAIAIA1BDGxqIQQLIAYoARJB/x9xIgwgAigCBE8NAgJAIAcoARJB/x9xIg0gBCgCBE8NACACKAIAIAxBHGxqKAIAIgIgBCgCACANQRxsaigCACIERwRAIAIgBEkNAQwECyAGLwEQIgIgBy8BECIERwRAIAIgBEkNAQwECyAGKAIIIAcoAghPDQMLIAggBikCEDcDGCAIIAYpAgg3AxAgCCAGKQIANwMIIAYgBykCADcCACAGIAcpAgg3AgggBiAHKQIQNwIQIAkoAgAgC2oiAiAIKQMINwIAIAIgCCkDGDcCECACIAgpAxA3AgggCkECTw0ACwwBCyAJIAEgBRB3CyAIQSBqJAAgACAAKAIoNgIwDAELIAAoAiggA0F/c2pBGGwiAQRAIAAoAiQgA0EYbGoiAyADQRhqIAH8CgAACyAAIAAoAihBAWs2AigLQQELC1gBA38CQAJAIAIoAgAiAyACKAIEIgRyRQRAIAJCfzcCAAwBCyABKAIAIgUgA0sNASADIAVHDQAgASgCBCAESw0BCyAAIAEpAgA3AnwgACACKQIANwKEAQsLVwEDfwJAAkAgAigCACIDIAIoAgQiBHJFBEAgAkJ/NwIADAELIAEoAgAiBSADSw0BIAMgBUcNACABKAIEIARLDQELIAAgASkCADcCZCAAIAIpAgA3AmwLC50EAQZ/IwBBIGsiBCQAIAQgAikCEDcDGCAEIAIpAgg3AxAgBCACKQIANwMIIABBADYCMCAAQQA2AiggAEEANgIcIAQoAhghBSAEKAIQIQYgBCgCDCEIIAQoAgghCSAEKAIcIQIgACAEKAIUOwEUIAAgAjYCBCAAQQA2AgwgACgCCCECIAAoAhAEf0EABQJ/IAIEQCACQeABIwcoAgARAQAMAQtB4AEjCCgCABEAAAshAiAAQQg2AhAgACgCDAshByAAIAI2AgggACAHQQFqNgIMIAIgB0EcbGoiAkEANgIYIAJCADcCECACIAY2AgwgAiAINgIIIAIgCTYCBCACIAU2AgAgAEEANgJUIAAoAjgEQCAAKAJQIQdBACECA0AgACgCNCACQQxsakF/NgIEIAAgACgCVCIGQQFqIgUgACgCWCIISwR/QQggCEEBdCIGIAUgBSAGSRsiBSAFQQhNGyIGQQJ0IQUCfyAHBEAgByAFIwcoAgARAQAMAQsgBSMIKAIAEQAACyEHIAAgBjYCWCAAKAJUIgZBAWoFIAULNgJUIAAgBzYCUCAHIAZBAnRqIAI2AgAgAkEBaiICIAAoAjhJDQALCyAAQgA3ApQBIABBATYCrAEgAEEANgJcIAAgATYCACAAQgA3ApwBIABCADcCpAEgAwRAIAAgAzYCnAEgAygCACEBIABBADYCpAEgACABNgKgAQsgBEEgaiQAC/kBAQJ/QbABIwgiASgCABEAACIAQQBBzAD8CwAgAEIANwJQIABBfzYCTCAAQgA3AlggAEIANwKUASAAQX82ApABIABC/////w83AogBIABCgICAgHA3AoABIABC/////w83AnggAEL/////DzcCcCAAQoCAgIBwNwJoIABC/////w83AmAgAEIANwKcASAAQgA3AqQBIABBADYCrAEgAEHAASABKAIAEQAANgIYIABBCDYCICAAKAIkIQEgACgCLEEHTQRAAn8gAQRAIAFBwAEjBygCABEBAAwBC0HAASMIKAIAEQAACyEBIABBCDYCLAsgACABNgIkIAALIwEBfyAAKAJkIAFLBH8gACgCYCABQRxsai0AGAVBAAtBAXELUAEDfyAAKAJMIgJFBEBBAQ8LIAAoAkghA0EAIQADQAJAIAEgAyAAQQZsaiIELwECRw0AIAQtAARBAUYNAEEADwsgAEEBaiIAIAJHDQALQQELEAAgACgCYCABQRxsaigCFAsQACAAKAJgIAFBHGxqKAIQCzYBAX8gACgCYCABQRxsaiIBKAIIIQMgAiABKAIMIgE2AgAgAUUEQEEADwsgACgCVCADQQN0agstAQF/IAAoAiQgAUH//wNxQQN0aiIBKAIAIQMgACgCGCACIAEoAgQ2AgAgA2oLLwEBfyACQf//A3EiAiAAKAIwIAFBDGxqIgAoAgRJBH8gACgCACACai0AAAVBAAsLLQEBfyAAKAIMIAFB//8DcUEDdGoiASgCACEDIAAoAgAgAiABKAIENgIAIANqCwcAIAAoAigLBwAgACgCEAsHACAAKAJkC/ANAQd/IwBBoAFrIgYkAEGkASMIKAIAEQAAIQMgBkEAQZwB/AsAAkAgACgCnAEiAUUNACABKAJcDQAgASgCaCABRw0AIAEgASgCqAFBAWo2AqgBCyAALwGgASECIAMgBkGcAfwKAAAgA0EAOwGiASADIAI7AaABIAMgATYCnAEgAygCPCEBIAAoAjwhBQJAIAAoAkAiBCADKAJETQRAIARBFGwhAgwBCyAEQRRsIQICfyABBEAgASACIwcoAgARAQAMAQsgAiMIKAIAEQAACyEBIAMgBDYCRAsgAyAENgJAIAIEQCABIAUgAvwKAAALIAMgATYCPCADKAJIIQEgACgCSCEFAkAgACgCTCIEIAMoAlBNBEAgBEEGbCECDAELIARBBmwhAgJ/IAEEQCABIAIjBygCABEBAAwBCyACIwgoAgARAAALIQEgAyAENgJQCyADIAQ2AkwgAgRAIAEgBSAC/AoAAAsgAyABNgJIIAMoAlQhASAAKAJUIQUCQCAAKAJYIgQgAygCXE0EQCAEQQN0IQIMAQsgBEEDdCECAn8gAQRAIAEgAiMHKAIAEQEADAELIAIjCCgCABEAAAshASADIAQ2AlwLIAMgBDYCWCACBEAgASAFIAL8CgAACyADIAE2AlQgAygCYCEBIAAoAmAhBQJAIAAoAmQiBCADKAJoTQRAIARBHGwhAgwBCyAEQRxsIQICfyABBEAgASACIwcoAgARAQAMAQsgAiMIKAIAEQAACyEBIAMgBDYCaAsgAyAENgJkIAIEQCABIAUgAvwKAAALIAMgATYCYCADKAJsIQEgACgCbCEFAkAgACgCcCIEIAMoAnRNBEAgBEEDdCECDAELIARBA3QhAgJ/IAEEQCABIAIjBygCABEBAAwBCyACIwgoAgARAAALIQEgAyAENgJ0CyADIAQ2AnAgAgRAIAEgBSAC/AoAAAsgAyABNgJsIAMoAnghASAAKAJ4IQUCQCAAKAJ8IgQgAygCgAFNBEAgBEEBdCECDAELIARBAXQhAgJ/IAEEQCABIAIjBygCABEBAAwBCyACIwgoAgARAAALIQEgAyAENgKAAQsgAyAENgJ8IAIEQCABIAUgAvwKAAALIAMgATYCeCADKAKEASEBIAAoAoQBIQQgACgCiAEiAiADKAKMAUsEQAJ/IAEEQCABIAIjBygCABEBAAwBCyACIwgoAgARAAALIQEgAyACNgKMAQsgAyACNgKIASACBEAgASAEIAL8CgAACyADIAE2AoQBIAMoApABIQEgACgCkAEhBQJAIAAoApQBIgQgAygCmAFNBEAgBEEBdCECDAELIARBAXQhAgJ/IAEEQCABIAIjBygCABEBAAwBCyACIwgoAgARAAALIQEgAyAENgKYAQsgAyAENgKUASACBEAgASAFIAL8CgAACyADIAE2ApABIAMoAgAhASAAKAIAIQQgACgCBCICIAMoAghLBEACfyABBEAgASACIwcoAgARAQAMAQsgAiMIKAIAEQAACyEBIAMgAjYCCAsgAyACNgIEIAIEQCABIAQgAvwKAAALIAMgATYCACADKAIMIQEgACgCDCEFAkAgACgCECIEIAMoAhRNBEAgBEEDdCECDAELIARBA3QhAgJ/IAEEQCABIAIjBygCABEBAAwBCyACIwgoAgARAAALIQEgAyAENgIUCyADIAQ2AhAgAgRAIAEgBSAC/AoAAAsgAyABNgIMIAMoAhghASAAKAIYIQQgACgCHCICIAMoAiBLBEACfyABBEAgASACIwcoAgARAQAMAQsgAiMIKAIAEQAACyEBIAMgAjYCIAsgAyACNgIcIAIEQCABIAQgAvwKAAALIAMgATYCGCADKAIkIQEgACgCJCEFAkAgACgCKCIEIAMoAixNBEAgBEEDdCECDAELIARBA3QhAgJ/IAEEQCABIAIjBygCABEBAAwBCyACIwgoAgARAAALIQEgAyAENgIsCyADIAQ2AiggAgRAIAEgBSAC/AoAAAsgAyABNgIkIAMoAjAhASAAKAIwIQUCQCAAKAI0IgQgAygCOE0EQCAEQQxsIQIMAQsgBEEMbCECAn8gAQRAIAEgAiMHKAIAEQEADAELIAIjCCgCABEAAAshASADIAQ2AjgLIAMgBDYCNCACBEAgASAFIAL8CgAACyADIAE2AjAgAygCNARAQQAhBQNAIAAoAjBBACECIAVBDGwiByADKAIwaiIEQQA2AgggBEIANwIAIAdqIgEoAgAhByABKAIEIgEEQCABIwgoAgARAAAhAiAEIAE2AggLIAQgATYCBCABBEAgAiAHIAH8CgAACyAEIAI2AgAgBUEBaiIFIAMoAjRJDQALCyAGQaABaiQAIAMLg1oCG38BfiMAQbABayIFJAACQAJAIAAEQCAAKAIAQRBrQXxLDQELIARBBjYCAAwBC0GkASMIKAIAEQAAIQYgBUIANwNYIAVCADcDUCAFQgA3A0ggBUFAayIHQgA3AwAgBUIANwM4IAVCADcDMAJAIAAoAlwNACAAKAJoIABHDQAgACAAKAKoAUEBajYCqAELIAYgBSkDMDcCACAGIAUpA1g3AiggBiAFKQNQNwIgIAYgBSkDSDcCGCAGIAcpAwA3AhAgBiAFKQM4NwIIIAZBMGpBAEHsAPwLACAGQQA2AqABIAYgADYCnAEgBkEQIwgoAgARAAAiADYCeCAGQQg2AoABIAYgBigCfCIHQQFqNgJ8IAAgB0EBdGpBADsBACAFQgA3AiggBSABIAJqNgIkIAUgATYCICAFIAE2AhwgBUEcaiIAEAwaIAAQDQJAIAUoAhwiCiAFKAIkSQRAA0AgBigCYCEBIAYoAlghCCAGKAJAIQACQCAGKAJkIgdBAWoiAiAGKAJoIgtNBEAgByEODAELQQggC0EBdCILIAIgAiALSRsiAiACQQhNGyILQRxsIQICfyABBEAgASACIwcoAgARAQAMAQsgAiMIKAIAEQAACyEBIAYgCzYCaCAGKAJkIg5BAWohAiAFKAIcIQoLIAYgAjYCZCAGIAE2AmAgBUEAOgAaIAVBADsBGCAFKAIgIQIgASAOQRxsaiIBQQA6ABggAUEANgIUIAFBADYCDCABIAg2AgggAUEANgIEIAEgADYCACABIAogAms2AhAgASAFLwEYOwAZIAEgBS0AGjoAGyAFQQA2AhQgBUIANwIMIAQgBiAFQRxqQQBBAEEAIAVBDGoQHzYCACAGKAI8IQEgBiAGKAJAIgpBAWoiAiAGKAJEIgtLBH9BCCALQQF0IgsgAiACIAtJGyICIAJBCE0bIgtBFGwhAgJ/IAEEQCABIAIjBygCABEBAAwBCyACIwgoAgARAAALIQEgBiALNgJEIAYoAkAiCkEBagUgAgs2AkAgBiABNgI8IAVB//8DOwFkIAVBfzYCYCABIApBFGxqIgFBADYBAiABQQA7AQAgASAFKAJgNgEGIAEgBS8BZDsBCiABQv////8PNwEMIAYoAmAgBigCZEEcbGoiAkEYayINIAYoAkAgAGs2AgAgAkEQayAGKAJYIAhrNgIAIAJBCGsgBSgCHCAFKAIgayIBNgIAIAQoAgAiCARAIAhBf0YEQCAEQQE2AgALIAMgATYCACAFKAIMIgBFDQMgACMJKAIAEQIADAMLIAYoAjAhASACQRxrIAYgBigCNCIKQQFqIgkgBigCOCIISwR/QQggCEEBdCIIIAkgCCAJSxsiCCAIQQhNGyILQQxsIQgCfyABBEAgASAIIwcoAgARAQAMAQsgCCMIKAIAEQAACyEBIAYgCzYCOCAGKAI0IgpBAWoFIAkLNgI0IAYgATYCMCABIApBDGxqIgEgBSkCDDcCACABIAUoAhQ2AghB//8DIQkDQAJ/AkAgBigCPCICIABBFGxqIgEvAQANACABLwEMDQAgAS8BBA0AIAIgAEEBaiISQRRsaiIPLwEARQ0AIA8vAQxBAUcNACAPLQASQQJxDQAgAS8BDgwBCyABIQ8gACESIAkLIQggBigCQCEBIA8vAQwiC0UhDCASIQACQANAIABBAWoiACABTw0BIAIgAEEUbGoiEC0AEkEQcQ0BIBAvAQwgC0cNAAtBACEMCyAPLwEAIRACQCAGKAJMIgsgBi8BoAEiAGsiAUUEQCAGKAJIIQkMAQsgBigCSCEJIAFBAUcEQANAIAFBAXYiESAAaiIKIAAgECACIAkgCkEGbGovAQBBFGxqLwEASxshACABIBFrIgFBAUsNAAsLIAAgECACIAkgAEEGbGovAQBBFGxqLwEAS2ohAAsCQCAAIAtPDQADQCACIAkgAEEGbGoiAS8BAEEUbGovAQAgEEcNASABLwECIAdB//8DcU8NASAAQQFqIgAgC0cNAAsgCyEACyALQQFqIgEgBigCUEsEQCABQQZsIQICfyAJBEAgCSACIwcoAgARAQAMAQsgAiMIKAIAEQAACyEJIAYgATYCUCAGKAJMIQsLIABBBmwhAQJAIAAgC08NACALIABrQQZsIgBFDQAgASAJaiICQQZqIAIgAPwKAAALIAEgCWoiAEEAOgAFIAAgDDoABCAAIAc7AAIgACASOwAAIAYgCTYCSCAGIAYoAkxBAWo2AkwgDy8BAEUEQCAGIAYvAaABQQFqOwGgAQsgDy8BDiIAQf//A0cEQCAIIQkMAQtB//8DIQkgCEH//wNxIgBB//8DRw0ACygCACIAIAAgDSgCAGpBAWsiC0kEQCAGKAI8IQEDQAJAIAEgAEEUbCIQaiICLwESQShxQShHDQAgAi8BDiIIQf//A0YNACAAIAhNDQAgASAIQRRsaiICLwEOIgdB//8DRg0AIAcgCE0NACAHIAtPDQAgBigCQCEHIAUgAikBADcDYCAFIAIpAQY3AWYgAi8BDCENIAIoARAhAgJAIAdBAWoiDiAGKAJEIgxNBEAgByEPDAELIAFBCCAMQQF0IgEgDiABIA5LGyIBIAFBCE0bIgxBFGwjBygCABEBACEBIAYgDDYCRCAGKAJAIg9BAWohDgsgBiAONgJAIAYgATYCPCABIA9BFGxqIgEgBSkDYDcBACAFKQFmISAgASACNgEQIAFB//8DOwEOIAEgIDcBBiAFQf//AzsBCCAFQX82AgQgBigCPCEBIAYgBigCQCIOQQFqIgIgBigCRCIMSwR/QQggDEEBdCIMIAIgAiAMSRsiAiACQQhNGyIMQRRsIQICfyABBEAgASACIwcoAgARAQAMAQsgAiMIKAIAEQAACyEBIAYgDDYCRCAGKAJAIg5BAWoFIAILNgJAIAYgATYCPCABIA5BFGxqIgFBADYBAiABQQA7AQAgASAFKAIENgEGIAEgBS8BCDsBCiABQYCAwAA2ARAgASAIQQFqOwEOIAEgDTsBDCAGKAI8IgEgEGogBzsBDgsgAEEBaiIAIAtHDQALCyAFKAIcIgogBSgCJEkNAAsLQQAhEwJAIAYoAkwiAkUEQAwBC0EAIQBBACEJA0ACQCAGKAJIIABBBmxqIgEtAAQNACAGKAI8IAEvAQBBFGxqLwEARQ0AAkAgGUEBaiIBIAlNDQBBCCAJQQF0IgIgASABIAJJGyICIAJBCE0bIglBAXQhAiAWBEAgFiACIwcoAgARAQAhFgwBCyACIwgoAgARAAAhFgsgFiAZQQF0aiAAOwEAIAYoAkwhAiABIRkLIABBAWoiACACSQ0ACwsCQAJAAkAgBigCQEUEQEEBIR4MAQtBACEMQQAhCEEAIQ8DQAJ/IAYoAjwgE0EUbGoiBy8BDCILQf//A0YEQCAHIAcvARJBgANyOwESIBNBAWoMAQsgByAHLwESIhBBv39xQcAAQQAgBy8BBkH//wNHG3IiDjsBEgJAIBNBAWoiACAGKAJAIgFPDQAgBigCPCAAQRRsaiICLwEMIg1B//8DRyALIA1JcSENAkACQAJAAkAgBy8BACIRBEAgDUUNBSACLwEGQf//A0cEQCAHIBBBwAByOwESCyACIAIvARJBgANyOwESIBNBAmoiCiAGKAJAIgFPDQMgBigCPCAKQRRsaiICLwEMIgtB//8DRg0DIAsgBy8BDEsNAQwCCyANRQ0EIAIvAQZB//8DRwRAIAcgEEHAAHIiDjsBEiAGKAJAIQELIBNBAmoiCiABTw0DA0AgBigCPCAKQRRsaiICLwEMIhBB//8DRg0CIAsgEE8NAiACLwEGQf//A0cEQCAHIA5BwAByIg47ARIgBigCQCEBCyAKQQFqIgogAUkNAAsMAQsDQCACLwEGQf//A0cEQCAHIAcvARJBwAByOwESCyACIAIvARJBgANyOwESIApBAWoiCiAGKAJAIgFPDQEgBigCPCAKQRRsaiICLwEMIgtB//8DRg0BIAsgBy8BDEsNAAsLIBFFDQELAkAgCEEBaiIBIA9NDQBBCCAPQQF0IgIgASABIAJJGyICIAJBCE0bIg9BAnQhAiAMBEAgDCACIwcoAgARAQAhDAwBCyACIwgoAgARAAAhDAsgDCAIQQJ0aiATNgIAIAEhCCAADAILIAcvAQIiC0UNACAGKAKcASICKAIAQQ9JDQBBACEOAkAgC0H9/wNLBEBBACENDAELQQAhDSACKAIIIAIoAgRqIAtNDQAgAigCSCALQQNsai0AAkEBcUUNACACKAKgASACKAKcASALQQJ0aiICLwEAQQF0aiENIAIvAQIhDgsgACABTw0AIAYoAjwhCyAAIQoDQCALIApBFGxqIhAvAQwiAkH//wNGDQEgAiAHLwEMIhNNDQECQCATQQFqIAJHDQAgEC8BACIQRQ0AQQAhAiAOBEADQCAQIA0gAkEBdGovAQBGDQIgAkEBaiICIA5HDQALCyAGKAJwIhBFDQAgBigCbCETQQAhAgNAIBMgAkEDdGoiES8BBCAKSQRAIBAgAkEBaiICRw0BDAILCyADIBEoAgA2AgBBACERIAwhEwwHCyAKQQFqIgogAUcNAAsLIAALIRMgEyAGKAJASQ0ACyAIRQRAQQEhHiAMIRMMAQtBACEOQQAhC0EAIQcDQCAGKAI8IAwgGkECdGooAgBBFGxqLwEAIRBBACEAIAVBADsBeCAFQgA3A3AgBUIANwNoIAVCADcDYCALIgEhAgJAAkACQAJAIAEOAgIBAAsDQCAAIAFBAXYiAiAAaiIAIA4gAEEcbGovAQAgEEsbIQAgASACayIBQQFLDQALCyAQIA4gAEEcbGovAQAiAUYNASAAIAEgEElqIQILIAcgC0EBaiIASQRAIABBHGwhAQJ/IA4EQCAOIAEjBygCABEBAAwBCyABIwgoAgARAAALIQ4gACEHCyACQRxsIQECQCACIAtPDQAgCyACa0EcbCICRQ0AIAEgDmoiC0EcaiALIAL8CgAACyABIA5qIgEgEDsAACABIAUpA2A3AAIgASAFKQNoNwAKIAEgBSkDcDcAEiABIAUvAXg7ABogACELCyAaQQFqIhogCEcNAAsgDCETIAghGgwBC0EAIQdBACELQQAhDgsgBigCnAEiDS8BBCANLwEMIgpLBEADQAJAIApB/v8DRwRAIA0oAkggCkEDbGotAABBAXENAQtBACEAIAVBADsBeCAFQgA3A3AgBUIANwNoIAVCADcDYCALIgEhAgJAAkACQCABDgICAQALA0AgACABQQF2IgIgAGoiACAKIA4gAEEcbGovAQBJGyEAIAEgAmsiAUEBSw0ACwsgCiAOIABBHGxqLwEAIgFGDQEgACABIApJaiECCyAHIAtBAWoiAEkEQCAAQRxsIQECfyAOBEAgDiABIwcoAgARAQAMAQsgASMIKAIAEQAACyEOIAAhBwsgAkEcbCEBAkAgAiALTw0AIAsgAmtBHGwiAkUNACABIA5qIghBHGogCCAC/AoAAAsgASAOaiIBIAo7AAAgASAFLwF4OwAaIAEgBSkDcDcAEiABIAUpA2g3AAogASAFKQNgNwACIAYoApwBIQ0gACELCyAKQQFqIgogDS8BBEkNAAsLIA0oAhRBgQJsQQIjCigCABEBACEdIAYoApwBIhUvARRB/v8DcQRAQQEhEgNAAn8gEiAVKAIYIgBJIhtFBEAgFSgCLCAVKAIwIBIgAGtBAnRqKAIAQQF0aiIHQQJqIRwgBy8BAAwBCyAVKAIoIBUoAgQgEmxBAXRqIQdBACEcQQALIRdBACEMQf//AyERQQEhCUEAIRBBACEUA0ACQAJAAkACQCAbRQRAIBwgB0ECaiIPRgRAIBdB//8DcUUNBSAHQQZqIgAgBy8BBEEBdGohHCAXQQFrIRcgBy8BBiERDAILIA8vAQAhEQwCCwJAIBUoAgQiAUEAIBFBAWogCUEBcRsiEUH//wNxIgBNDQADQCAHIABBAXRqLwEADQEgASARQQFqIhFB//8DcSIASw0ACwsgACABTw0DIAcgAEEBdGohDyAHIQALIA8vAQAhCCAVKAIMIBFB//8DcU0EQCAAIQcMAgsgFSgCNCAIQQN0aiIBQQhqIRQgAS0AACEMQQAhECAAIQ8LIAxFBEAgDyEHIBAhCAwBC0EAIQgDQAJAAkACQCAUIAhBA3RqIgotAAAOAgEAAgsgBigCnAEiAigCTCAKLwECIgFBAXRqIg1BAmohB0EAIQACQCACKAJQIgIvAQAiCUEBa0H//wNxIAFPDQADQAJAIABBAmohGCACIABBAXRqLwECIQAgCUH//wNxIAFGDQAgASACIAAgGGoiAEEBdGovAQAiCUEBa0H//wNxSw0BDAILCyACIBhBAXRqIg0gDSAAQQF0aiIHTw0CCyALRQ0BA0AgDS8BACECQQAhACALIgFBAk8EQANAIAAgAUEBdiIJIABqIgAgDiAAQRxsai8BACACSxshACABIAlrIgFBAUsNAAsLAkAgDiAAQRxsaiIALwEAIAJHDQAgACgCECEBIAAoAhQiAgRAIBIgASACQQZsakEGay8BAEYNAQsgACACQQFqIgkgACgCGCIYSwR/QQggGEEBdCICIAkgAiAJSxsiAiACQQhNGyIJQQZsIQICfyABBEAgASACIwcoAgARAQAMAQsgAiMIKAIAEQAACyEBIAAgCTYCGCAAKAIUIgJBAWoFIAkLNgIUIAAgATYCECAKLQABIQkgCi8BBiEYIAEgAkEGbGoiAEEAOgAFIAAgGDsBAiAAIBI7AQAgACAJQYABcjoABAsgDUECaiINIAdJDQALDAELIAotAAQNACAdIAovAQJBggRsaiIALwEAIgEEQCABQf8BSw0BIBIgACABQQF0ai8BAEYNAQsgACABQQFqIgE7AQAgACABQf//A3FBAXRqIBI7AQALIAhBAWoiCCAMRw0AC0EAIQkgDyEHDAILQQAhCUEAIQxBACEQIAhB//8DcSIARQ0BAkAgACASRg0AIB0gAEGCBGxqIgAvAQAiAQRAIAFB/wFLDQEgEiAAIAFBAXRqLwEARg0BCyAAIAFBAWoiATsBACAAIAFB//8DcUEBdGogEjsBAAsgBigCnAEiASgCAEEOTwRAIAghECASIAEoAoQBIBJBAXRqLwEARw0CCyABKAJMIBFB//8DcSICQQF0aiINQQJqIQ9BACEAAkAgASgCUCIBLwEAIglBAWtB//8DcSACTw0AA0ACQCAAQQJqIQogASAAQQF0ai8BAiEAIAlB//8DcSACRg0AIAIgASAAIApqIgBBAXRqLwEAIglBAWtB//8DcUsNAQwCCwtBACEJIAghECABIApBAXRqIg0gDSAAQQF0aiIPTw0CC0EAIQkgCCEQIAtFDQEDQCANLwEAIQJBACEAIAsiAUECTwRAA0AgACABQQF2IgggAGoiACAOIABBHGxqLwEAIAJLGyEAIAEgCGsiAUEBSw0ACwsCQCAOIABBHGxqIgAvAQAgAkcNACAAKAIEIQEgACgCCCICBEAgEiABIAJBAXRqQQJrLwEARg0BCyAAIAJBAWoiCSAAKAIMIghLBH9BCCAIQQF0IgIgCSACIAlLGyICIAJBCE0bIghBAXQhAgJ/IAEEQCABIAIjBygCABEBAAwBCyACIwgoAgARAAALIQEgACAINgIMIAAoAggiAkEBagUgCQs2AgggACABNgIEIAEgAkEBdGogEjsBAAsgDUECaiINIA9JDQALQQAhCQwBCwsgEkEBaiISIAYoApwBIhUvARRJDQALCwJAIAtFBEBBACELQQAhEAwBC0EAIRdBACEVQQAhEANAAkAgDiAXQRxsaiIIKAIUIgFFBEAgCCgCBCIABEAgACMJKAIAEQIACyAIQQA2AgwgCEIANwIEIAsgF0F/c2pBHGwiAARAIAggCEEcaiAA/AoAAAsgC0EBayELDAELIAgoAhAhAgJAIAEgFU0EQCABQQZsIQAMAQsgAUEGbCEAAn8gEARAIBAgACMHKAIAEQEADAELIAAjCCgCABEAAAshECABIRULIAAEQCAQIAIgAPwKAAALA0ACQCAQIAFBAWsiEUEGbGoiAC0ABEH/AHEiAUECSQRAIBEhAQwBCyAdIAAvAQBBggRsaiICLwEAIhRFBEAgESEBDAELIAAvAQIhByACQQJqIRwgAUEBayENQQAhDwNAIBwgD0EBdGovAQAhCSAIKAIQIQpBACECIAgoAhQiDCEAAkACQAJAAkAgDCIBDgICAQALA0ACQAJAIAkgCiAAQQF2IhggAmoiAUEGbGoiEi8BACIbSw0AIAkgG0kNASASLQAEIhtB/wBxIh8gDUkNACAbwEEASA0BIA0gH0kNASASLwECIAdLDQELIAEhAgsgACAYayIAQQFLDQALCwJAAkAgCSAKIAJBBmxqIgAvAQAiAUsNACABIAlLBEAgAiEBDAMLIAAtAAQiAUH/AHEiEiANSQ0AIAHAQQBIBEAgAiEBDAMLIA0gEkkEQCACIQEMAwsgByAALwECIgBNDQELIAJBAWohAQwBCyACIQEgACAHSw0AIBEhAQwBCyAMQQFqIgAgCCgCGEsEQCAAQQZsIQICfyAKBEAgCiACIwcoAgARAQAMAQsgAiMIKAIAEQAACyEKIAggADYCGCAIKAIUIQwLIAFBBmwhAAJAIAEgDE8NACAMIAFrQQZsIgFFDQAgACAKaiICQQZqIAIgAfwKAAALIAAgCmoiAEEAOgAFIAAgDToABCAAIAc7AAIgACAJOwAAIAggCjYCECAIIAgoAhRBAWo2AhQCQCARQQFqIgEgFU0NAEEIIBVBAXQiACABIAAgAUsbIgAgAEEITRsiFUEGbCEAIBAEQCAQIAAjBygCABEBACEQDAELIAAjCCgCABEAACEQCyAQIBFBBmxqIgBBADoABSAAIA06AAQgACAHOwECIAAgCTsBACABIRELIA9BAWoiDyAURw0ACwsgAQ0ACyAXQQFqIRcLIAsgF0sNAAsLIAVB4ABqQQBBzAD8CwBBASERAkAgHg0AQQAhFCADAn8DQAJAAkAgBigCPCATIBRBAnRqLwEAIhFBFGxqIgIvAQAiCEH//wNGDQACQCALBEBBACEAIAsiAUECTwRAA0AgACABQQF2IgcgAGoiACAOIABBHGxqLwEAIAhLGyEAIAEgB2siAUEBSw0ACwsgDiAAQRxsaiINLwEAIAhGDQELIBFBAWohByAGKAJsIQJBACEBAkACQAJAIAYoAnAiAA4CAgEACwNAIAEgAEEBdiIIIAFqIgEgByACIAFBA3RqLwEESRshASAAIAhrIgBBAUsNAAsLIAEgByACIAFBA3RqLwEEIgBHIAAgEU1xaiEACyACIABBA3RqDAQLIAIvAQwhDyAFKAJgIQwgBSgChAEhACAFKAJkIgIgBSgCiAEiCWoiASAFKAKMASIHSwRAIAFBAnQhBwJ/IAAEQCAAIAcjBygCABEBAAwBCyAHIwgoAgARAAALIQAgBSABNgKMASABIQcLAkAgAkUNACACQQJ0IQIgACAJQQJ0aiEJIAwEQCACRQ0BIAkgDCAC/AoAAAwBCyACRQ0AIAlBACAC/AsACyAFQQA2AmQgBSgCeCEJIAcgBSgCfCICIAFqIgxJBEAgDEECdCEHAn8gAARAIAAgByMHKAIAEQEADAELIAcjCCgCABEAAAshACAFIAw2AowBCwJAIAJFDQAgAkECdCECIAAgAUECdGohASAJBEAgAkUNASABIAkgAvwKAAAMAQsgAkUNACABQQAgAvwLAAsgBSAANgKEASAFIAw2AogBIAVBADYCfCANKAIIBEAgEUEBaiEJQQAhAgNAIA0oAgQgAkEBdGovAQAhAQJ/IAUoAogBIgAEQCAFIABBAWsiADYCiAEgBSgChAEgAEECdGooAgAMAQtBxgAjCCgCABEAAAsiAEIANwEEIAAgCDsBAiAAIAE7AQAgACAIOwFEIAAgCTsBQiAAQQE7AUAgAEIANwEMIABCADcBFCAAQgA3ARwgAEIANwEkIABCADcBLCAAQgA3ATQgAEEANgE8IAUoAmAhASAFKAJkIgpBAWoiByAFKAJoIgxLBEBBCCAMQQF0IgwgByAHIAxJGyIMIAxBCE0bIhJBAnQhDAJ/IAEEQCABIAwjBygCABEBAAwBCyAMIwgoAgARAAALIQEgBSASNgJoCyAFIAc2AmQgBSABNgJgIAEgCkECdGogADYCACACQQFqIgIgDSgCCEkNAAsLIAVBADoAqAEgBiAOIAsgBUHgAGoQTCAFLQCoAUEBRgRAIBFBAWoiACAGKAJAIglPDQEDQCAGKAI8IABBFGxqIgEvAQwiAiAPTQ0CIAJB//8DRg0CIAEvARIiAkEQcUUEQCABIAJB7/wDcTsBEiAGKAJAIQkLIABBAWoiACAJSQ0ACwwBCyAFKAKUASEJIAUoAqABRQ0BQQAhACAJRQ0AA0ACQCAGKAI8IAUoApABIABBAXRqLwEAQRRsaiIBLwEMIgJB//8DRg0AIAIgD00NACABLwESIgJBEHENACABIAJB7/wDcTsBEiAFKAKUASEJCyAAQQFqIgAgCUkNAAsLQQEhESAUQQFqIhQgGkcNAQwDCwsgCQRAIAUoApABIAlBAXRqQQJrLwEAIRELIAYoAmwhCEEAIQAgBigCcCIHIQECQAJAAkAgByICDgICAQALA0AgACABQQF2IgIgAGoiACAIIABBA3RqLwEEIBFB//8DcUsbIQAgASACayIBQQFLDQALCyAAIAggAEEDdGovAQQgEUH//wNxSWohAgsgCCACIAdBAWsgAiAHSRtBA3RqCygCADYCAEEAIRELQQAhFAJAIAYoAmRFBEBBACEPDAELQQAhDEEAIQ8DQEEAIQ0CQCAGKAJgIBRBHGxqIgMoAggiByAHIAMoAgxqIglPDQADQAJAIAYoAlQgB0EDdGoiACgCAEEBRw0AIAAoAgQhCEEAIQAgDSIBIQICQAJAAkAgAQ4CAgEACwNAIAAgAUEBdiICIABqIgAgDyAAQQF0ai8BACAIQf//A3FLGyEAIAEgAmsiAUEBSw0ACwsgDyAAQQF0ai8BACIBIAhB//8DcSICRg0BIAAgASACSWohAgsgDCANQQFqIgBJBEAgAEEBdCEBAn8gDwRAIA8gASMHKAIAEQEADAELIAEjCCgCABEAAAshDyAAIQwLIAJBAXQhAQJAIAIgDU8NACANIAJrQQF0IgJFDQAgASAPaiINQQJqIA0gAvwKAAALIAEgD2ogCDsAACAAIQ0LIAdBAWoiByAJRw0ACyADKAIAIgcgByADKAIEaiIDTw0AIA1FDQAgDUEBRwRAA0BBACEAIA0hAQJAIAYoAjwgB0EUbGoiAi8BBiIIQf//A0YNAANAIAAgAUEBdiIJIABqIgAgDyAAQQF0ai8BACAISxshACABIAlrIgFBAUsNAAsCQCAPIABBAXRqLwEAIAhGDQBBACEAIA0hASACLwEIIghB//8DRg0BA0AgACABQQF2IgkgAGoiACAPIABBAXRqLwEAIAhLGyEAIAEgCWsiAUEBSw0ACyAPIABBAXRqLwEAIAhGDQBBACEAIA0hASACLwEKIghB//8DRg0BA0AgACABQQF2IgkgAGoiACAPIABBAXRqLwEAIAhLGyEAIAEgCWsiAUEBSw0ACyAPIABBAXRqLwEAIAhHDQELIAIgAi8BEkH//gNxOwESCyAHQQFqIgcgA0cNAAwCCwALA0ACQCAGKAI8IAdBFGxqIgAvAQYiAUH//wNGDQACQCABIA8vAQAiAUYNACAALwEIIgJB//8DRg0BIAEgAkYNACAALwEKIgJB//8DRg0BIAEgAkcNAQsgACAALwESQf/+A3E7ARILIAdBAWoiByADRw0ACwsgFEEBaiIUIAYoAmRJDQALCwJAIAYoAkBFDQADQEEBIQ0gBigCQCICQQFrIgBFDQEDQCACIQECQCAGKAI8IgMgACICQRRsaiIHLwEMQf//A0YNACAHLQASQYABcQ0AA0ACQCADIABBFGxqLwEOIgBB//8DRg0AIAAgAkkNACADIABBFGxqLQASQYABcUUNAQwCCwsgAyABQRRsaiIBQRZrIgMvAQAiAEEQcQ0AIABBgAFxRQ0AIAFBHGsvAQBB//8DRg0AIAMgAEHv/gNxOwEAQQAhDQsgAkEBayIADQALIA1BAXFFDQALCyAFQQA6AKgBIBkEQEEAIRQDQCAWIBRBAXRqLwEAIAYoAkghDCAFKAJgIQMgBSgChAEhACAFKAJkIgIgBSgCiAEiCGoiASAFKAKMASIKSwRAIAFBAnQhBwJ/IAAEQCAAIAcjBygCABEBAAwBCyAHIwgoAgARAAALIQAgBSABNgKMASABIQoLAkAgAkUNACACQQJ0IQIgACAIQQJ0aiEHIAMEQCACRQ0BIAcgAyAC/AoAAAwBCyACRQ0AIAdBACAC/AsACyAFQQA2AmQgBSgCeCEHIAogBSgCfCICIAFqIgNJBEAgA0ECdCEIAn8gAARAIAAgCCMHKAIAEQEADAELIAgjCCgCABEAAAshACAFIAM2AowBC0EGbAJAIAJFDQAgAkECdCECIAAgAUECdGohASAHBEAgAkUNASABIAcgAvwKAAAMAQsgAkUNACABQQAgAvwLAAsgDGohByAFIAA2AoQBIAUgAzYCiAFBACEMIAVBADYCfCALBEADQAJAAkACQCAOIAxBHGxqIgIvAQAiAEH+/wNrDgIBAgALIAYoApwBKAJIIABBA2xqIgAtAABBAXENASAALQABQQFxDQELIAIoAghFDQBBACEJA0AgAigCBCAJQQF0ai8BACEDIAcvAQAhCCACLwEAIQECfyAFKAKIASIABEAgBSAAQQFrIgA2AogBIAUoAoQBIABBAnRqKAIADAELQcYAIwgoAgARAAALIgBCADcBBCAAIAE7AQIgACADOwEAIAAgATsBRCAAIAg7AUIgAEEBOwFAIABCADcBDCAAQgA3ARQgAEIANwEcIABCADcBJCAAQgA3ASwgAEIANwE0IABBADYBPCAFKAJgIQEgBSgCZCINQQFqIgMgBSgCaCIISwRAQQggCEEBdCIIIAMgAyAISRsiCCAIQQhNGyIKQQJ0IQgCfyABBEAgASAIIwcoAgARAQAMAQsgCCMIKAIAEQAACyEBIAUgCjYCaAsgBSADNgJkIAUgATYCYCABIA1BAnRqIAA2AgAgCUEBaiIJIAIoAghJDQALCyAMQQFqIgwgC0cNAAsLIAYgDiALIAVB4ABqEEwgBSgCoAEiCARAIAYoAmAgBy8BAkEcbGpBAToAGCAGKAKQASEKIAYoApQBIQdBACESA0AgBSgCnAEgEkEBdGovAQAhA0EAIQAgByIBIQICQAJAAkACQCABDgICAQALA0AgACABQQF2IgIgAGoiACAKIABBAXRqLwEAIANLGyEAIAEgAmsiAUEBSw0ACwsgAyAKIABBAXRqLwEAIgFGDQEgACABIANJaiECCyAHQQFqIgAgBigCmAFLBEAgAEEBdCEBAn8gCgRAIAogASMHKAIAEQEADAELIAEjCCgCABEAAAshCiAGIAA2ApgBIAYoApQBIQcLIAJBAXQhAAJAIAIgB08NACAHIAJrQQF0IgFFDQAgACAKaiICQQJqIAIgAfwKAAALIAAgCmogAzsAACAGIAo2ApABIAYgBigClAFBAWoiBzYClAEgBSgCoAEhCAsgEkEBaiISIAhJDQALCyAUQQFqIhQgGUcNAAsLAkACQCALBEBBACEBA0AgDiABQRxsaiIAKAIEIgIEQCACIwkoAgARAgALIABBADYCDCAAQgA3AgQgACgCECICBEAgAiMJKAIAEQIACyAAQQA2AhggAEIANwIQIAFBAWoiASALRw0ACwwBCyAORQ0BCyAOIwkoAgARAgALIAUoAmAhAQJAAkAgBSgCZCICBEBBACEJQQAhACACQQRPBEAgAkF8cSEIQQAhDgNAIAEgAEECdGoiAygCACMJIgcoAgARAgAgAygCBCAHKAIAEQIAIAMoAgggBygCABECACADKAIMIAcoAgARAgAgAEEEaiEAIA5BBGoiDiAIRw0ACwsgAkEDcSICRQ0BA0AgASAAQQJ0aigCACMJKAIAEQIAIABBAWohACAJQQFqIgkgAkcNAAsMAQsgAUUNAQsgASMJKAIAEQIAC0EAIQAgBUEANgJgIAUoAmwhAgJAAkAgBSgCcCIBBEAgAUEETwRAIAFBfHEhCEEAIQoDQCACIABBAnRqIgMoAgAjCSIHKAIAEQIAIAMoAgQgBygCABECACADKAIIIAcoAgARAgAgAygCDCAHKAIAEQIAIABBBGohACAKQQRqIgogCEcNAAsLIAFBA3EiA0UNAUEAIQEDQCACIABBAnRqKAIAIwkoAgARAgAgAEEBaiEAIAFBAWoiASADRw0ACwwBCyACRQ0BCyACIwkoAgARAgALQQAhACAFQQA2AmwgBSgCeCECAkACQCAFKAJ8IgEEQCABQQRPBEAgAUF8cSEIQQAhCgNAIAIgAEECdGoiAygCACMJIgcoAgARAgAgAygCBCAHKAIAEQIAIAMoAgggBygCABECACADKAIMIAcoAgARAgAgAEEEaiEAIApBBGoiCiAIRw0ACwsgAUEDcSIDRQ0BQQAhAQNAIAIgAEECdGooAgAjCSgCABECACAAQQFqIQAgAUEBaiIBIANHDQALDAELIAJFDQELIAIjCSgCABECAAtBACEAIAVBADYCeCAFKAKEASECAkACQCAFKAKIASIBBEAgAUEETwRAIAFBfHEhCEEAIQoDQCACIABBAnRqIgMoAgAjCSIHKAIAEQIAIAMoAgQgBygCABECACADKAIIIAcoAgARAgAgAygCDCAHKAIAEQIAIABBBGohACAKQQRqIgogCEcNAAsLIAFBA3EiA0UNAUEAIQEDQCACIABBAnRqKAIAIwkoAgARAgAgAEEBaiEAIAFBAWoiASADRw0ACwwBCyACRQ0BCyACIwkoAgARAgALIAUoApABIgAEQCAAIwkoAgARAgALIAUoApwBIgAEQCAAIwkoAgARAgALIBAEQCAQIwkoAgARAgALIA8EQCAPIwkoAgARAgALIB0jCSgCABECAAsgFgRAIBYjCSgCABECAAsgEwRAIBMjCSgCABECAAsgEUUEQCAEQQU2AgAMAQsgBigChAEiAARAIAAjCSgCABECAAsgBkEANgKMASAGQgA3AoQBDAELIAYQS0EAIQYLIAVBsAFqJAAgBguoAgEJfyABKAIQIgYgACgCBEsEQEEBDwsgASgCACIDLwEAIQkgACgCACIEKAIAIQUgBCgCBCIHIQICQANAIAJFDQEgBSACQQFrIgJBFGxqIggoAgwiCiAGSQ0BIAYgCkcNACAILwEQIAlHDQALQQAPCyAHQQFqIgIgBCgCCCIISwRAQQggCEEBdCIDIAIgAiADSRsiAiACQQhNGyIDQRRsIQICfyAFBEAgBSACIwcoAgARAQAMAQsgAiMIKAIAEQAACyEFIAQgAzYCCCABKAIAIQMgACgCACIEKAIEIgdBAWohAgsgBCACNgIEIAQgBTYCACADKAIMIQEgBSAHQRRsaiIAIAMpAgQ3AgAgAEEAOwESIAAgCTsBECAAIAY2AgwgACABNgIIQQALgAEBAn8gABAoAkAgACgCoAkiAkUNACACKAJcDQAgAigCaCACRw0AIAIgAigCqAEiA0EBazYCqAEgA0EBRw0AIAIjCSgCABECAAtBACECIABBADYCoAkCQCABBEAgASgCAEEQa0F9SQ0BIAEoAlxFDQELIAAgATYCoAlBASECCyACC7EIAQl/IwBBIGsiAyQAIAAEQCAAECgCQCAAKAKgCSIBRQ0AIAEoAlwNACABKAJoIAFHDQAgASABKAKoASICQQFrNgKoASACQQFHDQAgASMJKAIAEQIACyAAQQA2AqAJIAAoAoQJIQEjAEEQayIGJAAgASgCDCICBEAgAiMJKAIAEQIAIAFBADYCFCABQgA3AgwLIAEoAhgiAgRAIAIjCSgCABECACABQQA2AiAgAUIANwIYCyABKAIwIAFBJGoiCCABKAI0EBogASgCBCICBEADQCABKAIAIAVBBXRqIgQoAgAEQCABKAI0IQcgBCgCDARAIAYgBCkCDDcDCCAHIAZBCGoQCgsgBCgCFARAIAYgBCkCFDcDACAHIAYQCgsgBCgCBCICBEAgAigCACIJBEAgCSMJKAIAEQIAIAQoAgQhAgsgAkEANgIIIAJCADcCACACIwkoAgARAgALIAQoAgAgCCAHEBogASgCBCECCyAFQQFqIgUgAkkNAAsLQQAhAiABQQA2AgQgASgCJCIFBEACQCABKAIoBEADQCABKAIkIAJBAnRqKAIAIwkoAgARAgAgAkEBaiICIAEoAihJDQALIAgoAgAiBUUNAQsgBSMJKAIAEQIACyABQQA2AiwgAUIANwIkCyABKAIAIgIEQCACIwkoAgARAgALIAFBADYCCCABQgA3AgAgASMJKAIAEQIAIAZBEGokACAAKAKoCSIBBEAgASMJKAIAEQIAIABBADYCsAkgAEIANwKoCQsgACgCoAoiAQRAIAEjCSgCABECACAAQQA2AqgKIABCADcCoAoLIAAoApgKBEAgAyAAQZgKaikCADcDGCAAQYgJaiADQRhqEAogAEIANwKYCgsgACgCRCMJKAIAEQIAIABB4AlqIQEgACgC4AkEQCADIAEpAgA3AxAgAEGICWogA0EQahAKCyAAKALoCQRAIAMgAEHoCWopAgA3AwggAEGICWogA0EIahAKCyABQgA3AgBBACECIAFBADYCECABQgA3AgggACgCiAkiAQRAAkAgACgCjAkEQANAIAAoAogJIAJBA3RqKAIAIwkoAgARAgAgAkEBaiICIAAoAowJSQ0ACyAAKAKICSIBRQ0BCyABIwkoAgARAgALIABBADYCkAkgAEIANwKICQsgACgClAkiAQRAIAEjCSgCABECACAAQQA2ApwJIABCADcClAkLIAAoAvQJIgEEQCABIwkoAgARAgALIABBADYC/AkgAEIANwL0CSAAKAK8CSIBBEAgASMJKAIAEQIACyAAQQA2AsQJIABCADcCvAkgACgCyAkiAQRAIAEjCSgCABECAAsgAEEANgLQCSAAQgA3AsgJIAAoAtQJIgEEQCABIwkoAgARAgALIABBADYC3AkgAEIANwLUCSAAIwkoAgARAgALIANBIGokAAuzAQIFfwF+IAApAgAiCEIgiKchAyAIpyEEAkAgASgCACIFIAIoAgQiB08EQCADIAIoAiAgAyACKAIYayIGQQAgAyAGTxtqIAQgAigCFCIGSxshAyACKAIcIAQgBmsiBkEAIAQgBk8baiEEIAIoAgggBSAHa2ohBQwBCyAFIAIoAgBNDQAgAikCHCIIQiCIpyEDIAIoAgghBSAIpyEECyAAIAStIAOtQiCGhDcCACABIAU2AgALGwAgACABEF4hAAJAIAFFDQAgAA0AEEQACyAACxsAIAAgARAqIQECQCAARQ0AIAENABBEAAsgAQuQAQEDf0ECIQRBfyEDAkAgAUECSQR/IAEFIAIgAC8BACIDQQh0IANBCHZyIgNB//8DcSIFNgIAIAFBfnFBAkYNASADQYD4A3FBgLADRw0BIAAvAQIiAEEIdCAAQQh2ciIAQYD4A3FBgLgDRw0BIABB//8DcSAFQQp0akGAuP8aayEDQQQLIQQgAiADNgIACyAEC80CAQR/IAIgACwAACIDQf8BcSIENgIAQQEhBQJAIANBAEgEQAJAIAFBAUYNAAJAIANBYE8EQAJAIANBb00EQCACIARBD3EiBDYCACMBQd4KaiAEai0AACAALQABIgNBBXZ2QQFxRQ0EIANBP3EhBkECIQMMAQsgAiAEQfABayIENgIAIANBdEsNAyMBQbAMaiAALQABIgNBBHZqLAAAIAR2QQFxRQ0DIAIgA0E/cSAEQQZ0ciIENgIAQQIhBSABQQJGDQNBAyEDIAAtAAJBgH9zIgZB/wFxQT9LDQMLIAIgBkH/AXEgBEEGdHIiBDYCACADIAEiBUcNAQwCCyADQUJJDQEgAiAEQR9xIgQ2AgBBASEDCyAAIANqLQAAQYB/c0H/AXEiAEE/TQ0CIAMhBQsgAkF/NgIACyAFDwsgAiAEQQZ0IAByNgIAIANBAWoLbgECf0ECIQRBfyEDAkAgAUECSQR/IAEFIAIgAC8BACIDNgIAIAFBfnFBAkYNASADQYD4A3FBgLADRw0BIAAvAQIiAEGA+ANxQYC4A0cNASADQQp0IABqQYC4/xprIQNBBAshBCACIAM2AgALIAQLaQECfwJAIAAoAmgiASAAKAJkRg0AIAFFDQAgACgCICAAKAJEIAFBGGxqIgEoAhBHDQAgAUEEaygCACECIAAgAUEQaykCADcCPCAAIAI2AjgPCyAAIAApAiA3AjggAEFAayAAKAIoNgIAC4YEAgl/AX4jAEEQayIFJAAgAEEBOgB4AkAgAC0AgAENACAAKAIgIgkgACgCKCIEayEBIAAoAiQhAiAEBEAgAEEANgJ8IABBADoAgAELIABBADYCKCAAIAI2AiQgACABNgIgIAAoAkQhBwJAAn8gACgCZCIGBEADQAJAIAcgA0EYbGoiCCgCFCIEIAFNDQAgBCAIKAIQIgJNDQAgASACTQRAIAAgCCkCADcCJCAAIAI2AiAgAiEBCyAAIAM2AmhBACEDIAAoAkhFDQQgACgCbCICIAFNBEAgASAAKAJwIAJqSQ0FCyAAQQA2AkhBAAwDCyADQQFqIgMgBkcNAAsLIAAgBjYCaCAHIAZBGGxqIgJBBGsoAgAhASACQRBrKQIAIQogAEEANgJIIAAgCjcCJCAAIAE2AiBBAQshAyAAQQA2AnALIABBAToAgAEgAEEANgIAIAAgAzYCdCAAQQA2AnwgACABNgJsIAAoAlAhBCAAKAJMIQIgBSAAKQIkNwMIIAAgAiABIAVBCGogAEHwAGogBBEGADYCSCAAKAJwRQRAIABBADYCSCAAIAAoAmQ2AmgMAQsgACgCaCAAKAJkRg0AIAAQKQNAIAAoAiAgCU8NASAAKAJoIAAoAmRGDQEgACgCSEUNASAAQQAQXCAAKAJoIAAoAmRHDQALCyAAKAJ8IAVBEGokAAsrAQJ/IAAoAmgiAiAAKAJkSQR/IAAoAiAgACgCRCACQRhsaigCEEYFQQALCxsBAX8gABAiIQECQCAARQ0AIAENABBEAAsgAQsNACAAKAJoIAAoAmRGC00BAn8gAS0AACECAkAgAC0AACIDRQ0AIAIgA0cNAANAIAEtAAEhAiAALQABIgNFDQEgAUEBaiEBIABBAWohACACIANGDQALCyADIAJrCxcAIABBMGtBCkkgAEEgckHhAGtBBklyC4ICAQJ/AkACQAJAAkAgASAAIgNzQQNxDQAgAkEARyEEAkAgAUEDcUUNACACRQ0AA0AgAyABLQAAIgQ6AAAgBEUNBSADQQFqIQMgAkEBayICQQBHIQQgAUEBaiIBQQNxRQ0BIAINAAsLIARFDQIgAS0AAEUNAyACQQRJDQADQEGAgoQIIAEoAgAiBGsgBHJBgIGChHhxQYCBgoR4Rw0CIAMgBDYCACADQQRqIQMgAUEEaiEBIAJBBGsiAkEDSw0ACwsgAkUNAQsDQCADIAEtAAAiBDoAACAERQ0CIANBAWohAyABQQFqIQEgAkEBayICDQALC0EAIQILIANBACACEDQaIAALSQEBfyMAQRBrIgMkACADIAI2AgwgACgCYARAIABBhAFqIgJBgAggASADKAIMEGAaIAAoAlxBASACIAAoAmARAwALIANBEGokAAvoAgECfwJAIAAgAUYNACABIAAgAmoiBGtBACACQQF0a00EQCAAIAEgAhAkDwsgACABc0EDcSEDAkACQCAAIAFJBEAgAwRAIAAhAwwDCyAAQQNxRQRAIAAhAwwCCyAAIQMDQCACRQ0EIAMgAS0AADoAACABQQFqIQEgAkEBayECIANBAWoiA0EDcQ0ACwwBCwJAIAMNACAEQQNxBEADQCACRQ0FIAAgAkEBayICaiIDIAEgAmotAAA6AAAgA0EDcQ0ACwsgAkEDTQ0AA0AgACACQQRrIgJqIAEgAmooAgA2AgAgAkEDSw0ACwsgAkUNAgNAIAAgAkEBayICaiABIAJqLQAAOgAAIAINAAsMAgsgAkEDTQ0AA0AgAyABKAIANgIAIAFBBGohASADQQRqIQMgAkEEayICQQNLDQALCyACRQ0AA0AgAyABLQAAOgAAIANBAWohAyABQQFqIQEgAkEBayICDQALCyAACwsAIABBABAyIABHCz4BAX8gAEH//wdNBH8jAUHA0wBqIgEgASAAQQh2ai0AAEEFdGogAEEDdkEfcWotAAAgAEEHcXZBAXEFQQALC0kBAn8gABBCIABqIQMCQCACRQ0AA0AgAS0AACIERQ0BIAMgBDoAACADQQFqIQMgAUEBaiEBIAJBAWsiAg0ACwsgA0EAOgAAIAALDQAgAEEgRiAAQQlGcgsLACAAQQEQMiAARwsEACMACxAAIwAgAGtBcHEiACQAIAALBgAgACQACwoAIABBMGtBCkkLBwAgAC8BHAsIACAAQQEQMgsIACAAQQAQMgsZACMNKAIARQRAIw4gATYCACMNIAA2AgALC/ICAQV/IAAoAhQiAUECRwRAIAAoAgQhAwJ/AkACQCAALQAQQQFGBEBBAiEBIAAgA0ECaiICNgIEIAAoAgggAkYEQEEAIAAvAQ4iAkUNBBogACACQQFrOwEOIAMvAQIhASAAIANBBmoiAjYCBCAAIAE7AQwgACACIAMvAQRBAXRqNgIIIAAgAy8BBiICOwEcIAAoAgAhBAwCCyAAIAIvAQA7ARwMAgsCQCAAKAIAIgQoAgQiBSABBH8gAC8BHEEBagVBAAsiAkH//wNxIgFNDQADQCADIAFBAXRqLwEADQEgBSACQQFqIgJB//8DcSIBSw0ACwsgASAFTwRAQQIhAUEADAMLIAAgAjsBHCAAIAMgAUEBdGovAQAiATsBDAtBACEDIAAgBCgCDCACQf//A3FLBH8gBCgCNCABQQN0aiIBLQAAIQMgACABQQhqNgIYQQAFIAELOwEeIAAgAzsBIAtBASEBQQELIQIgACABNgIUCyACC6gBAQV/IAAoAlQiAygCACEFIAMoAgQiBCAAKAIUIAAoAhwiB2siBiAEIAZJGyIGBEAgBSAHIAYQJBogAyADKAIAIAZqIgU2AgAgAyADKAIEIAZrIgQ2AgQLIAQgAiACIARLGyIEBEAgBSABIAQQJBogAyADKAIAIARqIgU2AgAgAyADKAIEIARrNgIECyAFQQA6AAAgACAAKAIsIgE2AhwgACABNgIUIAILsgUCBn4EfyABIAEoAgBBB2pBeHEiAUEQajYCACAAIAEpAwAhAyABKQMIIQYjAEEgayIAJAAgBkL///////8/gyECAn4gBkIwiEL//wGDIgSnIghBgfgAa0H9D00EQCACQgSGIANCPIiEIQIgCEGA+ABrrSEEAkAgA0L//////////w+DIgNCgYCAgICAgIAIWgRAIAJCAXwhAgwBCyADQoCAgICAgICACFINACACQgGDIAJ8IQILQgAgAiACQv////////8HViIBGyECIAGtIAR8DAELAkAgAiADhFANACAEQv//AVINACACQgSGIANCPIiEQoCAgICAgIAEhCECQv8PDAELIAhB/ocBSwRAQgAhAkL/DwwBC0GA+ABBgfgAIARQIgkbIgogCGsiAUHwAEoEQEIAIQJCAAwBCyACIAJCgICAgICAwACEIAkbIQJBACEJIAggCkcEQCADIQQgAiEFAkBBgAEgAWsiCEHAAHEEQCADIAhBQGqthiEFQgAhBAwBCyAIRQ0AIAUgCK0iB4YgBEHAACAIa62IhCEFIAQgB4YhBAsgACAENwMQIAAgBTcDGCAAKQMQIAApAxiEQgBSIQkLAkAgAUHAAHEEQCACIAFBQGqtiCEDQgAhAgwBCyABRQ0AIAJBwAAgAWuthiADIAGtIgSIhCEDIAIgBIghAgsgACADNwMAIAAgAjcDCCAAKQMIQgSGIAApAwAiA0I8iIQhAgJAIAmtIANC//////////8Pg4QiA0KBgICAgICAgAhaBEAgAkIBfCECDAELIANCgICAgICAgIAIUg0AIAJCAYMgAnwhAgsgAkKAgICAgICACIUgAiACQv////////8HViIBGyECIAGtCyEDIABBIGokACAGQoCAgICAgICAgH+DIANCNIaEIAKEvzkDAAvcFwMSfwF8A34jAEGwBGsiCyQAIAtBADYCLAJAIAG9IhlCAFMEQCMBQQpqIRRBASEQIAGaIgG9IRkMAQsgBEGAEHEEQCMBQQ1qIRRBASEQDAELIwFBCmoiBkEGaiAGQQFqIARBAXEiEBshFCAQRSEXCwJAIBlCgICAgICAgPj/AINCgICAgICAgPj/AFEEQCAAQSAgAiAQQQNqIgcgBEH//3txEA8gACAUIBAQDiAAIwEiBkGHCGogBkGxCmogBUEgcSIDGyAGQbQIaiAGQb0KaiADGyABIAFiG0EDEA4gAEEgIAIgByAEQYDAAHMQDyACIAcgAiAHShshDQwBCyALQRBqIRECQAJAAkAgASALQSxqEGQiASABoCIBRAAAAAAAAAAAYgRAIAsgCygCLCIGQQFrNgIsIAVBIHIiFUHhAEcNAQwDCyAFQSByIhVB4QBGDQIgCygCLCEMDAELIAsgBkEdayIMNgIsIAFEAAAAAAAAsEGiIQELQQYgAyADQQBIGyEKIAtBMGpBoAJBACAMQQBOG2oiDiEHA0AgByAB/AMiAzYCACAHQQRqIQcgASADuKFEAAAAAGXNzUGiIgFEAAAAAAAAAABiDQALAkAgDEEATARAIAwhCSAHIQYgDiEIDAELIA4hCCAMIQkDQEEdIAkgCUEdTxshAwJAIAdBBGsiBiAISQ0AIAOtIRtCACEZA0AgBiAGNQIAIBuGIBl8IhogGkKAlOvcA4AiGUKAlOvcA359PgIAIAZBBGsiBiAITw0ACyAaQoCU69wDVA0AIAhBBGsiCCAZPgIACwNAIAggByIGSQRAIAZBBGsiBygCAEUNAQsLIAsgCygCLCADayIJNgIsIAYhByAJQQBKDQALCyAJQQBIBEAgCkEZakEJbkEBaiESIBVB5gBGIRMDQEEJQQAgCWsiAyADQQlPGyENAkAgBiAITQRAQQBBBCAIKAIAGyEHDAELQYCU69wDIA12IRZBfyANdEF/cyEPQQAhCSAIIQcDQCAHIAcoAgAiAyANdiAJajYCACADIA9xIBZsIQkgB0EEaiIHIAZJDQALQQBBBCAIKAIAGyEHIAlFDQAgBiAJNgIAIAZBBGohBgsgCyALKAIsIA1qIgk2AiwgDiAHIAhqIgggExsiAyASQQJ0aiAGIAYgA2tBAnUgEkobIQYgCUEASA0ACwtBACEJAkAgBiAITQ0AIA4gCGtBAnVBCWwhCUEKIQcgCCgCACIDQQpJDQADQCAJQQFqIQkgAyAHQQpsIgdPDQALCyAKIAlBACAVQeYARxtrIBVB5wBGIApBAEdxayIDIAYgDmtBAnVBCWxBCWtIBEAgC0EwakGEYEGkYiAMQQBIG2ogA0GAyABqIgxBCW0iA0ECdGohDUEKIQcgDCADQQlsayIDQQdMBEADQCAHQQpsIQcgA0EBaiIDQQhHDQALCwJAIA0oAgAiDCAMIAduIhIgB2xrIg9FIA1BBGoiAyAGRnENAAJAIBJBAXFFBEBEAAAAAAAAQEMhASAHQYCU69wDRw0BIAggDU8NASANQQRrLQAAQQFxRQ0BC0QBAAAAAABAQyEBC0QAAAAAAADgP0QAAAAAAADwP0QAAAAAAAD4PyADIAZGG0QAAAAAAAD4PyAPIAdBAXYiA0YbIAMgD0sbIRgCQCAXDQAgFC0AAEEtRw0AIBiaIRggAZohAQsgDSAMIA9rIgM2AgAgASAYoCABYQ0AIA0gAyAHaiIDNgIAIANBgJTr3ANPBEADQCANQQA2AgAgCCANQQRrIg1LBEAgCEEEayIIQQA2AgALIA0gDSgCAEEBaiIDNgIAIANB/5Pr3ANLDQALCyAOIAhrQQJ1QQlsIQlBCiEHIAgoAgAiA0EKSQ0AA0AgCUEBaiEJIAMgB0EKbCIHTw0ACwsgDUEEaiIDIAYgAyAGSRshBgsDQCAGIgwgCE0iB0UEQCAGQQRrIgYoAgBFDQELCwJAIBVB5wBHBEAgBEEIcSETDAELIAlBf3NBfyAKQQEgChsiBiAJSiAJQXtKcSIDGyAGaiEKQX9BfiADGyAFaiEFIARBCHEiEw0AQXchBgJAIAcNACAMQQRrKAIAIg9FDQBBCiEDQQAhBiAPQQpwDQADQCAGIgdBAWohBiAPIANBCmwiA3BFDQALIAdBf3MhBgsgDCAOa0ECdUEJbCEDIAVBX3FBxgBGBEBBACETIAogAyAGakEJayIDQQAgA0EAShsiAyADIApKGyEKDAELQQAhEyAKIAMgCWogBmpBCWsiA0EAIANBAEobIgMgAyAKShshCgtBfyENIApB/f///wdB/v///wcgCiATciIPG0oNASAKIA9BAEdqQQFqIRYCQCAFQV9xIgdBxgBGBEAgCSAWQf////8Hc0oNAyAJQQAgCUEAShshBgwBCyARIAkgCUEfdSIDcyADa60gERAjIgZrQQFMBEADQCAGQQFrIgZBMDoAACARIAZrQQJIDQALCyAGQQJrIhIgBToAACAGQQFrQS1BKyAJQQBIGzoAACARIBJrIgYgFkH/////B3NKDQILIAYgFmoiAyAQQf////8Hc0oNASAAQSAgAiADIBBqIgkgBBAPIAAgFCAQEA4gAEEwIAIgCSAEQYCABHMQDwJAAkACQCAHQcYARgRAIAtBEGpBCXIhBSAOIAggCCAOSxsiAyEIA0AgCDUCACAFECMhBgJAIAMgCEcEQCAGIAtBEGpNDQEDQCAGQQFrIgZBMDoAACAGIAtBEGpLDQALDAELIAUgBkcNACAGQQFrIgZBMDoAAAsgACAGIAUgBmsQDiAIQQRqIgggDk0NAAsgDwRAIAAjAUHvCmpBARAOCyAIIAxPDQEgCkEATA0BA0AgCDUCACAFECMiBiALQRBqSwRAA0AgBkEBayIGQTA6AAAgBiALQRBqSw0ACwsgACAGQQkgCiAKQQlOGxAOIApBCWshBiAIQQRqIgggDE8NAyAKQQlKIAYhCg0ACwwCCwJAIApBAEgNACAMIAhBBGogCCAMSRshAyALQRBqQQlyIQwgCCEHA0AgDCAHNQIAIAwQIyIGRgRAIAZBAWsiBkEwOgAACwJAIAcgCEcEQCAGIAtBEGpNDQEDQCAGQQFrIgZBMDoAACAGIAtBEGpLDQALDAELIAAgBkEBEA4gBkEBaiEGIAogE3JFDQAgACMBQe8KakEBEA4LIAAgBiAMIAZrIgUgCiAFIApIGxAOIAogBWshCiAHQQRqIgcgA08NASAKQQBODQALCyAAQTAgCkESakESQQAQDyAAIBIgESASaxAODAILIAohBgsgAEEwIAZBCWpBCUEAEA8LIABBICACIAkgBEGAwABzEA8gAiAJIAIgCUobIQ0MAQsgFCAFQRp0QR91QQlxaiEJAkAgA0ELSw0AQQwgA2shBkQAAAAAAAAwQCEYA0AgGEQAAAAAAAAwQKIhGCAGQQFrIgYNAAsgCS0AAEEtRgRAIBggAZogGKGgmiEBDAELIAEgGKAgGKEhAQsgESALKAIsIgcgB0EfdSIGcyAGa60gERAjIgZGBEAgBkEBayIGQTA6AAAgCygCLCEHCyAQQQJyIQogBUEgcSEMIAZBAmsiDiAFQQ9qOgAAIAZBAWtBLUErIAdBAEgbOgAAIARBCHFFIANBAExxIQggC0EQaiEHA0AgByIFIAH8AiIGIwFB4C9qai0AACAMcjoAACABIAa3oUQAAAAAAAAwQKIhAQJAIAdBAWoiByALQRBqa0EBRw0AIAFEAAAAAAAAAABhIAhxDQAgBUEuOgABIAVBAmohBwsgAUQAAAAAAAAAAGINAAtBfyENIANB/f///wcgCiARIA5rIghqIgZrSg0AIABBICACIAYgA0ECaiAHIAtBEGoiBWsiByAHQQJrIANIGyAHIAMbIgNqIgYgBBAPIAAgCSAKEA4gAEEwIAIgBiAEQYCABHMQDyAAIAUgBxAOIABBMCADIAdrQQBBABAPIAAgDiAIEA4gAEEgIAIgBiAEQYDAAHMQDyACIAYgAiAGShshDQsgC0GwBGokACANC40CAQZ/AkAgASgCFCIHIAJNDQAgACgCACEDAkAgASgCXA0AIAEoAmggAUcNACABIAEoAqgBQQFqNgKoAQsCfyABKAIYIgUgAk0EQCABKAIsIAEoAjAgAiAFa0ECdGooAgBBAXRqIgRBAmohBiAELwEADAELIAEoAiggASgCBCACbEEBdGohBEEACyEIIABCADcAESAAIAg7AQ4gAEEAOwEMIAAgBjYCCCAAIAQ2AgQgACABNgIAIABC//8DNwIcIAAgAiAFTzoAECAAQQA2ABggA0UNACADKAJcDQAgAygCaCADRw0AIAMgAygCqAEiAEEBazYCqAEgAEEBRw0AIAMjCSgCABECAAsgAiAHSQunAQEFfyABIAAoAgAiAigCFCIFSQRAAn8gAigCGCIDIAFNBEAgAigCLCACKAIwIAEgA2tBAnRqKAIAQQF0aiICQQJqIQQgAi8BAAwBCyACKAIoIAIoAgQgAWxBAXRqIQJBAAshBiAAQgA3ABEgACAGOwEOIABBADsBDCAAIAQ2AgggACACNgIEIABC//8DNwIcIAAgASADTzoAECAAQQA2ABgLIAEgBUkL+gIBB38jAEEgayIDJAAgAyAAKAIcIgQ2AhAgACgCFCEFIAMgAjYCHCADIAE2AhggAyAFIARrIgE2AhQgASACaiEFQQIhBwJ/AkACQAJAIAAoAjwgA0EQaiIBQQIgA0EMahAAIgQEfyMBQfj0AGogBDYCAEF/BUEACwRAIAEhBAwBCwNAIAUgAygCDCIGRg0CIAZBAEgEQCABIQQMBAsgAUEIQQAgBiABKAIEIghLIgkbaiIEIAYgCEEAIAkbayIIIAQoAgBqNgIAIAFBDEEEIAkbaiIBIAEoAgAgCGs2AgAgBSAGayEFIAAoAjwgBCIBIAcgCWsiByADQQxqEAAiBgR/IwFB+PQAaiAGNgIAQX8FQQALRQ0ACwsgBUF/Rw0BCyAAIAAoAiwiATYCHCAAIAE2AhQgACABIAAoAjBqNgIQIAIMAQsgAEEANgIcIABCADcDECAAIAAoAgBBIHI2AgBBACAHQQJGDQAaIAIgBCgCBGsLIANBIGokAAtOAQF/IAAoAjwjAEEQayIAJAAgASACQf8BcSAAQQhqEAIiAgR/IwFB+PQAaiACNgIAQX8FQQALIQIgACkDCCEBIABBEGokAEJ/IAEgAhsLUwECfyAABEACQCAAKAIAIgFFDQAgASgCXA0AIAEoAmggAUcNACABIAEoAqgBIgJBAWs2AqgBIAJBAUcNACABIwkoAgARAgALIAAjCSgCABECAAsLHwAgACgCPBAEIgAEfyMBQfj0AGogADYCAEF/BUEACwv1BgEDfyMAQZABayIQJAAjAUH09ABqIhIoAgAiEUUEQCASEIEBIhE2AgALIBEgDjYCTCAQIwwiESgCADYCiAEgECARKAIMQQF0NgKAASAQIBEoAgg2AnwgECABNgKMASAQIBEoAhA2AoQBIBAgESgCBEEBdDYCeCAQIANBAXQ2AnQgECACNgJwIBAgBUEBdDYCbCAQIAQ2AmggECAJQQF0NgJkIBAgCDYCYCAQIAtBAXQ2AlwgECAKNgJYIwEiA0H09ABqIgEoAgAgECAQKQJwNwM4IBAgECkCaDcDMCAQQThqIBBBMGoQfyABKAIAIQIgBkEBdCIEIAdBAXQiBUF/IAUbIgVNBEAgAiAFNgJ4IAIgBDYCdAsgECAQKQJgNwMoIBAgECkCWDcDICABKAIAIBBBKGogEEEgahB+IAEoAgAhAiAMQQF0IgQgDUEBdCIFQX8gBRsiBU0EQCACIAU2ApABIAIgBDYCjAELIAEoAgAgDjYCTCABKAIAIA82AmAgECAQKQKAATcDECAQIBApAogBNwMYIBAgA0H48gBqKQMANwNQIBAgECkCeDcDCCABKAIAIAAgEEEIaiAQQdAAahCAAUEAIQdBACEGIAEoAgAgEEHEAGogEEFAaxB2BEBBACEPQQAhBUEAIREDQAJAIBFBA2oiAyAQLwFKQQZsaiIAIAVNDQBBCCAFQQF0IgEgACAAIAFJGyIAIABBCE0bIgVBAnQhACAHBEAgByAAIwcoAgARAQAhBwwBCyAAIwgoAgARAAAhBwtBACENIBAvAUpBGGxBDGoiAARAIAcgEUECdGpBACAA/AsACyAQLwFIIQEgByAPQQJ0aiIAIBAvAUoiAjYCBCAAIAE2AgAgACAQKAJANgIIIA9BA2ohDyACBEADQCAHIA9BAnRqIgAgECgCTCANQRxsaiIBKAIYNgIAIAEoAgAhBCABKAIIIQggASgCECEJIAEoAgQhCiAAIAEoAgw2AhQgACAKNgIMIAAgCTYCBCAAIAhBAXY2AhAgACAEQQF2NgIIIA9BBmohDyANQQFqIg0gAkcNAAsLIAZBAWohBiACQQZsIANqIREjAUH09ABqKAIAIBBBxABqIBBBQGsQdg0ACwsjDCIAIwFB9PQAaigCAC0ArwE2AgggACAHNgIEIAAgBjYCACAQQZABaiQACwkAIAAoAgQQBQvmBgEDfyMAQZABayIQJAAjAUH09ABqIhIoAgAiEUUEQCASEIEBIhE2AgALIBEgDkF/IA4bNgJMIBAjDCIRKAIANgKIASAQIBEoAgxBAXQ2AoABIBAgESgCCDYCfCAQIAE2AowBIBAgESgCEDYChAEgECARKAIEQQF0NgJ4IBAgA0EBdDYCdCAQIAI2AnAgECAFQQF0NgJsIBAgBDYCaCAQIAlBAXQ2AmQgECAINgJgIBAgC0EBdDYCXCAQIAo2AlgjASIDQfT0AGoiASgCACAQIBApAnA3AzggECAQKQJoNwMwIBBBOGogEEEwahB/IAEoAgAhAiAGQQF0IgQgB0EBdCIFQX8gBRsiBU0EQCACIAU2AnggAiAENgJ0CyAQIBApAmA3AyggECAQKQJYNwMgIAEoAgAgEEEoaiAQQSBqEH4gASgCACECIAxBAXQiBCANQQF0IgVBfyAFGyIFTQRAIAIgBTYCkAEgAiAENgKMAQsgASgCACAONgJMIAEoAgAgDzYCYCAQIBApAoABNwMQIBAgECkCiAE3AxggECADQfjyAGopAwA3A1AgECAQKQJ4NwMIIAEoAgAgACAQQQhqIBBB0ABqEIABQQAhB0EAIQYgASgCACAQQcQAahB9BEBBACEPQQAhBUEAIREDQAJAIBFBAmoiAyAQLwFKQQZsaiIAIAVNDQBBCCAFQQF0IgEgACAAIAFJGyIAIABBCE0bIgVBAnQhACAHBEAgByAAIwcoAgARAQAhBwwBCyAAIwgoAgARAAAhBwtBACENIBAvAUpBGGxBCGoiAARAIAcgEUECdGpBACAA/AsACyAQLwFIIQAgByAPQQJ0aiIBIBAvAUoiAjYCBCABIAA2AgAgD0ECaiEPIAIEQANAIAcgD0ECdGoiACAQKAJMIA1BHGxqIgEoAhg2AgAgASgCACEEIAEoAgghCCABKAIQIQkgASgCBCEKIAAgASgCDDYCFCAAIAo2AgwgACAJNgIEIAAgCEEBdjYCECAAIARBAXY2AgggD0EGaiEPIA1BAWoiDSACRw0ACwsgBkEBaiEGIAJBBmwgA2ohESMBQfT0AGooAgAgEEHEAGoQfQ0ACwsjDCIAIwFB9PQAaigCAC0ArwE2AgggACAHNgIEIAAgBjYCACAQQZABaiQAC9kBAQN/IwBBMGsiASQAIAEjDCICKAIANgIoIAEgAigCDEEBdDYCICABIAA2AiwgASABKQIoNwMQIAEgAigCEDYCJCABIAEpAiA3AwggASACKAIINgIcIAEgAigCBEEBdDYCGCABIAEpAhg3AwAgASgCFCgCCCEDAn8CfyABKAIQKAIAIgBBAXEEQEH//wMgAEEQdiICQf//A0YNAhogAEGA/gNxQQh2DAELQf//AyAALwEqIgJB//8DRg0BGiAALwEoCyEAIAMgAiAAQf//A3EQKwsgAUEwaiQAC3cBAn8jAEEwayIBJAAgASMMIgIoAgA2AiggASACKAIMQQF0NgIgIAEgADYCLCABIAEpAig3AxAgASACKAIQNgIkIAEgASkCIDcDCCABIAIoAgg2AhwgASACKAIEQQF0NgIYIAEgASkCGDcDACABEFkgAUEwaiQAC5sBAQJ/IwBBMGsiASQAIAEjDCICKAIANgIoIAEgAigCDEEBdDYCICABIAA2AiwgASABKQIoNwMQIAEgAigCEDYCJCABIAEpAiA3AwggASACKAIINgIcIAEgAigCBEEBdDYCGCABIAEpAhg3AwACfyABKAIQKAIAIgBBAXEEQCAAQQN2QQFxDAELIAAvASxBAnZBAXELIAFBMGokAAubAQECfyMAQTBrIgEkACABIwwiAigCADYCKCABIAIoAgxBAXQ2AiAgASAANgIsIAEgASkCKDcDECABIAIoAhA2AiQgASABKQIgNwMIIAEgAigCCDYCHCABIAIoAgRBAXQ2AhggASABKQIYNwMAAn8gASgCECgCACIAQQFxBEAgAEEFdkEBcQwBCyAALwEsQQl2QQFxCyABQTBqJAAL3gEBAn8jAEEwayIBJAAgASMMIgIoAgA2AiggASACKAIMQQF0NgIgIAEgADYCLCABIAEpAig3AxAgASACKAIQNgIkIAEgASkCIDcDCCABIAIoAgg2AhwgASACKAIEQQF0NgIYIAEgASkCGDcDAAJ/AkAgASgCDCIAQf//A3FFBEAgASgCECgCACIAQQFxBEAgAEGA/gNxQQh2IQAMAgsgAC8BKCEACyAAQf//A3FB//8DRw0AQQEMAQsgASgCFCgCCCgCTCAAQf//A3FBAXRqLwEAQf//A0YLIAFBMGokAAubAgECfyMAQTBrIgEkACABIwwiAigCADYCKCABIAIoAgxBAXQ2AiAgASAANgIsIAEgASkCKDcDECABIAIoAhA2AiQgASABKQIgNwMIIAEgAigCCDYCHCABIAIoAgRBAXQ2AhggASABKQIYNwMAAn8CQCABKAIMIgBB//8DcUUEQCABKAIQKAIAIgBBAXEEQCAAQYD+A3FBCHYhAAwCCyAALwEoIQALIABB//8DcUH//wNHDQBBAQwBCyABKAIUKAIIKAJMIABB//8DcUEBdGovAQBB//8DRwR/An8gASgCECgCACIAQQFxBEAgAEEadEEfdUHiBHEMAQtB4gQgAC0ALUECcQ0AGiAAKAIgC0EARwVBAQsLIAFBMGokAAvTAQEFfyABIAAoAhRJBEBBJCMIKAIAEQAAIQICQCAAKAJcDQAgACgCaCAARw0AIAAgACgCqAFBAWo2AqgBCwJ/IAAoAhgiBCABTQRAIAAoAiwgACgCMCABIARrQQJ0aigCAEEBdGoiA0ECaiEFIAMvAQAMAQsgACgCKCAAKAIEIAFsQQF0aiEDQQALIQYgAkIANwARIAIgBjsBDiACQQA7AQwgAiAFNgIIIAIgAzYCBCACIAA2AgAgAkL//wM3AhwgAiABIARPOgAQIAJBADYAGAsgAgubAQECfyMAQTBrIgEkACABIwwiAigCADYCKCABIAIoAgxBAXQ2AiAgASAANgIsIAEgASkCKDcDECABIAIoAhA2AiQgASABKQIgNwMIIAEgAigCCDYCHCABIAIoAgRBAXQ2AhggASABKQIYNwMAAn8gASgCECgCACIAQQFxBEAgAEEEdkEBcQwBCyAALwEsQQV2QQFxCyABQTBqJAALdwECfyMAQTBrIgEkACABIwwiAigCADYCKCABIAIoAgxBAXQ2AiAgASAANgIsIAEgASkCKDcDECABIAIoAhA2AiQgASABKQIgNwMIIAEgAigCCDYCHCABIAIoAgRBAXQ2AhggASABKQIYNwMAIAEQPyABQTBqJAAL0QYBCH8jAEGgAWsiByQAIAcjDCIIKAIANgKYASAHIAgoAgxBAXQ2ApABIAcgADYCnAEgByAHKQKYATcDWCAHIAgoAhA2ApQBIAcgBykCkAE3A1AgByAIKAIINgKMASAHIAgoAgRBAXQ2AogBIAcgBykCiAE3A0gjAUHg9ABqIAdByABqEC0gBkEBdCIAQX8gACAFciIAGyELIAVBfyAAGyEKIARBAXQhDEEAIQRBACEGQQAhCANAQQAhAANAIAdB8ABqIwFB4PQAahAQAkACQAJAIABBAXFFBEAgB0FAayAHKQKAATcDACAHIAcpAng3AzggByAHKQJwNwMwIAdB6ABqIAdBMGoQQSADIAcoAmgiAE0EQCAAIANHDQIgBygCbCAMSw0CCyMBQeD0AGoiABAcDQUgABA1RQ0CIAdB8ABqIAAQEAsjAUHg9ABqIgAQHA0EIAAQNUUNAUEBIQAMAwsgByAHKQKAATcDKCAHIAcpAng3AyAgByAHKQJwNwMYIAcgBygCHDYCYCAHIAcoAiA2AmQgCiAHKAJgIgBJDQAgACAKRgRAIAsgBygCZE0NAQsgByAHKQKAATcDECAHIAcpAng3AwggByAHKQJwNwMAQQAhACAHEEAhBQJAIAJFBEAgBiEFDAELAkADQCABIABBAnRqKAIAIgkgBUYNASAFIAlJBEAgBiEFDAMLIABBAWoiACACRw0ACyAGIQUMAQsCQCAGQQVqIgUgCE0NAEEIIAhBAXQiACAFIAAgBUsbIgAgAEEITRsiCEECdCEAIAQEQCAEIAAjBygCABEBACEEDAELIAAjCCgCABEAACEECyAEIAZBAnRqIgBCADcCACAAQQA2AhAgAEIANwIIIAcoAnAhBiAHKAJ4IQkgBygCgAEhDSAHKAJ0IQ4gBCAFQQJ0aiIAQQRrIAcoAnw2AgAgAEEMayAONgIAIABBFGsgDTYCACAAQQhrIAlBAXY2AgAgAEEQayAGQQF2NgIAC0EAIQAjAUHg9ABqECwEQCAFIQYMAwsjAUHg9ABqEBwEQCAFIQYMAwsjAUHg9ABqEDUNASAFIQYLIwwiACAENgIEIAAgBkEFbjYCACAHQaABaiQADwtBASEAIAUhBgwACwALAAugAwEIfyMAQYABayIBJAAgASMMIgIoAgA2AnggASACKAIMQQF0NgJwIAEgADYCfCABIAEpAng3A0ggASACKAIQNgJ0IAFBQGsgASkCcDcDACABIAIoAgg2AmwgASACKAIEQQF0NgJoIAEgASkCaDcDOEEAIQACQCABKAJIKAIAIgJBAXENACACKAIkRQ0AIAIoAjQhAAsCQCAAIgNFBEBBACECDAELQQQgA0EFbBAqIQIgASABKQJ4NwMwIAEgASkCcDcDKCABIAEpAmg3AyAjAUHg9ABqIgAgAUEgahAtIAAQLBogAiEAA0AgAUHQAGojAUHg9ABqEBAgASABKQJgNwMYIAEgASkCWDcDECABIAEpAlA3AwggAUEIahA/BEAgASgCUCEEIAEoAlghBSABKAJgIQYgASgCVCEHIAAgASgCXDYCECAAIAc2AgggACAGNgIAIAAgBUEBdjYCDCAAIARBAXY2AgQgCEEBaiIIIANGDQIgAEEUaiEACyMBQeD0AGoQHA0ACwsjDCIAIAI2AgQgACADNgIAIAFBgAFqJAALzQMBCH8jAEGAAWsiASQAIAEjDCICKAIANgJ4IAEgAigCDEEBdDYCcCABIAA2AnwgASABKQJ4NwMwIAEgAigCEDYCdCABIAEpAnA3AyggASACKAIINgJsIAEgAigCBEEBdDYCaCABIAEpAmg3AyBBACEAAkAgASgCMCgCACICQQFxDQAgAigCJEUNACACKAIwIQALAkAgACIERQRAQQAhAAwBC0EEIARBBWwQKiEAIAEgASkCeDcDGCABIAEpAnA3AxAgASABKQJoNwMIIwFB4PQAaiICIAFBCGoQLSACECwaIAFB0ABqIAIQECABKAJQIQIgASgCWCEFIAEoAmAhAyABKAJUIQYgACABKAJcNgIQIAAgBjYCCCAAIAM2AgAgACAFQQF2NgIMIAAgAkEBdjYCBCAEQQFGDQBBASEFIAAhAgNAIwFB4PQAaiIDEBwaIAFBOGogAxAQIAEoAjghAyABKAJAIQYgASgCSCEHIAEoAjwhCCACIAEoAkQ2AiQgAiAINgIcIAIgBzYCFCACIAZBAXY2AiAgAiADQQF2NgIYIAJBFGohAiAFQQFqIgUgBEcNAAsLIwwiAiAANgIEIAIgBDYCACABQYABaiQAC4ECAgZ/AX4jAEEwayIBJAAgASMMIgIoAgA2AiggASACKAIMQQF0NgIgIAEgADYCLCABIAEpAig3AxAgASACKAIQNgIkIAEgASkCIDcDCCABIAIoAgg2AhwgASACKAIEQQF0NgIYIAEgASkCGDcDACMAQRBrIgQkACABKAIUKAIIIQAgASgCECkCACEHQQEhAgJAAkACQCABLwEMIgNB/v8Daw4CAAIBC0EAIQIMAQsgACgCSCADQQNsai0AACECCyAHIAcgBEEPakEBIAAgAyACQQFxIgIQWkEBaiIFIwgoAgARAAAiBiAFIAAgAyACEFoaIARBEGokACABQTBqJAAgBgt6AQJ/IwBBMGsiASQAIAEjDCICKAIANgIoIAEgAigCDEEBdDYCICABIAA2AiwgASABKQIoNwMQIAEgAigCEDYCJCABIAEpAiA3AwggASACKAIINgIcIAEgAigCBEEBdDYCGCABIAEpAhg3AwAgARBbIAFBMGokAEEBdgt7AQJ/IwBBMGsiASQAIAEjDCICKAIANgIoIAEgAigCDEEBdDYCICABIAA2AiwgASABKQIoNwMQIAEgAigCEDYCJCABIAEpAiA3AwggASACKAIINgIcIAEgAigCBEEBdDYCGCABIAEpAhg3AwAgASgCACABQTBqJABBAXYLlgEBAn8jAEFAaiIBJAAgASMMIgIoAgA2AjggASACKAIMQQF0NgIwIAEgADYCPCABIAEpAjg3AxggASACKAIQNgI0IAEgASkCMDcDECABIAIoAgg2AiwgASACKAIEQQF0NgIoIAEgASkCKDcDCCABQSBqIAFBCGoQQSACIAEoAiA2AgAgAiABKAIkQQF2NgIEIAFBQGskAAueAQECfyMAQUBqIgEkACABIwwiAigCADYCOCABIAIoAgxBAXQ2AjAgASAANgI8IAEgASkCODcDGCABIAIoAhA2AjQgASABKQIwNwMQIAEgAigCCDYCLCABIAIoAgRBAXQ2AiggASABKQIoNwMIIAEgASgCDDYCICABIAEoAhA2AiQgAiABKAIgNgIAIAIgASgCJEEBdjYCBCABQUBrJAAL1wIBBn8jAEHwAGsiASQAIAEjDCICKAIANgJoIAEgAigCDEEBdDYCYCABIAA2AmwgASACKAIINgJcIAEgAigCEDYCZCABIAIoAgRBAXQ2AlggASACKAIYQQF0NgJUIAEgAigCFDYCUCACKAIgIQAgAigCHCEDIAEgASkCaDcDKCABIAEpAmA3AyAgASADNgJIIAEgASkCWDcDGCABIABBAXQ2AkwgASABKQJQNwMQIAEgASkCSDcDCCMAQSBrIgAkACABKAIMIQMgASgCCCEEIAEoAhQhBSABKAIQIQYgACABKQIoNwMYIAAgASkCIDcDECAAIAEpAhg3AwggAUEwaiAAQQhqIAYgBSAEIANBABBUIABBIGokACACIAEoAjw2AhAgAiABKAI0NgIIIAIgASgCQDYCACACIAEoAjhBAXY2AgwgAiABKAIwQQF2NgIEIAFB8ABqJAAL1wIBBn8jAEHwAGsiASQAIAEjDCICKAIANgJoIAEgAigCDEEBdDYCYCABIAA2AmwgASACKAIINgJcIAEgAigCEDYCZCABIAIoAgRBAXQ2AlggASACKAIYQQF0NgJUIAEgAigCFDYCUCACKAIgIQAgAigCHCEDIAEgASkCaDcDKCABIAEpAmA3AyAgASADNgJIIAEgASkCWDcDGCABIABBAXQ2AkwgASABKQJQNwMQIAEgASkCSDcDCCMAQSBrIgAkACABKAIMIQMgASgCCCEEIAEoAhQhBSABKAIQIQYgACABKQIoNwMYIAAgASkCIDcDECAAIAEpAhg3AwggAUEwaiAAQQhqIAYgBSAEIANBARBUIABBIGokACACIAEoAjw2AhAgAiABKAI0NgIIIAIgASgCQDYCACACIAEoAjhBAXY2AgwgAiABKAIwQQF2NgIEIAFB8ABqJAALhgIBBH8jAEHQAGsiASQAIAEjDCICKAIANgJIIAFBQGsiAyACKAIMQQF0NgIAIAEgADYCTCABIAEpAkg3AxggASACKAIQNgJEIAEgAykCADcDECABIAIoAgg2AjwgASACKAIEQQF0NgI4IAEgASkCODcDCCACKAIUQQF0IQMgAigCGEEBdCEEIwBBIGsiACQAIAAgASkCGDcDGCAAIAEpAhA3AxAgACABKQIINwMIIAFBIGogAEEIaiADIARBABBVIABBIGokACACIAEoAiw2AhAgAiABKAIkNgIIIAIgASgCMDYCACACIAEoAihBAXY2AgwgAiABKAIgQQF2NgIEIAFB0ABqJAALhgIBBH8jAEHQAGsiASQAIAEjDCICKAIANgJIIAFBQGsiAyACKAIMQQF0NgIAIAEgADYCTCABIAEpAkg3AxggASACKAIQNgJEIAEgAykCADcDECABIAIoAgg2AjwgASACKAIEQQF0NgI4IAEgASkCODcDCCACKAIUQQF0IQMgAigCGEEBdCEEIwBBIGsiACQAIAAgASkCGDcDGCAAIAEpAhA3AxAgACABKQIINwMIIAFBIGogAEEIaiADIARBARBVIABBIGokACACIAEoAiw2AhAgAiABKAIkNgIIIAIgASgCMDYCACACIAEoAihBAXY2AgwgAiABKAIgQQF2NgIEIAFB0ABqJAALnwIBA38jAEGAAWsiASQAIAEjDCICKAIANgJ4IAEgAigCDEEBdDYCcCABIAA2AnwgASACKAIINgJsIAEgAigCEDYCdCABIAIoAgRBAXQ2AmggASACKAIUNgJgIAEgAigCGEEBdDYCUCABIAIoAhw2AlQgASACKAIgQQF0NgJYIAIoAiQhAyABIAEpAng3AzAgASABKQJwNwMoIAEgADYCZCABIAEpAmg3AyAgASADNgJcIAEgASkCYDcDGCABIAEpAlg3AxAgASABKQJQNwMIIAFBOGogAUEgaiABQQhqEBggAiABKAJENgIQIAIgASgCPDYCCCACIAEoAkg2AgAgAiABKAJAQQF2NgIMIAIgASgCOEEBdjYCBCABQYABaiQAC+AEAgZ/An4jAEHQAGsiASQAIAEjDCIDKAIANgJIIAFBQGsiAiADKAIMQQF0NgIAIAEgADYCTCABIAEpAkg3AxggASADKAIQNgJEIAEgAikCADcDECABIAMoAgg2AjwgASADKAIEQQF0NgI4IAEgASkCODcDCCMAQZABayIAJAACfyABKAIcIgIoAgAiBEEBcQRAIAItAAVBD3EhBSACLQAEIQYgAi0ABgwBCyAEKAIMIQYgBCgCCCEFIAQoAgQLIQQgACACNgKMASAAIAI2AogBIABBADYChAEgACAGNgKAASAAIAU2AnwgACAENgJ4AkAgAiABKAIYIgRHBEAgACAAKQKAATcDUCAAIAApAogBNwNYIAAgACkCeDcDSCAAIAEpAhA3AzggAEFAayABKQIYNwMAIAAgASkCCDcDMCAAQeAAaiAAQcgAaiAAQTBqEBgCQCAAKAJwIgIgBEYNACACRQ0AA0AgACAAKQJwIgc3A4gBIAAgACkCaCIINwOAASAAIAg3AyAgACAHNwMoIAAgACkCYCIHNwN4IAAgBzcDGCAAIAEpAhA3AwggACABKQIYNwMQIAAgASkCCDcDACAAQeAAaiAAQRhqIAAQGCAAKAJwIgIgBEYNASACDQALCyABIAApA3g3AiAgASAAKQOIATcCMCABIAApA4ABNwIoDAELIAFCADcCICABQgA3AjAgAUIANwIoCyAAQZABaiQAIAMgASgCLDYCECADIAEoAiQ2AgggAyABKAIwNgIAIAMgASgCKEEBdjYCDCADIAEoAiBBAXY2AgQgAUHQAGokAAudAQECfyMAQTBrIgEkACABIwwiAigCADYCKCABIAIoAgxBAXQ2AiAgASAANgIsIAEgASkCKDcDECABIAIoAhA2AiQgASABKQIgNwMIIAEgAigCCDYCHCABIAIoAgRBAXQ2AhggASABKQIYNwMAQQEhAAJAIAEoAhAoAgAiAkEBcQ0AIAIoAiRFDQAgAigCOEEBaiEACyABQTBqJAAgAAvuAQEDfyMAQdAAayIBJAAgASMMIgIoAgA2AkggAUFAayIDIAIoAgxBAXQ2AgAgASAANgJMIAEgASkCSDcDGCABIAIoAhA2AkQgASADKQIANwMQIAEgAigCCDYCPCABIAIoAgRBAXQ2AjggASABKQI4NwMIIwBBIGsiACQAIAAgASkCGDcDGCAAIAEpAhA3AxAgACABKQIINwMIIAFBIGogAEEIakEAEFcgAEEgaiQAIAIgASgCLDYCECACIAEoAiQ2AgggAiABKAIwNgIAIAIgASgCKEEBdjYCDCACIAEoAiBBAXY2AgQgAUHQAGokAAvuAQEDfyMAQdAAayIBJAAgASMMIgIoAgA2AkggAUFAayIDIAIoAgxBAXQ2AgAgASAANgJMIAEgASkCSDcDGCABIAIoAhA2AkQgASADKQIANwMQIAEgAigCCDYCPCABIAIoAgRBAXQ2AjggASABKQI4NwMIIwBBIGsiACQAIAAgASkCGDcDGCAAIAEpAhA3AxAgACABKQIINwMIIAFBIGogAEEIakEAEFggAEEgaiQAIAIgASgCLDYCECACIAEoAiQ2AgggAiABKAIwNgIAIAIgASgCKEEBdjYCDCACIAEoAiBBAXY2AgQgAUHQAGokAAvuAQEDfyMAQdAAayIBJAAgASMMIgIoAgA2AkggAUFAayIDIAIoAgxBAXQ2AgAgASAANgJMIAEgASkCSDcDGCABIAIoAhA2AkQgASADKQIANwMQIAEgAigCCDYCPCABIAIoAgRBAXQ2AjggASABKQI4NwMIIwBBIGsiACQAIAAgASkCGDcDGCAAIAEpAhA3AxAgACABKQIINwMIIAFBIGogAEEIakEBEFcgAEEgaiQAIAIgASgCLDYCECACIAEoAiQ2AgggAiABKAIwNgIAIAIgASgCKEEBdjYCDCACIAEoAiBBAXY2AgQgAUHQAGokAAsqAQJ/AkAgACgCICIDRQ0AIAEgA0sNACAAKAI8IAFBAnRqKAIAIQILIAILWQAjAUHo8gBqJAcjAUHg8gBqJAgjAUHs8gBqJAkjAUHk8gBqJAojAUGY9ABqJAsjAUGw9ABqJAwjAUG0+gBqJA0jAUG4+gBqJA4jAUGg9ABqQQBBnAb8CwAL7gEBA38jAEHQAGsiASQAIAEjDCICKAIANgJIIAFBQGsiAyACKAIMQQF0NgIAIAEgADYCTCABIAEpAkg3AxggASACKAIQNgJEIAEgAykCADcDECABIAIoAgg2AjwgASACKAIEQQF0NgI4IAEgASkCODcDCCMAQSBrIgAkACAAIAEpAhg3AxggACABKQIQNwMQIAAgASkCCDcDCCABQSBqIABBCGpBARBYIABBIGokACACIAEoAiw2AhAgAiABKAIkNgIIIAIgASgCMDYCACACIAEoAihBAXY2AgwgAiABKAIgQQF2NgIEIAFB0ABqJAALxQEBA38jAEHQAGsiAiQAIAIjDCIDKAIANgJIIAJBQGsiBCADKAIMQQF0NgIAIAIgADYCTCACIAIpAkg3AxggAiADKAIQNgJEIAIgBCkCADcDECACIAMoAgg2AjwgAiADKAIEQQF0NgI4IAIgAikCODcDCCACQSBqIAJBCGogAUH//wNxED0gAyACKAIsNgIQIAMgAigCJDYCCCADIAIoAjA2AgAgAyACKAIoQQF2NgIMIAMgAigCIEEBdjYCBCACQdAAaiQAC/ABAQN/IwBB0ABrIgIkACACIwwiAygCADYCSCACQUBrIgQgAygCDEEBdDYCACACIAA2AkwgAiACKQJINwMYIAIgAygCEDYCRCACIAQpAgA3AxAgAiADKAIINgI8IAIgAygCBEEBdDYCOCACIAIpAjg3AwgjAEEgayIAJAAgACACKQIYNwMYIAAgAikCEDcDECAAIAIpAgg3AwggAkEgaiAAQQhqIAFBABA+IABBIGokACADIAIoAiw2AhAgAyACKAIkNgIIIAMgAigCMDYCACADIAIoAihBAXY2AgwgAyACKAIgQQF2NgIEIAJB0ABqJAAL8AEBA38jAEHQAGsiAiQAIAIjDCIDKAIANgJIIAJBQGsiBCADKAIMQQF0NgIAIAIgADYCTCACIAIpAkg3AxggAiADKAIQNgJEIAIgBCkCADcDECACIAMoAgg2AjwgAiADKAIEQQF0NgI4IAIgAikCODcDCCMAQSBrIgAkACAAIAIpAhg3AxggACACKQIQNwMQIAAgAikCCDcDCCACQSBqIABBCGogAUEBED4gAEEgaiQAIAMgAigCLDYCECADIAIoAiQ2AgggAyACKAIwNgIAIAMgAigCKEEBdjYCDCADIAIoAiBBAXY2AgQgAkHQAGokAAuaAQECfyMAQTBrIgEkACABIwwiAigCADYCKCABIAIoAgxBAXQ2AiAgASAANgIsIAEgASkCKDcDECABIAIoAhA2AiQgASABKQIgNwMIIAEgAigCCDYCHCABIAIoAgRBAXQ2AhggASABKQIYNwMAQQAhAAJAIAEoAhAoAgAiAkEBcQ0AIAIoAiRFDQAgAigCNCEACyABQTBqJAAgAAuaAQECfyMAQTBrIgEkACABIwwiAigCADYCKCABIAIoAgxBAXQ2AiAgASAANgIsIAEgASkCKDcDECABIAIoAhA2AiQgASABKQIgNwMIIAEgAigCCDYCHCABIAIoAgRBAXQ2AhggASABKQIYNwMAQQAhAAJAIAEoAhAoAgAiAkEBcQ0AIAIoAiRFDQAgAigCMCEACyABQTBqJAAgAAucAQECfyMAQTBrIgEkACABIwwiAigCADYCKCABIAIoAgxBAXQ2AiAgASAANgIsIAEgASkCKDcDECABIAIoAhA2AiQgASABKQIgNwMIIAEgAigCCDYCHCABIAIoAgRBAXQ2AhggASABKQIYNwMAAn8gASgCECgCACIAQQFxBEAgAEGA/gNxQQh2DAELIAAvASgLQf//A3EgAUEwaiQAC/oBAQN/IwBB0ABrIgEkACABIwwiAigCADYCSCABQUBrIgMgAigCDEEBdDYCACABIAA2AkwgASABKQJINwMYIAEgAigCEDYCRCABIAMpAgA3AxAgASACKAIINgI8IAEgAigCBEEBdDYCOCABIAEpAjg3AwggAigCFEEBdCEDIwBBIGsiACQAIAAgASkCGDcDGCAAIAEpAhA3AxAgACABKQIINwMIIAFBIGogAEEIaiADQQAQViAAQSBqJAAgAiABKAIsNgIQIAIgASgCJDYCCCACIAEoAjA2AgAgAiABKAIoQQF2NgIMIAIgASgCIEEBdjYCBCABQdAAaiQAC/oBAQN/IwBB0ABrIgEkACABIwwiAigCADYCSCABQUBrIgMgAigCDEEBdDYCACABIAA2AkwgASABKQJINwMYIAEgAigCEDYCRCABIAMpAgA3AxAgASACKAIINgI8IAEgAigCBEEBdDYCOCABIAEpAjg3AwggAigCFEEBdCEDIwBBIGsiACQAIAAgASkCGDcDGCAAIAEpAhA3AxAgACABKQIINwMIIAFBIGogAEEIaiADQQEQViAAQSBqJAAgAiABKAIsNgIQIAIgASgCJDYCCCACIAEoAjA2AgAgAiABKAIoQQF2NgIMIAIgASgCIEEBdjYCBCABQdAAaiQAC4kEAQl/IwBBgAFrIgIkACACIwwiAygCADYCeCACIAMoAgxBAXQ2AnAgAiAANgJ8IAIgAikCeDcDMCACIAMoAhA2AnQgAiACKQJwNwMoIAIgAygCCDYCbCACIAMoAgRBAXQ2AmggAiACKQJoNwMgIAJB1ABqIAJBIGoQcQJAIAFFBEBBACEDDAELIAIgAikCeDcDGCACIAIpAnA3AxAgAiACKQJoNwMIIAJB1ABqIgAgAkEIahAtIAAQLBpBACEAQQAhAwNAIAMhBAJAA0AgAkHUAGoiAxBuIAFGDQEgAxAcDQALIAQhAwwCCyACQTxqIAJB1ABqIgMQECADEBwCQCAEQQVqIgMgAE0NAEEIIABBAXQiACADIAAgA0sbIgAgAEEITRsiAEECdCEGIAUEQCAFIAYjBygCABEBACEFDAELIAYjCCgCABEAACEFCyAFIARBAnRqIgRCADcCACAEQQA2AhAgBEIANwIIIAIoAjwhBiACKAJEIQggAigCTCEJIAIoAkAhCiAFIANBAnRqIgRBBGsgAigCSDYCACAEQQxrIAo2AgAgBEEUayAJNgIAIARBCGsgCEEBdjYCACAEQRBrIAZBAXY2AgANAAsLIAIoAlgiAARAIAAjCSgCABECAAsgAkEANgJgIAJCADcCWCMMIgAgBTYCBCAAIANBBW42AgAgAkGAAWokAAutCAENfyMAQTBrIgQkACAEIwwiBSgCADYCKCAEIAUoAgxBAXQ2AiAgBCAANgIsIAQgBCkCKDcDECAEIAUoAhA2AiQgBCAEKQIgNwMIIAQgBSgCCDYCHCAEIAUoAgRBAXQ2AhggBCAEKQIYNwMAAn8CQCAEKAIQIgAoAgAiAkEBcQ0AIAQoAhQhDANAIAAhBSACKAIkRQ0BQQAhCyACLwFCIgAEQCAMKAIIIgcoAlQgBy8BJCAAbEEBdGohCwsgAigCJCIORQ0BAn8gAiAOQQN0ayIAKAIAIgNBAXEiB0UEQCADLwEsQQJ2QQFxDAELIANBA3ZBAXELIghFIQlBACECAkAgCA0AIAtFDQAgCy8BACECQQEhCQsCQAJAAkACQAJAAkAgAkH+/wNrDgIBAgALIAJFBEAgB0UEQCADLwEsIgdBAXFFDQIgB0EBdkEBcUUNAgwDCyADQQJxRQ0BIANBAnZBAXENAgwBCyAMKAIIKAJIIAJBA2xqLQABQQFxDQELQQAhCiAAKAIAIgJBAXENASACKAIkRQ0BIAEgAigCNCIKSQ0CDAELQQEhCiABRQ0CC0EBIQYgDkEBRg0DA0BBACECAn8gACAGQQN0aiIHKAIAIgNBAXEiCARAIANBA3ZBAXEMAQsgAy8BLEECdkEBcQtFBEAgCwR/IAsgCUEBdGovAQAFQQALIQIgCUEBaiEJCwJ/AkACQAJAAkACQCACQf7/A2sOAgIBAAsCQCACRQRAIAhFDQEgA0ECcUUNAyADQQJ2QQFxDQIMAwsgDCgCCCgCSCACQQNsai0AAUEBcUUNAgwBCyADLwEsIghBAXFFDQEgCEEBdkEBcUUNAQsgASAKRw0BDAYLQQAhAyAHKAIAIgJBAXENASACKAIkRQ0BIAEgCmsiCCACKAI0IgNPDQEgByEAIAghAQwECyAKQQFqDAELIAMgCmoLIQogBkEBaiIGIA5HDQALDAMLAn9BACAMKAIIIgcoAiBFDQAaQQAgBygCQCAFKAIALwFCQQJ0aiIFLwECIghFDQAaIAlBAWshAyAHKAJEIAUvAQBBAnRqIgYgCEECdGohBQNAAkAgBi0AAw0AIAMgBi0AAkcNACAHKAI8IAYvAQBBAnRqKAIADAILIAZBBGoiBiAFRw0AC0EACyIFIA0gBRshDSACQQFxRQ0BDAILCyADQQFxBH8gA0EDdkEBcQUgAy8BLEECdkEBcQsNAAJAIAwoAggiACgCIEUNACAAKAJAIAUoAgAvAUJBAnRqIgEvAQIiBUUNACAJQQFrIQcgACgCRCABLwEAQQJ0aiIGIAVBAnRqIQEDQAJAIAYtAAMNACAHIAYtAAJHDQAgACgCPCAGLwEAQQJ0aigCACIAIA0gABsMBAsgBkEEaiIGIAFHDQALCyANDAELQQALIARBMGokAAuqBwENfyMAQTBrIgMkACADIwwiBCgCADYCKCADIAQoAgxBAXQ2AiAgAyAANgIsIAMgAykCKDcDECADIAQoAhA2AiQgAyADKQIgNwMIIAMgBCgCCDYCHCADIAQoAgRBAXQ2AhggAyADKQIYNwMAAn8CQCADKAIQIgAoAgAiAkEBcQ0AIAMoAhQhDQNAIAAhBCACKAIkRQ0BQQAhCiACLwFCIgAEQCANKAIIIgUoAlQgBS8BJCAAbEEBdGohCgsgAigCJCIORQ0BAn8gAiAOQQN0ayIAKAIAIgJBAXEiBUUEQCACLwEsQQJ2QQFxDAELIAJBA3ZBAXELIghFIQlBACEGAkAgCA0AIApFDQAgCi8BAEEARyEGQQEhCQsCQAJAAkACfyAFRQRAIAIvASxBAXEMAQsgAkEBdkEBcQsgBnJBAXFFBEBBACEGIAAoAgAiAkEBcQ0BIAIoAiRFDQEgASACKAIwIgZPDQEMAgtBASEGIAFFDQILQQEhByAOQQFGDQMDQEEAIQsCfyAAIAdBA3RqIgUoAgAiAkEBcSIIBEAgAkEDdkEBcQwBCyACLwEsQQJ2QQFxC0UEQCAKBH8gCiAJQQF0ai8BAEEARwVBAAshCyAJQQFqIQkLAn8CQAJAIAgEfyACQQF2QQFxBSACLwEsQQFxCyALckEBcQRAIAEgBkcNAQwGC0EAIQsgBSgCACICQQFxDQEgAigCJEUNASABIAZrIgggAigCMCILTw0BIAUhACAIIQEMBAsgBkEBagwBCyAGIAtqCyEGIAdBAWoiByAORw0ACwwDCwJ/QQAgDSgCCCIFKAIgRQ0AGkEAIAUoAkAgBCgCAC8BQkECdGoiBC8BAiIIRQ0AGiAJQQFrIQYgBSgCRCAELwEAQQJ0aiIHIAhBAnRqIQQDQAJAIActAAMNACAGIActAAJHDQAgBSgCPCAHLwEAQQJ0aigCAAwCCyAHQQRqIgcgBEcNAAtBAAsiBCAMIAQbIQwgAkEBcUUNAQwCCwsgAkEBcQR/IAJBA3ZBAXEFIAIvASxBAnZBAXELDQACQCANKAIIIgAoAiBFDQAgACgCQCAEKAIALwFCQQJ0aiIBLwECIgRFDQAgCUEBayEFIAAoAkQgAS8BAEECdGoiAiAEQQJ0aiEBA0ACQCACLQADDQAgBSACLQACRw0AIAAoAjwgAi8BAEECdGooAgAiACAMIAAbDAQLIAJBBGoiAiABRw0ACwsgDAwBC0EACyADQTBqJAALdwECfyMAQTBrIgEkACABIwwiAigCADYCKCABIAIoAgxBAXQ2AiAgASAANgIsIAEgASkCKDcDECABIAIoAhA2AiQgASABKQIgNwMIIAEgAigCCDYCHCABIAIoAgRBAXQ2AhggASABKQIYNwMAIAEQQCABQTBqJAALdQEBfyMAQTBrIgEkACABIAA2AhwgASMMIgApAwA3AiAgASAAKQMINwIoIAFBBGogAUEcahAQIAAgASgCEDYCECAAIAEoAgg2AgggACABKAIUNgIAIAAgASgCDEEBdjYCDCAAIAEoAgRBAXY2AgQgAUEwaiQAC0UBAX8jAEEgayIBJAAgASAANgIMIAEjDCIAKQMANwIQIAEgACkDCDcCGCABKAIQIAEoAhRBHGxqQQRrKAIAIAFBIGokAAvzAQEHfyMAQSBrIgEkACABIAA2AgwgASMMIgApAwA3AhAgASAAKQMINwIYQQAhACABKAIUIgVBAk8EQCABKAIQIQZBASEDA0ACQAJ/AkACQCAGIANBHGxqIgQoAgAoAgAiAkEBcQRAIAJBAnENASACQQN2QQFxDAMLIAIvASwiAkEBcUUNAQsgAEEBaiEADAILIAJBAnZBAXELDQAgBEEcaygCACgCAC8BQiICRQ0AIAAgASgCDCgCCCIHKAJUIAcvASQgAmxBAXRqIAQoAhRBAXRqLwEAQQBHaiEACyADQQFqIgMgBUcNAAsLIAFBIGokACAACzgBAX8jAEEgayIBJAAgASAANgIMIAEjDCIAKQMANwIQIAEgACkDCDcCGCABQQxqEG4gAUEgaiQAC2cBAX8jAEHQAGsiASQAIAEgADYCPCABIwwiACkDADcCQCABIAApAwg3AkggAUEkaiABQTxqEBAgASABKQI0NwMYIAEgASkCLDcDECABIAEpAiQ3AwggAUEIahBbIAFB0ABqJABBAXYLZQEBfyMAQdAAayIBJAAgASAANgI8IAEjDCIAKQMANwJAIAEgACkDCDcCSCABQSRqIAFBPGoQECABIAEpAjQ3AxggASABKQIsNwMQIAEgASkCJDcDCCABKAIIIAFB0ABqJABBAXYLfQEBfyMAQdAAayIBJAAgASAANgI8IAEjDCIAKQMANwJAIAEgACkDCDcCSCABQSRqIAFBPGoQECABIAEpAjQ3AxAgASABKQIsNwMIIAEgASkCJDcDACABQRxqIAEQQSAAIAEoAhw2AgAgACABKAIgQQF2NgIEIAFB0ABqJAALiAEBAX8jAEHQAGsiASQAIAEgADYCPCABIwwiACkDADcCQCABIAApAwg3AkggAUEkaiABQTxqEBAgASABKQI0NwMQIAEgASkCLDcDCCABIAEpAiQ3AwAgASABKAIENgIcIAEgASgCCDYCICAAIAEoAhw2AgAgACABKAIgQQF2NgIEIAFB0ABqJAALQgEBfyMAQTBrIgEkACABIAA2AhwgASMMIgApAwA3AiAgASAAKQMINwIoIAFBBGogAUEcahAQIAEoAhQgAUEwaiQAC4UBAQF/IwBB0ABrIgEkACABIAA2AjwgASMMIgApAwA3AkAgASAAKQMINwJIIAFBJGogAUE8ahAQIAEgASkCNDcDGCABIAEpAiw3AxAgASABKQIkNwMIAn8gASgCGCgCACIAQQFxBEAgAEEFdkEBcQwBCyAALwEsQQl2QQFxCyABQdAAaiQAC2QBAX8jAEHQAGsiASQAIAEgADYCPCABIwwiACkDADcCQCABIAApAwg3AkggAUEkaiABQTxqEBAgASABKQI0NwMYIAEgASkCLDcDECABIAEpAiQ3AwggAUEIahA/IAFB0ABqJAALZAEBfyMAQdAAayIBJAAgASAANgI8IAEjDCIAKQMANwJAIAEgACkDCDcCSCABQSRqIAFBPGoQECABIAEpAjQ3AxggASABKQIsNwMQIAEgASkCJDcDCCABQQhqEFkgAUHQAGokAAtkAQF/IwBB0ABrIgEkACABIAA2AjwgASMMIgApAwA3AkAgASAAKQMINwJIIAFBJGogAUE8ahAQIAEgASkCNDcDGCABIAEpAiw3AxAgASABKQIkNwMIIAFBCGoQQCABQdAAaiQAC0wBAn8jAEEgayIBJAAgASAANgIMIAEjDCIAKQMANwIQIAEgACkDCDcCGCABQQxqEDUgACABKQIQNwMAIAAgASkCGDcDCCABQSBqJAALygcCDH8BfiMAQSBrIgMkACADIAA2AgwgAyMMIg0pAwA3AhAgAyANKQMINwIYIAEhCSMAQdAAayICJAAgAygCFCEAIAMoAhAhBwNAIAcgAEEBayIBQRxsaiIIKAIYIQsgCCgCACgCACEGAkACQCABRQRAQQEhBSAGQQFxRQ0BQQAhBAwCCwJAAn8gBkEBcSIMBEAgBkECcQRAQQAhBEEBIQUMBQsgBkEDdkEBcQwBC0EBIQUgBi8BLCIEQQFxDQIgBEECdkEBcQsNACAIQRxrKAIAKAIALwFCIgVFDQBBACEEIAMoAgwoAggiCigCVCAKLwEkIAVsQQF0aiAIKAIUQQF0ai8BAEEARyEFIAxFDQEMAgtBACEFQQAhBCAMDQELIAYoAiRFBEBBACEEDAELIAYoAjghBAsCQAJAIAkgC0kNACAFIAtqIARqIAlNDQADQAJAAkACQCAHIABBHGxqIghBHGsoAgAiCygCACIFQQFxBEAgAygCDCEBDAELIAMoAgwhASAFKAIkDQELIAIgATYCECACQgA3AwggAkEANgIsIAJCADcCJCACQgA3AhwgAkIANwIUDAELIAEoAgghBiAFLwFCIgQEfyAGKAJUIAYvASQgBGxBAXRqBUEACyEMIAhBBGsoAgAhBAJAAkAgAEEBayIKRQ0AIAUvASwiBUEBcQ0AIAVBBHENASAHIApBHGxqIgVBHGsoAgAoAgAvAUIiCkUNASAEIAYoAlQgBi8BJCAKbEEBdGogBSgCFEEBdGovAQBBAEdqIQQMAQsgBEEBaiEECyALKQIAIQ4gAiABNgIQIAIgDjcDCCACIAhBGGsiASgCCDYCHCACIAEpAgA3AhQgAiAMNgIsIAJCADcDICACIAQ2AiggBCAJSw0DCwNAIAJBCGogAkEwaiACQc8AahAlRQ0DIAIoAiggCU0NAAsgAyAAQQFqIgEgAygCGCIESwR/QQggBEEBdCIAIAEgACABSxsiACAAQQhNGyIBQRxsIQACfyAHBEAgByAAIwcoAgARAQAMAQsgACMIKAIAEQAACyEHIAMgATYCGCADKAIUIgBBAWoFIAELNgIUIAMgBzYCECAHIABBHGxqIgAgAikCMDcCACAAIAIoAkg2AhggACACQUBrKQIANwIQIAAgAikCODcCCCACLQBPQQFGBEAgAigCSCAJRg0DCyADKAIQIQcgAygCFCEADAALAAsgAEECSQ0AIAMgATYCFCABIQAMAQsLIAJB0ABqJAAgDSADKQIQNwMAIA0gAykCGDcDCCADQSBqJAAL8wQCDX8BfiMAQSBrIgYkACAGIAA2AgwgBiMMIgkpAwA3AhAgBiAJKQMINwIYQQEhCwJAIAZBDGoiCiMCQQ9qEEgiDUUNACAKKAIEIAooAghBHGxqIgBBGGsiAigCAA0AIABBEGsoAgBFDQAgAEEMaygCACEHIABBOGsoAgAiAS0AAEEBcUUEQCABKAIAIgEgASgCJEEDdGshAwsgAEEwaykCACEOIABBNGsoAgAhASACIAcEfwJ/IAMoAgAiAkEBcQRAIAEgAy0AByICaiEIIA5CIIinIQQgDqcMAQtBACAOQiCIpyACKAIUIgUbIQQgAigCECABaiEIIAIoAhghAiAFIA6nagutIAIgBGqtQiCGhCEOQQEhAiAHQQFHBEADQAJAIAMgAkEDdGoiBCgCACIBQQFxBEAgBC0AByIBIAQtAAZqIQwgBC0ABUEPcSEFIAQtAAQhBAwBC0EAIAEoAgwgASgCFCIFGyEEIAEoAhAgASgCBGohDCAFIAEoAghqIQUgASgCGCEBCyAFIA6naq0gASAEakEAIA5CIIinIAUbaq1CIIaEIQ4gCCAMaiEIIAJBAWoiAiAHRw0ACwsCfyADIAdBA3RqIgIoAgAiA0EBcQRAIAItAAVBD3EhASACLQAEIQUgAi0ABgwBCyADKAIMIQUgAygCCCEBIAMoAgQLIAEgDqdqrUEAIA5CIIinIAEbIAVqrUIghoQhDiAIagUgAQs2AgAgAEEUayAONwIACwJAAkACQCANQQFrDgIAAgELA0AgChBwQQFGDQALDAELQQAhCwsgCSAGKQIQNwMAIAkgBikCGDcDCCAGQSBqJAAgCwtMAQJ/IwBBIGsiASQAIAEgADYCDCABIwwiACkDADcCECABIAApAwg3AhggAUEMahAcIAAgASkCEDcDACAAIAEpAhg3AwggAUEgaiQAC04BAX8jAUGrCmohAgJAAkACQCABQf7/A2sOAgACAQsjAUGqCmoPC0EAIQIgACgCCCAAKAIEaiABTQ0AIAAoAjggAUECdGooAgAhAgsgAgt+AgF/AX4jAEEwayIBJAAgASAANgIcIAEjDCIAKQMANwIgIAEgACkDCDcCKCABIAAoAhRBAXQ2AhggASAAKAIQNgIUIAEgASkCFDcDCCABQRxqQQAgASgCCCABKAIMEG8gACABKQIgNwMAIAAgASkCKDcDCCABQTBqJABCAFkLXQIBfwF+IwBBIGsiASQAIAEgADYCDCABIwwiACkDADcCECABIAApAwg3AhggAUEMaiAAKAIQQQF0QQBBABBvIAAgASkCEDcDACAAIAEpAhg3AwggAUEgaiQAQgBZC18BA38jAEEgayIBJAAgASAANgIMIAEjDCIAKQMANwIQIAEgACkDCDcCGCABQQxqIQIDQCACEHAiA0EBRg0ACyADQQJGIAAgASkCEDcDACAAIAEpAhg3AwggAUEgaiQAC0wBAn8jAEEgayIBJAAgASAANgIMIAEjDCIAKQMANwIQIAEgACkDCDcCGCABQQxqECwgACABKQIQNwMAIAAgASkCGDcDCCABQSBqJAALugIBBX8jAEEwayICJAAgAiAANgIcIAIjDCIDKQMANwIgIAIgAykDCDcCKCACIAMpAxA3AgwgAiADKQMYNwIUIAIgATYCCCACIAIoAgg2AhwgAi8BGCEAIAJBADYCJCACIAA7ASwgAigCICEAIAIoAgwhBgJAAkAgAigCECIEIAIoAihLBEAgBEEcbCEBAn8gAARAIAAgASMHKAIAEQEADAELIAEjCCgCABEAAAshACACIAQ2AiggAigCJCIFRQ0BIAVBHGwiBUUNASAAIAFqIAAgBfwKAAAMAQsgBEUNASAEQRxsIQELIAYEQCABRQ0BIAAgBiAB/AoAAAwBCyABRQ0AIABBACAB/AsACyACIAA2AiAgAiACKAIkIARqNgIkIAMgAikCIDcDACADIAIpAig3AwggAkEwaiQAC9kBAgh/AX4jAEHQAGsiASQAIAEjDCICKAIANgJIIAFBQGsiAyACKAIMQQF0NgIAIAEgADYCTCACKAIgIQQgAikDGCEJIAIoAhQhBSACKAIEIQYgAigCCCEHIAIoAhAhCCABIAEpAkg3AxggASAINgJEIAEgAykCADcDECABIAc2AjwgASAGQQF0NgI4IAEgBTYCKCABIAk3AiwgASAENgI0IAEgADYCJCABIAEpAjg3AwggAUEkaiABQQhqEC0gAiABKQIoNwMAIAIgASkCMDcDCCABQdAAaiQAC1MBAX8jAEEgayIBJAAgASAANgIMIAEjDCIAKQMANwIQIAEgACkDCDcCGCABKAIQIgAEQCAAIwkoAgARAgALIAFBADYCGCABQgA3AhAgAUEgaiQAC8oBAQd/IwBBMGsiASQAIAEgADYCHCABIwwiAykDADcCICABIAMpAwg3AihBACEAIAEvASwhBiABKAIcIQcCQCABKAIkIgRFDQAgASgCICEFIARBHGwiAiMIKAIAEQAAIQAgBQRAIAJFDQEgACAFIAL8CgAADAELIAJFDQAgAEEAIAL8CwALIAFBADsBGiABIAY7ARggASAENgIUIAEgBDYCECABIAA2AgwgASAHNgIIIAMgASkCDDcDACADIAEpAhQ3AwggAUEwaiQAC5oBAQN/IwBB0ABrIgEkACABIwwiAigCADYCSCABQUBrIgMgAigCDEEBdDYCACABIAA2AkwgASABKQJINwMYIAEgAigCEDYCRCABIAMpAgA3AxAgASACKAIINgI8IAEgAigCBEEBdDYCOCABIAEpAjg3AwggAUEkaiABQQhqEHEgAiABKQIoNwMAIAIgASkCMDcDCCABQdAAaiQAC84wAht/A34jAEEQayIYJAAjAEFAaiIHJAAgB0EANgI8IAdCADcCJCAHQgA3AhwCfyAAKAIAIgJBAXEEQCAALQAEIQ0gAC0ABiEMIAAtAAVBD3EMAQsgAigCDCENIAIoAgQhDCACKAIICyEIIAdBADsBPCAHIAA2AiwgB0HgASMIKAIAEQAAIgI2AjAgB0KBgICAgAE3AjQgAkEANgIYIAJCADcCECACIA02AgwgAiAINgIIIAIgDDYCBCACIAA2AgACfyABKAIAIgJBAXEEQCABLQAEIQ0gAS0ABiEMIAEtAAVBD3EMAQsgAigCDCENIAIoAgQhDCACKAIICyECIAdBADsBKCAHIAE2AhggBygCHCEIIAcoAiRFBEACfyAIBEAgCEHgASMHKAIAEQEADAELQeABIwgoAgARAAALIQggB0EINgIkCyAHQQE2AiAgByAINgIcIAhBADYCGCAIQgA3AhAgCCANNgIMIAggAjYCCCAIIAw2AgQgCCABNgIAIAdBADYCECAHQgA3AwggACgCFCAAKAIYIAEoAhQgASgCGCAHQQhqEFMgACITKAIIIQIjAEHgAGsiBSQAIAdBADYCNCAHKAIwIQAgBygCOAR/QQAFAn8gAARAIABB4AEjBygCABEBAAwBC0HgASMIKAIAEQAACyEAIAdBCDYCOCAHKAI0CyEIIAcgADYCMCAHIAhBAWo2AjQgBUEANgIIIAVCADcDACAAIAhBHGxqIgAgEzYCACAAIAUpAwA3AgQgACAFKAIINgIMIABBADYCGCAAQgA3AhAgBSAHKAI8NgI4IAUgBykCNDcDMCAHKQIsIR0gBUEANgJMIAUgHTcDKCAFQgA3AkQgBUEBNgJAIAUgAjYCPCAHQQA2AiAgBygCHCEAIAcoAiRFBEACfyAABEAgAEHgASMHKAIAEQEADAELQeABIwgoAgARAAALIQAgB0EINgIkIAcoAiAhBAsgByAANgIcIAcgBEEBajYCICAFQQA2AlggBUIANwNQIAAgBEEcbGoiACABIhY2AgAgACAFKQNQNwIEIAAgBSgCWDYCDCAAQQA2AhggAEIANwIQIAUgBygCKDYCECAFIAcpAiA3AwggBykCGCEdIAVBADYCJCAFIB03AwAgBUIANwIcIAVBATYCGCAFIAI2AhQgBSgCLCAFKAIwIgtBHGxqIgBBGGsoAgAhCCAAQRRrKQIAIR4gBS0AREUEQCAepyENIB5CIIinIQQCfyAAQRxrKAIAIgEoAgAiAkEBcQRAIAEtAAVBD3EhACABLQAEIQwgAS0ABgwBCyACKAIMIQwgAigCCCEAIAIoAgQLIAhqIQggACANaq1BACAEIAAbIAxqrUIghoQhHgsgBSgCBCAFKAIIIg9BHGxqIgBBGGsoAgAhDSAAQRRrKQIAIh2nIQwgHUIgiKchBAJ/IABBHGsoAgAiASgCACICQQFxBEAgAS0ABUEPcSEAIAEtAAQhBiABLQAGDAELIAIoAgwhBiACKAIIIQAgAigCBAshASAAIAxqrUEAIAQgABsgBmqtQiCGhCEdAn8CQCABIA1qIgIgCEsEQCAeIR8gHSEeIAghACACIQgMAQsgHSEfQQAgCCACIgBNDQEaC0HAASMIKAIAEQAAIgogCDYCFCAKIAA2AhAgCiAeNwIIIAogHzcCAEEIIREgHiEdIAghAkEBCyENQQAhDANAIAtBAWshBAJ/AkACQAJAIAUtAEQiEEEBRgRAIAQNAQwDCyALRQ0CDAELIAtBAmshBAsgBSgCPCEGIAUoAiwhCQNAIAkgBCIAQRxsaiIBKAIAIQ5BACEEAkAgAEUNACABQRxrKAIAKAIALwFCIgNFDQAgBigCVCAGLwEkIANsQQF0aiABKAIUQQF0ai8BACEECwJAAn8gDigCACIDQQFxBEAgA0EBdkEBcQwBCyADLwEsQQFxCw0AIARB//8DcQ0AIABBAWshBCAARQ0CDAELCyADQQh2IQkgDi0AByEUIAEoAgQMAQtBACEDQQAhCUEAIRRBACEEQQALIRsgD0EBayEBAn8CQAJAAkAgBS0AHCIZQQFGBEAgAQ0BDAMLIA9FDQIMAQsgD0ECayEBCyAFKAIUIRIgBSgCBCEaA0AgGiABIgBBHGxqIg4oAgAhFUEAIQECQCAARQ0AIA5BHGsoAgAoAgAvAUIiBkUNACASKAJUIBIvASQgBmxBAXRqIA4oAhRBAXRqLwEAIQELAkACfyAVKAIAIgZBAXEEQCAGQQF2QQFxDAELIAYvASxBAXELDQAgAUH//wNxDQAgAEEBayEBIABFDQIMAQsLIAZBCHYhACAVLQAHIRIgDigCBAwBC0EAIQZBACEAQQAhEkEAIQFBAAshGiADQQFxIg4EfyAJQf8BcQUgAy8BKAshHAJ/AkACQAJAAkACQAJ/IAZBAXEiFUUEQCADQQBHIQkgBi8BKCEAQQEMAQsgAyAGckUNAyADQQBHIQkgAEH/AXEhACAGQQBHC0UNACAJRQ0AIARB//8DcSABQf//A3FHDQAgHEH//wNxIgQgAEH//wNxRw0AIANBAXFFBEAgAygCECEUCyAGQQFxRQRAIAYoAhAhEgsgDgR/IANBEHYFIAMvASoLIBUEfyAGQRB2BSAGLwEqCyEPQQAhCUEAIQEgDkUEQCADLQAsQcAAcUEGdiEBCyAVRQRAIAYtACxBwABxQQZ2IQkLAn8gA0EadEEfdUHiBHEgDg0AGkHiBCADLQAtQQJxDQAaIAMoAiALIRkCfyAGQRp0QR91QeIEcSAVDQAaQeIEIAYtAC1BAnENABogBigCIAshBiAaIBtHDQMgBEH//wNGDQMgEiAURw0DQf//A3EiAEH//wNGDQMgD0H//wNxIgRB//8DRg0DIABFIARFcw0DIAYgGUcNAyABIAlzDQMgDgR/IANBBHZBAXEFIAMvASxBBXZBAXELDQMgAUUNAiMBQZQMaiEAAkAgBSgCSCIBRQ0AIAFBAXENACABLQAsQcAAcUUNACAAIAFBMGogASgCJBshAAsjAUGUDGohBAJAIAUoAiAiAUUNACABQQFxDQAgAS0ALEHAAHFFDQAgBCABQTBqIAEoAiQbIQQLIAAoAhghAyAEKAIYIgFBGU8EQCABIANHDQQgACgCACEAIAQoAgAhBAwCCyABIANGDQEMAwsgBSgCLCALQRxsaiIAQRBrKAIAIQIgAEEUaygCACEDIABBGGsoAgAhCSAFKAIEIA9BHGxqIgZBEGsoAgAhCyAGQRRrKAIAIQ8gBkEYaygCACEOAn4CfwJAAkAgAEEcaygCACIEKAIAIgFBAXEEQCAJIAQtAAZqIQAgAyAELQAFQQ9xIgFqIQMgBC0ABEEAIAIgARtqIQIgEA0BIAAgBC0AByIEagwDCyABKAIMQQAgAiABKAIIIgAbaiECIAAgA2ohAyABKAIEIAlqIQAgEEUNAQsgA60gAq1CIIaEDAILQQAgAiABKAIUIgQbIQIgAyAEaiEDIAEoAhghBCABKAIQIABqCyEAIAOtIAIgBGqtQiCGhAsCfgJ/AkACQCAGQRxrKAIAIgEoAgAiA0EBcQRAIA4gAS0ABmohBCAPIAEtAAVBD3EiA2ohAiABLQAEQQAgCyADG2ohBiAZDQEgBCABLQAHIgFqDAMLIAMoAgxBACALIAMoAggiARtqIQYgASAPaiECIAMoAgQgDmohBCAZRQ0BCyACrSAGrUIghoQMAgtBACAGIAMoAhQiARshBiABIAJqIQIgAygCGCEBIAMoAhAgBGoLIQQgAq0gASAGaq1CIIaECyAAIARJIgEbIR0gACAEIAEbIQIMAwsgACAEIAEQEg0BCyAFKAIsIAtBHGxqIgRBGGsoAgAhBgJ/IARBHGsoAgAiASgCACIDQQFxIgsEQCAGIAEtAAZqIgAgEA0BGiAAIAEtAAdqDAELIAMoAgQgBmoiACAQDQAaIAMoAhAgAGoLIQkCQCAMIAcoAgwiD08NACAHKAIIIQ4gDCEAA0AgCCAOIABBGGxqIhQoAhRPBEAgDyAAQQFqIgBHDQEMAgsLIBQoAhAgCUkNAQsgBEEQaygCACEJIARBFGsoAgAhAAJ/AkACQCALBEAgBiABLQAGaiECIAAgAS0ABUEPcSIEaiEAIAEtAARBACAJIAQbaiEEIBANASACIAEtAAciAWoMAwsgAygCDEEAIAkgAygCCCIBG2ohBCAAIAFqIQAgAygCBCAGaiECIBBFDQELIACtIAStQiCGhCEdQQAMBAtBACAEIAMoAhQiARshBCAAIAFqIQAgAygCGCEBIAMoAhAgAmoLIQIgAK0gASAEaq1CIIaEIR1BAAwCCyAFQShqIAgQMCAFIAgQMCEABEBBACAADQIaIAUoAiwgBSgCMEEcbGoiAEEQaygCACEDIABBFGsoAgAhASAAQRhrKAIAIQICfwJAAkAgAEEcaygCACIAKAIAIgRBAXEEQCACIAAtAAZqIQIgASAALQAFQQ9xIgRqIQEgAC0ABEEAIAMgBBtqIQMgBS0ARA0BIAIgAC0AByIAagwDCyAEKAIMQQAgAyAEKAIIIgAbaiEDIAAgAWohASAEKAIEIAJqIQIgBS0AREEBRw0BCyABrSADrUIghoQhHQwDC0EAIAMgBCgCFCIAGyEDIAAgAWohASAEKAIYIQAgBCgCECACagshAiABrSAAIANqrUIghoQhHQwBCyAABEAgBSgCBCAFKAIIQRxsaiIAQRBrKAIAIQMgAEEUaygCACEBIABBGGsoAgAhAgJ/AkACQCAAQRxrKAIAIgAoAgAiBEEBcQRAIAIgAC0ABmohAiABIAAtAAVBD3EiBGohASAALQAEQQAgAyAEG2ohAyAFLQAcDQEgAiAALQAHIgBqDAMLIAQoAgxBACADIAQoAggiABtqIQMgACABaiEBIAQoAgQgAmohAiAFLQAcQQFHDQELIAGtIAOtQiCGhCEdDAMLQQAgAyAEKAIUIgAbIQMgACABaiEBIAQoAhghACAEKAIQIAJqCyECIAGtIAAgA2qtQiCGhCEdDAELIAUoAiwgBSgCMEEcbGoiAEEQaygCACECIABBFGsoAgAhAyAAQRhrKAIAIQkgBSgCBCAFKAIIQRxsaiIGQRBrKAIAIQsgBkEUaygCACEQIAZBGGsoAgAhDwJ+An8CQAJAIABBHGsoAgAiBCgCACIBQQFxBEAgCSAELQAGaiEAIAMgBC0ABUEPcSIBaiEDIAQtAARBACACIAEbaiECIAUtAEQNASAAIAQtAAciBGoMAwsgASgCDEEAIAIgASgCCCIAG2ohAiAAIANqIQMgASgCBCAJaiEAIAUtAERBAUcNAQsgA60gAq1CIIaEDAILQQAgAiABKAIUIgQbIQIgAyAEaiEDIAEoAhghBCABKAIQIABqCyEAIAOtIAIgBGqtQiCGhAsCfgJ/AkACQCAGQRxrKAIAIgEoAgAiA0EBcQRAIA8gAS0ABmohBCAQIAEtAAVBD3EiA2ohAiABLQAEQQAgCyADG2ohBiAFLQAcDQEgBCABLQAHIgFqDAMLIAMoAgxBACALIAMoAggiARtqIQYgASAQaiECIAMoAgQgD2ohBCAFLQAcQQFHDQELIAKtIAatQiCGhAwCC0EAIAYgAygCFCIBGyEGIAEgAmohAiADKAIYIQEgAygCECAEagshBCACrSABIAZqrUIghoQLIAAgBEkiARshHSAAIAQgARshAkEADAELQQELIQ9BACEEAkAgBSgCMCIARQ0AA0AgBSgCLCAAIgRBHGxqIgFBGGsoAgAhAAJ/IAFBHGsoAgAiASgCACIDQQFxBEAgACABLQAGaiIAIAUtAEQNARogACABLQAHagwBCyADKAIEIABqIgAgBS0ARA0AGiADKAIQIABqCyACSw0BIAVBKGoQSiAFKAIwIgANAAtBACEECwJAA0AgBSgCCCIABEAgBSgCBCAAQRxsaiIDQRhrKAIAIQECfyADQRxrKAIAIgMoAgAiBkEBcQRAIAEgAy0ABmoiASAFLQAcDQEaIAEgAy0AB2oMAQsgBigCBCABaiIBIAUtABwNABogBigCECABagsgAksNAiAFEEoMAQsLQQAhAAsgBS0ARCEGIAUoAkAiASAFKAIYIgNLBEAgBSgCPCELIAUoAiwhDgNAIAQEfwJAAkACfyAOIARBHGxqIglBHGsoAgAoAgAiEEEBcQRAIBBBAXZBAXEMAQsgEC8BLEEBcQtFBEAgBEEBRg0CIAlBOGsoAgAoAgAvAUIiEEUNAiALKAJUIAsvASQgEGxBAXRqIAlBCGsoAgBBAXRqLwEARQ0CIAZBAXFFDQEMAgsgBkEBcQ0BCyABQQFrIQELQQAgBiAJQQxrKAIAGyEGIARBAWsFQQALIQQgASADSw0ACwsgBSAGOgBEIAUgBDYCMCAFIAE2AkAgBS0AHCEEIAEgA0kEQCAFKAIUIQkgBSgCBCEQA0AgAAR/AkACQAJ/IBAgAEEcbGoiBkEcaygCACgCACILQQFxBEAgC0EBdkEBcQwBCyALLwEsQQFxC0UEQCAAQQFGDQIgBkE4aygCACgCAC8BQiILRQ0CIAkoAlQgCS8BJCALbEEBdGogBkEIaygCAEEBdGovAQBFDQIgBEEBcUUNAQwCCyAEQQFxDQELIANBAWshAwtBACAEIAZBDGsoAgAbIQQgAEEBawVBAAshACABIANJDQALCyAFIAQ6ABwgBSAANgIIIAUgAzYCGAJAIA9FBEAgDSEBDAELAkAgDUUNACAIIAogDUEYbGoiAEEEayIBKAIASw0AIAEgAjYCACAAQRBrIB03AgAgDSEBDAELIAIgCE0EQCANIQEMAQsCQCANQQFqIgEgEU0NAEEIIBFBAXQiACABIAAgAUsbIgAgAEEITRsiEUEYbCEAIAoEQCAKIAAjBygCABEBACEKDAELIAAjCCgCABEAACEKCyAKIA1BGGxqIgAgAjYCFCAAIAg2AhAgACAdNwIIIAAgHjcCAAsgDCAHKAIMIgAgACAMSRshCANAAkAgCCAMIgBGBEAgCCEADAELIABBAWohDCAHKAIIIABBGGxqKAIUIAJNDQELCyAFKAIwIgsEQCACIQggHSEeIAEhDSAAIQwgBSgCCCIPDQELCwJ/IBMoAgAiCEEBcQRAIBMtAAVBD3EhAyATLQAEIQIgEy0AByIAIBMtAAZqDAELQQAgCCgCDCAIKAIUIgAbIQIgACAIKAIIaiEDIAgoAhghACAIKAIQIAgoAgRqCyEIIAOtIAAgAmqtQiCGhCEdAn8gFigCACICQQFxBEAgFi0AByIAIBYtAAZqIQMgFi0ABCEMIBYtAAVBD3EMAQtBACACKAIMIAIoAhQiDRshDCACKAIQIAIoAgRqIQMgAigCGCEAIA0gAigCCGoLrSAAIAxqrUIghoQhHgJAIAMgCEsEQAJAIAFFDQAgCCAKIAFBGGxqIgBBBGsiAigCAEsNACACIAM2AgAgAEEQayAeNwIAIAEhAAwCCwJAIAFBAWoiACARTQ0AQQggEUEBdCICIAAgACACSRsiAiACQQhNG0EYbCECIAoEQCAKIAIjBygCABEBACEKDAELIAIjCCgCABEAACEKCyAKIAFBGGxqIgEgAzYCFCABIAg2AhAgASAeNwIIIAEgHTcCAAwBCyADIAhPBEAgASEADAELAkAgAUUNACADIAogAUEYbGoiAEEEayICKAIASw0AIAIgCDYCACAAQRBrIB03AgAgASEADAELAkAgAUEBaiIAIBFNDQBBCCARQQF0IgIgACAAIAJJGyICIAJBCE0bQRhsIQIgCgRAIAogAiMHKAIAEQEAIQoMAQsgAiMIKAIAEQAAIQoLIAogAUEYbGoiASAINgIUIAEgAzYCECABIB03AgggASAeNwIACyAHIAUpAyg3AiwgByAFKAI4NgI8IAcgBSkDMDcCNCAHIAUoAhA2AiggByAFKQMINwIgIAcgBSkDADcCGCAHIAo2AgQgBUHgAGokACAYIAA2AgwgBygCCCIABEAgACMJKAIAEQIACyAHKAIwIgAEQCAAIwkoAgARAgALIAcoAhwiAARAIAAjCSgCABECAAsgBygCBCAHQUBrJAAhASAYKAIMBEADQCABIBdBGGxqIgAgACgCEEEBdjYCECAAIAAoAhRBAXY2AhQgACAAKAIEQQF2NgIEIAAgACgCDEEBdjYCDCAXQQFqIhcgGCgCDCIASQ0ACyAAIRcLIwwiACABNgIEIAAgFzYCACAYQRBqJAALtAEBBH8jAEEQayIDJAAgAyAAKAIYIgE2AgwgAUEYIwooAgARAQAhASAAKAIYQRhsIgQEQCABIAAoAhQgBPwKAAALIAMoAgwEQANAIAEgAkEYbGoiACAAKAIQQQF2NgIQIAAgACgCFEEBdjYCFCAAIAAoAgRBAXY2AgQgACAAKAIMQQF2NgIMIAJBAWoiAiADKAIMIgBJDQALIAAhAgsjDCIAIAE2AgQgACACNgIAIANBEGokAAvEFgIifwZ+IwBBMGsiEiQAIBIjDCIDKAIYQQF0NgIMIBIgAygCHEEBdDYCECASIAMoAiBBAXQ2AhQgEiADNQIAIAM1AgRCIYaENwIYIBIgAzUCCCADNQIMQiGGhDcCICASIAM1AhAgAzUCFEIhhoQ3AiggEkEMaiECQQAhAyMAQTBrIgskACAAIhcoAhgEQANAIBcoAhQgA0EYbGogAhBRIANBAWoiAyAXKAIYSQ0ACwsgC0IANwMoIAtCADcDICALQgA3AxggCyAXKQIANwMIIAtBGGohGCMAQTBrIg0kAEHAAiMIKAIAEQAAIQggAigCACEAIAIpAgwhJiACKAIEIQMgAikCFCElIAIoAgghASAIIAIpAhw3AiAgCCABNgIcIAggJTcCFCAIIAM2AhAgCCAmNwIIIAggADYCBCAIIAtBCGo2AgBBASEAQQghGQNAAn4gCCAAQQFrIgNBKGxqIgIoAgAiEygCACIBQQFxIgQEQCABQYABcUEHdiEaIBMtAAciAK1CIIYhJCATLQAGIQUgEy0ABSIPQQ9xrSATMQAEQiCGhAwBCyABLQAtQQFxIRogASgCBCEFIBMtAAUhDyABKQIUISQgASgCECEAIAEpAggLISMgACAFaiEHAkAgAigCBCIJIAcgBAR/IA9B8AFxQQR2BSABKAIcCyIPaiIBSwRAIAMhAAwBCyACKQIgISUgAigCHCEQIAIoAhghESACKAIUIQ4gAikCCCEoAkAgAigCECIMIAlHDQAgCSAQRw0AIAEgCUcNACADIQAMAQsgI0IgiKchASAlQiCIpyEWICOnIQICfyAFIAxPBEAgJacgAiAOayIEQQAgAiAETxtqrSABIAEgEWsiBEEAIAEgBE8bIBZqIAIgDksbrUIghoQhIyAQIAxrIAVqIQUgAAwBCyAkpyEKICRCIIinIQYgBSAJSwRAIAwgBWshBEIAISQgECEFICUhI0EAIAAgBEEAIAQgDE0bIgRNDQEaIAYgBiARIBEgAWsiAUEAIAEgEU0bIAIgDkkbayIBQQAgASAGTRsgCiAOIAJrIgJBACACIA5NGyICSxutQiCGIAogAmsiAkEAIAIgCk0brYQhJCAAIARrDAELAkAgByAJSw0AIAcgCUYgCSAMRnENACAADAELQQAhBCAQIAVrIgBBACAAIBBNGyEUIBYgFiABayIAQQAgACAWTRsgJaciACACSxshFSAAIAJrIgJBACAAIAJPGyECQgAhJyAHIAxLBEBBACABIAobIAZqIgAgACARayIBQQAgACABTxsgIyAkfKciACAOSxutQiCGIAAgDmsiAUEAIAAgAU8brYQhJyAHIAxrIQQLICdCIIinQQAgFSAnpyIAG2qtQiCGIAAgAmqthCEkIAQgFGoLIQcgDSATKQIAIiY3AxAgJkIgiKchAAJAICanIgRBAXEEQCAEIQIMAQsgBCICKAIAQQFGDQAgAigCJEEDdEHMAGoiACMIKAIAEQAAIQogAARAIAogAiACKAIkQQN0ayAA/AoAAAsgCiAEKAIkIgBBA3RqIQJBACEBAkAgAARAA0AgCiABQQN0aigCACIGQQFxRQRAIAYgBigCAEEBajYCACAGKAIAGiAEKAIkIQALIAFBAWoiASAASQ0ADAILAAsgBC0ALEHAAHFFDQAgBCgCMCEBIA0gBCkCRDcDKCANIAQpAjw3AyAgDSAEKQI0NwMYAkAgBCgCSCIAQRlJDQAgACMIKAIAEQAAIQEgBCgCSCIARQ0AIAEgBCgCMCAA/AoAAAsgAiABNgIwIAIgDSkDGDcCNCACIA0pAyA3AjwgAiANKQMoNwJECyACQQE2AgAgDSANKQMQNwMIIBggDUEIahAKQQAhAAsCQAJAIAJBAXEEQAJAIA9BD0sNACAFQf4BSw0AICNC/////+8fVg0AICNC8P///w+DQgBSDQAgB0H+AUsNACAkQv/////vH1YNACAkQv////8Pg0IAUg0AICNCIIinICOnQQh0QYAecSAAQYDgA3FyIAVBEHRyciAHQRh0ciEADAILAn8gGCgCBCIBBEAgGCABQQFrIgE2AgQgGCgCACABQQN0aigCAAwBC0HMACMIKAIAEQAACyIBQgA3AiAgASAPNgIcIAEgJDcCFCABIAc2AhAgASAjNwIIIAEgBTYCBCABQQE2AgAgASACQRB2OwEqIAEgAkGA/gNxQQh2OwEoIAEgAS8BLEGA8QNxIAJBAXZBB3EgAkGAAXFBAXRyIAJB4ABxQQR0cnI7ASwMAgsgAiAkNwIUIAIgBzYCECACICM3AgggAiAFNgIECyACIQELAkAgAUEBcQRAIAFBEHIhAQwBCyABIAEvASxBIHI7ASwLIBMgAa0gAK1CIIaENwIAIAFBAXEEQCADIQAMAQsgASgCJCIiRQRAIAMhAAwBCyAoQiCIpyEbICinIRwgI6chH0IAISNBACECQQAhAQNAIBMoAgAiACAAKAIkQQN0ayACQQN0aiIULQAFIQQCfyAUKAIAIgBBAXEiBQRAIARBD3EhDyAULQAEISAgFC0AByIhIBQtAAZqDAELQQAgACgCDCAAKAIUIgcbISAgByAAKAIIaiEPIAAoAhghISAAKAIQIAAoAgRqCyIKIAFqIQcgI0IgiKchFSAjpyEGAkAgCSAFBH8gBEHwAXFBBHYFIAAoAhwLIAdqSwRAIAMhAAwBCwJAAkAgASAMTQRAIAJFDQIgASAMRw0CIApFDQIgGiAGIB9NcUUNAQwCCyAaIAYgH01xDQELIAUEfyAAQQd2QQFxBSAALQAtQQFxC0UEQCADIQAMBAsgESAWRgRAIAMhAAwECyAGIA5NDQAgAyEADAMLQgAhJEEAIQpBACEEQgAhIyABIAlJBEAgCSABayEEIBwgBmsiAEEAIAAgHE0brSAbIBsgFWsiAEEAIAAgG00bIAYgHEkbrUIghoQhIwsgASAMSQRAIAwgAWshCiAOIAZrIgBBACAAIA5NG60gESARIBVrIgBBACAAIBFNGyAGIA5JG61CIIaEISQLAn8gASAQTwRAQgAhJ0EADAELICVCIIinIgAgACAVayIFQQAgACAFTxsgJaciACAGSxutQiCGIAAgBmsiBUEAIAAgBU8brYQhJyAQIAFrCyEFAn8gByAJSwRAICghJiAJDAELICghJiAJIAcgCUYgCSAMRnENABogJSEmIAQiCiEFICMiJCEnIBALIRACQCADQQFqIgAgGU0NAEEIIBlBAXQiASAAIAAgAUkbIgEgAUEITRsiGUEobCEBIAgEQCAIIAEjBygCABEBACEIDAELIAEjCCgCABEAACEICyAIIANBKGxqIgMgJzcCICADIAU2AhwgAyAkNwIUIAMgCjYCECADICM3AgggAyAENgIEIAMgFDYCACAAIQMgJiElCyAGIA9qrSAgICFqQQAgFSAPG2qtQiCGhCEjIAchASACQQFqIgIgIkcNAAsLIAANAAsgCARAIAgjCSgCABECAAsgCyALKQIINwIQIA1BMGokACAXIAspAxA3AgAgCygCGCIABEACQCALKAIcIgJFDQBBACEDIAJBBE8EQCACQXxxIQUDQCAAIANBA3RqIgEoAgAjCSIEKAIAEQIAIAEoAgggBCgCABECACABKAIQIAQoAgARAgAgASgCGCAEKAIAEQIAIANBBGohAyAdQQRqIh0gBUcNAAsLIAJBA3EiAkUNAANAIAAgA0EDdGooAgAjCSgCABECACADQQFqIQMgHkEBaiIeIAJHDQALCyAAIwkoAgARAgALIAsoAiQiAARAIAAjCSgCABECAAsgC0EwaiQAIBJBMGokAAv8AQIGfwF+IwBBMGsiASQAIwwiAigCFCABIAIoAhxBAXQ2AiwgASACKAIYNgIoIAEgASkCKDcDCEEBdCEGIAEpAgghBwJ/IAAoAgAiA0EBcQRAIAAtAAVBD3EhBCAALQAEIQUgAC0ABgwBCyADKAIMIQUgAygCCCEEIAMoAgQLIQMgASAANgIkIAEgADYCICABQQA2AhwgASADIAZqNgIQIAEgBCAHp2o2AhQgAUEAIAdCIIinIAQbIAVqNgIYIAIgASgCHDYCECACIAEoAhQ2AgggAiABKAIgNgIAIAIgASgCGEEBdjYCDCACIAEoAhBBAXY2AgQgAUEwaiQAC7UBAQR/IwBBIGsiASQAAn8gACgCACICQQFxBEAgAC0ABUEPcSEDIAAtAAQhBCAALQAGDAELIAIoAgwhBCACKAIIIQMgAigCBAshAiABIAA2AhwgASAANgIYIAFBADYCFCABIAQ2AhAgASADNgIMIAEgAjYCCCMMIgAgASgCFDYCECAAIAEoAgw2AgggACABKAIYNgIAIAAgASgCEEEBdjYCDCAAIAEoAghBAXY2AgQgAUEgaiQACzABAn8jAEEQayICJAAjDCIDIAAgASACQQxqEHQ2AgQgAyACKAIMNgIAIAJBEGokAAtIAQN/IwBBEGsiASQAIAEgACgCAEEPTwR/IAAoApgBIQIgACgClAEFQQALNgIMIwwiAyACNgIEIAMgASgCDDYCACABQRBqJAALRAEBfyMMIABBpAFqQQAgACgCAEEOSxsiAAR/IwwiASAALQAANgIEIAEgAC0AATYCCCABIAAtAAI2AgxBAwVBAAs2AgALCwAgACABEEVBAkkLCQAgACABEEVFC8ACAQZ/IwBBEGsiAyQAIANBADYCDCADIAAoAmQ2AgwgACgCRCEBIAMoAgwiAkEYbCIAECIhBCAABEAgBCABIAD8CgAACwJAIAJFDQBBACEBIAJBAUcEQCACQX5xIQUDQCAEIAFBGGxqIgAgACgCEEEBdjYCECAAIAAoAhRBAXY2AhQgACAAKAIEQQF2NgIEIAAgACgCDEEBdjYCDCAAIAAoAihBAXY2AiggACAAKAIsQQF2NgIsIAAgACgCHEEBdjYCHCAAIAAoAiRBAXY2AiQgAUECaiEBIAZBAmoiBiAFRw0ACwsgAkEBcUUNACAEIAFBGGxqIgAgACgCEEEBdjYCECAAIAAoAhRBAXY2AhQgACAAKAIEQQF2NgIEIAAgACgCDEEBdjYCDAsjDCIAIAQ2AgQgACACNgIAIANBEGokAAsHACAAKAIgCw4AIAAoAgQgAC0ACBAGCzcAIAAgAUEBdiACKAIAIAIoAgRBAXYgAxAHIANB/s8AIAMoAgBBAXQiASABQf/PAEsbNgIAIAALptUBAjZ/BH4jAEEwayIgJAAgIEIBNwIoICAgATYCICAgIwJBFWo2AiQCQCAEBEAgBEEBRwRAIARBfnEhAQNAIAMgC0EYbGoiFCAUKAIQQQF0NgIQIBQgFCgCFEEBdDYCFCAUIBQoAgRBAXQ2AgQgFCAUKAIMQQF0NgIMIBQgFCgCKEEBdDYCKCAUIBQoAixBAXQ2AiwgFCAUKAIcQQF0NgIcIBQgFCgCJEEBdDYCJCALQQJqIQsgB0ECaiIHIAFHDQALCyAEQQFxBEAgAyALQRhsaiIBIAEoAhBBAXQ2AhAgASABKAIUQQF0NgIUIAEgASgCBEEBdDYCBCABIAEoAgxBAXQ2AgwLIAAgAyAEEDoaIAMQMwwBCyAAQQBBABA6GgsgICAgKQIoNwMYICAgICkCIDcDECAgIwFB8PIAaikCADcDCCMAQRBrIikkACAAICApAggiOz4CtAogACA7NwKsCiApICApAhg3AwggKSAgKQIQNwMAQQAhBEEAIQsjAEGQAmsiCiQAAkAgACIFKAKgCSIRRQ0AICkoAgRFDQAgAgRAIAIoAgggEUcNAQsgBSApKQIANwJMIAUgKSkCCDcCVCAFQQA2AkggBUIANwJsIAUoAkQhFAJ/IAUoAmQiCQRAIAUoAiAhBwNAAkAgFCAEQRhsaiIDKAIUIgAgB00NACAAIAMoAhAiAU0NACABIAdPBEAgBSADKQIANwIkIAUgATYCIAsgBSAENgJoQQAMAwsgBEEBaiIEIAlHDQALCyAFIAk2AmggFCAJQRhsaiIBQQRrKAIAIQAgAUEQaykCACE7IAVBADYCSCAFIDs3AiQgBSAANgIgIAVCADcCbEEBCyEAIAVBADYCwAogBUEANgKkCiAFQQA2AgAgBSAANgJ0IAVBADYClAogBUGgCmohOQJAAkACQAJAAkAgBS0AxQoNACAFKAKICg0AIAUoAoQJKAIAIgMoAgAiAC8BAEEBRw0AIAAoApwBIgEgAygCCCIASQRAIAMgATYCCAwCCyAAIAFGDQELAkACQCAFKAJgIgJFBEAgBSgCjApFDQIgBSMBQZkIaiIAKQAANwCEASAFIAApAAc3AIsBIAVBhAFqIQEMAQsgBSMBQZkIaiIAKQAANwCEASAFIAApAAc3AIsBIAUoAlxBACAFQYQBaiIBIAIRAwAgBSgCjApFDQELA0ACQAJAIAEtAAAiBEEiRg0AIARB3ABGDQAgBA0BDAMLQdwAIAUoAowKEAkgAS0AACEECyAEwCAFKAKMChAJIAFBAWohAQwACwALIAUtAMUKRQ0BDAILAkAgESgCaEUNACARKAJwIgBFDQAgBSAAEQoANgKICgtBACEEIAUtAMQKDQIgAgRAIAIoAgAiAEEBcUUEQCAAIAAoAgBBAWo2AgAgACgCABoLIAUgAikCADcCmAogAigCFCACKAIYIAUoAkQgBSgCZCA5EFMgAikCACE7IAVCADcCgApBACEBIAVBADYC+AkgBSgC9AkhBCAFKAL8CUUEQAJ/IAQEQCAEQYABIwcoAgARAQAMAQtBgAEjCCgCABEAAAshBCAFQQg2AvwJIAUoAvgJIQELIAUgBDYC9AkgBSABQQFqNgL4CSAEIAFBBHRqIgBCADcCCCAAIDs3AgACQAJAIAUoAvQJIgEgBSgC+AkiD0EEdGoiAEEQaygCACIEQQFxDQAgBCgCJCICRQ0AIABBBGsoAgAhAyAPQQFqIg0gBSgC/AkiAEsEQCABQQggAEEBdCIAIA0gACANSxsiACAAQQhNGyIAQQR0IwcoAgARAQAhASAFIAA2AvwJIAUoAvgJIg9BAWohDSAEKAIkIQILIAUgDTYC+AkgBSABNgL0CSAEIAJBA3RrKQIAITsgASAPQQR0aiIAIAM2AgwgAEEANgIIIAAgOzcCAAwBCyAFQgA3AoAKIAVBADYC+AkLAkACQAJAIAUoAmAiAEUEQCAFKAKMCkUNAiAFIwEiACkAiQM3AIQBIAUgAC0AmQM6AJQBIAUgACkAkQM3AIwBIAVBhAFqIQEMAQsgBSMBIgEpAIkDNwCEASAFIAEtAJkDOgCUASAFIAEpAJEDNwCMASAFKAJcQQAgBUGEAWoiASAAEQMAIAUoAowKRQ0BCwNAAkACQCABLQAAIgRBIkYNACAEQdwARg0AIAQNASAFQYwKaiEPIAUoAowKIgFFDQQgBSgCoAkhACAKIAUpApgKNwO4ASAKQbgBakEAIABBACABEDlBCiAFKAKMChAJDAQLQdwAIAUoAowKEAkgAS0AACEECyAEwCAFKAKMChAJIAFBAWohAQwACwALIAVBjApqIQ8LIAUoAqQKRQ0BIAVBhAFqIQBBACENA0AgBSgCoAohAQJAIAUoAmBFBEAgDygCAEUNAQsgCiABIA1BGGxqKQIQNwOgASAAQYAIIwFB4QJqIApBoAFqEAsaIAUoAmAiAQRAIAUoAlxBACAAIAERAwALIAAhASAPKAIARQ0AA0ACQAJAIAEtAAAiBEEiRg0AIARB3ABGDQAgBA0BDAMLQdwAIA8oAgAQCSABLQAAIQQLIATAIA8oAgAQCSABQQFqIQEMAAsACyANQQFqIg0gBSgCpApJDQALDAELIAVCADcCgAogBUEANgL4CQJAIAUoAmAiAkUEQCAFKAKMCkUNAiAFIwFBuAhqIgApAAA3AIQBIAUgAC8ACDsAjAEgBUGEAWohAQwBCyAFIwFBuAhqIgApAAA3AIQBIAUgAC8ACDsAjAEgBSgCXEEAIAVBhAFqIgEgAhEDACAFKAKMCkUNAQsDQAJAAkAgAS0AACIEQSJGDQAgBEHcAEYNACAERQ0DDAELQdwAIAUoAowKEAkgAS0AACEECyAEwCAFKAKMChAJIAFBAWohAQwACwALIAVB9AlqITogBUGEAWohFANAAkAgBSgChAkiASgCBCIARQRAQQEhDUF/IR0MAQsgAEEBRiENIAEoAgAhAkEAIQ8CQAJAA0ACQCACIA9BBXQiHmoiBCgCHA0AA0ACQCAFKAJgRQRAIAUoAowKRQ0BCyAEKAIAIgApAgghOyAALwEAIQAgCiABKAIENgKEASAKIAA2AogBIAogOzcCjAEgCiAPNgKAASAUQYAIIwFBuQFqIApBgAFqEAsaIAUoAmAiAARAIAUoAlxBACAUIAARAwALIBQhASAFKAKMCkUNAANAAkACQCABLQAAIgRBIkYNACAEQdwARg0AIAQNAQwDC0HcACAFKAKMChAJIAEtAAAhBAsgBMAgBSgCjAoQCSABQQFqIQEMAAsAC0EAITUjAEHwA2siBiQAIA9BBXQiECAFKAKECSgCAGoiACgCECE2IAAoAgwhGiAAKAIAIgAoAgQhKiAALwEAIREgBkIANwOIAyAGQQA2AoADIAZCADcD+AICQCANQQFxBEACQCAFKAL4CSICRQ0AIAVB9AlqIQ4gBUGEAWohAyAaQTBqIQwgGkUgGnJBAXEhCwNAIA4oAgAgAkEEdGoiAkEQaygCACIARQ0BIABBCHYhFyACQQxrKAIAIQEgAkEEaygCACESAn8gAEEBcSITBEAgAUEQdkH/AXEgAUEYdmohCCAXQf8BcQwBCyAAKAIQIAAoAgRqIQggAC8BKAshAiASICpLBEAgBSgCYEUEQCAFKAKMCkUNAwsgBSgCoAkhASMBQasKaiECAkACQAJAIABBAXEEfyAXQf8BcQUgAC8BKAtB//8DcSIAQf7/A2sOAgACAQsjAUGqCmohAgwBC0EAIQIgASgCCCABKAIEaiAATQ0AIAEoAjggAEECdGooAgAhAgsgBiACNgKgAiADQYAIIwFB6wZqIAZBoAJqEAsaIAUoAmAiAARAIAUoAlxBACADIAARAwALIAUoAowKRQ0CA0ACQAJAIAMtAAAiAkEiRg0AIAJB3ABGDQAgAg0BDAULQdwAIAUoAowKEAkgAy0AACECCyACwCAFKAKMChAJIANBAWohAwwACwALIAggEmpBfyACQf//A3EbIQgCQAJAAkAgEiAqSQRAIAUoAmBFBEAgBSgCjApFDQILIAUoAqAJIQQjAUGrCmohAgJAAkACQCATBH8gF0H/AXEFIAAvASgLQf//A3EiAUH+/wNrDgIAAgELIwFBqgpqIQIMAQtBACECIAQoAgggBCgCBGogAU0NACAEKAI4IAFBAnRqKAIAIQILIAYgAjYCsAIgA0GACCMBQc4GaiAGQbACahALGiAFKAJgIgEEQCAFKAJcQQAgAyABEQMACyADIQEgBSgCjApFDQEDQAJAAkAgAS0AACICQSJGDQAgAkHcAEYNACACDQEMBAtB3AAgBSgCjAoQCSABLQAAIQILIALAIAUoAowKEAkgAUEBaiEBDAALAAsjAUGUDGohCQJAIAUoAoAKIgJFDQAgAkEBcQ0AIAItACxBwABxRQ0AIAkgAkEwaiACKAIkGyEJCyAJKAIYIQcCQAJAAkACfyMBQZQMaiICIAsNABogAiAaLQAsQcAAcUUNABogAiAMIBooAiQbCyIEKAIYIgJBGU8EQCACIAdHDQIgCSgCACEJIAQoAgAhBAwBCyACIAdHDQELIAkgBCACEBJFDQELIAUoAmBFBEAgBSgCjApFDQMLIAUoAqAJIQQjAUGrCmohAgJAAkACQCATBH8gF0H/AXEFIAAvASgLQf//A3EiAUH+/wNrDgIAAgELIwFBqgpqIQIMAQtBACECIAQoAgggBCgCBGogAU0NACAEKAI4IAFBAnRqKAIAIQILIAYgAjYC8AIgA0GACCMBQfwFaiAGQfACahALGiAFKAJgIgEEQCAFKAJcQQAgAyABEQMACyADIQEgBSgCjApFDQIDQAJAAkAgAS0AACICQSJGDQAgAkHcAEYNACACDQEMBQtB3AAgBSgCjAoQCSABLQAAIQILIALAIAUoAowKEAkgAUEBaiEBDAALAAsCQAJAAn8CQAJ/AkACQAJAAkAgEwRAIABBEHFFDQEjAUHEA2oMBwsjAUHEA2ogAC8BLCIEQSBxDQYaIAAvASgiAkH//wNHDQEjAUHiB2oMBgsgAEEgcUUNASMBQY4IagwFCyMBQY4IaiAEQYAEcQ0EGiAEQRhxRQ0BIwFB0AhqDAQLIABBgP4DcUUNAiABQQx2QQ9xDAELIAJFDQEgACgCHAsgCGohCAsgBSgCwAoiCSAFKAKkCiIHTw0BIAUoAqAKIQQDQCASIAQgCUEYbGoiAigCFE8EQCAHIAlBAWoiCUcNAQwDCwsgAigCECAITw0BIwFB2whqCyEBIAUoAmBFBEAgBSgCjApFDQILIAUoAqAJIQcjAUGrCmohAgJAAkACQCATBH8gF0H/AXEFIAAvASgLQf//A3EiBEH+/wNrDgIAAgELIwFBqgpqIQIMAQtBACECIAcoAgggBygCBGogBE0NACAHKAI4IARBAnRqKAIAIQILIAYgAjYCxAIgBiABNgLAAiADQYAIIwFBigdqIAZBwAJqEAsaIAUoAmAiAQRAIAUoAlxBACADIAERAwALIAMhASAFKAKMCkUNAQNAAkACQCABLQAAIgJBIkYNACACQdwARg0AIAINAQwEC0HcACAFKAKMChAJIAEtAAAhAgsgAsAgBSgCjAoQCSABQQFqIQEMAAsACyAGIAE2AqQDIAYgADYCoAMgBgJ/AkAgAEEBcQRAIBdB/wFxIQgMAQsgAEHEAEEoIAAoAiQbai8BACIIQf7/A0kNACAGQQA6AIADIAZBADYC/AJBAAwBCwJAAkAgBSgCoAkiEygCGCICIBFNBEAgEygCLCATKAIwIBEgAmtBAnRqKAIAQQF0aiICLwEAIgtFBEBBACECDAMLIAJBAmohB0EAIRADQCAHQQRqIQIgBy8BAiIMBH8gAiAMQQF0akEAIQkDQCACLwEAIAhGDQQgAkECaiECIAlBAWoiCSAMRw0ACwUgAgshB0EAIQIgEEEBaiIQIAtHDQALDAILIBMoAiggEygCBCARbEEBdGogCEEBdGovAQAhAgwBCyAHLwEAIQILIAYgEygCNCACQf//A3FBA3RqIgItAAA2AvwCIAYgAi0AAToAgAMgAkEIags2AvgCIAYgBikCoAM3A+gCIAUgESAGQegCaiAGQfgCahBQIQIgBSgCYCEEAkAgAkUEQCAERQRAIAUoAowKRQ0CCyAFKAKgCSEEIwFBqwpqIQICQAJAAkAgAEEBcQR/IBdB/wFxBSAALwEoC0H//wNxIgBB/v8Daw4CAAIBCyMBQaoKaiECDAELQQAhAiAEKAIIIAQoAgRqIABNDQAgBCgCOCAAQQJ0aigCACECCyMBQasKaiEBAkACQAJAIAhB/v8Daw4CAAIBCyMBQaoKaiEBDAELQQAhASAEKAIIIAQoAgRqIAhNDQAgBCgCOCAIQQJ0aigCACEBCyAGIAE2AuQCIAYgAjYC4AIgA0GACCMBQZEFaiAGQeACahALGiAFKAJgIgAEQCAFKAJcQQAgAyAAEQMACyAFKAKMCkUNAQNAAkACQCADLQAAIgJBIkYNACACQdwARg0AIAINAQwEC0HcACAFKAKMChAJIAMtAAAhAgsgAsAgBSgCjAoQCSADQQFqIQMMAAsACwJAIARFBEAgBSgCjApFDQELIAUoAqAJIQcjAUGrCmohAgJAAkACQCAAQQFxBH8gF0H/AXEFIAAvASgLQf//A3EiBEH+/wNrDgIAAgELIwFBqgpqIQIMAQtBACECIAcoAgggBygCBGogBE0NACAHKAI4IARBAnRqKAIAIQILIAYgAjYC0AIgA0GACCMBQbkGaiAGQdACahALGiAFKAJgIgIEQCAFKAJcQQAgAyACEQMACyAFKAKMCkUNAANAAkACQCADLQAAIgJBIkYNACACQdwARg0AIAINAQwDC0HcACAFKAKMChAJIAMtAAAhAgsgAsAgBSgCjAoQCSADQQFqIQMMAAsAC0EBITUgAEEBcQ0IIAAgACgCAEEBajYCACAAKAIAGgwICwJAIAUoAvQJIgIgBSgC+AkiA0EEdGoiAEEQaygCACIBQQFxDQADQCABKAIkIglFDQEgAEEEaygCACEEIAUgA0EBaiIHIAUoAvwJIgBLBH8gAkEIIABBAXQiACAHIAAgB0sbIgAgAEEITRsiAEEEdCMHKAIAEQEAIQIgBSAANgL8CSABKAIkIQkgBSgC+AkiA0EBagUgBws2AvgJIAUgAjYC9AkgASAJQQN0aykCACE7IAIgA0EEdGoiACAENgIMIABBADYCCCAAIDs3AgAgBSgC9AkiAiAFKAL4CSIDQQR0aiIAQRBrKAIAIgFBAXFFDQALCyAOECcMBQsCQCAFKAL0CSIBIAUoAvgJIglBBHRqIgJBEGsoAgAiE0EBcQ0AIBMoAiQiB0UNACACQQRrKAIAIQQgCUEBaiIIIAUoAvwJIgJLBEAgAUEIIAJBAXQiASAIIAEgCEsbIgEgAUEITRsiAkEEdCMHKAIAEQEAIQEgBSACNgL8CSAFKAL4CSIJQQFqIQggEygCJCEHCyAFIAg2AvgJIAUgATYC9AkgEyAHQQN0aykCACE7IAEgCUEEdGoiASAENgIMIAFBADYCCCABIDs3AgAMAwsgDhAnIAUgDxBPGiAFKAKECSgCACAQaigCAC8BACERDAILIAggKk0NACAFKAL0CSIBIAUoAvgJIglBBHRqIgJBEGsoAgAiE0EBcQ0AIBMoAiQiB0UNACACQQRrKAIAIQQgCUEBaiIIIAUoAvwJIgJLBEAgAUEIIAJBAXQiASAIIAEgCEsbIgEgAUEITRsiAkEEdCMHKAIAEQEAIQEgBSACNgL8CSAFKAL4CSIJQQFqIQggEygCJCEHCyAFIAg2AvgJIAUgATYC9AkgEyAHQQN0aykCACE7IAEgCUEEdGoiASAENgIMIAFBADYCCCABIDs3AgAMAQsgDhAnCyAFKAL4CSICDQALIAYgADYCoAMLIAZCADcDiAMLAkAgBSgC4AkiB0UNAEEAIQACQCAFKALwCSAqRw0AIwFBlAxqIQECQCAFKALoCSIARQ0AIABBAXENACAALQAsQcAAcUUNACABIABBMGogACgCJBshAQsjAUGUDGoiACEDAkAgGkUNACAaQQFxDQAgGi0ALEHAAHFFDQAgACAaQTBqIBooAiQbIQMLIAEoAhghAgJAIAMoAhgiBEEZTwRAQQAhACACIARHDQIgASgCACEBIAMoAgAhAwwBC0EAIQAgAiAERw0BCyABIAMgBBASDQAgBUHgCWohCSAFKAKgCSEMIAYCfwJAIAdBAXEEQCAHQYD+A3FBCHYhAwwBCyAHLwEoIgNB/v8DSQ0AIAZBADoAgAMgBkEANgL8AkEADAELAkACQCAMKAIYIgAgEU0EQCAMKAIsIAwoAjAgESAAa0ECdGooAgBBAXRqIgAvAQAiBEUEQEEAIQIMAwsgAEECaiEIQQAhBwNAIAhBBGohAiAILwECIgsEfyACIAtBAXRqQQAhAQNAIAIvAQAgA0YNBCACQQJqIQIgAUEBaiIBIAtHDQALBSACCyEIQQAhAiAHQQFqIgcgBEcNAAsMAgsgDCgCKCAMKAIEIBFsQQF0aiADQQF0ai8BACECDAELIAgvAQAhAgsgBiAMKAI0IAJB//8DcUEDdGoiAC0AADYC/AIgBiAALQABOgCAAyAAQQhqCzYC+AIgBiAJKQIANwOYAiAFIBEgBkGYAmogBkH4AmoQUEUNASAJKAIAIgBBAXFFBEAgACAAKAIAQQFqNgIAIAAoAgAaIAkoAgAhAAsgBSgC5AkhAQwCC0EAIQEMAQtBACEAQQAhAQsgBiABNgKMAyAGIAA2AogDIAVBtApqIRggBUHoCWohJSAFQeAJaiErIAVBiAlqISMgBUGEAWohAyAFQfAAaiEkIABBCHYhDCAARSECIBpFIBpyQQFxIRYgD0EFdCEwIAVBQGshNwJAA0AgEUUhEyARQQZsITggEUECdCEXAkAgBgJ/AkADQCACQQFxBEACQAJAIAUoAqAJIgAoAlggFyA4IAAoAgBBD0kbaiIALwEAIgRB//8DRgRAAkACQCAFKAJgIgBFBEAgBSgCjAoNAUEAIQIMBAsgAyMBQfsJaiIBKQAANwAAIAMgASkAHjcAHiADIAEpABg3ABggAyABKQAQNwAQIAMgASkACDcACEEAIQIgBSgCXEEAIAMgABEDACAFKAKMCkUNAwwBCyADIwFB+wlqIgApAAA3AAAgAyAAKQAeNwAeIAMgACkAGDcAGCADIAApABA3ABAgAyAAKQAINwAICyADIQEDQAJAAkAgAS0AACICQSJGDQAgAkHcAEYNACACRQ0EDAELQdwAIAUoAowKEAkgAS0AACECCyACwCAFKAKMChAJIAFBAWohAQwACwALIAAvAQIhMSAFKAKECSgCACAwaiIAKAIMISggACgCACIAKQIIIT4gACgCBCIJIQAgBSgCICAJRwRAQQAhAiAFQQA2AnwgBUEAOgCAASAFID43AiQgBSAJNgIgIAUoAkQhCwJAAn8gBSgCZCIIBEADQAJAIAsgAkEYbGoiBygCFCIAIAlNDQAgACAHKAIQIgFNDQAgASAJIgBPBEAgBykCACE7IAUgATYCICAFIDs3AiQgASEACyAFIAI2AmggBSgCSEUEQEEAIQIMBQtBACAAIAUoAmwiAUkNAxpBACICIAAgJCgCACABak8NAxoMBAsgAkEBaiICIAhHDQALCyAFIAg2AmggCyAIQRhsaiIBQQRrKAIAIQAgBSABQRBrKQIANwIkIAUgADYCIEEBCyECIAVBADYCSCAFQgA3AmwLIAVBADYCACAFIAI2AnQLIChBMGohHUEAIQcgKEUgKHJBAXEhDkEAIQtBACEmQQAhLEEAITJBACEnQQAhL0EAIR9BACEbQQAhLUEAISFBACEzIBMhDAJ/AkACQAJAAkACQANAAkAgBSkCJCI9QiCIpyEVIAUoAmAhASA9pyEiAkAgMQR/IAUpAnwhPAJAIAFFBEAgBSgCjApFDQELIAYgFTYCiAIgBiAiNgKEAiAGIDE2AoACIANBgAgjAUHnAGogBkGAAmoQCxogBSgCYCIBBEAgBSgCXEEAIAMgAREDAAsgAyEBIAUoAowKRQ0AA0ACQAJAIAEtAAAiAkEiRg0AIAJB3ABGDQAgAg0BDAMLQdwAIAUoAowKEAkgAS0AACECCyACwCAFKAKMChAJIAFBAWohAQwACwALIAUgBSkCIDcCLCAFIAUoAig2AjQgBSMBQfALaiIBKAIINgJAIAUgASkCADcCOCAFQQA6AHggBUEAOwEEAkAgBSgCaCAFKAJkRg0AAkAgJCgCAA0AIAUgBSgCICIINgJsIAUoAlAhAiAFKAJMIQEgBiAFKQIkNwP4ASAFIAEgCCAGQfgBaiAkIAIRBgA2AkggBSgCcA0AIAVBADYCSCAFIAUoAmQ2AmgLIAUoAnRFBEAgBRApCyAFKAIgDQAgBSgCAEH//QNGBEAgBUEBEDELIAVBADYCfCAFQQE6AIABC0EAIQIgBSgCiAoCfyAoRQRAQQAhCEEADAELIB0gKCgCSCIIQRlJDQAaIB0oAgALIAggBSgCoAkoAoABEQMAIAUoAogKIAUgBSgCoAkiASgCaCABKAIQIDFsaiABKAJ4EQQAIQggBS0AxAoNCgJAIAUoAjgiAg0AIDcoAgBFDQACQCAFKAJoIgEgBSgCZEYNACABRQ0AIAUoAiAgBSgCRCABQRhsaiIBKAIQRw0AIAFBBGsoAgAhAiAFIAFBEGspAgA3AjwgBSACNgI4DAELIAUgBSkCICI7NwI4IAUgBSgCKDYCQCA7pyECCyAFLQB4ICFyIAUoAiwgAksEQCAFIAUpAjg3AiwgBSAFKAJANgI0C0EARyEhIAUoAiBBBUEBIAUoAgBBf0YbaiIBIAcgASAHSxshBwJAIAhFDQAgBSgCiAogAyAFKAKgCSgCfBEBACEbIBsCfyMBQZQMaiIBIA4NABogASAoLQAsQcAAcUUNABogASAdICgoAiQbCyIBKAIYRwRAQQEhHwwGCyAbQRlPBH8gASgCAAUgAQsgAyAbEBIiAkEARyEfIAUoAjgiASAASw0FIAINBSAFKAKgCSI0IBEgNCgCbCAFLwEEQQF0ai8BACIcECshEgJAIAxBAXENAAJAIAUoAoQJKAIAIDBqIhAoAgAiAigCmAFFDQADQCACLwGQAUUNAiACKAIUIi5FDQICfyAuQQFxIggEQCACLQAbIAIvARggAi0AGkEQdHJBgID8B3FBEHZqDAELIC4oAhAgLigCBGoLDQEgAigCnAEgECgCCE0NAgJAIAgEQCAuQSBxRQ0BDAQLIC4tAC1BAnENAyAuKAIgDQMLIAIoAhAiAg0ACwwBCyARIBJGDQBBASEIDAQLIAUoAmBFBEAgBSgCjApFDQELIwFBqwpqIQICQAJAAkAgHEH+/wNrDgIAAgELIwFBqgpqIQIMAQtBACECIDQoAgggNCgCBGogHE0NACA0KAI4IBxBAnRqKAIAIQILIAYgAjYC8AEgA0GACCMBQdYFaiAGQfABahALGiAFKAJgIgEEQCAFKAJcQQAgAyABEQMACyADIQEgBSgCjApFDQADQAJAAkAgAS0AACICQSJGDQAgAkHcAEYNACACDQEMAwtB3AAgBSgCjAoQCSABLQAAIQILIALAIAUoAowKEAkgAUEBaiEBDAALAAsgBSgCICAARwRAQQAhAiAFQQA2AnwgBUEAOgCAASAFID03AiQgBSAANgIgIAUoAkQhEgJAAn8gBSgCZCIcBEADQAJAIBIgAkEYbGoiECgCFCIIIABNDQAgCCAQKAIQIgFNDQAgACABTQRAIBApAgAhOyAFIAE2AiAgBSA7NwIkIAEhAAsgBSACNgJoIAUoAkhFBEBBACECDAULQQAgACAFKAJsIgFJDQMaQQAiAiAAICQoAgAgAWpPDQMaDAQLIAJBAWoiAiAcRw0ACwsgBSAcNgJoIBIgHEEYbGoiAUEEaygCACEAIAUgAUEQaykCADcCJCAFIAA2AiBBAQshAiAFQQA2AkggBUIANwJsCyAFQQA2AgAgBSACNgJ0CyAFIDw3AnwgBSgCYAUgAQtFBEAgBSgCjApFDQELIAYgFTYC6AEgBiAiNgLkASAGIARB//8DcTYC4AEgA0GACCMBQZABaiAGQeABahALGiAFKAJgIgAEQCAFKAJcQQAgAyAAEQMACyADIQEgBSgCjApFDQADQAJAAkAgAS0AACICQSJGDQAgAkHcAEYNACACDQEMAwtB3AAgBSgCjAoQCSABLQAAIQILIALAIAUoAowKEAkgAUEBaiEBDAALAAsgBSAFKQIgNwIsIAUgBSgCKDYCNCAFIwFB8AtqIgAoAgg2AkAgBSAAKQIANwI4IAVBADoAeCAFQQA7AQQCQCAFKAJoIAUoAmRGDQACQCAkKAIADQAgBSAFKAIgIgI2AmwgBSgCUCEBIAUoAkwhACAGIAUpAiQ3A9gBIAUgACACIAZB2AFqICQgAREGADYCSCAFKAJwDQAgBUEANgJIIAUgBSgCZDYCaAsgBSgCdEUEQCAFECkLIAUoAiANACAFKAIAQf/9A0YEQCAFQQEQMQsgBUEANgJ8IAVBAToAgAELIAUgBEH//wNxIAUoAqAJKAJcEQEAAkAgBSgCOCIBDQAgNygCAEUNAAJAIAUoAmgiACAFKAJkRg0AIABFDQAgBSgCICAFKAJEIABBGGxqIgAoAhBHDQAgAEEEaygCACEBIAUgAEEQaykCADcCPCAFIAE2AjgMAQsgBSAFKQIgIjs3AjggBSAFKAIoNgJAIDunIQELIAUoAiwgAUsEQCAFIAUpAjg3AiwgBSAFKAJANgI0CyAFKAIgIgBBBUEBIAUoAgBBf0YbaiICIAcgAiAHSxshBwRAQQAhCAwBCyAMQQFxRQRAIAAgCUYgBSgCoAkoAlgiAC8BAiExIAAvAQAhBEEBIQwgCSEADQJBACECIAVBADYCfCAFQQA6AIABIAUgPjcCJCAFIAA2AiAgBSgCRCEQAkACfyAFKAJkIhIEQANAAkAgECACQRhsaiIIKAIUIgAgCU0NACAAIAgoAhAiAU0NACABIAkiAE8EQCAIKQIAITsgBSABNgIgIAUgOzcCJCABIQALIAUgAjYCaCAFKAJIRQRAQQAhAgwFC0EAIAAgBSgCbCIBSQ0DGkEAIgIgACAkKAIAIAFqTw0DGgwECyACQQFqIgIgEkcNAAsLIAUgEjYCaCAQIBJBGGxqIgFBBGsoAgAhACAFIAFBEGspAgA3AiQgBSAANgIgQQELIQIgBUEANgJIIAVCADcCbAsgBUEANgIAIAUgAjYCdAwCCyAzRQRAAkACQCAFKAJgIgFFBEAgBSgCjApFDQIgAyMBIgFB6wdqIgApAAA3AAAgAyAAKAAYNgAYIAMgASkA+wc3ABAgAyABKQDzBzcACAwBCyADIwEiAkHrB2oiACkAADcAACADIAAoABg2ABggAyACKQD7BzcAECADIAIpAPMHNwAIIAUoAlxBACADIAERAwAgBSgCjApFDQELIAMhAQNAAkACQCABLQAAIgJBIkYNACACQdwARg0AIAINAQwDC0HcACAFKAKMChAJIAEtAAAhAgsgAsAgBSgCjAoQCSABQQFqIQEMAAsACyAFKAIAIS0gBSgCLCILITIgBSgCNCImIScgBSgCMCIsIS8gBSgCICEACyAAIAtGBEAgBSAFKAIYEQAABEAgBUH//wM7AQQgACELDAYLIAVBACAFKAIIEQUAIAUoAiAhAAsgBSgCKCEnIAUoAiQhL0EBITMgACELQQEhDAwBCwsgM0UNAQwCCyAzDQEgBSgCOCEBQQEhCAsgBS8BBCEEIAUoAjAhECAFKAI0IQwgBiAFKAIsIgAgCWsiAkEAIAAgAk8bNgKgAyAGIAwgDCA+QiCIp2siAkEAIAIgDE0bIBAgPqciAksbrUIghiAQIAJrIgJBACACIBBNG62ENwKkAyA3KAIAIQkgBSgCPCELIAYgASAAayICQQAgASACTxs2ApADIAYgCyAQayICQQAgAiALTRutIAkgCSAMayICQQAgAiAJTRsgCyAQSxutQiCGhDcClAMgByABayEJIAUoAqAJIQIgCEUNASACKAJsIARBAXRqLwEAIQRBACEQDAILIC8gLGsiAEEAIAAgL00brSAnICcgJmsiAEEAIAAgJ00bICwgL0kbrUIghoQhPCAmICYgPkIgiKdrIgBBACAAICZNGyAsID6nIgBLG61CIIYgLCAAayIAQQAgACAsTRuthCE7IAsgMmsiAEEAIAAgC00bIQggMiAJayIAQQAgACAyTRshBCAHIAtrIQECfyAFKAKMCSIABEAgBSAAQQFrIgA2AowJIAUoAogJIABBA3RqKAIADAELQcwAIwgoAgARAAALIQAgBkIANwOoAyAGQgA3A7ADQQAhAiAGQQA2ArgDIAZBATYC5AMgBiAENgLgAyAGIDs3A5ADIAYgCDYC2AMgBiA8NwPoAyAGIAE2AtQDIAZBADYC0AMgBkEANgLMAyAGQf//AzsByAMgBiAROwHGAyAGQQM7AcQDIAZBADsBwgMgBkIANwOgAyAAIAYoAuQDNgIAIAAgBigC4AM2AgQgACAGKQOQAzcCCCAAIAYoAtgDNgIQIAAgBikD6AM3AhQgACAGKALUAzYCHCAAIAYoAtADNgIgIAAgBigCzAM2AiQgACAGLwHIAzsBKCAAIAYvAcYDOwEqIAAgBi8BxAMiATsBLCAAIAYvAcIDOwEuIAAgBigCuAM2AkggAEFAayAGKQOwAzcCACAAIAYpA6gDNwI4IAAgBikDoAM3AjAgACAtNgIwIAAgAUEYcjsBLEEAIQRBACEIIAAhECAAQQh2DAILQQAhECAERQ0AIAQgAi8BZEcNAAJAIAUoAiAgAEYEQCAFKAJkIQcgBSgCaCECDAELQQAhAiAFQQA6AIABIAVBADYCfCAFIAA2AiAgBSAFKQIwNwIkIAUoAkQhDgJAAn8gBSgCZCIHBEADQAJAIA4gAkEYbGoiEigCFCIMIABNDQAgDCASKAIQIgtNDQAgACALTQRAIBIpAgAhOyAFIAs2AiAgBSA7NwIkIAshAAsgBSACNgJoIAUoAkhFBEBBACELDAULQQAgACAFKAJsIgxJDQMaQQAiCyAAICQoAgAgDGpPDQMaDAQLIAJBAWoiAiAHRw0ACwsgBSAHNgJoIA4gB0EYbGoiAkEEaygCACEAIAUgAkEQaykCADcCJCAFIAA2AiAgByECQQELIQsgBUEANgJIIAVCADcCbAsgBUEANgIAIAUgCzYCdAsgBSAFKQIgNwIsIAUgBSgCKDYCNCAFIwFB8AtqIgsoAgg2AkAgBSALKQIANwI4IAVBADoAeCAFQQA7AQQCQCACIAdGDQACQCAkKAIADQAgBSAANgJsIAUoAlAhByAFKAJMIQIgBiAFKQIkNwPQASAFIAIgACAGQdABaiAkIAcRBgA2AkggBSgCcA0AIAVBADYCSCAFIAUoAmQ2AmgLIAUoAnRFBEAgBRApCyAFKAIgDQAgBSgCAEH//QNGBEAgBUEBEDELIAVBADYCfCAFQQE6AIABCyAFQQAgBSgCoAkoAmARAQBFBEAgBSgCoAkhAgwBCyAFKAKgCSECQQEhECAFKAI4IAFHDQAgBS8BBCEAAkACQCACKAIYIgEgEU0EQCACKAIsIAIoAjAgESABa0ECdGooAgBBAXRqIgEvAQAiDkUNAiABQQJqIQdBACEMA0AgB0EEaiEBIAcvAQIiIgR/IAEgIkEBdGpBACELA0AgAS8BACAARg0EIAFBAmohASALQQFqIgsgIkcNAAsFIAELIQcgDEEBaiIMIA5HDQALDAILIAIoAiggAigCBCARbEEBdGogAEEBdGohBwsgBy8BAEUNACAAIQQMAQsgAigCAEEPSQ0AIAIoAlggOGovAQQiAUUNACACLwGQASIHRQ0AIAcgASAHbCIBaiEMIAIoAowBIQsDQCAAIAsgAUEBdGovAQAiB0YEQCAAIQQMAgsgB0UNASABQQFqIgEgDEkNAAsLIAYgBigCqAM2AsgBIAYgBigCmAM2ArgBIAYgBikCoAM3A8ABIAYgBikCkAM3A7ABIAkhAEEAIQkjAEHgAGsiDiQAQQEhB0EBIQsCQAJAAkACQCAEQf//A3EiEkH+/wNrDgIBAgALIAIoAkggEkEDbGoiAS0AASELIAEtAAAhByASRSEJIBJB/wFLDQEgCA0BIABBD0sNASAGKALAASIMQf4BSw0BIAYoAsQBIgRBD0sNASAGKALIASICQf4BSw0BIAYoArABIgFB/gFLDQEgBigCtAENASAGKAK4AUH+AUsNASAGIAE6AO8DIAYgDDoA7gMgBiACOgDsAyAGIBE7AeoDIAYgEjoA6QMgBiAEQQ9xIABBBHRyOgDtAyAGIAtBAnRBAEEIIBIbakHAAEEAIBAbakGAf0EAICEbciAHQQF0akEBcjoA6AMMAgtBACEHQQAhCwsCfyAjKAIEIgEEQCAjIAFBAWsiATYCBCAjKAIAIAFBA3RqKAIADAELQcwAIwgoAgARAAALIQEgDkEBNgJcIA4gBigCyAE2AlggDiAGKQLAATcDUCAOIAYoArgBNgJIIAYpArABITsgDkIANwMQIA5CADcDGCAOQQA2AiAgDiA7NwNAIA4gADYCPCAOQQA2AjggDkEANgI0IA4gEjsBMCAOIBE7AS4gDkEAOwEqIA5CADcDCCAOIAtBAXQgB2pB/wFxQYACQQAgIRtBwABBACAIG3JBgAhBACAQG3JBBEEAIAkbcnI7ASwgASAOKAJcNgIAIAEgDigCWDYCDCABIA4pA1A3AgQgASAOKAJINgIYIAEgDikDQDcCECABIA4oAjw2AhwgASAOKAI4NgIgIAEgDigCNDYCJCABIA4vATA7ASggASAOLwEuOwEqIAEgDi8BLDsBLCABIA4vASo7AS4gASAOKAIgNgJIIAFBQGsgDikDGDcCACABIA4pAxA3AjggASAOKQMINwIwIAZBADYC7AMgBiABNgLoAwsgDkHgAGokACAGKQPoAyI7QjCIpyAGKALsAyECIAYoAugDIQAgO6chECAIBEAgECAbNgJIIBBBMGohCSAbQRlPBEAgCSAbIwgoAgARAAAiCTYCAAsgGwRAIAkgAyAb/AoAAAsgECAQLwEsQf/+A3FBgAFBACAfG3I7ASwLIDtCOIinIQhB/wFxIQQgO0IIiKcLIQEgBSgCYEUEQCAFKAKMCkUNAgsgBSgCoAkhCyMBQasKaiEHAkACQAJAIBBBAXEEfyABQf8BcQUgEC8BKAtB//8DcSIBQf7/A2sOAgACAQsjAUGqCmohBwwBCyALKAI4IAFBAnRqKAIAIQcLIAMjAUHJCmoiASkAADcAACADIAEpAA03AA0gAyABKQAINwAIQQAhCUEUIQECQCAHLQAAIgtFDQADQAJ/AkACQAJAAkACQAJAIAtB/wFxIgxBCWsOBQABAgMEBQsgASADakHc6AE7AAAgAUECagwFCyABIANqQdzcATsAACABQQJqDAQLIAEgA2pB3OwBOwAAIAFBAmoMAwsgASADakHczAE7AAAgAUECagwCCyABIANqQdzkATsAACABQQJqDAELIAxB3ABGBEAgASADakHcuAE7AAAgAUECagwBCyABIANqIAs6AAAgAUEBagshASAHIAlBAWoiCWotAAAiC0UNASABQYAISA0ACwtBgAggAWshByABIANqIAYgEEEBcQR/IAQgCGoFIBAoAhAgECgCBGoLNgKgASAHIwFBnwJqIAZBoAFqEAsaIAUoAmAiAQRAIAUoAlxBACADIAERAwALIAMhCyAFKAKMCkUNAQNAAkACQCALLQAAIgFBIkYNACABQdwARg0AIAFFDQQMAQtB3AAgBSgCjAoQCSALLQAAIQELIAHAIAUoAowKEAkgC0EBaiELDAALAAtBACEACyAGIAI2AowDIAYgADYCiAMgBS0AxAoEQEEAIQIMBwsgBgJ/AkAgAARAIABBAXFFBEAgACAAKAIAQQFqNgIAIAAoAgAaCyAWRQRAIBogGigCAEEBajYCACAaKAIAGgsgKygCAARAIAYgKykCADcDmAEgIyAGQZgBahAKCyAlKAIABEAgBiAlKQIANwOQASAjIAZBkAFqEAoLIAUgKjYC8AkgBSACNgLkCSAFIAA2AuAJIAUgNjYC7AkgBSAaNgLoCSAFKAKgCSESIAYtAIgDIgBBAXEEQCAGLQCJAyIMIQsMAgsgBigCiAMiAEEIdiEMIAAvASgiC0H+/wNJDQEgBkEAOgCAAyAGQQA2AvwCQQAMAgsgAEEIdiEMAkACQCAFKAKgCSIQKAIYIgEgEU0EQCAQKAIsIBAoAjAgESABa0ECdGooAgBBAXRqIgEvAQAiC0UEQEEAIQIMAwsgAUECaiEIQQAhBwNAIAhBBGohAiAILwECIgkEfyACIAlBAXRqQQAhAQNAIAIvAQBFDQQgAkECaiECIAFBAWoiASAJRw0ACwUgAgshCEEAIQIgB0EBaiIHIAtHDQALDAILIBAoAiggECgCBCARbEEBdGovAQAhAgwBCyAILwEAIQILIAYgECgCNCACQf//A3FBA3RqIgEtAAA2AvwCIAYgAS0AAToAgAMgAUEIagwBCwJAAkAgEigCGCIBIBFNBEAgEigCLCASKAIwIBEgAWtBAnRqKAIAQQF0aiIBLwEAIglFBEBBACECDAMLIAFBAmohB0EAIRADQCAHQQRqIQIgBy8BAiIIBH8gAiAIQQF0akEAIQEDQCACLwEAIAtGDQQgAkECaiECIAFBAWoiASAIRw0ACwUgAgshB0EAIQIgEEEBaiIQIAlHDQALDAILIBIoAiggEigCBCARbEEBdGogC0EBdGovAQAhAgwBCyAHLwEAIQILIAYgEigCNCACQf//A3FBA3RqIgEtAAA2AvwCIAYgAS0AAToAgAMgAUEIags2AvgCCyAFICo2ArgKIAUgBS0Axgo6ALwKIAUgBSgClApBAWoiAUEAIAFB4wBNGyIBNgKUCgJAIAENACAFKAKwCiIBRQ0AIBggAREAAEUNAEEAIQIgBigCiANFDQYgBiAGKQOIAzcDiAEgIyAGQYgBahAKDAYLAkAgBigC/AIiEkUNACAGKAKIAyIAQQh2IQxBACEBQX8hCCAGKAL4AiEHQQAhCwNAIAcgC0EDdGoiAi4BBCEOIAIvAQIhCQJAAkACQAJAAkACQAJAIAItAAAOBAABAgMGCyAOQYACcQ0FIAUoAmAhAiAOQQFxBEACQCACRQRAIBEhCSAFKAKMCkUNDiADIwFB7wlqIgEpAAA3AAAgAyABKAAINgAIDAELIAMjAUHvCWoiASkAADcAACADIAEoAAg2AAggBSgCXEEAIAMgAhEDACARIQkgBSgCjApFDQ0LA0ACQAJAIAMtAAAiAkEiRg0AIAJB3ABGDQAgAg0BIBEhCQwPC0HcACAFKAKMChAJIAMtAAAhAgsgAsAgBSgCjAoQCSADQQFqIQMMAAsACyACRQRAIAUoAowKRQ0MCyAGIAk2AmAgA0GACCMBQakCaiAGQeAAahALGiAFKAJgIgEEQCAFKAJcQQAgAyABEQMACyAFKAKMCkUNCwNAAkACQCADLQAAIgJBIkYNACACQdwARg0AIAJFDQ4MAQtB3AAgBSgCjAoQCSADLQAAIQILIALAIAUoAowKEAkgA0EBaiEDDAALAAsgAi8BBiEEIAItAAEhECAFKAJgRQRAIAUoAowKRQ0ECyMBQasKaiECAkACQAJAIAlB/v8Daw4CAAIBCyMBQaoKaiECDAELQQAhAiAFKAKgCSIBKAIIIAEoAgRqIAlNDQAgASgCOCAJQQJ0aigCACECCyAGIBA2AnQgBiACNgJwIANBgAgjAUEdaiAGQfAAahALGiAFKAJgIgEEQCAFKAJcQQAgAyABEQMACyADIQEgBSgCjApFDQMDQAJAAkAgAS0AACICQSJGDQAgAkHcAEYNACACDQEMBgtB3AAgBSgCjAoQCSABLQAAIQILIALAIAUoAowKEAkgAUEBaiEBDAALAAsCQCAFKAJgIgFFBEAgBSgCjApFDQMgAyMBIgAoAIIDNgAAIAMgACgAhQM2AAMMAQsgAyMBIgAoAIIDNgAAIAMgACgAhQM2AAMgBSgCXEEAIAMgAREDACAFKAKMCkUNAgsDQAJAAkAgAy0AACICQSJGDQAgAkHcAEYNACACDQEMBAtB3AAgBSgCjAoQCSADLQAAIQILIALAIAUoAowKEAkgA0EBaiEDDAALAAtBASECAkAgAEEBcQ0AIAAoAiRFDQAgBSAGQYgDakEAIAVB9AlqEDgLIAYgBikDiAM3A4ABIAUgDyAGQYABahA3IDVFDQogBUH0CWoQJwwKCyAGIAYpA4gDNwN4IAUgDyAGQfgAahBOQQEhAgwJC0EBIQEgCCAFIA8gCSAQIA4gBCASQQFHIABFEE0iAiACQX9GGyEICyALQQFqIgsgEkcNAAsgCEF/RwRAIAUoAoQJIAggDxAmIAUoAowKIgAEQCAFKAKECSAFKAKgCSAAEB0jAUHrC2ogBSgCjAoQFAsgBigCiAMiAEEIdiEMIAUoAoQJKAIAIDBqKAIALwEAIRFBASECIABFDQYgBSgCoAkhEyAAQQFxBEAgDEH/AXEhCwwECyAAQcQAQSggACgCJBtqLwEAIgtB/v8DSQ0DIAZBADoAgAMgBkEANgL8AkEADAQLIAFBAXFFDQAgBigCiAMEQCAGIAYpA4gDNwMwICMgBkEwahAKCyAFKAKECSgCACAPQQV0akECNgIcQQEhAgwGCwJAAkACQCAAQQFxIg4EQEEBIQIgAEHAAHENASAAIQQMAwsgBigCiAMiBEEIdiEMQQAhAiAELQAtQQRxRQ0CIAQvASgiCSAFKAKgCSIILwFkIgtHDQEMAgsgBSgCoAkiCC8BZCILIAxB/wFxRgRAIAAhBAwCCyAMQf8BcSEJIAAhBAsCQCAIKAIAQQ9JDQAgCCgCWCA4ai8BBCIBRQ0AIAgvAZABIgJFDQAgAiABIAJsIgJqIRAgCCgCjAEhBwNAIAkgByACQQF0ai8BACIBRgRAIAAhAgwDCyABRQ0BIAJBAWoiAiAQSQ0ACwsgC0H+/wNPBEAgBkEAOgCAAyAGQgA3A/gCIAAhAgwBCwJAAkAgCCgCGCIBIBFNBEAgCCgCLCAIKAIwIBEgAWtBAnRqKAIAQQF0aiIBLwEAIhJFBEBBACECDAMLIAFBAmohB0EAIRADQCAHQQRqIQIgBy8BAiIiBH8gAiAiQQF0akEAIQEDQCACLwEAIAtGDQQgAkECaiECIAFBAWoiASAiRw0ACwUgAgshB0EAIQIgEEEBaiIQIBJHDQALDAILIAgoAiggCCgCBCARbEEBdGogC0EBdGovAQAhAgwBCyAHLwEAIQILIAYgCCgCNCACQf//A3FBA3RqIgctAAAiAjYC/AIgBy0AASEBIAYgB0EIajYC+AIgBiABOgCAAyACRQRAIAAhAgwBCwJAIAUoAmBFBEAgBSgCjApFDQELIwFBqwpqIQICQAJAAkAgDgR/IAxB/wFxBSAGKAKIAy8BKAtB//8DcSIAQf7/A2sOAgACAQsjAUGqCmohAgwBC0EAIQIgCCgCCCAIKAIEaiAATQ0AIAgoAjggAEECdGooAgAhAgsgBiALIAgoAgggCCgCBGpJBH8gCCgCOCALQQJ0aigCAAVBAAs2AiQgBiACNgIgIANBgAgjAUHQA2ogBkEgahALGiAFKAJgIgAEQCAFKAJcQQAgAyAAEQMACyADIQEgBSgCjApFDQADQAJAAkAgAS0AACICQSJGDQAgAkHcAEYNACACDQEMAwtB3AAgBSgCjAoQCSABLQAAIQILIALAIAUoAowKEAkgAUEBaiEBDAALAAsgBiAGKQOIAyI7NwOQAyA7QiCIITwCQCA7pyIBQQFxBEAgASEADAELIAEiACgCAEEBRg0AIAEoAiRBA3RBzABqIgIjCCgCABEAACEHIAIEQCAHIAEgASgCJEEDdGsgAvwKAAALIAcgASgCJCILQQN0aiEAQQAhAgJAIAsEQANAIAcgAkEDdGooAgAiBEEBcUUEQCAEIAQoAgBBAWo2AgAgBCgCABogASgCJCELCyACQQFqIgIgC0kNAAwCCwALIAEtACxBwABxRQ0AIAEoAjAhAiAGIAEpAkQ3A7ADIAYgASkCPDcDqAMgBiABKQI0NwOgAwJAIAEoAkgiBEEZSQ0AIAQjCCgCABEAACECIAEoAkgiBEUNACACIAEoAjAgBPwKAAALIAAgAjYCMCAAIAYpA6ADNwI0IAAgBikDqAM3AjwgACAGKQOwAzcCRAsgAEEBNgIAIAYgBikDkAM3AxggIyAGQRhqEApCACE8C0EBIQJBASEBAkACQAJAIAUoAqAJIgQvAWQiB0H+/wNrDgIAAgELQQAhAkEAIQEMAQsgBCgCSCAHQQNsaiIBLQABIQIgAS0AACEBCwJAIABBAXEEQCAAQfkBcSACQQJ0ciABQQF0akH/AXEgAEGAgHxxIAdBCHRBgP4DcXJyIQAMAQsgACAHOwEoIAAgAC8BLEH8/wNxIAEgAkEBdHJB/wFxcjsBLAsgBiAArSI7IDxCIIaENwOIAyA7QgiIpyEMQQAhAgwBCwsgEUUEQCAGIAYpA4gDNwMAIAUgDyAGEDdBASECDAULIAUgDxBPBEAgBSgChAkoAgAgMGooAgAvAQAhESAGIAYpA4gDNwMIICMgBkEIahAKQQEhAiAEIQAMBAsCQCAFKAJgRQRAIAUoAowKRQ0BCyACQQFxBH8gDEH/AXEFIAYoAogDLwEoCyEAIAUoAqAJIQEjAUGrCmohAgJAAkACQCAAQf//A3EiAEH+/wNrDgIAAgELIwFBqgpqIQIMAQtBACECIAEoAgggASgCBGogAE0NACABKAI4IABBAnRqKAIAIQILIAYgAjYCECADQYAIIwFBxAdqIAZBEGoQCxogBSgCYCIABEAgBSgCXEEAIAMgABEDAAsgBSgCjApFDQADQAJAAkAgAy0AACICQSJGDQAgAkHcAEYNACACDQEMAwtB3AAgBSgCjAoQCSADLQAAIQILIALAIAUoAowKEAkgA0EBaiEDDAALAAsgBSgChAkoAgAgD0EFdGoiACAGKQOIAzcCFEEBIQIgAEEBNgIcIAAgACgCACgCnAE2AggMBAsCQAJAIBMoAhgiASARTQRAIBMoAiwgEygCMCARIAFrQQJ0aigCAEEBdGoiAS8BACIJRQRAQQAhAgwDCyABQQJqIQdBACEQA0AgB0EEaiECIAcvAQIiCAR/IAIgCEEBdGpBACEBA0AgAi8BACALRg0EIAJBAmohAiABQQFqIgEgCEcNAAsFIAILIQdBACECIBBBAWoiECAJRw0ACwwCCyATKAIoIBMoAgQgEWxBAXRqIAtBAXRqLwEAIQIMAQsgBy8BACECCyAGIBMoAjQgAkH//wNxQQN0aiIBLQAANgL8AiAGIAEtAAE6AIADIAFBCGoLNgL4AkEAIQIMAQsLAkAgAEEBcQ0AIAAoAiRFDQAgBSAGQYgDaiARIAVB9AlqEDggBSgCoAkgEQJ/IAYtAIgDQQFxBEAgBigCiAMhACAGLQCJAwwBCyAGKAKIAyIALwEoC0H//wNxECshCQsgBigCjAMhBwJAAkACQAJAIABBAXEEQCAGIACtIAetQiCGhDcD6ANBASEEIABBA3YgDnNBAXENASAFKAKECSAGIAYpA+gDNwNIIA8gBkHIAGpBACAJQf//A3EQFgwECyAAKAIkIQIgBiAArSAHrUIghoQiOzcD6AMCQCAOQQFxIAAtACxBBHFBAnZGDQAgAg0AIAJFIQQgBiA7NwOQAyAAKAIAQQFGBEAgACEBDAMLIAAoAiRBA3RBzABqIgEjCCgCABEAACELIAEEQCALIAAgACgCJEEDdGsgAfwKAAALIAsgACgCJCIDQQN0aiEBAkAgAwRAQQAhAgNAIAsgAkEDdGooAgAiB0EBcUUEQCAHIAcoAgBBAWo2AgAgBygCABogACgCJCEDCyACQQFqIgIgA0kNAAsMAQsgAC0ALEHAAHFFDQAgACgCMCECIAYgACkCRDcDsAMgBiAAKQI8NwOoAyAGIAApAjQ3A6ADAkAgACgCSCIDQRlJDQAgAyMIKAIAEQAAIQIgACgCSCIDRQ0AIAIgACgCMCAD/AoAAAsgASACNgIwIAEgBikDoAM3AjQgASAGKQOoAzcCPCABIAYpA7ADNwJECyABQQE2AgAgBiAGKQOQAzcDUCAjIAZB0ABqEApBACEHIAEhAAwCCyAFKAKECSAGIAYpA+gDNwNYIA8gBkHYAGogAkEARyAJQf//A3EQFgwCCyAAIQELIAYgAUEBcQR/IAFBd3FBCEEAIA5BAXEbcgUgACAALwEsQfv/A3FBBEEAIA5BAXEbcjsBLCABCyIArSAHrUIghoQiOzcD6AMgBSgChAkgBiA7NwNAIA8gBkFAayAEQQFzIAlB//8DcRAWIAFBAXENAQsgAC0ALEHAAHFFDQAgBSgChAkhCwJAIABBAXFFBEAgACgCJCIJBEADQCAAIAlBA3RrIQQgCSECA0ACQAJAIAQgAkEBayICQQN0aiIDKAIAIgFBAXENACABLQAsQcAAcUUNACABKAIkIQkgAygCBCEHIAEhAAwBCyACDQELCyAJDQALCyALKAIAIA9BBXRqIQIgAEUNASAAQQFxDQEgACAAKAIAQQFqNgIAIAAoAgAaDAELIAsoAgAgD0EFdGohAkEAIQBBACEHCyACKAIMBEAgCygCNCAGIAIpAgw3AzggBkE4ahAKCyACIAc2AhAgAiAANgIMC0EBIQIgNUUNACAFQfQJahAnCyAGQfADaiQAIAJFDQMgBSgCjAoiAARAIAUoAoQJIAUoAqAJIAAQHSMBQesLaiAFKAKMChAUCyAZIAUoAoQJIgEoAgAiAiAeaiIEKAIAKAIEIgtJBEAgCyEZDAILIA9BACALIBlGG0UEQCAEKAIcDQIMAQsLIBkhCwtBACENIA9BAWoiDyABKAIEIgBJDQALQQAhAkF/IR1BACElIABFBEBBASENDAMLA0ACQCABKAIAIAJBBXRqIgkoAhwiA0ECRgRAIAEgAhARDAELIAkoAgAiESgCmAEhAQJAIANBAUYiBEUEQCARLwEADQEgESgCFA0BCyABQfQDaiEBCyARKAKcASIAIAkoAggiB0kEQCAJIAA2AgggACEHCyARKAKgASENIANBAUYEf0EBBSABIB0gASAdSRsgHSARLwEAIgMbIR0gA0ULIRIgAkUEQEEBIQIMAQsgAUHkAGogASAEGyEXIAAgB2tBAWohEUEAIQ8DQCAFKAKECSIWKAIAIgkgD0EFdCITaiIYKAIAIgEoApgBIQ4CfyAYKAIcIgdBAUYiBEUEQCAOIAEvAQANARogDiABKAIUDQEaCyAOQfQDagshCCABKAKcASIAIBgoAggiEEkEQCAYIAA2AgggACEQCyABKAKgASEDQQAhDAJAAkACQAJAAkACQAJAAkACQAJAIAQNACASIAEvAQBBAEciDHFFDQAgCCAXSQ0BDAYLIAhB5ABqIAggBBshBCAMIBJyRQRAIAQgF00NAwwECyAEIBdPBEAgBCAXTQ0CIAQgF2sgEWxBiA5LDQQMAwsgACAQa0EBaiAXIARrbEGJDkkNBQsgCSACQQV0IgNqIgcoAgAEQCAWKAI0IQQgBygCDARAIAogBykCDDcDWCAEIApB2ABqEAoLIAcoAhQEQCAKIAcpAhQ3A1AgBCAKQdAAahAKCyAHKAIEIgEEQCABKAIAIgAEQCAAIwkoAgARAgAgBygCBCEBCyABQQA2AgggAUIANwIAIAEjCSgCABECAAsgBygCACAWQSRqIAQQGiAWKAIAIQkLIBYoAgQgAkF/c2pBBXQiAQRAIAMgCWoiACAAQSBqIAH8CgAACyAWIBYoAgRBAWs2AgQMBgsgAyANTg0DCyAJIAJBBXRqIQwCQCAHDQAgDCgCHA0AIAEvAQAiACAMKAIAIgcvAQBHDQAgASgCBCAHKAIERw0AIA4gBygCmAFHDQAjAUGUDGohCCAMKAIMIQQCQCAYKAIMIgNFDQAgA0EBcQ0AIAMtACxBwABxRQ0AIAggA0EwaiADKAIkGyEICyMBQZQMaiEJAkAgBEUNACAEQQFxDQAgBC0ALEHAAHFFDQAgCSAEQTBqIAQoAiQbIQkLIAgoAhghAwJAIAkoAhgiBEEZTwRAIAMgBEcNAiAIKAIAIQggCSgCACEJDAELIAMgBEcNAQsgCCAJIAQQEg0AIAcvAZABBH9BACEBA0AgFigCNCEEIBgoAgAgCiAHIAFBBHRqIgApAhg3A3ggCiAAKQIQNwNwIApB8ABqIAQQICABQQFqIgEgDCgCACIHLwGQAUkNAAsgGCgCACIBLwEABSAAC0H//wNxDQQgGCABKAKcATYCCCAWIAIQEQwFCyAKIAwpAhg3A9ABIAogDCkCEDcDyAEgCiAMKQIINwPAASAKIAwpAgA3A7gBIAwgGCkCADcCACAMIBgpAgg3AgggDCAYKQIQNwIQIAwgGCkCGDcCGCAWKAIAIBNqIgAgCikDuAE3AgAgACAKKQPAATcCCCAAIAopA8gBNwIQIAAgCikD0AE3AhgMAQsgFigCNCEDIBgoAgwEQCAKIBgpAgw3A2ggAyAKQegAahAKCyAYKAIUBEAgCiAYKQIUNwNgIAMgCkHgAGoQCgsgGCgCBCIBBEAgASgCACIABEAgACMJKAIAEQIAIBgoAgQhAQsgAUEANgIIIAFCADcCACABIwkoAgARAgALIBgoAgAgFkEkaiADEBogFigCBCAPQX9zakEFdCIBBEAgFigCACATaiIAIABBIGogAfwKAAALIBYgFigCBEEBazYCBCAPQQFrIQ8gAkEBayECC0EBISUMAwsgBw0CIAkgAkEFdGoiDCgCHA0CIAEvAQAiACAMKAIAIgcvAQBHDQIgASgCBCAHKAIERw0CIA4gBygCmAFHDQIjAUGUDGohCCAMKAIMIQQCQCAYKAIMIgNFDQAgA0EBcQ0AIAMtACxBwABxRQ0AIAggA0EwaiADKAIkGyEICyMBQZQMaiEJAkAgBEUNACAEQQFxDQAgBC0ALEHAAHFFDQAgCSAEQTBqIAQoAiQbIQkLIAgoAhghAwJAIAkoAhgiBEEZTwRAIAMgBEcNBCAIKAIAIQggCSgCACEJDAELIAMgBEcNAwsgCCAJIAQQEg0CIAcvAZABBH9BACEBA0AgFigCNCEEIBgoAgAgCiAHIAFBBHRqIgApAhg3A0ggCiAAKQIQNwNAIApBQGsgBBAgIAFBAWoiASAMKAIAIgcvAZABSQ0ACyAYKAIAIgEvAQAFIAALQf//A3ENACAYIAEoApwBNgIICyAWIAIQEQtBASElIAJBAWsiAiEPCyAPQQFqIg8gAkkNAAsgAkEBaiECCyACIAUoAoQJIgEoAgQiEEkNAAsgEEEGSwRAA0AgAUEGEBEgBSgChAkiASgCBCIQQQZLDQALQQEhJQtBACEAQQAhASAQBEADQAJAIABBBXQiKyAFKAKECSICKAIAaigCHEEBRwRAQQEhAQwBCwJAAkAgAUEBcQ0AIAUoApAKQQVLDQAgBSgCYEUEQCAFKAKMCkUNAgsgCiAANgIwIBRBgAgjAUE7aiAKQTBqEAsaIAUoAmAiAQRAIAUoAlxBACAUIAERAwALIBQhASAFKAKMCkUNAQNAAkACQCABLQAAIgRBIkYNACAEQdwARg0AIAQNAQwEC0HcACAFKAKMChAJIAEtAAAhBAsgBMAgBSgCjAoQCSABQQFqIQEMAAsACyACIAAQESAQQQFrIRAgAEEBayEAQQEhJQwBCyAFKAKECSgCACAraiICKAIAIgEoApgBIR0CQCACKAIcQQFHBEAgAS8BAA0BIAEoAhQNAQsgHUH0A2ohHQsgAkEANgIcIAIpAhQhOyACQgA3AhQgCiA7NwOoASAFKAKECSgCBCERIAUgAEEAEFIaIDunIQMgBSgChAkiASgCBCItIABLBEAgASgCACAraigCACIBKAIEIQkgASkCCCI8QiCIpyE2IDtCCIinISEgPKchIkEAIRsgAyECIAAhDANAAkAgGwRAQQEhGwwBC0EAIRsgBSgCoAkiDS8BDEH+/wNxRQ0AIAxBBXQiGCAFKAKECSgCAGooAgAvAQAiHEEQdCEWQQEhBANAAkACQCAEQf3/A0sNACANKAIEIh4gBE0NACANKAIUIBxNDQACQAJAIA0oAhgiFSAcTQRAIA0oAiwgDSgCMCAcIBVrQQJ0aigCAEEBdGoiAS8BACITRQRAQQAhAQwDCyABQQJqIQhBACEnA0AgCEEEaiEBIAgvAQIiEgR/IAEgEkEBdGpBACEPA0AgBCABLwEARg0EIAFBAmohASAPQQFqIg8gEkcNAAsFIAELIQhBACEBICdBAWoiJyATRw0ACwwCCyANKAIoIBwgHmxBAXRqIARBAXRqLwEAIQEMAQsgCC8BACEBCyANKAI0Ig4gAUH//wNxQQN0aiIHLQAAIgFFDQAgByABQQN0aiIBLQAADQAgHCABQQhqIgFBBmsvAQAgAUEEay0AAEEBcRsiF0H//wNxIgFFDQAgASAcRg0AAkACQCACQQFxBEAgIUH/AXEhCEEBIQIMAQsgCigCqAEiA0EIdiEhQcQAQSggAyICKAIkGyACai8BACIIQf3/A0sNAQsCQAJAIAEgFU8EQCANKAIsIA0oAjAgASAVa0ECdGooAgBBAXRqIgEvAQAiEkUEQEEAIQEMAwsgAUECaiEHQQAhJgNAIAdBBGohASAHLwECIh4EfyABIB5BAXRqQQAhDwNAIAEvAQAgCEYNBCABQQJqIQEgD0EBaiIPIB5HDQALBSABCyEHQQAhASAmQQFqIiYgEkcNAAsMAgsgDSgCKCABIB5sQQF0aiAIQQF0ai8BACEBDAELIAcvAQAhAQsgDiABQf//A3FBA3RqIgEtAABFDQEgAS0ACEEBRw0BAkAgBSgCICAJRgRAIAUoAmQhAiAFKAJoIQEgCSENDAELQQAhASAFQQA2AnwgBUEAOgCAASAFIDw3AiQgBSAJNgIgIAUoAkQhDQJAAn8gBSgCZCICBEADQAJAIA0gAUEYbGoiCCgCFCIHIAlNDQAgByAIKAIQIgNNDQAgAyAJIg1PBEAgBSAIKQIANwIkIAUgAzYCICADIQ0LIAUgATYCaCAFKAJIRQRAQQAhDwwFC0EAIA0gBSgCbCIDSQ0DGkEAIg8gDSAFKAJwIANqTw0DGgwECyABQQFqIgEgAkcNAAsLIAUgAjYCaCANIAJBGGxqIgFBBGsoAgAhDSAFIAFBEGspAgA3AiQgBSANNgIgIAIhAUEBCyEPIAVBADYCSCAFQgA3AmwLIAVBADYCACAFIA82AnQLAn8CQCABIAJGDQAgAUUNACANIAUoAkQgAUEYbGoiASgCEEcNACABQQRrKAIAIQMgBSABQRBrKQIAIjs3AjwgBSADNgI4IDunIQ8gO0IgiKcMAQsgBSAFKQIgNwI4IAUgBSgCKDYCQCAFKAI8IQ8gBSgCOCEDIAUoAkALIRUCfyAKKAKoASIBQQFxBEAgCi0ArgEgCi0ArwFqISEgCi0ArQFBBHYMAQsgASgCECABKAIEaiEhIAEoAhwLIAogBSgChAkiHygCACICIBhqIgEpAhg3A9ABIAogASkCEDcDyAEgCiABKQIINwPAASAKIAEpAgA3A7gBIB8gHygCBCIIQQFqIgcgHygCCCIBSwR/IAJBCCABQQF0IgEgByABIAdLGyIBIAFBCE0bIgFBBXQjBygCABEBACECIB8gATYCCCAfKAIEIghBAWoFIAcLNgIEIB8gAjYCACACIAhBBXRqIgEgCikDuAE3AgAgASAKKQPQATcCGCABIAopA8gBNwIQIAEgCikDwAE3AgggHygCACAfKAIEIgdBBXRqIh5BIGsoAgAiAQRAIAEgASgClAFBAWo2ApQBCyAVIDZrIgFBACABIBVNGyESIA8gIkshEyAPIA8gImsiCEkhDSADIAMgCWsiAkkhAQJAIB5BFGsoAgAiA0UNACADQQFxDQAgAyADKAIAQQFqNgIAIAMoAgAaIB8oAgQhBwsgFSASIBMbIRJBACAIIA0bIRNBACACIAEbIQggIWohDSAeQRxrQQA2AgAgBSgCoAkoAkggBEEDbGoiAS0AASEDIAEtAAAhAgJ+AkAgBEH/AUsNACAIQf4BSw0AIBNBD0sNACASQf4BSw0AIA1BD0sNACADQQJ0IAJBAXRqQQFyQf8BcSAEQQh0ciAWciEBIA1BDHQgE0EIdHIgCEEQdHIgEnKtQiCGDAELIBOtIBKtQiCGhCE7An8gBSgCjAkiAQRAIAUgAUEBayIBNgKMCSAFKAKICSABQQN0aigCAAwBC0HMACMIKAIAEQAACyEBIApCADcDwAEgCkIANwPIASAKQQA2AtABIAogCDYCiAIgCiA7NwOAAiAKQQA2AvgBIApBADYC9AEgCkEANgLwASAKIA02AuwBIApBADYC6AEgCkEANgLkASAKIAQ7AeABIAogHDsB3gEgCkEAOwHaASAKQgA3A7gBIApBATYCjAIgCiADQQF0IAJqQf8BcTsB3AEgASAKKAKMAjYCACABIAooAogCNgIEIAEgCikDgAI3AgggASAKKAL4ATYCECABIAooAvQBNgIUIAEgCigC8AE2AhggASAKKALsATYCHCABIAooAugBNgIgIAEgCigC5AE2AiQgASAKLwHgATsBKCABIAovAd4BOwEqIAEgCi8B3AE7ASwgASAKLwHaATsBLiABIAooAtABNgJIIAFBQGsgCikDyAE3AgAgASAKKQPAATcCOCABIAopA7gBNwIwQgALIT0gB0EBayEeAkAgAUEBcQRAIAFBIHIhAQwBCyABIAEvASxBgARyOwEsCyAeQQV0Ig4gBSgChAkiAygCAGoiEigCACEHAn8gAygCKCICBEAgAyACQQFrIgI2AiggAygCJCACQQJ0aigCAAwBC0GkASMIKAIAEQAACyIVIBc7AQAgFUECakEAQZIB/AsAIBVCADcCmAEgFUEBNgKUASAVQQA2AqABAkACfwJAIAcEQCAVID0gAa2ENwIUIBUgBzYCECAVQQE7AZABIBUgBykCBDcCBCAVIAcoAgw2AgwgFSAHKAKYASICNgKYASAVIAcoAqABIhM2AqABIBUgBygCnAEiFzYCnAEgAUEBcSIDDQEgFSABLQAtQQJxBH9B4gQFIAEoAiALIAJqNgKYAUEAIAEoAgwgASgCFCICGyEIIAEoAhAgASgCBGohByACIAEoAghqIQ0gASgCGAwCCyAVQgA3AgQgFUEANgIMDAILIBUgAiABQRp0QR91QeIEcWo2ApgBID1CIIinQf8BcSEIID1CKIinQQ9xIQ0gPUIwiKchB0EACyECIBUgFSgCBCAHajYCBCAVIBUoAgggDWqtIAIgCGpBACAVKAIMIA0baq1CIIaENwIIAkAgA0UEQEEAIQ0gFSABKAIkIgIEfyABKAI4BUEACyAXaiABLwEsQQFxaiABLwEoQf7/A0ZqNgKcASACRQ0BIAEoAjwhDQwBCyAVIBcgAUEBdkEBcWo2ApwBQQAhDQsgFSANIBNqNgKgAQsgEiAVNgIAIAUgHgJ/IAotAKgBQQFxBEBBASEDIAotAKkBIiEMAQsgCigCqAEiA0EIdiEhIAMoAiRFBEAgAy8BKAwBCyADLwFEC0H//wNxEFINAiAFKAKgCSENCyADIQILIARBAWoiBCANLwEMSQ0BDAILCwJAAkAgBSgCYA0AIAUoAowKDQBBASEbDAELQQAhASAEIAUoAqAJIgIoAgggAigCBGpJBEAgAigCOCAEQQJ0aigCACEBCyAKIAUoAoQJKAIAIA5qKAIALwEANgIkIAogATYCICAUQYAIIwFBuAJqIApBIGoQCxogBSgCYCIBBEAgBSgCXEEAIBQgAREDAAtBASEbIBQhASAFKAKMCkUNAANAAkACQCABLQAAIgRBIkYNACAEQdwARg0AIARFDQMMAQtB3AAgBSgCjAoQCSABLQAAIQQLIATAIAUoAowKEAkgAUEBaiEBDAALAAsgAyECCyAFKAKECSAKQgA3AxggCkIANwKwASAMIApBGGpBAEEAEBYgESAMQQFqIAAgDEYbIgwgLUkNAAsLIC0gESIESwRAA0AgBSgChAkhDkEAIQgjAEEgayIWJAACQCAOKAIAIgEgAEEFdGoiFygCHA0AIAEgEUEFdGoiEigCHA0AIBcoAgAiCS8BACIBIBIoAgAiBy8BAEcNACAJKAIEIAcoAgRHDQAgCSgCmAEgBygCmAFHDQAgFiAXKQIMNwMYIBYgEikCDDcDEAJ/IwFBlAxqIQ0CQCAWKAIYIgJFDQAgAkEBcQ0AIAItACxBwABxRQ0AIA0gAkEwaiACKAIkGyENCyMBQZQMaiEMAkAgFigCECICRQ0AIAJBAXENACACLQAsQcAAcUUNACAMIAJBMGogAigCJBshDAsgDSgCGCECAkACQCAMKAIYIhNBGU8EQCACIBNGDQFBAAwDCyACIBNGDQFBAAwCCyANKAIAIQ0gDCgCACEMCyANIAwgExASRQtFDQAgBy8BkAEEfwNAIA4oAjQhCSAXKAIAIBYgByAIQQR0aiIBKQIYNwMIIBYgASkCEDcDACAWIAkQICAIQQFqIgggEigCACIHLwGQAUkNAAsgFygCACIJLwEABSABC0UEQCAXIAkoApwBNgIICyAOIBEQEQsgFkEgaiQAIARBAWoiBCAtRw0ACwsgBSgChAkhAUEMIwgoAgARAAAhAiAKQRA2AoQCIAogAjYCgAIgAkEANgIIIAJCADcCACAKQbgBaiABIAAjAkEJaiAKQYACakF/EBkgASgCACAraiICKAIEIgQEQCAEKAIAIgEEQCABIwkoAgARAgAgAigCBCEECyAEQQA2AgggBEIANwIAIAQjCSgCABECAAsgAiAKKAKAAjYCBAJAIANBAXENACAKKAKoASgCJEUNACAFIApBqAFqQQAgOhA4CyAKIAopA6gBNwMQIAUgACAKQRBqEDcgBSgCjAoiAQRAIAUoAoQJIAUoAqAJIAEQHSMBQesLaiAFKAKMChAUC0EBIQELIABBAWoiACAQSQ0ACwtBACENICVFDQIgBSgCYCIBRQRAIAUoAowKRQ0DIBQjAUHCCGoiACkAADcAACAUIAAtAAg6AAgMAgsgFCMBQcIIaiIAKQAANwAAIBQgAC0ACDoACCAFKAJcQQAgFCABEQMAIAUoAowKDQEMAgtBACEEIAUtAMQKDQQMBQsgFCEBA0ACQAJAIAEtAAAiBEEiRg0AIARB3ABGDQAgBA0BIAUoAowKIgBFDQMgBSgChAkgBSgCoAkgABAdIwFB6wtqIAUoAowKEBQMAwtB3AAgBSgCjAoQCSABLQAAIQQLIATAIAUoAowKEAkgAUEBaiEBDAALAAsCQCAFKAK0CSIARQ0AAn8gAEEadEEfdUHiBHEgAEEBcQ0AGkHiBCAALQAtQQJxDQAaIAAoAiALIB1PDQAgBSgChAkQOwwCCwJAIAUoAsAKIgQgBSgCpAoiAU8NACA5KAIAIQADQCAAIARBGGxqKAIUIAtLDQEgBSAEQQFqIgQ2AsAKIAEgBEcNAAsLIA1FDQALCwJAIAUtAMUKDQAgBSkCtAkhOyAFQQA2ApgJIDunIgBBAXENACAAKAIkRQ0AIAAoAgBBAUcNACAFKAKUCSEEQQAhASAFKAKcCUUEQAJ/IAQEQCAEQcAAIwcoAgARAQAMAQtBwAAjCCgCABEAAAshBCAFQQg2ApwJIAUoApgJIQELIAUgBDYClAkgBSABQQFqNgKYCSAEIAFBA3RqIDs3AgALAn8CQAJAIAUoApgJIg8EQCAFQZQJaiEZIAVBtApqIRQDQCAFIAUoApQKQQFqIgBBACAAQeMATRsiADYClAoCQCAADQAgBSgCsAoiAEUNACAUIAARAAANAyAFKAKYCSEPCyAKIBkoAgAgD0EDdGpBCGspAgAiOzcDuAECQCA7pyINLwFARQ0AIA1BCGsoAgAhASANIA0oAiRBA3RrKAIAIgBBAXEEf0EABSAALwFACyABQQFxBH9BAAUgAS8BQAtrIgRBAkgNAANAIAUoAqAJIQggCiAKKQO4ATcDCEEAIREjAEEwayIMJAAgGSgCBCELIAwgCikCCCI7NwMoAkAgBCIAQQF2IgRFDQAgO6ciBy8BKCEDA0ACQCAHKAIAQQFLDQAgBygCJCIBQQJJDQAgByABQQN0ayICKQIAIjunIglBAXENACAJKAIkIgFBAkkNACAJKAIAQQFLDQAgCS8BKCADRw0AIAkgAUEDdGspAgAiPKciB0EBcQ0AIAcoAiRBAkkNACAHKAIAQQFLDQAgBy8BKCADRw0AIAIgPDcCACAJIAkoAiRBA3RrIAdBCGsiASkCADcCACABIDs3AgAgGSgCACEJIBkgGSgCBCIPQQFqIgIgGSgCCCIBSwR/QQggAUEBdCIBIAIgASACSxsiASABQQhNGyIBQQN0IQICfyAJBEAgCSACIwcoAgARAQAMAQsgAiMIKAIAEQAACyEJIBkgATYCCCAZKAIEIg9BAWoFIAILNgIEIBkgCTYCACAJIA9BA3RqIAwpAyg3AgAgDCA8QiCIPgIsIAwgBzYCKCARQQFqIhEgBEcNAQsLIBkoAgQiByALTQ0AA0AgGSAHQQFrIgE2AgQgDCAZKAIAIAFBA3RqKQIAIjs3AyggDCA7pyIBIAEoAiRBA3RrKQIAIjs3AyAgDCA7p0EIaykCACI7NwMQIAwgOzcDGCAMQRBqIAgQFSAMIAwpAyA3AwggDEEIaiAIEBUgDCAMKQMoNwMAIAwgCBAVIBkoAgQiByALSw0ACwsgDEEwaiQAIAUgBSgClApBECAEIARBEE0bQQR2Qf8BcWoiAUEAIAFB4wBNGyIBNgKUCgJAIAENACAFKAKwCiIBRQ0AIBQgAREAAA0FCyAAQQNLDQALIAUoApgJIQ8LIAUgD0EBayIPNgKYCSANKAIkIgEEQEEAIQQDQAJAIA0gAUEDdGsgBEEDdGopAgAiO6ciAEEBcQ0AIAAoAiRFDQAgACgCAEEBRw0AIAUoApQJIQEgBSAFKAKYCSINQQFqIgIgBSgCnAkiAEsEf0EIIABBAXQiACACIAAgAksbIgAgAEEITRsiAEEDdCECAn8gAQRAIAEgAiMHKAIAEQEADAELIAIjCCgCABEAAAshASAFIAA2ApwJIAUoApgJIg1BAWoFIAILNgKYCSAFIAE2ApQJIAEgDUEDdGogOzcCACAKKAK4ASINKAIkIQELIARBAWoiBCABSQ0ACyAFKAKYCSEPCyAPDQALCyAFQQA6AMUKAkAgBSgCYCICRQRAIAUoAowKRQ0DIAUjAUHLCGoiACgAADYAhAEgBSAALQAEOgCIASAFQYQBaiEBDAELIAUjAUHLCGoiACgAADYAhAEgBSAALQAEOgCIASAFKAJcQQAgBUGEAWoiASACEQMAIAUoAowKRQ0CCwNAAkACQCABLQAAIgRBIkYNACAEQdwARg0AIAQNASAFKQK0CSE9IAUoAqAJIgEgBSgCjAoiAEUNBRogCiA9NwO4ASAKQbgBakEAIAFBACAAEDlBCiAFKAKMChAJDAQLQdwAIAUoAowKEAkgAS0AACEECyAEwCAFKAKMChAJIAFBAWohAQwACwALIAVBAToAxQpBACEEDAMLIAUpArQJIT0gBSgCoAkLIQAgBSgCZCEDIAUoAkQhAkEcIwgoAgARAAAiBCA9NwIAAkAgAEUNACAAKAJcDQAgACgCaCAARw0AIAAgACgCqAFBAWo2AqgBCyAEIAA2AggjBiIBRQRAIwFBoPQAaiIAIAAoAgBBAWoiATYCACABJAYLIARBADYCECAEIAE2AgwgBCADQRgjCigCABEBACIBNgIUIANBGGwiAARAIAEgAiAA/AoAAAsgBCADNgIYIAVCADcCtAkgBRAoDAELIAUQKAsgCkGQAmokACAFQgA3AqwKIClBEGokACAgQTBqJAAgBAsLACABQQFGIAIQCAs+AQF/IwBBEGsiAiQAIAIgADYCCCACIwJBFGpBACABGzYCDCACIAIpAgg3AwAgACACKQIANwJcIAJBEGokAAvKCAIHfwF+IwwhBiMAQRBrIgUkAEEBQcgKIwooAgARAQAiACMCIgFBA2o2AhwgACABQQRqNgIYIAAgAUEFajYCFCAAIAFBBmo2AhAgACABQQdqNgIMIAAgAUEIajYCCCAAQgA3AgAgAEEgakEAQeQI/AsAIABBAEEYIwcoAgARAQAiATYCRCABIwFB/AtqIgIpAhA3AhAgASACKQIINwIIIAEgAikCADcCACAAQQE2AmQCQAJAIAAoAkQiAygCFCIEIAAoAiAiAU0NACAEIAMoAhAiAk0NACABIAJNBEAgACADKQIANwIkIAAgAjYCICACIQELQQAhAiAAQQA2AmggACgCSEUNASAAKAJsIgMgAU0EQCABIAAoAnAgA2pJDQILIABBADYCSCAAQgA3AmwMAQtBASECIABBATYCaCADKQIIIQcgAEEANgJIIAAgBzcCJCAAIAQ2AiAgAEIANwJsCyAAQQA2ArAJIABBADYCACAAIAI2AnQgAEIANwKoCSAAQcAAIwgiASgCABEAADYCqAkgAEEENgKwCUGAAiABKAIAEQAAIQEgAEIANwKUCSAAQoCAgICABDcCjAkgACABNgKICSAAQZwJakEANgIAQQFBOCMKKAIAEQEAIgFCADcCACABQgA3AiggAUIANwIgIAFCADcCGCABQgA3AhAgAUIANwIIIAFBgAEjCCgCABEAADYCACABQQQ2AgggASgCDCECIAEoAhRBA00EQAJ/IAIEQCACQcAAIwcoAgARAQAMAQtBwAAjCCgCABEAAAshAiABQQQ2AhQLIAEgAjYCDCABKAIYIQIgASgCIEEDTQRAAn8gAgRAIAJB4AAjBygCABEBAAwBC0HgACMIKAIAEQAACyECIAFBBDYCIAsgASACNgIYIAEoAiQhAiABKAIsQTFNBEACfyACBEAgAkHIASMHKAIAEQEADAELQcgBIwgoAgARAAALIQIgAUEyNgIsCyABIABBiAlqIgM2AjQgASACNgIkAn8gASgCKCIEBEAgASAEQQFrIgQ2AiggAiAEQQJ0aigCAAwBC0GkASMIKAIAEQAACyICQQE7AQAgAkECakEAQZIB/AsAIAJCADcCBCACQQE2ApQBIAJBADYCDCACQgA3ApgBIAJBADYCoAEgASACNgIwIAEQOyAAQgA3AvQJIABCADcCtAkgACABNgKECSAAQfwJakIANwIAIABBhApqQQA2AgAgAEIANwKUCiAAQgA3AogKIABBADYCoAkgAEGcCmpCADcCACAAQaQKakIANwIAIABBADYCwAogAEHDCmpBADYAACAAQeAJaiEBIAAoAuAJBEAgBSABKQIANwMIIAMgBUEIahAKCyAAKALoCQRAIAUgAEHoCWopAgA3AwAgAyAFEAoLIAFCADcCACABQQA2AhAgAUIANwIIIAVBEGokACAGQYDQAEEBECo2AgQgBiAANgIACxQBAX8jDCIAQo+AgIDQATcDACAACxgBAX8gACgCAEEPTwR/IAAoAogBBUEACwvBAwEJfyMAQSBrIgIkACAABEAgAkIANwMYIAJCADcDECACQgA3AwggAiAAKQIANwMAIAJBCGogAhAKIAIoAggiAwRAAkAgAigCDCIERQ0AIARBBE8EQCAEQXxxIQkDQCADIAFBA3RqIgUoAgAjCSIGKAIAEQIAIAUoAgggBigCABECACAFKAIQIAYoAgARAgAgBSgCGCAGKAIAEQIAIAFBBGohASAIQQRqIgggCUcNAAsLIARBA3EiBEUNAANAIAMgAUEDdGooAgAjCSgCABECACABQQFqIQEgB0EBaiIHIARHDQALCyADIwkoAgARAgAgAkEANgIQIAJCADcDCAsgAigCFCIBBEAgASMJKAIAEQIAIAJBADYCHCACQgA3AhQLAkAgACgCECIBRQ0AIAEoAlwNACABKAJoIAFHDQAgASABKAKoASIDQQFrNgKoASADQQFHDQAgASMJKAIAEQIACwJAIAAoAggiAUUNACABKAJcDQAgASgCaCABRw0AIAEgASgCqAEiA0EBazYCqAEgA0EBRw0AIAEjCSgCABECAAsgACgCFCMJIgEoAgARAgAgACABKAIAEQIACyACQSBqJAAL7QECBX8BfiAAKAIAIgFBAXFFBEAgASABKAIAQQFqNgIAIAEoAgAaCyAAKAIYIQMgACgCFCEEIAAoAgghASAAKQIAIQZBHCMIKAIAEQAAIgIgBjcCAAJAIAFFDQAgASgCXA0AIAEoAmggAUcNACABIAEoAqgBQQFqNgKoAQsgAiABNgIIIwYiAUUEQCMBQaD0AGoiASABKAIAQQFqIgE2AgAgASQGCyACQQA2AhAgAiABNgIMIAIgA0EYIwooAgARAQAiATYCFCADQRhsIgUEQCABIAQgBfwKAAALIAIgAzYCGCACIAAoAgw2AgwgAgvEBQIHfwF+IwBBEGshAwJAIAAoAgAiBUUNACAAKAIYIgZBf0YNACAFQQFxRQRAIAUgBSgCJEEDdGshBAsgAyAAKAIUNgIIIAMgACkCDDcDACAAKQIcIQogASAEIAZBA3RqIgQ2AgAgASADKQMANwIEIAEgAygCCDYCDCABIAo3AhQgASAGNgIQIAICfyAEKAIAIgFBAXEEQCABQQF2QQFxDAELIAEvASxBAXELIgU6AAACfyAEKAIAIgFBAXEEQCAELQAFQQ9xIQMgAUEIcUEDdiEGIAQtAAQhByAELQAGDAELIAEtACxBBHFBAnYhBiABKAIMIQcgASgCCCEDIAEoAgQLIQEgACAAKAIYQQFrIgg2AhhBASEEIABBASAAKAIUIgkgB2sgACgCDCIHRSAJQQBHcSADQQBHciIDGzYCFCAAQQAgACgCECADGzYCECAAQQAgByABayADGzYCDAJAIAYNACAAKAIkIgNFDQAgAiADIAAoAhwiAUEBdGovAQAgBXJBAEc6AAAgAUUNACAAIAFBAWs2AhwLIAggACgCACIBKAIkIgJPDQACQAJ/IAEgAkEDdGsgCEEDdGoiAigCACIBQQFxBEAgAUECcUEBdiEEIAFBA3ZBAXEMAQsgAS8BLCIDQQFxIQQgA0ECdkEBcQsNACAAKAIkIgNFDQAgAyAAKAIcQQF0ai8BACAEckEARyEECwJ/IAFBAXFFBEBBACEDIAAgACgCICABKAIkBH8gASgCOAVBAAsgBGprNgIgIAEoAhRBAEchAyABKAIYIQUgASgCEAwBCyACKAIEIAAgACgCICAEazYCIEEAIQNBGHYiBQshAkEBIQQgAEEBIAAoAhQiASAFayADIAAoAgwiA0UgAUEAR3FyQQFxIgEbNgIUIABBACAAKAIQIAEbNgIQIABBACADIAJrIAEbNgIMCyAECwcAIAAoAgALEABBAEECIAEoAgAvAZABGwtKAQF/IAEoAghFBEBBAA8LIAAtAAAEQEEBDwtBASECAkAgASgCBCgCACIBQQFxDQAgAS8BKEH//wNHDQAgAEEBOgAAQQMhAgsgAgsYACABKAIQRQRAQQAPC0EDQQEgAS0AFBsLEgBBA0EAIAEoAhAgACgCAEYbCwcAIAAoAhQLZgEDfyAAKAJMIgMEQANAIAAoAkggAkEGbGoiBC8BAiABRgRAIAMgAkF/c2pBBmwiAwRAIAQgBEEGaiAD/AoAAAsgACAAKAJMQQFrIgM2AkwgAkEBayECCyACQQFqIgIgA0kNAAsLC6sCAQR/AkAgACgCECIERQ0AIAAoAgwhBQNAAkAgAiAFIANBA3RqIgYoAgRGBEAgACgCACAGKAIAaiABIAIQG0UNAQsgA0EBaiIDIARHDQEMAgsLIANBf0YNACAAKAJAIgRFDQAgACgCPCEFQQAhAiADQf//A3EhAQNAAkAgASAFIAJBFGxqIgAvAQZGBEAgAEH//wM7AQYgAC8BCCIDQf//A0YNASAAQf//AzsBCCAAIAM7AQYgAC8BCiIDQf//A0YNASAAQf//AzsBCiAAIAM7AQgMAQsgASAALwEIRwRAIAAvAQogAUcNASAAQf//AzsBCgwBCyAAQf//AzsBCCAALwEKIgNB//8DRg0AIABB//8DOwEKIAAgAzsBCAsgAkEBaiICIARHDQALCwuFAQEEfyAAKAJwIgVFBEBBAA8LAn9BfyAAKAJsIgMoAgAgAUsNABoCQANAIAUgAiIEQQFqIgJHBEAgASADIAJBA3RqKAIATw0BDAILCyADIARBA3RqLwEEDAELIAMgBEEDdGovAQQLIgIgACgCQE8EQEEADwsgACgCPCACQRRsai0AEkEHdgsNACAAKAIIIAAoAgRqC7cBACMBQeDyAGojAkEQajYCACMBQeTyAGojAkERajYCACMBQejyAGojAkESajYCACMBQezyAGojAkETajYCACMBQfTyAGojAkEWajYCACMBQfzyAGojAkEXajYCACMBQZTzAGojAkEYajYCACMBQazzAGojAkEZajYCACMBQbDzAGojAkEaajYCACMBQbTzAGojAUHE9gBqNgIAIwFBmPQAaiMBQYjzAGo2AgAjAUGc9ABqIwU2AgALQgEDfyMBIgFBtPUAaiIAIAFBnPUAajYCYCAAIwQiAiMDazYCOCAAIAI2AjQgAEEqNgIYIAAgAUGA8wBqKAIANgI8CwundAEAIwELoHQtKyAgIDBYMHgALTBYKzBYIDBYLTB4KzB4IDB4AHJlZHVjZSBzeW06JXMsIGNoaWxkX2NvdW50OiV1AHJlc3VtZSB2ZXJzaW9uOiV1AHJlbW92ZWQgcGF1c2VkIHZlcnNpb246JXUAbGV4X2V4dGVybmFsIHN0YXRlOiVkLCByb3c6JXUsIGNvbHVtbjoldQBsZXhfaW50ZXJuYWwgc3RhdGU6JWQsIHJvdzoldSwgY29sdW1uOiV1AHByb2Nlc3MgdmVyc2lvbjoldSwgdmVyc2lvbl9jb3VudDoldSwgc3RhdGU6JWQsIHJvdzoldSwgY29sOiV1AHJlY292ZXJfdG9fcHJldmlvdXMgc3RhdGU6JXUsIGRlcHRoOiV1ACwgc2l6ZToldQBzaGlmdCBzdGF0ZToldQByZWNvdmVyX3dpdGhfbWlzc2luZyBzeW1ib2w6JXMsIHN0YXRlOiV1AGRpZmZlcmVudF9pbmNsdWRlZF9yYW5nZSAldSAtICV1AGFjY2VwdABwYXJzZV9hZnRlcl9lZGl0AFx0AGFib3J0aW5nIHJlZHVjZSB3aXRoIHRvbyBtYW55IHZlcnNpb25zAGhhc19jaGFuZ2VzAHN3aXRjaCBmcm9tX2tleXdvcmQ6JXMsIHRvX3dvcmRfdG9rZW46JXMAc3RhdGVfbWlzbWF0Y2ggc3ltOiVzAHNlbGVjdF9zbWFsbGVyX2Vycm9yIHN5bWJvbDolcywgb3Zlcl9zeW1ib2w6JXMAc2VsZWN0X2VhcmxpZXIgc3ltYm9sOiVzLCBvdmVyX3N5bWJvbDolcwBzZWxlY3RfZXhpc3Rpbmcgc3ltYm9sOiVzLCBvdmVyX3N5bWJvbDolcwBjYW50X3JldXNlX25vZGUgc3ltYm9sOiVzLCBmaXJzdF9sZWFmX3N5bWJvbDolcwBza2lwX3Rva2VuIHN5bWJvbDolcwBpZ25vcmVfZW1wdHlfZXh0ZXJuYWxfdG9rZW4gc3ltYm9sOiVzAHJldXNhYmxlX25vZGVfaGFzX2RpZmZlcmVudF9leHRlcm5hbF9zY2FubmVyX3N0YXRlIHN5bWJvbDolcwByZXVzZV9ub2RlIHN5bWJvbDolcwBwYXN0X3JldXNhYmxlX25vZGUgc3ltYm9sOiVzAGJlZm9yZV9yZXVzYWJsZV9ub2RlIHN5bWJvbDolcwBjYW50X3JldXNlX25vZGVfJXMgdHJlZTolcwBicmVha2Rvd25fdG9wX29mX3N0YWNrIHRyZWU6JXMAZGV0ZWN0X2Vycm9yIGxvb2thaGVhZDolcwAoJXMAaXNfZXJyb3IAc2tpcF91bnJlY29nbml6ZWRfY2hhcmFjdGVyAG5hbgBcbgBpc19taXNzaW5nAHJlc3VtZV9wYXJzaW5nAHJlY292ZXJfZW9mAGluZgBuZXdfcGFyc2UAY29uZGVuc2UAZG9uZQBpc19mcmFnaWxlAGNvbnRhaW5zX2RpZmZlcmVudF9pbmNsdWRlZF9yYW5nZQBza2lwIGNoYXJhY3RlcjolZABjb25zdW1lIGNoYXJhY3RlcjolZABzZWxlY3RfaGlnaGVyX3ByZWNlZGVuY2Ugc3ltYm9sOiVzLCBwcmVjOiVkLCBvdmVyX3N5bWJvbDolcywgb3RoZXJfcHJlYzolZABzaGlmdF9leHRyYQBub19sb29rYWhlYWRfYWZ0ZXJfbm9uX3Rlcm1pbmFsX2V4dHJhAF9fUk9PVF9fAF9FUlJPUgBOQU4ATUlTU0lORwBJTkYASU5WQUxJRABsZXhlZF9sb29rYWhlYWQgc3ltOgAgMDAwMDAwMDAwMDAwEDAwAC4AKCVzKQAobnVsbCkAKE5VTEwpACgiJXMiKQAnXHQnACdccicAJ1xuJwBza2lwIGNoYXJhY3RlcjonJWMnAGNvbnN1bWUgY2hhcmFjdGVyOiclYycAJ1wwJwAiJXMiAChNSVNTSU5HIAAoVU5FWFBFQ1RFRCAAJXM6IAAKCgAAAAAAAAAAAAAAAQAAAAAAAAAAAAAA//////////8AAAAA/////wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB4PDw8AAAAAAAAAAAEAAAABAAAAAgAAAAEAAAACAAAAAQAAAAIAAAABAAAAAgAAAAAAAAAAAAAAEhETFBUWFxgZGhscHR4fICERIiMkESUmJygpKissES0uLxAQMBAQEBAQEBAxMjMQNDUQEBERERERERERERERERERERERERERERERERE2ERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERERNxERERE4ETk6Ozw9PhERERERERERERERERERERERERERERERERERERERERERERERERERERERERE/EBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEUBBEUJDREVGR0hJShFLTE1OT1BREFJTVFVWV1hZWltcXRBeX2AQERERYWJjEBAQEBAQEBAQEBERERFkEBAQEBAQEBAQEBAQEBAQERFlEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQERFmZxAQaGkREREREREREREREREREREREREREREREWoREWsQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEWxtEBAQEBAQEBAQbhAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQb3BxchAQEBAQEBAQc3R1EBAQEBB2dxAQEBB4EBB5EBAQEBAQEBAQEBAQEBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAP//////////////////////////////////////////AAAAAAAAAAD+//8H/v//BwAAAAAABCAE//9/////f//////////////////////////////////D/wMAH1AAAAAAAAAAAAAAIAAAAAAA37xA1///+////////////7///////////////////////wP8///////////////////////////+////fwL//////wEAAAAA/7+2AP///4cHAAAA/wf//////////v/D////////////////7x/+4f+fAAD///////8A4P///////////////wMA//////8HMAT////8/x8AAP///wH/BwAAAAAAAP//3z8AAPD/+AP////////////v/9/h/8///v/vn/n///3F459ZgLDP/wMQ7of5///9bcOHGQJewP8/AO6/+////e3jvxsBAM//AB7un/n///3t458ZwLDP/wIA7Mc91hjH/8PHHYEAwP8AAO/f/f///f/j3x1gB8//AADv3/3///3v498dYEDP/wYA79/9/////+ffXfCAz/8A/Oz/f/z///svf4Bf/8D/DAD+/////3//Bz8g/wMAAAAA1vf//6///ztfIP/zAAAAAAEAAAD/AwAA//7///8f/v8D///+////HwAAAAAAAAAA////////f/n/A////////////z//////vyD///////f///////////89fz3//////z3/////PX89/3//////////Pf//////////BwAAAAD//wAA/////////////z8//v//////////////////////////////////////////////////////////n////v//B////////////8f/Af/fDwD//w8A//8PAP/fDQD////////P//8BgBD/AwAAAAD/A///////////////Af//////B///////////PwD///9//w//AcD/////Px8A//////8P////A/8DAAAAAP///w//////////f/7/HwD/A/8DgAAAAAAAAAAAAAAA////////7//vD/8DAAAAAP//////8////////7//AwD///////9/AP/j//////8//wH//////+cAAAAAAN5vBP///////////////////////////////wAAAACA/x8A//8/P/////8/P/+q////P////////99f3B/PD/8f3B8AAAAAAAAAAAAAAAAAAAKAAAD/HwAAAAAAAAAAAAAAAIT8Lz5Qvf/z4EMAAP//////AQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMD///////8DAAD//////3///////3//////////////////////H3gMAP////+/IP////////+AAAD//38Af39/f39/f3//////AAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADgAAAA/gM+H/7///////////9/4P7/////////////9+D///////7/////////////fwAA////BwAAAAAAAP///////////////////////////////z8AAAAAAAAAAAD///////////////////////////////////////8AAP//////////////////////HwAAAAAAAAAA//////8//x////8PAAD//////3/wj///////////////////AAAAAID//P////////////////n///////98AAAAAACA/7//////AAAA////////DwD//////////y8A/wMAAPzo//////8H/////wcA////H/////////f/AID/A////3////////9/AP8//wP//3/8/////////38FAAA4//88AH5+fgB/f///////9/8A////////////////////B/8D//////////////////////////8PAP//f/j//////w//////////////////P/////////////////8DAAAAAH8A+OD//X9f2/////////////////8DAAAA+P///////////////z8AAP///////////P///////wAAAAAA/w8AAAAAAAAAAAAAAAAAAN//////////////////////HwAA/wP+//8H/v//B8D/////////////f/z8/BwAAAAA/+///3///7f/P/8/AAAAAP///////////////////wcAAAAAAAAAAP///////x8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD///8f////////AQAAAAAA/////wDg////B///////B////z//////D/8+AAAAAAD/////////////////////////P/8D/////w//////D///////AP///////w8AAAAAAAAAAAAAAAAAAAAAAAAA////////fwD//z8A/wAAAAAAAAAAAAAAAAAAAAAAAAA//f////+/kf//PwD//38A////fwAAAAAAAAAA//83AP//PwD///8DAAAAAAAAAAD/////////wAAAAAAAAAAAb/Dv/v//PwAAAAAA////H////x8AAAAA//7//x8AAAD///////8/AP//PwD//wcA//8DAAAAAAAAAAAAAAAAAP///////////wEAAAAAAAD///////8HAP///////wcA//////8A/wMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD///8fgAD//z8AAAAAAAAAAAAAAAAAAAAAAAAA//9/AP//////////PwAAAMD/AAD8////////AQAA////Af8D////////x/9wAP////9HAP//////////HgD/FwAAAAD///v///+fQAAAAAAAAAAAf73/v/8B/////////wH/A++f+f///e3jnxmB4A8AAAAAAAAAAAAAAAAAAAAAAAAA//////////+7B/+DAAAAAP//////////swD/AwAAAAAAAAAAAAAAAAAAAAAAAAAA////////P38AAAA/AAAAAP////////9/EQD/AwAAAAD///////8/Af8DAAAAAAAA////5/8H/wMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD/////////AQAAAAAAAAAAAAAAAP///////////wMAgAAAAAAAAAAAAAAAAAAAAAAAAAAA//z///////waAAAA////////538AAP///////////yAAAAAA/////////wH//f////9/fwEA/wMAAPz////8///+fwAAAAAAAAAAAH/7/////3+0ywD/A7/9////f3sB/wMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAP//fwD/////////////////////////AwAAAAAAAAAAAAAAAP////////////////9/AAD///////////////////////////////8PAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD//////38AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAP//////////fwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/////////wH///9//wMAAAAAAAAAAAAAAAD///8/AAD///////8AAA8A/wP4///g//8AAAAAAAAAAAAAAAAAAAAAAAAAAAAA//////////8AAAAAAAAAAAAAAAAAAAAA////////////h/////////+A//8AAAAAAAAAAAsAAAD/////////////////////////////////////////AP///////////////////////////////////////wcA////fwAAAAAAAAcA8AD/////////////////////////////////////////////////////////////////D/////////////////8H/x//Af9DAAAAAAAAAAAAAAAA/////////////9///////////99k3v/r7/////////+/59/f////e1/8/f//////////////////////////////////////////////////////P/////3///f////3///f////3///f////3/////9/////f//98////////9////52wcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAP//////H4A//0MAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA//////8P/wP///////////////////////////////8fAAAAAAAAAP//////////jwj/AwAAAAAAAAAAAAAAAAAAAAAAAAAA7////5b+9wqE6paqlvf3Xv/7/w/u+/8PAAAAAAAAAAAAAAAAAAD///8D////A////wMAAAAAAAAAAAAAAAAAACAAAAAJAAAACgAAAA0AAAALAAAADAAAAIUAAAAAIAAAASAAAAIgAAADIAAABCAAAAUgAAAGIAAACCAAAAkgAAAKIAAAKCAAACkgAABfIAAAADAAAAAAAAAAAAAAAAAAABkACwAZGRkAAAAABQAAAAAAAAkAAAAACwAAAAAAAAAAGQAKChkZGQMKBwABAAkLGAAACQYLAAALAAYZAAAAGRkZAAAAAAAAAAAAAAAAAAAAAA4AAAAAAAAAABkACw0ZGRkADQAAAgAJDgAAAAkADgAADgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAATAAAAABMAAAAACQwAAAAAAAwAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAADwAAAAQPAAAAAAkQAAAAAAAQAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIAAAAAAAAAAAAAABEAAAAAEQAAAAAJEgAAAAAAEgAAEgAAGgAAABoaGgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAaAAAAGhoaAAAAAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAAAAFwAAAAAXAAAAAAkUAAAAAAAUAAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABYAAAAAAAAAAAAAABUAAAAAFQAAAAAJFgAAAAAAFgAAFgAAMDEyMzQ1Njc4OUFCQ0RFRgAIAABWAQAAOQAAAAAAAAAAAAAAASAAAADg//8Avx0AAOcCAAB5AAACJAAAAQEAAAD///8AAAAAAQIAAAD+//8BOf//ABj//wGH//8A1P7/AMMAAAHSAAABzgAAAc0AAAFPAAABygAAAcsAAAHPAAAAYQAAAdMAAAHRAAAAowAAAdUAAACCAAAB1gAAAdoAAAHZAAAB2wAAADgAAAMAAAAAsf//AZ///wHI//8CKCQAAAAAAAEBAAAA////ADP//wAm//8Bfv//ASsqAAFd//8BKCoAAD8qAAE9//8BRQAAAUcAAAAfKgAAHCoAAB4qAAAu//8AMv//ADb//wA1//8AT6UAAEulAAAx//8AKKUAAESlAAAv//8ALf//APcpAABBpQAA/SkAACv//wAq//8A5ykAAEOlAAAqpQAAu///ACf//wC5//8AJf//ABWlAAASpQACJEwAAAAAAAEgAAAA4P//AQEAAAD///8AVAAAAXQAAAEmAAABJQAAAUAAAAE/AAAA2v//ANv//wDh//8AwP//AMH//wEIAAAAwv//AMf//wDR//8Ayv//APj//wCq//8AsP//AAcAAACM//8BxP//AKD//wH5//8CGnAAAQEAAAD///8BIAAAAOD//wFQAAABDwAAAPH//wAAAAABMAAAAND//wEBAAAA////AAAAAADACwABYBwAAAAAAAHQlwABCAAAAPj//wIFigAAAAAAAUD0/wCe5/8AwokAANvn/wCS5/8Ak+f/AJzn/wCd5/8ApOf/AAAAAAA4igAABIoAAOYOAAEBAAAA////AAAAAADF//8BQeL/Ah2PAAAIAAAB+P//AAAAAABWAAABqv//AEoAAABkAAAAgAAAAHAAAAB+AAAACQAAAbb//wH3//8A2+P/AZz//wGQ//8BgP//AYL//wIFrAAAAAAAARAAAADw//8BHAAAAQEAAAGj4v8BQd//Abrf/wDk//8CC7EAAQEAAAD///8BMAAAAND//wAAAAABCdb/ARrx/wEZ1v8A1dX/ANjV/wHk1f8BA9b/AeHV/wHi1f8BwdX/AAAAAACg4/8AAAAAAQEAAAD///8CDLwAAAAAAAEBAAAA////Abxa/wGgAwAB/HX/Adha/wAwAAABsVr/AbVa/wG/Wv8B7lr/AdZa/wHrWv8B0P//Ab1a/wHIdf8AAAAAADBo/wBg/P8AAAAAASAAAADg//8AAAAAASgAAADY//8AAAAAAUAAAADA//8AAAAAASAAAADg//8AAAAAASAAAADg//8AAAAAASIAAADe//8wDDENeA5/D4AQgRGGEokTihOOFI8VkBaTE5QXlRiWGZcamhucGZ0cnh2fHqYfqR+uH7EgsiC3Ib8ixSPII8sj3STyI/Yl9yYgLTouPS8+MD8xQDFDMkQzRTRQNVE2UjdTOFQ5WTpbO1w8YT1jPmU/ZkBoQWlCakBrQ2xEb0JxRXJGdUd9SIJJh0qJS4pMi0yMTZJOnU+eUEVXex18HX0df1iGWYhaiVqKWoxbjlyPXKxdrV6uXq9ewl/MYM1hzmHPYtBj0WTVZdZm12fwaPFp8mrza/Rs9W35bv0t/i3/LVBpUWlSaVNpVGlVaVZpV2lYaVlpWmlbaVxpXWleaV9pggCDAIQAhQCGAIcAiACJAMB1z3aAiYGKgouFjIaNcJ1xnXaed554n3mfeqB7oHyhfaGzorqju6O8pL6lw6LMpNqm26blauqn66fsbvOi+Kj5qPqp+6n8pCawKrErsk6zhAhiumO7ZLxlvWa+bb9uwG/BcMJ+w3/Dfc+N0JTRq9Ks063UsNWx1rLXxNjF2cbaBwgJCgsMBgYGBgYGBgYGBg0GBg4GBgYGBgYGBg8QERIGEwYGBgYGBgYGBgYUFQYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBhYXBgYGGAYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGGQYGBgYaBgYGBgYGBhsGBgYGBgYGBgYGBhwGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGHQYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYGHgYGBgYGBgYGBgYGBgYGBgYGBgYGBgYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkKysrKysrKysBAFRWVlZWVlZWVgAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAKysrKysrKwcrK1tWVlZWVlZWSlZWBTFQMVAxUDFQMVAxUDFQMVAkUHkxUDFQMThQMVAxUDFQMVAxUDFQMVBOMQJODQ1OA04AJG4ATjEmblFOJFBOORSBGx0dUzFQMVANMVAxUDFQG1MkUDECXHtce1x7XHtcexR5XHtce1wtK0kDSAN4XHsUAJYKASsoBgYAKgYqKisHu7UrHgArBysrKwErKysrKysrKysrKysrKysrKysrKysrKysrKysrKysrKwErKysrKysrKysrKysrKysrKysrKysrKyorKysrKysrKysrKysrzUbNKwAlKwcBBgFVVlZWVlZVVlYCJIGBgYGBFYGBgQAAKwCy0bLRstGy0QAAzcwBANfX19fXg4GBgYGBgYGBgYGsrKysrKysrKysHAAAAAAAMVAxUDFQMVAxUDECAAAxUDFQMVAxUDFQMVAxUDFQMVBOMVAxUE4xUDFQMVAxUDFQMVAxUDECh6aHpoemh6aHpoemh6aHpiorKysrKysrKysrKysAAABUVlZWVlZWVlZWVlZWAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFRWVlZWVlZWVlZWVlYMAAwqKysrKysrKysrKysrKwcqAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKisrKysrKysrKysrKysrKysrKysrKysrKysrVlZsgRUAKysrKysrKysrKysrKysrKysrKysrKysrKysrKysrKysrKysrKysrKysrB2wDQSsrVlZWVlZWVlZWVlZWVlYsVisrKysrKysrKysrKysrKysrKysrKwEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADGwAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYlBiUGJQYlBiUGJQYlBiUGJQYlBiUGJQYlBiUGJQYlBiUGJQYlBiUGJQYlBiUGJQYlVnqeJgYlBiUGJQYlBiUGJQYlBiUGJQYlBiUGJQYlBiUGJQYBKytPVlYsK39WVjkrK1VWVisrT1ZWLCt/VlaBN3Vbe1wrK09WVgKsBAAAOSsrVVZWKytPVlYsKytWVjITgVcAb4F+ydd+LYGBDn45f29XAIGBfhUAfgMrKysrKysrKysrKysHKyQrlysrKysrKysrKyorKysrK1ZWVlZWgIGBgYE5uyorKysrKysrKysrKysrKysrKysrKysrKysrKysrKysrKysrKysrKysrAYGBgYGBgYGBgYGBgYGBgcmsrKysrKysrKysrKysrKzQDQBOMQK0wcHX1yRQMVAxUDFQMVAxUDFQMVAxUDFQMVAxUDFQMVAxUDFQMVDX11PBR9TX19cFKysrKysrKysrKysrBwEAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABOMVAxUDFQMVAxUDFQMVANAAAAAAAkUDFQMVAxUDFQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACsrKysrKysrKysreVx7XHtPe1x7XHtce1x7XHtce1x7XHtce1wtKyt5FFx7XC15KlwnXHtce1x7pAAKtFx7XHtPAyorKysrKysrKysrKysrKysrKysBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAAACorKysrKysrKysrKysrKysrKysrKysrKysrKwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACsrKysrKysrBwBIVlZWVlZWVlYCAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACsrKysrKysrKysrKytVVlZWVlZWVlZWVlZWDgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkKysrKysrKysrKysHAFZWVlZWVlZWVlZWVgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJCsrKysrKysrKysrKysrKysHAAAAAFZWVlZWVlZWVlZWVlZWVlZWAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACorKysrKysrKysrVlZWVlZWVlZWVg4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACorKysrKysrKysrVlZWVlZWVlZWVg4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKysrKysrKysrKytVVlZWVlZWVlZWVg4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABidRb3cAAAAAAAAAAAAAfAAAfwAAAAAAAAAAg46SlwCqAAAAAAAAAAAAALTEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAxskAAADbAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADeAAAAAOEAAAAAAAAA5AAAAAAAAAAAAAAA5wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADqAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADtAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIQExQVFhcYGRobHB0eHyAhEBAiIxAkJSYnKCkqKxAsLS4RES8REREREREwMTIzNDU2NxEQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQOBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQORA6Ozw9Pj8QEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQQBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQQRAQQhBDREUQRkdIEEkQEEpLTE1OEE9QUVJTVFVWV1hZWlsQXF1eXxAQEBBgEBAQEBAQEBAQEBAQEBAQYRAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQYmMQEGRlEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEGYQEBAQEBAQEBAQEBAQEBAQEBAQZ2hpahAQa2wREW0QEBAQEBBubxAQEBAQcHEQEHJzdBB1dncRERF4eXp7fBAQEBAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD//////////////////////////////////////////wAAAAD+/wD8AQAA+AEAAHgAAAAA//vf+wAAgAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPAD8/+Cv/////////////9///////yBAsAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAD8AwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD8AAAAAADm/v///wBASQAAAAAAGAD//wDYAAAAAAAAAAEAPAAAAAAAAAAAAAAAABDgAR4AYP+/AAAAAAAA/wcAAAAAAAAAAAAAAAAAAAAAAAAA+M/jAAAAAwAg/38AAABOAAAAAAAAAAAAAAAAAAAIAAf8AAAAAAAAAAAAEAAgHgAwAAEAAAAAAAAAABAAIAAAAAD8bwAAAAAAAAAQACAAAAAAQAAAAAAAAAAAEAAgAAAAAAPgAAAAAAAAABAAIAAAAAD9AAAAAAAAAAAAACAAAAAA/wcQAAAAAAAAAAAgAAAAAID/EAAAAAAAABAAIAAAAAAAAAAAAAAAAAAYAKAAfwAA/wMAAAAAAAAAAAAEAAAAABAAAAAAAACAAIDA3wAMAAAAAAAAAAAAAAAEAB8AAAAAAAD+////APz//wAAAAAAAAAA/AAAAAAAAMD/3/8HAAAAAAAAAAAAAIAGAPwAAAAAAAAAAADAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAADg////HwAA/wMAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAABAAAYAAAAAAAAAAAAOAAAAAAQAAAAcAAAAAAAAAAAAAAAAAAAADAAAP5/LwAA/wP/fwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOMQAAAAAAAAAAAAAAAAAAAAAAAMT/////AAAAwAAAAAAAAAAAAQDgnwAAAAB/P/9/AAAAAAAAAAAAAAAAAAAQABAAAPz///8fAAAAAAAMAAAAAAAAQAAM8AAAAAAAAID4AAAAAAAAAMAAAAAAAAAAAP8A////IZADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/////38A4PsAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAD4ADgAOAAYID4/////P//////f9//8X//fwAA/////wAA/////wEAewPQwa9CAAwfvP//AAAAAAAO////////////////////////fwAAAP8HAAD/////////////PwAAAAAAAPz/////////////////////z////z//////////////////AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOCHA/4AAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAP//////f/////8AAAAAAAD////7/////////////w8A//////////////////////////////////8/AAAA/w8e////AfzB4AAAAAAAAAAAAAAAHgEAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAP//AAAAAP////8PAAAA////f/////////////////////////////////////8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD//////////wAAAAAAAAAAAAAAAAAAAAAAAP///////38AAAAAAADAAOAAAAAAAAAAAAAAAIAPcAAAAAAAAAAAAAAAAAAA/wD//38AAwAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAEAAAAAAD/8DAAAAAAAA8AAAAAAAAAAAABDAAAD//wMXAAAAAAD4AAAAAAiAAAAAAAAAAAAAAAgA/z8AwAAAAAAAAAAAAAAAAAAAAPAAAIADAAAAAAAAAIACAADAAABDAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAOAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAgAAAAAAAAAAAAAAAAAAAAD8/wMAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADD///8D////////9/9/DwAAAAAAAAAAAAAAAAAAAAAAgP7/APwBAAD4AQAA+D8AAAAAAAAAAAAAAAAAAAB/fwAwh///////j/8AAAAAAADg//9//w8BAAAAAAD//////z8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA////DwAAAAAPAAAAAAAAAAAAAAAAAACAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgP8AAID/AAAAAID/AAAAAAAAAAAA+AAAwI8AAACAAAAAAAAAAAAAAAAAAAAAMP///P//////AAAAAAAAAIf/Af8BAAAA4AAAAOAAAAAAAAEAAGD4fwAAAAAAAAAA/gAAAP8AAAD/AAAAHgD+AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD8AAAAAAAAAAAAAAAA////fwAAAAAAAAAAAAAAAAAAAAAAAADgfwAAAMD//wMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwD/8/z8AAIADAAAAAAAA/gMgAAAAAAAAAAAAAAAAGAAPAAAAAAA4AAAAAAAAAAAA4T8A6P7/HwAAAAAAAABgPwAAAAAAAAAAAAAAAAACAAAAAAAAAAYAAAAAAAAAAAAYACAAAMAfHwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABE+ABoAAAAAAAAAAAAAAAATAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAID///8AAAAAAAAAAAAAAACADgAAAP8fAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAIAPwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADgAAAAAAAAAAAAAAAAAAAAAAAAAAAPwHAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAGID/AAAAAAAAAAAAAN8HAAAAAAAAAAAAAAAAAAAAAAAAgD4AAPz/HwMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD///////8DgAAAAAAAAAAAAAAAAAAAHwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/wEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAA/AAAAAAAAAP//MAAA+AMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAP///wcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAACwDwAAAAAAAAAAAAAA////////////////////////////////////////PwD/////f/7//////////////////////////////wEAAP//////////PwAAAAAAAAAAAAAAAAAAAAAAAAD//w8A/////////////38A////AQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAIAAAACAAAIAAAACAAAIAAAACAAAAAAgAAAAIAAAgAAAAAAAAA//////////////////////8PAPj+/wAAAAAAAAAAAAAAAAAAAAB/AACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8ACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgP9/AAAAAAAAAAAAAAAAAHAHAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/v////////8fAAAAAAAAAAAA/v///////z8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAP//////D////////////////w8A/3/+//7//v///z8A/x//////AAAA/AAAABwAAAD8////HwAAAAAAAMD///8HAP//////D/8BAwA/AAAAAAAAAAAAAAAAAAAAAAAAAP//////////////////////////////////PwD/H/8H//////////////////8PAP//////////////Af8PAAD/D/////////8A/wP//////wD///8/AAAAAAAAAAAAAP/v////////////////e/z/////58f////n/////////////////////w8A/z8PBwcAPwAAAAAAAAAAAAAAAAAQAAAAEQAAABIAAAATAAAAAAAAABYAAAAAAAAAFwAAAAAgAAAAAAAABQAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGQAAABoAAABEOwAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAP//////////AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAiDkAAAAAAAAAKhBzb3VyY2VNYXBwaW5nVVJMGHdlYi10cmVlLXNpdHRlci53YXNtLm1hcA==';
const TREE_SITTER_HCL_WASM_BASE64 = 'AGFzbQEAAAAAEQhkeWxpbmsuMAEG8PYEBAYAATAJYAF/AGACf38AYAJ/fwF/YAF/AX9gA39/fwF/YAAAYAABf2AEf39/fwBgA39/fwAC3AENA2VudgZjYWxsb2MAAgNlbnYGbWVtY3B5AAQDZW52BGZyZWUAAANlbnYHcmVhbGxvYwACA2VudgZtZW1zZXQABANlbnYNX19hc3NlcnRfZmFpbAAHA2Vudghpc3dzcGFjZQADA2Vudghpc3dhbG51bQADA2Vudglpc3d4ZGlnaXQAAwNlbnYNX19tZW1vcnlfYmFzZQN/AANlbnYMX190YWJsZV9iYXNlA38AA2VudgZtZW1vcnkCAAIDZW52GV9faW5kaXJlY3RfZnVuY3Rpb25fdGFibGUBcAAGAwsKBQUGAggEAAYCAgdCAxFfX3dhc21fY2FsbF9jdG9ycwAJGF9fd2FzbV9hcHBseV9kYXRhX3JlbG9jcwAKD3RyZWVfc2l0dGVyX2hjbAAQCQwBACMBCwYRCw8ODA0KtFgKAwABC4oSAQF/IwBB+PEEaiMAQYDHA2o2AgAjAEH88QRqIwBBkApqNgIAIwBBgPIEaiMAQeCLA2o2AgAjAEGE8gRqIwBB8MoDajYCACMAQYjyBGojAEGA8wRqIgA2AgAjAEGM8gRqIwBB5PYEajYCACMAQZDyBGojAEHwoANqNgIAIwBBlPIEaiMAQfigA2o2AgAjAEGY8gRqIwBBgKEDajYCACMAQZzyBGojAEHwowNqNgIAIwBBoPIEaiMAQeKlA2o2AgAjAEGk8gRqIwBB8KUDajYCACMAQajyBGojAEGgpgNqNgIAIwBBrPIEaiMBNgIAIwBBuPIEaiMAQcC7A2o2AgAjAEG88gRqIwBBoLwDajYCACMAQcDyBGojAUEBajYCACMAQcTyBGojAUECajYCACMAQcjyBGojAUEDajYCACMAQczyBGojAUEEajYCACMAQdDyBGojAUEFajYCACMAQdTyBGojAEGwvANqNgIAIAAjAEGJCGo2AgAjAEGE8wRqIwBBvwhqNgIAIwBBiPMEaiMAQQVqNgIAIwBBjPMEaiMANgIAIwBBkPMEaiMAQckDajYCACMAQZTzBGojAEGDCmo2AgAjAEGY8wRqIwBBgQpqNgIAIwBBnPMEaiMAQd8JajYCACMAQaDzBGojAEHGCGo2AgAjAEGk8wRqIwBB8wVqNgIAIwBBqPMEaiMAQccGajYCACMAQazzBGojAEHfAWo2AgAjAEGw8wRqIwBB+glqNgIAIwBBtPMEaiMAQaIIajYCACMAQbjzBGojAEGgCGo2AgAjAEG88wRqIwBBxAhqNgIAIwBBwPMEaiMAQfQJajYCACMAQcTzBGojAEHLCWo2AgAjAEHI8wRqIwBB/glqNgIAIwBBzPMEaiMAQZ4IajYCACMAQdDzBGojAEGyCGo2AgAjAEHU8wRqIwBBsANqNgIAIwBB2PMEaiMAQccEajYCACMAQdzzBGojAEHRBWo2AgAjAEHg8wRqIwBBygJqNgIAIwBB5PMEaiMAQbAIajYCACMAQejzBGojAEH4CWo2AgAjAEHs8wRqIwBBigpqNgIAIwBB8PMEaiMAQf8JajYCACMAQfTzBGojAEHyCWo2AgAjAEH48wRqIwBBiApqNgIAIwBB/PMEaiMAQfwJajYCACMAQYD0BGojAEGzCGo2AgAjAEGE9ARqIwBBtQhqNgIAIwBBiPQEaiMAQcIIajYCACMAQYz0BGojAEG7CGo2AgAjAEGQ9ARqIwBBuAhqNgIAIwBBlPQEaiMAQb4IajYCACMAQZj0BGojAEGFCmo2AgAjAEGc9ARqIwBBAmo2AgAjAEGg9ARqIwBBwQhqNgIAIwBBpPQEaiMAQfYJajYCACMAQaj0BGojAEG0A2o2AgAjAEGs9ARqIwBBoANqNgIAIwBBsPQEaiMAQcIGajYCACMAQbT0BGojAEHCBWo2AgAjAEG49ARqIwBBzgFqNgIAIwBBvPQEaiMAQd8GajYCACMAQcD0BGojAEGeAWo2AgAjAEHE9ARqIwBB7wdqNgIAIwBByPQEaiMAQZUFajYCACMAQcz0BGojAEHHAGo2AgAjAEHQ9ARqIwBBkAdqNgIAIwBB1PQEaiMAQYUBajYCACMAQdj0BGojAEHYB2o2AgAjAEHc9ARqIwBBwQNqNgIAIwBB4PQEaiMAQdMGajYCACMAQeT0BGojAEELajYCACMAQej0BGojAEGXBmo2AgAjAEHs9ARqIwBBrQVqNgIAIwBB8PQEaiMAQfkAajYCACMAQfT0BGojAEG+B2o2AgAjAEH49ARqIwBBvARqNgIAIwBB/PQEaiMAQc8EajYCACMAQYD1BGojAEGJBmo2AgAjAEGE9QRqIwBB8wFqNgIAIwBBiPUEaiMAQdYBajYCACMAQYz1BGojAEHoAWo2AgAjAEGQ9QRqIwBB+AVqNgIAIwBBlPUEaiMAQZcIajYCACMAQZj1BGojAEHNBmo2AgAjAEGc9QRqIwBBtAFqNgIAIwBBoPUEaiMAQYMIajYCACMAQaT1BGojAEG9Amo2AgAjAEGo9QRqIwBB/wFqNgIAIwBBrPUEaiMAQSdqNgIAIwBBsPUEaiMAQfQGajYCACMAQbT1BGojAEGvAmo2AgAjAEG49QRqIwBB2gRqNgIAIwBBvPUEaiMAQSFqNgIAIwBBwPUEaiMAQR1qNgIAIwBBxPUEaiMAQRBqNgIAIwBByPUEaiMAQdMCajYCACMAQcz1BGojAEGWAmo2AgAjAEHQ9QRqIwBBhgJqNgIAIwBB1PUEaiMAQZECajYCACMAQdj1BGojAEHsAmo2AgAjAEHc9QRqIwBBgwNqNgIAIwBB4PUEaiMAQdwCajYCACMAQeT1BGojAEHUA2o2AgAjAEHo9QRqIwBB6wZqNgIAIwBB7PUEaiMAQZIDajYCACMAQfD1BGojAEHmBGo2AgAjAEH09QRqIwBB5ABqNgIAIwBB+PUEaiMAQasHajYCACMAQfz1BGojAEGcAmo2AgAjAEGA9gRqIwBBiQVqNgIAIwBBhPYEaiMAQZsEajYCACMAQYj2BGojAEGEBGo2AgAjAEGM9gRqIwBBlARqNgIAIwBBkPYEaiMAQfUCajYCACMAQZT2BGojAEGhBmo2AgAjAEGY9gRqIwBBsQZqNgIAIwBBnPYEaiMAQcABajYCACMAQaD2BGojAEG4Bmo2AgAjAEGk9gRqIwBB+ARqNgIAIwBBqPYEaiMAQaUEajYCACMAQaz2BGojAEHgBWo2AgAjAEGw9gRqIwBBpwNqNgIAIwBBtPYEaiMAQTRqNgIAIwBBuPYEaiMAQf8GajYCACMAQbz2BGojAEHIBWo2AgAjAEHA9gRqIwBB3gNqNgIAIwBBxPYEaiMAQfADajYCACMAQcj2BGojAEHIB2o2AgAjAEHM9gRqIwBB2QhqNgIAIwBB0PYEaiMAQb0JajYCACMAQdT2BGojAEGPCWo2AgAjAEHY9gRqIwBB+QhqNgIAIwBB3PYEaiMAQeYIajYCACMAQeD2BGojAEGkCWo2AgAjAEHo9gRqIwBBB2o2AgAjAEHs9gRqIwBB9ARqNgIACxcBAX9BAUEMEAAiAEEBQRAQADYCCCAAC58BAQV/AkAgACgCACICQf8ASw0AIAEgAjYAACAAKAIARQRAQQQPC0EEIQMDQCAAKAIIIARBBHRqIgIoAggiBkH/AEsNASAGIANBCGoiBWpB/wdLDQEgASADaiIDIAIoAgA2AAAgAyACKAIINgAEIAEgBWogAigCDCACKAIIEAEaIAIoAgggBWohAyAEQQFqIgQgACgCAEkNAAsgAw8LQQAL1AMBCn8gACgCACIGBEAgACgCCCEDA0AgAyAEQQR0IgVqKAIMIgcEQCAHEAIgACgCACEGIAAoAgghAwsgAyAFakEANgIMIARBAWoiBCAGSQ0ACwsgAEEANgIAAkAgAkUNAAJAIAEoAAAiC0UEQEEEIQQMAQtBBCEEAkADQAJAIARBCGohA0EBQREQACEIIAEgBGoiBCgAACEMAn8gBCgABCIFRQRAQRAhByADDAELQRAhByAFQRFPBEAgCCAFQQFqIgQQAyIIRQ0CIAhBACAEEAQaIAUhBwsgCCABIANqIAUQARogAyAFagshBCAAKAIIIQMgACgCBCIJIAAoAgAiBkYEQCADQRAgCUEBdCIDIANBEE0bQQR0EAMiA0UNAyAAIAM2AgggAEEQIAAoAgAiBkEBdCIJIAlBEE0bNgIECyAAIAZBAWo2AgAgAyAGQQR0aiIDIAg2AgwgAyAFNgIIIAMgBzYCBCADIAw2AgAgCyAKQQFqIgpHDQEMAwsLIwAiAEGkCGogAEGNCGpBrAEgAEHUBWoQBQALIwAiAEGkCGogAEGNCGpBsQEgAEHUBWoQBQALIAIgBEYNACMAIgBBswVqIABBjQhqQbMBIABB1AVqEAUACwv/EQEGfyABKAIAEAYEQANAIAEoAgAhAyABQQEgASgCCBEBACADQQpGIARyIQQgASgCABAGDQALCwJAIAEoAgAiBUUNAAJAAkAgAi0AAEEBRw0AAkAgACgCACIDBEAgBUEiRw0CIAAoAggiBiADQQR0akEQaygCAEECRw0BDAILIAVBIkcNASAAKAIIIQYLQQFBERAAIQICQCADIAAoAgRGBEAgBiADQQV0QYACIANB+P///wdxGxADIgZFDQEgACAGNgIIIABBECAAKAIAIgNBAXQiBCAEQRBNGzYCBAsgACADQQFqNgIAIAYgA0EEdGoiACACNgIMQQAhBCAAQQA2AgggAEKCgICAgAI3AgAgAUEAIAEoAggRAQAMAgsjACIAQaQIaiAAQY0IakH7ASAAQcoEahAFAAsCQCACLQABQQFHDQAgACgCACIDRSAFQSJHcg0AIAAoAggiBiADQQR0aiIIQRBrKAIAQQJHDQAgCEEEaygCACICBEAgAhACIAAoAgghBiAAKAIAIQMLIAYgA0EEdGpBBGtBADYCACAAIANBAWs2AgAgAUEAIAEoAggRAQBBASEEDAELAkAgAi0AA0EBRw0AIAItAAJBAUcNAAJAIAAoAgAiAwRAIAVBJEcNAiAAKAIIIANBBHRqQRBrKAIADQEMAgsgBUEkRw0BCyABQQAgASgCCBEBAEECIQQCQCABKAIAIgJBJEcEQCACQfsARw0DQQFBERAAIQUgACgCCCEEIAAoAgQiAiAAKAIAIgNGBEAgBCACQQV0QYACIAJB+P///wdxGxADIgRFDQIgACAENgIIIABBECAAKAIAIgNBAXQiAiACQRBNGzYCBAsgACADQQFqNgIAIAQgA0EEdGoiACAFNgIMIABBADYCCCAAQoCAgICAAjcCACABQQAgASgCCBEBAEEDIQQMAwsgAUEAIAEoAggRAQAgASgCAEH7AEcNAiABQQAgASgCCBEBAAwCCyMAIgBBpAhqIABBjQhqQYsCIABBygRqEAUACwJAIAItAARBAUcNACAAKAIAIgNFIAVB/QBHcg0AIAAoAggiBiADQQR0aiIIQRBrKAIADQBBBCEEIAhBBGsoAgAiAgRAIAIQAiAAKAIIIQYgACgCACEDCyAGIANBBHRqQQRrQQA2AgAgACADQQFrNgIAIAFBACABKAIIEQEADAELAkAgAi0ABUEBRw0AIAItAAJBAUcNAAJAIAAoAgAiAwRAIAVBJUcNAiAAKAIIIANBBHRqQRBrKAIAQQFHDQEMAgsgBUElRw0BCyABQQAgASgCCBEBAEECIQQCQCABKAIAIgJBJUcEQCACQfsARw0DQQFBERAAIQUgACgCCCEEIAAoAgQiAiAAKAIAIgNGBEAgBCACQQV0QYACIAJB+P///wdxGxADIgRFDQIgACAENgIIIABBECAAKAIAIgNBAXQiAiACQRBNGzYCBAsgACADQQFqNgIAIAQgA0EEdGoiACAFNgIMIABBADYCCCAAQoGAgICAAjcCACABQQAgASgCCBEBAEEFIQQMAwsgAUEAIAEoAggRAQAgASgCAEH7AEcNAiABQQAgASgCCBEBAAwCCyMAIgBBpAhqIABBjQhqQaUCIABBygRqEAUACwJAIAItAAZBAUcNACAAKAIAIgNFIAVB/QBHcg0AIAAoAggiBiADQQR0aiIIQRBrKAIAQQFHDQAgCEEEaygCACICBEAgAhACIAAoAgghBiAAKAIAIQMLIAYgA0EEdGpBBGtBADYCACAAIANBAWs2AgAgAUEAIAEoAggRAQBBBiEEDAELAkACQAJAAkAgAi0AB0EBRw0AAkAgACgCACIDBEAgACgCCCADQQR0aiIDQRBrKAIAQQNGDQELQQFBERAAIQNBACEEQRAhAgNAAkACQCAFEAcNACABKAIAIgVB3wBGDQAgBUEtRw0BCyACIARGBEAgA0EQIARBAXQiAiACQRBNGyICQQFyIgUQAyIDRQ0FIAMgBGpBACAFIARrEAQaCyADIARqIAEoAgA6AAAgAUEAIAEoAggRAQAgBEEBaiEEIAEoAgAhBQwBCwsgACgCCCEFIAAoAgQiBiAAKAIAIgdGBEAgBSAGQQV0QYACIAZB+P///wdxGxADIgVFDQQgACAFNgIIIABBECAAKAIAIgdBAXQiBiAGQRBNGzYCBAsgACAHQQFqNgIAIAUgB0EEdGoiACADNgIMIAAgBDYCCCAAIAI2AgQgAEEDNgIAQQchBAwFCyAEQQFxRQ0AIANBCGsoAgAiAgRAIANBBGsoAgAhA0EAIQQDQCABKAIAIAMgBGosAABHDQUgAUEAIAEoAggRAQAgBEEBaiIEIAJHDQALCyABIAEoAgwRAAACQAJAIAEoAgAQBgRAA0AgASgCAEEKRg0CIAFBACABKAIIEQEAIAEoAgAQBg0ACwsgASgCAEEKRw0BCyAAKAIIIgMgACgCACIEQQR0akEEaygCACICBEAgAhACIAAoAgghAyAAKAIAIQQLIAMgBEEEdGpBBGtBADYCACAAIARBAWs2AgBBByEEDAULIAFBACABKAIIEQEAIAEgASgCDBEAAAwDCyACLQACQQFHDQQgACgCACICRQ0EIAVB3ABHIAAoAgggAkEEdGpBEGsoAgAiAEECR3JFBEBBACEEIAFBACABKAIIEQEAAkACQAJAAkAgASgCACIAQe0ATARAIABBIkYNAiAAQdUARw0BDAQLIABB7gBrDggBCQkJAQkBAgkLIABB3ABHDQgLIAFBACABKAIIEQEADAULA0AgAUEAIAEoAggRAQAgASgCABAIRQ0HIARBAWoiBEEERw0ACyABQQAgASgCCBEBAAwECwNAIAFBACABKAIIEQEAIAEoAgAQCEUNBiAEQQFqIgRBCEcNAAsgAUEAIAEoAggRAQAMAwtBAiEEIABBfnFBAkcNBCABQQAgASgCCBEBAAwDCyMAIgBBpAhqIABBjQhqQbwCIABBygRqEAUACyMAIgBBpAhqIABBjQhqQcICIABBygRqEAUAC0ECIQQLIAEgBDsBBEEBIQcLIAcLZwEFfyAAKAIIIQECQAJAIAAoAgAiAwRAA0AgASACQQR0IgRqKAIMIgUEQCAFEAIgACgCACEDIAAoAgghAQsgASAEakEANgIMIAJBAWoiAiADSQ0ACwwBCyABRQ0BCyABEAILIAAQAgsJACMAQdDxBGoLri0BCX8DQCAAKAIAIQJBAiEGIAAgACgCGBEDACEIQQAhA0EAIQdBACEEAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgAUH//wNxDnQAAQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyAhIiMkJSYnKCkqc3QrdS0uLzAxMjM0NTY3ODk6Ozw9Pj9AQUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVpbXF1eX2BhYmNlZmdoaWprbG1ub3BxcpQBC0EAIQEgCA2aAQNAIAIgAUEBdCIEIwBB8JEEamovAQBGDXcgAUE2SSEEIAFBAmohASAEDQALQfMAIQEgAkEgRiACQQlrQQVJcg2bASACQTBrQQpPDZIBDJkBCwNAIAIgA0EBdCIBIwBB4JIEamovAQBGDXcgA0EySSEBIANBAmohAyABDQALQfMAIQEgAkEgRiACQQlrQQVJcg2aASACQTFrQQlJDZgBIwBB0JMEaiACEBJFDZEBDJcBCwNAIAIgB0EBdCIBIwBBgL4EamovAQBGDXcgB0EkSSEBIAdBAmohByABDQALQfMAIQEgAkEJa0EFSQ2ZASAFIQQgAkEgRw2RAQyZAQsDQCACIARBAXQiASMAQdC+BGpqLwEARg13IARBIEkhASAEQQJqIQQgAQ0AC0HzACEBIAJBIEYgAkEJa0EFSXINmAEgAkExa0EJSQ2WASMAQdCTBGogAhASDZUBDI8BC0GmBSEDAkACQAJAAkAgAkEfTARAIAJBCWtBBUkNAQwECyACQTxKDQFB8gAhASACQSBrDgQAAwObAQILQfMAIQEMmgELIAJBPUcEQCACQfsARw0CQS4hAQyaAQtBLCEBDJkBCyACQS9GDZQBCwNAIwBB0JMEaiIJIANBAXYiBiAEaiIIQQN0aiIKKAIEIQdBPCEBIAIgB0wgAiAKKAIATnENmAEgCCAEIAIgB0obIQQgAyAGayIDQQFLDQALIARBA3QgCWoiAygCACACSg2OASAFIQQgAygCBCACSA2PAQyXAQsgAkEmRw2NAUHpACEBDJYBCyACQSpGDZABIAJBL0cNjAEMjwELIAJBKkYNjQEgAkEvRg1zDIoBCyACQSpGDYwBDIkBCyACQS5HDYkBQdkAIQEMkgELIAJBOkYNjgEMiAELIAJBPEcNhwFB6wAhAQyQAQsgAkE9Rw2GAQyEAQsgAkE9Rw2FAUHnACEBDI4BC0HnACEBIAUhBCACQT1rDgKNAR2FAQsgAkHdAEcNgwFB0wAhAQyMAQsgAkHhAEYEQEEcIQEMjAELIAJB7wBHDYIBQR4hAQyLAQsgAkHkAEcNgQFBFyEBDIoBCyACQeUARw2AAUHvACEBDIkBCyACQeUARw1/QcQAIQEMiAELIAJB5QBHDX5BxgAhAQyHAQsgAkHmAEcNfQx6CyACQeYARg15IAJB7gBHDXxB1wAhAQyFAQtBHSEBIAUhBAJAIAJB5gBrDgSFAX19AH0LQRghAQyEAQsgAkHmAEcNekHwACEBDIMBC0EhIQEgBSEEAkAgAkHsAGsOA4MBewB7C0ERIQEMggELIAJB7ABHDXhByAAhAQyBAQsgAkHsAEcNd0EaIQEMgAELIAJB7ABHDXZBIiEBDH8LIAJB7wBHDXVBHyEBDH4LIAJB8gBHDXRB1QAhAQx9CyACQfIARw1zQe4AIQEMfAsgAkHyAEcNckEkIQEMewsgAkHzAEcNcUESIQEMegsgAkHzAEcNcEEUIQEMeQsgAkH1AEcNb0EbIQEMeAsgAkH1AEcNbkETIQEMdwsgAkH8AEcNbUHqACEBDHYLQSghAQJAIAJBK2sOA3YAdgALIAJBMGtBCk8NbAxoCyACQTBrQQpPDWsMZgsgAkEwa0EKSQ1mDGoLQcMAIQEgAkEwa0EKSSACQcEAa0EaSXINciAFIQQgAkHhAGtBGk8NagxyC0EAIQEgCA1wA0AgAiABQQF0IgQjAEGgvwRqai8BAEYNUiABQSxJIQQgAUECaiEBIAQNAAtB8wAhASACQSBGIAJBCWtBBUlyDXEgAkEwa0EKSQ1iIwBB0JMEaiACEBINbgxoC0EBIQUgAEEBOwEEIAAgACgCDBEAAEHnACEBQQEhBCACQT1rDgJwAGgLQdQAIQEMbwtBAyEGDEcLIABBBDsBBCAAIAAoAgwRAABBASEFIAJBOkYNXSACQe8ARg1OIAJB4QBGDU9BmgYhBwNAIwBBgMAEaiIJIAdBAXYiBiADaiIIQQN0aiIKKAIEIQRBPCEBIAIgBEwgAiAKKAIATnENbiAIIAMgAiAEShshA0EBIQQgByAGayIHQQFLDQALIANBA3QgCWoiAygCACACSg1lIAMoAgQgAkgNZQxtCyAAQQQ7AQQgACAAKAIMEQAAQQEhBSACQTpGDVwgAkHhAEYNTkGaBiEHA0AjAEGAwARqIgkgB0EBdiIGIANqIghBA3RqIgooAgQhBEE8IQEgAiAETCACIAooAgBOcQ1tIAggAyACIARKGyEDQQEhBCAHIAZrIgdBAUsNAAsgA0EDdCAJaiIDKAIAIAJKDWQgAygCBCACSA1kDGwLIABBBDsBBCAAIAAoAgwRAABBASEFIAJBOkYNWyACQeUARg1OQZoGIQcDQCMAQYDABGoiCSAHQQF2IgYgA2oiCEEDdGoiCigCBCEEQTwhASACIARMIAIgCigCAE5xDWwgCCADIAIgBEobIQNBASEEIAcgBmsiB0EBSw0ACyADQQN0IAlqIgMoAgAgAkoNYyADKAIEIAJIDWMMawsgAEEEOwEEIAAgACgCDBEAAEEBIQUgAkE6Rg1aIAJB5QBGDU5BmgYhBwNAIwBBgMAEaiIJIAdBAXYiBiADaiIIQQN0aiIKKAIEIQRBPCEBIAIgBEwgAiAKKAIATnENayAIIAMgAiAEShshA0EBIQQgByAGayIHQQFLDQALIANBA3QgCWoiAygCACACSg1iIAMoAgQgAkgNYgxqCyAAQQQ7AQQgACAAKAIMEQAAQQEhBSACQTpGDVkgAkHsAEYNTkGaBiEHA0AjAEGAwARqIgkgB0EBdiIGIANqIghBA3RqIgooAgQhBEE8IQEgAiAETCACIAooAgBOcQ1qIAggAyACIARKGyEDQQEhBCAHIAZrIgdBAUsNAAsgA0EDdCAJaiIDKAIAIAJKDWEgAygCBCACSA1hDGkLIABBBDsBBCAAIAAoAgwRAABBASEFIAJBOkYNWCACQewARg1OQZoGIQcDQCMAQYDABGoiCSAHQQF2IgYgA2oiCEEDdGoiCigCBCEEQTwhASACIARMIAIgCigCAE5xDWkgCCADIAIgBEobIQNBASEEIAcgBmsiB0EBSw0ACyADQQN0IAlqIgMoAgAgAkoNYCADKAIEIAJIDWAMaAsgAEEEOwEEIAAgACgCDBEAAEEBIQUgAkE6Rg1XIAJB7ABGDU5BmgYhBwNAIwBBgMAEaiIJIAdBAXYiBiADaiIIQQN0aiIKKAIEIQRBPCEBIAIgBEwgAiAKKAIATnENaCAIIAMgAiAEShshA0EBIQQgByAGayIHQQFLDQALIANBA3QgCWoiAygCACACSg1fIAMoAgQgAkgNXwxnCyAAQQQ7AQQgACAAKAIMEQAAQQEhBSACQTpGDVYgAkHyAEYNTkGaBiEHA0AjAEGAwARqIgkgB0EBdiIGIANqIghBA3RqIgooAgQhBEE8IQEgAiAETCACIAooAgBOcQ1nIAggAyACIARKGyEDQQEhBCAHIAZrIgdBAUsNAAsgA0EDdCAJaiIDKAIAIAJKDV4gAygCBCACSA1eDGYLIABBBDsBBCAAIAAoAgwRAABBASEFIAJBOkYNVSACQfIARg1OQZoGIQcDQCMAQYDABGoiCSAHQQF2IgYgA2oiCEEDdGoiCigCBCEEQTwhASACIARMIAIgCigCAE5xDWYgCCADIAIgBEobIQNBASEEIAcgBmsiB0EBSw0ACyADQQN0IAlqIgMoAgAgAkoNXSADKAIEIAJIDV0MZQsgAEEEOwEEIAAgACgCDBEAAEEBIQUgAkE6Rg1UIAJB8wBGDU5BmgYhBwNAIwBBgMAEaiIJIAdBAXYiBiADaiIIQQN0aiIKKAIEIQRBPCEBIAIgBEwgAiAKKAIATnENZSAIIAMgAiAEShshA0EBIQQgByAGayIHQQFLDQALIANBA3QgCWoiAygCACACSg1cIAMoAgQgAkgNXAxkCyAAQQQ7AQQgACAAKAIMEQAAQQEhBSACQTpGDVMgAkH1AEYNTkGaBiEHA0AjAEGAwARqIgkgB0EBdiIGIANqIghBA3RqIgooAgQhBEE8IQEgAiAETCACIAooAgBOcQ1kIAggAyACIARKGyEDQQEhBCAHIAZrIgdBAUsNAAsgA0EDdCAJaiIDKAIAIAJKDVsgAygCBCACSA1bDGMLIABBBDsBBCAAIAAoAgwRAABBASEFIAJBOkYNUiACQfUARg1OQZoGIQcDQCMAQYDABGoiCSAHQQF2IgYgA2oiCEEDdGoiCigCBCEEQTwhASACIARMIAIgCigCAE5xDWMgCCADIAIgBEobIQNBASEEIAcgBmsiB0EBSw0ACyADQQN0IAlqIgMoAgAgAkoNWiADKAIEIAJIDVoMYgsgAEEEOwEEIAAgACgCDBEAACACQTpGDU9BmgYhBwNAQQEhBSMAQYDABGoiCSAHQQF2IgYgA2oiCEEDdGoiCigCBCEEQTwhASACIARMIAIgCigCAE5xDWIgCCADIAIgBEobIQNBASEEIAcgBmsiB0EBSw0ACyADQQN0IAlqIgMoAgAgAkoNWSADKAIEIAJIDVkMYQtBBSEGDDkLQQYhBgw4CyAAQQc7AQQgACAAKAIMEQAAQQEhBSACQS5GDU0gAkH4AEYEQEEpIQEMXwsgAkEwa0EKSQ1cDDgLIABBBzsBBCAAIAAoAgwRAAAgAkEuRgRAQQEhBQxNC0EBIQUgAkEwa0EKSQ1bDDcLIABBBzsBBCAAIAAoAgwRAAAgAkFfcUHFAEYEQEEBIQVBJiEBDF0LQQEhBSACQTBrQQpJDU4MNgsgAEEHOwEEIAAgACgCDBEAAEEBIQUgAkEwa0EKSQ1ODDULIABBCDsBBCAAIAAoAgwRAABBASEFQcMAIQEgAkEwa0EKSSACQcEAa0EaSXINWkEBIQQgAkHhAGtBGk8NUgxaC0EJIQYMMgsgAEEJOwEEIAAgACgCDBEAACACQTpGDUZBmgYhBwNAQQEhBSMAQYDABGoiCSAHQQF2IgYgA2oiCEEDdGoiCigCBCEEQTwhASACIARMIAIgCigCAE5xDVkgCCADIAIgBEobIQNBASEEIAcgBmsiB0EBSw0ACyADQQN0IAlqIgMoAgAgAkoNUCADKAIEIAJIDVAMWAtBCiEGDDALQQohASAAQQo7AQQgACAAKAIMEQAAIAJBOkYNQ0GaBiEHA0BBASEFIwBBgMAEaiIJIAdBAXYiBiADaiIIQQN0aiIKKAIEIQRBPCEBIAIgBEwgAiAKKAIATnENVyAIIAMgAiAEShshA0EBIQQgByAGayIHQQFLDQALIANBA3QgCWoiAygCACACSg1OIAMoAgQgAkgNTgxWC0ELIQYMLgsgAEELOwEEIAAgACgCDBEAACACQTpGDUJBmgYhBwNAQQEhBSMAQYDABGoiCSAHQQF2IgYgA2oiCEEDdGoiCigCBCEEQTwhASACIARMIAIgCigCAE5xDVUgCCADIAIgBEobIQNBASEEIAcgBmsiB0EBSw0ACyADQQN0IAlqIgMoAgAgAkoNTCADKAIEIAJIDUwMVAtBDCEGDCwLQQ0hBgwrCyAAQQ07AQQgACAAKAIMEQAAQQEhBSACQSpHDStBDyEBDFELQQ4hBgwpC0EPIQYMKAsgAEEQOwEEIAAgACgCDBEAAEEBIQUgAkEqRw0oQdIAIQEMTgsgAEEQOwEEIAAgACgCDBEAAEHSACEBQQEhBUEBIQQCQCACQSprDgVORkZGAEYLQQkhAQxNCyAAQRE7AQQgACAAKAIMEQAAQQEhBSACQTBrQQpJDT0MJgtBEiEGDCQLQRMhBgwjC0EUIQYMIgtBFSEGDCELIABBFTsBBCAAIAAoAgwRAAAgAkE6Rg01QZoGIQcDQEEBIQUjAEGAwARqIgkgB0EBdiIGIANqIghBA3RqIgooAgQhBEE8IQEgAiAETCACIAooAgBOcQ1IIAggAyACIARKGyEDQQEhBCAHIAZrIgdBAUsNAAsgA0EDdCAJaiIDKAIAIAJKDT8gAygCBCACSA0/DEcLQRYhBgwfC0EXIQYMHgtBGCEGDB0LQRkhBgwcC0EaIQYMGwtBGyEGDBoLIABBGzsBBCAAIAAoAgwRAABBASEFIAJBPUYNNQwaC0EcIQYMGAsgAEEdOwEEIAAgACgCDBEAAEEBIQUgAkEqRg05IAJBL0YNOAwYC0EeIQYMFgtBHyEGDBULIABBIDsBBCAAIAAoAgwRAABBASEFIAJBPUcNFUHjACEBDDsLQSEhBgwTCyAAQSI7AQQgACAAKAIMEQAAQQEhBUHrACEBQQEhBCACQTxrDgI5ATELIABBIjsBBCAAIAAoAgwRAABBASEFIAJBPUcNEgtB5gAhAQw3C0EjIQYMDwtBJCEGDA4LQSUhBgwNC0EmIQYMDAtBJyEGDAsLIABBKDsBBCAAIAAoAgwRAABBASEFIAJBLUcNC0HsACEBDDELQSkhBgwJC0EqIQYMCAtBKyEGDAcLQSwhBgwGC0EtIQYMBQtBLiEGDAQLIABBLjsBBCAAIAAoAgwRAABBASEFIAJFDQQgAkEKRw0kDAQLQS8hBgwCC0EAIQYMAQtBASEGCyAAIAY7AQQgACAAKAIMEQAAC0EBIQQMHQsjACAEakHykQRqLwEAIQEMJAsjACABakHikgRqLwEAIQEMIwsjACABakGCvgRqLwEAIQEMIgsjACABakHSvgRqLwEAIQEMIQtB8QAhAQwgCyMAIARqQaK/BGovAQAhAQwfC0E3IQEMHgtBNCEBDB0LQcUAIQEMHAtBxwAhAQwbC0E5IQEMGgtByQAhAQwZC0E1IQEMGAtB1gAhAQwXC0E6IQEMFgtBMyEBDBULQTIhAQwUC0E2IQEMEwtBASEFDBILQQEhBQwBC0EnIQEMEAtBCiEBDA8LQdEAIQEMDgtBwQAhAQwNC0HCACEBDAwLQdgAIQEMCwtB6AAhAQwKCyACDQQLIAUhBAsgBEEBcQ8LQQchAQwGC0HyACEBDAULQQghAQwEC0EGIQEMAwtBPCEBDAILQcAAIQEMAQtBKyEBCyAAQQAgACgCCBEBAAwACwALcAEGf0GmBSECA0AgACADIAJBAXYiBWoiBkEDdGoiBygCBCEEIAcoAgAgAUogASAESnJFBEBBAQ8LIAYgAyABIARKGyEDIAIgBWsiAkEBSw0ACyABIAAgA0EDdGoiACgCAE4EfyAAKAIEIAFOBUEACwsL+PYEAQAjAAvw9gR9AHx8AHsAa2V5AGJvZHkAbGVnYWN5X2luZGV4AG5ld19pbmRleABvYmplY3Rfc3RhcnQAdGVtcGxhdGVfZm9yX3N0YXJ0AHRlbXBsYXRlX2ludGVycG9sYXRpb25fc3RhcnQAX2Z1bmN0aW9uX2NhbGxfc3RhcnQAYmxvY2tfc3RhcnQAdGVtcGxhdGVfZGlyZWN0aXZlX3N0YXJ0AHF1b3RlZF90ZW1wbGF0ZV9zdGFydAB0dXBsZV9zdGFydABoZXJlZG9jX3N0YXJ0AGNvbW1lbnQAYm9vbF9saXQAbnVsbF9saXQAc3RyaW5nX2xpdABudW1lcmljX2xpdABvYmplY3QAYXR0cl9zcGxhdABmdWxsX3NwbGF0AGZ1bmN0aW9uX2FyZ3VtZW50cwBfb2JqZWN0X2VsZW1zAF90dXBsZV9lbGVtcwBlbGxpcHNpcwBnZXRfYXR0cgBmb3Jfb2JqZWN0X2V4cHIAZm9yX2V4cHIAdGVtcGxhdGVfZXhwcgBmb3JfdHVwbGVfZXhwcgB2YXJpYWJsZV9leHByAGVuZGZvcgB0ZW1wbGF0ZV9mb3IAc3RyaXBfbWFya2VyAGhlcmVkb2NfaWRlbnRpZmllcgBmb3JfaW50cm8AdGVtcGxhdGVfaWZfaW50cm8AdGVtcGxhdGVfZWxzZV9pbnRybwB1bmFyeV9vcGVyYXRpb24AYmluYXJ5X29wZXJhdGlvbgB0ZW1wbGF0ZV9pbnRlcnBvbGF0aW9uAGV4cHJlc3Npb24AaW4Ac2NhbgBfZXhwcl90ZXJtAG9iamVjdF9lbGVtAGZ1bmN0aW9uX2NhbGwAdmFsAHRlbXBsYXRlX2xpdGVyYWwAY29uZGl0aW9uYWwAX3RlbXBsYXRlX2xpdGVyYWxfY2h1bmsAYmxvY2sAc2l6ZSA9PSBsZW5ndGgAZW5kaWYAdGVtcGxhdGVfaWYAZGVzZXJpYWxpemUAdGVtcGxhdGVfZGlyZWN0aXZlAHRydWUAY29sbGVjdGlvbl92YWx1ZQBsaXRlcmFsX3ZhbHVlAGF0dHJpYnV0ZQBxdW90ZWRfdGVtcGxhdGUAaGVyZWRvY190ZW1wbGF0ZQBlbHNlAGZhbHNlAHR1cGxlAGNvbmZpZ19maWxlAF93aGl0ZXNwYWNlAGZvcl9jb25kAG9iamVjdF9lbmQAdGVtcGxhdGVfZm9yX2VuZAB0ZW1wbGF0ZV9pbnRlcnBvbGF0aW9uX2VuZABfZnVuY3Rpb25fY2FsbF9lbmQAYmxvY2tfZW5kAHRlbXBsYXRlX2lmX2VuZAB0ZW1wbGF0ZV9kaXJlY3RpdmVfZW5kAHF1b3RlZF90ZW1wbGF0ZV9lbmQAdHVwbGVfZW5kAHNjYW5uZXIuYwBfY29tbWEAWypdAFsAdG1wICE9IE5VTEwAPwA9PgA+PQA9PQA8PQAhPQA8PAA6AG51bWVyaWNfbGl0X3Rva2VuMgBib2R5X3JlcGVhdDEAYXR0cl9zcGxhdF9yZXBlYXQxAF9vYmplY3RfZWxlbXNfcmVwZWF0MQBfdHVwbGVfZWxlbXNfcmVwZWF0MQB0ZW1wbGF0ZV9saXRlcmFsX3JlcGVhdDEAYmxvY2tfcmVwZWF0MQBsZWdhY3lfaW5kZXhfdG9rZW4xAG51bWVyaWNfbGl0X3Rva2VuMQAvAC4APDwtACwAKwAuKgApACgAJiYAJQAhAAAAAAAeAAsAAQACAA0AAQADAA8AAQAEABEAAQAFABMAAQAHABUAAQAIABkAAQALABsAAQANAB0AAQAVACEAAQAoACMAAQApACUAAQAwAAYAAQBLAAcAAQBOAA4AAQBHAFYAAQBZAJQAAQBMAJMBAQBgABACAQA+ADcCAQBNAIkCAQBnAAMAAgAuAC8AFwACAAkACgAfAAIAGgAbAMgAAgBGAEoA0QACAFcAWADSAAIAYgBjANMAAgBlAGYAxgADAEEAQgBDAIYACAA/AEAARABWAFsAXABhAGQAHgALAAEAAgAPAAEABAARAAEABQATAAEABwAVAAEACAAZAAEACwAbAAEADQAdAAEAFQAhAAEAKAAjAAEAKQAlAAEAMAAnAAEAAwAGAAEASwAHAAEATgAOAAEARwBXAAEAWQD/AAEATACTAQEAYAAQAgEAPgBlAgEATQCJAgEAZwADAAIALgAvABcAAgAJAAoAHwACABoAGwDIAAIARgBKANEAAgBXAFgA0gACAGIAYwDTAAIAZQBmAMYAAwBBAEIAQwCGAAgAPwBAAEQAVgBbAFwAYQBkAB4ACwABAAIADwABAAQAEQABAAUAEwABAAcAFQABAAgAGQABAAsAGwABAA0AHQABABUAIQABACgAIwABACkAJQABADAAKQABAAMABgABAEsABwABAE4ADgABAEcAVQABAFkAHQEBAEwAkwEBAGAAEAIBAD4AOgIBAE0AiQIBAGcAAwACAC4ALwAXAAIACQAKAB8AAgAaABsAyAACAEYASgDRAAIAVwBYANIAAgBiAGMA0wACAGUAZgDGAAMAQQBCAEMAhgAIAD8AQABEAFYAWwBcAGEAZAAeAAsAAQACAA8AAQAEABEAAQAFABMAAQAHABUAAQAIABkAAQALABsAAQANAB0AAQAVACEAAQAoACMAAQApACUAAQAwACsAAQADAAYAAQBLAAcAAQBOAA4AAQBHAEgAAQBZAC4BAQBMAJMBAQBgABACAQA+AEcCAQBNAIkCAQBnAAMAAgAuAC8AFwACAAkACgAfAAIAGgAbAMgAAgBGAEoA0QACAFcAWADSAAIAYgBjANMAAgBlAGYAxgADAEEAQgBDAIYACAA/AEAARABWAFsAXABhAGQAHgALAAEAAgAPAAEABAARAAEABQATAAEABwAVAAEACAAZAAEACwAbAAEADQAdAAEAFQAhAAEAKAAjAAEAKQAlAAEAMAAtAAEAAwAGAAEASwAHAAEATgAOAAEARwA2AAEAWQDKAAEATACTAQEAYAAQAgEAPgBDAgEATQCJAgEAZwADAAIALgAvABcAAgAJAAoAHwACABoAGwDIAAIARgBKANEAAgBXAFgA0gACAGIAYwDTAAIAZQBmAMYAAwBBAEIAQwCGAAgAPwBAAEQAVgBbAFwAYQBkABwACwABAAIADwABAAQAEQABAAUAEwABAAcAFQABAAgAGQABAAsAGwABAA0AIQABACgAIwABACkAJQABADAALwABAAMAMQABAAwABgABAEsADgABAEcAGAABAEUAkwEBAGAAEAIBAD4AiQIBAGcAAwACAC4ALwAXAAIACQAKAB8AAgAaABsACAACAE4AdgDIAAIARgBKANEAAgBXAFgA0gACAGIAYwDTAAIAZQBmAMYAAwBBAEIAQwCGAAgAPwBAAEQAVgBbAFwAYQBkABwACwABAAIADwABAAQAEQABAAUAEwABAAcAFQABAAgAGQABAAsAGwABAA0AIQABACgAIwABACkAJQABADAAMwABAAMANQABAAwABgABAEsADgABAEcAFgABAEUAkwEBAGAAEAIBAD4AiQIBAGcAAwACAC4ALwAXAAIACQAKAB8AAgAaABsACQACAE4AdgDIAAIARgBKANEAAgBXAFgA0gACAGIAYwDTAAIAZQBmAMYAAwBBAEIAQwCGAAgAPwBAAEQAVgBbAFwAYQBkABwANwABAAIAOgABAAMAPAABAAQAPwABAAUAQgABAAcARQABAAgASwABAAsATgABAAwAUQABAA0AVwABACgAWgABACkAXQABADAABgABAEsADgABAEcAJAABAEUAkwEBAGAAEAIBAD4AiQIBAGcAAwACAC4ALwBIAAIACQAKAFQAAgAaABsACQACAE4AdgDIAAIARgBKANEAAgBXAFgA0gACAGIAYwDTAAIAZQBmAMYAAwBBAEIAQwCGAAgAPwBAAEQAVgBbAFwAYQBkAB0ACwABAAIADwABAAQAEQABAAUAEwABAAcAFQABAAgAGQABAAsAGwABAA0AHQABABUAIQABACgAIwABACkAJQABADAAYAABAA4ABgABAEsADgABAEcAPAABAFkARwEBAEgAkwEBAGAAsAEBAD4AQgIBAEkAiQIBAGcAAwACAC4ALwAXAAIACQAKAB8AAgAaABsAyAACAEYASgDRAAIAVwBYANIAAgBiAGMA0wACAGUAZgDGAAMAQQBCAEMAhgAIAD8AQABEAFYAWwBcAGEAZAAdAAsAAQACAA8AAQAEABEAAQAFABMAAQAHABUAAQAIABkAAQALABsAAQANAB0AAQAVACEAAQAoACMAAQApACUAAQAwAGIAAQAOAAYAAQBLAA4AAQBHAD8AAQBZAI8AAQBIAJMBAQBgALABAQA+AHMCAQBJAIkCAQBnAAMAAgAuAC8AFwACAAkACgAfAAIAGgAbAMgAAgBGAEoA0QACAFcAWADSAAIAYgBjANMAAgBlAGYAxgADAEEAQgBDAIYACAA/AEAARABWAFsAXABhAGQAHQALAAEAAgAPAAEABAARAAEABQATAAEABwAVAAEACAAZAAEACwAbAAEADQAdAAEAFQAhAAEAKAAjAAEAKQAlAAEAMABkAAEADgAGAAEASwAOAAEARwBDAAEAWQAJAQEASACTAQEAYACwAQEAPgAsAgEASQCJAgEAZwADAAIALgAvABcAAgAJAAoAHwACABoAGwDIAAIARgBKANEAAgBXAFgA0gACAGIAYwDTAAIAZQBmAMYAAwBBAEIAQwCGAAgAPwBAAEQAVgBbAFwAYQBkAB0ACwABAAIADwABAAQAEQABAAUAEwABAAcAFQABAAgAGQABAAsAGwABAA0AHQABABUAIQABACgAIwABACkAJQABADAAZgABAA4ABgABAEsADgABAEcARwABAFkAGgEBAEgAkwEBAGAAsAEBAD4AbAIBAEkAiQIBAGcAAwACAC4ALwAXAAIACQAKAB8AAgAaABsAyAACAEYASgDRAAIAVwBYANIAAgBiAGMA0wACAGUAZgDGAAMAQQBCAEMAhgAIAD8AQABEAFYAWwBcAGEAZAAdAAsAAQACAA8AAQAEABEAAQAFABMAAQAHABUAAQAIABkAAQALABsAAQANAB0AAQAVACEAAQAoACMAAQApACUAAQAwAGgAAQAOAAYAAQBLAA4AAQBHADUAAQBZALwAAQBIAJMBAQBgALABAQA+AFMCAQBJAIkCAQBnAAMAAgAuAC8AFwACAAkACgAfAAIAGgAbAMgAAgBGAEoA0QACAFcAWADSAAIAYgBjANMAAgBlAGYAxgADAEEAQgBDAIYACAA/AEAARABWAFsAXABhAGQAHAALAAEAAgAPAAEABAARAAEABQATAAEABwAVAAEACAAZAAEACwAbAAEADQAhAAEAKAAjAAEAKQAlAAEAMAAtAAEAAwAGAAEASwAHAAEATgAOAAEARwDKAAEATACTAQEAYAAQAgEAPgBDAgEATQCJAgEAZwADAAIALgAvABcAAgAJAAoAHwACABoAGwDIAAIARgBKANEAAgBXAFgA0gACAGIAYwDTAAIAZQBmAMYAAwBBAEIAQwCGAAgAPwBAAEQAVgBbAFwAYQBkABsACwABAAIADwABAAQAEQABAAUAEwABAAcAFQABAAgAGQABAAsAGwABAA0AIQABACgAIwABACkAJQABADAAagABAAYABgABAEsADgABAEcAzQABAF4AkwEBAGAAmgEBAD4AUgIBAF8AiQIBAGcAAwACAC4ALwAXAAIACQAKAB8AAgAaABsAyAACAEYASgDRAAIAVwBYANIAAgBiAGMA0wACAGUAZgDGAAMAQQBCAEMAhgAIAD8AQABEAFYAWwBcAGEAZAAbAAsAAQACAA8AAQAEABEAAQAFABMAAQAHABUAAQAIABkAAQALABsAAQANACEAAQAoACMAAQApACUAAQAwAGwAAQAGAAYAAQBLAA4AAQBHAEsBAQBeAJMBAQBgAJoBAQA+AGMCAQBfAIkCAQBnAAMAAgAuAC8AFwACAAkACgAfAAIAGgAbAMgAAgBGAEoA0QACAFcAWADSAAIAYgBjANMAAgBlAGYAxgADAEEAQgBDAIYACAA/AEAARABWAFsAXABhAGQAGwALAAEAAgAPAAEABAARAAEABQATAAEABwAVAAEACAAZAAEACwAbAAEADQAhAAEAKAAjAAEAKQAlAAEAMABuAAEABgAGAAEASwAOAAEARwAMAQEAXgCTAQEAYACaAQEAPgBiAgEAXwCJAgEAZwADAAIALgAvABcAAgAJAAoAHwACABoAGwDIAAIARgBKANEAAgBXAFgA0gACAGIAYwDTAAIAZQBmAMYAAwBBAEIAQwCGAAgAPwBAAEQAVgBbAFwAYQBkABsACwABAAIADwABAAQAEQABAAUAEwABAAcAFQABAAgAGQABAAsAGwABAA0AIQABACgAIwABACkAJQABADAAcAABAAYABgABAEsADgABAEcAnwABAF4AkwEBAGAAmgEBAD4AVAIBAF8AiQIBAGcAAwACAC4ALwAXAAIACQAKAB8AAgAaABsAyAACAEYASgDRAAIAVwBYANIAAgBiAGMA0wACAGUAZgDGAAMAQQBCAEMAhgAIAD8AQABEAFYAWwBcAGEAZAAbAAsAAQACAA8AAQAEABEAAQAFABMAAQAHABUAAQAIABkAAQALABsAAQANACEAAQAoACMAAQApACUAAQAwAHIAAQAGAAYAAQBLAA4AAQBHAD4BAQBeAJMBAQBgAJoBAQA+AG0CAQBfAIkCAQBnAAMAAgAuAC8AFwACAAkACgAfAAIAGgAbAMgAAgBGAEoA0QACAFcAWADSAAIAYgBjANMAAgBlAGYAxgADAEEAQgBDAIYACAA/AEAARABWAFsAXABhAGQAGgALAAEAAgAbAAEADQAhAAEAKAAjAAEAKQB0AAEABAB2AAEABQB4AAEABwB6AAEACAB+AAEACwCCAAEAKgCEAAEAMACGAAEANAAEAAEASwAKAAEARwDxAQEAYAASAgEAPgCGAgEAZwADAAIALgAvAHwAAgAJAAoAgAACABoAGwAbAQIARgBKADMBAgBXAFgAOgECAGIAYwA7AQIAZQBmADgBAwBBAEIAQwDdAAgAPwBAAEQAVgBbAFwAYQBkABoACwABAAIADwABAAQAEQABAAUAEwABAAcAFQABAAgAGQABAAsAGwABAA0AIQABACgAIwABACkAJQABADAAiAABAAMABgABAEsADgABAEcAXwEBAE4AkwEBAGAAEAIBAD4AiQIBAGcAAwACAC4ALwAXAAIACQAKAB8AAgAaABsAyAACAEYASgDRAAIAVwBYANIAAgBiAGMA0wACAGUAZgDGAAMAQQBCAEMAhgAIAD8AQABEAFYAWwBcAGEAZAAaAAsAAQACABsAAQANACEAAQAoACMAAQApAHQAAQAEAHYAAQAFAHgAAQAHAHoAAQAIAH4AAQALAIQAAQAwAIoAAQAqAIwAAQA0AAQAAQBLAAoAAQBHAPEBAQBgAAQCAQA+AIYCAQBnAAMAAgAuAC8AfAACAAkACgCAAAIAGgAbABsBAgBGAEoAMwECAFcAWAA6AQIAYgBjADsBAgBlAGYAOAEDAEEAQgBDAN0ACAA/AEAARABWAFsAXABhAGQAGgALAAEAAgAPAAEABAARAAEABQATAAEABwAVAAEACAAZAAEACwAbAAEADQAhAAEAKAAjAAEAKQAlAAEAMAAzAAEAAwAGAAEASwAOAAEARwBfAQEATgCTAQEAYAAQAgEAPgCJAgEAZwADAAIALgAvABcAAgAJAAoAHwACABoAGwDIAAIARgBKANEAAgBXAFgA0gACAGIAYwDTAAIAZQBmAMYAAwBBAEIAQwCGAAgAPwBAAEQAVgBbAFwAYQBkABoACwABAAIAGwABAA0AIQABACgAIwABACkAdAABAAQAdgABAAUAeAABAAcAegABAAgAfgABAAsAhAABADAAjgABACoAkAABADQABAABAEsACgABAEcA8QEBAGAABwIBAD4AhgIBAGcAAwACAC4ALwB8AAIACQAKAIAAAgAaABsAGwECAEYASgAzAQIAVwBYADoBAgBiAGMAOwECAGUAZgA4AQMAQQBCAEMA3QAIAD8AQABEAFYAWwBcAGEAZAAaAAsAAQACABsAAQANACEAAQAoACMAAQApAHQAAQAEAHYAAQAFAHgAAQAHAHoAAQAIAH4AAQALAIQAAQAwAJIAAQAqAJQAAQA0AAQAAQBLAAoAAQBHAPEBAQBgABYCAQA+AIYCAQBnAAMAAgAuAC8AfAACAAkACgCAAAIAGgAbABsBAgBGAEoAMwECAFcAWAA6AQIAYgBjADsBAgBlAGYAOAEDAEEAQgBDAN0ACAA/AEAARABWAFsAXABhAGQAGgALAAEAAgAbAAEADQAhAAEAKAAjAAEAKQB0AAEABAB2AAEABQB4AAEABwB6AAEACAB+AAEACwCEAAEAMACWAAEAKgCYAAEANAAEAAEASwAKAAEARwDxAQEAYAAPAgEAPgCGAgEAZwADAAIALgAvAHwAAgAJAAoAgAACABoAGwAbAQIARgBKADMBAgBXAFgAOgECAGIAYwA7AQIAZQBmADgBAwBBAEIAQwDdAAgAPwBAAEQAVgBbAFwAYQBkABoACwABAAIAGwABAA0AIQABACgAIwABACkAdAABAAQAdgABAAUAeAABAAcAegABAAgAfgABAAsAhAABADAAmgABACoAnAABADQABAABAEsACgABAEcA8QEBAGAAJAIBAD4AhgIBAGcAAwACAC4ALwB8AAIACQAKAIAAAgAaABsAGwECAEYASgAzAQIAVwBYADoBAgBiAGMAOwECAGUAZgA4AQMAQQBCAEMA3QAIAD8AQABEAFYAWwBcAGEAZAAKAKIAAQANAKQAAQAQAKYAAQASAKgAAQATAAMAAgAuAC8AmgACAFAAUQCbAAIAVABVAJkAAwBPAFIAUwCgAAoABAAHAAkACgALABsAHQAgACIAKACeABIAMAACAAMABQAIAAwAGQAaABwAHgAfACEAIwAkACUAJgAnACkADQCiAAEADQCkAAEAEACmAAEAEgCoAAEAEwCuAAEAHQADAAIALgAvAKoAAgAaAB8ArAACABwAHgCaAAIAUABRAJsAAgBUAFUAmQADAE8AUgBTAKAACQAEAAcACQAKAAsAGwAgACIAKACeAA4AMAACAAMABQAIAAwAGQAhACMAJAAlACYAJwApABAAogABAA0ApAABABAApgABABIAqAABABMArgABAB0AAwACAC4ALwCqAAIAGgAfAKwAAgAcAB4AsAACACAAIgCyAAIAIQAjALQAAgAkACUAmgACAFAAUQCbAAIAVABVAJkAAwBPAFIAUwCgAAcABAAHAAkACgALABsAKACeAAoAMAACAAMABQAIAAwAGQAmACcAKQAPAKIAAQANAKQAAQAQAKYAAQASAKgAAQATAK4AAQAdAAMAAgAuAC8AqgACABoAHwCsAAIAHAAeALAAAgAgACIAsgACACEAIwCaAAIAUABRAJsAAgBUAFUAmQADAE8AUgBTAKAABwAEAAcACQAKAAsAGwAoAJ4ADAAwAAIAAwAFAAgADAAZACQAJQAmACcAKQAZAAsAAQACAA8AAQAEABEAAQAFABMAAQAHABUAAQAIABkAAQALABsAAQANACEAAQAoACMAAQApACUAAQAwALYAAQAGAAYAAQBLAA4AAQBHAJMBAQBgALEBAQA+AIkCAQBnAAMAAgAuAC8AFwACAAkACgAfAAIAGgAbAMgAAgBGAEoA0QACAFcAWADSAAIAYgBjANMAAgBlAGYAxgADAEEAQgBDAIYACAA/AEAARABWAFsAXABhAGQAEQCiAAEADQCkAAEAEACmAAEAEgCoAAEAEwCuAAEAHQC4AAEAJgADAAIALgAvAKoAAgAaAB8ArAACABwAHgCwAAIAIAAiALIAAgAhACMAtAACACQAJQCaAAIAUABRAJsAAgBUAFUAmQADAE8AUgBTAKAABwAEAAcACQAKAAsAGwAoAJ4ACQAwAAIAAwAFAAgADAAZACcAKQAZAAsAAQACAA8AAQAEABEAAQAFABMAAQAHABUAAQAIABkAAQALABsAAQANACEAAQAoACMAAQApACUAAQAwALoAAQAOAAYAAQBLAA4AAQBHAJMBAQBgALEBAQA+AIkCAQBnAAMAAgAuAC8AFwACAAkACgAfAAIAGgAbAMgAAgBGAEoA0QACAFcAWADSAAIAYgBjANMAAgBlAGYAxgADAEEAQgBDAIYACAA/AEAARABWAFsAXABhAGQAGQALAAEAAgAPAAEABAARAAEABQATAAEABwAVAAEACAAZAAEACwAbAAEADQAhAAEAKAAjAAEAKQAlAAEAMAAGAAEASwAOAAEARwBfAQEATgCTAQEAYAAQAgEAPgCJAgEAZwADAAIALgAvABcAAgAJAAoAHwACABoAGwDIAAIARgBKANEAAgBXAFgA0gACAGIAYwDTAAIAZQBmAMYAAwBBAEIAQwCGAAgAPwBAAEQAVgBbAFwAYQBkABkACwABAAIADwABAAQAEQABAAUAEwABAAcAFQABAAgAGQABAAsAGwABAA0AIQABACgAIwABACkAJQABADAAvAABAAYABgABAEsADgABAEcAkwEBAGAAsQEBAD4AiQIBAGcAAwACAC4ALwAXAAIACQAKAB8AAgAaABsAyAACAEYASgDRAAIAVwBYANIAAgBiAGMA0wACAGUAZgDGAAMAQQBCAEMAhgAIAD8AQABEAFYAWwBcAGEAZAASAKIAAQANAKQAAQAQAKYAAQASAKgAAQATAK4AAQAdALgAAQAmAMIAAQAnAAMAAgAuAC8AqgACABoAHwCsAAIAHAAeALAAAgAgACIAsgACACEAIwC0AAIAJAAlAJoAAgBQAFEAmwACAFQAVQCZAAMATwBSAFMAwAAHAAQABwAJAAoACwAbACgAvgAIADAAAgADAAUACAAMABkAKQAKAKIAAQANAKQAAQAQAKYAAQASAKgAAQATAAMAAgAuAC8AmgACAFAAUQCbAAIAVABVAJkAAwBPAFIAUwDGAAoABAAHAAkACgALABsAHQAgACIAKADEABIAMAACAAMABQAIAAwAGQAaABwAHgAfACEAIwAkACUAJgAnACkAGQALAAEAAgAPAAEABAARAAEABQATAAEABwAVAAEACAAZAAEACwAbAAEADQAhAAEAKAAjAAEAKQAlAAEAMADIAAEADgAGAAEASwAOAAEARwCTAQEAYACxAQEAPgCJAgEAZwADAAIALgAvABcAAgAJAAoAHwACABoAGwDIAAIARgBKANEAAgBXAFgA0gACAGIAYwDTAAIAZQBmAMYAAwBBAEIAQwCGAAgAPwBAAEQAVgBbAFwAYQBkAAwAogABAA0ApAABABAApgABABIAqAABABMArgABAB0AAwACAC4ALwCsAAIAHAAeAJoAAgBQAFEAmwACAFQAVQCZAAMATwBSAFMAoAAJAAQABwAJAAoACwAbACAAIgAoAJ4AEAAwAAIAAwAFAAgADAAZABoAHwAhACMAJAAlACYAJwApABgACwABAAIAGwABAA0AIQABACgAIwABACkAygABAAQAzAABAAUAzgABAAcA0AABAAgA1AABAAsA2AABADAAAwABAEsADAABAEcAoAEBAD4AqwEBAGAAmAIBAGcAAwACAC4ALwDSAAIACQAKANYAAgAaABsA/gACAEYASgAAAQIAVwBYAAEBAgBiAGMAAgECAGUAZgD9AAMAQQBCAEMAtgAIAD8AQABEAFYAWwBcAGEAZAAYAAsAAQACAA8AAQAEABEAAQAFABMAAQAHABUAAQAIABkAAQALABsAAQANACEAAQAoACMAAQApACUAAQAwAAYAAQBLAA4AAQBHAJMBAQBgADsCAQA+AIkCAQBnAAMAAgAuAC8AFwACAAkACgAfAAIAGgAbAMgAAgBGAEoA0QACAFcAWADSAAIAYgBjANMAAgBlAGYAxgADAEEAQgBDAIYACAA/AEAARABWAFsAXABhAGQAGAALAAEAAgAPAAEABAARAAEABQATAAEABwAVAAEACAAZAAEACwAbAAEADQAhAAEAKAAjAAEAKQAlAAEAMAAGAAEASwAOAAEARwCTAQEAYAD1AQEAPgCJAgEAZwADAAIALgAvABcAAgAJAAoAHwACABoAGwDIAAIARgBKANEAAgBXAFgA0gACAGIAYwDTAAIAZQBmAMYAAwBBAEIAQwCGAAgAPwBAAEQAVgBbAFwAYQBkABgACwABAAIAGwABAA0AIQABACgAIwABACkAygABAAQAzAABAAUAzgABAAcA0AABAAgA1AABAAsA2AABADAAAwABAEsADAABAEcAmwEBAD4AqwEBAGAAmAIBAGcAAwACAC4ALwDSAAIACQAKANYAAgAaABsA/gACAEYASgAAAQIAVwBYAAEBAgBiAGMAAgECAGUAZgD9AAMAQQBCAEMAtgAIAD8AQABEAFYAWwBcAGEAZAAYAAsAAQACABsAAQANACEAAQAoACMAAQApANoAAQAEANwAAQAFAN4AAQAHAOAAAQAIAOQAAQALAOgAAQAwAAUAAQBLAA0AAQBHAA0CAQA+AA4CAQBgAHgCAQBnAAMAAgAuAC8A4gACAAkACgDmAAIAGgAbACABAgBlAGYAMAECAGIAYwBJAQIARgBKAFEBAgBXAFgAQQEDAEEAQgBDAOgACAA/AEAARABWAFsAXABhAGQAGAALAAEAAgAPAAEABAARAAEABQATAAEABwAVAAEACAAZAAEACwAbAAEADQAhAAEAKAAjAAEAKQAlAAEAMAAGAAEASwAOAAEARwCTAQEAYACxAQEAPgCJAgEAZwADAAIALgAvABcAAgAJAAoAHwACABoAGwDIAAIARgBKANEAAgBXAFgA0gACAGIAYwDTAAIAZQBmAMYAAwBBAEIAQwCGAAgAPwBAAEQAVgBbAFwAYQBkABgACwABAAIAGwABAA0AIQABACgAIwABACkA2gABAAQA3AABAAUA3gABAAcA4AABAAgA5AABAAsA6AABADAABQABAEsADQABAEcA/AEBAD4ADgIBAGAAeAIBAGcAAwACAC4ALwDiAAIACQAKAOYAAgAaABsAIAECAGUAZgAwAQIAYgBjAEkBAgBGAEoAUQECAFcAWABBAQMAQQBCAEMA6AAIAD8AQABEAFYAWwBcAGEAZAAYAAsAAQACAA8AAQAEABEAAQAFABMAAQAHABUAAQAIABkAAQALABsAAQANACEAAQAoACMAAQApACUAAQAwAAYAAQBLAA4AAQBHAJMBAQBgADYCAQA+AIkCAQBnAAMAAgAuAC8AFwACAAkACgAfAAIAGgAbAMgAAgBGAEoA0QACAFcAWADSAAIAYgBjANMAAgBlAGYAxgADAEEAQgBDAIYACAA/AEAARABWAFsAXABhAGQAGAALAAEAAgAbAAEADQAhAAEAKAAjAAEAKQDaAAEABADcAAEABQDeAAEABwDgAAEACADkAAEACwDoAAEAMAAFAAEASwANAAEARwAOAgEAYAAYAgEAPgB4AgEAZwADAAIALgAvAOIAAgAJAAoA5gACABoAGwAgAQIAZQBmADABAgBiAGMASQECAEYASgBRAQIAVwBYAEEBAwBBAEIAQwDoAAgAPwBAAEQAVgBbAFwAYQBkABgACwABAAIAGwABAA0AIQABACgAIwABACkA2gABAAQA3AABAAUA3gABAAcA4AABAAgA5AABAAsA6AABADAABQABAEsADQABAEcAAwIBAD4ADgIBAGAAeAIBAGcAAwACAC4ALwDiAAIACQAKAOYAAgAaABsAIAECAGUAZgAwAQIAYgBjAEkBAgBGAEoAUQECAFcAWABBAQMAQQBCAEMA6AAIAD8AQABEAFYAWwBcAGEAZAAYAAsAAQACABsAAQANACEAAQAoACMAAQApAHQAAQAEAHYAAQAFAHgAAQAHAHoAAQAIAH4AAQALAIQAAQAwAAQAAQBLAAoAAQBHAPEBAQBgAPcBAQA+AIYCAQBnAAMAAgAuAC8AfAACAAkACgCAAAIAGgAbABsBAgBGAEoAMwECAFcAWAA6AQIAYgBjADsBAgBlAGYAOAEDAEEAQgBDAN0ACAA/AEAARABWAFsAXABhAGQAGAALAAEAAgAbAAEADQAhAAEAKAAjAAEAKQDKAAEABADMAAEABQDOAAEABwDQAAEACADUAAEACwDYAAEAMAADAAEASwAMAAEARwCoAQEAPgCrAQEAYACYAgEAZwADAAIALgAvANIAAgAJAAoA1gACABoAGwD+AAIARgBKAAABAgBXAFgAAQECAGIAYwACAQIAZQBmAP0AAwBBAEIAQwC2AAgAPwBAAEQAVgBbAFwAYQBkABgACwABAAIADwABAAQAEQABAAUAEwABAAcAFQABAAgAGQABAAsAGwABAA0AIQABACgAIwABACkAJQABADAABgABAEsADgABAEcAkwEBAGAAOQIBAD4AiQIBAGcAAwACAC4ALwAXAAIACQAKAB8AAgAaABsAyAACAEYASgDRAAIAVwBYANIAAgBiAGMA0wACAGUAZgDGAAMAQQBCAEMAhgAIAD8AQABEAFYAWwBcAGEAZAAYAAsAAQACAA8AAQAEABEAAQAFABMAAQAHABUAAQAIABkAAQALABsAAQANACEAAQAoACMAAQApACUAAQAwAAYAAQBLAA4AAQBHAJMBAQBgAFUCAQA+AIkCAQBnAAMAAgAuAC8AFwACAAkACgAfAAIAGgAbAMgAAgBGAEoA0QACAFcAWADSAAIAYgBjANMAAgBlAGYAxgADAEEAQgBDAIYACAA/AEAARABWAFsAXABhAGQAGAALAAEAAgAbAAEADQAhAAEAKAAjAAEAKQDqAAEABADsAAEABQDuAAEABwDwAAEACAD0AAEACwD4AAEAMAACAAEASwALAAEARwBbAQEAYABcAQEAPgCPAgEAZwADAAIALgAvAPIAAgAJAAoA9gACABoAGwCTAAIARgBKAJUAAgBXAFgAlgACAGIAYwCXAAIAZQBmAJIAAwBBAEIAQwAmAAgAPwBAAEQAVgBbAFwAYQBkABgACwABAAIAGwABAA0AIQABACgAIwABACkA2gABAAQA3AABAAUA3gABAAcA4AABAAgA5AABAAsA6AABADAABQABAEsADQABAEcADgIBAGAAJgIBAD4AeAIBAGcAAwACAC4ALwDiAAIACQAKAOYAAgAaABsAIAECAGUAZgAwAQIAYgBjAEkBAgBGAEoAUQECAFcAWABBAQMAQQBCAEMA6AAIAD8AQABEAFYAWwBcAGEAZAAYAAsAAQACABsAAQANACEAAQAoACMAAQApAMoAAQAEAMwAAQAFAM4AAQAHANAAAQAIANQAAQALANgAAQAwAAMAAQBLAAwAAQBHAKsBAQBgAK4BAQA+AJgCAQBnAAMAAgAuAC8A0gACAAkACgDWAAIAGgAbAP4AAgBGAEoAAAECAFcAWAABAQIAYgBjAAIBAgBlAGYA/QADAEEAQgBDALYACAA/AEAARABWAFsAXABhAGQAGAALAAEAAgAbAAEADQAhAAEAKAAjAAEAKQDaAAEABADcAAEABQDeAAEABwDgAAEACADkAAEACwDoAAEAMAAFAAEASwANAAEARwAGAgEAPgAOAgEAYAB4AgEAZwADAAIALgAvAOIAAgAJAAoA5gACABoAGwAgAQIAZQBmADABAgBiAGMASQECAEYASgBRAQIAVwBYAEEBAwBBAEIAQwDoAAgAPwBAAEQAVgBbAFwAYQBkABgACwABAAIAGwABAA0AIQABACgAIwABACkAygABAAQAzAABAAUAzgABAAcA0AABAAgA1AABAAsA2AABADAAAwABAEsADAABAEcAqwEBAGAArAEBAD4AmAIBAGcAAwACAC4ALwDSAAIACQAKANYAAgAaABsA/gACAEYASgAAAQIAVwBYAAEBAgBiAGMAAgECAGUAZgD9AAMAQQBCAEMAtgAIAD8AQABEAFYAWwBcAGEAZAAYAAsAAQACAA8AAQAEABEAAQAFABMAAQAHABUAAQAIABkAAQALABsAAQANACEAAQAoACMAAQApACUAAQAwAAYAAQBLAA4AAQBHAJMBAQBgACoCAQA+AIkCAQBnAAMAAgAuAC8AFwACAAkACgAfAAIAGgAbAMgAAgBGAEoA0QACAFcAWADSAAIAYgBjANMAAgBlAGYAxgADAEEAQgBDAIYACAA/AEAARABWAFsAXABhAGQAGAALAAEAAgAPAAEABAARAAEABQATAAEABwAVAAEACAAZAAEACwAbAAEADQAhAAEAKAAjAAEAKQAlAAEAMAAGAAEASwAOAAEARwCTAQEAYAC7AQEAPgCJAgEAZwADAAIALgAvABcAAgAJAAoAHwACABoAGwDIAAIARgBKANEAAgBXAFgA0gACAGIAYwDTAAIAZQBmAMYAAwBBAEIAQwCGAAgAPwBAAEQAVgBbAFwAYQBkABgACwABAAIAGwABAA0AIQABACgAIwABACkAygABAAQAzAABAAUAzgABAAcA0AABAAgA1AABAAsA2AABADAAAwABAEsADAABAEcAqQEBAD4AqwEBAGAAmAIBAGcAAwACAC4ALwDSAAIACQAKANYAAgAaABsA/gACAEYASgAAAQIAVwBYAAEBAgBiAGMAAgECAGUAZgD9AAMAQQBCAEMAtgAIAD8AQABEAFYAWwBcAGEAZAAYAAsAAQACABsAAQANACEAAQAoACMAAQApAMoAAQAEAMwAAQAFAM4AAQAHANAAAQAIANQAAQALANgAAQAwAAMAAQBLAAwAAQBHAJwBAQA+AKsBAQBgAJgCAQBnAAMAAgAuAC8A0gACAAkACgDWAAIAGgAbAP4AAgBGAEoAAAECAFcAWAABAQIAYgBjAAIBAgBlAGYA/QADAEEAQgBDALYACAA/AEAARABWAFsAXABhAGQAGAALAAEAAgAbAAEADQAhAAEAKAAjAAEAKQDqAAEABADsAAEABQDuAAEABwDwAAEACAD0AAEACwD4AAEAMAACAAEASwALAAEARwBaAQEAPgBbAQEAYACPAgEAZwADAAIALgAvAPIAAgAJAAoA9gACABoAGwCTAAIARgBKAJUAAgBXAFgAlgACAGIAYwCXAAIAZQBmAJIAAwBBAEIAQwAmAAgAPwBAAEQAVgBbAFwAYQBkABgACwABAAIAGwABAA0AIQABACgAIwABACkA2gABAAQA3AABAAUA3gABAAcA4AABAAgA5AABAAsA6AABADAABQABAEsADQABAEcADgIBAGAAIAIBAD4AeAIBAGcAAwACAC4ALwDiAAIACQAKAOYAAgAaABsAIAECAGUAZgAwAQIAYgBjAEkBAgBGAEoAUQECAFcAWABBAQMAQQBCAEMA6AAIAD8AQABEAFYAWwBcAGEAZAAYAAsAAQACABsAAQANACEAAQAoACMAAQApAMoAAQAEAMwAAQAFAM4AAQAHANAAAQAIANQAAQALANgAAQAwAAMAAQBLAAwAAQBHAKYBAQA+AKsBAQBgAJgCAQBnAAMAAgAuAC8A0gACAAkACgDWAAIAGgAbAP4AAgBGAEoAAAECAFcAWAABAQIAYgBjAAIBAgBlAGYA/QADAEEAQgBDALYACAA/AEAARABWAFsAXABhAGQAGAALAAEAAgAbAAEADQAhAAEAKAAjAAEAKQDKAAEABADMAAEABQDOAAEABwDQAAEACADUAAEACwDYAAEAMAADAAEASwAMAAEARwCXAQEAPgCrAQEAYACYAgEAZwADAAIALgAvANIAAgAJAAoA1gACABoAGwD+AAIARgBKAAABAgBXAFgAAQECAGIAYwACAQIAZQBmAP0AAwBBAEIAQwC2AAgAPwBAAEQAVgBbAFwAYQBkABgACwABAAIADwABAAQAEQABAAUAEwABAAcAFQABAAgAGQABAAsAGwABAA0AIQABACgAIwABACkAJQABADAABgABAEsADgABAEcAkwEBAGAAKwIBAD4AiQIBAGcAAwACAC4ALwAXAAIACQAKAB8AAgAaABsAyAACAEYASgDRAAIAVwBYANIAAgBiAGMA0wACAGUAZgDGAAMAQQBCAEMAhgAIAD8AQABEAFYAWwBcAGEAZAAYAAsAAQACAA8AAQAEABEAAQAFABMAAQAHABUAAQAIABkAAQALABsAAQANACEAAQAoACMAAQApACUAAQAwAAYAAQBLAA4AAQBHAJIBAQA+AJMBAQBgAIkCAQBnAAMAAgAuAC8AFwACAAkACgAfAAIAGgAbAMgAAgBGAEoA0QACAFcAWADSAAIAYgBjANMAAgBlAGYAxgADAEEAQgBDAIYACAA/AEAARABWAFsAXABhAGQAGAALAAEAAgAbAAEADQAhAAEAKAAjAAEAKQDKAAEABADMAAEABQDOAAEABwDQAAEACADUAAEACwDYAAEAMAADAAEASwAMAAEARwCrAQEAYACtAQEAPgCYAgEAZwADAAIALgAvANIAAgAJAAoA1gACABoAGwD+AAIARgBKAAABAgBXAFgAAQECAGIAYwACAQIAZQBmAP0AAwBBAEIAQwC2AAgAPwBAAEQAVgBbAFwAYQBkABgACwABAAIADwABAAQAEQABAAUAEwABAAcAFQABAAgAGQABAAsAGwABAA0AIQABACgAIwABACkAJQABADAABgABAEsADgABAEcAkwEBAGAAdAIBAD4AiQIBAGcAAwACAC4ALwAXAAIACQAKAB8AAgAaABsAyAACAEYASgDRAAIAVwBYANIAAgBiAGMA0wACAGUAZgDGAAMAQQBCAEMAhgAIAD8AQABEAFYAWwBcAGEAZAAYAAsAAQACAA8AAQAEABEAAQAFABMAAQAHABUAAQAIABkAAQALABsAAQANACEAAQAoACMAAQApACUAAQAwAAYAAQBLAA4AAQBHAJMBAQBgAEsCAQA+AIkCAQBnAAMAAgAuAC8AFwACAAkACgAfAAIAGgAbAMgAAgBGAEoA0QACAFcAWADSAAIAYgBjANMAAgBlAGYAxgADAEEAQgBDAIYACAA/AEAARABWAFsAXABhAGQAGAALAAEAAgAPAAEABAARAAEABQATAAEABwAVAAEACAAZAAEACwAbAAEADQAhAAEAKAAjAAEAKQAlAAEAMAAGAAEASwAOAAEARwCTAQEAYABeAgEAPgCJAgEAZwADAAIALgAvABcAAgAJAAoAHwACABoAGwDIAAIARgBKANEAAgBXAFgA0gACAGIAYwDTAAIAZQBmAMYAAwBBAEIAQwCGAAgAPwBAAEQAVgBbAFwAYQBkABgACwABAAIADwABAAQAEQABAAUAEwABAAcAFQABAAgAGQABAAsAGwABAA0AIQABACgAIwABACkAJQABADAABgABAEsADgABAEcAkwEBAGAAXwIBAD4AiQIBAGcAAwACAC4ALwAXAAIACQAKAB8AAgAaABsAyAACAEYASgDRAAIAVwBYANIAAgBiAGMA0wACAGUAZgDGAAMAQQBCAEMAhgAIAD8AQABEAFYAWwBcAGEAZAAYAAsAAQACAA8AAQAEABEAAQAFABMAAQAHABUAAQAIABkAAQALABsAAQANACEAAQAoACMAAQApACUAAQAwAAYAAQBLAA4AAQBHAJMBAQBgADMCAQA+AIkCAQBnAAMAAgAuAC8AFwACAAkACgAfAAIAGgAbAMgAAgBGAEoA0QACAFcAWADSAAIAYgBjANMAAgBlAGYAxgADAEEAQgBDAIYACAA/AEAARABWAFsAXABhAGQAGAALAAEAAgAPAAEABAARAAEABQATAAEABwAVAAEACAAZAAEACwAbAAEADQAhAAEAKAAjAAEAKQAlAAEAMAAGAAEASwAOAAEARwCTAQEAYAA8AgEAPgCJAgEAZwADAAIALgAvABcAAgAJAAoAHwACABoAGwDIAAIARgBKANEAAgBXAFgA0gACAGIAYwDTAAIAZQBmAMYAAwBBAEIAQwCGAAgAPwBAAEQAVgBbAFwAYQBkABgACwABAAIADwABAAQAEQABAAUAEwABAAcAFQABAAgAGQABAAsAGwABAA0AIQABACgAIwABACkAJQABADAABgABAEsADgABAEcAkwEBAGAAPQIBAD4AiQIBAGcAAwACAC4ALwAXAAIACQAKAB8AAgAaABsAyAACAEYASgDRAAIAVwBYANIAAgBiAGMA0wACAGUAZgDGAAMAQQBCAEMAhgAIAD8AQABEAFYAWwBcAGEAZAAYAAsAAQACAA8AAQAEABEAAQAFABMAAQAHABUAAQAIABkAAQALABsAAQANACEAAQAoACMAAQApACUAAQAwAAYAAQBLAA4AAQBHAJMBAQBgAE4CAQA+AIkCAQBnAAMAAgAuAC8AFwACAAkACgAfAAIAGgAbAMgAAgBGAEoA0QACAFcAWADSAAIAYgBjANMAAgBlAGYAxgADAEEAQgBDAIYACAA/AEAARABWAFsAXABhAGQAGAALAAEAAgAPAAEABAARAAEABQATAAEABwAVAAEACAAZAAEACwAbAAEADQAhAAEAKAAjAAEAKQAlAAEAMAAGAAEASwAOAAEARwCTAQEAYABRAgEAPgCJAgEAZwADAAIALgAvABcAAgAJAAoAHwACABoAGwDIAAIARgBKANEAAgBXAFgA0gACAGIAYwDTAAIAZQBmAMYAAwBBAEIAQwCGAAgAPwBAAEQAVgBbAFwAYQBkABgACwABAAIADwABAAQAEQABAAUAEwABAAcAFQABAAgAGQABAAsAGwABAA0AIQABACgAIwABACkAJQABADAABgABAEsADgABAEcAkwEBAGAAdwIBAD4AiQIBAGcAAwACAC4ALwAXAAIACQAKAB8AAgAaABsAyAACAEYASgDRAAIAVwBYANIAAgBiAGMA0wACAGUAZgDGAAMAQQBCAEMAhgAIAD8AQABEAFYAWwBcAGEAZAAYAAsAAQACAA8AAQAEABEAAQAFABMAAQAHABUAAQAIABkAAQALABsAAQANACEAAQAoACMAAQApACUAAQAwAAYAAQBLAA4AAQBHAJMBAQBgAFgCAQA+AIkCAQBnAAMAAgAuAC8AFwACAAkACgAfAAIAGgAbAMgAAgBGAEoA0QACAFcAWADSAAIAYgBjANMAAgBlAGYAxgADAEEAQgBDAIYACAA/AEAARABWAFsAXABhAGQAGAALAAEAAgAPAAEABAARAAEABQATAAEABwAVAAEACAAZAAEACwAbAAEADQAhAAEAKAAjAAEAKQAlAAEAMAAGAAEASwAOAAEARwCTAQEAYABcAgEAPgCJAgEAZwADAAIALgAvABcAAgAJAAoAHwACABoAGwDIAAIARgBKANEAAgBXAFgA0gACAGIAYwDTAAIAZQBmAMYAAwBBAEIAQwCGAAgAPwBAAEQAVgBbAFwAYQBkABgACwABAAIADwABAAQAEQABAAUAEwABAAcAFQABAAgAGQABAAsAGwABAA0AIQABACgAIwABACkAJQABADAABgABAEsADgABAEcAkwEBAGAAXQIBAD4AiQIBAGcAAwACAC4ALwAXAAIACQAKAB8AAgAaABsAyAACAEYASgDRAAIAVwBYANIAAgBiAGMA0wACAGUAZgDGAAMAQQBCAEMAhgAIAD8AQABEAFYAWwBcAGEAZAAYAAsAAQACAA8AAQAEABEAAQAFABMAAQAHABUAAQAIABkAAQALABsAAQANACEAAQAoACMAAQApACUAAQAwAAYAAQBLAA4AAQBHAJMBAQBgAGQCAQA+AIkCAQBnAAMAAgAuAC8AFwACAAkACgAfAAIAGgAbAMgAAgBGAEoA0QACAFcAWADSAAIAYgBjANMAAgBlAGYAxgADAEEAQgBDAIYACAA/AEAARABWAFsAXABhAGQAGAALAAEAAgAPAAEABAARAAEABQATAAEABwAVAAEACAAZAAEACwAbAAEADQAhAAEAKAAjAAEAKQAlAAEAMAAGAAEASwAOAAEARwCTAQEAYABrAgEAPgCJAgEAZwADAAIALgAvABcAAgAJAAoAHwACABoAGwDIAAIARgBKANEAAgBXAFgA0gACAGIAYwDTAAIAZQBmAMYAAwBBAEIAQwCGAAgAPwBAAEQAVgBbAFwAYQBkABgACwABAAIADwABAAQAEQABAAUAEwABAAcAFQABAAgAGQABAAsAGwABAA0AIQABACgAIwABACkAJQABADAABgABAEsADgABAEcAkwEBAGAAcQIBAD4AiQIBAGcAAwACAC4ALwAXAAIACQAKAB8AAgAaABsAyAACAEYASgDRAAIAVwBYANIAAgBiAGMA0wACAGUAZgDGAAMAQQBCAEMAhgAIAD8AQABEAFYAWwBcAGEAZAAYAAsAAQACABsAAQANACEAAQAoACMAAQApAMoAAQAEAMwAAQAFAM4AAQAHANAAAQAIANQAAQALANgAAQAwAAMAAQBLAAwAAQBHAJ4BAQA+AKsBAQBgAJgCAQBnAAMAAgAuAC8A0gACAAkACgDWAAIAGgAbAP4AAgBGAEoAAAECAFcAWAABAQIAYgBjAAIBAgBlAGYA/QADAEEAQgBDALYACAA/AEAARABWAFsAXABhAGQABwCiAAEADQCkAAEAEAADAAIALgAvAJoAAgBQAFEAWwADAE8AUgB3APwACgAEAAcACQAKAAsAGwAdACAAIgAoAPoAFAAwAAIAAwAFAAgADAASABMAGQAaABwAHgAfACEAIwAkACUAJgAnACkABwCiAAEADQCkAAEAEAADAAIALgAvAJoAAgBQAFEAXAADAE8AUgB3AAABCgAEAAcACQAKAAsAGwAdACAAIgAoAP4AFAAwAAIAAwAFAAgADAASABMAGQAaABwAHgAfACEAIwAkACUAJgAnACkABwCiAAEADQCkAAEAEAADAAIALgAvAJoAAgBQAFEAXAADAE8AUgB3AAQBCgAEAAcACQAKAAsAGwAdACAAIgAoAAIBFAAwAAIAAwAFAAgADAASABMAGQAaABwAHgAfACEAIwAkACUAJgAnACkABwAKAQEADQANAQEAEAADAAIALgAvAJoAAgBQAFEAXAADAE8AUgB3AAgBCgAEAAcACQAKAAsAGwAdACAAIgAoAAYBFAAwAAIAAwAFAAgADAASABMAGQAaABwAHgAfACEAIwAkACUAJgAnACkABwCiAAEADQCkAAEAEAADAAIALgAvAJoAAgBQAFEAWgADAE8AUgB3ABIBCgAEAAcACQAKAAsAGwAdACAAIgAoABABFAAwAAIAAwAFAAgADAASABMAGQAaABwAHgAfACEAIwAkACUAJgAnACkAFgALAAEAAgAbAAEADQAhAAEAKAAjAAEAKQDKAAEABADMAAEABQDOAAEABwDQAAEACADUAAEACwDYAAEAMAADAAEASwAMAAEARwCYAgEAZwADAAIALgAvANIAAgAJAAoA1gACABoAGwD+AAIARgBKAAABAgBXAFgAAQECAGIAYwACAQIAZQBmAP0AAwBBAEIAQwC0AAgAPwBAAEQAVgBbAFwAYQBkABYACwABAAIAGwABAA0AIQABACgAIwABACkAygABAAQAzAABAAUAzgABAAcA0AABAAgA1AABAAsA2AABADAAAwABAEsADAABAEcAmAIBAGcAAwACAC4ALwDSAAIACQAKANYAAgAaABsA/gACAEYASgAAAQIAVwBYAAEBAgBiAGMAAgECAGUAZgD9AAMAQQBCAEMAtQAIAD8AQABEAFYAWwBcAGEAZAAWAAsAAQACABsAAQANACEAAQAoACMAAQApANoAAQAEANwAAQAFAN4AAQAHAOAAAQAIAOQAAQALAOgAAQAwAAUAAQBLAA0AAQBHAHgCAQBnAAMAAgAuAC8A4gACAAkACgDmAAIAGgAbACABAgBlAGYAMAECAGIAYwBJAQIARgBKAFEBAgBXAFgAQQEDAEEAQgBDANoACAA/AEAARABWAFsAXABhAGQAFgALAAEAAgAbAAEADQAhAAEAKAAjAAEAKQDaAAEABADcAAEABQDeAAEABwDgAAEACADkAAEACwDoAAEAMAAFAAEASwANAAEARwB4AgEAZwADAAIALgAvAOIAAgAJAAoA5gACABoAGwAgAQIAZQBmADABAgBiAGMASQECAEYASgBRAQIAVwBYAEEBAwBBAEIAQwDgAAgAPwBAAEQAVgBbAFwAYQBkABYACwABAAIAGwABAA0AIQABACgAIwABACkA2gABAAQA3AABAAUA3gABAAcA4AABAAgA5AABAAsA6AABADAABQABAEsADQABAEcAeAIBAGcAAwACAC4ALwDiAAIACQAKAOYAAgAaABsAIAECAGUAZgAwAQIAYgBjAEkBAgBGAEoAUQECAFcAWABBAQMAQQBCAEMA4QAIAD8AQABEAFYAWwBcAGEAZAAWAAsAAQACABsAAQANACEAAQAoACMAAQApANoAAQAEANwAAQAFAN4AAQAHAOAAAQAIAOQAAQALAOgAAQAwAAUAAQBLAA0AAQBHAHgCAQBnAAMAAgAuAC8A4gACAAkACgDmAAIAGgAbACABAgBlAGYAMAECAGIAYwBJAQIARgBKAFEBAgBXAFgAQQEDAEEAQgBDAOIACAA/AEAARABWAFsAXABhAGQAFgALAAEAAgAbAAEADQAhAAEAKAAjAAEAKQDaAAEABADcAAEABQDeAAEABwDgAAEACADkAAEACwDoAAEAMAAFAAEASwANAAEARwB4AgEAZwADAAIALgAvAOIAAgAJAAoA5gACABoAGwAgAQIAZQBmADABAgBiAGMASQECAEYASgBRAQIAVwBYAEEBAwBBAEIAQwDjAAgAPwBAAEQAVgBbAFwAYQBkABYACwABAAIAGwABAA0AIQABACgAIwABACkA2gABAAQA3AABAAUA3gABAAcA4AABAAgA5AABAAsA6AABADAABQABAEsADQABAEcAeAIBAGcAAwACAC4ALwDiAAIACQAKAOYAAgAaABsAIAECAGUAZgAwAQIAYgBjAEkBAgBGAEoAUQECAFcAWABBAQMAQQBCAEMA5AAIAD8AQABEAFYAWwBcAGEAZAAWAAsAAQACABsAAQANACEAAQAoACMAAQApANoAAQAEANwAAQAFAN4AAQAHAOAAAQAIAOQAAQALAOgAAQAwAAUAAQBLAA0AAQBHAHgCAQBnAAMAAgAuAC8A4gACAAkACgDmAAIAGgAbACABAgBlAGYAMAECAGIAYwBJAQIARgBKAFEBAgBXAFgAQQEDAEEAQgBDAOUACAA/AEAARABWAFsAXABhAGQAFgALAAEAAgAbAAEADQAhAAEAKAAjAAEAKQDqAAEABADsAAEABQDuAAEABwDwAAEACAD0AAEACwD4AAEAMAACAAEASwALAAEARwCPAgEAZwADAAIALgAvAPIAAgAJAAoA9gACABoAGwCTAAIARgBKAJUAAgBXAFgAlgACAGIAYwCXAAIAZQBmAJIAAwBBAEIAQwAnAAgAPwBAAEQAVgBbAFwAYQBkABYACwABAAIADwABAAQAEQABAAUAEwABAAcAFQABAAgAGQABAAsAGwABAA0AIQABACgAIwABACkAJQABADAABgABAEsADgABAEcAiQIBAGcAAwACAC4ALwAXAAIACQAKAB8AAgAaABsAyAACAEYASgDRAAIAVwBYANIAAgBiAGMA0wACAGUAZgDGAAMAQQBCAEMAhQAIAD8AQABEAFYAWwBcAGEAZAAWAAsAAQACAA8AAQAEABEAAQAFABMAAQAHABUAAQAIABkAAQALABsAAQANACEAAQAoACMAAQApACUAAQAwAAYAAQBLAA4AAQBHAIkCAQBnAAMAAgAuAC8AFwACAAkACgAfAAIAGgAbAMgAAgBGAEoA0QACAFcAWADSAAIAYgBjANMAAgBlAGYAxgADAEEAQgBDAIgACAA/AEAARABWAFsAXABhAGQAFgALAAEAAgAPAAEABAARAAEABQATAAEABwAVAAEACAAZAAEACwAbAAEADQAhAAEAKAAjAAEAKQAlAAEAMAAGAAEASwAOAAEARwCJAgEAZwADAAIALgAvABcAAgAJAAoAHwACABoAGwDIAAIARgBKANEAAgBXAFgA0gACAGIAYwDTAAIAZQBmAMYAAwBBAEIAQwCEAAgAPwBAAEQAVgBbAFwAYQBkABYACwABAAIAGwABAA0AIQABACgAIwABACkA6gABAAQA7AABAAUA7gABAAcA8AABAAgA9AABAAsA+AABADAAAgABAEsACwABAEcAjwIBAGcAAwACAC4ALwDyAAIACQAKAPYAAgAaABsAkwACAEYASgCVAAIAVwBYAJYAAgBiAGMAlwACAGUAZgCSAAMAQQBCAEMAKQAIAD8AQABEAFYAWwBcAGEAZAAWAAsAAQACABsAAQANACEAAQAoACMAAQApAOoAAQAEAOwAAQAFAO4AAQAHAPAAAQAIAPQAAQALAPgAAQAwAAIAAQBLAAsAAQBHAI8CAQBnAAMAAgAuAC8A8gACAAkACgD2AAIAGgAbAJMAAgBGAEoAlQACAFcAWACWAAIAYgBjAJcAAgBlAGYAkgADAEEAQgBDAB0ACAA/AEAARABWAFsAXABhAGQAFgALAAEAAgAbAAEADQAhAAEAKAAjAAEAKQDqAAEABADsAAEABQDuAAEABwDwAAEACAD0AAEACwD4AAEAMAACAAEASwALAAEARwCPAgEAZwADAAIALgAvAPIAAgAJAAoA9gACABoAGwCTAAIARgBKAJUAAgBXAFgAlgACAGIAYwCXAAIAZQBmAJIAAwBBAEIAQwAeAAgAPwBAAEQAVgBbAFwAYQBkABYACwABAAIAGwABAA0AIQABACgAIwABACkA6gABAAQA7AABAAUA7gABAAcA8AABAAgA9AABAAsA+AABADAAAgABAEsACwABAEcAjwIBAGcAAwACAC4ALwDyAAIACQAKAPYAAgAaABsAkwACAEYASgCVAAIAVwBYAJYAAgBiAGMAlwACAGUAZgCSAAMAQQBCAEMAIAAIAD8AQABEAFYAWwBcAGEAZAAWAAsAAQACABsAAQANACEAAQAoACMAAQApAOoAAQAEAOwAAQAFAO4AAQAHAPAAAQAIAPQAAQALAPgAAQAwAAIAAQBLAAsAAQBHAI8CAQBnAAMAAgAuAC8A8gACAAkACgD2AAIAGgAbAJMAAgBGAEoAlQACAFcAWACWAAIAYgBjAJcAAgBlAGYAkgADAEEAQgBDAB8ACAA/AEAARABWAFsAXABhAGQAFgALAAEAAgAbAAEADQAhAAEAKAAjAAEAKQDqAAEABADsAAEABQDuAAEABwDwAAEACAD0AAEACwD4AAEAMAACAAEASwALAAEARwCPAgEAZwADAAIALgAvAPIAAgAJAAoA9gACABoAGwCTAAIARgBKAJUAAgBXAFgAlgACAGIAYwCXAAIAZQBmAJIAAwBBAEIAQwAiAAgAPwBAAEQAVgBbAFwAYQBkABYACwABAAIADwABAAQAEQABAAUAEwABAAcAFQABAAgAGQABAAsAGwABAA0AIQABACgAIwABACkAJQABADAABgABAEsADgABAEcAiQIBAGcAAwACAC4ALwAXAAIACQAKAB8AAgAaABsAyAACAEYASgDRAAIAVwBYANIAAgBiAGMA0wACAGUAZgDGAAMAQQBCAEMAhwAIAD8AQABEAFYAWwBcAGEAZAAWAAsAAQACAA8AAQAEABEAAQAFABMAAQAHABUAAQAIABkAAQALABsAAQANACEAAQAoACMAAQApACUAAQAwAAYAAQBLAA4AAQBHAIkCAQBnAAMAAgAuAC8AFwACAAkACgAfAAIAGgAbAMgAAgBGAEoA0QACAFcAWADSAAIAYgBjANMAAgBlAGYAxgADAEEAQgBDAIMACAA/AEAARABWAFsAXABhAGQAFgALAAEAAgAbAAEADQAhAAEAKAAjAAEAKQB0AAEABAB2AAEABQB4AAEABwB6AAEACAB+AAEACwCEAAEAMAAEAAEASwAKAAEARwCGAgEAZwADAAIALgAvAHwAAgAJAAoAgAACABoAGwAbAQIARgBKADMBAgBXAFgAOgECAGIAYwA7AQIAZQBmADgBAwBBAEIAQwDpAAgAPwBAAEQAVgBbAFwAYQBkABYACwABAAIADwABAAQAEQABAAUAEwABAAcAFQABAAgAGQABAAsAGwABAA0AIQABACgAIwABACkAJQABADAABgABAEsADgABAEcAiQIBAGcAAwACAC4ALwAXAAIACQAKAB8AAgAaABsAyAACAEYASgDRAAIAVwBYANIAAgBiAGMA0wACAGUAZgDGAAMAQQBCAEMAgQAIAD8AQABEAFYAWwBcAGEAZAAWAAsAAQACABsAAQANACEAAQAoACMAAQApAHQAAQAEAHYAAQAFAHgAAQAHAHoAAQAIAH4AAQALAIQAAQAwAAQAAQBLAAoAAQBHAIYCAQBnAAMAAgAuAC8AfAACAAkACgCAAAIAGgAbABsBAgBGAEoAMwECAFcAWAA6AQIAYgBjADsBAgBlAGYAOAEDAEEAQgBDAOoACAA/AEAARABWAFsAXABhAGQAFgALAAEAAgAbAAEADQAhAAEAKAAjAAEAKQB0AAEABAB2AAEABQB4AAEABwB6AAEACAB+AAEACwCEAAEAMAAEAAEASwAKAAEARwCGAgEAZwADAAIALgAvAHwAAgAJAAoAgAACABoAGwAbAQIARgBKADMBAgBXAFgAOgECAGIAYwA7AQIAZQBmADgBAwBBAEIAQwDrAAgAPwBAAEQAVgBbAFwAYQBkABYACwABAAIAGwABAA0AIQABACgAIwABACkAdAABAAQAdgABAAUAeAABAAcAegABAAgAfgABAAsAhAABADAABAABAEsACgABAEcAhgIBAGcAAwACAC4ALwB8AAIACQAKAIAAAgAaABsAGwECAEYASgAzAQIAVwBYADoBAgBiAGMAOwECAGUAZgA4AQMAQQBCAEMA7AAIAD8AQABEAFYAWwBcAGEAZAAWAAsAAQACAA8AAQAEABEAAQAFABMAAQAHABUAAQAIABkAAQALABsAAQANACEAAQAoACMAAQApACUAAQAwAAYAAQBLAA4AAQBHAIkCAQBnAAMAAgAuAC8AFwACAAkACgAfAAIAGgAbAMgAAgBGAEoA0QACAFcAWADSAAIAYgBjANMAAgBlAGYAxgADAEEAQgBDAIIACAA/AEAARABWAFsAXABhAGQAFgALAAEAAgAbAAEADQAhAAEAKAAjAAEAKQB0AAEABAB2AAEABQB4AAEABwB6AAEACAB+AAEACwCEAAEAMAAEAAEASwAKAAEARwCGAgEAZwADAAIALgAvAHwAAgAJAAoAgAACABoAGwAbAQIARgBKADMBAgBXAFgAOgECAGIAYwA7AQIAZQBmADgBAwBBAEIAQwDYAAgAPwBAAEQAVgBbAFwAYQBkABYACwABAAIAGwABAA0AIQABACgAIwABACkAdAABAAQAdgABAAUAeAABAAcAegABAAgAfgABAAsAhAABADAABAABAEsACgABAEcAhgIBAGcAAwACAC4ALwB8AAIACQAKAIAAAgAaABsAGwECAEYASgAzAQIAVwBYADoBAgBiAGMAOwECAGUAZgA4AQMAQQBCAEMA2QAIAD8AQABEAFYAWwBcAGEAZAAWAAsAAQACABsAAQANACEAAQAoACMAAQApAMoAAQAEAMwAAQAFAM4AAQAHANAAAQAIANQAAQALANgAAQAwAAMAAQBLAAwAAQBHAJgCAQBnAAMAAgAuAC8A0gACAAkACgDWAAIAGgAbAP4AAgBGAEoAAAECAFcAWAABAQIAYgBjAAIBAgBlAGYA/QADAEEAQgBDALcACAA/AEAARABWAFsAXABhAGQAFgALAAEAAgAbAAEADQAhAAEAKAAjAAEAKQDKAAEABADMAAEABQDOAAEABwDQAAEACADUAAEACwDYAAEAMAADAAEASwAMAAEARwCYAgEAZwADAAIALgAvANIAAgAJAAoA1gACABoAGwD+AAIARgBKAAABAgBXAFgAAQECAGIAYwACAQIAZQBmAP0AAwBBAEIAQwCwAAgAPwBAAEQAVgBbAFwAYQBkABYACwABAAIAGwABAA0AIQABACgAIwABACkAygABAAQAzAABAAUAzgABAAcA0AABAAgA1AABAAsA2AABADAAAwABAEsADAABAEcAmAIBAGcAAwACAC4ALwDSAAIACQAKANYAAgAaABsA/gACAEYASgAAAQIAVwBYAAEBAgBiAGMAAgECAGUAZgD9AAMAQQBCAEMAsQAIAD8AQABEAFYAWwBcAGEAZAAWAAsAAQACABsAAQANACEAAQAoACMAAQApAMoAAQAEAMwAAQAFAM4AAQAHANAAAQAIANQAAQALANgAAQAwAAMAAQBLAAwAAQBHAJgCAQBnAAMAAgAuAC8A0gACAAkACgDWAAIAGgAbAP4AAgBGAEoAAAECAFcAWAABAQIAYgBjAAIBAgBlAGYA/QADAEEAQgBDALIACAA/AEAARABWAFsAXABhAGQAFgALAAEAAgAbAAEADQAhAAEAKAAjAAEAKQDKAAEABADMAAEABQDOAAEABwDQAAEACADUAAEACwDYAAEAMAADAAEASwAMAAEARwCYAgEAZwADAAIALgAvANIAAgAJAAoA1gACABoAGwD+AAIARgBKAAABAgBXAFgAAQECAGIAYwACAQIAZQBmAP0AAwBBAEIAQwCzAAgAPwBAAEQAVgBbAFwAYQBkABYACwABAAIAGwABAA0AIQABACgAIwABACkAdAABAAQAdgABAAUAeAABAAcAegABAAgAfgABAAsAhAABADAABAABAEsACgABAEcAhgIBAGcAAwACAC4ALwB8AAIACQAKAIAAAgAaABsAGwECAEYASgAzAQIAVwBYADoBAgBiAGMAOwECAGUAZgA4AQMAQQBCAEMA5wAIAD8AQABEAFYAWwBcAGEAZAARAKAAAQABABQBAQANABYBAQAQABgBAQASABoBAQATACABAQAdACgBAQAmAAMAAgAuAC8AHAECABoAHwAeAQIAHAAeACIBAgAgACIAJAECACEAIwAmAQIAJAAlALgAAgBQAFEAugACAFQAVQDVAAMATwBSAFMAngALAAAAAwAEAAYADAAOAA8AFAAYABkAJwAKABQBAQANABYBAQAQABgBAQASABoBAQATAAMAAgAuAC8AuAACAFAAUQC6AAIAVABVANUAAwBPAFIAUwDGAAQAAQAdACAAIgDEABQAAAADAAQABgAMAA4ADwAUABgAGQAaABwAHgAfACEAIwAkACUAJgAnAAwAFAEBAA0AFgEBABAAGAEBABIAGgEBABMAIAEBAB0AAwACAC4ALwAeAQIAHAAeALgAAgBQAFEAugACAFQAVQCgAAMAAQAgACIA1QADAE8AUgBTAJ4AEgAAAAMABAAGAAwADgAPABQAGAAZABoAHwAhACMAJAAlACYAJwAPAKAAAQABABQBAQANABYBAQAQABgBAQASABoBAQATACABAQAdAAMAAgAuAC8AHAECABoAHwAeAQIAHAAeACIBAgAgACIAJAECACEAIwC4AAIAUABRALoAAgBUAFUA1QADAE8AUgBTAJ4ADgAAAAMABAAGAAwADgAPABQAGAAZACQAJQAmACcACgAUAQEADQAWAQEAEAAYAQEAEgAaAQEAEwADAAIALgAvALgAAgBQAFEAugACAFQAVQDVAAMATwBSAFMAoAAEAAEAHQAgACIAngAUAAAAAwAEAAYADAAOAA8AFAAYABkAGgAcAB4AHwAhACMAJAAlACYAJwASAMAAAQABABQBAQANABYBAQAQABgBAQASABoBAQATACABAQAdACgBAQAmACoBAQAnAAMAAgAuAC8AHAECABoAHwAeAQIAHAAeACIBAgAgACIAJAECACEAIwAmAQIAJAAlALgAAgBQAFEAugACAFQAVQDVAAMATwBSAFMAvgAKAAAAAwAEAAYADAAOAA8AFAAYABkAEACgAAEAAQAUAQEADQAWAQEAEAAYAQEAEgAaAQEAEwAgAQEAHQADAAIALgAvABwBAgAaAB8AHgECABwAHgAiAQIAIAAiACQBAgAhACMAJgECACQAJQC4AAIAUABRALoAAgBUAFUA1QADAE8AUgBTAJ4ADAAAAAMABAAGAAwADgAPABQAGAAZACYAJwANABQBAQANABYBAQAQABgBAQASABoBAQATACABAQAdAAMAAgAuAC8AHAECABoAHwAeAQIAHAAeALgAAgBQAFEAugACAFQAVQCgAAMAAQAgACIA1QADAE8AUgBTAJ4AEAAAAAMABAAGAAwADgAPABQAGAAZACEAIwAkACUAJgAnAAcALAEBAA0ALwEBABAAAwACAC4ALwC4AAIAUABRAIkAAwBPAFIAdwAIAQQAAQAdACAAIgAGARYAAAADAAQABgAMAA4ADwASABMAFAAYABkAGgAcAB4AHwAhACMAJAAlACYAJwAHABQBAQANABYBAQAQAAMAAgAuAC8AuAACAFAAUQCOAAMATwBSAHcA/AAEAAEAHQAgACIA+gAWAAAAAwAEAAYADAAOAA8AEgATABQAGAAZABoAHAAeAB8AIQAjACQAJQAmACcABQA2AQEABQATAAEAXQADAAIALgAvADQBDAAEAAcACQAKAAsADQAQABsAHQAgACIAKAAyARMAMAACAAMACAAMABIAEwAZABoAHAAeAB8AIQAjACQAJQAmACcAKQAHABQBAQANABYBAQAQAAMAAgAuAC8AuAACAFAAUQCJAAMATwBSAHcAAAEEAAEAHQAgACIA/gAWAAAAAwAEAAYADAAOAA8AEgATABQAGAAZABoAHAAeAB8AIQAjACQAJQAmACcABwAUAQEADQAWAQEAEAADAAIALgAvALgAAgBQAFEAjAADAE8AUgB3ABIBBAABAB0AIAAiABABFgAAAAMABAAGAAwADgAPABIAEwAUABgAGQAaABwAHgAfACEAIwAkACUAJgAnAAcAFAEBAA0AFgEBABAAAwACAC4ALwC4AAIAUABRAIkAAwBPAFIAdwAEAQQAAQAdACAAIgACARYAAAADAAQABgAMAA4ADwASABMAFAAYABkAGgAcAB4AHwAhACMAJAAlACYAJwADAAMAAgAuAC8AOgEMAAQABwAJAAoACwANABAAGwAdACAAIgAoADgBFAAwAAIAAwAFAAgADAASABMAGQAaABwAHgAfACEAIwAkACUAJgAnACkAAwADAAIALgAvAD4BDAAEAAcACQAKAAsADQAQABsAHQAgACIAKAA8ARQAMAACAAMABQAIAAwAEgATABkAGgAcAB4AHwAhACMAJAAlACYAJwApAAMAAwACAC4ALwBCAQwABAAHAAkACgALAA0AEAAbAB0AIAAiACgAQAEUADAAAgADAAUACAAMABIAEwAZABoAHAAeAB8AIQAjACQAJQAmACcAKQADAAMAAgAuAC8ARgEMAAQABwAJAAoACwANABAAGwAdACAAIgAoAEQBFAAwAAIAAwAFAAgADAASABMAGQAaABwAHgAfACEAIwAkACUAJgAnACkAAwADAAIALgAvAEoBDAAEAAcACQAKAAsADQAQABsAHQAgACIAKABIARQAMAACAAMABQAIAAwAEgATABkAGgAcAB4AHwAhACMAJAAlACYAJwApAAMAAwACAC4ALwBOAQwABAAHAAkACgALAA0AEAAbAB0AIAAiACgATAEUADAAAgADAAUACAAMABIAEwAZABoAHAAeAB8AIQAjACQAJQAmACcAKQADAAMAAgAuAC8AUgEMAAQABwAJAAoACwANABAAGwAdACAAIgAoAFABFAAwAAIAAwAFAAgADAASABMAGQAaABwAHgAfACEAIwAkACUAJgAnACkAAwADAAIALgAvAFYBDAAEAAcACQAKAAsADQAQABsAHQAgACIAKABUARQAMAACAAMABQAIAAwAEgATABkAGgAcAB4AHwAhACMAJAAlACYAJwApAAMAAwACAC4ALwBaAQwABAAHAAkACgALAA0AEAAbAB0AIAAiACgAWAEUADAAAgADAAUACAAMABIAEwAZABoAHAAeAB8AIQAjACQAJQAmACcAKQADAAMAAgAuAC8AXgEMAAQABwAJAAoACwANABAAGwAdACAAIgAoAFwBFAAwAAIAAwAFAAgADAASABMAGQAaABwAHgAfACEAIwAkACUAJgAnACkAAwADAAIALgAvAGIBDAAEAAcACQAKAAsADQAQABsAHQAgACIAKABgARQAMAACAAMABQAIAAwAEgATABkAGgAcAB4AHwAhACMAJAAlACYAJwApAAMAAwACAC4ALwBmAQwABAAHAAkACgALAA0AEAAbAB0AIAAiACgAZAEUADAAAgADAAUACAAMABIAEwAZABoAHAAeAB8AIQAjACQAJQAmACcAKQADAAMAAgAuAC8AagEMAAQABwAJAAoACwANABAAGwAdACAAIgAoAGgBFAAwAAIAAwAFAAgADAASABMAGQAaABwAHgAfACEAIwAkACUAJgAnACkAAwADAAIALgAvAG4BDAAEAAcACQAKAAsADQAQABsAHQAgACIAKABsARQAMAACAAMABQAIAAwAEgATABkAGgAcAB4AHwAhACMAJAAlACYAJwApAAMAAwACAC4ALwByAQwABAAHAAkACgALAA0AEAAbAB0AIAAiACgAcAEUADAAAgADAAUACAAMABIAEwAZABoAHAAeAB8AIQAjACQAJQAmACcAKQADAAMAAgAuAC8AdgEMAAQABwAJAAoACwANABAAGwAdACAAIgAoAHQBFAAwAAIAAwAFAAgADAASABMAGQAaABwAHgAfACEAIwAkACUAJgAnACkAAwADAAIALgAvAHoBDAAEAAcACQAKAAsADQAQABsAHQAgACIAKAB4ARQAMAACAAMABQAIAAwAEgATABkAGgAcAB4AHwAhACMAJAAlACYAJwApAAMAAwACAC4ALwB+AQwABAAHAAkACgALAA0AEAAbAB0AIAAiACgAfAEUADAAAgADAAUACAAMABIAEwAZABoAHAAeAB8AIQAjACQAJQAmACcAKQADAAMAAgAuAC8AggEMAAQABwAJAAoACwANABAAGwAdACAAIgAoAIABFAAwAAIAAwAFAAgADAASABMAGQAaABwAHgAfACEAIwAkACUAJgAnACkAAwADAAIALgAvAIYBDAAEAAcACQAKAAsADQAQABsAHQAgACIAKACEARQAMAACAAMABQAIAAwAEgATABkAGgAcAB4AHwAhACMAJAAlACYAJwApAAMAAwACAC4ALwCKAQwABAAHAAkACgALAA0AEAAbAB0AIAAiACgAiAEUADAAAgADAAUACAAMABIAEwAZABoAHAAeAB8AIQAjACQAJQAmACcAKQADAAMAAgAuAC8AjgEMAAQABwAJAAoACwANABAAGwAdACAAIgAoAIwBFAAwAAIAAwAFAAgADAASABMAGQAaABwAHgAfACEAIwAkACUAJgAnACkAAwADAAIALgAvAJIBDAAEAAcACQAKAAsADQAQABsAHQAgACIAKACQARQAMAACAAMABQAIAAwAEgATABkAGgAcAB4AHwAhACMAJAAlACYAJwApAAMAAwACAC4ALwCWAQwABAAHAAkACgALAA0AEAAbAB0AIAAiACgAlAEUADAAAgADAAUACAAMABIAEwAZABoAHAAeAB8AIQAjACQAJQAmACcAKQADAAMAAgAuAC8AmgEMAAQABwAJAAoACwANABAAGwAdACAAIgAoAJgBFAAwAAIAAwAFAAgADAASABMAGQAaABwAHgAfACEAIwAkACUAJgAnACkAAwADAAIALgAvAJ4BDAAEAAcACQAKAAsADQAQABsAHQAgACIAKACcARQAMAACAAMABQAIAAwAEgATABkAGgAcAB4AHwAhACMAJAAlACYAJwApAAMAAwACAC4ALwCiAQwABAAHAAkACgALAA0AEAAbAB0AIAAiACgAoAEUADAAAgADAAUACAAMABIAEwAZABoAHAAeAB8AIQAjACQAJQAmACcAKQADAAMAAgAuAC8ApgEMAAQABwAJAAoACwANABAAGwAdACAAIgAoAKQBFAAwAAIAAwAFAAgADAASABMAGQAaABwAHgAfACEAIwAkACUAJgAnACkAAwADAAIALgAvAKoBDAAEAAcACQAKAAsADQAQABsAHQAgACIAKACoARQAMAACAAMABQAIAAwAEgATABkAGgAcAB4AHwAhACMAJAAlACYAJwApAAMAAwACAC4ALwCuAQwABAAHAAkACgALAA0AEAAbAB0AIAAiACgArAEUADAAAgADAAUACAAMABIAEwAZABoAHAAeAB8AIQAjACQAJQAmACcAKQADAAMAAgAuAC8AsgEMAAQABwAJAAoACwANABAAGwAdACAAIgAoALABFAAwAAIAAwAFAAgADAASABMAGQAaABwAHgAfACEAIwAkACUAJgAnACkAAwADAAIALgAvALYBDAAEAAcACQAKAAsADQAQABsAHQAgACIAKAC0ARQAMAACAAMABQAIAAwAEgATABkAGgAcAB4AHwAhACMAJAAlACYAJwApAAUAuAEBAAUAEAABAF0AAwACAC4ALwA0AQYAAQANABAAHQAgACIAMgEWAAAAAwAEAAYADAAOAA8AEgATABQAGAAZABoAHAAeAB8AIQAjACQAJQAmACcADAC6AQEADQC8AQEAEAC+AQEAEgDAAQEAEwDEAQEAHQADAAIALgAvAKAAAgAgACIAwgECABwAHgAGAQIAUABRAAcBAgBUAFUABQEDAE8AUgBTAJ4ADQADAA4AFwAYABkAGgAfACEAIwAkACUAJgAnAAoAugEBAA0AvAEBABAAvgEBABIAwAEBABMAAwACAC4ALwAGAQIAUABRAAcBAgBUAFUAoAADAB0AIAAiAAUBAwBPAFIAUwCeAA8AAwAOABcAGAAZABoAHAAeAB8AIQAjACQAJQAmACcADQC6AQEADQC8AQEAEAC+AQEAEgDAAQEAEwDEAQEAHQADAAIALgAvAKAAAgAgACIAwgECABwAHgDGAQIAGgAfAAYBAgBQAFEABwECAFQAVQAFAQMATwBSAFMAngALAAMADgAXABgAGQAhACMAJAAlACYAJwAOALoBAQANALwBAQAQAL4BAQASAMABAQATAMQBAQAdAAMAAgAuAC8AwgECABwAHgDGAQIAGgAfAMgBAgAgACIAygECACEAIwAGAQIAUABRAAcBAgBUAFUABQEDAE8AUgBTAJ4ACQADAA4AFwAYABkAJAAlACYAJwAPALoBAQANALwBAQAQAL4BAQASAMABAQATAMQBAQAdAAMAAgAuAC8AwgECABwAHgDGAQIAGgAfAMgBAgAgACIAygECACEAIwDMAQIAJAAlAAYBAgBQAFEABwECAFQAVQAFAQMATwBSAFMAngAHAAMADgAXABgAGQAmACcAEAC6AQEADQC8AQEAEAC+AQEAEgDAAQEAEwDEAQEAHQDOAQEAJgADAAIALgAvAMIBAgAcAB4AxgECABoAHwDIAQIAIAAiAMoBAgAhACMAzAECACQAJQAGAQIAUABRAAcBAgBUAFUABQEDAE8AUgBTAJ4ABgADAA4AFwAYABkAJwARALoBAQANALwBAQAQAL4BAQASAMABAQATAMQBAQAdAM4BAQAmANABAQAnAAMAAgAuAC8AwgECABwAHgDGAQIAGgAfAMgBAgAgACIAygECACEAIwDMAQIAJAAlAAYBAgBQAFEABwECAFQAVQAFAQMATwBSAFMAvgAFAAMADgAXABgAGQAKALoBAQANALwBAQAQAL4BAQASAMABAQATAAMAAgAuAC8ABgECAFAAUQAHAQIAVABVAMYAAwAdACAAIgAFAQMATwBSAFMAxAAPAAMADgAXABgAGQAaABwAHgAfACEAIwAkACUAJgAnAAMAAwACAC4ALwBmAQYAAQANABAAHQAgACIAZAEWAAAAAwAEAAYADAAOAA8AEgATABQAGAAZABoAHAAeAB8AIQAjACQAJQAmACcAAwADAAIALgAvAG4BBgABAA0AEAAdACAAIgBsARYAAAADAAQABgAMAA4ADwASABMAFAAYABkAGgAcAB4AHwAhACMAJAAlACYAJwADAAMAAgAuAC8AagEGAAEADQAQAB0AIAAiAGgBFgAAAAMABAAGAAwADgAPABIAEwAUABgAGQAaABwAHgAfACEAIwAkACUAJgAnAAMAAwACAC4ALwCCAQYAAQANABAAHQAgACIAgAEWAAAAAwAEAAYADAAOAA8AEgATABQAGAAZABoAHAAeAB8AIQAjACQAJQAmACcAAwADAAIALgAvADoBBgABAA0AEAAdACAAIgA4ARYAAAADAAQABgAMAA4ADwASABMAFAAYABkAGgAcAB4AHwAhACMAJAAlACYAJwADAAMAAgAuAC8AjgEGAAEADQAQAB0AIAAiAIwBFgAAAAMABAAGAAwADgAPABIAEwAUABgAGQAaABwAHgAfACEAIwAkACUAJgAnAAMAAwACAC4ALwCaAQYAAQANABAAHQAgACIAmAEWAAAAAwAEAAYADAAOAA8AEgATABQAGAAZABoAHAAeAB8AIQAjACQAJQAmACcAAwADAAIALgAvAJIBBgABAA0AEAAdACAAIgCQARYAAAADAAQABgAMAA4ADwASABMAFAAYABkAGgAcAB4AHwAhACMAJAAlACYAJwADAAMAAgAuAC8AtgEGAAEADQAQAB0AIAAiALQBFgAAAAMABAAGAAwADgAPABIAEwAUABgAGQAaABwAHgAfACEAIwAkACUAJgAnAAMAAwACAC4ALwCWAQYAAQANABAAHQAgACIAlAEWAAAAAwAEAAYADAAOAA8AEgATABQAGAAZABoAHAAeAB8AIQAjACQAJQAmACcAAwADAAIALgAvAHIBBgABAA0AEAAdACAAIgBwARYAAAADAAQABgAMAA4ADwASABMAFAAYABkAGgAcAB4AHwAhACMAJAAlACYAJwADAAMAAgAuAC8ApgEGAAEADQAQAB0AIAAiAKQBFgAAAAMABAAGAAwADgAPABIAEwAUABgAGQAaABwAHgAfACEAIwAkACUAJgAnAAMAAwACAC4ALwCGAQYAAQANABAAHQAgACIAhAEWAAAAAwAEAAYADAAOAA8AEgATABQAGAAZABoAHAAeAB8AIQAjACQAJQAmACcAAwADAAIALgAvAKoBBgABAA0AEAAdACAAIgCoARYAAAADAAQABgAMAA4ADwASABMAFAAYABkAGgAcAB4AHwAhACMAJAAlACYAJwADAAMAAgAuAC8ARgEGAAEADQAQAB0AIAAiAEQBFgAAAAMABAAGAAwADgAPABIAEwAUABgAGQAaABwAHgAfACEAIwAkACUAJgAnAAMAAwACAC4ALwCuAQYAAQANABAAHQAgACIArAEWAAAAAwAEAAYADAAOAA8AEgATABQAGAAZABoAHAAeAB8AIQAjACQAJQAmACcAAwADAAIALgAvAEoBBgABAA0AEAAdACAAIgBIARYAAAADAAQABgAMAA4ADwASABMAFAAYABkAGgAcAB4AHwAhACMAJAAlACYAJwADAAMAAgAuAC8APgEGAAEADQAQAB0AIAAiADwBFgAAAAMABAAGAAwADgAPABIAEwAUABgAGQAaABwAHgAfACEAIwAkACUAJgAnAAMAAwACAC4ALwBOAQYAAQANABAAHQAgACIATAEWAAAAAwAEAAYADAAOAA8AEgATABQAGAAZABoAHAAeAB8AIQAjACQAJQAmACcAAwADAAIALgAvAHYBBgABAA0AEAAdACAAIgB0ARYAAAADAAQABgAMAA4ADwASABMAFAAYABkAGgAcAB4AHwAhACMAJAAlACYAJwADAAMAAgAuAC8AngEGAAEADQAQAB0AIAAiAJwBFgAAAAMABAAGAAwADgAPABIAEwAUABgAGQAaABwAHgAfACEAIwAkACUAJgAnAAMAAwACAC4ALwB6AQYAAQANABAAHQAgACIAeAEWAAAAAwAEAAYADAAOAA8AEgATABQAGAAZABoAHAAeAB8AIQAjACQAJQAmACcAAwADAAIALgAvAH4BBgABAA0AEAAdACAAIgB8ARYAAAADAAQABgAMAA4ADwASABMAFAAYABkAGgAcAB4AHwAhACMAJAAlACYAJwADAAMAAgAuAC8AogEGAAEADQAQAB0AIAAiAKABFgAAAAMABAAGAAwADgAPABIAEwAUABgAGQAaABwAHgAfACEAIwAkACUAJgAnAAMAAwACAC4ALwBCAQYAAQANABAAHQAgACIAQAEWAAAAAwAEAAYADAAOAA8AEgATABQAGAAZABoAHAAeAB8AIQAjACQAJQAmACcAAwADAAIALgAvAFIBBgABAA0AEAAdACAAIgBQARYAAAADAAQABgAMAA4ADwASABMAFAAYABkAGgAcAB4AHwAhACMAJAAlACYAJwADAAMAAgAuAC8AVgEGAAEADQAQAB0AIAAiAFQBFgAAAAMABAAGAAwADgAPABIAEwAUABgAGQAaABwAHgAfACEAIwAkACUAJgAnAAMAAwACAC4ALwBaAQYAAQANABAAHQAgACIAWAEWAAAAAwAEAAYADAAOAA8AEgATABQAGAAZABoAHAAeAB8AIQAjACQAJQAmACcAAwADAAIALgAvAF4BBgABAA0AEAAdACAAIgBcARYAAAADAAQABgAMAA4ADwASABMAFAAYABkAGgAcAB4AHwAhACMAJAAlACYAJwADAAMAAgAuAC8AYgEGAAEADQAQAB0AIAAiAGABFgAAAAMABAAGAAwADgAPABIAEwAUABgAGQAaABwAHgAfACEAIwAkACUAJgAnAAMAAwACAC4ALwCKAQYAAQANABAAHQAgACIAiAEWAAAAAwAEAAYADAAOAA8AEgATABQAGAAZABoAHAAeAB8AIQAjACQAJQAmACcAAwADAAIALgAvALIBBgABAA0AEAAdACAAIgCwARYAAAADAAQABgAMAA4ADwASABMAFAAYABkAGgAcAB4AHwAhACMAJAAlACYAJwAPANIBAQANANQBAQAQANYBAQASANgBAQATAN4BAQAdAAMAAgAuAC8A2gECABoAHwDcAQIAHAAeAOABAgAgACIA4gECACEAIwDkAQIAJAAlAEQBAgBQAFEARQECAFQAVQBDAQMATwBSAFMAngAFADQAGQAmACcAKgAQANIBAQANANQBAQAQANYBAQASANgBAQATAN4BAQAdAOYBAQAmAAMAAgAuAC8A2gECABoAHwDcAQIAHAAeAOABAgAgACIA4gECACEAIwDkAQIAJAAlAEQBAgBQAFEARQECAFQAVQBDAQMATwBSAFMAngAEADQAGQAnACoACgDoAQEADQDqAQEAEADsAQEAEgDuAQEAEwADAAIALgAvACsBAgBQAFEALAECAFQAVQDGAAMAHQAgACIAKgEDAE8AUgBTAMQADQA2ABkAGgAcAB4AHwAhACMAJAAlACYAJwAqAAcAugEBAA0AvAEBABAAAwACAC4ALwAGAQIAUABRAPwAAwAdACAAIgDfAAMATwBSAHcA+gARAAMADgASABMAFwAYABkAGgAcAB4AHwAhACMAJAAlACYAJwAHALoBAQANALwBAQAQAAMAAgAuAC8ABgECAFAAUQASAQMAHQAgACIA3gADAE8AUgB3ABABEQADAA4AEgATABcAGAAZABoAHAAeAB8AIQAjACQAJQAmACcAEQDSAQEADQDUAQEAEADWAQEAEgDYAQEAEwDeAQEAHQDmAQEAJgDwAQEAJwADAAIALgAvANoBAgAaAB8A3AECABwAHgDgAQIAIAAiAOIBAgAhACMA5AECACQAJQBEAQIAUABRAEUBAgBUAFUAvgADADQAGQAqAEMBAwBPAFIAUwAHALoBAQANALwBAQAQAAMAAgAuAC8ABgECAFAAUQAAAQMAHQAgACIA5gADAE8AUgB3AP4AEQADAA4AEgATABcAGAAZABoAHAAeAB8AIQAjACQAJQAmACcABwC6AQEADQC8AQEAEAADAAIALgAvAAYBAgBQAFEABAEDAB0AIAAiAOYAAwBPAFIAdwACAREAAwAOABIAEwAXABgAGQAaABwAHgAfACEAIwAkACUAJgAnAAwA6AEBAA0A6gEBABAA7AEBABIA7gEBABMA9AEBAB0AAwACAC4ALwCgAAIAIAAiAPIBAgAcAB4AKwECAFAAUQAsAQIAVABVACoBAwBPAFIAUwCeAAsANgAZABoAHwAhACMAJAAlACYAJwAqAAoA6AEBAA0A6gEBABAA7AEBABIA7gEBABMAAwACAC4ALwArAQIAUABRACwBAgBUAFUAoAADAB0AIAAiACoBAwBPAFIAUwCeAA0ANgAZABoAHAAeAB8AIQAjACQAJQAmACcAKgANAOgBAQANAOoBAQAQAOwBAQASAO4BAQATAPQBAQAdAAMAAgAuAC8AoAACACAAIgDyAQIAHAAeAPYBAgAaAB8AKwECAFAAUQAsAQIAVABVACoBAwBPAFIAUwCeAAkANgAZACEAIwAkACUAJgAnACoADgDoAQEADQDqAQEAEADsAQEAEgDuAQEAEwD0AQEAHQADAAIALgAvAPIBAgAcAB4A9gECABoAHwD4AQIAIAAiAPoBAgAhACMAKwECAFAAUQAsAQIAVABVACoBAwBPAFIAUwCeAAcANgAZACQAJQAmACcAKgAPAOgBAQANAOoBAQAQAOwBAQASAO4BAQATAPQBAQAdAAMAAgAuAC8A8gECABwAHgD2AQIAGgAfAPgBAgAgACIA+gECACEAIwD8AQIAJAAlACsBAgBQAFEALAECAFQAVQAqAQMATwBSAFMAngAFADYAGQAmACcAKgAQAOgBAQANAOoBAQAQAOwBAQASAO4BAQATAPQBAQAdAP4BAQAmAAMAAgAuAC8A8gECABwAHgD2AQIAGgAfAPgBAgAgACIA+gECACEAIwD8AQIAJAAlACsBAgBQAFEALAECAFQAVQAqAQMATwBSAFMAngAEADYAGQAnACoABwAAAgEADQADAgEAEAADAAIALgAvAAYBAgBQAFEACAEDAB0AIAAiAOYAAwBPAFIAdwAGAREAAwAOABIAEwAXABgAGQAaABwAHgAfACEAIwAkACUAJgAnAAoA0gEBAA0A1AEBABAA1gEBABIA2AEBABMAAwACAC4ALwBEAQIAUABRAEUBAgBUAFUAxgADAB0AIAAiAEMBAwBPAFIAUwDEAA0ANAAZABoAHAAeAB8AIQAjACQAJQAmACcAKgARAOgBAQANAOoBAQAQAOwBAQASAO4BAQATAPQBAQAdAP4BAQAmAAYCAQAnAAMAAgAuAC8A8gECABwAHgD2AQIAGgAfAPgBAgAgACIA+gECACEAIwD8AQIAJAAlACsBAgBQAFEALAECAFQAVQC+AAMANgAZACoAKgEDAE8AUgBTAAwA0gEBAA0A1AEBABAA1gEBABIA2AEBABMA3gEBAB0AAwACAC4ALwCgAAIAIAAiANwBAgAcAB4ARAECAFAAUQBFAQIAVABVAEMBAwBPAFIAUwCeAAsANAAZABoAHwAhACMAJAAlACYAJwAqAAoA0gEBAA0A1AEBABAA1gEBABIA2AEBABMAAwACAC4ALwBEAQIAUABRAEUBAgBUAFUAoAADAB0AIAAiAEMBAwBPAFIAUwCeAA0ANAAZABoAHAAeAB8AIQAjACQAJQAmACcAKgANANIBAQANANQBAQAQANYBAQASANgBAQATAN4BAQAdAAMAAgAuAC8AoAACACAAIgDaAQIAGgAfANwBAgAcAB4ARAECAFAAUQBFAQIAVABVAEMBAwBPAFIAUwCeAAkANAAZACEAIwAkACUAJgAnACoADgDSAQEADQDUAQEAEADWAQEAEgDYAQEAEwDeAQEAHQADAAIALgAvANoBAgAaAB8A3AECABwAHgDgAQIAIAAiAOIBAgAhACMARAECAFAAUQBFAQIAVABVAEMBAwBPAFIAUwCeAAcANAAZACQAJQAmACcAKgAHAOgBAQANAOoBAQAQAAMAAgAuAC8AKwECAFAAUQD8AAMAHQAgACIA7gADAE8AUgB3APoADwA2ABIAEwAZABoAHAAeAB8AIQAjACQAJQAmACcAKgAHAOgBAQANAOoBAQAQAAMAAgAuAC8AKwECAFAAUQAEAQMAHQAgACIA8AADAE8AUgB3AAIBDwA2ABIAEwAZABoAHAAeAB8AIQAjACQAJQAmACcAKgAHAOgBAQANAOoBAQAQAAMAAgAuAC8AKwECAFAAUQAAAQMAHQAgACIA8AADAE8AUgB3AP4ADwA2ABIAEwAZABoAHAAeAB8AIQAjACQAJQAmACcAKgAHAAgCAQANAAsCAQAQAAMAAgAuAC8AKwECAFAAUQAIAQMAHQAgACIA8AADAE8AUgB3AAYBDwA2ABIAEwAZABoAHAAeAB8AIQAjACQAJQAmACcAKgAHAA4CAQANABECAQAQAAMAAgAuAC8ARAECAFAAUQAIAQMAHQAgACIA8QADAE8AUgB3AAYBDwA0ABIAEwAZABoAHAAeAB8AIQAjACQAJQAmACcAKgAHAOgBAQANAOoBAQAQAAMAAgAuAC8AKwECAFAAUQASAQMAHQAgACIA7wADAE8AUgB3ABABDwA2ABIAEwAZABoAHAAeAB8AIQAjACQAJQAmACcAKgAHANIBAQANANQBAQAQAAMAAgAuAC8ARAECAFAAUQASAQMAHQAgACIA9AADAE8AUgB3ABABDwA0ABIAEwAZABoAHAAeAB8AIQAjACQAJQAmACcAKgAHANIBAQANANQBAQAQAAMAAgAuAC8ARAECAFAAUQAAAQMAHQAgACIA8QADAE8AUgB3AP4ADwA0ABIAEwAZABoAHAAeAB8AIQAjACQAJQAmACcAKgAHANIBAQANANQBAQAQAAMAAgAuAC8ARAECAFAAUQD8AAMAHQAgACIA9gADAE8AUgB3APoADwA0ABIAEwAZABoAHAAeAB8AIQAjACQAJQAmACcAKgAHANIBAQANANQBAQAQAAMAAgAuAC8ARAECAFAAUQAEAQMAHQAgACIA8QADAE8AUgB3AAIBDwA0ABIAEwAZABoAHAAeAB8AIQAjACQAJQAmACcAKgAFABQCAQAFABIAAQBdAAMAAgAuAC8ANAEFAA0AEAAdACAAIgAyAREAAwAOABIAEwAXABgAGQAaABwAHgAfACEAIwAkACUAJgAnAAMAAwACAC4ALwCCAQUADQAQAB0AIAAiAIABEQADAA4AEgATABcAGAAZABoAHAAeAB8AIQAjACQAJQAmACcABQAWAgEABQARAAEAXQADAAIALgAvADQBBQANABAAHQAgACIAMgEPADQAEgATABkAGgAcAB4AHwAhACMAJAAlACYAJwAqAAMAAwACAC4ALwC2AQUADQAQAB0AIAAiALQBEQADAA4AEgATABcAGAAZABoAHAAeAB8AIQAjACQAJQAmACcAAwADAAIALgAvAD4BBQANABAAHQAgACIAPAERAAMADgASABMAFwAYABkAGgAcAB4AHwAhACMAJAAlACYAJwADAAMAAgAuAC8AQgEFAA0AEAAdACAAIgBAAREAAwAOABIAEwAXABgAGQAaABwAHgAfACEAIwAkACUAJgAnAAMAAwACAC4ALwBGAQUADQAQAB0AIAAiAEQBEQADAA4AEgATABcAGAAZABoAHAAeAB8AIQAjACQAJQAmACcAAwADAAIALgAvAEoBBQANABAAHQAgACIASAERAAMADgASABMAFwAYABkAGgAcAB4AHwAhACMAJAAlACYAJwADAAMAAgAuAC8ATgEFAA0AEAAdACAAIgBMAREAAwAOABIAEwAXABgAGQAaABwAHgAfACEAIwAkACUAJgAnAAMAAwACAC4ALwBSAQUADQAQAB0AIAAiAFABEQADAA4AEgATABcAGAAZABoAHAAeAB8AIQAjACQAJQAmACcAAwADAAIALgAvAFYBBQANABAAHQAgACIAVAERAAMADgASABMAFwAYABkAGgAcAB4AHwAhACMAJAAlACYAJwADAAMAAgAuAC8AWgEFAA0AEAAdACAAIgBYAREAAwAOABIAEwAXABgAGQAaABwAHgAfACEAIwAkACUAJgAnAAMAAwACAC4ALwBeAQUADQAQAB0AIAAiAFwBEQADAA4AEgATABcAGAAZABoAHAAeAB8AIQAjACQAJQAmACcABQAYAgEABQAUAAEAXQADAAIALgAvADQBBQANABAAHQAgACIAMgEPADYAEgATABkAGgAcAB4AHwAhACMAJAAlACYAJwAqAAMAAwACAC4ALwBiAQUADQAQAB0AIAAiAGABEQADAA4AEgATABcAGAAZABoAHAAeAB8AIQAjACQAJQAmACcAAwADAAIALgAvAGYBBQANABAAHQAgACIAZAERAAMADgASABMAFwAYABkAGgAcAB4AHwAhACMAJAAlACYAJwADAAMAAgAuAC8AagEFAA0AEAAdACAAIgBoAREAAwAOABIAEwAXABgAGQAaABwAHgAfACEAIwAkACUAJgAnAAMAAwACAC4ALwCyAQUADQAQAB0AIAAiALABEQADAA4AEgATABcAGAAZABoAHAAeAB8AIQAjACQAJQAmACcAAwADAAIALgAvADoBBQANABAAHQAgACIAOAERAAMADgASABMAFwAYABkAGgAcAB4AHwAhACMAJAAlACYAJwADAAMAAgAuAC8AcgEFAA0AEAAdACAAIgBwAREAAwAOABIAEwAXABgAGQAaABwAHgAfACEAIwAkACUAJgAnAAMAAwACAC4ALwB2AQUADQAQAB0AIAAiAHQBEQADAA4AEgATABcAGAAZABoAHAAeAB8AIQAjACQAJQAmACcAAwADAAIALgAvAHoBBQANABAAHQAgACIAeAERAAMADgASABMAFwAYABkAGgAcAB4AHwAhACMAJAAlACYAJwADAAMAAgAuAC8AfgEFAA0AEAAdACAAIgB8AREAAwAOABIAEwAXABgAGQAaABwAHgAfACEAIwAkACUAJgAnAAMAAwACAC4ALwCGAQUADQAQAB0AIAAiAIQBEQADAA4AEgATABcAGAAZABoAHAAeAB8AIQAjACQAJQAmACcAAwADAAIALgAvAIoBBQANABAAHQAgACIAiAERAAMADgASABMAFwAYABkAGgAcAB4AHwAhACMAJAAlACYAJwADAAMAAgAuAC8AjgEFAA0AEAAdACAAIgCMAREAAwAOABIAEwAXABgAGQAaABwAHgAfACEAIwAkACUAJgAnAAMAAwACAC4ALwCSAQUADQAQAB0AIAAiAJABEQADAA4AEgATABcAGAAZABoAHAAeAB8AIQAjACQAJQAmACcAAwADAAIALgAvAJYBBQANABAAHQAgACIAlAERAAMADgASABMAFwAYABkAGgAcAB4AHwAhACMAJAAlACYAJwADAAMAAgAuAC8AmgEFAA0AEAAdACAAIgCYAREAAwAOABIAEwAXABgAGQAaABwAHgAfACEAIwAkACUAJgAnAAMAAwACAC4ALwCeAQUADQAQAB0AIAAiAJwBEQADAA4AEgATABcAGAAZABoAHAAeAB8AIQAjACQAJQAmACcAAwADAAIALgAvAKIBBQANABAAHQAgACIAoAERAAMADgASABMAFwAYABkAGgAcAB4AHwAhACMAJAAlACYAJwADAAMAAgAuAC8ApgEFAA0AEAAdACAAIgCkAREAAwAOABIAEwAXABgAGQAaABwAHgAfACEAIwAkACUAJgAnAAMAAwACAC4ALwCqAQUADQAQAB0AIAAiAKgBEQADAA4AEgATABcAGAAZABoAHAAeAB8AIQAjACQAJQAmACcAAwADAAIALgAvAK4BBQANABAAHQAgACIArAERAAMADgASABMAFwAYABkAGgAcAB4AHwAhACMAJAAlACYAJwADAAMAAgAuAC8AbgEFAA0AEAAdACAAIgBsAREAAwAOABIAEwAXABgAGQAaABwAHgAfACEAIwAkACUAJgAnAAMAAwACAC4ALwA6AQUADQAQAB0AIAAiADgBDwA2ABIAEwAZABoAHAAeAB8AIQAjACQAJQAmACcAKgADAAMAAgAuAC8ASgEFAA0AEAAdACAAIgBIAQ8ANAASABMAGQAaABwAHgAfACEAIwAkACUAJgAnACoAAwADAAIALgAvAD4BBQANABAAHQAgACIAPAEPADYAEgATABkAGgAcAB4AHwAhACMAJAAlACYAJwAqAAMAAwACAC4ALwBOAQUADQAQAB0AIAAiAEwBDwA0ABIAEwAZABoAHAAeAB8AIQAjACQAJQAmACcAKgADAAMAAgAuAC8ArgEFAA0AEAAdACAAIgCsAQ8ANAASABMAGQAaABwAHgAfACEAIwAkACUAJgAnACoAAwADAAIALgAvAIoBBQANABAAHQAgACIAiAEPADYAEgATABkAGgAcAB4AHwAhACMAJAAlACYAJwAqAAMAAwACAC4ALwBaAQUADQAQAB0AIAAiAFgBDwA2ABIAEwAZABoAHAAeAB8AIQAjACQAJQAmACcAKgADAAMAAgAuAC8AjgEFAA0AEAAdACAAIgCMAQ8ANgASABMAGQAaABwAHgAfACEAIwAkACUAJgAnACoAAwADAAIALgAvAJIBBQANABAAHQAgACIAkAEPADYAEgATABkAGgAcAB4AHwAhACMAJAAlACYAJwAqAAMAAwACAC4ALwCaAQUADQAQAB0AIAAiAJgBDwA0ABIAEwAZABoAHAAeAB8AIQAjACQAJQAmACcAKgADAAMAAgAuAC8AsgEFAA0AEAAdACAAIgCwAQ8ANgASABMAGQAaABwAHgAfACEAIwAkACUAJgAnACoAAwADAAIALgAvAD4BBQANABAAHQAgACIAPAEPADQAEgATABkAGgAcAB4AHwAhACMAJAAlACYAJwAqAAMAAwACAC4ALwCWAQUADQAQAB0AIAAiAJQBDwA2ABIAEwAZABoAHAAeAB8AIQAjACQAJQAmACcAKgADAAMAAgAuAC8ApgEFAA0AEAAdACAAIgCkAQ8ANAASABMAGQAaABwAHgAfACEAIwAkACUAJgAnACoAAwADAAIALgAvAEIBBQANABAAHQAgACIAQAEPADQAEgATABkAGgAcAB4AHwAhACMAJAAlACYAJwAqAAMAAwACAC4ALwC2AQUADQAQAB0AIAAiALQBDwA0ABIAEwAZABoAHAAeAB8AIQAjACQAJQAmACcAKgADAAMAAgAuAC8AYgEFAA0AEAAdACAAIgBgAQ8ANgASABMAGQAaABwAHgAfACEAIwAkACUAJgAnACoAAwADAAIALgAvAGYBBQANABAAHQAgACIAZAEPADYAEgATABkAGgAcAB4AHwAhACMAJAAlACYAJwAqAAMAAwACAC4ALwBqAQUADQAQAB0AIAAiAGgBDwA2ABIAEwAZABoAHAAeAB8AIQAjACQAJQAmACcAKgADAAMAAgAuAC8AbgEFAA0AEAAdACAAIgBsAQ8ANgASABMAGQAaABwAHgAfACEAIwAkACUAJgAnACoAAwADAAIALgAvAE4BBQANABAAHQAgACIATAEPADYAEgATABkAGgAcAB4AHwAhACMAJAAlACYAJwAqAAMAAwACAC4ALwByAQUADQAQAB0AIAAiAHABDwA2ABIAEwAZABoAHAAeAB8AIQAjACQAJQAmACcAKgADAAMAAgAuAC8AVgEFAA0AEAAdACAAIgBUAQ8ANgASABMAGQAaABwAHgAfACEAIwAkACUAJgAnACoAAwADAAIALgAvAJoBBQANABAAHQAgACIAmAEPADYAEgATABkAGgAcAB4AHwAhACMAJAAlACYAJwAqAAMAAwACAC4ALwCeAQUADQAQAB0AIAAiAJwBDwA2ABIAEwAZABoAHAAeAB8AIQAjACQAJQAmACcAKgADAAMAAgAuAC8AUgEFAA0AEAAdACAAIgBQAQ8ANAASABMAGQAaABwAHgAfACEAIwAkACUAJgAnACoAAwADAAIALgAvAKIBBQANABAAHQAgACIAoAEPADYAEgATABkAGgAcAB4AHwAhACMAJAAlACYAJwAqAAMAAwACAC4ALwCmAQUADQAQAB0AIAAiAKQBDwA2ABIAEwAZABoAHAAeAB8AIQAjACQAJQAmACcAKgADAAMAAgAuAC8AtgEFAA0AEAAdACAAIgC0AQ8ANgASABMAGQAaABwAHgAfACEAIwAkACUAJgAnACoAAwADAAIALgAvAKIBBQANABAAHQAgACIAoAEPADQAEgATABkAGgAcAB4AHwAhACMAJAAlACYAJwAqAAMAAwACAC4ALwBGAQUADQAQAB0AIAAiAEQBDwA0ABIAEwAZABoAHAAeAB8AIQAjACQAJQAmACcAKgADAAMAAgAuAC8AqgEFAA0AEAAdACAAIgCoAQ8ANgASABMAGQAaABwAHgAfACEAIwAkACUAJgAnACoAAwADAAIALgAvAFYBBQANABAAHQAgACIAVAEPADQAEgATABkAGgAcAB4AHwAhACMAJAAlACYAJwAqAAMAAwACAC4ALwBaAQUADQAQAB0AIAAiAFgBDwA0ABIAEwAZABoAHAAeAB8AIQAjACQAJQAmACcAKgADAAMAAgAuAC8AXgEFAA0AEAAdACAAIgBcAQ8ANAASABMAGQAaABwAHgAfACEAIwAkACUAJgAnACoAAwADAAIALgAvAHYBBQANABAAHQAgACIAdAEPADYAEgATABkAGgAcAB4AHwAhACMAJAAlACYAJwAqAAMAAwACAC4ALwB6AQUADQAQAB0AIAAiAHgBDwA2ABIAEwAZABoAHAAeAB8AIQAjACQAJQAmACcAKgADAAMAAgAuAC8AfgEFAA0AEAAdACAAIgB8AQ8ANgASABMAGQAaABwAHgAfACEAIwAkACUAJgAnACoAAwADAAIALgAvAEIBBQANABAAHQAgACIAQAEPADYAEgATABkAGgAcAB4AHwAhACMAJAAlACYAJwAqAAMAAwACAC4ALwBGAQUADQAQAB0AIAAiAEQBDwA2ABIAEwAZABoAHAAeAB8AIQAjACQAJQAmACcAKgADAAMAAgAuAC8AggEFAA0AEAAdACAAIgCAAQ8ANgASABMAGQAaABwAHgAfACEAIwAkACUAJgAnACoAAwADAAIALgAvAGIBBQANABAAHQAgACIAYAEPADQAEgATABkAGgAcAB4AHwAhACMAJAAlACYAJwAqAAMAAwACAC4ALwBmAQUADQAQAB0AIAAiAGQBDwA0ABIAEwAZABoAHAAeAB8AIQAjACQAJQAmACcAKgADAAMAAgAuAC8AagEFAA0AEAAdACAAIgBoAQ8ANAASABMAGQAaABwAHgAfACEAIwAkACUAJgAnACoAAwADAAIALgAvAG4BBQANABAAHQAgACIAbAEPADQAEgATABkAGgAcAB4AHwAhACMAJAAlACYAJwAqAAMAAwACAC4ALwA6AQUADQAQAB0AIAAiADgBDwA0ABIAEwAZABoAHAAeAB8AIQAjACQAJQAmACcAKgADAAMAAgAuAC8AcgEFAA0AEAAdACAAIgBwAQ8ANAASABMAGQAaABwAHgAfACEAIwAkACUAJgAnACoAAwADAAIALgAvAEoBBQANABAAHQAgACIASAEPADYAEgATABkAGgAcAB4AHwAhACMAJAAlACYAJwAqAAMAAwACAC4ALwB2AQUADQAQAB0AIAAiAHQBDwA0ABIAEwAZABoAHAAeAB8AIQAjACQAJQAmACcAKgADAAMAAgAuAC8AegEFAA0AEAAdACAAIgB4AQ8ANAASABMAGQAaABwAHgAfACEAIwAkACUAJgAnACoAAwADAAIALgAvAH4BBQANABAAHQAgACIAfAEPADQAEgATABkAGgAcAB4AHwAhACMAJAAlACYAJwAqAAMAAwACAC4ALwCCAQUADQAQAB0AIAAiAIABDwA0ABIAEwAZABoAHAAeAB8AIQAjACQAJQAmACcAKgADAAMAAgAuAC8AhgEFAA0AEAAdACAAIgCEAQ8ANAASABMAGQAaABwAHgAfACEAIwAkACUAJgAnACoAAwADAAIALgAvAIYBBQANABAAHQAgACIAhAEPADYAEgATABkAGgAcAB4AHwAhACMAJAAlACYAJwAqAAMAAwACAC4ALwBeAQUADQAQAB0AIAAiAFwBDwA2ABIAEwAZABoAHAAeAB8AIQAjACQAJQAmACcAKgADAAMAAgAuAC8AUgEFAA0AEAAdACAAIgBQAQ8ANgASABMAGQAaABwAHgAfACEAIwAkACUAJgAnACoAAwADAAIALgAvAKoBBQANABAAHQAgACIAqAEPADQAEgATABkAGgAcAB4AHwAhACMAJAAlACYAJwAqAAMAAwACAC4ALwCyAQUADQAQAB0AIAAiALABDwA0ABIAEwAZABoAHAAeAB8AIQAjACQAJQAmACcAKgADAAMAAgAuAC8AigEFAA0AEAAdACAAIgCIAQ8ANAASABMAGQAaABwAHgAfACEAIwAkACUAJgAnACoAAwADAAIALgAvAI4BBQANABAAHQAgACIAjAEPADQAEgATABkAGgAcAB4AHwAhACMAJAAlACYAJwAqAAMAAwACAC4ALwCSAQUADQAQAB0AIAAiAJABDwA0ABIAEwAZABoAHAAeAB8AIQAjACQAJQAmACcAKgADAAMAAgAuAC8AngEFAA0AEAAdACAAIgCcAQ8ANAASABMAGQAaABwAHgAfACEAIwAkACUAJgAnACoAAwADAAIALgAvAJYBBQANABAAHQAgACIAlAEPADQAEgATABkAGgAcAB4AHwAhACMAJAAlACYAJwAqAAMAAwACAC4ALwCuAQUADQAQAB0AIAAiAKwBDwA2ABIAEwAZABoAHAAeAB8AIQAjACQAJQAmACcAKgAEAB4CAQAZAAMAAgAuAC8AHAIGAAQABwAJAAoACwAoABoCCgAwAAIAAwAFAAgADAANABoAGwApAAMAAwACAC4ALwDAAAYABAAHAAkACgALACgAvgALADAAAgADAAUACAAMAA0AGQAaABsAKQADAAMAAgAuAC8AIgIGAAQABwAJAAoACwAoACACCwAwAAIAAwAFAAgADAANABkAGgAbACkAAwADAAIALgAvACYCBwAEAAcACQAKAAsAFQAoACQCCQAwAAIABQAIAA0ADgAaABsAKQADAAMAAgAuAC8AKgIHAAQABwAJAAoACwAVACgAKAIJADAAAgADAAUACAANABoAGwApAAMAAwACAC4ALwAsAgYABAAHAAkACgALACgAOgAKADAAAgADAAUACAAMAA0AGgAbACkAAwADAAIALgAvACoCBgAEAAcACQAKAAsAKAAoAgkAMAACAAMABQAIAA0AGgAbACkACwAuAgEAMgAwAgEAMwAyAgEANQBlAQEAcAB2AQEAbQCEAQEAcQDCAQEAcgDfAQEAeAADAAIALgAvAAACAgBsAG8AkQEEAGgAaQBqAGsACwAuAgEAMgAwAgEAMwA0AgEANQBlAQEAcAB2AQEAbQB7AQEAcQDfAQEAeADwAQEAcgADAAIALgAvAAACAgBsAG8AkQEEAGgAaQBqAGsACwAuAgEAMgAwAgEAMwA2AgEANQBlAQEAcAByAQEAcQB2AQEAbQDAAQEAcgDfAQEAeAADAAIALgAvAAACAgBsAG8AkQEEAGgAaQBqAGsAAwADAAIALgAvADoCBgAEAAcACQAKAAsAKAA4AggAMAACAAUACAANABoAGwApAAsALgIBADIAMAIBADMANAIBADUAZQEBAHAAdgEBAG0AeQEBAHEA3wEBAHgAHAIBAHIAAwACAC4ALwAAAgIAbABvAGIBBABoAGkAagBrAAMAAwACAC4ALwA+AgYABAAHAAkACgALACgAPAIIADAAAgAFAAgADQAaABsAKQALAC4CAQAyADACAQAzADICAQA1AGUBAQBwAHYBAQBtAIIBAQBxANEBAQByAN8BAQB4AAMAAgAuAC8AAAICAGwAbwBhAQQAaABpAGoAawALAC4CAQAyADACAQAzADYCAQA1AGUBAQBwAG4BAQBxAHYBAQBtAL4BAQByAN8BAQB4AAMAAgAuAC8AAAICAGwAbwBjAQQAaABpAGoAawAKAC4CAQAyADACAQAzAEACAQA1AGUBAQBwAHYBAQBtALgBAQBuAN8BAQB4AAMAAgAuAC8AAAICAGwAbwCBAQQAaABpAGoAawAKAC4CAQAyADACAQAzAEICAQA1AGUBAQBwAHYBAQBtANwBAQByAN8BAQB4AAMAAgAuAC8AAAICAGwAbwCRAQQAaABpAGoAawAKAEQCAQAxAEYCAQAyAEgCAQAzAEoCAQA1AGgBAQBwAG8BAQBtAKcBAQB4AAMAAgAuAC8AtwECAGwAbwBsAQQAaABpAGoAawAKAEwCAQAxAE4CAQAyAFECAQAzAFQCAQA1AGgBAQBwAG8BAQBtAKcBAQB4AAMAAgAuAC8AtwECAGwAbwBsAQQAaABpAGoAawAKAC4CAQAyADACAQAzAFcCAQA1AGUBAQBwAHYBAQBtALwBAQBuAN8BAQB4AAMAAgAuAC8AAAICAGwAbwCRAQQAaABpAGoAawAKAC4CAQAyADACAQAzAEICAQA1AGUBAQBwAHYBAQBtAMABAQByAN8BAQB4AAMAAgAuAC8AAAICAGwAbwBzAQQAaABpAGoAawAKAC4CAQAyADACAQAzAFcCAQA1AGUBAQBwAHYBAQBtAMQBAQBuAN8BAQB4AAMAAgAuAC8AAAICAGwAbwBtAQQAaABpAGoAawALAEYCAQAyAEgCAQAzAEoCAQA1AFkCAQAxAGgBAQBwAG8BAQBtAKcBAQB4ALYBAQBpAAMAAgAuAC8AtwECAGwAbwBrAQMAaABqAGsACgBKAgEANQBbAgEAMgBdAgEAMwBfAgEANwBnAQEAcABpAQEAbQCjAQEAeAADAAIALgAvAOEBAgBsAG8AdAEEAGgAaQBqAGsACgAuAgEAMgAwAgEAMwBCAgEANQBlAQEAcAB2AQEAbQDfAQEAeADkAQEAcgADAAIALgAvAAACAgBsAG8AagEEAGgAaQBqAGsACgAuAgEAMgAwAgEAMwBCAgEANQBlAQEAcAB2AQEAbQDfAQEAeADkAQEAcgADAAIALgAvAAACAgBsAG8AkQEEAGgAaQBqAGsACgBMAgEANwBUAgEANQBhAgEAMgBkAgEAMwBnAQEAcABpAQEAbQCjAQEAeAADAAIALgAvAOEBAgBsAG8AdAEEAGgAaQBqAGsACgBGAgEAMgBIAgEAMwBKAgEANQBnAgEAMQBoAQEAcABvAQEAbQCnAQEAeAADAAIALgAvALcBAgBsAG8AbAEEAGgAaQBqAGsACgAuAgEAMgAwAgEAMwBpAgEANQBlAQEAcAB2AQEAbQDfAQEAeAAbAgEAbgADAAIALgAvAAACAgBsAG8AeAEEAGgAaQBqAGsACgBKAgEANQBbAgEAMgBdAgEAMwBrAgEANwBnAQEAcABpAQEAbQCjAQEAeAADAAIALgAvAOEBAgBsAG8AegEEAGgAaQBqAGsACgAuAgEAMgAwAgEAMwBpAgEANQBlAQEAcAB2AQEAbQDfAQEAeADvAQEAbgADAAIALgAvAAACAgBsAG8AkQEEAGgAaQBqAGsACgAuAgEAMgAwAgEAMwBtAgEANQBlAQEAcAB2AQEAbQDfAQEAeADwAQEAcgADAAIALgAvAAACAgBsAG8AfAEEAGgAaQBqAGsACgBKAgEANQBbAgEAMgBdAgEAMwBvAgEANwBnAQEAcABpAQEAbQCjAQEAeAADAAIALgAvAOEBAgBsAG8AdAEEAGgAaQBqAGsACgAuAgEAMgAwAgEAMwBtAgEANQBlAQEAcAB2AQEAbQDfAQEAeAD2AQEAcgADAAIALgAvAAACAgBsAG8AfQEEAGgAaQBqAGsACgAuAgEAMgAwAgEAMwBtAgEANQBlAQEAcAB2AQEAbQDfAQEAeAD2AQEAcgADAAIALgAvAAACAgBsAG8AkQEEAGgAaQBqAGsACgAuAgEAMgAwAgEAMwBtAgEANQBlAQEAcAB2AQEAbQDfAQEAeADtAQEAcgADAAIALgAvAAACAgBsAG8AkQEEAGgAaQBqAGsACwBGAgEAMgBIAgEAMwBKAgEANQBxAgEAMQBoAQEAcABvAQEAbQCnAQEAeADTAQEAaQADAAIALgAvALcBAgBsAG8AfwEDAGgAagBrAAoARgIBADIASAIBADMASgIBADUAcwIBADEAaAEBAHAAbwEBAG0ApwEBAHgAAwACAC4ALwC3AQIAbABvAGwBBABoAGkAagBrAAoASgIBADUAWwIBADIAXQIBADMAdQIBADcAZwEBAHAAaQEBAG0AowEBAHgAAwACAC4ALwDhAQIAbABvAIMBBABoAGkAagBrAAoALgIBADIAMAIBADMAQAIBADUAZQEBAHAAdgEBAG0AvwEBAG4A3wEBAHgAAwACAC4ALwAAAgIAbABvAJEBBABoAGkAagBrAAoALgIBADIAMAIBADMAdwIBADUAZQEBAHAAdgEBAG0AwgEBAHIA3wEBAHgAAwACAC4ALwAAAgIAbABvAIUBBABoAGkAagBrAAoASgIBADUAWwIBADIAXQIBADMAeQIBADcAZwEBAHAAaQEBAG0AowEBAHgAAwACAC4ALwDhAQIAbABvAHQBBABoAGkAagBrAAoALgIBADIAMAIBADMAdwIBADUAZQEBAHAAdgEBAG0A3wEBAHgA7AEBAHIAAwACAC4ALwAAAgIAbABvAIcBBABoAGkAagBrAAoALgIBADIAMAIBADMAdwIBADUAZQEBAHAAdgEBAG0A3wEBAHgA7AEBAHIAAwACAC4ALwAAAgIAbABvAJEBBABoAGkAagBrAAoASgIBADUAWwIBADIAXQIBADMAewIBADcAZwEBAHAAaQEBAG0AowEBAHgAAwACAC4ALwDhAQIAbABvAHEBBABoAGkAagBrAAoALgIBADIAMAIBADMAdwIBADUAZQEBAHAAdgEBAG0A1wEBAHIA3wEBAHgAAwACAC4ALwAAAgIAbABvAJEBBABoAGkAagBrAAsARgIBADIASAIBADMASgIBADUAfQIBADEAaAEBAHAAbwEBAG0ApwEBAHgA3QEBAGkAAwACAC4ALwC3AQIAbABvAIkBAwBoAGoAawAKAEYCAQAyAEgCAQAzAEoCAQA1AH8CAQAxAGgBAQBwAG8BAQBtAKcBAQB4AAMAAgAuAC8AtwECAGwAbwBsAQQAaABpAGoAawAKAEoCAQA1AFsCAQAyAF0CAQAzAIECAQA3AGcBAQBwAGkBAQBtAKMBAQB4AAMAAgAuAC8A4QECAGwAbwCLAQQAaABpAGoAawAKAEoCAQA1AFsCAQAyAF0CAQAzAIMCAQA3AGcBAQBwAGkBAQBtAKMBAQB4AAMAAgAuAC8A4QECAGwAbwB0AQQAaABpAGoAawALAEYCAQAyAEgCAQAzAEoCAQA1AIUCAQAxAGgBAQBwAG8BAQBtAKcBAQB4AOIBAQBpAAMAAgAuAC8AtwECAGwAbwCNAQMAaABqAGsACgBGAgEAMgBIAgEAMwBKAgEANQCHAgEAMQBoAQEAcABvAQEAbQCnAQEAeAADAAIALgAvALcBAgBsAG8AbAEEAGgAaQBqAGsACgBKAgEANQBbAgEAMgBdAgEAMwCJAgEANwBnAQEAcABpAQEAbQCjAQEAeAADAAIALgAvAOEBAgBsAG8AjwEEAGgAaQBqAGsACgBKAgEANQBbAgEAMgBdAgEAMwCLAgEANwBnAQEAcABpAQEAbQCjAQEAeAADAAIALgAvAOEBAgBsAG8AdAEEAGgAaQBqAGsACwBGAgEAMgBIAgEAMwBKAgEANQCNAgEAMQBoAQEAcABvAQEAbQCnAQEAeACzAQEAaQADAAIALgAvALcBAgBsAG8AdQEDAGgAagBrAAkAVAIBADUAjwIBADIAkgIBADMAZQEBAHAAdgEBAG0A3wEBAHgAAwACAC4ALwAAAgIAbABvAJEBBABoAGkAagBrAAMAIgIBAAEAAwACAC4ALwAgAgoAAAADAAQABgAMAA4ADwAUABgAGQADAMAAAQABAAMAAgAuAC8AvgAKAAAAAwAEAAYADAAOAA8AFAAYABkABgAJAAEABACVAgEAAwD+AQEAPQBwAgEAOQADAAIALgAvAJkBAwA6ADsAcwAGAAkAAQAEAJUCAQADAAoCAQA9AE0CAQA5AAMAAgAuAC8AmQEDADoAOwBzAAcAlwIBAAEAmQIBAAIAmwIBAAQAnQIBADAAlQEBADwAAwACAC4ALwCdAQIAQwB0AAcAJwABAAMAnwIBABcAoQIBABgAowIBABkAFgEBAEwALQIBAFoAAwACAC4ALwAEAKcCAQAEAAMAAgAuAC8ApQICAAAAAwCYAQMAOgA7AHMABAAJAAEABAADAAIALgAvAKoCAgAAAAMAmAEDADoAOwBzAAcArAIBAAYArgIBAAwAsAIBABgAsgIBABkAIQABAEUArwEBAHUAAwACAC4ALwAHAC0AAQADAJ8CAQAXAKMCAQAZALQCAQAYAMMAAQBMAFYCAQBaAAMAAgAuAC8ABwANAAEAAwCfAgEAFwCjAgEAGQC2AgEAGACqAAEATABBAgEAWgADAAIALgAvAAYAmQIBAAIAnQIBADAAuAIBAAQAlAEBADwAAwACAC4ALwCyAQIAQwB0AAcAKQABAAMAnwIBABcAowIBABkAugIBABgAJwEBAEwAOAIBAFoAAwACAC4ALwAFAL4CAQAMAC8AAQBFAJ8BAQB1AAMAAgAuAC8AvAIDAAYADgAYAAcAKwABAAMAnwIBABcAowIBABkAwQIBABgANQEBAEwALgIBAFoAAwACAC4ALwAGAMMCAQAVAMUCAQAXAMcCAQAqAMkCAQAsAMsCAQAtAAMAAgAuAC8ABgDDAgEAFQDFAgEAFwDJAgEALADNAgEAKgDPAgEALQADAAIALgAvAAQA0QIBADIApQEBAHgAAwACAC4ALwDTAgMAMwA1ADcABgDDAgEAFQDFAgEAFwDJAgEALADVAgEAKgDXAgEALQADAAIALgAvAAQA2QIBADIApQEBAHgAAwACAC4ALwDcAgMAMwA1ADcABgBkAAEADgCfAgEAFwCjAgEAGQATAQEASABaAgEAWgADAAIALgAvAAQA3gIBADIAqgEBAHgAAwACAC4ALwDTAgMAMQAzADUABgBoAAEADgCfAgEAFwCjAgEAGQC+AAEASAA1AgEAWgADAAIALgAvAAYAYgABAA4AnwIBABcAowIBABkApwABAEgAUAIBAFoAAwACAC4ALwAEAOACAQAyAKoBAQB4AAMAAgAuAC8A3AIDADEAMwA1AAIAAwACAC4ALwC+AAUAAwAOABcAGAAZAAYAYAABAA4AnwIBABcAowIBABkAIwEBAEgAYQIBAFoAAwACAC4ALwAGAGYAAQAOAJ8CAQAXAKMCAQAZADEBAQBIAFcCAQBaAAMAAgAuAC8AAgADAAIALgAvACACBQADAA4AFwAYABkABgC2AAEABgDjAgEADADlAgEAGAAlAAEARQCfAQEAdQADAAIALgAvAAYAsgIBABkA5wIBAAwA6QIBAA4AKAABAEUAtAEBAHUAAwACAC4ALwADALICAQAZAAMAAgAuAC8AvAIEAAYADAAOABgABQDrAgEAAgDtAgEABADwAgEAMAADAAIALgAvALIBAgBDAHQAAwDzAgEAMQADAAIALgAvAPUCAwAyADMANQAFAMgAAQAOAPcCAQAMACMAAQBFAJ8BAQB1AAMAAgAuAC8AAgADAAIALgAvAPkCBAAxADIAMwA1AAMA+wIBADEAAwACAC4ALwD1AgMAMgAzADUAAgADAAIALgAvAP0CBAAxADIAMwA1AAIAAwACAC4ALwD/AgQAMgAzADUANwACAAMAAgAuAC8AAQMEADIAMwA1ADcAAgADAAIALgAvAAEDBAAxADIAMwA1AAMAsgIBABkAAwACAC4ALwADAwMAAAADAAQAAgADAAIALgAvAAUDBAAxADIAMwA1AAUABwMBABUACQMBABcACwMBACwADQMBAC0AAwACAC4ALwACAAMAAgAuAC8ADwMEADEAMgAzADUAAgADAAIALgAvAAUDBAAyADMANQA3AAIAAwACAC4ALwARAwQAMQAyADMANQAFAMMCAQAVAMUCAQAXANcCAQAtABMDAQAqAAMAAgAuAC8AAgADAAIALgAvABEDBAAyADMANQA3AAUAwwIBABUAxQIBABcAFQMBACoAFwMBACsAAwACAC4ALwACAAMAAgAuAC8A/wIEADEAMgAzADUABQArAAEAAwCfAgEAFwA5AQEATAAyAgEAWgADAAIALgAvAAUAKQABAAMAnwIBABcAUgEBAEwASAIBAFoAAwACAC4ALwACAAMAAgAuAC8AGQMEADEAMgAzADUAAgADAAIALgAvABsDBAAxADIAMwA1AAIAAwACAC4ALwAZAwQAMgAzADUANwAFAB0DAQAxAB8DAQAyABkCAQB4AKMCAQBpAAMAAgAuAC8AAgADAAIALgAvACEDBAAyADMANQA3AAIAAwACAC4ALwAjAwQAMgAzADUANwACAAMAAgAuAC8AJQMEADIAMwA1ADcABQDDAgEAFQDFAgEAFwDLAgEALQAnAwEAKgADAAIALgAvAAIAAwACAC4ALwApAwQAMQAyADMANQACAAMAAgAuAC8AKwMEADEAMgAzADUAAgADAAIALgAvAA8DBAAyADMANQA3AAIAAwACAC4ALwAtAwQAMgAzADUANwADAC8DAQAxAAMAAgAuAC8A9QIDADIAMwA1AAIAAwACAC4ALwAbAwQAMgAzADUANwAFACcAAQADAJ8CAQAXABcBAQBMAC8CAQBaAAMAAgAuAC8AAgADAAIALgAvACsDBAAyADMANQA3AAIAAwACAC4ALwAxAwQAMgAzADUANwAFAA0AAQADAJ8CAQAXAKsAAQBMAEkCAQBaAAMAAgAuAC8ABQDDAgEAFQDFAgEAFwDPAgEALQAzAwEAKgADAAIALgAvAAIAAwACAC4ALwApAwQAMgAzADUANwACAAMAAgAuAC8A+QIEADIAMwA1ADcAAgADAAIALgAvADEDBAAxADIAMwA1AAMANQMBADEAAwACAC4ALwD1AgMAMgAzADUAAgADAAIALgAvACEDBAAxADIAMwA1AAQANwMBADIA6wEBAHgAAwACAC4ALwDTAgIAMwA1AAUALQABAAMAnwIBABcAxQABAEwARAIBAFoAAwACAC4ALwACAAMAAgAuAC8A/QIEADIAMwA1ADcAAwA5AwEAMQADAAIALgAvAPUCAwAyADMANQAFAMMCAQAVAMUCAQAXADsDAQAqAD0DAQArAAMAAgAuAC8AAgADAAIALgAvAD8DBAAxADIAMwA1AAUABwMBABUACQMBABcACwMBACwAQQMBAC0AAwACAC4ALwACAAMAAgAuAC8AIwMEADEAMgAzADUABQDDAgEAFQDFAgEAFwBDAwEAKgBFAwEAKwADAAIALgAvAAIAAwACAC4ALwAtAwQAMQAyADMANQAFAAcDAQAVAAkDAQAXAAsDAQAsAEcDAQAtAAMAAgAuAC8AAgADAAIALgAvACUDBAAxADIAMwA1AAQASQMBADIA6wEBAHgAAwACAC4ALwDcAgIAMwA1AAIAAwACAC4ALwA/AwQAMgAzADUANwACAAMAAgAuAC8AMQMDADIAMwA1AAIAAwACAC4ALwABAwMAMgAzADUAAgADAAIALgAvAAUDAwAyADMANQACAAMAAgAuAC8AEQMDADIAMwA1AAIAAwACAC4ALwC+AAMANAAZACoAAgADAAIALgAvACEDAwAyADMANQACAAMAAgAuAC8AIwMDADIAMwA1AAIAAwACAC4ALwAlAwMAMgAzADUAAwCyAgEAGQADAAIALgAvAEwDAgADAA4AAgADAAIALgAvAD8DAwAyADMANQACAAMAAgAuAC8AIAIDADQAGQAqAAIAAwACAC4ALwBOAwMAAAADAAQAAgADAAIALgAvAC0DAwAyADMANQACAAMAAgAuAC8AGwMDADIAMwA1AAIAAwACAC4ALwArAwMAMgAzADUABABQAwEAGQBSAwEAKgBUAwEANgADAAIALgAvAAQAwwIBABUAxQIBABcAVgMBACoAAwACAC4ALwACAAMAAgAuAC8AWAMDAAAAAwAEAAIAAwACAC4ALwBaAwMAMgAzADUAAgADAAIALgAvAP0CAwAyADMANQACAAMAAgAuAC8AKQMDADIAMwA1AAIAAwACAC4ALwD5AgMAMgAzADUABABQAwEAGQBcAwEAKgBeAwEANgADAAIALgAvAAQAjgABACoAkAABADQAYAMBABkAAwACAC4ALwACAAMAAgAuAC8AYgMDADIAMwA1AAIAAwACAC4ALwAgAgMANgAZACoABABgAwEAGQBkAwEAKgBmAwEANAADAAIALgAvAAIAAwACAC4ALwBoAwMAMgAzADUABAAHAwEAFQAJAwEAFwBqAwEAKwADAAIALgAvAAIAAwACAC4ALwBsAwMAAAADAAQABAAHAwEAFQAJAwEAFwBBAwEALQADAAIALgAvAAQABwMBABUACQMBABcADQMBAC0AAwACAC4ALwAEAFADAQAZAG4DAQAqAHADAQA2AAMAAgAuAC8AAgADAAIALgAvAL4AAwA2ABkAKgAEAIIAAQAqAIYAAQA0AGADAQAZAAMAAgAuAC8AAwCyAgEAGQADAAIALgAvAHIDAgABAA8AAgADAAIALgAvAHQDAwAyADMANQAEAGADAQAZAHYDAQAqAHgDAQA0AAMAAgAuAC8AAgADAAIALgAvAFwBAwAwAAIABAAEAAcDAQAVAAkDAQAXAEcDAQAtAAMAAgAuAC8AAgADAAIALgAvALABAwAwAAIABAAEAJoAAQAqAJwAAQA0AGADAQAZAAMAAgAuAC8AAgADAAIALgAvABkDAwAyADMANQAEAFADAQAZAHoDAQAqAHwDAQA2AAMAAgAuAC8ABADTAgEAMQB+AwEAMgAdAgEAeAADAAIALgAvAAIAAwACAC4ALwCAAwMAMgAzADUAAgADAAIALgAvAP8CAwAyADMANQACAAMAAgAuAC8ADwMDADIAMwA1AAQA3AIBADEAggMBADIAHQIBAHgAAwACAC4ALwACAAMAAgAuAC8AhQMDADIAMwA1AAIAAwACAC4ALwCHAwMAMgAzADUABABQAwEAGQCJAwEAKgCLAwEANgADAAIALgAvAAQABwMBABUACQMBABcAjQMBACsAAwACAC4ALwACAAMAAgAuAC8AjwMDAAAAAwAEAAIAAwACAC4ALwCRAwMAMgAzADUABABgAwEAGQCTAwEAKgCVAwEANAADAAIALgAvAAQABwMBABUACQMBABcAlwMBACsAAwACAC4ALwAEAFADAQAZAJkDAQAqAJsDAQA2AAMAAgAuAC8AAgADAAIALgAvAJ0DAwAyADMANQACAAMAAgAuAC8AnwMDADIAMwA1AAIAAwACAC4ALwChAwMAMgAzADUAAwCyAgEAGQCjAwEADwADAAIALgAvAAMAsgIBABkApQMBAA8AAwACAC4ALwADAGQAAQAOAA8BAQBIAAMAAgAuAC8AAwAnAAEAAwAXAQEATAADAAIALgAvAAMAKwABAAMAOQEBAEwAAwACAC4ALwADACcAAQADABgBAQBMAAMAAgAuAC8AAwCnAwEADACpAwEAFgADAAIALgAvAAMAqwMBACoArQMBADYAAwACAC4ALwADACsAAQADAFkBAQBMAAMAAgAuAC8AAwCyAgEAGQCvAwEABgADAAIALgAvAAMAsQMBAAQAswMBABEAAwACAC4ALwADAGgAAQAOAM8AAQBIAAMAAgAuAC8AAwCyAgEAGQC1AwEADwADAAIALgAvAAMADQABAAMAnQABAEwAAwACAC4ALwADACkAAQADAFIBAQBMAAMAAgAuAC8AAwCyAgEAGQC3AwEAFAADAAIALgAvAAMAKQABAAMASAEBAEwAAwACAC4ALwADALICAQAZALkDAQAOAAMAAgAuAC8AAwCyAgEAGQC7AwEADwADAAIALgAvAAMAsgIBABkAvQMBAA4AAwACAC4ALwADAL8DAQAqAMEDAQA2AAMAAgAuAC8AAwDDAwEAKgDFAwEANgADAAIALgAvAAMAxwMBACoAyQMBADYAAwACAC4ALwADAA0AAQADAKsAAQBMAAMAAgAuAC8AAwBgAAEADgBUAQEASAADAAIALgAvAAMALQABAAMAwgABAEwAAwACAC4ALwADAC0AAQADAMcAAQBMAAMAAgAuAC8AAwDLAwEAKgDNAwEANgADAAIALgAvAAMAzwMBACoA0QMBADYAAwACAC4ALwADACsAAQADAC8BAQBMAAMAAgAuAC8AAwApAAEAAwAeAQEATAADAAIALgAvAAMADQABAAMArAABAEwAAwACAC4ALwADANMDAQAEANUDAQARAAMAAgAuAC8AAwCyAgEAGQDXAwEABgADAAIALgAvAAMA2QMBAAQA2wMBABEAAwACAC4ALwADAJUCAQADAP4BAQA9AAMAAgAuAC8AAwCyAgEAGQDdAwEABgADAAIALgAvAAMA3wMBAAQA4QMBABEAAwACAC4ALwADAGIAAQAOAKkAAQBIAAMAAgAuAC8AAwCyAgEAGQDjAwEADwADAAIALgAvAAMA5QMBAAYAvwABAF4AAwACAC4ALwADAGgAAQAOANYAAQBIAAMAAgAuAC8AAwDnAwEABgClAAEAXgADAAIALgAvAAMAsgIBABkA6QMBAAYAAwACAC4ALwADAC0AAQADAMUAAQBMAAMAAgAuAC8AAwBmAAEADgA0AQEASAADAAIALgAvAAMAsgIBABkA6wMBAAYAAwACAC4ALwADAO0DAQAEAO8DAQARAAMAAgAuAC8AAwBkAAEADgAVAQEASAADAAIALgAvAAMABwMBABUACQMBABcAAwACAC4ALwADALICAQAZAPEDAQAPAAMAAgAuAC8AAwCyAgEAGQDzAwEADgADAAIALgAvAAMAsgIBABkA9QMBAA8AAwACAC4ALwADALICAQAZAPcDAQAOAAMAAgAuAC8AAwD5AwEADAD7AwEAFgADAAIALgAvAAMAYAABAA4ANwEBAEgAAwACAC4ALwADAP0DAQAGABEBAQBeAAMAAgAuAC8AAwD/AwEABgBWAQEAXgADAAIALgAvAAMAsgIBABkAAQQBABQAAwACAC4ALwADACcAAQADAAoBAQBMAAMAAgAuAC8AAwADBAEAKgAFBAEANgADAAIALgAvAAMABwQBACoACQQBADYAAwACAC4ALwADAAsEAQAqAA0EAQA2AAMAAgAuAC8AAgADAAIALgAvAA8EAgADAAQAAwARBAEADAATBAEAFgADAAIALgAvAAMAsgIBABkAFQQBABQAAwACAC4ALwADAGYAAQAOAB8BAQBIAAMAAgAuAC8AAwAXBAEABgAiAQEAXgADAAIALgAvAAMAGQQBACoAGwQBADYAAwACAC4ALwADAB0EAQAqAB8EAQA2AAMAAgAuAC8AAwCVAgEAAwAiAgEAPQADAAIALgAvAAMAsgIBABkAIQQBABQAAwACAC4ALwADACMEAQAqACUEAQA2AAMAAgAuAC8AAwBiAAEADgCjAAEASAADAAIALgAvAAMAsgIBABkAJwQBABQAAwACAC4ALwADACkEAQAqACsEAQA2AAMAAgAuAC8AAwAtBAEAKgAvBAEANgADAAIALgAvAAMAsgIBABkAMQQBAA4AAwACAC4ALwACADMEAQA3AAMAAgAuAC8AAgC2AAEABgADAAIALgAvAAIANQQBADQAAwACAC4ALwACALwAAQAGAAMAAgAuAC8AAgA3BAEABAADAAIALgAvAAIAOQQBADYAAwACAC4ALwACAHgDAQA0AAMAAgAuAC8AAgAlBAEANgADAAIALgAvAAIAlQMBADQAAwACAC4ALwACACsEAQA2AAMAAgAuAC8AAgA7BAEANgADAAIALgAvAAIAPQQBADYAAwACAC4ALwACAD8EAQA2AAMAAgAuAC8AAgCLAwEANgADAAIALgAvAAIAQQQBADcAAwACAC4ALwACAEMEAQA2AAMAAgAuAC8AAgBFBAEANAADAAIALgAvAAIARwQBADcAAwACAC4ALwACAM0DAQA2AAMAAgAuAC8AAgBJBAEAAAADAAIALgAvAAIAfAMBADYAAwACAC4ALwACAEsEAQAEAAMAAgAuAC8AAgBNBAEABAADAAIALgAvAAIATwQBADcAAwACAC4ALwACAFEEAQA2AAMAAgAuAC8AAgAJBAEANgADAAIALgAvAAIAUwQBADYAAwACAC4ALwACAF4DAQA2AAMAAgAuAC8AAgBVBAEABAADAAIALgAvAAIAVwQBADYAAwACAC4ALwACAFkEAQA3AAMAAgAuAC8AAgBbBAEAFgADAAIALgAvAAIAXQQBADcAAwACAC4ALwACAGYDAQA0AAMAAgAuAC8AAgBfBAEABAADAAIALgAvAAIAYQQBABYAAwACAC4ALwACABsEAQA2AAMAAgAuAC8AAgBjBAEAFgADAAIALgAvAAIAZQQBAAQAAwACAC4ALwACAGcEAQAAAAMAAgAuAC8AAgBpBAEANgADAAIALgAvAAIAHwQBADYAAwACAC4ALwACAFQDAQA2AAMAAgAuAC8AAgBrBAEAMQADAAIALgAvAAIAbQQBADQAAwACAC4ALwACANEDAQA2AAMAAgAuAC8AAAAAAGsAAADWAAAAQQEAAKwBAAAXAgAAfQIAAOMCAABJAwAAsQMAABkEAACBBAAA6QQAAFEFAAC2BQAAGAYAAHoGAADcBgAAPgcAAKAHAAD/BwAAXggAAL0IAAAcCQAAewkAANoJAAA5CgAAmAoAANYKAAAaCwAAZAsAAKwLAAAIDAAAVAwAALAMAAAMDQAAaA0AALYNAAD0DQAAUA4AAJIOAADrDgAARA8AAJ0PAAD2DwAATxAAAKgQAAABEQAAWhEAALMRAAAMEgAAZRIAAL4SAAAXEwAAcBMAAMkTAAAiFAAAexQAANQUAAAtFQAAhhUAAN8VAAA4FgAAkRYAAOoWAABDFwAAnBcAAPUXAABOGAAApxgAAAAZAABZGQAAshkAAAsaAABkGgAAvRoAABYbAABvGwAAyBsAACEcAAB6HAAA0xwAACwdAACFHQAA3h0AADceAACQHgAA6R4AAB8fAABVHwAAix8AAMEfAAD3HwAASiAAAJ0gAADwIAAAQyEAAJYhAADpIQAAPCIAAI8iAADiIgAANSMAAIgjAADbIwAALiQAAIEkAADUJAAAJyUAAHolAADNJQAAICYAAHMmAADGJgAAGScAAGwnAAC/JwAAEigAAGUoAAC4KAAACykAAF4pAACxKQAABCoAAFcqAACqKgAA/SoAAFArAACYKwAA0isAABAsAABULAAAjiwAANgsAAAeLQAAXi0AAJAtAADCLQAA8C0AACIuAABULgAAhi4AAK8uAADYLgAAAS8AACovAABTLwAAfC8AAKUvAADOLwAA9y8AACAwAABJMAAAcjAAAJswAADEMAAA7TAAABYxAAA/MQAAaDEAAJExAAC6MQAA4zEAAAwyAAA1MgAAXjIAAIcyAACwMgAA2TIAAAIzAAArMwAAVDMAAH0zAACmMwAA0TMAAAk0AAA9NAAAdzQAALM0AADxNAAAMTUAAHM1AACnNQAAzDUAAPE1AAAWNgAAOzYAAGA2AACFNgAAqjYAAM82AAD0NgAAGTcAAD43AABjNwAAiDcAAK03AADSNwAA9zcAABw4AABBOAAAZjgAAIs4AACwOAAA1TgAAPo4AAAfOQAARDkAAGk5AACOOQAAszkAANg5AAD9OQAAIjoAAEc6AACDOgAAwToAAPM6AAAfOwAASzsAAIs7AAC3OwAA4zsAABk8AABLPAAAgzwAAL08AAD5PAAANz0AAGM9AACVPQAA1T0AAAs+AAA9PgAAdT4AAK8+AADZPgAAAz8AAC0/AABXPwAAgT8AAKs/AADVPwAA/z8AAClAAABTQAAAeEAAAJdAAAC6QAAA2UAAAPhAAAAXQQAANkEAAFVBAAB0QQAAk0EAALJBAADRQQAA8EEAABNCAAAyQgAAUUIAAHBCAACPQgAArkIAAM1CAADsQgAAC0MAACpDAABJQwAAaEMAAIdDAACmQwAAxUMAAORDAAADRAAAIkQAAEFEAABgRAAAf0QAAJ5EAAC7RAAA2EQAAPVEAAASRQAAL0UAAExFAABpRQAAhkUAAKNFAADARQAA3UUAAPpFAAAXRgAANEYAAFFGAABuRgAAi0YAAKhGAADFRgAA4kYAAP9GAAAcRwAAOUcAAFZHAABzRwAAkEcAAK1HAADKRwAA50cAAARIAAAhSAAAPkgAAFtIAAB4SAAAlUgAALJIAADPSAAA7EgAAAlJAAAmSQAAQ0kAAGBJAAB9SQAAmkkAALdJAADUSQAA8UkAAA5KAAArSgAASEoAAGVKAACCSgAAn0oAALxKAADZSgAA9koAABNLAAAwSwAATUsAAGpLAACHSwAApEsAAMFLAADeSwAA+ksAABRMAAAuTAAAR0wAAGBMAAB5TAAAkUwAALhMAADfTAAABk0AAB1NAABETQAAW00AAIJNAACpTQAAzU0AAPFNAAAVTgAAOU4AAF1OAACBTgAApU4AAMtOAADvTgAAE08AADdPAABbTwAAf08AAKNPAADHTwAA608AAA9QAAAzUAAAV1AAAHtQAACfUAAAxVAAAOlQAAANUQAAMVEAAFVRAAB5UQAAnVEAAMFRAADlUQAACVIAAC9SAABTUgAAd1IAAJtSAADBUgAA5VIAAAlTAAAtUwAAU1MAAHRTAACIUwAAnFMAALJTAADIUwAA4FMAAPdTAAAIVAAAGVQAADBUAABHVAAAXlQAAHNUAACKVAAAnVQAALRUAADIVAAA3FQAAOxUAAAAVQAAEFUAACRVAAA0VQAASFUAAFxVAABsVQAAeFUAAIxVAACgVQAArFUAAMBVAADUVQAA4lUAAPRVAAABVgAAElYAAB1WAAAqVgAANVYAAEBWAABLVgAAVlYAAGNWAABuVgAAf1YAAIpWAACVVgAAoFYAALFWAAC8VgAAzVYAANhWAADpVgAA+lYAAAVXAAAQVwAAG1cAACxXAAA3VwAAQlcAAE1XAABeVwAAaVcAAHRXAAB/VwAAilcAAJdXAACiVwAAs1cAAL5XAADJVwAA2lcAAOtXAAD2VwAAAVgAAAxYAAAZWAAAJFgAADNYAABEWAAAT1gAAFxYAABtWAAAeFgAAIlYAACUWAAApVgAALBYAADBWAAAzFgAANtYAADmWAAA8FgAAPpYAAAEWQAADlkAABhZAAAiWQAALFkAADZZAABCWQAATFkAAFZZAABgWQAAalkAAHRZAAB+WQAAjFkAAJpZAACkWQAArlkAALhZAADCWQAAzFkAANpZAADoWQAA8lkAAPxZAAAKWgAAFFoAACJaAAAsWgAAOloAAEhaAABWWgAAYFoAAG5aAAB6WgAAhFoAAJJaAACcWgAAqloAALRaAADCWgAAzFoAANpaAADoWgAA8loAAPxaAAAGWwAAFFsAAB5bAAAoWwAANlsAAERbAABOWwAAWFsAAGZbAAB0WwAAglsAAIxbAACWWwAAoFsAAKtbAAC2WwAAwVsAAMxbAADXWwAA4lsAAO1bAAD4WwAAA1wAAA5cAAAZXAAAJFwAAC9cAAA6XAAARVwAAFBcAABbXAAAZlwAAHFcAAB8XAAAh1wAAJJcAACdXAAAqFwAALNcAAC+XAAAyVwAANRcAADfXAAA6lwAAPVcAAAAXQAAC10AABZdAAAhXQAALF0AADddAABCXQAATV0AAFhdAABjXQAAbl0AAHldAACEXQAAj10AAJpdAAClXQAAsF0AALtdAADGXQAA0V0AANxdAADnXQAA8l0AAP1dAAAIXgAAE14AAB5eAAApXgAANF4AAD9eAABKXgAAVV4AAF5eAABpXgAAdF4AAH9eAACKXgAAlV4AAKBeAACrXgAAtl4AAMFeAADMXgAA114AAOJeAADtXgAA+F4AAABfAAAIXwAAEF8AABhfAAAgXwAAKF8AADBfAAA4XwAAQF8AAEhfAABQXwAAWF8AAGBfAABoXwAAcF8AAHhfAACAXwAAiF8AAJBfAACYXwAAoF8AAKhfAACwXwAAuF8AAMBfAADIXwAA0F8AANhfAADgXwAA6F8AAPBfAAD4XwAAAGAAAAhgAAAQYAAAGGAAACBgAAAoYAAAMGAAADhgAABAYAAASGAAAFBgAABYYAAAYGAAAAAAAAAAAAIAAQAAAAIAAgAAAQABAAABAAABAAABAQABAAABAAAAAAAAAAABAAABAAABAQABAAABAAABAAABAAABAAAAAAABAAABAAABAAABAAABAAABAAABAQABAAABAAABAAABAAABAAABAAABAAABAAABAAABAAABAAABAAABAAABAAABAAABAAABAAABAQABAAABAAABAAABAQAAAQABAQABAQAAAQABAQABAQABAQABAQABAQABAQABAQABAQABAQABAQABAQABAQAAAQABAQABAQABAQABAQABAQAAAQABAQABAQABAQAAAQABAQABAQABAQAAAQABAQABAQABAQABAQABAQABAQABAQABAQABAQABAQABAQABAQABAQABAQABAQAAAQAAAQABAQABAQABAQABAQABAQABAQABAQABAQABAQAAAAABAQABAQABAQABAQABAQABAQABAQABAQABAQABAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQACAAMABAAFAAYABwAIAAkACgALAAwADQAOAA8AEAARABIAEwAUABUAFgAXABgAGQAaABsAHAAdAB4AHwAgACEAIgAjACQAJQAmACcAKAApACoAKwAsAC0ALgAvADAAMQAyADMANAA1ADYANwA4ADkAOgA7ADwAPQA+AD8AQABBAEIAQwBEAEUARgBHAEgASQBKAEsATABNAE4ATwBQAFEAUgBTAFQAVQBWAFcAWABZAFoAWwBcAF0AXgBfAGAAYQBiAGMAZABlAGYAZwBoAGkAagBrAGwAbQBuAG8AcABxAHIAcwB0AHUAdgB3AHgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAKgAAAAMAAgADAAIAAwACAAMAAgADAAIAAQACAAEAAgABAAIAAwACAAMAAgADAAIAAwACAAMAAgABAAIAAQACAAEAAgABAAIAAQACAAEAAgABAAMAAQACAAEAAwABAAIAAQADAAEAAwABAAMAAQADAAEAAgABAAIAAQACAAEAAgABAAIAAQACAAEAAgABAAIAAQACAAEAAgABAAIAAQACAAEAAgABAAIAAQACAAEAAgABAAIAAQACAAEAAgABAAIAAQACAAEAAgABAAIAAQACAAEAAgABAAIAAQACAAEAAgABAAIAAQACAAEAAgABAAIAAQACAAEAAgABAAIAAQACAAEAAgABAAIAAQACAAEAAgABAAIAAQACAAEAAgABAAIAAQACAAEAAgABAAIAAQACAAEAAgABAAIAAQACAAEAAgABAAIAAQACAAEAAgABAAIAAQACAAEAAgABAAIAAQACAAEAAgABAAIAAQACAAEAAgABAAIAAQACAAEAAgABAAIAAQACAAEAAgABAAIAAQACAAEAAgABAAIAAQACAAEAAgABAAIAAQACAAEAAgABAAIAAQACAAEAAgABAAIAAQACAAEAAgABAAIAAQACAAEAAgABAAIAAQACAAEAAgABAAIAAQACAAEAAgABAAIAAQACAAEAAgABAAIAAQACAAEAAgAqAAAAKgAAACoAAAAqAAAAKgAAACoAAAAqAAAAKgAAACoAAAAqAAAAAQACACoAAAAqAAAAKgAAAAEAAgABAAIAAQACAAEAAgABAAIAAQACAAEAAgABAAIAAQACAAEAAgABAAIAAQACAAEAAgABAAIAAQACAAEAAgABAAIAAQACAAEAAgABAAIAAQACAAEAAgABAAIAAQACAAEAAgABAAIAAQACAAEAAgABAAIAAQACAAEAAgABAAIAKgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAKgAAACoAAAAqAAAAKgAAACoAAAAqAAAAKgAAACoAAAAqAAAAKgAAACoAAAAqAAAAKgAAACoAAAAqAAAAKgAAACoAAAAqAAAAKgAAACoAAAAqAAAAKgAAACoAAAAqAAAAKgAAACoAAAAqAAAAKgAAACoAAAAqAAAAKgAAACoAAAAqAAQAKgAEACoABQACAAAAAgAAACoABAACAAAAAgAAACoABQAqAAUAKgAFACoABQAqAAUAKgAFAAIAAAAqAAQAKgAFACoABAAqAAQAKgAEACoABAAqAAUAKgAFACoABQAqAAUAKgAEACoABQAqAAQAKgAEACoABAAqAAQAAgAAAAIAAAAqAAQAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAACoABQACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAACAAAAAgAAAAIAAAAqAAUAKgAEACoABQAqAAQAKgAEACoABQAqAAUAKgAFACoABQAqAAQAKgAFACoABAAqAAUAKgAEACoABAAqAAQAKgAFACoABQAqAAUAKgAFACoABQAqAAUAKgAFACoABQAqAAUAKgAEACoABQAqAAUAKgAFACoABAAqAAQAKgAFACoABAAqAAQAKgAEACoABQAqAAUAKgAFACoABQAqAAUAKgAFACoABAAqAAQAKgAEACoABAAqAAQAKgAEACoABQAqAAQAKgAEACoABAAqAAQAKgAEACoABQAqAAUAKgAFACoABAAqAAQAKgAEACoABAAqAAQAKgAEACoABAAqAAUAAQACAAEAAgABAAIAAwACAAMAAgABAAIAAQACAAAABgAAAAYAAAAGAAEAAgAAAAYAAQACAAAABgAAAAYAAAAGAAAABgAAAAcAAAAHAAAABgAAAAYAAAAGAAAABwAAAAgAAAAGAAAABgAAAAgAAAAHAAAABgAAAAgAAAAGAAAABgAAAAgAAAAGAAAABgAAAAYAAAAHAAAABwAAAAgAAAAGAAAABgAAAAgAAAAGAAAABgAAAAgAAAAGAAAABwAAAAcAAAAIAAAACAAAAAcAAAAHAAAACAAAAAgAAAAHAAAABgAqAAAAKgAAACoAAAAqAAAABAACAAAAAAAqAAAAKgAAAAAAAAAAAAAAAAAAACoAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAIAAAAAAAAAAcAAAAAAAAAAAAAAAcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACoAAgAAAAcAAAAAAAAABwAAAAcAAAAHAAAACAAAAAgAAAAHACoAAAAAAAcAAAAAAAAABwAAAAgAAAAHAAAAAAAAAAgAAAAAAAAABwAAAAAAAAAAAAAABwAAAAcAAAAIAAAACQAAAAgAAAAIAAAACAAAAAAAAAAHAAAABwAAAAgAAAAIAAAABwAAAAgAAAAAAAAACAAAAAgAAAAAAAAAAAAAAAgAAAAIAAAABwAAAAcAAAAHAAAABgAAAAAAAAAIAAAABwAAAAAAAAAHAAAAAAAAAAcAAAAAAAAABwAAAAAAAAAHAAAABgAAAAgAAAAGAAAABgAAAAYAAAAGAAAABAAAAAYAAAAGAAAABgAAAAAAAAAGAAAABAAqAAAAAAAGAAAABgAAAAYAAAAFAAAAAAAqAAAAAAAGAAAABgAAAAYAAAAGAAAABQAAAAQAAAAGAAAABQAAAAQAAAAGAAAAAAAqAAAAAAAAAAAAAAAAAAUAAAAFAAAABAADAAAAAAAGAAAABAAqAAIAAAAAACoAAgAAAAQAAAAGAAAABQAAAAkAAAAGAAAABgAAAAYAAAAJAAAABgAAAAYAAAAFAAAAAAAqAAAAAAAGAAAABAAAAAAAAAAFAAAABgAAAAYAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAAqAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAABQAAAAUAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAUAAAAAAAAAAAAAAAAAKgAAAAAAAAAqAAAAAAAAAAAAAAAqAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAABQAAAAUAAAAFACoAAAAAAAAAAQAAAAAAAAAAAAAAAAAFAAAABQAAAAAAAQAAAAAABQAAAAAAAQAAAAAABQAAAAUAAAAAAAAACgAAAAAAAAAEAAAAAAAqAAAAAAAFAAAABAAAAAUAAAAEAAAABQAAAAUAAAAFAAAABQAAAAUAAAAKAAAABQAAAAQAAAAKAAAABQAAAAAAAAAFACoAAAAqAAAAAAAKAAAABQAAAAUAAAAFAAAABQAqAAAAAAAFAAAACgAAAAAAAAAKAAAABAAqAAAAAAAAAAAABQAAAAAAKgAAAAAAAAAAAAUAAAAFAAAABQAAAAsAAAAEAAAABQAAAAAAAAAAAAAAAAAAAAAAAQEBAQEBAQEBAAAAAAAAAAEAAAABAAAAAAAAAAEAAAAAAAAAAAABAAAAAQEAAQAAAAEBAQABAAAAAAEBAAEAAQABAQAAAAAAAAAAAAAAAAEAAQAAAAAAADAAMQAyADMANAA1ADYANwAAAAEAAgACAAIAAgACAAcACAAJAAoACgAKAAoACgAPABAAEAAQABAAEAAVABYAFwAYABUAFwAXABUAHQAeAB8AIAAhACIAIwAkACUAJgAnACgAKQAqACsALAAqAC4ALwAwADEAMgAzADQANQA2ADcANAA5ADQANAA1AD0APgA1ACoAQQBCADUAKgBFADQANQA2ADcARQArADcARQArADcARQArADcARQArADYANgA2ACoAWQBaAFsAXABdAF4AXwBgAGEAYgBjAGQAXgBfAGAAYgBjAGQAYQBiAGMAZABeAF8AXgBhAGEAXwBiAGMAZABgAF4AXwBgAGEAYgBjAGQAYAAiACcAKQAgAB0AJgAfAB4AXABZAIsAWgBdAFsAjwCQAJEAkgCTAJQAlQCWAJcAmACZAJoAmwCcAJ0AngCfAKAAoQCiAKMApAClAKYApwCoAKkAqgCrAKwArQCuAIsAKQAdAB4AIAAfACIAJgAnAJoAnACbAKEAjwCkAKcApQCuAKYAnQCqAKIAqwCSAKwAkwCQAJQAngCoAJ8AoACpAJEAlQCWAJcAmACZAKMArQAfACIAJwBZAF0AJgBaAFsAKQAdAB4AIAAfACIAXAAnACYAKQAdAB4AIABZAFsAWgBcAFwAXQBdAFoAWQBbAIsAoQCLAK4AkACRAJIAkwCUAJUAlgCXAJgAiwCZAJoAmwCtAI8AnQCeAJ8AoACiAKMApAClAKYApwCoAKkAqgCrAKwAnACPAJMAkACUAKwAowCXAKQApQCnAK0AkACmAKoAkQCuAJkAmgCbAJwAlACdAJYApwCoAJUAqQCqAK4AqQCSAKsAlgCXAJgAngCfAKAAkQCSAKEAmQCaAJsAnACPAJ0AkwCeAJ8AoAChAKIAogCYAJUAqwCtAKMApAClAKgApgCsAFoBWwFcAV0BXgFfAV4BYQFhAWEBZAFlAWYBZQFlAWkBagFrAWwBbQFuAWkBcAFxAXIBcwFsAWsBaQF3AW0BbgFxAXIBcwFqAXABawF3AW0BbgFxAXIBcwF3AWoBcAFrAXcBcQFwAWsBdwFxAXABbAFcAVsBlAGVAZYBlwGYAZkBmgGXAZcBnQGXAZ8BlwGhAaEBowGhAaUBpgGjAaYBpgGlAVsBpgGmAVwBrwGwAbEBsgGzAbQBtQGzAbcBuAG5AbkBuwG8Ab0BvgG8AcABwQHAAcMBuAHFAcUBxwHIAccBygHLAcwBzQHBAc8B0AG+AdIBswHIAcUB0AHXAcUBwQHPAbUB1wGzAcsBowHFAbcBswHDAeQBvQHMAcMB0gG9Ac0BpQHkAdcBuQG8AcABWwHLAcwBzQH1AeQBXAH4AdIByAHQAfwB/QH+Af8BtwHPAbUBAwIEAgUCXAEHAggCCQIKAgsCCwINAlsBBAIQAhECBwITAgsCrQAEAscBGAKjARoCuAG+AaUBHgIfAiACCQIiAiMCBwIJAiYCJwIoAikCKgIrAiwCLQItAi8CMAIxAi8CMwI0AjUCNgI3Ai0COQI3AjsCKwI7Aj4CPwIxAi0CLAI3Ai8CRQJGAjcCLwIvAjQCMwI0Ak0CMwI0AjUCKwJSAiwCUgIzAi0CNQIzAjQCNQJbAisCOwIrAjsCYAI1AlICUgI5AjcCPwJFAjECaQJqAjkCLAJSAm4CRgJwAjkCRQIsAjkCRgI/AjsCeAJ5AnoCewJ8An0CfgJ/An4CgQKCAoMChAKFAngCfQJ6AngCfwKLAowCjQKOAngChAJ/An0CkwKUApUClgKXAngCfgKaApsCnAKdAp4CnwKEAoECogKjAnoCgQIAAAAAAQABAAEAAQAAAAEAAQABAAAAAQABAAEAAQABAAEAAQABAAEAAQABAAEAAQABAAEAAQABAAEAAQABAAEAAQABAAEAAQABAAEAAQABAAEAAQABAAEAAQABAAEAAQADAAMAAQABAAEAAQABAAEAAQABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAABwAAAAkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAwAAAAAAAAAAAAAAAAAAAAAAnwKLApkBmQEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAiwIPAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJkBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAADAAAAAAAAAAEBAAAAAAAAAAAAAAEAAAABAQAAAAAAAAEAOAAAAAAAAQEAAAAAAAAAAGABAAAAAAEBAAAAAAAAAACWAQAAAAABAQAAAAAAAAAAXgEAAAAAAQEAAAAAAAAAAK4AAAAAAAEAAAAAAAAAAACvAAAAAAABAQAAAAAAAAAANwAAAAAAAQAAAAAAAAAAAMkAAAAAAAEBAAAAAAAAAADJAAAAAAABAAAAAAAAAAAA0AAAAAAAAQAAAAAAAAAAAMYAAAAAAAEBAAAAAAAAAABdAQAAAAABAAAAAAAAAAAAmgIAAAAAAQEAAAAAAAAAAHgAAAAAAAEAAAAAAAAAAACWAgAAAAABAQAAAAAAAAAAlgIAAAAAAQEAAAAAAAAAAHABAAAAAAEBAAAAAAAAAAD6AAAAAAABAQAAAAAAAAAAKQEAAAAAAQEAAAAAAAAAADYBAAAAAAEBAAAAAAAAAADAAAAAAAABAQAAAAAAAAEBTQAAAAAAAQEAAAAAAAAAABgAAAAAAAEBAAAAAAAAAQJNAAAAAAABAQAAAAAAAAAAFgAAAAAAAgEAAAAAAAABAnYAAAAAAAAAXgEAAQAAAQEAAAAAAAABAnYAAAAAAAIAAAAAAAAAAQJ2AAAAAAAAAK8AAAEAAAIBAAAAAAAAAQJ2AAAAAAAAADcAAAEAAAIAAAAAAAAAAQJ2AAAAAAAAAMkAAAEAAAIBAAAAAAAAAQJ2AAAAAAAAAMkAAAEAAAIAAAAAAAAAAQJ2AAAAAAAAANAAAAEAAAIAAAAAAAAAAQJ2AAAAAAAAAMYAAAEAAAIBAAAAAAAAAQJ2AAAAAAAAACQAAAEAAAIBAAAAAAAAAQJ2AAAAAAAAAF0BAAEAAAIBAAAAAAAAAQJ2AAAAAAAAAHgAAAEAAAIAAAAAAAAAAQJ2AAAAAAAAAJYCAAEAAAIBAAAAAAAAAQJ2AAAAAAAAAJYCAAEAAAIBAAAAAAAAAQJ2AAAAAAAAAHABAAEAAAEBAAAAAAAAAABGAQAAAAABAQAAAAAAAAAAnAAAAAAAAQEAAAAAAAAAABkBAAAAAAEBAAAAAAAAAAAtAQAAAAABAQAAAAAAAAAAuQAAAAAAAQEAAAAAAAAAAM0AAAAAAAEBAAAAAAAAAABLAQAAAAABAQAAAAAAAAAADAEAAAAAAQEAAAAAAAAAAJ8AAAAAAAEBAAAAAAAAAAA+AQAAAAABAAAAAAAAAAAA+QAAAAAAAQEAAAAAAAAAAEkAAAAAAAEAAAAAAAAAAAAlAQAAAAABAQAAAAAAAAAAJQEAAAAAAQAAAAAAAAAAACgBAAAAAAEAAAAAAAAAAAA4AQAAAAABAQAAAAAAAAAAgAAAAAAAAQEAAAAAAAAAAH4CAAAAAAEBAAAAAAAAAACQAQAAAAABAQAAAAAAAAAAuQEAAAAAAQEAAAAAAAABA00AAAAAAAEBAAAAAAAAAAAZAAAAAAABAQAAAAAAAAAAFwIAAAAAAQEAAAAAAAAAAJkCAAAAAAEBAAAAAAAAAADuAQAAAAABAQAAAAAAAAAAHAAAAAAAAQEAAAAAAAAAAMcBAAAAAAEBAAAAAAAAAAAVAAAAAAABAQAAAAAAAAAAyQEAAAAAAQEAAAAAAAAAAIACAAAAAAEBAAAAAAAAAAC6AQAAAAABAQAAAAAAAAEDYwAAAAAAAQAAAAAAAAABA2MAAAAAAAEAAAAAAAAAAABOAAAAAAABAAAAAAAAAAAANAIAAAAAAQEAAAAAAAAAAF0AAAAAAAEBAAAAAAAAAABZAAAAAAABAQAAAAAAAAAAawAAAAAAAQEAAAAAAAAAAGwAAAAAAAEAAAAAAAAAAABsAAAAAAABAAAAAAAAAAAAbQAAAAAAAQEAAAAAAAAAAG0AAAAAAAEBAAAAAAAAAABuAAAAAAABAQAAAAAAAAECXwAAAAAAAQEAAAAAAAAAAG8AAAAAAAEBAAAAAAAAAQNJAAAAAAABAQAAAAAAAAEDXwAAAAAAAQEAAAAAAAABAT4AAAAAAAEAAAAAAAAAAQE+AAAAAAABAQAAAAAAAAAAcAAAAAAAAQEAAAAAAAABAmIAAAAAAAEAAAAAAAAAAQJiAAAAAAABAQAAAAAAAAECSQAAAAAAAQAAAAAAAAAAAPcAAAAAAAEBAAAAAAAAAABPAAAAAAABAAAAAAAAAAAA+wAAAAAAAQEAAAAAAAAAAPsAAAAAAAEAAAAAAAAAAAD8AAAAAAABAAAAAAAAAAAA/QAAAAAAAQEAAAAAAAAAAHsAAAAAAAEBAAAAAAAAAACIAQAAAAABAAAAAAAAAAAABAEAAAAAAQEAAAAAAAAAAFIAAAAAAAEAAAAAAAAAAAAcAQAAAAABAQAAAAAAAAAAHAEAAAAAAQAAAAAAAAAAAEABAAAAAAEAAAAAAAAAAABBAQAAAAABAQAAAAAAAAAAYAAAAAAAAQEAAAAAAAAAAIwBAAAAAAEAAAAAAAAAAACLAAAAAAABAQAAAAAAAAAATAAAAAAAAQAAAAAAAAAAAJAAAAAAAAEBAAAAAAAAAACQAAAAAAABAAAAAAAAAAAAkQAAAAAAAQAAAAAAAAAAAJIAAAAAAAEBAAAAAAAAAABnAAAAAAABAQAAAAAAAAAAfgEAAAAAAQEAAAAAAAABAVUAAAAAAAEAAAAAAAAAAQFVAAAAAAABAQAAAAAAAAECVAAAAAAAAQAAAAAAAAABAlQAAAAAAAEBAAAAAAAAAQJVAAAAAAABAAAAAAAAAAECVQAAAAAAAQEAAAAAAAABAncAAAAAAAEAAAAAAAAAAQJ3AAAAAAACAAAAAAAAAAECdwAAAAAAAABOAAABAAACAAAAAAAAAAECdwAAAAAAAAA0AgABAAABAQAAAAAAAAEBVAAAAAAAAQAAAAAAAAABAVQAAAAAAAEAAAAAAAAAAAArAAAAAAABAAAAAAAAAAAASgIAAAAAAQEAAAAAAAAAAI0AAAAAAAEBAAAAAAAAAACKAAAAAAABAQAAAAAAAAAAcgAAAAAAAQEAAAAAAAAAAGgAAAAAAAEAAAAAAAAAAABoAAAAAAABAAAAAAAAAAAAaQAAAAAAAQEAAAAAAAAAAGkAAAAAAAEBAAAAAAAAAABqAAAAAAABAQAAAAAAAAAAcQAAAAAAAQEAAAAAAAAAAHQAAAAAAAIAAAAAAAAAAQJ3AAAAAAAAACsAAAEAAAIAAAAAAAAAAQJ3AAAAAAAAAEoCAAEAAAEBAAAAAAAAAQFbAAAAAAABAAAAAAAAAAEBWwAAAAAAAQEAAAAAAAAAABMAAAAAAAEBAAAAAAAAAQJGAAAAAAABAAAAAAAAAAECRgAAAAAAAQEAAAAAAAABAUEAAAAAAAEAAAAAAAAAAQFBAAAAAAABAQAAAAAAAAEBQgAAAAAAAQAAAAAAAAABAUIAAAAAAAEBAAAAAAAAAQFAAAAAAAABAAAAAAAAAAEBQAAAAAAAAQEAAAAAAAABAUQAAAAAAAEAAAAAAAAAAQFEAAAAAAABAQAAAAAAAAECSgAAAAAAAQAAAAAAAAABAkoAAAAAAAEBAAAAAAAAAQFWAAAAAAABAAAAAAAAAAEBVgAAAAAAAQEAAAAAAAABAWEAAAAAAAEAAAAAAAAAAQFhAAAAAAABAQAAAAAAAAEBZAAAAAAAAQAAAAAAAAABAWQAAAAAAAEBAAAAAAAAAQJDAAAAAAABAAAAAAAAAAECQwAAAAAAAQEAAAAAAAABAj8AAAAAAAEAAAAAAAAAAQI/AAAAAAABAQAAAAAAAAEBTwAAAAAAAQAAAAAAAAABAU8AAAAAAAEBAAAAAAAAAQFTAAAAAAABAAAAAAAAAAEBUwAAAAAAAQEAAAAAAAABAUgAAAAAAAEAAAAAAAAAAQFIAAAAAAABAQAAAAAAAAEDSgAAAAAAAQAAAAAAAAABA0oAAAAAAAEBAAAAAAAAAQNlAAAAAAABAAAAAAAAAAEDZQAAAAAAAQEAAAAAAAABA1wAAAAAAAEAAAAAAAAAAQNcAAAAAAABAQAAAAAAAAEDPwAAAAAAAQAAAAAAAAABAz8AAAAAAAEBAAAAAAAAAQJSAAAAAAABAAAAAAAAAAECUgAAAAAAAQEAAAAAAAABAlEAAAAAAAEAAAAAAAAAAQJRAAAAAAABAQAAAAAAAAEDRgAAAAAAAQAAAAAAAAABA0YAAAAAAAEBAAAAAAAAAQNmAAAAAAABAAAAAAAAAAEDZgAAAAAAAQEAAAAAAAABBFwAAAAAAAEAAAAAAAAAAQRcAAAAAAABAQAAAAAAAAEDUAAAAAAAAQAAAAAAAAABA1AAAAAAAAEBAAAAAAAAAQRXAAAAAAABAAAAAAAAAAEEVwAAAAAAAQEAAAAAAAABBGYAAAAAAAEAAAAAAAAAAQRmAAAAAAABAQAAAAAAAAEFVwAAAAAAAQAAAAAAAAABBVcAAAAAAAEBAAAAAAAAAQZYAAAAAAABAAAAAAAAAAEGWAAAAAAAAQEAAAAAAAABB1gAAAAAAAEAAAAAAAAAAQdYAAAAAAABAQAAAAAAAAEIWAAAAAAAAQAAAAAAAAABCFgAAAAAAAEBAAAAAAAAAQNDAAAAAAABAAAAAAAAAAEDQwAAAAAAAQEAAAAAAAABAUwAAAAAAAEAAAAAAAAAAQFMAAAAAAABAQAAAAAAAAAAEAAAAAAAAQAAAAAAAAAAAFEAAAAAAAEAAAAAAAAAAABPAgAAAAABAQAAAAAAAAAA3AAAAAAAAQEAAAAAAAAAANsAAAAAAAEBAAAAAAAAAAB9AAAAAAABAAAAAAAAAAAAfQAAAAAAAQEAAAAAAAAAAHwAAAAAAAEAAAAAAAAAAAB+AAAAAAABAQAAAAAAAAAAfgAAAAAAAQEAAAAAAAAAAH8AAAAAAAEBAAAAAAAAAABeAAAAAAABAQAAAAAAAAAAXwAAAAAAAQAAAAAAAAAAAEsAAAAAAAEAAAAAAAAAAABMAgAAAAABAQAAAAAAAAAA8wAAAAAAAQEAAAAAAAAAAPUAAAAAAAEBAAAAAAAAAABzAAAAAAABAQAAAAAAAAAAdQAAAAAAAQAAAAAAAAAAAHUAAAAAAAEAAAAAAAAAAAB2AAAAAAABAQAAAAAAAAAAdgAAAAAAAQEAAAAAAAAAAHcAAAAAAAEBAAAAAAAAAAB5AAAAAAABAAAAAAAAAAAAVAAAAAAAAQAAAAAAAAAAAFkCAAAAAAEBAAAAAAAAAADyAAAAAAABAQAAAAAAAAAA7QAAAAAAAQEAAAAAAAAAAHoAAAAAAAEBAAAAAAAAAABiAAAAAAABAAAAAAAAAAAAYgAAAAAAAQEAAAAAAAAAAGEAAAAAAAEAAAAAAAAAAABjAAAAAAABAQAAAAAAAAAAYwAAAAAAAQEAAAAAAAAAAGQAAAAAAAEBAAAAAAAAAABlAAAAAAACAAAAAAAAAAECdwAAAAAAAABRAAABAAACAAAAAAAAAAECdwAAAAAAAABPAgABAAABAQAAAAAAAAAAZgAAAAAAAgAAAAAAAAABAncAAAAAAAAAVAAAAQAAAgAAAAAAAAABAncAAAAAAAAAWQIAAQAAAgAAAAAAAAABAncAAAAAAAAASwAAAQAAAgAAAAAAAAABAncAAAAAAAAATAIAAQAAAQEAAAAAAAAAABIAAAAAAAEBAAAAAAAAAAARAAAAAAABAQAAAAAAAAAAFAAAAAAAAQEAAAAAAAABA04AAAABAAEAAAAAAAAAAQNOAAAAAQABAQAAAAAAAAAATQAAAAAAAQEAAAAAAAABBWAAAAAAAAEAAAAAAAAAAQVgAAAAAAABAQAAAAAAAAEBRwAAAAAAAQAAAAAAAAABAUcAAAAAAAEBAAAAAAAAAQFLAAAAAAABAAAAAAAAAAEBSwAAAAAAAQAAAAAAAAABAnYAAAAAAAEBAAAAAAAAAADfAQAAAAABAQAAAAAAAAAAFwAAAAAAAQEAAAAAAAAAAKIBAAAAAAEBAAAAAAAAAAChAQAAAAABAQAAAAAAAAAApAEAAAAAAQEAAAAAAAABB1kAAAAAAAEAAAAAAAAAAQdZAAAAAAABAQAAAAAAAAEFWQAAAAAAAQAAAAAAAAABBVkAAAAAAAEBAAAAAAAAAADnAQAAAAABAQAAAAAAAAAAwQEAAAAAAQEAAAAAAAAAAMsAAAAAAAEBAAAAAAAAAACnAQAAAAABAQAAAAAAAAAAGgAAAAAAAQEAAAAAAAAAAP0BAAAAAAEBAAAAAAAAAQJoAAAAAAACAQAAAAAAAAECaAAAAAAAAACnAQABAAACAQAAAAAAAAECaAAAAAAAAAAaAAABAAACAQAAAAAAAAECaAAAAAAAAAD9AQABAAABAQAAAAAAAAAAwwEAAAAAAQEAAAAAAAAAANQAAAAAAAEBAAAAAAAAAACjAQAAAAABAQAAAAAAAAAAGwAAAAAAAQEAAAAAAAAAAMwAAAAAAAIBAAAAAAAAAQJoAAAAAAAAAKMBAAEAAAIBAAAAAAAAAQJoAAAAAAAAABsAAAEAAAEBAAAAAAAAAABKAQAAAAABAQAAAAAAAAAA4wEAAAAAAQEAAAAAAAAAAFUBAAAAAAEBAAAAAAAAAADOAQAAAAABAQAAAAAAAAAAVwEAAAAAAQEAAAAAAAAAAJgAAAAAAAEBAAAAAAAAAACeAAAAAAABAQAAAAAAAAAApAAAAAAAAQEAAAAAAAAAANkBAAAAAAEBAAAAAAAAAACoAAAAAAABAQAAAAAAAAAAvQAAAAAAAQEAAAAAAAAAAAMBAAAAAAEBAAAAAAAAAAALAQAAAAABAQAAAAAAAAAAEAEAAAAAAQEAAAAAAAAAABQBAAAAAAEBAAAAAAAAAABQAQAAAAABAQAAAAAAAAAAPQEAAAAAAQEAAAAAAAAAACEBAAAAAAEBAAAAAAAAAAAyAQAAAAABAQAAAAAAAAAAPAEAAAAAAgEAAAAAAAABAmgAAAAAAAAA3wEAAQAAAgEAAAAAAAABAmgAAAAAAAAAFwAAAQAAAQEAAAAAAAAAAPgBAAAAAAEBAAAAAAAAAAA+AAAAAAABAQAAAAAAAAAAaQIAAAAAAQEAAAAAAAAAAJ0BAAAAAAEBAAAAAAAAAADKAQAAAAABAQAAAAAAAAAALAAAAAAAAQEAAAAAAAAAANUBAAAAAAEBAAAAAAAAAABQAAAAAAABAQAAAAAAAAECcwAAAAAAAgEAAAAAAAABAnMAAAAAAAAAlgEAAQAAAQEAAAAAAAABATkAAAAAAAEBAAAAAAAAAQFfAAAAAAABAQAAAAAAAAAAIQAAAAAAAQEAAAAAAAAAAHkCAAAAAAEBAAAAAAAAAABFAAAAAAABAQAAAAAAAAAA4AEAAAAAAQEAAAAAAAAAANgBAAAAAAEBAAAAAAAAAACyAQAAAAABAQAAAAAAAAAAxgEAAAAAAQEAAAAAAAABAnUAAAAAAAIBAAAAAAAAAQJ1AAAAAAAAAC8AAAEAAAEBAAAAAAAAAADFAQAAAAABAQAAAAAAAAAAngIAAAAAAQEAAAAAAAAAADkAAAAAAAEBAAAAAAAAAADlAQAAAAABAQAAAAAAAAAAPgIAAAAAAQEAAAAAAAAAAGgCAAAAAAEBAAAAAAAAAADpAQAAAAABAQAAAAAAAAAAQAIAAAAAAQEAAAAAAAAAAKUBAAAAAAEBAAAAAAAAAQFpAAAAAAABAQAAAAAAAAAAvQEAAAAAAQEAAAAAAAAAADECAAAAAAIBAAAAAAAAAQJ4AAAAAAAAAKUBAAEAAAEBAAAAAAAAAQJ4AAAAAAABAQAAAAAAAAAAqgEAAAAAAgEAAAAAAAABAngAAAAAAAAAqgEAAQAAAQEAAAAAAAAAACUAAAAAAAEBAAAAAAAAAAB7AgAAAAABAQAAAAAAAAAAKAAAAAAAAQEAAAAAAAABAUkAAAAAAAEBAAAAAAAAAQJ0AAAAAAACAQAAAAAAAAECdAAAAAAAAACyAQABAAACAQAAAAAAAAECdAAAAAAAAADKAQABAAABAQAAAAAAAAAAUwEAAAAAAQEAAAAAAAABAWgAAAAAAAEBAAAAAAAAAAAjAAAAAAABAQAAAAAAAAEFcgAAAAAAAQEAAAAAAAAAANcAAAAAAAEBAAAAAAAAAQFrAAAAAAABAQAAAAAAAAECbAAAAAAAAQEAAAAAAAABA2oAAAAAAAEBAAAAAAAAAQM6AAAAAAABAQAAAAAAAAEDbAAAAAAAAQEAAAAAAAAAAI0CAAAAAAEBAAAAAAAAAABCAAAAAAABAQAAAAAAAAAAbgIAAAAAAQEAAAAAAAAAAG8CAAAAAAEBAAAAAAAAAQJvAAAAAAABAQAAAAAAAAEDbwAAAAAAAQEAAAAAAAAAAAwCAAAAAAEBAAAAAAAAAAAJAgAAAAABAQAAAAAAAAAAdgIAAAAAAQEAAAAAAAABAmoAAAAAAAEBAAAAAAAAAQRuAAAAAAABAQAAAAAAAAAAEwIAAAAAAQEAAAAAAAAAABkCAAAAAAEBAAAAAAAAAQRqAAAAAAABAQAAAAAAAAEDbgAAAAAAAQEAAAAAAAABA3IAAAAAAAEBAAAAAAAAAAALAgAAAAABAQAAAAAAAAEFbgAAAAAAAQEAAAAAAAABBHIAAAAAAAEBAAAAAAAAAQVqAAAAAAABAQAAAAAAAAAArQAAAAAAAQEAAAAAAAABBW8AAAAAAAEBAAAAAAAAAAAUAgAAAAABAQAAAAAAAAAACAEAAAAAAQEAAAAAAAAAAOsBAAAAAAEBAAAAAAAAAAAkAQAAAAABAQAAAAAAAAAAIQIAAAAAAQEAAAAAAAAAAGYCAAAAAAEBAAAAAAAAAQRvAAAAAAABAQAAAAAAAAAAdQIAAAAAAQEAAAAAAAAAACUCAAAAAAEBAAAAAAAAAAA/AgAAAAABAQAAAAAAAAAARgIAAAAAAgEAAAAAAAABAngAAAAAAAAA6wEAAQAAAQEAAAAAAAABAloAAAAAAAEBAAAAAAAAAQE9AAAAAAABAQAAAAAAAAAAUwAAAAAAAQEAAAAAAAAAAIwCAAAAAAEBAAAAAAAAAAAjAgAAAAABAQAAAAAAAAAAWwIAAAAAAQEAAAAAAAABBDsAAAAAAAEBAAAAAAAAAQhtAAAAAAABAQAAAAAAAAAAgwIAAAAAAQEAAAAAAAAAAAgCAAAAAAEBAAAAAAAAAABKAAAAAAABAQAAAAAAAAEEcQAAAAAAAQEAAAAAAAAAAHoCAAAAAAEBAAAAAAAAAADyAQAAAAABAQAAAAAAAAEJbQAAAAAAAQEAAAAAAAAAAGcCAAAAAAEBAAAAAAAAAQM7AAAAAAABAQAAAAAAAAAAogIAAAAAAQEAAAAAAAAAAB4CAAAAAAEBAAAAAAAAAABBAAAAAAABAQAAAAAAAAEFcQAAAAAAAQEAAAAAAAAAAIgCAAAAAAEBAAAAAAAAAADLAQAAAAABAQAAAAAAAAAAkwIAAAAAAQEAAAAAAAAAAP8BAAAAAAEBAAAAAAAAAAAdAgAAAAABAQAAAAAAAAEFcAAAAAAAAgEAAAAAAAABAngAAAAAAAAAHQIAAQAAAQEAAAAAAAABBm0AAAAAAAEBAAAAAAAAAQRwAAAAAAABAQAAAAAAAAAAlQIAAAAAAQEAAAAAAAAAABoCAAAAAAEBAAAAAAAAAAByAgAAAAABAQAAAAAAAAEFOwAAAAAAAQEAAAAAAAABB20AAAAAAAEBAAAAAAAAAACkAgAAAAABAQAAAAAAAAAA3gEAAAAAAQEAAAAAAAAAAEUCAAAAAAEBAAAAAAAAAACFAgAAAAABAQAAAAAAAAAAHwIAAAAAAQEAAAAAAAABA3EAAAAAAAEBAAAAAAAAAQZwAAAAAAABAQAAAAAAAAEKbQAAAAAAAQEAAAAAAAAAAGYBAAAAAAEBAAAAAAAAAABGAAAAAAABAQAAAAAAAAAAjgIAAAAAAQEAAAAAAAAAAD0AAAAAAAEBAAAAAAAAAAChAgAAAAABAQAAAAAAAAAA6gEAAAAAAQEAAAAAAAAAAKAAAAAAAAEBAAAAAAAAAAChAAAAAAABAQAAAAAAAAAAogAAAAAAAQEAAAAAAAAAAGQBAAAAAAEBAAAAAAAAAAAtAAAAAAABAQAAAAAAAAAAwQAAAAAAAQEAAAAAAAAAADgAAAAAAAEBAAAAAAAAAACmAAAAAAABAQAAAAAAAAAAnAIAAAAAAQEAAAAAAAAAACcCAAAAAAEBAAAAAAAAAACKAgAAAAABAQAAAAAAAAAAzAEAAAAAAQEAAAAAAAAAAKUCAAAAAAEBAAAAAAAAAADNAQAAAAABAQAAAAAAAAAAkAIAAAAAAQEAAAAAAAAAANQBAAAAAAEBAAAAAAAAAACSAgAAAAABAQAAAAAAAAAA1gEAAAAAAQEAAAAAAAAAALsAAAAAAAEBAAAAAAAAAADEAAAAAAABAQAAAAAAAAAATAEAAAAAAQEAAAAAAAAAAE0BAAAAAAEBAAAAAAAAAABOAQAAAAABAQAAAAAAAAAADQEAAAAAAQEAAAAAAAAAAPgAAAAAAAEBAAAAAAAAAAAOAQAAAAABAQAAAAAAAAAAOgAAAAAAAQEAAAAAAAAAAL8AAAAAAAEBAAAAAAAAAAClAAAAAAABAQAAAAAAAAAAzgAAAAAAAQEAAAAAAAAAAD8BAAAAAAEBAAAAAAAAAABCAQAAAAABAQAAAAAAAAAATwEAAAAAAQEAAAAAAAAAADsAAAAAAAEBAAAAAAAAAAAmAQAAAAABAQAAAAAAAAAANAAAAAAAAQEAAAAAAAAAAFgBAAAAAAEBAAAAAAAAAACUAgAAAAABAQAAAAAAAAAAMAAAAAAAAQEAAAAAAAAAABEBAAAAAAEBAAAAAAAAAABWAQAAAAABAQAAAAAAAAAAWAAAAAAAAQEAAAAAAAAAAH8CAAAAAAEBAAAAAAAAAADzAQAAAAABAQAAAAAAAAAAoAIAAAAAAQEAAAAAAAAAAMgBAAAAAAEBAAAAAAAAAACBAgAAAAABAQAAAAAAAAAA9AEAAAAAAQEAAAAAAAABATwAAAAAAAEBAAAAAAAAAAB8AgAAAAABAQAAAAAAAAAALgAAAAAAAQEAAAAAAAAAAEAAAAAAAAEBAAAAAAAAAAAiAQAAAAABAQAAAAAAAAAAggIAAAAAAQEAAAAAAAAAAAUCAAAAAAEBAAAAAAAAAAB9AgAAAAABAQAAAAAAAAAA0AEAAAAAAQEAAAAAAAAAAEQAAAAAAAEBAAAAAAAAAACEAgAAAAABAQAAAAAAAAAA+gEAAAAAAQEAAAAAAAAAACoAAAAAAAEBAAAAAAAAAACHAgAAAAABAQAAAAAAAAAA+wEAAAAAAQEAAAAAAAAAAJECAAAAAAEBAAAAAAAAAADmAQAAAAABAQAAAAAAAAAAEgEAAAAAAQEAAAAAAAAAAI4BAAAAAAEBAAAAAAAAAAD5AQAAAAABAQAAAAAAAAAAmwIAAAAAAQEAAAAAAAAAALUBAAAAAAEBAAAAAAAAAAARAgAAAAABAQAAAAAAAAAAKQIAAAAAAQEAAAAAAAAAAAECAAAAAAEBAAAAAAAAAAB3AQAAAAABAQAAAAAAAAAAAgIAAAAAAQEAAAAAAAAAANIBAAAAAAEBAAAAAAAAAACGAQAAAAABAQAAAAAAAAEBOAAAAAAAAQEAAAAAAAAAAGACAAAAAAEBAAAAAAAAAACXAgAAAAABAQAAAAAAAAAAgAEAAAAAAQEAAAAAAAAAANoBAAAAAAEBAAAAAAAAAADbAQAAAAABAQAAAAAAAAAAnQIAAAAAAQEAAAAAAAAAACgCAAAAAAEBAAAAAAAAAQFnAAAAAAABAQAAAAAAAAAAMQAAAAAAAQEAAAAAAAAAAIoBAAAAAAEBAAAAAAAAAAAwAgAAAAABAQAAAAAAAAAAMgAAAAAAAQEAAAAAAAAAADMAAAAAAAEBAAAAAAAAAABqAgAAAAABAQAAAAAAAAIAAAAAAAAAAQEAAAAAAAAAAM8BAAAAAAEBAAAAAAAAAAAVAgAAAAABAQAAAAAAAAAA6AEAAAAAAAAAAAAAAAAhAF0AIwByACUAYAAmAAUAKAA9ACkAPgAqAF4AKwBhACwASgAtAFsALgBQAC8AXwA6AE4APABkAD0ALQA+AGIAPwBaAFsATABdAE0AZQAZAGYAEABpABYAbgAjAHQAIAB7AC4AfAAlAH0ALwB+AG0AIQBdACMAcgAlAGAAJgAFACgAPQApAD4AKgBeACsAYQAsAEoALQBbAC4ATwAvAF8AMAA/ADwAZAA9AA4APgBiAD8AWgBbAEwAXQBNAGYAMQBuADsAdAA4AHsALgB8ACUAfQAvAH4AbQAAAAAAAAAAAEEAAABaAAAAXwAAAF8AAABhAAAAegAAAKoAAACqAAAAtQAAALUAAAC6AAAAugAAAMAAAADWAAAA2AAAAPYAAAD4AAAAwQIAAMYCAADRAgAA4AIAAOQCAADsAgAA7AIAAO4CAADuAgAAcAMAAHQDAAB2AwAAdwMAAHoDAAB9AwAAfwMAAH8DAACGAwAAhgMAAIgDAACKAwAAjAMAAIwDAACOAwAAoQMAAKMDAAD1AwAA9wMAAIEEAACKBAAALwUAADEFAABWBQAAWQUAAFkFAABgBQAAiAUAANAFAADqBQAA7wUAAPIFAAAgBgAASgYAAG4GAABvBgAAcQYAANMGAADVBgAA1QYAAOUGAADmBgAA7gYAAO8GAAD6BgAA/AYAAP8GAAD/BgAAEAcAABAHAAASBwAALwcAAE0HAAClBwAAsQcAALEHAADKBwAA6gcAAPQHAAD1BwAA+gcAAPoHAAAACAAAFQgAABoIAAAaCAAAJAgAACQIAAAoCAAAKAgAAEAIAABYCAAAYAgAAGoIAABwCAAAhwgAAIkIAACOCAAAoAgAAMkIAAAECQAAOQkAAD0JAAA9CQAAUAkAAFAJAABYCQAAYQkAAHEJAACACQAAhQkAAIwJAACPCQAAkAkAAJMJAACoCQAAqgkAALAJAACyCQAAsgkAALYJAAC5CQAAvQkAAL0JAADOCQAAzgkAANwJAADdCQAA3wkAAOEJAADwCQAA8QkAAPwJAAD8CQAABQoAAAoKAAAPCgAAEAoAABMKAAAoCgAAKgoAADAKAAAyCgAAMwoAADUKAAA2CgAAOAoAADkKAABZCgAAXAoAAF4KAABeCgAAcgoAAHQKAACFCgAAjQoAAI8KAACRCgAAkwoAAKgKAACqCgAAsAoAALIKAACzCgAAtQoAALkKAAC9CgAAvQoAANAKAADQCgAA4AoAAOEKAAD5CgAA+QoAAAULAAAMCwAADwsAABALAAATCwAAKAsAACoLAAAwCwAAMgsAADMLAAA1CwAAOQsAAD0LAAA9CwAAXAsAAF0LAABfCwAAYQsAAHELAABxCwAAgwsAAIMLAACFCwAAigsAAI4LAACQCwAAkgsAAJULAACZCwAAmgsAAJwLAACcCwAAngsAAJ8LAACjCwAApAsAAKgLAACqCwAArgsAALkLAADQCwAA0AsAAAUMAAAMDAAADgwAABAMAAASDAAAKAwAACoMAAA5DAAAPQwAAD0MAABYDAAAWgwAAF0MAABdDAAAYAwAAGEMAACADAAAgAwAAIUMAACMDAAAjgwAAJAMAACSDAAAqAwAAKoMAACzDAAAtQwAALkMAAC9DAAAvQwAAN0MAADeDAAA4AwAAOEMAADxDAAA8gwAAAQNAAAMDQAADg0AABANAAASDQAAOg0AAD0NAAA9DQAATg0AAE4NAABUDQAAVg0AAF8NAABhDQAAeg0AAH8NAACFDQAAlg0AAJoNAACxDQAAsw0AALsNAAC9DQAAvQ0AAMANAADGDQAAAQ4AADAOAAAyDgAAMw4AAEAOAABGDgAAgQ4AAIIOAACEDgAAhA4AAIYOAACKDgAAjA4AAKMOAAClDgAApQ4AAKcOAACwDgAAsg4AALMOAAC9DgAAvQ4AAMAOAADEDgAAxg4AAMYOAADcDgAA3w4AAAAPAAAADwAAQA8AAEcPAABJDwAAbA8AAIgPAACMDwAAABAAACoQAAA/EAAAPxAAAFAQAABVEAAAWhAAAF0QAABhEAAAYRAAAGUQAABmEAAAbhAAAHAQAAB1EAAAgRAAAI4QAACOEAAAoBAAAMUQAADHEAAAxxAAAM0QAADNEAAA0BAAAPoQAAD8EAAASBIAAEoSAABNEgAAUBIAAFYSAABYEgAAWBIAAFoSAABdEgAAYBIAAIgSAACKEgAAjRIAAJASAACwEgAAshIAALUSAAC4EgAAvhIAAMASAADAEgAAwhIAAMUSAADIEgAA1hIAANgSAAAQEwAAEhMAABUTAAAYEwAAWhMAAIATAACPEwAAoBMAAPUTAAD4EwAA/RMAAAEUAABsFgAAbxYAAH8WAACBFgAAmhYAAKAWAADqFgAA7hYAAPgWAAAAFwAAERcAAB8XAAAxFwAAQBcAAFEXAABgFwAAbBcAAG4XAABwFwAAgBcAALMXAADXFwAA1xcAANwXAADcFwAAIBgAAHgYAACAGAAAqBgAAKoYAACqGAAAsBgAAPUYAAAAGQAAHhkAAFAZAABtGQAAcBkAAHQZAACAGQAAqxkAALAZAADJGQAAABoAABYaAAAgGgAAVBoAAKcaAACnGgAABRsAADMbAABFGwAATBsAAIMbAACgGwAArhsAAK8bAAC6GwAA5RsAAAAcAAAjHAAATRwAAE8cAABaHAAAfRwAAIAcAACKHAAAkBwAALocAAC9HAAAvxwAAOkcAADsHAAA7hwAAPMcAAD1HAAA9hwAAPocAAD6HAAAAB0AAL8dAAAAHgAAFR8AABgfAAAdHwAAIB8AAEUfAABIHwAATR8AAFAfAABXHwAAWR8AAFkfAABbHwAAWx8AAF0fAABdHwAAXx8AAH0fAACAHwAAtB8AALYfAAC8HwAAvh8AAL4fAADCHwAAxB8AAMYfAADMHwAA0B8AANMfAADWHwAA2x8AAOAfAADsHwAA8h8AAPQfAAD2HwAA/B8AAHEgAABxIAAAfyAAAH8gAACQIAAAnCAAAAIhAAACIQAAByEAAAchAAAKIQAAEyEAABUhAAAVIQAAGCEAAB0hAAAkIQAAJCEAACYhAAAmIQAAKCEAACghAAAqIQAAOSEAADwhAAA/IQAARSEAAEkhAABOIQAATiEAAGAhAACIIQAAACwAAOQsAADrLAAA7iwAAPIsAADzLAAAAC0AACUtAAAnLQAAJy0AAC0tAAAtLQAAMC0AAGctAABvLQAAby0AAIAtAACWLQAAoC0AAKYtAACoLQAAri0AALAtAAC2LQAAuC0AAL4tAADALQAAxi0AAMgtAADOLQAA0C0AANYtAADYLQAA3i0AAAUwAAAHMAAAITAAACkwAAAxMAAANTAAADgwAAA8MAAAQTAAAJYwAACbMAAAnzAAAKEwAAD6MAAA/DAAAP8wAAAFMQAALzEAADExAACOMQAAoDEAAL8xAADwMQAA/zEAAAA0AAC/TQAAAE4AAIykAADQpAAA/aQAAAClAAAMpgAAEKYAAB+mAAAqpgAAK6YAAECmAABupgAAf6YAAJ2mAACgpgAA76YAABenAAAfpwAAIqcAAIinAACLpwAAzacAANCnAADRpwAA06cAANOnAADVpwAA3KcAAPKnAAABqAAAA6gAAAWoAAAHqAAACqgAAAyoAAAiqAAAQKgAAHOoAACCqAAAs6gAAPKoAAD3qAAA+6gAAPuoAAD9qAAA/qgAAAqpAAAlqQAAMKkAAEapAABgqQAAfKkAAISpAACyqQAAz6kAAM+pAADgqQAA5KkAAOapAADvqQAA+qkAAP6pAAAAqgAAKKoAAECqAABCqgAARKoAAEuqAABgqgAAdqoAAHqqAAB6qgAAfqoAAK+qAACxqgAAsaoAALWqAAC2qgAAuaoAAL2qAADAqgAAwKoAAMKqAADCqgAA26oAAN2qAADgqgAA6qoAAPKqAAD0qgAAAasAAAarAAAJqwAADqsAABGrAAAWqwAAIKsAACarAAAoqwAALqsAADCrAABaqwAAXKsAAGmrAABwqwAA4qsAAACsAACj1wAAsNcAAMbXAADL1wAA+9cAAAD5AABt+gAAcPoAANn6AAAA+wAABvsAABP7AAAX+wAAHfsAAB37AAAf+wAAKPsAACr7AAA2+wAAOPsAADz7AAA++wAAPvsAAED7AABB+wAAQ/sAAET7AABG+wAAsfsAANP7AAA9/QAAUP0AAI/9AACS/QAAx/0AAPD9AAD7/QAAcP4AAHT+AAB2/gAA/P4AACH/AAA6/wAAQf8AAFr/AABm/wAAvv8AAML/AADH/wAAyv8AAM//AADS/wAA1/8AANr/AADc/wAAAAABAAsAAQANAAEAJgABACgAAQA6AAEAPAABAD0AAQA/AAEATQABAFAAAQBdAAEAgAABAPoAAQBAAQEAdAEBAIACAQCcAgEAoAIBANACAQAAAwEAHwMBAC0DAQBKAwEAUAMBAHUDAQCAAwEAnQMBAKADAQDDAwEAyAMBAM8DAQDRAwEA1QMBAAAEAQCdBAEAsAQBANMEAQDYBAEA+wQBAAAFAQAnBQEAMAUBAGMFAQBwBQEAegUBAHwFAQCKBQEAjAUBAJIFAQCUBQEAlQUBAJcFAQChBQEAowUBALEFAQCzBQEAuQUBALsFAQC8BQEAwAUBAPMFAQAABgEANgcBAEAHAQBVBwEAYAcBAGcHAQCABwEAhQcBAIcHAQCwBwEAsgcBALoHAQAACAEABQgBAAgIAQAICAEACggBADUIAQA3CAEAOAgBADwIAQA8CAEAPwgBAFUIAQBgCAEAdggBAIAIAQCeCAEA4AgBAPIIAQD0CAEA9QgBAAAJAQAVCQEAIAkBADkJAQCACQEAtwkBAL4JAQC/CQEAAAoBAAAKAQAQCgEAEwoBABUKAQAXCgEAGQoBADUKAQBgCgEAfAoBAIAKAQCcCgEAwAoBAMcKAQDJCgEA5AoBAAALAQA1CwEAQAsBAFULAQBgCwEAcgsBAIALAQCRCwEAAAwBAEgMAQCADAEAsgwBAMAMAQDyDAEAAA0BACMNAQBKDQEAZQ0BAG8NAQCFDQEAgA4BAKkOAQCwDgEAsQ4BAMIOAQDEDgEAAA8BABwPAQAnDwEAJw8BADAPAQBFDwEAcA8BAIEPAQCwDwEAxA8BAOAPAQD2DwEAAxABADcQAQBxEAEAchABAHUQAQB1EAEAgxABAK8QAQDQEAEA6BABAAMRAQAmEQEARBEBAEQRAQBHEQEARxEBAFARAQByEQEAdhEBAHYRAQCDEQEAshEBAMERAQDEEQEA2hEBANoRAQDcEQEA3BEBAAASAQAREgEAExIBACsSAQA/EgEAQBIBAIASAQCGEgEAiBIBAIgSAQCKEgEAjRIBAI8SAQCdEgEAnxIBAKgSAQCwEgEA3hIBAAUTAQAMEwEADxMBABATAQATEwEAKBMBACoTAQAwEwEAMhMBADMTAQA1EwEAORMBAD0TAQA9EwEAUBMBAFATAQBdEwEAYRMBAIATAQCJEwEAixMBAIsTAQCOEwEAjhMBAJATAQC1EwEAtxMBALcTAQDREwEA0RMBANMTAQDTEwEAABQBADQUAQBHFAEAShQBAF8UAQBhFAEAgBQBAK8UAQDEFAEAxRQBAMcUAQDHFAEAgBUBAK4VAQDYFQEA2xUBAAAWAQAvFgEARBYBAEQWAQCAFgEAqhYBALgWAQC4FgEAABcBABoXAQBAFwEARhcBAAAYAQArGAEAoBgBAN8YAQD/GAEABhkBAAkZAQAJGQEADBkBABMZAQAVGQEAFhkBABgZAQAvGQEAPxkBAD8ZAQBBGQEAQRkBAKAZAQCnGQEAqhkBANAZAQDhGQEA4RkBAOMZAQDjGQEAABoBAAAaAQALGgEAMhoBADoaAQA6GgEAUBoBAFAaAQBcGgEAiRoBAJ0aAQCdGgEAsBoBAPgaAQDAGwEA4BsBAAAcAQAIHAEAChwBAC4cAQBAHAEAQBwBAHIcAQCPHAEAAB0BAAYdAQAIHQEACR0BAAsdAQAwHQEARh0BAEYdAQBgHQEAZR0BAGcdAQBoHQEAah0BAIkdAQCYHQEAmB0BAOAeAQDyHgEAAh8BAAIfAQAEHwEAEB8BABIfAQAzHwEAsB8BALAfAQAAIAEAmSMBAAAkAQBuJAEAgCQBAEMlAQCQLwEA8C8BAAAwAQAvNAEAQTQBAEY0AQBgNAEA+kMBAABEAQBGRgEAAGEBAB1hAQAAaAEAOGoBAEBqAQBeagEAcGoBAL5qAQDQagEA7WoBAABrAQAvawEAQGsBAENrAQBjawEAd2sBAH1rAQCPawEAQG0BAGxtAQBAbgEAf24BAABvAQBKbwEAUG8BAFBvAQCTbwEAn28BAOBvAQDhbwEA428BAONvAQAAcAEA94cBAACIAQDVjAEA/4wBAAiNAQDwrwEA868BAPWvAQD7rwEA/a8BAP6vAQAAsAEAIrEBADKxAQAysQEAULEBAFKxAQBVsQEAVbEBAGSxAQBnsQEAcLEBAPuyAQAAvAEAarwBAHC8AQB8vAEAgLwBAIi8AQCQvAEAmbwBAADUAQBU1AEAVtQBAJzUAQCe1AEAn9QBAKLUAQCi1AEApdQBAKbUAQCp1AEArNQBAK7UAQC51AEAu9QBALvUAQC91AEAw9QBAMXUAQAF1QEAB9UBAArVAQAN1QEAFNUBABbVAQAc1QEAHtUBADnVAQA71QEAPtUBAEDVAQBE1QEARtUBAEbVAQBK1QEAUNUBAFLVAQCl1gEAqNYBAMDWAQDC1gEA2tYBANzWAQD61gEA/NYBABTXAQAW1wEANNcBADbXAQBO1wEAUNcBAG7XAQBw1wEAiNcBAIrXAQCo1wEAqtcBAMLXAQDE1wEAy9cBAADfAQAe3wEAJd8BACrfAQAw4AEAbeABAADhAQAs4QEAN+EBAD3hAQBO4QEATuEBAJDiAQCt4gEAwOIBAOviAQDQ5AEA6+QBANDlAQDt5QEA8OUBAPDlAQDg5wEA5ucBAOjnAQDr5wEA7ecBAO7nAQDw5wEA/ucBAADoAQDE6AEAAOkBAEPpAQBL6QEAS+kBAADuAQAD7gEABe4BAB/uAQAh7gEAIu4BACTuAQAk7gEAJ+4BACfuAQAp7gEAMu4BADTuAQA37gEAOe4BADnuAQA77gEAO+4BAELuAQBC7gEAR+4BAEfuAQBJ7gEASe4BAEvuAQBL7gEATe4BAE/uAQBR7gEAUu4BAFTuAQBU7gEAV+4BAFfuAQBZ7gEAWe4BAFvuAQBb7gEAXe4BAF3uAQBf7gEAX+4BAGHuAQBi7gEAZO4BAGTuAQBn7gEAau4BAGzuAQBy7gEAdO4BAHfuAQB57gEAfO4BAH7uAQB+7gEAgO4BAInuAQCL7gEAm+4BAKHuAQCj7gEApe4BAKnuAQCr7gEAu+4BAAAAAgDfpgIAAKcCADm3AgBAtwIAHbgCACC4AgChzgIAsM4CAODrAgDw6wIAXe4CAAD4AgAd+gIAAAADAEoTAwBQEwMAryMDACEADAAjAHIAJQBgACYABQAoAD0AKgBeACsAYQAtAFsALgBQAC8AXwA8AGUAPQANAD4AYgA/AFoAWwBMAF0ATQBpABUAfAAlAH0ALwAAAAAAIQBcACMAcgAoAD0ALQBbAC8ABgAwAD8AOgBOADwACwA9ACwAPwBaAFsASwBdAE0AZgAwAG4AOwB0ADgAewAuAH0ALwAAAAAAAAAAAAAAAAAhAAwAIwByACUAYAAmAAUAKAA9ACkAPgAqAF4AKwBhACwASgAtAFsALgBQAC8AXwA6AE4APABlAD0ALQA+AGIAPwBaAFsATABdAE0AewAuAHwAJQB9AC8AfgBtAAAAAAAtAAAALQAAADAAAAA6AAAAQQAAAFoAAABfAAAAXwAAAGEAAAB6AAAAqgAAAKoAAAC1AAAAtQAAALcAAAC3AAAAugAAALoAAADAAAAA1gAAANgAAAD2AAAA+AAAAMECAADGAgAA0QIAAOACAADkAgAA7AIAAOwCAADuAgAA7gIAAAADAAB0AwAAdgMAAHcDAAB6AwAAfQMAAH8DAAB/AwAAhgMAAIoDAACMAwAAjAMAAI4DAAChAwAAowMAAPUDAAD3AwAAgQQAAIMEAACHBAAAigQAAC8FAAAxBQAAVgUAAFkFAABZBQAAYAUAAIgFAACRBQAAvQUAAL8FAAC/BQAAwQUAAMIFAADEBQAAxQUAAMcFAADHBQAA0AUAAOoFAADvBQAA8gUAABAGAAAaBgAAIAYAAGkGAABuBgAA0wYAANUGAADcBgAA3wYAAOgGAADqBgAA/AYAAP8GAAD/BgAAEAcAAEoHAABNBwAAsQcAAMAHAAD1BwAA+gcAAPoHAAD9BwAA/QcAAAAIAAAtCAAAQAgAAFsIAABgCAAAaggAAHAIAACHCAAAiQgAAI4IAACXCAAA4QgAAOMIAABjCQAAZgkAAG8JAABxCQAAgwkAAIUJAACMCQAAjwkAAJAJAACTCQAAqAkAAKoJAACwCQAAsgkAALIJAAC2CQAAuQkAALwJAADECQAAxwkAAMgJAADLCQAAzgkAANcJAADXCQAA3AkAAN0JAADfCQAA4wkAAOYJAADxCQAA/AkAAPwJAAD+CQAA/gkAAAEKAAADCgAABQoAAAoKAAAPCgAAEAoAABMKAAAoCgAAKgoAADAKAAAyCgAAMwoAADUKAAA2CgAAOAoAADkKAAA8CgAAPAoAAD4KAABCCgAARwoAAEgKAABLCgAATQoAAFEKAABRCgAAWQoAAFwKAABeCgAAXgoAAGYKAAB1CgAAgQoAAIMKAACFCgAAjQoAAI8KAACRCgAAkwoAAKgKAACqCgAAsAoAALIKAACzCgAAtQoAALkKAAC8CgAAxQoAAMcKAADJCgAAywoAAM0KAADQCgAA0AoAAOAKAADjCgAA5goAAO8KAAD5CgAA/woAAAELAAADCwAABQsAAAwLAAAPCwAAEAsAABMLAAAoCwAAKgsAADALAAAyCwAAMwsAADULAAA5CwAAPAsAAEQLAABHCwAASAsAAEsLAABNCwAAVQsAAFcLAABcCwAAXQsAAF8LAABjCwAAZgsAAG8LAABxCwAAcQsAAIILAACDCwAAhQsAAIoLAACOCwAAkAsAAJILAACVCwAAmQsAAJoLAACcCwAAnAsAAJ4LAACfCwAAowsAAKQLAACoCwAAqgsAAK4LAAC5CwAAvgsAAMILAADGCwAAyAsAAMoLAADNCwAA0AsAANALAADXCwAA1wsAAOYLAADvCwAAAAwAAAwMAAAODAAAEAwAABIMAAAoDAAAKgwAADkMAAA8DAAARAwAAEYMAABIDAAASgwAAE0MAABVDAAAVgwAAFgMAABaDAAAXQwAAF0MAABgDAAAYwwAAGYMAABvDAAAgAwAAIMMAACFDAAAjAwAAI4MAACQDAAAkgwAAKgMAACqDAAAswwAALUMAAC5DAAAvAwAAMQMAADGDAAAyAwAAMoMAADNDAAA1QwAANYMAADdDAAA3gwAAOAMAADjDAAA5gwAAO8MAADxDAAA8wwAAAANAAAMDQAADg0AABANAAASDQAARA0AAEYNAABIDQAASg0AAE4NAABUDQAAVw0AAF8NAABjDQAAZg0AAG8NAAB6DQAAfw0AAIENAACDDQAAhQ0AAJYNAACaDQAAsQ0AALMNAAC7DQAAvQ0AAL0NAADADQAAxg0AAMoNAADKDQAAzw0AANQNAADWDQAA1g0AANgNAADfDQAA5g0AAO8NAADyDQAA8w0AAAEOAAA6DgAAQA4AAE4OAABQDgAAWQ4AAIEOAACCDgAAhA4AAIQOAACGDgAAig4AAIwOAACjDgAApQ4AAKUOAACnDgAAvQ4AAMAOAADEDgAAxg4AAMYOAADIDgAAzg4AANAOAADZDgAA3A4AAN8OAAAADwAAAA8AABgPAAAZDwAAIA8AACkPAAA1DwAANQ8AADcPAAA3DwAAOQ8AADkPAAA+DwAARw8AAEkPAABsDwAAcQ8AAIQPAACGDwAAlw8AAJkPAAC8DwAAxg8AAMYPAAAAEAAASRAAAFAQAACdEAAAoBAAAMUQAADHEAAAxxAAAM0QAADNEAAA0BAAAPoQAAD8EAAASBIAAEoSAABNEgAAUBIAAFYSAABYEgAAWBIAAFoSAABdEgAAYBIAAIgSAACKEgAAjRIAAJASAACwEgAAshIAALUSAAC4EgAAvhIAAMASAADAEgAAwhIAAMUSAADIEgAA1hIAANgSAAAQEwAAEhMAABUTAAAYEwAAWhMAAF0TAABfEwAAaRMAAHETAACAEwAAjxMAAKATAAD1EwAA+BMAAP0TAAABFAAAbBYAAG8WAAB/FgAAgRYAAJoWAACgFgAA6hYAAO4WAAD4FgAAABcAABUXAAAfFwAANBcAAEAXAABTFwAAYBcAAGwXAABuFwAAcBcAAHIXAABzFwAAgBcAANMXAADXFwAA1xcAANwXAADdFwAA4BcAAOkXAAALGAAADRgAAA8YAAAZGAAAIBgAAHgYAACAGAAAqhgAALAYAAD1GAAAABkAAB4ZAAAgGQAAKxkAADAZAAA7GQAARhkAAG0ZAABwGQAAdBkAAIAZAACrGQAAsBkAAMkZAADQGQAA2hkAAAAaAAAbGgAAIBoAAF4aAABgGgAAfBoAAH8aAACJGgAAkBoAAJkaAACnGgAApxoAALAaAAC9GgAAvxoAAM4aAAAAGwAATBsAAFAbAABZGwAAaxsAAHMbAACAGwAA8xsAAAAcAAA3HAAAQBwAAEkcAABNHAAAfRwAAIAcAACKHAAAkBwAALocAAC9HAAAvxwAANAcAADSHAAA1BwAAPocAAAAHQAAFR8AABgfAAAdHwAAIB8AAEUfAABIHwAATR8AAFAfAABXHwAAWR8AAFkfAABbHwAAWx8AAF0fAABdHwAAXx8AAH0fAACAHwAAtB8AALYfAAC8HwAAvh8AAL4fAADCHwAAxB8AAMYfAADMHwAA0B8AANMfAADWHwAA2x8AAOAfAADsHwAA8h8AAPQfAAD2HwAA/B8AAAwgAAANIAAAPyAAAEAgAABUIAAAVCAAAHEgAABxIAAAfyAAAH8gAACQIAAAnCAAANAgAADcIAAA4SAAAOEgAADlIAAA8CAAAAIhAAACIQAAByEAAAchAAAKIQAAEyEAABUhAAAVIQAAGCEAAB0hAAAkIQAAJCEAACYhAAAmIQAAKCEAACghAAAqIQAAOSEAADwhAAA/IQAARSEAAEkhAABOIQAATiEAAGAhAACIIQAAACwAAOQsAADrLAAA8ywAAAAtAAAlLQAAJy0AACctAAAtLQAALS0AADAtAABnLQAAby0AAG8tAAB/LQAAli0AAKAtAACmLQAAqC0AAK4tAACwLQAAti0AALgtAAC+LQAAwC0AAMYtAADILQAAzi0AANAtAADWLQAA2C0AAN4tAADgLQAA/y0AAAUwAAAHMAAAITAAAC8wAAAxMAAANTAAADgwAAA8MAAAQTAAAJYwAACZMAAAnzAAAKEwAAD/MAAABTEAAC8xAAAxMQAAjjEAAKAxAAC/MQAA8DEAAP8xAAAANAAAv00AAABOAACMpAAA0KQAAP2kAAAApQAADKYAABCmAAArpgAAQKYAAG+mAAB0pgAAfaYAAH+mAADxpgAAF6cAAB+nAAAipwAAiKcAAIunAADNpwAA0KcAANGnAADTpwAA06cAANWnAADcpwAA8qcAACeoAAAsqAAALKgAAECoAABzqAAAgKgAAMWoAADQqAAA2agAAOCoAAD3qAAA+6gAAPuoAAD9qAAALakAADCpAABTqQAAYKkAAHypAACAqQAAwKkAAM+pAADZqQAA4KkAAP6pAAAAqgAANqoAAECqAABNqgAAUKoAAFmqAABgqgAAdqoAAHqqAADCqgAA26oAAN2qAADgqgAA76oAAPKqAAD2qgAAAasAAAarAAAJqwAADqsAABGrAAAWqwAAIKsAACarAAAoqwAALqsAADCrAABaqwAAXKsAAGmrAABwqwAA6qsAAOyrAADtqwAA8KsAAPmrAAAArAAAo9cAALDXAADG1wAAy9cAAPvXAAAA+QAAbfoAAHD6AADZ+gAAAPsAAAb7AAAT+wAAF/sAAB37AAAo+wAAKvsAADb7AAA4+wAAPPsAAD77AAA++wAAQPsAAEH7AABD+wAARPsAAEb7AACx+wAA0/sAAD39AABQ/QAAj/0AAJL9AADH/QAA8P0AAPv9AAAA/gAAD/4AACD+AAAv/gAAM/4AADT+AABN/gAAT/4AAHD+AAB0/gAAdv4AAPz+AAAQ/wAAGf8AACH/AAA6/wAAP/8AAD//AABB/wAAWv8AAGX/AAC+/wAAwv8AAMf/AADK/wAAz/8AANL/AADX/wAA2v8AANz/AAAAAAEACwABAA0AAQAmAAEAKAABADoAAQA8AAEAPQABAD8AAQBNAAEAUAABAF0AAQCAAAEA+gABAEABAQB0AQEA/QEBAP0BAQCAAgEAnAIBAKACAQDQAgEA4AIBAOACAQAAAwEAHwMBAC0DAQBKAwEAUAMBAHoDAQCAAwEAnQMBAKADAQDDAwEAyAMBAM8DAQDRAwEA1QMBAAAEAQCdBAEAoAQBAKkEAQCwBAEA0wQBANgEAQD7BAEAAAUBACcFAQAwBQEAYwUBAHAFAQB6BQEAfAUBAIoFAQCMBQEAkgUBAJQFAQCVBQEAlwUBAKEFAQCjBQEAsQUBALMFAQC5BQEAuwUBALwFAQDABQEA8wUBAAAGAQA2BwEAQAcBAFUHAQBgBwEAZwcBAIAHAQCFBwEAhwcBALAHAQCyBwEAugcBAAAIAQAFCAEACAgBAAgIAQAKCAEANQgBADcIAQA4CAEAPAgBADwIAQA/CAEAVQgBAGAIAQB2CAEAgAgBAJ4IAQDgCAEA8ggBAPQIAQD1CAEAAAkBABUJAQAgCQEAOQkBAIAJAQC3CQEAvgkBAL8JAQAACgEAAwoBAAUKAQAGCgEADAoBABMKAQAVCgEAFwoBABkKAQA1CgEAOAoBADoKAQA/CgEAPwoBAGAKAQB8CgEAgAoBAJwKAQDACgEAxwoBAMkKAQDmCgEAAAsBADULAQBACwEAVQsBAGALAQByCwEAgAsBAJELAQAADAEASAwBAIAMAQCyDAEAwAwBAPIMAQAADQEAJw0BADANAQA5DQEAQA0BAGUNAQBpDQEAbQ0BAG8NAQCFDQEAgA4BAKkOAQCrDgEArA4BALAOAQCxDgEAwg4BAMQOAQD8DgEAHA8BACcPAQAnDwEAMA8BAFAPAQBwDwEAhQ8BALAPAQDEDwEA4A8BAPYPAQAAEAEARhABAGYQAQB1EAEAfxABALoQAQDCEAEAwhABANAQAQDoEAEA8BABAPkQAQAAEQEANBEBADYRAQA/EQEARBEBAEcRAQBQEQEAcxEBAHYRAQB2EQEAgBEBAMQRAQDJEQEAzBEBAM4RAQDaEQEA3BEBANwRAQAAEgEAERIBABMSAQA3EgEAPhIBAEESAQCAEgEAhhIBAIgSAQCIEgEAihIBAI0SAQCPEgEAnRIBAJ8SAQCoEgEAsBIBAOoSAQDwEgEA+RIBAAATAQADEwEABRMBAAwTAQAPEwEAEBMBABMTAQAoEwEAKhMBADATAQAyEwEAMxMBADUTAQA5EwEAOxMBAEQTAQBHEwEASBMBAEsTAQBNEwEAUBMBAFATAQBXEwEAVxMBAF0TAQBjEwEAZhMBAGwTAQBwEwEAdBMBAIATAQCJEwEAixMBAIsTAQCOEwEAjhMBAJATAQC1EwEAtxMBAMATAQDCEwEAwhMBAMUTAQDFEwEAxxMBAMoTAQDMEwEA0xMBAOETAQDiEwEAABQBAEoUAQBQFAEAWRQBAF4UAQBhFAEAgBQBAMUUAQDHFAEAxxQBANAUAQDZFAEAgBUBALUVAQC4FQEAwBUBANgVAQDdFQEAABYBAEAWAQBEFgEARBYBAFAWAQBZFgEAgBYBALgWAQDAFgEAyRYBANAWAQDjFgEAABcBABoXAQAdFwEAKxcBADAXAQA5FwEAQBcBAEYXAQAAGAEAOhgBAKAYAQDpGAEA/xgBAAYZAQAJGQEACRkBAAwZAQATGQEAFRkBABYZAQAYGQEANRkBADcZAQA4GQEAOxkBAEMZAQBQGQEAWRkBAKAZAQCnGQEAqhkBANcZAQDaGQEA4RkBAOMZAQDkGQEAABoBAD4aAQBHGgEARxoBAFAaAQCZGgEAnRoBAJ0aAQCwGgEA+BoBAMAbAQDgGwEA8BsBAPkbAQAAHAEACBwBAAocAQA2HAEAOBwBAEAcAQBQHAEAWRwBAHIcAQCPHAEAkhwBAKccAQCpHAEAthwBAAAdAQAGHQEACB0BAAkdAQALHQEANh0BADodAQA6HQEAPB0BAD0dAQA/HQEARx0BAFAdAQBZHQEAYB0BAGUdAQBnHQEAaB0BAGodAQCOHQEAkB0BAJEdAQCTHQEAmB0BAKAdAQCpHQEA4B4BAPYeAQAAHwEAEB8BABIfAQA6HwEAPh8BAEIfAQBQHwEAWh8BALAfAQCwHwEAACABAJkjAQAAJAEAbiQBAIAkAQBDJQEAkC8BAPAvAQAAMAEALzQBAEA0AQBVNAEAYDQBAPpDAQAARAEARkYBAABhAQA5YQEAAGgBADhqAQBAagEAXmoBAGBqAQBpagEAcGoBAL5qAQDAagEAyWoBANBqAQDtagEA8GoBAPRqAQAAawEANmsBAEBrAQBDawEAUGsBAFlrAQBjawEAd2sBAH1rAQCPawEAQG0BAGxtAQBwbQEAeW0BAEBuAQB/bgEAAG8BAEpvAQBPbwEAh28BAI9vAQCfbwEA4G8BAOFvAQDjbwEA5G8BAPBvAQDxbwEAAHABAPeHAQAAiAEA1YwBAP+MAQAIjQEA8K8BAPOvAQD1rwEA+68BAP2vAQD+rwEAALABACKxAQAysQEAMrEBAFCxAQBSsQEAVbEBAFWxAQBksQEAZ7EBAHCxAQD7sgEAALwBAGq8AQBwvAEAfLwBAIC8AQCIvAEAkLwBAJm8AQCdvAEAnrwBAPDMAQD5zAEAAM8BAC3PAQAwzwEARs8BAGXRAQBp0QEAbdEBAHLRAQB70QEAgtEBAIXRAQCL0QEAqtEBAK3RAQBC0gEARNIBAADUAQBU1AEAVtQBAJzUAQCe1AEAn9QBAKLUAQCi1AEApdQBAKbUAQCp1AEArNQBAK7UAQC51AEAu9QBALvUAQC91AEAw9QBAMXUAQAF1QEAB9UBAArVAQAN1QEAFNUBABbVAQAc1QEAHtUBADnVAQA71QEAPtUBAEDVAQBE1QEARtUBAEbVAQBK1QEAUNUBAFLVAQCl1gEAqNYBAMDWAQDC1gEA2tYBANzWAQD61gEA/NYBABTXAQAW1wEANNcBADbXAQBO1wEAUNcBAG7XAQBw1wEAiNcBAIrXAQCo1wEAqtcBAMLXAQDE1wEAy9cBAM7XAQD/1wEAANoBADbaAQA72gEAbNoBAHXaAQB12gEAhNoBAITaAQCb2gEAn9oBAKHaAQCv2gEAAN8BAB7fAQAl3wEAKt8BAADgAQAG4AEACOABABjgAQAb4AEAIeABACPgAQAk4AEAJuABACrgAQAw4AEAbeABAI/gAQCP4AEAAOEBACzhAQAw4QEAPeEBAEDhAQBJ4QEATuEBAE7hAQCQ4gEAruIBAMDiAQD54gEA0OQBAPnkAQDQ5QEA+uUBAODnAQDm5wEA6OcBAOvnAQDt5wEA7ucBAPDnAQD+5wEAAOgBAMToAQDQ6AEA1ugBAADpAQBL6QEAUOkBAFnpAQAA7gEAA+4BAAXuAQAf7gEAIe4BACLuAQAk7gEAJO4BACfuAQAn7gEAKe4BADLuAQA07gEAN+4BADnuAQA57gEAO+4BADvuAQBC7gEAQu4BAEfuAQBH7gEASe4BAEnuAQBL7gEAS+4BAE3uAQBP7gEAUe4BAFLuAQBU7gEAVO4BAFfuAQBX7gEAWe4BAFnuAQBb7gEAW+4BAF3uAQBd7gEAX+4BAF/uAQBh7gEAYu4BAGTuAQBk7gEAZ+4BAGruAQBs7gEAcu4BAHTuAQB37gEAee4BAHzuAQB+7gEAfu4BAIDuAQCJ7gEAi+4BAJvuAQCh7gEAo+4BAKXuAQCp7gEAq+4BALvuAQDw+wEA+fsBAAAAAgDfpgIAAKcCADm3AgBAtwIAHbgCACC4AgChzgIAsM4CAODrAgDw6wIAXe4CAAD4AgAd+gIAAAADAEoTAwBQEwMAryMDAAABDgDvAQ4ADgAAAHkAAAAAAAAAOAAAAAgAAACmAgAAAgAAAAIAAAACAAAACgAAAIDjAAAQBQAA4MUAAHDlAACAOQEAZDsBAHDQAAB40AAAgNAAAPDRAADi0gAA8NIAACDTAAAAAAAAAAAAAAAAAADA3QAAIN4AAAEAAAACAAAAAwAAAAQAAAAFAAAAMN4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJBAAAPwQAAAUAAAAAAAAAyQEAAAMFAAABBQAA3wQAAEYEAADzAgAARwMAAN8AAAD6BAAAIgQAACAEAABEBAAA9AQAAMsEAAD+BAAAHgQAADIEAACwAQAARwIAANECAABKAQAAMAQAAPgEAAAKBQAA/wQAAPIEAAAIBQAA/AQAADMEAAA1BAAAQgQAADsEAAA4BAAAPgQAAAUFAAACAAAAQQQAAPYEAAC0AQAAoAEAAEIDAADCAgAAzgAAAF8DAACeAAAA7wMAAJUCAABHAAAAkAMAAIUAAADYAwAAwQEAAFMDAAALAAAAFwMAAK0CAAB5AAAAvgMAADwCAABPAgAACQMAAPMAAADWAAAA6AAAAPgCAAAXBAAATQMAALQAAAADBAAAPQEAAP8AAAAnAAAAdAMAAC8BAABaAgAAIQAAAB0AAAAQAAAAUwEAABYBAAAGAQAAEQEAAGwBAACDAQAAXAEAANQBAABrAwAAkgEAAGYCAABkAAAAqwMAABwBAACJAgAAGwIAAAQCAAAUAgAAdQEAACEDAAAxAwAAwAAAADgDAAB4AgAAJQIAAOACAACnAQAANAAAAH8DAADIAgAA3gEAAPABAADIAwAAWQQAAL0EAACPBAAAeQQAAGYEAACkBAAAAAAAAAcAAAB0AgAA';

;// CONCATENATED MODULE: ./src/iac/parse/hcl-wasm.ts
/**
 * Load web-tree-sitter and the HCL grammar from bytes embedded in wasm.generated.ts, so the same code
 * works under jest (from src) and in the ncc bundle (dist/index.js), whatever the cwd. Nothing is read
 * from disk and nothing from the scanned repository is executed.
 */


let loading = null;
function bytes(base64) {
    const b = Buffer.from(base64, 'base64');
    return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}
/**
 * Initialise the tree-sitter runtime from the embedded bytes. Emscripten's Node path starts with
 * `await import("module")` + `createRequire`, which ncc's bundle breaks (the namespace it builds for the
 * `module` builtin has no `createRequire`). With the wasm bytes given, the Node path is not needed, so
 * the runtime is told it is not in Node (`process.type = 'renderer'`, Emscripten's Electron test) while it
 * initialises; nothing is fetched or read from disk. Restored right after.
 */
async function initRuntime() {
    const proc = process;
    const had = Object.prototype.hasOwnProperty.call(proc, 'type');
    const previous = proc.type;
    proc.type = 'renderer';
    try {
        await web_tree_sitter/* Parser */.iX.init({ wasmBinary: bytes(TREE_SITTER_RUNTIME_WASM_BASE64) });
    }
    finally {
        if (had)
            proc.type = previous;
        else
            delete proc.type;
    }
}
/** A shared HCL parser; parsing is synchronous once loaded. */
function hcl_wasm_hclParser() {
    loading ??= (async () => {
        await initRuntime();
        const language = await web_tree_sitter/* Language */.TM.load(bytes(TREE_SITTER_HCL_WASM_BASE64));
        const parser = new web_tree_sitter/* Parser */.iX();
        parser.setLanguage(language);
        return parser;
    })();
    loading.catch(() => {
        loading = null;
    });
    return loading;
}

;// CONCATENATED MODULE: ./src/iac/parse/plan.ts
/**
 * Terraform plan JSON (`terraform show -json plan.out`): the planned values of every managed resource, the
 * most exact source when a workflow produces it. Values known only after apply (`after_unknown`) become
 * Unknown markers; the config's own value (often a reference) is kept for those by the merger.
 */

function plan_isObj(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** Throws on malformed JSON or a file that is not a plan. */
function parsePlan(text) {
    const doc = JSON.parse(text);
    if (!plan_isObj(doc) || (!('planned_values' in doc) && !('resource_changes' in doc)))
        throw new Error('not a Terraform plan JSON (no planned_values or resource_changes)');
    const out = new Map();
    const walkModule = (m) => {
        if (!plan_isObj(m))
            return;
        for (const r of Array.isArray(m.resources) ? m.resources : []) {
            if (!plan_isObj(r) || r.mode === 'data' || typeof r.address !== 'string' || typeof r.type !== 'string')
                continue;
            out.set(r.address, {
                address: r.address,
                type: r.type,
                name: String(r.name ?? ''),
                values: plan_isObj(r.values) ? plan_toValue(r.values) : {}
            });
        }
        for (const c of Array.isArray(m.child_modules) ? m.child_modules : [])
            walkModule(c);
    };
    if (plan_isObj(doc.planned_values))
        walkModule(doc.planned_values.root_module);
    for (const rc of Array.isArray(doc.resource_changes) ? doc.resource_changes : []) {
        if (!plan_isObj(rc) || rc.mode === 'data' || typeof rc.address !== 'string' || !plan_isObj(rc.change))
            continue;
        const actions = Array.isArray(rc.change.actions) ? rc.change.actions : [];
        if (actions.length === 1 && actions[0] === 'delete') {
            out.delete(rc.address);
            continue;
        }
        const existing = out.get(rc.address);
        const after = plan_isObj(rc.change.after) ? plan_toValue(rc.change.after) : (existing?.values ?? {});
        const values = markUnknown(after, rc.change.after_unknown);
        out.set(rc.address, { address: rc.address, type: String(rc.type ?? ''), name: String(rc.name ?? ''), values });
    }
    return [...out.values()];
}
function markUnknown(v, mask) {
    if (mask === true)
        return (0,iac/* unknown */.L5)('known only after apply (plan)');
    if (Array.isArray(mask) && Array.isArray(v))
        return v.map((x, i) => markUnknown(x, mask[i]));
    if (plan_isObj(mask) && plan_isObj(v)) {
        const out = { ...v };
        for (const [k, m] of Object.entries(mask))
            out[k] = markUnknown(out[k] ?? null, m);
        return out;
    }
    return v;
}
function plan_toValue(v) {
    if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
        return v;
    if (Array.isArray(v))
        return v.map(plan_toValue);
    if (plan_isObj(v)) {
        const out = {};
        for (const [k, x] of Object.entries(v))
            out[k] = plan_toValue(x);
        return out;
    }
    return null;
}
/** Strip instance keys (`[0]`, `["a"]`) so a plan address matches its config address. */
function configAddress(planAddress) {
    return planAddress.replace(/\[[^\]]*\]/g, '');
}

;// CONCATENATED MODULE: ./src/iac/parse/terraform.ts


class IacParseError extends Error {
    line;
    column;
    constructor(message, line, column) {
        super(message);
        this.line = line;
        this.column = column;
        this.name = 'IacParseError';
    }
}
/** Parse HCL text; throws IacParseError naming the first syntax error's line and column. */
async function parseHcl(path, text) {
    return parseHclWith(await hclParser(), path, text);
}
/** Per-file HCL parse budget (issue 19): a file the parser cannot finish in this time is not read. */
const HCL_PARSE_BUDGET_MS = 3_000;
function parseHclWith(parser, path, text, budgetMs = HCL_PARSE_BUDGET_MS) {
    const started = Date.now();
    // tree-sitter cancels the parse when the progress callback returns true
    const progressCallback = (() => Date.now() - started > budgetMs);
    const tree = parser.parse(text, null, { progressCallback });
    if (!tree)
        throw new IacParseError(Date.now() - started > budgetMs
            ? `parsing took longer than the per-file parse budget of ${budgetMs / 1000} s: not read`
            : 'the HCL parser returned no tree', 1);
    try {
        const root = tree.rootNode;
        if (root.hasError) {
            const bad = firstError(root);
            const at = bad ?? root;
            const what = bad?.isMissing ? `missing ${bad.type}` : `unexpected ${JSON.stringify(clip(at.text))}`;
            throw new IacParseError(`syntax error: ${what}`, at.startPosition.row + 1, at.startPosition.column + 1);
        }
        const comments = [];
        const blocks = [];
        for (const child of root.children) {
            if (child.type === 'body') {
                const body = convertBody(child, comments);
                blocks.push(...body.blocks);
                // top-level attributes only occur in tfvars: keep them as a pseudo block
                if (Object.keys(body.attrs).length > 0)
                    blocks.push({ type: '$attributes', labels: [], line: 1, end_line: 1, body });
            }
            else if (child.type === 'comment') {
                comments.push({ line: child.startPosition.row + 1, text: child.text });
            }
        }
        return { path, blocks, comments };
    }
    finally {
        tree.delete();
    }
}
function clip(s) {
    const first = s.split('\n')[0];
    return first.length > 40 ? `${first.slice(0, 40)}…` : first;
}
function firstError(node) {
    if (node.isError || node.isMissing)
        return node;
    if (!node.hasError)
        return null;
    for (const c of node.children) {
        const e = firstError(c);
        if (e)
            return e;
    }
    return null;
}
function convertBody(node, comments) {
    const body = { attrs: {}, blocks: [] };
    for (const c of node.children) {
        if (c.type === 'attribute') {
            const id = c.child(0);
            const expr = c.namedChildren.find(n => n.type === 'expression');
            if (!id || !expr)
                continue;
            body.attrs[id.text] = { expr: convertExpr(expr), line: c.startPosition.row + 1 };
            collectComments(c, comments);
        }
        else if (c.type === 'block') {
            body.blocks.push(convertBlock(c, comments));
        }
        else if (c.type === 'comment') {
            comments.push({ line: c.startPosition.row + 1, text: c.text });
        }
    }
    return body;
}
function collectComments(node, comments) {
    if (!node.hasError && node.descendantCount < 3)
        return;
    for (const c of node.descendantsOfType('comment'))
        comments.push({ line: c.startPosition.row + 1, text: c.text });
}
function convertBlock(node, comments) {
    let type = '';
    const labels = [];
    let body = { attrs: {}, blocks: [] };
    for (const c of node.children) {
        if (c.type === 'identifier') {
            if (!type)
                type = c.text;
            else
                labels.push(c.text);
        }
        else if (c.type === 'string_lit')
            labels.push(stringLit(c));
        else if (c.type === 'body')
            body = convertBody(c, comments);
        else if (c.type === 'comment')
            comments.push({ line: c.startPosition.row + 1, text: c.text });
    }
    return { type, labels, line: node.startPosition.row + 1, end_line: node.endPosition.row + 1, body };
}
function stringLit(node) {
    let s = '';
    for (const c of node.children)
        if (c.type === 'template_literal')
            s += terraform_unescape(c.text);
    return s;
}
function terraform_unescape(s) {
    if (!s.includes('\\') && !s.includes('$${') && !s.includes('%%{'))
        return s;
    return s
        .replace(/\\(["\\nrt]|u[0-9a-fA-F]{4})/g, (_m, e) => {
        switch (e[0]) {
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 't':
                return '\t';
            case 'u':
                return String.fromCharCode(parseInt(e.slice(1), 16));
            default:
                return e;
        }
    })
        .replace(/\$\$\{/g, '${')
        .replace(/%%\{/g, '%{');
}
/** Convert an `expression` (or any expression-like) node. */
function convertExpr(node) {
    switch (node.type) {
        case 'expression': {
            const kids = node.namedChildren;
            if (kids.length === 0)
                return { k: 'unsupported', what: 'empty expression' };
            // parenthesized: ( expression )
            if (node.child(0)?.type === '(' && kids.length === 1)
                return convertExpr(kids[0]);
            const head = kids[0];
            if (kids.length === 1)
                return convertExpr(head);
            // traversal: head followed by get_attr / index / splat
            return traversal(head, kids.slice(1));
        }
        case 'literal_value':
            return convertExpr(node.namedChildren[0] ?? node);
        case 'numeric_lit':
            return { k: 'lit', v: Number(node.text) };
        case 'bool_lit':
            return { k: 'lit', v: node.text === 'true' };
        case 'null_lit':
            return { k: 'lit', v: null };
        case 'string_lit':
            return { k: 'lit', v: stringLit(node) };
        case 'template_expr':
            return convertExpr(node.namedChildren[0]);
        case 'quoted_template':
            return template(node);
        case 'heredoc_template':
            return heredoc(node);
        case 'variable_expr':
            return { k: 'ref', path: [node.text] };
        case 'collection_value':
            return convertExpr(node.namedChildren[0]);
        case 'tuple':
            return { k: 'tuple', items: node.namedChildren.filter(n => n.type === 'expression').map(convertExpr) };
        case 'object': {
            const entries = [];
            for (const e of node.namedChildren) {
                if (e.type !== 'object_elem')
                    continue;
                const k = e.childForFieldName('key');
                const v = e.childForFieldName('val');
                if (!k || !v)
                    continue;
                entries.push({ key: objectKey(k), value: convertExpr(v) });
            }
            return { k: 'object', entries };
        }
        case 'conditional': {
            const [c, t, f] = node.namedChildren.filter(n => n.type === 'expression');
            if (!c || !t || !f)
                return { k: 'unsupported', what: 'conditional' };
            return { k: 'cond', c: convertExpr(c), t: convertExpr(t), f: convertExpr(f) };
        }
        case 'function_call': {
            const name = node.namedChildren.find(n => n.type === 'identifier')?.text ?? '?';
            const argsNode = node.namedChildren.find(n => n.type === 'function_arguments');
            const args = argsNode ? argsNode.namedChildren.filter(n => n.type === 'expression').map(convertExpr) : [];
            if (argsNode?.namedChildren.some(n => n.type === 'ellipsis'))
                return { k: 'unsupported', what: `${name}(...) with expanded arguments` };
            return { k: 'call', name, args };
        }
        case 'operation':
            return convertExpr(node.namedChildren[0]);
        case 'unary_operation': {
            const op = node.child(0)?.text ?? '?';
            const operand = operandOf(node.namedChildren);
            return { k: 'op', op: op === '-' ? 'neg' : op, args: [operand] };
        }
        case 'binary_operation': {
            // operands are not wrapped: `var.a == "x"` gives variable_expr, get_attr, literal_value around the operator
            const kids = node.children;
            const opIndex = kids.findIndex(n => !n.isNamed && n.type !== 'comment');
            if (opIndex < 0)
                return { k: 'unsupported', what: 'operation' };
            const left = kids.slice(0, opIndex).filter(n => n.isNamed && n.type !== 'comment');
            const right = kids.slice(opIndex + 1).filter(n => n.isNamed && n.type !== 'comment');
            if (left.length === 0 || right.length === 0)
                return { k: 'unsupported', what: 'operation' };
            return { k: 'op', op: kids[opIndex].text, args: [operandOf(left), operandOf(right)] };
        }
        case 'for_expr':
            return { k: 'unsupported', what: 'a for expression' };
        default:
            return { k: 'unsupported', what: node.type };
    }
}
function operandOf(nodes) {
    if (nodes.length === 0)
        return { k: 'unsupported', what: 'empty operand' };
    if (nodes.length === 1)
        return convertExpr(nodes[0]);
    return traversal(nodes[0], nodes.slice(1));
}
function objectKey(k) {
    // `a = 1` parses the key as an expression holding a bare variable_expr: a literal key
    const inner = k.type === 'expression' && k.namedChildCount === 1 ? k.namedChildren[0] : null;
    if (inner?.type === 'variable_expr')
        return inner.text;
    const e = convertExpr(k);
    if (e.k === 'lit' && typeof e.v === 'string')
        return e.v;
    return e;
}
function traversal(head, rest) {
    const base = convertExpr(head);
    const steps = [];
    for (const r of rest) {
        if (r.type === 'get_attr')
            steps.push(r.namedChildren[0]?.text ?? '?');
        else if (r.type === 'index') {
            const inner = r.namedChildren[0];
            if (inner?.type === 'legacy_index')
                steps.push(Number(inner.text.replace(/^\./, '')));
            else {
                const ix = inner?.namedChildren[0] ? convertExpr(inner.namedChildren[0]) : null;
                if (ix && ix.k === 'lit' && (typeof ix.v === 'number' || typeof ix.v === 'string'))
                    steps.push(ix.v);
                else
                    steps.push(ix ?? '*');
            }
        }
        else if (r.type === 'splat')
            steps.push('*');
    }
    // a plain reference with literal steps stays a reference (its text names a resource attribute)
    if (base.k === 'ref' && steps.every(s => typeof s !== 'object'))
        return { k: 'ref', path: [...base.path, ...steps] };
    if (base.k === 'ref') {
        const i = steps.findIndex(s => typeof s === 'object');
        const head = { k: 'ref', path: [...base.path, ...steps.slice(0, i)] };
        return { k: 'get', target: head, steps: steps.slice(i) };
    }
    return { k: 'get', target: base, steps };
}
function template(node) {
    const parts = [];
    for (const c of node.children) {
        if (c.type === 'template_literal')
            parts.push({ k: 'lit', v: terraform_unescape(c.text) });
        else if (c.type === 'template_interpolation') {
            const e = c.namedChildren.find(n => n.type === 'expression');
            parts.push(e ? convertExpr(e) : { k: 'unsupported', what: 'empty interpolation' });
        }
        else if (c.type === 'template_directive')
            parts.push({ k: 'unsupported', what: 'a template directive (%{ if/for })' });
    }
    return templateOf(parts);
}
function templateOf(parts) {
    if (parts.length === 0)
        return { k: 'lit', v: '' };
    if (parts.length === 1 && parts[0].k === 'lit')
        return parts[0];
    // a template that is exactly one interpolation keeps the value's type ("${var.enabled}" stays a bool)
    if (parts.length === 1)
        return parts[0];
    return { k: 'tmpl', parts };
}
/**
 * A heredoc (`<<EOT` … `EOT`, or the indented form `<<-EOT`). The grammar drops the whitespace and newlines
 * between template literals, so the text is read from the source between the markers. Heredocs take no
 * backslash escapes, only `$${` and `%%{`. In the `<<-` form the smallest leading whitespace of the lines
 * (blank lines not counted) is removed from every line (HCL's native syntax spec, "Template Expressions").
 */
function heredoc(node) {
    const text = node.text;
    const markers = node.children.filter(c => c.type === 'heredoc_identifier');
    const flush = node.children.some(c => c.type === 'heredoc_start' && c.text.includes('-'));
    const open = markers[0];
    if (!open)
        return { k: 'unsupported', what: 'a heredoc without a marker' };
    const bodyStart = text.indexOf('\n', text.indexOf(open.text) + open.text.length) + 1;
    const closeAt = markers.length > 1 ? text.lastIndexOf(markers[markers.length - 1].text) : text.length;
    const bodyEnd = Math.max(bodyStart, text.lastIndexOf('\n', closeAt - 1) + 1);
    // Alternating pieces: raw literal text (string) and interpolations / directives (Expr).
    const pieces = [];
    let cursor = bodyStart;
    for (const c of node.children) {
        if (c.type !== 'template_interpolation' && c.type !== 'template_directive')
            continue;
        const at = text.indexOf(c.text, cursor);
        if (at < 0 || at >= bodyEnd)
            continue;
        if (at > cursor)
            pieces.push(text.slice(cursor, at));
        if (c.type === 'template_interpolation') {
            const e = c.namedChildren.find(n => n.type === 'expression');
            pieces.push(e ? convertExpr(e) : { k: 'unsupported', what: 'empty interpolation' });
        }
        else
            pieces.push({ k: 'unsupported', what: 'a template directive (%{ if/for })' });
        cursor = at + c.text.length;
    }
    if (bodyEnd > cursor)
        pieces.push(text.slice(cursor, bodyEnd));
    if (flush)
        dedent(pieces);
    return templateOf(pieces.map(p => (typeof p === 'string' ? { k: 'lit', v: p.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{') } : p)));
}
/** Remove the smallest leading whitespace of all lines from each line's start (in place). */
function dedent(pieces) {
    // A line starts at the beginning of the body and after each newline inside a literal piece.
    const starts = [];
    pieces.forEach((p, i) => {
        if (typeof p !== 'string') {
            if (i === 0)
                starts.push({ piece: i, offset: -1 });
            return;
        }
        if (i === 0)
            starts.push({ piece: i, offset: 0 });
        for (let j = p.indexOf('\n'); j >= 0 && j + 1 < p.length; j = p.indexOf('\n', j + 1))
            starts.push({ piece: i, offset: j + 1 });
        if (p.endsWith('\n') && i + 1 < pieces.length)
            starts.push({ piece: i + 1, offset: -1 });
    });
    const leading = (s) => {
        if (s.offset < 0)
            return 0; // the line starts with an interpolation
        const p = pieces[s.piece];
        const ws = /^[^\S\n]*/.exec(p.slice(s.offset))[0];
        const next = p[s.offset + ws.length];
        if (next === '\n' || (next === undefined && s.piece === pieces.length - 1))
            return null; // blank line
        return ws.length;
    };
    let min = Infinity;
    for (const s of starts) {
        const n = leading(s);
        if (n !== null)
            min = Math.min(min, n);
    }
    if (min === Infinity)
        min = 0;
    // Strip from the last line start backwards so that earlier offsets stay valid.
    for (const s of [...starts].reverse()) {
        if (s.offset < 0)
            continue;
        const p = pieces[s.piece];
        const ws = /^[^\S\n]*/.exec(p.slice(s.offset))[0];
        const cut = Math.min(ws.length, min);
        pieces[s.piece] = p.slice(0, s.offset) + p.slice(s.offset + cut);
    }
}
// ---------------------------------------------------------------------------------------------------
// Terraform JSON syntax (.tf.json, .tfvars.json)
/** JSON strings holding `${…}` are parsed as HCL templates through this parser. */
function jsonString(parser, s) {
    if (!s.includes('${') && !s.includes('%{'))
        return { k: 'lit', v: s };
    try {
        const f = parseHclWith(parser, '(json string)', `x = ${JSON.stringify(s)}\n`);
        const attr = f.blocks.find(b => b.type === '$attributes')?.body.attrs.x;
        return attr ? attr.expr : { k: 'unsupported', what: 'a JSON template string' };
    }
    catch {
        return { k: 'unsupported', what: 'a JSON template string that does not parse' };
    }
}
function jsonExpr(parser, v) {
    if (typeof v === 'string')
        return jsonString(parser, v);
    if (v === null || typeof v === 'number' || typeof v === 'boolean')
        return { k: 'lit', v };
    if (Array.isArray(v))
        return { k: 'tuple', items: v.map(x => jsonExpr(parser, x)) };
    if (typeof v === 'object') {
        return { k: 'object', entries: Object.entries(v).map(([key, x]) => ({ key, value: jsonExpr(parser, x) })) };
    }
    return { k: 'unsupported', what: typeof v };
}
/** Body of a JSON block: objects (or lists of objects) under keys become nested blocks, the rest attributes. */
function jsonBody(parser, v, ptr, lines, depth) {
    const body = { attrs: {}, blocks: [] };
    if (typeof v !== 'object' || v === null || Array.isArray(v))
        return body;
    for (const [key, x] of Object.entries(v)) {
        if (key === '//')
            continue;
        const p = `${ptr}/${escapePtr(key)}`;
        const line = lines.line(p);
        const isBlockList = Array.isArray(x) && x.length > 0 && x.every(e => typeof e === 'object' && e !== null && !Array.isArray(e));
        const isObj = typeof x === 'object' && x !== null && !Array.isArray(x);
        // Nested blocks vs map attributes are ambiguous in JSON syntax: both give objects, which the model treats alike.
        if (depth < 8 && (isBlockList || isObj) && !MAP_ATTRIBUTES.has(key)) {
            const items = isBlockList ? x : [x];
            items.forEach((item, i) => {
                const ip = isBlockList ? `${p}/${i}` : p;
                body.blocks.push({ type: key, labels: [], line: lines.line(ip), end_line: lines.endLine(ip), body: jsonBody(parser, item, ip, lines, depth + 1) });
            });
        }
        else
            body.attrs[key] = { expr: jsonExpr(parser, x), line };
    }
    return body;
}
/** Attributes whose value is a map, never a block. */
const MAP_ATTRIBUTES = new Set(['tags', 'tags_all', 'labels', 'default', 'variables', 'environment_variables', 'metadata', 'parameters', 'inputs', 'values']);
function escapePtr(k) {
    return k.replace(/~/g, '~0').replace(/\//g, '~1');
}
/** Parse `.tf.json`; throws IacParseError with the line of a JSON syntax error. */
function parseTerraformJsonWith(parser, path, text) {
    const { value, lines } = parseJsonWithLines(text);
    const blocks = [];
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        throw new IacParseError('a .tf.json file must hold a JSON object', 1);
    const labelDepth = { resource: 2, data: 2, variable: 1, module: 1, provider: 1, output: 1, locals: 0, terraform: 0 };
    for (const [type, v] of Object.entries(value)) {
        const depth = labelDepth[type];
        if (depth === undefined)
            continue;
        const walk = (node, labels, ptr) => {
            if (labels.length === depth) {
                const items = Array.isArray(node) ? node : [node];
                items.forEach((item, i) => {
                    const ip = Array.isArray(node) ? `${ptr}/${i}` : ptr;
                    blocks.push({
                        type,
                        labels,
                        line: lines.line(ip),
                        end_line: lines.endLine(ip),
                        body: jsonBody(parser, item, ip, lines, type === 'variable' || type === 'locals' || type === 'module' ? 99 : 0)
                    });
                });
                return;
            }
            if (typeof node !== 'object' || node === null)
                return;
            const entries = Array.isArray(node)
                ? node.flatMap((n, i) => Object.entries(n).map(([k, x]) => [k, x, `${ptr}/${i}/${escapePtr(k)}`]))
                : Object.entries(node).map(([k, x]) => [k, x, `${ptr}/${escapePtr(k)}`]);
            for (const [k, x, p] of entries)
                walk(x, [...labels, k], p);
        };
        walk(v, [], `/${escapePtr(type)}`);
    }
    // variable and locals bodies: every key is an attribute (default may be an object)
    for (const b of blocks) {
        if (b.type === 'variable' || b.type === 'locals' || b.type === 'module') {
            for (const nested of b.body.blocks) {
                b.body.attrs[nested.type] = { expr: blockToExpr(nested.body), line: nested.line };
            }
            b.body.blocks = [];
        }
    }
    return { path, blocks, comments: [] };
}
function blockToExpr(body) {
    const entries = Object.entries(body.attrs).map(([key, a]) => ({ key, value: a.expr }));
    for (const b of body.blocks)
        entries.push({ key: b.type, value: blockToExpr(b.body) });
    return { k: 'object', entries };
}
/** tfvars (HCL): top-level attributes. */
function parseTfvarsWith(parser, path, text) {
    const f = parseHclWith(parser, path, text);
    return f.blocks.find(b => b.type === '$attributes')?.body.attrs ?? {};
}
function parseTfvarsJsonWith(parser, path, text) {
    const { value, lines } = parseJsonWithLines(text);
    const out = {};
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        throw new IacParseError('a .tfvars.json file must hold a JSON object', 1);
    for (const [k, v] of Object.entries(value))
        out[k] = { expr: jsonExpr(parser, v), line: lines.line(`/${escapePtr(k)}`) };
    void path;
    return out;
}

;// CONCATENATED MODULE: ./src/iac/terraform/values.ts

/**
 * An evaluation error (a missing key, an index out of range, a bad conversion): what `try()` falls
 * through and `can()` turns into false. An Unknown without the flag is a value not known before apply.
 */
function failed(reason) {
    return { $unknown: reason, $error: true };
}
function isFailed(v) {
    return (0,iac/* isUnknown */.t8)(v) && v.$error === true;
}
function pathText(path) {
    return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : p === '*' ? '[*]' : i === 0 ? p : `.${p}`)).join('');
}
function evalExpr(e, scope, depth = 0) {
    if (depth > 64)
        return (0,iac/* unknown */.L5)('expression nests too deeply');
    switch (e.k) {
        case 'lit':
            return e.v;
        case 'tmpl': {
            let s = '';
            let bad;
            for (const p of e.parts) {
                const v = evalExpr(p, scope, depth + 1);
                if (isFailed(v) || v === null || (typeof v === 'object' && !(0,iac/* isUnknown */.t8)(v) && !(0,iac/* isRef */.i9)(v))) {
                    return isFailed(v) ? v : (0,iac/* unknown */.L5)(v === null ? 'string interpolates null' : 'string interpolates a collection');
                }
                if ((0,iac/* isUnknown */.t8)(v) || (0,iac/* isRef */.i9)(v)) {
                    // keep going: the literal parts may still say what the string is (a KMS key ARN ending in `alias/aws/s3`)
                    bad ??= (0,iac/* isUnknown */.t8)(v) ? v : (0,iac/* unknown */.L5)(`string interpolates ${v.$ref}, known only at apply time`);
                    s += (0,iac/* templateMarker */.l4)(v);
                    continue;
                }
                s += String(v);
            }
            return bad ? (0,iac/* unknown */.L5)(bad.$unknown, s) : s;
        }
        case 'ref':
            return evalRef(e.path, scope);
        case 'tuple':
            return e.items.map(i => evalExpr(i, scope, depth + 1));
        case 'object': {
            const out = {};
            for (const { key, value } of e.entries) {
                let k;
                if (typeof key === 'string')
                    k = key;
                else {
                    const kv = evalExpr(key, scope, depth + 1);
                    if (typeof kv !== 'string' && typeof kv !== 'number')
                        return (0,iac/* unknown */.L5)('object key is computed');
                    k = String(kv);
                }
                out[k] = evalExpr(value, scope, depth + 1);
            }
            return out;
        }
        case 'cond': {
            const c = evalExpr(e.c, scope, depth + 1);
            if (typeof c === 'boolean')
                return evalExpr(c ? e.t : e.f, scope, depth + 1);
            const t = evalExpr(e.t, scope, depth + 1);
            const f = evalExpr(e.f, scope, depth + 1);
            if (JSON.stringify(t) === JSON.stringify(f))
                return t;
            return (0,iac/* unknown */.L5)(`conditional on ${describe(c)}`);
        }
        case 'op':
            return evalOp(e.op, e.args.map(a => evalExpr(a, scope, depth + 1)));
        case 'call':
            return evalCall(e.name, e.args, scope, depth);
        case 'get': {
            // a computed key into a reference (`aws_kms_key.k[count.index].arn`) stays a reference
            let cur = evalExpr(e.target, scope, depth + 1);
            for (const st of e.steps) {
                let key = typeof st === 'object' ? evalExpr(st, scope, depth + 1) : st;
                if ((0,iac/* isRef */.i9)(cur)) {
                    const k = typeof key === 'string' || typeof key === 'number' ? key : '*';
                    cur = { $ref: `${cur.$ref}${typeof k === 'number' ? `[${k}]` : k === '*' ? '[*]' : typeof st === 'object' ? `[${JSON.stringify(k)}]` : `.${k}`}` };
                    continue;
                }
                if ((0,iac/* isUnknown */.t8)(key))
                    return key;
                if (typeof key === 'string' && Array.isArray(cur) && /^\d+$/.test(key))
                    key = Number(key);
                if (typeof key !== 'string' && typeof key !== 'number')
                    return failed(`index is ${describe(key)}`);
                cur = traverse(cur, [key], 'value');
            }
            return cur;
        }
        case 'unsupported':
            return (0,iac/* unknown */.L5)(`uses ${e.what}, not evaluated statically`);
    }
}
function describe(v) {
    if ((0,iac/* isUnknown */.t8)(v))
        return v.$unknown;
    if ((0,iac/* isRef */.i9)(v))
        return v.$ref;
    return JSON.stringify(v);
}
function evalRef(path, scope) {
    const [head, second] = path;
    const text = pathText(path);
    switch (head) {
        case 'var':
            if (typeof second !== 'string')
                return (0,iac/* unknown */.L5)(`${text} is not a variable reference`);
            return traverse(scope.variable(second), path.slice(2), text);
        case 'local':
            if (typeof second !== 'string')
                return (0,iac/* unknown */.L5)(`${text} is not a local reference`);
            return traverse(scope.local(second), path.slice(2), text);
        case 'count':
            if (second === 'index' && scope.countIndex !== undefined)
                return scope.countIndex;
            return (0,iac/* unknown */.L5)(`${text} depends on count`);
        case 'each':
            if (scope.each && (second === 'key' || second === 'value'))
                return traverse(scope.each[second], path.slice(2), text);
            return (0,iac/* unknown */.L5)(`${text} depends on for_each`);
        case 'self':
            return (0,iac/* unknown */.L5)(`${text} refers to the resource itself`);
        case 'path':
            if (second === 'module' || second === 'root' || second === 'cwd')
                return scope.dir;
            return (0,iac/* unknown */.L5)(`${text} not evaluated`);
        case 'terraform':
            return (0,iac/* unknown */.L5)(`${text} depends on the workspace`);
        case 'data':
        case 'module':
            return { $ref: scope.prefix + text };
        default:
            if (typeof head === 'string' && path.length >= 2)
                return { $ref: scope.prefix + text };
            return (0,iac/* unknown */.L5)(`${text} is not a known reference`);
    }
}
function traverse(v, rest, text) {
    let cur = v;
    for (const k of rest) {
        if ((0,iac/* isUnknown */.t8)(cur))
            return cur;
        if ((0,iac/* isRef */.i9)(cur))
            return { $ref: `${cur.$ref}${typeof k === 'number' ? `[${k}]` : `.${k}`}` };
        if (k === '*')
            return (0,iac/* unknown */.L5)(`${text} uses a splat`);
        if (Array.isArray(cur) && typeof k === 'number')
            cur = cur[k] ?? failed(`${text}: index ${k} out of range`);
        else if ((0,iac/* isPlainObject */.Qd)(cur) && (typeof k === 'string' || typeof k === 'number')) {
            const next = cur[String(k)];
            cur = next === undefined ? failed(`${text}: no key ${k}`) : next;
        }
        else
            return failed(`${text} cannot be read from ${describe(cur)}`);
    }
    return cur;
}
function firstUnknown(vals) {
    return vals.find(v => (0,iac/* isUnknown */.t8)(v)) ?? vals.find(v => (0,iac/* isRef */.i9)(v));
}
function evalOp(op, args) {
    const u = firstUnknown(args);
    if (u !== undefined) {
        // short-circuit: false && x, true || x
        if (op === '&&' && args.some(a => a === false))
            return false;
        if (op === '||' && args.some(a => a === true))
            return true;
        return (0,iac/* isUnknown */.t8)(u) ? u : (0,iac/* unknown */.L5)(`operation on ${u.$ref}`);
    }
    const [a, b] = args;
    switch (op) {
        case '!':
            return typeof a === 'boolean' ? !a : (0,iac/* unknown */.L5)('! on a non-boolean');
        case 'neg':
            return typeof a === 'number' ? -a : (0,iac/* unknown */.L5)('- on a non-number');
        case '==':
            return JSON.stringify(a) === JSON.stringify(b);
        case '!=':
            return JSON.stringify(a) !== JSON.stringify(b);
        case '&&':
            return typeof a === 'boolean' && typeof b === 'boolean' ? a && b : (0,iac/* unknown */.L5)('&& on non-booleans');
        case '||':
            return typeof a === 'boolean' && typeof b === 'boolean' ? a || b : (0,iac/* unknown */.L5)('|| on non-booleans');
    }
    const x = typeof a === 'string' ? Number(a) : a;
    const y = typeof b === 'string' ? Number(b) : b;
    if (typeof x !== 'number' || typeof y !== 'number' || Number.isNaN(x) || Number.isNaN(y))
        return (0,iac/* unknown */.L5)(`${op} on non-numbers`);
    switch (op) {
        case '+':
            return x + y;
        case '-':
            return x - y;
        case '*':
            return x * y;
        case '/':
            return y === 0 ? (0,iac/* unknown */.L5)('division by zero') : x / y;
        case '%':
            return y === 0 ? (0,iac/* unknown */.L5)('modulo by zero') : x % y;
        case '<':
            return x < y;
        case '>':
            return x > y;
        case '<=':
            return x <= y;
        case '>=':
            return x >= y;
    }
    return (0,iac/* unknown */.L5)(`operator ${op} not evaluated`);
}
function evalCall(name, argExprs, scope, depth) {
    const args = () => argExprs.map(a => evalExpr(a, scope, depth + 1));
    const pending = (vals) => {
        const u = vals.find(v => (0,iac/* isUnknown */.t8)(v)) ?? vals.find(v => (0,iac/* isRef */.i9)(v));
        if (u === undefined)
            return undefined;
        return (0,iac/* isUnknown */.t8)(u) ? u : (0,iac/* unknown */.L5)(`${name}() of ${describe(u)}, known only at apply time`);
    };
    switch (name) {
        case 'try': {
            // the first argument that evaluates without an error; a value not known yet stops the search
            for (const e of argExprs) {
                const a = evalExpr(e, scope, depth + 1);
                if (isFailed(a))
                    continue;
                return a;
            }
            return failed('try(): no argument evaluates without an error');
        }
        case 'can': {
            const [a] = args();
            if (a === undefined)
                return failed('can() needs one argument');
            if (isFailed(a))
                return false;
            return (0,iac/* isUnknown */.t8)(a) ? a : true;
        }
        case 'coalesce': {
            for (const a of args()) {
                if ((0,iac/* isUnknown */.t8)(a) || (0,iac/* isRef */.i9)(a))
                    return (0,iac/* unknown */.L5)(`coalesce() over ${describe(a)}`);
                if (a !== null && a !== '')
                    return a;
            }
            return failed('coalesce() with no non-empty argument');
        }
        case 'coalescelist': {
            for (const a of args()) {
                if ((0,iac/* isUnknown */.t8)(a) || (0,iac/* isRef */.i9)(a))
                    return (0,iac/* unknown */.L5)(`coalescelist() over ${describe(a)}`);
                if (Array.isArray(a) && a.length > 0)
                    return a;
            }
            return failed('coalescelist() with no non-empty list');
        }
        case 'lookup': {
            const vals = args();
            const [m, k, d] = vals;
            if ((0,iac/* isPlainObject */.Qd)(m) && typeof k === 'string')
                return m[k] ?? (d === undefined ? failed(`lookup(): no key ${k}`) : d);
            return pending(vals) ?? failed('lookup() over a non-map');
        }
        case 'length': {
            const [v] = args();
            if (typeof v === 'string')
                return [...v].length;
            if (Array.isArray(v))
                return v.length;
            if ((0,iac/* isPlainObject */.Qd)(v))
                return Object.keys(v).length;
            return pending([v]) ?? failed(`length() of ${describe(v)}`);
        }
        case 'keys':
        case 'values': {
            const [v] = args();
            if (!(0,iac/* isPlainObject */.Qd)(v))
                return pending([v]) ?? failed(`${name}() of a non-map`);
            const ks = Object.keys(v).sort();
            return name === 'keys' ? ks : ks.map(k => v[k]);
        }
        case 'contains': {
            const [list, x] = args();
            if (!Array.isArray(list))
                return pending([list]) ?? failed('contains() of a non-list');
            const p = pending([x, ...list]);
            const hit = list.some(e => JSON.stringify(e) === JSON.stringify(x));
            if (hit)
                return true;
            return p ?? false;
        }
        case 'compact': {
            const [list] = args();
            if (!Array.isArray(list))
                return pending([list]) ?? failed('compact() of a non-list');
            return pending(list) ?? list.filter(e => e !== null && e !== '');
        }
        case 'flatten': {
            const [list] = args();
            if (!Array.isArray(list))
                return pending([list]) ?? failed('flatten() of a non-list');
            const out = [];
            const walk = (l, d) => {
                for (const e of l) {
                    if (Array.isArray(e)) {
                        if (d > 32)
                            return failed('flatten() nests too deeply');
                        const r = walk(e, d + 1);
                        if (r !== undefined)
                            return r;
                    }
                    else if ((0,iac/* isUnknown */.t8)(e) || (0,iac/* isRef */.i9)(e))
                        return pending([e]);
                    else
                        out.push(e);
                }
                return undefined;
            };
            return walk(list, 0) ?? out;
        }
        case 'tolist':
        case 'toset': {
            const [v] = args();
            if (!Array.isArray(v))
                return pending([v]) ?? failed(`${name}() of a non-list`);
            if (name === 'tolist')
                return v;
            const seen = new Set();
            const out = [];
            for (const e of v) {
                const k = JSON.stringify(e);
                if (!seen.has(k)) {
                    seen.add(k);
                    out.push(e);
                }
            }
            // sets of strings iterate in lexical order
            return out.every(e => typeof e === 'string') ? out.sort() : out;
        }
        case 'tomap': {
            const [v] = args();
            return (0,iac/* isPlainObject */.Qd)(v) ? v : (pending([v]) ?? failed('tomap() of a non-map'));
        }
        case 'element': {
            const [list, i] = args();
            if (Array.isArray(list) && typeof i === 'number') {
                if (list.length === 0)
                    return failed('element() of an empty list');
                return list[((Math.floor(i) % list.length) + list.length) % list.length];
            }
            return pending([list, i]) ?? failed('element() of a non-list');
        }
        case 'one': {
            const [list] = args();
            if (!Array.isArray(list))
                return pending([list]) ?? failed('one() of a non-list');
            if (list.length === 0)
                return null;
            if (list.length === 1)
                return list[0];
            return failed('one() of a list with more than one element');
        }
        case 'tobool': {
            const [v] = args();
            if (typeof v === 'boolean' || v === null)
                return v;
            if (v === 'true' || v === 'false')
                return v === 'true';
            return (0,iac/* isUnknown */.t8)(v) || (0,iac/* isRef */.i9)(v) ? pending([v]) : failed('tobool() of a non-boolean');
        }
        case 'tostring':
        case 'tonumber': {
            const [v] = args();
            if ((0,iac/* isUnknown */.t8)(v) || (0,iac/* isRef */.i9)(v))
                return v;
            if (v === null)
                return null;
            if (name === 'tostring' && (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'))
                return String(v);
            if (name === 'tonumber' && (typeof v === 'number' || (typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v)))))
                return Number(v);
            return failed(`${name}() of ${describe(v)}`);
        }
        case 'lower':
        case 'upper':
        case 'trimspace': {
            const [v] = args();
            if (typeof v !== 'string')
                return (0,iac/* isUnknown */.t8)(v) || (0,iac/* isRef */.i9)(v) ? v : failed(`${name}() of a non-string`);
            return name === 'lower' ? v.toLowerCase() : name === 'upper' ? v.toUpperCase() : v.trim();
        }
        case 'merge': {
            const out = {};
            for (const a of args()) {
                if (a === null)
                    continue;
                if (!(0,iac/* isPlainObject */.Qd)(a))
                    return (0,iac/* isUnknown */.t8)(a) ? a : (0,iac/* unknown */.L5)('merge() of an unknown map');
                Object.assign(out, a);
            }
            return out;
        }
        case 'concat': {
            const out = [];
            for (const a of args()) {
                if (!Array.isArray(a))
                    return (0,iac/* isUnknown */.t8)(a) ? a : (0,iac/* unknown */.L5)('concat() of an unknown list');
                out.push(...a);
            }
            return out;
        }
        case 'jsonencode': {
            const [v] = args();
            const p = deepPending(v);
            return p ?? JSON.stringify(v);
        }
        case 'jsondecode': {
            const [v] = args();
            if (typeof v !== 'string')
                return pending([v]) ?? failed('jsondecode() of a non-string');
            try {
                return values_toValue(JSON.parse(v), 0);
            }
            catch {
                return failed('jsondecode() of invalid JSON');
            }
        }
        case 'format': {
            const [f, ...rest] = args();
            if (typeof f !== 'string')
                return (0,iac/* unknown */.L5)('format() with an unknown format');
            let i = 0;
            let bad;
            const s = f.replace(/%%|%[sdv]/g, m => {
                if (m === '%%')
                    return '%';
                const v = rest[i++];
                if (v === undefined || (0,iac/* isUnknown */.t8)(v) || (0,iac/* isRef */.i9)(v) || (typeof v === 'object' && v !== null))
                    bad = v ?? (0,iac/* unknown */.L5)('format() missing argument');
                return String(v);
            });
            if (bad !== undefined)
                return (0,iac/* isUnknown */.t8)(bad) ? bad : (0,iac/* unknown */.L5)(`format() of ${describe(bad)}`);
            return s;
        }
        case 'file':
        case 'templatefile':
        default:
            return (0,iac/* unknown */.L5)(`function ${name}() not evaluated`);
    }
}
/** The first unknown or reference anywhere inside a value (as an Unknown), if any. */
function deepPending(v, depth = 0) {
    if (depth > 32)
        return (0,iac/* unknown */.L5)('value nests too deeply');
    if ((0,iac/* isUnknown */.t8)(v))
        return v;
    if ((0,iac/* isRef */.i9)(v))
        return (0,iac/* unknown */.L5)(`value holds ${v.$ref}, known only at apply time`);
    if (Array.isArray(v)) {
        for (const e of v) {
            const p = deepPending(e, depth + 1);
            if (p)
                return p;
        }
    }
    else if ((0,iac/* isPlainObject */.Qd)(v)) {
        for (const e of Object.values(v)) {
            const p = deepPending(e, depth + 1);
            if (p)
                return p;
        }
    }
    return undefined;
}
function values_toValue(v, depth) {
    if (depth > 32)
        return (0,iac/* unknown */.L5)('JSON nests too deeply');
    if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
        return v;
    if (Array.isArray(v))
        return v.map(x => values_toValue(x, depth + 1));
    if (typeof v === 'object') {
        const out = {};
        for (const [k, x] of Object.entries(v))
            out[k] = values_toValue(x, depth + 1);
        return out;
    }
    return null;
}

;// CONCATENATED MODULE: ./src/iac/terraform/module.ts
/**
 * Evaluate a Terraform module directory whole: variables (tfvars > module inputs > defaults), locals,
 * resources with resolved attributes, provider regions, and local module calls followed with the inputs
 * passed (remote sources are noted, not fetched).
 */



/**
 * A local module source (`./x`, `../x`, `..`, `.`, with trailing or doubled slashes) resolved against the
 * calling directory: a normalised checkout-relative directory ('.' for the top), or null for a source that
 * is not a local path (registry, git, http, s3 … are remote).
 */
function localModuleDir(from, src) {
    if (!(src === '.' || src === '..' || src.startsWith('./') || src.startsWith('../') || src.startsWith('.\\') || src.startsWith('..\\')))
        return null;
    return normaliseDir(external_node_path_default().posix.join(from, src.replace(/\\/g, '/')));
}
/** `a/b/`, `a//b`, `a/./b`, `a/x/../b` → `a/b`; the top is '.'. */
function normaliseDir(dir) {
    const n = external_node_path_default().posix.normalize(dir).replace(/\/+$/, '');
    return n === '' || n === './' ? '.' : n.replace(/^\.\//, '') || '.';
}
/** More instances than this are judged as one (the configuration is the same for each). */
const MAX_INSTANCES = 256;
/** Instances one root evaluation may make in all (nested counted modules multiply); past it, judged as one. */
const MAX_TOTAL_INSTANCES = 2_000;
const instancesMade = new WeakMap();
function budgeted(exp, out) {
    if (!out || exp.kind !== 'instances')
        return exp;
    const made = (instancesMade.get(out) ?? 0) + exp.list.length;
    instancesMade.set(out, made);
    return made > MAX_TOTAL_INSTANCES ? { kind: 'unknown', reason: `more than ${MAX_TOTAL_INSTANCES} instances in this configuration: judged as one` } : exp;
}
function expansion(body, scope, out) {
    return budgeted(expansionOf(body, scope), out);
}
function expansionOf(body, scope) {
    const countAttr = body.attrs.count;
    const forEachAttr = body.attrs.for_each;
    if (countAttr) {
        let n = evalExpr(countAttr.expr, scope);
        if (typeof n === 'string' && n.trim() !== '' && !Number.isNaN(Number(n)))
            n = Number(n);
        if (typeof n === 'boolean')
            return { kind: 'unknown', reason: 'count is a boolean' };
        if (typeof n !== 'number' || !Number.isInteger(n) || n < 0)
            return { kind: 'unknown', reason: `count is ${(0,iac/* isUnknown */.t8)(n) ? n.$unknown : (0,iac/* isRef */.i9)(n) ? `a reference to ${n.$ref}` : JSON.stringify(n)}` };
        if (n > MAX_INSTANCES)
            return { kind: 'unknown', reason: `count = ${n}: more than ${MAX_INSTANCES} instances are judged as one` };
        return { kind: 'instances', list: Array.from({ length: n }, (_, i) => ({ key: `[${i}]`, countIndex: i })) };
    }
    if (forEachAttr) {
        const v = evalExpr(forEachAttr.expr, scope);
        if ((0,iac/* isUnknown */.t8)(v))
            return { kind: 'unknown', reason: `for_each is unknown: ${v.$unknown}` };
        if ((0,iac/* isRef */.i9)(v))
            return { kind: 'unknown', reason: `for_each is a reference to ${v.$ref}, known only at apply time` };
        if (Array.isArray(v)) {
            if (!v.every(e => typeof e === 'string'))
                return { kind: 'unknown', reason: 'for_each over a list that is not a set of known strings' };
            const keys = [...new Set(v)].sort();
            if (keys.length > MAX_INSTANCES)
                return { kind: 'unknown', reason: `for_each over ${keys.length} keys: judged as one` };
            return { kind: 'instances', list: keys.map(k => ({ key: `[${JSON.stringify(k)}]`, each: { key: k, value: k } })) };
        }
        if (v !== null && typeof v === 'object') {
            const keys = Object.keys(v).sort();
            if (keys.length > MAX_INSTANCES)
                return { kind: 'unknown', reason: `for_each over ${keys.length} keys: judged as one` };
            return { kind: 'instances', list: keys.map(k => ({ key: `[${JSON.stringify(k)}]`, each: { key: k, value: v[k] } })) };
        }
        return { kind: 'unknown', reason: `for_each is ${JSON.stringify(v)}, not a map or set` };
    }
    return { kind: 'single' };
}
/** The scope of one instance: count.index / each.* set (unknown when the expansion is). */
function instanceScope(scope, exp, inst) {
    if (exp.kind === 'single')
        return scope;
    if (exp.kind === 'unknown') {
        const u = (0,iac/* unknown */.L5)(`the instance key is unknown (${exp.reason})`);
        return { ...scope, countIndex: u, each: { key: u, value: u } };
    }
    return { ...scope, countIndex: inst?.countIndex, each: inst?.each };
}
const META_ARGS = new Set(['count', 'for_each', 'depends_on', 'provider', 'lifecycle', 'provisioner', 'connection']);
const MODULE_META = new Set(['source', 'version', 'providers', 'count', 'for_each', 'depends_on']);
const MAX_MODULE_DEPTH = 8;
function providerOf(type) {
    const i = type.indexOf('_');
    return i < 0 ? type : type.slice(0, i);
}
/** Evaluate a root module (tfvars apply) and every local module it calls. */
function evaluateTerraformRoot(dir, loader, changed) {
    const out = { resources: [], regions: [], modules: [], remote_modules: [] };
    const tf = loader.load(dir);
    if (!tf)
        return out;
    evaluateModule(tf, '', null, undefined, loader, changed, out, [dir]);
    // Residency: a provider block without a region matters only for resources that take their region from
    // it. When every resource of that provider sets its own region/location, the unknown provider region is
    // no fact about where data lives (issue 14).
    const dependsOnProvider = new Set();
    const hasResources = new Set();
    for (const r of out.resources) {
        hasResources.add(r.provider);
        if (!('region' in r.attributes) && !('location' in r.attributes))
            dependsOnProvider.add(r.provider);
    }
    const onlyExplicit = (p) => hasResources.has(p) && !dependsOnProvider.has(p);
    out.regions = out.regions.filter(f => !(f.kind === 'provider' && (0,iac/* isUnknown */.t8)(f.value) && onlyExplicit(f.provider === 'google-beta' ? 'google' : f.provider)));
    // `location = azurerm_resource_group.main.location`: follow the reference to a literal when there is one
    const byAddress = new Map(out.resources.map(r => [r.address, r]));
    for (const fact of out.regions) {
        const ref = pendingRefs.get(fact);
        if (!ref)
            continue;
        pendingRefs.delete(fact);
        const m = /^(.*)\.(location|region)$/.exec(ref);
        const target = m ? byAddress.get(m[1]) : undefined;
        const v = target?.attributes[m?.[2] ?? ''];
        fact.value = typeof v === 'string' ? v : (0,iac/* isUnknown */.t8)(v) ? v : (0,iac/* unknown */.L5)(`${ref} is known only at apply time`);
    }
    return out;
}
const pendingRefs = new WeakMap();
function regionValue(v, key) {
    if (typeof v === 'string')
        return v;
    if ((0,iac/* isUnknown */.t8)(v))
        return v;
    if ((0,iac/* isRef */.i9)(v)) {
        return (0,iac/* unknown */.L5)(`${key} is a reference to ${v.$ref}`);
    }
    return (0,iac/* unknown */.L5)(`${key} is ${JSON.stringify(v)}`);
}
function evaluateModule(tf, prefix, inputs, calledFrom, loader, changed, out, stack, 
/** A calling module block lies in a changed file: the values it passes are part of the change. */
callChanged = false, 
/** Where each input was set (the outermost calling block's argument that decides it). */
inputOrigins = {}) {
    out.modules.push({ dir: tf.dir, address: prefix.replace(/\.$/, ''), ...(calledFrom ? { called_from: calledFrom } : {}) });
    const variables = new Map();
    const locals = new Map();
    for (const f of tf.files) {
        for (const b of f.blocks) {
            if (b.type === 'variable' && b.labels[0])
                variables.set(b.labels[0], { block: b, file: f.path });
            if (b.type === 'locals')
                for (const [k, a] of Object.entries(b.body.attrs))
                    locals.set(k, a.expr);
        }
    }
    const varCache = new Map();
    const localCache = new Map();
    const inProgress = new Set();
    const scope = {
        prefix,
        dir: tf.dir,
        variable(name) {
            const cached = varCache.get(name);
            if (cached !== undefined)
                return cached;
            let v;
            const decl = variables.get(name);
            if (inputs === null && tf.tfvars[name])
                v = evalExpr(tf.tfvars[name].expr, constScope(tf.dir));
            else if (inputs !== null && name in inputs)
                v = inputs[name];
            else if (!decl)
                v = (0,iac/* unknown */.L5)(`var.${name} is not declared`);
            else if (decl.block.body.attrs.default)
                v = evalExpr(decl.block.body.attrs.default.expr, constScope(tf.dir));
            else
                v = (0,iac/* unknown */.L5)(inputs === null
                    ? `var.${name} has no default and no value in terraform.tfvars or *.auto.tfvars`
                    : `var.${name} has no default and the module call passes no value`);
            // a sensitive or secret-named variable's string value is never carried into attributes
            const sensitive = decl?.block.body.attrs.sensitive?.expr;
            if ((typeof v === 'string' || Array.isArray(v)) && ((sensitive?.k === 'lit' && sensitive.v === true) || (0,iac/* looksSecret */.n0)(name)))
                v = (0,iac/* unknown */.L5)(`var.${name} is secret: its value is never read`);
            varCache.set(name, v);
            return v;
        },
        local(name) {
            const cached = localCache.get(name);
            if (cached !== undefined)
                return cached;
            const e = locals.get(name);
            if (!e)
                return (0,iac/* unknown */.L5)(`local.${name} is not defined`);
            if (inProgress.has(name))
                return (0,iac/* unknown */.L5)(`local.${name} refers to itself`);
            inProgress.add(name);
            const v = evalExpr(e, scope);
            inProgress.delete(name);
            localCache.set(name, v);
            return v;
        }
    };
    const providersSeen = new Set();
    const resourceProviders = new Map();
    for (const f of tf.files) {
        const isChanged = callChanged || changed.has(f.path);
        for (const b of f.blocks) {
            if (b.type === 'resource' && b.labels.length >= 2) {
                const [type, name] = b.labels;
                const exp = expansion(b.body, scope, out);
                const instances = exp.kind === 'instances' ? exp.list : [undefined];
                for (const inst of instances) {
                    const iscope = instanceScope(scope, exp, inst);
                    const positions = {};
                    const origins = {};
                    const attributes = evalBody(b.body, iscope, '', positions, origins, inputOrigins);
                    const provider = providerOf(type);
                    if (!resourceProviders.has(provider))
                        resourceProviders.set(provider, { file: f.path, line: b.line });
                    const res = {
                        address: `${prefix}${type}.${name}${inst?.key ?? ''}`,
                        type,
                        name,
                        provider,
                        module: prefix.replace(/\.$/, ''),
                        file: f.path,
                        line: b.line,
                        end_line: b.end_line,
                        attributes,
                        positions,
                        changed: isChanged,
                        source: 'config',
                        ...(Object.keys(origins).length > 0 ? { origins } : {}),
                        ...(exp.kind === 'unknown' ? { instances_unknown: exp.reason } : {})
                    };
                    out.resources.push(res);
                    for (const key of ['region', 'location']) {
                        if (!(key in attributes))
                            continue;
                        const v = attributes[key];
                        const fact = {
                            subject: res.address,
                            kind: 'resource',
                            provider,
                            value: regionValue(v, key),
                            file: f.path,
                            line: positions[key] ?? b.line,
                            changed: isChanged
                        };
                        if ((0,iac/* isRef */.i9)(v))
                            pendingRefs.set(fact, v.$ref);
                        out.regions.push(fact);
                    }
                }
            }
            else if (b.type === 'provider' && b.labels[0]) {
                const name = b.labels[0];
                providersSeen.add(name);
                const alias = b.body.attrs.alias ? evalExpr(b.body.attrs.alias.expr, scope) : undefined;
                const subject = `${prefix}provider.${name}${typeof alias === 'string' ? `.${alias}` : ''}`;
                const regionAttr = b.body.attrs.region;
                if (regionAttr) {
                    const v = evalExpr(regionAttr.expr, scope);
                    out.regions.push({
                        subject,
                        kind: 'provider',
                        provider: name,
                        value: typeof v === 'string' ? v : (0,iac/* isUnknown */.t8)(v) ? v : (0,iac/* unknown */.L5)(`region is ${JSON.stringify(v)}`),
                        file: f.path,
                        line: regionAttr.line,
                        changed: isChanged
                    });
                }
                else if (name === 'aws' || name === 'google' || name === 'google-beta') {
                    out.regions.push({
                        subject,
                        kind: 'provider',
                        provider: name,
                        value: (0,iac/* unknown */.L5)(`provider "${name}" sets no region: it comes from the environment at apply time`),
                        file: f.path,
                        line: b.line,
                        changed: isChanged
                    });
                }
            }
            else if (b.type === 'module' && b.labels[0]) {
                callModule(tf, f, b, scope, prefix, loader, changed, out, stack, isChanged, inputOrigins);
            }
        }
    }
    // A root module whose resources use aws/google without any provider block: the region is the environment's.
    if (prefix === '' && inputs === null) {
        for (const [provider, where] of resourceProviders) {
            if ((provider === 'aws' || provider === 'google') && !providersSeen.has(provider) && !(provider === 'google' && providersSeen.has('google-beta'))) {
                out.regions.push({
                    subject: `provider.${provider}`,
                    kind: 'provider',
                    provider,
                    value: (0,iac/* unknown */.L5)(`no provider "${provider}" block in ${tf.dir}: the region comes from the environment or a calling module`),
                    file: where.file,
                    line: where.line,
                    changed: changed.has(where.file)
                });
            }
        }
    }
}
function constScope(dir) {
    return {
        prefix: '',
        dir,
        variable: n => (0,iac/* unknown */.L5)(`var.${n} cannot be used in a variable default or tfvars`),
        local: n => (0,iac/* unknown */.L5)(`local.${n} cannot be used in a variable default or tfvars`)
    };
}
function callModule(tf, f, b, scope, prefix, loader, changed, out, stack, isChanged, parentOrigins) {
    const name = b.labels[0];
    const address = `${prefix}module.${name}`;
    const srcAttr = b.body.attrs.source;
    const src = srcAttr ? evalExpr(srcAttr.expr, scope) : undefined;
    const exp = expansion(b.body, scope, out);
    if (exp.kind === 'instances' && exp.list.length === 0)
        return;
    /** A module call not evaluated: recorded with why (its resources are then not checked). */
    const notEvaluated = (source, reason) => out.remote_modules.push({ address, source, file: f.path, line: b.line, changed: isChanged, reason });
    if (typeof src !== 'string') {
        notEvaluated(String(src === undefined ? '(none)' : JSON.stringify(src)), 'module source is not a literal string');
        return;
    }
    const childDir = localModuleDir(tf.dir, src);
    if (childDir === null) {
        notEvaluated(src, 'remote module source: not fetched or evaluated; its resources are not checked');
        return;
    }
    if (stack.includes(childDir) || stack.length > MAX_MODULE_DEPTH) {
        notEvaluated(src, 'module call cycle or nesting too deep: not evaluated');
        return;
    }
    const child = loader.load(childDir);
    if (!child) {
        notEvaluated(src, loader.missing?.(childDir) ?? `local module directory ${childDir} not found in ${loader.where ?? 'the checkout'} (or outside it)`);
        return;
    }
    const instances = exp.kind === 'instances' ? exp.list : [undefined];
    for (const inst of instances) {
        const iscope = instanceScope(scope, exp, inst);
        const inputs = {};
        const origins = {};
        for (const [k, a] of Object.entries(b.body.attrs)) {
            if (MODULE_META.has(k))
                continue;
            inputs[k] = evalExpr(a.expr, iscope);
            origins[k] = originOf(a.expr, parentOrigins) ?? { file: f.path, line: a.line };
        }
        evaluateModule(child, `${address}${inst?.key ?? ''}.`, inputs, { file: f.path, line: b.line }, loader, changed, out, [...stack, childDir], isChanged, origins);
    }
}
/** `var.x` names an expression reads. */
function varsRead(e, out = [], depth = 0) {
    if (depth > 64)
        return out;
    switch (e.k) {
        case 'ref':
            if (e.path[0] === 'var' && typeof e.path[1] === 'string')
                out.push(e.path[1]);
            break;
        case 'tmpl':
            e.parts.forEach(p => varsRead(p, out, depth + 1));
            break;
        case 'tuple':
            e.items.forEach(p => varsRead(p, out, depth + 1));
            break;
        case 'object':
            e.entries.forEach(en => {
                if (typeof en.key !== 'string')
                    varsRead(en.key, out, depth + 1);
                varsRead(en.value, out, depth + 1);
            });
            break;
        case 'cond':
            ;
            [e.c, e.t, e.f].forEach(p => varsRead(p, out, depth + 1));
            break;
        case 'call':
        case 'op':
            e.args.forEach(p => varsRead(p, out, depth + 1));
            break;
        case 'get':
            varsRead(e.target, out, depth + 1);
            e.steps.forEach(p => typeof p === 'object' && varsRead(p, out, depth + 1));
            break;
    }
    return out;
}
/** Where the value of an expression was set, when it comes from a module input. */
function originOf(e, inputOrigins) {
    for (const v of varsRead(e))
        if (inputOrigins[v])
            return inputOrigins[v];
    return undefined;
}
/** Attributes evaluated; nested blocks become arrays of objects; `dynamic` blocks use their content. */
function evalBody(body, scope, at, positions, origins = {}, inputOrigins = {}) {
    const out = {};
    for (const [k, a] of Object.entries(body.attrs)) {
        if (at === '' && META_ARGS.has(k))
            continue;
        const p = at ? `${at}.${k}` : k;
        if (positions[p] === undefined)
            positions[p] = a.line;
        out[k] = evalExpr(a.expr, scope);
        const o = originOf(a.expr, inputOrigins);
        if (o && origins[p] === undefined)
            origins[p] = o;
    }
    for (const blk of body.blocks) {
        let type = blk.type;
        let inner = blk.body;
        if (at === '' && META_ARGS.has(type))
            continue;
        if (type === 'dynamic' && blk.labels[0]) {
            // `for_each = var.enabled ? [1] : []`: an empty collection makes no block at all
            const fe = blk.body.attrs.for_each ? evalExpr(blk.body.attrs.for_each.expr, scope) : undefined;
            if ((Array.isArray(fe) && fe.length === 0) || ((0,iac/* isPlainObject */.Qd)(fe) && Object.keys(fe).length === 0) || fe === null)
                continue;
            type = blk.labels[0];
            inner = blk.body.blocks.find(c => c.type === 'content')?.body ?? { attrs: {}, blocks: [] };
        }
        const p = at ? `${at}.${type}` : type;
        if (positions[p] === undefined)
            positions[p] = blk.line;
        const list = (out[type] ??= []);
        if (Array.isArray(list))
            list.push(evalBody(inner, scope, p, positions, origins, inputOrigins));
    }
    return out;
}

// EXTERNAL MODULE: ./src/iac/source.ts
var iac_source = __webpack_require__(91094);
// EXTERNAL MODULE: ./src/secrets/scanner.ts + 5 modules
var scanner = __webpack_require__(16519);
// EXTERNAL MODULE: ./src/secrets/redact.ts
var redact = __webpack_require__(34200);
// EXTERNAL MODULE: ./src/secrets/heuristics.ts
var heuristics = __webpack_require__(77380);
;// CONCATENATED MODULE: ./src/secrets/index.ts
/** Public API of the secrets engine. */




;// CONCATENATED MODULE: ./src/iac/redact.ts
/**
 * No secret value in the evidence (issue 19): every string the IaC facts keep from repository content
 * (attribute values and defaults, tfvars, CloudFormation / ARM parameters, reasons quoting them, module
 * sources) passes through the secrets detector's redaction, and a string under a secret-like name
 * (password, secret, token, key material, connection string) is replaced by a preview and a keyed
 * fingerprint whatever it looks like. Runs once on the finished facts, so nothing a check or a reporter
 * later reads can hold the value.
 */


/** Rule id in the fingerprint of values redacted for their name. */
const SECRET_NAME_RULE = 'iac-secret-named-value';
/** The preview and fingerprint that stand for a secret-named value. */
function redactNamed(value, repo) {
    return `${(0,redact/* redactPreview */.g1)(value)} [redacted: secret-named value, fingerprint ${(0,redact/* fingerprint */.Rj)(repo, SECRET_NAME_RULE, value).slice(0, 16)}]`;
}
/**
 * A deep copy of `v` with every string redacted (detector) and every string under a secret-like key
 * replaced (name). Objects marked as values (`$unknown`, `$ref`) keep their shape.
 */
function redactDeep(v, repo, cache = new Map(), depth = 0) {
    if (depth > 64)
        return v;
    if (typeof v === 'string')
        return redactString(v, repo, cache);
    if (Array.isArray(v))
        return v.map(x => redactDeep(x, repo, cache, depth + 1));
    if (v !== null && typeof v === 'object') {
        const out = {};
        for (const [k, x] of Object.entries(v)) {
            let value;
            if (typeof x === 'string' && x !== '' && (0,iac/* looksSecret */.n0)(k))
                value = redactNamed(x, repo);
            else if (Array.isArray(x) && (0,iac/* looksSecret */.n0)(k))
                value = x.map(e => redactUnderSecretName(e, repo, cache, depth + 1));
            // a partly known string keeps its literal text in `template`: under a secret-like name that text is the secret's
            else if ((0,iac/* looksSecret */.n0)(k) && (0,iac/* isUnknown */.t8)(x) && typeof x.template === 'string')
                value = { ...x, template: redactNamed(x.template, repo) };
            else
                value = redactDeep(x, repo, cache, depth + 1);
            // a key named "__proto__" (from a JSON document) stays an own key, never the copy's prototype
            if (k === '__proto__')
                Object.defineProperty(out, k, { value, enumerable: true, writable: true, configurable: true });
            else
                out[k] = value;
        }
        return out;
    }
    return v;
}
/** An element of a list under a secret-like name: a string, or a partly known string's literal text, is redacted as named. */
function redactUnderSecretName(e, repo, cache, depth) {
    if (typeof e === 'string')
        return e === '' ? e : redactNamed(e, repo);
    if ((0,iac/* isUnknown */.t8)(e) && typeof e.template === 'string')
        return { ...e, template: redactNamed(e.template, repo) };
    return redactDeep(e, repo, cache, depth);
}
function redactString(s, repo, cache) {
    if (s.length < 8)
        return s;
    const hit = cache.get(s);
    if (hit !== undefined)
        return hit;
    const r = (0,scanner.redactSecrets)(s, repo).text;
    cache.set(s, r);
    return r;
}

;// CONCATENATED MODULE: ./src/iac/unevaluated.ts
/**
 * Resources no check reads although they may hold data, and `azapi_resource` bodies of ARM types the ARM
 * checks know (judged as those ARM resources). Nothing here passes a resource: what is not judged is listed
 * as not evaluated, with the remedy (issue 14: "code the gate cannot read never reads as pass").
 */


/** Providers with checks, and providers whose resources hold no customer data (utilities, CI, DNS …). */
const CHECKED_PROVIDERS = new Set(['aws', 'azurerm', 'google', 'azapi']);
const NO_DATA_PROVIDERS = new Set([
    'random',
    'null',
    'tls',
    'local',
    'time',
    'http',
    'external',
    'template',
    'archive',
    'terraform',
    'cloudinit',
    'github',
    'gitlab',
    'tfe',
    'kubernetes',
    'helm',
    'kubectl',
    'azuread',
    'dns',
    'cloudflare',
    'datadog',
    'newrelic',
    'pagerduty',
    'grafana',
    'vault'
]);
/** Words in a resource type that name a data store or key material. */
const DATA_WORDS = /(bucket|storage|database|_db|db_|sql|disk|volume|queue|topic|cache|redis|memcache|kafka|stream|secret|kms|key_?vault|table|file_?system|nfs|backup|snapshot|mongo|postgres|mysql|elasticsearch|opensearch|warehouse|datalake|object)/i;
/** ARM resource provider namespaces whose resources hold data or keys. */
const ARM_DATA_NAMESPACES = /^Microsoft\.(Storage|Sql|DBfor[A-Za-z]+|DocumentDB|KeyVault|Cache|ServiceBus|EventHub|Compute\/disks|Compute\/snapshots|CognitiveServices|MachineLearningServices|Search|DataLakeStore|DataFactory|Synapse|Kusto|RecoveryServices|DataProtection|AppConfiguration|Web|ContainerRegistry|ContainerService|NetApp|HDInsight|Databricks)/i;
/** The ARM type and API version of an azapi_resource (`Microsoft.Storage/storageAccounts@2023-01-01`). */
function azapiType(r) {
    const t = r.attributes.type;
    if (typeof t !== 'string' || !t.includes('@'))
        return null;
    const [type, apiVersion] = t.split('@');
    return { type, apiVersion };
}
function bodyOf(v) {
    if (typeof v === 'string') {
        try {
            const parsed = JSON.parse(v);
            return (0,iac/* isPlainObject */.Qd)(parsed) ? parsed : null;
        }
        catch {
            return null;
        }
    }
    return (0,iac/* isPlainObject */.Qd)(v) ? v : null;
}
/** An azapi_resource of an ARM type with checks, as that ARM resource; null when it is not one. */
function azapiAsArm(r) {
    if (r.type !== 'azapi_resource')
        return null;
    const t = azapiType(r);
    if (!t || (0,checks/* checksForType */.BP)(t.type).length === 0)
        return null;
    const body = bodyOf(r.attributes.body);
    if (!body)
        return null;
    const attributes = { ...body, apiVersion: t.apiVersion };
    if (!(0,iac/* isPlainObject */.Qd)(attributes.properties))
        attributes.properties = {};
    for (const k of ['location', 'kind', 'sku', 'identity'])
        if (k in r.attributes && !(k in attributes))
            attributes[k] = r.attributes[k];
    const positions = {};
    for (const [p, l] of Object.entries(r.positions)) {
        if (p.startsWith('body.'))
            positions[p.slice(5)] = l;
        else if (p === 'body')
            positions.properties = l;
        else
            positions[p] = l;
    }
    positions.apiVersion = r.positions.type ?? r.line;
    return { ...r, type: (0,checks/* canonicalArmType */.jf)(t.type), provider: 'arm', attributes, positions };
}
/** Why a resource is listed as not evaluated, or null when checks judge it or it holds no data. */
function unevaluatedReason(r) {
    if (r.type === 'azapi_resource' || r.type === 'azapi_update_resource') {
        const t = azapiType(r);
        if (!t) {
            const raw = r.attributes.type;
            return `its ARM type is ${(0,iac/* isUnknown */.t8)(raw) ? `unknown (${raw.$unknown})` : (0,iac/* isRef */.i9)(raw) ? 'a reference' : 'not a literal'}: the ARM checks cannot be chosen`;
        }
        if ((0,checks/* checksForType */.BP)(t.type).length > 0) {
            return bodyOf(r.attributes.body) ? null : `the body of this ${t.type} cannot be resolved statically: the ARM checks cannot read it`;
        }
        return ARM_DATA_NAMESPACES.test(t.type) ? `no check covers ARM type ${t.type}, which may hold data` : null;
    }
    if (CHECKED_PROVIDERS.has(r.provider) || NO_DATA_PROVIDERS.has(r.provider))
        return null;
    if (r.provider === 'cfn' || r.provider === 'arm')
        return null;
    return DATA_WORDS.test(r.type) ? `no check covers provider "${r.provider}" resource type ${r.type}, which may hold data` : null;
}
function unevaluatedFact(r, reason) {
    return { address: r.address, type: r.type, file: r.file, line: r.line, changed: r.changed, reason };
}

;// CONCATENATED MODULE: ./src/iac/scan.ts
/**
 * Read the repository at the head commit and build IacFacts for the changed files: every Terraform module
 * directory holding a changed file is evaluated whole (local module calls followed), CloudFormation and ARM
 * templates are parsed, a plan JSON (when given) refines Terraform values. Files come through a FileSource
 * (a checkout, or the GitHub contents API: see ./source.ts); a checkout is read only inside it, never
 * following symlinks out of it. Nothing read is executed.
 */













const DEFAULT_MAX_FILE_SIZE = 2 * 1024 * 1024;
/**
 * YAML/JSON files that are tool manifests, lock files or CI/editor settings, never a CloudFormation or ARM
 * template: not candidates, so a change touching only them reads nothing (no API call without a checkout).
 */
const NOT_TEMPLATE_NAMES = new Set([
    'package.json',
    'package-lock.json',
    'npm-shrinkwrap.json',
    'composer.json',
    'jsconfig.json',
    'deno.json',
    'lerna.json',
    'nx.json',
    'turbo.json',
    'renovate.json',
    '.renovaterc.json',
    'pnpm-lock.yaml',
    'pnpm-workspace.yaml',
    '.pre-commit-config.yaml',
    '.pre-commit-hooks.yaml',
    '.gitlab-ci.yml',
    '.travis.yml',
    'appveyor.yml',
    'bitbucket-pipelines.yml',
    'codecov.yml',
    '.codecov.yml',
    'mkdocs.yml',
    '.readthedocs.yaml',
    '.readthedocs.yml',
    '.golangci.yml',
    '.golangci.yaml',
    'pubspec.yaml',
    'pubspec.lock',
    '.markdownlint.json',
    '.yamllint.yml',
    '.yamllint.yaml',
    'dependabot.yml'
]);
const NOT_TEMPLATE_NAME_RE = /^(tsconfig(\..*)?\.json|\.eslintrc(\..*)?|\.prettierrc(\..*)?|\.stylelintrc(\..*)?|\.babelrc(\..*)?|(docker-)?compose(\..*)?\.ya?ml)$/i;
const NOT_TEMPLATE_DIR_RE = /(^|\/)(\.github|\.vscode|\.devcontainer|\.idea|node_modules|\.compliance-gate)\//;
function iacKind(p) {
    const base = external_node_path_default().posix.basename(p);
    if (base.endsWith('.tf'))
        return 'tf';
    if (base.endsWith('.tf.json'))
        return 'tfjson';
    if (base.endsWith('.tfvars'))
        return 'tfvars';
    if (base.endsWith('.tfvars.json'))
        return 'tfvarsjson';
    if (/\.(ya?ml|json|template)$/i.test(base)) {
        if (NOT_TEMPLATE_NAMES.has(base) || NOT_TEMPLATE_NAME_RE.test(base) || NOT_TEMPLATE_DIR_RE.test(p))
            return null;
        return 'template';
    }
    return null;
}
const SKIP_RE = /(?:#|\/\/|\/\*)\s*compliance-gate:skip=([A-Za-z0-9_.:-]+)[ \t]*(.*?)\s*(?:\*\/)?\s*$/;
function findSkipComments(file, text) {
    if (!text.includes('compliance-gate:skip='))
        return [];
    const out = [];
    text.split('\n').forEach((line, i) => {
        const m = SKIP_RE.exec(line);
        if (m)
            out.push({ file, line: i + 1, check: m[1], reason: m[2] ?? '' });
    });
    return out;
}
/** Attributes every check reads from a type (its own and as a related resource). */
function keptAttributes() {
    const own = new Map();
    const related = new Map();
    const json = new Map();
    const add = (m, t, attrs) => {
        const s = m.get(t) ?? new Set();
        for (const a of attrs)
            s.add(a);
        m.set(t, s);
    };
    for (const c of checks/* IAC_CHECKS */.wh) {
        for (const t of c.resourceTypes)
            add(own, t, [...c.attributes, 'region', 'location']);
        for (const t of c.resourceTypes)
            if (c.jsonAttributes)
                add(json, t, c.jsonAttributes);
        if (c.related)
            for (const t of c.related.types)
                add(related, t, c.related.attributes);
    }
    return { own, related, json };
}
const KEPT = keptAttributes();
function scrub(v, depth = 0) {
    if (depth > 12)
        return { $unknown: 'nested too deeply to record' };
    if (Array.isArray(v))
        return v.slice(0, 50).map(x => scrub(x, depth + 1));
    if ((0,iac/* isPlainObject */.Qd)(v)) {
        const out = {};
        // secret-named values are kept for redactDeep (preview + fingerprint) at the end of the scan
        // defineProperty, not assignment: a key named "__proto__" (possible in a JSON document) stays an own key
        // instead of becoming the object's prototype, whose keys lookups would then find
        for (const [k, x] of Object.entries(v)) {
            const value = secretValue(k, x) ? x : scrub(x, depth + 1);
            if (k === '__proto__')
                Object.defineProperty(out, k, { value, enumerable: true, writable: true, configurable: true });
            else
                out[k] = value;
        }
        return out;
    }
    if (typeof v === 'string' && v.length > 300)
        return `${v.slice(0, 300)}…`;
    return v;
}
/** A secret-looking name holding anything but a boolean/number holding a string: a flag or block like `connection_password_encryption { … }` is kept, scrubbed inside. */
function secretValue(name, v) {
    if (!(0,iac/* looksSecret */.n0)(name))
        return false;
    if (typeof v === 'string')
        return true;
    if (Array.isArray(v))
        return v.some(x => typeof x === 'string');
    return false;
}
/**
 * A JSON document held in a string attribute (an EMR security configuration) as the object it encodes, so
 * checks read its structure and only its scrubbed pieces are recorded (a long string is cut at 300
 * characters). A string that is not a JSON object stays as it is, and the check reports it not verified.
 */
function parseJsonDocument(v) {
    if (typeof v !== 'string')
        return v;
    try {
        const parsed = JSON.parse(v);
        return (0,iac/* isPlainObject */.Qd)(parsed) ? parsed : v;
    }
    catch {
        return v;
    }
}
/** Keep only the attributes checks read, without secret-looking ones; positions for those. */
function slimResource(r) {
    const keep = new Set([...(r.changed ? (KEPT.own.get(r.type) ?? []) : []), ...(KEPT.related.get(r.type) ?? [])]);
    if (keep.size === 0)
        return null;
    const attributes = {};
    const json = KEPT.json.get(r.type);
    for (const k of keep) {
        if (!(k in r.attributes))
            continue;
        const v = json?.has(k) ? parseJsonDocument(r.attributes[k]) : r.attributes[k];
        attributes[k] = secretValue(k, v) ? v : scrub(v);
    }
    const positions = {};
    for (const [p, l] of Object.entries(r.positions)) {
        const top = p.split('.')[0];
        if (top in attributes)
            positions[p] = l;
    }
    return { ...r, attributes, positions };
}
/** Names of the files Terraform reads in a module directory: *.tf, *.tf.json, terraform.tfvars[.json], *.auto.tfvars[.json]. */
function terraformDirFiles(names) {
    const sorted = [...names].sort();
    return {
        config: sorted.filter(n => iacKind(n) === 'tf' || iacKind(n) === 'tfjson'),
        vars: [...sorted.filter(n => n === 'terraform.tfvars' || n === 'terraform.tfvars.json'), ...sorted.filter(n => /\.auto\.tfvars(\.json)?$/.test(n))]
    };
}
/**
 * Scan the changed files of a checkout (a directory) or of another FileSource.
 */
async function scanIac(from, changedPaths, options = {}) {
    // The HCL parser (a wasm module) is loaded only when a Terraform file changed: the loader below reads
    // module directories of changed Terraform files only, and most changes touch none.
    const tfChanged = changedPaths.some(p => ['tf', 'tfjson', 'tfvars', 'tfvarsjson'].includes(iacKind(p) ?? ''));
    const parser = tfChanged ? await hcl_wasm_hclParser() : null;
    const maxSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
    const source = typeof from === 'string' ? new iac_source/* CheckoutSource */.A(from) : from;
    const facts = { files: [], modules: [], remote_modules: [], resources: [], regions: [], skips: [], limits: { max_file_size: maxSize } };
    const changed = new Set(changedPaths.map(p => p.split((external_node_path_default()).sep).join('/')));
    const fileFacts = new Map();
    const record = (f) => {
        if (!fileFacts.has(f.path))
            fileFacts.set(f.path, f);
    };
    /** Read a file: text, or a skip reason recorded. */
    const read = (rel, format) => {
        const isChanged = changed.has(rel);
        const r = source.readFile(rel, maxSize);
        if (r === null)
            return null;
        if (!r.ok) {
            record({ path: rel, format, status: 'skipped', changed: isChanged, reason: r.reason, ...(r.remedy ? { remedy: r.remedy } : {}) });
            return null;
        }
        if (r.data.subarray(0, 8192).includes(0)) {
            record({ path: rel, format, status: 'skipped', changed: isChanged, reason: 'binary file' });
            return null;
        }
        return r.data.toString('utf8');
    };
    const allTfResources = [];
    const skipsByFile = new Map();
    const texts = new Map();
    // ---- Terraform
    const dirCache = new Map();
    /** Directories that could not be listed, with the reason (a changed file there is then not evaluated). */
    const unlisted = new Map();
    const loader = {
        where: source.where,
        missing: dir => unlisted.get(dir),
        load(dir) {
            if (dirCache.has(dir))
                return dirCache.get(dir) ?? null;
            if (!parser)
                return null;
            const listing = source.listDir(dir);
            let result = null;
            if (listing && !listing.ok) {
                unlisted.set(dir, listing.reason);
                for (const p of changed) {
                    const k = iacKind(p);
                    if (external_node_path_default().posix.dirname(p) === dir && k !== null && k !== 'template') {
                        record({
                            path: p,
                            format: k === 'tf' ? 'terraform' : k === 'tfjson' ? 'terraform-json' : k === 'tfvars' ? 'tfvars' : 'tfvars-json',
                            status: 'skipped',
                            changed: true,
                            reason: listing.reason,
                            ...(listing.remedy ? { remedy: listing.remedy } : {})
                        });
                    }
                }
            }
            else if (listing) {
                const { config, vars } = terraformDirFiles(listing.names);
                const files = [];
                const tfvars = {};
                const rel = (n) => (dir === '.' ? n : `${dir}/${n}`);
                for (const n of config) {
                    const p = rel(n);
                    const format = iacKind(n) === 'tf' ? 'terraform' : 'terraform-json';
                    const text = read(p, format);
                    if (text === null)
                        continue;
                    if (changed.has(p))
                        texts.set(p, text);
                    try {
                        files.push(format === 'terraform' ? parseHclWith(parser, p, text) : parseTerraformJsonWith(parser, p, text));
                        record({ path: p, format, status: 'parsed', changed: changed.has(p) });
                    }
                    catch (e) {
                        record({ path: p, format, status: 'error', changed: changed.has(p), error: errorAt(e) });
                    }
                }
                for (const n of vars) {
                    const p = rel(n);
                    const json = n.endsWith('.json');
                    const format = json ? 'tfvars-json' : 'tfvars';
                    const text = read(p, format);
                    if (text === null)
                        continue;
                    try {
                        const vals = json ? parseTfvarsJsonWith(parser, p, text) : parseTfvarsWith(parser, p, text);
                        for (const [k, v] of Object.entries(vals))
                            tfvars[k] = { ...v, file: p };
                        record({ path: p, format, status: 'parsed', changed: changed.has(p) });
                    }
                    catch (e) {
                        record({ path: p, format, status: 'error', changed: changed.has(p), error: errorAt(e) });
                    }
                }
                if (files.length > 0 || Object.keys(tfvars).length > 0)
                    result = { dir, files, tfvars };
            }
            dirCache.set(dir, result);
            return result;
        }
    };
    const tfDirs = new Set();
    const templates = [];
    for (const p of changed) {
        const k = iacKind(p);
        if (k === 'tf' || k === 'tfjson' || k === 'tfvars' || k === 'tfvarsjson')
            tfDirs.add(external_node_path_default().posix.dirname(p));
        else if (k === 'template')
            templates.push(p);
    }
    // A changed directory called as a local module from another changed directory is evaluated through that call.
    const calledFrom = new Set();
    for (const d of tfDirs) {
        const tf = loader.load(d);
        for (const f of tf?.files ?? []) {
            for (const b of f.blocks) {
                const src = b.type === 'module' ? b.body.attrs.source?.expr : undefined;
                const child = src && src.k === 'lit' && typeof src.v === 'string' ? localModuleDir(d, src.v) : null;
                if (child !== null && child !== d && tfDirs.has(child))
                    calledFrom.add(child);
            }
        }
    }
    for (const d of [...tfDirs].sort()) {
        if (calledFrom.has(d))
            continue;
        const out = evaluateTerraformRoot(d, loader, changed);
        allTfResources.push(...out.resources);
        facts.modules.push(...out.modules);
        facts.remote_modules.push(...out.remote_modules.filter(m => m.changed));
        facts.regions.push(...out.regions.filter(r => r.changed));
    }
    // ---- plan JSON
    if (options.planFile) {
        const rel = source.relative(options.planFile);
        const text = read(rel, 'plan');
        if (text === null)
            facts.plan = { path: rel, status: 'missing', message: `plan file not found in ${source.where}, too large, or outside it` };
        else {
            try {
                const planned = parsePlan(text);
                const byConfig = new Map();
                for (const p of planned)
                    if (!byConfig.has(configAddress(p.address)))
                        byConfig.set(configAddress(p.address), p.values);
                let used = 0;
                for (const r of allTfResources) {
                    const values = byConfig.get(r.address);
                    if (!values)
                        continue;
                    used++;
                    r.attributes = mergePlan(r.attributes, values);
                    r.source = 'plan';
                }
                facts.plan = { path: rel, status: 'used', resources: used };
            }
            catch (e) {
                facts.plan = { path: rel, status: 'error', message: e.message };
            }
        }
    }
    // ---- CloudFormation / ARM templates (changed files only: templates are self-contained)
    const templateResources = [];
    for (const p of templates.sort()) {
        const text = read(p, 'cloudformation');
        if (text === null)
            continue;
        const isArm = looksLikeArm(text);
        const isCfn = !isArm && looksLikeCloudFormation(text);
        if (!isArm && !isCfn)
            continue;
        texts.set(p, text);
        const format = isArm ? 'arm' : 'cloudformation';
        try {
            const parsed = isArm ? parseArm(p, text, true) : parseCloudFormation(p, text, true);
            if (!parsed)
                continue;
            record({ path: p, format, status: 'parsed', changed: true });
            templateResources.push(...parsed.resources);
            facts.regions.push(...parsed.regions);
        }
        catch (e) {
            record({ path: p, format, status: 'error', changed: true, error: errorAt(e) });
        }
    }
    // ---- skip comments (changed files), attached to the resource they sit in or directly above
    const all = [...allTfResources, ...templateResources];
    for (const [file, text] of texts) {
        if (!changed.has(file))
            continue;
        const found = findSkipComments(file, text);
        if (found.length > 0)
            skipsByFile.set(file, found);
    }
    for (const [file, skips] of skipsByFile) {
        const inFile = all.filter(r => r.file === file);
        for (const s of skips) {
            const inside = inFile.filter(r => r.line <= s.line && s.line <= r.end_line).sort((a, b) => b.line - a.line)[0];
            const below = inFile.filter(r => r.line > s.line && r.line - s.line <= 3).sort((a, b) => a.line - b.line)[0];
            const target = inside ?? below;
            facts.skips.push(target ? { ...s, address: target.address } : s);
        }
    }
    for (const r0 of all) {
        const r1 = azapiAsArm(r0) ?? r0;
        const r = r1.provider === 'arm' && r1.type !== (0,checks/* canonicalArmType */.jf)(r1.type) ? { ...r1, type: (0,checks/* canonicalArmType */.jf)(r1.type) } : r1;
        const why = r1 === r0 ? unevaluatedReason(r) : null;
        if (why)
            (facts.unevaluated ??= []).push(unevaluatedFact(r, why));
        const slim = slimResource(r);
        if (slim)
            facts.resources.push(slim);
    }
    facts.files = [...fileFacts.values()].sort((a, b) => a.path.localeCompare(b.path));
    // every string kept from the repository passes the secrets detector; secret-named values become a preview + fingerprint
    return redactDeep(facts, options.repoFullName ?? '');
}
function errorAt(e) {
    if (e instanceof IacParseError || e instanceof JsonSyntaxError)
        return { line: e.line, ...(e.column ? { column: e.column } : {}), message: e.message };
    return { line: 1, message: e instanceof Error ? e.message : String(e) };
}
/** Plan values win where known; where the plan says "known after apply", the config's value (often a reference) stays. */
function mergePlan(config, plan) {
    if ((0,iac/* isUnknown */.t8)(plan))
        return config ?? plan;
    if (plan === null)
        return config !== undefined && typeof config === 'object' && config !== null ? config : null;
    if (Array.isArray(plan)) {
        const c = Array.isArray(config) ? config : [];
        return plan.map((p, i) => mergePlan(c[i], p));
    }
    if ((0,iac/* isPlainObject */.Qd)(plan)) {
        const c = (0,iac/* isPlainObject */.Qd)(config) ? config : {};
        const out = { ...c };
        for (const [k, v] of Object.entries(plan)) {
            const m = mergePlan(c[k], v);
            if (m === null && !(k in c))
                continue;
            out[k] = m;
        }
        return out;
    }
    return plan;
}


/***/ }),

/***/ 91094:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ CheckoutSource),
/* harmony export */   g: () => (/* binding */ tooLarge)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Where the IaC scanner reads files from: a local checkout (this file) or the GitHub contents API at the
 * head commit (src/collect/iac-api.ts). Reads are synchronous because Terraform evaluation loads module
 * directories on demand; the API source fetches ahead and answers from memory.
 *
 * Paths are relative to the repository root with posix separators ('.' for the top directory).
 */


function tooLarge(size, maxSize) {
    return { ok: false, reason: `larger than max-file-size (${size} > ${maxSize} bytes): not evaluated` };
}
/** A local checkout: reads only inside it (no `..`, no symlink leading out), never executes anything. */
class CheckoutSource {
    where = 'the checkout';
    root;
    constructor(root) {
        this.root = node_fs__WEBPACK_IMPORTED_MODULE_0___default().realpathSync(root);
    }
    /** Absolute path of a checkout-relative path, or null when it leaves the checkout (.., symlinks) or is missing. */
    resolve(rel) {
        const abs = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(this.root, rel);
        if (abs !== this.root && !abs.startsWith(this.root + (node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)))
            return null;
        try {
            const real = node_fs__WEBPACK_IMPORTED_MODULE_0___default().realpathSync(abs);
            if (real !== this.root && !real.startsWith(this.root + (node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)))
                return null;
            return real;
        }
        catch {
            return null;
        }
    }
    readFile(rel, maxSize) {
        const abs = this.resolve(rel);
        if (!abs)
            return { ok: false, reason: this.whyNot(rel) };
        let st;
        try {
            st = node_fs__WEBPACK_IMPORTED_MODULE_0___default().statSync(abs);
        }
        catch {
            return { ok: false, reason: 'not found in the checkout (deleted?)' };
        }
        if (!st.isFile())
            return null;
        if (st.size > maxSize)
            return tooLarge(st.size, maxSize);
        return { ok: true, data: node_fs__WEBPACK_IMPORTED_MODULE_0___default().readFileSync(abs) };
    }
    /** Why a path cannot be read: a symlink leading out of the checkout is named as such (never followed). */
    whyNot(rel) {
        const abs = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(this.root, rel);
        try {
            if (node_fs__WEBPACK_IMPORTED_MODULE_0___default().lstatSync(abs).isSymbolicLink())
                return 'a symbolic link leading outside the checkout (or to nothing): not followed';
        }
        catch {
            return 'not found in the checkout (deleted?)';
        }
        return 'outside the checkout or missing';
    }
    /**
     * Regular files, and symbolic links (Terraform follows a `.tf` that is a symlink): a link to a file
     * inside the checkout is read through it; one leading out is listed so that reading it reports why not.
     */
    listDir(rel) {
        const abs = this.resolve(rel);
        if (!abs)
            return null;
        try {
            const entries = node_fs__WEBPACK_IMPORTED_MODULE_0___default().readdirSync(abs, { withFileTypes: true });
            return {
                ok: true,
                names: entries
                    .filter(e => {
                    if (e.isFile())
                        return true;
                    if (!e.isSymbolicLink())
                        return false;
                    try {
                        return !node_fs__WEBPACK_IMPORTED_MODULE_0___default().statSync(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(abs, e.name)).isDirectory();
                    }
                    catch {
                        return true; // dangling: reading it says so
                    }
                })
                    .map(e => String(e.name))
            };
        }
        catch {
            return { ok: true, names: [] };
        }
    }
    relative(p) {
        return node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(p) ? node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(this.root, p) : p;
    }
}


/***/ })

};

//# sourceMappingURL=657.index.js.map