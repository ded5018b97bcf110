export const id = 541;
export const ids = [541];
export const modules = {

/***/ 45541:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ADJUSTERS: () => (/* reexport */ adjusters/* ADJUSTERS */.m),
  CONTROLS: () => (/* reexport */ controls/* CONTROLS */.V),
  DEFAULT_POLICY_TEXT: () => (/* reexport */ default_policy_generated/* DEFAULT_POLICY_TEXT */.p),
  PolicyError: () => (/* reexport */ load/* PolicyError */.pn),
  choosePolicy: () => (/* reexport */ choose/* choosePolicy */.KV),
  evaluate: () => (/* reexport */ evaluate/* evaluate */._3),
  policyEditNote: () => (/* reexport */ choose/* policyEditNote */.Vp),
  renderSummary: () => (/* reexport */ renderSummary),
  summarize: () => (/* reexport */ evaluate/* summarize */.eh),
  writeBundle: () => (/* reexport */ bundle/* writeBundle */.Mf)
});

// EXTERNAL MODULE: ./src/controls/index.ts + 20 modules
var controls = __webpack_require__(30578);
// EXTERNAL MODULE: ./src/evaluate/adjusters.ts
var adjusters = __webpack_require__(28570);
// EXTERNAL MODULE: ./src/evaluate/evaluate.ts
var evaluate = __webpack_require__(91632);
// EXTERNAL MODULE: ./src/evidence/bundle.ts
var bundle = __webpack_require__(94997);
// EXTERNAL MODULE: ./src/policy/choose.ts
var choose = __webpack_require__(63461);
// EXTERNAL MODULE: ./src/policy/default-policy.generated.ts
var default_policy_generated = __webpack_require__(86193);
// EXTERNAL MODULE: ./src/policy/load.ts + 3 modules
var load = __webpack_require__(71837);
// EXTERNAL MODULE: ./src/model/verdict.ts
var verdict = __webpack_require__(47088);
// EXTERNAL MODULE: ./src/evidence/escape.ts
var evidence_escape = __webpack_require__(93326);
;// CONCATENATED MODULE: ./src/evidence/summary.ts



const ICON = { pass: '✅', fail: '❌', not_verified: '⚠️', not_applicable: '➖' };
const LABEL = { pass: 'pass', fail: 'fail', not_verified: 'not verified', not_applicable: 'not applicable' };
/** One Markdown table cell / list item from untrusted text: single line, escaped, ≤ 500 characters. */
function cell(text) {
    return (0,evidence_escape.md)(text, 500);
}
function effectNote(v) {
    if (v.effect === 'blocking')
        return ' (blocks)';
    if (v.effect === 'warning')
        return ' (warning)';
    return '';
}
/**
 * The first sentence of a reason (outside parentheses). A passing row reads like a pass: the detail (e.g. which
 * sources could not be read) stays in results.json and the control's section.
 */
