/**
 * Builds the shared context of one core: clock, randomness, bus, directory (from the workspace),
 * fault table and deterministic exchange ids. Kept apart from start-core so tests and benchmarks
 * can build the same wiring without listeners.
 */
import type { PlatformContext } from './platform-context'
import type { Directory } from './directory'
import { FaultTable } from './faults'
import { createSimClock } from '../runtime/clock'
import { EventBus } from '../runtime/event-bus'
import { randomAlnum } from '../runtime/random'
import type { Random } from '../runtime/random'

/** Where a seeded (deterministic) run's frozen clock starts: 2024-01-01T00:00:00Z. */
export const SEEDED_CLOCK_START_MS = Date.UTC(2024, 0, 1)

/**
 * @param deterministic a seeded run: the clock is frozen at a fixed start and moves only when
 *   advanced, so timestamps and CreateTimes repeat run after run like nonces and ids do.
 */
export function createPlatformContext(
  random: Random,
  directory: Directory,
  deterministic = false,
): PlatformContext {
  let counter = 0
  // A per-launch prefix keeps ids unique across restarts in one exchange log.
  const prefix = randomAlnum(random, 6)
  return {
    clock: deterministic
      ? createSimClock({ startMs: SEEDED_CLOCK_START_MS, frozen: true })
      : createSimClock(),
    random,
    bus: new EventBus(),
    directory,
    faults: new FaultTable(),
    newExchangeId: () => `${prefix}-${(++counter).toString(36).padStart(4, '0')}`,
  }
}
