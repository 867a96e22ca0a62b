/**
 * The run second by second (the Load panel's curve of latency against rate, docs/load.md "The
 * report"): messages offered in each second by their scheduled start, and the pushes that got
 * their verdict in each second with those pushes' latency percentiles. Verdicts arrive in time
 * order, so one histogram serves the second being filled and is read and emptied when the next
 * second begins.
 */
import { Latency } from './latency'

export interface SecondRow {
  readonly t: number
  readonly offered: number
  readonly completed: number
  readonly p50: number
  readonly p95: number
  readonly p99: number
  readonly unavailable: number
  readonly retries: number
}

interface Counts {
  offered: number
  completed: number
  unavailable: number
  retries: number
  p50: number
  p95: number
  p99: number
}

const emptyCounts = (): Counts => ({
  offered: 0,
  completed: 0,
  unavailable: 0,
  retries: 0,
  p50: 0,
  p95: 0,
  p99: 0,
})

export class PerSecond {
  private readonly rows: Counts[] = []
  private readonly open = new Latency()
  /** The second whose latencies `open` holds. */
  private openSecond = 0

  private row(t: number): Counts {
    while (this.rows.length <= t) this.rows.push(emptyCounts())
    return this.rows[t] as Counts
  }

  offered(t: number): void {
    this.row(t).offered++
  }

  settled(t: number, latencyMs: number, unavailable: boolean, retries: number): void {
    // A verdict never lands in a second already closed; if clocks disagree, it joins the open one.
    if (t > this.openSecond) {
      this.close()
      this.openSecond = t
    }
    const row = this.row(this.openSecond)
    row.completed++
    if (unavailable) row.unavailable++
    row.retries += retries
    this.open.record(latencyMs)
  }

  /** Rows from second 0 to `untilSecond` (at least), the open second's percentiles as they stand. */
  list(untilSecond: number): SecondRow[] {
    this.row(Math.max(0, untilSecond))
    const live = this.open.figures()
    return this.rows.map((c, t) => {
      const figures = t === this.openSecond ? live : c
      return {
        t,
        offered: c.offered,
        completed: c.completed,
        p50: figures.p50,
        p95: figures.p95,
        p99: figures.p99,
        unavailable: c.unavailable,
        retries: c.retries,
      }
    })
  }

  private close(): void {
    const figures = this.open.figures()
    const row = this.row(this.openSecond)
    row.p50 = figures.p50
    row.p95 = figures.p95
    row.p99 = figures.p99
    this.open.reset()
  }
}
