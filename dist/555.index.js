export const id = 555;
export const ids = [555];
export const modules = {

/***/ 28570:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ ADJUSTERS)
/* harmony export */ });
/* unused harmony export emergencyWaivers */
/* harmony import */ var _controls_change_emergency_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6488);
/** Verdict adjusters run after all controls (pure). */

/**
 * An emergency change (the policy's label on the PR, change.emergency enabled) waives the listed review
 * controls: a failing or unverifiable verdict becomes `pass` with `waived` set, keeping its reason and
 * findings as evidence. change.emergency itself then demands a retrospective approval after merge.
 */
const emergencyWaivers = (record, policy, verdicts) => {
    const settings = policy.controls['change.emergency'];
    if (!settings?.enabled)
        return verdicts;
    const waiver = (0,_controls_change_emergency_js__WEBPACK_IMPORTED_MODULE_0__/* .emergencyWaiver */ .kO)(record, settings.params);
    if (!waiver.active)
        return verdicts;
    return verdicts.map(v => {
        if (!waiver.waives.includes(v.control) || (v.status !== 'fail' && v.status !== 'not_verified'))
            return v;
        return {
            ...v,
            status: 'pass',
            effect: 'none',
            reason: `Waived: emergency change (label '${waiver.label}'). Without the waiver: ${v.status === 'fail' ? 'fail' : 'not verified'} — ${v.reason}`,
            waived: {
                by: `label '${waiver.label}'`,
                reason: `Emergency change; change.emergency requires a retrospective approval within ${String(settings.params['retro-approval-hours'] ?? 72)} h of merge.`
            }
        };
    });
};
const ADJUSTERS = [emergencyWaivers];


/***/ }),

/***/ 91632:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _3: () => (/* binding */ evaluate),
/* harmony export */   eh: () => (/* binding */ summarize)
/* harmony export */ });
/* unused harmony export effectOf */
/* harmony import */ var _catalog_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92162);
/**
 * Evaluation: pure. (policy, record) → one verdict per enabled control, each with its effect on the gate.
 * A control that throws yields `not_verified` with the error — an error never passes and is never dropped.
 */

function effectOf(status, onFail, onNotVerified) {
    if (status === 'fail')
        return onFail === 'fail' ? 'blocking' : 'warning';
    if (status === 'not_verified')
        return onNotVerified === 'fail' ? 'blocking' : 'warning';
    return 'none';
}
function evaluate(controls, policy, record, adjusters = [], fatalErrors = []) {
    const enabled = controls.filter(c => policy.controls[c.meta.id]?.enabled);
    const context = { enabledControls: new Set(enabled.map(c => c.meta.id)) };
    let verdicts = enabled.map(control => {
        const settings = policy.controls[control.meta.id];
        let outcome;
        try {
            outcome = control.evaluate(record, settings.params, context);
        }
        catch (error) {
            outcome = {
                status: 'not_verified',
                reason: `The control raised an error while evaluating: ${error?.message ?? String(error)}`,
                remedy: 'This is a defect in compliance-gate; report it with the evidence bundle.'
            };
        }
        return {
            control: control.meta.id,
            title: control.meta.title,
            status: outcome.status,
            reason: outcome.reason,
            ...(outcome.status === 'fail' || outcome.status === 'not_verified'
                ? { remedy: outcome.remedy ?? (outcome.status === 'fail' ? control.meta.remedy : undefined) }
                : outcome.remedy
                    ? { remedy: outcome.remedy }
                    : {}),
            evidence: outcome.evidence ?? [],
            findings: outcome.findings ?? [],
            mappings: control.meta.mappings,
            requirements: (0,_catalog_index_js__WEBPACK_IMPORTED_MODULE_0__/* .requirementsFor */ .eK)(control.meta.id),
            ...(outcome.waived ? { waived: outcome.waived } : {}),
            effect: effectOf(outcome.status, settings.on_fail, outcome.notVerifiedEscalation ?? settings.on_not_verified)
        };
    });
    for (const adjust of adjusters)
        verdicts = adjust(record, policy, verdicts);
    return summarize(verdicts, fatalErrors);
}
function summarize(verdicts, fatalErrors = []) {
    const counts = { pass: 0, fail: 0, not_verified: 0, not_applicable: 0 };
    for (const v of verdicts)
        counts[v.status]++;
    const failed = verdicts.filter(v => v.status === 'fail').map(v => v.control);
    const notVerified = verdicts.filter(v => v.status === 'not_verified').map(v => v.control);
    const blocking = verdicts.some(v => v.effect === 'blocking');
    const result = fatalErrors.length > 0 ? 'error' : blocking ? 'fail' : 'pass';
    const warnings = verdicts.filter(v => v.effect === 'warning').map(v => `${v.control}: ${v.reason}`);
    return { result, verdicts, counts, failed_controls: failed, not_verified_controls: notVerified, warnings };
}


/***/ }),

