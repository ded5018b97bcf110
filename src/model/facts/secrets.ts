/** Facts of the `secrets` group: findings (preview and fingerprint, never a value) in the lines the change adds. Shape: src/secrets/types.ts. */
export type { SecretsFacts } from '../../secrets/types.js'
export const SECRETS_KEY = 'secrets'
