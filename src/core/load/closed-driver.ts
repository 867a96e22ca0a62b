/**
 * The closed model (docs/load.md "The run"): C messages in flight, each started when the one before
 * it settled — what most load tools do. It measures how fast the bot can go, not what it does at a
 * given rate: a slow bot slows the generator with it. Latency counts from each actual start.
 */
import type { Driver, DriverClock, Launch } from './driver'

export interface ClosedDriverOptions {
  readonly concurrency: number
  readonly durationMs?: number
  readonly messages?: number
  readonly launch: Launch
  readonly clock: DriverClock
}

export function startClosedDriver(options: ClosedDriverOptions): Driver {
  const { clock } = options
  const startedAt = clock.now()
  const limit = options.messages ?? Infinity
  let started = 0
  let stopped = false

  const claim = (): boolean => {
    if (stopped || started >= limit) return false
    if (options.durationMs !== undefined && clock.now() - startedAt >= options.durationMs) {
      return false
    }
    started++
    return true
  }
  const worker = async (): Promise<void> => {
    while (claim()) await options.launch(clock.now())
  }
  const workers = Array.from({ length: options.concurrency }, () => worker())
  // Settled when every worker has nothing more to start (its last push has a verdict).
  const done = Promise.all(workers).then(() => undefined)
  return {
    done,
    stop() {
      stopped = true
    },
  }
}
