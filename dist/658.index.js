export const id = 658;
export const ids = [658];
export const modules = {

/***/ 25832:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ag: () => (/* binding */ expectNotIn),
/* harmony export */   CQ: () => (/* binding */ PASS),
/* harmony export */   Dp: () => (/* binding */ AWS_MANAGED_NOTE),
/* harmony export */   NF: () => (/* binding */ ResourceIndex),
/* harmony export */   QE: () => (/* binding */ NOT_APPLICABLE),
/* harmony export */   Qo: () => (/* binding */ missingByApiVersion),
/* harmony export */   Yg: () => (/* binding */ UNVERIFIED),
/* harmony export */   aI: () => (/* binding */ isResult),
/* harmony export */   bu: () => (/* binding */ requireCustomerKey),
/* harmony export */   fW: () => (/* binding */ expectIn),
/* harmony export */   kg: () => (/* binding */ combine),
/* harmony export */   kk: () => (/* binding */ lookupKey),
/* harmony export */   o3: () => (/* binding */ expectBool),
/* harmony export */   oX: () => (/* binding */ encryptedWithOptionalCmk),
/* harmony export */   qH: () => (/* binding */ defineCheck),
/* harmony export */   sx: () => (/* binding */ cmkOnly),
/* harmony export */   vR: () => (/* binding */ FAIL)
/* harmony export */ });
/* unused harmony exports classifyKey, apiVersionAtLeast */
/* harmony import */ var _model_facts_iac_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19078);

function defineCheck(check) {
    return check;
}
/** Index of every resource evaluated (changed or not), for cross-resource lookups. */
class ResourceIndex {
    byType = new Map();
    byAddress = new Map();
    constructor(resources) {
        for (const r of resources) {
            this.byAddress.set(r.address, r);
            const list = this.byType.get(r.type);
            if (list)
                list.push(r);
            else
                this.byType.set(r.type, [r]);
        }
    }
    get(address) {
        return this.byAddress.get(address);
    }
    /** Resources of a type in the same module instance (Terraform) or template (CFN/ARM). */
    sameModule(of, type) {
        return (this.byType.get(type) ?? []).filter(r => r.module === of.module && (r.provider !== 'cfn' && r.provider !== 'arm' ? true : r.file === of.file));
    }
    /**
     * Resources of `type` whose `attr` refers to `target` (a reference to the target's address, or the
     * same literal as the target's own `matchAttr`, e.g. a bucket name).
     */
    referencing(target, type, attr, matchAttr) {
        const literal = matchAttr ? target.attributes[matchAttr] : undefined;
        return this.sameModule(target, type).filter(r => {
            const v = r.attributes[attr];
            if ((0,_model_facts_iac_js__WEBPACK_IMPORTED_MODULE_0__/* .isRef */ .i9)(v))
                return v.$ref === target.address || v.$ref.startsWith(`${target.address}.`) || v.$ref.startsWith(`${target.address}[`);
            return typeof v === 'string' && typeof literal === 'string' && v === literal;
        });
    }
}
// ---------------------------------------------------------------------------------------------------
// helpers
const PASS = (message, attribute, line) => ({ status: 'pass', message, attribute, line });
const FAIL = (message, attribute, line) => ({ status: 'fail', message, attribute, line });
const UNVERIFIED = (message, attribute, line) => ({ status: 'not_verified', message, attribute, line });
const NOT_APPLICABLE = (message, attribute, line) => ({ status: 'not_applicable', message, attribute, line });
function unresolved(path, l) {
    const why = l.state === 'unknown' ? l.reason : l.state === 'ref' ? `a reference to ${l.ref}, known only at apply time` : 'unresolved';
    return UNVERIFIED(`${path} cannot be resolved statically: ${why}`, path, l.line);
}
/** Attribute must be boolean `expected`. */
function expectBool(r, path, expected, opts) {
    const l = (0,_model_facts_iac_js__WEBPACK_IMPORTED_MODULE_0__/* .lookup */ .$I)(r, path);
    if (l.state === 'missing') {
        const note = opts.missingNote ? ` (${opts.missingNote})` : '';
        return opts.missing === 'pass' ? PASS(`${path} not set${note}`, path, l.line) : FAIL(`${path} is not set${note}; set it to ${expected}`, path, l.line);
    }
    if (l.state !== 'value')
        return unresolved(path, l);
    const b = (0,_model_facts_iac_js__WEBPACK_IMPORTED_MODULE_0__/* .asBool */ .XL)(l.value);
    if (b === undefined)
        return UNVERIFIED(`${path} is ${(0,_model_facts_iac_js__WEBPACK_IMPORTED_MODULE_0__/* .show */ .WU)(l.value)}, not a boolean`, path, l.line);
    return b === expected ? PASS(`${path} = ${b}`, path, l.line) : FAIL(`${path} = ${b}; set it to ${expected}`, path, l.line);
}
/** Attribute must be one of `allowed` (case-insensitive). */
function expectIn(r, path, allowed, opts) {
    const l = (0,_model_facts_iac_js__WEBPACK_IMPORTED_MODULE_0__/* .lookup */ .$I)(r, path);
    if (l.state === 'missing') {
        const note = opts.missingNote ? ` (${opts.missingNote})` : '';
        return opts.missing === 'pass'
            ? PASS(`${path} not set${note}`, path, l.line)
            : FAIL(`${path} is not set${note}; set it to ${allowed.join(' or ')}`, path, l.line);
    }
    if (l.state !== 'value')
        return unresolved(path, l);
    const s = typeof l.value === 'string' || typeof l.value === 'number' || typeof l.value === 'boolean' ? String(l.value) : undefined;
    if (s === undefined)
        return UNVERIFIED(`${path} is ${(0,_model_facts_iac_js__WEBPACK_IMPORTED_MODULE_0__/* .show */ .WU)(l.value)}`, path, l.line);
    return allowed.some(a => a.toLowerCase() === s.toLowerCase())
        ? PASS(`${path} = ${JSON.stringify(s)}`, path, l.line)
        : FAIL(`${path} = ${JSON.stringify(s)}; use ${allowed.join(' or ')}`, path, l.line);
}
/** Attribute must not be one of `denied` (case-insensitive); missing per opts. */
function expectNotIn(r, path, denied, opts) {
    const l = (0,_model_facts_iac_js__WEBPACK_IMPORTED_MODULE_0__/* .lookup */ .$I)(r, path);
    if (l.state === 'missing') {
        const note = opts.missingNote ? ` (${opts.missingNote})` : '';
        return opts.missing === 'pass' ? PASS(`${path} not set${note}`, path, l.line) : FAIL(`${path} is not set${note}`, path, l.line);
    }
    if (l.state !== 'value')
        return unresolved(path, l);
    const s = String(l.value);
    return denied.some(d => d.toLowerCase() === s.toLowerCase())
        ? FAIL(`${path} = ${JSON.stringify(s)}`, path, l.line)
        : PASS(`${path} = ${JSON.stringify(s)}`, path, l.line);
}
/** An empty (or blank) string names no key: Terraform and CloudFormation accept `""`, and the provider then uses none. */
function isBlank(v) {
    return typeof v === 'string' && v.trim() === '';
}
/**
 * Look up a key id / ARN / alias attribute: as `lookup`, but `""` counts as not set (Checkov
 * SQSQueueEncryption `fail2`: `kms_master_key_id = ""` leaves the queue unencrypted). Checks that ask
 * whether a key is set read it through this, never through `lookup`.
 */
function lookupKey(r, path) {
    const l = (0,_model_facts_iac_js__WEBPACK_IMPORTED_MODULE_0__/* .lookup */ .$I)(r, path);
    return l.state === 'value' && isBlank(l.value) ? { state: 'missing', line: l.line } : l;
}
/** Classify a key id / ARN / alias value: `alias/aws/…` is AWS-managed; a reference or other id is customer-managed. */
function classifyKey(v) {
    if (v === undefined || v === null || isBlank(v))
        return { kind: 'missing', text: 'not set' };
    if ((0,_model_facts_iac_js__WEBPACK_IMPORTED_MODULE_0__/* .isUnknown */ .t8)(v))
        return v.template === undefined ? { kind: 'unknown', text: v.$unknown } : classifyKeyTemplate(v.template, v.$unknown);
    if ((0,_model_facts_iac_js__WEBPACK_IMPORTED_MODULE_0__/* .isRef */ .i9)(v))
        return { kind: 'customer', text: `a reference to ${v.$ref}` };
    if (typeof v !== 'string')
        return { kind: 'unknown', text: (0,_model_facts_iac_js__WEBPACK_IMPORTED_MODULE_0__/* .show */ .WU)(v) };
    if (/(^|:)alias\/aws\//.test(v) || /^aws\//.test(v))
        return { kind: 'provider', text: `the AWS-managed key ${v}` };
    return { kind: 'customer', text: JSON.stringify(v) };
}
/**
 * A key id / ARN / alias only partly known (`Unknown.template`): the literal text after the last unresolved
 * part decides when it names the key — `…:alias/aws/sns` is AWS-managed whatever the partition, region and
 * account; `…:key/<id>` or `…:alias/<name>` is a key or alias the template names itself (AWS reserves the
 * `alias/aws/` prefix for its keys); a template ending in a reference to a resource (`key/${MyKey}`) names
 * that resource, as a plain reference does. Anything else stays unknown.
 */
function classifyKeyTemplate(template, reason) {
    const markers = [...template.matchAll(/\$\{(ref:[^}]*|\?)\}/g)];
    const last = markers.at(-1);
    const tail = last === undefined ? template : template.slice((last.index ?? 0) + last[0].length);
    const shown = template.replace(/\$\{ref:([^}]*)\}/g, '${$1}').replace(/\$\{\?\}/g, '${…}');
    // AWS reserves the alias/aws/ prefix wherever it stands: alias/aws/${…} is still an AWS-managed key
    if (/(^|:)alias\/aws\//.test(template))
        return { kind: 'provider', text: `the AWS-managed key ${shown}` };
    if (/(^|:)(key|alias)\/[^/\s]/.test(tail))
        return { kind: 'customer', text: JSON.stringify(shown) };
    if (tail === '' && last?.[1].startsWith('ref:') && /(^|[:/])$/.test(template.slice(0, last.index)))
        return { kind: 'customer', text: `a reference to ${last[1].slice(4)}` };
    return { kind: 'unknown', text: reason };
}
/**
 * Why an AWS-managed key (`alias/aws/<service>`) does not meet require-cmk: the data is encrypted, but AWS
 * KMS defines customer managed keys as the keys you create, own and manage (key policy, rotation, disabling);
 * AWS managed keys are created and used on your behalf by a service, and their policy cannot be changed
 * (https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-mgmt). Some peers' "good"
 * examples for encryption-enabled checks use such an alias: they pass without require-cmk.
 */
const AWS_MANAGED_NOTE = ': the data is encrypted, but with a key AWS creates and controls for the service (its key policy cannot be changed); require-cmk asks for a KMS key you create and manage (e.g. aws_kms_key / AWS::KMS::Key)';
/** Requires a customer-managed key at the first of `paths` that is set. */
function requireCustomerKey(r, paths, what = 'a customer-managed key') {
    let first;
    for (const path of paths) {
        const l = lookupKey(r, path);
        first ??= l;
        if (l.state === 'missing')
            continue;
        const v = l.state === 'value' ? l.value : l.state === 'ref' ? { $ref: l.ref } : l.state === 'unknown' ? (0,_model_facts_iac_js__WEBPACK_IMPORTED_MODULE_0__/* .unknown */ .L5)(l.reason, l.template) : (0,_model_facts_iac_js__WEBPACK_IMPORTED_MODULE_0__/* .unknown */ .L5)('?');
        const k = classifyKey(v);
        if (k.kind === 'customer')
            return PASS(`encrypted with ${what} (${path} = ${k.text})`, path, l.line);
        if (k.kind === 'provider')
            return FAIL(`${path} is ${k.text}, not ${what}${AWS_MANAGED_NOTE}`, path, l.line);
        if (k.kind === 'unknown')
            return UNVERIFIED(`${path} cannot be resolved statically: ${k.text}`, path, l.line);
    }
    return FAIL(`${paths.join(' / ')} not set: require-cmk asks for ${what}`, paths[0], first?.line);
}
/**
 * Combine step results: any fail → the first fail; else any not_verified → the first; else any
 * not_applicable when none pass → that; else pass with the messages joined.
 */
function combine(...results) {
    const fail = results.find(r => r.status === 'fail');
    if (fail)
        return fail;
    const nv = results.find(r => r.status === 'not_verified');
    if (nv)
        return nv;
    const passes = results.filter(r => r.status === 'pass');
    if (passes.length === 0)
        return results[0] ?? NOT_APPLICABLE('nothing to check');
    return { status: 'pass', message: passes.map(p => p.message).join('; '), attribute: passes[0].attribute, line: passes[0].line };
}
/**
 * The common shape: an "encrypted" test, raised by requireCmk to a customer key at `cmkPaths`.
 * `providerKeyNote` is said on pass without requireCmk when no customer key is set.
 */
function encryptedWithOptionalCmk(r, options, encrypted, cmkPaths, providerKeyNote = 'with a provider-managed key') {
    if (encrypted.status !== 'pass')
        return encrypted;
    const cmk = requireCustomerKey(r, cmkPaths);
    if (options.requireCmk)
        return cmk.status === 'pass' ? combine(encrypted, cmk) : cmk;
    if (cmk.status === 'pass')
        return combine(encrypted, cmk);
    return { ...encrypted, message: `${encrypted.message}; ${providerKeyNote}` };
}
/** For resources the provider always encrypts: pass noting the provider key, or require the CMK. */
function cmkOnly(r, options, cmkPaths, alwaysEncrypted) {
    const cmk = requireCustomerKey(r, cmkPaths);
    if (cmk.status === 'pass' || options.requireCmk)
        return cmk;
    if (cmk.status === 'not_verified')
        return PASS(`${alwaysEncrypted}; the customer key setting is unresolved (${cmk.message})`, cmk.attribute, cmk.line);
    return PASS(`${alwaysEncrypted} with a provider-managed key (${cmkPaths[0]} not set; require-cmk would fail this)`, cmk.attribute, cmk.line);
}
/**
 * Whether an ARM resource's `apiVersion` (or an azapi_resource's `@version`) is `since` or newer: provider
 * defaults change with the API version (e.g. storage `supportsHttpsTrafficOnly` defaults to true only
 * from 2019-04-01). `undefined` when the version cannot be read.
 */
function apiVersionAtLeast(r, since) {
    const l = (0,_model_facts_iac_js__WEBPACK_IMPORTED_MODULE_0__/* .lookup */ .$I)(r, 'apiVersion');
    if (l.state !== 'value' || typeof l.value !== 'string')
        return undefined;
    const m = /^(\d{4}-\d{2}-\d{2})/.exec(l.value);
    return m ? m[1] >= since : undefined;
}
/**
 * A default that depends on the API version: `missing` judged as `from` when the resource's apiVersion
 * is at least `since`, as `before` when older, not verified when the version is unknown.
 */
function missingByApiVersion(r, since, from, before, what) {
    const v = apiVersionAtLeast(r, since);
    if (v === undefined)
        return UNVERIFIED(`${what} is not set and the apiVersion cannot be read: its default depends on the API version (changed in ${since})`, 'apiVersion');
    return {
        missing: v ? from : before,
        missingNote: `apiVersion ${v ? '≥' : '<'} ${since}: the default is ${v === (from === 'pass') ? 'compliant' : 'not compliant'}`
    };
}
function isResult(x) {
    return 'status' in x;
}


/***/ }),

/***/ 62658:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  wh: () => (/* binding */ IAC_CHECKS),
  jf: () => (/* binding */ canonicalArmType),
  BP: () => (/* binding */ checksForType)
});

// EXTERNAL MODULE: ./src/iac/checks/base.ts
var base = __webpack_require__(25832);
;// CONCATENATED MODULE: ./src/iac/checks/arm-disk-encryption.ts
/** Microsoft.Compute/disks: ADE settings not disabled; CMK via `encryption.diskEncryptionSetId`. */

/* harmony default export */ const arm_disk_encryption = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_ARM_DISK_ENCRYPTION',
    title: 'Managed disk is encrypted (ARM)',
    severity: 'high',
    category: 'encryption-at-rest',
    resourceTypes: ['Microsoft.Compute/disks'],
    attributes: ['properties'],
    evaluate(r, _index, options) {
        const enc = (0,base/* expectBool */.o3)(r, 'properties.encryptionSettingsCollection.enabled', true, {
            missing: 'pass',
            missingNote: 'server-side encryption with platform-managed keys'
        });
        return (0,base/* encryptedWithOptionalCmk */.oX)(r, options, enc, ['properties.encryption.diskEncryptionSetId'], 'with platform-managed keys');
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/arm-keyvault-purge-protection.ts
/** Microsoft.KeyVault/vaults: `enablePurgeProtection: true`. */

/* harmony default export */ const arm_keyvault_purge_protection = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_ARM_KEYVAULT_PURGE_PROTECTION',
    title: 'Key Vault has purge protection (ARM)',
    severity: 'medium',
    category: 'key-management',
    resourceTypes: ['Microsoft.KeyVault/vaults'],
    attributes: ['properties'],
    evaluate(r) {
        return (0,base/* expectBool */.o3)(r, 'properties.enablePurgeProtection', true, { missing: 'fail', missingNote: 'the default is off' });
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/arm-sql-min-tls.ts
/**
 * Microsoft.Sql/servers: `properties.minimalTlsVersion` of 1.2 or newer. '1.0', '1.1' and 'None' (no minimum)
 * let clients connect with older TLS; an unset minimum is not judged (the service's default has changed over API
 * versions), as Checkov CKV_AZURE_52 judges the Terraform attribute when it is set.
 */

/* harmony default export */ const arm_sql_min_tls = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_ARM_SQL_MIN_TLS',
    title: 'Azure SQL server requires TLS 1.2 or newer (ARM)',
    severity: 'medium',
    category: 'encryption-in-transit',
    resourceTypes: ['Microsoft.Sql/servers'],
    attributes: ['properties'],
    docs: 'https://learn.microsoft.com/azure/templates/microsoft.sql/servers (properties.minimalTlsVersion: 1.0, 1.1, 1.2, 1.3, None); https://learn.microsoft.com/azure/azure-sql/database/connectivity-settings#minimal-tls-version; Checkov CKV_AZURE_52',
    evaluate(r) {
        return (0,base/* expectIn */.fW)(r, 'properties.minimalTlsVersion', ['1.2', '1.3'], { missing: 'pass', missingNote: 'not judged when unset' });
    }
}));

// EXTERNAL MODULE: ./src/model/facts/iac.ts
var iac = __webpack_require__(19078);
;// CONCATENATED MODULE: ./src/iac/checks/arm-sql-tde.ts
/** Microsoft.Sql/servers/databases/transparentDataEncryption: `state` (or legacy `status`) Enabled. */


