export const id = 298;
export const ids = [298];
export const modules = {

/***/ 5298:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aiCollector: () => (/* binding */ aiCollector),
/* harmony export */   collectAi: () => (/* binding */ collectAi)
/* harmony export */ });
/* harmony import */ var _github_api_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(36688);
/* harmony import */ var _codeowners_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25429);
/* harmony import */ var _controls_lib_ai_paths_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(63499);



const TEAM_MEMBERS_ROUTE = 'GET /orgs/{org}/teams/{team_slug}/members';
/** Bound on team look-ups. */
const MAX_TEAMS = 20;
async function collectAi(context) {
    // The settings come from the controls that need this group (ai.change-governance), not from a control id.
    const wanting = context.neededBy ?? [];
    const patterns = [...new Set(wanting.flatMap(n => n.params.paths ?? []))];
    const files = context.record.files;
    if (!files.value) {
        return { state: 'unavailable', value: null, sources: [], missing: files.missing ?? { reason: 'the changed files were not collected' } };
    }
    const paths = (0,_controls_lib_ai_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .matchingPaths */ .yZ)(files.value, patterns);
    const value = { ai_change: paths.length > 0, paths, patterns, teams: {} };
    const sources = [`record.files × policy ${wanting.map(n => n.control).join(', ') || 'ai.change-governance'}.paths`];
    const reviewerTeams = wanting
        .flatMap(n => n.params.reviewers?.teams ?? [])
        .map(_controls_lib_ai_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .parseTeam */ .RI)
        .filter(t => t !== null);
    if (value.ai_change) {
        for (const [i, team] of reviewerTeams.entries()) {
            if (team.key in value.teams)
                continue;
            value.teams[team.key] =
                i >= MAX_TEAMS
                    ? { members: null, missing: { reason: `more than ${MAX_TEAMS} reviewer teams; not looked up`, remedy: 'Name fewer reviewer teams.' } }
                    : await teamMembers(context, team.org, team.slug);
        }
        if (reviewerTeams.length > 0 && context.api)
            sources.push(TEAM_MEMBERS_ROUTE);
    }
    // Files read only in part: paths past the cut may be AI paths too, so the group is partial.
    const unreadable = Object.entries(value.teams).filter(([, t]) => t.members === null);
    if (files.state !== 'complete' || unreadable.length > 0) {
        const reasons = [
            ...(files.state !== 'complete' ? [`the changed files were read only in part${files.missing ? ` (${files.missing.reason})` : ''}`] : []),
            ...(unreadable.length > 0 ? [`members of ${unreadable.map(([k]) => `@${k}`).join(', ')} unreadable`] : [])
        ];
        return {
            state: 'partial',
            value,
            sources,
            missing: { reason: reasons.join('; '), remedy: unreadable.length > 0 ? _codeowners_js__WEBPACK_IMPORTED_MODULE_0__/* .TEAM_MEMBERSHIP_REMEDY */ .eH : files.missing?.remedy }
        };
    }
    return { state: 'complete', value, sources };
}
async function teamMembers(context, org, slug) {
    if (!context.api)
        return { members: null, missing: { reason: 'no GitHub API available to read team membership', remedy: _codeowners_js__WEBPACK_IMPORTED_MODULE_0__/* .TEAM_MEMBERSHIP_REMEDY */ .eH } };
    const res = await context.api.paginate(TEAM_MEMBERS_ROUTE, { org, team_slug: slug });
    if (!res.ok) {
        const d = (0,_github_api_js__WEBPACK_IMPORTED_MODULE_2__/* .describeFailure */ .I)(res, `Members of @${org}/${slug}`, _codeowners_js__WEBPACK_IMPORTED_MODULE_0__/* .TEAM_MEMBERSHIP_REMEDY */ .eH);
        return { members: null, missing: { reason: d.reason, remedy: d.remedy, ...(d.http_status ? { http_status: d.http_status } : {}) } };
    }
    if (res.truncated)
        return { members: null, missing: { reason: `the member list of @${org}/${slug} was cut short`, remedy: 'Use a smaller reviewer team.' } };
    return { members: res.data.map(m => m.login) };
}
const aiCollector = {
    group: 'ai',
    after: 'changes',
    collect: collectAi
};


/***/ }),

/***/ 63499:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RI: () => (/* binding */ parseTeam),
/* harmony export */   oP: () => (/* binding */ updatedPaths),
/* harmony export */   yZ: () => (/* binding */ matchingPaths)
/* harmony export */ });
/* unused harmony export matchesAny */
/* harmony import */ var minimatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91138);
/** Which changed paths belong to an AI system, by the policy's globs (minimatch, dot: true, case-insensitive so `Models/` cannot dodge `models/**`). Pure. */

function matchesAny(path, globs) {
    return globs.some(g => (0,minimatch__WEBPACK_IMPORTED_MODULE_0__/* .minimatch */ .xF)(path, g, { dot: true, nocase: true }));
}
/** Changed paths (and the previous path of a rename) matching `globs`, sorted, without duplicates. */
function matchingPaths(files, globs) {
    const out = new Set();
    for (const f of files) {
        if (matchesAny(f.path, globs))
            out.add(f.path);
        if (f.previous_path && matchesAny(f.previous_path, globs))
            out.add(f.previous_path);
    }
    return [...out].sort();
}
/** Paths added or modified (not removed) by the change that match `globs`. */
function updatedPaths(files, globs) {
    return files
        .filter(f => f.status !== 'removed' && matchesAny(f.path, globs))
        .map(f => f.path)
        .sort();
}
/** `org/slug` from `org/slug` or `@org/slug`; null when malformed. */
function parseTeam(ref) {
    const m = /^@?([A-Za-z0-9][A-Za-z0-9-]*)\/([A-Za-z0-9][A-Za-z0-9._-]*)$/.exec(ref.trim());
    return m ? { org: m[1], slug: m[2], key: `${m[1].toLowerCase()}/${m[2].toLowerCase()}` } : null;
}


/***/ })

};

//# sourceMappingURL=298.index.js.map