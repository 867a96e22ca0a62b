/**
 * The open model's schedule as arithmetic (docs/load.md "The run"): message k (from 0) is due at
 * the moment the arrival curve reaches k, whatever happened to the messages before it. A constant
 * rate r gives t_k = k / r; a ramp from r0 to r1 over D seconds has the rate r(t) = r0 + (r1 − r0)
 * t / D, so N(t) = r0 t + (r1 − r0) t² / 2D messages are due by t, and t_k solves N(t) = k.
 * Pure: the driver (open-driver.ts) asks it which messages are due and when.
 */

export interface ArrivalPlan {
  /** Messages per second at the start. */
  readonly rate: number
  /** Messages per second at the end of durationMs (a linear ramp); constant when absent. */
  readonly rampTo?: number
  readonly durationMs?: number
  readonly messages?: number
}

export interface Arrivals {
  /** How many messages are due by `elapsedMs` (message 0 is due at 0), capped by the plan's total. */
  dueBy(elapsedMs: number): number
  /** When message k is due, in ms since the start. */
  timeOf(k: number): number
  /** The rate the schedule offers at `elapsedMs` (msg/s). */
  rateAt(elapsedMs: number): number
  /** Messages the whole run sends (a run always has a duration or a count, so it is finite). */
  readonly total: number
}

/** Floating error must not add a message: 400.0000001 due by the end is 400. */
const EPSILON = 1e-9

export function arrivals(plan: ArrivalPlan): Arrivals {
  const r0 = plan.rate
  const seconds = plan.durationMs === undefined ? undefined : plan.durationMs / 1000
  // Without a duration there is nothing to ramp over: the validation refuses rampTo then.
  const slope =
    plan.rampTo === undefined || seconds === undefined ? 0 : (plan.rampTo - r0) / seconds
  const curve = (t: number): number => r0 * t + (slope * t * t) / 2
  const byDuration = seconds === undefined ? Infinity : Math.ceil(curve(seconds) - EPSILON)
  const total = Math.min(plan.messages ?? Infinity, byDuration)
  return {
    total,
    dueBy(elapsedMs) {
      if (elapsedMs < 0) return 0
      const t = seconds === undefined ? elapsedMs / 1000 : Math.min(elapsedMs / 1000, seconds)
      return Math.min(total, Math.floor(curve(t) + EPSILON) + 1)
    },
    timeOf(k) {
      if (k <= 0) return 0
      // The root of (slope/2) t² + r0 t − k = 0 written so it stays exact when slope is 0 or < 0.
      const root = Math.sqrt(Math.max(0, r0 * r0 + 2 * slope * k))
      return ((2 * k) / (r0 + root)) * 1000
    },
    rateAt(elapsedMs) {
      const t = seconds === undefined ? elapsedMs / 1000 : Math.min(elapsedMs / 1000, seconds)
      return r0 + slope * t
    },
  }
}