/* harmony default export */ const arm_sql_tde = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_ARM_SQL_TDE',
    title: 'Azure SQL database has transparent data encryption (ARM)',
    severity: 'high',
    category: 'encryption-at-rest',
    resourceTypes: ['Microsoft.Sql/servers/databases/transparentDataEncryption'],
    attributes: ['properties'],
    evaluate(r) {
        const key = (0,iac/* lookup */.$I)(r, 'properties.state').state !== 'missing' ? 'properties.state' : 'properties.status';
        return (0,base/* expectIn */.fW)(r, key, ['Enabled'], { missing: 'fail' });
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/arm-storage-cmk.ts
/**
 * Microsoft.Storage/storageAccounts: Azure Storage always encrypts data at rest, with Microsoft-managed keys
 * unless `properties.encryption.keySource` is `Microsoft.Keyvault` (a customer-managed key in Key Vault named by
 * `keyvaultproperties`). Judged as the Terraform check CG_IAC_AZURE_STORAGE_CMK: pass noting the
 * Microsoft-managed key, fail with require-cmk.
 */


const KEY_SOURCE = 'properties.encryption.keySource';
/* harmony default export */ const arm_storage_cmk = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_ARM_STORAGE_CMK',
    title: 'Storage account uses a customer-managed key (ARM)',
    severity: 'low',
    category: 'key-management',
    resourceTypes: ['Microsoft.Storage/storageAccounts'],
    attributes: ['properties'],
    docs: 'https://learn.microsoft.com/azure/templates/microsoft.storage/storageaccounts (Encryption.keySource: Microsoft.Storage (default) or Microsoft.Keyvault; keyvaultproperties names the key); https://learn.microsoft.com/azure/storage/common/storage-service-encryption (data is always encrypted, with Microsoft-managed keys by default)',
    evaluate(r, _index, options) {
        const l = (0,iac/* lookup */.$I)(r, KEY_SOURCE);
        if (l.state === 'unknown' || l.state === 'ref') {
            const why = l.state === 'unknown' ? l.reason : `a reference to ${l.ref}`;
            if (!options.requireCmk)
                return (0,base/* PASS */.CQ)(`Azure Storage encrypts data at rest; the key source cannot be resolved statically (${why})`, KEY_SOURCE, l.line);
            return (0,base/* UNVERIFIED */.Yg)(`${KEY_SOURCE} cannot be resolved statically: ${why}`, KEY_SOURCE, l.line);
        }
        if (l.state === 'value' && typeof l.value === 'string' && l.value.toLowerCase() === 'microsoft.keyvault') {
            const key = (0,iac/* lookup */.$I)(r, 'properties.encryption.keyvaultproperties.keyname');
            if (key.state === 'missing')
                return (0,base/* FAIL */.vR)(`${KEY_SOURCE} = "Microsoft.Keyvault" without encryption.keyvaultproperties.keyname: the deployment is rejected`, KEY_SOURCE, l.line);
            return (0,base/* PASS */.CQ)(`encrypted with a customer-managed key (${KEY_SOURCE} = "Microsoft.Keyvault")`, KEY_SOURCE, l.line);
        }
        const what = l.state === 'value' ? `${KEY_SOURCE} = ${JSON.stringify(l.value)}` : `${KEY_SOURCE} not set (Microsoft.Storage)`;
        if (!options.requireCmk)
            return (0,base/* PASS */.CQ)(`Azure Storage encrypts data at rest with a Microsoft-managed key (${what}; require-cmk would fail this)`, KEY_SOURCE, l.line ?? r.line);
        return (0,base/* FAIL */.vR)(`${what}: require-cmk asks for a customer-managed key (keySource "Microsoft.Keyvault" with keyvaultproperties)`, KEY_SOURCE, l.line ?? r.line);
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/arm-storage-https.ts
/**
 * Microsoft.Storage/storageAccounts: `supportsHttpsTrafficOnly`. Its default is true only from API
 * version 2019-04-01 (https://learn.microsoft.com/azure/templates/microsoft.storage/storageaccounts:
 * "Allows https traffic only to storage service if sets to true. The default value is true since API
 * version 2019-04-01"); an older template without it accepts HTTP.
 */


/* harmony default export */ const arm_storage_https = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_ARM_STORAGE_HTTPS_ONLY',
    title: 'Storage account accepts HTTPS traffic only (ARM)',
    severity: 'high',
    category: 'encryption-in-transit',
    resourceTypes: ['Microsoft.Storage/storageAccounts'],
    attributes: ['properties', 'apiVersion'],
    evaluate(r) {
        if ((0,iac/* lookup */.$I)(r, 'properties.supportsHttpsTrafficOnly').state !== 'missing')
            return (0,base/* expectBool */.o3)(r, 'properties.supportsHttpsTrafficOnly', true, { missing: 'pass' });
        const opts = (0,base/* missingByApiVersion */.Qo)(r, '2019-04-01', 'pass', 'fail', 'properties.supportsHttpsTrafficOnly');
        if ((0,base/* isResult */.aI)(opts))
            return opts;
        return (0,base/* expectBool */.o3)(r, 'properties.supportsHttpsTrafficOnly', true, opts);
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/arm-storage-min-tls.ts
/** Microsoft.Storage/storageAccounts: `minimumTlsVersion: TLS1_2` (when unset, older defaults accept TLS 1.0). */

/* harmony default export */ const arm_storage_min_tls = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_ARM_STORAGE_MIN_TLS',
    title: 'Storage account requires TLS 1.2 or newer (ARM)',
    severity: 'medium',
    category: 'encryption-in-transit',
    resourceTypes: ['Microsoft.Storage/storageAccounts'],
    attributes: ['properties'],
    evaluate(r) {
        return (0,base/* expectIn */.fW)(r, 'properties.minimumTlsVersion', ['TLS1_2', 'TLS1_3'], { missing: 'fail', missingNote: 'when unset, TLS 1.0 may be accepted' });
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/aws-athena-workgroup.ts
/** Athena workgroups: query results encrypted (`result_configuration.encryption_configuration`). */


const AT = 'configuration.result_configuration.encryption_configuration';
/* harmony default export */ const aws_athena_workgroup = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_AWS_ATHENA_WORKGROUP_ENCRYPTION',
    title: 'Athena workgroup encrypts query results',
    severity: 'medium',
    category: 'encryption-at-rest',
    resourceTypes: ['aws_athena_workgroup'],
    attributes: ['configuration'],
    evaluate(r, _index, options) {
        const opt = (0,base/* expectIn */.fW)(r, `${AT}.encryption_option`, ['SSE_S3', 'SSE_KMS', 'CSE_KMS'], {
            missing: 'fail',
            missingNote: 'results are written without workgroup-enforced encryption'
        });
        // false lets each client choose its own result encryption, or none (Trivy AVD-AWS-0007, Checkov CKV_AWS_82)
        const enforced = (0,base/* expectBool */.o3)(r, 'configuration.enforce_workgroup_configuration', true, { missing: 'pass', missingNote: 'the provider default is true' });
        if (opt.status !== 'pass' || enforced.status !== 'pass')
            return (0,base/* combine */.kg)(opt, enforced);
        if (!options.requireCmk)
            return opt;
        const l = (0,iac/* lookup */.$I)(r, `${AT}.encryption_option`);
        if (l.state === 'value' && l.value === 'SSE_S3')
            return (0,base/* FAIL */.vR)('encryption_option = "SSE_S3"; require-cmk asks for SSE_KMS or CSE_KMS with a customer key', opt.attribute, opt.line);
        const key = (0,base/* lookupKey */.kk)(r, `${AT}.kms_key_arn`);
        return key.state === 'missing' ? (0,base/* FAIL */.vR)(`${AT}.kms_key_arn not set`, opt.attribute, opt.line) : opt;
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/aws-backup-vault-cmk.ts
/** Backup vaults: always encrypted (aws/backup); `kms_key_arn` for a customer-managed key. */

/* harmony default export */ const aws_backup_vault_cmk = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_AWS_BACKUP_VAULT_CMK',
    title: 'Backup vault uses a customer-managed KMS key',
    severity: 'medium',
    category: 'key-management',
    resourceTypes: ['aws_backup_vault'],
    attributes: ['kms_key_arn'],
    evaluate(r, _index, options) {
        return (0,base/* cmkOnly */.sx)(r, options, ['kms_key_arn'], 'AWS Backup encrypts recovery points');
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/aws-bedrock-custom-model-cmk.ts
/**
 * Bedrock custom models (`customer_encryption_key_arn`), agents (`customer_encryption_key_arn`) and guardrails
 * (`kms_key_arn`): encrypted with an AWS-owned / AWS-managed key unless a customer key is set.
 */

const KEY = {
    aws_bedrock_custom_model: 'customer_encryption_key_arn',
    aws_bedrockagent_agent: 'customer_encryption_key_arn',
    aws_bedrock_guardrail: 'kms_key_arn'
};
/* harmony default export */ const aws_bedrock_custom_model_cmk = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_AWS_BEDROCK_CUSTOM_MODEL_CMK',
    title: 'Bedrock custom model / agent / guardrail uses a customer-managed key',
    severity: 'medium',
    category: 'key-management',
    ai: true,
    resourceTypes: Object.keys(KEY),
    attributes: ['customer_encryption_key_arn', 'kms_key_arn'],
    docs: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/bedrock_custom_model#customer_encryption_key_arn, bedrockagent_agent#customer_encryption_key_arn, bedrock_guardrail#kms_key_arn; https://docs.aws.amazon.com/bedrock/latest/userguide/data-encryption.html',
    evaluate(r, _index, options) {
        return (0,base/* cmkOnly */.sx)(r, options, [KEY[r.type]], 'Bedrock encrypts it with an AWS-owned key');
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/aws-cloudfront-https.ts
/**
 * CloudFront distributions: no cache behavior allows plain HTTP to viewers (`viewer_protocol_policy != allow-all`),
 * and a custom viewer certificate's security policy does not accept TLS below 1.2 (`minimum_protocol_version` SSLv3,
 * TLSv1, TLSv1_2016, TLSv1.1_2016; Trivy AVD-AWS-0013). Unset with a custom certificate, the minimum is TLSv1 (the
 * provider's and CloudFront's default); with the cloudfront.net certificate CloudFront allows only TLSv1, so there
 * is nothing to set and the minimum is not judged.
 */


/** CloudFront viewer security policies that accept protocols below TLS 1.2. */
const CLOUDFRONT_BELOW_TLS12 = ['SSLv3', 'TLSv1', 'TLSv1_2016', 'TLSv1.1_2016'];
/**
 * The viewer certificate's minimum protocol (Terraform and CloudFormation spell the keys differently): below TLS 1.2
 * fails; unset fails when a custom certificate is named (it defaults to TLSv1); with the cloudfront.net certificate
 * only TLSv1 is possible, so there is nothing to judge.
 */
function viewerTlsMinimum(r, cert, customKeys, minimumKey) {
    const path = `${cert}.${minimumKey}`;
    const custom = customKeys.some(k => (0,iac/* lookup */.$I)(r, `${cert}.${k}`).state !== 'missing');
    if (!custom && (0,iac/* lookup */.$I)(r, path).state === 'missing')
        return (0,base/* NOT_APPLICABLE */.QE)('the cloudfront.net certificate: CloudFront allows only TLSv1 there, nothing to set', cert, r.positions[cert]);
    return (0,base/* expectNotIn */.Ag)(r, path, CLOUDFRONT_BELOW_TLS12, { missing: 'fail', missingNote: 'with a custom certificate it defaults to TLSv1; set TLSv1.2_2021' });
}
/* harmony default export */ const aws_cloudfront_https = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_AWS_CLOUDFRONT_HTTPS',
    title: 'CloudFront distribution requires HTTPS from viewers',
    severity: 'high',
    category: 'encryption-in-transit',
    resourceTypes: ['aws_cloudfront_distribution'],
    attributes: ['default_cache_behavior', 'ordered_cache_behavior', 'viewer_certificate'],
    docs: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/secure-connections-supported-viewer-protocols-ciphers.html (security policies); Checkov CKV_AWS_34, Trivy AVD-AWS-0012, AVD-AWS-0013',
    evaluate(r) {
        const results = [(0,base/* expectNotIn */.Ag)(r, 'default_cache_behavior.viewer_protocol_policy', ['allow-all'], { missing: 'fail' })];
        const ordered = r.attributes.ordered_cache_behavior;
        if (Array.isArray(ordered)) {
            ordered.forEach((b, i) => {
                const v = (0,iac/* isPlainObject */.Qd)(b) ? b.viewer_protocol_policy : undefined;
                const line = r.positions['ordered_cache_behavior.viewer_protocol_policy'];
                if ((0,iac/* isUnknown */.t8)(v))
                    results.push((0,base/* UNVERIFIED */.Yg)(`ordered_cache_behavior[${i}].viewer_protocol_policy: ${v.$unknown}`, 'ordered_cache_behavior', line));
                else if (v === 'allow-all')
                    results.push((0,base/* FAIL */.vR)(`ordered_cache_behavior[${i}].viewer_protocol_policy = "allow-all"`, 'ordered_cache_behavior', line));
            });
        }
        results.push(viewerTlsMinimum(r, 'viewer_certificate', ['acm_certificate_arn', 'iam_certificate_id'], 'minimum_protocol_version'));
        return (0,base/* combine */.kg)(...results);
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/aws-cloudtrail-kms.ts
/** CloudTrail log files: SSE-S3 by default; `kms_key_id` encrypts them with a customer-managed key. */

/* harmony default export */ const aws_cloudtrail_kms = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_AWS_CLOUDTRAIL_KMS',
    title: 'CloudTrail logs are encrypted with a KMS key',
    severity: 'medium',
    category: 'encryption-at-rest',
    resourceTypes: ['aws_cloudtrail'],
    attributes: ['kms_key_id'],
    evaluate(r, _index, options) {
        return (0,base/* cmkOnly */.sx)(r, options, ['kms_key_id'], 'CloudTrail log files are encrypted with SSE-S3 by default');
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/aws-docdb-encryption.ts
/** DocumentDB clusters: `storage_encrypted = true` (default false). */

/* harmony default export */ const aws_docdb_encryption = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_AWS_DOCDB_ENCRYPTION',
    title: 'DocumentDB cluster storage is encrypted',
    severity: 'high',
    category: 'encryption-at-rest',
    resourceTypes: ['aws_docdb_cluster'],
    attributes: ['storage_encrypted', 'kms_key_id'],
    evaluate(r, _index, options) {
        return (0,base/* encryptedWithOptionalCmk */.oX)(r, options, (0,base/* expectBool */.o3)(r, 'storage_encrypted', true, { missing: 'fail', missingNote: 'the default is false' }), ['kms_key_id'], 'with the AWS-managed aws/rds key');
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/aws-dynamodb-encryption.ts
/**
 * DynamoDB tables are always encrypted: with no `server_side_encryption` block an AWS-owned key is used
 * (encrypted, not customer-managed); `enabled = true` without `kms_key_arn` uses the AWS-managed
 * aws/dynamodb key. require-cmk needs `kms_key_arn`.
 */


/* harmony default export */ const aws_dynamodb_encryption = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_AWS_DYNAMODB_ENCRYPTION',
    title: 'DynamoDB table is encrypted at rest (customer-managed key with require-cmk)',
    severity: 'medium',
    category: 'encryption-at-rest',
    resourceTypes: ['aws_dynamodb_table'],
    attributes: ['server_side_encryption'],
    evaluate(r, _index, options) {
        if ((0,iac/* lookup */.$I)(r, 'server_side_encryption').state === 'missing') {
            return options.requireCmk
                ? (0,base/* requireCustomerKey */.bu)(r, ['server_side_encryption.kms_key_arn'])
                : (0,base/* PASS */.CQ)('no server_side_encryption block: DynamoDB encrypts with an AWS-owned key', 'server_side_encryption');
        }
        const enabled = (0,base/* expectBool */.o3)(r, 'server_side_encryption.enabled', true, { missing: 'fail' });
        if (enabled.status === 'fail' && !options.requireCmk) {
            return (0,base/* PASS */.CQ)(`${enabled.message.split(';')[0]}: DynamoDB still encrypts with an AWS-owned key`, enabled.attribute, enabled.line);
        }
        if (enabled.status !== 'pass' && enabled.status !== 'fail')
            return enabled;
        if (!options.requireCmk) {
            const k = (0,base/* requireCustomerKey */.bu)(r, ['server_side_encryption.kms_key_arn']);
            return k.status === 'pass' ? k : (0,base/* PASS */.CQ)(`${enabled.message}; with the AWS-managed aws/dynamodb key`, enabled.attribute, enabled.line);
        }
        if (enabled.status === 'fail')
            return enabled;
        return (0,base/* requireCustomerKey */.bu)(r, ['server_side_encryption.kms_key_arn']);
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/aws-ebs-default-encryption.ts
/** Account-level EBS encryption by default stays enabled (`enabled` defaults to true). */

/* harmony default export */ const aws_ebs_default_encryption = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_AWS_EBS_DEFAULT_ENCRYPTION',
    title: 'EBS encryption by default is enabled',
    severity: 'medium',
    category: 'encryption-at-rest',
    resourceTypes: ['aws_ebs_encryption_by_default'],
    attributes: ['enabled'],
    evaluate(r) {
        return (0,base/* expectBool */.o3)(r, 'enabled', true, { missing: 'pass', missingNote: 'the default is true' });
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/aws-ebs-encryption.ts
/** EBS volumes encrypted (`encrypted = true`, or `aws_ebs_encryption_by_default` enabled in the module). */


/* harmony default export */ const aws_ebs_encryption = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_AWS_EBS_VOLUME_ENCRYPTION',
    title: 'EBS volume is encrypted at rest',
    severity: 'high',
    category: 'encryption-at-rest',
    resourceTypes: ['aws_ebs_volume'],
    attributes: ['encrypted', 'kms_key_id', 'snapshot_id'],
    related: { types: ['aws_ebs_encryption_by_default'], attributes: ['enabled'] },
    evaluate(r, index, options) {
        let enc = (0,base/* expectBool */.o3)(r, 'encrypted', true, { missing: 'fail', missingNote: 'the default is false unless EBS encryption by default is on' });
        if (enc.status === 'fail' && (0,iac/* lookup */.$I)(r, 'encrypted').state === 'missing') {
            const byDefault = index.sameModule(r, 'aws_ebs_encryption_by_default').find(d => {
                const l = (0,iac/* lookup */.$I)(d, 'enabled');
                return l.state === 'missing' || (l.state === 'value' && (0,iac/* asBool */.XL)(l.value) === true);
            });
            if (byDefault)
                enc = (0,base/* PASS */.CQ)(`encrypted by ${byDefault.address} (EBS encryption by default)`);
        }
        return (0,base/* encryptedWithOptionalCmk */.oX)(r, options, enc, ['kms_key_id'], 'with the AWS-managed aws/ebs key');
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/aws-ec2-instance-volumes.ts
/** EC2 instance and launch configuration root and attached EBS volumes, and launch template volumes, encrypted (Checkov CKV_AWS_8, CKV_AWS_3). */


/* harmony default export */ const aws_ec2_instance_volumes = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_AWS_EC2_VOLUME_ENCRYPTION',
    title: 'EC2 instance and launch template block devices are encrypted',
    severity: 'high',
    category: 'encryption-at-rest',
    resourceTypes: ['aws_instance', 'aws_launch_template', 'aws_launch_configuration'],
    attributes: ['root_block_device', 'ebs_block_device', 'block_device_mappings'],
    related: { types: ['aws_ebs_encryption_by_default'], attributes: ['enabled'] },
    evaluate(r, index, options) {
        const byDefault = index.sameModule(r, 'aws_ebs_encryption_by_default').find(d => {
            const l = (0,iac/* lookup */.$I)(d, 'enabled');
            return l.state === 'missing' || (l.state === 'value' && (0,iac/* asBool */.XL)(l.value) === true);
        });
        const one = (path, kms) => {
            let res = (0,base/* expectBool */.o3)(r, path, true, { missing: 'fail', missingNote: 'the default is false unless EBS encryption by default is on' });
            if (res.status === 'fail' && (0,iac/* lookup */.$I)(r, path).state === 'missing' && byDefault)
                res = (0,base/* PASS */.CQ)(`${path} not set; encrypted by ${byDefault.address}`);
            return (0,base/* encryptedWithOptionalCmk */.oX)(r, options, res, [kms], 'with the AWS-managed aws/ebs key');
        };
        if (r.type === 'aws_launch_template') {
            if ((0,iac/* lookup */.$I)(r, 'block_device_mappings').state === 'missing')
                return byDefault || !options.requireCmk
                    ? (0,base/* PASS */.CQ)('no block_device_mappings: volumes come from the AMI')
                    : one('block_device_mappings.ebs.encrypted', 'block_device_mappings.ebs.kms_key_id');
            return one('block_device_mappings.ebs.encrypted', 'block_device_mappings.ebs.kms_key_id');
        }
        const results = [one('root_block_device.encrypted', 'root_block_device.kms_key_id')];
        if ((0,iac/* lookup */.$I)(r, 'ebs_block_device').state !== 'missing')
            results.push(one('ebs_block_device.encrypted', 'ebs_block_device.kms_key_id'));
        return (0,base/* combine */.kg)(...results);
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/aws-ecr-encryption.ts
/** ECR repositories: AES256 by default; `encryption_configuration.encryption_type = "KMS"` with a key for a CMK. */


/* harmony default export */ const aws_ecr_encryption = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_AWS_ECR_ENCRYPTION',
    title: 'ECR repository is encrypted (KMS with require-cmk)',
    severity: 'low',
    category: 'encryption-at-rest',
    resourceTypes: ['aws_ecr_repository'],
    attributes: ['encryption_configuration'],
    evaluate(r, _index, options) {
        const type = (0,iac/* lookup */.$I)(r, 'encryption_configuration.encryption_type');
        if (type.state === 'missing')
            return options.requireCmk
                ? (0,base/* FAIL */.vR)('encryption_configuration not set: images are encrypted with AES256 (ECR-managed keys); require-cmk asks for KMS with a customer key', 'encryption_configuration')
                : (0,base/* PASS */.CQ)('ECR encrypts images with AES256 by default');
        const enc = (0,base/* expectIn */.fW)(r, 'encryption_configuration.encryption_type', ['AES256', 'KMS', 'KMS_DSSE'], { missing: 'pass' });
        if (enc.status === 'pass' && options.requireCmk && type.state === 'value' && type.value === 'AES256')
            return (0,base/* FAIL */.vR)('encryption_type = "AES256" uses ECR-managed keys; require-cmk asks for KMS with a customer key', enc.attribute, enc.line);
        return (0,base/* encryptedWithOptionalCmk */.oX)(r, options, enc, ['encryption_configuration.kms_key'], 'with the AWS-managed aws/ecr key');
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/aws-efs-encryption.ts
/** EFS file systems: `encrypted = true` (default false). */

/* harmony default export */ const aws_efs_encryption = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_AWS_EFS_ENCRYPTION',
    title: 'EFS file system is encrypted at rest',
    severity: 'high',
    category: 'encryption-at-rest',
    resourceTypes: ['aws_efs_file_system'],
    attributes: ['encrypted', 'kms_key_id'],
    evaluate(r, _index, options) {
        return (0,base/* encryptedWithOptionalCmk */.oX)(r, options, (0,base/* expectBool */.o3)(r, 'encrypted', true, { missing: 'fail', missingNote: 'the default is false' }), ['kms_key_id'], 'with the AWS-managed aws/elasticfilesystem key');
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/aws-elasticache-at-rest.ts
/** ElastiCache replication groups: `at_rest_encryption_enabled = true`. */

/* harmony default export */ const aws_elasticache_at_rest = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_AWS_ELASTICACHE_AT_REST',
    title: 'ElastiCache replication group is encrypted at rest',
    severity: 'high',
    category: 'encryption-at-rest',
    resourceTypes: ['aws_elasticache_replication_group'],
    attributes: ['at_rest_encryption_enabled', 'kms_key_id', 'engine'],
    evaluate(r, _index, options) {
        return (0,base/* encryptedWithOptionalCmk */.oX)(r, options, (0,base/* expectBool */.o3)(r, 'at_rest_encryption_enabled', true, { missing: 'fail', missingNote: 'the default is false for Redis OSS' }), ['kms_key_id'], 'with the AWS-managed key');
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/aws-elasticache-in-transit.ts
/** ElastiCache replication groups: `transit_encryption_enabled = true`. */

/* harmony default export */ const aws_elasticache_in_transit = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_AWS_ELASTICACHE_IN_TRANSIT',
    title: 'ElastiCache replication group encrypts in transit',
    severity: 'high',
    category: 'encryption-in-transit',
    resourceTypes: ['aws_elasticache_replication_group'],
    attributes: ['transit_encryption_enabled'],
    evaluate(r) {
        return (0,base/* expectBool */.o3)(r, 'transit_encryption_enabled', true, { missing: 'fail', missingNote: 'the default is false' });
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/aws-glue-catalog-encryption.ts
/** Glue Data Catalog: metadata encrypted (SSE-KMS) and connection passwords encrypted. */

const S = 'data_catalog_encryption_settings';
/* harmony default export */ const aws_glue_catalog_encryption = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_AWS_GLUE_CATALOG_ENCRYPTION',
    title: 'Glue Data Catalog is encrypted',
    severity: 'medium',
    category: 'encryption-at-rest',
    resourceTypes: ['aws_glue_data_catalog_encryption_settings'],
    attributes: ['data_catalog_encryption_settings'],
    evaluate(r, _index, options) {
        const enc = (0,base/* combine */.kg)((0,base/* expectIn */.fW)(r, `${S}.encryption_at_rest.catalog_encryption_mode`, ['SSE-KMS', 'SSE-KMS-WITH-SERVICE-ROLE'], { missing: 'fail' }), (0,base/* expectBool */.o3)(r, `${S}.connection_password_encryption.return_connection_password_encrypted`, true, { missing: 'fail' }));
        return (0,base/* encryptedWithOptionalCmk */.oX)(r, options, enc, [`${S}.encryption_at_rest.sse_aws_kms_key_id`], 'with the AWS-managed aws/glue key');
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/aws-glue-security-config.ts
/** Glue security configurations: CloudWatch, job bookmark and S3 encryption not DISABLED. */

const E = 'encryption_configuration';
/* harmony default export */ const aws_glue_security_config = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_AWS_GLUE_SECURITY_CONFIG',
    title: 'Glue security configuration encrypts logs, bookmarks and S3 data',
    severity: 'medium',
    category: 'encryption-at-rest',
    resourceTypes: ['aws_glue_security_configuration'],
    attributes: ['encryption_configuration'],
    evaluate(r) {
        return (0,base/* combine */.kg)((0,base/* expectNotIn */.Ag)(r, `${E}.cloudwatch_encryption.cloudwatch_encryption_mode`, ['DISABLED'], { missing: 'fail', missingNote: 'DISABLED by default' }), (0,base/* expectNotIn */.Ag)(r, `${E}.job_bookmarks_encryption.job_bookmarks_encryption_mode`, ['DISABLED'], { missing: 'fail', missingNote: 'DISABLED by default' }), (0,base/* expectNotIn */.Ag)(r, `${E}.s3_encryption.s3_encryption_mode`, ['DISABLED'], { missing: 'fail', missingNote: 'DISABLED by default' }));
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/aws-kinesis-encryption.ts
/** Kinesis data streams (`encryption_type = "KMS"`) and Firehose delivery streams (`server_side_encryption.enabled`). */


/* harmony default export */ const aws_kinesis_encryption = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_AWS_KINESIS_ENCRYPTION',
    title: 'Kinesis stream / Firehose delivery stream is encrypted at rest',
    severity: 'medium',
    category: 'encryption-at-rest',
    resourceTypes: ['aws_kinesis_stream', 'aws_kinesis_firehose_delivery_stream'],
    attributes: ['encryption_type', 'kms_key_id', 'server_side_encryption', 'kinesis_source_configuration'],
    docs: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/kinesis_stream#encryption_type; kinesis_firehose_delivery_stream#server_side_encryption (not to be enabled when a Kinesis stream is the source: the source stream's encryption applies); Checkov CKV_AWS_43, CKV_AWS_240",
    evaluate(r, _index, options) {
        if (r.type === 'aws_kinesis_firehose_delivery_stream') {
            const source = (0,iac/* lookup */.$I)(r, 'kinesis_source_configuration');
            if (source.state !== 'missing')
                return (0,base/* NOT_APPLICABLE */.QE)('a Kinesis data stream is the source: its encryption applies (judged on the stream)', 'kinesis_source_configuration', source.line);
            const enc = (0,base/* expectBool */.o3)(r, 'server_side_encryption.enabled', true, { missing: 'fail', missingNote: 'the default is false' });
            return (0,base/* encryptedWithOptionalCmk */.oX)(r, options, enc, ['server_side_encryption.key_arn'], 'with an AWS-owned key');
        }
        const enc = (0,base/* expectIn */.fW)(r, 'encryption_type', ['KMS'], { missing: 'fail', missingNote: 'the default is NONE' });
        return (0,base/* encryptedWithOptionalCmk */.oX)(r, options, enc, ['kms_key_id'], 'with the AWS-managed aws/kinesis key');
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/aws-kms-rotation.ts
/**
 * Customer-managed KMS keys rotate automatically (`enable_key_rotation = true`). Automatic rotation applies
 * to symmetric encryption keys only (https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html):
 * a signing, HMAC or key-agreement key (`key_usage` other than ENCRYPT_DECRYPT, Trivy AVD-AWS-0065's
 * SIGN_VERIFY example) or an asymmetric / HMAC key spec is not applicable.
 */


/** The attribute's value when it is set and differs from `symmetric` (the default); 'unknown' when unresolved. */
function exempting(r, path, symmetric) {
    const l = (0,iac/* lookup */.$I)(r, path);
    if (l.state === 'missing')
        return undefined;
    if (l.state !== 'value')
        return 'unknown';
    return String(l.value).toUpperCase() === symmetric ? undefined : { value: (0,iac/* show */.WU)(l.value), line: l.line };
}
/** Shared by the Terraform and CloudFormation checks: attribute names differ, semantics do not. */
function judgeKmsRotation(r, p) {
    const unresolved = [];
    for (const [path, symmetric] of [
        [p.usage, 'ENCRYPT_DECRYPT'],
        [p.spec, 'SYMMETRIC_DEFAULT']
    ]) {
        const e = exempting(r, path, symmetric);
        if (e === 'unknown')
            unresolved.push(path);
        else if (e)
            return (0,base/* NOT_APPLICABLE */.QE)(`${path} = ${e.value}: automatic rotation applies to symmetric encryption keys only (not asymmetric, HMAC or signing keys)`, path, e.line);
    }
    const rotation = (0,base/* expectBool */.o3)(r, p.rotation, true, { missing: 'fail', missingNote: 'the default is false' });
    if (rotation.status === 'pass' || unresolved.length === 0)
        return rotation;
    return (0,base/* UNVERIFIED */.Yg)(`${unresolved.join(' / ')} cannot be resolved statically: automatic rotation applies to symmetric encryption keys only (${rotation.message})`, unresolved[0], (0,iac/* lookup */.$I)(r, unresolved[0]).line);
}
/* harmony default export */ const aws_kms_rotation = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_AWS_KMS_ROTATION',
    title: 'KMS key has automatic rotation enabled',
    severity: 'medium',
    category: 'key-management',
    resourceTypes: ['aws_kms_key'],
    attributes: ['enable_key_rotation', 'customer_master_key_spec', 'key_usage'],
    docs: 'https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html (symmetric encryption keys only); Checkov CKV_AWS_7, Trivy AVD-AWS-0065',
    evaluate(r) {
        return judgeKmsRotation(r, { rotation: 'enable_key_rotation', usage: 'key_usage', spec: 'customer_master_key_spec' });
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/aws-lambda-env-kms.ts
/** Lambda functions with environment variables: `kms_key_arn` (otherwise the AWS-managed aws/lambda key). */


/* harmony default export */ const aws_lambda_env_kms = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_AWS_LAMBDA_ENV_KMS',
    title: 'Lambda environment variables are encrypted with a customer-managed key',
    severity: 'low',
    category: 'key-management',
    resourceTypes: ['aws_lambda_function'],
    attributes: ['kms_key_arn', 'environment'],
    evaluate(r, _index, options) {
        const env = (0,iac/* lookup */.$I)(r, 'environment.variables');
        if (env.state === 'missing')
            return (0,base/* NOT_APPLICABLE */.QE)('no environment variables');
        return (0,base/* cmkOnly */.sx)(r, options, ['kms_key_arn'], 'Lambda encrypts environment variables at rest');
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/aws-lb-listener-tls.ts
/** Load balancer listeners: HTTPS/TLS, or HTTP that only redirects to HTTPS. */


/* harmony default export */ const aws_lb_listener_tls = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_AWS_LB_LISTENER_TLS',
    title: 'Load balancer listener uses HTTPS/TLS',
    severity: 'high',
    category: 'encryption-in-transit',
    resourceTypes: ['aws_lb_listener', 'aws_alb_listener'],
    attributes: ['protocol', 'default_action', 'port'],
    evaluate(r) {
        const p = (0,iac/* lookup */.$I)(r, 'protocol');
        if (p.state === 'unknown' || p.state === 'ref')
            return (0,base/* UNVERIFIED */.Yg)(`protocol cannot be resolved statically: ${p.state === 'unknown' ? p.reason : p.ref}`, 'protocol', p.line);
        const proto = p.state === 'value' ? String(p.value).toUpperCase() : 'HTTP';
        if (proto === 'HTTPS' || proto === 'TLS')
            return (0,base/* PASS */.CQ)(`protocol = ${proto}`, 'protocol', p.line);
        if (['TCP', 'UDP', 'TCP_UDP', 'GENEVE'].includes(proto))
            return (0,base/* NOT_APPLICABLE */.QE)(`protocol = ${proto}: layer-4 pass-through; TLS, if any, ends at the targets`, 'protocol', p.line);
        const type = (0,iac/* lookup */.$I)(r, 'default_action.type');
        const redirect = (0,iac/* lookup */.$I)(r, 'default_action.redirect.protocol');
        if (type.state === 'value' && type.value === 'redirect' && redirect.state === 'value' && String(redirect.value).toUpperCase() === 'HTTPS')
            return (0,base/* PASS */.CQ)('HTTP listener redirects to HTTPS', 'default_action', type.line);
        return (0,base/* FAIL */.vR)(`${p.state === 'missing' ? 'protocol not set (the default is HTTP)' : `protocol = ${proto}`} and the default action does not redirect to HTTPS`, 'protocol', p.line);
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/aws-log-group-kms.ts
/** CloudWatch log groups: always encrypted by the service; `kms_key_id` for a customer-managed key. */

/* harmony default export */ const aws_log_group_kms = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_AWS_LOG_GROUP_KMS',
    title: 'CloudWatch log group is encrypted with a KMS key',
    severity: 'low',
    category: 'encryption-at-rest',
    resourceTypes: ['aws_cloudwatch_log_group'],
    attributes: ['kms_key_id'],
    evaluate(r, _index, options) {
        return (0,base/* cmkOnly */.sx)(r, options, ['kms_key_id'], 'CloudWatch Logs encrypts log data at rest');
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/aws-msk-encryption.ts
/** MSK clusters: TLS between clients and brokers (default TLS) and within the cluster (default true). */

/* harmony default export */ const aws_msk_encryption = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_AWS_MSK_ENCRYPTION',
    title: 'MSK cluster encrypts in transit and at rest',
    severity: 'high',
    category: 'encryption-in-transit',
    resourceTypes: ['aws_msk_cluster'],
    attributes: ['encryption_info'],
    evaluate(r, _index, options) {
        const transit = (0,base/* combine */.kg)((0,base/* expectIn */.fW)(r, 'encryption_info.encryption_in_transit.client_broker', ['TLS'], { missing: 'pass', missingNote: 'the default is TLS' }), (0,base/* expectBool */.o3)(r, 'encryption_info.encryption_in_transit.in_cluster', true, { missing: 'pass', missingNote: 'the default is true' }));
        return (0,base/* encryptedWithOptionalCmk */.oX)(r, options, transit, ['encryption_info.encryption_at_rest_kms_key_arn'], 'at rest with the AWS-managed aws/kafka key');
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/aws-neptune-encryption.ts
/** Neptune clusters: `storage_encrypted = true` (default false). */

/* harmony default export */ const aws_neptune_encryption = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_AWS_NEPTUNE_ENCRYPTION',
    title: 'Neptune cluster storage is encrypted',
    severity: 'high',
    category: 'encryption-at-rest',
    resourceTypes: ['aws_neptune_cluster'],
    attributes: ['storage_encrypted', 'kms_key_arn'],
    evaluate(r, _index, options) {
        return (0,base/* encryptedWithOptionalCmk */.oX)(r, options, (0,base/* expectBool */.o3)(r, 'storage_encrypted', true, { missing: 'fail', missingNote: 'the default is false' }), ['kms_key_arn'], 'with the AWS-managed aws/rds key');
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/aws-opensearch-at-rest.ts
/** OpenSearch / Elasticsearch domains: `encrypt_at_rest.enabled = true`. */

/* harmony default export */ const aws_opensearch_at_rest = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_AWS_OPENSEARCH_AT_REST',
    title: 'OpenSearch domain is encrypted at rest',
    severity: 'high',
    category: 'encryption-at-rest',
    resourceTypes: ['aws_opensearch_domain', 'aws_elasticsearch_domain'],
    attributes: ['encrypt_at_rest'],
    evaluate(r, _index, options) {
        return (0,base/* encryptedWithOptionalCmk */.oX)(r, options, (0,base/* expectBool */.o3)(r, 'encrypt_at_rest.enabled', true, { missing: 'fail', missingNote: 'not enabled unless configured' }), ['encrypt_at_rest.kms_key_id'], 'with the AWS-managed aws/es key');
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/aws-opensearch-https.ts
/**
 * OpenSearch / Elasticsearch domains: `domain_endpoint_options.enforce_https = true`, and no TLS 1.0 policy
 * (`tls_security_policy = "Policy-Min-TLS-1-0-2019-07"` lets clients connect with TLS 1.0/1.1; Trivy
 * AVD-AWS-0126). An unset policy is not judged: the provider sends none and the service applies its own.
 */

/** The OpenSearch TLS security policies that accept TLS 1.0 (the others require TLS 1.2). */
const OPENSEARCH_TLS10_POLICIES = ['Policy-Min-TLS-1-0-2019-07'];
/* harmony default export */ const aws_opensearch_https = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_AWS_OPENSEARCH_HTTPS',
    title: 'OpenSearch domain enforces HTTPS with TLS 1.2',
    severity: 'medium',
    category: 'encryption-in-transit',
    resourceTypes: ['aws_opensearch_domain', 'aws_elasticsearch_domain'],
    attributes: ['domain_endpoint_options'],
    docs: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/opensearch_domain#domain_endpoint_options (enforce_https, tls_security_policy: Policy-Min-TLS-1-0-2019-07, Policy-Min-TLS-1-2-2019-07, Policy-Min-TLS-1-2-PFS-2023-10); Trivy AVD-AWS-0046, AVD-AWS-0126',
    evaluate(r) {
        return (0,base/* combine */.kg)((0,base/* expectBool */.o3)(r, 'domain_endpoint_options.enforce_https', true, { missing: 'fail', missingNote: 'HTTP is accepted unless enforce_https is set' }), (0,base/* expectNotIn */.Ag)(r, 'domain_endpoint_options.tls_security_policy', OPENSEARCH_TLS10_POLICIES, {
            missing: 'pass',
            missingNote: 'the service chooses the policy; set a Policy-Min-TLS-1-2 policy to pin TLS 1.2'
        }));
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/aws-opensearch-node-to-node.ts
/** OpenSearch / Elasticsearch domains: `node_to_node_encryption.enabled = true`. */

/* harmony default export */ const aws_opensearch_node_to_node = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_AWS_OPENSEARCH_NODE_TO_NODE',
    title: 'OpenSearch domain encrypts node-to-node traffic',
    severity: 'medium',
    category: 'encryption-in-transit',
    resourceTypes: ['aws_opensearch_domain', 'aws_elasticsearch_domain'],
    attributes: ['node_to_node_encryption'],
    evaluate(r) {
        return (0,base/* expectBool */.o3)(r, 'node_to_node_encryption.enabled', true, { missing: 'fail', missingNote: 'not enabled unless configured' });
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/aws-rds-encryption.ts
/** RDS instances and Aurora clusters: `storage_encrypted = true` (default false). */


/* harmony default export */ const aws_rds_encryption = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_AWS_RDS_ENCRYPTION',
    title: 'RDS instance / cluster storage is encrypted',
    severity: 'high',
    category: 'encryption-at-rest',
    resourceTypes: ['aws_db_instance', 'aws_rds_cluster'],
    attributes: ['storage_encrypted', 'kms_key_id', 'engine_mode', 'replicate_source_db', 'cluster_identifier', 'engine'],
    evaluate(r, _index, options) {
        if (r.type === 'aws_db_instance' && (0,iac/* lookup */.$I)(r, 'cluster_identifier').state !== 'missing')
            return (0,base/* NOT_APPLICABLE */.QE)('an Aurora cluster member: encryption is set on the cluster');
        if (r.type === 'aws_db_instance' && (0,iac/* lookup */.$I)(r, 'replicate_source_db').state !== 'missing' && (0,iac/* lookup */.$I)(r, 'storage_encrypted').state === 'missing')
            return (0,base/* NOT_APPLICABLE */.QE)('a read replica inherits the source database’s encryption');
        const mode = (0,iac/* lookup */.$I)(r, 'engine_mode');
        if (r.type === 'aws_rds_cluster' && mode.state === 'value' && mode.value === 'serverless' && (0,iac/* lookup */.$I)(r, 'storage_encrypted').state === 'missing') {
            return (0,base/* encryptedWithOptionalCmk */.oX)(r, options, (0,base/* PASS */.CQ)('Aurora Serverless v1 clusters are always encrypted'), ['kms_key_id'], 'with the AWS-managed aws/rds key');
        }
        const enc = (0,base/* expectBool */.o3)(r, 'storage_encrypted', true, { missing: 'fail', missingNote: 'the default is false' });
        return (0,base/* encryptedWithOptionalCmk */.oX)(r, options, enc, ['kms_key_id'], 'with the AWS-managed aws/rds key');
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/aws-redshift-encryption.ts
/** Redshift clusters: `encrypted = true` (default false); Redshift Serverless namespaces are always encrypted. */

/* harmony default export */ const aws_redshift_encryption = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_AWS_REDSHIFT_ENCRYPTION',
    title: 'Redshift cluster / namespace is encrypted at rest',
    severity: 'high',
    category: 'encryption-at-rest',
    resourceTypes: ['aws_redshift_cluster', 'aws_redshiftserverless_namespace'],
    attributes: ['encrypted', 'kms_key_id'],
    evaluate(r, _index, options) {
        if (r.type === 'aws_redshiftserverless_namespace')
            return (0,base/* cmkOnly */.sx)(r, options, ['kms_key_id'], 'Redshift Serverless always encrypts');
        return (0,base/* encryptedWithOptionalCmk */.oX)(r, options, (0,base/* expectBool */.o3)(r, 'encrypted', true, { missing: 'fail', missingNote: 'the default is false' }), ['kms_key_id'], 'with the AWS-managed key');
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/aws-s3-encryption.ts
/**
 * S3 bucket encryption at rest. Since 2023-01-05 S3 applies SSE-S3 (AES256) to every new object in every
 * bucket and it cannot be turned off, so a bucket with no SSE configuration is encrypted: it passes, with
 * a message saying so (Checkov's CKV_AWS_19 still flags it; we judge the data's state, not the config's
 * verbosity). With require-cmk it fails unless SSE-KMS / DSSE-KMS names a customer-managed key, either
 * inline (`server_side_encryption_configuration`, provider v3) or in an
 * `aws_s3_bucket_server_side_encryption_configuration` that references the bucket (provider v4+).
 */


const RULE = 'rule.apply_server_side_encryption_by_default';
const ALGORITHMS = ['AES256', 'aws:kms', 'aws:kms:dsse'];
function judgeSseConfig(cfg, at, options) {
    const algo = (0,base/* expectIn */.fW)(cfg, `${at}${RULE}.sse_algorithm`, ALGORITHMS, { missing: 'fail' });
    if (algo.status !== 'pass' || !options.requireCmk)
        return algo;
    const l = (0,iac/* lookup */.$I)(cfg, `${at}${RULE}.sse_algorithm`);
    if (l.state === 'value' && String(l.value) === 'AES256')
        return (0,base/* FAIL */.vR)(`sse_algorithm = "AES256" uses S3-managed keys; require-cmk asks for aws:kms with a customer-managed key`, algo.attribute, algo.line);
    return (0,base/* combine */.kg)(algo, (0,base/* requireCustomerKey */.bu)(cfg, [`${at}${RULE}.kms_master_key_id`]));
}
/* harmony default export */ const aws_s3_encryption = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_AWS_S3_ENCRYPTION',
    title: 'S3 bucket is encrypted at rest (customer-managed KMS key with require-cmk)',
    severity: 'high',
    category: 'encryption-at-rest',
    resourceTypes: ['aws_s3_bucket', 'aws_s3_bucket_server_side_encryption_configuration'],
    attributes: ['bucket', 'server_side_encryption_configuration', 'rule', 'expected_bucket_owner'],
    related: { types: ['aws_s3_bucket_server_side_encryption_configuration'], attributes: ['bucket', 'rule'] },
    evaluate(r, index, options) {
        if (r.type === 'aws_s3_bucket_server_side_encryption_configuration')
            return judgeSseConfig(r, '', options);
        const inline = (0,iac/* lookup */.$I)(r, 'server_side_encryption_configuration');
        if (inline.state !== 'missing')
            return judgeSseConfig(r, 'server_side_encryption_configuration.', options);
        const separate = index.referencing(r, 'aws_s3_bucket_server_side_encryption_configuration', 'bucket', 'bucket');
        if (separate.length > 0) {
            const res = judgeSseConfig(separate[0], '', options);
            return { ...res, message: `${res.message} (in ${separate[0].address}, ${separate[0].file}:${separate[0].line})`, line: undefined };
        }
        const bucketName = (0,iac/* lookup */.$I)(r, 'bucket');
        const unresolvedConfigs = index.sameModule(r, 'aws_s3_bucket_server_side_encryption_configuration').filter(c => (0,iac/* lookup */.$I)(c, 'bucket').state === 'unknown');
        if (unresolvedConfigs.length > 0 && options.requireCmk)
            return (0,base/* UNVERIFIED */.Yg)(`an aws_s3_bucket_server_side_encryption_configuration in this module has an unresolved bucket (${unresolvedConfigs[0].address}); it may configure this bucket`);
        if (options.requireCmk)
            return (0,base/* FAIL */.vR)('no server-side encryption configuration: objects get SSE-S3 (S3-managed keys) by default; require-cmk asks for aws:kms with a customer-managed key');
        void bucketName;
        return (0,base/* PASS */.CQ)('no server-side encryption configuration: S3 encrypts new objects with SSE-S3 by default (since January 2023)');
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/aws-sagemaker-cmk.ts
/** SageMaker notebook instances, endpoint configurations and domains: storage encrypted with a customer key. */

const aws_sagemaker_cmk_KEY = {
    aws_sagemaker_notebook_instance: 'kms_key_id',
    aws_sagemaker_endpoint_configuration: 'kms_key_arn',
    aws_sagemaker_domain: 'kms_key_id'
};
/* harmony default export */ const aws_sagemaker_cmk = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_AWS_SAGEMAKER_CMK',
    title: 'SageMaker notebook / endpoint / domain storage uses a customer-managed key',
    severity: 'medium',
    category: 'key-management',
    ai: true,
    resourceTypes: Object.keys(aws_sagemaker_cmk_KEY),
    attributes: ['kms_key_id', 'kms_key_arn'],
    evaluate(r, _index, options) {
        return (0,base/* cmkOnly */.sx)(r, options, [aws_sagemaker_cmk_KEY[r.type]], 'SageMaker encrypts ML storage volumes with an AWS-managed key');
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/aws-secretsmanager-cmk.ts
/** Secrets Manager secrets: always encrypted (aws/secretsmanager); `kms_key_id` for a customer-managed key. */

/* harmony default export */ const aws_secretsmanager_cmk = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_AWS_SECRETSMANAGER_CMK',
    title: 'Secrets Manager secret uses a customer-managed KMS key',
    severity: 'medium',
    category: 'key-management',
    resourceTypes: ['aws_secretsmanager_secret'],
    attributes: ['kms_key_id'],
    evaluate(r, _index, options) {
        return (0,base/* cmkOnly */.sx)(r, options, ['kms_key_id'], 'Secrets Manager encrypts every secret');
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/aws-sns-encryption.ts
/** SNS topics: `kms_master_key_id` set (alias/aws/sns is encrypted with the AWS-managed key). */

/* harmony default export */ const aws_sns_encryption = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_AWS_SNS_ENCRYPTION',
    title: 'SNS topic is encrypted at rest',
    severity: 'medium',
    category: 'encryption-at-rest',
    resourceTypes: ['aws_sns_topic'],
    attributes: ['kms_master_key_id'],
    evaluate(r, _index, options) {
        const k = (0,base/* requireCustomerKey */.bu)(r, ['kms_master_key_id']);
        if (k.status === 'fail' && !options.requireCmk && /AWS-managed/.test(k.message))
            return { ...k, status: 'pass', message: `encrypted with the AWS-managed key (${k.message.replace(base/* AWS_MANAGED_NOTE */.Dp, '')})` };
        if (k.status === 'fail' && !options.requireCmk)
            return { ...k, message: 'kms_master_key_id not set: SNS topics are not encrypted at rest by default' };
        return k;
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/aws-sqs-encryption.ts
/**
 * SQS queues: `kms_master_key_id` (SSE-KMS) or `sqs_managed_sse_enabled = true` (SSE-SQS). As Checkov and
 * KICS do, a queue that sets neither fails: the configuration must say it is encrypted. An empty
 * `kms_master_key_id = ""` sets no key (Checkov SQSQueueEncryption `fail2`).
 */


/* harmony default export */ const aws_sqs_encryption = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_AWS_SQS_ENCRYPTION',
    title: 'SQS queue is encrypted at rest',
    severity: 'medium',
    category: 'encryption-at-rest',
    resourceTypes: ['aws_sqs_queue'],
    attributes: ['kms_master_key_id', 'sqs_managed_sse_enabled'],
    evaluate(r, _index, options) {
        const kms = (0,base/* lookupKey */.kk)(r, 'kms_master_key_id');
        if (kms.state !== 'missing') {
            const k = (0,base/* requireCustomerKey */.bu)(r, ['kms_master_key_id']);
            if (k.status === 'fail' && !options.requireCmk)
                return { ...k, status: 'pass', message: `encrypted with SSE-KMS: ${k.message.replace(`, not a customer-managed key${base/* AWS_MANAGED_NOTE */.Dp}`, '')}` };
            return k;
        }
        if (options.requireCmk)
            return (0,base/* requireCustomerKey */.bu)(r, ['kms_master_key_id']);
        const sse = (0,base/* expectBool */.o3)(r, 'sqs_managed_sse_enabled', true, { missing: 'fail' });
        if (sse.status === 'fail' && (0,iac/* lookup */.$I)(r, 'sqs_managed_sse_enabled').state === 'missing')
            return (0,base/* FAIL */.vR)('neither kms_master_key_id nor sqs_managed_sse_enabled is set; set sqs_managed_sse_enabled = true or a KMS key', 'kms_master_key_id', kms.line);
        return sse;
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/azure-app-https-only.ts
/** App Service / Function apps: `https_only = true` (default false). */

/* harmony default export */ const azure_app_https_only = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_AZURE_APP_HTTPS_ONLY',
    title: 'App Service / Function app accepts HTTPS only',
    severity: 'medium',
    category: 'encryption-in-transit',
    resourceTypes: [
        'azurerm_linux_web_app',
        'azurerm_windows_web_app',
        'azurerm_app_service',
        'azurerm_linux_function_app',
        'azurerm_windows_function_app',
        'azurerm_function_app'
    ],
    attributes: ['https_only'],
    evaluate(r) {
        return (0,base/* expectBool */.o3)(r, 'https_only', true, { missing: 'fail', missingNote: 'the default is false' });
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/azure-cosmosdb-cmk.ts
/** Cosmos DB accounts: always encrypted with service-managed keys; `key_vault_key_id` for a customer key. */

/* harmony default export */ const azure_cosmosdb_cmk = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_AZURE_COSMOSDB_CMK',
    title: 'Cosmos DB account uses a customer-managed key',
    severity: 'low',
    category: 'key-management',
    resourceTypes: ['azurerm_cosmosdb_account'],
    attributes: ['key_vault_key_id'],
    evaluate(r, _index, options) {
        return (0,base/* cmkOnly */.sx)(r, options, ['key_vault_key_id'], 'Cosmos DB encrypts data at rest');
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/azure-db-ssl.ts
/**
 * PostgreSQL / MySQL: single servers enforce SSL (`ssl_enforcement_enabled`, TLS ≥ 1.2); flexible servers
 * must not set the `require_secure_transport` server parameter to OFF.
 */


/* harmony default export */ const azure_db_ssl = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_AZURE_DB_SSL',
    title: 'PostgreSQL / MySQL server requires TLS connections',
    severity: 'high',
    category: 'encryption-in-transit',
    resourceTypes: [
        'azurerm_postgresql_server',
        'azurerm_mysql_server',
        'azurerm_postgresql_flexible_server_configuration',
        'azurerm_mysql_flexible_server_configuration'
    ],
    attributes: ['ssl_enforcement_enabled', 'ssl_minimal_tls_version_enforced', 'name', 'value'],
    evaluate(r) {
        if (r.type.endsWith('_flexible_server_configuration')) {
            const name = (0,iac/* lookup */.$I)(r, 'name');
            if (!(name.state === 'value' && String(name.value).toLowerCase() === 'require_secure_transport'))
                return (0,base/* NOT_APPLICABLE */.QE)('not the require_secure_transport parameter', 'name', name.line);
            return (0,base/* expectIn */.fW)(r, 'value', ['on', 'true', '1'], { missing: 'fail' });
        }
        return (0,base/* combine */.kg)((0,base/* expectBool */.o3)(r, 'ssl_enforcement_enabled', true, { missing: 'fail' }), (0,base/* expectIn */.fW)(r, 'ssl_minimal_tls_version_enforced', ['TLS1_2', 'TLS1_3'], { missing: 'pass', missingNote: 'the default is TLS1_2' }));
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/azure-keyvault-purge-protection.ts
/** Key Vaults: `purge_protection_enabled = true` (default false) so keys that encrypt data cannot be destroyed at once. */

/* harmony default export */ const azure_keyvault_purge_protection = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_AZURE_KEYVAULT_PURGE_PROTECTION',
    title: 'Key Vault has purge protection',
    severity: 'medium',
    category: 'key-management',
    resourceTypes: ['azurerm_key_vault'],
    attributes: ['purge_protection_enabled', 'soft_delete_retention_days'],
    evaluate(r) {
        return (0,base/* expectBool */.o3)(r, 'purge_protection_enabled', true, { missing: 'fail', missingNote: 'the default is false' });
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/azure-managed-disk-encryption.ts
/** Managed disks: SSE with platform keys always; `encryption_settings.enabled = false` fails; CMK via `disk_encryption_set_id`. */

/* harmony default export */ const azure_managed_disk_encryption = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_AZURE_MANAGED_DISK_ENCRYPTION',
    title: 'Managed disk is encrypted (customer-managed key with require-cmk)',
    severity: 'high',
    category: 'encryption-at-rest',
    resourceTypes: ['azurerm_managed_disk'],
    attributes: ['encryption_settings', 'disk_encryption_set_id', 'secure_vm_disk_encryption_set_id'],
    evaluate(r, _index, options) {
        const enc = (0,base/* expectBool */.o3)(r, 'encryption_settings.enabled', true, { missing: 'pass', missingNote: 'server-side encryption with platform-managed keys' });
        return (0,base/* encryptedWithOptionalCmk */.oX)(r, options, enc, ['disk_encryption_set_id', 'secure_vm_disk_encryption_set_id'], 'with platform-managed keys');
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/azure-ml-workspace-cmk.ts
/** Machine Learning workspaces: `encryption { key_vault_id, key_id }` for a customer key. */

/* harmony default export */ const azure_ml_workspace_cmk = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_AZURE_ML_WORKSPACE_CMK',
    title: 'Machine Learning workspace uses a customer-managed key',
    severity: 'medium',
    category: 'key-management',
    ai: true,
    resourceTypes: ['azurerm_machine_learning_workspace'],
    attributes: ['encryption'],
    evaluate(r, _index, options) {
        return (0,base/* cmkOnly */.sx)(r, options, ['encryption.key_id'], 'Azure Machine Learning encrypts workspace data with Microsoft-managed keys');
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/azure-redis-tls.ts
/** Azure Cache for Redis: non-TLS port closed (`non_ssl_port_enabled` / `enable_non_ssl_port`, default false), TLS ≥ 1.2. */


/* harmony default export */ const azure_redis_tls = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_AZURE_REDIS_TLS_ONLY',
    title: 'Redis cache accepts TLS connections only',
    severity: 'high',
    category: 'encryption-in-transit',
    resourceTypes: ['azurerm_redis_cache'],
    attributes: ['non_ssl_port_enabled', 'enable_non_ssl_port', 'minimum_tls_version'],
    evaluate(r) {
        const key = (0,iac/* lookup */.$I)(r, 'non_ssl_port_enabled').state !== 'missing' ? 'non_ssl_port_enabled' : 'enable_non_ssl_port';
        return (0,base/* combine */.kg)((0,base/* expectBool */.o3)(r, key, false, { missing: 'pass', missingNote: 'the default is false' }), (0,base/* expectIn */.fW)(r, 'minimum_tls_version', ['1.2', '1.3'], { missing: 'pass', missingNote: 'the default is 1.2' }));
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/azure-sql-tde.ts
/** Azure SQL transparent data encryption: on unless `transparent_data_encryption_enabled = false`; CMK via `key_vault_key_id`. */


/* harmony default export */ const azure_sql_tde = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_AZURE_SQL_TDE',
    title: 'Azure SQL database has transparent data encryption',
    severity: 'high',
    category: 'encryption-at-rest',
    resourceTypes: ['azurerm_mssql_database', 'azurerm_mssql_server_transparent_data_encryption'],
    attributes: ['transparent_data_encryption_enabled', 'transparent_data_encryption_key_vault_key_id', 'key_vault_key_id', 'managed_hsm_key_id'],
    evaluate(r, _index, options) {
        if (r.type === 'azurerm_mssql_server_transparent_data_encryption')
            return (0,base/* cmkOnly */.sx)(r, options, ['key_vault_key_id', 'managed_hsm_key_id'], 'TDE is on with a service-managed key');
        const enc = (0,base/* expectBool */.o3)(r, 'transparent_data_encryption_enabled', true, { missing: 'pass', missingNote: 'the default is true' });
        void iac/* lookup */.$I;
        return (0,base/* encryptedWithOptionalCmk */.oX)(r, options, enc, ['transparent_data_encryption_key_vault_key_id'], 'with a service-managed key');
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/azure-storage-cmk.ts
/** Storage accounts: always encrypted with Microsoft-managed keys; a customer key via `customer_managed_key` or an `azurerm_storage_account_customer_managed_key`. */

/* harmony default export */ const azure_storage_cmk = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_AZURE_STORAGE_CMK',
    title: 'Storage account uses a customer-managed key',
    severity: 'low',
    category: 'key-management',
    resourceTypes: ['azurerm_storage_account'],
    attributes: ['customer_managed_key'],
    related: { types: ['azurerm_storage_account_customer_managed_key'], attributes: ['storage_account_id', 'key_name', 'key_vault_key_id', 'key_vault_id'] },
    evaluate(r, index, options) {
        const separate = index.referencing(r, 'azurerm_storage_account_customer_managed_key', 'storage_account_id');
        if (separate.length > 0)
            return (0,base/* PASS */.CQ)(`customer-managed key set by ${separate[0].address}`);
        return (0,base/* cmkOnly */.sx)(r, options, ['customer_managed_key.key_vault_key_id', 'customer_managed_key.managed_hsm_key_id'], 'Azure Storage encrypts data at rest');
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/azure-storage-https.ts
/** Storage accounts accept HTTPS only: `https_traffic_only_enabled` (azurerm 4) / `enable_https_traffic_only` (3), default true. */


/* harmony default export */ const azure_storage_https = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_AZURE_STORAGE_HTTPS_ONLY',
    title: 'Storage account accepts HTTPS traffic only',
    severity: 'high',
    category: 'encryption-in-transit',
    resourceTypes: ['azurerm_storage_account'],
    attributes: ['https_traffic_only_enabled', 'enable_https_traffic_only'],
    evaluate(r) {
        const key = (0,iac/* lookup */.$I)(r, 'https_traffic_only_enabled').state !== 'missing' ? 'https_traffic_only_enabled' : 'enable_https_traffic_only';
        return (0,base/* expectBool */.o3)(r, key, true, { missing: 'pass', missingNote: 'the default is true' });
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/azure-storage-infrastructure-encryption.ts
/**
 * Storage accounts: double encryption at the infrastructure layer (`infrastructure_encryption_enabled`,
 * default false). Azure Storage always encrypts data at rest (256-bit AES, service-side encryption);
 * infrastructure encryption is a second, optional layer that can only be set when the account is created
 * (https://learn.microsoft.com/azure/storage/common/infrastructure-encryption-enable). It is judged only
 * when the policy asks for it (`require-infrastructure-encryption: true`); otherwise not applicable.
 */

/* harmony default export */ const azure_storage_infrastructure_encryption = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_AZURE_STORAGE_INFRA_ENCRYPTION',
    title: 'Storage account has infrastructure (double) encryption',
    severity: 'low',
    category: 'encryption-at-rest',
    resourceTypes: ['azurerm_storage_account'],
    attributes: ['infrastructure_encryption_enabled'],
    evaluate(r, _index, options) {
        if (!options.requireInfrastructureEncryption)
            return (0,base/* NOT_APPLICABLE */.QE)('infrastructure (double) encryption is optional hardening; data is encrypted at rest regardless (set require-infrastructure-encryption to require it)');
        return (0,base/* expectBool */.o3)(r, 'infrastructure_encryption_enabled', true, { missing: 'fail', missingNote: 'the default is false' });
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/azure-storage-min-tls.ts
/** Storage accounts: `min_tls_version = "TLS1_2"` (the azurerm default since 3.0). */

/* harmony default export */ const azure_storage_min_tls = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_AZURE_STORAGE_MIN_TLS',
    title: 'Storage account requires TLS 1.2 or newer',
    severity: 'medium',
    category: 'encryption-in-transit',
    resourceTypes: ['azurerm_storage_account'],
    attributes: ['min_tls_version'],
    evaluate(r) {
        return (0,base/* expectIn */.fW)(r, 'min_tls_version', ['TLS1_2', 'TLS1_3'], { missing: 'pass', missingNote: 'the azurerm default is TLS1_2' });
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/cfn-dynamodb-encryption.ts
/** AWS::DynamoDB::Table: always encrypted (AWS-owned key); `SSESpecification` with `KMSMasterKeyId` for a CMK. */

/* harmony default export */ const cfn_dynamodb_encryption = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_CFN_DYNAMODB_ENCRYPTION',
    title: 'DynamoDB table is encrypted (customer-managed key with require-cmk) (CloudFormation)',
    severity: 'medium',
    category: 'encryption-at-rest',
    resourceTypes: ['AWS::DynamoDB::Table'],
    attributes: ['SSESpecification'],
    evaluate(r, _index, options) {
        return (0,base/* cmkOnly */.sx)(r, options, ['SSESpecification.KMSMasterKeyId'], 'DynamoDB encrypts every table (AWS-owned or AWS-managed key)');
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/cfn-ebs-encryption.ts
/** AWS::EC2::Volume: `Encrypted: true`. */

/* harmony default export */ const cfn_ebs_encryption = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_CFN_EBS_ENCRYPTION',
    title: 'EBS volume is encrypted (CloudFormation)',
    severity: 'high',
    category: 'encryption-at-rest',
    resourceTypes: ['AWS::EC2::Volume'],
    attributes: ['Encrypted', 'KmsKeyId'],
    evaluate(r, _index, options) {
        return (0,base/* encryptedWithOptionalCmk */.oX)(r, options, (0,base/* expectBool */.o3)(r, 'Encrypted', true, { missing: 'fail', missingNote: 'the default is false unless EBS encryption by default is on in the account' }), ['KmsKeyId'], 'with the AWS-managed aws/ebs key');
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/cfn-efs-encryption.ts
/** AWS::EFS::FileSystem: `Encrypted: true`. */

/* harmony default export */ const cfn_efs_encryption = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_CFN_EFS_ENCRYPTION',
    title: 'EFS file system is encrypted (CloudFormation)',
    severity: 'high',
    category: 'encryption-at-rest',
    resourceTypes: ['AWS::EFS::FileSystem'],
    attributes: ['Encrypted', 'KmsKeyId'],
    evaluate(r, _index, options) {
        return (0,base/* encryptedWithOptionalCmk */.oX)(r, options, (0,base/* expectBool */.o3)(r, 'Encrypted', true, { missing: 'fail', missingNote: 'the default is false' }), ['KmsKeyId'], 'with the AWS-managed aws/elasticfilesystem key');
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/cfn-elasticache-encryption.ts
/** AWS::ElastiCache::ReplicationGroup: at-rest and in-transit encryption. */

/* harmony default export */ const cfn_elasticache_encryption = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_CFN_ELASTICACHE_ENCRYPTION',
    title: 'ElastiCache replication group encrypts at rest and in transit (CloudFormation)',
    severity: 'high',
    category: 'encryption-at-rest',
    resourceTypes: ['AWS::ElastiCache::ReplicationGroup'],
    attributes: ['AtRestEncryptionEnabled', 'TransitEncryptionEnabled', 'KmsKeyId'],
    evaluate(r, _index, options) {
        const all = (0,base/* combine */.kg)((0,base/* expectBool */.o3)(r, 'AtRestEncryptionEnabled', true, { missing: 'fail' }), (0,base/* expectBool */.o3)(r, 'TransitEncryptionEnabled', true, { missing: 'fail' }));
        return (0,base/* encryptedWithOptionalCmk */.oX)(r, options, all, ['KmsKeyId'], 'with the AWS-managed key');
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/cfn-kms-rotation.ts
/** AWS::KMS::Key: `EnableKeyRotation: true` for symmetric encryption keys (`KeyUsage` / `KeySpec`), as the Terraform check. */


/* harmony default export */ const cfn_kms_rotation = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_CFN_KMS_ROTATION',
    title: 'KMS key has automatic rotation enabled (CloudFormation)',
    severity: 'medium',
    category: 'key-management',
    resourceTypes: ['AWS::KMS::Key'],
    attributes: ['EnableKeyRotation', 'KeySpec', 'KeyUsage'],
    docs: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-kms-key.html (EnableKeyRotation: symmetric encryption keys only; KeyUsage, KeySpec); Trivy AVD-AWS-0065',
    evaluate(r) {
        return judgeKmsRotation(r, { rotation: 'EnableKeyRotation', usage: 'KeyUsage', spec: 'KeySpec' });
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/cfn-log-group-kms.ts
/** AWS::Logs::LogGroup: always encrypted; `KmsKeyId` for a customer-managed key. */

/* harmony default export */ const cfn_log_group_kms = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_CFN_LOG_GROUP_KMS',
    title: 'CloudWatch log group is encrypted with a KMS key (CloudFormation)',
    severity: 'low',
    category: 'encryption-at-rest',
    resourceTypes: ['AWS::Logs::LogGroup'],
    attributes: ['KmsKeyId'],
    evaluate(r, _index, options) {
        return (0,base/* cmkOnly */.sx)(r, options, ['KmsKeyId'], 'CloudWatch Logs encrypts log data at rest');
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/cfn-opensearch-encryption.ts
/**
 * AWS::OpenSearchService::Domain / AWS::Elasticsearch::Domain encrypted at rest. Node-to-node encryption and
 * HTTPS are separate checks (CG_IAC_CFN_OPENSEARCH_NODE_TO_NODE, CG_IAC_CFN_OPENSEARCH_HTTPS), as in Terraform,
 * so each fact is judged and reported on its own.
 */

/* harmony default export */ const cfn_opensearch_encryption = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_CFN_OPENSEARCH_ENCRYPTION',
    title: 'OpenSearch domain is encrypted at rest (CloudFormation)',
    severity: 'high',
    category: 'encryption-at-rest',
    resourceTypes: ['AWS::OpenSearchService::Domain', 'AWS::Elasticsearch::Domain'],
    attributes: ['EncryptionAtRestOptions'],
    docs: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-opensearchservice-domain-encryptionatrestoptions.html (Enabled, KmsKeyId: the AWS-managed aws/es key when not set); Trivy AVD-AWS-0048, Checkov CKV_AWS_5',
    evaluate(r, _index, options) {
        return (0,base/* encryptedWithOptionalCmk */.oX)(r, options, (0,base/* expectBool */.o3)(r, 'EncryptionAtRestOptions.Enabled', true, { missing: 'fail', missingNote: 'not enabled unless configured' }), ['EncryptionAtRestOptions.KmsKeyId'], 'with the AWS-managed aws/es key');
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/cfn-rds-encryption.ts
/** AWS::RDS::DBInstance / DBCluster: `StorageEncrypted: true` (instances in an Aurora cluster inherit the cluster's). */


/* harmony default export */ const cfn_rds_encryption = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_CFN_RDS_ENCRYPTION',
    title: 'RDS instance / cluster storage is encrypted (CloudFormation)',
    severity: 'high',
    category: 'encryption-at-rest',
    resourceTypes: ['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster'],
    attributes: ['StorageEncrypted', 'KmsKeyId', 'DBClusterIdentifier', 'SourceDBInstanceIdentifier'],
    evaluate(r, _index, options) {
        if (r.type === 'AWS::RDS::DBInstance' && (0,iac/* lookup */.$I)(r, 'DBClusterIdentifier').state !== 'missing')
            return (0,base/* NOT_APPLICABLE */.QE)('an Aurora cluster member: encryption is set on the cluster');
        return (0,base/* encryptedWithOptionalCmk */.oX)(r, options, (0,base/* expectBool */.o3)(r, 'StorageEncrypted', true, { missing: 'fail', missingNote: 'the default is false' }), ['KmsKeyId'], 'with the AWS-managed aws/rds key');
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/cfn-redshift-encryption.ts
/** AWS::Redshift::Cluster: `Encrypted: true`; AWS::RedshiftServerless::Namespace is always encrypted (`KmsKeyId` for a customer key). */

/* harmony default export */ const cfn_redshift_encryption = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_CFN_REDSHIFT_ENCRYPTION',
    title: 'Redshift cluster / serverless namespace is encrypted (CloudFormation)',
    severity: 'high',
    category: 'encryption-at-rest',
    resourceTypes: ['AWS::Redshift::Cluster', 'AWS::RedshiftServerless::Namespace'],
    attributes: ['Encrypted', 'KmsKeyId'],
    docs: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-redshift-cluster.html#cfn-redshift-cluster-encrypted; aws-resource-redshiftserverless-namespace.html#cfn-redshiftserverless-namespace-kmskeyid (serverless namespaces are always encrypted, with an AWS-owned key unless KmsKeyId is set); Checkov CKV_AWS_64',
    evaluate(r, _index, options) {
        if (r.type === 'AWS::RedshiftServerless::Namespace')
            return (0,base/* cmkOnly */.sx)(r, options, ['KmsKeyId'], 'Redshift Serverless always encrypts');
        return (0,base/* encryptedWithOptionalCmk */.oX)(r, options, (0,base/* expectBool */.o3)(r, 'Encrypted', true, { missing: 'fail', missingNote: 'the default is false' }), ['KmsKeyId'], 'with the AWS-managed key');
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/cfn-s3-encryption.ts
/** AWS::S3::Bucket — same judgement as CG_IAC_AWS_S3_ENCRYPTION: SSE-S3 applies by default since 2023; require-cmk needs aws:kms + KMSMasterKeyID. */


const D = 'BucketEncryption.ServerSideEncryptionConfiguration.ServerSideEncryptionByDefault';
/* harmony default export */ const cfn_s3_encryption = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_CFN_S3_ENCRYPTION',
    title: 'S3 bucket is encrypted at rest (CloudFormation)',
    severity: 'high',
    category: 'encryption-at-rest',
    resourceTypes: ['AWS::S3::Bucket'],
    attributes: ['BucketEncryption', 'BucketName'],
    evaluate(r, _index, options) {
        if ((0,iac/* lookup */.$I)(r, 'BucketEncryption').state === 'missing') {
            return options.requireCmk
                ? (0,base/* FAIL */.vR)('no BucketEncryption: objects get SSE-S3 (S3-managed keys) by default; require-cmk asks for aws:kms with a customer-managed key', 'BucketEncryption')
                : (0,base/* PASS */.CQ)('no BucketEncryption: S3 encrypts new objects with SSE-S3 by default (since January 2023)');
        }
        const algo = (0,base/* expectIn */.fW)(r, `${D}.SSEAlgorithm`, ['AES256', 'aws:kms', 'aws:kms:dsse'], { missing: 'fail' });
        if (algo.status !== 'pass' || !options.requireCmk)
            return algo;
        const l = (0,iac/* lookup */.$I)(r, `${D}.SSEAlgorithm`);
        if (l.state === 'value' && l.value === 'AES256')
            return (0,base/* FAIL */.vR)('SSEAlgorithm = "AES256" uses S3-managed keys; require-cmk asks for aws:kms with a customer-managed key', algo.attribute, algo.line);
        return (0,base/* combine */.kg)(algo, (0,base/* requireCustomerKey */.bu)(r, [`${D}.KMSMasterKeyID`]));
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/cfn-sns-encryption.ts
/** AWS::SNS::Topic: `KmsMasterKeyId`. */

/* harmony default export */ const cfn_sns_encryption = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_CFN_SNS_ENCRYPTION',
    title: 'SNS topic is encrypted at rest (CloudFormation)',
    severity: 'medium',
    category: 'encryption-at-rest',
    resourceTypes: ['AWS::SNS::Topic'],
    attributes: ['KmsMasterKeyId'],
    evaluate(r, _index, options) {
        const k = (0,base/* requireCustomerKey */.bu)(r, ['KmsMasterKeyId']);
        if (k.status === 'fail' && !options.requireCmk && /AWS-managed/.test(k.message))
            return { ...k, status: 'pass', message: `encrypted with the AWS-managed key (${k.message.replace(base/* AWS_MANAGED_NOTE */.Dp, '')})` };
        if (k.status === 'fail' && !options.requireCmk)
            return { ...k, message: 'KmsMasterKeyId not set: SNS topics are not encrypted at rest by default' };
        return k;
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/cfn-sqs-encryption.ts
/** AWS::SQS::Queue: `KmsMasterKeyId` or `SqsManagedSseEnabled: true`; `KmsMasterKeyId: ""` sets no key. */


/* harmony default export */ const cfn_sqs_encryption = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_CFN_SQS_ENCRYPTION',
    title: 'SQS queue is encrypted at rest (CloudFormation)',
    severity: 'medium',
    category: 'encryption-at-rest',
    resourceTypes: ['AWS::SQS::Queue'],
    attributes: ['KmsMasterKeyId', 'SqsManagedSseEnabled'],
    evaluate(r, _index, options) {
        const kms = (0,base/* lookupKey */.kk)(r, 'KmsMasterKeyId');
        if (kms.state !== 'missing') {
            const k = (0,base/* requireCustomerKey */.bu)(r, ['KmsMasterKeyId']);
            if (k.status === 'fail' && !options.requireCmk)
                return { ...k, status: 'pass', message: `encrypted with SSE-KMS (${k.message.replace(base/* AWS_MANAGED_NOTE */.Dp, '')})` };
            return k;
        }
        if (options.requireCmk)
            return (0,base/* requireCustomerKey */.bu)(r, ['KmsMasterKeyId']);
        if ((0,iac/* lookup */.$I)(r, 'SqsManagedSseEnabled').state === 'missing')
            return (0,base/* FAIL */.vR)('neither KmsMasterKeyId nor SqsManagedSseEnabled is set; set SqsManagedSseEnabled: true or a KMS key', 'KmsMasterKeyId', kms.line);
        return (0,base/* expectBool */.o3)(r, 'SqsManagedSseEnabled', true, { missing: 'fail' });
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/gcp-bigquery-cmek.ts
/** BigQuery datasets and tables: `default_encryption_configuration.kms_key_name` / `encryption_configuration.kms_key_name`. */

/* harmony default export */ const gcp_bigquery_cmek = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_GCP_BIGQUERY_CMEK',
    title: 'BigQuery dataset / table uses a customer-managed encryption key',
    severity: 'low',
    category: 'key-management',
    resourceTypes: ['google_bigquery_dataset', 'google_bigquery_table'],
    attributes: ['default_encryption_configuration', 'encryption_configuration'],
    evaluate(r, _index, options) {
        const path = r.type === 'google_bigquery_dataset' ? 'default_encryption_configuration.kms_key_name' : 'encryption_configuration.kms_key_name';
        return (0,base/* cmkOnly */.sx)(r, options, [path], 'BigQuery encrypts data with Google-managed keys');
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/gcp-disk-cmek.ts
/** Compute disks: Google-managed keys by default; `disk_encryption_key.kms_key_self_link` (CMEK) or `raw_key` (CSEK). */

/* harmony default export */ const gcp_disk_cmek = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_GCP_DISK_CMEK',
    title: 'Compute disk uses a customer-managed encryption key',
    severity: 'low',
    category: 'key-management',
    resourceTypes: ['google_compute_disk', 'google_compute_region_disk'],
    attributes: ['disk_encryption_key'],
    evaluate(r, _index, options) {
        return (0,base/* cmkOnly */.sx)(r, options, ['disk_encryption_key.kms_key_self_link', 'disk_encryption_key.kms_key_name', 'disk_encryption_key.rsa_encrypted_key'], 'Compute Engine encrypts disks with Google-managed keys');
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/gcp-kms-rotation.ts
/** KMS crypto keys: `rotation_period` at most 90 days (7776000s); asymmetric keys cannot rotate automatically. */


const MAX_SECONDS = 7776000;
/* harmony default export */ const gcp_kms_rotation = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_GCP_KMS_ROTATION',
    title: 'KMS crypto key rotates at least every 90 days',
    severity: 'medium',
    category: 'key-management',
    resourceTypes: ['google_kms_crypto_key'],
    attributes: ['rotation_period', 'purpose'],
    evaluate(r) {
        const purpose = (0,iac/* lookup */.$I)(r, 'purpose');
        if (purpose.state === 'value' && String(purpose.value) !== 'ENCRYPT_DECRYPT')
            return (0,base/* NOT_APPLICABLE */.QE)(`purpose = ${String(purpose.value)}: automatic rotation applies to symmetric keys`, 'purpose', purpose.line);
        const l = (0,iac/* lookup */.$I)(r, 'rotation_period');
        if (l.state === 'missing')
            return (0,base/* FAIL */.vR)('rotation_period not set: the key never rotates', 'rotation_period', l.line);
        if (l.state !== 'value')
            return (0,base/* UNVERIFIED */.Yg)(`rotation_period cannot be resolved statically: ${l.state === 'unknown' ? l.reason : l.ref}`, 'rotation_period', l.line);
        const m = /^(\d+(?:\.\d+)?)s$/.exec(String(l.value));
        if (!m)
            return (0,base/* UNVERIFIED */.Yg)(`rotation_period = ${JSON.stringify(l.value)} is not a duration in seconds`, 'rotation_period', l.line);
        const secs = Number(m[1]);
        return secs <= MAX_SECONDS
            ? (0,base/* PASS */.CQ)(`rotation_period = ${String(l.value)} (≤ 90 days)`, 'rotation_period', l.line)
            : (0,base/* FAIL */.vR)(`rotation_period = ${String(l.value)} is longer than 90 days (7776000s)`, 'rotation_period', l.line);
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/gcp-pubsub-cmek.ts
/** Pub/Sub topics: `kms_key_name` for CMEK. */

/* harmony default export */ const gcp_pubsub_cmek = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_GCP_PUBSUB_CMEK',
    title: 'Pub/Sub topic uses a customer-managed encryption key',
    severity: 'low',
    category: 'key-management',
    resourceTypes: ['google_pubsub_topic'],
    attributes: ['kms_key_name'],
    evaluate(r, _index, options) {
        return (0,base/* cmkOnly */.sx)(r, options, ['kms_key_name'], 'Pub/Sub encrypts messages with Google-managed keys');
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/gcp-sql-ssl.ts
/** Cloud SQL: `settings.ip_configuration.ssl_mode` ENCRYPTED_ONLY / TRUSTED_CLIENT_CERTIFICATE_REQUIRED, or legacy `require_ssl = true`. */


const IP = 'settings.ip_configuration';
/* harmony default export */ const gcp_sql_ssl = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_GCP_SQL_SSL',
    title: 'Cloud SQL instance requires TLS connections',
    severity: 'high',
    category: 'encryption-in-transit',
    resourceTypes: ['google_sql_database_instance'],
    attributes: ['settings', 'encryption_key_name'],
    evaluate(r) {
        if ((0,iac/* lookup */.$I)(r, `${IP}.ssl_mode`).state !== 'missing')
            return (0,base/* expectIn */.fW)(r, `${IP}.ssl_mode`, ['ENCRYPTED_ONLY', 'TRUSTED_CLIENT_CERTIFICATE_REQUIRED'], { missing: 'fail' });
        return (0,base/* expectBool */.o3)(r, `${IP}.require_ssl`, true, { missing: 'fail', missingNote: 'the default ssl_mode allows unencrypted connections' });
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/gcp-storage-bucket-cmek.ts
/** Storage buckets: `encryption.default_kms_key_name` for CMEK. */

/* harmony default export */ const gcp_storage_bucket_cmek = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_GCP_STORAGE_BUCKET_CMEK',
    title: 'Storage bucket uses a customer-managed encryption key',
    severity: 'low',
    category: 'key-management',
    resourceTypes: ['google_storage_bucket'],
    attributes: ['encryption'],
    evaluate(r, _index, options) {
        return (0,base/* cmkOnly */.sx)(r, options, ['encryption.default_kms_key_name'], 'Cloud Storage encrypts objects with Google-managed keys');
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/gcp-vertex-ai-cmek.ts
/** Vertex AI datasets, endpoints, featurestores, metadata stores, tensorboards, indexes: `encryption_spec.kms_key_name`. */

/* harmony default export */ const gcp_vertex_ai_cmek = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_GCP_VERTEX_AI_CMEK',
    title: 'Vertex AI resource uses a customer-managed encryption key',
    severity: 'medium',
    category: 'key-management',
    ai: true,
    resourceTypes: [
        'google_vertex_ai_dataset',
        'google_vertex_ai_endpoint',
        'google_vertex_ai_featurestore',
        'google_vertex_ai_metadata_store',
        'google_vertex_ai_tensorboard',
        'google_vertex_ai_index',
        'google_vertex_ai_index_endpoint'
    ],
    attributes: ['encryption_spec'],
    evaluate(r, _index, options) {
        return (0,base/* cmkOnly */.sx)(r, options, ['encryption_spec.kms_key_name'], 'Vertex AI encrypts data with Google-managed keys');
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/rule.ts
/**
 * Declarative checks: the common "attribute X must be Y, and a missing X means Z" shape as data, with the
 * documentation fact it rests on. A requirement may apply to every element of one or more repeated blocks
 * (`listener`, `volume`, `artifacts` + `secondary_artifacts`, CloudFormation lists) and only when a
 * condition holds (`when`; a list of conditions applies when any holds).
 */


function topLevel(p) {
    return p.split('.')[0];
}
function holds(r, c) {
    const l = (0,iac/* lookup */.$I)(r, c.path);
    if (l.state === 'missing')
        return c.missing === true;
    if ('in' in c && c.in.length === 0)
        return true;
    if (l.state !== 'value')
        return 'unknown';
    const s = String(l.value).toLowerCase();
    return 'in' in c ? c.in.some(x => x.toLowerCase() === s) : !c.notIn.some(x => x.toLowerCase() === s);
}
/** Any of the conditions holds: true if one does, else unknown if one is unknown, else false. */
function anyHolds(r, cs) {
    const results = cs.map(c => [c, holds(r, c)]);
    if (results.some(([, h]) => h === true))
        return { holds: true };
    const unknown = results.find(([, h]) => h === 'unknown');
    return unknown ? { holds: 'unknown', unknown: unknown[0] } : { holds: false };
}
/** Why a condition does not hold, e.g. "type is not S3/CODEPIPELINE". */
function whyNot(c) {
    if ('notIn' in c)
        return `${c.path} is ${c.notIn.join('/')}`;
    return c.in.length ? `${c.path} is not ${c.in.join('/')}` : `${c.path} is not set`;
}
function judge(r, reqs) {
    return (0,base/* combine */.kg)(...reqs.map(q => {
        const opts = { missing: q.missing, missingNote: q.note };
        if ('bool' in q)
            return (0,base/* expectBool */.o3)(r, q.path, q.bool, opts);
        if ('in' in q)
            return (0,base/* expectIn */.fW)(r, q.path, q.in, opts);
        return (0,base/* expectNotIn */.Ag)(r, q.path, q.notIn, opts);
    }));
}
/** Each element of a repeated block as a resource of its own (positions re-rooted), or a not-verified result when unresolved. */
function rule_elements(r, blockPath) {
    const l = (0,iac/* lookup */.$I)(r, blockPath);
    if (l.state === 'missing')
        return [];
    if (l.state !== 'value')
        return (0,base/* UNVERIFIED */.Yg)(`${blockPath} cannot be resolved statically: ${l.state === 'unknown' ? l.reason : l.ref}`, blockPath, l.line);
    const list = Array.isArray(l.value) ? l.value : [l.value];
    const positions = {};
    const prefix = `${blockPath}.`;
    for (const [k, v] of Object.entries(r.positions))
        if (k.startsWith(prefix))
            positions[k.slice(prefix.length)] = v;
    return list.map(item => ({ ...r, attributes: (0,iac/* isPlainObject */.Qd)(item) ? item : {}, positions }));
}
function asList(x) {
    return x === undefined ? [] : Array.isArray(x) ? x : [x];
}
function ruleCheck(spec) {
    const blocks = asList(spec.each);
    const conditions = asList(spec.when);
    const own = [...conditions.map(c => c.path), ...spec.require.map(q => q.path)];
    const attributes = [...new Set([...(blocks.length ? blocks : own), ...(spec.cmkPaths ?? [])].map(topLevel))];
    return (0,base/* defineCheck */.qH)({
        id: spec.id,
        title: spec.title,
        severity: spec.severity,
        category: spec.category,
        resourceTypes: spec.resourceTypes,
        attributes,
        docs: spec.docs,
        ...(spec.ai ? { ai: true } : {}),
        evaluate(r, _index, options) {
            // Each target with its label: the resource itself, or every element of every repeated block.
            const targets = [];
            if (blocks.length === 0)
                targets.push({ t: r });
            for (const block of blocks) {
                const els = rule_elements(r, block);
                if (!Array.isArray(els))
                    return els;
                els.forEach((t, i) => targets.push({ t, block, label: els.length > 1 ? `${block}[${i}]` : block }));
            }
            const results = [];
            for (const { t, block, label } of targets) {
                if (conditions.length) {
                    const h = anyHolds(t, conditions);
                    if (h.holds === 'unknown' && h.unknown) {
                        results.push((0,base/* UNVERIFIED */.Yg)(`${label ? `${label}.` : ''}${h.unknown.path} cannot be resolved statically`, block ? `${block}.${h.unknown.path}` : h.unknown.path, (0,iac/* lookup */.$I)(t, h.unknown.path).line));
                        continue;
                    }
                    if (!h.holds)
                        continue;
                }
                const res = judge(t, spec.require);
                results.push(block && res.attribute ? { ...res, attribute: `${block}.${res.attribute}`, message: `${label}: ${res.message}` } : res);
            }
            if (results.length === 0)
                return (0,base/* NOT_APPLICABLE */.QE)(conditions.length ? `does not apply: ${conditions.map(whyNot).join('; ')}` : `no ${blocks.join(' / ') || 'setting'} to judge`);
            const res = (0,base/* combine */.kg)(...results);
            return spec.cmkPaths ? (0,base/* encryptedWithOptionalCmk */.oX)(r, options, res, spec.cmkPaths) : res;
        }
    });
}

;// CONCATENATED MODULE: ./src/iac/checks/aws-elb-classic-https.ts
/** Classic load balancer listeners use HTTPS/SSL. Declarative: see ./rule.ts; the fact it rests on is in `docs`. */

/* harmony default export */ const aws_elb_classic_https = (ruleCheck({
    id: 'CG_IAC_AWS_ELB_CLASSIC_HTTPS',
    title: 'Classic load balancer listeners use HTTPS/SSL',
    severity: 'high',
    category: 'encryption-in-transit',
    resourceTypes: ['aws_elb'],
    docs: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/elb#listener (lb_protocol HTTP, HTTPS, TCP or SSL); Trivy AVD-AWS-0054 (plain HTTP)',
    each: 'listener',
    require: [{ path: 'lb_protocol', notIn: ['http'], missing: 'fail', note: 'lb_protocol is required' }]
}));

;// CONCATENATED MODULE: ./src/iac/checks/aws-lb-ssl-policy.ts
/** HTTPS/TLS load balancer listener uses a TLS 1.2+ security policy. Declarative: see ./rule.ts; the fact it rests on is in `docs`. */

/** ELB security policies that accept TLS 1.0 or 1.1 (AWS's describe-ssl-policies table); shared with the CloudFormation check. */
const ELB_POLICIES_BELOW_TLS12 = [
    'ELBSecurityPolicy-2015-05',
    'ELBSecurityPolicy-2016-08',
    'ELBSecurityPolicy-TLS-1-0-2015-04',
    'ELBSecurityPolicy-TLS-1-1-2017-01',
    'ELBSecurityPolicy-FS-2018-06',
    'ELBSecurityPolicy-FS-1-1-2019-08',
    'ELBSecurityPolicy-TLS13-1-0-2021-06',
    'ELBSecurityPolicy-TLS13-1-1-2021-06'
];
/* harmony default export */ const aws_lb_ssl_policy = (ruleCheck({
    id: 'CG_IAC_AWS_LB_SSL_POLICY',
    title: 'HTTPS/TLS load balancer listener uses a TLS 1.2+ security policy',
    severity: 'medium',
    category: 'encryption-in-transit',
    resourceTypes: ['aws_lb_listener', 'aws_alb_listener'],
    docs: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html (policies that accept TLS 1.0/1.1); the provider default ELBSecurityPolicy-2016-08 accepts TLS 1.0; Trivy AVD-AWS-0047',
    when: { path: 'protocol', in: ['HTTPS', 'TLS'] },
    require: [
        {
            path: 'ssl_policy',
            notIn: [...ELB_POLICIES_BELOW_TLS12],
            missing: 'fail',
            note: 'the provider default ELBSecurityPolicy-2016-08 accepts TLS 1.0'
        }
    ]
}));

;// CONCATENATED MODULE: ./src/iac/checks/aws-apigw-domain-tls.ts
/** API Gateway custom domain requires TLS 1.2. Declarative: see ./rule.ts; the fact it rests on is in `docs`. */

/* harmony default export */ const aws_apigw_domain_tls = (ruleCheck({
    id: 'CG_IAC_AWS_APIGW_DOMAIN_TLS',
    title: 'API Gateway custom domain requires TLS 1.2',
    severity: 'medium',
    category: 'encryption-in-transit',
    resourceTypes: ['aws_api_gateway_domain_name'],
    docs: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-custom-domain-tls-version.html (TLS_1_0 accepts TLS 1.0); Checkov CKV_AWS_206, Trivy AVD-AWS-0005',
    require: [{ path: 'security_policy', in: ['TLS_1_2'], missing: 'fail', note: 'set TLS_1_2 explicitly' }]
}));

;// CONCATENATED MODULE: ./src/iac/checks/cfn-apigw-domain-tls.ts
/** API Gateway custom domain requires TLS 1.2 (CloudFormation). Declarative: see ./rule.ts; the fact it rests on is in `docs`. */

/* harmony default export */ const cfn_apigw_domain_tls = (ruleCheck({
    id: 'CG_IAC_CFN_APIGW_DOMAIN_TLS',
    title: 'API Gateway custom domain requires TLS 1.2 (CloudFormation)',
    severity: 'medium',
    category: 'encryption-in-transit',
    resourceTypes: ['AWS::ApiGateway::DomainName'],
    docs: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-domainname.html (SecurityPolicy TLS_1_0 | TLS_1_2); Checkov CKV_AWS_206',
    require: [{ path: 'SecurityPolicy', in: ['TLS_1_2'], missing: 'fail', note: 'set TLS_1_2 explicitly' }]
}));

;// CONCATENATED MODULE: ./src/iac/checks/aws-apigw-cache-encryption.ts
/** API Gateway response cache is encrypted. Declarative: see ./rule.ts; the fact it rests on is in `docs`. */

/* harmony default export */ const aws_apigw_cache_encryption = (ruleCheck({
    id: 'CG_IAC_AWS_APIGW_CACHE_ENCRYPTION',
    title: 'API Gateway response cache is encrypted',
    severity: 'medium',
    category: 'encryption-at-rest',
    resourceTypes: ['aws_api_gateway_method_settings'],
    docs: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_method_settings#cache_data_encrypted (default false); Trivy AVD-AWS-0002, Checkov CKV_AWS_308',
    each: 'settings',
    when: { path: 'caching_enabled', in: ['true'] },
    require: [{ path: 'cache_data_encrypted', bool: true, missing: 'fail', note: 'the default is false' }]
}));

;// CONCATENATED MODULE: ./src/iac/checks/cfn-apigw-cache-encryption.ts
/** API Gateway stage cache is encrypted (CloudFormation, SAM). Declarative: see ./rule.ts; the fact it rests on is in `docs`. */

/* harmony default export */ const cfn_apigw_cache_encryption = (ruleCheck({
    id: 'CG_IAC_CFN_APIGW_CACHE_ENCRYPTION',
    title: 'API Gateway stage cache is encrypted (CloudFormation, SAM)',
    severity: 'medium',
    category: 'encryption-at-rest',
    resourceTypes: ['AWS::ApiGateway::Stage', 'AWS::Serverless::Api'],
    docs: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigateway-stage-methodsetting.html (CacheDataEncrypted, default false); Checkov CKV_AWS_120',
    each: 'MethodSettings',
    when: { path: 'CachingEnabled', in: ['true'] },
    require: [{ path: 'CacheDataEncrypted', bool: true, missing: 'fail', note: 'the default is false' }]
}));

;// CONCATENATED MODULE: ./src/iac/checks/aws-codebuild-artifacts.ts
/**
 * CodeBuild project artifacts are encrypted: the primary `artifacts` block and every `secondary_artifacts`
 * block (Trivy AVD-AWS-0018 fails a secondary block with `encryption_disabled = true` whatever the primary
 * is). A block applies unless its type is NO_ARTIFACTS; one that disables encryption fails whatever its type.
 * Declarative: see ./rule.ts; the fact it rests on is in `docs`.
 */

/* harmony default export */ const aws_codebuild_artifacts = (ruleCheck({
    id: 'CG_IAC_AWS_CODEBUILD_ARTIFACT_ENCRYPTION',
    title: 'CodeBuild project artifacts are encrypted',
    severity: 'medium',
    category: 'encryption-at-rest',
    resourceTypes: ['aws_codebuild_project'],
    docs: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/codebuild_project#encryption_disabled (default false; artifacts and secondary_artifacts); AWS Config codebuild-project-artifact-encryption (any primary or secondary artifact); Checkov CKV_AWS_78, Trivy AVD-AWS-0018',
    each: ['artifacts', 'secondary_artifacts'],
    when: [
        { path: 'type', notIn: ['NO_ARTIFACTS'], missing: true },
        { path: 'encryption_disabled', in: ['true'] }
    ],
    require: [{ path: 'encryption_disabled', bool: false, missing: 'pass', note: 'artifacts are encrypted by default' }]
}));

;// CONCATENATED MODULE: ./src/iac/checks/cfn-codebuild-artifacts.ts
/**
 * CodeBuild project artifacts are encrypted (CloudFormation): `Artifacts` and every `SecondaryArtifacts`
 * element, as the Terraform check. Declarative: see ./rule.ts; the fact it rests on is in `docs`.
 */

/* harmony default export */ const cfn_codebuild_artifacts = (ruleCheck({
    id: 'CG_IAC_CFN_CODEBUILD_ARTIFACT_ENCRYPTION',
    title: 'CodeBuild project artifacts are encrypted (CloudFormation)',
    severity: 'medium',
    category: 'encryption-at-rest',
    resourceTypes: ['AWS::CodeBuild::Project'],
    docs: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-codebuild-project-artifacts.html (EncryptionDisabled, on Artifacts and SecondaryArtifacts); AWS Config codebuild-project-artifact-encryption; Checkov CKV_AWS_78, Trivy AVD-AWS-0018',
    each: ['Artifacts', 'SecondaryArtifacts'],
    when: [
        { path: 'Type', notIn: ['NO_ARTIFACTS'], missing: true },
        { path: 'EncryptionDisabled', in: ['true'] }
    ],
    require: [{ path: 'EncryptionDisabled', bool: false, missing: 'pass', note: 'artifacts are encrypted by default' }]
}));

;// CONCATENATED MODULE: ./src/iac/checks/aws-dax-encryption.ts
/** DAX cluster is encrypted at rest. Declarative: see ./rule.ts; the fact it rests on is in `docs`. */

/* harmony default export */ const aws_dax_encryption = (ruleCheck({
    id: 'CG_IAC_AWS_DAX_ENCRYPTION',
    title: 'DAX cluster is encrypted at rest',
    severity: 'medium',
    category: 'encryption-at-rest',
    resourceTypes: ['aws_dax_cluster'],
    docs: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dax_cluster#server_side_encryption (enabled, default false); Checkov CKV_AWS_47, Trivy AVD-AWS-0023',
    require: [{ path: 'server_side_encryption.enabled', bool: true, missing: 'fail', note: 'the default is false' }]
}));

;// CONCATENATED MODULE: ./src/iac/checks/cfn-dax-encryption.ts
/** DAX cluster is encrypted at rest (CloudFormation). Declarative: see ./rule.ts; the fact it rests on is in `docs`. */

/* harmony default export */ const cfn_dax_encryption = (ruleCheck({
    id: 'CG_IAC_CFN_DAX_ENCRYPTION',
    title: 'DAX cluster is encrypted at rest (CloudFormation)',
    severity: 'medium',
    category: 'encryption-at-rest',
    resourceTypes: ['AWS::DAX::Cluster'],
    docs: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-dax-cluster-ssespecification.html (SSEEnabled, default false); Checkov CKV_AWS_47',
    require: [{ path: 'SSESpecification.SSEEnabled', bool: true, missing: 'fail', note: 'the default is false' }]
}));

;// CONCATENATED MODULE: ./src/iac/checks/cfn-docdb-encryption.ts
/** DocumentDB cluster storage is encrypted (CloudFormation). Declarative: see ./rule.ts; the fact it rests on is in `docs`. */

/* harmony default export */ const cfn_docdb_encryption = (ruleCheck({
    id: 'CG_IAC_CFN_DOCDB_ENCRYPTION',
    title: 'DocumentDB cluster storage is encrypted (CloudFormation)',
    severity: 'high',
    category: 'encryption-at-rest',
    resourceTypes: ['AWS::DocDB::DBCluster'],
    docs: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-docdb-dbcluster.html (StorageEncrypted, default false); Checkov CKV_AWS_74',
    require: [{ path: 'StorageEncrypted', bool: true, missing: 'fail', note: 'the default is false' }],
    cmkPaths: ['KmsKeyId']
}));

;// CONCATENATED MODULE: ./src/iac/checks/cfn-neptune-encryption.ts
/** Neptune cluster storage is encrypted (CloudFormation). Declarative: see ./rule.ts; the fact it rests on is in `docs`. */

/* harmony default export */ const cfn_neptune_encryption = (ruleCheck({
    id: 'CG_IAC_CFN_NEPTUNE_ENCRYPTION',
    title: 'Neptune cluster storage is encrypted (CloudFormation)',
    severity: 'high',
    category: 'encryption-at-rest',
    resourceTypes: ['AWS::Neptune::DBCluster'],
    docs: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-neptune-dbcluster.html (StorageEncrypted, default false); Checkov CKV_AWS_44',
    require: [{ path: 'StorageEncrypted', bool: true, missing: 'fail', note: 'the default is false' }],
    cmkPaths: ['KmsKeyId']
}));

;// CONCATENATED MODULE: ./src/iac/checks/aws-ecs-efs-transit.ts
/** ECS task definition EFS volumes encrypt data in transit. Declarative: see ./rule.ts; the fact it rests on is in `docs`. */

/* harmony default export */ const aws_ecs_efs_transit = (ruleCheck({
    id: 'CG_IAC_AWS_ECS_EFS_TRANSIT_ENCRYPTION',
    title: 'ECS task definition EFS volumes encrypt data in transit',
    severity: 'medium',
    category: 'encryption-in-transit',
    resourceTypes: ['aws_ecs_task_definition'],
    docs: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ecs_task_definition#transit_encryption (ENABLED or DISABLED, default DISABLED); Checkov CKV_AWS_97',
    each: 'volume',
    when: { path: 'efs_volume_configuration.file_system_id', in: [], missing: false },
    require: [{ path: 'efs_volume_configuration.transit_encryption', in: ['ENABLED'], missing: 'fail', note: 'the default is DISABLED' }]
}));

;// CONCATENATED MODULE: ./src/iac/checks/cfn-ecs-efs-transit.ts
/** ECS task definition EFS volumes encrypt data in transit (CloudFormation). Declarative: see ./rule.ts; the fact it rests on is in `docs`. */

/* harmony default export */ const cfn_ecs_efs_transit = (ruleCheck({
    id: 'CG_IAC_CFN_ECS_EFS_TRANSIT_ENCRYPTION',
    title: 'ECS task definition EFS volumes encrypt data in transit (CloudFormation)',
    severity: 'medium',
    category: 'encryption-in-transit',
    resourceTypes: ['AWS::ECS::TaskDefinition'],
    docs: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ecs-taskdefinition-efsvolumeconfiguration.html (TransitEncryption, default DISABLED); Checkov CKV_AWS_97',
    each: 'Volumes',
    when: { path: 'EFSVolumeConfiguration.FilesystemId', in: [], missing: false },
    require: [{ path: 'EFSVolumeConfiguration.TransitEncryption', in: ['ENABLED'], missing: 'fail', note: 'the default is DISABLED' }]
}));

;// CONCATENATED MODULE: ./src/iac/checks/aws-athena-database.ts
/** Athena database query results are encrypted. Declarative: see ./rule.ts; the fact it rests on is in `docs`. */

/* harmony default export */ const aws_athena_database = (ruleCheck({
    id: 'CG_IAC_AWS_ATHENA_DATABASE_ENCRYPTION',
    title: 'Athena database query results are encrypted',
    severity: 'medium',
    category: 'encryption-at-rest',
    resourceTypes: ['aws_athena_database'],
    docs: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/athena_database#encryption_configuration (SSE_S3, SSE_KMS, CSE_KMS); Checkov CKV_AWS_77',
    require: [{ path: 'encryption_configuration.encryption_option', in: ['SSE_S3', 'SSE_KMS', 'CSE_KMS'], missing: 'fail', note: 'no encryption_configuration' }]
}));

;// CONCATENATED MODULE: ./src/iac/checks/aws-workspaces-encryption.ts
/** WorkSpaces root and user volumes are encrypted. Declarative: see ./rule.ts; the fact it rests on is in `docs`. */

/* harmony default export */ const aws_workspaces_encryption = (ruleCheck({
    id: 'CG_IAC_AWS_WORKSPACES_ENCRYPTION',
    title: 'WorkSpaces root and user volumes are encrypted',
    severity: 'medium',
    category: 'encryption-at-rest',
    resourceTypes: ['aws_workspaces_workspace'],
    docs: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/workspaces_workspace (root_volume_encryption_enabled, user_volume_encryption_enabled, default false); Checkov CKV_AWS_155, CKV_AWS_156',
    require: [
        { path: 'root_volume_encryption_enabled', bool: true, missing: 'fail', note: 'the default is false' },
        { path: 'user_volume_encryption_enabled', bool: true, missing: 'fail', note: 'the default is false' }
    ],
    cmkPaths: ['volume_encryption_key']
}));

;// CONCATENATED MODULE: ./src/iac/checks/cfn-workspaces-encryption.ts
/** WorkSpaces root and user volumes are encrypted (CloudFormation). Declarative: see ./rule.ts; the fact it rests on is in `docs`. */

/* harmony default export */ const cfn_workspaces_encryption = (ruleCheck({
    id: 'CG_IAC_CFN_WORKSPACES_ENCRYPTION',
    title: 'WorkSpaces root and user volumes are encrypted (CloudFormation)',
    severity: 'medium',
    category: 'encryption-at-rest',
    resourceTypes: ['AWS::WorkSpaces::Workspace'],
    docs: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-workspaces-workspace.html (RootVolumeEncryptionEnabled, UserVolumeEncryptionEnabled); Checkov CKV_AWS_155/156',
    require: [
        { path: 'RootVolumeEncryptionEnabled', bool: true, missing: 'fail', note: 'the default is false' },
        { path: 'UserVolumeEncryptionEnabled', bool: true, missing: 'fail', note: 'the default is false' }
    ],
    cmkPaths: ['VolumeEncryptionKey']
}));

;// CONCATENATED MODULE: ./src/iac/checks/cfn-kinesis-encryption.ts
/** Kinesis stream is encrypted at rest (CloudFormation). Declarative: see ./rule.ts; the fact it rests on is in `docs`. */

/* harmony default export */ const cfn_kinesis_encryption = (ruleCheck({
    id: 'CG_IAC_CFN_KINESIS_ENCRYPTION',
    title: 'Kinesis stream is encrypted at rest (CloudFormation)',
    severity: 'medium',
    category: 'encryption-at-rest',
    resourceTypes: ['AWS::Kinesis::Stream'],
    docs: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-kinesis-stream-streamencryption.html (EncryptionType KMS); Checkov CKV_AWS_43',
    require: [{ path: 'StreamEncryption.EncryptionType', in: ['KMS'], missing: 'fail', note: 'no StreamEncryption: records are stored unencrypted' }],
    cmkPaths: ['StreamEncryption.KeyId']
}));

;// CONCATENATED MODULE: ./src/iac/checks/cfn-msk-encryption.ts
/** MSK cluster encrypts data in transit (CloudFormation). Declarative: see ./rule.ts; the fact it rests on is in `docs`. */

/* harmony default export */ const cfn_msk_encryption = (ruleCheck({
    id: 'CG_IAC_CFN_MSK_ENCRYPTION',
    title: 'MSK cluster encrypts data in transit (CloudFormation)',
    severity: 'high',
    category: 'encryption-in-transit',
    resourceTypes: ['AWS::MSK::Cluster'],
    docs: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-msk-cluster-encryptionintransit.html (ClientBroker default TLS, InCluster default true); Checkov CKV_AWS_81',
    require: [
        { path: 'EncryptionInfo.EncryptionInTransit.ClientBroker', in: ['TLS'], missing: 'pass', note: 'the default is TLS' },
        { path: 'EncryptionInfo.EncryptionInTransit.InCluster', bool: true, missing: 'pass', note: 'the default is true' }
    ],
    cmkPaths: ['EncryptionInfo.EncryptionAtRest.DataVolumeKMSKeyId']
}));

;// CONCATENATED MODULE: ./src/iac/checks/cfn-elb-classic-https.ts
/** Classic load balancer listeners use HTTPS/SSL (CloudFormation). Declarative: see ./rule.ts; the fact it rests on is in `docs`. */

/* harmony default export */ const cfn_elb_classic_https = (ruleCheck({
    id: 'CG_IAC_CFN_ELB_CLASSIC_HTTPS',
    title: 'Classic load balancer listeners use HTTPS/SSL (CloudFormation)',
    severity: 'high',
    category: 'encryption-in-transit',
    resourceTypes: ['AWS::ElasticLoadBalancing::LoadBalancer'],
    docs: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-elb-listener.html (Protocol HTTP, HTTPS, TCP, SSL); Trivy AVD-AWS-0054',
    each: 'Listeners',
    require: [{ path: 'Protocol', notIn: ['HTTP'], missing: 'fail', note: 'Protocol is required' }]
}));

;// CONCATENATED MODULE: ./src/iac/checks/cfn-lb-ssl-policy.ts
/** HTTPS/TLS load balancer listener uses a TLS 1.2+ security policy (CloudFormation). Declarative: see ./rule.ts; the fact it rests on is in `docs`. */


/* harmony default export */ const cfn_lb_ssl_policy = (ruleCheck({
    id: 'CG_IAC_CFN_LB_SSL_POLICY',
    title: 'HTTPS/TLS load balancer listener uses a TLS 1.2+ security policy (CloudFormation)',
    severity: 'medium',
    category: 'encryption-in-transit',
    resourceTypes: ['AWS::ElasticLoadBalancingV2::Listener'],
    docs: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html (policies accepting TLS 1.0/1.1; the default ELBSecurityPolicy-2016-08 accepts TLS 1.0); Trivy AVD-AWS-0047',
    when: { path: 'Protocol', in: ['HTTPS', 'TLS'] },
    require: [
        {
            path: 'SslPolicy',
            notIn: [...ELB_POLICIES_BELOW_TLS12],
            missing: 'fail',
            note: 'the default ELBSecurityPolicy-2016-08 accepts TLS 1.0'
        }
    ]
}));

;// CONCATENATED MODULE: ./src/iac/checks/cfn-ec2-instance-volumes.ts
/** EC2 instance block device volumes are encrypted (CloudFormation). Declarative: see ./rule.ts; the fact it rests on is in `docs`. */

/* harmony default export */ const cfn_ec2_instance_volumes = (ruleCheck({
    id: 'CG_IAC_CFN_EC2_VOLUME_ENCRYPTION',
    title: 'EC2 instance block device volumes are encrypted (CloudFormation)',
    severity: 'high',
    category: 'encryption-at-rest',
    resourceTypes: ['AWS::EC2::Instance'],
    docs: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-blockdev-template.html (Encrypted; unencrypted unless the account enables EBS encryption by default); Checkov CKV_AWS_8',
    each: 'BlockDeviceMappings',
    when: { path: 'Ebs', in: [], missing: false },
    require: [
        {
            path: 'Ebs.Encrypted',
            bool: true,
            missing: 'fail',
            note: 'unencrypted unless the account enables EBS encryption by default, which the template cannot show'
        }
    ]
}));

;// CONCATENATED MODULE: ./src/iac/checks/cfn-launch-configuration-volumes.ts
/** Launch configuration block device volumes are encrypted (CloudFormation). Declarative: see ./rule.ts; the fact it rests on is in `docs`. */

/* harmony default export */ const cfn_launch_configuration_volumes = (ruleCheck({
    id: 'CG_IAC_CFN_LAUNCH_CONFIGURATION_ENCRYPTION',
    title: 'Launch configuration block device volumes are encrypted (CloudFormation)',
    severity: 'high',
    category: 'encryption-at-rest',
    resourceTypes: ['AWS::AutoScaling::LaunchConfiguration'],
    docs: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-autoscaling-launchconfiguration-blockdevice.html (Encrypted); Checkov CKV_AWS_8',
    each: 'BlockDeviceMappings',
    when: { path: 'Ebs', in: [], missing: false },
    require: [
        {
            path: 'Ebs.Encrypted',
            bool: true,
            missing: 'fail',
            note: 'unencrypted unless the account enables EBS encryption by default, which the template cannot show'
        }
    ]
}));

;// CONCATENATED MODULE: ./src/iac/checks/cfn-launch-template-volumes.ts
/** Launch template block device volumes are encrypted (CloudFormation). Declarative: see ./rule.ts; the fact it rests on is in `docs`. */

/* harmony default export */ const cfn_launch_template_volumes = (ruleCheck({
    id: 'CG_IAC_CFN_LAUNCH_TEMPLATE_ENCRYPTION',
    title: 'Launch template block device volumes are encrypted (CloudFormation)',
    severity: 'high',
    category: 'encryption-at-rest',
    resourceTypes: ['AWS::EC2::LaunchTemplate'],
    docs: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-launchtemplate-ebs.html (Encrypted); Trivy AVD-AWS-0008',
    each: 'LaunchTemplateData.BlockDeviceMappings',
    when: { path: 'Ebs', in: [], missing: false },
    require: [
        {
            path: 'Ebs.Encrypted',
            bool: true,
            missing: 'fail',
            note: 'unencrypted unless the account enables EBS encryption by default, which the template cannot show'
        }
    ]
}));

;// CONCATENATED MODULE: ./src/iac/checks/cfn-cloudfront-https.ts
/**
 * CloudFront distribution (CloudFormation): the default and every listed cache behavior redirect or require HTTPS
 * (`ViewerProtocolPolicy` https-only | redirect-to-https), and a custom viewer certificate accepts no TLS below 1.2
 * (`ViewerCertificate.MinimumProtocolVersion`; see viewerTlsMinimum).
 */



const SECURE = ['https-only', 'redirect-to-https'];
/* harmony default export */ const cfn_cloudfront_https = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_CFN_CLOUDFRONT_HTTPS',
    title: 'CloudFront distribution redirects or requires HTTPS for viewers (CloudFormation)',
    severity: 'high',
    category: 'encryption-in-transit',
    resourceTypes: ['AWS::CloudFront::Distribution'],
    attributes: ['DistributionConfig'],
    docs: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-cloudfront-distribution-defaultcachebehavior.html (ViewerProtocolPolicy allow-all | https-only | redirect-to-https; CacheBehaviors likewise; ViewerCertificate.MinimumProtocolVersion); Checkov CKV_AWS_34, Trivy AVD-AWS-0012, AVD-AWS-0013',
    evaluate(r) {
        const results = [
            (0,base/* expectIn */.fW)(r, 'DistributionConfig.DefaultCacheBehavior.ViewerProtocolPolicy', SECURE, { missing: 'fail', missingNote: 'ViewerProtocolPolicy is required' })
        ];
        const config = r.attributes.DistributionConfig;
        const behaviors = (0,iac/* isPlainObject */.Qd)(config) ? config.CacheBehaviors : undefined;
        const line = r.positions['DistributionConfig.CacheBehaviors'] ?? r.positions['DistributionConfig'];
        if ((0,iac/* isUnknown */.t8)(behaviors))
            results.push((0,base/* UNVERIFIED */.Yg)(`DistributionConfig.CacheBehaviors: ${behaviors.$unknown}`, 'DistributionConfig', line));
        else if (Array.isArray(behaviors)) {
            behaviors.forEach((b, i) => {
                const v = (0,iac/* isPlainObject */.Qd)(b) ? b.ViewerProtocolPolicy : undefined;
                if ((0,iac/* isUnknown */.t8)(v))
                    results.push((0,base/* UNVERIFIED */.Yg)(`CacheBehaviors[${i}].ViewerProtocolPolicy: ${v.$unknown}`, 'DistributionConfig', line));
                else if (typeof v !== 'string' || !SECURE.includes(v.toLowerCase()))
                    results.push((0,base/* FAIL */.vR)(`CacheBehaviors[${i}].ViewerProtocolPolicy = ${JSON.stringify(v ?? null)}; use https-only or redirect-to-https`, 'DistributionConfig', line));
            });
        }
        results.push(viewerTlsMinimum(r, 'DistributionConfig.ViewerCertificate', ['AcmCertificateArn', 'IamCertificateId'], 'MinimumProtocolVersion'));
        return (0,base/* combine */.kg)(...results);
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/cfn-cloudtrail-kms.ts
/**
 * AWS::CloudTrail::Trail: log files are encrypted with SSE-S3 by default; `KMSKeyId` encrypts them with a
 * customer-managed key (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/encrypting-cloudtrail-log-files-with-aws-kms.html).
 * As the Terraform check: pass noting the provider key, fail with require-cmk (Checkov CKV_AWS_35 always asks for KMS).
 */

/* harmony default export */ const cfn_cloudtrail_kms = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_CFN_CLOUDTRAIL_KMS',
    title: 'CloudTrail logs are encrypted with a KMS key (CloudFormation)',
    severity: 'medium',
    category: 'key-management',
    resourceTypes: ['AWS::CloudTrail::Trail'],
    attributes: ['KMSKeyId'],
    docs: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-cloudtrail-trail.html (KMSKeyId; SSE-S3 without it); Checkov CKV_AWS_35',
    evaluate(r, _index, options) {
        return (0,base/* cmkOnly */.sx)(r, options, ['KMSKeyId'], 'CloudTrail log files are encrypted with SSE-S3 by default');
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/cfn-sam-simpletable.ts
/** SAM SimpleTable is encrypted at rest (customer-managed key with require-cmk). Declarative: see ./rule.ts; the fact it rests on is in `docs`. */

/* harmony default export */ const cfn_sam_simpletable = (ruleCheck({
    id: 'CG_IAC_CFN_SAM_SIMPLETABLE_ENCRYPTION',
    title: 'SAM SimpleTable is encrypted at rest (customer-managed key with require-cmk)',
    severity: 'medium',
    category: 'encryption-at-rest',
    resourceTypes: ['AWS::Serverless::SimpleTable'],
    docs: 'https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-simpletable.html (SSESpecification); DynamoDB encrypts every table at rest with an AWS-owned key by default (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/EncryptionAtRest.html); Checkov CKV_AWS_28 analogue',
    require: [{ path: 'SSESpecification.SSEEnabled', bool: true, missing: 'pass', note: 'DynamoDB encrypts with an AWS-owned key by default' }],
    // SSESpecification is DynamoDB's (AWS::DynamoDB::Table SSESpecification: KMSMasterKeyId names the customer key)
    cmkPaths: ['SSESpecification.KMSMasterKeyId']
}));

;// CONCATENATED MODULE: ./src/iac/checks/azure-app-min-tls.ts
/** App Service requires TLS 1.2 or newer. Declarative: see ./rule.ts; the fact it rests on is in `docs`. */

/* harmony default export */ const azure_app_min_tls = (ruleCheck({
    id: 'CG_IAC_AZURE_APP_MIN_TLS',
    title: 'App Service requires TLS 1.2 or newer',
    severity: 'medium',
    category: 'encryption-in-transit',
    resourceTypes: ['azurerm_linux_web_app', 'azurerm_windows_web_app', 'azurerm_linux_function_app', 'azurerm_windows_function_app'],
    docs: 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/linux_web_app#minimum_tls_version (1.0, 1.1, 1.2, 1.3; default 1.2); Checkov CKV_AZURE_154',
    require: [{ path: 'site_config.minimum_tls_version', in: ['1.2', '1.3'], missing: 'pass', note: 'the default is 1.2' }]
}));

;// CONCATENATED MODULE: ./src/iac/checks/azure-app-ftps.ts
/** App Service allows FTPS only (or no FTP). Declarative: see ./rule.ts; the fact it rests on is in `docs`. */

/* harmony default export */ const azure_app_ftps = (ruleCheck({
    id: 'CG_IAC_AZURE_APP_FTPS',
    title: 'App Service allows FTPS only (or no FTP)',
    severity: 'medium',
    category: 'encryption-in-transit',
    resourceTypes: ['azurerm_linux_web_app', 'azurerm_windows_web_app', 'azurerm_linux_function_app', 'azurerm_windows_function_app'],
    docs: 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/linux_web_app#ftps_state (AllAllowed, FtpsOnly, Disabled; default Disabled); Checkov CKV_AZURE_78',
    require: [{ path: 'site_config.ftps_state', in: ['FtpsOnly', 'Disabled'], missing: 'pass', note: 'the default is Disabled' }]
}));

;// CONCATENATED MODULE: ./src/iac/checks/azure-keyvault-key-expiry.ts
/** Key Vault key has an expiry date. Declarative: see ./rule.ts; the fact it rests on is in `docs`. */

/* harmony default export */ const azure_keyvault_key_expiry = (ruleCheck({
    id: 'CG_IAC_AZURE_KEYVAULT_KEY_EXPIRY',
    title: 'Key Vault key has an expiry date',
    severity: 'low',
    category: 'key-management',
    resourceTypes: ['azurerm_key_vault_key'],
    docs: 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/key_vault_key#expiration_date (no expiry when unset); Checkov CKV_AZURE_40, Trivy AVD-AZU-0014',
    require: [{ path: 'expiration_date', notIn: [''], missing: 'fail', note: 'the key never expires' }]
}));

;// CONCATENATED MODULE: ./src/iac/checks/azure-sql-min-tls.ts
/** Azure SQL server requires TLS 1.2 or newer. Declarative: see ./rule.ts; the fact it rests on is in `docs`. */

/* harmony default export */ const azure_sql_min_tls = (ruleCheck({
    id: 'CG_IAC_AZURE_SQL_MIN_TLS',
    title: 'Azure SQL server requires TLS 1.2 or newer',
    severity: 'medium',
    category: 'encryption-in-transit',
    resourceTypes: ['azurerm_mssql_server'],
    docs: 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/mssql_server#minimum_tls_version (1.0, 1.1, 1.2, Disabled; default 1.2); Checkov CKV_AZURE_52',
    require: [{ path: 'minimum_tls_version', in: ['1.2', '1.3'], missing: 'pass', note: 'the default is 1.2' }]
}));

;// CONCATENATED MODULE: ./src/iac/checks/azure-db-min-tls.ts
/** PostgreSQL / MySQL single server requires TLS 1.2 or newer. Declarative: see ./rule.ts; the fact it rests on is in `docs`. */

/* harmony default export */ const azure_db_min_tls = (ruleCheck({
    id: 'CG_IAC_AZURE_DB_MIN_TLS',
    title: 'PostgreSQL / MySQL single server requires TLS 1.2 or newer',
    severity: 'medium',
    category: 'encryption-in-transit',
    resourceTypes: ['azurerm_postgresql_server', 'azurerm_mysql_server'],
    docs: 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/postgresql_server#ssl_minimal_tls_version_enforced (TLSEnforcementDisabled, TLS1_0, TLS1_1, TLS1_2; default TLS1_2); Checkov CKV_AZURE_147/CKV_AZURE_54',
    require: [{ path: 'ssl_minimal_tls_version_enforced', in: ['TLS1_2', 'TLS1_3'], missing: 'pass', note: 'the default is TLS1_2' }]
}));

;// CONCATENATED MODULE: ./src/iac/checks/azure-datalake-encryption.ts
/** Data Lake Store (Gen1) is encrypted at rest. Declarative: see ./rule.ts; the fact it rests on is in `docs`. */

/* harmony default export */ const azure_datalake_encryption = (ruleCheck({
    id: 'CG_IAC_AZURE_DATALAKE_ENCRYPTION',
    title: 'Data Lake Store (Gen1) is encrypted at rest',
    severity: 'high',
    category: 'encryption-at-rest',
    resourceTypes: ['azurerm_data_lake_store'],
    docs: 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/data_lake_store#encryption_state (Enabled, Disabled; default Enabled); Checkov CKV_AZURE_33 analogue, Trivy AVD-AZU-0036',
    require: [{ path: 'encryption_state', in: ['Enabled'], missing: 'pass', note: 'the default is Enabled' }]
}));

;// CONCATENATED MODULE: ./src/iac/checks/arm-db-ssl.ts
/** PostgreSQL / MySQL server enforces SSL (ARM). Declarative: see ./rule.ts; the fact it rests on is in `docs`. */

/* harmony default export */ const arm_db_ssl = (ruleCheck({
    id: 'CG_IAC_ARM_DB_SSL',
    title: 'PostgreSQL / MySQL server enforces SSL (ARM)',
    severity: 'high',
    category: 'encryption-in-transit',
    resourceTypes: ['Microsoft.DBforPostgreSQL/servers', 'Microsoft.DBforMySQL/servers'],
    docs: 'https://learn.microsoft.com/azure/templates/microsoft.dbforpostgresql/servers (sslEnforcement Enabled | Disabled; minimalTlsVersion); Checkov CKV_AZURE_28/CKV_AZURE_29',
    require: [
        { path: 'properties.sslEnforcement', in: ['Enabled'], missing: 'fail', note: 'set sslEnforcement: Enabled explicitly' },
        { path: 'properties.minimalTlsVersion', in: ['TLS1_2', 'TLS1_3'], missing: 'pass', note: 'TLS 1.2 unless set lower' }
    ]
}));

;// CONCATENATED MODULE: ./src/iac/checks/arm-web-https.ts
/** Web app accepts HTTPS only with TLS 1.2+ (ARM). Declarative: see ./rule.ts; the fact it rests on is in `docs`. */

/* harmony default export */ const arm_web_https = (ruleCheck({
    id: 'CG_IAC_ARM_WEB_HTTPS',
    title: 'Web app accepts HTTPS only with TLS 1.2+ (ARM)',
    severity: 'high',
    category: 'encryption-in-transit',
    resourceTypes: ['Microsoft.Web/sites'],
    docs: 'https://learn.microsoft.com/azure/templates/microsoft.web/sites (httpsOnly, default false; siteConfig.minTlsVersion); Checkov CKV_AZURE_14/CKV_AZURE_15',
    require: [
        { path: 'properties.httpsOnly', bool: true, missing: 'fail', note: 'the default is false: HTTP is accepted' },
        { path: 'properties.siteConfig.minTlsVersion', in: ['1.2', '1.3'], missing: 'pass', note: 'the default is 1.2' }
    ]
}));

;// CONCATENATED MODULE: ./src/iac/checks/arm-cdn-https.ts
/** CDN endpoint does not serve HTTP (ARM). Declarative: see ./rule.ts; the fact it rests on is in `docs`. */

/* harmony default export */ const arm_cdn_https = (ruleCheck({
    id: 'CG_IAC_ARM_CDN_HTTPS',
    title: 'CDN endpoint does not serve HTTP (ARM)',
    severity: 'medium',
    category: 'encryption-in-transit',
    resourceTypes: ['Microsoft.Cdn/profiles/endpoints'],
    docs: 'https://learn.microsoft.com/azure/templates/microsoft.cdn/profiles/endpoints (isHttpAllowed, default true); Checkov CKV_AZURE_197',
    require: [{ path: 'properties.isHttpAllowed', bool: false, missing: 'fail', note: 'the default is true: HTTP is served' }]
}));

;// CONCATENATED MODULE: ./src/iac/checks/arm-datalake-encryption.ts
/** Data Lake Store (Gen1) is encrypted at rest (ARM). Declarative: see ./rule.ts; the fact it rests on is in `docs`. */

/* harmony default export */ const arm_datalake_encryption = (ruleCheck({
    id: 'CG_IAC_ARM_DATALAKE_ENCRYPTION',
    title: 'Data Lake Store (Gen1) is encrypted at rest (ARM)',
    severity: 'high',
    category: 'encryption-at-rest',
    resourceTypes: ['Microsoft.DataLakeStore/accounts'],
    docs: 'https://learn.microsoft.com/azure/templates/microsoft.datalakestore/accounts (encryptionState Enabled | Disabled; enabled by default); Trivy AVD-AZU-0036',
    require: [{ path: 'properties.encryptionState', in: ['Enabled'], missing: 'pass', note: 'encryption is enabled by default' }]
}));

;// CONCATENATED MODULE: ./src/iac/checks/gcp-ssl-policy.ts
/** Compute SSL policy requires TLS 1.2. Declarative: see ./rule.ts; the fact it rests on is in `docs`. */

/* harmony default export */ const gcp_ssl_policy = (ruleCheck({
    id: 'CG_IAC_GCP_SSL_POLICY',
    title: 'Compute SSL policy requires TLS 1.2',
    severity: 'medium',
    category: 'encryption-in-transit',
    resourceTypes: ['google_compute_ssl_policy'],
    docs: 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_ssl_policy#min_tls_version (TLS_1_0, TLS_1_1, TLS_1_2; default TLS_1_0); Trivy AVD-GCP-0039, Checkov CKV_GCP_2 analogue',
    require: [{ path: 'min_tls_version', in: ['TLS_1_2', 'TLS_1_3'], missing: 'fail', note: 'the default is TLS_1_0' }]
}));

;// CONCATENATED MODULE: ./src/iac/checks/arm-redis-tls.ts
/** Redis cache accepts TLS connections only, TLS 1.2+ (ARM). Declarative: see ./rule.ts; the fact it rests on is in `docs`. */

/* harmony default export */ const arm_redis_tls = (ruleCheck({
    id: 'CG_IAC_ARM_REDIS_TLS',
    title: 'Redis cache accepts TLS connections only, TLS 1.2+ (ARM)',
    severity: 'high',
    category: 'encryption-in-transit',
    resourceTypes: ['Microsoft.Cache/redis'],
    docs: 'https://learn.microsoft.com/azure/templates/microsoft.cache/redis (enableNonSslPort, default false; minimumTlsVersion); Trivy AVD-AZU-0011 (non-SSL port), Checkov CKV_AZURE_91',
    require: [
        { path: 'properties.enableNonSslPort', bool: false, missing: 'pass', note: 'the non-TLS port is disabled by default' },
        { path: 'properties.minimumTlsVersion', in: ['1.2', '1.3'], missing: 'pass', note: 'TLS 1.2 unless set lower' }
    ]
}));

;// CONCATENATED MODULE: ./src/iac/checks/aws-eks-secrets-encryption.ts
/**
 * EKS secrets encryption. Since Kubernetes 1.28 EKS encrypts all Kubernetes API data (secrets included)
 * with envelope encryption under an AWS-owned key by default
 * (https://docs.aws.amazon.com/eks/latest/userguide/envelope-encryption.html); older clusters keep secrets
 * in etcd without envelope encryption unless `encryption_config` names a KMS key for "secrets" (Checkov
 * CKV_AWS_58, Trivy AVD-AWS-0039). With require-cmk a customer key is required on every version.
 */


/** 'default-on' from 1.28, 'off' before, 'unknown' when the version cannot be read; an absent version is the newest. */
function envelopeByDefault(r, path) {
    const l = (0,iac/* lookup */.$I)(r, path);
    if (l.state === 'missing')
        return 'default-on';
    if (l.state !== 'value')
        return 'unknown';
    const m = /^(\d+)\.(\d+)/.exec(String(l.value));
    if (!m)
        return 'unknown';
    return Number(m[1]) > 1 || Number(m[2]) >= 28 ? 'default-on' : 'off';
}
function judgeEks(r, requireCmk, p) {
    const cfg = (0,iac/* lookup */.$I)(r, p.config);
    if (cfg.state !== 'missing') {
        const res = (0,iac/* lookup */.$I)(r, `${p.config}.${p.resources}`);
        if (res.state === 'unknown' || res.state === 'ref')
            return (0,base/* UNVERIFIED */.Yg)(`${p.config}.${p.resources} cannot be resolved statically`, p.config, cfg.line);
        const list = res.state === 'value' && Array.isArray(res.value) ? res.value.map(String) : [];
        if (list.includes('secrets') && (0,base/* lookupKey */.kk)(r, `${p.config}.${p.key}`).state !== 'missing') {
            const key = (0,base/* requireCustomerKey */.bu)(r, [`${p.config}.${p.key}`]);
            // Without require-cmk any key encrypts: a key known only at apply time (a variable) still turns envelope encryption on.
            if (key.status === 'not_verified' && !requireCmk)
                return (0,base/* PASS */.CQ)(`secrets are envelope-encrypted with a KMS key (${key.message})`, key.attribute, key.line);
            return key.status === 'fail' ? { ...key, status: 'pass', message: `secrets are envelope-encrypted (${key.message})` } : key;
        }
    }
    if (requireCmk)
        return (0,base/* FAIL */.vR)(`${p.config} with resources ["secrets"] and a KMS key is not set: require-cmk asks for a customer-managed key`, p.config, cfg.line);
    const d = envelopeByDefault(r, p.version);
    if (d === 'default-on')
        return (0,base/* PASS */.CQ)(`no ${p.config}: EKS 1.28+ envelope-encrypts Kubernetes secrets with an AWS-owned key by default`, p.version, (0,iac/* lookup */.$I)(r, p.version).line);
    if (d === 'off')
        return (0,base/* FAIL */.vR)(`${p.version} is before 1.28 and no ${p.config} encrypts secrets: they are stored without envelope encryption`, p.version, (0,iac/* lookup */.$I)(r, p.version).line);
    return (0,base/* UNVERIFIED */.Yg)(`${p.version} cannot be resolved statically: whether secrets are envelope-encrypted by default depends on it (1.28+)`, p.version, (0,iac/* lookup */.$I)(r, p.version).line);
}
/* harmony default export */ const aws_eks_secrets_encryption = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_AWS_EKS_SECRETS_ENCRYPTION',
    title: 'EKS cluster encrypts Kubernetes secrets',
    severity: 'high',
    category: 'encryption-at-rest',
    resourceTypes: ['aws_eks_cluster'],
    attributes: ['version', 'encryption_config'],
    docs: 'https://docs.aws.amazon.com/eks/latest/userguide/envelope-encryption.html (default envelope encryption from 1.28); Checkov CKV_AWS_58',
    evaluate(r, _index, options) {
        return judgeEks(r, options.requireCmk, { version: 'version', config: 'encryption_config', resources: 'resources', key: 'provider.key_arn' });
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/cfn-eks-secrets-encryption.ts
/** AWS::EKS::Cluster secrets encryption: as the Terraform check (default envelope encryption from 1.28). */


/* harmony default export */ const cfn_eks_secrets_encryption = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_CFN_EKS_SECRETS_ENCRYPTION',
    title: 'EKS cluster encrypts Kubernetes secrets (CloudFormation)',
    severity: 'high',
    category: 'encryption-at-rest',
    resourceTypes: ['AWS::EKS::Cluster'],
    attributes: ['Version', 'EncryptionConfig'],
    docs: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-eks-cluster-encryptionconfig.html; https://docs.aws.amazon.com/eks/latest/userguide/envelope-encryption.html; Checkov CKV_AWS_58',
    evaluate(r, _index, options) {
        return judgeEks(r, options.requireCmk, { version: 'Version', config: 'EncryptionConfig', resources: 'Resources', key: 'Provider.KeyArn' });
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/cfn-lb-listener-tls.ts
/** AWS::ElasticLoadBalancingV2::Listener: HTTPS/TLS, or HTTP whose default action only redirects to HTTPS (as CG_IAC_AWS_LB_LISTENER_TLS). */


/* harmony default export */ const cfn_lb_listener_tls = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_CFN_LB_LISTENER_TLS',
    title: 'Load balancer listener uses HTTPS/TLS (CloudFormation)',
    severity: 'high',
    category: 'encryption-in-transit',
    resourceTypes: ['AWS::ElasticLoadBalancingV2::Listener'],
    attributes: ['Protocol', 'DefaultActions'],
    docs: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-elasticloadbalancingv2-listener.html (Protocol HTTP | HTTPS | TCP | TLS | UDP | TCP_UDP | GENEVE); Checkov CKV_AWS_2',
    evaluate(r) {
        const p = (0,iac/* lookup */.$I)(r, 'Protocol');
        if (p.state === 'unknown' || p.state === 'ref')
            return (0,base/* UNVERIFIED */.Yg)(`Protocol cannot be resolved statically: ${p.state === 'unknown' ? p.reason : p.ref}`, 'Protocol', p.line);
        const proto = p.state === 'value' ? String(p.value).toUpperCase() : 'HTTP';
        if (proto === 'HTTPS' || proto === 'TLS')
            return (0,base/* PASS */.CQ)(`Protocol = ${proto}`, 'Protocol', p.line);
        if (['TCP', 'UDP', 'TCP_UDP', 'GENEVE'].includes(proto))
            return (0,base/* NOT_APPLICABLE */.QE)(`Protocol = ${proto}: layer-4 pass-through`, 'Protocol', p.line);
        const type = (0,iac/* lookup */.$I)(r, 'DefaultActions.Type');
        const to = (0,iac/* lookup */.$I)(r, 'DefaultActions.RedirectConfig.Protocol');
        if (type.state === 'value' && String(type.value).toLowerCase() === 'redirect' && to.state === 'value' && String(to.value).toUpperCase() === 'HTTPS')
            return (0,base/* PASS */.CQ)('HTTP listener redirects to HTTPS', 'DefaultActions', type.line);
        return (0,base/* FAIL */.vR)(`Protocol = ${proto} and the default action does not redirect to HTTPS`, 'Protocol', p.line);
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/cfn-ecr-encryption.ts
/** AWS::ECR::Repository: AES256 (ECR-managed keys) by default; `EncryptionType: KMS` with `KmsKey` for a customer key. */


const cfn_ecr_encryption_E = 'EncryptionConfiguration';
/* harmony default export */ const cfn_ecr_encryption = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_CFN_ECR_ENCRYPTION',
    title: 'ECR repository is encrypted (KMS with require-cmk) (CloudFormation)',
    severity: 'low',
    category: 'encryption-at-rest',
    resourceTypes: ['AWS::ECR::Repository'],
    attributes: [cfn_ecr_encryption_E],
    docs: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecr-repository-encryptionconfiguration.html (EncryptionType AES256 | KMS | KMS_DSSE, AES256 when not set; KMS without KmsKey uses the AWS-managed aws/ecr key); Checkov CKV_AWS_136',
    evaluate(r, _index, options) {
        const type = (0,iac/* lookup */.$I)(r, `${cfn_ecr_encryption_E}.EncryptionType`);
        if (type.state === 'missing') {
            return options.requireCmk
                ? (0,base/* FAIL */.vR)(`${cfn_ecr_encryption_E}.EncryptionType not set: images are encrypted with AES256 (ECR-managed keys); require-cmk asks for KMS with a customer key`, cfn_ecr_encryption_E, type.line)
                : (0,base/* PASS */.CQ)('ECR encrypts images with AES256 (ECR-managed keys) by default', cfn_ecr_encryption_E, type.line);
        }
        const enc = (0,base/* expectIn */.fW)(r, `${cfn_ecr_encryption_E}.EncryptionType`, ['AES256', 'KMS', 'KMS_DSSE'], { missing: 'pass' });
        if (enc.status === 'pass' && options.requireCmk && type.state === 'value' && String(type.value).toUpperCase() === 'AES256') {
            return (0,base/* FAIL */.vR)('EncryptionType = "AES256" uses ECR-managed keys; require-cmk asks for KMS with a customer key', enc.attribute, enc.line);
        }
        return (0,base/* encryptedWithOptionalCmk */.oX)(r, options, enc, [`${cfn_ecr_encryption_E}.KmsKey`], 'with the AWS-managed aws/ecr key');
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/cfn-backup-vault-cmk.ts
/** AWS::Backup::BackupVault: always encrypted (aws/backup when `EncryptionKeyArn` is not set). */

/* harmony default export */ const cfn_backup_vault_cmk = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_CFN_BACKUP_VAULT_CMK',
    title: 'Backup vault uses a customer-managed KMS key (CloudFormation)',
    severity: 'medium',
    category: 'key-management',
    resourceTypes: ['AWS::Backup::BackupVault'],
    attributes: ['EncryptionKeyArn'],
    docs: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-backup-backupvault.html#cfn-backup-backupvault-encryptionkeyarn (without a key, the AWS-managed aws/backup key); Checkov CKV_AWS_166',
    evaluate(r, _index, options) {
        return (0,base/* cmkOnly */.sx)(r, options, ['EncryptionKeyArn'], 'AWS Backup encrypts recovery points');
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/cfn-secretsmanager-cmk.ts
/** AWS::SecretsManager::Secret: always encrypted (aws/secretsmanager when `KmsKeyId` is not set). */

/* harmony default export */ const cfn_secretsmanager_cmk = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_CFN_SECRETSMANAGER_CMK',
    title: 'Secrets Manager secret uses a customer-managed KMS key (CloudFormation)',
    severity: 'medium',
    category: 'key-management',
    resourceTypes: ['AWS::SecretsManager::Secret'],
    attributes: ['KmsKeyId'],
    docs: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-secretsmanager-secret.html#cfn-secretsmanager-secret-kmskeyid (without a key, the AWS-managed aws/secretsmanager key); Checkov CKV_AWS_149, Trivy AVD-AWS-0098',
    evaluate(r, _index, options) {
        return (0,base/* cmkOnly */.sx)(r, options, ['KmsKeyId'], 'Secrets Manager encrypts every secret');
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/cfn-sagemaker-cmk.ts
/** AWS::SageMaker NotebookInstance / EndpointConfig / Domain: ML storage encrypted with a customer key (`KmsKeyId`). */

/* harmony default export */ const cfn_sagemaker_cmk = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_CFN_SAGEMAKER_CMK',
    title: 'SageMaker notebook / endpoint / domain storage uses a customer-managed key (CloudFormation)',
    severity: 'medium',
    category: 'key-management',
    ai: true,
    resourceTypes: ['AWS::SageMaker::NotebookInstance', 'AWS::SageMaker::EndpointConfig', 'AWS::SageMaker::Domain'],
    attributes: ['KmsKeyId'],
    docs: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-sagemaker-notebookinstance.html#cfn-sagemaker-notebookinstance-kmskeyid and aws-resource-sagemaker-endpointconfig.html#cfn-sagemaker-endpointconfig-kmskeyid (ML storage volumes are encrypted with an AWS-managed key without it); Checkov CKV_AWS_22, CKV_AWS_98',
    evaluate(r, _index, options) {
        return (0,base/* cmkOnly */.sx)(r, options, ['KmsKeyId'], 'SageMaker encrypts ML storage volumes');
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/cfn-lambda-env-kms.ts
/** AWS::Lambda::Function and SAM's AWS::Serverless::Function (Globals included) with environment variables: `KmsKeyArn` (otherwise the AWS-managed aws/lambda key). */


/* harmony default export */ const cfn_lambda_env_kms = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_CFN_LAMBDA_ENV_KMS',
    title: 'Lambda environment variables are encrypted with a customer-managed key (CloudFormation)',
    severity: 'low',
    category: 'key-management',
    resourceTypes: ['AWS::Lambda::Function', 'AWS::Serverless::Function'],
    attributes: ['KmsKeyArn', 'Environment'],
    docs: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-lambda-function.html#cfn-lambda-function-kmskeyarn (environment variables are encrypted at rest with the AWS-managed aws/lambda key unless KmsKeyArn is set); Checkov CKV_AWS_173; SAM passes Environment and KmsKeyArn through to the function (https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-function.html)',
    evaluate(r, _index, options) {
        if ((0,iac/* lookup */.$I)(r, 'Environment.Variables').state === 'missing')
            return (0,base/* NOT_APPLICABLE */.QE)('no environment variables');
        return (0,base/* cmkOnly */.sx)(r, options, ['KmsKeyArn'], 'Lambda encrypts environment variables at rest');
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/cfn-glue-security-config.ts
/** AWS::Glue::SecurityConfiguration: CloudWatch, job bookmark and every S3 encryption not DISABLED (each is DISABLED when not set). */


const cfn_glue_security_config_E = 'EncryptionConfiguration';
const DISABLED = { missing: 'fail', missingNote: 'DISABLED when not set' };
/** Every element of S3Encryptions (a list; a single object is read as one) has a mode other than DISABLED. */
function s3(r) {
    const path = `${cfn_glue_security_config_E}.S3Encryptions`;
    const l = (0,iac/* lookup */.$I)(r, path);
    if (l.state === 'missing')
        return (0,base/* FAIL */.vR)(`${path} is not set: S3 data is written without Glue encryption (DISABLED)`, path, l.line);
    if (l.state !== 'value')
        return (0,base/* UNVERIFIED */.Yg)(`${path} cannot be resolved statically`, path, l.line);
    const list = Array.isArray(l.value) ? l.value : [l.value];
    if (list.length === 0)
        return (0,base/* FAIL */.vR)(`${path} is empty: S3 data is written without Glue encryption (DISABLED)`, path, l.line);
    return (0,base/* combine */.kg)(...list.map((item, i) => {
        const at = `${path}[${i}].S3EncryptionMode`;
        const mode = (0,iac/* isPlainObject */.Qd)(item) ? item.S3EncryptionMode : item;
        if (mode === undefined || mode === null)
            return (0,base/* FAIL */.vR)(`${at} is not set (DISABLED when not set)`, path, l.line);
        if ((0,iac/* isUnknown */.t8)(mode) || (0,iac/* isRef */.i9)(mode) || typeof mode !== 'string')
            return (0,base/* UNVERIFIED */.Yg)(`${at} cannot be resolved statically`, path, l.line);
        return mode.toUpperCase() === 'DISABLED' ? (0,base/* FAIL */.vR)(`${at} = "DISABLED"`, path, l.line) : (0,base/* PASS */.CQ)(`${at} = ${JSON.stringify(mode)}`, path, l.line);
    }));
}
/* harmony default export */ const cfn_glue_security_config = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_CFN_GLUE_SECURITY_CONFIG',
    title: 'Glue security configuration encrypts logs, bookmarks and S3 data (CloudFormation)',
    severity: 'medium',
    category: 'encryption-at-rest',
    resourceTypes: ['AWS::Glue::SecurityConfiguration'],
    attributes: [cfn_glue_security_config_E],
    docs: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-glue-securityconfiguration-encryptionconfiguration.html (CloudWatchEncryptionMode DISABLED | SSE-KMS, JobBookmarksEncryptionMode DISABLED | CSE-KMS, S3EncryptionMode DISABLED | SSE-KMS | SSE-S3); Checkov CKV_AWS_99',
    evaluate(r) {
        return (0,base/* combine */.kg)((0,base/* expectNotIn */.Ag)(r, `${cfn_glue_security_config_E}.CloudWatchEncryption.CloudWatchEncryptionMode`, ['DISABLED'], DISABLED), (0,base/* expectNotIn */.Ag)(r, `${cfn_glue_security_config_E}.JobBookmarksEncryption.JobBookmarksEncryptionMode`, ['DISABLED'], DISABLED), s3(r));
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/cfn-glue-catalog-encryption.ts
/** AWS::Glue::DataCatalogEncryptionSettings: metadata encrypted (SSE-KMS) and connection passwords returned encrypted. */

const cfn_glue_catalog_encryption_S = 'DataCatalogEncryptionSettings';
/* harmony default export */ const cfn_glue_catalog_encryption = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_CFN_GLUE_CATALOG_ENCRYPTION',
    title: 'Glue Data Catalog is encrypted (CloudFormation)',
    severity: 'medium',
    category: 'encryption-at-rest',
    resourceTypes: ['AWS::Glue::DataCatalogEncryptionSettings'],
    attributes: [cfn_glue_catalog_encryption_S],
    docs: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-glue-datacatalogencryptionsettings-encryptionatrest.html (CatalogEncryptionMode DISABLED | SSE-KMS | SSE-KMS-WITH-SERVICE-ROLE) and aws-properties-glue-datacatalogencryptionsettings-connectionpasswordencryption.html; Checkov CKV_AWS_94, Trivy AVD-AWS-0094',
    evaluate(r, _index, options) {
        const enc = (0,base/* combine */.kg)((0,base/* expectIn */.fW)(r, `${cfn_glue_catalog_encryption_S}.EncryptionAtRest.CatalogEncryptionMode`, ['SSE-KMS', 'SSE-KMS-WITH-SERVICE-ROLE'], {
            missing: 'fail',
            missingNote: 'the catalog is not encrypted'
        }), (0,base/* expectBool */.o3)(r, `${cfn_glue_catalog_encryption_S}.ConnectionPasswordEncryption.ReturnConnectionPasswordEncrypted`, true, {
            missing: 'fail',
            missingNote: 'connection passwords are returned in plain text'
        }));
        return (0,base/* encryptedWithOptionalCmk */.oX)(r, options, enc, [`${cfn_glue_catalog_encryption_S}.EncryptionAtRest.SseAwsKmsKeyId`], 'with the AWS-managed aws/glue key');
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/cfn-athena-workgroup.ts
/** AWS::Athena::WorkGroup: query results encrypted (`WorkGroupConfiguration.ResultConfiguration.EncryptionConfiguration`). */


const cfn_athena_workgroup_AT = 'WorkGroupConfiguration.ResultConfiguration.EncryptionConfiguration';
/* harmony default export */ const cfn_athena_workgroup = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_CFN_ATHENA_WORKGROUP_ENCRYPTION',
    title: 'Athena workgroup encrypts query results (CloudFormation)',
    severity: 'medium',
    category: 'encryption-at-rest',
    resourceTypes: ['AWS::Athena::WorkGroup'],
    attributes: ['WorkGroupConfiguration'],
    docs: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-athena-workgroup-encryptionconfiguration.html (EncryptionOption SSE_S3 | SSE_KMS | CSE_KMS; KmsKey for the KMS options); Checkov CKV_AWS_82, Trivy AVD-AWS-0006',
    evaluate(r, _index, options) {
        const opt = (0,base/* expectIn */.fW)(r, `${cfn_athena_workgroup_AT}.EncryptionOption`, ['SSE_S3', 'SSE_KMS', 'CSE_KMS'], {
            missing: 'fail',
            missingNote: 'the workgroup does not encrypt query results'
        });
        // false lets each client choose its own result encryption, or none (Trivy AVD-AWS-0007, Checkov CKV_AWS_82)
        const enforced = (0,base/* expectBool */.o3)(r, 'WorkGroupConfiguration.EnforceWorkGroupConfiguration', true, {
            missing: 'pass',
            missingNote: 'not set: judged on the encryption setting alone'
        });
        if (opt.status !== 'pass' || enforced.status !== 'pass')
            return (0,base/* combine */.kg)(opt, enforced);
        if (!options.requireCmk)
            return opt;
        const l = (0,iac/* lookup */.$I)(r, `${cfn_athena_workgroup_AT}.EncryptionOption`);
        if (l.state === 'value' && String(l.value).toUpperCase() === 'SSE_S3')
            return (0,base/* FAIL */.vR)('EncryptionOption = "SSE_S3" uses S3-managed keys; require-cmk asks for SSE_KMS or CSE_KMS with a customer key', opt.attribute, opt.line);
        if ((0,base/* lookupKey */.kk)(r, `${cfn_athena_workgroup_AT}.KmsKey`).state === 'missing')
            return (0,base/* FAIL */.vR)(`${cfn_athena_workgroup_AT}.KmsKey not set: require-cmk asks for a customer-managed key`, opt.attribute, opt.line);
        return (0,base/* requireCustomerKey */.bu)(r, [`${cfn_athena_workgroup_AT}.KmsKey`]);
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/cfn-firehose-encryption.ts
/**
 * AWS::KinesisFirehose::DeliveryStream: server-side encryption (`DeliveryStreamEncryptionConfigurationInput`,
 * KeyType AWS_OWNED_CMK or CUSTOMER_MANAGED_CMK). A stream reading from a Kinesis data stream
 * (`DeliveryStreamType: KinesisStreamAsSource`) takes its encryption from that stream: SSE cannot be set on it.
 */


const cfn_firehose_encryption_E = 'DeliveryStreamEncryptionConfigurationInput';
/* harmony default export */ const cfn_firehose_encryption = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_CFN_FIREHOSE_ENCRYPTION',
    title: 'Firehose delivery stream is encrypted at rest (CloudFormation)',
    severity: 'medium',
    category: 'encryption-at-rest',
    resourceTypes: ['AWS::KinesisFirehose::DeliveryStream'],
    attributes: [cfn_firehose_encryption_E, 'DeliveryStreamType'],
    docs: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-kinesisfirehose-deliverystream-deliverystreamencryptionconfigurationinput.html (KeyType AWS_OWNED_CMK | CUSTOMER_MANAGED_CMK, KeyARN required for CUSTOMER_MANAGED_CMK); https://docs.aws.amazon.com/firehose/latest/dev/encryption.html (a Kinesis data stream source: encryption is the source stream's); Checkov CKV_AWS_240/241",
    evaluate(r, _index, options) {
        const src = (0,iac/* lookup */.$I)(r, 'DeliveryStreamType');
        if (src.state === 'value' && String(src.value) === 'KinesisStreamAsSource')
            return (0,base/* NOT_APPLICABLE */.QE)('the source is a Kinesis data stream: its encryption applies (judged on the stream)', 'DeliveryStreamType', src.line);
        if (src.state === 'unknown' || src.state === 'ref')
            return (0,base/* UNVERIFIED */.Yg)('DeliveryStreamType cannot be resolved statically: whether server-side encryption applies depends on it', 'DeliveryStreamType', src.line);
        const type = (0,base/* expectIn */.fW)(r, `${cfn_firehose_encryption_E}.KeyType`, ['AWS_OWNED_CMK', 'CUSTOMER_MANAGED_CMK'], { missing: 'fail', missingNote: 'server-side encryption is off' });
        if (type.status !== 'pass')
            return type;
        const kt = (0,iac/* lookup */.$I)(r, `${cfn_firehose_encryption_E}.KeyType`);
        const customer = kt.state === 'value' && String(kt.value).toUpperCase() === 'CUSTOMER_MANAGED_CMK';
        if (!customer)
            return options.requireCmk
                ? (0,base/* FAIL */.vR)('KeyType = "AWS_OWNED_CMK" is an AWS-owned key; require-cmk asks for CUSTOMER_MANAGED_CMK with a KeyARN', type.attribute, type.line)
                : (0,base/* PASS */.CQ)(`${type.message}: encrypted with an AWS-owned key`, type.attribute, type.line);
        if ((0,base/* lookupKey */.kk)(r, `${cfn_firehose_encryption_E}.KeyARN`).state === 'missing')
            return (0,base/* FAIL */.vR)(`KeyType = "CUSTOMER_MANAGED_CMK" without ${cfn_firehose_encryption_E}.KeyARN: the deployment is rejected`, type.attribute, type.line);
        return (0,base/* requireCustomerKey */.bu)(r, [`${cfn_firehose_encryption_E}.KeyARN`]);
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/aws-emr-security-config.ts
/**
 * EMR security configurations (`aws_emr_security_configuration.configuration`, a JSON string; CloudFormation
 * `AWS::EMR::SecurityConfiguration.SecurityConfiguration`, an object or a JSON string): encryption at rest
 * with local-disk encryption, and encryption in transit. Both flags are false when not set (AWS EMR
 * security configuration reference); Trivy AVD-AWS-0137/0138/0139, Checkov CKV_AWS_171.
 */


const aws_emr_security_config_E = 'EncryptionConfiguration';
const aws_emr_security_config_AT = `${aws_emr_security_config_E}.AtRestEncryptionConfiguration`;
/** The security configuration document as an object, or a not-verified result. */
function aws_emr_security_config_document(v, path, line) {
    const no = (why) => ({ result: (0,base/* UNVERIFIED */.Yg)(`${path} ${why}`, path, line) });
    if ((0,iac/* isUnknown */.t8)(v) || (0,iac/* isRef */.i9)(v))
        return no('cannot be resolved statically');
    if (typeof v === 'string') {
        try {
            const parsed = JSON.parse(v);
            if ((0,iac/* isPlainObject */.Qd)(parsed))
                return { doc: parsed };
        }
        catch {
            // not JSON: reported below
        }
        return no('is not a JSON object');
    }
    return (0,iac/* isPlainObject */.Qd)(v) ? { doc: v } : no('is not an object');
}
function judgeEmr(r, path, requireCmk) {
    const l = (0,iac/* lookup */.$I)(r, path);
    if (l.state === 'missing')
        return (0,base/* FAIL */.vR)(`${path} is not set: no encryption`, path, l.line);
    if (l.state !== 'value')
        return (0,base/* UNVERIFIED */.Yg)(`${path} cannot be resolved statically`, path, l.line);
    const d = aws_emr_security_config_document(l.value, path, l.line);
    if ('result' in d)
        return d.result;
    const cfg = { ...r, attributes: d.doc, positions: {} };
    const at = (res) => ({ ...res, attribute: path, line: l.line });
    if ((0,iac/* lookup */.$I)(cfg, aws_emr_security_config_E).state === 'missing')
        return at((0,base/* FAIL */.vR)(`${path} has no ${aws_emr_security_config_E}: neither at-rest nor in-transit encryption is enabled`));
    const flags = (0,base/* combine */.kg)((0,base/* expectBool */.o3)(cfg, `${aws_emr_security_config_E}.EnableAtRestEncryption`, true, { missing: 'fail', missingNote: 'false when not set' }), (0,base/* expectBool */.o3)(cfg, `${aws_emr_security_config_E}.EnableInTransitEncryption`, true, { missing: 'fail', missingNote: 'false when not set' }));
    if (flags.status !== 'pass')
        return at(flags);
    const provider = (0,iac/* lookup */.$I)(cfg, `${aws_emr_security_config_AT}.LocalDiskEncryptionConfiguration.EncryptionKeyProviderType`);
    if (provider.state === 'missing')
        return at((0,base/* FAIL */.vR)(`${aws_emr_security_config_AT}.LocalDiskEncryptionConfiguration.EncryptionKeyProviderType is not set: local disks (EBS and instance store) are not encrypted`));
    if (provider.state !== 'value')
        return at((0,base/* UNVERIFIED */.Yg)(`${aws_emr_security_config_AT}.LocalDiskEncryptionConfiguration.EncryptionKeyProviderType cannot be resolved statically`));
    if (!requireCmk)
        return at((0,base/* PASS */.CQ)(`at rest (local disks: ${String(provider.value)}) and in transit encryption enabled`));
    const disk = String(provider.value) === 'Custom'
        ? (0,base/* PASS */.CQ)('local disks: a custom key provider')
        : (0,base/* requireCustomerKey */.bu)(cfg, [`${aws_emr_security_config_AT}.LocalDiskEncryptionConfiguration.AwsKmsKey`]);
    const mode = (0,iac/* lookup */.$I)(cfg, `${aws_emr_security_config_AT}.S3EncryptionConfiguration.EncryptionMode`);
    let s3 = (0,base/* PASS */.CQ)('no EMRFS S3 encryption configured');
    if (mode.state === 'value' && String(mode.value).toUpperCase() === 'SSE-S3')
        s3 = (0,base/* FAIL */.vR)(`${aws_emr_security_config_AT}.S3EncryptionConfiguration.EncryptionMode = "SSE-S3" uses S3-managed keys; require-cmk asks for SSE-KMS or CSE-KMS with a customer key`);
    else if (mode.state === 'value' && /KMS/i.test(String(mode.value)))
        s3 =
            (0,base/* lookupKey */.kk)(cfg, `${aws_emr_security_config_AT}.S3EncryptionConfiguration.AwsKmsKey`).state === 'missing'
                ? (0,base/* FAIL */.vR)(`${aws_emr_security_config_AT}.S3EncryptionConfiguration.AwsKmsKey not set`)
                : (0,base/* requireCustomerKey */.bu)(cfg, [`${aws_emr_security_config_AT}.S3EncryptionConfiguration.AwsKmsKey`]);
    else if (mode.state === 'unknown' || mode.state === 'ref')
        s3 = (0,base/* UNVERIFIED */.Yg)(`${aws_emr_security_config_AT}.S3EncryptionConfiguration.EncryptionMode cannot be resolved statically`);
    return at((0,base/* combine */.kg)(disk, s3));
}
/* harmony default export */ const aws_emr_security_config = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_AWS_EMR_SECURITY_CONFIG',
    title: 'EMR security configuration encrypts at rest (local disks too) and in transit',
    severity: 'high',
    category: 'encryption-at-rest',
    resourceTypes: ['aws_emr_security_configuration'],
    attributes: ['configuration'],
    jsonAttributes: ['configuration'],
    docs: 'https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-create-security-configuration.html (EnableAtRestEncryption, EnableInTransitEncryption, LocalDiskEncryptionConfiguration); https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/emr_security_configuration; Trivy AVD-AWS-0137/0138/0139',
    evaluate(r, _index, options) {
        return judgeEmr(r, 'configuration', options.requireCmk);
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/cfn-emr-security-config.ts
/** AWS::EMR::SecurityConfiguration: as the Terraform check, on the `SecurityConfiguration` document. */


/* harmony default export */ const cfn_emr_security_config = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_CFN_EMR_SECURITY_CONFIG',
    title: 'EMR security configuration encrypts at rest (local disks too) and in transit (CloudFormation)',
    severity: 'high',
    category: 'encryption-at-rest',
    resourceTypes: ['AWS::EMR::SecurityConfiguration'],
    attributes: ['SecurityConfiguration'],
    jsonAttributes: ['SecurityConfiguration'],
    docs: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-emr-securityconfiguration.html; https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-create-security-configuration.html; Trivy AVD-AWS-0137/0138/0139',
    evaluate(r, _index, options) {
        return judgeEmr(r, 'SecurityConfiguration', options.requireCmk);
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/cfn-opensearch-node-to-node.ts
/** AWS::OpenSearchService::Domain / AWS::Elasticsearch::Domain: `NodeToNodeEncryptionOptions.Enabled: true`. */

/* harmony default export */ const cfn_opensearch_node_to_node = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_CFN_OPENSEARCH_NODE_TO_NODE',
    title: 'OpenSearch domain encrypts node-to-node traffic (CloudFormation)',
    severity: 'medium',
    category: 'encryption-in-transit',
    resourceTypes: ['AWS::OpenSearchService::Domain', 'AWS::Elasticsearch::Domain'],
    attributes: ['NodeToNodeEncryptionOptions'],
    docs: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-opensearchservice-domain-nodetonodeencryptionoptions.html; Trivy AVD-AWS-0043, Checkov CKV_AWS_6',
    evaluate(r) {
        return (0,base/* expectBool */.o3)(r, 'NodeToNodeEncryptionOptions.Enabled', true, { missing: 'fail', missingNote: 'not enabled unless configured' });
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/cfn-opensearch-https.ts
/**
 * AWS::OpenSearchService::Domain / AWS::Elasticsearch::Domain: `DomainEndpointOptions.EnforceHTTPS: true`, and no
 * TLS 1.0 policy (`TLSSecurityPolicy: Policy-Min-TLS-1-0-2019-07`; Trivy AVD-AWS-0126). An unset policy is not judged.
 */


/* harmony default export */ const cfn_opensearch_https = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_CFN_OPENSEARCH_HTTPS',
    title: 'OpenSearch domain enforces HTTPS with TLS 1.2 (CloudFormation)',
    severity: 'medium',
    category: 'encryption-in-transit',
    resourceTypes: ['AWS::OpenSearchService::Domain', 'AWS::Elasticsearch::Domain'],
    attributes: ['DomainEndpointOptions'],
    docs: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-opensearchservice-domain-domainendpointoptions.html (EnforceHTTPS, false when not set; TLSSecurityPolicy); Trivy AVD-AWS-0046, AVD-AWS-0126',
    evaluate(r) {
        return (0,base/* combine */.kg)((0,base/* expectBool */.o3)(r, 'DomainEndpointOptions.EnforceHTTPS', true, { missing: 'fail', missingNote: 'HTTP is accepted unless EnforceHTTPS is set' }), (0,base/* expectNotIn */.Ag)(r, 'DomainEndpointOptions.TLSSecurityPolicy', OPENSEARCH_TLS10_POLICIES, {
            missing: 'pass',
            missingNote: 'the service chooses the policy; set a Policy-Min-TLS-1-2 policy to pin TLS 1.2'
        }));
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/azure-app-service-min-tls.ts
/**
 * Legacy App Service / Function App resources (`azurerm_app_service`, `azurerm_function_app`, still in many
 * modules and in peers' examples) require TLS 1.2 or newer: their setting is `site_config.min_tls_version`
 * (the newer web-app resources use `minimum_tls_version`, see azure-app-min-tls.ts).
 */

/* harmony default export */ const azure_app_service_min_tls = (ruleCheck({
    id: 'CG_IAC_AZURE_APP_SERVICE_MIN_TLS',
    title: 'App Service (legacy resource) requires TLS 1.2 or newer',
    severity: 'medium',
    category: 'encryption-in-transit',
    resourceTypes: ['azurerm_app_service', 'azurerm_function_app'],
    docs: 'https://registry.terraform.io/providers/hashicorp/azurerm/3.117.0/docs/resources/app_service#min_tls_version (1.0, 1.1, 1.2; defaults to 1.2); Trivy AVD-AZU-0006, Checkov CKV_AZURE_15',
    require: [{ path: 'site_config.min_tls_version', in: ['1.2', '1.3'], missing: 'pass', note: 'the default is 1.2' }]
}));

;// CONCATENATED MODULE: ./src/iac/checks/cfn-bedrock-cmk.ts
/**
 * AWS::Bedrock::Agent (`CustomerEncryptionKeyArn`) and AWS::Bedrock::Guardrail (`KmsKeyArn`): encrypted with an
 * AWS-owned key unless a customer key is set. CloudFormation has no custom-model resource (the Terraform check's
 * `aws_bedrock_custom_model`); these are the Bedrock resources it has that take a key.
 */

const cfn_bedrock_cmk_KEY = {
    'AWS::Bedrock::Agent': 'CustomerEncryptionKeyArn',
    'AWS::Bedrock::Guardrail': 'KmsKeyArn'
};
/* harmony default export */ const cfn_bedrock_cmk = ((0,base/* defineCheck */.qH)({
    id: 'CG_IAC_CFN_BEDROCK_CMK',
    title: 'Bedrock agent / guardrail uses a customer-managed key (CloudFormation)',
    severity: 'medium',
    category: 'key-management',
    ai: true,
    resourceTypes: Object.keys(cfn_bedrock_cmk_KEY),
    attributes: ['CustomerEncryptionKeyArn', 'KmsKeyArn'],
    docs: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-bedrock-agent.html#cfn-bedrock-agent-customerencryptionkeyarn and aws-resource-bedrock-guardrail.html#cfn-bedrock-guardrail-kmskeyarn; https://docs.aws.amazon.com/bedrock/latest/userguide/data-encryption.html',
    evaluate(r, _index, options) {
        return (0,base/* cmkOnly */.sx)(r, options, [cfn_bedrock_cmk_KEY[r.type]], 'Bedrock encrypts it with an AWS-owned key');
    }
}));

;// CONCATENATED MODULE: ./src/iac/checks/index.ts
































































































































const IAC_CHECKS = [
    arm_disk_encryption,
    arm_keyvault_purge_protection,
    arm_sql_tde,
    arm_storage_https,
    arm_storage_min_tls,
    arm_storage_cmk,
    arm_sql_min_tls,
    aws_athena_workgroup,
    aws_backup_vault_cmk,
    aws_bedrock_custom_model_cmk,
    aws_cloudfront_https,
    aws_cloudtrail_kms,
    aws_docdb_encryption,
    aws_dynamodb_encryption,
    aws_ebs_default_encryption,
    aws_ebs_encryption,
    aws_ec2_instance_volumes,
    aws_ecr_encryption,
    aws_efs_encryption,
    aws_elasticache_at_rest,
    aws_elasticache_in_transit,
    aws_glue_catalog_encryption,
    aws_glue_security_config,
    aws_kinesis_encryption,
    aws_kms_rotation,
    aws_lambda_env_kms,
    aws_lb_listener_tls,
    aws_log_group_kms,
    aws_msk_encryption,
    aws_neptune_encryption,
    aws_opensearch_at_rest,
    aws_opensearch_https,
    aws_opensearch_node_to_node,
    aws_rds_encryption,
    aws_redshift_encryption,
    aws_s3_encryption,
    aws_sagemaker_cmk,
    aws_secretsmanager_cmk,
    aws_sns_encryption,
    aws_sqs_encryption,
    azure_app_https_only,
    azure_cosmosdb_cmk,
    azure_db_ssl,
    azure_keyvault_purge_protection,
    azure_managed_disk_encryption,
    azure_ml_workspace_cmk,
    azure_redis_tls,
    azure_sql_tde,
    azure_storage_cmk,
    azure_storage_https,
    azure_storage_infrastructure_encryption,
    azure_storage_min_tls,
    cfn_dynamodb_encryption,
    cfn_ebs_encryption,
    cfn_efs_encryption,
    cfn_elasticache_encryption,
    cfn_kms_rotation,
    cfn_log_group_kms,
    cfn_opensearch_encryption,
    cfn_rds_encryption,
    cfn_redshift_encryption,
    cfn_s3_encryption,
    cfn_sns_encryption,
    cfn_sqs_encryption,
    gcp_bigquery_cmek,
    gcp_disk_cmek,
    gcp_kms_rotation,
    gcp_pubsub_cmek,
    gcp_sql_ssl,
    gcp_storage_bucket_cmek,
    gcp_vertex_ai_cmek,
    aws_elb_classic_https,
    aws_lb_ssl_policy,
    aws_apigw_domain_tls,
    cfn_apigw_domain_tls,
    aws_apigw_cache_encryption,
    cfn_apigw_cache_encryption,
    aws_codebuild_artifacts,
    cfn_codebuild_artifacts,
    aws_dax_encryption,
    cfn_dax_encryption,
    cfn_docdb_encryption,
    cfn_neptune_encryption,
    aws_ecs_efs_transit,
    cfn_ecs_efs_transit,
    aws_athena_database,
    aws_workspaces_encryption,
    cfn_workspaces_encryption,
    cfn_kinesis_encryption,
    cfn_msk_encryption,
    cfn_elb_classic_https,
    cfn_lb_ssl_policy,
    cfn_ec2_instance_volumes,
    cfn_launch_configuration_volumes,
    cfn_launch_template_volumes,
    cfn_cloudfront_https,
    cfn_cloudtrail_kms,
    cfn_sam_simpletable,
    azure_app_min_tls,
    azure_app_ftps,
    azure_keyvault_key_expiry,
    azure_sql_min_tls,
    azure_db_min_tls,
    azure_datalake_encryption,
    arm_db_ssl,
    arm_web_https,
    arm_cdn_https,
    arm_datalake_encryption,
    gcp_ssl_policy,
    aws_eks_secrets_encryption,
    cfn_eks_secrets_encryption,
    cfn_lb_listener_tls,
    arm_redis_tls,
    cfn_ecr_encryption,
    cfn_backup_vault_cmk,
    cfn_secretsmanager_cmk,
    cfn_sagemaker_cmk,
    cfn_lambda_env_kms,
    cfn_glue_security_config,
    cfn_glue_catalog_encryption,
    cfn_athena_workgroup,
    cfn_firehose_encryption,
    aws_emr_security_config,
    cfn_emr_security_config,
    cfn_opensearch_node_to_node,
    cfn_opensearch_https,
    azure_app_service_min_tls,
    cfn_bedrock_cmk
];
const ARM_TYPES = new Map(IAC_CHECKS.flatMap(c => c.resourceTypes.filter(t => t.startsWith('Microsoft.')).map(t => [t.toLowerCase(), t])));
/**
 * ARM resource types are case-insensitive (`Microsoft.Cache/Redis` in many quickstart templates is
 * `Microsoft.Cache/redis`): the spelling the checks use, or the type as given.
 */
function canonicalArmType(type) {
    return ARM_TYPES.get(type.toLowerCase()) ?? type;
}
/** Checks that apply to a resource type (ARM types case-insensitively). */
function checksForType(type) {
    const t = canonicalArmType(type);
    return IAC_CHECKS.filter(c => c.resourceTypes.includes(t));
}


/***/ }),

/***/ 19078:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $I: () => (/* binding */ lookup),
/* harmony export */   L5: () => (/* binding */ unknown),
/* harmony export */   Qd: () => (/* binding */ isPlainObject),
/* harmony export */   WU: () => (/* binding */ show),
/* harmony export */   XL: () => (/* binding */ asBool),
/* harmony export */   i9: () => (/* binding */ isRef),
/* harmony export */   l4: () => (/* binding */ templateMarker),
/* harmony export */   n0: () => (/* binding */ looksSecret),
/* harmony export */   t8: () => (/* binding */ isUnknown)
/* harmony export */ });
/**
 * The normalized IaC model: resources from Terraform (HCL, JSON, plan), CloudFormation and ARM, with
 * attribute values resolved as far as the files allow. A value that cannot be resolved statically is an
 * explicit `Unknown` marker with the reason; a reference to another resource (a KMS key's ARN, a bucket's
 * id) is a `Ref` marker. Neither is ever truthy: checks must decide what each means.
 *
 * Everything here is plain JSON so it can live in record.json (record.facts.iac).
 */
function isUnknown(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v) && typeof v.$unknown === 'string';
}
function isRef(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v) && typeof v.$ref === 'string';
}
function unknown(reason, template) {
    return template === undefined ? { $unknown: reason } : { $unknown: reason, template };
}
/** The marker a partly known string carries for an unresolved part (see `Unknown.template`). */
function templateMarker(v) {
    return isRef(v) ? `\${ref:${v.$ref}}` : '${?}';
}
function isPlainObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v) && !isUnknown(v) && !isRef(v);
}
/**
 * Read `a.b.c` from attributes. Lists on the way (blocks) are entered at their first element; an empty
 * list is missing. An unknown or a reference on the way makes the whole lookup unknown / a reference.
 */
function lookup(resource, path) {
    const keys = path.split('.');
    let cur = resource.attributes;
    const line = resource.positions[path] ?? nearestLine(resource.positions, keys);
    for (let i = 0; i < keys.length; i++) {
        while (Array.isArray(cur)) {
            if (cur.length === 0)
                return { state: 'missing', line };
            cur = cur[0];
        }
        if (isUnknown(cur))
            return { state: 'unknown', reason: cur.$unknown, line };
        if (isRef(cur))
            return { state: 'unknown', reason: `${keys.slice(0, i).join('.')} is a reference to ${cur.$ref}`, line };
        if (!isPlainObject(cur))
            return { state: 'missing', line };
        // own keys only: a "__proto__" key in parsed JSON/YAML that became a prototype is never read as settings
        cur = Object.hasOwn(cur, keys[i]) ? cur[keys[i]] : undefined;
        if (cur === undefined)
            return { state: 'missing', line };
    }
    if (cur === null)
        return { state: 'missing', line };
    if (isUnknown(cur))
        return cur.template === undefined
            ? { state: 'unknown', reason: cur.$unknown, line }
            : { state: 'unknown', reason: cur.$unknown, template: cur.template, line };
    if (isRef(cur))
        return { state: 'ref', ref: cur.$ref, line };
    return { state: 'value', value: cur, line };
}
function nearestLine(positions, keys) {
    for (let n = keys.length - 1; n > 0; n--) {
        const l = positions[keys.slice(0, n).join('.')];
        if (l !== undefined)
            return l;
    }
    return undefined;
}
/** `true`/`"true"` → true, `false`/`"false"` → false, anything else → undefined. */
function asBool(v) {
    if (typeof v === 'boolean')
        return v;
    if (typeof v === 'string') {
        const s = v.trim().toLowerCase();
        if (s === 'true')
            return true;
        if (s === 'false')
            return false;
    }
    return undefined;
}
/** Render a value briefly for a message (never used for secret attributes, which are dropped). */
function show(v) {
    if (v === undefined)
        return 'not set';
    if (isUnknown(v))
        return `unknown (${v.$unknown})`;
    if (isRef(v))
        return `a reference to ${v.$ref}`;
    const s = JSON.stringify(v);
    return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}
const SECRET_NAME = /pass(word|wd|phrase)?s?($|_)|pwds?($|_)|secret(?!s?_?manager)|token|private_?key|access_?key|credential|connection_?string|sas_|_key_value|primary_?key|secondary_?key|auth_?key|api_?key|client_?key|dsn$/i;
/** Attributes named like key *identifiers* are not secrets (kms_key_id, key_vault_key_id, kms_key_name …). */
const KEY_IDENTIFIER = /(kms|key_vault|encryption|cmk|customer).*key|key_(id|arn|name|self_link|vault_id)$|_key_(id|arn|name)$/i;
/** True for attribute names whose value may be a secret: such attributes never enter the record. */
function looksSecret(name) {
    if (KEY_IDENTIFIER.test(name))
        return false;
    return SECRET_NAME.test(name);
}
/** Facts of the `iac` group: the changed infrastructure-as-code resources and check results. */


/***/ })

};

//# sourceMappingURL=658.index.js.map