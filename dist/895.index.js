export const id = 895;
export const ids = [895];
export const modules = {

/***/ 69895:
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

;// CONCATENATED MODULE: ./src/iac/parse/hcl-wasm.ts
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
async function initRuntime(init, wasmBinary) {
    const proc = process;
    const had = Object.prototype.hasOwnProperty.call(proc, 'type');
    const previous = proc.type;
    proc.type = 'renderer';
    try {
        await init({ wasmBinary });
    }
    finally {
        if (had)
            proc.type = previous;
        else
            delete proc.type;
    }
}
/**
 * A shared HCL parser; parsing is synchronous once loaded. The runtime and the grammar (half a megabyte of
 * code and embedded bytes) are loaded on first use: a change without Terraform never reads them.
 */
function hcl_wasm_hclParser() {
    loading ??= (async () => {
        const [{ Language, Parser }, wasm] = await Promise.all([__webpack_require__.e(/* import() */ 33).then(__webpack_require__.bind(__webpack_require__, 40033)), __webpack_require__.e(/* import() */ 880).then(__webpack_require__.bind(__webpack_require__, 57880))]);
        await initRuntime(Parser.init.bind(Parser), bytes(wasm.TREE_SITTER_RUNTIME_WASM_BASE64));
        const language = await Language.load(bytes(wasm.TREE_SITTER_HCL_WASM_BASE64));
        const parser = new Parser();
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
/** A directory's local module calls: each call's name and the directory its literal `source` names. */
function localCalls(tf) {
    const out = [];
    for (const f of tf.files) {
        for (const b of f.blocks) {
            const src = b.type === 'module' && b.labels[0] ? b.body.attrs.source?.expr : undefined;
            const dir = src && src.k === 'lit' && typeof src.v === 'string' ? localModuleDir(tf.dir, src.v) : null;
            if (dir !== null)
                out.push({ name: b.labels[0], dir });
        }
    }
    return out;
}
/** A Terraform variable-values file (`terraform.tfvars`, `*.auto.tfvars`, `.tfvars.json`, a `-var-file`). */
const TFVARS_FILE = /\.tfvars(?:\.json)?$/;
function emptyReads() {
    return { vars: new Set(), locals: new Set(), data: new Set(), modules: new Set(), opaque: false };
}
function exprReads(e, out, depth = 0) {
    if (depth > 64) {
        out.opaque = true;
        return;
    }
    switch (e.k) {
        case 'ref': {
            const [head, a, b] = e.path;
            if (head === 'var' && typeof a === 'string')
                out.vars.add(a);
            else if (head === 'local' && typeof a === 'string')
                out.locals.add(a);
            else if (head === 'data' && typeof a === 'string' && typeof b === 'string')
                out.data.add(`${a}.${b}`);
            else if (head === 'module' && typeof a === 'string')
                out.modules.add(a);
            break;
        }
        case 'tmpl':
            e.parts.forEach(p => exprReads(p, out, depth + 1));
            break;
        case 'tuple':
            e.items.forEach(p => exprReads(p, out, depth + 1));
            break;
        case 'object':
            e.entries.forEach(en => {
                if (typeof en.key !== 'string')
                    exprReads(en.key, out, depth + 1);
                exprReads(en.value, out, depth + 1);
            });
            break;
        case 'cond':
            ;
            [e.c, e.t, e.f].forEach(p => exprReads(p, out, depth + 1));
            break;
        case 'call':
        case 'op':
            e.args.forEach(p => exprReads(p, out, depth + 1));
            break;
        case 'get':
            exprReads(e.target, out, depth + 1);
            e.steps.forEach(p => typeof p === 'object' && exprReads(p, out, depth + 1));
            break;
        case 'unsupported':
            out.opaque = true;
            break;
    }
}
function bodyReads(body, out, depth = 0) {
    for (const a of Object.values(body.attrs))
        exprReads(a.expr, out);
    if (depth < 16)
        for (const blk of body.blocks)
            bodyReads(blk.body, out, depth + 1);
}
/**
 * A test of whether a block reads what the change touched in its module: a variable declared in a changed file, any
 * variable when a variable-values file there changed, a local or data source defined in a changed file (through the
 * locals and data sources that read them), or anything at all when a Terraform file of the directory was removed (its
 * blocks are gone from the head, so what they set is unknown here) or the block reads something not read statically.
 * A resource in a file the change did not touch is judged only then (a default turned false in variables.tf turns
 * encryption off in an unchanged main.tf), so a change elsewhere in the module does not re-judge the rest of it.
 */
function changedInputs(tf, changed, removed = new Set(), root = true) {
    const inDir = (p) => {
        const slash = p.lastIndexOf('/');
        return (slash < 0 ? '.' : p.slice(0, slash)) === tf.dir;
    };
    if ([...removed].some(inDir))
        return () => true;
    const vars = new Set();
    const locals = new Set();
    const data = new Set();
    const localExprs = new Map();
    const dataBodies = new Map();
    for (const f of tf.files) {
        for (const b of f.blocks) {
            if (b.type === 'locals')
                for (const [k, a] of Object.entries(b.body.attrs))
                    localExprs.set(k, a.expr);
            if (b.type === 'data' && b.labels.length >= 2)
                dataBodies.set(`${b.labels[0]}.${b.labels[1]}`, b.body);
            if (!changed.has(f.path))
                continue;
            if (b.type === 'variable' && b.labels[0])
                vars.add(b.labels[0]);
            else if (b.type === 'locals')
                for (const k of Object.keys(b.body.attrs))
                    locals.add(k);
            else if (b.type === 'data' && b.labels.length >= 2)
                data.add(`${b.labels[0]}.${b.labels[1]}`);
        }
    }
    const allVars = root && [...changed].some(p => TFVARS_FILE.test(p) && inDir(p));
    // A local module call whose directory (or one below it) holds a changed or removed file: its outputs may have changed.
    const touched = [...changed, ...removed];
    const modules = new Set(localCalls(tf)
        .filter(c => c.dir !== tf.dir && touched.some(p => p.startsWith(c.dir === '.' ? '' : `${c.dir}/`)))
        .map(c => c.name));
    if (!allVars && vars.size === 0 && locals.size === 0 && data.size === 0 && modules.size === 0)
        return () => false;
    return body => {
        const r = emptyReads();
        bodyReads(body, r);
        // Through locals and data sources to what they read, each once.
        const seenLocals = new Set();
        const seenData = new Set();
        for (let grew = true; grew;) {
            grew = false;
            for (const l of [...r.locals]) {
                if (seenLocals.has(l))
                    continue;
                seenLocals.add(l);
                grew = true;
                const e = localExprs.get(l);
                if (e)
                    exprReads(e, r);
            }
            for (const d of [...r.data]) {
                if (seenData.has(d))
                    continue;
                seenData.add(d);
                grew = true;
                const b = dataBodies.get(d);
                if (b)
                    bodyReads(b, r);
            }
        }
        if (r.opaque)
            return true;
        for (const v of r.vars)
            if (allVars || vars.has(v))
                return true;
        for (const l of r.locals)
            if (locals.has(l))
                return true;
        for (const d of r.data)
            if (data.has(d))
                return true;
        for (const m of r.modules)
            if (modules.has(m))
                return true;
        return false;
    };
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
        const zone = r.provider === 'google' ? r.attributes.zone : r.provider === 'aws' ? r.attributes.availability_zone : undefined;
        if (!('region' in r.attributes) && !('location' in r.attributes) && typeof zone !== 'string')
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
/**
 * Other places a resource puts its data, by nested path (blocks are lists; a leaf may be a list of names): replicas
 * (DynamoDB tables and global tables, Secrets Manager, ECR replication, Cosmos DB geo locations, regional disks'
 * replica zones, dual-region buckets), clusters (Bigtable), backups (Cloud SQL backup location, AWS Backup copy
 * vaults, named by their ARN) and Spanner's instance configuration (`regional-<region>`).
 */
const NESTED_REGIONS = {
    aws_dynamodb_table: [{ path: ['replica', 'region_name'] }],
    aws_dynamodb_global_table: [{ path: ['replica', 'region_name'] }],
    aws_secretsmanager_secret: [{ path: ['replica', 'region'] }],
    aws_ecr_replication_configuration: [{ path: ['replication_configuration', 'rule', 'destination', 'region'] }],
    aws_backup_plan: [{ path: ['rule', 'copy_action', 'destination_vault_arn'], read: arnRegion }],
    azurerm_cosmosdb_account: [{ path: ['geo_location', 'location'] }],
    google_bigtable_instance: [{ path: ['cluster', 'zone'] }],
    google_sql_database_instance: [{ path: ['settings', 'backup_configuration', 'location'] }],
    google_spanner_instance: [{ path: ['config'], read: v => v.replace(/^regional-/, '') }],
    google_storage_bucket: [{ path: ['custom_placement_config', 'data_locations'], read: v => v.toLowerCase() }],
    google_compute_region_disk: [{ path: ['replica_zones'] }]
};
/** The region of an ARN (`arn:aws:backup:us-east-1:…`), or the ARN when it names none. */
function arnRegion(arn) {
    return /^arn:aws[\w-]*:[\w-]+:([a-z]{2}(?:-[a-z]+)+-\d+):/.exec(arn)?.[1] ?? arn;
}
/** The values at a nested path: each list element followed, the leaf's strings (or unknowns) with where they sit. */
function nestedValues(v, path, at) {
    if (path.length === 0)
        return Array.isArray(v) ? v.map((x, i) => ({ value: x, at: `${at}[${i}]` })) : [{ value: v, at }];
    if (Array.isArray(v))
        return v.flatMap((x, i) => nestedValues(x, path, `${at}[${i}]`));
    if (!(0,iac/* isPlainObject */.Qd)(v) || !(path[0] in v))
        return [];
    return nestedValues(v[path[0]], path.slice(1), `${at}.${path[0]}`);
}
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
            if (inputs === null && tf.varFiles?.[name])
                v = (0,iac/* unknown */.L5)(`var.${name} is set in ${tf.varFiles[name]}, a -var-file chosen when Terraform runs: its value is not known statically`);
            else if (inputs === null && tf.tfvars[name])
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
    // A resource or module call in a file the change did not touch is judged as changed when it reads what the change
    // touched (a default turned false in variables.tf turns encryption off in an unchanged main.tf): see changedInputs.
    const readsChanged = changedInputs(tf, changed, loader.removed, inputs === null);
    /** Providers of the resources judged as changed: their provider blocks' regions are part of the change too. */
    const changedProviders = new Set();
    const regionsFrom = out.regions.length;
    const providersSeen = new Set();
    const resourceProviders = new Map();
    for (const f of tf.files) {
        const fileChanged = callChanged || changed.has(f.path);
        for (const b of f.blocks) {
            const isChanged = fileChanged || ((b.type === 'resource' || b.type === 'module') && readsChanged(b.body));
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
                    if (isChanged)
                        changedProviders.add(provider);
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
                    // A zone names its region (Google's `zone = "europe-west1-b"`, AWS's `availability_zone = "eu-west-1a"`).
                    for (const key of ['region', 'location', 'zone', 'availability_zone']) {
                        if (!(key in attributes))
                            continue;
                        if (key === 'zone' && provider !== 'google')
                            continue;
                        if (key === 'availability_zone' && provider !== 'aws')
                            continue;
                        // A zone the gate cannot read (a data source's first zone) lies in the provider's region: that one decides.
                        if ((key === 'zone' || key === 'availability_zone') && typeof attributes[key] !== 'string')
                            continue;
                        // A configurable dual-region bucket keeps its data in its data_locations only: its location is just the code.
                        if (key === 'location' &&
                            type === 'google_storage_bucket' &&
                            nestedValues(attributes, ['custom_placement_config', 'data_locations'], '').length > 0)
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
                    // Replicas, clusters and backups keep the data in their own regions: each is a place the change deploys to.
                    for (const spec of NESTED_REGIONS[type] ?? []) {
                        for (const { value, at } of nestedValues(attributes, spec.path, res.address)) {
                            if (value === null || value === undefined)
                                continue;
                            out.regions.push({
                                subject: at,
                                kind: 'resource',
                                provider,
                                value: typeof value === 'string' ? (spec.read ? spec.read(value) : value) : regionValue(value, spec.path[spec.path.length - 1]),
                                file: f.path,
                                line: positions[spec.path.join('.')] ?? positions[spec.path[0]] ?? b.line,
                                changed: isChanged
                            });
                        }
                    }
                }
            }
            else if (b.type === 'provider' && b.labels[0]) {
                const name = b.labels[0];
                providersSeen.add(name);
                const alias = b.body.attrs.alias ? evalExpr(b.body.attrs.alias.expr, scope) : undefined;
                const subject = `${prefix}provider.${name}${typeof alias === 'string' ? `.${alias}` : ''}`;
                // Google's provider may name only a default zone, which names its region.
                const regionAttr = b.body.attrs.region ?? (name === 'google' || name === 'google-beta' ? b.body.attrs.zone : undefined);
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
    // A provider block set in a file the change did not touch still decides where the change's resources go.
    for (let i = regionsFrom; i < out.regions.length; i++) {
        const r = out.regions[i];
        const own = r.subject.startsWith(`${prefix}provider.`) && !r.subject.slice(prefix.length).includes('module.');
        if (r.kind === 'provider' && own && changedProviders.has(r.provider === 'google-beta' ? 'google' : r.provider))
            r.changed = true;
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
                    changed: changed.has(where.file) || changedProviders.has(provider)
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
/** `var.x` names an expression reads, in the order it reads them. */
function varsRead(e) {
    const r = emptyReads();
    exprReads(e, r);
    return [...r.vars];
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
;// CONCATENATED MODULE: ./src/iac/source.ts
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
    local = true;
    root;
    constructor(root) {
        this.root = external_node_fs_default().realpathSync(root);
    }
    /** Absolute path of a checkout-relative path, or null when it leaves the checkout (.., symlinks) or is missing. */
    resolve(rel) {
        const abs = external_node_path_default().resolve(this.root, rel);
        if (abs !== this.root && !abs.startsWith(this.root + (external_node_path_default()).sep))
            return null;
        try {
            const real = external_node_fs_default().realpathSync(abs);
            if (real !== this.root && !real.startsWith(this.root + (external_node_path_default()).sep))
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
            st = external_node_fs_default().statSync(abs);
        }
        catch {
            return { ok: false, reason: 'not found in the checkout (deleted?)' };
        }
        if (!st.isFile())
            return null;
        if (st.size > maxSize)
            return tooLarge(st.size, maxSize);
        return { ok: true, data: external_node_fs_default().readFileSync(abs) };
    }
    /** Why a path cannot be read: a symlink leading out of the checkout is named as such (never followed). */
    whyNot(rel) {
        const abs = external_node_path_default().resolve(this.root, rel);
        try {
            if (external_node_fs_default().lstatSync(abs).isSymbolicLink())
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
            const entries = external_node_fs_default().readdirSync(abs, { withFileTypes: true });
            return {
                ok: true,
                names: entries
                    .filter(e => {
                    if (e.isFile())
                        return true;
                    if (!e.isSymbolicLink())
                        return false;
                    try {
                        return !external_node_fs_default().statSync(external_node_path_default().join(abs, e.name)).isDirectory();
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
        return external_node_path_default().isAbsolute(p) ? external_node_path_default().relative(this.root, p) : p;
    }
}

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
 * Attributes holding a map or list of the user's own settings, whose values the record keeps only as previews: Lambda's
 * `environment { variables }` and CloudFormation's `Environment.Variables`, App Service's `app_settings` and ARM's
 * `siteConfig.appSettings`, CodeBuild's `environment_variable`, a customer-supplied disk key's `raw_key`.
 */
const FREE_FORM = /^(?:variables|app_?settings|environment_?variables?|raw_?key|rsa_encrypted_key|secure_?string)$/i;
/**
 * A deep copy of `v` with every string redacted (detector) and every string under a secret-like key
 * replaced (name). Objects marked as values (`$unknown`, `$ref`) keep their shape.
 */
function redactDeep(v, repo, cache = new Map(), depth = 0, freeForm = false) {
    if (depth > 64)
        return v;
    if (typeof v === 'string')
        return (freeForm && v !== '' ? redactNamed(v, repo) : redactString(v, repo, cache));
    if (Array.isArray(v))
        return v.map(x => redactDeep(x, repo, cache, depth + 1, freeForm));
    if (v !== null && typeof v === 'object') {
        if (freeForm && (0,iac/* isUnknown */.t8)(v))
            return typeof v.template === 'string' ? { ...v, template: redactNamed(v.template, repo) } : v;
        const out = {};
        for (const [k, x] of Object.entries(v)) {
            let value;
            // Inside a map of the user's own settings (a function's environment variables, an app's settings) every value
            // is one the gate cannot judge by name (`SIGNING_SEED`, `HMAC_INPUT`): each goes, the setting's name stays.
            if (freeForm && /^name$/i.test(k) && typeof x === 'string')
                value = x;
            else if (freeForm || FREE_FORM.test(k))
                value = redactDeep(x, repo, cache, depth + 1, true);
            else if (typeof x === 'string' && x !== '' && (0,iac/* looksSecret */.n0)(k))
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
/** The kinds of Terraform files: configuration and variable values. */
const TERRAFORM_KINDS = new Set(['tf', 'tfjson', 'tfvars', 'tfvarsjson']);
/** The kinds of Terraform variable-values files. */
const TFVARS_KINDS = new Set(['tfvars', 'tfvarsjson']);
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
    const tfChanged = [...changedPaths, ...(options.removedPaths ?? [])].some(p => TERRAFORM_KINDS.has(iacKind(p) ?? ''));
    const parser = tfChanged ? await hcl_wasm_hclParser() : null;
    const maxSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
    const source = typeof from === 'string' ? new CheckoutSource(from) : from;
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
                    texts.set(p, text);
                    try {
                        files.push(format === 'terraform' ? parseHclWith(parser, p, text) : parseTerraformJsonWith(parser, p, text));
                        record({ path: p, format, status: 'parsed', changed: changed.has(p) });
                    }
                    catch (e) {
                        record({ path: p, format, status: 'error', changed: changed.has(p), error: errorAt(e) });
                    }
                }
                /** A variable-values file's values, parsed (recorded as parsed or as an error; null when unread or broken). */
                const readVars = (n) => {
                    const p = rel(n);
                    const json = n.endsWith('.json');
                    const format = json ? 'tfvars-json' : 'tfvars';
                    const text = read(p, format);
                    if (text === null)
                        return null;
                    try {
                        const vals = json ? parseTfvarsJsonWith(parser, p, text) : parseTfvarsWith(parser, p, text);
                        record({ path: p, format, status: 'parsed', changed: changed.has(p) });
                        return vals;
                    }
                    catch (e) {
                        record({ path: p, format, status: 'error', changed: changed.has(p), error: errorAt(e) });
                        return null;
                    }
                };
                for (const n of vars)
                    for (const [k, v] of Object.entries(readVars(n) ?? {}))
                        tfvars[k] = { ...v, file: rel(n) };
                // A changed -var-file (`prod.tfvars`): which one a run uses is chosen when Terraform runs, so the variables it
                // sets are unknown here (evaluateModule), never their defaults.
                const varFiles = {};
                for (const n of listing.names) {
                    if (vars.includes(n) || !TFVARS_KINDS.has(iacKind(n) ?? '') || !changed.has(rel(n)))
                        continue;
                    for (const k of Object.keys(readVars(n) ?? {}))
                        varFiles[k] = rel(n);
                }
                if (files.length > 0 || Object.keys(tfvars).length > 0)
                    result = { dir, files, tfvars, ...(Object.keys(varFiles).length > 0 ? { varFiles } : {}) };
            }
            dirCache.set(dir, result);
            return result;
        }
    };
    const tfDirs = new Set();
    const templates = [];
    // A removed Terraform file's module is evaluated again, everything in it judged as changed (see evaluateModule).
    const removedTf = (options.removedPaths ?? []).map(p => p.split((external_node_path_default()).sep).join('/')).filter(p => TERRAFORM_KINDS.has(iacKind(p) ?? ''));
    for (const p of removedTf)
        tfDirs.add(external_node_path_default().posix.dirname(p));
    if (removedTf.length > 0)
        loader.removed = new Set(removedTf);
    for (const p of changed) {
        const k = iacKind(p);
        if (TERRAFORM_KINDS.has(k ?? ''))
            tfDirs.add(external_node_path_default().posix.dirname(p));
        else if (k === 'template')
            templates.push(p);
    }
    // A changed module is judged where it is used: an ancestor directory that calls it (the root calling ./modules/x) is
    // evaluated too, so the module runs with its caller's values, and a resource there reading its outputs is judged.
    // (From a local source only: through the API each directory looked at would be a call.)
    for (const d of source.local === true ? [...tfDirs] : []) {
        for (let a = external_node_path_default().posix.dirname(d);; a = external_node_path_default().posix.dirname(a)) {
            const tf = tfDirs.has(a) ? null : loader.load(a);
            if (tf && localCalls(tf).some(c => c.dir === d))
                tfDirs.add(a);
            if (a === '.' || a === '/' || a === '')
                break;
        }
    }
    // A changed directory called as a local module from another changed directory is evaluated through that call.
    const calledFrom = new Set();
    for (const d of tfDirs) {
        const tf = loader.load(d);
        for (const { dir: child } of tf ? localCalls(tf) : [])
            if (child !== d && tfDirs.has(child))
                calledFrom.add(child);
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
                facts.plan = { path: rel, status: 'error', message: parseMessage(e.message) };
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
    // A file the change did not touch whose resources are judged again (it reads a changed variable) keeps its skips.
    const judgedFiles = new Set([...changed, ...all.filter(r => r.changed).map(r => r.file)]);
    for (const [file, text] of texts) {
        if (!judgedFiles.has(file))
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
        return { line: e.line, ...(e.column ? { column: e.column } : {}), message: parseMessage(e.message) };
    return { line: 1, message: parseMessage(e instanceof Error ? e.message : String(e)) };
}
/**
 * A parser's message without the source it quotes (a value there may be a secret no rule recognises, and the message
 * goes to annotations, the summary and the evidence): its first line only (a YAML code frame follows it), each quoted
 * excerpt cut to the word it starts with (`unexpected "password …"`), control characters escaped.
 */
function parseMessage(message) {
    return message
        .split(/\r?\n/, 1)[0]
        .replace(/"((?:[^"\\]|\\.)*)"/g, (_, inner) => {
        const word = /^[A-Za-z_][A-Za-z0-9_.-]{0,39}/.exec(inner)?.[0];
        if (word === undefined)
            return '"…"';
        return word.length === inner.length ? `"${word}"` : `"${word} …"`;
    })
        .replace(/[\u0000-\u001f\u007f-\u009f]/g, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
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
        const { config, vars } = terraformDirFiles(names);
        return [...config, ...vars].map(n => (dir === '.' ? n : `${dir}/${n}`));
    }
    async fetchFile(p) {
        const known = this.listed.get(p);
        const max = this.options.maxFileSize;
        if (known && known.size > max) {
            this.files.set(p, tooLarge(known.size, max));
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
            this.files.set(p, tooLarge(f.size, max));
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
        const facts = await scanIac(source, changedPaths, scanOptions);
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
        maxFileSize: typeof maxFileSize === 'number' && maxFileSize > 0 ? maxFileSize : DEFAULT_MAX_FILE_SIZE,
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
    const removedPaths = files.value.filter(f => f.status === 'removed').map(f => f.path);
    const options = { ...iacScanOptions(context.neededBy ?? [], `${context.owner}/${context.repo}`), removedPaths };
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
            const facts = await scanIac(context.checkoutDir, changed, options);
            const sources = ['checkout: changed IaC files and their module directories'];
            if (facts.plan)
                sources.push(`terraform plan JSON: ${facts.plan.path}`);
            return withFiles((0,record/* complete */.My)(facts, sources));
        }
        // No checkout: read through the API at the head commit, or nothing at all when no changed file can be IaC.
        const candidates = changed.filter(p => iacKind(p) !== null);
        if (candidates.length === 0 && !removedPaths.some(p => iacKind(p) !== null)) {
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


/***/ })

};

//# sourceMappingURL=895.index.js.map