/** Facts of the `iac` group: the changed infrastructure-as-code resources and check results. Shape: src/iac/model.ts. */
export type { IacFacts } from '../../iac/model.js'
export const IAC_KEY = 'iac'
