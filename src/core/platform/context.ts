/**
 * What every part of the mock platform is given (style.md "Engine habits": dependencies come in,
 * nothing reaches for globals). Built once by the composition root.
 */
import type { Clock } from '../runtime/clock'
import type { EventBus } from '../runtime/event-bus'
import type { Random } from '../runtime/random'
import type { Directory } from './directory'
import type { FaultTable } from './faults'

export interface PlatformContext {
  readonly clock: Clock
  readonly random: Random
  readonly bus: EventBus
  readonly directory: Directory
  readonly faults: FaultTable
  /** Unique id for a new Exchange (deterministic under a seed). */
  newExchangeId(): string
}
