/**
 * Builds the shared runtime of one core: clock, randomness, bus, directory (from the workspace),
 * fault table and deterministic exchange ids. Kept apart from start-core so tests can build the
 * same wiring without listeners.
 */
import type { PlatformContext } from '../platform/context'
import type { Directory } from '../platform/directory'
import { FaultTable } from '../platform/faults'
import { createSimClock } from './clock'
import { EventBus } from './event-bus'
import { randomAlnum } from './random'
import type { Random } from './random'

export function createPlatformContext(random: Random, directory: Directory): PlatformContext {
  let counter = 0
  // A per-launch prefix keeps ids unique across restarts in one exchange log.
  const prefix = randomAlnum(random, 6)
  return {
    clock: createSimClock(),
    random,
    bus: new EventBus(),
    directory,
    faults: new FaultTable(),
    newExchangeId: () => `${prefix}-${(++counter).toString(36).padStart(4, '0')}`,
  }
}
