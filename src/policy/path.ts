/** Where a repository keeps its policy. A module of its own so the settings can name it without loading the policy loader. */
export const DEFAULT_POLICY_PATH = '.github/compliance-gate.yml'