/***/ 33555:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PublishRefused: () => (/* binding */ PublishRefused),
  expectationFromEvent: () => (/* binding */ expectationFromEvent),
  loadBundleForPublish: () => (/* binding */ loadBundleForPublish)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/evidence/bundle.ts + 1 modules
var bundle = __webpack_require__(16799);
// EXTERNAL MODULE: ./src/policy/path.ts
var path = __webpack_require__(78563);
// EXTERNAL MODULE: ./src/collect/secrets.ts + 2 modules
var secrets = __webpack_require__(1710);
// EXTERNAL MODULE: ./src/model/facts/codeowners.ts
var codeowners = __webpack_require__(96292);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/controls/index.ts + 20 modules
var src_controls = __webpack_require__(30578);
// EXTERNAL MODULE: ./src/evaluate/adjusters.ts
var adjusters = __webpack_require__(28570);
// EXTERNAL MODULE: ./src/evaluate/evaluate.ts
var evaluate = __webpack_require__(91632);
// EXTERNAL MODULE: ./src/evidence/sign.ts
var sign = __webpack_require__(65276);
;// CONCATENATED MODULE: ./src/evidence/sign-verify.ts
/**
 * Checking a bundle's attestation offline: the signature (against a public key, or a Sigstore trusted root
 * and an expected workflow identity), then that the signed statement covers exactly the files on disk and
 * says what the manifest and results.json say. Sigstore libraries load only when a Sigstore bundle is checked.
 */



