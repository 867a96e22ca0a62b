/**
 * The simulated clock (token and code expiry, the 48-hour window). It runs at
 * real speed from a start point and can be fast-forwarded; nothing in the engine reads Date.now()
 * directly, so tests move time instead of waiting for it.
 */
export interface Clock {
  /** Simulated milliseconds since the epoch. */
  nowMs(): number
  /** Simulated Unix seconds (what WeChat puts in CreateTime and timestamp). */
  nowSeconds(): number
  /** Fast-forward; negative values are refused (time never runs backwards for a bot). */
  advance(ms: number): void
}

export interface SimClockOptions {
  /** Where simulated time starts (ms). @default real time */
  startMs?: number
  /** Real time source, injectable for tests. */
  realNow?: () => number
  /** Frozen clocks only move with advance(): deterministic runs. */
  frozen?: boolean
}

export function createSimClock(options: SimClockOptions = {}): Clock {
  const realNow = options.realNow ?? Date.now
  const realStart = realNow()
  let offset = (options.startMs ?? realStart) - realStart
  let frozenAt = options.frozen ? realStart + offset : undefined
  const nowMs = (): number => frozenAt ?? realNow() + offset
  return {
    nowMs,
    nowSeconds: () => Math.floor(nowMs() / 1000),
    advance: (ms) => {
      if (!Number.isFinite(ms) || ms < 0) {
        throw new RangeError(`the clock only moves forward: got ${ms} ms`)
      }
      if (frozenAt !== undefined) frozenAt += ms
      else offset += ms
    },
  }
}
