/**
 * The open model (docs/load.md "The run"): messages start on the arrival schedule whatever the
 * bot's pace, so a slow bot meets the traffic it would meet in production instead of slowing the
 * generator down with it (coordinated omission). Each message's latency counts from its scheduled
 * time, so a start that came late — the event loop was busy — still counts against the bot's
 * figures, never hides them.
 *
 * Timers stay accurate at thousands of messages per second because one timer is not set per
 * message: each tick starts every message due by now, then sleeps until the next one is due
 * (at most TICK_MS, so a stop is noticed quickly).
 */
import type { Arrivals } from './arrivals'
import type { Driver, DriverClock, Launch } from './driver'

const TICK_MS = 10

export interface OpenDriverOptions {
  readonly arrivals: Arrivals
  readonly launch: Launch
  readonly clock: DriverClock
  /**
   * Pushes in flight at most; a message due while that many are in flight is not started and
   * `onSkipped` is told (the runner's limit, counted in the report).
   */
  readonly maxInFlight: number
  readonly inFlight: () => number
  readonly onSkipped: () => void
}

export function startOpenDriver(options: OpenDriverOptions): Driver {
  const { arrivals, clock } = options
  const startedAt = clock.now()
  let next = 0
  let stopped = false
  let timer: ReturnType<typeof setTimeout> | undefined
  let finish: () => void = () => undefined
  const done = new Promise<void>((resolve) => {
    finish = resolve
  })

  const tick = (): void => {
    timer = undefined
    if (stopped) return
    const elapsed = clock.now() - startedAt
    const due = arrivals.dueBy(elapsed)
    while (next < due && !stopped) {
      const k = next++
      if (options.inFlight() >= options.maxInFlight) {
        options.onSkipped()
        continue
      }
      void options.launch(startedAt + arrivals.timeOf(k))
    }
    if (next >= arrivals.total) {
      stopped = true
      finish()
      return
    }
    const wait = arrivals.timeOf(next) - (clock.now() - startedAt)
    timer = setTimeout(tick, Math.min(TICK_MS, Math.max(0, wait)))
  }
  tick()

  return {
    done,
    stop() {
      if (stopped) return
      stopped = true
      if (timer !== undefined) clearTimeout(timer)
      finish()
    },
  }
}