/** An attestation is small; anything bigger is not one of ours. */
const MAX_ATTESTATION_BYTES = 4 * 1024 * 1024;
async function readAttestation(dir, name) {
    let info;
    try {
        info = await (0,promises_.lstat)((0,external_node_path_.join)(dir, name));
    }
    catch {
        return null;
    }
    if (!info.isFile())
        throw new Error(`${name} is not a regular file`);
    if (info.size > MAX_ATTESTATION_BYTES)
        throw new Error(`${name} is ${info.size} bytes, more than an attestation can be`);
    return (0,promises_.readFile)((0,external_node_path_.join)(dir, name));
}
async function checkSignature(dir, facts, options) {
    const check = { status: 'unsigned', signer: null, problems: [], notes: [] };
    const bad = (message) => ({ ...check, status: 'bad-signature', problems: [...check.problems, message] });
    let dsse;
    let sigstore;
    try {
        dsse = await readAttestation(dir, sign/* KEY_ATTESTATION_FILE */.QX);
        sigstore = await readAttestation(dir, sign/* SIGSTORE_ATTESTATION_FILE */.jd);
    }
    catch (error) {
        return bad(`attestation: ${error.message}`);
    }
    const listed = facts.manifest.attestation?.path;
    if (!dsse && !sigstore) {
        if (listed)
            return bad(`the manifest says the bundle is signed (${listed}) but the attestation file is missing`);
        return check;
    }
    if (dsse && sigstore)
        return bad(`the bundle holds both ${sign/* KEY_ATTESTATION_FILE */.QX} and ${sign/* SIGSTORE_ATTESTATION_FILE */.jd}; a bundle is signed once`);
    const name = dsse ? sign/* KEY_ATTESTATION_FILE */.QX : sign/* SIGSTORE_ATTESTATION_FILE */.jd;
    if (listed !== name || !facts.manifest.files.some(f => f.path === name))
        return bad(`${name} is in the bundle but the manifest does not list it as the attestation`);
    const kind = facts.manifest.attestation?.kind;
    if (kind !== undefined && kind !== (dsse ? 'dsse' : 'sigstore'))
        return bad(`the manifest calls the attestation ${String(kind)}, but ${name} is ${dsse ? 'dsse' : 'sigstore'}`);
    let payload;
    let result;
    try {
        ;
        ({ payload, result } = dsse ? checkDsse(dsse, options) : await checkSigstore(sigstore, options));
    }
    catch (error) {
        return bad(`${name}: ${error.message}`);
    }
    if (result.status === 'bad-signature' || result.status === 'other-identity')
        return result;
    const contentProblems = checkStatement(payload, facts);
    if (contentProblems.length)
        return { ...result, status: 'bad-signature', problems: contentProblems };
    return result;
}
// ------------------------------------------------------------------------------------------------ key / DSSE
function checkDsse(bytes, options) {
    const envelope = JSON.parse(bytes.toString('utf8'));
    if (envelope.payloadType !== sign/* DSSE_PAYLOAD_TYPE */.kM)
        throw new Error(`payloadType is '${String(envelope.payloadType)}', not ${sign/* DSSE_PAYLOAD_TYPE */.kM}`);
    if (typeof envelope.payload !== 'string' || !Array.isArray(envelope.signatures) || envelope.signatures.length === 0)
        throw new Error('not a DSSE envelope with signatures');
    const payload = Buffer.from(envelope.payload, 'base64');
    const keyids = envelope.signatures.map(s => String(s.keyid ?? ''));
    if (!options.keyPem) {
        return {
            payload,
            result: {
                status: 'unchecked',
                signer: `key ${keyids.join(', ')} (claimed, not checked)`,
                problems: [],
                // The keyid is the attestation's own claim: anyone can copy it beside signature bytes that prove nothing.
                notes: [
                    `the signature was NOT checked: the attestation claims key ${keyids.join(', ')} (keyid = SHA-256 of the public key), which proves nothing until checked; give --key PUB.pem (the signer's public key) to check it`
                ]
            }
        };
    }
    const key = (0,sign/* loadVerificationKey */.LX)(options.keyPem);
    const message = (0,sign/* pae */.Zg)(envelope.payloadType, payload);
    const good = envelope.signatures.some(s => (0,sign/* verifyDsseSignature */.By)(key.publicKey, key.algorithm, message, Buffer.from(String(s.sig ?? ''), 'base64')));
    if (good)
        return { payload, result: { status: 'verified', signer: `key ${key.keyid}`, problems: [], notes: [] } };
    if (!keyids.includes(key.keyid))
        return {
            payload,
            result: {
                status: 'other-identity',
                signer: `key ${keyids.join(', ')}`,
                problems: [`signed by another key (${keyids.join(', ')}), not by the given key ${key.keyid}`],
                notes: []
            }
        };
    return {
        payload,
        result: {
            status: 'bad-signature',
            signer: `key ${key.keyid}`,
            problems: [`the signature does not verify with the given key ${key.keyid}: the attestation was altered`],
            notes: []
        }
    };
}
// ------------------------------------------------------------------------------------------ keyless / Sigstore
/** Trusted roots from one JSON document, a JSON array, or JSON lines. */
function parseTrustedRoots(text) {
    const trimmed = text.trim();
    try {
        const whole = JSON.parse(trimmed);
        return (Array.isArray(whole) ? whole : [whole]);
    }
    catch {
        return trimmed
            .split('\n')
            .filter(l => l.trim())
            .map(l => JSON.parse(l));
    }
}
async function checkSigstore(bytes, options) {
    const [{ bundleFromJSON, isBundleWithDsseEnvelope }, { Verifier, toSignedEntity, toTrustMaterial }, { TrustedRoot }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(654), __webpack_require__.e(40)]).then(__webpack_require__.bind(__webpack_require__, 61040)),
        Promise.all(/* import() */[__webpack_require__.e(654), __webpack_require__.e(917), __webpack_require__.e(187)]).then(__webpack_require__.bind(__webpack_require__, 54187)),
        __webpack_require__.e(/* import() */ 654).then(__webpack_require__.t.bind(__webpack_require__, 19654, 23))
    ]);
    const bundle = bundleFromJSON(JSON.parse(bytes.toString('utf8')));
    if (!isBundleWithDsseEnvelope(bundle))
        throw new Error('the Sigstore bundle holds no DSSE envelope');
    const envelope = bundle.content.dsseEnvelope;
    if (envelope.payloadType !== sign/* DSSE_PAYLOAD_TYPE */.kM)
        throw new Error(`payloadType is '${envelope.payloadType}', not ${sign/* DSSE_PAYLOAD_TYPE */.kM}`);
    const payload = Buffer.from(envelope.payload);
    const rootsText = options.trustedRoot ?? (await __webpack_require__.e(/* import() */ 345).then(__webpack_require__.bind(__webpack_require__, 33345))).SIGSTORE_TRUSTED_ROOTS;
    const roots = parseTrustedRoots(rootsText);
    // A short-lived certificate needs a trusted time: a transparency-log entry (public-good) or an RFC 3161
    // timestamp (GitHub's instance, which has no log). Require what the bundle carries, at least one of them.
    const tlogs = bundle.verificationMaterial.tlogEntries.length;
    const tsas = bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps.length ?? 0;
    if (tlogs === 0 && tsas === 0)
        throw new Error('the Sigstore bundle has neither a transparency-log entry nor a signed timestamp');
    const entity = toSignedEntity(bundle);
    const failures = [];
    let signer = null;
    for (const root of roots) {
        try {
            const trusted = TrustedRoot.fromJSON(root);
            // Certificate-transparency proof (an embedded SCT) is required when the root names CT logs, as for the
            // public-good instance; GitHub's instance has none.
            const verifier = new Verifier(toTrustMaterial(trusted), {
                tlogThreshold: tlogs > 0 ? 1 : 0,
                tsaThreshold: tlogs > 0 ? 0 : 1,
                ctlogThreshold: trusted.ctlogs.length > 0 ? 1 : 0
            });
            signer = verifier.verify(entity);
            break;
        }
        catch (error) {
            failures.push(error.message);
        }
    }
    if (!signer) {
        return {
            payload,
            result: {
                status: 'bad-signature',
                signer: null,
                problems: [`the Sigstore signature does not verify against the trusted root${roots.length > 1 ? 's' : ''}: ${[...new Set(failures)].join('; ')}`],
                notes: []
            }
        };
    }
    const san = signer.identity?.subjectAlternativeName ?? '';
    const issuer = signer.identity?.extensions?.issuer ?? '';
    const who = `${san || '(no identity)'} (issuer ${issuer || 'unknown'})`;
    const wanted = Boolean(options.identity || options.identityRegexp || options.issuer);
    if (!wanted) {
        return {
            payload,
            result: {
                status: 'unchecked',
                signer: who,
                problems: [],
                notes: [`signed keyless by ${who}; give --certificate-identity and --certificate-oidc-issuer to check who signed`]
            }
        };
    }
    const mismatches = [];
    if (options.identity && san !== options.identity)
        mismatches.push(`identity is ${san || '(none)'}, expected ${options.identity}`);
    if (options.identityRegexp && !new RegExp(`^(?:${options.identityRegexp})$`).test(san))
        mismatches.push(`identity ${san || '(none)'} does not match ${options.identityRegexp}`);
    if (options.issuer && issuer !== options.issuer)
        mismatches.push(`issuer is ${issuer || '(none)'}, expected ${options.issuer}`);
    if (!options.issuer)
        mismatches.push('no --certificate-oidc-issuer given: an identity is only meaningful with its issuer');
    if (!options.identity && !options.identityRegexp)
        mismatches.push('no --certificate-identity given: the issuer alone does not say which workflow signed');
    if (mismatches.length)
        return { payload, result: { status: 'other-identity', signer: who, problems: [`signed by another identity: ${mismatches.join('; ')}`], notes: [] } };
    return { payload, result: { status: 'verified', signer: who, problems: [], notes: [] } };
}
// ------------------------------------------------------------------------------------- what the statement says
/** The signed statement must cover exactly the bundle's files as they are and agree with the manifest. */
function checkStatement(payload, facts) {
    let statement;
    try {
        statement = JSON.parse(payload.toString('utf8'));
    }
    catch {
        return ['the signed payload is not JSON'];
    }
    const problems = [];
    if (statement._type !== sign/* STATEMENT_TYPE */.zG)
        problems.push(`the signed payload is not an in-toto Statement v1 (_type ${String(statement._type)})`);
    if (statement.predicateType !== sign/* PREDICATE_TYPE */.To)
        problems.push(`the signed statement's predicateType is ${String(statement.predicateType)}, not ${sign/* PREDICATE_TYPE */.To}`);
    const signed = new Map();
    for (const s of Array.isArray(statement.subject) ? statement.subject : [])
        signed.set(String(s?.name), String(s?.digest?.sha256));
    for (const [name, sha] of facts.digests) {
        const want = signed.get(name);
        if (want === undefined)
            problems.push(`${name} is not covered by the signature (added after signing)`);
        else if (want !== sha)
            problems.push(`${name} differs from the signed copy (signed sha256 ${want}, now ${sha}): the file was changed after signing`);
    }
    for (const name of signed.keys())
        if (!facts.digests.has(name))
            problems.push(`${name} was signed but is no longer in the bundle`);
    const p = statement.predicate;
    if (p) {
        const m = facts.manifest;
        if (p.gate?.result !== m.result)
            problems.push(`the manifest says result ${m.result}, the signed statement ${String(p.gate?.result)}`);
        if (facts.result !== null && p.gate?.result !== facts.result)
            problems.push(`results.json says result ${facts.result}, the signed statement ${String(p.gate?.result)}`);
        if (p.policy?.sha256 !== m.policy?.sha256)
            problems.push("the manifest's policy digest differs from the signed one");
        if (p.change?.repository !== m.subject?.repository ||
            p.change?.head_sha !== m.subject?.head_sha ||
            (p.change?.pull_request ?? null) !== (m.subject?.pull_request ?? null))
            problems.push(`the manifest's change (${m.subject?.repository} #${m.subject?.pull_request} @ ${m.subject?.head_sha}) differs from the signed one (${p.change?.repository} #${p.change?.pull_request} @ ${p.change?.head_sha})`);
        // The manifest is rewritten after signing (it lists the attestation): what it says of the run must be what was signed.
        if (p.tool?.version !== m.tool?.version || p.tool?.name !== m.tool?.name)
            problems.push(`the manifest names tool ${m.tool?.name} ${m.tool?.version}, the signed statement ${String(p.tool?.name)} ${String(p.tool?.version)}`);
        if (p.bundle?.created_at !== m.created_at)
            problems.push(`the manifest's created_at ${m.created_at} differs from the signed ${String(p.bundle?.created_at)}`);
        if ((p.change?.base_sha ?? null) !== (m.subject?.base_sha ?? null) || (p.change?.kind ?? null) !== (m.subject?.kind ?? null))
            problems.push("the manifest's base commit or kind of change differs from the signed one");
    }
    else {
        problems.push('the signed statement has no predicate');
    }
    return problems;
}

