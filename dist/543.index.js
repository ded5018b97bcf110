export const id = 543;
export const ids = [543];
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


/***/ }),

/***/ 19024:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A7: () => (/* binding */ HIDDEN_ANY),
/* harmony export */   JJ: () => (/* binding */ shownValue),
/* harmony export */   QN: () => (/* binding */ shownLine),
/* harmony export */   S6: () => (/* binding */ UNRESERVED_PERCENT),
/* harmony export */   e_: () => (/* binding */ EMBEDDING_ESCAPE),
/* harmony export */   kH: () => (/* binding */ INVISIBLE)
/* harmony export */ });
/**
 * How text shows to a reader, apart from how it is written: invisible characters, escapes of printable ASCII and
 * the escapes a value takes where it is embedded (a URL, a JSON string, HTML). The diff's second view of hidden
 * lines (see unhiddenView in ./diff.ts) is read through it, and so is a value's fingerprint: one value written two
 * ways (`sig=Z%2FRH…%3D` in a URL, `Z/RH…=` decoded) is one finding and one baseline entry.
 */
/**
 * Characters that show as nothing: Unicode's Default_Ignorable_Code_Point set (soft hyphen, combining grapheme
 * joiner, Arabic letter mark, Hangul and Khmer fillers, Mongolian variation selectors, zero-width space, joiners and
 * marks, bidi embeddings, overrides and isolates, word joiner, invisible operators and deprecated format characters,
 * variation selectors, BOM, the reserved U+FFF0-U+FFF8, shorthand format controls, musical formatting, tags and the
 * supplementary variation selectors U+E0000-U+E0FFF), and the Egyptian hieroglyph format controls. Supplementary
 * characters are matched as their surrogate pairs (the regex has no `u` flag, as the patterns it joins).
 */
const INVISIBLE = 
// The class lists combining characters on purpose (each is dropped alone, never joined to the character before it).
// eslint-disable-next-line no-misleading-character-class
/[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0\uFFF0-\uFFF8]|\uD82F[\uDCA0-\uDCA3]|\uD834[\uDD73-\uDD7A]|\uD80D[\uDC30-\uDC3F]|[\uDB40-\uDB43][\uDC00-\uDFFF]/g;
/**
 * Escapes of printable ASCII, which no encoder needs for letters, digits or `_-.`: `\u0067`, `\x67`, octal `\147`,
 * ES6 and Perl braces `\u{67}` / `\x{67}`, Python's `\U00000067`. The hex digits are group 1, octal ones group 2.
 */
const ASCII_ESCAPE = /\\(?:u00|x|[ux]\{0{0,6}|U000000)([2-7][0-9a-fA-F])\}?|\\(0?(?:[4-7][0-7]|1[0-7][0-7]))(?![0-7])/g;
/** Percent-encoded unreserved characters (RFC 3986: letters, digits, `-._~`), which no URL encoder encodes. */
const UNRESERVED_PERCENT = /%(4[1-9A-Fa-f]|5[0-9Aa]|6[1-9A-Fa-f]|7[0-9Aa]|3[0-9]|2[DdEe]|5[Ff]|7[Ee])/g;
/**
 * What a value is written with where it is embedded, and not in the value itself: a JSON string's `\/` (PHP's
 * json_encode writes every slash so), an HTML numeric entity of printable ASCII (`&#x2F;`, `&#43;`), a query string's
 * or form body's percent-encoded `+ / = :` (`%2B`, `%2F`, `%3D`, `%3A`), and Xcode's `/$()/`, an empty variable
 * between two slashes so that an .xcconfig value keeps `//` (`postgres:/$()/user:…@host`).
 */
const EMBEDDING_ESCAPE = /\\\/|&#(?:[xX]0{0,5}([2-7][0-9a-fA-F])|0{0,5}(3[2-9]|[4-9][0-9]|1[01][0-9]|12[0-6]));|%(2[BbFf]|3[AaDd])|(\/\$\(\)\/)/g;
/** A carriage return alone (a CR LF pair's CR is dropped before): a line break in a file saved with CR endings. */
const LONE_CR = /\r/g;
/**
 * A line as it shows: invisible characters dropped, `\u0041` / `\x41` escapes, percent-encoded letters and the
 * embedding escapes decoded, a lone CR a line break (so the result may be several lines).
 */
function shownLine(line) {
    return line
        .replace(INVISIBLE, '')
        .replace(ASCII_ESCAPE, (_, hex, octal) => String.fromCharCode(octal !== undefined ? parseInt(octal, 8) : parseInt(hex ?? '', 16)))
        .replace(UNRESERVED_PERCENT, (_, hex) => String.fromCharCode(parseInt(hex, 16)))
        .replace(EMBEDDING_ESCAPE, (all, hexEntity, decEntity, percent, xcode) => {
        if (hexEntity !== undefined)
            return String.fromCharCode(parseInt(hexEntity, 16));
        if (decEntity !== undefined)
            return String.fromCharCode(parseInt(decEntity, 10));
        if (percent !== undefined)
            return String.fromCharCode(parseInt(percent, 16));
        return xcode !== undefined ? '//' : '/';
    })
        .replace(LONE_CR, '\n');
}
/** Any of what shownLine decodes or drops: a line holding none is shown as it is. */
const HIDDEN_ANY = new RegExp(
// eslint-disable-next-line no-misleading-character-class -- INVISIBLE's combining characters, on purpose (above)
`${INVISIBLE.source}|${ASCII_ESCAPE.source}|${UNRESERVED_PERCENT.source}|${EMBEDDING_ESCAPE.source}|${LONE_CR.source}`, 'g');
/** Any of what shownLine decodes or drops, tested once (not global: no lastIndex to reset). */
// eslint-disable-next-line no-misleading-character-class -- as HIDDEN_ANY
const HIDDEN_ONE = new RegExp(HIDDEN_ANY.source);
/** The value as it shows (see shownLine): what its fingerprint is taken over. */
function shownValue(v) {
    return HIDDEN_ONE.test(v) ? shownLine(v) : v;
}


/***/ })

};

//# sourceMappingURL=543.index.js.map