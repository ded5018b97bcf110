export const id = 643;
export const ids = [643];
export const modules = {

/***/ 10643:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SARIF_RESULT_LIMIT: () => (/* binding */ SARIF_RESULT_LIMIT),
/* harmony export */   SARIF_SCHEMA: () => (/* binding */ SARIF_SCHEMA),
/* harmony export */   buildSarif: () => (/* binding */ buildSarif),
/* harmony export */   isSarifFinding: () => (/* binding */ isSarifFinding),
/* harmony export */   sarifReporter: () => (/* binding */ sarifReporter)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _controls_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(30578);
/* harmony import */ var _evidence_escape_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(93326);
/* harmony import */ var _select_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(96740);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(311);
/**
 * SARIF 2.1.0 for code scanning (input sarif: true; output sarif-path): the located findings of the secrets,
 * IaC and CODEOWNERS controls, with the rule and result properties GitHub reads (see the README):
 * rules with shortDescription, fullDescription (≤ 1,024 characters), help (text and Markdown with the
 * remedy), helpUri when known, properties.tags (incl. `security`), properties.security-severity (GitHub's
 * 0.1–10 scale as a string) and precision; results with partialFingerprints.primaryLocationLineHash and the
 * gate's own fingerprint; runs[].automationDetails.id as the category. At most 5,000 results (GitHub keeps no
 * more), the rest counted in the run's properties. Messages are the findings' own, which never hold a
 * secret's value (the scanner redacts when it creates a finding).
 */







const SARIF_RESULT_LIMIT = 5000;
const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** Controls whose findings are code-scanning alerts: secrets, IaC, and CODEOWNERS syntax. */
function isSarifFinding(l) {
    const c = l.verdict.control;
    if (c.startsWith('secrets.') || c.startsWith('iac.'))
        return true;
    return c === 'review.codeowners' && l.finding.rule === 'codeowners-syntax';
}
const SEVERITY_SCORE = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0', info: '1.0' };
function severityOf(f, verdict) {
    if (f.severity)
        return SEVERITY_SCORE[f.severity];
    return verdict.control.startsWith('secrets.') ? SEVERITY_SCORE.high : SEVERITY_SCORE.medium;
}
function ruleIdOf(l) {
    return l.finding.rule ? `${l.verdict.control}/${l.finding.rule}` : l.verdict.control;
}
function fingerprint(...parts) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(parts.join('\u0000')).digest('hex');
}
function buildSarif(results, options) {
    const meta = new Map(_controls_index_js__WEBPACK_IMPORTED_MODULE_3__/* .CONTROLS */ .V.map(c => [c.meta.id, c.meta]));
    const all = (0,_select_js__WEBPACK_IMPORTED_MODULE_4__/* .locatedFindings */ .Hm)(results).filter(isSarifFinding);
    const order = (l) => -Number(severityOf(l.finding, l.verdict));
    const sorted = all
        .map((l, i) => ({ l, i }))
        .sort((a, b) => order(a.l) - order(b.l) || a.i - b.i)
        .map(x => x.l);
    const kept = sorted.slice(0, SARIF_RESULT_LIMIT);
    const rules = [];
    const ruleIndex = new Map();
    const results_ = [];
    const occurrences = new Map();
    for (const l of kept) {
        const id = ruleIdOf(l);
        if (!ruleIndex.has(id)) {
            const m = meta.get(l.verdict.control);
            const title = m?.title ?? l.verdict.title;
            const remedy = l.finding.remedy ?? l.verdict.remedy ?? m?.remedy ?? '';
            const family = l.verdict.control.split('.')[0];
            ruleIndex.set(id, rules.length);
            rules.push({
                id,
                name: id.replace(/[^A-Za-z0-9]+(.)?/g, (_x, c) => (c ? c.toUpperCase() : '')),
                shortDescription: { text: (0,_evidence_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .truncate */ .xv)((0,_evidence_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .plain */ .pj)(`${title}${l.finding.rule ? `: ${l.finding.rule}` : ''}`), 1024) },
                fullDescription: { text: (0,_evidence_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .truncate */ .xv)((0,_evidence_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .plain */ .pj)(`${m?.question ?? title} ${m?.rationale ?? ''}`.trim()), 1024) },
                help: {
                    // Each part made visible on its own, joined by a real line break (plain text: a newline is no syntax there).
                    text: (0,_evidence_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .truncate */ .xv)(`${(0,_evidence_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .plain */ .pj)(m?.question ?? title)}\nFix: ${(0,_evidence_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .plain */ .pj)(remedy)}`, 4000),
                    markdown: (0,_evidence_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .truncate */ .xv)(`**${(0,_evidence_escape_js__WEBPACK_IMPORTED_MODULE_5__.md)(m?.question ?? title)}**\n\n${(0,_evidence_escape_js__WEBPACK_IMPORTED_MODULE_5__.md)(m?.rationale ?? '', 1500)}\n\n**Fix:** ${(0,_evidence_escape_js__WEBPACK_IMPORTED_MODULE_5__.md)(remedy, 1500)}`, 4000)
                },
                ...(options.helpBase ? { helpUri: `${options.helpBase}#${l.verdict.control.replace(/\./g, '')}` } : {}),
                defaultConfiguration: { level: l.level === 'error' ? 'error' : 'warning' },
                properties: {
                    tags: ['security', family, 'compliance-gate'],
                    'security-severity': severityOf(l.finding, l.verdict),
                    precision: family === 'secrets' ? 'high' : 'very-high',
                    problem: { severity: l.level === 'error' ? 'error' : 'warning' }
                }
            });
        }
        const loc = l.finding.location;
        const uri = ((0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(loc.path) ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(options.workspace, loc.path) : loc.path).split('\\').join('/');
        const stable = fingerprint(id, uri, l.finding.subject, String(loc.line ?? 0));
        const lineKey = fingerprint(id, uri, l.finding.subject).slice(0, 16);
        const n = (occurrences.get(lineKey) ?? 0) + 1;
        occurrences.set(lineKey, n);
        const region = { startLine: loc.line && loc.line > 0 ? loc.line : 1 };
        if (loc.column && loc.column > 0)
            region.startColumn = loc.column;
        if (loc.end_line && loc.end_line >= region.startLine)
            region.endLine = loc.end_line;
        results_.push({
            ruleId: id,
            ruleIndex: ruleIndex.get(id),
            level: l.level === 'error' ? 'error' : 'warning',
            kind: 'fail',
            message: { text: (0,_evidence_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .truncate */ .xv)((0,_evidence_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .plain */ .pj)(l.finding.message + (l.finding.remedy ? ` Fix: ${l.finding.remedy}` : '')), 4000) },
            locations: [{ physicalLocation: { artifactLocation: { uri: encodeURI(uri), uriBaseId: '%SRCROOT%' }, region } }],
            partialFingerprints: { primaryLocationLineHash: `${lineKey}:${n}`, 'complianceGateFinding/v1': stable }
        });
    }
    return {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: _version_js__WEBPACK_IMPORTED_MODULE_6__/* .TOOL_NAME */ .l,
                        semanticVersion: _version_js__WEBPACK_IMPORTED_MODULE_6__/* .TOOL_VERSION */ .w,
                        version: _version_js__WEBPACK_IMPORTED_MODULE_6__/* .TOOL_VERSION */ .w,
                        ...(options.helpBase ? { informationUri: options.helpBase } : {}),
                        rules
                    }
                },
                automationDetails: { id: `${options.category ?? _version_js__WEBPACK_IMPORTED_MODULE_6__/* .TOOL_NAME */ .l}/` },
                originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The repository root.' } } },
                results: results_,
                properties: { 'compliance-gate': { results_total: all.length, results_omitted: all.length - kept.length, limit: SARIF_RESULT_LIMIT } }
            }
        ]
    };
}
function sarifReporter() {
    return {
        name: 'SARIF',
        async report({ settings, run, io, shared }) {
            if (!settings.report?.sarif)
                return;
            const actionRepo = io.env.GITHUB_ACTION_REPOSITORY;
            const helpBase = actionRepo && /^[\w.-]+\/[\w.-]+$/.test(actionRepo) ? `https://github.com/${actionRepo}/blob/main/README.md` : null;
            const sarif = buildSarif(run.results, { workspace: settings.workspace, helpBase });
            const dir = settings.evidenceDir;
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(dir, { recursive: true });
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, `${run.bundle.dir.split(/[\\/]/).pop()}.sarif`);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(path, JSON.stringify(sarif, null, 2) + '\n');
            shared.sarifPath = path;
            io.setOutput('sarif-path', path);
            const props = sarif.runs[0].properties['compliance-gate'];
            io.info(`compliance-gate: SARIF with ${props.results_total - props.results_omitted} result(s) written to ${path}${props.results_omitted ? ` (${props.results_omitted} over GitHub's ${SARIF_RESULT_LIMIT} left out)` : ''}.`);
        }
    };
}


/***/ })

};

//# sourceMappingURL=643.index.js.map