// EXTERNAL MODULE: ./src/model/record.ts
var model_record = __webpack_require__(2860);
;// CONCATENATED MODULE: ./src/verify.ts
/**
 * Re-performance of a bundle, offline: every digest in the manifest is recomputed, every verdict is
 * re-evaluated from record.json with the recorded policy, and the attestation (when there is one) is checked
 * against the given key or Sigstore trusted root. Any difference is reported by name and by kind.
 *
 * The manifest is input from whoever handed over the bundle: its entries must be plain file names of
 * regular files inside the bundle (no separators, no `..`, no absolute paths, no symlinks or devices), each
 * under a size cap, so verifying a bundle never reads anything outside it.
 */










/** Record versions this verifier can re-perform (v2: typed fact groups, same verdict inputs). */
const SUPPORTED_RECORD_VERSIONS = model_record/* READABLE_RECORD_VERSIONS */.bp;
/** No bundle file comes near this; a bigger one is refused rather than read. */
const MAX_BUNDLE_FILE_BYTES = 256 * 1024 * 1024;
const MAX_MANIFEST_BYTES = 16 * 1024 * 1024;
const FAILURE_ORDER = ['bad-signature', 'other-identity', 'digest', 'verdict', 'unsupported', 'unsigned'];
/** A manifest entry is a plain file name in the bundle directory. */
function unsafeEntryReason(path) {
    if (typeof path !== 'string' || path === '')
        return 'is not a file name';
    if (path === '.' || path === '..' || path.includes('..'))
        return "contains '..'";
    if (/[/\\]/.test(path))
        return 'is a path, not a plain file name in the bundle';
    if (/^[A-Za-z]:/.test(path))
        return 'is an absolute path';
    if (/[\u0000-\u001f\u007f]/.test(path))
        return 'contains control characters';
    if (path === 'manifest.json')
        return 'is the manifest itself';
    return null;
}
/** Read a regular file inside the bundle without following a symlink, refusing devices and oversize files. */
async function readBundleFile(dir, name, cap) {
    const full = (0,external_node_path_.join)(dir, name);
    const info = await (0,promises_.lstat)(full);
    if (info.isSymbolicLink())
        throw new Error('is a symbolic link; bundle files must be regular files');
    if (!info.isFile())
        throw new Error('is not a regular file');
    if (info.size > cap)
        throw new Error(`is ${info.size} bytes, over the ${cap}-byte limit`);
    // O_NOFOLLOW: a file swapped for a symlink between lstat and open is refused too.
    const handle = await (0,promises_.open)(full, external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NOFOLLOW ?? 0) | (external_node_fs_.constants.O_NONBLOCK ?? 0));
    try {
        const opened = await handle.stat();
        if (!opened.isFile())
            throw new Error('is not a regular file');
        if (opened.size > cap)
            throw new Error(`is ${opened.size} bytes, over the ${cap}-byte limit`);
        const buffer = Buffer.alloc(opened.size);
        let offset = 0;
        while (offset < buffer.length) {
            const { bytesRead } = await handle.read(buffer, offset, buffer.length - offset, offset);
            if (bytesRead === 0)
                break;
            offset += bytesRead;
        }
        return buffer.subarray(0, offset);
    }
    finally {
        await handle.close();
    }
}
async function verifyBundle(dir, controlsOrOptions = {}) {
    const options = Array.isArray(controlsOrOptions)
        ? { controls: controlsOrOptions }
        : controlsOrOptions;
    const controls = options.controls ?? src_controls/* CONTROLS */.V;
    const failures = [];
    const warnings = [];
    const fail = (kind, message) => failures.push({ kind, message });
    const report = (files, verdicts, signature, recordVersion, subject = null) => {
        const worst = FAILURE_ORDER.find(k => failures.some(f => f.kind === k)) ?? null;
        return {
            ok: failures.length === 0,
            subject,
            problems: failures.map(f => f.message),
            failures,
            worst,
            warnings,
            checked: { files, verdicts },
            signature,
            record_version: recordVersion
        };
    };
    const noSignature = { status: 'unsigned', signer: null, problems: [], notes: [] };
    let manifest;
    try {
        manifest = JSON.parse((await readBundleFile(dir, 'manifest.json', MAX_MANIFEST_BYTES)).toString('utf8'));
        if (!manifest || typeof manifest !== 'object' || !Array.isArray(manifest.files))
            throw new Error('it has no files list');
    }
    catch (error) {
        fail('digest', `manifest.json cannot be read: ${error.message}`);
        return report(0, 0, noSignature, null);
    }
    const texts = new Map();
    /** Content files (the attestation excluded) and their digests as read from disk, for the signature check. */
    const digests = new Map();
    const seen = new Set();
    for (const file of manifest.files) {
        const path = file?.path;
        const unsafe = unsafeEntryReason(path);
        if (unsafe) {
            fail('digest', `manifest entry ${JSON.stringify(path)} ${unsafe}; not read (entries must be plain file names inside the bundle)`);
            continue;
        }
        const name = path;
        if (seen.has(name)) {
            fail('digest', `${name}: listed twice in the manifest`);
            continue;
        }
        seen.add(name);
        try {
            const bytes = await readBundleFile(dir, name, MAX_BUNDLE_FILE_BYTES);
            const actual = (0,bundle/* digest */.br)(bytes);
            if (!sign/* ATTESTATION_FILES */.pq.includes(name)) {
                texts.set(name, bytes.toString('utf8'));
                digests.set(name, actual);
            }
            if (actual !== file.sha256)
                fail('digest', `${name}: sha256 is ${actual}, manifest says ${file.sha256} (the file was changed)`);
        }
        catch (error) {
            const code = error.code;
            fail('digest', `${name}: listed in the manifest but ${code === 'ENOENT' ? 'cannot be read (ENOENT)' : code === 'ELOOP' ? 'is a symbolic link; bundle files must be regular files' : code ? `cannot be read (${code})` : error.message}`);
        }
    }
    try {
        const unlisted = (await (0,promises_.readdir)(dir)).filter(name => name !== 'manifest.json' && !seen.has(name));
        for (const name of unlisted) {
            // When a signature is required the bundle must hold exactly the files it signs; otherwise a warning.
            if (options.requireSignature)
                fail('digest', `${name}: in the bundle directory but not listed in the manifest; a signed bundle holds exactly the files it signs`);
            else
                warnings.push(`${name}: in the bundle directory but not listed in the manifest; not verified and not covered by any signature — do not rely on it`);
        }
    }
    catch {
        // the directory listing is only for this warning
    }
    for (const required of ['record.json', 'policy.json', 'results.json']) {
        if (!seen.has(required))
            fail('digest', `${required}: missing from the manifest`);
    }
    const policyText = texts.get('policy.json');
    if (policyText && (0,bundle/* digest */.br)(policyText) !== manifest.policy?.sha256)
        fail('digest', 'policy.json: does not match the policy digest in the manifest');
    let verdicts = 0;
    let subject = null;
    let recordVersion = null;
    let recordedResult = null;
    try {
        const record = (0,model_record/* readableRecord */.CS)(JSON.parse(texts.get('record.json') ?? 'null'));
        const policy = JSON.parse(policyText ?? 'null');
        const recorded = JSON.parse(texts.get('results.json') ?? 'null');
        if (!record || !recorded)
            throw new Error('record.json or results.json is missing');
        recordedResult = typeof recorded.result === 'string' ? recorded.result : null;
        recordVersion = typeof record.record_version === 'number' ? record.record_version : null;
        if (manifest.result !== recorded.result)
            fail('verdict', `manifest result '${manifest.result}' differs from results.json '${recorded.result}'`);
        // One change throughout: the record's, the results' and the manifest's subject name the same commits.
        subject = subjectOf(recorded.subject);
        if (subject.repository === null || subject.head_sha === null)
            fail('verdict', 'results.json names no subject (its repository and head commit)');
        const recordSubject = { ...record.subject, repository: record.repository?.full_name ?? null };
        const betweenOthers = subjectMismatch(manifest.subject, recordSubject);
        if (betweenOthers)
            fail('verdict', `manifest.json's subject differs from record.json's: ${betweenOthers}`);
        for (const [name, other] of [
            ['record.json', recordSubject],
            ['manifest.json', manifest.subject]
        ]) {
            const problem = subjectMismatch(recorded.subject, other);
            if (problem)
                fail('verdict', `${name}'s subject differs from results.json's: ${problem}`);
        }
        if (recordVersion === null || !SUPPORTED_RECORD_VERSIONS.includes(recordVersion)) {
            fail('unsupported', `record.json has record_version ${JSON.stringify(record.record_version ?? null)}, which this version of compliance-gate does not support (it reads ${SUPPORTED_RECORD_VERSIONS.join(' and ')}); the verdicts were not re-performed — use the compliance-gate version named in the manifest`);
        }
        else if (policy && !policy.error) {
            const again = (0,evaluate/* evaluate */._3)(controls, policy, record, adjusters/* ADJUSTERS */.m, recorded.errors ?? []);
            const byId = new Map(again.verdicts.map(v => [v.control, v]));
            for (const original of recorded.verdicts) {
                verdicts++;
                const now = byId.get(original.control);
                if (!now) {
                    fail('verdict', `${original.control}: recorded as ${original.status} but the control is not known to this version or not enabled by the recorded policy`);
                    continue;
                }
                if (now.status !== original.status)
                    fail('verdict', `${original.control}: recorded ${original.status}, re-evaluated ${now.status}`);
                else if (now.effect !== original.effect)
                    fail('verdict', `${original.control}: recorded effect ${original.effect}, re-evaluated ${now.effect}`);
                else if (JSON.stringify(now.findings.map(f => [f.status, f.subject])) !== JSON.stringify(original.findings.map(f => [f.status, f.subject])))
                    fail('verdict', `${original.control}: findings differ on re-evaluation`);
                // And every other field a reader or an export takes from it (reason, remedy, waiver, findings' messages, mappings …).
                else {
                    const field = differingField(original, now);
                    if (field !== null)
                        fail('verdict', `${original.control}: the recorded ${field} differs from the re-evaluated one`);
                }
                byId.delete(original.control);
            }
            for (const extra of byId.keys())
                fail('verdict', `${extra}: re-evaluation gives a verdict that results.json does not record`);
            if (again.result !== recorded.result)
                fail('verdict', `gate result: recorded ${recorded.result}, re-evaluated ${again.result}`);
            // The summary fields are read on their own (a CSV export, a dashboard): each must agree with the verdicts.
            for (const key of ['failed_controls', 'not_verified_controls'])
                if (JSON.stringify(recorded[key] ?? []) !== JSON.stringify(again[key]))
                    fail('verdict', `results.json ${key} differ from the verdicts'`);
            const counts = (recorded.counts ?? {});
            if (Object.entries(again.counts).some(([k, n]) => counts[k] !== n))
                fail('verdict', "results.json counts differ from the verdicts'");
        }
        else if (recorded.verdicts.length > 0) {
            fail('verdict', 'policy.json holds no policy, yet results.json records verdicts');
        }
    }
    catch (error) {
        fail('verdict', `re-evaluation failed: ${error.message}`);
    }
    const signature = await checkSignature(dir, { manifest, digests, result: recordedResult }, options.signature ?? {});
    switch (signature.status) {
        case 'bad-signature':
        case 'other-identity':
            for (const p of signature.problems)
                fail(signature.status, `signature: ${p}`);
            break;
        case 'unsigned':
            if (options.requireSignature)
                fail('unsigned', 'the bundle is not signed (no attestation.dsse.json or attestation.sigstore.json) and --require-signature was given');
            else
                warnings.push('the bundle is not signed: this proves the files agree with each other, not who wrote them');
            break;
        case 'unchecked':
            if (options.requireSignature)
                fail('unsigned', `signature present but not checked: ${signature.notes.join('; ')}`);
            else
                warnings.push(...signature.notes);
            break;
        case 'verified':
            break;
    }
    return report(manifest.files.length, verdicts, signature, recordVersion, subject);
}
function subjectOf(s) {
    return {
        repository: typeof s?.repository === 'string' ? s.repository : null,
        kind: typeof s?.kind === 'string' ? s.kind : null,
        pull_request: typeof s?.pull_request === 'number' ? s.pull_request : null,
        head_sha: typeof s?.head_sha === 'string' ? s.head_sha : null,
        base_sha: typeof s?.base_sha === 'string' ? s.base_sha : null
    };
}
/** How two subjects differ in repository, kind, pull request or commits (a field one of them lacks is not compared). */
function subjectMismatch(a, b) {
    const x = subjectOf(a);
    const y = subjectOf(b);
    const out = [];
    for (const key of ['repository', 'kind', 'pull_request', 'head_sha', 'base_sha']) {
        if (x[key] !== null && y[key] !== null && String(x[key]).toLowerCase() !== String(y[key]).toLowerCase())
            out.push(`${key} ${y[key]} vs ${x[key]}`);
    }
    return out.length > 0 ? out.join(', ') : null;
}
/** The first top-level field whose value differs between a recorded and a re-evaluated verdict, or null. */
function differingField(recorded, again) {
    for (const key of new Set([...Object.keys(recorded), ...Object.keys(again)])) {
        if ((0,bundle/* stableJson */._Y)(recorded[key] ?? null) !== (0,bundle/* stableJson */._Y)(again[key] ?? null))
            return key;
    }
    return null;
}

