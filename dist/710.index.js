export const id = 710;
export const ids = [710];
export const modules = {

/***/ 1710:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_BASELINE_PATH: () => (/* binding */ DEFAULT_BASELINE_PATH),
  SECRETS_DEFAULTS: () => (/* binding */ SECRETS_DEFAULTS),
  baselineAt: () => (/* binding */ baselineAt),
  baselineFromText: () => (/* binding */ baselineFromText),
  checkoutChange: () => (/* binding */ checkoutChange),
  collectSecrets: () => (/* binding */ collectSecrets),
  diffScan: () => (/* binding */ diffScan),
  hasFindings: () => (/* binding */ hasFindings),
  itemizeFindings: () => (/* binding */ itemizeFindings),
  judgedFacts: () => (/* binding */ judgedFacts),
  parseBaseline: () => (/* binding */ parseBaseline),
  resolveSecretsParams: () => (/* binding */ resolveSecretsParams),
  scannedChange: () => (/* binding */ scannedChange),
  secretsCollector: () => (/* binding */ secretsCollector),
  secretsFactsOf: () => (/* binding */ secretsFactsOf)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/model/record.ts
var model_record = __webpack_require__(2860);
// EXTERNAL MODULE: ./src/collect/github/api.ts
var api = __webpack_require__(36688);
// EXTERNAL MODULE: ./src/secrets/diff.ts + 1 modules
var secrets_diff = __webpack_require__(91657);
// EXTERNAL MODULE: ./src/collect/git/diff.ts
var git_diff = __webpack_require__(62990);
// EXTERNAL MODULE: ./src/collect/git/objects.ts
var objects = __webpack_require__(93517);
// EXTERNAL MODULE: ./src/collect/read-at.ts
var read_at = __webpack_require__(32968);
// EXTERNAL MODULE: ./src/secrets/scanner.ts + 5 modules
var secrets_scanner = __webpack_require__(16519);
// EXTERNAL MODULE: ./src/model/facts/secrets.ts
var secrets = __webpack_require__(95820);
;// CONCATENATED MODULE: ./src/secrets/finding-cap.ts
/**
 * What a scan keeps of one file's findings, and what it only counts: a pull request of credential dumps held a
 * finding object per line and ran the gate out of memory before any evidence was written. The final diff's scan and
 * the history's (a dump added by one commit and deleted by the next) share it.
 *
 * Kept: the first finding of each rule; those allowed inline up to what the facts list of them
 * (MAX_ITEMIZED_PER_FILE); the others (new or baselined: the baseline is read after the scan) up to KEEP_PER_FILE,
 * so a new secret after 500 allowed passwords keeps its line. Counted: the rest, with their fingerprints (judged
 * against the baseline, and not reported again by the history scan) up to FINGERPRINT_BUDGET in all.
 */

/** Findings of a file kept as found, besides the first of each rule (more than the facts list of the three kinds). */
const KEEP_PER_FILE = 3 * secrets/* MAX_ITEMIZED_PER_FILE */.Y + 100;
/** Fingerprints of counted findings kept (each ~100 bytes); past it they are counted by number. */
const FINGERPRINT_BUDGET = 200_000;
class FindingCap {
    /** Per file, the findings counted. */
    counted = new Map();
    budget = FINGERPRINT_BUDGET;
    /** The findings of one file to keep (all of them when there are few); the others are counted under path. */
    keep(path, found) {
        if (found.length <= KEEP_PER_FILE)
            return found;
        const kept = [];
        const rules = new Set();
        let allowed = 0;
        let others = 0;
        for (const m of found) {
            if (!rules.has(m.rule) || (m.inline_allowed ? allowed < secrets/* MAX_ITEMIZED_PER_FILE */.Y : others < KEEP_PER_FILE)) {
                kept.push(m);
                rules.add(m.rule);
                if (m.inline_allowed)
                    allowed++;
                else
                    others++;
                continue;
            }
            let c = this.counted.get(path);
            if (c === undefined)
                this.counted.set(path, (c = { path, rules: new Set(), fingerprints: [], allowed: [], allowedPastBudget: 0, unchecked: 0 }));
            c.rules.add(m.rule);
            if (this.budget <= 0) {
                if (m.inline_allowed)
                    c.allowedPastBudget++;
                else
                    c.unchecked++;
                continue;
            }
            this.budget--;
            if (m.inline_allowed)
                c.allowed.push(m.fingerprint);
            else
                c.fingerprints.push(m.fingerprint);
        }
        return kept;
    }
}

// EXTERNAL MODULE: ./src/secrets/own-string.ts
var own_string = __webpack_require__(70391);
;// CONCATENATED MODULE: ./src/secrets/history.ts


const CONTEXT = 8;
/**
 * The history scan, fed file by file: each file a commit added is scanned in the part no earlier file (of the
 * final diff or of a commit) held; a finding whose fingerprint the final diff or an earlier commit already
 * reported is not reported again. The final diff's lines and findings are read at the first file, so they
 * may still be growing when the scan is made.
 */
class HistoryScan {
    scanner;
    final;
    lines = new Set();
    fingerprints = new Set();
    started = false;
    scannedLines = 0;
    found = [];
    cap = new FindingCap();
    constructor(scanner, final) {
        this.scanner = scanner;
        this.final = final;
    }
    /** One file a commit added. */
    add(commit, whole) {
        if (!this.started) {
            this.started = true;
            for (const f of this.final.files)
                markScanned(this.lines, f);
            for (const x of this.final.findings)
                this.fingerprints.add(x.fingerprint);
        }
        const f = unscannedPart(this.lines, whole);
        if (f === null)
            return;
        this.scannedLines += f.lineNumbers.length;
        // Not reported again: a fingerprint the final diff or an earlier commit found.
        const fresh = [];
        for (const m of this.scanner().scanFile(f)) {
            if (this.fingerprints.has(m.fingerprint))
                continue;
            this.fingerprints.add(m.fingerprint);
            fresh.push(m);
        }
        for (const m of this.cap.keep(f.path, fresh))
            this.found.push({ ...m, path: f.path, baselined: false, commit });
    }
    /** What was found, for a history of `commits` commits. */
    result(commits) {
        const counted = [...this.cap.counted.values()];
        return { commits, lines: this.scannedLines, findings: this.found, ...(counted.length > 0 && { counted }) };
    }
}
/** The history scan of commits held whole (each with its files). */
function scanHistory(scanner, final, commits) {
    const h = new HistoryScan(() => scanner, final);
    for (const { commit, files } of commits)
        for (const f of files)
            h.add(commit, f);
    return h.result(commits.length);
}
/** Remember every added line of file as scanned. */
function markScanned(seen, file) {
    if (file.lineNumbers.length === 0)
        return;
    for (const line of file.text.split('\n'))
        seen.add(line);
}
/**
 * The part of file not scanned yet (null when every line was): new lines plus their context, in order, with
 * their own line numbers. Marks them scanned.
 */
function unscannedPart(seen, file) {
    const n = file.lineNumbers.length;
    if (n === 0)
        return null;
    const lines = file.text.split('\n');
    const nums = file.lineNumbers;
    const fresh = new Uint8Array(n);
    let any = false;
    for (let i = 0; i < n; i++) {
        if (!seen.has(lines[i])) {
            fresh[i] = 1;
            any = true;
        }
    }
    if (!any)
        return null;
    if (fresh.every(x => x === 1)) {
        for (const l of lines)
            if (!seen.has(l))
                seen.add((0,own_string/* ownString */.A)(l));
        return file;
    }
    // keep[i]: fresh, or within CONTEXT consecutive line numbers of a fresh line.
    const keep = new Uint8Array(n);
    const consecutive = (a, b) => nums[b] - nums[a] === b - a;
    for (let i = 0; i < n; i++) {
        if (fresh[i] !== 1)
            continue;
        keep[i] = 1;
        for (let j = i - 1; j >= Math.max(0, i - CONTEXT) && consecutive(j, i); j--)
            keep[j] = 1;
        for (let j = i + 1; j <= Math.min(n - 1, i + CONTEXT) && consecutive(i, j); j++)
            keep[j] = 1;
    }
    const text = [];
    const lineNumbers = [];
    for (let i = 0; i < n; i++) {
        if (keep[i] !== 1)
            continue;
        text.push(lines[i]);
        lineNumbers.push(nums[i]);
        if (fresh[i] === 1 && !seen.has(lines[i]))
            seen.add((0,own_string/* ownString */.A)(lines[i]));
    }
    return { ...file, text: text.join('\n'), lineNumbers };
}

;// CONCATENATED MODULE: ./src/collect/secrets.ts
/**
 * `secrets` collector: scans the lines a change adds and stores findings (redacted preview + keyed
 * fingerprint, never the value) in record.facts.secrets. The baseline of acknowledged findings is read
 * from the base commit only, so a pull request cannot acknowledge its own leak.
 */











const DEFAULT_BASELINE_PATH = '.compliance-gate/secrets-baseline.json';
const FILES_ROUTE = 'GET /repos/{owner}/{repo}/pulls/{pull_number}/files';
const SECRETS_DEFAULTS = {
    'max-file-size': secrets_diff/* DEFAULT_MAX_FILE_SIZE */.Sj,
    'exclude-paths': [],
    'custom-rules': [],
    'allow-inline-comments': false,
    baseline: DEFAULT_BASELINE_PATH,
    'disabled-rules': []
};
/** Params as the policy gives them, defaults filled in; wrong types fall back to the default. */
function resolveSecretsParams(raw) {
    const r = raw ?? {};
    const strList = (v, d) => (Array.isArray(v) && v.every(x => typeof x === 'string') ? v : d);
    return {
        'max-file-size': typeof r['max-file-size'] === 'number' && r['max-file-size'] > 0 ? r['max-file-size'] : SECRETS_DEFAULTS['max-file-size'],
        'exclude-paths': strList(r['exclude-paths'], []),
        'custom-rules': Array.isArray(r['custom-rules']) ? r['custom-rules'] : [],
        'allow-inline-comments': r['allow-inline-comments'] === true,
        baseline: typeof r.baseline === 'string' && r.baseline !== '' ? r.baseline : DEFAULT_BASELINE_PATH,
        'disabled-rules': strList(r['disabled-rules'], [])
    };
}
/** Parse a baseline file (JSON or YAML): a list of entries, or `{entries: [...]}` / `{findings: [...]}`. */
function parseBaseline(text) {
    const doc = (0,dist/* parse */.qg)(text); // YAML is a superset of JSON
    const list = Array.isArray(doc)
        ? doc
        : (doc?.entries ?? doc?.findings);
    if (!Array.isArray(list))
        throw new Error('expected a list of entries (or an object with `entries`)');
    return list.filter((e) => typeof e === 'object' && e !== null && typeof e.fingerprint === 'string');
}
/** The baseline file at the base commit, through the one reader (the checkout when it holds the base, else the contents API). */
async function baselineAt(reader, base, path) {
    const facts = { path, ref: base, entries: 0, present: false };
    const r = await reader.readAt(base, path);
    if ('error' in r)
        return { facts: { ...facts, error: r.error.reason }, fingerprints: new Set(), source: r.source };
    if (!r.found)
        return { facts, fingerprints: new Set(), source: r.source };
    return baselineFromText(facts, r.text, r.source);
}
function baselineFromText(facts, text, source) {
    try {
        const entries = parseBaseline(text);
        return { facts: { ...facts, present: true, entries: entries.length }, fingerprints: new Set(entries.map(e => e.fingerprint)), source };
    }
    catch (e) {
        return { facts: { ...facts, present: true, error: `unreadable: ${e instanceof Error ? e.message : String(e)}` }, fingerprints: new Set(), source };
    }
}
/**
 * The added lines of base...head from a checkout, and (for a change of several commits) each commit's own:
 * what secretsFactsOf scans. Throws with git's message when the diff itself fails. With `scanned`, the
 * diff and then each commit's files are scanned as git prints them (the history is returned scanned, not held),
 * and the diff's files keep their texts only when the history scan needs them (more than one commit).
 */
async function checkoutChange(options, scanned) {
    const { base, head } = options;
    // The final diff's texts are kept after the scan only for a history scan (more than one commit). The commits
    // are counted while the diff runs: until the count is known, texts are kept; those of a one-commit change
    // are dropped once it is.
    let counted;
    const counting = (0,git_diff/* countCommits */.Wt)(options).then(c => (counted = c), (e) => (counted = { failed: `git rev-list failed: ${e instanceof Error ? e.message : String(e)}` }));
    const needsTexts = (c) => !scanned || c === undefined || (typeof c === 'number' && c > 1);
    const diff = await (0,git_diff/* gitAddedFiles */.wI)(options, scanned ? f => scanned.add(f) : undefined, { keepTexts: () => needsTexts(counted) });
    // Scanned as read (the files it changes, then those it adds): the findings in the diff's order, as its files are.
    if (scanned)
        (0,git_diff/* sortInGitOrder */.M8)(scanned.findings);
    const commitCount = await counting;
    if (!needsTexts(commitCount))
        diff.files = diff.files.map(git_diff/* pathsOnly */.Vo);
    const commands = (0,git_diff/* patchCommands */.$e)(base, head);
    const sources = [commands.diff];
    const notes = [];
    // Each commit too: a secret a later commit removed is not in the diff but stays in the history.
    const streamed = scanned
        ? new HistoryScan(() => scanned.scanner, {
            files: diff.files,
            // Read at the history's first file, when the final diff is scanned.
            get findings() {
                return finalFingerprints(scanned);
            }
        })
        : undefined;
    const h = await (0,git_diff/* gitHistoryAddedFiles */._k)({ ...options, commitCount }, streamed ? (commit, f) => streamed.add(commit, f) : undefined);
    if ('skipped' in h) {
        // Not a pass on the history: a credential added and removed again by a later commit stays in it unseen.
        diff.not_verified.push({
            path: '(history)',
            reason: `the change's commits were not scanned one by one (${h.skipped}); a credential added and removed again by a later commit would stay in the history unseen`,
            remedy: h.remedy
        });
        return { diff, notes: [`History not scanned commit by commit: ${h.skipped}.`], sources };
    }
    // A file a commit added that could not be scanned there (over max-file-size, an archive) and that the final diff
    // does not report as not scanned: what it held may be a credential removed again, still in the history.
    const reported = new Set(diff.not_verified.map(n => n.path));
    const historyOnly = h.unscanned.filter(u => !reported.has(u.path));
    if (historyOnly.length > 0)
        diff.not_verified.push({
            path: '(history)',
            reason: `${historyOnly.length} file(s) the change's commits added were not scanned there and the final diff does not show them as they were: ${historyOnly
                .slice(0, 5)
                .map(u => `${u.path} in commit ${u.commit.slice(0, 7)} (${u.reason.replace(/:? not scanned$/, '')})`)
                .join('; ')}${historyOnly.length > 5 ? '; …' : ''}`,
            remedy: 'Raise max-file-size (or list the path in exclude-paths on the base branch) if the file is meant to be skipped, or squash the branch so only its final form is judged: a credential a commit added and a later one removed stays in the history.'
        });
    if (h.not_scanned.length > 0)
        notes.push(`Not scanned in the history (also not in the final diff, or reported there): ${h.not_scanned.slice(0, 5).join('; ')}${h.not_scanned.length > 5 ? '; …' : ''}.`);
    if (h.commits.length === 0)
        return { diff, notes, sources };
    sources.push(commands.log);
    return { diff, history: streamed ? streamed.result(h.commits.length) : h.commits, notes, sources };
}
/**
 * Starts on the pull request (its base and head are all a checkout needs), so the checkout's diff is read
 * and scanned while the PR's lists are still being paged; the API fallback waits for the listed files.
 */
const secretsCollector = {
    group: 'secrets',
    after: 'pull_request',
    async collect(ctx) {
        return collectSecrets(ctx);
    }
};
async function collectSecrets(ctx) {
    const params = resolveSecretsParams(ctx.neededBy?.[0]?.params);
    if (params['custom-rules'].length > 0)
        await (0,secrets_scanner.loadCustomRuleEngine)();
    const record = ctx.record;
    const head = record.subject.head_sha;
    const before = record.event.before && !/^0+$/.test(record.event.before) ? record.event.before : undefined;
    const base = record.subject.base_sha ?? record.pull_request.value?.base.sha ?? before;
    if (!base) {
        return (0,model_record/* unavailable */.hU)({
            reason: 'No base commit to compare the change against, so its added lines are unknown.',
            remedy: 'Run on pull_request events (or push events with a `before` commit).'
        });
    }
    const filterOpts = { maxFileSize: params['max-file-size'], excludePaths: params['exclude-paths'] };
    const notes = [];
    const sources = [];
    let diff = null;
    let source = 'checkout';
    let checkoutProblem = null;
    let history = undefined;
    /** The checkout's diff, scanned file by file while git prints it. */
    let scanned;
    if (ctx.checkoutDir) {
        const [hasBase, hasHead] = await Promise.all([(0,objects/* hasCommit */.Q)(ctx.checkoutDir, base), (0,objects/* hasCommit */.Q)(ctx.checkoutDir, head)]);
        if (!hasBase || !hasHead) {
            checkoutProblem = `The checkout lacks the ${!hasBase ? `base commit ${base}` : `head commit ${head}`}: fetch-depth: 0 needed (actions/checkout with fetch-depth: 0).`;
        }
        else {
            try {
                scanned = diffScan(params, record.repository.full_name);
                const change = await checkoutChange({ cwd: ctx.checkoutDir, base, head, ...filterOpts }, scanned);
                ({ diff, history } = change);
                notes.push(...change.notes);
                sources.push(...change.sources);
            }
            catch (e) {
                scanned = undefined;
                const message = e instanceof Error ? e.message : String(e);
                // git's own failure is most often a missing merge base; the scanner's is its own (said as it is)
                checkoutProblem = /^git diff \S+ failed: (?![\s\S]*(?:timed out|printed more than))/.test(message)
                    ? `${message} (fetch-depth: 0 needed when the merge base is missing)`
                    : e instanceof git_diff/* CheckoutObjectsError */.pD
                        ? `${message}. ${e.remedy}`
                        : message.startsWith('git ')
                            ? `${message} (exclude generated or vendored paths with the secrets control's exclude-paths, or re-run)`
                            : `The secrets scanner failed on the checkout's diff: ${message} (check the policy's custom secret rules, or report it)`;
            }
        }
        if (checkoutProblem)
            notes.push(checkoutProblem);
    }
    if (!diff) {
        const pr = record.pull_request.value?.number;
        if (!ctx.api || pr === undefined) {
            // The pull request itself could not be read (a 401, 403, 404 or 5xx on it): that is the cause, said as it is.
            const prMissing = ctx.api && record.subject.kind === 'pull_request' ? record.pull_request.missing : undefined;
            return (0,model_record/* unavailable */.hU)({
                reason: checkoutProblem ??
                    (prMissing
                        ? `the pull request could not be read (${prMissing.reason.replace(/\.$/, '')}), so neither its files nor their added lines are known`
                        : 'Neither a checkout nor the GitHub API with a pull request number is available to read the added lines'),
                remedy: prMissing?.remedy ??
                    'Check out the repository with actions/checkout and fetch-depth: 0, or run on a pull_request event with a token that can read pull requests.',
                ...(prMissing?.http_status ? { http_status: prMissing.http_status } : {})
            }, sources);
        }
        // The core collector lists the PR files (patches included): reuse them once read, no second pagination.
        const pullFiles = ctx.listedPullFiles ? await ctx.listedPullFiles() : null;
        const listed = record.files.state === 'complete' || record.files.state === 'partial';
        const r = pullFiles && listed
            ? { ok: true, status: 200, data: pullFiles, route: FILES_ROUTE, truncated: record.files.state === 'partial' }
            : await ctx.api.paginate(FILES_ROUTE, { owner: ctx.owner, repo: ctx.repo, pull_number: pr }, { maxItems: 3000, concurrentPages: true });
        sources.push(FILES_ROUTE);
        if (!r.ok) {
            const d = (0,api/* describeFailure */.I)(r, 'Listing the pull request files', 'Grant `pull-requests: read` (or `contents: read`) to the token.');
            return (0,model_record/* unavailable */.hU)({ reason: checkoutProblem ? `${checkoutProblem} ${d.reason}` : d.reason, remedy: d.remedy, ...(d.http_status ? { http_status: d.http_status } : {}) }, sources);
        }
        source = 'api';
        diff = (0,secrets_diff/* filesFromApi */.yC)(r.data, filterOpts);
        // The API shows only the final diff; each commit of a change of several is read from a checkout alone. A
        // checkout was given to be read (actions/checkout ran) but cannot serve the commits (fetch-depth 1, the
        // default): not verified, as when the history is too long. Without any checkout the final diff is the
        // documented scope, and the notes and the verdict say so.
        const commits = record.pull_request.value?.commits_count;
        if (commits === undefined || commits > 1) {
            const why = `the change's ${commits ?? 'several'} commits were not scanned one by one (the API gives only the final diff), so a credential added and removed again by a later commit would stay in the history unseen`;
            if (checkoutProblem !== null) {
                diff.not_verified.push({
                    path: '(history)',
                    reason: `${why}: ${checkoutProblem}`,
                    remedy: 'Check out the repository with actions/checkout and fetch-depth: 0 (each commit is then scanned), or squash the branch into one commit.'
                });
            }
            else
                notes.push(`History not scanned commit by commit: ${why}; check out the repository with fetch-depth: 0 to scan each commit.`);
        }
        if (r.truncated) {
            diff.not_verified.push({
                path: '*',
                reason: 'GitHub lists at most 3000 files of a pull request; files past that were not scanned',
                remedy: 'Check out the repository with actions/checkout and fetch-depth: 0: the checkout has every file.'
            });
        }
    }
    // The baseline only acknowledges findings: read it (one more API call without a checkout) only when there is one.
    const unread = {
        facts: { path: params.baseline, ref: base, entries: 0, present: false, not_read: 'no finding to acknowledge' },
        fingerprints: new Set()
    };
    const scan = { diff, history, repo: record.repository.full_name, base, head, source, notes, sources };
    const change = scannedChange(params, scan, source === 'checkout' ? scanned : undefined);
    if (!hasFindings(change))
        return judgedFacts(params, { ...scan, baseline: unread }, change, unread);
    const baseline = await baselineAt(ctx.reader ?? (0,read_at/* createFileReader */.gr)({ owner: ctx.owner, repo: ctx.repo, checkoutDir: ctx.checkoutDir, api: ctx.api }), base, params.baseline);
    // Judged once the baseline is known: which findings are itemized and which counted depends on it.
    return judgedFacts(params, { ...scan, baseline }, change, baseline);
}
/**
 * The findings listed in the facts, in order: first the first finding of each rule in each file, new ones, then those
 * allowed inline, then baselined ones (a lone token among 10,000 allowed passwords stays listed, with its line); then
 * per file up to MAX_ITEMIZED_PER_FILE of each kind, in that order; MAX_ITEMIZED in all. The rest are counted per
 * file. A change with a new secret always lists at least one.
 */
function itemizeFindings(findings) {
    const isOpen = (f) => !f.baselined && !f.inline_allowed;
    /** 0: new, 1: allowed inline (by the change's author), 2: baselined (on the base branch). */
    const kindOf = (f) => (isOpen(f) ? 0 : f.inline_allowed ? 1 : 2);
    const perFile = new Map();
    const keep = new Uint8Array(findings.length);
    let kept = 0;
    const take = (f, i, kind) => {
        keep[i] = 1;
        kept++;
        let c = perFile.get(f.path);
        if (c === undefined)
            perFile.set(f.path, (c = [0, 0, 0]));
        c[kind]++;
    };
    const firsts = new Set();
    for (let kind = 0; kind < 3; kind++) {
        findings.forEach((f, i) => {
            if (kept >= secrets/* MAX_ITEMIZED */.v || kindOf(f) !== kind)
                return;
            const key = `${kind}\u0000${f.rule}\u0000${f.path}`;
            if (firsts.has(key))
                return;
            firsts.add(key);
            take(f, i, kind);
        });
    }
    for (let kind = 0; kind < 3; kind++) {
        findings.forEach((f, i) => {
            if (keep[i] === 1 || kept >= secrets/* MAX_ITEMIZED */.v || kindOf(f) !== kind)
                return;
            if ((perFile.get(f.path)?.[kind] ?? 0) < secrets/* MAX_ITEMIZED_PER_FILE */.Y)
                take(f, i, kind);
        });
    }
    if (kept === findings.length)
        return { itemized: findings, notItemized: [] };
    const itemized = [];
    const rest = new Map();
    findings.forEach((f, i) => {
        if (keep[i] === 1) {
            itemized.push(f);
            return;
        }
        let r = rest.get(f.path);
        if (r === undefined)
            rest.set(f.path, (r = { path: f.path, open: 0, acknowledged: 0, rules: [] }));
        if (isOpen(f))
            r.open++;
        else
            r.acknowledged++;
        if (!r.rules.includes(f.rule))
            r.rules.push(f.rule);
    });
    return { itemized, notItemized: [...rest.values()] };
}
/** The fingerprints the final diff's scan found, kept or counted (what a history scan does not report again). */
function finalFingerprints(ds) {
    const all = [...ds.findings];
    for (const o of ds.overflow.values())
        for (const fingerprint of [...o.fingerprints, ...o.allowed])
            all.push({ fingerprint });
    return all;
}
/**
 * A DiffScan with the policy's rules (built-ins, custom rules, disabled ids, inline allows). The rules are
 * compiled at the first use, so a streamed diff's git is already running while they compile. What it keeps of a
 * file's findings and what it counts: FindingCap.
 */
function diffScan(params, repo) {
    let scanner;
    const findings = [];
    const cap = new FindingCap();
    const ds = {
        get scanner() {
            scanner ??= (0,secrets_scanner.createScanner)({
                repo,
                customRules: params['custom-rules'],
                disabledRules: params['disabled-rules'],
                allowInlineComments: params['allow-inline-comments']
            });
            return scanner;
        },
        findings,
        overflow: cap.counted,
        lines: 0,
        bytes: 0,
        add(f) {
            ds.lines += f.lineNumbers.length;
            ds.bytes += Buffer.byteLength(f.text, 'utf8') + 1;
            for (const m of cap.keep(f.path, ds.scanner.scanFile(f)))
                findings.push({ ...m, path: f.path, baselined: false });
        }
    };
    return ds;
}
/**
 * Scan the added lines with the policy's rules and baseline: the secrets facts, partial when a file could not
 * be scanned. `scanned`: the final diff already scanned file by file (it must hold every file of scan.diff).
 */
function secretsFactsOf(params, scan, scanned) {
    return judgedFacts(params, scan, scannedChange(params, scan, scanned), scan.baseline);
}
/** Scan what secretsFactsOf reports (the baseline aside). `scanned`: the final diff already scanned file by file. */
function scannedChange(params, scan, scanned) {
    const ds = scanned ?? diffScan(params, scan.repo);
    if (!scanned)
        for (const f of scan.diff.files)
            ds.add(f);
    // Secrets some commit added that the final diff no longer holds: still in the history, reported once each.
    // Each distinct added line is scanned once: lines the final diff (or an earlier commit) held are skipped.
    const history = Array.isArray(scan.history)
        ? scanHistory(ds.scanner, { files: scan.diff.files, findings: finalFingerprints(ds) }, scan.history)
        : scan.history;
    return { ds, history };
}
/** Whether the change holds any finding (the baseline is read only then). */
function hasFindings(c) {
    return c.ds.findings.length > 0 || c.ds.overflow.size > 0 || (c.history?.findings.length ?? 0) > 0 || (c.history?.counted?.length ?? 0) > 0;
}
/** The facts of a scanned change judged against the baseline: each finding's `baselined`, itemized and counted. */
function judgedFacts(params, scan, scanned, baseline) {
    const { diff, base, head, source, notes } = scan;
    const { ds, history } = scanned;
    const sources = [...scan.sources];
    const scanner = ds.scanner;
    if (baseline.source)
        sources.push(baseline.source);
    const findings = ds.findings.map(f => ({ ...f, baselined: baseline.fingerprints.has(f.fingerprint) }));
    const { lines, bytes } = ds;
    for (const h of history?.findings ?? [])
        findings.push({ ...h, baselined: baseline.fingerprints.has(h.fingerprint) });
    const { itemized, notItemized } = itemizeFindings(findings);
    // The findings counted while scanning (past what a file keeps, in the final diff or a commit), judged against
    // the baseline by fingerprint.
    let unchecked = 0;
    const count = (path, rules, fingerprints, allowed, notLookedUp) => {
        let n = notItemized.find(x => x.path === path);
        if (n === undefined)
            notItemized.push((n = { path, open: 0, acknowledged: 0, rules: [] }));
        const baselined = fingerprints.filter(fp => baseline.fingerprints.has(fp)).length;
        n.open += fingerprints.length - baselined + notLookedUp;
        n.acknowledged += baselined + allowed;
        for (const r of rules)
            if (!n.rules.includes(r))
                n.rules.push(r);
        unchecked += notLookedUp;
    };
    for (const c of [...ds.overflow.values(), ...(history?.counted ?? [])])
        count(c.path, c.rules, c.fingerprints, c.allowed.length + c.allowedPastBudget, c.unchecked);
    const allNotes = [...notes];
    if (unchecked > 0)
        allNotes.push(`${unchecked} counted finding(s) past ${FINGERPRINT_BUDGET.toLocaleString('en')} were counted as new without looking them up in the baseline.`);
    if (notItemized.length > 0) {
        const open = notItemized.reduce((n, x) => n + x.open, 0);
        const acknowledged = notItemized.reduce((n, x) => n + x.acknowledged, 0);
        allNotes.push(`${open + acknowledged} finding(s) (${open} new) in ${notItemized.length} file(s) are counted, not listed: the first finding of each rule in each file, then up to ${secrets/* MAX_ITEMIZED_PER_FILE */.Y} new, ${secrets/* MAX_ITEMIZED_PER_FILE */.Y} allowed inline and ${secrets/* MAX_ITEMIZED_PER_FILE */.Y} baselined findings per file, ${secrets/* MAX_ITEMIZED */.v} in all, are itemized.`);
    }
    if (history !== undefined && history.commits > 0) {
        allNotes.push(`History: ${history.commits} commits scanned one by one; ${history.lines} of their added lines (new ones and up to 8 lines around them) were not already scanned in the final diff or an earlier commit.`);
    }
    const facts = {
        source,
        base_sha: base,
        head_sha: head,
        findings: itemized,
        scanned: { files: diff.files.length, lines, bytes },
        skipped: diff.skipped,
        not_verified: diff.not_verified,
        rules_version: scanner.rulesVersion,
        rules_digest: scanner.rulesDigest,
        rule_count: scanner.ruleCount,
        custom_rule_ids: scanner.customRuleIds,
        custom_rule_errors: scanner.customRuleErrors,
        disabled_rules: params['disabled-rules'],
        baseline: baseline.facts,
        inline_allow_enabled: params['allow-inline-comments'],
        max_file_size: params['max-file-size'],
        notes: allNotes,
        ...(notItemized.length > 0 && { not_itemized: notItemized })
    };
    const c = (0,model_record/* complete */.My)(facts, sources);
    if (diff.not_verified.length > 0) {
        const remedies = [
            ...new Set(diff.not_verified.map(n => n.remedy ?? 'Check out the repository (actions/checkout, fetch-depth: 0) so the collector can read the files GitHub omits.'))
        ];
        return {
            ...c,
            state: 'partial',
            missing: {
                reason: `${diff.not_verified.length} file(s) not scanned: ${diff.not_verified
                    .slice(0, 5)
                    .map(n => `${n.path} (${n.reason})`)
                    .join('; ')}`,
                remedy: remedies.join(' ')
            }
        };
    }
    return c;
}


/***/ })

};

//# sourceMappingURL=710.index.js.map