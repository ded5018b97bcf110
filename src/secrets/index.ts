/** Public API of the secrets engine. */
export { createScanner, loadBuiltinRules, redactSecrets, scanAddedText } from './scanner.js'
export type { Scanner, ScannerOptions } from './scanner.js'
export { fingerprint, redactPreview, FINGERPRINT_KEY } from './redact.js'
export { shannonEntropy, isPlaceholder } from './heuristics.js'
export { RULES_VERSION, RULES_DIGEST } from './rules.generated.js'
export {
  DEFAULT_MAX_FILE_SIZE,
  LOCKFILES,
  addedLines,
  applyFilters,
  filesFromApi,
  gitAddedFiles,
  parsePatch,
  parseUnifiedDiff
} from './diff.js'
export type * from './types.js'
