/** Where a repository keeps its policy. A module of its own so the settings can name it without loading the policy loader. */
export const DEFAULT_POLICY_PATH = '.github/compliance-gate.yml'

/**
 * The policy input as a clean repository path (`./` and backslashes normalised), or null when it is not a path
 * inside the repository (absolute, empty, `..` or empty segments). Light on purpose: the engine uses it to start
 * reading the policy at the base commit beside the first request, before the policy loader is loaded.
 */
export function cleanPolicyPath(path: string): string | null {
  const clean = path.trim().replace(/\\/g, '/').replace(/^\.\//, '')
  if (!clean || clean.startsWith('/') || clean.split('/').some(s => s === '..' || s === '')) return null
  return clean
}
