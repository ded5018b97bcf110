/** The tool's name and version, written into every record and manifest. Kept in step with package.json by a test. */
export const TOOL_NAME = 'compliance-gate'
export const TOOL_VERSION = '0.1.0'
