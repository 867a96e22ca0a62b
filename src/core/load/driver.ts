/**
 * What the open and closed drivers share: they decide *when* a message starts; the run decides
 * *what* it is and counts how it ended.
 */

/**
 * Starts one message scheduled at `scheduledAt` (performance.now() ms) and resolves once its
 * push has a verdict. Never rejects: the run turns its own failures into the report.
 */
export type Launch = (scheduledAt: number) => Promise<void>

export interface Driver {
  /**
   * Resolves once the driver starts nothing more: the open one when its last message started (or
   * it was stopped), the closed one when its workers' last pushes settled too.
   */
  readonly done: Promise<void>
  /** Starts nothing more; `done` resolves soon after. */
  stop(): void
}

/** Real time for the drivers; tests may pass their own. */
export interface DriverClock {
  now(): number
}

export const realTime: DriverClock = { now: () => performance.now() }
