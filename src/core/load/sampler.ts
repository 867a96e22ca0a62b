/**
 * Which pushes of a load run go into the exchange log (docs/load.md "Sampling"): the first
 * `perSecond` messages started in each second of the run, and one in `oneIn` of those above.
 * Every push is counted in the report whether recorded or not; the sample is what the inspector
 * and the app show, and keeps the log from growing by thousands of exchanges a second.
 */

export interface Sampler {
  /** Whether the message started at `elapsedMs` (since the run's start) is recorded. */
  take(elapsedMs: number): boolean
  readonly recorded: number
}

export function createSampler(perSecond: number, oneIn: number): Sampler {
  let second = -1
  let inSecond = 0
  let recorded = 0
  return {
    take(elapsedMs) {
      const s = Math.floor(elapsedMs / 1000)
      if (s !== second) {
        second = s
        inSecond = 0
      }
      const n = inSecond++
      const yes = n < perSecond || (n - perSecond) % oneIn === oneIn - 1
      if (yes) recorded++
      return yes
    },
    get recorded() {
      return recorded
    },
  }
}
