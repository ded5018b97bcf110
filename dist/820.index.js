export const id = 820;
export const ids = [820];
export const modules = {

/***/ 95820:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ MAX_ITEMIZED_PER_FILE),
/* harmony export */   v: () => (/* binding */ MAX_ITEMIZED)
/* harmony export */ });
/**
 * Types of the secrets engine and of the facts the `secrets` collector stores in record.facts.secrets.
 * No type here ever holds a detected value: findings carry a redacted preview and a keyed fingerprint.
 */
/** Findings listed per file of each kind: new, allowed inline, baselined (a dump of 100,000 credentials is not 100,000 entries of evidence). */
const MAX_ITEMIZED_PER_FILE = 100;
/** Findings listed in all. */
const MAX_ITEMIZED = 2000;
/** Facts of the `secrets` group: findings (preview and fingerprint, never a value) in the lines the change adds. */


/***/ })

};

//# sourceMappingURL=820.index.js.map