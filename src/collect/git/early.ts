/**
 * The checkout's commands a pull request run is sure to ask for, started at start-up from the event's commits,
 * before the API is read and the policy loaded. Starting a process forks this one: it blocks the thread for
 * 10-30 ms once the heap has grown, and every page of the heap written after a fork faults once more (some 15 µs
 * each on a runner). At start-up the heap is small, and git's diff is written ahead while the run loads.
 *
 * Nothing is decided here: each command is the very one its caller runs (same arguments, same hardening), kept
 * under a key of its options (./run.ts, keepEarly); the caller takes it only when it asks for the same commits
 * of the same checkout, else starts its own as before. What no one took is stopped by discardEarly.
 */
import { startAddedFilesEarly } from './diff.js'
import { startChangedFilesEarly } from './files.js'
import { hasCommit } from './objects.js'
import { earlyStillWanted, earlyToken } from './run.js'

/** A commit named in full (the event's SHAs; anything else is left to the collectors). */
const FULL_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/

/**
 * Start the files listing, the commit count and the diff of base...head in the checkout at cwd, once the checkout
 * holds both commits (a shallow checkout lacks them: nothing is started, and the collectors say why). token: from
 * earlyToken when the run began (a run that has ended since keeps nothing).
 */
export async function startChangeEarly(cwd: string, base: string, head: string, token = earlyToken()): Promise<void> {
  if (!FULL_SHA.test(base) || !FULL_SHA.test(head)) return
  const [hasBase, hasHead] = await Promise.all([hasCommit(cwd, base), hasCommit(cwd, head)])
  // The run may have ended meanwhile (discardEarly): then nothing is started.
  if (!hasBase || !hasHead || !earlyStillWanted(token)) return
  startChangedFilesEarly({ cwd, base, head })
  startAddedFilesEarly({ cwd, base, head })
}