;// CONCATENATED MODULE: ./src/report/publish.ts
/**
 * Publishing from a bundle: the `workflow_run` half of the fork-PR pattern.
 *
 * The `pull_request` run (read-only token) judges and uploads the bundle as an artifact; a `workflow_run`
 * workflow in the base repository downloads it and publishes the check run, comment and SARIF with a write
 * token. The bundle is data only: it is re-verified (every digest, every verdict re-performed from record.json
 * by src/verify.ts) and refused unless its subject is the triggering run's head commit in this repository
 * and, for a pull request, that PR's current head (read through the API). Nothing from the PR is checked out
 * or run.
 */







class PublishRefused extends Error {
    problems;
    constructor(problems) {
        super(`compliance-gate refuses to publish this bundle:\n${problems.map(p => `- ${p}`).join('\n')}`);
        this.problems = problems;
        this.name = 'PublishRefused';
    }
}
/** What the triggering workflow_run says: its head SHA (the PR head for pull_request runs). */
function expectationFromEvent(eventName, payload, repository) {
    if (eventName !== 'workflow_run')
        return { repository, headSha: null };
    const sha = payload.workflow_run?.head_sha;
    return { repository, headSha: typeof sha === 'string' && /^[0-9a-f]{40}$/.test(sha) ? sha : null };
}
async function loadBundleForPublish(dir, expect, api) {
    const report = await verifyBundle(dir);
    if (!report.ok)
        throw new PublishRefused(report.problems.map(p => `verification: ${p}`));
    const read = (f) => (0,promises_.readFile)((0,external_node_path_.join)(dir, f), 'utf8');
    const manifestText = await read('manifest.json');
    const manifest = JSON.parse(manifestText);
    const record = JSON.parse(await read('record.json'));
    const results = JSON.parse(await read('results.json'));
    const policyJson = JSON.parse(await read('policy.json'));
    const summary = manifest.files.some(f => f.path === 'summary.md') ? await read('summary.md') : '';
    const problems = [];
    const repo = `${record.repository?.owner}/${record.repository?.name}`;
    if (repo.toLowerCase() !== expect.repository.toLowerCase() || results.subject?.repository?.toLowerCase() !== expect.repository.toLowerCase()) {
        problems.push(`the bundle judges ${repo}, not this repository (${expect.repository})`);
    }
    const head = record.subject?.head_sha;
    if (!expect.headSha)
        problems.push('the triggering head commit is unknown (run on workflow_run, or give --head-sha)');
    else if (head !== expect.headSha)
        problems.push(`the bundle judges ${head || 'an unknown commit'}, but the triggering run was for ${expect.headSha}`);
    const prNumber = record.pull_request?.value?.number ?? results.subject?.pull_request ?? null;
    if (problems.length === 0 && prNumber && record.subject.kind === 'pull_request') {
        if (!api)
            problems.push(`pull request #${prNumber}'s head cannot be confirmed without a token`);
        else {
            const [owner, name] = expect.repository.split('/');
            const pr = await api.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', {
                owner,
                repo: name,
                pull_number: prNumber
            });
            if (!pr.ok)
                problems.push(`pull request #${prNumber} could not be read to confirm its head (${pr.status ?? 'no response'} ${pr.message})`);
            else if (pr.data.head?.sha !== head)
                problems.push(`pull request #${prNumber}'s head is ${pr.data.head?.sha ?? 'unknown'}, not the bundle's ${head} (a newer push is judged by its own run)`);
            else if (pr.data.base?.repo?.full_name && pr.data.base.repo.full_name.toLowerCase() !== expect.repository.toLowerCase())
                problems.push(`pull request #${prNumber} targets ${pr.data.base.repo.full_name}`);
            // The base decides the policy, CODEOWNERS and the secrets baseline: a run in a fork's workflow can check out a
            // base of its own making, so the bundle's base must be the one GitHub gives for the pull request.
            else if (!pr.data.base?.sha || pr.data.base.sha !== record.subject.base_sha) {
                // The base branch may have moved on since the run (another merge): the bundle stands when its base is an
                // ancestor of the PR's base and nothing the gate reads from the base changed in between.
                const moved = pr.data.base?.sha && record.subject.base_sha
                    ? await baseMovedHarmlessly(api, owner, name, record.subject.base_sha, pr.data.base.sha, policyJson)
                    : null;
                if (moved !== true)
                    problems.push(`the bundle judged the change against base ${record.subject.base_sha || 'unknown'}, but pull request #${prNumber}'s base is ${pr.data.base?.sha ?? 'unknown'} (its policy, CODEOWNERS and baseline come from there${moved ? `; ${moved}` : ''}): re-run the gate on the pull request`);
            }
        }
    }
    if (problems.length > 0)
        throw new PublishRefused(problems);
    return {
        record,
        timedOut: false,
        policy: policyJson.error ? null : policyJson,
        results,
        summary,
        bundle: { dir, manifestSha256: (0,bundle/* digest */.br)(manifestText), manifest }
    };
}
/**
 * True when `from` is an ancestor of `to` and no file the gate reads from the base changed between them (GitHub's
 * compare: `GET /repos/{owner}/{repo}/compare/{basehead}`); else why not.
 */
