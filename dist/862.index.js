export const id = 862;
export const ids = [862];
export const modules = {

/***/ 4246:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   startChangeEarly: () => (/* binding */ startChangeEarly)
/* harmony export */ });
/* harmony import */ var _diff_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62990);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(91318);
/* harmony import */ var _objects_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(93517);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(22300);
/**
 * The checkout's commands a pull request run is sure to ask for, started at start-up from the event's commits,
 * before the API is read and the policy loaded. Starting a process forks this one: it blocks the thread for
 * 10-30 ms once the heap has grown, and every page of the heap written after a fork faults once more (some 15 µs
 * each on a runner). At start-up the heap is small, and git's diff is written ahead while the run loads.
 *
 * Nothing is decided here: each command is the very one its caller runs (same arguments, same hardening), kept
 * under a key of its options (./run.ts, keepEarly); the caller takes it only when it asks for the same commits
 * of the same checkout, else starts its own as before. What no one took is stopped by discardEarly.
 */




/** A commit named in full (the event's SHAs; anything else is left to the collectors). */
const FULL_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
/**
 * Start the files listing, the commit count and the diff of base...head in the checkout at cwd, once the checkout
 * holds both commits (a shallow checkout lacks them: nothing is started, and the collectors say why). token: from
 * earlyToken when the run began (a run that has ended since keeps nothing).
 */
async function startChangeEarly(cwd, base, head, token = (0,_run_js__WEBPACK_IMPORTED_MODULE_3__/* .earlyToken */ .Zu)()) {
    if (!FULL_SHA.test(base) || !FULL_SHA.test(head))
        return;
    const [hasBase, hasHead] = await Promise.all([(0,_objects_js__WEBPACK_IMPORTED_MODULE_2__/* .hasCommit */ .Q)(cwd, base), (0,_objects_js__WEBPACK_IMPORTED_MODULE_2__/* .hasCommit */ .Q)(cwd, head)]);
    // The run may have ended meanwhile (discardEarly): then nothing is started.
    if (!hasBase || !hasHead || !(0,_run_js__WEBPACK_IMPORTED_MODULE_3__/* .earlyStillWanted */ .Tt)(token))
        return;
    (0,_files_js__WEBPACK_IMPORTED_MODULE_1__/* .startChangedFilesEarly */ .JZ)({ cwd, base, head });
    (0,_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .startAddedFilesEarly */ .D5)({ cwd, base, head });
}


/***/ }),

/***/ 70391:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ ownString)
/* harmony export */ });
/** Strings that do not keep the text they were cut from alive. */
/**
 * The string's own copy. A substring V8 cuts out of a longer string (slice, split, a regex group) refers to
 * that whole string and keeps it alive as long as the substring is kept; its copy holds only its characters.
 */
function ownString(s) {
    // Shorter substrings are copied by V8 itself; the concatenation is flattened before it is sliced.
    return s.length < 13 ? s : (' ' + s).slice(1);
}


/***/ })

};

//# sourceMappingURL=862.index.js.map