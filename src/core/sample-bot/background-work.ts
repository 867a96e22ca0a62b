/**
 * Every timer and every job the bot runs after (or instead of) answering a request lives here, so
 * one call can cancel them all. A bot that leaves timers behind keeps a test runner or a dev server
 * alive after "stop", and can send a customer-service message after it was told to shut down.
 */
import { setTimeout as sleepFor } from 'node:timers/promises'

export class BackgroundWork {
  readonly #controller = new AbortController()
  readonly #jobs = new Set<Promise<void>>()
  readonly #log: (line: string) => void

  constructor(log: (line: string) => void, parent?: AbortSignal) {
    this.#log = log
    if (parent) {
      if (parent.aborted) this.#controller.abort()
      else parent.addEventListener('abort', () => this.#controller.abort(), { once: true })
    }
  }

  /** Aborted once stop() has been called: pass it to fetch so in-flight calls end too. */
  get signal(): AbortSignal {
    return this.#controller.signal
  }

  /** Waits `ms`; resolves false instead when the work was stopped first. */
  async sleep(ms: number): Promise<boolean> {
    try {
      await sleepFor(ms, undefined, { signal: this.signal })
      return true
    } catch {
      return false
    }
  }

  /**
   * Runs `job` detached from the request that started it. Failures are logged, never thrown:
   * nobody is left to catch them once the HTTP answer has gone.
   */
  run(name: string, job: (signal: AbortSignal) => Promise<void>): void {
    if (this.signal.aborted) return
    const running = job(this.signal)
      .catch((error: unknown) => {
        if (!this.signal.aborted) this.#log(`${name} failed: ${describe(error)}`)
      })
      .finally(() => this.#jobs.delete(running))
    this.#jobs.add(running)
  }

  /** Cancels every timer and waits for the jobs to notice. */
  async stop(): Promise<void> {
    this.#controller.abort()
    await Promise.allSettled([...this.#jobs])
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