async function baseMovedHarmlessly(api, owner, repo, from, to, policy) {
    const answer = await api.request('GET /repos/{owner}/{repo}/compare/{basehead}', {
        owner,
        repo,
        basehead: `${from}...${to}`
    });
    if (!answer.ok)
        return `comparing the two bases failed (${answer.status ?? 'no response'} ${answer.message})`;
    if (answer.data.status !== 'ahead')
        return `the bundle's base is not an ancestor of the pull request's (${answer.data.status ?? 'unknown'})`;
    // What the gate reads from the base commit: the policy, CODEOWNERS (GitHub's three places) and the secrets baseline.
    const read = new Set([
        ...codeowners/* CODEOWNERS_LOCATIONS */.B,
        path/* DEFAULT_POLICY_PATH */.l,
        (0,secrets.resolveSecretsParams)(policy.controls?.['secrets.no-new-secrets']?.params).baseline,
        ...(policy.sources ?? []).filter(s => !s.bundled).map(s => s.path)
    ]);
    const touched = (answer.data.files ?? []).map(f => f.filename ?? '').filter(f => read.has(f));
    // GitHub lists at most 300 files of a comparison: with more, what changed is not known in full.
    if ((answer.data.files ?? []).length >= 300)
        return 'the bases differ in 300 files or more';
    return touched.length === 0 ? true : `${touched.join(', ')} changed since the bundle's base`;
}


/***/ })

};

//# sourceMappingURL=555.index.js.map