function firstSentence(text) {
    let depth = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '(')
            depth++;
        else if (c === ')')
            depth = Math.max(0, depth - 1);
        else if (c === '.' && depth === 0 && (i === text.length - 1 || text[i + 1] === ' ') && !/\d/.test(text[i - 1] ?? ''))
            return text.slice(0, i + 1);
    }
    return text;
}
/** The framework requirement ids a verdict maps to, as `SOC 2 CC8.1 · ISO 27001 A.8.32`. */
function mappingText(v) {
    return v.mappings.map(m => `${m.framework} ${m.controls.join(', ')}`).join(' · ');
}
/** Findings' remedies that differ from the control's (so a remedy appears once per failure). */
function findingRemedy(v, remedy) {
    return remedy && remedy !== v.remedy ? ` — ${cell(remedy)}` : '';
}
function policyLine(policy, mode) {
    if (!policy)
        return `Policy: none could be loaded · mode ${mode}`;
    const sources = policy.sources.map(s => `${s.bundled ? 'bundled ' : ''}${(0,evidence_escape/* code */.aY)(s.path)}${s.ref ? ` at ${(0,evidence_escape/* code */.aY)(s.ref.slice(0, 12))}` : ''}`).join(' + ');
    return `Policy: ${sources || 'bundled default'} · sha256 \`${(0,bundle/* digest */.br)((0,bundle/* stableJson */._Y)(policy)).slice(0, 16)}…\` · mode ${mode}${mode === 'report' ? ' (never blocks)' : ''}`;
}
function renderSummary(record, results, context = {}) {
    const pr = record.pull_request.value;
    const perControl = context.findingsPerControl ?? 50;
    const lines = [];
    const headline = results.result === 'pass' ? '✅ passed' : results.result === 'fail' ? '❌ failed' : '💥 error';
    const what = pr ? `PR #${pr.number} — ${cell(pr.title)}` : record.subject.kind === 'push' ? `push to ${cell(record.subject.base_ref)}` : 'change';
    lines.push(`## compliance-gate: ${headline}`, '');
    lines.push(`**${cell(record.repository.full_name)}** ${what} at \`${record.subject.head_sha.slice(0, 7).replace(/[^0-9a-f]/g, '') || 'unknown'}\`${results.mode === 'report' ? ' · report mode (never blocks)' : ''}`, '');
    const c = results.counts;
    lines.push(`${c.pass} passed · ${c.fail} failed · ${c.not_verified} not verified · ${c.not_applicable} not applicable`, '');
    if (context.policy !== undefined)
        lines.push(policyLine(context.policy, results.mode), '');
    if (results.errors.length > 0) {
        lines.push('### Errors', '');
        for (const e of results.errors)
            lines.push(`- ${cell(e)}`);
        lines.push('');
    }
    for (const note of results.policy_notes ?? [])
        lines.push(`> **Policy:** ${cell(note)}`, '');
    if (results.verdicts.length > 0) {
        lines.push('| | Control | Verdict | Why | Maps to |', '|---|---|---|---|---|');
        for (const v of results.verdicts) {
            const why = v.status === 'pass' || v.status === 'not_applicable' ? firstSentence(v.reason) : v.reason;
            lines.push(`| ${ICON[v.status]} | \`${v.control}\` ${cell(v.title)} | ${LABEL[v.status]}${effectNote(v)}${v.waived ? ' (waived)' : ''} | ${cell(why)} | ${cell(mappingText(v))} |`);
        }
        lines.push('');
    }
    const attention = results.verdicts.filter(v => v.status === 'fail' || v.status === 'not_verified');
    for (const v of attention) {
        lines.push(`### ${ICON[v.status]} \`${v.control}\`: ${LABEL[v.status]}`, '', cell(v.reason), '');
        if (v.remedy)
            lines.push(`**What to do:** ${cell(v.remedy)}`, '');
        // The most severe first (a critical key before fifty high-severity ids), else in the control's order (sort is stable).
        const rank = (f) => (f.severity ? verdict/* SEVERITY_RANK */.f[f.severity] : -1);
        const items = v.findings.filter(f => f.status === 'fail' || f.status === 'not_verified').sort((a, b) => rank(b) - rank(a));
        for (const f of items.slice(0, perControl)) {
            const where = f.location ? ` ${(0,evidence_escape/* code */.aY)(`${f.location.path}${f.location.line ? `:${f.location.line}` : ''}`)}` : '';
            lines.push(`- ${ICON[f.status]}${where} ${cell(f.message)}${findingRemedy(v, f.remedy)}`);
        }
        if (items.length > perControl)
            lines.push(`- … and ${items.length - perControl} more (see results.json)`);
        if (items.length > 0)
            lines.push('');
    }
    lines.push(...servedSection(results));
    if (record.truncated.length > 0) {
        lines.push('**Truncated:** ' + record.truncated.map(t => cell(`${t.what}: ${t.reason}`)).join('; '), '');
    }
    lines.push(`API calls: ${record.api_calls.length} · collected ${record.collected_at} · ${results.tool.name} ${results.tool.version}`);
    if (context.bundle)
        lines.push('', `Evidence: ${(0,evidence_escape/* code */.aY)(context.bundle.dir, 1000)} · manifest sha256 \`${context.bundle.manifestSha256}\``);
    return lines.join('\n') + '\n';
}
/**
 * Framework requirements: "served" lists only requirements all of whose mapped controls passed (or did not
 * apply, with at least one pass); the others are named as not served, with the controls that hold them back.
 */
function servedSection(results) {
    const byRequirement = new Map();
    for (const v of results.verdicts) {
        for (const m of v.mappings) {
            for (const id of m.controls) {
                const key = `${m.framework}\u0000${id}`;
                const entry = byRequirement.get(key) ?? { framework: m.framework, id, statuses: [] };
                entry.statuses.push({ control: v.control, status: v.status });
                byRequirement.set(key, entry);
            }
        }
    }
    if (byRequirement.size === 0)
        return [];
    const served = new Map();
    const notServed = new Map();
    for (const r of byRequirement.values()) {
        const open = r.statuses.filter(s => s.status === 'fail' || s.status === 'not_verified');
        const passed = r.statuses.some(s => s.status === 'pass');
        if (open.length === 0 && passed)
            served.set(r.framework, [...(served.get(r.framework) ?? []), r.id]);
        else if (open.length > 0)
            notServed.set(r.framework, [...(notServed.get(r.framework) ?? []), `${r.id} (${open.map(o => o.control).join(', ')})`]);
    }
    const lines = ['<details><summary>Framework requirements</summary>', ''];
    for (const [framework, ids] of served)
        lines.push(`- **${cell(framework)}** served: ${ids.sort().map(cell).join(', ')}`);
    for (const [framework, ids] of notServed)
        lines.push(`- **${cell(framework)}** not served: ${ids.sort().map(cell).join(', ')}`);
    if (served.size === 0 && notServed.size === 0)
        lines.push('- none: no mapped control applied to this change');
    lines.push('', '</details>', '');
    return lines;
}

;// CONCATENATED MODULE: ./src/engine-parts.ts
/**
 * What the engine needs only once the pull request is being read: the policy (YAML, its JSON Schema
 * validator), the controls and their catalog mappings, evaluation, the summary and the bundle writer. The
 * engine loads this module on demand (src/engine.ts), so it compiles while the first API request is in flight
 * instead of before it: start-up is node, the settings and the API client.
 */










/***/ })

};

//# sourceMappingURL=541.index.js.map