/** Public API of the secrets engine. */
export { createScanner, loadBuiltinRules, redactSecrets } from './scanner.js'
export { fingerprint, redactPreview } from './redact.js'
export { shannonEntropy, isPlaceholder } from './heuristics.js'
export type * from '../model/facts/secrets.js'
