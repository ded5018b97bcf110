/**
 * What the engine needs only once the pull request is being read: the policy (YAML, its JSON Schema
 * validator), the controls and their catalog mappings, evaluation, the summary and the bundle writer. The
 * engine loads this module on demand (src/engine.ts), so it compiles while the first API request is in flight
 * instead of before it: start-up is node, the settings and the API client.
 */
export { CONTROLS } from './controls/index.js'
export { ADJUSTERS } from './evaluate/adjusters.js'
export { evaluate, summarize } from './evaluate/evaluate.js'
export { writeBundle } from './evidence/bundle.js'
export { choosePolicy, policyEditNote } from './policy/choose.js'
export { DEFAULT_POLICY_TEXT } from './policy/default-policy.generated.js'
export { PolicyError } from './policy/load.js'
export { renderSummary } from './evidence/summary.js'
