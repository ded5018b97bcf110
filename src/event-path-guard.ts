/**
 * Imported first by both entry points, before anything else loads. @actions/github builds its `context` the
 * moment it is loaded, reading and JSON-parsing GITHUB_EVENT_PATH: a malformed file would crash the load with
 * a raw stack (no `result` output, no error annotation), and a missing one prints to stdout before any CLI
 * command runs. The gate never uses that context — the action reads and validates the event itself
 * (settings) — so the variable is hidden while the bundle loads and put back before anything runs.
 */
const eventPath = process.env.GITHUB_EVENT_PATH
delete process.env.GITHUB_EVENT_PATH

/** Put GITHUB_EVENT_PATH back, as the runner set it. */
export function restoreEventPath(): void {
  if (eventPath !== undefined) process.env.GITHUB_EVENT_PATH = eventPath
}
