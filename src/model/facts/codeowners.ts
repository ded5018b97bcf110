/** Facts of the `codeowners` group: the CODEOWNERS file at the base commit, parsed, and team facts. Shape: src/codeowners/types.ts. */
export type { CodeownersFacts, TeamFacts } from '../../codeowners/types.js'
export const CODEOWNERS_KEY = 'codeowners'
