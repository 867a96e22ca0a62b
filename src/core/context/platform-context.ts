/**
 * What every part of the core is given — the mock platform, the engine, the workspace's
 * directory sync: dependencies come in, nothing reaches for globals. Built once by the
 * composition root (create-context.ts). It sits in its own layer below those parts, above
 * runtime, so none of them imports another to reach it (ESLint zones, docs/architecture.md).
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
