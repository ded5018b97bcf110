/** The progress line on stderr: what is being fetched, how far, the API budget left. At most 2 lines a second. */
export interface Progress {
  update(text: string, budget: number | null): void
  done(): void
}

export function createProgress(write: (line: string, final?: boolean) => void, intervalMs = 500): Progress {
  let last = 0
  let pending: string | null = null
  return {
    update(text, budget) {
      pending = `audit: ${text}; API budget left: ${budget ?? 'unknown'}`
      const t = Date.now()
      if (t - last >= intervalMs) {
        last = t
        write(pending)
        pending = null
      }
    },
    done() {
      if (pending) write(pending, true)
      pending = null
    }
  }
}
