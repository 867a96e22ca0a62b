/**
 * Where the bot stopped meeting the 5-second rule (docs/load.md "Ramp and breakingRate"): the
 * messages are grouped by the second they were offered in, and a second breaks when more than 1 %
 * of its messages took longer than the deadline (its p99 is over the deadline) or any of them
 * showed a user 该公众号暂时无法提供服务. The breaking rate is the rate the schedule offered in the
 * first second that broke. Grouping by offer time, not verdict time, ties a slow answer to the
 * load that caused it rather than to the moment it finally came back.
 */

interface OfferedSecond {
  offered: number
  overDeadline: number
  unavailable: number
}

export interface BreakingPoint {
  /** Seconds since the start. */
  readonly second: number
}

export class BreakingTracker {
  private readonly seconds: OfferedSecond[] = []
  private readonly deadlineMs: number

  constructor(deadlineMs: number) {
    this.deadlineMs = deadlineMs
  }

  private at(t: number): OfferedSecond {
    while (this.seconds.length <= t)
      this.seconds.push({ offered: 0, overDeadline: 0, unavailable: 0 })
    return this.seconds[t] as OfferedSecond
  }

  offered(t: number): void {
    this.at(t).offered++
  }

  settled(offeredSecond: number, latencyMs: number, unavailable: boolean): void {
    const s = this.at(offeredSecond)
    if (latencyMs > this.deadlineMs) s.overDeadline++
    if (unavailable) s.unavailable++
  }

  /** The first second that broke, as the verdicts stand; undefined while every one kept up. */
  first(): BreakingPoint | undefined {
    const second = this.seconds.findIndex(
      (s) => s.unavailable > 0 || s.overDeadline * 100 > s.offered,
    )
    return second === -1 ? undefined : { second }
  }
}
